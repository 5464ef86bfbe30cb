"""Device models: vendor model codes and marketing names.

Built from the vendors' own naming schemes: Apple machine identifiers (`iPhone15,3`,
`iPad13,1`) and marketing names, Samsung `SM-S918B`/`GT-I9300`, Google `Pixel 8 Pro`,
Xiaomi `Redmi Note 12`/`2201117TG`, OPPO `CPH2411`, realme `RMX3371`, vivo `V2227A`,
Huawei/Honor `ELS-NX9`, OnePlus `KB2003`, Motorola `moto g(8)`/`XT2041-3`, LG `LM-G900N`,
Sony `XQ-BC52`. One alternation, so a column mixing brands is still one pattern's match.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer, ValuePattern, VocabularyMatch
from classifiers.recognizers.audio_devices import AUDIO_PRODUCT_FORM
from datamap.flatten import first_bytes
from datamap.model import DatasetSample, FieldSample

#: app stores and download channels that are no device maker (an app's `channel`: `yingyongbao`
#: is Tencent's store, `AppStore` Apple's) beside the makers' own stores (`huawei`, `xiaomi`)
_STORE_CHANNELS = pa.array(["yingyongbao", "应用宝", "myapp", "tencent", "wandoujia", "豌豆荚", "baidu", "百度", "360",
                            "qihoo360", "360shouji", "appstore", "app store", "app_store", "googleplay", "google_play",
                            "google play", "official", "guanwang", "官网", "coolapk", "酷安", "anzhi", "sogou", "pp",
                            "ali", "alibaba", "yyb", "offical"])

_APPLE = (r"(?:iPhone|iPad|iPod|Watch|AppleTV|AudioAccessory|iMac|MacBookPro|MacBookAir|Macmini|MacPro|Mac)\d{1,2},\d{1,2}"
          r"|(?:Apple )?iPhone ?(?:\d{1,2}[sc]?|X[RS]?|SE)?(?: ?(?:Pro|Plus|Max|Mini|mini|e))*(?: \(\w+ generation\))?"
          r"|(?:Apple )?iPad(?: ?(?:Pro|Air|mini|\d+(?:\.\d)?|\(\w+ generation\)))*|iPod touch"
          # Macs and watches by their marketing names (`MacBook Pro 15"`, `Mac mini`, `Apple Watch Series 9`)
          r"|MacBook(?: (?:Pro|Air))?(?: \d{2}(?:\.\d)?(?:\"|-inch| inch)?)?|iMac(?: Pro)?|Mac (?:mini|Pro|Studio)"
          r"|Apple Watch(?: (?:Series \d{1,2}|SE|Ultra(?: \d)?))?")
# analytics SDKs often prefix the manufacturer (`samsung SM-G991B`, `Google Pixel 7`)
_MAKER = (r"(?:(?i:apple|samsung|google|xiaomi|huawei|honor|oneplus|oppo|vivo|realme|motorola|sony|lg|nokia|asus|lenovo|zte)"
          r"[ _])?")
_ANDROID = (r"SM-[A-Z]\d{3,4}[A-Z0-9]{0,4}(?:/DS)?|GT-[A-Z]\d{4}\w*|SCH-\w+|SGH-\w+"
            r"|(?:Samsung )?Galaxy (?:[A-Z]\d{1,3}\w*|Note ?\d*|Tab \w+|Z \w+)(?: \w+)*"
            r"|(?:Google )?Pixel(?: \d{1,2}a?)?(?: (?:XL|Pro|Fold|a))*|Nexus \d+\w*"
            r"|(?:Xiaomi |Redmi |POCO |Mi )\w+(?: \w+)*|\d{4}[A-Z0-9]{3}\d?[A-Z]{1,3}|M\d{4}[A-Z]\d{1,2}[A-Z]{1,3}"
            r"|CPH\d{4}|RMX\d{4}|V\d{4}[A-Z]{0,2}|vivo \w+(?: \w+)*|OPPO \w+(?: \w+)*|realme \w+(?: \w+)*"
            r"|[A-Z]{3}-(?:[A-Z]{1,2}\d{1,2}[A-Z]?|\d{2}[A-Z]?)|HUAWEI [\w -]+|HONOR [\w -]+|Mate \d+\w*(?: Pro)?"
            r"|OnePlus ?\w+(?: \w+)*|(?:KB|IN|HD|GM|LE|NE|CPH|BE|DN|PHB|PGKM)\d{4}|ONEPLUS A\d{4}"
            r"|moto [a-z]\w*(?:\(\d+\))?(?: \w+)*|motorola \w+(?: \w+)*|XT\d{4}-\d+|LM-[A-Z]\d{3}[A-Z]{0,3}"
            # Chinese marketing names (`华为 Mate 60 Pro`, `小米14`, `红米 K70`)
            r"|(?:华为|荣耀|小米|红米|一加|魅族|真我|中兴|努比亚|联想|三星|苹果|摩托罗拉)(?: ?[A-Za-z0-9+]+)+"
            r"|XQ-[A-Z]{2}\d{2}|Nokia [\w.]+(?: \w+)*|TA-\d{4}|ASUS_\w+|Lenovo \w+|ZTE \w+|Infinix \w+|TECNO \w+")


#: the score of a model code's forms (a maker's own code or product name)
MODEL_CODES_SCORE = 0.8
#: the Android model codes and names that stay unmistakable in lower case (a maker's own prefix
#: and digits, or its product line's name): `sm-a546e`, `cph2451`, `rmx3630`, `asus_ai2302`,
#: `pixel 7a`, `redmi note 12`, `moto g84 5g`, `galaxy s23 ultra`, `oneplus 11`
_ANDROID_FOLDED = (r"(?:samsung[ _])?(?:sm|gt)-[a-z]\d{3,4}[a-z0-9]{0,4}(?:/ds)?|(?:oppo[ _])?cph\d{4}"
                   r"|(?:realme[ _])?rmx\d{4}|asus_[a-z0-9]{4,8}|(?:google )?pixel(?: \d{1,2}a?)(?: (?:xl|pro|fold|a))*"
                   r"|(?:xiaomi )?redmi(?: (?:note|[a-z]?\d{1,2}[a-z]?|pro|plus|5g|4g|\+))+|moto [a-z]\d{1,3}\w*(?: \w+)*"
                   r"|(?:samsung )?galaxy [a-z]\d{1,3}\w*(?: (?:ultra|plus|\+|fe|5g))*|oneplus ?\d{1,2}\w*(?: (?:pro|5g|t))*")


#: a model named inside a device's name (`iPhone de Quentin`, `John's Galaxy S21`), for `rx.search`
DEVICE_IN_NAME = rf"(?:^|[\s'’(])(?:{_APPLE}|{_ANDROID})(?:$|[\s'’),])"


#: a device's own identity among a record's fields (`mac`, `serialNumber`, `hw_ver`, `fw_ver`):
#: beside them a bare `model` is the device's
_HARDWARE_WORDS = frozenset({"mac", "imei", "serial", "firmware", "fw", "hw"})
_HARDWARE_NAMES = frozenset({"serialnumber", "hwver", "fwver", "hwversion", "fwversion", "firmwareversion",
                             "hardwareversion", "macaddress", "deviceid", "hwid",
                             # a weather station's firmware as its uploads name it
                             "stationtype", "softwaretype"})
MODEL_BESIDE_HARDWARE = 0.3
#: the same for a maker's product words, which carry no name signal of their own to add to it
#: (`product_name` is a shop's goods elsewhere, `nomenclature` no device word at all)
PRODUCT_BESIDE_HARDWARE = 0.5
#: a maker's names for what it made (a heat pump's `productType` VR920, `nomenclature` VR 920,
#: `product_name` aroTHERM plus): beside the same hardware identity they are the device's
#: model, as a bare `model` is; elsewhere a shop's product or a catalogue's line
_PRODUCT_OWN = frozenset({("model",), ("product", "type"), ("product", "name"), ("product", "information"),
                          ("product", "info"), ("nomenclature",)})


#: the Han characters, as literal characters (RE2 reads no `\\u` escapes)
_HAN = "\u3400-\u9fff"


#: makers whose phones, tablets and laptops are named `<owner>的<maker model>` by default
_OWNED_MAKERS = "|".join(("iPhone", "iPad", "MacBook", "Mac", "华为", "HUAWEI", "荣耀", "HONOR", "小米", "Xiaomi", "红米", "Redmi",
                          "OPPO", "vivo", "iQOO", "一加", "OnePlus", "魅族", "realme", "真我", "努比亚", "中兴", "Galaxy", "三星",
                          "Pixel", "联想", "Lenovo", "MatePad", "Mate", "nova"))


class DeviceModelRecognizer(FieldRecognizer):
    entity = "DEVICE_MODEL"
    names = ("device model", "devicemodel", "model name", "hw model", "hardware model", "phone model", "handset model",
             "model number", "model code", "device name", "product model", "machine model", "device type name", "dvce model", "build model", "marketing name", "hwv", "hardware version",
             "device brand", "device manufacturer", "phone brand", "mobile brand", "mobile brand name", "device make",
             "build manufacturer", "build brand",
             # an API's name for the model as shown to its owner (`deviceDisplayName`: `iPhone 11`)
             "device display name", "model display name",
             # the client hint a browser sends with its device's model (`Sec-CH-UA-Model: SM-S918B`)
             "ua model")
    weak_names = ("model", "device", "hardware", "handset", "device type", "device family", "product", "brand",
                  "manufacturer", "make", "maker", "vendor name")
    negative_names = ("ml", "model version", "app version", "score", "count", "id", "language", "llm", "pricing", "data", "business",
                      "attribution", "risk", "view", "category",
                      # a shop's goods (`商品名称` 华为 Mate 60 Pro) are phones on sale, no one's device
                      "product name", "goods", "goods name", "item name", "sku", "spu", "commodity")
    # a code of letters and digits under a serial's or an account's name (a base station's
    # `serial: 1234ABCD`, a subscriber's `account`) is that number, whatever model it spells
    value_veto_names = ("serial", "serial number", "serial no", "sn", "account", "account number", "imei", "uuid",
                        "token", "password")
    # the maker is part of the model (`Samsung` + `SM-S918B`): alone it needs a device-ish name
    vocabularies = (VocabularyMatch("device maker", "device_makers", 0.45, leading_words=True),)
    patterns = (
        ValuePattern("device model code", rf"{_MAKER}(?:{_APPLE}|{_ANDROID})(?: ?\([^)]{{1,20}}\))?", 0.8),
        # the same lower-cased, as pipelines that fold their properties write them (`sm-s918b`,
        # `cph2565`, `pixel 8 pro`, `redmi note 12`): only the forms no other word shares
        ValuePattern("device model code, lower-cased", _ANDROID_FOLDED, 0.8),
        # any short product token (`5S`, `A2403`, an unlisted brand): backs a model name only
        # (`John's iPhone`: Apple's default device name holds the owner's name)
        ValuePattern("model-like token", r"[A-Za-z0-9][A-Za-z0-9 ,()._+'’-]{0,39}", 0.1),
        # the same default in Chinese: the owner's name, 的, the model (`李娜的iPhone`, `林文的一加 12`),
        # as iOS, HarmonyOS and MIUI name a phone after its owner; it too backs a model name only
        ValuePattern("owner's device name", rf"[{_HAN}·•]{{1,12}}的 ?[{_HAN}A-Za-z0-9][{_HAN}A-Za-z0-9 ,()._+'’-]{{0,29}}", 0.1),
        # and with a maker's name after 的 the form is plain enough to decide alone
        ValuePattern("owner's phone of a named maker", rf"[{_HAN}·•]{{1,12}}的 ?(?:{_OWNED_MAKERS})[{_HAN}A-Za-z0-9 ,()._+'’-]{{0,29}}", 0.6),
    )
    context = ("model", "device", "phone", "handset")
    # a model has a code or a maker's Latin name in it (`Mate 60`, `小米14`, `红米 K70`); a phrase
    # of Han characters alone is a name someone gave the device (FastBee's `device_name`
    # 客厅智能开关, 仓库摄像头) or what it measures (a things model's `model_name` 空气温度)
    other_forms = (("Chinese phrases with no model code in them (names given to devices, what they measure)",
                    rf"^[{_HAN}★☆·\s（）()-]{{2,24}}$"),)
    remembers_verdicts = False  # its validator is vectorised
    #: headphones and speakers (`HUAWEI FreeBuds Pro 3`, `AirPods Pro`) are audio devices, not
    #: the model of the device that logged them (an audio logger's `设备=…`)
    rejects_whole = AUDIO_PRODUCT_FORM

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """No model by the values alone in a column of app-store channels (`huawei`, `xiaomi`
        beside `yingyongbao`, `baidu`, `AppStore`): the makers there are stores too."""
        signal = super().value_signal(sample)
        if signal is None or signal.score < MODEL_CODES_SCORE:
            # iPhones beside lower-cased Android codes: the model codes' forms together, without
            # the catch-all token pattern whose low score would average them down
            signal = self._model_codes(sample) or signal
        if signal is None or self.named(NameTokens.of(sample.path)) is not None:
            return signal
        lower = pc.utf8_lower(pc.cast(FieldView.of(sample).distinct.values, pa.string()))
        if pc.any(pc.is_in(lower, value_set=_STORE_CHANNELS)).as_py():
            return None
        return signal

    def _model_codes(self, sample: FieldSample) -> Signal | None:
        """The share of values of any of the model codes' forms, as one pattern of their score."""
        view = FieldView.of(sample)
        total = view.informative.total
        codes = [p for p in self.patterns if p.score >= MODEL_CODES_SCORE]
        if not total or self.value_shape is None:
            return None
        union = None
        for pattern in codes:
            mask = view.full_match(pattern.regex, group=self._any_regex)
            union = mask if union is None else union | mask
        hits = view.informative.hits(union)
        if not hits:
            return None
        names = "+".join(f"'{p.name}'" for p in codes)
        return self._ratio_signal(f"patterns {names}", view, total, union, hits, MODEL_CODES_SCORE)

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """Aircraft by their makers' names (an airline's `model_name` `Airbus A350`, `Boeing
        747-8`): the planes a flight or a fleet uses, no one's device."""
        if not (pa.types.is_string(sample.values.type) or pa.types.is_large_string(sample.values.type)):
            return False
        # (asked of every text column this recognizer reads: matched over the distinct values
        # the view holds, counted, not over every value with a pass to find the repeats first)
        distinct = FieldView.of(sample).distinct
        if distinct.total == 0:
            return False
        # most text columns have too few values that even begin as a maker's name can: no regex
        # pass (it is asked of every text column this recognizer reads)
        starts = first_bytes(distinct.values)
        if starts is not None and distinct.hits(_AIRCRAFT_FIRST[starts]) < AIRCRAFT_SHARE * distinct.total:
            return False
        return distinct.hits(rx.match(distinct.values, _AIRCRAFT, distinct=True)) >= AIRCRAFT_SHARE * distinct.total

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """A bare `model` (or a maker's product type or name) beside the record's own hardware
        identity (its MAC, serial, hardware or firmware version: a smart plug's `get_sysinfo`, a
        robot mower's `system`, a heat pump's home) is that device's model; alone, `model` may be
        a car's, a product's or a statistical one. The identity may stand in the record around
        the object (`productMetadata.productType` beside the home's `serialNumber`)."""
        own = NameTokens.of(sample.path).own
        if own in _MAKER_OWN:
            return _vendor_beside_model(sample, dataset)
        if own not in _PRODUCT_OWN:
            return None
        for other in _in_record(sample, dataset):
            tokens = NameTokens.of(other.path)
            if set(tokens.own) & _HARDWARE_WORDS or tokens.joined() in _HARDWARE_NAMES:
                return Signal("context", f"'{' '.join(own)}' beside the device's '{other.path}'",
                              MODEL_BESIDE_HARDWARE if own == ("model",) else PRODUCT_BESIDE_HARDWARE)
        return None


