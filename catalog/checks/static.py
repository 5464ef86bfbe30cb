"""Static mode: check the columns a pull request adds before any data exists.

SQL migrations (`CREATE TABLE`, `ALTER TABLE ... ADD COLUMN`, parsed with sqlglot in the
team's dialect) and dbt `schema.yml` files (models and sources with their columns) become
fields with a name, a declared type and a comment but no values; the recognizers' name signals
judge them by name and comment alone, and the same rules apply. A statement that cannot be parsed is reported in one
line and the rest of the file is still read.
"""
from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import sqlglot
import yaml
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError
from sqlglot.generator import Generator
from sqlglot.parser import Parser
from sqlglot.tokens import Token, TokenType

from catalog.checks.model import CheckInput, Detected, FieldRecord, Location
from catalog.datamap import DataMap, Declaration
from catalog.policy import Policy
from catalog.yamlfile import ConfigError, compose_bounded, line_of
from classifiers.engine import DEFAULT_THRESHOLD
from classifiers.names import NameTokens, tokenize
from classifiers.recognizer import FieldRecognizer
from classifiers.registry import default_recognizers

DIALECTS = ("postgres", "mysql", "snowflake", "bigquery", "redshift", "duckdb", "sqlite", "tsql", "databricks")
SQL_SUFFIXES = {".sql"}
DBT_SUFFIXES = {".yml", ".yaml"}


@dataclass(frozen=True)
class Column:
    """A column a migration or dbt file defines."""

    table: str  # as written: schema.table, or a dbt model name
    name: str
    declared_type: str = ""
    comment: str | None = None
    location: Location | None = None


@dataclass
class StaticSchema:
    columns: list[Column] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line each: file:line: what went wrong
    statements: int = 0


# -- SQL migrations ------------------------------------------------------------------------
def columns_from_sql(text: str, dialect: str, path: str = "<sql>") -> StaticSchema:
    """The columns created or added by the statements of one SQL file."""
    schema = StaticSchema()
    sql_dialect = sqlglot.Dialect.get_or_raise(dialect)
    try:
        tokens = sql_dialect.tokenize(text)
    except (TokenError, ValueError) as exc:
        schema.errors.append(f"{path}: cannot read the SQL: {_first_line(exc)}")
        return schema
    generator, parser = sql_dialect.generator(), sql_dialect.parser()
    for statement_tokens in _statements(tokens):
        schema.statements += 1
        line = statement_tokens[0].line
        try:
            # one statement at a time, so that a broken one does not hide the rest of the file
            parsed = _parse_quietly(parser, statement_tokens, text)
        except ParseError as exc:
            detail = exc.errors[0] if exc.errors else {}
            schema.errors.append(f"{path}:{detail.get('line') or line}: cannot parse the statement: "
                                 f"{detail.get('description') or _first_line(exc)}")
            continue
        chunk = text[statement_tokens[0].start:statement_tokens[-1].end + 1]
        for statement in parsed:
            schema.columns.extend(_statement_columns(statement, chunk, generator, dialect, path, line, schema.errors))
    return schema


def _statements(tokens: list[Token]) -> Iterator[list[Token]]:
    """The tokens of each statement, split on semicolons (tokens keep their file lines)."""
    current: list[Token] = []
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            if current:
                yield current
            current = []
        else:
            current.append(token)
    if current:
        yield current


def _parse_quietly(parser: Parser, tokens: list[Token], text: str) -> list[exp.Expression]:
    # sqlglot logs a warning for each statement it keeps as an opaque Command; we report
    # the ones that matter (an ALTER TABLE we could not read) ourselves
    logger = logging.getLogger("sqlglot")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        return [e for e in parser.parse(tokens, text) if e is not None]
    finally:
        logger.setLevel(level)


def _statement_columns(statement: exp.Expression, chunk: str, generator: Generator, dialect: str, path: str,
                       line: int, errors: list[str]) -> Iterator[Column]:
    if isinstance(statement, exp.Command):
        words = chunk.split()
        if len(words) > 2 and words[0].upper() in {"ALTER", "CREATE"} and words[1].upper() == "TABLE":
            errors.append(f"{path}:{line}: {dialect} statement not understood, its columns are not checked: "
                          f"{' '.join(words[:6])} ...")
        return
    if not (isinstance(statement, exp.Alter) or (isinstance(statement, exp.Create)
                                                  and str(statement.args.get("kind", "")).upper() == "TABLE")):
        return
    table = statement.find(exp.Table)
    if table is None:
        return
    name = ".".join(part for part in (table.catalog, table.db, table.name) if part)
    for column in statement.find_all(exp.ColumnDef):
        kind = column.args.get("kind")
        comment = next((c.args["kind"].this.name for c in column.args.get("constraints") or []
                        if isinstance(c.args.get("kind"), exp.CommentColumnConstraint)), None)
        column_line = column.this.meta.get("line", line) if column.this.meta else line
        yield Column(table=name, name=column.name, declared_type=generator.generate(kind) if kind else "",
                     comment=comment, location=Location(path, column_line))


def _first_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


