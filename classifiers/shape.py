"""Cheap shape profiles: which values could a set of regexes possibly match?

A value's *signature* is the set of character classes it contains (digits, hex and other
letters by case, blanks, each ASCII punctuation mark, anything non-ASCII), computed for a
whole column at once over its UTF-8 bytes with numpy. A regex's `Shape` is read from the
regex itself (Python's own parser, `re._parser`): the classes any match may contain, the
classes every match must contain (an `@`, a `:`) and the lengths a match may have.

A value whose signature holds a class the shape does not allow, lacks one it requires, or
whose length is out of range cannot match: most recognizers are ruled out for most columns
this way without one regex pass. The shape is an over-approximation (anything the walk does
not understand allows everything), so ruling out is exact and never changes a verdict.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

DIGIT, UPPER_HEX, UPPER, LOWER_HEX, LOWER, BLANK, CONTROL, NON_ASCII = (1 << i for i in range(8))
_PUNCT_BIT = {ch: 1 << (8 + i) for i, ch in enumerate(string.punctuation)}
LETTERS = UPPER_HEX | UPPER | LOWER_HEX | LOWER
EVERYTHING = (1 << (8 + len(string.punctuation))) - 1
_BLANKS = " \t\n\v\f\r"
#: any length: the widest match Python's parser reports for unbounded repeats
UNBOUNDED = 1 << 62


def char_class(code: int) -> int:
    """The class bit of one character (by code point)."""
    if code >= 128:
        return NON_ASCII
    ch = chr(code)
    if ch.isdigit():
        return DIGIT
    if "A" <= ch <= "F":
        return UPPER_HEX
    if "G" <= ch <= "Z":
        return UPPER
    if "a" <= ch <= "f":
        return LOWER_HEX
    if "g" <= ch <= "z":
        return LOWER
    if ch in _BLANKS:
        return BLANK
    if ch in _PUNCT_BIT:
        return _PUNCT_BIT[ch]
    return CONTROL


def char_bits(chars: str) -> int:
    """The class bits of these characters together (for a hand-written `Shape`)."""
    bits = 0
    for ch in chars:
        bits |= char_class(ord(ch))
    return bits


#: the class bit of every byte of UTF-8 text (bytes >= 0x80 belong to non-ASCII characters)
_BYTE_CLASS = np.array([char_class(b) for b in range(256)], dtype=np.uint64)


def signatures(text: pa.Array) -> np.ndarray:
    """The class signature (uint64 bit set) of every value of a string array; 0 for null/empty."""
    if pa.types.is_large_string(text.type):
        offsets = np.frombuffer(text.buffers()[1], dtype=np.int64)
    else:
        offsets = np.frombuffer(text.buffers()[1], dtype=np.int32)
    offsets = offsets[text.offset:text.offset + len(text) + 1].astype(np.int64)
    if len(text) == 0:
        return np.zeros(0, dtype=np.uint64)
    data = text.buffers()[2]
    raw = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, dtype=np.uint8)
    first = int(offsets[0])
    classes = np.append(_BYTE_CLASS[raw[first:int(offsets[-1])]], np.uint64(0))
    sig = np.bitwise_or.reduceat(classes, offsets[:-1] - first)
    sig[offsets[1:] == offsets[:-1]] = 0  # reduceat reads one element for an empty segment
    return sig


@dataclass(frozen=True)
class Shape:
    """What any match of a regex (or of any of several) may look like."""

    allowed: int = EVERYTHING  # classes a match may contain
    required: int = 0  # classes every match contains
    min_length: int = 0
    max_length: int = UNBOUNDED

    def union(self, other: Shape) -> Shape:
        return Shape(self.allowed | other.allowed, self.required & other.required,
                     min(self.min_length, other.min_length), max(self.max_length, other.max_length))

    def admits(self, signature: int, min_length: int, max_length: int) -> bool:
        """Could some value of this signature with a length in [min_length, max_length] match?"""
        return (not signature & ~self.allowed and signature & self.required == self.required
                and max_length >= self.min_length and min_length <= self.max_length)

    def admits_each(self, sigs: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Boolean mask of the values (signature, length) that could match."""
        sigs = sigs.astype(np.uint64)
        return (((sigs & np.uint64(~self.allowed & EVERYTHING)) == 0)
                & ((sigs & np.uint64(self.required)) == np.uint64(self.required))
                & (lengths >= self.min_length) & (lengths <= self.max_length))


