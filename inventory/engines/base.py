"""The seam between the scan pipeline and its engines: what an engine is given, what it yields.

An engine gets one `SourceJob` at a time: the open connector (the driver listed the datasets
through it), a `SourceSpec` from which another process can open the same source again, and the
datasets to scan as `DatasetTask`s, in order. It yields `(sample, field results)` per dataset
in that order and reports each dataset it could not scan as a `ScanError`.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import pyarrow as pa

from classifiers.engine import FieldResult
from datamap.messages import driver_message, one_line
from datamap.model import DatasetReadError, DatasetRef, DatasetSample, ScanError
from inventory.connectors import Connector, SampleOptions, SourceError

if TYPE_CHECKING:
    from classifiers.recognizer import FieldRecognizer

#: the engines `datamap scan --engine` knows, the default first
ENGINES = ("local", "ray")

#: errors a single dataset may raise while being read that must not stop the scan
READ_ERRORS: tuple[type[BaseException], ...] = (DatasetReadError, OSError, UnicodeDecodeError, pa.ArrowException,
                                                RecursionError)

Record = Callable[[ScanError], None]


class EngineError(Exception):
    """The engine itself cannot run (Ray not installed, no cluster at the address): the scan stops."""


@dataclass(frozen=True)
class SourceSpec:
    """How to open a source again in another process: the connector class by its import path
    and the arguments it was built with."""

    connector: str  # "module:Class"
    location: str
    name: str | None = None
    options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, connector: Connector, location: str, name: str | None, options: dict[str, Any]) -> SourceSpec:
        kind = type(connector)
        return cls(f"{kind.__module__}:{kind.__qualname__}", location, name,
                   {k: v for k, v in options.items() if k != "type"})

    def open(self) -> Connector:
        module, _, qualname = self.connector.partition(":")
        kind = getattr(importlib.import_module(module), qualname)
        return kind(self.location, name=self.name, **self.options)


@dataclass(frozen=True)
class DatasetTask:
    """One dataset to scan, the name it takes in this scan (unique across its sources) and its
    fingerprint (what an incremental scan compares next time; None when the source gives none)."""

    ref: DatasetRef
    name: str
    fingerprint: str | None = None


@dataclass
class SourceJob:
    connector: Connector  # open, in the driver
    spec: SourceSpec
    tasks: list[DatasetTask]
    sample: SampleOptions


class Engine(Protocol):
    def prepare(self, datasets: int) -> None:
        """A source of `datasets` datasets was listed and is about to be probed and read: a
        chance to start what its reading will need."""
        ...

    def expect(self, datasets: int) -> None:
        """About `datasets` datasets of the source will be read (all those listed, on a first
        scan; on a rescan, an estimate from a first share of the probe): a chance to load,
        beside the rest of the probe, what classifying them will need."""
        ...

    def run(self, job: SourceJob, record: Record) -> Iterator[tuple[DatasetSample, list[FieldResult]]]:
        """Each dataset of `job` that could be scanned, in order, with its field results; the
        others reported through `record`."""
        ...

    def close(self, interrupted: bool = False) -> None:
        """Release the engine's workers; `interrupted` (Ctrl-C, SIGTERM): at once, without
        waiting for the work under way."""
        ...


def read_sample(connector: Connector, task: DatasetTask, options: SampleOptions) -> DatasetSample:
    """The sample of one dataset, named as the scan names it. Raises `SourceError` (the source
    is gone) or one of `READ_ERRORS` (this dataset cannot be read)."""
    sample = connector.sample(task.ref, options)
    sample.name = task.name
    sample.notes.extend(f"{f.path}: {f.note}" for f in sample.fields if f.note)
    sample.location = sample.location or task.ref.location
    sample.fingerprint = task.fingerprint
    return sample


def read_error(task: DatasetTask, source: str, exc: BaseException) -> ScanError:
    """The `ScanError` of a dataset whose sampling raised `exc` (a `SourceError` or a read error)."""
    if isinstance(exc, SourceError):
        return ScanError(task.ref.name, source, "sample", type(exc).__name__, str(exc))
    return ScanError(task.ref.name, source, "read", type(exc).__name__, read_message(exc))


def classify_error(dataset: str, source: str, exc: BaseException) -> ScanError:
    """The `ScanError` of a dataset whose classification raised `exc`: our code failed on it (a
    bug), told in one line."""
    return ScanError(dataset, source, "classify", type(exc).__name__, driver_message(exc))


def read_message(exc: BaseException) -> str:
    """One line for an error raised while reading a dataset. Our own errors are written to
    be shown; an OS, codec or Arrow error may quote the data, so it is told in our words."""
    if isinstance(exc, DatasetReadError):
        return one_line(str(exc) or "unreadable")
    if isinstance(exc, UnicodeDecodeError):
        return f"not valid {exc.encoding} text (byte offset {exc.start})"
    if isinstance(exc, OSError):
        return one_line(exc.strerror or driver_message(exc))
    return driver_message(exc)


def engine_for(name: str, *, workers: int, address: str | None = None,
               extra_recognizers: list[FieldRecognizer] | None = None,
               chinese_terms: dict[str, str] | None = None, locations: list[str] | None = None) -> Engine:
    """The engine called `name` (one of `ENGINES`), for a scan of the sources at `locations`
    (the Ray engine prepares their credentials before its workers start)."""
    if name == "local":
        from inventory.engines.local import LocalEngine

        return LocalEngine(workers, extra_recognizers or [], chinese_terms or {})
    if name == "ray":
        from inventory.engines.ray_engine import RayEngine

        return RayEngine(address=address, num_cpus=workers, extra_recognizers=extra_recognizers or [],
                         chinese_terms=chinese_terms or {}, locations=locations or [])
    raise EngineError(f"unknown engine {name!r} (known: {', '.join(ENGINES)})")
