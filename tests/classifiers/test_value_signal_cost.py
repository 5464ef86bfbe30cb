"""A value signal's Python work grows with a field's distinct values, not with its raw values.

The shared shape gate (classifiers/gate.py) and the batch's regex passes read a field's
distinct values, counted. A recognizer that overrides `value_signal` can bypass both: a
Python loop over the sample's raw values there is paid on every text column of every table
(session 22's address lines beside places cost 40 % of a warehouse's classification that
way). This review rule runs every recognizer's value signal over columns of a few kinds, once
with each distinct value repeated 4 times and once 16 times, and counts the Python lines run
and the built-in calls made: a loop over the raw values makes one or more for each of the 768
extra values; reading distinct values makes none. New recognizers are held to it without edits.
"""
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pytest

from classifiers.fieldview import FieldView
from classifiers.recognizer import FieldRecognizer
from classifiers.registry import default_recognizers
from datamap.model import FieldSample

#: distinct values a column holds, and how often each repeats in its smaller and its larger
#: sample (both a column of repeats: a judge of variety, an event name's or prose's, reads
#: the two alike)
DISTINCT = 64
FEW, MANY = 4, 16
#: Python work (lines run plus built-in calls) the larger sample may add: a few units per call
#: (a regex run from Python or by pyarrow, chosen by the number of values), far below the one
#: or more a loop spends on each of the extra raw values
ALLOWED_GROWTH = DISTINCT * (MANY - FEW) // 4


def _column(kind: Callable[[int], str]) -> list[str]:
    return [kind(n) for n in range(DISTINCT)]


#: columns of many kinds: each recognizer meets values it could match and values it could not
COLUMNS: dict[str, list[str]] = {
    "digits": _column(lambda n: str(n * 7919 + 13)),
    "emails": _column(lambda n: f"user{n}@example.org"),
    "words": _column(lambda n: ["charging", "Verizon", "wifi", "admin", "Technology", "video_view", "Berlin",
                                "Europe/Berlin"][n % 8] + ("" if n < 8 else f" {n}")),
    "names": _column(lambda n: f"{['Ana', 'John', 'Mei', 'Olu', 'Sven', 'Priya', 'Carlos', 'Yuki'][n % 8]} "
                               f"{['Smith', 'Garcia', 'Chen', 'Okafor', 'Larsen', 'Patel', 'Silva', 'Sato'][n // 8]}"),
    "address lines": _column(lambda n: f"{n + 1} {['Main', 'Oak', 'Elm', 'Pine'][n % 4]} Street, Apt {n % 9 + 1}"),
    "chinese places": _column(lambda n: ["浙江省杭州市西湖区文三路", "四川成都", "广东省深圳市南山区", "北京市朝阳区建国路"][n % 4]
                                        + f"{n + 1}号"),
    "prose": _column(lambda n: f"I really liked the delivery number {n}, the driver was kind and on time."),
    "timings": _column(lambda n: f"[{n}, {n * 3 % 97}, {n * 7 % 89}, {n % 13}]"),
    "packages": _column(lambda n: f"com.example.app{n}"),
    "coordinates": _column(lambda n: f"{30 + n / 100:.5f},{120 + n / 50:.5f}"),
}


def _work(call: Callable[[], Any]) -> tuple[int, Any]:
    """(Python lines run + built-in calls made, result) of `call()`."""
    count = 0

    def tracer(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    def profiler(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        if event == "c_call":
            count += 1

    sys.settrace(tracer)
    sys.setprofile(profiler)
    try:
        result = call()
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return count, result


def _signal_work(recognizer: FieldRecognizer, values: list[str]) -> tuple[int, Any]:
    recognizer.forget()  # no verdict remembered from another column
    view = FieldView.of(FieldSample(path="c", values=pa.array(values, pa.string())))
    return _work(lambda: recognizer.value_signal(view))


def _verdict(signal: Any) -> Any:
    return None if signal is None else (signal.kind, signal.score, signal.match_ratio)


@pytest.mark.parametrize("recognizer", default_recognizers(), ids=lambda r: type(r).__name__)
def test_a_value_signal_reads_distinct_values_not_raw_values(recognizer: FieldRecognizer):
    for kind, column in COLUMNS.items():
        few, repeated = column * FEW, column * MANY
        random.Random(kind).shuffle(few)
        random.Random(kind).shuffle(repeated)
        _signal_work(recognizer, few)  # warm: imports, compiled regexes, vocabularies
        once, signal_once = _signal_work(recognizer, few)
        many, signal_many = _signal_work(recognizer, repeated)
        # the same shares, so the same verdict (its detail counts the values it read)
        assert _verdict(signal_many) == _verdict(signal_once), kind
        assert many - once <= ALLOWED_GROWTH, (
            f"{type(recognizer).__name__} on {kind}: {once} units of Python work over {DISTINCT} values each {FEW} "
            f"times, {many} over the same each {MANY} times: a loop over raw values (read the view's distinct values)")


def test_the_rule_catches_a_loop_over_raw_values():
    class Looping(FieldRecognizer):
        entity = "TEST_LOOP"
        value_alone = True

        def value_signal(self, sample: FieldSample):
            texts = [v.strip() for v in sample.values.to_pylist() if v]
            return None if not texts else None

    once, _ = _signal_work(Looping(), COLUMNS["words"] * FEW)
    many, _ = _signal_work(Looping(), COLUMNS["words"] * MANY)
    assert many - once > ALLOWED_GROWTH
