"""Session 31's exact cuts: each gives the answer of the reading it replaces, written out here.

- the shape gate read for every recognizer of a field at once (`gate.Gates`) equals
  `gate.can_find` per recognizer, and notes the same near misses on a first stage;
- the aircraft makers' first bytes bound `DeviceModelRecognizer.ruled_out` from above;
- a validator told its candidates are distinct (`rx.distinct_values`) gives the same verdicts
  and looks for no repeats.
"""
from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from classifiers import gate, rx
from classifiers.fieldview import Batch, FieldView
from classifiers.recognizer import FieldRecognizer
from classifiers.recognizers import device_model
from classifiers.recognizers.device_model import AIRCRAFT_SHARE, DeviceModelRecognizer
from classifiers.registry import default_recognizers
from datamap.flatten import first_bytes
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.test_gate import COLUMNS as GATE_COLUMNS

#: columns of many kinds (repeats, placeholders, blanks, nulls, non-ASCII, numbers): the gate's
#: exactness test's, and more
COLUMNS = {
    **GATE_COLUMNS,
    "placeholders": ["-", "n/a", "", "(not set)"] * 5,
    "with_nulls": ["a@b.co", None, "c@d.org", None] * 10,
    "phones_most": [f"+1 415 555 {n:04d}" for n in range(45)] + ["call me"] * 15,
    "macs_some": [f"00:1a:2b:3c:4d:{n:02x}" for n in range(38)] + [f"word{n}" for n in range(22)],
    "one": ["x"],
}


def _views(margin: float) -> list[FieldView]:
    batch = Batch()
    views = []
    for name, values in COLUMNS.items():
        view = batch.add(FieldSample(path=name, values=pa.array(values, pa.string())))
        view.margin = margin
        views.append(view)
    return views


@pytest.mark.parametrize("margin", [0.0, 0.15, 0.6])
def test_the_gates_of_every_recognizer_at_once_equal_each_asked_alone(margin):
    recognizers = default_recognizers()
    for together, alone in zip(_views(margin), _views(margin)):
        gates = gate.Gates.of(recognizers).over(together)
        for recognizer in recognizers:
            assert gates.can_find(recognizer) == gate.can_find(recognizer, alone), (together.path, recognizer)
            # a near miss on a first stage leaves the field undecided: the same fields either way
            assert together.uncertain == alone.uncertain, (together.path, recognizer)


def test_some_fields_are_gated_and_some_near_misses_noted():
    # (the comparison above means something: both answers and both notes occur)
    recognizers = default_recognizers()
    answers, uncertain = set(), set()
    for view in _views(0.15):
        gates = gate.Gates.of(recognizers).over(view)
        answers.update(gates.can_find(r) for r in recognizers)
        uncertain.add(view.uncertain)
    assert answers == {True, False} and uncertain == {True, False}


def test_a_recognizer_outside_the_list_is_gated_alone():
    recognizers = default_recognizers()
    view = _views(0.0)[0]
    other = type(recognizers[0])()
    gates = gate.Gates.of(recognizers[1:]).over(view)
    assert gates.can_find(other) == gate.can_find(other, view)
    assert gates.can_find(recognizers[0]) == gate.can_find(recognizers[0], view)


def test_the_gates_are_kept_for_the_same_recognizers_only():
    recognizers = default_recognizers()
    assert gate.Gates.of(recognizers) is gate.Gates.of(list(recognizers))
    fresh = [type(r)() for r in recognizers[:3]]
    assert gate.Gates.of(fresh).recognizers == tuple(fresh)


def _makers() -> list[str]:
    """The makers' names `_AIRCRAFT` lists (its alternation)."""
    body = re.fullmatch(r"\^\(\?i:(.*)\)\\b", device_model._AIRCRAFT).group(1)
    return body.split("|")


