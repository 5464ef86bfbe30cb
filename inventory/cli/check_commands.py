"""The CI gate's commands: `datamap check`, `baseline` and `init`."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from inventory.cli.common import fail, load_config, run_scan, scan_options


def check_input_options(func):  # type: ignore[no-untyped-def]
    """Where `check`, `baseline` and `init` read from: a scan, an existing catalog, or migrations."""
    for option in reversed([
        click.option("--catalog", "catalog_path", type=click.Path(dir_okay=False),
                     help="Read this existing catalog instead of scanning."),
        click.option("--save-catalog", type=click.Path(dir_okay=False),
                     help="Keep the catalog of the scan here [default: a temporary file]."),
        click.option("--static", is_flag=True,
                     help="LOCATIONS are SQL migrations and dbt schema.yml files: check the columns they define."),
        click.option("--dialect", default=None,
                     help="SQL dialect of the migrations (postgres, mysql, snowflake, bigquery, redshift, ...) "
                          "[default: detected per file]."),
    ]):
        func = option(func)
    return scan_options(func)


def build_check_input(locations: tuple[str, ...], catalog_path: str | None, save_catalog: str | None, static: bool,
                      dialect: str | None, policy_path: str | None, datamap_path: str | None, sample_rows: int, seed: int,
                      threshold: float | None):  # type: ignore[no-untyped-def]
    """The CheckInput of a check: read from a catalog, from a fresh scan, or from migrations."""
    import tempfile

    from catalog.checks.draft import ensure_filled
    from catalog.datamap import DEFAULT_DATAMAP
    from catalog.checks.inputs import read_check_input
    from catalog.reader import CatalogError
    from catalog.yamlfile import ConfigError

    try:
        if catalog_path:
            return read_check_input(catalog_path)
        path = datamap_path or (DEFAULT_DATAMAP if Path(DEFAULT_DATAMAP).exists() else None)
        if path:
            ensure_filled(path)
        if static:
            from catalog.checks.static import read_static, static_check_input
            from classifiers.engine import DEFAULT_THRESHOLD

            if not locations:
                fail("--static needs the migration or dbt files to check")
            policy, datamap = load_config(policy_path, datamap_path)
            schema = read_static(locations, dialect)  # what it cannot read becomes DM012 findings
            return static_check_input(schema, datamap, policy, DEFAULT_THRESHOLD if threshold is None else threshold)
        with tempfile.TemporaryDirectory(prefix="datamap-check-") as tmp:
            target = save_catalog or str(Path(tmp) / "check.duckdb")
            run_scan(locations, target, policy_path, datamap_path, sample_rows, seed, threshold)
            return read_check_input(target)  # what could not be read fails the check (DM011)
    except (ConfigError, CatalogError, ValueError) as exc:
        fail(str(exc))
        raise  # unreachable: fail exits


def _default_baseline(baseline_path: str | None) -> str | None:
    from catalog.checks.allowlist import DEFAULT_BASELINE

    if baseline_path:
        return baseline_path
    return DEFAULT_BASELINE if Path(DEFAULT_BASELINE).exists() else None


def _load_allowlist(baseline_path: str | None):  # type: ignore[no-untyped-def]
    from catalog.checks.allowlist import load_allowlist
    from catalog.yamlfile import ConfigError

    path = _default_baseline(baseline_path)
    if path is None:
        return []
    try:
        return load_allowlist(path)
    except ConfigError as exc:
        fail(str(exc))
        raise


FORMAT_NAMES = ("text", "json", "sarif", "junit", "github", "markdown")


def _parse_output(value: str) -> tuple[str, str]:
    name, sep, path = value.partition("=")
    if not sep or name not in FORMAT_NAMES or not path:
        fail(f"--output {value!r}: expected FORMAT=PATH with FORMAT one of {', '.join(FORMAT_NAMES)}")
    return name, path


@click.command()
@click.argument("locations", nargs=-1)
@check_input_options
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Accepted findings [default: ./datamap-baseline.yaml if present].")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error", show_default=True,
              help="The lowest severity that fails the check.")
@click.option("--format", "-f", "output_format", type=click.Choice(FORMAT_NAMES), default="text",
              show_default=True, help="What to print on stdout.")
@click.option("--output", "-o", "outputs", multiple=True, metavar="FORMAT=PATH",
              help="Also write a report to a file (repeatable), e.g. -o sarif=datamap.sarif.")
@click.option("--allow-partial", is_flag=True,
              help="Pass even if some datasets or sources could not be read (DM011 is still reported).")
def check(locations: tuple[str, ...], catalog_path: str | None, save_catalog: str | None, static: bool,
          dialect: str | None, policy_path: str | None, datamap_path: str | None, sample_rows: int, seed: int,
          threshold: float | None, baseline_path: str | None, fail_on: str, output_format: str,
          outputs: tuple[str, ...], allow_partial: bool) -> None:
    """Fail when personal data is undeclared, or declared against the policy (the CI gate).

    Scans LOCATIONS (or the sources of datamap.yaml), or reads --catalog, or with --static reads
    SQL migrations and dbt schema.yml files; exit 0 clean, 1 violations, 2 usage error, 3 some
    data was not read (see --allow-partial). Example:

        datamap check -f github -o sarif=datamap.sarif -o markdown=summary.md
    """
    from catalog.checks import check as run_check
    from catalog.checks.formats import render

    targets = [_parse_output(value) for value in outputs]
    ci = build_check_input(locations, catalog_path, save_catalog, static, dialect, policy_path, datamap_path,
                           sample_rows, seed, threshold)
    report = run_check(ci, allowlist=_load_allowlist(baseline_path), fail_on=fail_on, allow_partial=allow_partial)
    for name, path in targets:
        Path(path).write_text(render(report, name), encoding="utf-8")
    click.echo(render(report, output_format), nl=False)
    sys.exit(report.exit_code)


@click.command()
@click.argument("locations", nargs=-1)
@check_input_options
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="The baseline file to write [default: ./datamap-baseline.yaml].")
@click.option("--reason", default=None, help="Why these findings are accepted [default: 'baseline of DATE'].")
@click.option("--expires", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Last day the new entries are in force (YYYY-MM-DD); none by default.")
def baseline(locations: tuple[str, ...], catalog_path: str | None, save_catalog: str | None, static: bool,
             dialect: str | None, policy_path: str | None, datamap_path: str | None, sample_rows: int, seed: int,
             threshold: float | None, baseline_path: str | None, reason: str | None, expires) -> None:  # type: ignore[no-untyped-def]
    """Accept today's findings: write them to the baseline so that only new ones fail `check`.

    Entries already in the file are kept as written (an expired one stays expired). Example:

        datamap baseline --reason "legacy tables, PRIV-12" --expires 2027-03-31
    """
    from datetime import date

    from catalog.checks import check as run_check
    from catalog.checks.allowlist import DEFAULT_BASELINE
    from catalog.checks.allowlist import baseline as accept

    path = baseline_path or DEFAULT_BASELINE
    entries = _load_allowlist(path) if Path(path).exists() else []
    ci = build_check_input(locations, catalog_path, save_catalog, static, dialect, policy_path, datamap_path,
                           sample_rows, seed, threshold)
    report = run_check(ci, allowlist=entries)
    text = accept(report.findings, entries, reason or f"baseline of {date.today()}",
                  expires.date() if expires else None)
    Path(path).write_text(text, encoding="utf-8")
    expired = report.count(state="expired")
    click.echo(f"{path}: {len(report.findings) - expired} findings accepted"
               + (f"; {expired} still fail: their acceptance expired" if expired else ""))


@click.command()
@click.argument("locations", nargs=-1)
@click.option("--catalog", "catalog_path", type=click.Path(dir_okay=False),
              help="Draft from this existing catalog instead of scanning.")
@scan_options
@click.option("--output", "-o", "output", default="datamap.yaml", show_default=True,
              type=click.Path(dir_okay=False), help="Where to write the draft ('-' for stdout).")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(locations: tuple[str, ...], catalog_path: str | None, policy_path: str | None, datamap_path: str | None,
         sample_rows: int, seed: int, threshold: float | None, output: str, force: bool) -> None:
    """Draft a datamap.yaml declaring every personal field a scan of LOCATIONS finds.

    Fill in its TODOs (purposes, retention, basis, consents) and `datamap check` passes. Example:

        datamap init data/ -o datamap.yaml
    """
    from catalog.checks.draft import init as draft
    from catalog.checks.draft import source_name
    from catalog.datamap import Source

    if output != "-" and Path(output).exists() and not force:
        fail(f"{output} exists: use --force to overwrite it, or -o another file")
    if not locations and not catalog_path:
        fail("give the LOCATIONS to scan (or --catalog)")
    ci = build_check_input(locations, catalog_path, None, False, None, policy_path, datamap_path,
                           sample_rows, seed, threshold)
    sources = [Source(name=source_name(loc), location=loc) for loc in locations]
    text = draft(ci, sources, output if output != "-" else "datamap.yaml")
    if output == "-":
        click.echo(text, nl=False)
        return
    Path(output).write_text(text, encoding="utf-8")
    click.echo(f"{output}: {text.count('category:')} fields declared; fill in its TODOs, then run `datamap check`")


COMMANDS = (check, baseline, init)
