"""Holdout benchmark generator for datamap field classification.

usage:
    python benchmarks/holdout/generate.py OUT_DIR            # write the datasets
    python benchmarks/holdout/generate.py OUT_DIR --verify   # write, then check labels.csv

Deterministic (seeded `random`), stdlib + pyarrow only (duckdb optional for --verify).
The schemas imitate public vendor exports (Segment, GA4 BigQuery, Mixpanel, Amplitude,
Adjust, PostHog, Meta Conversions API, HubSpot-style CRM, Elastic Common Schema logs,
RFC 5424 syslog) and real-world value formats. Labels live in labels.csv next to this file
and are static; --verify checks that every labelled field exists in the output and that
every field in the output is labelled.
"""
import argparse
import csv
import gzip
import hashlib
import io
import json
import random
import sys
import unicodedata
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

SEED = 20240312
HERE = Path(__file__).resolve().parent
rng = random.Random(SEED)
T0 = datetime(2024, 3, 12, 0, 0, 0, tzinfo=timezone.utc)

# ---------------------------------------------------------------------------- value pools
FIRST = ["Olivia", "Liam", "Amelia", "Noah", "Sofía", "Mateo", "Aarav", "Priya", "Chloé", "Lucas",
         "Hannah", "Jonas", "Yuki", "Haruto", "Min-jun", "Seo-yeon", "Fatima", "Omar", "Aisha",
         "Chinedu", "Ngozi", "Giulia", "Marco", "Zoë", "Siobhan", "Dmitri", "Ana", "João",
         "Thandiwe", "Kwame", "Mei", "Wei", "Anh", "Thi", "Sven", "Ingrid", "Kai", "Leilani"]
LAST = ["Smith", "García", "Müller", "Rossi", "Nguyen", "Kim", "Patel", "Okafor", "Dubois",
        "Kowalski", "Tanaka", "Sato", "Haddad", "Silva", "O'Brien", "van der Berg", "Johansson",
        "Ivanova", "Mensah", "Fernández", "Chen", "Wong", "Lindqvist", "Kahale", "Nakamura"]
CN_SURNAME = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
CN_GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰",
            "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "子涵", "梓萱", "浩然", "一诺"]
MAIL_DOM = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "web.de", "orange.fr",
            "qq.com", "163.com", "naver.com", "proton.me", "acme-retail.com", "hotmail.com"]

# (iso2, country name, city, region, lat, lng, tz, utc offset)
CITIES = [
    ("US", "United States", "San Francisco", "California", 37.7749, -122.4194, "America/Los_Angeles", "-07:00"),
    ("US", "United States", "Austin", "Texas", 30.2672, -97.7431, "America/Chicago", "-05:00"),
    ("US", "United States", "Brooklyn", "New York", 40.6782, -73.9442, "America/New_York", "-04:00"),
    ("GB", "United Kingdom", "Manchester", "England", 53.4808, -2.2426, "Europe/London", "+00:00"),
    ("DE", "Germany", "Hamburg", "Hamburg", 53.5511, 9.9937, "Europe/Berlin", "+01:00"),
    ("FR", "France", "Lyon", "Auvergne-Rhône-Alpes", 45.7640, 4.8357, "Europe/Paris", "+01:00"),
    ("IN", "India", "Bengaluru", "Karnataka", 12.9716, 77.5946, "Asia/Kolkata", "+05:30"),
    ("BR", "Brazil", "São Paulo", "São Paulo", -23.5505, -46.6333, "America/Sao_Paulo", "-03:00"),
    ("JP", "Japan", "Osaka", "Osaka", 34.6937, 135.5023, "Asia/Tokyo", "+09:00"),
    ("ID", "Indonesia", "Surabaya", "East Java", -7.2575, 112.7521, "Asia/Jakarta", "+07:00"),
    ("NG", "Nigeria", "Lagos", "Lagos", 6.5244, 3.3792, "Africa/Lagos", "+01:00"),
    ("AU", "Australia", "Brisbane", "Queensland", -27.4698, 153.0251, "Australia/Brisbane", "+10:00"),
    ("CN", "China", "Shenzhen", "Guangdong", 22.5431, 114.0579, "Asia/Shanghai", "+08:00"),
    ("KR", "South Korea", "Busan", "Busan", 35.1796, 129.0756, "Asia/Seoul", "+09:00"),
    ("MX", "Mexico", "Guadalajara", "Jalisco", 20.6597, -103.3496, "America/Mexico_City", "-06:00"),
]
# iso2 -> carriers with (name, mcc, mnc)
CARRIERS = {
    "US": [("T-Mobile", "310", "260"), ("Verizon", "311", "480"), ("AT&T", "310", "410")],
    "GB": [("EE", "234", "30"), ("Vodafone UK", "234", "15"), ("O2 - UK", "234", "10")],
    "DE": [("Telekom.de", "262", "01"), ("Vodafone.de", "262", "02"), ("o2 - de", "262", "03")],
    "FR": [("Orange F", "208", "01"), ("SFR", "208", "10"), ("Free", "208", "15")],
    "IN": [("Jio 4G", "405", "857"), ("Airtel", "404", "45"), ("Vi India", "404", "20")],
    "BR": [("VIVO", "724", "06"), ("Claro BR", "724", "05"), ("TIM", "724", "04")],
    "JP": [("NTT DOCOMO", "440", "10"), ("SoftBank", "440", "20"), ("au", "440", "51")],
    "ID": [("Telkomsel", "510", "10"), ("INDOSAT OOREDOO", "510", "01"), ("XL Axiata", "510", "11")],
    "NG": [("MTN NG", "621", "30"), ("Airtel NG", "621", "20"), ("Glo", "621", "50")],
    "AU": [("Telstra", "505", "01"), ("Optus", "505", "02"), ("Vodafone AU", "505", "03")],
    "CN": [("中国移动", "460", "00"), ("中国联通", "460", "01"), ("中国电信", "460", "11")],
    "KR": [("SKTelecom", "450", "05"), ("KT", "450", "08"), ("LG U+", "450", "06")],
    "MX": [("TELCEL", "334", "020"), ("AT&T MX", "334", "090"), ("Movistar", "334", "030")],
}
CONTINENT = {"US": ("Americas", "Northern America"), "MX": ("Americas", "Central America"),
             "BR": ("Americas", "South America"), "GB": ("Europe", "Northern Europe"), "DE": ("Europe", "Western Europe"),
             "FR": ("Europe", "Western Europe"), "IN": ("Asia", "Southern Asia"), "JP": ("Asia", "Eastern Asia"),
             "CN": ("Asia", "Eastern Asia"), "KR": ("Asia", "Eastern Asia"), "ID": ("Asia", "Southeast Asia"),
             "NG": ("Africa", "Western Africa"), "AU": ("Oceania", "Australasia")}
ISPS = ["Comcast Cable", "Deutsche Telekom AG", "Orange S.A.", "Reliance Jio Infocomm Limited",
        "Vodafone Limited", "Charter Communications", "China Telecom", "NTT Communications",
        "Telstra Corporation", "Claro S.A.", "SK Broadband", "Virgin Media"]

IOS_MODELS = [("iPhone15,3", "iPhone 14 Pro Max"), ("iPhone14,7", "iPhone 14"), ("iPhone16,1", "iPhone 15 Pro"),
              ("iPhone13,2", "iPhone 12"), ("iPhone14,5", "iPhone 13"), ("iPad13,18", "iPad (10th generation)")]
IOS_VERSIONS = ["17.4.1", "17.3", "16.7.5", "17.2.1", "15.8.2"]
ANDROID_MODELS = [("samsung", "Samsung", "SM-S918B", "Galaxy S23 Ultra"), ("samsung", "Samsung", "SM-A546E", "Galaxy A54 5G"),
                  ("Google", "Google", "Pixel 8 Pro", "Pixel 8 Pro"), ("Xiaomi", "Xiaomi", "23049PCD8G", "Redmi Note 12S"),
                  ("OnePlus", "OnePlus", "CPH2449", "OnePlus 11"), ("HUAWEI", "Huawei", "ALN-AL00", "Mate 60 Pro"),
                  ("motorola", "Motorola", "moto g54 5G", "moto g54 5G"), ("OPPO", "OPPO", "CPH2387", "Reno8 T")]
