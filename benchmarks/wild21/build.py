"""Build the twenty-first wild benchmark: public data nobody on the team wrote, none of it in
wild..wild20, logs2 or realdata.

    # once per machine, with the tool library's fetch tool: github:oracle-samples/db-sample-schemas,
    #   github:openmrs/openmrs-core, github:tweepy/tweepy,
    #   github:Hyundai-Kia-Connect/hyundai_kia_connect_api, github:tstack/lnav
    python benchmarks/wild21/build.py OUT_DIR

Every value comes from a pinned commit of a public repository; nothing is generated here. Kinds
of source (SOURCES.md says where each comes from and under what licence):

- a sample database: Oracle's sample schemas, HR (employees, departments, locations, jobs, job
  history) as Parquet and Customer Orders (customers, stores, orders, shipments, order items)
  as CSV, both under Oracle's upper-case column names, and the Sales History schema's
  `supplementary_demographics.csv` as published;
- medical-record CSVs: the OpenMRS electronic medical record's standard test dataset (people,
  their names, addresses and attributes, patients and their identifiers, relationships, users,
  providers, locations, visits, encounters, observations), one CSV a table;
- social-API JSON: the Twitter API v1.1 and v2 answers tweepy's tests replay (tweets with their
  authors, users, lists, saved searches, a place, direct-message events), JSON Lines;
- device and battery tables: the Hyundai/Kia Connect answers hyundai_kia_connect_api's tests
  read (an electric car's battery, charging, doors, climate and position), nested JSON Lines;
- system logs: lnav's test logs, the JSON ones as JSON Lines (Cloudflare, journald, Nextcloud,
  Bunyan, ECS) and the text ones as they are (an online shop's access log, IIS W3C, HAProxy,
  uWSGI, PostgreSQL, MySQL's general log, syslog).

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from pathlib import Path
from xml.etree import ElementTree


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import PinnedRepos, build_main, drop_empty_keys, flatten
from public_data import write_filled_csv as write_csv
from public_data import write_ndjson, write_parquet

MIRROR = Path(os.environ.get("WILD21_MIRROR", "/work/.mirror"))

#: repository -> the commit every file of it is read at
COMMITS = {
    "oracle-samples/db-sample-schemas": "6660bad68c07bd143430ace58565b3f727e17263",
    "openmrs/openmrs-core": "4d92b490aaa25fbd255be0d08a04da4772a03e3b",
    "tweepy/tweepy": "c05ba988177219f1591b3bf03b8896b427c8b233",
    "Hyundai-Kia-Connect/hyundai_kia_connect_api": "a47d77c9a807ce1a2faf66b1171b32dabe99157c",
    "tstack/lnav": "bb0005f96c8dc486ee0b9005a4562be0ef61c878",
}


REPOS = PinnedRepos(MIRROR, COMMITS)
git_show, git_ls = REPOS.show, REPOS.ls


# -- Oracle's sample schemas: HR and Customer Orders from their INSERT scripts ------------------

ORACLE = "oracle-samples/db-sample-schemas"
#: one SQL literal of an Oracle script: a quoted string, NULL, a number, or a function call
#: (TO_DATE('17-06-2013', 'dd-MM-yyyy')) whose first quoted argument is the value
SQL_VALUE = re.compile(r"'((?:[^']|'')*)'|(NULL)\b|(-?(?:[0-9]+\.?[0-9]*|\.[0-9]+))|([A-Z_.]+)\s*\(", re.I)


def sql_row(values: str) -> list[str | None]:
    """The values of one `VALUES ( ... )` text, functions reduced to their first string."""
    row: list[str | None] = []
    pos = 0
    while pos < len(values):
        match = SQL_VALUE.match(values, pos)
        if not match:
            pos += 1
            continue
        quoted, null, number, function = match.groups()
        if function:  # the call's first quoted argument, then skip to its closing parenthesis
            inner = re.match(r"[^']*'((?:[^']|'')*)'", values[match.end():])
            row.append(inner[1].replace("''", "'") if inner else None)
            depth, pos = 1, match.end()
            in_quote = False
            while depth and pos < len(values):
                char = values[pos]
                if char == "'":
                    in_quote = not in_quote
                elif not in_quote:
                    depth += {"(": 1, ")": -1}.get(char, 0)
                pos += 1
            continue
        row.append(None if null else number if number is not None else quoted.replace("''", "'"))
        pos = match.end()
    return row


def create_columns(script: str) -> dict[str, list[str]]:
    """Each table's columns, in order, from a script's CREATE TABLE statements."""
    tables = {}
    for match in re.finditer(r"CREATE TABLE\s+(\w+)\s*\((.*?)\)\s*;", script, re.I | re.S):
        columns = re.findall(r"^\s*[(,]?\s*([a-z_]+)\s+(?:NUMBER|VARCHAR2|CHAR|DATE|TIMESTAMP|"
                             r"BLOB|CLOB|JSON|RAW|SDO_GEOMETRY|INTEGER)", match[2], re.I | re.M)
        tables[match[1].lower()] = [c.upper() for c in columns]
    return tables


def oracle_inserts(script: str, columns: dict[str, list[str]]) -> dict[str, list[dict]]:
    """Each table's rows from `INSERT INTO t [(cols)] VALUES (...);` statements."""
    rows: dict[str, list[dict]] = {}
    for match in re.finditer(r"INSERT INTO\s+(\w+)\s*(\(([^)]*)\))?\s*VALUES\s*\((.*?)\)\s*;\s*$",
                             script, re.I | re.S | re.M):
        table = match[1].lower()
        names = ([c.strip().upper() for c in match[3].split(",")] if match[3]
                 else columns[table])
        rows.setdefault(table, []).append(dict(zip(names, sql_row(match[4]))))
    return rows


