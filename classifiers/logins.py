"""Logins as people pick them, told by the values when the column's name says nothing.

A site that lets its users sign in with a name of their own or with their mobile number keeps
one login column of both: `jie51`, `caojing`, `19309445474` (RuoYi's `user_name`, an order's
`下单用户`, a login log's `login_name`). No value is telling alone (a lower-case token is a
code, eleven digits a phone), the mix is: codes are not phone numbers, and phones written
among lower-case handles are the handles' kind, each person's login. A staff login may also be
a job number (`718514`) or a display name in Chinese characters (`王强`) where the person gave
no handle.

Without phones among them, handles still read as logins in a table of people when they are
distinct row by row and as people make them up: some a name alone (`caojing`), some a name with
digits (`jie51`, `gsun595`), the names varied (`level1`, `level2` count one thing's levels).

Logins that recur over the rows point at the people who did what the rows record (orders,
rentals, logins): the table is one of records, and its own unique key, which the table's view
took for the people's key from the names and phones beside it (an order's recipient), numbers
the records, no one (unless the table is named for its people).

A column of secrets beside them says so too, whatever the table: passwords nobody changed from
the default (`123456`, `a123456`), the MD5 or SHA-1 digest of one (`e10adc39…`), or bcrypt's
salted hash (`$2a$10$…`, made for passwords alone) on most rows. The distinct handles (or phones,
job numbers, Chinese names) of that table are its people's logins, a staff table of five as
well (an audit column's lone `admin` is no secret: an account's name is no default password).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Detection, Signal
from classifiers.masking import mask_examples
from classifiers.recognizers.account_id import people_table_words
from classifiers.table_view import KEY_UNIQUE, WITHDRAWN_FACTOR, table_words

if TYPE_CHECKING:
    from classifiers.engine import FieldResult
    from datamap.model import DatasetSample, FieldSample

#: a handle: two lower-case Latin letters first (a letter and digits is a code: `p42`), then
#: letters, digits, `_` or `.`
HANDLE = r"^[a-z]{2}[a-z0-9_.]{0,30}$"
#: a mobile number as a login: mainland China's eleven digits (`1[3-9]…`, `+86` or not), or
#: any in E.164 with its plus
MOBILE = r"^(?:(?:\+?86[ -]?)?1[3-9]\d{9}|\+\d{8,15})$"
#: what else a staff login may be: a job number, or a name in Chinese characters where the
#: person chose no handle
OTHER_LOGIN = r"^(?:\d{4,8}|[\p{Han}·•]{2,10})$"
#: shares of the rows: enough phones to be no stray, enough handles to be the column's own kind,
#: and all three kinds together all but a stray value or two
MOBILE_SHARE = 0.05
HANDLE_SHARE = 0.3
TOGETHER = 0.9
#: distinct handles a column needs (one `admin` beside phones says nothing)
MIN_HANDLES = 5

#: handles without phones: a name's letters, a separator and letters again, digits at the end
NAME_HANDLE = r"^[a-z]{2,}(?:[._][a-z]+)*[0-9]{0,6}$"
#: ... of which some end in digits and some do not, with varied letters before the digits
SUFFIXED = r"\d$"
#: share of the rows that must be such handles, each row's own
PURE_SHARE = 0.9
#: shares of the handles ending in digits, and of those without
DIGITS_SHARE = 0.2
LETTERS_SHARE = 0.1
#: distinct letter stems among the handles that end in digits, against their number
VARIED_STEMS = 0.5
SCORE = 0.6

#: passwords left at a default (the lists of the most common passwords start with these)
DEFAULT_PASSWORDS = ("123456", "12345678", "123456789", "1234567", "12345", "1234", "123", "111111", "000000",
                     "888888", "666666", "123123", "a123456", "admin123", "password", "qwerty", "abc123")
#: ... and what a table keeps of them: the text, or its unsalted MD5, SHA-1 or SHA-256 digest
DEFAULT_SECRETS = pa.array(sorted({secret for password in DEFAULT_PASSWORDS for secret in (
    password, *(hashlib.new(kind, password.encode()).hexdigest() for kind in ("md5", "sha1", "sha256")))}))
#: bcrypt's modular crypt format: a salted hash made for passwords alone
BCRYPT = r"^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$"
#: share of a column's rows that must be such secrets
SECRET_SHARE = 0.5
#: a login column beside secrets: distinct row by row, at least this many, nearly all logins
SECRET_MIN_LOGINS = 3


def decide(dataset: DatasetSample, results: Sequence[FieldResult], people: bool, threshold: float,
           is_open: Callable[[FieldResult, float], bool]) -> None:
    """Decide each open text column of logins (in place); `people`: the table is one of people."""
    recurring = None
    secret = _secrets(results)
    for result in results:
        written = open_text(result, threshold, is_open)
        if written is None or len(written) < min(MIN_HANDLES, SECRET_MIN_LOGINS):
            continue
        why = None
        if len(written) >= MIN_HANDLES:
            why = _mixed(written) or (_made_up(written) if people else None)
        if why is None and secret is not None and result.sample.path != secret:
            why = _beside_secret(written, secret)
        if why is not None:
            detection = Detection(path=result.sample.path, entity="ACCOUNT_ID", confidence=SCORE,
                                  signals=[Signal("table", why, SCORE)], recognizer="neighbours",
                                  examples=mask_examples([str(v) for v in pc.unique(written.slice(0, 50))
                                                          .slice(0, 3).to_pylist()], "ACCOUNT_ID"))
            result.detections.insert(0, detection)
            result.detections.sort(key=lambda d: d.confidence, reverse=True)
            if recurring is None and len(pc.unique(written)) < KEY_UNIQUE * len(written):
                recurring = result.sample.path
    if recurring is not None and not people_table_words(dataset, table_words(dataset.name)):
        _records_key(results, recurring, threshold)


def _records_key(results: Sequence[FieldResult], logins: str, threshold: float) -> None:
    """Withdraw the table view's reading of the table's key as its people's (in place)."""
    for result in results:
        best = result.best(threshold)
        if best is not None and best.entity == "ACCOUNT_ID" and best.recognizer == "table_view":
            why = f"'{logins}' holds logins that recur over the rows: the key numbers records of people, no one"
            best.signals.append(Signal("table", why, WITHDRAWN_FACTOR - 1.0))
            best.confidence = round(best.confidence * WITHDRAWN_FACTOR, 4)
            result.detections.sort(key=lambda d: d.confidence, reverse=True)


