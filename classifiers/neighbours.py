"""Values decide with the table's support: what a column is when its name says nothing.

A vendor export (`c07`, `attr_3`, `val`) leaves the values to speak, and many values are
telling only among their neighbours. A list of small irregular millisecond numbers is a
typing rhythm in a table about people's activity; `seller`/`brand` is a user's role in a
table of people and a product line elsewhere; two adjacent whole numbers that are known
screen widths and heights are a screen; a 16-hex column in a table of device models,
carriers and OS names is the device's id. This module looks at fields no recognizer claimed
and whose names say nothing (`c07`, `col_3`, `attr_2`, `val`: a name of words no recognizer
knows says the field is something else), and decides them from their values *and* what the
rest of the table holds:

- **supported values**: the value signal of a recognizer whose values cannot decide alone
  (event names, industries, roles, ISO country codes, ringer modes, key-timing lists, app
  package ids) counts when the table holds the kind of data that makes the reading likely
  (people, activity, devices, places, audio): a `table` signal beside the `value` signal;
  phones of many national formats, states and provinces, short geohashes, device makers and
  operator codes count the same way;
- **cities**: capitalised names that are GeoNames places, in a table that holds coordinates,
  countries or regions;
- **screen dimensions**: two adjacent integer columns of known screen widths and heights;
- **E7 positions**: two adjacent integer columns of latitude and longitude times 10^7;
- **a level and a flag**: a 0-1 fraction (or a 0-100 percentage) followed by a boolean in a device table is a battery
  level and its charging flag, or in an audio table a volume and its mute switch (a phone's
  whole volume steps, 0-15, too);
- **the device id**: the first column of Android ids (16 hex) or Apple ids (upper-case UUIDs) of a
  table that holds two kinds of device data;
- **recurring UUIDs**: a UUID column whose ids recur over a table of events (at most half of
  them distinct) follows a browser (cookie id, beside a user agent or visited pages), a device
  (device id), or both platforms' ad ids (upper- and lower-case UUIDs mixed); unique UUIDs are
  the records' own ids;
- **UTC offsets**: whole numbers that are all quarter hours within 14 hours, in seconds or
  minutes, both sides of Greenwich or off the hour, in a table of devices, places or events;
- **the person a record points at**: in a table of records about people with no account id
  yet, the first integer id column (one width, at least six digits, not epoch times) other
  than the record's own leading key is the person's account id.

Every decision says why in a `table` signal (`datamap explain` shows it) and needs the table's
evidence: a column of the same values in a table about nothing personal stays unclaimed.
"""
from __future__ import annotations

import itertools

from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import (address_block, contact_mix, declared_names, division_codes, email_names, logins, nicknames,
                         profile_links, rx, written_by_people)
from classifiers.evidence import Detection, Signal
from classifiers.fieldview import FieldView, as_mask
from classifiers.masking import mask_examples
from classifiers.names import NameTokens, is_change_side, tokenize
from classifiers.recognizer import FieldRecognizer, as_text
from classifiers.recognizers.account_id import KEY_NAMES
from classifiers.recognizers.location_approximate import foreign_codes
from classifiers.recognizers.person_name import street_names
from classifiers.table_view import (KEY_UNIQUE, PEOPLE_TABLES, PERSON_ENTITIES, PERSON_WORDS, RECORD_ENTITIES, WITHDRAWN_FACTOR,
                                    says_nothing, sexes, table_words)
from classifiers.vocab import in_vocabulary, is_entry

if TYPE_CHECKING:
    from classifiers.engine import FieldResult
    from datamap.model import DatasetSample, FieldSample

#: what the neighbours add to a value signal that cannot decide alone
SUPPORT_SCORE = 0.35
#: informative values a column needs before supported values decide it
SUPPORTED_MIN_VALUES = 10
#: the confidence of a decision the neighbours make from values of a telling shape
SHAPE_SCORE = 0.6
DEVICE_ENTITIES = frozenset({"DEVICE_MODEL", "OPERATING_SYSTEM", "MOBILE_CARRIER", "NETWORK_TYPE", "SCREEN_RESOLUTION",
                             "BATTERY_STATE", "AUDIO_DEVICE", "AUDIO_SETTING", "ADVERTISING_ID", "DEVICE_ID", "IMEI",
                             "MAC_ADDRESS", "USER_AGENT"})
AUDIO_ENTITIES = frozenset({"AUDIO_DEVICE", "AUDIO_SETTING"})
PLACE_ENTITIES = frozenset({"GPS_COORDINATE", "GEOHASH", "COUNTRY", "CITY", "REGION", "LOCATION", "STREET_ADDRESS"})
#: every entity that says a table's rows are about people or what they did
PERSONAL_ENTITIES = (PERSON_ENTITIES | RECORD_ENTITIES | DEVICE_ENTITIES | PLACE_ENTITIES
                     | {"USER_CONTENT", "KEYSTROKE_TIMING", "FILE_NAME", "MIME_TYPE", "APP_PACKAGE", "VISITED_URL",
                        "SEARCH_QUERY", "TIME_ZONE", "BEHAVIORAL_EVENT"})


class Table:
    """What a table holds, from its fields' current best detections."""

    def __init__(self, dataset: DatasetSample, results: Sequence[FieldResult], threshold: float) -> None:
        self.entities: dict[str, str] = {}  # entity -> a field that holds it
        linked = []  # for each account: whether a profile link of its row told it
        for result in results:
            best = result.best(threshold)
            if best is not None:
                self.entities.setdefault(best.entity, result.sample.path)
                if best.entity == "ACCOUNT_ID":
                    linked.append(best.recognizer == profile_links.RECOGNIZER)
        # a record that links its account's profile is an API object (a user, an issue, a
        # commit): its links are its own addresses, not pages that account visited
        self.linked_accounts = bool(linked) and all(linked)
        words = set(table_words(dataset.name))
        person_words = any(PERSON_WORDS.intersection(NameTokens.of(r.sample.path).own) for r in results)
        self.people = (len(self.entities.keys() & PERSON_ENTITIES) >= 2 or bool(words & PEOPLE_TABLES)
                       or (person_words and bool(self.entities.keys() & PERSON_ENTITIES)))

    def holding(self, kinds: frozenset[str], least: int = 1) -> list[str]:
        """The entities of `kinds` the table holds, if at least `least` of them."""
        found = sorted(self.entities.keys() & kinds)
        return found if len(found) >= least else []


def _people(table: Table) -> list[str]:
    return sorted(table.entities.keys() & PERSON_ENTITIES) if table.people else []


#: which tables make a recognizer's values likely, for recognizers whose values cannot decide alone
SUPPORT: dict[str, Callable[[Table], list[str]]] = {
    # the trade a person registered with, beside who they are or how to reach them; a patient's
    # age and birth alone make a clinical record, whose words (`Skilled Nursing Facility`) are places
    "INDUSTRY": lambda t: [e for e in _people(t) if e not in ("AGE", "DATE_OF_BIRTH")],
    # national numbers of many countries (`06-45-12-34`, `(02) 4123 1234`) beside a person's name or e-mail
    "PHONE_NUMBER": _people,
    # a state or province beside a person, other places, or an event's visitor (geo-IP enrichment)
    "REGION": lambda t: _people(t) or t.holding(PLACE_ENTITIES - {"REGION"}) or t.holding(RECORD_ENTITIES),
    # short geohashes, makers and model names, operator codes: telling where devices and their users are
    "GEOHASH": lambda t: _people(t) or t.holding(RECORD_ENTITIES | DEVICE_ENTITIES),
    # (a model code found elsewhere in the row too: `Build.BRAND` beside `Build.MODEL`, `HONOR` by `BVL-AN00`)
    "DEVICE_MODEL": lambda t: t.holding(DEVICE_ENTITIES),
    "MOBILE_CARRIER": lambda t: t.holding(DEVICE_ENTITIES - {"MOBILE_CARRIER"}),
    "USER_ROLE": _people,
    "COUNTRY": lambda t: _people(t) or t.holding(PLACE_ENTITIES - {"COUNTRY"}),
    "KEYSTROKE_TIMING": lambda t: t.holding(PERSONAL_ENTITIES),
    "BEHAVIORAL_EVENT": lambda t: t.holding(RECORD_ENTITIES | DEVICE_ENTITIES),
    "AUDIO_SETTING": lambda t: t.holding(AUDIO_ENTITIES),
    # browser families (`Chrome`, `Edge`) beside the device's system: a user agent parsed into parts
    "USER_AGENT": lambda t: t.holding(frozenset({"OPERATING_SYSTEM"})),
    "APP_PACKAGE": lambda t: t.holding(PERSONAL_ENTITIES),
    # URLs beside a visitor's cookie, IP or account: the pages that visitor saw
    "VISITED_URL": lambda t: t.holding(RECORD_ENTITIES - {"BEHAVIORAL_EVENT"}
                                       - ({"ACCOUNT_ID"} if t.linked_accounts else set())),
}


def apply(dataset: DatasetSample, results: Sequence[FieldResult], views: Sequence[FieldView],
          recognizers: Sequence[FieldRecognizer], threshold: float) -> None:
    """Decide the name-silent, unclaimed fields of one dataset from values and neighbours (in place)."""
    if not results:
        return
    # an account a profile link of its row spells out is told by the two columns alone, and
    # makes the table one about someone for the steps below
    profile_links.decide(results, threshold, _open)
    # logins people made up, or their mobile numbers among the handles (`jie51`, `1930944…`):
    # the mix tells alone, and makes the table one about people for the steps below
    logins.decide(dataset, results, Table(dataset, results, threshold).people, threshold, _open)
    # ... and what they are called: real names, diminutives, the platform's default (`用户8342`)
    nicknames.decide(results, threshold, _open)
    by_entity = {r.entity: r for r in recognizers if r.entity in SUPPORT}
    for step in (_supported_values, _cities, _postcodes, _division_codes, _streets, _network_flags, _screen_pairs, _e7_pairs, _level_and_flag, _os_version, _app_labels,
                 _device_id, _zone_offsets, _recurring_ids, _record_owner):
        if not any(_open(r, threshold) for r in results):
            break
        table = Table(dataset, results, threshold)
        if not table.entities:
            # nothing personal anywhere: neighbours support nothing (and nothing to withdraw);
            # only what people say as they say it tells alone
            written_by_people.decide(results, recognizers, threshold, _open)
            return
        step(table, results, views, by_entity, threshold)
    # the parts of a street address on its rows (few rows suffice: the street says what they are)
    address_block.decide(results, threshold, _open)
    written_by_people.decide(results, recognizers, threshold, _open)
    # an item's value whose kind its sibling declares (`identifier.2.type.text`: a passport)
    declared_names.decide(results, recognizers, threshold)
    _nobody(dataset, Table(dataset, results, threshold), results, views, threshold)
    _place_list(Table(dataset, results, threshold), results, threshold)
    _place_panels(Table(dataset, results, threshold), results, threshold)
    _country_lists(results, threshold)
    _own_links(dataset, Table(dataset, results, threshold), results, threshold)
    _posted_links(results, threshold)
    _self_links(results, threshold)
    _account_links(results, threshold)
    _shared_accounts(results, views, recognizers, threshold)
    _name_parts(results, threshold)
    _email_logins(results, threshold)
    # given names and surnames the row's own e-mail address spells (`Murphy` beside `dmurphy@…`)
    email_names.decide(results, threshold, _open)
    # ... and logins and intranet mailboxes that spell the row's surname (`SKING` beside `King`)
    email_names.decide_logins(results, threshold, _open)
    _logins_beside_real_names(results, threshold)
    contact_mix.decide(results, threshold)
    _copies(results, threshold, recognizers)
    _changed_fields(results, threshold)
    _user_agent_devices(results, threshold)
    _viewer_flags(results, threshold)
    _program_credits(results, threshold)
    _constant_kinds(results, threshold)
    _declared_kinds(results, threshold)
    _message_formats(results, threshold)


def _open(result: FieldResult, threshold: float) -> bool:
    """Unclaimed, and its name says nothing (`c07`, `col_3`, `val`): a name of words (`library`,
    `schema`, `version`) that no recognizer knows says the field is something else."""
    if result.best(threshold) is not None or result.sample.origin == "message" or len(result.sample.values) == 0:
        return False
    if not says_nothing(NameTokens.of(result.sample.path).own):
        return False
    return not any(s.kind in ("name", "comment", "type") for d in result.detections for s in d.signals)


def _decide(result: FieldResult, entity: str, signals: list[Signal], examples: list[str]) -> None:
    confidence = 1.0
    for signal in signals:
        confidence *= 1.0 - signal.score
    detection = Detection(path=result.sample.path, entity=entity, confidence=round(1.0 - confidence, 4),
                          signals=signals, examples=mask_examples(examples, entity), recognizer="neighbours")
    result.detections.insert(0, detection)
    result.detections.sort(key=lambda d: d.confidence, reverse=True)


def _examples(values: pa.Array) -> list[str]:
    return [str(v) for v in pc.unique(values.slice(0, 50)).slice(0, 3).to_pylist() if v is not None]


