"""SQLite database files, opened read-only and sampled as a random window of rowids.

A rowid table is read from a seeded random rowid onwards through its primary b-tree (wrapping
round to the start when the window runs off the end), so a sample costs O(sample) whatever
the table's size. Views and WITHOUT ROWID tables have no rowid: their first rows are read,
bounded. The row count comes from `sqlite_stat1` when ANALYZE has run, else from the rowid
span (an upper bound). A timer interrupts a query that runs past the statement timeout.
"""
from __future__ import annotations

import random
import sqlite3
import urllib.parse
from pathlib import Path
from typing import Any

import sqlglot
import sqlglot.errors
from sqlglot import exp

from inventory.connectors.base import SampleOptions, SourceError, file_probe
from inventory.connectors.duckdb_source import file_location
from inventory.connectors.sql import (
    Column,
    Fetched,
    Relation,
    SqlConnector,
    deadline,
    rows_to_table,
    single_column_keys,
)

_RELATIONS = """
SELECT name, type FROM sqlite_master
WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
ORDER BY name
"""

# hidden = 1 marks the hidden columns of virtual tables; 2 and 3 are generated columns
_COLUMNS = "SELECT name, type FROM pragma_table_xinfo(?) WHERE hidden <> 1 ORDER BY cid"


def _ddl_comments(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    """Column comments written in the table's DDL (`phone TEXT, -- 联系电话`): SQLite has no
    COMMENT ON, so teams document columns this way, and SQLite keeps the DDL as written."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE name = ? AND type = 'table'", [table]).fetchone()
    if not row or not row[0] or ("--" not in row[0] and "/*" not in row[0]):
        return {}
    try:
        tree = sqlglot.parse_one(row[0], read="sqlite")
    except sqlglot.errors.SqlglotError:
        return {}  # DDL sqlglot cannot read: the columns are still sampled, without comments
    comments = {}
    for column in tree.find_all(exp.ColumnDef):
        text = " ".join(c.strip() for c in column.comments or [] if c and c.strip())
        if text:
            comments[column.name] = text
    return comments


_FOREIGN_KEYS = 'SELECT id, "from", "table", "to" FROM pragma_foreign_key_list(?)'
_PRIMARY_KEY = "SELECT name FROM pragma_table_info(?) WHERE pk > 0"


def _foreign_keys(conn: sqlite3.Connection, table: str, schema: str) -> dict[str, tuple[str, str, str]]:
    """The table's single-column FOREIGN KEYs; `REFERENCES customer` without a column names
    the referenced table's primary key."""
    rows = []
    for key, column, target_table, target in conn.execute(_FOREIGN_KEYS, [table]).fetchall():
        if target is None:
            primary = [row[0] for row in conn.execute(_PRIMARY_KEY, [target_table]).fetchall()]
            if len(primary) != 1:
                continue
            target = primary[0]
        rows.append((key, column, schema, target_table, target))
    return single_column_keys(rows)


class SQLiteConnector(SqlConnector):
    """A SQLite database file (`app.db`, `sqlite:///data/app.db`)."""

    family = "sqlite"
    DIALECT = "sqlite"
    KIND = "sqlite"
    JSON_TYPES = frozenset({"json", "jsonb"})
    driver_errors = (sqlite3.Error,)

    SCHEMA = "main"
    """SQLite names the schema of the opened file `main`."""
    DEFAULT_SCHEMA = SCHEMA

    def __init__(self, location: str, **options: Any) -> None:
        super().__init__(location, **options)
        self.path = Path(file_location(self.location, "sqlite"))
        if not self.path.is_file():
            raise SourceError(f"no such SQLite file: {self.path}")

    def _default_label(self) -> str:
        return Path(file_location(self.location, "sqlite")).name

    def _open(self) -> sqlite3.Connection:
        uri = f"file:{urllib.parse.quote(str(self.path.resolve()))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5)
        conn.execute("PRAGMA query_only = ON")
        return conn

    def _relations(self, conn: sqlite3.Connection) -> list[Relation]:
        return [Relation(self.SCHEMA, name, kind) for name, kind in conn.execute(_RELATIONS).fetchall()]

    def _columns(self, conn: sqlite3.Connection, rel: Relation) -> list[Column]:
        rows = conn.execute(_COLUMNS, [rel.name]).fetchall()
        comments = _ddl_comments(conn, rel.name)
        keys = _foreign_keys(conn, rel.name, rel.schema) if rel.kind == "table" else {}
        return [Column(name, declared or "", comments.get(name), self.is_json(declared or ""), keys.get(name))
                for name, declared in rows]

    def _rowid_span(self, conn: sqlite3.Connection, rel: Relation) -> tuple[int, int] | None:
        """(min, max) rowid, or None for a view or WITHOUT ROWID table (or an empty one)."""
        if rel.kind == "view":
            return None
        try:
            low, high = conn.execute(f"SELECT min(rowid), max(rowid) FROM {self.qualified(rel)}").fetchone()
        except sqlite3.OperationalError as exc:
            if "rowid" in str(exc):  # a WITHOUT ROWID table
                return None
            raise
        return None if low is None else (int(low), int(high))

    def _stat_rows(self, conn: sqlite3.Connection, rel: Relation) -> int | None:
        """The row count ANALYZE stored in sqlite_stat1, if it ever ran."""
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return None
        row = conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1", [rel.name]).fetchone()
        return int(row[0].split()[0]) if row and row[0] else None

    def _fetch(self, conn: sqlite3.Connection, rel: Relation, columns: list[Column],
               options: SampleOptions) -> Fetched:
        select = f"SELECT {', '.join(self.quote(c.name) for c in columns)} FROM {self.qualified(rel)}"
        limit = int(options.rows)
        with deadline(self.statement_timeout, conn.interrupt):
            span = self._rowid_span(conn, rel)
            if span is None or span[1] - span[0] < limit:
                rows = conn.execute(f"{select} LIMIT {limit}").fetchall()
                notes = [f"no rowid ({rel.kind}): its first {limit} rows were read"] \
                    if span is None and len(rows) == limit else []
                count = len(rows) if len(rows) < limit else self._stat_rows(conn, rel)
                return Fetched(rows_to_table(columns, rows), count, notes)
            low, high = span
            start = random.Random(f"{options.seed}:{rel.schema}.{rel.name}").randint(low, high - limit + 1)
            rows = conn.execute(f"{select} WHERE rowid >= ? ORDER BY rowid LIMIT {limit}", [start]).fetchall()
            if len(rows) < limit:  # rowids are sparse past the start: wrap round to the beginning
                rows += conn.execute(f"{select} WHERE rowid < ? ORDER BY rowid LIMIT {limit - len(rows)}",
                                     [start]).fetchall()
            count = self._stat_rows(conn, rel) or high - low + 1
        return Fetched(rows_to_table(columns, rows), count, [f"sampled a window of rowids from {start}"])

    def _probes(self, conn: sqlite3.Connection, relations: list[Relation]) -> dict[Relation, str]:
        """A table's DDL (as stored in sqlite_master) and the whole file's probe, its write-ahead
        log included: SQLite keeps no per-table change counter, so any write to the file reads
        all its tables again. Views have none (`date('now')` in a view changes by itself)."""
        files = [file_probe(str(self.path))]
        wal = Path(f"{self.path}-wal")
        if wal.exists():
            files.append(file_probe(str(wal)))
        if None in files:
            return {}
        stored = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())
        return {rel: f"sqlite:{stored[rel.name]}:{'|'.join(files)}"  # type: ignore[arg-type]
                for rel in relations if rel.kind == "table" and rel.name in stored}

    def describe_error(self, exc: BaseException) -> str:
        if isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc):
            return f"statement timeout: the query ran longer than {self.statement_timeout:g}s"
        return super().describe_error(exc)
