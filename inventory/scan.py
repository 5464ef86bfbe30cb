"""The scan pipeline: sources -> samples -> classification -> one catalog transaction.

    result = scan(["data/"], ScanOptions())
    scan_id = write_scan("datamap.duckdb", result)

A dataset that cannot be read becomes a `ScanError` (one line on stderr from the CLI) and the
scan goes on with the rest; a source that cannot be reached likewise.
"""
from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone

import pyarrow as pa

from catalog.datamap import DataMap, Source, empty_datamap
from catalog.incremental import Previous, Reused
from catalog.policy import Policy, load_policy
from catalog.writer import ScanSpool
from classifiers import chinese
from classifiers.engine import DEFAULT_THRESHOLD, FieldResult
from classifiers.profiles import DatasetProfile, profile_dataset
from datamap.flatten import event_time_range
from datamap.messages import driver_message, one_line
from datamap.model import DatasetReadError, DatasetRef, DatasetSample, ScanError
from inventory.connectors import Connector, SampleOptions, SourceError, connector_for
from inventory.fingerprint import classifier_fingerprint, dataset_fingerprint
from inventory.progress import Progress
from inventory.redaction import redact, redact_url
from inventory.workers import Classifier, chunks

log = logging.getLogger(__name__)

#: errors a single dataset may raise while being read that must not stop the scan
READ_ERRORS: tuple[type[BaseException], ...] = (DatasetReadError, OSError, UnicodeDecodeError, pa.ArrowException,
                                                RecursionError)


@dataclass(frozen=True)
class ScanOptions:
    sample: SampleOptions = field(default_factory=SampleOptions)
    threshold: float = DEFAULT_THRESHOLD
    #: worker processes that classify (1: in this process; the CLI defaults to every core)
    workers: int = 1
    #: keep each field's sampled values in the result once classified (False: only their
    #: count is kept, so a scan's memory does not grow with the number of datasets)
    keep_values: bool = True


@dataclass(frozen=True)
class DatasetSummary:
    """What the scan summary shows of a dataset: small, kept for every dataset of the scan."""

    name: str
    source: str
    kind: str
    row_count: int | None
    sampled_rows: int
    fields: int
    categories: dict[str, int]  # accepted category -> fields
    reused: bool = False


def _summary(dataset: DatasetSample, field_results: list[FieldResult], policy: Policy,
             threshold: float) -> DatasetSummary:
    categories: dict[str, int] = {}
    for field_result in field_results:
        best = field_result.best(threshold)
        category = policy.category_of(best.entity) if best is not None else None
        if category:
            categories[category] = categories.get(category, 0) + 1
    return DatasetSummary(dataset.name, dataset.source, dataset.kind, dataset.row_count, dataset.sampled_rows,
                          len(field_results), categories)


@dataclass
class ScanResult:
    started_at: datetime
    finished_at: datetime
    sources: list[str]
    options: ScanOptions
    policy: Policy
    datamap: DataMap
    datasets: list[DatasetSample] = field(default_factory=list)
    classified: dict[str, list[FieldResult]] = field(default_factory=dict)
    profiles: dict[str, DatasetProfile] = field(default_factory=dict)  # minors, re-identification
    errors: list[ScanError] = field(default_factory=list)
    #: datasets whose fingerprint was unchanged: their previous results are copied, unread
    reused: list[Reused] = field(default_factory=list)
    #: every dataset of the scan, read or reused, as the summary shows it
    summaries: list[DatasetSummary] = field(default_factory=list)
    #: where the classified datasets went instead of `datasets` and `classified` (see `scan`)
    spool: ScanSpool | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def sources_from(locations: Iterable[str], datamap: DataMap) -> list[Source]:
    """Sources named on the command line, else those of the data map."""
    named = [Source(name=loc, location=loc) for loc in locations]
    return named or list(datamap.sources)


