"""What the `datamap` commands share: exit codes, options, configuration loading, the scan call.

Exit codes: 0 success; 1 policy violations (`check`); 2 usage or configuration error;
3 some datasets could not be scanned (the rest are in the catalog); 4 nothing could be scanned;
5 the catalog stayed locked by another process: the scan was written to a side catalog.
"""
from __future__ import annotations

import sys
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from datamap.model import ScanError
    from inventory.scan import ScanResult

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_NOTHING = 4
EXIT_ELSEWHERE = 5  # the catalog stayed locked: the scan was written to a side catalog

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
    from datamap.messages import one_line

    click.echo(one_line(f"error: {message}"), err=True)
    sys.exit(code)


def wait_for_catalog(catalog_path: str) -> None:
    """Before a command that opens the catalog on its own (explain, eval): wait while a scan
    writes it, as `open_catalog` does, and fail in one line if it stays locked or is no catalog.
    A missing file is left to the command, which says so in its own words."""
    from catalog.reader import CatalogError, open_catalog

    if not Path(catalog_path).exists():
        return
    try:
        with open_catalog(catalog_path):
            pass
    except CatalogError as exc:
        fail(str(exc))


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
             sample_rows: int, seed: int, threshold: float | None, workers: int | None = None,
             quiet: bool = False, full: bool = False, *, engine: str = "local", ray_address: str | None = None
             ) -> tuple[ScanResult, int]:
    """Scan and write the catalog; returns the result and its scan id (API of `scan`). The
    datasets unchanged since the catalog's last scan of them are reused, unless `full`."""
    from functools import partial

    from datamap.arrow import without_pandas

    without_pandas()  # before the scanning code makes its first arrays
    from catalog.incremental import previous_results
    from catalog.locking import CatalogLocked, NotACatalog, ensure_writable
    from catalog.writer import ScanSpool, SpoolError, WrittenElsewhere, write_scan
    from classifiers.engine import DEFAULT_THRESHOLD
    from inventory.connectors import SampleOptions
    from inventory.scan import ScanOptions, scan
    from inventory.forkserver import default_workers

    from datamap import duck

    policy, datamap = load_config(policy_path, datamap_path)
    if not locations and not datamap.sources:
        fail("nothing to scan: give a path or URL, or list sources in datamap.yaml")
    try:  # before the scanning work, not after it
        duck.check_database_file(catalog_path)
    except duck.NotDuckDBError as exc:
        fail(f"{exc} (--catalog must be a datamap catalog or a new file)")
    options = ScanOptions(sample=SampleOptions(rows=sample_rows, seed=seed),
                          threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
                          workers=workers or default_workers(), keep_values=False, engine=engine,
                          ray_address=ray_address)
    try:  # a catalog another process holds: wait for it now, not after the scanning work
        ensure_writable(catalog_path, on_wait=_note)
    except CatalogLocked as exc:
        fail(f"{exc}; nothing was scanned (DATAMAP_CATALOG_WAIT sets the wait in seconds)")
    except NotACatalog as exc:
        fail(f"{exc} (--catalog must be a datamap catalog or a new file); nothing was scanned")
    from inventory.engines import EngineError
    from inventory.progress import Progress

    spool = ScanSpool(policy, datamap, options.threshold)
    stop_on_sigterm = _sigterm_exits()
    interrupted: BaseException | None = None
    try:
        try:
            result = scan(locations, options, policy=policy, datamap=datamap, on_error=report_error,
                          progress=None if quiet else Progress(),
                          previous=None if full else partial(previous_results, catalog_path), spool=spool)
        except (EngineError, SpoolError) as exc:
            fail(f"{exc}; nothing was written to the catalog", EXIT_NOTHING if isinstance(exc, SpoolError) else EXIT_USAGE)
            raise  # unreachable: fail exits
        try:
            scan_id = write_scan(catalog_path, result, on_wait=_note)
        except WrittenElsewhere as exc:
            fail(str(exc), EXIT_ELSEWHERE)
            raise  # unreachable: fail exits
        except SpoolError as exc:
            fail(f"{exc}; nothing was written to the catalog", EXIT_NOTHING)
            raise  # unreachable: fail exits
    except (KeyboardInterrupt, Terminated) as exc:
        interrupted = exc
    finally:
        spool.close()
        stop_on_sigterm()
    if interrupted is not None:
        _exit_interrupted(interrupted)
    return result, scan_id


