"""Baseline and allowlist: accepted findings pass, expired ones fail again, bad files fail loudly."""
from __future__ import annotations

import re
from datetime import date

import pytest

from catalog.checks import EXIT_CLEAN, EXIT_VIOLATIONS, check
from catalog.checks.allowlist import baseline, load_allowlist
from catalog.checks.model import ALLOWED, EXPIRED, NEW
from catalog.yamlfile import ConfigError
from tests.catalog.check_helpers import make_input

FIELDS = {("hits.csv", "client_ip"): [("device.ip_address", 0.95)],
          ("users.csv", "email"): [("contact.email", 0.97)]}


def undeclared():
    return make_input("version: 1\n", FIELDS)


def test_baseline_accepts_todays_findings_and_only_new_ones_fail(tmp_path):
    first = check(undeclared(), rules=["DM001"])
    assert first.exit_code == EXIT_VIOLATIONS
    path = tmp_path / "datamap-baseline.yaml"
    path.write_text(baseline(first.findings, [], "baseline of 2026-06-01", None))
    entries = load_allowlist(path)
    assert {(e.rule, e.dataset, e.field, e.category) for e in entries} == {
        ("DM001", "hits.csv", "client_ip", "device.ip_address"), ("DM001", "users.csv", "email", "contact.email")}

    again = check(undeclared(), rules=["DM001"], allowlist=entries)
    assert again.exit_code == EXIT_CLEAN and {f.state for f in again.findings} == {ALLOWED}

    grown = make_input("version: 1\n", {**FIELDS, ("hits.csv", "device_ip"): [("device.ip_address", 0.9)]})
    report = check(grown, rules=["DM001"], allowlist=entries)
    assert report.exit_code == EXIT_VIOLATIONS
    assert [(f.field, f.state) for f in report.findings if f.state == NEW] == [("device_ip", NEW)]


def test_an_expired_entry_fails_again_naming_its_reason(tmp_path):
    path = tmp_path / "allow.yaml"
    path.write_text("version: 1\naccepted:\n"
                    "  - {rule: DM001, dataset: hits.csv, field: client_ip, reason: legacy pipeline, expires: 2026-05-31}\n"
                    "  - {rule: DM001, dataset: 'users.*', reason: migrating to hashes, expires: 2026-06-01}\n")
    entries = load_allowlist(path)
    report = check(undeclared(), rules=["DM001"], allowlist=entries, today=date(2026, 6, 1))
    states = {f.field: (f.state, f.note) for f in report.findings}
    assert states["email"][0] == ALLOWED  # in force through its expiry day
    assert states["client_ip"][0] == EXPIRED
    assert "expired on 2026-05-31" in states["client_ip"][1] and "legacy pipeline" in states["client_ip"][1]
    assert report.exit_code == EXIT_VIOLATIONS
    assert check(undeclared(), rules=["DM001"], allowlist=entries, today=date(2026, 5, 1)).exit_code == EXIT_CLEAN


def test_a_category_entry_accepts_only_that_category():
    from catalog.checks.allowlist import AllowEntry

    entry = AllowEntry(rule="*", dataset="*", reason="accepted", category="contact.email")
    report = check(undeclared(), rules=["DM001"], allowlist=[entry])
    assert {f.field: f.state for f in report.findings} == {"client_ip": NEW, "email": ALLOWED}


def test_rebaselining_keeps_hand_written_entries_and_does_not_renew_expired_ones(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text("version: 1\naccepted:\n"
                    "  - {rule: DM001, dataset: hits.csv, field: client_ip, reason: old, expires: 2020-01-01}\n")
    entries = load_allowlist(path)
    report = check(undeclared(), rules=["DM001"], allowlist=entries)
    path.write_text(baseline(report.findings, entries, "new baseline", date(2027, 1, 1)))
    rewritten = {(e.field, e.reason, e.expires) for e in load_allowlist(path)}
    assert rewritten == {("client_ip", "old", date(2020, 1, 1)), ("email", "new baseline", date(2027, 1, 1))}


@pytest.mark.parametrize("text, message", [
    ("version: 1\naccepted:\n  - {rule: DM001, dataset: a}\n", "b.yaml:3: accepted/0: 'reason' is a required"),
    ("version: 1\naccepted:\n  - {rule: X1, dataset: a, reason: why}\n", "b.yaml:3: accepted/0/rule"),
    ("version: 1\naccepted:\n  - {rule: DM001, dataset: a, reason: why, expires: soon}\n",
     "b.yaml:3: expires: 'soon' is not a date"),
])
def test_a_bad_allowlist_fails_with_file_and_line(tmp_path, text, message):
    path = tmp_path / "b.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_allowlist(path)
