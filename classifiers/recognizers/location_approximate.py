"""Approximate location: country, region/state and city, as set by the SIM, an IP lookup or a profile.

- COUNTRY: ISO 3166-1 alpha-2 and alpha-3 codes (`US`, `cn`, `DEU`: OpenRTB uses alpha-3) and
  country names (ISO 3166 via pycountry, plus everyday spellings). Codes are also language,
  state and currency-like codes, so they need a country-like name; names are telling alone.
- CITY: city names from the tz database's zone names and the largest cities of the main
  markets; any capitalised name counts under a city name (`Rosedale` is in no list).
- REGION: state, province or region names and codes, with a name; subdivisions of large
  markets (US states, Canadian provinces, Chinese provinces...) back a bare `state`; cloud
  regions (`us-east-1`) have another shape and stay out.
A `geo`, `location` or `address` parent object is context for all three.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx, vocab
from classifiers.evidence import Signal
from classifiers.fieldview import Distinct, FieldView
from classifiers.names import NameTokens, comment_tokens, dataset_base_name, tokenize
from classifiers.recognizer import FieldRecognizer, ValuePattern, VocabularyMatch
from classifiers.siblings import own_has, parent_has, siblings
from datamap.model import DatasetSample, FieldSample

_GEO_PARENTS = ("geo", "location", "loc", "address", "addr", "place", "geoip", "ip", "sim", "locale", "region")
_PLACE_NAME = r"[A-Z][A-Za-z'’.-]*(?:[ -][A-Za-z][A-Za-z'’.-]*){0,4}|[一-鿿]{2,8}"


#: things whose place a column may name beside a person (a job's city in a table of applicants,
#: a store's state, a venue's location, a plant's country): the thing's place, not the person's
THING_PLACES = ("job", "store", "shop", "warehouse", "airport", "venue", "plant", "factory", "facility", "depot",
                "branch", "hotel", "restaurant", "datacenter")


#: what a location object holds beside the place: measures of the fix, not places
#: (a reverse geocoder's `distance`, in metres from the nearest landmark, sits in its address object)
_FIX_MEASURES = ("accuracy", "acc", "precision", "radius", "distance", "error", "speed", "altitude", "alt", "bearing",
                 "heading", "course", "direction", "satellites", "provider", "source", "type", "mode", "time",
                 "timestamp", "ts", "age", "confidence", "count")


#: what a location object holds beside the place that is no place either: the site's keys and
#: ids (a home-alarm subscription's `location.sid`, `location.account`), its states and readings
_SITE_ATTRIBUTES = ("id", "sid", "uid", "key", "account", "serial", "status", "alarm", "temperature", "temp",
                    "delay", "remaining", "version", "offset")
#: wrapper objects that say nothing of their own (`address.components.city`, a list's `0`): the
#: object that names the field's kind is the one around them
_WRAPPERS = frozenset({"data", "attributes", "properties", "value", "values", "fields", "components", "details",
                       "info"})


def _nearest_object(sample: FieldSample) -> str:
    """The path segment of the object that holds the field, wrappers and list positions skipped:
    `location.system.serial` is the system's serial, wherever the system sits."""
    for segment in reversed(sample.parent.split(".")):
        if segment and not segment.isdigit() and segment.lower() not in _WRAPPERS:
            return segment
    return ""


def _geo_context(sample: FieldSample) -> Signal | None:
    parent = parent_has(sample, _GEO_PARENTS)
    if parent and own_has(sample, _FIX_MEASURES):
        return None  # `location.accuracy` (metres), `location.speed`: numbers about the fix
    if parent and own_has(sample, _SITE_ATTRIBUTES):
        return None  # `location.sid`, `location.lStatus`: the site's key and state, no place
    if parent and parent not in tokenize(_nearest_object(sample)):
        return None  # `location.system.temperature`: an object inside the location has its own kind
    if parent:
        return Signal("context", f"inside a '{parent}' object", 0.3)
    return None


