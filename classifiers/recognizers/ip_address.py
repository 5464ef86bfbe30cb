"""IP addresses, v4 and v6, with or without a port; validated with `ipaddress`.

Versions such as `3.14.2` or `10.2.0.1-beta` must not pass: the pattern wants four octets
and the validator checks each is an address. `X-Forwarded-For` holds a comma-separated chain
of addresses; each must be one. A name where `ip` only qualifies another noun (`ip_isp`,
`ip_country`: what a geo-IP lookup derived) is not an address field. A hashed address (a hex
digest, as Snowplow's PII enrichment writes it) backs the name but never decides alone.
Two more forms only back an address name: an address masked for display (`115.236.*.*`, as
Chinese back ends export them) and MySQL's `INET_ATON` integer (`last_login_ip INT UNSIGNED`).
A host name beside addresses backs the name too: a caller's address column writes the caller's
host name where it has one (CloudTrail's `sourceIPAddress` holds `config.amazonaws.com` when a
service calls; Apache's `%h` with host-name lookups on), but a column of host names alone is
no address field. A column of netmasks (`255.255.255.0`: ones then zeros, as MIB-2's
`ipAdEntNetMask` and `ifconfig` print them) has an address's shape and is nobody's address.
"""
from __future__ import annotations

import ipaddress
import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.names import NameTokens
from classifiers.fastpath import judged
from classifiers.fieldview import as_mask
from classifiers.fieldview import FieldView
from classifiers.recognizer import FieldRecognizer, ValuePattern
from datamap.model import FieldSample

_V4 = r"(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?"
_HASH = r"[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}"
_V6 = r"\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?\]?(?::\d{1,5})?"


#: a DNS host name of at least two labels ending in a letter TLD (`config.amazonaws.com`)
_HOST_NAME = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
#: the pattern of a form that backs an address name only beside addresses
_HOST_ONLY = "host name"
_HASHED = re.compile(_HASH)
_HOSTED = re.compile(_HOST_NAME)
_V4_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)"
#: a bare dotted quad of octets without leading zeros: what `ipaddress` accepts, decided in
#: one vectorised pass rather than parsed one by one
_PLAIN_V4 = rf"{_V4_OCTET}(?:\.{_V4_OCTET}){{3}}"
#: the last one or two octets masked for display: still the address field, never a version
_MASKED_V4 = rf"{_V4_OCTET}\.{_V4_OCTET}\.(?:{_V4_OCTET}|\*{{1,3}})\.\*{{1,3}}"
_MASKED = re.compile(_MASKED_V4)
#: an IPv4 address as an unsigned 32-bit integer (MySQL's INET_ATON): 1.0.0.0 up
_INT_V4 = r"[1-9]\d{7,9}"
_INT_V4_RANGE = (1 << 24, (1 << 32) - 1)
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
                      "hashed", "lookup", "allowlist", "whitelist", "blocklist", "asn",
                      # a network's shape, not a host's address (`ipAdEntNetMask`, `CidrBlock`)
                      "mask", "netmask", "subnet", "cidr", "broadcast")
    # the address of a proxy's backend service (Traefik's `ServiceAddr`, `ServiceURL.Host`), the
    # host a request was forwarded for (`X-Forwarded-Host`) or addressed to (its `Host` header,
    # Caddy's `request.host`, Traefik's `RequestHost`): where the request went, a server's,
    # whatever the values
    value_veto_names = ("service addr", "service address", "service url", "service host", "forwarded host",
                        "request host", "host header")
    patterns = (
        ValuePattern("ipv4", _V4, 0.85),
        ValuePattern("ipv6", _V6, 0.8),
        ValuePattern("forwarded chain", rf"(?:{_V4}|{_V6})(?:\s*,\s*(?:{_V4}|{_V6}))+", 0.8),
        # pseudonymised addresses (Snowplow's PII enrichment, SHA-256): still the address field
        ValuePattern("hashed address", _HASH, 0.15),
        ValuePattern("masked ipv4", _MASKED_V4, 0.6),
        # a number in range is no address by itself: it only backs an address name
        ValuePattern("ipv4 as integer", _INT_V4, 0.2),
        # a host name where the caller has one: only beside addresses (see value_signal)
        ValuePattern(_HOST_ONLY, _HOST_NAME, 0.15),
    )
    context = ("ip", "address", "client", "remote", "from", "addr")

    def validate(self, candidates: pa.Array) -> pa.Array:
        return judged(candidates, _fast_forms, _is_ip_list)

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """Dotted quads that are versions (`1.0.3.2` under `firmware_version`, or a column whose
        every part is a small number) are not addresses."""
        signal = super().value_signal(sample)
        if signal is None or signal.detail.startswith(f"pattern '{_HOST_ONLY}'"):
            return None  # host names alone: a column of hosts, no caller's address
        name = NameTokens.of(sample.path)
        if set(name.own) & (_VERSION_WORDS | _SERVER_WORDS):
            return None
        # without an address name, a spread of small dotted quads reads as versions (`1.1.1.1`
        # alone under `ip` is Cloudflare's resolver)
        if self.name_signal(name) is None and _all_small_parts(sample):
            return None
        if _all_this_host(sample):
            return None  # `0.0.0.0:443`, `[::]:80`, `127.0.0.1`: the machine itself, no one's address
        if _all_netmasks(sample):
            return None
        return signal


