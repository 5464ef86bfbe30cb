"""Error lines: one line each, control characters escaped, no class names, no data values."""
from __future__ import annotations

import duckdb
import pyarrow as pa
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from datamap.messages import driver_message, one_line, scrub
from datamap.model import ScanError
from inventory.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@given(st.text())
def test_one_line_is_one_printable_line(text):
    line = one_line(text)
    assert "\n" not in line and "\r" not in line and "\x1b" not in line
    assert all(ch.isprintable() or ch == " " for ch in line)


def test_control_characters_are_written_as_escapes():
    assert one_line("a\nb\x1b[2Jc") == "a\\nb\\x1b[2Jc"


def test_a_scan_error_line_has_no_class_name_and_no_control_characters():
    error = ScanError("evil\nname\x1b[2J.csv", "data", "read", "DatasetReadError", "empty file")
    line = error.one_line()
    assert line == "error: evil\\nname\\x1b[2J.csv: empty file"


def test_hostile_file_names_give_one_line_each(tmp_path):
    (tmp_path / "evil\nname.json").write_text("{oops")
    (tmp_path / "clear\x1b[2J.json").write_text("{oops")
    (tmp_path / "ok.csv").write_text("a\n1\n")
    result = run("scan", str(tmp_path), "--catalog", str(tmp_path / "c.duckdb"))
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert "\x1b" not in result.stderr
    assert any("evil\\nname.json" in line for line in lines)
    assert not any(f"[{word}]" in line for line in lines for word in ("DatasetReadError", "SourceError"))
    assert "Exception" not in result.stderr


def _duckdb_error(sql: str) -> duckdb.Error:
    with pytest.raises(duckdb.Error) as caught:
        duckdb.connect().execute(sql).fetchall()
    return caught.value


def test_a_failed_cast_names_the_problem_but_not_the_value():
    exc = _duckdb_error("SELECT 'zed.canary@leak.example'::BIGINT")
    message = driver_message(exc)
    assert "zed.canary" not in message and "leak.example" not in message
    assert "conversion error" in message and "INT64" in message
    assert "Exception" not in message


def test_csv_errors_keep_line_and_column_and_lose_the_row(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("n\n" + "\n".join(str(i) for i in range(25000)) + "\nrowan.canary@leak.example\n")
    exc = _duckdb_error(f"SELECT * FROM read_csv('{path}')")
    message = driver_message(exc)
    assert "rowan.canary" not in message
    assert 'column "n"' in message and "25002" in message


def test_arrow_errors_lose_the_value():
    with pytest.raises(pa.ArrowException) as caught:
        pa.array(["x", "203.0.113.77"]).cast(pa.int64())
    assert "203.0.113.77" not in driver_message(caught.value)


@pytest.mark.parametrize("text", [
    'invalid input syntax for type integer: "4155550199"',
    "value 'Zorblax Quintavius' is too long",
    "duplicate key value 98-7654321 violates",
    "unknown host 198.51.100.23 in line",
    "bad row jane.doe@example.org here",
    "at fe80::1ff:fe23:4567:890a now",
])
def test_scrub_masks_values(text):
    for value in ("4155550199", "Zorblax", "98-7654321", "198.51.100.23", "jane.doe", "fe80::1ff"):
        assert value not in scrub(text)


def test_scrub_keeps_metadata():
    text = 'Malformed JSON in file "/data/a.json"; column "email" is \'VARCHAR\''
    assert scrub(text) == text


def test_a_json_error_keeps_its_line_number(tmp_path):
    path = tmp_path / "broken.ndjson"
    path.write_text('{"a": 1}\n{"a": "x" oops}\n')
    message = driver_message(_duckdb_error(f"SELECT * FROM read_json('{path}', format = 'newline_delimited')"))
    assert message.endswith(": unexpected character.") and " in line " in message, message


def test_a_review_command_error_is_one_printable_line(tmp_path):
    result = run("show", "field_inventory", "--catalog", str(tmp_path / "no\x1b[2Jsuch\n.duckdb"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "\x1b" not in result.stderr
