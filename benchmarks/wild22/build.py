"""Build the twenty-second wild benchmark: public data nobody on the team wrote, none of it in
wild..wild21, logs2 or realdata.

    # once per machine, with the tool library's fetch tool: github:jOOQ/sakila,
    #   github:MechanicalRabbit/ohdsi-synpuf-demo, github:christopherkenny/bskyr,
    #   github:jrester/tesla_powerwall, github:crowdsecurity/hub
    python benchmarks/wild22/build.py OUT_DIR

Every value comes from a pinned commit of a public repository; nothing is generated here. Kinds
of source (SOURCES.md says where each comes from and under what licence):

- a sample database: the Sakila DVD-rental database's PostgreSQL data (customers, staff with
  their password hashes and photo, addresses with phones, actors, stores, rentals, payments,
  films, cities, countries) as Parquet, the staff photo a binary column;
- medical-record CSVs: ten Medicare beneficiaries of CMS's DE-SynPUF in the OMOP common data
  model (persons, providers, locations, care sites, visits, conditions, drugs, observation
  periods), as the OHDSI demo publishes them;
- social-API JSON: the Bluesky (AT Protocol) answers the R package bskyr's tests recorded
  (posts, actors, chat messages and conversations, notifications, lists, repository records,
  a session), nested JSON Lines under Bluesky's camelCase keys;
- device and battery tables: a Tesla Powerwall gateway's API answers the tesla_powerwall
  tests read (battery blocks, meters, charge, grid and site state), nested JSON Lines with
  Tesla's mixed PascalCase/snake_case keys;
- system logs: CrowdSec's parser-test logs, the JSON ones as JSON Lines (Suricata EVE,
  Traefik, Laurel's auditd, GitLab, SFTPGo, Caddy, ntfy) and the text ones as they are
  (Authelia, an SSH honeypot, CouchDB, AWS ALB, Vaultwarden, Home Assistant, iptables).

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import PinnedRepos, build_main, drop_empty_keys, pg_copy_tables, write_ndjson
from public_data import write_filled_csv as write_csv
from public_data import write_parquet

MIRROR = Path(os.environ.get("WILD22_MIRROR", "/work/.mirror"))

SAKILA = "jOOQ/sakila"
SYNPUF = "MechanicalRabbit/ohdsi-synpuf-demo"
BSKYR = "christopherkenny/bskyr"
POWERWALL = "jrester/tesla_powerwall"
CROWDSEC = "crowdsecurity/hub"

#: repository -> the commit every file of it is read at
COMMITS = {
    SAKILA: "e089a5b1ec9af0df7a9c6a5d47d49fa1736a4e84",
    SYNPUF: "1d3a104323749b5dfd9a16ddadabdc375cc45261",
    BSKYR: "929c1641c83283947d6d384102b62d9b3a77049c",
    POWERWALL: "e9972256b87791d2bf1d477c44266689c67b8c0e",
    CROWDSEC: "b03cb59b2131ebfc5300f5f14828e29967efd1a5",
}

REPOS = PinnedRepos(MIRROR, COMMITS)


# -- Sakila: the PostgreSQL port's COPY data, one Parquet table each -----------------------------

SAKILA_TABLES = ["customer", "staff", "address", "actor", "store", "rental", "payment", "film",
                 "city", "country"]


def sakila(out: Path) -> None:
    script = REPOS.show(SAKILA, "postgres-sakila-db/postgres-sakila-insert-data-using-copy.sql")
    tables = pg_copy_tables(script.decode("utf-8"))
    for name in SAKILA_TABLES:
        rows = tables[name]
        for row in rows:
            # a bytea in COPY text is \x followed by hex: the bytes a database driver returns
            if isinstance(row.get("picture"), str) and row["picture"].startswith("\\x"):
                row["picture"] = bytes.fromhex(row["picture"][2:])
        write_parquet(out / f"sakila_{name}.parquet", rows)


# -- DE-SynPUF in OMOP: the demo's CSVs as published -------------------------------------------

SYNPUF_TABLES = ["person", "provider", "location", "care_site", "visit_occurrence",
                 "condition_occurrence", "drug_exposure", "observation_period"]


def synpuf(out: Path) -> None:
    for name in SYNPUF_TABLES:
        text = REPOS.show(SYNPUF, f"import/{name}.csv").decode("utf-8")
        rows = list(csv.reader(io.StringIO(text)))
        write_csv(out / f"synpuf_{name}.csv", rows[0], rows[1:])


# -- Bluesky: bskyr's recorded AT Protocol answers ---------------------------------------------

#: subtrees left out of every object: embedded posts/images (another object), the viewer's own
#: state and moderation labels
BSKY_DROPPED = {"embed", "viewer", "labels", "didDoc", "associated", "pinnedPost"}


def strip(obj):
    """`obj` without nulls, lists and the BSKY_DROPPED subtrees (as a consumer stores a record's
    scalar fields, nested)."""
    if not isinstance(obj, dict):
        return obj
    return {k: strip(v) for k, v in obj.items()
            if k not in BSKY_DROPPED and v is not None and not isinstance(v, list)}


def bsky_objects(body: dict):
    """(table, object) for each record of one answer."""
    for key in ("feed",):
        for item in body.get(key, []):
            yield "posts", item["post"]
    for key in ("posts",):
        for item in body.get(key, []):
            yield "posts", item
    if isinstance(body.get("thread"), dict) and "post" in body["thread"]:
        yield "posts", body["thread"]["post"]
    for key in ("profiles", "actors", "followers", "follows", "blocks", "mutes", "repostedBy",
                "suggestions"):
        for item in body.get(key, []):
            yield "actors", item
    for item in body.get("likes", []):
        if "actor" in item:
            yield "actors", item["actor"]
    if isinstance(body.get("subject"), dict):
        yield "actors", body["subject"]
    for item in body.get("messages", []):
        yield "messages", item
    if "sender" in body and "text" in body:
        yield "messages", body
    for item in body.get("convos", []):
        yield "convos", item
    if isinstance(body.get("convo"), dict):
        yield "convos", body["convo"]
    for item in body.get("notifications", []):
        yield "notifications", item
    for key in ("lists", "starterPacks"):
        for item in body.get(key, []):
            yield "lists", item
    for item in body.get("records", []):
        yield "records", item
    if "email" in body and "handle" in body:
        yield "sessions", body


def bluesky(out: Path) -> None:
    tables: dict[str, dict[str, dict]] = {}
    for path in REPOS.ls(BSKYR, "tests/testthat/_vcr"):
        for _uri, body in REPOS.cassette(BSKYR, path):
            if not isinstance(body, dict):
                continue
            for table, obj in bsky_objects(body):
                key = obj.get("uri") or obj.get("did") or obj.get("id") or json.dumps(obj)
                tables.setdefault(table, {}).setdefault(key, strip(obj))
    for table, rows in sorted(tables.items()):
        write_ndjson(out / f"bsky_{table}.jsonl", drop_empty_keys(list(rows.values())))


# -- Tesla Powerwall: the gateway answers its tests read ------------------------------------------

POWERWALL_FIXTURES = "tests/unit/fixtures"


def powerwall(out: Path) -> None:
    load = lambda name: json.loads(REPOS.show(POWERWALL, f"{POWERWALL_FIXTURES}/{name}.json"))
    meters = load("meter_site") + load("meter_solar")
    write_ndjson(out / "powerwall_meters.jsonl", [strip(m) for m in meters])
    write_ndjson(out / "powerwall_meter_aggregates.jsonl",
                 [dict(meter=k, **strip(v)) for k, v in load("meters_aggregates").items()])
    system = load("system_status")
    write_ndjson(out / "powerwall_battery_blocks.jsonl",
                 [strip(b) for b in system["battery_blocks"]])
    walls = load("powerwalls")
    write_ndjson(out / "powerwall_powerwalls.jsonl", [strip(w) for w in walls["powerwalls"]])
    state = {}
    for name in ("system_status", "powerwalls", "site_info", "status", "sitemaster",
                 "operation", "grid_status"):
        state.update(strip(load(name)))
    # the gateway's state as one record: what a poller stores each time it reads the API
    write_ndjson(out / "powerwall_state.jsonl", [state])


# -- CrowdSec: the hub's parser-test logs ------------------------------------------------------

CROWDSEC_JSON = {"suricata-logs-evelog/suricata-logs-evelog": "suricata_eve.jsonl",
                 "traefik_json/traefik_json": "traefik_access.jsonl",
                 "laurel-logs/laurel-logs": "laurel_auditd.jsonl",
                 "gitlab-logs/gitlab-logs": "gitlab_production.jsonl",
                 "sftpgo-logs/sftpgo-logs-25": "sftpgo.jsonl",
                 "caddy-logs/caddy-logs": "caddy_access.jsonl",
                 "ntfy-logs/ntfy-logs": "ntfy.jsonl"}
CROWDSEC_TEXT = {"authelia-logs/authelia-logs": "authelia.log",
                 "sshesame/sshesame": "sshesame.log",
                 "couchdb-logs/couchdb-logs": "couchdb.log",
                 "aws-alb-logs/aws-alb-logs": "aws_alb.log",
                 "vaultwarden-logs/vaultwarden-logs": "vaultwarden.log",
                 "home-assistant/home-assistant-logs": "home_assistant.log",
                 "iptables-scan-multi-port/iptables-scan-multi-port": "iptables.log"}


def crowdsec(out: Path) -> None:
    for name, ours in CROWDSEC_JSON.items():
        lines = REPOS.show(CROWDSEC, f".tests/{name}.log").decode("utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.startswith("{")]
        # Suricata's periodic `stats` events are the engine's 285 counters, a table of their own
        # that would outweigh every other source; the alert, flow and http events are kept
        write_ndjson(out / ours, [r for r in records if r.get("event_type") != "stats"])
    for name, ours in CROWDSEC_TEXT.items():
        (out / ours).write_bytes(REPOS.show(CROWDSEC, f".tests/{name}.log"))


if __name__ == "__main__":
    build_main(__doc__, __file__, [sakila, synpuf, bluesky, powerwall, crowdsec])
