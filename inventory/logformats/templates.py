"""Free-form messages to fields: mine templates with Drain, each variable slot is a field.

`login ok user=42099680 ip=158.44.105.237` and its siblings share the template
`login ok user= <*> ip= <*>`; the values under each `<*>` form a column that the classifiers
read like any other. A slot is named from its `key=` (or `key:`) prefix where there is one,
else from the word before it (`for device <*>` -> `device`), else by its position; the
component that logged the line (logger, syslog app, logcat tag) is the slot's parent path,
so `telemetry.Battery - level=92` yields the field `telemetry.Battery.level`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from drain3.drain import Drain

from classifiers import chinese

PARAM = "<*>"
# `user=42` is split into `user=` and `42` so that Drain keeps the key as a constant token
# Chinese keys are words too (`手机号=138...`, `收货地址:...`), and a Han key may end in a colon
_HAN = "\u3400-\u9fff"
# a full-width colon is Chinese punctuation: a Latin key before it is a key too (`VAID：…`)
# a key may carry its unit in brackets before the sign, as a column header does (`按键间隔(ms)=[…]`,
# `耗时（秒）：3`, `latency(ms)=12`): the unit is part of the key's name, not a value of its own
_UNIT_TEXT = r"\([^()\s=:：]{1,8}\)|（[^（）\s=:：]{1,8}）"
_UNIT = rf"(?:{_UNIT_TEXT})?"
_KEY_VALUE = re.compile(rf"^(?P<key>[A-Za-z_{_HAN}][\w.\-]*{_UNIT}=|[{_HAN}][\w.\-]*{_UNIT}[:：]|[A-Za-z_][\w.\-]*{_UNIT}：)(?P<value>.+)$")
_WORD = re.compile(rf"^[(\[{{\"']*(?P<word>(?:[A-Za-z][A-Za-z_\-]*[A-Za-z]|[{_HAN}][\w\-]*)(?:(?:{_UNIT_TEXT})(?=[=:：]))?)"
                   rf"(?P<sep>[=:：]?)[)\]}}\"',;]*$")
_HAN_TEXT = re.compile(rf"[{_HAN}]")
_FULL_WIDTH_BREAKS = re.compile("[，；。]")
_PAIR_COMMA = re.compile(rf",(?=[A-Za-z_{_HAN}][\w.\-]*=|$)")
# joins the words of a value after a Han key into one token (Drain splits on whitespace)
_VALUE_SPACE = "\u2063"
# the word before a slot names it only if it is a noun-ish word; these never are
_STOP_WORDS = frozenset(
    "a an the to for from of at in on by with after before and or as is was are be been not no into via "
    "than then this that it its per over under up down out off".split())
_STRIP = "()[]{}<>,;\"'"
_JSON_DOCUMENT = re.compile(r'^(?:\{\s*"[^"]+"\s*:.*\}|\[\s*\{.*\}\s*\])$')
# numbers, IPv4 addresses, percentages, dates: variable whatever the template says
_NUMERIC = re.compile(r"^[\[(]?[-+]?\d[\d.:,%/\-]*[\])]?[,;.]?$")


@dataclass
class Slot:
    """The values of one named slot, over every line and template that has it."""

    path: str
    values: list[str] = field(default_factory=list)
    #: templates of more than one line, literal values masked (see `public_template`)
    templates: list[str] = field(default_factory=list)


# `[10/Oct/2000:13:55:36 -0700]`: a timestamp and its offset are one value, never two slots
# (joined without the space, `13:55:36-0700` as ISO 8601 writes it, since Drain splits on spaces)
_CLOCK_END = re.compile(r"\d{2}:\d{2}:\d{2}(?:[.,]\d+)?$")
_OFFSET = re.compile(r"^[+-]\d{2}:?\d{2}\]?[,;]?$")


def _whole_timestamps(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        if out and _OFFSET.match(token) and _CLOCK_END.search(out[-1]):
            out[-1] += token
        else:
            out.append(token)
    return out


#: an id of eight characters or more, a digit among them, between two Han characters
_HAN_ID_RUN = re.compile(rf"(?<=[{_HAN}])(?P<id>(?=[0-9A-Za-z_-]*\d)[0-9A-Za-z][0-9A-Za-z_-]{{6,}}[0-9A-Za-z])(?=[{_HAN}])")


def tokens_of(message: str) -> list[str]:
    """Whitespace tokens, with `key=value` split into `key=` and `value`, and a timestamp's
    offset kept with its timestamp."""
    if (statement := _MYBATIS.match(message)) is not None:
        return _statement_tokens(statement)
    if (pair := _ARROW_PAIR.match(message)) is not None and pair.group("bare") not in _NESTED_OPENERS:
        key = next(k for k in pair.group("single", "double", "bracket", "symbol") if k is not None)
        value = next((v for v in pair.group("sq", "dq", "bare") if v is not None), "")
        return [f"{key}=", value.strip().replace(" ", _VALUE_SPACE) or "null"]
    out: list[str] = []
    message, piped = _piped_pairs(_agent_runs(_go_structs(_login_record(message))))
    # an id written between Han words (`设备0a9f8f86b38fdf6a电量低：12%`, `用户38123456位置更新`)
    # stands apart: it is a value, and the Han after it may be the next pair's key
    message = _HAN_ID_RUN.sub(r" \g<id> ", message)
    # Chinese separates clauses and `key：value` pairs with full-width commas and semicolons,
    # never part of a value: `型号：华为 Mate 60 Pro，系统：HarmonyOS 4.0` is two pairs
    for clause in _FULL_WIDTH_BREAKS.split(_bracket_pairs(message)):
        out.extend(_clause_tokens(clause))
    return out + piped


# `uid:1001|imei:86…|model:HUAWEI ALN-AL00|bat:63`: pairs a service joins with `|` (Latin keys
# before a colon, or `=`), at the end of a message; two pairs at least
_PIPED_PAIRS = re.compile(rf"(?:^|(?<=\s))(?P<run>[A-Za-z_{_HAN}][\w.\-{_HAN}]*[:=][^|]*(?:\|[A-Za-z_{_HAN}][\w.\-{_HAN}]*[:=][^|]*)+)$")
_PIPED_PAIR = re.compile(rf"^(?P<key>[A-Za-z_{_HAN}][\w.\-{_HAN}]*)[:=](?P<value>.*)$")


def _piped_pairs(message: str) -> tuple[str, list[str]]:
    """The message before a run of `|`-joined pairs, and the run's `key=` `value` tokens."""
    if "|" not in message or (found := _PIPED_PAIRS.search(message)) is None:
        return message, []
    tokens: list[str] = []
    for part in found.group("run").split("|"):
        pair = _PIPED_PAIR.match(part.strip())
        if pair is None:
            return message, []
        tokens.extend((f"{pair.group('key')}=", pair.group("value").strip().replace(" ", _VALUE_SPACE) or "null"))
    return message[:found.start()], tokens


