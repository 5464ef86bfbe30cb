"""DM020 (teens without guardian consent) and DM021 (near-unique fingerprint), on check inputs
and end to end on the demo catalog."""
from __future__ import annotations

from pathlib import Path

from catalog.checks import check
from catalog.checks.inputs import read_check_input
from catalog.checks.model import RiskRecord, TeenRecord
from catalog.reader import open_catalog, run_sql
from tests.catalog.check_helpers import make_input

HEADER = "version: 1\ndatasets:\n"
FIELDS = {("users.csv", "dob"): [("identity.date_of_birth", 0.9)], ("users.csv", "id"): [("account.id", 0.9)]}


def _fired(ci, rule: str) -> list:
    return check(ci, rules=[rule]).findings


def _with_teens(datamap: str, under_age: int):
    ci = make_input(HEADER + datamap, FIELDS)
    ci.datasets["users.csv"].teens.append(TeenRecord("dob", 200, under_age, 18))
    return ci


def test_teens_without_guardian_consent_fail_the_gate():
    ci = _with_teens("  - {dataset: users.csv, purposes: [account], retention: P1Y, basis: service, fields: "
                     "[{field: dob, category: identity.date_of_birth}, {field: id, category: account.id}]}\n", 12)
    [finding] = _fired(ci, "DM020")
    assert (finding.dataset, finding.field, finding.category, finding.clause) == \
        ("users.csv", "dob", "identity.date_of_birth", "9.1")
    assert "12 of 200" in finding.message and "guardian" in finding.fix


def test_guardian_consent_or_no_teens_pass():
    consented = _with_teens("  - {dataset: users.csv, purposes: [account], retention: P1Y, basis: service, fields: "
                            "[{field: dob, category: identity.date_of_birth, consent: guardian}]}\n", 12)
    assert _fired(consented, "DM020") == []
    no_teens = _with_teens("  - {dataset: users.csv, fields: [{field: dob, category: identity.date_of_birth}]}\n", 0)
    assert _fired(no_teens, "DM020") == []


def _with_risk(purposes: str, near_unique: bool):
    ci = make_input(HEADER + f"  - {{dataset: users.csv, purposes: [{purposes}], fields: "
                    "[{field: id, category: account.id}]}\n", FIELDS)
    ci.datasets["users.csv"].reidentification = RiskRecord(("model", "tz"), 0.9 if near_unique else 0.01, 1, 9.5,
                                                           11.0, "sample", near_unique)
    return ci


def test_a_near_unique_fingerprint_warns_unless_a_purpose_needs_it():
    [finding] = _fired(_with_risk("improve", True), "DM021")
    assert finding.severity == "warning" and "90% of sampled rows are unique" in finding.message
    assert _fired(_with_risk("account", True), "DM021") == []  # account singles_out in the policy
    assert _fired(_with_risk("improve", False), "DM021") == []


def test_the_demo_catalog_counts_teens_and_measures_risk(demo_catalog: Path):
    with open_catalog(demo_catalog) as con:
        teens = run_sql(con, "SELECT * FROM teen_data").to_pylist()
        risk = {r["dataset"]: r for r in run_sql(con, "SELECT * FROM reidentification_risk").to_pylist()}
        raw = run_sql(con, "SELECT * FROM age_profiles").to_pylist()
    [users] = [t for t in teens if t["dataset"] == "users.parquet"]
    assert users["field"] == "birth_date" and 0 < users["under_age"] < users["people"]
    assert users["consent_status"] == "consented"  # the demo data map declares the guardian's consent
    assert set(raw[0]) == {"scan_id", "dataset", "field", "entity", "people", "under_age", "teen_age"}
    assert risk["devices.csv"]["risk"] == "high" and risk["devices.csv"]["method"] == "sample"
    ci = read_check_input(demo_catalog)
    findings = check(ci, rules=["DM020", "DM021"]).findings
    assert {f.rule for f in findings} == {"DM021"}  # no DM020: the teens' consent is declared
    # the rule and the view agree: it warns on exactly the datasets the view calls high-risk
    assert sorted(f.dataset for f in findings) == sorted(d for d, r in risk.items() if r["risk"] == "high")
    assert "devices.csv" in {f.dataset for f in findings}
