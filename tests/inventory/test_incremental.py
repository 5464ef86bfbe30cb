"""Incremental scans: a dataset unchanged since its last scan is reused, not read; any change to
it, to the classifier's options or to the policy reads it again; `--full` reads everything.

What was read is told by the catalog: `datasets.reused_from` is the scan whose results were
copied (NULL: read in this scan). A re-read is also shown by the new content (a new column).
"""
from __future__ import annotations

import functools
import json
import sqlite3
import time
from pathlib import Path

import duckdb
import psycopg
import pytest
from click.testing import CliRunner

from catalog.policy import DEFAULT_POLICY
from inventory.cli import EXIT_OK, cli

EMAILS = "\n".join(f"{i},user{i}@example.org,{i * 3}" for i in range(1, 60))


def run(*args: str):
    result = CliRunner().invoke(cli, ["scan", *args, "--workers", "1"], catch_exceptions=False)
    assert result.exit_code == EXIT_OK, result.output
    return result


def read_state(catalog: Path) -> dict[str, int | None]:
    """dataset -> reused_from, for the latest scan."""
    with duckdb.connect(str(catalog), read_only=True) as con:
        return dict(con.execute("SELECT dataset, reused_from FROM datasets "
                                "WHERE scan_id = (SELECT max(scan_id) FROM scans)").fetchall())


def inventory(catalog: Path) -> list[tuple]:
    with duckdb.connect(str(catalog), read_only=True) as con:
        return con.execute("SELECT dataset, field, category, status FROM field_inventory ORDER BY ALL").fetchall()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "users.csv").write_text("id,email,score\n" + EMAILS + "\n")
    (data / "metrics.csv").write_text("host,load\n" + "\n".join(f"h{i},{i / 10}" for i in range(60)) + "\n")
    (data / "app.log").write_text("".join(f"2024-01-01T00:00:{i:02d}Z GET /item/{i} from 198.51.100.{i}\n"
                                          for i in range(50)))
    return data


def test_an_unchanged_folder_is_reused_and_a_changed_file_read_again(folder: Path, tmp_path: Path) -> None:
    catalog = tmp_path / "c.duckdb"
    run(str(folder), "--catalog", str(catalog))
    first = inventory(catalog)
    assert set(read_state(catalog).values()) == {None}

    second = run(str(folder), "--catalog", str(catalog))
    assert read_state(catalog) == {"users.csv": 1, "metrics.csv": 1, "app.log": 1}
    assert "3 datasets reused" in second.output
    assert inventory(catalog) == first  # the same results, copied
    with duckdb.connect(str(catalog), read_only=True) as con:
        assert con.execute("SELECT datasets, reused FROM scans WHERE scan_id = 2").fetchone() == (3, 3)
        copied = con.execute("SELECT count(*) FROM detections WHERE scan_id = 2").fetchone()[0]
        assert copied == con.execute("SELECT count(*) FROM detections WHERE scan_id = 1").fetchone()[0] > 0

    (folder / "users.csv").write_text("id,email,score,phone\n"
                                      + "\n".join(f"{line},+1 415 555 {i:04d}"
                                                  for i, line in enumerate(EMAILS.splitlines())) + "\n")
    with (folder / "app.log").open("a") as log:
        log.write("2024-01-01T00:01:00Z GET /item/99 from 198.51.100.99\n")
    third = run(str(folder), "--catalog", str(catalog), "--format", "json")
    assert read_state(catalog) == {"users.csv": None, "metrics.csv": 2, "app.log": None}
    assert json.loads(third.output)["reused"] == 1
    assert any(row[:2] == ("users.csv", "phone") for row in inventory(catalog))  # the new column was read


def test_full_reads_every_dataset_again(folder: Path, tmp_path: Path) -> None:
    catalog = tmp_path / "c.duckdb"
    run(str(folder), "--catalog", str(catalog))
    result = run(str(folder), "--catalog", str(catalog), "--full")
    assert set(read_state(catalog).values()) == {None}
    assert "reused" not in result.output
    run(str(folder), "--catalog", str(catalog))  # a full scan leaves fingerprints for the next
    assert set(read_state(catalog).values()) == {2}


