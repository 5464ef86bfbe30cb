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
from collections.abc import Hashable
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.fieldview import (
    PLACEHOLDERS,
    Distinct,
    FieldView,
    as_mask,
    as_text,
    informative,
    regex_key,
    vocabulary_key,
)
from classifiers.names import NameTokens, contains_phrase, phrase, tokenize
from classifiers.shape import patterns_shape
from classifiers.vocab import in_vocabulary

if TYPE_CHECKING:
    from datamap.model import DatasetSample, FieldSample

__all__ = ["LETTER", "PLACEHOLDERS", "FieldRecognizer", "ValuePattern", "VocabularyMatch", "as_text", "informative",
           "is_numeric"]


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


def is_numeric(values: pa.Array) -> bool:
    return pa.types.is_integer(values.type) or pa.types.is_floating(values.type) or pa.types.is_decimal(values.type)


#: head nouns of a property of something (the last word of `email_language`, `phone_format`,
#: `address_locale`): such a name holds the property, not the thing its first words name
PROPERTY_HEADS = frozenset({"language", "locale", "format", "frequency", "preference", "preferences", "encoding",
                            # a view's layout of the named things (Review Board's `review_request_columns`,
                            # `sort_dashboard_columns`): which columns to show, a setting of the page
                            "columns", "column", "layout", "settings", "options",
                            "charset", "template", "consent", "visibility",
                            # how big or how many (`ROM Size`, `name_length`, `email_count`): a
                            # measure of the things, not one of them
                            "size", "sizes", "length", "count",
                            # how it is drawn (Reddit's `author_flair_text_color`: `dark`), not the text
                            "color", "colour"})
#: the words that end a key: `homeId`, `plan_uuid` inside a person's object are the keys of a
#: home, a plan
FOREIGN_KEY_WORDS = frozenset({"id", "uuid", "guid", "key"})
#: the word after which a name holds the owner of what the words before it name (`IpOwnerId`,
#: `device_owner`, `FileOwner`: an account, not the address, device or file)
OWNER = "owner"
#: distinct candidates given to a validator in its first call (each next call doubles it)
VALIDATE_FIRST = 32
#: a recognizer remembers up to this many validator verdicts and name signals (the same
#: values and column names recur across the tables of a warehouse); then it starts afresh
REMEMBERED = 50_000
#: `_validate_counted`'s answer when too few candidates can pass for any signal
_HOPELESS = -1


