"""Masked examples: enough shape for a reviewer to recognise the data, never the value itself.

The catalog stores only what these functions return (`j***@e***.com`, `203.0.113.x`).
"""
from __future__ import annotations

import ipaddress
import re

MAX_EXAMPLE_LENGTH = 60
_WORD_CHAR = re.compile(r"[A-Za-z0-9\u00C0-\uFFFF]")


def mask_value(value: object, entity: str = "") -> str:
    """One value masked for the catalog; the entity type picks the most telling mask."""
    text = str(value)
    # the entity says email, but the value holds no `@` (an 18-digit id a name made an email
    # candidate): masked as the text it is, not as `***@***.<the whole value>`
    if "@" in text and (entity == "EMAIL_ADDRESS" or ("." in text.rsplit("@", 1)[-1] and " " not in text)):
        return _mask_email(text)
    ip = _mask_ip(text)
    if ip is not None:
        return ip
    return _mask_generic(text)


def mask_examples(values: list[object], entity: str = "") -> list[str]:
    return [mask_value(v, entity) for v in values]


#: what an email's top-level domain may be (`com`, `co.uk`'s `uk`): letters; what follows them
#: (`com (user=u_28276307)`, an address taken with the text after it) is masked as any text
_TLD = re.compile(r"[A-Za-z]{0,24}")


def _mask_email(text: str) -> str:
    local, _, domain = text.rpartition("@")
    host, _, tld = domain.rpartition(".")
    letters = _TLD.match(tld).group()  # type: ignore[union-attr]  (it matches the empty string)
    rest = tld[len(letters):]
    return f"{local[:1]}***@{host[:1]}***.{letters}{_mask_generic(rest) if rest else ''}"


#: what an address `ipaddress` reads may hold before an IPv6 zone (`%eth0`): hex digits, dots
#: and colons (the brackets of `[::1]` are stripped first)
_IP_TEXT = re.compile(r"[0-9A-Fa-f.:]*[.:][0-9A-Fa-f.:]*")


def _mask_ip(text: str) -> str | None:
    candidate = text.strip()
    port = ""
    if candidate.count(":") == 1 and "." in candidate:  # IPv4 with a port
        candidate, port = candidate.split(":")
        port = ":x"
    if not _IP_TEXT.fullmatch(candidate.strip("[]").split("%", 1)[0]):
        return None  # (no address: what ipaddress would refuse, without its two exceptions)
    try:
        address = ipaddress.ip_address(candidate.strip("[]"))
    except ValueError:
        return None
    if address.version == 4:
        return ".".join(candidate.split(".")[:3]) + ".x" + port
    # exploded from the number, not the text: `exploded` re-reads the zone (`%eth٠`), and
    # CPython's re-reading raises on a zone that is not ASCII
    return ":".join(ipaddress.IPv6Address(int(address)).exploded.split(":")[:2]) + ":x:x:x:x:x:x"


#: an IPv4 address inside text (`pop3(user,1.2.3.4)`): its one-digit octets are words whose
#: first character is all of them, so it is masked as an address is
_EMBEDDED_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


def _mask_generic(text: str) -> str:
    """Keep separators and the first character of each word; star out the rest (an IPv4
    address inside the text is masked as addresses are: `1.2.3.x`)."""
    text = text[:MAX_EXAMPLE_LENGTH]
    out: list[str] = []
    at = 0
    for found in _EMBEDDED_IPV4.finditer(text):
        masked = _mask_ip(found.group())
        if masked is None:
            continue
        out.append(_mask_words(text[at:found.start()]))
        out.append(masked)
        at = found.end()
    out.append(_mask_words(text[at:]))
    return "".join(out)


def _mask_words(text: str) -> str:
    """Each run of word characters as its first character and a star for each other one."""
    return _WORD_RUN.sub(_first_and_stars, text)


#: a run of word characters: a word masked whole, in one call
_WORD_RUN = re.compile(f"(?:{_WORD_CHAR.pattern})+")


def _first_and_stars(word: re.Match[str]) -> str:
    found = word.group()
    return found[0] + "*" * (len(found) - 1)
