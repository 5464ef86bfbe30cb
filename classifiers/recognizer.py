"""The field recognizer: one definition, run over whole columns and over free text.

A concrete recognizer is mostly data, as in presidio-analyzer:

- `entity`: the technical entity type it detects (IP_ADDRESS, IDFA, GPS_COORDINATE...);
  the policy, not the recognizer, maps it to a category.
- `names`: field-name phrases that say "this is my entity" (`"ip address"`, `"remote addr"`).
- `patterns`: value regexes in RE2 syntax, each with a name and a score, matched against the
  *whole* value; run vectorised over the sample with pyarrow.compute (RE2 under the hood).
- `context`: words that, near a value in free text, raise its score (Presidio context).
- `validate`: at most one hook, called on the pattern candidates only (checksum, parser,
  range). It returns a boolean mask over the candidates.

The meaning of the verdict is written once, here: a candidate counts as a match when a
pattern matched it and, if the recognizer has a validator, the validator returned True.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import pyarrow as pa
import pyarrow.compute as pc

from classifiers.evidence import Signal
from classifiers.names import NameTokens, contains_phrase, phrase
from classifiers.vocab import in_vocabulary

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

    from datamap.model import DatasetSample, FieldSample


#: a letter of the common scripts (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, CJK,
#: Hangul), for use inside a character class: RE2 reads `\w` and `\W` as ASCII only, and Python's
#: `re` has no `\p{L}`, so the characters themselves are spelled out (not escapes)
LETTER = ("A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u06FF\u0900-\u097F\u0E00-\u0E7F"
          "\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF")


@dataclass(frozen=True)
class ValuePattern:
    """A named value regex (RE2 syntax, full-value match) and the score a match earns."""

    name: str
    regex: str
    score: float

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"pattern {self.name!r}: score {self.score} is outside [0, 1]")
        re.compile(self.regex)  # fail at definition, not mid-scan

    @property
    def anchored(self) -> str:
        return f"^(?:{self.regex})$"


@dataclass(frozen=True)
class VocabularyMatch:
    """A named vocabulary (classifiers/vocab/<vocabulary>.txt) and the score a member earns.

    Whole values are looked up case-insensitively; the validator does not apply (an entry of
    a curated list is valid by construction).
    """

    name: str
    vocabulary: str
    score: float
    #: also accept values whose first one or two words are an entry (`T-Mobile US`)
    leading_words: bool = False

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"vocabulary {self.name!r}: score {self.score} is outside [0, 1]")


def as_text(values: pa.Array) -> pa.Array:
    """The values as strings, for regexes (numbers print as they would in a CSV)."""
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        return values
    # every recognizer asks for the same field's text in turn: cast it once
    if _last_cast[0] is values:
        return _last_cast[1]
    text = as_text(values.dictionary_decode()) if pa.types.is_dictionary(values.type) else pc.cast(values, pa.string())
    _last_cast[:] = [values, text]
    return text


#: the last array cast by as_text and its text (the array is held, so its identity stays valid)
_last_cast: list = [None, None]


#: values that stand for "no value" in exports and logs (compared lower-cased and trimmed)
PLACEHOLDERS = pa.array(["", "-", "--", "—", "?", "??", "null", "(null)", "none", "(none)", "nil", "n/a", "na",
                         "unknown", "(unknown)", "undefined", "not set", "(not set)", "unset", "empty"], pa.string())


def informative(text: pa.Array) -> pa.Array:
    """The values that are not placeholders for a missing value."""
    normal = pc.utf8_lower(pc.utf8_trim_whitespace(text))
    return pc.filter(text, pc.invert(pc.fill_null(pc.is_in(normal, value_set=PLACEHOLDERS), True)))


def is_numeric(values: pa.Array) -> bool:
    return pa.types.is_integer(values.type) or pa.types.is_floating(values.type) or pa.types.is_decimal(values.type)


class FieldRecognizer:
    """Base class. Subclasses set the class attributes and, at most, override `validate`."""

    entity: ClassVar[str] = ""
    #: name phrases that name this entity outright
    names: ClassVar[tuple[str, ...]] = ()
    #: phrases that name it only with support from the values or the context (`model`)
    weak_names: ClassVar[tuple[str, ...]] = ()
    #: own-name phrases that rule a name match out (`version` in `ip_version`, `data volume`)
    negative_names: ClassVar[tuple[str, ...]] = ()
    patterns: ClassVar[tuple[ValuePattern, ...]] = ()
    vocabularies: ClassVar[tuple[VocabularyMatch, ...]] = ()
    context: ClassVar[tuple[str, ...]] = ()
    #: can the values alone decide the field (a UUID shape cannot; an IPv4 address can)?
    value_alone: ClassVar[bool] = True
    name_score: ClassVar[float] = 0.7
    weak_name_score: ClassVar[float] = 0.35
    #: share of sampled values that must match before the values count as a signal
    min_ratio: ClassVar[float] = 0.6
    #: the entity has one universal format (an IPv4 address, a MAC, a card number): values of
    #: another form flatly contradict a name. False for open-world things (names of places and
    #: devices in any language, phone and date formats of every country), where values the
    #: patterns do not know weaken a name less.
    closed_format: ClassVar[bool] = False
    #: when the name matches but no value has the expected form, is that a contradiction?
    values_required: ClassVar[bool] = True
    #: do values of the right form that fail validation still leave the name standing? (test
    #: card numbers fail Luhn but are still card numbers; an age of 150 is no age at all)
    shape_suffices: ClassVar[bool] = False
    #: does a name phrase in the enclosing path count (`battery.level`)? Not for words that
    #: also name programs and loggers (`ActivityManager.act` is no activity of a user)
    parent_names: ClassVar[bool] = True
    #: does a negative name rule the values out too, not just the name? (an `error_message`
    #: column reads like prose, but a program wrote it)
    negative_vetoes: ClassVar[bool] = False

    def __init__(self) -> None:
        self._names = tuple(phrase(p) for p in self.names)
        self._weak = tuple(phrase(p) for p in self.weak_names)
        self._negative = tuple(phrase(p) for p in self.negative_names)
        # every token any phrase starts with, and compact spellings: most names share none,
        # and this set lets name_signal say so without walking every phrase
        self._first_tokens = frozenset(w[0] for w in self._names + self._weak if w)
        self._compact = frozenset("".join(w) for w in self._names if len(w) > 1)
        self._any_pattern = "|".join(p.anchored for p in self.patterns)

    # -- the one hook -------------------------------------------------------------------
    def validate(self, candidates: pa.Array) -> pa.Array | None:
        """A boolean mask over pattern candidates (strings); None when there is no validator."""
        return None

    # -- signals ------------------------------------------------------------------------
    def vetoed(self, name: NameTokens) -> bool:
        """True when a negative phrase stands in the field's own name."""
        return any(contains_phrase(name.own, words) for words in self._negative)

    def name_signal(self, name: NameTokens) -> Signal | None:
        """How strongly the field's name says this entity."""
        # `phone2`, `street1`, `address_line1`: a trailing number tells copies apart, not meanings
        # (words of three letters or more: `h264`, `p95` or `s3` are not `h`, `p` or `s`)
        own = tuple(_strip_number(t) for t in name.own)
        if (self._first_tokens.isdisjoint(name.own) and self._first_tokens.isdisjoint(own)
                and self._first_tokens.isdisjoint(name.parent) and name.joined() not in self._compact):
            return None
        if self.vetoed(name):
            return None
        for words in self._names:
            if (contains_phrase(name.own, words) or contains_phrase(own, words)
                    or (len(words) > 1 and name.joined() == "".join(words))):
                return Signal("name", f"name '{name.raw}' has '{' '.join(words)}'", self.name_score)
        # `user.id`, `device.id`: the phrase runs from the enclosing object into the own name
        tail = name.parent[-1:] + name.own
        for words in self._names:
            if len(words) > 1 and len(words) <= len(tail) and tail[-len(words):] == words:
                return Signal("name", f"path '{name.raw}' ends in '{' '.join(words)}'", self.name_score)
        for words in self._weak:
            if contains_phrase(name.own, words):
                return Signal("name", f"name '{name.raw}' has '{' '.join(words)}' (weak)", self.weak_name_score)
        for words in self._names if self.parent_names else ():
            if contains_phrase(name.parent, words):
                return Signal("name", f"parent path of '{name.raw}' has '{' '.join(words)}'", self.weak_name_score)
        return None

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """The best pattern's match ratio over the sample, after validation.

        When no single pattern covers enough of the sample but several together do (IPv4
        beside IPv6, Android IDs beside IDFVs), their union counts, scored by the hit-weighted
        mean of their pattern scores. Placeholders (`-`, `n/a`, `(not set)`) are left out of
        the ratio: an access log's `-` says nothing about the agents around it.
        """
        if not (self.patterns or self.vocabularies) or len(sample.values) == 0:
            return None
        text = informative(as_text(sample.values))
        if len(text) == 0:
            return None
        best = self._vocabulary_signal(text)
        if len(self.patterns) > 1 and not pc.any(pc.match_substring_regex(text, self._any_pattern)).as_py():
            return best  # one pass rules all patterns out, as it does for most fields
        union = None
        hit_patterns: list[tuple[ValuePattern, int]] = []
        for pattern in self.patterns:
            mask = pc.match_substring_regex(text, pattern.anchored)
            hits = pc.sum(mask).as_py() or 0
            if hits == 0:
                continue
            hit_patterns.append((pattern, hits))
            union = mask if union is None else pc.or_(union, mask)
            signal = self._ratio_signal(f"pattern '{pattern.name}'", text, mask, hits, pattern.score)
            if signal is not None and (best is None or signal.score > best.score):
                best = signal
        if len(hit_patterns) > 1 and (best is None or (best.match_ratio or 0) < 1.0):
            hits = pc.sum(union).as_py() or 0
            score = sum(p.score * n for p, n in hit_patterns) / sum(n for _, n in hit_patterns)
            names = "+".join(f"'{p.name}'" for p, _ in hit_patterns)
            signal = self._ratio_signal(f"patterns {names}", text, union, hits, score)
            if signal is not None and (best is None or signal.score > best.score):
                best = signal
        return best

    def _ratio_signal(self, detail: str, text: pa.Array, mask: pa.Array, hits: int, score: float) -> Signal | None:
        """A value signal for the candidates in `mask`, after the validator, if enough match."""
        verdict = self.validate(pc.filter(text, mask))
        if verdict is not None:
            valid = pc.sum(verdict).as_py() or 0
            detail += f", validator accepted {valid}/{hits}"
            hits = valid
        ratio = hits / len(text)
        if ratio < self.min_ratio:
            return None
        return Signal("value", detail, round(score * _ratio_weight(ratio, self.min_ratio), 4), round(ratio, 4))

    def _vocabulary_signal(self, text: pa.Array) -> Signal | None:
        best: Signal | None = None
        for vocabulary in self.vocabularies:
            hits = pc.sum(in_vocabulary(text, vocabulary.vocabulary, vocabulary.leading_words)).as_py() or 0
            ratio = hits / len(text)
            if hits == 0 or ratio < self.min_ratio:
                continue
            score = round(vocabulary.score * _ratio_weight(ratio, self.min_ratio), 4)
            if best is None or score > best.score:
                best = Signal("value", f"vocabulary '{vocabulary.name}'", score, round(ratio, 4))
        return best

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """Evidence from sibling or parent fields (latitude beside longitude); none by default."""
        return None

    def matches(self, values: pa.Array) -> pa.Array:
        """Boolean mask of the values that match a pattern and pass validation."""
        text = as_text(values)
        mask = pa.array([False] * len(text))
        for pattern in self.patterns:
            mask = pc.or_(mask, pc.match_substring_regex(text, pattern.anchored))
        known = pa.array([False] * len(text))
        for vocabulary in self.vocabularies:
            known = pc.or_(known, in_vocabulary(text, vocabulary.vocabulary, vocabulary.leading_words))
        if self.validate is FieldRecognizer.validate or not pc.any(mask).as_py():
            return pc.or_(mask, known)
        verdict = self.validate(pc.filter(text, mask))
        if verdict is None:
            return pc.or_(mask, known)
        # scatter the verdict back over the candidates' positions
        positions = pc.indices_nonzero(mask)
        full = [False] * len(text)
        for index, ok in zip(positions.to_pylist(), verdict.to_pylist()):
            full[index] = bool(ok)
        return pc.or_(pa.array(full), known)

    # -- free text ------------------------------------------------------------------------
    def presidio(self) -> EntityRecognizer | None:
        """The same patterns and validator as a Presidio recognizer for free text."""
        if not self.patterns:
            return None
        from classifiers.presidio_bridge import pattern_recognizer

        return pattern_recognizer(self)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.entity}>"


def _strip_number(token: str) -> str:
    word = token.rstrip("0123456789")
    return word if len(word) >= 3 else token


def _ratio_weight(ratio: float, floor: float) -> float:
    """Scale a pattern score by how much of the sample matched: full at 100%, 0.6 at the floor."""
    if ratio >= 1.0:
        return 1.0
    span = 1.0 - floor
    return 0.6 + 0.4 * ((ratio - floor) / span if span > 0 else 1.0)
