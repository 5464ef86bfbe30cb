"""Field names as tokens: snake_case, camelCase, kebab-case and dot paths alike.

`context.device.advertisingId` -> own tokens ["advertising", "id"], parent tokens
["context", "device"]. Recognizers list name phrases ("ip address", "remote addr"); a phrase
matches when its tokens stand together in the field's own name (strong) or in its parent path
(weaker: `battery.level`, `geo.lat`).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from classifiers import chinese

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# `最后登录IP`, `app版本`: Han and Latin runs are separate words (Chinese writes no spaces)
_SCRIPT_EDGE = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u3400-\u9fff\uf900-\ufaff])")
# "IPv4Address" would split as I|Pv4|Address: keep the acronym whole
_IPV = re.compile(r"IPv(?=[46])")


_DATA_EXTENSIONS = re.compile(r"(\.(gz|bz2|zst|csv|tsv|parquet|ndjson|jsonl|json|log|txt|xlsx|xlsm|xls))+$", re.IGNORECASE)


def dataset_base_name(name: str) -> str:
    """A dataset's own name, without folders and data-file extensions: `logs/app.ndjson.gz`
    -> `app`, `shop/public.users` -> `public.users`."""
    return _DATA_EXTENSIONS.sub("", str(name).replace("\\", "/").rsplit("/", 1)[-1])


def fold(text: str) -> str:
    """Accents dropped and ß spelled ss, so `Straße` and `Länge` tokenize as words."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ẞ", "SS"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def tokenize(name: str) -> tuple[str, ...]:
    """Lower-case word tokens of one name segment or a whole path."""
    tokens: list[str] = []
    for chunk in _SPLIT.split(_IPV.sub("Ipv", fold(name))):
        for part in _SCRIPT_EDGE.split(chunk) if chunk else ():
            tokens.extend(word.lower() for word in _CAMEL.split(part) if word)
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
    "cmt": ("comment",), "alt": ("altitude",), "txt": ("text",),
    "itv": ("interval",), "intv": ("interval",), "intvl": ("interval",),
    # identity documents: `drvLicNo`, `natl_id`, `ppt_no`, `passport_nbr`
    "lic": ("license",), "drv": ("driver",), "drvr": ("driver",), "natl": ("national",),
    "ppt": ("passport",), "nbr": ("number",),
    # Salesforce's record id, the key Heroku Connect gives every synced table (`contact_sfid`)
    "sfid": ("salesforce", "id"),
    # `installedPkgs`: packages (`pkg` alone is listed by the app-package recognizer)
    "pkgs": ("packages",),
    # Chinese schemas' English: `linkman` 联系人 (the contact person), `saler` 销售员
    "linkman": ("contact", "name"), "saler": ("salesperson",), "dept": ("department",),
    # `pg_cd`, `ref_pg`, `pg_num`: a page
    "pg": ("page",),
    # a study's subject (CDISC's `SUBJID`, `subj_no`)
    "subj": ("subject",),
    # a family tree's tags (GEDCOM, the genealogy interchange format: `NAME.GIVN`, `BIRT.DATE`,
    # `BIRT.PLAC`, `DEAT.PLAC`)
    "givn": ("given", "name"), "surn": ("surname",), "birt": ("birth",), "deat": ("death",),
    "plac": ("place",), "husb": ("husband",),
}

#: the things whose key a run-together name spells `<thing>id` (`SUBJID`, `custid`, `deviceid`):
#: the words recognizers name before `id` (a test holds each to a recognizer's `<word> id`) or
#: an abbreviation of one
ID_RUN_STEMS = frozenset({"user", "usr", "subj", "subject", "patient", "member", "account", "accnt", "customer",
                          "cust", "person", "employee", "student", "client", "player", "author", "owner", "device",
                          "dev", "advertising", "android", "vendor", "participant"})
#: a run-together key is its thing and `id`: at least this many letters of thing
_ID_RUN_MIN = 3
#: short forms of a patient that clinical data writes only before an id (`ptid`, `PATID`,
#: `pt_id`, `pat_no`): elsewhere `pt` is a point or Portuguese, `pat` a pattern or a token
PATIENT_STEMS = frozenset({"pt", "pat"})
#: the key words they stand before
PATIENT_KEYS = frozenset({"id", "no", "num", "nbr", "number"})


