"""Classes of error a blind benchmark of public data showed (benchmarks/wild29), each with values
written here: platform words in a device's id column, a birth date kept as a DATETIME, text typed
keystroke by keystroke, a tally of person-months, enumeration codes after a platform column, and
a health insurer's references."""
from __future__ import annotations

import random

from tests.classifiers.support import best_entity, classify_export, classify_table

#: a phone-sensing study's rows: each a reading of one of two test phones
PLATFORMS = ["android", "ios", "android", "android", "ios", "android", "ios", "ios"]


def test_platform_words_in_a_device_id_column_stand_in_for_the_ids():
    # AWARE's test data writes `android`/`ios` where a real export holds each phone's UUID
    table = classify_table("phone_battery", {
        "timestamp": [1583471290416 + i * 1000 for i in range(8)],
        "device_id": PLATFORMS,
        "battery_level": [80, 79, 78, 77, 77, 76, 75, 74]})
    assert table["device_id"] == "DEVICE_ID"
    # the same words under a system's own name are the system
    assert best_entity("os", PLATFORMS) == "OPERATING_SYSTEM"
    # other words under a device's id name still contradict it
    assert best_entity("device_id", ["kitchen", "hall", "garage", "kitchen", "porch", "hall", "attic", "den"]) \
        != "DEVICE_ID"


def test_a_birth_date_kept_with_a_time_of_day_is_still_a_birth_date():
    # a seed script's `date_of_birth datetime` column: Mockaroo's random moments of the day
    from datetime import datetime
    births = [datetime(2000, 7, 6, 2, 43, 37), datetime(1993, 2, 11, 15, 59, 56), datetime(1992, 9, 4, 13, 38, 46),
              datetime(1991, 2, 18, 9, 10, 5), datetime(1991, 10, 29, 9, 8, 48), datetime(1994, 8, 14, 23, 51, 42)]
    table = classify_table("students", {"id": [1, 2, 3, 4, 5, 6],
                                        "fname": ["Caddric", "Jerad", "Hillier", "Bertine", "Theda", "Leon"],
                                        "date_of_birth": births})
    assert table["date_of_birth"] == "DATE_OF_BIRTH"
    # the same moments under a creation time's name stay no birth dates
    assert classify_table("students", {"id": [1, 2, 3, 4, 5, 6], "created_at": births})["created_at"] is None


def test_text_typed_key_by_key_is_what_its_writer_wrote():
    # a keyboard sensor's capture: the text so far after each key, wrapped as the sensor writes it
    words = "on my way home"
    typed = [f"[{words[:n]}]" for n in range(1, len(words) + 1)] * 3 + ["[ok]", "[see you]", "[Yes please]"]
    random.Random(29).shuffle(typed)  # a sample keeps no order of the rows
    table = classify_table("phone_keyboard", {
        "timestamp": [1583514753953 + i * 1000 for i in range(len(typed))],
        "package_name": ["com.google.android.apps.messaging"] * len(typed),
        "current_text": typed,
        "is_password": [0] * len(typed)})
    assert table["current_text"] == "USER_CONTENT"
    # its shape alone says so, the column's name gone
    assert classify_export("keyboard.csv", c01=list(range(len(typed))), c02=typed)["c02"] == "USER_CONTENT"
    # a counter's readings growing one digit at a time are no writing
    counts = [str(10 ** n) for n in range(12)] * 3
    assert classify_table("phone_keyboard", {"current_text": counts})["current_text"] != "USER_CONTENT"


def test_codes_below_five_after_platform_words_are_no_system_versions():
    # values alone: a phone-sensing study's calls, the platform column then the call's type
    calls = {"c01": [1583471605000 + i * 60000 for i in range(8)], "c02": PLATFORMS,
             "c03": [3, 1, 2, 4, 1, 3, 2, 1]}
    assert classify_export("calls.csv", **calls)["c03"] != "OPERATING_SYSTEM"
    # real versions after the same platforms are the systems' versions
    versions = {**calls, "c03": [14, 17, 13, 12, 16, 11, 17, 15]}
    assert classify_export("calls.csv", **versions)["c03"] == "OPERATING_SYSTEM"