def scan(locations: Iterable[str] = (), options: ScanOptions | None = None, *, policy: Policy | None = None,
         datamap: DataMap | None = None, on_error: Callable[[ScanError], None] | None = None,
         progress: Progress | None = None,
         previous: Callable[[str], dict[str, Previous]] | None = None, spool: ScanSpool | None = None) -> ScanResult:
    """Sample and classify every dataset of the given locations (or the data map's sources).

    `previous(source)` gives the results an earlier scan holds for a source's datasets (see
    `catalog.incremental.previous_results`): a dataset whose fingerprint is unchanged is not
    read again but listed in `result.reused`. Without it (`--full`), every dataset is read;
    fingerprints are computed either way, for the next scan.

    With a `spool`, each classified dataset's results go to it as soon as the dataset is
    classified, and the result keeps only their summaries (`result.datasets` and
    `result.classified` stay empty): memory does not grow with the number of datasets."""
    options = options or ScanOptions()
    datamap = datamap or empty_datamap()
    policy = policy or load_policy(datamap.policy_path)
    # the policy's own Chinese terms are read in field names like the built-in words
    chinese.use_terms(policy.translations("zh"))
    started = datetime.now(timezone.utc)
    result = ScanResult(started_at=started, finished_at=started, sources=[], options=options,
                        policy=policy, datamap=datamap, spool=spool)

    progress = progress or Progress(interactive=False, stream=_Silent())

    def record(error: ScanError) -> None:
        result.errors.append(error)
        if error.dataset:
            progress.advance()
        if on_error is not None:
            progress.clear()
            on_error(error)

    # the data map's own recognizers run beside the built-in ones, through the same engine
    terms = policy.translations("zh")
    fingerprint = classifier_fingerprint(policy, datamap, sample_rows=options.sample.rows,
                                         seed=options.sample.seed, threshold=options.threshold)
    with Classifier(options.workers, datamap.recognizers, terms) as classifier:
        for source in sources_from(locations, datamap):
            _scan_source(source, options, result, record, classifier, progress,
                         _Reuse(fingerprint, previous))
    progress.close()
    result.finished_at = datetime.now(timezone.utc)
    return result


@dataclass(frozen=True)
class _Reuse:
    """What an incremental scan compares: the classifier's fingerprint, the previous results."""

    classifier: str
    previous: Callable[[str], dict[str, Previous]] | None


def _scan_source(source: Source, options: ScanOptions, result: ScanResult,
                 record: Callable[[ScanError], None], classifier: Classifier, progress: Progress,
                 reuse: _Reuse) -> None:
    extra = dict(source.options)
    if source.type:
        extra["type"] = source.type
    if source.include:
        extra["include"] = list(source.include)
    if source.exclude:
        extra["exclude"] = list(source.exclude)
    try:
        connector = connector_for(source.location, name=source.name if source.name != source.location else None,
                                  **extra)
    except SourceError as exc:
        label = source.name if source.name != source.location else _printable(source.location)
        record(ScanError(dataset="", source=label, stage="connect",
                         error=type(exc).__name__, message=str(exc)))
        return
    result.sources.append(connector.source_name)
    try:
        refs = list(connector.datasets())
    except SourceError as exc:
        record(ScanError(dataset="", source=connector.source_name, stage="discover",
                         error=type(exc).__name__, message=str(exc)))
        connector.close()
        return
    progress.discovered(connector.source_name, len(refs))
    try:
        refs, fingerprints = _unchanged_reused(connector, refs, extra, reuse, result, progress)
        samples = _prepared(_samples(connector, refs, options, record, fingerprints), result)
        for dataset, field_results in classifier.classify(chunks(samples)):
            profile = profile_dataset(dataset, field_results, options.threshold, result.policy.teen_age)
            dataset.rows = None  # the row-aligned sample is only for the profile
            result.summaries.append(_summary(dataset, field_results, result.policy, options.threshold))
            if result.spool is not None:
                result.spool.add(dataset, field_results, profile)
            else:
                result.datasets.append(dataset)
                result.classified[dataset.name] = field_results
                result.profiles[dataset.name] = profile
                if not options.keep_values:
                    _drop_values(dataset, field_results)
            progress.advance()
    finally:
        connector.close()


def _unchanged_reused(connector: Connector, refs: list[DatasetRef], source_options: dict[str, object],
                      reuse: _Reuse, result: ScanResult, progress: Progress
                      ) -> tuple[list[DatasetRef], dict[DatasetRef, str]]:
    """(the refs to read, every dataset's fingerprint). A dataset whose fingerprint equals the
    one its current results were made with goes to `result.reused` instead of being read."""
    probes = connector.fingerprints(refs)
    fingerprints = {ref: dataset_fingerprint(reuse.classifier, source_options, probe) for ref, probe in probes.items()}
    known = reuse.previous(connector.source_name) if reuse.previous is not None and fingerprints else {}
    to_read = []
    taken = {summary.name for summary in result.summaries}
    for ref in refs:
        previous = known.get(ref.name)
        if previous is not None and fingerprints.get(ref) == previous.fingerprint:
            name = _unique_name(ref.name, taken)
            taken.add(name)
            result.reused.append(Reused(name, connector.source_name, previous))
            result.summaries.append(DatasetSummary(name, connector.source_name, previous.kind, previous.row_count,
                                                   previous.sampled_rows, previous.fields, previous.categories,
                                                   reused=True))
            progress.advance()
        else:
            to_read.append(ref)
    return to_read, fingerprints


