"""The DuckDB database connector on real database files."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from datamap.model import DatasetReadError
from inventory.connectors import SampleOptions, SourceError, connector_for
from inventory.connectors.duckdb_source import DuckDBConnector
from tests.inventory.dbtools import field, sample_named

HOSTILE = 'x"; drop table y; --'


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("duck") / "warehouse.duckdb"
    quoted = HOSTILE.replace('"', '""')
    con = duckdb.connect(str(path))
    con.execute(f"""
        CREATE TABLE big AS SELECT i AS id, 'user' || i || '@example.com' AS email FROM range(2000000) t(i);
        CREATE TABLE users (id INTEGER, email VARCHAR, profile JSON, address STRUCT(city VARCHAR, zip VARCHAR));
        INSERT INTO users SELECT i, 'u' || i || '@example.com',
            '{{"ip": "10.1.1.' || (i % 250) || '", "tags": ["x", "y"]}}', {{'city': 'Lyon', 'zip': '69001'}}
        FROM range(5000) t(i);
        COMMENT ON COLUMN users.email IS 'login e-mail';
        CREATE SCHEMA crm;
        CREATE TABLE crm.contacts (phone VARCHAR);
        INSERT INTO crm.contacts VALUES ('+44 20 7946 0000');
        CREATE VIEW user_emails AS SELECT id, email FROM users;
        CREATE VIEW slow AS SELECT sum(a.range * b.range) AS s FROM range(100000) a, range(100000) b;
        CREATE TABLE y (id INTEGER);
        CREATE TABLE "{quoted}" ("{quoted}" VARCHAR);
        INSERT INTO "{quoted}" VALUES ('value');
    """)
    con.close()
    return path


@pytest.fixture
def duck(warehouse: Path):
    connector = connector_for(str(warehouse), exclude=["slow"])
    yield connector
    connector.close()


def sample_of(connector, table: str, **options):
    return sample_named(connector, "warehouse.duckdb/" + table, **options)


def test_lists_schemas_tables_and_views(duck: DuckDBConnector) -> None:
    assert isinstance(duck, DuckDBConnector)
    kinds = {ref.name: ref.kind for ref in duck.datasets()}
    assert kinds["warehouse.duckdb/users"] == "duckdb-table"
    assert kinds["warehouse.duckdb/crm.contacts"] == "duckdb-table"
    assert kinds["warehouse.duckdb/user_emails"] == "duckdb-view"


def test_large_table_uses_system_sampling(duck: DuckDBConnector) -> None:
    sample = sample_of(duck, "big")
    ids = field(sample, "id").values.to_pylist()
    assert sample.sampled_rows == 1000 and sample.row_count == 2_000_000
    assert any("system" in note for note in sample.notes)
    assert max(ids) - min(ids) > 500_000


def test_comments_json_and_structs(duck: DuckDBConnector) -> None:
    sample = sample_of(duck, "users", rows=50)
    assert sample.row_count == 5000
    assert field(sample, "email").comment == "login e-mail"
    assert field(sample, "profile.ip").origin == "json"
    assert field(sample, "profile.tags").is_list
    assert field(sample, "address.city").values.to_pylist()[0] == "Lyon"


def test_views_and_hostile_identifier(duck: DuckDBConnector) -> None:
    view = sample_of(duck, "user_emails", rows=100)
    assert view.sampled_rows == 100 and view.row_count is None
    hostile = sample_of(duck, HOSTILE)
    assert field(hostile, HOSTILE).values.to_pylist() == ["value"]


def test_timeout_and_missing_file(warehouse: Path, tmp_path: Path) -> None:
    connector = connector_for(f"duckdb:///{warehouse}", include=["slow"], statement_timeout=0.3)
    try:
        [ref] = list(connector.datasets())
        with pytest.raises(DatasetReadError, match="statement timeout"):
            connector.sample(ref, SampleOptions(rows=5))
    finally:
        connector.close()
    with pytest.raises(SourceError, match="no such DuckDB file"):
        connector_for(str(tmp_path / "absent.duckdb"))


def test_parallel_sampling_is_bounded(warehouse: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    connector = connector_for(str(warehouse), exclude=["slow"], max_connections=2)
    try:
        refs = list(connector.datasets())
        with ThreadPoolExecutor(max_workers=6) as pool:
            samples = list(pool.map(lambda ref: connector.sample(ref, SampleOptions(rows=100)), refs * 3))
        assert [s.name for s in samples] == [ref.name for ref in refs * 3]
        assert all(s.sampled_rows > 0 for s in samples if s.name.endswith(("users", "big")))
        assert connector.pool.open_connections <= 2
    finally:
        connector.close()


def test_handle_is_reopened_every_recycle_tables_with_the_same_results(warehouse: Path) -> None:
    """DuckDB keeps each table read's storage metadata while the file is open: the connector
    closes its handle every RECYCLE_TABLES tables read (probed or sampled), once no thread
    uses it, and the samples and fingerprints are those of a handle kept open."""
    from concurrent.futures import ThreadPoolExecutor

    def read(recycle: int) -> tuple[list, dict, int]:
        connector = connector_for(str(warehouse), exclude=["slow", "big"], max_connections=3)
        connector.RECYCLE_TABLES = recycle
        closed = []
        close = connector._close_db

        def tracked() -> None:  # counts the handles closed while the connector is open
            closed.append(connector._db is not None)
            close()

        connector._close_db = tracked
        try:
            refs = list(connector.datasets())
            fingerprints = connector.fingerprints(refs)
            with ThreadPoolExecutor(max_workers=4) as pool:
                samples = list(pool.map(lambda ref: connector.sample(ref, SampleOptions(rows=50)), refs * 4))
            return [(s.name, s.rows.to_pylist() if s.rows is not None else None) for s in samples], fingerprints, sum(closed)
        finally:
            connector.close()

    kept_samples, kept_fingerprints, kept_closed = read(10_000)
    samples, fingerprints, closed = read(2)
    assert kept_closed == 0
    # 5 datasets probed, 20 sampled by 4 threads: a recycle every 2 read, and a handle closed
    # by each that follows a read (two recycles in a row close one handle)
    assert closed >= 3, closed
    assert samples == kept_samples
    assert fingerprints == kept_fingerprints and len(fingerprints) == 4  # the tables, not the view


@pytest.fixture
def wide_rows(tmp_path: Path) -> Path:
    """A table of 20 KB text rows, which DuckDB cannot read at all within the scan's 64 MB
    (it allocates a column segment's strings whole), beside ordinary tables."""
    path = tmp_path / "wide.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE notes AS SELECT i AS id, 'user' || i || '@example.com' AS email,
            repeat('lorem ipsum dolor ', 1200) || i AS body FROM range(3000) t(i);
        CREATE TABLE logins AS SELECT i AS id, '10.0.0.' || (i % 250) AS ip FROM range(300) t(i);
    """)
    con.close()
    return path


def test_a_table_of_rows_too_wide_for_the_scan_limit_is_read_with_a_larger_one(wide_rows: Path) -> None:
    connector = DuckDBConnector(str(wide_rows))
    refs = {ref.name.rsplit("/", 1)[-1]: ref for ref in connector.datasets()}
    notes = connector.sample(refs["notes"], SampleOptions(rows=200, seed=1))
    assert notes.sampled_rows == 200 and {f.path for f in notes.fields} == {"id", "email", "body"}
    assert any("too wide" in note for note in notes.notes)
    # the handle is back at the scan's own limit for the tables after it
    assert connector._memory_limit == "64MB"
    logins = connector.sample(refs["logins"], SampleOptions(rows=200, seed=1))
    assert logins.sampled_rows == 200 and not logins.notes
    connector.close()


def test_rows_too_wide_even_for_the_larger_limit_are_one_error_and_the_scan_goes_on(
        wide_rows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from inventory.scan import scan

    monkeypatch.setattr(DuckDBConnector, "WIDE_ROWS_MEMORY_LIMIT", "64MB")
    result = scan([str(wide_rows)])
    assert [e.dataset for e in result.errors] == ["wide.duckdb/notes"]
    assert "too wide" in result.errors[0].message and "lorem" not in result.errors[0].message
    assert "wide.duckdb/logins" in result.classified
