"""Passwords out of everything datamap prints or stores: URLs, connection strings, errors.

A database URL is read by its structure, the way a person writes it: the user information
runs from `://` to the *last* `@` (a password may hold an unencoded `@`, `/`, `:` or `?`),
the user name ends at its first `:`, and the rest is the password. `normalise_url` then
percent-encodes user and password so that libpq and SQLAlchemy split the URL in the same
place (and connect with the right password); `redact_url` replaces the password, in its
position, by `***`.
"""
from __future__ import annotations

import re
from urllib.parse import quote, unquote_to_bytes

REDACTED = "***"

# a secret this short is not searched for in free text: replacing every `x` of a message
# would make it unreadable and tell the password; URL positions are redacted whatever its length
MIN_FREE_TEXT_SECRET = 6

# a URL-like token of a message (a password with a space in it is caught as a known secret)
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://\S+")
_KV_PASSWORD = re.compile(r"(?P<head>\b(?:password|passwd|pwd)\s*=\s*)(?P<secret>'[^']*'|[^\s&;]+)", re.I)
# %XX escapes already in a URL are kept as they are; any other character that would end
# the user or the password early is encoded
_SAFE = "!$&'()*+,;=-._~"
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def split_userinfo(url: str) -> tuple[str, str, str | None, str] | None:
    """(scheme, user, password or None, host and the rest) of a URL with user information,
    None for a URL without (`sqlite:///path`, `postgresql://host/db`)."""
    scheme, sep, rest = url.partition("://")
    if not sep or rest.startswith("/"):
        return None
    at = rest.rfind("@")
    if at < 0:
        return None
    user, colon, password = rest[:at].partition(":")
    return scheme, user, (password if colon else None), rest[at + 1:]


def _encode(part: str) -> str:
    unescaped = unquote_to_bytes(part)
    try:
        text = unescaped.decode("utf-8")
    except UnicodeDecodeError:
        text = "\x00"
    if "\x00" in text:
        # `%80` (not UTF-8) or `%00` (a NUL, which libpq refuses) is no escape a person would
        # write: the % signs are the password's own characters, encoded like any other
        return quote(part, safe=_SAFE)
    pieces, last = [], 0
    for match in _ESCAPE.finditer(part):
        pieces.append(quote(part[last:match.start()], safe=_SAFE))
        pieces.append(match.group())
        last = match.end()
    pieces.append(quote(part[last:], safe=_SAFE))
    return "".join(pieces)


def normalise_url(url: str) -> str:
    """`url` with its user and password percent-encoded where they hold a character that
    would end them early (`@`, `/`, `?`, `#`, `:` in the user name, spaces...)."""
    parts = split_userinfo(url)
    if parts is None:
        return url
    scheme, user, password, rest = parts
    userinfo = _encode(user) + ("" if password is None else ":" + _encode(password))
    return f"{scheme}://{userinfo}@{rest}"


def redact_url(url: str) -> str:
    """`url` with its password replaced by *** (only there: the same characters elsewhere
    in the URL stay)."""
    parts = split_userinfo(url)
    if parts is None or parts[2] is None:
        return url
    scheme, user, _, rest = parts
    return f"{scheme}://{user}:{REDACTED}@{rest}"


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """`text` with the password of every URL in it, `password=` values and every known secret
    long enough to be told from ordinary text replaced by ***."""
    text = _URL.sub(lambda m: redact_url(m.group()), text)
    text = _KV_PASSWORD.sub(lambda m: m["head"] + REDACTED, text)
    for secret in secrets:
        if len(secret) >= MIN_FREE_TEXT_SECRET:
            text = text.replace(secret, REDACTED)
    return text
