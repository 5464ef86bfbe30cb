"""No raw personal value reaches any artifact: 50+ canaries planted in every format, then
looked for in the catalog (a SQL dump of every table and view: DuckDB compresses strings, so a
byte grep would miss them), the HTML report, every export, every check format, the data map
draft and everything the commands print."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from inventory.cli import cli
from tests.safety.corpus import ALL, CANARIES, build, plant_postgres, planted_text

CHECK_FORMATS = ("text", "json", "sarif", "junit", "github", "markdown")


def test_the_corpus_plants_enough_distinct_canaries():
    assert len(set(ALL)) == len(ALL) >= 50


@pytest.fixture(scope="module")
def scanned(tmp_path_factory, pg_cluster) -> tuple[dict[str, str], str]:
    """Every artifact of a scan of the corpus and of the commands that read its catalog, as
    text by name; and the corpus itself as text."""
    root = tmp_path_factory.mktemp("canaries")
    corpus = build(root)
    import psycopg

    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS zqcanary")
        conn.execute("CREATE DATABASE zqcanary")
    pg_url = pg_cluster.url(dbname="zqcanary")
    plant_postgres(pg_url)
    made = root / "out"  # every artifact the commands write, apart from the corpus
    made.mkdir()
    catalog = made / "catalog.duckdb"
    out: dict[str, str] = {}
    runner = CliRunner()

    def run(name: str, *args: str) -> None:
        result = runner.invoke(cli, list(args), catch_exceptions=False)
        out[f"{name}: stdout"] = result.stdout
        out[f"{name}: stderr"] = result.stderr
        assert "Traceback" not in result.stderr, result.stderr

    import os
    cwd = os.getcwd()
    os.chdir(root)  # no datamap.yaml of the repository is read
    try:
        run("scan", "scan", str(corpus.data), *corpus.databases, pg_url, *corpus.urls, "--catalog", str(catalog))
        assert catalog.is_file(), out["scan: stderr"]
        run("report", "report", "--catalog", str(catalog), "--out", str(made / "report.html"))
        run("ropa", "export", "ropa", "--catalog", str(catalog), "--out", str(made / "ropa.md"))
        run("ropa-csv", "export", "ropa", "--catalog", str(catalog), "--format", "csv", "--out", str(made / "ropa.csv"))
        run("fides", "export", "fides", "--catalog", str(catalog), "--out", str(made / "fides.yml"))
        for fmt in CHECK_FORMATS:
            run(f"check {fmt}", "check", "--catalog", str(catalog), "--format", fmt,
                "-o", f"{fmt}={made / f'check.{fmt}'}")
        run("init", "init", str(corpus.data), "-o", str(made / "datamap.draft.yaml"), "--sample-rows", "200")
        for view in ("field_inventory", "data_map", "undeclared_personal_data", "scan_errors", "detections", "fields"):
            run(f"show {view}", "show", view, "--catalog", str(catalog), "--format", "json")
        run("explain", "explain", "customers.csv", "email", "--catalog", str(catalog))
    finally:
        os.chdir(cwd)
    for path in made.iterdir():
        if path.suffix != ".duckdb":
            out[f"file {path.name}"] = path.read_text(encoding="utf-8", errors="replace")
    out.update(_catalog_dump(catalog))
    out["catalog bytes"] = catalog.read_bytes().decode("latin-1")
    return out, planted_text(corpus, pg_url)


def _catalog_dump(path: Path) -> dict[str, str]:
    con = duckdb.connect(str(path), read_only=True)
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal"
    ).fetchall()]
    dump = {}
    for name in names:
        try:
            rows = con.execute(f'SELECT * FROM "{name}"').fetchall()
        except duckdb.Error:  # a table macro's view needing parameters
            continue
        dump[f"catalog {name}"] = "\n".join(map(repr, rows))
    con.close()
    return dump


@pytest.fixture(scope="module")
def artifacts(scanned) -> dict[str, str]:
    return scanned[0]


def test_every_canary_is_planted(scanned):
    corpus = scanned[1].lower()
    assert [value for value in ALL if value.lower() not in corpus] == []


def test_the_scan_read_every_kind_of_source(artifacts):
    inventory = artifacts["catalog fields"]
    for dataset in ("tables/customers.csv", "tables/customers.parquet", "tables/customers.tsv",
                    "tables/profiles.json", "tables/events.ndjson.gz", "tables/keyed.ndjson", "logs/access.log",
                    "logs/app.jsonl", "logs/auth.log", "logs/shipping.log", "warehouse.duckdb/customers",
                    "app.sqlite/users", "zqcanary/public.members"):
        assert dataset in inventory, dataset
    errors = artifacts["catalog scan_errors"]
    for dataset in ("badcast.csv", "broken.json", "broken.ndjson", "warehouse.duckdb/peek", "shop"):
        assert dataset in errors, dataset


def test_no_canary_in_any_artifact(artifacts):
    leaks = [(value, name) for name, text in artifacts.items() for value in ALL if value.lower() in text.lower()]
    assert leaks == [], "\n".join(map(str, leaks))


def test_every_canary_kind_was_planted_somewhere_the_scan_read(artifacts):
    # the detections prove the values were read (and classified), not skipped
    categories = artifacts["catalog field_inventory"]
    for category in ("contact.email", "contact.phone", "device.ip_address"):
        assert category in categories
    assert CANARIES  # the corpus module is the single list of planted values
