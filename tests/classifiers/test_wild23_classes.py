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


def classify_paths(columns: dict[str, list]) -> dict[str, str | None]:
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name="t.csv", source="test", kind="csv", fields=fields),
                               embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


GIVEN = ["Rosalind481", "Tobias27", "Ingrid940", "Mateo15", "Amara302", "Henrik77", "Yusuf618", "Clara55",
         "Dmitri204", "Leonie9"]
FAMILY = ["Whitfield12", "Okafor380", "Lindqvist7", "Moreau61", "Haddad455", "Brennan23", "Kowalski8",
          "Sato720", "Fischer44", "Delgado306"]
BIRTHS = ["1961-03-14", "1988-11-02", "1975-06-29", "2001-01-17", "1954-09-08", "1993-04-21", "1969-12-30",
          "1982-07-05", "1947-02-11", "2010-10-19"]


def test_a_list_item_by_position_is_named_by_its_list():
    # a spreadsheet export of nested records: `name.0.given.0` is the first of the given names
    found = classify_paths({"name.0.family": FAMILY, "name.0.given.0": GIVEN, "birthDate": BIRTHS})
    assert found["name.0.given.0"] == "PERSON"


SSNS = ["999-12-3456", "999-40-1187", "999-73-2210", "999-05-9921", "999-61-0045", "999-38-7763",
        "999-90-1312", "999-27-5508", "999-44-6690", "999-83-0071"]
PASSPORTS = ["K0482913", "K7712054", "K3300981", "K5521873", "K9012346", "K1187420", "K6603159",
             "K2248807", "K8876012", "K4419336"]


def test_an_item_value_is_what_its_sibling_declares_it():
    people = {"name.0.family": FAMILY, "name.0.given.0": GIVEN}
    found = classify_paths({**people, "identifier.0.type.text": ["Social Security Number"] * 10,
                            "identifier.0.value": SSNS,
                            "identifier.1.type.coding.0.code": ["PPN"] * 10,
                            "identifier.1.type.text": ["Passport Number"] * 10, "identifier.1.value": PASSPORTS})
    assert found["identifier.0.value"] == "US_SSN" and found["identifier.1.value"] == "PASSPORT"
    # a kind that names no one thing (two documents in one column of items) declares nothing
    mixed = classify_paths({**people, "identifier.0.type.text": ["Passport Number", "Driver's license number"] * 5,
                            "identifier.0.value": PASSPORTS})
    assert mixed["identifier.0.value"] not in ("PASSPORT", "GOVERNMENT_ID")


def test_a_pictures_url_is_no_page_visited():
    # (two pictures among ten records, as an API answers a page of users: the name alone spoke)
    pictures = [f"https://cdn.example.net/v/t1/{i:04d}a7c/p50x50/?stp=dst&oh={i * 7919}" for i in range(2)]
    found = classify_paths({"id": [str(10_000 + i) for i in range(10)], "name": [f"{g[:-2]} {f[:-2]}" for g, f in
                                                                             zip(GIVEN, FAMILY)],
                            "picture.data.url": pictures + [None] * 8})
    assert found["picture.data.url"] != "VISITED_URL"
    pages = [f"https://shop.example.net/products/{i}?ref=home" for i in range(10)]
    visits = classify_paths({"session_id": [f"s{i:05d}" for i in range(10)], "ip": IPS[:10], "page_url": pages})
    assert visits["page_url"] == "VISITED_URL"
