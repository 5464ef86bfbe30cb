"""Build the thirtieth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild29, logs2 or realdata.

    # once per machine, with the tool library's fetch tool: github:sesmerov/EmployeesCRUD-PHP-MySQL-Bootstrap,
    #   github:Medical-IT-systems-team-project/MITP-backend, github:BrianKal/Bellabeat_Case_Study,
    #   github:discourse/discourse_api, github:bachya/simplisafe-python, github:bachya/pytile
    python benchmarks/wild30/build.py OUT_DIR

Every value comes from a pinned commit of a public repository; nothing is generated here. Kinds
of source (SOURCES.md says where each comes from and under what licence):

- a sample database with people: a CRUD app's Mockaroo employees (names, phones, e-mails,
  departments, job titles);
- medical records: a hospital system's seed data (doctors with logins and password hashes,
  patients with national insurance numbers, birth dates, addresses; medical cases, treatments);
- wearable exports: the Fitbit Fitness Tracker export (Fitabase) of 33 people: daily activity,
  sleep, weight logs, hourly steps;
- social JSON: a Discourse API client's fixtures (users with e-mails, posts, e-mail logs, group
  members, poll voters, notifications, an invite);
- device tables: a home-alarm API client's fixtures (subscriptions, sensors with serials and
  battery flags, events, PIN users, base-station status) and a Bluetooth tracker API client's
  fixtures (a tracker with its last place and battery, the phone app's client record).

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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import (PinnedRepos, build_main, drop_empty_keys, flatten, sql_values_rows,
                         write_ndjson)
from public_data import write_filled_csv as write_csv

MIRROR = Path(os.environ.get("WILD30_MIRROR", "/work/.mirror"))

EMPLOYEES = "sesmerov/EmployeesCRUD-PHP-MySQL-Bootstrap"
HOSPITAL = "Medical-IT-systems-team-project/MITP-backend"
FITBIT = "BrianKal/Bellabeat_Case_Study"
DISCOURSE = "discourse/discourse_api"
ALARM = "bachya/simplisafe-python"
TRACKER = "bachya/pytile"

#: repository -> the commit every file of it is read at
COMMITS = {
    EMPLOYEES: "04ef318e083df15d8e96c5de7c7e8f7d21b78e5c",
    HOSPITAL: "fbdf73d6c337dadbc144cd8765996e9f0ea7220b",
    FITBIT: "7df7489dc46d8a3c7d415bd55fe574dee1abb2d7",
    DISCOURSE: "6e5e71b692bbf86e9d052506e7647cb9aa5a84c2",
    ALARM: "d9a974e5ba06d52787942f2fb081cc62d9392967",
    TRACKER: "442a2ac3a20237f654cabee3acab0de4e4751ef7",
}

REPOS = PinnedRepos(MIRROR, COMMITS)


def sql_tables(out: Path, repo: str, path: str, prefix: str) -> None:
    """Every table an SQL seed script INSERTs into, one CSV a table, columns as the script names them."""
    # a schema-qualified table (`projekt_med.patient`) is read by its own name
    script = re.sub(r"(INSERT INTO )\w+\.", r"\1", REPOS.show(repo, path).decode("utf-8"), flags=re.I)
    for table, rows in sql_values_rows(script).items():
        header = list(rows[0])
        write_csv(out / f"{prefix}_{table.split('.')[-1].lower()}.csv", header,
                  [[r.get(k) for k in header] for r in rows])


def employees(out: Path) -> None:
    """The CRUD app's Mockaroo employees (MySQL INSERTs)."""
    sql_tables(out, EMPLOYEES, "sql/employee.sql", "hr")


def hospital(out: Path) -> None:
    """The hospital system's seed data (PostgreSQL INSERTs of doctors, patients, cases, treatments)."""
    sql_tables(out, HOSPITAL, "backend/src/main/resources/db/testdata/test-data.sql", "med")


#: the Fitbit export's files taken -> the table each is written as (the first 3,000 rows of each)
FITBIT_FILES = {"dailyActivity_merged.csv": "fitbit_daily_activity.csv",
                "sleepDay_merged.csv": "fitbit_sleep_day.csv",
                "weightLogInfo_merged.csv": "fitbit_weight_log.csv",
                "hourlySteps_merged.csv": "fitbit_hourly_steps.csv"}


