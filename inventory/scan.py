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
from classifiers.engine import DEFAULT_THRESHOLD, FieldResult, classify_dataset
from inventory.connectors import SampleOptions, SourceError, connector_for
from inventory.model import DatasetReadError, DatasetSample, ScanError

log = logging.getLogger(__name__)

#: errors a single dataset may raise while being read that must not stop the scan
READ_ERRORS: tuple[type[BaseException], ...] = (DatasetReadError, OSError, UnicodeDecodeError, pa.ArrowException)


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
    started = datetime.now(timezone.utc)
    result = ScanResult(started_at=started, finished_at=started, sources=[], options=options,
                        policy=policy, datamap=datamap)

    def record(error: ScanError) -> None:
        result.errors.append(error)
        if on_error is not None:
            on_error(error)

    for source in sources_from(locations, datamap):
        _scan_source(source, options, result, record)
    result.finished_at = datetime.now(timezone.utc)
    return result


def _scan_source(source: Source, options: ScanOptions, result: ScanResult,
                 record: Callable[[ScanError], None]) -> None:
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
        record(ScanError(dataset="", source=_printable(source.location), stage="connect",
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
        for ref in refs:
            try:
                sample = connector.sample(ref, options.sample)
            except SourceError as exc:  # the source died mid-scan: the rest will fail alike
                record(ScanError(ref.name, connector.source_name, "sample", type(exc).__name__, str(exc)))
                return
            except READ_ERRORS as exc:
                record(ScanError(ref.name, connector.source_name, "read", type(exc).__name__, _message(exc)))
                continue
            result.datasets.append(sample)
            result.classified[sample.name] = classify_dataset(sample)
    finally:
        connector.close()


def _message(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text or type(exc).__name__)[:300]


def _printable(location: str) -> str:
    """A location safe to print: a URL's password replaced by ***."""
    if "://" in location and "@" in location:
        scheme, rest = location.split("://", 1)
        credentials, host = rest.rsplit("@", 1)
        user = credentials.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}" if ":" in credentials else location
    return os.path.normpath(location) if location else location
