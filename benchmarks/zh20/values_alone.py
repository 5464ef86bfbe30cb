"""Prepare zh20's values-alone variant: the tables as files `opaque_names.py` reads.

usage: python benchmarks/zh20/values_alone.py GENERATED_DIR OUT_DIR
then:  python ../shared/bench/opaque_names.py OUT_DIR OPAQUE_DIR; datamap scan OPAQUE_DIR; score.py

`opaque_names.py` reads plain UTF-8 CSV. Each table of the five SQL files becomes one CSV
(`litemall_user.csv`, `t_location.csv`, …; NULL an empty cell), its header the schema's columns.
The log is left out, as in zh … zh19.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from schemas import TABLES  # noqa: E402
from valuesalone import write_csv, write_labels  # noqa: E402

INSERT = re.compile(r"INSERT INTO `(\w+)`(?: \([^)]*\))? VALUES\s*")
TOKEN = re.compile(r"'((?:[^'\\]|\\.)*)'|(NULL)|(-?\d+(?:\.\d+)?)|(\()|(\))|(;)")


def rows_of(text: str) -> dict[str, list[list]]:
    """Each table's rows from its INSERT statements, one row a statement or many (`VALUES (…),\n(…);`)."""
    tables: dict[str, list[list]] = {}
    for match in INSERT.finditer(text):
        rows, row = tables.setdefault(match.group(1), []), None
        for token in TOKEN.finditer(text, match.end()):
            quoted, null, number, opening, closing, end = token.groups()
            if end and row is None:
                break
            if opening:
                row = []
            elif closing:
                rows.append(row)
                row = None
            elif row is not None:
                row.append(re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else None if null else number)
    return tables


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rename = {}
    for script in sorted(src.glob("*.sql")):
        for table, rows in rows_of(script.read_text(encoding="utf-8")).items():
            write_csv(out / f"{table}.csv", [[name for name, _, _ in TABLES[table][1]]] + rows)
            rename[table] = f"{table}.csv"
    write_labels(HERE / "labels.csv", out, rename)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