class FieldRecognizer:
    """Base class. Subclasses set the class attributes and, at most, override `validate`."""

    entity: ClassVar[str] = ""
    #: name phrases that name this entity outright
    names: ClassVar[tuple[str, ...]] = ()
    #: phrases that name it only with support from the values or the context (`model`)
    weak_names: ClassVar[tuple[str, ...]] = ()
    #: one-word names (of `names` or `weak_names`) that only the values can decide: a schema,
    #: which has no values, never takes them for this entity as a column's head word (slapd's
    #: `dn`: an LDAP entry of any kind, a person's only when it starts at a user's `uid=`)
    value_decided_names: ClassVar[tuple[str, ...]] = ()
    #: own-name phrases that rule a name match out (`version` in `ip_version`, `data volume`)
    negative_names: ClassVar[tuple[str, ...]] = ()
    #: name phrases under which an entity a schema keeps as text is stored as a number (an
    #: Android API level `34` for the system's version): its column type then rules it not out
    number_names: ClassVar[tuple[str, ...]] = ()
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
    #: an open-world entity of a few values a column repeats (roles a user registers as): more
    #: distinct values than this, none of the expected form, and the name is contradicted as
    #: for a closed format (a game's `vRoleName`, players' nicknames, is no list of roles)
    open_world_max_distinct: ClassVar[int | None] = None
    #: values that are plainly something else for this open-world entity (ways to log in under
    #: a role's name): when every informative value matches, the name is contradicted as for a
    #: closed format
    open_world_not: ClassVar[str | None] = None
    #: forms that are plainly something else for this entity, (what, regex): when most
    #: informative values take one and none has the entity's own form, the name is contradicted
    #: however few values there are (an account's `user_name` of `John Smith`: a person's name)
    other_forms: ClassVar[tuple[tuple[str, str], ...]] = ()
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
    #: negative names that rule the values out even when the others do not (a user's `avatar`
    #: is a path of an uploaded picture, not a file of the device)
    value_veto_names: ClassVar[tuple[str, ...]] = ()
    #: is this entity also looked for inside free text (Presidio, through
    #: `classifiers/presidio_bridge.py`)? Not for free text itself (USER_CONTENT)
    in_free_text: ClassVar[bool] = True
    #: does `validate` judge each candidate on its own? Then the engine runs it once per
    #: distinct value. False when it judges the candidates together (how often names repeat)
    validates_each_value: ClassVar[bool] = True
    #: is `validate`'s verdict on a value the same whatever other candidates it is given with
    #: (no column-level reading, such as the phone validator's country of the column)? Then
    #: the matches in a free-text document are judged in one call (classifiers/presidio_bridge.py)
    validate_elementwise: ClassVar[bool] = False
    #: are the validator's verdicts worth remembering (a parser run per value)? Not when the
    #: validator is vectorised: asking it again costs less than looking each value up
    remembers_verdicts: ClassVar[bool] = True
    #: does an override of `value_signal` find nothing where the base one finds nothing (it only
    #: refines or drops the base signal)? Then the shape gate (`classifiers/gate.py`) applies to
    #: it as to the base one; an override that reads values its own way leaves this False
    values_within_patterns: ClassVar[bool] = False
    #: a validator that only rejects the values another thing's form matches whole (a regex:
    #: device models that are headphones). Declared so, it is one more regex mask of the
    #: field's batch, one pass over a chunk's fields, not a regex compiled per field
    rejects_whole: ClassVar[str | None] = None

    def __init__(self) -> None:
        self._names = tuple(phrase(p) for p in self.names)
        self._weak = tuple(phrase(p) for p in self.weak_names)
        self._negative = tuple(phrase(p) for p in self.negative_names)
        self._number_names = tuple(phrase(p) for p in self.number_names)
        # every token any phrase starts with, and compact spellings: most names share none,
        # and this set lets name_signal say so without walking every phrase
        self._first_tokens = frozenset(w[0] for w in self._names + self._weak if w)
        self._compact = frozenset("".join(w) for w in self._names if len(w) > 1)
        # the negative phrases by their first token: a name holds none of those whose first
        # token it lacks, so `vetoed` walks only the phrases that may stand in it
        self._negative_by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
        for words in self._negative:
            if words:
                self._negative_by_first[words[0]] = (*self._negative_by_first.get(words[0], ()), words)
        # the phrases that veto values, by first token too (asked of every field and recognizer)
        self._value_vetoes_by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
        for words in (phrase(p) for p in self.value_veto_names):
            if words:
                self._value_vetoes_by_first[words[0]] = (*self._value_vetoes_by_first.get(words[0], ()), words)
        self._any_regex = "|".join(f"(?:{p.regex})" for p in self.patterns)
        # what any pattern match may look like: values of another shape are never matched
        self.value_shape = patterns_shape([p.regex for p in self.patterns])
        #: the batch masks `value_signal` reads (see `Batch.expect`)
        self.value_keys: tuple[Hashable, ...] = (
            *(vocabulary_key(v.vocabulary, v.leading_words) for v in self.vocabularies),
            *((regex_key(self._any_regex),) if len(self.patterns) > 1 else ()),
            *(regex_key(p.regex) for p in self.patterns))
        self._verdicts: dict[int, bool] = {}  # hash of a value -> the validator's verdict
        self._named: dict[NameTokens, Signal | None] = {}
        self._vetoes: dict[NameTokens, bool] = {}

    def forget(self) -> None:
        """Empty the memory of validator verdicts and name signals (benchmarks time a cold start)."""
        self._verdicts.clear()
        self._named.clear()
        self._vetoes.clear()

    # -- the one hook -------------------------------------------------------------------
    def validate(self, candidates: pa.Array) -> pa.Array | None:
        """A boolean mask over pattern candidates (strings); None when there is no validator."""
        if self.rejects_whole is not None:
            return pc.invert(pc.fill_null(rx.match(candidates, f"^(?:{self.rejects_whole})$"), False))
        return None

    def _rejects_in_batch(self) -> bool:
        """Whether the validator is `rejects_whole` alone, read as a batch mask."""
        return self.rejects_whole is not None and type(self).validate is FieldRecognizer.validate

    # -- signals ------------------------------------------------------------------------
    def named(self, name: NameTokens) -> Signal | None:
        """`name_signal`, remembered: a function of the name alone, asked for every field."""
        if name not in self._named:
            if len(self._named) >= REMEMBERED:
                self._named.clear()
            self._named[name] = self.name_signal(name)
        return self._named[name]

    def _lifting_phrase(self, tokens: tuple[str, ...]) -> tuple[tuple[str, ...], bool] | None:
        """The listed phrase (and whether it is a strong one) in which a negative word of the
        name stands, or None when no negative word stands in the name."""
        if not any(contains_phrase(tokens, words) for words in self._negative):
            return None
        for words, strong in [(w, True) for w in self._names] + [(w, False) for w in self._weak]:
            if contains_phrase(tokens, words) and any(contains_phrase(words, n) for n in self._negative):
                return words, strong
        return None

    def stand_ins(self, view: FieldView) -> str | None:
        """What the values are, when every one stands in for the entity's values as test data
        writes them (a device's id of `android`, `ios`): they then do not contradict its name.
        None here: only a recognizer that knows its entity's stand-ins says so."""
        return None

    def values_vetoed(self, name: NameTokens) -> bool:
        """True when one of `value_veto_names` stands in the field's own name, or runs into it
        from the object that holds it (Traefik's `ServiceURL.Host`, Caddy's `request.host`)."""
        by_first = self._value_vetoes_by_first
        if not by_first:
            return False
        tokens = (*name.parent[-2:], *name.own)
        return any(contains_phrase(tokens, words) for token in dict.fromkeys(tokens)
                   for words in by_first.get(token, ()))

    def stored_as_number(self, name: NameTokens) -> bool:
        """True when the name says the entity is kept as a number here (see `number_names`)."""
        return any(contains_phrase(name.own, words) for words in self._number_names)

    def vetoed(self, name: NameTokens) -> bool:
        """True when a negative phrase stands in the field's own name (remembered, like `named`)."""
        found = self._vetoes.get(name)
        if found is None:
            if len(self._vetoes) >= REMEMBERED:
                self._vetoes.clear()
            # only the negative phrases whose first token the name holds can stand in it
            negative = tuple(words for token in dict.fromkeys(name.own)
                             for words in self._negative_by_first.get(token, ()))
            found = self._vetoes[name] = bool(negative) and _vetoes(name.own, negative, self._names + self._weak)
        return found

    def name_signal(self, name: NameTokens) -> Signal | None:
        """How strongly the field's name says this entity."""
        # `phone2`, `street1`, `address_line1`: a trailing number tells copies apart, not meanings
        # (words of three letters or more: `h264`, `p95` or `s3` are not `h`, `p` or `s`)
        own = tuple(_strip_number(t) for t in name.own)
        if (self._first_tokens.isdisjoint(name.own) and self._first_tokens.isdisjoint(own)
                and self._first_tokens.isdisjoint(name.parent) and name.joined() not in self._compact
                and name.joined_singular() not in self._compact):
            return None
        if self.vetoed(name):
            return None
        lifted = self._lifting_phrase(name.own)
        if lifted is not None:
            # a negative word stands in the name, inside a phrase listed with it (`api level`,
            # weak `event id`): that phrase alone speaks, not the other words around the negative
            words, strong = lifted
            return Signal("name", f"name '{name.raw}' has '{' '.join(words)}'{'' if strong else ' (weak)'}",
                          self.name_score if strong else self.weak_name_score)
        # `email_language`, `phone_format`: a name whose head is a property of the thing its first
        # words name holds that property (`en-US`), not the thing
        of_property = len(name.own) > 1 and name.own[-1] in PROPERTY_HEADS
        owned = _owned_words(name.own)
        for words in self._names:
            if of_property and words[-1] != name.own[-1]:
                continue
            if owned and contains_phrase(owned, words) and OWNER not in words:
                continue
            if (contains_phrase(name.own, words) or contains_phrase(own, words)
                    or (len(words) > 1 and "".join(words) in (name.joined(), name.joined_singular()))):
                return Signal("name", f"name '{name.raw}' has '{' '.join(words)}'", self.name_score)
        # `user.id`, `device.id`: the phrase runs from the enclosing object into the own name
        # (`address.line2` too: the copy number aside, it ends in `address line`; `device_info.model`
        # too: the object is the device)
        # A negative word of the enclosing path speaks for it too (`InstanceState.Name`: the state
        # of an instance, not a state's name)
        tails = () if _vetoes(_enclosing_words(name.raw), self._negative, self._names + self._weak) else \
            {name.enclosing() + name.own, name.enclosing() + own}
        for tail in tails:
            for words in self._names:
                if len(words) > 1 and len(words) <= len(tail) and tail[-len(words):] == words:
                    return Signal("name", f"path '{name.raw}' ends in '{' '.join(words)}'", self.name_score)
        for words in self._weak:
            if (contains_phrase(name.own, words) and not (of_property and words[-1] != name.own[-1])
                    and not (owned and contains_phrase(owned, words))):
                return Signal("name", f"name '{name.raw}' has '{' '.join(words)}' (weak)", self.weak_name_score)
        # the enclosing object's word does not reach a property of the object (`inviter.locale`)
        # nor the key of another thing it points at (`inviter.homeId`: the home's)
        last = name.own[-1] if name.own else ""  # a name of no word of its own (`__FILENAME__`)
        reaches = self.parent_names and last not in PROPERTY_HEADS \
            and not (len(name.own) > 1 and last in FOREIGN_KEY_WORDS)
        for words in self._names if reaches else ():
            if contains_phrase(name.parent, words):
                return Signal("name", f"parent path of '{name.raw}' has '{' '.join(words)}'", self.weak_name_score)
        return None

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """The best pattern's match ratio over the sample, after validation.

        When no single pattern covers enough of the sample but several together do (IPv4
        beside IPv6, Android IDs beside IDFVs), their union counts, scored by the hit-weighted
        mean of their pattern scores. Placeholders (`-`, `n/a`, `(not set)`) are left out of
        the ratio: an access log's `-` says nothing about the agents around it.

        Patterns run over the distinct values that have a shape they could match (see
        `classifiers/shape.py`), hits weighted by counts: the same ratios as over every value.
        A field with many distinct values is read on its probe first (`FieldView.probe`):
        when even the probe's share, lowered by its slack, misses `min_ratio`, the whole
        sample is not read. A validator that judges the candidates together is always given
        all of them.
        """
        if not (self.patterns or self.vocabularies) or len(sample.values) == 0:
            return None
        view = FieldView.of(sample)
        probe = view.probe
        if probe is not view and self.validates_each_value and self._values_signal(probe) is None:
            return None
        return self._values_signal(view)

    def _values_signal(self, view: FieldView) -> Signal | None:
        """`value_signal` over this view's values (a whole sample or a probe)."""
        values = view.informative
        total = values.total
        if total == 0:
            return None
        best = self._vocabulary_signal(view, total)
        if self.value_shape is None:
            return best
        if (shaped := view.could_match(self.value_shape) / total) < self._floor(view):
            view.near(shaped, self._floor(view))
            return best  # too few values of a shape any pattern could match: no pattern signal
        if len(self.patterns) > 1 and not view.full_match(self._any_regex).any():
            view.near(0.0, self._floor(view))
            return best  # one pass rules all patterns out
        union = None
        hit_patterns: list[tuple[ValuePattern, int]] = []
        for pattern in self.patterns:
            mask = view.full_match(pattern.regex, group=self._any_regex)
            hits = values.hits(mask)
            if hits == 0:
                view.near(0.0, self._floor(view))
                continue
            hit_patterns.append((pattern, hits))
            union = mask if union is None else union | mask
            signal = self._ratio_signal(f"pattern '{pattern.name}'", view, total, mask, hits, pattern.score)
            if signal is not None and (best is None or signal.score > best.score):
                best = signal
        if len(hit_patterns) > 1 and (best is None or (best.match_ratio or 0) < 1.0):
            hits = values.hits(union)
            score = sum(p.score * n for p, n in hit_patterns) / sum(n for _, n in hit_patterns)
            names = "+".join(f"'{p.name}'" for p, _ in hit_patterns)
            signal = self._ratio_signal(f"patterns {names}", view, total, union, hits, score)
            if signal is not None and (best is None or signal.score > best.score):
                best = signal
        return best

    def _ratio_signal(self, detail: str, view: FieldView, total: int, mask: np.ndarray, hits: int,
                      score: float) -> Signal | None:
        """A value signal for the candidates in `mask`, after the validator, if enough match."""
        view.near(hits / total, self._floor(view))
        if hits / total < self._floor(view):
            return None  # the validator can only lower the hits
        if self._rejects_in_batch():
            # the validator's verdicts are the batch's mask of its rejected form (what
            # `_validate_counted` decides from one call over every candidate)
            valid = hits - view.informative.hits(mask & view.full_match(self.rejects_whole))
            return self._validated_signal(detail + f", validator accepted {valid}/{hits}", view, total, valid, score)
        selected = view.informative.where(mask)
        if self.validates_each_value:
            valid = self._validate_counted(selected, hits, total, self._floor(view), view.verdicts_of(self), view)
            if valid == _HOPELESS:
                return None
        else:  # the validator reads the candidates together: give it every one, in sample order
            every = view.informative_text
            verdict = self.validate(pc.filter(every, pc.is_in(every, value_set=selected.values)))
            valid = None if verdict is None else int(pc.sum(verdict).as_py() or 0)
        if valid is not None:
            detail += f", validator accepted {valid}/{hits}"
            hits = valid
        return self._validated_signal(detail, view, total, hits, score)

    def _validated_signal(self, detail: str, view: FieldView, total: int, hits: int, score: float) -> Signal | None:
        """The value signal of `hits` values that passed the validator, if enough did."""
        ratio = hits / total
        view.near(ratio, self._floor(view))
        if ratio < self._floor(view):
            return None
        return Signal("value", detail, round(score * _ratio_weight(ratio, self.min_ratio), 4), round(ratio, 4))

    def _floor(self, view: FieldView) -> float:
        """The share of values that must match on this view: `min_ratio`, lowered by a probe's slack."""
        return self.min_ratio - view.slack

    def _validate_counted(self, candidates: Distinct, hits: int, total: int, floor: float,
                          memo: dict[str, bool] | None = None, view: FieldView | None = None) -> int | None:
        """How many sampled values (counting repeats) the validator accepts; None without a
        validator. Distinct candidates are validated in growing chunks, and once so few remain
        that the share can no longer reach `min_ratio` the answer is `_HOPELESS`: the signal
        would be None whatever the rest says (a column of timestamps is no phone numbers)."""
        # a vectorised validator reads them all in one call (each call compiles its regexes)
        first = VALIDATE_FIRST if self.remembers_verdicts else len(candidates.values)
        valid, remaining, start, size = 0, hits, 0, max(first, 1)
        while start < len(candidates.values):
            verdict = self._validated(candidates.values.slice(start, size), memo, distinct=True)
            if verdict is None:
                return None
            counts = candidates.counts[start:start + size]
            valid += int(counts[verdict].sum())
            remaining -= int(counts.sum())
            if (valid + remaining) / total < floor:
                if view is not None:
                    view.near((valid + remaining) / total, floor)  # at most that share could pass
                return _HOPELESS
            start, size = start + size, size * 2
        return valid

    def _validated(self, candidates: pa.Array, memo: dict[str, bool] | None = None,
                   distinct: bool = False) -> np.ndarray | None:
        """`validate` over distinct candidates, each judged on its own: verdicts already given
        (the same value in another table) are remembered, not asked again. A vectorised
        validator's are kept only in `memo` (the field's own, for its examples). `distinct`:
        no candidate repeats (a field's distinct values), so the validator's regex calls look
        for no repeats (`rx.distinct_values`)."""
        with rx.distinct_values() if distinct else nullcontext():
            return self._validated_each(candidates, memo)

    def _validated_each(self, candidates: pa.Array, memo: dict[str, bool] | None) -> np.ndarray | None:
        """`_validated`'s work."""
        if not self.remembers_verdicts:
            texts = candidates.to_pylist() if memo is not None else None
            if texts is not None and all(text in memo for text in texts):
                return np.fromiter((memo[text] for text in texts), dtype=bool, count=len(texts))
            verdict = self.validate(candidates)
            if verdict is None:
                return None
            mask = as_mask(verdict)
            if memo is not None:
                memo.update(zip(texts, mask.tolist()))
            return mask
        # remembered by the value's hash, not the value: a worker keeps no personal data past
        # its chunk (Python's string hash is 64 bits, keyed per process: two of a recognizer's
        # 50,000 remembered values share one with odds of about 1 in 10^10)
        keys = list(map(hash, candidates.to_pylist()))
        memory = self._verdicts
        known = list(map(memory.get, keys))
        if None not in known:
            return np.array(known, dtype=bool)  # every verdict remembered
        if known.count(None) == len(keys):
            # none remembered (a table's own values): the candidates themselves are asked
            verdict = self.validate(candidates)
            if verdict is None:
                return None
            mask = as_mask(verdict).astype(bool, copy=False)
            if len(memory) + len(keys) > REMEMBERED:
                memory.clear()
            memory.update(zip(keys, mask.tolist()))
            return mask
        unknown = [i for i, verdict in enumerate(known) if verdict is None]
        if unknown:
            asked = candidates.take(pa.array(unknown, pa.int64()))
            verdict = self.validate(asked)
            if verdict is None:
                return None
            fresh = as_mask(verdict).tolist()
            for i, valid in zip(unknown, fresh):
                known[i] = valid
            if len(memory) + len(unknown) > REMEMBERED:
                memory.clear()
            memory.update(zip((keys[i] for i in unknown), fresh))
        return np.array(known, dtype=bool)

    def _vocabulary_signal(self, view: FieldView, total: int) -> Signal | None:
        best: Signal | None = None
        for vocabulary in self.vocabularies:
            hits = view.informative.hits(view.vocabulary_match(vocabulary.vocabulary, vocabulary.leading_words))
            ratio = hits / total
            view.near(ratio, self._floor(view))
            if hits == 0 or ratio < self._floor(view):
                continue
            score = round(vocabulary.score * _ratio_weight(ratio, self.min_ratio), 4)
            if best is None or score > best.score:
                best = Signal("value", f"vocabulary '{vocabulary.name}'", score, round(ratio, 4))
        return best

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """Evidence from sibling or parent fields (latitude beside longitude); none by default."""
        return None

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """True when the field's siblings show it is not this entity, whatever its name says
        (WeChat's `systemInfo.version` beside `system` `iOS 17.5.1` is WeChat's version, no
        system's); never by default."""
        return False

    def matches(self, values: pa.Array, view: FieldView | None = None) -> pa.Array:
        """Boolean mask of the values that match a pattern and pass validation.

        With `view`, `values` are the view's first `EXAMPLE_HEAD` values (the ones examples
        are drawn from) and the regexes run through the view's batch.
        """
        # the head's values are among the distinct values the signal already matched: read
        # their masks (unless a head value is a placeholder, which those leave out); their text
        # is the view's, already cast (a validator reads it)
        where = view.head_index if view is not None else None
        text = as_text(values) if where is None else view.head_text
        mask = np.zeros(len(text), dtype=bool)
        known = np.zeros(len(text), dtype=bool)
        if where is not None:
            if len(self.patterns) < 2 or view.full_match(self._any_regex).any():
                for pattern in self.patterns:
                    mask |= view.full_match(pattern.regex, group=self._any_regex)[where]
            for vocabulary in self.vocabularies:
                known |= view.vocabulary_match(vocabulary.vocabulary, vocabulary.leading_words)[where]
        for pattern in self.patterns if where is None else ():
            mask |= (view.head_match(pattern.regex) if view is not None
                     else as_mask(rx.match(text, pattern.anchored)))
        for vocabulary in self.vocabularies if where is None else ():
            known |= (view.vocabulary_match(vocabulary.vocabulary, vocabulary.leading_words, head=True)
                      if view is not None else as_mask(in_vocabulary(text, vocabulary.vocabulary, vocabulary.leading_words)))
        if self.validate is FieldRecognizer.validate or not mask.any():
            return pa.array(mask | known, pa.bool_())
        if where is not None and self._rejects_in_batch():
            return pa.array((mask & ~view.full_match(self.rejects_whole)[where]) | known, pa.bool_())
        candidates = pc.filter(text, pa.array(mask, pa.bool_()))
        verdict = (self._validated(candidates, view.verdicts_of(self) if view is not None else None)
                   if self.validates_each_value else self.validate(candidates))
        if verdict is None:
            return pa.array(mask | known, pa.bool_())
        # scatter the verdict back over the candidates' positions
        full = np.zeros(len(text), dtype=bool)
        full[mask] = as_mask(verdict)
        return pa.array(full | known, pa.bool_())

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.entity}>"


