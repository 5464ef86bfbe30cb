"""Turn a sampled Arrow table into field samples: nested objects become dot paths.

Every connector that yields rows (files, databases, JSON logs) ends here, so flattening,
per-field statistics and event-time detection behave the same for all of them. Statistics
are vectorised over the sample with pyarrow.

JSON kept as text (a SQLite or PostgreSQL `text` column, a CSV cell, a string field of a log
line) is flattened here too, once for every connector: a text field whose sampled values are
mostly JSON objects gets dot-path fields under its name (`context.device.id`), as a JSON file
or a JSONB column would, and a text field of JSON arrays of scalars becomes a list field.
Each path records the column it was read from (`FieldSample.document`): the engine catalogues
that column too, as a field holding what its paths hold (classifiers/embedded_json.py), since a
column is what a reviewer, a masking policy or a label names; a JSONB column gets the same
(inventory/connectors/sql.py). Cells that are not JSON documents (a minority, or the column
would not be parsed) stay under the column's own name, classified as the text they are. A data
map's declaration of `payload` covers `payload.*` (catalog/datamap.py); the check gate and
write-back read the paths and take from the column only what is its own.

A key of a JSON file that holds text in some records and an object in others (Last.fm's
`artist`) keeps its text under its name and its objects' keys as its dot paths.
"""
from __future__ import annotations

import json
import re
from typing import Any
from datetime import datetime, timezone

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from datamap.model import FieldSample

#: cells are cut to this many characters before classification: no recognizer needs more,
#: and a 100,000-digit cell would cost seconds in every regex
MAX_CELL_CHARS = 4096

# ISO 8601 timestamps as they appear in JSON and CSV text
_ISO_TIMESTAMP = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"
# the same in Python's engine, for one value (ASCII digits only, as RE2's \d; \Z: no final newline)
_ISO_TIMESTAMP_RE = re.compile(_ISO_TIMESTAMP.replace("$", r"\Z"), re.ASCII)


def fields_from_table(table: pa.Table, origin: str = "column") -> list[FieldSample]:
    """One `FieldSample` per leaf field of `table`, structs flattened to dot paths."""
    out: list[FieldSample] = []
    for name, column in zip(table.column_names, table.columns):
        array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        _flatten(str(name), array, out, origin)
    return out


def _flatten(path: str, array: pa.Array, out: list[FieldSample], origin: str) -> None:
    kind = array.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        array = excel_text_cells(array)
        if (parts := json_text_and_documents(array)) is not None:
            text, documents = parts  # a key that is text in some records, an object in others
            out.append(_scalar_field(path, text, origin, str(kind)))
            _flatten_documents(path, documents, out)
            return
        parsed = parsed_json_text(array)
        if parsed is not None:
            if _holds_objects(parsed.type):
                rest = _not_documents(array, parsed)
                if rest is not None:
                    out.append(_scalar_field(path, rest, origin, str(kind)))
            _flatten_documents(path, parsed, out)
            return
        array = json_scalar_text(array) or array
    if pa.types.is_struct(kind) and (value := _extended_json_value(array)) is not None:
        _flatten(path, value, out, origin)  # `{"$oid": …}`: the value is the field's, not a `$oid` child's
        return
    if pa.types.is_struct(kind):
        children = array.flatten()  # parent nulls propagate into children
        data = _data_keys(kind, children, len(array) - array.null_count)
        for index in range(kind.num_fields):
            if index not in data:
                _flatten(f"{path}.{kind.field(index).name}", children[index], out, origin)
        if data:
            _flatten_data_keys(path, [kind.field(i).name for i in sorted(data)],
                               [children[i] for i in sorted(data)], out, origin)
        return
    if pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_fixed_size_list(kind):
        element = kind.value_type
        if pa.types.is_struct(element) or pa.types.is_list(element) or pa.types.is_large_list(element):
            # a list of objects: each key of the objects is a field of its own
            _flatten(path, pc.list_flatten(array), out, origin)
            return
        out.append(_list_field(path, array, origin))
        return
    if pa.types.is_map(kind):
        out.append(_scalar_field(path, _map_as_text(array), origin, str(kind)))
        return
    if _is_binary(kind):
        out.append(_binary_field(path, array, origin))
        return
    if isinstance(kind, pa.BaseExtensionType) or pa.types.is_decimal(kind):
        readable = _as_text_or_none(array)
        if readable is None:  # a type only its engine can read (DuckDB's BIGNUM): name it, skip its values
            out.append(_summary_field(path, array, origin, f"{kind}: values of this type are not read"))
            return
        array = readable
    out.append(_scalar_field(path, array, origin, str(kind)))