@lru_cache(maxsize=4096)
def regex_shape(regex: str) -> Shape:
    """The shape of a full-value match of `regex` (RE2 syntax that Python's parser reads alike)."""
    if "[:" in regex or "\\p" in regex or "\\P" in regex:
        return Shape()  # POSIX or Unicode classes Python reads differently: allow everything
    try:
        parsed = _parser.parse(regex)
    except (re.error, OverflowError):
        return Shape()
    low, high = parsed.getwidth()
    ignore = bool(parsed.state.flags & re.IGNORECASE)
    allowed, required = _walk(list(parsed), ignore)
    return Shape(allowed, required, int(low), int(min(high, UNBOUNDED)))


def patterns_shape(regexes: list[str]) -> Shape | None:
    """The union of the shapes of several regexes (None for none)."""
    shape: Shape | None = None
    for regex in regexes:
        one = regex_shape(regex)
        shape = one if shape is None else shape.union(one)
    return shape


def _casefold(mask: int, ignore: bool) -> int:
    # (?i) letters match both cases and a few non-ASCII characters (the Kelvin sign, long s)
    if ignore and mask & (LETTERS | NON_ASCII):
        return mask | LETTERS | NON_ASCII
    return mask


def _set_classes(items: list, ignore: bool) -> int:
    """Classes of a character set `[...]`."""
    mask = 0
    for op, av in items:
        if op is _c.NEGATE:
            return EVERYTHING
        if op is _c.LITERAL:
            mask |= char_class(av)
        elif op is _c.RANGE:
            lo, hi = av
            mask |= NON_ASCII if hi >= 128 else 0
            for code in range(lo, min(hi, 127) + 1):
                mask |= char_class(code)
        elif op is _c.CATEGORY:
            mask |= _CATEGORIES.get(av, EVERYTHING)
        else:
            return EVERYTHING
    return _casefold(mask, ignore)


#: RE2 reads `\d`, `\s` and `\w` as ASCII classes (Python's parser reads them as Unicode ones)
_CATEGORIES = {
    _c.CATEGORY_DIGIT: DIGIT,
    _c.CATEGORY_SPACE: BLANK,
    _c.CATEGORY_WORD: DIGIT | LETTERS | _PUNCT_BIT["_"],
}


def _walk(items: list, ignore: bool) -> tuple[int, int]:
    """(allowed, required) classes of a sequence of parsed items."""
    allowed = required = 0
    for op, av in items:
        if op is _c.LITERAL:
            bit = char_class(av)
            allowed |= _casefold(bit, ignore)
            required |= bit if not (ignore and bit & (LETTERS | NON_ASCII)) else 0
        elif op is _c.IN:
            mask = _set_classes(av, ignore)
            allowed |= mask
            required |= mask if _single_bit(mask) else 0
        elif op is _c.ANY or op is _c.NOT_LITERAL:
            allowed = EVERYTHING
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            a, r = _walk(list(sub), ignore)
            allowed |= a
            required |= r if low >= 1 else 0
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            inner = (ignore or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            a, r = _walk(list(sub), inner)
            allowed |= a
            required |= r
        elif op is _c.BRANCH:
            branches = [_walk(list(b), ignore) for b in av[1]]
            for a, _ in branches:
                allowed |= a
            common = EVERYTHING
            for _, r in branches:
                common &= r
            required |= common
        elif op is _c.AT:
            continue
        else:  # back-references, look-arounds, conditionals: RE2 has none; allow anything
            return EVERYTHING, 0
    return allowed, required


def _single_bit(mask: int) -> bool:
    return mask != 0 and mask & (mask - 1) == 0


def char_lengths(text: pa.Array) -> np.ndarray:
    """The length in characters of every value of a string array; 0 for null, as its signature is."""
    return pc.utf8_length(text).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)


def could_match(text: pa.Array, regex: str) -> int:
    """An upper bound on how many values of a string array `regex` (anchored at both ends,
    `^...$`) matches, from their shapes alone: a check whose answer is too low for the
    caller's share rules the regex pass out before it is compiled."""
    return TextShapes.of(text).could_match(regex)