#: one Chinese administrative division, by its level (traditional forms too: 縣, 區)
#: down to the township level under a county (街道, 镇, 乡, Inner Mongolia's 苏木), which a reverse
#: geocoder returns as its own field
#: what a zone inside a venue is for, before its 区 (a pick-up, parking, waiting or smoking area)
VENUE_ZONES = ("取餐", "取件", "取货", "停车", "候车", "候机", "候诊", "等候", "吸烟", "禁烟", "休息", "办公", "用餐", "就餐",
               "配送", "送餐", "收费", "安检", "购物", "游乐", "装卸", "作业", "施工", "接驾", "上车", "下车",
               # a hospital's ward (`心内科一病区`): beds of a department, no division
               "病")
#: the short names of China's provincial-level divisions (GB/T 2260's 34), each a place and no
#: other word (北京, 上海, 天津, 重庆 are cities too: a place either way)
PROVINCE_SHORT_NAMES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
                        "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
                        "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门")
_DIVISION = r"[一-鿿]{1,10}(?:省|自治区|特别行政区|市|自治州|地区|盟|区|县|旗|縣|區|自治區|特別行政區|街道|镇|乡|苏木|鎮|鄉)"

#: the network operators a Chinese GeoIP answer names after the place (the carriers, the
#: broadband and cloud providers)
_NETWORK_OPERATORS = "电信|联通|移动|铁通|广电|网通|教育网|鹏博士|长城宽带|方正宽带|阿里云|腾讯云|华为云|电信IDC|联通IDC"

#: a Chinese venue as a map or a shop list names it: a branch in brackets (`海底捞火锅（珞喻路店）`) or a
#: kind of place at the end
VENUE_NAME = (r"[一-鿿A-Za-z0-9·]{2,24}(?:[(（][一-鿿A-Za-z0-9·]{1,20}[)）]|店|站|口|广场|中心|大厦|医院|学校|中学|小学|大学"
              r"|学院|公园|商场|超市|酒店|宾馆|机场|码头|小区|花园|园|城|市场|银行|影城|体育馆|图书馆|博物馆|景区"
              # a clinic's and a pharmacy's (`杭州康宁门诊部`, `社区卫生服务站` is a 站 above)
              r"|诊所|门诊部|卫生院|药房)")


class CountryRecognizer(FieldRecognizer):
    entity = "COUNTRY"
    names = ("country", "country code", "countrycode", "country iso", "country name", "sim country", "sim country iso",
             "network country", "network country iso", "geo country", "ip country", "user country", "home country",
             "country of residence", "residence country", "nation", "cntry", "ctry")
    weak_names = ("cc", "market")
    negative_names = ("currency", "language", "lang", "phone", "dial", "calling", "prefix", "count", "origin",
                      "manufacture", "manufactured", "made", "ship from", "issuer", "bin", "tax", "flag",
                      "id") + THING_PLACES
    # the values of a thing's place are no one's (a job's city: a city all the same)
    value_veto_names = THING_PLACES
    vocabularies = (
        VocabularyMatch("country name", "countries", 0.7),
        VocabularyMatch("ISO 3166 alpha-2 or alpha-3 code", "country_codes+country_codes3", 0.4),
    )
    context = ("country", "nation")

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        return _geo_context(sample)


class CityRecognizer(FieldRecognizer):
    entity = "CITY"
    names = ("city", "city name", "cityname", "town", "geo city", "ip city", "user city", "home city", "locality",
             "municipality", "metro", "metro area", "neighborhood", "neighbourhood", "suburb", "borough", "hometown", "current city",
             # the part of a city a delivery or ride-hailing app places someone in (商圈: `国贸CBD`, `望京`)
             "business district", "commercial district", "shopping district", "trade area", "business area")
    negative_names = ("count", "id", "code", "birth", "pop", "population") + THING_PLACES
    # the values of a thing's place are no one's (a job's city: a city all the same)
    value_veto_names = THING_PLACES
    # (the mainland's cities as its users write them, `杭州`, `杭州市`, `浙江省杭州市`, all one column)
    vocabularies = (VocabularyMatch("city name", "cities+mainland_cities", 0.6),)
    patterns = (ValuePattern("place name", _PLACE_NAME, 0.2),)
    context = ("city", "town")

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        return _geo_context(sample)

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        return dosing_route(sample, dataset)


