"""Build the twenty-sixth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild25, logs2 or realdata.

    # once per machine, with the tool library's fetch tool: github:Born2Flex/Hotel-Administrator,
    #   github:kazuya-111/kazuya-111, github:turnage/graw, github:gesistsa/rtoot,
    #   github:jhgjeraker/disruptive-cli, github:svilborg/logsinfo,
    #   github:1galeforce/learning-linux-command-line-3005201, github:linksys/PrivacyGUI
    python benchmarks/wild26/build.py OUT_DIR

Every value comes from a pinned commit of a public repository; nothing is generated here. Kinds
of source (SOURCES.md says where each comes from and under what licence):

- a sample database with people: a hotel administrator's seed data (guests with passports,
  rooms, rentals);
- medical records: a hospital database loaded from Synthea's synthetic patients (patients with
  maiden names and birthplaces, addresses with coordinates, payers, organisations);
- social-API JSON: Reddit answers a Go client's tests decode (comments, posts, private
  messages) and Mastodon answers an R client recorded (statuses, accounts);
- device and battery tables: an IoT sensor platform's API answers (devices with battery and
  signal, events, members, service accounts) and a mesh router app's devices (computers and
  phones on a home network: MACs, IPs, OS, model, friendly name, signal);
- system logs: a real server's auth.log from a Linux course, a desktop syslog and an access log.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import ast
import io
import json
import os
import re
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import (MAX_ROWS, PinnedRepos, build_main, drop_empty_keys, flatten, flatten_indexed,
                         sql_values_rows, tsql_insert_rows, write_ndjson, write_parquet)
from public_data import write_filled_csv as write_csv

MIRROR = Path(os.environ.get("WILD26_MIRROR", "/work/.mirror"))

HOTEL = "Born2Flex/Hotel-Administrator"
HOSPITAL = "kazuya-111/kazuya-111"
GRAW = "turnage/graw"
RTOOT = "gesistsa/rtoot"
DISRUPTIVE = "jhgjeraker/disruptive-cli"
LOGSINFO = "svilborg/logsinfo"
LINUXCOURSE = "1galeforce/learning-linux-command-line-3005201"
LINKSYS = "linksys/PrivacyGUI"

#: repository -> the commit every file of it is read at
COMMITS = {
    HOTEL: "514cefa891428bd2419ddf9f879cebd5e77e7209",
    HOSPITAL: "340c51e1515a2b36a0c6ca3bca9d5785d851173f",
    GRAW: "ee225b5266495afb56785ff2245511775c8a6356",
    RTOOT: "f78435bf7bdc1026d5b8b8919be486e83e0b3761",
    DISRUPTIVE: "0a9bd349ce2ec4ce6d859780c5c34f4c9768eea3",
    LOGSINFO: "0370b63df137b01ab084ae73c3b97a2860a38cdb",
    LINUXCOURSE: "29cec8c38417231b40efee6aceb7a27c08fd8a6d",
    LINKSYS: "0d872ea580b58106d32d221ba59dff0abc2e24b0",
}

REPOS = PinnedRepos(MIRROR, COMMITS)


def write_rows_csv(path: Path, rows: list[dict]) -> None:
    """`rows` as a CSV whose header is every key any row has, in first-seen order."""
    rows = drop_empty_keys(rows[:MAX_ROWS])
    header: list[str] = []
    for row in rows:
        header += [k for k in row if k not in header]
    write_csv(path, header, [[row.get(k) for k in header] for row in rows])


def hotel(out: Path) -> None:
    """The hotel administrator's seed data: guests, room types, rooms, rentals."""
    script = REPOS.show(HOTEL, "src/main/resources/data.sql").decode("utf-8")
    for table, rows in sql_values_rows(script).items():
        write_parquet(out / f"hotel_{table}.parquet", rows)


HOSPITAL_DIR = "Data_Driven_web_technology/DDWTAssignment2/DDWTAssignment2/DDWTAssignment2/App_Data"


def line_text(line: bytes) -> str:
    """One line of a script saved partly in UTF-8, partly in Latin-1 (accented Spanish names)."""
    try:
        return line.decode("utf-8-sig")
    except UnicodeDecodeError:
        return line.decode("latin-1")


def hospital(out: Path) -> None:
    """The General Hospital database's T-SQL loads (Synthea patients): addresses, organisations,
    payers, patients; `CONVERT(DATETIME, '…', 103)` read as its date text."""
    for name in ("1_Addresses", "2_Organizations", "3_Payers", "4_Patients"):
        script = "\n".join(line_text(line) for line in
                           REPOS.show(HOSPITAL, f"{HOSPITAL_DIR}/{name}.sql").splitlines())
        script = script.replace("[dbo].", "")
        script = re.sub(r"CONVERT\(DATETIME,\s*('[^']*'),\s*\d+\)", r"\1", script)
        for table, rows in tsql_insert_rows(script).items():
            write_csv(out / f"hospital_{table}.csv", list(rows[0]),
                      [list(r.values()) for r in rows[:MAX_ROWS]])


def reddit_things(obj, found: dict[str, list[dict]]) -> None:
    """Every Reddit thing (`{"kind": "t1", "data": {…}}`) anywhere in `obj`, by kind."""
    if isinstance(obj, dict):
        if obj.get("kind") in {"t1", "t3", "t4"} and isinstance(obj.get("data"), dict):
            found.setdefault(obj["kind"], []).append(flatten(obj["data"]))
        for value in obj.values():
            reddit_things(value, found)
    elif isinstance(obj, list):
        for value in obj:
            reddit_things(value, found)


