"""Every rule of the CI gate, firing and not firing."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from catalog.checks import EXIT_CLEAN, EXIT_VIOLATIONS, RULES, check
from catalog.checks.model import ERROR, WARNING, UnreadData
from tests.catalog.check_helpers import NOW, make_input, strict_policy

HEADER = "version: 1\ndatasets:\n"


def fired(ci, rule: str) -> list:
    return [f for f in check(ci, rules=[rule]).findings]


def test_every_rule_has_an_id_name_severity_and_basis():
    assert sorted(RULES) == [f"DM{n:03d}" for n in range(1, 13)] + ["DM020", "DM021", "DM022"]
    for rule in RULES.values():
        assert rule.name and rule.summary and rule.rests_on and rule.severity in (ERROR, WARNING)


# -- DM001 undeclared-personal-field -------------------------------------------------------
def test_undeclared_personal_field_fires_with_a_snippet_to_paste():
    ci = make_input(HEADER + "  - {dataset: other.csv, fields: [{field: x, category: none}]}\n",
                    {("hits.csv", "client_ip"): [("device.ip_address", 0.95)], ("hits.csv", "n"): []})
    [finding] = fired(ci, "DM001")
    assert (finding.dataset, finding.field, finding.category, finding.clause) == \
        ("hits.csv", "client_ip", "device.ip_address", "5.3")
    assert "no declaration" in finding.message
    assert finding.snippet.splitlines() == [
        "datasets:", "  - dataset: hits.csv", "    fields:",
        "      - {field: client_ip, category: device.ip_address, purposes: [TODO], retention: TODO, basis: TODO}"]


def test_undeclared_does_not_fire_on_declared_or_non_personal_fields():
    ci = make_input(HEADER + "  - {dataset: hits.csv, fields: [{field: client_ip, category: device.ip_address}]}\n",
                    {("hits.csv", "client_ip"): [("device.ip_address", 0.95)], ("hits.csv", "n"): []})
    assert fired(ci, "DM001") == []


def test_a_declaration_without_category_does_not_declare_the_field():
    ci = make_input(HEADER + "  - {dataset: hits.csv, purposes: [improve]}\n",
                    {("hits.csv", "client_ip"): [("device.ip_address", 0.95)]})
    [finding] = fired(ci, "DM001")
    assert "names no category" in finding.message


def test_undeclared_snippet_asks_for_the_consent_the_category_needs():
    ci = make_input("version: 1\n", {("geo.csv", "lat"): [("location.precise", 0.9)]})
    [finding] = fired(ci, "DM001")
    assert "consent: TODO" in finding.snippet and "location_permission" in finding.fix


# -- DM002 category-mismatch ---------------------------------------------------------------
@pytest.mark.parametrize("declared, detected, confidence, fires", [
    ("device.user_agent", "device.ip_address", 0.95, True),
    ("device.user_agent", "device.ip_address", 0.55, False),  # not sure enough to contradict
    ("device.ip_address", "device.ip_address", 0.95, False),
    ("none", "contact.email", 0.9, True),
])
def test_category_mismatch(declared, detected, confidence, fires):
    ci = make_input(HEADER + f"  - {{dataset: t.csv, fields: [{{field: f, category: {declared}}}]}}\n",
                    {("t.csv", "f"): [(detected, confidence)]})
    found = fired(ci, "DM002")
    assert bool(found) == fires
    if fires:
        assert found[0].category == detected and found[0].location.line == 3


def test_an_entity_inside_free_text_is_no_mismatch_of_the_field():
    ci = make_input(HEADER + "  - {dataset: t.csv, fields: [{field: body, category: user_content}]}\n",
                    {("t.csv", "body"): [("user_content", 0.9), ("contact.email", 0.8, False)]})
    assert fired(ci, "DM002") == []


# -- DM003 purpose-not-allowed and DM010 purpose-missing -----------------------------------
def declared_ip(extra: str) -> str:
    return HEADER + f"  - {{dataset: t.csv, fields: [{{field: ip, category: device.ip_address, {extra}}}]}}\n"


def test_purpose_not_allowed_fires_for_a_purpose_outside_the_category():
    ci = make_input(declared_ip("purposes: [improve, advertising]"), {("t.csv", "ip"): [("device.ip_address", 0.9)]},
                    policy=strict_policy())
    [finding] = fired(ci, "DM003")
    assert "'advertising'" in finding.message and finding.clause == "6.1"
    assert finding.location.line == 3


def test_purpose_allowed_does_not_fire():
    ci = make_input(declared_ip("purposes: [improve]"), {("t.csv", "ip"): [("device.ip_address", 0.9)]},
                    policy=strict_policy())
    assert fired(ci, "DM003") == []
    # the default policy allows every purpose for every category
    ci = make_input(declared_ip("purposes: [advertising]"), {("t.csv", "ip"): [("device.ip_address", 0.9)]})
    assert fired(ci, "DM003") == []


def test_purpose_missing():
    ci = make_input(declared_ip("retention: P30D, basis: service"), {("t.csv", "ip"): [("device.ip_address", 0.9)]})
    assert [f.rule for f in fired(ci, "DM010")] == ["DM010"]
    ci = make_input(declared_ip("purposes: [improve]"), {("t.csv", "ip"): [("device.ip_address", 0.9)]})
    assert fired(ci, "DM010") == []


# -- DM004 retention-missing and DM005 retention-too-long ----------------------------------
@pytest.mark.parametrize("extra, missing", [
    ("purposes: [improve]", "retention and basis"),
    ("purposes: [improve], retention: P30D", "basis"),
    ("purposes: [improve], basis: service", "retention"),
    ("purposes: [improve], retention: P30D, basis: service", None),
])
def test_retention_missing(extra, missing):
    ci = make_input(declared_ip(extra), {("t.csv", "ip"): [("device.ip_address", 0.9)]})
    found = fired(ci, "DM004")
    assert [f.message.endswith(f"without {missing}") for f in found] == ([True] if missing else [])


def test_retention_missing_ignores_non_personal_declarations():
    ci = make_input(HEADER + "  - {dataset: t.csv, fields: [{field: n, category: none}]}\n", {("t.csv", "n"): []})
    assert fired(ci, "DM004") == []


@pytest.mark.parametrize("retention, basis, limits", [
    ("P30D", "service", []),
    ("P1Y", "service", ["P90D"]),  # the category's cap
    ("P3Y", "business", ["P90D"]),
    ("P3Y", "service", ["P90D", "P2Y"]),  # and the basis's cap
])
def test_retention_too_long(retention, basis, limits):
    ci = make_input(declared_ip(f"purposes: [improve], retention: {retention}, basis: {basis}"),
                    {("t.csv", "ip"): [("device.ip_address", 0.9)]}, policy=strict_policy())
    found = fired(ci, "DM005")
    assert [next(lim for lim in ("P90D", "P2Y") if f"the {lim} " in f.message) for f in found] == limits


# -- DM006 consent-missing -----------------------------------------------------------------
@pytest.mark.parametrize("category, consent, fires", [
    ("location.precise", None, True),
    ("location.precise", "cookies", True),  # the wrong consent
    ("location.precise", "location_permission", False),
    ("tracking.cookie_id", None, True),
    ("tracking.cookie_id", "cookies", False),
    ("identity.date_of_birth", None, True),
    ("location.approximate", None, False),  # needs none
])
def test_consent_missing(category, consent, fires):
    extra = f", consent: {consent}" if consent else ""
    ci = make_input(HEADER + f"  - {{dataset: t.csv, fields: [{{field: f, category: {category}{extra}}}]}}\n",
                    {("t.csv", "f"): [(category, 0.9)]})
    found = fired(ci, "DM006")
    assert bool(found) == fires
    if fires:
        assert found[0].clause in {"5.4", "6.1", "9.1"}


# -- DM007 not-disclosed -------------------------------------------------------------------
def test_not_disclosed_is_a_warning_for_categories_without_clause():
    ci = make_input(HEADER + "  - {dataset: u.csv, fields: [{field: email, category: contact.email}]}\n",
                    {("u.csv", "email"): [("contact.email", 0.97)], ("u.csv", "ip"): [("device.ip_address", 0.9)]})
    [finding] = fired(ci, "DM007")
    assert (finding.field, finding.severity, finding.clause) == ("email", WARNING, "-")
    report = check(ci, rules=["DM007"])
    assert report.exit_code == EXIT_CLEAN
    assert check(ci, rules=["DM007"], fail_on=WARNING).exit_code == EXIT_VIOLATIONS


def test_not_disclosed_also_finds_free_text_entities():
    ci = make_input("version: 1\n", {("c.csv", "body"): [("user_content", 0.9), ("contact.email", 0.8, False)]})
    assert [f.category for f in fired(ci, "DM007")] == ["contact.email"]


# -- DM008 retention-exceeded-in-data ------------------------------------------------------
@pytest.mark.parametrize("age_days, fires", [(100, True), (80, False)])
def test_retention_exceeded_in_data(age_days, fires):
    ci = make_input(declared_ip("purposes: [improve], retention: P90D, basis: service"),
                    {("t.csv", "ip"): [("device.ip_address", 0.9)]}, oldest={"t.csv": NOW - timedelta(days=age_days)})
    found = fired(ci, "DM008")
    assert bool(found) == fires
    if fires:
        assert f"{age_days} days old" in found[0].message and found[0].field == "ip"


def test_retention_exceeded_needs_event_times():
    ci = make_input(declared_ip("purposes: [improve], retention: P1D, basis: service"),
                    {("t.csv", "ip"): [("device.ip_address", 0.9)]})
    assert fired(ci, "DM008") == []


# -- DM009 stale-declaration ---------------------------------------------------------------
def test_stale_declaration_warns_on_a_declaration_that_matches_nothing():
    text = HEADER + ("  - dataset: t.csv\n    fields:\n      - {field: ip, category: device.ip_address}\n"
                     "      - {field: gone, category: account.id}\n")
    ci = make_input(text, {("t.csv", "ip"): [("device.ip_address", 0.9)]})
    [finding] = fired(ci, "DM009")
    assert (finding.field, finding.severity, finding.location.line) == ("gone", WARNING, 6)


def test_stale_declaration_is_not_judged_in_static_mode_or_when_the_dataset_failed():
    text = HEADER + "  - dataset: t.csv\n    fields:\n      - {field: gone, category: account.id}\n"
    fields = {("t.csv", "ip"): [("device.ip_address", 0.9)]}
    assert fired(make_input(text, fields, complete=False), "DM009") == []
    ci = make_input(text, fields)
    ci.unread = [UnreadData("t.csv", "data", "broken symbolic link")]
    assert fired(ci, "DM009") == []


def test_a_clean_input_passes_every_rule():
    text = HEADER + ("  - dataset: t.csv\n    purposes: [improve]\n    retention: P90D\n    basis: service\n"
                     "    fields:\n      - {field: ip, category: device.ip_address}\n"
                     "      - {field: lat, category: location.precise, consent: location_permission}\n")
    ci = make_input(text, {("t.csv", "ip"): [("device.ip_address", 0.9)], ("t.csv", "lat"): [("location.precise", 0.8)],
                           ("t.csv", "n"): []}, policy=strict_policy(),
                    oldest={"t.csv": datetime(2026, 5, 1, tzinfo=timezone.utc)})
    report = check(ci)
    assert report.findings == [] and report.exit_code == EXIT_CLEAN
    assert "passed" in report.summary()


def test_an_undeclared_field_points_at_its_datasets_entry_in_the_map():
    text = HEADER + "  - dataset: t.csv\n    fields:\n      - {field: ip, category: device.ip_address}\n"
    ci = make_input(text, {("t.csv", "ip"): [("device.ip_address", 0.9)], ("t.csv", "mail"): [("contact.email", 0.9)],
                           ("u.csv", "mail"): [("contact.email", 0.9)]})
    lines = {(f.dataset, f.field): f.location.line for f in fired(ci, "DM001")}
    assert lines == {("t.csv", "mail"): 5, ("u.csv", "mail"): 1}
