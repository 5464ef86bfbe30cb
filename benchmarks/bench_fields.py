"""Classification alone: milliseconds per field, without sampling or the catalog write.

usage: python benchmarks/bench_fields.py SOURCE [SOURCE ...] [--samples FILE] [--repeat R]
                                        [--profile N] [--count]

Samples every dataset of the sources once (as `datamap scan` would, default 1,000 rows) and
then times `classify_datasets` over them, in the chunks a scan's workers get
(`inventory/workers.py`), `--repeat` times (default 3; the best run is kept). Prints fields,
the milliseconds per field of CPU time (this process's: the engine's cost, whatever else runs
on the machine) and of wall time, the median over datasets of each dataset's CPU
milliseconds per field (each dataset classified alone, once), and the median over fields of
each field's own CPU milliseconds in its chunk (`attributed`: one more run, timed by parts).

A field's own cost in a chunk (the issue's "ms per field, median") is attributed by parts:
what the engine does for that field alone (reading its name and context, scoring each
recognizer on it, the free-text pass over it) is its own; a regex or vocabulary pass the batch
runs over many fields at once (`fieldview._Mask.evaluate`, and the batch's table of values)
is shared among the fields it read in proportion to their values; a dataset's passes (value
NER, the table view, neighbours) are shared evenly among its fields; what is left of the
chunk's time (staging, announcing, ranking) evenly among the chunk's fields.

`--samples FILE` keeps the samples (pickled) in FILE: a second run, from another checkout of
the code, classifies exactly the same values, so two engines are compared on one sample in
the same run (`python OTHER/benchmarks/bench_fields.py --samples FILE` reads them back).
`--profile N` prints the N costliest functions of one run (cProfile, cumulative and own time).
`--count` prints instead the work one run does, counted, not timed (the same on any machine
and under any load): recognizer x field scorings, batch regex passes, `rx.match` calls,
pyarrow compute calls and Python function calls.

Everything is classified once before the clocks start (spaCy, vocabularies and imports loaded).
"""
from __future__ import annotations

import argparse
import cProfile
import contextlib
import logging
import pickle
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from classifiers import engine, fieldview  # noqa: E402
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


class Attribution:
    """Each field's own CPU seconds in a chunk, by parts (see the module's docstring). While
    `patched()` is active, the engine's per-field and shared passes are timed exclusively (a
    pass's time less the passes nested in it) and charged to the fields they are for."""

    def __init__(self) -> None:
        self.cost: dict[int, float] = defaultdict(float)  # id of a dataset's field sample -> seconds
        self._owner: dict[int, int] = {}  # id of a stage or view -> id of the field sample it stands for
        self._stack: list[list] = []  # [owners, started, nested seconds]

    def owner(self, thing: object) -> int:
        return self._owner.get(id(thing), id(thing))

    def _timed(self, function: Callable, owners: Callable[..., list[tuple[int, float]]]) -> Callable:
        def timed(*args, **kwargs):
            frame = [None, time.process_time(), 0.0]
            self._stack.append(frame)
            try:
                return function(*args, **kwargs)
            finally:
                self._stack.pop()
                elapsed = time.process_time() - frame[1]
                if self._stack:
                    self._stack[-1][2] += elapsed
                shares = owners(*args, **kwargs)
                total = sum(weight for _, weight in shares)
                for owner, weight in shares:
                    self.cost[owner] += (elapsed - frame[2]) * (weight / total if total else 1 / len(shares))
        return timed

    def _maps(self, function: Callable, of: Callable[..., object]) -> Callable:
        """`function`, whose result stands for the field sample `of(*args)` stands for."""
        def mapped(*args, **kwargs):
            result = function(*args, **kwargs)
            if result is not None:
                self._owner[id(result)] = self.owner(of(*args, **kwargs))
            return result
        return mapped

    def _of_slots(self, table, slots) -> list[tuple[int, float]]:
        views = {i: view_id for view_id, i in table.index.items()}
        sizes = table.starts[1:] - table.starts[:-1]
        return [(self._owner.get(views[i], views[i]), float(sizes[i])) for i in slots]

    @contextlib.contextmanager
    def patched(self) -> Iterator[None]:
        def dataset(dataset, *args, **kwargs):
            return [(id(field), 1.0) for field in dataset.fields] or [(id(dataset), 1.0)]

        mask, table = fieldview._Mask.evaluate, fieldview._Table.of.__func__
        view_of, add, probe = fieldview.FieldView.of.__func__, fieldview.Batch.add, fieldview.FieldView._make_probe
        saved = {name: getattr(engine, name) for name in ("_open", "_classify_opened", "_embedded", "_stage")}
        passes = [(module, module.apply) for module in (engine.value_ner, engine.table_view, engine.neighbours)]
        engine._open = self._timed(saved["_open"], lambda sample, *a, **k: [(self.owner(sample), 1.0)])
        engine._classify_opened = self._timed(
            saved["_classify_opened"], lambda field, *a, **k: [(self.owner(field.view) if field else 0, 1.0)])
        engine._embedded = self._timed(saved["_embedded"], lambda sample, *a, **k: [(self.owner(sample), 1.0)])
        engine._stage = self._maps(saved["_stage"], lambda sample: sample)
        for module, apply in passes:
            module.apply = self._timed(apply, dataset)
        fieldview._Mask.evaluate = self._timed(
            mask, lambda found, table, todo, *a, **k: self._of_slots(table, np.flatnonzero(todo)) or [(0, 1.0)])
        fieldview._Table.of = classmethod(self._timed(
            table, lambda cls, views, head: [(self.owner(view), float(len(view.values)) + 1) for view in views] or [(0, 1.0)]))
        fieldview.FieldView.of = classmethod(self._maps(view_of, lambda cls, sample: sample))
        fieldview.Batch.add = self._maps(add, lambda batch, sample: sample)
        fieldview.FieldView._make_probe = self._maps(probe, lambda view: view)
        try:
            yield
        finally:
            for name, function in saved.items():
                setattr(engine, name, function)
            for module, apply in passes:
                module.apply = apply
            fieldview._Mask.evaluate, fieldview._Table.of = mask, classmethod(table)
            fieldview.FieldView.of, fieldview.Batch.add = classmethod(view_of), add
            fieldview.FieldView._make_probe = probe


