"""The core every database connector shares; the families differ only where their engines do.

A database source lists its schemas' tables and views, and samples each one inside the engine
(`TABLESAMPLE`, `USING SAMPLE`, a rowid window), never reading a whole table. What is common
lives here: include/exclude patterns, dataset naming (`<source>/<schema>.<table>`; a file
database's default schema left out, `<file>/<table>`), identifier
quoting (through sqlglot, per dialect), password redaction, `${ENV}` expansion, a bounded
connection pool, a statement deadline, rows -> Arrow with JSON documents parsed into structs,
and the turn of driver errors into `SourceError` / `DatasetReadError`.

A family subclasses `SqlConnector`, sets the class-level flags below and implements the engine
hooks (`_open`, `_relations`, `_columns`, `_fetch`; `_end` where transactions need ending).
Flags are data, in the spirit of sqlglot's dialects: a difference is a named attribute with a
docstring, not an `if`.
"""
from __future__ import annotations

import fnmatch
import functools
import heapq
import itertools
import json
import queue
import threading
import time
import uuid
from abc import abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from catalog.datamap import expand_env as datamap_expand_env
from datamap.flatten import event_time_range, fields_from_table, json_array
from datamap.messages import driver_message
from datamap.model import DatasetReadError, DatasetRef, DatasetSample
from inventory.connectors.base import Connector, SampleOptions, SourceError
from inventory.redaction import normalise_url, redact

DEFAULT_NAMING = "{source}/{schema}.{table}"

# --- text helpers -------------------------------------------------------------------------

def expand_env(text: str) -> str:
    """`${NAME}` replaced by the environment variable (as in `datamap.yaml`), so a URL given
    on the command line can keep its password out of shell history; a missing variable is a
    `SourceError`, not a URL with an empty password that fails later, less clearly."""
    try:
        return datamap_expand_env(text)
    except KeyError as exc:
        raise SourceError(f"environment variable {exc.args[0]} is not set (used in a source location)") from None


#: dialects whose quoted identifiers are `"name"` with `"` doubled (SQL's own rule): quoted here
#: directly, as sqlglot would (a test compares), at a thousandth of its cost (0.4 ms a name is
#: seconds for the names of 10,000 tables)
STANDARD_QUOTING = frozenset({"duckdb", "postgres", "sqlite"})


@functools.lru_cache(maxsize=65536)
def quote_ident(name: str, dialect: str) -> str:
    """`name` as a quoted identifier of `dialect` (sqlglot escapes the quote characters), so
    a table named `x"; drop table y; --` is a name, never SQL."""
    if dialect in STANDARD_QUOTING:
        return '"' + name.replace('"', '""') + '"'
    # imported here: it costs a quarter of a second of every scan's start, for dialects only
    from sqlglot import exp

    return exp.to_identifier(name, quoted=True).sql(dialect=dialect)


def first_line(exc: BaseException) -> str:
    """A driver's error as one line, values from the data masked (`driver_message`)."""
    return driver_message(exc)


def matches(patterns: list[str], schema: str, table: str) -> bool:
    """Whether `schema.table` matches one of the glob patterns; a pattern without a dot
    matches the table name in any schema (`users`, `audit_*`, `public.*`)."""
    qualified = f"{schema}.{table}"
    return any(fnmatch.fnmatchcase(qualified if "." in pattern else table, pattern) for pattern in patterns)


def default_schema_table(table: str) -> str:
    """A table of the default schema as the last segment of its dataset name: as it is, or, when
    it holds a dot or a slash (or starts with a quote), quoted as SQL quotes it (`"sales.q1"`), so
    that it never reads as another schema's table (`sales.q1`) or as a folder."""
    if any(c in table for c in "./") or table.startswith('"'):
        return quote_ident(table, "duckdb")
    return table


