"""IP addresses, v4 and v6, with or without a port; validated with `ipaddress`.

Versions such as `3.14.2` or `10.2.0.1-beta` must not pass: the pattern wants four octets
and the validator checks each is an address.
"""
from __future__ import annotations

import ipaddress

import pyarrow as pa

from classifiers.recognizer import FieldRecognizer, ValuePattern


class IpAddressRecognizer(FieldRecognizer):
    entity = "IP_ADDRESS"
    names = ("ip", "ip address", "ip addr", "ipaddr", "ipv4", "ipv6", "remote addr", "client ip",
             "x forwarded for", "forwarded for", "source ip", "src ip", "real ip", "remote host", "host ip", "client address")
    negative_names = ("version", "ship", "zip", "tip")
    patterns = (
        ValuePattern("ipv4", r"(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?", 0.85),
        ValuePattern("ipv6", r"\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?\]?(?::\d{1,5})?", 0.8),
    )
    context = ("ip", "address", "client", "remote", "from", "addr")

    def validate(self, candidates: pa.Array) -> pa.Array:
        return pa.array([_is_ip(v) for v in candidates.to_pylist()], pa.bool_())


def _is_ip(text: str | None) -> bool:
    if not text:
        return False
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
