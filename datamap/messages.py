"""Messages a person reads: one line each, no control characters, no values from the data.

An error line is printed to a terminal and stored in the catalog (`scan_errors.message`),
which reviewers are meant to share. So:

* `one_line` escapes control characters (a file named `a<LF>b.csv` or holding `ESC[2J`
  stays on one line and cannot drive the terminal) and bounds the length (it loops over the
  characters of a message, never over data);
* `driver_message` turns a driver's exception (DuckDB, PostgreSQL, SQLite, Arrow) into the
  kind of problem and where it is, with every quoted or value-shaped piece of the data masked:
  DuckDB says `Could not convert string "jane@example.com" to 'BIGINT'`, we keep
  `could not convert string "…" to 'BIGINT'`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "…"
LIMIT = 400

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    if char == " " or char.isprintable():
        return char
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def printable(text: str) -> str:
    """`text` with every character a terminal would not simply show written as an escape
    (`\\n`, `\\x1b`, `\\u202e`): controls, line separators, bidirectional overrides,
    unassigned code points."""
    if text.isprintable():
        return text
    return "".join(_escape(char) for char in text)


def one_line(text: str, limit: int = LIMIT) -> str:
    """`text` as one printable line of at most `limit` characters."""
    text = printable(text.strip())
    return text if len(text) <= limit else text[: limit - 1] + MASK


# --- values out of driver messages -----------------------------------------------------------

# a quoted piece of text, in double or single quotes (drivers quote the offending value)
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')
# SQL type names a driver quotes ('BIGINT', 'TIMESTAMP WITH TIME ZONE', 'DECIMAL(18,3)'):
# the kind of problem, never a value
_TYPE = re.compile(
    r"(?:U?(?:TINY|SMALL|BIG|HUGE)?INT(?:EGER|\d+)?|U?INT\d+|DOUBLE|FLOAT\d*|REAL|DECIMAL(?:\(\d+,\s*\d+\))?"
    r"|NUMERIC|BOOL(?:EAN)?|VARCHAR|TEXT|STRING|DATE|TIME(?:STAMP)?(?:_[MUN]?S)?(?: WITH TIME ZONE)?"
    r"|TIMESTAMPTZ|INTERVAL|UUID|BLOB|BYTEA|JSON|BIT|NULL|STRUCT|LIST|MAP|UNION|ARRAY|utf-?8|ascii)",
    re.I)
# the word before a quoted name that is metadata, not data: the column, file or table it names
_NAMES_METADATA = re.compile(r"(?:column|file|table|view|schema|type|format|encoding)\s*$", re.I)
# value-shaped text outside quotes: e-mails, IP addresses, long digit runs (phones, ids)
_BARE_VALUES = re.compile(
    r"\S+@\S+"
    r"|\b\d{1,3}(?:\.\d{1,3}){3}\b"
    r"|\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\b"
    r"|\+?\d[\d\-]{5,}\d",
    re.I)
# DuckDB and PostgreSQL echo the offending input after these words: drop the rest
_ECHO = re.compile(r"(?:Original Line|Input|Line content|DETAIL|HINT|LINE \d+)\s*:")
# DuckDB's "Conversion Error: " prefix: kept as the kind of problem, in lower case
_DUCKDB_KIND = re.compile(r"^((?:[A-Z][a-z]+ )*Error): ")


def scrub(text: str, keep: Iterable[str] = ()) -> str:
    """`text` with every quoted value and every bare e-mail, IP address or long number masked.
    Quoted type names and quoted names that follow `column`, `file`, `table` ... are kept,
    as is anything in `keep` (names the caller knows are metadata)."""
    kept = set(keep)

    def quoted(match: re.Match[str]) -> str:
        inner = match.group()[1:-1]
        before = text[max(0, match.start() - 12): match.start()]
        if inner in kept or _TYPE.fullmatch(inner) or _NAMES_METADATA.search(before):
            return match.group()
        return match.group()[0] + MASK + match.group()[0]

    # mask bare values outside the quoted pieces that are kept
    pieces: list[str] = []
    last = 0
    for match in _QUOTED.finditer(text):
        pieces.append(_BARE_VALUES.sub(MASK, text[last:match.start()]))
        pieces.append(quoted(match))
        last = match.end()
    pieces.append(_BARE_VALUES.sub(MASK, text[last:]))
    return "".join(pieces)


def driver_message(exc: BaseException, keep: Iterable[str] = ()) -> str:
    """A driver's exception as one line a user may read and a catalog may store: its first
    paragraph without the lines that echo the input or dump the sniffer's search space, no
    exception class name, every value masked (`scrub`)."""
    kept: list[str] = []
    for line in str(exc).strip().splitlines():
        line = line.strip()
        if not line:
            break  # DuckDB's advice and dumps follow the first paragraph
        echo = _ECHO.search(line)
        if echo:
            line = line[: echo.start()].strip()
        if line.endswith(":"):
            break  # "The search space used was:" and the like: a dump follows
        if line:
            kept.append(line)
    text = "; ".join(kept) or type(exc).__name__
    kind = _DUCKDB_KIND.match(text)
    if kind:
        text = kind.group(1).lower() + ": " + text[kind.end():]
    return one_line(scrub(text, keep))
