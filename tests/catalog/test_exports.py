"""ROPA (GDPR Art. 30) and Fides exports of the two-scan catalog."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml
from fideslang.default_taxonomy import DEFAULT_TAXONOMY
from fideslang.models import Dataset

from catalog import exports
from catalog.reader import open_catalog


def _ropa(catalog: Path) -> dict[str, dict[str, object]]:
    with open_catalog(catalog) as con:
        return {row["purpose"]: row for row in exports.ropa(con).to_pylist()}


def test_ropa_has_one_row_per_purpose_with_categories_retention_and_datasets(two_scan_catalog: Path) -> None:
    ropa = _ropa(two_scan_catalog)
    assert set(ropa) == {"account", "advertising", "improve", exports.NO_PURPOSE}
    improve = ropa["improve"]
    assert improve["purpose_clause"] == "2.3" and improve["data_use"] == "functional.service.improve"
    assert improve["categories_of_data"] == ["contact.email", "device.ip_address"]
    assert improve["undisclosed_categories"] == ["contact.email"]
    assert improve["retention"] == ["P30D", "P90D"] and improve["datasets"] == ["events.ndjson", "users.csv"]
    assert ropa["account"]["categories_of_data"] == ["location.approximate"]
    # personal data without a declared purpose is a gap in the record, shown last
    assert ropa[exports.NO_PURPOSE]["datasets"] == ["new_contacts.csv"]


def test_ropa_csv_and_markdown(two_scan_catalog: Path) -> None:
    with open_catalog(two_scan_catalog) as con:
        text_csv = exports.ropa_csv(con)
        text_md = exports.ropa_markdown(con)
    parsed = list(csv.DictReader(io.StringIO(text_csv)))
    assert [r["purpose"] for r in parsed] == ["account", "advertising", "improve", exports.NO_PURPOSE]
    assert parsed[2]["categories_of_data"] == "contact.email; device.ip_address"
    assert text_md.startswith("# Record of processing activities (GDPR Art. 30)")
    table = [line for line in text_md.splitlines() if line.startswith("|")]
    assert len(table) == 2 + 4 and "| advertising | Targeted advertising | 6.1 |" in table[3]


def _fields(fields: list[dict[str, object]], prefix: str = "") -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for f in fields:
        path = prefix + str(f["name"])
        out[path] = f
        out.update(_fields(f.get("fields") or [], path + "."))  # type: ignore[arg-type]
    return out


def test_fides_yaml_validates_with_fideslang(two_scan_catalog: Path) -> None:
    with open_catalog(two_scan_catalog) as con:
        manifest = yaml.safe_load(exports.fides_yaml(con))
    [dataset] = manifest["dataset"]
    Dataset.model_validate(dataset)  # raises on any invalid key or shape
    categories = {c.fides_key for c in DEFAULT_TAXONOMY.data_category}
    uses = {u.fides_key for u in DEFAULT_TAXONOMY.data_use}
    collections = {c["name"]: _fields(c["fields"]) for c in dataset["collections"]}
    assert set(collections) == {"users.csv", "events.ndjson", "new_contacts.csv"}
    users_ip = collections["users.csv"]["ip"]
    assert users_ip["data_categories"] == ["user.device.ip_address"]
    assert users_ip["data_uses"] == ["functional.service.improve", "marketing.advertising"]
    assert collections["users.csv"]["home_city"]["data_categories"] == ["user.location.imprecise"]
    assert collections["new_contacts.csv"]["email"]["data_categories"] == ["user.contact.email"]
    assert "data_categories" not in collections["events.ndjson"]["page"]
    for fields in collections.values():
        for field in fields.values():
            assert set(field.get("data_categories", [])) <= categories
            assert set(field.get("data_uses", [])) <= uses


def test_nested_fields_become_fides_subfields() -> None:
    nested = exports.nest_fields([
        {"path": "context.device.id", "data_categories": ["user.device.device_id"]},
        {"path": "context.ip", "data_categories": ["user.device.ip_address"]},
        {"path": "event"},
    ])
    assert nested == [
        {"name": "context", "fields": [
            {"name": "device", "fields": [{"name": "id", "data_categories": ["user.device.device_id"]}]},
            {"name": "ip", "data_categories": ["user.device.ip_address"]}]},
        {"name": "event"},
    ]
    Dataset.model_validate({"fides_key": "k", "collections": [{"name": "c", "fields": nested}]})
