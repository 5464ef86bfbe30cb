"""Warehouse-scale scans: tables per second, ms per field and peak memory of `datamap scan`.

usage: python benchmarks/bench_warehouse.py [--tables N ...] [--rows R] [--workers W ...] [--dir DIR]
                                           [--changed PERCENT] [--postgres N] [--engines local ray]

Builds (once, cached in DIR) DuckDB warehouses of N tables each (default 1,000 and 10,000),
every table with R rows (default 1,000) and about eleven columns: four or five personal ones
(e-mails, IP addresses, phone numbers, user agents, names, device ids, coordinates, birth
dates, cities, street addresses) among six or seven that are not (order ids, amounts,
currencies, statuses, timestamps, quantities, SKUs, flags, event UUIDs, scores, categories).
Values are generated in SQL, deterministically, and differ from table to table.

Then runs `datamap scan WAREHOUSE` in a fresh process for each worker count (default 1 and 2)
and prints wall time, tables/s, ms per field (wall / fields), the scan's peak memory (the
summed PSS and RSS of its whole process tree, the scan and its workers, sampled every 0.1 s,
and those of its largest single process; see `TreeMemory`), its CPU seconds (the scanning
process's and the others': workers, forkserver, Ray) with the cores it kept busy on average,
and the speed-up of each worker count over the first. On a machine shared with other work the
wall times stretch with the load; the CPU seconds show whether a speed-up was lost to the load
or to the scan.

Then the incremental rescan: PERCENT of the tables (default 1 %) get one row updated, and the
same catalog is scanned again (the other tables are reused, unread), against the full scan
with the most workers: its time as a share of the full scan's (target <= 5 %).

`--engines local ray` (needs the `ray` extra) also scans each warehouse with `--engine ray` on
a local Ray cluster of the largest worker count (its start-up included) and gives its time as
a multiple of the process pool's with as many workers; the incremental rescan is then made on
Ray too.

`--postgres N` loads the first N tables of the first warehouse into a throwaway PostgreSQL
server (tests/pg_cluster.py: initdb on a free port) and runs the same measurements on it.

Timings are of this machine under whatever else runs on it: compare the ratios measured in
one run. Use `--tables 100` for a quick run.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (column name, SQL expression over the row number `i` and the table number `t`)
PERSONAL = [
    ("email", "'user' || (i * 7919 + t) || '@' || ['example.com', 'mail.org', 'corp.net'][1 + i % 3]"),
    ("client_ip", "(1 + (i * 37 + t) % 223) || '.' || (i * 11 % 256) || '.' || (t % 256) || '.' || (1 + i % 254)"),
    ("phone", "'+1415' || lpad(((i * 7907 + t * 13) % 10000000)::VARCHAR, 7, '0')"),
    ("user_agent", ("['Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.1 Mobile/15E148 Safari/604.1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/"
                   "537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', 'Mozilla/5.0 (Linux; Android 14; "
                   "SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36']"
                   "[1 + (i + t) % 3]")),
    ("full_name", ("['Anna', 'James', 'Maria', 'Wei', 'Olga', 'Pedro', 'Fatima', 'John', 'Yuki', 'Lena'][1 + i % 10]"
                  " || ' ' || ['Smith', 'Garcia', 'Muller', 'Chen', 'Novak', 'Silva', 'Khan', 'Brown', 'Sato',"
                  " 'Rossi'][1 + (i * 7 + t) % 10]")),
    ("device_id", "regexp_replace(md5(t || '-' || i), '^(.{8})(.{4})(.{4})(.{4})(.{12})$', '\\1-\\2-\\3-\\4-\\5')"),
    ("latitude", "round(37.0 + ((i * 7919 + t) % 100000) / 100000.0, 5)"),
    ("birth_date", "DATE '1950-01-01' + ((i * 37 + t) % 18000)::INTEGER"),
    ("city", ("['Berlin', 'Paris', 'Madrid', 'Chicago', 'Toronto', 'Osaka', 'Lagos', 'Lima', 'Oslo', 'Perth']"
             "[1 + (i * 3 + t) % 10]")),
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


class TreeMemory:
    """The memory and CPU time of a process and all its descendants (the scan, its worker
    processes, a local Ray cluster's processes), sampled from /proc every 0.1 s in a thread:
    the peaks of the tree's summed RSS and summed PSS, and of the largest single process's RSS
    and PSS; the CPU seconds of the scanning process and of the others.

    RSS counts a page shared by several processes (libraries, a forked worker's inherited
    pages) once in each: summed over the tree it is an upper bound. PSS (`smaps_rollup`)
    divides a shared page among the processes sharing it: summed, it is the memory the tree
    really holds. The target (< 1 GB) is judged on the tree's summed PSS, the memory the scan
    takes from the machine; the summed RSS is printed beside it.

    CPU time shows what wall time hides on a machine shared with other work: how much of the
    work the scanning process itself does (sampling, writing: the part that does not scale with
    workers), and how many cores the tree kept busy on average (CPU seconds / wall seconds);
    on a machine shared with other work, wall time stretches but CPU seconds do not."""

    INTERVAL = 0.1

    def __init__(self, pid: int) -> None:
        self.pid, self._stop = pid, threading.Event()
        self.tree_rss = self.tree_pss = self.largest_rss = self.largest_pss = 0  # kB
        self.cpu: dict[int, float] = {}  # pid -> CPU seconds (user + system), last seen
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.is_set():
            pids = _tree(self.pid)
            sizes = [_memory_kb(pid) for pid in pids]
            self.tree_rss = max(self.tree_rss, sum(rss for rss, _ in sizes))
            self.tree_pss = max(self.tree_pss, sum(pss for _, pss in sizes))
            self.largest_rss = max([self.largest_rss, *(rss for rss, _ in sizes)])
            self.largest_pss = max([self.largest_pss, *(pss for _, pss in sizes)])
            for pid in pids:
                seconds = _cpu_seconds(pid)
                if seconds is not None:
                    self.cpu[pid] = max(self.cpu.get(pid, 0.0), seconds)
            self._stop.wait(self.INTERVAL)

    @property
    def scanner_cpu(self) -> float:
        return self.cpu.get(self.pid, 0.0)

    @property
    def others_cpu(self) -> float:
        return sum(seconds for pid, seconds in self.cpu.items() if pid != self.pid)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _tree(pid: int) -> list[int]:
    """`pid` and its descendants now (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo += [int(child) for child in handle.read().split()]
        except OSError:  # the process ended meanwhile
            continue
    return found


_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int, thread: int | None = None) -> float | None:
    """User + system CPU seconds of a process, or of one of its threads (Linux /proc), None once
    it has ended."""
    try:
        with open(f"/proc/{pid}/task/{thread}/stat" if thread is not None else f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime (fields 14, 15 of stat)


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process in kB; zeros once it has ended."""
    found = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith(("Rss:", "Pss:")):
                    found[line[:3]] = int(line.split()[1])
    except OSError:
        pass
    return found.get("Rss", 0), found.get("Pss", 0)


@dataclass
class Run:
    """One scan: its wall time, what the catalog says it did, its memory."""

    seconds: float
    datasets: int
    fields: int
    reused: int
    memory_of: TreeMemory  # peaks of the scan's process tree (scan + workers)

    def memory(self) -> str:
        m = self.memory_of
        return (f"peak PSS {m.tree_pss // 1024} MB (process tree; largest process {m.largest_pss // 1024} MB), "
                f"peak RSS {m.tree_rss // 1024} MB (tree, shared pages counted per process; "
                f"largest process {m.largest_rss // 1024} MB)")

    def cpu(self) -> str:
        m = self.memory_of
        total = m.scanner_cpu + m.others_cpu
        return (f"CPU {total:.1f} s (scanning process {m.scanner_cpu:.1f} s = "
                f"{100 * m.scanner_cpu / max(total, 1e-9):.0f} %, others {m.others_cpu:.1f} s), "
                f"{total / self.seconds:.2f} cores busy on average")


#: the packages a scan imports from a checkout
PACKAGES = ("datamap", "inventory", "classifiers", "catalog")


def compile_bytecode(checkout: Path, python: str | Path = sys.executable) -> None:
    """Write the checkout's bytecode (.pyc) before any timed scan: the first scan after an edit
    would otherwise compile its modules and count that, which no later scan pays."""
    subprocess.run([str(python), "-m", "compileall", "-q", *[str(checkout / name) for name in PACKAGES]],
                   check=True, stdout=subprocess.DEVNULL)


def run_scan(source: str, workers: int, catalog: Path, *, fresh: bool = True, engine: str = "local") -> Run:
    """One `datamap scan` in a fresh process; `fresh=False` scans into the existing catalog (an
    incremental rescan)."""
    if fresh:
        catalog.unlink(missing_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "inventory.cli", "scan", source, "--catalog", str(catalog),
                                "--workers", str(workers), "--engine", engine, "-q"], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(process.pid)
    stderr = process.stderr.read() if process.stderr else ""
    _, status = os.waitpid(process.pid, 0)
    seconds = time.perf_counter() - started
    memory.stop()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 3):
        raise SystemExit(f"scan failed ({code}): {stderr.strip()[-500:]}")
    from datamap import duck

    con = duck.connect(str(catalog), read_only=True)
    datasets, fields, reused = con.execute(
        "SELECT datasets, fields, reused FROM scans ORDER BY scan_id DESC LIMIT 1").fetchone()
    con.close()
    return Run(seconds, int(datasets), int(fields), int(reused or 0), memory)


def change_duckdb(warehouse: Path, tables: int, percent: float) -> int:
    """Delete one row in `percent` % of the tables (spread over the warehouse); how many."""
    from datamap import duck

    changed = range(0, tables, max(1, round(100 / percent)))
    con = duck.connect(str(warehouse))
    for t in changed:
        con.execute(f"DELETE FROM t{t:05d} WHERE rowid = (SELECT min(rowid) FROM t{t:05d})")
    con.close()
    return len(changed)


def load_postgres(warehouse: Path, tables: int, url: str) -> None:
    """Copy the first `tables` tables of the DuckDB warehouse into PostgreSQL, then ANALYZE."""
    import psycopg

    from datamap import duck

    types = {"VARCHAR": "text", "BIGINT": "bigint", "INTEGER": "bigint", "DOUBLE": "double precision",
             "DATE": "date", "TIMESTAMP": "timestamp", "BOOLEAN": "boolean", "UUID": "uuid"}
    source = duck.connect(str(warehouse), read_only=True)
    with psycopg.connect(url, autocommit=True) as conn:
        for t in range(tables):
            name = f"t{t:05d}"
            columns = source.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
                                     "ORDER BY column_index", [name]).fetchall()
            ddl = ", ".join(f"{c} {types.get(str(k).split('(')[0], 'double precision')}" for c, k in columns)
            conn.execute(f"CREATE TABLE {name} ({ddl})")
            with conn.cursor().copy(f"COPY {name} FROM STDIN") as copy:
                for row in source.execute(f"SELECT * FROM {name}").fetchall():
                    copy.write_row(row)
        conn.execute("ANALYZE")
    source.close()


def change_postgres(url: str, tables: int, percent: float) -> int:
    """Delete one row in `percent` % of the tables; returns once PostgreSQL's statistics show it
    (a session's counters are reported when it ends or goes idle)."""
    import psycopg

    changed = range(0, tables, max(1, round(100 / percent)))
    with psycopg.connect(url, autocommit=True) as conn:
        for t in changed:
            conn.execute(f"DELETE FROM t{t:05d} WHERE ctid = (SELECT min(ctid) FROM t{t:05d})")
    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(150):
            conn.execute("SELECT pg_stat_clear_snapshot()")
            if conn.execute("SELECT coalesce(sum(n_tup_del), 0) FROM pg_stat_user_tables").fetchone()[0] >= len(changed):
                break
            time.sleep(0.2)
    return len(changed)


def measure(label: str, source: str, catalog: Path, workers: list[int], changed: Callable[[], int] | None,
            engines: list[str] = ["local"]) -> None:  # noqa: B006 - read only
    """Full scans with each worker count (and on Ray), then incremental rescans after `changed()`."""
    baseline = full = None
    for count in workers:
        run = run_scan(source, count, catalog)
        baseline = baseline or run.seconds
        full = run.seconds
        print(f"  {label} --workers {count}: {run.seconds:7.1f} s  {run.datasets / run.seconds:6.1f} tables/s  "
              f"{run.seconds / run.fields * 1000:6.2f} ms/field  {run.memory()}  {run.cpu()}  speed-up x{baseline / run.seconds:.2f}"
              f"  [{run.datasets} datasets, {run.fields} fields]", flush=True)
    on_ray = catalog.with_name(catalog.stem + "-ray.duckdb")
    if "ray" in engines:
        run = run_scan(source, workers[-1], on_ray, engine="ray")
        print(f"  {label} --engine ray --workers {workers[-1]} (local cluster, start-up included): {run.seconds:7.1f} s"
              f"  {run.datasets / run.seconds:6.1f} tables/s  {run.seconds / run.fields * 1000:6.2f} ms/field  "
              f"{run.memory()}  {run.cpu()}  x{run.seconds / full:.2f} the process pool's time  "
              f"[{run.datasets} datasets, {run.fields} fields]", flush=True)
    if changed is None:
        return  # `--changed 0`: full scans only
    count = changed()
    for engine, target in [("local", catalog), *([("ray", on_ray)] if "ray" in engines else [])]:
        run = run_scan(source, workers[-1], target, fresh=False, engine=engine)
        print(f"  {label} incremental{' on ray' if engine == 'ray' else ''}, {count} tables changed, --workers "
              f"{workers[-1]}: {run.seconds:7.1f} s  {run.reused} reused, {run.datasets - run.reused} read  "
              f"{run.memory()}  {run.cpu()}  = {100 * run.seconds / full:.1f} % of the full scan", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", type=int, nargs="*", default=[1000, 10000],
                        help="DuckDB warehouses to measure (none: only --postgres)")
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--changed", type=float, default=1.0, help="percent of tables changed before the rescan (0: no rescan)")
    parser.add_argument("--postgres", type=int, default=0, help="tables loaded into PostgreSQL (0: none)")
    parser.add_argument("--engines", nargs="+", choices=["local", "ray"], default=["local"],
                        help="also scan on a local Ray cluster (ray) and compare with the process pool")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "datamap-bench-warehouse")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    compile_bytecode(ROOT)
    for tables in args.tables:
        started = time.perf_counter()
        warehouse = build(args.dir / f"warehouse-{tables}x{args.rows}.duckdb", tables, args.rows)
        print(f"warehouse: {tables} tables x {args.rows} rows ({warehouse}, ready in "
              f"{time.perf_counter() - started:.0f} s)", flush=True)
        measure("duckdb", str(warehouse), args.dir / f"catalog-{tables}.duckdb", args.workers,
                (lambda warehouse=warehouse, tables=tables: change_duckdb(warehouse, tables, args.changed))
                if args.changed else None, args.engines)
    if args.postgres:
        from tests.pg_cluster import find_bindir, start_cluster

        bindir = find_bindir()
        if bindir is None:
            raise SystemExit("--postgres needs PostgreSQL's server binaries (initdb, pg_ctl): .ci/install-postgres.sh")

        size = max(args.tables or [args.postgres])  # the tables are copied from this DuckDB warehouse
        warehouse = build(args.dir / f"warehouse-{size}x{args.rows}.duckdb", size, args.rows)
        cluster = start_cluster(bindir)
        try:
            started = time.perf_counter()
            load_postgres(warehouse, args.postgres, cluster.url())
            print(f"postgresql: {args.postgres} tables x {args.rows} rows (loaded in "
                  f"{time.perf_counter() - started:.0f} s)", flush=True)
            measure("postgresql", cluster.url(), args.dir / "catalog-pg.duckdb", args.workers,
                    (lambda: change_postgres(cluster.url(), args.postgres, args.changed)) if args.changed else None,
                    args.engines)
        finally:
            cluster.stop()


if __name__ == "__main__":
    main()
