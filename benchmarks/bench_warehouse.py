"""Warehouse-scale scans: tables per second, ms per field and peak memory of `datamap scan`.

usage: python benchmarks/bench_warehouse.py [--tables N ...] [--rows R] [--workers W ...] [--dir DIR]
                                           [--engines local ray]

Builds (once, cached in DIR) DuckDB warehouses of N tables each (default 1,000 and 10,000),
every table with R rows (default 1,000) and about eleven columns: four or five personal ones
(e-mails, IP addresses, phone numbers, user agents, names, device ids, coordinates, birth
dates, cities, street addresses) among six or seven that are not (order ids, amounts,
currencies, statuses, timestamps, quantities, SKUs, flags, event UUIDs, scores, categories).
Values are generated in SQL, deterministically, and differ from table to table.

Then runs `datamap scan WAREHOUSE` in a fresh process for each worker count (default 1 and 2)
and prints wall time, tables/s, ms per field (wall / fields), the scan's peak RSS (the largest
process, from getrusage) and the speed-up of each worker count over the first. Timings are
of this machine under whatever else runs on it: compare the ratios measured in one run.
Use `--tables 100` for a quick run. With `--engines local ray` (needs the `ray` extra), the
same warehouse is then scanned with `--engine ray` on a local Ray cluster of the largest worker
count, and its time is given against the process pool's with as many workers.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (column name, SQL expression over the row number `i` and the table number `t`)
PERSONAL = [
    ("email", "'user' || (i * 7919 + t) || '@' || ['example.com', 'mail.org', 'corp.net'][1 + i % 3]"),
    ("client_ip", "(1 + (i * 37 + t) % 223) || '.' || (i * 11 % 256) || '.' || (t % 256) || '.' || (1 + i % 254)"),
    ("phone", "'+1415' || lpad(((i * 7907 + t * 13) % 10000000)::VARCHAR, 7, '0')"),
    ("user_agent", "['Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.1 Mobile/15E148 Safari/604.1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/"
                   "537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', 'Mozilla/5.0 (Linux; Android 14; "
                   "SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36']"
                   "[1 + (i + t) % 3]"),
    ("full_name", "['Anna', 'James', 'Maria', 'Wei', 'Olga', 'Pedro', 'Fatima', 'John', 'Yuki', 'Lena'][1 + i % 10]"
                  " || ' ' || ['Smith', 'Garcia', 'Muller', 'Chen', 'Novak', 'Silva', 'Khan', 'Brown', 'Sato',"
                  " 'Rossi'][1 + (i * 7 + t) % 10]"),
    ("device_id", "regexp_replace(md5(t || '-' || i), '^(.{8})(.{4})(.{4})(.{4})(.{12})$', '\\1-\\2-\\3-\\4-\\5')"),
    ("latitude", "round(37.0 + ((i * 7919 + t) % 100000) / 100000.0, 5)"),
    ("birth_date", "DATE '1950-01-01' + ((i * 37 + t) % 18000)::INTEGER"),
    ("city", "['Berlin', 'Paris', 'Madrid', 'Chicago', 'Toronto', 'Osaka', 'Lagos', 'Lima', 'Oslo', 'Perth']"
             "[1 + (i * 3 + t) % 10]"),
    ("street_address", "(1 + i % 999) || ' ' || ['Main', 'Oak', 'Maple', 'Cedar', 'Elm'][1 + (i + t) % 5] || ' Street'"),
]
OTHER = [
    ("order_id", "t * 100000 + i"),
    ("amount", "round(((i * 7919 + t) % 100000) / 100.0, 2)"),
    ("currency", "['EUR', 'USD', 'GBP', 'JPY'][1 + (i + t) % 4]"),
    ("status", "['paid', 'open', 'refunded', 'shipped'][1 + (i * 3 + t) % 4]"),
    ("created_at", "TIMESTAMP '2024-01-01' + to_seconds((i * 97 + t * 3600)::BIGINT)"),
    ("quantity", "1 + (i + t) % 17"),
    ("sku", "'SKU-' || lpad(((i * 31 + t) % 100000)::VARCHAR, 5, '0')"),
    ("is_active", "(i + t) % 2 = 0"),
    ("event_uuid", "md5('e' || t || '-' || i)::UUID"),
    ("score", "((i * 31 + t) % 1000) / 10.0"),
    ("category", "['books', 'garden', 'toys', 'electronics', 'grocery'][1 + (i + t) % 5]"),
]


def table_sql(t: int, rows: int) -> str:
    personal = [PERSONAL[(t + k) % len(PERSONAL)] for k in range(4 + t % 2)]
    other = [OTHER[(t * 3 + k) % len(OTHER)] for k in range(7 - t % 2)]
    columns = ", ".join(f"{expr} AS {name}" for name, expr in personal + other)
    return f"CREATE TABLE t{t:05d} AS SELECT {columns} FROM (SELECT range AS i, {t} AS t FROM range({rows}))"


def build(path: Path, tables: int, rows: int) -> Path:
    """The warehouse file (built once; reused when it exists)."""
    from datamap import duck

    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    con = duck.connect(str(partial))
    con.execute("BEGIN")
    for t in range(tables):
        con.execute(table_sql(t, rows))
    con.execute("COMMIT")
    con.close()
    partial.rename(path)
    return path


def run_scan(warehouse: Path, workers: int, catalog: Path, engine: str = "local") -> tuple[float, int, int, int]:
    """(seconds, datasets, fields, peak RSS in MB of the largest process) of one scan."""
    catalog.unlink(missing_ok=True)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "inventory.cli", "scan", str(warehouse), "--catalog", str(catalog),
                           "--workers", str(workers), "--engine", engine, "-q"], cwd=ROOT, capture_output=True,
                          text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 3):
        raise SystemExit(f"scan failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    from datamap import duck

    con = duck.connect(str(catalog), read_only=True)
    datasets, fields = con.execute("SELECT datasets, fields FROM scans ORDER BY scan_id DESC LIMIT 1").fetchone()
    con.close()
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return seconds, int(datasets), int(fields), int(rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "datamap-bench-warehouse")
    parser.add_argument("--engines", nargs="+", choices=["local", "ray"], default=["local"],
                        help="also scan on a local Ray cluster (ray) and compare with the process pool")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    for tables in args.tables:
        started = time.perf_counter()
        warehouse = build(args.dir / f"warehouse-{tables}x{args.rows}.duckdb", tables, args.rows)
        print(f"warehouse: {tables} tables x {args.rows} rows ({warehouse}, ready in "
              f"{time.perf_counter() - started:.0f} s)")
        baseline = None
        pool: dict[int, float] = {}
        for workers in args.workers:
            seconds, datasets, fields, rss = run_scan(warehouse, workers, args.dir / f"catalog-{tables}.duckdb")
            baseline = baseline or seconds
            pool[workers] = seconds
            print(f"  --workers {workers}: {seconds:7.1f} s  {datasets / seconds:6.1f} tables/s  "
                  f"{seconds / fields * 1000:6.2f} ms/field  peak RSS {rss} MB (largest process so far)  "
                  f"speed-up x{baseline / seconds:.2f}  [{datasets} datasets, {fields} fields]")
        if "ray" in args.engines:
            workers = max(args.workers)
            seconds, datasets, fields, _ = run_scan(warehouse, workers, args.dir / f"catalog-{tables}-ray.duckdb",
                                                    engine="ray")
            print(f"  --engine ray --workers {workers} (local cluster, start-up included): {seconds:7.1f} s  "
                  f"{datasets / seconds:6.1f} tables/s  {seconds / fields * 1000:6.2f} ms/field  "
                  f"x{seconds / pool[workers]:.2f} the process pool's time  [{datasets} datasets, {fields} fields]")
    print("not measured here: full vs incremental rescan, PostgreSQL warehouses")


if __name__ == "__main__":
    main()
