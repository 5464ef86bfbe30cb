"""Line formats with a fixed shape: one regex (or a small tokenizer) turns a line into fields.

Field names follow the format's own vocabulary, so the catalog speaks the operator's language:
nginx's variables for access logs (`remote_addr`, `time_local`...), RFC 5424's header names
for syslog, logcat's columns for Android. A `message` field, where a format has one, is free
text: the connector mines it for templates instead of keeping it as one opaque column.
"""
from __future__ import annotations

import ast
import itertools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

Parsed = dict[str, str | None]


@dataclass(frozen=True)
class LineFormat:
    """A named line format: `parse` returns the line's fields, or None if the line is not one."""

    name: str
    kind: str  # the dataset kind recorded in the catalog
    parse: Callable[[str], Parsed | None]
    #: the field that holds free text to mine for templates ('' when there is none)
    message: str = ""
    #: the field whose value names the component that logged the line (logger, app, tag)
    namespace: str = ""
    #: field -> shared concept (`client_ip`, `user_agent`...; see platforms.CONCEPTS)
    concepts: Mapping[str, str] = field(default_factory=dict)


def _regex_parser(pattern: str, dash_is_null: tuple[str, ...] = ()) -> Callable[[str], Parsed | None]:
    compiled = re.compile(pattern)

    def parse(line: str) -> Parsed | None:
        match = compiled.match(line)
        if match is None:
            return None
        fields = match.groupdict()
        for name in dash_is_null:  # nginx and Apache write '-' for "no value"
            if fields.get(name) == "-":
                fields[name] = None
        return fields

    return parse


# -- access logs (nginx `combined`, Apache `%h %l %u %t "%r" %>s %b`) ---------------------------
_COMMON = (r'(?P<remote_addr>\S+) (?P<remote_ident>\S+) (?P<remote_user>\S+) \[(?P<time_local>[^\]]+)\] '
           r'"(?P<request>(?:[^"\\]|\\.)*)" (?P<status>\d{3}|-) (?P<body_bytes_sent>\d+|-)')
_COMBINED = _COMMON + r' "(?P<http_referer>(?:[^"\\]|\\.)*)" "(?P<http_user_agent>(?:[^"\\]|\\.)*)"'
_ACCESS_CONCEPTS = {"remote_addr": "client_ip", "remote_user": "user", "time_local": "time", "request": "url",
                    "http_referer": "referrer", "http_user_agent": "user_agent"}
_ACCESS_NULLS = ("remote_ident", "remote_user", "body_bytes_sent", "http_referer", "http_user_agent", "status")


#: what nginx setups append to `combined`: quoted values (`"$http_x_forwarded_for"`) and
#: `name=value` pairs (`rt=0.012`, `geo="浙江省 杭州市"`, `uid=12345`)
_EXTRA = re.compile(r'\s*(?:(?P<key>[A-Za-z_][\w.-]*)=)?(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<bare>\S+))')


def _access_parser(pattern: str) -> Callable[[str], Parsed | None]:
    inner = _regex_parser(pattern, _ACCESS_NULLS + ("extra",))

    def parse(line: str) -> Parsed | None:
        fields = inner(line)
        if fields is not None:
            # identd's field is '-' in practice everywhere; keep it only when it says something
            if fields.get("remote_ident") is None:
                fields.pop("remote_ident", None)
            fields.update(_extras(fields.pop("extra", None)))
        return fields

    return parse


def _extras(text: str | None) -> Parsed:
    """Appended fields as fields: a pair by its name, a bare or quoted value by its position
    (`extra_1`: the first, in nginx's `main` format the forwarded-for addresses)."""
    fields: Parsed = {}
    position = 0
    for match in _EXTRA.finditer(text or ""):
        value = match.group("quoted") if match.group("quoted") is not None else match.group("bare")
        if match.group("key"):
            fields[match.group("key")] = None if value in ("", "-") else value
        else:
            position += 1
            fields[f"extra_{position}"] = None if value in ("", "-") else value
    return fields


