"""Static mode: check the columns a pull request adds before any data exists.

SQL migrations (`CREATE TABLE`, `ALTER TABLE ... ADD COLUMN`, parsed with sqlglot in the
team's dialect) and dbt `schema.yml` files (models and sources with their columns) become
fields with a name, a declared type and a comment but no values; the recognizers' name signals
judge them by name and comment alone, and the same rules apply. A statement that cannot be parsed is reported in one
line and the rest of the file is still read.
"""
from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import sqlglot
import yaml
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError
from sqlglot.generator import Generator
from sqlglot.parser import Parser
from sqlglot.tokens import Token, TokenType

from catalog.checks.model import CheckInput, Detected, FieldRecord, Location, Unread
from catalog.datamap import DataMap, Declaration
from catalog.policy import Policy
from catalog.yamlfile import ConfigError, compose_bounded, line_of
from classifiers import declared
from classifiers.engine import DEFAULT_THRESHOLD
from catalog.checks.static_views import bare as bare_table
from catalog.checks.static_views import known_tables, latest_definitions, view_columns, view_query
from catalog.checks.static_refs import REFERENCE_SCORE, Ref, is_key, referenced_tables, resolve, same_layer
from catalog.checks.static_tables import CONTACTS as ORGANISATION_CONTACTS
from catalog.checks.static_tables import (MACHINE_OWN, PLACE_ENTITIES, aggregate_table, links_of, machine_login,
                                          machine_table, people_table, program_log, tied_to_someone, unowned,
                                          agent_catalogue)
from catalog.checks import static_liquibase as liquibase
from catalog.checks import static_names
from catalog.checks.static_collections import collection_owner
from catalog.checks import static_parties
from catalog.checks import static_orm
from catalog.checks import static_records
from catalog.checks import static_terraform
from catalog.checks.static_tables import company_rows, ip_geolocated, observed_ip, organization_table, ship_to_of_company
from catalog.checks.static_tables import PROGRAM_HEADS, program_account
from classifiers.recognizers.account_id import KEY_NAMES
from classifiers.names import NameTokens, expand, tokenize
from classifiers.recognizer import FieldRecognizer
from classifiers.registry import default_recognizers
from datamap.model import DatasetSample, FieldSample

DIALECTS = ("postgres", "mysql", "snowflake", "bigquery", "redshift", "duckdb", "sqlite", "tsql", "databricks",
            "oracle")
SQL_SUFFIXES = {".sql"}
XML_SUFFIXES = {".xml"}
DBT_SUFFIXES = {".yml", ".yaml"}


@dataclass(frozen=True)
class Column:
    """A column a migration or dbt file defines."""

    table: str  # as written: schema.table, or a dbt model name
    name: str
    declared_type: str = ""
    comment: str | None = None
    location: Location | None = None
    #: a `CREATE TABLE … AS SELECT *` stands for the columns of the table it selects from (less
    #: those it excludes): resolved once every file is read (`expand_stars`)
    copies: tuple[str, tuple[str, ...]] | None = None
    #: `copies` comes from `ALTER TABLE a RENAME TO b`: a table defined elsewhere is no error
    renamed: bool = False
    #: the text a `DEFAULT 'pending'` gives a new row ("" if none or not a string): what kind of
    #: value the column holds (`signatures.state DEFAULT 'pending'` is a status, no region)
    default: str = ""
    #: a `CREATE TABLE … AS SELECT` column holds what the columns it is computed from hold
    #: (`u.user_id AS id`, `first_name || ' ' || last_name AS name`): their (table, column)
    sources: tuple[tuple[str, str], ...] = ()
    #: the table a `REFERENCES` clause or a `FOREIGN KEY` of its table points the column to
    #: (also one a later `ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY`, as pg_dump writes them)
    references: str = ""
    #: the column alone is a `UNIQUE` or `PRIMARY KEY` constraint of its table: a reference
    #: that is unique points one row to one row (`person.entity_id`: the person is that entity)
    unique: bool = False
    #: the schema a `USE SCHEMA` or `SET search_path` made current when an unqualified table
    #: was created (lower case; "" if none): which of two same-named tables a `DROP` removes
    namespace: str = ""
    #: from `ALTER TABLE t ALTER COLUMN c SET OPTIONS (description = …)`: says what an existing
    #: column holds (merged into its definition by `apply_annotations`, or its only definition)
    annotation: bool = False
    #: a column of a view (it stores nothing), `sources` the base columns it is computed from,
    #: and `shows` the one it shows unchanged if it is a copy (`static_views`)
    view: bool = False
    shows: tuple[str, str] | None = None
    #: a view as read, before its columns are resolved once every file is read (`resolve_views`):
    #: (its query, the dialect, the line offset of the text it was parsed from)
    query: object = field(default=None, compare=False, repr=False)


@dataclass
class StaticSchema:
    columns: list[Column] = field(default_factory=list)
    errors: list[Unread] = field(default_factory=list)
    statements: int = 0
    files: list[str] = field(default_factory=list)
    dialects: dict[str, str] = field(default_factory=dict)  # SQL file -> the dialect it was read in
    #: keys that table constraints declare apart from the columns (pg_dump's `ALTER TABLE ONLY t
    #: ADD CONSTRAINT … FOREIGN KEY (c) REFERENCES u(id)`, `… UNIQUE (c)`): (table, column) in
    #: lower case without schema -> the referenced table and column; and the unique ones
    references: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # -> (table, its column)
    unique: set[tuple[str, str]] = field(default_factory=set)
    #: `DROP TABLE t`, `ALTER TABLE t DROP COLUMN c`: (how many of `columns` came before it, the
    #: table as written, the column or "" for the whole table, the current schema); applied once
    #: every file is read, in migration order (`apply_drops`)
    drops: list[tuple[int, str, str, str]] = field(default_factory=list)

    def merge(self, part: "StaticSchema") -> None:
        """`part`'s columns, errors and drops after this schema's own."""
        self.drops += [(at + len(self.columns), *rest) for at, *rest in part.drops]
        self.columns += part.columns
        self.errors += part.errors


# -- templates -----------------------------------------------------------------------------
#: placeholders that a template engine fills in before the SQL runs (Go and Jinja `{{ }}`,
#: Flyway and Liquibase `${}`, an installer's `%TABLE_PREFIX%`, a PHP installer's interpolated
#: `{$db_prefix}` (Simple Machines Forum) and Joomla's `#__` table prefix): each becomes an
#: identifier of the same length (lines and columns keep their place), or, glued in front of a
#: name (`%TABLE_PREFIX%ticket`, `${prefix}users`, `{$db_prefix}members`, `` `#__users` ``), is
#: dropped so that the name is the table's own; Jinja statements and comments become blanks
_EXPRESSION = re.compile(r"\{\{.*?\}\}|\$\{[^}\n]*\}|\{\$[A-Za-z_]\w*\}|%[A-Z][A-Z0-9_]*%|(?<=[`\s.])#__(?=\w)", re.S)
_STATEMENT = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.S)
#: lines a SQL client reads rather than the server: psql meta-commands (`\connect db`, `\set x 1`),
#: the mysql client's `source file.sql` (its file is another input) and shell-style `# comment`
#: lines that install scripts carry; blanked
_CLIENT_LINE = re.compile(r"^[ \t]*(\\[A-Za-z!?.].*|#(?![{#]).*|source[ \t]+[^\s;]+[ \t]*;?[ \t]*(--.*)?)$",
                          re.M | re.I)
#: SQL*Plus commands in Oracle scripts (`rem` remarks, `Prompt` messages, `SET ECHO OFF` and other
#: settings, `@@other.sql`, `SPOOL`, `WHENEVER SQLERROR`, `DEFINE`, a `/` alone that runs the
#: buffer): blanked when the script is read as Oracle SQL (never a `prompt` or a setting that ends
#: with a comma: a column `prompt VARCHAR2(200),`)
_SQLPLUS_LINE = re.compile(r"^[ \t]*(rem(ark)?([ \t][^\n]*)?|pro(mpt)?([ \t][^\n]*[^,\s])?|@@?[\w./${}-]+|/"
                           r"|(set[ \t]+(echo|feedback|verify|serveroutput|define|termout|pagesize|linesize|heading"
                           r"|timing|sqlblanklines|trimspool|newpage)|spool|whenever[ \t]+(sql|os)error|define)\b"
                           r"[^\n]*[^,\s])[ \t]*$", re.M | re.I)
#: psql variables (`:schema`, `:'owner'`, `:"table"`): filled in by psql before the server sees them
_PSQL_VARIABLE = re.compile(r"(?<![:\w]):(['\"]?)([A-Za-z_]\w*)\1")


def neutralise_templates(text: str) -> str:
    """SQL with its template placeholders and psql variables replaced by plain identifiers
    (`t________`, `v____`), and the lines only a client reads blanked."""
    def ident(match: re.Match[str]) -> str:
        before, after = match.string[match.start() - 1:match.start()], match.string[match.end():match.end() + 1]
        if after[:1].isalnum() or after == "_":
            if not (before[:1].isalnum() or before == "_") and "\n" not in match.group(0):
                return ""  # a prefix of the name that follows
        return "t" + "".join("\n" if c == "\n" else "_" for c in match.group(0)[1:])

    def blank(match: re.Match[str]) -> str:
        return "".join(c if c == "\n" else " " for c in match.group(0))

    text = _EXPRESSION.sub(ident, _STATEMENT.sub(blank, _CLIENT_LINE.sub(blank, text)))
    return _PSQL_VARIABLE.sub(lambda m: "v" + "_" * (len(m.group(0)) - 1), text)


# -- dialects ------------------------------------------------------------------------------
#: words that only one dialect writes: the first hint tried when no --dialect is given
_HINTS: list[tuple[str, re.Pattern[str]]] = [
    ("redshift", re.compile(r"\b(DISTKEY|SORTKEY|DISTSTYLE|ENCODE\s+(ZSTD|LZO|AZ64|RAW|BYTEDICT|DELTA|RUNLENGTH))\b", re.I)),
    ("bigquery", re.compile(r"\b(INT64|FLOAT64|STRUCT<|ARRAY<|WITH\s+CONNECTION|PARTITION\s+BY\s+DATE)\b|`[\w-]+\.[\w-]+\.[\w-]+`", re.I)),
    ("snowflake", re.compile(r"\b(VARIANT|TIMESTAMP_NTZ|TIMESTAMP_LTZ|TIMESTAMP_TZ|TRANSIENT|AUTOINCREMENT|DATA_RETENTION_TIME_IN_DAYS|COPY\s+GRANTS)\b", re.I)),
    ("tsql", re.compile(r"^\s*GO\s*$|\bNVARCHAR\s*\(\s*MAX\s*\)|\[dbo\]|\bIDENTITY\s*\(\s*\d+\s*,\s*\d+\s*\)", re.I | re.M)),
    ("mysql", re.compile(r"`|\bAUTO_INCREMENT\b|\bENGINE\s*=|\bUNSIGNED\b|\bTINYINT\b|\bMEDIUMTEXT\b|\bDEFAULT\s+CHARSET\b", re.I)),
    ("oracle", re.compile(r"\b(N?VARCHAR2|NUMBER\s*\(|SYSDATE|SYSTIMESTAMP|BINARY_DOUBLE|BINARY_FLOAT)\b", re.I)),
    ("postgres", re.compile(r"\$\w*\$|::|\b(BIGSERIAL|SERIAL|TIMESTAMPTZ|JSONB|INET|CITEXT|BYTEA)\b|\bCREATE\s+EXTENSION\b", re.I)),
]
#: comments, where the hints are not looked for (strings are left: `'...'` rarely holds a hint)
_COMMENTS = re.compile(r"/\*.*?\*/|--[^\n]*", re.S)
#: a statement that creates a table (what a dialect that reads the file must find)
_DECLARES_TABLE = re.compile(r"\bCREATE\s+(?:OR\s+REPLACE\s+)?TABLE\b", re.I)
#: tried, in this order, when no hint reads a file cleanly
_CANDIDATES = ("postgres", "mysql", "snowflake", "bigquery", "redshift", "tsql", "sqlite")


def detect_dialect(text: str, path: str = "<sql>") -> str:
    """The dialect that reads the most statements of `text`: the hinted ones first, then the
    others; the first that reads every statement (and finds the columns of the tables the file
    creates) wins."""
    code = _COMMENTS.sub(" ", text)  # a backtick in a comment (`picture` claim) is no MySQL identifier
    hinted = [name for name, pattern in _HINTS if pattern.search(code)]
    order = list(dict.fromkeys(hinted + list(_CANDIDATES)))
    declares = bool(_DECLARES_TABLE.search(code))
    best, fewest = order[0], None
    for dialect in order:
        read = _read_sql(text, dialect, path)
        # a reading that finds no column in a file that creates tables has swallowed them (a
        # T-SQL script without semicolons read as one `SET NOCOUNT ON …`): it is no clean reading
        failures = len(read.errors) + (declares and not read.columns)
        if failures == 0:
            return dialect
        if fewest is None or failures < fewest:
            best, fewest = dialect, failures
    return best


# -- SQL migrations ------------------------------------------------------------------------
def columns_from_sql(text: str, dialect: str | None, path: str = "<sql>") -> StaticSchema:
    """The columns created or added by the statements of one SQL file (`dialect` None: detected)."""
    text, routines = split_delimiters(neutralise_templates(without_rollbacks(text)))
    chosen = dialect or detect_dialect(text, path)
    schema = _read_sql(text, chosen, path)
    for line, body in routines:  # a stored routine may create or alter tables: searched, like PL/pgSQL
        schema.merge(_read_sql(body, chosen, path, line - 1, embedded=True))
    enums = enum_types(text)
    if enums:
        schema.columns = [replace(c, declared_type=enums[key]) if (key := _type_key(c.declared_type)) in enums else c
                          for c in schema.columns]
    schema.dialects[path] = chosen
    with_constraints(schema)
    return schema


#: the marker that opens a migration file's rollback section (sql-migrate `-- +migrate Down`, goose
#: `-- +goose Down`, dbmate `-- migrate:down`) or its forward section (`Up`, `migrate:up`)
_MIGRATE_SECTION = re.compile(r"^[ \t]*--[ \t]*(?:\+(?:migrate|goose)[ \t]+(up|down)|migrate:(up|down))\b[^\n]*$",
                              re.I | re.M)


def without_rollbacks(text: str) -> str:
    """A migration file whose rollback shares the file (sql-migrate, goose, dbmate): the Down
    sections blanked. The tool runs them only to undo the file, so reading them as run would drop
    every table the Up section creates. Line numbers are kept."""
    markers = list(_MIGRATE_SECTION.finditer(text))
    if not markers:
        return text
    parts, start = [], 0
    for marker, following in zip(markers, markers[1:] + [None]):
        end = following.start() if following is not None else len(text)
        if (marker.group(1) or marker.group(2)).lower() == "down":
            parts += [text[start:marker.start()], _blank(text[marker.start():end])]
            start = end
    return "".join(parts) + text[start:]


#: a migration tool's rollback file (golang-migrate `…_x.down.sql`, Diesel's `…/down.sql`,
#: `…_down.sql`) or Flyway's undo migration (`U2__…`): run only to undo, never read as run
_ROLLBACK_FILE = re.compile(r"(^|[._-])down\.sql$|^U\d+(?:[._]\d+)*__.*\.sql$", re.I)


#: PostgreSQL's `CREATE TYPE enum_boolean AS ENUM ('y', 'n')` (a pg_dump writes the type before
#: the tables that use it)
_CREATE_ENUM = re.compile(r"\bCREATE\s+TYPE\s+([\w.\"]+)\s+AS\s+ENUM\s*\(([^)]*)\)", re.I)
_YES_NO = frozenset({"y", "n", "yes", "no", "true", "false", "t", "f", "0", "1", "on", "off"})


def enum_types(text: str) -> dict[str, str]:
    """The enumerated types a file creates, as the declared type their columns stand for: a
    yes/no enum is a `boolean` (a flag), any other a fixed list of words (`enum(...)`, never an
    identifier, a name or prose)."""
    found: dict[str, str] = {}
    for match in _CREATE_ENUM.finditer(text):
        values = [v.strip().strip("'").lower() for v in match.group(2).split(",") if v.strip()]
        found[_type_key(match.group(1))] = "boolean" if values and set(values) <= _YES_NO \
            else f"enum({match.group(2).strip()})"
    return found


def _type_key(declared_type: str) -> str:
    """`public.enum_boolean`, `"enum_boolean"` -> `enum_boolean`."""
    return declared_type.rsplit(".", 1)[-1].strip().strip('"').lower()


#: the mysql client's `DELIMITER //`: until `DELIMITER ;`, statements end with `//`, so that
#: stored routines (`CREATE FUNCTION … BEGIN …; … END//`) can hold semicolons
_DELIMITER = re.compile(r"^[ \t]*DELIMITER[ \t]+(\S+)[ \t]*$", re.M | re.I)
_ROUTINE = re.compile(r"^\s*CREATE\s+(OR\s+REPLACE\s+)?(DEFINER\s*=\s*\S+\s+)?(AGGREGATE\s+)?"
                      r"(FUNCTION|PROCEDURE|TRIGGER|EVENT)\b", re.I)


def split_delimiters(text: str) -> tuple[str, list[tuple[int, str]]]:
    """The text with the mysql client's `DELIMITER` regions rewritten for the server's reading:
    each statement in them ends with `;` again, and each stored routine is cut out (blanked,
    lines kept) and returned with its first line, to be searched for table DDL."""
    marks = list(_DELIMITER.finditer(text))
    if not marks:
        return text, []
    out: list[str] = []
    routines: list[tuple[int, str]] = []
    at, delimiter = 0, ";"
    for mark in [*marks, None]:
        end = mark.start() if mark is not None else len(text)
        region = text[at:end]
        if delimiter == ";":
            out.append(region)
        else:
            pieces = region.split(delimiter)
            for index, piece in enumerate(pieces):
                closed = index < len(pieces) - 1
                start = at + sum(len(p) + len(delimiter) for p in pieces[:index])
                if closed and _ROUTINE.match(piece):
                    routines.append((text.count("\n", 0, start) + 1, piece))
                    out.append(_blank(piece) + " " * len(delimiter))
                else:
                    out.append(piece + ((";" + " " * (len(delimiter) - 1)) if closed else ""))
        if mark is not None:
            out.append(_blank(mark.group(0)))
            delimiter = mark.group(1)
            at = mark.end()
    return "".join(out), routines


def _blank(text: str) -> str:
    """Spaces for every character but line breaks: what follows keeps its line numbers."""
    return re.sub(r"[^\n]", " ", text)


#: `CREATE EXTERNAL TABLE ... WITH CONNECTION x` (BigQuery) and similar clauses after the
#: column list that say where data lives, not what it is
_CONNECTION = re.compile(r"\bWITH\s+CONNECTION\s+(`[^`]*`|[\w.-]+)", re.I)
#: a PostgreSQL materialized view's closing `WITH [NO] DATA` (whether it is filled now, as
#: `pg_dump` writes it): says nothing of its columns, and sqlglot cannot parse it
_WITH_DATA = re.compile(r"\bWITH\s+(NO\s+)?DATA\s*;?\s*$", re.I)
#: a view's closing `WITH [CASCADED|LOCAL] CHECK OPTION` (standard SQL: inserts through the view
#: must satisfy its WHERE): says nothing of its columns, and sqlglot keeps the view as a command
_CHECK_OPTION = re.compile(r"\bWITH\s+((CASCADED|LOCAL)\s+)?CHECK\s+OPTION\s*;?\s*$", re.I)
#: a view's `OPTIONS(description=…, labels=[…])` written after its query (BigQuery wants it before
#: `AS`, but repositories write it last): the view's own description, nothing of its columns
_OPTIONS_OPEN = re.compile(r"\bOPTIONS\s*\(", re.I)
_DOLLAR_BODY = re.compile(r"\$(\w*)\$(.*?)\$\1\$", re.S)
_TABLE_DDL_INSIDE = re.compile(r"\b(CREATE\s+(OR\s+REPLACE\s+)?((GLOBAL|LOCAL|TEMP|TEMPORARY|UNLOGGED)\s+)*TABLE|"
                               r"ALTER\s+TABLE)\b", re.I)
_TABLE_DDL = re.compile(r"^\s*(CREATE\s+(OR\s+REPLACE\s+)?((GLOBAL|LOCAL|TEMP|TEMPORARY|TRANSIENT|EXTERNAL|"
                        r"UNLOGGED|VOLATILE|MULTISET|SET)\s+)*TABLE|ALTER\s+TABLE)\b", re.I)
#: `CREATE [OR REPLACE] [SECURE|MATERIALIZED|…] VIEW`: a view sqlglot keeps as an opaque command
#: (a clause it does not know, `OPTIONS(…)` written after the query) shows columns nobody checks
_VIEW_DDL = re.compile(r"^\s*CREATE\s+(OR\s+REPLACE\s+)?((SECURE|MATERIALIZED|RECURSIVE|TEMP|TEMPORARY)\s+)*"
                       r"VIEW\b", re.I)


#: statements that create or change no column, whatever sqlglot makes of them: a table's row
#: security, owner, triggers or storage (`ALTER TABLE t ENABLE ROW LEVEL SECURITY`, as pg_dump
#: and Supabase-style migrations write it), and routines, policies and triggers (`CREATE
#: FUNCTION ... AS $$ ... $$`: their bodies are searched for table DDL before this)
_DEFINES_NO_COLUMNS = re.compile(
    r"^\s*(ALTER\s+TABLE\s+(ONLY\s+)?(IF\s+EXISTS\s+)?[^\s]+\s+((ENABLE|DISABLE|FORCE|NO\s+FORCE)\s+(ROW\s+LEVEL\s+"
    r"SECURITY|TRIGGER|RULE|ALWAYS|REPLICA)|OWNER\s+TO|CLUSTER\s+ON|SET\s+WITHOUT\s+CLUSTER|REPLICA\s+IDENTITY|"
    r"SET\s+(SCHEMA|TABLESPACE|LOGGED|UNLOGGED|ACCESS\s+METHOD)\b|SET\s*\(|RESET\s*\(|(ATTACH|DETACH)\s+PARTITION|"
    r"(NO\s+)?INHERIT\b|VALIDATE\s+CONSTRAINT|RENAME\s+CONSTRAINT)"
    r"|CREATE\s+(OR\s+REPLACE\s+)?(CONSTRAINT\s+)?(FUNCTION|PROCEDURE|TRIGGER|EVENT\s+TRIGGER|POLICY|RULE|AGGREGATE|"
    r"OPERATOR|CAST|TRANSFORM|LANGUAGE|PUBLICATION|SUBSCRIPTION|STATISTICS)\b"
    r"|(ALTER|DROP)\s+(FUNCTION|PROCEDURE|TRIGGER|POLICY|RULE|AGGREGATE|OPERATOR|PUBLICATION)\b"
    # rows, not columns: an install script's data (T-SQL's `insert authors values (…)` leaves out
    # INTO, which sqlglot cannot read), and SQL Server's messages and user-defined types
    r"|(INSERT|UPDATE|DELETE|MERGE|RAISERROR|PRINT)\b"
    r"|EXEC(UTE)?\s+(dbo\.)?sp_(addtype|bindrule|bindefault|addmessage)\b)", re.I)