#: the words of a medicine's record (its dose, the drug): beside them a `route` is how it is given
DOSING_WORDS = ("dosage", "dose", "doses", "medication", "medicine", "medicines", "drug", "drugs", "prescription",
                "rx")


def dosing_route(sample: FieldSample, dataset: DatasetSample) -> bool:
    """A `route` beside a medicine's dose or name is its route of administration (`Oral`,
    `Topical`, `IV`): no place, though Oral is a city in Kazakhstan."""
    if not own_has(sample, ("route", "routes")):
        return False
    return any(own_has(other, DOSING_WORDS) for other in siblings(sample, dataset)) \
        or bool(set(tokenize(dataset_base_name(dataset.name))) & set(DOSING_WORDS))


class RegionRecognizer(FieldRecognizer):
    entity = "REGION"
    names = ("region", "region name", "geo region", "geo region name", "state code", "state name", "us state",
             "province", "province name", "subdivision", "admin area", "administrative area", "admin1",
             "county", "prefecture", "oblast", "ip region", "dma", "dma code", "metro code",
             # the level under a county: China's 街道/镇/乡 (a reverse geocoder's `township`)
             "subdistrict", "township", "sub district")
    negative_names = ("count", "id", "cloud", "aws", "gcp", "azure", "datacenter", "dc", "server", "cluster",
                      "zone", "warehouse", "battery", "order", "machine", "app", "session", "job", "task", "job",
                      "payment", "connection", "network", "sales", "service", "deploy", "deployment",
                      "bucket",
                      # a machine's or a process's lifecycle state (EC2's `InstanceState.Name`: `running`)
                      "instance", "vm", "container", "pod", "process", "volume") + THING_PLACES
    # the values of a thing's place are no one's (a job's city: a city all the same)
    value_veto_names = THING_PLACES
    # `state` is as often a UI, order or battery state: it needs the values to say "place"
    weak_names = ("area", "territory", "state")
    vocabularies = (VocabularyMatch("subdivision", "subdivisions", 0.45),)
    patterns = (
        ValuePattern("subdivision code", r"(?:[A-Z]{2}-)?[A-Z]{1,3}\d?", 0.2),
        ValuePattern("region name", _PLACE_NAME, 0.2),
        # Nielsen DMA and metro names carry their state (`New York, NY`)
        ValuePattern("region with its state", rf"(?:{_PLACE_NAME}), ?[A-Z]{{2}}(?:-[A-Z]{{2}})*", 0.3),
        # Chinese places carry their administrative level: 广东省, 深圳市, 南山区, 宝安县, 内蒙古自治区;
        # a GeoIP lookup writes the levels in a row (`浙江省 杭州市`, `广东省深圳市`)
        ValuePattern("chinese division", rf"{_DIVISION}(?: ?{_DIVISION}){{0,2}}", 0.6),
        # and with the network operator the address belongs to after it (pconline's and
        # ip2region's answers as RuoYi, FastBee and Jeecg store them: `广东省深圳市 电信`)
        ValuePattern("chinese division and its network operator",
                     rf"{_DIVISION}(?: ?{_DIVISION}){{0,2}} ?(?:{_NETWORK_OPERATORS})", 0.6),
        # the provinces' short names without their level (`浙江`, `湖北`, `内蒙古`), as analytics
        # SDKs and GeoIP answers write a region (DataFinder's, Umeng's `region`): no other word
        ValuePattern("chinese province, short name", rf"(?:{'|'.join(PROVINCE_SHORT_NAMES)})", 0.6),
        # a province's short name and a city's after a middle dot, as ip2region-based sites show
        # where an IP address is (`浙江·杭州`, `中国·广东·深圳`): the dot joins the levels
        ValuePattern("chinese province · city", rf"(?:中国·)?(?:{'|'.join(PROVINCE_SHORT_NAMES)})(?:·[一-鿿]{{2,8}}){{1,2}}", 0.6),
        # the place a Chinese platform shows beside a post from its writer's IP address since 2022
        # (Weibo, Douyin, Bilibili, Xiaohongshu, Zhihu: `IP属地：广东`, `IP屬地：臺灣`): the label
        # says what the value is, a province or a country
        ValuePattern("place after its Chinese label", r"(?:IP ?)?(?:属地|屬地|归属地|歸屬地|所在地)\s?[：:]\s?[一-鿿]{2,8}", 0.6),
    )
    context = ("region", "state", "province")
    #: a zone of a venue named for what is done there (`春熙路取餐区`, `T2航站楼候机区`, `吸烟区`)
    #: ends in 区 as a district does, and is no division of any country
    rejects_whole = rf".*(?:{'|'.join(VENUE_ZONES)})区"

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        return _geo_context(sample)

