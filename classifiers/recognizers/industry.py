"""The industry a user works in: NAICS/GICS sectors and the seller categories of marketplaces.

Industry words are also product-category words (`Beauty & Personal Care`), so the values
confirm a name (industry, sector, vertical) but never decide alone.
"""
from __future__ import annotations

import re

import pyarrow as pa

from classifiers import chinese, vocab
from classifiers.recognizer import LETTER, FieldRecognizer, ValuePattern

#: share of a value's words that must be industry words
MIN_KNOWN = 0.5


class IndustryRecognizer(FieldRecognizer):
    entity = "INDUSTRY"
    names = ("industry", "industries", "sector", "vertical", "business category", "industry category",
             "line of business", "business sector", "biz category", "business vertical", "industry type", "field of work")
    # not `category`: a product's category uses the same words as a seller's industry
    weak_names = ("business type", "niche", "domain of business")
    negative_names = ("id", "code", "count", "product", "item", "sku", "event", "file", "mime", "ticket", "error",
                      "disk", "memory", "storage")
    patterns = (ValuePattern("industry words", rf"[{LETTER}][{LETTER}0-9 &,/'.()、-]{{1,80}}", 0.5),)
    context = ("industry", "sector", "vertical", "works in")
    value_alone = False
    shape_suffices = True  # a named column of words: no list holds every industry in every language

    def validate(self, candidates: pa.Array) -> pa.Array:
        entries = vocab.words("industries")
        known = vocab.tokens_of("industries")
        return pa.array([v is not None and (v.lower().strip() in entries or vocab.share_known(v, known) >= MIN_KNOWN)
                         for v in candidates.to_pylist()], pa.bool_())


#: a Chinese industry value: Han words, perhaps beside a Latin abbreviation (`互联网/IT`)
_HAN_INDUSTRY = "[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z/、，,；; ]{0,40}"
#: separators of a value that names two or more industries (`医疗/健康`)
_PARTS = re.compile(r"\s*[/、，,；;]\s*")
#: the column names few industries: a column of many different Han phrases is something else
MAX_DISTINCT_SHARE = 0.5
#: share of values that must be named as a classification names a trade (`制造业`, `金融业`):
#: the short names alone (游戏, 体育, 金融) are also an app store's or a news site's categories
MIN_TRADE_SHARE = 0.1


class ChineseIndustryValueRecognizer(FieldRecognizer):
    """Industries written in Chinese, told by their values alone: the national classification's
    names (GB/T 4754, Taiwan's 行業統計分類) and the short names of registration forms are the
    words of no other kind of column (product categories are left out of the list)."""

    entity = "INDUSTRY"
    negative_names = IndustryRecognizer.negative_names
    negative_vetoes = True
    patterns = (ValuePattern("Chinese industry name", _HAN_INDUSTRY, 0.6),)
    min_ratio = 0.7
    in_free_text = False  # a sentence that mentions 金融 names no one's industry
    validates_each_value = False  # the column's variety is judged as a whole

    def validate(self, candidates: pa.Array) -> pa.Array:
        if chinese.all_ascii(candidates):  # no Han character, so no trade's name (`…业`)
            return pa.array([False] * len(candidates), pa.bool_())
        values = candidates.to_pylist()
        trades = sum(1 for v in values if v and chinese.simplified(v.strip()).endswith("业"))
        if (len(set(values)) > MAX_DISTINCT_SHARE * len(values) and len(values) >= 10) or trades < MIN_TRADE_SHARE * len(values):
            return pa.array([False] * len(values), pa.bool_())
        return pa.array([v is not None and chinese.HAN.search(v) is not None and _industry(v) for v in values], pa.bool_())


def _industry(value: str) -> bool:
    entries = vocab.words("industries_zh")
    text = chinese.simplified(value.strip()).lower()
    return text in entries or all(part in entries for part in _PARTS.split(text) if part)