#: what a statement built in a string would do to columns (not to indexes or keys)
_DYNAMIC_COLUMNS = re.compile(r"\bCREATE\s+(\w+\s+)*TABLE\b|\b(ADD|CHANGE|MODIFY|RENAME)\s+(COLUMN\b|(?!INDEX|KEY|UNIQUE|"
                              r"PRIMARY|FOREIGN|CONSTRAINT|FULLTEXT|SPATIAL|PARTITION)[`\"\w])", re.I)


#: (the name may be qualified with its parts quoted: Atlas and pg_dump write `"iam"."identities"`)
_ALTER_HEAD = re.compile(r"^\s*ALTER\s+(ONLINE\s+|IGNORE\s+)?TABLE\s+(IF\s+EXISTS\s+)?(ONLY\s+)?"
                         r"((?:`[^`]+`|\"[^\"]+\"|[\w$]+)(?:\s*\.\s*(?:`[^`]+`|\"[^\"]+\"|[\w$]+))*)\s+", re.I)
#: clauses of an ALTER TABLE that change keys and indexes only
_KEY_CLAUSE = re.compile(r"^\s*(ADD|DROP)\s+(PRIMARY\s+KEY|FOREIGN\s+KEY|INDEX|KEY|UNIQUE|FULLTEXT|SPATIAL|"
                         r"CONSTRAINT)\b", re.I)


_FOREIGN_KEY = re.compile(r"\bFOREIGN\s+KEY\s*\(([^)]*)\)\s*REFERENCES\s+(?:ONLY\s+)?(`[^`]+`|\"[^\"]+\"|[\w$.]+)"
                          r"\s*(?:\(([^)]*)\))?", re.I)
_UNIQUE_KEY = re.compile(r"\b(?:UNIQUE(?:\s+(?:KEY|INDEX))?(?:\s+[`\"]?\w+[`\"]?)?|PRIMARY\s+KEY)\s*\(([^(),]+)\)",
                         re.I)
_CREATE_HEAD = re.compile(r"^\s*CREATE\s+(?:\w+\s+)*?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(`[^`]+`|\"[^\"]+\"|[\w$.]+)",
                          re.I)


def _bare(name: str) -> str:
    """`public.person`, `"Person"`, `` `db`.`person` `` -> person."""
    return re.sub(r"[`\"\[\]]", "", name).rsplit(".", 1)[-1].lower()


def _read_constraints(chunk: str, schema: StaticSchema) -> None:
    """The foreign and unique keys a statement declares as table constraints: pg_dump writes
    every one as its own `ALTER TABLE ONLY … ADD CONSTRAINT`, after all the tables."""
    # (Osclass writes `CREATE TABLE /*TABLE_PREFIX*/t_item`: the comment is no part of the name)
    chunk = _COMMENTS.sub(" ", chunk)
    head = _ALTER_HEAD.match(chunk) or _CREATE_HEAD.match(chunk)
    if head is None:
        return
    table = _bare(head.group(head.lastindex or 1))
    for found in _FOREIGN_KEY.finditer(chunk):
        columns = [_bare(c) for c in found.group(1).split(",")]
        pointed = [_bare(c) for c in (found.group(3) or "").split(",") if c.strip()]
        for column, to in zip(columns, pointed or [""] * len(columns)):
            schema.references.setdefault((table, column), (_bare(found.group(2)), to))
    for found in _UNIQUE_KEY.finditer(chunk):
        schema.unique.add((table, _bare(found.group(1).strip())))


def with_constraints(schema: StaticSchema) -> None:
    """Each column with the keys its table's constraints declare (`_read_constraints`)."""
    if not schema.references and not schema.unique:
        return
    # a key to a row's key, not to another column (Authelia's `subject` to `user_opaque_identifier
    # (identifier)`, an opaque id of the user, not the row): only the former says where it points
    rows = {key: target for key, (target, to) in schema.references.items()
            if not to or is_key(target, to) or (target, to) in schema.unique}
    schema.columns = [replace(c, references=c.references or rows.get(key, ""), unique=c.unique or key in schema.unique)
                      if (key := (_bare(c.table), c.name.lower())) in rows or key in schema.unique else c
                      for c in schema.columns]


def keys_only(chunk: str) -> bool:
    """`ALTER TABLE active DROP INDEX seq, ADD PRIMARY KEY (seq)` (jabberd2's update script):
    every clause adds or drops a key or an index, so no column is created (sqlglot cannot
    parse MySQL's index clauses in a list)."""
    head = _ALTER_HEAD.match(chunk)
    if head is None:
        return False
    clauses, depth, current = [], 0, ""
    for char in chunk[head.end():].rstrip().rstrip(";"):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            clauses.append(current)
            current = ""
        else:
            current += char
    clauses.append(current)
    return all(_KEY_CLAUSE.match(clause) for clause in clauses)


def _read_sql(text: str, dialect: str, path: str, line_offset: int = 0, embedded: bool = False) -> StaticSchema:
    """`embedded`: the body of a function or DO block, where only table DDL is looked for."""
    schema = StaticSchema()
    sql_dialect = sqlglot.Dialect.get_or_raise(dialect)
    text = _BATCH_SEPARATOR.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), text)
    if dialect == "oracle":
        text = _SQLPLUS_LINE.sub(lambda m: _blank(m.group(0)), text)
    try:
        tokens = sql_dialect.tokenize(text)
    except (TokenError, ValueError) as exc:
        if not embedded:
            schema.errors.append(Unread(path, 1 + line_offset, f"cannot read the SQL as {dialect}: "
                                                               f"{_reason(exc)}"))
        return schema
    generator, parser = sql_dialect.generator(), sql_dialect.parser()
    namespaces: list[tuple[int, str]] = []  # (from which column on, the current schema)
    for statement_tokens in _statements(tokens, unterminated=dialect == "tsql"):
        first, last = statement_tokens[0], statement_tokens[-1]
        chunk = text[first.start:last.end + 1]
        line = text.count("\n", 0, first.start) + 1 + line_offset
        for body in _DOLLAR_BODY.finditer(chunk):  # DDL inside DO blocks and functions
            body_line = line + chunk.count("\n", 0, body.start(2))
            schema.merge(_read_sql(body.group(2), dialect, path, body_line - 1, embedded=True))
        if embedded:  # PL/pgSQL: the DDL may follow `BEGIN`, `IF ... THEN`, a label
            found = _TABLE_DDL_INSIDE.search(chunk)
            if found is not None and chunk.count("'", 0, found.start()) % 2:
                # dynamic SQL, a string built at run time (`CONCAT('ALTER TABLE `', t, '` DROP INDEX …')`):
                # what it does to columns cannot be read; an index or a key it drops defines none
                if _DYNAMIC_COLUMNS.search(" ".join(re.findall(r"'((?:[^']|'')*)'", chunk))):
                    schema.errors.append(Unread(path, line + chunk.count("\n", 0, found.start()),
                                                "dynamic SQL (a statement built in a string at run time) may change "
                                                "columns that cannot be read"))
                continue
            if found is not None:
                inner = _read_sql(chunk[found.start():], dialect, path,
                                  line - 1 + chunk.count("\n", 0, found.start()))
                schema.merge(inner)
                schema.statements += inner.statements
            continue
        is_table_ddl = bool(_TABLE_DDL.match(chunk))
        schema.statements += 1
        current = _current_schema(chunk)
        if current is not None:
            namespaces.append((len(schema.columns), current))
            continue
        namespace = namespaces[-1][1] if namespaces else ""
        annotated = _annotations(chunk, path, line)
        if annotated:
            schema.columns += annotated
            continue
        dropped = _dropped(chunk)
        if dropped is not None:
            schema.drops += [(len(schema.columns), table, column, namespace) for table, column in dropped]
            if not dropped or not dropped[0][1]:  # DROP TABLE: nothing more in the statement
                continue
        view_tail = _view_tail(chunk)
        relative = view_tail is not None or bool(_CONNECTION.search(chunk))
        try:
            # one statement at a time, so that a broken one does not hide the rest of the file
            if relative:  # BigQuery's WITH CONNECTION clause, a view's closing clause, blanked
                if view_tail is not None:
                    start, end = view_tail
                    cleaned = chunk[:start] + re.sub(r"\S", " ", chunk[start:end]) + chunk[end:]
                else:
                    cleaned = _CONNECTION.sub(lambda m: " " * len(m.group(0)), chunk)
                parsed = _parse_quietly(parser, sql_dialect.tokenize(cleaned), cleaned)
            else:
                parsed = _parse_quietly(parser, statement_tokens, text)
        except ParseError as exc:
            parsed, failure = None, exc
        except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError) as exc:
            # sqlglot fails inside some dialects' parsers without a ParseError (MySQL's `SET @x = …`
            # read as another dialect: "Cannot convert empty name into var"): a statement it
            # cannot read all the same, never a crash of the whole check
            parsed, failure = None, ParseError(str(exc))
        _read_constraints(chunk, schema)
        if _DEFINES_NO_COLUMNS.match(chunk) or keys_only(chunk) or _TEMPORARY_TABLE.match(chunk):
            continue  # read, and known to create no column (function bodies were searched above)
        renames = _renames(chunk, path, line)
        if renames:  # the new name holds what the old one held: it is checked under it
            schema.columns += renames
            continue
        if parsed is None or (is_table_ddl and any(isinstance(e, exp.Command) for e in parsed)):
            lenient = _lenient_columns(chunk, sql_dialect, path, line)
            if lenient:
                schema.columns += lenient
                schema.columns += _lost_columns(chunk, lenient, sql_dialect, dialect, path, line, schema.errors)
            elif parsed is None:
                schema.errors.append(Unread(path, _error_line(failure, line, relative, line_offset),
                                            f"{dialect} cannot parse the statement `{_head(chunk)}`: "
                                            f"{_reason(failure)}"))
            else:
                schema.errors.append(Unread(path, line, f"{dialect} statement not understood, its columns are "
                                                        f"not checked: `{_head(chunk)}`"))
            continue
        if _VIEW_DDL.match(chunk) and any(isinstance(e, exp.Command) for e in parsed):
            schema.errors.append(Unread(path, line, f"{dialect} view not understood, its columns are not checked: "
                                                    f"`{_head(chunk)}`"))
            continue
        read: list[Column] = []
        for statement in parsed:
            # sqlglot's lines count from the text it parsed: this file, a function body, or one statement
            read += _statement_columns(statement, generator, path, line, (line - 1) if relative else line_offset)
        schema.columns += read
        if is_table_ddl:
            schema.columns += _lost_columns(chunk, read, sql_dialect, dialect, path, line, schema.errors)
    for at, (start, namespace) in enumerate(namespaces):
        end = namespaces[at + 1][0] if at + 1 < len(namespaces) else len(schema.columns)
        schema.columns[start:end] = [replace(c, namespace=namespace) for c in schema.columns[start:end]]
    return schema


#: `USE SCHEMA db.s`, `USE s` (MySQL's database, Snowflake's schema), `SET search_path TO s, public`,
#: `SET SCHEMA 's'`: the schema unqualified names of the statements that follow belong to
_USE_SCHEMA = re.compile(r"^\s*(?:USE\s+(?:SCHEMA\s+)?(?!(?:ROLE|WAREHOUSE|DATABASE|SECONDARY)\b)([`\"\w$.]+)"
                         r"|SET\s+(?:SESSION\s+|LOCAL\s+)?(?:search_path\s*(?:TO|=)|SCHEMA)\s+([^;]+?))\s*;?\s*$", re.I)
#: a name, its parts quoted or not (`b`.c, "s"."t")
_QNAME = r"(?:`[^`]+`|\"[^\"]+\"|[\w$]+)(?:\s*\.\s*(?:`[^`]+`|\"[^\"]+\"|[\w$]+))*"
#: `DROP TABLE [IF EXISTS] a, b [CASCADE]`
_DROP_TABLE = re.compile(rf"^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?((?:{_QNAME}\s*,\s*)*{_QNAME})"
                         r"\s*(?:CASCADE|RESTRICT|PURGE)?\s*;?\s*$", re.I)
#: a clause of `ALTER TABLE t …` that drops a column: `DROP [COLUMN] [IF EXISTS] c`
_DROP_COLUMN = re.compile(r"(?:^|,)\s*DROP\s+(?:(COLUMN)\s+)?(?:IF\s+EXISTS\s+)?(`[^`]+`|\"[^\"]+\"|[\w$]+)", re.I)
_QUOTED_OR_COMMENT = re.compile(r"'(?:[^']|'')*'|--[^\n]*|/\*.*?\*/", re.S)
#: what else `DROP` drops inside an ALTER TABLE: keys, constraints, defaults, policies
_DROPS_NO_COLUMN = frozenset({"constraint", "index", "key", "primary", "foreign", "default", "not", "identity",
                              "expression", "partition", "check", "unique", "fulltext", "spatial", "row", "masking",
                              "tag", "search", "clustering", "period", "system", "projection", "all", "statistics",
                              "attribute", "column", "if"})


def _current_schema(chunk: str) -> str | None:
    """The schema a `USE SCHEMA` or `SET search_path` statement makes current (lower case, the
    last part of a qualified name), or None for any other statement."""
    found = _USE_SCHEMA.match(chunk)
    if found is None:
        return None
    if found.group(1):
        return _unquote(found.group(1)).rsplit(".", 1)[-1].lower()
    names = [n.strip().strip("'\"") for n in found.group(2).split(",")]
    return next((n.lower() for n in names if n and n != "$user"), "")


def _dropped(chunk: str) -> list[tuple[str, str]] | None:
    """`DROP TABLE a, b`: [(a, ""), (b, "")]; `ALTER TABLE t DROP COLUMN c, DROP d`: [(t, c), (t, d)];
    None for a statement that drops neither."""
    table = _DROP_TABLE.match(chunk)
    if table is not None:
        return [(_unquote(re.sub(r"\s+", "", name)), "") for name in re.findall(_QNAME, table.group(1))]
    head = _ALTER_HEAD.match(chunk)
    if head is None or not re.search(r"\bDROP\b", chunk, re.I):
        return None
    clauses = _QUOTED_OR_COMMENT.sub(" ", chunk[head.end():])  # a DROP in a string or comment drops nothing
    columns = [_unquote(found.group(2)) for found in _DROP_COLUMN.finditer(clauses)
               if found.group(1) or found.group(2).lower() not in _DROPS_NO_COLUMN]
    return [(_unquote(re.sub(r"\s+", "", head.group(4))), column) for column in columns] or None


#: BigQuery's `ALTER TABLE t ALTER COLUMN c SET OPTIONS (description = '…')` clauses (all of the
#: statement's clauses must be such for it to be read this way)
_SET_OPTIONS = re.compile(r"\s*ALTER\s+COLUMN\s+(?:IF\s+EXISTS\s+)?(`[^`]+`|\"[^\"]+\"|[\w$]+)\s+SET\s+OPTIONS\s*"
                          r"\(((?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^()'\"])*)\)\s*(?:,|;?\s*$)", re.I)
_DESCRIPTION = re.compile(r"\bdescription\s*=\s*(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\")", re.I)


def _annotations(chunk: str, path: str, line: int) -> list[Column]:
    """The columns an `ALTER TABLE t ALTER COLUMN c SET OPTIONS (description = …), …` describes
    (sqlglot reads it as a command): each names a column of `t` and says what it holds. (A
    view's, `ALTER VIEW`, is not read: a view's columns are judged by their names and lineage.)"""
    head = re.match(r"^\s*ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?"
                    rf"({_QNAME})\s+", chunk, re.I)
    if head is None or not re.search(r"\bSET\s+OPTIONS\b", chunk, re.I):
        return []
    rest, at, found = chunk[head.end():], 0, []
    while at < len(rest) and rest[at:].strip():
        clause = _SET_OPTIONS.match(rest, at)
        if clause is None:
            return []  # another clause: read the usual way
        described = _DESCRIPTION.search(clause.group(2))
        comment = next((g for g in described.groups() if g is not None), None) if described else None
        found.append(Column(table=_unquote(re.sub(r"\s+", "", head.group(1))), name=_unquote(clause.group(1)),
                            comment=comment, location=Location(path, line + chunk.count("\n", 0, head.end() + clause.start(1))),
                            annotation=True))
        at = clause.end()
    return found


def apply_annotations(schema: StaticSchema) -> None:
    """An annotated column takes the description its `SET OPTIONS` gives when a statement defines
    it too (and keeps its own comment if it has one); otherwise the annotation is its definition."""
    if not any(c.annotation for c in schema.columns):
        return
    defined: dict[tuple[str, str], int] = {}
    columns: list[Column] = []
    for column in schema.columns:
        key = (_unquote(column.table).lower(), column.name.lower())
        if column.annotation and key in defined:
            at = defined[key]
            if columns[at].comment is None and column.comment:
                columns[at] = replace(columns[at], comment=column.comment)
            continue
        if column.copies is None:
            defined.setdefault(key, len(columns))
        columns.append(replace(column, annotation=False) if column.annotation else column)
    schema.columns = columns


def _table_key(table: str, namespace: str) -> tuple[str, str]:
    parts = _unquote(table).lower().split(".")
    return parts[-1], parts[-2] if len(parts) > 1 else namespace


def apply_drops(schema: StaticSchema) -> None:
    """Columns of the tables and the columns that a later statement drops are gone: the check
    reads the schema the migrations leave. A table named with its schema (or under a `USE
    SCHEMA`) is only another schema's same-named table's when one of the two has no schema."""
    if not schema.drops and not any(c.renamed for c in schema.columns):
        return
    kept: list[Column] = []
    drops = sorted(schema.drops, key=lambda drop: drop[0])
    at = 0

    def of_table(column: Column, table: str, namespace: str) -> bool:
        name, space = _table_key(table, namespace)
        key = _table_key(column.table, column.namespace)
        return key[0] == name and (not key[1] or not space or key[1] == space)

    for index in range(len(schema.columns) + 1):
        while at < len(drops) and drops[at][0] <= index:
            _, table, column, namespace = drops[at]
            kept = [c for c in kept if not (of_table(c, table, namespace)
                                            and (not column or c.name.lower() == column.lower()))]
            at += 1
        if index < len(schema.columns):
            current = schema.columns[index]
            moved = [c for c in kept if of_table(c, current.copies[0], current.namespace)] \
                if current.renamed and current.copies else []
            if moved:  # `ALTER TABLE a RENAME TO b`: a's columns are b's now, and there is no a
                kept = [c for c in kept if not of_table(c, current.copies[0], current.namespace)]
                kept += [replace(c, table=current.table, namespace=current.namespace) for c in moved]
            else:  # a table these files do not define: a star for `expand_stars` (no error)
                kept.append(current)
    schema.columns = kept
    schema.drops = []


_NAME = r"(?:`[^`]+`|\"[^\"]+\"|\[[^\]]+\]|[\w$.]+)"
_TABLE_RENAME = re.compile(rf"^\s*ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?({_NAME})\s+RENAME\s+TO\s+({_NAME})\s*$",
                           re.I)
_COLUMN_RENAME = re.compile(rf"^\s*ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?({_NAME})\s+RENAME\s+(?:COLUMN\s+)?"
                            rf"(?!TO\b)({_NAME})\s+TO\s+({_NAME})\s*$", re.I)
_MYSQL_RENAME = re.compile(rf"^\s*RENAME\s+TABLE\s+((?:{_NAME}\s+TO\s+{_NAME}\s*,?\s*)+)$", re.I)
_RENAME_PAIR = re.compile(rf"({_NAME})\s+TO\s+({_NAME})", re.I)


def _unquote(name: str) -> str:
    return ".".join(part.strip('`"[]') for part in name.split("."))


def _renames(chunk: str, path: str, line: int) -> list[Column]:
    """`ALTER TABLE a RENAME TO b`, `RENAME TABLE a TO b`: b has a's columns; `ALTER TABLE t
    RENAME [COLUMN] x TO email`: t has a column `email` (sqlglot drops it, or reads the second
    form as a table rename)."""
    where = Location(path, line)
    column = _COLUMN_RENAME.match(chunk)
    if column is not None:
        table_name = _unquote(column.group(1))
        return [Column(table=table_name, name=_unquote(column.group(3)), location=where,
                       sources=((table_name, _unquote(column.group(2))),))]
    table = _TABLE_RENAME.match(chunk)
    pairs = [(table.group(1), table.group(2))] if table is not None else []
    mysql = _MYSQL_RENAME.match(chunk)
    if mysql is not None:
        pairs = _RENAME_PAIR.findall(mysql.group(1))
    return [Column(table=_unquote(new), name="*", location=where, copies=(_unquote(old).rsplit(".", 1)[-1], ()),
                   renamed=True) for old, new in pairs]


def _error_line(exc: ParseError, line: int, relative: bool, offset: int) -> int:
    detail = exc.errors[0] if exc.errors else {}
    found = detail.get("line")
    if not found:
        return line
    return line + found - 1 if relative else found + offset


#: T-SQL's batch separator: a line holding only `GO` (or `GO 5`), read by sqlcmd and SSMS and never
#: sent to the server; it ends a statement as a semicolon does (same length, lines kept), also
#: before a carriage return (SQL Server Management Studio saves scripts with CRLF line ends)
_BATCH_SEPARATOR = re.compile(r"^[ \t]*GO(?:[ \t]+\d+)?[ \t]*;?[ \t\r]*$", re.I | re.M)
#: what a T-SQL statement that opens without a semicolon before it starts with: `CREATE`,
#: `ALTER` or `DROP` of one of these objects (`ALTER TABLE t DROP CONSTRAINT …` stays whole)
_TSQL_OBJECTS = frozenset({"TABLE", "VIEW", "INDEX", "UNIQUE", "CLUSTERED", "NONCLUSTERED", "PROCEDURE", "PROC",
                           "FUNCTION", "TRIGGER", "SCHEMA", "DATABASE", "TYPE", "SEQUENCE", "SYNONYM", "OR"})
