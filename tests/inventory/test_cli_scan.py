"""`datamap scan`, `demo` and `policy` from the command line; exit codes as documented."""
from __future__ import annotations

import subprocess
import sys

import duckdb
from click.testing import CliRunner

from inventory.cli import EXIT_NOTHING, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_scan_writes_the_catalog_and_prints_a_summary(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "hits.csv").write_text("client_ip,n\n" + "\n".join(f"203.0.113.{i},{i}" for i in range(1, 40)))
    catalog = tmp_path / "c.duckdb"
    result = run("scan", str(tmp_path / "d"), "--catalog", str(catalog))
    assert result.exit_code == EXIT_OK, result.output
    assert "device.ip_address" in result.output and "clause 5.3" in result.output
    rows = duckdb.connect(str(catalog), read_only=True).execute(
        "SELECT field, category FROM field_inventory ORDER BY field").fetchall()
    assert rows == [("client_ip", "device.ip_address"), ("n", None)]


def test_partial_failure_and_total_failure_exit_codes(tmp_path):
    (tmp_path / "ok.csv").write_text("a\n1\n")
    (tmp_path / "bad.json").write_text("{oops")
    result = run("scan", str(tmp_path), "--catalog", str(tmp_path / "c.duckdb"))
    assert result.exit_code == EXIT_PARTIAL
    assert "error: bad.json:" in result.stderr
    (tmp_path / "ok.csv").unlink()
    result = run("scan", str(tmp_path), "--catalog", str(tmp_path / "c.duckdb"))
    assert result.exit_code == EXIT_NOTHING


def test_missing_path_is_reported_in_one_line(tmp_path):
    result = run("scan", str(tmp_path / "absent"), "--catalog", str(tmp_path / "c.duckdb"))
    assert result.exit_code == EXIT_NOTHING
    assert result.stderr.count("\n") == 1 and "no such file or folder" in result.stderr


def test_bad_data_map_is_a_usage_error(tmp_path):
    (tmp_path / "datamap.yaml").write_text("version: 1\ndatasets: [{dataset: a, fields: [{field: x, retention: soon}]}]\n")
    result = run("scan", str(tmp_path), "--datamap", str(tmp_path / "datamap.yaml"), "--catalog", str(tmp_path / "c.duckdb"))
    assert result.exit_code == EXIT_USAGE
    assert "datamap.yaml:2:" in result.stderr


def test_demo_scans_bundled_data(tmp_path):
    catalog = tmp_path / "demo.duckdb"
    result = run("demo", "--catalog", str(catalog), "--data-dir", str(tmp_path / "demo"), "--rows", "200")
    assert result.exit_code == EXIT_OK, result.output
    con = duckdb.connect(str(catalog), read_only=True)
    found = {r[0] for r in con.execute("SELECT DISTINCT category FROM field_inventory WHERE category IS NOT NULL").fetchall()}
    assert {"contact.email", "device.ip_address"} <= found


def test_policy_lists_categories_with_clauses():
    result = run("policy", "--entities")
    assert result.exit_code == EXIT_OK
    assert "device.advertising_id" in result.output and "ADVERTISING_ID" in result.output


def test_help_does_not_import_the_heavy_libraries():
    code = ("import sys; from inventory.cli import cli\n"
            "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('presidio_analyzer', 'spacy', 'duckdb', 'pyarrow') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out


def test_scan_summary_as_json_for_pipelines(tmp_path):
    import json

    (tmp_path / "hits.csv").write_text("client_ip,n\n" + "\n".join(f"203.0.113.{i},{i}" for i in range(1, 40)))
    (tmp_path / "bad.parquet").write_text("not parquet")
    result = subprocess.run([sys.executable, "-m", "inventory.cli", "scan", str(tmp_path), "--format", "json",
                             "--catalog", str(tmp_path / "c.duckdb")], capture_output=True, text=True)
    assert result.returncode == EXIT_PARTIAL
    summary = json.loads(result.stdout)  # stdout is one JSON document; the error line went to stderr
    assert "bad.parquet" in result.stderr
    assert summary["exit_code"] == EXIT_PARTIAL and summary["datasets"] == 1 and summary["errors"] == 1
    assert summary["categories"] == [{"category": "device.ip_address", "fields": 1, "clause": "5.3", "disclosed": True}]
    (hits,) = summary["dataset_list"]
    assert hits["dataset"] == "hits.csv" and hits["personal_fields"] == 1 and hits["fields"] == 2
    assert summary["error_list"][0]["dataset"] == "bad.parquet"
