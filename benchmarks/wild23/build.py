"""Build the twenty-third wild benchmark: public data nobody on the team wrote, none of it in
wild..wild22, logs2 or realdata.

    # once per machine, with the tool library's fetch tool: github:fatihadas/db-northwind-pubs,
    #   github:smart-on-fhir/sample-bulk-fhir-datasets, github:sns-sdks/python-facebook,
    #   github:pyenphase/pyenphase, github:logpai/loghub
    python benchmarks/wild23/build.py OUT_DIR

Every value comes from a pinned commit of a public repository; nothing is generated here. Kinds
of source (SOURCES.md says where each comes from and under what licence):

- a sample database: Microsoft's `pubs` (authors with SSN-shaped ids, employees, publishers and
  their logo images, stores, titles, sales) read out of its T-SQL install script, as Parquet
  under its abbreviated names (`au_fname`, `stor_id`, `minit`), the logos a binary column;
- medical-record CSVs: a FHIR bulk export of ten Synthea patients (Patient, Practitioner,
  Organization, Location, Encounter, Condition, Immunization, Allergy, Device, Procedure,
  MedicationRequest), each resource flattened to one CSV row with positional column names
  (`identifier.2.value`, `address.0.extension.0.extension.1.valueDecimal`), as a spreadsheet
  export of FHIR names them;
- social-API JSON: the Facebook Graph and Instagram Graph API answers python-facebook's tests
  read (users, pages, posts, comments, conversations, messages, groups, events, albums, photos,
  videos; Instagram users, media, comments, stories, hashtags), nested JSON Lines;
- device and battery tables: an Enphase Envoy gateway's local API answers pyenphase's tests read
  across firmware versions (microinverters, batteries, meters, the gateway's network and
  battery-control state), nested JSON Lines with mixed camelCase/snake_case keys, and the
  gateway's XML `info` as CSV;
- system logs: Loghub's HPC cluster log as its parsed table (PascalCase columns) and its Hadoop
  MapReduce log as it is.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import json
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import (PinnedRepos, build_main, flatten_indexed, tsql_insert_rows,
                         write_ndjson, write_parquet)
from public_data import write_filled_csv as write_csv

MIRROR = Path(os.environ.get("WILD23_MIRROR", "/work/.mirror"))

PUBS = "fatihadas/db-northwind-pubs"
FHIR = "smart-on-fhir/sample-bulk-fhir-datasets"
FACEBOOK = "sns-sdks/python-facebook"
ENPHASE = "pyenphase/pyenphase"
LOGHUB = "logpai/loghub"

#: repository -> the commit every file of it is read at (FHIR's: the head of its `10-patients`
#: branch)
COMMITS = {
    PUBS: "d5929c90385311337699c40380adc4fba8354ddb",
    FHIR: "8aef4e027b789f249382162d931bf73fc151a712",
    FACEBOOK: "c0aa73f4fbd08005eca05956edf4cb64275fd83d",
    ENPHASE: "10164b3c57f1367c21eeb02f50cdb4e8153bce0a",
    LOGHUB: "dd61d0952749ee7963bde24220d1be5ede023033",
}

REPOS = PinnedRepos(MIRROR, COMMITS)


# -- pubs: Microsoft's sample database, out of its T-SQL install script ------------------------

PUBS_TABLES = ["authors", "employee", "publishers", "pub_info", "stores", "titles",
               "titleauthor", "sales", "discounts", "jobs"]


def pubs(out: Path) -> None:
    script = REPOS.show(PUBS, "instpubs.sql").decode("utf-8-sig").replace("\r", "")
    tables = tsql_insert_rows(script)
    for name in PUBS_TABLES:
        write_parquet(out / f"pubs_{name}.parquet", tables[name])


# -- FHIR bulk export: each resource one flattened CSV row -------------------------------------

FHIR_RESOURCES = ["Patient", "Practitioner", "PractitionerRole", "Organization", "Location",
                  "Encounter", "Condition", "Immunization", "AllergyIntolerance", "Device",
                  "Procedure", "MedicationRequest"]

#: how many items of each list a resource's columns keep (2 unless named): a patient's
#: identifiers (record number, SSN, driver's licence, passport) and extensions (mother's maiden
#: name, birthplace) run to five
FHIR_MAX_ITEMS = {"Patient": 5}

#: subtrees left out of every resource: the generated XHTML narrative and profile URLs
FHIR_DROPPED = {"text", "meta"}


def fhir(out: Path) -> None:
    for name in FHIR_RESOURCES:
        lines = REPOS.show(FHIR, f"{name}.000.ndjson").decode("utf-8").splitlines()
        rows = [flatten_indexed({k: v for k, v in json.loads(line).items()
                                 if k not in FHIR_DROPPED}, max_items=FHIR_MAX_ITEMS.get(name, 2))
                for line in lines if line]
        header = list(dict.fromkeys(k for row in rows for k in row))
        write_csv(out / f"fhir_{name.lower()}.csv", header,
                  [[row.get(k) for k in header] for row in rows])


# -- Facebook and Instagram Graph API answers --------------------------------------------------

#: output table -> the test-data folders whose answers hold its objects
GRAPH_TABLES = {
    "fb_users": ["facebook/apidata/users/user.json", "facebook/apidata/users/users_"],
    "fb_pages": ["facebook/apidata/pages", "facebook/apidata/users/user_accounts"],
    "fb_posts": ["facebook/apidata/posts", "facebook/apidata/groups/feed"],
    "fb_comments": ["facebook/apidata/comments"],
    "fb_conversations": ["facebook/apidata/conversations"],
    "fb_messages": ["facebook/apidata/messages"],
    "fb_groups": ["facebook/apidata/groups/group"],
    "fb_events": ["facebook/apidata/events"],
    "fb_albums": ["facebook/apidata/albums"],
    "fb_photos": ["facebook/apidata/photos"],
    "fb_videos": ["facebook/apidata/videos", "facebook/apidata/live_videos"],
    "fb_businesses": ["facebook/apidata/business", "facebook/apidata/users/user_businesses"],
    "ig_users": ["instagram/apidata/users/user_fields", "instagram/apidata/discovery/user",
                 "instagram_basic/apidata/user/user_info"],
    "ig_media": ["instagram/apidata/medias/medias_fields", "instagram/apidata/medias/media",
                 "instagram/apidata/users/medias", "instagram/apidata/users/tagged",
                 "instagram/apidata/users/mentioned_media", "instagram/apidata/hashtags/hashtag_",
                 "instagram_basic/apidata/media"],
    "ig_comments": ["instagram/apidata/comments", "instagram/apidata/medias/comments",
                    "instagram/apidata/users/mentioned_comment"],
    "ig_stories": ["instagram/apidata/stories", "instagram/apidata/users/stories"],
    "ig_hashtags": ["instagram/apidata/hashtags/hashtag_info",
                    "instagram/apidata/hashtags/hashtags_info",
                    "instagram/apidata/users/hashtag_search"],
}


def graph_objects(body):
    """The objects of one Graph API answer: a `data` page's items, a {id: object} batch's
    values, or the answer itself when it is one object with an id."""
    if isinstance(body, dict) and isinstance(body.get("data"), list):
        yield from (item for item in body["data"] if isinstance(item, dict))
    elif isinstance(body, dict) and "id" in body:
        yield body
    elif isinstance(body, dict):
        yield from (v for v in body.values() if isinstance(v, dict) and "id" in v)


def strip_lists(obj):
    """`obj` without lists and nulls, nested objects kept (a record's scalar fields)."""
    if not isinstance(obj, dict):
        return obj
    return {k: strip_lists(v) for k, v in obj.items()
            if v is not None and not isinstance(v, list)}


def graph(out: Path) -> None:
    files = REPOS._git(FACEBOOK, "ls-tree", "-r", "--name-only", COMMITS[FACEBOOK],
                       "testdata/").decode("utf-8").split()
    for table, prefixes in GRAPH_TABLES.items():
        seen: dict[str, dict] = {}
        for path in files:
            if path.endswith(".json") and any(path.startswith(f"testdata/{p}")
                                              for p in prefixes):
                for obj in graph_objects(json.loads(REPOS.show(FACEBOOK, path))):
                    seen.setdefault(str(obj.get("id") or json.dumps(obj, sort_keys=True)),
                                    strip_lists(obj))
        write_ndjson(out / f"{table}.jsonl", list(seen.values()))


# -- Enphase Envoy: the gateway's local API answers across firmware versions --------------------

#: output table -> the fixture file every firmware folder may hold it in
ENVOY_TABLES = {
    "envoy_inverters": "api_v1_production_inverters",
    "envoy_inventory": "inventory",
    "envoy_batteries": "ivp_ensemble_inventory",
    "envoy_meter_readings": "ivp_meters_readings",
    "envoy_meters": "ivp_meters",
    "envoy_home": "home",
    "envoy_battery_control": "ivp_ensemble_secctrl",
}


def envoy_records(body):
    """The records of one answer: a device list's devices (the list's type kept), a list's
    items, or the one object; an error answer (404, 401) has none."""
    if isinstance(body, dict) and ("error" in body or "status" in body):
        return
    if isinstance(body, list):
        for item in body:
            if isinstance(item, dict) and isinstance(item.get("devices"), list):
                yield from ({"type": item.get("type"), **d} for d in item["devices"])
            elif isinstance(item, dict):
                yield item
    elif isinstance(body, dict):
        yield body


def envoy(out: Path) -> None:
    folders = REPOS._git(ENPHASE, "ls-tree", "-d", "--name-only", COMMITS[ENPHASE],
                         "tests/fixtures/").decode("utf-8").split()
    for table, name in ENVOY_TABLES.items():
        rows, seen = [], set()
        for folder in folders:
            if f"{folder}/{name}" not in REPOS.ls(ENPHASE, folder):
                continue
            try:
                body = json.loads(REPOS.show(ENPHASE, f"{folder}/{name}"))
            except ValueError:
                continue
            for record in envoy_records(body):
                row = strip_lists(record)
                key = json.dumps(row, sort_keys=True)
                if key not in seen:
                    seen.add(key)
                    rows.append(row)
        write_ndjson(out / f"{table}.jsonl", rows)
    info_rows = []
    for folder in folders:
        if f"{folder}/info" in REPOS.ls(ENPHASE, folder):
            root = ET.fromstring(REPOS.show(ENPHASE, f"{folder}/info"))
            device = root.find("device")
            if device is not None:
                info_rows.append({"time": root.findtext("time"),
                                  **{child.tag: child.text for child in device}})
    header = list(dict.fromkeys(k for row in info_rows for k in row))
    write_csv(out / "envoy_info.csv", header, [[r.get(k) for k in header] for r in info_rows])


# -- Loghub: an HPC cluster's parsed log and a Hadoop job's raw log ----------------------------

def loghub(out: Path) -> None:
    (out / "loghub_hpc.csv").write_bytes(REPOS.show(LOGHUB, "HPC/HPC_2k.log_structured.csv"))
    (out / "hadoop_mapreduce.log").write_bytes(REPOS.show(LOGHUB, "Hadoop/Hadoop_2k.log"))


if __name__ == "__main__":
    build_main(__doc__, __file__, [pubs, fhir, graph, envoy, loghub])
