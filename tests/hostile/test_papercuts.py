"""Newcomer papercuts: database URLs follow SQLAlchemy's slashes."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import duckdb
from click.testing import CliRunner

from inventory.cli import cli
from inventory.connectors import connector_for


def test_three_slashes_are_relative_and_four_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with sqlite3.connect(tmp_path / "app.sqlite") as con:
        con.execute("CREATE TABLE users (email TEXT)")
    with duckdb.connect(str(tmp_path / "wh.duckdb")) as con:
        con.execute("CREATE TABLE events (ip VARCHAR)")
    for url, table in (("sqlite:///app.sqlite", "users"), ("duckdb:///wh.duckdb", "events"),
                       (f"sqlite:///{tmp_path}/app.sqlite", "users"), (f"duckdb:///{tmp_path}/wh.duckdb", "events")):
        connector = connector_for(url)
        try:
            assert [ref.name.rsplit("/", 1)[-1] for ref in connector.datasets()] == [table], url
        finally:
            connector.close()


def _scan_tables_and_a_free_text_log(folder: Path) -> None:
    folder.mkdir()
    (folder / "users.csv").write_text("id,email,name\n" + "".join(
        f"{i},user{i}@example.org,Person {i}\n" for i in range(20)))
    (folder / "orders.csv").write_text("order_id,total\n1,9.5\n2,3.0\n")
    # lines of no known format: the log has a free-text pseudo-field beside its columns
    (folder / "app.log").write_text("".join(
        f"2024-05-01 12:00:{i:02d} INFO user{i}@example.org signed in from 10.0.0.{i}\n"
        f"the nightly job for Mallory finished after {i} retries\n" for i in range(20)))


def test_scan_check_and_report_count_the_same_fields(tmp_path, monkeypatch):
    """One definition of a field (catalog.fieldcount): the scan summary (text and JSON), `check`
    (every format that prints it) and the report (HTML and the check's Markdown) agree, with
    a log's free text counted as the field it is in findings."""
    monkeypatch.chdir(tmp_path)
    _scan_tables_and_a_free_text_log(tmp_path / "data")
    runner = CliRunner()
    scanned = runner.invoke(cli, ["scan", "data", "--catalog", "c.duckdb", "--format", "json"],
                            catch_exceptions=False)
    summary = json.loads(scanned.stdout)
    assert any(d["dataset"] == "app.log" for d in summary["dataset_list"])
    with duckdb.connect("c.duckdb", read_only=True) as con:
        free_text = con.execute("SELECT count(*) FROM fields WHERE field = '(free text)'").fetchone()[0]
        scans_fields = con.execute("SELECT fields FROM scans").fetchone()[0]
    assert free_text == 1, "the log's free text should be a field of the catalog"
    text = runner.invoke(cli, ["scan", "data", "--catalog", "c.duckdb"], catch_exceptions=False).stdout
    scan_text = int(re.search(r"datasets, (\d+) fields", text).group(1))

    checked = runner.invoke(cli, ["check", "--catalog", "c.duckdb", "-o", "json=check.json",
                                  "-o", "markdown=check.md"], catch_exceptions=False)
    check_text = int(re.search(r"(\d+) fields checked", checked.stdout).group(1))
    check_json = json.loads(Path("check.json").read_text())["summary"]["fields_checked"]
    check_md = int(re.search(r"(\d+) fields checked", Path("check.md").read_text()).group(1))

    runner.invoke(cli, ["report", "--catalog", "c.duckdb", "--out", "report.html"], catch_exceptions=False)
    page = Path("report.html").read_text()
    report_tile = int(re.search(r'<div class="tile"><b>(\d+)</b>\s*fields', page).group(1))

    figures = {"scan json": summary["fields"], "scan text": scan_text, "scans.fields": scans_fields,
               "check text": check_text, "check json": check_json, "check markdown": check_md,
               "report": report_tile}
    assert len(set(figures.values())) == 1, figures
    assert summary["fields"] == sum(d["fields"] for d in summary["dataset_list"])


def test_explain_prints_a_hostile_dataset_name_escaped(tmp_path, monkeypatch):
    """`explain` echoes the dataset name it read from the catalog: ESC[2J is shown, not obeyed
    (color=True: click keeps what a terminal would get)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "\x1b[2Jclear.csv").write_text("email\n" + "".join(f"u{i}@example.org\n" for i in range(9)))
    runner = CliRunner()
    runner.invoke(cli, ["scan", "data", "--catalog", "c.duckdb"], catch_exceptions=False)
    shown = runner.invoke(cli, ["explain", "\x1b[2Jclear.csv", "email", "--catalog", "c.duckdb"], color=True)
    assert shown.exit_code == 0, shown.output
    assert "\x1b" not in shown.output and "\\x1b[2Jclear.csv" in shown.output


def test_a_duckdb_database_that_is_not_a_catalog_is_refused_before_scanning(tmp_path, monkeypatch):
    """--catalog pointed at a warehouse, or at a file with another tool's `scans` table: one line,
    exit 2, no traceback, nothing written into it (it used to crash after the scanning work)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "users.csv").write_text("email\n" + "".join(f"u{i}@example.org\n" for i in range(9)))
    for name, ddl in (("warehouse.duckdb", "CREATE TABLE users (email VARCHAR)"),
                      ("other.duckdb", "CREATE TABLE scans (x INTEGER)")):
        with duckdb.connect(name) as con:
            con.execute(ddl)
        result = CliRunner().invoke(cli, ["scan", "users.csv", "--catalog", name])
        assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
        assert "not a datamap catalog" in result.output and "nothing was scanned" in result.output
        with duckdb.connect(name, read_only=True) as con:
            assert len(con.execute("SELECT table_name FROM duckdb_tables()").fetchall()) == 1
