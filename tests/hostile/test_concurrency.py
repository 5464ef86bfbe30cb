"""Concurrent use of one catalog, with real processes (DuckDB locks the file per process):
writers wait for each other and lose nothing; a notebook holding the catalog open never makes
a scan crash; a scan killed with SIGKILL mid-write leaves the catalog as it was."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from catalog.writer import WrittenElsewhere, write_scan
from inventory.scan import scan
from tests.hostile.support import ROOT, WRITE_SLOWLY

WRITERS = 6

_SCAN_AND_WRITE = """
import sys
from catalog.writer import write_scan
from inventory.scan import scan
print(write_scan(sys.argv[1], scan([sys.argv[2]]), wait=300))
"""

_HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def _python(code: str, *args: str, **kwargs) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *args], env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def _scans(catalog: Path) -> list[tuple[int, int]]:
    with duckdb.connect(str(catalog), read_only=True) as con:
        return con.execute("SELECT scan_id, datasets FROM scans ORDER BY scan_id").fetchall()


@pytest.fixture()
def folders(tmp_path):
    made = []
    for index in range(WRITERS):
        folder = tmp_path / f"data{index}"
        folder.mkdir()
        (folder / f"t{index}.csv").write_text("email,n\n" + "".join(f"u{i}@example.org,{i}\n" for i in range(20)))
        made.append(folder)
    return made


def test_concurrent_writers_wait_for_each_other_and_lose_nothing(tmp_path, folders):
    catalog = tmp_path / "shared.duckdb"
    writers = [_python(_SCAN_AND_WRITE, str(catalog), str(folder)) for folder in folders]
    results = [(w.wait(timeout=900), *w.communicate()) for w in writers]
    for code, _, err in results:
        assert code == 0 and "Traceback" not in err, err
    assert sorted(int(out) for _, out, _ in results) == list(range(1, WRITERS + 1))
    assert _scans(catalog) == [(i, 1) for i in range(1, WRITERS + 1)]


_OPEN_NEW_AT = """
import sys, time
from catalog.locking import open_for_writing
start = float(sys.argv[2])
while time.time() < start:
    pass
with open_for_writing(sys.argv[1], wait=120) as con:
    con.execute("SELECT 1")
"""

RACES, RACERS = 6, 8


def test_scans_starting_a_new_catalog_at_the_same_instant_all_open_it():
    """DuckDB writes a new file's header after creating it: without `create_whole` a second
    process opening it in between was refused ("not a valid DuckDB database file", about one
    race in thirty with eight processes)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for race in range(RACES):
            catalog, start = Path(folder) / f"c{race}.duckdb", time.time() + 1.5
            racers = [_python(_OPEN_NEW_AT, str(catalog), str(start)) for _ in range(RACERS)]
            for racer in racers:
                _, err = racer.communicate(timeout=300)
                assert racer.returncode == 0 and not err, err
        assert sorted(p.name for p in Path(folder).iterdir()) == sorted(f"c{race}.duckdb" for race in range(RACES))


def test_the_process_that_loses_the_race_to_create_the_catalog_opens_the_winners(tmp_path, monkeypatch):
    from catalog.locking import open_for_writing
    from datamap.duck import check_database_file

    catalog, link = tmp_path / "new.duckdb", os.link

    def another_scan_first(private, target):
        check_database_file(private)  # what is linked into place is a whole database
        assert Path(private).stat().st_size > 0
        with duckdb.connect(str(target)) as con:  # another process makes the catalog meanwhile
            con.execute("CREATE TABLE winner AS SELECT 1 AS x")
        link(private, target)

    monkeypatch.setattr(os, "link", another_scan_first)
    with open_for_writing(catalog) as con:
        assert con.execute("SELECT x FROM winner").fetchone() == (1,)
    assert [p.name for p in tmp_path.iterdir()] == ["new.duckdb"]  # no private file left behind


def test_without_hard_links_the_catalog_is_still_made(tmp_path, monkeypatch):
    from catalog.locking import open_for_writing

    def refuse(private, target):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", refuse)
    with open_for_writing(tmp_path / "c.duckdb") as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS x")
    assert [p.name for p in tmp_path.iterdir()] == ["c.duckdb"]
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        assert con.execute("SELECT x FROM t").fetchone() == (1,)


def _hold(catalog: Path, seconds: float) -> subprocess.Popen[str]:
    holder = _python(_HOLD, str(catalog), str(seconds))
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_a_notebook_holding_the_catalog_makes_the_scan_wait(tmp_path, folders):
    catalog = tmp_path / "c.duckdb"
    result = scan([str(folders[0])])
    assert write_scan(catalog, result) == 1
    holder = _hold(catalog, 3)
    waits: list[str] = []
    try:
        assert write_scan(catalog, result, wait=120, on_wait=waits.append) == 2
    finally:
        holder.wait(timeout=60)
    assert len(waits) == 1 and "in use by another process" in waits[0]


def test_a_catalog_held_past_the_wait_gets_the_scan_in_a_side_catalog(tmp_path, folders):
    catalog = tmp_path / "c.duckdb"
    result = scan([str(folders[0])])
    write_scan(catalog, result)
    holder = _hold(catalog, 30)
    try:
        with pytest.raises(WrittenElsewhere) as elsewhere:
            write_scan(catalog, result, wait=0.5)
    finally:
        holder.kill()
        holder.wait()
    side = elsewhere.value.path
    assert side.parent == tmp_path and side.name.startswith("c.duckdb.pending-")
    assert _scans(side) == [(1, 1)] and _scans(catalog) == [(1, 1)]
    assert str(side) in str(elsewhere.value) and "\n" not in str(elsewhere.value)


