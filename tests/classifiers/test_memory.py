"""What classification leaves behind in a long-lived process (a worker classifies thousands
of tables): no reference cycles holding samples, and no raw values in the verdict memory."""
from __future__ import annotations

import gc

import pyarrow as pa

from classifiers.engine import classify_datasets
from classifiers.fieldview import Batch, FieldView
from classifiers.recognizers.phone_number import PhoneNumberRecognizer
from datamap.model import DatasetSample, FieldSample


def _dataset(n: int) -> DatasetSample:
    phones = [f"+1 415 555 {1000 + i:04d}" for i in range(n)]
    emails = [f"user{i}@example.com" for i in range(n)]
    amounts = [f"{i * 3.7:.2f}" for i in range(n)]
    fields = [FieldSample(path=path, values=pa.array(values, pa.string()))
              for path, values in [("phone", phones), ("contact", emails), ("amount", amounts)]]
    return DatasetSample(name="orders", source="test", kind="table", fields=fields, sampled_rows=n)


def test_classification_leaves_no_reference_cycles():
    """A batch and its views refer to each other; left so, they (and their Arrow buffers) wait
    for Python's full collection, which seldom runs: a worker grew by 1 MB a table."""
    datasets = [_dataset(400), _dataset(300)]  # 400 distinct values: the fields get probes too
    classify_datasets(datasets)  # recognizers loaded, caches warm
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        results = classify_datasets(datasets)
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, (Batch, FieldView, pa.Array))]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()
    assert results[0][0].best() is not None  # classified as usual
    assert left == []


def test_a_released_batch_lets_go_of_its_views():
    batch = Batch()
    view = batch.add(FieldSample(path="phone", values=pa.array([f"+1 415 555 {i:04d}" for i in range(300)])))
    assert view.full_match(r"\+1 415 555 \d{4}").all()
    assert view.probe is not view
    batch.release()
    assert batch.views == [] and view.batch is None and view._probe is None


def test_the_verdict_memory_holds_no_values():
    """Validator verdicts are remembered across tables by the value's hash, not the value."""
    phones = PhoneNumberRecognizer()
    values = ["+1 415 555 0132", "+44 20 7946 0958", "12.50"]
    first = phones._validated(pa.array(values, pa.string()))
    assert first is not None and first.tolist() == [True, True, False]
    assert phones._verdicts and all(isinstance(key, int) for key in phones._verdicts)
    assert not set(values) & set(map(str, phones._verdicts))
    again = phones._validated(pa.array(list(reversed(values)), pa.string()))
    assert again is not None and again.tolist() == [False, True, True]


def test_a_statistic_of_a_field_is_computed_once_a_batch_and_forgotten_after():
    # a context signal asks for a statistic of the field and of each neighbour: through the
    # batch, each field's is computed once, whichever view or sample of it asks
    from classifiers.fieldview import per_field

    calls: list[str] = []

    @per_field
    def longest(sample: FieldSample) -> int:
        calls.append(sample.path)
        return max(len(v) for v in sample.values.to_pylist())

    dataset = _dataset(20)
    batch = Batch()
    views = [batch.add(sample) for sample in dataset.fields]
    assert longest(views[0]) == longest(dataset.fields[0], views[1]) == len("+1 415 555 1019")
    assert longest(dataset.fields[1], views[0]) == len("user19@example.com")
    assert calls == ["phone", "contact"]
    assert longest(dataset.fields[2]) == longest(dataset.fields[2])  # no batch: computed each time
    assert calls[2:] == ["amount", "amount"]
    batch.release()
    assert not batch._remembered