def oracle(out: Path) -> None:
    hr = git_show(ORACLE, "human_resources/hr_create.sql").decode("utf-8")
    hr_rows = oracle_inserts(git_show(ORACLE, "human_resources/hr_populate.sql").decode("utf-8"),
                             create_columns(hr))
    for table in ["employees", "departments", "locations", "countries", "jobs", "job_history"]:
        write_parquet(out / f"HR_{table.upper()}.parquet", hr_rows[table])
    co_rows = oracle_inserts(git_show(ORACLE, "customer_orders/co_populate.sql")
                             .decode("utf-8"), {})
    for table in ["customers", "stores", "orders", "shipments", "order_items"]:
        rows = co_rows[table]
        names = list(dict.fromkeys(k for row in rows for k in row))
        write_csv(out / f"CO_{table.upper()}.csv", names, [[r.get(n) for n in names] for r in rows])
    demographics = git_show(ORACLE, "sales_history/supplementary_demographics.csv")
    table = list(csv.reader(io.StringIO(demographics.decode("utf-8"))))
    write_csv(out / "SH_SUPPLEMENTARY_DEMOGRAPHICS.csv", table[0], table[1:])


# -- OpenMRS: the medical-record system's standard test dataset --------------------------------

OPENMRS = "openmrs/openmrs-core"
OPENMRS_DATASET = "api/src/test/resources/org/openmrs/include/standardTestDataset.xml"
#: the tables kept, of the patients, their people, names, addresses, identifiers, visits,
#: encounters and observations, the users and providers who record them and the locations
#: (concept dictionaries, order types, forms and programs are the system's configuration)
OPENMRS_TABLES = ["person", "person_name", "person_address", "person_attribute", "patient",
                  "patient_identifier", "relationship", "users", "provider", "location",
                  "visit", "encounter", "obs"]


def openmrs(out: Path) -> None:
    """One CSV a table of the DBUnit dataset (each XML element a row, its attributes the
    columns, as an export of those tables holds them)."""
    root = ElementTree.fromstring(git_show(OPENMRS, OPENMRS_DATASET))
    for table in OPENMRS_TABLES:
        rows = [element.attrib for element in root if element.tag == table]
        names = list(dict.fromkeys(k for row in rows for k in row))
        write_csv(out / f"openmrs_{table}.csv", names, [[r.get(n) for n in names] for r in rows])


# -- tweepy's recorded Twitter API answers -----------------------------------------------------

TWEEPY = "tweepy/tweepy"
#: the tweets a tweet embeds (each a whole tweet with its author), left out of its row
NESTED_TWEETS = {"retweeted_status", "quoted_status"}
#: the keys of a list's owner kept (the rest of the owner is a user, in twitter_users)
LIST_OWNER = ["id_str", "screen_name", "name"]


def cassette_bodies(path: str):
    """(request URI, parsed JSON body) of each interaction of one of tweepy's cassettes."""
    return REPOS.cassette(TWEEPY, path)


