"""The reviewer views on a real catalog with two scans (see conftest.py for what changes)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from catalog.durations import parse_duration
from catalog.schema import ensure_schema
from catalog.reader import REVIEW_VIEWS, open_catalog, read_view, run_sql


def rows(catalog: Path, sql: str) -> list[dict[str, object]]:
    with open_catalog(catalog) as con:
        return run_sql(con, sql).to_pylist()


def by(rows_: list[dict[str, object]], *keys: str) -> dict[tuple[object, ...], dict[str, object]]:
    return {tuple(r[k] for k in keys): r for r in rows_}


def test_every_view_reads_only_the_latest_scan(two_scan_catalog: Path) -> None:
    with open_catalog(two_scan_catalog) as con:
        for name in REVIEW_VIEWS:
            table = read_view(con, name)
            if "scan_id" in table.column_names:
                assert set(table.column("scan_id").to_pylist()) == {2}, name
    # old_dump.csv exists only in scan 1: no latest-scan view may show it
    for name in ("field_inventory", "data_map", "undeclared_personal_data", "retention_overview"):
        assert not rows(two_scan_catalog, f"SELECT * FROM {name} WHERE dataset = 'old_dump.csv'"), name


def test_data_map_takes_the_declared_category_where_nothing_was_detected(two_scan_catalog: Path) -> None:
    data_map = by(rows(two_scan_catalog, "SELECT * FROM data_map"), "dataset", "field")
    city = data_map[("users.csv", "home_city")]
    assert city["category"] == "location.approximate"
    assert city["purposes"] == ["account"] and city["retention_days"] == 365.2425
    assert data_map[("users.csv", "ip")]["category_source"] == "detected"
    # fields declared `none` are not in the data map
    assert ("users.csv", "user_id") not in data_map


def test_category_summary(two_scan_catalog: Path) -> None:
    summary = by(rows(two_scan_catalog, "SELECT * FROM category_summary"), "category")
    ip = summary[("device.ip_address",)]
    assert ip["clause"] == "5.3" and ip["disclosed"] is True
    assert (ip["datasets"], ip["fields"], ip["undeclared_fields"]) == (2, 2, 0)
    assert ip["purposes"] == ["advertising", "improve"]
    assert ip["retention"] == ["P30D", "P90D"] and ip["max_retention_days"] == 90
    email = summary[("contact.email",)]
    assert email["clause"] is None and email["disclosed"] is False
    # events.mail is declared as an IP address (mismatch), new_contacts.email not at all
    assert email["undeclared_fields"] == 2
    assert email["dataset_names"] == ["events.ndjson", "new_contacts.csv"]


def test_policy_coverage_finds_gaps_and_unseen_categories(two_scan_catalog: Path) -> None:
    coverage = by(rows(two_scan_catalog, "SELECT * FROM policy_coverage"), "category")
    assert coverage[("contact.email",)]["status"] == "gap"
    assert coverage[("device.ip_address",)]["status"] == "disclosed"
    assert coverage[("device.ip_address",)]["fields"] == 2
    assert coverage[("tracking.cookie_id",)]["status"] == "unseen"
    assert coverage[("identity.government_id",)]["status"] == "absent"
    # gaps come first: they are what a reviewer must see
    assert rows(two_scan_catalog, "SELECT status FROM policy_coverage LIMIT 1")[0]["status"] == "gap"


def test_purpose_matrix_flags_purposes_the_policy_does_not_allow(two_scan_catalog: Path) -> None:
    matrix = by(rows(two_scan_catalog, "SELECT * FROM purpose_matrix"), "category", "purpose")
    assert matrix[("device.ip_address", "improve")]["fields"] == 2
    assert matrix[("device.ip_address", "improve")]["allowed"] is True
    # the test policy allows only `improve` for IP addresses
    advertising = matrix[("device.ip_address", "advertising")]
    assert advertising["allowed"] is False and advertising["purpose_clause"] == "6.1"
    assert matrix[("location.approximate", "account")]["fields"] == 1


def test_retention_overview_statuses(two_scan_catalog: Path) -> None:
    overview = by(rows(two_scan_catalog, "SELECT * FROM retention_overview"), "dataset", "category")
    # P90D declared against the policy's P60D limit
    users_ip = overview[("users.csv", "device.ip_address")]
    assert users_ip["status"] == "exceeds_policy" and users_ip["policy_max_days"] == 60
    # events reach back 400 days, the data map says 30
    events_ip = overview[("events.ndjson", "device.ip_address")]
    assert events_ip["status"] == "held_longer" and 395 <= events_ip["oldest_event_age_days"] <= 405
    assert overview[("new_contacts.csv", "contact.email")]["status"] == "undeclared"
    # signups reach back 49 days, the data map says a year and the policy sets no limit
    assert overview[("users.csv", "location.approximate")]["status"] == "ok"


def test_undeclared_personal_data(two_scan_catalog: Path) -> None:
    found = by(rows(two_scan_catalog, "SELECT * FROM undeclared_personal_data"), "dataset", "field")
    assert set(found) == {("new_contacts.csv", "email"), ("events.ndjson", "mail")}
    assert found[("events.ndjson", "mail")]["status"] == "mismatch"
    assert found[("events.ndjson", "mail")]["declared_category"] == "device.ip_address"
    # examples are masked: no full address leaves the scan
    for example in found[("new_contacts.csv", "email")]["examples"]:
        assert "***" in example


EXPECTED_DIFF = {
    ("dataset", "added", "new_contacts.csv", None, None),
    ("dataset", "gone", "old_dump.csv", None, None),
    ("field", "added", "new_contacts.csv", "email", None),
    ("field", "added", "events.ndjson", "mail", None),
    ("field", "gone", "old_dump.csv", "contact", None),
    ("field", "gone", "users.csv", "email", None),
    ("category", "added", "new_contacts.csv", "email", "contact.email"),
    ("category", "added", "events.ndjson", "mail", "contact.email"),
    ("category", "gone", "old_dump.csv", "contact", "contact.email"),
    ("category", "gone", "users.csv", "email", "contact.email"),
}


def _diff_set(found: list[dict[str, object]]) -> set[tuple[object, ...]]:
    return {(r["kind"], r["change"], r["dataset"], r["field"], r["category"]) for r in found}


def test_scan_diff_view_compares_the_latest_two_scans(two_scan_catalog: Path) -> None:
    found = rows(two_scan_catalog, "SELECT * FROM scan_diff")
    assert _diff_set(found) == EXPECTED_DIFF
    assert {(r["old_scan"], r["new_scan"]) for r in found} == {(1, 2)}


def test_scan_diff_between_any_two_scans(two_scan_catalog: Path) -> None:
    backwards = rows(two_scan_catalog, "SELECT * FROM scan_diff_between(2, 1)")
    flip = {"added": "gone", "gone": "added"}
    assert _diff_set(backwards) == {(k, flip[c], d, f, cat) for k, c, d, f, cat in EXPECTED_DIFF}
    assert rows(two_scan_catalog, "SELECT * FROM scan_diff_between(2, 2)") == []


def test_scan_diff_is_empty_after_a_single_scan(tmp_path: Path, two_scan_catalog: Path) -> None:
    single = tmp_path / "single.duckdb"
    con = duckdb.connect(str(single))
    con.execute(f"ATTACH '{two_scan_catalog}' AS src (READ_ONLY)")
    con.execute("CREATE TABLE scans AS SELECT * FROM src.scans WHERE scan_id = 1")
    for table in ("datasets", "fields", "detections"):
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM src.{table} WHERE scan_id = 1")
    con.execute("DETACH src")
    ensure_schema(con)
    con.close()
    assert rows(single, "SELECT * FROM scan_diff") == []


@pytest.mark.parametrize("text, days", [("P90D", 90), ("P1Y6M", 365.2425 + 6 * 30.436875), ("PT12H", 0.5),
                                        ("P2W", 14), ("P1M", 30.436875), ("PT30M", 30 / 1440)])
def test_iso_duration_days_agrees_with_the_python_parser(two_scan_catalog: Path, text: str, days: float) -> None:
    found = rows(two_scan_catalog, f"SELECT iso_duration_days('{text}') AS d")[0]["d"]
    assert found == pytest.approx(days) == pytest.approx(parse_duration(text))
