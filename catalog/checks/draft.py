"""`datamap init`: draft a data map from a scan, and refuse a data map whose TODOs are left.

The draft declares every field where personal data was detected, with its category; what only
a person can decide (purposes, retention and its basis, a consent the policy requires) is a
`TODO` placeholder, with the choices and the age of the oldest data in comments. Filling the
TODOs in is all adoption takes: the filled draft passes `datamap check` on the data it came from.
"""
from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

import yaml

from catalog.checks.model import CheckInput, FieldRecord, yaml_scalar
from catalog.checks.rules import PLACEHOLDER
from catalog.datamap import Source
from catalog.policy import DEFAULT_POLICY, Category, Policy
from catalog.yamlfile import ConfigError, compose_bounded, read_config


def init(ci: CheckInput, sources: Sequence[Source], output: str | Path = "datamap.yaml",
         now: datetime | None = None) -> str:
    """The text of a drafted `datamap.yaml` (written nowhere: the caller decides)."""
    policy = ci.policy
    base = Path(output).resolve().parent
    now = now or datetime.now(timezone.utc)
    lines = [
        f"# Data map drafted by `datamap init` on {now:%Y-%m-%d} from a scan of {len(ci.datasets)} datasets.",
        "# Every field where personal data was detected is declared with its category.",
        f"# Replace each {PLACEHOLDER}: purposes (one or more of: {', '.join(policy.purposes)}),",
        "# retention (ISO 8601, e.g. P90D, P1Y) and its basis "
        f"({' | '.join(policy.retention_bases)}); `datamap check` refuses the file while a {PLACEHOLDER} is left.",
        "version: 1",
    ]
    if policy.path and Path(policy.path).resolve() != DEFAULT_POLICY.resolve() and Path(policy.path).is_file():
        lines.append(f"policy: {yaml_scalar(os.path.relpath(Path(policy.path).resolve(), base))}")
    if sources:
        lines.append("sources:")
        for source in sources:
            location = source.location
            key = "url" if "://" in location else "path"
            if key == "path" and not Path(location).is_absolute():
                # the data map resolves a relative path against its own folder
                location = os.path.relpath(Path(location).resolve(), base)
            lines.append(f"  - {{name: {yaml_scalar(source.name)}, {key}: {yaml_scalar(location)}}}")
    by_dataset: dict[str, list[FieldRecord]] = {}
    for record in ci.fields:
        if record.detected:
            by_dataset.setdefault(record.dataset, []).append(record)
    lines.append("datasets:" if by_dataset else "datasets: []")
    for dataset in sorted(by_dataset):
        lines.append(f"  - dataset: {yaml_scalar(dataset)}")
        oldest = ci.datasets[dataset].oldest_event if dataset in ci.datasets else None
        if oldest is not None:
            age = (ci.checked_at - oldest).total_seconds() / 86400
            lines.append(f"    # oldest event in the sample: {oldest:%Y-%m-%d}, {age:.0f} days before the scan: "
                         "the retention must cover it, or delete older data")
        lines += [f"    purposes: [{PLACEHOLDER}]", f"    retention: {PLACEHOLDER}", f"    basis: {PLACEHOLDER}",
                  "    fields:"]
        for record in sorted(by_dataset[dataset], key=lambda r: r.field):
            best = record.primary or record.detected[0]
            category = policy.categories.get(best.category)
            entry = f"{{field: {yaml_scalar(record.field)}, category: {best.category}"
            comment = f"confidence {best.confidence:.2f}"
            needed = _consent_needed(policy, category)
            if needed:
                entry += f", consent: {PLACEHOLDER}"
                term = policy.consents.get(needed)
                comment += (f"; requires consent {needed}" + (f" ({term.clause})" if term and term.clause
                                                               else "") + " once collected")
                if category is not None and category.sensitive:
                    comment += " (sensitive: or state a legal_basis instead)"
            if category is not None and not category.disclosed:
                comment += "; not disclosed by the policy"
            lines.append(f"      - {entry}}}  # {comment}")
    return "\n".join(lines) + "\n"


def _consent_needed(policy: Policy, category: Category | None) -> str | None:
    """The consent a declaration of the category must rely on: the category's own, or for
    sensitive data without a separate one, a separate consent of the policy (PIPL art. 29)."""
    if category is None:
        return None
    own = policy.consents.get(category.consent or "")
    if not category.sensitive or (own is not None and own.separate):
        return category.consent
    claimed = {c.consent for c in policy.categories.values() if c.consent}
    separate = [t.id for t in policy.consents.values() if t.separate]
    return next((t for t in separate if t not in claimed), separate[0] if separate else category.consent)


def source_name(location: str) -> str:
    """A source name (letters, digits, `_.-`) from a path or URL."""
    tail = location.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0] or "source"
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", tail).strip("_.") or "source"


def placeholders(text: str, origin: str = "datamap.yaml") -> list[tuple[int, str]]:
    """(line, key path) of every value left as the placeholder. Raises ConfigError for a
    document too deep or too large once its aliases are expanded."""
    try:
        root = compose_bounded(text, origin)
    except ConfigError as exc:
        if "not valid YAML" in str(exc):
            return []  # the data map loader reports YAML errors with file and line
        raise
    found: list[tuple[int, str]] = []

    def walk(node: yaml.Node | None, path: str) -> None:
        if isinstance(node, yaml.ScalarNode) and node.value == PLACEHOLDER and node.style is None:
            found.append((node.start_mark.line + 1, path))
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                walk(value, f"{path}.{key.value}" if path else str(key.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, f"{path}[{index}]")

    walk(root, "")
    return found


def ensure_filled(path: str | Path) -> None:
    """Raise ConfigError when the data map at `path` still holds TODO placeholders."""
    path = Path(path)
    if not path.is_file():
        return  # missing: the data map loader says so
    left = placeholders(read_config(path), str(path))
    if left:
        where = "; ".join(f"line {line} ({key})" for line, key in left[:5])
        more = f" and {len(left) - 5} more" if len(left) > 5 else ""
        raise ConfigError(f"{path}:{left[0][0]}: {len(left)} {PLACEHOLDER} placeholder(s) to fill in: {where}{more}")