# -- syslog -----------------------------------------------------------------------------------
_RFC5424 = (r"^<(?P<pri>\d{1,3})>(?P<version>\d{1,2}) (?P<timestamp>\S+) (?P<hostname>\S+) "
            r"(?P<app_name>\S+) (?P<procid>\S+) (?P<msgid>\S+) "
            r"(?P<structured_data>-|(?:\[(?:[^\]\\]|\\.)*\])+)(?: (?P<message>.*))?$")
# BSD syslog's header, its timestamp as RFC 3164 writes it (`Feb  1 13:27:27`) or as rsyslog's
# `RSYSLOG_FileFormat` does, the default of Debian 13 and Ubuntu 23.10 on (`2026-02-01T13:27:27.897618+05:30`;
# `journalctl -o short-iso` writes the offset without its colon, `+0530`):
# the same host, tag and pid follow. A level word is no host: `2024-03-12T18:07:50Z INFO main: …` is an
# application's line
_RFC3339_STAMP = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})"
_RFC3164 = (rf"^(?:<(?P<pri>\d{{1,3}})>)?(?P<timestamp>[A-Z][a-z]{{2}} [ \d]\d \d{{2}}:\d{{2}}:\d{{2}}|{_RFC3339_STAMP}) "
            r"(?!(?i:trace|debug|info|notice|warn|warning|error|err|crit|critical|fatal|severe)\b)"
            r"(?P<hostname>\S+) (?P<app_name>[^\s\[:]+)(?:\[(?P<procid>\d+)\])?: ?(?P<message>.*)$")
_SD_ELEMENT = re.compile(r"\[(?P<id>[^\s\]]+)(?P<params>(?:[^\]\\]|\\.)*)\]")
_SD_PARAM = re.compile(r'(?P<name>[^\s=\]"]+)="(?P<value>(?:[^"\\]|\\.)*)"')


_rfc5424_header = _regex_parser(_RFC5424, ("hostname", "app_name", "procid", "msgid"))


def _parse_rfc5424(line: str) -> Parsed | None:
    fields = _rfc5424_header(line)
    if fields is None:
        return None
    data = fields.pop("structured_data") or "-"
    # structured data params are fields of their own: [exampleSDID@32473 iut="3"] -> sd.exampleSDID.iut
    for element in _SD_ELEMENT.finditer(data):
        sd_id = element.group("id").split("@", 1)[0]
        for param in _SD_PARAM.finditer(element.group("params")):
            fields[f"sd.{sd_id}.{param.group('name')}"] = param.group("value").replace('\\"', '"')
    message = fields.get("message")
    if message and message.startswith("\ufeff"):  # RFC 5424's BOM marks a UTF-8 message
        fields["message"] = message[1:]
    return fields


# -- Android logcat (`threadtime` format: date time pid tid level tag: message) -----------------
_LOGCAT = (r"^(?P<timestamp>\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3})\s+(?P<pid>\d+)\s+(?P<tid>\d+)\s+"
           r"(?P<level>[VDIWEFA]) (?P<tag>[^:]*?)\s*: (?P<message>.*)$")
# what Android Studio's Logcat window saves: date and time, `pid-tid`, the tag (long ones cut
# in the middle: `Compatibil...geReporter`), the process's package, the level, the message
_LOGCAT_STUDIO = (r"^(?P<timestamp>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3})\s+(?P<pid>\d+)-(?P<tid>\d+)\s+"
                  r"(?P<tag>\S+)\s+(?P<package>\S+)\s+(?P<level>[VDIWEFA])\s+(?P<message>.*)$")
# `logcat -v long`: a header line per entry (`[ 03-25 23:53:27.339   747:  990 D/EGL_emulation ]`,
# with `-v uid` the uid before the pid), the message on the lines after it, a blank line last
_LOGCAT_LONG_HEADER = (r"^\[ (?P<timestamp>(?:\d{4}-)?\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3,9})\s+"
                       r"(?:(?P<uid>\w+):\s*)?(?P<pid>\d+):\s*(?P<tid>\d+)\s+(?P<level>[VDIWEFA])/(?P<tag>.*?)\s*\]$")
