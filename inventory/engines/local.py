"""The local engine: samples drawn in this process, classified in a local process pool.

Each source's datasets are sampled by the connector's own threads (a pool of database
sessions where the source allows), a bounded number ahead, and classified in chunks by
`inventory.workers.Classifier` (in this process with one worker, else in spawned processes).
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Self

from classifiers.engine import FieldResult
from classifiers.recognizer import FieldRecognizer
from datamap.model import DatasetSample, ScanError
from inventory import interruptible
from inventory.connectors import SourceError
from inventory.engines.base import (
    READ_ERRORS,
    DatasetTask,
    Record,
    SourceJob,
    classify_error,
    read_error,
    read_sample,
)
from inventory.workers import Classifier, chunks


class LocalEngine:
    def __init__(self, workers: int, extra_recognizers: Sequence[FieldRecognizer] = (),
                 chinese_terms: dict[str, str] | None = None) -> None:
        self.classifier = Classifier(workers, extra_recognizers, chinese_terms)

    def run(self, job: SourceJob, record: Record) -> Iterator[tuple[DatasetSample, list[FieldResult]]]:
        expected = len(job.tasks)

        def failed(dataset: DatasetSample, exc: Exception) -> None:
            if isinstance(exc, BrokenProcessPool):
                record(ScanError(dataset.name, job.connector.source_name, "worker", "WorkerLost",
                                 "the worker process classifying this dataset died (killed by the system, "
                                 "out of memory, or crashed), also when it classified it alone"))
            else:
                record(classify_error(dataset.name, job.connector.source_name, exc))

        # the samples are drawn by threads on the connector's sessions: whatever ends this
        # generator, they are stopped before the caller closes the connector (else DuckDB
        # refuses to close a session a thread still reads from, and that error hides this one)
        samples = _samples(job, record)
        try:
            yield from self.classifier.classify(chunks(samples, expected, self.classifier.parallel),
                                                expected=expected, on_failed=failed)
        finally:
            samples.close()

    def prepare(self, datasets: int) -> None:
        self.classifier.prepare(datasets)

    def expect(self, datasets: int) -> None:
        self.classifier.expect(datasets)

    def close(self, interrupted: bool = False) -> None:
        self.classifier.close(interrupted)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        self.close(interrupted=kind is not None and issubclass(kind, (KeyboardInterrupt, SystemExit)))


def _samples(job: SourceJob, record: Record) -> Iterator[DatasetSample]:
    """Each dataset's sample, in order, drawn in parallel where the source allows (a pool of
    database sessions), with a bounded number of samples drawn ahead."""
    connector = job.connector
    threads = max(1, connector.parallelism)
    pending = iter(job.tasks)
    pool = ThreadPoolExecutor(max_workers=threads)
    interrupted = False
    try:
        ahead: deque[tuple[DatasetTask, Future]] = deque()

        def fill() -> None:
            while len(ahead) < 2 * threads:
                task = next(pending, None)
                if task is None:
                    return
                ahead.append((task, pool.submit(read_sample, connector, task, job.sample)))

        fill()
        while ahead:
            task, future = ahead.popleft()
            try:
                sample = interruptible.result(future)
            except SourceError as exc:  # the source died mid-scan: the rest will fail alike
                record(read_error(task, connector.source_name, exc))
                for _, waiting in ahead:
                    waiting.cancel()
                return
            except READ_ERRORS as exc:
                record(read_error(task, connector.source_name, exc))
                fill()
                continue
            fill()
            yield sample
    except (KeyboardInterrupt, SystemExit):
        interrupted = True  # Ctrl-C, SIGTERM: the reads under way are not waited for
        raise
    finally:
        pool.shutdown(wait=not interrupted, cancel_futures=True)
