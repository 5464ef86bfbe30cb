"""Classes of error a blind benchmark of public data showed (benchmarks/wild30), each with values
written here: a gender column between the name parts, ..."""
from __future__ import annotations

from tests.classifiers.support import best_entity, classify_export, classify_table

GIVEN = ["Margaret", "Thomas", "Ingrid", "Robert", "Elena", "Daniel"]
FAMILY = ["Whitlock", "Abernathy", "Solberg", "Kowalczyk", "Ferreira", "Okonkwo"]
GENDERS = ["Female", "Male", "Female", "Male", "Female", "Male"]


def test_gender_words_between_the_name_parts_are_no_middle_name():
    # a hospital seed's patients: the gender column sits between the given name and the surname
    table = classify_table("patient", {"id": [1, 2, 3, 4, 5, 6], "first_name": GIVEN, "gender": GENDERS,
                                       "last_name": FAMILY})
    assert table["gender"] is None
    assert table["first_name"] == table["last_name"] == "PERSON"
    # the names gone, the columns' order and values still say the same
    export = classify_export("patient.csv", c01=[1, 2, 3, 4, 5, 6], c02=GIVEN, c03=GENDERS, c04=FAMILY)
    assert export["c03"] != "PERSON"
    # a real middle name there still is one
    middle = classify_export("patient.csv", c01=[1, 2, 3, 4, 5, 6], c02=GIVEN,
                             c03=["Rose", None, "K.", "Anne", None, "James"], c04=FAMILY)
    assert middle["c03"] == "PERSON"


def test_a_location_objects_keys_states_and_inner_objects_are_no_places():
    # a home-alarm subscription flattened: the site's keys, its state and its base station sit
    # in the `location` object beside the street and the city
    rows = {"location.sid": [12345, 23456, 34567], "location.lStatus": [10, 10, 20],
            "location.street1": ["1234 Main Street", "9 Elm Road", "77 Oak Avenue"],
            "location.city": ["Atlantis", "Springfield", "Riverside"],
            "location.system.temperature": [67, 70, 64], "location.system.exitDelayRemaining": [60, 30, 60]}
    table = classify_table("alarm_subscriptions", rows)
    for leaf in ("location.sid", "location.lStatus", "location.system.temperature",
                 "location.system.exitDelayRemaining"):
        assert table[leaf] not in ("LOCATION", "CITY", "REGION", "COUNTRY"), leaf
    assert table["location.city"] in ("CITY", "LOCATION")
    # when a place was fixed is no place either, whatever its name starts with
    assert best_entity("location_timestamp", [1512615215149, 1512615299149, 1512616215149]) is None


def test_a_trackers_states_are_no_countrys_states():
    # a Bluetooth tracker API's `tile_states`: each row a tracker's last fix
    fix = {"location.latitude": [51.528308, 48.856614, 40.712776],
           "location.longitude": [-0.3817765, 2.3522219, -74.005974],
           "tile_id": ["19264d2dffdbca32", "0b4f1e2d3c4b5a69", "a1b2c3d4e5f60718"]}
    table = classify_table("tile_states", fix)
    assert table["location.latitude"] == table["location.longitude"] == "GPS_COORDINATE"
    # a country's states keep describing their own places
    states = classify_table("us_states", {"name": ["Alabama", "Alaska", "Arizona"],
                                          "latitude": [32.806671, 61.370716, 33.729759],
                                          "longitude": [-86.79113, -152.404419, -111.431221]})
    assert states["latitude"] is None


def test_a_repeated_id_over_a_wearables_daily_measures_is_the_wearer():
    # a fitness export: one row a wearer's day, the bare `Id` the wearer's
    wearers = [1503960366, 1624580081, 1644430081]
    days = {"Id": [w for w in wearers for _ in range(4)],
            "ActivityDate": [f"4/{12 + d}/2016" for _ in wearers for d in range(4)],
            "TotalSteps": [13162, 10735, 10460, 9762, 12669, 9705, 13019, 15506, 10544, 9819, 12764, 14371],
            "Calories": [1985, 1797, 1776, 1745, 1863, 1728, 1921, 2035, 1786, 1775, 1827, 1949]}
    assert classify_table("dailyActivity_merged", days)["Id"] == "ACCOUNT_ID"
    # a unique `Id` there is the row's own key
    unique = dict(days, Id=list(range(100, 112)))
    assert classify_table("dailyActivity_merged", unique)["Id"] is None
    # and a repeated `Id` of a table of things measured is no one's
    assert classify_table("pump_readings", dict(days, Id=days["Id"]))["Id"] is None
    # values alone: large numbers repeated down the first column of the wearers' days
    export = classify_export("dailyActivity_merged.csv", c01=days["Id"], c02=days["ActivityDate"],
                             c03=days["TotalSteps"], c04=days["Calories"])
    assert export["c01"] == "ACCOUNT_ID"
    # small repeated numbers there (a weekday) are no one's
    assert classify_export("dailyActivity_merged.csv", c01=[d for _ in wearers for d in range(4)],
                           c03=days["TotalSteps"])["c01"] is None


def test_a_social_security_number_in_another_countrys_form_is_a_government_id():
    # a Polish hospital seed's patients: 11 digits, no US form
    numbers = ["98716514321", "12314516789", "11112213333", "22213314444", "33314415555"]
    assert best_entity("social_security_number", numbers) == "GOVERNMENT_ID"
    # the US form stays the US recognizer's, and money paid into social security is no document
    assert best_entity("social_security_number", ["078-05-1120", "219-09-9999", "457-55-5462"]) == "US_SSN"
    assert best_entity("social_security_tax", [123.45, 88.10, 301.2, 77.0, 12.5]) is None


