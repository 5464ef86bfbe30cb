"""Bundled demo data: small synthetic telemetry tables and logs, generated deterministically.

Nothing here is real personal data: names come from short made-up lists, e-mails use the
reserved `example.com` domains, phones the fictional 555-01xx range, IPs the documentation and
random public ranges. `datamap demo` writes them and scans them into a catalog.
"""
from __future__ import annotations

import json
import random
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

FIRST = ["Ana", "Wei", "Priya", "Lars", "Amara", "Diego", "Yuki", "Omar", "Chloe", "Ivan", "Fatima", "Noah"]
LAST = ["Silva", "Zhang", "Patel", "Berg", "Okafor", "Ramos", "Sato", "Haddad", "Martin", "Petrov", "Khan", "Reed"]
INDUSTRIES = ["E-commerce", "Beauty & Personal Care", "Fashion", "Consumer Electronics", "Food & Beverage", "Gaming"]
ROLES = ["seller", "creator", "agency", "brand"]
MODELS = ["iPhone15,3", "iPhone14,7", "SM-S918B", "Pixel 8 Pro", "M2101K6G", "CPH2447"]
OSES = ["iOS 17.4.1", "iOS 16.6", "Android 14", "Android 13", "Android 12"]
CARRIERS = ["Verizon", "T-Mobile", "China Mobile", "Vodafone", "Orange", "Telkomsel"]
NETWORKS = ["wifi", "4g", "5g", "lte", "cellular"]
ZONES = ["America/New_York", "Europe/Berlin", "Asia/Shanghai", "Asia/Jakarta", "America/Sao_Paulo", "Africa/Lagos"]
SCREENS = ["1170x2532", "1080x2400", "1290x2796", "1440x3120", "828x1792"]
CITIES = [("US", "Austin", 30.2672, -97.7431), ("DE", "Berlin", 52.52, 13.405), ("CN", "Shenzhen", 22.5431, 114.0579),
          ("BR", "Recife", -8.0476, -34.877), ("NG", "Lagos", 6.5244, 3.3792), ("JP", "Osaka", 34.6937, 135.5023)]
EVENTS = ["video_view", "page_view", "product_click", "search", "add_to_cart", "share"]
PRODUCTS = ["Desk Lamp", "Face Serum", "Sneakers", "Air Fryer", "Phone Case", "Yoga Mat"]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.43 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
]
START = datetime(2024, 1, 1, tzinfo=timezone.utc)


def _ip(rng: random.Random) -> str:
    return f"{rng.choice([23, 45, 77, 89, 101, 142, 178, 203])}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _when(rng: random.Random) -> datetime:
    return START + timedelta(seconds=rng.randrange(180 * 86400))


