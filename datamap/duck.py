"""DuckDB connections as datamap uses them: offline, and Arrow results across versions."""
from __future__ import annotations

import duckdb
import pyarrow as pa


def connect(database: str = ":memory:", *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection that never downloads an extension (there is no network)."""
    con = duckdb.connect(database, read_only=read_only)
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    return con


def query_arrow(con: duckdb.DuckDBPyConnection, query: str) -> pa.Table:
    """The result of `query` as an Arrow table (`to_arrow_table` since DuckDB 1.4, `arrow`
    before)."""
    relation = con.sql(query)
    fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
    return fetch()


def scalar(con: duckdb.DuckDBPyConnection, query: str, params: list[object] | None = None) -> object:
    """The first column of the first row (the whole result is consumed: DuckDB 2 refuses new
    work on a connection with a half-read result)."""
    rows = con.execute(query, params or []).fetchall()
    return rows[0][0] if rows else None
