"""Recognizers defined as data (the `recognizers:` section of a data map), not as Python.

A team's own identifiers (an employee badge number, an internal customer code) are described
with the same parts as a built-in recognizer: name phrases, RE2 value patterns with scores, a
vocabulary, context words and a validator chosen from a named set. `build` turns one checked
description into a `FieldRecognizer` subclass, so the engine runs it exactly as it runs the
built-in ones, over columns (vectorised) and, through Presidio, over free text.

The description's shape is checked by the data map's JSON Schema; what a schema cannot check
(that a pattern compiles in RE2 and in Python, that a `stdnum:` module exists, that a
vocabulary file can be read) is checked here and raised as `SpecError` (a `ValueError`
naming the key at fault) for the caller to report with its file and line.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import vocab
from classifiers.checksums import luhn
from classifiers.recognizer import FieldRecognizer, ValuePattern, VocabularyMatch

Check = Callable[[str], bool]

# Validators by name. Each takes the candidate text (a pattern matched it) and says whether it
# is valid; separators (spaces, dashes, dots) are dropped first for the checksum ones.


def _digits_luhn(text: str) -> bool:
    # the digits of the value: a prefix of letters (`CU-4003 2105`) is not part of the number
    return luhn(re.sub(r"\D", "", text))


def _stdnum(module: str) -> Check:
    checker = importlib.import_module(f"stdnum.{module}")
    return lambda text: bool(checker.is_valid(text))


def _on_compact(check: Check) -> Check:
    return lambda text: check(_compact(text))


def _compact(text: str) -> str:
    return re.sub(r"[\s.\-/]", "", text)


def _iso7064(kind: str) -> Check:
    checker = importlib.import_module(f"stdnum.iso7064.{kind}")
    return lambda text: bool(checker.is_valid(_compact(text).upper()))


#: validators without parameters
VALIDATORS: dict[str, Callable[[], Check]] = {
    "luhn": lambda: _digits_luhn,
    "iban": lambda: _stdnum("iban"),
    "iso7064_mod_11_2": lambda: _iso7064("mod_11_2"),
    "iso7064_mod_11_10": lambda: _iso7064("mod_11_10"),
    "iso7064_mod_37_2": lambda: _iso7064("mod_37_2"),
    "iso7064_mod_37_36": lambda: _iso7064("mod_37_36"),
    "iso7064_mod_97_10": lambda: _iso7064("mod_97_10"),
    "verhoeff": lambda: _on_compact(_stdnum("verhoeff")),
    "damm": lambda: _on_compact(_stdnum("damm")),
}
#: validators with parameters (`{name: date_range, min: 1990-01-01, max: 2030-12-31}`)
PARAMETRIC = ("date_range", "number_range")
#: any python-stdnum format by module path: `stdnum:de.idnr`, `stdnum:nl.bsn`
STDNUM_PREFIX = "stdnum:"


def validator_names() -> list[str]:
    """Every name a data map may use (the schema's enum is built from these)."""
    return [*VALIDATORS, *PARAMETRIC]


def make_validator(spec: str | dict[str, Any]) -> Check:
    """The check a validator description names; ValueError for an unknown one."""
    if isinstance(spec, str):
        spec = {"name": spec}
    name = str(spec["name"])
    if name.startswith(STDNUM_PREFIX):
        module = name[len(STDNUM_PREFIX):]
        try:
            checker = importlib.import_module(f"stdnum.{module}")
        except ImportError:
            raise ValueError(f"validator {name!r}: python-stdnum has no module {module!r}") from None
        if not hasattr(checker, "is_valid"):
            raise ValueError(f"validator {name!r}: stdnum.{module} is not a number format")
        return lambda text: bool(checker.is_valid(text))
    if name in VALIDATORS:
        return VALIDATORS[name]()
    if name == "date_range":
        low, high = _as_date(spec.get("min"), date.min), _as_date(spec.get("max"), date.max)
        return lambda text: _date_in(text, low, high)
    if name == "number_range":
        low_n = float(spec.get("min", float("-inf")))
        high_n = float(spec.get("max", float("inf")))
        return lambda text: _number_in(text, low_n, high_n)
    raise ValueError(f"unknown validator {name!r} (known: {', '.join(validator_names())}, "
                     f"or {STDNUM_PREFIX}<module>)")


def _as_date(value: object, default: date) -> date:
    if value is None:
        return default
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _date_in(text: str, low: date, high: date) -> bool:
    try:
        return low <= date.fromisoformat(text.strip()[:10]) <= high
    except ValueError:
        return False


def _number_in(text: str, low: float, high: float) -> bool:
    try:
        return low <= float(text) <= high
    except ValueError:
        return False


class SpecError(ValueError):
    """What is wrong with a description, and where in it (`("patterns", 1)`, `("validator",)`),
    so the caller can name the line of that key rather than of the recognizer."""

    def __init__(self, message: str, key: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.key = key


def check_regex(regex: str) -> None:
    """Raise ValueError unless `regex` compiles in RE2 (columns) and in Python (free text)."""
    try:
        pc.match_substring_regex(pa.array([""], pa.string()), f"^(?:{regex})$")
    except pa.ArrowInvalid as exc:
        raise ValueError(f"pattern {regex!r} is not valid RE2: {str(exc).splitlines()[0]}") from None
    try:
        re.compile(regex)
    except re.error as exc:
        raise ValueError(f"pattern {regex!r} is valid RE2 but not a Python regex (free text "
                         f"runs it through Presidio): {exc}") from None


def build(spec: dict[str, Any], base: Path, where: str) -> FieldRecognizer:
    """A recognizer instance from one schema-checked description. `base` is the folder that
    relative vocabulary files are read from; `where` (file:line) names the recognizer in
    generated documentation."""
    name = spec["name"]
    entity = spec.get("entity") or re.sub(r"[^A-Z0-9]+", "_", name.upper()).strip("_")
    patterns = []
    for index, pattern in enumerate(spec.get("patterns") or ()):
        try:
            check_regex(pattern["regex"])
        except ValueError as exc:
            raise SpecError(str(exc), ("patterns", index, "regex")) from None
        patterns.append(ValuePattern(pattern.get("name") or f"{name}-{index + 1}", pattern["regex"],
                                     float(pattern.get("score", 0.8))))
    vocabularies = []
    if spec.get("vocabulary"):
        vocabulary = spec["vocabulary"]
        entries = list(vocabulary.get("words") or ())
        if vocabulary.get("file"):
            path = base / vocabulary["file"]
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise SpecError(f"vocabulary file {path}: cannot read: {exc}", ("vocabulary", "file")) from None
            entries += [line.split("#", 1)[0].strip() for line in lines]
        vocabulary_name = f"custom.{name}"
        vocab.register(vocabulary_name, [e for e in entries if e])
        vocabularies.append(VocabularyMatch(f"{name} vocabulary", vocabulary_name, float(vocabulary.get("score", 0.8))))
    try:
        check = make_validator(spec["validator"]) if spec.get("validator") else None
    except ValueError as exc:
        raise SpecError(str(exc), ("validator",)) from None

    attributes: dict[str, Any] = {
        "__doc__": spec.get("description") or f"Custom recognizer {name} ({where}).",
        "__module__": __name__,
        "entity": entity,
        "names": tuple(spec.get("names") or ()),
        "weak_names": tuple(spec.get("weak_names") or ()),
        "negative_names": tuple(spec.get("negative_names") or ()),
        "patterns": tuple(patterns),
        "vocabularies": tuple(vocabularies),
        "context": tuple(spec.get("context") or ()),
        # an identifier of one's own is usually a code that could be anything else too: its
        # values decide alone only when the description says so
        "value_alone": bool(spec.get("value_alone", False)),
        "closed_format": bool(spec.get("closed_format", bool(patterns))),
        "category": spec["category"],
        "defined_at": where,
        "spec_validator": spec.get("validator"),
    }
    if "min_ratio" in spec:
        attributes["min_ratio"] = float(spec["min_ratio"])
    if check is not None:
        def validate(self: FieldRecognizer, candidates: pa.Array) -> pa.Array:
            return pa.array([bool(v) and check(v) for v in candidates.to_pylist()], pa.bool_())
        attributes["validate"] = validate
    cls = type(f"custom:{name}", (CustomRecognizer,), attributes)
    return cls()


class CustomRecognizer(FieldRecognizer):
    """Base of the recognizers a data map defines: they know their category and origin."""

    category: str = ""
    defined_at: str = ""
    spec_validator: str | dict[str, Any] | None = None
