"""Benchmark: sampling a log made of one huge line costs the same at 100 and 1,000 rows.

Writes a log of `--size-mb` (default 200) that is one line with no newline, then, in child
processes on the same (page-cached) file, samples it with the logs connector at 100 and at
1,000 rows and prints both wall times and their ratio. A line longer than 64 KiB is skipped
(and counted); before the fix every random offset read from itself to the end of that line, so
the cost grew with the sample (O(rows x size)); now the line is read once.

`--repo DIR` runs the connector of another checkout (a `git worktree` of an older commit), to
measure the code before the fix the same way.

usage: python benchmarks/bench_huge_line.py [--size-mb 200] [--repo DIR]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_SAMPLE = """
import sys
from datamap.model import DatasetReadError
from inventory.connectors.base import SampleOptions
from inventory.connectors.logs import LogConnector
connector = LogConnector(sys.argv[1])
ref = next(connector.datasets())
try:
    connector.sample(ref, SampleOptions(rows=int(sys.argv[2])))
    print("read")
except DatasetReadError as exc:
    print(exc)
"""


def sample_seconds(repo: Path, path: Path, rows: int) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _SAMPLE, str(path), str(rows)], cwd=tempfile.gettempdir(),
                          env={**os.environ, "PYTHONPATH": str(repo)}, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--repo", type=Path, default=ROOT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-huge-line-") as tmp:
        path = Path(tmp) / "one_line.log"
        with open(path, "wb") as out:
            block = b"z" * (1 << 20)
            for _ in range(args.size_mb):
                out.write(block)
        sample_seconds(args.repo.resolve(), path, 10)  # page cache and imports warm
        times = {}
        for rows in (100, 1000):
            times[rows], outcome = sample_seconds(args.repo.resolve(), path, rows)
            print(f"{args.size_mb} MB one line, {rows} rows: {times[rows]:.2f} s ({outcome})")
        print(f"ratio 1,000 / 100 rows: {times[1000] / times[100]:.2f}")


if __name__ == "__main__":
    main()
