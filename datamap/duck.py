"""DuckDB connections as datamap uses them: offline, and Arrow results across versions.

Every DuckDB connection of the code base is opened here (a test checks it), so that:

* nothing is ever downloaded: extension auto-install and auto-load are off *in the
  configuration the database is opened with*. Switching them off after `connect` is too late:
  a file that is really SQLite makes `connect` itself fetch the `sqlite_scanner` extension.
* a file that is not a DuckDB database is refused by its header with one clear line, before
  DuckDB tries to guess what it is;
* a scanned database file is untrusted: its views run with external access off and the
  configuration locked, so a view cannot read the scanning machine's files or attach others.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pyarrow as pa

#: settings every connection is opened with: no extension is installed or loaded on demand
OFFLINE: dict[str, object] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
}

#: settings for a database someone else wrote: no file, network or attach access from SQL,
#: and no statement may switch that back on
UNTRUSTED: dict[str, object] = {
    "enable_external_access": False,
    "lock_configuration": True,
}

#: the buffer memory of a database file being scanned, and of a scan's spool: DuckDB keeps the
#: blocks it has read cached up to its limit (80 % of RAM by default), so a scan reading every
#: table of a large warehouse would grow with the tables read (265 MB per 1,000 small tables
#: measured); under this limit the oldest blocks are evicted instead. A scan reads each table
#: once, so the cache buys nothing: 64 MB scans 1,000 tables as fast as 256 MB did, and the
#: scanning process stays at 320 MB instead of 510 MB (measured, bench_warehouse.py)
SCAN_MEMORY_LIMIT = "64MB"
#: the buffer memory of a scan's spool (catalog/writer.py): it only appends a batch of rows at a
#: time, and is read once, at the end (a scan of 10,000 tables writes some 300 MB of results to
#: it). Not lower than 64 MB: at 16 MB the spool's checkpoint failed to allocate ("failed to
#: allocate data of size 6.0 MiB (11.1 MiB/15.2 MiB used)") and a 10,000-table scan died
SPOOL_MEMORY_LIMIT = "64MB"

#: how long a connection waits for a database file another process holds, unless
#: `DATAMAP_CATALOG_WAIT` says otherwise
DEFAULT_WAIT_SECONDS = 120.0
_FIRST_DELAY, _MAX_DELAY = 0.05, 2.0

# a DuckDB file starts with an 8-byte checksum, then the magic bytes
_MAGIC = b"DUCK"
_MAGIC_OFFSET = 8


class NotDuckDBError(duckdb.IOException):
    """The file exists but is not a DuckDB database (a SQLite file, a text file...).

    A `duckdb.Error`, so every caller that handles DuckDB's errors handles this one too."""


class DatabaseLocked(Exception):
    """The database file stayed locked by another process for the whole wait."""


def check_database_file(path: str | Path) -> None:
    """Raise `NotDuckDBError` if `path` holds something other than a DuckDB database.
    A missing or empty file passes: DuckDB creates a new database there."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(_MAGIC_OFFSET + len(_MAGIC))
    except (FileNotFoundError, IsADirectoryError):
        return
    if head and head[_MAGIC_OFFSET:] != _MAGIC:
        raise NotDuckDBError(f"{path.name}: not a DuckDB database")


def connect(database: str = ":memory:", *, read_only: bool = False,
            untrusted: bool = False, memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection that never downloads an extension (there is no network).

    `untrusted=True` for a database file being scanned: its SQL (views, macros) may not
    touch files or the network. `memory_limit` bounds DuckDB's buffer memory (see
    `SCAN_MEMORY_LIMIT`); it must be set here, as an untrusted connection's settings are locked."""
    if database != ":memory:":
        check_database_file(database)
    config = dict(OFFLINE)
    if memory_limit is not None:
        config["memory_limit"] = memory_limit
    if untrusted:
        config.update(UNTRUSTED)
        del config["lock_configuration"]  # locked below, once the connection's own settings are made
    connection = duckdb.connect(database, read_only=read_only, config=config)
    # no progress bar: DuckDB draws one on stdout for a query of more than two seconds (a
    # catalog write on a loaded machine), inside what the CLI prints there (JSON, CSV, a count
    # another program reads); it is a connection's setting, so it cannot go in `config`
    try:
        connection.execute("SET enable_progress_bar = false")
    except duckdb.InvalidInputException:
        pass  # inside Jupyter DuckDB draws the bar as a widget, and refuses the setting without ipywidgets
    if untrusted:
        connection.execute("SET lock_configuration = true")
    return connection


def wait_seconds() -> float:
    """How long to wait for a locked database file: `DATAMAP_CATALOG_WAIT`, else the default."""
    try:
        return max(0.0, float(os.environ.get("DATAMAP_CATALOG_WAIT", DEFAULT_WAIT_SECONDS)))
    except ValueError:
        return DEFAULT_WAIT_SECONDS


def is_lock_error(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def connect_waiting(path: str | Path, *, read_only: bool = False, wait: float | None = None,
                    on_wait: Callable[[str], None] | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to the database file at `path`, retried with backoff while another process
    holds a conflicting lock (DuckDB allows one writer or many readers, never both). Raises
    DatabaseLocked after `wait` seconds (`DATAMAP_CATALOG_WAIT` by default); any other error at once."""
    path, wait = str(path), wait_seconds() if wait is None else wait
    deadline = time.monotonic() + wait
    delay = _FIRST_DELAY
    told = False
    while True:
        try:
            return connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if not is_lock_error(exc):
                raise
            if time.monotonic() + delay > deadline:
                raise DatabaseLocked(f"{path}: locked by another process for {wait:.0f} s") from None
            if not told and on_wait is not None:
                on_wait(f"{path} is in use by another process (a scan, or a notebook holding it open): "
                        f"waiting up to {wait:.0f} s")
                told = True
            time.sleep(delay)
            delay = min(delay * 2, _MAX_DELAY)


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
