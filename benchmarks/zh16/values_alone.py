"""Prepare zh16's values-alone variant: the five tables as files `opaque_names.py` reads.

usage: python benchmarks/zh16/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads UTF-8 CSV and NDJSON named `.ndjson`, so the hotel register's TSV is
rewritten as `旅客住宿登记.csv` (its labels renamed with it); the four NDJSON files hold one record
a line with no lists of objects and are copied. The log is left out, as in zh … zh15.
"""
from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from valuesalone import write_csv, write_labels  # noqa: E402

TABLES = ("push_device_report.ndjson", "cls_trip_track.ndjson", "alipay_notify.ndjson", "bilibili_replies.ndjson")


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in TABLES:
        shutil.copy(src / name, out / name)
    with (src / "旅客住宿登记.tsv").open(encoding="utf-8", newline="") as fh:
        write_csv(out / "旅客住宿登记.csv", csv.reader(fh, delimiter="\t"))
    write_labels(HERE / "labels.csv", out, {"旅客住宿登记.tsv": "旅客住宿登记.csv"})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
