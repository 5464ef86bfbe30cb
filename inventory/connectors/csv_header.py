"""Which line of a CSV file is its header.

The file connector reads CSV with `header = true`: nearly every export writes a header, and
DuckDB's own verdict is type-based, so it takes a real header for data whenever the header's
cells parse as the column types (`Country Name,…,1960,1990`, a header of years). Forcing the
header has three failure modes, and in each one the column names would hold a row of data.
The catalog keeps column names, so raw personal data would reach it:

- **A one-column file whose values hold a delimiter.** Examples are a list of user agents
  (`Mozilla/5.0 (X11; Linux x86_64) …(KHTML, like Gecko)`) and device profiles
  (`25/7.1.1; 440dpi; 1080x1920; Xiaomi`). The sniffer splits the values by the delimiter.
  It then takes the header line, which holds no delimiter, for a preamble, skips it, and makes
  the first record the header. Here the file is read again with `skip = 0`.
- **A file without a header** (`1,Bob Smith,bob@example.com,+1 415 555 0100`). DuckDB's sniffer
  says so, and a value in the first row confirms it: an e-mail address, a phone number or an
  IP address is never a column's name. Such a file is read with `header = false`, so its
  columns are named `column0`, `column1` and so on.
- **Excel's delimiter hint** (`sep=;` as the first line). The line is skipped and its delimiter
  used.
- **A header of many columns read as one** (WeChat Pay's bill: its two summary lines after the
  records are seven cells wide, not 27, so the sniffer gives the comma up). The file is read
  again with the header's delimiter, shorter lines padded with nulls.

A one-line title above a header (`Users export`, then `id;name;email`) is kept as DuckDB reads
it, provided the line the sniffer made the header holds only name-like cells. A title Excel
wrote from merged cells (`居民信息登记表,,,,,`: its text in the first cell, the rest empty) has as
many cells as the header, so the sniffer takes it for the header (`居民信息登记表`, `column01`, …):
that line is skipped and the next one is the header.
"""
from __future__ import annotations

import csv
import gzip
import re

import duckdb

#: Excel's first-line hint of the delimiter (`sep=;`), written by its CSV export in some locales
EXCEL_SEPARATOR = re.compile(r"sep=(.)")
#: the delimiters DuckDB's sniffer tries
DELIMITERS = (",", ";", "\t", "|")
#: a column name as people write them: a letter first, then words, spaces, dots and hyphens
NAME_LIKE = re.compile(r"[^\W\d][\w .-]{0,63}")
#: cells no header holds: an e-mail address, an IPv4 address, a run of 7+ digits (phone, id)
VALUE_LIKE = re.compile(r"[^@\s]+@[^@\s]+\.[^\W\d_]{2,}|\d{1,3}(?:\.\d{1,3}){3}|\+?[\d ().-]*(?:\d[ ().-]*){7,}")
FIRST_LINE_BYTES = 64 * 1024


def header_options(con: duckdb.DuckDBPyConnection, path: str, column_names: list[str], *,
                   tab: bool) -> dict[str, str]:
    """The `read_csv` options (name to SQL value) that keep the file's real header, or none when
    the first reading, which produced `column_names`, stands."""
    first = first_line(path)
    hint = EXCEL_SEPARATOR.fullmatch(first)
    if hint:
        return {"delim": f"'{_literal(hint[1])}'", "skip": "1"}
    if merged_title(first, column_names) and names_below(path, first):
        return {"skip": "1", "header": "true"}  # Excel's merged title row above the real header
    if len(column_names) == 1 and (delim := header_delimiter(column_names[0])):
        # a header of many columns read as one: lines of another width (a bill's summary after
        # its records) made the sniffer give the delimiter up; shorter lines are padded
        return {"delim": "'\\t'" if delim == "\t" else f"'{_literal(delim)}'", "null_padding": "true"}
    unquoted = first.strip().strip('"')
    if (unquoted and unquoted not in column_names and not any(d in first for d in DELIMITERS)
            and not all(NAME_LIKE.fullmatch(name) for name in column_names)
            and _sniff(con, path, tab)[1] == 1):
        return {"skip": "0"}  # the header line of a one-column file was skipped as a preamble
    if any(VALUE_LIKE.fullmatch(name.strip()) for name in column_names) and not _sniff(con, path, tab)[0]:
        return {"header": "false"}  # no header: the first record's values are no names
    return {}


#: the fewest delimiters a one-column header must hold to be read as split
MIN_HEADER_SPLITS = 2


def header_delimiter(header: str) -> str | None:
    """The delimiter of a header that DuckDB read as one column (`交易时间,公众账号ID,商户号`), or
    None: a delimiter that occurs at least twice, no quotes (a quoted header is one name)."""
    if '"' in header:
        return None
    counts = {d: header.count(d) for d in DELIMITERS}
    delim = max(counts, key=counts.__getitem__)
    return delim if counts[delim] >= MIN_HEADER_SPLITS else None


def merged_title(first: str, column_names: list[str]) -> bool:
    """Whether the first line is a title Excel saved from merged cells and the sniffer made it the
    header: one text in its first cell, every other cell empty (`居民信息登记表（2024年11月）,,,,`),
    and the columns named after it and numbered (`column01` …) as DuckDB names empty header cells."""
    if len(column_names) < MIN_HEADER_SPLITS + 1:
        return False
    for delim in DELIMITERS:
        cells = next(csv.reader([first], delimiter=delim), [])
        if len(cells) == len(column_names):
            title_only = cells[0].strip() != "" and not any(cell.strip() for cell in cells[1:])
            return title_only and column_names[0] == cells[0] and all(
                re.fullmatch(r"column\d+", name) for name in column_names[1:])
    return False


def names_below(path: str, first: str) -> bool:
    """Whether the line after `first` is a header: every cell filled and none a value (a number,
    an e-mail or IP address), so a header that leaves its last names empty (`id,,`) above records
    is no title."""
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        handle.readline(FIRST_LINE_BYTES)
        second = handle.readline(FIRST_LINE_BYTES).decode("utf-8", errors="replace").rstrip("\r\n")
    for delim in DELIMITERS:
        cells = next(csv.reader([second], delimiter=delim), [])
        if len(cells) == len(next(csv.reader([first], delimiter=delim), [])) > 1:
            return all(cell.strip() and NAME_LIKE.match(cell.strip()) and not VALUE_LIKE.fullmatch(cell.strip())
                       for cell in cells)
    return False


def first_line(path: str) -> str:
    """The first line of a (possibly gzip-compressed) text file, without a BOM or line end."""
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        head = handle.readline(FIRST_LINE_BYTES)
    return head.decode("utf-8-sig", errors="replace").rstrip("\r\n")


def _sniff(con: duckdb.DuckDBPyConnection, path: str, tab: bool) -> tuple[bool, int]:
    """(has a header, rows skipped) as DuckDB's sniffer reads the file; a file it gives up on
    (a CRLF file whose quoted header cell holds a bare LF) keeps the reading it had."""
    delim = ", delim = '\\t'" if tab else ""
    try:
        found = con.execute(f"SELECT HasHeader, SkipRows FROM sniff_csv('{_literal(path)}', sample_size = 20480{delim})"
                            ).fetchone()
    except duckdb.Error:
        return (True, 0)
    return (True, 0) if found is None else (bool(found[0]), int(found[1]))


def _literal(text: str) -> str:
    return text.replace("'", "''")
