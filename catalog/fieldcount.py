"""What counts as a field: one definition for every figure a user compares.

A field is one row of the catalog's `fields` table, that is one classified field result: a
column, a nested path (`payload.user.email`), or the free text of a log (`(free text)`). The
free text is classified like a column and `check` can name it in a finding, so it counts like
one; a figure that left it out would say fewer fields were checked than findings name.

- a scan's own figure (`datamap scan` text and JSON, `scans.fields`): the field results of its
  datasets (`dataset_fields`, `scan_field_count`; the spool and the per-dataset summary count
  the same results), plus, for a dataset reused from an earlier scan, its rows of `fields`;
- the catalog's current figure (`check`'s "N fields checked", the report): the distinct fields
  of `field_inventory` (`current_field_count`), the latest scan of each source with stale
  datasets carried.

After one scan of one folder the figures are equal (tests/hostile/test_papercuts.py).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

import duckdb

from datamap import duck

if TYPE_CHECKING:
    from classifiers.engine import FieldResult


class _Named(Protocol):
    name: str


class _Classified(Protocol):
    datasets: Sequence[_Named]
    classified: Mapping[str, list[FieldResult]]


def dataset_fields(scan: _Classified, dataset: str) -> list[FieldResult]:
    """The fields of `dataset` in `scan`: each one becomes a row of the catalog's `fields` table."""
    return scan.classified.get(dataset, [])


def scan_field_count(scan: _Classified) -> int:
    """How many fields `scan` read, over all its datasets (free text included)."""
    return sum(len(dataset_fields(scan, d.name)) for d in scan.datasets)


#: the catalog's current fields, one row each: what `check` judges and the report shows
CURRENT_FIELDS_SQL = "SELECT DISTINCT dataset, field FROM field_inventory"


def current_field_count(con: duckdb.DuckDBPyConnection) -> int:
    """How many fields the catalog currently holds (the figure `check` and the report print)."""
    return int(duck.scalar(con, f"SELECT count(*) FROM ({CURRENT_FIELDS_SQL})"))
