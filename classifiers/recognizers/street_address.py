"""Postal addresses: a street line, a P.O. box or a military address, with or without a postcode.

A value reads as an address when it has a house number and a street word of some
language's address format (classifiers/vocab/street_types.txt: USPS suffixes, Straße,
rue, calle, via...), or is a P.O. box / military (PSC, APO) line. Address parts (a bare
street name) are named, not shaped: the name carries them.
"""
from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx, vocab
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView
from classifiers.names import NameTokens
from classifiers.recognizer import LETTER, FieldRecognizer, ValuePattern
from classifiers.recognizers.location_approximate import DIVISION_CODES_SHARE, division_codes_only, is_mainland_place
from classifiers.shape import BLANK, CONTROL, DIGIT, EVERYTHING, NON_ASCII, Shape, char_bits, regex_shape, signatures
from datamap.model import DatasetSample, FieldSample

_TOKEN = re.compile(r"[^\W\d_]+\.?", re.UNICODE)
# German, Dutch and Nordic street words are glued to the name: Buchholzstr., Hänelallee, Kerkstraat
_GLUED_SUFFIX = re.compile(r"[^\W\d_]{2,}(?:straße|strasse|str\.?|allee|weg|platz|gasse|damm|ring|ufer|laan|straat"
                           r"|gracht|gatan|vägen|vej|gade)(?![^\W\d_])", re.IGNORECASE)
# "..., Springfield, IL 62704": a US state code and ZIP closing the line (the country may
# follow: `Jobstown, NJ 08041 USA`, as an international shipper writes it)
_US_STATE_ZIP = re.compile(r",\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?(?:,?\s+(?:USA|US|U\.S\.A?\.|United States))?$")
# Chinese and Japanese addresses name their administrative parts: 省 市 区 县 路 街 号 ... (and in
# traditional characters, Taiwan and Hong Kong: 區 縣 鄉 鎮 號 樓); a dwelling within a residential
# complex is told by its building (栋, 幢), unit (单元) and room (室): `金色家园3期3栋3单元404室`
_CJK_ADDRESS = re.compile(r"单元|[省市区县镇乡村路街道巷弄号楼室座都道府県丁目番地區縣鄉鎮號樓栋幢]")
#: a place named by its administrative divisions alone (`广东省深圳市`, `浙江省 杭州市 西湖区`): no
#: street, no number, no building; an IP lookup's or a profile's place, not a postal address
_DIVISIONS_ONLY = re.compile(r"(?:[\u4e00-\u9fff]{1,12}(?:省|市|自治区|特别行政区|区|县|自治州|州|盟|旗|地区)\s*){1,4}")
#: a value holding some non-ASCII character (every match of `_DIVISIONS_ONLY` holds a Han one)
_HAS_NON_ASCII = Shape(required=NON_ASCII)
#: the share of a column's values that must be divisions alone for its `address` name to be a place
DIVISIONS_SHARE = 0.9
_BOX = re.compile(r"\b(p\.?\s?o\.?\s?box|postfach|apartado|psc|cmr|unit)\s*\d+", re.IGNORECASE)


