"""The values-alone variant of zh25: its two SQL dumps' tables as CSV (zhsql's), and its two Excel
exports as they are (their Chinese headers are renamed by opaque_names.py like any other).

usage: python benchmarks/zh25/values_alone.py GENERATED_DIR OUT_DIR
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from schemas import EXPORTS, TABLES  # noqa: E402
from zhsql import tables_as_csv  # noqa: E402

if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    tables_as_csv(src, out, TABLES, HERE / "labels.csv")  # the exports' labels pass under their own names
    for name in EXPORTS:
        shutil.copyfile(src / name, out / name)
