"""IP addresses, v4 and v6, with or without a port; validated with `ipaddress`.

Versions such as `3.14.2` or `10.2.0.1-beta` must not pass: the pattern wants four octets
and the validator checks each is an address. `X-Forwarded-For` holds a comma-separated chain
of addresses; each must be one. A name where `ip` only qualifies another noun (`ip_isp`,
`ip_country`: what a geo-IP lookup derived) is not an address field. A hashed address (a hex
digest, as Snowplow's PII enrichment writes it) backs the name but never decides alone.
"""
from __future__ import annotations

import ipaddress
import re

import pyarrow as pa
import pyarrow.compute as pc

from classifiers.evidence import Signal
from classifiers.names import NameTokens
from classifiers.fastpath import accepts_whole, judged
from classifiers.fieldview import FieldView
from classifiers.recognizer import FieldRecognizer, ValuePattern
from datamap.model import FieldSample

_V4 = r"(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?"
_HASH = r"[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}"
_V6 = r"\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?\]?(?::\d{1,5})?"


_HASHED = re.compile(_HASH)
_V4_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)"
#: a bare dotted quad of octets without leading zeros: what `ipaddress` accepts, decided in
#: one vectorised pass rather than parsed one by one
_PLAIN_V4 = accepts_whole(rf"{_V4_OCTET}(?:\.{_V4_OCTET}){{3}}")
_VERSION_WORDS = frozenset({"version", "ver", "vers", "build", "firmware", "release", "revision", "rev", "fw", "sdk"})
#: a column of dotted quads whose every part is at most this is a column of version numbers
_VERSION_PART_MAX = 20
#: addresses of the service's own machines, not of the person using it
_SERVER_WORDS = frozenset({"upstream", "backend", "server", "servers", "node", "pod", "db", "database", "gateway",
                           "dns", "resolver", "nameserver", "proxy", "lb", "balancer", "router", "broker", "replica",
                           "primary", "cluster", "internal", "nat", "egress", "vip"})
_VERSION_MIN_DISTINCT = 3


class IpAddressRecognizer(FieldRecognizer):
    entity = "IP_ADDRESS"
    closed_format = True
    names = ("ip", "ip address", "ip addr", "ipaddr", "ipaddress", "ipv4", "ipv6", "remote addr", "remoteaddr",
             "client ip", "clientip", "x forwarded for", "forwarded for", "xff", "source ip", "src ip", "dst ip",
             "dest ip", "real ip", "remote host", "remote ip", "host ip", "client address", "client addr", "peer addr",
             "user ipaddress", "c ip", "inet")
    negative_names = ("version", "ship", "zip", "tip", "isp", "upstream", "server", "backend", "dns", "organization", "org", "domain", "netspeed",
                      "country", "city", "region", "geo", "location", "count", "range", "type", "hash",
                      "hashed", "lookup", "allowlist", "whitelist", "blocklist", "asn")
    patterns = (
        ValuePattern("ipv4", _V4, 0.85),
        ValuePattern("ipv6", _V6, 0.8),
        ValuePattern("forwarded chain", rf"(?:{_V4}|{_V6})(?:\s*,\s*(?:{_V4}|{_V6}))+", 0.8),
        # pseudonymised addresses (Snowplow's PII enrichment, SHA-256): still the address field
        ValuePattern("hashed address", _HASH, 0.15),
    )
    context = ("ip", "address", "client", "remote", "from", "addr")

    def validate(self, candidates: pa.Array) -> pa.Array:
        return judged(candidates, _PLAIN_V4, _is_ip_list)

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """Dotted quads that are versions (`1.0.3.2` under `firmware_version`, or a column whose
        every part is a small number) are not addresses."""
        signal = super().value_signal(sample)
        if signal is None:
            return None
        name = NameTokens.of(sample.path)
        if set(name.own) & (_VERSION_WORDS | _SERVER_WORDS):
            return None
        # without an address name, a spread of small dotted quads reads as versions (`1.1.1.1`
        # alone under `ip` is Cloudflare's resolver)
        if self.name_signal(name) is None and _all_small_parts(sample):
            return None
        return signal


def _all_small_parts(sample: FieldSample) -> bool:
    text = FieldView.of(sample).text
    quads = pc.extract_regex(text, r"^(?P<a>\d{1,3})\.(?P<b>\d{1,3})\.(?P<c>\d{1,3})\.(?P<d>\d{1,3})$")
    if quads.null_count or len(pc.unique(text)) < _VERSION_MIN_DISTINCT:
        return False  # some value is not a bare dotted quad, or too few distinct ones to judge
    largest = max((pc.max(pc.cast(quads.field(part), pa.int32())).as_py() or 0) for part in "abcd")
    return largest <= _VERSION_PART_MAX


def _is_ip_list(text: str | None) -> bool:
    if text and _HASHED.fullmatch(text):
        return True
    return bool(text) and all(_is_ip(part) for part in text.split(","))


def _is_ip(text: str) -> bool:
    candidate = text.strip()
    if candidate.startswith("["):  # [2001:db8::1]:443
        candidate = candidate[1:].split("]", 1)[0]
    elif candidate.count(":") == 1:  # 203.0.113.7:8080
        candidate = candidate.split(":", 1)[0]
    try:
        ipaddress.ip_address(candidate.split("%", 1)[0])
    except ValueError:
        return False
    return True