ANDROID_VERSIONS = [("14", 34), ("13", 33), ("12", 31), ("11", 30)]
SCREENS_IOS = [(1290, 2796, 3.0), (1170, 2532, 3.0), (1179, 2556, 3.0), (1640, 2360, 2.0)]
SCREENS_AND = [(1080, 2400, 2.625), (1440, 3088, 3.5), (1344, 2992, 3.0), (720, 1600, 2.0), (1220, 2712, 2.75)]
BT_AUDIO = ["AirPods Pro", "AirPods (3rd generation)", "Galaxy Buds2 Pro", "WH-1000XM5", "Bose QC45",
            "JBL Flip 6", "Jabra Elite 75t", "Pixel Buds Pro", "Beats Studio Buds", "Car Multimedia",
            "OnePlus Buds Pro 2", "Sony WF-1000XM4"]
APPS = ["com.whatsapp", "com.instagram.android", "com.zhiliaoapp.musically", "com.spotify.music",
        "com.google.android.youtube", "com.facebook.katana", "com.tencent.mm", "com.ss.android.ugc.aweme",
        "org.telegram.messenger", "com.netflix.mediaclient", "com.duolingo", "com.ubercab"]
INDUSTRIES = ["E-commerce", "Beauty & Personal Care", "Gaming", "Fashion & Apparel", "Food & Beverage",
              "Travel", "Financial Services", "Education", "Health & Wellness", "Consumer Electronics"]
IDENTITIES = ["Seller", "Creator", "Agency", "Brand"]
PATHS = ["/", "/shop", "/shop/p/%d", "/search", "/cart", "/checkout", "/account/settings",
         "/blog/%d-spring-lookbook", "/live/%d", "/creator/%d"]
SEARCHES = ["running shoes", "vitamin c serum", "wireless earbuds", "yoga mat", "phone case iphone 15",
            "matcha", "air fryer", "summer dress", "gaming headset", "lip tint"]
REFERRERS = ["https://www.google.com/", "https://www.instagram.com/", "https://t.co/", "$direct",
             "https://www.bing.com/search?q=acme", "https://duckduckgo.com/", "https://www.facebook.com/"]


def rand_path():
    pp = rng.choice(PATHS)
    return pp % rng.randint(1, 99999) if "%d" in pp else pp


def pick(xs):
    return rng.choice(xs)


def chance(p):
    return rng.random() < p


def u4(upper=False):
    s = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return s.upper() if upper else s


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ts(dt, ms=True):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z" if ms else dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def rand_time(days=7):
    return T0 + timedelta(seconds=rng.randint(0, days * 86400), microseconds=rng.randint(0, 999999))


def ipv4():
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127, 169, 172, 192, 100):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6():
    pre = pick(["2600:1700", "2a02:8109", "2409:8a55", "240e:3b4", "2001:4860", "2a01:cb00", "2406:da14"])
    groups = [f"{rng.getrandbits(16):x}" for _ in range(6 if pre.count(":") == 1 else 6)]
    s = pre + ":" + ":".join(groups[:6])
    if chance(0.3):  # compressed form
        s = pre + "::" + ":".join(groups[:3])
    return s


def ip_any(v6=0.35):
    return ipv6() if chance(v6) else ipv4()


def name():
    return f"{pick(FIRST)} {pick(LAST)}"