@pytest.mark.parametrize("changed", [["--sample-rows", "500"], ["--seed", "7"], ["--threshold", "0.9"], ["policy"],
                                     ["recognizer"]])
def test_classifier_options_and_policy_invalidate_reuse(folder: Path, tmp_path: Path, changed: list[str]) -> None:
    catalog = tmp_path / "c.duckdb"
    datamap = tmp_path / "datamap.yaml"
    datamap.write_text("version: 1\n")
    run(str(folder), "--catalog", str(catalog), "--datamap", str(datamap))
    if changed == ["policy"]:  # the same policy with one more word: a new policy file
        policy = tmp_path / "policy.yaml"
        policy.write_text(DEFAULT_POLICY.read_text(encoding="utf-8") + "\n# revised\n")
        changed = ["--policy", str(policy)]
    elif changed == ["recognizer"]:
        datamap.write_text("version: 1\nrecognizers:\n  - name: ticket\n    entity: TICKET_ID\n"
                           "    category: account.id\n    names: [ticket number]\n    patterns:\n      - {name: t, regex: 'TK-\\d{6}', score: 0.9}\n")
        changed = []
    run(str(folder), "--catalog", str(catalog), "--datamap", str(datamap), *changed)
    assert set(read_state(catalog).values()) == {None}
    run(str(folder), "--catalog", str(catalog), "--datamap", str(datamap), *changed)
    assert set(read_state(catalog).values()) == {2}


def test_declarations_are_decided_again_for_reused_datasets(folder: Path, tmp_path: Path) -> None:
    catalog = tmp_path / "c.duckdb"
    datamap = tmp_path / "datamap.yaml"
    datamap.write_text("version: 1\n")
    run(str(folder), "--catalog", str(catalog), "--datamap", str(datamap))
    assert ("users.csv", "email", "contact.email", "undeclared") in inventory(catalog)
    datamap.write_text("version: 1\ndatasets:\n  - dataset: users.csv\n    fields:\n"
                       "      - field: email\n        category: contact.email\n        purposes: [account]\n"
                       "        retention: P1Y\n        basis: service\n")
    run(str(folder), "--catalog", str(catalog), "--datamap", str(datamap))
    assert read_state(catalog)["users.csv"] == 1  # a declaration is no reason to read the data again
    assert ("users.csv", "email", "contact.email", "declared") in inventory(catalog)


def test_a_catalog_written_before_fingerprints_is_upgraded(folder: Path, tmp_path: Path) -> None:
    catalog = tmp_path / "c.duckdb"
    run(str(folder), "--catalog", str(catalog))
    with duckdb.connect(str(catalog)) as con:  # as an older datamap left it
        con.execute("ALTER TABLE datasets DROP COLUMN fingerprint")
        con.execute("ALTER TABLE datasets DROP COLUMN reused_from")
        con.execute("ALTER TABLE scans DROP COLUMN reused")
    run(str(folder), "--catalog", str(catalog))
    assert set(read_state(catalog).values()) == {None}  # nothing to compare with: read
    run(str(folder), "--catalog", str(catalog))
    assert set(read_state(catalog).values()) == {2}


def test_duckdb_tables_are_read_again_when_their_rows_or_schema_change(tmp_path: Path) -> None:
    warehouse = tmp_path / "wh.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        for table in ("a", "b", "c", "d"):
            con.execute(f"CREATE TABLE {table} AS SELECT range AS id, 'user' || range || '@example.org' AS email "
                        f"FROM range(200)")
        con.execute("CREATE VIEW v AS SELECT * FROM a")
    catalog = tmp_path / "c.duckdb"
    run(str(warehouse), "--catalog", str(catalog))
    run(str(warehouse), "--catalog", str(catalog))
    names = {f"wh.duckdb/{t}": 1 for t in "abcd"}
    assert read_state(catalog) == {**names, "wh.duckdb/v": None}  # a view is always read

    with duckdb.connect(str(warehouse)) as con:
        con.execute("INSERT INTO a VALUES (1000, 'new@example.org')")  # row count
        con.execute("UPDATE b SET email = 'changed@example.org' WHERE id = 3")  # same count, new checksum
        con.execute("ALTER TABLE c ADD COLUMN phone VARCHAR")  # schema
    run(str(warehouse), "--catalog", str(catalog))
    state = read_state(catalog)
    assert {name: state[name] for name in names} == {
        "wh.duckdb/a": None, "wh.duckdb/b": None, "wh.duckdb/c": None, "wh.duckdb/d": 2}
    assert any(field == "phone" for _, field, _, _ in inventory(catalog))


