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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from datamap import duck

#: the catalog stayed locked by another process for the whole wait
CatalogLocked = duck.DatabaseLocked
#: reading and writing a catalog waits for a lock the same way as any DuckDB file datamap opens
connect_waiting, is_lock_error, wait_seconds = duck.connect_waiting, duck.is_lock_error, duck.wait_seconds
DEFAULT_WAIT_SECONDS = duck.DEFAULT_WAIT_SECONDS


class NotACatalog(Exception):
    """The file is a DuckDB database with tables of its own: a scan must not write into it."""


@contextmanager
def open_for_writing(path: str | Path, *, wait: float | None = None,
                     on_wait: Callable[[str], None] | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to the catalog at `path`, waiting while another process holds
    it (see the module's docstring). Raises CatalogLocked when the wait runs out."""
    if str(path) != ":memory:":
        create_whole(Path(path))
    con = connect_waiting(path, wait=wait, on_wait=on_wait)
    try:
        yield con
    finally:
        con.close()


def create_whole(path: Path) -> None:
    """Make a new, empty catalog at `path` so that no other process ever sees it half made.

    DuckDB creates a database file and only then writes its header: a second scan opening the
    same new catalog in between is refused with "exists, but it is not a valid DuckDB database
    file" (seen with six scans starting at once). The catalog is therefore made under a private
    name and hard-linked into place, which fails for a name that exists: the first process wins
    and the others open its whole file. An existing catalog is left alone."""
    if path.exists():
        return
    private = path.with_name(f".{path.name}.new-{os.getpid()}")
    try:
        duck.connect(str(private)).close()
        try:
            os.link(private, path)
        except FileExistsError:
            pass  # another process made it first
        except OSError:
            pass  # a file system without hard links: DuckDB creates the file itself, as before
    finally:
        private.unlink(missing_ok=True)
        Path(f"{private}.wal").unlink(missing_ok=True)


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
