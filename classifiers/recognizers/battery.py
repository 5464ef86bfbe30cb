"""Battery state: charge level, charging state and power source.

State words follow the platforms: Android `BatteryManager` (`charging`, `discharging`,
`not_charging`, `full`, plugged `ac`/`usb`/`wireless`), iOS `UIDevice.BatteryState`
(`unplugged`, `charging`, `full`). A level is a bare number (0.82 or 57) and a charging flag a
boolean: they are battery state only under a battery-like name, inside a `battery`/`power`
object, or side by side (a level beside a column of charging states, when names say nothing).
Plain numbers are never a battery on their own.
"""
from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView, per_field, text_shapes
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.siblings import adjacent, parent_has, siblings
from classifiers.table_view import head_noun, table_words
from datamap.model import DatasetSample, FieldSample

_PREFIX = r"(?:battery[ _-]?(?:status|state|plugged)?[ _-]?)?"
_STATES = (r"charging|discharging|not[ _-]?charging|fully[ _-]?charged|unplugged|plugged(?:[ _-]?(?:in|ac|usb|wireless|dock))?"
           r"|on[ _-]?battery|on[ _-]?ac|low[ _-]?power(?:[ _-]?mode)?|power[ _-]?sav(?:e|ing)")
# also a priority, a fill level or a port: battery words only beside the others or a name
_GENERIC = r"full|low|critical|ok|good|ac|usb|wireless|dock|unknown|overheat|cold|dead"
# the same states as Chinese systems show them (MIUI, EMUI, ColorOS): charging, not charging,
# fully charged, discharging, fast charging, low battery
_STATES_ZH = r"(?:正在|快速|无线|有线|超级快充)?充电中?|未充电|不在充电|已充满|充满|满电|放电中?|快充中?|电量(?:低|不足)|低电量|省电模式"
# a level and its state in one value, as Chinese status bars and SDK logs write them:
# `电量 85% 充电中`, `电量:85%`, `85% 未充电`, and as apps pack them into one remark column (a
# ride-hailing app's event `ext`: `电量29%|充电中`, `battery=70%;未充电`): a key of 电量 or battery,
# `:` or `=`, the level, then the state after a space, a comma, a semicolon, a bar or a slash
_LEVEL_KEY = r"(?:(?:电池)?电量|(?i:battery|batt))\s?[:：=]?\s?"
_LEVEL_SEP = r"\s?[，,;；|/]?\s?"
_LEVEL_ZH = (rf"{_LEVEL_KEY}\d{{1,3}}\s?[%％](?:{_LEVEL_SEP}(?:{_STATES_ZH}|(?i:{_STATES})))?"
             rf"|\d{{1,3}}\s?[%％]{_LEVEL_SEP}(?:{_STATES_ZH})")


