"""Build the twenty-seventh wild benchmark: public data nobody on the team wrote, none of it in
wild..wild26, logs2 or realdata.

    # once per machine, with the tool library's fetch tool: github:BrianCoveney/LibraryManagement,
    #   github:mbrooks212/FinalProject-PromineoTech, github:kapil23jani/hospitease_backend,
    #   github:np111/P9_mediscreen, github:mlomb/chat-analytics,
    #   github:testfairy/appium-session-generator, github:bachya/ecowitt2mqtt,
    #   github:mlopatkin/andlogview
    python benchmarks/wild27/build.py OUT_DIR

Every value comes from a pinned commit of a public repository; nothing is generated here. Kinds
of source (SOURCES.md says where each comes from and under what licence):

- sample databases with people: a library's seed data (members with addresses and birth
  dates, books, loans) and an air-traffic course database (passengers with birth dates and
  keys to airports, airlines and flights);
- medical records: a hospital management backend's pg_dump (patients, appointments with
  vitals, doctors, admissions, staff, users, prescriptions, the hospital) and a screening
  service's example patients, doctors' notes and assessments;
- social JSON: chat exports a chat-analytics tool is tested on (Discord, Telegram, Messenger);
- device and battery tables: an app-testing SDK's recorded sessions (battery, CPU, memory,
  network requests, screen touches, views touched, the app's own log) and weather stations'
  upload payloads (station type, model, sensor batteries, readings);
- system logs: Android emulators' logcat output.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import (PinnedRepos, build_main, drop_empty_keys, flatten, pg_copy_tables,
                         sql_values_rows, write_ndjson, write_parquet)
from public_data import write_filled_csv as write_csv

MIRROR = Path(os.environ.get("WILD27_MIRROR", "/work/.mirror"))

LIBRARY = "BrianCoveney/LibraryManagement"
AIRTRAFFIC = "mbrooks212/FinalProject-PromineoTech"
HOSPITEASE = "kapil23jani/hospitease_backend"
MEDISCREEN = "np111/P9_mediscreen"
CHATS = "mlomb/chat-analytics"
TESTFAIRY = "testfairy/appium-session-generator"
ECOWITT = "bachya/ecowitt2mqtt"
ANDLOGVIEW = "mlopatkin/andlogview"

#: repository -> the commit every file of it is read at (the hospital dump was removed from
#: the repository after this commit)
COMMITS = {
    LIBRARY: "85a9baf0edd39815ebeb23aa2e2cea36df9decaf",
    AIRTRAFFIC: "96552a9e63f29ba3ec5836385b48f969ea4729a9",
    HOSPITEASE: "8479f7b9d3dbed29e011cf3b3fcd54da80fb5698",
    MEDISCREEN: "4323212bd2be8334caa88bf93911fe1e40dd50c0",
    CHATS: "02faef4f3111c131b2263181d9c0154a66a8edf5",
    TESTFAIRY: "b3a7ab31275fc964748513a91f7ae93eec18310a",
    ECOWITT: "0a3520714a3ea82ddf5fa65fcf164be2e4bdc77d",
    ANDLOGVIEW: "c3b5797eb30fbfda7b5d7c07c83a37777285562a",
}

REPOS = PinnedRepos(MIRROR, COMMITS)


def create_table_columns(schema: str) -> dict[str, list[str]]:
    """table -> its columns in declaration order, from a script's CREATE TABLE statements
    (constraint lines left out)."""
    tables = {}
    for match in re.finditer(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)\s*\((.*?)\n\);", schema, re.S | re.I):
        names = [line.split()[0] for line in match[2].strip().splitlines() if line.strip()]
        tables[match[1].lower()] = [n for n in names
                                    if n.upper() not in {"PRIMARY", "CONSTRAINT", "FOREIGN", "KEY", "INDEX", "UNIQUE"}]
    return tables


def library(out: Path) -> None:
    """The library's seed data: books, members, loans (INSERTs without column lists, the
    columns named by its schema script)."""
    columns = create_table_columns(REPOS.show(LIBRARY, "src/main/resources/schema.sql").decode("utf-8"))
    script = REPOS.show(LIBRARY, "src/main/resources/data.sql").decode("utf-8")
    for table, rows in sql_values_rows(script, columns).items():
        write_parquet(out / f"library_{table}.parquet", rows)


def air_traffic(out: Path) -> None:
    """The air-traffic course database's data script: airports, airlines, plane models,
    flights, passengers, fuel and flight types (one INSERT a row, column lists given)."""
    script = REPOS.show(AIRTRAFFIC, "air_traffic_control_data.sql").decode("utf-8")
    for table, rows in sql_values_rows(script).items():
        write_parquet(out / f"airtraffic_{table}.parquet", rows)


#: the hospital dump's tables with rows of people, visits and care (the rest hold a row or two
#: of settings, or none)
HOSPITAL_TABLES = ("patients", "appointments", "doctors", "admissions", "staff", "users",
                   "medicines", "hospitals")


def hospitease(out: Path) -> None:
    """The hospital backend's pg_dump: its COPY blocks of the tables above, as CSV."""
    tables = pg_copy_tables(REPOS.show(HOSPITEASE, "hospitease_backend_backup.sql").decode("utf-8"))
    for table in HOSPITAL_TABLES:
        rows = tables[table]
        write_csv(out / f"hospitease_{table}.csv", list(rows[0]), [list(r.values()) for r in rows])


