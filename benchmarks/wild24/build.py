"""Build the twenty-fourth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild23, logs2 or realdata.

    # once per machine, with the tool library's fetch tool: github:jstorra/jardineria,
    #   github:chb/sample_ccdas, github:sns-sdks/python-youtube,
    #   github:pySmartThings/pysmartthings, github:ossec/ossec-hids
    python benchmarks/wild24/build.py OUT_DIR

Every value comes from a pinned commit of a public repository; nothing is generated here. Kinds
of source (SOURCES.md says where each comes from and under what licence):

- a sample database: `jardineria`, the Spanish teaching database of a garden shop (offices,
  employees with two surnames, customers and their contacts, orders, products, payments) read
  out of its MySQL script, as Parquet under its Spanish names (`apellido1`, `linea_direccion1`,
  `codigo_postal`, `nombre_contacto`);
- medical-record CSVs: C-CDA documents EHR vendors (Allscripts, Cerner, Greenway, NextGen,
  Practice Fusion, …) and the EMERGE set published as samples, their patient header
  (`recordTarget`) and author block flattened to one CSV row per document, XML paths with
  positions and attributes as column names (`patientRole.addr.0.streetAddressLine.0`,
  `patient.birthTime@value`, `telecom.1@value`);
- social-API JSON: the YouTube Data API answers python-youtube's tests read (channels, videos,
  comment threads and comments with their authors, playlists, subscriptions, activities, search
  results, members), nested JSON Lines, thumbnails left out;
- device and battery tables: SmartThings API answers pysmartthings' tests read (devices of real
  homes, their capability status: batteries, locks, thermostats, trackers; locations with
  coordinates; rooms, scenes, installed apps), the status one wide row per device
  (`battery.battery.value`), capabilities as the API names them;
- system logs: OSSEC's log-testing corpus: its decoded events as a table (`srcip`, `dstuser`,
  `program_name`) and the raw lines of its rule tests as a free-form log.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import (PinnedRepos, build_main, columns_of, flatten_indexed, tsql_insert_rows,
                         write_ndjson, write_parquet)
from public_data import write_filled_csv as write_csv

MIRROR = Path(os.environ.get("WILD24_MIRROR", "/work/.mirror"))

JARDINERIA = "jstorra/jardineria"
CCDA = "chb/sample_ccdas"
YOUTUBE = "sns-sdks/python-youtube"
SMARTTHINGS = "pySmartThings/pysmartthings"
OSSEC = "ossec/ossec-hids"

#: repository -> the commit every file of it is read at
COMMITS = {
    JARDINERIA: "83ccdeab1bc3778e00ace153d0a12a0c5864fa94",
    CCDA: "aca04c6c8febfa9b462543e7024f9bbfa4a9996b",
    YOUTUBE: "1694c2c91820dde127a1876ee2f16db31c565d7c",
    SMARTTHINGS: "d422eca7d00e86a1659964f954b9a3460339a9a0",
    OSSEC: "7f06fe0d7047e6b6b4ece86f82248660f89c3dbe",
}

REPOS = PinnedRepos(MIRROR, COMMITS)


#: every file path under a folder at the pinned commit
tree = REPOS.tree


# -- jardineria: a Spanish garden shop's sample database, out of its MySQL script --------------

def jardineria(out: Path) -> None:
    script = REPOS.show(JARDINERIA, "jardineria.sql").decode("utf-8")
    for name, rows in tsql_insert_rows(script).items():
        write_parquet(out / f"jardineria_{name}.parquet", rows)


# -- C-CDA documents: the patient header and the author, one CSV row per document -------------

#: the HL7 v3 namespace every C-CDA element is in
HL7 = "{urn:hl7-org:v3}"

#: subtrees left out of a header: template ids and language preferences say nothing of the
#: patient and multiply columns
CCDA_DROPPED = {"templateId", "languageCommunication"}


def xml_flatten(element: ET.Element, prefix: str = "") -> dict:
    """An element's attributes (`path@attr`), text (`path`) and children as dotted keys, a
    repeated child by position (`addr.0.streetAddressLine.1`), as an XML-to-CSV export names
    them; `nullFlavor` markers and empty text left out."""
    out = {}
    for attr, value in element.attrib.items():
        if attr != "nullFlavor" and value.strip():
            out[f"{prefix}@{attr.split('}')[-1]}"] = value.strip()
    text = (element.text or "").strip()
    if text:
        out[prefix.rstrip(".") or "text"] = text
    children: dict[str, list[ET.Element]] = {}
    for child in element:
        tag = child.tag.replace(HL7, "").split("}")[-1]
        if tag not in CCDA_DROPPED:
            children.setdefault(tag, []).append(child)
    for tag, items in children.items():
        for i, child in enumerate(items[:2]):
            key = f"{prefix}{tag}." + (f"{i}." if len(items) > 1 or tag in REPEATED else "")
            out.update(xml_flatten(child, key))
    return {k.replace(".@", "@"): v for k, v in out.items()}


#: elements that repeat in some documents: always indexed, so a column means the same thing
#: in every row
REPEATED = {"id", "addr", "telecom", "name", "given", "streetAddressLine"}


def ccda(out: Path) -> None:
    paths = [p for p in tree(CCDA, ".") if p.endswith(".xml")]
    # every vendor's samples, and the first 60 of the EMERGE set's 683 patients
    emerge = [p for p in paths if p.startswith("EMERGE/")]
    emerge.sort(key=lambda p: int(re.sub(r"\D", "", p) or 0))
    paths = [p for p in paths if not p.startswith("EMERGE/")] + emerge[:60]
    patients, authors = [], []
    for path in paths:
        try:
            root = ET.fromstring(REPOS.show(CCDA, path))
        except ET.ParseError:
            continue
        role = root.find(f"{HL7}recordTarget/{HL7}patientRole")
        if role is not None:
            patients.append(xml_flatten(role, "patientRole."))
        author = root.find(f"{HL7}author/{HL7}assignedAuthor")
        if author is not None:
            authors.append(xml_flatten(author, "assignedAuthor."))
    for name, rows in (("ccda_patients", patients), ("ccda_authors", authors)):
        header = columns_of(rows, min_rows=3)
        write_csv(out / f"{name}.csv", header, [[r.get(k) for k in header] for r in rows])


# -- YouTube Data API answers ------------------------------------------------------------------

#: output table -> the test-data prefixes whose answers hold its items
YOUTUBE_TABLES = {
    "yt_channels": ["channel_info_", "channels/info"],
    "yt_videos": ["videos/videos_"],
    "yt_comment_threads": ["comment_threads/comment_thread"],
    "yt_comments": ["comments/comments_"],
    "yt_playlists": ["playlists/playlists_"],
    "yt_playlist_items": ["playlist_items/playlist_items_"],
    "yt_subscriptions": ["subscriptions/subscriptions_"],
    "yt_activities": ["activities/"],
    "yt_search": ["search/"],
    "yt_members": ["members/members_data"],
    "yt_captions": ["captions/captions_"],
}


def strip_youtube(obj):
    """`obj` without lists, nulls and thumbnail sets (five sizes of one picture URL)."""
    if not isinstance(obj, dict):
        return obj
    return {k: strip_youtube(v) for k, v in obj.items()
            if v is not None and not isinstance(v, list) and k != "thumbnails"}


def youtube(out: Path) -> None:
    files = tree(YOUTUBE, "testdata/apidata")
    for table, prefixes in YOUTUBE_TABLES.items():
        seen: dict[str, dict] = {}
        for path in files:
            if path.endswith(".json") and any(path.startswith(f"testdata/apidata/{p}")
                                              for p in prefixes):
                body = json.loads(REPOS.show(YOUTUBE, path))
                for item in body.get("items", []) if isinstance(body, dict) else []:
                    key = json.dumps(item.get("id"), sort_keys=True) if "id" in item else \
                        json.dumps(item, sort_keys=True)
                    seen.setdefault(key, strip_youtube(item))
        write_ndjson(out / f"{table}.jsonl", list(seen.values()))


# -- SmartThings: devices, their status, locations ---------------------------------------------

def smartthings_status_row(body: dict) -> dict:
    """One device's status answer as a wide row: the main component's attributes as
    `capability.attribute.value`, as a consumer storing a device's state does."""
    row = {}
    for capability, attributes in (body.get("components", {}).get("main") or {}).items():
        for attribute, state in attributes.items():
            value = state.get("value") if isinstance(state, dict) else None
            if value is not None and not isinstance(value, (dict, list)):
                row[f"{capability}.{attribute}.value"] = value
    return row