#: a short list of subdivision codes is mostly one country's: at least this share of its codes
#: (a customer base spread over the world writes dozens of countries' states, `NSW`, `ON`, `BY`)
ONE_COUNTRY_SHARE = 0.6
WORLD_CODES = 15
_SHORT_CODE = re.compile(r"^[A-Z]{1,3}$")


def foreign_codes(values: Distinct) -> str | None:
    """Why a column of a few short codes is no subdivisions (two-letter codes of anything else,
    HL7's value types `CE`, `NM`, `ST`, `TX`, each name a state of some country), or None."""
    share = one_country_share(values)
    if share is None or share >= ONE_COUNTRY_SHARE:
        return None
    codes = sum(1 for value in values.values.to_pylist() if value and _SHORT_CODE.match(value))
    if codes >= WORLD_CODES:
        return None
    return (f"its {codes} short codes are no one country's subdivisions (at most {share:.0%} one "
            "country's): codes of something else")


def one_country_share(values: Distinct) -> float | None:
    """The largest share of a column's short codes (weighted by count) that one country's
    subdivisions account for, or None when short codes are not most of its values."""
    codes = vocab.subdivision_code_countries()
    coded = total = 0
    by_country: dict[str, int] = {}
    for value, count in zip(values.values.to_pylist(), values.counts.tolist()):
        total += count
        if not value or not _SHORT_CODE.match(value):
            continue
        coded += count
        for country in codes.get(value, ()):
            by_country[country] = by_country.get(country, 0) + count
    if not total or coded < 0.5 * total:
        return None
    return max(by_country.values(), default=0) / coded


class DivisionCodeRecognizer(FieldRecognizer):
    """China's administrative division codes (GB/T 2260, AMap's `adcode`): six digits, the first
    two a province, that name the city or district a person is in (LOCATION). Six digits are
    also anything else, so the name decides."""

    entity = "LOCATION"
    names = ("adcode", "ad code", "city code", "citycode", "district code", "division code", "county code",
             "region code", "admin code", "administrative code", "area id", "province code", "provincecode",
             "prov code",
             # the statistical division code one level down (a reverse geocoder's `towncode`: the
             # county's six digits, then the township's three, and three zeros in its 12-digit form)
             "towncode", "town code", "township code", "street code", "subdistrict code")
    negative_names = ("count", "phone", "tel", "dial", "postal", "zip", "iata", "airport")
    patterns = (
        ValuePattern("division code", r"(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])\d{4}", 0.55),
        # AMap's and Baidu's `citycode` is the city's telephone area code (`010`, `0571`): it
        # backs a city-code name, never decides alone (0.3)
        ValuePattern("telephone area code", r"0[1-9]\d{1,2}", 0.3),
        ValuePattern("township code", r"(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])\d{7}(?:\d{3})?", 0.55),
    )
    closed_format = True
    # the values decide alone only when almost all are codes the standard lists: fewer than 1
    # in 100 six-digit numbers is one, so a column of them is no accident
    min_ratio = 0.9
    remembers_verdicts = False

    def validate(self, candidates: pa.Array) -> pa.Array:
        """Codes GB/T 2260 lists (python-stdnum's table, today's and retired ones), township codes
        under them, and area codes."""
        township = pc.and_(pc.greater(pc.utf8_length(candidates), 6),
                           pc.is_in(pc.utf8_slice_codeunits(candidates, 0, 6), value_set=_division_codes()))
        return pc.or_(pc.or_(pc.is_in(candidates, value_set=_division_codes()),
                             rx.match(candidates, r"^0[1-9]\d{1,2}$")), township)

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        signal = super().value_signal(sample)
        # a handful of repeated codes could be anything's; a spread of them is a place column
        if (signal is None or (len(FieldView.of(sample).distinct.values) < _MIN_DISTINCT_CODES
                               and not self._named_by_source(sample))):
            return None
        return signal

    def _named_by_source(self, sample: FieldSample) -> bool:
        """The field's name or its comment names a division code (litemall's `area_code`
        commented 地区编码: a handful of districts' codes is a place column when the schema says so),
        or names the division itself (likeshop's `ls_order.province` 省份, `district` 县区 holding its
        region table's ids, which are the GB/T 2260 codes: `420000`, `420111`)."""
        comment = comment_tokens(sample.comment, sample.origin)
        names = [NameTokens.of(sample.path)] + ([comment] if comment is not None else [])
        return any(self.named(name) is not None or not _DIVISION_WORDS.isdisjoint(name.own) for name in names)


