"""DuckDB database files, opened read-only and sampled with `USING SAMPLE`.

Small tables get a seeded reservoir of exactly the sample size; large ones a seeded
`system` sample (whole vectors of rows) over-sampled and cut to size, so the cost follows the
sample and not the table. Results arrive as Arrow directly; JSON columns are parsed.
DuckDB has no statement timeout: a timer interrupts a query that runs too long.
"""
from __future__ import annotations

import threading
from pathlib import Path
from collections.abc import Callable
from typing import Any

import duckdb
import pyarrow as pa

from datamap import duck
from datamap.model import DatasetReadError, DatasetRef, DatasetSample
from inventory import heap
from inventory.connectors.base import SampleOptions, SourceError
from inventory.connectors.sql import (
    Column,
    Fetched,
    Relation,
    SqlConnector,
    deadline,
    parse_json_columns,
    single_column_keys,
)

_RELATIONS = """
SELECT schema_name, table_name, 'table' FROM duckdb_tables()
WHERE database_name = current_database() AND NOT internal AND NOT temporary
UNION ALL
SELECT schema_name, view_name, 'view' FROM duckdb_views()
WHERE database_name = current_database() AND NOT internal AND NOT temporary
ORDER BY 1, 2
"""

# every relation's columns, and every table's row count, in one query each: `duckdb_columns()`
# and `duckdb_tables()` list the whole database whatever the WHERE clause, so asking them once
# per table would cost O(tables) each time, O(tables^2) in all (100 ms a table at 10,000 tables)
_COLUMNS = """
SELECT schema_name, table_name, column_name, data_type, comment FROM duckdb_columns()
WHERE database_name = current_database()
ORDER BY schema_name, table_name, column_index
"""

# every FOREIGN KEY of the database (DuckDB's reference a table of the same schema)
_FOREIGN_KEYS = """
SELECT schema_name, table_name, constraint_index, constraint_column_names, referenced_table,
       referenced_column_names
FROM duckdb_constraints()
WHERE database_name = current_database() AND constraint_type = 'FOREIGN KEY'
"""

_SIZES = """
SELECT schema_name, table_name, estimated_size FROM duckdb_tables()
WHERE database_name = current_database()
"""


# every table's schema (names, types, comments) and exact row count, in one query
_SCHEMAS = """
SELECT t.schema_name, t.table_name, t.estimated_size,
       string_agg(c.column_name || ' ' || c.data_type || ' ' || coalesce(c.comment, ''), ', '
                  ORDER BY c.column_index)
FROM duckdb_tables() t JOIN duckdb_columns() c
  ON c.database_name = t.database_name AND c.schema_name = t.schema_name AND c.table_name = t.table_name
WHERE t.database_name = current_database() AND NOT t.internal AND NOT t.temporary
GROUP BY ALL
"""
#: tables whose checksums are read in one statement
CHECKSUM_BATCH = 50


def file_location(location: str, scheme: str) -> str:
    """The file path of `location`, given as a path or as a URL in SQLAlchemy's convention:
    `<scheme>:///data/app.db` is relative (`data/app.db`), `<scheme>:////srv/app.db` absolute."""
    for prefix in (f"{scheme}:///", f"{scheme}://"):
        if scheme and location.lower().startswith(prefix):
            return location[len(prefix):]
    return location


class _Columns:
    """Every table's columns as the one `_COLUMNS` query returned them, kept as Arrow and turned
    into Python values one table at a time (`of`): as Python tuples, the 110,000 columns of a
    10,000-table warehouse held about 30 MB of the scanning process for the whole scan."""

    def __init__(self, table: pa.Table) -> None:
        self._names, self._types, self._comments = (table.column(i) for i in (2, 3, 4))
        self._rows: dict[tuple[str, str], tuple[int, int]] = {}
        # the query orders by schema and table: each table's columns are one run of rows
        for index, key in enumerate(zip(table.column(0).to_pylist(), table.column(1).to_pylist())):
            start, _ = self._rows.get(key, (index, index))
            self._rows[key] = (start, index + 1)

    def of(self, schema: str, table: str) -> list[tuple[str, str, str | None]]:
        """(name, declared type, comment) of each column of `schema.table`, in order."""
        start, stop = self._rows.get((schema, table), (0, 0))
        return list(zip(*(column[start:stop].to_pylist() for column in (self._names, self._types, self._comments)),
                        strict=True))


