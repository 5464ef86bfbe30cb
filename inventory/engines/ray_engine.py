"""The Ray engine: Ray tasks over a source's datasets, on a local Ray cluster or a real one.

The driver lists each source's datasets, then sends Ray tasks holding the source's
`SourceSpec` and a run of consecutive datasets (up to `CHUNK_DATASETS`, fewer when the source
has too few datasets to keep every CPU busy). The worker opens the source itself (once per
worker process and source: it connects to the database or reads the file where it runs),
draws the samples, classifies them together (their fields share one regex batch, as the
process pool's chunks do: one dataset a task cost 1.8 times the CPU) and returns the
classified samples (Arrow arrays inside plain objects).
The driver profiles it and writes the catalog in its one transaction, as with the local engine.

Credentials travel only in the workers' environment, never in task arguments or a task's
`runtime_env` (Ray's runtime-env agent writes those to its log). A URL written with
`${PG_PASSWORD}` is sent as written and each worker expands it from its own environment: on a
real cluster, the nodes are started with the variable set. When this engine starts the local
cluster itself, a password written in a URL is put in an environment variable
`DATAMAP_SECRET_<hash>` of this process before Ray starts, so the workers inherit it, and the
tasks carry `${DATAMAP_SECRET_<hash>}` in its place. A written password cannot reach the
workers of a cluster started elsewhere: that source fails with a line saying what to do.

A task whose worker process dies (killed, out of memory, node lost) is retried by Ray up to
`max_retries` times; an error raised by our code is not retried (`retry_exceptions=False`),
it would fail alike. A task of several datasets that finally failed is sent again as one task
per dataset, so only the dataset that fails becomes a `ScanError`, and the scan goes on.

No network beyond the cluster: Ray's dashboard and usage statistics are off.
"""
from __future__ import annotations

import hashlib
import logging
import os
import secrets
import socket
from collections import OrderedDict, deque
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from classifiers.engine import FieldResult, classify_datasets
from classifiers.recognizer import FieldRecognizer
from datamap.messages import one_line
from datamap.model import DatasetRef, DatasetSample, ScanError
from inventory.connectors import Connector, SampleOptions, SourceError
from inventory.engines.base import (
    READ_ERRORS,
    DatasetTask,
    EngineError,
    Record,
    SourceJob,
    SourceSpec,
    classify_error,
    read_error,
    read_sample,
)
from inventory.redaction import redact, redact_url, split_userinfo
from inventory.workers import chunk_limit

#: attempts after the first for a task whose worker process died
MAX_RETRIES = 2
#: tasks submitted ahead per CPU of the cluster: the workers stay busy while the driver
#: collects results in order, and the results waiting in Ray's object store stay bounded
IN_FLIGHT_PER_CPU = 2
#: datasets a task holds at most (see `_chunk_size`)
CHUNK_DATASETS = 32
#: a source's datasets are cut into at least this many tasks per CPU, so that every CPU
#: has work, even near the end
TASKS_PER_CPU = 2
#: seconds to wait for the head node's port before saying the cluster cannot be reached
CONNECT_TIMEOUT = 10
#: prefix of the environment variables that carry source passwords to the workers
SECRET_PREFIX = "DATAMAP_SECRET_"
#: sources a worker keeps open between tasks (a long-lived cluster serves many scans: the
#: least recently used source beyond these is closed, its connections with it)
OPEN_SOURCES = 8

Outcome = tuple[DatasetSample, list[FieldResult]] | ScanError


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise EngineError("the Ray engine needs Ray: pip install 'datamap[ray]'") from None
    return ray


