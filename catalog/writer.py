"""Write a scan into the catalog: all of it in one transaction, or nothing.

A scan that dies half-way (an exception, a kill) leaves the catalog as it was: DuckDB rolls
the open transaction back. Earlier scans are kept and stay queryable by scan id.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import duckdb
import pyarrow as pa

from catalog.datamap import DataMap
from catalog.fieldcount import scan_field_count
from catalog.incremental import Reused, copy_reused, table_columns
from catalog.locking import CatalogLocked, open_for_writing, side_path
from catalog.policy import Policy
from catalog.schema import ensure_schema
from datamap import duck
from datamap.messages import driver_message
from datamap.model import DatasetSample, ScanError

try:
    import fcntl
except ImportError:  # not POSIX (Windows): no owner lock, so no stale-spool detection
    fcntl = None

if TYPE_CHECKING:  # annotations only: classifiers.engine loads the recognizers, which the
    # catalog's readers (`check`, `report`: catalog.checks imports this module) need not pay for
    from classifiers.engine import FieldResult
    from classifiers.profiles import DatasetProfile


class _Sampling(Protocol):
    rows: int
    seed: int


class _Options(Protocol):
    sample: _Sampling
    threshold: float


class ScanRecord(Protocol):
    """What the writer needs of a scan (`inventory.scan.ScanResult` is one): the catalog
    depends on this shape, not on the inventory package that produces it."""

    started_at: datetime
    finished_at: datetime
    sources: list[str]
    options: _Options
    policy: Policy
    datamap: DataMap
    datasets: Sequence[DatasetSample]
    classified: dict[str, list[FieldResult]]
    errors: Sequence[ScanError]

SCHEMA_VERSION = "1"


def _version() -> str:
    try:
        return metadata.version("datamap")
    except metadata.PackageNotFoundError:
        return "dev"


class WrittenElsewhere(Exception):
    """The catalog stayed locked: the scan was written, whole, to `path` instead."""

    def __init__(self, catalog: str, path: Path, scan_id: int) -> None:
        super().__init__(f"{catalog} stayed locked by another process; this scan was written to {path} instead "
                         f"(open it with --catalog, or scan again once the catalog is free)")
        self.path, self.scan_id = path, scan_id


def write_scan(catalog_path: str | Path, result: ScanRecord, *, wait: float | None = None,
               on_wait: Callable[[str], None] | None = None) -> int:
    """Append `result` as a new scan; returns its scan id. A catalog another process holds is
    waited for (`catalog.locking`); if it stays locked, the scan goes to a side catalog and
    `WrittenElsewhere` says where: the scan's work is never lost."""
    try:
        with open_for_writing(catalog_path, wait=wait, on_wait=on_wait) as con:
            return _write(con, result)
    except CatalogLocked:
        side = side_path(catalog_path)
        with open_for_writing(side, wait=0) as con:
            scan_id = _write(con, result)
        raise WrittenElsewhere(str(catalog_path), side, scan_id) from None


def _write(con: duckdb.DuckDBPyConnection, result: ScanRecord) -> int:
    spool: ScanSpool | None = getattr(result, "spool", None)
    if spool is not None:
        spool.attach(con)
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            ensure_schema(con)
            scan_id = int(duck.scalar(con, "SELECT coalesce(max(scan_id), 0) + 1 FROM scans"))
            _insert_all(con, scan_id, result)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        if spool is not None:
            spool.detach(con)
    con.execute("CHECKPOINT")
    return scan_id


def _insert(con: object, table: str, rows: list[dict[str, object]], schema: pa.Schema) -> None:
    if not rows:
        return
    arrow = pa.Table.from_pylist(rows, schema=schema)  # noqa: F841 - read by DuckDB by name
    columns = ", ".join(schema.names)
    con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM arrow")


