"""Classification on every core: datasets classified in worker processes, results in order.

Samples are drawn in the scanning process (connectors hold the connections) and sent to a
pool of worker processes in chunks; each chunk's fields share one regex batch (see
`classifiers/fieldview.py`). Only the detections come back: the scanning process already
holds the samples. Results are yielded in the order the chunks were given, so a scan's
output is the same with one worker or many. At most `2 x workers` chunks are in flight, so
the samples waiting for a worker stay bounded whatever the number of datasets.

Workers are not forked from the scanning process: it runs connector threads and DuckDB, which
a forked child must not inherit half-way. They are forked from a *forkserver*, a fresh
single-threaded interpreter that first loads what every worker needs (`inventory/preload.py`):
the workers start at once and share those pages. Where there is no forkserver (Windows), each
worker is a fresh interpreter (`spawn`) and loads them itself.

A worker that dies (the system's out-of-memory killer, a crash in a native library) takes the
pool and every chunk in flight with it. The scan goes on: a new pool classifies those chunks'
datasets again, one at a time, so that a dataset that kills its worker once more is told apart
and reported alone (`on_failed`), as the Ray engine reports a lost task. A chunk whose
classification raises (a bug of ours on some value) is classified again one dataset at a time
alike, here or in the workers: only the dataset it fails on is reported.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from itertools import chain
from typing import Self

from classifiers.engine import FieldResult, classify_datasets, result_samples
from classifiers.evidence import Detection
from classifiers.recognizer import FieldRecognizer
from classifiers.registry import default_recognizers, load_ahead
from datamap.model import DatasetSample
from inventory import heap, interruptible
from inventory.collector import collect_less
from inventory.forkserver import context as _context
from inventory.forkserver import default_workers  # noqa: F401 - where callers found it
from inventory.forkserver import start as _start_forkserver

#: datasets per chunk sent to a worker: enough fields to share regex compilations (pyarrow
#: compiles a regex on every call, about 1 ms each for ~250 regexes a chunk: 8 tables of 11
#: columns spent a quarter of their classification compiling, before the shape pre-checks),
#: few enough that the workers stay evenly busy and that a chunk's transient memory stays
#: small: a worker's peak RSS was 377-417 MB with chunks of 32 warehouse tables, 335-362 MB
#: with 16 and 312-331 MB with 8, for 0-5 % and 10 % more CPU than 32 (the same 192 tables,
#: alternated; `inventory/heap.py` releasing memory after each chunk; docs/scale.md, Memory)
CHUNK_DATASETS = 16
#: fields per chunk at most (a chunk of wide tables is cut earlier)
CHUNK_FIELDS = 1000
#: near the end of a scan a chunk holds at most 1/TAIL_SHARE of a worker's share of the
#: datasets left, and at least TAIL_CHUNK datasets (see `chunk_limit`)
TAIL_SHARE = 2
TAIL_CHUNK = 2
#: chunks submitted and not yet taken back, per worker: one classified, one waiting, so a
#: worker does not wait for the scanning process to hand it the next chunk. The scanning
#: process holds their samples (a few hundred MB at most on wide tables): no more.
IN_FLIGHT_PER_WORKER = 2
#: seconds a spawned worker takes to be ready (interpreter, imports, recognizers): about 2 s
#: on a 2-core machine, measured. Work that would save less than this stays in this process.
POOL_START_SECONDS = 2.0
#: the least a dataset costs to classify (a table of a few fields at the cheapest per field):
#: a scan whose datasets would take longer than starting the workers even at this pace
#: starts them at once, and the scanning process never loads the recognizers (about 200 MB)
MIN_DATASET_SECONDS = 0.01


#: seconds an interrupted scan gives its terminated workers to exit before killing them
STOP_SECONDS = 5.0

#: a source of this many datasets or more starts the workers' forkserver as soon as they are
#: listed (see `Classifier.prepare`): a warehouse, whose rescan reads few datasets but lists many
WARM_UP_DATASETS = 100


def chunks(samples: Iterable[DatasetSample], expected: int | None = None,
           workers: int | Callable[[], int] = 1) -> Iterator[list[DatasetSample]]:
    """Consecutive datasets grouped for one worker call. With `expected` datasets and several
    workers, chunks shrink near the end of the scan (`chunk_limit`), so the workers finish
    together rather than one classifying a last large chunk while the others idle. `workers`
    may be a function, asked as each chunk fills: the workers classifying it now (1 while the
    chunks are classified in the scanning process, see `Classifier.parallel`)."""
    chunk: list[DatasetSample] = []
    fields = given = 0
    for sample in samples:
        chunk.append(sample)
        fields += len(sample.fields)
        count = workers() if callable(workers) else workers
        if len(chunk) >= chunk_limit(expected, given, count) or fields >= CHUNK_FIELDS:
            yield chunk
            given += len(chunk)
            chunk, fields = [], 0
    if chunk:
        yield chunk


def chunk_limit(expected: int | None, given: int, workers: int) -> int:
    """Datasets the next chunk holds at most, `given` of `expected` already chunked: at most
    `CHUNK_DATASETS`, and no more than a `TAIL_SHARE` of each worker's share of the datasets
    left, down to `TAIL_CHUNK`. The last few hundred datasets thus go in chunks of fewer and
    fewer, each costing a little more per dataset (see `CHUNK_DATASETS`) but leaving no
    worker idle for long at the end."""
    if expected is None or workers <= 1:
        return CHUNK_DATASETS
    left = max(0, expected - given)
    return max(TAIL_CHUNK, min(CHUNK_DATASETS, -(-left // (TAIL_SHARE * workers))))


def _detections(chunk: list[DatasetSample]) -> list[list[list[Detection]]]:
    """In a worker: each dataset's fields' detections (the samples stay with the caller). What
    classifying the chunk allocated and freed goes back to the system (`inventory.heap`)."""
    detections = [[result.detections for result in results] for results in classify_datasets(chunk)]
    heap.release_free_memory()
    return detections


def _warm(chinese_terms: dict[str, str]) -> None:
    """Set the policy's terms and load the recognizers once per worker, before the first chunk."""
    from classifiers import chinese

    heap.return_large_blocks()
    collect_less()
    chinese.use_terms(chinese_terms)
    default_recognizers()