_NOT_A_BLOCK = frozenset({"TRAN", "TRANSACTION", "DISTRIBUTED", "DIALOG", "CONVERSATION"})


def _statements(tokens: list[Token], unterminated: bool = False) -> Iterator[list[Token]]:
    """The tokens of each statement, split on semicolons (tokens keep their file lines).
    `unterminated` (T-SQL, where the semicolon is optional): a statement also ends where the
    next `CREATE`/`ALTER`/`DROP` of an object or `USE` opens outside brackets and `BEGIN … END`
    or `CASE … END` blocks, so that one unreadable run of statements never hides the tables
    after its first."""
    current: list[Token] = []
    depth = 0
    for index, token in enumerate(tokens):
        if token.token_type == TokenType.SEMICOLON:
            if current:
                yield current
            current, depth = [], 0
            continue
        if unterminated:
            word = token.text.upper()
            following = tokens[index + 1].text.upper() if index + 1 < len(tokens) else ""
            if token.token_type in (TokenType.L_PAREN,) or word == "CASE" or (
                    word == "BEGIN" and following not in _NOT_A_BLOCK):
                depth += 1
            elif token.token_type == TokenType.R_PAREN or word == "END":
                depth = max(depth - 1, 0)
            elif current and depth == 0 and (word == "USE" or (
                    word in ("CREATE", "ALTER", "DROP") and following in _TSQL_OBJECTS)):
                yield current
                current = []
        current.append(token)
    if current:
        yield current


def _parse_quietly(parser: Parser, tokens: list[Token], text: str) -> list[exp.Expression]:
    # sqlglot logs a warning for each statement it keeps as an opaque Command; we report
    # the ones that matter (a table we could not read) ourselves
    logger = logging.getLogger("sqlglot")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        return [e for e in parser.parse(tokens, text) if e is not None]
    finally:
        logger.setLevel(level)


def _statement_columns(statement: exp.Expression, generator: Generator, path: str, line: int,
                       offset: int = 0) -> Iterator[Column]:
    query = view_query(statement)
    if query is not None:  # its columns are resolved once every table is known (`resolve_views`)
        view = statement.this.this if isinstance(statement.this, exp.Schema) else statement.this
        name = ".".join(part for part in (view.catalog, view.db, view.name) if part) \
            if isinstance(view, exp.Table) else ""
        if name:
            yield Column(table=name, name="*", location=Location(path, line), view=True,
                         query=(query, type(generator.dialect).__name__.lower(), offset))
        return
    if not (isinstance(statement, exp.Alter) or (isinstance(statement, exp.Create)
                                                  and str(statement.args.get("kind", "")).upper() == "TABLE")):
        return
    table = statement.find(exp.Table)
    if table is None:
        return
    name = ".".join(part for part in (table.catalog, table.db, table.name) if part)
    pointed = {identifier.name.lower(): target.name for key in statement.find_all(exp.ForeignKey)
               if (target := (key.args.get("reference") or exp.Reference()).find(exp.Table)) is not None
               for identifier in key.expressions}
    for column in statement.find_all(exp.ColumnDef, bfs=False):  # (in the order written: a STRUCT's fields in it)
        if any(isinstance(inner, exp.ColumnDef) for inner in column.find_all(exp.ColumnDef) if inner is not column):
            continue  # a STRUCT is no column of its own: its fields are (as a BigQuery schema's RECORD)
        kind = column.args.get("kind")
        comment = next((c.args["kind"].this.name for c in column.args.get("constraints") or []
                        if isinstance(c.args.get("kind"), exp.CommentColumnConstraint)), None)
        if comment is None:  # BigQuery: `email STRING OPTIONS (description = '...')`
            comment = next((p.args["value"].name for p in column.find_all(exp.Property)
                            if str(p.name).lower() == "description" and p.args.get("value") is not None), None)
        if comment is None and column.comments:
            # `gus_issued_for VARCHAR(256), -- IP address or hostname`: the SQL comment on the
            # column's own line is how install scripts document a column
            comment = " ".join(c.strip() for c in column.comments if c.strip()) or None
        column_line = column.this.meta["line"] + offset if column.this.meta.get("line") else line
        target = next((t for c in column.args.get("constraints") or [] if isinstance(c.args.get("kind"), exp.Reference)
                       if (t := c.args["kind"].find(exp.Table)) is not None
                       and not _to_a_value(c.args["kind"], t.name)), None)
        # `uid TEXT NOT NULL UNIQUE`: the column alone is a key, as a table's `UNIQUE (uid)` says
        unique = any(isinstance(c.args.get("kind"), (exp.UniqueColumnConstraint, exp.PrimaryKeyColumnConstraint))
                     for c in column.args.get("constraints") or [])
        default = next((c.args["kind"].this for c in column.args.get("constraints") or []
                        if isinstance(c.args.get("kind"), exp.DefaultColumnConstraint)), None)
        if isinstance(default, exp.Cast):  # pg_dump: `DEFAULT 'pending'::character varying`
            default = default.this
        yield Column(table=name, name=_field_path(column), declared_type=generator.generate(kind) if kind else "",
                     comment=comment, location=Location(path, column_line), unique=unique,
                     references=target.name if target is not None else pointed.get(column.name.lower(), ""),
                     default=default.name if isinstance(default, exp.Literal) and default.is_string else "")
    for like in statement.this.find_all(exp.LikeProperty) if isinstance(statement.this, exp.Schema) else ():
        source = like.this.name if isinstance(like.this, exp.Table) else ""
        if source:  # `CREATE TABLE _audit_log_template (LIKE _audit_log)`: the columns of `_audit_log`
            yield Column(table=name, name="*", location=Location(path, line), copies=(source, ()))
    query = statement.expression if isinstance(statement, exp.Create) else None
    listed = [e for e in statement.this.expressions if isinstance(e, exp.Identifier)] \
        if isinstance(query, exp.Query) and isinstance(statement.this, exp.Schema) else []
    if listed:  # `CREATE DYNAMIC TABLE retention (user_id, churned) … AS SELECT *, …`: the list names them
        selects = query.selects
        aligned = len(selects) == len(listed) and not any(
            isinstance(s, exp.Star) or s.find(exp.Star) is not None for s in selects)
        sources = [t.name for t in query.find_all(exp.Table)]
        aliases = {t.alias_or_name.lower(): t.name for t in query.find_all(exp.Table)}
        for position, identifier in enumerate(listed):
            lineage = tuple((aliases.get(c.table.lower(), c.table) if c.table else
                             (sources[0] if len(set(sources)) == 1 else ""), c.name)
                            for c in selects[position].find_all(exp.Column, bfs=False)) if aligned else ()
            yield Column(table=name, name=identifier.name, location=Location(
                path, identifier.meta["line"] + offset if identifier.meta.get("line") else line), sources=lineage)
        return
    if isinstance(query, exp.Query):  # CREATE TABLE ... AS SELECT: the names it selects
        sources = [t.name for t in query.find_all(exp.Table)]
        aliases = {t.alias_or_name.lower(): t.name for t in query.find_all(exp.Table)}
        for select in query.selects:
            star = select if isinstance(select, exp.Star) else select.find(exp.Star)
            if star is not None:  # `SELECT * EXCLUDE (year)`: the columns of the source table
                excluded = tuple(e.name.lower() for e in star.args.get("except_") or star.args.get("except") or [])
                qualifier = select.table.lower() if isinstance(select, exp.Column) else ""
                source = aliases.get(qualifier, "") if qualifier else (sources[0] if len(sources) == 1 else "")
                yield Column(table=name, name="*", location=Location(path, line), copies=(source, excluded))
                continue
            if not select.alias_or_name:
                continue
            cast = select.this if isinstance(select, exp.Alias) else select
            declared = generator.generate(cast.to) if isinstance(cast, exp.Cast) else ""
            meta = select.args.get("alias").meta if isinstance(select, exp.Alias) and select.args.get("alias") \
                else select.meta
            lineage = tuple((aliases.get(c.table.lower(), c.table) if c.table else
                             (sources[0] if len(set(sources)) == 1 else ""), c.name)
                            for c in select.find_all(exp.Column, bfs=False))
            yield Column(table=name, name=select.alias_or_name, declared_type=declared,
                         location=Location(path, (meta or {})["line"] + offset if (meta or {}).get("line") else line),
                         sources=lineage)


def _field_path(column: exp.ColumnDef) -> str:
    """A STRUCT's field named by its path from the column (`request_query.value` of
    `request_query ARRAY<STRUCT<key STRING, value STRING>>`), as BigQuery and dbt's catalog name
    nested fields: a bare `value` would say nothing of what it is the value of."""
    names = [column.name]
    outer = column.find_ancestor(exp.ColumnDef)
    while outer is not None:
        names.append(outer.name)
        outer = outer.find_ancestor(exp.ColumnDef)
    return ".".join(reversed(names))


def _to_a_value(reference: exp.Reference, table: str) -> bool:
    """`email varchar REFERENCES users (email)`: a foreign key to a column that is not its
    table's key holds that column's value (an e-mail address), not a pointer to the row."""
    listed = reference.this.expressions if isinstance(reference.this, exp.Schema) else []
    return len(listed) == 1 and not is_key(table, listed[0].name.lower())


#: words that open a table constraint rather than a column in a column list
_CONSTRAINT_WORDS = {"PRIMARY", "UNIQUE", "KEY", "CONSTRAINT", "INDEX", "FOREIGN", "CHECK", "FULLTEXT", "EXCLUDE",
                     "LIKE", "PERIOD", "SPATIAL", "CLUSTERED", "NONCLUSTERED", "PROJECTION"}
_TYPE_STOP = {"NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "COMMENT", "ENCODE", "DISTKEY",
              "SORTKEY", "COLLATE", "CONSTRAINT", "GENERATED", "IDENTITY", "AUTO_INCREMENT", "AUTOINCREMENT",
              "OPTIONS", "MASKING", "WITH", "ON"}


_IDENTIFIER = re.compile(r"^[A-Za-z_][\w$]*$")


def _lenient_columns(chunk: str, dialect: sqlglot.Dialect, path: str, line: int) -> list[Column]:
    """The column list of a CREATE TABLE whose options sqlglot does not know (Redshift's column
    DISTKEY, a vendor's table options): each top-level item of the first parenthesis that does
    not open a constraint is a column, its first word the name and the next words its type."""
    match = re.match(r"\s*CREATE\b[^(]*?\bTABLE\s+(IF\s+NOT\s+EXISTS\s+)?([^\s(]+)\s*\(", chunk, re.I | re.S)
    if match is None:
        return []
    table = ".".join(part.strip('`"[]') for part in match.group(2).split("."))
    try:
        tokens = dialect.tokenize(chunk[match.end():])
    except (TokenError, ValueError):
        return []
    base = line + chunk.count("\n", 0, match.end())
    items: list[list[Token]] = [[]]
    depth = 0
    previous: Token | None = None
    for token in tokens:
        step = _nesting(token, previous, depth)
        if step > 0:
            depth += 1
        elif step < 0:
            if depth == 0:
                break
            depth -= 1
        elif token.token_type == TokenType.COMMA and depth == 0:
            items.append([])
            previous = token
            continue
        items[-1].append(token)
        previous = token
    columns: list[Column] = []
    if items and not items[-1] and len(items) > 1 and type(dialect).__name__ == "TSQL":
        items.pop()  # SQL Server accepts a comma after the last item (`PRIMARY KEY (id),` then `)`)
    for item in items:
        if not item:
            return []  # `a text,,` is broken, not lenient
        if item[0].text.upper().split()[0] in _CONSTRAINT_WORDS:
            continue
        name = item[0].text.strip('`"[]')
        words = []
        for token in item[1:]:
            if token.text.upper() in _TYPE_STOP or (token.line > item[0].line and words and _brackets_closed(words)):
                break  # the type ends with its line: a next line's words are another column's (no comma)
            words.append(token.text)
        # a type may be one token of two words (`character varying` of pg_dump and Redshift dumps)
        if not _IDENTIFIER.match(name) or not words or not _IDENTIFIER.match(words[0].replace(" ", "_")):
            return []  # not a column list this reading understands: the statement stays unread
        columns.append(Column(table=table, name=name, declared_type=" ".join(words).upper()
                              .replace(" (", "(").replace("( ", "(").replace(" )", ")").replace(" ,", ","),
                              location=Location(path, base + item[0].line - 1)))
    return columns


#: the opening of a `CREATE TABLE name (` column list
#: a migration's scratch table (`CREATE TEMP TABLE project_owners AS SELECT …`): gone when its
#: session ends, it stores nothing
_TEMPORARY_TABLE = re.compile(r"\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP|TEMPORARY)\s+TABLE\b",
                              re.I)
_COLUMN_LIST = re.compile(r"\s*CREATE\b[^(]*?\bTABLE\s+(IF\s+NOT\s+EXISTS\s+)?([^\s(]+)\s*\(", re.I | re.S)
#: words that continue a column's definition on the next line (`CHARACTER SET utf8mb4`,
#: `UNSIGNED NOT NULL`, `MASKING POLICY p`): never a column of their own
_NOT_A_NAME = _CONSTRAINT_WORDS | _TYPE_STOP | {"AS", "FOR", "ALWAYS", "MATERIALIZED", "STORED", "VIRTUAL", "CHARACTER",
                                                "CHARSET", "UNSIGNED", "SIGNED", "ZEROFILL", "BINARY", "ASCII",
                                                "UNICODE", "VARYING", "PRECISION", "ZONE", "WITHOUT", "ARRAY", "TAG",
                                                "POLICY", "DEFERRABLE", "INITIALLY", "USING", "MATCH", "INVISIBLE",
                                                "VISIBLE", "COLUMN_FORMAT", "STORAGE", "SRID", "INLINE", "HIDDEN",
                                                "COMPRESSION", "ENGINE_ATTRIBUTE", "START", "INCREMENT"}


def declared_names(chunk: str, dialect: sqlglot.Dialect) -> list[tuple[str, int, str]]:
    """What the text of a `CREATE TABLE` says its columns are, without the parser: each item of
    the column list that opens a line (or follows a comma) with a name and then a type, as
    (name, line within the statement, type word). A column whose comma is missing still opens
    its own line here, where a parser folds it into the column before or drops it."""
    match = _COLUMN_LIST.match(chunk)
    if match is None:
        return []
    try:
        tokens = dialect.tokenize(chunk[match.end():])
    except (TokenError, ValueError):
        return []
    type_tokens = dialect.parser_class.TYPE_TOKENS
    base = chunk.count("\n", 0, match.end())
    found: list[tuple[str, int, str]] = []
    depth = 0
    for index, token in enumerate(tokens):
        step = _nesting(token, tokens[index - 1] if index else None, depth)
        if step > 0:
            depth += 1
            continue
        if step < 0:
            if depth == 0:
                break
            depth -= 1
            continue
        if depth or index + 1 >= len(tokens):
            continue
        before = tokens[index - 1] if index else None
        following = tokens[index + 1]
        # `a STRING b STRING, c ...` on one line: a name right after a type, and a type that ends the item
        ends = tokens[index + 2].token_type in (TokenType.COMMA, TokenType.R_PAREN) if index + 2 < len(tokens) else True
        run_on = before is not None and before.token_type in type_tokens and following.token_type in type_tokens \
            and token.token_type in (TokenType.VAR, TokenType.IDENTIFIER) and ends \
            and following.token_type != TokenType.NULL and (index < 2 or tokens[index - 2].text.upper() != "CHARACTER")
        opens = before is None or before.token_type == TokenType.COMMA or before.line < token.line or run_on
        if not opens or following.line != token.line or token.text.upper() in _NOT_A_NAME \
                or not _IDENTIFIER.match(token.text) or token.token_type == TokenType.STRING:
            continue
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        # a type of the schema's own (`public.year`, `citext`): where an item surely opens, or on
        # a line of its own that ends the item (`e mytype,` after a line with no comma)
        item_start = before is None or before.token_type in (TokenType.COMMA, TokenType.L_PAREN)
        closes = after is not None and after.token_type in (TokenType.COMMA, TokenType.R_PAREN)
        custom_type = (item_start or closes) and following.token_type in (TokenType.VAR, TokenType.IDENTIFIER) and (
            after is None or after.line != following.line or after.text.upper() in _TYPE_STOP
            or after.token_type in (TokenType.COMMA, TokenType.DOT, TokenType.R_PAREN))
        if following.token_type in type_tokens or custom_type:
            found.append((token.text, base + token.line, following.text.upper()))
    return found


def _lost_columns(chunk: str, read: Sequence[Column], dialect: sqlglot.Dialect, name: str, path: str, line: int,
                  errors: list[Unread]) -> list[Column]:
    """The columns a `CREATE TABLE`'s text declares that the reading of it lost (sqlglot, or the
    lenient reader, folds `name text` + `email text` without a comma between them into one
    column): each is an error of its own (the check fails closed), and is still classified by
    its name and the type word that follows it."""
    # (a STRUCT's fields are read by their path: `request_query.key` is the column `request_query`)
    seen = {name for column in read for name in (column.name.lower(), column.name.split(".", 1)[0].lower())}
    lost = [(column, at, kind) for column, at, kind in declared_names(chunk, dialect) if column.lower() not in seen]
    if not lost:
        return []
    match = _COLUMN_LIST.match(chunk)
    table = read[0].table if read else ".".join(p.strip('`"[]') for p in match.group(2).split("."))
    listed = ", ".join(f"`{column}` (line {line + at - 1})" for column, at, _ in lost)
    errors.append(Unread(path, line + lost[0][1] - 1,
                         f"{name} read {len(read)} columns of `{table}` where its text declares "
                         f"{len(read) + len(lost)}: {listed} lost (a missing comma?); fix the statement"))
    return [Column(table=table, name=column, declared_type=kind, location=Location(path, line + at - 1))
            for column, at, kind in lost]


def _brackets_closed(words: list[str]) -> bool:
    """Do these type words close every bracket they open (`STRUCT<` … `>`, `NUMERIC(10,` … `)`)?"""
    text = "".join(words)
    return text.count("(") == text.count(")") and text.count("<") == text.count(">")


def _nesting(token: Token, previous: Token | None, depth: int) -> int:
    """+1 where a column list nests (a parenthesis; `STRUCT<`, `ARRAY<`), -1 where it closes,
    0 elsewhere: `STRUCT<a STRING, b STRING>` is one column, not two."""
    if token.token_type == TokenType.L_PAREN or (token.token_type == TokenType.LT and previous is not None
                                                 and previous.text.upper() in _NESTED_TYPES):
        return 1
    if token.token_type == TokenType.R_PAREN or (token.token_type == TokenType.GT and depth > 0):
        return -1
    return 0


_NESTED_TYPES = frozenset({"STRUCT", "ARRAY", "MAP", "RANGE"})


def _view_tail(chunk: str) -> tuple[int, int] | None:
    """Where a view's closing clause that says nothing of its columns is (`WITH [NO] DATA`,
    `WITH CHECK OPTION`, `OPTIONS(…)` after the query), for blanking; None when there is none."""
    if not _VIEW_DDL.match(chunk):
        return None
    for closing in (_WITH_DATA, _CHECK_OPTION):
        found = closing.search(chunk)
        if found is not None:
            return found.span()
    opened = list(_OPTIONS_OPEN.finditer(chunk))
    if not opened or not re.search(r"\bAS\b", chunk[:opened[-1].start()], re.I):
        return None
    depth, quote = 0, ""
    for at in range(opened[-1].end() - 1, len(chunk)):
        char = chunk[at]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
            if depth == 0:
                rest = chunk[at + 1:]
                return (opened[-1].start(), len(chunk)) if re.fullmatch(r"\s*;?\s*", rest) else None
    return None


def _head(chunk: str) -> str:
    """The first words of a statement, to name it in one line."""
    words = " ".join(chunk.split())
    return words if len(words) <= 60 else words[:57] + "..."


def _reason(exc: BaseException) -> str:
    """sqlglot's message without its echo of the statement and terminal colours."""
    if isinstance(exc, ParseError) and exc.errors:
        detail = exc.errors[0]
        text = str(detail.get("description") or "")
        near = str(detail.get("highlight") or "").strip()
        return f"{text}" + (f" near `{near[:30]}`" if near else "")
    first = str(exc).split("\n")[0]
    return re.sub(r"\x1b\[[0-9;]*m", "", first)[:160]


def _first_line(exc: BaseException) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", " ".join(str(exc).split()))[:200]


# -- dbt -----------------------------------------------------------------------------------
def columns_from_dbt(text: str, path: str = "<schema.yml>", dialect: str | None = None) -> StaticSchema:
    """The columns of the models and sources of a dbt `schema.yml` (or of a BigQuery table
    schema, or of a Liquibase changelog written in YAML, whose SQL is read in `dialect`)."""
    schema = StaticSchema()
    try:
        root = compose_bounded(text, path)
        data = (yaml.SafeLoader("").construct_document(root) if root is not None else None) or {}
    except ConfigError as exc:
        schema.errors.append(Unread(path, 1, str(exc).removeprefix(f"{path}: ")))
        return schema
    except yaml.YAMLError as exc:
        schema.errors.append(Unread(path, 1, f"not valid YAML: {_first_line(exc)}"))
        return schema
    if isinstance(data, dict) and isinstance(data.get(liquibase.ROOT), list):
        return columns_from_liquibase(liquibase.changes_from_data(data), path, dialect)
    fields = table_schema_fields(data)
    if fields is not None:
        schema.columns.extend(_table_schema_columns(fields, table_schema_name(path), root,
                                                    [] if isinstance(data, list) else ["fields"], path))
        schema.statements = len(schema.columns)
        return schema
    if not isinstance(data, dict):
        return schema
    for m_index, model in enumerate(_entries(data, "models", root, [], path, schema.errors)):
        if model is not None:
            schema.columns.extend(_dbt_columns(model, str(model.get("name", "")), root, ["models", m_index], path,
                                               schema.errors))
    for s_index, source in enumerate(_entries(data, "sources", root, [], path, schema.errors)):
        if source is None:
            continue
        for t_index, table in enumerate(_entries(source, "tables", root, ["sources", s_index], path, schema.errors)):
            if table is not None:
                name = f"{source.get('name', '')}.{table.get('name', '')}".strip(".")
                schema.columns.extend(_dbt_columns(table, name, root, ["sources", s_index, "tables", t_index], path,
                                                   schema.errors))
    schema.statements = len(schema.columns)
    return schema


