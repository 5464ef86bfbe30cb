"""Log text to typed field samples: numbers, event times and the parameters hidden in URLs.

Everything in a log line is text. Typing it the way a CSV sniffer would (integers, floats,
timestamps) lets the classifiers treat a log field exactly like a table column, and URL query
parameters (`/login?uid=11428`) become fields of their own because identifiers leak through
them. All of it is vectorised over the sample with pyarrow.compute.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pyarrow as pa
import pyarrow.compute as pc

from collections.abc import Mapping

from datamap.flatten import fields_from_table
from datamap.model import FieldSample
from inventory.logformats.platforms import CONCEPTS

# leading zeros mean an identifier ("007", postal codes), not a number: keep those as text
_INTEGER = r"^-?(0|[1-9]\d{0,17})$"
_FLOAT = r"^-?(0|[1-9]\d*)\.\d+$"
# strptime formats tried in order, after the text is normalised (see parse_times)
_TIME_FORMATS = ("%d/%b/%Y:%H:%M:%S %z", "%Y-%m-%d %H:%M:%S%z")
#: fields whose text is an event time in the formats this package parses
TIME_FIELDS = frozenset({"time_local", "timestamp", "time", "ts", "@timestamp"})
# a value that carries a query string: a URL, a path, or a request line `GET /p?q=1 HTTP/1.1`
_HAS_QUERY = r"^(?:[A-Z]+ )?(?:[a-z][a-z0-9+.\-]*://[^\s?]*|/[^\s?]*|[^\s?/]*)\?\S*=\S*"
MAX_URL_PARAMS = 50


def typed(values: pa.Array) -> pa.Array:
    """String values cast to int64 or float64 when every one of them is such a number."""
    present = values.drop_null()
    if len(present) == 0 or not pa.types.is_string(values.type):
        return values
    for pattern, kind in ((_INTEGER, pa.int64()), (_FLOAT, pa.float64())):
        if pc.all(pc.match_substring_regex(present, pattern)).as_py():
            return pc.cast(values, kind)
    return values


def parse_times(values: pa.Array) -> pa.Array | None:
    """Log timestamps as a UTC timestamp array, or None when they are not all parseable.

    Handles nginx's `10/Oct/2000:13:55:36 -0700` and ISO-like `2023-10-28 02:30:43,000`
    (comma or dot fractions, `T`, `Z`, `+hh:mm`). Fractions are dropped: retention checks
    need the day, not the millisecond.
    """
    present = values.drop_null()
    if len(present) == 0 or not pa.types.is_string(values.type):
        return None
    text = pc.replace_substring_regex(values, r"[.,]\d+($|[Z+\- ])", r"\1")
    text = pc.replace_substring_regex(text, r"^(\d{4})/(\d{2})/(\d{2})", r"\1-\2-\3")  # Go's `log`
    text = pc.replace_substring_regex(text, r"^(\d{4}-\d{2}-\d{2})T", r"\1 ")
    text = pc.replace_substring_regex(text, r"Z$", "+0000")
    text = pc.replace_substring_regex(text, r"([+-]\d{2}):(\d{2})$", r"\1\2")
    # a time without a zone is taken as UTC, as flatten.event_time_range does (HAProxy's
    # `06/Feb/2009:12:14:14.655` too)
    text = pc.replace_substring_regex(text, r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})$", r"\1+0000")
    text = pc.replace_substring_regex(text, r"^(\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2})$", r"\1 +0000")
    for fmt in _TIME_FORMATS:
        parsed = pc.strptime(text, format=fmt, unit="s", error_is_null=True)
        if parsed.null_count == values.null_count:
            return parsed
    return None


# epoch times between 2000 and 2100, by their unit: seconds (CloudFront real-time, VPC flow,
# Caddy), milliseconds (CEF `rt`), microseconds (journald), nanoseconds
_EPOCH_SECONDS = (946684800, 4102444800)
_EPOCH_UNITS = (1, 1_000, 1_000_000, 1_000_000_000)


def epoch_times(values: pa.Array) -> pa.Array | None:
    """Numbers (or numeric text) that are all epoch times in one unit, as UTC timestamps."""
    numbers = typed(values) if pa.types.is_string(values.type) else values
    if not (pa.types.is_integer(numbers.type) or pa.types.is_floating(numbers.type)) or len(numbers.drop_null()) == 0:
        return None
    low, high = (value.as_py() for value in pc.min_max(numbers).values())
    for unit in _EPOCH_UNITS:
        if _EPOCH_SECONDS[0] <= low / unit and high / unit <= _EPOCH_SECONDS[1]:
            micros = pc.round(pc.multiply(pc.cast(numbers, pa.float64()), 1_000_000 / unit))
            return pc.cast(pc.cast(micros, pa.int64()), pa.timestamp("us", tz="UTC"))
    return None


def log_fields(columns: dict[str, list[str | None]], origin: str,
               concepts: Mapping[str, str] | None = None) -> list[FieldSample]:
    """Field samples of parsed log columns: typed, event times parsed, URL parameters split out,
    each field's concept (if its format declares one) written as its description."""
    concepts = concepts or {}
    arrays: dict[str, pa.Array] = {}
    for name, column in columns.items():
        array = pa.array(column, pa.string())
        if array.null_count == len(array):
            continue  # an optional part no line has (syslog PRI, a thread name): not a field
        is_time = name.rsplit(".", 1)[-1].lower() in TIME_FIELDS or concepts.get(name) == "time"
        stamps = parse_times(array) if is_time else None
        if stamps is None and concepts.get(name) == "time":
            stamps = epoch_times(array)
        arrays[name] = stamps if stamps is not None else typed(array)
    fields = fields_from_table(pa.table(arrays), origin=origin) if arrays else []
    return with_url_params(fields, concepts)


