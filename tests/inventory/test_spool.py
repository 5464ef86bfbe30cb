"""Bounded memory: with a spool, each classified dataset's results leave the scan as soon as it
is classified (into a private DuckDB file), no sample is kept, and the catalog written from the
spool holds exactly what a scan held in memory writes."""
from __future__ import annotations

import gc
import weakref
from pathlib import Path

import duckdb
import pytest

from catalog.datamap import empty_datamap
from catalog.policy import load_policy
from catalog.writer import DATASET_TABLES, ScanSpool, write_scan
from inventory.scan import ScanOptions, scan



@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "users.csv").write_text("id,email,birth_date,city\n" + "\n".join(
        f"{i},user{i}@example.org,19{50 + i % 50}-0{1 + i % 9}-1{i % 9},City{i % 7}" for i in range(80)) + "\n")
    (folder / "hits.ndjson").write_text("".join(
        f'{{"ip": "203.0.113.{i}", "ua": "Mozilla/5.0 (X11; Linux x86_64)", "path": "/p/{i}"}}\n' for i in range(60)))
    (folder / "app.log").write_text("".join(f"2024-01-01T00:00:{i:02d}Z login user{i}@example.org from 198.51.100.{i}\n"
                                            for i in range(40)))
    return folder


def rows(catalog: Path, table: str) -> list[tuple]:
    with duckdb.connect(str(catalog), read_only=True) as con:
        return con.execute(f"SELECT * EXCLUDE (scan_id) FROM {table} ORDER BY ALL").fetchall()


class WatchedSpool(ScanSpool):
    """A spool that remembers, weakly, every dataset sample it was given."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.seen: list[weakref.ref] = []

    def add(self, dataset, field_results, profile) -> None:  # type: ignore[no-untyped-def]
        self.seen.append(weakref.ref(dataset))
        self.seen += [weakref.ref(r.sample) for r in field_results]
        super().add(dataset, field_results, profile)


def test_a_spooled_scan_keeps_no_sample_and_writes_the_same_catalog(data: Path, tmp_path: Path) -> None:
    policy, datamap = load_policy(), empty_datamap()
    options = ScanOptions(workers=1)
    held = scan([str(data)], options, policy=policy, datamap=datamap)
    write_scan(tmp_path / "held.duckdb", held)

    spool = WatchedSpool(policy, datamap, options.threshold)
    try:
        spooled = scan([str(data)], options, policy=policy, datamap=datamap, spool=spool)
        assert spooled.datasets == [] and spooled.classified == {} and spooled.profiles == {}
        assert [s.name for s in spooled.summaries] == [d.name for d in held.datasets]
        gc.collect()
        assert len(spool.seen) > 3 and all(ref() is None for ref in spool.seen)  # nothing read is kept
        write_scan(tmp_path / "spooled.duckdb", spooled)
    finally:
        spool.close()
    assert not spool.path.exists()
    for table in DATASET_TABLES:
        assert rows(tmp_path / "spooled.duckdb", table) == rows(tmp_path / "held.duckdb", table), table
    assert rows(tmp_path / "spooled.duckdb", "detections")
    # the scan's figures as catalog/fieldcount.py defines them: one field per row of `fields`
    # (the log's free text included), the same whether the scan was spooled or held
    for name in ("spooled.duckdb", "held.duckdb"):
        with duckdb.connect(str(tmp_path / name), read_only=True) as con:
            (field_rows,) = con.execute("SELECT count(*) FROM fields").fetchone()
            assert con.execute("SELECT datasets, fields FROM scans").fetchall() == [(3, field_rows)], name
            assert field_rows > sum(len(d.fields) for d in held.datasets)  # the free text counts too


def test_a_spool_flushes_in_batches(data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ScanSpool, "BATCH", 1)
    spool = ScanSpool(load_policy(), empty_datamap(), 0.5)
    try:
        result = scan([str(data)], ScanOptions(workers=1), spool=spool)
        # each dataset reached the spool's file as it was classified, before the catalog was opened
        assert spool._con.execute("SELECT count(*) FROM datasets").fetchone() == (3,)
        write_scan(tmp_path / "c.duckdb", result)
    finally:
        spool.close()
    assert len(rows(tmp_path / "c.duckdb", "datasets")) == 3


def test_a_spool_that_cannot_be_written_stops_the_scan_in_one_line(data: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from datamap import duck
    from inventory.cli import EXIT_NOTHING, cli

    monkeypatch.setattr(duck, "SPOOL_MEMORY_LIMIT", "1MB")  # DuckDB cannot write its blocks in this
    monkeypatch.setattr(ScanSpool, "BATCH", 1)
    catalog = tmp_path / "c.duckdb"
    result = CliRunner().invoke(cli, ["scan", str(data), "--catalog", str(catalog), "--workers", "1", "-q"])
    assert result.exit_code == EXIT_NOTHING, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: the scan's results could not be written to its spool")
    assert "Traceback" not in result.output and "nothing was written to the catalog" in lines[0]
    assert not catalog.exists()


_SLOW_SCAN = """
import sys, time
from inventory.connectors.files import FileConnector
from inventory.cli import main
sample = FileConnector.sample
def slow(self, ref, options):
    print("sampling", flush=True)
    time.sleep(600)
    return sample(self, ref, options)