def test_the_scan_command_waits_before_scanning_and_fails_cleanly_if_the_catalog_stays_locked(tmp_path, folders):
    catalog = tmp_path / "c.duckdb"
    write_scan(catalog, scan([str(folders[0])]))
    holder = _hold(catalog, 60)
    try:
        done = subprocess.run([sys.executable, "-c", "from inventory.cli import main; main()", "scan",
                               str(folders[1]), "--catalog", str(catalog)], capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "DATAMAP_CATALOG_WAIT": "1"}, timeout=300)
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert "Traceback" not in done.stderr and len(lines) == 2, lines
    assert lines[0].startswith("note: ") and "waiting up to 1 s" in lines[0]
    assert lines[1].startswith("error: ") and "nothing was scanned" in lines[1]



KILLS = 3


def test_kill_9_mid_write_leaves_the_catalog_intact(tmp_path, folders):
    catalog = tmp_path / "c.duckdb"
    write_scan(catalog, scan([str(folders[0])]))
    intact = 0
    for _ in range(KILLS):
        writer = _python(WRITE_SLOWLY, str(catalog), str(folders[1]))
        assert writer.stdout.readline().strip() == "inserted", writer.stderr.read() if writer.poll() else ""
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        intact += _scans(catalog) == [(1, 1)]
    assert intact == KILLS
    assert write_scan(catalog, scan([str(folders[2])])) == 2  # and it takes the next scan


def test_a_reader_waits_while_a_scan_writes_and_says_so_when_it_stays_locked(tmp_path, folders):
    """`check --catalog`, `report` and the other readers meet a scan's write lock: they wait for
    it (bounded) instead of calling the catalog "not a DuckDB catalog"."""
    from catalog.reader import CatalogError, open_catalog

    catalog = tmp_path / "c.duckdb"
    write_scan(catalog, scan([str(folders[0])]))
    writer = _python(_HOLD.replace("read_only=True", "read_only=False"), str(catalog), "2")
    assert writer.stdout.readline().strip() == "holding"
    try:
        with open_catalog(catalog) as con:  # waits the two seconds out
            assert con.execute("SELECT count(*) FROM scans").fetchone()[0] == 1
    finally:
        writer.wait(timeout=60)
    # The writer holds the lock until it is killed below, however long the three commands take to
    # start on a loaded machine (a 30 s hold expired before `explain` at a load of 20).
    writer = _python(_HOLD.replace("read_only=True", "read_only=False"), str(catalog), "3600")
    assert writer.stdout.readline().strip() == "holding"
    commands = (["check", "--catalog", str(catalog)], ["report", "--catalog", str(catalog), "-o", "r.html"],
                ["explain", "t0.csv", "email", "--catalog", str(catalog)])
    try:
        runs = [subprocess.run([sys.executable, "-c", "from inventory.cli import main; main()", *command],
                               capture_output=True, text=True, timeout=300, cwd=tmp_path,
                               env={**os.environ, "PYTHONPATH": str(ROOT), "DATAMAP_CATALOG_WAIT": "1"})
                for command in commands]
    finally:
        writer.kill()
        writer.wait()
    for command, done in zip(commands, runs):
        assert done.returncode == 2 and "Traceback" not in done.stderr, (command, done.stderr)
        assert "locked by another process" in done.stderr and "not a DuckDB catalog" not in done.stderr, command
        assert len(done.stderr.splitlines()) == 1, done.stderr
    with pytest.raises(CatalogError, match="not a DuckDB catalog"):  # a file that is not one still says so
        (tmp_path / "junk.duckdb").write_bytes(b"junk" * 100)
        with open_catalog(tmp_path / "junk.duckdb"):
            pass


def test_the_python_api_readers_wait_for_a_scan_writing_too(tmp_path, folders, monkeypatch):
    """`explain` and `read_predictions` called from Python (a notebook, a script) wait for a
    scan's write lock as the CLI does, and end in their own one-line error when it stays."""
    from classifiers.evaluate import EvaluationError, read_predictions
    from classifiers.explain import ExplainError, explain

    catalog = tmp_path / "c.duckdb"
    write_scan(catalog, scan([str(folders[0])]))
    writer = _python(_HOLD.replace("read_only=True", "read_only=False"), str(catalog), "2")
    assert writer.stdout.readline().strip() == "holding"
    try:  # both wait the two seconds out
        assert "email" in explain(catalog, "t0.csv", "email")
        predictions, _ = read_predictions(catalog)
        assert predictions
    finally:
        writer.wait(timeout=60)
    writer = _python(_HOLD.replace("read_only=True", "read_only=False"), str(catalog), "3600")  # killed below
    assert writer.stdout.readline().strip() == "holding"
    monkeypatch.setenv("DATAMAP_CATALOG_WAIT", "0.5")
    try:
        with pytest.raises(ExplainError, match="locked by another process"):
            explain(catalog, "t0.csv", "email")
        with pytest.raises(EvaluationError, match="locked by another process"):
            read_predictions(catalog)
    finally:
        writer.kill()
        writer.wait()
