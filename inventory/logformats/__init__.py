"""Log formats: detect the format of sampled lines and turn them into field samples.

`detect(lines)` picks the format most lines parse as (an explicit format overrides it);
`parse_lines(lines, format)` yields the fields: the format's own columns, one field per URL
query parameter, and one per variable slot of the templates mined from message text.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pyarrow as pa

from datamap.flatten import fields_from_table
from inventory.logformats.jsonlines import is_json_object, json_table
from inventory.logformats.lines import LINE_FORMATS, TRAILING_FIELDS, LineFormat, long_logcat_header
from inventory.logformats.platforms import (CEF_CONCEPTS, JSON_DIALECTS, LEEF_CONCEPTS, LINE_PLATFORMS, JsonDialect,
                                            ZEEK_CONCEPTS, parse_cef, parse_leef, w3c_concept, w3c_fields, w3c_parser,
                                            zeek_fields, zeek_parser)
from inventory.logformats.templates import Slot, mine_slots
from inventory.logformats.values import log_fields, typed, with_url_params
from inventory.logformats.wrappers import is_cri, is_docker, unwrap
from datamap.model import FieldSample

__all__ = ["FORMATS", "ParsedLog", "detect", "parse_lines", "resolve_format"]

_PLATFORMS = {fmt.name: fmt for fmt in LINE_PLATFORMS}
_DIALECTS = {dialect.name: dialect for dialect in JSON_DIALECTS}
WRAPPERS: dict[str, Callable[[str], bool]] = {"docker": is_docker, "cri": is_cri}
#: every format, in the order detection prefers them when several read the same lines: the
#: container wrappers, JSON (and its platform dialects), the platform formats, then the generic ones
FORMATS: tuple[str, ...] = (*WRAPPERS, *_DIALECTS, "json", "w3c", "zeek", *_PLATFORMS, "cef", "leef", *LINE_FORMATS)
#: line formats that wrap another format's line in a header of their own
SYSLOG_ENVELOPES = frozenset({"syslog3164", "syslog5424"})
#: other names people use for the formats, accepted as an override
ALIASES: dict[str, str] = {
    "nginx": "combined", "apache": "combined", "access": "combined", "clf": "common",
    "jsonl": "json", "ndjson": "json", "syslog": "syslog3164", "rfc3164": "syslog3164",
    "rfc5424": "syslog5424", "android": "logcat", "android-long": "logcat-long", "text": "free", "freeform": "free",
    "iis": "w3c", "cloudfront": "w3c", "aws-alb": "alb", "elb-classic": "elb", "s3-access": "s3",
    "vpc": "vpc-flow", "cloud-logging": "gcp", "stackdriver": "gcp", "azure-monitor": "azure",
    "bro": "zeek", "journal": "journald", "docker-json": "docker", "kubernetes": "cri", "containerd": "cri",
}
# a format is chosen when at least this share of the sampled lines parse as it
MIN_SHARE = 0.5
DETECT_LINES = 500
# JSON keys whose text is a log message: also handed to entity recognition, and mined for templates.
# Loggers name it differently: go-zero's logx and Aliyun SLS's raw line `content`, GELF
# `short_message`/`full_message`, Serilog's compact JSON `@m`, OpenTelemetry's log record `body`
_MESSAGE_KEYS = frozenset({"message", "msg", "log", "text", "content", "short_message", "full_message", "@m", "@message", "body"})
# JSON keys naming the component that logged the line: the parent path of its message's slots,
# as the logger is for a logback or log4j line
_LOGGER_KEYS = ("logger", "logger_name", "loggerName", "logger.name", "log.logger", "class", "component", "caller")
_CEF = LineFormat("cef", "cef-log", parse_cef, concepts=CEF_CONCEPTS)
_LEEF = LineFormat("leef", "leef-log", parse_leef, concepts=LEEF_CONCEPTS)


def line_format(name: str, head: Sequence[str] = ()) -> LineFormat | None:
    """The line format `name`, built for this file's header lines (W3C's `#Fields:`, Zeek's `#fields`, a VPC
    flow log's header); None for JSON, its dialects and the wrappers, which are not line formats."""
    if name in _PLATFORMS:
        fmt = _PLATFORMS[name]
        return LineFormat(fmt.name, fmt.kind, fmt.parser(list(head)), concepts=fmt.concepts)
    if name == "w3c":
        fields = w3c_fields(list(head)) or ()
        concepts = {field: concept for field in fields if (concept := w3c_concept(field))}
        return LineFormat("w3c", "w3c-log", w3c_parser(fields), concepts=concepts)
    if name == "zeek":
        fields = zeek_fields(list(head))
        concepts = {field: ZEEK_CONCEPTS[field] for field in fields or () if field in ZEEK_CONCEPTS}
        return LineFormat("zeek", "zeek-log", zeek_parser(fields), concepts=concepts)
    return {"cef": _CEF, "leef": _LEEF}.get(name) or LINE_FORMATS.get(name)


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


