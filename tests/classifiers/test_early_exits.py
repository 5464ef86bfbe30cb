"""Shortcuts that skip work must give what the full work gives: each is compared here with the
computation it replaces, over values built to land on both sides of its bound."""
from __future__ import annotations

import random

import pyarrow as pa
import pytest

from classifiers import chinese
from classifiers.names import NameTokens, contains_phrase, phrase
from classifiers.recognizers.industry import ChineseIndustryValueRecognizer
from classifiers.recognizers.user_content import TEXT_SHARE, _share_reaching
from classifiers.recognizers.user_role import ChineseRoleValueRecognizer
from classifiers.registry import default_recognizers


def _full_share(texts: list[tuple[str, int]], accepted: set[str], total: int) -> float | None:
    share = sum(n for t, n in texts if t in accepted) / total
    return share if share >= TEXT_SHARE else None


def test_share_reaching_is_the_full_share_or_none():
    """Stopping once the texts left cannot lift the share to TEXT_SHARE gives the full count's
    answer: the share itself when it reaches TEXT_SHARE, None when it does not (shares near
    the bound included, where a float comparison could differ)."""
    rng = random.Random(7)
    for _ in range(3000):
        texts = [(f"t{i}", rng.randint(1, 5)) for i in range(rng.randint(1, 30))]
        total = sum(n for _, n in texts)
        accepted = {t for t, _ in texts if rng.random() < rng.choice([0.3, 0.6, 0.61, 0.9])}
        assert _share_reaching(texts, accepted.__contains__, total) == _full_share(texts, accepted, total)
    # exactly at the bound: 3 of 5 values
    texts = [("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1)]
    assert _share_reaching(texts, {"c", "d", "e"}.__contains__, 5) == 0.6
    assert _share_reaching(texts, {"d", "e"}.__contains__, 5) is None


def test_all_ascii():
    assert chinese.all_ascii(pa.array(["paid", None, "Berlin 10115"]))
    assert chinese.all_ascii(pa.array([None, None], pa.string()))
    assert not chinese.all_ascii(pa.array(["paid", "制造业"]))
    assert not chinese.all_ascii(pa.array(["Müller"]))  # not ASCII, though not Han: the slow path judges it


@pytest.mark.parametrize("recognizer", [ChineseIndustryValueRecognizer(), ChineseRoleValueRecognizer()])
def test_chinese_validators_on_latin_and_han_values(recognizer):
    """Latin values are no Chinese industry or role, one verdict a value; Han values are still
    judged (a column of trades, of platform roles)."""
    latin = pa.array(["Berlin", "Paris", None, "Oslo", "Lima", "Berlin"])
    assert recognizer.validate(latin).to_pylist() == [False] * len(latin)
    han = (pa.array(["制造业", "金融业", "教育", "制造业", "房地产业"]) if isinstance(recognizer, ChineseIndustryValueRecognizer)
           else pa.array(["个人买家", "入驻商家", "带货主播", "个人买家", "入驻商家", "带货主播"]))
    assert any(recognizer.validate(han).to_pylist())


@pytest.mark.parametrize("name", ["article_number", "sku", "ical_uid", "message id", "avatar_url", "phone",
                                  "msg_id_hash", "head_img", "email", "part_no_2", "store_city"])
def test_values_vetoed_by_first_token_is_every_phrase_walked(name):
    """`values_vetoed` walks only the phrases whose first token the name holds: the same
    answer as walking all of them, for every recognizer."""
    tokens = NameTokens.of(name)
    for recognizer in default_recognizers():
        walked = any(contains_phrase(tokens.own, phrase(words)) for words in recognizer.value_veto_names)
        assert recognizer.values_vetoed(tokens) == walked, (recognizer, name)
