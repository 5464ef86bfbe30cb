"""JSON-lines logs: each line an object; nested objects become dot paths, as for tables.

The valid lines are handed to DuckDB's JSON reader, the same one the file connector uses for
`.ndjson` files, so a field gets the same type and path whether it sits in a table file or a
log. Lines that are not JSON objects are counted, not fatal.
"""
from __future__ import annotations

import json
import os
import tempfile

import duckdb
import pyarrow as pa

from datamap import duck
from datamap.messages import driver_message
from datamap.model import DatasetReadError


def is_json_object(line: str) -> bool:
    text = line.strip()
    if not text.startswith("{"):
        return False
    try:
        return isinstance(json.loads(text), dict)
    except (ValueError, RecursionError):  # nested past Python's recursion limit: not a log line we read
        return False


def json_table(lines: list[str]) -> pa.Table:
    """The JSON-object lines as one Arrow table (structs for nested objects)."""
    handle, path = tempfile.mkstemp(suffix=".ndjson", prefix="datamap-log-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            for line in lines:
                out.write(line.strip() + "\n")
        con = duck.connect()
        try:
            # sample_size = -1: the schema is inferred from every sampled line, so a key that
            # only some lines carry is still a field
            return duck.query_arrow(con, f"SELECT * FROM read_json('{path}', format = 'newline_delimited', "
                                         f"sample_size = -1, maximum_object_size = 67108864)")
        except duckdb.Error as exc:
            raise DatasetReadError(f"JSON lines unreadable: {driver_message(exc)}") from exc
        except pa.ArrowInvalid as exc:  # objects nested deeper than Arrow's schemas go (64 levels)
            raise DatasetReadError("JSON lines nested too deeply to read as fields") from exc
        finally:
            con.close()
    finally:
        os.unlink(path)
