"""The shared core of the database connectors: naming, quoting, redaction, JSON, routing."""
from __future__ import annotations

import ipaddress
import sqlite3
import uuid
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlglot import exp

from inventory.connectors import SourceError, connector_for, family_of
from datamap.flatten import json_array
from inventory.connectors.sql import STANDARD_QUOTING, expand_env, matches, quote_ident, scalar_array
from inventory.redaction import redact


@pytest.mark.parametrize(("dialect", "expected"), [
    ("postgres", '"x""; drop table y; --"'),
    ("sqlite", '"x""; drop table y; --"'),
    ("duckdb", '"x""; drop table y; --"'),
    ("mysql", '`x"; drop table y; --`'),
])
def test_identifiers_are_always_quoted(dialect: str, expected: str) -> None:
    assert quote_ident('x"; drop table y; --', dialect) == expected


@given(st.text(min_size=1, max_size=20))
@settings(max_examples=300, deadline=None)
def test_standard_quoting_is_sqlglots(name: str) -> None:
    """The dialects quoted without sqlglot quote every name exactly as sqlglot does."""
    for dialect in STANDARD_QUOTING:
        assert quote_ident(name, dialect) == exp.to_identifier(name, quoted=True).sql(dialect=dialect)


@pytest.mark.parametrize(("text", "expected"), [
    ("postgresql://bob:s3cret@db:5432/shop", "postgresql://bob:***@db:5432/shop"),
    ("mysql+pymysql://bob:p%40ss@db/shop?charset=utf8", "mysql+pymysql://bob:***@db/shop?charset=utf8"),
    ("host=db user=bob password=s3cret dbname=shop", "host=db user=bob password=*** dbname=shop"),
    ("snowflake://bob@acct/db?password=s3cret&warehouse=w", "snowflake://bob@acct/db?password=***&warehouse=w"),
    ("postgresql://db/shop", "postgresql://db/shop"),
])
def test_passwords_are_redacted(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_known_secrets_are_redacted_anywhere() -> None:
    assert redact('FATAL: role "bob" said s3cret', ("s3cret",)) == 'FATAL: role "bob" said ***'


@pytest.mark.parametrize(("patterns", "schema", "table", "expected"), [
    (["users"], "public", "users", True),
    (["users"], "crm", "users", True),
    (["public.*"], "crm", "users", False),
    (["audit_*"], "public", "audit_2024", True),
    (["crm.user?"], "crm", "users", True),
])
def test_patterns(patterns: list[str], schema: str, table: str, expected: bool) -> None:
    assert matches(patterns, schema, table) is expected


def test_environment_expansion(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DB_PASSWORD", "s3cret")
    monkeypatch.delenv("NOT_SET_ANYWHERE", raising=False)
    assert expand_env("postgresql://bob:${DB_PASSWORD}@db/x") == "postgresql://bob:s3cret@db/x"
    with pytest.raises(SourceError, match="NOT_SET_ANYWHERE is not set"):
        expand_env("postgresql://bob:${NOT_SET_ANYWHERE}@db/x")


def test_json_documents_become_structs() -> None:
    array = json_array(['{"user": {"id": 1, "email": "a@b.c"}}', None, '{"user": {"id": 2}}'])
    assert array.type == pa.struct([("user", pa.struct([("id", pa.int64()), ("email", pa.string())]))])


def test_json_with_conflicting_types_keeps_text_leaves() -> None:
    array = json_array([{"score": 1}, {"score": "high"}, {"score": True}])
    assert array.to_pylist() == [{"score": "1"}, {"score": "high"}, {"score": "true"}]


def test_unparseable_json_stays_text() -> None:
    assert json_array(["{not json", "{}"]).to_pylist() == ["{not json", "{}"]


def test_driver_types_arrow_lacks_become_text() -> None:
    token = uuid.UUID(int=5)
    assert scalar_array([token, None]).to_pylist() == [str(token), None]
    assert scalar_array([ipaddress.ip_address("10.0.0.1")]).to_pylist() == ["10.0.0.1"]
    assert scalar_array([1, 2]).type == pa.int64()


def test_family_routing(tmp_path: Path) -> None:
    sqlite_file = tmp_path / "app.db"
    sqlite3.connect(sqlite_file).execute("CREATE TABLE t (a)").connection.commit()
    duck_file = tmp_path / "wh.db"
    duckdb.connect(str(duck_file)).close()
    assert family_of(str(sqlite_file)) == "sqlite"
    assert family_of(str(duck_file)) == "duckdb"  # sniffed: .db is not always SQLite
    assert family_of("postgresql://db/x") == "postgresql"
    assert family_of("postgresql+psycopg://db/x") == "postgresql"
    assert family_of("mysql+pymysql://db/x") == "sqlalchemy"
    assert family_of(str(tmp_path / "data.csv")) == "folder"


def test_naming_template(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE people (name TEXT)").connection.commit()
    connector = connector_for(str(path), naming="{source}/{schema}/{table}")
    assert [ref.name for ref in connector.datasets()] == ["crm.sqlite/main/people"]
    connector.close()
    with pytest.raises(SourceError, match="bad dataset naming"):
        connector_for(str(path), naming="{database}/{table}")
