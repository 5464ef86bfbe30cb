"""Telephone numbers: E.164, national formats with separators, Chinese mobiles (138...).

The pattern finds phone-shaped strings; the validator asks `phonenumbers` whether the number
is possible in its region (the `+` prefix names it; otherwise the US, and China for an
11-digit `1[3-9]...` mobile). A bare run of digits is only a weak signal: ids and epoch
timestamps are digit runs too, so unformatted numbers must also be *valid*, not just possible.
"""
from __future__ import annotations

import re
import unicodedata

import phonenumbers
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.fastpath import accepts_whole, either, judged, rejects_whole
from classifiers.fieldview import FieldView
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer, ValuePattern, as_text
from classifiers.siblings import siblings
from datamap.model import DatasetSample, FieldSample

#: a telephone URI's scheme (RFC 3966), any case
_TEL_URI = r"(?i:tel):"
#: the components after an HL7 v2 telecom number (`^^7`, `^PRN^PH`)
_HL7_COMPONENTS = r"(?:\^[A-Z0-9]{0,4}){1,8}"
_EXTENSION = r"(?:\s*(?:x|ext\.?|#|转)\s*\d{1,6})?"  # 转: Chinese "put through to" (0755-86013388转806)
#: an extension after 转 or a dialler's pause (`,`): delivery apps' privacy numbers, a relay
#: number and the extension that reaches the customer (`17012345678转1234`, `17012345678,1234`;
#: Meituan's open platforms write `17012345678_1234`, others `#1234`)
_CN_EXTENSION = re.compile(r"\s*(?:转|,|，|_|#)\s*\d{1,6}$")
_CN_MOBILE = re.compile(r"^1[3-9]\d{9}$")
#: a mainland mobile dialled with the long-distance trunk 0 (长途加拨0), as switchboards and
#: call records write it and JT/T 808 terminals report their SIM's number (12 digits)
_CN_TRUNK_MOBILE = re.compile(r"^01[3-9]\d{9}$")
#: a mainland mobile after its country code without the plus (86-13812345678, 86 138...)
_CN_COUNTRY_MOBILE = re.compile(r"^86[\s-]?1[3-9]\d{9}$")
_CN_MASKED = r"1[3-9]\d[*＊]{4}\d{4}"
_CN_MASKED_FULL = re.compile(f"^{_CN_MASKED}$")
#: a national number written with a trunk 0 (030 1234567) is tried in these regions: the most
#: populous and the largest app markets
NATIONAL_REGIONS = ("US", "CN", "IN", "GB", "DE", "FR", "BR", "JP", "ID", "MX", "RU", "ES", "IT", "KR", "TR",
                    "AU", "NL", "PL", "VN", "TH", "PH", "NG", "EG", "SA", "AE")
_DIGITS_ONLY = re.compile(r"^\d+$")
#: North American numbers written internationally (+14155550100, +1 (415) 555-0100): always
#: possible numbers (ten national digits, an area code that cannot be a trunk prefix), so
#: decided in one vectorised pass rather than parsed one by one
_NANP_INTERNATIONAL = accepts_whole(r"\+1[ .-]?(?:[2-9]\d{2}|\([2-9]\d{2}\))[ .-]?\d{3}[ .-]?\d{4}")


def _short_north_american() -> str:
    """The national-number patterns of the North American plan's number types that have a
    valid length under ten digits (Canada's `310` numbers, `310 1234`), from phonenumbers'
    own metadata; a type without lengths of its own has its plan's, which include 7."""
    patterns = []
    for region in phonenumbers.region_codes_for_country_code(1):
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        for desc in (metadata.fixed_line, metadata.mobile, metadata.toll_free, metadata.premium_rate,
                     metadata.shared_cost, metadata.personal_number, metadata.voip, metadata.pager,
                     metadata.uan, metadata.voicemail):
            if desc is None or not desc.national_number_pattern:
                continue
            lengths = desc.possible_length or metadata.general_desc.possible_length
            if any(0 < length < 10 for length in lengths):
                patterns.append(desc.national_number_pattern)
    return "|".join(f"(?:{pattern})" for pattern in sorted(set(patterns)))


