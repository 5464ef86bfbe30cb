"""The negative corpus (benchmarks/negative/build.py): real tables that hold nothing about a person.

Under 1 % of their fields may be claimed personal, with their own names and with every column
renamed `c01…` (values alone, where the neighbours decide). The corpus is this machine's own
files (package database and log, service and protocol registries, time-zone tables) and the
packaged datasets of the `wild` extra where installed; the test needs enough of them to mean
something.
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.writer import write_scan
from classifiers.evaluate import evaluate
from inventory.scan import scan

ROOT = Path(__file__).resolve().parents[2]
OPAQUE = ROOT.parent / "shared" / "bench" / "opaque_names.py"
#: the share of fields that may be wrongly claimed personal
MAX_CLAIMED = 0.01
MIN_FIELDS = 40


def _build(out: Path) -> int:
    spec = importlib.util.spec_from_file_location("negative_build", ROOT / "benchmarks" / "negative" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build(out)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("negative") / "corpus"
    if _build(out) < MIN_FIELDS:
        pytest.skip("too few non-personal sources on this machine")
    return out


def _claimed(folder: Path, catalog: Path) -> tuple[float, list[str]]:
    write_scan(str(catalog), scan([str(folder)]))
    report = evaluate(folder / "labels.csv", catalog)
    assert report.coverage == 1.0
    return 1.0 - report.accuracy, report.errors


def test_few_fields_of_non_personal_tables_are_claimed_personal(corpus, tmp_path):
    share, errors = _claimed(corpus, tmp_path / "named.duckdb")
    assert share < MAX_CLAIMED, errors


@pytest.mark.skipif(not OPAQUE.is_file(), reason="the shared benchmark's opaque_names.py is not beside the repo")
def test_values_alone_claim_as_few(corpus, tmp_path):
    opaque = tmp_path / "opaque"
    subprocess.run([sys.executable, str(OPAQUE), str(corpus), str(opaque)], check=True, capture_output=True)
    share, errors = _claimed(opaque, tmp_path / "opaque.duckdb")
    assert share < MAX_CLAIMED, errors
