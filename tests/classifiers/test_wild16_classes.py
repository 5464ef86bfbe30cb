"""Classes of error a sixteenth blind benchmark of public data (benchmarks/wild16) exposed, each
in the shape the public data has: Synthea's patients as FHIR resources (fhiry's test data), a
GEDCOM family tree (python-gedcom's), Vaillant heat pumps' homes and devices (mypyllant's
fixtures), Google Calendar events (libgdata's traces) and a Sonos speaker's queue (soco's)."""
from __future__ import annotations

from tests.classifiers.support import classify_table as classify


def test_a_manufacturers_article_number_is_no_phone_number():
    # Vaillant's article numbers: ten digits with leading zeros, as a US number could be written
    found = classify("vaillant_trouble_codes.csv", {
        "articleNumber": ["0010045478", "0010016040", "0020252922", "0020260962"],
        "part_number": ["0010021117", "0010022066", "0010016040", "0020261008"],
        "code": ["3", "801", "3", "801"]})
    assert found["articleNumber"] != "PHONE_NUMBER"
    assert found["part_number"] != "PHONE_NUMBER"
    # a phone number is still one
    assert classify("contacts.csv", {"phone": ["(206) 555-1212", "(415) 555-0133", "(212) 555-0199"]})["phone"] \
        == "PHONE_NUMBER"


def test_a_records_resource_type_is_no_role_a_user_signed_up_as():
    # every FHIR resource names its kind: `Patient`, `Organization`, `Practitioner`
    found = classify("fhir_patient.ndjson", {"resourceType": ["Patient"] * 6,
                                             "id": [f"fbfec681-d357-4b28-b1d2-5db6434c78{i:02d}" for i in range(6)]})
    assert found["resourceType"] != "USER_ROLE"


def test_an_icalendar_uid_is_no_mailbox_and_no_account():
    found = classify("google_calendar_events.ndjson", {
        "iCalUID": ["8ndrpt97cl0c9lkbpojq9tiquo@google.com", "dsk9v6avumdakmikagf6bso60c@google.com",
                    "kp3h5adu1rivpi3cv1boi50u1s@google.com", "e6kep3e08m15gsbbilvp0a35fg@google.com"],
        "creator.email": ["libgdata.test@googlemail.com"] * 4})
    assert found["iCalUID"] is None
    assert found["creator.email"] == "EMAIL_ADDRESS"


def test_a_position_in_a_playlist_is_an_order_not_a_place():
    found = classify("sonos_media_metadata.ndjson", {"result.playlist_position": [1, 2, 3, 4, 5],
                                                     "result.title": ["Tired", "Hit the Road Jack", "I'm Not In Love",
                                                                      "Tired", "Hit the Road Jack"]})
    assert found["result.playlist_position"] != "GPS_COORDINATE"


def test_a_reference_to_the_patient_a_record_is_about_is_the_patients_id():
    # FHIR's clinical resources point at their patient as `subject.reference` or `patient.reference`
    uuids = [f"urn:uuid:5cbc121b-cd71-4428-b8b7-31e53eba81{i:02d}" for i in range(5)]
    found = classify("fhir_condition.ndjson", {"subject.reference": uuids,
                                               "code.text": ["Prediabetes", "Cardiac Arrest", "Hyperlipidemia",
                                                             "Viral sinusitis (disorder)", "Acute bronchitis (disorder)"]})
    assert found["subject.reference"] == "ACCOUNT_ID"
    found = classify("fhir_immunization.ndjson", {"patient.reference": uuids, "status": ["completed"] * 5})
    assert found["patient.reference"] == "ACCOUNT_ID"


def test_the_text_of_a_coded_concept_is_its_label_not_user_content():
    # a condition's SNOMED code and its display text, beside the patient's id
    diagnoses = ["Viral sinusitis (disorder)", "History of cardiac arrest (situation)", "Fracture of clavicle",
                 "Body mass index 30+ - obesity (finding)", "Acute viral pharyngitis (disorder)",
                 "Injury of tendon of the rotator cuff of shoulder", "Sprain of ankle", "Chronic sinusitis (disorder)"]
    found = classify("fhir_condition.ndjson", {
        "subject.reference": [f"urn:uuid:5cbc121b-cd71-4428-b8b7-31e53eba81{i:02d}" for i in range(8)],
        "code.text": diagnoses, "code.coding.display": diagnoses,
        "note.text": ["Patient reports the pain started after a fall on the stairs last week",
                      "Asked to come back if the cough lasts more than ten days", "Feels better, sleeps well again",
                      "Worried about the new medication and its side effects", "Skipped two doses while travelling",
                      "Would like a referral to a physiotherapist near work", "Pain is worse in the mornings",
                      "Says the inhaler helps but runs out too soon"]})
    assert found["code.text"] is None
    assert found["code.coding.display"] is None
    assert found["note.text"] == "USER_CONTENT"  # what a person wrote stays content


