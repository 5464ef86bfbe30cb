"""E-mail addresses (RFC 5322 in its everyday form: the dot-atom local part and a DNS domain).

The validator enforces what the pattern cannot say simply: a local part of at most 64
characters without leading, trailing or doubled dots, and a domain of labels that do not
start or end with a hyphen under an alphabetic top-level domain.
"""
from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.fastpath import judged
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView, as_mask
from classifiers.recognizer import FieldRecognizer, ValuePattern
from datamap.model import FieldSample

_ADDRESS = r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}"
#: the address inside a mailbox (`Jane <jane@x.org>`, `jane@x.org (Jane)`)
_MAILBOX = re.compile(r"<([^<>]+)>\s*$|^(\S+@\S+) \(")
#: the scheme of an address written as a URI
#: `mailto:`, or the label some EHR vendors write in its place (C-CDA's `telecom value="email:…"`)
_MAILTO = r"(?i:mailto|e-?mail):"
_MAILTO_RE = re.compile(r"^(?:mailto|e-?mail):", re.IGNORECASE)
_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
#: the everyday bare address, every rule of `is_email` written into the regex: dot-separated
#: runs in the local part (no leading, trailing or doubled dot), labels that neither start nor
#: end with a hyphen, an ASCII alphabetic top-level domain. Up to `_FAST_LENGTH` characters the
#: length limits (64 for the local part, 63 a label, 253 the domain) cannot be broken.
_FAST_ADDRESS = (r"^[A-Za-z0-9_%+'-]+(?:\.[A-Za-z0-9_%+'-]+)*@"
                 r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]+$")
_FAST_LENGTH = 64
#: one recipient of a header's list: an address, a mailbox, or an address in angle brackets
_RECIPIENT = rf"(?:(?:\"[^\"]+\"|[^<>@\",;]*[^<>@\",;\s])\s*<{_ADDRESS}>|<{_ADDRESS}>|{_ADDRESS})"
#: a mail header's recipients (`To`, `Cc`: `"Doe, J." <j@x.org>, k@y.org`), comma-separated
_RECIPIENTS = rf"{_RECIPIENT}(?:\s*[,;]\s*{_RECIPIENT})+"
_RECIPIENTS_RE = re.compile(f"^(?:{_RECIPIENTS})$")
_ADDRESS_RE = re.compile(_ADDRESS)
#: a dot-atom local part at a host of one alphabetic label (no top-level domain)
_LOCAL_ADDRESS = r"[A-Za-z0-9_%+'-]+(?:\.[A-Za-z0-9_%+'-]+)*@[A-Za-z][A-Za-z0-9-]{0,62}"
_LOCAL_ADDRESS_RE = re.compile(f"^{_LOCAL_ADDRESS}$")


