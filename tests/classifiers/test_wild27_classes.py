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


def test_a_senders_name_and_key_in_a_chat_export_are_the_account():
    # Telegram Desktop's export: who sent each message, by name or handle and by key
    table = classify_table("messages", {
        "id": [1, 2, 3, 4, 5, 6],
        "type": ["message"] * 6,
        "from": ["Marjory.Cartwright", "Christelle61", "Coy99", "Judson.Adams", "Judson.Adams", "Brody9"],
        "from_id": [19, 7, 6, 8, 8, 3],
        "text": ["Incidunt consequuntur alias.", "Aperiam a eveniet provident nobis.", "Quia neque accusantium.",
                 "Impedit nemo ratione sequi.", "Sapiente aperiam voluptates.", "Dolor sit amet."]})
    assert table["from"] in {"ACCOUNT_ID", "PERSON"}
    assert table["from_id"] == "ACCOUNT_ID"
    # a route's ends by airport code and key are no accounts
    routes = classify_table("routes", {"from": ["JFK", "LAX", "ORD", "CVG", "ATL", "DEN"],
                                       "from_id": [1, 2, 3, 4, 5, 6]})
    assert routes["from"] != "ACCOUNT_ID"
    assert routes["from_id"] != "ACCOUNT_ID"
