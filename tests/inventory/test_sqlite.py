"""The SQLite connector on real database files."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from inventory.connectors import SampleOptions, SourceError, connector_for
from inventory.connectors.sqlite import SQLiteConnector
from datamap.model import DatasetReadError
from tests.inventory.dbtools import field, sample_named

HOSTILE = 'x"; drop table y; --'


@pytest.fixture
def app_db(tmp_path: Path) -> Path:
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.executescript(f"""
        CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(120), profile JSON);
        CREATE TABLE small (code TEXT);
        INSERT INTO small VALUES ('a'), ('b');
        CREATE TABLE pairs (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
        CREATE VIEW user_emails AS SELECT id, email FROM users;
        CREATE VIEW slow AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
            SELECT x FROM c WHERE x < 0;
        CREATE TABLE y (id INTEGER);
        INSERT INTO y VALUES (1);
        CREATE TABLE "{HOSTILE.replace('"', '""')}" ("{HOSTILE.replace('"', '""')}" TEXT);
        INSERT INTO "{HOSTILE.replace('"', '""')}" VALUES ('value');
    """)
    conn.executemany("INSERT INTO users (email, profile) VALUES (?, ?)",
                     [(f"u{i}@example.com", f'{{"phone": "+33 6 12 34 {i % 100:02d} 00", "age": {i % 90}}}')
                      for i in range(50_000)])
    conn.executemany("INSERT INTO pairs VALUES (?, ?)", [(f"k{i}", f"v{i}") for i in range(3000)])
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def lite(app_db: Path):
    connector = connector_for(str(app_db), exclude="slow")
    yield connector
    connector.close()


def sample_of(connector, table: str, **options):
    return sample_named(connector, "app.db/" + table, **options)


def test_lists_tables_and_views(lite: SQLiteConnector) -> None:
    assert isinstance(lite, SQLiteConnector)
    kinds = {ref.name: ref.kind for ref in lite.datasets()}
    assert kinds["app.db/users"] == "sqlite-table"
    assert kinds["app.db/user_emails"] == "sqlite-view"
    assert "app.db/slow" not in kinds


def test_large_table_is_a_random_rowid_window(lite: SQLiteConnector) -> None:
    sample = sample_of(lite, "users")
    ids = field(sample, "id").values.to_pylist()
    assert sample.sampled_rows == 1000 and len(set(ids)) == 1000
    assert sample.row_count == 50_000
    other = field(sample_of(lite, "users", seed=1), "id").values.to_pylist()
    assert ids != other  # another seed, another window
    assert ids == field(sample_of(lite, "users"), "id").values.to_pylist()


def test_sqlite_stat1_gives_the_row_count(app_db: Path) -> None:
    conn = sqlite3.connect(app_db)
    conn.execute("DELETE FROM users WHERE id % 2 = 0")  # the rowid span now overstates the table
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    connector = connector_for(str(app_db))
    try:
        sample = sample_of(connector, "users")
        assert sample.row_count == 25_000
        assert sample.sampled_rows == 1000
    finally:
        connector.close()


def test_json_declared_column_is_flattened(lite: SQLiteConnector) -> None:
    sample = sample_of(lite, "users", rows=10)
    assert field(sample, "profile.phone").origin == "json"
    assert field(sample, "email").declared_type == "VARCHAR(120)"


def test_small_without_rowid_and_views(lite: SQLiteConnector) -> None:
    small = sample_of(lite, "small")
    assert (small.sampled_rows, small.row_count) == (2, 2)
    pairs = sample_of(lite, "pairs", rows=100)
    assert pairs.sampled_rows == 100 and any("no rowid" in note for note in pairs.notes)
    view = sample_of(lite, "user_emails", rows=100)
    assert view.kind == "sqlite-view" and view.sampled_rows == 100


def test_hostile_identifier_and_read_only(lite: SQLiteConnector, app_db: Path) -> None:
    sample = sample_of(lite, HOSTILE)
    assert field(sample, HOSTILE).values.to_pylist() == ["value"]
    with sqlite3.connect(app_db) as conn:
        assert conn.execute("SELECT count(*) FROM y").fetchone() == (1,)
    with lite.pool.connection() as conn, pytest.raises(sqlite3.OperationalError):
        conn.execute("CREATE TABLE written (a)")


def test_timeout_and_dropped_table(app_db: Path) -> None:
    connector = connector_for(f"sqlite:///{app_db}", statement_timeout=0.3)
    try:
        refs = {ref.name: ref for ref in connector.datasets()}
        with pytest.raises(DatasetReadError, match="statement timeout"):
            connector.sample(refs["app.db/slow"], SampleOptions(rows=5))
        with sqlite3.connect(app_db) as conn:
            conn.execute("DROP TABLE small")
        with pytest.raises(DatasetReadError, match="no longer exists"):
            connector.sample(refs["app.db/small"], SampleOptions())
    finally:
        connector.close()


def test_missing_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such SQLite file"):
        connector_for(f"sqlite:///{tmp_path / 'absent.db'}")


def test_parallel_sampling_is_bounded_and_reproducible(app_db: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    connector = connector_for(str(app_db), exclude="slow", max_connections=2)
    try:
        refs = list(connector.datasets())
        alone = [connector.sample(ref, SampleOptions(rows=200)).fields[0].values.to_pylist() for ref in refs]
        with ThreadPoolExecutor(max_workers=6) as pool:
            together = list(pool.map(lambda ref: connector.sample(ref, SampleOptions(rows=200)), refs * 3))
        assert [s.fields[0].values.to_pylist() for s in together] == alone * 3
        assert connector.pool.open_connections <= 2
    finally:
        connector.close()


def test_comments_in_the_ddl_are_column_comments(tmp_path: Path) -> None:
    path = tmp_path / "tickets.db"
    with sqlite3.connect(path) as conn:
        conn.execute("""CREATE TABLE gongdan (
            f1 TEXT PRIMARY KEY, -- 工单号
            f2 TEXT,             /* 联系电话 */
            f3 TEXT
        )""")
        conn.executemany("INSERT INTO gongdan VALUES (?, ?, ?)", [(f"GD{i}", f"1380013{i:04d}", "x") for i in range(20)])
        conn.execute("CREATE TABLE plain (a TEXT)")
        conn.execute("INSERT INTO plain VALUES ('b')")
    connector = connector_for(str(path))
    try:
        refs = {ref.name: ref for ref in connector.datasets()}
        tickets = connector.sample(refs["tickets.db/gongdan"], SampleOptions(rows=10))
        plain = connector.sample(refs["tickets.db/plain"], SampleOptions(rows=10))
    finally:
        connector.close()
    assert {f.path: f.comment for f in tickets.fields} == {"f1": "工单号", "f2": "联系电话", "f3": None}
    assert [f.comment for f in plain.fields] == [None]
