"""DuckDB as datamap opens it: never downloads, refuses non-DuckDB files in one line, and
runs the SQL of a scanned (untrusted) database without access to the machine's files."""
from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from datamap import duck

ROOT = Path(__file__).resolve().parents[2]


def _sqlite_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (email TEXT)")
    con.execute("INSERT INTO t VALUES ('someone@example.com')")
    con.commit()
    con.close()
    return path


def _datamap(args: list[str], home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    # HOME decides where DuckDB would install an extension (~/.duckdb/extensions)
    env = dict(os.environ, HOME=str(home))
    return subprocess.run([sys.executable, "-m", "inventory.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_connect_refuses_a_sqlite_file_without_fetching_an_extension(tmp_path):
    fake = _sqlite_file(tmp_path / "x.duckdb")
    with pytest.raises(duck.NotDuckDBError, match=r"^x\.duckdb: not a DuckDB database$"):
        duck.connect(str(fake), read_only=True)
    with pytest.raises(duckdb.Error):  # callers that handle DuckDB's errors handle this one
        duck.connect(str(fake))


def test_connections_are_opened_offline(tmp_path):
    con = duck.connect(str(tmp_path / "new.duckdb"))
    settings = dict(con.execute(
        "SELECT name, value FROM duckdb_settings() WHERE name IN "
        "('autoinstall_known_extensions', 'autoload_known_extensions')").fetchall())
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


def test_connections_draw_no_progress_bar(tmp_path):
    # a slow catalog query on a loaded machine would draw DuckDB's bar on stdout, inside the
    # JSON or count the CLI prints there
    for con in (duck.connect(), duck.connect(str(tmp_path / "c.duckdb"))):
        assert con.execute("select current_setting('enable_progress_bar')").fetchone()[0] is False
        con.close()
    con = duck.connect(str(tmp_path / "c.duckdb"), read_only=True, untrusted=True)
    assert con.execute("select current_setting('enable_progress_bar')").fetchone()[0] is False


@pytest.mark.parametrize("how", ["source-url", "catalog"])
def test_a_sqlite_file_posing_as_duckdb_downloads_nothing(tmp_path, how):
    home = tmp_path / "home"
    home.mkdir()
    fake = _sqlite_file(tmp_path / "x.duckdb")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.csv").write_text("n\n1\n2\n")
    if how == "source-url":
        args = ["scan", f"duckdb:///{fake}", "--catalog", str(tmp_path / "c.duckdb")]
    else:
        args = ["scan", str(tmp_path / "data"), "--catalog", str(fake)]
    result = _datamap(args, home, tmp_path)
    assert result.returncode != 0
    assert not (home / ".duckdb").exists(), "DuckDB tried to install an extension"
    assert "download" not in result.stderr.lower() and "extension" not in result.stderr.lower()
    assert "x.duckdb: not a DuckDB database" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr


def test_every_duckdb_connection_goes_through_datamap_duck():
    offenders = []
    for folder in ("datamap", "inventory", "catalog", "classifiers", "benchmarks"):
        for path in (ROOT / folder).rglob("*.py"):
            if path == ROOT / "datamap" / "duck.py":
                continue
            text = path.read_text(encoding="utf-8")
            if re.search(r"\bduckdb\.connect\(|\bduckdb\.(sql|query|execute|read_csv|read_json|read_parquet)\(", text):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


# --- an untrusted database file -------------------------------------------------------------

def _hostile_database(tmp_path: Path, folder: Path | None = None) -> tuple[Path, str]:
    secret = tmp_path / "private.csv"
    marker = "zq_private_header_7731"
    secret.write_text(f"{marker}\nvalue-of-the-scanning-machine\n")
    path = (folder or tmp_path) / "hostile.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE users (email VARCHAR)")
    con.execute("INSERT INTO users SELECT 'user' || i || '@example.com' FROM range(50) t(i)")
    con.execute(f"CREATE VIEW leak AS SELECT * FROM read_csv('{secret}')")
    con.execute(f"CREATE VIEW leak_text AS SELECT * FROM read_text('{secret}')")
    con.close()
    return path, marker


@pytest.mark.parametrize("inside_a_folder", [False, True], ids=["named", "in-a-folder"])
def test_a_view_of_a_scanned_database_cannot_read_local_files(tmp_path, inside_a_folder):
    # a database file met in a folder scan is as untrusted as one named on the command line
    folder = tmp_path / "data" if inside_a_folder else None
    if folder is not None:
        folder.mkdir()
    path, marker = _hostile_database(tmp_path, folder)
    catalog = tmp_path / "c.duckdb"
    result = _datamap(["scan", str(folder or path), "--catalog", str(catalog)], tmp_path, tmp_path)
    assert result.returncode == 3, result.stderr  # partial: the views failed, the table was read
    assert marker not in result.stderr and "value-of-the-scanning" not in result.stderr
    con = duckdb.connect(str(catalog), read_only=True)
    fields = con.execute("SELECT dataset || '.' || field FROM fields").fetchall()
    assert fields == [("hostile.duckdb/users.email",)]
    errors = con.execute("SELECT dataset, message FROM scan_errors ORDER BY dataset").fetchall()
    assert [e[0] for e in errors] == ["hostile.duckdb/leak", "hostile.duckdb/leak_text"]
    dump = repr(con.execute("SELECT * FROM scan_errors").fetchall()) + repr(con.execute("SELECT * FROM fields").fetchall())
    assert marker not in dump and "value-of-the-scanning" not in dump
    for _, message in errors:
        assert "disabled" in message or "not allowed" in message


def test_an_untrusted_connection_cannot_switch_access_back_on(tmp_path):
    path, _ = _hostile_database(tmp_path)
    con = duck.connect(str(path), read_only=True, untrusted=True)
    with pytest.raises(duckdb.Error):
        con.execute("SET enable_external_access = true")
    with pytest.raises(duckdb.Error):
        con.execute(f"ATTACH '{tmp_path / 'other.duckdb'}'")
    assert con.execute("SELECT count(*) FROM users").fetchone() == (50,)


def test_a_scanned_database_file_is_read_under_a_bounded_buffer(tmp_path):
    """DuckDB caches the blocks it reads up to its memory limit: for a scanned file that limit
    is datamap's (SCAN_MEMORY_LIMIT), not 80 % of the machine, so reading every table of a
    large warehouse does not grow the scan's memory, and the file cannot raise it."""
    from inventory.connectors import connector_for

    path, _ = _hostile_database(tmp_path)
    connector = connector_for(str(path))
    try:
        with connector.pool.connection() as con:
            limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
            with pytest.raises(duckdb.Error):
                con.execute("SET memory_limit = '16GB'")
    finally:
        connector.close()
    assert limit.replace(" ", "") in ("61.0MiB", "64.0MB", "64MB")
