"""A partial scan never passes the gate: unread data fails `check` with DM011 and exit 3."""
from __future__ import annotations

import json
import os
import shutil

import duckdb
import pytest
from click.testing import CliRunner

from inventory.cli import EXIT_OK, EXIT_PARTIAL, EXIT_VIOLATIONS, cli
from tests.hostile.support import permissions_enforceable, run_cli_unprivileged


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def errors_of(catalog) -> list[tuple[str, str]]:
    with duckdb.connect(str(catalog), read_only=True) as con:
        return con.execute("SELECT dataset, message FROM scan_errors WHERE scan_id = "
                           "(SELECT max(scan_id) FROM scans) ORDER BY dataset").fetchall()


@pytest.fixture()
def data(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "data"
    (folder / "sub").mkdir(parents=True)
    (folder / "metrics.csv").write_text("metric,value\n" + "".join(f"m{i},{i}\n" for i in range(20)))
    (folder / "sub" / "counts.csv").write_text("kind,count\n" + "".join(f"k{i},{i}\n" for i in range(20)))
    return folder


def test_a_clean_scan_passes(data):
    assert run("check", "data").exit_code == EXIT_OK


def test_a_dangling_symlink_is_recorded_and_fails_the_gate(data):
    os.symlink(data / "gone.csv", data / "linked.csv")
    result = run("scan", "data", "--catalog", "c.duckdb")
    assert result.exit_code == 3, result.output
    [line] = [line for line in result.stderr.splitlines() if "linked.csv" in line]
    assert line.startswith("error: linked.csv: broken symbolic link, not read")
    assert [d for d, _ in errors_of("c.duckdb")] == ["linked.csv"]
    checked = run("check", "--catalog", "c.duckdb")
    assert checked.exit_code == EXIT_PARTIAL, checked.output
    assert "error DM011 unread-data: linked.csv" in checked.output
    assert "datamap check FAILED" in checked.output and "1 dataset not read" in checked.output
    allowed = run("check", "--catalog", "c.duckdb", "--allow-partial")
    assert allowed.exit_code == EXIT_OK, allowed.output
    assert "1 dataset not read" in allowed.output


def test_a_glob_that_matches_nothing_is_an_error(data):
    result = run("scan", "data/*.parquet", "--catalog", "c.duckdb")
    assert result.exit_code == 4
    assert "data/*.parquet: no file matches" in result.stderr
    assert errors_of("c.duckdb") == [("", "no file matches data/*.parquet")]


def test_an_unreadable_subfolder_is_recorded(data, tmp_path):
    """Run without root's read-anything capabilities, so the permission error is real."""
    if not permissions_enforceable():
        pytest.skip("root without setpriv: permissions cannot be enforced")

    (data / "sub").chmod(0o000)
    try:
        result = run_cli_unprivileged(tmp_path, "scan", "data", "--catalog", "c.duckdb")
    finally:
        (data / "sub").chmod(0o755)
    assert result.returncode == 3, result.stderr
    assert "error: sub: folder not readable (permission denied), not read" in result.stderr
    assert "Traceback" not in result.stderr
    assert [d for d, _ in errors_of(tmp_path / "c.duckdb")] == ["sub"]
    checked = run("check", "--catalog", "c.duckdb", "-f", "json")
    assert checked.exit_code == EXIT_PARTIAL
    findings = json.loads(checked.output)["findings"]
    assert [(f["rule"], f["dataset"]) for f in findings] == [("DM011", "sub")]


def test_a_source_that_failed_keeps_its_previous_results_marked_stale(data):
    assert run("scan", "data", "--catalog", "c.duckdb").exit_code == EXIT_OK
    shutil.rmtree(data)
    assert run("scan", "data", "--catalog", "c.duckdb").exit_code == 4
    checked = run("check", "--catalog", "c.duckdb")
    assert checked.exit_code == EXIT_PARTIAL, checked.output
    assert "0 fields checked" not in checked.output
    assert "4 fields checked" in checked.output
    assert "error DM011 unread-data: data" in checked.output
    assert "stale" in checked.output


def test_a_dataset_that_failed_keeps_its_previous_results(data):
    (data / "people.csv").write_text("email,n\n" + "".join(f"u{i}@example.org,{i}\n" for i in range(20)))
    assert run("scan", "data", "--catalog", "c.duckdb").exit_code == EXIT_OK
    (data / "people.csv").unlink()
    os.symlink(data / "gone.csv", data / "people.csv")  # fails to read in the second scan
    run("scan", "data", "--catalog", "c.duckdb")
    checked = run("check", "--catalog", "c.duckdb", "--allow-partial")
    # the stale fields are still judged: the undeclared e-mail of the previous scan fails the check
    assert checked.exit_code == EXIT_VIOLATIONS, checked.output
    assert "DM001 undeclared-personal-field: people.csv: email" in checked.output


def test_zero_fields_checked_is_a_failure_even_when_partial_is_allowed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "x.csv").write_bytes(b"")
    assert run("scan", "data", "--catalog", "c.duckdb").exit_code in (0, 4)
    checked = run("check", "--catalog", "c.duckdb", "--allow-partial", "-f", "json")
    assert checked.exit_code == EXIT_PARTIAL, checked.output
    assert [f["rule"] for f in json.loads(checked.output)["findings"]] == ["DM011"]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "markdown"])
def test_unread_data_is_in_every_output_format(data, fmt):
    os.symlink(data / "gone.csv", data / "linked.csv")
    run("scan", "data", "--catalog", "c.duckdb")
    checked = run("check", "--catalog", "c.duckdb", "-f", fmt)
    assert checked.exit_code == EXIT_PARTIAL
    assert "DM011" in checked.output and "linked.csv" in checked.output