class RayEngine:
    def __init__(self, *, address: str | None = None, num_cpus: int | None = None,
                 extra_recognizers: Sequence[FieldRecognizer] = (), chinese_terms: dict[str, str] | None = None,
                 locations: Sequence[str] = (), max_retries: int | None = None) -> None:
        ray = self.ray = _ray()
        # before Ray starts any process: no usage report is sent (no network at run time)
        os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
        self.owns_ray = not ray.is_initialized()
        #: the secret variables the workers hold (those this process set before starting them)
        self.worker_secrets: set[str] = set()
        if self.owns_ray and not address:
            for location in locations:
                env_vars = portable(location)[1]
                os.environ.update(env_vars)  # inherited by the local cluster's processes
                self.worker_secrets.update(env_vars)
        if self.owns_ray:
            if address:
                _check_listening(address)
            try:
                if address:
                    ray.init(address=address, log_to_driver=False, configure_logging=False)
                else:
                    # the cluster of this one scan: its own token, not one written to ~/.ray
                    if not (os.environ.get("RAY_AUTH_TOKEN") or os.environ.get("RAY_AUTH_TOKEN_PATH")):
                        os.environ["RAY_AUTH_TOKEN"] = secrets.token_hex(32)
                    # Ray turns token authentication on for a new local cluster, and says so on stderr
                    logging.getLogger("ray._private.authentication.authentication_token_setup").setLevel(
                        logging.ERROR)
                    ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False,
                             configure_logging=False)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise EngineError(f"cannot start or reach the Ray cluster{f' at {address}' if address else ''}: "
                                  f"{one_line(redact(first))}") from None
        retries = MAX_RETRIES if max_retries is None else max_retries
        self.remote = ray.remote(max_retries=retries, retry_exceptions=False)(_scan_datasets)
        self.recognizers = ray.put(list(extra_recognizers)) if extra_recognizers else None
        self.terms = dict(chinese_terms or {})
        self.cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.in_flight = IN_FLIGHT_PER_CPU * self.cpus

    def prepare(self, datasets: int) -> None:
        pass  # the cluster is up since the engine started

    def expect(self, datasets: int) -> None:
        pass  # the Ray workers classify, whatever the number

    def run(self, job: SourceJob, record: Record) -> Iterator[tuple[DatasetSample, list[FieldResult]]]:
        location, env_vars = portable(job.spec.location)
        source = job.connector.source_name
        if not set(env_vars) <= self.worker_secrets:
            for task in job.tasks:
                record(ScanError(task.ref.name, source, "connect", "SecretNotSent",
                                 "a password written in the URL is not sent to a Ray cluster: write it as "
                                 "${NAME} and set NAME on every node (see docs/scale.md)"))
            return
        if "://" not in location and not os.path.isabs(location):
            location = os.path.abspath(location)  # a worker's working folder is not this process's
        spec = replace(job.spec, location=location)
        size = _chunk_size(len(job.tasks), self.cpus)
        pending: deque[tuple[list[DatasetTask], Any]] = deque()
        start = 0
        try:
            while start < len(job.tasks):
                # smaller tasks near the end, so the CPUs finish together (as the local pool's chunks)
                chunk = job.tasks[start:start + min(size, chunk_limit(len(job.tasks), start, self.cpus))]
                start += len(chunk)
                pending.append((chunk, self._submit(spec, chunk, job.sample)))
                if len(pending) >= self.in_flight:
                    yield from self._collect(*pending.popleft(), spec, job.sample, source, record)
            while pending:
                yield from self._collect(*pending.popleft(), spec, job.sample, source, record)
        finally:
            for _, ref in pending:  # the scan stopped early: nothing more is wanted
                self.ray.cancel(ref)

    def _submit(self, spec: SourceSpec, chunk: list[DatasetTask], options: SampleOptions) -> Any:
        return self.remote.remote(spec, chunk, options, self.terms, self.recognizers)

    def _collect(self, chunk: list[DatasetTask], ref: Any, spec: SourceSpec, options: SampleOptions, source: str,
                 record: Record) -> Iterator[tuple[DatasetSample, list[FieldResult]]]:
        exceptions = self.ray.exceptions
        try:
            outcomes: list[Outcome] = self.ray.get(ref)
        except exceptions.RayError as exc:
            if len(chunk) > 1:  # which dataset failed the task? each is sent again on its own
                singles = [([task], self._submit(spec, [task], options)) for task in chunk]
                for single, single_ref in singles:
                    yield from self._collect(single, single_ref, spec, options, source, record)
                return
            (task,) = chunk
            record(_task_error(task, source, exc, exceptions))
            return
        for outcome in outcomes:
            if isinstance(outcome, ScanError):
                outcome.source = outcome.source and source
                record(outcome)
                continue
            outcome[0].source = source  # as this process names it (a worker was given an absolute path)
            yield outcome

    def close(self, interrupted: bool = False) -> None:
        if self.owns_ray and self.ray.is_initialized():
            self.ray.shutdown()
        for name in self.worker_secrets:  # the workers that needed them are gone
            os.environ.pop(name, None)