def _flatten_documents(path: str, parsed: pa.Array, out: list[FieldSample]) -> None:
    """The dot paths of the JSON documents parsed out of the text field at `path`, each marked
    with the column it was read from (the outermost, for JSON text inside JSON text)."""
    start = len(out)
    _flatten(path, parsed, out, "json")
    if _holds_objects(parsed.type):
        for sample in out[start:]:
            sample.document = path


#: MongoDB Extended JSON type wrappers (mongoexport, `mongosh` EJSON, change streams, Atlas
#: exports): a one-key object whose key names the BSON type of the value inside it
_EXTENDED_JSON = {"$oid", "$date", "$numberLong", "$numberInt", "$numberDouble", "$numberDecimal", "$uuid",
                  "$symbol", "$timestamp"}


def _extended_json_value(array: pa.Array) -> pa.Array | None:
    """The values inside a struct of one Extended JSON wrapper (`{"$date": "2024-…Z"}`,
    `{"$numberLong": "800012345"}`), typed as BSON says: ids as text, numbers as numbers,
    dates as timestamps (ISO text, or milliseconds since the epoch in canonical mode); None for
    any other struct."""
    kind = array.type
    if kind.num_fields != 1 or kind.field(0).name not in _EXTENDED_JSON:
        return None
    tag = kind.field(0).name
    value = array.flatten()[0]
    if pa.types.is_struct(value.type):
        if tag == "$timestamp" and value.type.get_field_index("t") >= 0:  # {"t": seconds, "i": increment}
            seconds = value.flatten()[value.type.get_field_index("t")]
            try:
                return pc.multiply(seconds.cast(pa.int64()), 1000).cast(pa.timestamp("ms"))
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                return None
        inner = _extended_json_value(value)  # canonical `{"$date": {"$numberLong": "1700000000000"}}`
        if inner is None:
            return None
        value = inner
    try:
        if tag == "$date":
            if pa.types.is_integer(value.type):
                return value.cast(pa.int64()).cast(pa.timestamp("ms"))
            stamps = _as_timestamps(value)
            return value if stamps is None else stamps
        if tag in ("$numberLong", "$numberInt") and not pa.types.is_integer(value.type):
            return pc.cast(value, pa.int64())
        if tag in ("$numberDouble", "$numberDecimal") and not pa.types.is_floating(value.type):
            return pc.cast(value, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return value  # `Infinity`, a decimal beyond a double: the text as written
    return value


def _is_binary(kind: pa.DataType) -> bool:
    return pa.types.is_binary(kind) or pa.types.is_large_binary(kind) or pa.types.is_fixed_size_binary(kind) or (
        hasattr(pa.types, "is_binary_view") and pa.types.is_binary_view(kind))


def _as_text_or_none(array: pa.Array) -> pa.Array | None:
    try:
        return pc.cast(array, pa.string())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
        return None


def _binary_field(path: str, array: pa.Array, origin: str) -> FieldSample:
    """A BLOB column (images, hashes, serialized objects): its name and size are classified,
    its bytes are not text and are never decoded."""
    present = array.drop_null() if array.null_count else array
    sizes = pc.binary_length(present) if len(present) else None
    largest = pc.max(sizes).as_py() if sizes is not None else 0
    return _summary_field(path, array, origin, f"binary: {len(present)} values up to {largest or 0} bytes, not classified")


def _summary_field(path: str, array: pa.Array, origin: str, note: str) -> FieldSample:
    """A field whose values are not handed to the classifiers: only its name and the note."""
    total = len(array)
    return FieldSample(path=path, values=pa.array([], pa.string()), declared_type=str(array.type),
                       null_ratio=(array.null_count / total) if total else 0.0, distinct_estimate=None,
                       origin=origin, note=note)


# --- objects keyed by data ----------------------------------------------------------------
# `{"seen_by": {"jane@example.org": 3}}`: the key is a value, not a field name. Kept as a name
# it would become a field path, and field paths reach the catalog and every export. Such keys
# are read as a map instead: `seen_by.<key>` holds the keys (classified like any values) and
# `seen_by.<value>` what they map to.

KEY = "<key>"
VALUE = "<value>"
#: an object with at least this many keys, each present in at most SPARSE of its rows on
#: average, is a map keyed by data (user names, ids) even when no key looks like a value
MAP_MIN_KEYS = 20
SPARSE = 0.2

_VALUE_SHAPED = re.compile(
    r"[+(]?\d[\d\s().\-/:]*"                     # numbers, phones, dates, ids
    r"|[0-9a-fA-F]{8}-?(?:[0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}"  # UUIDs
    r"|[0-9a-fA-F]{16,}"                        # hashes, device ids
    r"|[^@\s]+@[^@\s]+"                         # e-mails, user@host (not `@timestamp`)
    r"|[0-9a-fA-F:]*:[0-9a-fA-F:]*:[0-9a-fA-F:.]*"  # IPv6
    r"|\w+://.*")                               # URLs


# an id mixing letters and digits (`cafebabe00zq1177`, `user_88412`): a run of four digits,
# or digits making a third of a long key; names rarely carry more than a version (`sha256`)
_DIGIT_RUN = re.compile(r"\d{4}")


#: a name that cites a standard by its number (Nominatim's `ISO3166-2-lvl4`, `rfc3339_time`,
#: `ieee754`): its digits are the standard's, no id
_STANDARD_CITED = re.compile(r"(?i)^(?:iso|iec|rfc|din|ansi|ieee|ecma|gb|jis)[ _-]?\d{2,6}(?![\da-z])")


def is_value_shaped(key: str) -> bool:
    """Whether an object key is itself a value: an e-mail, an IP address, a phone number,
    an id, a date, a URL."""
    key = key.strip()
    if _VALUE_SHAPED.fullmatch(key):
        return True
    if _DIGIT_RUN.search(key):
        return not _STANDARD_CITED.match(key)
    return len(key) >= 10 and sum(ch.isdigit() for ch in key) >= len(key) / 3


def _data_keys(kind: pa.StructType, children: list[pa.Array], rows: int) -> set[int]:
    """The indexes of the struct's children whose keys are data, not field names."""
    data = {i for i in range(kind.num_fields) if is_value_shaped(kind.field(i).name)}
    if kind.num_fields >= MAP_MIN_KEYS and rows:
        present = sum(len(child) - child.null_count for child in children)
        if present / kind.num_fields <= SPARSE * rows:
            return set(range(kind.num_fields))
    return data


def _flatten_data_keys(path: str, names: list[str], children: list[pa.Array], out: list[FieldSample],
                       origin: str) -> None:
    present = [child.filter(child.is_valid()) for child in children]
    keys = pa.concat_arrays([pa.repeat(pa.scalar(name, pa.string()), len(values))
                             for name, values in zip(names, present)])
    out.append(_scalar_field(f"{path}.{KEY}", keys, origin, "string"))
    _flatten(f"{path}.{VALUE}", _concat_values(present), out, origin)


def _concat_values(arrays: list[pa.Array]) -> pa.Array:
    """The values of every data key as one array; of differing types, as text (JSON text for
    nested ones: rare, so a loop over those values is acceptable)."""
    kinds = {array.type for array in arrays if not pa.types.is_null(array.type)}
    if len(kinds) <= 1:
        kind = kinds.pop() if kinds else pa.string()
        return pa.concat_arrays([array.cast(kind) for array in arrays])
    if all(not pa.types.is_nested(k) for k in kinds):
        return pa.concat_arrays([array.cast(pa.string()) for array in arrays])
    return pa.array([json.dumps(value, default=str) for array in arrays for value in array.to_pylist()],
                    pa.string())


#: share of a text field's sampled values that must be JSON documents for it to be parsed
MIN_JSON_SHARE = 0.6
# a JSON object, or an array (of objects or scalars), as the first non-blank character shows
_JSON_START = r"^\s*(?:\{|\[)"


#: how spreadsheet exports keep a number as text, lest Excel round it or drop its leading zeros
#: (Chinese back offices' CSVs of order numbers, phones and identity numbers): the test every
#: non-empty value of a column must pass, and the text it stands for
_EXCEL_MARKS: tuple[tuple[str, Any], ...] = (
    # a formula returning a string: `="13812345678"`
    (r'^="[^"]*"[\t ]*$', lambda a: pc.replace_substring_regex(a, r'^="([^"]*)"[\t ]*$', r"\1")),
    # a tab before or after the digits: `\t13812345678` (a value of tabs alone is no mark of text)
    (r"^\t+[^\t]|[^\t]\t+$", lambda a: pc.utf8_trim(a, "\t")),
    # Excel's text prefix before a number: `'0012345`
    (r"^'[+\d][\d +()-]*$", lambda a: pc.replace_substring_regex(a, "^'", "")),
    # WeChat Pay's bills (`downloadbill`) start every cell with a backtick: `` `4200001234…``
    (r"^`", lambda a: pc.replace_substring_regex(a, "^`", "")),
)
#: first bytes that may begin a marked value (`=`, tab, `'`, a backtick); a tab may also end one
_MARK_FIRST_BYTES = np.frombuffer(b"=\t'`", dtype=np.uint8)
#: values of a column that may lack its mark: a bill's summary header after its records
#: (`总交易单数,应结订单总金额,…` below WeChat Pay's rows) is in the same columns
_UNMARKED_ROWS = 2


def excel_text_cells(array: pa.Array) -> pa.Array:
    """A text column whose every non-empty value carries one of a spreadsheet export's marks of
    text (`="…"`, a tab, a leading `'`) as the text it stands for; any other column as it is."""
    present = len(array) - array.null_count
    if present == 0:
        return array
    dense = array.drop_null() if array.null_count else array
    shape = _lengths_and_starts(dense)
    if shape is not None:
        lengths, starts = shape
        data = dense.buffers()[2]
        if data is None or data.size == 0:
            return array
        bytes_ = np.frombuffer(data, dtype=np.uint8)
        filled = lengths > 0
        firsts = bytes_[np.minimum(starts, data.size - 1)][filled]
        lasts = bytes_[np.clip(starts + lengths - 1, 0, data.size - 1)][filled]
        if not (np.isin(firsts, _MARK_FIRST_BYTES).any() or (lasts == ord("\t")).any()):
            return array  # no value begins or ends as a marked one (no regex pass needed)
    for test, unmarked in _EXCEL_MARKS:
        marked = pc.sum(pc.match_substring_regex(dense, test)).as_py() or 0
        if marked and marked + (pc.sum(pc.equal(dense, "")).as_py() or 0) >= present - _unmarked_allowed(marked):
            return unmarked(array)
    return array


def _unmarked_allowed(marked: int) -> int:
    """How many values of a marked column may be without the mark: none in a short column,
    a summary row or two beside many marked records."""
    return _UNMARKED_ROWS if marked >= 50 * _UNMARKED_ROWS else 0


#: a JSON scalar or an empty container as DuckDB writes a JSON-typed value: a string, a number,
#: `true`/`false`/`null`, `[]`, `{}`
_JSON_SCALAR = r'^(?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|\[\s*\]|\{\s*\})$'


def json_scalar_text(array: pa.Array) -> pa.Array | None:
    """A field whose documents mix a string with another type (AMap's `"city": []` where a
    municipality has none, a number here and a string there): DuckDB types it JSON and hands
    over each value as JSON text (`"杭州市"`, `[]`). The strings unquoted, numbers and booleans
    as their text, empty containers and `null` as nulls; None when the values are not all
    JSON scalars or empty containers, or not both quoted strings and something else."""
    present = array.drop_null()
    if len(present) == 0:
        return None
    first = present[0].as_py()
    if not first or first[0] not in '"[{-0123456789tfn':
        return None  # most text fields: decided by their first value
    looks = pc.match_substring_regex(present, _JSON_SCALAR)
    if not pc.all(looks).as_py():
        return None
    quoted = pc.starts_with(present, '"')
    if not pc.any(quoted).as_py() or pc.all(quoted).as_py():
        return None
    out: list[str | None] = []
    for text in array.to_pylist():
        value = None if text is None else json.loads(text)
        out.append(None if value is None or isinstance(value, (list, dict))
                   else value if isinstance(value, str) else json.dumps(value))
    return pa.array(out, pa.string())


#: the first bytes of the values of a JSON-typed column: a quoted string, an object, an array
_QUOTE, _DOCUMENT_STARTS = ord('"'), np.frombuffer(b"{[", dtype=np.uint8)


def json_text_and_documents(array: pa.Array) -> tuple[pa.Array, pa.Array] | None:
    """A key of a JSON file that holds text in some records and an object in others (Last.fm's
    `"artist": "France Gall"` beside `"artist": {"name": …, "mbid": …}`): DuckDB types it JSON
    and hands over each value as JSON text. Returns the strings unquoted (nulls where an object
    was) and the objects parsed (nulls where a string was), so the text stays the field's and the
    objects' keys become its dot paths however few records hold them; None for any other
    column: one whose values are not all quoted strings, objects and arrays, or not both."""
    present = array.drop_null()
    starts = first_bytes(present)
    if starts is None or len(starts) == 0:
        return None
    quoted = starts == _QUOTE
    documents = np.isin(starts, _DOCUMENT_STARTS)
    if not quoted.any() or not documents.any() or not (quoted | documents).all():
        return None
    text: list[str | None] = []
    docs: list[Any] = []
    for cell in array.to_pylist():
        try:
            value = None if cell is None else json.loads(cell)
        except (ValueError, RecursionError):  # not JSON text after all: a text column whose cells are quoted
            return None
        text.append(value if isinstance(value, str) else None)
        docs.append(value if isinstance(value, dict | list) and value else None)
    parsed = json_array(docs)
    if pa.types.is_string(parsed.type) or not _holds_objects(parsed.type):
        return None
    return pa.array(text, pa.string()), parsed


def parsed_json_text(array: pa.Array) -> pa.Array | None:
    """The JSON documents of a text array as Arrow structs or lists, row for row (a value
    that is not a JSON document becomes null), or None when too few values are documents
    or they hold no object and no array."""
    present = len(array) - array.null_count
    if present == 0:
        return None
    starts = first_bytes(array)
    if starts is not None and np.isin(starts, _JSON_FIRST_BYTES).sum() < MIN_JSON_SHARE * present:
        return None  # too few values even begin as a document can (no regex pass needed)
    looks = pc.match_substring_regex(array, _JSON_START)
    if (pc.sum(looks).as_py() or 0) < MIN_JSON_SHARE * present:
        return None
    docs: list[Any] = []
    for text, candidate in zip(array.to_pylist(), looks.to_pylist()):
        try:
            docs.append(json.loads(text) if candidate else None)
        except (ValueError, RecursionError):
            # a truncated or malformed cell, or one nested past the interpreter's depth (`[[[[…`
            # four thousand deep: no one's document): the others still speak
            docs.append(None)
    if not any(isinstance(doc, dict | list) for doc in docs):
        return None
    parsed = json_array([doc if isinstance(doc, dict | list) else None for doc in docs])
    return None if pa.types.is_string(parsed.type) else parsed


#: the bytes a value matching `_JSON_START` may begin with: RE2's \s (tab, newline, form
#: feed, carriage return, space), `{` and `[`
_JSON_FIRST_BYTES = np.frombuffer(b"\t\n\f\r {[", dtype=np.uint8)


def _lengths_and_starts(array: pa.Array) -> tuple[np.ndarray, np.ndarray] | None:
    """Each value's length in bytes and the offsets where it starts in the data buffer, read
    from the Arrow buffers without a compute call; None for arrays with nulls or not plain
    (large) strings."""
    if array.null_count or not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
        return None
    _, offsets_buffer, _ = array.buffers()
    width = np.int64 if pa.types.is_large_string(array.type) else np.int32
    offsets = np.frombuffer(offsets_buffer, dtype=width)[array.offset:array.offset + len(array) + 1]
    return np.diff(offsets), offsets[:-1]


def first_bytes(array: pa.Array) -> np.ndarray | None:
    """The first byte of each value (255 for an empty value), or None (see `_lengths_and_starts`)."""
    shape = _lengths_and_starts(array)
    if shape is None:
        return None
    lengths, starts = shape
    data = array.buffers()[2]
    if data is None or data.size == 0:
        return np.full(len(array), 255, dtype=np.uint8)
    first = np.frombuffer(data, dtype=np.uint8)[np.minimum(starts, data.size - 1)]
    return np.where(lengths > 0, first, 255).astype(np.uint8)


def json_array(values: list[Any]) -> pa.Array:
    """JSON documents (text, or already parsed by a driver) as an Arrow array of structs, so
    they flatten to dot paths like JSON files. Conflicting value types across rows are read
    as text leaves; documents that cannot be parsed stay text."""
    try:
        docs = [json.loads(v) if isinstance(v, str | bytes | bytearray) else v for v in values]
    except (ValueError, RecursionError):  # (nested past the interpreter's depth: no document either)
        return pa.array([None if v is None else str(v) for v in values], pa.string())
    for attempt in (docs, [_text_leaves(d) for d in docs]):
        try:
            array = pa.array(attempt)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError):
            continue
        if not pa.types.is_null(array.type):
            return array
    return pa.array([None if d is None else json.dumps(d) for d in docs], pa.string())