# lines logcat writes between entries: where a buffer's lines begin, and Android Studio's
# banners when the app's process starts or ends
_LOGCAT_BANNER = re.compile(r"^-{9} (?:beginning of|switch to) \w+\s*$|^-{8,} PROCESS (?:STARTED|ENDED) .*-{8,}\s*$")

# -- logfmt: key=value pairs, values bare or double-quoted ----------------------------------------
_LOGFMT_PAIR = re.compile(r'(?P<key>[A-Za-z_][\w.\-/]*)=(?P<value>"(?:[^"\\]|\\.)*"|[^\s"]*)(?:\s+|$)')


def _parse_logfmt(line: str) -> Parsed | None:
    """A logfmt line consists of pairs only (bare words are tolerated as flags, as Heroku's
    parser does); a prose line with one `k=v` in it is not logfmt."""
    fields: Parsed = {}
    position = 0
    text = line.strip()
    while position < len(text):
        match = _LOGFMT_PAIR.match(text, position)
        if match is None:
            return None
        value = match.group("value")
        if value.startswith('"'):
            value = value[1:-1].replace('\\"', '"')
        fields[match.group("key")] = value or None
        position = match.end()
    return fields if len(fields) >= 2 else None


# -- application log header: `2023-10-28 02:30:43,000 INFO  auth.LoginService - message` ---------
# Go's `log` package writes `2024/12/02 09:00:39`: slashes are a date's separators too
_TIMESTAMP = (r"\[?(?P<timestamp>\d{4}(?P<datesep>[-/])\d{2}(?P=datesep)\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)\]?")
# the source location a logger writes instead of a name: zap's caller (`order/create.go:120`),
# Go's Lshortfile, Python's `%(filename)s:%(lineno)d`
_CALLER = r"(?P<caller>[\w.$/-]+\.[A-Za-z]\w*:\d+):?"
_LEVEL = r"(?P<level>TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL|SEVERE)"
# Spring Boot's default pattern puts the process id and `---` between the level and the thread:
# `2024-12-15 08:00:05.862  INFO 28476 --- [nio-8080-exec-8] c.y.o.controller.LoginController : …`
_APP_HEADER = (rf"^{_TIMESTAMP}\s+(?:\[(?P<thread>[^\]]+)\]\s+)?\[?{_LEVEL}\]?\s+(?:(?P<pid>\d+)\s+---\s+)?"
               rf"(?:\[(?P<thread2>[^\]]+)\]\s+)?(?:(?P<logger>[\w.$]+(?:\[[^\]]*\])?)\s*(?:-|:)\s+|{_CALLER}\s+)?"
               r"(?P<message>.*)$")
# Go's `log` with Lshortfile (`2024/12/02 09:00:39 dispatch.go:209: 骑手[王雷]已接单`): no level
_CALLER_HEADER = rf"^{_TIMESTAMP}\s+{_CALLER}\s+(?P<message>.*)$"
_TIMESTAMP_ONLY = rf"^{_TIMESTAMP}\s+(?P<message>.*)$"
# Python's loguru (`2024-12-16 09:01:36.618 | INFO     | app.api.user:login:88 - 用户…`): the parts
# between bars, the module, function and line before ` - `
_LOGURU_HEADER = (rf"^{_TIMESTAMP}\s+\|\s+{_LEVEL}\s+\|\s+(?P<logger>[\w.$<>-]+):(?P<function>[\w.<>$]+):\d+\s+-\s+"
                  r"(?P<message>.*)$")

# PHP's Monolog (Laravel, Symfony, ThinkPHP 6's monolog driver): `[2024-12-15 10:00:00] production.INFO:
# 用户登录 {"uid":1} []`, the channel before the level, the context and extra objects after the
# message (`[]` when empty)
_MONOLOG_HEADER = (rf"^\[(?P<timestamp>\d{{4}}(?P<datesep>-)\d{{2}}-\d{{2}}[T ]\d{{2}}:\d{{2}}:\d{{2}}(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)\]"
                   r"\s+(?P<logger>[\w.-]+)\.(?P<level>DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|EMERGENCY):\s+(?P<message>.*)$")
