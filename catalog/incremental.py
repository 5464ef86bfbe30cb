"""What an incremental scan reuses: the previous results of datasets whose fingerprint is unchanged.

`previous_results(catalog, source)` reads, before the scan, the fingerprint of every current
dataset of a source; the scan compares them with the fingerprints it computes (without
sampling) and skips the datasets that match. `copy_reused` then copies their rows (fields,
detections, statistics) from the scan that holds them into the new scan, inside the writer's
transaction, so every scan in the catalog stays complete and the views need no change.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from datamap import duck

#: tables holding a dataset's results, keyed by (scan_id, dataset): copied for a reused dataset
RESULT_TABLES = ("fields", "detections", "age_profiles", "reidentification")


@dataclass(frozen=True)
class Previous:
    """A dataset's latest results in the catalog, and what the scan summary shows of them."""

    dataset: str
    scan_id: int
    fingerprint: str
    kind: str = ""
    row_count: int | None = None
    sampled_rows: int = 0
    fields: int = 0
    categories: dict[str, int] = field(default_factory=dict)  # accepted category -> fields
    #: its key columns as the references pass read them (field -> `FieldSample.reference_key`)
    keys: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reused:
    """A dataset of this scan whose results are copied from `previous` (named `name` now)."""

    name: str
    source: str
    previous: Previous


_PREVIOUS = """
SELECT d.dataset, d.scan_id, d.fingerprint, d.kind, d.row_count, d.sampled_rows,
       (SELECT count(*) FROM fields f WHERE f.scan_id = d.scan_id AND f.dataset = d.dataset)
FROM datasets d JOIN current_datasets c ON c.dataset = d.dataset AND c.scan_id = d.scan_id
WHERE d.source = ? AND d.fingerprint IS NOT NULL AND NOT c.stale
"""

_CATEGORIES = """
SELECT x.dataset, x.category, count(*)
FROM detections x
JOIN current_datasets c ON c.dataset = x.dataset AND c.scan_id = x.scan_id
JOIN datasets d ON d.dataset = x.dataset AND d.scan_id = x.scan_id
WHERE d.source = ? AND d.fingerprint IS NOT NULL AND NOT c.stale AND x.accepted AND x.is_primary AND x.category IS NOT NULL
GROUP BY ALL
"""


_KEYS = """
SELECT f.dataset, f.field, f.reference_key
FROM fields f
JOIN current_datasets c ON c.dataset = f.dataset AND c.scan_id = f.scan_id
JOIN datasets d ON d.dataset = f.dataset AND d.scan_id = f.scan_id
WHERE d.source = ? AND d.fingerprint IS NOT NULL AND NOT c.stale AND f.reference_key IS NOT NULL
"""


def previous_results(catalog: str | Path, source: str) -> dict[str, Previous]:
    """The current datasets of `source` in the catalog that carry a fingerprint, by name. A
    dataset whose latest read failed (its results carried, `stale`) is not among them: it is
    tried again. A catalog that is missing, locked, or older than fingerprints has none."""
    path = Path(catalog)
    if not path.is_file():
        return {}
    try:
        con = duck.connect(str(path), read_only=True)
    except duckdb.Error:
        return {}
    try:
        columns = {row[0] for row in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'datasets'").fetchall()}
        if "fingerprint" not in columns:
            return {}
        categories: dict[str, dict[str, int]] = {}
        for dataset, category, count in con.execute(_CATEGORIES, [source]).fetchall():
            categories.setdefault(dataset, {})[category] = int(count)
        keys: dict[str, dict[str, str]] = {}
        if con.execute("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'fields' "
                       "AND column_name = 'reference_key'").fetchone()[0]:
            for dataset, path, kind in con.execute(_KEYS, [source]).fetchall():
                keys.setdefault(dataset, {})[path] = kind
        return {name: Previous(name, int(scan_id), fingerprint, kind or "", row_count, int(sampled or 0), int(fields),
                               categories.get(name, {}), keys.get(name, {}))
                for name, scan_id, fingerprint, kind, row_count, sampled, fields
                in con.execute(_PREVIOUS, [source]).fetchall()}
    except duckdb.Error:
        return {}
    finally:
        con.close()


def copy_reused(con: duckdb.DuckDBPyConnection, scan_id: int, reused: Sequence[Reused],
                declaration_for: Callable[[str, str], int | None] | None) -> list[dict[str, object]]:
    """Copy each reused dataset's rows into scan `scan_id` (inside the caller's transaction);
    returns the rows of `field_declarations` for them, decided again against the data map in
    force (`declaration_for(dataset, field)`), so declarations never need a rescan. None: the
    data map declares nothing (its fields are not read back)."""
    if not reused:
        return []
    reuse = pa.table({"dataset": [r.name for r in reused], "old_dataset": [r.previous.dataset for r in reused],  # noqa: F841
                      "old_scan": pa.array([r.previous.scan_id for r in reused], pa.int32()),
                      "fingerprint": [r.previous.fingerprint for r in reused]})
    con.register("_reuse", reuse)
    try:
        columns = table_columns(con, "datasets", exclude=("scan_id", "dataset", "fingerprint", "reused_from"))
        con.execute(f"INSERT INTO datasets (scan_id, dataset, fingerprint, reused_from, {', '.join(columns)}) "
                    f"SELECT {scan_id}, r.dataset, r.fingerprint, r.old_scan, {', '.join('t.' + c for c in columns)} "
                    f"FROM datasets t JOIN _reuse r ON t.scan_id = r.old_scan AND t.dataset = r.old_dataset")
        for table in RESULT_TABLES:
            columns = table_columns(con, table, exclude=("scan_id", "dataset"))
            con.execute(f"INSERT INTO {table} (scan_id, dataset, {', '.join(columns)}) "
                        f"SELECT {scan_id}, r.dataset, {', '.join('t.' + c for c in columns)} "
                        f"FROM {table} t JOIN _reuse r ON t.scan_id = r.old_scan AND t.dataset = r.old_dataset")
        copied = con.execute("SELECT dataset, field FROM fields WHERE scan_id = ? AND dataset IN "
                             "(SELECT dataset FROM _reuse)", [scan_id]).fetchall() if declaration_for else []
    finally:
        con.unregister("_reuse")
    rows = []
    for dataset, field_path in copied:
        declaration = declaration_for(dataset, field_path) if declaration_for else None
        if declaration is not None:
            rows.append({"scan_id": scan_id, "dataset": dataset, "field": field_path, "declaration_id": declaration})
    return rows


def table_columns(con: duckdb.DuckDBPyConnection, table: str, *, exclude: tuple[str, ...] = ()) -> list[str]:
    """A catalog table's columns (as this version's schema has them), quoted, minus `exclude`."""
    names = [row[0] for row in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = ? ORDER BY column_index", [table]).fetchall()]
    return ['"' + n.replace('"', '""') + '"' for n in names if n not in exclude]
