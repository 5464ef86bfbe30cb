"""Create or upgrade the catalog's tables and views (the DDL lives in schema.sql, views.sql)."""
from __future__ import annotations

from pathlib import Path

import duckdb

_HERE = Path(__file__).parent
#: SQL files of views, applied in order after the tables; later issues add their own files
VIEW_FILES = ("views.sql", "reviewer_views.sql", "privacy_views.sql")


def ensure_schema(con: duckdb.DuckDBPyConnection, *, views: bool = True) -> None:
    """Idempotent: tables are created if missing, views always replaced by the current ones.
    `views=False`: the tables alone (a scan's spool, which nobody queries: creating the views
    is more than half of the schema's cost, 0.16 of 0.27 s, before every scan starts)."""
    con.execute((_HERE / "schema.sql").read_text())
    for name in VIEW_FILES if views else ():
        con.execute((_HERE / name).read_text())


#: the columns by which a `scans` table is a datamap catalog's (every version has them)
_CATALOG_SCANS = frozenset({"scan_id", "started_at", "sources", "datamap_path"})


def foreign_database(con: duckdb.DuckDBPyConnection) -> str | None:
    """Why the database on `con` must not take a scan: it holds tables of its own (a warehouse,
    another tool's file) but not a datamap catalog's `scans`. None for a catalog or an empty file."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()}
    if not tables:
        return None
    columns = {r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
        "AND table_name = 'scans'").fetchall()}
    if _CATALOG_SCANS <= columns:
        return None
    return f"a DuckDB database of {len(tables)} table(s), not a datamap catalog"
