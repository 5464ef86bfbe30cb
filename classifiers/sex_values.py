"""The values of a sex or gender column (`Male`/`Female`, `M`/`F`), told from their words alone.

Kept apart from the table view that first used it so that a recognizer (a person's name parts)
can ask it too: `Male` and `Female` are capitalised words, and a column of them between a given
name and a surname looks like a middle name to shape alone.
"""
from __future__ import annotations

import string

import pyarrow as pa
import pyarrow.compute as pc

from datamap.model import FieldSample

#: the values of a sex or gender column, in the words and letters data sets write them
SEX_VALUES = pa.array(["male", "female", "m", "f", "man", "woman", "men", "women", "boy", "girl",
                       "男", "女", "男性", "女性", "保密"])
#: ... those that are whole words: no initial of a middle name or a code reads as one
SEX_WORDS = pa.array([v for v in SEX_VALUES.to_pylist() if len(v) > 1 and v.isascii()])
#: a column of one-letter codes is a sex column only with this many values: `M` and `F` are
#: also initials (the table view's floor for a column of people's attributes)
SEX_MIN_VALUES = 10

#: characters no value of `SEX_VALUES` holds
_NOT_IN_SEX_WORDS = frozenset(string.digits + string.punctuation)


def _distinct_lowered(values: pa.Array) -> pa.Array | None:
    """The distinct trimmed lower-cased values of a text column, or None when it is no text or
    its first value holds a digit or a punctuation mark (ids, dates, codes, addresses: asked of
    every text column of a table, so most answer without a pass)."""
    if not len(values) or not pa.types.is_string(values.type):
        return None
    first = values[0].as_py()
    if first is not None and not _NOT_IN_SEX_WORDS.isdisjoint(first):
        return None
    return pc.unique(pc.utf8_lower(pc.utf8_trim_whitespace(pc.drop_null(values))))


def sexes(sample: FieldSample) -> bool:
    """A text column of only (mostly two) sex or gender words (`Male`/`Female`, `M`/`F`)."""
    if len(sample.values) < SEX_MIN_VALUES:
        return False
    distinct = _distinct_lowered(sample.values)
    return distinct is not None and 2 <= len(distinct) <= 3 \
        and pc.all(pc.is_in(distinct, value_set=SEX_VALUES)).as_py()


def sex_words(sample: FieldSample) -> bool:
    """A text column of sex or gender words spelled out (`Male`, `Female`, `woman`), however few
    its rows: no name of a person is one of them."""
    distinct = _distinct_lowered(sample.values)
    return distinct is not None and 1 <= len(distinct) <= 3 \
        and pc.all(pc.is_in(distinct, value_set=SEX_WORDS)).as_py()