def _text_leaves(doc: Any) -> Any:
    """A JSON document with every scalar leaf as text (Arrow needs one type per path)."""
    if isinstance(doc, dict):
        return {key: _text_leaves(value) for key, value in doc.items()}
    if isinstance(doc, list):
        return [_text_leaves(value) for value in doc]
    return None if doc is None else (json.dumps(doc) if isinstance(doc, bool) else str(doc))


def _not_documents(array: pa.Array, parsed: pa.Array) -> pa.Array | None:
    """The cells of a JSON text column that are not JSON documents (plain text, a truncated
    document), nulls elsewhere; None when every present cell is a document."""
    rest = pc.if_else(parsed.is_valid(), pa.scalar(None, array.type), array)
    return None if rest.null_count == len(rest) else rest


def _holds_objects(kind: pa.DataType) -> bool:
    """Whether parsed documents are objects (or lists of them), not lists of scalars."""
    while pa.types.is_list(kind) or pa.types.is_large_list(kind):
        kind = kind.value_type
    return pa.types.is_struct(kind)


def _map_as_text(array: pa.Array) -> pa.Array:
    # maps are rare in samples (Parquet MAP columns); their text form is enough to classify
    return pa.array([None if v is None else str(v) for v in array.to_pylist()], pa.string())


def _bounded(values: pa.Array) -> pa.Array:
    """Text cells cut to `MAX_CELL_CHARS` (vectorised; only when a cell is longer)."""
    if (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)) and len(values):
        shape = _lengths_and_starts(values)
        if shape is not None and int(shape[0].max()) <= MAX_CELL_CHARS:
            return values  # no value has more bytes, so none has more characters
        longest = pc.max(pc.utf8_length(values)).as_py() or 0
        if longest > MAX_CELL_CHARS:
            return pc.utf8_slice_codeunits(values, 0, MAX_CELL_CHARS)
    return values


