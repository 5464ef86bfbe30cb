"""The SQLAlchemy fallback connector, on a real SQLite file and the real PostgreSQL server."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from inventory.connectors import SampleOptions, SourceError, connector_for
from inventory.connectors.sqlalchemy_source import SQLAlchemyConnector
from datamap.model import DatasetReadError
from tests.inventory.dbtools import field
from tests.inventory.conftest import HOSTILE, READER_PASSWORD, ShopDb


def samples(connector, rows: int = 100) -> dict:
    return {ref.name: connector.sample(ref, SampleOptions(rows=rows)) for ref in connector.datasets()}


def test_postgresql_through_sqlalchemy(shop: ShopDb) -> None:
    url = shop.url.replace("postgresql://", "postgresql+psycopg://")
    connector = connector_for(url, type="sqlalchemy", include=["users", "events", "user_emails", HOSTILE])
    try:
        assert isinstance(connector, SQLAlchemyConnector)
        found = samples(connector)
        assert set(found) == {"shop/public.users", "shop/public.events", "shop/public.user_emails",
                              f"shop/public.{HOSTILE}"}
        users = found["shop/public.users"]
        assert users.sampled_rows == 100 and users.kind == "postgresql-table"
        assert field(users, "email").comment == "customer contact address"
        assert field(users, "email").declared_type == "VARCHAR(200)"
        assert "payload.user.email" in {f.path for f in found["shop/public.events"].fields}
        assert field(found[f"shop/public.{HOSTILE}"], HOSTILE).values.to_pylist() == ["value"]
        assert found["shop/public.user_emails"].kind == "postgresql-view"
        with connector.pool.connection() as conn, pytest.raises(sa.exc.InternalError, match="read-only"):
            conn.execute(sa.text("CREATE TABLE written (a int)"))
    finally:
        connector.close()


def test_faults_through_sqlalchemy(shop: ShopDb) -> None:
    url = shop.reader_url.replace("postgresql://", "postgresql+psycopg://")
    connector = connector_for(url, type="sqlalchemy", include=["secrets"])
    try:
        [ref] = list(connector.datasets())
        with pytest.raises(DatasetReadError, match="permission denied") as error:
            connector.sample(ref, SampleOptions())
        assert READER_PASSWORD not in str(error.value)
    finally:
        connector.close()
    bad = connector_for(url.replace(READER_PASSWORD, "nope-wrong-77"), type="sqlalchemy")
    try:
        with pytest.raises(SourceError, match="password authentication failed") as error:
            list(bad.datasets())
        assert "nope-wrong-77" not in str(error.value)
    finally:
        bad.close()


def test_sqlite_file_through_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite"
    with sqlite3.connect(path) as conn:
        conn.executescript("CREATE TABLE people (name TEXT, doc JSON);"
                           "INSERT INTO people VALUES ('Ada', '{\"ssn\": \"078-05-1120\"}');")
    connector = connector_for(f"sqlite:///{path}", type="sqlalchemy")
    try:
        found = samples(connector)
        people = found["crm.sqlite/main.people"]
        assert people.row_count == 1
        assert field(people, "doc.ssn").values.to_pylist() == ["078-05-1120"]
    finally:
        connector.close()


def test_unknown_dialect_is_a_source_error() -> None:
    with pytest.raises(SourceError, match="unusable database URL nosuchdb://bob:\\*\\*\\*@h/x"):
        connector_for("nosuchdb://bob:pw-123@h/x")
