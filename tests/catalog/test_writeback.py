"""Write-back on the real things: a dbt project's schema.yml patched with its comments intact,
and column comments applied on the real PostgreSQL server and read back."""
from __future__ import annotations

import json
import os

import psycopg
import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from inventory.cli import cli
from tests.pg_cluster import PgCluster

# a dbt project's models YAML as teams write it: comments, quoting, models datamap never saw
SCHEMA_YML = """\
version: 2

models:
  # the customers dimension, one row per account
  - name: customers
    description: "Customers, deduplicated"   # quoted on purpose
    columns:
      - name: id
        description: surrogate key
        tests: [unique, not_null]
      - name: email  # where receipts go
        description: contact address
        meta:
          owner: crm-team
      - name: signup_ip
        tags: [raw]
      - name: favourite_colour
      - name: profile   # JSON kept as text
  - name: revenue_by_day   # not scanned: left alone
    columns:
      - name: day
"""


@pytest.fixture(scope="module")
def shop(pg_cluster: PgCluster, tmp_path_factory):
    """A PostgreSQL database scanned into a catalog; returns (url, catalog path)."""
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE writeback")
    url = pg_cluster.url(dbname="writeback")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE customers (id int, email text, signup_ip text, favourite_colour text, "
                     "profile text)")
        # `profile`: JSON kept as text, as applications do; catalogued as its paths only
        conn.execute("INSERT INTO customers SELECT i, 'person' || i || '@example.org', '203.0.113.' || (i % 250), "
                     "'blue', json_build_object('phone', '+49 30 ' || (1000000 + i * 7919), "
                     "'prefs', json_build_object('theme', 'dark'))::text FROM generate_series(1, 300) i")
    folder = tmp_path_factory.mktemp("writeback")
    catalog = folder / "c.duckdb"
    (folder / "datamap.yaml").write_text(
        "version: 1\nsources:\n  - {name: shop, url: '${WB_URL}'}\ndatasets:\n"
        "  - dataset: shop/public.customers\n    purposes: [account]\n    retention: P2Y\n    basis: service\n")
    env = {**os.environ, "WB_URL": url}
    result = CliRunner().invoke(cli, ["scan", "--catalog", str(catalog), "--datamap", str(folder / "datamap.yaml")],
                                env=env)
    assert result.exit_code == 0, result.output
    return url, catalog


def test_dbt_schema_yml_is_patched_with_comments_and_order_intact(shop, tmp_path) -> None:
    _, catalog = shop
    project = tmp_path / "analytics"
    (project / "models").mkdir(parents=True)
    schema = project / "models" / "schema.yml"
    schema.write_text(SCHEMA_YML)
    runner = CliRunner()
    dry = runner.invoke(cli, ["export", "dbt", str(project), "--catalog", str(catalog)])
    assert dry.exit_code == 0, dry.output
    assert schema.read_text() == SCHEMA_YML  # a dry run by default
    assert "+++ b/models/schema.yml" in dry.output and "+            category: contact.email" in dry.output

    assert runner.invoke(cli, ["export", "dbt", str(project), "--catalog", str(catalog), "--write"]).exit_code == 0
    patched = schema.read_text()
    for kept in ("# the customers dimension, one row per account", '"Customers, deduplicated"   # quoted on purpose',
                 "- name: email  # where receipts go", "owner: crm-team", "# not scanned: left alone",
                 "tests: [unique, not_null]"):
        assert kept in patched
    models = {m["name"]: m for m in YAML(typ="safe").load(patched)["models"]}
    columns = {c["name"]: c for c in models["customers"]["columns"]}
    assert columns["email"]["meta"] == {"owner": "crm-team", "datamap": {
        "category": "contact.email", "purposes": ["account"], "retention": "P2Y", "disclosed": False}}
    assert columns["email"]["tags"] == ["pii", "contact.email"]
    assert columns["signup_ip"]["tags"] == ["raw", "pii", "device.ip_address"]
    assert columns["signup_ip"]["meta"]["datamap"]["clause"] == "5.3"
    assert columns["id"]["meta"]["datamap"]["category"] == "account.id"  # the key of a table of people
    assert "meta" not in columns["favourite_colour"] and "tags" not in columns["favourite_colour"]
    # a column of documents: per path what it holds, one tag per category
    assert columns["profile"]["meta"]["datamap"]["fields"]["phone"]["category"] == "profile.phone_number"
    assert "prefs.theme" not in columns["profile"]["meta"]["datamap"]["fields"]
    assert columns["profile"]["tags"] == ["pii", "profile.phone_number"]
    assert "- name: profile   # JSON kept as text" in patched
    assert [c["name"] for c in models["customers"]["columns"]] == ["id", "email", "signup_ip", "favourite_colour",
                                                                   "profile"]
    assert models["revenue_by_day"] == {"name": "revenue_by_day", "columns": [{"name": "day"}]}
    # a second run changes nothing
    again = runner.invoke(cli, ["export", "dbt", str(project), "--catalog", str(catalog)])
    assert again.output.strip().endswith("0 file(s) would change (--write to apply)")


