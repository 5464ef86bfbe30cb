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


def test_text_of_objects_becomes_the_dot_paths_a_struct_column_would() -> None:
    table = pa.table({"payload": [json.dumps(e) for e in EVENTS] + [None], "n": range(40)})
    fields = {f.path: f for f in fields_from_table(table)}
    # no field for the whole blob: the same fields as the documents stored as STRUCT (or JSONB)
    assert set(fields) == PATHS | {"n"}
    as_struct = {f.path for f in fields_from_table(pa.table({"payload": EVENTS + [None], "n": range(40)}))}
    assert set(fields) == as_struct
    assert fields["payload.user.email"].origin == "json"
    assert round(fields["payload.user.id"].null_ratio, 3) == round(1 / 40, 3)


def test_cells_that_are_not_documents_stay_under_the_column_name() -> None:
    cells = [json.dumps(e) for e in EVENTS] + ["migrated from v1", "{truncated", None]
    fields = {f.path: f for f in fields_from_table(pa.table({"payload": cells}))}
    assert set(fields) == PATHS | {"payload"}
    assert fields["payload"].values.to_pylist() == ["migrated from v1", "{truncated"]
    assert fields["payload"].origin == "column"
    # the malformed cell and the null both count as missing documents
    assert round(fields["payload.user.id"].null_ratio, 3) == round(3 / 42, 3)


def test_text_of_scalar_arrays_is_a_list_field() -> None:
    table = pa.table({"key_intervals_ms": ["[120, 95, 140]", "[88]", None]})
    (field,) = fields_from_table(table)
    assert field.path == "key_intervals_ms" and field.is_list
    assert field.values.to_pylist() == [120, 95, 140, 88]


def test_arrays_of_objects_and_json_inside_json() -> None:
    inner = json.dumps({"lat": 52.52, "lon": 13.40})
    table = pa.table({"ctx": [json.dumps([{"geo": inner, "kind": "gps"}])] * 5})
    assert {f.path for f in fields_from_table(table)} == {"ctx.geo.lat", "ctx.geo.lon", "ctx.kind"}


def test_text_that_is_mostly_not_json_stays_text() -> None:
    values = pa.array(["hello {there}", "[draft] note", "plain", "more", '{"a": 1}'])
    assert parsed_json_text(values) is None
    assert parsed_json_text(pa.array(['"just a string"', "42"])) is None
    assert [f.path for f in fields_from_table(pa.table({"body": values}))] == ["body"]


def test_the_paths_keep_their_categories_and_the_column_holds_them_too() -> None:
    # every cell a document: the column is catalogued as a field of its own, valued by its paths
    results = {r.sample.path: r for r in classify_dataset(DatasetSample("t", "s", "x", fields_from_table(
        pa.table({"id": list(range(len(EVENTS))), "payload": [json.dumps(e) for e in EVENTS]}))), embedded=False)}
    assert results["payload.user.email"].best().entity == "EMAIL_ADDRESS"
    assert results["payload.context.ip"].best().entity == "IP_ADDRESS"
    column = results["payload"]
    assert column.sample.origin == "document" and len(column.sample.values) == 0
    assert {"EMAIL_ADDRESS", "IP_ADDRESS"} <= {d.entity for d in column.accepted()}
    assert any("JSON documents in the column: key" in s.detail for s in column.best().signals)
    # a column of documents whose other cells are plain words: those cells are the column's field
    cells = [json.dumps(e) for e in EVENTS] + ["migrated from v1", "no document here"]
    results = {r.sample.path: r for r in classify_dataset(DatasetSample("t", "s", "x", fields_from_table(
        pa.table({"payload": cells}))), embedded=False)}
    assert results["payload"].sample.origin == "column"
    assert {"EMAIL_ADDRESS", "IP_ADDRESS"} <= {d.entity for d in results["payload"].accepted()}
    # objects inside a JSON file are no column of documents: their paths only
    nested = DatasetSample("t.ndjson", "s", "ndjson", fields_from_table(pa.Table.from_pylist(EVENTS)))
    assert {r.sample.path for r in classify_dataset(nested, embedded=False)} == {
        "user.id", "user.email", "context.ip", "context.device.model"}


def test_sqlite_text_column(tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT)")
        conn.executemany("INSERT INTO events (payload) VALUES (?)", [(json.dumps(e),) for e in EVENTS])
    fields = paths_of(connector_for(str(path)))["app.sqlite/events"]
    assert set(fields) == PATHS | {"id"} and fields["payload.user.email"] == "json"