def smartthings(out: Path) -> None:
    fixtures = "tests/fixtures"
    files = tree(SMARTTHINGS, fixtures)
    devices: dict[str, dict] = {}
    for path in files:
        if re.fullmatch(rf"{fixtures}/devices(_\d+)?\.json|{fixtures}/device\.json", path):
            body = json.loads(REPOS.show(SMARTTHINGS, path))
            for item in body.get("items", [body]):
                devices.setdefault(item.get("deviceId") or json.dumps(item, sort_keys=True),
                                   flatten_indexed(item, max_items=1))
    # the fields of at least ten devices: one hub's hundred diagnostics flags are no table
    rows = list(devices.values())
    header = columns_of(rows, min_rows=10)
    write_csv(out / "smartthings_devices.csv", header, [[r.get(k) for k in header] for r in rows])

    status = [smartthings_status_row(json.loads(REPOS.show(SMARTTHINGS, p)))
              for p in files if p.startswith(f"{fixtures}/device_status/")]
    status = [row for row in status if row]
    # the attributes at least six devices report (79 devices report 300 distinct ones)
    header = columns_of(status, min_rows=6)
    write_csv(out / "smartthings_device_status.csv", header,
              [[r.get(k) for k in header] for r in status])

    simple = {"smartthings_locations": ["location.json", "locations.json"],
              "smartthings_rooms": ["room.json", "rooms.json"],
              "smartthings_scenes": ["scenes.json"],
              "smartthings_installed_apps": ["installedapp_get_response.json",
                                             "installedapps_get_response.json",
                                             "installedapps_get_response_2.json"]}
    for table, names in simple.items():
        seen: dict[str, dict] = {}
        for name in names:
            body = json.loads(REPOS.show(SMARTTHINGS, f"{fixtures}/{name}"))
            for item in body.get("items", [body]):
                seen.setdefault(json.dumps(item, sort_keys=True), strip_youtube(item))
        write_ndjson(out / f"{table}.jsonl", list(seen.values()))


# -- OSSEC: decoded events and raw rule-test lines --------------------------------------------

#: one decoded field of ossec-logtest's answer: `       srcip: '10.0.0.1'`
OSSEC_FIELD = re.compile(r"^\s+([\w ]+?): '(.*)'$")


def ossec(out: Path) -> None:
    rows = []
    for path in tree(OSSEC, "contrib/logtesting"):
        if not path.endswith("/res"):
            continue
        row = {}
        for line in REPOS.show(OSSEC, path).decode("utf-8", "replace").splitlines():
            field = OSSEC_FIELD.match(line)
            if field and field[1] != "full event":
                row.setdefault(field[1].strip(), field[2])
        if row:
            rows.append(row)
    header = columns_of(rows)
    write_csv(out / "ossec_decoded.csv", header, [[r.get(k) for k in header] for r in rows])

    lines = []
    for path in tree(OSSEC, "contrib/ossec-testing/tests"):
        text = REPOS.show(OSSEC, path).decode("utf-8", "replace")
        lines += [m[1] for m in re.finditer(r"^log \d+ \w+ = (.*)$", text, re.M)]
    (out / "ossec_rule_samples.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build_main(__doc__, __file__, [jardineria, ccda, youtube, smartthings, ossec])
