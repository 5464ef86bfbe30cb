"""Classes of error an eighth blind benchmark of public data (benchmarks/wild8) exposed, each in
the shape the public data has: a genealogy database keyed by handles, FHIR resources flattened to
CSV, GEDCOM names, a phone maker's device list with battery and location."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.support import best_entity


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns`."""
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


HANDLES = ["_a5af0eb667015e355db", "_a5af0eb696917232725", "_a5af0eb698f29568502", "_a5af0eb69b82a6cdc5a",
           "_a5af0eb69c40c179441", "_a5af0eb6a0d53b0b5c2", "_a5af0eb6a3a1a05fb9a", "_a5af0eb6a6d27a2e0ef"]
PLACES = ["_08TJQCCFIX31BXPNXN", "_1GTJQCCXZ3YO5QOFS", None, "_Q8VJQCBTTFJ6B54QBI", "_08TJQCCFIX31BXPNXN",
          None, "_3VXJQC1WHRNY8PN3KH", "_1GTJQCCXZ3YO5QOFS"]


def test_the_handle_that_keys_a_table_of_things_is_no_account():
    events = {"handle": HANDLES, "gramps_id": [f"E{i:04d}" for i in range(8)],
              "type": ["Birth", "LVG", "Birth", "Birth", "Death", "Burial", "Birth", "Marriage"],
              "place_handle": PLACES}
    found = classify("genealogy.sqlite/event", events)
    assert found["handle"] is None  # the event's own key
    assert found["place_handle"] is None  # a place's handle beside the event
    # a table of people keeps its handles: the person's key, and a parent's handle points at a person
    people = {"handle": HANDLES, "first_name": ["Martha", "Armand", "Mary", "Christopher", "Niall", "Anna",
                                                "Keith", "Hanna"],
              "surname": ["Nielsen", "Jiménez", "Garner", "Floyd", "Caldwell", "Hansdotter", "Smith", "Smith"]}
    assert classify("genealogy.sqlite/person", people)["handle"] == "ACCOUNT_ID"
    assert best_entity("father_handle", HANDLES) == "ACCOUNT_ID"
    # a handle repeated over a table's rows is the person each row is by (a post's author)
    posts = {"handle": ["@jack", "@ev", "@jack", "@biz", "@ev", "@jack"], "text": ["hi", "yo", "ok", "no", "so", "ah"]}
    assert classify("tweets", posts)["handle"] == "ACCOUNT_ID"


def test_a_reference_to_a_persons_fhir_resource_is_their_account_id():
    refs = ["Patient/123", "Patient/123", "Patient/marge-simpson", "Patient/555", "Patient/123"]
    assert best_entity("subject", refs) == "ACCOUNT_ID"
    assert best_entity("c04", refs) == "ACCOUNT_ID"  # the resource type says so, whatever the name
    assert best_entity("recipient", ["Practitioner/124;Patient/123", "Patient/123", "Practitioner/124",
                                     "Patient/123", "Practitioner/124"]) == "ACCOUNT_ID"
    # references to other resources are no one's
    assert best_entity("encounter", ["Encounter/123", "Encounter/456", "Encounter/789", "Encounter/1",
                                     "Encounter/2"]) is None


def test_gedcom_names_and_fhir_name_parts():
    names = ["Anna /Hansdotter/", "Keith Lloyd /Smith/", "Hans Peter /Smith/", "Hanna /Smith/",
             "Martin /Smith/", "Kirsti Marie /Smith/", "Ingeman /Smith/"]
    assert best_entity("name", names) == "PERSON"
    patients = {"given": ["Homer", "Marge", "Bart", "Lisa", "Blinky"],
                "family": ["Simpson", "Simpson", "Simpson", "Simpson", None],
                "gender": ["male", "female", "male", "female", None]}
    assert classify("fhir_patients.csv", patients)["family"] == "PERSON"
    # a font's or a product's family is no surname
    assert best_entity("font_family", ["Helvetica", "Arial", "Georgia", "Verdana", "Times"]) is None
    assert best_entity("product_family", ["Pixel", "Galaxy", "Nest", "Chromecast", "Fitbit"]) is None


def test_a_table_of_carried_devices_locates_their_owners():
    devices = {"id": ["iPhone12,1", "iPhone4,1", "iPod4,1", "MacBookPro10,1", "MacBookPro11,3",
                      "MacBookPro15,1", "iPad7,3", "Watch5,4", "iPhone10,6", "MacBookAir8,1"],
               "name": ["iPhone de Quentin", "iPhone Quentin TARANTINO", "iPod Touch 4 Uma", "Retina Uma",
                        "Retina Quentin", "MacBook Pro de Quentin", "iPad de Uma", "Apple Watch de John",
                        "iPhone de John", "MacBook Air de Uma"],
               "deviceDisplayName": ["iPhone 11", "iPhone 4s", "iPod touch (4th generation)", "MacBook Pro 15",
                                     "MacBook Pro 15", "MacBook Pro 15", "iPad (7th generation)", "Apple Watch",
                                     "iPhone X", "MacBook Air"],
               "batteryLevel": [0.83, 0.0, 0.0, 0.0, 0.0, 0.27, 0.5, 0.9, 0.42, 0.61],
               "batteryStatus": ["NotCharging", "Unknown", "Unknown", "Unknown", "Unknown", "Charging",
                                 "NotCharging", "Charging", "NotCharging", "Charged"],
               "location.latitude": [45.1234567, None, None, None, None, 45.1234567, 45.1234567, None, 48.85, None],
               "location.longitude": [6.1234567, None, None, None, None, 6.1234567, 6.1234567, None, 2.35, None]}
    found = classify("findmy_devices.ndjson", devices)
    assert found["deviceDisplayName"] == "DEVICE_MODEL"
    assert found["batteryLevel"] == "BATTERY_STATE"
    assert found["location.latitude"] == "GPS_COORDINATE"  # the owner's whereabouts, not a site's
    assert found["name"] == "DEVICE_MODEL"  # the device's name holds its model (and its owner's name)


