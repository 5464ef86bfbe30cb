"""Cloud, proxy and security log formats, declared as data: documented field lists and shapes.

Each format keeps its vendor's documented field names (`client:port` for an AWS ALB, `c-ip`
for W3C, `remote_ip` for S3), so the catalog speaks the operator's language, and maps the
fields that hold personal data onto shared concepts (`CONCEPTS`: client IP, user agent,
referrer, user, cookie, request URL, query string). A concept is written as the field's
description, which the classifiers read like a column comment, so `cs(User-Agent)`,
`user_agent` and `request_User-Agent` mean the same thing whoever wrote them.

Three shapes cover the line formats:
- `Positional`: a cheap signature regex says whose line it is, then space-separated tokens
  (with "quoted" and [bracketed] ones) or tab-separated values are named by position
  (ALB, Classic ELB, S3 server access, VPC flow, CloudFront real-time);
- `Pattern`: one regex with named groups (HAProxy's HTTP log, Envoy's default format);
- header-defined: W3C extended logs name their fields in a `#Fields:` directive, and VPC flow
  logs delivered to S3 start with a header line; CEF and LEEF carry `key=value` extensions.
JSON platform logs (CloudTrail, Cloud Logging, Azure Monitor, journald, Caddy, Traefik) are
JSON objects already: `JSON_DIALECTS` recognises them by their keys and maps their paths.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote, unquote_plus

Parsed = dict[str, str | None]

#: concept -> the description a field that holds it gets (read by the classifiers as a comment)
CONCEPTS: dict[str, str] = {
    "client_ip": "client IP address",
    "user_agent": "user agent",
    "referrer": "referrer URL",
    "user": "authenticated user id",
    "cookie": "cookie",
    "url": "request URL",
    "query": "URL query string",
    "time": "event time",
    "connection": "connection unique id",
}

# "quoted (with \" escapes)" | [bracketed] | bare
_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|\[([^\]]*)\]|(\S+)')


def space_tokens(line: str) -> list[str]:
    """Space-separated tokens; quotes and brackets group, and are dropped from the value."""
    out: list[str] = []
    for match in _TOKEN.finditer(line):
        quoted, bracketed, bare = match.groups()
        out.append(quoted if quoted is not None else bracketed if bracketed is not None else bare)
    return out


def _named(names: tuple[str, ...], values: list[str]) -> Parsed:
    """Values named by position; `-` and empty mean no value (every format here writes `-`)."""
    return {name: (None if value in ("-", "") else value) for name, value in zip(names, values)}


@dataclass(frozen=True)
class Positional:
    """A format whose fields are named by their position on the line."""

    name: str
    kind: str
    fields: tuple[str, ...]
    signature: str  # matched at the start of the line: whose line it is
    separator: str = " "  # " " (quotes and brackets group tokens) or "\t"
    min_fields: int = 0  # fewer values: not a line of this format (newer versions append fields)
    concepts: Mapping[str, str] = field(default_factory=dict)
    header_prefix: str = ""  # a header line that names the fields (VPC flow logs in S3)
    #: fields the format writes URL-encoded (CloudFront's `Mozilla/5.0%20(iPhone;%20…)`): decoded,
    #: `+` kept, since a user agent's own `+http://…` is no encoded space here
    url_encoded: tuple[str, ...] = ()

    def parser(self, head: list[str] = ()) -> Callable[[str], Parsed | None]:
        names, declared = self.fields, False
        for line in head:
            if self.header_prefix and line.startswith(self.header_prefix):
                names, declared = tuple(line.split()), True  # a custom field list, in its order
                break
        signature = re.compile(self.signature)
        header = " ".join(names)

        def parse(line: str) -> Parsed | None:
            if line == header:
                return {}  # the format's own header line: no entry, but not a foreign line
            values = space_tokens(line) if self.separator == " " else line.split(self.separator)
            if declared:
                out = _named(names, values) if len(values) == len(names) else None
            elif not signature.match(line) or len(values) < (self.min_fields or len(names)):
                return None
            else:
                out = _named(names, values)
            for name in self.url_encoded:
                if out and out.get(name):
                    out[name] = unquote(out[name])
            return out

        return parse


@dataclass(frozen=True)
class Pattern:
    """A format matched by one regex; group names are the documented field names with `_`
    for characters a group name cannot hold (`renamed` restores them)."""

    name: str
    kind: str
    regex: str
    concepts: Mapping[str, str] = field(default_factory=dict)
    renamed: Mapping[str, str] = field(default_factory=dict)
    #: a field holding `a|b|c` (HAProxy's captured headers): split into `field.1`, `field.2`...
    lists: tuple[str, ...] = ()

    def parser(self, head: list[str] = ()) -> Callable[[str], Parsed | None]:
        compiled = re.compile(self.regex)

        def parse(line: str) -> Parsed | None:
            match = compiled.match(line)
            if match is None:
                return None
            out: Parsed = {}
            for group, value in match.groupdict().items():
                name = self.renamed.get(group, group)
                if group in self.lists and value:
                    for index, part in enumerate(value.split("|"), 1):
                        out[f"{name}.{index}"] = part or None
                else:
                    out[name] = None if value in (None, "-", "") else value
            return out

        return parse


_ISO = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z"
_WEB = {"request": "url", "user_agent": "user_agent"}

ALB = Positional(
    "alb", "alb-access-log",
    ("type", "time", "elb", "client:port", "target:port", "request_processing_time", "target_processing_time",
     "response_processing_time", "elb_status_code", "target_status_code", "received_bytes", "sent_bytes",
     "request", "user_agent", "ssl_cipher", "ssl_protocol", "target_group_arn", "trace_id", "domain_name",
     "chosen_cert_arn", "matched_rule_priority", "request_creation_time", "actions_executed", "redirect_url",
     "error_reason", "target:port_list", "target_status_code_list", "classification", "classification_reason",
     "conn_trace_id"),
    rf"(?:https?|h2|grpcs|ws|wss) {_ISO} \S+ ", min_fields=16,
    concepts={**_WEB, "client:port": "client_ip", "time": "time", "redirect_url": "url"})

ELB_CLASSIC = Positional(
    "elb", "elb-access-log",
    ("time", "elb", "client:port", "backend:port", "request_processing_time", "backend_processing_time",
     "response_processing_time", "elb_status_code", "backend_status_code", "received_bytes", "sent_bytes",
     "request", "user_agent", "ssl_cipher", "ssl_protocol"),
    rf"{_ISO} \S+ [\d.:a-fA-F\[\]]+:\d+ ", min_fields=12,
    concepts={**_WEB, "client:port": "client_ip", "time": "time"})

S3_ACCESS = Positional(
    "s3", "s3-access-log",
    ("bucket_owner", "bucket", "time", "remote_ip", "requester", "request_id", "operation", "key", "request_uri",
     "http_status", "error_code", "bytes_sent", "object_size", "total_time", "turn_around_time", "referer",
     "user_agent", "version_id", "host_id", "signature_version", "cipher_suite", "authentication_type",
     "host_header", "tls_version", "access_point_arn", "acl_required"),
    r"(?:[0-9a-f]{64}|-) \S+ \[\d{2}/\w{3}/\d{4}:", min_fields=17,
    concepts={"remote_ip": "client_ip", "requester": "user", "request_uri": "url", "referer": "referrer",
              "user_agent": "user_agent", "time": "time"})

VPC_FLOW = Positional(
    "vpc-flow", "vpc-flow-log",
    ("version", "account-id", "interface-id", "srcaddr", "dstaddr", "srcport", "dstport", "protocol", "packets",
     "bytes", "start", "end", "action", "log-status"),
    r"\d{1,2} (?:\d{12}|unknown|-) (?:eni-[0-9a-f]+|-) ", header_prefix="version ",
    concepts={"srcaddr": "client_ip", "dstaddr": "client_ip", "start": "time"})

CLOUDFRONT_REALTIME = Positional(
    "cloudfront-realtime", "cloudfront-log",
    ("timestamp", "c-ip", "time-to-first-byte", "sc-status", "sc-bytes", "cs-method", "cs-protocol", "cs-host",
     "cs-uri-stem", "cs-bytes", "x-edge-location", "x-edge-request-id", "x-host-header", "time-taken",
     "cs-protocol-version", "c-ip-version", "cs-user-agent", "cs-referer", "cs-cookie", "cs-uri-query",
     "x-edge-response-result-type", "x-forwarded-for", "ssl-protocol", "ssl-cipher", "x-edge-result-type",
     "fle-encrypted-fields", "fle-status", "sc-content-type", "sc-content-len", "sc-range-start", "sc-range-end",
     "c-port", "x-edge-detailed-result-type", "c-country", "cs-accept-encoding", "cs-accept",
     "cache-behavior-path-pattern", "cs-headers", "cs-header-names", "cs-headers-count"),
    r"\d{9,10}\.\d{3}\t\S+\t", separator="\t", min_fields=5,
    url_encoded=("cs-user-agent", "cs-referer", "cs-cookie"),
    concepts={"timestamp": "time", "c-ip": "client_ip", "x-forwarded-for": "client_ip",
              "cs-user-agent": "user_agent", "cs-referer": "referrer", "cs-cookie": "cookie", "cs-uri-stem": "url",
              "cs-uri-query": "query"})

# HAProxy's default HTTP log (`option httplog`), with or without the syslog header before it
HAPROXY = Pattern(
    "haproxy", "haproxy-log",
    r"^(?:(?P<syslog_timestamp>[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}) (?P<hostname>\S+) )?"
    r"(?:(?P<process_name>[\w.-]+)\[(?P<pid>\d+)\]: )?"
    r"(?P<client_ip>[\d.]+|[0-9a-fA-F:]+):(?P<client_port>\d+) \[(?P<accept_date>[^\]]+)\] "
    r"(?P<frontend_name>\S+) (?P<backend_name>[^/\s]+)/(?P<server_name>\S+) "
    r"(?P<TR>-?\d+)/(?P<Tw>-?\d+)/(?P<Tc>-?\d+)/(?P<Tr>-?\d+)/(?P<Ta>\+?-?\d+) (?P<status_code>-?\d+) "
    r"(?P<bytes_read>\+?\d+) (?P<captured_request_cookie>\S+) (?P<captured_response_cookie>\S+) "
    r"(?P<termination_state>\S+) (?P<actconn>\d+)/(?P<feconn>\d+)/(?P<beconn>\d+)/(?P<srv_conn>\d+)/"
    r"(?P<retries>\+?\d+) (?P<srv_queue>\d+)/(?P<backend_queue>\d+) "
    r"(?:\{(?P<captured_request_headers>[^}]*)\} )?(?:\{(?P<captured_response_headers>[^}]*)\} )?"
    r"\"(?P<http_request>[^\"]*)\"?",
    concepts={"client_ip": "client_ip", "http_request": "url", "captured_request_cookie": "cookie",
              "accept_date": "time"},
    lists=("captured_request_headers", "captured_response_headers"))

# Envoy's default format string: [%START_TIME%] "%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)%
# %PROTOCOL%" %RESPONSE_CODE% %RESPONSE_FLAGS% %BYTES_RECEIVED% %BYTES_SENT% %DURATION%
# %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% "%REQ(X-FORWARDED-FOR)%" "%REQ(USER-AGENT)%"
# "%REQ(X-REQUEST-ID)%" "%REQ(:AUTHORITY)%" "%UPSTREAM_HOST%"
ENVOY = Pattern(
    "envoy", "envoy-access-log",
    r'^\[(?P<start_time>\d{4}-\d{2}-\d{2}T[^\]]+)\] "(?P<method>\S+) (?P<path>\S+) (?P<protocol>[^"]+)" '
    r"(?P<response_code>\d+) (?P<response_flags>\S+) (?P<bytes_received>\d+) (?P<bytes_sent>\d+) "
    r'(?P<duration>\d+|-) (?P<x_envoy_upstream_service_time>\S+) "(?P<x_forwarded_for>[^"]*)" '
    r'"(?P<user_agent>[^"]*)" "(?P<x_request_id>[^"]*)" "(?P<authority>[^"]*)" "(?P<upstream_host>[^"]*)"',
    concepts={"x-forwarded-for": "client_ip", "user-agent": "user_agent", "path": "url", "start_time": "time"},
    renamed={"x_envoy_upstream_service_time": "x-envoy-upstream-service-time",
             "x_forwarded_for": "x-forwarded-for", "user_agent": "user-agent", "x_request_id": "x-request-id"})


# -- W3C extended log format (IIS, CloudFront standard logs, appliances) -----------------------
#: W3C field identifiers with a concept; `cs(Header)` fields are matched by header name below
W3C_CONCEPTS = {"c-ip": "client_ip", "x-forwarded-for": "client_ip", "cs-username": "user", "cs-uri-stem": "url",
                "cs-uri": "url", "cs-uri-query": "query", "time": "time"}
_W3C_HEADERS = {"user-agent": "user_agent", "referer": "referrer", "referrer": "referrer", "cookie": "cookie"}


def w3c_fields(head: list[str]) -> tuple[str, ...] | None:
    """The field identifiers of the last `#Fields:` directive among the head lines."""
    fields = None
    for line in head:
        if line.startswith("#Fields:"):
            fields = tuple(line[len("#Fields:"):].split())
    return fields


def w3c_concept(name: str) -> str | None:
    """`cs(User-Agent)` -> user_agent; `c-ip` -> client_ip."""
    match = re.fullmatch(r"(?:cs|sc|rs|sr)\((?P<header>[^)]+)\)", name)
    if match:
        return _W3C_HEADERS.get(match.group("header").lower())
    return W3C_CONCEPTS.get(name)


#: Zeek (Bro) field names -> shared concepts; the others (`mac`, `query`, `username`...) say
#: what they are in their own name
ZEEK_CONCEPTS = {"uid": "connection", "conn_uids": "connection", "id.orig_h": "client_ip", "uri": "url", "user_agent": "user_agent", "referrer": "referrer",
                 "username": "user", "cookie": "cookie", "ts": "time"}
#: Zeek's defaults for an unset field and an empty set (`#unset_field`, `#empty_field`)
_ZEEK_NO_VALUE = ("-", "(empty)", "")


def zeek_fields(head: list[str]) -> tuple[str, ...] | None:
    """The field names of a Zeek TSV log's `#fields` directive (tab-separated) among the head lines."""
    for line in head:
        if line.startswith("#fields\t"):
            return tuple(line.rstrip("\r\n").split("\t")[1:])
    return None


