"""Build the fifteenth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild14, logs2 or realdata.

    bash benchmarks/wild15/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild15/build.py OUT_DIR

Every value comes from a package archive (PyPI); nothing is generated here. Kinds of source
(SOURCES.md says where each comes from and under what licence):

- social-API JSON: GitHub REST API responses PyGithub's tests replay (users, commits, issues);
- device and battery tables: TP-Link Kasa plugs' and hubs' system information (python-kasa's
  fixtures), Husqvarna Automower robots with their battery, positions and messages
  (aioautomower's fixtures), Ring doorbells and cameras with their owners and events
  (ring_doorbell's fixtures), Netatmo weather stations, air monitors and homes (pyatmo's
  fixtures);
- medical-record CSVs: the Medical Expenditure Panel Survey extract and the birth-weight data of
  linearmodels' data sets, HeartPy's photoplethysmography recordings;
- system logs: the Apache vhost_combined access log of apachelogs' tests.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import bz2
import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import Archives, build_main, write_csv, write_ndjson

CACHE = Path(os.environ.get("WILD15_CACHE", Path.home() / ".cache/datamap-wild15"))
INSTALL = "benchmarks/wild15/install.sh"
ARCHIVES = Archives(
    CACHE,
    {
        "pygithub": "pygithub-2.10.0.tar.gz",
        "kasa": "python_kasa-0.12.0.tar.gz",
        "automower": "aioautomower-3.1.0.tar.gz",
        "ring": "ring_doorbell-0.9.14.tar.gz",
        "pyatmo": "pyatmo-9.9.1.tar.gz",
        "apachelogs": "apachelogs-0.6.1.tar.gz",
        "linearmodels": "linearmodels-7.1-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.manylinux_2_28_x86_64.whl",
        "heartpy": "heartpy-1.2.7-py3-none-any.whl",
    },
    INSTALL)


def scalars(obj: dict, drop: re.Pattern | None = None) -> dict:
    """`obj` without lists of objects (nested objects and lists of scalars kept), as the JSON
    connector reads nested objects; keys matching `drop` left out at every depth, and nulls and
    empty lists (a field of nothing but nulls is no field to label)."""
    out = {}
    for key, value in obj.items():
        if (drop is not None and drop.search(key)) or value is None or value == []:
            continue
        if isinstance(value, dict):
            out[key] = scalars(value, drop)
        elif isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
            continue
        else:
            out[key] = value
    return out


def one_json(key: str, pattern: str):
    return json.loads(ARCHIVES.one_member(key, pattern))


# -- PyGithub: GitHub REST API responses its tests replay ----------------------------------------

# GitHub's hypermedia links to other API endpoints (`followers_url`, `{/sha}` templates): the
# same address for every object of a kind, dropped to keep the tables readable
API_LINKS = re.compile(r"^(?!html_url$|avatar_url$).*_url$|^url$")


def github_responses():
    """(path, body) of every GET answered 200 with JSON in PyGithub's replay files: each
    exchange is ten lines (scheme, verb, host, port, path, headers, body, status, headers,
    body)."""
    for _name, blob in ARCHIVES.tar_members("pygithub", r"tests/ReplayData/[^/]+\.txt$"):
        lines = blob.decode("utf-8", "replace").split("\n")
        i = 0
        while i + 9 < len(lines):
            if lines[i] in ("https", "http"):
                verb, path, status, body = lines[i + 1], lines[i + 4], lines[i + 7], lines[i + 9]
                if verb == "GET" and status == "200" and body.startswith(("{", "[")):
                    try:
                        yield path.split("?")[0], json.loads(body)
                    except ValueError:
                        pass
                i += 10
            else:
                i += 1


def github(out: Path) -> None:
    users, commits, issues = {}, {}, {}
    for path, body in github_responses():
        if re.fullmatch(r"/users/[^/]+|/user", path) and isinstance(body, dict) and "login" in body:
            users.setdefault(body["login"], scalars(body, API_LINKS))
        elif re.fullmatch(r"/repos/[^/]+/[^/]+/commits", path) and isinstance(body, list):
            for c in body:
                if isinstance(c, dict):
                    commits.setdefault(c.get("sha"), scalars(c, API_LINKS))
        elif re.fullmatch(r"/repos/[^/]+/[^/]+/issues", path) and isinstance(body, list):
            for issue in body:
                if isinstance(issue, dict):
                    issues.setdefault(issue.get("id"), scalars(issue, API_LINKS))
    write_ndjson(out / "github_users.ndjson", list(users.values()))
    write_ndjson(out / "github_commits.ndjson", list(commits.values()))
    write_ndjson(out / "github_issues.ndjson", list(issues.values()))


# -- python-kasa: TP-Link Kasa / Tapo devices' system information ---------------------------------

def kasa(out: Path) -> None:
    iot, smart, children = [], [], []
    for name, blob in ARCHIVES.tar_members("kasa", r"tests/fixtures/(iot|smart)/[^/]+\.json$"):
        data = json.loads(blob)
        if "/iot/" in name:
            info = data.get("system", {}).get("get_sysinfo")
            if isinstance(info, dict):
                iot.append(scalars(info))
        else:
            info = data.get("get_device_info")
            if isinstance(info, dict):
                smart.append(scalars(info))
            for child in (data.get("get_child_device_list") or {}).get("child_device_list", []):
                children.append(scalars(child))
    write_ndjson(out / "kasa_iot_sysinfo.ndjson", iot)
    write_ndjson(out / "kasa_smart_devices.ndjson", smart)
    write_ndjson(out / "kasa_hub_children.ndjson", children)


# -- aioautomower: Husqvarna Automower robots ------------------------------------------------------

def automower(out: Path) -> None:
    mowers, positions, messages = [], [], []
    for name, blob in ARCHIVES.tar_members("automower", r"tests/fixtures/[^/]*mower[^/]*\.json$"):
        for mower in json.loads(blob).get("data", []):
            attrs = mower.get("attributes", {})
            mowers.append({"id": mower.get("id"), "type": mower.get("type"), **scalars(attrs)})
            positions += [[p.get("latitude"), p.get("longitude")] for p in attrs.get("positions", [])]
    body = one_json("automower", r"tests/fixtures/message\.json$")
    for m in body["data"]["attributes"]["messages"]:
        messages.append([m.get(k) for k in ("time", "code", "severity", "latitude", "longitude")])
    write_ndjson(out / "automower_mowers.ndjson", mowers)
    write_csv(out / "automower_positions.csv", ["latitude", "longitude"], positions)
    write_csv(out / "automower_messages.csv", ["time", "code", "severity", "latitude", "longitude"], messages)


# -- ring_doorbell: Ring doorbells, chimes and cameras -------------------------------------------

def ring(out: Path) -> None:
    devices = one_json("ring", r"tests/fixtures/ring_devices\.json$")
    # the motion zones' polygon vertices (ninety-six coordinates in the frame, all 0.0 here)
    rows = [scalars(d, re.compile(r"^motion_zones$")) for kind in ("doorbots", "stickup_cams", "chimes", "authorized_doorbots", "other")
            for d in devices.get(kind, [])]
    write_ndjson(out / "ring_devices.ndjson", rows)
    history = one_json("ring", r"tests/fixtures/ring_doorbot_history\.json$")
    write_ndjson(out / "ring_doorbot_history.ndjson", [scalars(h) for h in history])
    users = one_json("ring", r"tests/fixtures/ring_intercom_users\.json$")
    write_ndjson(out / "ring_intercom_users.ndjson", [scalars(u) for u in users])


# -- pyatmo: Netatmo weather stations, air monitors and homes -------------------------------------

def netatmo(out: Path) -> None:
    stations = one_json("pyatmo", r"/fixtures/getstationsdata\.json$")["body"]
    coaches = one_json("pyatmo", r"/fixtures/gethomecoachsdata\.json$")["body"]
    write_ndjson(out / "netatmo_stations.ndjson", [scalars(d) for d in stations["devices"]])
    write_ndjson(out / "netatmo_homecoach.ndjson", [scalars(d) for d in coaches["devices"]])
    homes, persons = [], []
    for _name, blob in ARCHIVES.tar_members("pyatmo", r"/fixtures/homesdata[^/]*\.json$"):
        for home in json.loads(blob).get("body", {}).get("homes", []):
            homes.append(scalars(home))
            persons += [scalars(p) for p in home.get("persons", [])]
    write_ndjson(out / "netatmo_homes.ndjson", homes)
    write_ndjson(out / "netatmo_persons.ndjson", persons)


# -- apachelogs: an Apache access log -------------------------------------------------------------

VHOST_COMBINED = re.compile(r'^(\S+) (\S+) (\S+) (\S+) \[([^\]]+)\] "([^"]*)" (\d+) (\S+) "([^"]*)" "([^"]*)"$')
VHOST_FIELDS = ["virtual_host", "remote_host", "remote_logname", "remote_user", "time",
                "request_line", "final_status", "bytes_sent", "referer", "user_agent"]


def apache_log(out: Path) -> None:
    blob = ARCHIVES.one_member("apachelogs", r"test/data/vhost_combined\.log$")
    rows = [list(m.groups()) for line in blob.decode().splitlines()
            if (m := VHOST_COMBINED.match(line))]
    write_csv(out / "apache_vhost_combined.csv", VHOST_FIELDS, rows)


# -- linearmodels' and HeartPy's data sets ---------------------------------------------------------

def wheel_member(key: str, name: str) -> bytes:
    with zipfile.ZipFile(ARCHIVES.path(key)) as wheel:
        return wheel.read(name)


def csv_rows(text: str) -> tuple[list[str], list[list[str]]]:
    lines = [l.split(",") for l in text.splitlines() if l.strip()]
    return [h.strip() for h in lines[0]], lines[1:]  # birthweight's header pads some names


def medical(out: Path) -> None:
    for name in ("meps", "birthweight"):
        text = bz2.decompress(wheel_member("linearmodels", f"linearmodels/datasets/{name}/{name}.csv.bz2")).decode()
        header, rows = csv_rows(text)
        write_csv(out / f"linearmodels_{name}.csv", header, rows)
    for name in ("data2", "data3"):
        header, rows = csv_rows(wheel_member("heartpy", f"heartpy/data/{name}.csv").decode())
        write_csv(out / f"heartpy_{name}.csv", header, rows)


def main() -> None:
    build_main(__doc__, __file__, (github, kasa, automower, ring, netatmo, apache_log, medical))


if __name__ == "__main__":
    main()