def _chunk_size(datasets: int, cpus: int) -> int:
    """Datasets per task: up to `CHUNK_DATASETS`, and few enough that the source makes at
    least `TASKS_PER_CPU` tasks per CPU (a source of a few datasets: one a task)."""
    return max(1, min(CHUNK_DATASETS, datasets // max(1, TASKS_PER_CPU * cpus)))


def _task_error(task: DatasetTask, source: str, exc: BaseException, exceptions: Any) -> ScanError:
    """The `ScanError` of a dataset whose task (of that one dataset) failed with `exc`."""
    if isinstance(exc, exceptions.RayTaskError):  # our code failed on the worker: a bug, told in one line
        cause = exc.cause if isinstance(exc.cause, BaseException) else exc
        return classify_error(task.ref.name, source, cause)
    # the worker (or its node) was lost, after Ray's retries
    return ScanError(task.ref.name, source, "worker", type(exc).__name__,
                     "the Ray worker scanning this dataset was lost (its process died or its node "
                     "left the cluster), also on retry")


def _check_listening(address: str) -> None:
    """Fail at once, in one line, when nothing listens at a `host:port` address (Ray itself
    would keep trying for minutes); `auto` and `ray://` addresses are left to Ray."""
    host, colon, port = address.rpartition(":")
    if not colon or "://" in address or not port.isdigit():
        return
    try:
        socket.create_connection((host or "127.0.0.1", int(port)), timeout=CONNECT_TIMEOUT).close()
    except OSError as exc:
        raise EngineError(f"cannot start or reach the Ray cluster at {address}: "
                          f"{exc.strerror or type(exc).__name__}") from None


def portable(location: str) -> tuple[str, dict[str, str]]:
    """`location` with the password of its URL replaced by `${DATAMAP_SECRET_<hash>}`, and
    that variable's value; a URL without a password, or whose password is `${NAME}`, as is."""
    parts = split_userinfo(location)
    if parts is None or parts[2] is None or (parts[2].startswith("${") and parts[2].endswith("}")):
        return location, {}
    scheme, user, password, rest = parts
    name = SECRET_PREFIX + hashlib.sha256(redact_url(location).encode()).hexdigest()[:16].upper()
    return f"{scheme}://{user}:${{{name}}}@{rest}", {name: password}


# --- in a Ray worker -----------------------------------------------------------------------

#: sources opened by this worker process, by their spec, with their datasets by name: a worker
#: scans many datasets of a source
_open_sources: OrderedDict[str, tuple[Connector, dict[str, DatasetRef]]] = OrderedDict()
_terms_in_use: dict[str, str] | None = None


def _scan_datasets(spec: SourceSpec, tasks: list[DatasetTask], options: SampleOptions, terms: dict[str, str],
                   extra_recognizers: list[FieldRecognizer] | None) -> list[Outcome]:
    """In a worker: sample a run of datasets and classify them together; each one's outcome."""
    try:
        connector, refs = _source(spec)
    except SourceError as exc:
        return [ScanError(task.ref.name, redact(redact_url(spec.name or spec.location)), "connect",
                          type(exc).__name__, str(exc)) for task in tasks]
    read: list[DatasetSample | ScanError] = []
    for task in tasks:
        try:  # the dataset as this worker's own listing has it (its paths absolute)
            read.append(read_sample(connector, replace(task, ref=refs.get(task.ref.name, task.ref)), options))
        except (SourceError, *READ_ERRORS) as exc:
            read.append(read_error(task, connector.source_name, exc))
    _use_terms(terms)
    recognizers = None
    if extra_recognizers:
        from classifiers.registry import default_recognizers

        recognizers = [*default_recognizers(), *extra_recognizers]
    samples = [sample for sample in read if isinstance(sample, DatasetSample)]
    results = iter(classify_datasets(samples, recognizers) if samples else [])
    return [(sample, next(results)) if isinstance(sample, DatasetSample) else sample for sample in read]


def _source(spec: SourceSpec) -> tuple[Connector, dict[str, DatasetRef]]:
    """The source of `spec`, opened once in this worker, and its datasets by name, listed as
    the driver listed them (a folder learns which database file holds which table)."""
    key = repr(spec)
    if key in _open_sources:
        _open_sources.move_to_end(key)
        return _open_sources[key]
    connector = spec.open()
    try:
        refs = {ref.name: ref for ref in connector.datasets()}
    except SourceError:
        connector.close()
        raise
    _open_sources[key] = connector, refs
    while len(_open_sources) > OPEN_SOURCES:
        _open_sources.popitem(last=False)[1][0].close()
    return connector, refs


def _use_terms(terms: dict[str, str]) -> None:
    """The policy's Chinese terms in this worker (module state of `classifiers.chinese`), set
    again only when a scan under another policy comes."""
    global _terms_in_use
    if terms != _terms_in_use:
        from classifiers import chinese

        chinese.use_terms(terms)
        _terms_in_use = dict(terms)