_s = pa.string()
#: the Arrow shape of each table a dataset's results go to (see schema.sql)
DATASET_TABLES: dict[str, pa.Schema] = {
    "datasets": pa.schema([
        ("scan_id", pa.int32()), ("dataset", _s), ("source", _s), ("kind", _s), ("row_count", pa.int64()),
        ("sampled_rows", pa.int32()), ("oldest_event", pa.timestamp("us", tz="UTC")),
        ("newest_event", pa.timestamp("us", tz="UTC")), ("notes", pa.list_(_s)), ("location", _s),
        ("fingerprint", _s)]),
    "fields": pa.schema([
        ("scan_id", pa.int32()), ("dataset", _s), ("field", _s), ("declared_type", _s), ("origin", _s),
        ("comment", _s), ("is_list", pa.bool_()), ("sampled_values", pa.int32()), ("null_ratio", pa.float64()),
        ("distinct_estimate", pa.int64()), ("foreign_key", _s), ("reference_key", _s)]),
    "detections": pa.schema([
        ("scan_id", pa.int32()), ("dataset", _s), ("field", _s), ("entity", _s), ("category", _s),
        ("confidence", pa.float64()), ("accepted", pa.bool_()), ("is_primary", pa.bool_()),
        ("match_ratio", pa.float64()), ("recognizer", _s), ("evidence", _s), ("examples", pa.list_(_s))]),
    "field_declarations": pa.schema([
        ("scan_id", pa.int32()), ("dataset", _s), ("field", _s), ("declaration_id", pa.int32())]),
    "age_profiles": pa.schema([
        ("scan_id", pa.int32()), ("dataset", _s), ("field", _s), ("entity", _s), ("people", pa.int32()),
        ("under_age", pa.int32()), ("teen_age", pa.int32())]),
    "reidentification": pa.schema([
        ("scan_id", pa.int32()), ("dataset", _s), ("fields", pa.list_(_s)), ("entities", pa.list_(_s)),
        ("rows", pa.int32()), ("entropy_bits", pa.float64()), ("unique_share", pa.float64()),
        ("min_group_size", pa.int32()), ("prior_bits", pa.float64()), ("method", _s),
        ("near_unique", pa.bool_())]),
}


def dataset_rows(scan_id: int, dataset: DatasetSample, field_results: Sequence[FieldResult],
                 profile: DatasetProfile | None, policy: Policy, datamap: DataMap,
                 threshold: float) -> dict[str, list[dict[str, object]]]:
    """One classified dataset's rows, by table of `DATASET_TABLES`."""
    rows: dict[str, list[dict[str, object]]] = {table: [] for table in DATASET_TABLES}
    d = dataset
    rows["datasets"].append({
        "scan_id": scan_id, "dataset": d.name, "source": d.source, "kind": d.kind, "row_count": d.row_count,
        "sampled_rows": d.sampled_rows, "oldest_event": d.oldest_event, "newest_event": d.newest_event,
        "notes": d.notes or None, "location": d.location or None, "fingerprint": d.fingerprint})
    for field_result in field_results:
        sample = field_result.sample
        rows["fields"].append({
            "scan_id": scan_id, "dataset": d.name, "field": sample.path,
            "declared_type": sample.declared_type, "origin": sample.origin, "comment": sample.comment,
            "is_list": sample.is_list, "sampled_values": len(sample.values),
            "null_ratio": sample.null_ratio, "distinct_estimate": sample.distinct_estimate,
            "foreign_key": ".".join(sample.foreign_key) if sample.foreign_key is not None else None,
            "reference_key": sample.reference_key})
        accepted = {id(x) for x in field_result.accepted(threshold)}
        for detection in field_result.detections:
            rows["detections"].append({
                "scan_id": scan_id, "dataset": d.name, "field": sample.path,
                "entity": detection.entity, "category": policy.category_of(detection.entity),
                "confidence": detection.confidence, "accepted": id(detection) in accepted,
                "is_primary": detection.primary, "match_ratio": detection.match_ratio,
                "recognizer": detection.recognizer, "evidence": json.dumps(detection.evidence()),
                "examples": detection.examples})
        declaration = datamap.declaration_for(d.name, sample.path)
        if declaration is not None:
            rows["field_declarations"].append({"scan_id": scan_id, "dataset": d.name, "field": sample.path,
                                               "declaration_id": declaration.id})
    if profile is not None:
        rows["age_profiles"] += [
            {"scan_id": scan_id, "dataset": d.name, "field": a.field, "entity": a.entity, "people": a.people,
             "under_age": a.under_age, "teen_age": a.teen_age} for a in profile.ages]
        if (r := profile.reidentification) is not None:
            rows["reidentification"].append({
                "scan_id": scan_id, "dataset": d.name, "fields": list(r.fields), "entities": list(r.entities),
                "rows": r.rows, "entropy_bits": r.entropy_bits, "unique_share": r.unique_share,
                "min_group_size": r.min_group_size, "prior_bits": r.prior_bits, "method": r.method,
                "near_unique": r.near_unique})
    return rows


