"""Build the twentieth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild19, logs2 or realdata (Loghub's raw OpenSSH and Android logs are in realdata and
wild19 holds six of its parsed tables; here are the parsed tables of ten other systems).

    # once per machine, with the tool library's fetch tool: github:hhorak/mysql-sample-db,
    #   github:sunlabuiuc/PyHealth, github:discord/discord-api-docs, github:hacf-fr/renault-api,
    #   github:logpai/loghub
    python benchmarks/wild20/build.py OUT_DIR

Every value comes from a pinned commit of a public repository or a PyPI archive; nothing is
generated here. Kinds of source (SOURCES.md says where each comes from and under what licence):

- a sample database: MySQL's `classicmodels` (a scale-model retailer: customers, employees,
  offices, orders, payments, products), one CSV a table, from its published `INSERT` script;
- medical-record CSVs: the eICU Collaborative Research Database demo and the MIMIC-III
  clinical database demo (PhysioNet's open subsets) as PyHealth's test resources hold them;
- social-API JSON: the example objects of Discord's API reference (users, guilds, members,
  channels, messages, invites, webhooks, audit logs, applications, emoji, stickers);
- device and battery tables: the Renault/Kamereon connected-car API's answers renault-api's
  tests replay (an electric car's battery level, autonomy and plug state, its GPS position,
  mileage, climate, locks and tyres, its charges; the account's vehicles with VIN and
  registration; the Gigya account behind it);
- parsed system logs: Loghub's `*_2k.log_structured.csv` of Apache, BGL, Hadoop, HDFS, HPC,
  OpenStack, Spark, Thunderbird, Windows and Zookeeper.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import build_main, flatten
from public_data import write_filled_csv as write_csv
from public_data import write_ndjson as write_all_keys

MIRROR = Path(os.environ.get("WILD20_MIRROR", "/work/.mirror"))

#: repository -> the commit every file of it is read at
COMMITS = {
    "hhorak/mysql-sample-db": "07992002687b6cc73ba79bd7a3b6abb18a774d99",
    "sunlabuiuc/PyHealth": "0a75f99dba1fb96d6d9876790edecf252fd0d2f4",
    "discord/discord-api-docs": "c98d64bc233833839cf0d8d369e81b77f21ade60",
    "logpai/loghub": "dd61d0952749ee7963bde24220d1be5ede023033",
    "hacf-fr/renault-api": "1a811837b5ee7d7c85f088d82f10c1e4fac25b57",
}


def git_show(repo: str, path: str) -> bytes:
    """One file of `repo` at its pinned commit."""
    git_dir = MIRROR / repo.replace("/", "+") / "repo"
    if not git_dir.exists():
        raise SystemExit(f"{git_dir} is missing: bring github:{repo} with the fetch tool")
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{COMMITS[repo]}:{path}"],
                          check=True, capture_output=True).stdout



def write_ndjson(path: Path, rows: list[dict]) -> None:
    """`rows` as NDJSON without the keys that hold an empty string in every row."""
    empty = {k for row in rows for k in row} - {k for row in rows for k, v in row.items()
                                                if v != ""}
    write_all_keys(path, [{k: v for k, v in row.items() if k not in empty} for row in rows])


def write_table(path: Path, text: str) -> None:
    """A published CSV's text as it is, but for its empty columns and past the row cap."""
    rows = list(csv.reader(io.StringIO(text)))
    write_csv(path, rows[0], rows[1:])


# -- classicmodels: MySQL's sample database from its INSERT script -----------------------------

#: one SQL literal of a MySQL dump: a quoted string (backslash escapes), NULL or a number
SQL_VALUE = re.compile(r"'((?:[^'\\]|\\.|'')*)'|(NULL)|(-?[0-9.]+)")
SQL_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}


def sql_tuples(values: str):
    """The rows of an INSERT's `VALUES (...),(...)` text, each a list of str or None."""
    row: list | None = None
    pos = 0
    while pos < len(values):
        char = values[pos]
        if char == "(" and row is None:
            row, pos = [], pos + 1
        elif char == ")" and row is not None:
            yield row
            row, pos = None, pos + 1
        elif row is not None and (match := SQL_VALUE.match(values, pos)):
            quoted, null, number = match.groups()
            if null:
                row.append(None)
            elif number is not None:
                row.append(number)
            else:
                row.append(re.sub(r"\\(.)", lambda m: SQL_ESCAPES.get(m[1], m[1]),
                                  quoted.replace("''", "'")))
            pos = match.end()
        else:
            pos += 1


def classicmodels(out: Path) -> None:
    script = git_show("hhorak/mysql-sample-db", "mysqlsampledatabase.sql").decode("utf-8")
    inserts = re.finditer(r"insert\s+into\s+`(\w+)`\(([^)]*)\)\s+values\s*(.*?);\s*$", script,
                          re.IGNORECASE | re.MULTILINE | re.DOTALL)
    for insert in inserts:
        header = [c.strip(" `") for c in insert[2].split(",")]
        write_csv(out / f"classicmodels_{insert[1]}.csv", header, list(sql_tuples(insert[3])))


# -- PyHealth's test resources: the eICU and MIMIC-III demos ------------------------------------

