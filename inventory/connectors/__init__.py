"""Connectors by family, imported lazily so `datamap --help` stays fast.

`connector_for(spec)` builds the connector a source specification asks for: a path (file,
folder or glob), a database URL, or a `sources:` entry of `datamap.yaml`.
"""
from __future__ import annotations

import importlib
from typing import Any

from inventory.connectors.base import Connector, SampleOptions, SourceError

__all__ = ["Connector", "SampleOptions", "SourceError", "connector_for", "FAMILIES"]

# family name -> "module:Class"; one module per connector family
FAMILIES: dict[str, str] = {
    "files": "inventory.connectors.files:FileConnector",
    "logs": "inventory.connectors.logs:LogConnector",
    "folder": "inventory.connectors.folder:FolderConnector",
    "postgresql": "inventory.connectors.postgresql:PostgresConnector",
    "postgres": "inventory.connectors.postgresql:PostgresConnector",
    "duckdb": "inventory.connectors.duckdb_source:DuckDBConnector",
    "sqlite": "inventory.connectors.sqlite:SQLiteConnector",
    "sqlalchemy": "inventory.connectors.sqlalchemy_source:SQLAlchemyConnector",
    "sqldump": "inventory.connectors.sqldump:SqlDumpConnector",
}


def _load(family: str) -> type[Connector]:
    try:
        target = FAMILIES[family]
    except KeyError:
        raise SourceError(f"unknown source type {family!r} (known: {', '.join(sorted(FAMILIES))})") from None
    module, cls = target.split(":")
    return getattr(importlib.import_module(module), cls)


# database files recognised by their suffix when given as a plain path
DATABASE_SUFFIXES: dict[str, str] = {
    ".duckdb": "duckdb",
    ".ddb": "duckdb",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
    ".sql": "sqldump",  # a dump's filled tables (a file of queries or migrations holds none)
}
#: compressions a database file may be kept in, read without unpacking it first (dumps only)
COMPRESSED_DATABASES: dict[str, tuple[str, ...]] = {"sqldump": (".gz", ".bz2", ".xz")}


def database_suffix(name: str) -> str:
    """The suffix that names a database file: `.sqlite`, `.sql`, and `.sql` for `x.sql.gz`."""
    lower = name.lower().rsplit("/", 1)[-1]
    stem, dot, last = lower.rpartition(".")
    if not dot:
        return ""
    inner = "." + stem.rpartition(".")[2] if "." in stem else ""
    if inner and "." + last in COMPRESSED_DATABASES.get(DATABASE_SUFFIXES.get(inner, ""), ()):
        return inner
    return "." + last


def family_of(location: str) -> str:
    """Guess the family from a location string: a URL scheme names a database (a native
    connector when there is one, `postgresql+psycopg://` included), a suffix a database file."""
    if "://" in location:
        scheme = location.split("://", 1)[0].lower()
        if scheme in FAMILIES:
            return scheme
        if scheme.split("+", 1)[0] in FAMILIES:
            return scheme.split("+", 1)[0]
        return "sqlalchemy" if "sqlalchemy" in FAMILIES else scheme
    suffix = database_suffix(location)
    if suffix in DATABASE_SUFFIXES:
        return sniff_database(location) or DATABASE_SUFFIXES[suffix]
    # a path may hold table files and logs side by side: the folder connector reads both
    return "folder"


def sniff_database(path: str) -> str | None:
    """The family a database file's header names (`.db` is used by SQLite and DuckDB alike)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return None
    if head.startswith(b"SQLite format 3\0"):
        return "sqlite"
    return "duckdb" if head[8:12] == b"DUCK" else None


def connector_for(location: str, *, name: str | None = None, **options: Any) -> Connector:
    """The connector for a path or URL (`./data`, `logs/*.log`, `postgresql://...`)."""
    family = options.pop("type", None) or family_of(location)
    return _load(family)(location, name=name, **options)
