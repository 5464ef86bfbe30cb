"""Coded columns: a column comment that gives the legend of the column's codes.

Chinese (and many other) schemas store an enumeration as small numbers and explain them in
the column comment: `COMMENT '用户身份：1-买家 2-商家 3-主播'`, `'性别 0未知 1男 2女'`,
`'status: 0=inactive, 1=active'`. The comment names the concept (a role, a sex, a charging
state) and its labels; the values are only the codes. Such a column's values do not
contradict the comment or the name: a role stored as `1`/`2`/`3` is still a role.
"""
from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc

from classifiers.fieldview import FieldView

#: `1-买家`, `2：商家`, `0=inactive`, `3.主播`, `1、男`, `0未知`: a code and its label (a label may
#: start with a digit when a letter follows: `2-4G`, `3-5G`; `18-60` stays a range)
_PAIR = re.compile(r"(?<![\w.])(-?\d{1,3})(?![A-Za-z\d])\s*(?:[-－=:：.、]|->|→)?\s*(?=[^\s\d,，;；/|)）(（\-=:：.、]|\d{1,2}[A-Za-z])")
#: a legend lists at least this many codes
MIN_CODES = 2
#: share of sampled values that must be among the legend's codes
MIN_SHARE = 0.9


def legend_codes(comment: str | None) -> frozenset[str]:
    """The codes a comment's legend lists (empty when it lists fewer than two)."""
    if not comment:
        return frozenset()
    codes = frozenset(m.group(1) for m in _PAIR.finditer(comment))
    return codes if len(codes) >= MIN_CODES else frozenset()


#: a label runs from its code to the next separator or the next code
_LABEL = re.compile(r"[^\s\d,，;；/|)）(（=:：、-][^\d,，;；/|)）(（=:：、]*")


def legend_labels(comment: str | None) -> list[str]:
    """The labels a comment's legend gives its codes (`业务类型（0其它 1新增 2修改）` -> 其它, 新增,
    修改); empty when it lists fewer than two codes."""
    if not legend_codes(comment):
        return []
    labels = []
    for match in _PAIR.finditer(comment):
        label = _LABEL.match(comment, match.end())
        if label is not None and label.group(0).strip():
            labels.append(label.group(0).strip())
    return labels


def is_coded(view: FieldView) -> bool:
    """Whether the field's values are (almost all) codes of its comment's legend."""
    codes = legend_codes(view.comment)
    if not codes or len(view.values) == 0:
        return False
    distinct = view.distinct
    inside = distinct.hits(pc.is_in(pc.utf8_trim_whitespace(distinct.values), value_set=pa.array(sorted(codes))))
    return inside >= MIN_SHARE * len(view.text)