def _scalar_field(path: str, array: pa.Array, origin: str, declared: str) -> FieldSample:
    total = len(array)
    values = array.drop_null() if array.null_count else array
    if pa.types.is_null(values.type):
        values = values.cast(pa.string())
    values = _bounded(values)
    return FieldSample(
        path=path,
        values=values,
        declared_type=declared,
        null_ratio=(array.null_count / total) if total else 0.0,
        distinct_estimate=pc.count_distinct(values).as_py() if len(values) else 0,
        origin=origin,
    )


def _list_field(path: str, array: pa.Array, origin: str) -> FieldSample:
    total = len(array)
    present = array.drop_null() if array.null_count else array
    elements = pc.list_flatten(present)
    if elements.null_count:
        elements = elements.drop_null()
    if _is_binary(elements.type):
        return _binary_field(path, array, origin)
    elements = _bounded(elements)
    return FieldSample(
        path=path,
        values=elements,
        declared_type=str(array.type),
        null_ratio=(array.null_count / total) if total else 0.0,
        distinct_estimate=pc.count_distinct(elements).as_py() if len(elements) else 0,
        list_lengths=pc.list_value_length(present),
        origin=origin,
    )


# A dataset's event time is when its records' events happened (created, sent, paid, visited,
# logged): how long the data has been kept, which the retention check compares with the policy.
# Dates that describe a person's life (born, died, married, divorced) or a document's or
# contract's term (valid until, expires, due) are no such events: their minimum would be one
# person's birthday or date of death, a raw value in the catalog, and would date the dataset by
# a life instead of by how long it is kept. Named so in English, German, French, Spanish and
# Chinese; a birth date under any other name is left out by its classification (inventory/scan.py).
_NOT_EVENT_TIME = re.compile(
    r"birth|dob|(?:^|[\W_])dod(?:$|[\W_])|death|deceased|died|marri|wedding|divorc|expir|valid|until|due|deadline|"
    r"anniversary|geburt|todes|sterbe|naissance|d[ée]c[èe]s|nacimiento|fallec|defunci|"
    r"出生|生日|死亡|去世|逝世|忌日|结婚|离婚|有效期|到期|截止", re.I)