def reddit(out: Path) -> None:
    """graw's recorded Reddit answers: comments (t1), posts (t3), private messages (t4)."""
    found: dict[str, list[dict]] = {}
    for name in ("inbox", "more", "subreddit", "thread", "user"):
        reddit_things(json.loads(REPOS.show(GRAW, f"reddit/internal/testdata/{name}.json")), found)
    names = {"t1": "reddit_comments", "t3": "reddit_posts", "t4": "reddit_messages"}
    for kind, rows in found.items():
        write_ndjson(out / f"{names[kind]}.jsonl", drop_empty_keys(rows))


def mastodon(out: Path) -> None:
    """rtoot's recorded Mastodon answers: an account's statuses (author nested), followers,
    the instance directory's accounts."""
    statuses, accounts = [], []
    for name in ("get_account_statuses_default", "get_context_with_token"):
        for _uri, body in REPOS.cassette(RTOOT, f"tests/fixtures/{name}.yml"):
            items = body if isinstance(body, list) else body.get("descendants", []) + body.get("ancestors", [])
            statuses += [flatten(s) for s in items if isinstance(s, dict)]
    for name in ("get_account_followers_default", "get_instance_directory_default",
                 "get_account_following_default"):
        for _uri, body in REPOS.cassette(RTOOT, f"tests/fixtures/{name}.yml"):
            accounts += [flatten(a) for a in body if isinstance(a, dict)]
    write_ndjson(out / "mastodon_statuses.jsonl", drop_empty_keys(statuses))
    write_ndjson(out / "mastodon_accounts.jsonl", drop_empty_keys(accounts))


def disruptive(out: Path) -> None:
    """The IoT sensor platform's API answers the CLI's tests decode, read as Python literals
    (nothing executed): devices, events, members, organisations, projects, service accounts."""
    source = REPOS.show(DISRUPTIVE, "tests/api_responses.py").decode("utf-8")
    groups: dict[str, list[dict]] = {}
    known: dict[str, object] = {}

    def value_of(node: ast.AST):
        """A literal, with a bare name standing for an earlier fixture."""
        if isinstance(node, ast.Name):
            return known[node.id]
        if isinstance(node, ast.List):
            return [value_of(n) for n in node.elts]
        if isinstance(node, ast.Dict):
            return {value_of(k): value_of(v) for k, v in zip(node.keys, node.values)}
        return ast.literal_eval(node)

    for node in ast.parse(source).body:
        if not isinstance(node, ast.Assign):
            continue
        name = node.targets[0].id
        value = known[name] = value_of(node.value)
        items = value if isinstance(value, list) else [value]
        group = ("device" if name in {"touch_sensor"} else
                 "event" if "event" in name else
                 "member" if "member" in name else
                 "service_account" if name.startswith("service_account") and "key" not in name else
                 "project" if name.startswith("project") and "permission" not in name else
                 "organization" if name.startswith("organization") and "permission" not in name else
                 None)
        if group:
            groups.setdefault(group, []).extend(flatten(i) for i in items if isinstance(i, dict))
    for group, rows in groups.items():
        write_ndjson(out / f"sensors_{group}.jsonl", drop_empty_keys(rows))


def home_network(out: Path) -> None:
    """A mesh router app's device-manager states its tests load (Dart map literals, JSON but
    for trailing commas): every device of each `deviceList` and the devices connected to it,
    scalar fields and the first connection and interface by position (the `upstream` copy of a
    node left out)."""
    source = REPOS.show(LINKSYS, "test/test_data/device_manager_test_state.dart").decode("utf-8")
    devices: list[dict] = []

    def walk(items: list[dict]) -> None:
        for device in items:
            record = {k: v for k, v in device.items() if k not in {"connectedDevices", "properties", "upstream"}}
            devices.append(flatten_indexed(record, max_items=1))
            walk(device.get("connectedDevices") or [])

    for match in re.finditer(r"^const \w+ = (\{.*?^\});", source, re.M | re.S):
        walk(json.loads(re.sub(r",(\s*[}\]])", r"\1", match[1])).get("deviceList", []))
    write_ndjson(out / "mesh_devices.jsonl", drop_empty_keys(devices))


def logs(out: Path) -> None:
    """A real server's auth.log (the course's exercise archive: every line of programs other
    than sshd, and sshd's first 1,500), a desktop's syslog and an access log."""
    archive = REPOS.show(LINUXCOURSE, "Exercise Files/log.tar.gz")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        lines = tar.extractfile("auth.log").read().decode("utf-8", "replace").splitlines()
    sshd = [l for l in lines if " sshd[" in l][:1500]
    other = [l for l in lines if " sshd[" not in l]
    keep = set(sshd) | set(other)
    (out / "server_auth.log").write_text("\n".join(l for l in lines if l in keep) + "\n")
    (out / "desktop_syslog.log").write_bytes(REPOS.show(LOGSINFO, "tests/data/syslog"))
    (out / "web_access.log").write_bytes(REPOS.show(LOGSINFO, "tests/data/accesslog"))


if __name__ == "__main__":
    build_main(__doc__, __file__, [hotel, hospital, reddit, mastodon, disruptive, home_network, logs])
