"""Build the twenty-fifth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild24, logs2 or realdata.

    # once per machine, with the tool library's fetch tool: github:Freika/dawarich,
    #   github:subhro101/Effective-touch-dynamics-feature, github:Kane610/aiounifi,
    #   github:ArthurEstevan/Entra21_Class_Relational_Bank_SQLiteStudio_2022,
    #   github:ramoncgusmao/ttd-no-spring, github:treasure-data/treasure-academy-cdp,
    #   github:tsukaharakazuki/td
    python benchmarks/wild25/build.py OUT_DIR

Every value comes from a pinned commit of a public repository; nothing is generated here. Kinds
of source (SOURCES.md says where each comes from and under what licence):

- location payloads: the OwnTracks recorder lines, Overland batches and GPSLogger CSV/GeoJSON
  dawarich's tests import (`lat`, `lon`, `batt`, `SSID`, `BSSID`, `tid`, `horizontal_accuracy`);
- a touch-typing keystroke study: the MEU-Mobile KSD feature table (71 unnamed timing, pressure
  and finger-area features a row, read header-less as R and pandas name them, `V1`…`V71`) and
  the per-key event tables of a second study (`Key`, `DownTime`, `UpTime`, `RawX`, `gravityX`);
- network-controller fixtures: aiounifi's UniFi answers (clients with MACs, IPs, hostnames,
  SSIDs; access points, switches, gateways, PDUs; events, WLANs, vouchers);
- a Brazilian course database: the Entra21 SQL class's SQLite files (`cpf`, `rg`, `bairro`,
  `nome_mae`, `cnpj`) and a course project's test load (`logradouro`, `bairro`, `ddd`);
- a Treasure Data sample: the Treasure Academy's Japanese personal-data table (`氏名`,
  `電話番号`, `生年月日`) and sample web access log, and a TD consultant's sample member table
  (kanji addresses) and TD JS SDK log.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import ast
import csv
import io
import json
import os
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import (PinnedRepos, build_main, columns_of, tsql_insert_rows, write_ndjson,
                         write_parquet)
from public_data import write_filled_csv as write_csv

MIRROR = Path(os.environ.get("WILD25_MIRROR", "/work/.mirror"))

DAWARICH = "Freika/dawarich"
TOUCH = "subhro101/Effective-touch-dynamics-feature"
UNIFI = "Kane610/aiounifi"
ENTRA21 = "ArthurEstevan/Entra21_Class_Relational_Bank_SQLiteStudio_2022"
TDD = "ramoncgusmao/ttd-no-spring"
ACADEMY = "treasure-data/treasure-academy-cdp"
TDSAMPLES = "tsukaharakazuki/td"

#: repository -> the commit every file of it is read at
COMMITS = {
    DAWARICH: "60734da428c414fc679b397867254ff865e08b01",
    TOUCH: "70c7e9e983a2800bda7860eccd5a689ce2fac567",
    UNIFI: "4ba00ff5b219b84cc21340ef5be817caf7fcc754",
    ENTRA21: "516956a8dda204915a234c8f46b0b0a6e90e10fe",
    TDD: "83437d8f4505e13bacf57a92dc820ca7acd83bfe",
    ACADEMY: "255364fb0674f687aa3f632c5b65282cf919f568",
    TDSAMPLES: "e71faeffef15617782a58d25f4e04fc32f691874",
}

REPOS = PinnedRepos(MIRROR, COMMITS)


#: every file path under a folder at the pinned commit
tree = REPOS.tree


def scalars(obj: dict) -> dict:
    """`obj`'s keys whose values are no list, object or null: one table row."""
    return {k: v for k, v in obj.items() if v is not None and not isinstance(v, (dict, list))}


def write_rows_csv(path: Path, rows: list[dict], min_rows: int = 1) -> None:
    header = columns_of(rows, min_rows)
    write_csv(path, header, [[r.get(k) for k in header] for r in rows])


# -- dawarich: OwnTracks, Overland and GPSLogger payloads --------------------------------------

def dawarich(out: Path) -> None:
    base = "spec/fixtures/files"
    owntracks = []
    for path in tree(DAWARICH, f"{base}/owntracks"):
        # a recorder's .rec line: timestamp, tab, topic mark, tab, the JSON payload as sent
        for line in REPOS.show(DAWARICH, path).decode("utf-8").splitlines():
            payload = line.split("\t")[-1].strip()
            if payload.startswith("{"):
                owntracks.append(scalars(json.loads(payload)))
    write_ndjson(out / "owntracks_recorder.jsonl", owntracks)

    overland = json.loads(REPOS.show(DAWARICH, f"{base}/overland/geodata.json"))["locations"]
    write_ndjson(out / "overland_batch.jsonl", overland)

    (out / "gpslogger.csv").write_bytes(REPOS.show(DAWARICH, f"{base}/csv/gpslogger.csv"))
    geo = json.loads(REPOS.show(DAWARICH, f"{base}/geojson/gpslogger_example.json"))
    write_ndjson(out / "gpslogger_features.jsonl", geo["features"])


# -- a touch-typing keystroke study ------------------------------------------------------------

