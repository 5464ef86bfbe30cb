"""Prepare zh13's values-alone variant: the five tables as files `opaque_names.py` reads.

usage: python benchmarks/zh13/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads comma-separated CSV with the header on the first line and flattens nested
objects but not lists of objects, so: the bank statement loses its `#` preamble (the header is
its first line), the TLog table is rewritten with commas, and each Tuya response becomes one
NDJSON line per device (the response's own keys beside `result` as one device object, the same
paths as the labels; a device's `status` list stays one unlabelled column). The user table and
the call records are copied. The log is left out, as in zh … zh12.
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
    for name in ("t_yh_jbxx.csv", "话单_202412.csv"):
        shutil.copy(src / name, out / name)
    text = (src / "工商银行历史明细.csv").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if line and not line.startswith("#"))
    (out / "工商银行历史明细.csv").write_text(body + "\n", encoding="utf-8")
    with (src / "tlog_PlayerLogin.csv").open(encoding="utf-8", newline="") as fh:
        write_csv(out / "tlog_PlayerLogin.csv", csv.reader(fh, delimiter="|"))
    with (src / "tuya_devices.ndjson").open(encoding="utf-8") as fh, (out / "tuya_devices.ndjson").open("w", encoding="utf-8") as w:
        for text in fh:
            response = json.loads(text)
            for device in response.pop("result"):
                w.write(json.dumps({**response, "result": device}, ensure_ascii=False) + "\n")
    write_labels(HERE / "labels.csv", out, {})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
