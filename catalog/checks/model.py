"""What the CI gate reasons about, whatever it was read from (a catalog or SQL migrations).

`CheckInput` is the rules' whole world: the policy, the data map's declarations, the fields
seen (each with its accepted detections and the declaration covering it) and the datasets with
their oldest event time. `catalog/reader.py` builds one from a DuckDB catalog,
`catalog/checks/static.py` from migrations and dbt files.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from catalog.datamap import Declaration
from catalog.policy import Policy

# names YAML reads back as the same string when written bare
_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_./-]*$")
_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}

ERROR = "error"
WARNING = "warning"
SEVERITY_RANK = {WARNING: 1, ERROR: 2}

# what became of a finding once the baseline and allowlist were applied
NEW = "new"  # fails the build (at or above --fail-on)
ALLOWED = "allowed"  # accepted by a baseline or allowlist entry still in force
EXPIRED = "expired"  # was accepted, but the entry's expiry date has passed: fails again


@dataclass(frozen=True)
class Detected:
    """One accepted detection: what the data in a field is, per the classifiers."""

    category: str
    confidence: float
    entity: str = ""
    primary: bool = True  # False: found inside free text


@dataclass
class FieldRecord:
    dataset: str
    field: str
    detected: list[Detected] = field(default_factory=list)  # accepted, best first
    declaration: Declaration | None = None  # the most specific one covering the field
    declared_type: str | None = None
    location: Location | None = None  # where the field is defined (a migration), if known
    shows: str | None = None  # a view's column: the base column (table.column) it shows unchanged

    @property
    def primary(self) -> Detected | None:
        return next((d for d in self.detected if d.primary), None)


@dataclass(frozen=True)
class TeenRecord:
    """A field with a date of birth or age and how many sampled people are teens (counts)."""

    field: str
    people: int
    under_age: int
    teen_age: int


@dataclass(frozen=True)
class RiskRecord:
    """The re-identification risk of a dataset's quasi-identifiers together."""

    fields: tuple[str, ...]
    unique_share: float | None
    min_group_size: int | None
    entropy_bits: float | None
    prior_bits: float
    method: str
    near_unique: bool


@dataclass
class DatasetRecord:
    name: str
    oldest_event: datetime | None = None
    teens: list[TeenRecord] = field(default_factory=list)
    reidentification: RiskRecord | None = None


@dataclass(frozen=True)
class UnreadData:
    """A dataset (or a whole source, `dataset` empty) the scan could not read. `stale`: the
    check judges its fields as an earlier scan saw them; otherwise nothing of it is judged."""

    dataset: str
    source: str
    message: str
    stale: bool = False

    @property
    def name(self) -> str:
        return self.dataset or self.source


@dataclass(frozen=True)
class Location:
    """A place in a file: the data map line to edit, or the migration that adds a column."""

    path: str
    line: int = 1


@dataclass(frozen=True)
class Unread:
    """A file or statement the gate could not read: what it defines is not checked."""

    path: str
    line: int
    reason: str  # one line

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass
class CheckInput:
    policy: Policy
    declarations: list[Declaration]
    fields: list[FieldRecord]
    datasets: dict[str, DatasetRecord]
    checked_at: datetime  # the time the data was seen: retention is measured up to it
    # the data map the scan judged against; None: no data map was loaded (findings say so)
    datamap_path: str | None = None
    # static mode sees only the columns a change adds: stale declarations cannot be judged
    complete: bool = True
    # what the scan could not read (datasets, or whole sources): the gate fails on it (DM011)
    unread: list[UnreadData] = field(default_factory=list)

    def map_location(self, line: int) -> Location | None:
        """A line of the data map, or None when no data map was loaded (no line to point at)."""
        return Location(self.datamap_path, line) if self.datamap_path else None

    @property
    def unreadable(self) -> set[str]:
        """Datasets (or '' for a whole source) that failed: their declarations cannot be judged stale."""
        return {u.dataset for u in self.unread}
    # files or statements (static mode) that could not be read: each fails the check
    not_understood: list[Unread] = field(default_factory=list)


@dataclass
class Finding:
    rule: str  # DM001
    name: str  # undeclared-personal-field
    severity: str
    clause: str  # the policy clause it rests on ('-' when the policy names none)
    dataset: str
    field: str
    category: str | None
    message: str
    fix: str
    # the data map entry to add (a YAML flow mapping under `fields:` of the dataset), if any
    entry: str | None = None
    location: Location | None = None
    state: str = NEW
    note: str | None = None  # why it is allowed, or which entry expired

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.rule, self.dataset, self.field, self.category or "")

    @property
    def fingerprint(self) -> str:
        """Stable across runs and machines: the same problem keeps the same id."""
        return hashlib.sha256("\x1f".join(self.key).encode()).hexdigest()[:32]

    @property
    def snippet(self) -> str | None:
        """The YAML to paste into the data map, or None when the fix is not a new entry."""
        return snippet_for({self.dataset: [self.entry]}) if self.entry else None

    @property
    def target(self) -> str:
        return f"{self.dataset}: {self.field}" if self.field else self.dataset

    def fails(self, fail_on: str = ERROR) -> bool:
        return self.state != ALLOWED and SEVERITY_RANK[self.severity] >= SEVERITY_RANK[fail_on]


def snippet_for(entries: dict[str, list[str]]) -> str:
    """A `datasets:` block declaring the given field entries, dataset by dataset."""
    lines = ["datasets:"]
    for dataset, items in entries.items():
        name = yaml_scalar(dataset)
        lines += [f"  - dataset: {name}", "    fields:"] + [f"      - {item}" for item in items]
    return "\n".join(lines)


@lru_cache(maxsize=65536)
def yaml_scalar(text: str) -> str:
    """A scalar as YAML writes it inline (quoted only when it must be)."""
    import yaml

    if _PLAIN.match(text) and text.lower() not in _YAML_WORDS:
        return text  # the common case, without the cost of a YAML emitter
    return yaml.safe_dump(text, width=10_000).removesuffix("\n...\n").strip()
