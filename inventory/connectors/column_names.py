"""The names a file gives its columns, where DuckDB's reading changed them.

DuckDB's identifiers are case-insensitive, and its CSV reader trims a header cell's spaces. So
two columns whose names differ only in case (`Storage.AudioFolders` and `storage.AudioFolders`
in one INI-derived export, `processor` and `Processor` in `/proc/cpuinfo` read as JSON) come
back as `storage.AudioFolders_1` and `Processor_1`, and `Neighbourhood ` as `Neighbourhood`.
The catalog names a field as its file does (a reviewer looks it up there, a label or a data map
quotes it), so the file's own names are put back after the read; a name DuckDB made up for an
empty header cell (`column3`) stays, and so does its numbering of two identical names, since
two fields of one dataset cannot share a name.
"""
from __future__ import annotations

import csv
import re

import duckdb
import pyarrow as pa

#: DuckDB's name for the second and later columns of one case-insensitive name: `name_1`, `name_2`
_NUMBERED = re.compile(r"(?P<base>.+)_(?P<number>\d+)")
#: the delimiters a header line is tried with (DuckDB's sniffer's)
_DELIMITERS = (",", ";", "\t", "|")
#: the records whose keys are read to name a JSON file's numbered columns
JSON_KEY_RECORDS = 20480


def restored(table: pa.Table, names: list[str] | None) -> pa.Table:
    """`table` with its columns renamed to `names` (None: as read)."""
    if names is None or names == table.column_names:
        return table
    return table.rename_columns(names)


def csv_header_names(first_line: str, read: list[str]) -> list[str] | None:
    """The header cells of `first_line` as names for the columns DuckDB read as `read`, or None
    when the line is not the header DuckDB read (a title above it, a file without one) or no
    name differs. Each cell must be the name read, up to the spaces DuckDB trims and the number
    it appends to a repeated name."""
    for delim in _DELIMITERS:
        cells = next(csv.reader([first_line], delimiter=delim), [])
        if len(cells) != len(read) or (len(read) > 1 and delim not in first_line):
            continue
        if not all(_same_name(cell, name) for cell, name in zip(cells, read)):
            continue
        return _unique([cell if cell.strip() else name for cell, name in zip(cells, read)], read)
    return None


def json_key_names(con: duckdb.DuckDBPyConnection, path: str, fmt: str, read: list[str]) -> list[str] | None:
    """The top-level keys of a JSON file as names for the columns DuckDB numbered because their
    keys differ from another's only in case (`Processor_1` beside `processor`), or None when
    none was numbered so."""
    lowered = {name.lower() for name in read}
    numbered = [name for name in read
                if (match := _NUMBERED.fullmatch(name)) and match["base"].lower() in lowered]
    if not numbered:
        return None
    quoted = "'" + path.replace("'", "''") + "'"
    keys = [key for (key,) in con.execute(
        f"SELECT key FROM (SELECT unnest(json_keys(json)) AS key, row_number() OVER () AS seen "
        f"FROM (SELECT json FROM read_json_objects({quoted}, format = '{fmt}', "
        f"maximum_object_size = 67108864) LIMIT {JSON_KEY_RECORDS})) GROUP BY key ORDER BY min(seen)"
    ).fetchall()]
    present = set(read)
    names = list(read)
    taken: set[str] = set()
    for index, name in enumerate(read):
        if name not in numbered or name in keys:
            continue  # a key really named `x_1` is its own name
        base = _NUMBERED.fullmatch(name)["base"].lower()  # type: ignore[index]
        for key in keys:
            if key.lower() == base and key not in present and key not in taken:
                names[index] = key
                taken.add(key)
                break
    return _unique(names, read)


def _same_name(cell: str, name: str) -> bool:
    trimmed = cell.strip()
    if not trimmed:
        return True  # an empty header cell: DuckDB names it
    if trimmed == name:
        return True
    match = _NUMBERED.fullmatch(name)
    return bool(match) and match["base"].lower() == trimmed.lower()  # type: ignore[index]


def _unique(names: list[str], read: list[str]) -> list[str] | None:
    """`names`, a repeated name kept as DuckDB numbered it; None when nothing differs from `read`."""
    seen: set[str] = set()
    out = []
    for name, fallback in zip(names, read):
        out.append(fallback if name in seen else name)
        seen.add(out[-1])
    return None if out == read or len(set(out)) != len(out) else out