def _vetoes(tokens: tuple[str, ...], negative: tuple[tuple[str, ...], ...], names: tuple[tuple[str, ...], ...]) -> bool:
    """True when a negative phrase stands in `tokens` outside every listed (strong or weak) name phrase there:
    `sdk` vetoes an OS in `sdk_version` but not in `sdk_int` or `androidSdk`, phrases the
    recognizer lists itself (`sdk int`, `android sdk`), nor `api` in `api_level`."""
    covered: set[int] = set()
    for words in names:
        n = len(words)
        covered.update(j for i in range(len(tokens) - n + 1) if tokens[i:i + n] == words for j in range(i, i + n))
    for words in negative:
        n = len(words)
        for i in range(len(tokens) - n + 1):
            if tokens[i:i + n] == words and not covered.issuperset(range(i, i + n)):
                return True
    return False


def _enclosing_words(path: str) -> tuple[str, ...]:
    """The words of the object that holds the field (`instance state` of `InstanceState.Name`)."""
    parent = path.rpartition(".")[0]
    return tokenize(parent.rpartition(".")[2]) if parent else ()


def _owned_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words naming the thing owned when `owner` follows them (`ip` of `ip_owner_id`), else
    nothing: a phrase standing only there names what the owner owns, not the field's value.
    (`owner_ip` is the owner's address: there `owner` comes first and nothing is owned.)"""
    if OWNER not in tokens[1:]:
        return ()
    return tokens[:tokens.index(OWNER, 1)]


def _strip_number(token: str) -> str:
    word = token.rstrip("0123456789")
    return word if len(word) >= 3 else token


def _ratio_weight(ratio: float, floor: float) -> float:
    """Scale a pattern score by how much of the sample matched: full at 100%, 0.6 at the floor."""
    if ratio >= 1.0:
        return 1.0
    span = 1.0 - floor
    return 0.6 + 0.4 * ((ratio - floor) / span if span > 0 else 1.0)
