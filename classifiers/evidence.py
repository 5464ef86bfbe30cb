"""What a classifier found and why: detections carry every signal that decided them.

The catalog stores these as they are, `datamap explain` prints them, reports read them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class Signal:
    """One piece of evidence.

    kind: `name` (field-name tokens), `value` (patterns over the sample), `validator`
    (checksum/parser verdict on the candidates), `context` (sibling or parent fields),
    `type` (declared type), `comment` (column comment), `ner` (Presidio/spaCy on free text),
    `penalty` (evidence against).
    """

    kind: str
    detail: str
    score: float
    match_ratio: float | None = None

    def to_dict(self) -> dict[str, Any]:
        # what `dataclasses.asdict` gives, without its deep copy of each field (a scan's process
        # writes a few signals per detection, tens of thousands a warehouse)
        return {f.name: v for f in _SIGNAL_FIELDS if (v := getattr(self, f.name)) is not None}


#: `Signal`'s fields, in order (asked once: `dataclasses.fields` is slow to ask per signal)
_SIGNAL_FIELDS = fields(Signal)


@dataclass
class Detection:
    """An entity type detected in one field, with a confidence in [0, 1]."""

    path: str
    entity: str
    confidence: float
    signals: list[Signal] = field(default_factory=list)
    match_ratio: float | None = None  # share of sampled values that matched (and validated)
    examples: list[str] = field(default_factory=list)  # masked, never raw
    primary: bool = True  # False: found inside free text (an e-mail in a comment body)
    recognizer: str = ""

    def evidence(self) -> list[dict[str, Any]]:
        return [s.to_dict() for s in self.signals]

    def explain(self) -> str:
        """A short human sentence: which signals fired."""
        parts = [f"{s.kind}: {s.detail} ({s.score:.2f}"
                 + (f", {s.match_ratio:.0%} of sample" if s.match_ratio is not None else "") + ")"
                 for s in self.signals]
        return "; ".join(parts)