# -- Liquibase changelogs ------------------------------------------------------------------
def columns_from_liquibase(changes: Sequence[liquibase.Change], path: str, dialect: str | None) -> StaticSchema:
    """The columns a Liquibase changelog's changes leave, as its SQL would: created and added
    columns with their types, remarks and foreign keys; renames followed; drops applied once every
    file is read; the SQL of `sql` and `createView` changes read as SQL (`dialect` None: detected)."""
    schema = StaticSchema()
    for change in changes:
        attributes = change.attributes
        table = liquibase.qualified(attributes)
        where = Location(path, change.line)
        if change.kind in ("createTable", "addColumn"):
            for column in change.columns:
                at = Location(path, column.line if column.line > 1 else change.line)
                schema.columns.append(Column(table=table, name=column.name, declared_type=column.type.upper(),
                                             comment=column.remarks, location=at))
                key = (_bare(table), column.name.lower())
                if column.references is not None:
                    schema.references.setdefault(key, (_bare(column.references[0]), _bare(column.references[1])))
                if column.unique:
                    schema.unique.add(key)
        elif change.kind == "setColumnRemarks" and attributes.get("remarks"):
            schema.columns.append(Column(table=table, name=attributes.get("columnName", ""), location=where,
                                         comment=attributes["remarks"], annotation=True))
        elif change.kind == "renameColumn":
            old, new = attributes.get("oldColumnName", ""), attributes.get("newColumnName", "")
            schema.drops.append((len(schema.columns), table, old, ""))
            schema.columns.append(Column(table=table, name=new, location=where, sources=((table, old),),
                                         declared_type=attributes.get("columnDataType", "").upper()))
        elif change.kind == "renameTable":
            new = liquibase.qualified(attributes, "newTableName")
            old = _bare(attributes.get("oldTableName", ""))
            schema.columns.append(Column(table=new, name="*", location=where, copies=(old, ()), renamed=True))
        elif change.kind == "dropTable":
            schema.drops.append((len(schema.columns), table, "", ""))
        elif change.kind == "dropColumn":
            for name in [attributes.get("columnName", "")] + [c.name for c in change.columns]:
                if name:
                    schema.drops.append((len(schema.columns), table, name, ""))
        elif change.kind == "addForeignKeyConstraint":
            base = _bare(liquibase.qualified(attributes, "baseTableName"))
            target = _bare(attributes.get("referencedTableName", ""))
            pointed = liquibase.names(attributes.get("referencedColumnNames")) or [""]
            for column, to in zip(liquibase.names(attributes.get("baseColumnNames")), pointed * 64):
                schema.references.setdefault((base, column.lower()), (target, _bare(to) if to else ""))
        elif change.kind in ("addUniqueConstraint", "addPrimaryKey"):
            key_columns = liquibase.names(attributes.get("columnNames"))
            if len(key_columns) == 1:
                schema.unique.add((_bare(table), key_columns[0].lower()))
        elif change.kind in ("sql", "createView") and change.text:
            text = change.text if change.kind == "sql" else \
                f"CREATE VIEW {liquibase.qualified(attributes, 'viewName')} AS {change.text}"
            part = columns_from_sql(text, dialect, path)
            shift = change.line - 1
            part.columns = [replace(c, location=Location(path, c.location.line + shift)) if c.location else c
                            for c in part.columns]
            part.errors = [replace(e, line=e.line + shift) for e in part.errors]
            schema.merge(part)
            schema.references.update(part.references)
            schema.unique |= part.unique
    schema.statements = len(changes)
    with_constraints(schema)
    return schema


def columns_from_models(models: static_orm.ModelSchema, path: str) -> StaticSchema:
    """The columns an ORM's schema file defines (`static_orm`), as DDL's would be: a foreign key
    both on its column and in the schema's keys, an unreadable model or line a DM012 finding."""
    schema = StaticSchema(statements=models.tables)
    for c in models.columns:
        schema.columns.append(Column(table=c.table, name=c.name, declared_type=c.declared_type, comment=c.comment,
                                     location=Location(path, c.line), references=c.references, unique=c.unique,
                                     default=c.default))
        if c.references:
            schema.references[(_bare(c.table).lower(), c.name.lower())] = (_bare(c.references).lower(), "id")
        if c.unique:
            schema.unique.add((_bare(c.table).lower(), c.name.lower()))
    schema.errors += [Unread(path, line, reason) for line, reason in models.errors]
    return schema


def liquibase_file(file: Path) -> bool:
    """Whether an XML file is a Liquibase changelog (read by its first bytes)."""
    with file.open("rb") as handle:
        return liquibase.is_changelog(handle.read(1 << 14))


# -- BigQuery table schemas ----------------------------------------------------------------
def table_schema_fields(data: object) -> list | None:
    """The `fields` of a BigQuery table schema (what `bq show --schema` prints, a list of fields,
    or the `schema.yaml` of a warehouse repository such as Mozilla's bigquery-etl, `fields:`
    under a mapping that defines no dbt models or sources); None for any other document."""
    fields = data if isinstance(data, list) else data.get("fields") if isinstance(data, dict) and not (
        data.keys() & {"models", "sources", "version"}) else None
    if not isinstance(fields, list) or not fields:
        return None
    if all(isinstance(f, dict) and f.get("name") and f.get("type") for f in fields):
        return fields
    return None


def table_schema_name(path: str) -> str:
    """A table schema file names its table (`users.json`), or its folder does
    (`<dataset>/<table>/schema.yaml`, one folder per table)."""
    file = Path(path)
    return file.parent.name if file.stem.lower() in {"schema", "table_schema"} and file.parent.name else file.stem


def _table_schema_columns(fields: list, table: str, root: yaml.Node, at: list, path: str,
                          prefix: str = "") -> Iterator[Column]:
    """Each leaf field is a column named by its path (`customer.address.country`, as dbt's
    BigQuery catalog names nested fields); a RECORD is not a column of its own. A REPEATED
    field is an array of its type."""
    for index, entry in enumerate(fields):
        if not isinstance(entry, dict) or not entry.get("name"):
            continue
        name, kind = f"{prefix}{entry['name']}", str(entry.get("type") or "").upper()
        nested = entry.get("fields")
        if isinstance(nested, list) and nested:
            yield from _table_schema_columns(nested, table, root, [*at, index, "fields"], path, f"{name}.")
            continue
        if str(entry.get("mode") or "").upper() == "REPEATED":
            kind = f"ARRAY<{kind}>"
        yield Column(table=table, name=name, declared_type=kind, comment=entry.get("description") or None,
                     location=Location(path, line_of(root, [*at, index])))


def columns_from_terraform(text: str, path: str = "<main.tf>") -> StaticSchema:
    """The columns of the BigQuery tables a Terraform file declares (`google_bigquery_table`
    resources), read from each table's schema as any BigQuery table schema is; a schema that
    cannot be read is not understood (DM012), never skipped without a word."""
    schema = StaticSchema()
    for table in static_terraform.bigquery_tables(text, Path(path)):
        if table.schema is None:
            schema.errors.append(Unread(path, table.line, f"BigQuery table `{table.table}`: {table.problem}"))
            continue
        try:
            root = compose_bounded(table.schema, path)
            data = yaml.SafeLoader("").construct_document(root) if root is not None else None
        except (ConfigError, yaml.YAMLError) as exc:
            schema.errors.append(Unread(path, table.line, f"BigQuery table `{table.table}`: its schema is not "
                                                          f"valid JSON: {_first_line(exc)}"))
            continue
        fields = table_schema_fields(data)
        if fields is None:
            schema.errors.append(Unread(path, table.line, f"BigQuery table `{table.table}`: its schema is no "
                                                          "list of fields"))
            continue
        for column in _table_schema_columns(fields, table.table, root, [] if isinstance(data, list) else ["fields"],
                                            path):
            line = table.line + column.location.line - 1 if column.location else table.line
            schema.columns.append(replace(column, location=Location(path, line)))
    schema.statements = len(schema.columns)
    return schema


def _entries(parent: dict, key: str, root: yaml.Node, at: list, path: str, errors: list[Unread]) -> list[dict | None]:
    """The mappings listed under `key`; a list that is something else, or an entry that is no
    mapping with a `name`, is not understood (DM012) rather than skipped without a word."""
    listed = parent.get(key)
    if listed is None or (not at and isinstance(listed, dict)):
        return []  # `models:` as a mapping is configuration (dbt_project.yml), not a list of models
    where = [*at, key]
    if not isinstance(listed, list):
        errors.append(Unread(path, line_of(root, where), f"dbt `{key}:` is not a list of entries: not checked"))
        return []
    kept: list[dict | None] = []
    for index, entry in enumerate(listed):
        if isinstance(entry, dict) and entry.get("name"):
            kept.append(entry)
            continue
        errors.append(Unread(path, line_of(root, [*where, index]),
                             f"dbt `{key}:` entry {index + 1} has no `name:`: {str(entry)[:60]!r} is not checked"))
        kept.append(None)
    return kept


def _dbt_columns(entry: dict, table: str, root: yaml.Node, at: list, path: str,
                 errors: list[Unread]) -> Iterator[Column]:
    for c_index, column in enumerate(_entries(entry, "columns", root, at, path, errors)):
        if column is None:
            continue
        yield Column(table=table, name=str(column["name"]), declared_type=str(column.get("data_type") or ""),
                     comment=column.get("description"),
                     location=Location(path, line_of(root, [*at, "columns", c_index])))


def columns_from_dbt_artifacts(manifest_path: Path) -> StaticSchema:
    """Every model, seed, snapshot and source of a compiled dbt project: the columns of
    `target/catalog.json` (what the warehouse holds, with types) and those documented in
    `target/manifest.json` (with descriptions), by name."""
    schema = StaticSchema(files=[str(manifest_path)])
    catalog_path = manifest_path.with_name("catalog.json")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        catalog = json.loads(catalog_path.read_text(encoding="utf-8")) if catalog_path.exists() else {}
    except (OSError, json.JSONDecodeError) as exc:
        schema.errors.append(Unread(str(manifest_path), 1, f"cannot read the dbt artifacts: {_first_line(exc)}"))
        return schema
    project = manifest_path.parent.parent
    documented = {**manifest.get("nodes", {}), **manifest.get("sources", {})}
    observed = {**catalog.get("nodes", {}), **catalog.get("sources", {})}
    for unique_id, node in documented.items():
        kind = node.get("resource_type")
        if kind not in {"model", "seed", "snapshot", "source"}:
            continue
        table = f"{node.get('source_name', '')}.{node['name']}" if kind == "source" else node["name"]
        where = node.get("patch_path") or node.get("original_file_path") or str(manifest_path)
        where = str(project / where.split("://", 1)[-1])
        described = {name.lower(): column for name, column in (node.get("columns") or {}).items()}
        seen = {name.lower(): column for name, column in
                ((observed.get(unique_id) or {}).get("columns") or {}).items()}
        for name in list(seen) + [n for n in described if n not in seen]:
            doc, actual = described.get(name, {}), seen.get(name, {})
            schema.columns.append(Column(
                table=table, name=actual.get("name") or doc.get("name") or name,
                declared_type=str(actual.get("type") or doc.get("data_type") or ""),
                comment=doc.get("description") or actual.get("comment") or None,
                location=Location(where, 1)))
        schema.statements += 1
    return schema


def read_static(paths: Iterable[str | Path], dialect: str | None = None) -> StaticSchema:
    """The columns of every SQL and dbt file among `paths` (folders are walked). A dbt project
    with `target/manifest.json` is read from its artifacts, otherwise from its schema YAML.
    `dialect` None: each SQL file's own dialect is detected. Whatever cannot be read is an
    `Unread` in `errors`, and so is finding no column at all."""
    if dialect is not None and dialect not in DIALECTS:
        raise ValueError(f"unknown SQL dialect {dialect!r} (known: {', '.join(DIALECTS)})")
    schema = StaticSchema()
    paths = list(paths)
    files = list(_files(paths, schema.errors))
    prisma_models = static_orm.prisma_models([f for f in files if f.suffix.lower() in static_orm.PRISMA_SUFFIXES])
    for file in files:
        schema.files.append(str(file))
        try:
            if file.name == "manifest.json":
                part = columns_from_dbt_artifacts(file)
            else:
                text = _text_of(file)
                if static_orm.orm_file(file):
                    part = columns_from_models(static_orm.read_models(file, text, prisma_models), str(file))
                elif file.suffix.lower() in SQL_SUFFIXES:
                    part = columns_from_sql(without_php_guard(text), dialect, str(file))
                elif file.suffix.lower() in static_terraform.TERRAFORM_SUFFIXES:
                    part = columns_from_terraform(text, str(file))
                elif file.suffix.lower() in XML_SUFFIXES:
                    part = columns_from_liquibase(liquibase.changes_from_xml(text), str(file), dialect)
                else:
                    part = columns_from_dbt(text, str(file), dialect)
        except OSError as exc:
            schema.errors.append(Unread(str(file), 1, f"cannot read the file: {exc.strerror or exc}"))
            continue
        except ValueError as exc:
            schema.errors.append(Unread(str(file), 1, str(exc)))
            continue
        schema.merge(part)
        schema.statements += part.statements
        schema.dialects.update(part.dialects)
        schema.references.update(part.references)
        schema.unique |= part.unique
    apply_drops(schema)  # in the order the files were read: migrations in version order
    apply_annotations(schema)
    with_dbt_docs(schema, dbt_docs(paths))
    resolve_views(schema)  # after the drops: a view shows the tables the migrations leave
    with_constraints(schema)  # a later migration may add the key of an earlier one's table
    expand_stars(schema)
    if not schema.columns:
        where = str(paths[0]) if paths else "."
        schema.errors.append(Unread(where, 1, "no table or column definition found: nothing was checked"))
    return schema


#: a dbt docs block (`{% docs learner_name %}The full name of the learner{% enddocs %}` in a
#: project's Markdown files) and a description that points to one (`'{{ doc("learner_name") }}'`,
#: also `doc("package", "name")`)
_DOCS_BLOCK = re.compile(r"\{%-?\s*docs\s+(\w+)\s*-?%\}(.*?)\{%-?\s*enddocs\s*-?%\}", re.S)
_DOC_REFERENCE = re.compile(r"\{\{-?\s*doc\(\s*(?:['\"]\w+['\"]\s*,\s*)?['\"](\w+)['\"]\s*\)\s*-?\}\}")


def dbt_docs(paths: Iterable[str | Path]) -> dict[str, str]:
    """The docs blocks of the dbt projects under `paths` (their `.md` files), by name."""
    docs: dict[str, str] = {}
    for raw in paths:
        path = Path(raw)
        roots = {p.parent for p in path.rglob("dbt_project.yml")} if path.is_dir() else set()
        if not roots and path.is_dir():
            roots = {path}  # source YAML kept apart from its project (Tamanu's `database/model`): its `.md` beside it
        for root in sorted(roots):
            for file in sorted(root.rglob("*.md")):
                if "target" in file.relative_to(root).parts or not file.is_file():
                    continue
                try:
                    text = _text_of(file)
                except (OSError, ValueError):
                    continue  # (a README that cannot be read documents no column)
                docs.update((name, " ".join(body.split())) for name, body in _DOCS_BLOCK.findall(text))
    return docs


def with_dbt_docs(schema: StaticSchema, docs: dict[str, str]) -> None:
    """Each dbt description written as `{{ doc("name") }}` read as the docs block it names, as
    `dbt docs generate` shows it: the reference alone says nothing about the column."""
    if not docs:
        return
    schema.columns = [replace(c, comment=_DOC_REFERENCE.sub(lambda m: docs.get(m.group(1), m.group(0)), c.comment))
                      if c.comment and "doc(" in c.comment else c for c in schema.columns]
    schema.columns = [_linked_reference(c) for c in schema.columns]


#: a dbt docs site's link to a source table or a model in a description: "Reference to the
#: [user](#!/source/source.tamanu.tamanu.users)", "[orders](#!/model/model.shop.orders)"
_DOCS_LINK = re.compile(r"\]\(#!/(?:source/source|model/model)\.[\w.]*?\.(\w+)\)")


def _linked_reference(column: Column) -> Column:
    """A column whose description links to one table of the dbt docs site points to that table,
    as a `relationships` test or a foreign key would say (two links: which is unsaid)."""
    if column.references or not column.comment or "#!/" not in column.comment:
        return column
    targets = set(_DOCS_LINK.findall(column.comment))
    return replace(column, references=targets.pop()) if len(targets) == 1 else column


def resolve_views(schema: StaticSchema) -> None:
    """Each view's output columns, traced to the base columns they show (`static_views`), in
    place of the view as read; the last definition of a view replaces earlier ones. A view may
    select from a view defined before it."""
    views = [i for i, c in enumerate(schema.columns) if c.query is not None]
    if not views:
        return
    latest = latest_definitions([schema.columns[i].table for i in views])
    tables = known_tables((c.table, c.name) for c in schema.columns
                          if c.query is None and c.copies is None and c.name != "*")
    resolved: dict[int, list[Column]] = {}
    for order, index in enumerate(views):
        if order not in latest:
            resolved[index] = []
            continue
        placeholder = schema.columns[index]
        query, dialect, offset = placeholder.query
        where = placeholder.location or Location("<sql>", 1)

        def line_of(node: exp.Expression, offset: int = offset, where: Location = where) -> int:
            # the alias's line, else the selected column's (qualify aliases `a.phone` as `phone`)
            alias = node.args.get("alias") if isinstance(node, exp.Alias) else None
            named = ([alias] if alias is not None else []) + list(node.find_all(exp.Identifier))
            lines = [n.meta["line"] for n in named if n.meta.get("line")]
            return lines[0] + offset if lines else where.line

        found = view_columns(query, dialect, tables, line_of)
        resolved[index] = [Column(table=placeholder.table, name=c.name, declared_type=c.declared_type,
                                  location=Location(where.path, c.line or where.line), view=True,
                                  sources=c.sources, shows=c.sources[0] if c.copy else None,
                                  namespace=placeholder.namespace)
                           for c in found]
        tables[bare_table(placeholder.table)] = {c.name.lower(): c.name for c in found}
    schema.columns = [c for i, c in enumerate(schema.columns) for c in (resolved[i] if i in resolved else [c])]


def expand_stars(schema: StaticSchema) -> None:
    """`CREATE TABLE truck_details AS SELECT * EXCLUDE (year) FROM truck`: the new table has the
    columns of `truck` that the files define, less the excluded ones. A star whose source the
    files do not define is not understood (DM012): its columns are unknown, so unchecked."""
    stars = [c for c in schema.columns if c.copies is not None]
    if not stars:
        return
    columns = [c for c in schema.columns if c.copies is None]
    by_table: dict[str, list[Column]] = {}
    for column in columns:
        by_table.setdefault(column.table.rsplit(".", 1)[-1].strip('"`[]').lower(), []).append(column)
    for star in stars:
        source, excluded = star.copies or ("", ())
        copied = by_table.get(source.lower(), [])
        if not copied and star.renamed:
            continue  # a table defined before these files, renamed: its columns were never in view
        if not copied:
            where = star.location or Location("<sql>", 1)
            schema.errors.append(Unread(where.path, where.line, f"CREATE TABLE {star.table} AS SELECT *: the columns "
                                        f"of {source or 'its sources'} are not defined in the files checked"))
            continue
        columns += [replace(c, table=star.table, location=star.location) for c in copied
                    if c.name.lower() not in excluded]
    schema.columns = columns


def _text_of(file: Path) -> str:
    """A SQL or YAML file's text: UTF-8 (undecodable bytes replaced), or UTF-16 after its BOM
    (SQL Server Management Studio's scripts); ValueError for binary content, which would
    otherwise read as no statement at all and check nothing without a word."""
    data = file.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:1 << 16]:
        raise ValueError("not a text file (binary content): nothing in it was checked")
    return data.decode("utf-8", errors="replace").removeprefix("\ufeff")


#: a PHP block opening a file (`<?php header("location:../index.php"); exit; ?>`): PHP
#: applications guard their install SQL against being served by the web server (e107's
#: `core_sql.php`), and the SQL follows it
_PHP_GUARD = re.compile(r"\A\s*<\?php\b.*?\?>", re.S)


def without_php_guard(text: str) -> str:
    """The SQL of a file that opens with a PHP guard: the guard blanked, its lines kept (so that
    every statement keeps its line number)."""
    return _PHP_GUARD.sub(lambda found: "\n" * found.group(0).count("\n"), text, count=1)


