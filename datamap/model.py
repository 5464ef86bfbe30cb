"""The shapes that flow through a scan: what a connector hands to the classifiers.

A connector turns a source (a file, a table, a log) into a `DatasetSample`: one entry per
field, each holding a *sample* of its values as a pyarrow array, never the whole data.
The classifiers read those arrays vectorised; the catalog stores only statistics and
masked examples derived from them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pyarrow as pa

from datamap.messages import one_line


@dataclass
class FieldSample:
    """A sample of one field's values.

    `values` holds the sampled non-null values. For a list-valued field (a JSON array of
    scalars) it holds the flattened elements and `list_lengths` the length of each sampled
    list, so recognizers can reason about the sequence (keystroke intervals) as well as the
    elements. `path` is the dot path of a nested field (`context.device.id`).
    """

    path: str
    values: pa.Array
    declared_type: str = ""
    null_ratio: float = 0.0
    distinct_estimate: int | None = None
    list_lengths: pa.Array | None = None
    comment: str | None = None
    origin: str = "column"  # column | json | log-field | log-slot | url-param | message
    # why the values were not sampled (a BLOB column, a type Arrow cannot read), for the dataset's notes
    note: str | None = None
    # the column whose JSON documents (text or JSONB) this field was read from (`payload` for
    # `payload.user.email`): the column is catalogued too, with what its documents hold
    document: str | None = None
    # the (dataset, column) this column is declared a foreign key to (a single-column FOREIGN
    # KEY of the source's schema), named as the scan names that table's dataset
    foreign_key: tuple[str, str] | None = None
    # what the references pass (classifiers/references.py) took this column for: the key of a
    # table of people ("people"), of people told only by contacts ("contacts"), of things
    # ("things"); kept in the catalog so that a rescan reusing this table still knows its keys
    reference_key: str | None = None

    @property
    def is_list(self) -> bool:
        return self.list_lengths is not None

    @property
    def name(self) -> str:
        """The last segment of the path: the field's own name."""
        return self.path.rsplit(".", 1)[-1]

    @property
    def parent(self) -> str:
        """The path of the enclosing object ('' at top level)."""
        return self.path.rsplit(".", 1)[0] if "." in self.path else ""


@dataclass
class DatasetSample:
    """A sample of one dataset (a file, a table, a log), ready to classify."""

    name: str  # dataset name: path relative to the scanned root, or <source>/<schema>.<table> (<file>/<table>)
    source: str  # the source it came from (a folder, a redacted database URL)
    kind: str  # csv, parquet, ndjson, json, access-log, postgres-table, ...
    fields: list[FieldSample]
    row_count: int | None = None  # estimate of the dataset's size in rows (or lines)
    sampled_rows: int = 0
    oldest_event: datetime | None = None  # oldest sampled event time, for retention checks
    newest_event: datetime | None = None
    notes: list[str] = field(default_factory=list)  # non-fatal remarks (lines skipped, ...)
    # Free text to run entity recognition over when the dataset has no structure
    # (message text of free-form logs); classified for secondary detections.
    free_text: list[str] = field(default_factory=list)
    # Where the dataset lives, as its connector reads it (a file path, `schema.table`): what a
    # subject-rights plan addresses.
    location: str = ""
    # The sample's rows before flattening, row-aligned (nulls kept), for statistics across
    # fields (re-identification risk). Dropped once the dataset is profiled; never stored.
    rows: pa.Table | None = None
    # What an incremental scan compares with the next scan's (inventory/fingerprint.py); None:
    # the connector offers no cheap probe of this dataset, which is then always read again.
    fingerprint: str | None = None


@dataclass(frozen=True)
class DatasetRef:
    """A dataset a connector found and can sample."""

    name: str
    location: str  # path or qualified table name, as the connector needs it
    kind: str


@dataclass
class ScanError:
    """A dataset (or a whole source) that could not be scanned, and why, in one line."""

    dataset: str
    source: str
    stage: str  # connect | discover | read | sample | classify | worker (its process died)
    error: str  # exception class name or a short code
    message: str

    def one_line(self) -> str:
        """The line a person reads: where and what, control characters escaped; the internal
        `error` code stays in the catalog."""
        where = self.dataset or self.source
        return one_line(f"error: {where}: {self.message}")


class DatasetReadError(Exception):
    """A dataset could not be read: malformed, empty, unreadable. Recorded, never fatal."""
