"""Any database SQLAlchemy has a dialect for (MySQL, SQL Server, Snowflake, ...): the fallback.

Tables, views, column types and comments come from SQLAlchemy's inspector; the sample is a
bounded `SELECT ... LIMIT n` built with SQLAlchemy Core, which quotes identifiers and
spells the limit in the dialect's own way (`TOP`, `FETCH FIRST`). Databases with a native
connector (PostgreSQL, SQLite, DuckDB) are better served by it: it samples at random.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, NoSuchTableError, SQLAlchemyError
from sqlalchemy.sql.elements import quoted_name

from inventory.connectors.base import SampleOptions, SourceError
from inventory.connectors.sql import (
    Column,
    Fetched,
    Relation,
    SqlConnector,
    first_line,
    rows_to_table,
    single_column_keys,
)


class SQLAlchemyConnector(SqlConnector):
    """A database behind a SQLAlchemy URL (`mysql+pymysql://user:${DB_PASSWORD}@host/db`)."""

    family = "sqlalchemy"
    KIND = "sql"
    driver_errors = (SQLAlchemyError,)
    SYSTEM_SCHEMAS = frozenset({"information_schema", "INFORMATION_SCHEMA", "pg_catalog", "mysql",
                                "performance_schema", "sys", "guest", "db_owner"})

    READ_ONLY: dict[str, str] = {
        "postgresql": "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
        "mysql": "SET SESSION TRANSACTION READ ONLY",
        "mariadb": "SET SESSION TRANSACTION READ ONLY",
        "sqlite": "PRAGMA query_only = ON",
    }
    """Per dialect, the statement that makes the session read-only. Elsewhere the guarantee
    is that nothing datamap runs is ever committed (every unit of work is rolled back)."""

    TIMEOUT: dict[str, str] = {
        "postgresql": "SET statement_timeout = {ms}",
        "mysql": "SET SESSION max_execution_time = {ms}",
        "snowflake": "ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = {s}",
    }
    """Per dialect, the statement that bounds a query's run time."""

    def __init__(self, location: str, **options: Any) -> None:
        super().__init__(location, **options)
        try:
            self.url = make_url(self.location)
            # SQLAlchemy's own pool stays out of the way: the core pool bounds the sessions
            self.engine = sa.create_engine(self.url, poolclass=sa.pool.NullPool)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise SourceError(self.redact(f"unusable database URL {self.redacted_location()}: "
                                          f"{first_line(exc)}")) from None
        self.KIND = self.engine.dialect.name

    def _default_label(self) -> str:
        try:
            url = make_url(self.location)
        except ArgumentError:
            return "database"
        return Path(url.database).name if url.database else url.get_backend_name()

    def _secrets(self) -> tuple[str, ...]:
        try:
            password = make_url(self.location).password
        except ArgumentError:
            return ()
        return (str(password),) if password else ()

    def _open(self) -> Connection:
        conn = self.engine.connect()
        dialect = self.engine.dialect.name
        timeout_ms = int(self.statement_timeout * 1000)
        for statement in (self.READ_ONLY.get(dialect), self.TIMEOUT.get(dialect)):
            if statement:
                conn.execute(sa.text(statement.format(ms=timeout_ms, s=int(self.statement_timeout))))
        conn.commit()  # session settings only: the one commit datamap ever makes
        return conn

    def _end(self, conn: Connection) -> None:
        conn.rollback()

    def _relations(self, conn: Connection) -> list[Relation]:
        inspector = sa.inspect(conn)
        relations = []
        for schema in inspector.get_schema_names():
            if schema in self.SYSTEM_SCHEMAS:
                continue
            views = set(inspector.get_view_names(schema=schema))
            try:
                views |= set(inspector.get_materialized_view_names(schema=schema))
            except NotImplementedError:
                pass
            relations += [Relation(schema, name, "table") for name in inspector.get_table_names(schema=schema)]
            relations += [Relation(schema, name, "view") for name in sorted(views)]
        return relations

    def _columns(self, conn: Connection, rel: Relation) -> list[Column]:
        try:
            declared = sa.inspect(conn).get_columns(rel.name, schema=rel.schema)
        except NoSuchTableError:
            return []
        keys = self._foreign_keys(conn, rel) if rel.kind == "table" else {}
        columns = []
        for info in declared:
            kind = info["type"]
            try:
                spelled = kind.compile(dialect=self.engine.dialect)
            except SQLAlchemyError:  # types the dialect cannot render (NullType)
                spelled = str(kind.__class__.__name__)
            is_json = isinstance(kind, sa.types.JSON) or self.is_json(spelled)
            columns.append(Column(info["name"], spelled, info.get("comment") or None, is_json, keys.get(info["name"])))
        return columns

    def _foreign_keys(self, conn: Connection, rel: Relation) -> dict[str, tuple[str, str, str]]:
        """The inspector's single-column foreign keys (a dialect that cannot list them: none)."""
        try:
            declared = sa.inspect(conn).get_foreign_keys(rel.name, schema=rel.schema)
        except (NotImplementedError, NoSuchTableError):
            return {}
        rows = []
        for index, key in enumerate(declared):
            for column, target in zip(key["constrained_columns"], key["referred_columns"]):
                rows.append((index, column, key.get("referred_schema") or rel.schema, key["referred_table"], target))
        return single_column_keys(rows)

    def _fetch(self, conn: Connection, rel: Relation, columns: list[Column],
               options: SampleOptions) -> Fetched:
        table = sa.table(quoted_name(rel.name, True), *[sa.column(quoted_name(c.name, True)) for c in columns],
                         schema=quoted_name(rel.schema, True))
        limit = int(options.rows)
        rows = [tuple(row) for row in conn.execute(sa.select(*table.columns).limit(limit)).fetchall()]
        notes = [] if len(rows) < limit else [f"the first {limit} rows were read (no sampling clause "
                                              f"for the {self.engine.dialect.name} dialect)"]
        return Fetched(rows_to_table(columns, rows), len(rows) if len(rows) < limit else None, notes)

    def describe_error(self, exc: BaseException) -> str:
        original = getattr(exc, "orig", None)
        if original is not None:
            return first_line(original)
        return super().describe_error(exc)

    def close(self) -> None:
        super().close()
        self.engine.dispose()