def single_column_keys(keys: list[tuple[object, str, str, str, str]]) -> dict[str, tuple[str, str, str]]:
    """column -> (schema, table, column) of the foreign keys made of one column, from rows of
    (constraint id, column, referenced schema, table, column): a column of a composite key
    (`(tenant_id, user_id)`) holds no key of the referenced table by itself."""
    columns: dict[object, list[tuple[str, str, str, str]]] = {}
    for key, column, schema, table, target in keys:
        columns.setdefault(key, []).append((column, schema, table, target))
    found = {}
    for parts in columns.values():
        if len(parts) == 1:
            column, schema, table, target = parts[0]
            found.setdefault(column, (schema, table, target))
    return found


def _as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


# --- shapes -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Relation:
    """A table or view of the database, as its catalog names it."""

    schema: str
    name: str
    kind: str  # table | view  (materialized views, foreign and partitioned tables map to these)


@dataclass(frozen=True)
class Column:
    """A column's declaration: its type as the database spells it, and its comment."""

    name: str
    declared_type: str
    comment: str | None = None
    is_json: bool = False
    #: (schema, table, column) of a single-column FOREIGN KEY the schema declares on this column
    foreign_key: tuple[str, str, str] | None = None


@dataclass
class Fetched:
    """What one sampling query brought back."""

    table: pa.Table
    row_count: int | None
    notes: list[str] = field(default_factory=list)


# --- rows -> Arrow ------------------------------------------------------------------------

def scalar_array(values: list[Any]) -> pa.Array:
    """Driver values as an Arrow array; types Arrow does not know (inet, UUID, ranges,
    intervals in some drivers) become their text form, which is what classifiers read."""
    try:
        array = pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError, OverflowError):
        return pa.array([None if v is None else str(v) for v in values], pa.string())
    if isinstance(array.type, pa.ExtensionType) or any(isinstance(v, uuid.UUID) for v in values[:1]):
        return pa.array([None if v is None else str(v) for v in values], pa.string())
    return array


def rows_to_table(columns: list[Column], rows: list[tuple[Any, ...]]) -> pa.Table:
    """Driver rows as an Arrow table, one array per column, JSON columns parsed."""
    arrays = []
    for index, column in enumerate(columns):
        values = [row[index] for row in rows]
        arrays.append(json_array(values) if column.is_json else scalar_array(values))
    return pa.Table.from_arrays(arrays, names=[c.name for c in columns])


def parse_json_columns(table: pa.Table, columns: list[Column]) -> pa.Table:
    """An Arrow result whose JSON columns arrived as text, with those columns parsed."""
    for index, column in enumerate(columns):
        if column.is_json and (pa.types.is_string(table.schema.field(index).type)
                               or pa.types.is_large_string(table.schema.field(index).type)):
            table = table.set_column(index, column.name, json_array(table.column(index).to_pylist()))
    return table


# --- connections --------------------------------------------------------------------------

class ConnectionPool:
    """At most `size` connections, opened lazily and reused, so tables scanned in parallel
    never hold more than `size` sessions on the server."""

    def __init__(self, opener: Callable[[], Any], closer: Callable[[Any], None], size: int) -> None:
        self._opener = opener
        self._closer = closer
        self.size = max(1, size)
        self._slots = threading.BoundedSemaphore(self.size)
        self._idle: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._all: list[Any] = []
        self._lock = threading.Lock()
        # one recycle at a time: two taking the slots one by one could each hold some, forever
        self._recycling = threading.Lock()

    @contextmanager
    def connection(self) -> Iterator[Any]:
        with self._slots:
            try:
                conn = self._idle.get_nowait()
            except queue.Empty:
                conn = self._opener()
                with self._lock:
                    self._all.append(conn)
            healthy = False
            try:
                yield conn
                healthy = True
            finally:
                if healthy:
                    self._idle.put(conn)
                else:  # a failed statement may leave the session unusable: never reuse it
                    self._discard(conn)

    @property
    def open_connections(self) -> int:
        """How many connections are open now (idle or in use)."""
        with self._lock:
            return len(self._all)

    def _discard(self, conn: Any) -> None:
        with self._lock:
            if conn in self._all:
                self._all.remove(conn)
        self._closer(conn)

    def close(self) -> None:
        with self._lock:
            conns, self._all = self._all, []
            while not self._idle.empty():  # closed below: never handed out again
                self._idle.get_nowait()
        for conn in conns:
            self._closer(conn)

    def recycle(self, then: Callable[[], None] | None = None) -> None:
        """Close every connection once none is in use (waiting for those in use to come
        back), call `then`, and let the next ones be opened afresh. For engines that keep
        state per connection that grows with what was read (DuckDB's table metadata). The
        caller must not hold a connection of this pool."""
        with self._recycling:
            for _ in range(self.size):
                self._slots.acquire()
            try:
                self.close()
                if then is not None:
                    then()
            finally:
                for _ in range(self.size):
                    self._slots.release()


