"""Fixtures of the catalog tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.catalog.two_scans import build_two_scan_catalog


@pytest.fixture(scope="session")
def two_scan_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalog with two scans of a folder that changed in between (see two_scans.py)."""
    return build_two_scan_catalog(tmp_path_factory.mktemp("two_scans"))


@pytest.fixture(scope="session")
def demo_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`datamap demo` into a fresh catalog (300 rows a table)."""
    from click.testing import CliRunner

    from inventory.cli import cli

    folder = tmp_path_factory.mktemp("demo")
    catalog = folder / "datamap.duckdb"
    result = CliRunner().invoke(cli, ["demo", "--catalog", str(catalog), "--data-dir", str(folder / "data"),
                                      "--rows", "300"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return catalog
