"""Regex matching over Arrow arrays that compiles each regex once per process when that pays.

`pyarrow.compute.match_substring_regex` and `extract_regex` compile their RE2 regex on every
call. For most regexes that costs a few microseconds, but a Unicode class (`\\pL`, `[一-鿿]`)
or a long alternation costs 0.5 to 8 ms, far more than matching a field's sample: a validator
that reads a handful of candidates per field, or a context helper asked about every column,
paid that on each call.

`match` and `extract` give exactly what the pyarrow functions give (same RE2 engine, same
options: UTF-8, case-sensitive, leftmost-first; nulls in, nulls out). A regex is compiled
once with google-re2 (a declared dependency, through `ua-parser[re2]`) and timed; a call
then runs on that compiled regex, one value at a time, when its values are so few that
matching them one by one costs less than pyarrow compiling the regex again
(`PER_VALUE` seconds a value); larger calls go to pyarrow. Either way the verdicts are the
same (tests/classifiers/test_rx.py compares both paths over every recognizer's patterns).
"""
from __future__ import annotations

import time
from contextvars import ContextVar

import pyarrow as pa
import pyarrow.compute as pc
import re2

#: seconds to match one value through the compiled regex from Python, less pyarrow's own
#: cost per value. Session 21 timed both paths on every call a classification of the
#: 100-table warehouse's samples makes (5,506 calls; docs/scale.md, session 21):
#: Python's loop costs about 1.8-2 microseconds a value (decoding it from Arrow, encoding
#: it for RE2, the call), pyarrow's next to nothing past its compile. At 0.5 microseconds,
#: the figure session 8 assumed, half the calls ran in Python at up to four times
#: pyarrow's cost; at 2 the regex calls took 22 % less CPU (2.06 -> 1.61 s in that run).
PER_VALUE = 2e-6
#: compiled regexes kept (patterns are the recognizers' own and their helpers': a few hundred)
CACHED = 4096
#: a call on this many values or more first looks for repeats (statuses, currencies, flags):
#: when the distinct values are at most `DISTINCT_SHARE` of them, only those are matched
DEDUPLICATE_FROM = 64
DISTINCT_SHARE = 0.5

_RE2 = re2._re2.RE2
_UNANCHORED = _RE2.Anchor.UNANCHORED


class _Compiled:
    """A regex compiled by google-re2, what compiling it cost, and its named groups."""

    __slots__ = ("regex", "seconds", "groups")

    def __init__(self, pattern: str, capture: bool) -> None:
        options = re2.Options()
        options.log_errors = False
        options.never_capture = not capture
        started = time.perf_counter()
        self.regex = _RE2(pattern.encode(), options)
        self.regex.Match(_UNANCHORED, b"", 0, 0)  # builds its first DFA states, as a pyarrow call would
        self.seconds = time.perf_counter() - started
        if not self.regex.ok():
            raise ValueError(f"invalid regex {pattern!r}: {self.regex.error()}")
        #: named group -> its index, in the order of the groups (pyarrow's struct fields)
        self.groups = dict((name.decode(), index) for name, index in sorted(
            self.regex.NamedCapturingGroups() if capture else [], key=lambda pair: pair[1]))
        if capture and len(self.groups) != self.regex.NumberOfCapturingGroups():
            raise ValueError("pyarrow extracts named groups only: it rejects this regex itself")


_compiled: dict[tuple[str, bool], _Compiled | None] = {}

#: set while the values every `match` call is given are known to be distinct (see `distinct_values`)
_DISTINCT: ContextVar[bool] = ContextVar("rx_distinct", default=False)


class distinct_values:  # noqa: N801 (used as a function: `with rx.distinct_values():`)
    """Within this block, `match` takes its values as distinct (`distinct=True`): no pass looks
    for repeats. For a caller that hands distinct values to code it does not own (a validator's
    candidates are a field's distinct values, and the validator's own regex calls would
    dictionary-encode them to find none). The verdicts are the same either way."""

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _DISTINCT.set(True)

    def __exit__(self, *exc: object) -> None:
        _DISTINCT.reset(self._token)


def _cheap(values: pa.Array, pattern: str, capture: bool) -> _Compiled | None:
    """The compiled regex when matching `values` one by one costs less than a pyarrow call;
    None otherwise (or for a regex google-re2 rejects: pyarrow then gives its own error)."""
    key = (pattern, capture)
    found = _compiled.get(key, False)
    if found is False:
        if len(_compiled) >= CACHED:
            _compiled.clear()
        try:
            found = _Compiled(pattern, capture)
        except ValueError:
            found = None
        _compiled[key] = found
    if found is None or len(values) * PER_VALUE >= found.seconds:
        return None
    return found


def _is_text(values: pa.Array) -> bool:
    return isinstance(values, pa.Array) and (pa.types.is_string(values.type) or pa.types.is_large_string(values.type))


def match(values: pa.Array, pattern: str, *, distinct: bool = False) -> pa.Array:
    """`pc.match_substring_regex(values, pattern)`: True where `pattern` matches in the value.
    `distinct`: the values are known to be distinct (no repeats worth looking for)."""
    if not distinct and len(values) >= DEDUPLICATE_FROM and _is_text(values) and not _DISTINCT.get():
        encoded = pc.dictionary_encode(values)
        if len(encoded.dictionary) <= DISTINCT_SHARE * len(values):
            # each distinct value matched once, the verdicts spread back (a null stays null)
            return pc.take(match(encoded.dictionary, pattern, distinct=True), encoded.indices)
    compiled = _cheap(values, pattern, False) if _is_text(values) else None
    if compiled is None:
        return pc.match_substring_regex(values, pattern)
    run = compiled.regex.Match
    if values.null_count:
        found = [None if text is None else run(_UNANCHORED, text, 0, len(text))[0][0] >= 0
                 for text in _utf8(values)]
    else:
        found = [run(_UNANCHORED, text, 0, len(text))[0][0] >= 0 for text in _utf8(values)]
    return pa.array(found, pa.bool_())


def _utf8(values: pa.Array) -> list[bytes | None]:
    """The texts' UTF-8 bytes as RE2 reads them: the Arrow buffers read as binary (no copy),
    not decoded to Python strings and encoded back, one value at a time."""
    return values.view(pa.binary() if pa.types.is_string(values.type) else pa.large_binary()).to_pylist()


def extract(values: pa.Array, pattern: str) -> pa.StructArray:
    """`pc.extract_regex(values, pattern)`: a struct of the named groups' texts; null where the
    value is null or does not match, and `""` for a group that took no part in the match."""
    compiled = _cheap(values, pattern, True) if _is_text(values) else None
    if compiled is None:
        return pc.extract_regex(values, pattern)
    run = compiled.regex.Match
    names, indexes = list(compiled.groups), list(compiled.groups.values())
    columns: list[list[str]] = [[] for _ in names]
    missing = []
    for encoded in _utf8(values):
        spans = None
        if encoded is not None:
            spans = run(_UNANCHORED, encoded, 0, len(encoded))
            if spans[0][0] < 0:
                spans = None
        missing.append(spans is None)
        for column, index in zip(columns, indexes):
            if spans is None or spans[index][0] < 0:
                column.append("")
            else:
                start, end = spans[index]
                column.append(encoded[start:end].decode())
    arrays = [pa.array(column, values.type) for column in columns]
    return pa.StructArray.from_arrays(arrays, names=names, mask=pa.array(missing, pa.bool_()))
