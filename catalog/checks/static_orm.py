"""Which ORM schema reader reads a file: Django and SQLAlchemy models (`.py`), Prisma schemas
(`.prisma`), Rails schemas (`schema.rb`, `db/migrate/*.rb`), GORM models (`.go`), TypeORM
entities (`.ts`) and Sequelize models and migrations (`.js`, `.ts`). `static.read_static` asks
`orm_file` of each file and `found_in_folder` of each file of a walked folder (a repository holds
much Python and Ruby that defines no table: only what looks like models is read there).
"""
from __future__ import annotations

import re
from pathlib import Path

from catalog.checks import (static_django, static_gorm, static_prisma, static_rails, static_sequelize,
                            static_sqlalchemy, static_typeorm)
from catalog.checks.static_models import ModelSchema

PRISMA_SUFFIXES = {".prisma"}
PYTHON_SUFFIXES = {".py"}
RUBY_SUFFIXES = {".rb"}
GO_SUFFIXES = {".go"}
TS_SUFFIXES = {".ts", ".js", ".cjs", ".mjs"}
#: a Python file larger than this is read only when named on the command line (no models module is)
_LARGEST_SCANNED = 1 << 21
#: folders of a repository whose Python defines no table of the application
_SKIPPED = {"tests", "test", "migrations", "node_modules", ".venv", "venv", "site-packages", "__pycache__", ".git",
            "vendor"}

__all__ = ["ModelSchema", "orm_file", "found_in_folder", "read_models", "prisma_models", "superseded",
           "PRISMA_SUFFIXES"]


def orm_file(file: Path) -> bool:
    """Whether an ORM reader (not SQL, dbt or Liquibase) reads this file."""
    return file.suffix.lower() in PRISMA_SUFFIXES | PYTHON_SUFFIXES | RUBY_SUFFIXES | GO_SUFFIXES | TS_SUFFIXES


def found_in_folder(file: Path) -> bool:
    """Whether a file met while walking a folder is an ORM schema file."""
    suffix = file.suffix.lower()
    if suffix in PRISMA_SUFFIXES:
        return True
    if _SKIPPED & set(file.parts[:-1]):
        return False
    if suffix in RUBY_SUFFIXES:
        return static_rails.is_rails_schema(file)
    if suffix in PYTHON_SUFFIXES | GO_SUFFIXES | TS_SUFFIXES:
        try:
            if file.stat().st_size > _LARGEST_SCANNED:
                return False
            text = file.read_text(errors="replace")
        except OSError:
            return True  # named as read: the read reports why it failed
        if suffix in GO_SUFFIXES:
            return static_gorm.is_models_file(text) and not file.name.endswith("_test.go")
        if suffix in TS_SUFFIXES:
            return (static_typeorm.is_models_file(text) or static_sequelize.is_models_file(text)) and not \
                re.search(r"\.(spec|test|d|min)\.[cm]?[jt]s$", file.name)
        return static_django.is_models_file(text) or static_sqlalchemy.is_models_file(text)
    return False


def superseded(file: Path) -> bool:
    """A Prisma migration (`prisma/migrations/<version>/migration.sql`) where the Prisma schema
    beside it is read too: the schema is what the migrations add up to (read both and every
    column is reported twice, or a dropped one as still there)."""
    if file.suffix.lower() != ".sql" or len(file.parents) < 3 or file.parents[1].name != "migrations":
        return False
    root = file.parents[2]
    return (root / "schema.prisma").is_file() or any(root.glob("*.prisma")) or any(root.glob("*/*.prisma"))


def prisma_models(files: list[Path]) -> dict[str, str]:
    """model -> table of every Prisma file (a folder schema's relations point across files)."""
    names: dict[str, str] = {}
    for file in files:
        try:
            names.update(static_prisma.table_names(file.read_text(errors="replace")))
        except OSError:
            continue  # (read again, and reported, as the file itself)
    return names


def read_models(file: Path, text: str, prisma: dict[str, str]) -> ModelSchema:
    """What one ORM file defines; ValueError if it is no schema file of a known ORM."""
    suffix, path = file.suffix.lower(), str(file)
    if suffix in PRISMA_SUFFIXES:
        return static_prisma.read_prisma(text, path, prisma)
    if suffix in RUBY_SUFFIXES:
        return static_rails.read_rails(text, path)
    if suffix in GO_SUFFIXES:
        if not static_gorm.is_models_file(text):
            raise ValueError("a Go file with no GORM model: nothing in it was checked")
        return static_gorm.read_gorm(text, path)
    if suffix in TS_SUFFIXES:
        if static_typeorm.is_models_file(text):
            return static_typeorm.read_typeorm(text, path)
        if static_sequelize.is_models_file(text):
            return static_sequelize.read_sequelize(text, path)
        raise ValueError("a JavaScript or TypeScript file with no TypeORM entity and no Sequelize model: nothing "
                         "in it was checked")
    django, alchemy = static_django.is_models_file(text), static_sqlalchemy.is_models_file(text)
    if not (django or alchemy):
        raise ValueError("a Python file with no Django model and no SQLAlchemy table: nothing in it was checked")
    schema = static_django.read_django(text, path) if django else ModelSchema()
    if alchemy:
        part = static_sqlalchemy.read_sqlalchemy(text, path)
        if not django or part.columns:
            schema.columns += part.columns
            schema.errors += [e for e in part.errors if e not in schema.errors]
            schema.tables += part.tables
    return schema
