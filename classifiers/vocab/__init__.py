"""Vocabularies that recognizers test values against, shipped as package data.

Each `<name>.txt` beside this module holds one lower-case entry a line; `#` starts a comment.
Every file says in its header where its entries come from (standards, public data).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of vocabulary `name` (`first_names`, `industries`...), lower case."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.lstrip().startswith("#"))


def tokens_of(vocabulary: frozenset[str]) -> frozenset[str]:
    """Every word that occurs in a vocabulary's entries (`beauty & personal care` -> beauty, personal, care)."""
    return frozenset(word for entry in vocabulary for word in _words(entry))


def _words(text: str) -> list[str]:
    return [w for w in "".join(c if c.isalnum() else " " for c in text.lower()).split() if len(w) > 1]


def share_known(text: str, vocabulary_tokens: frozenset[str]) -> float:
    """The share of a value's words that a vocabulary knows (0.0 for a value with no words)."""
    found = _words(text)
    if not found:
        return 0.0
    return sum(w in vocabulary_tokens for w in found) / len(found)