# a user agent written into a message without quotes (`UA Mozilla/5.0 (Linux; Android 14) Quark/6.9`):
# one value, up to the next `key=`, a closing bracket or quote, or the end (Drain would make each of
# its words a slot); no agent holds a brace, so HAProxy's captured headers (`{Mozilla/5.0 (…)} {}
# "GET /p HTTP/1.1"`) end it too, and the spaces before the end stay spaces (the quoted request
# after it is a value of its own)
_AGENT_RUN = re.compile(r"(?:Mozilla|Dalvik|Opera)/\d[^\]\"|}}]*?(?=\s+[A-Za-z_{0}][\w.\-{0}]*[=：]|\s*[\]\"|}}]|\s*$)"
                        .format(_HAN))


def _agent_runs(message: str) -> str:
    if "/" not in message:
        return message
    return _AGENT_RUN.sub(lambda m: m.group(0).replace(" ", _VALUE_SPACE), message)


# One element of an array or hash dumped over several lines, as PHP's `var_export` (`  'mobile' =>
# '13800138000',`), `print_r` (`    [mobile] => 13800138000`) and Ruby/Perl (`:mobile => "138…",`)
# write it: the pair `mobile=13800138000` (quotes and the trailing comma are the dump's)
_ARROW_PAIR = re.compile(r"""^\s*(?:'(?P<single>[^'\s]+)'|"(?P<double>[^"\s]+)"|\[(?P<bracket>[^\]\s]+)\]|:(?P<symbol>\w+))"""
                         r"""\s*=>\s*(?:'(?P<sq>(?:[^'\\]|\\.)*)'|"(?P<dq>(?:[^"\\]|\\.)*)"|(?P<bare>[^\s'"(][^,]*?))?,?\s*$""")
