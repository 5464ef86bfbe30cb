"""PostgreSQL through psycopg 3: sampled with TABLESAMPLE, sized from the planner statistics.

Sessions are read-only (`default_transaction_read_only`, and psycopg's `read_only`), carry a
`statement_timeout` and a `lock_timeout`, and every unit of work is rolled back, never
committed. Names reach SQL only as quoted identifiers or as bound parameters.

Sampling a table costs O(sample), not O(table):
- the size comes from `pg_class` (`reltuples` scaled to the current page count, as the
  planner does), or from the statistics collector's live-tuple count when never analyzed;
- a table no larger than the sample is read with a plain `LIMIT`;
- a larger one with `TABLESAMPLE BERNOULLI` (small tables: row-level, reads every page) or
  `TABLESAMPLE SYSTEM` (large tables: reads only the sampled pages), over-sampled and then
  shuffled with a seeded `random()` so the `LIMIT` does not favour the first pages;
- views and foreign tables cannot be sampled at random: their first rows are read, bounded.
"""
from __future__ import annotations

from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict
from psycopg.types.numeric import FloatLoader

from inventory.connectors.base import SampleOptions
from inventory.connectors.sql import (
    Column,
    Fetched,
    Relation,
    SqlConnector,
    first_line,
    rows_to_table,
    single_column_keys,
)
from datamap.messages import one_line, scrub

# relkind -> the kind we report: tables (plain, partitioned, materialized) can be sampled
_KINDS = {"r": "table", "p": "table", "m": "table", "v": "view", "f": "view"}

_RELATIONS = """
SELECT n.nspname, c.relname, c.relkind
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm', 'v', 'f')
  AND NOT c.relispartition  -- partitions are sampled through their parent
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
ORDER BY 1, 2
"""

_COLUMNS = """
SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
       pg_catalog.col_description(a.attrelid, a.attnum), t.typname
FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
WHERE a.attrelid = pg_catalog.to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum
"""

# the table's FOREIGN KEYs, one row per (constraint, column)
_FOREIGN_KEYS = """
SELECT k.oid, a.attname, n.nspname, r.relname, ra.attname
FROM pg_catalog.pg_constraint k
CROSS JOIN LATERAL unnest(k.conkey, k.confkey) AS u(attnum, refnum)
JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
JOIN pg_catalog.pg_class r ON r.oid = k.confrelid
JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace
JOIN pg_catalog.pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = u.refnum
WHERE k.contype = 'f' AND k.conrelid = pg_catalog.to_regclass(%s)
"""

# one row per storage-holding relation: the table itself, or every leaf of a partition tree
_SIZES = """
WITH rel AS (SELECT pg_catalog.to_regclass(%s)::oid AS oid),
leaves AS (SELECT oid FROM rel
           UNION SELECT relid FROM rel, pg_catalog.pg_partition_tree(rel.oid) WHERE isleaf)
SELECT c.reltuples, c.relpages,
       pg_catalog.pg_relation_size(c.oid) / current_setting('block_size')::int,
       coalesce(s.n_live_tup, 0)
FROM leaves JOIN pg_catalog.pg_class c ON c.oid = leaves.oid
LEFT JOIN pg_catalog.pg_stat_all_tables s ON s.relid = c.oid
"""

# a table's schema with the statistics counters of its rows and its storage identity: every
# INSERT, UPDATE and DELETE counts in n_tup_*, a TRUNCATE or VACUUM FULL gives a new relfilenode.
# Not n_live_tup: it is an estimate that ANALYZE and VACUUM (autovacuum's too) set again without
# any write, so it moved on tables nobody had touched: the last tables of a bulk load, whose
# loading session reported its inserts after the ANALYZE that followed (n_live_tup 2,000 for
# 1,000 rows), were analysed again by autovacuum a minute later (back to 1,000) and read again
# by the next scan (4 of 300 tables, measured; 21 of 1,000 in bench_warehouse.py)
_PROBES = """
SELECT n.nspname, c.relname, c.relfilenode, pg_catalog.pg_relation_size(c.oid),
       s.n_tup_ins, s.n_tup_upd, s.n_tup_del,
       (SELECT string_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod) || ' '
                          || coalesce(pg_catalog.col_description(a.attrelid, a.attnum), ''), ', ' ORDER BY a.attnum)
        FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_stat_all_tables s ON s.relid = c.oid
WHERE c.relkind IN ('r', 'm')
"""


def estimate_rows(reltuples: float, relpages: int, pages: int, live: int) -> float | None:
    """The planner's estimate of a relation's rows: the analyzed density times its current
    size; the live-tuple count if never analyzed; None if nothing is known."""
    if pages == 0:
        return 0.0
    if reltuples >= 0 and relpages > 0:
        return reltuples / relpages * pages
    return float(live) if live > 0 else None