def with_url_params(fields: list[FieldSample], concepts: Mapping[str, str] | None = None) -> list[FieldSample]:
    """The fields, each text field that holds URLs followed by one field per query parameter;
    a field with a concept gets the concept's description (the classifiers read it as a comment)."""
    concepts = concepts or {}
    out: list[FieldSample] = []
    for sample in fields:
        concept = concepts.get(sample.path)
        if concept and sample.comment is None:
            sample.comment = CONCEPTS[concept]
        if concept == "time" and not pa.types.is_timestamp(sample.values.type):
            stamps = epoch_times(sample.values)  # a JSON log's epoch field (Caddy's `ts`)
            if stamps is not None:
                sample.values = stamps
        out.append(sample)
        out.extend(url_param_fields(sample, bare_query=concept == "query"))
    return out


def url_param_fields(sample: FieldSample, bare_query: bool = False) -> list[FieldSample]:
    """`request.query.uid` and its siblings, from a field whose values carry query strings
    (or are query strings: W3C's `cs-uri-query` holds `uid=42&page=2`, without the `?`)."""
    values = sample.values
    if sample.is_list or not pa.types.is_string(values.type) or len(values) == 0:
        return []
    if bare_query:
        values = pc.binary_join_element_wise("?", values, "")
    has_query = pc.match_substring_regex(values, _HAS_QUERY)
    if not pc.any(has_query).as_py():
        return []
    params: dict[str, list[str | None]] = {}
    rows = len(values)
    for row, value in enumerate(values.to_pylist()):
        for name, param in _query_params(value):
            column = params.get(name)
            if column is None:
                if len(params) >= MAX_URL_PARAMS:  # a crawler's random keys: stop, do not explode
                    continue
                column = params[name] = [None] * rows
            if column[row] is None:
                column[row] = param
    table = pa.table({f"{sample.path}.query.{name}": typed(pa.array(column, pa.string()))
                      for name, column in params.items()})
    fields = fields_from_table(table, origin="url-param")
    for field_sample in fields:
        field_sample.comment = f"query parameter of {sample.path}"
    return fields


def _query_params(value: str) -> list[tuple[str, str]]:
    """The query parameters of a URL, a path or an HTTP request line (non-empty values)."""
    parts = value.split(" ")
    target = parts[1] if len(parts) == 3 and parts[0].isupper() else value  # `GET /p?q=1 HTTP/1.1`
    try:
        query = urlsplit(target).query
    except ValueError:  # malformed IPv6 netloc and the like: no parameters to read
        return []
    return [(name, param) for name, param in parse_qsl(query) if name and param]
