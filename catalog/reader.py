"""Read a catalog: open it read-only, run SQL, fetch the reviewer views.

    with open_catalog("datamap.duckdb") as con:
        gaps = read_view(con, "policy_coverage").filter(...)
        rows = run_sql(con, "SELECT * FROM field_inventory WHERE category = ?", ["location.precise"])

Every result is a pyarrow Table; `catalog.formats` turns one into text, CSV, JSON or Markdown.
A reader never writes: the file is opened read-only, so a scan can run beside it.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

from catalog.locking import CatalogLocked, connect_waiting

#: the views a reviewer asks for by name (`datamap show VIEW`), in the order docs/catalog.md
#: presents them; every one reads the latest scan (scan_diff: the latest two)
REVIEW_VIEWS = (
    "field_inventory",
    "data_map",
    "category_summary",
    "policy_coverage",
    "purpose_matrix",
    "retention_overview",
    "undeclared_personal_data",
    "scan_diff",
)
#: the tables, for `datamap show TABLE` (they hold every scan: filter by scan_id)
TABLES = (
    "scans", "datasets", "fields", "detections", "scan_errors", "policy_categories", "policy_terms",
    "declarations", "field_declarations",
)


class CatalogError(Exception):
    """The catalog cannot be read as asked: missing file, not a catalog, bad SQL, unknown view."""


@contextmanager
def open_catalog(path: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the catalog at `path`; CatalogError if it is not one."""
    path = Path(path)
    if not path.is_file():
        raise CatalogError(f"{path}: no such catalog (run `datamap scan` or `datamap demo` first)")
    try:  # a scan writing it holds it for a moment: wait for it (bounded), as scans do
        con = connect_waiting(path, read_only=True)
    except CatalogLocked as exc:
        raise CatalogError(f"{exc} (a scan writing it): try again when it is done, or raise "
                           f"DATAMAP_CATALOG_WAIT") from None
    except duckdb.Error as exc:
        raise CatalogError(f"{path}: not a DuckDB catalog ({_first_line(exc)})") from None
    try:
        if not _has_table(con, "scans"):
            raise CatalogError(f"{path}: not a datamap catalog (no scans table)")
        yield con
    finally:
        con.close()


def run_sql(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] | None = None) -> pa.Table:
    """The result of one SQL statement as an Arrow table; CatalogError with DuckDB's message."""
    try:
        relation = con.sql(sql, params=list(params) if params else None)
    except duckdb.Error as exc:
        raise CatalogError(_first_line(exc)) from None
    if relation is None:  # a statement without a result (SET, PRAGMA ...)
        return pa.table({})
    fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
    try:
        return fetch()
    except duckdb.Error as exc:
        raise CatalogError(_first_line(exc)) from None


def read_view(con: duckdb.DuckDBPyConnection, name: str) -> pa.Table:
    """All rows of a reviewer view or a catalog table, by name."""
    if name not in REVIEW_VIEWS and name not in TABLES:
        raise CatalogError(f"unknown view {name!r} (views: {', '.join(REVIEW_VIEWS)}; "
                           f"tables: {', '.join(TABLES)})")
    if not _has_table(con, name):
        raise CatalogError(f"this catalog has no {name!r}: it was written by an older datamap; "
                           f"scan again to add the current views")
    return run_sql(con, f'SELECT * FROM "{name}"')


def scan_ids(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Every scan id in the catalog, oldest first."""
    return [int(row[0]) for row in con.execute("SELECT scan_id FROM scans ORDER BY scan_id").fetchall()]


def scan_diff(con: duckdb.DuckDBPyConnection, old_scan: int, new_scan: int) -> pa.Table:
    """Datasets, fields and categories added or gone from scan `old_scan` to `new_scan`."""
    known = set(scan_ids(con))
    for scan_id in (old_scan, new_scan):
        if scan_id not in known:
            raise CatalogError(f"no scan {scan_id} in this catalog (scans: {sorted(known)})")
    return run_sql(con, "SELECT * FROM scan_diff_between(?, ?) ORDER BY kind, change, dataset, field, category",
                   [old_scan, new_scan])


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    rows = con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = ? UNION ALL "
                       "SELECT 1 FROM duckdb_views() WHERE view_name = ?", [name, name]).fetchall()
    return bool(rows)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
