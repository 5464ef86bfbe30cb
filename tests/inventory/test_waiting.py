"""Tables that wait for the rest of their source (inventory/waiting.py): with a spool they wait
on disk, not in memory, come back whole and in order, and the scan's catalog is the one a scan
held in memory writes."""
from __future__ import annotations

import gc
import random
import weakref
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pytest

from catalog.datamap import empty_datamap
from catalog.policy import load_policy
from catalog.writer import DATASET_TABLES, ScanSpool, SpoolError, write_scan
from classifiers import references
from classifiers.engine import FieldResult
from classifiers.evidence import Detection, Signal
from classifiers.profiles import DatasetProfile
from datamap.flatten import fields_from_table
from datamap.model import DatasetSample
from inventory.scan import ScanOptions, scan
from inventory.waiting import WaitingTables
from tests.inventory.test_references24 import _films, _people, _write


def _table(name: str, rows: int) -> tuple[DatasetSample, list[FieldResult], DatasetProfile]:
    fields = fields_from_table(pa.table({"buyer": list(range(rows)), "note": [f"n{i}" for i in range(rows)]}))
    dataset = DatasetSample(name=name, source="s", kind="csv", fields=fields, location=f"/data/{name}")
    found = Detection(path="buyer", entity="ACCOUNT_ID", confidence=0.8, signals=[Signal("name", "buyer", 0.8)],
                      examples=["1***"], recognizer="account_id")
    return dataset, [FieldResult(fields[0], [found]), FieldResult(fields[1], [])], DatasetProfile()


def test_tables_waiting_on_disk_are_not_held_and_come_back_whole_in_order(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WaitingTables, "IN_MEMORY", 2)  # the first two in memory, the rest on disk
    waiting = WaitingTables(tmp_path)
    watched: list[weakref.ref] = []
    try:
        for n in range(5):
            dataset, results, profile = _table(f"t{n}", 10 + n)
            watched += [weakref.ref(dataset), *(weakref.ref(r) for r in results)]
            waiting.add(dataset, results, profile)
            del dataset, results, profile
        gc.collect()
        assert [ref() is None for ref in watched] == [False] * 6 + [True] * 9  # three tables on disk only
        assert len(waiting) == 5
        back = list(waiting)
    finally:
        waiting.close()
    assert [dataset.name for dataset, _, _ in back] == ["t0", "t1", "t2", "t3", "t4"]
    for n, (dataset, results, profile) in enumerate(back):
        expected = _table(f"t{n}", 10 + n)
        assert results[0].detections == expected[1][0].detections
        assert results[0].sample is dataset.fields[0]  # the result still reads its dataset's field
        assert dataset.fields[1].values.to_pylist() == expected[0].fields[1].values.to_pylist()
        assert profile == expected[2]


def test_tables_waiting_without_a_folder_stay_as_they_are() -> None:
    waiting = WaitingTables()
    dataset, results, profile = _table("t", 3)
    waiting.add(dataset, results, profile)
    assert [entry[0] for entry in waiting] == [dataset]  # the same objects, not copies


def test_a_waiting_table_that_cannot_be_written_stops_the_scan_as_the_spool_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WaitingTables, "IN_MEMORY", 0)
    waiting = WaitingTables(tmp_path / "gone")
    with pytest.raises(SpoolError) as raised:
        waiting.add(*_table("t", 3))
    message = str(raised.value)
    assert "\n" not in message and message.startswith("the scan's results could not be written to its spool")


def _rows(catalog: Path, table: str) -> list[tuple]:
    with duckdb.connect(str(catalog), read_only=True) as con:
        return con.execute(f"SELECT * EXCLUDE (scan_id) FROM {table} ORDER BY ALL").fetchall()


def test_a_spooled_scan_resolves_references_as_a_scan_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "shop"
    data.mkdir()
    rng = random.Random(5)
    people = sorted(rng.sample(range(100000, 1000000), 60))
    _people(data, "customers", people)
    _films(data, list(range(1, 81)))
    _write(data / "rentals.csv", ["c01", "c02", "c03", "c04"],
           [[n, rng.randint(1, 80), rng.choice(people), rng.randint(1, 4)] for n in range(1, 301)])
    policy, datamap = load_policy(), empty_datamap()
    options = ScanOptions(workers=1)
    write_scan(tmp_path / "held.duckdb", scan([str(data)], options, policy=policy, datamap=datamap))

    spilled: list[str] = []
    add = WaitingTables.add

    def watch(self: WaitingTables, dataset: DatasetSample, *rest: object) -> None:
        if self._folder is not None and len(self._kept) >= self.IN_MEMORY:
            spilled.append(dataset.name)
        add(self, dataset, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(WaitingTables, "add", watch)
    monkeypatch.setattr(WaitingTables, "IN_MEMORY", 0)
    spool = ScanSpool(policy, datamap, options.threshold)
    try:
        write_scan(tmp_path / "spooled.duckdb", scan([str(data)], options, policy=policy, datamap=datamap, spool=spool))
    finally:
        spool.close()
    assert "rentals.csv" in spilled  # it waited, on disk
    for table in DATASET_TABLES:
        assert _rows(tmp_path / "spooled.duckdb", table) == _rows(tmp_path / "held.duckdb", table), table
    with duckdb.connect(str(tmp_path / "spooled.duckdb"), read_only=True) as con:
        assert con.execute("SELECT entity, recognizer FROM detections WHERE dataset = 'rentals.csv' AND field = 'c03' AND accepted"
                           ).fetchall() == [("ACCOUNT_ID", "references")]


def test_a_references_sketch_keeps_no_view_of_the_sample() -> None:
    values = references._values(pa.array(np.arange(100000, 101000) * 7))
    assert values is not None and values.numbers is not None
    sketch = references._sketch(values)
    assert len(sketch.hashes) == references.REFERENCE_VALUES and sketch.hashes.base is None
    assert list(sketch.hashes) == list(values.hashes[:references.REFERENCE_VALUES])
    assert list(sketch.numbers) == [700000, 706993]  # least, greatest
    assert sketch.distinct == values.distinct == 1000
