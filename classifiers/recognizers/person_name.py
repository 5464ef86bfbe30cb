"""Person names: full names, given names, surnames, nicknames.

`name` alone is the most overloaded field name there is (product, file, app, event, company,
Bluetooth device names), so it is only a weak name: the values decide. A value reads as a
person's name when it has one to four capitalised words and its first word is a known given
name or its last a known surname (US Census name files plus common names of other regions, in
classifiers/vocab/); a column is one of names when most of its values are.
"""
from __future__ import annotations

import re
import unicodedata

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx, vocab
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView, as_text, per_field, text_shapes
from classifiers.names import NameTokens, contains_phrase
from classifiers.recognizer import LETTER, FieldRecognizer, ValuePattern
from classifiers.shape import (
    BLANK,
    CONTROL,
    DIGIT,
    EVERYTHING,
    LETTERS,
    NON_ASCII,
    UPPER,
    UPPER_HEX,
    Shape,
    char_bits,
)
from classifiers.sex_values import sex_words, sexes
from classifiers.siblings import HANDLE_NAMES, adjacent, login_beside, siblings
from classifiers.recognizers.street_address import LEADING_STREET_TYPES
from datamap.model import DatasetSample, FieldSample

_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "madam", "mme", "herr", "frau",
                     "jr", "sr", "ii", "iii", "iv", "phd", "md", "dds", "dvm", "esq"})
#: lower-case particles inside names (Ludwig van Beethoven, Maria de la Cruz)
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "da", "das", "do", "dos", "di", "du", "la",
                        "le", "bin", "binti", "al", "el", "ter", "ten", "y", "e"})
# Chinese names: two to four Han characters, the first a family name (the most common ones,
# covering the great majority of the population)
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_CJK_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                          "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
                          "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
                          "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉"
                          "缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇"
                          "桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: digits a test-data generator appends to a name word (`Kellie749`, `Walton550`)
_GENERATOR_DIGITS = re.compile(r"(?<=[^\W\d_])\d{1,4}\b")
#: the same, for the vectorised checks (RE2 has no look-behind: the letter is kept by `\1`)
GENERATOR_DIGITS_RE2 = r"(\pL)\d{1,4}\b"


_UPPER = "A-Z\u00C0-\u00D6\u00D8-\u00DE"
_LOWER = "a-z\u00DF-\u00F6\u00F8-\u00FF"
#: DICOM's and HL7 v2's person name (XPN), `Family^Given^Middle^Suffix^Prefix^Degree^Type…`
#: (`Lestrade^G`, `Moriarty^James`, `DOE^JOHN^^^^`, `Doe^John^Fitzgerald^JR^^^L`), a generator's
#: digits allowed on a part; the caret marks it as a name in any language
_DICOM_PART = rf"[{_UPPER}][{_UPPER}{_LOWER}'’-]*\d{{0,4}}"
_CARET_TAIL = rf"(?:\^[{_UPPER}{_LOWER}'’ .-]*){{0,10}}"
DICOM_NAME = rf"{_DICOM_PART}\^(?:{_DICOM_PART})?{_CARET_TAIL}"
#: HL7 v2's clinician (XCN, a visit's attending or referring doctor): the clinician's number,
#: then the name (`9873^HIBBARD^JILLIAN^M.^^^`). Codes are written so too (`03^MMR^CVX`): a
#: known surname or given name must stand in the name's place
CLINICIAN_NAME = rf"\d{{1,12}}\^(?P<family>{_DICOM_PART}(?: {_DICOM_PART})?)\^(?P<given>{_DICOM_PART}){_CARET_TAIL}"


#: GEDCOM's personal name (`Anna /Hansdotter/`, `Keith Lloyd /Smith/ Jr.`): given names, the
#: surname between slashes, a suffix
GEDCOM_NAME = rf"(?:[{LETTER}][{LETTER}'’. -]{{0,40}} )?/[{LETTER}][{LETTER}'’ -]{{0,40}}/(?: [{LETTER}.]{{1,10}})?"
_GEDCOM_NAME_RE = re.compile(r"^([^/]*?)\s*/([^/]+)/\s*(.*)$")
#: vCard's structured name N (RFC 6350 6.2.2, vCard 3 and 4): `Family;Given;Additional;Prefixes;
#: Suffixes`, five components (`Coyote;Wile;E.;;`, `Citizen;Joe;;;`), as an address book's export
#: or a flattened vCard keeps it; the family and given names present, each capitalised
_VCARD_PART = rf"[{_UPPER}][{_LOWER}]+(?:['’ -][{_UPPER}{_LOWER}][{_LOWER}]+){{0,3}}"
_VCARD_REST = rf"[{LETTER}'’ .,-]{{0,40}}"
VCARD_N = rf"(?P<family>{_VCARD_PART});(?P<given>{_VCARD_PART});{_VCARD_REST};{_VCARD_REST};{_VCARD_REST}"


#: lower-case words joined by hyphens or underscores, no space: how tools name their resources
#: (an organisation's `my-test-org`, a service account's `test-sa`), which no one writes a name so
_SLUG = re.compile(r"^[a-z]+(?:[-_][a-z]+)+$")


