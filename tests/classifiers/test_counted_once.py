"""Readings a field is asked for again and again are worked out once and read back unchanged:
a view's masks (`FieldView.full_match`, `vocabulary_match`) remembered per view; the column
helpers asked of every text column (aircraft makers, charging states, forms of address, JSON
documents) read the view's distinct values, counted, where they read every value. Each is
compared with the reading it replaces, over columns whose repeats and nulls decide."""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from classifiers import embedded_json, rx
from classifiers.fieldview import Batch, FieldView
from classifiers.registry import default_recognizers
from classifiers.recognizers import battery, device_model, user_content
from classifiers.recognizers.device_model import AIRCRAFT_SHARE, DeviceModelRecognizer
from datamap.model import DatasetSample, FieldSample

COLUMNS = {
    "emails": ["ann@example.com", "bob@example.org", "ann@example.com", None, "-", "carl@x.io"] * 5,
    "phones": ["+1 415 555 0100", "+44 20 7946 0958", "n/a", "(415) 555-0101", None] * 7,
    "words": ["charging", "discharging", "full", "Charging", "not charging", "unknown"] * 4,
    "numbers": [str(n) for n in range(300)],
    "countries": ["France", "Germany", "Japan", "france", "Brasil", "Narnia"] * 6,
}


def _views() -> list[FieldView]:
    batch = Batch()
    return [batch.add(FieldSample(path=name, values=pa.array(values, pa.string()))) for name, values in COLUMNS.items()]


def test_remembered_masks_are_the_masks_computed_afresh():
    recognizers = default_recognizers()
    asked = _views()
    for view in asked:  # every pattern asked twice, with and without its group, in one batch
        for recognizer in recognizers:
            for pattern in recognizer.patterns:
                view.full_match(pattern.regex, group=recognizer._any_regex)
                view.full_match(pattern.regex)
            for vocabulary in recognizer.vocabularies:
                view.vocabulary_match(vocabulary.vocabulary, vocabulary.leading_words)
    for view in _views():
        again = next(v for v in asked if v.path == view.path)
        for recognizer in recognizers:
            for pattern in recognizer.patterns:
                expected = view._full_match(pattern.regex, None)
                assert np.array_equal(again.full_match(pattern.regex, group=recognizer._any_regex), expected)
                assert np.array_equal(again.full_match(pattern.regex), expected)
            for vocabulary in recognizer.vocabularies:
                expected = view._vocabulary_match(vocabulary.vocabulary, vocabulary.leading_words, False)
                assert np.array_equal(again.vocabulary_match(vocabulary.vocabulary, vocabulary.leading_words), expected)


def test_a_remembered_mask_cannot_be_changed_by_one_asker():
    view = _views()[0]
    mask = view.full_match(r"[a-z]+@[a-z]+\.[a-z]+")
    assert mask.any()
    with pytest.raises(ValueError):
        mask[:] = False
    assert view.full_match(r"[a-z]+@[a-z]+\.[a-z]+").any()


def test_head_and_distinct_vocabulary_masks_are_kept_apart():
    view = _views()[4]  # countries: 6 distinct values, a head of 36 texts
    distinct = view.vocabulary_match("countries", False)
    head = view.vocabulary_match("countries", False, head=True)
    assert len(distinct) == len(view.informative.values) and len(head) == len(view.head_text)
    assert head.sum() > distinct.sum()  # the head counts France on each of its rows


def test_released_batch_forgets_the_masks():
    views = _views()
    views[0].full_match(r"[a-z]+@[a-z]+\.[a-z]+")
    assert views[0]._answers
    views[0].batch.release()
    assert not views[0]._answers


def _aircraft_before(values: pa.Array) -> bool:  # every value read, repeats found by a pass first
    values = pc.drop_null(values)
    if len(values) == 0 or not pa.types.is_string(values.type):
        return False
    return (pc.sum(rx.match(values, device_model._AIRCRAFT)).as_py() or 0) >= AIRCRAFT_SHARE * len(values)


@pytest.mark.parametrize("values", [
    # 8 of 10 rows aircraft (80 %) but 2 of 4 distinct values: the counted share decides
    ["Airbus A320"] * 5 + ["Boeing 737"] * 3 + ["Pixel 7", "iPhone 13"],
    ["Airbus A320"] * 5 + ["Boeing 737"] * 2 + ["Pixel 7", "iPhone 13", "Galaxy S23"],  # 70 %
    # one plane among many phones: 1 of 4 distinct, 25 of 28 rows
    ["Airbus A320"] * 25 + ["Pixel 7", "iPhone 13", "Galaxy S23"],
    ["Airbus A320", None, None, "Pixel 7"] * 20,  # nulls are no values
    [None, None, None],
    ["ſukhoi Su-30", "Cessna 172", "BOEING 747", "cessna 208"] * 3,  # case folded as RE2 folds it
])
def test_aircraft_counted_over_distinct_values_as_over_every_value(values):
    sample = FieldSample(path="model_name", values=pa.array(values, pa.string()))
    data = DatasetSample(name="t", source="tests", kind="ndjson", fields=[sample])
    assert DeviceModelRecognizer().ruled_out(FieldView.of(sample), data) == _aircraft_before(sample.values)


