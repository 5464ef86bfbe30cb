"""The reviewer's commands: `datamap query`, `show`, `report` and `export`.

Thin wrappers over catalog.reader, catalog.report and catalog.exports; inventory/cli adds
them to the `datamap` group. Heavy modules are imported inside the commands so that
`datamap --help` answers at once.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from datamap.messages import one_line

if TYPE_CHECKING:
    import duckdb

#: same default as `datamap scan --catalog`
DEFAULT_CATALOG = "datamap.duckdb"
EXIT_USAGE = 2


class ReviewError(click.ClickException):
    """A catalog that cannot be read as asked: one line on stderr, exit code 2."""

    exit_code = EXIT_USAGE

    def show(self, file: Any = None) -> None:
        click.echo(one_line(f"error: {self.format_message()}"), err=True)


def _catalog_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--catalog", "catalog_path", default=DEFAULT_CATALOG, show_default=True,
                        type=click.Path(dir_okay=False), help="The DuckDB catalog file.")(func)


def _format_option(func: Callable[..., Any]) -> Callable[..., Any]:
    from catalog.formats import FORMATS  # light: no DuckDB

    return click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output format.")(func)


def _out_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--out", "-o", type=click.Path(dir_okay=False, writable=True),
                        help="Write to this file instead of standard output.")(func)


def _lang_option(func: Callable[..., Any]) -> Callable[..., Any]:
    # the reviewer's language: the words around the policy's, and the policy's clause texts
    return click.option("--lang", "language", type=click.Choice(["en", "zh"]), default="en", show_default=True,
                        help="Language of the output (the policy's clauses are quoted in it).")(func)


def _with_catalog(catalog_path: str, action: Callable[[duckdb.DuckDBPyConnection], str]) -> str:
    """Run `action` on the catalog opened read-only; catalog errors become ReviewError."""
    from catalog.reader import CatalogError, open_catalog

    try:
        with open_catalog(catalog_path) as con:
            return action(con)
    except CatalogError as exc:
        raise ReviewError(str(exc)) from None


def _emit(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}", err=True)
    else:
        sys.stdout.write(text)


@click.command()
@click.argument("sql")
@_catalog_option
@_format_option
def query(sql: str, catalog_path: str, fmt: str) -> None:
    """Run one SQL statement against the catalog (read-only) and print the result.

        datamap query "SELECT dataset, field FROM field_inventory WHERE category = 'location.precise'"
    """
    from catalog.formats import render
    from catalog.reader import run_sql

    click.echo(_with_catalog(catalog_path, lambda con: render(run_sql(con, sql), fmt)), nl=False)


@click.command()
@click.argument("view", required=False)
@_catalog_option
@_format_option
def show(view: str | None, catalog_path: str, fmt: str) -> None:
    """Print a view (or table) of the catalog; without VIEW, list the views with their row counts.

        datamap show policy_coverage --format markdown
    """
    from catalog.formats import render
    from catalog.reader import REVIEW_VIEWS, read_view, run_sql

    def list_views(con: duckdb.DuckDBPyConnection) -> str:
        counts = " UNION ALL ".join(f"SELECT '{name}' AS view, count(*) AS rows FROM \"{name}\""
                                    for name in REVIEW_VIEWS)
        return render(run_sql(con, counts), fmt)

    click.echo(_with_catalog(catalog_path, lambda con: render(read_view(con, view), fmt) if view
                             else list_views(con)), nl=False)


@click.command()
@_catalog_option
@click.option("--out", "-o", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@_lang_option
def report(catalog_path: str, out: str, language: str) -> None:
    """Write the reviewer's report of the latest scan: one HTML file that opens offline, in
    English or Chinese (each finding quotes the policy clause in that language).

        datamap report --out report.html
        datamap report --lang zh --out report.zh.html
    """
    from catalog.report import render_report

    _emit(_with_catalog(catalog_path, lambda con: render_report(con, language)), out)


@click.group()
def export() -> None:
    """Export the data map for other tools (GDPR Article 30 record, Fides, dbt, databases)."""


@export.command()
@_catalog_option
@click.option("--format", "-f", "fmt", type=click.Choice(["csv", "markdown"]), default="markdown",
              show_default=True, help="Output format.")
@_out_option
@_lang_option
def ropa(catalog_path: str, fmt: str, out: str | None, language: str) -> None:
    """Record of processing activities (GDPR Art. 30): per purpose, the categories of data,
    retention and datasets, with purpose names and clause texts in English or Chinese.

        datamap export ropa --format csv --out ropa.csv
        datamap export ropa --lang zh --out ropa.zh.md
    """
    from catalog import exports

    render = exports.ropa_csv if fmt == "csv" else exports.ropa_markdown
    _emit(_with_catalog(catalog_path, lambda con: render(con, language)), out)


@export.command()
@_catalog_option
@_out_option
def fides(catalog_path: str, out: str | None) -> None:
    """Fides dataset YAML: every field of the latest scan, personal ones with fideslang data
    categories (the policy's mapping) and data uses (from declared purposes).

        datamap export fides --out datamap.fides.yml
    """
    from catalog import exports

    _emit(_with_catalog(catalog_path, exports.fides_yaml), out)


@export.command()
@_catalog_option
@_out_option
def datahub(catalog_path: str, out: str | None) -> None:
    """DataHub metadata file: glossary terms for the categories found, and every dataset's
    schema with its personal fields tagged `pii` and given their category's term. DataHub's
    `file` source ingests it as it is.

        datamap export datahub --out datamap.datahub.json
    """
    from catalog.datahub import datahub_json

    _emit(_with_catalog(catalog_path, datahub_json), out)


@export.command(name="json")
@_catalog_option
@_out_option
def json_export(catalog_path: str, out: str | None) -> None:
    """The latest scan as one plain JSON document (JSON Schema: catalog/schemas/catalog.schema.json):
    every dataset and field, with category, purposes, retention and clause.

        datamap export json --out datamap.json
    """
    from catalog.datahub import catalog_json

    _emit(_with_catalog(catalog_path, catalog_json), out)


@export.command()
@click.argument("project", type=click.Path(exists=True, file_okay=False))
@_catalog_option
@click.option("--write", is_flag=True, help="Patch the files in place (default: print the diff only).")
def dbt(project: str, catalog_path: str, write: bool) -> None:
    """Patch the dbt models' schema.yml files of PROJECT: each column the catalog knows gets
    `meta.datamap` (category, purposes, retention, clause) and the tags `pii` and its category.
    Comments and order are kept; models the catalog does not know are left alone. Prints the
    diff unless --write.

        datamap export dbt ./analytics && datamap export dbt ./analytics --write
    """
    from catalog.writeback import dbt_patches, unified_diff

    root = Path(project)
    patches: dict = {}
    _with_catalog(catalog_path, lambda con: patches.update(dbt_patches(con, root)) or "")
    if not write:
        sys.stdout.write(unified_diff(patches, root))
        click.echo(f"{len(patches)} file(s) would change (--write to apply)", err=True)
        return
    for path, (_, new) in patches.items():
        path.write_text(new, encoding="utf-8")
        click.echo(f"patched {path}", err=True)


@export.command(name="sql")
@_catalog_option
@click.option("--dialect", type=click.Choice(["postgres", "snowflake", "bigquery"]), default="postgres",
              show_default=True, help="PostgreSQL comments, Snowflake tags, or BigQuery policy-tag JSON.")
@click.option("--source", help="Only the datasets of this source (the part of the dataset name before '/').")
@click.option("--execute", "execute_url", metavar="URL",
              help="Run the PostgreSQL script on this database (${ENV} expanded) in one transaction.")
@_out_option
def sql_export(catalog_path: str, dialect: str, source: str | None, execute_url: str | None, out: str | None) -> None:
    """The personal columns of the latest scan's databases as a script to review: `COMMENT ON
    COLUMN` (PostgreSQL), `SET TAG` (Snowflake) or policy tags (BigQuery JSON).

        datamap export sql --dialect postgres --source shop --out comments.sql
    """
    from catalog.writeback import database_script

    script = _with_catalog(catalog_path, lambda con: database_script(con, dialect, source))
    if execute_url is None:
        _emit(script, out)
        return
    if dialect != "postgres":
        raise ReviewError("--execute runs PostgreSQL scripts only")
    import psycopg

    from catalog.datamap import expand_env

    try:
        url = expand_env(execute_url)
    except KeyError as exc:
        raise ReviewError(f"environment variable {exc.args[0]} is not set") from None
    try:
        with psycopg.connect(url) as conn:  # one transaction: all comments or none
            conn.execute(script)
    except psycopg.Error as exc:
        from urllib.parse import urlsplit

        from inventory.redaction import redact

        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        secret = urlsplit(url).password or ""
        raise ReviewError(f"the script failed, nothing was applied: {redact(first, (secret,) if secret else ())}") from None
    click.echo(f"applied {script.count('COMMENT ON COLUMN')} column comment(s)", err=True)


#: the commands inventory/cli adds to the `datamap` group
COMMANDS = (query, show, report, export)