#: an aircraft by its maker's name first (`Airbus A320`, `Boeing 787`, `LockheedMartin LM-100J`)
_AIRCRAFT = (r"^(?i:airbus|boeing|embraer|bombardier|cessna|lockheed|lockheedmartin|lockheed martin|mcdonnell douglas"
             r"|douglas|atr|antonov|tupolev|ilyushin|sukhoi|gulfstream|dassault|piper|beechcraft|comac|fokker)\b")
#: share of a column's values that must be aircraft for it to list planes
AIRCRAFT_SHARE = 0.8
#: by a value's first byte, whether `_AIRCRAFT` may match it: the makers' initials in either
#: case, and every byte of a non-ASCII character (RE2's `(?i)` folds `ſ` to `s`; 255 is
#: `first_bytes`' empty value)
_AIRCRAFT_FIRST = np.zeros(256, dtype=bool)
_AIRCRAFT_FIRST[[ord(c) for c in "abcdefgilmpst" + "abcdefgilmpst".upper()]] = True
_AIRCRAFT_FIRST[0x80:] = True


#: a bare `vendor` beside the record's `model`: backs the makers' names its values are (the
#: vocabulary's 0.45), never decides alone
VENDOR_BESIDE_MODEL = 0.3
#: the names a record gives its device's maker beside the model: a bare `vendor` (uni-app's), and
#: the phone's "type" (EventCollect's `mobile_type` 手机类型: `Build.BRAND`, `HUAWEI`, `vivo`, beside
#: `mobile_model`); a `device_type` is a class of device (phone, tablet), not its maker
_MAKER_OWN = frozenset({("vendor",), ("mobile", "type"), ("phone", "type"), ("handset", "type")})


def _vendor_beside_model(sample: FieldSample, dataset: DatasetSample) -> Signal | None:
    """A bare `vendor` beside a `model` of the same record (uni-app's device record: `vendor`
    `huawei` beside `model` `ALN-AL00`, as `getSystemInfo` reports `deviceBrand` and
    `deviceModel`) is the maker of that model; alone, a `vendor` is a shop's, a software's or a
    BIOS's supplier."""
    for other in _in_record(sample, dataset):
        if "model" in NameTokens.of(other.path).own:
            return Signal("context", f"'{sample.name}' beside the device's '{other.path}'", VENDOR_BESIDE_MODEL)
    return None


def _in_record(sample: FieldSample, dataset: DatasetSample) -> list[FieldSample]:
    """The fields of the same object and of the objects around it (not those nested deeper
    elsewhere): a record's own fields, seen from inside one of its objects."""
    parent = sample.parent
    return [f for f in dataset.fields if f.path != sample.path
            and (f.parent == parent or f.parent == "" or parent.startswith(f.parent + "."))]
