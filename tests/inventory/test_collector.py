"""The garbage collector's pace in a scan's processes (inventory/collector.py), and the
references' id hashes read without a pass for repeats."""
from __future__ import annotations

import gc
import sys

import numpy as np
import pyarrow as pa
import pytest

from classifiers import references, rx
from inventory import collector
from inventory import workers as workers_module


@pytest.fixture
def threshold():
    """Whatever a test sets, this process's thresholds are restored after it."""
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_collect_less_sets_the_young_threshold_and_keeps_the_older_ones(threshold):
    gc.set_threshold(700, 7, 13)
    collector.collect_less()
    assert gc.get_threshold() == (collector.YOUNG_THRESHOLD, 7, 13)
    assert collector.YOUNG_THRESHOLD > 700


def test_the_young_generation_is_collected_less_often(threshold):
    collector.collect_less()
    passes = []

    def count(phase, info):
        if phase == "stop" and info["generation"] == 0:
            passes.append(1)

    gc.callbacks.append(count)
    try:
        kept = [[index] for index in range(5 * 700)]  # containers that stay: net allocations
    finally:
        gc.callbacks.remove(count)
    assert len(kept) == 5 * 700
    assert len(passes) <= 1  # at 700, five passes at least


def test_the_command_line_runs_at_that_pace(threshold, monkeypatch):
    from inventory import cli as cli_module

    monkeypatch.setattr(sys, "argv", ["datamap", "--version"])
    with pytest.raises(SystemExit) as stopped:
        cli_module.main()
    assert stopped.value.code == 0
    assert gc.get_threshold()[0] == collector.YOUNG_THRESHOLD


def test_the_workers_run_at_that_pace():
    classifier = workers_module.Classifier(workers=2)
    try:
        pool = classifier._start()
        thresholds = {pool.submit(gc.get_threshold).result(timeout=120) for _ in range(4)}
    finally:
        classifier.close()
    assert {young for young, _, _ in thresholds} == {collector.YOUNG_THRESHOLD}


def _reference_hashes(ids: list[str]) -> np.ndarray:
    """What `_values` should give for text ids that are not all digits, written out: the
    trimmed distinct texts' hashes, scrambled and sorted."""
    codes = np.array([hash(text) for text in {text.strip() for text in ids}], dtype=np.int64)
    with np.errstate(over="ignore"):
        return np.unique((codes.view(np.uint64) * references._SCRAMBLE).view(np.int64))


@pytest.mark.parametrize("ids", [
    [f"SKU-{index:05d}" for index in range(300)],
    [f" dev_{index:x} " for index in range(200)] + [f"dev_{index:x}" for index in range(100)],  # trimmed: repeats
    [f"a{index:03d}" for index in range(80)] * 3,
])
def test_text_ids_hash_the_same_without_a_pass_for_repeats(ids, monkeypatch):
    encoded = []
    encode = rx.pc.dictionary_encode

    def spied(values, *rest, **options):
        encoded.append(len(values))
        return encode(values, *rest, **options)

    monkeypatch.setattr(rx.pc, "dictionary_encode", spied)
    found = references._values(pa.array(ids))
    assert found is not None and found.numbers is None
    assert np.array_equal(found.hashes, _reference_hashes(ids))
    assert found.distinct == len({text.strip() for text in ids})
    assert encoded == []  # the distinct texts are matched as they are


def test_digit_text_ids_are_still_numbers():
    ids = [f"{index:05d}" for index in range(1, 400)]
    found = references._values(pa.array(ids))
    assert found is not None
    assert np.array_equal(found.numbers, np.arange(1, 400, dtype=np.float64))
    # one id that is not all digits: hashed as text
    mixed = references._values(pa.array(ids + ["A0001"]))
    assert mixed is not None and mixed.numbers is None and mixed.distinct == 400