def _supported_values(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
                      recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    for result, view in zip(results, views):
        if not _open(result, threshold):
            continue
        name = NameTokens.of(result.sample.path)
        for entity, recognizer in recognizers.items():
            support = SUPPORT[entity](table)
            if not support or recognizer.vetoed(name):
                continue
            if view.informative.total < SUPPORTED_MIN_VALUES:
                break  # a handful of values in a mostly empty column say too little
            value = recognizer.value_signal(view)
            if value is None or value.score <= 0:
                continue
            if entity in ("COUNTRY", "REGION") and sexes(result.sample):
                continue  # `Male` is an atoll's capital, `F` a code: a sex column first
            if entity in ("COUNTRY", "REGION") and _short_codes(view) and not _upper_codes(view):
                continue  # `pt`, `es` (languages), `No`, `Yes` (answers): place codes are upper case
            if entity in ("COUNTRY", "REGION") and _few_codes(view) and _people(table):
                continue  # `MR`, `SS`, `HP`/`WP` on every row of a table of people: a code system's
                # letters (HL7's identifier types and address uses), the record's constant; people's
                # places vary from row to row. Beside places' fixes, one code is the country they lie in
            if entity == "REGION" and foreign_codes(view.informative) is not None:
                continue  # `CE`, `NM`, `ST`, `TX` (HL7's value types): a state of some country each
            if entity in CONSTANT_VETOED and _constant(view):
                continue  # `completed`, `Patient` on every row: the table's own constant, no one's doing
            if entity == "BEHAVIORAL_EVENT" and not _actions(view):
                continue  # identifiers that repeat are everywhere: an event names what someone did
            if entity == "MOBILE_CARRIER" and not pa.types.is_string(view.values.type):
                continue  # five or six digits are sample rates and sizes too: an operator code is text (`310-260`)
            if entity == "GEOHASH" and not _mixed_tokens(view):
                continue  # numbers and words (`true`, `1080`) spell geohashes too: a geohash mixes both
            held = ", ".join(e.lower().replace("_", " ") for e in support)
            signals = [value, Signal("table", f"the table holds {held}", SUPPORT_SCORE)]
            if 1.0 - (1.0 - value.score) * (1.0 - SUPPORT_SCORE) >= threshold:
                _decide(result, entity, signals, _examples(view.text))
                break


#: kinds a name-silent column holding one word on every row cannot be told by: what people did,
#: their trade or their role differ from person to person; one word throughout is the table's
#: own constant (a FHIR resource's type and status, the kind of the value beside it:
#: `Social Security Number`); so do the pages they open: one URL on every row is the table's
#: (a code system, `http://snomed.info/sct`; the program that wrote the records)
CONSTANT_VETOED = frozenset({"BEHAVIORAL_EVENT", "INDUSTRY", "USER_ROLE", "VISITED_URL"})


def _constant(view: FieldView) -> bool:
    """Does the column hold one value on every filled row? (Read only past
    SUPPORTED_MIN_VALUES filled rows: a few rows may agree by chance.)"""
    return len(view.informative.values) == 1


#: distinct short codes a column of many rows may hold and still be a table's constant
FEW_CODES = 2


def _few_codes(view: FieldView) -> bool:
    """One or two codes of up to three characters on every filled row (read only past
    SUPPORTED_MIN_VALUES filled rows)."""
    distinct = view.informative.values
    return 0 < len(distinct) <= FEW_CODES and pc.all(pc.less_equal(pc.utf8_length(distinct), 3)).as_py()


def _mixed_tokens(view: FieldView) -> bool:
    """Text values most of which mix letters and digits (`9q9p`, `u1x0`)."""
    distinct = view.informative.values
    if not pa.types.is_string(view.values.type) or len(distinct) == 0:
        return False
    mixed = pc.and_(rx.match(distinct, r"\d"), rx.match(distinct, r"[a-z]"))
    return (pc.sum(mixed).as_py() or 0) >= 0.5 * len(distinct)


def _short_codes(view: FieldView) -> bool:
    """Mostly values of one to three characters: codes, not names."""
    distinct = view.informative.values
    short = pc.sum(pc.less_equal(pc.utf8_length(distinct), 3)).as_py() or 0
    return short >= 0.5 * len(distinct)


def _upper_codes(view: FieldView) -> bool:
    """Mostly upper-case codes of two or three letters (ISO 3166 writes them so; ISO 639
    languages are lower case, and `No` is an answer)."""
    distinct = view.informative.values
    upper = pc.sum(rx.match(distinct, r"^[A-Z]{2,3}$")).as_py() or 0
    return upper >= 0.5 * len(distinct)


@lru_cache(maxsize=1)
def _action_words() -> frozenset[str]:
    text = resources.files("classifiers.vocab").joinpath("event_actions.txt").read_text(encoding="utf-8")
    return frozenset(w.split("#", 1)[0].strip().lower() for w in text.splitlines()) - {""}


#: share of an event column's distinct values that must name an action
ACTION_SHARE = 0.7
#: distinct values read: an event column repeats a small vocabulary
ACTION_MAX_DISTINCT = 200


#: Chinese event names start with the verb of what the user did (`点击商品`, `加入购物车`,
#: `领取优惠券`); a page's name ends in the word for a page or a screen (`首页`, `商品详情页`, `直播间`)
_HAN_ACTION = ("^(?:点击|浏览|打开|进入|查看|提交|分享|收藏|关注|取消|领取|搜索|发布|发表|加入|退出|登录|登出|注册|支付|观看|点赞"
               "|评论|下单|购买|删除|添加|播放|暂停|切换|返回|启动|完成|签到|上传|下载|拍摄|编辑|修改|确认|选择|滑动|长按|复制"
               "|扫码|充值|兑换|抽奖|订阅|预约|转发|私信|回复|立即|开始|离开|访问|使用)[\u4e00-\u9fffA-Za-z0-9]{0,10}$"
               "|^[\u4e00-\u9fffA-Za-z0-9]{0,8}(?:页|页面|首页|主页|中心|详情|列表|购物车|直播间|结果)$")


def _actions(view: FieldView) -> bool:
    """Do most distinct values name something a user did (`video_view`, `PageView`, `Order
    Completed`, `加入购物车`) or a page they saw (`商品详情页`)?"""
    distinct = view.informative.values
    if len(distinct) == 0 or len(distinct) > ACTION_MAX_DISTINCT:
        return False
    han = as_mask(rx.match(distinct, _HAN_ACTION))
    words = _action_words()
    hits = int(han.sum()) + sum(1 for value, chinese in zip(distinct.to_pylist(), han)
                                if not chinese and words.intersection(tokenize(value)))
    return hits >= ACTION_SHARE * len(distinct)


#: a city column: this share of its values are GeoNames places
CITY_SHARE = 0.6
#: a column of one or two words repeated (`Male`, `Female`) is a code, whatever the gazetteer says
CITY_MIN_DISTINCT = 3
_PLACE_WORDS = r"^\p{Lu}[\p{L}'’.-]+(?:[ -][\p{L}'’.-]+){0,3}$"  # accents too: `Maceió`, `Brasília`, `Zürich`


def _cities(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
            recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    support = table.holding(frozenset({"GPS_COORDINATE", "GEOHASH", "COUNTRY", "REGION", "LOCATION"}))
    if not support:
        return
    for result, view in zip(results, views):
        if not _open(result, threshold) or not pa.types.is_string(result.sample.values.type):
            continue
        if PERSON_WORDS.intersection(NameTokens.of(result.sample.path).own):
            continue  # `gender` values (`Male`) that happen to be place names
        distinct = view.informative
        if len(distinct.values) < CITY_MIN_DISTINCT or distinct.hits(rx.match(distinct.values, _PLACE_WORDS, distinct=True)) < \
                CITY_SHARE * distinct.total:
            continue
        known = distinct.hits(in_vocabulary(distinct.values, "gazetteer"))
        if known < CITY_SHARE * distinct.total:
            continue
        ratio = round(known / distinct.total, 4)
        held = ", ".join(e.lower().replace("_", " ") for e in support)
        _decide(result, "CITY", [Signal("value", "GeoNames place names", 0.3, ratio),
                                 Signal("table", f"the table holds {held}", SUPPORT_SCORE)], _examples(view.text))


#: postal codes as the operators write them: US ZIP (a CSV reader may have dropped its leading
#: zero) and ZIP+4, UK, Canadian and the 4-6 digit codes of most countries
_POSTCODE = (r"^(?:\d{3,6}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)$")
#: a postcode column names many places: at least this many distinct codes
POSTCODE_MIN_DISTINCT = 5


def _postcodes(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
               recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    """A column of postal codes right beside a city or region a recognizer found (`Henderson`,
    `Kentucky`, `42420`): the code of the same place. Alone, digits are any number. A row that
    spreads its address over the table (street line, landmark, city, state, country, then other
    columns, then the PIN: `440010`) holds its code further off: there, digits of one width
    (4-6) after the street line and a city or region."""
    for index, (result, view) in enumerate(zip(results, views)):
        if not _open(result, threshold):
            continue
        values = result.sample.values
        if not (pa.types.is_string(values.type) or pa.types.is_integer(values.type)):
            continue
        beside = [results[i] for i in (index - 1, index + 1) if 0 <= i < len(results)]
        place = next((r for r in beside if (best := r.best(threshold)) is not None
                      and best.entity in ("CITY", "REGION")), None)
        distinct = view.informative
        if place is None:
            place = _address_block_before(results, index, threshold)
            if place is None or not _one_width(distinct.values):
                continue
        if len(distinct.values) < POSTCODE_MIN_DISTINCT \
                or distinct.hits(rx.match(distinct.values, _POSTCODE, distinct=True)) < distinct.total \
                or address_block.counting(pc.cast(distinct.values, pa.string())):
            continue  # (`10001`, `10002` …: a register's numbers count up; postcodes scatter)
        _decide(result, "LOCATION", [Signal("value", "postal codes", 0.3, 1.0),
                                     Signal("table", f"with the {place.best(threshold).entity.lower()} "
                                                     f"'{place.sample.path}' of the row's address", SUPPORT_SCORE)],
                _examples(view.text))


def _division_codes(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
                    recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    """Codes of China's administrative divisions (`330100`, `510104000000`) in a table that
    holds something of a person or of what people did: where that person lives or went."""
    held = table.holding(PERSON_ENTITIES | RECORD_ENTITIES)
    if not held:
        return
    for result, view in zip(results, views):
        if not _open(result, threshold) or (value := division_codes.signal(result.sample.values)) is None:
            continue
        _decide(result, "LOCATION", [value, Signal("table", f"in a table that holds "
                                                            f"{', '.join(e.lower().replace('_', ' ') for e in held)}",
                                                   SUPPORT_SCORE)], _examples(view.text))


#: the widths of a postal code written as digits alone (Australia's 4, the US's 5, India's 6)
POSTCODE_WIDTHS = (4, 6)


def _one_width(distinct: pa.Array) -> bool:
    """Digits of one width within POSTCODE_WIDTHS (`069214` keeps its zero: a code, no number)."""
    lengths = pc.utf8_length(pc.cast(distinct, pa.string()))
    low, high = (v.as_py() for v in pc.min_max(lengths).values())
    return low == high and POSTCODE_WIDTHS[0] <= low <= POSTCODE_WIDTHS[1]


def _address_block_before(results: Sequence[FieldResult], index: int, threshold: float) -> FieldResult | None:
    """The city or region of a street address held in the columns before `index` (the street
    line first, then its city or region), or None."""
    entities = [(best.entity if (best := r.best(threshold)) is not None else None) for r in results[:index]]
    if "STREET_ADDRESS" not in entities:
        return None
    after = entities.index("STREET_ADDRESS")
    return next((results[i] for i in range(after + 1, index) if entities[i] in ("CITY", "REGION")), None)


#: share of a column's distinct values that must be street names (a name, then a street type)
STREETS_SHARE = 0.8
STREETS_MIN_DISTINCT = 5


def _streets(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
             recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    """A column of street names without their numbers (`Victor Plains`, `Kulas Light`,
    `Norberto Crossing`: words, then a street type) in a table of people: the street each
    lives on, part of their postal address. In a table of nothing personal it is a list of
    streets."""
    people = _people(table)
    if not people:
        return
    for result, view in zip(results, views):
        if not _open(result, threshold) or not pa.types.is_string(result.sample.values.type):
            continue
        distinct = view.informative.values
        if len(distinct) < STREETS_MIN_DISTINCT or street_names(distinct) < STREETS_SHARE:
            continue
        _decide(result, "STREET_ADDRESS", [Signal("value", "street names: words, then a street type", 0.3, 1.0),
                                           Signal("table", f"the table holds {', '.join(e.lower().replace('_', ' ') for e in people)}",
                                                  SUPPORT_SCORE)], _examples(view.text))


#: flags that may follow a carrier: Segment's and RudderStack's `network` object is carrier,
#: wifi, cellular, bluetooth
NETWORK_FLAGS = 3


def _network_flags(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
                   recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    """The true/false columns right after a mobile carrier (`T-Mobile`, true, false) are the
    connection's flags (on wifi, on cellular) of the same network object."""
    for index, result in enumerate(results):
        best = result.best(threshold)
        if best is None or best.entity != "MOBILE_CARRIER":
            continue
        for flag in results[index + 1:index + 1 + NETWORK_FLAGS]:
            if not (_open(flag, threshold) and pa.types.is_boolean(flag.sample.values.type)):
                break
            _decide(flag, "NETWORK_TYPE", [Signal("table", f"a connection flag right after the carrier "
                                                           f"'{result.sample.path}'", SHAPE_SCORE)],
                    _examples(flag.sample.values))


@lru_cache(maxsize=1)
def _screen_sizes() -> tuple[frozenset[int], frozenset[int]]:
    """Known screen (short side, long side) in pixels and points, from classifiers/vocab/screen_sizes.txt."""
    text = resources.files("classifiers.vocab").joinpath("screen_sizes.txt").read_text(encoding="utf-8")
    short, long = set(), set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            a, b = sorted(int(n) for n in line.lower().split("x"))
            short.add(a)
            long.add(b)
    return frozenset(short), frozenset(long)


#: share of rows whose pair is a known screen's sides
SCREEN_SHARE = 0.8


#: a phone's or tablet's panel no list names yet (each year's models add sizes: `1200x2670`,
#: `1264x2780`): the short side in pixels, the long side's ratio to it (4:3 tablets to 22:9
#: phones), even numbers, as panels are
PANEL_SHORT = (480, 2160)
PANEL_RATIO = (1.3, 2.45)
#: ... a device table holds a few models' panels over and over: distinct pairs at most this share
#: of the rows (or PANEL_FEW_PAIRS), where two columns of measurements or amounts vary row by row
PANEL_DISTINCT = 0.3
PANEL_FEW_PAIRS = 10


def _phone_panel(x: int, y: int) -> bool:
    low, high = min(x, y), max(x, y)
    return (PANEL_SHORT[0] <= low <= PANEL_SHORT[1] and PANEL_RATIO[0] <= high / low <= PANEL_RATIO[1]
            and low % 2 == 0 and high % 2 == 0)


def _phone_panels(pairs: list[tuple[int, int]]) -> bool:
    """Whether most rows are a phone's or tablet's panel sizes and repeat as a few models' do."""
    panels = sum(1 for x, y in pairs if _phone_panel(x, y))
    return panels >= SCREEN_SHARE * len(pairs) and len(set(pairs)) <= max(PANEL_FEW_PAIRS, PANEL_DISTINCT * len(pairs))


def _screen_pairs(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
                  recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    if not table.holding(PERSONAL_ENTITIES):
        return
    short, long = _screen_sizes()
    for first, second in zip(results, results[1:]):
        a, b = profile_links.whole_numbers(first.sample.values), profile_links.whole_numbers(second.sample.values)
        if (not (_open(first, threshold) and _open(second, threshold)) or a is None or b is None or len(a) != len(b)
                or len(a) < 5):
            continue
        pairs = [(x, y) for x, y in zip(a.to_pylist(), b.to_pylist()) if x is not None and y is not None]
        if len(pairs) < 5 or len(set(pairs)) < 2:
            continue
        known = sum(1 for x, y in pairs if (min(x, y) in short and max(x, y) in long))
        if known < SCREEN_SHARE * len(pairs) and not _phone_panels(pairs):
            continue
        known = max(known, sum(1 for x, y in pairs if _phone_panel(x, y)))
        ratio = round(known / len(pairs), 4)
        for result, other in ((first, second), (second, first)):
            _decide(result, "SCREEN_RESOLUTION",
                    [Signal("value", "known screen widths and heights", SHAPE_SCORE, ratio),
                     Signal("table", f"paired with '{other.sample.path}' beside it", 0.2)],
                    _examples(result.sample.values))


#: E7 coordinates (degrees times 10^7, as Google's location history and Android write them):
#: the median magnitude is at least this (0.1 degree), and this share of values is distinct
E7_MIN_MAGNITUDE = 1_000_000
E7_DISTINCT = 0.5


def _e7(values: pa.Array, limit: int) -> bool:
    if not pa.types.is_integer(values.type) or len(values) < 5:
        return False
    magnitude = pc.abs(values)
    high = pc.max(magnitude).as_py()
    return (high is not None and high <= limit * 10_000_000
            and (pc.approximate_median(magnitude).as_py() or 0) >= E7_MIN_MAGNITUDE
            and pc.count_distinct(values).as_py() >= E7_DISTINCT * len(values))


def _e7_pairs(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
              recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    """Two adjacent integer columns of degrees times 10^7, latitude (|x| <= 90) then longitude
    (|x| <= 180), one of them with negative values, in a table about people, devices or what
    they did: a position. (Positions only east and north are left to their names.)"""
    held = table.holding(PERSONAL_ENTITIES)
    if not held:
        return
    for lat, lon in zip(results, results[1:]):
        if not (_open(lat, threshold) and _open(lon, threshold)):
            continue
        if not (_e7(lat.sample.values, 90) and _e7(lon.sample.values, 180)):
            continue
        if not any((pc.min(c.sample.values).as_py() or 0) < 0 for c in (lat, lon)):
            continue  # ids are positive: without a west or a south, two id columns look the same
        why = f"latitude and longitude times 10^7 side by side, in a table that holds " \
              f"{', '.join(e.lower().replace('_', ' ') for e in held)}"
        for result in (lat, lon):
            _decide(result, "GPS_COORDINATE", [Signal("value", "E7 integer degrees", 0.15, 1.0),
                                               Signal("table", why, SHAPE_SCORE)], _examples(result.sample.values))


def _fraction(values: pa.Array) -> bool:
    """A level that varies (a volume, a battery level), not a constant or a flag: a fraction
    between 0 and 1, or a whole percentage spread over more than a tenth of 0-100."""
    if len(values) < 5 or not (pa.types.is_floating(values.type) or pa.types.is_integer(values.type)):
        return False
    low, high = (v.as_py() for v in pc.min_max(values).values())
    if low is None or low < 0 or pc.count_distinct(values).as_py() < 3:
        return False
    if pa.types.is_floating(values.type):
        return high <= 1.0
    return high <= 100 and high - low > 10


#: the most steps a phone's volume has (Android's media stream 15, iOS 16)
VOLUME_STEPS = 16


def _volume_steps(values: pa.Array) -> bool:
    """Whole volume steps: 0 to at most VOLUME_STEPS, three different at least."""
    if len(values) < 5 or not pa.types.is_integer(values.type):
        return False
    low, high = (v.as_py() for v in pc.min_max(values).values())
    return low is not None and 0 <= low and high <= VOLUME_STEPS and pc.count_distinct(values).as_py() >= 3


def _level_and_flag(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
                    recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    audio = table.holding(AUDIO_ENTITIES)
    device = table.holding(DEVICE_ENTITIES, least=2)
    if not (audio or device):
        return
    battery = "BATTERY_STATE" not in table.entities
    volume = bool(audio)
    for level, flag in zip(results, results[1:]):
        if not (_open(level, threshold) and _open(flag, threshold)):
            continue
        if not pa.types.is_boolean(flag.sample.values.type):
            continue
        if volume and _volume_steps(level.sample.values):
            # a phone's volume index (Android's media stream: 0-15) beside its mute switch
            entity, what, held = "AUDIO_SETTING", "a volume and its mute switch", audio
        elif not _fraction(level.sample.values):
            continue
        elif pa.types.is_integer(level.sample.values.type) or not audio:
            # a whole percentage is how batteries report (volumes are 0-1 or a few steps)
            if not device or not battery:
                continue
            entity, what, held = "BATTERY_STATE", "a battery level and its charging flag", device
        elif volume:
            entity, what, held = "AUDIO_SETTING", "a volume and its mute switch", audio
        else:
            continue
        why = f"{what}, side by side in a table that holds {', '.join(e.lower().replace('_', ' ') for e in held)}"
        for result in (level, flag):
            _decide(result, entity, [Signal("table", why, SHAPE_SCORE)], _examples(result.sample.values))
        # one battery and one volume a table: a second pair is something else's
        battery, volume = battery and entity != "BATTERY_STATE", volume and entity != "AUDIO_SETTING"
    if not volume:
        return
    # volume steps beside another audio setting the engine accepted (the ringer mode: `normal`)
    for index, level in enumerate(results):
        if not _open(level, threshold) or not _volume_steps(level.sample.values):
            continue
        beside = [results[i] for i in (index - 1, index + 1) if 0 <= i < len(results)]
        setting = next((r for r in beside if (b := r.best(threshold)) is not None and b.entity == "AUDIO_SETTING"), None)
        if setting is not None:
            why = f"a phone's volume steps beside the audio setting in '{setting.sample.path}'"
            _decide(level, "AUDIO_SETTING", [Signal("table", why, SHAPE_SCORE)], _examples(level.sample.values))
            return


_VERSION = r"^v?\d{1,2}(?:[._]\d{1,3}){0,3}$"
#: a whole number below 5, as an integer or a float column writes it (`3`, `3.0`)
_ENUM_CODE = r"^[1-4](?:\.0+)?$"
#: share of OS names that hold a version for the column after them to be no system's version
OS_WITH_VERSION_SHARE = 0.8


def _os_version(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
                recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    """A column of bare versions right after a column of OS names is those systems' versions."""
    for os_name, version in zip(results, results[1:]):
        best = os_name.best(threshold)
        if best is None or best.entity != "OPERATING_SYSTEM" or not _open(version, threshold):
            continue
        names = as_text(os_name.sample.values)
        if not pc.all(rx.match(names, r"[A-Za-z]")).as_py():
            continue  # the OS column is itself versions: what follows is some other version
        if (pc.mean(pc.cast(rx.match(names, r"\d"), pa.int8())).as_py() or 0) >= OS_WITH_VERSION_SHARE:
            # the names carry their versions (`HarmonyOS 4.0.0`, `Android 13`): what follows is
            # another thing's version (a ride-hailing app's `app_versionname` 5.2.0 after `system_version`)
            continue
        text = as_text(version.sample.values)
        if len(text) < 5 or not pc.all(rx.match(text, _VERSION)).as_py():
            continue
        if pc.any(pc.equal(text, "0")).as_py():
            continue  # no system ships a version 0: a status flag (RuoYi's login `status` 0/1 after `os`)
        if pc.all(rx.match(text, _ENUM_CODE)).as_py():
            # whole numbers below 5 only (a call's type 1-4, a battery's status 2.0-4.0 after
            # AWARE's `device_id`): an enumeration's codes, no system of today's versions
            continue
        _decide(version, "OPERATING_SYSTEM", [Signal("value", "bare version numbers", 0.25, 1.0),
                                              Signal("table", f"right after the OS names of '{os_name.sample.path}'",
                                                     SHAPE_SCORE)], _examples(text))


#: share of an app-label column's distinct values that must read as words (`Package installer`)
APP_LABEL_WORDS = 0.8


def _app_labels(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
                recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    """A column of titles right after a column of package ids, one title to each package (an
    app inventory's or an app-usage log's label: `Package installer` beside
    `com.google.android.packageinstaller`), names the same apps: their labels, as
    `AppLabelRecognizer` reads a named `application_name`."""
    for package, label in zip(results, results[1:]):
        best = package.best(threshold)
        if best is None or best.entity != "APP_PACKAGE" or not _open(label, threshold):
            continue
        if not pa.types.is_string(label.sample.values.type) or len(label.sample.values) != len(package.sample.values):
            continue  # a sample without its nulls is no longer row by row beside the other
        pairs = pa.table({"p": as_text(package.sample.values), "l": label.sample.values}).drop_null()
        if pairs.num_rows < 5:
            continue
        distinct = pairs.group_by(["p", "l"]).aggregate([])
        packages, labels = pc.count_distinct(distinct["p"]).as_py(), pc.count_distinct(distinct["l"]).as_py()
        if distinct.num_rows != packages or labels < 0.8 * packages or packages < 3:
            continue  # each package one label, few shared: a label per app, no category or flag
        words = pc.mean(pc.cast(rx.match(distinct["l"], r"^[^\s.]+(?:\s[^\s]+)*$"), pa.int8())).as_py() or 0
        if words < APP_LABEL_WORDS or pc.any(rx.match(distinct["l"], r"^[a-z][\w]*(?:\.[\w]+){2,}$")).as_py():
            continue  # labels are no package ids themselves
        _decide(label, "APP_PACKAGE", [Signal("table", f"one label to each package id of '{package.sample.path}'",
                                              SHAPE_SCORE)], _examples(label.sample.values))


#: a UUID or 32-hex id, in either case
_UUID_SHAPE = r"^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-f]{32}|[0-9A-F]{32})$"
_UPPER_UUID = r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"
_LOWER_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
#: an id that recurs over a table's events follows someone (a record's own id is unique):
#: at most this share of its values distinct
RECURRING_MAX_DISTINCT = 0.5
RECURRING_MIN_VALUES = 20
#: what says the events are a browser's (their recurring id is a cookie) rather than an app's
WEB_ENTITIES = frozenset({"USER_AGENT", "VISITED_URL"})


def _recurring_ids(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
                   recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    """UUIDs (or 32-hex ids) that recur over the rows of a table of events with devices or
    visitors in it: the id follows a browser or a device from event to event. Event, message
    and session-less record ids are unique per row and stay unclaimed. A browser's events (a
    user agent, visited pages) make it the cookie id; a column that mixes upper-case (Apple's
    IDFA) and lower-case (Google's GAID) UUIDs is the advertising id; otherwise the device's id."""
    held = table.holding(DEVICE_ENTITIES | RECORD_ENTITIES)
    if not held or (set(held) == {"ACCOUNT_ID"} and _own_keys(results, threshold)):
        return  # a table of people (its account id is each row's own key): a recurring id is a reference
    web = bool(table.holding(WEB_ENTITIES))
    for result in results:
        values = pc.drop_null(result.sample.values)
        if not _open(result, threshold) or not pa.types.is_string(values.type) or len(values) < RECURRING_MIN_VALUES:
            continue
        if not pc.all(rx.match(values, _UUID_SHAPE)).as_py():
            continue
        distinct = pc.count_distinct(values).as_py()
        if distinct > RECURRING_MAX_DISTINCT * len(values) or distinct < 2:
            continue  # (one id on every row is a key of the app or the export: an SDK batch's `ak`)
        upper = pc.sum(rx.match(values, _UPPER_UUID)).as_py() or 0
        lower = pc.sum(rx.match(values, _LOWER_UUID)).as_py() or 0
        if min(upper, lower) >= 0.1 * len(values):
            entity, what = "ADVERTISING_ID", "upper-case (IDFA) and lower-case (GAID) UUIDs side by side"
        elif web:
            entity, what = "COOKIE_ID", "a browser's: the table holds a user agent or visited pages"
        else:
            entity, what = "DEVICE_ID", "an app's events"
        why = (f"the same ids recur from row to row ({what}), in a table that holds "
               f"{', '.join(e.lower().replace('_', ' ') for e in held)}")
        _decide(result, entity, [Signal("value", "UUIDs that recur from row to row", 0.3, 1.0),
                                 Signal("table", why, SHAPE_SCORE)], _examples(values))


def _own_keys(results: Sequence[FieldResult], threshold: float) -> bool:
    """Is every account id of the table unique over the sample (each row's own, not an event's user)?
    The accounts its profile links spell out are the API object's author or owner, no visitor of
    an event: they do not count."""
    accounts = [r.sample.values for r in results if (best := r.best(threshold)) is not None
                and best.entity == "ACCOUNT_ID" and best.recognizer != profile_links.RECOGNIZER]
    return all(len(v) and pc.count_distinct(v).as_py() >= KEY_UNIQUE * len(v) for v in accounts)


#: UTC offsets as integers: seconds in steps of 15 minutes up to 14 hours, or minutes in steps of 15
_OFFSET_UNITS = ((900, 50_400, "seconds"), (15, 840, "minutes"))
#: an offset column varies: this many distinct offsets at least
OFFSET_MIN_DISTINCT = 3


def _zone_offsets(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
                  recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    """Whole numbers that are all UTC offsets (multiples of a quarter hour within 14 hours, in
    seconds or minutes), east and west of Greenwich or off the hour (India's +19800), in a table
    of devices, places or a user's events: the device's time-zone setting. Durations in seconds
    are rarely all quarter hours; they are never negative."""
    held = table.holding(DEVICE_ENTITIES | PLACE_ENTITIES | RECORD_ENTITIES)
    if not held or "TIME_ZONE" in table.entities:
        return
    for result in results:
        values = pc.drop_null(result.sample.values)
        if not _open(result, threshold) or not pa.types.is_integer(values.type) or len(values) < 5:
            continue
        for unit, limit, named in _OFFSET_UNITS:
            low, high = (v.as_py() for v in pc.min_max(values).values())
            if low < -limit or high > limit or max(-low, high) < 4 * unit:
                continue
            if not _all_multiples(values, unit):
                continue
            off_hour = not _all_multiples(values, 4 * unit)
            if not (low < 0 < high or off_hour) or pc.count_distinct(values).as_py() < OFFSET_MIN_DISTINCT:
                continue
            why = f"UTC offsets in {named} in a table that holds {', '.join(e.lower().replace('_', ' ') for e in held)}"
            _decide(result, "TIME_ZONE", [Signal("value", f"whole quarter hours within 14 hours, in {named}", 0.3, 1.0),
                                          Signal("table", why, SHAPE_SCORE)], _examples(values))
            return


def _all_multiples(values: pa.Array, unit: int) -> bool:
    quotient = pc.divide(pc.cast(values, pa.float64()), float(unit))
    return bool(pc.all(pc.equal(pc.floor(quotient), quotient)).as_py())


#: Android ids (16 hex digits) and Apple's vendor and advertising ids (upper-case UUIDs); programs
#: write the lower-case UUIDs of events, messages and sessions
_DEVICE_ID_SHAPE = r"^(?:[0-9a-f]{16}|[0-9A-F]{16}|[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12})$"


def _device_id(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
               recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    held = table.holding(DEVICE_ENTITIES - {"USER_AGENT", "DEVICE_ID"}, least=2)
    if not held or "DEVICE_ID" in table.entities:
        return
    for result in results:
        values = result.sample.values
        if not _open(result, threshold) or not pa.types.is_string(values.type) or len(values) < 5:
            continue
        if not pc.all(rx.match(values, _DEVICE_ID_SHAPE)).as_py() or pc.count_distinct(values).as_py() < 2:
            continue
        why = (f"the first column of 16-hex or upper-case UUID ids in a table that holds "
               f"{', '.join(e.lower().replace('_', ' ') for e in held)}")
        _decide(result, "DEVICE_ID", [Signal("value", "16-hex (Android) or upper-case UUID (Apple) ids", 0.3, 1.0),
                                      Signal("table", why, SHAPE_SCORE)], _examples(values))
        return


#: an integer id: one width of at least this many digits, not seconds, milli-, micro- or nanoseconds since 1970
ID_MIN_DIGITS = 6
EPOCH_RANGES = tuple((946_684_800 * scale, 2_208_988_800 * scale) for scale in (1, 10**3, 10**6, 10**9))


def _integer_id(values: pa.Array) -> bool:
    if pa.types.is_string(values.type):
        if len(values) == 0 or not pc.all(rx.match(values, r"^[1-9]\d{5,18}$")).as_py():
            return False
        values = pc.cast(values, pa.uint64())  # 19 digits may pass int64's maximum, never uint64's
    if not pa.types.is_integer(values.type) or len(values) < 5 or values.null_count == len(values):
        return False
    low, high = (v.as_py() for v in pc.min_max(values).values())
    if low < 10 ** (ID_MIN_DIGITS - 1) or len(str(low)) != len(str(high)):
        return False
    if any(start <= low and high <= end for start, end in EPOCH_RANGES):
        return False
    if (width := len(str(low))) in COMPACT_MOMENTS and compact_days(values, COMPACT_MOMENTS[width]):
        # `19651015`, `16780304`: days written as numbers (HL7, DICOM); `20241218201533`: a
        # call's or a record's time to the second (operators' call records): no one's id
        return False
    if width >= DAY_LED_MIN_WIDTH and compact_days(pc.utf8_slice_codeunits(pc.cast(values, pa.string()), 0, 8)):
        # `20241205483920`: a day, then a serial (litemall's and ECShop's `order_sn`, a bank's
        # transaction number): a record numbered by the day it was made, no one's id
        return False
    return pc.count_distinct(values).as_py() >= 0.2 * len(values)


#: moments written as numbers, by their width: a day, to the minute, to the second
COMPACT_MOMENTS = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}
#: numbers this wide whose first eight digits are all days are a day's serials (order numbers)
DAY_LED_MIN_WIDTH = 12


def compact_days(values: pa.Array, form: str = "%Y%m%d") -> bool:
    """Whether every value of an integer column is a real day (or moment) written `YYYYMMDD`
    (`YYYYMMDDHHMMSS`): a birth, a visit, a call; ids seldom all have a month and a day in their place."""
    days = pc.strptime(pc.cast(values.drop_null(), pa.string()), format=form, unit="s", error_is_null=True)
    return len(days) > 0 and days.null_count == 0


def _record_owner(table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
                  recognizers: dict[str, FieldRecognizer], threshold: float) -> None:
    if "ACCOUNT_ID" in table.entities:
        return
    held = table.holding(PERSONAL_ENTITIES - {"TIME_ZONE"})
    if not held:
        return
    for index, result in enumerate(results):
        values = result.sample.values
        if not _open(result, threshold) or not _integer_id(values):
            continue
        if index == 0 and pc.count_distinct(values).as_py() == len(values) and (
                table.holding(PERSON_ENTITIES) or any(_integer_id(r.sample.values) for r in results[1:] if _open(r, threshold))):
            continue  # the record's own key leads the table, the person's comes next
        why = (f"the first integer id other than the record's own key, in a table of records that hold "
               f"{', '.join(e.lower().replace('_', ' ') for e in held)}")
        _decide(result, "ACCOUNT_ID", [Signal("table", why, SHAPE_SCORE)], _examples(values))
        return


#: what someone wrote or did: a person's only if the table says whose
ACTIVITY_ENTITIES = frozenset({"USER_CONTENT", "BEHAVIORAL_EVENT", "SEARCH_QUERY", "VISITED_URL", "ENGAGEMENT_METRIC"})
#: table-name words whose rows are what people wrote or did, though the table may not say who
#: a table needs this many fields before what it lacks says anything
NOBODY_MIN_FIELDS = 3
#: what `_nobody` withdraws: prose and program actions (`install`, `configure`); URLs, queries and
#: measures of engagement are named for a user's doing often enough to keep their names' verdict
NOBODYS = frozenset({"USER_CONTENT", "BEHAVIORAL_EVENT"})
CONTENT_TABLES = frozenset({"message", "comment", "post", "review", "chat", "feedback", "ticket", "tweet", "reply",
                            "event", "session", "click", "pageview", "visit", "activity", "search", "upload",
                            "interaction", "conversation", "note", "survey", "response", "answer", "question",
                            "complaint", "testimonial", "suggestion", "opinion"})


def _nobody(dataset: DatasetSample, table: Table, results: Sequence[FieldResult], views: Sequence[FieldView],
            threshold: float) -> None:
    """Text and actions in a table that points at no person (no account, device, place, contact)
    and is not named for what people write or do: a package's `Description`, a service
    registry's `note`, a package log's `action` (`install`, `configure`: no action word of a
    user) describe programs and things."""
    if len(results) < NOBODY_MIN_FIELDS or table.holding(PERSONAL_ENTITIES - ACTIVITY_ENTITIES - {"TIME_ZONE"}) \
            or table.people:
        return  # a lone column has no neighbours to say whose it is or is not
    words = set(table_words(dataset.name))
    if words & (CONTENT_TABLES | PEOPLE_TABLES):
        return
    # a content word glued to another (`eventprocessing` 事件处理) names the rows less surely: it
    # keeps the text people wrote there, not a program's actions (the events' `eventType` 环境卫生)
    glued = any(_glued_to(word, CONTENT_TABLES) for word in words)
    for result, view in zip(results, views):
        best = result.best(threshold)
        if best is None or best.entity not in NOBODYS or result.sample.origin not in ("column", "json"):
            continue
        if glued and best.entity == "USER_CONTENT":
            continue
        if best.entity == "BEHAVIORAL_EVENT" and _actions(view):
            continue  # `video_view`, `add_to_cart`: what a user does, wherever the table keeps it
        if best.entity == "USER_CONTENT" and written_by_people.in_personal_voice(view.informative.values):
            continue  # `I hope`, `my blog`: someone wrote it of themselves
        best.signals.append(Signal("table", "nothing in the table says whose it is (no account, device, contact "
                                            "or place) and its name is not one of people's writing or doing",
                                   WITHDRAWN_FACTOR - 1.0))
        best.confidence = round(best.confidence * WITHDRAWN_FACTOR, 4)
        result.detections.sort(key=lambda d: d.confidence, reverse=True)


#: a glued table name's content word is this long at least (`event` of `eventprocessing`; a
#: `post` of `postgres` is none), beside another word at least GLUED_OTHER long
GLUED_WORD = 5
GLUED_OTHER = 4


def _glued_to(word: str, heads: frozenset[str]) -> bool:
    """Whether a table's word runs a content word together with another (`eventprocessing`
    事件处理: events; `feedbacklist`), as schemas without separators write them."""
    return any(len(head) >= GLUED_WORD and len(word) >= len(head) + GLUED_OTHER and (word.startswith(head) or word.endswith(head))
               for head in heads)


#: a list of places names each place once: at least this many values, every one distinct
PLACE_LIST_MIN_VALUES = 10
LISTED_PLACES = frozenset({"COUNTRY", "CITY", "REGION", "LOCATION"})


def _place_list(table: Table, results: Sequence[FieldResult], threshold: float) -> None:
    """Countries or cities each named once (or all but a few), in a table that points at no
    person: a reference list of places (ISO 3166's codes and names, a league's teams and their
    cities), not where people are. People's places repeat. A table of street lines is an
    address book (Sakila's `address`: each line, its city and postal code once): its places are
    parts of the addresses it keeps."""
    if table.people or table.holding(PERSONAL_ENTITIES - PLACE_ENTITIES - {"TIME_ZONE"} | {"STREET_ADDRESS"}):
        return
    listed: list[str] = []
    for result in results:
        best = result.best(threshold)
        if best is None or best.entity not in LISTED_PLACES or best.recognizer == "neighbours":
            continue
        values = result.sample.values
        if len(values) < PLACE_LIST_MIN_VALUES or pc.count_distinct(values).as_py() < KEY_UNIQUE * len(values):
            continue  # (nearly once: the 30 teams of a league are in 29 cities)
        for place in [d for d in result.detections if d.entity in LISTED_PLACES and d.confidence >= threshold]:
            # every reading of the place (a named location, a city by its values alone) goes
            _withdraw_place(result, place, "each place named once in a table that points at no person: "
                                           "a list of places")
        listed.append(result.sample.path)
    if not listed:
        return
    # the other places of a list of places say where each listed place lies (a country's
    # continent or region, a city's state): they describe the rows, they locate no one
    for result in results:
        best = result.best(threshold)
        if best is not None and best.entity in LISTED_PLACES and result.sample.path not in listed:
            _withdraw_place(result, best, f"in a list of places ('{listed[0]}'): where each listed place lies")


#: a panel of places: at least this many rows, each place repeated (else it is a list)
PANEL_MIN_ROWS = 20
#: what keys a panel beside its place: a period or a wider place, few distinct values
PANEL_PARTNER_SHARE = 0.2
#: partners tried, one and two at a time
PANEL_MAX_PARTNERS = 8


def _place_panels(table: Table, results: Sequence[FieldResult], threshold: float) -> None:
    """A place that, with a period or a wider place beside it (`year` and `month`, `state`),
    names every row once, in a table that points at no person: a panel of figures about places
    (a city's monthly home sales, a county's census counts), not where someone is. People's
    places repeat with their periods (many users in one city on one day)."""
    if table.people or table.holding(PERSONAL_ENTITIES - PLACE_ENTITIES - {"TIME_ZONE"}):
        return
    paneled: list[str] = []
    for result in results:
        best = result.best(threshold)
        sample = result.sample
        if best is None or best.entity not in LISTED_PLACES or best.recognizer == "neighbours" \
                or sample.null_ratio or sample.is_list or len(sample.values) < PANEL_MIN_ROWS:
            continue
        rows = len(sample.values)
        if pc.count_distinct(sample.values).as_py() == rows:
            continue  # each place once: a list of places (see `_place_list`)
        partners = [other.sample for other in results
                    if other is not result and other.sample.parent == sample.parent and not other.sample.null_ratio
                    and not other.sample.is_list and len(other.sample.values) == rows
                    and pc.count_distinct(other.sample.values).as_py() <= PANEL_PARTNER_SHARE * rows]
        key = _panel_key(sample, partners[:PANEL_MAX_PARTNERS])
        if key:
            _withdraw_place(result, best, f"with {key} it names every row once, in a table that points at no "
                                          "person: figures about the place, not where someone is")
            paneled.append(sample.path)
    if not paneled:
        return
    for result in results:  # the wider places of the panel say where each of its places lies
        best = result.best(threshold)
        if best is not None and best.entity in LISTED_PLACES and result.sample.path not in paneled:
            _withdraw_place(result, best, f"in a panel of places ('{paneled[0]}'): where each place lies")


def _panel_key(place: FieldSample, partners: Sequence[FieldSample]) -> str | None:
    """The partners (one or two) that key every row together with `place`, named, or None."""
    rows = len(place.values)
    for size in (1, 2):
        for group in itertools.combinations(partners, size):
            columns = {"place": place.values, **{f"p{i}": p.values for i, p in enumerate(group)}}
            keyed = pa.table(columns).group_by(list(columns), use_threads=False).aggregate([])
            if keyed.num_rows == rows:
                return " and ".join(f"'{p.path}'" for p in group)
    return None


#: share of a country column's distinct values that are lists of countries (`Belgium, France`)
#: before the column is a thing's countries: a person is in one country at a time
COUNTRY_LIST_SHARE = 0.1
#: share of the listed parts that must be countries (old names such as `West Germany` aside)
COUNTRY_LIST_KNOWN = 0.8


def _country_lists(results: Sequence[FieldResult], threshold: float) -> None:
    """A country column that often lists several countries in one value (a film's production
    countries, a company's markets) says where a thing comes from or goes, not where a person
    is: `Paris, France` (a place and its country) is one place, `Belgium, France` is two."""
    for result in results:
        best = result.best(threshold)
        values = result.sample.values
        if best is None or best.entity != "COUNTRY" or not pa.types.is_string(values.type):
            continue
        distinct = pc.unique(pc.drop_null(values))
        listed = pc.match_substring(distinct, ", ")
        if (pc.sum(listed).as_py() or 0) < COUNTRY_LIST_SHARE * len(distinct):
            continue
        parts = pc.split_pattern(pc.filter(distinct, listed), ", ")
        known = in_vocabulary(pc.list_flatten(parts), "countries")
        if (pc.sum(known).as_py() or 0) < COUNTRY_LIST_KNOWN * len(known):
            continue  # `Paris, France`, `Austin, Texas`: a place and where it lies
        _withdraw_place(result, best, "its values list several countries at once: a thing's countries, "
                                      "not where a person is")


#: what a social platform records of its viewer's actions on a post or an account
VIEWER_FLAGS = frozenset({"favourited", "favorited", "reblogged", "retweeted", "bookmarked", "pinned", "liked",
                          "starred", "following", "followed", "blocking", "blocked", "muting", "endorsed"})
#: this many of them beside a `muted` flag make it the viewer's muting of the post or account
VIEWER_FLAGS_MIN = 2


def _viewer_flags(results: Sequence[FieldResult], threshold: float) -> None:
    """A `muted` flag among a post's other flags of its viewer (`favourited`, `reblogged`,
    `bookmarked`): the viewer muted the conversation or the account, no device's sound."""
    for result in results:
        best = result.best(threshold)
        if best is None or best.entity != "AUDIO_SETTING":
            continue
        flags = {own[-1] for r in results if r is not result and r.sample.parent == result.sample.parent
                 and (own := NameTokens.of(r.sample.path).own) and own[-1] in VIEWER_FLAGS}
        if len(flags) >= VIEWER_FLAGS_MIN:
            _withdraw_place(result, best, f"beside the viewer's flags of a post or account ({', '.join(sorted(flags))}): "
                                          "the viewer muted it, no device's sound setting")


#: a program's credit carries its home page (`GPSBabel - http://www.gpsbabel.org`) or a version
#: (a web address: a `gid://shop/Customer/1` is a resource's id, no home page)
_PROGRAM_CREDIT = r"\b(?:https?|ftp)://|\bwww\.|\bv?\d+\.\d+(?:\.\d+)+\b"
#: share of a column's distinct values that read as a program's credit
PROGRAM_CREDIT_SHARE = 0.5


def _program_credits(results: Sequence[FieldResult], threshold: float) -> None:
    """A person named only by the column (`creator`, `owner`, `author`) whose values mostly
    carry a home page or a version number: the program that made the file (a GPX or PDF
    `creator`), not someone's account or name."""
    for result in results:
        best = result.best(threshold)
        if best is None or best.entity not in ("ACCOUNT_ID", "PERSON") \
                or any(s.kind == "value" and s.score > 0 for s in best.signals):
            continue
        values = result.sample.values
        if not pa.types.is_string(values.type) or len(values) == 0:
            continue
        distinct = pc.unique(pc.drop_null(values))
        credits = pc.sum(rx.match(distinct, _PROGRAM_CREDIT)).as_py() or 0
        if len(distinct) and credits >= PROGRAM_CREDIT_SHARE * len(distinct):
            _withdraw_place(result, best, f"{credits} of {len(distinct)} values name a program with its home page "
                                          "or version: the software that made the record, not a person")


#: rows a constant needs before it is the records' kind rather than a coincidence of a few
CONSTANT_KIND_MIN_ROWS = 3
#: ... and it fills (nearly) every record: a value only some kinds of record carry is theirs
CONSTANT_KIND_FILLED = 0.9


def _constant_kinds(results: Sequence[FieldResult], threshold: float) -> None:
    """An event column that holds one value in (nearly) every record (CloudTrail's `eventType:
    AwsApiCall`) beside an event column of the same object whose values vary (`eventName`:
    `AssumeRole`, `GetResource`): the records' kind, no action anyone took; the varying
    column says what was done."""
    # (only event columns are read: the filled values of every column cost a pass each)
    filled = {id(r): _filled(r.sample.values) for r in results
              if (b := r.best(threshold)) is not None and b.entity == "BEHAVIORAL_EVENT"}
    events = [r for r in results if id(r) in filled and len(filled[id(r)]) >= CONSTANT_KIND_MIN_ROWS]
    if len(events) < 2:
        return
    distinct = {id(r): pc.count_distinct(filled[id(r)]).as_py() for r in events}
    for result in events:
        sample = result.sample
        share = (1.0 - sample.null_ratio) * len(filled[id(result)]) / len(sample.values)
        if distinct[id(result)] != 1 or share < CONSTANT_KIND_FILLED:
            continue  # (Snowplow's `se_action`: `login` in the six structured events of 120, empty elsewhere)
        varying = next((r for r in events if r.sample.parent == result.sample.parent and distinct[id(r)] > 1), None)
        if varying is None:
            continue
        _withdraw_place(result, result.best(threshold), f"one value in every record beside the varying events of "
                                                        f"'{varying.sample.path}': the records' kind, no action")


#: kinds of principal that are programs, not people: an API token (Okta's `principalType:
#: SSWS_TOKEN`), a service or its account, an app, a bot, an integration, a webhook, the system
MACHINE_KINDS = frozenset({"token", "apikey", "api key", "service", "serviceaccount", "service account", "app",
                           "application", "bot", "integration", "webhook", "system", "robot", "machine", "workload"})
#: kinds of object that are organisations, not places (Slack's audit `context.location` of
#: `type: enterprise`: the workspace where it happened, named `Birdland`)
ORGANISATION_KINDS = frozenset({"enterprise", "workspace", "team", "organization", "organisation", "org", "company",
                                "tenant", "business", "corporation"})
#: names of the column beside a field that says what kind of object the field's is
KIND_WORDS = ("type", "kind")
#: (entities, what the kind must be for every row, what the field then is)
DECLARED_KINDS = (
    (frozenset({"ACCOUNT_ID"}), MACHINE_KINDS, "a program: a machine's credential, no person's account"),
    (PLACE_ENTITIES, ORGANISATION_KINDS, "an organisation: its name or address, no place a person is"),
)


def _declared_kinds(results: Sequence[FieldResult], threshold: float) -> None:
    """A field beside the column that says what kind of object it belongs to: an account id
    (`principalId` beside `principalType`, `actor.id` beside `actor.type`) whose every kind is
    a program (an API token, a service, a bot) is a machine's credential; a place (`location.name`
    beside `location.type`) whose every kind is an organisation (an enterprise, a workspace) is
    the organisation's. A mix of kinds (CloudTrail's `IAMUser` beside `AWSService`) keeps the
    people's."""
    by_name = {(r.sample.parent, NameTokens.of(r.sample.path).own): r for r in results}
    for result in results:
        best = result.best(threshold)
        if best is None:
            continue
        own = NameTokens.of(result.sample.path).own
        for entities, kinds, what in DECLARED_KINDS:
            if best.entity not in entities or not own:
                continue
            # `principalId` -> `principalType`; `location.name` -> `location.type` (the object's
            # own kind: a table's top-level `type` says nothing of one column)
            stems = ([own[:-1]] if len(own) > 1 else []) + ([()] if result.sample.parent else [])
            kind = next((k for stem in stems for word in KIND_WORDS
                         if (k := by_name.get((result.sample.parent, stem + (word,)))) is not None and k is not result),
                        None)
            if kind is None or not (pa.types.is_string(kind.sample.values.type)
                                    or pa.types.is_large_string(kind.sample.values.type)):
                continue
            found = pc.unique(_filled(kind.sample.values)).to_pylist()
            if found and all(_kind_of(k, kinds) for k in found):
                _withdraw_place(result, best, f"'{kind.sample.path}' says every one is {what} "
                                              f"({', '.join(sorted(found)[:3])})")
            break


def _kind_of(kind: str, kinds: frozenset[str]) -> bool:
    words = tuple(tokenize(kind))
    return bool(words) and (" ".join(words) in kinds or not kinds.isdisjoint(words[-1:]))


#: a media type with a header's parameters (`text/html; charset=utf-8`, `multipart/alternative;
#: boundary=…`): how a message or a response is encoded
HEADER_PARAMETERS = r";\s*[A-Za-z][\w-]*\s*="
#: share of a MIME column's values with header parameters that makes it a header's
HEADER_PARAMETER_SHARE = 0.5
#: words of a name (or its object's) that say the type is of what a server sent back
RESPONSE_WORDS = frozenset({"resp", "response", "sc", "headers"})


def _message_formats(results: Sequence[FieldResult], threshold: float) -> None:
    """A media type written as a header writes it (most values with parameters: `charset=`,
    `boundary=`), or named as a response's (`resp_mime_types`, CloudFront's `sc-content-type`,
    `resp_headers.Content-Type`): the format of a message or a page a server sent, not the type
    of a file someone keeps or shares."""
    for result in results:
        best = result.best(threshold)
        values = result.sample.values
        if best is None or best.entity != "MIME_TYPE" or len(values) == 0 or not pa.types.is_string(values.type):
            continue
        present = pc.drop_null(values)
        params = pc.sum(rx.match(present, HEADER_PARAMETERS)).as_py() or 0
        if len(present) and params >= HEADER_PARAMETER_SHARE * len(present):
            why = (f"{params} of {len(present)} values carry a header's parameters (charset, boundary): the format "
                   "of a message, no file's type")
        elif RESPONSE_WORDS.intersection(tokenize(result.sample.path)):
            why = "the name says a response's: the format of what a server sent, no file's type"
        else:
            continue
        _withdraw_place(result, best, why)


def _filled(values: pa.Array) -> pa.Array:
    """The values that say something: not null, and not blank when text (a CSV's empty cells)."""
    present = pc.drop_null(values)
    if pa.types.is_string(present.type) or pa.types.is_large_string(present.type):
        present = pc.filter(present, pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(present)), 0))
    return present


def _withdraw_place(result: FieldResult, best: Detection, why: str) -> None:
    """Withdraw a detection (a place, a link, an event, a type) for a reason the table gives."""
    best.signals.append(Signal("table", why, WITHDRAWN_FACTOR - 1.0))
    best.confidence = round(best.confidence * WITHDRAWN_FACTOR, 4)
    result.detections.sort(key=lambda d: d.confidence, reverse=True)


#: a row's own link is unique to it: at least this many values, this share of them distinct
OWN_LINK_MIN_VALUES = 10
OWN_LINK_UNIQUE = 0.95
#: a name signal below this is a weak name (`link`, `location`, `target`: 0.35)
WEAK_NAME_MAX = 0.5
#: words of a column name that say the link was visited (a page, a path, a referrer, an event's
#: source): such a column keeps its verdict even when every row's link differs
VISIT_WORDS = frozenset({"page", "pages", "path", "pathname", "request", "referrer", "referer", "visited", "visit",
                         "landing", "entry", "exit", "clicked", "click", "current", "previous", "prev", "route",
                         "deeplink", "pageview", "event", "source", "screen"})
#: what a visit is recorded with: whoever made it, with what
VISITOR_ENTITIES = (RECORD_ENTITIES | DEVICE_ENTITIES) - {"BEHAVIORAL_EVENT"}


def _own_links(dataset: DatasetSample, table: Table, results: Sequence[FieldResult], threshold: float) -> None:
    """In a table with no visitor (account, cookie, device, IP), a URL column whose every row
    has a link of its own and whose name does not say it was visited (`url`, `website`, not
    `page_url` or `referrer`): the rows' own links (a film's page, a town's website), not pages
    someone visited, which repeat; and a URL column that only a weak name calls a visit (a
    carousel's `link_external`, a redirect's `target`): a link the record is configured with."""
    if table.holding(VISITOR_ENTITIES) or set(table_words(dataset.name)) & CONTENT_TABLES:
        return
    for result in results:
        best = result.best(threshold)
        values = result.sample.values
        if best is None or best.entity != "VISITED_URL":
            continue
        if _weak_name(best) and len(values) >= SELF_LINK_MIN_VALUES:
            why = ("only a weak name calls it a visit and nothing in the table says who visited it (no account, "
                   "cookie, device or IP): a link the record holds")
        elif (len(values) >= OWN_LINK_MIN_VALUES and not VISIT_WORDS.intersection(tokenize(result.sample.path))
              and pc.count_distinct(values).as_py() >= OWN_LINK_UNIQUE * len(values)):
            why = ("every row has a link of its own and nothing in the table says who visited it (no account, "
                   "cookie, device or IP): the rows' own links")
        else:
            continue
        _withdraw_place(result, best, why)


#: what tracks a visitor (their browser, address, agent, device): beside it a link is a visit's page
TRACKERS = frozenset({"COOKIE_ID", "IP_ADDRESS", "USER_AGENT", "DEVICE_ID", "ADVERTISING_ID"})


def _posted_links(results: Sequence[FieldResult], threshold: float) -> None:
    """A bare `url` or `link` (no word of a visit: not `page_url`, `referrer`, `path`) of a table
    whose rows are texts someone wrote (a post's title and body, a comment): the link the post
    holds or points at (a Reddit submission's `url`), part of what was written, no page a
    visitor opened; tracking events keep their pages under names of visits."""
    found = {b.entity for r in results if (b := r.best(threshold)) is not None}
    if found & TRACKERS:
        return  # a browser's cookie, IP, agent or device beside it: a visit's page, whatever its name
    texts = [r.sample.path for r in results if (b := r.best(threshold)) is not None and b.entity == "USER_CONTENT"
             and r.sample.origin in ("column", "json")]
    if not texts:
        return
    for result in results:
        best = result.best(threshold)
        if (best is None or best.entity != "VISITED_URL" or result.sample.origin not in ("column", "json")
                or not any(s.kind == "name" for s in best.signals)
                or VISIT_WORDS.intersection(tokenize(result.sample.path))):
            continue
        _withdraw_place(result, best, f"the rows are texts someone wrote ('{texts[0]}'): a link the post holds, "
                                      "no page someone visited")


def _weak_name(detection: Detection) -> bool:
    """Whether the detection's name evidence is only a weak name (`link`, `target`), or none."""
    names = [s.score for s in detection.signals if s.kind == "name"]
    return not names or max(names) < WEAK_NAME_MAX


#: the last path segment of a link (an `@` of a profile dropped) and its last two segments
LINK_TAIL = r"/@?(?P<tail>[^/?#]+)/?(?:[?#].*)?$"
LINK_TAIL2 = r"/(?P<tail>[^/?#]+/[^/?#]+)/?(?:[?#].*)?$"
#: share of rows whose link ends in the row's own field value
SELF_LINK_SHARE = 0.9
#: a link that ends in its own row's key is telling in few rows (a webhook's handful of
#: deliveries): no coincidence makes three links end in their rows' own logins
SELF_LINK_MIN_VALUES = 3


def _self_links(results: Sequence[FieldResult], threshold: float) -> None:
    """A link that ends, row by row, in a value of the row's own key, of a field beside it in
    the same object or of an account id (`…/statuses/{id}`, `…/@{username}`,
    `…/repos/{repo.name}`) is the address of the record or of its account, as an API object
    carries it, not a page someone visited. A name of a visit (`path`, `page_url`) is only
    overruled by the record's own key or number: no page a visitor opened ends in the id of the
    visit's own record, while a CMS page's `url_path` ends in the page's own `slug`."""
    for result in results:
        best = result.best(threshold)
        values = result.sample.values
        if best is None or best.entity != "VISITED_URL" or len(values) < SELF_LINK_MIN_VALUES:
            continue
        if not pa.types.is_string(values.type):
            continue
        visit = bool(VISIT_WORDS.intersection(tokenize(result.sample.path)))
        tails = [rx.extract(values, pattern).field("tail") for pattern in (LINK_TAIL, LINK_TAIL2)]
        if not visit and _object_link(result, tails[0]):
            continue
        for other in results:
            sample = other.sample
            if (other is result or len(sample.values) != len(values) or not _names_the_row(result, other, threshold)
                    or not (pa.types.is_string(sample.values.type) or pa.types.is_integer(sample.values.type))):
                continue
            if visit and not _own_key(result, other):
                continue
            text = as_text(sample.values)
            same = pc.or_kleene(pc.equal(tails[0], text), pc.equal(tails[1], text))
            if (pc.sum(pc.fill_null(same, False)).as_py() or 0) >= SELF_LINK_SHARE * len(values):
                best.signals.append(Signal("table", f"every link ends in the row's own '{sample.path}': the "
                                                    "address of the record, not a page someone visited",
                                           WITHDRAWN_FACTOR - 1.0))
                best.confidence = round(best.confidence * WITHDRAWN_FACTOR, 4)
                result.detections.sort(key=lambda d: d.confidence, reverse=True)
                break


#: an account's login or key as it stands in a path: long enough that no word of a path is it by chance
ACCOUNT_SEGMENT_MIN = 3
#: rows read to compare a link with its row's account (API objects are few; a table's head tells)
ACCOUNT_LINK_ROWS = 200


def _account_links(results: Sequence[FieldResult], threshold: float) -> None:
    """A link that holds, row by row, the row's own account as a whole path segment
    (`/users/example/wants` beside `username: example`) is the API's address of that account's
    things, as an API object carries it, not a page someone visited: telling in one row (no
    coincidence puts a user's login in the middle of a path of the same record)."""
    accounts = [r for r in results if (b := r.best(threshold)) is not None and b.entity == "ACCOUNT_ID"
                and not r.sample.parent and (pa.types.is_string(r.sample.values.type)
                                             or pa.types.is_integer(r.sample.values.type)
                                             or pa.types.is_floating(r.sample.values.type))]
    if not accounts:
        return
    for result in results:
        best = result.best(threshold)
        values = result.sample.values
        if best is None or best.entity != "VISITED_URL" or not pa.types.is_string(values.type):
            continue
        if VISIT_WORDS.intersection(tokenize(result.sample.path)):
            continue
        links = values.slice(0, ACCOUNT_LINK_ROWS).to_pylist()
        for account in accounts:
            # (a float column's whole ids as the link writes them: `637990.0` is `/637990`)
            owners = profile_links.account_texts(account.sample.values.slice(0, ACCOUNT_LINK_ROWS))
            owners = (owners if owners is not None else as_text(account.sample.values.slice(0, ACCOUNT_LINK_ROWS))).to_pylist()
            pairs = [(link, owner) for link, owner in zip(links, owners) if link and owner]
            if pairs and all(len(owner) >= ACCOUNT_SEGMENT_MIN and f"/{owner.lower()}/" in link.split("?")[0].lower() + "/"
                             for link, owner in pairs):
                best.signals.append(Signal("table", f"every link holds the row's own account "
                                                    f"('{account.sample.path}') as a path segment: the address of "
                                                    "the account's things, not a page someone visited",
                                           WITHDRAWN_FACTOR - 1.0))
                best.confidence = round(best.confidence * WITHDRAWN_FACTOR, 4)
                result.detections.sort(key=lambda d: d.confidence, reverse=True)
                break


def _object_link(result: FieldResult, tails: pa.Array) -> bool:
    """A nested object's link that ends, row by row, in the object's own name (`reactions.url`
    -> `…/issues/2/reactions`, `comments.href` -> `…/comments`): the API's address of that
    part of the record, not a page someone visited."""
    parent = tuple(tokenize(result.sample.parent))
    if not parent:
        return False
    same = pc.equal(pc.utf8_lower(tails), parent[-1])
    if (pc.sum(pc.fill_null(same, False)).as_py() or 0) < SELF_LINK_SHARE * len(tails):
        return False
    best = result.best(0.0)
    best.signals.append(Signal("table", f"every link ends in its object's own name '{parent[-1]}': the address "
                                        "of that part of the record, not a page someone visited",
                               WITHDRAWN_FACTOR - 1.0))
    best.confidence = round(best.confidence * WITHDRAWN_FACTOR, 4)
    result.detections.sort(key=lambda d: d.confidence, reverse=True)
    return True


#: names of a record's own number within its collection (an issue's `number`, a page's `slug`):
#: a link ending in it is the record's address, as one ending in its key is
RECORD_NUMBERS = frozenset({("number",), ("num",), ("no",), ("slug",)})


def _own_key(link: FieldResult, other: FieldResult) -> bool:
    """Is `other` the table's own key (`id`, `pk`) or the record's own number (`slug`)?"""
    sample = other.sample
    own = NameTokens.of(sample.path).own
    return sample.parent == link.sample.parent and (own in RECORD_NUMBERS or (not sample.parent and own in KEY_NAMES))


def _names_the_row(link: FieldResult, other: FieldResult, threshold: float) -> bool:
    """Is `other` the table's key or the record's own number, a field of the link's own object,
    or an account id?"""
    sample = other.sample
    if sample.parent == link.sample.parent and sample.parent:
        return True
    if sample.parent == link.sample.parent and NameTokens.of(sample.path).own in RECORD_NUMBERS:
        return True
    if not sample.parent and NameTokens.of(sample.path).own in KEY_NAMES:
        return True
    best = other.best(threshold)
    return best is not None and best.entity == "ACCOUNT_ID"


#: a column whose distinct values are at least this share of an account column's values holds
#: the same people in another role; with fewer than `SHARED_FEW` distinct values, at least half
SHARED_ACCOUNT_SHARE = 0.4
SHARED_FEW = 3
#: or at least this many shared accounts, a quarter of its values: no column of other things
#: shares so many logins by chance (a message's `dest` is a user, or a community's `#name`)
SHARED_MANY, SHARED_MANY_SHARE = 5, 0.25
#: an account's login or key: one token (`Watchful1`, `t2_o77bz`, `#pics`), no sentence
_ONE_TOKEN = r"^[^\s]{1,64}$"


#: distinct values a column whose name says nothing needs to hold the same people in another role
SHARED_MIN_DISTINCT = 2


def _shared_accounts(results: Sequence[FieldResult], views: Sequence[FieldView],
                     recognizers: Sequence[FieldRecognizer], threshold: float) -> None:
    """An unclaimed column whose values are, for a good share, the accounts of an account
    column of the same table (`operator` beside `user`, a message's `dest` beside its `author`,
    `operator_id` beside `user_id`) holds the same people in another role: its name, whatever
    the word for the role, is no id of a thing, and the values say whose. Names ruled out for
    an account (`parent_id`, `subreddit_id`) stay unclaimed; so do short numbers
    (counts and codes repeat any small key)."""
    account = next((r for r in recognizers if r.entity == "ACCOUNT_ID"), None)
    if account is None:
        return
    references = [(r, ids) for r, v in zip(results, views)
                  if (b := r.best(threshold)) is not None and b.entity == "ACCOUNT_ID" and len(ids := _id_tokens(v))]
    if not references:
        return
    for result, view in zip(results, views):
        if result.best(threshold) is not None or result.sample.origin not in ("column", "json") \
                or not (pa.types.is_string(view.values.type) or pa.types.is_integer(view.values.type)):
            continue
        if account.vetoed(NameTokens.of(result.sample.path)) or logins.is_secret(result.sample):
            continue  # (`admin`/`admin`: a password may be its login)
        texts = view.informative.values
        if len(texts) < SHARED_MIN_DISTINCT and says_nothing(NameTokens.of(result.sample.path).own):
            continue  # one login on every row of a column named for nothing (a back office's `admin`
            # under what was `create_by`) says no role; a name may say it (auditd's `AUID`)
        for reference, ids in references:
            if reference is result:
                continue
            # counted over the arrays first: the values' shapes are read only where ids are shared
            shared = int(pc.sum(pc.is_in(texts, value_set=ids)).as_py() or 0)
            if not shared or not (shared >= (0.5 if len(texts) < SHARED_FEW else SHARED_ACCOUNT_SHARE) * len(texts)
                                  or (shared >= SHARED_MANY and shared >= SHARED_MANY_SHARE * len(texts))):
                continue
            if len(_id_tokens(view)) == 0:
                continue
            why = (f"{shared} of its {len(texts)} distinct values are accounts of '{reference.sample.path}' in "
                   "the same table: the same people in another role")
            _decide(result, "ACCOUNT_ID", [Signal("table", why, SHAPE_SCORE)], _examples(result.sample.values))
            break


def _id_tokens(view: FieldView) -> pa.Array:
    """The distinct informative values of a column of logins or keys (one token each, text
    with a letter, or integers of at least `ID_MIN_DIGITS` digits); empty for anything else."""
    raw = view.values
    texts = view.informative.values
    empty = pa.array([], pa.string())
    if len(texts) == 0:
        return empty
    if pa.types.is_integer(raw.type):
        return texts if _integer_id(pc.drop_null(raw)) else empty
    if not pa.types.is_string(raw.type) or not pc.all(rx.match(texts, _ONE_TOKEN)).as_py():
        return empty
    if not pc.any(rx.match(texts, r"\pL")).as_py():
        return texts if _integer_id(pc.drop_null(raw)) else empty
    return texts


#: a column is a person's name when, row by row, this share of its values and a name column's
#: beside it are one the other's words (the full name and its given name or surname), over at least
#: `NAME_PARTS_MIN_ROWS` rows
NAME_PARTS_SHARE = 0.8
NAME_PARTS_MIN_ROWS = 3
#: rows read for it (the first of the sample)
NAME_PARTS_ROWS = 500
#: a name-shaped value: one to NAME_WORDS words of at most NAME_WORD_LENGTH letters (an
#: apostrophe, a hyphen or a dot inside, not first: `O'Connér`, `Jean-Luc`, `J.`); a letter is a
#: letter or a numeral that is no decimal digit (`[^\W\d_]`: `Ⅷ`, `²`)
NAME_WORDS = 4
NAME_WORD_LENGTH = 30
_NAME_PUNCTUATION = ("'", "’", ".", "-")
#: Python's white space (`str.split`: Unicode's, and the ASCII separators \x1c-\x1f; none above
#: U+3000), trimmed before splitting (pyarrow's split leaves an empty word at either end)
_WHITE_SPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
#: a decimal digit of any script, looked for only in the rare words of letters and numerals
_DECIMAL_DIGIT = r"\p{Nd}"


def _name_parts(results: Sequence[FieldResult], threshold: float) -> None:
    """An unclaimed column whose values, row by row, are a name column's value with more words
    (the full name `cn` beside a `givenName`: `Babette Ryndérs` beside `Babette`), or the first
    or last words of it (a surname `sn` beside that `cn`), holds the same people's names, in
    whatever script, accents or spelling no name list knows. Runs until nothing more is found
    (a full name found from a given name then finds its surname)."""
    words: dict[int, _NameWords] = {}  # each column's first rows, read once whatever it is paired with

    def name_words(result: FieldResult) -> _NameWords:
        if id(result) not in words:
            words[id(result)] = _NameWords(result.sample.values)
        return words[id(result)]

    for _ in range(3):
        names = [r for r in results if (b := r.best(threshold)) is not None and b.entity == "PERSON"
                 and r.sample.origin in ("column", "json") and pa.types.is_string(r.sample.values.type)]
        if not names:
            return
        found = False
        for result in results:
            if result.best(threshold) is not None or result.sample.origin not in ("column", "json") \
                    or not pa.types.is_string(result.sample.values.type):
                continue
            for name in names:
                if name.sample.parent != result.sample.parent or len(name.sample.values) != len(result.sample.values):
                    continue
                share, rows = _parts_share(name_words(result), name_words(name))
                few = 0 < rows < NAME_PARTS_MIN_ROWS and share == 1.0 and _known_name_words(result.sample.values)
                if (rows >= NAME_PARTS_MIN_ROWS and share >= NAME_PARTS_SHARE) or few:
                    why = (f"{share:.0%} of {rows} rows hold the same person's name as '{name.sample.path}', "
                           "one the other's words (a full name and its parts)")
                    _decide(result, "PERSON", [Signal("table", why, SHAPE_SCORE)], _examples(result.sample.values))
                    found = True
                    break
        if not found:
            return


def _known_name_words(values: pa.Array) -> bool:
    """Whether every value is one word a given-name or surname list knows (`Bob`, `Norman`):
    on the one or two rows of an API example, a word of the full name beside it is a name part
    only if it is a name (`Mr` of `Mr Smith` is a title, `Paris` of `Paris Hilton` may be the city)."""
    distinct = pc.unique(pc.utf8_lower(pc.utf8_trim_whitespace(values.drop_null())))
    known = pc.or_(is_entry(distinct, "given_names_world"), is_entry(distinct, "surnames"))
    return len(distinct) > 0 and bool(as_mask(known).all()) and bool(as_mask(rx.match(distinct, r"^[^\W\d_]+$")).all())


class _NameWords:
    """A string column's first NAME_PARTS_ROWS values as `_parts_share` compares them, worked out
    once whatever the column is paired with: as they are (`raw`), split on white space and joined
    with one space (`text`: Python's `" ".join(value.split())`), the same read backwards
    (`backwards`: a value's last words are the first of that), where `text` is name-shaped
    (`shaped`, a NumPy mask), and for k = 1..NAME_WORDS-1 the first k words of `text` and of
    `backwards` (`leading`, `trailing`: the whole value where it has no more than k)."""

    __slots__ = ("raw", "text", "shaped", "_words", "_parts")

    def __init__(self, values: pa.Array) -> None:
        self.raw = values.slice(0, NAME_PARTS_ROWS)
        # the same white space as Python's str.split (tests check every code point)
        self._words = pc.utf8_split_whitespace(pc.utf8_trim(self.raw, _WHITE_SPACE))
        self.text = pc.binary_join(self._words, " ")
        count = pc.list_value_length(self._words).to_numpy(zero_copy_only=False)
        count = np.nan_to_num(count.astype(float), nan=0)  # a null value has no words
        self.shaped = (count > 0) & (count <= NAME_WORDS) & _all_name_words(self._words)
        self._parts: tuple[pa.Array, list[pa.Array], list[pa.Array]] | None = None

    # the words read backwards and the leading and trailing words are worked out only for a
    # column compared row by row with a name (`_parts_share`): most columns paired with one
    # hold no name-shaped value at all, and are done once `shaped` says so
    @property
    def backwards(self) -> pa.Array:
        return self._worked_out()[0]

    @property
    def leading(self) -> list[pa.Array]:
        return self._worked_out()[1]

    @property
    def trailing(self) -> list[pa.Array]:
        return self._worked_out()[2]

    def _worked_out(self) -> tuple[pa.Array, list[pa.Array], list[pa.Array]]:
        if self._parts is None:
            backwards = pc.utf8_reverse(self.text)
            split = pc.split_pattern(backwards, " ")
            self._parts = (backwards,
                           [pc.binary_join(pc.list_slice(self._words, 0, k), " ") for k in range(1, NAME_WORDS)],
                           [pc.binary_join(pc.list_slice(split, 0, k), " ") for k in range(1, NAME_WORDS)])
        return self._parts


def _all_name_words(words: pa.ListArray) -> np.ndarray:
    """Per list of words: whether every word is a name's (letters, punctuation inside only)."""
    flat = pc.list_flatten(words)
    if not len(flat):
        return np.ones(len(words), dtype=bool)
    letters = flat
    for mark in _NAME_PUNCTUATION:
        letters = pc.replace_substring(letters, mark, "")
    good = pc.utf8_is_alpha(letters).to_numpy(zero_copy_only=False)
    # letters and numerals (`Louis Ⅷ`): a numeral that is no decimal digit is a letter here
    numerals = ~good & pc.utf8_is_alnum(letters).to_numpy(zero_copy_only=False)
    if numerals.any():
        good |= numerals & ~rx.match(letters, _DECIMAL_DIGIT).to_numpy(zero_copy_only=False)
    good &= pc.utf8_length(flat).to_numpy(zero_copy_only=False) <= NAME_WORD_LENGTH
    good &= ~pc.is_in(pc.utf8_slice_codeunits(flat, 0, 1), pa.array(_NAME_PUNCTUATION)).to_numpy(zero_copy_only=False)
    parents = pc.list_parent_indices(words).to_numpy(zero_copy_only=False)
    return np.bincount(parents[~good], minlength=len(words)) == 0


def _email_logins(results: Sequence[FieldResult], threshold: float) -> None:
    """An unclaimed text column whose values are, row by row, the local part of the e-mail
    address beside them (`user0` beside `user0@test.com`, `quentintarantino` beside
    `quentintarantino@hotmail.fr`) is the same people's login: a directory's `uid`, a
    service's username, under whatever name."""
    emails = [r for r in results if (b := r.best(threshold)) is not None and b.entity == "EMAIL_ADDRESS"
              and r.sample.origin in ("column", "json") and pa.types.is_string(r.sample.values.type)]
    locals_: dict[int, pa.Array] = {}  # each address column's local parts, read once whatever it is paired with
    for result in results if emails else ():
        if result.best(threshold) is not None or result.sample.origin not in ("column", "json") \
                or not pa.types.is_string(result.sample.values.type):
            continue
        for email in emails:
            if email.sample.parent != result.sample.parent or len(email.sample.values) != len(result.sample.values):
                continue
            if id(email) not in locals_:
                locals_[id(email)] = _local_parts(email.sample.values)
            share, rows = _local_part_share(result.sample.values, locals_[id(email)])
            if rows >= NAME_PARTS_MIN_ROWS and share >= NAME_PARTS_SHARE:
                why = (f"{share:.0%} of {rows} rows hold the local part of the e-mail address in "
                       f"'{email.sample.path}': the same person's login")
                _decide(result, "ACCOUNT_ID", [Signal("table", why, SHAPE_SCORE)], _examples(result.sample.values))
                break


#: names of the column that holds a person's real name where another holds the login: Unix's
#: `gecos` (`/etc/passwd`), Last.fm's `realname`, Slack's `real_name`, a directory's `full_name`
REAL_NAME_NAMES = frozenset({("realname",), ("real", "name"), ("gecos",), ("full", "name"), ("fullname",)})


def _logins_beside_real_names(results: Sequence[FieldResult], threshold: float) -> None:
    """An unclaimed bare `name` of one-token values (`root`, `RJ`, `test_user`) beside a column
    of the same record named for the person's real name (`gecos`, `realname`, `real_name`,
    `full_name`) is the account's login: a record that keeps the real name apart names the
    account by its login (`/etc/passwd`, Last.fm's and Slack's users)."""
    for result in results:
        sample = result.sample
        if result.best(threshold) is not None or sample.origin not in ("column", "json") \
                or NameTokens.of(sample.path).own != ("name",) or not pa.types.is_string(sample.values.type):
            continue
        texts = pc.drop_null(sample.values)
        if len(texts) == 0 or not pc.all(rx.match(texts, _ONE_TOKEN)).as_py() \
                or not pc.any(rx.match(texts, r"\pL")).as_py():
            continue
        real = next((r for r in results if r is not result and r.sample.parent == sample.parent
                     and NameTokens.of(r.sample.path).own in REAL_NAME_NAMES
                     and len(pc.drop_null(r.sample.values))), None)
        if real is None:
            continue
        why = f"a bare name of single words beside '{real.sample.path}', the person's real name: the login"
        _decide(result, "ACCOUNT_ID", [Signal("table", why, SHAPE_SCORE)], _examples(sample.values))


#: a copy holds the other column's value in this share of the rows compared, and at least
#: this many different values (one value repeated is a default, no copy)
COPY_SHARE = 0.9
COPY_MIN_DISTINCT = 3
#: rows looked at first, before the whole sample is compared
COPY_HEAD = 8
#: without aligned rows (a document lacking a key drops its row from that column's sample):
#: this share of at least this many distinct values must be the decided column's
COPY_SET_SHARE = 0.8
COPY_SET_MIN_DISTINCT = 5


def _copies(results: Sequence[FieldResult], threshold: float,
            recognizers: Sequence[FieldRecognizer] = ()) -> None:
    """An unclaimed text column that holds, row by row, the very values of a column a
    recognizer decided (an Okta device's `displayName` and `resourceDisplayName.value`, both
    its `serialNumber`; a `login` that is the e-mail address) holds the same data: what it is
    called does not change it. Except a name ruled out for an account: a group's `gid` equals
    its user's `uid` wherever each user has a group of their own (`/etc/passwd`), and is a
    group's number all the same."""
    decided = [(r, b) for r in results if (b := r.best(threshold)) is not None and b.recognizer != "neighbours"
               and r.sample.origin in ("column", "json") and pa.types.is_string(r.sample.values.type)]
    account = [r for r in recognizers if r.entity == "ACCOUNT_ID"]
    heads: dict[int, list] = {}  # the first rows of each column, for a cheap first look

    def head(sample: FieldSample) -> list:
        if id(sample) not in heads:
            heads[id(sample)] = sample.values.slice(0, COPY_HEAD).to_pylist()
        return heads[id(sample)]

    uniques: dict[int, pa.Array] = {}  # each column's distinct values, blanks aside

    def unique(sample: FieldSample) -> pa.Array:
        if id(sample) not in uniques:
            found = pc.unique(pc.drop_null(sample.values))
            uniques[id(sample)] = pc.filter(found, pc.not_equal(found, ""))
        return uniques[id(sample)]

    for result in results if decided else ():
        if result.best(threshold) is not None or result.sample.origin not in ("column", "json") \
                or not (pa.types.is_string(result.sample.values.type) or pa.types.is_integer(result.sample.values.type)) \
                or NameTokens.of(result.sample.path).own in KEY_NAMES:
            continue  # (a table's own key is the row's identity, whatever other column it equals)
        if counts_rows(result.sample.values):
            continue  # 1, 2, 3…: a serial key equals any other column counted from one by chance
        number = pa.types.is_integer(result.sample.values.type)
        mine = pc.cast(result.sample.values, pa.string()) if number else None
        for source, best in decided:
            if best.entity == "ACCOUNT_ID" and any(r.vetoed(NameTokens.of(result.sample.path)) for r in account):
                continue
            if number:
                # an id an API writes as a number in one place and as text in another (Bilibili's
                # reply `mid` beside its `member.mid`): row by row only, as text
                if len(source.sample.values) != len(result.sample.values):
                    continue
                if sum(a == b for a, b in zip(mine.slice(0, COPY_HEAD).to_pylist(), head(source.sample)) if a and b) \
                        < COPY_SHARE * COPY_HEAD:
                    continue
                share, rows, distinct = _copy_share(mine, source.sample.values)
                if rows >= NAME_PARTS_MIN_ROWS and distinct >= COPY_MIN_DISTINCT and share >= COPY_SHARE:
                    why = (f"{share:.0%} of {rows} rows hold, as a number, the value of '{source.sample.path}' "
                           f"({best.entity.lower().replace('_', ' ')}): a copy of it")
                    _decide(result, best.entity, [Signal("table", why, SHAPE_SCORE)], _examples(mine))
                    break
                continue
            if len(source.sample.values) != len(result.sample.values):
                # rows not aligned (a document that lacks one of the keys): the values alone
                share, distinct = _shared_values(unique(result.sample), unique(source.sample))
                if distinct < COPY_SET_MIN_DISTINCT or share < COPY_SET_SHARE:
                    continue
                why = (f"{share:.0%} of its {distinct} distinct values are values of '{source.sample.path}' "
                       f"({best.entity.lower().replace('_', ' ')}): a copy of it")
                _decide(result, best.entity, [Signal("table", why, SHAPE_SCORE)], _examples(result.sample.values))
                break
            pairs = [(a, b) for a, b in zip(head(result.sample), head(source.sample)) if a and b]
            if not pairs or sum(a.strip() == b.strip() for a, b in pairs) < COPY_SHARE * len(pairs):
                continue  # the first rows already differ
            share, rows, distinct = _copy_share(result.sample.values, source.sample.values)
            if rows >= NAME_PARTS_MIN_ROWS and distinct >= COPY_MIN_DISTINCT and share >= COPY_SHARE:
                why = (f"{share:.0%} of {rows} rows hold the value of '{source.sample.path}' "
                       f"({best.entity.lower().replace('_', ' ')}): a copy of it")
                _decide(result, best.entity, [Signal("table", why, SHAPE_SCORE)], _examples(result.sample.values))
                break


def counts_rows(values: pa.Array) -> bool:
    """Whether a column's values are 1 to n, each once (whole numbers, or whole numbers written
    as text): a serial key numbering n rows, as a seed script numbers each table's rows, so
    that another table's references counted the same way hold the same values row by row."""
    values = pc.drop_null(values)
    if len(values) < COPY_MIN_DISTINCT:
        return False
    if pa.types.is_string(values.type):
        if not pc.all(rx.match(values, r"^[1-9]\d{0,8}$")).as_py():
            return False
        values = pc.cast(values, pa.int64())
    elif not pa.types.is_integer(values.type):
        return False
    low, high = (v.as_py() for v in pc.min_max(values).values())
    return low == 1 and high == len(values) and pc.count_distinct(values).as_py() == len(values)


def _changed_fields(results: Sequence[FieldResult], threshold: float) -> None:
    """A change set's sides hold values of the field they name (GitLab's hook
    `changes.title.current` beside the issue's `object_attributes.title`, a CDC record's
    `diff.email.old`): unclaimed, each takes the verdict of that field of the record, however
    few its values (one change, one event)."""
    decided: dict[tuple[str, ...], tuple[FieldResult, Detection]] = {}
    for result in results:
        best = result.best(threshold)
        if best is not None and not is_change_side(result.sample.path):
            decided.setdefault(NameTokens.of(result.sample.path).own, (result, best))
    for result in results if decided else ():
        if result.best(threshold) is not None or not is_change_side(result.sample.path):
            continue
        found = decided.get(NameTokens.of(result.sample.path).own)
        if found is None:
            continue
        source, best = found
        why = (f"a change set's side of '{result.sample.path.rsplit('.', 2)[-2]}': a value of "
               f"'{source.sample.path}' ({best.entity.lower().replace('_', ' ')})")
        _decide(result, best.entity, [Signal("table", why, best.confidence)], _examples(result.sample.values))


def _shared_values(mine: pa.Array, theirs: pa.Array) -> tuple[float, int]:
    """The share of a column's distinct values that the other column's distinct values hold
    too, and how many distinct values it has."""
    if len(mine) < COPY_SET_MIN_DISTINCT:
        return 0.0, len(mine)
    shared = pc.sum(pc.is_in(mine, value_set=theirs)).as_py() or 0
    return shared / len(mine), len(mine)


def _copy_share(values: pa.Array, other: pa.Array) -> tuple[float, int, int]:
    """The share of rows (both values present) that hold the same value, how many rows were
    compared, and how many different values they held (vectorised: a wide table has many pairs)."""
    mine, theirs = (pc.utf8_trim_whitespace(a.slice(0, NAME_PARTS_ROWS)) for a in (values, other))
    both = pc.and_(pc.not_equal(mine, ""), pc.not_equal(theirs, ""))
    compared = pc.sum(pc.fill_null(both, False)).as_py() or 0
    if not compared:
        return 0.0, 0, 0
    same = pc.fill_null(pc.and_(both, pc.equal(mine, theirs)), False)
    matched = pc.sum(same).as_py() or 0
    return matched / compared, compared, (pc.count_distinct(pc.filter(mine, same)).as_py() if matched else 0)


def _local_parts(emails: pa.Array) -> pa.Array:
    """The local part (lower-cased) of each of the first NAME_PARTS_ROWS addresses; null where a
    value is no address with one `@`."""
    return pc.utf8_lower(rx.extract(pc.utf8_trim_whitespace(emails.slice(0, NAME_PARTS_ROWS)),
                                    r"^(?P<local>[^@\s]+)@[^@\s]+$").field("local"))


def _local_part_share(values: pa.Array, local: pa.Array) -> tuple[float, int]:
    """The share of rows (both values present, the address with an `@`) whose value is the
    address's local part (`_local_parts`, case aside), and how many rows were compared
    (vectorised)."""
    mine = pc.utf8_lower(pc.utf8_trim_whitespace(values.slice(0, NAME_PARTS_ROWS)))
    both = pc.fill_null(pc.and_(pc.not_equal(mine, ""), pc.is_valid(local)), False)
    compared = pc.sum(both).as_py() or 0
    if not compared:
        return 0.0, 0
    matched = pc.sum(pc.fill_null(pc.and_(both, pc.equal(mine, local)), False)).as_py() or 0
    return matched / compared, compared


def _parts_share(values: _NameWords, names: _NameWords) -> tuple[float, int]:
    """The share of rows (both values name-shaped words, and different) where one value is the
    other's leading or trailing words, and how many such rows were compared."""
    differ = pc.fill_null(pc.not_equal(values.raw, names.raw), False).to_numpy(zero_copy_only=False)
    compared = differ & values.shaped & names.shaped  # a shaped value is not empty
    rows = int(compared.sum())
    if not rows:
        return 0.0, 0
    found = np.zeros(len(compared), dtype=bool)
    for k in range(NAME_WORDS - 1):
        for one, other in ((values, names), (names, values)):
            found |= pc.fill_null(pc.equal(one.text, other.leading[k]), False).to_numpy(zero_copy_only=False)
            found |= pc.fill_null(pc.equal(one.backwards, other.trailing[k]), False).to_numpy(zero_copy_only=False)
    # the first k words of a value of k words or fewer are all of it: equal texts are no part
    found &= pc.fill_null(pc.not_equal(values.text, names.text), False).to_numpy(zero_copy_only=False)
    return int((compared & found).sum()) / rows, rows


#: a device-model reading needs this much of its own before a user agent beside it decides it
#: (a model code, or a model-ish name: not any short token)
UA_DEVICE_MIN_SIGNAL = 0.3
#: ... and a name for a model, not a weak one (`product`: an e-shop's Face Serum beside the
#: visitor's user agent is no device), unless the values are what the user agents name: this
#: share of them written inside the agents (`SM-G900F` in `Android 5.0; SM-G900F Build/…`)
UA_DEVICE_MIN_NAME = 0.5
UA_DEVICE_NAMED_SHARE = 0.3
#: words of a column name for a device's maker: a maker's name under another name (an ad
#: network's `mkt_network`: Google) is that other thing
MAKER_WORDS = frozenset({"vendor", "make", "maker", "brand", "manufacturer", "oem"})


def _named_by_agents(values: pa.Array, agent_text: str) -> bool:
    """Whether enough of a column's distinct values are written inside the user agents beside it."""
    distinct = [str(v).casefold() for v in pc.unique(values).to_pylist() if v is not None and str(v).strip()]
    return bool(distinct) and sum(v in agent_text for v in distinct) >= UA_DEVICE_NAMED_SHARE * len(distinct)


def _user_agent_devices(results: Sequence[FieldResult], threshold: float) -> None:
    """Beside a user agent, a maker (`vendor`: Samsung, ASUS) or a model (`model`: SM-G900F) is
    the device the agent names: a user-agent parser's output, a device test case, an ad
    request's `device` object. The column must be named for a model (`model`) or for a maker
    with makers' names in it (`vendor`); the user agent adds what the name alone could not."""
    agent_results = [r for r in results if (b := r.best(threshold)) is not None and b.entity == "USER_AGENT"]
    if not agent_results:
        return
    agents = [r.sample.path for r in agent_results]
    agent_text = "\n".join(str(v) for r in agent_results for v in pc.unique(r.sample.values).to_pylist()
                           if v is not None).casefold()
    for result in results:
        if result.best(threshold) is not None or result.sample.origin not in ("column", "json"):
            continue  # a log's `device_vendor` (CEF's) is the appliance that logged, not the user's device
        model = next((d for d in result.detections if d.entity == "DEVICE_MODEL"), None)
        if model is None:
            continue
        names = [s.score for s in model.signals if s.kind == "name"]
        valued = any(s.kind == "value" and s.score >= UA_DEVICE_MIN_SIGNAL for s in model.signals)
        named = any(score >= UA_DEVICE_MIN_NAME for score in names) or (
            any(score >= UA_DEVICE_MIN_SIGNAL for score in names)
            and (valued or _named_by_agents(result.sample.values, agent_text)))
        maker = bool(MAKER_WORDS.intersection(NameTokens.of(result.sample.path).own)) and valued
        if not (named or maker):
            continue
        confidence = round(1.0 - (1.0 - model.confidence) * (1.0 - SUPPORT_SCORE), 4)
        if confidence < threshold:
            continue
        model.signals.append(Signal("table", f"beside the user agent '{agents[0]}': the device it names",
                                    SUPPORT_SCORE))
        model.confidence = confidence
        result.detections.sort(key=lambda d: d.confidence, reverse=True)
