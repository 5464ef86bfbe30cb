"""Run a subject-rights plan (catalog.rights) against the sources: the access export of one
person, read-only; and, only when asked to execute, their deletion or anonymisation.

    plan = rights_plan("datamap.duckdb", "account.id")
    export = access(plan, "10000042", sources={"shop": "postgresql://..."})
    write_export(export, "subject.json")

Files and logs are read with DuckDB (offline); databases through the same read-only sessions a
scan uses (their connectors). A database is found by the name its datasets carry in the catalog
(`shop` of `shop/public.users`): `sources` maps such names to URLs (from `--source NAME=URL` or
the data map's `sources:`, `${ENV}` expanded). A dataset that cannot be read is reported, and
the others are still exported.
"""
from __future__ import annotations

import glob
import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from catalog.rights import PARAM, DatasetPlan, RightsPlan, add_statements, is_pattern, log_pattern
from datamap import duck
from inventory.connectors import SourceError, connector_for
from inventory.redaction import redact

#: at most this many linked identifiers are followed through a route (a hub row per value)
MAX_LINKED = 100


class RightsExecutionError(RuntimeError):
    """A plan step that cannot run (no URL for a database, an unwritable source)."""


@dataclass
class DatasetExport:
    dataset: str
    fields: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    via: str | None = None           # the route's hub, for a dataset reached through one
    error: str | None = None


@dataclass
class AccessExport:
    subject: str
    subject_id: str
    generated_at: str
    datasets: list[DatasetExport]

    @property
    def errors(self) -> list[DatasetExport]:
        return [d for d in self.datasets if d.error]


# -- reading ----------------------------------------------------------------------------------
def access(plan: RightsPlan, subject_id: str, sources: dict[str, str] | None = None) -> AccessExport:
    """Every row of the subject in every dataset the plan serves (and those its routes reach)."""
    runner = _Runner(sources or {})
    try:
        exports: dict[str, DatasetExport] = {}
        for dataset in plan.served:
            exports[dataset.dataset] = runner.export(dataset, subject_id)
        for dataset in plan.unserved:
            if dataset.route is None or dataset.route.hub not in exports:
                continue
            hub = exports[dataset.route.hub]
            values = sorted({str(v) for row in hub.rows if (v := _at(row, dataset.route.hub_field)) is not None})
            linked = replace(dataset, key_fields=[dataset.route.field], note=None)
            add_statements(linked)
            export = DatasetExport(dataset.dataset, linked.personal_fields, via=dataset.route.hub)
            for value in values[:MAX_LINKED]:
                part = runner.export(linked, value)
                export.rows += part.rows
                export.error = export.error or part.error
            exports[dataset.dataset] = export
        return AccessExport(plan.subject, subject_id, datetime.now(timezone.utc).isoformat(timespec="seconds"),
                            list(exports.values()))
    finally:
        runner.close()


