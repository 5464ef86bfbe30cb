"""Prepare zh21's values-alone variant: the tables as files `opaque_names.py` reads.

usage: python benchmarks/zh21/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads plain UTF-8 CSV. Each table of the four SQL files becomes one CSV
(`eb_user.csv`, `event_log_local.csv`, …; NULL an empty cell), its header the columns its INSERT
fills (event_log_local's MATERIALIZED `dt` has none and is left out). The log is left out, as in zh … zh20.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from schemas import TABLES  # noqa: E402
from valuesalone import write_csv, write_labels  # noqa: E402
from zhsql import rows_of  # noqa: E402


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rename = {}
    for script in sorted(src.glob("*.sql")):
        for table, rows in rows_of(script.read_text(encoding="utf-8")).items():
            header = [name for name, _, _ in TABLES[table][1]]
            if rows and len(rows[0]) < len(header):
                header = [name for name in header if name != "dt"]  # ClickHouse's MATERIALIZED column
            write_csv(out / f"{table}.csv", [header] + rows)
            rename[table] = f"{table}.csv"
    write_labels(HERE / "labels.csv", out, rename)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
