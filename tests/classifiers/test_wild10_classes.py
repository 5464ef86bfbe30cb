"""Classes of error a tenth blind benchmark of public data (benchmarks/wild10) exposed, each in
the shape the public data has: a clinical trial's CDISC tables, a DICOM worklist, an EMR's
test data written as SQL literals, a personal-finance book, Wi-Fi scans."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.names import ABBREVIATIONS, ID_RUN_STEMS, NameTokens, phrase, split_id_run
from classifiers.recognizers.date_of_birth import is_birth_value
from classifiers.recognizers.phone_number import is_phone_number
from classifiers.registry import default_recognizers
from datamap.model import DatasetSample, FieldSample


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns`."""
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


SUBJECTS = [f"01-{site}-{n}" for site, n in [(701, 1015), (701, 1023), (702, 1028), (703, 1033), (704, 1034),
                                              (705, 1047), (706, 1057), (708, 1097), (709, 1111), (710, 1115)]]


def test_a_key_run_together_with_its_thing_is_that_things_key():
    assert NameTokens.of("SUBJID").own == ("subject", "id")
    assert NameTokens.of("USUBJID").own == ("subject", "id")  # CDISC's unique subject id
    assert NameTokens.of("deviceid").own == ("device", "id")
    # words that end in `id` and name no key stay whole
    assert split_id_run("valid") is None and split_id_run("android") is None and split_id_run("uid") is None
    dm = {"STUDYID": ["CDISCPILOT01"] * 10, "USUBJID": SUBJECTS, "SUBJID": [s[-4:] for s in SUBJECTS],
          "SITEID": [s[3:6] for s in SUBJECTS], "AGE": [63, 64, 71, 74, 77, 85, 68, 81, 84, 52],
          "SEX": ["F", "M", "M", "M", "F", "F", "M", "F", "F", "M"]}
    found = classify("dm.parquet", dm)
    assert found["USUBJID"] == "ACCOUNT_ID" and found["SUBJID"] == "ACCOUNT_ID"
    assert found["STUDYID"] is None and found["SITEID"] is None


def test_every_stem_of_a_run_together_key_is_a_listed_key():
    listed = {phrase(p) for r in default_recognizers() for p in (*r.names, *r.weak_names)}
    for stem in ID_RUN_STEMS:
        assert (*ABBREVIATIONS.get(stem, (stem,)), "id") in listed, stem


def test_a_code_with_a_trunk_zero_must_be_a_valid_number():
    # any nine digits after a trunk 0 are a possible number somewhere; few are valid
    assert sum(map(is_phone_number, SUBJECTS)) < len(SUBJECTS) / 2
    assert is_phone_number("030 1234567") and is_phone_number("0755-86013388") and is_phone_number("020 7946 0958")
    assert classify("subjects.csv", {"c01": SUBJECTS})["c01"] != "PHONE_NUMBER"


def test_a_birth_date_written_as_a_timestamp_literal_with_its_offset():
    assert is_birth_value("1932-2-23+2:00") and is_birth_value("1931-3-21 12:00 -5:00")
    assert not is_birth_value("2090-1-1+2:00")
    identity = {"gender": ["f", "m", "m", "m", "m", "f"],
                "dob": ["1932-2-23+2:00", "1931-3-21 12:00 -5:00", "1965-11-21+2:00", "1920-1-20+2:00",
                        "1931-03-26+2:00", "1931-3-22+2:00"],
                "title": ["Dr.RN", "Capt.", "Dr.", "Dr.", "Capt.", ""]}
    assert classify("identity.ndjson", identity)["dob"] == "DATE_OF_BIRTH"


def test_plural_run_together_name_parts_are_names():
    names = {"active": [True, True, False, True, False, True, True, True, True, False],
             "lastnames": ["Chapel", "Kirk", "Kirk", "Bashir", "Siddig", "McCoy", "DeForest", "Spock", "Nimoy",
                           "Kirk"],
             "firstnames": ["Christine", "James Tiberius", "James R.", "Julian", "Alexander", "Leonard Horatio",
                            "Kelley", "S'chn T'gai", "Leonard", "William"]}
    found = classify("names.ndjson", names)
    assert found["lastnames"] == "PERSON" and found["firstnames"] == "PERSON"


def test_an_age_of_zero_everywhere_is_no_ones_age():
    scan = {"SSID_STR": ["eduroam", "ETS-Invites", "ETS-Invites", "HP-Print-B2", "eduroam", "ETS"],
            "RSSI": [-89, -88, -87, -70, -66, -91], "AGE": [0, 0, 0, 0, 0, 0],
            "CHANNEL": [44, 44, 157, 6, 1, 11]}
    assert classify("airport_wifi_scan.ndjson", scan)["AGE"] is None
    people = {"name": ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Eze", "Ed Fox", "Flo Gil"], "age": [34, 0, 27, 51, 19, 8]}
    assert classify("people.csv", people)["age"] == "AGE"


def test_a_list_of_short_codes_is_no_list_of_places():
    worklist = {"PatientName": ["VIVALDI^ANTONIO", "VIVALDI^ANTONIO", "HAYDN^FRANZ^JOSEPH", "HAYDN^FRANZ^JOSEPH",
                                "BEETHOVEN^LUDWIG^VAN", "MOZART^WOLFGANG^AMADEUS"],
                "PatientID": ["AV35674", "AV35674", "AV12345", "AV12345", "AV99999", "AV55555"],
                "PatientBirthDate": ["16780304", "16780304", "17320331", "17320331", "17701217", "17560127"],
                "Modality": ["MR", "CT", "US", "MG", "CR", "DX"]}
    assert classify("worklist.csv", worklist)["Modality"] is None


def test_a_foreign_key_to_a_place_is_no_place():
    encounter = {"fk_location": [-1, -1, -1], "started": ["2000-9-17 17:13", "2000-9-18 8:13", None],
                 "reason_for_encounter": ["bleeding cut forearm L", "knife cut follow-up", "first for this RFE"]}
    assert classify("encounter.ndjson", encounter)["fk_location"] is None


def test_a_books_accounts_are_no_logins():
    book = {"key": [1, 2, 3], "name": ["Cheque account", "Saving account", "Japan account"],
            "type": [6, 7, 6], "curr": [1, 1, 2], "initial": [50, 1000, 500], "minimum": [-200, 0, 0]}
    assert classify("homebank_accounts.csv", book)["key"] is None
    # a platform's accounts stay people's
    users = {"id": [11, 12, 13, 14], "name": ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Eze"],
             "email": ["ann@example.com", "bo@example.com", "cy@example.com", "di@example.com"]}
    assert classify("accounts.csv", users)["id"] == "ACCOUNT_ID"


def test_a_books_few_accounts_beside_amounts_are_no_logins():
    operations = {"date": [738182 + i for i in range(24)], "amount": [-94.0, 5.0, -13.49, 1218.6] * 6,
                  "account": [1, 1, 3, 2] * 6, "paymode": [6, 4, 6, 4] * 6, "category": [4, 128, 10, 125] * 6,
                  "wording": ["fuel", "my bonus", "binge watching", "my smic"] * 6}
    assert classify("homebank_operations.csv", operations)["account"] is None
    # many accounts paying: the customers' accounts
    orders = {"account": [1000 + i for i in range(24)], "amount": [9.99 + i for i in range(24)]}
    assert classify("orders.csv", orders)["account"] == "ACCOUNT_ID"
