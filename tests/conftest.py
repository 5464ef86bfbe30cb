"""Session fixtures shared by the test suite."""
from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.pg_cluster import PgCluster, find_bindir, start_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A real PostgreSQL server on a free localhost port, for the whole session.

    Skipped only on a developer machine without PostgreSQL; in CI (env `CI` set) a missing
    server is a failure, so database tests can never silently vanish.
    """
    bindir = find_bindir()
    if bindir is None:
        message = "PostgreSQL binaries (initdb, pg_ctl) not found: run .ci/install-postgres.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    cluster = start_cluster(bindir)
    try:
        yield cluster
    finally:
        cluster.stop()