def test_gedcom_tags_read_as_the_words_they_abbreviate():
    # a family tree exported as GEDCOM: `NAME.GIVN`, `NAME.SURN`, `BIRT.DATE`, `BIRT.PLAC`
    found = classify("gedcom_individuals.csv", {
        "NAME": ["Max /Mustermann/", "Florian /Mustertyp/", "Gudwin /Mustermann/", "Gisela /Musterfrau/"],
        "NAME.GIVN": ["Max", "Florian", "Gudwin", "Gisela"],
        "NAME.SURN": ["Mustermann", "Mustertyp", "Mustermann", "Musterfrau"],
        "BIRT.DATE": ["1980-01-01", "1982-01-27", "1950-10-25", "1954-09-14"],
        "BIRT.PLAC": ["Musterstadt", "Musterhausen", "Musterdorf", "Musterstadt"]})
    assert found["NAME.GIVN"] == "PERSON"
    assert found["NAME.SURN"] == "PERSON"
    assert found["BIRT.DATE"] == "DATE_OF_BIRTH"


def test_a_makers_product_type_beside_the_devices_serial_is_its_model():
    # a Vaillant home: its gateway's serial number, firmware, and the product's type and name
    home = {"serialNumber": ["04ee82aa72ef4aa17a08e420cab922546cde8137", "52eeeb41bd8527f5a04c0e4c86350996416b0fa9",
                             "cd5e983e460d441d002742346b1fa965b4e39228"],
            "firmwareVersion": ["0357.40.34", "404.1.27", "0357.40.35"],
            "nomenclature": ["VR 920", "VR 940f", "VR 921"],
            "productMetadata.productType": ["VR920", "VR940F", "VR921"],
            "productMetadata.productionYear": ["17", "24", "22"]}
    found = classify("vaillant_homes.ndjson", home)
    assert found["nomenclature"] == "DEVICE_MODEL"
    assert found["productMetadata.productType"] == "DEVICE_MODEL"
    # the same products in a shop's order lines, beside SKUs and prices: goods, not anyone's device
    shop = classify("order_items.csv", {"product_name": ["aroTHERM plus", "uniTOWER", "recoVAIR"],
                                        "product_type": ["VWL 75/6", "VIH QW 190/6", "VAR 260/4"],
                                        "sku": ["SKU-1001", "SKU-1002", "SKU-1003"], "price": [9990, 3890, 4100]})
    assert shop["product_name"] != "DEVICE_MODEL"
    assert shop["product_type"] != "DEVICE_MODEL"


def test_a_position_written_as_text_of_whole_numbers_is_an_order_too():
    # soco's Sonos answers write every number as a string (`"playlist_position": "1"`)
    found = classify("sonos_media_metadata.ndjson", {"result.playlist_position": ["1", "2", "3", "1", "4"],
                                                     "result.uri": ["x-file-cifs://192.168.1.3/sonos/music/Tired.mp3"] * 5})
    assert found["result.playlist_position"] != "GPS_COORDINATE"


def test_a_geocoders_display_name_is_a_place_not_a_person():
    found = classify("nominatim_places.ndjson", {
        "display_name": ["Moskva, Центральный административный округ, Moskva, Центральный федеральный округ, Россия",
                         "Bonneville, Haute-Savoie, Auvergne-Rhône-Alpes, France métropolitaine, France",
                         "Guildford, Surrey, South East England, England, United Kingdom",
                         "Dubai, Dubai, United Arab Emirates, 00000, United Arab Emirates"],
        "place_id": [23486142, 97234613, 159575959, 159148837]})
    assert found["display_name"] != "PERSON"
    assert found["place_id"] != "ACCOUNT_ID"
    # a platform's display name of people stays a person's name
    people = classify("users.ndjson", {"display_name": ["Jane Doe", "Doe, John", "Maria Garcia", "Wei Zhang"],
                                       "user_id": [1, 2, 3, 4]})
    assert people["display_name"] == "PERSON"


