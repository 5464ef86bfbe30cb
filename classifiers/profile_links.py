"""A column that a profile link of the same row spells out is the account the link is for.

An API's user object (GitHub's, GitLab's, a forum's) carries the account's handle and numeric
id beside links built from them: `https://github.com/octocat` beside `login: octocat`,
`https://avatars.example.com/u/583231` beside `id: 583231`. When the names say nothing (`c15`,
a vendor's abbreviation), the values still tell: a column whose value, row by row, is the
account segment of a profile link in the same row is that account's handle or id.

Two forms of link count:

- **a user path** (`/u/583231`, `/users/octocat`, `/profile/octocat`, `/@octocat`): the path
  says "this is a user" itself, so a handful of rows (even one) is enough;
- **a bare one-segment path** (`https://github.com/octocat`): a site's page can be one segment
  too (`/about` beside a CMS page's slug), so it counts only for several distinct values in a
  table that already holds something about a person or what one did (a name, an e-mail, an
  account, an event).

Only columns whose names say nothing are read (the caller's `is_open`): a `slug` or `path`
column names what it holds.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Detection, Signal
from classifiers.masking import mask_examples
from classifiers.table_view import PERSON_ENTITIES, RECORD_ENTITIES

if TYPE_CHECKING:
    from classifiers.engine import FieldResult

#: rows compared per pair of columns
ROWS = 200
#: share of the rows holding both a value and a link in which the value is the link's account
MATCH_SHARE = 0.8
#: distinct matched values a bare one-segment link needs (a user path needs one)
BARE_MIN_DISTINCT = 3
#: the confidence each form gives: a user path says "user" itself; a bare path needs the table
USER_PATH_SCORE = 0.7
BARE_PATH_SCORE = 0.6
#: the recognizer a claim is made under (a table's links are then an API object's own, see neighbours)
RECOGNIZER = "profile_links"
#: what a table must hold for a bare one-segment link to be a profile
SUPPORTING = PERSON_ENTITIES | RECORD_ENTITIES
#: the path of an http(s) link, without its query or fragment
_PATH = r"^https?://[^/?#\s]+(?P<path>/[^?#\s]*)?(?:[?#].*)?$"
#: a path that names a user by its first segment (`/u/583231`, `/users/octocat`), or Medium's,
#: Mastodon's and YouTube's `/@handle`
_USER_PATH = (r"^/(?:(?i:u|user|users|profile|profiles|people|member|members|account|accounts|author|authors)/"
              r"|@)(?P<account>[^/]+)/?$")
_BARE_PATH = r"^/(?P<account>[^/@]+)/?$"


def decide(results: Sequence[FieldResult], threshold: float, is_open: Callable[[FieldResult, float], bool]) -> None:
    """Claim, in place, the unclaimed name-silent columns that a profile link of the same row
    spells out, as the accounts those links are for."""
    links = [(result, paths) for result in results if (paths := _paths(result)) is not None]
    if not links:
        return
    for user_path, pattern, score in ((True, _USER_PATH, USER_PATH_SCORE), (False, _BARE_PATH, BARE_PATH_SCORE)):
        if not user_path and not _supported(results, threshold):
            return
        for link, paths in links:
            accounts = pc.utf8_lower(_group(rx.extract(paths, pattern), "account"))
            for result in results:
                if result is link or not is_open(result, threshold) or result.sample.parent != link.sample.parent:
                    continue
                values = account_texts(result.sample.values)
                if values is None or len(values) != len(accounts):
                    continue
                matched = _matched(values, accounts, 1 if user_path else BARE_MIN_DISTINCT)
                if matched is None:
                    continue
                form = "a user path (`/users/…`, `/u/…`, `/@…`)" if user_path else "its one-segment path"
                why = (f"{matched:.0%} of rows: the value is the account that the link '{link.sample.path}' "
                       f"of the same row names by {form}: a profile link's handle or id")
                _claim(result, score, why)


def _paths(result: FieldResult) -> pa.Array | None:
    """The links' paths of a column of http(s) links (null where a row holds none), or None."""
    values = result.sample.values
    if result.sample.origin not in ("column", "json") or not pa.types.is_string(values.type):
        return None
    head = values.slice(0, ROWS)
    found = rx.extract(head, _PATH)
    if found.null_count == len(found):
        return None
    return _group(found, "path")


def _group(found: pa.StructArray, name: str) -> pa.Array:
    """A named group's texts, null where the value did not match (a struct's `field` keeps the
    child's `""` there)."""
    return pc.if_else(found.is_valid(), found.field(name), pa.scalar(None, pa.string()))


def whole_numbers(values: pa.Array) -> pa.Array | None:
    """Integers, or floats that are all whole, as integers (a CSV reader makes a float column of
    a sparse integer one: ids, an event table's screen written on some events only); else None."""
    if pa.types.is_integer(values.type):
        return values
    if not pa.types.is_floating(values.type):
        return None
    present = values.drop_null()
    if not len(present) or not pc.all(pc.equal(pc.floor(present), present)).as_py():
        return None
    return pc.cast(values, pa.int64())


def account_texts(values: pa.Array) -> pa.Array | None:
    """The first rows as lower-case text: whole numbers as a link writes them (`637990.0` is
    `637990`), text as it is."""
    head = values.slice(0, ROWS)
    if (numbers := whole_numbers(head)) is not None:
        return pc.cast(numbers, pa.string())
    if pa.types.is_string(head.type):
        return pc.utf8_lower(pc.replace_substring_regex(head, r"^(\d+)\.0$", r"\1"))
    return None


def _matched(values: pa.Array, accounts: pa.Array, min_distinct: int) -> float | None:
    """The share of rows holding both whose value is the link's account, when it is at least
    `MATCH_SHARE` over at least `min_distinct` distinct values; else None."""
    both = pc.and_(pc.is_valid(values), pc.is_valid(accounts))
    rows = pc.sum(both).as_py() or 0
    if not rows:
        return None
    same = pc.fill_null(pc.equal(values, accounts), False)
    hits = pc.sum(same).as_py() or 0
    if hits < MATCH_SHARE * rows or pc.count_distinct(pc.filter(values, same)).as_py() < min_distinct:
        return None
    return hits / rows


def _supported(results: Sequence[FieldResult], threshold: float) -> bool:
    return any((best := r.best(threshold)) is not None and best.entity in SUPPORTING for r in results)


def _claim(result: FieldResult, score: float, why: str) -> None:
    examples = [str(v) for v in pc.unique(result.sample.values.drop_null().slice(0, 50)).slice(0, 3).to_pylist()]
    detection = Detection(path=result.sample.path, entity="ACCOUNT_ID", confidence=score,
                          signals=[Signal("table", why, score)], examples=mask_examples(examples, "ACCOUNT_ID"),
                          recognizer=RECOGNIZER)
    result.detections.insert(0, detection)
    result.detections.sort(key=lambda d: d.confidence, reverse=True)