class Classifier:
    """Classifies chunks of datasets in this process (one worker) or in a process pool."""

    def __init__(self, workers: int = 1, extra_recognizers: Sequence[FieldRecognizer] = (),
                 chinese_terms: dict[str, str] | None = None) -> None:
        # the policy's Chinese terms are module state of `classifiers.chinese`: each worker sets them too
        self.chinese_terms = dict(chinese_terms or {})
        # a data map's own recognizers are classes made at run time, which cannot be sent to
        # another process: with them, classification stays in this one
        self.workers = 1 if extra_recognizers else max(1, workers)
        self.recognizers = [*default_recognizers(), *extra_recognizers] if extra_recognizers else None
        self._pool: ProcessPoolExecutor | None = None
        #: whether the forkserver has been loading the classifiers since `prepare`
        self._warming = False
        #: loading the classifiers into this process, beside the probe (see `expect`)
        self._loading: threading.Thread | None = None

    def parallel(self) -> int:
        """The workers the next chunk is classified by: 1 while chunks are classified in this
        process (they are then best whole, see `chunks`), else `workers`."""
        return self.workers if self._pool is not None or self._warming else 1

    def expect(self, datasets: int) -> None:
        """About `datasets` datasets will be read (every dataset listed, on a first scan; a
        rescan's estimate from a first share of its probe): when they would be classified in
        this process (one worker, or too few to start the workers for), load the classifiers
        here now, in a thread, while this process goes on probing (mostly inside DuckDB, which
        leaves the interpreter free) and sampling: on two cores the loading then costs no wall
        time. Not when none is expected (a rescan of nothing changed never loads them), nor
        when the workers would classify them (the scanning process then never holds the
        recognizers, see `MIN_DATASET_SECONDS`)."""
        if datasets <= 0 or self._loading is not None or self._warming:
            return
        if self.workers > 1 and self._worth_a_pool(0, 0, 0.0, datasets):
            return
        self._loading = threading.Thread(target=load_ahead, name="datamap-load-classifiers", daemon=True)
        self._loading.start()

    def _loaded(self) -> None:
        """Wait for `expect`'s loading, if any, before classifying here (two threads building the
        same tables would each build them)."""
        if self._loading is not None:
            self._loading.join()

    def prepare(self, datasets: int) -> None:
        """`datasets` datasets are about to be read (`inventory.scan` says so before probing
        their fingerprints when it will read them all, after when a rescan knows how many
        changed). From `WARM_UP_DATASETS` on, the forkserver starts loading the classifiers
        now, beside this process's work, and the workers classify whatever is then read."""
        if self.workers > 1 and datasets >= WARM_UP_DATASETS and not self._warming:
            self._warming = _start_forkserver()

    def classify(self, chunked: Iterable[list[DatasetSample]], expected: int | None = None,
                 on_failed: Callable[[DatasetSample, Exception], None] | None = None
                 ) -> Iterator[tuple[DatasetSample, list[FieldResult]]]:
        """Each dataset with its field results, in the order given. `expected`: how many
        datasets the chunks hold (None: unknown). `on_failed` is told of a dataset that could
        not be classified, in its chunk nor alone, and why: its worker died
        (`BrokenProcessPool`) or classifying it raised (see the module's docstring); without
        it, the error is raised.

        Worker processes cost seconds to start (an interpreter, the imports, the recognizers):
        a rescan that reads ten changed tables of ten thousand is done sooner here. So unless
        there are so many datasets that the pool is worth it whatever they cost, chunks are
        classified in this process, timed from the second on, until the work left is worth
        starting the pool (`_worth_a_pool`); then the rest goes to the workers. Without
        `expected`, the pool starts at the second chunk."""
        chunked = iter(chunked)
        # datasets classified here; of them, those timed (`spent` seconds): the first chunk
        # is not, as it also loads the recognizers, vocabularies and tables (seconds, once)
        done, timed, spent = 0, 0, 0.0
        pending: list[list[DatasetSample]] = []
        for chunk in chunked:
            if self.workers > 1 and (self._pool is not None or self._worth_a_pool(done, timed, spent, expected)):
                pending = [chunk]
                break
            self._loaded()
            started = time.perf_counter()
            results = self._here(chunk, on_failed)
            if done:
                spent += time.perf_counter() - started
                timed += len(chunk)
            done += len(chunk)
            yield from ((dataset, found) for dataset, found in zip(chunk, results) if found is not None)
        if not pending:
            return
        in_flight: deque[tuple[list[DatasetSample], Future]] = deque()
        for chunk in chain(pending, chunked):
            in_flight.append((chunk, self._submit(chunk)))
            if len(in_flight) >= IN_FLIGHT_PER_WORKER * self.workers:
                yield from self._take(in_flight, on_failed)
        while in_flight:
            yield from self._take(in_flight, on_failed)

    def _here(self, chunk: list[DatasetSample], on_failed: Callable[[DatasetSample, Exception], None] | None
              ) -> list[list[FieldResult] | None]:
        """The chunk classified in this process; if that raises, each dataset alone (None for
        one that raises alone too, told to `on_failed`)."""
        try:
            return classify_datasets(chunk, self.recognizers)
        except Exception:
            if on_failed is None:
                raise
        results: list[list[FieldResult] | None] = []
        for dataset in chunk:
            try:
                results.append(classify_datasets([dataset], self.recognizers)[0])
            except Exception as exc:
                on_failed(dataset, exc)
                results.append(None)
        return results

    def _submit(self, chunk: list[DatasetSample]) -> Future:
        """The chunk's detections, classified by a worker; a pool already broken gives a
        future of that error, as the chunks in flight get."""
        # the row-aligned table (for profiles, read here) does not travel to the worker
        shipped = [replace(dataset, rows=None) for dataset in chunk]
        try:
            return (self._pool or self._start()).submit(_detections, shipped)
        except BrokenProcessPool as exc:
            broken: Future = Future()
            broken.set_exception(exc)
            return broken

    def _take(self, in_flight: deque[tuple[list[DatasetSample], Future]],
              on_failed: Callable[[DatasetSample, Exception], None] | None
              ) -> Iterator[tuple[DatasetSample, list[FieldResult]]]:
        """The results of the first chunk in flight; if its worker died, those of every chunk
        in flight, classified again one dataset at a time on a new pool; if classifying it
        raised, those of its datasets, one at a time."""
        chunk, future = in_flight.popleft()
        try:
            detections = interruptible.result(future)
        except BrokenProcessPool:
            if on_failed is None:
                raise
            again = [dataset for part in [chunk, *(part for part, _ in in_flight)] for dataset in part]
            in_flight.clear()
            self._drop_pool()
        except Exception:
            if on_failed is None:
                raise
            again = chunk
        else:
            yield from _attach(chunk, detections)
            return
        for dataset in again:
            try:
                detections = interruptible.result(self._submit([dataset]))
            except BrokenProcessPool as exc:
                self._drop_pool()
                on_failed(dataset, exc)
            except Exception as exc:
                on_failed(dataset, exc)
            else:
                yield from _attach([dataset], detections)

    def _drop_pool(self) -> None:
        """Forget a broken pool (its processes are gone or going); the next chunk starts another."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def _worth_a_pool(self, done: int, timed: int, spent: float, expected: int | None) -> bool:
        """Whether the datasets left (of `expected`, `done` classified here) would take this
        process longer than starting the workers costs, at the pace measured so far (`spent`
        seconds for `timed` datasets)."""
        if self._warming:
            return True  # the workers' start-up is paid already, beside this process's work
        if expected is not None and expected * MIN_DATASET_SECONDS * (1 - 1 / self.workers) > POOL_START_SECONDS:
            return True  # worth it even at the least a dataset can cost: nothing to measure
        if done == 0:
            return False  # the first chunk is classified here (and loads what classifying needs)
        if expected is None:
            return True
        if timed == 0:
            return False  # the pace is measured on the second chunk, the first one loaded things
        left = (expected - done) * spent / timed
        return left * (1 - 1 / self.workers) > POOL_START_SECONDS

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers, initializer=_warm,
                                             initargs=(self.chinese_terms,), mp_context=_context())
        return self._pool

    def close(self, interrupted: bool = False) -> None:
        """Stop the workers: once the chunks in flight are classified, or, `interrupted` (Ctrl-C,
        SIGTERM), at once: the chunks not started are cancelled and the workers terminated,
        whatever they were classifying (nothing they return would be written)."""
        self._loaded()  # not left loading modules while the interpreter exits
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if not interrupted:
            pool.shutdown(cancel_futures=True)
            return
        processes = list((pool._processes or {}).values())  # gone from the pool once it is shut down
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        deadline = time.monotonic() + STOP_SECONDS
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():  # pragma: no cover - a worker deaf to SIGTERM
                process.kill()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _attach(chunk: list[DatasetSample], detections: list[list[list[Detection]]]
            ) -> Iterator[tuple[DatasetSample, list[FieldResult]]]:
    for dataset, found_in_fields in zip(chunk, detections):
        yield dataset, [FieldResult(sample, found) for sample, found in zip(result_samples(dataset), found_in_fields)]
