"""Text renderings of Arrow tables."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

import pyarrow as pa
import pytest

from catalog.formats import MAX_CELL, render

TABLE = pa.table({
    "category": ["device.ip_address", "contact.email"],
    "purposes": [["improve", "advertising"], None],
    "fields": [3, 1],
    "note": ["a|b", "x" * (MAX_CELL + 20)],
    "seen": [datetime(2024, 5, 1, tzinfo=timezone.utc), None],
})


def test_csv_joins_lists_and_keeps_every_character() -> None:
    parsed = list(csv.DictReader(io.StringIO(render(TABLE, "csv"))))
    assert parsed[0]["purposes"] == "improve; advertising" and parsed[1]["purposes"] == ""
    assert parsed[1]["note"] == "x" * (MAX_CELL + 20)
    assert parsed[0]["seen"] == "2024-05-01T00:00:00+00:00"


def test_json_keeps_lists_and_types() -> None:
    parsed = json.loads(render(TABLE, "json"))
    assert parsed[0]["purposes"] == ["improve", "advertising"] and parsed[0]["fields"] == 3
    assert parsed[1]["purposes"] is None and parsed[0]["seen"].startswith("2024-05-01T00:00:00")


def test_markdown_escapes_pipes() -> None:
    lines = render(TABLE, "markdown").splitlines()
    assert lines[0] == "| category | purposes | fields | note | seen |"
    assert lines[1] == "|---|---|---|---|---|"
    assert "| a\\|b |" in lines[2] and len(lines) == 4


def test_terminal_table_aligns_cuts_and_counts() -> None:
    lines = render(TABLE, "table").splitlines()
    assert lines[0].split() == ["category", "purposes", "fields", "note", "seen"]
    assert lines[2].index("improve") == lines[0].index("purposes")
    assert "…" in lines[3] and "x" * (MAX_CELL + 1) not in lines[3]
    assert lines[-1] == "(2 rows)"


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        render(TABLE, "xml")


def test_names_from_the_data_cannot_drive_the_terminal_in_tables_or_markdown() -> None:
    table = pa.table({"dataset": ["\x1b[2Jclear.csv", "new\nline.csv"], "fields": [1, 2]})
    for fmt in ("table", "markdown"):
        out = render(table, fmt)
        assert "\x1b" not in out and "\\x1b[2Jclear.csv" in out and "new\\nline.csv" in out, fmt
        assert len(out.splitlines()) == (5 if fmt == "table" else 4), out
    assert "\x1b[2Jclear.csv" in render(table, "csv")  # CSV and JSON keep the name exactly: they are data
