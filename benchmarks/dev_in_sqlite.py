"""Does a table in SQLite, where applications keep JSON as text, classify as well as in DuckDB?

    python benchmarks/dev_in_sqlite.py [--bench ../shared/bench] [--sample-rows 1000]

Loads every table-shaped file of the dev benchmark (CSV, Parquet, NDJSON) twice, one table
per file: into a DuckDB file, where nested objects stay STRUCT columns and lists stay LISTs,
and into a SQLite file, where every nested or list value is stored as JSON text (SQLite has
no such types, so applications do exactly this). Scans both with the same sample size and
seed and scores both catalogs with `score.py`, over the labels of the loaded datasets only.

Both sources keep datamap's own naming: a file database's default schema is left out of the
name (`dev.sqlite/users`), so `score.py` (which matches datasets by base name) pairs it with
`users.parquet`.
"""
from __future__ import annotations

import argparse
import os
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_in_postgres import scan, score, summary, write_labels  # noqa: E402

from datamap import duck  # noqa: E402
from inventory.connectors.files import FileConnector  # noqa: E402
from inventory.connectors.sql import quote_ident  # noqa: E402

NESTED = re.compile(r"STRUCT|MAP|\[\]|JSON")


def load(dev: Path, duck_path: Path, sqlite_path: Path) -> list[str]:
    """Copy every table file of `dev` into both databases; returns the file names loaded."""
    files = FileConnector(str(dev))
    target = duck.connect(str(duck_path))
    lite = sqlite3.connect(sqlite_path)
    loaded = []
    for ref in files.datasets():
        if ref.name == "labels.csv":  # the answer key, not data
            continue
        table = re.sub(r"\..*$", "", Path(ref.name).name)
        # DuckDB reads a quoted path by its extension, sniffing CSV and JSON as the scan does
        reader = "'" + ref.location.replace("'", "''") + "'"
        target.execute(f"CREATE TABLE {quote_ident(table, 'duckdb')} AS SELECT * FROM {reader}")
        described = target.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()
        selects, ddl = [], []
        for name, kind, *_ in described:
            column = quote_ident(name, "duckdb")
            if NESTED.search(kind):
                selects.append(f"to_json({column})::VARCHAR")
                ddl.append(f"{quote_ident(name, 'sqlite')} TEXT")
            else:
                selects.append(column)
                ddl.append(f"{quote_ident(name, 'sqlite')} {kind}")
        rows = target.execute(f"SELECT {', '.join(selects)} FROM {reader}").fetchall()
        lite.execute(f"CREATE TABLE {quote_ident(table, 'sqlite')} ({', '.join(ddl)})")
        marks = ", ".join("?" for _ in described)
        lite.executemany(f"INSERT INTO {quote_ident(table, 'sqlite')} VALUES ({marks})",
                         [tuple(_sqlite_value(v) for v in row) for row in rows])
        print(f"  {ref.name} -> {table}: {len(rows)} rows")
        loaded.append(ref.name)
    lite.commit()
    lite.close()
    target.close()
    files.close()
    return loaded


def catalog_fields(catalog: Path) -> set[tuple[str, str]]:
    """(table name, field path) of every field of the catalog's latest scan."""
    con = duck.connect(str(catalog), read_only=True)
    try:
        rows = con.execute("SELECT dataset, field FROM fields WHERE scan_id = (SELECT max(scan_id) FROM scans)")
        return {(dataset.rsplit("/", 1)[-1], field) for dataset, field in rows.fetchall()}
    finally:
        con.close()


def _sqlite_value(value: object) -> object:
    """A value SQLite stores: dates and times as ISO text, as applications write them."""
    if value is None or isinstance(value, int | float | str | bytes):
        return value
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "bench")
    parser.add_argument("--sample-rows", type=int, default=1000)
    args = parser.parse_args()
    dev = args.bench / "dev"
    with tempfile.TemporaryDirectory(prefix="datamap-devsqlite-") as tmp:
        work = Path(tmp)
        print(f"loading {dev} into DuckDB and SQLite")
        loaded = set(load(dev, work / "dev.duckdb", work / "dev.sqlite"))
        labels = work / "labels.csv"
        write_labels(dev / "labels.csv", labels, loaded)
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        results = {}
        for name in ("duck", "lite"):
            (work / "datamap.yaml").write_text(
                "version: 1\nsources:\n"
                f"  - {{name: {name}, path: dev.{'duckdb' if name == 'duck' else 'sqlite'}}}\n")
            scan([], work / f"{name}.catalog.duckdb", work, env, args.sample_rows)
            results[name] = score(args.bench, labels, work / f"{name}.catalog.duckdb")
        print(f"duckdb: {summary(results['duck'])}  fields={results['duck']['fields']}")
        print(f"sqlite: {summary(results['lite'])}  fields={results['lite']['fields']}")
        # the same catalog whether nested data is STRUCT/LIST or JSON text: every field, labelled or not
        duck_fields, lite_fields = (catalog_fields(work / f"{name}.catalog.duckdb") for name in ("duck", "lite"))
        print(f"catalog fields: duckdb {len(duck_fields)}, sqlite {len(lite_fields)}, "
              f"only in duckdb {sorted(duck_fields - lite_fields)[:5]}, only in sqlite {sorted(lite_fields - duck_fields)[:5]}")
        for line in sorted(set(results["duck"]["errors"]) - set(results["lite"]["errors"])):
            print(f"  only in duckdb: {line}")
        for line in sorted(set(results["lite"]["errors"]) - set(results["duck"]["errors"])):
            print(f"  only in sqlite: {line}")


if __name__ == "__main__":
    main()
