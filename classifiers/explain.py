"""Why a field was classified as it was, for a person: every candidate with its evidence.

Reads the catalog's `detections` of the latest scan (every candidate is stored, accepted or
not, with the signals that decided it) and prints them best first.
"""
from __future__ import annotations

import json
from pathlib import Path

import duckdb

from classifiers import chinese
from classifiers.evaluate import EvaluationError, dataset_key
from datamap import duck
from datamap.names import former_name


class ExplainError(EvaluationError):
    """Nothing to explain: no catalog, no such dataset or field."""


def explain(catalog_path: str | Path, dataset: str, field: str) -> str:
    """A readable account of every candidate detection for `dataset`.`field` in the latest scan."""
    if not Path(catalog_path).is_file():
        raise ExplainError(f"no catalog at {catalog_path}: run `datamap scan` first")
    try:
        con = duck.connect_waiting(catalog_path, read_only=True)
    except (duck.DatabaseLocked, duckdb.Error) as exc:
        raise ExplainError(f"cannot open catalog {catalog_path}: {exc}") from exc
    try:
        scan_id = con.execute("SELECT max(scan_id) FROM scans").fetchone()[0]
        datasets = [r[0] for r in con.execute("SELECT dataset FROM datasets WHERE scan_id = ?", [scan_id]).fetchall()]
        name = _resolve_dataset(dataset, datasets)
        known = con.execute("SELECT declared_type, origin, sampled_values, null_ratio, comment FROM fields "
                            "WHERE scan_id = ? AND dataset = ? AND field = ?", [scan_id, name, field]).fetchone()
        if known is None:
            # a column of documents is catalogued as its paths: name them
            inside = [r[0] for r in con.execute(
                "SELECT field FROM fields WHERE scan_id = ? AND dataset = ? AND starts_with(field, ?) ORDER BY field",
                [scan_id, name, field + "."]).fetchall()]
            paths = f"; its fields are its paths: {', '.join(inside[:10])}{' …' if len(inside) > 10 else ''}" \
                if inside else ""
            raise ExplainError(f"dataset {name} has no field {field!r} in scan {scan_id}{paths}")
        rows = con.execute(
            "SELECT entity, category, confidence, accepted, is_primary, match_ratio, recognizer, evidence, examples "
            "FROM detections WHERE scan_id = ? AND dataset = ? AND field = ? "
            "ORDER BY is_primary DESC, confidence DESC", [scan_id, name, field]).fetchall()
    finally:
        con.close()
    declared_type, origin, sampled, null_ratio, comment = known
    if origin == "document":  # classifiers/embedded_json.py: document_columns
        lines = [f"{name} . {field}  (scan {scan_id}; a column of JSON documents, holding what its paths "
                 f"{field}.… hold)"]
    else:
        lines = [f"{name} . {field}  (scan {scan_id}; {declared_type or 'untyped'} {origin or ''}, "
                 f"{sampled} sampled values, {null_ratio or 0:.0%} null)"]
    # Chinese and pinyin names: the words they were segmented into and the concepts read
    lines += [f"  name words: {line}" for line in chinese.describe(field)]
    if comment and origin in ("column", "json"):
        lines += [f"  comment words: {line}" for line in chinese.describe(comment)]
    if not rows:
        lines.append("  no recognizer found any evidence: not personal data")
    for entity, category, confidence, accepted, primary, ratio, recognizer, evidence, examples in rows:
        verdict = "ACCEPTED" if accepted else "below threshold"
        lifted = "JSON documents in the column" in (evidence or "")
        kind = "" if primary else " (in its documents)" if lifted else " (inside the text)"
        lines.append(f"  {entity} -> {category or 'no category in this policy'}{kind}: confidence {confidence:.2f}, "
                     f"{verdict}" + (f", {ratio:.0%} of sample matched" if ratio is not None else "")
                     + (f"  [{recognizer}]" if recognizer else ""))
        for signal in json.loads(evidence or "[]"):
            share = f", {signal['match_ratio']:.0%} of sample" if signal.get("match_ratio") is not None else ""
            lines.append(f"      {signal['kind']:9s} {signal['score']:+.2f}  {signal['detail']}{share}")
        if examples:
            lines.append(f"      examples (masked): {', '.join(examples)}")
    return "\n".join(lines)


def _resolve_dataset(wanted: str, datasets: list[str]) -> str:
    """The dataset named exactly; a bare name (no folder, no source) may stand for the one
    dataset of that base name, never for a file in another folder."""
    if wanted in datasets:
        return wanted
    renamed = [d for d in datasets if former_name(d) == wanted]  # as named before (`app.db/main.users`)
    if len(renamed) == 1:
        return renamed[0]
    if "/" in wanted:
        raise ExplainError(f"no dataset {wanted!r} in the latest scan")
    matches = [d for d in datasets if dataset_key(d) == dataset_key(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise ExplainError(f"no dataset {wanted!r} in the latest scan")
    raise ExplainError(f"{wanted!r} matches several datasets: {', '.join(sorted(matches))}")
