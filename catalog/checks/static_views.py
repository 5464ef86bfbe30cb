"""The columns of views, resolved the way sqlglot resolves a query over a known schema.

A view stores nothing, but a view that shows `email` to analysts is a dataset holding personal
data. Each view is kept as its query until every file is read; then its output columns are
named (an alias, the column it selects, `*` expanded from the tables the files define) and each
is traced to the base columns it comes from (`sqlglot.optimizer.qualify` and `sqlglot.lineage`
over the project's own tables). A column that shows one base column unchanged (`a.phone`,
`cu.customer_id AS id`, a cast of it) is a copy: it keeps the base column's category and its
declaration. A computed column is judged by its name; one whose name says nothing holds what
the columns it is computed from hold, as a `CREATE TABLE … AS SELECT` column does (`first_name
|| ' ' || last_name AS name`); a count, a sum or an average is a number, whatever it counts.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.lineage import lineage
from sqlglot.optimizer.qualify import qualify


@dataclass(frozen=True)
class ViewColumn:
    """One output column of a view: its name, the line it is written on (None: the view's own
    line), the type a cast or an aggregate gives it, the base columns it is computed from, and
    whether it shows the one of them unchanged (a copy)."""

    name: str
    line: int | None
    declared_type: str
    sources: tuple[tuple[str, str], ...] = ()
    copy: bool = False


def bare(table: str) -> str:
    """`public.customer`, `"s"."t"`, `` `p.d.t` ``: the table's own name, lower case."""
    return table.strip('"`[]').rsplit(".", 1)[-1].strip('"`[]').lower()


def view_query(statement: exp.Expression) -> exp.Query | None:
    """The query of a `CREATE [OR REPLACE] [SECURE|MATERIALIZED] VIEW … AS SELECT`, else None."""
    if not isinstance(statement, exp.Create) or str(statement.args.get("kind", "")).upper() != "VIEW":
        return None
    query = statement.expression
    return query if isinstance(query, exp.Query) else None


def _unwrapped(select: exp.Expression) -> exp.Expression:
    """What a select item computes, without its alias, casts and parentheses."""
    node = select.this if isinstance(select, exp.Alias) else select
    while isinstance(node, (exp.Cast, exp.Paren)):
        node = node.this
    return node


def view_columns(query: exp.Query, dialect: str, tables: dict[str, dict[str, str]],
                 line_of: Callable[[exp.Expression], int | None]) -> list[ViewColumn]:
    """The view's output columns. `tables`: the columns (name -> type) of each table the files
    define so far, by bare lower-case name; `line_of(node)` the file line of a parsed node."""
    # qualify folds unquoted names to the dialect's case: findings keep them as written
    written = {name.lower(): name for columns in tables.values() for name in columns.values()}
    written.update({i.name.lower(): i.name for i in query.find_all(exp.Identifier)})
    local = query.copy()
    for table in local.find_all(exp.Table):  # the files' tables are known by their bare names
        table.set("db", None)
        table.set("catalog", None)
        table.set("this", exp.to_identifier(bare(table.name)))
    used = {t.name for t in local.find_all(exp.Table)}
    schema = {name: {column: "TEXT" for column in columns} or {"_": "TEXT"} for name, columns in tables.items()
              if name in used}
    logger = logging.getLogger("sqlglot")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        try:
            resolved = qualify(local, schema=schema, dialect=dialect, validate_qualify_columns=False,
                               quote_identifiers=False, identify=False)
        except (SqlglotError, ValueError, KeyError, AttributeError, TypeError, RecursionError):
            resolved = None
        out = []
        for position, select in enumerate((resolved or local).selects):
            if isinstance(select, exp.Star) or (isinstance(select, exp.Column) and select.is_star):
                continue  # `*` of a table the files do not define: its columns are not known here
            name = select.alias_or_name
            if not name:
                continue
            original = local.selects[position] if resolved is None and position < len(local.selects) else select
            cast = select.this if isinstance(select, exp.Alias) else select
            computed = _unwrapped(select)
            declared = cast.to.sql(dialect) if isinstance(cast, exp.Cast) else \
                _COUNTED.get(type(computed), "")  # `count(DISTINCT email) AS emails` is a number
            # a count or a sum holds a number, not what it counts; so does a value built from
            # counts deeper in it (listmonk's dashboard: `JSON_BUILD_OBJECT('total', (SELECT
            # SUM(num) …), 'orphans', (SELECT COUNT(id) …))`): it follows its own name
            summary = not isinstance(computed, exp.Column) and computed.find(*_COUNTED) is not None
            sources, counted = _traced(name, resolved, schema, dialect) \
                if resolved is not None and not declared and not summary else ([], False)
            if counted and not sources:  # `total_users` of a CTE's `COUNT(DISTINCT user_id)`: a number
                declared = _COUNTED[exp.Count]
            sources = [(table, tables.get(table, {}).get(column.lower(), column)) for table, column in sources]
            out.append(ViewColumn(name=written.get(name.lower(), name), line=line_of(original),
                                  declared_type=declared, sources=tuple(sources),
                                  copy=isinstance(computed, exp.Column) and len(sources) == 1))
        return out
    finally:
        logger.setLevel(level)


#: aggregates whose value is a number whatever they count (`min`/`max` return what they compare)
_COUNTED = {exp.Count: "BIGINT", exp.Sum: "NUMERIC", exp.Avg: "NUMERIC", exp.ApproxDistinct: "BIGINT",
            exp.Stddev: "NUMERIC", exp.Variance: "NUMERIC"}


def _traced(name: str, resolved: exp.Query, schema: dict, dialect: str) -> tuple[list[tuple[str, str]], bool]:
    """The base (table, column) pairs a view's column is computed from, through CTEs and
    subqueries, in the order met (none if sqlglot cannot trace it), and whether a count, a sum
    or an average stood on the way: what a CTE counts (`COUNT(DISTINCT user_id) AS total_users`)
    does not reach the view's columns that show or divide the count, a number."""
    try:
        root = lineage(name, resolved, schema=schema, dialect=dialect)
    except (SqlglotError, ValueError, KeyError, AttributeError, TypeError, RecursionError):
        return [], False
    out: list[tuple[str, str]] = []
    counted = False
    pending = [root]
    while pending:  # depth first, each node's sources in their order
        node = pending.pop()
        if node is not root and _unwrapped(node.expression).find(*_COUNTED) is not None:
            counted = True
            continue
        column = node.name.rsplit(".", 1)[-1]
        if not node.downstream and isinstance(node.source, exp.Table) and column and column != "*" \
                and (node.source.name, column) not in out:
            out.append((node.source.name, column))
        pending += reversed(node.downstream)
    return out, counted


def latest_definitions(names: Sequence[str]) -> set[int]:
    """Indexes of the last definition of each view (`CREATE OR REPLACE VIEW` in a later migration
    replaces the earlier one)."""
    last: dict[str, int] = {}
    for index, name in enumerate(names):
        last[bare(name)] = index
    return set(last.values())


def known_tables(columns: Iterable[tuple[str, str]]) -> dict[str, dict[str, str]]:
    """(table, column) -> {bare table: {column lower case: column as written}}. Lineage needs
    the names only (every type is TEXT to sqlglot: a project's enums and domains are not its)."""
    out: dict[str, dict[str, str]] = {}
    for table, column in columns:
        out.setdefault(bare(table), {}).setdefault(column.lower(), column)
    return out
