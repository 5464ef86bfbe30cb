"""`classifiers.rx` gives what pyarrow's regex functions give, on either of its paths.

A call runs either through pyarrow or through the regex compiled once by google-re2, value by
value, depending on how many values it has and what compiling the regex costs: which path a
call takes must never change a verdict. Both paths are forced in turn and compared, for every
regex the engine asked while classifying realistic tables (the recognizers' patterns, their
validators' and the context helpers'), over those tables' values and over values made to sit
at the edges (nulls, blanks, line breaks, accents, Chinese, long text).
"""
from __future__ import annotations

import json
import random

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from classifiers import rx
from classifiers.engine import classify_datasets
from datamap.flatten import fields_from_table
from datamap.model import DatasetSample

EDGES = [None, "", " ", "\n", "abc\n", "\nabc", "a\nb", "-", "n/a", "0", "00", "1.5", "-12.345678", "１２３",
         "José Müller", "O'Brien, Mary", "DOE^JOHN", "Dr. Anna-Lena Smith Jr.", "王小明", "张伟 13812345678",
         "北京市朝阳区建国路88号", "jane.doe+tag@example.co.uk", "bad@@mail", "203.0.113.7", "256.1.1.1",
         "2001:db8::1", "fe80::1%eth0", "+1 415-555-0100", "(415) 555 0100", "1984-07-21", "21/07/1984",
         "550e8400-e29b-41d4-a716-446655440000", "AA:BB:CC:DD:EE:FF", "4111 1111 1111 1111", "[112, 87, 140]",
         "186|406|71", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)", "SM-G991B", "iPhone15,2",
         "Europe/Berlin", "UTC+08:00", "com.example.app", "/data/user/0/com.app/files/a.db", "87%", "charging",
         "1920x1080", "u33dc0", "12.9716,77.5946", "{\"user\": {\"email\": \"u@x.org\"}}", "x" * 300,
         "Straße 5, 10115 Berlin", "Ünïcödé ÀÉÎ", "ß", "İstanbul", "a\u0301", "🙂 emoji", "tab\there"]


def _table(rng: random.Random) -> pa.Table:
    rows = []
    for i in range(300):
        rows.append({
            "email": f"user{rng.randrange(10**6)}@{rng.choice(['example.com', 'mail.org'])}",
            "full_name": rng.choice(["Maria Garcia", "James O'Brien", "Wei Chen", "José Müller", "GARCIA, Maria",
                                     "Dr. Anna Smith", "王小明"]),
            "client_ip": ".".join(str(rng.randrange(1, 255)) for _ in range(4)),
            "phone": f"+1 415 {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}",
            "birth_date": f"19{rng.randrange(50, 99)}-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}",
            "battery": rng.choice(["charging", "87%", "discharging", "full"]),
            "tz": rng.choice(["Europe/Berlin", "America/New_York", "UTC"]),
            "model": rng.choice(["iPhone15,2", "SM-G991B", "Pixel 8"]),
            "lat": round(rng.uniform(-80, 80), 6),
            "intervals": rng.choice(["[112, 87, 140, 95]", "186|406|71|250"]),
            "note": rng.choice(["Delivered to the front door, thanks!", "left at reception", "Call Anna Smith"]),
            "path": rng.choice(["/data/user/0/com.app/files/a.db", "C:\\Users\\x\\a.txt"]),
            "payload": json.dumps({"user": {"email": f"u{i}@example.com"}}) if i % 3 else "not json",
        })
    return pa.Table.from_pylist(rows)


@pytest.fixture(scope="module")
def asked() -> tuple[list[tuple[str, bool]], list[str]]:
    """Every regex the engine asked while classifying the tables, and the values it read."""
    rx._compiled.clear()
    datasets = [DatasetSample(name=f"t{t}.ndjson", source="tests", kind="ndjson",
                              fields=fields_from_table(_table(random.Random(t)))) for t in range(2)]
    classify_datasets(datasets, embedded=False)
    values = sorted({str(v) for d in datasets for f in d.fields for v in pc.unique(f.values).to_pylist()
                     if v is not None})
    return list(rx._compiled), values


