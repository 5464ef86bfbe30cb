"""Fields classified together give the results of each field classified alone.

A chunk's fields share one `Batch` (each regex runs once over all their values, a pattern
only over the values its recognizer's joined patterns matched, shapes rule values out before
any regex): none of that may change a verdict. Checked on realistic mixed tables — personal
and other columns, nested objects, list fields, empty columns, columns read on a probe —
against the same engine with each field in a batch of its own.
"""
from __future__ import annotations

import json
import random
from dataclasses import asdict

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from classifiers.engine import classify_dataset, classify_datasets, classify_field
from classifiers.fieldview import Batch
from classifiers.recognizers import person_name
from classifiers.registry import default_recognizers
from classifiers.shape import EVERYTHING, Shape
from datamap.flatten import fields_from_table
from datamap.model import DatasetSample, FieldSample

ROWS = 400  # more distinct values than a probe holds: the wide columns are read on their probe first


def _table(rng: random.Random, table: int) -> pa.Table:
    given = ["Maria", "James", "Wei", "Fatima", "Olivia", "Kellie749", "José", "Anna"]
    family = ["Garcia", "Smith", "Chen", "Khan", "Müller", "O'Brien", "Walton550"]
    rows = []
    for i in range(ROWS):
        rows.append({
            "id": i + table * ROWS,
            "user_id": f"usr_{rng.randrange(10**6)}",
            "email": f"user{rng.randrange(10**8)}@{rng.choice(['example.com', 'mail.org', 'corp.co.uk'])}",
            "contact": rng.choice(["Jane Doe <jane@x.org>", "bob@y.net", "n/a", "-"]),
            "first_name": rng.choice(given),
            "last_name": rng.choice(family),
            "client_ip": ".".join(str(rng.randrange(1, 255)) for _ in range(4)),
            "phone": f"+1 415 {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}",
            "status": rng.choice(["shipped", "Paid", "open", "Cancelled"]),
            "amount": round(rng.uniform(1, 500), 2),
            "sku": f"SKU-{rng.randrange(10**5):05d}",
            "device": {"model": rng.choice(["iPhone15,2", "SM-G991B", "Pixel 8"]),
                       "id": f"{rng.getrandbits(128):032x}", "battery": rng.choice([0.12, 0.5, 0.99])},
            "tags": [rng.choice(["a", "b", "vip"]) for _ in range(rng.randint(0, 3))],
            "intervals": [rng.randint(40, 400) for _ in range(rng.randint(2, 6))],
            "lat": round(rng.uniform(-80, 80), 6), "lon": round(rng.uniform(-170, 170), 6),
            "note": rng.choice(["Delivered to the front door, thanks a lot!", "left at reception", None]),
            "empty": None,
            "ua": rng.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36",
                              "okhttp/4.9.0"]),
            "payload": json.dumps({"user": {"email": f"u{i}@example.com"}, "n": i}) if i % 3 else "not json",
        })
    return pa.Table.from_pylist(rows)


@pytest.fixture(scope="module")
def datasets() -> list[DatasetSample]:
    rng = random.Random(20261201)
    out = []
    for t in range(3):
        fields = fields_from_table(_table(rng, t))
        out.append(DatasetSample(name=f"t{t}.ndjson", source="tests", kind="ndjson", fields=fields))
    return out


def _plain(results) -> list[str]:
    return [json.dumps([asdict(d) for d in r.detections], sort_keys=True, default=str) for r in results]


def test_the_tables_hold_what_the_checks_need(datasets):
    paths = {f.path for f in datasets[0].fields}
    assert {"device.model", "device.id", "tags", "intervals", "email"} <= paths
    assert any(f.is_list for f in datasets[0].fields)
    assert any(len(f.values) == 0 for f in datasets[0].fields) or "empty" not in paths
    assert any(len(pc.unique(f.values)) > 256 for f in datasets[0].fields)  # read on a probe


def test_fields_classified_together_get_the_results_of_each_field_alone(datasets):
    recognizers = default_recognizers()
    batch = Batch()
    try:
        views = [[batch.add(sample) for sample in dataset.fields] for dataset in datasets]
        together = [classify_field(view, dataset, recognizers)
                    for dataset, dataset_views in zip(datasets, views) for view in dataset_views]
    finally:
        batch.release()
    alone = [classify_field(sample, dataset, recognizers) for dataset in datasets for sample in dataset.fields]
    plain = [json.dumps([asdict(d) for d in found], sort_keys=True, default=str) for found in together]
    assert plain == [json.dumps([asdict(d) for d in found], sort_keys=True, default=str) for found in alone]
    assert sum(1 for found in together if found and found[0].confidence >= 0.5) >= 15


def test_datasets_classified_in_one_chunk_get_the_results_of_each_alone(datasets):
    together = classify_datasets(datasets, embedded=False)
    for dataset, results in zip(datasets, together):
        assert _plain(results) == _plain(classify_dataset(dataset, embedded=False))


