"""Prepare zh17's values-alone variant: the five tables as files `opaque_names.py` reads.

usage: python benchmarks/zh17/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads plain UTF-8 CSV and NDJSON named `.ndjson`. The residents' register
loses its Excel title and footer rows (its header and records kept, the byte-order mark
dropped); the MDM response's device list becomes one record a line (`mdm_device_list.ndjson`,
its `data.list.` prefix dropped from the labels with the response's envelope fields); the
ticket CSV and the two NDJSON files are copied. The log is left out, as in zh … zh16.
"""
from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from valuesalone import write_csv  # noqa: E402

COPIED = ("12306_ticket_orders.csv", "yingyan_fence_alarm.ndjson", "datafinder_events.ndjson")
REGISTER = "社区居民信息登记表.csv"
MDM_PREFIX = "data.list."


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        shutil.copy(src / name, out / name)
    with (src / REGISTER).open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header = rows[1]
    # the records: rows after the header whose first cell (序号) is a number; the footer's are not
    write_csv(out / REGISTER, [header] + [row for row in rows[2:] if row and row[0].isdigit()])
    doc = json.loads((src / "mdm_device_list.json").read_text(encoding="utf-8"))
    with (out / "mdm_device_list.ndjson").open("w", encoding="utf-8") as fh:
        for item in doc["data"]["list"]:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    with (HERE / "labels.csv").open(encoding="utf-8") as fh, (out / "labels.csv").open("w", encoding="utf-8", newline="") as w:
        writer = csv.writer(w)
        for dataset, field, category in csv.reader(fh):
            if field == "*":
                continue
            if dataset == "mdm_device_list.json":
                if not field.startswith(MDM_PREFIX):
                    continue
                dataset, field = "mdm_device_list.ndjson", field[len(MDM_PREFIX):]
            writer.writerow([dataset, field, category])


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
