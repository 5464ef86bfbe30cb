"""The CI gate: evaluate the rules over a `CheckInput`, apply the baseline, decide the exit code.

    ci = read_check_input("datamap.duckdb")          # or static_check_input(paths, ...)
    report = check(ci, allowlist=load_allowlist("datamap-baseline.yaml"))
    print(render(report, "text")); sys.exit(report.exit_code)
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from catalog.checks.allowlist import AllowEntry, apply_allowlist
from catalog.checks.model import ALLOWED, ERROR, EXPIRED, SEVERITY_RANK, WARNING, CheckInput, Finding
from catalog.checks.rules import NOT_UNDERSTOOD, RULES, Rule
from catalog.checks import privacy_rules  # noqa: F401 - registers DM020, DM021
from catalog.checks import sensitive_rules  # noqa: F401 - registers DM022

__all__ = ["CheckReport", "check", "RULES", "Rule", "Finding", "CheckInput", "EXIT_CLEAN", "EXIT_VIOLATIONS",
           "EXIT_USAGE", "EXIT_PARTIAL"]

EXIT_CLEAN, EXIT_VIOLATIONS, EXIT_USAGE = 0, 1, 2
PARTIAL_ALLOWED = "not read; accepted by --allow-partial"
#: some data was not read (DM011): the verdict is incomplete, so this wins over EXIT_VIOLATIONS
EXIT_PARTIAL = 3
UNREAD_RULE = "DM011"


@dataclass
class CheckReport:
    findings: list[Finding]
    rules: list[Rule]
    fail_on: str = ERROR
    fields_checked: int = 0
    # datasets or sources not read, stale or not (a partial scan is said, even when allowed)
    not_read: int = 0
    datamap_path: str | None = None  # None: no data map was loaded
    checked_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def failing(self) -> list[Finding]:
        return [f for f in self.findings if f.fails(self.fail_on)]

    @property
    def exit_code(self) -> int:
        failing = self.failing
        if any(f.rule == UNREAD_RULE for f in failing):
            return EXIT_PARTIAL
        return EXIT_VIOLATIONS if failing else EXIT_CLEAN

    def count(self, severity: str | None = None, state: str | None = None) -> int:
        return sum(1 for f in self.findings if (severity is None or f.severity == severity)
                   and (state is None or f.state == state))

    def summary(self) -> str:
        errors = sum(1 for f in self.findings if f.severity == ERROR and f.state != ALLOWED)
        warnings = sum(1 for f in self.findings if f.severity == WARNING and f.state != ALLOWED)
        parts = [f"{errors} error{'s' * (errors != 1)}", f"{warnings} warning{'s' * (warnings != 1)}"]
        accepted = sum(1 for f in self.findings if f.state == ALLOWED and f.note != PARTIAL_ALLOWED)
        if accepted:
            parts.append(f"{accepted} accepted by the baseline")
        if self.not_read:
            parts.append(f"{self.not_read} dataset{'s' * (self.not_read != 1)} not read"
                         + (" (allowed by --allow-partial)" if any(f.note == PARTIAL_ALLOWED for f in self.findings)
                            else ""))
        if self.count(state=EXPIRED):
            parts.append(f"{self.count(state=EXPIRED)} whose acceptance expired")
        unread = sum(1 for f in self.findings if f.rule == NOT_UNDERSTOOD and f.state != ALLOWED)
        if unread:
            parts.append(f"{unread} not read (their columns are not checked)")
        if self.datamap_path is None:
            parts.append("no data map loaded")
        verdict = "FAILED" if self.exit_code else "passed"
        return f"datamap check {verdict}: {self.fields_checked} fields checked, {', '.join(parts)}"


def check(ci: CheckInput, *, allowlist: list[AllowEntry] | None = None, rules: Iterable[str] | None = None,
          fail_on: str = ERROR, today: date | None = None, allow_partial: bool = False) -> CheckReport:
    """Every rule (or those named) over `ci`; findings accepted by `allowlist` do not fail.
    `allow_partial`: data that was not read is reported but does not fail (a check that read
    no field at all still fails)."""
    if fail_on not in SEVERITY_RANK:
        raise ValueError(f"fail_on must be one of {', '.join(SEVERITY_RANK)}, not {fail_on!r}")
    selected = [RULES[r] for r in sorted(rules)] if rules is not None else [RULES[r] for r in sorted(RULES)]
    findings: list[Finding] = []
    for rule in selected:
        findings.extend(rule.check(ci))
    apply_allowlist(findings, allowlist or [], today or date.today())
    if allow_partial:
        for finding in findings:
            if finding.rule == UNREAD_RULE and finding.dataset:
                finding.state, finding.note = ALLOWED, PARTIAL_ALLOWED
    findings.sort(key=lambda f: (f.state == ALLOWED, -SEVERITY_RANK[f.severity], f.rule, f.dataset, f.field))
    return CheckReport(findings=findings, rules=selected, fail_on=fail_on, fields_checked=len(ci.fields), not_read=len(ci.unread),
                       datamap_path=ci.datamap_path, checked_at=ci.checked_at)

