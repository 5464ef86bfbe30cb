"""Build the twenty-eighth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild27, logs2 or realdata.

    # once per machine, with the tool library's fetch tool: github:HaMaKac/DatabaseProgramming,
    #   github:Moonarii/HEALTHCARE-SYSTEM, github:masijiaqiu/kidney_watch,
    #   github:KillianKemps/mastodon.cr, github:mattdavis90/node-tado-client,
    #   github:Bob0111/microg-log, github:AvinSSSS/logcat
    python benchmarks/wild28/build.py OUT_DIR

Every value comes from a pinned commit of a public repository; nothing is generated here. Kinds
of source (SOURCES.md says where each comes from and under what licence):

- a sample database with people: a hotel course database (guests and maids with Polish PESEL
  numbers, rooms, payments, reservations), Oracle INSERTs without column lists;
- medical records: a healthcare course database's seed data (patients with emergency contacts
  and histories, doctors, appointments, bills, prescriptions) and a kidney clinic's patients
  (clinic ids, birth dates, comorbidities, medications, clinicians' notes) and lab results;
- social JSON: a Mastodon client library's API fixtures (accounts, statuses, notifications,
  reports, relationships, the instance, an app's credentials);
- device and battery tables: a smart-thermostat API client's fixtures (radiator valves with
  serial numbers, firmware and battery state, the household's phones with their geofence
  state, users, the home with its address and contact, zones, invitations, meter readings);
- system logs: a Pixel phone's logcat (kernel and main buffers, threadtime) captured to debug
  microG, and an app's logcat as Android Studio writes it.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import (PinnedRepos, build_main, drop_empty_keys, flatten, sql_values_rows,
                         write_ndjson, write_parquet)
from public_data import write_filled_csv as write_csv

MIRROR = Path(os.environ.get("WILD28_MIRROR", "/work/.mirror"))

HOTEL = "HaMaKac/DatabaseProgramming"
HEALTHCARE = "Moonarii/HEALTHCARE-SYSTEM"
KIDNEY = "masijiaqiu/kidney_watch"
MASTODON = "KillianKemps/mastodon.cr"
TADO = "mattdavis90/node-tado-client"
MICROG = "Bob0111/microg-log"
STUDIO = "AvinSSSS/logcat"

#: repository -> the commit every file of it is read at
COMMITS = {
    HOTEL: "807bb9e17591d62ff449d188607da6ccd4c1e3c9",
    HEALTHCARE: "b547c61b1e12b949aa8f6748c85f076639f547d2",
    KIDNEY: "b7d744317608ebb206341fca2b260689e5da5b1a",
    MASTODON: "abd5fb987c0a841eabd8315f71c140ec53622a64",
    TADO: "f50bacb354d76b51750d7bca00007f4d791e49bd",
    MICROG: "9aa946afbdcd41f5a32d8628cca29fe795155fcb",
    STUDIO: "0b6196a5accf5034c5be02cc1f9896a56ebec8c6",
}

REPOS = PinnedRepos(MIRROR, COMMITS)


def oracle_table_columns(schema: str) -> dict[str, list[str]]:
    """table -> its columns in declaration order, from Oracle CREATE TABLE statements whose
    column list is one parenthesised block (`(GuestID NUMBER (6) NOT NULL, …)`)."""
    tables = {}
    for match in re.finditer(r"CREATE TABLE (\w+)\s*\((.*?)\);", schema, re.S | re.I):
        names = [part.split()[0] for part in re.split(r",\s*\n", match[2].strip()) if part.strip()]
        tables[match[1].lower()] = names
    return tables


def hotel(out: Path) -> None:
    """The hotel course database: guests, maids, rooms, payments, reservations (INSERTs list no
    columns; the CREATE TABLE script names them)."""
    columns = oracle_table_columns(REPOS.show(HOTEL, "hotel_cre.sql").decode("utf-8"))
    script = REPOS.show(HOTEL, "hotel_popul.sql").decode("utf-8")
    for table, rows in sql_values_rows(script, columns).items():
        rows = [{k: (None if v == "NULL" else v) for k, v in r.items()} for r in rows]
        write_parquet(out / f"hotel_{table}.parquet", rows)


HEALTHCARE_TABLES = ("Patients", "Doctors", "Appointments", "Billing", "Prescriptions")


def healthcare(out: Path) -> None:
    """The healthcare course database's seed data, one CSV a table."""
    for name in HEALTHCARE_TABLES:
        script = REPOS.show(HEALTHCARE, f"Data/{name}.sql").decode("utf-8")
        for table, rows in sql_values_rows(script).items():
            write_csv(out / f"healthcare_{table}.csv", list(rows[0]), [list(r.values()) for r in rows])