class BatteryStateRecognizer(FieldRecognizer):
    entity = "BATTERY_STATE"
    names = ("battery", "battery level", "battery state", "battery status", "battery pct", "battery percent",
             "battery percentage", "batt", "batt level", "bat", "bat level", "charging", "is charging", "charge level",
             "charge state", "charging state", "charging status", "power source", "plugged", "is plugged",
             "power state", "low power mode", "low power", "battery saver", "power save mode", "battery health", "battery temperature", "battery voltage", "battery plugged",
             # a car's or a device's charger (`isChargerConnected`), and the kernel's power-supply
             # class as sysfs and udev print it (`POWER_SUPPLY_ONLINE`, `POWER_SUPPLY_CAPACITY`)
             "charger connected", "is charger connected", "charger plugged", "capacity level",
             "power supply online", "power supply status", "power supply capacity", "power supply capacity level")
    negative_names = ("count", "id", "fee", "price", "cost", "charge amount", "charged amount", "charge id",
                      "chargeback", "refund", "currency", "tax", "card", "invoice", "payment",
                      # a headset's plug (`headsetPlugged`): an audio device in the jack, not a charger
                      "headset", "headphone", "headphones", "earphone", "earphones", "earbuds",
                      # when a charge's figure was last read (Renault's
                      # `chargingRemainingTimeLastUpdateDateTime`): a moment, not the battery's state
                      "date", "datetime", "timestamp", "last update", "updated at",
                      # when a sensor last reported it (Disruptive's `batteryStatus.updateTime`)
                      "update time", "updated", "time stamp", "reported at", "measured at")
    patterns = (
        ValuePattern("battery state word", f"(?i:{_PREFIX}(?:{_STATES}))|{_STATES_ZH}", 0.6),
        ValuePattern("Chinese battery level and state", _LEVEL_ZH, 0.6),
        ValuePattern("battery or power word", f"(?i:{_PREFIX}(?:{_STATES}|{_GENERIC}))", 0.25),
        ValuePattern("level or flag", r"(?i:-?\d{1,4}(?:\.\d+)?%?|true|false|yes|no)|是|否", 0.2),
    )
    context = ("battery", "charging", "charge", "power")
    value_alone = True  # the state words; levels and flags carry too little score to decide alone

    def name_signal(self, name: NameTokens) -> Signal | None:
        found = super().name_signal(name)
        if found is not None or len(name.own) != 1:
            return found
        # a sensor's battery glued to the sensor's code, as weather stations upload them
        # (Ecowitt's `wh65batt`, `wh57batt`, `leakbatt1`; Weather Underground's `lowbatt`)
        if _GLUED_BATT.fullmatch(name.own[0]):
            return Signal("name", f"name '{name.raw}' ends in 'batt'", self.name_score)
        return None

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        # not `power`: PowerManager, DisplayPowerController... hold far more than the battery
        if pa.types.is_temporal(sample.values.type):
            # a moment inside a battery object (`batteryStatus.updateTime`) is when it was read
            return None
        parent = parent_has(sample, ("battery", "batt", "dianchi"))
        if parent:
            return Signal("context", f"inside a '{parent}' object", 0.5)
        return (_reading_of_battery_table(sample, dataset) or self._beside_level_and_state(sample, dataset)
                or _level_of_battery_record(sample, dataset))

    def _beside_level_and_state(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """When names say nothing: a level (0-1 or 0-100) beside a column of charging states,
        or those states beside a level, are one battery reading."""
        mine = _kind(sample)
        if mine is None:
            return None
        # Android's BatteryManager extras come as `level`, `scale`, `status`, `plugged`: the state
        # may stand two columns from its level
        for neighbour in adjacent(sample, dataset, reach=2):
            theirs = _kind(neighbour, sample)
            if theirs is not None and {mine, theirs} == {"level", "state"}:
                return Signal("context", f"a battery {mine} beside battery {theirs}s in '{neighbour.path}'", 0.4)
        return None


#: a sensor's code with `batt` glued on (`wh65batt`, `leakbatt1`, `lowbatt`): one token, letters
#: first, `batt` last but for a channel number
_GLUED_BATT = re.compile(r"[a-z][a-z0-9]*batt\d*")
#: what a battery reading holds, as Android's BatteryManager extras and sysfs' power supply name
#: it (`level`, `scale`, `status`, `health`, `plugged`, `voltage`, `temperature`)
BATTERY_READINGS = frozenset({"level", "scale", "status", "health", "plugged", "present", "voltage",
                              "temperature", "technology", "capacity", "charge", "percent", "percentage"})


def _reading_of_battery_table(sample: FieldSample, dataset: DatasetSample) -> Signal | None:
    """A reading named as BatteryManager names its extras (`level`, `status`, `voltage`) in a
    table whose rows are about the battery (`battery`, `device_battery`, `battery_stats`): the
    table says whose level and status they are, as an enclosing `battery` object would."""
    if head_noun(table_words(dataset.name)) not in {"battery", "batt"} and "battery" not in table_words(dataset.name)[-2:]:
        return None
    own = NameTokens.of(sample.path).own
    if len(own) != 1 or own[0] not in BATTERY_READINGS:
        return None
    return Signal("context", f"a battery reading ('{own[0]}') in the battery table '{dataset.name}'", 0.5)


#: own-name words of a charge level (`charge_percent`, `percentage`, `level`)
LEVEL_WORDS = frozenset({"percent", "percentage", "pct", "level", "charge"})
#: what a power-supply record's kind field says of a battery (`acpi -V`'s `type`, upower's `detail.type`)
_BATTERY_KIND = r"^(?i:battery|bat\d*)$"
_KIND_NAMES = frozenset({"type", "kind", "device type", "supply type"})


def _level_of_battery_record(sample: FieldSample, dataset: DatasetSample) -> Signal | None:
    """A percentage named as a level (`charge_percent`, `percentage`) in a record that says it
    is a battery's: a sibling of charging states (`Charging`) or a kind field of `Battery`
    (`acpi -V`, `upower -d`). One reading is enough: a device tool prints one battery."""
    own = set(NameTokens.of(sample.path).own)
    if LEVEL_WORDS.isdisjoint(own) or own & {"id", "count"}:
        return None
    values = pc.drop_null(sample.values)
    if len(values) == 0 or not (pa.types.is_integer(values.type) or pa.types.is_floating(values.type)):
        return None
    low, high = pc.min_max(values).values()
    if low.as_py() < 0 or high.as_py() > 100:
        return None
    for other in siblings(sample, dataset):
        theirs = pc.drop_null(other.values)
        if len(theirs) == 0 or not pa.types.is_string(theirs.type):
            continue
        tokens = NameTokens.of(other.path)
        kind = " ".join(tokens.own) in _KIND_NAMES and pc.any(rx.match(theirs, _BATTERY_KIND)).as_py()
        states = pc.all(rx.match(theirs, _STRONG_STATES)).as_py()
        if kind or states:
            what = "a kind field of 'battery'" if kind else "charging states"
            return Signal("context", f"a level in a battery's record: '{other.path}' holds {what}", 0.45)
    return None


_STATE_WORDS = f"^(?:(?i:{_PREFIX}(?:{_STATES}|{_GENERIC}))|{_STATES_ZH})$"
_STRONG_STATES = f"^(?:(?i:{_PREFIX}(?:{_STATES}))|{_STATES_ZH})$"
#: a level written as a percentage (`87%`), as Chinese device tables export it
_PERCENT = r"^(?P<level>\d{1,3})\s?[%％]$"
#: whole numbers that never pass this over many readings are steps of a scale, not a charge in
#: percent: Android's media volume runs 0-15 (STREAM_MUSIC), its ringer 0-7; batteries pass 15
STEP_SCALE_TOP = 15
STEP_SCALE_ROWS = 30
#: share of a column's values that must be charging-state words, half of them telling ones
_STATE_SHARE = 0.9


@per_field  # asked by the field and by each neighbour: computed once a chunk
def _kind(sample: FieldSample) -> str | None:
    """`level` for numbers within 0-1, whole numbers or percentages within 0-100, `state` for
    charging words (English or Chinese)."""
    values = sample.values
    if len(values) < 5:
        return None
    if pa.types.is_integer(values.type) or pa.types.is_floating(values.type):
        low, high = pc.min_max(values).values()
        top = 1.0 if pa.types.is_floating(values.type) else 100
        if pa.types.is_integer(values.type) and len(values) >= STEP_SCALE_ROWS and (high.as_py() or 0) <= STEP_SCALE_TOP:
            return None  # a step scale (Android's media volume 0-15, a brightness step), no percentage
        return "level" if low.as_py() is not None and 0 <= low.as_py() and high.as_py() <= top else None
    if not pa.types.is_string(values.type):
        return None
    shapes = text_shapes(sample)  # (read once for both bounds below, from the distinct values)
    if shapes.could_match(_PERCENT) == len(values):  # (shapes alone rule most columns out)
        percents = rx.extract(values, _PERCENT)
        if percents.null_count == 0:
            return "level" if (pc.max(pc.cast(percents.field("level"), pa.int32())).as_py() or 0) <= 100 else None
    if shapes.could_match(_STATE_WORDS) < _STATE_SHARE * len(values):
        return None  # too few values of a state word's shape: no regex pass
    # (each distinct value matched once, its hits counted: the view holds them already)
    distinct = FieldView.of(sample).distinct
    states = distinct.hits(rx.match(distinct.values, _STATE_WORDS, distinct=True))
    if states < _STATE_SHARE * len(values):
        return None  # (the telling words are counted only in a column of state words)
    strong = distinct.hits(rx.match(distinct.values, _STRONG_STATES, distinct=True))
    return "state" if strong >= states / 2 else None