def detect(lines: list[str], head: Sequence[str] = ()) -> str:
    """The format that the largest share of `lines` parse as; `free` when none reaches half.

    `head` is the first lines of the file, where W3C logs declare their fields; ties go to
    the earlier, more specific format of `FORMATS` (HAProxy before plain syslog).
    """
    probe = lines[:DETECT_LINES]
    if not probe:
        return "free"
    shares: dict[str, float] = {}
    for name, is_wrapped in WRAPPERS.items():
        shares[name] = sum(is_wrapped(line) for line in probe) / len(probe)
    objects = [record for line in probe if (record := _json_object(line)) is not None]
    shares["json"] = len(objects) / len(probe)
    for dialect in JSON_DIALECTS:
        shares[dialect.name] = sum(dialect.matches(record) for record in objects) / len(probe)
    for name in FORMATS:
        fmt = line_format(name, head) if name not in shares and name != "free" else None
        if fmt is not None:
            shares[name] = sum(fmt.parse(line) is not None for line in probe) / len(probe)
    if "logcat-long" in shares and not _long_logcat(probe):
        shares["logcat-long"] = 0.0  # it reads any line as a message: only a file of its headers is it
    best, best_share = "free", 0.0
    for name in FORMATS:
        if shares.get(name, 0.0) > best_share:
            best, best_share = name, shares[name]
    if best in SYSLOG_ENVELOPES:
        # syslog carries other formats in its message (HAProxy's `option httplog`, CEF, LEEF) and
        # reads every line of a daemon's log, its start-up notices too (`Proxy web started.`): the
        # format that reads the message wins when it reads half the lines; the rest are mined as text
        inner = [name for name in FORMATS[:FORMATS.index(best)] if shares.get(name, 0.0) >= MIN_SHARE
                 and name not in ("json", *WRAPPERS, *_DIALECTS)]
        if inner:
            return max(inner, key=lambda name: shares[name])
    return best if best_share >= MIN_SHARE else "free"


#: `logcat -v long` writes a header, a message of a line or more and a blank line an entry: of
#: the non-blank lines, at least this share are headers (a message of three lines on average)
LONG_LOGCAT_HEADERS = 0.25


def _long_logcat(probe: list[str]) -> bool:
    """Whether the sampled lines are `logcat -v long` output: enough of them entry headers."""
    filled = [line for line in probe if line.strip()]
    headers = sum(long_logcat_header(line) is not None for line in filled)
    return bool(filled) and headers >= LONG_LOGCAT_HEADERS * len(filled)


def _json_object(line: str) -> dict | None:
    text = line.strip()
    if not text.startswith("{"):
        return None
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):  # nested past Python's recursion limit: free text
        return None
    return record if isinstance(record, dict) else None


def parse_lines(lines: list[str], format_name: str, head: Sequence[str] = ()) -> ParsedLog:
    """The fields of `lines` read as `format_name`; lines of another format are mined as free text."""
    if format_name in WRAPPERS:
        return _parse_wrapped(lines, format_name)
    if format_name == "json" or format_name in _DIALECTS:
        return _parse_json(lines, _DIALECTS.get(format_name))
    fmt = line_format(format_name, head)
    assert fmt is not None, format_name
    out = ParsedLog(format_name, fmt.kind, [])
    total = len(lines)
    if format_name == "free":
        lines = _read_known_blocks(lines, out)  # free text reads every line: known ones first
    rows: list[dict[str, str | None]] = []
    other: list[str] = []
    for line in lines:
        parsed = fmt.parse(line)
        if parsed is None:
            other.append(line)
        elif parsed:  # {}: the format's own header or directive line
            rows.append(parsed)
    if format_name == "w3c" and not fmt.concepts and not rows:
        out.notes.append("no #Fields: directive at the start of the file: W3C fields unknown")
    if rows:
        fields, texts = _fields_of_rows(rows, fmt)
        taken = {sample.path for sample in out.fields}
        out.fields.extend(sample for sample in fields if sample.path not in taken)
        out.free_text.extend(texts)
    _mine_other_lines(other, total, out)
    return out


def _parse_wrapped(lines: list[str], wrapper: str) -> ParsedLog:
    """Docker json-file or CRI lines: unwrapped, the inner lines read by their own format."""
    inner, foreign = unwrap(lines, wrapper)
    inner_format = detect(inner) if inner else "free"
    out = parse_lines(inner, inner_format) if inner else ParsedLog(inner_format, "text-log", [])
    out.notes.insert(0, f"{wrapper} wrapper unwrapped: inner lines are {inner_format}")
    if foreign:
        out.notes.append(f"{foreign} of {len(lines)} sampled lines are not {wrapper} lines: skipped")
    out.format = f"{wrapper}/{inner_format}"
    return out


def _fields_of_rows(rows: list[dict[str, str | None]], fmt: LineFormat) -> tuple[list[FieldSample], list[str]]:
    names: dict[str, None] = {}  # columns in order of first appearance
    for row in rows:
        names.update(dict.fromkeys(row))
    names.pop(fmt.message, None)
    columns = {name: [row.get(name) for row in rows] for name in names}
    if TRAILING_FIELDS in columns:
        columns.update(_trailing_fields(columns.pop(TRAILING_FIELDS)))
    fields = log_fields(columns, "log-field", fmt.concepts)
    if not fmt.message:
        return fields, []
    messages = [row.get(fmt.message) or "" for row in rows]
    namespaces = [row.get(fmt.namespace) if fmt.namespace else None for row in rows]
    slots, _ = mine_slots(messages, namespaces, frozenset(columns))
    return fields + slot_fields(slots), [message for message in messages if message]