def test_a_table_of_stations_still_names_its_located_rows():
    stations = {"name": ["Berri-UQAM", "Jean-Talon", "Lionel-Groulx", "Snowdon", "Longueuil", "Angrignon",
                         "Honoré-Beaugrand", "Côte-Vertu", "Montmorency", "Saint-Michel"],
                "lat": [45.515, 45.539, 45.482, 45.485, 45.525, 45.446, 45.596, 45.514, 45.558, 45.559],
                "lon": [-73.561, -73.614, -73.580, -73.627, -73.522, -73.603, -73.535, -73.683, -73.721, -73.600]}
    found = classify("metro_stops", stations)
    assert found["lat"] is None and found["lon"] is None


def test_a_login_that_is_its_own_password_is_a_shared_default():
    apns = {"provider": ["Orange", "Vodafone", "T-Mobile", "Movistar", "Orange", "MTS", "Maxis", "Mobitel"],
            "apn": ["orange.fr", "web.vodafone.de", "internet.t-mobile", "movistar.es", "orange", "internet.mts.ru",
                    "unet", "mobitel"],
            "username": ["orange", "vodafone", "t-mobile", "movistar", "orange", "mts", "maxis", None],
            "password": ["orange", "vodafone", "tm", "movistar", "orange", "mts", "wap", None]}
    assert classify("carrier_apns.csv", apns)["username"] is None
    # people's logins beside their (hashed) passwords stay accounts
    users = {"username": ["jdoe", "asmith", "bwong", "cfox", "dlee", "epark"],
             "password": ["$2b$12$abc", "$2b$12$def", "$2b$12$ghi", "$2b$12$jkl", "$2b$12$mno", "$2b$12$pqr"]}
    assert classify("users.csv", users)["username"] == "ACCOUNT_ID"


def test_wild7_leftovers_a_patients_account_an_activitys_external_id_a_kins_role_a_call_channel():
    # HL7's PID-18 is the patient's account with the hospital, not a bank's account number
    assert best_entity("patient_account_number", ["123456", "223344", "334455", "445566", "556677"]) == "ACCOUNT_ID"
    assert best_entity("account_number", ["12345678", "22334455", "33445566", "44556677", "55667788"]) is None
    # an activity's `external_id` is the upload's id where it came from; a user's stays theirs
    activities = {"id": [8529483, 8529484, 8529485, 8529486, 8529487],
                  "external_id": ["garmin_push_1", "garmin_push_2", "2.fit", "3.fit", "garmin_push_5"],
                  "distance": [1000.0, 2000.0, 3000.0, 4000.0, 5000.0]}
    assert classify("strava_activities.ndjson", activities)["external_id"] is None
    users = {"external_id": ["cus_1", "cus_2", "cus_3", "cus_4", "cus_5"],
             "email": ["a@x.org", "b@x.org", "c@x.org", "d@x.org", "e@x.org"]}
    assert classify("users.csv", users)["external_id"] == "ACCOUNT_ID"
    # how a next of kin stands to the patient is no role on a platform
    assert best_entity("contact_role", ["EMC", "NOK", "EMC", "C", "EMC"]) is None
    assert best_entity("user_role", ["seller", "buyer", "seller", "creator", "buyer"]) == "USER_ROLE"
    # a bank's call channel: cellular beside telephone is how it called, no device's network
    assert best_entity("contact", ["cellular"] * 64 + ["telephone"] * 36) is None
    assert best_entity("c05", ["wifi"] * 50 + ["4g"] * 30 + ["cellular"] * 20) == "NETWORK_TYPE"


def test_the_one_to_four_texts_of_an_api_response_under_a_content_name():
    assert best_entity("text", ["Just setting up my twttr account today"]) == "USER_CONTENT"
    assert best_entity("notes", ["Great pressing, a little surface noise on side B",
                                 "Bought at a yard sale for a dollar"]) == "USER_CONTENT"
    # a few words under a content name are too little; prose under no such name decides nothing
    assert best_entity("message", ["Not Found"]) is None
    assert best_entity("c01", ["Just setting up my twttr account today"]) is None
    assert best_entity("description", ["A library for parsing dates in many formats"]) is None


def test_long_prose_of_a_record_that_names_its_sender_is_what_they_wrote():
    thread = {"id": ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "123"],
              "sender": ["Practitioner/124", "Patient/123", "Practitioner/124", "Patient/123", "Practitioner/124",
                         "Patient/123", "Practitioner/124", None],
              "payload": ["", "Hi, Homer. Can you come in to discuss treatment for your radiation poisoning?",
                          "Aww, not again... Doh!",
                          "Homer, I have not received your labs yet. Did you go for your lab work?",
                          "Of course I did! Must be in the mail",
                          "Homer, this is for your own wellbeing. You need to take this seriously.",
                          "Well I stopped eating donuts did not I? Sometimes...", "Hello world"]}
    assert classify("fhir_communications.csv", thread)["payload"] == "USER_CONTENT"
    # the same texts with no one named as their author stay undecided
    del thread["sender"]
    assert classify("fhir_communications.csv", thread)["payload"] is None