class SpoolError(Exception):
    """The spool could not be written (out of memory or disk in the temporary folder): the scan
    stops with one line saying so, and the catalog is left as it was."""

    @classmethod
    def at(cls, folder: Path, reason: str) -> SpoolError:
        """The one line a scan stops with when its spool (in `folder`) could not be written."""
        return cls(f"the scan's results could not be written to its spool in {folder.parent} ({reason}): "
                   f"free memory or disk space there, or point TMPDIR elsewhere")


class ScanSpool:
    """Where a scan's per-dataset results go as each dataset is classified, so that memory does
    not grow with the number of datasets: a private DuckDB file in the temporary folder,
    written in batches. `write_scan` copies it into the catalog inside the one transaction
    that writes the scan (so the catalog, opened only for that short write, is never
    half-written and never held for the length of a scan), then the spool is deleted."""

    #: datasets buffered in memory between two writes to the spool
    BATCH = 64

    def __init__(self, policy: Policy, datamap: DataMap, threshold: float) -> None:
        self.policy, self.datamap, self.threshold = policy, datamap, threshold
        clear_stale_spools()
        self._dir = Path(tempfile.mkdtemp(prefix=SPOOL_PREFIX))
        # held for the spool's life: a spool whose lock can be taken belongs to no live scan
        self._owner = _hold(self._dir / SPOOL_OWNER)
        self.path = self._dir / "spool.duckdb"
        self._con: duckdb.DuckDBPyConnection | None = duck.connect(str(self.path),
                                                                   memory_limit=duck.SPOOL_MEMORY_LIMIT)
        ensure_schema(self._con, views=False)
        self._pending: dict[str, list[dict[str, object]]] = {table: [] for table in DATASET_TABLES}
        self._buffered = 0
        self.datasets = 0
        #: fields of the datasets spooled (`scans.fields`): their rows of `fields`, free text
        #: included (catalog.fieldcount)
        self.fields = 0

    @property
    def folder(self) -> Path:
        """The spool's private folder (deleted with it): where other scan-long files go too."""
        return self._dir

    def add(self, dataset: DatasetSample, field_results: Sequence[FieldResult],
            profile: DatasetProfile | None) -> None:
        for table, rows in dataset_rows(0, dataset, field_results, profile, self.policy, self.datamap,
                                        self.threshold).items():
            self._pending[table] += rows
        self.datasets += 1
        self.fields += len(field_results)
        self._buffered += 1
        if self._buffered >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if self._con is None:
            raise RuntimeError("the spool was already handed to the catalog")
        with self._failing_as_spool_error():
            for table, rows in self._pending.items():
                _insert(self._con, table, rows, DATASET_TABLES[table])
                rows.clear()
        self._buffered = 0

    def attach(self, con: duckdb.DuckDBPyConnection) -> None:
        """Close the spool for writing and attach it, read-only, to the catalog's connection."""
        if self._con is not None:
            self.flush()
            with self._failing_as_spool_error():  # closing checkpoints: it writes too
                self._con.close()
            self._con = None
        con.execute("ATTACH ? AS datamap_spool (READ_ONLY)", [str(self.path)])

    @contextmanager
    def _failing_as_spool_error(self) -> Iterator[None]:
        """A DuckDB error while writing the spool as a `SpoolError` that says where and why."""
        try:
            yield
        except duckdb.Error as exc:
            raise SpoolError.at(self._dir, driver_message(exc)) from None

    def copy_into(self, con: duckdb.DuckDBPyConnection, scan_id: int) -> None:
        """Inside the catalog's transaction: every spooled row, under scan `scan_id`."""
        for table in DATASET_TABLES:
            columns = [c for c in table_columns(con, table) if c != '"scan_id"']
            con.execute(f"INSERT INTO main.{table} (scan_id, {', '.join(columns)}) "
                        f"SELECT {scan_id}, {', '.join(columns)} FROM datamap_spool.{table}")

    def detach(self, con: duckdb.DuckDBPyConnection) -> None:
        con.execute("DETACH DATABASE IF EXISTS datamap_spool")

    def close(self) -> None:
        """Delete the spool (written or not)."""
        if self._con is not None:
            self._con.close()
            self._con = None
        shutil.rmtree(self._dir, ignore_errors=True)
        if self._owner is not None:
            os.close(self._owner)
            self._owner = None