#: the most distinct keys a line's trailing JSON fields may have before they are read as a map
MAX_TRAILING_KEYS = 100


def _trailing_fields(texts: list[str | None]) -> dict[str, list[str | None]]:
    """The JSON objects that end lines (zap's `{"uid": 42, "手机": "…"}`) as one column per key,
    `fields.uid`: each kind of line has its own keys, which would otherwise look like a sparse
    map. A line's nested value stays JSON text (read as dot paths in turn); past
    `MAX_TRAILING_KEYS` distinct keys the objects are one column of JSON text instead."""
    documents = [json.loads(text) if text else None for text in texts]
    keys = dict.fromkeys(key for document in documents if document for key in document)
    if len(keys) > MAX_TRAILING_KEYS:
        return {TRAILING_FIELDS: texts}

    def text(value: object) -> str | None:
        if value is None:
            return None
        if isinstance(value, (dict, list, bool)):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    return {f"{TRAILING_FIELDS}.{key}": [text(document.get(key)) if document else None for document in documents]
            for key in keys}


#: line formats whose lines are read as such inside a mixed log (a concatenation of logs, a rule
#: set's sample lines), most specific first
MIXED_FORMATS = ("combined", "common", "syslog5424", "syslog3164", "logcat")
#: the fewest lines of one format that are read as that format inside a mixed log
MIXED_MIN_LINES = 5


def _mine_other_lines(other: list[str], total: int, out: ParsedLog) -> None:
    """Lines that are not of the detected format (mixed logs) still yield their slots and text:
    a run of lines of another known format (an access log's, syslog's) inside them is read as
    that format, so its fields (`http_user_agent`) are fields as in a log of their own."""
    if not other:
        return
    other = _read_known_blocks(other, out)
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


def _read_known_blocks(other: list[str], out: ParsedLog) -> list[str]:
    """Reads the lines of each of `MIXED_FORMATS` that has at least `MIXED_MIN_LINES` among
    `other` as that format (fields added to `out`, a field already there keeps its name and
    the later one is left out); returns the lines left."""
    taken = {sample.path for sample in out.fields}
    for name in MIXED_FORMATS:
        fmt = LINE_FORMATS[name]
        parsed = [(line, fmt.parse(line)) for line in other]
        rows = [row for _, row in parsed if row]
        if len(rows) < MIXED_MIN_LINES:
            continue
        fields, texts = _fields_of_rows(rows, fmt)
        out.fields.extend(sample for sample in fields if sample.path not in taken)
        taken.update(sample.path for sample in fields)
        out.free_text.extend(texts)
        out.notes.append(f"{len(rows)} lines of the mixed log are {name} lines: read as such")
        other = [line for line, row in parsed if row is None]
    return other


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


def _parse_json(lines: list[str], dialect: JsonDialect | None = None) -> ParsedLog:
    objects: list[str] = []
    other: list[str] = []
    for line in lines:
        (objects if is_json_object(line) else other).append(line)
    out = ParsedLog(dialect.name if dialect else "json", dialect.kind if dialect else "json-log", [])
    if objects:
        table_fields = fields_from_table(json_table(objects), origin="log-field")
        out.fields = with_url_params(table_fields, dialect.concepts if dialect else None)
        messages = [sample for sample in out.fields
                    if sample.name.lower() in _MESSAGE_KEYS and pa.types.is_string(sample.values.type)]
        for sample in messages:
            out.free_text.extend(sample.values.to_pylist())
        out.fields.extend(_message_slots(out.fields, messages))
    _mine_other_lines(other, len(lines), out)
    return out


def _message_slots(fields: list[FieldSample], messages: list[FieldSample]) -> list[FieldSample]:
    """The template slots of a JSON log's message text (`下单成功 用户ID=… 收货人=…`), as a line
    format's message is mined: a shipper (SLS, Loki, Fluent Bit) wraps an application's text
    line in JSON, and its `key=value` pairs are fields all the same."""
    by_path = {sample.path: sample for sample in fields}
    logger = next((by_path[key] for key in _LOGGER_KEYS if key in by_path
                   and pa.types.is_string(by_path[key].values.type)), None)
    out: list[FieldSample] = []
    for sample in messages:
        if "." in sample.path:
            continue  # a nested `msg` is a payload's, not the line's message
        texts = sample.values.to_pylist()
        namespaces = logger.values.to_pylist() if logger is not None else [None] * len(texts)
        if len(namespaces) != len(texts):
            namespaces = [None] * len(texts)
        kept = [(text, namespace) for text, namespace in zip(texts, namespaces) if text]
        if not kept:
            continue
        slots, _ = mine_slots([text for text, _ in kept], [namespace for _, namespace in kept], frozenset(by_path))
        out.extend(slot_fields(slots))
    return out
