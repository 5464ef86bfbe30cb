"""JSON kept as text is flattened like JSON files and JSONB columns, whatever the connector."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import psycopg
import pyarrow as pa
import pyarrow.csv as pacsv

from classifiers.engine import classify_dataset
from datamap.flatten import fields_from_table, parsed_json_text
from datamap.model import DatasetSample
from inventory.connectors import SampleOptions, connector_for
from tests.pg_cluster import PgCluster

EVENTS = [{"user": {"id": f"u{i}", "email": f"person{i}@example.com"},
           "context": {"ip": f"203.0.113.{i}", "device": {"model": "Pixel 8"}}} for i in range(1, 40)]
PATHS = {"payload.user.id", "payload.user.email", "payload.context.ip", "payload.context.device.model"}


def paths_of(connector) -> dict[str, dict[str, str]]:
    """dataset -> {field path: origin} of every dataset of a connector."""
    try:
        out = {}
        for ref in connector.datasets():
            sample = connector.sample(ref, SampleOptions(rows=100))
            out[ref.name] = {f.path: f.origin for f in sample.fields}
        return out
    finally:
        connector.close()


def test_text_of_objects_becomes_dot_paths_and_keeps_its_column() -> None:
    table = pa.table({"payload": [json.dumps(e) for e in EVENTS] + [None, "{truncated"], "n": range(41)})
    fields = {f.path: f for f in fields_from_table(table)}
    assert set(fields) == PATHS | {"payload", "n"}
    assert fields["payload.user.email"].origin == "json" and fields["payload"].origin == "column"
    # the malformed cell and the null both count as missing documents
    assert round(fields["payload.user.id"].null_ratio, 3) == round(2 / 41, 3)


def test_text_of_scalar_arrays_is_a_list_field() -> None:
    table = pa.table({"key_intervals_ms": ["[120, 95, 140]", "[88]", None]})
    (field,) = fields_from_table(table)
    assert field.path == "key_intervals_ms" and field.is_list
    assert field.values.to_pylist() == [120, 95, 140, 88]


def test_arrays_of_objects_and_json_inside_json() -> None:
    inner = json.dumps({"lat": 52.52, "lon": 13.40})
    table = pa.table({"ctx": [json.dumps([{"geo": inner, "kind": "gps"}])] * 5})
    assert {f.path for f in fields_from_table(table)} == {"ctx", "ctx.geo", "ctx.geo.lat", "ctx.geo.lon", "ctx.kind"}


def test_text_that_is_mostly_not_json_stays_text() -> None:
    values = pa.array(["hello {there}", "[draft] note", "plain", "more", '{"a": 1}'])
    assert parsed_json_text(values) is None
    assert parsed_json_text(pa.array(['"just a string"', "42"])) is None
    assert [f.path for f in fields_from_table(pa.table({"body": values}))] == ["body"]


def test_the_column_takes_its_documents_categories_from_the_flattened_fields() -> None:
    table = pa.table({"payload": [json.dumps(e) for e in EVENTS]})
    results = {r.sample.path: r for r in classify_dataset(DatasetSample("t", "s", "x", fields_from_table(table)),
                                                          embedded=False)}
    assert results["payload.user.email"].best().entity == "EMAIL_ADDRESS"
    assert results["payload.context.ip"].best().entity == "IP_ADDRESS"
    column = {d.entity for d in results["payload"].accepted()}
    assert {"EMAIL_ADDRESS", "IP_ADDRESS"} <= column


def test_sqlite_text_column(tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT)")
        conn.executemany("INSERT INTO events (payload) VALUES (?)", [(json.dumps(e),) for e in EVENTS])
    fields = paths_of(connector_for(str(path)))["app.sqlite/main.events"]
    assert PATHS <= set(fields) and fields["payload.user.email"] == "json"


def test_csv_cells(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    pa_table = pa.table({"id": range(len(EVENTS)), "payload": [json.dumps(e) for e in EVENTS]})
    pacsv.write_csv(pa_table, path)
    fields = paths_of(connector_for(str(path)))["export.csv"]
    assert PATHS <= set(fields)


def test_postgresql_text_column(pg_cluster: PgCluster) -> None:
    # a database of its own: the shared `shop` database's table list is asserted elsewhere
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE jsontext")
    url = pg_cluster.url(dbname="jsontext")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE events (id serial, payload text)")
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO events (payload) VALUES (%s)", [(json.dumps(e),) for e in EVENTS])
    fields = paths_of(connector_for(url, name="pg"))["pg/public.events"]
    assert PATHS <= set(fields) and fields["payload"] == "column"