def test_a_pattern_read_within_its_recognizers_joined_patterns_matches_as_if_read_alone(datasets):
    """A pattern runs only over the values its recognizer's patterns joined matched: its mask
    is still the regex's own over every value."""
    recognizers = [r for r in default_recognizers() if len(r.patterns) > 1]
    batch = Batch()
    try:
        views = [batch.add(sample) for dataset in datasets for sample in dataset.fields]
        for recognizer in recognizers:
            group = "|".join(f"(?:{p.regex})" for p in recognizer.patterns)
            for view in views:
                view.full_match(group)
                for pattern in recognizer.patterns:
                    got = view.full_match(pattern.regex, group=group)
                    values = view.informative.values
                    want = np.zeros(len(values), dtype=bool) if len(values) == 0 else \
                        pc.fill_null(pc.match_substring_regex(values, f"^(?:{pattern.regex})$"), False).to_numpy(
                            zero_copy_only=False)
                    assert got.tolist() == want.tolist(), (type(recognizer).__name__, pattern.name, view.path)
    finally:
        batch.release()


@pytest.mark.parametrize("values", [
    ["Maria", "James", "Wei", "Olivia", "Anna", "Maria"],
    ["Kellie749", "Walton550", "Maria12", "James", "Olivia"],
    ["Garcia", "Smith", "Chen", "Müller", "O'Brien", "Khan"],
    ["shipped", "paid", "open", "late", "box"],
    ["Cesar A.", "Maria B.", "Wei", "Anna", "James C."],
    ["Gadbois", "Möller", "Quintal", "Ebbesen", "Ravn", "Tulloch"],
    ["USD", "EUR", "GBP", "JPY", "CHF"],
    ["1984", "2001", "1999", "2010", "1970"],
    ["", "", "Maria", "James", "Wei"],
    ["Maria", None, "James", None, "Wei", "Anna", None],
    ["Dr. No", "Maria-José", "Jean-Luc", "D'Arcy", "Ng"],
])
def test_the_shape_bound_on_name_parts_changes_no_verdict(monkeypatch, values):
    gated = person_name._name_part(_field(values))
    monkeypatch.setattr(person_name, "_NAME_PART_SHAPE", Shape())
    monkeypatch.setattr(person_name, "_CAPITAL_BITS", np.uint64(EVERYTHING))
    assert person_name._name_part(_field(values)) == gated


def _field(values: list[str | None]) -> FieldSample:
    return FieldSample(path="x", values=pa.array(values, pa.string()))


def _account_id_reads(monkeypatch, datasets, announce: bool) -> tuple[list[str], set[str]]:
    """The results of classifying the datasets in one chunk, and every value the account id's
    joined patterns read (a recognizer whose values need its name: most fields never ask)."""
    from classifiers import fieldview, rx
    from classifiers.recognizers.account_id import AccountIdRecognizer

    account = next(r for r in default_recognizers() if isinstance(r, AccountIdRecognizer))
    joined = fieldview.regex_key(account._any_regex)[1]
    read: set[str] = set()
    real = rx.match

    def match(values, pattern, **kwargs):
        if pattern == joined:
            read.update(v for v in values.to_pylist() if v is not None)
        return real(values, pattern, **kwargs)

    monkeypatch.setattr(rx, "match", match)
    if not announce:
        monkeypatch.setattr(Batch, "expect", lambda self, keys, views: None)
    results = [_plain(r) for r in classify_datasets(datasets, embedded=False)]
    monkeypatch.undo()
    return results, read


def test_a_recognizers_values_are_read_on_the_fields_that_ask_for_them_only(monkeypatch, datasets):
    """Every name and context of a chunk is read before its values, so a regex runs over the
    fields that go on to read it, not over every field of the chunk: the same results."""
    announced, read = _account_id_reads(monkeypatch, datasets, announce=True)
    unannounced, read_before = _account_id_reads(monkeypatch, datasets, announce=False)
    assert announced == unannounced
    statuses = {"shipped", "Paid", "open", "Cancelled"}
    assert statuses <= read_before  # the whole chunk, `status` included, when nobody says who asks
    assert read and not statuses & read  # only the column named like an account's id now
    assert len(read) < len(read_before) / 2


def test_a_view_that_asks_unannounced_still_gets_its_mask(datasets):
    batch = Batch()
    try:
        views = [batch.add(sample) for sample in datasets[0].fields]
        regex = r"[a-z0-9]+@[a-z.]+"
        from classifiers.fieldview import regex_key

        batch.expect([regex_key(regex)], views[:2])
        for view in reversed(views):  # the unannounced ones first
            values = view.informative.values
            want = [] if len(values) == 0 else pc.fill_null(
                pc.match_substring_regex(values, f"^(?:{regex})$"), False).to_pylist()
            assert view.full_match(regex).tolist() == want, view.path
    finally:
        batch.release()