class StreetAddressRecognizer(FieldRecognizer):
    entity = "STREET_ADDRESS"
    names = ("address", "street address", "street", "shipping address", "billing address", "home address",
             "mailing address", "postal address", "delivery address", "residential address", "address line",
             "address line 1", "address line 2", "address1", "address2", "addr", "addr1", "addr2", "street line",
             "street name", "street number", "house number", "house no", "ship to", "bill to", "ship address", "apartment", "apt", "suite",
             # the UK's address parts (Royal Mail's PAF, as NHS data sets keep them) and the property's
             # reference number (UPRN, one per addressable building)
             "thoroughfare", "dependent thoroughfare", "building name", "building number", "sub building name",
             "house name", "flat number", "uprn")
    negative_names = ("ip", "ipv4", "ipv6", "email", "mail", "mac", "bt", "bluetooth", "wallet", "url", "web", "remote",
                      "server", "host", "memory", "mem", "contract", "hex", "ble", "peer", "bind", "listen", "proxy",
                      "gateway", "hash", "verified", "validated", "type", "count", "id", "crypto", "eth", "btc",
                      "network", "public", "private", "local", "bssid", "wifi", "sip", "x", "forwarded", "lat", "lng",
                      "lon", "geohash", "zip", "postcode", "city", "state", "country",
                      # a TLS cipher suite and the addresses of requests, services and their
                      # clients are network terms (`tls.cipher_suite`, Traefik's `ServiceAddr`)
                      "cipher", "tls", "ssl", "request", "service", "client", "upstream", "target")
    # a number and letters with a space between them somewhere (Latin scripts), or a number and
    # Han characters (Chinese and Japanese addresses are written without spaces); a line break
    # may part the lines of one address (`H.No. 38, Gaba Street` / `Bharatpur 084271`)
    patterns = (ValuePattern("address line", rf"(?s:.*\d.*\s.*[{LETTER}].*|.*[{LETTER}].*\s.*\d.*)"
                                             # (a Chinese input method may type the numbers full-width: `１２号`)
                                             "|.*[\u4e00-\u9fff].*[0-9０-９].*|.*[0-9０-９].*[\u4e00-\u9fff].*", 0.6),)
    context = ("address", "street", "ship", "deliver", "live", "lives", "apt", "suite")
    values_required = False  # `street_name` holds "Green": a named part of an address, no number

    def validate(self, candidates: pa.Array) -> pa.Array:
        return pa.array([is_street_address(v) for v in candidates.to_pylist()], pa.bool_())

    def value_signal(self, sample: FieldSample) -> Signal | None:
        return super().value_signal(sample) or _lines_beside_places(sample) or _named_streets(sample)

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """An `address` column whose values are provinces and cities alone, or their codes (mall's
        `ums_admin_login_log.address` `广东省深圳市`, where an IP lookup placed a login) is an
        approximate place: no one can be written to there."""
        # (asked of every text column: one with no non-ASCII character holds no division's name).
        # Nor is one of GB/T 2260's codes (online-taxi-public's `address` 订单所在地 `420100`): a city, coded
        return (FieldView.of(sample).could_match(_HAS_NON_ASCII) > 0 and divisions_only(sample.values)) \
            or (self.named(NameTokens.of(sample.path)) is not None and _could_be_division_codes(sample)
                and division_codes_only(sample.values)) \
            or _array_literals(sample)


#: the shape of a GB/T 2260 code (`420100`): six ASCII digits
_SIX_DIGITS = regex_shape(r"[0-9]{6}")


def _could_be_division_codes(sample: FieldSample) -> bool:
    """False when too few of a text column's values have a code's shape for
    `division_codes_only` to say True: no lookup in GB/T 2260's thousands of codes (asked of
    every text column named as an address). True for any other column."""
    values = sample.values
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return True
    # (no placeholder has six digits: the informative values the view bounds hold every code)
    present = len(values) - values.null_count
    return FieldView.of(sample).could_match(_SIX_DIGITS) >= DIVISION_CODES_SHARE * present


#: a PostgreSQL array as pg_dump and COPY write it (`{ICU,MRI,"CT Scan","24x7 Ambulance"}`)
_ARRAY_LITERAL = r"^\{.*\}$"
#: share of a column's values that must be array literals for it to be lists
ARRAY_LITERAL_SHARE = 0.8


def _array_literals(sample: FieldSample) -> bool:
    """A column of PostgreSQL array literals (a hospital's `facilities`, a post's `tags`): each
    value lists items between braces, no one line of an address, though an item may read as one
    (`"24x7 Ambulance"`); a JSON object in braces (quoted keys) is left to its keys."""
    values = pc.drop_null(sample.values)
    if len(values) == 0 or not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)) \
            or not str(values[0].as_py()).startswith("{"):
        return False
    arrays = pc.and_(rx.match(values, _ARRAY_LITERAL), pc.invert(rx.match(values, r'^\{\s*"[^"]*"\s*:')))
    return (pc.sum(arrays).as_py() or 0) >= ARRAY_LITERAL_SHARE * len(values)


#: street types that Romance and Slavic address formats write before the street's name (`Rua
#: Ipero`, `Avenida Graça Aranha`, `Calle Mayor`, `Rue de Rivoli`, `ulica Długa`); Brazil's
#: planned cities number blocks (`Quadra 64`) where streets would be
LEADING_STREET_TYPES = ("rua", "avenida", "av", "travessa", "alameda", "rodovia", "estrada", "praça", "praca",
                        "largo", "quadra", "calle", "carrera", "paseo", "camino", "avinguda", "carrer", "rue",
                        "avenue", "boulevard", "impasse", "chemin", "allée", "allee", "quai", "viale", "piazza",
                        "corso", "vicolo", "ulica", "ul", "prospekt")