def twitter(out: Path) -> None:
    statuses, users, lists, searches, places, dm_events = {}, {}, {}, {}, {}, {}
    for path in git_ls(TWEEPY, "cassettes"):
        for uri, body in cassette_bodies(path):
            endpoint = uri.split("/1.1/")[-1]
            objects = body if isinstance(body, list) else [body]
            for obj in (o for o in objects if isinstance(o, dict)):
                if endpoint.startswith("statuses/") and "text" in obj and "user" in obj:
                    # the tweet and its author; a retweeted or quoted tweet is a tweet of its own
                    statuses[obj["id_str"]] = flatten({k: v for k, v in obj.items()
                                                       if k not in NESTED_TWEETS})
                elif endpoint.startswith(("users/", "account/", "friendships/create",
                                          "blocks/create")) and "screen_name" in obj:
                    # the user without their latest tweet (a tweet of its own, as above)
                    users[obj["id_str"]] = flatten({k: v for k, v in obj.items()
                                                    if k != "status"})
                elif endpoint.startswith("lists/") and "slug" in obj:
                    owner = {k: obj["user"][k] for k in LIST_OWNER if k in obj.get("user", {})}
                    lists[obj["id_str"]] = flatten({**obj, "user": owner})
                elif endpoint.startswith("saved_searches/") and "query" in obj:
                    searches[obj["id_str"]] = flatten(obj)
                elif endpoint.startswith("geo/id/"):
                    places[obj["id"]] = flatten(obj)
                elif "/2/dm_" in uri and isinstance(obj.get("data"), list):
                    for event in obj["data"]:
                        dm_events[event["id"]] = flatten(event)
    for name, table in [("statuses", statuses), ("users", users), ("lists", lists),
                        ("saved_searches", searches), ("places", places),
                        ("dm_events", dm_events)]:
        write_ndjson(out / f"twitter_{name}.jsonl", drop_empty_keys(list(table.values())))


# -- hyundai_kia_connect_api: the connected-car answers its tests read -------------------------

KIA = "Hyundai-Kia-Connect/hyundai_kia_connect_api"
#: fixture files kept, grouped by the shape of their answer: table -> files
KIA_TABLES = {
    "kia_eu_vehicle_status": ["eu_kia_ev6_2023_with_soc.json", "eu_kia_ev6_unset_timers.json"],
    "hyundai_us_vehicle_status": ["us_hyundai_ioniq_5_2024_cached.json"],
}


def kia(out: Path) -> None:
    for table, files in KIA_TABLES.items():
        rows = []
        for name in files:
            answer = json.loads(git_show(KIA, f"tests/fixtures/{name}"))
            answer.pop("_fixture_meta", None)  # the test's expectations, no part of the answer
            rows.append(answer)
        write_ndjson(out / f"{table}.jsonl", rows)


# -- lnav's test logs --------------------------------------------------------------------------

LNAV = "tstack/lnav"
#: JSON-lines logs kept as JSON Lines: lnav's file -> ours
LNAV_JSON = {"logfile_cloudflare.1": "cloudflare_http.jsonl",
             "logfile_journald.json": "journald_export.jsonl",
             "logfile_nextcloud.0": "nextcloud.jsonl", "logfile_bunyan.0": "renovate_bunyan.jsonl",
             "logfile_ecs_log.json": "python_ecs.jsonl"}
#: text logs kept as they are: lnav's file -> ours
LNAV_TEXT = {"logfile_shop_access_log.0": "shop_access.log", "logfile_w3c_big.0": "iis_w3c.log",
             "logfile_haproxy.0": "haproxy.log", "logfile_uwsgi.0": "uwsgi.log",
             "logfile_postgres.0": "postgres.log", "logfile_mysql_gen.0": "mysql_general.log",
             "logfile_partitions.0": "centos_syslog.log"}


def lnav(out: Path) -> None:
    for name, ours in LNAV_JSON.items():
        lines = git_show(LNAV, f"test/{name}").decode("utf-8").splitlines()
        write_ndjson(out / ours, [json.loads(line) for line in lines if line.strip()])
    for name, ours in LNAV_TEXT.items():
        (out / ours).write_bytes(git_show(LNAV, f"test/{name}"))


if __name__ == "__main__":
    build_main(__doc__, __file__, [oracle, openmrs, twitter, kia, lnav])
