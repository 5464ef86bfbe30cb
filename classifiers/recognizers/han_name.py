"""Han person names told by their values alone (`张伟`, `欧阳娜娜`, `王先生`), whatever the column is named.

Two to four Han characters starting with a family name is also the shape of many words (`黄石`,
`金融`, `连衣裙`), so a value counts only when it is no everyday dictionary word and does not end
like a place or an organisation (see `classifiers.chinese_text.is_han_name`), and a column counts
only when its values are mostly different: people's names rarely repeat in a sample, while
categories, cities and product types do.
"""
from __future__ import annotations

import pyarrow as pa

from classifiers.chinese_text import is_han_name
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.recognizers.person_name import PersonNameRecognizer

#: share of distinct values among the candidates below which a column is a category, not names
MIN_DISTINCT = 0.3


class HanNameValueRecognizer(FieldRecognizer):
    entity = "PERSON"
    negative_names = PersonNameRecognizer.negative_names
    negative_vetoes = True
    patterns = (ValuePattern("Han family and given name", "[\u4e00-\u9fff]{2,4}", 0.75),)
    min_ratio = 0.7
    in_free_text = False  # inside sentences names are read by segmentation (classifiers/chinese_text.py)
    validates_each_value = False  # the share of distinct values is judged over the whole column

    def validate(self, candidates: pa.Array) -> pa.Array:
        values = candidates.to_pylist()
        if len(set(values)) < MIN_DISTINCT * len(values):
            return pa.array([False] * len(values), pa.bool_())
        return pa.array([bool(v) and is_han_name(v) for v in values], pa.bool_())