def per_field(datasets: list[DatasetSample]) -> list[float]:
    """Each field's own CPU milliseconds in its chunk (see `Attribution`), classified chunk by
    chunk as a scan's worker would; the chunk's time no part claims is shared evenly."""
    attribution = Attribution()
    forget()
    figures = []
    with attribution.patched():
        for chunk in chunks(datasets):
            fields = [field for dataset in chunk for field in dataset.fields]
            attribution.cost.clear()
            cpu = time.process_time()
            classify_datasets(chunk)
            total = time.process_time() - cpu
            own = [attribution.cost.get(id(field), 0.0) for field in fields]
            rest = (total - sum(own)) / len(fields) if fields else 0.0
            figures += [(seconds + rest) * 1000 for seconds in own]
    return figures


def work_counts(datasets: list[DatasetSample]) -> str:
    """What one classification of the samples does, counted by cProfile's call counts."""
    profiler = cProfile.Profile()
    profiler.enable()
    classify_all(datasets)
    profiler.disable()
    calls = pstats.Stats(profiler).stats  # (file, line, function) -> (primitive, total, ...)

    def count(function: str, file_end: str) -> int:
        return sum(v[1] for k, v in calls.items() if k[2] == function and k[0].endswith(file_end))

    return (f"scorings (engine._score) {count('_score', 'engine.py'):,}; batch regex passes "
            f"(fieldview._Mask.evaluate) {count('evaluate', 'fieldview.py'):,}; rx.match calls "
            f"{count('match', 'rx.py'):,}; pyarrow compute calls {count('wrapper', 'pyarrow/compute.py'):,}; "
            f"Python function calls {sum(v[1] for v in calls.values()):,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*")
    parser.add_argument("--samples", type=Path, help="pickle of the samples: written if absent, else read")
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--limit", type=int, help="classify only the first N datasets")
    parser.add_argument("--count", action="store_true", help="print the work one run does, counted, not timed")
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
    if args.count:
        forget()
        print(f"{ROOT.name}: {len(datasets)} datasets, {fields} fields: {work_counts(datasets)}")
        return
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
    each = per_field(datasets)
    print(f"{ROOT.name}: {len(datasets)} datasets, {fields} fields: {cpu * 1000 / fields:.2f} ms/field CPU in chunks "
          f"({wall * 1000 / fields:.2f} wall; best of {args.repeat}), median {median:.2f} ms/field CPU per dataset alone; "
          f"per field in chunks (attributed): median {statistics.median(each):.2f} ms, mean {statistics.fmean(each):.2f}, "
          f"90th percentile {statistics.quantiles(each, n=10)[-1]:.2f}")


if __name__ == "__main__":
    main()
