"""A value whose kind a sibling column declares: what the value is, is written beside it.

Records that hold values of several kinds in one list name each item's kind in the item:
FHIR's `identifier` (`type.text: Social Security Number`, `value: 999-94-5397`), its `telecom`
(`system: email`, `value: …`), an entity-attribute-value table's `attribute`/`value` pairs. A
flattened export keeps one column per item (`identifier.2.value` beside
`identifier.2.type.text`), so the value column's own name says nothing, and a test-range number
(the 999 area of a US SSN) fails its format's checks: the declared kind is the field's name.
When every row of the kind column names one and the same thing a recognizer knows by name, the
value is that thing, as if the column were named so.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from classifiers.evidence import Detection, Signal
from classifiers.masking import mask_examples
from classifiers.names import NameTokens

if TYPE_CHECKING:
    from classifiers.engine import FieldResult
    from classifiers.recognizer import FieldRecognizer

#: leaves that hold an item's value (`identifier.2.value`, `attributes.0.number`)
VALUE_LEAVES = frozenset({"value", "number", "no", "num", "val"})
#: words of a sibling's path, below the item, that say it declares the item's kind
#: (`identifier.2.type.text`, `telecom.0.system`, `attributes.0.kind`)
KIND_WORDS = frozenset({"type", "kind", "system", "category"})
#: distinct declared kinds read at most (one kind per column of items is what a flattened list
#: gives; many kinds mean the column holds values of several things)
MAX_KINDS = 2
#: the declared name is as good as the field's own name, weighed as a context signal
DECLARED_SCORE = 0.7


def decide(results: Sequence[FieldResult], recognizers: Sequence[FieldRecognizer], threshold: float) -> None:
    """Claim each unclaimed item value whose sibling kind column names one thing a recognizer
    knows by name (in place)."""
    for result in results:
        path = result.sample.path
        item, _, leaf = path.rpartition(".")
        if not item or leaf.lower() not in VALUE_LEAVES or result.best(threshold) is not None \
                or result.sample.origin == "message" or len(result.sample.values) == 0:
            continue
        # (FHIR's item declares its kind thrice: a code `SS`, its display and a text; the first
        # that reads as a name speaks)
        declared = next(((column, words, found) for column, words in _declared(results, item)
                         if (found := _named(recognizers, words)) is not None), None)
        if declared is None:
            continue
        column, words, (entity, signal) = declared
        detail = (f"'{column}' declares every value a '{words[0]}'"
                  + (f" or '{words[1]}'" if len(words) > 1 else "") + f" ({signal.detail})")
        examples = [str(v) for v in pc.unique(result.sample.values.drop_null().slice(0, 50)).slice(0, 3).to_pylist()]
        result.detections.insert(0, Detection(
            path=path, entity=entity, confidence=DECLARED_SCORE, recognizer="declared kind",
            signals=[Signal("context", detail, DECLARED_SCORE)], examples=mask_examples(examples, entity)))
        result.detections.sort(key=lambda d: d.confidence, reverse=True)


def _declared(results: Sequence[FieldResult], item: str) -> Iterator[tuple[str, list[str]]]:
    """(a kind column's path, its distinct kinds) of the item `item`: each text sibling under it
    whose path below the item has a kind word and whose values are words, not addresses."""
    for other in results:
        path = other.sample.path
        if not path.startswith(item + ".") or not KIND_WORDS.intersection(path[len(item) + 1:].lower().split(".")):
            continue
        values = other.sample.values
        if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
            continue
        kinds = [k for k in pc.unique(values.drop_null()).to_pylist() if k.strip()]
        if 0 < len(kinds) <= MAX_KINDS and not any("://" in k or ":" in k for k in kinds):
            yield path, kinds


def _named(recognizers: Sequence[FieldRecognizer], kinds: list[str]) -> tuple[str, Signal] | None:
    """The entity and name signal every declared kind gives as a field's name, when all agree
    on one entity, at its recognizer's full name score (a weak name declares too little)."""
    found: tuple[str, Signal] | None = None
    for kind in kinds:
        name = NameTokens.of(kind.replace(" ", "_").replace("'", ""))
        hits = [(r.entity, s) for r in recognizers
                if (s := r.name_signal(name)) is not None and s.score >= r.name_score]
        if len({e for e, _ in hits}) != 1:
            return None
        if found is not None and found[0] != hits[0][0]:
            return None
        found = hits[0]
    return found
