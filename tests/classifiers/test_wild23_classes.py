"""Failure classes the blind wild23 set showed (benchmarks/wild23/README.md), each on values
written here: a column holding one word on every row of a table about people is the table's own
constant (a record's type, status, the kind of the value beside it), not an event, a trade or a
role of each person."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample

N = 20
EMAILS = [f"reader{i}@example.net" for i in range(N)]
PHONES = [f"+44 20 7946 {i:04d}" for i in range(N)]
IPS = [f"93.184.{i}.{i + 7}" for i in range(N)]


def classify(**columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name="t.csv", source="test", kind="csv", fields=fields),
                               embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_one_word_on_every_row_is_no_event_industry_or_role_of_people():
    found = classify(c01=EMAILS, c02=PHONES, c03=["Account Created"] * N,
                     c04=["Healthcare"] * N, c05=["subscriber"] * N)
    assert found["c03"] is None and found["c04"] is None and found["c05"] is None
    # a visitor's single repeated action names no action of anyone either
    assert classify(c01=IPS, c02=["Order Completed"] * N)["c02"] is None


def test_the_same_words_varying_across_people_are_still_read():
    events = ["Account Created", "Order Completed", "Signed In", "Product Added"] * 5
    trades = ["Healthcare", "Finance", "Retail", "Education"] * 5
    found = classify(c01=EMAILS, c02=PHONES, c03=trades)
    assert found["c03"] == "INDUSTRY"
    assert classify(c01=IPS, c02=events)["c02"] == "BEHAVIORAL_EVENT"
