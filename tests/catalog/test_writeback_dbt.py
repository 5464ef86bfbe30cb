"""`datamap export dbt` end to end on a real dbt project: dbt-duckdb builds it into a DuckDB
file, datamap scans that file, the export patches the models' YAML, and dbt itself parses the
patched project and shows what datamap wrote. dbt runs offline (tests/dbt_project.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from inventory.cli import cli
from tests.dbt_project import new_project, run_dbt

# the staging layer's YAML as a team writes it: comments, quoting, flow style, a model the
# warehouse never holds (ephemeral: compiled into its callers, no relation of its own)
STAGING_YML = """\
version: 2

models:
  # one row per customer, as the shop's database has them
  - name: stg_customers
    description: "Customers, renamed"   # quoted on purpose
    columns:
      - name: customer_id
        description: surrogate key
        data_tests: [unique, not_null]
      - name: email  # where receipts go
        meta:
          owner: crm-team
      - name: signup_ip
        tags: [raw]
      - name: favourite_colour
      - name: context   # JSON kept as text

  - name: customer_emails   # ephemeral: not in the warehouse, so never touched
    columns:
      - name: email
"""
MARTS_YML = """\
version: 2
models:
  - name: dim_customers
    columns:
      # the dimension's key
      - {name: customer_id, description: key}
      - name: contact_email
        description: >
          Where receipts go; folded on purpose.
      - name: favourite_colour
"""
DATAMAP = """\
version: 1
datasets:
  - dataset: "*/main.*customers"
    purposes: [account]
    retention: P2Y
    basis: service
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """(project, catalog): the project built by `dbt build` and its warehouse scanned."""
    folder = tmp_path_factory.mktemp("dbt_writeback")
    warehouse = folder / "shop.duckdb"
    project = new_project(folder / "shop", "shop", warehouse)
    rows = ["id,email,signup_ip,country,favourite_colour"] + [
        f"{i},person{i}@example.org,203.0.113.{i},{'DE' if i % 2 else 'FR'},{('blue', 'red', 'green')[i % 3]}"
        for i in range(1, 61)]
    (project / "seeds" / "raw_customers.csv").write_text("\n".join(rows) + "\n")
    (project / "models" / "staging").mkdir()
    (project / "models" / "marts").mkdir()
    (project / "models" / "staging" / "stg_customers.sql").write_text(
        "select id as customer_id, email, signup_ip, favourite_colour,\n"
        "  to_json({'contact': {'email': email}, 'theme': 'dark'})::varchar as context\n"
        "from {{ ref('raw_customers') }}\n")
    (project / "models" / "staging" / "customer_emails.sql").write_text(
        "{{ config(materialized='ephemeral') }}\nselect email from {{ ref('stg_customers') }}\n")
    (project / "models" / "marts" / "dim_customers.sql").write_text(
        "{{ config(materialized='table') }}\n"
        "select customer_id, email as contact_email, favourite_colour from {{ ref('stg_customers') }}\n")
    (project / "models" / "staging" / "_staging.yml").write_text(STAGING_YML)
    (project / "models" / "marts" / "schema.yml").write_text(MARTS_YML)
    run_dbt(project, "build")  # seed, models, and the YAML's data tests

    (folder / "datamap.yaml").write_text(DATAMAP)
    catalog = folder / "catalog.duckdb"
    scan = CliRunner().invoke(cli, ["scan", str(warehouse), "--catalog", str(catalog),
                                    "--datamap", str(folder / "datamap.yaml")])
    assert scan.exit_code == 0, scan.output
    return project, catalog


def _manifest_columns(project: Path, model: str) -> dict[str, dict]:
    manifest = json.loads((project / "target" / "manifest.json").read_text())
    return manifest["nodes"][f"model.shop.{model}"]["columns"]


def test_export_dbt_patches_a_built_project_that_dbt_then_parses(built) -> None:
    project, catalog = built
    staging = project / "models" / "staging" / "_staging.yml"
    marts = project / "models" / "marts" / "schema.yml"
    runner = CliRunner()

    dry = runner.invoke(cli, ["export", "dbt", str(project), "--catalog", str(catalog)])
    assert dry.exit_code == 0, dry.output
    assert staging.read_text() == STAGING_YML and marts.read_text() == MARTS_YML  # a dry run by default
    assert "+++ b/models/staging/_staging.yml" in dry.output and "+++ b/models/marts/schema.yml" in dry.output

    written = runner.invoke(cli, ["export", "dbt", str(project), "--catalog", str(catalog), "--write"])
    assert written.exit_code == 0, written.output
    patched = staging.read_text()
    # the team's text survives: comments, quoting, flow lists, the order of models and columns
    for kept in ("# one row per customer, as the shop's database has them",
                 '"Customers, renamed"   # quoted on purpose', "data_tests: [unique, not_null]",
                 "- name: email  # where receipts go", "owner: crm-team",
                 "- name: customer_emails   # ephemeral: not in the warehouse, so never touched"):
        assert kept in patched
    order = [patched.index(f"- name: {name}") for name in
             ("stg_customers", "customer_id", "email  #", "signup_ip", "favourite_colour", "context",
              "customer_emails")]
    assert order == sorted(order)
    assert "tags: [raw, pii, device.ip_address]" in patched  # the team's tag first, in its flow style
    marts_text = marts.read_text()
    assert "# the dimension's key" in marts_text and "Where receipts go; folded on purpose." in marts_text
    # the ephemeral model is in no catalog: its YAML is exactly as written
    models = {m["name"]: m for m in YAML(typ="safe").load(patched)["models"]}
    assert models["customer_emails"] == {"name": "customer_emails", "columns": [{"name": "email"}]}

    # dbt itself reads the patched project: the manifest carries datamap's meta and tags
    run_dbt(project, "parse")
    stg = _manifest_columns(project, "stg_customers")
    assert stg["email"]["meta"] == {"owner": "crm-team", "datamap": {
        "category": "contact.email", "purposes": ["account"], "retention": "P2Y", "disclosed": False}}
    assert sorted(stg["email"]["tags"]) == ["contact.email", "pii"]  # dbt sorts a column's tags
    assert sorted(stg["signup_ip"]["tags"]) == ["device.ip_address", "pii", "raw"]
    assert stg["signup_ip"]["meta"]["datamap"]["clause"] == "5.3"
    assert stg["customer_id"]["meta"]["datamap"]["category"] == "account.id"
    assert stg["favourite_colour"]["meta"] == {} and stg["favourite_colour"]["tags"] == []
    # the JSON text column, catalogued as its paths: written back with what each path holds
    assert stg["context"]["meta"]["datamap"]["fields"] == {"contact.email": {
        "category": "contact.email", "purposes": ["account"], "retention": "P2Y", "disclosed": False}}
    assert sorted(stg["context"]["tags"]) == ["contact.email", "pii"]
    dim = _manifest_columns(project, "dim_customers")
    assert dim["contact_email"]["meta"]["datamap"]["category"] == "contact.email"
    assert dim["contact_email"]["description"].strip() == "Where receipts go; folded on purpose."
    assert dim["favourite_colour"]["meta"] == {}  # not personal data: nothing written
    assert _manifest_columns(project, "customer_emails")["email"]["meta"] == {}
    # and the patched project still builds and documents
    run_dbt(project, "docs", "generate")
    catalog_json = json.loads((project / "target" / "catalog.json").read_text())
    assert "model.shop.dim_customers" in catalog_json["nodes"]

    again = runner.invoke(cli, ["export", "dbt", str(project), "--catalog", str(catalog)])
    assert again.output.strip().endswith("0 file(s) would change (--write to apply)")