def zeek_parser(fields: tuple[str, ...] | None) -> Callable[[str], Parsed | None]:
    """Tab-separated values named by the `#fields` directive; `-` (unset) and `(empty)` are no value."""

    def parse(line: str) -> Parsed | None:
        if not fields:
            return None
        if line.startswith("#"):
            return {}  # #separator, #fields, #types, #open, #close: directives, not entries
        values = line.rstrip("\r\n").split("\t")
        if len(values) != len(fields):
            return None
        return {name: (None if value in _ZEEK_NO_VALUE else value) for name, value in zip(fields, values)}

    return parse


def w3c_parser(fields: tuple[str, ...]) -> Callable[[str], Parsed | None]:
    """Values separated by spaces (IIS) or tabs (CloudFront); header fields (`cs(User-Agent)`)
    are URL-encoded, spaces as `+` (IIS) or `%20` (CloudFront), and decoded here."""
    encoded = {name for name in fields if re.match(r"(?:cs|sc)\(", name)}

    def parse(line: str) -> Parsed | None:
        if line.startswith("#"):
            return {}  # a directive (#Fields, #Date...): no entry, but not a foreign line
        values = line.split("\t") if "\t" in line else line.split(" ")
        if len(values) != len(fields):
            return None
        out = _named(fields, values)
        if out.get("date") and out.get("time"):
            # W3C writes the UTC date and time apart; `time` gets the date so it is an event time
            out["time"] = f"{out['date']} {out['time']}"
        for name in encoded:
            if out.get(name):
                out[name] = unquote_plus(out[name])
        return out

    return parse


