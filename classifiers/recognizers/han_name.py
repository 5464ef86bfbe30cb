"""Han person names told by their values alone (`张伟`, `欧阳娜娜`, `王先生`), whatever the column is named.

Two to four Han characters starting with a family name is also the shape of many words (`黄石`,
`金融`, `连衣裙`), so a value counts only when it is no everyday dictionary word and does not end
like a place or an organisation (see `classifiers.chinese_text.is_han_name`), and a column counts
only when its values are mostly different (people's names rarely repeat in a sample, while
categories, cities and product types do) or at least twenty different names (the few couriers
or staff who serve many rows), or fewer, from eight, when every one of them reads as a name.
"""
from __future__ import annotations

import re

import pyarrow as pa

from classifiers.chinese_text import is_han_name, surname_of
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.recognizers.person_name import PersonNameRecognizer

#: share of distinct values among the candidates below which a column is a category, not names
MIN_DISTINCT = 0.3
#: a column of masked names alone needs this many different ones (family names and masks)
MIN_MASKED_DISTINCT = 5
#: a few people serve many rows (couriers, guardians, staff): this many different names pass
#: however often each repeats; categories that read as names are fewer
MIN_NAMES = 20
#: fewer different names pass when every one of them reads as a name (see `_few_people`)
FEW_NAMES = 8
#: ... all but one in this many of them
FEW_NAMES_STRAY = 10
_MASKS = re.compile("[*＊某]$")
#: marks after one character that hide a name longer than a Han one (a minority or foreign name)
LONG_MASK = 4


class HanNameValueRecognizer(FieldRecognizer):
    entity = "PERSON"
    negative_names = PersonNameRecognizer.negative_names
    negative_vetoes = True
    patterns = (ValuePattern("Han family and given name", "[\u4e00-\u9fff]{2,4}", 0.75),
                # masked for display as Chinese back ends export them: the family name kept (`张**`, `欧阳*`, `李某`)
                ValuePattern("masked Han name", "[\u4e00-\u9fff]{1,2}(?:[*＊]{1,3}|某{1,2})", 0.75),
                # a minority or foreign name masked after its first character (`阿*******` for
                # `阿不都·热合曼`): more marks than any Han given name has characters
                ValuePattern("masked long name", "[\u4e00-\u9fff][*＊]{4,12}", 0.75),
                # minority and foreign names with a middle dot (`买买提·艾力`), and a family name with
                # a form of address in brackets as delivery platforms show customers (`王(先生)`)
                ValuePattern("Han name with a middle dot", "[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,3}", 0.75),
                ValuePattern("family name and form of address", "[\u4e00-\u9fff]{1,2}[(（](?:先生|女士|小姐)[)）]", 0.75))
    min_ratio = 0.7
    in_free_text = False  # inside sentences names are read by segmentation (classifiers/chinese_text.py)
    validates_each_value = False  # the share of distinct values is judged over the whole column

    def validate(self, candidates: pa.Array) -> pa.Array:
        values = candidates.to_pylist()
        # masked names repeat (the family names are few): distinctness is asked of the others
        plain = [v for v in values if not _MASKS.search(v or "")]
        distinct = set(plain)
        if (len(distinct) < min(MIN_DISTINCT * len(plain), MIN_NAMES) and not _few_people(distinct)) \
                or (not plain and len(set(values)) < MIN_MASKED_DISTINCT):
            return pa.array([False] * len(values), pa.bool_())
        return pa.array([bool(v) and (is_han_name(v) or _masked_name(v)) for v in values], pa.bool_())


def _few_people(distinct: set[str]) -> bool:
    """A few people serving many rows (a school's eight class teachers over 300 students, a ward's
    fifteen doctors over 400 orders): fewer names than `MIN_NAMES`, but every one of them a name,
    which a column of categories, places or products is not; one in ten may be a name of a rare
    family the list lacks (`哈凤兰`: 哈, a Hui family name, also starts words)."""
    return len(distinct) >= FEW_NAMES \
        and sum(not is_han_name(v) for v in distinct) <= len(distinct) // FEW_NAMES_STRAY


def _masked_name(value: str) -> bool:
    """A family name and its mask: what is left of a name once the given name is hidden."""
    kept = value.rstrip("*＊某")
    if len(kept) == 1 and len(value) - len(kept) >= LONG_MASK:
        return True  # a long name's first character (a minority name's), no family name to check
    return kept != value and bool(kept) and surname_of(kept) == kept
