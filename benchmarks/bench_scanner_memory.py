"""The scanning process's own memory over a scan, classification left out.

usage: python benchmarks/bench_scanner_memory.py SOURCE [--every N]

Scans SOURCE (a warehouse of `bench_warehouse.py`, say) with `--workers 1` as the CLI does
(spool, fingerprints, catalog write into a throwaway catalog), but with classification replaced
by a stub that finds nothing: what is left is the scanning process's part of a scan
(connectors, sampling, probes, spool, catalog write), the part whose memory grows with the
warehouse, not with the classifiers. Prints the process's RSS and PSS every N datasets
(default 1,000), then its peak RSS (VmHWM). A scan of 10,000 tables takes a minute or two.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _status(key: str, path: str = "/proc/self/status") -> int:
    """A `kB` line of /proc/self/status (or smaps_rollup), in MB."""
    with open(path) as handle:
        for line in handle:
            if line.startswith(key + ":"):
                return int(line.split()[1]) // 1024
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source")
    parser.add_argument("--every", type=int, default=1000)
    args = parser.parse_args()

    import inventory.scan as scan_module
    from classifiers.engine import FieldResult, result_samples
    from inventory import workers
    from inventory.cli.common import run_scan

    def nothing_found(chunk, recognizers=None):
        return [[FieldResult(sample, []) for sample in result_samples(dataset)] for dataset in chunk]

    workers.classify_datasets = nothing_found
    summary = scan_module._summary
    seen = [0]

    def counted(*given, **named):
        seen[0] += 1
        if seen[0] % args.every == 0:
            print(f"{seen[0]:>7,} datasets: RSS {_status('VmRSS')} MB, PSS "
                  f"{_status('Pss', '/proc/self/smaps_rollup')} MB", flush=True)
        return summary(*given, **named)

    scan_module._summary = counted
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="datamap-bench-") as folder:
        result, _ = run_scan((args.source,), str(Path(folder) / "catalog.duckdb"), None, None, 1000, 42, None,
                             workers=1, quiet=True, full=True)
    print(f"{len(result.summaries):,} datasets in {time.perf_counter() - started:.1f} s; "
          f"peak RSS {_status('VmHWM')} MB", flush=True)


if __name__ == "__main__":
    main()