#: things that carry a number of their own, after which a leading `num` is that number (French and
#: Spanish `num_tel`, `num_client`, `num_documento`), not a count of them
NUMBERED_THINGS = frozenset({
    "id", "no", "tel", "telephone", "telefone", "telefono", "phone", "mobile", "cell", "fax", "client", "cliente",
    "customer", "card", "carte", "tarjeta", "doc", "document", "documento", "account", "compte", "cuenta", "conta",
    "order", "commande", "pedido", "invoice", "facture", "factura", "fatura", "serial", "serie", "passport",
    "passeport", "street", "rue", "voie", "calle", "house", "maison", "casa", "apt", "contract", "contrat",
    "license", "licence", "permis", "member", "membre", "socio", "employee", "employe", "matricule", "patient",
    "ticket", "transaction", "version", "page", "line", "dossier", "badge", "secu", "ss", "siret", "siren",
    "tva", "cpf", "rg", "cnpj", "nif", "nie", "dni", "insee", "identite", "identidad", "registro", "user",
    "utilisateur", "usuario", "device", "appareil", "dispositivo"})


def split_id_run(token: str) -> tuple[str, str] | None:
    """`subjid` -> (`subj`, `id`), `deviceid` -> (`device`, `id`): a key written as one lower- or
    upper-case word, split when its thing is a known one; a leading `u` is "unique" (CDISC's
    `USUBJID`, the study-wide subject id)."""
    stem = token[:-2] if token.endswith("id") else ""
    if stem in PATIENT_STEMS:
        return ("patient", "id")
    if len(stem) < _ID_RUN_MIN:
        return None
    if stem in ID_RUN_STEMS:
        return (stem, "id")
    if stem.startswith("u") and stem[1:] in ID_RUN_STEMS:
        return (stem[1:], "id")
    return None


@dataclass(frozen=True)
class ForeignWord:
    english: tuple[str, ...]
    language: str


@lru_cache(maxsize=1)
def foreign_words() -> dict[str, ForeignWord]:
    """Field-name words of other languages (vocab/name_words.tsv) and their English words."""
    words: dict[str, ForeignWord] = {}
    text = resources.files("classifiers.vocab").joinpath("name_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, english, language = line.split("\t")
            words[word] = ForeignWord(tuple(english.split()), language)
    return words


#: Romance languages put the head noun first (`id_usuario`, `nivel_bateria`, `fecha_nacimiento`)
ROMANCE = frozenset({"es", "pt", "fr", "it"})
#: heads that such names lead with, as English words, moved behind their modifier
HEADS = frozenset({"id", "level", "number", "date", "version", "mode", "zone", "type", "code", "name",
                   "address", "resolution", "model"})
#: a compound is split only into parts at least this long (`geburts|datum`, `haus|nummer`)
MIN_PART = 2


def split_words(token: str, known: Collection[str], min_part: int = MIN_PART) -> list[str] | None:
    """`geburtsdatum` -> [`geburts`, `datum`], `callingstationid` -> [`calling`, `station`,
    `id`]: the fewest parts, each a word of `known`, that spell the token; None when it is not
    two or more known words run together."""
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - 20), end - min_part + 1):
            if start in best and token[start:end] in known and (end not in best or len(best[start]) + 1 < len(best[end])):
                best[end] = best[start] + [token[start:end]]
    parts = best.get(len(token))
    return parts if parts and len(parts) > 1 else None


def _split_compound(token: str) -> list[str] | None:
    """A compound of other languages' field-name words (vocab/name_words.tsv)."""
    return split_words(token, foreign_words().keys())


#: a word and its number run together (`apellido2`, `telefono1`)
_NUMBERED = re.compile(r"^(?P<word>[a-z]{3,})\d{1,2}$")
#: a connection's side run into the word it qualifies (`srcuser`, `dstip`)
_DIRECTION_RUN = re.compile(r"^(?P<side>src|dst|dest)(?P<word>[a-z]{2,})$")

#: the words after two initials that make them a thing's id (`yh_id`, `sb_bh`, `hy_no`)
_ID_TAILS = frozenset({"id", "bh", "no", "code", "dm"})


