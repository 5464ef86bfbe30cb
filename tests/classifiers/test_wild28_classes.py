"""Classes of error a blind benchmark of public data showed (benchmarks/wild28), each with values
written here: Poland's PESEL, a people table's key written as text, a serial key that equals
another counted column, a role object's settings and other things' keys, a Mastodon post that
mentions someone, an OAuth client's id and callback, Android's logcat as `-v long` and as Android
Studio saves it, uids and flags in logcat, a `cap` that is no postal code, and a people table's
second number beside its key."""
from __future__ import annotations

from inventory.logformats import detect, parse_lines
from tests.classifiers.support import best_entity, classify_export, classify_table

#: PESEL numbers whose check digit and birth date hold (1976-03-05, 1988-08-18, 2002-11-30…)
PESELS = ["76030533661", "88081816123", "02313012345", "44051401359", "93031961587", "81081928744"]


def _pesel_check(first_ten: str) -> str:
    """The eleventh digit PESEL's weights make of the first ten."""
    total = sum(int(d) * w for d, w in zip(first_ten, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)))
    return first_ten + str((10 - total % 10) % 10)


def test_polands_pesel_is_a_government_id():
    pesels = [_pesel_check(p[:10]) for p in PESELS]
    assert best_entity("pesel", pesels) == "GOVERNMENT_ID"
    # without a name, in a table of people: the check digits and the birth dates say it
    people = {"c01": [1, 2, 3, 4, 5, 6],
              "c02": ["Kristen", "Kent", "Lindsey", "Pamela", "Daniel", "Jasmine"],
              "c03": ["kristen.s@example.com", "kent.c@example.org", "lindsey@example.net", "pamela@example.com",
                      "dan.c@example.org", "jas@example.net"],
              "c04": pesels}
    assert classify_export("guests.csv", **people)["c04"] == "GOVERNMENT_ID"
    # eleven digits whose check digit fails are no PESELs
    wrong = [p[:10] + str((int(p[10]) + 1) % 10) for p in pesels]
    assert classify_export("guests.csv", **{**people, "c04": wrong})["c04"] != "GOVERNMENT_ID"


def test_a_people_tables_key_written_as_text_is_their_account():
    # a seed script's Oracle INSERTs, every value read back as text
    table = classify_table("hotel_maid", {
        "MaidID": ["1", "2", "3", "4", "5", "6", "7", "8"],
        "Name": ["Denise", "Sheri", "Adrienne", "Melissa", "Tiffany", "Megan", "Natalie", "Kimberly"],
        "Surname": ["Carson", "Pratt", "Porter", "Davis", "Carpenter", "Harris", "Ewing", "Haley"],
        "Email": ["dc@example.com", "sp@example.com", "ap@example.org", "md@example.net", "tc@example.com",
                  "mh@example.org", "ne@example.net", "kh@example.com"]})
    assert table["MaidID"] == "ACCOUNT_ID"


def test_a_serial_key_equal_to_a_counted_reference_is_no_copy_of_it():
    # reservations numbered 1..n, each of a guest numbered 1..n: equal row by row, by chance
    table = classify_table("hotel_reservation", {
        "ReservationID": ["1", "2", "3", "4", "5", "6", "7", "8"],
        "GuestID": ["1", "2", "3", "4", "5", "6", "7", "8"],
        "RoomID": ["2", "4", "5", "1", "3", "2", "7", "6"]})
    assert table["GuestID"] == "ACCOUNT_ID"
    assert table["ReservationID"] != "ACCOUNT_ID"


def test_a_role_objects_settings_and_other_keys_are_no_account():
    table = classify_table("invitations", {
        "inviter.id": ["523acf000089", "7d1e0a000012", "19bc77000431"],
        "inviter.username": ["john_doe", "mary.k", "pieter88"],
        "inviter.locale": ["en", "nl", "de"],
        "inviter.homeId": ["1907", "2210", "3344"]}, kind="json")
    assert table["inviter.id"] == "ACCOUNT_ID"
    assert table["inviter.locale"] != "ACCOUNT_ID"
    assert table["inviter.homeId"] != "ACCOUNT_ID"


