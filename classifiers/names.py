"""Field names as tokens: snake_case, camelCase, kebab-case and dot paths alike.

`context.device.advertisingId` -> own tokens ["advertising", "id"], parent tokens
["context", "device"]. Recognizers list name phrases ("ip address", "remote addr"); a phrase
matches when its tokens stand together in the field's own name (strong) or in its parent path
(weaker: `battery.level`, `geo.lat`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^A-Za-z0-9]+")
# "IPv4Address" would split as I|Pv4|Address: keep the acronym whole
_IPV = re.compile(r"IPv(?=[46])")


@lru_cache(maxsize=65536)
def tokenize(name: str) -> tuple[str, ...]:
    """Lower-case word tokens of one name segment or a whole path."""
    tokens: list[str] = []
    for chunk in _SPLIT.split(_IPV.sub("Ipv", name)):
        if chunk:
            tokens.extend(word.lower() for word in _CAMEL.split(chunk) if word)
    return tuple(tokens)


@dataclass(frozen=True)
class NameTokens:
    """The tokens of a field's own name and of the path that encloses it."""

    own: tuple[str, ...]
    parent: tuple[str, ...]
    raw: str

    @classmethod
    def of(cls, path: str) -> NameTokens:
        own, _, parent = path.rpartition(".")[::-1] if "." in path else (path, "", "")
        return cls(own=tokenize(own), parent=tokenize(parent), raw=path)

    def joined(self) -> str:
        """The own name with separators removed (`ipaddr`, `msisdn`), for compact spellings."""
        return "".join(self.own)


def contains_phrase(tokens: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """True when `phrase` stands contiguously in `tokens`."""
    n = len(phrase)
    if n == 0 or n > len(tokens):
        return False
    return any(tokens[i:i + n] == phrase for i in range(len(tokens) - n + 1))


def phrase(text: str) -> tuple[str, ...]:
    """A name phrase as tokens: `"ip address"` -> ("ip", "address")."""
    return tokenize(text)