def test_sqlite_files_are_probed_whole(tmp_path: Path) -> None:
    database = tmp_path / "app.sqlite"
    with sqlite3.connect(database) as con:
        con.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")
        con.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")
        con.executemany("INSERT INTO users (email) VALUES (?)", [(f"u{i}@example.org",) for i in range(50)])
    con.close()
    catalog = tmp_path / "c.duckdb"
    run(str(database), "--catalog", str(catalog))
    run(str(database), "--catalog", str(catalog))
    assert set(read_state(catalog).values()) == {1}
    with sqlite3.connect(database) as con:
        con.execute("UPDATE users SET email = 'x@example.org' WHERE id = 1")
    con.close()
    run(str(database), "--catalog", str(catalog))
    assert set(read_state(catalog).values()) == {None}  # SQLite counts no changes per table


@pytest.fixture
def pg_db(pg_cluster):
    name = f"incr_{time.monotonic_ns()}"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = pg_cluster.url(dbname=name)
    with psycopg.connect(url, autocommit=True) as conn:
        for table in ("a", "b", "c"):
            conn.execute(f"CREATE TABLE {table} AS SELECT i AS id, 'user' || i || '@example.org' AS email "
                         f"FROM generate_series(1, 200) i")
        conn.execute("CREATE VIEW v AS SELECT * FROM a")
    yield url, name
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def _stats_show(url: str, table: str, inserted: int, updated: int) -> None:
    """Wait until PostgreSQL's cumulative statistics show a committed write (sessions report
    them when idle, not at commit)."""
    deadline = time.monotonic() + 30
    with psycopg.connect(url, autocommit=True) as conn:
        while time.monotonic() < deadline:
            conn.execute("SELECT pg_stat_clear_snapshot()")
            row = conn.execute("SELECT n_tup_ins, n_tup_upd FROM pg_stat_user_tables WHERE relname = %s",
                               [table]).fetchone()
            if row and row[0] >= inserted and row[1] >= updated:
                return
            time.sleep(0.2)
    raise AssertionError(f"statistics of {table} never showed the write")


def test_postgresql_tables_are_read_again_when_their_statistics_or_schema_change(pg_db, tmp_path: Path) -> None:
    url, name = pg_db
    for table in ("a", "b", "c"):
        _stats_show(url, table, 200, 0)
    catalog = tmp_path / "c.duckdb"
    run(url, "--catalog", str(catalog))
    with psycopg.connect(url, autocommit=True) as conn:  # maintenance writes no row: nothing to read again
        conn.execute("VACUUM ANALYZE c")
    run(url, "--catalog", str(catalog))
    tables = {f"{name}/public.{t}": 1 for t in "abc"}
    assert read_state(catalog) == {**tables, f"{name}/public.v": None}

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE a SET email = 'changed@example.org' WHERE id = 1")
        conn.execute("ALTER TABLE b ADD COLUMN phone text")
    _stats_show(url, "a", 200, 1)
    run(url, "--catalog", str(catalog))
    state = read_state(catalog)
    assert {t: state[t] for t in tables} == {f"{name}/public.a": None, f"{name}/public.b": None,
                                             f"{name}/public.c": 2}


def test_a_dataset_whose_last_read_failed_is_read_again(folder: Path, tmp_path: Path) -> None:
    from catalog.incremental import previous_results
    from catalog.writer import write_scan
    from datamap.model import ScanError
    from inventory.scan import scan

    catalog = tmp_path / "c.duckdb"
    run(str(folder), "--catalog", str(catalog))
    assert set(previous_results(catalog, str(folder))) == {"users.csv", "metrics.csv", "app.log"}
    # a later scan of the source could not read users.csv: its results are carried, stale
    failed = scan([str(folder / "metrics.csv")])
    failed.sources = [str(folder)]
    failed.datasets[0].name, failed.datasets[0].source = "metrics.csv", str(folder)
    failed.errors.append(ScanError("users.csv", str(folder), "read", "PermissionError", "permission denied"))
    write_scan(catalog, failed)
    assert set(previous_results(catalog, str(folder))) == {"metrics.csv"}