# -- CEF and LEEF security events ---------------------------------------------------------------
#: CEF's header fields (ArcSight CEF spec) and the extension keys that hold personal data
CEF_HEADER = ("cef_version", "device_vendor", "device_product", "device_version", "device_event_class_id",
              "name", "severity")
CEF_CONCEPTS = {"src": "client_ip", "c6a2": "client_ip", "sourceTranslatedAddress": "client_ip", "suser": "user",
                "duser": "user", "suid": "user", "duid": "user", "request": "url",
                "requestClientApplication": "user_agent", "requestCookies": "cookie", "rt": "time"}
LEEF_HEADER = ("leef_version", "vendor", "product", "version", "event_id")
LEEF_CONCEPTS = {"src": "client_ip", "usrName": "user", "accountName": "user", "userAgent": "user_agent",
                 "url": "url", "devTime": "time"}
_CEF = re.compile(r"^(?:.*?\s)?CEF:(?P<version>\d+)\|(?P<header>(?:[^|\\]|\\.)*(?:\|(?:[^|\\]|\\.)*){5})\|(?P<ext>.*)$")
_CEF_KEY = re.compile(r"(?:^|\s)([A-Za-z][\w.\[\]-]*)=")
_LEEF = re.compile(r"^(?:.*?\s)?LEEF:(?P<version>[12]\.0)\|(?P<rest>.*)$")


