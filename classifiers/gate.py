"""The shape gate: which recognizers can find anything in a field's values at all.

Most recognizers read most fields for nothing: on the dev tables 29,000 of 32,300
recognizer x field scorings found nothing, and each costs a value signal's bookkeeping (a
probe, a batch mask, the contradiction checks) even when no value has a shape any of its
patterns could match. A field's shape profile (each informative value's character classes
and length, `classifiers/shape.py`) is computed once per batch; a recognizer's shape is read
from its own patterns. When a recognizer's value signal is all it has on a field (no name,
no context) and too few values have a shape its patterns admit, the recognizer is not run on
the field at all.

The gate is exact: it asks what `FieldRecognizer.value_signal` itself asks first (the share of
values of an admitted shape against `min_ratio`), so a gated recognizer is one whose value
signal would have been None. It applies to recognizers whose value signal is the base one, or
an override that declares (`values_within_patterns`) that it only refines the base signal;
never to one with vocabularies (an entry's shape is not read from a pattern).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from classifiers.fieldview import FieldView, shape_position
from classifiers.recognizer import FieldRecognizer


def gated(recognizer: FieldRecognizer) -> bool:
    """Whether the gate may rule this recognizer out by its patterns' shapes."""
    if recognizer.vocabularies:
        return False
    own = type(recognizer).value_signal is FieldRecognizer.value_signal
    return own or recognizer.values_within_patterns


def can_find(recognizer: FieldRecognizer, view: FieldView) -> bool:
    """False when the recognizer's value signal on this field is None for want of values of a
    shape its patterns could match (then, without a name or context, it finds nothing); True
    when it may find something, or the gate does not apply to it."""
    if not gated(recognizer):
        return True
    if not recognizer.patterns or len(view.values) == 0:
        return False  # no pattern, no vocabulary: the value signal is None before any value is read
    total = view.informative.total
    if total == 0:
        return False
    shaped = view.could_match(recognizer.value_shape) / total
    floor = recognizer.min_ratio - view.slack
    if shaped >= floor:
        return True
    # what the value signal notes on a field's first stage, so staging decides as it would
    view.near(shaped, floor)
    return False


@dataclass(frozen=True)
class Gates:
    """`can_find` for every recognizer of a list, read off a field in a few array operations
    (the engine asks it of some thirty recognizers on every field; one call each cost more
    than the bounds themselves, which `FieldView.could_match` computes together)."""

    recognizers: tuple[FieldRecognizer, ...]
    #: id of a recognizer -> its index in the arrays below
    index: dict[int, int]
    #: the gate applies to it (`gated`), and it has patterns (without any it never finds)
    gated: np.ndarray
    patterned: np.ndarray
    #: its value shape's position among the shapes `FieldView.could_match` bounds (0 when none)
    positions: np.ndarray
    min_ratios: np.ndarray
    #: gated and patterned: whose near misses a field notes (and as a list)
    noted_mask: np.ndarray
    noted: list[bool]

    @classmethod
    def of(cls, recognizers: Sequence[FieldRecognizer]) -> Gates:
        """The gates of these recognizers (remembered for the same recognizers)."""
        key = tuple(map(id, recognizers))
        found = _GATES.get(key)
        if found is not None and all(a is b for a, b in zip(found.recognizers, recognizers)):
            return found
        applied = np.array([gated(r) for r in recognizers], dtype=bool)
        patterned = np.array([bool(r.patterns) for r in recognizers], dtype=bool)
        positions = np.array([shape_position(r.value_shape) if g and p else 0
                              for r, g, p in zip(recognizers, applied, patterned)], dtype=np.int64)
        found = cls(tuple(recognizers), {id(r): i for i, r in enumerate(recognizers)}, applied, patterned,
                    positions, np.array([r.min_ratio for r in recognizers], dtype=np.float64),
                    applied & patterned, (applied & patterned).tolist())
        if len(_GATES) >= 64:
            _GATES.clear()
        _GATES[key] = found
        return found

    def over(self, view: FieldView) -> FieldGates:
        """The gates on one field."""
        passes = ~self.gated
        shaped = floors = None
        if len(view.values) and (total := view.informative.total) and True in self.noted:
            # (the same divisions and subtractions as `can_find`'s, in float64)
            shaped = view.could_match_each(self.positions) / total
            floors = self.min_ratios - view.slack
            passes = passes | (self.noted_mask & (shaped >= floors))
        # (as lists: a recognizer's answer is then one plain index, not a NumPy scalar)
        return FieldGates(self, view, passes.tolist(), None if shaped is None else shaped.tolist(),
                          None if floors is None else floors.tolist())


@dataclass(frozen=True)
class FieldGates:
    """`Gates.over` a field: which recognizers may find something there."""

    gates: Gates
    view: FieldView
    passes: list[bool]
    #: each recognizer's share of values of an admitted shape and the floor it is held to
    #: (None when no recognizer reaches that question)
    shaped: list[float] | None
    floors: list[float] | None

    def can_find(self, recognizer: FieldRecognizer) -> bool:
        """`can_find(recognizer, view)`, with the same note on the view when it says False."""
        # (the gates hold their recognizers: no other object has one of their ids meanwhile)
        i = self.gates.index.get(id(recognizer))
        if i is None:
            return can_find(recognizer, self.view)  # (not one of the list)
        if self.passes[i]:
            return True
        if self.shaped is not None and self.gates.noted[i]:
            self.view.near(self.shaped[i], self.floors[i])
        return False


#: `Gates.of`, by the recognizers' ids
_GATES: dict[tuple[int, ...], Gates] = {}
