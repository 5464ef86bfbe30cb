"""An incremental rescan's fixed costs, two checkouts alternated: wall, CPU and the serial path.

usage: python benchmarks/bench_rescan.py [--tables N] [--changed PERCENT] [--rounds R] [--dir DIR]
                                         [--workers W] CHECKOUT [CHECKOUT ...]

Builds (once, cached in DIR) `bench_warehouse.py`'s warehouse of N tables (default 1,000) and a
copy of it with PERCENT of the tables changed (default 1 %: one row deleted), under the same
file name, so a catalog of the first is a previous scan of the second. Then, for each CHECKOUT
(a datamap checkout with its own `.venv`, e.g. `/work/main` and this one), a full scan of the
first warehouse into DIR/full-K.duckdb (kept: delete it after changing that checkout's
classifying code, whose hash is in every fingerprint), and R rounds of rescans of the changed
copy, the checkouts alternated, each into a fresh copy of its full catalog.

Per rescan: wall seconds, CPU seconds of the scanning process (all its threads), and the CPU of
its main thread alone, sampled from /proc/PID/task/PID/stat. The main thread runs the rescan's
serial path (imports, listing, the probe's queries, reading the previous results, classifying
the changed datasets, the catalog write): what it does not do (DuckDB's threads, the sampling
threads, the thread that loads the classifiers beside the probe) runs beside it on a second
core. On a machine shared with other work, wall time stretches with the load; the main thread's
CPU does much less, so it is what compares two checkouts there. Run it under
`flock /work/wt/timed.lock` on the shared machine.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_warehouse import _cpu_seconds, build, change_duckdb, compile_bytecode  # noqa: E402


def scan(checkout: Path, warehouse: Path, catalog: Path, workers: int) -> tuple[float, float, float]:
    """(wall, process CPU, main-thread CPU) of one `datamap scan` by `checkout`'s own venv."""
    python = checkout / ".venv" / "bin" / "python"
    started = time.perf_counter()
    process = subprocess.Popen([str(python), "-m", "inventory.cli", "scan", str(warehouse), "--catalog", str(catalog),
                                "--workers", str(workers), "-q"], cwd=checkout, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    seen = {"main": 0.0, "all": 0.0}
    done = threading.Event()

    def watch() -> None:  # the last sample before the process exits (every 50 ms)
        while not done.is_set():
            main, whole = _cpu_seconds(process.pid, thread=process.pid), _cpu_seconds(process.pid)
            if main is not None and whole is not None:
                seen["main"], seen["all"] = max(seen["main"], main), max(seen["all"], whole)
            done.wait(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    stderr = process.stderr.read() if process.stderr else ""
    process.wait()
    seconds = time.perf_counter() - started
    done.set()
    watcher.join()
    if process.returncode not in (0, 3):
        raise SystemExit(f"scan by {checkout} failed ({process.returncode}): {stderr.strip()[-500:]}")
    return seconds, seen["all"], seen["main"]


def _reused(catalog: Path) -> int:
    """Datasets the latest scan of `catalog` reused (all but the changed ones, or the full
    catalog was made by other classifying code than the checkout's now)."""
    from datamap import duck

    con = duck.connect(str(catalog), read_only=True)
    try:
        return int(con.execute("SELECT reused FROM scans ORDER BY scan_id DESC LIMIT 1").fetchone()[0] or 0)
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkouts", type=Path, nargs="+")
    parser.add_argument("--tables", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--changed", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/datamap-bench-rescan"))
    args = parser.parse_args()
    name = f"warehouse-{args.tables}x{args.rows}.duckdb"
    (args.dir / "orig").mkdir(parents=True, exist_ok=True)
    (args.dir / "changed").mkdir(parents=True, exist_ok=True)
    orig, changed = build(args.dir / "orig" / name, args.tables, args.rows), args.dir / "changed" / name
    if not changed.exists():
        shutil.copy(orig, changed)
        print(f"{change_duckdb(changed, args.tables, args.changed)} tables changed in {changed}", flush=True)
    labels = {checkout: f"{k}-{checkout.resolve().name}" for k, checkout in enumerate(args.checkouts)}
    for checkout in labels:
        compile_bytecode(checkout, checkout / ".venv" / "bin" / "python")
    full: dict[Path, float] = {}
    for checkout, label in labels.items():
        catalog = args.dir / f"full-{label}.duckdb"
        if not catalog.exists():
            full[checkout] = scan(checkout, orig, catalog, args.workers)[0]
            print(f"{label}: full scan {full[checkout]:.1f} s (--workers {args.workers})", flush=True)
    for round_ in range(1, args.rounds + 1):
        for checkout, label in labels.items():
            catalog = args.dir / f"rescan-{label}.duckdb"
            shutil.copy(args.dir / f"full-{label}.duckdb", catalog)
            load = os.getloadavg()[0]
            wall, cpu, serial = scan(checkout, changed, catalog, args.workers)
            share = f"  = {100 * wall / full[checkout]:.1f} % of its full scan" if checkout in full else ""
            print(f"round {round_} {label}: rescan {wall:6.2f} s wall  CPU {cpu:5.2f} s  main thread {serial:5.2f} s"
                  f"  {_reused(catalog)} reused  (load {load:.1f}){share}", flush=True)


if __name__ == "__main__":
    main()
