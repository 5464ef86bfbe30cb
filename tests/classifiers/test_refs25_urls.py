"""Values alone (issue 10, wild23's FHIR exports): beside a person's account, a column of URLs
reads as the pages they visited; a code system's URL on every row (`http://snomed.info/sct`) is
the table's constant, and a record's reference by type and id (`Encounter/<uuid>`) points at a
record: neither is a page someone opened."""
from __future__ import annotations

import uuid

from tests.classifiers.support import classify_table

ROWS = 40
USERS = [f"u{1000 + i % 9}" for i in range(ROWS)]
PAGES = [f"https://shop.example/product/{i % 7}" for i in range(ROWS)]


def _uuids(kind: str) -> list[str]:
    return [f"{kind}/{uuid.UUID(int=(i + 1) * 7919 * 2**64 + i)}" for i in range(ROWS)]


def test_one_url_on_every_row_is_the_tables_constant_not_a_visit() -> None:
    found = classify_table("encounters.csv", {"user_id": USERS, "c02": ["http://snomed.info/sct"] * ROWS,
                                              "c03": PAGES})
    assert found["user_id"] == "ACCOUNT_ID"
    assert found["c02"] is None
    assert found["c03"] == "VISITED_URL"  # pages that vary from row to row are still visits


def test_a_records_reference_by_type_and_id_is_no_page() -> None:
    found = classify_table("conditions.csv", {"user_id": USERS, "c02": _uuids("Encounter"),
                                              "c03": [f"Observation/{1000 + i}" for i in range(ROWS)], "c04": PAGES})
    assert found["c02"] is None and found["c03"] is None
    assert found["c04"] == "VISITED_URL"
