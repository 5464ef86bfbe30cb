"""Accepted findings: the baseline (`datamap baseline`) and hand-written allowlist entries.

One YAML file, reviewed in pull requests like code:

    version: 1
    accepted:
      - rule: DM001
        dataset: legacy/users.csv
        field: email
        category: contact.email
        reason: migrating to hashed e-mails, ticket PRIV-12
        expires: 2027-03-31

An entry accepts the findings of its rule on the matching dataset and field (globs allowed)
until its expiry date; after that day the finding fails again, naming the entry and its reason.
"""
from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from catalog.checks.model import ALLOWED, EXPIRED, Finding
from catalog.yamlfile import ConfigError, line_of, parse_validated

DEFAULT_BASELINE = "datamap-baseline.yaml"


@dataclass(frozen=True)
class AllowEntry:
    rule: str
    dataset: str
    reason: str
    field: str = "*"
    category: str | None = None
    expires: date | None = None
    line: int = 0

    def matches(self, finding: Finding) -> bool:
        return ((self.rule == "*" or self.rule == finding.rule)
                and fnmatch.fnmatchcase(finding.dataset, self.dataset)
                and fnmatch.fnmatchcase(finding.field, self.field)
                and (self.category is None or self.category == finding.category))

    def expired(self, today: date) -> bool:
        return self.expires is not None and self.expires < today


def load_allowlist(path: str | Path) -> list[AllowEntry]:
    """The entries of a baseline/allowlist file. Raises ConfigError naming file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    data = parse_validated(text, "allowlist.schema.json", str(path))
    root = yaml.compose(text)
    entries = []
    for index, item in enumerate(data.get("accepted") or []):
        line = line_of(root, ["accepted", index])
        entries.append(AllowEntry(
            rule=item["rule"], dataset=item["dataset"], field=item.get("field", "*"), reason=item["reason"],
            category=item.get("category"), expires=_date(item.get("expires"), f"{path}:{line}"), line=line))
    return entries


def _date(value: object, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{where}: expires: {value!r} is not a date (YYYY-MM-DD)") from None


def apply_allowlist(findings: Iterable[Finding], entries: list[AllowEntry], today: date) -> None:
    """Mark each finding accepted by an entry in force as allowed, by an expired one as expired."""
    for finding in findings:
        matching = [e for e in entries if e.matches(finding)]
        if not matching:
            continue
        live = [e for e in matching if not e.expired(today)]
        if live:
            entry = live[0]
            finding.state = ALLOWED
            until = f" until {entry.expires}" if entry.expires else ""
            finding.note = f"accepted{until}: {entry.reason}"
        else:
            entry = max(matching, key=lambda e: e.expires or date.min)
            finding.state = EXPIRED
            finding.note = f"the acceptance expired on {entry.expires} (line {entry.line}: {entry.reason})"


def baseline(findings: Iterable[Finding], entries: list[AllowEntry], reason: str,
                  expires: date | None) -> str:
    """The baseline file accepting `findings`: kept entries stay as written, new ones get `reason`."""
    kept: list[AllowEntry] = []
    added: list[AllowEntry] = []
    for finding in findings:
        existing = next((e for e in entries if e.matches(finding)), None)
        if existing is not None:
            if existing not in kept:
                kept.append(existing)
            continue
        added.append(AllowEntry(rule=finding.rule, dataset=finding.dataset, field=finding.field or "*",
                                category=finding.category, reason=reason, expires=expires))
    items = []
    for entry in kept + added:
        item: dict[str, object] = {"rule": entry.rule, "dataset": entry.dataset, "field": entry.field}
        if entry.category:
            item["category"] = entry.category
        item["reason"] = entry.reason
        if entry.expires:
            item["expires"] = entry.expires
        items.append(item)
    header = ("# Findings of `datamap check` accepted for now (written by `datamap baseline`).\n"
              "# Each entry needs a reason; after its `expires` date the finding fails again.\n")
    body = yaml.safe_dump({"version": 1, "accepted": items}, sort_keys=False, allow_unicode=True, width=120)
    return header + body
