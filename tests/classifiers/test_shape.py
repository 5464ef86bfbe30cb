"""Shape profiles only rule out values no pattern could match (so they never change a verdict)."""
from __future__ import annotations

import random
import warnings

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from classifiers.fieldview import Batch, FieldView, per_field, text_shapes
from classifiers.recognizers import battery, location_precise
from classifiers.registry import default_recognizers
from classifiers.shape import (
    DIGIT,
    LOWER,
    NON_ASCII,
    UPPER_HEX,
    TextShapes,
    char_lengths,
    could_match,
    regex_shape,
    signatures,
)
from datamap.model import FieldSample

RECOGNIZERS = [r for r in default_recognizers() if r.patterns]

#: values of many kinds, personal and not, plus random strings over a wide alphabet
CORPUS = [
    "203.0.113.7", "10.0.0.1:8080", "2001:db8::1", "[2001:db8::1]:443", "fe80::1%eth0", "1.2.3", "a@b.co",
    "Jane.Doe+x@example.org", "+1 (415) 555-0100", "+44 20 7946 0958", "4111 1111 1111 1111", "378282246310005",
    "00000000-0000-0000-0000-000000000000", "3F2504E0-4F89-11D3-9A0C-0305E82C3301", "9774d56d682e549c",
    "AA:BB:CC:DD:EE:FF", "aa-bb-cc-dd-ee-ff", "0123.4567.89ab", "35-209900-176148-1", "490154203237518",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15", "curl/8.4.0",
    "Europe/Berlin", "UTC+01:00", "+0530", "-05:00", "1080x2400", "1080*2400", "37.7749", "-122.4194",
    "37.77490,-122.41940", "POINT(-122.4194 37.7749)", "point (1.123 2.345)", "48°51′24″N", "u4pruyd",
    "1990-04-12", "12/04/1990", "19900412", "42", "0.73", "charging", "Verizon", "T-Mobile US", "wifi", "4G",
    "iPhone14,2", "SM-G991B", "Android 14", "iOS 17.1", "com.example.app", "photo_001.jpg", "/home/u/a.txt",
    "https://example.com/a?b=c", "/checkout?step=2", "GET /index.html HTTP/1.1", "-", "n/a", "", " ",
    "123 Main Street", "Flat 2, 10 Downing St", "北京市朝阳区建国路88号", "张伟", "José Álvarez", "O'Brien",
    "Straße 5", "Ärzte", "hello world this is a comment", "SELECT * FROM t", "{\"a\": 1}", "[112, 87, 140]",
    "112;87;140", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "d41d8cd98f00b204e9800998ecf8427e",
    "_ga=GA1.1.123.456", "GA1.2.1234567890.1234567890", "fb.1.1596403881668.1116446470", "123-45-6789",
    "110101199003074477", "AB1234567", "R58M12ABCDE", "1596403881668-1234567", "video_view", "$pageview",
    "add_to_cart", "Technology", "admin", "KELVIN \u212a", "ſtraße", "\t\n", "NaN", "true", "FALSE", "0",
    "-0.5", "1e10", "€12.50", "12,5 %", "ÿ", "\u00a0x", "𝔘nicode", "x" * 300,
]


def _random_strings(count: int) -> list[str]:
    rng = random.Random(20261130)
    alphabet = "0123456789abcdefABCDEFxyzXYZ .:-/_@+,;()[]{}%*#'\"\t°′″éß中"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize("recognizer", RECOGNIZERS, ids=lambda r: type(r).__name__)
def test_values_ruled_out_by_shape_never_match(recognizer):
    text = pa.array(CORPUS + _random_strings(400), pa.string())
    view = FieldView(path="x", values=text)
    shape = recognizer.value_shape
    ruled_out = pc.invert(pa.array(shape.admits_each(signatures(text), pc.utf8_length(text).to_numpy()), pa.bool_()))
    for pattern in recognizer.patterns:
        matched = pc.match_substring_regex(text, pattern.anchored)
        wrong = pc.filter(text, pc.and_(matched, ruled_out)).to_pylist()
        assert not wrong, f"{pattern.name}: {wrong[:3]} match but were ruled out"
    # the bound over signature groups is never below the exact count of admitted values
    assert view.could_match(shape) >= view.informative.hits(view.admitted(shape))


def test_signatures_read_utf8_bytes_per_value():
    text = pa.array(["", "7", "aB", "é", None, "x y"], pa.string())
    sigs = signatures(text.slice(1))  # an offset into the buffers
    assert int(sigs[0]) == DIGIT
    assert int(sigs[1]) & LOWER == 0 and int(sigs[1]) & UPPER_HEX  # `a` is lower hex, `B` upper hex
    assert int(sigs[2]) == NON_ASCII
    assert int(sigs[3]) == 0


