"""The industry a user works in: NAICS/GICS sectors and the seller categories of marketplaces.

Industry words are also product-category words (`Beauty & Personal Care`), so the values
confirm a name (industry, sector, vertical) but never decide alone.
"""
from __future__ import annotations

import pyarrow as pa

from classifiers import vocab
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
