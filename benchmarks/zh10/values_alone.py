"""Prepare zh10's values-alone variant: the six tables as files `opaque_names.py` reads.

usage: python benchmarks/zh10/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads comma-separated UTF-8 CSV, Parquet (without flattening structs) and
NDJSON only, so the Navicat export becomes one NDJSON line per record under its full path
(`RECORDS.…`), the `|`-separated trail and the JD workbook become CSV, and the Parquet events
become NDJSON (the `ctx` struct flattened by `opaque_names.py`, the `ext` map kept as one JSON
text); the DingTalk responses and the WeChat Pay bill (its backticks kept as stored) are copied;
the log is left out, as in zh … zh9. Labels follow the new file names.
"""
from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path

import openpyxl
import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from valuesalone import write_csv, write_labels  # noqa: E402


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("dingtalk_users.ndjson", "wxpay_tradebill.csv"):
        shutil.copy(src / name, out / name)
    doc = json.loads((src / "t_device.json").read_text(encoding="utf-8"))
    with (out / "t_device.ndjson").open("w", encoding="utf-8") as fh:
        for record in doc["RECORDS"]:
            fh.write(json.dumps({"RECORDS": record}, ensure_ascii=False) + "\n")
    with (src / "T_YH_DWGJ.csv").open(encoding="utf-8", newline="") as fh:
        write_csv(out / "T_YH_DWGJ.csv", list(csv.reader(fh, delimiter="|")))
    sheet = openpyxl.load_workbook(src / "京东订单导出.xlsx", read_only=True).active
    write_csv(out / "京东订单导出.csv", ([c.value for c in row] for row in sheet.rows))
    with (out / "dws_user_action_di.ndjson").open("w", encoding="utf-8") as fh:
        for row in pq.read_table(src / "dws_user_action_di.parquet").to_pylist():
            row["ext"] = json.dumps(dict(row["ext"] or []), ensure_ascii=False)
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    write_labels(HERE / "labels.csv", out, {"t_device.json": "t_device.ndjson", "京东订单导出.xlsx": "京东订单导出.csv",
                                            "dws_user_action_di.parquet": "dws_user_action_di.ndjson"})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