def open_text(result: FieldResult, threshold: float,
              is_open: Callable[[FieldResult, float], bool]) -> pa.Array | None:
    """The written values (trimmed, blanks aside) of an open text column, or None."""
    values = result.sample.values
    if not is_open(result, threshold) or result.sample.origin not in ("column", "json") \
            or not pa.types.is_string(values.type):
        return None
    written = pc.utf8_trim_whitespace(pc.drop_null(values))
    return pc.filter(written, pc.not_equal(written, ""))


def _share(mask: pa.Array) -> float:
    return (pc.sum(pc.cast(mask, pa.int64())).as_py() or 0) / len(mask) if len(mask) else 0.0


def _mixed(written: pa.Array) -> str | None:
    """Handles, mobile numbers (and job numbers or Chinese names): the reason, or None."""
    mobiles = rx.match(written, MOBILE)
    handles = rx.match(written, HANDLE)
    phone, handle = _share(mobiles), _share(handles)
    if phone < MOBILE_SHARE or handle < HANDLE_SHARE:
        return None
    if phone + handle + _share(rx.match(written, OTHER_LOGIN)) < TOGETHER:
        return None
    if len(pc.unique(pc.filter(written, handles))) < MIN_HANDLES:
        return None
    return (f"{handle:.0%} of the values are handles and {phone:.0%} mobile numbers: logins, each person's "
            "handle or the phone they sign in with")


def _secrets(results: Sequence[FieldResult]) -> str | None:
    """The path of a column of passwords (defaults, their digests, bcrypt hashes), or None."""
    return next((result.sample.path for result in results if is_secret(result.sample)), None)


def is_secret(sample: FieldSample) -> bool:
    """Whether a column holds passwords on most rows: defaults (`123456` read as a number too),
    their digests, bcrypt hashes."""
    values = sample.values
    if sample.origin != "column" or not (pa.types.is_string(values.type) or pa.types.is_integer(values.type)):
        return False
    written = pc.utf8_trim_whitespace(pc.cast(pc.drop_null(values), pa.string()))
    return bool(len(written)) and _share(pc.or_(pc.is_in(written, value_set=DEFAULT_SECRETS),
                                                rx.match(written, BCRYPT))) >= SECRET_SHARE


def _beside_secret(written: pa.Array, secret: str) -> str | None:
    """Distinct handles (phones, job numbers, Chinese names among them) beside a column of
    passwords: the reason, or None."""
    if len(pc.unique(written)) < max(SECRET_MIN_LOGINS, PURE_SHARE * len(written)):
        return None
    handles = rx.match(written, NAME_HANDLE)
    if _share(handles) < HANDLE_SHARE:
        return None  # (Chinese names with one `admin` among them are the staff's names)
    logins = pc.or_(pc.or_(handles, rx.match(written, MOBILE)), rx.match(written, OTHER_LOGIN))
    if _share(logins) < PURE_SHARE:
        return None
    return f"distinct handles beside '{secret}', a column of passwords: each person's login"


def _made_up(written: pa.Array) -> str | None:
    """Distinct handles of names, some with digits and some without: the reason, or None."""
    if len(pc.unique(written)) < PURE_SHARE * len(written):
        return None
    handles = pc.filter(written, rx.match(written, NAME_HANDLE))
    if len(handles) < PURE_SHARE * len(written):
        return None
    suffixed = pc.filter(handles, rx.match(handles, SUFFIXED))
    digits = len(suffixed) / len(handles)
    if digits < DIGITS_SHARE or 1 - digits < LETTERS_SHARE:
        return None
    stems = pc.unique(pc.replace_substring_regex(suffixed, r"\d+$", ""))
    if len(stems) < VARIED_STEMS * len(suffixed):
        return None
    return (f"{len(handles)} distinct handles in a table of people, {digits:.0%} of them a name with digits "
            "behind: each person's login")