def email_for(full):
    f, l = full.split(" ", 1)
    l = l.replace(" ", "").replace("'", "")
    local = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{rng.randint(1, 99)}", f"{l}.{f}{rng.randint(70, 99)}"])
    local = unicodedata.normalize("NFKD", local.lower()).encode("ascii", "ignore").decode()
    return f"{local}@{pick(MAIL_DOM)}"


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei():
    body = pick(["35", "86", "01", "49"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def mac():
    return ":".join(f"{rng.getrandbits(8):02X}" for _ in range(6))


def android_id():
    return hexs(16)


def gaid():
    return u4()


def idfa():
    return u4(upper=True)


ZERO_ID = "00000000-0000-0000-0000-000000000000"

_GH = "0123456789bcdefghjkmnpqrstuvwxyz"


def geohash(lat, lng, precision):
    lat_r, lng_r = [-90.0, 90.0], [-180.0, 180.0]
    bits, ch, even, out = 0, 0, True, []
    while len(out) < precision:
        rng_ = lng_r if even else lat_r
        val = lng if even else lat
        mid = (rng_[0] + rng_[1]) / 2
        if val > mid:
            ch |= 1 << (4 - bits)
            rng_[0] = mid
        else:
            rng_[1] = mid
        even = not even
        bits += 1
        if bits == 5:
            out.append(_GH[ch])
            bits, ch = 0, 0
    return "".join(out)


def jitter(city, spread=0.08):
    return (round(city[4] + rng.uniform(-spread, spread), 6), round(city[5] + rng.uniform(-spread, spread), 6))


def e164(cc):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    return {
        "US": lambda: "+1" + pick(["415", "512", "718", "646"]) + "555" + d(4),
        "GB": lambda: "+447" + pick(["700", "911", "400"]) + d(6),
        "DE": lambda: "+49" + pick(["151", "160", "176"]) + d(8),
        "FR": lambda: "+33" + pick(["6", "7"]) + d(8),
        "IN": lambda: "+91" + pick(["98", "70", "81"]) + d(8),
        "BR": lambda: "+5511" + "9" + d(8),
        "JP": lambda: "+81" + pick(["90", "80", "70"]) + d(8),
        "CN": lambda: "+86" + cn_mobile(),
        "ID": lambda: "+628" + pick(["12", "13", "57"]) + d(8),
        "NG": lambda: "+234" + pick(["803", "806", "813"]) + d(7),
        "AU": lambda: "+614" + d(8),
        "KR": lambda: "+8210" + d(8),
        "MX": lambda: "+5233" + d(8),
    }[cc]()


def national_phone(cc):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    return {
        "US": lambda: f"({pick(['415', '512', '718'])}) 555-{d(4)}",
        "GB": lambda: f"07{d(3)} {d(6)}",
        "DE": lambda: f"0151 {d(8)}",
        "FR": lambda: "06 " + " ".join(d(2) for _ in range(4)),
        "IN": lambda: f"098{d(3)} {d(5)}",
        "BR": lambda: f"(11) 9{d(4)}-{d(4)}",
        "JP": lambda: f"090-{d(4)}-{d(4)}",
        "CN": lambda: cn_mobile(),
        "ID": lambda: f"0812-{d(4)}-{d(4)}",
        "NG": lambda: f"0803 {d(3)} {d(4)}",
        "AU": lambda: f"04{d(2)} {d(3)} {d(3)}",
        "KR": lambda: f"010-{d(4)}-{d(4)}",
        "MX": lambda: f"33 {d(4)} {d(4)}",
    }[cc]()


def cn_mobile():
    return pick(["138", "139", "135", "186", "158", "177", "189", "199", "152"]) + "".join(
        str(rng.randint(0, 9)) for _ in range(8))


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()


STREETS = {
    "US": lambda: f"{rng.randint(10, 9999)} {pick(['Valencia St', 'Oak Ave', 'Congress Ave', 'Bedford Ave'])}" + (f", Apt {rng.randint(1, 40)}" if chance(0.3) else ""),
    "GB": lambda: f"{rng.randint(1, 220)} {pick(['Oxford Road', 'Deansgate', 'Wilmslow Rd', 'Church Lane'])}",
    "DE": lambda: f"{pick(['Schanzenstraße', 'Eppendorfer Weg', 'Mönckebergstraße'])} {rng.randint(1, 120)}",
    "FR": lambda: f"{rng.randint(1, 90)} {pick(['rue de la République', 'cours Lafayette', 'quai Saint-Antoine'])}",
    "IN": lambda: f"{rng.randint(1, 60)}, {pick(['12th Main Rd, Indiranagar', '80 Feet Rd, Koramangala'])}",
    "BR": lambda: f"{pick(['Rua Augusta', 'Av. Paulista', 'Rua Oscar Freire'])}, {rng.randint(10, 2500)}",
    "JP": lambda: f"{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 30)} Namba, Chuo-ku",
    "AU": lambda: f"{rng.randint(1, 300)} {pick(['Queen St', 'Adelaide St', 'Boundary St'])}",
}
POSTCODES = {"US": lambda: f"{rng.randint(10000, 99999)}", "GB": lambda: pick(["M1 4BT", "M13 9PL", "M20 2RN", "M4 1HQ"]),
             "DE": lambda: f"{rng.randint(20095, 22769)}", "FR": lambda: f"6900{rng.randint(1, 9)}",
             "IN": lambda: f"5600{rng.randint(10, 99)}", "BR": lambda: f"0{rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
             "JP": lambda: f"542-00{rng.randint(10, 99)}", "AU": lambda: f"40{rng.randint(0, 99):02d}"}


def ua_ios(model_ver):
    v = model_ver.replace(".", "_")
    return pick([
        f"Mozilla/5.0 (iPhone; CPU iPhone OS {v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
        f"Mozilla/5.0 (iPhone; CPU iPhone OS {v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 321.0.2.19.109",
        f"AcmeShop/5.12.0 (com.acme.shop; build:5120; iOS {model_ver}) Alamofire/5.8.1",
    ])


def ua_android(ver, model):
    return pick([
        f"Mozilla/5.0 (Linux; Android {ver}; {model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36",
        f"Dalvik/2.1.0 (Linux; U; Android {ver}; {model} Build/UP1A.231005.007)",
        f"okhttp/4.12.0",
    ])


def ua_desktop():
    return pick([
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15",
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0",
    ])


class Device:
    """One simulated phone, reused across rows so identifiers repeat realistically."""

    def __init__(self, city=None):
        self.city = city or pick(CITIES)
        cc = self.city[0]
        self.ios = chance(0.45)
        self.carrier = pick(CARRIERS[cc])
        self.idfv = idfa()
        self.install_id = u4()
        self.android_id = android_id()
        self.imei = imei()
        self.mac = mac()
        self.lat_limited = chance(0.15)
        if self.ios:
            self.hw, self.marketing = pick(IOS_MODELS)
            self.brand, self.manufacturer = "Apple", "Apple"
            self.os_name, self.os_ver = "iOS", pick(IOS_VERSIONS)
            self.screen = pick(SCREENS_IOS)
            self.ad_id = ZERO_ID if self.lat_limited else idfa()
            self.ua = ua_ios(self.os_ver)
        else:
            self.manufacturer, self.brand, self.hw, self.marketing = pick(ANDROID_MODELS)
            self.os_name = "Android"
            self.os_ver, self.sdk = pick(ANDROID_VERSIONS)
            self.screen = pick(SCREENS_AND)
            self.ad_id = ZERO_ID if self.lat_limited else gaid()
            self.ua = ua_android(self.os_ver, self.hw)
        self.ip = ip_any()
        self.tz = self.city[6]


class Person:
    def __init__(self):
        self.city = pick(CITIES)
        self.name = name()
        self.email = email_for(self.name)
        self.user_id = str(rng.randint(10_000_000, 99_999_999))
        self.dev = Device(self.city)
        self.age = rng.randint(13, 67)


PEOPLE = []


def people(n):
    global PEOPLE
    if not PEOPLE:
        PEOPLE = [Person() for _ in range(260)]
    return [pick(PEOPLE) for _ in range(n)]


# ---------------------------------------------------------------------------- writers
def write_ndjson(path, rows, gz=False):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    if gz:
        with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as g:
            g.write(data)
    else:
        path.write_bytes(data)


def write_csv(path, header, rows, delimiter=",", gz=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    data = buf.getvalue().encode()
    if gz:
        with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as g:
            g.write(data)
    else:
        path.write_bytes(data)


# ---------------------------------------------------------------------------- datasets
def segment_tracks(out):
    """Segment Spec track/screen calls from analytics-ios / analytics-android (camelCase)."""
    rows = []
    for p in people(700):
        d = p.dev
        t = rand_time()
        identified = chance(0.6)
        kind = pick(["track"] * 4 + ["screen"])
        ev = {"type": kind, "messageId": u4(), "anonymousId": d.install_id,
              "userId": p.user_id if identified else None,
              "timestamp": ts(t), "originalTimestamp": ts(t - timedelta(milliseconds=rng.randint(20, 900))),
              "sentAt": ts(t), "receivedAt": ts(t + timedelta(milliseconds=rng.randint(40, 3000)))}
        ctx = {
            "ip": d.ip,
            "userAgent": d.ua,
            "locale": pick(["en-US", "en-GB", "de-DE", "fr-FR", "pt-BR", "ja-JP", "zh-Hans-CN", "ko-KR", "es-MX", "id-ID"]),
            "timezone": d.tz,
            "library": {"name": "analytics-ios" if d.ios else "analytics-android",
                        "version": "4.1.8" if d.ios else "4.11.3"},
            "app": {"name": "Acme Shop", "version": pick(["5.12.0", "5.11.2", "5.10.0"]),
                    "build": str(rng.randint(5100, 5130)), "namespace": "com.acme.shop"},
            "device": {"id": d.idfv if d.ios else d.android_id, "advertisingId": d.ad_id,
                       "adTrackingEnabled": not d.lat_limited, "manufacturer": d.manufacturer,
                       "model": d.hw, "type": "ios" if d.ios else "android"},
            "os": {"name": d.os_name, "version": d.os_ver},
            "screen": {"width": d.screen[0], "height": d.screen[1], "density": d.screen[2]},
            "network": {"carrier": d.carrier[0], "wifi": (w := chance(0.55)), "cellular": not w,
                        "bluetooth": chance(0.4)},
        }
        if chance(0.4):
            lat, lng = jitter(p.city)
            ctx["location"] = {"latitude": lat, "longitude": lng, "speed": round(rng.uniform(0, 4), 2)}
        if identified and chance(0.5):
            ctx["traits"] = {"email": p.email, "name": p.name}
        ev["context"] = ctx
        if kind == "screen":
            ev["name"] = pick(["Home", "Product Detail", "Cart", "Checkout", "Search Results", "Live Room"])
            ev["properties"] = {"path": pick(["/home", "/product", "/cart"])}
        else:
            e = pick(["Product Viewed", "Products Searched", "Order Completed", "Form Field Typed", "Audio Route Changed"])
            ev["event"] = e
            if e == "Product Viewed":
                ev["properties"] = {"product_id": f"p_{rng.randint(1000, 99999)}", "sku": f"SKU-{hexs(6).upper()}",
                                    "price": round(rng.uniform(2, 300), 2), "currency": pick(["USD", "EUR", "GBP", "BRL"]),
                                    "category": pick(["Beauty", "Shoes", "Audio", "Kitchen"])}
            elif e == "Products Searched":
                ev["properties"] = {"query": pick(SEARCHES)}
            elif e == "Order Completed":
                ev["properties"] = {"order_id": u4(), "revenue": round(rng.uniform(5, 500), 2), "currency": "USD",
                                    "products": [f"p_{rng.randint(1000, 99999)}" for _ in range(rng.randint(1, 4))]}
            elif e == "Form Field Typed":
                ev["properties"] = {"field": pick(["search", "comment", "address_line1", "promo_code"]),
                                    "keyIntervalsMs": [rng.randint(60, 420) for _ in range(rng.randint(5, 16))]}
            else:
                ev["properties"] = {"route": pick(BT_AUDIO + ["Speaker", "Receiver", "Headphones"]),
                                    "outputVolume": round(rng.choice([0.0, 0.25, 0.375, 0.5, 0.625, 0.8125, 1.0]), 4)}
        ev["integrations"] = {"Amplitude": chance(0.5)}
        ev["version"] = 2
        rows.append(ev)
    write_ndjson(out / "segment_tracks.ndjson", rows)


def ga4_events(out):
    """GA4 BigQuery export table events_20240312, written as Parquet with nested STRUCT/ARRAY columns."""
    recs = []
    for p in people(600):
        d = p.dev
        t = rand_time(1)
        web = chance(0.3)
        sess = rng.randint(1_700_000_000, 1_710_300_000)
        name_ = pick(["page_view", "screen_view", "session_start", "view_item", "add_to_cart", "purchase", "search"])
        params = [{"key": "ga_session_id", "value": {"string_value": None, "int_value": sess, "double_value": None}},
                  {"key": "engagement_time_msec", "value": {"string_value": None, "int_value": rng.randint(100, 90000), "double_value": None}}]
        if web:
            params.append({"key": "page_location", "value": {"string_value": "https://shop.acme.com" + rand_path(), "int_value": None, "double_value": None}})
            params.append({"key": "page_title", "value": {"string_value": pick(["Acme Shop", "Cart – Acme", "Spring Lookbook"]), "int_value": None, "double_value": None}})
        if name_ == "search":
            params.append({"key": "search_term", "value": {"string_value": pick(SEARCHES), "int_value": None, "double_value": None}})
        if name_ == "purchase":
            params.append({"key": "value", "value": {"string_value": None, "int_value": None, "double_value": round(rng.uniform(5, 300), 2)}})
        if web:
            pseudo = f"{rng.randint(100000000, 2147483647)}.{rng.randint(1690000000, 1710200000)}"
        else:
            pseudo = hexs(32)
        rec = {
            "event_date": t.strftime("%Y%m%d"),
            "event_timestamp": int(t.timestamp() * 1_000_000),
            "event_name": name_,
            "event_params": params,
            "event_bundle_sequence_id": rng.randint(1, 500),
            "user_id": p.user_id if chance(0.5) else None,
            "user_pseudo_id": pseudo,
            "user_first_touch_timestamp": int((t - timedelta(days=rng.randint(0, 400))).timestamp() * 1_000_000),
            "privacy_info": {"analytics_storage": pick(["Yes", "No"]), "ads_storage": pick(["Yes", "No"]),
                             "uses_transient_token": "No"},
            "device": {
                "category": "desktop" if web and chance(0.6) else "mobile",
                "mobile_brand_name": None if web else d.brand,
                "mobile_model_name": None if web else d.marketing,
                "mobile_marketing_name": None if web else d.marketing,
                "mobile_os_hardware_model": None if web else d.hw,
                "operating_system": "Web" if web else d.os_name,
                "operating_system_version": f"{d.os_name} {d.os_ver}",
                "vendor_id": None if web or not d.ios else d.idfv,
                "advertising_id": None if web else d.ad_id,
                "language": pick(["en-us", "de-de", "pt-br", "ja-jp", "zh-cn", "fr-fr"]),
                "is_limited_ad_tracking": "Yes" if d.lat_limited else "No",
                "time_zone_offset_seconds": int(p.city[7][0] + "1") * (int(p.city[7][1:3]) * 3600 + int(p.city[7][4:6]) * 60),
                "web_info": {"browser": pick(["Chrome", "Safari", "Firefox", "Edge"]) if web else None,
                             "browser_version": pick(["122.0", "17.3.1", "123.0"]) if web else None,
                             "hostname": "shop.acme.com" if web else None},
            },
            "geo": {"city": p.city[2], "country": p.city[1], "continent": CONTINENT[p.city[0]][0],
                    "region": p.city[3], "sub_continent": CONTINENT[p.city[0]][1],
                    "metro": "(not set)" if p.city[0] != "US" else pick(["San Francisco-Oakland-San Jose CA", "Austin TX", "New York NY"])},
            "app_info": None if web else {"id": "com.acme.shop", "version": pick(["5.12.0", "5.11.2"]),
                                          "install_source": "iTunes" if d.ios else pick(["com.android.vending", "com.huawei.appmarket"]),
                                          "firebase_app_id": "1:123456789012:android:" + hexs(16)},
            "traffic_source": {"name": pick(["(direct)", "spring_sale", "(organic)", "creator_collab"]),
                               "medium": pick(["(none)", "cpc", "organic", "referral", "email"]),
                               "source": pick(["(direct)", "google", "instagram", "newsletter"])},
            "stream_id": pick(["4178123456", "4178123457", "4178123458"]),
            "platform": "WEB" if web else ("IOS" if d.ios else "ANDROID"),
            "ecommerce": {"purchase_revenue": round(rng.uniform(5, 300), 2) if name_ == "purchase" else None,
                          "transaction_id": f"T-{rng.randint(100000, 999999)}" if name_ == "purchase" else None},
            "is_active_user": chance(0.9),
        }
        recs.append(rec)
    val = pa.struct([("string_value", pa.string()), ("int_value", pa.int64()), ("double_value", pa.float64())])
    schema = pa.schema([
        ("event_date", pa.string()), ("event_timestamp", pa.int64()), ("event_name", pa.string()),
        ("event_params", pa.list_(pa.struct([("key", pa.string()), ("value", val)]))),
        ("event_bundle_sequence_id", pa.int64()), ("user_id", pa.string()), ("user_pseudo_id", pa.string()),
        ("user_first_touch_timestamp", pa.int64()),
        ("privacy_info", pa.struct([("analytics_storage", pa.string()), ("ads_storage", pa.string()), ("uses_transient_token", pa.string())])),
        ("device", pa.struct([("category", pa.string()), ("mobile_brand_name", pa.string()), ("mobile_model_name", pa.string()),
                              ("mobile_marketing_name", pa.string()), ("mobile_os_hardware_model", pa.string()),
                              ("operating_system", pa.string()), ("operating_system_version", pa.string()),
                              ("vendor_id", pa.string()), ("advertising_id", pa.string()), ("language", pa.string()),
                              ("is_limited_ad_tracking", pa.string()), ("time_zone_offset_seconds", pa.int64()),
                              ("web_info", pa.struct([("browser", pa.string()), ("browser_version", pa.string()), ("hostname", pa.string())]))])),
        ("geo", pa.struct([("city", pa.string()), ("country", pa.string()), ("continent", pa.string()), ("region", pa.string()),
                           ("sub_continent", pa.string()), ("metro", pa.string())])),
        ("app_info", pa.struct([("id", pa.string()), ("version", pa.string()), ("install_source", pa.string()), ("firebase_app_id", pa.string())])),
        ("traffic_source", pa.struct([("name", pa.string()), ("medium", pa.string()), ("source", pa.string())])),
        ("stream_id", pa.string()), ("platform", pa.string()),
        ("ecommerce", pa.struct([("purchase_revenue", pa.float64()), ("transaction_id", pa.string())])),
        ("is_active_user", pa.bool_()),
    ])
    pq.write_table(pa.Table.from_pylist(recs, schema=schema), out / "ga4_events_20240312.parquet")


def mixpanel_import(out):
    """Mixpanel /import batch: a JSON array of {event, properties} with $-prefixed reserved props."""
    rows = []
    for p in people(500):
        d = p.dev
        t = rand_time()
        known = chance(0.55)
        props = {
            "time": int(t.timestamp()),
            "distinct_id": p.user_id if known else f"$device:{d.install_id}",
            "$device_id": d.install_id,
            "$user_id": p.user_id if known else None,
            "$insert_id": hexs(20),
            "$city": p.city[2], "$region": p.city[3], "mp_country_code": p.city[0],
            "$os": d.os_name, "$os_version": d.os_ver,
            "$manufacturer": d.manufacturer, "$brand": d.brand, "$model": d.hw,
            "$carrier": d.carrier[0], "$wifi": (w := chance(0.5)), "$radio": "none" if w else pick(["LTE", "NR", "HSPA+"]),
            "$screen_height": d.screen[1], "$screen_width": d.screen[0], "$screen_dpi": int(d.screen[2] * 160),
            "$app_version_string": pick(["5.12.0", "5.11.2"]), "$app_build_number": str(rng.randint(5100, 5130)),
            "$lib_version": "7.3.1", "mp_lib": "iphone" if d.ios else "android",
            "$ios_ifa": d.ad_id if d.ios else None,
            "$bluetooth_enabled": chance(0.5), "$has_nfc": chance(0.7),
            "mp_processing_time_ms": int(t.timestamp() * 1000) + rng.randint(100, 5000),
            "Plan Type": pick(["free", "plus", "pro"]),
            "song_id": f"trk_{rng.randint(100000, 999999)}",
            "duration_s": rng.randint(5, 420),
        }
        rows.append({"event": pick(["Song Played", "Playlist Created", "App Open", "Share Tapped", "Sign Up"]),
                     "properties": props})
    (out / "mixpanel_import.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1))


def amplitude_export(out):
    """Amplitude Export API rows (one JSON object per line; the export ships them gzipped)."""
    rows = []
    for p in people(650):
        d = p.dev
        t = rand_time()
        sess_ms = int((t - timedelta(minutes=rng.randint(0, 30))).timestamp() * 1000)
        et = pick(["Upload Completed", "Typing Sampled", "Video Played", "[Amplitude] Start Session", "Follow Creator"])
        if et == "Upload Completed":
            ext, mime = pick([("HEIC", "image/heic"), ("jpg", "image/jpeg"), ("MOV", "video/quicktime"),
                              ("mp4", "video/mp4"), ("pdf", "application/pdf"), ("png", "image/png")])
            evp = {"file_name": pick([f"IMG_{rng.randint(1000, 9999)}.{ext}", f"VID_2024031{rng.randint(0, 9)}_{rng.randint(100000, 235959)}.{ext}",
                                      f"Screenshot_2024-03-1{rng.randint(0, 9)}-{rng.randint(10, 23)}-{rng.randint(10, 59)}.{ext}"]),
                   "mime_type": mime, "size_bytes": rng.randint(20_000, 80_000_000), "upload_ms": rng.randint(300, 60000)}
        elif et == "Typing Sampled":
            evp = {"screen": pick(["comment_composer", "dm_thread", "bio_editor"]),
                   "key_intervals_s": [round(rng.uniform(0.05, 0.45), 3) for _ in range(rng.randint(6, 20))]}
        elif et == "Video Played":
            evp = {"video_id": str(rng.randint(7_000_000_000_000_000_000, 7_400_000_000_000_000_000)),
                   "watch_pct": round(rng.uniform(0, 100), 1), "autoplay": chance(0.6)}
        else:
            evp = {}
        lat, lng = jitter(p.city, 0.03)
        row = {
            "$insert_id": u4(),
            "amplitude_id": rng.randint(100_000_000_000, 999_999_999_999),
            "app": 412345,
            "city": p.city[2], "region": p.city[3], "country": p.city[1],
            "dma": pick(["San Francisco-Oakland-San Jose, CA", "Austin, TX", "New York, NY"]) if p.city[0] == "US" else None,
            "client_event_time": t.strftime("%Y-%m-%d %H:%M:%S.%f"),
            "client_upload_time": (t + timedelta(seconds=2)).strftime("%Y-%m-%d %H:%M:%S.%f"),
            "server_upload_time": (t + timedelta(seconds=3)).strftime("%Y-%m-%d %H:%M:%S.%f"),
            "event_time": t.strftime("%Y-%m-%d %H:%M:%S.%f"),
            "event_id": rng.randint(1, 3000),
            "event_type": et,
            "event_properties": evp,
            "user_properties": {"plan": pick(["free", "creator_pro"]), "age": p.age,
                                "role": pick(["seller", "creator", "viewer", "agency"]),
                                "initial_utm_source": pick(["google", "tiktok", "(none)"])},
            "device_id": d.idfv if d.ios else d.install_id + "R",
            "device_brand": d.brand, "device_manufacturer": d.manufacturer, "device_model": d.hw,
            "device_family": "Apple iPhone" if d.ios else f"{d.brand} Phone",
            "device_type": f"Apple {d.marketing}" if d.ios else f"{d.brand} {d.marketing}",
            "device_carrier": d.carrier[0],
            "os_name": "ios" if d.ios else "android", "os_version": d.os_ver,
            "platform": "iOS" if d.ios else "Android",
            "idfa": d.ad_id if d.ios else None,
            "adid": None if d.ios else d.ad_id,
            "ip_address": d.ip,
            "language": pick(["English", "German", "Portuguese", "Japanese", "Chinese"]),
            "library": "amplitude-swift/1.4.3" if d.ios else "amplitude-android/1.12.2",
            "location_lat": lat if chance(0.5) else None,
            "location_lng": lng,
            "paying": pick([None, "true"]),
            "session_id": sess_ms,
            "start_version": pick(["4.9.0", "5.0.1"]),
            "version_name": pick(["5.12.0", "5.11.2"]),
            "user_id": f"usr_{p.user_id}" if chance(0.7) else None,
            "uuid": u4(),
            "sample_rate": None,
            "is_attribution_event": False,
        }
        if row["location_lat"] is None:
            row["location_lng"] = None
        rows.append(row)
    write_ndjson(out / "amplitude_export.jsonl", rows)


def adjust_callbacks(out):
    """Adjust raw-data export / callback rows (placeholder names as columns), gzipped CSV."""
    cols = ["activity_kind", "event_name", "created_at", "click_time", "installed_at", "app_id", "app_version",
            "store", "tracker_name", "network_name", "campaign_name", "adid", "gps_adid", "idfa", "idfv",
            "android_id", "oaid", "tracking_limited", "ip_address", "country", "city", "region", "postal_code",
            "isp", "mcc", "mnc", "connection_type", "device_name", "device_type", "os_name", "os_version",
            "language", "timezone", "user_agent", "revenue_float", "currency", "environment", "random", "reftag"]
    rows = []
    for p in people(800):
        d = p.dev
        t = rand_time(30)
        inst = t - timedelta(days=rng.randint(0, 20))
        huawei = d.manufacturer == "HUAWEI"
        kind = pick(["install", "session", "event", "event", "reattribution"])
        off = p.city[7]
        row = {
            "activity_kind": kind,
            "event_name": pick(["purchase", "add_to_cart", "registration", "level_up"]) if kind == "event" else "",
            "created_at": int(t.timestamp()), "click_time": int((inst - timedelta(minutes=rng.randint(1, 600))).timestamp()),
            "installed_at": int(inst.timestamp()),
            "app_id": "com.acme.shop" if not d.ios else "1459876543",
            "app_version": pick(["5.12.0", "5.11.2"]), "store": "itunes" if d.ios else ("huawei" if huawei else "google"),
            "tracker_name": pick(["Organic", "Facebook Installs::spring_sale::lookalike_1pct::video_15s",
                                  "Google Ads UAC::AC_Install_BR::unknown::unknown", "TikTok for Business::creators_q1"]),
            "network_name": pick(["Organic", "Facebook Installs", "Google Ads UAC", "TikTok for Business"]),
            "campaign_name": pick(["", "spring_sale", "AC_Install_BR", "creators_q1"]),
            "adid": hexs(32),
            "gps_adid": "" if d.ios else d.ad_id,
            "idfa": d.ad_id if d.ios else "",
            "idfv": d.idfv if d.ios else "",
            "android_id": "" if d.ios else d.android_id,
            "oaid": u4() if huawei else "",
            "tracking_limited": 1 if d.lat_limited else 0,
            "ip_address": d.ip,
            "country": p.city[0].lower(), "city": p.city[2], "region": p.city[3],
            "postal_code": POSTCODES.get(p.city[0], lambda: "")(),
            "isp": pick(ISPS), "mcc": d.carrier[1], "mnc": d.carrier[2],
            "connection_type": pick(["wifi", "cellular"]),
            "device_name": d.hw, "device_type": "tablet" if d.hw.startswith("iPad") else "phone",
            "os_name": d.os_name.lower(), "os_version": d.os_ver,
            "language": pick(["en", "de", "pt", "ja", "zh", "fr"]),
            "timezone": "UTC" + off.replace(":", ""),
            "user_agent": d.ua,
            "revenue_float": round(rng.uniform(0.99, 99.99), 2) if kind == "event" and chance(0.3) else "",
            "currency": pick(["USD", "EUR", "BRL"]) if kind == "event" else "",
            "environment": "production", "random": rng.randint(1, 2**31), "reftag": hexs(13),
        }
        rows.append([row[c] for c in cols])
    write_csv(out / "adjust_callbacks.csv.gz", cols, rows, gz=True)


def posthog_events(out):
    """PostHog events exported flat (property names keep their '$' prefix), Parquet."""
    recs = []
    for p in people(700):
        t = rand_time()
        mobile = chance(0.4)
        ua = p.dev.ua if mobile and "Mozilla" in p.dev.ua else ua_desktop()
        path = rand_path()
        q = f"?q={pick(SEARCHES).replace(' ', '+')}" if path == "/search" else (f"?utm_source={pick(['newsletter', 'ig'])}" if chance(0.2) else "")
        ref = pick(REFERRERS)
        ev = pick(["$pageview", "$pageview", "$autocapture", "$pageleave", "signed_up"])
        lat, lng = jitter(p.city, 0.05)
        recs.append({
            "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "event": ev,
            "timestamp": t.isoformat(),
            "distinct_id": p.user_id if chance(0.5) else u4(),
            "$device_id": p.dev.install_id,
            "$session_id": u4(), "$window_id": u4(),
            "$ip": p.dev.ip,
            "$raw_user_agent": ua,
            "$browser": pick(["Chrome", "Safari", "Mobile Safari", "Firefox", "Microsoft Edge", "Samsung Internet"]),
            "$browser_version": float(pick(["122", "17.3", "123", "24"])),
            "$os": pick(["Windows", "Mac OS X", "iOS", "Android", "Linux"]),
            "$device_type": "Mobile" if mobile else "Desktop",
            "$screen_height": p.dev.screen[1] if mobile else pick([1080, 1440, 900, 1600]),
            "$screen_width": p.dev.screen[0] if mobile else pick([1920, 2560, 1440, 2560]),
            "$viewport_width": rng.randint(360, 1900),
            "$current_url": f"https://shop.acme.com{path}{q}",
            "$host": "shop.acme.com",
            "$pathname": path,
            "$referrer": ref,
            "$referring_domain": "$direct" if ref == "$direct" else ref.split("/")[2],
            "$el_text": pick(["Add to cart", "Sign up", "Follow", "Checkout", None]) if ev == "$autocapture" else None,
            "$geoip_city_name": p.city[2], "$geoip_country_code": p.city[0],
            "$geoip_subdivision_1_name": p.city[3],
            "$geoip_postal_code": POSTCODES.get(p.city[0], lambda: None)(),
            "$geoip_latitude": round(lat, 4), "$geoip_longitude": round(lng, 4),
            "$geoip_time_zone": p.city[6],
            "$lib": "web", "$lib_version": "1.116.0",
            "token": "phc_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(43)),
            "$is_identified": chance(0.5),
        })
    pq.write_table(pa.Table.from_pylist(recs), out / "posthog_events.parquet")


def crm_contacts(out):
    """CRM contact export with Title Case headers (HubSpot / Salesforce style)."""
    cols = ["Contact ID", "Full Name", "E-mail Address", "Email Hash (SHA-256)", "Mobile Phone", "Date of Birth",
            "Street Address", "Town/City", "Postcode", "Country", "Company", "Job Title", "Job Industry",
            "Account Type", "Lead Source", "Lifecycle Stage", "Marketing Opt-In", "Annual Revenue",
            "Contact Owner", "Created Date"]
    owners = ["Rachel Adeyemi", "Tom Whitaker", "Ines Moreau", "Kenji Watanabe"]
    rows = []
    cities = [c for c in CITIES if c[0] in STREETS]
    for i in range(520):
        c = pick(cities)
        full = name()
        mail = email_for(full)
        dob = datetime(1960, 1, 1) + timedelta(days=rng.randint(0, 16000))
        dobs = dob.strftime("%d/%m/%Y") if c[0] in ("GB", "FR", "DE", "IN", "BR", "AU") else dob.strftime("%m/%d/%Y") if c[0] == "US" else dob.strftime("%Y-%m-%d")
        phone = national_phone(c[0]) if chance(0.6) else e164(c[0])
        rows.append([
            f"CT-{100000 + i * 7}", full, mail, sha256(mail.strip().lower()), phone, dobs,
            STREETS[c[0]](), c[2], POSTCODES[c[0]](), c[1],
            pick(["Glow Labs Ltd", "Northwind Traders", "Kito Foods", "Studio Mar", "Pixel & Pine", ""]),
            pick(["Marketing Manager", "Founder", "Content Creator", "Head of E-commerce", "Buyer", ""]),
            pick(INDUSTRIES), pick(IDENTITIES),
            pick(["Web Form", "Trade Show", "Referral", "Paid Social", "Organic Search"]),
            pick(["subscriber", "lead", "marketingqualifiedlead", "customer"]),
            pick(["Yes", "No"]), pick(["", "< $1M", "$1M - $10M", "$10M - $50M"]),
            pick(owners),
            (T0 - timedelta(days=rng.randint(0, 900), minutes=rng.randint(0, 1439))).strftime("%Y-%m-%d %H:%M"),
        ])
    write_csv(out / "crm_contacts.csv", cols, rows)


def cn_id_card(birth):
    area = pick(["440305", "110105", "310115", "330106", "510107"])
    body = area + birth.strftime("%Y%m%d") + f"{rng.randint(0, 999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + check


def cn_app_users(out):
    """A Chinese app's user table with pinyin column names, TSV."""
    cols = ["yonghu_id", "nicheng", "xingming", "shoujihao", "shenfenzheng", "shengri", "dizhi", "shengfen",
            "chengshi", "shebei_id", "shebei_xinghao", "xitong", "yunyingshang", "yys_dm", "wangluo_leixing",
            "dianliang", "chongdian", "fenbianlv", "shiqu", "hangye", "shenfen", "gerenjianjie", "jifen",
            "dengji", "yaoqingma", "zhuce_shijian"]
    cn_cities = [("广东省", "深圳市", "南山区科技园南路"), ("北京市", "北京市", "朝阳区建国路"), ("上海市", "上海市", "浦东新区张杨路"),
                 ("浙江省", "杭州市", "西湖区文三路"), ("四川省", "成都市", "武侯区人民南路")]
    models = ["HUAWEI Mate 60 Pro", "Xiaomi 14", "vivo X100", "OPPO Find X7", "iPhone 15 Pro", "Honor Magic6", "Redmi K70"]
    bios = ["热爱生活，分享日常穿搭", "专注美妆测评十年", "摄影爱好者｜旅行中", "宝妈一枚，记录娃的成长", "健身打卡第300天",
            "数码控，欢迎交流", "", "做好吃的，开心每一天"]
    ind = ["电商", "美妆个护", "游戏", "服饰鞋包", "食品饮料", "旅游出行", "教育培训"]
    rows = []
    for i in range(600):
        prov, city, road = pick(cn_cities)
        birth = datetime(1970, 1, 1) + timedelta(days=rng.randint(0, 15000))
        carrier = pick(CARRIERS["CN"])
        model = pick(models)
        rows.append([
            str(rng.randint(100_000_000, 999_999_999)),
            pick(["小", "阿", "大", ""]) + pick(CN_GIVEN) + pick(["酱", "同学", "呀", "", "2024"]),
            pick(CN_SURNAME) + pick(CN_GIVEN),
            cn_mobile() if chance(0.8) else "+86 " + cn_mobile(),
            cn_id_card(birth),
            birth.strftime("%Y%m%d"),
            f"{prov if prov != city else ''}{city}{road}{rng.randint(1, 300)}号{rng.randint(1, 30)}栋{rng.randint(101, 2808)}室",
            prov, city,
            imei() if not model.startswith("iPhone") else idfa(),
            model,
            "iOS 17.3" if model.startswith("iPhone") else "HarmonyOS 4.0" if model.startswith(("HUAWEI", "Honor")) else
            "HyperOS 1.0" if model.startswith(("Xiaomi", "Redmi")) else pick(["Android 14", "Android 13"]),
            carrier[0], carrier[1] + carrier[2],
            pick(["WIFI", "4G", "5G", "3G"]),
            rng.randint(3, 100),
            pick(["是", "否"]),
            pick(["1080,2400", "1260,2720", "1220,2712", "1179,2556"]),
            "+08:00",
            pick(ind), pick(["商家", "达人", "机构", "品牌方"]),
            pick(bios),
            rng.randint(0, 50000),
            f"V{rng.randint(0, 9)}",
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
            int((T0 - timedelta(days=rng.randint(0, 1500), seconds=rng.randint(0, 86400))).timestamp() * 1000),
        ])
    write_csv(out / "cn_app_users.tsv", cols, rows, delimiter="\t")


def device_telemetry(out):
    """Android telemetry with abbreviated column names, Parquet (list columns included)."""
    devs = [Device() for _ in range(140)]
    recs = []
    for i in range(900):
        d = pick(devs)
        if d.ios:
            d.ios = False  # this pipeline is Android-only
            d.manufacturer, d.brand, d.hw, d.marketing = pick(ANDROID_MODELS)
            d.os_name, (d.os_ver, d.sdk) = "Android", pick(ANDROID_VERSIONS)
            d.screen = pick(SCREENS_AND)
        t = rand_time(3)
        lat, lng = jitter(d.city, 0.1)
        lvl = rng.randint(3, 100)
        recs.append({
            "usr_id": f"usr_{hexs(8)}" if i % 7 else None,
            "sess_id": u4(),
            "dev_mdl": d.hw,
            "dev_mfr": d.manufacturer,
            "os_ver": f"Android {d.os_ver} (API {d.sdk})",
            "andr_id": d.android_id,
            "imei": d.imei if chance(0.5) else None,
            "mac_addr": d.mac,
            "tz_nm": d.tz,
            "utc_ofs": d.city[7],
            "scr_res": f"{d.screen[0]}*{d.screen[1]}",
            "scr_dpi": int(d.screen[2] * 160),
            "bat_lvl": round(lvl / 100, 2),
            "bat_st": "full" if lvl == 100 else pick(["charging", "unplugged", "discharging"]),
            "bat_tmp_c": round(rng.uniform(24, 41), 1),
            "vol_lvl": rng.randint(0, 15),
            "rngr_md": pick(["normal", "vibrate", "silent"]),
            "bt_dev": pick(BT_AUDIO) if chance(0.45) else None,
            "mcc_mnc": f"{d.carrier[1]}-{d.carrier[2]}",
            "net_typ": pick(["LTE", "NR", "WIFI", "EDGE", "HSPAP"]),
            "fg_pkg": pick(APPS),
            "lat_e7": int(lat * 1e7), "lng_e7": int(lng * 1e7),
            "geo_h7": geohash(lat, lng, 7),
            "geo_h4": geohash(lat, lng, 4),
            "ks_int_s": [round(rng.uniform(0.06, 0.5), 3) for _ in range(rng.randint(4, 14))],
            "frm_ms": [round(rng.uniform(8, 40), 1) for _ in range(rng.randint(4, 14))],
            "cpu_pct": round(rng.uniform(1, 99), 1),
            "mem_mb": rng.randint(180, 1900),
            "fps": pick([30, 60, 90, 120]),
            "thrm_st": pick(["none", "light", "moderate", "severe"]),
            "app_ver": pick(["5.12.0", "5.11.2", "5.10.0"]),
            "dur_ms": rng.randint(5, 120000),
            "ts_ms": int(t.timestamp() * 1000),
        })
    pq.write_table(pa.Table.from_pylist(recs), out / "device_telemetry.parquet")


def opaque_export(out):
    """Columns with no meaningful names (f01..f12); values keep real formats."""
    cols = [f"f{i:02d}" for i in range(1, 13)]
    rows = []
    for _ in range(450):
        c = pick(CITIES)
        lat, lng = jitter(c, 0.05)
        rows.append([
            ipv6() if chance(0.5) else f"{ipv4()}:{rng.randint(1024, 65535)}",
            e164(c[0]),
            ZERO_ID if chance(0.1) else idfa(),
            f"{lat},{lng}",
            mac(),
            f"GA1.{pick(['1', '2'])}.{rng.randint(100000000, 2147483647)}.{rng.randint(1690000000, 1710200000)}",
            hexs(64),
            u4(),
            f"{rng.randint(1, 499)}.{rng.randint(0, 99):02d}",
            pick(["us-east-1", "eu-west-1", "ap-southeast-1", "europe-west4", "asia-east2", "eastus2"]),
            pick(["+08:00", "-05:00", "+05:30", "+01:00", "+09:00", "-03:00", "+00:00"]),
            imei(),
        ])
    write_csv(out / "opaque_export.csv", cols, rows)


def edge_proxy_log(out):
    """logfmt access log of an edge proxy (Heroku-router / Go services style)."""
    lines = []
    for p in people(800):
        t = rand_time(1)
        path = rand_path()
        if path == "/search":
            path += "?q=" + pick(SEARCHES).replace(" ", "+")
        client = p.dev.ip
        remote = f"[{client}]:{rng.randint(1024, 65535)}" if ":" in client else f"{client}:{rng.randint(1024, 65535)}"
        xff = f"{client}, {pick(['10.0.3.14', '172.16.8.2', '10.12.0.7'])}"
        ck = f"_ga=GA1.1.{rng.randint(100000000, 2147483647)}.{rng.randint(1690000000, 1710200000)}; _gcl_au=1.1.{rng.randint(100000000, 2147483647)}.{rng.randint(1690000000, 1710200000)}; _fbp=fb.1.{rng.randint(1690000000000, 1710200000000)}.{rng.randint(100000000, 2147483647)}"
        ua = p.dev.ua if chance(0.5) else ua_desktop()
        status = pick([200, 200, 200, 201, 204, 301, 304, 400, 401, 404, 429, 500, 502])
        user = p.user_id if chance(0.6) else "-"
        lines.append(
            f'ts={ts(t)} level={"error" if status >= 500 else "info"} msg="request completed" '
            f'method={pick(["GET", "GET", "POST", "PUT"])} path="{path}" status={status} '
            f'dur={rng.uniform(0.4, 900):.1f}ms bytes={rng.randint(0, 250000)} '
            f'remote_addr={remote} xff="{xff}" user_id={user} '
            f'ua="{ua}" cookies="{ck}" host=edge-{rng.randint(1, 9)}.fra1.acme-cdn.net '
            f'upstream={pick(["10.0.3.14", "10.0.3.15", "10.0.7.2"])}:8080 region={pick(["eu-central-1", "us-east-1"])} '
            f'trace_id={hexs(32)} tls={pick(["TLSv1.3", "TLSv1.2"])} cache={pick(["HIT", "MISS", "BYPASS"])}'
        )
    (out / "edge_proxy.log").write_text("\n".join(lines) + "\n")


def checkout_service_log(out):
    """JSON-lines application log in Elastic Common Schema (ecs-logging: dotted top-level keys + nesting)."""
    lines = []
    msgs = ["request completed", "payment authorized", "cart recalculated", "inventory reserved",
            "upstream timeout, retrying", "coupon rejected: expired"]
    for p in people(700):
        t = rand_time(1)
        lat, lng = jitter(p.city, 0.05)
        status = pick([200, 200, 201, 400, 402, 409, 500, 503])
        rec = {
            "@timestamp": ts(t),
            "log.level": "error" if status >= 500 else "info",
            "message": pick(msgs),
            "ecs.version": "8.11.0",
            "service": {"name": "checkout-service", "version": pick(["2.31.0", "2.31.1"])},
            "host": {"hostname": f"checkout-{hexs(5)}-{hexs(5)}"},
            "cloud": {"region": pick(["eu-central-1", "us-east-1", "ap-southeast-1"])},
            "trace": {"id": hexs(32)},
            "transaction": {"id": hexs(16)},
            "client": {"ip": p.dev.ip,
                       "geo": {"city_name": p.city[2], "country_iso_code": p.city[0], "region_name": p.city[3],
                               "location": {"lat": round(lat, 4), "lon": round(lng, 4)}}},
            "user": {"id": p.user_id, "name": p.email.split("@")[0].replace(".", "_")},
            "user_agent": {"original": p.dev.ua},
            "http": {"request": {"method": pick(["POST", "GET", "PUT"])},
                     "response": {"status_code": status, "body": {"bytes": rng.randint(90, 24000)}}},
            "url": {"path": pick(["/v2/cart", "/v2/checkout", "/v2/checkout/confirm", "/v2/coupons/apply"])},
            "event": {"duration": rng.randint(800_000, 2_500_000_000), "dataset": "checkout.access"},
            "labels": {"order_id": u4()},
        }
        if chance(0.35):
            rec["user"]["email"] = p.email
        lines.append(json.dumps(rec, ensure_ascii=False))
    (out / "checkout-service.log").write_text("\n".join(lines) + "\n")


def auth_gateway_syslog(out):
    """RFC 5424 syslog of an auth gateway; structured data plus free-text messages."""
    lines = []
    for p in people(650):
        t = rand_time(1)
        host = f"auth-{rng.randint(1, 4):02d}.prod.acme.net"
        pid = rng.randint(1000, 40000)
        src = p.dev.ip
        k = rng.randint(0, 7)
        uid = f"u_{p.user_id}"
        if k == 0:
            sd, msg, mid, pri = f'[meta@32473 src="{src}" user="{uid}"]', f"login succeeded user={uid} src={src} method=password", "LOGIN", 86
        elif k == 1:
            sd, msg, mid, pri = "-", f"login failed user={uid} src={src} reason=bad_password attempts={rng.randint(1, 5)}", "LOGIN", 84
        elif k == 2:
            sd, msg, mid, pri = "-", f"password reset link sent to {p.email} (user={uid})", "RESET", 86
        elif k == 3:
            sd, msg, mid, pri = f'[meta@32473 user="{uid}"]', f"mfa challenge issued user={uid} email={p.email} factor=totp", "MFA", 86
        elif k == 4:
            sd, msg, mid, pri = "-", f"rate limit exceeded src={src} bucket=login window=60s", "RATELIMIT", 84
        elif k == 5:
            sd, msg, mid, pri = "-", f"jwks refreshed kid={hexs(8)} keys={rng.randint(2, 4)}", "KEYS", 86
        elif k == 6:
            sd, msg, mid, pri = "-", f"user {p.email} changed display name to \"{p.name}\"", "PROFILE", 86
        else:
            sd, msg, mid, pri = "-", f"session expired user={uid} idle={rng.randint(900, 7200)}s", "SESSION", 86
        lines.append(f"<{pri}>1 {ts(t)} {host} authgw {pid} {mid} {sd} {msg}")
    (out / "auth_gateway.log").write_text("\n".join(lines) + "\n")


def meta_capi_events(out):
    """Meta (Facebook) Conversions API server events: hashed user_data, cookies fbp/fbc, NDJSON."""
    rows = []
    for p in people(500):
        t = rand_time()
        ev = pick(["Purchase", "AddToCart", "ViewContent", "Lead", "CompleteRegistration"])
        fbclid = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(60))
        ud = {"em": [sha256(p.email.lower())],
              "ph": [sha256(e164(p.city[0]).lstrip("+"))] if chance(0.6) else [],
              "external_id": [sha256(p.user_id)],
              "client_ip_address": p.dev.ip,
              "client_user_agent": p.dev.ua if "Mozilla" in p.dev.ua else ua_desktop(),
              "fbp": f"fb.1.{int((t - timedelta(days=rng.randint(0, 60))).timestamp() * 1000)}.{rng.randint(100000000, 2147483647)}"}
        if chance(0.4):
            ud["fbc"] = f"fb.1.{int((t - timedelta(hours=rng.randint(0, 48))).timestamp() * 1000)}.{fbclid}"
        cd = {"currency": pick(["USD", "EUR", "GBP"]), "value": round(rng.uniform(3, 400), 2),
              "content_ids": [f"SKU-{hexs(6).upper()}" for _ in range(rng.randint(1, 3))], "content_type": "product"}
        if ev == "Purchase":
            cd["order_id"] = f"ORD-{rng.randint(1000000, 9999999)}"
        rows.append({"event_name": ev, "event_time": int(t.timestamp()), "event_id": u4(),
                     "event_source_url": "https://shop.acme.com" + rand_path(),
                     "action_source": "website", "user_data": ud, "custom_data": cd})
    write_ndjson(out / "meta_capi_events.ndjson", rows)


GENERATORS = [segment_tracks, ga4_events, mixpanel_import, amplitude_export, adjust_callbacks, posthog_events,
              crm_contacts, cn_app_users, device_telemetry, opaque_export, edge_proxy_log, checkout_service_log,
              auth_gateway_syslog, meta_capi_events]


# ---------------------------------------------------------------------------- verification
def _flatten(obj, prefix, acc):
    if isinstance(obj, dict):
        if not obj and prefix:
            return
        for k, v in obj.items():
            _flatten(v, f"{prefix}.{k}" if prefix else k, acc)
    elif isinstance(obj, list):
        dicts = [x for x in obj if isinstance(x, dict)]
        if dicts:
            for x in dicts:
                _flatten(x, prefix, acc)
        else:
            acc.add(prefix)  # list of scalars (or empty list) = one field
    else:
        acc.add(prefix)


def _arrow_fields(t, prefix, acc):
    if pa.types.is_struct(t):
        for f in t:
            _arrow_fields(f.type, f"{prefix}.{f.name}", acc)
    elif pa.types.is_list(t) or pa.types.is_large_list(t):
        if pa.types.is_struct(t.value_type):
            _arrow_fields(t.value_type, prefix, acc)
        else:
            acc.add(prefix)
    else:
        acc.add(prefix)


def observed_fields(path):
    """Field names as the label format wants them (dot paths; lists of scalars one field)."""
    name = path.name
    acc = set()
    if name.endswith(".parquet"):
        for f in pq.read_schema(path):
            _arrow_fields(f.type, f.name, acc)
        return acc, pq.ParquetFile(path).metadata.num_rows
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        text = f.read()
    if ".csv" in name or name.endswith(".tsv"):
        rows = list(csv.reader(io.StringIO(text), delimiter="\t" if name.endswith(".tsv") else ","))
        return set(rows[0]), len(rows) - 1
    if name.endswith(".json"):
        data = json.loads(text)
        for r in data:
            _flatten(r, "", acc)
        return acc, len(data)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines[0].lstrip().startswith("{"):
        for ln in lines:
            _flatten(json.loads(ln), "", acc)
        return acc, len(lines)
    if name == "edge_proxy.log":  # logfmt: key=value or key="quoted value"
        import re
        pair = re.compile(r'([A-Za-z_][\w.]*)=("(?:[^"\\]|\\.)*"|\S*)')
        for ln in lines:
            acc.update(k for k, _ in pair.findall(ln))
        return acc, len(lines)
    return {"*"}, len(lines)  # free-form / syslog: dataset-level labels only


def verify(out):
    labels = {}
    with open(HERE / "labels.csv") as f:
        for r in csv.DictReader(f):
            labels.setdefault(r["dataset"], []).append((r["field"], r["category"]))
    taxonomy = Path("/work/shared/spec/taxonomy.md")
    ids = None
    if taxonomy.exists():
        import re
        ids = set(re.findall(r"^\| `([a-z_.]+)` \|", taxonomy.read_text(), re.M)) | {"none"}
    ok = True
    files = {p.name: p for p in out.iterdir() if p.is_file()}
    for ds in sorted(set(labels) | set(files)):
        if ds not in files:
            print(f"LABELLED BUT NOT GENERATED: {ds}"); ok = False; continue
        if ds not in labels:
            print(f"GENERATED BUT NOT LABELLED: {ds}"); ok = False; continue
        got, n = observed_fields(files[ds])
        want = [f for f, _ in labels[ds]]
        dup = {f for f in want if want.count(f) > 1 and f != "*"}
        if dup:
            print(f"{ds}: duplicate label rows {sorted(dup)}"); ok = False
        missing = sorted(set(want) - got)
        unlabelled = sorted(got - set(want))
        if missing:
            print(f"{ds}: labelled but absent: {missing}"); ok = False
        if unlabelled:
            print(f"{ds}: present but unlabelled: {unlabelled}"); ok = False
        if not 300 <= n <= 1000:
            print(f"{ds}: {n} rows (want 300-1000)"); ok = False
        if ids:
            for f_, cat in labels[ds]:
                bad = [c for c in cat.split("|") if c not in ids]
                if bad:
                    print(f"{ds}.{f_}: unknown category {bad}"); ok = False
        print(f"  {ds:28s} rows={n:4d} fields={len(got):3d}")
    try:  # cross-check the tabular files with duckdb, the engine the catalog uses
        from datamap import duck
        con = duck.connect()
        for ds, p in files.items():
            if ds.endswith((".csv", ".csv.gz", ".tsv", ".parquet")):
                q = f"select count(*) from read_parquet('{p}')" if ds.endswith(".parquet") else \
                    f"select count(*) from read_csv('{p}', header=true, all_varchar=true{', delim=chr(9)' if ds.endswith('.tsv') else ''})"
                con.execute(q.replace("chr(9)", "'\t'")).fetchone()
    except ImportError:
        pass
    n_rows = sum(len(v) for v in labels.values())
    print(("OK" if ok else "FAILED") + f": {len(labels)} datasets, {n_rows} label rows")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--verify", action="store_true", help="after writing, compare fields with labels.csv")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    for g in GENERATORS:
        g(a.out)
    print(f"wrote {len(GENERATORS)} datasets to {a.out}")
    if a.verify and not verify(a.out):
        sys.exit(1)


if __name__ == "__main__":
    main()