#: the screening service's example files have no header; its README names their columns
MEDISCREEN_COLUMNS = {
    "patients": ["lastName", "firstName", "birthdate", "gender", "address", "phone"],
    "notes": ["lastName", "note"],
    "assessments": ["lastName", "exceptedAssessment"],
}


def mediscreen(out: Path) -> None:
    """The screening service's two example datasets, each kind of file joined."""
    import csv
    import io
    for kind, header in MEDISCREEN_COLUMNS.items():
        rows = []
        for n in (1, 2):
            text = REPOS.show(MEDISCREEN, f"example-dataset/oc_example{n}_{kind}.csv").decode("utf-8")
            rows += [r for r in csv.reader(io.StringIO(text)) if r]
        write_csv(out / f"mediscreen_{kind}.csv", header, rows)


def chats(out: Path) -> None:
    """The chat exports chat-analytics' parsers are tested on: Discord (DiscordChatExporter's
    JSON: a DM, a group, a server channel), Telegram (Telegram Desktop's JSON export: a DM and
    a big supergroup) and Messenger (Facebook's download), messages flattened."""
    discord, channels = [], []
    for name in ("DM_2A_2M", "GC_3A_5M", "SV_5A_5M"):
        export = json.loads(REPOS.show(CHATS, f"tests/samples/discord/{name}.json"))
        channels.append(flatten({"guild": export.get("guild"), "channel": export.get("channel")}))
        discord += [flatten(m) for m in export["messages"]]
    write_ndjson(out / "discord_messages.jsonl", drop_empty_keys(discord))
    write_ndjson(out / "discord_channels.jsonl", drop_empty_keys(channels))
    telegram = []
    for name in ("DM_2A_7M", "BIG_20A_5475M"):
        export = json.loads(REPOS.show(CHATS, f"tests/samples/telegram/{name}.json"))
        telegram += [flatten(m) for m in export["messages"]]
    write_ndjson(out / "telegram_messages.jsonl", drop_empty_keys(telegram))
    export = json.loads(REPOS.show(CHATS, "tests/samples/messenger/2A_7M.json").decode("utf-8-sig"))
    write_ndjson(out / "messenger_messages.jsonl", drop_empty_keys([flatten(m) for m in export["messages"]]))


#: a recorded session's lists written as tables of their own
SESSION_LISTS = {"battery": "battery", "cpu": "cpu", "memory": "memory", "logs": "app_logs",
                 "networkRequests": "network_requests", "input": "touches",
                 "userInteractions": "user_interactions", "foregroundActivities": "activities",
                 "checkpoints": "checkpoints"}


def testfairy(out: Path) -> None:
    """The app-testing SDK's recorded sessions (Android and iOS test apps; each session once,
    by its id): the sessions' own fields and each list of samples as a table."""
    sessions: dict[int, dict] = {}
    for path in REPOS.tree(TESTFAIRY, "test"):
        if path.endswith(".json") and "sessionData" in path:
            data = json.loads(REPOS.show(TESTFAIRY, path))
            sessions.setdefault(data["sessionId"], data)
    heads, tables = [], {name: [] for name in SESSION_LISTS.values()}
    for data in sessions.values():
        heads.append({k: v for k, v in data.items() if not isinstance(v, (list, dict))})
        for key, name in SESSION_LISTS.items():
            tables[name] += [flatten(item) for item in data.get(key) or []]
    write_ndjson(out / "testfairy_sessions.jsonl", drop_empty_keys(heads))
    for name, rows in tables.items():
        write_ndjson(out / f"testfairy_{name}.jsonl", drop_empty_keys(rows))


#: the weather stations whose upload payloads are taken (an Ecowitt gateway, two consoles,
#: an Ambient Weather console, a Weather Underground-protocol station)
STATIONS = ("gw2000a_1", "ws2900", "ambweather", "wunderground", "wh2650a")


def weather_stations(out: Path) -> None:
    """ecowitt2mqtt's test payloads: what weather stations upload, one row a station."""
    rows = [json.loads(REPOS.show(ECOWITT, f"tests/fixtures/payload_{s}.json")) for s in STATIONS]
    write_ndjson(out / "weather_station_uploads.jsonl", drop_empty_keys(rows))


LOGCAT = "jmh/resources/name/mlopatkin/andlogview/jmh/goldfish_omr1_threadtime.log"


def logcat(out: Path) -> None:
    """An Android emulator's logcat (threadtime format; the first 3,000 lines of the
    benchmark log andlogview measures its parser with) and another's in `-v long` format."""
    lines = REPOS.show(ANDLOGVIEW, LOGCAT).decode("utf-8", "replace").splitlines()[:3000]
    (out / "android_logcat.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "android_logcat_long.log").write_bytes(REPOS.show(
        ANDLOGVIEW, "test_resources/name/mlopatkin/andlogview/liblogcat/file/emulator_api31_long.log"))


if __name__ == "__main__":
    build_main(__doc__, __file__, [library, air_traffic, hospitease, mediscreen, chats, testfairy,
                                   weather_stations, logcat])
