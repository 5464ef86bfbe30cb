"""Helpers for recognizer tests: fields built from values, and real third-party sample files."""
from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa
import pytest

from classifiers.engine import classify_dataset
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer
from datamap.model import DatasetSample, FieldSample

#: the shared real-data folder sits beside the repository (read-only, unlabelled)
REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"


def field(path: str, values: list) -> FieldSample:
    return FieldSample(path=path, values=pa.array(values))


def name_score(recognizer: FieldRecognizer, path: str) -> float:
    """The recognizer's name signal for `path` (0.0 when the name says nothing)."""
    signal = recognizer.name_signal(NameTokens.of(path))
    return signal.score if signal is not None else 0.0


def value_score(recognizer: FieldRecognizer, values: list) -> float:
    """The recognizer's value signal over `values` (0.0 when they do not match)."""
    signal = recognizer.value_signal(field("c1", values))
    return signal.score if signal is not None else 0.0


def best_entity(path: str, values: list, siblings: dict[str, list] | None = None) -> str | None:
    """The entity every registered recognizer together decides for one field (None: not personal)."""
    fields = [field(path, values)] + [field(p, v) for p, v in (siblings or {}).items()]
    dataset = DatasetSample(name="t", source="test", kind="test", fields=fields)
    result = classify_dataset(dataset, embedded=False)[0]
    best = result.best()
    return best.entity if best else None


def classify_table(name: str, columns: dict[str, list], comments: dict[str, str] | None = None,
                   types: dict[str, str] | None = None, kind: str = "test") -> dict[str, str | None]:
    """Every field's best entity (None: not personal) in a dataset called `name` holding `columns`,
    with the columns' `comments` and declared `types` where given."""
    fields = [FieldSample(path=path, values=pa.array(values), comment=(comments or {}).get(path),
                          declared_type=(types or {}).get(path, "")) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind=kind, fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def classify_export(name: str = "export.csv", **columns: list) -> dict[str, str | None]:
    """Every field's best entity in a table `name` of unnamed columns (`c01=[...]`), a None in a
    column's values counted as a null (its share kept as the field's null ratio)."""
    fields = [FieldSample(path=path, values=pa.array([v for v in values if v is not None]),
                          null_ratio=sum(v is None for v in values) / len(values))
              for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="csv", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def real_column(file: str, column: str, limit: int = 200) -> list[str]:
    """Non-empty values of one column of a real sample file (skips the test when absent)."""
    path = REALDATA / file
    if not path.is_file():
        pytest.skip(f"real data {path} is not available")
    with open(path, newline="", encoding="utf-8") as handle:
        values = [row[column] for row in csv.DictReader(handle) if row.get(column)]
    return values[:limit]
