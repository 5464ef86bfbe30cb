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
from datetime import UTC, datetime

import pyarrow as pa

from catalog.datamap import DataMap, Source, empty_datamap
from catalog.incremental import Previous, Reused
from catalog.policy import Policy, load_policy
from catalog.writer import ScanSpool
from classifiers import chinese, references
from classifiers.engine import DEFAULT_THRESHOLD, FieldResult
from classifiers.profiles import DatasetProfile, profile_dataset
from datamap.flatten import event_time_range
from datamap.model import DatasetRef, DatasetSample, ScanError
from inventory.connectors import Connector, SampleOptions, SourceError, connector_for
from inventory.engines import DatasetTask, Engine, SourceJob, SourceSpec, engine_for
from inventory.engines.base import READ_ERRORS  # also where callers found it
from inventory.fingerprint import classifier_fingerprint, dataset_fingerprint
from inventory.progress import Progress
from inventory.redaction import redact, redact_url
from inventory.valuenames import dataset_name, masked_location, masked_name
from inventory.waiting import WaitingTables

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
    started = datetime.now(UTC)
    result = ScanResult(started_at=started, finished_at=started, sources=[], options=options,
                        policy=policy, datamap=datamap, spool=spool)

    progress = progress or Progress(interactive=False, stream=_Silent())

    def record(error: ScanError) -> None:
        # a dataset named by a value (`users/alice@example.com.json`) is named masked in its
        # error too, and a message quoting its path quotes it masked
        if error.dataset and (masked := dataset_name(error.dataset, error.source)) is not None:
            error.dataset, error.message = masked, masked_name(error.message)
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
    sources = sources_from(locations, datamap)
    engine = engine_for(options.engine, workers=options.workers, address=options.ray_address,
                        extra_recognizers=list(datamap.recognizers), chinese_terms=terms,
                        locations=[source.written or source.location for source in sources])
    interrupted = False
    try:
        for source in sources:
            _scan_source(source, options, result, record, engine, progress, _Reuse(fingerprint, previous))
    except (KeyboardInterrupt, SystemExit):
        interrupted = True  # Ctrl-C, SIGTERM: the workers' chunks under way are not waited for
        raise
    finally:
        engine.close(interrupted=interrupted)
    progress.close()
    result.finished_at = datetime.now(UTC)
    return result


@dataclass(frozen=True)
class _Reuse:
    """What an incremental scan compares: the classifier's fingerprint, the previous results."""

    classifier: str
    previous: Callable[[str], dict[str, Previous]] | None


def _scan_source(source: Source, options: ScanOptions, result: ScanResult,
                 record: Callable[[ScanError], None], engine: Engine, progress: Progress,
                 reuse: _Reuse) -> None:
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
    # tables holding a candidate reference wait for the whole source (see below): with a spool,
    # on disk beside it
    held = WaitingTables(result.spool.folder if result.spool is not None else None)
    try:
        known = reuse.previous(connector.source_name) if reuse.previous is not None and refs else {}
        # what reading will need (the workers) starts now, beside the probe, only when every
        # dataset will be read (a first scan, `--full`); a rescan first learns how few changed:
        # warming the workers for the ten changed tables of a thousand cost more than it saved
        # (4.1 s of CPU and 9.9 s against 3.3 s and 8.3 s in this process, measured). What
        # classifying in this process needs loads in a thread beside the probe (`expect`)
        if not known:
            engine.prepare(len(refs))
            engine.expect(len(refs))
        names = _names(refs, connector.source_name, result)
        named_by_values = {names[ref] for ref in refs if dataset_name(ref.name, connector.source_name) is not None}
        by_name = {names[ref]: ref for ref in refs}
        refs, fingerprints = _unchanged_reused(connector, refs, names, extra, reuse, known, result, progress,
                                               engine.expect)
        if known:
            engine.prepare(len(refs))
        job = SourceJob(connector, SourceSpec.of(connector, source.written or source.location, name, extra),
                        [DatasetTask(ref, names[ref], fingerprints.get(ref)) for ref in refs], options.sample)
        # a column of one table may hold another's keys (an order's buyer, a people table's
        # id): tables holding such a column wait until the whole source is classified
        links = references.SourceLinks(options.threshold)
        for dataset, field_results in engine.run(job, record):
            if dataset.name in named_by_values:
                dataset.location = masked_location(dataset.location)
            _apply_event_time(dataset, result.datamap, field_results, options.threshold)
            profile = profile_dataset(dataset, field_results, options.threshold, result.policy.teen_age)
            dataset.rows = None  # the row-aligned sample is only for the profile
            if links.add(dataset, field_results):
                if result.spool is not None or not options.keep_values:
                    _drop_values(dataset, field_results)  # what waits is small: its detections
                held.add(dataset, field_results, profile)
            else:
                _keep(dataset, field_results, profile, options, result)
            progress.advance()
        if held:
            _reused_keys(connector, [(by_name[r.name], r) for r in result.reused if r.name in by_name
                                     and links.needs(r.name, r.previous.keys)], links, options)
        for dataset, field_results, profile in held:
            links.apply(dataset, field_results)
            _keep(dataset, field_results, profile, options, result)
    finally:
        held.close()
        connector.close()


