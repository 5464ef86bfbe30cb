"""Small vocabularies that recognizers match values against, shipped as package data.

One word or phrase per line in `<name>.txt`; `#` starts a comment. They are built from what
the things are in the world (vendor lists, ITU and IANA registries, standards), not from any
benchmark. Matching is case-insensitive and ignores surrounding blanks.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import pyarrow as pa
import pyarrow.compute as pc


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The lower-cased entries of vocabulary `name` (`carriers` -> carriers.txt); `a+b` is the
    union of two vocabularies."""
    if "+" in name:
        return frozenset().union(*(words(part) for part in name.split("+")))
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(e for e in entries if e)


@lru_cache(maxsize=None)
def _value_set(name: str) -> pa.Array:
    return pa.array(sorted(words(name)), pa.string())


def in_vocabulary(values: pa.Array, name: str, leading_words: bool = False) -> pa.Array:
    """Boolean mask: which (string) values are entries of vocabulary `name`.

    With `leading_words`, a value also counts when its first one or two words are an entry
    (`T-Mobile US`, `AT&T Mobility LLC`, `China Mobile Communications Corporation`).
    """
    entries = _value_set(name)
    normal = pc.utf8_lower(pc.utf8_trim_whitespace(values))
    mask = pc.fill_null(pc.is_in(normal, value_set=entries), False)
    if leading_words:
        for words in (r"^(?P<w>\S+\s+\S+)\s", r"^(?P<w>\S+)\s"):
            head = pc.extract_regex(normal, words).field("w")
            mask = pc.or_(mask, pc.fill_null(pc.is_in(head, value_set=entries), False))
    return mask
