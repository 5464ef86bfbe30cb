"""Prepare zh11's values-alone variant: the six tables as files `opaque_names.py` reads.

usage: python benchmarks/zh11/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads comma-separated UTF-8 CSV, Parquet and NDJSON only, so the gzipped
`;`-separated FastAdmin export becomes a plain CSV (its `NULL`s kept as stored), the SQL Server
script's INSERT rows become a CSV under the table's columns (`CAST(N'…' AS DateTime)` as its
text, `NULL` as empty), the GeoJSON features and the TalkingData array become one NDJSON line per
feature or event (under their full paths), the Bugly crashes and the Kingdee CSV are copied; the
log is left out, as in zh … zh10. Labels follow the new file names.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from valuesalone import write_csv, write_labels  # noqa: E402

TSQL_VALUE = re.compile(r"CAST\(N'([^']*)' AS \w+\)|N'((?:[^']|'')*)'|(NULL)|(-?[\d.]+)")


def _value(m: re.Match) -> str | None:
    """A T-SQL literal's text: a cast's string, an `N'…'` string unescaped, a number; NULL as None."""
    if m.group(3):
        return None
    if m.group(2) is not None:
        return m.group(2).replace("''", "'")
    return m.group(1) if m.group(1) is not None else m.group(4)


def tsql_rows(text: str, table: str) -> list[list]:
    """The header and the rows of `INSERT [dbo].[table] ([c], …) VALUES (…)` lines."""
    rows: list[list] = []
    for line in text.splitlines():
        if not line.startswith(f"INSERT [dbo].[{table}]"):
            continue
        cols, values = line.split(" VALUES ", 1)
        if not rows:
            rows.append(re.findall(r"\[(\w+)\]", cols.split("(", 1)[1]))
        rows.append([_value(m) for m in TSQL_VALUE.finditer(values)])
    return rows


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("bugly_crash.ndjson", "T_SAL_ORDER.csv"):
        shutil.copy(src / name, out / name)
    with gzip.open(src / "fa_user.csv.gz", "rt", encoding="utf-8", newline="") as fh:
        write_csv(out / "fa_user.csv", csv.reader(fh, delimiter=";"))
    script = (src / "UFDATA_001_2024.sql").read_bytes().decode("utf-16")
    write_csv(out / "hr_hi_person.csv", tsql_rows(script, "hr_hi_person"))
    geo = json.loads((src / "bike_points.json").read_text(encoding="utf-8"))
    with (out / "bike_points.ndjson").open("w", encoding="utf-8") as fh:
        for feature in geo["features"]:
            fh.write(json.dumps({"features": feature}, ensure_ascii=False) + "\n")
    with (out / "td_events.ndjson").open("w", encoding="utf-8") as fh:
        for event in json.loads((src / "td_events.json").read_text(encoding="utf-8")):
            fh.write(json.dumps(event, ensure_ascii=False) + "\n")
    write_labels(HERE / "labels.csv", out, {"fa_user.csv.gz": "fa_user.csv", "dbo.hr_hi_person": "hr_hi_person.csv",
                                            "bike_points.json": "bike_points.ndjson", "td_events.json": "td_events.ndjson"})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
