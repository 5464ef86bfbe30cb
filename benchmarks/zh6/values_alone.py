"""Prepare zh6's values-alone variant: the five tables as files `opaque_names.py` reads.

usage: python benchmarks/zh6/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads CSV, Parquet and NDJSON only, so the mongoexport becomes NDJSON with its
extended-JSON wrappers replaced by their values, the dump's two tables and the Excel sheet
become CSV; the log is left out, as in zh … zh5. Labels follow the new file names.
"""
from __future__ import annotations

import csv
import gzip
import json
import shutil
import sys
from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from valuesalone import write_csv, write_labels  # noqa: E402


def plain(value):
    if isinstance(value, dict):
        if len(value) == 1 and next(iter(value)).startswith("$"):
            return next(iter(value.values()))
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (src / "mongo_users.json").open(encoding="utf-8") as fh, (out / "mongo_users.ndjson").open("w", encoding="utf-8") as w:
        for line in fh:
            w.write(json.dumps(plain(json.loads(line)), ensure_ascii=False) + "\n")
    for name in ("ods_sdk_location_di.parquet", "wxapp_events.ndjson"):
        shutil.copy(src / name, out / name)
    table, writer, handle = None, None, None
    with gzip.open(src / "device_center.sql.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("COPY public."):
                table = line.split()[1].split(".")[1]
                cols = line[line.index("(") + 1:line.index(")")].split(", ")
                handle = (out / f"{table}.csv").open("w", encoding="utf-8", newline="")
                writer = csv.writer(handle)
                writer.writerow(cols)
            elif line == "\\." and handle:
                handle.close()
                table, writer, handle = None, None, None
            elif writer:
                writer.writerow(["" if v == "\\N" else v for v in line.split("\t")])
    ws = load_workbook(src / "订单明细_2024Q4.xlsx", read_only=True).active
    write_csv(out / "订单明细_2024Q4.csv", ws.iter_rows(min_row=2, values_only=True))
    rename = {"mongo_users.json": "mongo_users.ndjson", "public.t_device": "t_device.csv", "public.t_device_login": "t_device_login.csv",
              "订单明细_2024Q4.xlsx": "订单明细_2024Q4.csv"}
    write_labels(HERE / "labels.csv", out, rename)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