class _Watchdog:
    """One thread that calls the `interrupt` of each block that outlives its deadline. A thread
    per statement (threading.Timer) cost more to start than a small table's whole sample.

    The thread is woken only by a deadline sooner than the one it sleeps towards; with one
    timeout for every statement that is only when it has none. Woken for every statement, it
    took 5 % of a 1,000-table scan's sampling threads (py-spy, a loaded machine). A finished
    statement's entry stays in the heap until its time comes, without its `interrupt`: a
    connection is not kept alive by a statement that ended."""

    def __init__(self) -> None:
        self._due: list[list[Any]] = []  # a heap of [when, token, interrupt or None], soonest first
        self._entries: dict[int, list[Any]] = {}  # the entries of the running blocks, by token
        self._wake = threading.Condition()
        self._counter = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, seconds: float, interrupt: Callable[[], None]) -> int:
        with self._wake:
            token = next(self._counter)
            entry = [time.monotonic() + seconds, token, interrupt]
            sooner = not self._due or entry[0] < self._due[0][0]
            heapq.heappush(self._due, entry)
            self._entries[token] = entry
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="datamap-statement-timeout", daemon=True)
                self._thread.start()
            elif sooner:
                self._wake.notify()
            return token

    def cancel(self, token: int) -> None:
        with self._wake:
            entry = self._entries.pop(token, None)
            if entry is not None:
                entry[2] = None

    def _run(self) -> None:
        with self._wake:
            while True:
                while self._due and self._due[0][2] is None:
                    heapq.heappop(self._due)
                if not self._due:
                    self._wake.wait()
                    continue
                when, token, interrupt = self._due[0]
                now = time.monotonic()
                if when > now:
                    self._wake.wait(when - now)
                    continue
                heapq.heappop(self._due)
                del self._entries[token]
                interrupt()


_watchdog = _Watchdog()


@contextmanager
def deadline(seconds: float, interrupt: Callable[[], None]) -> Iterator[None]:
    """Call `interrupt` if the block runs longer than `seconds`: the statement timeout of
    engines without one (DuckDB, SQLite interrupt the running query from another thread)."""
    token = _watchdog.watch(seconds, interrupt)
    try:
        yield
    finally:
        _watchdog.cancel(token)


# --- the shared connector -----------------------------------------------------------------