def test_a_post_that_mentions_someone_is_what_its_author_wrote():
    mention = ('<p><span class="h-card"><a href="https://social.example/@{0}" class="u-url mention">'
               '@<span>{0}</span></a></span> {1}</p>')
    table = classify_table("statuses", {
        "id": ["101", "102", "103", "104"],
        "account.id": ["7", "7", "9", "12"],
        "account.acct": ["anna", "anna", "bram@other.example", "chloe"],
        "content": [mention.format("bram", "thanks😀"), mention.format("chloe", "agreed🙂"),
                    mention.format("anna", "ok👍"), mention.format("bram", "nice🎉")]}, kind="json")
    assert table["content"] == "USER_CONTENT"


def test_an_oauth_clients_id_and_callback_are_the_apps():
    table = classify_table("apps", {
        "id": ["1", "2"], "client_id": ["a8Zk2qPp", "x9Lw4rTt"], "client_secret": ["s3cr3tA", "s3cr3tB"],
        "redirect_uri": ["https://app.example/callback", "urn:ietf:wg:oauth:2.0:oob"]}, kind="json")
    assert table["client_id"] != "COOKIE_ID"
    assert table["redirect_uri"] != "VISITED_URL"
    # a web analytics client id stays a cookie's
    assert best_entity("client_id", ["1234567890.1712345678", "987654321.1712345999"]) == "COOKIE_ID"


LONG_LOGCAT = """--------- beginning of main
[ 03-25 23:53:27.339   747:  990 D/EGL_emulation ]
app_time_stats: avg=610.64ms min=2.29ms max=5404.50ms count=9

[ 03-25 23:53:32.918  1009: 1009 D/TaplEvents ]
Main / Touch event: action=ACTION_DOWN, x=948.9, y=414.9, deviceId=5

[ 03-25 23:53:32.967  1009: 1009 D/TaplEvents ]
Main / Touch event: action=ACTION_UP, x=948.9, y=414.9, deviceId=5

[ 03-25 23:53:33.101  1009: 1311 I/ActivityTaskManager ]
START u0 {act=android.intent.action.MAIN cmp=com.example.notes/.MainActivity} from uid 10123
""".splitlines()

STUDIO_LOGCAT = """--------- beginning of main
2025-01-24 11:39:16.533  1249-1321  BufferQueueDebug        surfaceflinger                       E  [Splash Screen] id info
---------------------------- PROCESS STARTED (2155) for package com.example.notes ----------------------------
2025-01-24 11:39:17.505  2155-2159  nativeloader            com.example.notes                    D  Load libjdwp.so using system ns: ok
2025-01-24 11:39:19.063  2155-2155  Compatibil...geReporter com.example.notes                    D  Compat change id reported: 183155436; UID 10403; state: ENABLED
2025-01-24 11:39:19.241  2155-2155  cr_WVCFactoryProvider   com.example.notes                    I  version=131.0.6778.262 minSdkVersion=29
""".splitlines()


def test_logcat_long_and_android_studios_saved_logcat_read_as_logcat():
    assert detect(LONG_LOGCAT) == "logcat-long"
    parsed = parse_lines(LONG_LOGCAT, "logcat-long")
    assert parsed.kind == "logcat"
    names = {f.path for f in parsed.fields}
    assert {"tag", "pid", "level"} <= names
    assert detect(STUDIO_LOGCAT) == "logcat"
    studio = parse_lines(STUDIO_LOGCAT, "logcat")
    assert {"tag", "package", "pid"} <= {f.path for f in studio.fields}
    # a threadtime log is not taken for the long format
    threadtime = ["03-25 23:53:27.339   747   990 D EGL_emulation: app_time_stats: avg=610.64ms",
                  "03-25 23:53:30.028     0     0 I logd    : logdr: UID=2000 GID=2000 PID=2746"]
    assert detect(threadtime) == "logcat"


def test_uid_slots_and_flags_in_logcat_are_no_accounts():
    table = classify_table("device.log", {
        "ConnectivityService.Uid_2": [10300, 10300, 10117, 1000],
        "BinderSender.cached": ["false", "true", "false", "true"]}, kind="logcat")
    assert table["ConnectivityService.Uid_2"] != "ACCOUNT_ID"
    assert table["BinderSender.cached"] != "ACCOUNT_ID"


