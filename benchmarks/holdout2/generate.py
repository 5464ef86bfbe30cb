"""Generate the second blind holdout benchmark (holdout2).

usage: python benchmarks/holdout2/generate.py OUT_DIR [--seed N] [--verify]

Writes 11 synthetic datasets into OUT_DIR, each imitating a vendor export or a convention that
the dev set and the first holdout do not use (RudderStack, Braze, Heap, Firebase Crashlytics,
Snowplow enriched, Debezium CDC, Auth0 logs, kubectl container logs, a German CRM export, a
Spanish mobile telemetry table, a telecom table with SQL-style UPPER_CASE names).

Deterministic: the same seed gives byte-identical files (stdlib + pyarrow only, no clock).
--verify regenerates (if needed) and checks that every generated field has a label in
labels.csv beside this file and every label names a generated field.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import unicodedata
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent
BASE = datetime(2024, 3, 4, 0, 0, 0, tzinfo=timezone.utc)  # fixed: no wall clock

# --------------------------------------------------------------------------------------------
# value pools
# --------------------------------------------------------------------------------------------
PEOPLE = {
    "US": (["James", "Olivia", "Tyrone", "Emily", "Michael", "Aaliyah", "Connor", "Madison",
            "DeShawn", "Hannah"],
           ["Johnson", "Williams", "Brown", "Miller", "Davis", "Garcia", "Wilson", "Taylor",
            "Anderson", "Thompson"]),
    "GB": (["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Alfie", "Freya"],
           ["Smith", "Jones", "Evans", "Hughes", "Wright", "Walker", "Roberts", "Patel"]),
    "DE": (["Lukas", "Sophie", "Maximilian", "Marie", "Jürgen", "Anja", "Felix", "Lena", "Torsten",
            "Gisela", "Björn", "Jana"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schäfer", "Koch", "Hoffmann", "Groß", "Krüger"]),
    "FR": (["Camille", "Louis", "Chloé", "Hugo", "Léa", "Théo"],
           ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"]),
    "ES": (["Lucía", "Hugo", "Martina", "Pablo", "Carmen", "Álvaro"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez"]),
    "MX": (["Santiago", "Valentina", "Mateo", "Ximena", "Diego", "Regina"],
           ["Hernández", "González", "Rodríguez", "Ramírez", "Flores", "Torres"]),
    "BR": (["João", "Ana", "Pedro", "Beatriz", "Gabriel", "Larissa", "Rafael", "Juliana"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Carvalho", "Almeida"]),
    "AR": (["Martín", "Sofía", "Joaquín", "Camila"], ["Gómez", "Díaz", "Romero", "Álvarez"]),
    "IN": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha"],
           ["Sharma", "Iyer", "Reddy", "Gupta", "Nair", "Chatterjee"]),
    "JP": (["Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito"]),
}

CITIES = {
    "US": [("New York", "NY", "America/New_York", 40.7128, -74.0060),
           ("Austin", "TX", "America/Chicago", 30.2672, -97.7431),
           ("Seattle", "WA", "America/Los_Angeles", 47.6062, -122.3321),
           ("Denver", "CO", "America/Denver", 39.7392, -104.9903)],
    "GB": [("London", "ENG", "Europe/London", 51.5072, -0.1276),
           ("Manchester", "ENG", "Europe/London", 53.4808, -2.2426),
           ("Glasgow", "SCT", "Europe/London", 55.8642, -4.2518)],
    "DE": [("Berlin", "BE", "Europe/Berlin", 52.5200, 13.4050),
           ("München", "BY", "Europe/Berlin", 48.1351, 11.5820),
           ("Hamburg", "HH", "Europe/Berlin", 53.5511, 9.9937),
           ("Köln", "NW", "Europe/Berlin", 50.9375, 6.9603)],
    "FR": [("Paris", "IDF", "Europe/Paris", 48.8566, 2.3522),
           ("Lyon", "ARA", "Europe/Paris", 45.7640, 4.8357)],
    "ES": [("Madrid", "MD", "Europe/Madrid", 40.4168, -3.7038),
           ("Barcelona", "CT", "Europe/Madrid", 41.3874, 2.1686)],
    "MX": [("Ciudad de México", "CMX", "America/Mexico_City", 19.4326, -99.1332),
           ("Guadalajara", "JAL", "America/Mexico_City", 20.6597, -103.3496)],
    "BR": [("São Paulo", "SP", "America/Sao_Paulo", -23.5558, -46.6396),
           ("Rio de Janeiro", "RJ", "America/Sao_Paulo", -22.9068, -43.1729),
           ("Manaus", "AM", "America/Manaus", -3.1190, -60.0217)],
    "AR": [("Buenos Aires", "C", "America/Argentina/Buenos_Aires", -34.6037, -58.3816)],
    "IN": [("Bengaluru", "KA", "Asia/Kolkata", 12.9716, 77.5946),
           ("Mumbai", "MH", "Asia/Kolkata", 19.0760, 72.8777)],
    "JP": [("Tokyo", "13", "Asia/Tokyo", 35.6762, 139.6503),
           ("Osaka", "27", "Asia/Tokyo", 34.6937, 135.5023)],
}

COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France",
                 "ES": "Spain", "MX": "Mexico", "BR": "Brazil", "AR": "Argentina", "IN": "India",
                 "JP": "Japan"}
ISO3 = {"US": "USA", "GB": "GBR", "DE": "DEU", "FR": "FRA", "ES": "ESP", "MX": "MEX",
        "BR": "BRA", "AR": "ARG", "IN": "IND", "JP": "JPN"}
CONTINENT = {"US": "NA", "GB": "EU", "DE": "EU", "FR": "EU", "ES": "EU", "MX": "NA", "BR": "SA",
             "AR": "SA", "IN": "AS", "JP": "AS"}

CARRIERS = {
    "US": ["T-Mobile", "Verizon", "AT&T", "US Cellular"],
    "GB": ["EE", "Vodafone UK", "O2 - UK", "Three"],
    "DE": ["Telekom.de", "Vodafone.de", "o2 - de", "1&1"],
    "FR": ["Orange F", "SFR", "Bouygues Telecom", "Free"],
    "ES": ["Movistar", "Orange", "Vodafone ES", "Yoigo"],
    "MX": ["Telcel", "AT&T MX", "Movistar"],
    "BR": ["Vivo", "Claro BR", "TIM", "Oi"],
    "AR": ["Personal", "Claro AR", "Movistar"],
    "IN": ["Jio", "Airtel", "Vi India"],
    "JP": ["NTT DOCOMO", "SoftBank", "au", "Rakuten"],
}
MCC_MNC = {"US": ["310-260", "311-480", "310-410"], "GB": ["234-30", "234-15", "234-10"],
           "DE": ["262-01", "262-02", "262-03"], "FR": ["208-01", "208-10"],
           "ES": ["214-07", "214-03"], "MX": ["334-020", "334-050"],
           "BR": ["724-06", "724-05", "724-04"], "AR": ["722-34", "722-310"],
           "IN": ["405-857", "404-45"], "JP": ["440-10", "440-20"]}

EMAIL_DOMAINS = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
                 "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com"],
                 "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
                 "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
                 "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
                 "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
                 "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
                 "AR": ["gmail.com", "fibertel.com.ar"], "IN": ["gmail.com", "rediffmail.com"],
                 "JP": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp"]}

ANDROID_DEVICES = [("samsung", "SM-S918B"), ("samsung", "SM-A546E"), ("samsung", "SM-G991U"),
                   ("Google", "Pixel 8 Pro"), ("Google", "Pixel 7a"), ("motorola", "moto g84 5G"),
                   ("Xiaomi", "Redmi Note 12"), ("Xiaomi", "2201117TG"), ("OnePlus", "CPH2451"),
                   ("OPPO", "CPH2565"), ("HUAWEI", "ELS-NX9"), ("asus", "ASUS_AI2302")]
IOS_DEVICES = ["iPhone15,2", "iPhone15,3", "iPhone14,5", "iPhone14,7", "iPhone13,2",
               "iPhone16,1", "iPhone16,2", "iPhone12,8", "iPad13,18"]
IOS_MARKETING = {"iPhone15,2": "iPhone 14 Pro", "iPhone15,3": "iPhone 14 Pro Max",
                 "iPhone14,5": "iPhone 13", "iPhone14,7": "iPhone 14", "iPhone13,2": "iPhone 12",
                 "iPhone16,1": "iPhone 15 Pro", "iPhone16,2": "iPhone 15 Pro Max",
                 "iPhone12,8": "iPhone SE (2nd generation)", "iPad13,18": "iPad (10th generation)"}
IOS_VERSIONS = ["16.7.5", "17.2.1", "17.3", "17.3.1", "17.4", "15.8"]
ANDROID_VERSIONS = ["11", "12", "13", "14"]
RESOLUTIONS = {"SM-S918B": (1440, 3088), "SM-A546E": (1080, 2340), "SM-G991U": (1080, 2400),
               "Pixel 8 Pro": (1344, 2992), "Pixel 7a": (1080, 2400), "moto g84 5G": (1080, 2400),
               "Redmi Note 12": (1080, 2400), "2201117TG": (1080, 2400), "CPH2451": (1240, 2772),
               "CPH2565": (1080, 2412), "ELS-NX9": (1200, 2640), "ASUS_AI2302": (1080, 2400),
               "iPhone15,2": (1179, 2556), "iPhone15,3": (1290, 2796), "iPhone14,5": (1170, 2532),
               "iPhone14,7": (1170, 2532), "iPhone13,2": (1170, 2532), "iPhone16,1": (1179, 2556),
               "iPhone16,2": (1290, 2796), "iPhone12,8": (750, 1334), "iPad13,18": (1640, 2360)}

DESKTOP_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.66",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
]


def mobile_ua(r: random.Random, os_name: str, model: str, osv: str) -> str:
    if os_name == "iOS":
        v = osv.replace(".", "_")
        kind = "iPad; CPU OS" if model.startswith("iPad") else "iPhone; CPU iPhone OS"
        return (f"Mozilla/5.0 ({kind} {v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                f"Version/{osv.split('.')[0]}.0 Mobile/15E148 Safari/604.1")
    return (f"Mozilla/5.0 (Linux; Android {osv}; {model}) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{r.choice(['120.0.6099.230', '121.0.6167.178', '122.0.6261.64'])} Mobile Safari/537.36")


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def person(r: random.Random, cc: str):
    first, last = r.choice(PEOPLE[cc][0]), r.choice(PEOPLE[cc][1])
    return first, last


def email_for(r: random.Random, cc: str, first: str, last: str) -> str:
    f, l = strip_accents(first).lower(), strip_accents(last).lower()
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}", f"{f}_{l}",
                      f"{l}.{f}{r.randint(70, 99)}"])
    return f"{local}@{r.choice(EMAIL_DOMAINS[cc])}"


def phone_for(r: random.Random, cc: str, style: str = "intl") -> str:
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    if cc == "US":
        a = r.choice(["415", "212", "512", "206", "303", "646"])
        return r.choice([f"+1 {a}-555-{d(4)}", f"({a}) 555-{d(4)}", f"+1{a}555{d(4)}"])
    if cc == "GB":
        return r.choice([f"+44 7700 900{d(3)}", f"07700 900{d(3)}", f"+447700900{d(3)}"])
    if cc == "DE":
        m = r.choice(["151", "160", "170", "171", "176", "157"])
        return r.choice([f"+49 {m} {d(8)}", f"0{m} {d(7)}", f"+49 30 {d(8)}", f"089 {d(7)}",
                         f"+49 (0)40 {d(3)} {d(4)}"])
    if cc == "FR":
        return r.choice([f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"])
    if cc == "ES":
        return r.choice([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}"])
    if cc == "MX":
        return r.choice([f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}"])
    if cc == "BR":
        return r.choice([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+5592 9{d(8)}"])
    if cc == "AR":
        return f"+54 9 11 {d(4)}-{d(4)}"
    if cc == "IN":
        return r.choice([f"+91 9{d(4)} {d(5)}", f"+91-8{d(9)}"])
    if cc == "JP":
        return r.choice([f"+81 90-{d(4)}-{d(4)}", f"080-{d(4)}-{d(4)}"])
    raise ValueError(cc)


def e164_digits(r: random.Random, cc: str) -> str:
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    return {"US": f"1{r.choice(['415', '646', '512'])}555{d(4)}", "GB": f"447700900{d(3)}",
            "DE": f"49{r.choice(['151', '176', '160'])}{d(8)}", "FR": f"336{d(8)}",
            "ES": f"346{d(8)}", "MX": f"5255{d(8)}", "BR": f"55119{d(8)}", "AR": f"549119{d(7)}",
            "IN": f"919{d(9)}", "JP": f"8190{d(8)}"}[cc]


def ipv4(r: random.Random) -> str:
    first = r.choice([24, 31, 37, 46, 62, 77, 81, 84, 88, 91, 93, 98, 103, 109, 117, 133, 142,
                      151, 177, 179, 187, 189, 190, 201, 203, 213, 217])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    prefix = r.choice(["2a02:810d", "2600:1700", "2804:14c", "2a01:cb00", "2409:4060",
                       "2001:268", "2a00:23c5", "2607:fb90"])
    rest = ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(r.choice([2, 4, 6])))
    groups = prefix.count(":") + 1 + rest.count(":") + 1
    return f"{prefix}::{rest}" if groups < 8 else f"{prefix}:{rest}"


def any_ip(r: random.Random) -> str:
    return ipv6(r) if r.random() < 0.25 else ipv4(r)


def uid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def hexs(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def iso(t: datetime, ms: bool = True) -> str:
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    return (s + f".{t.microsecond // 1000:03d}Z") if ms else s + "Z"


def epoch_ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def when(r: random.Random, days: int = 60) -> datetime:
    return BASE - timedelta(seconds=r.randint(0, days * 86400), milliseconds=r.randint(0, 999))


def mac(r: random.Random) -> str:
    oui = r.choice(["3c:22:fb", "f0:18:98", "a4:83:e7", "dc:a6:32", "8c:85:90", "b8:27:eb",
                    "ac:bc:32", "64:a2:f9"])
    return oui + ":" + ":".join(f"{r.randint(0, 255):02x}" for _ in range(3))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def imei(r: random.Random) -> str:
    tac = r.choice(["35328115", "35290611", "86769204", "35875710", "35391110", "86412604"])
    body = tac + "".join(str(r.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


def device(r: random.Random, cc: str):
    if r.random() < 0.45:
        model = r.choice(IOS_DEVICES)
        return "iOS", "Apple", model, r.choice(IOS_VERSIONS)
    manu, model = r.choice(ANDROID_DEVICES)
    return "Android", manu, model, r.choice(ANDROID_VERSIONS)


def place(r: random.Random, cc: str):
    return r.choice(CITIES[cc])


def jitter(r: random.Random, x: float, spread: float = 0.08, nd: int = 6) -> float:
    return round(x + r.uniform(-spread, spread), nd)


COUNTRIES = list(PEOPLE)
LOCALES = {"US": "en-US", "GB": "en-GB", "DE": "de-DE", "FR": "fr-FR", "ES": "es-ES", "MX": "es-MX",
           "BR": "pt-BR", "AR": "es-AR", "IN": "en-IN", "JP": "ja-JP"}
STREETS = {"US": ["Main St", "Elm Ave", "Oak Street", "Sunset Blvd"], "GB": ["Baker Street", "High Street", "Church Lane"],
           "DE": ["Hauptstraße", "Gartenweg", "Lindenallee"], "FR": ["Rue de Rivoli", "Avenue Jean Jaurès"],
           "ES": ["Calle Mayor", "Gran Vía"], "MX": ["Av. Insurgentes Sur", "Calle Morelos"],
           "BR": ["Rua Augusta", "Avenida Paulista", "Rua das Flores"], "AR": ["Av. Corrientes", "Calle Florida"],
           "IN": ["MG Road", "Linking Road"], "JP": ["Chuo-dori", "Omotesando"]}
FEMALE_DE = {"Sophie", "Marie", "Anja", "Lena", "Gisela", "Jana"}

# --------------------------------------------------------------------------------------------
# datasets
# --------------------------------------------------------------------------------------------


def rudderstack(r: random.Random, out: Path) -> None:
    """RudderStack track calls from the Android/iOS SDKs, as landed in an S3 bucket (NDJSON)."""
    users = []
    for _ in range(150):
        cc = r.choice(COUNTRIES)
        first, last = person(r, cc)
        os_name, manu, model, osv = device(r, cc)
        users.append(dict(cc=cc, uid=f"usr_{hexs(r, 12)}", anon=uid(r), first=first, last=last,
                          email=email_for(r, cc, first, last), os=os_name, manu=manu, model=model,
                          osv=osv, dev=uid(r).upper() if os_name == "iOS" else hexs(r, 16),
                          adid=uid(r).upper() if os_name == "iOS" else uid(r),
                          carrier=r.choice(CARRIERS[cc]), tz=place(r, cc)[2], ip=any_ip(r)))
    events = ["Product Viewed", "Product Added", "Products Searched", "Checkout Started",
              "Order Completed", "Video Played", "Application Opened"]
    with (out / "rudder_events.ndjson").open("w", encoding="utf-8") as fh:
        for _ in range(700):
            u = r.choice(users)
            t = when(r)
            ev = r.choice(events)
            w, h = RESOLUTIONS[u["model"]]
            wifi = r.random() < 0.6
            rec = {
                "anonymousId": u["anon"],
                "userId": u["uid"] if r.random() < 0.8 else "",
                "channel": "mobile",
                "type": "track",
                "event": ev,
                "messageId": uid(r),
                "originalTimestamp": iso(t),
                "sentAt": iso(t + timedelta(milliseconds=r.randint(50, 4000))),
                "receivedAt": iso(t + timedelta(milliseconds=r.randint(4000, 9000))),
                "context": {
                    "app": {"build": str(r.randint(310, 344)), "name": "Shoply",
                            "namespace": "com.shoply.android" if u["os"] == "Android" else "com.shoply.ios",
                            "version": r.choice(["4.12.0", "4.12.1", "4.13.0"])},
                    "library": {"name": "com.rudderstack.android.sdk.core" if u["os"] == "Android"
                                else "rudder-ios-library", "version": r.choice(["1.20.1", "1.21.0"])},
                    "traits": {"anonymousId": u["anon"], "email": u["email"],
                               "name": f"{u['first']} {u['last']}"},
                    "device": {"id": u["dev"], "manufacturer": u["manu"], "model": u["model"],
                               "name": u["model"].lower() if u["os"] == "Android" else IOS_MARKETING[u["model"]],
                               "type": u["os"].lower(), "advertisingId": u["adid"],
                               "adTrackingEnabled": r.random() < 0.5},
                    "os": {"name": u["os"], "version": u["osv"]},
                    "screen": {"density": r.choice([2, 3, 420, 440, 480]), "width": w, "height": h},
                    "network": {"carrier": u["carrier"], "wifi": wifi, "cellular": not wifi,
                                "bluetooth": r.random() < 0.3},
                    "locale": LOCALES[u["cc"]],
                    "timezone": u["tz"],
                    "userAgent": mobile_ua(r, u["os"], u["model"], u["osv"]),
                    "ip": u["ip"],
                    "sessionId": r.randint(1709000000000, 1709500000000),
                },
                "properties": {
                    "product_id": f"SKU-{r.randint(10000, 99999)}",
                    "price": round(r.uniform(3, 400), 2),
                    "currency": r.choice(["USD", "EUR", "BRL", "JPY", "INR"]),
                    "query": r.choice(["running shoes", "wireless earbuds", "protein powder",
                                       "yoga mat", "phone case iphone 15", "lego star wars"])
                    if ev == "Products Searched" else None,
                    "order_id": uid(r) if ev == "Order Completed" else None,
                },
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def braze(r: random.Random, out: Path) -> None:
    """Braze 'export users by segment' output: one JSON object per user."""
    industries = ["Retail", "Beauty & Personal Care", "Gaming", "Food & Beverage", "Fitness",
                  "Consumer Electronics", "Travel", "Fashion"]
    identities = ["creator", "brand", "seller", "agency", "affiliate"]
    with (out / "braze_users.ndjson").open("w", encoding="utf-8") as fh:
        for _ in range(400):
            cc = r.choice(COUNTRIES)
            first, last = person(r, cc)
            city = place(r, cc)
            created = when(r, 900)
            devices, tokens, apps = [], [], []
            for _ in range(r.choice([1, 1, 1, 2, 2, 3])):
                os_name, manu, model, osv = device(r, cc)
                d = {"model": IOS_MARKETING.get(model, model),
                     "os": f"{os_name} {osv}",
                     "carrier": r.choice(CARRIERS[cc] + [None]),
                     "device_id": uid(r).upper() if os_name == "iOS" else uid(r)}
                if os_name == "iOS":
                    d["idfv"] = d["device_id"]
                    d["idfa"] = uid(r).upper()
                else:
                    d["google_ad_id"] = uid(r)
                d["ad_tracking_enabled"] = r.random() < 0.4
                devices.append(d)
                tokens.append({"app": "Shoply", "platform": os_name,
                               "token": hexs(r, 64) if os_name == "iOS"
                               else f"{hexs(r, 11)}:APA91b{hexs(r, 134)}",
                               "device_id": d["device_id"]})
                apps.append({"name": "Shoply", "platform": os_name,
                             "version": r.choice(["4.12.0", "4.11.3", "4.13.0"]),
                             "sessions": r.randint(1, 900),
                             "first_used": iso(created),
                             "last_used": iso(when(r, 30))})
            rec = {
                "external_id": str(r.randint(100000, 9999999)),
                "braze_id": hexs(r, 24),
                "first_name": first,
                "last_name": last,
                "email": email_for(r, cc, first, last),
                "phone": phone_for(r, cc),
                "dob": f"{r.randint(1958, 2008)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                "country": cc,
                "home_city": city[0],
                "language": r.choice(["en", "de", "pt", "es", "ja", "fr"]),
                "time_zone": city[2],
                "last_coordinates": [jitter(r, city[4], 0.1), jitter(r, city[3], 0.1)],
                "created_at": iso(created),
                "random_bucket": r.randint(0, 9999),
                "total_revenue": round(r.uniform(0, 2500), 2),
                "push_subscribe": r.choice(["opted_in", "subscribed", "unsubscribed"]),
                "email_subscribe": r.choice(["opted_in", "subscribed", "unsubscribed"]),
                "custom_attributes": {"industry": r.choice(industries),
                                      "account_type": r.choice(identities),
                                      "loyalty_points": r.randint(0, 12000)},
                "devices": devices,
                "push_tokens": tokens,
                "apps": apps,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def heap(r: random.Random, out: Path) -> None:
    """Heap Connect pageviews table exported to CSV (Heap's column names)."""
    paths = ["/", "/pricing", "/blog/how-to-grow-on-tiktok", "/product/8841", "/cart",
             "/checkout/payment", "/account/settings", "/search", "/help/returns", "/signup"]
    titles = {"/": "Shoply – Home", "/pricing": "Plans & Pricing", "/cart": "Your cart",
              "/checkout/payment": "Checkout", "/account/settings": "Settings", "/search": "Search",
              "/signup": "Create your account", "/help/returns": "Returns & refunds",
              "/blog/how-to-grow-on-tiktok": "How to grow on TikTok", "/product/8841": "Trail Runner 3"}
    users = []
    for _ in range(180):
        cc = r.choice(COUNTRIES)
        first, last = person(r, cc)
        prof = r.choice([("Mac OS X", "Desktop", "Chrome"), ("Mac OS X", "Desktop", "Safari"),
                         ("Windows", "Desktop", "Chrome"), ("Windows", "Desktop", "Edge"),
                         ("Windows", "Desktop", "Firefox"), ("Linux", "Desktop", "Firefox"),
                         ("Chrome OS", "Desktop", "Chrome"), ("iOS", "Mobile", "Mobile Safari"),
                         ("iOS", "Tablet", "Mobile Safari"), ("Android", "Mobile", "Chrome"),
                         ("Android", "Mobile", "Samsung Internet"), ("Android", "Tablet", "Chrome")])
        users.append((cc, str(r.randint(10 ** 15, 9 * 10 ** 15)),
                      email_for(r, cc, first, last) if r.random() < 0.6 else None,
                      any_ip(r), place(r, cc), prof))
    cols = ["user_id", "identity", "session_id", "event_id", "time", "session_time", "library",
            "platform", "device_type", "browser", "ip", "country", "region", "city", "domain",
            "path", "query", "title", "referrer", "utm_source", "utm_medium", "utm_campaign",
            "landing_page"]
    with (out / "heap_pageviews.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for _ in range(600):
            cc, user_id, ident, ip, city, (plat, dt, browser) = r.choice(users)
            t = when(r)
            p = r.choice(paths)
            src = r.choice([None, "google", "newsletter", "tiktok", "facebook", "partner_x"])
            w.writerow([
                user_id, ident or "", str(r.randint(10 ** 15, 9 * 10 ** 15)),
                str(r.randint(10 ** 15, 9 * 10 ** 15)), t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
                (t - timedelta(minutes=r.randint(0, 40))).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
                "web", plat, dt, browser,
                ip, COUNTRY_NAMES[cc], city[1], city[0], "www.shoply.com", p,
                r.choice(["", "", "?q=sneakers", "?page=2", "?ref=nav"]) if p == "/search" or r.random() < 0.2 else "",
                titles[p], r.choice(["", "https://www.google.com/", "https://t.co/", "https://www.tiktok.com/",
                                     "https://l.facebook.com/"]),
                src or "", {None: "", "google": "cpc", "newsletter": "email", "tiktok": "social",
                            "facebook": "paid_social", "partner_x": "referral"}[src],
                r.choice(["spring_sale_2024", "brand_search", "retarget_q1", ""]) if src else "",
                r.choice(["/", "/pricing", "/blog/how-to-grow-on-tiktok"]),
            ])


def crashlytics(r: random.Random, out: Path) -> None:
    """Firebase Crashlytics BigQuery export (one row per crash / non-fatal), as NDJSON."""
    issues = [("a3f1c9", "CartViewController.swift line 214", "CartViewController.updateTotals()",
               "CartViewController.swift", "Shoply"),
              ("77b0e2", "java.lang.NullPointerException", "com.shoply.checkout.PaymentFragment.onResume",
               "PaymentFragment.kt", "com.shoply.android"),
              ("c09d11", "SIGABRT", "libswiftCore.dylib + 812044", "<compiler-generated>", "libswiftCore.dylib"),
              ("e5512a", "java.lang.OutOfMemoryError", "android.graphics.Bitmap.nativeCreate",
               "Bitmap.java", "android.graphics"),
              ("1b2c3d", "okhttp3.internal.http2.StreamResetException", "okhttp3.internal.http2.Http2Stream.takeHeaders",
               "Http2Stream.kt", "okhttp3")]
    installs = []
    for _ in range(200):
        cc = r.choice(COUNTRIES)
        installs.append((uid(r).replace("-", ""), device(r, cc), str(r.randint(1000000, 99999999))))
    with (out / "crashlytics_events.ndjson").open("w", encoding="utf-8") as fh:
        for _ in range(500):
            inst, (os_name, manu, model, osv), user = r.choice(installs)
            iss = r.choice(issues)
            t = when(r)
            mem_total = r.choice([4, 6, 8, 12]) * 1024 ** 3
            mem_used = int(mem_total * r.uniform(0.4, 0.95))
            sto_total = r.choice([64, 128, 256]) * 1024 ** 3
            sto_used = int(sto_total * r.uniform(0.2, 0.98))
            rec = {
                "platform": "IOS" if os_name == "iOS" else "ANDROID",
                "bundle_identifier": "com.shoply.ios" if os_name == "iOS" else "com.shoply.android",
                "event_id": hexs(r, 32),
                "is_fatal": r.random() < 0.6,
                "issue_id": iss[0] + hexs(r, 26),
                "issue_title": iss[1],
                "issue_subtitle": iss[2],
                "event_timestamp": t.strftime("%Y-%m-%d %H:%M:%S.%f UTC"),
                "received_timestamp": (t + timedelta(seconds=r.randint(1, 3600))).strftime("%Y-%m-%d %H:%M:%S.%f UTC"),
                "device": {"manufacturer": manu, "model": model,
                           "architecture": "arm64" if os_name == "iOS" else r.choice(["arm64-v8a", "armeabi-v7a"])},
                "memory": {"used": mem_used, "free": mem_total - mem_used},
                "storage": {"used": sto_used, "free": sto_total - sto_used},
                "operating_system": {"display_version": osv if os_name == "iOS" else f"{osv} (API {int(osv) + 19})",
                                     "name": os_name,
                                     "modification_state": r.choice(["UNMODIFIED"] * 9 + ["MODIFIED"]),
                                     "device_type": "TABLET" if model.startswith("iPad") else "MOBILE"},
                "application": {"build_version": str(r.randint(310, 344)),
                                "display_version": r.choice(["4.12.0", "4.12.1", "4.13.0"])},
                "user": {"id": user},
                "installation_uuid": inst,
                "crashlytics_sdk_version": r.choice(["10.22.0", "18.6.2", "18.6.0"]),
                "app_orientation": r.choice(["PORTRAIT", "PORTRAIT", "LANDSCAPE"]),
                "device_orientation": r.choice(["PORTRAIT", "FACE_UP", "LANDSCAPE"]),
                "process_state": r.choice(["FOREGROUND", "BACKGROUND"]),
                "blame_frame": {"line": r.randint(12, 900), "file": iss[3], "symbol": iss[2],
                                "offset": r.randint(0, 90000), "address": r.randint(4294967296, 8589934592),
                                "library": iss[4], "owner": r.choice(["DEVELOPER", "VENDOR", "SYSTEM"]),
                                "blamed": True},
            }
            fh.write(json.dumps(rec) + "\n")


def snowplow(r: random.Random, out: Path) -> None:
    """Snowplow enriched events (canonical event model columns), as Parquet."""
    rows = {k: [] for k in [
        "app_id", "platform", "collector_tstamp", "dvce_created_tstamp", "event", "event_id",
        "name_tracker", "v_tracker", "user_id", "user_ipaddress", "user_fingerprint",
        "domain_userid", "domain_sessionidx", "domain_sessionid", "network_userid",
        "geo_country", "geo_region", "geo_city", "geo_zipcode", "geo_latitude", "geo_longitude",
        "geo_timezone", "page_url", "page_title", "page_referrer", "mkt_medium", "mkt_source",
        "useragent", "br_name", "br_lang", "br_cookies", "br_colordepth", "br_viewwidth",
        "br_viewheight", "os_name", "os_timezone", "dvce_type", "dvce_ismobile",
        "dvce_screenwidth", "dvce_screenheight", "doc_charset", "doc_width", "doc_height"]}
    visitors = []
    for _ in range(160):
        cc = r.choice(COUNTRIES)
        c = place(r, cc)
        mob = r.random() < 0.4
        if mob:
            os_name, manu, model, osv = device(r, cc)
            ua = mobile_ua(r, os_name, model, osv)
            sw, sh = RESOLUTIONS[model]
            sw, sh = sw // 3, sh // 3
            osn = "iOS" if os_name == "iOS" else "Android"
        else:
            ua = r.choice(DESKTOP_UAS)
            sw, sh = r.choice([(1920, 1080), (2560, 1440), (1440, 900), (1536, 864), (3840, 2160)])
            osn = "Mac OS X" if "Macintosh" in ua else ("Linux" if "Linux" in ua else "Windows 10")
        visitors.append(dict(cc=cc, c=c, mob=mob, ua=ua, sw=sw, sh=sh, osn=osn,
                             duid=uid(r), nuid=uid(r), fp=str(r.randint(10 ** 8, 4 * 10 ** 9)),
                             uid=str(r.randint(100000, 999999)) if r.random() < 0.5 else None,
                             ip=any_ip(r), zip=str(r.randint(10000, 99999)),
                             lang=r.choice(["en-US", "en-GB", "de-DE", "pt-BR", "es-ES", "ja", "fr-FR"])))
    pages = [("https://www.shoply.com/", "Shoply – Home"),
             ("https://www.shoply.com/product/8841", "Trail Runner 3 | Shoply"),
             ("https://www.shoply.com/cart", "Your cart | Shoply"),
             ("https://www.shoply.com/search?q=headphones", "Search: headphones"),
             ("https://www.shoply.com/blog/creator-fund", "The Creator Fund explained")]
    for _ in range(800):
        v = r.choice(visitors)
        t = when(r)
        url, title = r.choice(pages)
        src = r.choice([None, None, ("google", "organic"), ("facebook", "cpc"), ("newsletter", "email")])
        for k, val in [
            ("app_id", "shoply-web"), ("platform", "mob" if v["mob"] else "web"),
            ("collector_tstamp", t.replace(tzinfo=None)),
            ("dvce_created_tstamp", (t - timedelta(milliseconds=r.randint(20, 3000))).replace(tzinfo=None)),
            ("event", r.choice(["page_view", "page_view", "page_ping", "struct", "link_click"])),
            ("event_id", uid(r)), ("name_tracker", "sp1"),
            ("v_tracker", r.choice(["js-3.17.0", "js-3.21.0"])), ("user_id", v["uid"]),
            ("user_ipaddress", v["ip"]), ("user_fingerprint", v["fp"]), ("domain_userid", v["duid"]),
            ("domain_sessionidx", r.randint(1, 60)), ("domain_sessionid", uid(r)),
            ("network_userid", v["nuid"]), ("geo_country", v["cc"]), ("geo_region", v["c"][1]),
            ("geo_city", v["c"][0]), ("geo_zipcode", v["zip"]),
            ("geo_latitude", round(v["c"][3] + r.uniform(-0.05, 0.05), 4)),
            ("geo_longitude", round(v["c"][4] + r.uniform(-0.05, 0.05), 4)),
            ("geo_timezone", v["c"][2]), ("page_url", url), ("page_title", title),
            ("page_referrer", r.choice([None, "https://www.google.com/", "https://www.shoply.com/"])),
            ("mkt_medium", src[1] if src else None), ("mkt_source", src[0] if src else None),
            ("useragent", v["ua"]),
            ("br_name", r.choice(["Chrome 122", "Safari 17", "Firefox 123", "Microsoft Edge 122"])
             if not v["mob"] else r.choice(["Mobile Safari 17", "Chrome Mobile 122"])),
            ("br_lang", v["lang"]), ("br_cookies", True), ("br_colordepth", r.choice(["24", "30"])),
            ("br_viewwidth", v["sw"] - r.randint(0, 40)), ("br_viewheight", v["sh"] - r.randint(80, 200)),
            ("os_name", v["osn"]), ("os_timezone", v["c"][2]),
            ("dvce_type", "Mobile" if v["mob"] else "Computer"), ("dvce_ismobile", v["mob"]),
            ("dvce_screenwidth", v["sw"]), ("dvce_screenheight", v["sh"]), ("doc_charset", "UTF-8"),
            ("doc_width", v["sw"] - r.randint(0, 40)), ("doc_height", r.randint(1200, 9000)),
        ]:
            rows[k].append(val)
    pq.write_table(pa.table(rows), out / "snowplow_enriched.parquet")


def debezium(r: random.Random, out: Path) -> None:
    """Debezium Postgres connector change events for public.customers (JSON converter,
    schemas disabled), as consumed from Kafka and dumped one event per line."""
    tiers = ["bronze", "silver", "gold", "platinum"]
    customers = {}
    next_id = 1001
    lsn = 33227720
    tx = 767
    with (out / "customers_cdc.jsonl").open("w", encoding="utf-8") as fh:
        t = BASE - timedelta(days=30)
        for i in range(650):
            t += timedelta(seconds=r.randint(5, 7200), milliseconds=r.randint(0, 999))
            lsn += r.randint(200, 9000)
            tx += r.randint(1, 3)
            snapshot = i < 60
            if snapshot or not customers or r.random() < 0.35:
                op = "r" if snapshot else "c"
                cc = r.choice(COUNTRIES)
                first, last = person(r, cc)
                c = place(r, cc)
                born = date(1950, 1, 1) + timedelta(days=r.randint(0, 20000))
                row = {"id": next_id, "first_name": first, "last_name": last,
                       "email": email_for(r, cc, first, last), "phone": phone_for(r, cc),
                       "birth_date": (born - date(1970, 1, 1)).days,  # io.debezium.time.Date
                       "street": f"{r.choice(STREETS[cc])} {r.randint(1, 250)}" if cc in ("DE", "BR", "ES", "MX", "AR", "FR") else f"{r.randint(1, 250)} {r.choice(STREETS[cc])}",
                       "city": c[0], "postal_code": str(r.randint(10000, 99999)), "country_code": cc,
                       "loyalty_tier": r.choice(tiers), "marketing_opt_in": r.random() < 0.5,
                       "created_at": epoch_ms(t) * 1000, "updated_at": epoch_ms(t) * 1000}
                customers[next_id] = row
                next_id += 1
                before, after = None, row
            else:
                cid = r.choice(list(customers))
                before = customers[cid]
                if r.random() < 0.12:
                    op, after = "d", None
                    del customers[cid]
                else:
                    op = "u"
                    after = dict(before)
                    change = r.choice(["loyalty_tier", "email", "phone", "marketing_opt_in", "street"])
                    if change == "loyalty_tier":
                        after["loyalty_tier"] = r.choice(tiers)
                    elif change == "email":
                        after["email"] = email_for(r, after["country_code"], after["first_name"], after["last_name"])
                    elif change == "phone":
                        after["phone"] = phone_for(r, after["country_code"])
                    elif change == "marketing_opt_in":
                        after["marketing_opt_in"] = not after["marketing_opt_in"]
                    else:
                        after["street"] = f"{r.randint(1, 250)} {r.choice(STREETS[after['country_code']])}"
                    after["updated_at"] = epoch_ms(t) * 1000
                    customers[cid] = after
            rec = {"before": before, "after": after,
                   "source": {"version": "2.5.1.Final", "connector": "postgresql", "name": "shopdb",
                              "ts_ms": epoch_ms(t), "snapshot": ("true" if i < 59 else "last") if snapshot else "false",
                              "db": "shop", "sequence": json.dumps([str(lsn - 120), str(lsn)]),
                              "schema": "public", "table": "customers", "txId": tx, "lsn": lsn},
                   "op": op, "ts_ms": epoch_ms(t) + r.randint(3, 900)}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def auth0(r: random.Random, out: Path) -> None:
    """Auth0 tenant logs (log streaming / Management API /api/v2/logs), JSON lines."""
    users = []
    for _ in range(150):
        cc = r.choice(COUNTRIES)
        first, last = person(r, cc)
        mobile = r.random() < 0.4
        if mobile:
            os_name, _, _, osv = device(r, cc)
            ua = (f"Mobile Safari {osv.split('.')[0]}.0.0 / iOS {osv}" if os_name == "iOS"
                  else f"Chrome Mobile 122.0.6261 / Android {osv}.0.0")
        else:
            ua = r.choice(["Chrome 122.0.0 / Mac OS X 10.15.7", "Chrome 121.0.0 / Windows 10.0.0",
                           "Firefox 123.0.0 / Windows 10.0.0", "Safari 17.3.1 / Mac OS X 10.15.7",
                           "Edge 122.0.2365 / Windows 10.0.0"])
        users.append(dict(cc=cc, email=email_for(r, cc, first, last),
                          uid=r.choice(["auth0|", "google-oauth2|", "auth0|"]) + (hexs(r, 24) if r.random() < 0.7 else str(r.randint(10 ** 20, 10 ** 21))),
                          ua=ua, ip=any_ip(r), c=place(r, cc), mobile=mobile, logins=r.randint(1, 400)))
    types = [("s", "Success Login", ""), ("s", "Success Login", ""), ("s", "Success Login", ""),
             ("fp", "Failed Login (wrong password)", "Wrong email or password."),
             ("slo", "Success Logout", ""), ("sapi", "Success API Operation", "Update a user"),
             ("gd_send_sms", "Send SMS for MFA", "")]
    with (out / "auth0_logs.jsonl").open("w", encoding="utf-8") as fh:
        for _ in range(550):
            u = r.choice(users)
            t = when(r)
            ty, desc_full, desc = r.choice(types)
            u["logins"] += ty == "s"
            c = u["c"]
            rec = {
                "date": iso(t),
                "type": ty,
                "description": desc,
                "connection": "Username-Password-Authentication" if u["uid"].startswith("auth0") else "google-oauth2",
                "connection_id": "con_Xk3J9pQ2mTz7LwRb" if u["uid"].startswith("auth0") else "con_4fHs8NqYe1VvC0dK",
                "client_id": "kQ3vX9s2LmT8pW4rZb7NcY1dF6hJ0aEu",
                "client_name": r.choice(["Shoply Web", "Shoply iOS", "Shoply Android"]),
                "ip": u["ip"],
                "user_agent": u["ua"],
                "details": {"email": u["email"], "session_id": hexs(r, 32),
                            "stats": {"loginsCount": u["logins"]}},
                "hostname": "shoply.eu.auth0.com",
                "user_id": u["uid"],
                "user_name": u["email"],
                "strategy": "auth0" if u["uid"].startswith("auth0") else "google-oauth2",
                "strategy_type": "database" if u["uid"].startswith("auth0") else "social",
                "log_id": "900" + "".join(str(r.randint(0, 9)) for _ in range(53)),
                "isMobile": u["mobile"],
                "location_info": {"country_code": u["cc"], "country_code3": ISO3[u["cc"]],
                                  "country_name": COUNTRY_NAMES[u["cc"]], "city_name": c[0],
                                  "latitude": round(c[3] + r.uniform(-0.02, 0.02), 4),
                                  "longitude": round(c[4] + r.uniform(-0.02, 0.02), 4),
                                  "time_zone": c[2], "continent_code": CONTINENT[u["cc"]]},
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def k8s_log(r: random.Random, out: Path) -> None:
    """`kubectl logs --prefix --timestamps` over a few pods of a shop backend (free-form)."""
    pods = {
        "api-gateway-7d9f8b6c5-x2lkq/envoy": "envoy",
        "auth-svc-66c5dd9f7b-9mvtr/auth": "go",
        "notify-worker-5b8c7f9d4-qq7zp/worker": "py",
        "orders-6f4b9c8d7-kd2hs/orders": "java",
        "web-frontend-84f6d8b7c9-lmn4t/node": "node",
    }
    users = []
    for _ in range(120):
        cc = r.choice(COUNTRIES)
        first, last = person(r, cc)
        users.append((str(r.randint(10_000_000, 99_999_999)), email_for(r, cc, first, last),
                      phone_for(r, cc), any_ip(r), cc))
    lines = []
    t = BASE - timedelta(hours=6)
    for _ in range(900):
        t += timedelta(milliseconds=r.randint(5, 45000), microseconds=r.randint(0, 999))
        pod = r.choice(list(pods))
        kind = pods[pod]
        uid_, email, phone, ip, cc = r.choice(users)
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"{r.randint(0, 999):03d}Z"
        x = r.random()
        if kind == "envoy":
            path = r.choice(["/v1/login", "/v1/cart", f"/v1/orders/{uid(r)}", "/v1/feed?page=3", "/healthz"])
            if path == "/healthz":
                msg = (f'[{t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]}Z] "GET /healthz HTTP/1.1" 200 - 0 2 1 0 '
                       f'"10.42.{r.randint(0, 9)}.{r.randint(2, 250)}" "kube-probe/1.28" "{uid(r)}" "api-gateway:8080" "-"')
            else:
                ua = r.choice(DESKTOP_UAS + ["okhttp/4.11.0", "Shoply/4.13.0 (iPhone; iOS 17.3.1; Scale/3.00)",
                                             mobile_ua(r, "Android", r.choice(ANDROID_DEVICES)[1], "14")])
                msg = (f'[{t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]}Z] "{r.choice(["GET", "POST"])} {path} HTTP/2" '
                       f'{r.choice([200, 200, 200, 201, 401, 404, 503])} - {r.randint(0, 900)} {r.randint(100, 90000)} '
                       f'{r.randint(1, 800)} {r.randint(1, 700)} "{ip}" "{ua}" "{uid(r)}" "api.shoply.com" '
                       f'"10.42.{r.randint(0, 9)}.{r.randint(2, 250)}:8080"')
        elif kind == "go":
            hdr = f"{'IWE'[int(x * 3)]}{t.strftime('%m%d %H:%M:%S.%f')}       1"
            if x < 0.33:
                msg = f"{hdr} handler.go:88] login succeeded user_id={uid_} client_ip={ip} mfa=false"
            elif x < 0.55:
                msg = f"{hdr} handler.go:131] token refreshed for user {uid_}, expires_in=3600s"
            elif x < 0.75:
                msg = (f'{hdr} ratelimit.go:52] "too many attempts" email="{email}" remote="{ip}" '
                       f"window=60s count={r.randint(6, 30)}")
            else:
                msg = f"{hdr} pool.go:210] redis pool stats: active={r.randint(1, 64)} idle={r.randint(0, 16)} waits=0"
        elif kind == "py":
            lvl = r.choice(["INFO", "INFO", "WARNING", "ERROR"])
            if x < 0.35:
                msg = f"{lvl}:notify.email:sent template=password_reset to={email} user={uid_} provider=ses msg_id={hexs(r, 16)}"
            elif x < 0.6:
                msg = f"{lvl}:notify.sms:OTP delivered to {phone} via twilio (sid SM{hexs(r, 32)})"
            elif x < 0.8:
                msg = f"{lvl}:celery.worker.strategy:Task notify.tasks.send_digest[{uid(r)}] received"
            else:
                msg = f"{lvl}:celery.app.trace:Task notify.tasks.send_digest[{uid(r)}] succeeded in {r.uniform(0.01, 3):.3f}s: None"
        elif kind == "java":
            lvl = r.choice(["INFO ", "INFO ", "WARN ", "ERROR"])
            ts_j = t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
            th = r.choice(["http-nio-8080-exec-3", "http-nio-8080-exec-7", "scheduling-1"])
            if x < 0.4:
                msg = (f"{ts_j} {lvl} 1 --- [{th}] c.s.orders.OrderService : order {uid(r)} placed by customer "
                       f"{uid_} total={r.uniform(5, 900):.2f} {r.choice(['EUR', 'USD', 'BRL'])}")
            elif x < 0.6:
                msg = (f"{ts_j} {lvl} 1 --- [{th}] c.s.orders.PaymentClient : payment declined for customer {uid_}, "
                       f"reason=insufficient_funds psp_ref={hexs(r, 20)}")
            else:
                msg = (f"{ts_j} {lvl} 1 --- [{th}] o.h.engine.jdbc.spi.SqlExceptionHelper : HikariPool-1 - "
                       f"Connection is not available, request timed out after {r.randint(1000, 30000)}ms.")
        else:
            if x < 0.5:
                msg = (f"{ip} - - [{t.strftime('%d/%b/%Y:%H:%M:%S +0000')}] \"GET /{r.choice(['', 'cart', 'p/8841', 'search?q=lamp'])} HTTP/1.1\" "
                       f"200 {r.randint(500, 90000)} \"-\" \"{r.choice(DESKTOP_UAS)}\"")
            elif x < 0.75:
                msg = f"[next] rendered /account/{uid_} in {r.randint(8, 400)}ms (cache {r.choice(['HIT', 'MISS'])})"
            else:
                msg = f"warn  - Fast Refresh disabled; build {hexs(r, 7)} served from web-frontend-84f6d8b7c9-lmn4t"
        lines.append(f"[pod/{pod}] {ts} {msg}")
    (out / "k8s_containers.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


def kunden(r: random.Random, out: Path) -> None:
    """German CRM export (Excel-style CSV: semicolon separator, decimal comma, dd.mm.yyyy)."""
    branchen = ["Einzelhandel", "Maschinenbau", "Gastronomie", "Mode & Bekleidung",
                "Kosmetik & Körperpflege", "Unterhaltungselektronik", "Reisen & Tourismus",
                "Lebensmittel", "Sport & Fitness"]
    arten = ["Händler", "Marke", "Agentur", "Creator", "Händler"]
    strassen = ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Schillerstraße", "Am Markt",
                "Goethestraße", "Mühlenweg", "Kirchgasse", "Friedrichstraße", "Bergstraße"]
    orte = [("10115", "Berlin", "Deutschland"), ("80331", "München", "Deutschland"),
            ("20095", "Hamburg", "Deutschland"), ("50667", "Köln", "Deutschland"),
            ("04109", "Leipzig", "Deutschland"), ("70173", "Stuttgart", "Deutschland"),
            ("1010", "Wien", "Österreich"), ("8020", "Graz", "Österreich"),
            ("8001", "Zürich", "Schweiz"), ("3011", "Bern", "Schweiz")]
    firmen = ["GmbH", "GmbH & Co. KG", "e.K.", "AG", "UG (haftungsbeschränkt)"]
    cols = ["Kundennummer", "Anrede", "Vorname", "Nachname", "Firma", "Branche", "Kundenart",
            "E-Mail", "Telefon", "Geburtsdatum", "Straße", "Hausnummer", "PLZ", "Ort", "Land",
            "Steuer-ID", "Umsatz (EUR)", "Newsletter", "Angelegt am", "Letzte Änderung"]
    with (out / "kunden_export.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(cols)
        for n in range(450):
            first, last = person(r, "DE")
            plz, ort, land = r.choice(orte)
            angelegt = when(r, 1500)
            birth = date(1950, 1, 1) + timedelta(days=r.randint(0, 19000))
            steuer = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
            w.writerow([
                f"K-{20000 + n * 7}", r.choice(["", "Frau", "Frau"] if first in FEMALE_DE else ["", "Herr", "Herr"]), first, last,
                f"{r.choice(['Schäfer', 'Nordlicht', 'Alpen', 'Rhein', 'Blau'])} {r.choice(['Handel', 'Design', 'Media', 'Technik'])} {r.choice(firmen)}"
                if r.random() < 0.7 else "",
                r.choice(branchen), r.choice(arten), email_for(r, "DE", first, last), phone_for(r, "DE"),
                birth.strftime("%d.%m.%Y"), r.choice(strassen), f"{r.randint(1, 180)}{r.choice(['', '', 'a', 'b'])}",
                plz, ort, land, steuer if r.random() < 0.8 else "",
                f"{r.uniform(0, 250000):.2f}".replace(".", ","), r.choice(["ja", "nein"]),
                angelegt.strftime("%d.%m.%Y"), (angelegt + timedelta(days=r.randint(0, 300))).strftime("%d.%m.%Y %H:%M"),
            ])


def telemetria(r: random.Random, out: Path) -> None:
    """Spanish-named mobile telemetry table from a LatAm/Iberian app, as Parquet."""
    ccs = ["ES", "MX", "AR", "BR", "ES", "MX"]
    auriculares = [None, None, "AirPods Pro", "Galaxy Buds2 Pro", "JBL Tune 510BT",
                   "auriculares con cable", "Sony WH-1000XM5", "Redmi Buds 4"]
    devs = []
    for _ in range(220):
        cc = r.choice(ccs)
        os_name, manu, model, osv = device(r, cc)
        devs.append(dict(cc=cc, os=os_name, manu=manu, model=model, osv=osv,
                         dev=uid(r).upper() if os_name == "iOS" else hexs(r, 16), mac=mac(r),
                         user=str(r.randint(1_000_000, 9_999_999)), c=place(r, cc),
                         car=r.choice(CARRIERS[cc])))
    cols = {k: [] for k in ["id_evento", "id_usuario", "id_dispositivo", "mac_wifi", "fabricante",
                            "modelo_dispositivo", "sistema_operativo", "version_so", "version_app",
                            "operadora", "tipo_red", "nivel_bateria", "cargando", "zona_horaria",
                            "resolucion_pantalla", "brillo_pantalla", "volumen", "modo_silencio",
                            "auriculares", "pais", "ciudad", "latitud", "longitud", "idioma",
                            "memoria_libre_mb", "fecha_evento"]}
    for _ in range(750):
        d = r.choice(devs)
        t = when(r)
        w, h = RESOLUTIONS[d["model"]]
        for k, v in [
            ("id_evento", uid(r)), ("id_usuario", d["user"]), ("id_dispositivo", d["dev"]),
            ("mac_wifi", d["mac"]), ("fabricante", d["manu"]), ("modelo_dispositivo", d["model"]),
            ("sistema_operativo", d["os"]), ("version_so", d["osv"]),
            ("version_app", r.choice(["3.8.1", "3.9.0", "3.9.2"])), ("operadora", d["car"]),
            ("tipo_red", r.choice(["wifi", "wifi", "4G", "5G", "3G", "LTE"])),
            ("nivel_bateria", r.randint(3, 100)), ("cargando", r.random() < 0.3),
            ("zona_horaria", d["c"][2]), ("resolucion_pantalla", f"{w}x{h}"),
            ("brillo_pantalla", round(r.random(), 2)), ("volumen", r.randint(0, 15)),
            ("modo_silencio", r.random() < 0.2), ("auriculares", r.choice(auriculares)),
            ("pais", COUNTRY_NAMES[d["cc"]].replace("Spain", "España").replace("Mexico", "México").replace("Brazil", "Brasil")),
            ("ciudad", d["c"][0]), ("latitud", jitter(r, d["c"][3], 0.1)),
            ("longitud", jitter(r, d["c"][4], 0.1)), ("idioma", LOCALES[d["cc"]]),
            ("memoria_libre_mb", r.randint(180, 5200)), ("fecha_evento", epoch_ms(t)),
        ]:
            cols[k].append(v)
    pq.write_table(pa.table(cols), out / "telemetria_movil.parquet")


def subscriber(r: random.Random, out: Path) -> None:
    """Telecom data-session records from a billing warehouse (UPPER_CASE columns, Oracle-style
    DD-MON-YY dates), as Parquet."""
    mons = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    subs = []
    for _ in range(250):
        cc = r.choice(COUNTRIES)
        first, last = person(r, cc)
        plmn = r.choice(MCC_MNC[cc])
        mcc, mnc = plmn.split("-")
        tac = imei(r)[:8]
        imeisv = tac + "".join(str(r.randint(0, 9)) for _ in range(6)) + f"{r.randint(1, 99):02d}"
        dob = date(1945, 1, 1) + timedelta(days=r.randint(0, 22000))
        subs.append(dict(cc=cc, sid=f"{r.randint(10 ** 9, 10 ** 10 - 1)}", email=email_for(r, cc, first, last),
                         msisdn=e164_digits(r, cc), imsi=mcc + mnc + "".join(str(r.randint(0, 9)) for _ in range(15 - len(mcc + mnc))),
                         imeisv=imeisv, plmn=plmn.replace("-", ""),
                         dob=f"{dob.day:02d}-{mons[dob.month - 1]}-{dob.year % 100:02d}",
                         plan=r.choice(["PREPAID_S", "POSTPAID_M", "POSTPAID_UNL", "IOT_BASIC"])))
    cols = {k: [] for k in ["RECORD_SEQ_NO", "SUBSCRIBER_ID", "CUST_EMAIL_ADDR", "MSISDN", "IMSI",
                            "IMEI_SV", "DOB", "HOME_PLMN", "RAT_TYPE", "CELL_ID", "LAC", "APN",
                            "UE_IP_ADDR", "SGSN_IP_ADDR", "CALLED_NUM", "EVENT_START_TS",
                            "SESSION_DUR_SEC", "UPLINK_BYTES", "DOWNLINK_BYTES", "CHARGED_AMT",
                            "TARIFF_PLAN", "ROAMING_FLG", "CAUSE_CODE"]}
    seq = 88_000_000
    for _ in range(900):
        s = r.choice(subs)
        seq += r.randint(1, 40)
        t = when(r, 30)
        roam = r.random() < 0.08
        for k, v in [
            ("RECORD_SEQ_NO", seq), ("SUBSCRIBER_ID", s["sid"]), ("CUST_EMAIL_ADDR", s["email"].upper() if r.random() < 0.3 else s["email"]),
            ("MSISDN", s["msisdn"]), ("IMSI", s["imsi"]), ("IMEI_SV", s["imeisv"]), ("DOB", s["dob"]),
            ("HOME_PLMN", s["plmn"]), ("RAT_TYPE", r.choice(["EUTRAN", "EUTRAN", "NR", "UTRAN", "GERAN"])),
            ("CELL_ID", r.randint(1000, 268435455)), ("LAC", r.randint(1, 65533)),
            ("APN", r.choice(["internet", "ims", "mms", "iot.m2m"])),
            ("UE_IP_ADDR", r.choice([f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}", ipv6(r)])),
            ("SGSN_IP_ADDR", r.choice(["10.200.14.21", "10.200.14.22", "172.29.8.5", "172.29.8.6"])),
            ("CALLED_NUM", e164_digits(r, r.choice(COUNTRIES)) if r.random() < 0.5 else None),
            ("EVENT_START_TS", t.strftime("%d-%b-%y %I.%M.%S.%f %p").upper()),
            ("SESSION_DUR_SEC", r.randint(1, 7200)), ("UPLINK_BYTES", r.randint(0, 50_000_000)),
            ("DOWNLINK_BYTES", r.randint(0, 900_000_000)), ("CHARGED_AMT", round(r.uniform(0, 12), 4)),
            ("TARIFF_PLAN", s["plan"]), ("ROAMING_FLG", "Y" if roam else "N"),
            ("CAUSE_CODE", r.choice([0, 0, 0, 4, 16, 17, 65])),
        ]:
            cols[k].append(v)
    pq.write_table(pa.table(cols), out / "subscriber_sessions.parquet")


GENERATORS = [rudderstack, braze, heap, crashlytics, snowplow, debezium, auth0, k8s_log, kunden,
              telemetria, subscriber]


def generate(out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for i, gen in enumerate(GENERATORS):
        gen(random.Random(seed * 1000 + i), out)


# --------------------------------------------------------------------------------------------
# verification
# --------------------------------------------------------------------------------------------


def _json_paths(obj, prefix: str, paths: set, leaves: set) -> None:
    if isinstance(obj, dict):
        if prefix:
            paths.add(prefix)
        for k, v in obj.items():
            _json_paths(v, f"{prefix}.{k}" if prefix else k, paths, leaves)
    elif isinstance(obj, list):
        dicts = [x for x in obj if isinstance(x, dict)]
        if dicts:
            paths.add(prefix)
            for x in dicts:
                _json_paths(x, prefix, paths, leaves)
        else:
            leaves.add(prefix)  # a list of scalars is one field
    else:
        leaves.add(prefix)


def fields_of(path: Path) -> set | None:
    """The field names a file yields; None for free-form logs (labelled with `*` rows)."""
    name = path.name
    if name.endswith(".parquet"):
        schema = pq.read_schema(path)
        out = set()

        def walk(prefix, t):
            if pa.types.is_struct(t):
                for f in t:
                    walk(f"{prefix}.{f.name}", f.type)
            elif pa.types.is_list(t) and pa.types.is_struct(t.value_type):
                walk(prefix, t.value_type)
            else:
                out.add(prefix)
        for f in schema:
            walk(f.name, f.type)
        return out
    if name.endswith(".csv"):
        with path.open(encoding="utf-8-sig") as fh:  # a BOM (Excel) is no part of the first name
            sample = fh.readline()
        delim = ";" if sample.count(";") > sample.count(",") else ","
        return set(next(csv.reader([sample], delimiter=delim)))
    if name.endswith((".ndjson", ".jsonl", ".json")):
        paths, leaves = set(), set()
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    _json_paths(json.loads(line), "", paths, leaves)
        return leaves - paths  # a key that is an object somewhere (and null elsewhere) is not a leaf
    if name.endswith(".log"):
        return None
    raise ValueError(f"unknown file type: {name}")


def verify(out: Path, labels: Path) -> int:
    by_ds: dict[str, set] = {}
    with labels.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by_ds.setdefault(row["dataset"], set()).add(row["field"])
    problems = []
    files = sorted(p for p in out.iterdir() if p.is_file())
    names = {p.name for p in files}
    for ds in sorted(set(by_ds) - names):
        problems.append(f"labelled dataset not generated: {ds}")
    total = 0
    for p in files:
        if p.name not in by_ds:
            problems.append(f"generated dataset without labels: {p.name}")
            continue
        fields = fields_of(p)
        labelled = by_ds[p.name]
        if fields is None:
            if labelled != {"*"}:
                problems.append(f"{p.name}: a free-form log takes only '*' rows")
            continue
        total += len(fields)
        for f in sorted(fields - labelled):
            problems.append(f"{p.name}: field without label: {f}")
        for f in sorted(labelled - fields):
            problems.append(f"{p.name}: label for a field not generated: {f}")
        rows = _row_count(p)
        if not 300 <= rows <= 1000:
            problems.append(f"{p.name}: {rows} rows (want 300-1000)")
    for line in problems:
        print("VERIFY " + line)
    print(f"verify: {len(files)} datasets, {total} fields, {len(problems)} problems")
    return 1 if problems else 0


def _row_count(p: Path) -> int:
    if p.name.endswith(".parquet"):
        return pq.read_metadata(p).num_rows
    with p.open(encoding="utf-8") as fh:
        n = sum(1 for line in fh if line.strip())
    return n - 1 if p.name.endswith(".csv") else n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=20240304)
    ap.add_argument("--verify", action="store_true", help="check generated fields against labels.csv")
    ap.add_argument("--labels", type=Path, default=HERE / "labels.csv")
    a = ap.parse_args()
    generate(a.out, a.seed)
    if a.verify:
        return verify(a.out, a.labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