#: a bare run of at most nine digits without a leading 0 (ids, counts, `92225521`) is read as
#: a US number that must be valid; phonenumbers takes only leading 1s off it (the country code,
#: then the trunk prefix: `113102089` is `310 2089`), and a number shorter than ten national
#: digits is valid only as a type with shorter lengths (`_short_north_american`). Any other
#: such run is never a phone number here, decided without parsing (the column's own country
#: may still read it as a local number: `column_region`)
_SHORT_BARE = rejects_whole(r"[1-9][0-9]{0,8}", unless=rf"1*(?:{_short_north_american()})")
_FAST = either(_NANP_INTERNATIONAL, _SHORT_BARE)


class PhoneNumberRecognizer(FieldRecognizer):
    entity = "PHONE_NUMBER"
    names = ("phone", "phone number", "phone no", "telephone", "tel", "tel no", "mobile", "mobile number",
             "mobile phone", "cell", "cellphone", "cell phone", "msisdn", "contact number", "fax",
             "whatsapp", "mdn", "sms number", "phonenumber", "mobileno",
             # telephony: the numbers of a call or a text message
             "sender number", "destination number", "recipient number", "caller number", "calling number",
             # an operator's word for its subscriber's own number (MSISDN; 用户号码 in call records)
             "subscriber number",
             "called number", "from number", "to number", "dest number",
             # a pager's number (monitoring contacts: Nagios/Icinga `pager`, `pager_address`)
             "pager", "pager address", "pager number",
             # a fixed line beside the mobile (a hospital's patient `landline`), and the number to
             # call in an emergency (a staff or patient record's `emergency_contact`)
             "landline", "landline number", "landline no", "emergency contact", "emergency contact number",
             "emergency contact no", "emergency phone", "emergency number")
    weak_names = ("contact", "number")
    negative_names = ("verified", "country", "type", "model", "brand", "os", "carrier", "count", "prefix",
                      "confirmed", "opt", "hash", "imei", "id", "cost", "plan", "network", "app", "device",
                      "ismobile", "screen", "data", "platform", "version", "web", "browser", "game", "friendly",
                      "optimized", "only", "first", "traffic", "share", "sdk", "banking", "wallet", "push",
                      "is", "has", "enabled")
    patterns = (
        ValuePattern("international", r"(?:\+|00)\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{1,5}){1,5}" + _EXTENSION, 0.85),
        ValuePattern("national formatted",
                     r"(?:(?:00)?1[\s.-])?\(?\d{2,5}\)?[\s.-]?\d{3,4}[\s.-]\d{3,5}" + _EXTENSION, 0.6),
        ValuePattern("digits", r"0?\d{10,11}", 0.4),
        # E.164 stored as a number, its `+` dropped (`447700900663`, `5491192627726`: a telecom's
        # MSISDN, a CRM's integer column): eleven to fifteen digits that, read after a `+`, are a
        # valid number of the country their first digits name
        ValuePattern("international digits", r"[1-9]\d{10,14}", 0.6),
        # a mainland mobile written bare (13812345678): 11 digits that phonenumbers must find valid
        # for China; ids and timestamps are other lengths, so the form decides on its own
        ValuePattern("mainland mobile", r"(?:86[\s-]?|0)?1[3-9]\d{9}", 0.75),
        ValuePattern("mainland mobile and extension", r"1[3-9]\d{9}\s*(?:转|,|，|_|#)\s*\d{1,6}", 0.7),
        # the same typed with a Chinese input method's full-width digits (１３８００１３８０００)
        ValuePattern("full-width mainland mobile", "[1１][3-9３-９][0-9０-９]{9}", 0.75),
        # the same, masked for display as Chinese apps do (138****8000): still one person's number
        ValuePattern("masked mainland mobile", _CN_MASKED, 0.7),
        # a trunk-prefixed area code, then the subscriber number (China's 0755-86013388, 010 62345678)
        ValuePattern("area code and number", r"\(?0\d{2,4}\)?[\s-]\d{6,8}" + _EXTENSION, 0.55),
        # eight digits, as Hong Kong, Singapore and Denmark write numbers (`9222 5521`): valid
        # only in the region the column's international numbers name (see `column_region`)
        ValuePattern("local number", r"(?:\(\d{1,3}\)\s?)?\d{4}[\s-]?\d{4}", 0.45),
        # HL7 v2's telecom number (XTN): the number, then its use and equipment codes
        # (`(612)555-1234^^7`, `(678) 555-1212^^PRN`, `(404) 554-9097^WPN^PH`)
        # a telephone URI (RFC 3966: HL7 v3 and C-CDA's `telecom value="tel:+1-(555)555-1003"`,
        # vCard 4, `tel:` links): the number after its scheme
        ValuePattern("tel URI", rf"{_TEL_URI}(?:\+?\d{{1,3}}[\s.-]?)?\(?\d{{2,5}}\)?[\s.-]?\d{{3,4}}[\s.-]?\d{{3,5}}"
                                rf"{_EXTENSION}", 0.85),
        ValuePattern("HL7 number^use^type", rf"(?:\+?\d{{1,3}}[\s.-]?)?\(?\d{{2,5}}\)?[\s.-]?\d{{3,4}}[\s.-]\d{{3,5}}"
                                            rf"{_HL7_COMPONENTS}", 0.6),
    )
    context = ("phone", "tel", "call", "mobile", "cell", "contact", "whatsapp", "sms")
    #: a product's catalogue numbers (a manufacturer's `articleNumber` 0020252922, a `part_number`,
    #: an EAN) are ten-digit runs too: what the name says they are rules the values out
    value_veto_names = ("article", "article number", "article no", "part number", "part no", "sku", "ean", "gtin",
                        "upc", "isbn", "catalog number", "catalogue number", "item number", "product number")
    shape_suffices = True  # a named column of phone-shaped numbers from a region not tried above

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """A bare `number` (Portuguese `numero`) of subscriber-number digits beside an area-code
        column (Brazil's `ddd`, an `area_code`): the phone number, split in two as Brazilian
        and North American forms keep it."""
        if NameTokens.of(sample.path).own not in BARE_NUMBER_NAMES:
            return None
        values = as_text(FieldView.of(sample).informative.values)
        if len(values) == 0 or not pc.all(rx.match(values, SUBSCRIBER_NUMBER)).as_py():
            return None
        for other in siblings(sample, dataset):
            if NameTokens.of(other.path).own in AREA_CODE_NAMES:
                return Signal("context", f"a subscriber number beside the area code in '{other.path}'",
                              AREA_CODE_SCORE)
        return None

    def validate(self, candidates: pa.Array) -> pa.Array:
        if pc.any(pc.match_substring(candidates, "^")).as_py():
            # an HL7 telecom number's use and equipment codes say nothing of the number itself
            candidates = pc.replace_substring_regex(candidates, rf"{_HL7_COMPONENTS}$", "")
        if pc.any(pc.match_substring(candidates, "tel:", ignore_case=True)).as_py():
            # a telephone URI is its number
            candidates = pc.replace_substring_regex(candidates, rf"^{_TEL_URI}", "")
        verdict = judged(candidates, _FAST, is_phone_number)
        if verdict.false_count:
            verdict = iot_beside_mobiles(candidates, verdict)
        if verdict.false_count and (region := column_region(candidates)) is not None:
            # the column's own country code reads its local numbers (`+852 9222 5521` beside `9222 5521`)
            values = candidates.to_pylist()
            verdict = pa.array([ok or is_local_number(value, region) for ok, value in zip(verdict.to_pylist(), values)],
                               pa.bool_())
        return verdict


