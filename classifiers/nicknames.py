"""Nicknames as Chinese platforms show their users, told by the values when the name says nothing.

A user's nickname (昵称) is what the person chose to be called: their real name for many
(`何秀珍`), a diminutive for others (`小平`, `阿娟`, `老星星`: 小, 阿 and 老 before a name are how
Chinese speak of people they know), a little phrase (`一只阿黄`, `不吃香菜的木木`), a handle
(`okang`), or the platform's default for who never chose (`用户8342`, `微信用户`). No kind fills
the column, so the Han-name recognizer's share falls short; together they are the column, and
each value is what the person is called: a person's name.

Categories and product names are none of these kinds; a column of handles and phone numbers is a
login (see `classifiers.logins`), not a name: real names must be a good share of the values.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyarrow.compute as pc

from classifiers import rx
from classifiers.chinese_text import is_han_name
from classifiers.evidence import Detection, Signal
from classifiers.fieldview import as_mask
from classifiers.logins import HANDLE, open_text  # a handle among them (`okang`, `jie28`)
from classifiers.masking import mask_examples

if TYPE_CHECKING:
    from classifiers.engine import FieldResult

#: how Chinese speakers and platforms call people besides their names: a diminutive (`小平`,
#: `阿娟`, `老王`), `一只…` (`一只阿黄`), `…的…` (`不吃香菜的猫`), the default (`用户8342`, `微信用户`)
NICKNAME = r"^(?:[小阿老]\p{Han}{1,2}|一只\p{Han}{1,4}|\p{Han}{2,6}的\p{Han}{1,4}|(?:用户|微信用户|游客)\d{0,10})$"
#: shares of the distinct values: real names, nicknames, and all kinds together
NAME_SHARE = 0.2
NICKNAME_SHARE = 0.05
TOGETHER = 0.8
#: people are called differently: this share of the written values is distinct (a comment
#: table's writers recur, a few hundred comments by a hundred people)
DISTINCT_SHARE = 0.25
#: distinct values a column needs
MIN_DISTINCT = 20
SCORE = 0.6


def decide(results: Sequence[FieldResult], threshold: float, is_open: Callable[[FieldResult, float], bool]) -> None:
    """Decide each open column of nicknames as people's names (in place)."""
    for result in results:
        written = open_text(result, threshold, is_open)
        if written is None:
            continue
        distinct = pc.unique(written)
        if len(distinct) < MIN_DISTINCT or len(distinct) < DISTINCT_SHARE * len(written):
            continue
        names = np.array([is_han_name(v) for v in distinct.to_pylist()], dtype=bool)
        nicknames = as_mask(rx.match(distinct, NICKNAME)) & ~names
        handles = as_mask(rx.match(distinct, HANDLE))
        if names.mean() < NAME_SHARE or nicknames.mean() < NICKNAME_SHARE \
                or (names | nicknames | handles).mean() < TOGETHER:
            continue
        why = (f"{names.mean():.0%} of the distinct values are Han names, {nicknames.mean():.0%} nicknames "
               f"(`小…`, `阿…`, `用户…`) and {handles.mean():.0%} handles: what each person is called")
        detection = Detection(path=result.sample.path, entity="PERSON", confidence=SCORE,
                              signals=[Signal("table", why, SCORE)], recognizer="neighbours",
                              examples=mask_examples([str(v) for v in distinct.slice(0, 3).to_pylist()], "PERSON"))
        result.detections.insert(0, detection)
        result.detections.sort(key=lambda d: d.confidence, reverse=True)