class PostgresConnector(SqlConnector):
    """A PostgreSQL database (`postgresql://user:${PG_PASSWORD}@host/db`)."""

    family = "postgresql"
    DIALECT = "postgres"
    KIND = "postgres"
    JSON_TYPES = frozenset({"json", "jsonb"})
    SYSTEM_SCHEMAS = frozenset({"information_schema", "pg_catalog"})
    driver_errors = (psycopg.Error,)

    SYSTEM_MIN_PAGES = 1000
    """From this many pages (8 MB) on, sample whole pages (SYSTEM): reading every page for
    row-level BERNOULLI sampling would make the cost grow with the table."""

    OVERSAMPLE = {"SYSTEM": 10, "BERNOULLI": 2}
    """Rows drawn per row kept: SYSTEM takes whole pages, so draw from more of them."""

    def __init__(self, location: str, **options: Any) -> None:
        super().__init__(location, **options)
        self.conninfo = self._conninfo(self.location)

    @staticmethod
    def _conninfo(location: str) -> str:
        # accept SQLAlchemy-style schemes too (postgresql+psycopg://, postgres://)
        scheme, sep, rest = location.partition("://")
        return f"postgresql://{rest}" if sep and scheme.lower().startswith("postgres") else location

    def _params(self) -> dict[str, Any]:
        try:
            return conninfo_to_dict(self._conninfo(self.location))
        except psycopg.ProgrammingError:
            return {}

    def _default_label(self) -> str:
        return str(self._params().get("dbname") or "postgresql")

    def _secrets(self) -> tuple[str, ...]:
        password = self._params().get("password")
        return (str(password),) if password else ()

    def _open(self) -> psycopg.Connection:
        timeout_ms = int(self.statement_timeout * 1000)
        conn = psycopg.connect(
            self.conninfo,
            connect_timeout=10,
            application_name="datamap",
            # UTC: timestamps arrive with a fixed offset, which Arrow converts fastest
            options=(f"-c default_transaction_read_only=on -c statement_timeout={timeout_ms} "
                     f"-c lock_timeout={min(timeout_ms, 5000)} -c TimeZone=UTC"),
        )
        conn.read_only = True
        # numeric as float: exact decimals cost 3x to load and classifiers need no exactness
        conn.adapters.register_loader("numeric", FloatLoader)
        return conn

    def _end(self, conn: psycopg.Connection) -> None:
        conn.rollback()

    def _relations(self, conn: psycopg.Connection) -> list[Relation]:
        rows = conn.execute(_RELATIONS).fetchall()
        return [Relation(schema, name, _KINDS[kind]) for schema, name, kind in rows]

    def _columns(self, conn: psycopg.Connection, rel: Relation) -> list[Column]:
        rows = conn.execute(_COLUMNS, [self.qualified(rel)]).fetchall()
        keys = single_column_keys(conn.execute(_FOREIGN_KEYS, [self.qualified(rel)]).fetchall()) \
            if rel.kind == "table" else {}
        return [Column(name, declared, comment, typname in self.JSON_TYPES, keys.get(name))
                for name, declared, comment, typname in rows]

    def _estimate(self, conn: psycopg.Connection, rel: Relation) -> tuple[float | None, int]:
        sizes = conn.execute(_SIZES, [self.qualified(rel)]).fetchall()
        estimates = [estimate_rows(*row) for row in sizes]
        pages = sum(row[2] for row in sizes)
        return (None if None in estimates else sum(estimates)), pages  # type: ignore[arg-type]

    def _fetch(self, conn: psycopg.Connection, rel: Relation, columns: list[Column],
               options: SampleOptions) -> Fetched:
        select = f"SELECT {', '.join(self.quote(c.name) for c in columns)} FROM {self.qualified(rel)}"
        limit = int(options.rows)
        if rel.kind == "view":
            rows = conn.execute(f"{select} LIMIT {limit}").fetchall()
            return Fetched(rows_to_table(columns, rows), None,
                           [f"view: its first {len(rows)} rows were read (views cannot be sampled at random)"])
        estimate, pages = self._estimate(conn, rel)
        if estimate is None or estimate <= limit:
            # small (or never counted): reading up to the sample size is reading the sample
            rows = conn.execute(f"{select} LIMIT {limit}").fetchall()
            count = len(rows) if len(rows) < limit else (round(estimate) if estimate is not None else None)
            return Fetched(rows_to_table(columns, rows), count)
        method = "SYSTEM" if pages >= self.SYSTEM_MIN_PAGES else "BERNOULLI"
        percent = min(100.0, 100.0 * self.OVERSAMPLE[method] * limit / estimate)
        seed = int(options.seed)
        conn.execute("SELECT setseed(%s)", [(seed % 1000) / 1000.0])
        rows = conn.execute(f"{select} TABLESAMPLE {method} ({percent:.6f}) REPEATABLE ({seed}) "
                            f"ORDER BY random() LIMIT {limit}").fetchall()
        notes = [f"sampled with TABLESAMPLE {method} ({percent:.4g}%)"]
        if len(rows) < limit // 2:
            # the statistics overstate the table (rows deleted since ANALYZE): read it bounded
            rows = conn.execute(f"{select} LIMIT {limit}").fetchall()
            notes.append("statistics out of date: read the first rows instead")
            return Fetched(rows_to_table(columns, rows), len(rows) if len(rows) < limit else None, notes)
        return Fetched(rows_to_table(columns, rows), round(estimate), notes)

    def _probes(self, conn: psycopg.Connection, relations: list[Relation]) -> dict[Relation, str]:
        """Plain tables and materialized views: schema, relfilenode, size and the statistics
        counters of inserted, updated and deleted rows (`pg_stat_all_tables`). The counters
        are cumulative statistics a session reports when it goes idle: a write committed an
        instant before the scan may show a moment later (docs/scale.md). Views and partitioned
        tables have no probe and are always read."""
        wanted = {(rel.schema, rel.name): rel for rel in relations if rel.kind == "table"}
        probes = {}
        for schema, name, *rest in conn.execute(_PROBES).fetchall():
            rel = wanted.get((schema, name))
            if rel is not None:
                probes[rel] = "postgres:" + ":".join(str(v) for v in rest)
        return probes

    def describe_error(self, exc: BaseException) -> str:
        if isinstance(exc, pg_errors.QueryCanceled):
            return f"statement timeout: the query ran longer than {self.statement_timeout:g}s"
        if isinstance(exc, pg_errors.LockNotAvailable):
            return "lock timeout: the table is locked by another session"
        if isinstance(exc, psycopg.Error) and exc.diag.message_primary:
            return one_line(scrub(exc.diag.message_primary))
        return first_line(exc)
