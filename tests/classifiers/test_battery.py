"""Battery state: state words, levels and flags under a battery name or object."""
from __future__ import annotations

import pytest

from classifiers.recognizers.battery import BatteryStateRecognizer
from tests.classifiers.fields import best_entity, name_signal, real_column, value_signal

LEVELS = [0.82, 0.57, 0.13, 0.99, 0.4]


@pytest.fixture(scope="module")
def recognizer():
    return BatteryStateRecognizer()


@pytest.mark.parametrize("path", ["battery", "battery_level", "batteryLevel", "is_charging", "charging", "battery_status",
                                  "power_source", "dianliang", "low_power_mode"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["charge_amount", "charge_id", "chargeback", "service_charge_fee", "level", "status"])
def test_names_that_are_not_the_battery(recognizer, path):
    assert name_signal(recognizer, path) is None


def test_state_words_decide_alone():
    assert best_entity("c18", ["charging", "discharging", "unplugged", "charging", "not_charging"]) == "BATTERY_STATE"


def test_levels_need_a_name_or_object():
    assert best_entity("c19", LEVELS) is None
    assert best_entity("value", LEVELS) is None
    assert best_entity("battery_level", LEVELS) == "BATTERY_STATE"
    assert best_entity("battery.level", LEVELS) == "BATTERY_STATE"
    assert best_entity("context.device.charging", [True, False, True, True, True]) == "BATTERY_STATE"


@pytest.mark.parametrize("values", [["low", "critical", "high", "low"], ["full", "partial", "empty"], ["12.5", "99"]])
def test_generic_words_and_numbers_alone_stay_weak(recognizer, values):
    signal = value_signal(recognizer, values)
    assert signal is None or signal.score < 0.5


def test_real_aware_battery_table():
    assert best_entity("battery_level", real_column("phone_battery_raw.csv", "battery_level")) == "BATTERY_STATE"
    assert best_entity("battery_status", real_column("phone_battery_raw.csv", "battery_status")) == "BATTERY_STATE"


def test_pinyin_charging_flag():
    assert best_entity("chongdian", ["是", "否", "是", "是", "否"]) == "BATTERY_STATE"


def test_a_percentage_beside_chinese_charging_states_is_a_battery_reading():
    import random

    from tests.classifiers.fields import best_entity as best, field

    rng = random.Random(3)
    states = field("c19", [rng.choice(["未充电", "充电中", "已充满", "未充电"]) for _ in range(40)])
    levels = [f"{rng.randint(2, 100)}%" for _ in range(40)]
    assert best("c18", levels, states) == "BATTERY_STATE"
    assert best("c18", levels) != "BATTERY_STATE"  # a percentage alone is anything's share


def test_a_level_two_columns_from_its_charging_state_as_android_s_batterymanager_writes_them():
    import random

    from tests.classifiers.support import best_entity

    rng = random.Random(4)
    levels = [rng.randint(3, 100) for _ in range(60)]
    states = [rng.choice(["charging", "discharging", "full"]) for _ in range(60)]
    assert best_entity("c06", levels, {"c07": [100] * 60, "c08": states}) == "BATTERY_STATE"
    # a level with no state word near it stays a number
    assert best_entity("c06", levels, {"c07": [100] * 60, "c08": [rng.randint(0, 9) for _ in range(60)]}) is None
