"""Newcomer papercuts: database URLs follow SQLAlchemy's slashes."""
from __future__ import annotations

import sqlite3

import duckdb

from inventory.connectors import connector_for


def test_three_slashes_are_relative_and_four_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with sqlite3.connect(tmp_path / "app.sqlite") as con:
        con.execute("CREATE TABLE users (email TEXT)")
    with duckdb.connect(str(tmp_path / "wh.duckdb")) as con:
        con.execute("CREATE TABLE events (ip VARCHAR)")
    for url, table in (("sqlite:///app.sqlite", "users"), ("duckdb:///wh.duckdb", "events"),
                       (f"sqlite:///{tmp_path}/app.sqlite", "users"), (f"duckdb:///{tmp_path}/wh.duckdb", "events")):
        connector = connector_for(url)
        try:
            assert [ref.name.rsplit(".", 1)[-1] for ref in connector.datasets()] == [table], url
        finally:
            connector.close()