class _RowsTooWide(Exception):
    """A table's sample did not fit the handle's memory limit (no driver error: it is retried)."""


class DuckDBConnector(SqlConnector):
    """A DuckDB database file (`warehouse.duckdb`, `duckdb:///data/warehouse.duckdb`)."""

    family = "duckdb"
    DIALECT = "duckdb"
    KIND = "duckdb"
    JSON_TYPES = frozenset({"json"})
    SYSTEM_SCHEMAS = frozenset({"information_schema", "pg_catalog"})
    DEFAULT_SCHEMA = "main"
    driver_errors = (duckdb.Error,)

    RESERVOIR_MAX_ROWS = 1_000_000
    """Up to this many rows, draw an exact reservoir (a full scan, fast at this size);
    beyond it, sample whole vectors (`system`) so the scan reads a fraction of the table."""

    RECYCLE_TABLES = 1000
    """Tables read (sampled or probed) through one database handle before it is closed and
    opened afresh. DuckDB loads the whole catalog when it opens a file, but a table's storage
    metadata only when the table is first read, and keeps it while the file is open: a scan of
    10,000 tables of eleven columns grew by about 45 MB a thousand tables read, twice (the
    fingerprint probe reads every table, then sampling), to 770 MB for the scanning process
    alone. Opening again costs the catalog's load: 0.5 s at 10,000 tables, 0.05 s at 1,000."""

    WIDE_ROWS_MEMORY_LIMIT = "512MB"
    """The buffer memory of a handle opened again for one table that cannot be read within
    `duck.SCAN_MEMORY_LIMIT`: DuckDB allocates a column segment's strings whole, 64 MiB for
    rows of some 20 KB of text, so such a table fails to read even ten rows at 64 MB. The
    file is opened again with this limit for that table alone (DuckDB allows one configuration
    per file in a process), then with the scan's own limit."""

    def __init__(self, location: str, **options: Any) -> None:
        super().__init__(location, **options)
        self.path = Path(file_location(self.location, "duckdb"))
        if not self.path.is_file():
            raise SourceError(f"no such DuckDB file: {self.path}")
        try:
            duck.check_database_file(self.path)
        except duck.NotDuckDBError:
            raise SourceError("not a DuckDB database") from None
        self._db: duckdb.DuckDBPyConnection | None = None
        self._memory_limit = duck.SCAN_MEMORY_LIMIT  # of the next handle opened
        self._wide_lock = threading.Lock()  # one table read under the larger limit at a time
        # the database's columns and table sizes, read once (the file is open read-only for the
        # scan: no other process can change its schema meanwhile)
        self._schema: _Columns | None = None
        self._sizes: dict[tuple[str, str], int | None] = {}
        self._foreign_keys: dict[tuple[str, str], dict[str, tuple[str, str, str]]] = {}
        self._schema_lock = threading.Lock()
        # every table's schema and size for the fingerprint probe, read once
        self._probe_schemas: dict[tuple[str, str], tuple[int | None, str]] | None = None
        # the handle is opened lazily by whichever sampling thread comes first, and closed
        # (`_close_db`) only when no cursor on it is in use (`ConnectionPool.recycle`)
        self._db_lock = threading.Lock()
        self._reads = 0
        self._reads_lock = threading.Lock()

    def _default_label(self) -> str:
        return Path(file_location(self.location, "duckdb")).name

    def _open(self) -> duckdb.DuckDBPyConnection:
        # one read-only database handle; each pooled connection is a cursor on it, which
        # DuckDB lets threads use concurrently. The file is untrusted: its views run without
        # access to this machine's files (a view may call read_csv('/etc/...')).
        with self._db_lock:
            if self._db is None:
                self._db = duck.connect(str(self.path), read_only=True, untrusted=True,
                                        memory_limit=self._memory_limit)
            return self._db.cursor()

    def _close_db(self) -> None:
        with self._db_lock:
            if self._db is not None:
                self._db.close()
                self._db = None
                # what the handle held (the catalog: 200 MB at 10,000 tables) goes back to the
                # system, not to malloc's heaps, where the next handle would fragment it further
                heap.release_free_memory()

    def _count_reads(self, tables: int) -> None:
        """`tables` more tables were read: every `RECYCLE_TABLES`, the handle is closed once
        its cursors are back and the next read opens the file afresh, so what DuckDB keeps of
        the tables read is dropped. The columns and sizes read once (`_read_schema`) are kept:
        the file was open read-only, so no writer could change them, except in the instant
        between two handles, where a dropped table or column is that dataset's read error."""
        with self._reads_lock:
            self._reads += tables
            due = self._reads >= self.RECYCLE_TABLES
            if due:
                self._reads = 0
        if due:
            self.pool.recycle(then=self._close_db)

    def sample(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        try:
            try:
                return super().sample(ref, options)
            except _RowsTooWide:
                return self._sample_wide(ref, options)
        finally:
            self._count_reads(1)

    def _sample_wide(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        """The sample of a table too wide for the scan's memory limit, through a handle opened
        with `WIDE_ROWS_MEMORY_LIMIT` once the others are back, then the usual one again."""
        def reopen_with(limit: str) -> Callable[[], None]:
            def reopen() -> None:
                self._close_db()
                self._memory_limit = limit
            return reopen

        with self._wide_lock:
            self.pool.recycle(then=reopen_with(self.WIDE_ROWS_MEMORY_LIMIT))
            try:
                sample = super().sample(ref, options)
            except _RowsTooWide:
                raise DatasetReadError(f"rows too wide to sample within {self.WIDE_ROWS_MEMORY_LIMIT} "
                                       "of DuckDB memory") from None
            finally:
                self.pool.recycle(then=reopen_with(duck.SCAN_MEMORY_LIMIT))
        sample.notes.append(f"rows too wide for {duck.SCAN_MEMORY_LIMIT}: read with {self.WIDE_ROWS_MEMORY_LIMIT}")
        return sample

    PROBE_RECYCLE_TABLES = 5000
    """Tables probed through one handle (the probe reads every row of them). More than
    `RECYCLE_TABLES`: the probe runs before any worker starts (a rescan's once it knows what
    changed, a first scan's when classification begins), when the scanning process's memory
    weighs least, and each new handle costs a load and a free of the whole catalog: 0.45 s of
    CPU at 10,000 tables, 4.5 s of a 10,000-table rescan's 16 s with a handle every 1,000
    tables. Probing 5,000 tables through one handle grows it by about 120 MB (measured)."""

    def fingerprints(self, refs: list[DatasetRef]) -> dict[DatasetRef, str]:
        """The probes, `PROBE_RECYCLE_TABLES` tables a handle."""
        probes: dict[DatasetRef, str] = {}
        for start in range(0, len(refs), self.PROBE_RECYCLE_TABLES):
            batch = refs[start:start + self.PROBE_RECYCLE_TABLES]
            probes.update(super().fingerprints(batch))
            self._count_reads(len(batch))
        self._probe_schemas = None  # read again if asked again: not kept for the whole scan
        return probes

    def _relations(self, conn: duckdb.DuckDBPyConnection) -> list[Relation]:
        return [Relation(*row) for row in conn.execute(_RELATIONS).fetchall()]

    def _columns(self, conn: duckdb.DuckDBPyConnection, rel: Relation) -> list[Column]:
        columns = self._read_schema(conn).of(rel.schema, rel.name)
        keys = self._foreign_keys.get((rel.schema, rel.name), {})
        return [Column(name, declared, comment or None, self.is_json(declared), keys.get(name))
                for name, declared, comment in columns]

    def _read_schema(self, conn: duckdb.DuckDBPyConnection) -> _Columns:
        with self._schema_lock:
            if self._schema is None:
                self._sizes = {(schema_name, table): size
                               for schema_name, table, size in conn.execute(_SIZES).fetchall()}
                self._schema = _Columns(duck.query_arrow(conn, _COLUMNS))
                declared: dict[tuple[str, str], list[tuple[object, str, str, str, str]]] = {}
                for schema, table, index, columns, target_table, targets in conn.execute(_FOREIGN_KEYS).fetchall():
                    declared.setdefault((schema, table), []).extend(
                        (index, column, schema, target_table, target) for column, target in zip(columns, targets))
                self._foreign_keys = {table: single_column_keys(rows) for table, rows in declared.items()}
            return self._schema

    def _fetch(self, conn: duckdb.DuckDBPyConnection, rel: Relation, columns: list[Column],
               options: SampleOptions) -> Fetched:
        select = f"SELECT {', '.join(self.quote(c.name) for c in columns)} FROM {self.qualified(rel)}"
        limit, seed = int(options.rows), int(options.seed)
        size = self._sizes.get((rel.schema, rel.name)) if rel.kind == "table" else None
        estimate = int(size) if size is not None else None
        notes: list[str] = []
        if rel.kind == "view":
            # a view may compute over a large table: sample from a bounded prefix of it
            query = (f"SELECT * FROM ({select} LIMIT {limit * 10}) "
                     f"USING SAMPLE reservoir({limit} ROWS) REPEATABLE ({seed})")
            notes.append(f"view: sampled from its first {limit * 10} rows")
        elif estimate is not None and estimate > self.RESERVOIR_MAX_ROWS:
            percent = min(100.0, 100.0 * 10 * limit / estimate)
            query = (f"SELECT * FROM ({select} USING SAMPLE {percent:.6f}% (system, {seed})) "
                     f"USING SAMPLE reservoir({limit} ROWS) REPEATABLE ({seed})")
            notes.append(f"sampled with USING SAMPLE system ({percent:.4g}%)")
        else:
            query = f"{select} USING SAMPLE reservoir({limit} ROWS) REPEATABLE ({seed})"
        with deadline(self.statement_timeout, conn.interrupt):
            try:
                table = duck.query_arrow(conn, query)
            except duckdb.OutOfMemoryException:
                raise _RowsTooWide(rel.name) from None
        count = estimate if estimate is not None else (table.num_rows if table.num_rows < limit else None)
        return Fetched(parse_json_columns(table, columns), count, notes)

    def _probes(self, conn: duckdb.DuckDBPyConnection, relations: list[Relation]) -> dict[Relation, str]:
        """A table's schema, row count and, up to RESERVOIR_MAX_ROWS rows (sampling reads such a
        table whole anyway), a checksum of every row (`bit_xor(hash(row))`), so an UPDATE that
        keeps the count shows too. Views have no probe: what they compute may change with any
        table. Other processes' writes are seen: the file is opened read-only for this scan."""
        if self._probe_schemas is None:
            self._probe_schemas = {(schema, table): (rows, columns)
                                   for schema, table, rows, columns in conn.execute(_SCHEMAS).fetchall()}
        schemas = self._probe_schemas
        probes: dict[Relation, str] = {}
        summed: list[Relation] = []
        for rel in relations:
            known = schemas.get((rel.schema, rel.name))
            if rel.kind != "table" or known is None:
                continue
            probes[rel] = f"duckdb:{known[1]}:{known[0]}"
            if known[0] is not None and known[0] <= self.RESERVOIR_MAX_ROWS:
                summed.append(rel)
        for start in range(0, len(summed), CHECKSUM_BATCH):
            batch = summed[start:start + CHECKSUM_BATCH]
            query = " UNION ALL ".join(f"SELECT {i}, count(*), bit_xor(hash(t)) FROM {self.qualified(rel)} t"
                                       for i, rel in enumerate(batch))
            try:
                with deadline(self.statement_timeout, conn.interrupt):
                    rows = conn.execute(query).fetchall()
            except duckdb.Error:  # a table that cannot be hashed keeps the count-only probe
                continue
            for index, count, checksum in rows:
                probes[batch[index]] += f":{count}:{checksum}"
        return probes

    def describe_error(self, exc: BaseException) -> str:
        if isinstance(exc, duckdb.InterruptException):
            return f"statement timeout: the query ran longer than {self.statement_timeout:g}s"
        return super().describe_error(exc)

    def close(self) -> None:
        super().close()
        self._close_db()