def write_export(export: AccessExport, path: str | Path) -> Path:
    """The export as JSON (`.json`) or Parquet (`.parquet`: one row per dataset row, the row
    itself as a JSON document)."""
    path = Path(path)
    document = {"subject": export.subject, "subject_id": export.subject_id, "generated_at": export.generated_at,
                "datasets": [{"dataset": d.dataset, "via": d.via, "error": d.error, "rows": d.rows}
                             for d in export.datasets]}
    if path.suffix == ".parquet":
        rows = [{"dataset": d.dataset, "row": json.dumps(row, default=_json_default, ensure_ascii=False)}
                for d in export.datasets for row in d.rows]
        pq.write_table(pa.Table.from_pylist(rows, schema=pa.schema([("dataset", pa.string()), ("row", pa.string())])),
                       path)
    else:
        path.write_text(json.dumps(document, default=_json_default, ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")
    return path


def _json_default(value: object) -> object:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _at(row: dict[str, Any], path: str) -> Any:
    """The value at a dot path of a row (struct fields are dicts)."""
    if path in row:
        return row[path]
    value: Any = row
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


class _Runner:
    """Runs plan statements: DuckDB in memory for files and logs, pooled read-only sessions for
    databases (one connector per source, opened on first use)."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.sources = sources
        self.duck = duck.connect()
        self.connectors: dict[str, Any] = {}

    def export(self, plan: DatasetPlan, subject_id: str) -> DatasetExport:
        export = DatasetExport(plan.dataset, plan.personal_fields)
        try:
            export.rows = self.rows(plan, subject_id)
        except (duckdb.Error, SourceError, RightsExecutionError, OSError) as exc:
            export.error = redact(" ".join(str(exc).split()))[:300]
        return export

    def rows(self, plan: DatasetPlan, subject_id: str) -> list[dict[str, Any]]:
        assert plan.access is not None
        if plan.engine == "duckdb-file":
            return _fetch_dicts(self.duck.execute(plan.access, {PARAM: subject_id}))
        if plan.engine == "duckdb-log":
            return _fetch_dicts(self.duck.execute(plan.access, {f"{PARAM}_pattern": log_pattern(subject_id)}))
        connector = self._connector(plan)
        with connector.pool.connection() as conn:
            try:
                cursor = conn.cursor() if hasattr(conn, "cursor") else conn
                statement, params = _driver_statement(plan.access, plan.engine, subject_id)
                cursor.execute(statement, params)
                return _fetch_dicts(cursor)
            finally:
                connector._end(conn)

    def _connector(self, plan: DatasetPlan) -> Any:
        if plan.source not in self.connectors:
            url = self.sources.get(plan.source)
            if url is None:
                raise RightsExecutionError(
                    f"no URL for the database source {plan.source!r}: give --source {plan.source}=URL "
                    "or list it under sources: in the data map")
            self.connectors[plan.source] = connector_for(url, name=plan.source)
        return self.connectors[plan.source]

    def close(self) -> None:
        self.duck.close()
        for connector in self.connectors.values():
            connector.close()


def _fetch_dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _driver_statement(statement: str, dialect: str, subject_id: str) -> tuple[str, dict[str, Any]]:
    """The statement (sqlglot already spells the parameter as the engine's driver wants it:
    `%(subject)s` for psycopg, `:subject` for sqlite3, `$subject` for DuckDB) and its value: a
    number when the id is one, so that an integer key compares with an integer."""
    value: Any = int(subject_id) if re.fullmatch(r"-?\d{1,18}", subject_id) else subject_id
    return statement, {PARAM: value}


# -- changing -----------------------------------------------------------------------------------
@dataclass
class ChangeResult:
    dataset: str
    action: str
    rows_before: int | None = None
    rows_after: int | None = None
    error: str | None = None


def execute(plan: RightsPlan, subject_id: str, action: str, sources: dict[str, str] | None = None,
            on_done: Callable[[ChangeResult], None] | None = None) -> list[ChangeResult]:
    """Delete (`action="delete"`) or anonymise (`"anonymise"`) the subject's data in every
    dataset the plan serves. Files are rewritten beside themselves and replaced; databases are
    changed in one transaction per dataset through a writable session."""
    if action not in ("delete", "anonymise"):
        raise ValueError(f"action must be delete or anonymise, not {action!r}")
    results = []
    for dataset in plan.served:
        result = ChangeResult(dataset.dataset, action)
        try:
            if dataset.engine == "duckdb-file":
                _rewrite_file(dataset, subject_id, action, result)
            elif dataset.engine == "duckdb-log":
                _rewrite_log(dataset, subject_id, result)
            else:
                _change_database(dataset, subject_id, action, (sources or {}), result)
        except (duckdb.Error, SourceError, RightsExecutionError, OSError) as exc:
            result.error = redact(" ".join(str(exc).split()))[:300]
        results.append(result)
        if on_done is not None:
            on_done(result)
    return results


def _rewrite_file(plan: DatasetPlan, subject_id: str, action: str, result: ChangeResult) -> None:
    if is_pattern(plan.location):
        _rewrite_files(plan, subject_id, action, result)
        return
    statement = (plan.delete if action == "delete" else plan.anonymise) or ""
    statement = statement.split(" -- ", 1)[0]
    target = plan.location + ".datamap-new"
    con = duck.connect()
    try:
        result.rows_before = int(con.execute(f"SELECT count(*) FROM ({plan.access})", {PARAM: subject_id}).fetchall()[0][0])
        con.execute(statement, {PARAM: subject_id})
        os.replace(target, plan.location)
        result.rows_after = int(con.execute(f"SELECT count(*) FROM ({plan.access})", {PARAM: subject_id}).fetchall()[0][0])
    finally:
        con.close()
        if os.path.exists(target):
            os.remove(target)


def _rewrite_files(plan: DatasetPlan, subject_id: str, action: str, result: ChangeResult) -> None:
    """A file per person (a location pattern): each file of the pattern that holds the subject
    is rewritten as a file of its own; the others are left as they are."""
    result.rows_before = result.rows_after = 0
    for path in sorted(glob.glob(plan.location)):
        one = replace(plan, location=path, shared=1)
        add_statements(one)
        with duck.connect() as con:
            held = con.execute(f"SELECT count(*) FROM ({one.access})", {PARAM: subject_id}).fetchall()[0][0]
            rows = con.execute(f"SELECT count(*) FROM ({one.access.split(' WHERE ', 1)[0]})").fetchall()[0][0]
        if not held:
            continue
        if action == "delete" and held == rows:  # the subject's own file: its name is theirs too
            os.remove(path)
            result.rows_before += held
            continue
        done = ChangeResult(result.dataset, action)
        _rewrite_file(one, subject_id, action, done)
        result.rows_before += done.rows_before or 0
        result.rows_after += done.rows_after or 0


def _rewrite_log(plan: DatasetPlan, subject_id: str, result: ChangeResult) -> None:
    """A log loses the subject's lines, file by file (a compressed rotated file is left as it
    is and reported: rewrite it when it is decompressed)."""
    pattern = re.compile(log_pattern(subject_id))
    before = after = 0
    skipped = []
    # a location pattern (a log per person) is a glob already; a real path is matched as it is
    location = plan.location if is_pattern(plan.location) else glob.escape(plan.location)
    for member in sorted(Path(p) for p in glob.glob(location + "*")):
        if member.suffix in (".gz", ".bz2", ".xz", ".zst") or member.name.endswith(".datamap-new"):
            skipped.append(member.name)
            continue
        kept = member.with_name(member.name + ".datamap-new")
        with member.open("rb") as source, kept.open("wb") as out:
            for line in source:
                if pattern.search(line.decode("utf-8", "replace")):
                    before += 1
                else:
                    out.write(line)
        os.replace(kept, member)
    result.rows_before, result.rows_after = before, after
    if skipped:
        result.error = f"compressed files not rewritten: {', '.join(skipped)}"


def _change_database(plan: DatasetPlan, subject_id: str, action: str, sources: dict[str, str],
                     result: ChangeResult) -> None:
    url = sources.get(plan.source)
    if url is None:
        raise RightsExecutionError(f"no URL for the database source {plan.source!r}: give --source {plan.source}=URL")
    statement = plan.delete if action == "delete" else plan.anonymise
    assert statement is not None and plan.access is not None
    with _writable(url, plan.engine) as conn:
        cursor = conn.cursor()
        count = f"SELECT count(*) FROM ({plan.access}) AS subject_rows"
        params = _driver_statement(count, plan.engine, subject_id)[1]
        cursor.execute(count, params)
        result.rows_before = int(cursor.fetchone()[0])
        cursor.execute(statement, params)
        cursor.execute(count, params)
        result.rows_after = int(cursor.fetchone()[0])
        conn.commit()


@contextmanager
def _writable(url: str, engine: str) -> Iterator[Any]:
    """A writable connection: the one place datamap opens a source for writing."""
    from inventory.connectors.sql import expand_env

    url = expand_env(url)
    if engine == "postgres":
        import psycopg

        conn: Any = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), connect_timeout=10)
    elif engine == "sqlite":
        import sqlite3

        conn = sqlite3.connect(_file_of(url))
    elif engine == "duckdb":
        conn = duck.connect(_file_of(url))
    else:
        raise RightsExecutionError(f"executing on {engine} databases is not supported: run the printed plan")
    try:
        yield conn
    finally:
        conn.close()


def _file_of(url: str) -> str:
    from inventory.connectors.duckdb_source import file_location

    return file_location(url, url.split("://", 1)[0] if "://" in url else "")
