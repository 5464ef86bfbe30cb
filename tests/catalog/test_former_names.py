"""What was written for the former names of a database file's tables (`shop.db/main.users`,
now `shop.db/users`) keeps working: a data map declaring them still declares the tables (and
`datamap check` says the same of it), and a catalog written then is rescanned cleanly, its old
rows replaced by the new names' rows, never left beside them."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from catalog.datamap import parse_datamap
from datamap.names import former_name
from inventory.cli import EXIT_OK, cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize(("dataset", "former"), [
    ("chinook.db/Artist", "chinook.db/main.Artist"),
    ("exports/apps/app.sqlite/users", "exports/apps/app.sqlite/main.users"),
    ('app.db/"v1.users"', "app.db/main.v1.users"),  # a dotted table name was written bare
    ('app.db/"say ""hi"""', 'app.db/main.say "hi"'),
    ("warehouse.duckdb/sales.orders", None),  # another schema: its name never changed
    ("shop/public.users", None),  # a server's schema is kept
    ("data/events.csv", None), ("events.csv", None), ("Artist", None),
])
def test_former_name(dataset: str, former: str | None) -> None:
    assert former_name(dataset) == former


def test_declarations_written_for_the_former_names_still_declare_the_tables() -> None:
    datamap = parse_datamap("""
version: 1
datasets:
  - dataset: chinook.db/main.Artist
    fields: [{field: Name, category: identity.person_name}]
  - dataset: "*/main.*customers"
    fields: [{field: email, category: contact.email}]
  - dataset: "main.audit_*"
    fields: [{field: ip, category: device.ip_address}]
""")
    def category(dataset: str, field: str) -> str | None:
        found = datamap.declaration_for(dataset, field)
        return found.category if found else None

    assert category("chinook.db/Artist", "Name") == "identity.person_name"
    assert category("chinook.db/main.Artist", "Name") == "identity.person_name"  # an old catalog's row
    assert category("shop.duckdb/dim_customers", "email") == "contact.email"
    assert category("crm/audit_logins", "ip") == "device.ip_address"  # a data map source's name
    # what the former names never reached, the new ones do not either
    assert category("warehouse.duckdb/sales.customers", "email") is None  # another schema
    assert category("data/customers.csv", "email") is None
    assert category("audit_2024.csv", "ip") is None


@pytest.fixture()
def project(tmp_path: Path, monkeypatch) -> Path:
    """A repository holding one SQLite file, run from its root."""
    with sqlite3.connect(tmp_path / "shop.db") as conn:
        conn.execute("CREATE TABLE users (email TEXT, client_ip TEXT, n INTEGER)")
        conn.executemany("INSERT INTO users VALUES (?, ?, ?)",
                         [(f"u{i}@example.org", f"203.0.113.{i + 1}", i) for i in range(50)])
        conn.execute("CREATE TABLE metrics (metric TEXT, value INTEGER)")
        conn.executemany("INSERT INTO metrics VALUES (?, ?)", [(f"m{i}", i) for i in range(30)])
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _findings(path: str) -> list[tuple[str, str, str]]:
    return sorted((f["rule"], f["dataset"], f["field"]) for f in json.loads(Path(path).read_text())["findings"])


def test_check_says_the_same_of_a_data_map_written_for_the_former_names(project: Path) -> None:
    assert run("init", "shop.db").exit_code == EXIT_OK
    drafted = (project / "datamap.yaml").read_text()
    assert "dataset: shop.db/users" in drafted
    filled = (drafted.replace("purposes: [TODO]", "purposes: [account]").replace("retention: TODO", "retention: P1Y")
              .replace("basis: TODO", "basis: service"))
    verdicts = {}
    for spelling, text in {"new": filled,
                           "former": filled.replace("dataset: shop.db/users", "dataset: shop.db/main.users"),
                           "former glob": filled.replace("dataset: shop.db/users", 'dataset: "*/main.*"')}.items():
        (project / "datamap.yaml").write_text(text)
        result = run("check", "-o", f"json={spelling}.json")
        verdicts[spelling] = (result.exit_code, _findings(f"{spelling}.json"))
    assert verdicts["new"][0] == EXIT_OK, verdicts
    assert verdicts["former"] == verdicts["new"] == verdicts["former glob"]
    assert not any(rule == "DM009" for rule, _, _ in verdicts["former"][1])  # no declaration "matches nothing"


def _rename_to_former(catalog: Path) -> None:
    """The catalog as a datamap of before session 20 wrote it: every table of the file named
    `shop.db/main.<table>` in every catalog table that records a dataset."""
    with duckdb.connect(str(catalog)) as con:
        tables = [row[0] for row in con.execute(
            "SELECT table_name FROM duckdb_columns() WHERE column_name = 'dataset' AND database_name = current_database() "
            "AND table_name IN (SELECT table_name FROM duckdb_tables())").fetchall()]
        for table in tables:
            con.execute(f"UPDATE \"{table}\" SET dataset = replace(dataset, 'shop.db/', 'shop.db/main.') "
                        "WHERE dataset LIKE 'shop.db/%'")


def _current(catalog: Path) -> tuple[list[str], list[tuple]]:
    with duckdb.connect(str(catalog), read_only=True) as con:
        datasets = [row[0] for row in con.execute("SELECT dataset FROM current_datasets ORDER BY 1").fetchall()]
        fields = con.execute("SELECT dataset, field, category FROM field_inventory ORDER BY ALL").fetchall()
    return datasets, fields


def test_a_catalog_written_with_the_former_names_is_rescanned_without_duplicates(project: Path) -> None:
    catalog = project / "c.duckdb"
    assert run("scan", "shop.db", "--catalog", str(catalog), "--workers", "1").exit_code == EXIT_OK
    new_datasets, new_fields = _current(catalog)
    assert new_datasets == ["shop.db/metrics", "shop.db/users"]
    _rename_to_former(catalog)
    old_datasets, old_fields = _current(catalog)
    assert old_datasets == ["shop.db/main.metrics", "shop.db/main.users"]  # what an old version left

    result = run("scan", "shop.db", "--catalog", str(catalog), "--workers", "1")
    assert result.exit_code == EXIT_OK, result.output
    # the rescan covers the source: its old names are gone from every current view, not beside the new
    assert _current(catalog) == (new_datasets, new_fields)
    assert [(d.replace("/main.", "/"), f, c) for d, f, c in old_fields] == new_fields
    # they were read again (the old rows' results are not reused under a name they never had)
    with duckdb.connect(str(catalog), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM datasets WHERE scan_id = (SELECT max(scan_id) FROM scans) "
                           "AND reused_from IS NOT NULL").fetchone() == (0,)
    assert run("explain", "shop.db/users", "email", "--catalog", str(catalog)).exit_code == EXIT_OK


def test_the_datahub_urn_of_a_file_database_table_is_the_one_pushed_before(project: Path) -> None:
    # DataHub knows a dataset by its urn: a new one for the same table would be a second entity
    catalog = project / "c.duckdb"
    assert run("scan", "shop.db", "--catalog", str(catalog), "--workers", "1").exit_code == EXIT_OK
    assert run("export", "datahub", "--catalog", str(catalog), "--out", "dh.json").exit_code == EXIT_OK
    urns = {item["entityUrn"] for item in json.loads((project / "dh.json").read_text())
            if item["entityType"] == "dataset"}
    assert urns == {"urn:li:dataset:(urn:li:dataPlatform:sqlite,shop.db.main.users,PROD)",
                    "urn:li:dataset:(urn:li:dataPlatform:sqlite,shop.db.main.metrics,PROD)"}