SPOOL_PREFIX = "datamap-spool-"
SPOOL_OWNER = "owner.lock"
#: a spool of an older datamap (no owner lock) untouched this long belongs to no live scan
LEGACY_SPOOL_AGE = 3600.0


def _hold(path: Path) -> int | None:
    """Open `path` and take an exclusive lock on it, kept until the descriptor is closed (the
    kernel releases it when the process dies, however it dies); None where there is no flock."""
    # locked under another name first: a lock file seen without its lock would be stale
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_RDWR | os.O_CREAT, 0o600)
    if fcntl is None:
        return fd
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.replace(part, path)
    return fd


def clear_stale_spools(folder: str | Path | None = None) -> list[Path]:
    """Delete the spools a killed scan left in the temporary folder (SIGKILL, a power cut: no
    `finally` ran): those whose owner lock no process holds, and those of an older datamap
    (without the lock) untouched for an hour. Returns the folders deleted."""
    if fcntl is None:
        return []
    deleted = []
    root = Path(folder or tempfile.gettempdir())
    try:
        candidates = [p for p in root.glob(f"{SPOOL_PREFIX}*") if p.is_dir() and not p.is_symlink()]
    except OSError:
        return []
    for spool in candidates:
        try:
            if spool.stat().st_uid != os.getuid():
                continue  # another user's: not ours to judge (nor to delete)
            owner = spool / SPOOL_OWNER
            if owner.exists():
                fd = os.open(owner, os.O_RDWR)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    continue  # a live scan holds it
                finally:
                    os.close(fd)
            else:
                newest = max([spool.stat().st_mtime, *(p.stat().st_mtime for p in spool.iterdir())])
                if time.time() - newest < LEGACY_SPOOL_AGE:
                    continue
        except OSError:
            continue
        shutil.rmtree(spool, ignore_errors=True)
        deleted.append(spool)
    return deleted