#: the value that opens a nested array on the next lines: no value of its own
_NESTED_OPENERS = frozenset({"array (", "Array", "array(", "[", "{", "Array("})


# MyBatis's debug lines (`==>  Preparing: INSERT …` is logged before them): a statement's
# parameters, `==> Parameters: 王磊(String), 13800138000(String), null`, and the rows it read,
# `<==        Row: 1, 王磊, 13800138000`. Each value is a slot of its own, named by its place
# (`Parameters.2`, `Row.3`): the statement's logger tells statements apart, the place the column
_MYBATIS = re.compile(r"^\s*(?P<arrow>==>|<==)\s+(?P<kind>Parameters|Row):\s?(?P<values>.*)$")
# a parameter's Java type after it: `(String)`, `(Long)`, `(LocalDateTime)`, `(Timestamp)`
_JAVA_TYPE = re.compile(r"\([A-Z][A-Za-z0-9]*\)$")
_TYPED_SPLIT = re.compile(r"(?<=\)), |, (?=null(?:, |$))|(?<=^null), ")
#: a statement with more values than this is no record of a person (a batch insert): one slot
MAX_STATEMENT_VALUES = 64


def _statement_tokens(statement: re.Match) -> list[str]:
    """A MyBatis line as `Parameters.1=` `王磊` `Parameters.2=` `138…` tokens (types dropped)."""
    kind, text = statement.group("kind"), statement.group("values")
    if kind == "Parameters":
        values = [_JAVA_TYPE.sub("", value) for value in _TYPED_SPLIT.split(text)] if text else []
    else:
        values = text.split(", ") if text else []
    out = [statement.group("arrow"), f"{kind}:"]
    if len(values) > MAX_STATEMENT_VALUES:
        return out + [text.replace(" ", _VALUE_SPACE)]
    for place, value in enumerate(values, 1):
        out.extend((f"{kind}.{place}=", value.strip().replace(" ", _VALUE_SPACE) or "null"))
    return out


# a Han run that begins with a street and its number (`杨南巷682号何苑7栋4单元2406室`,
# `浙江省杭州市西湖区文三路90号`) is an address: one value, not words and numbers to pair
_ADDRESS_START = re.compile(rf"^[{_HAN}0-9]{{0,24}}?(?:路|街|道|大道|巷|弄|胡同|里)[0-9０-９一二三四五六七八九十段]*[0-9０-９]+[号號]")


# `骑手[王建国]已接单`, `手机号【13800138000】`, `姓名“张伟”与身份证号“…”不一致`: a Han word and its
# value in brackets or Chinese quotation marks right after it
# (also after the key's colon: `内容：“比超市便宜，下次还来”`, a review quoted whole)
_BRACKET_PAIR = re.compile(rf"(?P<key>[{_HAN}][\w{_HAN}]*?)[:：]?(?:\[(?P<square>[^\[\]]+)\]|【(?P<lenticular>[^【】]+)】"
                           rf"|“(?P<quoted>[^“”]+)”|「(?P<corner>[^「」]+)」)")


def _bracket_pairs(message: str) -> str:
    """A Han word followed by its value in brackets written as the pair `word=value`, each on
    its own token: Go and Java services write `用户[13800138000]绑定设备[HUAWEI ALN-AL00]成功`."""
    if not any(mark in message for mark in "[【“「"):
        return message

    def pair(match: re.Match) -> str:
        value = next(v for v in match.group("square", "lenticular", "quoted", "corner") if v is not None)
        return f" {match.group('key')}={value.strip().replace(' ', _VALUE_SPACE).translate(_KEEP_BREAKS)} "
    return _BRACKET_PAIR.sub(pair, message)