EICU_TABLES = ["patient", "hospital", "admissionDx", "diagnosis", "medication"]
MIMIC3_TABLES = ["PATIENTS", "ADMISSIONS", "DIAGNOSES_ICD", "PROCEDURES_ICD",
                 "PRESCRIPTIONS"]


def medical(out: Path) -> None:
    for table in EICU_TABLES:
        text = git_show("sunlabuiuc/PyHealth", f"test-resources/core/eicudemo/{table}.csv")
        write_table(out / f"eicu_{table.lower()}.csv", text.decode("utf-8"))
    for table in MIMIC3_TABLES:
        blob = git_show("sunlabuiuc/PyHealth", f"test-resources/core/mimic3demo/{table}.csv.gz")
        write_table(out / f"mimic3_{table.lower()}.csv", gzip.decompress(blob).decode("utf-8"))


# -- Discord's API reference: its example objects ------------------------------------------------

#: keys an example object or a device's answer has at least, to be kept
MIN_KEYS = 5
DISCORD_PAGES = ["user", "guild", "channel", "message", "invite", "webhook", "audit-log",
                 "application", "emoji", "sticker", "voice"]


def discord(out: Path) -> None:
    for page in DISCORD_PAGES:
        text = git_show("discord/discord-api-docs",
                        f"developers/resources/{page}.mdx").decode("utf-8")
        objects = []
        for block in re.findall(r"```json\n(.*?)```", text, re.DOTALL):
            try:
                obj = json.loads(block)
            except ValueError:  # a block with comments or elisions is no example object
                continue
            # an object of a few keys (a request body, a partial object) is no record
            if isinstance(obj, dict) and len(flatten(obj)) >= MIN_KEYS:
                objects.append(obj)
        for number, obj in enumerate(objects, 1):
            write_ndjson(out / f"discord_{page.replace('-', '_')}_{number}.ndjson", [flatten(obj)])


# -- renault-api: a car maker's connected-vehicle API answers -----------------------------------

RENAULT_FIXTURES = "tests/fixtures/kamereon"
#: vehicle_data answers kept, one table each: (file name prefix, table)
RENAULT_STATUS = [("battery-status", "battery_status"), ("location", "location"),
                  ("cockpit", "cockpit"), ("hvac-status", "hvac_status"),
                  ("lock-status", "lock_status"), ("pressure", "tyre_pressure")]


#: the keys of a vehicle's details kept (the rest: catalogue codes, labels and groups of its
#: engine, gearbox, radio, body and so on, a car's specification and no one's)
VEHICLE_DETAILS = {"vin", "registrationNumber", "registrationDate", "firstRegistrationDate",
                   "deliveryDate", "manufacturingDate", "deliveryCountry.code",
                   "registrationCountry.code", "brand.label", "model.label", "energy.code",
                   "battery.label", "batteryType", "radioCode", "connectivityTechnology",
                   "premiumSubscribed", "steeringSide.code"}


def renault_files(folder: str, prefix: str = "") -> list[str]:
    out = subprocess.run(["git", "--git-dir", str(MIRROR / "hacf-fr+renault-api" / "repo"),
                          "ls-tree", "--name-only", COMMITS["hacf-fr/renault-api"],
                          f"{RENAULT_FIXTURES}/{folder}/"], check=True, capture_output=True,
                         text=True)
    return sorted(p for p in out.stdout.split()
                  if p.rsplit("/", 1)[-1].startswith(prefix) and p.endswith(".json"))


def renault_json(path: str) -> dict:
    return json.loads(git_show("hacf-fr/renault-api", path))


def renault(out: Path) -> None:
    for prefix, table in RENAULT_STATUS:
        rows = [flatten(renault_json(p)["data"]) for p in renault_files("vehicle_data", prefix)]
        write_ndjson(out / f"renault_{table}.ndjson", rows)
    charges = []
    for path in renault_files("vehicle_data", "charges"):
        data = renault_json(path)["data"]
        charges += [{"vin": data["id"], **flatten(c)} for c in data["attributes"]["charges"]]
    write_ndjson(out / "renault_charges.ndjson", charges)
    vehicles = []
    for path in renault_files("vehicles"):
        answer = renault_json(path)
        for link in answer.get("vehicleLinks", []):
            row = {"accountId": answer.get("accountId"), "country": answer.get("country")}
            row.update((k, v) for k, v in flatten(link).items()
                       if not k.startswith("vehicleDetails.")
                       or k.removeprefix("vehicleDetails.") in VEHICLE_DETAILS)
            vehicles.append(row)
    write_ndjson(out / "renault_vehicles.ndjson", vehicles)
    account = renault_json("tests/fixtures/gigya/get_account_info.json")
    write_ndjson(out / "renault_gigya_account.ndjson", [flatten(account)])


# -- Loghub: parsed system logs ----------------------------------------------------------------

LOGHUB_SYSTEMS = ["Apache", "BGL", "HDFS", "OpenStack", "Spark", "Thunderbird", "Windows",
                  "Zookeeper"]


def loghub(out: Path) -> None:
    for system in LOGHUB_SYSTEMS:
        text = git_show("logpai/loghub", f"{system}/{system}_2k.log_structured.csv")
        write_table(out / f"loghub_{system.lower()}.csv", text.decode("utf-8", "replace"))


if __name__ == "__main__":
    build_main(__doc__, __file__, [classicmodels, medical, discord, renault, loghub])
