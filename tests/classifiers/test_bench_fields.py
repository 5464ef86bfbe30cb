"""benchmarks/bench_fields.py's per-field figure (issue 11's "ms per field, median"): each
field's own share of its chunk's CPU, attributed by parts. The figures themselves are times and
are not asserted; what is: the attribution leaves the engine's results alone, puts the patched
functions back, and charges the staged, probed and batched passes to the fields they were for."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from classifiers import engine, fieldview
from classifiers.engine import classify_datasets
from datamap.model import DatasetSample, FieldSample

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_fields.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_fields_under_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def _datasets() -> list[DatasetSample]:
    emails = pa.array([f"user{i}@example{i % 7}.org" for i in range(600)])  # > 200 distinct: staged
    cities = pa.array(["Paris", "Lyon", "Berlin", "Madrid"] * 50)
    counts = pa.array([str(i % 13) for i in range(300)])
    notes = pa.array([f"called back on day {i}, customer asked about the invoice" for i in range(300)])
    return [
        DatasetSample("crm.contacts", "db", "duckdb-table",
                      [FieldSample("email", emails), FieldSample("city", cities), FieldSample("c3", counts)]),
        DatasetSample("crm.calls", "db", "duckdb-table", [FieldSample("note", notes), FieldSample("n", counts)]),
    ]


def _verdicts(results) -> list[list[tuple]]:
    return [[(r.sample.path, [(d.entity, round(d.confidence, 6)) for d in r.detections]) for r in dataset]
            for dataset in results]


def test_attribution_changes_no_result_and_restores_the_engine(bench):
    datasets = _datasets()
    before = _verdicts(classify_datasets(datasets))
    originals = (engine._open, engine._classify_opened, engine._stage, fieldview._Mask.evaluate,
                 fieldview.Batch.add, fieldview.FieldView._make_probe, engine.neighbours.apply)
    attribution = bench.Attribution()
    with attribution.patched():
        during = _verdicts(classify_datasets(datasets))
    assert during == before
    assert (engine._open, engine._classify_opened, engine._stage, fieldview._Mask.evaluate,
            fieldview.Batch.add, fieldview.FieldView._make_probe, engine.neighbours.apply) == originals
    assert fieldview.FieldView.of(FieldSample("x", pa.array(["a"]))).batch is not None  # classmethod back


def test_every_part_is_charged_to_the_fields_it_was_for(bench):
    datasets = _datasets()
    fields = {id(field) for dataset in datasets for field in dataset.fields}
    attribution = bench.Attribution()
    with attribution.patched():
        classify_datasets(datasets)
    charged = {owner for owner, seconds in attribution.cost.items() if seconds > 0}
    # the staged e-mails' stage, the views, their probes and the batch's passes all map back to
    # a dataset's own field samples: nothing is charged to an object of the engine's making
    assert charged - {0} <= fields
    assert fields <= charged  # each field read by at least one part


def test_per_field_gives_one_figure_a_field(bench):
    datasets = _datasets()
    figures = bench.per_field(datasets)
    assert len(figures) == sum(len(d.fields) for d in datasets)
    assert all(figure >= 0 for figure in figures)