class SqlConnector(Connector):
    """A database: tables and views of its schemas, each sampled inside the engine.

    Options (keyword arguments, as in a `sources:` entry of `datamap.yaml`):
    `include` / `exclude` glob patterns over `schema.table`; `naming`, the dataset name
    template (default `{source}/{schema}.{table}`, `{source}/{table}` in a file database's
    default schema; `{source}/{schema}/{table}` makes the last path segment the table name);
    `max_connections` (parallel sessions, default 4);
    `statement_timeout` in seconds (default 30).
    """

    DIALECT: str = ""
    """sqlglot dialect name used to quote identifiers."""

    KIND: str = "sql"
    """Prefix of the dataset kind: `<KIND>-table`, `<KIND>-view`."""

    JSON_TYPES: frozenset[str] = frozenset({"json", "jsonb"})
    """Declared types (lower case, before any parenthesis) whose values are JSON documents."""

    SYSTEM_SCHEMAS: frozenset[str] = frozenset({"information_schema"})
    """Schemas that hold the engine's own catalog: never scanned."""

    DEFAULT_SCHEMA: str | None = None
    """The schema a database file opens in (SQLite's and DuckDB's `main`), left out of dataset
    names under the default naming: people call the table `chinook.db/Artist`, never
    `chinook.db/main.Artist`, and a name they write must find ours. None (servers): every name
    keeps its schema, `public.` there being the user's own choice."""

    def __init__(self, location: str, *, name: str | None = None,
                 include: str | list[str] | None = None, exclude: str | list[str] | None = None,
                 naming: str = DEFAULT_NAMING, max_connections: int = 4,
                 statement_timeout: float = 30.0, **_: object) -> None:
        # `p@ss/word` in a password: encoded, so every driver splits the URL where the user meant
        self.location = normalise_url(expand_env(location))
        self.label = name or self._default_label()
        self.include = _as_list(include)
        self.exclude = _as_list(exclude)
        try:
            naming.format(source="s", schema="s", table="t")
        except (KeyError, IndexError, ValueError) as exc:
            raise SourceError(f"bad dataset naming {naming!r}: use the fields {{source}}, {{schema}} "
                              f"and {{table}} ({exc!r})") from None
        self.naming = naming
        self.statement_timeout = float(statement_timeout)
        self.pool = ConnectionPool(self._open_checked, self._close_conn, int(max_connections))

    # -- what a family provides -----------------------------------------------------------

    @abstractmethod
    def _default_label(self) -> str:
        """The source name used in dataset names when the config gives none."""

    @abstractmethod
    def _open(self) -> Any:
        """A new read-only connection (the driver's error propagates)."""

    @abstractmethod
    def _relations(self, conn: Any) -> list[Relation]:
        """Every table and view, system schemas included (filtered by the core)."""

    @abstractmethod
    def _columns(self, conn: Any, rel: Relation) -> list[Column]:
        """The relation's columns in order; an empty list if the relation no longer exists."""

    @abstractmethod
    def _fetch(self, conn: Any, rel: Relation, columns: list[Column], options: SampleOptions) -> Fetched:
        """A sample of at most `options.rows` rows, drawn inside the engine."""

    def _close_conn(self, conn: Any) -> None:
        conn.close()

    def _end(self, conn: Any) -> None:
        """End the unit of work on `conn` without committing anything (roll back)."""

    def _secrets(self) -> tuple[str, ...]:
        """Strings to redact from every message (the password of the location)."""
        return ()

    driver_errors: tuple[type[BaseException], ...] = ()
    """The driver's exception classes: turned into SourceError / DatasetReadError."""

    # -- the shared part ------------------------------------------------------------------

    @property
    def source_name(self) -> str:
        return self.label

    @property
    def parallelism(self) -> int:
        return self.pool.size

    def redact(self, text: str) -> str:
        return redact(text, self._secrets())

    def quote(self, name: str) -> str:
        return quote_ident(name, self.DIALECT)

    def qualified(self, rel: Relation) -> str:
        return f"{self.quote(rel.schema)}.{self.quote(rel.name)}"

    def is_json(self, declared_type: str) -> bool:
        return declared_type.lower().split("(", 1)[0].strip() in self.JSON_TYPES

    def _open_checked(self) -> Any:
        try:
            return self._open()
        except self.driver_errors as exc:
            raise SourceError(self.redact(f"cannot connect to {self.redacted_location()}: {first_line(exc)}")) from None

    def redacted_location(self) -> str:
        return self.redact(self.location)

    def dataset_name(self, rel: Relation) -> str:
        if self.naming == DEFAULT_NAMING and rel.schema == self.DEFAULT_SCHEMA:
            return f"{self.label}/{default_schema_table(rel.name)}"
        return self.naming.format(source=self.label, schema=rel.schema, table=rel.name)

    def wanted(self, rel: Relation) -> bool:
        if rel.schema in self.SYSTEM_SCHEMAS:
            return False
        if self.include and not matches(self.include, rel.schema, rel.name):
            return False
        return not matches(self.exclude, rel.schema, rel.name)

    def datasets(self) -> Iterator[DatasetRef]:
        try:
            with self.pool.connection() as conn:
                try:
                    relations = self._relations(conn)
                finally:
                    self._end(conn)
        except self.driver_errors as exc:
            raise SourceError(self.redact(f"cannot list tables of {self.redacted_location()}: "
                                          f"{first_line(exc)}")) from None
        for rel in relations:
            if self.wanted(rel):
                yield DatasetRef(name=self.dataset_name(rel), location=json.dumps([rel.schema, rel.name]),
                                 kind=f"{self.KIND}-{rel.kind}")

    def sample(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        schema, table = json.loads(ref.location)
        rel = Relation(schema, table, ref.kind.rsplit("-", 1)[-1])
        try:
            with self.pool.connection() as conn:
                try:
                    columns = self._columns(conn, rel)
                    if not columns:
                        raise DatasetReadError(f"{rel.schema}.{rel.name} no longer exists (dropped during the scan?)")
                    fetched = self._fetch(conn, rel, columns, options)
                finally:
                    self._end(conn)
        except self.driver_errors as exc:
            raise DatasetReadError(self.redact(self.describe_error(exc))) from None
        return self._to_sample(ref, columns, fetched)

    def fingerprints(self, refs: list[DatasetRef]) -> dict[DatasetRef, str]:
        """Each table's probe (`_probes`), read in one session; a driver error leaves every
        dataset without one (read again), never fails the scan."""
        relations = {}
        for ref in refs:
            schema, table = json.loads(ref.location)
            relations[ref] = Relation(schema, table, ref.kind.rsplit("-", 1)[-1])
        if not relations:
            return {}
        try:
            with self.pool.connection() as conn:
                try:
                    probes = self._probes(conn, list(relations.values()))
                finally:
                    self._end(conn)
        except self.driver_errors:
            return {}
        return {ref: probes[rel] for ref, rel in relations.items() if rel in probes}

    def _probes(self, conn: Any, relations: list[Relation]) -> dict[Relation, str]:
        """The family's probe of each relation it can probe cheaply (see `Connector.fingerprints`);
        none by default."""
        return {}

    def describe_error(self, exc: BaseException) -> str:
        """One line for a driver error while sampling (families add their codes)."""
        return first_line(exc)

    def _to_sample(self, ref: DatasetRef, columns: list[Column], fetched: Fetched) -> DatasetSample:
        fields = fields_from_table(fetched.table)
        declared = {c.name: c for c in columns}
        json_roots = {c.name for c in columns if c.is_json}
        for sample in fields:
            column = declared.get(sample.path)
            if column is not None:
                sample.declared_type = column.declared_type
                sample.comment = column.comment
                if column.foreign_key is not None:
                    schema, table, target = column.foreign_key
                    sample.foreign_key = (self.dataset_name(Relation(schema, table, "table")), target)
            elif sample.path.split(".", 1)[0] in json_roots:
                sample.origin = "json"
                sample.document = sample.path.split(".", 1)[0]
        oldest, newest = event_time_range(fields)
        return DatasetSample(
            name=ref.name,
            source=self.source_name,
            kind=ref.kind,
            fields=fields,
            row_count=fetched.row_count,
            sampled_rows=fetched.table.num_rows,
            oldest_event=oldest,
            newest_event=newest,
            notes=fetched.notes,
            location=ref.location,
            rows=fetched.table,
        )

    def close(self) -> None:
        self.pool.close()
