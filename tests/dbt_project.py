"""A real dbt project built by dbt-duckdb, offline, for the tests that read or patch one.

dbt phones home unless told not to (anonymous usage statistics, the version check): the
environment and flags below turn both off, as the rule of no network at run time asks.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

#: dbt's own switches for staying offline (the tracking pixel, the PyPI version check)
OFFLINE_ENV = {"DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DO_NOT_TRACK": "1", "DBT_VERSION_CHECK": "false"}

PROJECT_YML = """name: {name}
version: "1.0"
config-version: 2
profile: {name}
"""
PROFILES_YML = """{name}:
  target: dev
  outputs:
    dev:
      type: duckdb
      path: {path}
      threads: 1
"""


def dbt_executable() -> str:
    """The `dbt` of this interpreter's environment (dbt-duckdb is in the test extra)."""
    dbt = shutil.which("dbt", path=str(Path(sys.executable).parent)) or shutil.which("dbt")
    if dbt is None:
        pytest.fail("dbt (dbt-duckdb, in the test extra) is not installed")
    return dbt


def new_project(root: Path, name: str, warehouse: Path) -> Path:
    """An empty dbt project at `root` whose profile builds into the DuckDB file `warehouse`."""
    (root / "models").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "dbt_project.yml").write_text(PROJECT_YML.format(name=name))
    (root / "profiles.yml").write_text(PROFILES_YML.format(name=name, path=warehouse))
    return root


def run_dbt(root: Path, *command: str) -> str:
    """Run one dbt command on the project at `root`, offline; its output (asserts success)."""
    done = subprocess.run([dbt_executable(), "--no-version-check", "--no-send-anonymous-usage-stats", *command,
                           "--profiles-dir", str(root), "--project-dir", str(root)],
                          cwd=root, env=dict(os.environ, **OFFLINE_ENV), capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    return done.stdout