#: the 13-digit numbers mainland operators give IoT cards (物联网卡: China Mobile's 1064… and
#: 1440…, China Telecom's 1410…), a vehicle terminal's or a meter's SIM number, texted like a mobile
_CN_IOT_NUMBER = r"^(?:1064|1440|1410)\d{9}$"
#: the share of a column's candidates that must be valid mainland mobiles for its IoT-form numbers
#: to be numbers too: alone, 13 digits from 1064 or 1440 are as likely epoch milliseconds (2003, 2015)
IOT_BESIDE_MOBILES = 0.2


def iot_beside_mobiles(candidates: pa.Array, verdict: pa.Array) -> pa.Array:
    """The verdict with the IoT cards' numbers accepted in a column of mainland mobiles (JT/T 808's
    `mobile_no`: a terminal's SIM is a phone's or an IoT card's), unchanged elsewhere."""
    mobiles = pc.and_(verdict, pc.match_substring_regex(candidates, r"^(?:86)?1[3-9]\d{9}$"))
    if int(pc.sum(mobiles).as_py() or 0) < IOT_BESIDE_MOBILES * len(candidates):
        return verdict
    return pc.or_(verdict, pc.match_substring_regex(candidates, _CN_IOT_NUMBER))


#: what a phone table calls the number it splits from its area code
BARE_NUMBER_NAMES = frozenset({("number",), ("num",), ("no",), ("nr",)})
#: an area-code column beside it (Brazil's DDD, Discagem Direta a Distância)
AREA_CODE_NAMES = frozenset({("ddd",), ("area", "code"), ("areacode",), ("ddd", "code")})
#: a subscriber number without its area code: 7 to 9 digits, maybe grouped (`9 9835-3862`)
SUBSCRIBER_NUMBER = r"^\d(?:[\s-]?\d){6,8}$"
#: beside an area code: enough, with the bare `number`, to accept
AREA_CODE_SCORE = 0.5

