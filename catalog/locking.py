"""Waiting for a catalog another process holds.

DuckDB lets one process open a database file read-write, or any number of processes open it
read-only, never both: a second writer, or a writer while a notebook holds the catalog open
(even `read_only=True`), gets "Could not set lock on file". datamap therefore opens the catalog
only for the short write at the end of a scan, and when the file is locked waits for it with
a bounded backoff (`DATAMAP_CATALOG_WAIT` seconds, 120 by default), saying so once on stderr.
The scan is never lost: if the catalog is still locked after the wait, it is written to a side
catalog next to it (`datamap.duckdb.pending-<time>-<pid>.duckdb`) and the user is told which.
Readers (`check --catalog`, `report`, `export`, ...) wait the same way while a scan writes.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from datamap import duck

DEFAULT_WAIT_SECONDS = 120.0
_FIRST_DELAY, _MAX_DELAY = 0.05, 2.0


class CatalogLocked(Exception):
    """The catalog stayed locked by another process for the whole wait."""


class NotACatalog(Exception):
    """The file is a DuckDB database with tables of its own: a scan must not write into it."""


def wait_seconds() -> float:
    """How long to wait for a locked catalog: `DATAMAP_CATALOG_WAIT`, else the default."""
    try:
        return max(0.0, float(os.environ.get("DATAMAP_CATALOG_WAIT", DEFAULT_WAIT_SECONDS)))
    except ValueError:
        return DEFAULT_WAIT_SECONDS


def is_lock_error(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


@contextmanager
def open_for_writing(path: str | Path, *, wait: float | None = None,
                     on_wait: Callable[[str], None] | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to the catalog at `path`, waiting while another process holds
    it (see the module's docstring). Raises CatalogLocked when the wait runs out."""
    con = connect_waiting(path, wait=wait, on_wait=on_wait)
    try:
        yield con
    finally:
        con.close()


def connect_waiting(path: str | Path, *, read_only: bool = False, wait: float | None = None,
                    on_wait: Callable[[str], None] | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to the catalog at `path`, retried with backoff while another process holds a
    conflicting lock (a writer, or for a writer any reader). Raises CatalogLocked after `wait`
    seconds (`DATAMAP_CATALOG_WAIT` by default); any other error at once."""
    path, wait = str(path), wait_seconds() if wait is None else wait
    deadline = time.monotonic() + wait
    delay = _FIRST_DELAY
    told = False
    while True:
        try:
            return duck.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if not is_lock_error(exc):
                raise
            if time.monotonic() + delay > deadline:
                raise CatalogLocked(f"{path}: locked by another process for {wait:.0f} s") from None
            if not told and on_wait is not None:
                on_wait(f"{path} is in use by another process (a scan, or a notebook holding it open): "
                        f"waiting up to {wait:.0f} s")
                told = True
            time.sleep(delay)
            delay = min(delay * 2, _MAX_DELAY)


def ensure_writable(path: str | Path, *, wait: float | None = None,
                    on_wait: Callable[[str], None] | None = None) -> None:
    """Before the scanning work: wait until the catalog can be opened for writing (a new file
    is left uncreated). Raises CatalogLocked, or NotACatalog for another database, so a scan
    that could not be kept never starts."""
    from catalog.schema import foreign_database

    if not Path(path).exists():
        return
    with open_for_writing(path, wait=wait, on_wait=on_wait) as con:
        problem = foreign_database(con)
    if problem:
        raise NotACatalog(f"{path}: {problem}")


def side_path(path: str | Path) -> Path:
    """Where a scan goes when its catalog stays locked: beside it, named by time and process."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return Path(f"{path}.pending-{stamp}-{os.getpid()}.duckdb")