def parse_cef(line: str) -> Parsed | None:
    """`CEF:0|vendor|product|version|class|name|severity|k=v k=v`: a value runs to the next key,
    so values may hold spaces (`requestClientApplication=Mozilla/5.0 (...)`)."""
    match = _CEF.match(line)
    if match is None:
        return None
    header = re.split(r"(?<!\\)\|", match.group("header"))
    out: Parsed = _named(CEF_HEADER, [match.group("version"), *header])
    ext = match.group("ext")
    keys = list(_CEF_KEY.finditer(ext))
    for index, key in enumerate(keys):
        end = keys[index + 1].start() if index + 1 < len(keys) else len(ext)
        value = ext[key.end():end].strip().replace("\\=", "=")
        out[key.group(1)] = value or None
    _label_custom_fields(out)
    return out


def _label_custom_fields(out: Parsed) -> None:
    """CEF's custom fields name themselves: `cs1Label=Policy cs1=...` becomes `cs1.Policy`."""
    for key in [k for k in out if k.endswith("Label")]:
        base, label = key[: -len("Label")], out.pop(key)
        if base in out and label:
            out[f"{base}.{label}"] = out.pop(base)


def parse_leef(line: str) -> Parsed | None:
    """LEEF 1.0 (`LEEF:1.0|vendor|product|version|event|k=v<TAB>k=v`) and 2.0, whose sixth
    header field names the attribute delimiter (`^`, or hex `x5E`)."""
    match = _LEEF.match(line)
    if match is None:
        return None
    parts = match.group("rest").split("|", 5 if match.group("version") == "2.0" else 4)
    if len(parts) < 5:
        return None
    delimiter = "\t"
    if match.group("version") == "2.0" and len(parts) == 6:
        spec = parts.pop(4)
        hex_code = re.fullmatch(r"0?x([0-9A-Fa-f]{1,4})", spec)
        delimiter = chr(int(hex_code.group(1), 16)) if hex_code else (spec or "\t")
    out: Parsed = _named(LEEF_HEADER, [match.group("version"), *parts[:4]])
    for pair in parts[4].split(delimiter):
        key, sep, value = pair.partition("=")
        if sep and key.strip():
            out[key.strip()] = value.strip() or None
    return out