def kidney(out: Path) -> None:
    """The kidney clinic's patients and lab results (MySQL INSERTs with double-quoted strings,
    a column list each; rows lacking a note column hold no note)."""
    script = REPOS.show(KIDNEY, "insertpatient.sql").decode("utf-8").replace("db_health.", "")
    script = re.sub(r'"((?:[^"\\]|\\.)*)"', lambda m: "'" + m[1].replace("'", "''") + "'", script)
    for table, rows in sql_values_rows(script).items():
        header = list(dict.fromkeys(k for r in rows for k in r))
        write_csv(out / f"kidney_{table.lower()}.csv", header, [[r.get(k) for k in header] for r in rows])


def mastodon(out: Path) -> None:
    """The Mastodon client library's API fixtures: accounts, statuses (with their accounts),
    notifications, reports, relationships, the instance, an app's credentials."""
    def load(name):
        return json.loads(REPOS.show(MASTODON, f"spec/fixtures/{name}.json"))
    results, context = load("results"), load("context")
    tables = {
        "accounts": [load("account"), *load("accounts"), *results["accounts"]],
        "statuses": [load("status"), *load("statuses"), *results["statuses"],
                     *context["ancestors"], *context["descendants"]],
        "notifications": [load("notification"), *load("notifications")],
        "reports": [load("report"), *load("reports")],
        "relationships": [load("relationship"), *load("relationships")],
        "instance": [load("instance")],
        "apps": [{**load("apps"), **load("access_token")}],
    }
    for name, records in tables.items():
        write_ndjson(out / f"mastodon_{name}.jsonl", drop_empty_keys([flatten(r) for r in records]))


#: the thermostat client's fixture files taken, by the table they make
TADO_FILES = {
    "devices": ["devices"], "mobile_devices": ["mobileDevices"], "users": ["me", "users"],
    "home": ["home"], "zones": ["zones"], "zone_state": ["zone.state"],
    "invitations": ["invitations"], "weather": ["weather"],
    "meter_readings": ["eneryIQ.meterReadings"], "boiler": ["boilerInformation"],
    "auth": ["auth"], "push_registration": ["pushNotificationRegistration"],
}


def tado(out: Path) -> None:
    """The smart-thermostat API client's recorded answers, one table a kind of answer; a meter
    readings answer's `readings` list as the rows."""
    for name, files in TADO_FILES.items():
        records = []
        for file in files:
            data = json.loads(REPOS.show(TADO, f"test/response/{file}.json"))
            if isinstance(data, dict) and isinstance(data.get("readings"), list):
                data = data["readings"]
            records += data if isinstance(data, list) else [data]
        write_ndjson(out / f"tado_{name}.jsonl", drop_empty_keys([flatten(r) for r in records]))


def logs(out: Path) -> None:
    """A Pixel 4's logcat (threadtime: the kernel buffer's first lines, then the main buffer;
    the first 3,000 lines of each) and an app's logcat as Android Studio prints it."""
    lines = REPOS.show(MICROG, "logcat.txt").decode("utf-8", "replace").splitlines()
    main = next(i for i, line in enumerate(lines) if line.startswith("--------- beginning of main"))
    (out / "pixel_logcat.log").write_text("\n".join(lines[:1500] + lines[main:main + 3000]) + "\n",
                                          encoding="utf-8")
    (out / "studio_logcat.log").write_bytes(REPOS.show(STUDIO, "logcat.txt"))


if __name__ == "__main__":
    build_main(__doc__, __file__, [hotel, healthcare, kidney, mastodon, tado, logs])
