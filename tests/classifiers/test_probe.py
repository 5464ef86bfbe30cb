"""Reading a field on its probe first gives the verdicts of reading every value: checked on
crafted columns against the same engine with probes off."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers import fieldview
from classifiers.engine import classify_field
from classifiers.fieldview import Batch, FieldView
from classifiers.recognizers.phone_number import PhoneNumberRecognizer
from classifiers.registry import default_recognizers
from datamap.model import FieldSample

RNG = random.Random(20261130)


def _emails(n: int) -> list[str]:
    return [f"user{RNG.randrange(10**9)}@{RNG.choice(['example.com', 'mail.org'])}" for _ in range(n)]


def _phones(n: int) -> list[str]:
    return [f"+1 415 {RNG.randrange(200, 999)} {RNG.randrange(1000, 9999)}" for _ in range(n)]


def _ips(n: int) -> list[str]:
    return [".".join(str(RNG.randrange(1, 255)) for _ in range(4)) for _ in range(n)]


def _uuids(n: int) -> list[str]:
    return [f"{RNG.getrandbits(128):032x}" for _ in range(n)]


def _words(n: int) -> list[str]:
    return [" ".join(RNG.choice(["red", "blue", "order", "paid", "open", "box", "late"]) for _ in range(RNG.randint(1, 4)))
            + f" {i}" for i in range(n)]


def _mix(*parts: list[str]) -> list[str]:
    values = [v for part in parts for v in part]
    RNG.shuffle(values)
    return values


#: (name, values): wide columns (many distinct values), pure and mixed near the recognizers' ratios
COLUMNS = [
    ("email", _emails(1000)),
    ("phone", _phones(1000)),
    ("client_ip", _ips(1000)),
    ("device_id", _uuids(1000)),
    ("notes", _words(1000)),
    ("contact", _mix(_emails(610), _words(390))),  # just above an e-mail's minimum ratio
    ("contact_2", _mix(_emails(590), _words(410))),  # just below it
    ("addr", _mix(_ips(500), _phones(300), _words(200))),
    ("value", _mix(_ips(700), ["-"] * 300)),  # placeholders left out of the ratio
    ("amount", [f"{RNG.randrange(10**6) / 100:.2f}" for _ in range(1000)]),
    # placeholders the probe leaves out but that read as words in the whole sample
    ("remark", _mix(["unknown"] * 700, [str(n) for n in range(300)])),
    ("comment", [f"we really liked the {w} and will order again {i}" for i, w in
                 enumerate(RNG.choice(["box", "color", "size", "price"]) for _ in range(1000))]),
    ("created", [f"2024-{RNG.randrange(1, 13):02d}-{RNG.randrange(1, 29):02d} {RNG.randrange(24):02d}:00:0{i % 10}"
                 for i in range(1000)]),
]


def _classify(columns: list[tuple[str, list[str]]]) -> list[list[tuple]]:
    batch = Batch()
    views = [batch.add(FieldSample(path=name, values=pa.array(values, pa.string()))) for name, values in columns]
    recognizers = default_recognizers()
    return [[(d.entity, d.confidence, d.match_ratio, [(s.kind, s.detail, s.score) for s in d.signals])
             for d in classify_field(view, None, recognizers)] for view in views]


def test_the_probe_gives_the_verdicts_of_reading_every_value(monkeypatch):
    fast = _classify(COLUMNS)
    monkeypatch.setattr(fieldview, "PROBE_MIN_DISTINCT", 10**9)  # every field read whole
    exact = _classify(COLUMNS)
    for (name, _), got, want in zip(COLUMNS, fast, exact):
        assert got == want, name
    assert any(found for found in exact)  # the columns do hold detections to compare


def test_a_recognizer_far_below_its_ratio_on_the_probe_never_reads_the_whole_sample():
    # amounts have the shape of many phone patterns (digits and a dot) but match none of them
    batch = Batch()
    amounts = [f"{RNG.randrange(10**6) / 100:.2f}" for _ in range(1000)]
    view = batch.add(FieldSample(path="amount", values=pa.array(amounts, pa.string())))
    assert view.probe is not view and len(view.probe.values) == fieldview.PROBE_ROWS
    assert PhoneNumberRecognizer().value_signal(view) is None
    assert not batch.computed(view)  # no regex ran over the whole sample
    assert batch.probes.computed(view.probe)


def test_a_field_with_few_distinct_values_is_its_own_probe():
    view = FieldView.of(FieldSample(path="status", values=pa.array(["paid", "open", "late"] * 400, pa.string())))
    assert view.probe is view


def test_a_validator_is_asked_once_per_value_across_fields():
    from classifiers.recognizer import FieldRecognizer, ValuePattern

    asked: list[str] = []

    class EvenCodes(FieldRecognizer):
        entity = "EVEN_CODE"
        patterns = (ValuePattern("code", r"C\d{4}", 0.8),)

        def validate(self, candidates: pa.Array) -> pa.Array:
            asked.extend(candidates.to_pylist())
            return pa.array([int(v[1:]) % 2 == 0 for v in candidates.to_pylist()], pa.bool_())

    codes = [f"C{n:04d}" for n in range(0, 1000, 2)] + ["C0001"]
    recognizer = EvenCodes()
    first = recognizer.value_signal(FieldView.of(FieldSample(path="a", values=pa.array(codes, pa.string()))))
    assert sorted(asked) == sorted(codes)
    asked.clear()
    again = recognizer.value_signal(FieldView.of(FieldSample(path="b", values=pa.array(codes, pa.string()))))
    assert asked == [] and again == first  # the same verdicts, none asked again
    assert "validator accepted 500/501" in first.detail


def test_remembered_verdicts_survive_the_memory_filling_up(monkeypatch):
    """When the memory of verdicts is full it is cleared: a value this call already knew
    keeps its verdict (a warehouse of 1,000 tables filled it and a scan failed on a KeyError)."""
    from classifiers import recognizer as recognizer_module

    monkeypatch.setattr(recognizer_module, "REMEMBERED", 3)
    phones = PhoneNumberRecognizer()
    first = phones._validated(pa.array(["+1 415 555 0132", "12.50"], pa.string()))
    again = phones._validated(pa.array(["+1 415 555 0132", "+44 20 7946 0958", "7.25"], pa.string()))
    assert first is not None and again is not None
    assert first.tolist()[0] == again.tolist()[0] and again.tolist()[2] == first.tolist()[1]
    assert len(phones._verdicts) <= 3
