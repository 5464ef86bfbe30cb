"""What the Chinese benchmarks built on public SQL schemas share (zh19 … zh23): SQL literals
as dumps write them, the rows back out of INSERT statements (for the values-alone variants), and
the check of transcribed schemas against the pinned commits of their sources."""
from __future__ import annotations

import random
import re
import sqlite3
import subprocess
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from faker import Faker

# (name, type, comment) of a table's columns, and the table's own comment
Columns = list[tuple[str, str, "str | None"]]
Tables = dict[str, tuple["str | None", Columns]]


def sql_value(value, quote: str = "\\'") -> str:
    """NULL, a number, or a quoted string; `quote` is how the dump writes a quote inside one
    (mysqldump and Navicat `\\'`, PostgreSQL scripts `''`)."""
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return str(value)
    return "'" + str(value).replace("\\", "\\\\").replace("'", quote) + "'"


def stamp(at: datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M:%S}"


def ip(r: random.Random, fake: Faker, public: float) -> str:
    """An IPv4 address, public with probability `public`, else a private one (behind NAT)."""
    return fake.ipv4_public() if r.random() < public else fake.ipv4_private()


# MySQL's, Navicat's and ClickHouse's `INSERT INTO t (…) VALUES`, SQLyog's `insert  into `t`(…) values`, and `insert ignore into`
INSERT = re.compile(r"INSERT\s+(?:IGNORE\s+)?INTO\s+`?(\w+)`?\s*(?:\(([^)]*)\))?\s*VALUES\s*", re.I)
TOKEN = re.compile(r"'((?:[^'\\]|''|\\.)*)'|(NULL)|(-?\d+(?:\.\d+)?)|(\()|(\))|(;)")


def rows_of(text: str) -> dict[str, list[list]]:
    """Each table's rows from its INSERT statements, one row a statement or many (`VALUES (…), (…);`)."""
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
                row.append(re.sub(r"\\(.)", r"\1", quoted.replace("''", "'")) if quoted is not None else None if null else number)
    return tables


# a column line of a CREATE TABLE: MySQL (`name` int(10) UNSIGNED … COMMENT '…') or ClickHouse (name LowCardinality(String) COMMENT '…')
COLUMN = re.compile(r"^\s*`?(\w+)`?\s+(?:LowCardinality\(\w+\)|[A-Za-z]\w*(?:\([\d, ]+\))?)[^\n]*?(?:COMMENT\s+'([^']*)')?,?\s*$", re.M)
NOT_COLUMNS = {"PRIMARY", "KEY", "INDEX", "UNIQUE", "CONSTRAINT"}


def source_columns(text: str, table: str) -> list[tuple[str, str | None]]:
    """(name, comment) of `table`'s columns in the first CREATE TABLE of it in `text`, then its ALTER … ADDs."""
    start = re.search(rf"CREATE TABLE (?:IF NOT EXISTS )?`?{table}\b`?[^(;]*?\(", text, re.I)  # wvp writes it lower-case
    body = text[start.end():start.end() + re.search(r"^\s*\)", text[start.end():], re.M).start()]
    cols = [(m.group(1), m.group(2)) for m in COLUMN.finditer(body) if m.group(1).upper() not in NOT_COLUMNS]
    cols += [(m.group(1), m.group(2)) for m in re.finditer(rf"ALTER TABLE {table} ADD (\w+) [^\n]*?COMMENT '([^']*)'", text)]
    return cols


def upper_comments(text: str) -> str:
    """DataGrip's DDL writes `comment '…'` in lower case (zh28's shardPower, zh29's clinic), as
    `source_columns` does not read it: the `prepare` of `check_sources` for such sources."""
    return re.sub(r"\bcomment '", "COMMENT '", text)


def mirror_git(mirrors: Path, repo: str) -> Path:
    """The git directory of `repo`'s snapshot under `mirrors` (OWNER+NAME/repo, bare or not)."""
    git = next((mirrors / repo.replace("/", "+")).glob("repo*"))
    return git / ".git" if (git / ".git").is_dir() else git