# RuoYi's login record (its `sys-user` logger, kept by the many back offices built on it: FastBee,
# RuoYi-Vue, RuoYi-Cloud): `[ip]place[user][status][message]`, each part in LogUtils' brackets,
# the status one of its constants (after the logger's `[method,line] - ` where a pattern writes it)
_LOGIN_RECORD = re.compile(r"^(?P<head>.*?)\[(?P<ip>[0-9A-Fa-f.:]{3,45})\](?P<place>[^\[\]]{0,60})\[(?P<user>[^\[\]\s]{1,64})\]"
                           r"\[(?P<status>Success|Error|Logout|Register)\]\[(?P<msg>[^\[\]]*)\](?P<rest>.*)$", re.S)


def _login_record(message: str) -> str:
    """RuoYi's login record written as its pairs (`ip=… login_location=… user_name=… status=… msg=…`),
    the names of the columns its login log (`sys_logininfor`) keeps the same parts under."""
    match = _LOGIN_RECORD.match(message)
    if match is None:
        return message
    parts = [("ip", match.group("ip")), ("login_location", match.group("place").strip() or "null"),
             ("user_name", match.group("user")), ("status", match.group("status")), ("msg", match.group("msg") or "null")]
    return match.group("head") + " ".join(f"{key}={value.replace(' ', _VALUE_SPACE)}" for key, value in parts) \
        + match.group("rest")


# Go's `%+v` of a struct (`&{Mobile:13800138000 Password:x Source:1}`): exported fields, each
# `Name:value` up to the next ` Name:` (strings are not quoted, so a value may hold spaces);
# a flat struct only, a nested one (`{A:{B:1}}`) stays text
_GO_STRUCT = re.compile(r"&?\{(?P<body>[A-Z]\w*:[^{}]*)\}")
_GO_FIELD = re.compile(r" (?=[A-Z]\w*:)")
_GO_PAIR = re.compile(r"^(?P<key>[A-Z]\w*):(?P<value>.*)$", re.S)


def _go_structs(message: str) -> str:
    """Each field of a struct Go's `%+v` printed into the message written as the pair `Name=value`."""
    if "{" not in message:
        return message

    def fields(match: re.Match) -> str:
        pairs = [_GO_PAIR.match(field) for field in _GO_FIELD.split(match.group("body"))]
        if not all(pairs):
            return match.group(0)
        return " " + " ".join(f"{pair.group('key')}={pair.group('value').strip().replace(' ', _VALUE_SPACE) or 'null'}"
                              for pair in pairs) + " "
    return _GO_STRUCT.sub(fields, message)


# the full-width commas, semicolons and stops inside a quoted value are the writer's, not breaks
# between pairs: kept out of `_FULL_WIDTH_BREAKS` as private-use marks until the value is read
_KEEP_BREAKS = str.maketrans({"，": "\ue00c", "；": "\ue01b", "。": "\ue002"})
_RESTORE_BREAKS = str.maketrans({"\ue00c": "，", "\ue01b": "；", "\ue002": "。"})


# a double-quoted string with spaces in it (`request: "GET / HTTP/1.1"`, `user "scriben dio"`):
# one value, as a line format reads it
_QUOTED_WORDS = re.compile(r'(?:(?<=\s)|(?<=^)|(?<=[=:]))"(?P<text>[^"\s][^"]*\s[^"]*)"(?=$|[\s,;:.)\]])')


def _quoted_values(clause: str) -> str:
    if '"' not in clause:
        return clause
    return _QUOTED_WORDS.sub(lambda m: '"' + m.group("text").replace(" ", _VALUE_SPACE) + '"', clause)