def _files(paths: Iterable[str | Path], errors: list[Unread]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            projects = {p.parent for p in path.rglob("dbt_project.yml")} | \
                ({path} if (path / "dbt_project.yml").exists() else set())
            compiled = {p for p in projects if (p / "target" / "manifest.json").is_file()}
            yield from sorted(p / "target" / "manifest.json" for p in compiled)
            for file in in_version_order(sorted(path.rglob("*"))):
                if not file.is_file():
                    if not file.is_dir() and _checked_name(file):  # a dangling symlink, a loop, a FIFO
                        errors.append(Unread(str(file), 1, "not a readable file (a dangling or looping symlink, "
                                                           "or a special file): nothing in it was checked"))
                    continue
                inside = next((p for p in projects if p in file.parents), None)
                if inside is not None and (inside in compiled or file.suffix.lower() in SQL_SUFFIXES
                                           or "target" in file.relative_to(inside).parts):
                    continue  # a dbt project's models are SELECTs; its artifacts say what they hold
                if static_orm.superseded(file):
                    continue  # a Prisma migration: the schema beside it is read
                if inside is None and file.suffix.lower() in DBT_SUFFIXES and not schema_yaml(file):
                    continue  # a Rails app's `config/cucumber.yml`: another tool's settings, no schema
                if _checked_name(file) or (file.suffix.lower() in XML_SUFFIXES and liquibase_file(file)) \
                        or static_orm.found_in_folder(file):
                    yield file
        elif path.is_file():
            yield path
        else:
            errors.append(Unread(str(path), 1, "no such file or folder"))


#: a versioned migration of Flyway or schemachange: `V2.40__add_column.sql`, `V1_2__init.sql`
_VERSIONED = re.compile(r"^[Vv](\d+(?:[._]\d+)*)__")


def in_version_order(files: list[Path]) -> list[Path]:
    """Files in path order, except that versioned migrations run in version order wherever their
    folders sort (schemachange's `synapse/V2.40__…` runs after `synapse/tables/V2.36__…`): they
    take the places the versioned files had, in the order of their versions."""
    def version(file: Path) -> tuple[int, ...] | None:
        found = _VERSIONED.match(file.name)
        return tuple(int(part) for part in re.split(r"[._]", found.group(1))) if found else None

    versioned = sorted((f for f in files if version(f) is not None), key=lambda f: (version(f), str(f)))
    if not versioned:
        return files
    queue = iter(versioned)
    return [next(queue) if version(f) is not None else f for f in files]


#: the keys of the YAML the check reads: dbt's models and sources and their columns, a BigQuery
#: table schema's fields, a Liquibase changelog (as keys, anywhere in the file)
_SCHEMA_YAML_KEYS = re.compile(r"^[ \t]*(?:-[ \t]+)?[\"']?(?:models|sources|tables|columns|fields|databaseChangeLog"
                               r"|createTable|addColumn)[\"']?[ \t]*:", re.M)


def schema_yaml(file: Path) -> bool:
    """Whether a YAML file found in a folder outside any dbt project may hold a schema: it has a
    key of one the check reads. A CI pipeline, a locale or a Rails config (`cucumber.yml` full of
    ERB) has none, and is no schema file left unread; a file that cannot be read is let through,
    to be reported."""
    try:
        with file.open("rb") as handle:
            head = handle.read(_SCHEMA_YAML_PEEK).decode("utf-8", "replace")
    except OSError:
        return True
    return bool(_SCHEMA_YAML_KEYS.search(head))


#: how much of a YAML file is read to tell whether it may hold a schema
_SCHEMA_YAML_PEEK = 1 << 20


def _checked_name(file: Path) -> bool:
    """Whether a file found in a folder is one the static check reads (by its name)."""
    if _ROLLBACK_FILE.search(file.name):
        return False
    if file.suffix.lower() in static_terraform.TERRAFORM_SUFFIXES:
        return static_terraform.declares_tables(file)
    return file.suffix.lower() in SQL_SUFFIXES or file.name.lower() == "schema.json" or (
        file.suffix.lower() in DBT_SUFFIXES and file.name != "dbt_project.yml")


# -- classification ------------------------------------------------------------------------
#: a column comment names the data less reliably than the column's own name
COMMENT_WEIGHT = 0.8
#: a declared type that announces the data (`inet`) is as good as a name
TYPE_SCORE = 0.6
#: a free-text name (`body`, `notes`, `review`) on a column of a long-text type: with no values
#: to read, the type is what says the column holds prose someone wrote (MySQL schemas such as
#: MediaWiki's keep their text in BLOBs, to store any encoding)
FREE_TEXT_SCORE = 0.6
FREE_TEXT_ENTITY = "USER_CONTENT"
#: the ways to reach someone a person keeps a list of (`addresses address[]`)
_LISTED_CONTACTS = frozenset({"address", "email", "phone"})
#: what a file's name or type is detected as
_FILE_ENTITIES = frozenset({"FILE_NAME", "MIME_TYPE", "APP_PACKAGE"})
_LONG_TEXT = re.compile(r"^(text|tinytext|mediumtext|longtext|clob|nclob|ntext|string|citext|jsonb?|(tiny|medium|long)?blob|varchar\((2[5-9]\d|[3-9]\d\d|"
                        r"\d{4,})\)|character varying\((2[5-9]\d|[3-9]\d\d|\d{4,})\)|varchar|character varying|"
                        r"nvarchar\((max|\d{4,})\)|varchar\(max\))$")
#: a type chosen for text someone writes: a text type or a length for a sentence (a warehouse's
#: only string type, BigQuery's `STRING` or a bare `VARCHAR`, says nothing of the length)
_ROOM_TO_WRITE = re.compile(r"^((tiny|medium|long)?text|n?clob|ntext|citext|character varying|"
                            r"n?varchar2?\((2[5-9]\d|[3-9]\d\d|\d{4,}|max)\)|character varying\((2[5-9]\d|[3-9]\d\d|\d{4,})\))$")
#: a description reads `<subject> of/for/from <other things>`: only its subject, the noun phrase
#: before the first preposition, clause or verb, says what the column is ("The organization of
#: the requester" is an organization; "Start time of the schedule, in the schedule's time zone"
#: is a time)
_DESCRIPTION_OBJECT = re.compile(r"[,;:.()\[\]]|\b(why|how|from|using|via|based on|derived|according to|given|computed|"
                                 r"calculated|instead of|rather than|of|for|in|on|at|to|into|by|with|within|"
                                 r"that|which|who|whom|whose|when|where|if|whether|as|is|are|was|were|will|can|"
                                 r"has|have|assigned|associated|used|automatically|indicating|representing|"
                                 r"describing|containing|identifying|provided|set|made|created|updated)\b", re.I)
#: a description that opens by saying what kind of value the column holds stands in for the
#: declared type a dbt YAML leaves out ("Boolean indicating…", "Timestamp of…", "Number of…")
_DESCRIBED_TYPES = (
    # "Specifies whether to assign a single sender…" (a vendor's API docs, copied into dbt): a
    # verb of stating, then `whether`/`if`, describes a setting that is on or off
    (re.compile(r"^\W*(?:the |a |an )?(?:boolean|bool|flag|indicator)\b|^\W*(?:whether|true if|true when|if true|"
                r"(?:indicates|specifies|determines|controls|denotes|states|shows|defines|reflects|signals|"
                r"tells|marks) (?:whether|if))\b", re.I), "boolean"),
    (re.compile(r"^\W*(?:the |a |an )?(?:utc |local )?(?:timestamp|datetime|date and time|date(?! of birth)|"
                r"time(?!\s*zone))\b", re.I), "timestamp"),
    (re.compile(r"^\W*(?:the |a |an )?(?:total |net |gross |final )?(?:number|count|amount|sum|index|position|order|"
                r"sequence)\b", re.I),
     "integer"),
)
#: a reference (`addr_sk`, `zone_id`, `country_key`) to a row of a places table is not a place
_REFERENCE_SUFFIXES = {"id", "sk", "key", "fk", "ref"}
#: tables of an authorization server: their `client_id` is an OAuth client, never a cookie
AUTH_TABLE_WORDS = frozenset({"oauth", "oauth2", "oidc", "openid", "client", "clients", "application", "applications",
                              "app", "apps", "api", "token", "tokens", "credential", "credentials", "grant", "grants",
                              "authorization", "authorizations", "saml", "sso", "auth", "identity", "provider",
                              "providers"})


#: table words (singular) whose every row is a person: their bare `name` is that person's
PEOPLE_NAME_SCORE = 0.7
#: table words of an application's registry: an OAuth `client` is an app, not a customer
_APP_TABLE_WORDS = frozenset({"oauth", "oauth2", "oidc", "openid", "api", "app", "apps", "application", "saml", "sso"})
#: integer types too small for a payment card number (13 to 19 digits): `can_pan tinyint`
#: is a camera's pan, never a primary account number
_SMALL_INTEGER = re.compile(r"^(tiny|small|medium)?(int|integer|serial)[248]?( unsigned)?$|^int[24]$")
#: words of a description that make a thing's `name` a person's ("Cardholder name", "Full name")
_HOLDER_WORDS = frozenset({"holder", "cardholder", "accountholder", "owner", "customer", "recipient", "person", "full",
                           "legal", "given", "family", "first", "last", "contact", "billing", "shipping"})
#: the kinds of network a flag can name (`is_wifi`, `roaming`)
_NETWORK_KINDS = frozenset({"wifi", "wlan", "cellular", "mobile", "4g", "5g", "3g", "lte", "ethernet", "roaming",
                            "metered", "vpn", "offline", "online", "airplane"})
#: a short code (`state char(2)`)
_SHORT_CODE = re.compile(r"^(n?char|character|n?varchar|character varying|bpchar)\(\s*[1-3]\s*\)$", re.I)


#: the value of a key/value pair (a STRUCT field): `request_query.value`, `labels.values`
_PAIR_VALUES = frozenset({"value", "values"})


#: short words that say what a value is, never a table's abbreviation: `ip_addr` in
#: `ip_geolocations` is an IP address, not an `addr`
_KIND_OF_VALUE = frozenset({"ip", "os", "tz", "mac"})


def column_name(column: Column) -> str:
    """The column's name without a table-prefix abbreviation (TPC-DS `cc_manager` in
    `call_center`, `c_email_address` in `customer`): the prefix names the table, not the data."""
    path = column.name.split(".")
    if len(path) > 1 and path[-1].lower() in _PAIR_VALUES:
        # `request_query ARRAY<STRUCT<key, value>>` (BigQuery's map): the value of a pair is
        # what its parent holds (query parameters), its key only a name
        return ".".join(path[:-1])
    parts = column.name.split("_")
    table_words = [w for w in column.table.rsplit(".", 1)[-1].strip('"`[]').lower().split("_") if w]
    head = parts[0].lower()
    initials = "".join(w[0] for w in table_words)
    if len(parts) > 1 and table_words and len(head) <= 3 and head not in _KIND_OF_VALUE and (
            head == initials or (len(table_words) > 1 and head == table_words[0])):
        parts = parts[1:]
    if len(parts) > 1 and parts[-1].lower() == "sk":  # a warehouse's surrogate key of a row: its id
        parts = [*parts[:-1], "id"]
    parts = static_names.person_key_as_id(parts)
    return static_names.read_as_part(key_last("_".join(parts), column.table), column.table)


def key_last(name: str, table: str = "") -> str:
    """SMF's `id_member`, `id_member_started`: the key written first, the way some schemas name
    all their keys, read as `member_id`, `started_member_id` (not `id_card`, `id_number`: an
    identity document). PrestaShop's `id_customer_thread`, `id_tax_rule` key a row of
    `customer_thread`, `tax_rule`: the words after `id` name a table (its own) or a person's
    record, and are kept in order (`customer_thread_id`: a thread's key, no customer's)."""
    parts = name.split("_")
    if len(parts) > 1 and parts[0].lower() == "id" and parts[1].lower() not in _ID_DOCUMENT_WORDS:
        rest = [p.lower() for p in parts[1:]]
        own = table.rsplit(".", 1)[-1].strip('"`[]').lower()
        # (`ps_order_slip_detail.id_order_slip`: its parent's, named inside its own name)
        if len(rest) > 1 and (f"_{'_'.join(rest)}_" in f"_{own}_" or rest[-1] in _RECORDS_OF_PEOPLE):
            return "_".join([*parts[1:], "id"])
        return "_".join([*parts[2:], parts[1], "id"])
    return name


#: records a person has, which a key written first names after its person (`id_customer_thread`,
#: `id_employee_session`), unlike SMF's `id_member_started` (the member who started)
_RECORDS_OF_PEOPLE = frozenset({"thread", "message", "session", "group", "history", "login", "activity", "transaction",
                                "note", "log", "wishlist", "cart", "search", "reward", "approval"})


#: what follows `id_` in the name of an identity document's field (`id_card`, `id_number`, `id_type`)
_ID_DOCUMENT_WORDS = frozenset({"card", "number", "no", "num", "nr", "doc", "document", "type", "photo", "image",
                                "front", "back", "expiry", "expires", "expiration", "issue", "issued", "issuer",
                                "verified", "verification", "country", "state", "scan", "proof", "hash"})


#: a description that opens by naming the column rather than its value ("This field marks …")
_SELF_REFERENCE = re.compile(r"^\W*(?:this|the) (?:field|column|value|attribute|property)(?: (?:marks|holds|contains|"
                             r"stores|records|gives|shows|represents|is|describes|captures))?\s+", re.I)


def _subject(description: str | None) -> str | None:
    """The part of a description that speaks of the column itself: its opening noun phrase
    ("This field marks the email's time of creation": the email's time)."""
    if not description:
        return None
    # "The formatted version of the `from` phone number": what it is a version of, the quoted
    # column named aside (Twilio's `from_formatted`)
    text = _VERSION_OF.sub("", _QUOTED_NAME.sub(" ", _SELF_REFERENCE.sub("", description)))
    text = _PER_WHOM.sub("", text)
    subject = _DESCRIPTION_OBJECT.split(text, maxsplit=1)[0]
    # "The phone number or sender ID that sent the message" (Twilio): the value is the first,
    # an id only where there is none of it (an alphanumeric sender)
    subject = _FALLBACK_ID.sub("", subject)
    return subject.strip() or None


#: a second reading offered as a fallback id ("… or sender ID", "… or client identifier")
_FALLBACK_ID = re.compile(r"(?<=\w)\s+or\s+(?:an?\s+|the\s+)?[\w-]+\s+(?:id|identifier)\s*$", re.I)


#: a description that calls the column another form of a value ("The formatted version of …")
_VERSION_OF = re.compile(r"^\W*(?:the|a|an)?\s*(?:formatted|normali[sz]ed|canonical|cleaned|lower-?cased|"
                         r"e\.?164|international|national|display)?\s*(?:version|form|copy|format)\s+of\s+",
                         re.I)
#: a distributive opening ("Per person edit link", "One per user: …"): what there is one of for each
#: person, not the person
_PER_WHOM = re.compile(r"^\W*(?:(?:the|a|an|one)\s+)?per[-\s]+\w+\s*(?::\s*)?", re.I)
#: a column named in backquotes inside a description (dbt docs' "`from`")
_QUOTED_NAME = re.compile(r"`[^`]*`")


def described_type(column: Column) -> str:
    """The declared type, or for a column declared without one (a dbt YAML) the kind of value
    its description opens with: a flag, a time or a count is never a name, an address or prose."""
    if column.declared_type or not column.comment:
        return column.declared_type
    possessed = re.split(r"['’]s\b", _subject(column.comment) or "")[-1]  # "the email's time": a time
    return next((kind for pattern, kind in _DESCRIBED_TYPES
                 if pattern.search(column.comment) or pattern.search(possessed)), "")


#: a default that is a lower-case word is a status or a kind (`pending`, `active`, `draft`): a
#: place's default is a name or a code (`'CA'`, `'Ontario'`, `'UTC'`)
_STATUS_DEFAULT = re.compile(r"[a-z][a-z_]{3,}")
#: ... but not a placeholder any column may start with (Zabbix's `users.timezone DEFAULT 'default'`:
#: the server's zone until the user picks one)
_PLACEHOLDER_DEFAULTS = frozenset({"default", "none", "null", "unknown", "unset", "other", "auto", "system"})


def classify_column(column: Column, recognizers: Sequence[FieldRecognizer], policy: Policy,
                    threshold: float = DEFAULT_THRESHOLD, table: DatasetSample | None = None) -> list[Detected]:
    """What a column without data holds, judged by its name, its declared type and its comment
    (the recognizers' name signals; there are no values to confirm or contradict them) and by
    the table around it (`table`: the recognizers' context signals, such as `users.id`). The
    type rules entities in or out (`declared.compatible`); the comment's subject counts, more
    weakly than the name, and only when the name itself says nothing. Best first."""
    own_name = column_name(column)
    name = static_names.schema_name(own_name, recognizers)
    subject = _subject(column.comment)
    comment = NameTokens(own=expand(tokenize(subject)), parent=(), raw=subject) if subject else None
    kind = described_type(column)
    if name.own and declared.element_type(kind) != declared.base_type(kind) \
            and (one := static_names.singular(name.own[-1])) != name.own[-1] and one in _LISTED_CONTACTS:
        # an array named in the plural holds many of one thing: authnomicon's `users.addresses
        # address[]` are the user's addresses (not every list: Feedbin's `actions text[]` are a
        # filter's, documenso's `roles Role[]` access levels)
        name = NameTokens(own=(*name.own[:-1], one), parent=name.parent, raw=name.raw)
    implied = declared.implied_entity(kind)
    long_text = bool(_LONG_TEXT.match(declared.base_type(kind)))
    # (`base_type` drops the length: this keeps it, so that a `varchar(64)` has no room for a sentence)
    room_to_write = bool(_ROOM_TO_WRITE.match(" ".join(kind.lower().split())))
    reference = bool(name.own) and name.own[-1] in _REFERENCE_SUFFIXES
    words = static_names.table_words(column.table)
    siblings = [NameTokens.of(key_last(f.path)) for f in table.fields if key_last(f.path) != own_name] \
        if table is not None else []
    # a tracker's event row says what someone did, whatever its table is called (`order_completed`)
    tracked = static_names.tracked_event(siblings)
    done = words | {"event"} if tracked else words
    # the account recognizer's one-word names (`sender`, `inviter`, `login`) and weak names (`user`)
    # less the words only values decide (`FieldRecognizer.value_decided_names`: slapd's `dn`)
    account_words = frozenset(w for r in recognizers if r.entity == "ACCOUNT_ID"
                              for w in (*r.weak_names, *r.names) if " " not in w
                              and w not in r.value_decided_names)
    text_type = declared.holds_text(kind)
    head = static_names.head_word_entity(name, text_type, account_words)
    if head == "PERSON" and static_names.described_as_key(column.comment):
        head = "ACCOUNT_ID"  # Jira's `reporter` "Foreign key referencing the ID of the user who reported the issue"
    if head == "ACCOUNT_ID" and is_key(column.table, own_name.lower()) and ("id",) not in {s.own for s in siblings} \
            and not static_names.key_of_people(column.table, siblings, name.own):
        head = None  # `identities.identity_id`: the row's own key, a person's only in a table of people
    device_name = static_names.names_a_device(name, words)
    # `card.name` described "Cardholder name": the thing's holder, a person, not the thing's label
    thing_name = static_names.names_a_thing(name, column.table) and not static_names.signers_name(
        name, column.table, siblings) and not (
        comment is not None and comment.own[-1:] == ("name",) and set(comment.own[:-1]) & _HOLDER_WORDS)
    # what a parsed user agent's parts and a mail's copies and recipient are, whatever else
    # their words say (`useragent_family`, `cc_emails`, `email_event.recipient`)
    # a nested field (`msg.metadata.user_id`, a flattened JSON path) is what its last part says
    # in the object that holds it (`metadata.user_id`; a plan's `nickname` is the plan's); the
    # objects further out (the message) veto nothing
    leaf = static_names.schema_name(".".join(own_name.split(".")[-2:]), recognizers) if own_name.count(".") > 1 else name
    tail = static_names.schema_name(own_name.rpartition(".")[2], recognizers) if "." in own_name else name
    agent_part = static_names.parsed_agent(tail) or static_names.mail_client(name, words)
    account = next((r for r in recognizers if r.entity == "ACCOUNT_ID"), None)
    carbon = {static_names.mail_recipient(entity, name, words) for entity in ("CREDIT_CARD", "PERSON")} - {None}
    # a key of uuid type is a token like a text one (`sessions.id uuid`), not a row number; and so
    # is one of bytes (FOSSBilling's PHP `session.id varbinary(128)`)
    token_type = text_type or declared.base_type(kind) in {"uuid", "uniqueidentifier"} or declared.holds_bytes(kind)
    # a person's phone extension, not a file's type
    extension = static_names.phone_extension(tail, siblings) and _rows_are_people(column.table)
    posted = static_names.poster(tail, words, bool(_WHOLE_NUMBER.match(declared.base_type(kind))), text_type)
    # what the name says outright in its table: a visitor's cookie, a caller's words, a search
    outright = {"COOKIE_ID": static_names.analytics_cookie(tail, column.table) or static_names.tracker_session(tail, column.table)
                or static_names.browser_fingerprint(tail, siblings)
                or (static_names.session_cookie(tail, words, token_type, siblings) and "token" in tail.own)
                or static_names.web_session_key(tail, token_type)
                or static_names.shopper_session(tail, words, text_type)
                or (token_type and tail.own == ("visit", "id") and bool(words & static_names.ACTIVITY_TABLE_WORDS)),
                FREE_TEXT_ENTITY: static_names.speech(tail) or static_names.form_value(tail, words)
                or static_names.secret_hint(tail, words) or (
                    (static_names.personal_website(tail) or static_names.personal_signature(tail, long_text))
                    and _rows_are_people(column.table) and not organization_table(column.table)),
                "SEARCH_QUERY": static_names.search_terms(tail, words),
                "USER_AGENT": static_names.browser_part(tail) or tail.own == ("agent",) and (bool(words & {"session", "visit"}) or any(
                    "ip" in s.own or s.own[-2:] == ("remote", "addr") for s in siblings)),
                "LOCATION": tail.own[:1] == ("geo",) and tail.own[1:] in {("name",), ("place",), ("place", "name")},
                "REGION": static_names.district(tail),
                "EMAIL_ADDRESS": static_names.mailbox_address(tail, words) or static_names.message_end(tail, words)
                or static_names.client_contacts(tail, words),
                "DEVICE_ID": static_names.push_address(tail) or static_names.worn_device(tail, words, siblings), "CREDIT_CARD": static_names.bank_account(tail),
                "TIME_ZONE": static_names.local_offset(tail, siblings) or static_names.member_clock_offset(
                    tail, _rows_are_people(column.table) and static_names.table_head(column.table) != "address"),
                # (a role's name described as its key, TPC-H's `clerk_name` "id of the clerk": who, by id)
                "PERSON": (static_names.role_name(tail) and not static_names.described_as_key(column.comment))
                or static_names.customers_name(tail) or posted == "PERSON"
                or static_names.initialled_name(tail, siblings), "PHONE_NUMBER": static_names.caller_number(tail) or extension,
                "VISITED_URL": static_names.visited_part(tail, words) or (
                    # a tracker's page view (Segment's `pages(url, path, title)`): the page's
                    tracked and bool(words & {"page", "screen"}) and tail.own in {("path",), ("title",), ("url",)}),
                "BEHAVIORAL_EVENT": static_names.consumed_item(tail, words) or (tracked and tail.own == ("event", "text"))
                or static_names.message_engagement(tail, words | set(leaf.own), text_type),
                "OPERATING_SYSTEM": static_names.device_used(tail, words) == "OPERATING_SYSTEM",
                "DEVICE_MODEL": static_names.device_used(tail, words) == "DEVICE_MODEL" or static_names.authenticator_model(tail),
                # PaperTrail's `versions.whodunnit` (Rails): who made the change
                # XOOPS's and PHP-Nuke's `uname` in a table of people or beside their `uid`: the login
                # a tracker's row of a service action (Segment's `issued_refund.agent_id`): the staff member who acted
                "ACCOUNT_ID": tail.own == ("whodunnit",)
                or (static_names.role_name(tail) and static_names.described_as_key(column.comment)) or static_names.alias_of_someone(tail, words)
                or (tracked and tail.own == ("agent", "id"))
                # a tracker's alias call (Segment's `aliases.previous_id`): the id the person had before
                or (tracked and tail.own == ("previous", "id"))
                or (tail.own == ("uname",) and (_rows_are_people(column.table)
                                                or any(s.own in {("uid",), ("user", "id")} for s in siblings)))
                or static_names.login_identifier(tail, words) or static_names.list_of_people(tail, text_type)
                or posted == "ACCOUNT_ID"
                or (static_names.messenger_handle(tail) and _rows_are_people(column.table) and text_type)
                or static_names.ordinal_of_someone(tail, account)
                or static_names.followed_someone(tail, words)
                or (static_names.social_profile(tail) and not organization_table(column.table))}
    legal_name = organization_table(column.table) and name.own[-1:] == ("name",) and set(name.own[:-1]) <= {
        "legal", "official", "registered", "trading", "short", "long"}
    reached = static_names.contact_address(name, siblings)  # `address` beside `via`: an e-mail address
    by_name: list[Detected] = []
    by_comment: list[Detected] = []
    for recognizer in recognizers:
        category = policy.category_of(recognizer.entity)
        if category is None or not declared.compatible(recognizer.entity, kind):
            continue
        prose = recognizer.entity == FREE_TEXT_ENTITY and (static_names.prose_by_head(name, long_text)
                                                           or static_names.given_reason(name, words, room_to_write))
        part = recognizer.entity == "STREET_ADDRESS" and static_names.address_part(name, siblings)
        if recognizer.negative_vetoes and recognizer.vetoed(name) and (leaf is name or recognizer.vetoed(leaf)) \
                and not prose and not part and agent_part != recognizer.entity \
                and not outright.get(recognizer.entity) or (
                recognizer.entity == "PERSON" and static_names.account_name(name, words, siblings)):
            continue
        if reference and recognizer.entity in PLACE_ENTITIES or extension and recognizer.entity in _FILE_ENTITIES:
            continue
        if recognizer.entity == "DEVICE_ID" and name.own == ("reg", "id") and static_names.sip_dialog(siblings):
            continue  # a SIP registration's `reg_id` (RFC 5626 outbound), not a push service's id of an app
        if static_names.login_property(recognizer.entity, name) or static_names.auth_flow_url(recognizer.entity, words) \
                or static_names.oauth_client_key(recognizer.entity, name, words) \
                or static_records.application_key(recognizer.entity, name, column.table) \
                or static_records.catalogue_keywords(recognizer.entity, name, column.table) \
                or static_records.handling_note(name, column.table) \
                or static_records.mobile_version(recognizer.entity, name) \
                or static_records.list_address(recognizer.entity, name, column.table) \
                or static_records.server_account(recognizer.entity, name, siblings) \
                or static_records.load_file(recognizer.entity, name, siblings) \
                or static_records.rendered_document(recognizer.entity, name, column.table) \
                or static_records.customer_kind(recognizer.entity, name, column.table) \
                or static_names.security_question(recognizer.entity, name) \
                or static_records.pair_key(recognizer.entity, name, siblings) \
                or static_records.label_caption(recognizer.entity, name, column.table) \
                or static_records.protocol_setting(name, column.table) \
                or static_records.translated_text(recognizer.entity, column.table, siblings) \
                or static_records.site_publication(recognizer.entity, name, column.table) \
                or static_records.catalogue_option(recognizer.entity, name, column.table) \
                or static_records.zone_place(recognizer.entity, column.table) \
                or static_records.network_list(recognizer.entity, column.table) \
                or static_names.mail_delivery_text(recognizer.entity, name, words) \
                or static_names.mail_recipient(recognizer.entity, name, words) is not None or static_names.group_key(recognizer.entity, name) \
                or static_names.tax_of_table(recognizer.entity, name, column.table) \
                or static_names.calendar_uid(recognizer.entity, name, words) \
                or (legal_name and recognizer.entity == "PERSON") or static_names.agent_attribute(recognizer.entity, tail, name) \
                or static_names.channel_column(recognizer.entity, name) or static_names.happening(recognizer.entity, words) \
                or static_names.program_message(recognizer.entity, name, words) or static_names.position_measure(recognizer.entity, tail) \
                or static_names.elapsed_time(recognizer.entity, tail) or static_names.media_position(recognizer.entity, tail) \
                or static_names.measure_unit(name) or static_names.cipher_material(name) \
                or static_names.notification_text(recognizer.entity, name, siblings) \
                or static_names.mail_sender(recognizer.entity, name, words) or static_names.agent_flag(recognizer.entity, tail, name) \
                or (recognizer.entity == "PERSON" and static_names.own_thing_name(name, column.table)) \
                or static_names.thing_handle(recognizer.entity, tail, column.table) \
                or (reached and recognizer.entity in {"STREET_ADDRESS", "LOCATION"}):
            continue  # a login flow's challenge; its request URL; an OAuth client; a bounce's diagnostics
        if recognizer.entity == FREE_TEXT_ENTITY and name.own[-1:] in {("uri",), ("uris",), ("url",), ("urls",)} \
                and not static_names.picture_of_someone(name, True) and not set(name.own) & {"avatar", "photo", "picture"} \
                and not outright[FREE_TEXT_ENTITY]:
            continue  # `post_logout_redirect_uris`: addresses, not words someone wrote
        if recognizer.entity == "STREET_ADDRESS" and (static_names.network_address(name, siblings)
                                                     or static_names.wallet_address(name)):
            continue  # `address` beside `netmask`: a network's; `zcashaddress`: a wallet's
        if static_names.organisation_contact(name) and recognizer.entity in PLACE_ENTITIES | ORGANISATION_CONTACTS:
            continue  # `company_address_city`, `company_phone`: the company's
        if static_names.credential_content(recognizer.entity, name) or static_names.uri_attribute(recognizer.entity, name) \
                or static_names.login_time(recognizer.entity, name, kind) \
                or static_names.proof_record(recognizer.entity, name, declared.base_type(kind)):
            continue  # a certificate's content; an OIDC `sector_identifier_uri`; `last_login INT`; a JSON proof
        if (recognizer.entity == "CREDIT_CARD" and _SMALL_INTEGER.match(declared.base_type(kind))) or (
                recognizer.entity == FREE_TEXT_ENTITY and static_names.crypto_signature(name, kind)):
            continue
        # the table's own name, not its schema: Supabase keeps its users' login sessions in
        # `auth.sessions`, whose key is a session's as `public.sessions.id` is
        path_words = set(tokenize(column.table.rsplit(".", 1)[-1])) | set(tokenize(own_name.rpartition(".")[0]))
        if recognizer.entity == "COOKIE_ID" and path_words & AUTH_TABLE_WORDS and not static_names.oidc_session(
                name, words, static_names.table_head(column.table)) and not static_names.tracker_session(name, column.table) \
                and not static_names.web_session_key(name, token_type):  # a grant's `user_session_id` is the user's
            continue  # (a nested field's path says its table too: `subplat_oauth_clients.id`)
        if recognizer.entity == "GPS_COORDINATE" and "position" in name.own[-2:] and (
                text_type or _WHOLE_NUMBER.search(declared.base_type(kind))):
            continue  # a text `position` is a job's or a button's; a whole number an order or an offset
        if static_names.part_serial(recognizer.entity, name, words) or static_names.time_on_work(recognizer.entity, name, words):
            continue  # `cpus.serialnumber`, an invoice line's: a part's serial; hours booked on a task
        if recognizer.entity == "TIME_ZONE" and static_names.thing_time_zone(name):
            continue  # `plan_interval_timezone`: a plan's
        if recognizer.entity == "INDUSTRY" and name.own[-1:] in {("identifier",), ("uri",), ("url",)}:
            continue  # OpenID Connect's `sector_identifier` (a host a client's redirect URIs share): no trade
        if recognizer.entity in _NAMED_PLACES and _STATUS_DEFAULT.fullmatch(column.default) \
                and column.default not in _PLACEHOLDER_DEFAULTS:
            continue  # e-petitions' `signatures.state DEFAULT 'pending'`: a workflow's state, no place
        if recognizer.entity in _NAMED_PLACES and _WHOLE_NUMBER.search(declared.base_type(kind)) \
                and not set(name.own) & _POSTAL_CODE_WORDS:
            continue  # phpIPAM's `circuits.location1 int`: the key of a row of a table of places
        if recognizer.entity == "GPS_COORDINATE" and name.own[-1:] in {("point",), ("points",)} and _numeric(column):
            continue  # mall's `growth_point int`, `free_freight_point decimal`: points earned, a threshold; one
            # number is never a spot on a map (a point is two, or a geometry, or text)
        if recognizer.entity in {"COOKIE_ID", "DEVICE_ID"} and _initial_key(name, words):
            continue  # `circuits.cid`, `film_list.fid`: the circuit's, the film's id, no cookie or device
        if recognizer.entity == "NETWORK_TYPE" and declared.base_type(kind) in {"boolean", "bool"} \
                and not set(name.own) & _NETWORK_KINDS:
            continue  # `connection_succeeded`: whether something worked, not which network (`is_wifi`)
        if recognizer.entity in ("ACCOUNT_ID", "PERSON") and static_names.not_an_account(name, column.table) or (
                recognizer.entity == "ACCOUNT_ID" and static_names.card_holder(name)):
            continue  # (`cc_owner`: the name on a card, no account)
        if recognizer.entity == "PERSON" and static_names.attribute_of_role(name) and recognizer.name_signal(
                NameTokens.of("_".join(name.own[1:]))) is None:
            continue  # `recipient_line_1_addr`: the recipient's address line, not their name
        if static_names.campaign_sender(recognizer.entity, name, words) or static_names.loaded_from_file(recognizer.entity, name) \
                or static_names.landing_file(recognizer.entity, name, words, siblings):
            continue  # a campaign's `from_email`: the organisation's; a warehouse load's file
        if recognizer.entity == "ACCOUNT_ID" and len(name.own) > 2 and name.own[-2:] in _NAME_OF_SOMEONE:
            continue  # `owner_display_name`, `author_full_name`: the person's name, not their key
        if static_names.logic_operator(recognizer.entity, name) or static_names.mail_content(recognizer.entity, name):
            continue  # `search.logic_operator`: AND/OR
        if recognizer.entity == "BEHAVIORAL_EVENT" and name.own[-1:] and name.own[-1] in _NO_EVENT_HEADS:
            continue  # GA4's `events.event_id`, Amplitude's `event_day`: an event's key or its day, not what was done
        if recognizer.entity == "STREET_ADDRESS" and static_names.mailbox_address(name, words):
            continue  # Danbooru's `email_addresses.address`: an e-mail address, no street
        if recognizer.entity == "IP_ADDRESS" and static_names.ip_not_someones(name, siblings):
            continue  # a range's bounds (`ip_low`, `ip_high`); a key's permitted addresses
        if static_names.network_unconfirmed(recognizer.entity, name, words, recognizer.name_signal(name) is not None) or (
                static_names.digest_of(name) and recognizer.entity in (FREE_TEXT_ENTITY, "FILE_NAME", "MIME_TYPE")):
            continue  # `net_item_sales_amount`, an ACL's `access_type`; `content_md5`: a hash, not the content
        if static_names.described_no_one(recognizer.entity, name, column.comment) or static_names.load_source(column.comment):
            continue  # `owner_id` "The ACL identifier"; `filename` "the file this record was loaded from"
        if recognizer.entity == "ACCOUNT_ID" and static_names.link_row_key(is_key(column.table, own_name.lower()), name, siblings) \
                and not static_names.payer_at_provider(tail):  # (`payment_provider_customers.provider_customer_id`)
            continue
        if own_row_number(column.table, own_name.lower(), name) and bool(_WHOLE_NUMBER.match(kind.strip().lower())) \
                and (recognizer.entity == "ACCOUNT_ID" or name.own[-1] in static_names.KEY_WORDS):
            continue  # SMF's `member_logins.id_login`: the number of a login, not a login name; `customer_ip_id`: of an IP row
        if recognizer.entity == "ACCOUNT_ID" and static_names.post_author_name(name, words, text_type):
            continue  # a review's `author varchar(64)`: the name it is signed with (PERSON), not a login
        if recognizer.entity == "ACCOUNT_ID" and static_names.unique_row_uid(name, column.unique, column.table, siblings):
            continue  # memos' `memo.uid UNIQUE` beside its `id` and `creator_id`: the memo's public id
        if (recognizer.entity == "ACCOUNT_ID" and machine_login(column.table, name, siblings)) or (
                recognizer.entity in (FREE_TEXT_ENTITY, "FILE_NAME") and program_log(column.table, siblings)):
            continue  # a camera's login; a program's log line and source file
        if recognizer.entity == FREE_TEXT_ENTITY and tracked and name.own == ("event", "text"):
            continue  # Segment's `event_text`: the event's name as the tracker was given it, no one's words
        if static_names.activity_unconfirmed(recognizer.entity, name, done) or (
                static_names.payload_unconfirmed(recognizer.entity, name, words) and not outright.get(recognizer.entity)) \
                or ((device_name or thing_name) and recognizer.entity == "PERSON"):
            continue
        if static_names.property_of(name) and recognizer.name_signal(NameTokens.of(name.own[-1])) is None \
                and not outright.get(recognizer.entity) \
                and not (recognizer.entity == "ACCOUNT_ID" and static_names.person_hash(name)):
            continue  # `user_email_token`: a token about an e-mail
        if (setting := static_names.setting_of(name)) and recognizer.name_signal(NameTokens.of("_".join(setting))) is None \
                and not outright.get(recognizer.entity):
            continue  # `case_access_for_account_owner`: an access level; `email_encoding_key`: a charset
        if static_names.device_unconfirmed(recognizer.entity, name, words) and not outright.get(recognizer.entity) \
                or static_names.client_unconfirmed(recognizer.entity, name, words):
            continue
        if static_names.shipping_carrier(recognizer.entity, name, words) or static_names.thing_handle(recognizer.entity, name, column.table) \
                or static_names.polymorphic_key(recognizer.entity, name, siblings, column.table) \
                or collection_owner(recognizer.entity, name, column.table, siblings) \
                or static_names.thing_uid(recognizer.entity, name, account) or static_names.app_screen(recognizer.entity, name, words) \
                or static_names.campaign_tag(recognizer.entity, name, siblings) or static_names.function_mailbox(recognizer.entity, name) \
                or static_names.key_not_name(recognizer.entity, name) or static_names.source_file(recognizer.entity, words, name) \
                or static_names.foreign_row_key(recognizer.entity, name, column.table, siblings) \
                or static_names.protocol_message(recognizer.entity, name, words) \
                or static_names.browser_viewport(recognizer.entity, name) \
                or static_names.record_resolution(recognizer.entity, name, words) \
                or static_names.tree_link(recognizer.entity, name, siblings) \
                or static_names.reserved_name(recognizer.entity, words) \
                or static_names.ad_network(recognizer.entity, name, words):
            continue
        signal = recognizer.name_signal(name)
        if leaf is not name and (signal is None or recognizer.entity == FREE_TEXT_ENTITY):
            signal = recognizer.name_signal(leaf)  # `msg.resends`: a field of a message object, not its text
        scores = [signal.score] if signal is not None else []
        if outright.get(recognizer.entity):
            scores.append(PEOPLE_NAME_SCORE)
        if agent_part == recognizer.entity or recognizer.entity in carbon or (
                reached and recognizer.entity == "EMAIL_ADDRESS"):
            scores.append(PEOPLE_NAME_SCORE)
        if recognizer.entity == "ACCOUNT_ID" and static_names.done_by(name) and not static_names.worker_did(name, words):
            scores.append(static_names.ACCOUNT_HEAD_SCORE)
        if signal is not None and signal.score >= recognizer.name_score and recognizer.entity == FREE_TEXT_ENTITY \
                and long_text:
            scores = [max(scores[0], FREE_TEXT_SCORE)]
        if implied == recognizer.entity:
            scores.append(TYPE_SCORE)
        if prose:
            scores.append(FREE_TEXT_SCORE)
        if recognizer.entity == "ACCOUNT_ID" and (static_names.account_name(name, words, siblings)
                                                  or static_names.other_system_key(name, column.table, siblings)
                                                  or static_names.oidc_subject(name, siblings)):
            scores.append(static_names.ACCOUNT_HEAD_SCORE)
        if recognizer.entity == FREE_TEXT_ENTITY and static_names.message_payload(name, words) and (
                long_text or declared.holds_bytes(kind) or not kind):
            scores.append(FREE_TEXT_SCORE)
        if head == recognizer.entity and not recognizer.vetoed(NameTokens(own=name.own[-1:], parent=(), raw=own_name)):
            # the head word alone: as strong as a name, never stronger than another name match
            scores = [max([*scores, static_names.ACCOUNT_HEAD_SCORE if head == "ACCOUNT_ID" else static_names.PERSON_ROLE_SCORE])]
        if recognizer.entity == "COOKIE_ID" and (static_names.session_cookie(name, words, token_type, siblings) or static_names.click_id(name)
                                                 or static_names.activity_session(name, words, token_type)
                                                 or static_names.oidc_session(name, words, static_names.table_head(column.table))):
            scores.append(static_names.ACCOUNT_HEAD_SCORE)
        if static_names.sip_entity(name, siblings) == recognizer.entity:
            scores.append(PEOPLE_NAME_SCORE)  # a SIP `contact`, `received`, `instance`
        if (recognizer.entity == "ACCOUNT_ID" and static_names.xmpp_address(name)) or (
                recognizer.entity == "LOCATION" and static_names.card_postal_code(name)):
            scores.append(PEOPLE_NAME_SCORE)  # vCard JABBERID; ADR-PCODE
        if recognizer.entity == FREE_TEXT_ENTITY and static_names.picture_of_someone(name, declared.holds_bytes(kind) or long_text) \
                and (_rows_are_people(column.table) or people_table(column.table) or "vcard" in words):
            scores.append(FREE_TEXT_SCORE)  # the picture of a person, stored in their row
        if recognizer.entity == FREE_TEXT_ENTITY and text_type and _text_of_a_report(name, column):
            scores.append(FREE_TEXT_SCORE)  # Jira's `issue.description`, `summary`: what its reporter wrote
        if recognizer.entity == FREE_TEXT_ENTITY and name.own in _SELF_DESCRIPTIONS and text_type \
                and static_names.table_head(column.table) in _SELF_WRITERS and not static_names.thing_table(column.table):
            scores.append(FREE_TEXT_SCORE)  # memos' `user.description`: what a person wrote about themselves
        if recognizer.entity == FREE_TEXT_ENTITY and (static_names.json_profile(leaf, column.table if leaf is name else "",
                                                                   declared.base_type(kind))
                                                      or name.own in {("vcard",), ("vcf",)}):
            scores.append(FREE_TEXT_SCORE)  # a JSON profile; a contact card
        if part or (recognizer.entity == "EMAIL_ADDRESS" and static_names.blind_copy(name)) or (
                recognizer.entity == "IP_ADDRESS" and static_names.network_address(name, siblings)
                and not {"mac", "macaddress", "macaddr", "hw", "hwaddress", "hwaddr"} & set(name.own)) or (
                recognizer.entity == "IP_ADDRESS" and static_names.ip_of_ip_table(name, words)):
            scores.append(PEOPLE_NAME_SCORE)
        if (recognizer.entity == "PERSON" and static_names.card_name(name, words, siblings)) or (
                recognizer.entity == "ACCOUNT_ID" and static_names.message_peer(name, words)):
            scores.append(PEOPLE_NAME_SCORE)
        if recognizer.entity == "PERSON" and (static_names.addressee_name(name) or static_names.done_by_name(name) or static_names.card_holder(name)
                                              or static_names.correspondent_name(name, siblings)
                                              or static_names.post_author_name(name, words, text_type)
                                              or static_names.writer_name(name, words)):
            scores.append(PEOPLE_NAME_SCORE)  # `shipping_name`: whom the parcel is for; `initiated_by_name`
        if recognizer.entity == "DEVICE_MODEL" and device_name:
            scores.append(PEOPLE_NAME_SCORE)  # `devices.display_name`: the name given to a device
        if recognizer.entity == "ACCOUNT_ID" and (static_names.oauth_subject(name, words) or (
                is_key(column.table, own_name.lower()) and _rows_are_people(column.table)
                and not words & _APP_TABLE_WORDS and static_names.key_of_people(column.table, siblings, name.own))):
            scores.append(static_names.ACCOUNT_HEAD_SCORE)  # OAuth's `subject`; `staff.staff_id`, the key of a table of people
        if recognizer.entity == "REGION" and static_names.region_beside_address(name, siblings,
                                                                   bool(_SHORT_CODE.match(kind.strip()))):
            scores.append(PEOPLE_NAME_SCORE)
        if table is not None and (context := recognizer.context_signal(_sample(column), table)) is not None and not (
                recognizer.entity == "ACCOUNT_ID" and name.own in KEY_NAMES
                and not static_names.key_of_people(column.table, siblings, name.own)):
            scores.append(context.score)
        if recognizer.entity == "PERSON" and name.own == ("name",) and (
                _rows_are_people(column.table) or static_names.signers_name(name, column.table, siblings)):
            scores.append(PEOPLE_NAME_SCORE)  # `contacts.name`, `identities.name`: the person's name
        if recognizer.entity == "ACCOUNT_ID" and static_names.provider_user_id(name) and _rows_are_people(column.table) \
                and not organization_table(column.table):
            scores.append(PEOPLE_NAME_SCORE)  # `users.github_id`: the person's id at GitHub
        if recognizer.entity == "ACCOUNT_ID" and static_names.person_hash(name):
            scores.append(static_names.ACCOUNT_HEAD_SCORE)  # `customer_hash`: the customer's id, hashed
        if recognizer.entity == "ACCOUNT_ID" and (static_names.linked_account_id(name, siblings)
                                                  or static_names.payer_at_provider(tail)):
            scores.append(PEOPLE_NAME_SCORE)  # `accounts.provider_account_id`: the user's id at the provider
        named = bool(scores)
        if comment is not None and (said := recognizer.name_signal(comment)) is not None \
                and said.score > recognizer.weak_name_score \
                and not static_names.thing_handle(recognizer.entity, NameTokens(own=comment.own[-1:], parent=(), raw=""),
                                     column.table) \
                and not (recognizer.entity == "GPS_COORDINATE" and kind == "integer"):
            # "The name of the brand" says no one's name; "The order's position in the shop's
            # count of orders" (a number) is no place on a map
            scores.append(said.score * COMMENT_WEIGHT)
        confidence = 1.0 - math.prod(1.0 - score for score in scores) if scores else 0.0
        if confidence >= threshold:
            found = Detected(category=category, confidence=round(confidence, 4), entity=recognizer.entity)
            (by_name if named else by_comment).append(found)
    if static_names.sent_mail_described(words):  # "The automation email's custom 'To' name": the message, no address
        by_comment = [d for d in by_comment if d.entity != "EMAIL_ADDRESS"]
    found = by_name or by_comment  # the column's own name outweighs what its description mentions
    if static_names.portrait_of_someone(name, _rows_are_people(column.table), words) \
            and declared.compatible(FREE_TEXT_ENTITY, kind) and (content := policy.category_of(FREE_TEXT_ENTITY)):
        # the person's picture, wherever it is kept: not a file of their device, nor a page they visited
        return [Detected(category=content, confidence=PEOPLE_NAME_SCORE, entity=FREE_TEXT_ENTITY)]
    # the head word names the thing: `resolution_notes` are notes someone wrote, not a resolution
    prose_head = long_text and bool(name.own) and any(
        r.entity == FREE_TEXT_ENTITY and r.name_signal(NameTokens.of(name.own[-1])) is not None for r in recognizers)
    tied = len(found) > 1  # (measured before sorting: a list being sorted reads as empty)
    found.sort(key=lambda d: (prose_head and d.entity == FREE_TEXT_ENTITY, d.confidence,
                              head_start(d.entity, name, recognizers) if tied else 0), reverse=True)
    if found and static_names.automatic_switch(name) and (declared.base_type(kind) in _SWITCH_TYPES or _INTEGER.match(
            declared.base_type(kind))):
        return []  # Zabbix's `users.autologin integer`: whether to log in automatically, no login
    if found and found[0].entity == "AUDIO_SETTING" and static_names.muted_thing(name, words):
        return []  # Feedbin's `subscriptions.muted`, Rallly's `polls.muted`: its notifications are off
    if found and found[0].entity == "EMAIL_ADDRESS" and (keyed := static_names.keyed_email(name, column.comment)):
        # a key named after an e-mail, described as a key: who it stands for, or no one
        account = policy.category_of("ACCOUNT_ID")
        return [Detected(category=account, confidence=found[0].confidence, entity="ACCOUNT_ID")] \
            if keyed == "ACCOUNT" and account is not None else []
    if found and found[0].entity == "LOCATION" and declared.holds_point(kind) \
            and (precise := policy.category_of("GPS_COORDINATE")) is not None:
        # Safecast's `measurements.location geography(Point,4326)`: the type says a spot on the map
        return [Detected(category=precise, confidence=found[0].confidence, entity="GPS_COORDINATE")]
    return found[:1]  # like a scan, the best detection is what the field is


#: head words that say only what sort of value a name's modifier is (`pager_address`, `tax_number`)
_GENERIC_HEADS = frozenset({"address", "addr", "number", "num", "no", "id", "code", "name", "value", "key", "info",
                            "data", "string", "hash", "text", "details"})


def head_start(entity: str, name: NameTokens, recognizers: Sequence[FieldRecognizer]) -> int:
    """Where the last part of the name that names `entity` begins: the larger, the nearer the
    name's head. A compound name is what its head says, its first words say whose or of what:
    `request_user_agent` is a user agent (from word 1), a request's only by its modifier (word 0),
    so of two names that score alike the head's wins (`request_ip`, `ip_country`). A generic
    head is what its modifier makes it (`pager_address`: a pager's number, no street)."""
    readers = [r for r in recognizers if r.entity == entity]
    for start in range(len(name.own) - 1, 0, -1):
        if start == len(name.own) - 1 and name.own[start] in _GENERIC_HEADS:
            continue
        suffix = NameTokens(own=name.own[start:], parent=(), raw="_".join(name.own[start:]))
        if any(r.name_signal(suffix) is not None for r in readers):
            return start
    return 0


#: last words of a name that make it a key or a time, whatever event it names
_NO_EVENT_HEADS = frozenset({"id", "uuid", "guid", "key", "day", "date", "time", "timestamp", "ts", "at", "hour", "week",
                             "month", "year"})


def own_row_number(table: str, column: str, name: NameTokens) -> bool:
    """`member_logins.login_id`, `logins.login_id`: a table's own key named after its head word,
    where that word names no people (a login, an event), numbers its rows (when it is a number:
    `follows.follow_id varchar` is the one followed)."""
    head = static_names.table_head(table)
    if not is_key(table, column) or len(name.own) < 2:
        return False
    if name.own[-2] == head and head not in static_names.PEOPLE_HEADS:
        return True
    # OpenCart's `customer_history.customer_history_id`, `customer_ip.customer_ip_id`: the key
    # named after the whole table, whose last word (a history, an IP, not a person) says what
    # its rows are, even where the head word read past that tail is a person's
    words = expand(tokenize(table.rsplit(".", 1)[-1].strip('"`[]')))
    last = static_names.singular(words[-1]) if len(words) > 1 else ""
    return bool(last) and name.own[-2] == last and last not in static_names.PEOPLE_HEADS \
        and last not in static_names.SAME_ROW_TAILS  # osCommerce's `customers_info.customers_info_id`: a customer's


#: the last words of a person's name given after the role they play (`owner_display_name`)
_NAME_OF_SOMEONE = frozenset({("display", "name"), ("full", "name"), ("real", "name")})
#: a person's own words about themselves, in their row (a profile's bio)
_SELF_DESCRIPTIONS = frozenset({("description",), ("bio",), ("biography",), ("about",), ("about", "me"), ("headline",),
                                 ("tagline",)})
#: the texts of an issue or a ticket its reporter writes: what went wrong and its one-line title
_REPORT_TEXTS = frozenset({"description", "summary", "details"})


def _text_of_a_report(name: NameTokens, column: Column) -> bool:
    """`issue.description`, `issue.summary`, a dbt model's `issue_description`, and its
    `issue_name` described "Title of the issue": in a table of issues, tickets or bug reports,
    the text someone wrote to report it (a type's or a status's description is the tracker's)."""
    head = static_names.table_head(column.table)
    if head not in static_names.WRITTEN_RECORDS:
        return False
    own = name.own[1:] if name.own[:1] == (head,) else name.own
    if own[-1:] == ("name",) and len(own) == 1:
        subject = _subject(column.comment)
        return bool(subject) and tokenize(subject)[:1] in {("title",), ("headline",), ("subject",), ("summary",)}
    return len(own) == 1 and own[0] in _REPORT_TEXTS


#: rows of people who write their own profile (a billing system's `customer.description` is the
#: merchant's note about the customer, a CRM contact's is the sales rep's)
_SELF_WRITERS = frozenset({"user", "member", "profile", "author"})
#: integer types: a `position` so declared is a rank in a list or a playback offset (`position_ms`)
_WHOLE_NUMBER = re.compile(r"^u?(tiny|small|medium|big)?u?int(eger)?\d*\b|^(small|big)?serial\b")


#: what a column's person word (`user_`) must not be read past to: the row's key, its person's
#: name or address (a `user_from` is where they are from, no mail's sender)
_NOT_PAST_THE_PERSON = frozenset({"ACCOUNT_ID", "PERSON", "EMAIL_ADDRESS", "COOKIE_ID"})


def _rows_are_people(table: str) -> bool:
    """`contacts`, `user_identities`: the table's head word says each row is a person."""
    head = static_names.table_head(table)
    return (head in static_names.PEOPLE_ROWS or head[:-1] in static_names.PEOPLE_ROWS) and not static_names.thing_table(table)


def _sample(column: Column) -> FieldSample:
    """A column as the recognizers see a field: its name, type and comment, no values yet."""
    return FieldSample(path=column_name(column), values=pa.array([], pa.string()),
                       declared_type=column.declared_type, comment=column.comment)


def _about_people(table: str, columns: Sequence[Column], detections: Sequence[list[Detected]],
                  recognizers: Sequence[FieldRecognizer], machine: bool = False) -> bool:
    """Do the table's rows belong to people? A person named by a role (a store's `manager`)
    does not make the store's address theirs (`static_tables.links_of`: nor do a machine's ids)."""
    if people_table(table) or not organization_table(table) and static_names.table_head(table) not in PROGRAM_HEADS \
            and any(tied_to_someone(c.references) for c in columns):  # (a bot's account is its own)
        return True  # (a tracker's context of an event, pointing to `events`: the visitor's device and place)
    links = links_of(table, (d.entity for found in detections for d in found), machine)
    return any(d.entity in links and not (d.entity == "PERSON" and static_names.role_head(static_names.schema_name(
        column_name(column), recognizers))) for column, found in zip(columns, detections) for d in found)


def _people_rows(columns: Sequence[Column], tables: dict[str, list[int]], detected: list[list[Detected]],
                 recognizers: Sequence[FieldRecognizer], machines: set[str], companies: set[str]) -> set[str]:
    """The tables (lower case, without schema) whose rows are about people, as read so far."""
    return {_bare(table) for table, indexes in tables.items() if table not in companies and _about_people(
        table, [columns[i] for i in indexes], [detected[i] for i in indexes], recognizers, table in machines)}


def _extensions_of_people(columns: Sequence[Column], tables: dict[str, list[int]], people: set[str]) -> set[str]:
    """Tables whose key is a unique reference to a row about people: one row told in two tables
    (Osclass's `t_item_location`, keyed by `fk_i_item_id`, is where the listing of
    `t_item(s_contact_name, s_contact_email, s_ip)` is: its address and coordinates the
    poster's)."""
    return {table for table, indexes in tables.items() if any(
        columns[i].unique and columns[i].references and _bare(columns[i].references) in people - {_bare(table)}
        for i in indexes)}


def static_check_input(schema: StaticSchema, datamap: DataMap, policy: Policy,
                       threshold: float = DEFAULT_THRESHOLD) -> CheckInput:
    """Classify each column by its name, type and comment; pair it with its declaration. Places
    in a table with no link to a person (countries, zones, GeoIP ranges, a store's address)
    are reference data, not personal data."""
    recognizers = default_recognizers()
    # a `SELECT *` stands for others (`expand_stars`), a view as read for its columns (`resolve_views`)
    kept = [c for c in schema.columns if c.copies is None and c.query is None]
    columns = _read_past_prefix(kept)
    tables: dict[str, list[int]] = {}
    for index, column in enumerate(columns):
        tables.setdefault(column.table, []).append(index)
    prefixes = static_names.column_prefixes({t: [columns[i].name for i in ix] for t, ix in tables.items()}, recognizers)
    columns = [_without_prefix(column, prefixes.get(column.table)) for column in columns]
    tagged = {t for t, ix in tables.items() if static_names.type_tagged([columns[i].name for i in ix])}
    columns = [replace(c, name=static_names.without_type_tag(c.name)) if c.table in tagged else c for c in columns]
    samples = {table: DatasetSample(name=table, source="static", kind="schema",
                                    fields=[_sample(columns[i]) for i in indexes])
               for table, indexes in tables.items()}
    detected = [classify_column(column, recognizers, policy, threshold, samples[column.table]) for column in columns]
    for i, column in enumerate(columns):  # `users.user_sig`, `profiles.user_bio`: the person's own field
        if not detected[i] and _rows_are_people(column.table) and (own := static_names.person_field(column.name)):
            found = classify_column(replace(column, name=own), recognizers, policy, threshold, samples[column.table])
            detected[i] = [d for d in found if d.entity not in _NOT_PAST_THE_PERSON]
    _read_copies(columns, tables, detected)
    names = {table: [static_names.schema_name(column_name(columns[i]), recognizers) for i in indexes]
             for table, indexes in tables.items()}
    _master_records(columns, tables, names, detected, policy)
    if any(static_names.table_head(t) == "module" for t in tables):
        for table, indexes in tables.items():  # beside a table of modules (XOOPS's), a `mod_id` keys a module, no moderator
            for i, name in zip(indexes, names[table]):
                if name.own[-2:] == ("mod", "id") or name.own[-1:] == ("modid",):
                    detected[i] = [d for d in detected[i] if d.entity != "ACCOUNT_ID"]
    things = {table for table in tables if static_names.role_without_person(table, names[table]) or static_names.client_registry(names[table])}
    things |= static_records.translated_tables(names)
    machines = {table for table in tables if machine_table(table, names[table])}
    companies = {table for table in tables if company_rows(table, names[table])}
    # the key of a decision's `candidate` table numbers options, not applicants; a table of a
    # program's parts or named settings (SMF's `permission_profiles`) numbers no one
    for table in things | companies | {t for t in tables if static_names.thing_table(t)}:
        for i in tables[table]:
            if is_key(table, column_name(columns[i]).lower()):
                detected[i] = [d for d in detected[i] if d.entity != "ACCOUNT_ID"]
    parties = _one_to_one_people(columns, tables, detected, policy, names, things | machines)
    _resolve_references(columns, tables, detected, policy, {p: t for t, p in prefixes.items()},
                        lambda table: table in things or table in machines or table in companies or static_names.thing_table(table))
    for i, column in enumerate(columns):  # LedgerSMB's `company.entity_id`: the company's own row among the parties
        target = _bare(column.references) if column.references else ""
        if target in parties and static_names.table_head(column.table) in _COMPANY_HEADS and column_name(column).lower() in {
                f"{target}_id", f"{target}id"}:
            detected[i] = [d for d in detected[i] if d.entity not in {"ACCOUNT_ID", "PERSON"}]
    lowered = {table: [column_name(columns[i]).lower() for i in indexes] for table, indexes in tables.items()}
    if static_names.accounts_of_no_one(lowered, {t: [{d.entity for d in detected[i]} for i in ix] for t, ix in tables.items()}):
        for i, column in enumerate(columns):  # a business customer's account, wherever its key is
            if static_names.names_the_account(column.table, column_name(column).lower()):
                detected[i] = [d for d in detected[i] if d.entity != "ACCOUNT_ID"]
    targets = _referenced(columns, tables)
    industry = policy.category_of("INDUSTRY")
    company_bares = {_bare(t) for t in companies}
    extensions = _extensions_of_people(columns, tables, _people_rows(columns, tables, detected, recognizers, machines,
                                                                     companies))
    for table, indexes in tables.items():
        if table not in companies:  # an order's ship-to of a company that is the customer
            for i, company_own in zip(indexes, ship_to_of_company(names[table], [targets[i] for i in indexes],
                                                                  company_bares)):
                if company_own:
                    detected[i] = [d for d in detected[i] if d.entity not in PLACE_ENTITIES | {"PERSON"}]
        found = [detected[i] for i in indexes]
        if not any(d.entity == "FILE_NAME" for f in found for d in f):
            for i in indexes:  # a file's type is someone's only beside the name of their file
                detected[i] = [d for d in detected[i] if d.entity != "MIME_TYPE"]
        machine = table in machines
        if aggregate_table(names[table], [_numeric(columns[i]) for i in indexes], (d.entity for f in found for d in f)):
            for i in indexes:  # counts by date and dimension: no one's
                detected[i] = []
            continue
        company = table in companies
        looked_up = not machine and static_names.table_head(table) not in PROGRAM_HEADS and observed_ip(names[table])
        catalogue = agent_catalogue(table, names[table])  # the kinds of browsers seen, no one's
        about_people = not company and not catalogue and (_about_people(table, [columns[i] for i in indexes], found, recognizers, machine)
                                        or looked_up or table in extensions)
        # (beside a street address typed in, coordinates are that address's fix: Osclass's
        # `t_user(s_address, s_city, d_coord_lat, s_access_ip)`)
        street = any(d.entity == "STREET_ADDRESS" for f in found for d in f)
        if (looked_up or not machine and ip_geolocated(names[table])) and not street \
                and (approximate := policy.category_of("LOCATION")) is not None:
            for i, name in zip(indexes, names[table]):  # the coordinates a GeoIP lookup gives an address: a city's
                if set(name.own) & _GEOCODED_ADDRESS:
                    continue  # Shopify's `order.billing_address_latitude` beside `browser_ip`: the address's own fix
                detected[i] = [Detected(category=approximate, confidence=d.confidence, entity="LOCATION")
                               if d.entity == "GPS_COORDINATE" else d for d in detected[i]]
        # (a row about people told in a second table keeps its places, whatever the table's name:
        # `item_location` is no branch of a company)
        dropped = frozenset() if table in extensions else unowned(table, about_people, (d.entity for f in found for d in f),
                                                                  machine, company)
        if catalogue:
            dropped |= {"USER_AGENT"}
        # `list(contact_company, contact_address_1, contact_city)`: the contact named by a company
        # is the company, its address the company's
        # (HubSpot's `property_company` beside `property_email`, a chat visitor's `visitor.organization`
        # beside `visitor.full_name`: a block that names a person is the person's, their employer beside)
        firms = {n.own[0] for n in names[table] if len(n.own) == 2 and n.own[1] in _COMPANY_HEADS} - {
            n.own[0] for n in names[table] if len(n.own) > 1 and set(n.own[1:]) & _SOMEONES_OWN}
        # FOSSBilling's `invoice(seller_company, seller_company_vat, seller_email, seller_phone)`
        # beside `buyer_first_name, buyer_company_vat, buyer_email`: a block with its company's
        # registration and no person's name is the business's (the issuer of the invoice)
        firms |= {n.own[0] for n in names[table] if len(n.own) > 2 and n.own[1] in _COMPANY_HEADS
                  and set(n.own[2:]) & _REGISTRATION_WORDS} - {
            n.own[0] for n in names[table] if len(n.own) > 1 and set(n.own[1:]) & _NAMES_SOMEONE}
        # (its administrator's e-mail does not make it about people; a user's settings point to the user)
        settings = static_names.table_head(table) in _SETTINGS_HEADS and not any(
            d.entity in {"ACCOUNT_ID", "COOKIE_ID"} for f in found for d in f)
        # an e-mail's or a page's template: the text its operator wrote for everyone it is sent to
        template = static_names.table_head(table) in _TEMPLATE_HEADS
        placed_thing = static_names.table_head(table) in _PLACED_THINGS
        # osCommerce's `address_format(address_format, address_summary)`: how addresses are laid out
        layout = static_names.table_head(table) in _LAYOUT_HEADS
        coded = static_names.coded_table(names[table])
        if static_names.groups_own(table):  # a team's sending address and its profile text
            for i in indexes:
                detected[i] = [d for d in detected[i] if d.entity not in ORGANISATION_CONTACTS | {FREE_TEXT_ENTITY}]
        companys_billing = static_names.billing_of_their_company(names[table])
        for i, name, billing in zip(indexes, names[table], companys_billing):
            if billing:  # a lead's company's billing address, beside the lead's own address
                detected[i] = [d for d in detected[i] if d.entity not in PLACE_ENTITIES]
            if layout or static_names.rule_about(name):  # a rule for a value, no one's value
                detected[i] = [d for d in detected[i] if d.entity not in PLACE_ENTITIES | ORGANISATION_CONTACTS]
            if placed_thing:  # where the job is, where and in which time zone an interview is held
                detected[i] = [d for d in detected[i] if d.entity not in PLACE_ENTITIES]
            if settings:  # an install's settings: paths, flags, texts it shows; its administrator's contact
                detected[i] = [d for d in detected[i] if d.entity in _ADMINISTRATOR_CONTACT]
            if template or coded and static_names.concept_text(name):  # (a code's label: FHIR's `category_text`)
                detected[i] = [d for d in detected[i] if d.entity != FREE_TEXT_ENTITY]
            if static_names.asked_text(table, name) or static_names.cryptographic_signature(table, name):
                detected[i] = [d for d in detected[i] if d.entity != FREE_TEXT_ENTITY]
            if static_names.credited_author(table, name):
                detected[i] = [d for d in detected[i] if d.entity not in {"ACCOUNT_ID", "PERSON"}]
            if len(name.own) > 1 and name.own[0] in firms:
                detected[i] = [d for d in detected[i] if d.entity not in PLACE_ENTITIES | ORGANISATION_CONTACTS]
            if len(name.own) > 1 and name.own[0] in _PREMISES and set(name.own[1:]) <= _LINE_WORDS \
                    and not people_table(table):
                # Service BC's `office_info.Site_Phone_No`, `Site_Email` beside its manager's e-mail:
                # the office's own line and mailbox
                detected[i] = [d for d in detected[i] if d.entity not in ORGANISATION_CONTACTS]
            # phpIPAM's `customers(title, address, contact_person, contact_mail)`: a company's
            # contact person's own phone and e-mail are the person's
            kept_contacts = ORGANISATION_CONTACTS if company and name.own[:1] == ("contact",) else frozenset()
            own = MACHINE_OWN if machine and about_people and not set(name.own) & _SOMEONE_IN_A_MACHINE else ()
            if program_account(table, name):
                own = {*own, "ACCOUNT_ID"}  # a forum's bot's own account
            if not about_people and name.own in _ANNOTATION_NAMES and not static_names.table_words(table) & static_names.ACTIVITY_TABLE_WORDS:
                own = {*own, "USER_CONTENT"}  # an SLA's, a form's, a plugin's notes: its administrator's note on it
            detected[i] = [d for d in detected[i] if (d.entity not in dropped or d.entity in kept_contacts)
                           and d.entity not in own]
        if industry is not None and (company or _rows_are_people(table) or _names_its_person(names[table])):
            for i, name in zip(indexes, names[table]):  # a person's job title and employer
                field = static_names.person_field(columns[i].name) if not company else None
                job = _CONTACT_JOB if company else _PERSON_JOB
                # (phpBB's `users.user_occ`: the member's own occupation field)
                # (a contact's company past the person word stays as its own name reads: HubSpot's
                # `contact_company` is labelled both ways across the sets)
                if not detected[i] and (name.own in job or field is not None and tuple(field.split("_")) in _OWN_WORK) \
                        and not _numeric(columns[i]) and not columns[i].references:
                    detected[i] = [Detected(category=industry, confidence=PEOPLE_NAME_SCORE, entity="INDUSTRY")]
        if industry is not None and not company:
            for i, name in zip(indexes, names[table]):  # an order's `payment_company` beside `payment_firstname`
                if not detected[i] and _company_of_named(name, names[table]) and not _numeric(columns[i]) \
                        and not columns[i].references:
                    detected[i] = [Detected(category=industry, confidence=PEOPLE_NAME_SCORE, entity="INDUSTRY")]
    _headline_of_writing(columns, tables, names, detected, policy)
    for i, column in enumerate(columns):  # a role granted by reference to a table of roles, or in a link table
        if column.references or (_bare(column.table), column.name.lower()) in schema.references \
                or "has" in static_names.table_words(column.table) \
                or static_names.role_in_a_record(column.table):  # (Kanboard's `project_has_users.role`)
            detected[i] = [d for d in detected[i] if d.entity != "USER_ROLE"]
    _read_lineage(columns, detected)
    for i, column in enumerate(columns):  # whatever a reference or a lineage passed on, the type still rules
        detected[i] = [d for d in detected[i] if declared.compatible(d.entity, column.declared_type)]
    records = [FieldRecord(dataset=column.table, field=column.name, detected=detected[i],
                           declaration=_declaration(datamap, column.table, column.name)
                           or _view_declaration(datamap, column),
                           declared_type=column.declared_type, location=column.location,
                           shows=".".join(column.shows) if column.shows else None)
               for i, column in enumerate(kept)]
    return CheckInput(policy=policy, declarations=datamap.declarations, fields=records, datasets={},
                      checked_at=datetime.now(timezone.utc), datamap_path=datamap.path or None,
                      complete=False, not_understood=list(schema.errors))


#: the premises a contact column may be named after: their switchboard and mailbox are no one's
_PREMISES = frozenset({"site", "office", "branch", "store", "shop", "facility", "clinic", "venue", "premises",
                       "warehouse", "depot", "hotel", "restaurant", "school", "campus", "hospital", "station"})


#: ... the words of such a contact: its line and its mailbox (not `siteAdminMail`: the site's
#: administrator's, a person's)
_LINE_WORDS = frozenset({"email", "mail", "e", "phone", "fax", "tel", "telephone", "no", "number", "num", "nr"})


def _master_records(columns: Sequence[Column], tables: dict[str, list[int]], names: dict[str, list[NameTokens]],
                    detected: list[list[Detected]], policy: Policy) -> None:
    """The key of a person's master record, wherever it is (`awb_dmail_xtrct.cnst_mstr_id` in a
    schema whose `cnst_prsn_f_nm` says a `cnst` is a person): an account id that ties its row
    to the person, so that the row's places are theirs too."""
    account = policy.category_of("ACCOUNT_ID")
    if account is None:
        return
    people = static_parties.people_words(n for found in names.values() for n in found)
    for table, indexes in tables.items():
        rows_are_people = _rows_are_people(table)
        for i, name in zip(indexes, names[table]):
            if not detected[i] and static_parties.master_record_key(name, rows_are_people, people):
                detected[i] = [Detected(category=account, confidence=static_names.ACCOUNT_HEAD_SCORE, entity="ACCOUNT_ID")]


#: what someone wrote, by its column's last word; and the headline they gave it
_WRITTEN_BODIES = frozenset({"body", "message"})
_HEADLINES = frozenset({("title",), ("subject",), ("headline",)})
#: a table of threads: each row opened by someone, its posts kept elsewhere
_THREADS = frozenset({"topic", "thread", "conversation", "discussion", "poll"})
#: tables of what people put together and name (a gallery, a reading list; a `playlist` may be a
#: stream's queue of songs, a `board` a dashboard)
_CREATIONS = frozenset({"gallery", "galleries", "album", "list", "userlist", "wishlist", "collection"})
#: what a person describes of what they made or sent, besides its title
_DESCRIPTIONS = frozenset({("description",), ("summary",), ("reason",), ("caption",)})
#: a log's rows record what happened to someone, described by the system
_LOGGED_WORDS = frozenset({"log", "audit", "history", "event", "session", "login", "ban", "activity", "change",
                           "version", "trail", "journal"})


def _logged(table: str) -> bool:
    """A table of a log's entries (`audit_log_entry`, e107's `dblog`, a `syslog`; a `blog` is
    what someone writes)."""
    words = static_names.table_words(table)
    return bool(words & _LOGGED_WORDS) or any(w.endswith("log") and w not in _BLOGS for w in words)


#: what someone writes in, though it ends in `log`
_BLOGS = frozenset({"blog", "weblog", "vlog", "microblog", "photoblog"})


#: words of a postal address's own coordinates (geocoded from the address, not looked up from an IP)
_GEOCODED_ADDRESS = frozenset({"address", "billing", "shipping", "delivery", "home", "street"})


def _headline_of_writing(columns: Sequence[Column], tables: dict[str, list[int]], names: dict[str, list[NameTokens]],
                         detected: list[list[Detected]], policy: Policy) -> None:
    """A post's, a message's `title` or `subject` beside the `body` someone wrote is theirs too
    (Stack Overflow's `posts_questions.title`, a private message's `subject`)."""
    content = policy.category_of(FREE_TEXT_ENTITY)
    if content is None:
        return
    for table, indexes in tables.items():
        # a bare `content` too, in a row that points to its author (WriteFreely's `posts(title,
        # content, owner_id)`); a feed reader's `cached_content` is a copy of a page, and a job
        # post's `content` with no one's key beside it is the company's
        owned = any(d.entity == "ACCOUNT_ID" for i in indexes for d in detected[i])
        # a thread someone started (Philomena's `topics(title, user_id)`, `conversations(title,
        # from_id, to_id)`) keeps its posts' bodies in another table: its title is the starter's
        started = owned and static_names.table_head(table) in _THREADS
        # a collection someone made (Philomena's `galleries(title, description, user_id)`, MIT
        # Learn's `userlist(title, description, author_id)`): its title and description are theirs;
        # and so are those of a row that records its sender's IP (`images(description, ip,
        # user_id)`, `reports(reason, ip, user_id)`), a log's rows aside (an audit entry's
        # description is the system's)
        # (the row's own request's address: a Stripe dispute's `evidence_customer_purchase_ip`
        # records a purchase, and its `reason` is the card network's)
        made = owned and (static_names.table_head(table) in _CREATIONS or (
            any(n.own in static_names.REQUEST_IPS and any(d.entity == "IP_ADDRESS" for d in detected[i])
                for i, n in zip(indexes, names[table])) and not _logged(table)))
        parts = _HEADLINES | (_DESCRIPTIONS if made else frozenset())
        # (XOOPS's `xoopscomments(com_title, com_text, com_uid)`: a bare `text` likewise)
        if not started and not made and not any(name.own[-1:] and (name.own[-1] in _WRITTEN_BODIES or (owned and name.own in {("content",), ("text",)}))
                   and any(d.entity == FREE_TEXT_ENTITY for d in detected[i])
                   for i, name in zip(indexes, names[table])):
            continue
        for i, name in zip(indexes, names[table]):
            if not detected[i] and name.own in parts and declared.holds_text(described_type(columns[i])) \
                    and not static_records.site_publication(FREE_TEXT_ENTITY, name, table):
                detected[i] = [Detected(category=content, confidence=PEOPLE_NAME_SCORE, entity=FREE_TEXT_ENTITY)]


#: the notes an administrator keeps on a row: someone's words only in a table tied to a person
#: or of happenings (a camera's `Events.Notes` are what a user wrote about a recording)
_ANNOTATION_NAMES = frozenset({("notes",), ("note",), ("admin", "notes"), ("internal", "notes"), ("admin", "note"),
                               ("internal", "note"), ("remarks",), ("comment",), ("comments",)})


#: a person's job title and employer in a table whose rows are people (Salesforce's
#: `contact.title`, GitHub's `user.company`, Northwind's `employees.title`): the taxonomy's
#: industry is fideslang's user.workplace
_PERSON_JOB = frozenset({("title",), ("job", "title"), ("job",), ("company",), ("company", "name"), ("employer",),
                         ("employer", "name"), ("occupation",), ("profession",), ("current", "company"),
                         ("current", "title"), ("job", "role")})
#: a person's own first or last name: a table holding one is a table of people, whatever it is
#: called (FOSSBilling's `client`, an OAuth-ambiguous word)
_OWN_NAME_PARTS = frozenset({("first", "name"), ("last", "name"), ("firstname",), ("lastname",), ("surname",),
                             ("given", "name"), ("family", "name")})


def _company_of_named(name: NameTokens, names: Sequence[NameTokens]) -> bool:
    """OpenCart's `payment_company` beside `payment_firstname`, osCommerce's `delivery_company`
    beside `delivery_name`: the company of the person the same words name, their employer."""
    own = name.own
    role = own[:-1] if own[-1:] == ("company",) else own[:-2] if own[-2:] == ("company", "name") else ()
    if len(role) != 1 or role[0] not in _BUYER_ROLES:
        # Shopify's `billing_address_company` (a line of the address), HubSpot's `property_company`,
        # a parsed user agent's `os_company` (beside `os_name`): no person's employer
        return False
    return any(n.own[:len(role)] == role and n.own[len(role):] in _NAMED_PERSON for n in names)


#: the parts a person takes in an order or an address book, whose company is theirs
_BUYER_ROLES = frozenset({"payment", "billing", "bill", "shipping", "ship", "delivery", "customer", "customers",
                          "buyer", "purchaser", "entry", "contact", "invoice"})
#: what names a person after the part they take (`payment_firstname`, `delivery_name`)
_NAMED_PERSON = _OWN_NAME_PARTS | {("name",), ("full", "name"), ("fullname",)}


def _names_its_person(names: Sequence[NameTokens]) -> bool:
    """Whether a table's columns name the person each row is (`first_name`, `surname`)."""
    return any(name.own in _OWN_NAME_PARTS for name in names)


#: the job title of a company's contact person (Northwind's `customers.contact_title`)
_CONTACT_JOB = frozenset({("contact", "title"), ("contact", "job", "title"), ("contact", "position")})


#: words that name someone in a machine's row (`poc_1_email`, `owner_name`, `contact_phone`): a
#: machine's table that names people keeps those columns, and the rest stays the machine's
_SOMEONE_IN_A_MACHINE = static_names.PERSON_ROLES | {"poc", "contact", "owner", "user", "admin", "responsible", "person",
                                        "people", "operator", "assigned"}


#: words of a block of columns (`contact_…`, `visitor.…`) that describe a person, not a company
#: a company's registration with the state (its VAT or company number), which no person has
_REGISTRATION_WORDS = frozenset({"vat", "number", "no", "registration", "tax", "ein", "siret", "siren"})
#: the words of a person's own name or birth, that make a block of contacts someone's
_NAMES_SOMEONE = frozenset({"first", "last", "full", "firstname", "lastname", "fullname", "person", "birth",
                            "birthdate", "birthday", "gender"})
_SOMEONES_OWN = frozenset({"first", "last", "full", "name", "firstname", "lastname", "fullname", "email", "mail",
                           "phone", "mobile", "person", "gender", "birth", "birthdate", "birthday", "title"})


#: what a one-letter key (`sid`, `cid`, `did`) abbreviates when a cookie's or a device's
_TRACKED_THINGS = frozenset({"session", "sessions", "client", "clients", "cookie", "cookies", "device", "devices",
                             "user", "users", "visitor", "visitors", "visit", "visits", "browser", "browsers"})


def _initial_key(name: NameTokens, words: set[str]) -> bool:
    """`circuits.cid`, `film_list.fid`: a key named by its table's initial (the circuit's, the
    film's id), not an analytics client id or a device's; `sessions.sid` stays a session's."""
    key = name.own[-1] if name.own else ""
    return bool(re.fullmatch(r"[a-z]id", key)) and not words & static_names.ACTIVITY_TABLE_WORDS and any(
        word.startswith(key[0]) for word in words - _TRACKED_THINGS)


#: places a name says, that an integer column can only point to (a ZIP code may be a number)
_NAMED_PLACES = frozenset({"LOCATION", "CITY", "COUNTRY", "REGION", "STREET_ADDRESS"})
_POSTAL_CODE_WORDS = frozenset({"zip", "zipcode", "postal", "postcode", "plz", "cep", "pin", "pincode"})


#: an application's own settings (phpIPAM's one-row `settings`, a `config` table): what it is
#: configured with is no one's, except how to reach the person who runs it
_SETTINGS_HEADS = frozenset({"settings", "setting", "config", "configs", "configuration", "configurations"})
_ADMINISTRATOR_CONTACT = frozenset({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"})
#: tables of templates (FOSSBilling's `email_template`, Stack Auth's `EmailTemplate`): their subject
#: and body are no one's writing, whoever they are later sent to
_TEMPLATE_HEADS = frozenset({"template"})
#: a member's own work fields past the person word (phpBB's `user_occ`)
_OWN_WORK = frozenset({("occupation",), ("profession",), ("job",), ("job", "title")})
#: types of a switch: on or off, or a small number standing for it
_SWITCH_TYPES = frozenset({"boolean", "bool", "bit"})
_INTEGER = re.compile(r"^(?:tiny|small|medium|big)?int(?:eger)?\b", re.I)
#: tables whose rows lay a kind of value out (a country's address format)
_LAYOUT_HEADS = frozenset({"format", "layout"})
#: a hiring process's things (Lever's, Greenhouse's `posting`, `requisition`, `interview`) and a
#: calendar's entries (SMF's `calendar`): their location and time zone are the job's, the
#: meeting's or the event's, whoever owns or attends them
_PLACED_THINGS = frozenset({"posting", "requisition", "job", "vacancy", "opening", "interview", "calendar"})


#: tables of organisations themselves (not of their places: `entity_to_location` links a party to an address)
_COMPANY_HEADS = frozenset({"company", "organization", "organisation", "org", "business", "vendor", "supplier",
                            "merchant", "partner", "agency", "firm", "corporation", "employer"})


def _one_to_one_people(columns: Sequence[Column], tables: dict[str, list[int]], detected: list[list[Detected]],
                       policy: Policy, names: dict[str, list[NameTokens]], things: set[str]) -> set[str]:
    """A table of people whose row points one to one to a row of another table (a unique
    foreign key: LedgerSMB's `person.entity_id`, `users.entity_id` to `entity`) says that
    row is the person's too: the other table's key is an account id (and what points to it is
    passed on by `_resolve_references`) and its bare `name` is the person's name. A party table
    keeps companies beside people, and a ledger's customers may be either. Returns the party
    tables (lower case, without schema)."""
    parties: set[str] = set()
    by_bare = {_bare(table): table for table in tables}
    account, person = policy.category_of("ACCOUNT_ID"), policy.category_of("PERSON")
    for column in columns:
        target = by_bare.get(_bare(column.references)) if column.unique and column.references else None
        if target is None or target == column.table or target in things or organization_table(target) \
                or not _rows_are_people(column.table) or _points_to_a_record(column, target):
            continue
        indexes = tables[target]
        key = next((i for i in sorted(indexes, key=lambda i: column_name(columns[i]).lower() != "id")
                    if is_key(target, column_name(columns[i]).lower())), None)
        if key is None or detected[key] or account is None:
            continue
        parties.add(_bare(target))
        detected[key] = [Detected(category=account, confidence=REFERENCE_SCORE, entity="ACCOUNT_ID")]
        for i, name in zip(indexes, names[target]):
            if name.own == ("name",) and not detected[i] and person is not None:
                detected[i] = [Detected(category=person, confidence=PEOPLE_NAME_SCORE, entity="PERSON")]
    return parties


#: what a person's unique key may point to that is theirs but no party: an address, a picture,
#: a file, their settings (Medusa's `customer.billing_address_id UNIQUE` to `address`)
_RECORD_WORDS = frozenset({"address", "addr", "location", "image", "avatar", "photo", "picture", "file", "attachment",
                           "setting", "preference", "cart", "wallet"})


def _points_to_a_record(column: Column, target: str) -> bool:
    """A unique foreign key named after a record of its person (`billing_address_id`) or to a
    table of such records (`address`): that row is the person's address, not the person."""
    words = expand(tokenize(column_name(column)))
    return bool({static_names.singular(w) for w in words[:-1]} & _RECORD_WORDS) \
        or static_names.table_head(target) in _RECORD_WORDS


def _numeric(column: Column) -> bool:
    kind = declared.base_type(column.declared_type)
    return any(word in kind for word in ("int", "float", "double", "real")) or kind in {"number", "numeric", "decimal",
                                                                                        "bignumeric"}


def _read_copies(columns: Sequence[Column], tables: dict[str, list[int]], detected: list[list[Detected]]) -> None:
    """A normalised copy of a column (`vcard_search.lfn` of `fn`, `email_lower`) holds what the
    column it copies holds."""
    for indexes in tables.values():
        by_name = {columns[i].name: i for i in indexes}
        for i in indexes:
            source = static_names.copied_column(columns[i].name, list(by_name)) if not detected[i] else None
            if source is not None:
                detected[i] = list(detected[by_name[source]])


def _read_lineage(columns: Sequence[Column], detected: list[list[Detected]]) -> None:
    """A `CREATE TABLE … AS SELECT` column that says nothing by its own name holds what its
    source columns hold, as judged in their own tables (`buyers.name` from `first_name ||
    last_name` of `users`; a city from a lookup table of cities stays no one's)."""
    by_key: dict[tuple[str, str], int] = {}
    for index, column in enumerate(columns):
        by_key.setdefault((column.table.rsplit(".", 1)[-1].strip('"`[]').lower(), column.name.lower()), index)
    by_name: dict[str, list[int]] = {}
    for (_, name), index in by_key.items():
        by_name.setdefault(name, []).append(index)
    for index, column in enumerate(columns):
        if detected[index] or not column.sources:
            continue
        for table, name in column.sources:
            table_key = table.rsplit(".", 1)[-1].strip('"`[]').lower()
            found = by_key.get((table_key, name.lower())) if table_key else next(
                (i for i in by_name.get(name.lower(), []) if detected[i]), None)
            if found is not None and found != index and detected[found]:
                detected[index] = list(detected[found])
                break


def _read_past_prefix(columns: list[Column]) -> list[Column]:
    """The columns as the classifier reads them: tables without the prefix all of them share
    (`ttrss_sessions` read as `sessions`); findings keep the tables as written."""
    prefix = static_names.shared_prefix(sorted({column.table for column in columns}))
    if not prefix:
        return columns

    def strip(table: str) -> str:
        schema_part, _, base = table.rpartition(".")
        bare = base.strip('"`[]')
        return (schema_part + "." if schema_part else "") + bare[len(prefix):] if bare.lower().startswith(prefix) \
            else table

    # (what a column references is read the same way: `ttrss_users` is the table read as `users`)
    return [replace(column, table=strip(column.table), references=strip(column.references) if column.references else "")
            for column in columns]


def _without_prefix(column: Column, prefix: str | None) -> Column:
    """`gus_issued_for` read as `issued_for` in a table whose columns all start `gus_`."""
    if prefix is None or not column.name.lower().startswith(prefix + "_") or len(column.name) <= len(prefix) + 1:
        return column
    return replace(column, name=column.name[len(prefix) + 1:])


def _referenced(columns: Sequence[Column], tables: dict[str, list[int]]) -> list[str]:
    """The table each column points to, lower case without schema ("": none): by a declared
    foreign key, or by its name (`account_id` beside an `account` table)."""
    names = referenced_tables(sorted(tables))
    out = []
    for column in columns:
        if column.references:
            out.append(_bare(column.references))
            continue
        name = column_name(column).lower()
        stem = name[:-3] if name.endswith("_id") and len(name) > 3 else None
        target = (same_layer(names, column.table, stem) or names.get(stem)) if stem else None
        out.append(_bare(target) if target is not None and target != column.table else "")
    return out


def _resolve_references(columns: Sequence[Column], tables: dict[str, list[int]], detected: list[list[Detected]],
                        policy: Policy, prefixed: dict[str, str] | None = None,
                        thing: Callable[[str], bool] = static_names.thing_table) -> None:
    """A foreign key means what the key it points to means (`static_refs`); `prefixed` maps a
    table's column prefix to the table (`gu_id` points to `g_user`, whose columns start `gu_`)."""
    names = [column_name(column).lower() for column in columns]
    keys = {table: next((i for i in sorted(indexes, key=lambda i: names[i] != "id") if is_key(table, names[i])), None)
            for table, indexes in tables.items()}
    refs = [Ref(column.table, name, _bare(column.references) if column.references else "")
            for column, name in zip(columns, names)]

    def numeric(index: int) -> bool:
        kind = declared.base_type(columns[index].declared_type)
        return "int" in kind or kind in {"number", "numeric", "decimal"}

    def uuid(index: int) -> bool:
        return declared.base_type(columns[index].declared_type) in {"uuid", "uniqueidentifier"}

    def holds_people(table: str) -> bool:
        return people_table(table) or _rows_are_people(table) or any(
            d.entity in _PEOPLE_EVIDENCE for i in tables.get(table, []) for d in detected[i])

    resolve(refs, detected, keys.get, policy.category_of, numeric, prefixed or {}, thing, uuid, holds_people)


#: what, detected in a table, says its rows are about people (not a key to someone: a check
#: that a user owns is still a check)
_PEOPLE_EVIDENCE = frozenset({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "DATE_OF_BIRTH",
                              "STREET_ADDRESS", "USER_AGENT"})


def _view_declaration(datamap: DataMap, column: Column) -> Declaration | None:
    """A view's column that shows a base column unchanged is covered by the base column's
    declaration: a team declares a field once, not in every view that shows it."""
    return _declaration(datamap, *column.shows) if column.shows else None


def _declaration(datamap: DataMap, table: str, column: str) -> Declaration | None:
    """A migration may name `public.users` where the map says `users`, or the reverse; the map may
    name the table with its source (`shop/public.users`, `app.db/users`)."""
    found = datamap.declaration_for(table, column)
    if found is None and "." in table:
        found = datamap.declaration_for(table.rsplit(".", 1)[-1], column)
    if found is None:
        found = next((d for d in sorted(datamap.declarations, key=lambda d: d.specificity, reverse=True)
                      if d.dataset.rsplit("/", 1)[-1].rsplit(".", 1)[-1] == table and d.covers(d.dataset, column)),
                     None)
    return found
