"""Subject-rights plans run for real: on the demo data (files and logs) and on a real
PostgreSQL database, the access export holds that person's rows and only theirs; after the
deletion plan is executed on a copy, a rescan and the access plan find nothing of them."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import duckdb
import psycopg
import pytest
from click.testing import CliRunner

from catalog.rights import rights_plan
from inventory.cli import EXIT_OK, cli
from inventory.rights import access, execute
from tests.pg_cluster import PgCluster


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == EXIT_OK, result.output
    return result.output


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throwaway copy of the demo data and its catalog."""
    folder = tmp_path_factory.mktemp("rights_demo")
    catalog = folder / "datamap.duckdb"
    CliRunner().invoke(cli, ["demo", "--catalog", str(catalog), "--data-dir", str(folder / "data"),
                             "--rows", "300"], catch_exceptions=False)
    return folder / "data", catalog


def _user_ids(data: Path) -> list[int]:
    return [row[0] for row in duckdb.sql(f"SELECT user_id FROM '{data}/users.parquet' ORDER BY user_id").fetchall()]


def _events_of(data: Path, user_id: int) -> int:
    return duckdb.sql(f"SELECT count(*) FROM read_json('{data}/events/app_events.ndjson') "
                      f"WHERE \"user\".id = {user_id}").fetchall()[0][0]


def test_the_plan_names_every_dataset_holding_account_ids_and_what_cannot_be_served(demo) -> None:
    _, catalog = demo
    plan = rights_plan(catalog, "account.id")
    served = {d.dataset: d for d in plan.served}
    assert {"users.parquet", "events/app_events.ndjson"} <= set(served)
    assert served["users.parquet"].key_fields == ["user_id"]
    assert served["events/app_events.ndjson"].key_fields == ["user.id"]
    assert "WHERE CAST(\"user_id\" AS TEXT) = $subject" in served["users.parquet"].access
    [devices] = [d for d in plan.unserved if d.dataset == "devices.csv"]
    assert devices.route is not None and devices.route.category == "device.device_id"
    consents = {group.consent: group.datasets for group in plan.consents}
    assert consents["location_permission"] == ["events/app_events.ndjson"]
    assert consents["guardian"] == ["users.parquet"]
    text = _run("rights", "plan", "--catalog", str(catalog))
    assert "cannot be served by key" in text and "devices.csv" in text
    assert json.loads(_run("rights", "plan", "--catalog", str(catalog), "-f", "json"))["subject"] == "account.id"


def test_access_exports_that_persons_rows_and_only_theirs(demo, tmp_path: Path) -> None:
    data, catalog = demo
    target = next(uid for uid in _user_ids(data) if _events_of(data, uid) > 0)
    out = tmp_path / "subject.json"
    _run("rights", "access", "--catalog", str(catalog), "--subject-id", str(target), "-o", str(out))
    export = {d["dataset"]: d for d in json.loads(out.read_text())["datasets"]}
    assert [row["user_id"] for row in export["users.parquet"]["rows"]] == [target]
    events = export["events/app_events.ndjson"]["rows"]
    assert len(events) == _events_of(data, target)
    assert {row["user"]["id"] for row in events} == {target}


def test_deletion_without_execute_changes_nothing(demo) -> None:
    data, catalog = demo
    before = hashlib.sha256((data / "users.parquet").read_bytes()).hexdigest()
    text = _run("rights", "delete", "--catalog", str(catalog), "--subject-id", str(_user_ids(data)[0]))
    assert "Nothing changed" in text and "COPY (SELECT" in text
    assert hashlib.sha256((data / "users.parquet").read_bytes()).hexdigest() == before