#: Monolog's empty context and extra, written as `[]` after the message
_EMPTY_CONTEXT = re.compile(r"(?:\s+\[\])+$")


_app_header = _regex_parser(_APP_HEADER)
_monolog_header = _regex_parser(_MONOLOG_HEADER)
_caller_header = _regex_parser(_CALLER_HEADER)
_loguru_header = _regex_parser(_LOGURU_HEADER)
_timestamp_only = _regex_parser(_TIMESTAMP_ONLY)
# zap's console encoder, logrus and structlog end a line with its fields as one JSON object
#: the column of a line's trailing JSON object (expanded to `fields.<key>` by the caller)
TRAILING_FIELDS = "fields"
# (or, from Python, a dict as `repr` writes it: `{'lat': 30.28, '城市': '杭州市'}`); Java's
# `log.info("物流地址 :{}", json)` puts it straight after a colon or an equals sign
_TRAILING_JSON = re.compile(r"(?:\s|(?<=[:：=]))(?=\{\s*(?:\"[^\"]+\"|'[^']+')\s*:.*\}\s*$)")
#: the places a trailing object may start at that are tried, from the first (`msg {"a": {"b": 1}}`)
MAX_TRAILING_SPLITS = 4
#: a trailing Python dict longer than this is not evaluated (JSON still is)
MAX_REPR_CHARS = 4096


# Egg.js's (and Koa's egg-logger) context logger: after the level, the process id and the
# request's context `[userId/ip/traceId/use ms METHOD url]`, each part `-` when unknown
_REQUEST_CONTEXT = re.compile(r"^(?:(?P<pid>\d+)\s+)?\[(?P<user_id>[^/\s\]]+)/(?P<client_ip>[^/\s\]]+)/"
                              r"(?P<trace_id>[^/\s\]]+)/(?P<duration>\d+(?:\.\d+)?ms) (?P<method>[A-Z]+) "
                              r"(?P<url>[^\s\]]+)\]\s*(?P<message>.*)$")


def _parse_app(line: str) -> Parsed | None:
    fields = _app_header(line) or _caller_header(line) or _loguru_header(line)
    if fields is None and (fields := _monolog_header(line)) is not None:
        fields["message"] = _EMPTY_CONTEXT.sub("", fields.get("message") or "")
    if fields is None:
        return None
    fields.pop("function", None)  # loguru's: the module names the component
    if fields.get("pid") is None:
        fields.pop("pid", None)  # only Spring Boot's header has it
    fields.pop("datesep", None)
    context = _REQUEST_CONTEXT.match(fields.get("message") or "") if not fields.get("logger") else None
    if context is not None:
        fields.update({k: (None if v == "-" else v) for k, v in context.groupdict().items()})
    thread = fields.pop("thread2", None)
    fields["thread"] = fields.get("thread") or thread
    caller = fields.pop("caller", None)
    if caller and not fields.get("logger"):
        fields["logger"] = caller.rsplit(":", 1)[0]  # the file names the component; its line number does not
    return _split_trailing_object(fields)


def _split_trailing_object(fields: Parsed, whole: bool = False) -> Parsed:
    """The object a line ends with (`… 用户登录 {"uid": 1}`), split off the message into its fields;
    `whole`: a message that is one object alone (after a logcat header, OkHttp's logged request
    body `{"phone": …}`) is such an object too."""
    message = fields.get("message") or ""
    if whole and message.startswith("{") and message.endswith("}"):
        document = _trailing_object(message)
        if document is not None:
            fields["message"], fields[TRAILING_FIELDS] = "", document
            return fields
    if message.endswith("}") and not message.startswith("{"):  # (a whole JSON line is the JSON format's)
        for split in itertools.islice(_TRAILING_JSON.finditer(message), MAX_TRAILING_SPLITS):
            document = _trailing_object(message[split.end():])
            if document is not None:
                fields["message"], fields[TRAILING_FIELDS] = message[:split.start()].rstrip(), document
                break
    elif message.endswith("]") and (go_map := _GO_MAP.search(message)) is not None:
        document = _go_map(go_map["body"])
        if document is not None:
            fields["message"], fields[TRAILING_FIELDS] = message[:go_map.start()].rstrip(), document
    return fields


