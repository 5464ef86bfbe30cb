"""The scan pipeline: sources -> samples -> classification -> one catalog transaction.

    result = scan(["data/"], ScanOptions())
    scan_id = write_scan("datamap.duckdb", result)

A dataset that cannot be read becomes a `ScanError` (one line on stderr from the CLI) and the
scan goes on with the rest; a source that cannot be reached likewise.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

import pyarrow as pa

from catalog.datamap import DataMap, Source, empty_datamap
from catalog.policy import Policy, load_policy
from classifiers import chinese
from classifiers.engine import DEFAULT_THRESHOLD, FieldResult
from classifiers.profiles import DatasetProfile, profile_dataset
from datamap.flatten import event_time_range
from datamap.model import DatasetRef, DatasetSample, ScanError
from inventory.connectors import SampleOptions, SourceError, connector_for
from inventory.engines import DatasetTask, Engine, SourceJob, SourceSpec, engine_for
from inventory.engines.base import READ_ERRORS  # noqa: F401 - where callers found it
from inventory.progress import Progress
from inventory.redaction import redact, redact_url

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScanOptions:
    sample: SampleOptions = field(default_factory=SampleOptions)
    threshold: float = DEFAULT_THRESHOLD
    #: worker processes that classify (1: in this process; the CLI defaults to every core);
    #: with the Ray engine, the CPUs of the local cluster it starts (none with `ray_address`)
    workers: int = 1
    #: where datasets are sampled and classified: "local" or "ray" (see inventory/engines/)
    engine: str = "local"
    #: the Ray cluster to use (its head node `host:6379`, or "auto"); None: a local one
    ray_address: str | None = None
    #: keep each field's sampled values in the result once classified (False: only their
    #: count is kept, so a scan's memory does not grow with the number of datasets)
    keep_values: bool = True


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

    @property
    def ok(self) -> bool:
        return not self.errors


def sources_from(locations: Iterable[str], datamap: DataMap) -> list[Source]:
    """Sources named on the command line, else those of the data map."""
    named = [Source(name=loc, location=loc) for loc in locations]
    return named or list(datamap.sources)


def scan(locations: Iterable[str] = (), options: ScanOptions | None = None, *, policy: Policy | None = None,
         datamap: DataMap | None = None, on_error: Callable[[ScanError], None] | None = None,
         progress: Progress | None = None) -> ScanResult:
    """Sample and classify every dataset of the given locations (or the data map's sources)."""
    options = options or ScanOptions()
    datamap = datamap or empty_datamap()
    policy = policy or load_policy(datamap.policy_path)
    # the policy's own Chinese terms are read in field names like the built-in words
    chinese.use_terms(policy.translations("zh"))
    started = datetime.now(timezone.utc)
    result = ScanResult(started_at=started, finished_at=started, sources=[], options=options,
                        policy=policy, datamap=datamap)

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
    sources = sources_from(locations, datamap)
    engine = engine_for(options.engine, workers=options.workers, address=options.ray_address,
                        extra_recognizers=list(datamap.recognizers), chinese_terms=terms,
                        locations=[source.written or source.location for source in sources])
    try:
        for source in sources:
            _scan_source(source, options, result, record, engine, progress)
    finally:
        engine.close()
    progress.close()
    result.finished_at = datetime.now(timezone.utc)
    return result


def _scan_source(source: Source, options: ScanOptions, result: ScanResult,
                 record: Callable[[ScanError], None], engine: Engine, progress: Progress) -> None:
    extra = dict(source.options)
    if source.type:
        extra["type"] = source.type
    if source.include:
        extra["include"] = list(source.include)
    if source.exclude:
        extra["exclude"] = list(source.exclude)
    name = source.name if source.name != source.location else None
    try:
        connector = connector_for(source.location, name=name, **extra)
    except SourceError as exc:
        label = name or _printable(source.location)
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
    job = SourceJob(connector, SourceSpec.of(connector, source.written or source.location, name, extra), _tasks(refs, result),
                    options.sample)
    try:
        for dataset, field_results in engine.run(job, record):
            _apply_event_time(dataset, result.datamap)
            result.datasets.append(dataset)
            result.classified[dataset.name] = field_results
            result.profiles[dataset.name] = profile_dataset(dataset, field_results, options.threshold,
                                                            result.policy.teen_age)
            dataset.rows = None  # the row-aligned sample is only for the profile
            if not options.keep_values:
                _drop_values(dataset, field_results)
            progress.advance()
    finally:
        connector.close()


def _tasks(refs: list[DatasetRef], result: ScanResult) -> list[DatasetTask]:
    """The datasets of a source with the names they take in this scan, unique across sources."""
    taken = set(result.classified)
    tasks = []
    for ref in refs:
        name = _unique_name(ref.name, taken)
        taken.add(name)
        tasks.append(DatasetTask(ref, name))
    return tasks


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


def _printable(location: str) -> str:
    """A location safe to print: passwords redacted, paths normalised."""
    return redact(redact_url(location)) if "://" in location else os.path.normpath(location)