def event_time_range(fields: list[FieldSample]) -> tuple[datetime | None, datetime | None]:
    """Oldest and newest event time in the sample, from timestamp-typed or ISO text fields.

    The data map can name the field that holds a dataset's event time (`event_time:`); the
    scan then calls this with that field alone.
    """
    lows: list[datetime] = []
    highs: list[datetime] = []
    for sample in fields:
        if _NOT_EVENT_TIME.search(sample.path):
            continue
        stamps = _as_timestamps(sample.values)
        if stamps is None or len(stamps) == 0:
            continue
        low, high = pc.min_max(stamps).values()
        if low.is_valid:
            lows.append(_utc(low.as_py()))
            highs.append(_utc(high.as_py()))
    return (min(lows) if lows else None, max(highs) if highs else None)


def _as_timestamps(values: pa.Array) -> pa.Array | None:
    kind = values.type
    if pa.types.is_timestamp(kind):
        return values.cast(pa.timestamp("us", tz="UTC")) if kind.tz else values.cast(pa.timestamp("us"))
    if pa.types.is_date(kind):
        return values.cast(pa.timestamp("us"))
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)) or len(values) == 0:
        return None
    # every value must be a timestamp: the first one tells most text fields apart at once
    first = values[0].as_py() if values.null_count == 0 else next((v for v in values.to_pylist() if v is not None), None)
    if first is not None and not _ISO_TIMESTAMP_RE.match(first):
        return None
    if not pc.all(pc.match_substring_regex(values, _ISO_TIMESTAMP)).as_py():
        return None
    try:
        text = pc.replace_substring_regex(values, r"Z$", "+00:00")
        text = pc.replace_substring_regex(text, r"([+-]\d{2}):(\d{2})$", r"\1\2")
        text = pc.replace_substring(text, " ", "T")
        with_zone = pc.match_substring_regex(text, r"[+-]\d{4}$")
        if pc.all(with_zone).as_py():
            text = pc.replace_substring_regex(text, r"\.\d+", "")
            padded = pc.if_else(pc.match_substring_regex(text, r"T\d{2}:\d{2}[+-]"),
                                pc.replace_substring_regex(text, r"(T\d{2}:\d{2})", r"\1:00"), text)
            return pc.strptime(padded, format="%Y-%m-%dT%H:%M:%S%z", unit="us")
        return pc.cast(pc.replace_substring_regex(text, r"[+-]\d{4}$", ""), pa.timestamp("us"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)
