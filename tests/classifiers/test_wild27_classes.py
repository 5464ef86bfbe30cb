"""Classes of error a blind benchmark of public data showed (benchmarks/wild27), each with values
written here: a battery's readings in a table named for the battery, a sensor's battery glued to
its code (`wh65batt`), ..."""
from __future__ import annotations

from tests.classifiers.support import best_entity, classify_table


def test_readings_in_a_battery_table_are_the_batterys_state():
    # Android's BatteryManager extras, one row a reading, in a table of their own
    table = classify_table("device_battery", {
        "level": [100, 96, 96, 3, 3, 100, 57, 12],
        "health": [2, 2, 2, 2, 2, 2, 2, 2],
        "status": [4, 2, 2, 3, 3, 5, 2, 3],
        "voltage": [5000, 4210, 4217, 3576, 3580, 4292, 4001, 3650],
        "ts": [3.884, 5.125, 7.282, 1.306, 3.187, 1.09, 4.847, 9.5]})
    assert table["level"] == "BATTERY_STATE"
    assert table["status"] == "BATTERY_STATE"
    assert table["voltage"] == "BATTERY_STATE"
    assert table["ts"] != "BATTERY_STATE"
    # the same names in a table of something else say nothing of a battery
    other = classify_table("game_players", {"level": [12, 40, 3, 55, 7, 19, 23, 8],
                                            "status": [4, 2, 2, 3, 3, 5, 2, 3]})
    assert other["level"] != "BATTERY_STATE"
    assert other["status"] != "BATTERY_STATE"


def test_a_sensors_battery_glued_to_its_code_is_battery_state():
    assert best_entity("wh65batt", ["0", "1", "0", "0"]) == "BATTERY_STATE"
    assert best_entity("leakbatt1", ["5", "4", "5", "3"]) == "BATTERY_STATE"
    assert best_entity("lowbatt", [0, 1, 0, 0]) == "BATTERY_STATE"
    # a word that merely ends in the letters is no battery
    assert best_entity("combat", ["0", "1", "0", "0"]) != "BATTERY_STATE"
