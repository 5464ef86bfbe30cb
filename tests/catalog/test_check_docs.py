"""docs/check.md: every rule and command documented, and the examples run as a team would run
them: the GitHub Actions steps in bash against a real git repository, the pre-commit hook
through pre-commit itself, the allowlist example and the Python example."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from catalog.checks import RULES
from catalog.checks.allowlist import load_allowlist
from inventory.cli import cli

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "docs" / "check.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", TEXT, flags=re.S)


WORKFLOW = next(yaml.safe_load(b) for b in blocks("yaml") if b.startswith("name: datamap"))
PRE_COMMIT = next(yaml.safe_load(b) for b in blocks("yaml") if b.startswith("repos:\n  - repo: local"))
BY_REFERENCE = next(yaml.safe_load(b) for b in blocks("yaml") if b.startswith("repos:\n  - repo: https"))
ALLOWLIST = next(b for b in blocks("yaml") if b.startswith("version: 1\naccepted:"))

DATAMAP = """version: 1
sources:
  - {name: data, path: data}
datasets:
  - dataset: people.csv
    purposes: [account]
    retention: P1Y
    basis: service
    fields:
      - {field: email, category: contact.email}
      - {field: client_ip, category: device.ip_address}
  - dataset: users
    purposes: [account]
    retention: P1Y
    basis: service
    fields:
      - {field: email, category: contact.email}
"""


def test_every_rule_and_command_is_documented():
    headings = set(re.findall(r"^### (DM\d{3}) ([a-z-]+)$", TEXT, flags=re.M))
    assert headings == {(rule.id, rule.name) for rule in RULES.values()}
    used = set(re.findall(r"datamap ([a-z]+)", TEXT))
    assert {"check", "baseline", "init"} <= used <= set(cli.commands)
    for name in ("check", "baseline", "init"):
        assert "Example" in cli.commands[name].help and "datamap " + name in cli.commands[name].help


def test_the_allowlist_example_is_valid(tmp_path):
    (tmp_path / "b.yaml").write_text(ALLOWLIST)
    entries = load_allowlist(tmp_path / "b.yaml")
    assert [(e.rule, e.dataset, str(e.expires)) for e in entries] == [
        ("DM001", "legacy/users.csv", "2027-03-31"), ("DM007", "crm/*", "None")]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


@pytest.fixture()
def repo(tmp_path):
    """A team's repository: the base branch on 'origin', a pull request adding a migration."""
    origin = tmp_path / "origin"
    (origin / "data").mkdir(parents=True)
    (origin / "migrations").mkdir()
    (origin / "datamap.yaml").write_text(DATAMAP)
    (origin / "data" / "people.csv").write_text("email,client_ip,n\n" + "\n".join(
        f"u{i}@example.org,203.0.113.{i + 1},{i}" for i in range(40)) + "\n")
    (origin / "migrations" / "0001_users.sql").write_text("CREATE TABLE users (id bigint, email text);\n")
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", ".")
    git(origin, "commit", "-qm", "base")
    work = tmp_path / "work"
    git(tmp_path, "clone", "-q", str(origin), str(work))
    git(work, "checkout", "-qb", "feature")
    (work / "migrations" / "0002_signup_ip.sql").write_text(
        "-- the pull request\nALTER TABLE users ADD COLUMN signup_ip varchar(45);\n")
    git(work, "add", ".")
    git(work, "commit", "-qm", "add signup_ip")
    shim = tmp_path / "bin"
    shim.mkdir()
    (shim / "datamap").write_text(f"#!/bin/sh\nPYTHONPATH={shlex.quote(str(ROOT))} "
                                  f"exec {shlex.quote(sys.executable)} -m inventory.cli \"$@\"\n")
    (shim / "datamap").chmod(0o755)
    env = {**os.environ, "PATH": f"{shim}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "GITHUB_BASE_REF": "main", "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")}
    return work, env, tmp_path / "summary.md"


def run_step(step: dict, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    # GitHub runs `run:` steps as `bash -e {0}`
    return subprocess.run(["bash", "-e", "-c", step["run"]], cwd=cwd, env=env, capture_output=True, text=True)


def test_the_github_workflow_steps_run_and_gate_the_pull_request(repo):
    work, env, summary = repo
    steps = {step.get("name", ""): step for step in WORKFLOW["jobs"]["check"]["steps"]}
    assert WORKFLOW["permissions"]["security-events"] == "write"

    static = run_step(steps["New columns in migrations and dbt models"], work, env)
    assert static.returncode == 1, static.stderr
    assert static.stdout.startswith("::error file=migrations/0002_signup_ip.sql,line=2,title=DM001")

    data = run_step(steps["Personal data in the sources"], work, env)
    assert data.returncode == 0, data.stdout + data.stderr
    assert (work / "datamap.sarif").is_file() and (work / "datamap-junit.xml").is_file()
    assert run_step(steps["Step summary"], work, env).returncode == 0
    assert summary.read_text().startswith("## datamap check passed")

    (work / "datamap.yaml").write_text(DATAMAP + "      - {field: signup_ip, category: device.ip_address}\n")
    fixed = run_step(steps["New columns in migrations and dbt models"], work, env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr


def test_the_pre_commit_hook_stops_an_undeclared_column(repo, tmp_path):
    work, env, _ = repo
    (work / ".pre-commit-config.yaml").write_text(yaml.safe_dump(PRE_COMMIT))
    git(work, "add", ".pre-commit-config.yaml")
    env = {**env, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    command = [sys.executable, "-m", "pre_commit", "run", "--files", "migrations/0002_signup_ip.sql"]
    blocked = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "DM001 undeclared-personal-field: users: signup_ip" in blocked.stdout
    (work / "datamap.yaml").write_text(DATAMAP + "      - {field: signup_ip, category: device.ip_address}\n")
    passed = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True)
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_the_hooks_used_by_reference_exist():
    published = {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    used = {hook["id"] for repo in BY_REFERENCE["repos"] for hook in repo["hooks"]}
    assert used and used <= published


def test_the_python_example_runs(tmp_path, monkeypatch):
    from catalog.writer import write_scan
    from inventory.scan import scan

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "hits.csv").write_text("client_ip\n" + "\n".join(f"198.51.100.{i}" for i in range(1, 30)))
    write_scan(tmp_path / "datamap.duckdb", scan([str(tmp_path / "data")]))
    (tmp_path / "datamap-baseline.yaml").write_text("version: 1\naccepted: []\n")
    monkeypatch.chdir(tmp_path)
    [example] = blocks("python")
    printed: list[str] = []
    exec(compile(example, "docs/check.md", "exec"), {"print": printed.append})
    assert "DM001 undeclared-personal-field: hits.csv: client_ip" in printed[0]
