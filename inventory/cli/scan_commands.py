"""The data engineer's commands: `datamap scan`, `demo`, `policy`, `eval` and `explain`."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from inventory.cli.common import (catalog_option, fail, print_summary, run_scan, scan_exit_code,
                                  scan_options, wait_for_catalog)


@click.command()
@click.argument("locations", nargs=-1)
@catalog_option
@scan_options
@click.option("--workers", default=None, type=click.IntRange(1),
              help="Processes that classify datasets in parallel [default: the machine's cores]; with "
                   "--engine ray, the CPUs of the local Ray cluster started for the scan.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where datasets are sampled and classified: local processes, or one Ray task per "
                   "dataset (needs the `ray` extra; see docs/scale.md).")
@click.option("--ray-address", default=None, metavar="ADDRESS",
              help="The Ray cluster to use with --engine ray (its head node, host:6379, or auto) "
                   "[default: start a local one].")
@click.option("--full", is_flag=True,
              help="Read every dataset again, even those unchanged since their last scan (whose results "
                   "are otherwise reused).")
@click.option("--sample-stages", type=click.Choice(["on", "off"]), default="on", show_default=True,
              help="Read a field of many distinct values first on 200 of them, and the rest only when "
                   "those leave it undecided (off: read every sampled value; see docs/scale.md).")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only: no progress, no summary.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="The summary as text for people or as one JSON document for pipelines (stdout; "
                   "errors stay one line each on stderr).")
def scan(locations: tuple[str, ...], catalog_path: str, policy_path: str | None, datamap_path: str | None,
         sample_rows: int, seed: int, threshold: float | None, workers: int | None, full: bool, engine: str,
         ray_address: str | None, sample_stages: str, quiet: bool, output_format: str) -> None:
    """Sample and classify LOCATIONS (files, folders, globs, database URLs) into the catalog.

    Without LOCATIONS, scans the sources listed in datamap.yaml. Example:

        datamap scan data/events --catalog datamap.duckdb
        datamap scan data/ --format json | jq '.categories[] | select(.disclosed | not)'
    """
    if ray_address and engine != "ray":
        fail("--ray-address needs --engine ray")
    if sample_stages == "off":
        # read by the classifying processes (workers inherit the environment)
        from classifiers.stages import STAGES_VARIABLE
        os.environ[STAGES_VARIABLE] = "0"
    if engine == "local" and (full or not os.path.exists(catalog_path)):
        # every dataset will be read: the workers' forkserver loads beside this process's
        # imports (after the environment above, which the workers inherit from it)
        from inventory.forkserver import start_ahead
        start_ahead(workers)
    result, scan_id = run_scan(locations, catalog_path, policy_path, datamap_path, sample_rows, seed, threshold,
                               workers, quiet, full, engine=engine, ray_address=ray_address)
    if not quiet:
        print_summary(result, catalog_path, scan_id, output_format)
    sys.exit(scan_exit_code(result))


@click.command()
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


@click.command()
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


@click.command(name="eval")
@click.argument("labels", type=click.Path(dir_okay=False))
@catalog_option
@click.option("--quiet", "-q", is_flag=True, help="Print the summary line only, not each category and error.")
def eval_command(labels: str, catalog_path: str, quiet: bool) -> None:
    """Score the catalog's latest scan against LABELS (CSV: dataset, field, category).

    Prints per-category precision, recall and F1 and the summary figures (macro-F1, PII
    precision and recall, coverage). Example:

        datamap eval labels.csv --catalog datamap.duckdb
    """
    from classifiers.evaluate import EvaluationError, evaluate

    wait_for_catalog(catalog_path)
    try:
        report = evaluate(labels, catalog_path)
    except EvaluationError as exc:
        fail(str(exc))
        return
    click.echo(report.format(verbose=not quiet))


@click.command()
@click.argument("dataset")
@click.argument("field")
@catalog_option
def explain(dataset: str, field: str, catalog_path: str) -> None:
    """Print why FIELD of DATASET was classified as it was: every candidate and its signals.

        datamap explain events/app_events.ndjson context.device.id --catalog datamap.duckdb
    """
    from catalog.policy import load_policy
    from classifiers import chinese
    from classifiers.explain import ExplainError
    from classifiers.explain import explain as explain_field

    from datamap.messages import printable

    wait_for_catalog(catalog_path)
    # names are read as the scan read them: with the (default) policy's own Chinese terms
    chinese.use_terms(load_policy().translations("zh"))
    try:  # the dataset and field names come from the data: each line stays one inert line
        click.echo("\n".join(printable(line) for line in explain_field(catalog_path, dataset, field).splitlines()))
    except ExplainError as exc:
        fail(str(exc))


COMMANDS = (scan, demo, policy, eval_command, explain)
