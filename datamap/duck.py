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


#: DuckDB types Arrow has no kernels for (a 40-digit integer is a BIGNUM): read as text
_TEXT_TYPES = ("BIGNUM", "VARINT", "UHUGEINT", "BIT")


def arrow_friendly(con: duckdb.DuckDBPyConnection, relation: str) -> str:
    """`SELECT ... FROM relation` with the columns of types Arrow cannot compute on cast to
    VARCHAR, so the digits of a huge integer are classified instead of failing the file."""
    columns = con.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall()
    if not any(str(kind).upper() in _TEXT_TYPES for _, kind, *_ in columns):
        return f"SELECT * FROM {relation}"
    parts = []
    for name, kind, *_ in columns:
        quoted = '"' + str(name).replace('"', '""') + '"'
        parts.append(f"CAST({quoted} AS VARCHAR) AS {quoted}" if str(kind).upper() in _TEXT_TYPES else quoted)
    return f"SELECT {', '.join(parts)} FROM {relation}"
