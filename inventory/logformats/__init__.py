"""Log formats: detect the format of sampled lines and turn them into field samples.

`detect(lines)` picks the format most lines parse as (an explicit format overrides it);
`parse_lines(lines, format)` yields the fields: the format's own columns, one field per URL
query parameter, and one per variable slot of the templates mined from message text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from datamap.flatten import fields_from_table
from inventory.logformats.jsonlines import is_json_object, json_table
from inventory.logformats.lines import LINE_FORMATS, LineFormat
from inventory.logformats.templates import Slot, mine_slots
from inventory.logformats.values import log_fields, typed, with_url_params
from datamap.model import FieldSample

__all__ = ["FORMATS", "ParsedLog", "detect", "parse_lines", "resolve_format"]

FORMATS: tuple[str, ...] = ("json", *LINE_FORMATS)
#: other names people use for the formats, accepted as an override
ALIASES: dict[str, str] = {
    "nginx": "combined", "apache": "combined", "access": "combined", "clf": "common",
    "jsonl": "json", "ndjson": "json", "syslog": "syslog3164", "rfc3164": "syslog3164",
    "rfc5424": "syslog5424", "android": "logcat", "text": "free", "freeform": "free",
}
# a format is chosen when at least this share of the sampled lines parse as it
MIN_SHARE = 0.5
DETECT_LINES = 500
# JSON keys whose text is a log message: also handed to entity recognition
_MESSAGE_KEYS = frozenset({"message", "msg", "log", "text"})


@dataclass
class ParsedLog:
    """Fields of a sampled log, the free text to run entity recognition over, and remarks."""

    format: str
    kind: str
    fields: list[FieldSample]
    free_text: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def resolve_format(name: str) -> str:
    """The canonical format name for an override; ValueError for an unknown one."""
    canonical = ALIASES.get(name.lower(), name.lower())
    if canonical not in FORMATS:
        raise ValueError(f"unknown log format {name!r} (known: {', '.join(FORMATS)})")
    return canonical


def detect(lines: list[str]) -> str:
    """The format that the largest share of `lines` parse as; `free` when none reaches half."""
    probe = lines[:DETECT_LINES]
    if not probe:
        return "free"
    best, best_share = "free", 0.0
    shares = {"json": sum(is_json_object(line) for line in probe) / len(probe)}
    for name, fmt in LINE_FORMATS.items():
        if name != "free":
            shares[name] = sum(fmt.parse(line) is not None for line in probe) / len(probe)
    for name, share in shares.items():  # ties go to the earlier, more specific format
        if share > best_share:
            best, best_share = name, share
    return best if best_share >= MIN_SHARE else "free"


def parse_lines(lines: list[str], format_name: str) -> ParsedLog:
    """The fields of `lines` read as `format_name`; lines of another format are mined as free text."""
    if format_name == "json":
        return _parse_json(lines)
    fmt = LINE_FORMATS[format_name]
    rows: list[dict[str, str | None]] = []
    other: list[str] = []
    for line in lines:
        parsed = fmt.parse(line)
        if parsed is None:
            other.append(line)
        else:
            rows.append(parsed)
    out = ParsedLog(format_name, fmt.kind, [])
    if rows:
        out.fields, out.free_text = _fields_of_rows(rows, fmt)
    _mine_other_lines(other, len(lines), out)
    return out


def _fields_of_rows(rows: list[dict[str, str | None]], fmt: LineFormat) -> tuple[list[FieldSample], list[str]]:
    names: dict[str, None] = {}  # columns in order of first appearance
    for row in rows:
        names.update(dict.fromkeys(row))
    names.pop(fmt.message, None)
    columns = {name: [row.get(name) for row in rows] for name in names}
    fields = log_fields(columns, "log-field")
    if not fmt.message:
        return fields, []
    messages = [row.get(fmt.message) or "" for row in rows]
    namespaces = [row.get(fmt.namespace) if fmt.namespace else None for row in rows]
    slots, _ = mine_slots(messages, namespaces, frozenset(columns))
    return fields + slot_fields(slots), [message for message in messages if message]


def _mine_other_lines(other: list[str], total: int, out: ParsedLog) -> None:
    """Lines that are not of the detected format (mixed logs) still yield their slots and text."""
    if not other:
        return
    out.notes.append(f"{len(other)} of {total} sampled lines are not {out.format} lines: "
                     f"read as free text")
    free = LINE_FORMATS["free"]
    rows = [free.parse(line) or {"message": line} for line in other]
    messages = [row.get("message") or "" for row in rows]
    slots, _ = mine_slots(messages, ["unparsed"] * len(messages))
    out.fields.extend(slot_fields(slots))
    out.free_text.extend(message for message in messages if message)


def slot_fields(slots: dict[str, Slot]) -> list[FieldSample]:
    """One field sample per template slot, typed, with its templates as the comment."""
    out: list[FieldSample] = []
    for path, slot in slots.items():
        table = pa.table({path: typed(pa.array(slot.values, pa.string()))})
        for sample in with_url_params(fields_from_table(table, origin="log-slot")):
            if sample.origin == "log-slot" and slot.templates:
                sample.comment = "template: " + " | ".join(slot.templates[:3])
            out.append(sample)
    return out


def _parse_json(lines: list[str]) -> ParsedLog:
    objects: list[str] = []
    other: list[str] = []
    for line in lines:
        (objects if is_json_object(line) else other).append(line)
    out = ParsedLog("json", "json-log", [])
    if objects:
        out.fields = with_url_params(fields_from_table(json_table(objects), origin="log-field"))
        for sample in out.fields:
            if sample.name.lower() in _MESSAGE_KEYS and pa.types.is_string(sample.values.type):
                out.free_text.extend(sample.values.to_pylist())
    _mine_other_lines(other, len(lines), out)
    return out