def test_shape_of_a_pattern():
    email = regex_shape(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
    assert email.required  # every match holds an `@`
    assert email.min_length == 6
    uuid = regex_shape(r"[0-9a-f]{8}-[0-9a-f]{4}")
    assert (uuid.min_length, uuid.max_length) == (13, 13)
    # case-insensitive groups admit either case (and non-ASCII letters that fold to ASCII)
    point = regex_shape(r"(?i:POINT) ?\(")
    assert point.admits(int(signatures(pa.array(["point("]))[0]), 6, 6)
    assert point.admits(int(signatures(pa.array(["PoInT("]))[0]), 6, 6)
    assert not point.admits(int(signatures(pa.array(["point[" ]))[0]), 6, 6)


def test_distinct_counts_weight_the_hits():
    view = FieldView(path="x", values=pa.array(["a", "a", "-", "b", None, "a"]))
    assert view.informative.total == 4  # `-` is a placeholder, None no value
    mask = np.array([v == "a" for v in view.informative.values.to_pylist()])
    assert view.informative.hits(mask) == 3


@pytest.mark.parametrize("regex", [battery._STATE_WORDS, battery._STRONG_STATES, location_precise._FINE_DEGREES],
                         ids=["battery states", "strong battery states", "fine degrees"])
def test_could_match_is_never_below_the_regex_count(regex):
    # the helpers that count a regex's share of a column skip the pass when the shapes alone
    # say too few values could match: the bound must hold on every value, near misses included
    near = ["Charging", "DISCHARGING", "charging ", "full", "not charging", "37.77490", "-122.4194", "37.7749",
            "181.12345", "12.123456789", "1.2345e1", "-0.00001", "３７.７７４９", "37.7749\n", None]
    for values in (CORPUS + near, _random_strings(400), near):
        text = pa.array(values, pa.string())
        for part in (text, text.slice(3)):  # an offset into the buffers too
            exact = pc.sum(pc.match_substring_regex(part, regex)).as_py() or 0
            assert could_match(part, regex) >= exact
    assert could_match(pa.array(["charging"] * 3 + ["12"]), battery._STATE_WORDS) == 3


def test_could_match_needs_an_anchored_regex():
    with pytest.raises(ValueError):
        could_match(pa.array(["x"]), r"\d+")


def test_bounds_of_all_shapes_at_once_are_those_of_each_group():
    # a field's bounds for every shape come from one matrix operation: the same as asking each
    # signature group (its values' count and length range) one shape at a time
    text = pa.array(CORPUS + _random_strings(300) + CORPUS[:40], pa.string())
    view = FieldView(path="x", values=text)
    sigs, lengths = signatures(view.informative.values), pc.utf8_length(view.informative.values).to_numpy()
    for recognizer in RECOGNIZERS:
        shape = recognizer.value_shape
        expected = 0
        for signature in np.unique(sigs):
            members = sigs == signature
            if shape.admits(int(signature), int(lengths[members].min()), int(lengths[members].max())):
                expected += int(view.informative.counts[members].sum())
        assert view.could_match(shape) == expected, type(recognizer).__name__


def test_a_null_has_length_zero_as_its_signature_is_zero():
    values = pa.array(["ab", None, "中文", ""])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a NaN cast to int64 warns, and gives INT64_MIN
        lengths = char_lengths(values)
    assert lengths.tolist() == [2, 0, 2, 0]
    assert signatures(values).tolist()[1] == 0


def test_shapes_read_from_counted_distinct_values_are_those_of_every_value():
    # a view's column helpers (battery kind, degree columns, name parts) bound a regex from the
    # view's distinct values and their counts: the same bounds as every raw value, nulls included
    values = CORPUS + _random_strings(200) + CORPUS[:30] * 3 + [None] * 7 + ["charging"] * 12
    for sliced in (False, True):
        for text in (pa.array(values, pa.string()), pa.array([1.5, None, 37.77490, 37.7749, -122.41940, 3.0] * 9)):
            if sliced:
                text = text.slice(5)  # an offset into the buffers too
            view = FieldView(path="x", values=text)
            raw = TextShapes.of(pc.cast(text, pa.string()))
            for regex in (battery._STATE_WORDS, battery._PERCENT, location_precise._FINE_DEGREES,
                          location_precise._ANY_DEGREES, r"^.*$", r"^$"):
                assert text_shapes(view).could_match(regex) == raw.could_match(regex), regex
            counted = text_shapes(view)
            assert counted.how_many(np.ones(len(counted.signatures), dtype=bool)) == len(text)


def test_informative_values_found_together_are_each_fields_own():
    # a batch's table finds the placeholders of all its fields in one pass: each field's
    # informative values and counts are those it finds alone
    columns = [["a", "-", "n/a", "a", None, "b"], CORPUS, ["[REDACTED]", "<EMAIL>", "x", "x"], [None, None],
               ["  N/A ", "Unknown", "无", "暂无"], [], _random_strings(50)]
    batch = Batch()
    views = [batch.add(FieldView(path=f"c{i}", values=pa.array(c, pa.string()))) for i, c in enumerate(columns)]
    shapes = [batch.shapes_of(view) for view in views]  # builds the batch's table
    for view, column, (sigs, _) in zip(views, columns, shapes):
        alone = FieldView(path="alone", values=pa.array(column, pa.string()))
        assert view.informative.values.to_pylist() == alone.informative.values.to_pylist()
        assert view.informative.counts.tolist() == alone.informative.counts.tolist()
        assert len(sigs) == len(alone.informative.values)


def test_a_neighbour_asked_about_as_its_datasets_field_is_read_through_its_view():
    # a column helper asked about a neighbour (the dataset's own field) reads that field's view
    # of the batch, whose distinct values are counted already; once, for both askers
    seen = []

    @per_field
    def statistic(sample):
        seen.append(sample)
        return text_shapes(sample).could_match(r"^[a-z]+$")

    batch = Batch()
    field = FieldSample(path="status", values=pa.array(["on", "off", "on", None, "7"]))
    view, other = batch.add(field), batch.add(FieldView(path="other", values=pa.array(["x"])))
    assert statistic(field, other) == 3 and statistic(view) == 3
    assert seen == [view]


def test_a_batch_views_text_shapes_are_those_of_every_value():
    # a view of a batch reads its text shapes from the batch's table (the informative values'
    # shapes) when it holds no placeholder, else from its distinct values: the same bounds as
    # every raw value either way, nulls included, and read once per view
    columns = [pa.array(c, pa.string()) for c in (
        CORPUS[:40] + CORPUS[:10] + [None] * 3,  # placeholders among them (`-`, `n/a`, ``)
        [v for v in CORPUS if v not in ("-", "n/a", "", " ")] + [None, None],  # none
        _random_strings(300), ["charging", "discharging", "full", "87%", None] * 6, [None, None], [])]
    columns.append(pa.array([1.5, None, 37.77490, 37.7749, -122.41940, 3.0, 0.0] * 9))
    batch = Batch()
    views = [batch.add(FieldView(path=f"c{i}", values=column)) for i, column in enumerate(columns)]
    regexes = [battery._STATE_WORDS, battery._PERCENT, location_precise._FINE_DEGREES, location_precise._ANY_DEGREES,
               location_precise._NO_FIX, r"^.*$", r"^$", r"^[a-z]+$"]
    regexes += [f"^(?:{p.regex})$" for r in RECOGNIZERS for p in r.patterns][:200]
    for view, column in zip(views, columns):
        raw = TextShapes.of(pc.cast(column, pa.string()))
        shapes = text_shapes(view)
        assert text_shapes(view) is shapes  # (read once)
        for regex in regexes:
            assert shapes.could_match(regex) == raw.could_match(regex), (view.path, regex)
        assert shapes.how_many(np.ones(len(shapes.signatures), dtype=bool)) == len(column)


def test_the_shape_bound_on_degree_columns_never_changes_their_statistics(monkeypatch):
    # `_degree_stats` rules a column out by its values' shapes before it counts the zeros (no
    # fix) among them: with shapes that admit everything (no bound at all) it answers the same,
    # after more regex passes
    columns = [[37.77490 + i / 1000 for i in range(40)], [0.0] * 30 + [37.7749, 37.7750, 37.7751],
               ["0"] * 10 + [f"{-122.4194 - i / 997:.5f}" for i in range(30)], ["0", "-0.0", "0."] * 5 + ["48.12345"] * 3,
               [f"{i / 7:.4f}" for i in range(50)], CORPUS, _random_strings(100), [12.5, 3.0, 7.25] * 10,
               [f"{v:.6f}" for v in (12.345678, -181.000001, 45.5, 0.123456)] * 5, [None, "37.77490"] * 10]
    admit_all = type("AdmitAll", (), {"could_match": lambda self, regex: 10 ** 9})()
    match = location_precise.rx.match

    def answers(bounded: bool) -> tuple[list, int]:
        found, passes = [], []
        with monkeypatch.context() as patch:
            patch.setattr(location_precise.rx, "match", lambda *a, **k: passes.append(1) or match(*a, **k))
            if not bounded:
                patch.setattr(location_precise, "text_shapes", lambda sample: admit_all)
            for column in columns:
                found.append(location_precise._degree_stats(Batch().add(FieldView(path="lat", values=pa.array(column)))))
        return found, len(passes)

    (bounded, fewer), (unbounded, more) = answers(True), answers(False)
    assert bounded == unbounded
    assert any(stats is not None for stats in bounded) and any(stats is None for stats in bounded)
    assert fewer < more
