"""The `datamap` command line: a thin layer over the Python API.

Each command builds the API objects, calls the function of the same name and turns domain
errors into one clear line and an exit code. Heavy modules (Presidio, spaCy, DuckDB) are
imported inside the commands so that `datamap --help` answers at once.

Exit codes: 0 success; 1 policy violations (`check`); 2 usage or configuration error;
3 some datasets could not be scanned (the rest are in the catalog); 4 nothing could be scanned.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from inventory.review_cli import COMMANDS as REVIEW_COMMANDS

if TYPE_CHECKING:
    from inventory.model import ScanError
    from inventory.scan import ScanResult

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_NOTHING = 4

DEFAULT_CATALOG = "datamap.duckdb"


def catalog_option(func):  # type: ignore[no-untyped-def]
    return click.option("--catalog", "catalog_path", default=DEFAULT_CATALOG, show_default=True,
                        type=click.Path(dir_okay=False), help="The DuckDB catalog file.")(func)


def scan_options(func):  # type: ignore[no-untyped-def]
    """Options shared by every command that scans: policy, data map, sampling."""
    for option in reversed([
        click.option("--policy", "policy_path", type=click.Path(exists=True, dir_okay=False),
                     help="Policy YAML (default: the bundled policy, or the one the data map names)."),
        click.option("--datamap", "datamap_path", type=click.Path(dir_okay=False),
                     help="Data map with sources and declarations [default: ./datamap.yaml if present]."),
        click.option("--sample-rows", default=1000, show_default=True, type=click.IntRange(1),
                     help="Rows (or log lines) sampled per dataset."),
        click.option("--seed", default=42, show_default=True, type=int,
                     help="Sampling seed: the same seed gives the same sample."),
        click.option("--threshold", default=None, type=click.FloatRange(0, 1),
                     help="Confidence at which a detection is reported [default: the engine's]."),
    ]):
        func = option(func)
    return func


def fail(message: str, code: int = EXIT_USAGE) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def load_config(policy_path: str | None, datamap_path: str | None):  # type: ignore[no-untyped-def]
    """(policy, datamap) from the options; a missing default datamap.yaml is not an error."""
    from catalog.datamap import DEFAULT_DATAMAP, empty_datamap, load_datamap
    from catalog.policy import load_policy
    from catalog.yamlfile import ConfigError

    try:
        datamap = None
        path = datamap_path or (DEFAULT_DATAMAP if Path(DEFAULT_DATAMAP).exists() else None)
        if path:
            if not Path(path).exists():
                fail(f"{path}: no such data map")
            datamap = load_datamap(path)
        policy = load_policy(policy_path or (datamap.policy_path if datamap else None))
        if datamap is not None:  # re-read against the policy so unknown ids fail with a line number
            datamap = load_datamap(path, policy)
        return policy, datamap or empty_datamap()
    except ConfigError as exc:
        fail(str(exc))
        raise  # unreachable: fail exits


def report_error(error: ScanError) -> None:
    click.echo(error.one_line(), err=True)


def run_scan(locations: tuple[str, ...], catalog_path: str, policy_path: str | None, datamap_path: str | None,
             sample_rows: int, seed: int, threshold: float | None) -> tuple[ScanResult, int]:
    """Scan and write the catalog; returns the result and its scan id (API of `scan`)."""
    from catalog.writer import write_scan
    from classifiers.engine import DEFAULT_THRESHOLD
    from inventory.connectors import SampleOptions
    from inventory.scan import ScanOptions, scan

    policy, datamap = load_config(policy_path, datamap_path)
    if not locations and not datamap.sources:
        fail("nothing to scan: give a path or URL, or list sources in datamap.yaml")
    options = ScanOptions(sample=SampleOptions(rows=sample_rows, seed=seed),
                          threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
    result = scan(locations, options, policy=policy, datamap=datamap, on_error=report_error)
    scan_id = write_scan(catalog_path, result)
    return result, scan_id


def scan_exit_code(result: ScanResult) -> int:
    if not result.datasets:
        return EXIT_NOTHING
    return EXIT_PARTIAL if result.errors else EXIT_OK


def print_summary(result: ScanResult, catalog_path: str, scan_id: int) -> None:
    """A few lines a person reads after a scan: what was found, where it went."""
    from collections import Counter

    threshold = result.options.threshold
    categories: Counter[str] = Counter()
    personal_fields = 0
    fields = 0
    for field_results in result.classified.values():
        for field_result in field_results:
            fields += 1
            best = field_result.best(threshold)
            if best is not None:
                category = result.policy.category_of(best.entity)
                if category:
                    personal_fields += 1
                    categories[category] += 1
    click.echo(f"scan {scan_id}: {len(result.datasets)} datasets, {fields} fields, "
               f"{personal_fields} with personal data, {len(result.errors)} errors -> {catalog_path}")
    for category, count in sorted(categories.items(), key=lambda kv: (-kv[1], kv[0])):
        clause = result.policy.categories[category].clause
        disclosed = f"clause {clause}" if clause else "NOT DISCLOSED by the policy"
        click.echo(f"  {category:28s} {count:4d} field(s)  {disclosed}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="datamap", message="datamap %(version)s")
def cli() -> None:
    """datamap: which fields hold which personal data, why, and for how long.

    \b
    Quick start:
      datamap demo                      # scan bundled demo data into datamap.duckdb
      datamap scan data/ --catalog c.duckdb
      datamap policy                    # the categories of the policy in force
    """


@cli.command()
@click.argument("locations", nargs=-1)
@catalog_option
@scan_options
@click.option("--quiet", "-q", is_flag=True, help="Print errors only, no summary.")
def scan(locations: tuple[str, ...], catalog_path: str, policy_path: str | None, datamap_path: str | None,
         sample_rows: int, seed: int, threshold: float | None, quiet: bool) -> None:
    """Sample and classify LOCATIONS (files, folders, globs, database URLs) into the catalog.

    Without LOCATIONS, scans the sources listed in datamap.yaml. Example:

        datamap scan data/events --catalog datamap.duckdb
    """
    result, scan_id = run_scan(locations, catalog_path, policy_path, datamap_path, sample_rows, seed, threshold)
    if not quiet:
        print_summary(result, catalog_path, scan_id)
    sys.exit(scan_exit_code(result))


@cli.command()
@catalog_option
@click.option("--data-dir", default="datamap-demo", show_default=True, type=click.Path(file_okay=False),
              help="Where the demo data is written.")
@click.option("--rows", default=2000, show_default=True, type=click.IntRange(10), help="Rows per demo table.")
def demo(catalog_path: str, data_dir: str, rows: int) -> None:
    """Write the bundled demo data (telemetry tables and logs) and scan it into the catalog.

        datamap demo && datamap query "SELECT * FROM field_inventory LIMIT 5"
    """
    from inventory.demo import write_demo_data

    paths = write_demo_data(data_dir, rows=rows)
    click.echo(f"demo data: {len(paths)} files and a data map in {data_dir}/")
    result, scan_id = run_scan((data_dir,), catalog_path, None, str(Path(data_dir) / "datamap.yaml"), 1000, 42, None)
    print_summary(result, catalog_path, scan_id)
    sys.exit(scan_exit_code(result))


@cli.command()
@click.option("--policy", "policy_path", type=click.Path(exists=True, dir_okay=False), help="Policy YAML.")
@click.option("--entities", is_flag=True, help="Also list the entity types each category covers.")
def policy(policy_path: str | None, entities: bool) -> None:
    """List the categories of the policy in force, with the clause that discloses each.

        datamap policy --entities
    """
    from catalog.policy import load_policy
    from catalog.yamlfile import ConfigError

    try:
        loaded = load_policy(policy_path)
    except ConfigError as exc:
        fail(str(exc))
        return
    click.echo(f"{loaded.name} (updated {loaded.updated})")
    for category in loaded.categories.values():
        clause = category.clause or "-"
        line = f"  {category.id:28s} {clause:5s} {category.name}"
        if entities:
            line += f"  [{', '.join(category.entities)}]"
        click.echo(line)


# -- CI gate: check, baseline, init ---------------------------------------------------------
def check_input_options(func):  # type: ignore[no-untyped-def]
    """Where `check`, `baseline` and `init` read from: a scan, an existing catalog, or migrations."""
    for option in reversed([
        click.option("--catalog", "catalog_path", type=click.Path(dir_okay=False),
                     help="Read this existing catalog instead of scanning."),
        click.option("--save-catalog", type=click.Path(dir_okay=False),
                     help="Keep the catalog of the scan here [default: a temporary file]."),
        click.option("--static", is_flag=True,
                     help="LOCATIONS are SQL migrations and dbt schema.yml files: check the columns they define."),
        click.option("--dialect", default="postgres", show_default=True,
                     help="SQL dialect of the migrations (postgres, mysql, snowflake, ...)."),
    ]):
        func = option(func)
    return scan_options(func)


def build_check_input(locations: tuple[str, ...], catalog_path: str | None, save_catalog: str | None, static: bool,
                      dialect: str, policy_path: str | None, datamap_path: str | None, sample_rows: int, seed: int,
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
            schema = read_static(locations, dialect)
            for message in schema.errors:
                click.echo(f"error: {message}", err=True)
            return static_check_input(schema, datamap, policy, DEFAULT_THRESHOLD if threshold is None else threshold)
        with tempfile.TemporaryDirectory(prefix="datamap-check-") as tmp:
            target = save_catalog or str(Path(tmp) / "check.duckdb")
            result, _ = run_scan(locations, target, policy_path, datamap_path, sample_rows, seed, threshold)
            if not result.datasets:
                fail("nothing could be scanned: no dataset to check")
            return read_check_input(target)
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


@cli.command()
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
def check(locations: tuple[str, ...], catalog_path: str | None, save_catalog: str | None, static: bool,
          dialect: str, policy_path: str | None, datamap_path: str | None, sample_rows: int, seed: int,
          threshold: float | None, baseline_path: str | None, fail_on: str, output_format: str,
          outputs: tuple[str, ...]) -> None:
    """Fail when personal data is undeclared, or declared against the policy (the CI gate).

    Scans LOCATIONS (or the sources of datamap.yaml), or reads --catalog, or with --static reads
    SQL migrations and dbt schema.yml files; exit 0 clean, 1 violations, 2 usage error. Example:

        datamap check -f github -o sarif=datamap.sarif -o markdown=summary.md
    """
    from catalog.checks import check as run_check
    from catalog.checks.formats import render

    targets = [_parse_output(value) for value in outputs]
    ci = build_check_input(locations, catalog_path, save_catalog, static, dialect, policy_path, datamap_path,
                           sample_rows, seed, threshold)
    report = run_check(ci, allowlist=_load_allowlist(baseline_path), fail_on=fail_on)
    for name, path in targets:
        Path(path).write_text(render(report, name), encoding="utf-8")
    click.echo(render(report, output_format), nl=False)
    sys.exit(report.exit_code)


@cli.command()
@click.argument("locations", nargs=-1)
@check_input_options
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="The baseline file to write [default: ./datamap-baseline.yaml].")
@click.option("--reason", default=None, help="Why these findings are accepted [default: 'baseline of DATE'].")
@click.option("--expires", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Last day the new entries are in force (YYYY-MM-DD); none by default.")
def baseline(locations: tuple[str, ...], catalog_path: str | None, save_catalog: str | None, static: bool,
             dialect: str, policy_path: str | None, datamap_path: str | None, sample_rows: int, seed: int,
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


@cli.command()
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
    ci = build_check_input(locations, catalog_path, None, False, "postgres", policy_path, datamap_path,
                           sample_rows, seed, threshold)
    sources = [Source(name=source_name(loc), location=loc) for loc in locations]
    text = draft(ci, sources, output if output != "-" else "datamap.yaml")
    if output == "-":
        click.echo(text, nl=False)
        return
    Path(output).write_text(text, encoding="utf-8")
    click.echo(f"{output}: {text.count('category:')} fields declared; fill in its TODOs, then run `datamap check`")


for _command in REVIEW_COMMANDS:  # query, show, report, export
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="datamap")


if __name__ == "__main__":
    main()
