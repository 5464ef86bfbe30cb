"""Names that are values: a column or a dataset named by a person's data.

A pivoted export's header (`day,alice@example.com,+1 415 555 0133`) names its columns by values;
a folder with a file per user (`users/alice@example.com.json`, `export_13800138000.csv`) names
its datasets by them. The catalog holds names, so each such value is masked where it stands:

- a column name that is a value takes the value's mask (`a***@e***.com`), `_2` on a clash;
- a dataset name keeps its folders, words and extension, each value inside it masked
  (`users/a***@e***.com.json`, `export_1**********.csv`): the dataset's display name and its key
  in every catalog table (the scan makes it unique, `#2`, like any other name);
- a dataset's location keeps the real path with each value replaced by a glob of its shape
  (`/data/users/*@*.json`, `/data/export_???????????.csv`): the catalog never holds the value,
  and a subject-rights plan still addresses the files (DuckDB reads the glob), see
  docs/catalog.md, "Names that are values".

What counts as a value: an e-mail address, an IPv4 address, a phone number written with its `+`,
and a run of nine or more digits (an id, a mobile number); in a dataset name a run of digits that
is a time (`20240101`, `20240101T1230`, `202401011230`, a Unix time in seconds or milliseconds)
is kept, so are hex ids and UUIDs (a session or a partition, not a person's own data).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import pyarrow as pa

from classifiers.masking import mask_value

#: a column name that is a value: an e-mail address, an IPv4 address, a phone number written
#: with its `+`, a run of 9 or more digits (an id; a date column `20240101` has 8)
COLUMN_VALUE = re.compile(r"[^@\s]+@[^@\s]+\.[^\W\d_]{2,}|\d{1,3}(?:\.\d{1,3}){3}|\+[\d ().-]{7,}\d|"
                          r"(?:\d[ ().-]*){9,}")
#: a value inside a dataset name's segment (a folder, or a file name without its extensions):
#: the same kinds, digits without separators (`2024-01-01-1230` is a date), never across a `/`
_NAME_VALUE = re.compile(r"(?P<uuid>[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"  # kept
                         r"|(?P<email>[^@\s/\\,;()\[\]<>]+@[^@\s/\\,;()\[\]<>]+\.[A-Za-z]{2,24})(?![A-Za-z])"
                         r"|(?P<ip>(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]))"
                         r"|(?P<phone>\+\d[\d()-]{6,}\d)"
                         r"|(?P<digits>(?<!\d)\d{9,}(?!\d))")
#: the extensions a file name ends with (`.json`, `.csv.gz`, a rotated `.log.1.gz`): kept whole
_EXTENSION = re.compile(r"(?:\.(?:json|ndjson|jsonl|csv|tsv|txt|log|parquet|pq|avro|orc|xlsx|xlsm|xls|ods|xml|"
                        r"ya?ml|db|sqlite3?|duckdb|eml|mbox|gz|bz2|xz|zst|zip|tar|tgz))+(?:\.\d{1,3})?"
                        r"(?:\.(?:gz|bz2|xz|zst))?$", re.IGNORECASE)
#: a digit run that is a time, kept: a Unix time in seconds (2001-09-09 .. 2033-05-18) or in
#: milliseconds, or `YYYYMMDDhhmm[ss]`
_UNIX_SECONDS = (1_000_000_000, 2_000_000_000)
_TIME_LAYOUTS = {12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}


def mask_column_names(table: pa.Table, notes: list[str]) -> pa.Table:
    """A pivoted export's header of people (`day,alice@example.com,bob@example.org`): each
    column named by a value takes that value's mask (`a***@e***.com`) as its name, so the
    catalog, which holds field names, never holds the value; a note says how many."""
    names = [str(n) for n in table.column_names]
    if not any(COLUMN_VALUE.fullmatch(n.strip()) for n in names):
        return table
    taken = {n for n in names if not COLUMN_VALUE.fullmatch(n.strip())}
    renamed = []
    for name in names:
        if COLUMN_VALUE.fullmatch(name.strip()):
            masked, i = mask_value(name.strip()), 1
            while (candidate := masked if i == 1 else f"{masked}_{i}") in taken:
                i += 1
            taken.add(candidate)
            name = candidate
        renamed.append(name)
    notes.append(f"{sum(a != b for a, b in zip(names, renamed))} column name(s) that are values "
                 f"(e-mail addresses, phone numbers, ids) are kept masked")
    return table.rename_columns(renamed)


def _is_time(digits: str) -> bool:
    """A digit run that is a point in time, not an id."""
    if len(digits) in (10, 13):
        seconds = int(digits) // (1000 if len(digits) == 13 else 1)
        return _UNIX_SECONDS[0] <= seconds < _UNIX_SECONDS[1]
    layout = _TIME_LAYOUTS.get(len(digits))
    if layout is None:
        return False
    try:
        return 1970 <= datetime.strptime(digits, layout).year < 2100
    except ValueError:
        return False


def _kept(match: re.Match[str]) -> bool:
    """A match that is no person's value: a UUID (a session, a partition), a time."""
    return match.lastgroup == "uuid" or (match.lastgroup == "digits" and _is_time(match.group()))


def _glob(match: re.Match[str]) -> str:
    """A glob that matches the value's shape and names nothing of it."""
    kind, value = match.lastgroup, match.group()
    if kind == "email":
        return "*@*"
    if kind == "ip":
        return "*.*.*.*"
    if kind == "phone":
        return "+*"
    return "?" * len(value)


def _replace_values(text: str, replace: Callable[[re.Match[str]], str]) -> str:
    """`text` (a path or a name) with each value of each segment replaced; extensions and
    times kept."""
    def segment(part: str) -> str:
        extension = _EXTENSION.search(part)
        cut = extension.start() if extension is not None and extension.start() > 0 else len(part)
        stem, tail = part[:cut], part[cut:]
        return _NAME_VALUE.sub(lambda m: m.group() if _kept(m) else replace(m), stem) + tail

    return "/".join(segment(part) for part in text.split("/"))


def holds_values(name: str) -> bool:
    """Whether a dataset name (or a path, or a message) holds a value that is masked."""
    return _replace_values(name, lambda m: "") != name


def masked_name(name: str) -> str:
    """A name (or a message) with each value inside it masked: `users/a***@e***.com.json`."""
    return _replace_values(name, lambda m: mask_value(m.group()))


def dataset_name(name: str, source: str) -> str | None:
    """The masked name of a dataset whose name holds a value, else None. A database's datasets
    are named `<source>/<schema>.<table>` (`<file>/<table>`): the source's own name is the operator's, not data,
    and is kept as it is."""
    prefix = f"{source}/" if source and name.startswith(f"{source}/") else ""
    own = name[len(prefix):]
    return prefix + masked_name(own) if holds_values(own) else None


def masked_location(location: str) -> str:
    """A dataset's location with each value replaced by a glob of its shape
    (`/data/users/*@*.json`): the files are still found, the value is not held
    (`catalog.rights.is_pattern` tells such a location)."""
    return _replace_values(location, _glob)