def test_csv_cells(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    pa_table = pa.table({"id": range(len(EVENTS)), "payload": [json.dumps(e) for e in EVENTS]})
    pacsv.write_csv(pa_table, path)
    fields = paths_of(connector_for(str(path)))["export.csv"]
    assert set(fields) == PATHS | {"id"}


def test_log_fields(tmp_path: Path) -> None:
    # a JSON log line whose `props` is a JSON string, and a logfmt line quoting one
    lines = [json.dumps({"ts": f"2024-05-01T10:00:{i:02d}Z", "msg": "login", "payload": json.dumps(e)})
             for i, e in enumerate(EVENTS)]
    (tmp_path / "app.log").write_text("\n".join(lines) + "\n")
    (tmp_path / "kv.log").write_text("".join(f"ts=2024-05-01T10:00:{i:02d}Z payload={json.dumps(json.dumps(e))}\n"
                                             for i, e in enumerate(EVENTS)))
    for name in ("app.log", "kv.log"):
        fields = paths_of(connector_for(str(tmp_path / name)))[name]
        assert PATHS <= set(fields) and "payload" not in fields, (name, fields)


def test_postgresql_text_column(pg_cluster: PgCluster) -> None:
    # a database of its own: the shared `shop` database's table list is asserted elsewhere
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE jsontext")
    url = pg_cluster.url(dbname="jsontext")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE events (id serial, payload text)")
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO events (payload) VALUES (%s)", [(json.dumps(e),) for e in EVENTS])
        conn.execute("CREATE TABLE events_jsonb AS SELECT id, payload::jsonb AS payload FROM events")
    found = paths_of(connector_for(url, name="pg"))
    fields = found["pg/public.events"]
    assert set(fields) == PATHS | {"id"} and fields["payload.user.email"] == "json"
    # the same documents in a JSONB column: the same catalog
    assert set(found["pg/public.events_jsonb"]) == set(fields)


DECLARED = """\
version: 1
datasets:
  - dataset: "app.sqlite/events"
    purposes: [account]
    retention: P1Y
    basis: service
    fields:
      - {field: id, category: none}
      - {field: payload.user.email, category: contact.email}
      - {field: payload.user.id, category: account.id}
      - {field: payload.context.ip, category: device.ip_address}
      - {field: payload, category: device.model}   # the rest of the column
"""


def test_the_data_map_declares_paths_and_the_column_covers_the_rest(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from inventory.cli import cli

    with sqlite3.connect(tmp_path / "app.sqlite") as conn:
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT)")
        conn.executemany("INSERT INTO events (payload) VALUES (?)", [(json.dumps(e),) for e in EVENTS])
    monkeypatch.chdir(tmp_path)
    (tmp_path / "datamap.yaml").write_text(DECLARED)
    runner = CliRunner()
    passed = runner.invoke(cli, ["check", "app.sqlite", "--datamap", "datamap.yaml", "-f", "json"])
    # every path declared, the column's declaration covering the rest and not stale (DM009);
    # left: the policy never discloses e-mail addresses (DM007), a finding of the policy's
    assert [(f["rule"], f["field"]) for f in json.loads(passed.output)["findings"]] == [
        ("DM007", "payload.user.email")], passed.output
    # without its own line, the IP address falls to the column's declaration: a mismatch there
    (tmp_path / "datamap.yaml").write_text(DECLARED.replace(
        "      - {field: payload.context.ip, category: device.ip_address}\n", ""))
    failed = runner.invoke(cli, ["check", "app.sqlite", "--datamap", "datamap.yaml", "-f", "json"])
    findings = [(f["rule"], f["field"], f["category"]) for f in json.loads(failed.output)["findings"]]
    assert sorted(findings) == [("DM002", "payload.context.ip", "device.ip_address"),
                                ("DM007", "payload.user.email", "contact.email")], failed.output


def test_explain_on_the_column_shows_what_its_paths_hold(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from inventory.cli import cli

    with sqlite3.connect(tmp_path / "app.sqlite") as conn:
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT)")
        conn.executemany("INSERT INTO events (payload) VALUES (?)", [(json.dumps(e),) for e in EVENTS])
    catalog = str(tmp_path / "c.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["scan", str(tmp_path / "app.sqlite"), "--catalog", catalog, "-q"]).exit_code == 0
    result = runner.invoke(cli, ["explain", "app.sqlite/events", "payload", "--catalog", catalog])
    assert result.exit_code == 0, result.output
    assert "a column of JSON documents, holding what its paths payload.… hold" in result.output
    assert "EMAIL_ADDRESS -> contact.email: confidence" in result.output
    assert "IP_ADDRESS -> device.ip_address (in its documents)" in result.output
    assert "JSON documents in the column: key 'user.email'" in result.output