def _clause_tokens(clause: str) -> list[str]:
    out: list[str] = []
    han_value = False  # inside the value of a Han `key：`, which runs on to the next key
    for token in _whole_timestamps(_quoted_values(clause).split()):
        # `a=1,b=2` (Android, Java toString) is as many pairs as commas allow
        # (a comma before the next `key=` only: `位置=116.39,39.90` is one value)
        parts = _PAIR_COMMA.split(token) if "," in token and "=" in token and "://" not in token else [token]
        # a form body or a query string (`body=uid=1&oaid=ab&lat=30.2`, `/api/nearby?lng=120.1&lat=30.2`),
        # and pairs in brackets (`[uid=1001][phone=138…]`): a pair each, values percent-decoded
        # (a full URL, `https://…?a=1`, a request's path, `/p?a=1`, and a quoted phrase, an access log's
        # `"GET /p?a=1 HTTP/1.1"`, stay one value: the request's)
        if "=" in token and ("&" in token or "?" in token or "][" in token) and "://" not in token \
                and not token.startswith("/") and _VALUE_SPACE not in token:
            parts = [piece for part in parts for piece in _form_pairs(part)]
        for part in parts:
            match = _KEY_VALUE.match(part)
            # `设备信息：型号：华为`: a heading before the pair; the last key names the value
            # (an LDAP DN in quotes, `dn="uid=toto,ou=people"`, names its entry by its first pair)
            while match and _KEY_VALUE.match(match.group("value").lstrip("\"'")):
                match = _KEY_VALUE.match(match.group("value").lstrip("\"'"))
            if not match and han_value and part:
                out[-1] += _VALUE_SPACE + part  # one token for the miner, a space again in the value
                continue
            han_value = bool(match) and match.group("key")[-1] in ":："
            if match:
                out.extend((match.group("key"), match.group("value")))
            elif part and _ADDRESS_START.match(part):
                out.append(part)
            elif part and _HAN_TEXT.search(part):
                # Chinese writes no spaces: its words, not the whole run, are Drain's tokens,
                # so that `用户张伟的订单` and `用户李娜的订单` share a template with a slot
                out.extend(chinese.segment(part))
            elif account := _QUOTED_ACCOUNT.match(part):
                # MySQL's `'root'@'10.0.0.5'`: the account's user and host, two values
                out.extend((account.group("user"), "@", account.group("host")))
            elif part:
                out.append(part)
    return out


_FORM_SPLIT = re.compile(rf"&(?=[A-Za-z_{_HAN}][\w.\-\[\]{_HAN}]*=)|\?(?=[A-Za-z_][\w.\-]*=)|\]\[")


def _form_pairs(token: str) -> list[str]:
    """`body=uid=1&lat=30.2` -> `uid=1`, `lat=30.2`; `/p?lng=120.1&lat=30.2` -> `/p`, `lng=…`, `lat=…`;
    `[uid=1][ip=…]` -> `uid=1`, `ip=…`. A token without such pairs is itself."""
    pieces = _FORM_SPLIT.split(token.strip("[]") if token.startswith("[") and token.endswith("]") else token)
    if len(pieces) < 2:
        return [token]
    if (head := _KEY_VALUE.match(pieces[0])) is not None and "=" in head.group("value"):
        pieces[0] = head.group("value")  # `body=` names the whole form: its pairs name themselves
    return [_unquoted(piece) for piece in pieces if piece]


def _unquoted(piece: str) -> str:
    return unquote(piece) if "%" in piece else piece


# an account as MySQL and MariaDB write it, `'user'@'host'` (quotes kept off the values)
_QUOTED_ACCOUNT = re.compile(r"^'(?P<user>[^'\s]+)'@'(?P<host>[^'\s]+)'[,;:.]?$")


def _is_key(token: str) -> bool:
    """`user=`, or a Han key before its colon (`手机：`, `收货地址:`)."""
    return token.endswith(("=", "：")) or (token[-1:] == ":" and _HAN_TEXT.match(token) is not None)


def mine_slots(messages: list[str], namespaces: list[str | None], taken: frozenset[str] = frozenset()
               ) -> tuple[dict[str, Slot], int]:
    """Slots of the messages' templates, by field path, and the number of templates found.

    `namespaces[i]` is the component that logged message i (or None); `taken` holds field
    names the line header already uses, which a slot must not shadow.
    """
    drain = Drain(sim_th=0.4, depth=4, max_children=100, param_str=PARAM)
    tokenized = [tokens_of(message) for message in messages]
    clusters = [drain.add_log_message(" ".join(tokens))[0] if tokens else None for tokens in tokenized]
    slots: dict[str, Slot] = {}
    for tokens, cluster, namespace in zip(tokenized, clusters, namespaces):
        if cluster is None:
            continue
        # the final template: Drain generalises it as lines arrive
        template = _with_value_slots(list(cluster.log_template_tokens))
        if len(template) != len(tokens):
            continue
        for name, value in _slot_values(template, tokens):
            path = f"{namespace}.{name}" if namespace else name
            if path in taken:
                path = f"message.{path}"
            slot = slots.setdefault(path, Slot(path))
            slot.values.append(value)
            text = public_template(template)
            if cluster.size > 1 and text not in slot.templates:
                slot.templates.append(text)
    return slots, len(drain.clusters)


