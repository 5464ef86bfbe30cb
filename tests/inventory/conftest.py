"""Shared fixtures for the inventory tests: the real third-party sample files."""
from __future__ import annotations

from pathlib import Path

import pytest

REALDATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "realdata"


@pytest.fixture
def realdata() -> Path:
    """The folder of real sample files beside the repository (always there in CI)."""
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is not present")
    return REALDATA.resolve()
