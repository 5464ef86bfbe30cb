"""Prepare zh9's values-alone variant: the five tables as files `opaque_names.py` reads.

usage: python benchmarks/zh9/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads UTF-8 CSV, Parquet and NDJSON only, so the WeCom response becomes one
NDJSON line per user under its full path (`userlist.…`, `errcode`/`errmsg` repeated), the
Meituan export loses its byte-order mark (its `="…"` cells are kept as stored), and the Umeng
`.xls` becomes CSV; the log is left out, as in zh … zh8. Labels follow the new file names.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import xlrd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from valuesalone import write_csv, write_labels  # noqa: E402


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("ods_yh_jbxx_df.csv", "push_devices.ndjson"):
        shutil.copy(src / name, out / name)
    (out / "meituan_orders.csv").write_text((src / "meituan_orders.csv").read_text(encoding="utf-8-sig"), encoding="utf-8")
    doc = json.loads((src / "wecom_user_list.json").read_text(encoding="utf-8"))
    with (out / "wecom_user_list.ndjson").open("w", encoding="utf-8") as fh:
        for user in doc["userlist"]:
            fh.write(json.dumps({"errcode": doc["errcode"], "errmsg": doc["errmsg"], "userlist": user}, ensure_ascii=False) + "\n")
    sheet = xlrd.open_workbook(str(src / "umeng_event_detail.xls")).sheet_by_index(0)
    write_csv(out / "umeng_event_detail.csv", (sheet.row_values(i) for i in range(sheet.nrows)))
    write_labels(HERE / "labels.csv", out, {"wecom_user_list.json": "wecom_user_list.ndjson",
                                            "umeng_event_detail.xls": "umeng_event_detail.csv"})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
