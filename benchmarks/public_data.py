"""Helpers shared by the build scripts of the public-data benchmarks (`wild3`, `wild4`): where an
installed package keeps its data, and a capped CSV writer."""
from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

#: rows kept of any one table
MAX_ROWS = 3000


def package_dir(name: str, install: str) -> Path:
    """The folder of an installed package (its bundled data beside it); `install` names the
    script that installs it, for the error."""
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"package {name!r} is not installed: run {install}")
    if spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(spec.origin).parent


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    """`rows` under `header` as CSV, at most MAX_ROWS of them."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows[:MAX_ROWS])
