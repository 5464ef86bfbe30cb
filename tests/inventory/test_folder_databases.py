"""Database files inside a scanned folder are datasets of their own, opened as when named."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import duckdb
import pytest

from catalog.writer import write_scan
from inventory.connectors import SampleOptions, connector_for
from inventory.scan import scan


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "apps").mkdir()
    with sqlite3.connect(tmp_path / "apps" / "app.sqlite") as conn:
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")
        conn.executemany("INSERT INTO users (email) VALUES (?)", [(f"u{i}@example.com",) for i in range(30)])
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    con.execute("CREATE SCHEMA sales")
    con.execute("CREATE TABLE sales.orders AS SELECT i AS id, '10.0.0.' || i AS client_ip FROM range(30) t(i)")
    con.close()
    (tmp_path / "events.csv").write_text("id,phone\n1,+33 6 12 34 56 78\n")
    (tmp_path / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0 not a database")  # another tool's .db
    return tmp_path


def test_database_files_are_datasets_named_by_file_schema_and_table(folder: Path) -> None:
    connector = connector_for(str(folder))
    try:
        refs = {ref.name: ref for ref in connector.datasets()}
        assert set(refs) == {"events.csv", "apps/app.sqlite/users", "warehouse.duckdb/sales.orders"}
        sample = connector.sample(refs["apps/app.sqlite/users"], SampleOptions(rows=10))
        assert sample.kind == "sqlite-table" and sample.sampled_rows == 10
        orders = connector.sample(refs["warehouse.duckdb/sales.orders"], SampleOptions(rows=10))
        assert {f.path for f in orders.fields} == {"id", "client_ip"}
    finally:
        connector.close()
    # opened read-only, as when named directly: the scan left the files as they were
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        connector._parts[2]._open().execute("CREATE TABLE t (a)")


def test_include_and_exclude_cover_database_tables(folder: Path) -> None:
    connector = connector_for(str(folder), exclude=["*.duckdb/*"])
    try:
        assert "warehouse.duckdb/sales.orders" not in {ref.name for ref in connector.datasets()}
    finally:
        connector.close()


def test_a_broken_database_file_is_one_error_and_the_scan_goes_on(folder: Path, tmp_path: Path) -> None:
    (folder / "broken.sqlite").write_bytes(b"this is not a database" * 100)
    result = scan([str(folder)])
    assert [(e.dataset, e.stage) for e in result.errors] == [("broken.sqlite", "read")]
    assert "not a database" in result.errors[0].message
    assert {"events.csv", "apps/app.sqlite/users", "warehouse.duckdb/sales.orders"} <= set(result.classified)
    best = {r.sample.path: r.best() for r in result.classified["apps/app.sqlite/users"]}
    assert best["email"].entity == "EMAIL_ADDRESS"


def test_the_catalog_beside_the_data_is_not_scanned(folder: Path) -> None:
    catalog = folder / "datamap.duckdb"
    write_scan(str(catalog), scan([str(folder)]))
    connector = connector_for(str(folder))
    try:
        names = {ref.name for ref in connector.datasets()}
    finally:
        connector.close()
    assert not any(name.startswith("datamap.duckdb") for name in names)


def test_database_tables_in_a_folder_reach_the_field_inventory(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    catalog = tmp_path_factory.mktemp("out") / "catalog.duckdb"  # outside the scanned folder
    write_scan(str(catalog), scan([str(folder)]))
    con = duckdb.connect(str(catalog), read_only=True)
    rows = dict(con.execute("SELECT dataset, category FROM field_inventory WHERE field IN ('email', 'client_ip')").fetchall())
    con.close()
    assert rows == {"apps/app.sqlite/users": "contact.email", "warehouse.duckdb/sales.orders": "device.ip_address"}