def test_a_cap_of_other_numbers_is_no_postal_code():
    assert best_entity("cap", ["45", "263", "5", "45"]) != "LOCATION"
    assert best_entity("cap_fad", ["4000", "3900"]) != "LOCATION"
    # Italy's CAP: five digits, as text or as numbers that lost their leading zeros
    assert best_entity("cap", ["00184", "20121", "10121", "50123"]) == "LOCATION"
    assert best_entity("cap", [184, 20121, 10121, 50123]) == "LOCATION"
    # Austria's and Switzerland's PLZ have four digits, Germany's five
    assert best_entity("PLZ", ["50667", "04109", "1010", "8001", "10115"]) == "LOCATION"


def test_a_people_tables_second_number_beside_its_key_is_theirs_too():
    rows = 10
    table = classify_table("kidney_patient", {
        "id": list(range(1, rows + 1)),
        "pid": [f"10010010{n:02d}A{chr(66 + n)}" for n in range(rows)],
        "first_name": ["Heather", "Alexandra", "Nathan", "Sebastian", "Olivia", "Liam", "Emma", "Noah", "Ava",
                       "Lucas"],
        "last_name": ["Campbell", "Lewis", "Mackenzie", "Jones", "Smith", "Brown", "Wilson", "Taylor", "Clark",
                      "Walker"],
        "dob": ["1965-10-08", "1961-05-31", "1964-08-11", "1960-04-20", "1972-01-15", "1958-07-02", "1980-12-24",
                "1949-03-30", "1991-09-09", "1955-06-17"]})
    assert table["id"] == "ACCOUNT_ID"
    assert table["pid"] == "ACCOUNT_ID"
    # a process id of a table of processes is no one's
    procs = classify_table("processes", {"pid": [str(n) for n in range(311, 321)],
                                         "command": ["sshd", "cron", "nginx", "bash", "top", "sshd", "cron", "nginx",
                                                     "bash", "top"]})
    assert procs["pid"] != "ACCOUNT_ID"


def test_a_medicines_route_is_no_place():
    # (a leftover of wild27) Oral is a city in Kazakhstan, and how a tablet is taken
    table = classify_table("medicines", {
        "id": [1, 2, 3, 4, 5, 6, 7],
        "name": ["Paracetamol", "Amoxicillin", "Ibuprofen", "Cetirizine", "Metformin", "Omeprazole", "Aspirin"],
        "dosage": ["500 mg", "250 mg", "400 mg", "10 mg", "500 mg", "20 mg", "75 mg"],
        "route": ["Oral"] * 7})
    assert table["route"] not in {"CITY", "LOCATION"}
    # a customer's city of the same name stays a city
    assert classify_table("customers", {"city": ["Oral", "Almaty", "Astana", "Oral", "Shymkent"]})["city"] == "CITY"


def test_a_weather_stations_model_and_firmware_are_its_devices():
    # (a leftover of wild27) an upload of a weather station: its model beside its firmware
    table = classify_table("station_uploads", {
        "PASSKEY": ["34B7DA4A6AF1F5E1", "A1F5E134B7DA4A6A", "7DA4A6AF1F5E134B"],
        "stationtype": ["GW2000A_V2.1.4", "EasyWeatherV1.5.9", "WH2650A_V1.7.4"],
        "softwaretype": ["EasyWeatherPro_V5.1.1", "EasyWeatherV1.5.9", "OBSERVERIP2_V2.2.3"],
        "model": ["GW2000A", "WS2900_V2.01.13", "WH2650A"],
        "tempf": ["73.6", "68.2", "70.1"]}, kind="json")
    assert table["model"] == "DEVICE_MODEL"
    assert table["softwaretype"] == "OPERATING_SYSTEM"
    # a bare `model` of a table of statistics is no device's
    assert classify_table("fits", {"model": ["ols", "ridge", "lasso"], "r2": ["0.91", "0.88", "0.87"]})["model"] \
        != "DEVICE_MODEL"
