"""Sibling and parent fields: the context that decides what a bare number means.

A column of floats is a latitude only beside a longitude; a `width` is a screen width inside
a `screen` object or beside a `height`. Recognizers ask these questions through the helpers
here, so every recognizer reads the dataset's layout the same way.
"""
from __future__ import annotations

from collections.abc import Iterable

from classifiers.names import NameTokens, markup_attribute, tokenize
from datamap.model import DatasetSample, FieldSample


#: what a login or a handle is called: beside one, an object is an account (its key the account
#: id) and its `name` the name its owner set (GitHub's `login`, GitLab's `username`, Mastodon's
#: `acct`)
LOGIN_NAMES = frozenset({"login", "username", "screenname", "handle", "acct"})
#: those and a nickname: beside one, a `name` is the name its owner set; but a nickname makes
#: no object an account (a Stripe plan's `nickname` beside its `id`)
HANDLE_NAMES = LOGIN_NAMES | {"nickname"}


def siblings(sample: FieldSample, dataset: DatasetSample) -> list[FieldSample]:
    """The other fields of the same enclosing object (same parent path)."""
    return [f for f in dataset.fields if f.parent == sample.parent and f.path != sample.path]


def adjacent(sample: FieldSample, dataset: DatasetSample, reach: int = 1) -> list[FieldSample]:
    """The fields just before and after this one in the same object (`reach` of them each way,
    nearest first): exports keep what belongs together side by side (latitude then longitude, a
    battery level then its charging state)."""
    fields = [f for f in dataset.fields if f.parent == sample.parent]
    index = next((i for i, f in enumerate(fields) if f.path == sample.path), None)
    if index is None:
        return []
    near: list[FieldSample] = []
    for step in range(1, reach + 1):
        near += [fields[i] for i in (index - step, index + step) if 0 <= i < len(fields)]
    return near


def sibling_with(sample: FieldSample, dataset: DatasetSample, words: Iterable[str]) -> FieldSample | None:
    """The first sibling whose own name has one of `words` as a token (or as its joined name)."""
    wanted = frozenset(words)
    for other in siblings(sample, dataset):
        tokens = NameTokens.of(other.path)
        if wanted & set(tokens.own) or tokens.joined() in wanted:
            return other
    return None


def parent_has(sample: FieldSample, words: Iterable[str]) -> str | None:
    """The first of `words` that is a token of the field's parent path, if any; none for an XML
    element's markup attribute (`addr@use` holds `H`, no place of the address)."""
    if markup_attribute(sample.name):
        return None
    return _first_token(sample.parent, words)


def own_has(sample: FieldSample, words: Iterable[str]) -> str | None:
    """The first of `words` that is a token of the field's own name, if any."""
    return _first_token(sample.name, words)


def _first_token(name: str, words: Iterable[str]) -> str | None:
    tokens = set(tokenize(name))
    return next((word for word in words if word in tokens), None)


def login_beside(sample: FieldSample, dataset: DatasetSample,
                 names: frozenset[str] = LOGIN_NAMES) -> FieldSample | None:
    """A login or a handle (`names`) in the same object as `sample`, if there is one."""
    for other in siblings(sample, dataset):
        if NameTokens.of(other.path).joined() in names:
            return other
    return None
