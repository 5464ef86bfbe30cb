"""Prepare zh19's values-alone variant: the tables as files `opaque_names.py` reads.

usage: python benchmarks/zh19/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads plain UTF-8 CSV and NDJSON. Each table of the two SQL scripts becomes one
CSV (`oms_order.csv`, `member_user.csv`, …; NULL an empty cell), its header the schema's columns;
the DataFinder user list loses its byte-order mark; the events' NDJSON is copied. The log is left
out, as in zh … zh18.
"""
from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from schemas import MALL, YUDAO  # noqa: E402
from valuesalone import write_csv, write_labels  # noqa: E402
from zhsql import rows_of  # noqa: E402

SCRIPTS = ("mall.sql", "ruoyi-vue-pro.sql")


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rename = {}
    for script in SCRIPTS:
        for table, rows in rows_of((src / script).read_text(encoding="utf-8")).items():
            header = [name for name, _, _ in {**MALL, **YUDAO}[table][1]]
            write_csv(out / f"{table}.csv", [header] + rows)
            rename[table] = f"{table}.csv"
    with (src / "DataFinder用户列表.csv").open(encoding="utf-8-sig", newline="") as fh:
        write_csv(out / "DataFinder用户列表.csv", list(csv.reader(fh)))
    shutil.copy(src / "datafinder_events.ndjson", out / "datafinder_events.ndjson")
    write_labels(HERE / "labels.csv", out, rename)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