#: distinct codes a column needs for its values to decide without a code name
_MIN_DISTINCT_CODES = 8
#: words that name a division, or a place or an address that a division's code stands for
#: (online-taxi-public's `address` 订单所在地, `420100`): a handful of its codes under them is that
#: division, coded
_DIVISION_WORDS = frozenset({"province", "city", "district", "county", "prefecture", "township", "address", "location",
                             "place", "region"})
#: the share of a column's values that must be listed division codes for it to hold nothing else
DIVISION_CODES_SHARE = 0.9


def division_codes_only(values: pa.Array) -> bool:
    """True when nearly all of the (non-empty) values are six-digit codes GB/T 2260 lists: a
    column of places, coded (`420100`), whatever its name calls them."""
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type) or pa.types.is_integer(values.type)):
        return False
    text = pc.drop_null(pc.cast(values, pa.string()))
    if len(text) == 0:
        return False
    listed = pc.sum(pc.is_in(text, value_set=_division_codes())).as_py() or 0
    return listed >= DIVISION_CODES_SHARE * len(text)


@lru_cache(maxsize=1)
def _division_codes() -> pa.Array:
    """Every six-digit code of python-stdnum's GB/T 2260 table (`cn/loc`)."""
    from stdnum import numdb

    codes: list[str] = []
    for _, low, high, _, counties in numdb.get("cn/loc").prefixes:
        for province in range(int(low), int(high) + 1):
            for _, c_low, c_high, _, _ in counties:
                codes.extend(f"{province:02d}{county:04d}" for county in range(int(c_low), int(c_high) + 1))
    return pa.array(sorted(set(codes)), pa.string())


class NativePlaceRecognizer(FieldRecognizer):
    """A mainland place written as Chinese records write one's native place (籍贯) or origin: a
    province's short name and a city's or county's (`浙江杭州`, `黑龙江哈尔滨`, `广东梅州`), every
    name from GB/T 2260 (python-stdnum's table), so that `浙江大学` is no place (LOCATION)."""

    entity = "LOCATION"
    names = ("native place", "place of origin", "origin place", "ancestral home", "birth province")
    negative_names = ("count", "id", "code")
    patterns = (ValuePattern("province and place, short names", r"[一-鿿]{4,10}", 0.55),)
    context = ("native", "origin", "birth")
    closed_format = True
    remembers_verdicts = False

    def validate(self, candidates: pa.Array) -> pa.Array:
        provinces, places = _mainland_places()
        return pa.array([_province_and_place(v or "", provinces, places) for v in candidates.to_pylist()], pa.bool_())


def _province_and_place(value: str, provinces: frozenset[str], places: frozenset[str]) -> bool:
    return any(value.startswith(p) and value[len(p):] in places for p in (value[:2], value[:3]) if p in provinces)


def is_mainland_place(value: str) -> bool:
    """A mainland place named alone: by its divisions (`广东省深圳市`), a province's short name
    (`四川`), or a province's and a city's or county's (`四川成都`)."""
    provinces, places = _mainland_places()
    return (value in provinces or value in places or _province_and_place(value, provinces, places)
            or re.fullmatch(rf"(?:{_DIVISION}\s*){{1,4}}", value) is not None)


