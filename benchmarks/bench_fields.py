"""Classification alone: milliseconds per field, without sampling or the catalog write.

usage: python benchmarks/bench_fields.py SOURCE [SOURCE ...] [--samples FILE] [--repeat R]
                                        [--profile N] [--workers-chunks]

Samples every dataset of the sources once (as `datamap scan` would, default 1,000 rows) and
then times `classify_datasets` over them, in the chunks a scan's workers get
(`inventory/workers.py`), `--repeat` times (default 3; the best run is kept). Prints fields,
the milliseconds per field of CPU time (this process's: the engine's cost, whatever else runs
on the machine) and of wall time, and the median over datasets of each dataset's CPU
milliseconds per field (each dataset classified alone, once).

`--samples FILE` keeps the samples (pickled) in FILE: a second run, from another checkout of
the code, classifies exactly the same values, so two engines are compared on one sample in
the same run (`python OTHER/benchmarks/bench_fields.py --samples FILE` reads them back).
`--profile N` prints the N costliest functions of one run (cProfile, cumulative and own time).

Everything is classified once before the clocks start (spaCy, vocabularies and imports loaded).
"""
from __future__ import annotations

import argparse
import cProfile
import logging
import pickle
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from classifiers.engine import FieldResult, classify_datasets  # noqa: E402
from classifiers.registry import default_recognizers  # noqa: E402
from datamap.model import DatasetSample  # noqa: E402
from inventory.connectors.base import SampleOptions  # noqa: E402
from inventory.scan import ScanOptions, scan  # noqa: E402
from inventory import workers  # noqa: E402
from inventory.workers import chunks  # noqa: E402


def sampled(sources: list[str], rows: int) -> list[DatasetSample]:
    """Every dataset of the sources, sampled, with its values kept (not classified: the scan's
    classifier is told to find nothing, since classification is what is timed afterwards)."""
    real = workers.classify_datasets
    workers.classify_datasets = lambda chunk, *args, **kwargs: [[FieldResult(f, []) for f in d.fields] for d in chunk]
    try:
        result = scan(sources, ScanOptions(sample=SampleOptions(rows=rows), workers=1, keep_values=True))
    finally:
        workers.classify_datasets = real
    for dataset in result.datasets:
        dataset.rows = None  # the row-aligned table is for profiles, not classification
    return result.datasets


def forget() -> None:
    """Empty the recognizers' memories of validator verdicts and name signals, so each run
    pays for them as a scan's first pass over these values would."""
    for recognizer in default_recognizers():
        recognizer.forget()


def classify_all(datasets: list[DatasetSample]) -> tuple[float, float]:
    """(wall, CPU) seconds to classify every dataset, chunk by chunk as a scan's worker would."""
    forget()
    started, cpu = time.perf_counter(), time.process_time()
    for chunk in chunks(datasets):
        classify_datasets(chunk)
    return time.perf_counter() - started, time.process_time() - cpu


def per_dataset(datasets: list[DatasetSample]) -> list[float]:
    """Each dataset's CPU milliseconds per field, classified alone."""
    figures = []
    for dataset in datasets:
        if not dataset.fields:
            continue
        forget()
        cpu = time.process_time()
        classify_datasets([dataset])
        figures.append((time.process_time() - cpu) * 1000 / len(dataset.fields))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*")
    parser.add_argument("--samples", type=Path, help="pickle of the samples: written if absent, else read")
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--limit", type=int, help="classify only the first N datasets")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    if args.samples is not None and args.samples.exists():
        datasets = pickle.loads(args.samples.read_bytes())
    else:
        if not args.sources:
            parser.error("give a source, or --samples of an earlier run")
        datasets = sampled(args.sources, args.rows)
        if args.samples is not None:
            args.samples.write_bytes(pickle.dumps(datasets))
    datasets = datasets[:args.limit] if args.limit else datasets
    fields = sum(len(d.fields) for d in datasets)
    default_recognizers()
    classify_all(datasets)  # warm: spaCy and Presidio, vocabularies, imports
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        classify_all(datasets)
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(args.profile)
        stats.sort_stats("tottime").print_stats(args.profile)
    runs = [classify_all(datasets) for _ in range(args.repeat)]
    wall, cpu = min(run[0] for run in runs), min(run[1] for run in runs)
    median = statistics.median(per_dataset(datasets))
    print(f"{ROOT.name}: {len(datasets)} datasets, {fields} fields: {cpu * 1000 / fields:.2f} ms/field CPU in chunks "
          f"({wall * 1000 / fields:.2f} wall; best of {args.repeat}), median {median:.2f} ms/field CPU per dataset alone")


if __name__ == "__main__":
    main()