def test_aircraft_share_counts_repeats():
    values = ["Airbus A320"] * 5 + ["Boeing 737"] * 3 + ["Pixel 7", "iPhone 13"]
    sample = FieldSample(path="model_name", values=pa.array(values, pa.string()))
    data = DatasetSample(name="t", source="tests", kind="ndjson", fields=[sample])
    assert DeviceModelRecognizer().ruled_out(FieldView.of(sample), data)


def _kind_before(values: pa.Array) -> str | None:  # the state words' part, over every value
    states = pc.sum(rx.match(values, battery._STATE_WORDS)).as_py() or 0
    if states < battery._STATE_SHARE * len(values):
        return None
    strong = pc.sum(rx.match(values, battery._STRONG_STATES)).as_py() or 0
    return "state" if strong >= states / 2 else None


@pytest.mark.parametrize("values", [
    ["Charging"] * 10 + ["Full"] * 9 + ["foo"] * 2,  # 19 of 21 rows (90.5 %), 2 of 3 distinct
    ["Charging"] * 9 + ["Full"] * 9 + ["foo"] * 2,  # 18 of 20: exactly 90 %
    ["Charging"] * 8 + ["Full"] * 9 + ["foo"] * 2,  # 17 of 19: below
    ["Charging"] * 2 + ["Full"] * 30,  # strong words on 2 rows of 32, 1 of 2 distinct
    ["Charging"] * 16 + ["Full"] * 16,  # strong words on half the rows
    ["discharging", "充电中", "Full", "unknown", None] * 6,
])
def test_charging_states_counted_over_distinct_values_as_over_every_value(values):
    sample = FieldSample(path="s", values=pa.array(values, pa.string()))
    assert battery._kind(FieldView.of(sample)) == _kind_before(sample.values)


def _forms_before(values: pa.Array) -> bool:
    values = pc.drop_null(values)
    distinct = pc.utf8_trim_whitespace(pc.unique(values))
    distinct = pc.filter(distinct, pc.greater(pc.utf8_length(distinct), 0))
    if len(distinct) == 0:
        return False
    return (pc.sum(rx.match(distinct, user_content._FORM_OF_ADDRESS)).as_py() or 0) \
        >= user_content.FORMS_OF_ADDRESS_SHARE * len(distinct)


@pytest.mark.parametrize("values", [
    ["Dr.", "Mrs", "Mr", " Mr ", "Prof.", None, "Ms", "Dr."] * 3,
    ["Dr.", "Mrs", "Mr", "Prof.", "Ms", "Mx", "Sir", "Dame", "Rev", "hello there"],  # 9 of 10 distinct
    ["Dr.", "Mrs", "Mr", "Prof.", "Ms", "Mx", "Sir", "Dame", "hello there"],  # 8 of 9: below
    ["", "  ", None],
    ["Dr."] * 30 + ["a note"] * 2,  # repeats do not count: 1 of 2 distinct
    ["Dr.", "Mr", "  ", "\t", "\u00a0", "\u2003"],  # white space alone is no value
    ["\x1cMr\x1f", "\u00a0Ms\u00a0", "Dr. (Ms.)", "Prof", "\tMrs\n"],  # trimmed as pyarrow trims
    ["Dr.", "Mr", "Mrs", "Ms", "Prof.", "Sir", "Dame", "Rev", "Mx", "Mr1"],  # 9 of 10
    ["Dr.", "Mr", "Mrs", "Ms", "Prof.", "Sir", "Dame", "Rev", "mr", "MR"],  # 8 of 10: no capital, capitals
    ["DR", "MR", "MRS", "Dr"],
])
def test_forms_of_address_over_the_views_distinct_values(values):
    sample = FieldSample(path="title", values=pa.array(values, pa.string()))
    assert user_content._forms_of_address(FieldView.of(sample)) == _forms_before(sample.values)


