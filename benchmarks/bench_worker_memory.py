"""A classifying worker's memory per table: does it grow with the tables it has classified?

usage: python benchmarks/bench_worker_memory.py [--tables N] [--dir DIR]

Builds (once, cached in DIR) a DuckDB warehouse of N tables (default 300) as
`bench_warehouse.py` does, samples its tables in this process and sends them in chunks to one
spawned worker process, as `datamap scan --workers 2` does. After every chunk the worker
reports its RSS and PSS (`/proc/self/smaps_rollup`) and the bytes Arrow's memory pool holds.

The same run is made twice, in fresh workers: as a scan runs it, and with a full garbage
collection after every chunk (the baseline: nothing left waiting for Python's cyclic
collector). Printed: memory after the first 40 tables (caches warm), at the end, and the growth
per table between the two, for each. A worker whose memory grows with the tables (0.9 MB a
table before `Batch.release`) shows it here against the baseline.
"""
from __future__ import annotations

import argparse
import gc
import multiprocessing
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WARM = 40  # tables after which caches are warm: growth is measured from there


def _kb(key: str, name: str) -> int:
    with open(f"/proc/self/{name}") as handle:
        for line in handle:
            if line.startswith(key):
                return int(line.split()[1])
    return 0


def _classify(chunk: list, collect: bool) -> tuple[int, int, int]:
    """In the worker: classify a chunk as a scan's worker does; (RSS MB, PSS MB, Arrow pool MB)."""
    import pyarrow as pa

    from inventory.workers import _detections

    _detections(chunk)
    if collect:
        gc.collect()
    return (_kb("VmRSS:", "status") // 1024, _kb("Pss:", "smaps_rollup") // 1024,
            pa.default_memory_pool().bytes_allocated() >> 20)


def run(warehouse: Path, collect: bool) -> list[tuple[int, tuple[int, int, int]]]:
    from inventory.connectors import SampleOptions, connector_for
    from inventory.workers import _warm, chunks

    connector = connector_for(str(warehouse))
    options = SampleOptions()
    samples = (connector.sample(ref, options) for ref in connector.datasets())
    reports, done = [], 0
    with ProcessPoolExecutor(1, initializer=_warm, initargs=({},),
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        for chunk in chunks(samples):
            shipped = [replace(dataset, rows=None) for dataset in chunk]
            done += len(chunk)
            reports.append((done, pool.submit(_classify, shipped, collect).result()))
    connector.close()
    return reports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "datamap-bench-worker-memory")
    args = parser.parse_args()
    from benchmarks.bench_warehouse import build

    args.dir.mkdir(parents=True, exist_ok=True)
    warehouse = build(args.dir / f"warehouse-{args.tables}x1000.duckdb", args.tables, 1000)
    for label, collect in [("as a scan runs it", False), ("baseline: full GC after every chunk", True)]:
        reports = run(warehouse, collect)
        warm = next(r for r in reports if r[0] >= WARM)
        end = reports[-1]
        per_table = (end[1][0] - warm[1][0]) / max(1, end[0] - warm[0])
        print(f"worker, {label}: after {warm[0]} tables RSS {warm[1][0]} MB PSS {warm[1][1]} MB Arrow {warm[1][2]} MB;"
              f" after {end[0]} tables RSS {end[1][0]} MB PSS {end[1][1]} MB Arrow {end[1][2]} MB;"
              f" growth {per_table * 1024:.0f} kB RSS a table", flush=True)


if __name__ == "__main__":
    main()
