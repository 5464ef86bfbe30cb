"""Create or upgrade the catalog's tables and views (the DDL lives in schema.sql, views.sql)."""
from __future__ import annotations

from pathlib import Path

import duckdb

_HERE = Path(__file__).parent
#: SQL files of views, applied in order after the tables; later issues add their own files
VIEW_FILES = ("views.sql", "reviewer_views.sql", "privacy_views.sql")


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Idempotent: tables are created if missing, views always replaced by the current ones."""
    con.execute((_HERE / "schema.sql").read_text())
    for name in VIEW_FILES:
        con.execute((_HERE / name).read_text())
