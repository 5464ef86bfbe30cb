"""The check over a real catalog: scan real files, write the catalog, read it back, evaluate."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import duckdb
import pytest

from catalog.checks import check
from catalog.datamap import parse_datamap
from catalog.policy import load_policy
from catalog.reader import CatalogError
from catalog.checks.inputs import read_check_input
from catalog.writer import write_scan
from inventory.scan import scan

DATAMAP = """version: 1
datasets:
  - dataset: people.csv
    purposes: [account]
    retention: P30D
    basis: service
    fields:
      - {field: email, category: contact.email}
      - {field: ip, category: device.user_agent}
      - {field: gone_column, category: account.id}
"""


@pytest.fixture()
def catalog(tmp_path):
    start = datetime.now(timezone.utc) - timedelta(days=45)  # older than the declared P30D
    rows = [f"user{i}@example.com,203.0.113.{i % 250 + 1},{(start + timedelta(hours=i)).isoformat()},{i}"
            for i in range(60)]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "people.csv").write_text("email,ip,seen_at,n\n" + "\n".join(rows) + "\n")
    (tmp_path / "data" / "hits.csv").write_text(
        "client_ip,n\n" + "\n".join(f"198.51.100.{i},{i}" for i in range(1, 40)) + "\n")
    policy = load_policy()
    result = scan([str(tmp_path / "data")], policy=policy,
                  datamap=parse_datamap(DATAMAP, str(tmp_path / "datamap.yaml"), policy))
    path = tmp_path / "c.duckdb"
    write_scan(path, result)
    return path


def test_reader_rebuilds_fields_declarations_policy_and_event_times(catalog):
    ci = read_check_input(catalog)
    fields = {(r.dataset, r.field): r for r in ci.fields}
    assert set(fields) == {("people.csv", f) for f in ("email", "ip", "seen_at", "n")} | \
        {("hits.csv", "client_ip"), ("hits.csv", "n")}
    assert fields[("people.csv", "email")].declaration.category == "contact.email"
    assert fields[("people.csv", "email")].primary.category == "contact.email"
    assert fields[("hits.csv", "client_ip")].declaration is None
    assert fields[("people.csv", "n")].detected == []
    assert ci.policy.categories["location.precise"].consent == "location_permission"
    assert ci.policy.retention_bases["service"].clause == "3.1"
    assert ci.datasets["people.csv"].oldest_event < ci.checked_at - timedelta(days=44)
    assert ci.datamap_path.endswith("datamap.yaml")


def test_rules_over_the_catalog(catalog):
    report = check(read_check_input(catalog))
    found = {(f.rule, f.dataset, f.field) for f in report.findings}
    assert ("DM001", "hits.csv", "client_ip") in found  # undeclared
    assert ("DM002", "people.csv", "ip") in found  # declared user agent, holds IP addresses
    assert ("DM008", "people.csv", "") in found  # 45-day-old events, 30-day retention of email and ip
    assert ("DM009", "people.csv", "gone_column") in found  # stale
    assert ("DM007", "people.csv", "email") in found
    assert report.exit_code == 1
    dm008 = next(f for f in report.findings if f.rule == "DM008")
    assert dm008.location.line == 8 and dm008.clause == "3.1" and dm008.message.endswith("of email, ip")


def test_missing_or_foreign_catalogs_are_catalog_errors(tmp_path):
    with pytest.raises(CatalogError, match="no such catalog"):
        read_check_input(tmp_path / "absent.duckdb")
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(CatalogError, match="not a datamap catalog"):
        read_check_input(other)


def test_a_birth_date_under_any_name_is_never_the_event_time(tmp_path):
    """`Geburtsdatum` escapes the birth-date words the connector skips; the classifier knows
    it for a birth date, so the oldest "event" is not a customer's birthday (a raw value the
    catalog would hold, and a dataset decades too old for the retention check)."""
    import random
    from datetime import date

    from inventory.scan import scan

    rng = random.Random(1)
    lines = ["Kundennummer;Vorname;Geburtsdatum;Angelegt am"]
    for i in range(200):
        born = date.fromordinal(date(1950, 1, 1).toordinal() + rng.randint(0, 18000))
        created = date.fromordinal(date(2023, 1, 1).toordinal() + rng.randint(0, 600))
        lines.append(f"K-{20000 + i};{rng.choice(['Jana', 'Jürgen', 'Anna', 'Lukas'])};{born:%d.%m.%Y};{created:%d.%m.%Y}")
    (tmp_path / "kunden.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = scan([str(tmp_path)])
    (dataset,) = result.datasets
    assert {r.sample.path: r.best().entity for r in result.classified[dataset.name] if r.best()}["Geburtsdatum"] == "DATE_OF_BIRTH"
    assert dataset.oldest_event.year == 2023 and dataset.newest_event.year == 2024
