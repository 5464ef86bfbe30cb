"""Coded columns: codes explained by the column comment do not contradict the comment or the name."""
from __future__ import annotations

import pyarrow as pa
import pytest

from classifiers.code_legend import legend_codes
from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample


@pytest.mark.parametrize(("comment", "codes"), [
    ("用户身份：1-买家 2-商家 3-主播 4-分销员", {"1", "2", "3", "4"}),
    ("性别 0未知 1男 2女", {"0", "1", "2"}),
    ("status: 0=inactive, 1=active", {"0", "1"}),
    ("状态(1正常,2冻结)", {"1", "2"}),
    ("最后登录IP（INET_ATON）", set()),
    ("版本号 1.2.3", set()),
    ("年龄 18-60", set()),
    (None, set()),
])
def test_the_codes_a_comment_lists(comment, codes):
    assert legend_codes(comment) == codes


def _best(path: str, values: list, comment: str | None) -> str | None:
    sample = DatasetSample(name="shop.sql/t_user", source="t", kind="table",
                           fields=[FieldSample(path=path, values=pa.array(values), comment=comment)])
    best = classify_dataset(sample, embedded=False)[0].best()
    return best.entity if best else None


def test_a_role_stored_as_codes_is_still_a_role():
    codes = [1, 1, 2, 3, 1, 4, 2, 1, 1, 3] * 8
    assert _best("user_role", codes, "用户身份：1-买家 2-商家 3-主播 4-分销员") == "USER_ROLE"
    # without the legend the same numbers do contradict the name
    assert _best("user_role", codes, "用户身份") != "USER_ROLE"
    # values outside the legend are no codes of it
    assert _best("user_role", list(range(100, 180)), "用户身份：1-买家 2-商家 3-主播 4-分销员") != "USER_ROLE"
