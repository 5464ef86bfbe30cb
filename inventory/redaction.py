"""Passwords out of everything datamap prints or stores: URLs, connection strings, errors."""
from __future__ import annotations

import re

REDACTED = "***"

# user:password@ in any URL-like text, and password=... in key/value connection strings
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s]*:)(?P<secret>[^@\s]*)(?P<tail>@)")
_KV_PASSWORD = re.compile(r"(?P<head>\b(?:password|passwd|pwd)\s*=\s*)(?P<secret>'[^']*'|[^\s&;]+)", re.I)


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """`text` with URL passwords, `password=` values and every known secret replaced by ***."""
    text = _URL_PASSWORD.sub(lambda m: m["head"] + REDACTED + m["tail"], text)
    text = _KV_PASSWORD.sub(lambda m: m["head"] + REDACTED, text)
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text