FileConnector.sample = slow
sys.argv = ["datamap", "scan", *sys.argv[1:]]
main()
"""


def _scan_process(data: Path, catalog: Path, tmp: Path):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    return subprocess.Popen([sys.executable, "-c", _SLOW_SCAN, str(data), "--catalog", str(catalog), "--workers", "1", "--full",
                             "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(root), "TMPDIR": str(tmp)})


def _catalog_scans(catalog: Path) -> list[tuple[int, int]]:
    con = duckdb.connect(str(catalog), read_only=True)
    try:
        return con.execute("SELECT scan_id, count(*) FROM scans JOIN datasets USING (scan_id) GROUP BY 1 "
                           "ORDER BY 1").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGINT"])
def test_sigterm_or_ctrl_c_stops_a_scan_in_one_line_deletes_its_spool_and_leaves_the_catalog(
        data: Path, tmp_path: Path, signame: str) -> None:
    """Even while a read is under way (not waited for: a hung query would hold the scan)."""
    import signal

    signum = getattr(signal, signame)
    catalog, tmp = tmp_path / "c.duckdb", tmp_path / "tmp"
    tmp.mkdir()
    write_scan(catalog, scan([str(data)]))
    before = _catalog_scans(catalog)
    process = _scan_process(data, catalog, tmp)
    assert process.stdout.readline().strip() == "sampling", process.stderr.read()
    assert [p.name for p in tmp.glob("datamap-spool-*")]  # the scan's spool exists
    process.send_signal(signum)
    try:  # the read sleeps 600 s: a scan that waited for it times out here; a loaded machine has room
        _, stderr = process.communicate(timeout=180)
    finally:
        process.kill()
    assert process.returncode == 128 + signum
    assert "Traceback" not in stderr and len(stderr.splitlines()) == 1, stderr
    assert ("SIGTERM" if signame == "SIGTERM" else "Ctrl-C") in stderr and "catalog is as it was" in stderr
    assert not list(tmp.glob("datamap-spool-*"))
    assert _catalog_scans(catalog) == before


def test_the_spool_of_a_killed_scan_is_deleted_by_the_next_scan_not_a_live_one(data: Path, tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import signal
    import tempfile
    import time

    from catalog.writer import clear_stale_spools

    catalog, tmp = tmp_path / "c.duckdb", tmp_path / "tmp"
    tmp.mkdir()
    process = _scan_process(data, catalog, tmp)
    assert process.stdout.readline().strip() == "sampling", process.stderr.read()
    process.send_signal(signal.SIGKILL)  # no `finally` runs
    process.wait()
    killed = list(tmp.glob("datamap-spool-*"))
    assert len(killed) == 1
    legacy_old, legacy_new = tmp / "datamap-spool-old", tmp / "datamap-spool-new"  # an older datamap's
    for legacy in (legacy_old, legacy_new):
        legacy.mkdir()
        (legacy / "spool.duckdb").write_bytes(b"")
    hour_ago = time.time() - 7200
    os.utime(legacy_old / "spool.duckdb", (hour_ago, hour_ago))
    os.utime(legacy_old, (hour_ago, hour_ago))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    policy = load_policy()
    live = ScanSpool(policy, empty_datamap(), 0.5)  # the next scan's spool clears the dead one's
    try:
        assert not killed[0].exists() and not legacy_old.exists()
        assert legacy_new.exists()  # may be an older datamap's live scan
        assert live.path.parent.exists()
        assert clear_stale_spools(tmp) == []  # a live spool is never taken for a stale one
        assert live.path.parent.exists()
    finally:
        live.close()
    assert not live.path.parent.exists()
