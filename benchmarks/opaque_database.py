"""A SQLite database's values alone: every column renamed c01, c02... in a copy of the file, its
declared keys kept (SQLite's RENAME COLUMN rewrites the REFERENCES that name the column), and the
labels of its tables renamed alike. opaque_names.py does this for files and leaves databases out;
this measures what a schema's declared foreign keys add to the values.

usage: python benchmarks/opaque_database.py SRC.db LABELS.csv OUT_DIR
       (then: datamap scan OUT_DIR/NAME.db; score.py OUT_DIR/labels.csv)
Labels are rows `dataset,field,category` whose dataset is a table's name (as wild4's Chinook).
"""
from __future__ import annotations

import csv
import shutil
import sqlite3
import sys
from pathlib import Path


def main(source: Path, labels: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    target = out / source.name
    shutil.copyfile(source, target)
    renamed: dict[tuple[str, str], str] = {}
    con = sqlite3.connect(target)
    try:
        con.execute("PRAGMA legacy_alter_table = OFF")  # references follow the renamed column
        tables = [row[0] for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            columns = [row[1] for row in con.execute("SELECT * FROM pragma_table_info(?)", [table])]
            for index, column in enumerate(columns, 1):
                new = f"c{index:02d}"
                quoted = table.replace('"', '""')
                con.execute(f'ALTER TABLE "{quoted}" RENAME COLUMN "{column}" TO "{new}"')
                renamed[(table.lower(), column)] = new
        con.commit()
    finally:
        con.close()
    rows = [{"dataset": row["dataset"], "field": renamed[(row["dataset"].lower(), row["field"])],
             "category": row["category"]}
            for row in csv.DictReader(labels.open()) if (row["dataset"].lower(), row["field"]) in renamed]
    with (out / "labels.csv").open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["dataset", "field", "category"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} labels, {len(renamed)} columns")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