@pytest.mark.parametrize("values, expected", [
    (['{"a": 1}', '{"b": 2}', "", "plain"], [{"a": 1}, {"b": 2}]),
    (['[{"a": 1}]', " ", "{'c': None}", "y"], [{"a": 1}, {"c": None}]),
    (["{'a': 1}", "{'b': [2]}", None], [{"a": 1}, {"b": [2]}]),  # as Python wrote them
    (["plain", "text", None, ""], None),
    (["x [not json]", "(y)", "  ", "z"], None),
    ([None, None], None),
])
def test_documents_need_a_brace(values, expected):
    sample = FieldSample(path="extra", values=pa.array(values, pa.string()))
    assert embedded_json.documents(sample) == expected
    if not any(v and "{" in v for v in values):
        # the regexes' own reading says no too: no value looks like a document
        assert not (pc.sum(rx.match(sample.values, r"^\s*(?:\{|\[\s*\{)")).as_py() or 0)


def _head_index_in_full(view: FieldView) -> np.ndarray | None:  # every distinct value hashed
    where = pc.index_in(view.head_text, value_set=view.informative.values)
    return None if where.null_count else where.to_numpy(zero_copy_only=False).astype(np.int64)


@pytest.mark.parametrize("values", [
    [f"v{i % 37}" for i in range(400)],  # repeats within the head
    [f"v{i}" for i in range(400)],  # all distinct: the head is the first 50
    ["-", "a", "b"] + [f"v{i}" for i in range(300)],  # a placeholder in the head: no index
    [None, "a", None, "b"] + [f"v{i}" for i in range(100)],
    ["x"] * 60 + [f"v{i}" for i in range(100)],
])
def test_head_index_as_from_every_distinct_value(values):
    view = FieldView.of(FieldSample(path="c", values=pa.array(values, pa.string())))
    found, expected = view.head_index, _head_index_in_full(view)
    assert (found is None and expected is None) or np.array_equal(found, expected)


def test_head_index_whatever_the_order_of_the_distinct_values():
    from classifiers.fieldview import Distinct
    values = [f"v{i}" for i in range(300)]
    view = FieldView.of(FieldSample(path="c", values=pa.array(values, pa.string())))
    counted = view.distinct
    order = pa.array(np.arange(len(counted.values))[::-1].copy())  # last row's value first
    view.__dict__["distinct"] = Distinct(counted.values.take(order), counted.counts[::-1].copy())
    found = view.head_index
    assert found is not None and np.array_equal(found, _head_index_in_full(view))
    assert [view.informative.values[int(i)].as_py() for i in found] == values[:50]


def _gps_before(recognizer, candidates: pa.Array) -> pa.Array:  # polylines looked for first
    from classifiers.recognizers import location_precise as lp
    polyline = pc.and_(rx.match(candidates, f"^{lp._POLYLINE}$"), rx.match(candidates, lp._POLYLINE_MARK))
    if pc.any(polyline).as_py():
        return pc.or_(polyline, _gps_before(recognizer, pc.if_else(polyline, "0", candidates)))
    return recognizer.validate(candidates)  # (no polyline left: the rest reads as before)


@pytest.mark.parametrize("candidates", [
    ["12.5", "-181", "45.123", "179.999999", "2000000000", "-0.5"],
    ["_p~iF~ps|U_ulLnnqC", "12.3", "u{~vFvyys@fS]"],
    ["37.1, -122.2", "95.0, 10.0", "1", "-33.86 151.2"],
    ["abcdefghijk~", "ABCDEFGHIJK", "12.5"],  # a long word without a polyline's mark
    ["12.5", None, "13.25"],
    [],
])
def test_gps_validator_looks_for_polylines_only_beside_other_forms(candidates):
    from classifiers.recognizers.location_precise import GpsCoordinateRecognizer
    recognizer = GpsCoordinateRecognizer()
    values = pa.array(candidates, pa.string())
    assert recognizer.validate(values).to_pylist() == _gps_before(recognizer, values).to_pylist()


def test_a_tables_columns_are_counted_once_for_all_its_readings(monkeypatch):
    """A people table's undecided text columns: each column's distinct informative values are
    counted once, whatever reads them (names, honorifics beside them, SSNs, CPFs, documents),
    and the table reads as it does when each reading counts them afresh."""
    from classifiers import name_columns, table_view
    from classifiers.engine import classify_dataset
    columns = {
        "id": [str(1000 + i) for i in range(40)],
        "email": [f"person{i}@example.com" for i in range(40)],
        "title": ["Mr", "Mrs", "Dr.", "Ms", "n/a"] * 8,
        "c1": ["Iago", "Pedro", "Maria", "Ana", "Lucas", "Julia", "Mateus", "Laura"] * 5,
        "c2": ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Rocha"] * 5,
        "c3": [f"{100 + i:03d}-{10 + i % 80:02d}-{1000 + 37 * i:04d}" for i in range(40)],
        "c4": [f"X{1234567 + 7919 * i:08d}Z" for i in range(40)],
    }
    data = DatasetSample(name="customers", source="tests", kind="ndjson",
                         fields=[FieldSample(path=k, values=pa.array(v, pa.string())) for k, v in columns.items()])
    counted = []
    real = name_columns.distinct_informative
    monkeypatch.setattr(name_columns, "distinct_informative", lambda values: counted.append(id(values)) or real(values))
    once = [(r.sample.path, [(d.entity, d.confidence, d.recognizer, d.examples) for d in r.detections])
            for r in classify_dataset(data)]
    assert counted and len(counted) == len(set(counted))  # no column counted twice
    # each reading counting afresh (as before the table kept its counts): the same results
    monkeypatch.setattr(table_view, "CountedColumns", lambda: real)
    afresh = [(r.sample.path, [(d.entity, d.confidence, d.recognizer, d.examples) for d in r.detections])
              for r in classify_dataset(data)]
    assert once == afresh
    assert dict((p, d[0][0] if d else None) for p, d in once)["c1"] == "PERSON"


