"""Classification throughput: datamap end to end into the catalog, beside presidio-structured.

usage: python benchmarks/bench_classify.py [FOLDER] [--rows N] [--repeat R] [--baseline-values K]

Both work on the *same* sample, drawn once in the same run. datamap's time is the whole scan
of FOLDER (sampling through DuckDB, classification with the secondary Presidio pass over free
text, and the catalog write), for every sampled cell. presidio-structured's is
`PandasAnalysisBuilder.generate_analysis` over the first K values of each sampled field
(default 100; 0 = all): it runs spaCy on every cell, so its rate is flat and a few thousand
cells measure it, where the full sample would take most of an hour. Its sampling and catalog
write are not counted, which favours it. Models are loaded before the clocks start.
presidio-structured is a `bench` extra: pip install -e '.[bench]'.

Prints cells, seconds and cells per second for each, and the ratio (target >= 100x). datamap's
CPU seconds (this process and any worker it waited for) are printed beside its wall time: on a
shared machine the wall time stretches with the load, the CPU time much less. FOLDER defaults
to the dev benchmark beside the checkout (`../shared/bench/dev`); a folder that is missing or
holds no dataset is an error, not a rate of zero.
"""
from __future__ import annotations

import argparse
import logging
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from catalog.writer import write_scan  # noqa: E402
from classifiers.presidio_bridge import analyzer, build_analyzer  # noqa: E402
from inventory.connectors.base import SampleOptions  # noqa: E402
from inventory.scan import ScanOptions, ScanResult, scan  # noqa: E402

DEFAULT_FOLDER = ROOT.parent / "shared" / "bench" / "dev"


def _cpu() -> float:
    """CPU seconds of this process and of the children it has waited for (scan workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def run_datamap(folder: Path, rows: int) -> tuple[ScanResult, float, float]:
    """One scan of `folder` into a fresh catalog; (result, wall seconds, CPU seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        started, cpu = time.perf_counter(), _cpu()
        result = scan([str(folder)], ScanOptions(sample=SampleOptions(rows=rows)))
        write_scan(Path(tmp) / "bench.duckdb", result)
        return result, time.perf_counter() - started, _cpu() - cpu


def sampled_columns(result: ScanResult) -> list[tuple[str, list]]:
    """The cells datamap classified, one (field, values) per sampled field with values."""
    return [(f"{d.name}:{f.path}", f.values.to_pylist()) for d in result.datasets for f in d.fields
            if len(f.values) > 0]


def run_presidio_structured(columns: list[tuple[str, list]]) -> float:
    """presidio-structured's analysis of the given cells; seconds."""
    import pandas as pd
    from presidio_structured import PandasAnalysisBuilder

    builder = PandasAnalysisBuilder(analyzer=build_analyzer(with_datamap_recognizers=False))
    builder.generate_analysis(pd.DataFrame({"warm": ["warm up the spaCy pipeline"]}))
    started = time.perf_counter()
    for name, values in columns:
        # one frame per field: fields of a dataset differ in length once nulls are dropped
        builder.generate_analysis(pd.DataFrame({name: [str(v) for v in values]}))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--rows", type=int, default=1000, help="rows sampled per dataset (default 1000, as a scan)")
    parser.add_argument("--repeat", type=int, default=3, help="datamap runs; the median is reported")
    parser.add_argument("--baseline-values", type=int, default=100,
                        help="values per field given to presidio-structured (default 100; 0 = all)")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # presidio warns per unsupported entity; not a figure
    if not Path(args.folder).is_dir():
        parser.error(f"no folder {args.folder}: give the folder to scan (the dev benchmark: ../shared/bench/dev)")

    analyzer()  # load spaCy once, as a long-running scan would have it loaded
    runs = [run_datamap(Path(args.folder), args.rows) for _ in range(max(1, args.repeat))]
    result = runs[0][0]
    datamap_seconds = statistics.median(seconds for _, seconds, _ in runs)
    datamap_cpu = statistics.median(cpu for _, _, cpu in runs)
    columns = sampled_columns(result)
    cells = sum(len(values) for _, values in columns)
    if not cells:
        parser.error(f"{args.folder} holds no dataset with values to classify")
    limit = args.baseline_values or None
    baseline = [(name, values[:limit]) for name, values in columns]
    baseline_cells = sum(len(values) for _, values in baseline)
    presidio_seconds = run_presidio_structured(baseline)

    datamap_rate = cells / datamap_seconds
    presidio_rate = baseline_cells / presidio_seconds
    print(f"sample: {args.folder}, {len(result.datasets)} datasets, {len(columns)} fields, {cells} cells "
          f"({args.rows} rows per dataset)")
    print(f"datamap, all {cells} cells (scan + classify + catalog write, median of {len(runs)}): "
          f"{datamap_seconds:8.2f} s {datamap_rate:10.0f} cells/s "
          f"(CPU {datamap_cpu:.2f} s: {cells / datamap_cpu:.0f} cells per CPU second)")
    print(f"presidio-structured, {baseline_cells} of those cells (analysis only): "
          f"{presidio_seconds:8.2f} s {presidio_rate:10.0f} cells/s")
    print(f"ratio: datamap is {datamap_rate / presidio_rate:.0f}x presidio-structured's throughput (target >= 100x)")


if __name__ == "__main__":
    main()
