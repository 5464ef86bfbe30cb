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

from classifiers.fieldview import FieldView
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
