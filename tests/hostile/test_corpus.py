"""The hostile corpus (`corpus.py`) scanned in one run, then judged case by case.

One scan of every file and log case in one folder and every database case as a source of its
own, in a subprocess with bounded memory and CPU time (`resource` limits: a case that costs
without bound kills the run, and every case fails), as an unprivileged process where root would
read past permissions. Each case then asserts what became of it: read, empty, or one clean
error line plus one `scan_errors` row; never a traceback; the control dataset always kept.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.hostile.corpus import CASES, EITHER, EMPTY, ERROR, READ, Case
from tests.hostile.support import ROOT, permissions_enforceable, unprivileged_prefix

MEMORY_LIMIT = 6 << 30  # bytes of address space for the whole scan
CPU_LIMIT = 600  # seconds


@dataclass
class Outcome:
    returncode: int
    stderr: str
    datasets: dict[str, int]  # dataset -> fields
    errors: list[tuple[str, str, str]]  # (dataset, source, message)


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT, CPU_LIMIT))


def _active(case: Case) -> bool:
    return not case.needs_permissions or permissions_enforceable()


@pytest.fixture(scope="module")
def outcome(tmp_path_factory) -> Outcome:
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "control.csv").write_text("email,client_ip\n" + "".join(
        f"c{i}@example.org,203.0.113.{i + 1}\n" for i in range(30)))
    locations = ["corpus"]
    for case in CASES:
        if not _active(case):
            continue
        if case.kind == "databases":
            (base / "dbs").mkdir(exist_ok=True)
            case.build(base / "dbs" / case.name)
            locations.append(f"dbs/{case.name}")
        else:
            case.build(corpus / case.name)
    command = [*unprivileged_prefix(), sys.executable, "-c", "from inventory.cli import main; main()",
               "scan", *locations, "--catalog", "hostile.duckdb", "--sample-rows", "200"]
    try:
        done = subprocess.run(command, cwd=base, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                              text=True, timeout=CPU_LIMIT * 2, preexec_fn=_limits)
    finally:
        for path in (corpus / "secret.csv", corpus / "locked"):
            if path.exists():
                path.chmod(0o755)
    with duckdb.connect(str(base / "hostile.duckdb"), read_only=True) as con:
        datasets = dict(con.execute("SELECT d.dataset, count(f.field) FROM datasets d LEFT JOIN fields f "
                                    "USING (scan_id, dataset) GROUP BY d.dataset").fetchall())
        errors = con.execute("SELECT dataset, source, message FROM scan_errors").fetchall()
    return Outcome(done.returncode, done.stderr, datasets, errors)


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 60
    assert {case.kind for case in CASES} == {"files", "logs", "databases"}


def test_the_scan_survives_the_corpus_with_partial_exit_and_no_traceback(outcome):
    assert outcome.returncode == 3, outcome.stderr[-3000:]
    assert "Traceback" not in outcome.stderr
    assert outcome.datasets.get("control.csv") == 2
    for line in outcome.stderr.splitlines():
        # a scan longer than a few seconds reports its progress off a terminal too
        assert line.startswith(("error: ", "progress: ")), line
        assert line.isprintable(), repr(line)


def _belongs(case: Case, dataset: str, source: str) -> bool:
    if case.kind == "databases":
        return dataset.startswith(case.name + "/") or (not dataset and source.endswith(case.name))
    return dataset == case.dataset


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(outcome, case: Case):
    if not _active(case):
        pytest.skip("root without setpriv: file permissions cannot be enforced")
    read = {name: fields for name, fields in outcome.datasets.items() if _belongs(case, name, "")}
    errors = [error for error in outcome.errors if _belongs(case, error[0], error[1])]
    lines = [line for line in outcome.stderr.splitlines() if any(
        line.startswith(f"error: {error[0] or error[1]}: ") for error in errors)]
    if case.expect == READ:
        assert read and all(fields > 0 for fields in read.values()), (read, errors)
        assert not errors, errors
    elif case.expect == EMPTY:
        assert read == {case.dataset: 0}, (read, errors)
        assert not errors, errors
    elif case.expect == ERROR:
        assert not read, read
        assert len(errors) >= 1, outcome.stderr[-2000:]
    else:
        assert EITHER and (read or errors), "lost: neither read nor recorded"
    # every error of the case is one line on stderr and one row, and names where it happened
    assert len(lines) == len(errors), (lines, errors)