def public_template(template: list[str]) -> str:
    """The template as the catalog may show it: its shape. A literal token of a template can
    still be a value (a user's name or street on every line of a cluster, an e-mail seen
    once), and no word list tells a name from a word, so only what is already public stays:
    the slots, the words that name them (they are in the field paths), keys (`user=`),
    function words and punctuation. Every other token is masked; runs of masks become one.
    `Welcome back Ann Lee, order <*> shipped` -> `… order <*> …`."""
    shown: list[str] = []
    for index, token in enumerate(template):
        match = _WORD.match(token)
        names_slot = index + 1 < len(template) and template[index + 1] == PARAM and match is not None
        keep = (token == PARAM or not any(ch.isalnum() for ch in token) or names_slot
                or (match is not None and (match.group("sep") or match.group("word").lower() in _STOP_WORDS)))
        text = token if keep else "…"
        if not (text == "…" and shown and shown[-1] == "…"):
            shown.append(text)
    return " ".join(shown).replace("= ", "=")


def _with_value_slots(template: list[str]) -> list[str]:
    """Drain keeps a template's tokens literal until a second line differs; a number, an
    address, or the value after `key=` is a variable even when only one line was seen."""
    out = list(template)
    for index, token in enumerate(template):
        if token == PARAM:
            continue
        if (_NUMERIC.match(token) or _QUOTED.match(token)
                or (index and _is_key(template[index - 1]) and template[index - 1] != PARAM)
                or (_login_slot(template, index) and token.lower() not in _NOT_ACCOUNTS and _could_be_login(token))
                or (index and _BRACKETED.match(token) and template[index - 1].lower() in _ACCOUNT_WORDS)):
            out[index] = PARAM
    return out