#: a value that opens with one of them, then the name (a capital, a number, or a particle: `Rua dos
#: Gerânios`, `Rue de la Paix`); `C/` is Spain's abbreviated calle (`C/Princesas 2`)
NAMED_STREET = (r"^(?i:" + "|".join(LEADING_STREET_TYPES) + r")\.? (?:\p{Lu}|\d|(?i:d[aeo]s?|del|de la|della|di) \p{L})"
                r"|^C/ ?\p{Lu}")
#: what every such value holds: the blank after the street type, or the slash of `C/`
_NAMED_STREET_MARKS = char_bits(" /")
#: share of a column's values (repeats counted) that must be such streets, and the signal's score:
#: a street's name alone, no number, is a part of the postal address as a name column's is
NAMED_STREETS_SHARE = 0.7
NAMED_STREETS_SCORE = 0.6


def _named_streets(sample: FieldSample) -> Signal | None:
    """Streets named after their type, with no house number (a register's `logradouro` beside its
    `numero`): most values open with a street type that such formats write first."""
    if not pa.types.is_string(sample.values.type) and not pa.types.is_large_string(sample.values.type):
        return None
    view = FieldView.of(sample)
    distinct = view.informative
    if not len(distinct.values):
        return None
    total = int(distinct.counts.sum())
    # (asked of every text column: a street so named holds the blank after its type, or C/'s
    # slash; with too few values holding either, no regex pass, whose Unicode classes cost)
    if int(distinct.counts[view.holding(_NAMED_STREET_MARKS)].sum()) / total < NAMED_STREETS_SHARE:
        return None
    named = np.asarray(rx.match(distinct.values, NAMED_STREET, distinct=True).to_numpy(zero_copy_only=False),
                       dtype=bool)
    ratio = int(distinct.counts[named].sum()) / total if total else 0.0
    if ratio < NAMED_STREETS_SHARE:
        return None
    return Signal("value", "streets named after their type, written first (`Rua …`, `Calle …`, `Rue …`)",
                  NAMED_STREETS_SCORE, round(ratio, 4))


#: the share of a column's values that must be address lines for its places alone to be addresses too
LINES_BESIDE_PLACES = 0.3


def _lines_beside_places(sample: FieldSample) -> Signal | None:
    """Addresses as detailed as each person typed them (CRMEB's `addres` 详细地址: `四川成都`,
    `北京`, `浙江省杭州市西湖区文三路12号`): address lines beside mainland places alone, by their
    divisions or their short names. A fair share of lines makes the places addresses too."""
    values = sample.values
    if not pa.types.is_string(values.type) and not pa.types.is_large_string(values.type):
        return None
    # asked of every text column the base signal finds nothing in: each distinct value is
    # judged once, its count standing for its repeats. Only a value with a digit and a blank,
    # or a non-ASCII character, can be a line or a place (`_could_be_line`): a column with too
    # few of those is answered from the class signatures before any value is judged
    distinct = FieldView.of(sample).distinct
    sigs = signatures(distinct.values)
    could = _could_be_line(sigs)
    possible = int(distinct.counts[could].sum())
    filled = int(distinct.counts[(sigs & np.uint64(_NEVER_BLANK)) != 0].sum())  # at most as many texts as strip() keeps
    if filled and possible / filled < DIVISIONS_SHARE:
        return None  # (lines and places at most `possible`, texts at least `filled`)
    texts, candidates = 0, []
    for value, count, shaped in zip(distinct.values.to_pylist(), distinct.counts.tolist(), could.tolist()):
        text = value.strip()
        if text:
            texts += count
            if shaped:
                candidates.append((text, count))
    lines, unread, others = 0, sum(count for _, count in candidates), []
    for text, count in candidates:
        unread -= count
        if is_street_address(text):
            lines += count
        else:
            others.append((text, count))
        if lines + unread < LINES_BESIDE_PLACES * texts:
            return None  # too few lines, whatever the values left say
    if not texts:
        return None
    places = sum(count for text, count in others if is_mainland_place(text))
    ratio = (lines + places) / texts
    if ratio < DIVISIONS_SHARE:
        return None
    return Signal("value", "address lines beside places alone (an address as detailed as each person gave it)",
                  0.5, round(ratio, 4))


