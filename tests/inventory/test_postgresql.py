"""The PostgreSQL connector against a real server (see tests/conftest.py)."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pyarrow.compute as pc
import pytest

from inventory.connectors import SampleOptions, SourceError, connector_for
from inventory.connectors.postgresql import PostgresConnector
from datamap.model import DatasetReadError
from tests.inventory.dbtools import field, sample_named
from tests.inventory.conftest import HOSTILE, READER_PASSWORD, ShopDb


@pytest.fixture
def pg(shop: ShopDb):
    connector = connector_for(shop.url, exclude=["slow"])
    yield connector
    connector.close()


def sample_of(connector, table: str, **options):
    return sample_named(connector, "shop/" + table, **options)


def test_lists_tables_views_and_schemas_with_their_kinds(pg: PostgresConnector) -> None:
    refs = {ref.name: ref.kind for ref in pg.datasets()}
    assert isinstance(pg, PostgresConnector)
    assert refs["shop/public.users"] == "postgres-table"
    assert refs["shop/public.user_emails"] == "postgres-view"
    assert refs["shop/public.signups_by_day"] == "postgres-table"  # materialized: sampled like a table
    assert refs["shop/audit.logins"] == "postgres-table"
    assert "shop/public.slow" not in refs  # excluded by pattern
    assert not any(".pg_" in name or "information_schema" in name for name in refs)


def test_include_and_exclude_patterns(shop: ShopDb) -> None:
    connector = connector_for(shop.url, name="pg", include=["audit.*", "users"], exclude=["*.logins"])
    try:
        assert [ref.name for ref in connector.datasets()] == ["pg/public.users"]
    finally:
        connector.close()


def test_large_table_is_sampled_by_pages_and_counted_from_statistics(pg: PostgresConnector) -> None:
    sample = sample_of(pg, "public.users")
    assert sample.sampled_rows == 1000
    assert 180_000 <= sample.row_count <= 220_000
    assert any("TABLESAMPLE SYSTEM" in note for note in sample.notes)
    ids = field(sample, "id").values
    # drawn from all over the table, not its first pages
    assert pc.max(ids).as_py() - pc.min(ids).as_py() > 100_000
    assert len(set(ids.to_pylist())) == 1000


def test_sampling_is_reproducible_with_a_seed(pg: PostgresConnector) -> None:
    first = field(sample_of(pg, "public.users", seed=7), "id").values.to_pylist()
    again = field(sample_of(pg, "public.users", seed=7), "id").values.to_pylist()
    other = field(sample_of(pg, "public.users", seed=8), "id").values.to_pylist()
    assert first == again
    assert first != other


def test_medium_table_never_analyzed_uses_row_sampling(pg: PostgresConnector) -> None:
    sample = sample_of(pg, "public.medium", rows=500)
    assert sample.sampled_rows == 500
    assert any("BERNOULLI" in note for note in sample.notes)
    assert 15_000 <= sample.row_count <= 25_000  # from the statistics collector


def test_small_and_empty_tables_are_read_whole(pg: PostgresConnector) -> None:
    small = sample_of(pg, "public.small")
    assert (small.sampled_rows, small.row_count) == (10, 10)
    empty = sample_of(pg, "public.empty_table")
    assert (empty.sampled_rows, empty.row_count) == (0, 0)
    assert [f.path for f in empty.fields] == ["id", "email"]  # names and types still classify


def test_view_reads_a_bounded_prefix(pg: PostgresConnector) -> None:
    sample = sample_of(pg, "public.user_emails", rows=300)
    assert sample.kind == "postgres-view"
    assert sample.sampled_rows == 300
    assert sample.row_count is None
    assert any("view" in note for note in sample.notes)


def test_materialized_view_is_sampled(pg: PostgresConnector) -> None:
    sample = sample_of(pg, "public.signups_by_day", rows=50)
    assert sample.sampled_rows == 50
    assert field(sample, "day").declared_type == "timestamp with time zone"


def test_comments_and_declared_types_reach_the_fields(pg: PostgresConnector) -> None:
    sample = sample_of(pg, "public.users", rows=20)
    email = field(sample, "email")
    assert email.comment == "customer contact address"
    assert email.declared_type == "character varying(200)"
    assert field(sample, "full_name").comment is None
    assert field(sample, "signup").declared_type == "timestamp with time zone"
    assert sample.oldest_event is not None and sample.oldest_event.year == 2024


def test_jsonb_is_flattened_to_dot_paths(pg: PostgresConnector) -> None:
    sample = sample_of(pg, "public.events", rows=200)
    paths = {f.path: f for f in sample.fields}
    assert {"payload.user.email", "payload.user.ip", "payload.tags", "payload.items.sku",
            "payload.items.price"} <= set(paths)
    assert paths["payload.user.email"].origin == "json"
    assert all(v.endswith("@example.org") for v in paths["payload.user.email"].values.to_pylist())
    assert paths["payload.tags"].is_list
    # a json column whose values change type across rows: read as text, not dropped
    assert set(paths["raw.score"].values.to_pylist()) >= {"high"}


def test_types_arrow_does_not_know_are_read_as_text(pg: PostgresConnector) -> None:
    sample = sample_of(pg, "audit.logins")
    assert field(sample, "ip").values.to_pylist()[0].startswith("192.168.1.")
    assert field(sample, "ip").declared_type == "inet"
    assert len(field(sample, "session").values.to_pylist()[0]) == 36


def test_hostile_identifier_is_scanned_not_executed(pg: PostgresConnector, shop: ShopDb) -> None:
    sample = sample_of(pg, f"public.{HOSTILE}")
    assert sample.name == f"shop/public.{HOSTILE}"
    assert field(sample, HOSTILE).values.to_pylist() == ["value"]
    with psycopg.connect(shop.url) as conn:  # table y is still there
        assert conn.execute("SELECT count(*) FROM y").fetchone() == (1,)


def test_sessions_are_read_only(pg: PostgresConnector) -> None:
    with pg.pool.connection() as conn:
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute("CREATE TABLE written_by_datamap (a int)")
        conn.rollback()


def test_statement_timeout_is_a_read_error(shop: ShopDb) -> None:
    connector = connector_for(shop.url, include=["slow"], statement_timeout=0.3)
    try:
        [ref] = list(connector.datasets())
        with pytest.raises(DatasetReadError, match="statement timeout"):
            connector.sample(ref, SampleOptions(rows=5))
    finally:
        connector.close()


def test_table_dropped_mid_scan(shop: ShopDb) -> None:
    shop.execute("CREATE TABLE doomed (id int); INSERT INTO doomed VALUES (1)")
    connector = connector_for(shop.url, include=["doomed", "small"])
    try:
        refs = {ref.name: ref for ref in connector.datasets()}
        shop.execute("DROP TABLE doomed")
        with pytest.raises(DatasetReadError, match="no longer exists"):
            connector.sample(refs["shop/public.doomed"], SampleOptions())
        assert connector.sample(refs["shop/public.small"], SampleOptions()).sampled_rows == 10
    finally:
        connector.close()


def test_permission_denied_on_one_table(shop: ShopDb) -> None:
    connector = connector_for(shop.reader_url, include=["secrets", "small"])
    try:
        refs = {ref.name: ref for ref in connector.datasets()}
        with pytest.raises(DatasetReadError, match="permission denied for table secrets") as error:
            connector.sample(refs["shop/public.secrets"], SampleOptions())
        assert READER_PASSWORD not in str(error.value)
        assert connector.sample(refs["shop/public.small"], SampleOptions()).sampled_rows == 10
    finally:
        connector.close()


def test_bad_credentials_are_a_source_error_without_the_password(shop: ShopDb) -> None:
    wrong = "Wrong-pass-91"
    connector = connector_for(shop.cluster.url("reader", wrong, "shop"))
    try:
        with pytest.raises(SourceError, match="password authentication failed") as error:
            list(connector.datasets())
        assert wrong not in str(error.value)
        assert "reader:***@" in str(error.value)
    finally:
        connector.close()


def test_unreachable_server_is_a_source_error(shop: ShopDb) -> None:
    url = shop.cluster.url(dbname="shop").replace(f":{shop.cluster.port}/", ":1/")
    connector = connector_for(url)
    try:
        with pytest.raises(SourceError, match="cannot connect") as error:
            list(connector.datasets())
        assert shop.cluster.password not in str(error.value)
    finally:
        connector.close()


def test_url_from_environment_and_sqlalchemy_scheme(shop: ShopDb, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOP_PASSWORD", shop.cluster.password)
    location = shop.cluster.url(password="${SHOP_PASSWORD}", dbname="shop").replace(
        "postgresql://", "postgresql+psycopg://")
    connector = connector_for(location, include=["small"])
    try:
        assert isinstance(connector, PostgresConnector)
        assert [ref.name for ref in connector.datasets()] == ["shop/public.small"]
        assert shop.cluster.password not in connector.source_name + connector.redacted_location()
    finally:
        connector.close()


def test_parallel_sampling_holds_a_bounded_number_of_sessions(shop: ShopDb) -> None:
    connector = connector_for(shop.url, exclude=["slow", HOSTILE], max_connections=2)
    peak = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        with psycopg.connect(shop.url, autocommit=True) as conn:
            while not done.is_set():
                count = conn.execute("SELECT count(*) FROM pg_stat_activity "
                                     "WHERE application_name = 'datamap'").fetchone()[0]
                peak = max(peak, count)
                time.sleep(0.002)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        refs = list(connector.datasets()) * 3
        with ThreadPoolExecutor(max_workers=8) as pool:
            samples = list(pool.map(lambda ref: connector.sample(ref, SampleOptions(rows=100)), refs))
    finally:
        done.set()
        watcher.join()
        connector.close()
    assert len(samples) == len(refs)
    assert 1 <= peak <= 2


def test_no_password_reaches_the_catalog_or_the_output(shop: ShopDb, tmp_path) -> None:
    """A whole CLI scan from datamap.yaml with ${ENV} passwords, a permission error and an
    unusable source: neither password appears in stdout, stderr or any catalog table."""
    import os
    import subprocess
    import sys

    import duckdb

    bad_password = "Bad-pass-c0ffee"
    (tmp_path / "datamap.yaml").write_text(
        "version: 1\n"
        "sources:\n"
        "  - name: shop\n"
        f"    url: postgresql://reader:${{SHOP_READER_PASSWORD}}@127.0.0.1:{shop.cluster.port}/shop\n"
        "    include: [users, small, secrets, events]\n"
        "  - name: broken\n"
        f"    url: postgresql://reader:${{BROKEN_PASSWORD}}@127.0.0.1:{shop.cluster.port}/shop\n")
    env = {**os.environ, "SHOP_READER_PASSWORD": READER_PASSWORD, "BROKEN_PASSWORD": bad_password}
    catalog = tmp_path / "catalog.duckdb"
    run = subprocess.run([sys.executable, "-m", "inventory.cli", "scan", "--datamap", "datamap.yaml",
                          "--catalog", str(catalog), "--sample-rows", "100"],
                         cwd=tmp_path, env={**env, "PYTHONPATH": os.getcwd()}, capture_output=True, text=True)
    output = run.stdout + run.stderr
    assert run.returncode == 3, output  # partial: some datasets failed, the rest are in the catalog
    assert "permission denied for table secrets" in output
    assert "password authentication failed" in output
    con = duckdb.connect(str(catalog), read_only=True)
    tables = [row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
    stored = " ".join(str(row) for table in tables for row in con.execute(f'SELECT * FROM "{table}"').fetchall())
    datasets = {row[0] for row in con.execute("SELECT DISTINCT dataset FROM field_inventory").fetchall()}
    con.close()
    assert {"shop/public.users", "shop/public.small", "shop/public.events"} <= datasets
    for secret in (READER_PASSWORD, bad_password, shop.cluster.password):
        assert secret not in output
        assert secret not in stored
        assert secret.encode() not in catalog.read_bytes()


def test_partitioned_table_is_one_dataset_sampled_across_partitions(pg: PostgresConnector) -> None:
    names = {ref.name for ref in pg.datasets()}
    assert "shop/public.visits" in names
    assert not {"shop/public.visits_2024", "shop/public.visits_2025"} & names
    sample = sample_of(pg, "public.visits")
    days = field(sample, "day").values.to_pylist()
    assert sample.sampled_rows == 1000
    assert 280_000 <= sample.row_count <= 320_000
    assert {d.year for d in days} == {2024, 2025}