class Terminated(SystemExit):
    """SIGTERM arrived during a scan."""


def _exit_interrupted(reason: BaseException) -> None:
    """End a scan stopped by Ctrl-C or SIGTERM, after its `finally` blocks ran (the catalog's
    transaction rolled back, the spool deleted), with one line and 130 or 143. A read still
    under way in a thread (a slow query, a hung network file) is not waited for."""
    import os
    import signal
    import threading

    terminated = isinstance(reason, Terminated)
    click.echo(f"error: {'terminated (SIGTERM)' if terminated else 'interrupted (Ctrl-C)'}: the scan stopped "
               f"and nothing was written; the catalog is as it was", err=True)
    code = 128 + (signal.SIGTERM if terminated else signal.SIGINT)
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)


def _sigterm_exits() -> Callable[[], None]:
    """Until the returned function is called, SIGTERM (`kill`, a CI runner's timeout) stops
    this process the way Ctrl-C does: through every `finally`, so the catalog's transaction
    rolls back (the previous catalog stays as it was) and the scan's spool is deleted, instead
    of dying where it stands. Returns the function that restores the previous handler."""
    import os
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    pid = os.getpid()

    def handler(signum: int, frame: object) -> None:
        if os.getpid() != pid:  # a forked worker: die as SIGTERM says
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise Terminated(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    return lambda: signal.signal(signal.SIGTERM, previous)


def _note(message: str) -> None:
    click.echo(f"note: {message}", err=True)


def scan_exit_code(result: ScanResult) -> int:
    if not result.summaries:
        return EXIT_NOTHING
    return EXIT_PARTIAL if result.errors else EXIT_OK


def scan_summary(result: ScanResult, catalog_path: str, scan_id: int) -> dict:
    """What a scan found, as data: counts, categories with their clauses, datasets, errors."""
    from collections import Counter

    categories: Counter[str] = Counter()
    datasets = []
    for summary in result.summaries:  # read in this scan, or reused: as the catalog holds them
        categories.update(summary.categories)
        datasets.append({"dataset": summary.name, "kind": summary.kind, "source": summary.source,
                         "row_count": summary.row_count, "sampled_rows": summary.sampled_rows,
                         "fields": summary.fields, "personal_fields": sum(summary.categories.values()),
                         "categories": dict(sorted(summary.categories.items())), "reused": summary.reused})
    return {
        "scan_id": scan_id,
        "catalog": catalog_path,
        "datasets": len(datasets),
        "reused": len(result.reused),
        "fields": sum(d["fields"] for d in datasets),
        "personal_fields": sum(categories.values()),
        "errors": len(result.errors),
        "exit_code": scan_exit_code(result),
        "categories": [{"category": category, "fields": count,
                        "clause": result.policy.categories[category].clause,
                        "disclosed": result.policy.categories[category].clause is not None}
                       for category, count in sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))],
        "dataset_list": datasets,
        "error_list": [{"dataset": e.dataset, "source": e.source, "stage": e.stage, "error": e.error,
                        "message": e.message} for e in result.errors],
    }


def print_summary(result: ScanResult, catalog_path: str, scan_id: int, output_format: str = "text") -> None:
    """A few lines a person reads after a scan (or, `json`, one document a pipeline reads)."""
    import json

    summary = scan_summary(result, catalog_path, scan_id)
    if output_format == "json":
        click.echo(json.dumps(summary, indent=2, default=str))
        return
    click.echo(f"scan {scan_id}: {summary['datasets']} datasets, {summary['fields']} fields, "
               f"{summary['personal_fields']} with personal data, {summary['errors']} errors -> {catalog_path}")
    if summary["reused"]:
        click.echo(f"  {summary['reused']} datasets reused: unchanged since their last scan (--full reads them again)")
    for entry in summary["categories"]:
        disclosed = f"clause {entry['clause']}" if entry["disclosed"] else "NOT DISCLOSED by the policy"
        click.echo(f"  {entry['category']:28s} {entry['fields']:4d} field(s)  {disclosed}")
