"""Prepare zh12's values-alone variant: the five tables as files `opaque_names.py` reads.

usage: python benchmarks/zh12/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` flattens nested objects but not lists of objects, so each Zhugeio upload batch
becomes one NDJSON line per event (the batch's own keys beside `data` as one event object, the
same paths as the labels); the two CSVs, the device properties and the AMap cache are copied
(AMap's `businessAreas` list stays one column, its three inner fields are not in the set). The
log is left out, as in zh … zh11.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from valuesalone import write_labels  # noqa: E402


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("门诊患者主索引.csv", "快递运单导出.csv", "device_props.ndjson", "amap_regeo_cache.ndjson"):
        shutil.copy(src / name, out / name)
    with (src / "zhugeio_events.ndjson").open(encoding="utf-8") as fh, (out / "zhugeio_events.ndjson").open("w", encoding="utf-8") as w:
        for text in fh:
            batch = json.loads(text)
            for event in batch.pop("data"):
                w.write(json.dumps({**batch, "data": event}, ensure_ascii=False) + "\n")
    write_labels(HERE / "labels.csv", out, {})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
