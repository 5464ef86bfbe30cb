"""Name parts an e-mail address spells: a given name or surname told by the row's own address.

People's addresses are built from their names (`john.smith@…`, `jsmith@…`, `smithj@…`,
`diane_murphy@…`), so where names say nothing (`c02`, `c03`) a column of single words that,
row by row, are the words of the same row's address (`John` beside `john.smith@acme.com`,
`Murphy` beside `dmurphy@classicmodelcars.com`) holds the people's given names or surnames,
whatever the language or spelling (the name vocabularies need not know `Ryndérs`).

A value counts as spelled by its row's address when it is a word of the local part (split on
dots, underscores, hyphens, plus signs and digits), or, for a word of three letters or more,
when the local part opens or closes with it (`murphy` of `dmurphy`, `diane` of `dianem`). The
local part itself (`jsmith` beside `jsmith@…`) is the login, no name part: `neighbours`'
`_email_logins` claims that. A column must match on most rows (NAME_SHARE) of at least
MIN_ROWS (or, on one or two rows, be a whole word of each address), hold more than one value, and be letters only: a department code `Sales` beside
`sales@…` is one value for every row.

`decide_logins` reads the same spelling the other way round: a column of one token a row that
spells the surname of the person named on its row is that person's login (`SKING` beside
`Steven` | `King`), or, written `local@host` on a host of no domain, their intranet mailbox.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Detection, Signal
from classifiers.masking import mask_examples
from classifiers.names import NameTokens
from classifiers.recognizers.person_name import unaccented_array
from classifiers.table_view import says_nothing

if TYPE_CHECKING:
    from classifiers.engine import FieldResult

#: rows compared (the first of the sample), and how many of them must be compared at least
ROWS = 500
MIN_ROWS = 3
#: share of the compared rows whose value the address spells
NAME_SHARE = 0.6
#: distinct values a column needs (a constant beside every address is the domain's owner, no name)
MIN_DISTINCT = 2
#: a value glued into a local part (`dmurphy`) must be this long: `al` opens many words
GLUED_MIN = 3
#: letters of initials before a glued name part, and characters of a counter after it
INITIALS = 1
COUNTER_CHARS = 2
#: a name part: one word of letters (an apostrophe or hyphen inside: `O'Brien`, `Jean-Luc`)
_NAME_WORD = r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$"
#: what separates the words of a local part
_SEPARATORS = r"[._+\-\d]+"
SCORE = 0.6


def decide(results: Sequence[FieldResult], threshold: float, is_open: Callable[[FieldResult, float], bool]) -> None:
    """Claim, in place, the name-silent unclaimed columns whose values the same row's e-mail
    address spells (a `table` signal names the address column)."""
    emails = [r for r in results if (b := r.best(threshold)) is not None and b.entity == "EMAIL_ADDRESS"
              and r.sample.origin in ("column", "json") and pa.types.is_string(r.sample.values.type)]
    if not emails:
        return
    for result in results:
        sample = result.sample
        if not is_open(result, threshold) or sample.origin not in ("column", "json") \
                or not pa.types.is_string(sample.values.type):
            continue
        for email in emails:
            if email.sample.parent != sample.parent or len(email.sample.values) != len(sample.values):
                continue
            share, rows, words = spelled_share(sample.values, email.sample.values)
            if (rows >= MIN_ROWS and share >= NAME_SHARE) or (rows and words == 1.0):
                why = (f"{share:.0%} of {rows} rows hold a word that the same row's e-mail address in "
                       f"'{email.sample.path}' spells (a given name or surname)")
                examples = [str(v) for v in pc.unique(sample.values.drop_null().slice(0, 50)).slice(0, 3).to_pylist()]
                result.detections.insert(0, Detection(
                    path=sample.path, entity="PERSON", confidence=SCORE, signals=[Signal("table", why, SCORE)],
                    examples=mask_examples(examples, "PERSON"), recognizer="email_names"))
                _initialled_given(results, results.index(result), email, threshold, is_open)
                break


def _initialled_given(results: Sequence[FieldResult], surname: int, email: FieldResult, threshold: float,
                      is_open: Callable[[FieldResult, float], bool]) -> None:
    """The open column just before a surname the address spells, whose words open the same
    row's address (`Herculie` | `Sillick` beside `hsillick0@…`: the given name's initial, then the
    surname, as `jsmith` is built): the given names."""
    if surname == 0:
        return
    given = results[surname - 1]
    values = given.sample.values
    if not is_open(given, threshold) or given.sample.parent != email.sample.parent \
            or not pa.types.is_string(values.type) or len(values) != len(email.sample.values):
        return
    mine = _name_words(values)
    local = pc.utf8_lower(_local_parts(email.sample.values))
    both = pc.and_(_name_shaped(mine), pc.is_valid(local))
    rows = pc.sum(pc.cast(both, pa.int64())).as_py() or 0
    if rows < MIN_ROWS or pc.count_distinct(pc.filter(mine, both)).as_py() < MIN_DISTINCT:
        return
    opens = pc.equal(pc.utf8_slice_codeunits(mine, 0, 1), pc.utf8_slice_codeunits(local, 0, 1))
    share = pc.sum(pc.cast(pc.fill_null(pc.and_(opens, both), False), pa.int64())).as_py() / rows
    if share < NAME_SHARE:
        return
    why = (f"{share:.0%} of {rows} rows hold a word whose initial opens the same row's e-mail address in "
           f"'{email.sample.path}', before the surname it spells (a given name)")
    examples = [str(v) for v in pc.unique(values.drop_null().slice(0, 50)).slice(0, 3).to_pylist()]
    given.detections.insert(0, Detection(
        path=given.sample.path, entity="PERSON", confidence=SCORE, signals=[Signal("table", why, SCORE)],
        examples=mask_examples(examples, "PERSON"), recognizer="email_names"))


def spelled_share(values: pa.Array, emails: pa.Array) -> tuple[float, int, float]:
    """The share of rows (a name-shaped value beside an address) whose value the address's
    local part spells, how many rows were compared, and the share whose value is a whole word of
    it (`Mike` of `Mike.Hillyer@…`, telling on the one or two rows of a staff table); (0, 0, 0)
    when the column is no name part. Accents aside: `López` is `rlopez@…`."""
    return _spelled(values, _local_parts(emails))


def _local_parts(emails: pa.Array) -> pa.Array:
    """The local parts of the first ROWS addresses (`jsmith` of `jsmith@acme.com`; null: no address)."""
    return rx.extract(pc.utf8_trim_whitespace(emails.slice(0, ROWS)), r"^(?P<local>[^@\s]+)@[^@\s]+$").field("local")


def _name_words(values: pa.Array) -> pa.Array:
    """The first ROWS values trimmed, lower-cased and unaccented, as they are compared with local parts."""
    return pc.utf8_lower(unaccented_array(pc.utf8_trim_whitespace(values.slice(0, ROWS))))


def _name_shaped(mine: pa.Array) -> pa.Array:
    """Which of `_name_words` are one word of letters, two at least (null: False)."""
    return pc.fill_null(pc.and_(rx.match(mine, _NAME_WORD), pc.greater_equal(pc.utf8_length(mine), 2)), False)


#: a login (`SKING`, `jsmith`) or an intranet mailbox with no domain (`tammy.bryant@internalmail`)
_LOGIN = r"^(?P<local>[^@\s]{3,64})(?:@[A-Za-z0-9-]+)?$"
#: above a name part's pairing (0.6), which a login spelled from the row's surname overrules
LOGIN_SCORE = 0.65


def decide_logins(results: Sequence[FieldResult], threshold: float,
                  is_open: Callable[[FieldResult, float], bool]) -> None:
    """The other way round: a name-silent column of one token a row (or a mailbox on a host of
    no domain, which the e-mail recognizer leaves alone) that spells the surname of the person
    named on its row (`SKING` beside `Steven` | `King`, `tammy.bryant@internalmail` beside
    `Tammy Bryant`) is that person's login: an account id, or the mailbox's e-mail address."""
    names = [r for r in results if (b := r.best(threshold)) is not None and b.entity == "PERSON"
             and r.sample.origin in ("column", "json") and pa.types.is_string(r.sample.values.type)]
    for result in results if names else ():
        sample = result.sample
        if not (is_open(result, threshold) or _paired_only(result, threshold)) \
                or sample.origin not in ("column", "json") or not pa.types.is_string(sample.values.type):
            continue
        values = pc.utf8_trim_whitespace(sample.values.slice(0, ROWS))
        present = values.drop_null()
        if not len(present) or not pc.all(rx.match(present, _LOGIN)).as_py():
            continue
        mailbox = bool(pc.all(pc.match_substring(present, "@")).as_py())
        local = rx.extract(values, _LOGIN).field("local")
        for name in names:
            if name is result or name.sample.parent != sample.parent or len(name.sample.values) != len(sample.values):
                continue
            surnames = rx.extract(pc.utf8_trim_whitespace(name.sample.values.slice(0, ROWS)),
                                  r"(?P<last>[^\s]+)$").field("last")
            share, rows, _ = _spelled(surnames, local)
            if rows >= MIN_ROWS and share >= NAME_SHARE:
                entity = "EMAIL_ADDRESS" if mailbox else "ACCOUNT_ID"
                what = "mailbox" if mailbox else "login"
                why = (f"{share:.0%} of {rows} rows spell the surname of the person named in '{name.sample.path}' "
                       f"on the same row: that person's {what}")
                examples = [str(v) for v in pc.unique(present.slice(0, 50)).slice(0, 3).to_pylist()]
                result.detections.insert(0, Detection(
                    path=sample.path, entity=entity, confidence=LOGIN_SCORE,
                    signals=[Signal("table", why, LOGIN_SCORE)], examples=mask_examples(examples, entity),
                    recognizer="email_names"))
                result.detections.sort(key=lambda d: d.confidence, reverse=True)
                break


def _paired_only(result: FieldResult, threshold: float) -> bool:
    """A name-silent column that only its place beside name parts made a name (`SKING` after
    `Steven` | `King` reads as a name word in capitals): spelling the row's surname, it is a login."""
    best = result.best(threshold)
    return best is not None and best.entity == "PERSON" and best.confidence < LOGIN_SCORE \
        and all(s.kind == "context" for s in best.signals) and says_nothing(NameTokens.of(result.sample.path).own)


