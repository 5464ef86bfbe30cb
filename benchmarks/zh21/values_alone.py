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
from zhsql import tables_as_csv  # noqa: E402


def main(src: Path, out: Path) -> None:
    tables_as_csv(src, out, TABLES, HERE / "labels.csv")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
