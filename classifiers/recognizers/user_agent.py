"""User-agent strings (RFC 9110 product tokens and comments), confirmed with ua-parser.

The patterns only find candidates shaped like `product/version (comment)`; ua-parser's
regexes (the uap-core database that browsers' analytics use) then decide: a candidate is a
user agent when it recognises a browser, an HTTP client, an OS or a device in it. `video/78617`
or `image/heic` have the shape but nothing ua-parser knows.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pyarrow as pa

from classifiers.recognizer import FieldRecognizer, ValuePattern, VocabularyMatch
from classifiers.recognizers.behavioral import PROTOCOL_VERSION


class UserAgentRecognizer(FieldRecognizer):
    entity = "USER_AGENT"
    names = ("user agent", "useragent", "ua", "http user agent", "agent string", "browser agent", "cs user agent",
             "ua string", "client agent", "user agent string")
    weak_names = ("agent", "browser")
    negative_names = ("parsed", "family", "major", "minor", "patch", "id", "type", "count", "hash", "version",
                      # the client hints that split a user agent into parts (`Sec-CH-UA-Model`,
                      # `Sec-CH-UA-Arch`, `Sec-CH-UA-Form-Factors`): each part has its own category
                      "model", "arch", "bitness", "form factors", "form factor")
    patterns = (
        ValuePattern("mozilla", r"Mozilla/\d\.\d .+", 0.9),
        ValuePattern("product tokens", r"[A-Za-z][\w.+!-]*(?: [A-Za-z][\w.+!-]*)?/[\w.-]*\d[\w.-]*(?: .*)?", 0.8),
        ValuePattern("product with comment", r"[A-Za-z][\w.+ -]* v?\d[\w.-]* .*\([^)]*;[^)]*\).*", 0.8),
    )
    # a browser's name (`Chrome`, `Mobile Safari`, `QQ浏览器`, with or without its version): the user
    # agent reduced to its browser, as a login log's `browser` (浏览器类型) keeps it; backs a
    # browser name only, never decides alone (a store's `Chrome` is a product)
    vocabularies = (VocabularyMatch("browser name", "browsers", 0.3, leading_words=True),)
    context = ("user agent", "agent", "browser", "ua")

    def validate(self, candidates: pa.Array) -> pa.Array:
        return pa.array([_known_agent(v) for v in candidates.to_pylist()], pa.bool_())


# RFC 9110: User-Agent = product *( RWS ( product / comment ) ), product = token ["/" version]
_PRODUCTS = re.compile(r"^[A-Za-z][\w.+!-]*/[\w.-]*\d[\w.-]*(?:\s+(?:[A-Za-z][\w.+!-]*/[\w.-]*\d[\w.-]*|\([^)]*\)))+$")


#: a REST or FHIR resource by its type and id (`Condition/864227c1-ef70-…`, `Patient/3f2a…`):
#: the id is a UUID or a long hex key, where a product's version has dots and short numbers
#: (ua-parser's catch-all still calls it a `Generic Feature Phone`)
_RESOURCE_REFERENCE = re.compile(r"^[A-Za-z][\w.-]*/(?:[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
                                 r"|[0-9a-fA-F]{16,})$")


#: a protocol's name and version (Cloudflare's `ClientRequestProtocol` of `HTTP/2`, a request
#: line's `HTTP/1.1`): how a request travelled, which ua-parser's catch-all reads as a client
_PROTOCOL_VERSION = re.compile(PROTOCOL_VERSION)


@lru_cache(maxsize=4096)
def _known_agent(text: str | None) -> bool:
    """ua-parser recognises a browser, client, OS or device, or the string chains several
    versioned products (a tracker's own agent, `snowplow/andr-1.7.1 android/9`)."""
    if not text or _RESOURCE_REFERENCE.match(text) or _PROTOCOL_VERSION.match(text):
        return False
    from ua_parser import parse  # its regex tables load on first use

    result = parse(text)
    if any(part is not None for part in (result.user_agent, result.os, result.device)):
        return True
    return _PRODUCTS.match(text) is not None