@dataclass(frozen=True)
class TextShapes:
    """The signatures and lengths of a string array's values, read once for a caller that
    bounds several regexes over the same values (`could_match` reads them on every call)."""

    signatures: np.ndarray
    lengths: np.ndarray
    #: how many values each (signature, length) stands for; None: one each
    counts: np.ndarray | None = None

    @classmethod
    def of(cls, text: pa.Array) -> TextShapes:
        if len(text) == 0:
            return cls(np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64))
        return cls(signatures(text), char_lengths(text))

    @classmethod
    def counted(cls, distinct: pa.Array, counts: np.ndarray, nulls: int) -> TextShapes:
        """The shapes of a string array given as its distinct non-null values, how often each
        occurs, and how many nulls it holds: the same bounds as `of` over the array itself, read
        from the distinct values only (a column of statuses holds a handful)."""
        sigs, lengths = (signatures(distinct), char_lengths(distinct)) if len(distinct) else (
            np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64))
        return cls.from_distinct(sigs, lengths, counts, nulls)

    @classmethod
    def from_distinct(cls, sigs: np.ndarray, lengths: np.ndarray, counts: np.ndarray, nulls: int) -> TextShapes:
        """`counted`, given the distinct values' signatures and lengths already read."""
        if nulls:  # a null's signature and length are 0, as `of` reads them
            sigs, lengths = np.append(sigs, np.uint64(0)), np.append(lengths, 0)
            counts = np.append(counts, nulls)
        return cls(sigs, lengths, counts)

    def could_match(self, regex: str) -> int:
        """`could_match` over these values."""
        if not (regex.startswith("^") and regex.endswith("$")):
            raise ValueError(f"could_match needs a regex anchored at both ends: {regex!r}")
        if len(self.signatures) == 0:
            return 0
        return self.how_many(regex_shape(regex).admits_each(self.signatures, self.lengths))

    def how_many(self, mask: np.ndarray) -> int:
        """How many values (counting repeats) a boolean mask over `signatures` selects."""
        if self.counts is None:
            return int(np.count_nonzero(mask))
        return int(self.counts[mask].sum())


class ShapeSet:
    """The shapes asked about so far, as arrays: how many of a field's values each one could
    match is one matrix operation over the field's signature groups, not a loop per shape."""

    def __init__(self) -> None:
        self.index: dict[Shape, int] = {}
        #: id of a shape object asked before -> (that object, its position): shapes are asked by
        #: the same few objects field after field, and a dataclass's hash is computed on each ask
        self._by_id: dict[int, tuple[Shape, int]] = {}
        self._arrays: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def add(self, shape: Shape) -> int:
        """The position of `shape` among the set's shapes (added if new)."""
        known = self._by_id.get(id(shape))
        if known is not None and known[0] is shape:  # (the object itself, not one at a reused id)
            return known[1]
        found = self.index.get(shape)
        if found is None:
            found = self.index[shape] = len(self.index)
            self._arrays = None
        if len(self._by_id) < 4 * 4096:
            self._by_id[id(shape)] = (shape, found)
        return found

    def counts(self, signatures: np.ndarray, counts: np.ndarray, min_lengths: np.ndarray,
               max_lengths: np.ndarray) -> np.ndarray:
        """For every shape of the set (by position), how many values could match it, given
        groups of values: one signature each, how many values and their length range."""
        if self._arrays is None:
            shapes = list(self.index)  # in insertion order, that is by position
            self._arrays = (np.array([~s.allowed & EVERYTHING for s in shapes], dtype=np.uint64),
                            np.array([s.required for s in shapes], dtype=np.uint64),
                            np.array([s.min_length for s in shapes], dtype=np.int64),
                            np.array([s.max_length for s in shapes], dtype=np.int64))
        forbidden, required, low, high = self._arrays
        sigs = signatures.astype(np.uint64)[None, :]
        admits = (((sigs & forbidden[:, None]) == 0) & ((sigs & required[:, None]) == required[:, None])
                  & (max_lengths[None, :] >= low[:, None]) & (min_lengths[None, :] <= high[:, None]))
        return admits.astype(np.int64) @ counts.astype(np.int64)