#: the unspecified and loopback addresses, with or without a port: what a server listens on and
#: the machine talking to itself (an app server behind a local proxy logs `127.0.0.1` for every
#: request), never a person's address
THIS_HOST = r"(?:0\.0\.0\.0|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[?::1?\]?|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})(?::\d{1,5})?"


def _all_this_host(sample: FieldSample) -> bool:
    distinct = FieldView.of(sample).distinct.values
    if not pa.types.is_string(distinct.type) or len(distinct) == 0:
        return False
    return bool(pc.all(rx.match(distinct, f"^{THIS_HOST}$", distinct=True)).as_py())


#: an IPv4 netmask's octet: its ones run from the left (255, 254, 252, 248, 240, 224, 192, 128, 0)
_MASK_OCTET = r"(?:255|254|252|248|240|224|192|128|0)"
#: a whole netmask: full octets, at most one partial one, then zeros (`255.255.240.0`)
_NETMASK = rf"(?:255\.){{0,3}}{_MASK_OCTET}(?:\.0){{0,3}}"


def _all_netmasks(sample: FieldSample) -> bool:
    """Every distinct value a dotted-quad netmask (`255.255.255.0`, `0.0.0.0`)."""
    distinct = FieldView.of(sample).distinct.values
    if not pa.types.is_string(distinct.type) or len(distinct) == 0:
        return False
    quads = pc.and_(rx.match(distinct, f"^{_NETMASK}$", distinct=True), rx.match(distinct, r"^\d+\.\d+\.\d+\.\d+$", distinct=True))
    return bool(pc.all(quads).as_py())


def _fast_forms(candidates: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Plain and masked dotted quads are addresses; a 32-bit integer is one when in range."""
    sure = as_mask(rx.match(candidates, f"^(?:{_PLAIN_V4}|{_MASKED_V4})$"))
    digits = as_mask(rx.match(candidates, f"^{_INT_V4}$"))
    verdict = sure.copy()
    if digits.any():
        numbers = pc.cast(pc.filter(candidates, pa.array(digits)), pa.int64()).to_numpy(zero_copy_only=False)
        verdict[digits] = (numbers >= _INT_V4_RANGE[0]) & (numbers <= _INT_V4_RANGE[1])
    return sure | digits, verdict


def _all_small_parts(sample: FieldSample) -> bool:
    text = FieldView.of(sample).text
    quads = rx.extract(text, r"^(?P<a>\d{1,3})\.(?P<b>\d{1,3})\.(?P<c>\d{1,3})\.(?P<d>\d{1,3})$")
    if quads.null_count or len(pc.unique(text)) < _VERSION_MIN_DISTINCT:
        return False  # some value is not a bare dotted quad, or too few distinct ones to judge
    largest = max((pc.max(pc.cast(quads.field(part), pa.int32())).as_py() or 0) for part in "abcd")
    return largest <= _VERSION_PART_MAX


def _is_ip_list(text: str | None) -> bool:
    if text and (_HASHED.fullmatch(text) or _HOSTED.fullmatch(text)):
        return True
    return bool(text) and all(_is_ip(part) for part in text.split(","))


def _is_ip(text: str) -> bool:
    candidate = text.strip()
    if _MASKED.fullmatch(text):
        return True
    if re.fullmatch(_INT_V4, text):
        return _INT_V4_RANGE[0] <= int(text) <= _INT_V4_RANGE[1]
    if candidate.startswith("["):  # [2001:db8::1]:443
        candidate = candidate[1:].split("]", 1)[0]
    elif candidate.count(":") == 1:  # 203.0.113.7:8080
        candidate = candidate.split(":", 1)[0]
    try:
        ipaddress.ip_address(candidate.split("%", 1)[0])
    except ValueError:
        return False
    return True
