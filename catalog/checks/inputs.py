"""The CI gate's input from a catalog: the latest scan's fields, detections, declarations,
datasets and the policy that was in force (so `check --catalog` needs no YAML).

Deliberately small, on top of `catalog.reader`: the rules get plain objects (`CheckInput`).
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import timezone
from pathlib import Path

import duckdb

from catalog.checks.model import CheckInput, DatasetRecord, Detected, FieldRecord, RiskRecord, TeenRecord, UnreadData
from catalog.datamap import DataMap, Declaration, held_inside
from catalog.policy import Category, Policy, Term
from catalog.reader import CatalogError, open_catalog
from datamap import duck


def read_check_input(catalog_path: str | Path) -> CheckInput:
    """The latest scan of the catalog at `catalog_path`. Raises CatalogError when there is none."""
    with open_catalog(catalog_path) as con:
        return _read(con, str(catalog_path))


def _rows(con: duckdb.DuckDBPyConnection, query: str, params: Sequence[object]) -> list[dict[str, object]]:
    cursor = con.execute(query, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _read(con: duckdb.DuckDBPyConnection, origin: str) -> CheckInput:
    scan = _rows(con, "SELECT scan_id, started_at, datamap_path FROM scans ORDER BY scan_id DESC LIMIT 1", [])
    if not scan:
        raise CatalogError(f"{origin}: the catalog holds no scan yet")
    scan_id = scan[0]["scan_id"]
    policy = _policy(con, scan_id, origin)
    declarations = {d.id: d for d in _declarations(con, scan_id)}

    # the latest data map judges every field, also those a stale (earlier) scan read
    datamap = DataMap(declarations=list(declarations.values()), sources=[])
    records: dict[tuple[str, str], FieldRecord] = {}
    inventory = duck.query_arrow(con, """
        SELECT dataset, field, category, entity, confidence, is_primary, declaration_id, declared_type, stale
        FROM field_inventory
        ORDER BY dataset, field, is_primary DESC, confidence DESC""").to_pylist()
    # a column of JSON documents is checked through its paths (the column itself is catalogued
    # with what they hold, for reviewers): on its own cells, only what is their own is checked
    inside = held_inside((row["dataset"], row["field"], row["category"]) for row in inventory)
    for row in inventory:
        key = (row["dataset"], row["field"])
        record = records.get(key)
        if record is None:
            declaration = (datamap.declaration_for(row["dataset"], row["field"]) if row["stale"]
                           else declarations.get(row["declaration_id"]))
            record = records[key] = FieldRecord(
                dataset=row["dataset"], field=row["field"], declared_type=row["declared_type"],
                declaration=declaration)
        if row["category"] and row["category"] not in inside.get(key, ()):
            record.detected.append(Detected(category=row["category"], confidence=row["confidence"],
                                            entity=row["entity"] or "", primary=bool(row["is_primary"])))
    # the current state of each dataset: the latest scan, or the last that read a dataset that failed
    datasets = {row["dataset"]: DatasetRecord(row["dataset"], row["oldest_event"]) for row in _rows(
        con, "SELECT d.dataset, d.oldest_event FROM datasets d JOIN current_datasets c USING (dataset, scan_id)", [])}
    _read_profiles(con, scan_id, datasets)
    unread = _unread(con, scan_id)
    started = scan[0]["started_at"]
    return CheckInput(policy=policy, declarations=list(declarations.values()), fields=list(records.values()),
                      datasets=datasets, checked_at=started.astimezone(timezone.utc),
                      datamap_path=_relative(scan[0]["datamap_path"]), unread=unread)


def _unread(con: duckdb.DuckDBPyConnection, scan_id: int) -> list[UnreadData]:
    """The latest scan's errors, each flagged stale when an earlier scan's results stand in."""
    stale_datasets = {row["dataset"]: row["source"] for row in _rows(con, """
        SELECT c.dataset, d.source FROM current_datasets c JOIN datasets d USING (dataset, scan_id)
        WHERE c.stale""", [])}
    stale_sources = set(stale_datasets.values())
    return [UnreadData(dataset=row["dataset"] or "", source=row["source"] or "", message=row["message"] or row["error"],
                   stale=(row["dataset"] in stale_datasets) if row["dataset"] else row["source"] in stale_sources)
            for row in _rows(con, "SELECT dataset, source, error, message FROM scan_errors WHERE scan_id = ? "
                                  "ORDER BY source, dataset", [scan_id])]


def _read_profiles(con: duckdb.DuckDBPyConnection, scan_id: int, datasets: dict[str, DatasetRecord]) -> None:
    """Teens and re-identification statistics (catalogs written before they existed have none)."""
    tables = {row["name"] for row in _rows(con, "SELECT table_name AS name FROM duckdb_tables()", [])}
    if "age_profiles" in tables:
        for row in _rows(con, "SELECT * FROM age_profiles WHERE scan_id = ? ORDER BY dataset, field", [scan_id]):
            if row["dataset"] in datasets:
                datasets[row["dataset"]].teens.append(TeenRecord(
                    row["field"], row["people"] or 0, row["under_age"] or 0, row["teen_age"] or 0))
    if "reidentification" in tables:
        for row in _rows(con, "SELECT * FROM reidentification WHERE scan_id = ?", [scan_id]):
            if row["dataset"] in datasets:
                datasets[row["dataset"]].reidentification = RiskRecord(
                    tuple(row["fields"] or ()), row["unique_share"], row["min_group_size"], row["entropy_bits"],
                    row["prior_bits"] or 0.0, row["method"] or "", bool(row["near_unique"]))


def _relative(path: object) -> str | None:
    """Paths in reports are relative to the working directory when they can be (CI annotations)."""
    if not path:
        return None
    try:
        return str(Path(str(path)).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _policy(con: duckdb.DuckDBPyConnection, scan_id: int, origin: str) -> Policy:
    meta = _rows(con, "SELECT policy_name, policy_path FROM scans WHERE scan_id = ?", [scan_id])[0]
    categories = {}
    for row in _rows(con, "SELECT * FROM policy_categories WHERE scan_id = ? ORDER BY category", [scan_id]):
        categories[row["category"]] = Category(
            id=row["category"], clause=row["clause"], names=_names(row), entities=tuple(row["entities"] or ()),
            fideslang=row["fideslang"], dlp=tuple(row["dlp"] or ()),
            purposes=tuple(row["allowed_purposes"]) if row["allowed_purposes"] is not None else None,
            max_retention=row["max_retention"], consent=row["consent"], sensitive=bool(row.get("sensitive")))
    terms: dict[str, dict[str, Term]] = {"purpose": {}, "retention_basis": {}, "consent": {}}
    for row in _rows(con, "SELECT * FROM policy_terms WHERE scan_id = ? ORDER BY kind, term", [scan_id]):
        terms.setdefault(row["kind"], {})[row["term"]] = Term(
            id=row["term"], clause=row["clause"], names=_names(row), fideslang=row["fideslang"],
            max_duration=row["max_duration"], singles_out=bool(row.get("singles_out")),
            separate=bool(row.get("separate")))
    if not categories:
        raise CatalogError(f"{origin}: scan {scan_id} recorded no policy")
    clauses = {row["clause"]: {lang: row[f"text_{lang}"] for lang in ("en", "zh") if row[f"text_{lang}"]}
               for row in _rows(con, "SELECT * FROM policy_clauses WHERE scan_id = ?", [scan_id])}
    return Policy(name=meta["policy_name"] or "", updated=None, categories=categories,
                  purposes=terms["purpose"], retention_bases=terms["retention_basis"], consents=terms["consent"],
                  path=meta["policy_path"] or "", clauses=clauses)


def _names(row: dict[str, object]) -> dict[str, str]:
    names = {lang: str(row[f"name_{lang}"]) for lang in ("en", "zh") if row.get(f"name_{lang}")}
    return names or {"en": str(row.get("category") or row.get("term"))}


def _declarations(con: duckdb.DuckDBPyConnection, scan_id: int) -> list[Declaration]:
    return [Declaration(id=row["declaration_id"], dataset=row["dataset_pattern"], field=row["field_pattern"],
                        category=row["category"], purposes=tuple(row["purposes"] or ()), retention=row["retention"],
                        basis=row["basis"], consent=row["consent"], line=row["line"] or 0,
                        legal_basis=row.get("legal_basis"))
            for row in _rows(con, "SELECT * FROM declarations WHERE scan_id = ? ORDER BY declaration_id",
                                    [scan_id])]