# a token in quotes (`user 'admin'`, `for user "xyz":`): a value the program quoted, even on one line
_QUOTED = re.compile(r"""^[\[(]?(?:'[^']+'|"[^"]+")[\])]*[:,;.]?$""")
# `for user [Administrator]` (pure-ftpd): a bracketed token after a word for the account
_BRACKETED = re.compile(r"^\[[^\]\s]+\][:,;.]?$")
_ACCOUNT_WORDS = frozenset({"user", "username", "account", "login"})
#: an HTTP request line's method: the path after it is the request (`10.0.0.1 - - GET /p 200`)
_HTTP_METHODS = frozenset({"GET", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE"})
_REQUEST_TARGET = re.compile(r"^(?:/|https?://)\S*$")
# a whole request line, quoted in the message (`"GET /openhab.app HTTP/1.1" 401`)
_REQUEST_LINE = re.compile(rf"^(?:{'|'.join(sorted(_HTTP_METHODS))}) (?:/|https?://)\S* HTTP/\d(?:\.\d)?$")
#: words of an authentication failure: the value after its `for` is the account tried
#: (`Failed password for root from`, `Authentication failed for 'admin'`, `Login attempt failed for bob.`)
_AUTH_WORDS = frozenset({"login", "logon", "authentication", "authenticate", "auth", "password", "passwd",
                         "credentials", "badlogin", "signin", "sign-in"})
#: how far before the `for` the authentication words may stand
_AUTH_REACH = 5


#: words after an authentication failure's `for` that are no account (`for invalid user bob`)
_NOT_ACCOUNTS = frozenset({"invalid", "illegal", "unknown", "user", "the", "a", "an", "this", "that", "user:"})


# `login authenticator failed for mail.example.net (…)`, `for (ylmf-pc)`: Exim names the client
# host there, by its DNS name or its HELO in parentheses, not the account
_HOST_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+){2,}\.?$")


def _could_be_login(token: str) -> bool:
    return not token.startswith("(") and not _HOST_NAME.match(token.strip(_STRIP + ":."))


def _login_slot(template: list[str], index: int) -> str | None:
    """`login` for the value after `for` in an authentication message, else None."""
    if index < 2 or template[index - 1].lower() != "for":
        return None
    before = (token.strip(_STRIP + ":.").lower() for token in template[max(0, index - 1 - _AUTH_REACH):index - 1])
    return "login" if any(word in _AUTH_WORDS for word in before) else None


def _slot_values(template: list[str], tokens: list[str]) -> list[tuple[str, str]]:
    """(name, value) of each slot of a line's tokens under its template."""
    out: list[tuple[str, str]] = []
    names: dict[str, int] = {}
    keyed: str | None = None  # a line's own `key=` where the template has a slot (keys that vary)
    index = 0
    while index < len(template):
        if template[index] != PARAM:
            index += 1
            continue
        if _is_key(tokens[index]) and index + 1 < len(template) and template[index + 1] == PARAM:
            keyed = tokens[index][:-1]  # `op=2 ADD uid=toto` beside `op=1 MOD cn=titi`: names the next slot
            index += 1
            continue
        end = index + 1
        if keyed or (index and template[index - 1].endswith(("=", ":", "："))):
            # a keyed value runs on until the next literal token (`carrier= NTT DOCOMO`) or key
            while end < len(template) and template[end] == PARAM and not _is_key(tokens[end]):
                end += 1
        value = _joined(tokens[index:end]).replace(_VALUE_SPACE, " ").translate(_RESTORE_BREAKS).strip()
        # a JSON document (`请求参数：{"userId":1,…}`) keeps its brackets: its keys are read as fields
        value = value if _JSON_DOCUMENT.match(value) else _bare(value)
        if value:
            if keyed:
                name = keyed
            elif (index and tokens[index - 1] in _HTTP_METHODS and _REQUEST_TARGET.match(value)) \
                    or _REQUEST_LINE.match(value):
                name = "request"
            else:
                name = (_slot_name(template, index) or (_login_slot(template, index) if _could_be_login(tokens[index])
                                                        else None) or f"slot{len(out) + 1}")
            names[name] = names.get(name, 0) + 1
            out.append((name if names[name] == 1 else f"{name}_{names[name]}", value))
        keyed = None
        index = end
    return out


def _joined(tokens: list[str]) -> str:
    """A value's tokens as its text: Han words that segmentation split (`充电` `中`) are joined
    without the space Chinese never writes between them (`82% 充电中`)."""
    text = tokens[0] if tokens else ""
    for token in tokens[1:]:
        glued = text and token and _HAN_TEXT.match(text[-1]) and _HAN_TEXT.match(token[0])
        text += token if glued else " " + token
    return text


# a sentence's colon or full stop after a value (`user "xyz": password mismatch`, `from 1.2.3.4.`)
_TRAILING_PUNCTUATION = re.compile(r"(?<=[\w\"'\])])[:.]$")


def _bare(value: str) -> str:
    """The value without the quotes, brackets and sentence punctuation around it: `"xyz":` -> `xyz`."""
    return _TRAILING_PUNCTUATION.sub("", value.strip(_STRIP)).strip(_STRIP)


#: brackets that open a group of values as their own tokens (Chinese text segments `(` off a word)
_GROUP_OPEN = frozenset({"(", "[", "（", "【"})
#: a `key=` whose name holds digits (which `_WORD` leaves out of plain words)
_NUMBERED_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w.\-]*\d[\w.\-]*)=$")


def _slot_name(template: list[str], index: int) -> str | None:
    """The slot's name from the token before it: `key=`, `key:` or a plain word."""
    if index == 0 or template[index - 1] == PARAM:
        return None
    if template[index - 1] in _GROUP_OPEN or template[index - 1] == ",":
        # `经纬度 ( <*> , <*> )`, `pos [ <*> , <*> ]`: the word before the brackets names what is inside
        start = index - 1
        while start > 0 and template[start] in (",", PARAM):
            start -= 1
        return _slot_name(template, start) if template[start] in _GROUP_OPEN else None
    if key := _NUMBERED_KEY.match(template[index - 1]):
        return key.group("key")  # `Parameters.2=`, `ip6=`: a key, its digits and all
    match = _WORD.match(template[index - 1])
    if match is None:
        return None
    word = match.group("word")
    if not match.group("sep") and (word.lower() in _STOP_WORDS or chinese.listed_words().get(word) == ()):
        return None  # `for <*>`, `在 <*>`: function words name nothing (Chinese ones as the word list says)
    return word
