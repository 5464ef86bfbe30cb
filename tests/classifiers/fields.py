"""Helpers for recognizer tests: build field samples, run one recognizer or the whole engine."""
from __future__ import annotations

import random
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


def sql_column(path: str, values: list[Any], comment: str | None = None, kind: str | None = None) -> FieldSample:
    """A database column as a connector samples it: its values, its declared type (`kind`, or
    BIGINT, DOUBLE or VARCHAR(255) by the first value) and its comment (`COMMENT '手机号'`)."""
    if kind is None:
        first = values[0]
        kind = "BIGINT" if isinstance(first, int) else "DOUBLE" if isinstance(first, float) else "VARCHAR(255)"
    return FieldSample(path=path, values=pa.array(values), declared_type=kind, comment=comment)


#: common family and given names of the mainland (the Chinese tests' people)
HAN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
HAN_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧"


def han_name(rng: random.Random) -> str:
    """A Han name of two or three characters, drawn with `rng` (each test file seeds its own)."""
    return rng.choice(HAN_SURNAMES) + "".join(rng.choice(HAN_GIVEN) for _ in range(rng.choice([1, 2])))


def mainland_mobiles(rng: random.Random, n: int) -> list[str]:
    """`n` eleven-digit mainland mobile numbers (13x, 15x, 18x, 19x), drawn with `rng`."""
    return [f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}" for _ in range(n)]
