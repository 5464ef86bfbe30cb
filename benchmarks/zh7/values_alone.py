"""Prepare zh7's values-alone variant: the five tables as files `opaque_names.py` reads.

usage: python benchmarks/zh7/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads UTF-8 CSV, Parquet and NDJSON only, so the Big5 and GB18030 CSVs are
re-encoded, the Excel ledger becomes CSV (its two header rows joined `group.sub`, the names the
labels use), and the Taobao response becomes one NDJSON line per trade under its full path;
the log is left out, as in zh … zh6. Labels follow the new file names.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from valuesalone import write_csv, write_labels  # noqa: E402
from generate import LEDGER, ledger_field  # noqa: E402


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "會員資料.csv").write_text((src / "會員資料.csv").read_bytes().decode("big5hkscs").replace("\r\n", "\n"), encoding="utf-8")
    (out / "骑手轨迹.csv").write_text((src / "骑手轨迹.csv").read_bytes().decode("gb18030"), encoding="utf-8")
    shutil.copy(src / "sensors_events.ndjson", out / "sensors_events.ndjson")
    ws = load_workbook(src / "设备台账.xlsx", read_only=True).active
    write_csv(out / "设备台账.csv", [[ledger_field(g, s) for g, s in LEDGER], *ws.iter_rows(min_row=4, values_only=True)])
    doc = json.loads((src / "taobao_trades.json").read_text(encoding="utf-8"))
    with (out / "taobao_trades.ndjson").open("w", encoding="utf-8") as fh:
        for trade in doc["trades_sold_get_response"]["trades"]["trade"]:
            trade = dict(trade, orders={"order": trade["orders"]["order"][0]})
            fh.write(json.dumps({"trades_sold_get_response": {"trades": {"trade": trade}}}, ensure_ascii=False) + "\n")
    rename = {"设备台账.xlsx": "设备台账.csv", "taobao_trades.json": "taobao_trades.ndjson"}
    write_labels(HERE / "labels.csv", out, rename)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
