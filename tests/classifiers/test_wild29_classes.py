"""Classes of error a blind benchmark of public data showed (benchmarks/wild29), each with values
written here: platform words in a device's id column, a birth date kept as a DATETIME, text typed
keystroke by keystroke, a tally of person-months, enumeration codes after a platform column, and
a health insurer's references."""
from __future__ import annotations

from tests.classifiers.support import best_entity, classify_export, classify_table

#: a phone-sensing study's rows: each a reading of one of two test phones
PLATFORMS = ["android", "ios", "android", "android", "ios", "android", "ios", "ios"]


def test_platform_words_in_a_device_id_column_are_no_operating_system():
    # AWARE's test data writes `android`/`ios` where a real export holds each phone's UUID
    table = classify_table("phone_battery", {
        "timestamp": [1583471290416 + i * 1000 for i in range(8)],
        "device_id": PLATFORMS,
        "battery_level": [80, 79, 78, 77, 77, 76, 75, 74]})
    assert table["device_id"] != "OPERATING_SYSTEM"
    # the same words under a system's own name are the system
    assert best_entity("os", PLATFORMS) == "OPERATING_SYSTEM"
