"""Build the twenty-ninth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild28, logs2 or realdata.

    # once per machine, with the tool library's fetch tool: github:dosyacat/library-management-flask,
    #   github:tkmagesh/ThoughtClan-Go-Dec-2023, github:andrew-nguyen/synthetic-data,
    #   github:carissalow/rapids, github:TONSolutions/telemetree-python, github:2026Jan16/tlvlogs
    python benchmarks/wild29/build.py OUT_DIR

Every value comes from a pinned commit of a public repository; nothing is generated here. Kinds
of source (SOURCES.md says where each comes from and under what licence):

- sample databases with people: a library app's SQLite database (members, books, loans) and a
  Go course's seed students (names, birth dates, e-mails, addresses);
- medical records: a Synthea export's CSV tables as published (patients with SSNs, driver's
  licences and passports, providers, organisations, payers, encounters, medical devices with
  UDIs, insurance transitions, allergies, immunisations, imaging studies, claims, medications);
- device and wearable tables: a mobile-sensing pipeline's AWARE test data (a phone's screen,
  visible Wi-Fi networks, calls, messages, keyboard, foreground apps, activity recognition;
  Fitbit heart rate, sleep and steps);
- social JSON: a Telegram analytics SDK's update fixtures (messages, edits, inline queries);
- system logs: an Ubuntu laptop's auth.log, boot log, apport log and AnyDesk trace.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import ast
import csv
import io
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import (PinnedRepos, build_main, drop_empty_keys, flatten, sql_values_rows,
                         write_ndjson, write_parquet)
from public_data import write_filled_csv as write_csv

MIRROR = Path(os.environ.get("WILD29_MIRROR", "/work/.mirror"))

LIBRARY = "dosyacat/library-management-flask"
STUDENTS = "tkmagesh/ThoughtClan-Go-Dec-2023"
SYNTHEA = "andrew-nguyen/synthetic-data"
RAPIDS = "carissalow/rapids"
TELEGRAM = "TONSolutions/telemetree-python"
LAPTOP = "2026Jan16/tlvlogs"

#: repository -> the commit every file of it is read at
COMMITS = {
    LIBRARY: "d802157371413250a0bacf7a231800d44823cfc6",
    STUDENTS: "a7048498cb53aa489bfe9297cfc7af0398a61fde",
    SYNTHEA: "ce75632aee965186bab326adc0056adf42eb8cb8",
    RAPIDS: "cd01725d4bd20a83418aa05d16950397a0ffcfee",
    TELEGRAM: "1a4c421db4fc399455331e94b42cdb89bbc688af",
    LAPTOP: "47f7f91234947b424391f4d90a6b74e0a126bda4",
}

REPOS = PinnedRepos(MIRROR, COMMITS)


def library(out: Path) -> None:
    """The library app's SQLite database as published, one Parquet table a table."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.db"
        path.write_bytes(REPOS.show(LIBRARY, "library.db"))
        db = sqlite3.connect(path)
        try:
            for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%'").fetchall():
                cursor = db.execute(f'SELECT * FROM "{table}"')
                names = [d[0] for d in cursor.description]
                write_parquet(out / f"library_{table.lower()}.parquet",
                              [dict(zip(names, row)) for row in cursor.fetchall()])
        finally:
            db.close()


def students(out: Path) -> None:
    """The Go course's seed students (MySQL INSERTs, a column list each)."""
    script = REPOS.show(STUDENTS, "19-go-db-comparison/examples/setup.sql").decode("utf-8")
    for table, rows in sql_values_rows(script).items():
        write_csv(out / f"school_{table}.csv", list(rows[0]), [list(r.values()) for r in rows])


#: the Synthea export's tables taken
SYNTHEA_TABLES = ("patients", "providers", "organizations", "payers", "encounters", "devices",
                  "payer_transitions", "allergies", "immunizations", "imaging_studies", "claims",
                  "medications")


def synthea(out: Path) -> None:
    """The Synthea export's CSV tables as published (columns empty in every row left out)."""
    for name in SYNTHEA_TABLES:
        rows = list(csv.reader(io.StringIO(REPOS.show(SYNTHEA, f"csv/{name}.csv").decode("utf-8"))))
        write_csv(out / f"ehr_{name}.csv", rows[0], rows[1:])


#: the mobile-sensing pipeline's AWARE test tables taken (phone and Fitbit); its battery,
#: Bluetooth, location and connected-Wi-Fi tables are in ../shared/realdata, so left out here
AWARE_TABLES = ("phone_screen", "phone_wifi_visible", "phone_calls", "phone_messages", "phone_keyboard",
                "phone_applications_foreground", "plugin_google_activity_recognition",
                "fitbit_heartrate_summary", "fitbit_sleep_summary", "fitbit_steps_summary")


def aware(out: Path) -> None:
    """The AWARE test data of the mobile-sensing pipeline, one CSV a sensor."""
    for name in AWARE_TABLES:
        raw = REPOS.show(RAPIDS, f"tests/data/external/aware_csv/{name}_raw.csv").decode("utf-8")
        rows = list(csv.reader(io.StringIO(raw)))
        write_csv(out / f"aware_{name}.csv", rows[0], rows[1:])


def telegram(out: Path) -> None:
    """The Telegram SDK's update fixtures (Python dict literals), one flattened record each."""
    module = ast.parse(REPOS.show(TELEGRAM, "src/test/fixtures.py").decode("utf-8"))
    updates = [ast.literal_eval(node.value) for node in module.body
               if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)]
    write_ndjson(out / "telegram_updates.jsonl", drop_empty_keys([flatten(u) for u in updates]))


#: the laptop's logs taken -> the file each is written as (the first 3,000 lines of each)
LAPTOP_LOGS = {"auth.log": "laptop_auth.log", "boot.log": "laptop_boot.log",
               "apport.log": "laptop_apport.log", "anydesk.trace": "laptop_anydesk.log"}


def logs(out: Path) -> None:
    """An Ubuntu laptop's logs as published: auth.log, the boot log, apport's log and AnyDesk's
    trace (the first 3,000 lines of each)."""
    for name, target in LAPTOP_LOGS.items():
        lines = REPOS.show(LAPTOP, name).decode("utf-8", "replace").splitlines()[:3000]
        (out / target).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build_main(__doc__, __file__, [library, students, synthea, aware, telegram, logs])