def _insert_all(con: duckdb.DuckDBPyConnection, scan_id: int, result: ScanRecord) -> None:
    policy, datamap, options = result.policy, result.datamap, result.options
    spool: ScanSpool | None = getattr(result, "spool", None)
    reused: Sequence[Reused] = getattr(result, "reused", ())
    if spool is not None:
        datasets, fields = spool.datasets, spool.fields
    else:
        datasets, fields = len(result.datasets), scan_field_count(result)
    con.execute(
        "INSERT INTO scans (scan_id, started_at, finished_at, sources, policy_name, policy_path, datamap_path, "
        "threshold, sample_rows, seed, datamap_version, datasets, fields, errors, reused) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [scan_id, result.started_at, result.finished_at, result.sources, policy.name, policy.path,
         datamap.path or None, options.threshold, options.sample.rows, options.sample.seed, _version(),
         datasets + len(reused), fields + sum(r.previous.fields for r in reused), len(result.errors), len(reused)])

    if spool is not None:
        spool.copy_into(con, scan_id)
    else:
        profiles = getattr(result, "profiles", {}) or {}
        pending: dict[str, list[dict[str, object]]] = {table: [] for table in DATASET_TABLES}
        for dataset in result.datasets:
            for table, rows in dataset_rows(scan_id, dataset, result.classified.get(dataset.name, []),
                                            profiles.get(dataset.name), policy, datamap, options.threshold).items():
                pending[table] += rows
        for table, rows in pending.items():
            _insert(con, table, rows, DATASET_TABLES[table])
    declared = (lambda dataset, path: getattr(datamap.declaration_for(dataset, path), "id", None)
                ) if datamap.declarations else None
    _insert(con, "field_declarations", copy_reused(con, scan_id, reused, declared), DATASET_TABLES["field_declarations"])

    s = pa.string()
    _insert(con, "scan_errors", [
        {"scan_id": scan_id, "dataset": e.dataset, "source": e.source, "stage": e.stage, "error": e.error,
         "message": e.message} for e in result.errors],
        pa.schema([("scan_id", pa.int32()), ("dataset", s), ("source", s), ("stage", s), ("error", s), ("message", s)]))
    _insert(con, "policy_categories", [
        {"scan_id": scan_id, "category": c.id, "clause": c.clause, "name_en": c.names.get("en"),
         "name_zh": c.names.get("zh"), "entities": list(c.entities), "fideslang": c.fideslang, "dlp": list(c.dlp),
         "allowed_purposes": list(policy.allowed_purposes(c.id)), "max_retention": c.max_retention,
         "consent": c.consent, "sensitive": c.sensitive} for c in policy.categories.values()],
        pa.schema([("scan_id", pa.int32()), ("category", s), ("clause", s), ("name_en", s), ("name_zh", s),
                   ("entities", pa.list_(s)), ("fideslang", s), ("dlp", pa.list_(s)),
                   ("allowed_purposes", pa.list_(s)), ("max_retention", s), ("consent", s),
                   ("sensitive", pa.bool_())]))
    _insert(con, "policy_clauses", [
        {"scan_id": scan_id, "clause": clause, "text_en": texts.get("en"), "text_zh": texts.get("zh")}
        for clause, texts in policy.clauses.items()],
        pa.schema([("scan_id", pa.int32()), ("clause", s), ("text_en", s), ("text_zh", s)]))
    term_rows = [
        {"scan_id": scan_id, "kind": kind, "term": t.id, "clause": t.clause, "name_en": t.names.get("en"),
         "name_zh": t.names.get("zh"), "fideslang": t.fideslang, "max_duration": t.max_duration,
         "singles_out": t.singles_out, "separate": t.separate}
        for kind, terms in (("purpose", policy.purposes), ("retention_basis", policy.retention_bases),
                            ("consent", policy.consents)) for t in terms.values()]
    _insert(con, "policy_terms", term_rows, pa.schema([
        ("scan_id", pa.int32()), ("kind", s), ("term", s), ("clause", s), ("name_en", s), ("name_zh", s),
        ("fideslang", s), ("max_duration", s), ("singles_out", pa.bool_()), ("separate", pa.bool_())]))
    _insert(con, "declarations", [
        {"scan_id": scan_id, "declaration_id": d.id, "dataset_pattern": d.dataset, "field_pattern": d.field,
         "category": d.category, "purposes": list(d.purposes), "retention": d.retention,
         "retention_days": d.retention_days, "basis": d.basis, "consent": d.consent, "legal_basis": d.legal_basis,
         "source_file": datamap.path or None, "line": d.line} for d in datamap.declarations],
        pa.schema([("scan_id", pa.int32()), ("declaration_id", pa.int32()), ("dataset_pattern", s),
                   ("field_pattern", s), ("category", s), ("purposes", pa.list_(s)), ("retention", s),
                   ("retention_days", pa.float64()), ("basis", s), ("consent", s), ("legal_basis", s), ("source_file", s),
                   ("line", pa.int32())]))
