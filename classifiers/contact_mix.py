"""A column of logins or contacts that are phone numbers or e-mail addresses, whichever each
person gave: Alipay's `buyer_logon_id` (`138****5678` beside `zha***@163.com`), a `联系方式`
column, an account's `login`. Neither recognizer's share reaches the threshold alone (seven
phones in ten score 0.49), yet every value is one person's contact: the majority's entity is the
column's, the minority counted as the other kind of the same data."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Detection, Signal
from classifiers.masking import mask_examples

if TYPE_CHECKING:
    from classifiers.engine import FieldResult

#: the other kind of contact beside each entity, masked for display or not (`zha***@163.com`,
#: `138****5678`, `+86 138 0013 8000`)
OTHER_KIND = {"PHONE_NUMBER": ("e-mail addresses", r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$"),
              "EMAIL_ADDRESS": ("phone numbers", r"^\+?[0-9][0-9*\s()-]{6,}[0-9]$")}
#: the entity's own share of the informative values: the majority of the column
MAJORITY = 0.5
#: its share and the other kind's together: all but a stray value or two
TOGETHER = 0.95
#: the other kind's own share: a mix, not a column of one kind (ten-digit ids that pass for
#: phone numbers are no contact for want of e-mails beside them)
MINORITY = 0.05
SCORE = 0.35


def decide(results: Sequence[FieldResult], threshold: float) -> None:
    """Decide each unclaimed text column whose candidate phone (or e-mail) values, with the
    values of the other kind, make the whole column (in place)."""
    for result in results:
        values = result.sample.values
        if result.best(threshold) is not None or result.sample.origin not in ("column", "json") \
                or not pa.types.is_string(values.type):
            continue
        candidate = next((d for d in result.detections if d.primary and d.entity in OTHER_KIND
                          and (d.match_ratio or 0) >= MAJORITY), None)
        if candidate is None:
            continue
        written = pc.filter(values, pc.fill_null(pc.not_equal(pc.utf8_trim_whitespace(values), ""), False))
        if len(written) == 0:
            continue
        kind, form = OTHER_KIND[candidate.entity]
        other = (pc.sum(rx.match(written, form)).as_py() or 0) / len(written)
        if other < MINORITY or candidate.match_ratio + other < TOGETHER:
            continue
        why = f"the other {other:.0%} are {kind}: each person's contact, of either kind"
        confidence = round(1.0 - (1.0 - candidate.confidence) * (1.0 - SCORE), 4)
        result.detections.insert(0, Detection(path=result.sample.path, entity=candidate.entity, confidence=confidence,
                                              signals=[*candidate.signals, Signal("table", why, SCORE)],
                                              match_ratio=candidate.match_ratio,
                                              examples=mask_examples(candidate.examples, candidate.entity),
                                              recognizer="neighbours"))
        result.detections.sort(key=lambda d: d.confidence, reverse=True)