def _both(monkeypatch, call):
    """`call()` through pyarrow, then through the compiled regex."""
    monkeypatch.setattr(rx, "PER_VALUE", float("inf"))
    by_pyarrow = call()
    monkeypatch.setattr(rx, "PER_VALUE", 0.0)
    return by_pyarrow, call()


def test_the_engine_asks_many_regexes(asked):
    patterns, values = asked
    assert len([p for p, capture in patterns if not capture]) >= 40
    assert any(capture for _, capture in patterns)
    assert len(values) >= 300


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string()])
def test_match_gives_what_pyarrow_gives_on_either_path(monkeypatch, asked, kind):
    patterns, values = asked
    array = pa.array(values + EDGES, kind)
    for pattern, capture in patterns:
        if capture:
            continue
        by_pyarrow, compiled = _both(monkeypatch, lambda: rx.match(array, pattern))
        assert compiled.equals(by_pyarrow), pattern
        assert compiled.type == by_pyarrow.type


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string()])
def test_extract_gives_what_pyarrow_gives_on_either_path(monkeypatch, asked, kind):
    patterns, values = asked
    array = pa.array(values + EDGES, kind)
    extracting = [pattern for pattern, capture in patterns if capture]
    extracting += [r"^(?P<a>\d+)?(?P<b>[a-z]+)", r"(?P<last>\pL+)\.?$", r"^(?P<w>\S+\s+\S+)\s"]
    for pattern in extracting:
        by_pyarrow, compiled = _both(monkeypatch, lambda: rx.extract(array, pattern))
        assert compiled.equals(by_pyarrow), pattern
        for name in [f.name for f in by_pyarrow.type]:
            assert compiled.field(name).equals(by_pyarrow.field(name)), (pattern, name)


def test_a_few_values_take_the_compiled_regex_and_many_take_pyarrow(monkeypatch):
    costly = r"^\pL[\pL'’.-]*(?:,? \pL[\pL'’.-]*){0,4}$"  # a Unicode class: milliseconds to compile
    rx._compiled.clear()
    calls = []
    real = pc.match_substring_regex
    monkeypatch.setattr(pc, "match_substring_regex", lambda *a, **k: calls.append(len(a[0])) or real(*a, **k))
    rx.match(pa.array(["Anna Smith", "x1"]), costly)
    assert calls == []
    rx.match(pa.array(["Anna Smith"] * 1_000_000), costly, distinct=True)
    assert calls == [1_000_000]
    rx.match(pa.array(["Anna Smith"] * 1_000_000), costly)  # one distinct value: matched once, compiled
    assert calls == [1_000_000]


def test_what_pyarrow_rejects_it_still_rejects():
    with pytest.raises(pa.ArrowInvalid):
        rx.match(pa.array(["a"]), "(")
    with pytest.raises(pa.ArrowInvalid):
        rx.extract(pa.array(["a"]), "(a)")  # pyarrow extracts named groups only
    with pytest.raises(pa.ArrowNotImplementedError):
        rx.match(pa.array([1, 2]), r"\d")  # numbers are cast to text by the caller, not here


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string()])
def test_repeated_values_are_matched_once_with_the_same_verdicts(monkeypatch, asked, kind):
    patterns, values = asked
    rng = random.Random(7)
    repeated = pa.array([rng.choice(values[:20] + [None, "", "charging", "USD"]) for _ in range(500)], kind)
    assert len(pc.unique(repeated)) <= rx.DISTINCT_SHARE * len(repeated)
    calls = []
    real = pc.match_substring_regex
    monkeypatch.setattr(pc, "match_substring_regex", lambda *a, **k: calls.append(len(a[0])) or real(*a, **k))
    monkeypatch.setattr(rx, "PER_VALUE", float("inf"))  # pyarrow for every call: the lengths show
    for pattern, capture in patterns:
        if not capture:
            found = rx.match(repeated, pattern)
            assert found.equals(real(repeated, pattern)), pattern
    assert calls and max(calls) <= 24