#: the endings of a division's full name, dropped for its short one (`杭州市` `杭州`, `桐庐县` `桐庐`)
_DIVISION_ENDS = ("自治州", "自治县", "自治旗", "地区", "市", "县", "区", "盟", "旗")


def _short_name(full: str) -> str:
    """`杭州市` -> `杭州`; an autonomous division by its first two characters (`延边朝鲜族自治州` -> `延边`)."""
    short = next((full[:-len(end)] for end in _DIVISION_ENDS if full.endswith(end)), full)
    return short[:2] if "族" in short else short


@lru_cache(maxsize=1)
def _mainland_places() -> tuple[frozenset[str], frozenset[str]]:
    """Provinces' short names (`浙江`, `内蒙古`, `广西`), and every city's and county's name, full
    and short (`杭州市`, `杭州`, `桐庐`), from python-stdnum's GB/T 2260 table (`cn/loc`)."""
    from stdnum import numdb

    provinces: set[str] = set()
    places: set[str] = set()
    for _, _, _, province, counties in numdb.get("cn/loc").prefixes:
        name = province.get("province", "")
        provinces.add(name[:3] if name.startswith(("黑龙江", "内蒙古")) else name[:2])
        for _, _, _, county, _ in counties:
            full = re.sub(r"^\[[^\]]*\]", "", county.get("county", ""))
            short = _short_name(full)
            if full and full not in ("市辖区", "县", "市区", "郊区", "矿区") and len(short) >= 2:
                places.update((full, short))
    provinces.discard("")
    return frozenset(provinces), frozenset(places)


class PostalCodeRecognizer(FieldRecognizer):
    """Postal codes locate a person to a neighbourhood: approximate location (LOCATION).

    Formats from the postal operators: US ZIP and ZIP+4, UK/Canadian alphanumeric codes, and
    the 4-6 digit codes of most countries. Digits alone are not telling, so the name decides.
    """

    entity = "LOCATION"
    names = ("zip", "zipcode", "zip code", "postal code", "postalcode", "postcode", "post code", "geo zipcode",
             "plz", "cap", "pin code", "pincode")
    # a time is no postal code: an intercom's `cap_tm` (capture time) is no Italian CAP
    negative_names = ("count", "id", "file", "zipped", "compression", "archive", "tm", "time", "ts") + THING_PLACES
    # the values of a thing's place are no one's (a job's city: a city all the same)
    value_veto_names = THING_PLACES
    patterns = (
        ValuePattern("postal code", r"\d{3,6}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d"
                                    r"|[A-Z0-9]{2,4}", 0.3),
    )
    context = ("zip", "postal", "postcode")
    value_alone = False
    #: no postal code has more than ten characters (`12345-6789`): a run of eleven or more
    #: hexadecimal digits is a bit mask or a digest (`/proc/PID/status`'s `CapEff` of
    #: `0000003fffffffff`: a capability set, which `cap` also abbreviates), however few values
    other_forms = (("hexadecimal masks or digests, longer than any postal code", r"^(?:0x)?[0-9A-Fa-f]{11,}$"),
                   # the same mask printed without its leading zeros (journald's `_CAP_EFFECTIVE`
                   # of `3fffffffff`): a run of six or more set nibbles (`f`), which no postal
                   # code holds
                   ("bit masks (a run of f's)", r"^(?:0x)?[0-9a-fA-F]{0,4}[fF]{6,}[0-9a-fA-F]*$"))

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        return _geo_context(sample)

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """Italy's CAP is five digits, always, and a PLZ four or five: a `cap` of other numbers (a
        kernel's `cap=45`, a battery's `cap_fad=4000` written as text) is a capacity or a capability."""
        own = NameTokens.of(sample.path).own
        if not own or own[0] not in POSTAL_DIGITS:
            return False
        values = pc.drop_null(sample.values)
        if len(values) == 0:
            return False
        if pa.types.is_integer(values.type):
            # stored as a number, a code loses its leading zeros (Rome's 00184 is 184), but most
            # codes are 10000 and up: numbers mostly under a thousand are no CAPs
            return pc.max(values).as_py() > 99999 or pc.approximate_median(values).as_py() < 1000
        return not pa.types.is_string(values.type) or not pc.all(rx.match(values, POSTAL_DIGITS[own[0]])).as_py()