def _users(rng: random.Random, rows: int) -> pa.Table:
    records = []
    for i in range(rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        records.append({
            "user_id": 10_000_000 + i,
            "full_name": f"{first} {last}",
            "email": f"{first.lower()}.{last.lower()}{i}@example.com",
            "phone": f"+1 415-555-01{rng.randrange(100):02d}",
            "industry": rng.choice(INDUSTRIES),
            "identity": rng.choice(ROLES),
            "country": rng.choice(CITIES)[0],
            # some users are teens: the catalog counts them (clause 9) without keeping a date
            "birth_date": (START - timedelta(days=rng.randrange(13 * 365, 70 * 365))).date(),
            "plan": rng.choice(["free", "pro", "business"]),
            "created_at": _when(rng),
        })
    return pa.Table.from_pylist(records)


def _devices(rng: random.Random, rows: int) -> pa.Table:
    return pa.Table.from_pylist([{
        "device_id": "".join(rng.choice("0123456789abcdef") for _ in range(16)),
        "idfa": _uuid(rng).upper(),
        "device_model": rng.choice(MODELS),
        "os_version": rng.choice(OSES),
        "carrier": rng.choice(CARRIERS),
        "network_type": rng.choice(NETWORKS),
        "timezone": rng.choice(ZONES),
        "screen_resolution": rng.choice(SCREENS),
        "app_version": f"{rng.randrange(1, 9)}.{rng.randrange(30)}.{rng.randrange(10)}",
    } for _ in range(rows)])


def _events(rng: random.Random, rows: int) -> list[dict[str, object]]:
    events = []
    for _ in range(rows):
        country, city, lat, lon = rng.choice(CITIES)
        events.append({
            "event": rng.choice(EVENTS),
            "ts": _when(rng).isoformat(),
            "user": {"id": 10_000_000 + rng.randrange(rows)},
            "context": {
                "ip": _ip(rng),
                "userAgent": rng.choice(UAS),
                "device": {"id": _uuid(rng), "batteryLevel": round(rng.random(), 2), "charging": rng.random() < 0.3},
                "network": {"carrier": rng.choice(CARRIERS), "type": rng.choice(NETWORKS)},
                "geo": {"lat": round(lat + rng.uniform(-0.2, 0.2), 6), "lng": round(lon + rng.uniform(-0.2, 0.2), 6),
                        "city": city, "country": country},
            },
            "properties": {"product": rng.choice(PRODUCTS), "price": round(rng.uniform(3, 300), 2),
                           "watch_ms": rng.randrange(200, 60000)},
        })
    return events


def _metrics(rng: random.Random, rows: int) -> pa.Table:
    return pa.Table.from_pylist([{
        "host": f"api-{rng.randrange(40)}.prod.internal",
        "region": rng.choice(["us-east-1", "eu-west-1", "ap-southeast-1"]),
        "cpu_pct": round(rng.uniform(1, 99), 1),
        "latency_ms": rng.randrange(5, 900),
        "trace_id": "%032x" % rng.getrandbits(128),
        "collected_at": _when(rng),
    } for _ in range(rows)])


def _access_log(rng: random.Random, rows: int) -> str:
    lines = []
    for _ in range(rows):
        when = _when(rng).strftime("%d/%b/%Y:%H:%M:%S +0000")
        path = rng.choice(["/", "/shop/123", f"/login?uid={rng.randrange(10**7)}", "/api/v1/feed?page=2"])
        lines.append(f'{_ip(rng)} - - [{when}] "GET {path} HTTP/1.1" {rng.choice([200, 200, 304, 404])} '
                     f'{rng.randrange(200, 50000)} "-" "{rng.choice(UAS)}"')
    return "\n".join(lines) + "\n"


def _app_log(rng: random.Random, rows: int) -> str:
    lines = []
    for _ in range(rows):
        when = _when(rng).strftime("%Y-%m-%d %H:%M:%S,000")
        kind = rng.randrange(3)
        if kind == 0:
            lines.append(f"{when} INFO  auth.Login - login ok user={10_000_000 + rng.randrange(rows)} ip={_ip(rng)}")
        elif kind == 1:
            lines.append(f"{when} INFO  telemetry.Battery - level={rng.randrange(100)} tz={rng.choice(ZONES)}")
        else:
            lines.append(f"{when} WARN  http.Client - retrying request (attempt {rng.randrange(1, 4)})")
    return "\n".join(lines) + "\n"


# The demo team's data map: most fields declared, a few left out on purpose so that the
# catalog, the report and `datamap check` have findings to show (the advertising ID is
# undeclared, the app log is not declared at all, the precise location lacks its consent).
DEMO_DATAMAP = """\
version: 1
datasets:
  - dataset: users.parquet
    purposes: [account]
    retention: P3Y
    basis: service
    fields:
      - {field: user_id, category: account.id}
      - {field: full_name, category: identity.person_name}
      - {field: email, category: contact.email, purposes: [account, communicate]}
      - {field: phone, category: profile.phone_number}
      - {field: industry, category: profile.industry, purposes: [personalize]}
      - {field: identity, category: profile.identity, purposes: [personalize]}
      - {field: country, category: location.approximate, purposes: [personalize]}
      - {field: birth_date, category: identity.date_of_birth, consent: guardian}
      - {field: "*", category: none}
  - dataset: devices.csv
    purposes: [improve]
    retention: P1Y
    basis: business
    fields:
      - {field: device_id, category: device.device_id}
      - {field: device_model, category: device.model}
      - {field: os_version, category: device.os}
      - {field: carrier, category: device.mobile_carrier}
      - {field: network_type, category: device.network_type}
      - {field: timezone, category: device.time_zone}
      - {field: screen_resolution, category: device.screen_resolution}
      - {field: app_version, category: none}
  - dataset: events/app_events.ndjson
    purposes: [personalize, improve]
    retention: P90D
    basis: service
    event_time: ts
    fields:
      - {field: event, category: behavioral}
      - {field: user.id, category: account.id}
      - {field: context.ip, category: device.ip_address}
      - {field: context.userAgent, category: device.user_agent}
      - {field: context.device.id, category: device.device_id}
      - {field: "context.device.*", category: device.battery_state}
      - {field: "context.network.carrier", category: device.mobile_carrier}
      - {field: "context.network.type", category: device.network_type}
      - {field: "context.geo.lat", category: location.precise}
      - {field: "context.geo.lng", category: location.precise}
      - {field: "context.geo.*", category: location.approximate}
      - {field: properties.watch_ms, category: behavioral}
      - {field: "properties.*", category: none}
  - dataset: service_metrics.csv
    fields:
      - {field: "*", category: none}
  - dataset: logs/access.log
    purposes: [improve, legal]
    retention: P30D
    basis: legal_claims
    fields:
      - {field: remote_addr, category: device.ip_address}
      - {field: http_user_agent, category: device.user_agent}
      - {field: "request*", category: behavioral}
      - {field: "*", category: none}
"""


def write_demo_data(directory: str | Path, rows: int = 2000, seed: int = 7) -> list[Path]:
    """Write the demo files into `directory` (created if needed); returns their paths."""
    rng = random.Random(seed)
    root = Path(directory)
    (root / "logs").mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def out(name: str) -> Path:
        path = root / name
        written.append(path)
        return path

    pq.write_table(_users(rng, rows), out("users.parquet"))
    pacsv.write_csv(_devices(rng, rows), out("devices.csv"))
    (root / "events").mkdir(exist_ok=True)
    with out("events/app_events.ndjson").open("w") as fh:
        for record in _events(rng, rows):
            fh.write(json.dumps(record) + "\n")
    pacsv.write_csv(_metrics(rng, rows), out("service_metrics.csv"))
    out("logs/access.log").write_text(_access_log(rng, rows))
    out("logs/app.log").write_text(_app_log(rng, rows))
    (root / "datamap.yaml").write_text(DEMO_DATAMAP)
    return written