def test_a_change_to_the_classifying_code_changes_every_fingerprint(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from catalog.datamap import empty_datamap
    from catalog.policy import load_policy
    from inventory import fingerprint

    (tmp_path / "classifiers" / "recognizers").mkdir(parents=True)
    recognizer = tmp_path / "classifiers" / "recognizers" / "email.py"
    recognizer.write_text("PATTERN = r'[^@]+@[^@]+'\n")
    monkeypatch.setattr(fingerprint, "_ROOT", tmp_path)
    monkeypatch.setattr(fingerprint, "CODE_PATHS", ("classifiers",))

    def current() -> str:
        fingerprint.code_fingerprint.cache_clear()
        return fingerprint.classifier_fingerprint(load_policy(), empty_datamap(), sample_rows=1000, seed=42,
                                                  threshold=0.5)

    try:
        before = current()
        assert current() == before  # by content: the same files, the same fingerprint
        recognizer.write_text("PATTERN = r'[^@\\s]+@[^@\\s]+'\n")  # a fixed regex
        assert current() != before
    finally:
        fingerprint.code_fingerprint.cache_clear()


def test_a_rescan_that_reuses_everything_never_asks_for_the_free_text_engine(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Presidio and spaCy (seconds to load) are asked for only by a dataset read again whose
    values need the free-text pass: an incremental rescan of unchanged datasets does without."""
    from classifiers import presidio_bridge

    catalog = tmp_path / "c.duckdb"
    run(str(folder), "--catalog", str(catalog))
    asked: list[int] = []
    built = presidio_bridge.analyzer

    def counted():
        asked.append(1)
        return built()

    monkeypatch.setattr(presidio_bridge, "analyzer", counted)
    run(str(folder), "--catalog", str(catalog))
    assert set(read_state(catalog).values()) == {1} and asked == []
    with (folder / "app.log").open("a") as log:  # a log's messages are free text: read again, they need it
        log.write("2024-01-01T00:01:00Z GET /item/99 from 198.51.100.99 for Alice Martin\n")
    run(str(folder), "--catalog", str(catalog))
    assert read_state(catalog)["app.log"] is None and asked


def _counted_recognizer_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads that built the recognizers (classifiers.registry's cached `_all`), from now on."""
    import threading

    from classifiers import registry

    loads: list[str] = []
    build = registry._all.__wrapped__

    @functools.lru_cache(maxsize=1)
    def counted():
        loads.append(threading.current_thread().name)
        return build()

    monkeypatch.setattr(registry, "_all", counted)
    return loads


def test_a_rescan_loads_the_classifiers_only_when_a_dataset_changed_and_beside_its_probe(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rescan of a source of many tables estimates from a first share of its probe how many
    changed: none changed, it never loads the recognizers; one changed, they are loaded in a
    thread while the rest of the probe runs, and the changed table is classified as a first
    scan classifies it."""
    from inventory import scan as scan_module

    warehouse = tmp_path / "wh.duckdb"
    tables = 2 * scan_module.PROBE_FIRST
    with duckdb.connect(str(warehouse)) as con:
        for t in range(tables):
            con.execute(f"CREATE TABLE t{t:03d} AS SELECT range AS id, 'user' || (range + {t}) || '@example.org' "
                        f"AS email FROM range(50)")
    catalog = tmp_path / "c.duckdb"
    run(str(warehouse), "--catalog", str(catalog))
    first = inventory(catalog)
    loads = _counted_recognizer_loads(monkeypatch)
    run(str(warehouse), "--catalog", str(catalog))
    assert set(read_state(catalog).values()) == {1} and loads == []

    with duckdb.connect(str(warehouse)) as con:  # a table the first share of the probe sees
        con.execute("UPDATE t000 SET email = 'changed@example.org' WHERE id = 3")
    run(str(warehouse), "--catalog", str(catalog))
    state = read_state(catalog)
    assert state["wh.duckdb/t000"] is None and sum(v is None for v in state.values()) == 1
    assert loads == ["datamap-load-classifiers"]  # built once, by the loading thread
    assert inventory(catalog) == first  # the same verdicts as the first scan's