#: classes of which strip() leaves a character in place (whitespace is blank, a control
#: character or non-ASCII)
_NEVER_BLANK = EVERYTHING & ~(BLANK | CONTROL | NON_ASCII)


def _could_be_line(sigs: np.ndarray) -> np.ndarray:
    """Which values (by class signature) could be an address line or a mainland place: each of
    `is_street_address`'s ways to True needs a digit, and past its Chinese and Japanese test a
    space, so an ASCII value needs a digit and a blank (a non-ASCII one may hold a digit of
    another script); every place `is_mainland_place` knows is written in Han characters."""
    sigs = sigs.astype(np.uint64)
    return ((sigs & np.uint64(NON_ASCII)) != 0) | (((sigs & np.uint64(DIGIT)) != 0) & ((sigs & np.uint64(BLANK)) != 0))


def divisions_only(values: pa.Array) -> bool:
    """True when nearly all of the (non-empty, text) values are administrative divisions alone."""
    if not pa.types.is_string(values.type) and not pa.types.is_large_string(values.type):
        return False
    texts = [v.strip() for v in values.to_pylist() if v and v.strip()]
    if not texts:
        return False
    return sum(1 for t in texts if _DIVISIONS_ONLY.fullmatch(t)) >= DIVISIONS_SHARE * len(texts)


#: full-width digits and Latin letters (a Chinese input method's) as their ASCII forms
FULL_WIDTH = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}


#: a line that opens with a calendar date (`2018-06-02`, `2018-Jun-02`, `2018/6/2`): a dated
#: entry of a log or a journal; no address line starts with one
_LEADING_DATE = re.compile(r"^\s*\d{4}[-/.](?:\d{1,2}|[A-Za-z]{3})[-/.]\d{1,2}(?!\d)")


#: a snake_case identifier (`spec_store_bypass`, `cpu_meltdown`)
_IDENTIFIER = re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b")


#: an HTTP header's media type and its parameters (`text/plain; charset=utf-8`: a Content-Type a
#: proxy logs); its `plain` is no street's, its `8` no house number
_MEDIA_TYPE = re.compile(r"^\s*(?:text|application|image|audio|video|multipart|message|font|model)/[\w.+-]+\s*(?:;|$)",
                         re.IGNORECASE)


#: titles written before a person's name, two of them also street types (`Dr`: drive)
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "sr", "sra", "srta"})


def is_street_address(text: str | None) -> bool:
    """True for a line with a house number and a street word, or a P.O. box / military address."""
    if not text or len(text) > 200 or "@" in text or "://" in text or text.startswith("/"):
        return False  # e-mails, URLs, paths
    if _MEDIA_TYPE.match(text):
        return False  # a Content-Type header's value
    if _LEADING_DATE.match(text):
        return False  # a dated entry (`2018-Jun-02 entered at 13:49 via api`: `via` is no street here)
    text = text.translate(FULL_WIDTH)  # `２２栋Ｂ座` is `22栋B座`
    if len(_CJK_ADDRESS.findall(text)) >= 2 and any(c.isdigit() for c in text):
        return True
    if " " not in text.strip():
        return False  # an address line in a Latin script always has a space
    if _BOX.search(text) or _US_STATE_ZIP.search(text):
        return True
    if not any(c.isdigit() for c in text):
        return False
    street_words = vocab.words("street_types")
    # a word joined to others by underscores is part of a program's identifier
    # (`/proc/cpuinfo`'s `bugs`: `spec_store_bypass`), no street's `Bypass`
    words = [w.lower() for w in _TOKEN.findall(_IDENTIFIER.sub(" ", text))]
    if len(words) < 2 and not _GLUED_SUFFIX.search(text):
        return False
    if words[0].rstrip(".") in _TITLES and text.lstrip().split(" ", 1)[0].lower().rstrip(".") in _TITLES:
        # `Dr. Bennett146 Breitenberg711`: a person's title, not a drive (a test generator's
        # digits after the names give it the number an address line has)
        words = words[1:]
    return any(w in street_words or w.rstrip(".") in street_words for w in words) or bool(_GLUED_SUFFIX.search(text))
