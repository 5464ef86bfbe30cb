"""Does a table in PostgreSQL classify as well as the same data in a file?

    python benchmarks/dev_in_postgres.py [--bench ../shared/bench] [--url postgresql://...] [--nested text]

Loads every table-shaped file of the dev benchmark (CSV, Parquet, NDJSON) into PostgreSQL,
one table per file, through DuckDB: scalar columns keep their types, lists of scalars become
arrays, nested objects become JSONB, or with `--nested text` JSON kept in a `text` column as
many applications do (either way they flatten back to the same dot paths). Then scans
the folder and the database with the same sample size and seed and scores both catalogs with
`score.py`, over the labels of the loaded datasets only (logs are not tables).

Dataset names: the database source uses the naming `{source}/{schema}/{table}`, so the last
path segment is the table name and `score.py` (which matches datasets by base name) pairs
`pg/public/users` with `users.parquet`.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from datamap import duck  # noqa: E402
from inventory.connectors.files import FileConnector  # noqa: E402
from inventory.connectors.sql import quote_ident  # noqa: E402
from tests.pg_cluster import run_against_postgres  # noqa: E402

SCALARS = {"BIGINT": "bigint", "INTEGER": "integer", "SMALLINT": "smallint", "TINYINT": "smallint",
           "UBIGINT": "numeric", "DOUBLE": "double precision", "FLOAT": "real", "VARCHAR": "text",
           "BOOLEAN": "boolean", "TIMESTAMP": "timestamp", "TIMESTAMP WITH TIME ZONE": "timestamptz",
           "DATE": "date", "TIME": "time", "UUID": "uuid"}


def pg_type(duck_type: str) -> str | None:
    """The PostgreSQL type for a DuckDB column type; None means JSONB (nested values)."""
    if duck_type in SCALARS:
        return SCALARS[duck_type]
    if duck_type.startswith("DECIMAL"):
        return duck_type.replace("DECIMAL", "numeric")
    if duck_type.endswith("[]") and duck_type[:-2] in SCALARS:
        return SCALARS[duck_type[:-2]] + "[]"
    return None


def load_file(pg: psycopg.Connection, reader: str, table: str, nested: str = "jsonb") -> int:
    """Copy one file (a DuckDB reader expression) into a new PostgreSQL table."""
    con = duck.connect()
    described = con.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()
    columns = [(name, kind, pg_type(kind)) for name, kind, *_ in described]
    selects = [quote_ident(name, "duckdb") if target else f"to_json({quote_ident(name, 'duckdb')})::VARCHAR"
               for name, _, target in columns]
    rows = con.execute(f"SELECT {', '.join(selects)} FROM {reader}").fetchall()
    con.close()
    ddl = ", ".join(f"{quote_ident(name, 'postgres')} {target or nested}" for name, _, target in columns)
    pg.execute(f"CREATE TABLE {quote_ident(table, 'postgres')} ({ddl})")
    names = ", ".join(quote_ident(name, "postgres") for name, _, _ in columns)
    with pg.cursor().copy(f"COPY {quote_ident(table, 'postgres')} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    return len(rows)


def load_dev(url: str, dev: Path, nested: str = "jsonb") -> list[str]:
    """Load every table file of `dev`; returns the file names loaded."""
    files = FileConnector(str(dev))
    loaded = []
    with psycopg.connect(url, autocommit=True) as pg:
        for ref in files.datasets():
            if ref.name == "labels.csv":  # the answer key, not data
                continue
            table = re.sub(r"\..*$", "", Path(ref.name).name)
            # DuckDB reads a quoted path by its extension, sniffing CSV and JSON as the scan does
            count = load_file(pg, "'" + ref.location.replace("'", "''") + "'", table, nested)
            print(f"  {ref.name} -> public.{table}: {count} rows")
            loaded.append(ref.name)
        pg.execute("ANALYZE")
    files.close()
    return loaded


def write_labels(source: Path, target: Path, loaded: set[str]) -> None:
    """The labels of the loaded datasets only (logs are not tables)."""
    with open(source) as src, open(target, "w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, fieldnames=reader.fieldnames or [])
        writer.writeheader()
        writer.writerows(row for row in reader if row["dataset"] in loaded)


def scan(locations: list[str], catalog: Path, workdir: Path, env: dict[str, str], rows: int) -> None:
    argv = [sys.executable, "-m", "inventory.cli", "scan", *locations, "--catalog", str(catalog),
            "--sample-rows", str(rows), "--quiet"]
    run = subprocess.run(argv, cwd=workdir, env=env, capture_output=True, text=True)
    if run.returncode not in (0, 3):
        sys.exit(f"scan failed ({run.returncode}): {run.stderr.strip()}")


def score(bench: Path, labels: Path, catalog: Path) -> dict:
    argv = [sys.executable, str(bench / "score.py"), str(labels), str(catalog), "--json"]
    return json.loads(subprocess.run(argv, capture_output=True, text=True, check=True).stdout)


def summary(result: dict) -> str:
    return " ".join(f"{key}={result[key]:.3f}" for key in ("macro_f1", "accuracy", "pii_precision",
                                                           "pii_recall", "coverage"))


def run(url: str, args: argparse.Namespace) -> None:
    dev = args.bench / "dev"
    print(f"loading {dev} into PostgreSQL")
    loaded = set(load_dev(url, dev, args.nested))
    with tempfile.TemporaryDirectory(prefix="datamap-devpg-") as tmp:
        work = Path(tmp)
        labels = work / "labels.csv"
        write_labels(dev / "labels.csv", labels, loaded)
        # the password travels in the environment, as datamap.yaml recommends
        scheme, rest = url.split("://", 1)
        user_password, host = rest.rsplit("@", 1)
        user, password = user_password.split(":", 1)
        (work / "datamap.yaml").write_text(
            "version: 1\nsources:\n  - name: pg\n"
            f"    url: {scheme}://{user}:${{DEV_PG_PASSWORD}}@{host}\n"
            "    options: {naming: '{source}/{schema}/{table}'}\n")
        env = {**os.environ, "DEV_PG_PASSWORD": password,
               "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        scan([str(dev.resolve())], work / "files.duckdb", work, env, args.sample_rows)
        scan([], work / "pg.duckdb", work, env, args.sample_rows)
        files = score(args.bench, labels, work / "files.duckdb")
        database = score(args.bench, labels, work / "pg.duckdb")
        print(f"files:      {summary(files)}  fields={files['fields']}")
        print(f"postgresql ({args.nested}): {summary(database)}  fields={database['fields']}")
        # field by field: what one source got wrong and the other did not
        for line in sorted(set(files["errors"]) - set(database["errors"])):
            print(f"  only in files:      {line}")
        for line in sorted(set(database["errors"]) - set(files["errors"])):
            print(f"  only in postgresql: {line}")

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "bench")
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throwaway cluster)")
    parser.add_argument("--sample-rows", type=int, default=1000)
    parser.add_argument("--nested", choices=("jsonb", "text"), default="jsonb",
                        help="the column type of nested values (default jsonb)")
    args = parser.parse_args()
    run_against_postgres(lambda url: run(url, args), args.url)


if __name__ == "__main__":
    main()
