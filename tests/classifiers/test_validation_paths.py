"""The cheap ways validators are run give the verdicts of the plain way: vectorised fast paths
(`classifiers/fastpath.py`) against the Python judge for every value, and vectorised
validators asked once per field (their verdicts kept for its examples) against validators
asked in growing chunks and remembered value by value. Checked on crafted columns, examples
and evidence included."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_field
from classifiers.fieldview import Batch
from classifiers.recognizers import date_of_birth, ip_address, phone_number
from classifiers.registry import default_recognizers
from datamap.model import FieldSample

RNG = random.Random(7)


def _pick(*choices: list[str], n: int = 400) -> list[str]:
    return [RNG.choice(RNG.choice(choices)) for _ in range(n)]


def _phones() -> list[str]:
    nanp = [f"+1{RNG.randrange(200, 999)}{RNG.randrange(10**7):07d}" for _ in range(300)]
    other = [f"+44 20 {RNG.randrange(1000, 9999)} {RNG.randrange(1000, 9999)}" for _ in range(50)]
    wrong = [f"+1{RNG.randrange(200, 999)}{RNG.randrange(10**6):06d}" for _ in range(50)]  # a digit short
    return _pick(nanp, other, wrong)


def _dates() -> list[str]:
    real = [f"{RNG.randrange(1930, 2015)}-{RNG.randrange(1, 13):02d}-{RNG.randrange(1, 29):02d}" for _ in range(300)]
    odd = ["2099-01-01", "1850-06-01", "1990-02-30", "1990-2-3", "12/31/1990"]
    return _pick(real, odd)


COLUMNS = [
    ("phone", _phones()),
    ("client_ip", _pick([f"{RNG.randrange(1, 256)}.{RNG.randrange(256)}.{RNG.randrange(256)}.{RNG.randrange(256)}"
                         for _ in range(300)], ["010.1.2.3", "1.2.3.256", "1.2.3.4:8080", "::1"])),
    ("birth_date", _dates()),
    ("full_name", _pick([f"{g} {s}" for g in ("Maria", "John", "Wei", "Fatima", "Lake") for s in
                         ("Garcia", "Smith", "Chen", "County", "Okafor")])),
    ("latitude", [f"{RNG.uniform(-95, 95):.5f}" for _ in range(400)]),
    ("national_id", _pick([f"{RNG.randrange(10**17):018d}" for _ in range(50)], ["A123456789", "AB123456(9)"],
                          [f"{RNG.randrange(10**9):09d}" for _ in range(100)])),
]


def _classify() -> list[list[tuple]]:
    batch = Batch()
    views = [batch.add(FieldSample(path=name, values=pa.array(values, pa.string()))) for name, values in COLUMNS]
    recognizers = default_recognizers()
    for recognizer in recognizers:
        recognizer.forget()
    return [[(d.entity, d.confidence, d.match_ratio, d.examples, [(s.kind, s.detail, s.score) for s in d.signals])
             for d in classify_field(view, None, recognizers)] for view in views]


def test_cheap_validation_gives_the_verdicts_of_plain_validation(monkeypatch):
    fast = _classify()
    for module in (phone_number, ip_address, date_of_birth):
        monkeypatch.setattr(module, "judged",
                            lambda candidates, _fast, judge: pa.array([judge(v) for v in candidates.to_pylist()]))
    for recognizer in default_recognizers():
        monkeypatch.setattr(type(recognizer), "remembers_verdicts", True)
    plain = _classify()
    for (name, _), got, want in zip(COLUMNS, fast, plain):
        assert got == want, name
    # the columns do hold validated detections to compare
    assert sum(1 for found in plain if any("validator accepted" in str(d[4]) for d in found)) >= 4