def test_a_serial_or_an_account_spelled_like_a_model_code_is_no_model():
    # a home-alarm subscription: the base station's serial and the site's account, `1234ABCD`
    table = classify_table("alarm_subscriptions", {
        "location.account": ["1234ABCD", "5678EFGH", "9012IJKL"],
        "location.system.serial": ["1234ABCD", "5678EFGH", "9012IJKL"],
        "location.system.connType": ["wifi", "cell", "wifi"]})
    assert table["location.account"] != "DEVICE_MODEL"
    assert table["location.system.serial"] != "DEVICE_MODEL"
    # under a model's name the same kind of codes stay models
    assert best_entity("device_model", ["SM-S918B", "iPhone15,3", "Pixel 8 Pro"]) == "DEVICE_MODEL"


def test_the_uuid_of_a_gadget_described_beside_it_is_its_device_id():
    # a Bluetooth tracker API's tracker: its uuid beside its firmware and hardware revisions
    trackers = classify_table("tile_details", {
        "owner_user_uuid": ["fd0c10a5-d0f7-4619-9bce-5b2cb7a6754b"] * 3,
        "tile_uuid": ["19264d2dffdbca32", "0b4f1e2d3c4b5a69", "a1b2c3d4e5f60718"],
        "firmware_version": ["01.12.14.0", "01.12.14.0", "01.19.01.0"],
        "hw_version": ["02.09", "02.09", "02.10"],
        "last_tile_state.uuid": ["19264d2dffdbca32", "0b4f1e2d3c4b5a69", "a1b2c3d4e5f60718"],
        "last_tile_state.battery_level": [0, 10, 20]})
    assert trackers["tile_uuid"] == trackers["last_tile_state.uuid"] == "DEVICE_ID"
    assert trackers["owner_user_uuid"] != "DEVICE_ID"
    # a phone's battery readings keep their own row key
    readings = classify_table("phone_battery", {"_id": [1, 2, 3, 4, 5, 6],
                                                "battery_level": [80, 79, 78, 77, 76, 75],
                                                "battery_status": [2, 2, 3, 3, 2, 2]})
    assert readings["_id"] is None
    # nor does an inventory's disks' bare `id` beside their firmware
    disks = classify_table("storages", {"id": [1, 2, 3], "hardware_id": [7, 7, 9],
                                        "firmware": ["SN04", "SN04", "2B6Q"]})
    assert disks["id"] is None


def test_small_codes_under_a_client_id_name_are_no_cookie():
    # a home-alarm event's `zoneCid` (the zone's Contact ID code): 0 and 1, as text or numbers
    assert best_entity("zoneCid", ["0", "1", "0", "1"]) is None
    assert best_entity("cid", [0, 1, 2, 3]) is None
    # Google Analytics' client ids under the same name stay cookie ids
    assert best_entity("cid", ["1234567890.1699999999", "987654321.1699999998"]) == "COOKIE_ID"


def test_a_capabilitys_true_or_false_is_no_setting_of_the_device():
    # a home-alarm base station's capabilities: what it supports, each named for the thing
    table = classify_table("alarm_subscriptions", {
        "location.system.capabilities.setWifiOverCell": [True, True, False],
        "location.system.capabilities.outdoorBattCamera": [True, False, True],
        "location.system.capabilities.setDoorbellChimeVolume": [True, True, True],
        "location.system.connType": ["wifi", "cell", "wifi"]})
    assert table["location.system.capabilities.setWifiOverCell"] is None
    assert table["location.system.capabilities.outdoorBattCamera"] is None
    assert table["location.system.capabilities.setDoorbellChimeVolume"] is None
    assert table["location.system.connType"] == "NETWORK_TYPE"
    # the same flag outside a capabilities object still reads as the setting it names
    assert best_entity("status.wifiEnabled", [True, False, True, True]) == "NETWORK_TYPE"


def test_a_gadgets_connection_state_is_no_network_type():
    # a Bluetooth tracker's link to the phone
    assert best_entity("last_tile_state.connection_state", ["DISCONNECTED", "CONNECTED", "DISCONNECTED"]) is None
    assert best_entity("connection_type", ["wifi", "4g", "wifi", "lte", "5g"]) == "NETWORK_TYPE"


def test_names_an_address_builds_with_an_initial_and_a_counter():
    # a seed's employees (Mockaroo): `hsillick0@…`, `aolochana@…`: the given name's initial, the
    # surname, a base-36 row counter; the given names are rare and the surnames made up
    given = ["Herculie", "Colly", "Renado", "Agathe", "Mayne", "Onfroi", "Vivie", "Justinn"]
    family = ["Sillick", "Berryman", "Worvell", "O'Lochan", "Screech", "Zylbermann", "Bevis", "Luberti"]
    emails = ["hsillick0@fc2.com", "cberryman1@miitbeian.gov.cn", "rworvell2@dagondesign.com",
              "aolochana@ibm.com", "mscreechb@upenn.edu", "ozylbermannf@yelp.com", "vbevisg@goo.gl",
              "jlubertih@nifty.com"]
    found = classify_export("employee.csv", c01=list(range(1, 9)), c02=given, c03=family, c04=emails)
    assert found["c03"] == "PERSON"
    assert found["c02"] == "PERSON"
    # words whose initials merely open the addresses, with no surname the address spells, stay unclaimed
    depts = ["Hr", "Compliance", "Research", "Accounting", "Marketing", "Operations", "Vendors", "Justice"]
    found = classify_export("employee.csv", c01=list(range(1, 9)), c02=depts, c04=emails)
    assert found["c02"] != "PERSON"