# -- JSON platform logs: recognised by their keys, fields already named by their JSON paths -------
@dataclass(frozen=True)
class JsonDialect:
    name: str
    kind: str
    #: every key here is present (dot paths into nested objects) in a line of this dialect
    keys: tuple[str, ...]
    #: field path -> concept
    concepts: Mapping[str, str] = field(default_factory=dict)

    def matches(self, record: dict) -> bool:
        return all(_has_path(record, key) for key in self.keys)


def _has_path(record: dict, path: str) -> bool:
    node: object = record
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


JSON_DIALECTS: tuple[JsonDialect, ...] = (
    JsonDialect("cloudtrail", "cloudtrail-log", ("eventVersion", "eventSource", "eventName"), {
        "sourceIPAddress": "client_ip", "userAgent": "user_agent", "userIdentity.userName": "user",
        "userIdentity.arn": "user", "userIdentity.principalId": "user", "eventTime": "time"}),
    JsonDialect("gcp", "gcp-log", ("logName", "timestamp"), {
        "httpRequest.remoteIp": "client_ip", "httpRequest.userAgent": "user_agent",
        "httpRequest.referer": "referrer", "httpRequest.requestUrl": "url", "jsonPayload.remoteIp": "client_ip",
        "protoPayload.requestMetadata.callerIp": "client_ip",
        "protoPayload.requestMetadata.callerSuppliedUserAgent": "user_agent",
        "protoPayload.authenticationInfo.principalEmail": "user"}),
    JsonDialect("azure", "azure-log", ("time", "resourceId", "category"), {
        "properties.CIp": "client_ip", "properties.UserAgent": "user_agent", "properties.Referer": "referrer",
        "properties.Cookie": "cookie", "properties.CsUsername": "user", "properties.CsUriStem": "url",
        "properties.CsUriQuery": "query", "properties.clientIP": "client_ip", "properties.clientIp": "client_ip",
        "properties.userAgent": "user_agent", "properties.requestUri": "url", "properties.requestQuery": "query",
        "callerIpAddress": "client_ip", "identity.claims.name": "user"}),
    JsonDialect("journald", "journald-log", ("__REALTIME_TIMESTAMP", "MESSAGE"), {
        "__REALTIME_TIMESTAMP": "time", "_CMDLINE": "user"}),
    JsonDialect("caddy", "caddy-access-log", ("request.remote_ip", "request.headers"), {
        "request.remote_ip": "client_ip", "request.client_ip": "client_ip", "request.uri": "url",
        "request.headers.User-Agent": "user_agent", "request.headers.Referer": "referrer",
        "request.headers.Cookie": "cookie", "user_id": "user", "ts": "time"}),
    JsonDialect("traefik", "traefik-access-log", ("ClientHost", "RequestPath", "DownstreamStatus"), {
        "ClientAddr": "client_ip", "ClientHost": "client_ip", "ClientUsername": "user", "RequestPath": "url",
        "request_User-Agent": "user_agent", "request_Referer": "referrer", "request_Cookie": "cookie",
        "StartUTC": "time"}),
)

LINE_PLATFORMS: tuple[Positional | Pattern, ...] = (ALB, ELB_CLASSIC, S3_ACCESS, VPC_FLOW, CLOUDFRONT_REALTIME,
                                                    HAPROXY, ENVOY)
