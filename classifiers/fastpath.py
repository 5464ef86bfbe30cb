"""Validators with a vectorised fast path: the common forms decided in one pass, the rest one by one.

A validator that parses each value in Python (a phone number library, `ipaddress`,
`strptime`) costs tens of microseconds a value, most of a field's classification when its
values really are phone numbers or addresses. Yet most such values come in one or two plain
forms (`+14155550100`, `203.0.113.7`, `1984-07-21`) whose verdict a regex or a pyarrow
parse gives exactly. `judged` decides those vectorised and hands only the others to the
Python judge, so the verdicts are the judge's own: each fast path is an exact restatement of
what the judge says about the values it covers (tests compare both over many generated values).
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyarrow as pa

from classifiers import rx
from classifiers.fieldview import as_mask

#: a fast path: (which values it decides, its verdict on them) as boolean numpy arrays
FastPath = Callable[[pa.Array], tuple[np.ndarray, np.ndarray]]


def judged(candidates: pa.Array, fast: FastPath, judge: Callable[[str | None], bool]) -> pa.Array:
    """`judge` over every candidate, where the values `fast` decides take its verdict instead."""
    decided, verdict = fast(candidates)
    verdict = verdict & decided
    rest = np.flatnonzero(~decided)
    if len(rest):
        verdict[rest] = [judge(v) for v in candidates.take(pa.array(rest, pa.int64())).to_pylist()]
    return pa.array(verdict, pa.bool_())


def accepts_whole(regex: str) -> FastPath:
    """A fast path for a form the judge always accepts: values `regex` matches whole are True."""
    anchored = f"^(?:{regex})$"

    def fast(candidates: pa.Array) -> tuple[np.ndarray, np.ndarray]:
        sure = as_mask(rx.match(candidates, anchored))
        return sure, sure.copy()

    return fast


def rejects_whole(regex: str, unless: str | None = None) -> FastPath:
    """A fast path for a form the judge always rejects: values `regex` matches whole are False
    (but those `unless` matches whole go to the judge)."""
    anchored = f"^(?:{regex})$"

    def fast(candidates: pa.Array) -> tuple[np.ndarray, np.ndarray]:
        sure = as_mask(rx.match(candidates, anchored))
        if unless is not None and sure.any():
            sure &= ~as_mask(rx.match(candidates, f"^(?:{unless})$"))
        return sure, np.zeros(len(sure), dtype=bool)

    return fast


def either(*paths: FastPath) -> FastPath:
    """The fast paths together: a value is decided by the first of them that decides it."""

    def fast(candidates: pa.Array) -> tuple[np.ndarray, np.ndarray]:
        decided = np.zeros(len(candidates), dtype=bool)
        verdict = np.zeros(len(candidates), dtype=bool)
        for path in paths:
            more, says = path(candidates)
            new = more & ~decided
            verdict[new] = says[new]
            decided |= new
        return decided, verdict

    return fast