def expand(tokens: tuple[str, ...], pairs: bool = False) -> tuple[str, ...]:
    """Tokens in English: abbreviations expanded, other languages' words translated (compounds
    split), Chinese read (Han words segmented, pinyin in full and as initials: classifiers/
    chinese.py), and Romance head-first names turned round (`nivel_bateria` -> battery level).
    `pairs`: a name of two letters is read as pinyin initials (`NL` 年龄), in a table whose
    other names are Chinese (see `chinese_table`); elsewhere `cs` and `hr` are English."""
    known = foreign_words()
    out: list[str] = []
    romance = False
    skip = 0
    for index, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        joined = chinese.read_joined(tokens[index:])
        if joined:
            out.extend(chinese.english(joined[0]))
            skip = joined[1] - 1
            continue
        if token in ABBREVIATIONS:
            out.extend(ABBREVIATIONS[token])
            continue
        direction = _DIRECTION_RUN.match(token)
        if direction and direction["word"] in field_words():
            # a network or security log's side of a connection run into its word (OSSEC's and
            # FortiGate's `srcuser`, `dstuser`, `srcip`, `dstport`): two words
            out.extend((direction["side"], direction["word"]))
            continue
        if token == "num" and index + 1 < len(tokens) and tokens[index + 1] not in NUMBERED_THINGS:
            # `num_sta`, `numClients`, `guest-num_sta`: the number of something, a count; a
            # thing's own number (`num_tel`, `num_client`, `num_id`) is read on as a number
            out.append("count")
            continue
        if token in PATIENT_STEMS and index + 1 < len(tokens) and tokens[index + 1] in PATIENT_KEYS:
            out.append("patient")
            continue
        id_run = split_id_run(token) if token not in known else None
        if id_run:
            out.extend(w for part in id_run for w in ABBREVIATIONS.get(part, (part,)))
            continue
        if chinese.has_han(token):
            out.extend(chinese.english(chinese.read_han(token)))
            continue
        numbered = _NUMBERED.match(token)
        if numbered and numbered["word"] in known:
            # the second of its kind, numbered without a separator (`apellido2`, a Spanish
            # person's second surname; `direccion1`): the word's
            token = numbered["word"]
        # two letters are initials as the whole name, or before an id's word (`yh_id` 用户ID, `sb_bh` 设备编号)
        pinyin = None if token in known else chinese.read_latin(
            token, whole=pairs and (len(tokens) == 1 or (index == 0 and len(tokens) == 2 and tokens[1] in _ID_TAILS)))
        if pinyin:
            out.extend(chinese.english(pinyin))
            continue
        parts = [token] if token in known else (_split_compound(token) if len(token) > 5 else None)
        if not parts:
            out.append(token)
            continue
        for part in parts:
            out.extend(known[part].english)
            romance = romance or known[part].language in ROMANCE
    if romance and len(out) > 1 and out[0] in HEADS:
        out = out[1:] + out[:1]
    return tuple(out)


# a name in capitals without separators, long enough to be words run together (`RECEIVEADDRESS`)
_GLUED = re.compile(r"^[A-Z][A-Z0-9]{5,}$")