#: the postal codes named by an abbreviation that says how many digits they have: Italy's CAP
#: five, the PLZ five in Germany and four in Austria and Switzerland
POSTAL_DIGITS = {"cap": r"^\d{5}$", "plz": r"^\d{4,5}$"}


class PlaceTextRecognizer(FieldRecognizer):
    """A free-form place under a location name: `San Francisco, CA`, `Berlin, Germany` (LOCATION)."""

    entity = "LOCATION"
    names = ("location", "user location", "place", "place name", "locality name", "geo location text", "hometown",
             # a map SDK's point or area of interest: the venue the user was at (`瑞幸咖啡(体育中心店)`)
             "poi", "poi name", "poi title", "aoi", "aoi name", "point of interest",
             # the cell a phone is camped on (MCC, MNC, LAC, CI): where it is, to a few hundred metres
             "cell id", "cell tower", "cell tower id", "base station", "base station id",
             # an operator's name for a cell site (基站名称: the place, the road, the sector)
             "cell site", "cell site name",
             "current location", "location name", "birthplace", "birth place", "place of birth", "birth city",
             "city of birth", "country of birth", "birth country", "pob")
    weak_names = ("geo", "loc", "where")
    negative_names = ("count", "id", "permission", "enabled", "accuracy", "type", "source", "provider", "services",
                      "lat", "lng", "lon", "latitude", "longitude", "url", "path", "file", "storage", "code",
                      "server", "bucket", "log", "stack",
                      # a foreign key to a row of places (GNUmed's `fk_location`): a number, no place
                      "fk",
                      # a component's place inside a machine (dmidecode's `Location In Chassis`:
                      # `Not Specified`, a slot, a bay), no one's whereabouts
                      "chassis", "rack", "slot", "bay", "enclosure", "motherboard",
                      # when the place was fixed and how far its clock is from UTC (a tracker's
                      # `location_timestamp`, an alarm's `locationOffset` in minutes): no place
                      "timestamp", "time", "ts", "date", "offset", "status") + THING_PLACES
    # the values of a thing's place are no one's (a job's city: a city all the same)
    value_veto_names = THING_PLACES
    vocabularies = (VocabularyMatch("city or country", "cities+countries", 0.45, leading_words=True),)
    patterns = (
        ValuePattern("place, region", rf"(?:{_PLACE_NAME})(?:, ?(?:{_PLACE_NAME}|[A-Z]{{2,3}})){{1,2}}", 0.45),
        # the parts set apart by two spaces, as Synthea writes a birthplace (`Boston  Massachusetts  US`)
        ValuePattern("place  region", rf"(?:{_PLACE_NAME})(?:  (?:{_PLACE_NAME}|[A-Z]{{2,3}})){{1,2}}", 0.45),
        # a Chinese venue as a map returns it: a branch in brackets or a kind of place at the end
        # (`瑞幸咖啡(体育中心店)`, `杭州东站`, `人民医院`); backs a place name, never decides alone
        ValuePattern("Chinese venue", rf"{VENUE_NAME}", 0.35),
        # a cell's global id, MCC, MNC, LAC (or TAC) and cell id (`460:00:22547:12345671`): backs a
        # cell or base-station name, never decides alone
        # a Chinese place named down to a road or a site, often with an operator's sector suffix
        # (`杭州西湖文三路_F_3`, `深圳南山火车站-2`): backs a cell-site or place name, never decides alone
        ValuePattern("Chinese site", r"[一-鿿]{1,16}(?:路|街|大道|道|巷|村|镇|乡|桥|站|园|广场|中心)[一-鿿]{0,6}"
                                     r"(?:[_-][A-Za-z0-9]{1,6}){0,3}", 0.35),
        ValuePattern("cell global id", r"[2-7]\d{2}[:_/ -]\d{2,3}[:_/ -]\d{1,5}[:_/ -]\d{1,10}", 0.3),
    )
    context = ("location", "place", "city")

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        return dosing_route(sample, dataset)