def test_every_value_the_aircraft_regex_matches_passes_its_first_byte_bound():
    makers = _makers()
    assert "airbus" in makers and "fokker" in makers
    # every code point in place of each maker's first letter (RE2's case folding decides which match)
    texts = [chr(c) + maker[1:] + " A320" for c in range(1, 0x3000) if not 0xD800 <= c < 0xE000 for maker in makers]
    texts += [maker.upper() for maker in makers] + [maker.title() for maker in makers] + makers
    array = pa.array(texts, pa.string())
    matched = rx.match(array, device_model._AIRCRAFT).to_numpy(zero_copy_only=False)
    assert matched.sum() > 3 * len(makers)  # (upper, title and lower case at least)
    assert device_model._AIRCRAFT_FIRST[first_bytes(array)][matched].all()
    # and the bound rules out what it should: a digit or `x` first is never a maker
    assert not device_model._AIRCRAFT_FIRST[[ord("1"), ord("x"), ord("Z")]].any()


def _ruled_out_without_bound(values: list[str | None]) -> bool:
    distinct = FieldView.of(FieldSample(path="model", values=pa.array(values, pa.string()))).distinct
    if distinct.total == 0:
        return False
    return distinct.hits(rx.match(distinct.values, device_model._AIRCRAFT, distinct=True)) >= AIRCRAFT_SHARE * distinct.total


@pytest.mark.parametrize("planes,others", [(8, 2), (7, 3), (8, 3), (4, 1), (3, 1), (0, 5), (10, 0)])
@pytest.mark.parametrize("other", ["SM-G991B", "Pixel 7", "737 MAX", "", "xperia", "ſukhoi Su-30"])
def test_ruled_out_with_the_bound_equals_the_regex_alone(planes, others, other):
    fleet = ["Airbus A350", "Boeing 747-8", "EMBRAER E190", "cessna 172", "ATR 72", "Ilyushin Il-96"]
    values = [fleet[n % len(fleet)] for n in range(planes)] + [other] * others + [None]
    sample = FieldSample(path="model", values=pa.array(values, pa.string()))
    dataset = DatasetSample(name="fleet", source="test", kind="csv", fields=[sample])
    assert DeviceModelRecognizer().ruled_out(sample, dataset) == _ruled_out_without_bound(values)


def test_a_column_of_long_s_makers_is_still_aircraft():
    # `ſ` folds to `s` under RE2's `(?i)`: its first byte (0xC5) must pass the bound
    values = ["ſukhoi Su-30"] * 10
    sample = FieldSample(path="model", values=pa.array(values, pa.string()))
    dataset = DatasetSample(name="fleet", source="test", kind="csv", fields=[sample])
    assert _ruled_out_without_bound(values)
    assert DeviceModelRecognizer().ruled_out(sample, dataset)


def test_matching_values_taken_as_distinct_gives_the_same_verdicts(monkeypatch):
    values = pa.array(["203.0.113.7", "x", None, "10.0.0.1"] * 40, pa.string())
    pattern = r"^\d+(?:\.\d+){3}$"
    plain = rx.match(values, pattern)
    encoded = []
    real = pc.dictionary_encode
    monkeypatch.setattr(pc, "dictionary_encode", lambda a, *args, **kw: encoded.append(len(a)) or real(a, *args, **kw))
    with rx.distinct_values():
        inside = rx.match(values, pattern)
    assert inside.equals(plain)
    assert encoded == []  # no pass looked for repeats
    assert rx.match(values, pattern).equals(plain) and encoded == [len(values)]  # outside: it does again


def test_the_flag_ends_with_its_block_even_on_an_error():
    with pytest.raises(KeyError), rx.distinct_values():
        raise KeyError("x")
    assert not rx._DISTINCT.get()


@pytest.mark.parametrize("recognizer", [r for r in default_recognizers()
                                        if type(r).validate is not FieldRecognizer.validate],
                         ids=lambda r: type(r).__name__)