def test_a_media_players_track_uri_is_no_page_visited():
    found = classify("sonos_media_metadata.ndjson", {
        "input.TrackURI": ["x-file-cifs://192.168.1.3/sonos/music/Tired.mp3",
                           "hls-radio://http://a.files.bbci.co.uk/media/live/manifesto/audio/simulcast/hls/uk/sbr_high/ak/bbc_radio_one.m3u8",
                           "x-file-cifs://192.168.1.3/sonos/music/Hit%20the%20Road%20Jack.mp3"],
        "result.uri": ["x-file-cifs://192.168.1.3/sonos/music/Tired.mp3",
                       "hls-radio://http://a.files.bbci.co.uk/media/live/manifesto/audio/simulcast/hls/uk/sbr_high/ak/bbc_radio_one.m3u8",
                       "x-file-cifs://192.168.1.3/sonos/music/Hit%20the%20Road%20Jack.mp3"]})
    assert found["input.TrackURI"] != "VISITED_URL"
    assert found["result.uri"] != "VISITED_URL"


def test_a_familys_husband_and_wife_are_pointers_to_people():
    # a GEDCOM family record: its husband's, wife's and children's individual records
    found = classify("gedcom_families.csv", {"FAM": ["@F1@", "@F2@", "@F3@", "@F4@"],
                                             "HUSB": ["@5@", "@15@", "@11@", "@13@"],
                                             "WIFE": ["@6@", "@16@", "@12@", "@14@"],
                                             "MARR.DATE": ["11 SEP 1959", "11 NOV 1977", "7 JUL 1975", "18 DEC 2018"]})
    assert found["HUSB"] == "ACCOUNT_ID"
    assert found["WIFE"] == "ACCOUNT_ID"


def test_a_clinicians_title_is_no_street_and_a_udi_carrier_no_mobile_network():
    # an encounter's practitioner as Synthea names them; an implant's UDI as its label prints it
    found = classify("fhir_encounter.ndjson", {
        "participant.individual.display": ["Dr. Bennett146 Breitenberg711", "Dr. Mason910 Quitzon246",
                                           "Dr. Chi716 O'Connell601", "Dr. Margene509 Heller342"]})
    assert found["participant.individual.display"] != "STREET_ADDRESS"
    found = classify("fhir_device.ndjson", {
        "udiCarrier.carrierHRF": ["(01)38205793067477(11)651025(17)901109(10)8060748503699044610(21)371594",
                                  "(01)79127444617307(11)960810(17)210825(10)879750934098270(21)14215"]})
    assert found["udiCarrier.carrierHRF"] == "DEVICE_ID"


def test_a_bare_digit_run_after_a_double_zero_must_be_a_valid_number():
    # Vaillant's article numbers with their column renamed: `0010045478` read as `+1 0045478`
    found = classify("vaillant_devices.csv", {"c06": ["0010045478", "0010016040", "0010021117", "0010022066"]})
    assert found["c06"] != "PHONE_NUMBER"
    # an international number dialled with 00 is still one
    found = classify("contacts.csv", {"c02": ["0044 20 7946 0958", "004930123456", "0033142685300", "0034915550123"]})
    assert found["c02"] == "PHONE_NUMBER"


def test_a_places_key_is_no_account_even_where_a_name_looks_personal():
    found = classify("nominatim_places.ndjson", {
        "place_id": [23486142, 97234613, 159575959, 159148837, 102269000],
        "display_name": ["Jane Ann Cole", "Mark Hart", "Sara Ann", "Lena Berg", "Ola Sand"],
        "address.road": ["12 Old Palace Road", "72 Ottakringer Straße", "1 Main Street", "4 Elm Road", "9 Hill Road"]})
    assert found["place_id"] != "ACCOUNT_ID"


def test_the_text_of_a_comment_is_user_content_however_deep_the_api_wraps_it():
    # YouTube's comment threads: a test account's comments, the same words again and again
    found = classify("youtube_comment_threads.ndjson", {
        "snippet.topLevelComment.snippet.textDisplay": ["This is a test comment."] * 8,
        "snippet.topLevelComment.snippet.textOriginal": ["This is a test comment."] * 8,
        "snippet.topLevelComment.snippet.likeCount": [0] * 8})
    assert found["snippet.topLevelComment.snippet.textDisplay"] == "USER_CONTENT"
    assert found["snippet.topLevelComment.snippet.textOriginal"] == "USER_CONTENT"
    # a comment's metadata stays none of it
    assert found["snippet.topLevelComment.snippet.likeCount"] is None