def _keep(dataset: DatasetSample, field_results: list[FieldResult], profile: DatasetProfile,
          options: ScanOptions, result: ScanResult) -> None:
    """A classified dataset into the result (or its spool)."""
    result.summaries.append(_summary(dataset, field_results, result.policy, options.threshold))
    if result.spool is not None:
        result.spool.add(dataset, field_results, profile)
    else:
        result.datasets.append(dataset)
        result.classified[dataset.name] = field_results
        result.profiles[dataset.name] = profile
        if not options.keep_values:
            _drop_values(dataset, field_results)


def _reused_keys(connector: Connector, reused: list[tuple[DatasetRef, Reused]], links: references.SourceLinks,
                 options: ScanOptions) -> None:
    """The keys of the tables a rescan reuses, read again (a sample, not classified) for the
    changed tables' references to be matched against, as in a full scan: the catalog keeps
    which columns are keys (`reference_key`), never their values. A table that cannot be read
    now is left out (its references stay undecided, as a table missing from the source)."""
    for ref, reused_dataset in reused:
        try:
            sample = connector.sample(ref, options.sample)
        except READ_ERRORS:
            continue
        sample.name = reused_dataset.name
        links.add_reused(sample, reused_dataset.previous.keys)


#: datasets of a rescan probed first, spread over the source, to estimate how many changed
#: (`Engine.expect`) while the rest are probed
PROBE_FIRST = 100


def _unchanged_reused(connector: Connector, refs: list[DatasetRef], names: dict[DatasetRef, str],
                      source_options: dict[str, object],
                      reuse: _Reuse, known: dict[str, Previous], result: ScanResult, progress: Progress,
                      expect: Callable[[int], None] = lambda datasets: None
                      ) -> tuple[list[DatasetRef], dict[DatasetRef, str]]:
    """(the refs to read, every dataset's fingerprint). A dataset whose fingerprint equals the
    one its current results (`known`, by name) were made with goes to `result.reused` instead
    of being read. A rescan of many datasets probes a spread share of them first and tells
    `expect` how many it expects to read, so that what reading needs loads beside the rest."""
    def changed(probed: dict[DatasetRef, str]) -> int:
        return sum(1 for ref, fingerprint in probed.items()
                   if (previous := known.get(names[ref])) is None or fingerprint != previous.fingerprint)

    def fingerprint_of(part: list[DatasetRef]) -> dict[DatasetRef, str]:
        return {ref: dataset_fingerprint(reuse.classifier, source_options, probe)
                for ref, probe in connector.fingerprints(part).items()}

    first = refs[::len(refs) // PROBE_FIRST] if known and len(refs) >= 2 * PROBE_FIRST else []
    fingerprints = fingerprint_of(first) if first else {}
    if first:
        expect(-(-changed(fingerprints) * len(refs) // len(first)))
    fingerprints.update(fingerprint_of([ref for ref in refs if ref not in fingerprints] if first else refs))
    to_read = []
    for ref in refs:
        name = names[ref]
        previous = known.get(name)
        if previous is not None and fingerprints.get(ref) == previous.fingerprint:
            result.reused.append(Reused(name, connector.source_name, previous))
            result.summaries.append(DatasetSummary(name, connector.source_name, previous.kind, previous.row_count,
                                                   previous.sampled_rows, previous.fields, previous.categories,
                                                   reused=True))
            progress.advance(reused=True)
        else:
            to_read.append(ref)
    return to_read, fingerprints


def _names(refs: list[DatasetRef], source: str, result: ScanResult) -> dict[DatasetRef, str]:
    """The name each dataset takes in this scan, given before any is read or reused, so that a
    rescan finds each under the same name: unique across sources (`#2`), a value inside a name
    masked (inventory/valuenames.py: `users/a***@e***.com.json`, a file per user)."""
    taken = {summary.name for summary in result.summaries}
    names = {}
    for ref in refs:
        names[ref] = _unique_name(dataset_name(ref.name, source) or ref.name, taken)
        taken.add(names[ref])
    return names


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


#: entities whose dates describe a person, not when an event happened: never a dataset's event
#: time (the oldest "event" would be someone's birthday, a raw value, in the catalog)
_PERSON_DATES = frozenset({"DATE_OF_BIRTH"})


def _apply_event_time(sample: DatasetSample, datamap: DataMap, field_results: list[FieldResult],
                      threshold: float) -> None:
    """Where the data map names the event-time field, the retention check reads only it;
    otherwise the fields classified as birth dates (`Geburtsdatum`, whatever the name's
    language) are left out of the range the connector read."""
    declared = datamap.event_time_field(sample.name)
    if declared is None:
        personal = {r.sample.path for r in field_results
                    if (best := r.best(threshold)) is not None and best.entity in _PERSON_DATES}
        if personal and sample.oldest_event is not None:
            sample.oldest_event, sample.newest_event = event_time_range(
                [f for f in sample.fields if f.path not in personal])
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
