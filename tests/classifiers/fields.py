"""Helpers for recognizer tests: build field samples, run one recognizer or the whole engine."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from classifiers.engine import classify_dataset
from classifiers.evidence import Signal
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer
from datamap import duck
from datamap.model import DatasetSample, FieldSample

REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"


def field(path: str, values: list[Any]) -> FieldSample:
    """A field sample; a list of lists becomes a list field (elements + lengths)."""
    if values and all(isinstance(v, list) for v in values):
        flat = [x for v in values for x in v]
        return FieldSample(path=path, values=pa.array(flat), list_lengths=pa.array([len(v) for v in values], pa.int32()))
    return FieldSample(path=path, values=pa.array(values))


def dataset(*fields: FieldSample) -> DatasetSample:
    return DatasetSample(name="t.ndjson", source="tests", kind="ndjson", fields=list(fields))


def name_signal(recognizer: FieldRecognizer, path: str) -> Signal | None:
    return recognizer.name_signal(NameTokens.of(path))


def value_signal(recognizer: FieldRecognizer, values: list[Any]) -> Signal | None:
    return recognizer.value_signal(field("x", values))


def best_entity(path: str, values: list[Any], *siblings: FieldSample) -> str | None:
    """The entity the full engine reports for `path` (None: not personal)."""
    sample = field(path, values)
    for result in classify_dataset(dataset(sample, *siblings)):
        if result.sample.path == path:
            best = result.best()
            return best.entity if best else None
    raise AssertionError(f"{path} not classified")


def real_column(file: str, column: str, limit: int = 300) -> list[Any]:
    """Non-null values of a column of a real third-party file in ../shared/realdata."""
    path = REALDATA / file
    if not path.exists():
        pytest.skip(f"real data file {file} is not available")
    reader = "read_json_auto" if file.endswith("json") else "read_csv_auto"
    con = duck.connect()
    try:
        table = duck.query_arrow(con, f'SELECT "{column}" AS v FROM {reader}(\'{path}\') WHERE "{column}" IS NOT NULL LIMIT {limit}')
    finally:
        con.close()
    return table.column("v").to_pylist()


def table_entities(name: str, *fields: FieldSample) -> dict[str, str | None]:
    """Each field of a table called `name` and the entity it is classified as (None: nothing)."""
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=list(fields)), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}
