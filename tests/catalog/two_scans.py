"""A real catalog with two scans of a small data folder that changes between them.

Scan 1: users.csv (user_id, email, ip, home_city, signup_at), events.ndjson (ts, client_ip, page),
        old_dump.csv (contact, with e-mail addresses).
Scan 2: users.csv loses `email`, events.ndjson gains `mail`, old_dump.csv is deleted and
        new_contacts.csv (email) appears.
The data map declares most of it (purposes, retention); the policy is the bundled one with a
60-day limit on IP addresses and only `improve` allowed for them, so that every status of the
reviewer views occurs.
"""
from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

from catalog.datamap import parse_datamap
from catalog.policy import DEFAULT_POLICY, load_policy
from catalog.writer import write_scan
from inventory.scan import scan

ROWS = 40
DATAMAP = """
version: 1
datasets:
  - dataset: users.csv
    purposes: [account]
    retention: P1Y
    basis: service
    fields:
      - {field: email, category: contact.email}
      - {field: ip, category: device.ip_address, purposes: [improve, advertising], retention: P90D}
      - {field: home_city, category: location.approximate}
      - {field: user_id, category: none}
      - {field: signup_at, category: none}
  - dataset: events.ndjson
    purposes: [improve]
    retention: P30D
    basis: service
    fields:
      - {field: client_ip, category: device.ip_address}
      - {field: mail, category: device.ip_address}
"""


def _ip(i: int) -> str:
    return f"{23 + i % 200}.{(i * 37) % 256}.{(i * 11) % 256}.{(i * 7) % 250 + 1}"


def _email(i: int) -> str:
    names = ["olivia", "liam", "emma", "noah", "ava", "mateo", "sofia", "lucas"]
    return f"{names[i % len(names)]}.{i}@example.{['com', 'org', 'net'][i % 3]}"


def _write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _write_folder(folder: Path, version: int) -> None:
    now = datetime.now(timezone.utc)
    users_header = ["user_id", "email", "ip", "home_city", "signup_at"]
    if version == 2:
        users_header.remove("email")
    users = []
    for i in range(ROWS):
        row: dict[str, object] = {"user_id": 1000 + i, "email": _email(i), "ip": _ip(i),
                                  "home_city": ["Berlin", "Lyon", "Osaka", "Austin"][i % 4],
                                  "signup_at": (now - timedelta(days=10 + i)).isoformat()}
        users.append([row[h] for h in users_header])
    _write_csv(folder / "users.csv", users_header, users)

    # events reach back 400 days: older than the 30 days the data map declares
    with (folder / "events.ndjson").open("w") as handle:
        for i in range(ROWS):
            event: dict[str, object] = {"ts": (now - timedelta(days=400 - i)).isoformat(),
                                        "client_ip": _ip(i + 7), "page": f"/shop/{i}"}
            if version == 2:
                event["mail"] = _email(i + 3)
            handle.write(json.dumps(event) + "\n")

    contacts = [[_email(i + 11)] for i in range(ROWS)]
    if version == 1:
        _write_csv(folder / "old_dump.csv", ["contact"], contacts)
    else:
        (folder / "old_dump.csv").unlink(missing_ok=True)
        _write_csv(folder / "new_contacts.csv", ["email"], contacts)


def _policy_file(tmp: Path) -> Path:
    data = yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))
    data["categories"]["device.ip_address"]["purposes"] = ["improve"]
    data["categories"]["device.ip_address"]["max_retention"] = "P60D"
    path = tmp / "policy.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def build_two_scan_catalog(tmp: Path) -> Path:
    """Write the folder, scan it, change it, scan again; the catalog path."""
    folder = tmp / "data"
    folder.mkdir(parents=True)
    policy = load_policy(_policy_file(tmp))
    datamap = parse_datamap(DATAMAP, str(tmp / "datamap.yaml"), policy)
    catalog = tmp / "catalog.duckdb"
    for version in (1, 2):
        _write_folder(folder, version)
        result = scan([str(folder)], policy=policy, datamap=datamap)
        assert not result.errors, result.errors
        write_scan(catalog, result)
    return catalog