# -- dbt -----------------------------------------------------------------------------------
def columns_from_dbt(text: str, path: str = "<schema.yml>") -> StaticSchema:
    """The columns of the models and sources of a dbt `schema.yml`."""
    schema = StaticSchema()
    try:
        root = compose_bounded(text, path)
        data = (yaml.SafeLoader("").construct_document(root) if root is not None else None) or {}
    except ConfigError as exc:
        schema.errors.append(str(exc))
        return schema
    except yaml.YAMLError as exc:
        schema.errors.append(f"{path}: not valid YAML: {_first_line(exc)}")
        return schema
    if not isinstance(data, dict):
        return schema
    for m_index, model in enumerate(data.get("models") or []):
        schema.columns.extend(_dbt_columns(model, str(model.get("name", "")), root, ["models", m_index], path))
    for s_index, source in enumerate(data.get("sources") or []):
        for t_index, table in enumerate(source.get("tables") or []):
            name = f"{source.get('name', '')}.{table.get('name', '')}".strip(".")
            schema.columns.extend(_dbt_columns(table, name, root, ["sources", s_index, "tables", t_index], path))
    schema.statements = len(schema.columns)
    return schema


def _dbt_columns(entry: dict, table: str, root: yaml.Node, at: list, path: str) -> Iterator[Column]:
    for c_index, column in enumerate(entry.get("columns") or []):
        if not isinstance(column, dict) or not column.get("name"):
            continue
        yield Column(table=table, name=str(column["name"]), declared_type=str(column.get("data_type") or ""),
                     comment=column.get("description"),
                     location=Location(path, line_of(root, [*at, "columns", c_index])))


def read_static(paths: Iterable[str | Path], dialect: str = "postgres") -> StaticSchema:
    """The columns of every SQL and dbt YAML file among `paths` (folders are walked)."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown SQL dialect {dialect!r} (known: {', '.join(DIALECTS)})")
    schema = StaticSchema()
    for file in _files(paths, schema.errors):
        text = file.read_text(encoding="utf-8", errors="replace")
        part = columns_from_sql(text, dialect, str(file)) if file.suffix.lower() in SQL_SUFFIXES \
            else columns_from_dbt(text, str(file))
        schema.columns += part.columns
        schema.errors += part.errors
        schema.statements += part.statements
    return schema


def _files(paths: Iterable[str | Path], errors: list[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower()
                              in SQL_SUFFIXES | DBT_SUFFIXES)
        elif path.is_file():
            yield path
        else:
            errors.append(f"{path}: no such file or folder")


# -- classification ------------------------------------------------------------------------
#: a column comment names the data less reliably than the column's own name
COMMENT_WEIGHT = 0.8


def classify_column(column: Column, recognizers: Sequence[FieldRecognizer], policy: Policy,
                    threshold: float = DEFAULT_THRESHOLD) -> list[Detected]:
    """What a column without data holds, judged by its name and its comment (the recognizers'
    name signals; there are no values to confirm or contradict them). Best first."""
    name = NameTokens.of(column.name)
    comment = NameTokens(own=tokenize(column.comment), parent=(), raw=column.comment) if column.comment else None
    found: list[Detected] = []
    for recognizer in recognizers:
        category = policy.category_of(recognizer.entity)
        if category is None:
            continue
        scores = [signal.score for signal in (recognizer.name_signal(name),) if signal is not None]
        if comment is not None and (signal := recognizer.name_signal(comment)) is not None:
            scores.append(signal.score * COMMENT_WEIGHT)
        confidence = 1.0 - math.prod(1.0 - score for score in scores) if scores else 0.0
        if confidence >= threshold:
            found.append(Detected(category=category, confidence=round(confidence, 4), entity=recognizer.entity))
    found.sort(key=lambda d: d.confidence, reverse=True)
    return found[:1]  # like a scan, the best detection is what the field is


def static_check_input(schema: StaticSchema, datamap: DataMap, policy: Policy,
                       threshold: float = DEFAULT_THRESHOLD) -> CheckInput:
    """Classify each column by its name and comment; pair it with its declaration."""
    recognizers = default_recognizers()
    seen: dict[tuple[str, str | None], list[Detected]] = {}  # migrations repeat id, created_at...
    records = []
    for column in schema.columns:
        key = (column.name, column.comment)
        if key not in seen:
            seen[key] = classify_column(column, recognizers, policy, threshold)
        records.append(FieldRecord(dataset=column.table, field=column.name, detected=list(seen[key]),
                                   declaration=_declaration(datamap, column.table, column.name),
                                   declared_type=column.declared_type, location=column.location))
    return CheckInput(policy=policy, declarations=datamap.declarations, fields=records, datasets={},
                      checked_at=datetime.now(timezone.utc), datamap_path=datamap.path or "datamap.yaml",
                      complete=False)


def _declaration(datamap: DataMap, table: str, column: str) -> Declaration | None:
    """A migration may name `public.users` where the map says `users`, or the reverse."""
    found = datamap.declaration_for(table, column)
    if found is None and "." in table:
        found = datamap.declaration_for(table.rsplit(".", 1)[-1], column)
    if found is None:
        found = next((d for d in sorted(datamap.declarations, key=lambda d: d.specificity, reverse=True)
                      if d.dataset.rsplit(".", 1)[-1] == table and d.covers(d.dataset, column)), None)
    return found
