"""`datamap check`, `baseline` and `init` from the command line: exit codes 0 / 1 / 2 and files."""
from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from inventory.cli import EXIT_OK, EXIT_USAGE, EXIT_VIOLATIONS, cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """A team's repository: data files, run from its root."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "people.csv").write_text("email,client_ip,n\n" + "\n".join(
        f"u{i}@example.org,203.0.113.{i + 1},{i}" for i in range(50)) + "\n")
    (data / "metrics.csv").write_text("metric,value\n" + "\n".join(f"m{i},{i}" for i in range(30)) + "\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def fill(path) -> None:
    text = path.read_text()
    path.write_text(text.replace("purposes: [TODO]", "purposes: [account]").replace("retention: TODO", "retention: P1Y")
                    .replace("basis: TODO", "basis: service"))


def test_check_without_a_data_map_fails_listing_the_personal_fields(project):
    result = run("check", "data", "-o", "sarif=out.sarif", "-o", "junit=out.xml", "-o", "markdown=summary.md",
                 "-o", "json=out.json")
    assert result.exit_code == EXIT_VIOLATIONS, result.output
    assert "error DM001 undeclared-personal-field: people.csv: email" in result.output
    assert "error DM001 undeclared-personal-field: people.csv: client_ip" in result.output
    assert "metrics.csv" not in result.output
    data = json.loads((project / "out.json").read_text())
    assert {f["field"] for f in data["findings"] if f["rule"] == "DM001"} == {"email", "client_ip"}
    assert json.loads((project / "out.sarif").read_text())["version"] == "2.1.0"
    assert "<testsuites" in (project / "out.xml").read_text()
    assert (project / "summary.md").read_text().startswith("## datamap check failed")
    # no data map was loaded: no finding cites a line of one, each says so
    assert "datamap.yaml:1" not in result.output
    assert "(no data map loaded; declare it in a new datamap.yaml)" in result.output
    assert data["datamap_loaded"] is False
    assert all("no data map loaded" in r["locations"][0]["message"]["text"]
               for r in json.loads((project / "out.sarif").read_text())["runs"][0]["results"])


def test_init_then_fill_then_check_passes(project):
    result = run("init", "data")
    assert result.exit_code == EXIT_OK, result.output
    assert "2 fields declared" in result.output
    assert run("init", "data").exit_code == EXIT_USAGE  # never overwrites silently

    refused = run("check")
    assert refused.exit_code == EXIT_USAGE and "TODO placeholder" in refused.stderr
    fill(project / "datamap.yaml")
    result = run("check", "-f", "github")
    assert result.exit_code == EXIT_OK, result.output
    assert result.output.splitlines()[-1].startswith("datamap check passed")
    assert "::warning file=datamap.yaml" in result.output  # e-mail is not disclosed by the policy
    assert run("check", "--fail-on", "warning").exit_code == EXIT_VIOLATIONS


def test_baseline_then_only_new_findings_fail(project):
    assert run("scan", "data", "--catalog", "c.duckdb").exit_code == EXIT_OK
    assert run("check", "--catalog", "c.duckdb").exit_code == EXIT_VIOLATIONS
    result = run("baseline", "--catalog", "c.duckdb", "--reason", "legacy, PRIV-12")
    assert result.exit_code == EXIT_OK and "findings accepted" in result.output
    assert "PRIV-12" in (project / "datamap-baseline.yaml").read_text()
    assert run("check", "--catalog", "c.duckdb").exit_code == EXIT_OK

    (project / "data" / "more.csv").write_text("ip_address\n" + "\n".join(f"198.51.100.{i}" for i in range(1, 30)))
    result = run("check", "data")
    assert result.exit_code == EXIT_VIOLATIONS
    assert "more.csv: ip_address" in result.output and "accepted by the baseline (" in result.output


def test_an_expired_baseline_fails_again(project):
    assert run("baseline", "data", "--expires", "2020-01-31").exit_code == EXIT_OK
    result = run("check", "data")
    assert result.exit_code == EXIT_VIOLATIONS
    assert "acceptance expired on 2020-01-31" in result.output


def test_static_mode_on_a_migration(project):
    (project / "migrations").mkdir()
    (project / "migrations" / "0002_add_ip.sql").write_text(
        "ALTER TABLE accounts ADD COLUMN signup_ip VARCHAR(45);\nALTER TABLE accounts ADD COLUMN plan TEXT;\n")
    result = run("check", "--static", "--dialect", "mysql", "migrations", "-f", "github")
    assert result.exit_code == EXIT_VIOLATIONS
    assert result.output.startswith("::error file=migrations/0002_add_ip.sql,line=1,title=DM001")


@pytest.mark.parametrize("args, message", [
    (("check", "--catalog", "absent.duckdb"), "no such catalog"),
    (("check", "data", "-o", "pdf=x.pdf"), "expected FORMAT=PATH"),
    (("check", "--static"), "--static needs"),
    (("check", "--static", "--dialect", "cobol", "data"), "unknown SQL dialect"),
    (("check",), "nothing to scan"),
    (("init",), "give the LOCATIONS"),
])
def test_usage_errors_exit_2_with_one_line(project, args, message):
    result = run(*args)
    assert result.exit_code == EXIT_USAGE
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_a_broken_baseline_file_is_a_usage_error(project):
    (project / "datamap-baseline.yaml").write_text("version: 1\naccepted:\n  - {rule: DM001}\n")
    result = run("check", "data")
    assert result.exit_code == EXIT_USAGE and "datamap-baseline.yaml:3:" in result.stderr


DEV = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev benchmark is not beside the repository")
def test_dev_benchmark_fails_without_a_map_and_passes_with_the_filled_draft(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("check", str(DEV), "-f", "json", "--save-catalog", "dev.duckdb")
    assert result.exit_code == EXIT_VIOLATIONS
    listed = {(f["dataset"], f["field"]) for f in json.loads(result.output)["findings"] if f["rule"] == "DM001"}
    con = duckdb.connect("dev.duckdb", read_only=True)
    personal = set(con.execute("SELECT DISTINCT dataset, field FROM field_inventory WHERE category IS NOT NULL")
                   .fetchall())
    con.close()
    assert listed == personal and personal  # every field holding personal data, nothing else

    assert run("init", str(DEV)).exit_code == EXIT_OK
    text = (tmp_path / "datamap.yaml").read_text()
    # the retention must cover the oldest events the draft reports; consents as the comments say
    text = re.sub(r"consent: TODO\}  # confidence [0-9.]+; requires consent (\w+)", r"consent: \1}  #", text)
    (tmp_path / "datamap.yaml").write_text(text.replace("purposes: [TODO]", "purposes: [improve]")
                                           .replace("retention: TODO", "retention: P10Y")
                                           .replace("basis: TODO", "basis: business"))
    result = run("check")
    assert result.exit_code == EXIT_OK, result.output