def test_a_table_of_payers_with_only_an_office_is_of_insurers():
    # a Synthea export's payers: a health insurer's head office, phone and tallies
    payers = {"Id": ["b3221cfc-24fb-339e-823d-bc4136cbc4ed", "7caa7254-5050-3b5e-9eae-bd5ea30e809c",
                     "7c4411ce-02f1-39b5-b9ec-dfbea9ad3c1a", "d47b3510-2895-3b70-9897-342d681c769d",
                     "6e2f1a2d-27bd-3701-8d08-dae202c58632", "047f6ec3-6215-35eb-9608-f9dda363a44c"],
              "NAME": ["Dual Eligible", "Medicare", "Medicaid", "Humana", "Blue Cross Blue Shield", "Aetna"],
              "ADDRESS": ["7500 Security Blvd", "7500 Security Blvd", "7500 Security Blvd", "500 West Main St",
                          "Michigan Plaza", "151 Farmington Avenue"],
              "PHONE": ["1-877-267-2323", "1-800-633-4227", "1-877-267-2323", "1-844-330-7799",
                        "1-800-262-2583", "1-800-872-3862"],
              "MEMBER_MONTHS": [144, 924, 3552, 1872, 2412, 1560]}
    table = classify_table("payers", payers)
    assert table["Id"] is None and table["MEMBER_MONTHS"] is None
    # payers named as people, with their own e-mails, are people
    people = {**payers, "NAME": ["Jane Doe", "Omar Haddad", "Li Wei", "Ana Souza", "Tom Berg", "Eva Novak"],
              "EMAIL": ["jane@example.com", "omar@example.org", "li.wei@example.net", "ana@example.com",
                        "tom@example.org", "eva@example.net"]}
    assert classify_table("payers", people)["Id"] == "ACCOUNT_ID"


def test_a_tally_of_person_months_is_no_account():
    # an insurer's member-months and a ward's patient-days: counts of people over time
    tallies = [144, 924, 3552, 1872, 2412, 1560, 3012, 96]
    assert best_entity("MEMBER_MONTHS", tallies) != "ACCOUNT_ID"
    assert best_entity("patient_days", tallies) != "ACCOUNT_ID"
    # the member's own number stays their account
    assert best_entity("member_id", [10293847, 10293848, 10293911, 10294002, 10294113, 10294250]) == "ACCOUNT_ID"


def test_titles_one_to_each_package_id_are_the_apps_labels():
    # values alone: a phone's foreground apps, the package id then the label the launcher shows
    apps = {"com.google.android.packageinstaller": "Package installer", "com.facebook.orca": "Messenger",
            "com.google.android.apps.messaging": "Messages", "com.whatsapp": "WhatsApp",
            "com.spotify.music": "Spotify", "com.android.chrome": "Chrome"}
    packages = list(apps) * 3
    rows = {"c01": [1583481040385 + i * 2000 for i in range(len(packages))], "c02": ["Android 14"] * len(packages),
            "c03": packages}
    found = classify_export("foreground.csv", **rows, c04=[apps[p] for p in packages], c05=[0, 1, 0, 0, 0, 1] * 3)
    assert found["c03"] == "APP_PACKAGE" and found["c04"] == "APP_PACKAGE"
    # a category shared by many packages is no label of each
    kinds = {p: ("social" if i % 2 else "tools") for i, p in enumerate(apps)}
    assert classify_export("foreground.csv", **rows, c04=[kinds[p] for p in packages])["c04"] != "APP_PACKAGE"
    # a column with gaps beside the package ids is read without failing the table
    gaps = [None if i % 4 == 0 else apps[p] for i, p in enumerate(packages)]
    assert classify_export("foreground.csv", **rows, c04=gaps)["c03"] == "APP_PACKAGE"