def test_postgresql_comments_are_applied_and_read_back(shop) -> None:
    url, catalog = shop
    runner = CliRunner()
    script = runner.invoke(cli, ["export", "sql", "--dialect", "postgres", "--catalog", str(catalog)])
    assert script.exit_code == 0, script.output
    assert 'COMMENT ON COLUMN "public"."customers"."email" IS \'datamap: contact.email' in script.output
    applied = runner.invoke(cli, ["export", "sql", "--catalog", str(catalog), "--execute", "${WB_URL}"],
                            env={"WB_URL": url})
    assert applied.exit_code == 0, applied.output
    with psycopg.connect(url) as conn:
        comments = dict(conn.execute(
            "SELECT attname, col_description(attrelid, attnum) FROM pg_attribute "
            "WHERE attrelid = 'public.customers'::regclass AND attnum > 0").fetchall())
    assert comments["email"] == "datamap: contact.email (not disclosed by the policy); purposes: account; retention P2Y"
    assert comments["signup_ip"].startswith("datamap: device.ip_address")
    assert comments["favourite_colour"] is None
    assert comments["profile"].startswith("datamap: paths phone: profile.phone_number (")


def test_snowflake_tags_and_bigquery_policy_tags(shop) -> None:
    _, catalog = shop
    runner = CliRunner()
    snowflake = runner.invoke(cli, ["export", "sql", "--dialect", "snowflake", "--catalog", str(catalog)]).output
    assert "CREATE TAG IF NOT EXISTS datamap_category" in snowflake
    assert ('ALTER TABLE "public"."customers" MODIFY COLUMN "email" SET TAG datamap_category = '
            "'contact.email';") in snowflake
    bigquery = json.loads(runner.invoke(cli, ["export", "sql", "--dialect", "bigquery", "--catalog",
                                              str(catalog)]).output)
    fields = {f["name"]: f for f in bigquery["tables"]["public.customers"]}
    assert fields["email"]["policyTags"]["names"][0].endswith("/policyTags/contact.email")
    assert fields["profile"]["policyTags"]["names"][0].endswith("/policyTags/profile.phone_number")
    assert ('ALTER TABLE "public"."customers" MODIFY COLUMN "profile" SET TAG datamap_category = '
            "'profile.phone_number';") in snowflake


def test_a_failed_execute_applies_nothing_and_hides_the_password(shop, pg_cluster: PgCluster) -> None:
    _, catalog = shop
    wrong = pg_cluster.url(dbname="writeback").replace("@", "x@", 1)  # a wrong password
    result = CliRunner().invoke(cli, ["export", "sql", "--catalog", str(catalog), "--execute", wrong])
    assert result.exit_code != 0 and "nothing was applied" in result.output
    password = wrong.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    assert password not in result.output
