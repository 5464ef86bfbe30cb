"""A check report as people and CI systems read it: text, JSON, SARIF 2.1.0, JUnit XML,
GitHub Actions workflow commands and a Markdown step summary.

Every format is built from the same `CheckReport`; `render(report, name)` picks one.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

from catalog.checks import CheckReport
from catalog.checks.model import ALLOWED, ERROR, EXPIRED, Finding, snippet_for
from catalog.checks.rules import NOT_UNDERSTOOD
from catalog.datamap import DEFAULT_DATAMAP
from catalog.writer import _version
from datamap.messages import printable

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "datamapFinding/v1"


def not_understood(report: CheckReport) -> list[Finding]:
    """What the gate could not read: the run did not see everything it was asked to check."""
    return [f for f in report.findings if f.rule == NOT_UNDERSTOOD and f.state != ALLOWED]


def combined_snippet(findings: list[Finding]) -> str | None:
    """All the declarations to add, grouped by dataset: one block to paste into the data map."""
    entries: dict[str, list[str]] = {}
    for finding in findings:
        if finding.entry and finding.state != ALLOWED and finding.entry not in entries.get(finding.dataset, []):
            entries.setdefault(finding.dataset, []).append(finding.entry)
    return snippet_for(entries) if entries else None


#: what a finding cites when the check ran with no data map: there is no file or line to point at
NO_DATAMAP = "no data map loaded"


def where(report: CheckReport, finding: Finding) -> str:
    """Where to fix `finding`: its data map (or migration) line, the data map, or, when no data
    map was loaded, that fact (and, when the fix is a declaration, the file to create)."""
    if finding.location:
        return f"{finding.location.path}:{finding.location.line}"
    if report.datamap_path:
        return report.datamap_path
    return NO_DATAMAP + (f"; declare it in a new {DEFAULT_DATAMAP}" if finding.entry else "")


def _map_file(report: CheckReport) -> str:
    """The data map declarations go into: the loaded one, or a new one to create."""
    return report.datamap_path or f"a new {DEFAULT_DATAMAP}"


# -- text ----------------------------------------------------------------------------------
def to_text(report: CheckReport) -> str:
    lines: list[str] = []
    shown = [f for f in report.findings if f.state != ALLOWED]
    for finding in shown:
        # names come from the data (a file named `a<LF>b.csv` or holding ESC[2J): one line, inert
        lines.append(printable(f"{finding.severity} {finding.rule} {finding.name}: {finding.target}  "
                               f"[policy clause {finding.clause}]  ({where(report, finding)})"))
        lines.append(f"  {printable(finding.message)}")
        if finding.state == EXPIRED and finding.note:
            lines.append(f"  {printable(finding.note)}")
        lines.append(f"  fix: {printable(finding.fix)}")
        if finding.snippet:
            lines.extend("    " + line for line in finding.snippet.splitlines())
        lines.append("")
    allowed = [f for f in report.findings if f.state == ALLOWED]
    if allowed:
        lines.append(f"accepted by the baseline ({len(allowed)}):")
        lines.extend(printable(f"  {f.rule} {f.target}: {f.note}") for f in allowed)
        lines.append("")
    block = combined_snippet(shown)
    if block and sum(1 for f in shown if f.entry) > 1:
        lines.append(f"all the declarations to add to {_map_file(report)} (fill in the TODOs):")
        lines.extend("    " + line for line in block.splitlines())
        lines.append("")
    lines.append(report.summary())
    return "\n".join(lines) + "\n"


# -- JSON ----------------------------------------------------------------------------------
def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule, "name": finding.name, "severity": finding.severity, "state": finding.state,
        "clause": finding.clause, "dataset": finding.dataset, "field": finding.field,
        "category": finding.category, "message": finding.message, "fix": finding.fix,
        "snippet": finding.snippet, "note": finding.note, "fingerprint": finding.fingerprint,
        "location": {"path": finding.location.path, "line": finding.location.line} if finding.location else None,
    }


def to_json(report: CheckReport) -> str:
    data = {
        "tool": "datamap", "version": _version(), "checked_at": report.checked_at.isoformat(),
        "datamap": report.datamap_path, "datamap_loaded": report.datamap_path is not None,
        "passed": report.exit_code == 0, "exit_code": report.exit_code,
        "fail_on": report.fail_on, "complete": not not_understood(report),
        "summary": {"fields_checked": report.fields_checked,
                    "errors": report.count(ERROR) - sum(1 for f in report.findings
                                                        if f.severity == ERROR and f.state == ALLOWED),
                    "warnings": sum(1 for f in report.findings if f.severity != ERROR and f.state != ALLOWED),
                    "accepted": report.count(state=ALLOWED), "expired": report.count(state=EXPIRED)},
        "findings": [dict(finding_dict(f), where=where(report, f)) for f in report.findings],
        "rules": [{"id": r.id, "name": r.name, "severity": r.severity, "summary": r.summary,
                   "rests_on": r.rests_on} for r in report.rules],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# -- SARIF 2.1.0 ---------------------------------------------------------------------------
def to_sarif(report: CheckReport) -> str:
    index = {rule.id: i for i, rule in enumerate(report.rules)}
    rules = [{
        "id": rule.id, "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary} Rests on {rule.rests_on}."},
        "help": {"text": f"{rule.summary} See docs/check.md, rule {rule.id}."},
        "defaultConfiguration": {"level": _level(rule.severity)},
        "properties": {"tags": ["privacy", "data-map"]},
    } for rule in report.rules]
    results = []
    for finding in report.findings:
        location = finding.location
        unmapped = location is None and report.datamap_path is None
        physical: dict[str, Any] = {
            "artifactLocation": {"uri": (location.path if location else report.datamap_path or DEFAULT_DATAMAP)},
            "region": {"startLine": max(1, location.line if location else 1)}}
        result: dict[str, Any] = {
            "ruleId": finding.rule, "ruleIndex": index[finding.rule], "level": _level(finding.severity),
            "message": {"text": f"{finding.target}: {finding.message}. Fix: {finding.fix}"
                                + (f". {finding.note}" if finding.state == EXPIRED and finding.note else "")
                                + (f" ({where(report, finding)})" if unmapped else "")},
            "locations": [{
                "physicalLocation": physical,
                "logicalLocations": [{"fullyQualifiedName": f"{finding.dataset}/{finding.field}".rstrip("/"),
                                      "kind": "member"}],
            }],
            "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
            "properties": {"clause": finding.clause, "category": finding.category, "dataset": finding.dataset,
                           "field": finding.field, "state": finding.state},
        }
        if unmapped:  # code scanning needs a file: the one to create, said to be missing
            physical["artifactLocation"]["description"] = {"text": where(report, finding)}
            result["locations"][0]["message"] = {"text": where(report, finding)}
            result["properties"]["datamapLoaded"] = False
        if finding.snippet:
            result["properties"]["snippet"] = finding.snippet
        if finding.state == ALLOWED:
            result["suppressions"] = [{"kind": "external", "status": "accepted",
                                       "justification": finding.note or "accepted"}]
        results.append(result)
    sarif = {
        "$schema": SARIF_SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "datamap", "version": _version(), "rules": rules}},
            "invocations": [_invocation(report)],
            "results": results,
        }],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


def _invocation(report: CheckReport) -> dict[str, Any]:
    """A run that could not read everything it was given did not execute successfully: each
    unread file or statement is also a tool execution notification."""
    unread = not_understood(report)
    invocation: dict[str, Any] = {"executionSuccessful": not unread, "exitCode": report.exit_code}
    if unread:
        invocation["toolExecutionNotifications"] = [{
            "level": "error", "message": {"text": f"{f.dataset}:{f.location.line if f.location else 1}: {f.message}"},
            "descriptor": {"id": f.rule},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": f.location.path if f.location else f.dataset},
                "region": {"startLine": max(1, f.location.line if f.location else 1)}}}],
        } for f in unread]
    return invocation


def _level(severity: str) -> str:
    return "error" if severity == ERROR else "warning"


# -- JUnit XML -----------------------------------------------------------------------------
def to_junit(report: CheckReport) -> str:
    """One test suite per rule, one test case per finding (a passing case when a rule is clean)."""
    root = ET.Element("testsuites", name="datamap check")
    total = failed = skipped = 0
    for rule in report.rules:
        suite = ET.SubElement(root, "testsuite", name=f"{rule.id} {rule.name}")
        cases = [f for f in report.findings if f.rule == rule.id]
        suite_failed = suite_skipped = 0
        for finding in cases:
            # XML 1.0 cannot hold most control characters that names from the data may carry
            case = ET.SubElement(suite, "testcase", classname=printable(finding.dataset),
                                 name=printable(f"{rule.id} {finding.field}"))
            text = (printable(finding.message) + f"\nfix: {finding.fix}\nwhere: {printable(where(report, finding))}"
                    + (f"\n{finding.snippet}" if finding.snippet else ""))
            if finding.state == ALLOWED:
                ET.SubElement(case, "skipped", message=finding.note or "accepted")
                suite_skipped += 1
            elif finding.fails(report.fail_on):
                failure = ET.SubElement(case, "failure", message=printable(f"{finding.target}: {finding.message}"),
                                        type=finding.rule)
                failure.text = text + (f"\n{finding.note}" if finding.note else "")
                suite_failed += 1
            else:
                ET.SubElement(case, "system-out").text = f"{finding.severity}: {text}"
        if not cases:
            ET.SubElement(suite, "testcase", classname="datamap", name=f"{rule.id} no findings")
        count = max(1, len(cases))
        suite.set("tests", str(count))
        suite.set("failures", str(suite_failed))
        suite.set("errors", "0")
        suite.set("skipped", str(suite_skipped))
        total, failed, skipped = total + count, failed + suite_failed, skipped + suite_skipped
    root.set("tests", str(total))
    root.set("failures", str(failed))
    root.set("errors", "0")
    root.set("skipped", str(skipped))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# -- GitHub Actions ------------------------------------------------------------------------
def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(report: CheckReport) -> str:
    """Workflow commands: each finding becomes an annotation on the data map (or migration) line."""
    lines = []
    for finding in report.findings:
        if finding.state == ALLOWED:
            continue
        command = "error" if finding.fails(report.fail_on) else "warning"
        path = finding.location.path if finding.location else report.datamap_path
        line = finding.location.line if finding.location else 1
        title = f"{finding.rule} {finding.name}"
        message = printable(f"{finding.target}: {finding.message}. Fix: {finding.fix}") + (
            f" ({where(report, finding)})" if path is None else "") + (
            f"\n{finding.snippet}" if finding.snippet else "") + (
            f"\n{finding.note}" if finding.state == EXPIRED and finding.note else "")
        # no data map: an annotation of the run, not of a file that does not exist
        place = f"file={_escape_property(path)},line={line}," if path is not None else ""
        lines.append(f"::{command} {place}title={_escape_property(title)}::{_escape_data(message)}")
    lines.append(report.summary())
    return "\n".join(lines) + "\n"


# -- Markdown step summary -----------------------------------------------------------------
def _cell(text: object) -> str:
    return printable(str(text if text is not None else "")).replace("|", "\\|")


def to_markdown(report: CheckReport) -> str:
    shown = [f for f in report.findings if f.state != ALLOWED]
    verdict = "failed" if report.exit_code else "passed"
    lines = [f"## datamap check {verdict}", "", report.summary(), ""]
    if report.datamap_path is None:
        lines += [f"No data map was loaded: every finding is judged against an empty one; "
                  f"declare the fields in a new `{DEFAULT_DATAMAP}`.", ""]
    if shown:
        lines += ["| Severity | Rule | Dataset | Field | Category | Policy clause | Problem | Fix |",
                  "|---|---|---|---|---|---|---|---|"]
        for f in shown:
            severity = f.severity + (" (acceptance expired)" if f.state == EXPIRED else "")
            lines.append("| " + " | ".join(_cell(v) for v in (
                severity, f"{f.rule} {f.name}", f"`{f.dataset}`", f"`{f.field}`" if f.field else "",
                f.category, f.clause, f.message, f.fix)) + " |")
        lines.append("")
    block = combined_snippet(shown)
    if block:
        lines += ["<details><summary>Declarations to add to the data map (fill in the TODOs)</summary>", "",
                  "```yaml", block, "```", "", "</details>", ""]
    allowed = [f for f in report.findings if f.state == ALLOWED]
    if allowed:
        lines += [f"<details><summary>{len(allowed)} accepted by the baseline</summary>", ""]
        lines += [f"- {f.rule} `{f.target}`: {_cell(f.note)}" for f in allowed]
        lines += ["", "</details>", ""]
    return "\n".join(lines)


FORMATS: dict[str, Callable[[CheckReport], str]] = {
    "text": to_text, "json": to_json, "sarif": to_sarif, "junit": to_junit, "github": to_github,
    "markdown": to_markdown,
}


def render(report: CheckReport, format: str) -> str:
    try:
        return FORMATS[format](report)
    except KeyError:
        raise ValueError(f"unknown format {format!r} (known: {', '.join(FORMATS)})") from None