def check_sources(mirrors: Path, sources: dict[str, tuple[str, str, str, str]], tables: Tables,
                  prepare: "Callable[[str], str] | None" = None) -> int:
    """Compare every table's columns with its source (repository, commit, path, licence) at the
    pinned commit, in the snapshots under `mirrors` (OWNER+NAME/repo); 1 on any difference.
    `prepare` rewrites a source's text first (DataGrip's lower-case `comment '…'`)."""
    bad = 0
    for table, (repo, commit, path, _) in sources.items():
        text = subprocess.run(["git", f"--git-dir={mirror_git(mirrors, repo)}", "show", f"{commit}:{path}"], check=True,
                              capture_output=True, text=True).stdout
        text = prepare(text) if prepare is not None else text
        ours = [(name, comment) for name, _, comment in tables[table][1]]
        if source_columns(text, table) != ours:
            print(f"{table}: differs from {repo}@{commit[:8]}:{path}\n  theirs {source_columns(text, table)}\n  ours   {ours}")
            bad = 1
    print("schemas: " + ("differences" if bad else "all tables match their sources"))
    return bad


def verify_tables(out: Path, labels: Path, tables: Tables, logs: tuple[str, ...],
                  exports: "dict[str, set[str]] | None" = None) -> int:
    """`--verify` of a generator writing `tables` into SQL files under `out`, `logs`, and `exports`
    (other datasets and their fields: JSON exports): every table's and export's fields have labels,
    every label names a field or a log, and every table has an INSERT."""
    from labelcheck import check_labels  # the benchmarks' folder is on the path of every generator

    fields = {table: {name for name, _, _ in cols} for table, (_, cols) in tables.items()} | (exports or {})
    text = "".join(p.read_text(encoding="utf-8") for p in out.glob("*.sql"))
    missing = [t for t in tables if not re.search(rf"INSERT\s+(?:IGNORE\s+)?INTO\s+`?{t}`?[\s(]", text, re.I)]
    for table in missing:
        print(f"table not written: {table}")
    return check_labels(out, fields, labels, logs) or (1 if missing else 0)


def tables_as_csv(src: Path, out: Path, tables: Tables, labels: Path) -> None:
    """The values-alone variant of SQL files: each table of `src/*.sql` as `out/TABLE.csv` (NULL an
    empty cell), its header the columns its INSERT names (ClickHouse's leave out MATERIALIZED ones)
    or else all of the table's, and `labels` under the new names."""
    from valuesalone import write_csv, write_labels

    out.mkdir(parents=True, exist_ok=True)
    rename = {}
    for script in sorted(src.glob("*.sql")):
        text = script.read_text(encoding="utf-8")
        for table, rows in rows_of(text).items():
            named = next((m.group(2) for m in INSERT.finditer(text) if m.group(1) == table and m.group(2)), None)
            header = [n.strip(" `") for n in named.split(",")] if named else [name for name, _, _ in tables[table][1]]
            write_csv(out / f"{table}.csv", [header] + rows)
            rename[table] = f"{table}.csv"
    for db in sorted(src.glob("*.db")):  # an app's SQLite database beside the dumps (zh24's event collector)
        con = sqlite3.connect(db)
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
            cursor = con.execute(f'SELECT * FROM "{table}"')
            write_csv(out / f"{table}.csv", [[d[0] for d in cursor.description]] + [list(row) for row in cursor])
            rename[table] = f"{table}.csv"
        con.close()
    for export in sorted(src.glob("*.json")):  # JSON-lines exports beside the dumps (zh23's uniCloud collections)
        (out / f"{export.stem}.ndjson").write_bytes(export.read_bytes())
        rename[export.name] = f"{export.stem}.ndjson"
    write_labels(labels, out, rename)


def main(argv: list[str]) -> int:
    """The values-alone variant of a benchmark built on SQL schemas (zh20 … zh23): its
    `schemas.py`'s TABLES and its `labels.csv`, the generated `SRC` written as CSV into `OUT`."""
    import importlib.util
    import sys

    if len(argv) != 3:
        print("usage: python benchmarks/zhsql.py BENCH_DIR GENERATED_DIR OUT_DIR", file=sys.stderr)
        return 2
    bench, src, out = (Path(a) for a in argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # labelcheck, valuesalone
    spec = importlib.util.spec_from_file_location(f"{bench.name}_schemas", bench / "schemas.py")
    schemas = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(schemas)
    tables_as_csv(src, out, schemas.TABLES, bench / "labels.csv")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