#: how many of a column's international numbers are read to find its country
REGION_PROBE = 50
#: the share of those that must name one region for it to read the column's local numbers
REGION_SHARE = 0.6
_COUNTRY_IN_PARENS = re.compile(r"^\((\d{1,3})\)\s*")


def column_region(candidates: pa.Array) -> str | None:
    """The region most of a column's international numbers (`+852 …`, `(852) …`) belong to."""
    regions: dict[str, int] = {}
    seen = 0
    for value in candidates.to_pylist():
        text = _international(value)
        if text is None:
            continue
        seen += 1
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(text, None))
        except phonenumbers.NumberParseException:
            region = None
        if region:
            regions[region] = regions.get(region, 0) + 1
        if seen >= REGION_PROBE:
            break
    if not regions:
        return None
    region, count = max(regions.items(), key=lambda item: item[1])
    return region if count >= REGION_SHARE * seen else None


def _international(value: str | None) -> str | None:
    if not value:
        return None
    text = unicodedata.normalize("NFKC", value).strip()
    if text.startswith("+"):
        return text
    match = _COUNTRY_IN_PARENS.match(text)
    if match and phonenumbers.region_code_for_country_code(int(match.group(1))) != "ZZ":
        return "+" + match.group(1) + " " + text[match.end():]
    return None


def is_local_number(value: str | None, region: str) -> bool:
    """A valid number of `region` written without its country code (or with it in brackets)."""
    if not value:
        return False
    text = _international(value) or unicodedata.normalize("NFKC", value).strip()
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def is_phone_number(text: str | None) -> bool:
    """True when `text` is a possible phone number (valid, for a bare digit run)."""
    if not text:
        return False
    candidate = unicodedata.normalize("NFKC", text).strip()  # full-width digits are digits
    if _CN_MASKED_FULL.match(candidate):
        return True
    candidate = _CN_EXTENSION.sub("", candidate)  # phonenumbers reads `ext`, not 转
    # a bare run of digits must be valid, also after an international prefix written as `00`
    # (a maker's article number `0010045478` is `+1 0045478` to a parser that only asks whether
    # such a number could be dialled)
    bare = _DIGITS_ONLY.match(candidate) is not None
    if _CN_COUNTRY_MOBILE.match(candidate):
        candidate = "+" + candidate
    if candidate.startswith("00"):  # the international call prefix written out: 0044..., 001-...
        candidate = "+" + candidate[2:]
    if candidate.startswith("+"):
        regions: tuple[str | None, ...] = (None,)
    elif _CN_MOBILE.match(candidate):
        regions = ("CN",)
    elif _CN_TRUNK_MOBILE.match(candidate):
        candidate, regions = candidate[1:], ("CN",)
    elif candidate.lstrip("(").startswith("0"):
        # a trunk prefix 0 is how most countries outside North America write national numbers
        regions = NATIONAL_REGIONS
    else:
        regions = ("US",)
    for region in regions:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        # a bare run of digits must be a valid number, a formatted one only a possible one; but a
        # number with a trunk 0 and no country is possible in some region whatever its digits (a
        # study's subject `01-701-1015`): it must be valid in one
        strict = bare or regions is NATIONAL_REGIONS
        if phonenumbers.is_valid_number(number) if strict else phonenumbers.is_possible_number(number):
            return True
    return bare and regions == ("US",) and _valid_international(candidate)


#: E.164 allows at most fifteen digits; eleven or more leave a country code before a national number
_E164_DIGITS = re.compile(r"^[1-9]\d{10,14}$")


def _valid_international(digits: str) -> bool:
    """An E.164 number whose `+` was dropped: valid once it is put back."""
    if not _E164_DIGITS.match(digits):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None))
    except phonenumbers.NumberParseException:
        return False
