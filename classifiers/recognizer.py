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

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

    from inventory.model import DatasetSample, FieldSample


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


def as_text(values: pa.Array) -> pa.Array:
    """The values as strings, for regexes (numbers print as they would in a CSV)."""
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        return values
    if pa.types.is_dictionary(values.type):
        return as_text(values.dictionary_decode())
    return pc.cast(values, pa.string())


def is_numeric(values: pa.Array) -> bool:
    return pa.types.is_integer(values.type) or pa.types.is_floating(values.type) or pa.types.is_decimal(values.type)


class FieldRecognizer:
    """Base class. Subclasses set the class attributes and, at most, override `validate`."""

    entity: ClassVar[str] = ""
    #: name phrases that name this entity outright
    names: ClassVar[tuple[str, ...]] = ()
    #: phrases that name it only with support from the values or the context (`model`)
    weak_names: ClassVar[tuple[str, ...]] = ()
    #: own-name tokens that rule a name match out (`ip` in `ship_to`... never, but `version`)
    negative_names: ClassVar[tuple[str, ...]] = ()
    patterns: ClassVar[tuple[ValuePattern, ...]] = ()
    context: ClassVar[tuple[str, ...]] = ()
    #: can the values alone decide the field (a UUID shape cannot; an IPv4 address can)?
    value_alone: ClassVar[bool] = True
    name_score: ClassVar[float] = 0.7
    weak_name_score: ClassVar[float] = 0.35
    #: share of sampled values that must match before the values count as a signal
    min_ratio: ClassVar[float] = 0.6
    #: when the name matches but no value has the expected form, is that a contradiction?
    values_required: ClassVar[bool] = True

    def __init__(self) -> None:
        self._names = tuple(phrase(p) for p in self.names)
        self._weak = tuple(phrase(p) for p in self.weak_names)
        self._negative = frozenset(t for p in self.negative_names for t in phrase(p))

    # -- the one hook -------------------------------------------------------------------
    def validate(self, candidates: pa.Array) -> pa.Array | None:
        """A boolean mask over pattern candidates (strings); None when there is no validator."""
        return None

    # -- signals ------------------------------------------------------------------------
    def name_signal(self, name: NameTokens) -> Signal | None:
        """How strongly the field's name says this entity."""
        if self._negative & set(name.own):
            return None
        for words in self._names:
            if contains_phrase(name.own, words) or (len(words) > 1 and name.joined() == "".join(words)):
                return Signal("name", f"name '{name.raw}' has '{' '.join(words)}'", self.name_score)
        for words in self._weak:
            if contains_phrase(name.own, words):
                return Signal("name", f"name '{name.raw}' has '{' '.join(words)}' (weak)", self.weak_name_score)
        for words in self._names:
            if contains_phrase(name.parent, words):
                return Signal("name", f"parent path of '{name.raw}' has '{' '.join(words)}'", self.weak_name_score)
        return None

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """The best pattern's match ratio over the sample, after validation."""
        if not self.patterns or len(sample.values) == 0:
            return None
        text = as_text(sample.values)
        best: Signal | None = None
        for pattern in self.patterns:
            mask = pc.match_substring_regex(text, pattern.anchored)
            hits = pc.sum(mask).as_py() or 0
            if hits == 0:
                continue
            detail = f"pattern '{pattern.name}'"
            verdict = self.validate(pc.filter(text, mask))
            if verdict is not None:
                valid = pc.sum(verdict).as_py() or 0
                detail += f", validator accepted {valid}/{hits}"
                hits = valid
            ratio = hits / len(text)
            if ratio < self.min_ratio:
                continue
            signal = Signal("value", detail, round(pattern.score * _ratio_weight(ratio, self.min_ratio), 4), round(ratio, 4))
            if best is None or signal.score > best.score:
                best = signal
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
        if self.validate is FieldRecognizer.validate or not pc.any(mask).as_py():
            return mask
        verdict = self.validate(pc.filter(text, mask))
        if verdict is None:
            return mask
        # scatter the verdict back over the candidates' positions
        positions = pc.indices_nonzero(mask)
        full = [False] * len(text)
        for index, ok in zip(positions.to_pylist(), verdict.to_pylist()):
            full[index] = bool(ok)
        return pa.array(full)

    # -- free text ------------------------------------------------------------------------
    def presidio(self) -> EntityRecognizer | None:
        """The same patterns and validator as a Presidio recognizer for free text."""
        if not self.patterns:
            return None
        from classifiers.presidio_bridge import pattern_recognizer

        return pattern_recognizer(self)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.entity}>"


def _ratio_weight(ratio: float, floor: float) -> float:
    """Scale a pattern score by how much of the sample matched: full at 100%, 0.6 at the floor."""
    if ratio >= 1.0:
        return 1.0
    span = 1.0 - floor
    return 0.6 + 0.4 * ((ratio - floor) / span if span > 0 else 1.0)
