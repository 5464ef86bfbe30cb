"""`datamap query`, `show`, `report` and `export` on a real two-scan catalog."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from fideslang.models import Dataset

from inventory.cli import EXIT_OK, EXIT_USAGE, cli
from inventory.cli.review_commands import COMMANDS
from tests.catalog.two_scans import build_two_scan_catalog


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_two_scan_catalog(tmp_path_factory.mktemp("cli_two_scans"))


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


SQL = "SELECT dataset, field, purposes FROM data_map WHERE category = 'device.ip_address' ORDER BY dataset"


def test_query_in_every_format(catalog: Path) -> None:
    table = run("query", SQL, "--catalog", str(catalog))
    assert table.exit_code == EXIT_OK
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["dataset", "field", "purposes"] and lines[-1] == "(2 rows)"
    assert lines[3].split() == ["users.csv", "ip", "improve;", "advertising"]

    parsed_csv = list(csv.DictReader(io.StringIO(run("query", SQL, "--catalog", str(catalog), "-f", "csv").stdout)))
    assert parsed_csv[1] == {"dataset": "users.csv", "field": "ip", "purposes": "improve; advertising"}

    parsed_json = json.loads(run("query", SQL, "--catalog", str(catalog), "--format", "json").stdout)
    assert parsed_json[0] == {"dataset": "events.ndjson", "field": "client_ip", "purposes": ["improve"]}

    markdown = run("query", SQL, "--catalog", str(catalog), "--format", "markdown").stdout.splitlines()
    assert markdown[:2] == ["| dataset | field | purposes |", "|---|---|---|"]
    assert markdown[3] == "| users.csv | ip | improve; advertising |"


def test_query_errors_are_one_line_with_exit_code_2(catalog: Path, tmp_path: Path) -> None:
    bad = run("query", "SELECT nope FROM scans", "--catalog", str(catalog))
    assert bad.exit_code == EXIT_USAGE
    assert bad.stderr.startswith("error: Binder Error") and bad.stderr.count("\n") == 1
    readonly = run("query", "DROP TABLE scans", "--catalog", str(catalog))
    assert readonly.exit_code == EXIT_USAGE and "read-only" in readonly.stderr
    missing = run("query", "SELECT 1", "--catalog", str(tmp_path / "none.duckdb"))
    assert missing.exit_code == EXIT_USAGE and "no such catalog" in missing.stderr


def test_show_lists_the_views_with_row_counts(catalog: Path) -> None:
    result = run("show", "--catalog", str(catalog), "-f", "json")
    counts = {row["view"]: row["rows"] for row in json.loads(result.stdout)}
    assert counts["scan_diff"] == 10 and counts["undeclared_personal_data"] == 2
    assert counts["policy_coverage"] == 30


def test_show_a_view(catalog: Path) -> None:
    result = run("show", "policy_coverage", "--catalog", str(catalog), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["category"] == "contact.email" and rows[0]["status"] == "gap"
    unknown = run("show", "passwords", "--catalog", str(catalog))
    assert unknown.exit_code == EXIT_USAGE and "unknown view 'passwords'" in unknown.stderr


def test_report_writes_one_self_contained_file(catalog: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = run("report", "--catalog", str(catalog), "--out", str(out))
    assert result.exit_code == EXIT_OK and f"wrote {out}" in result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.count("<svg") == 2 and "contact.email" in html


def test_export_ropa(catalog: Path, tmp_path: Path) -> None:
    out = tmp_path / "ropa.csv"
    assert run("export", "ropa", "--catalog", str(catalog), "--format", "csv", "--out", str(out)).exit_code == 0
    purposes = [row["purpose"] for row in csv.DictReader(out.open())]
    assert purposes == ["account", "advertising", "improve", "(none declared)"]
    markdown = run("export", "ropa", "--catalog", str(catalog)).stdout
    assert markdown.startswith("# Record of processing activities") and "| improve |" in markdown


def test_export_fides(catalog: Path) -> None:
    manifest = yaml.safe_load(run("export", "fides", "--catalog", str(catalog)).stdout)
    for dataset in manifest["dataset"]:
        Dataset.model_validate(dataset)
    names = {c["name"] for d in manifest["dataset"] for c in d["collections"]}
    assert names == {"users.csv", "events.ndjson", "new_contacts.csv"}


def test_every_reviewer_command_has_help_with_an_example() -> None:
    for command in COMMANDS:
        commands = command.commands.values() if hasattr(command, "commands") else [command]
        for sub in commands:
            assert sub.help and "datamap " in sub.help, sub.name