def fitbit(out: Path) -> None:
    """The Fitabase export of the Fitbit Fitness Tracker data as published."""
    for name, target in FITBIT_FILES.items():
        raw = REPOS.show(FITBIT, f"Fitabase Data 4.12.16-5.12.16/{name}").decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(raw)))
        write_csv(out / target, rows[0], rows[1:3001])


def _fixture(repo: str, path: str):
    return json.loads(REPOS.show(repo, path).decode("utf-8"))


def _records(path: Path, rows: list[dict]) -> None:
    write_ndjson(path, drop_empty_keys([flatten(r) for r in rows]))


def discourse(out: Path) -> None:
    """The Discourse API client's response fixtures, one flattened record per entity."""
    fx = "spec/fixtures"
    _records(out / "discourse_user_list.jsonl", _fixture(DISCOURSE, f"{fx}/user_list.json"))
    _records(out / "discourse_user.jsonl", [_fixture(DISCOURSE, f"{fx}/user.json")["user"]])
    _records(out / "discourse_topic_posts.jsonl",
             _fixture(DISCOURSE, f"{fx}/topic_posts.json")["post_stream"]["posts"])
    _records(out / "discourse_email_logs.jsonl", _fixture(DISCOURSE, f"{fx}/email_list_all.json"))
    members = [m for n in range(3) for m in _fixture(DISCOURSE, f"{fx}/members_{n}.json")["members"]]
    _records(out / "discourse_group_members.jsonl", members)
    voters = [v for vs in _fixture(DISCOURSE, f"{fx}/polls_voters.json")["voters"].values() for v in vs]
    _records(out / "discourse_poll_voters.jsonl", voters)
    _records(out / "discourse_notifications.jsonl", _fixture(DISCOURSE, f"{fx}/notifications.json"))
    _records(out / "discourse_invite.jsonl", [_fixture(DISCOURSE, f"{fx}/retrieve_invite.json")])


def alarm(out: Path) -> None:
    """The home-alarm API client's response fixtures: subscriptions, sensors, events, the PIN
    users and the base station's settings and status."""
    fx = "tests/fixtures"
    # a plan's feature switches (`features`, `subscriptionFeatures`) are the product's, left out
    _records(out / "alarm_subscriptions.jsonl",
             [{k: v for k, v in s.items() if k not in ("features", "subscriptionFeatures")}
              for s in _fixture(ALARM, f"{fx}/subscriptions_response.json")["subscriptions"]])
    sensors = _fixture(ALARM, f"{fx}/v3_sensors_response.json")
    _records(out / "alarm_sensors.jsonl",
             [{"account": sensors["account"], **{k: v for k, v in s.items() if k != "setting"}}
              for s in sensors["sensors"]])  # a sensor's per-mode switches left out
    _records(out / "alarm_events.jsonl", _fixture(ALARM, f"{fx}/events_response.json")["events"])
    settings = _fixture(ALARM, f"{fx}/v3_settings_response.json")
    _records(out / "alarm_pin_users.jsonl", settings["settings"]["pins"]["users"])
    _records(out / "alarm_basestation.jsonl",
             [{"account": settings["account"], "normal": settings["settings"]["normal"],
               "basestationStatus": settings["basestationStatus"]}])


def tracker(out: Path) -> None:
    """The Bluetooth tracker API client's fixtures: a tracker's details (owner, last state with
    place and battery), the trackers' states and the phone app's client record."""
    fx = "tests/fixtures"
    _records(out / "tile_details.jsonl", [_fixture(TRACKER, f"{fx}/tile_details_response.json")["result"]])
    _records(out / "tile_states.jsonl", _fixture(TRACKER, f"{fx}/tile_states_response.json")["result"])
    _records(out / "tile_client.jsonl", [_fixture(TRACKER, f"{fx}/create_client_response.json")["result"]])


if __name__ == "__main__":
    build_main(__doc__, __file__, [employees, hospital, fitbit, discourse, alarm, tracker])