class PersonNameRecognizer(FieldRecognizer):
    entity = "PERSON"
    names = ("full name", "fullname", "first name", "firstname", "last name", "lastname", "surname", "given name",
             "family name", "middle name", "middle initial", "maiden name", "nickname", "nick name", "nick", "display name",
             "real name", "legal name", "person name", "customer name", "contact name", "cardholder name",
             "card holder", "holder name", "recipient name", "sender name",
             # a payment's two sides (收款人, 付款人, a statement's 交易对方)
             "payee name", "payer name", "counterparty name", "author name", "user full name",
             "fname", "lname", "forename", "given names", "first names", "name first", "name last", "name full",
             "name given", "name family", "name middle", "person", "recipient", "cardholder", "maiden",
             # a name by the person's role in the record (DICOM's `PatientName`, `OperatorsName`)
             # (not `client name`, `driver name`, `operator name`: an OAuth app, a device driver, a carrier)
             "patient name", "physician name", "physicians name", "doctor name", "operators name",
             "employee name", "student name", "guest name", "passenger name", "owner name", "member name",
             "buyer name", "rider name", "traveler name", "traveller name",
             # the name a person is known by in their community (Tamanu's `patients.cultural_name`)
             "cultural name",
             # a claim's or a visit's clinician by the part they play (Tuva's `attending_provider_name`;
             # a provider alone may be a clinic)
             "attending provider name", "referring provider name", "rendering provider name",
             "prescribing provider name", "ordering provider name", "admitting provider name",
             "operating provider name", "performing provider name",
             # a parent's name on an identity record (Brazil's `nome_mae`, India's `father_name`)
             "mother name", "father name", "mothers name", "fathers name",
             # who sold, entered or approved a business document (an ERP's `FSALERNAME` 销售员,
             # `FCREATORNAME` 创建人, `FAPPROVERNAME` 审核人): a staff member's name
             "salesperson name", "salesman name", "creator name", "approver name", "auditor name",
             # the name as an identity document gives it (`身份证姓名`, `证件姓名`, `id_card_name`,
             # `passport_name`): a person's name, whatever the document's own number is
             "id card name", "id card full name", "idcard name", "id full name", "passport name",
             "passport full name")
    weak_names = ("name", "author", "contact", "owner", "sender", "receiver", "customer", "signed by", "who",
                  "payee", "payer", "counterparty",
                  "composer", "lyricist", "songwriter",
                  # a clinician by role (a visit's `attending_doctor`, `referring_physician`): the
                  # values decide (a name, or HL7's `number^Family^Given`)
                  "doctor", "physician", "surgeon", "nurse", "clinician", "practitioner",
                  # FHIR's HumanName parts flattened without their `name.` (`given`, `family`)
                  "given", "family",
                  # what else a member is called (WeCom's `alias`, an English first name): the values decide
                  "alias",
                  # who carried or delivered something (a waybill's `快递员`, a rider by name): the values decide
                  "courier", "rider")
    negative_names = ("file", "app", "application", "package", "product", "item", "event", "company", "org",
                      "organization", "organisation", "business", "brand", "host", "hostname", "domain", "server",
                      "device", "bt", "bluetooth", "ssid", "wifi", "network", "os", "browser", "br", "model",
                      "table", "column", "schema", "field", "key", "type", "id", "count", "city", "country",
                      "state", "street", "region", "town", "place", "venue", "store", "shop", "merchant", "bank",
                      "school", "university", "team", "group", "project", "service", "job", "task", "title",
                      "category", "tag", "label", "campaign", "tracker", "vendor", "carrier", "font", "color",
                      "colour", "screen", "page", "site", "web", "url", "path", "dataset", "metric",
                      "ti", "pp", "skill", "language", "department", "plan", "tier", "sku", "length", "hash",
                      # a work item's states and ranks by their names (Jira's `fields.status.name`
                      # of `To Do`, `priority.name` of `Medium`, `issuetype.name`)
                      "status", "priority", "severity", "stage", "phase", "issuetype", "workflow")
    #: a geocoder's `display_name` (Nominatim's `Moskva, Центральный административный округ, Moskva,
    #: Centrální federální okruh, Ruská federace`): a place from the street up to the country, four
    #: parts or more between commas; a person's name has one comma at most (`Doe, Jane`)
    other_forms = (("places from street to country (four parts or more between commas)", r"^[^,]+(?:,[^,]+){3,}$"),
                   # a list's or a repository's `full_name` (Twitter's `@TweepyDev/test`, GitHub's
                   # `octocat/Hello-World`): an owner's handle and a slug, one token with a slash,
                   # which no person's name is
                   ("handles with a slug (owner/name)", r"^@?[\w.-]+/[\w./-]+$"),
                   # a resource's slug under its `displayName` (an organisation's `my-test-org`, a
                   # service account's `test-sa`): lower-case words joined without a space
                   ("slugs (lower-case words joined by hyphens)", _SLUG.pattern))

    patterns = (
        # test-data generators append digits to names (Synthea's `Kellie749 Walton550`): a
        # word's trailing digits are allowed here and dropped by the validator; digits inside a
        # word (a serial number's `HQPWN2JYWK` under a device's `displayName`) are no name's
        ValuePattern("words", rf"[{LETTER}](?:[{LETTER}]\d{{1,4}}(?: |$)|[^\d_@/:;!?()\[\]{{}}<>=+*#|\\]){{0,59}}",
                     0.55),
        # HL7's clinician (XCN): a number, then `Family^Given`
        ValuePattern("HL7 number^Family^Given", CLINICIAN_NAME.replace("?P<family>", "").replace("?P<given>", ""),
                     0.55),
        # GEDCOM's personal name (genealogy exports): the surname between slashes
        ValuePattern("GEDCOM Given /Surname/", GEDCOM_NAME, 0.55),
    )
    context = ("name", "mr", "mrs", "ms", "dear", "said", "by", "from", "signed")
    value_alone = False
    shape_suffices = True  # no name list is complete: a named column of word-shaped values stands
    min_ratio = 0.6

    def name_signal(self, name: NameTokens) -> Signal | None:
        # `company.name`, `app.name`: a bare `name` is the name of whatever encloses it
        if self._negative_parent(name):
            return None
        return super().name_signal(name)

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """A `name` its record says is a person's (see `_record_name`), or one of a named pair."""
        return self._record_name(sample, dataset) or _named_pair(sample, dataset)

    def _record_name(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """A bare `name` that the record around it says is a person's, however few its values
        (one user in an API payload, one submitted form): the `name` of a person's object whose
        values are a given name and a surname (`actor.user.name` of `Charlie Parker`: a display
        name; a login holds no space), or a `name` beside an e-mail and a phone number (a
        contact form's submission) whose values are capitalised words."""
        own = NameTokens.of(sample.path).own
        if own != ("name",):
            return None
        from classifiers.recognizers.account_id import PEOPLE_TABLES, PERSON_OBJECTS, table_tokens  # (it imports this module)
        parent = NameTokens.of(sample.parent).own if sample.parent else ()
        if parent and any(contains_phrase(parent[-1:], words) for words in self._negative):
            return None
        distinct = [v for v in pc.unique(pc.drop_null(as_text(sample.values))).to_pylist() if v and v.strip()]
        if not distinct:
            return None
        if parent and parent[-1] in PERSON_OBJECTS:
            share = sum(is_given_and_surname(v) for v in distinct) / len(distinct)
            if share >= RECORD_NAME_SHARE:
                return Signal("context", f"the '{parent[-1]}' object's name is a given name and a surname "
                                         f"({share:.0%} of values): the person's, not a login", 0.4, round(share, 4))
            # GitLab's and GitHub's `user.name` beside `user.username`/`login`: the account's
            # handle is that sibling, so the `name` is the one its owner set, whatever its form
            # (`Administrator`, a test fixture's `User1`)
            return _owner_set_name(sample, dataset, distinct, f"the '{parent[-1]}' object's")
        if not parent and PEOPLE_TABLES.intersection(table_tokens(dataset.name)):
            # the same in a table of users (Discogs' `users`: `name` beside `username`)
            if (found := _owner_set_name(sample, dataset, distinct, "a user's")) is not None:
                return found
        table = NameTokens.of(dataset.name).own if dataset.name else ()
        if any(contains_phrase(table, words) for words in self._negative):
            return None  # a company's or a venue's contact record: its name is no person's
        kinds = {kind for other in siblings(sample, dataset)
                 for kind, words in CONTACT_WORDS.items() if words & set(NameTokens.of(other.path).own)}
        if kinds == {"email"} and (login := login_beside(sample, dataset, HANDLE_NAMES)) is not None:
            return _display_name(distinct, login.path)
        if kinds != set(CONTACT_WORDS):
            return None
        share = sum(bool(_CONTACT_NAME.match(v)) and not _ORGANISATION.search(v) for v in distinct) / len(distinct)
        if share < RECORD_NAME_SHARE:
            return None
        return Signal("context", f"a name beside the record's e-mail and phone, {share:.0%} of values capitalised "
                                 "words: the person's contact", 0.35, round(share, 4))

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """A `customerName` or `client` column most of whose names end like an organisation's
        (`Australian Collectors, Co.`, `Land of Toys Inc.`, `Dragon Souveniers, Ltd.`) holds
        the companies a business sells to, whatever its name says: people's names never end in
        a legal form. The bare `name` of a program's record (an OAuth application, a bot, a
        webhook: beside its `application_id`, `bot_public` or `redirect_uris`) is what its maker
        called the program (`Clyde`, `Baba O-Riley`), no person's name."""
        if NameTokens.of(sample.path).own == ("name",) and (_program_record(sample, dataset)
                                                             or _unix_account_entry(sample, dataset)):
            return True
        distinct = FieldView.of(sample).distinct
        if len(distinct.values) < ORGANISATION_MIN_DISTINCT:
            return False
        names = [v for v in distinct.values.to_pylist() if v]
        return sum(bool(_ORGANISATION.search(v)) for v in names) >= ORGANISATION_SHARE * len(names)

    def _negative_parent(self, name: NameTokens) -> bool:
        return bool(name.parent) and any(contains_phrase(name.parent[-1:], words) for words in self._negative)

    def validate(self, candidates: pa.Array) -> pa.Array:
        return pa.array([is_person_name(v) for v in candidates.to_pylist()], pa.bool_())

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """The names' share (see FieldRecognizer), unless most distinct values share one word:
        `Pepperoni Pizza Small`, `Hawaiian Pizza Medium` end in surnames, but people's names do
        not repeat a word over a column: those are the items of one line (a menu, a catalogue)."""
        signal = super().value_signal(sample)
        if signal is None or signal.score <= 0:
            return signal
        shared = _shared_word(FieldView.of(sample).informative.values)
        if shared is None:
            return signal
        word, share = shared
        return Signal("value", f"{signal.detail}; but {share:.0%} of the distinct values share the word '{word}': "
                               "the items of one line (a menu, a catalogue), not people", 0.0, signal.match_ratio)


#: share of a record's `name` values that must read as a person's (see `context_signal`)
RECORD_NAME_SHARE = 0.8
#: what a contact's other fields are called: an e-mail and a phone beside a bare `name`
CONTACT_WORDS = {"email": frozenset({"email", "mail"}), "phone": frozenset({"phone", "tel", "telephone", "mobile"})}
#: two to four capitalised words, as people write their names in a form
_CONTACT_NAME = re.compile(rf"^[{_UPPER}][{_LOWER}'’-]+(?: [{_UPPER}][{_LOWER}'’-]+){{1,3}}$")
#: a display name as people set it: two to four words, each capitalised or in capitals, with
#: initials (`Kevin L. Mitchell`, `Shinichi TAMURA`), no digits
_DISPLAY_NAME = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[.'’-][^\W\d_]*)*(?: [^\W\d_][^\W\d_'’.-]*(?:[.'’-][^\W\d_]*)*){1,3}$")
DISPLAY_NAME_SCORE = 0.35


def _owner_set_name(sample: FieldSample, dataset: DatasetSample, distinct: list[str], whose: str) -> Signal | None:
    """A person's `name` beside their login: the name they set, whatever its form."""
    login = login_beside(sample, dataset, HANDLE_NAMES)
    if login is None:
        return None
    share = sum(v[0].isalpha() and len(v.split()) <= 4 for v in distinct) / len(distinct)
    if share < RECORD_NAME_SHARE:
        return None
    return Signal("context", f"{whose} name beside its login '{login.path}': the name its owner set, the login "
                             "being the handle", DISPLAY_NAME_SCORE, round(share, 4))


def _display_name(distinct: list[str], login: str) -> Signal | None:
    """A bare `name` beside an account's login and e-mail (an API's user profile) is the
    display name its owner set, when most values are two to four capitalised words: a login
    holds no space, and an organisation's name is told by its ending."""
    share = sum(bool(_DISPLAY_NAME.match(v)) and v[0].isupper() and not _ORGANISATION.search(v)
                for v in distinct) / len(distinct)
    if share < RECORD_NAME_SHARE:
        return None
    return Signal("context", f"a name beside the account's login '{login}' and e-mail, {share:.0%} of values "
                             "capitalised words: the display name its owner set", DISPLAY_NAME_SCORE, round(share, 4))


#: a column of at least this many distinct values, this share of them organisations' names
#: (see `PersonNameRecognizer.ruled_out`), names companies
ORGANISATION_MIN_DISTINCT = 5
ORGANISATION_SHARE = 0.5
#: words that end an organisation's name
_ORGANISATION = re.compile(r"(?i)\b(?:inc|ltd|llc|gmbh|corp|corporation|company|co|plc|ag|sa|group|foundation|"
                           r"association|university|school|hospital|clinic|bank|hotel|restaurant|club|team)\b")

#: a column of at least this many distinct values most of which share one word names items
SHARED_WORD_MIN_DISTINCT = 8
SHARED_WORD_SHARE = 0.5
#: a word that can stand in many people's names: a title, a particle, an initial
_SHARED_WORD_MIN_LENGTH = 3


def _shared_word(distinct: pa.Array) -> tuple[str, float] | None:
    """The word most distinct values share, and their share, when it is at least
    `SHARED_WORD_SHARE` of at least `SHARED_WORD_MIN_DISTINCT` values (titles and particles
    aside); else None."""
    texts = [t for t in distinct.to_pylist() if t]
    if len(texts) < SHARED_WORD_MIN_DISTINCT:
        return None
    counts: dict[str, int] = {}
    for text in texts:
        for word in {w.lower() for w in _WORD.findall(text)}:
            if len(word) >= _SHARED_WORD_MIN_LENGTH and word not in _TITLES and word not in _PARTICLES:
                counts[word] = counts.get(word, 0) + 1
    if not counts:
        return None
    word, count = max(counts.items(), key=lambda item: item[1])
    return (word, count / len(texts)) if count >= SHARED_WORD_SHARE * len(texts) else None


#: how credits list several people (`Angus Young, Malcolm Young & Brian Johnson`)
_CREDIT_SEPARATORS = re.compile(r"\s*(?:,|&|/|;| and )\s*")


def is_person_name(text: str | None) -> bool:
    """True when the value reads as a person's name (a known given name first or surname
    last), or is a list of credits most of whose entries do."""
    if text and "/" in text and (gedcom := _GEDCOM_NAME_RE.match(text)):
        text = " ".join(part for part in gedcom.groups() if part)  # GEDCOM's `Given /Surname/`
    if text and _CREDIT_SEPARATORS.search(text) and "^" not in text:
        parts = [p for p in _CREDIT_SEPARATORS.split(text) if p]
        if len(parts) > 1 and not _is_surname_first(text):
            # several names side by side are evidence enough to read given names of any country
            return sum(_is_one_name(p, "given_names_world") for p in parts) * 2 >= len(parts) + 1
    return _is_one_name(text)


def _is_surname_first(text: str) -> bool:
    """`Allen, Miss Elisabeth`, `Doe, J.`: one person, surname first (a single comma)."""
    return text.count(",") == 1 and not re.search(r"&|/|;| and ", text)


#: the words of one person's name, particles aside: up to two given names and two surnames, and
#: a fifth (Iberian names often carry three given names or a compound surname)
MAX_NAME_WORDS = 5


def _is_one_name(text: str | None, given_names: str = "first_names") -> bool:
    """True when the value reads as one person's name: a known given name first or surname last."""
    if text:
        text = _GENERATOR_DIGITS.sub("", text)
        if _DICOM_NAME_RE.match(text) or ("^" in text and _known_clinician(text)):
            return True  # `Family^Given^Middle`: the format says a person's name, whatever the words
    if not text or any(c.isdigit() for c in text):
        return False
    if _SLUG.match(text):
        return False  # `my-test-org`, `test-sa`: a resource's slug (kebab or snake case), no one's name
    if _CJK_NAME.match(text.strip()):
        return text.strip()[0] in _CJK_SURNAMES
    words = [w for w in _WORD.findall(text) if w.lower().strip(".") not in _TITLES]
    # particles aside: Portuguese and Spanish names hold two given names and two surnames
    # (`Rodrigo Francisco Fábio Corte Real`, `Luna Isabelle Rosângela da Mata`)
    if not 1 <= sum(w.lower() not in _PARTICLES for w in words) <= MAX_NAME_WORDS or len(text) > 60:
        return False
    if any(w[0].islower() and w.lower() not in _PARTICLES for w in words) and not all(w.islower() for w in words):
        return False  # "van", "de" aside, mixed case like "Air fryer" is not a name
    first, last = _key(words[0].split("-")[0]), _key(words[-1].split("-")[-1])
    given, family = vocab.words(given_names), vocab.words("surnames")
    if len(words) == 1:
        return _known(first, given) or _known(first, family)
    # one value is weak evidence ("Air Fryer" ends in a surname; given names go in and out of
    # fashion faster than any list): the column decides, through the recognizer's min_ratio
    return _known(first, given) or _known(last, family)


def is_given_and_surname(text: str) -> bool:
    """Two or three words, the first a known given name and the last a known surname (`John
    Lennon`; not `Texas Driver License`, `In Company Training`): one value said so is a name."""
    words = [w for w in _WORD.findall(_GENERATOR_DIGITS.sub("", text)) if w.lower().strip(".") not in _TITLES]
    if not 2 <= len(words) <= 3:
        return False
    return (_known(_key(words[0]), vocab.words("given_names_world"))
            and _known(_key(words[-1]), vocab.words("surnames")))


def _formatted_name(text: str) -> bool:
    """A name in a format of its own: DICOM's and HL7's carets, GEDCOM's slashed surname."""
    return "^" in text or _GEDCOM_NAME_RE.match(text) is not None


def _key(word: str) -> str:
    """Vocabulary key: lower case without apostrophes (the census writes O'Connor as OCONNOR)."""
    return word.lower().replace("'", "").replace("’", "")


def unaccented_array(values: pa.Array) -> pa.Array:
    """`_unaccented` over an array of strings (nulls stay null)."""
    return pc.replace_substring_regex(pc.utf8_normalize(values, form="NFKD"), r"\p{M}+", "")


def _known(key: str, entries: frozenset[str]) -> bool:
    """Whether a name word is in a list as written or without its accents (`José Hernández`:
    the census lists JOSE and HERNANDEZ; the world's given names list `aarón` as written)."""
    return key in entries or (not key.isascii() and _unaccented(key) in entries)


def _unaccented(text: str) -> str:
    """`text` without combining marks (`hernández` -> `hernandez`; `ø`, `ł` stay: no marks)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


#: a capitalised name word: `Bolt`, `McVittie`, `O'Connor`, `Jean-Luc`, `Bénichou`
#: (a test-data generator's digits may follow: `Kellie749`)
_CAP = rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:['’-][{_UPPER}]?[{_LOWER}]+)*\d{{0,4}}"
_INITIAL = rf"[{_UPPER}]\."
_PARTICLE = "(?:van|von|der|den|de|del|della|da|das|do|dos|di|du|la|le|ter|ten|bin|al|el)"
#: a form of address before a name (also a title column's whole value: `Dr.`, `Prof.`)
HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Master|Rev|Lady|Don|Mme|Mlle|Col|Capt|Major)\.?"
_HONORIFIC = HONORIFIC
_CAPITALS = rf"[{_UPPER}][{_UPPER}'’-]+"
_SURNAME_INITIALS = rf"{_CAPITALS}(?: {_CAPITALS})?, ?(?:[{_UPPER}]\. ?){{1,3}}"
#: a particle may come before any later word, and Portuguese and Spanish full names run to five
#: words (`Rodrigo Murilo Enrico da Mata`, `Isabel Valentina da Luz`: given names, then surnames)
_FULL = rf"{_CAP}(?: (?:{_PARTICLE} )?(?:{_CAP}|{_INITIAL})){{1,4}}"
_GIVEN_SURNAME = rf"{_CAP}(?: (?:{_CAP}|{_INITIAL}))?(?: {_PARTICLE}| {_CAPITALS}){{0,2}} {_CAPITALS}"
#: the word that should be a given name: the first (after a title), or the first after
#: `Surname, ` (census and passenger-list style)
_GIVEN_FIRST = rf"^(?:{_HONORIFIC} )?(?P<given>[{_UPPER}][{_LOWER}]+)"
_GIVEN_AFTER_COMMA = rf"^[^,]+, (?:{_HONORIFIC} )?(?P<given>[{_UPPER}][{_LOWER}]+)"
_LAST_WORD = rf"(?P<last>[{_UPPER}{_LOWER}]+)\.?$"
#: last words that make a place or an organisation of a name that starts like a person's
#: (`Marion County`, `Austin Regional Airport`, `Georgia Tech`)
_NOT_SURNAMES = frozenset({
    "county", "city", "town", "village", "lake", "park", "beach", "springs", "falls", "heights", "hills", "valley",
    "island", "islands", "river", "mountain", "airport", "field", "international", "regional", "municipal",
    "memorial", "university", "college", "school", "academy", "institute", "hospital", "clinic", "center", "centre",
    "church", "hall", "station", "bank", "inc", "llc", "ltd", "corp", "corporation", "company", "co", "group",
    "foundation", "associates", "partners", "tech", "street", "avenue", "road", "drive", "boulevard", "lane",
    "square", "place", "bridge", "harbor", "harbour", "port", "bay", "point", "creek", "forest", "garden", "gardens",
    "district", "state", "states", "parish", "township", "borough", "landing", "junction", "crossing", "mall",
    "plaza", "market", "store", "shop", "hotel", "motel", "inn", "restaurant", "cafe", "bar", "club", "team",
    "fc", "united", "records", "music", "press", "media", "studios", "pictures", "films", "games", "labs",
    "systems", "solutions", "services", "software", "motors", "airlines", "express", "news", "times", "post",
})


_DICOM_NAME_RE = re.compile(f"^(?:{DICOM_NAME})$")
_CLINICIAN_NAME_RE = re.compile(f"^{CLINICIAN_NAME}$")


def _known_clinician(text: str) -> bool:
    """`9873^HIBBARD^JILLIAN^M.`: a clinician's number and a name one of whose parts is known."""
    found = _CLINICIAN_NAME_RE.match(text)
    return found is not None and (_key(found["family"]) in vocab.words("surnames")
                                  or _key(found["given"]) in vocab.words("given_names_world"))


def caret_names(candidates: pa.Array) -> pa.Array:
    """Which values are DICOM or HL7 names (`Family^Given…`), or HL7 clinicians whose name has
    a known part (vectorised)."""
    plain = rx.match(candidates, f"^(?:{DICOM_NAME})$")
    parts = rx.extract(candidates, f"^{CLINICIAN_NAME}$")
    family = pc.utf8_lower(parts.field("family"))
    given = pc.utf8_lower(parts.field("given"))
    clinician = pc.or_(vocab.is_entry(family, "surnames"), vocab.is_entry(given, "given_names_world"))
    return pc.or_(plain, pc.fill_null(clinician, False))


def vcard_names(candidates: pa.Array) -> pa.Array:
    """Which values are vCard structured names (`Coyote;Wile;E.;;`: five `;`-separated parts, a
    capitalised family and given name first), vectorised. Like DICOM's caret, the form marks a
    name in any language: nothing else is written so."""
    return rx.match(candidates, f"^{VCARD_N}$")


class FullNameValueRecognizer(FieldRecognizer):
    """Full names told by their values when the field's name says nothing (`c07`, `val`,
    `maintainer`, `Cast`): two to four capitalised words whose first (or whose first after
    `Surname, `) is a known given name and whose last is no place or company word, or a list of
    such names (or whose last word is a known surname). Stricter than PersonNameRecognizer's values, which need a name beside them;
    the names that rule a person out (`company`, `product`, `city`...) rule these values out too.
    """

    entity = "PERSON"
    negative_names = PersonNameRecognizer.negative_names
    negative_vetoes = True
    patterns = (
        ValuePattern("given name and surname", rf"(?:{_HONORIFIC} )?{_FULL}", 0.7),
        ValuePattern("surname, given names", rf"{_CAP}(?: {_CAP})?, (?:{_HONORIFIC} )?{_CAP}(?: (?:{_CAP}|{_INITIAL}))*"
                                             rf"(?: \([^)]*\))?", 0.7),
        # court and registry style: the surname in capitals, then initials (`AARONSON,L.H.`, `COHEN, S.`)
        ValuePattern("SURNAME, initials", _SURNAME_INITIALS, 0.6),
        # the surname in capitals after the given names (`Quentin TARANTINO`, `Jean-Luc PICARD`):
        # how French, Belgian and many clinical and administrative records write a full name
        ValuePattern("Given SURNAME", _GIVEN_SURNAME, 0.7),
        # DICOM headers (a PACS export): `Family^Given`, told by its caret
        ValuePattern("DICOM Family^Given", DICOM_NAME, 0.7),
        # HL7's clinician: a number, then `Family^Given` (a visit's `attending_doctor`)
        ValuePattern("HL7 number^Family^Given", CLINICIAN_NAME.replace("?P<family>", "").replace("?P<given>", ""),
                     0.7),
        # GEDCOM's personal name (a genealogy export): given names, then the surname between slashes
        ValuePattern("GEDCOM Given /Surname/", GEDCOM_NAME, 0.7),
        # credits (`Cast`, `authors`): a first full name, then more names of any length
        ValuePattern("list of names", rf"{_FULL}(?:, [{_UPPER}][^,]{{1,40}})+", 0.7),
        # an address book's vCard N, `Family;Given;Additional;Prefixes;Suffixes`
        ValuePattern("vCard Family;Given;;;", VCARD_N.replace("?P<family>", "").replace("?P<given>", ""), 0.7),
    )
    context = ("name", "by", "signed")
    min_ratio = 0.7
    values_required = False  # a column of first names alone has no full name in it

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """Name parts side by side (`Cesar A.` | `Aguilar`): a column of given names beside a
        column of surnames, each one capitalised word (an initial may follow) in most values."""
        mine = _name_part(sample)
        if mine is None:
            return _middle_name(sample, dataset)
        for neighbour in adjacent(sample, dataset):
            theirs = _name_part(neighbour, sample)
            # two known parts, or known given names beside name-like words no list knows
            # (`Gadbois`, `Möller`: surnames travel less well than given names)
            if theirs is not None and theirs != mine and GIVEN in (mine, theirs):
                return Signal("context", f"{mine}s beside {theirs}s in '{neighbour.path}'", NAME_PARTS_SCORE)
        # a person-name table's given, middle, family: the middle name between holds repeated
        # words (`Test`) or gaps that make it no name part of its own
        for before, between, after in _triples(sample, dataset):
            if between is not None and (theirs := _name_part(after if before is sample else before, sample)) \
                    is not None and theirs != mine and GIVEN in (mine, theirs) and _middle_words(between, sample):
                other = after if before is sample else before
                return Signal("context", f"{mine}s beside {theirs}s in '{other.path}', a middle name between",
                              NAME_PARTS_SCORE)
        return None

    remembers_verdicts = False  # its validator is vectorised
    validate_elementwise = True  # each candidate's own words decide

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """The full names' share (see FieldRecognizer), none when most values are street names
        (`Victor Plains`, `Kulas Light`: see `street_names`), weakened below the threshold when the
        column holds one distinct value that is not a known given name and a known surname (see
        `is_given_and_surname`): two or three capitalised words whose first is in a list
        of the world's given names is a loose form, and one title (`Texas Driver License`, `In
        Company Training`: the one filled record of a small API table) fits it as well as a
        name does. A column of several names, or one beside its name parts, still decides."""
        signal = super().value_signal(sample)
        if signal is None or signal.score <= 0:
            return signal
        values = FieldView.of(sample).informative.values
        if (streets := street_names(values)) >= STREET_NAMES_SHARE:
            return Signal("value", f"{signal.detail}; but {streets:.0%} of the distinct values end in a street "
                                   "type (`Plains`, `Crossing`): streets named after people, no people", 0.0,
                          signal.match_ratio)
        distinct = len(values)
        if distinct >= FULL_NAME_MIN_DISTINCT or all(is_given_and_surname(v) or _formatted_name(v)
                                                     for v in values.to_pylist() if v):
            # (`John Lennon` in every status of his: a known given name and a known surname;
            # `DOE^JOHN^^^^`, `Anna /Hansdotter/`: a format only names are written in)
            return signal
        return Signal("value", f"{signal.detail}; but only {distinct} distinct value, and not a known given name "
                               "and a known surname: too few to tell names from titles",
                      round(signal.score * FEW_NAMES_WEIGHT, 4), signal.match_ratio)

    def validate(self, candidates: pa.Array) -> pa.Array:
        first = pc.utf8_lower(rx.extract(candidates, _GIVEN_FIRST).field("given"))
        after = pc.utf8_lower(rx.extract(candidates, _GIVEN_AFTER_COMMA).field("given"))
        known = pc.or_(vocab.is_entry(first, "given_names_world"), vocab.is_entry(after, "given_names_world"))
        last = pc.utf8_lower(rx.extract(candidates, _LAST_WORD).field("last"))
        # given names travel less well than surnames (`Matthias Klose`, `Jordi Mallach`): a
        # known surname last also counts, as in is_person_name
        known = pc.or_(known, vocab.is_entry(last, "surnames"))
        # ... as written or without accents (`José Hernández`: the census lists HERNANDEZ)
        known = pc.or_(known, pc.or_(vocab.is_entry(unaccented_array(first), "given_names_world"),
                                     vocab.is_entry(unaccented_array(last), "surnames")))
        placelike = pc.fill_null(pc.is_in(last, value_set=pa.array(sorted(_NOT_SURNAMES))), False)
        # a list whose parts are a place and its codes (`El Dorado County, CA, USA`): a place
        placelike = pc.or_(placelike, pc.fill_null(rx.match(candidates, _PLACE_LIST), False))
        # `AARONSON,L.H.`: a word in capitals and dotted initials is a name whatever the word (no
        # list knows every surname, and nothing else is written so)
        known = pc.or_(known, rx.match(candidates, f"^{_SURNAME_INITIALS}$"))
        known = pc.or_(known, caret_names(candidates))
        known = pc.or_(known, vcard_names(candidates))
        return pc.and_(known, pc.invert(placelike))


NAME_PARTS_SCORE = 0.6


def _triples(sample: FieldSample, dataset: DatasetSample) -> list[tuple[FieldSample, FieldSample, FieldSample]]:
    """(first, middle, last) runs of three fields of the sample's object with the sample first
    or last: what a name table's given, middle and family columns look like."""
    fields = [f for f in dataset.fields if f.parent == sample.parent]
    index = next((i for i, f in enumerate(fields) if f.path == sample.path), None)
    if index is None:
        return []
    runs = []
    if index + 2 < len(fields):
        runs.append((sample, fields[index + 1], fields[index + 2]))
    if index >= 2:
        runs.append((fields[index - 2], fields[index - 1], sample))
    return runs


def _middle_words(between: FieldSample, part: FieldSample) -> bool:
    """Whether a column holds what a middle name does beside a name part: filled on no more
    rows than the part (a middle name is optional), each value capitalised words or an initial."""
    values = between.values
    if not len(values) or len(values) > len(part.values) or not pa.types.is_string(values.type):
        return False
    values = pc.replace_substring_regex(pc.utf8_trim_whitespace(values), GENERATOR_DIGITS_RE2, r"\1")
    return bool(pc.all(rx.match(values, rf"^(?:{_CAP}|{_INITIAL}|[{_UPPER}])(?: (?:{_CAP}|{_INITIAL}))?$")).as_py())


#: the classes a middle name's value may hold (`_middle_words`: capitalised words, initials, a
#: generator's digits, blanks trimmed or between two words; Latin-1's letters are non-ASCII;
#: pyarrow trims the control characters U+001C-U+001F as white space) ...
_MIDDLE_CLASSES = LETTERS | DIGIT | BLANK | CONTROL | NON_ASCII | char_bits("'-.")
#: ... and one of which each must hold: it opens with a capital
_MIDDLE_CAPITALS = UPPER | UPPER_HEX | NON_ASCII


def _could_be_middle_words(sample: FieldSample) -> bool:
    """False when `_middle_words` is False for this column beside any part, read from its
    values' class signatures: a value with a character no middle name holds, or without a
    capital. (A signature of nothing may be a null's, which `_middle_words` lets pass.)"""
    if not len(sample.values) or not pa.types.is_string(sample.values.type):
        return False
    sigs = text_shapes(sample).signatures
    sigs = sigs[sigs != 0]
    return not ((sigs & np.uint64(EVERYTHING & ~_MIDDLE_CLASSES)) != 0).any() \
        and bool(((sigs & np.uint64(_MIDDLE_CAPITALS)) != 0).all())


def _middle_name(sample: FieldSample, dataset: DatasetSample) -> Signal | None:
    """A column of capitalised words or initials between a given-name column and a surname column
    (a name table's middle names: `Test`, `J.`), filled on no more rows than they."""
    fields = [f for f in dataset.fields if f.parent == sample.parent]
    index = next((i for i, f in enumerate(fields) if f.path == sample.path), None)
    if index is None or index == 0 or index + 1 >= len(fields):
        return None
    before, after = fields[index - 1], fields[index + 1]
    if not _could_be_middle_words(sample):
        return None  # (from the field's class signatures: no neighbour's part is worked out)
    if sex_words(sample) or sexes(sample):
        return None  # `Male`/`Female` are capitalised words too: a patient's gender between the name parts
    # (each neighbour's part is remembered in the field's batch, as the neighbours' own
    # context signals ask it; no part before it, and the one after need not be read)
    if (first := _name_part(before, sample)) is None:
        return None
    parts = {first, _name_part(after, sample)}
    if GIVEN not in parts or None in parts or len(parts) < 2:
        return None
    if not (_middle_words(sample, before) and _middle_words(sample, after)):
        return None
    return Signal("context", f"between given names and surnames ('{before.path}', '{after.path}'): a middle name",
                  NAME_PARTS_SCORE)
#: name parts that only say "name" beside each other (FHIR's HumanName flattened without its
#: `name.`: `given` beside `family`): what each adds to its weak name when its values are words
NAMED_PARTS = {("given",): ("family",), ("family",): ("given",)}
NAMED_PARTS_SCORE = 0.35
#: vCard's formatted name `FN` beside its structured name `N` (a contact export or address
#: book flattened): the pair of property names is the format's own, and says "a contact's
#: name" alone, whatever test values (`minimal contact`) or parts (`Morrison;Jim`) they hold
VCARD_NAMES = {("fn",): ("n",), ("n",): ("fn",)}
VCARD_NAMES_SCORE = 0.55
#: a name part's value: capitalised words (an initial, an apostrophe, a hyphen), nothing else
_CAPITALISED_WORDS = r"^\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*)*$"


def _named_pair(sample: FieldSample, dataset: DatasetSample) -> Signal | None:
    """`given` beside `family` (or the reverse) in the same object, both of capitalised words:
    each name says the other's meaning (a practitioner's `given`, `family`), however few the
    rows of a small API table; vCard's `FN` beside `N`, of text."""
    own = NameTokens.of(sample.path).own
    if not pa.types.is_string(sample.values.type):
        return None
    if (vcard := VCARD_NAMES.get(own)) is not None:
        for neighbour in adjacent(sample, dataset, reach=2):
            if NameTokens.of(neighbour.path).own == vcard and pa.types.is_string(neighbour.values.type) \
                    and not pc.all(pc.fill_null(rx.match(pc.drop_null(sample.values), r"^[\d\s.,;:+-]*$"), True)).as_py():
                return Signal("context", f"'{sample.path}' beside '{neighbour.path}': a vCard's formatted and "
                                         "structured names", VCARD_NAMES_SCORE)
        return None
    other = NAMED_PARTS.get(own)
    if other is None:
        return None
    for neighbour in adjacent(sample, dataset, reach=2):
        if NameTokens.of(neighbour.path).own != other or not pa.types.is_string(neighbour.values.type):
            continue
        mine, theirs = pc.drop_null(sample.values), pc.drop_null(neighbour.values)
        if len(mine) and len(theirs) and pc.all(rx.match(mine, _CAPITALISED_WORDS)).as_py() \
                and pc.all(rx.match(theirs, _CAPITALISED_WORDS)).as_py():
            return Signal("context", f"'{sample.path}' beside '{neighbour.path}': the parts of a name",
                          NAMED_PARTS_SCORE)
    return None
#: full names told by values alone need this many distinct values; fewer keep this share of
#: their score (0.7 -> 0.42: below the threshold alone, enough beside a name or name parts)
FULL_NAME_MIN_DISTINCT = 2
FEW_NAMES_WEIGHT = 0.6
#: a column of names most of whose distinct values end in a street type names streets
STREET_NAMES_SHARE = 0.5
#: a comma list with a part that is a code of two or three capitals (a state's, a country's)
#: or ends in a place word: `El Dorado County, CA, USA`, no credits of people
_PLACE_LIST = (r"^[^,]+(?:, [^,]+)*, \p{Lu}{2,3}(?:,|$)|(?i:\b(?:" + "|".join(sorted(_NOT_SURNAMES)) + r")),")


def street_names(values: pa.Array) -> float:
    """The share of distinct values of two to six words whose last word is a street type
    (`Victor Plains`, `Hoeger Mall`, `Norberto Crossing`: a generator's or a town's streets
    named after people), or whose first word is one written first (`Rua Francisco Vieira`).
    Some surnames are street types (`Hill`, `Wells`); half a column's values never are."""
    texts = {v for v in values.to_pylist() if v}
    if not texts:
        return 0.0
    streets = vocab.words("street_types")
    # (or whose first word is a type that Romance formats write first: `Rua Francisco Vieira`)
    named = sum(1 for text in texts if 2 <= len(words := text.split()) <= 6
                and (words[-1].lower().strip(".") in streets or words[0].lower().strip(".") in LEADING_STREET_TYPES))
    return named / len(texts)


_NAME_PART = rf"^{_CAP}(?: {_INITIAL})?$"
#: share of a column's values that must be known given names or surnames
_NAME_PART_SHARE = 0.7
#: what a value may hold that `_NAME_PART` matches once its generator digits are dropped: the
#: replacement only deletes digits, so letters, digits, a blank, an initial's dot, apostrophes
#: and hyphens, two characters at least. Most columns hold other characters in most values and
#: are ruled out before the two regexes are compiled (their compiles cost ~1.5 ms a column).
_NAME_PART_SHAPE = Shape(LETTERS | NON_ASCII | DIGIT | BLANK | char_bits(".'-"), 0, 2)
#: ... and it begins with a capital, ASCII or not (Shape has no "one of these" requirement)
_CAPITAL_BITS = np.uint64(UPPER | UPPER_HEX | NON_ASCII)


GIVEN, SURNAME, NAME_WORD = "given name", "surname", "name-like word"
#: a column of names in capitals: this many letters a name at least, this many names
_CAPITALS_MIN = 3
_CAPITALS_DISTINCT = 5
#: share of distinct values a column of name-like words no list knows needs (names vary; the
#: cities or categories of a table repeat)
_NAME_WORD_DISTINCT = 0.6


@per_field  # asked by the field and by each neighbour: computed once a chunk
def _name_part(sample: FieldSample) -> str | None:
    """`given name` or `surname` for a column of single capitalised words most of which are
    known as such (a given name more than a surname when both lists know them), `name-like
    word` for such a column of mostly distinct words neither list knows, else None."""
    values = sample.values
    if len(values) < 5 or not pa.types.is_string(values.type):
        return None
    shapes = text_shapes(sample)  # (from the distinct values, counted)
    sigs = shapes.signatures
    admitted = _NAME_PART_SHAPE.admits_each(sigs, shapes.lengths) & ((sigs & _CAPITAL_BITS) != 0)
    if shapes.how_many(admitted) < _NAME_PART_SHARE * len(values):
        return None  # (an upper bound on the values `_NAME_PART` matches below: exact)
    if (sigs & np.uint64(BLANK)).any():  # a fixed-width export pads its names (`Carine `, `Janine `)
        values = pc.utf8_trim_whitespace(values)
    if (sigs & np.uint64(DIGIT)).any():  # (no digit: no generator digits to drop)
        values = pc.replace_substring_regex(values, GENERATOR_DIGITS_RE2, r"\1")
    capitals = pc.and_(pc.utf8_is_upper(values), pc.greater_equal(pc.utf8_length(values), _CAPITALS_MIN))
    if pc.sum(pc.fill_null(capitals, False)).as_py() >= _NAME_PART_SHARE * len(values) \
            and pc.count_distinct(values).as_py() >= _CAPITALS_DISTINCT:
        # names in capitals (`SCARLETT` | `DAMON`: Sakila's actors, old registers, Oracle exports)
        # read as written in a sentence; the lists know them in any case. Codes are capitals too
        # (`US`, `OR`, `NEW`): names are longer and many
        values = pc.utf8_title(values)
    shaped = rx.match(values, _NAME_PART)
    if (pc.sum(shaped).as_py() or 0) < _NAME_PART_SHARE * len(values):
        return None
    words = pc.utf8_lower(rx.extract(pc.filter(values, shaped), rf"^(?P<w>{_CAP})").field("w"))
    if pc.count_distinct(words).as_py() < 2:
        return None  # `India` on every row: the table's one country (a given name too), no one's name
    given = pc.sum(vocab.is_entry(words, "given_names_world")).as_py() or 0
    family = pc.sum(vocab.is_entry(words, "surnames")).as_py() or 0
    need = _NAME_PART_SHARE * len(values)
    if given >= need and given >= family:
        return GIVEN
    if family >= need:
        return SURNAME
    return NAME_WORD if pc.count_distinct(words).as_py() >= _NAME_WORD_DISTINCT * len(values) else None


#: fields only a program's record holds (OAuth's and chat platforms' applications, bots and
#: webhooks), by joined name: a user's record holds none of them beside its own `name`
PROGRAM_RECORD_FIELDS = frozenset({"applicationid", "botpublic", "botrequirecodegrant", "redirecturis",
                                   "redirecturi", "verifykey", "webhookurl", "botid", "clientsecret"})


def _unix_account_entry(sample: FieldSample, dataset: DatasetSample) -> bool:
    """Whether the field's record is a Unix user's or group's entry, as `useradd` logs it
    (`new user: name=scott, UID=1000, GID=1000, home=/home/scott, shell=/bin/sh`, `new group:
    name=scott, GID=1000`): a group id, or a user id with a home or a shell, beside the `name`,
    which is then the login (a web API's user record has a `uid` too, but no group, home or shell)."""
    names = {NameTokens.of(other.path).joined() for other in siblings(sample, dataset)}
    return "gid" in names or ("uid" in names and not names.isdisjoint({"home", "shell"}))


def _program_record(sample: FieldSample, dataset: DatasetSample) -> bool:
    """Whether the field's enclosing object is a program's record (see PROGRAM_RECORD_FIELDS)."""
    return any(NameTokens.of(other.path).joined() in PROGRAM_RECORD_FIELDS for other in siblings(sample, dataset))