# Go's fmt prints a map as `map[key:value key:value]`, keys sorted (`fmt.Println("参数", m)`: an
# iris or gin handler's request map with a patient's `cert_no:…`, `phone:…`); a flat one only
_GO_MAP = re.compile(r"(?:^|(?<=[\s:：=]))map\[(?P<body>[^\[\]]*)\]\s*$")
_GO_MAP_KEY = re.compile(r"(?:^|(?<=\s))(?P<key>[A-Za-z_][\w.-]*):")


def _go_map(body: str) -> str | None:
    """A Go map's body as a JSON object of its keys and (text) values: a value runs to the
    next ` key:`; None when the body does not open with a key."""
    keys = list(_GO_MAP_KEY.finditer(body))
    if not keys or keys[0].start() != 0:
        return None
    ends = [k.start() for k in keys[1:]] + [len(body)]
    return json.dumps({k["key"]: body[k.end():end].strip() for k, end in zip(keys, ends)}, ensure_ascii=False)


def _trailing_object(text: str) -> str | None:
    """A line's trailing object as JSON text: a JSON object as written, a Python dict's repr
    (single quotes, `True`, `None`) as the JSON it stands for; None when it is neither."""
    try:
        document = json.loads(text)
    except RecursionError:
        return None  # nested deeper than the interpreter's stack: no fields of a line
    except ValueError:
        if not text.lstrip().startswith("{'") or len(text) > MAX_REPR_CHARS:
            return None
        try:
            document = ast.literal_eval(text)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            return None
        if not isinstance(document, dict):
            return None
        try:
            return json.dumps(document, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            return None
    return text if isinstance(document, dict) else None


_logcat_header = _regex_parser(_LOGCAT)
_logcat_studio = _regex_parser(_LOGCAT_STUDIO)
long_logcat_header = _regex_parser(_LOGCAT_LONG_HEADER)


def _parse_logcat(line: str) -> Parsed | None:
    """A logcat line (threadtime, or as Android Studio saves it); its message's object (a whole
    JSON body, or one it ends with) into fields. Buffer markers and banners hold no entry ({})."""
    fields = _logcat_header(line) or _logcat_studio(line)
    if fields is None:
        return {} if _LOGCAT_BANNER.match(line) else None
    return _split_trailing_object(fields, whole=True)


def _parse_logcat_long(line: str) -> Parsed | None:
    """A line of `logcat -v long`: an entry's header into its fields, a line of its message as
    the message (the sample has its lines, not its entries), blanks and markers as nothing.
    Detection asks for headers among the lines (see `logformats.detect`): every line reads as
    this format."""
    if not line.strip() or _LOGCAT_BANNER.match(line):
        return {}
    header = long_logcat_header(line)
    if header is not None:
        return {name: value for name, value in header.items() if value is not None}
    return _split_trailing_object({"message": line}, whole=True)


def _parse_free(line: str) -> Parsed:
    """Any line: a leading timestamp, if there is one, is split off the message."""
    fields = _timestamp_only(line)
    if fields is None:
        return _split_trailing_object({"message": line})
    fields.pop("datesep", None)
    return _split_trailing_object(fields)


# -- a JSON-looking record laid over several lines, a member a line ------------------------------
# Pretty-printed JSON, and patterns that print one (CRMEB's logback `{\n "app": "Crmeb",\n
# "timestamp":"…",\n … "message": "%msg" }`): the lines are sampled one by one, so each line is
# read as its own member. The pattern puts the message in unescaped, quotes and all, so a string
# runs to the line's last quote.
_MEMBER = re.compile(r'^\s*"(?P<key>[^"]+)"\s*:\s*(?:"(?P<text>.*)"|(?P<bare>-?\d[\d.eE+-]*|true|false|null))\s*,?\s*\}?\s*,?\s*$')
#: the lines of such a record that hold no member: its braces (and brackets), or nothing
_STRUCTURE = re.compile(r"^\s*(?:[{}\[\]],?\s*)*$")


def _parse_member(line: str) -> Parsed | None:
    """One `"key": value` member of a record printed over several lines; {} for its braces."""
    if _STRUCTURE.match(line):
        return {}
    match = _MEMBER.match(line)
    if match is None:
        return None
    text, bare = match.group("text"), match.group("bare")
    if text is None:
        return {match.group("key"): None if bare == "null" else bare}
    try:
        value = json.loads(f'"{text}"')  # escapes as JSON writes them
    except ValueError:
        value = text  # written unescaped: the text as it stands
    return _split_trailing_object({"message": value}) if match.group("key") in _MESSAGE_MEMBERS else {match.group("key"): value}


#: members whose text is the log message, mined for templates like any line format's message
_MESSAGE_MEMBERS = frozenset({"message", "msg", "log"})


# -- MySQL's and MariaDB's general query log ----------------------------------------------------
# `2025-08-15T14:04:10.394852Z\t    9 Query\tselect * from t` (5.7 and later), `150101 12:00:00\t    1
# Connect\troot@localhost on db` (5.1-5.6, MariaDB) and `\t\t    2 Query\t…` (the same second again):
# each line one command of a connection; the statement is one value, not text to mine for templates
_MYSQL_GENERAL = re.compile(r"^(?:(?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)"
                            r"|(?P<short_time>\d{6}\s+\d{1,2}:\d\d:\d\d)|\t)\s+(?P<thread_id>\d+) "
                            r"(?P<command>[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?)\t(?P<argument>.*)$")
# the lines the server writes when it opens the log: its version, its ports, the column heading
_MYSQL_GENERAL_HEAD = re.compile(r"^(?:\S*mysqld(?:\.exe)?, Version: |Tcp port: |Time\s+Id\s+Command\s+Argument\s*$)")


def _parse_mysql_general(line: str) -> Parsed | None:
    if _MYSQL_GENERAL_HEAD.match(line):
        return {}
    match = _MYSQL_GENERAL.match(line)
    if match is None:
        return None
    fields: Parsed = match.groupdict()
    short = fields.pop("short_time")
    if short:  # `150101 12:00:00`: YYMMDD
        fields["time"] = f"20{short[:2]}-{short[2:4]}-{short[4:6]} {short[6:].strip()}"
    return {name: value for name, value in fields.items() if value}  # `Quit` has no argument


#: formats in the order detection prefers them when several parse a line
LINE_FORMATS: dict[str, LineFormat] = {
    # nginx setups often append fields to `combined` ($http_x_forwarded_for, rt=, geo=): kept (`_extras`)
    "combined": LineFormat("combined", "access-log", _access_parser(_COMBINED + r"(?:\s(?P<extra>.*))?$"),
                           concepts=_ACCESS_CONCEPTS),
    "common": LineFormat("common", "access-log", _access_parser(_COMMON + "$"), concepts=_ACCESS_CONCEPTS),
    "mysql-general": LineFormat("mysql-general", "query-log", _parse_mysql_general, concepts={"time": "time"}),
    "syslog5424": LineFormat("syslog5424", "syslog", _parse_rfc5424, "message", "app_name"),
    "syslog3164": LineFormat("syslog3164", "syslog", _regex_parser(_RFC3164), "message", "app_name"),
    "logcat": LineFormat("logcat", "logcat", _parse_logcat, "message", "tag"),
    "logcat-long": LineFormat("logcat-long", "logcat", _parse_logcat_long, "message", "tag"),
    "logfmt": LineFormat("logfmt", "logfmt-log", _parse_logfmt),
    "members": LineFormat("members", "text-log", _parse_member, "message"),
    "app": LineFormat("app", "text-log", _parse_app, "message", "logger"),
    "free": LineFormat("free", "text-log", _parse_free, "message"),
}