def _samples(connector: Connector, refs: list[DatasetRef], options: ScanOptions,
             record: Callable[[ScanError], None], fingerprints: dict[DatasetRef, str] | None = None
             ) -> Iterator[DatasetSample]:
    """Each dataset's sample, in order, drawn in parallel where the source allows (a pool of
    database sessions), with a bounded number of samples drawn ahead."""
    threads = max(1, connector.parallelism)
    pending = iter(refs)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        ahead: deque[tuple[DatasetRef, Future]] = deque()

        def fill() -> None:
            while len(ahead) < 2 * threads:
                ref = next(pending, None)
                if ref is None:
                    return
                ahead.append((ref, pool.submit(connector.sample, ref, options.sample)))

        fill()
        while ahead:
            ref, future = ahead.popleft()
            try:
                sample = future.result()
            except SourceError as exc:  # the source died mid-scan: the rest will fail alike
                record(ScanError(ref.name, connector.source_name, "sample", type(exc).__name__, str(exc)))
                for _, waiting in ahead:
                    waiting.cancel()
                return
            except READ_ERRORS as exc:
                record(ScanError(ref.name, connector.source_name, "read", type(exc).__name__, _message(exc)))
                fill()
                continue
            fill()
            sample.notes.extend(f"{f.path}: {f.note}" for f in sample.fields if f.note)
            sample.location = sample.location or ref.location
            sample.fingerprint = (fingerprints or {}).get(ref)
            yield sample


def _prepared(samples: Iterable[DatasetSample], result: ScanResult) -> Iterator[DatasetSample]:
    """Samples with unique names and the data map's event-time field applied."""
    taken = {summary.name for summary in result.summaries}
    for sample in samples:
        sample.name = _unique_name(sample.name, taken)
        taken.add(sample.name)
        _apply_event_time(sample, result.datamap)
        yield sample


def _drop_values(dataset: DatasetSample, field_results: list[FieldResult]) -> None:
    """Free a classified dataset's sampled values; a null array of the same length keeps the
    count the catalog records (`sampled_values`)."""
    for sample in [*dataset.fields, *(r.sample for r in field_results)]:
        sample.values = pa.nulls(len(sample.values))
        sample.list_lengths = pa.nulls(len(sample.list_lengths)) if sample.list_lengths is not None else None
    dataset.free_text = []


class _Silent:
    """A stream that drops what it is given (progress nobody asked to see)."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _apply_event_time(sample: DatasetSample, datamap: DataMap) -> None:
    """Where the data map names the event-time field, the retention check reads only it."""
    declared = datamap.event_time_field(sample.name)
    if declared is None:
        return
    chosen = [f for f in sample.fields if f.path == declared]
    if not chosen:
        sample.notes.append(f"event_time field {declared!r} of the data map is not in the sample")
        return
    sample.oldest_event, sample.newest_event = event_time_range(chosen)


def _unique_name(name: str, taken: set[str]) -> str:
    """Two sources may hold datasets of the same name (two databases called `shop`): the
    second is kept as `name#2`, so neither is lost and the catalog's keys hold."""
    if name not in taken:
        return name
    suffix = 2
    while f"{name}#{suffix}" in taken:
        suffix += 1
    return f"{name}#{suffix}"


def _message(exc: BaseException) -> str:
    """One line for an error raised while reading a dataset. Our own errors are written to
    be shown; an OS, codec or Arrow error may quote the data, so it is told in our words."""
    if isinstance(exc, DatasetReadError):
        return one_line(str(exc) or "unreadable")
    if isinstance(exc, UnicodeDecodeError):
        return f"not valid {exc.encoding} text (byte offset {exc.start})"
    if isinstance(exc, OSError):
        return one_line(exc.strerror or driver_message(exc))
    return driver_message(exc)


def _printable(location: str) -> str:
    """A location safe to print: passwords redacted, paths normalised."""
    return redact(redact_url(location)) if "://" in location else os.path.normpath(location)
