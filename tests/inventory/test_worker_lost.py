"""A worker process that dies (killed by the system, crashed) costs at most its dataset: the
chunks in flight are classified again, one dataset at a time, and a dataset that kills its
worker alone too is reported in one line, as the Ray engine reports a lost task. Real worker
processes, really killed."""
from __future__ import annotations

import os
import signal

import duckdb
import pyarrow as pa
import pytest

from catalog.datamap import Source, empty_datamap
from catalog.writer import write_scan
from classifiers.recognizer import FieldRecognizer, ValuePattern
from datamap.flatten import fields_from_table
from datamap.model import DatasetSample
from inventory import workers as workers_module
from inventory.connectors import FAMILIES
from inventory.scan import ScanOptions, scan
from tests.inventory.poisoned_source import KillsItsWorker

#: as many datasets as the pool is worth starting for at once (see `Classifier._worth_a_pool`)
EXPECTED = 10_000


def _dataset(name: str) -> DatasetSample:
    table = pa.table({"email": [f"user{i}@example.org" for i in range(40)], "n": list(range(40))})
    return DatasetSample(name=name, source="s", kind="csv", fields=fields_from_table(table))


def _chunks(names: list[str], poisoned: str | None = None, size: int = 4) -> list[list[DatasetSample]]:
    datasets = [_dataset(name) for name in names]
    for dataset in datasets:
        if dataset.name == poisoned:
            dataset.notes.append(KillsItsWorker())  # type: ignore[arg-type]
    return [datasets[i:i + size] for i in range(0, len(datasets), size)]


def _emails(results) -> list[str]:
    return [dataset.name for dataset, fields in results
            if any(d.entity == "EMAIL_ADDRESS" for d in fields[0].detections)]


def test_a_dataset_that_kills_its_worker_is_reported_and_the_others_are_classified():
    names = [f"t{i:02d}" for i in range(12)]
    lost: list[DatasetSample] = []
    classifier = workers_module.Classifier(workers=2)
    try:
        results = list(classifier.classify(_chunks(names, poisoned="t05"), expected=EXPECTED, on_failed=lambda dataset, exc: lost.append(dataset)))
    finally:
        classifier.close()
    assert [d.name for d in lost] == ["t05"]
    kept = [n for n in names if n != "t05"]
    assert [dataset.name for dataset, _ in results] == kept  # in the order given
    assert _emails(results) == kept


def test_without_a_callback_a_lost_worker_is_an_error():
    classifier = workers_module.Classifier(workers=2)
    try:
        with pytest.raises(workers_module.BrokenProcessPool):
            list(classifier.classify(_chunks(["a", "b", "c"], poisoned="b"), expected=EXPECTED))
    finally:
        classifier.close()


def test_a_worker_killed_mid_scan_loses_nothing():
    """SIGKILL to a worker (as the out-of-memory killer sends) while chunks are in flight."""
    names = [f"t{i:02d}" for i in range(24)]
    lost: list[DatasetSample] = []
    classifier = workers_module.Classifier(workers=2)
    results = []
    try:
        for result in classifier.classify(_chunks(names, size=2), expected=EXPECTED, on_failed=lambda dataset, exc: lost.append(dataset)):
            results.append(result)
            if len(results) == 1:
                os.kill(next(iter(classifier._pool._processes)), signal.SIGKILL)
    finally:
        classifier.close()
    assert lost == []
    assert [dataset.name for dataset, _ in results] == names
    assert _emails(results) == names


def test_the_scan_records_the_lost_dataset_in_one_line_and_keeps_the_rest(tmp_path, monkeypatch):
    folder = tmp_path / "files"
    folder.mkdir()
    for name in ("before.csv", "poison.csv", "after.csv"):
        (folder / name).write_text("email,city\n" + "".join(f"u{i}@example.org,Lyon\n" for i in range(30)))
    monkeypatch.setitem(FAMILIES, "poisoned", "tests.inventory.poisoned_source:PoisonedFiles")
    monkeypatch.setattr(workers_module, "POOL_START_SECONDS", 0.0)  # the pool even for three files
    datamap = empty_datamap()
    datamap.sources = [Source(name="poisoned", location=str(folder), type="poisoned")]
    result = scan(options=ScanOptions(workers=2), datamap=datamap)
    assert sorted(d.name for d in result.datasets) == ["after.csv", "before.csv"]
    (error,) = result.errors
    assert (error.dataset, error.stage, error.error) == ("poison.csv", "worker", "WorkerLost")
    assert "\n" not in error.one_line() and "died" in error.one_line()
    write_scan(tmp_path / "c.duckdb", result)
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        assert con.execute("SELECT dataset, stage FROM scan_errors").fetchall() == [("poison.csv", "worker")]
        assert sorted(r[0] for r in con.execute("SELECT DISTINCT dataset FROM detections WHERE entity = 'EMAIL_ADDRESS'").fetchall()) == ["after.csv", "before.csv"]


class _FailsOnSomeValues(FieldRecognizer):
    """A data map's own recognizer with a bug: its validator raises on one table's values."""

    entity = "BADGE_ID"
    names = ("badge",)
    patterns = (ValuePattern("badge", r"B-\d{4}", 0.6),)

    def validate(self, candidates: pa.Array) -> pa.Array | None:
        if "B-0666" in candidates.to_pylist():
            raise ValueError("badge B-0666: this validator cannot read it")
        return None


def _badges(name: str, first: int) -> DatasetSample:
    table = pa.table({"badge": [f"B-{first + i:04d}" for i in range(20)],
                      "email": [f"user{i}@example.org" for i in range(20)]})
    return DatasetSample(name=name, source="s", kind="csv", fields=fields_from_table(table))


def test_a_dataset_whose_classification_raises_is_reported_and_its_chunk_classified_without_it():
    chunk = [_badges("a", 100), _badges("broken", 660), _badges("c", 200)]
    failed: list[tuple[str, Exception]] = []
    classifier = workers_module.Classifier(workers=1, extra_recognizers=[_FailsOnSomeValues()])
    results = list(classifier.classify([chunk], on_failed=lambda dataset, exc: failed.append((dataset.name, exc))))
    assert [dataset.name for dataset, _ in results] == ["a", "c"]
    assert [(name, type(exc).__name__) for name, exc in failed] == [("broken", "ValueError")]
    assert all(any(d.entity == "BADGE_ID" for d in fields[0].detections) for _, fields in results)
    with pytest.raises(ValueError):  # without a callback the error is the caller's
        list(workers_module.Classifier(workers=1, extra_recognizers=[_FailsOnSomeValues()]).classify([chunk]))
