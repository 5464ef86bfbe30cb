"""Subject-rights commands (policy clause 8): `datamap rights plan | access | delete | anonymise`.

Thin wrappers over catalog.rights (the plan, from the catalog) and inventory.rights (running
it against the sources). Deletion and anonymisation print the reviewed plan; only `--execute`
changes data.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from datamap.messages import one_line
from inventory.cli.common import DEFAULT_CATALOG, EXIT_OK, EXIT_PARTIAL, fail

SUBJECT_HELP = "The kind of identifier the person is known by (a category id, e.g. account.id, contact.email)."


def _plan_options(func: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed([
        click.option("--catalog", "catalog_path", default=DEFAULT_CATALOG, show_default=True,
                     type=click.Path(dir_okay=False), help="The DuckDB catalog file."),
        click.option("--subject", default="account.id", show_default=True, help=SUBJECT_HELP),
    ]):
        func = option(func)
    return func


def _source_options(func: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed([
        click.option("--subject-id", required=True, help="The person's identifier (the value to look for)."),
        click.option("--source", "source_urls", multiple=True, metavar="NAME=URL",
                     help="URL of a database source named NAME in the catalog (repeatable; ${ENV} expanded)."),
        click.option("--datamap", "datamap_path", type=click.Path(dir_okay=False),
                     help="Take database URLs from this data map's sources [default: ./datamap.yaml if present]."),
    ]):
        func = option(func)
    return func


def _load_plan(catalog_path: str, subject: str):  # type: ignore[no-untyped-def]
    from catalog.reader import CatalogError
    from catalog.rights import RightsError, rights_plan

    if not Path(catalog_path).exists():
        fail(f"{catalog_path}: no such catalog (run `datamap scan` first)")
    try:
        return rights_plan(catalog_path, subject)
    except (RightsError, CatalogError) as exc:
        fail(str(exc))


def _sources(source_urls: tuple[str, ...], datamap_path: str | None) -> dict[str, str]:
    from catalog.datamap import DEFAULT_DATAMAP, load_datamap
    from catalog.yamlfile import ConfigError

    sources: dict[str, str] = {}
    path = datamap_path or (DEFAULT_DATAMAP if Path(DEFAULT_DATAMAP).exists() else None)
    if path:
        try:
            sources.update({s.name: s.location for s in load_datamap(path).sources})
        except ConfigError as exc:
            fail(str(exc))
    for item in source_urls:
        name, sep, url = item.partition("=")
        if not sep or not name or not url:
            fail(f"--source {item!r}: expected NAME=URL")
        sources[name] = url
    return sources


@click.group()
def rights() -> None:
    """Serve subject-rights requests (clause 8): where a person's data is, and how to export,
    delete or anonymise it.

    \b
      datamap rights plan --subject account.id
      datamap rights access --subject-id 10000042 -o subject.json
      datamap rights delete --subject-id 10000042             # prints the plan
      datamap rights delete --subject-id 10000042 --execute   # changes the data
    """


@rights.command()
@_plan_options
@click.option("--format", "-f", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def plan(catalog_path: str, subject: str, output_format: str) -> None:
    """Every dataset and field holding SUBJECT identifiers, the statements that serve access,
    deletion and anonymisation, the datasets that cannot be served by key, and the fields each
    consent covers (withdrawal, 8.2). Example:

        datamap rights plan --subject contact.email --catalog datamap.duckdb
    """
    loaded = _load_plan(catalog_path, subject)
    if output_format == "json":
        click.echo(json.dumps(loaded.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(loaded.format(), nl=False)


@rights.command()
@_plan_options
@_source_options
@click.option("--output", "-o", default="subject-export.json", show_default=True, type=click.Path(dir_okay=False),
              help="Where to write the export (.json, or .parquet).")
def access(catalog_path: str, subject: str, subject_id: str, source_urls: tuple[str, ...],
           datamap_path: str | None, output: str) -> None:
    """Export every row of one person from every source, read-only (portability, 8.1). Example:

        datamap rights access --subject-id 10000042 --source shop=postgresql://... -o subject.json
    """
    from inventory.rights import access as run_access
    from inventory.rights import write_export

    loaded = _load_plan(catalog_path, subject)
    export = run_access(loaded, subject_id, _sources(source_urls, datamap_path))
    write_export(export, output)
    rows = sum(len(d.rows) for d in export.datasets)
    for failed in export.errors:
        click.echo(one_line(f"error: {failed.dataset}: {failed.error}"), err=True)
    click.echo(f"{output}: {rows} row(s) from {sum(1 for d in export.datasets if d.rows)} of "
               f"{len(export.datasets)} dataset(s)")
    sys.exit(EXIT_PARTIAL if export.errors else EXIT_OK)


def _change(action: str) -> Callable[..., None]:
    @_plan_options
    @_source_options
    @click.option("--execute", is_flag=True, help="Change the data. Without it the plan is only printed.")
    def command(catalog_path: str, subject: str, subject_id: str, source_urls: tuple[str, ...],
                datamap_path: str | None, execute: bool) -> None:
        from inventory.rights import execute as run

        loaded = _load_plan(catalog_path, subject)
        if not execute:
            click.echo(loaded.format(), nl=False)
            click.echo(f"\nNothing changed. Review the {action} statements above, then run again with --execute.")
            return
        failures = 0
        for result in run(loaded, subject_id, action, _sources(source_urls, datamap_path)):
            if result.error:
                failures += 1
                click.echo(one_line(f"error: {result.dataset}: {result.error}"), err=True)
            else:
                click.echo(f"{result.dataset}: {result.rows_before} row(s) matched, {result.rows_after} left")
        sys.exit(EXIT_PARTIAL if failures else EXIT_OK)

    command.__doc__ = (f"{action.capitalize()} one person's data in every dataset the plan serves; "
                       "prints the plan unless --execute is given (then rescan). Example:\n\n"
                       f"    datamap rights {action} --subject-id 10000042 --execute\n")
    return command


rights.command(name="delete")(_change("delete"))
rights.command(name="anonymise")(_change("anonymise"))

COMMANDS = (rights,)
