"""Prepare zh18's values-alone variant: the tables as files `opaque_names.py` reads.

usage: python benchmarks/zh18/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads plain UTF-8 CSV and NDJSON. RuoYi's SQL script becomes one CSV a table
(`sys_user.csv`, `sys_logininfor.csv`, `sys_oper_log.csv`, its `sysdate()` values left empty);
the three CSV exports lose their byte-order marks, their cells kept as written (the orders'
tab-prefixed numbers too). The log is left out, as in zh … zh17.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from valuesalone import write_csv, write_labels  # noqa: E402

SCRIPT = "ry_20241120.sql"
EXPORTS = ("iot_device_list.csv", "车辆历史轨迹.csv", "挂号订单导出.csv")
VALUE = re.compile(r"'((?:[^'\\]|''|\\.)*)'|(null|sysdate\(\))|(-?\d+(?:\.\d+)?)")


def script_tables(path: Path) -> dict[str, list[list]]:
    """Each table's header (from `create table`) and rows (from one-line `insert into … values(…);`)."""
    tables: dict[str, list[list]] = {}
    current = None
    for text in path.read_text(encoding="utf-8").splitlines():
        if text.startswith("create table "):
            current = text.split()[2]
            tables[current] = [[]]
        elif current and text.startswith("  ") and not text.strip().startswith(("primary key", "key ")):
            tables[current][0].append(text.split()[0])
        elif text.startswith(")"):
            current = None
        elif text.startswith("insert into "):
            table = text.split()[2].split("(")[0]
            body = text[text.index("values(") + 7:-2]
            row = []
            for quoted, word, number in VALUE.findall(body):
                text = quoted.replace("''", "'").replace("\\r", "\r").replace("\\n", "\n").replace("\\\\", "\\")
                row.append(text if quoted or not (word or number) else None if word else number)
            tables[table].append(row)
    return tables


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rename = {}
    for table, rows in script_tables(src / SCRIPT).items():
        write_csv(out / f"{table}.csv", rows)
        rename[table] = f"{table}.csv"
    for name in EXPORTS:
        with (src / name).open(encoding="utf-8-sig", newline="") as fh:
            write_csv(out / name, list(csv.reader(fh)))
    write_labels(HERE / "labels.csv", out, rename)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