def _spelled(values: pa.Array, local: pa.Array) -> tuple[float, int, float]:
    """`spelled_share` over local parts already cut from their addresses (null: none)."""
    mine = _name_words(values)
    local = pc.utf8_lower(unaccented_array(local))
    both = pc.and_(_name_shaped(mine), pc.is_valid(local)).to_numpy(zero_copy_only=False)
    rows = int(both.sum())
    if not rows or pc.count_distinct(pc.filter(mine, pa.array(both))).as_py() < MIN_DISTINCT:
        return 0.0, 0, 0.0
    mine_np = np.asarray(pc.fill_null(mine, "").to_numpy(zero_copy_only=False), dtype=str)
    local_np = np.asarray(pc.fill_null(local, "").to_numpy(zero_copy_only=False), dtype=str)
    if (both & (mine_np == local_np)).sum() * 2 > rows:
        return 0.0, 0, 0.0  # the whole local part: a login (`_email_logins`), not a part of a name
    # a word of the local part: the words flattened, each compared with its own row's value
    words = pc.split_pattern_regex(pc.fill_null(local, ""), _SEPARATORS)
    flat = pc.list_flatten(words)
    parents = pc.list_parent_indices(words)
    hit = pc.equal(flat, pc.take(pc.fill_null(mine, ""), parents)).to_numpy(zero_copy_only=False)
    found = np.bincount(parents.to_numpy(zero_copy_only=False)[hit], minlength=len(mine_np)) > 0
    whole = float((found & both).sum()) / rows
    # glued into it (`dmurphy`, `dianem`): the local part without separators opens or closes with it
    glued = np.asarray(pc.replace_substring_regex(pc.fill_null(local, ""), _SEPARATORS, "")
                       .to_numpy(zero_copy_only=False), dtype=str)
    long_enough = np.char.str_len(mine_np) >= GLUED_MIN
    found |= long_enough & (np.char.startswith(glued, mine_np) | np.char.endswith(glued, mine_np))
    # or between an initial and a short counter a generator appends, base 36 (Mockaroo's
    # `aolochana`: `a` + `olochan` + the row's `a`; `hsillick0`)
    at = np.char.find(glued, mine_np)
    tail = np.char.str_len(glued) - (at + np.char.str_len(mine_np))
    found |= long_enough & (at >= 0) & (at <= INITIALS) & (tail <= COUNTER_CHARS)
    return float((found & both).sum()) / rows, rows, whole
