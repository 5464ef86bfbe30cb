"""Prepare zh15's values-alone variant: the five tables as files `opaque_names.py` reads.

usage: python benchmarks/zh15/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads UTF-8 CSV and NDJSON named `.ndjson`, flattening nested objects but not
lists of objects, so: the Taiwanese member export is rewritten from cp950 as UTF-8; each Pinduoduo
page becomes one line per order (the page's own keys beside `order_list` as one order object, its
one-item `item_list` as one object: the same paths as the labels); each Douyin push becomes one
line per payload item (`payload` as one object). The bid requests and the Baidu cache are copied.
The log is left out, as in zh … zh14.
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


def _lines(path: Path) -> list[dict]:
    return [json.loads(t) for t in path.read_text(encoding="utf-8").splitlines() if t.strip()]


def _write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("adx_bid_requests.ndjson", "bmap_regeo_cache.ndjson"):
        shutil.copy(src / name, out / name)
    with (src / "會員資料匯出.csv").open(encoding="cp950", newline="") as fh:
        write_csv(out / "會員資料匯出.csv", csv.reader(fh))
    orders = []
    for page in _lines(src / "pdd_order_pages.ndjson"):
        body = page["order_list_get_response"]
        for order in body.pop("order_list"):
            order["item_list"] = order["item_list"][0]
            orders.append({**page, "order_list_get_response": {**body, "order_list": order}})
    _write(out / "pdd_order_pages.ndjson", orders)
    _write(out / "douyin_live_push.ndjson",
           [{**push, "payload": item} for push in _lines(src / "douyin_live_push.ndjson") for item in push["payload"]])
    write_labels(HERE / "labels.csv", out, {})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
