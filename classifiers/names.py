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


# Abbreviations seen in real schemas, expanded before recognizers read a name, so that every
# recognizer that names "battery level" also knows `bat_lvl`. A recognizer lists full words;
# an abbreviation is either expanded here or listed by recognizers, never both (a test holds
# this). Ambiguous ones stay out (`res`: resolution or response; `acc`: account or accuracy).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "usr": ("user",), "dev": ("device",), "dvc": ("device",), "mfr": ("manufacturer",),
    "mfg": ("manufacturer",), "manuf": ("manufacturer",), "mnf": ("manufacturer",), "mdl": ("model",),
    "brnd": ("brand",), "lvl": ("level",), "vol": ("volume",), "rngr": ("ringer",), "md": ("mode",),
    "ofs": ("offset",), "offs": ("offset",), "andr": ("android",), "ks": ("keystroke",),
    "kst": ("keystroke",), "scr": ("screen",), "scrn": ("screen",), "nm": ("name",), "mob": ("mobile",),
    "cty": ("city",), "rgn": ("region",), "tmz": ("timezone",), "tmzn": ("timezone",),
    "btry": ("battery",), "chrg": ("charging",), "nwk": ("network",), "ntwk": ("network",),
    "typ": ("type",), "accnt": ("account",), "evt": ("event",), "sess": ("session",),
    "cmt": ("comment",), "alt": ("altitude",),
}


def expand(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Tokens with known abbreviations replaced by the words they stand for."""
    return tuple(word for token in tokens for word in ABBREVIATIONS.get(token, (token,)))


@dataclass(frozen=True)
class NameTokens:
    """The tokens of a field's own name and of the path that encloses it."""

    own: tuple[str, ...]
    parent: tuple[str, ...]
    raw: str

    @classmethod
    def of(cls, path: str) -> NameTokens:
        own, _, parent = path.rpartition(".")[::-1] if "." in path else (path, "", "")
        return cls(own=expand(tokenize(own)), parent=expand(tokenize(parent)), raw=path)

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
