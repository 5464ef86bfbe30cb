"""How long a PostgreSQL scan takes, next to a bare `SELECT count(*)` over the same tables.

    python benchmarks/bench_databases.py                 # 1,000 tables x 20 columns, 10M-row table
    python benchmarks/bench_databases.py --tables 100 --big-rows 1000000   # a quicker run
    python benchmarks/bench_databases.py --url postgresql://...            # an existing server

Starts a throwaway PostgreSQL cluster (tests/pg_cluster.py) unless `--url` is given, loads
`--tables` tables of `--columns` columns and a `--big-rows` table beside a 10k-row table of
the same shape, then prints, measured in the same run:
- sampling every small table (connector `datasets()` + `sample()`, `--workers` threads over a
  bounded pool) beside `SELECT count(*)` of each of them, and beside the cheapest read of the
  same volume, a bare `SELECT * ... LIMIT <sample rows>` fetched by psycopg in one session;
- sampling the big table beside sampling the 10k-row one (median of `--repeat` runs): with
  sampling pushed into the server the two should cost about the same, while `count(*)`
  grows with the table;
- optionally (`--classify`) the full pipeline, sampling plus classification.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inventory.connectors import SampleOptions, connector_for  # noqa: E402
from tests.pg_cluster import run_against_postgres  # noqa: E402

# column templates cycled over the wide tables: a mix of personal and technical values
TEMPLATES = [
    ("id_{n}", "bigint", "g"),
    ("email_{n}", "text", "'user' || g || '@example.com'"),
    ("full_name_{n}", "text", "'Name ' || g"),
    ("phone_{n}", "text", "'+1 555 01' || lpad((g % 100)::text, 2, '0')"),
    ("created_{n}", "timestamptz", "timestamptz '2024-01-01' + g * interval '1 minute'"),
    ("amount_{n}", "numeric(10,2)", "(g % 1000) / 7.0"),
    ("ip_{n}", "text", "'10.0.' || (g % 200) || '.' || (g % 250)"),
    ("status_{n}", "text", "CASE WHEN g % 3 = 0 THEN 'ok' ELSE 'retry' END"),
]


def columns_for(count: int) -> list[tuple[str, str, str]]:
    return [(TEMPLATES[i % len(TEMPLATES)][0].format(n=i), *TEMPLATES[i % len(TEMPLATES)][1:])
            for i in range(count)]


def create_table(conn: psycopg.Connection, name: str, columns: list[tuple[str, str, str]], rows: int) -> None:
    ddl = ", ".join(f"{col} {kind}" for col, kind, _ in columns)
    values = ", ".join(expr for _, _, expr in columns)
    conn.execute(f"CREATE TABLE {name} ({ddl})")
    conn.execute(f"INSERT INTO {name} SELECT {values} FROM generate_series(1, {rows}) g")


def load(url: str, args: argparse.Namespace) -> None:
    started = time.perf_counter()
    wide = columns_for(args.columns)
    narrow = columns_for(6)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS wide CASCADE; CREATE SCHEMA wide")
        conn.execute("DROP SCHEMA IF EXISTS sized CASCADE; CREATE SCHEMA sized")
        for index in range(args.tables):
            create_table(conn, f"wide.t{index:04d}", wide, args.rows_per_table)
        create_table(conn, "sized.rows_10k", narrow, 10_000)
        create_table(conn, "sized.rows_big", narrow, args.big_rows)
        conn.execute("ANALYZE")
    print(f"loaded {args.tables} tables x {args.columns} columns x {args.rows_per_table} rows, "
          f"a {args.big_rows:,}-row table and a 10,000-row table in {time.perf_counter() - started:.1f}s")


def timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def sample_all(url: str, include: str, args: argparse.Namespace) -> int:
    connector = connector_for(url, include=[include], max_connections=args.workers)
    try:
        refs = list(connector.datasets())
        options = SampleOptions(rows=args.sample_rows)
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            samples = list(pool.map(lambda ref: connector.sample(ref, options), refs))
        return sum(s.sampled_rows for s in samples)
    finally:
        connector.close()


def over_tables(url: str, schema: str, query: str) -> int:
    """Run `query` (with `{table}`) over every table of `schema`, one session, in order."""
    with psycopg.connect(url) as conn:
        names = [row[0] for row in conn.execute(
            "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND relkind = 'r' ORDER BY 1", [schema]).fetchall()]
        return sum(len(conn.execute(query.format(table=f'{schema}."{name}"')).fetchall()) for name in names)


def median_time(action, repeat: int) -> float:  # type: ignore[no-untyped-def]
    return statistics.median(timed(action) for _ in range(repeat))


def run(url: str, args: argparse.Namespace) -> None:
    if not args.no_load:
        load(url, args)
    scan_wide = timed(lambda: sample_all(url, "wide.*", args))
    count_wide = timed(lambda: over_tables(url, "wide", "SELECT count(*) FROM {table}"))
    fetch_wide = timed(lambda: over_tables(url, "wide", f"SELECT * FROM {{table}} LIMIT {args.sample_rows}"))
    print(f"{args.tables} tables x {args.columns} columns: sampling {scan_wide:.2f}s "
          f"({scan_wide / args.tables * 1000:.1f} ms/table, {args.workers} sessions), "
          f"SELECT count(*) {count_wide:.2f}s (ratio {scan_wide / count_wide:.1f}), "
          f"SELECT * LIMIT {args.sample_rows} {fetch_wide:.2f}s (ratio {scan_wide / fetch_wide:.2f})")

    sample_big = median_time(lambda: sample_all(url, "sized.rows_big", args), args.repeat)
    sample_small = median_time(lambda: sample_all(url, "sized.rows_10k", args), args.repeat)
    with psycopg.connect(url) as conn:
        count_big = median_time(lambda: conn.execute("SELECT count(*) FROM sized.rows_big").fetchone(), args.repeat)
        count_small = median_time(lambda: conn.execute("SELECT count(*) FROM sized.rows_10k").fetchone(),
                                  args.repeat)
    print(f"sampling {args.big_rows:,} rows: {sample_big * 1000:.1f} ms; 10,000 rows: {sample_small * 1000:.1f} ms; "
          f"ratio {sample_big / sample_small:.2f}")
    print(f"SELECT count(*) {args.big_rows:,} rows: {count_big * 1000:.1f} ms; 10,000 rows: "
          f"{count_small * 1000:.1f} ms; ratio {count_big / count_small:.1f}")

    if args.classify:
        from inventory.scan import scan

        started = time.perf_counter()
        result = scan([url])
        elapsed = time.perf_counter() - started
        fields = sum(len(d.fields) for d in result.datasets)
        print(f"full scan with classification: {len(result.datasets)} datasets, {fields} fields in "
              f"{elapsed:.1f}s ({fields / elapsed:.0f} fields/s), {len(result.errors)} errors")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an existing PostgreSQL database (default: a throwaway cluster)")
    parser.add_argument("--tables", type=int, default=1000)
    parser.add_argument("--columns", type=int, default=20)
    parser.add_argument("--rows-per-table", type=int, default=1000)
    parser.add_argument("--big-rows", type=int, default=10_000_000)
    parser.add_argument("--sample-rows", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-load", action="store_true", help="reuse tables loaded by an earlier run (--url)")
    parser.add_argument("--classify", action="store_true", help="also time the full scan with classification")
    args = parser.parse_args()
    run_against_postgres(lambda url: run(url, args), args.url,
                         settings={"shared_buffers": "256MB", "max_wal_size": "4GB"})


if __name__ == "__main__":
    main()
