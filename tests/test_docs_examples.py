"""Every shell and Python example of README.md and docs/ runs as written.

Each page's examples run in document order in its own copy of a workspace made by `datamap
demo` and a rescan (two scans), its data folder also `data/`, with a small `labels.csv`, a SQL
migration, a dbt `schema.yml` and a DuckDB `warehouse.duckdb` beside it. A shell block runs
under bash and fails the test when a command ends in a traceback, a usage or configuration
error (exit 2), "nothing scanned" (4) or an unknown command; exits 1 (the gate's violations)
and 3 (a partial scan) are what those commands document. A Python block runs with this
checkout on its path. An example that needs what a test machine has not (a database server, a
Ray cluster, root for apt-get, an hour of benchmark) says so on the line before its fence:
`<!-- not run: the reason -->`.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUNNABLE = ("bash", "sh", "console", "python")
FENCE = re.compile(r"^```([a-z]*)\n(.*?)^```", re.S | re.M)
NOT_RUN = re.compile(r"<!--\s*not run:\s*(.+?)\s*-->\s*$")
#: exits a documented command may end with: 1 the gate's violations, 3 a partial scan
ACCEPTED_EXITS = {0, 1, 3}


def examples() -> list[tuple[str, str, str, str | None]]:
    """(where, language, code, why it is not run) of every runnable block, in document order."""
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for block in FENCE.finditer(text):
            language = block.group(1)
            if language not in RUNNABLE:
                continue
            before = text[:block.start()].rstrip("\n").rsplit("\n", 1)[-1]
            marker = NOT_RUN.search(before)
            line = text[:block.start()].count("\n") + 1
            found.append((f"{doc.relative_to(ROOT)}:{line}", language, block.group(2),
                          marker.group(1) if marker else None))
    return found


EXAMPLES = examples()


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """`datamap demo`'s catalog and data, as the docs' examples expect to find them."""
    ws = tmp_path_factory.mktemp("docs")
    for command in (("demo",), ("scan", "datamap-demo", "-q")):  # two scans: `scan_diff(con, 1, 2)`
        done = subprocess.run(_datamap(*command), cwd=ws, capture_output=True, text=True, env=_env(ws), timeout=900)
        assert done.returncode == 0, done.stderr
    (ws / "data").symlink_to("datamap-demo", target_is_directory=True)
    (ws / "labels.csv").write_text("dataset,field,category\nusers.parquet,email,contact.email\n"
                                   "devices.csv,battery_level,device.battery_state\n", encoding="utf-8")
    (ws / "migrations").mkdir()
    (ws / "migrations" / "001_users.sql").write_text(
        "CREATE TABLE users (id BIGINT PRIMARY KEY, email TEXT NOT NULL, last_ip INET);\n", encoding="utf-8")
    (ws / "models").mkdir()
    (ws / "models" / "schema.yml").write_text(
        "version: 2\nmodels:\n  - name: customers\n    columns:\n      - name: customer_email\n"
        "      - name: signup_date\n", encoding="utf-8")
    import duckdb

    with duckdb.connect(str(ws / "warehouse.duckdb")) as con:
        con.execute("CREATE TABLE customers AS SELECT i AS id, 'user' || i || '@example.org' AS email, "
                    "'203.0.113.' || (i % 250) AS last_ip FROM range(200) t(i)")
    return ws


@pytest.fixture(scope="module")
def workspaces(base: Path, tmp_path_factory) -> dict[str, Path]:
    return {}


@pytest.fixture
def workspace(base: Path, workspaces: dict[str, Path], where: str, tmp_path_factory) -> Path:
    """One copy of the base per document: a page's examples build on each other, in order, as
    a reader follows them; another page starts afresh (both README and check.md `init`)."""
    doc = where.rsplit(":", 1)[0]
    if doc not in workspaces:
        workspaces[doc] = tmp_path_factory.mktemp("doc") / "ws"
        shutil.copytree(base, workspaces[doc], symlinks=True)
    return workspaces[doc]


def _datamap(*args: str) -> list[str]:
    return [sys.executable, "-c", "from inventory.cli import main; main()", *args]


def _env(ws: Path) -> dict[str, str]:
    bin_dir = ws / "bin"
    bin_dir.mkdir(exist_ok=True)
    launcher = bin_dir / "datamap"  # `datamap` on PATH: this checkout's
    launcher.write_text(f"#!/bin/sh\nexec {sys.executable} -c 'from inventory.cli import main; main()' \"$@\"\n")
    launcher.chmod(0o755)
    editor = bin_dir / "edit"  # `$EDITOR datamap.yaml`: fills in each TODO as its reviewer would
    editor.write_text("#!/bin/sh\nsed -i -e 's/purposes: \\[TODO\\]/purposes: [improve]/' -e 's/retention: TODO/retention: P2Y/' "
                      "-e 's/basis: TODO/basis: business/' -e 's/consent: TODO/consent: location_permission/' \"$@\"\n")
    editor.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(ROOT),
            "EDITOR": str(editor), "NO_COLOR": "1"}


def test_the_docs_have_runnable_examples_and_say_why_the_others_do_not_run() -> None:
    assert len(EXAMPLES) >= 25
    run = [e for e in EXAMPLES if e[3] is None]
    assert len(run) >= 12, [e[0] for e in run]
    assert all(len(e[3]) >= 10 for e in EXAMPLES if e[3] is not None)  # a reason, not a bare marker


@pytest.mark.parametrize(("where", "language", "code", "why_not"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_example_runs(workspace: Path, where: str, language: str, code: str, why_not: str | None) -> None:
    if why_not is not None:
        pytest.skip(f"not run: {why_not}")
    env = _env(workspace)
    if language == "python":
        done = subprocess.run([sys.executable, "-c", code], cwd=workspace, capture_output=True, text=True, env=env,
                              timeout=900)
        assert done.returncode == 0, f"{where}:\n{done.stderr[-3000:]}"
        return
    script = "trap 'echo \"docs-exit $? :: $BASH_COMMAND\" >&2' ERR\n" + code
    done = subprocess.run(["bash", "-c", script], cwd=workspace, capture_output=True, text=True, env=env,
                          timeout=900)
    assert "Traceback" not in done.stderr, f"{where}:\n{done.stderr[-3000:]}"
    failed = [(int(code), command) for code, command in re.findall(r"^docs-exit (\d+) :: (.*)$", done.stderr, re.M)
              if int(code) not in ACCEPTED_EXITS]
    assert failed == [], f"{where}:\n{done.stderr[-3000:]}"