@lru_cache(maxsize=1)
def field_words() -> frozenset[str]:
    """English words that schemas run together in capitals (vocab/field_words.txt)."""
    text = resources.files("classifiers.vocab").joinpath("field_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def unglue(name: str) -> str:
    """`RECEIVEADDRESS` -> `RECEIVE_ADDRESS`, `SALERNAME` -> `SALER_NAME`: a capitals-only name
    that is two or more schema words run together (vocab/field_words.txt), as separate words;
    any other name as it is (`MSISDN`, `PASSPORT`, `ENCOUNTERCLASS`)."""
    if not _GLUED.match(name) or name.lower() in field_words():
        return name
    parts = split_words(name.lower(), field_words())
    return "_".join(parts).upper() if parts else name


@dataclass(frozen=True)
class NameTokens:
    """The tokens of a field's own name and of the path that encloses it."""

    own: tuple[str, ...]
    parent: tuple[str, ...]
    raw: str

    @classmethod
    def of(cls, path: str, chinese_table: bool = False) -> NameTokens:
        return _name_tokens(path, chinese_table) if cls is NameTokens else cls._read(path, chinese_table)

    @classmethod
    def _read(cls, path: str, chinese_table: bool) -> NameTokens:
        own, _, parent = path.rpartition(".")[::-1] if "." in path else (path, "", "")
        attribute = _XML_ATTRIBUTE.match(own)  # None for JSON-LD's bare `@value`, `@type`
        if attribute and markup_attribute(own):
            # an XML element's attribute flattened to a column (`addr@use`, `name@qualifier`,
            # `raceCode@displayName`): markup about the element, named by the attribute; the
            # element's path says what the element holds, not what this attribute does
            element = attribute["element"]
            if attribute["attr"].lower() in DISPLAY_ATTRIBUTES and tokenize(element)[-1:] == ("code",):
                # a coded element's display text (`raceCode@displayName`: `White`) is a label of
                # the thing coded, as the code itself is
                return cls(own=expand(tokenize(element)), parent=(), raw=path)
            return cls(own=expand(tokenize(attribute["attr"])), parent=(), raw=path)
        if attribute:
            # the attribute that holds the element's value (`telecom@value`, `birthTime@value`;
            # HL7 v3's `id@extension`, the identifier within its `root` namespace): the element
            own = attribute["element"]
        if is_change_side(path):
            # a change set names each changed field, then its two sides (GitLab's hook
            # `changes.title.current`, `changes.updated_by_id.previous`): the value is the field's
            own, _, parent = parent.rpartition(".")[::-1]
        elif own.isdigit() and parent:
            # a list's item by its position (`name.0.given.0`, `address.0.line.0`: a nested
            # record flattened to columns, as a spreadsheet export of FHIR names them): the item
            # is what its list is called
            own, _, parent = parent.rpartition(".")[::-1]
        elif own.lower() in VALUE_LEAVES and parent:
            holder, _, outer = parent.rpartition(".")[::-1]
            if not GENERIC_HOLDERS.intersection(tokenize(holder)[-1:]):
                # a typed value's wrapper (YouTube's `authorChannelId.value`, XML's `#text`,
                # JSON-LD's `@value`): the value is what its object is named
                own, parent = holder, outer
        return cls(own=expand(tokenize(unglue(own)), chinese_table), parent=expand(tokenize(parent)), raw=path)

    def enclosing(self) -> tuple[str, ...]:
        """The word for the object that holds the field: the enclosing path's last word, or
        the one before it when that last word only says the object is a bundle of facts
        (`device_info.model`, `deviceDetails.model`, `设备信息.型号` hold a device's model)."""
        if len(self.parent) > 1 and self.parent[-1] in BUNDLE_WORDS:
            return self.parent[-2:-1]
        return self.parent[-1:]

    def joined(self) -> str:
        """The own name with separators removed (`ipaddr`, `msisdn`), for compact spellings."""
        return "".join(self.own)

    def joined_singular(self) -> str:
        """`joined`, a plural's `s` dropped (GNUmed's `lastnames`, `firstnames`: a person's
        several given names in one column are still their names)."""
        joined = self.joined()
        return joined[:-1] if len(joined) > 4 and joined.endswith("s") and not joined.endswith("ss") else joined


#: a column flattened from an XML attribute: the element's name, `@`, the attribute's
#: (`addr@use`, `birthTime@value`, `0@extension` for the first of a list of elements)
_XML_ATTRIBUTE = re.compile(r"^(?P<element>[^@]+)@(?P<attr>[A-Za-z_][\w:-]*)$")
#: attributes that hold the element's own value: XML's `value`, HL7 v3's `code` (a coded
#: element's code) and `extension` (an identifier's value within its `root` namespace)
VALUE_ATTRIBUTES = frozenset({"value", "extension", "code", "text"})
#: attributes that give a human-readable label of the element's value
DISPLAY_ATTRIBUTES = frozenset({"displayname", "display"})


def markup_attribute(own: str) -> bool:
    """`addr@use`, `name@qualifier`: an XML element's attribute that is markup about the element
    (its use, type, class, code system), not the element's value (`telecom@value`)."""
    attribute = _XML_ATTRIBUTE.match(own)
    return attribute is not None and attribute["attr"].lower() not in VALUE_ATTRIBUTES


#: words that name an object as a bundle of facts about the word before them (`device_info`,
#: `userDetails`, `设备信息`): the object is that word's thing
BUNDLE_WORDS = frozenset({"info", "infos", "information", "detail", "details", "data", "props",
                          "properties", "attributes", "attrs", "信息", "详情", "资料", "数据"})

#: leaves that only hold the value of the object they stand in (`authorChannelId.value`,
#: an XML element's `#text` or `$`, JSON-LD's `@value`)
VALUE_LEAVES = frozenset({"value", "#text", "$", "@value", "$value", "_value", "#value"})
#: objects named for what they hold in general, whose `value` is one of many things (a custom
#: data bag's `custom_data.value`, a device's `status.value`, a form's `values…value`)
GENERIC_HOLDERS = BUNDLE_WORDS | frozenset({"custom", "status", "state", "states", "values", "value", "fields", "field",
                                             "params", "parameters", "items", "item", "entries", "entry", "settings",
                                             "setting", "options", "option", "tags", "tag", "labels", "label",
                                             "extension", "meta", "metadata", "extra", "default", "result", "results",
                                             "answer", "property", "attribute", "variable", "var", "input", "output",
                                             "selected", "ml", "payload", "body"})

#: the two sides of a changed field in a change set, and the words that name such a set
CHANGE_SIDES = frozenset({"current", "previous", "old", "new", "from", "to", "before", "after"})
CHANGE_SETS = frozenset({"changes", "change", "changeset", "changelog", "diff", "delta", "changed"})


def is_change_side(path: str) -> bool:
    """`changes.title.current`, `diff.email.old`: one side of a changed field in a change set."""
    parts = path.split(".")
    return len(parts) >= 3 and parts[-1].lower() in CHANGE_SIDES \
        and not CHANGE_SETS.isdisjoint(tokenize(".".join(parts[:-2])))


@lru_cache(maxsize=16384)
def _name_tokens(path: str, chinese_table: bool) -> NameTokens:
    """`NameTokens.of`, remembered: a name is read for each field and by its neighbours' rules,
    and a warehouse repeats its column names from table to table (the tokens are immutable)."""
    return NameTokens._read(path, chinese_table)


def clear_readings() -> None:
    """Forget remembered readings of names (a policy's own terms read them anew)."""
    _name_tokens.cache_clear()
    chinese_table.cache_clear()


def contains_phrase(tokens: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """True when `phrase` stands contiguously in `tokens`."""
    n = len(phrase)
    if n == 0 or n > len(tokens):
        return False
    return any(tokens[i:i + n] == phrase for i in range(len(tokens) - n + 1))


def phrase(text: str) -> tuple[str, ...]:
    """A name phrase as tokens: `"ip address"` -> ("ip", "address")."""
    return tokenize(text)


#: names of a table that must read as Chinese before its two-letter names are read as initials
CHINESE_NAMES = 2


@lru_cache(maxsize=1024)
def chinese_table(paths: tuple[str, ...]) -> bool:
    """Whether a table's field names are Chinese: at least `CHINESE_NAMES` of them hold Han
    words or read as pinyin of three letters or more (`SJH`, `SFZH`, `shouji`)."""
    found = 0
    for path in paths:
        tokens = tokenize(path.rsplit(".", 1)[-1])
        if any(chinese.has_han(t) or (len(t) >= 3 and chinese.read_latin(t)) for t in tokens):
            found += 1
            if found >= CHINESE_NAMES:
                return True
    return False


#: Tencent's column convention: every column of a table begins with `F` (`Fuin`, `Fcreate_time`,
#: `FUserId`), a mark of "field" that is no word of the name
#: (Kingdee's columns are capitals: `FBILLNO`, `FLINKPHONE`, `FID`)
_FIELD_MARK = re.compile(r"^F(?=[a-z]{2}|[A-Z][a-z]|[A-Z0-9_]{2,}$)")
#: columns of a table that must all carry the mark before it is read as one
MARKED_COLUMNS = 3


@lru_cache(maxsize=1024)
def field_mark(paths: tuple[str, ...]) -> str:
    """The one-letter mark every top-level column of a table begins with (`F` of `Fuin`), or ''."""
    tops = [p for p in paths if "." not in p]
    if len(tops) >= MARKED_COLUMNS and all(_FIELD_MARK.match(p) for p in tops):
        return "F"
    return ""


#: a Hungarian type letter before a capital (Tencent TLog's `vRoleName` string, `iZoneAreaID`
#: int, `dtEventTime` datetime): the column's type, no word of its name
_TYPE_PREFIX = re.compile(r"^(?:v|i|dt|ui|sz|str)(?=[A-Z])")
#: columns of a table that must carry one prefix before it is read as that table's convention
TYPED_COLUMNS = 3


@lru_cache(maxsize=1024)
def type_prefixes(paths: tuple[str, ...]) -> frozenset[str]:
    """The type prefixes at least `TYPED_COLUMNS` top-level columns of a table carry (`v`, `i`)."""
    seen: dict[str, int] = {}
    for path in paths:
        if "." not in path and (match := _TYPE_PREFIX.match(path)):
            seen[match.group()] = seen.get(match.group(), 0) + 1
    return frozenset(prefix for prefix, count in seen.items() if count >= TYPED_COLUMNS)


def without_type_prefix(name: str, prefixes: frozenset[str]) -> str:
    """A lower-case name that glues such a table's type prefix to one schema word (TLog's
    `vopenid`: a string `openid`), without the prefix; any other name as it is (a prefix
    before a capital splits off as a token of its own)."""
    if not name.islower():
        return name
    for prefix in prefixes:
        if name.startswith(prefix) and name[len(prefix):] in field_words():
            return name[len(prefix):]
    return name


#: origins whose comment describes the field: a column's COMMENT, a JSON document's, and a log
#: field's, the concept its format documents for it (`client IP address`)
DESCRIBED_ORIGINS = frozenset({"column", "json", "log-field"})


def comment_tokens(comment: str | None, origin: str) -> NameTokens | None:
    """A field's comment read like a name; None for none (a log slot's comment is its
    template, not a description)."""
    if not comment or origin not in DESCRIBED_ORIGINS:
        return None
    return NameTokens(own=expand(tokenize(comment)), parent=(), raw=comment)