class EmailRecognizer(FieldRecognizer):
    entity = "EMAIL_ADDRESS"
    closed_format = True
    names = ("email", "e mail", "mail", "email address", "mail address", "emailaddress", "mail addr", "mailbox",
             "email addr", "contact email", "reply to",
             # the envelope's sender and recipient as mail headers name them (`Return-Path`,
             # `Delivered-To`, `Envelope-To`): written `<jane@x.org>`, in angle brackets alone
             "return path", "delivered to", "envelope to", "envelope from")
    negative_names = ("reply to id", "reply to status id", "reply to message id", "status", "verified", "opt", "count", "sent", "domain", "template", "subject", "body",
                      "campaign", "bounce", "bounced", "opens", "open", "clicks", "click", "consent", "enabled",
                      "frequency", "type", "hash", "hashed", "md5", "sha256", "valid", "confirmed", "preference",
                      "format", "server", "host", "provider", "mailer", "queue", "unsubscribed", "sha1",
                      # the language of its mail, whether one takes it (`email_lang`, `email_subscribe`)
                      "lang", "language", "locale", "subscribe", "subscribed")
    #: ids that RFC 5545 and RFC 5322 write as `local@host` (iCalendar's `UID`: Google's
    #: `iCalUID` `8ndrpt97cl…@google.com`; a `Message-ID`, a `Content-ID`): an event's or a
    #: message's id, not a mailbox
    value_veto_names = ("ical uid", "i cal uid", "message id", "msg id", "content id")
    patterns = (
        ValuePattern("email", _ADDRESS, 0.9),
        # a mailbox as mail headers and address books write it (RFC 5322): `Jane Doe <jane@x.org>`,
        # `"Doe, Jane" <jane@x.org>`, or the older `jane@x.org (Jane Doe)`; never a bare `<local@host>`
        # (a Message-ID is written so)
        ValuePattern("mailbox with display name", rf"(?:\"[^\"]+\"|[^<>@\"]*[^<>@\"\s])\s*<{_ADDRESS}>|{_ADDRESS} \([^()]*\)", 0.9),
        # a display name that is itself an address, as senders of spam write it
        # (`eve@example.com <frank@example.com>`)
        ValuePattern("mailbox named by an address", rf"{_ADDRESS}\s+<{_ADDRESS}>", 0.9),
        # an address in angle brackets alone (`Return-Path: <jane@x.org>`) is how headers write a
        # mailbox without a name, and a Message-ID's form too: it backs a name that says e-mail
        # (or a column of mailboxes it stands among), never decides alone
        ValuePattern("address in angle brackets", rf"<{_ADDRESS}>", 0.3),
        # an address as a URI (RFC 6068), as calendars write organizers and attendees
        # (iCalendar's `mailto:jane@x.org`, `Jane Doe <MAILTO:jane@x.org>`)
        ValuePattern("mailto URI", rf"(?:[^<>@\"]*[^<>@\"\s]\s*<)?{_MAILTO}{_ADDRESS}>?", 0.9),
        # a header's list of recipients, each in any of those forms (a Message-ID is one, alone)
        ValuePattern("list of recipients", _RECIPIENTS, 0.9),
        # a mailbox on an intranet's mail host, without a public domain (a sample database's
        # `tammy.bryant@internalmail`, `jdoe@mailhub`): backs a name that says e-mail, never
        # decides alone (`root@localhost`, `git@server` are logins at machines as often)
        ValuePattern("address at a local mail host", _LOCAL_ADDRESS, 0.3),
    )
    context = ("email", "mail", "contact", "to")

    def validate(self, candidates: pa.Array) -> pa.Array:
        return judged(candidates, _fast_addresses,
                      lambda v: is_email(_address(v)) or _recipients(v) or _LOCAL_ADDRESS_RE.match(v) is not None)

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """The addresses' share (see FieldRecognizer), halved when a fair share of the other
        values are different bare handles (`gargron`, `kate_l`): a column of `user` and
        `user@server` is of accounts at servers (Mastodon's `acct`, Matrix, XMPP), where the
        local ones go without their server; an e-mail address never does."""
        signal = super().value_signal(sample)
        if signal is None or signal.score <= 0 or (signal.match_ratio or 0) >= 1.0:
            return signal
        distinct = FieldView.of(sample).informative
        bare = as_mask(rx.match(distinct.values, _BARE_HANDLE, distinct=True))
        handles = distinct.hits(bare)
        kinds = int(bare.sum())
        if handles < HANDLES_SHARE * distinct.total or kinds < HANDLES_MIN_DISTINCT:
            return signal
        return Signal("value", f"{signal.detail}; but {handles / distinct.total:.0%} are {kinds} handles without a "
                               "server: accounts at servers (a fediverse `acct`), no e-mail addresses",
                      round(signal.score * HANDLES_FACTOR, 4), signal.match_ratio)


#: bare handles beside `user@server` values: this share of the values, this many different ones
HANDLES_SHARE = 0.1
HANDLES_MIN_DISTINCT = 2
HANDLES_FACTOR = 0.5
#: a handle without its server: a letter, letters, digits, underscores, dots (`gargron`, `kate.l`)
_BARE_HANDLE = r"^[A-Za-z0-9_.]*[A-Za-z][A-Za-z0-9_.]{0,29}$"


def _fast_addresses(candidates: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """The everyday bare addresses, accepted in one pass (`is_email` would accept each); the
    others (mailboxes, long or non-ASCII addresses, the invalid) go to `is_email`."""
    sure = as_mask(pc.and_(rx.match(candidates, _FAST_ADDRESS),
                           pc.less_equal(pc.utf8_length(candidates), _FAST_LENGTH)))
    return sure, sure.copy()


def _recipients(text: str | None) -> bool:
    """A list of recipients whose every address is valid."""
    return bool(text) and _RECIPIENTS_RE.match(text) is not None \
        and all(is_email(address) for address in _ADDRESS_RE.findall(text))


def _address(text: str | None) -> str | None:
    """The address of a mailbox (`Jane <jane@x.org>` -> `jane@x.org`); a bare address as it is."""
    found = _MAILBOX.search(text) if text and ("<" in text or "(" in text) else None
    address = (found.group(1) or found.group(2)) if found else text
    return _MAILTO_RE.sub("", address, count=1) if address else address


def is_email(text: str | None) -> bool:
    if not text or text.count("@") != 1:
        return False
    local, domain = text.strip().split("@")
    if not local or len(local) > 64 or local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    labels = domain.split(".")
    return len(domain) <= 253 and len(labels) >= 2 and labels[-1].isalpha() and all(_LABEL.match(x) for x in labels)
