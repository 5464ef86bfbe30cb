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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone

import pyarrow as pa

from catalog.datamap import DataMap, Source, empty_datamap
from catalog.policy import Policy, load_policy
from classifiers import chinese
from classifiers.engine import DEFAULT_THRESHOLD, FieldResult, classify_dataset
from classifiers.recognizer import FieldRecognizer
from classifiers.registry import default_recognizers
from classifiers.profiles import DatasetProfile, profile_dataset
from inventory.connectors import SampleOptions, SourceError, connector_for
from datamap.flatten import event_time_range
from datamap.messages import driver_message, one_line
from datamap.model import DatasetReadError, DatasetSample, ScanError
from inventory.redaction import redact, redact_url

log = logging.getLogger(__name__)

#: errors a single dataset may raise while being read that must not stop the scan
READ_ERRORS: tuple[type[BaseException], ...] = (DatasetReadError, OSError, UnicodeDecodeError, pa.ArrowException,
                                                RecursionError)


@dataclass(frozen=True)
class ScanOptions:
    sample: SampleOptions = field(default_factory=SampleOptions)
    threshold: float = DEFAULT_THRESHOLD


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
         datamap: DataMap | None = None, on_error: Callable[[ScanError], None] | None = None) -> ScanResult:
    """Sample and classify every dataset of the given locations (or the data map's sources)."""
    options = options or ScanOptions()
    datamap = datamap or empty_datamap()
    policy = policy or load_policy(datamap.policy_path)
    # the policy's own Chinese terms are read in field names like the built-in words
    chinese.use_terms(policy.translations("zh"))
    started = datetime.now(timezone.utc)
    result = ScanResult(started_at=started, finished_at=started, sources=[], options=options,
                        policy=policy, datamap=datamap)

    def record(error: ScanError) -> None:
        result.errors.append(error)
        if on_error is not None:
            on_error(error)

    # the data map's own recognizers run beside the built-in ones, through the same engine
    recognizers = [*default_recognizers(), *datamap.recognizers]
    for source in sources_from(locations, datamap):
        _scan_source(source, options, result, record, recognizers)
    result.finished_at = datetime.now(timezone.utc)
    return result


def _scan_source(source: Source, options: ScanOptions, result: ScanResult,
                 record: Callable[[ScanError], None], recognizers: list[FieldRecognizer]) -> None:
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
    try:
        with ThreadPoolExecutor(max_workers=max(1, connector.parallelism)) as pool:
            # samples are taken in parallel where the source allows (a pool of database
            # sessions); classification stays in this thread, in dataset order
            futures = [pool.submit(connector.sample, ref, options.sample) for ref in refs]
            for ref, future in zip(refs, futures):
                try:
                    sample = future.result()
                except SourceError as exc:  # the source died mid-scan: the rest will fail alike
                    record(ScanError(ref.name, connector.source_name, "sample", type(exc).__name__, str(exc)))
                    for pending in futures:
                        pending.cancel()
                    return
                except READ_ERRORS as exc:
                    record(ScanError(ref.name, connector.source_name, "read", type(exc).__name__, _message(exc)))
                    continue
                sample.notes.extend(f"{f.path}: {f.note}" for f in sample.fields if f.note)
                sample.name = _unique_name(sample.name, result)
                _apply_event_time(sample, result.datamap)
                sample.location = sample.location or ref.location
                result.datasets.append(sample)
                result.classified[sample.name] = classify_dataset(sample, recognizers)
                result.profiles[sample.name] = profile_dataset(
                    sample, result.classified[sample.name], options.threshold, result.policy.teen_age)
                sample.rows = None  # the row-aligned sample is only for the profile
    finally:
        connector.close()


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


def _unique_name(name: str, result: ScanResult) -> str:
    """Two sources may hold datasets of the same name (two databases called `shop`): the
    second is kept as `name#2`, so neither is lost and the catalog's keys hold."""
    if name not in result.classified:
        return name
    suffix = 2
    while f"{name}#{suffix}" in result.classified:
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
