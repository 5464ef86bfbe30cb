"""Prepare zh14's values-alone variant: the five tables as files `opaque_names.py` reads.

usage: python benchmarks/zh14/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads UTF-8 CSV without a byte-order mark, and NDJSON named `.ndjson`, flattening
nested objects but not lists of objects, so: the student register is rewritten without Excel's
byte-order mark; the peisong JSON array and the mini-program's JSON Lines become `.ndjson` (an
order's `goods_detail.goods` list stays one unlabelled column); each Feishu page becomes one
NDJSON line per user (the page's own keys beside `data.items` as one user object, the same paths
as the labels). The lock telemetry is copied. The log is left out, as in zh … zh13.
"""
from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from valuesalone import write_csv, write_labels  # noqa: E402


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(src / "lock_telemetry.csv", out / "lock_telemetry.csv")
    with (src / "学生基础信息_2024秋.csv").open(encoding="utf-8-sig", newline="") as fh:
        write_csv(out / "学生基础信息_2024秋.csv", csv.reader(fh))
    orders = json.loads((src / "peisong_orders.json").read_text(encoding="utf-8"))
    (out / "peisong_orders.ndjson").write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in orders), encoding="utf-8")
    shutil.copy(src / "mp_events.json", out / "mp_events.ndjson")
    with (src / "feishu_users.ndjson").open(encoding="utf-8") as fh, (out / "feishu_users.ndjson").open("w", encoding="utf-8") as w:
        for text in fh:
            page = json.loads(text)
            for user in page["data"].pop("items"):
                w.write(json.dumps({**page, "data": {**page["data"], "items": user}}, ensure_ascii=False) + "\n")
    write_labels(HERE / "labels.csv", out, {"peisong_orders.json": "peisong_orders.ndjson", "mp_events.json": "mp_events.ndjson"})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