def touch(out: Path) -> None:
    # MEU-Mobile KSD: one CSV a subject, 51 rows of 71 features, no header
    rows = []
    paths = [p for p in tree(TOUCH, "dataset1/data") if p.endswith(".csv")]
    paths.sort(key=lambda p: int(re.sub(r"\D", "", p.rsplit("/", 1)[-1])))
    for path in paths:
        rows += [r for r in csv.reader(io.StringIO(REPOS.show(TOUCH, path).decode())) if r]
    header = [f"V{i + 1}" for i in range(max(len(r) for r in rows))]
    write_csv(out / "touch_ksd_features.csv", header, rows)

    # the key events of a second study: 200 of each of its 13 sessions' folders
    events, header = [], None
    for path in tree(TOUCH, "dataset2"):
        if path.endswith("Keystrokes.csv"):
            table = list(csv.reader(io.StringIO(REPOS.show(TOUCH, path).decode())))
            header = header or [c.strip() for c in table[0]]
            events += [[c.strip() for c in r] for r in table[1:201] if r]
    write_csv(out / "touch_keystroke_events.csv", header, events)


# -- aiounifi: UniFi controller answers ---------------------------------------------------------

def literal(node: ast.AST, names: dict):
    """A fixture module's literal: constants, dicts, lists, f-strings, earlier names and their
    items, `a | b` of dicts and `a + b`; nothing else is evaluated."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Dict):
        return {literal(k, names): literal(v, names) for k, v in zip(node.keys, node.values)}
    if isinstance(node, (ast.List, ast.Tuple)):
        return [literal(x, names) for x in node.elts]
    if isinstance(node, ast.Name):
        return names[node.id]
    if isinstance(node, ast.Subscript):
        return literal(node.value, names)[literal(node.slice, names)]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -literal(node.operand, names)
    if isinstance(node, ast.JoinedStr):
        return "".join(str(literal(v.value if isinstance(v, ast.FormattedValue) else v, names))
                       for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitOr, ast.Add)):
        left, right = literal(node.left, names), literal(node.right, names)
        return left | right if isinstance(left, dict) else left + right
    raise ValueError(f"not a literal: {ast.dump(node)[:60]}")


def unifi_fixtures() -> dict:
    names: dict = {}
    module = ast.parse(REPOS.show(UNIFI, "tests/fixtures.py").decode("utf-8"))
    for statement in module.body:
        if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
            try:
                names[statement.targets[0].id] = literal(statement.value, names)
            except (ValueError, KeyError, TypeError):
                continue
    return names


def unifi(out: Path) -> None:
    fx = unifi_fixtures()
    write_ndjson(out / "unifi_clients.jsonl",
                 [scalars(fx["WIRED_CLIENT"]), scalars(fx["WIRELESS_CLIENT"])])
    devices = [scalars(v) for v in fx.values()
               if isinstance(v, dict) and v.get("type") in {"uap", "usw", "ugw", "udm"}]
    # the fields of at least five of the eight devices
    write_rows_csv(out / "unifi_devices.csv", devices, min_rows=5)
    events = [scalars(item) for name, v in fx.items() if name.startswith(("EVENT_", "MESSAGE_"))
              and isinstance(v, dict) for item in v.get("data", [])]
    write_ndjson(out / "unifi_events.jsonl", events)
    write_ndjson(out / "unifi_wlans.jsonl", [scalars(w) for w in fx["WLANS"]])
    write_ndjson(out / "unifi_vouchers.jsonl", [scalars(v) for v in fx["VOUCHERS"]])


# -- a Brazilian course database ---------------------------------------------------------------

def entra21(out: Path) -> None:
    for db, prefix in (("Sistema Bancário.db", "banco"), ("Class.db", "aula")):
        with tempfile.NamedTemporaryFile(suffix=".db") as handle:
            handle.write(REPOS.show(ENTRA21, f"database/{db}"))
            handle.flush()
            con = sqlite3.connect(handle.name)
            con.row_factory = sqlite3.Row
            tables = [t for (t,) in con.execute(
                "select name from sqlite_master where type = 'table'"
                " and name <> 'sqlite_sequence'")]
            for table in tables:
                rows = [dict(r) for r in con.execute(f'select * from "{table}"')]
                if rows:
                    write_parquet(out / f"{prefix}_{table.lower()}.parquet", rows)
            con.close()
    script = REPOS.show(TDD, "src/test/resources/load-database.sql").decode("utf-8")
    for table, rows in tsql_insert_rows(script).items():
        write_parquet(out / f"cadastro_{table}.parquet", rows)


# -- Treasure Data samples ---------------------------------------------------------------------

def markdown_table(text: str, after: str = "") -> tuple[list[str], list[list[str]]]:
    """The first pipe table of `text` after the line holding `after`: header, rows."""
    lines = text.splitlines()
    start = next(i for i, l in enumerate(lines) if after in l) if after else 0
    block = []
    for line in lines[start:]:
        if line.startswith("|"):
            block.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif block:
            break
    return block[0], [r for r in block[2:] if len(r) == len(block[0])]


def treasure(out: Path) -> None:
    header, rows = markdown_table(REPOS.show(ACADEMY, "Basic/README.md").decode("utf-8"))
    write_csv(out / "td_dummy_personal_information.csv", header, rows)
    lesson = REPOS.show(ACADEMY, "SQL基礎編1/Lesson 01. SELECTによる「単純」抽出/README.md")
    header, rows = markdown_table(lesson.decode("utf-8"), "FROM sample_accesslog")
    write_csv(out / "td_sample_accesslog.csv", header, rows)
    (out / "td_base_user_data.csv").write_bytes(
        REPOS.show(TDSAMPLES, "user_mst/base_user_data.csv").decode("utf-8-sig").encode())
    (out / "td_js_sdk_log.csv").write_bytes(
        REPOS.show(TDSAMPLES, "td-js-sdk-extension_sample/ex_data_sample.csv"))


if __name__ == "__main__":
    build_main(__doc__, __file__, [dawarich, touch, unifi, entra21, treasure])