STREET_VALUES = ["Rua Ipero", "Avenida Graça Aranha", "Calle Mayor", "Rue de la Paix", "C/Princesas 2", "C/ Mayor",
                 "ulica Długa", "Av. Paulista", "RUA DOS GERÂNIOS", "rua\tX", "Rua", "Calle", "Quadra 64", "Ruax",
                 "Rue_de", "Main Street 5", "C/x", "Largo do Arouche", "ſtrada", "Piazza di Spagna", ""]


def test_a_named_street_holds_a_blank_or_a_slash():
    from classifiers.recognizers.street_address import NAMED_STREET
    values = pa.array(STREET_VALUES + [v.replace(" ", "") for v in STREET_VALUES] + [v.replace("/", "") for v in STREET_VALUES],
                      pa.string())
    matched = as_numpy(rx.match(values, NAMED_STREET))
    holding = np.array([(" " in v or "/" in v) for v in values.to_pylist()])
    assert matched.any() and not (matched & ~holding).any()


def as_numpy(mask: pa.Array) -> np.ndarray:
    return np.asarray(pc.fill_null(mask, False).to_numpy(zero_copy_only=False), dtype=bool)


@pytest.mark.parametrize("values", [
    ["Rua Ipero", "Calle Mayor", "Rue de Rivoli", "Avenida Brasil", "main", "x"] * 3,  # 4 of 6: below 70 %
    ["Rua Ipero", "Calle Mayor", "Rue de Rivoli", "Avenida Brasil", "C/Mayor", "x y", "z"],  # 5 of 7 streets
    ["Rua Ipero"] * 7 + ["A1", "B2", "C3"],  # 70 %: repeats counted
    ["Rua Ipero"] * 6 + ["A1", "B2", "C3", "D4"],  # 60 %
    ["ab cd", "ef gh", "Rua X", "-", "n/a"],  # blanks, few streets
    ["a1b2", "c3d4", "e5f6"],
    ["C/Mayor", "C/Princesa", "C/Sol", "Rua X"],  # Spain's abbreviated calle: no blank
])
def test_named_streets_with_the_bound_as_without(values):
    from classifiers.recognizers import street_address as sa
    sample = FieldSample(path="logradouro", values=pa.array(values, pa.string()))
    found = sa._named_streets(FieldView.of(sample))
    view = FieldView.of(sample)
    distinct = view.informative
    named = as_numpy(rx.match(distinct.values, sa.NAMED_STREET, distinct=True))
    ratio = int(distinct.counts[named].sum()) / int(distinct.counts.sum())
    expected = None if ratio < sa.NAMED_STREETS_SHARE else round(ratio, 4)
    assert (found.match_ratio if found is not None else None) == expected


MIDDLE_VALUES = ["J.", "Test", "Anne Marie", "O'Neil", "Jean-Luc", "Élise", "Ñ.", "Marie J.", " J. ", "\x1cJ.\x1f",
                 "Smith558", "ÖZIL", "De La", "j.", "J", "Ã", "McDonald", "D’Arcy", "J.R.", "A. B.", "\tAnn\n",
                 "1st", "Ann_Marie", "Ann,", "(J.)", "", "  ", "x1", "Zoë", "ß", "L'", "Ann  Marie", "Al-Amin"]


def test_the_middle_name_bound_lets_every_middle_name_through():
    from classifiers.recognizers import person_name as pn
    part = FieldSample(path="given", values=pa.array(["Ann"] * 10, pa.string()))
    passed = 0
    for value in MIDDLE_VALUES:
        for column in ([value] * 3, [value, None, value], ["J.", value, "Ann"]):
            sample = FieldSample(path="middle", values=pa.array(column, pa.string()))
            words = pn._middle_words(sample, part)
            passed += words
            assert pn._could_be_middle_words(FieldView.of(sample)) or not words, column
    assert passed >= 10  # (middle names among them: the bound is asked of real ones)