def test_a_validator_told_its_candidates_are_distinct_gives_the_same_verdicts(recognizer):
    values = [v for column in COLUMNS.values() for v in column if v]
    candidates = pc.unique(pa.array(values + [f"+44 20 7946 {n:04d}" for n in range(80)]
                                    + [f"192.168.{n}.{n}" for n in range(80)], pa.string()))
    recognizer.forget()
    told = recognizer._validated(candidates, {}, distinct=True)
    recognizer.forget()
    untold = recognizer._validated(candidates, {})
    recognizer.forget()
    assert (told is None and untold is None) or np.array_equal(told, untold)


def test_counted_validation_tells_the_validator_its_candidates_are_distinct(monkeypatch):
    seen = []

    class Told(FieldRecognizer):
        entity = "TEST_TOLD"
        remembers_verdicts = False

        def validate(self, candidates):
            seen.append(rx._DISTINCT.get())
            return pc.equal(candidates, candidates)

    from classifiers.fieldview import Distinct
    distinct = Distinct(pa.array([f"v{n}" for n in range(100)]), np.ones(100, dtype=np.int64))
    assert Told()._validate_counted(distinct, 100, 100, 0.5) == 100
    assert seen == [True] and not rx._DISTINCT.get()


def _division_columns() -> list[list[str | None]]:
    from classifiers.recognizers.location_approximate import _division_codes
    codes = _division_codes().to_pylist()[::97][:30]
    columns = []
    for listed in (30, 27, 26, 20, 9, 1):
        for other in ("", "-", "n/a", "12345", "1234567", "420100 ", "abcdef", "浙江省", None):
            columns.append(codes[:listed] + [other] * (30 - listed))
    return columns + [codes + [None] * 5, [None, "420100"], ["999999"] * 30]


def test_every_column_of_division_codes_passes_the_shape_bound():
    from classifiers.recognizers.location_approximate import division_codes_only
    from classifiers.recognizers.street_address import _could_be_division_codes
    answers = []
    for values in _division_columns():
        sample = FieldSample(path="address", values=pa.array(values, pa.string()))
        listed = division_codes_only(sample.values)
        bound = _could_be_division_codes(sample)
        answers.append((listed, bound))
        assert bound or not listed, values
    # both answers occur, and the bound rules out some columns the lookup would have read
    assert {a for a, _ in answers} == {True, False} and (False, False) in answers and (True, True) in answers


def test_the_address_recognizer_rules_out_division_codes_as_before():
    from classifiers.recognizers.location_approximate import division_codes_only
    from classifiers.recognizers.street_address import StreetAddressRecognizer
    recognizer = StreetAddressRecognizer()
    for values in _division_columns():
        sample = FieldSample(path="address", values=pa.array(values, pa.string()))
        dataset = DatasetSample(name="orders", source="test", kind="csv", fields=[sample])
        if division_codes_only(sample.values):
            assert recognizer.ruled_out(sample, dataset), values
    # an integer column is not bounded: its codes still rule it out
    numbers = FieldSample(path="address", values=pa.array([420100, 110101, 310115] * 4, pa.int64()))
    assert recognizer.ruled_out(numbers, DatasetSample(name="o", source="test", kind="csv", fields=[numbers]))


def test_an_address_columns_local_parts_are_read_once_whatever_it_is_paired_with(monkeypatch):
    from classifiers import neighbours
    from classifiers.engine import classify_datasets
    read = []
    real = neighbours._local_parts
    monkeypatch.setattr(neighbours, "_local_parts", lambda emails: read.append(len(emails)) or real(emails))
    columns = {"c02": [f"user{i}" for i in range(8)], "c03": ["alpha", "beta", "gamma", "delta"] * 2,
               "c04": ["x1", "y2", "z3", "w4"] * 2, "c08": [f"user{i}@test.com" for i in range(8)]}
    fields = [FieldSample(path=name, values=pa.array(values, pa.string())) for name, values in columns.items()]
    results = classify_datasets([DatasetSample(name="people.csv", source="test", kind="csv", fields=fields)],
                                embedded=False)[0]
    found = {r.sample.path: (r.best().entity if r.best() else None) for r in results}
    assert found["c02"] == "ACCOUNT_ID" and found["c03"] is None
    assert len(read) == 1  # (three columns compared with it)
