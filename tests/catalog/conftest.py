"""Fixtures of the catalog tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.catalog.two_scans import build_two_scan_catalog


@pytest.fixture(scope="session")
def two_scan_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalog with two scans of a folder that changed in between (see two_scans.py)."""
    return build_two_scan_catalog(tmp_path_factory.mktemp("two_scans"))
