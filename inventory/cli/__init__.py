"""The `datamap` command line: a thin layer over the Python API.

Each command builds the API objects, calls the function of the same name and turns domain
errors into one clear line and an exit code. The commands live in one module per family
(`scan_commands`, `check_commands`, `review_commands`); heavy modules (Presidio, spaCy,
DuckDB) are imported inside the commands so that `datamap --help` answers at once.
"""
from __future__ import annotations

import gc

import click

from inventory.cli import check_commands, review_commands, rights_commands, scan_commands
from inventory.cli.common import (DEFAULT_CATALOG, EXIT_NOTHING, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE,
                                  EXIT_VIOLATIONS)
from inventory.collector import collect_less

__all__ = ["cli", "main", "DEFAULT_CATALOG", "EXIT_OK", "EXIT_VIOLATIONS", "EXIT_USAGE", "EXIT_PARTIAL",
           "EXIT_NOTHING"]


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



for _family in (scan_commands, check_commands, review_commands, rights_commands):
    for _command in _family.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    collect_less()  # the scanning process's garbage passes (see `inventory.collector`)
    try:
        cli(prog_name="datamap")
    finally:
        # the interpreter collects garbage once more as it exits: over a scan's heap (the
        # recognizers, vocabularies, DuckDB results) that pass costs a few tenths of a second
        # and frees nothing the process's end would not; frozen objects are out of its reach
        gc.freeze()
