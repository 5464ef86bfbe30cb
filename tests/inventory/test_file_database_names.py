"""A SQLite or DuckDB file's tables are named as people name them: `chinook.db/Artist`, the
default schema `main` left out; another schema stays (`warehouse.duckdb/sales.orders`), and a
table whose own name holds a dot or a slash is quoted so that it reads as neither."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import duckdb

from inventory.connectors import SampleOptions, connector_for
from inventory.connectors.sql import DEFAULT_NAMING
from tests.inventory.dbtools import field


def _sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.executescript('''
            CREATE TABLE Artist (Name TEXT);  INSERT INTO Artist VALUES ('plain');
            CREATE TABLE "v1.users" (Name TEXT);  INSERT INTO "v1.users" VALUES ('dotted');
            CREATE TABLE "a/b" (Name TEXT);  INSERT INTO "a/b" VALUES ('slashed');
            CREATE TABLE """v2""" (Name TEXT);  INSERT INTO """v2""" VALUES ('quoted');
        ''')
    return path


def _duckdb(path: Path) -> Path:
    con = duckdb.connect(str(path))
    try:
        con.execute("""
            CREATE SCHEMA sales;
            CREATE TABLE sales.orders (Name TEXT);  INSERT INTO sales.orders VALUES ('schema sales');
            CREATE TABLE main."sales.orders" (Name TEXT);  INSERT INTO main."sales.orders" VALUES ('main, dotted');
            CREATE TABLE main.customers (Name TEXT);  INSERT INTO main.customers VALUES ('main');
        """)
    finally:
        con.close()
    return path


def _names(location: str, **options) -> dict[str, str]:
    """dataset name -> the one value its table holds, each read through its ref as a scan reads it."""
    connector = connector_for(location, **options)
    try:
        return {ref.name: field(connector.sample(ref, SampleOptions()), "Name").values.to_pylist()[0]
                for ref in list(connector.datasets())}
    finally:
        connector.close()


def test_a_sqlite_file_leaves_main_out_and_quotes_a_dotted_or_slashed_name(tmp_path: Path) -> None:
    path = _sqlite(tmp_path / "chinook.db")
    assert _names(str(path)) == {"chinook.db/Artist": "plain", 'chinook.db/"v1.users"': "dotted",
                                 'chinook.db/"a/b"': "slashed", 'chinook.db/"""v2"""': "quoted"}
    # a sqlite:/// URL is the same file, the same names
    assert set(_names(f"sqlite:///{path}")) == set(_names(str(path)))


def test_a_duckdb_file_keeps_its_other_schemas_and_tells_them_from_a_dotted_table(tmp_path: Path) -> None:
    path = _duckdb(tmp_path / "warehouse.duckdb")
    assert _names(str(path)) == {"warehouse.duckdb/customers": "main",
                                 "warehouse.duckdb/sales.orders": "schema sales",
                                 'warehouse.duckdb/"sales.orders"': "main, dotted"}


def test_inside_a_folder_the_same_names_under_the_files_path(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    (folder / "apps").mkdir(parents=True)
    _sqlite(folder / "apps" / "chinook.db")
    _duckdb(folder / "warehouse.duckdb")
    names = _names(str(folder))
    assert {"apps/chinook.db/Artist", 'apps/chinook.db/"v1.users"', "warehouse.duckdb/customers",
            "warehouse.duckdb/sales.orders", 'warehouse.duckdb/"sales.orders"'} <= set(names)
    assert not any("/main." in name for name in names)


def test_a_glob_written_for_the_former_names_still_selects(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    _sqlite(folder / "chinook.db")
    (folder / "events.csv").write_text("Name\nx\n")
    kept = _names(str(folder), exclude=["main.*"])  # a pattern without a slash: the base name
    assert set(kept) == {"events.csv"}
    kept = _names(str(folder), include=["chinook.db/main.Artist", "*.csv"])
    assert set(kept) == {"chinook.db/Artist", "events.csv"}


def test_an_explicit_naming_template_is_followed_as_written(tmp_path: Path) -> None:
    path = _duckdb(tmp_path / "warehouse.duckdb")
    assert set(_names(str(path), naming="{source}/{schema}/{table}")) == {
        "warehouse.duckdb/main/customers", "warehouse.duckdb/sales/orders", "warehouse.duckdb/main/sales.orders"}
    assert set(_names(str(path), naming=DEFAULT_NAMING)) == {
        "warehouse.duckdb/customers", "warehouse.duckdb/sales.orders", 'warehouse.duckdb/"sales.orders"'}
