"""Prepare zh8's values-alone variant: the five tables as files `opaque_names.py` reads.

usage: python benchmarks/zh8/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads UTF-8 CSV, Parquet and NDJSON only, so the ClickHouse TSV becomes CSV
(its type row dropped, `\\N` read as empty), the SQLite table a CSV, the UTF-16 Pinduoduo export
UTF-8 CSV; the log is left out, as in zh … zh7. Labels follow the new file names.
"""
from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from valuesalone import write_csv, write_labels  # noqa: E402


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(src / "客户档案.parquet", out / "客户档案.parquet")
    shutil.copy(src / "growingio_events.csv", out / "growingio_events.csv")
    lines = (src / "dwd_device_snapshot.tsv").read_text(encoding="utf-8").splitlines()
    write_csv(out / "dwd_device_snapshot.csv", (["" if c == "\\N" else c for c in line.split("\t")] for i, line in enumerate(lines) if i != 1))
    con = sqlite3.connect(src / "lbs.db")
    cur = con.execute("select * from t_lbs_report")
    write_csv(out / "t_lbs_report.csv", [[d[0] for d in cur.description], *cur])
    con.close()
    rows = csv.reader(io.StringIO((src / "pdd_orders.csv").read_bytes().decode("utf-16"), newline=""), delimiter="\t")
    write_csv(out / "pdd_orders.csv", rows)
    rename = {"dwd_device_snapshot.tsv": "dwd_device_snapshot.csv", "t_lbs_report": "t_lbs_report.csv"}
    write_labels(HERE / "labels.csv", out, rename)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