def _scanned_copy(source: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A throwaway copy of the demo data, scanned into its own catalog."""
    data, catalog = tmp_path / "data", tmp_path / "copy.duckdb"
    shutil.copytree(source, data)
    CliRunner().invoke(cli, ["scan", str(data), "--catalog", str(catalog), "-q"], catch_exceptions=False)
    return data, catalog


def test_executed_deletion_leaves_nothing_of_that_person_after_a_rescan(demo, tmp_path: Path) -> None:
    data, catalog = _scanned_copy(demo[0], tmp_path)
    users = _user_ids(data)
    target = next(uid for uid in users if _events_of(data, uid) > 0)
    _run("rights", "delete", "--catalog", str(catalog), "--subject-id", str(target), "--execute")
    assert _user_ids(data) == [uid for uid in users if uid != target]  # the others are kept
    CliRunner().invoke(cli, ["scan", str(data), "--catalog", str(catalog), "-q"], catch_exceptions=False)
    export = access(rights_plan(catalog, "account.id"), str(target))
    assert sum(len(d.rows) for d in export.datasets) == 0 and not export.errors


def test_anonymisation_keeps_the_rows_and_clears_the_personal_fields(demo, tmp_path: Path) -> None:
    data, catalog = _scanned_copy(demo[0], tmp_path)
    target = _user_ids(data)[3]
    results = execute(rights_plan(catalog, "account.id"), str(target), "anonymise")
    assert not [r for r in results if r.error and "compressed" not in r.error]
    row = duckdb.sql(f"SELECT email, full_name, phone FROM '{data}/users.parquet' WHERE user_id = {target}").fetchall()
    assert row == [(None, None, None)]
    assert duckdb.sql(f"SELECT count(*) FROM '{data}/users.parquet' WHERE email IS NOT NULL").fetchall()[0][0] > 0


_SHOP = """
CREATE TABLE customers (customer_id int PRIMARY KEY, email text, full_name text, phone text, birth_date date);
CREATE TABLE orders (order_id int PRIMARY KEY, customer_id int, shipping_address text, client_ip inet, total numeric);
CREATE TABLE devices (device_id text, customer_id int, model text);
CREATE TABLE device_pings (device_id text, battery_level int, lat double precision, lon double precision);
INSERT INTO customers SELECT i, 'c' || i || '@example.com', 'Name' || i || ' Surname', '+1 415 555 ' || lpad(i::text, 4, '0'),
       CASE WHEN i % 10 = 0 THEN current_date - 15 * 365 ELSE current_date - (25 + i % 40) * 365 END
FROM generate_series(1, 300) i;
INSERT INTO orders SELECT i, 1 + i % 300, i || ' Main Street, Springfield', ('10.1.' || (i % 200) || '.' || (i % 250))::inet, i * 1.5
FROM generate_series(1, 900) i;
INSERT INTO devices SELECT md5(i::text), i, 'Pixel ' || (i % 8) FROM generate_series(1, 300) i;
INSERT INTO device_pings SELECT md5((1 + i % 300)::text), i % 100, 40 + (i % 90) / 100.0, -70 - (i % 90) / 100.0
FROM generate_series(1, 900) i;
"""


@pytest.fixture
def crm(pg_cluster: PgCluster, tmp_path: Path) -> str:
    """A throwaway PostgreSQL database (dropped afterwards)."""
    name = f"crm_{tmp_path.name[-8:].lower().replace('-', '_')}"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_cluster.url(dbname=name)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(_SHOP)
    yield url
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _count(url: str, sql: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute(sql).fetchone()[0]


def test_postgres_plan_access_and_deletion(crm: str, tmp_path: Path) -> None:
    catalog = tmp_path / "crm.duckdb"
    CliRunner().invoke(cli, ["scan", crm, "--catalog", str(catalog), "-q"], catch_exceptions=False)
    plan = rights_plan(catalog, "account.id")
    served = {d.dataset.split("/", 1)[1]: d for d in plan.served}
    assert {"public.customers", "public.orders", "public.devices"} <= set(served)
    assert served["public.orders"].engine == "postgres"
    assert served["public.orders"].access == 'SELECT * FROM "public"."orders" WHERE "customer_id" = %(subject)s'
    assert served["public.orders"].delete == 'DELETE FROM "public"."orders" WHERE "customer_id" = %(subject)s'
    [pings] = [d for d in plan.unserved if d.dataset.endswith("public.device_pings")]
    assert pings.route is not None and pings.route.hub.endswith("public.devices")

    source = plan.served[0].source
    export = access(plan, "42", sources={source: crm})
    rows = {d.dataset.split("/", 1)[1]: d.rows for d in export.datasets}
    assert [r["customer_id"] for r in rows["public.customers"]] == [42]
    assert len(rows["public.orders"]) == _count(crm, "SELECT count(*) FROM orders WHERE customer_id = 42") == 3
    assert {r["customer_id"] for r in rows["public.orders"]} == {42}
    # reached through the devices table: the pings of customer 42's device, and only those
    assert len(rows["public.device_pings"]) == 3
    assert {r["device_id"] for r in rows["public.device_pings"]} == {hashlib.md5(b"42").hexdigest()}

    results = execute(plan, "42", "delete", sources={source: crm})
    assert all(r.error is None for r in results), results
    assert _count(crm, "SELECT count(*) FROM orders WHERE customer_id = 42") == 0
    assert _count(crm, "SELECT count(*) FROM orders") == 897
    CliRunner().invoke(cli, ["scan", crm, "--catalog", str(catalog), "-q"], catch_exceptions=False)
    again = access(rights_plan(catalog, "account.id"), "42", sources={source: crm})
    assert sum(len(d.rows) for d in again.datasets if d.via is None) == 0 and not again.errors


def test_access_to_a_database_without_its_url_is_one_clear_error(crm: str, tmp_path: Path) -> None:
    catalog = tmp_path / "crm.duckdb"
    CliRunner().invoke(cli, ["scan", crm, "--catalog", str(catalog), "-q"], catch_exceptions=False)
    result = CliRunner().invoke(cli, ["rights", "access", "--catalog", str(catalog), "--subject-id", "7",
                                      "-o", str(tmp_path / "x.json")])
    assert result.exit_code == 3
    assert "--source" in result.output and "Traceback" not in result.output


def test_postgres_tables_get_teen_counts_and_risk_and_fail_the_gate(crm: str, tmp_path: Path) -> None:
    from catalog.checks import check
    from catalog.checks.inputs import read_check_input
    from catalog.reader import open_catalog, run_sql

    catalog = tmp_path / "crm.duckdb"
    CliRunner().invoke(cli, ["scan", crm, "--catalog", str(catalog), "-q"], catch_exceptions=False)
    with open_catalog(catalog) as con:
        [teens] = run_sql(con, "SELECT * FROM teen_data").to_pylist()
        risk = {r["dataset"].split("/", 1)[1]: r for r in run_sql(con, "SELECT * FROM reidentification_risk").to_pylist()}
    assert teens["field"] == "birth_date" and (teens["people"], teens["under_age"]) == (300, 30)
    assert teens["consent_status"] == "no_guardian_consent"
    assert risk["public.customers"]["method"] == "sample"
    findings = check(read_check_input(catalog), rules=["DM020"]).findings
    assert [(f.dataset.split("/", 1)[1], f.field) for f in findings] == [("public.customers", "birth_date")]
