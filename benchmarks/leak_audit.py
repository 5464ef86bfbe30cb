"""Leak audit: does any raw personal value of a benchmark reach the catalog or a report?

    python benchmarks/leak_audit.py --labels LABELS.csv LOCATION... [--catalog C.duckdb] [--keep DIR]

Samples LOCATIONS the way a scan does (same rows, same seed) and keeps the raw values of every
personal field: those the labels call personal and those the catalog itself classified as
personal (a dataset-level `*` label: every field the catalog flagged in it, and the emails, IP
addresses, long digit runs and long hex ids of its free text). Then it writes every artifact a
reviewer gets from the catalog (`datamap report` in English and Chinese, every `export`, `check`
in every format, `explain` of every personal field) and looks in them, and in every text cell of
every catalog table and view, for each raw value of 5 characters or more (exact, then
case-folded) and the digits-only form of a value with 7 digits or more (phones, ids).

Without --catalog the locations are first scanned with `datamap scan` (the same code path as
a user's scan) into a temporary catalog. Prints one line per leak (artifact, dataset.field, the
value's shape, the masked context) and exits 1 when any is found; a value that is not personal
in itself (a country, an OS name) may be allowed with --allow REGEX (matched on the value).
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
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import duckdb

from datamap import duck

REPO = Path(__file__).resolve().parents[1]
EXT = re.compile(r"(\.(gz|bz2|zst|xz|csv|tsv|parquet|ndjson|jsonl|json|log|txt))+$", re.I)
MIN_LENGTH = 5
MIN_DIGITS = 7
#: a field with at most this many distinct sampled values is categorical: its values are not
#: searched for (`charging`, `Android`: personal as a category, but no one's identifier)
CATEGORICAL = 30
#: personal values inside free text (log messages): what a template's slot would hold
FREE_TEXT_VALUES = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"          # emails
    r"|\b\d{1,3}(?:\.\d{1,3}){3}\b(?!\.[A-Za-z])"  # IPv4, not a ROM version (1.0.7.0.UNKCNXM)
    r"|\+?\d[\d ()-]{7,}\d"                   # phones, long ids
    r"|\b[0-9a-fA-F-]{16,}\b")                # hex ids, UUIDs
#: a timestamp in a log line (`2024-03-12 17`) is when, not who
DATE_LIKE = re.compile(r"\d{4}-\d\d-\d\d|\d\d[-/.]\d\d[-/.]\d{4}")
REPORT_COMMANDS = (
    ("report.html", ["report", "--out", "{out}"]),
    ("report.zh.html", ["report", "--lang", "zh", "--out", "{out}"]),
    ("ropa.md", ["export", "ropa", "--out", "{out}"]),
    ("ropa.zh.md", ["export", "ropa", "--lang", "zh", "--out", "{out}"]),
    ("ropa.csv", ["export", "ropa", "--format", "csv", "--out", "{out}"]),
    ("export.json", ["export", "json", "--out", "{out}"]),
    ("fides.yml", ["export", "fides", "--out", "{out}"]),
    ("datahub.json", ["export", "datahub", "--out", "{out}"]),
    ("export.sql", ["export", "sql", "--out", "{out}"]),
    *((f"check.{fmt}", ["check", "--format", fmt, "-o", f"{fmt}={{out}}"])
      for fmt in ("text", "json", "sarif", "junit", "github", "markdown")),
)


def norm_ds(name: str) -> str:
    return EXT.sub("", Path(str(name).replace("\\", "/")).name).lower()


def norm_field(name: str) -> str:
    field = str(name)
    field = field[2:] if field.startswith("$.") else field
    return field.replace("[]", "").replace("[*]", "").strip(".")


def is_personal(category: str | None) -> bool:
    """A label or a detection: personal unless none (a label `none|x` is ambiguous: not counted)."""
    return bool(category) and all(part not in ("", "none") for part in str(category).split("|"))


@dataclass(frozen=True)
class Needle:
    text: str      # what is looked for (case-folded when `folded`)
    field: str     # dataset.field it came from
    raw: str       # the raw value (never printed: only its shape)


def labelled_personal(labels: Path) -> tuple[set[tuple[str, str]], set[str]]:
    """(personal (dataset, field) pairs, datasets with a personal `*` label)."""
    fields, whole = set(), set()
    with labels.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not is_personal(row.get("category")):
                continue
            if row["field"] == "*":
                whole.add(norm_ds(row["dataset"]))
            else:
                fields.add((norm_ds(row["dataset"]), norm_field(row["field"])))
    return fields, whole


def catalog_personal(catalog: Path) -> set[tuple[str, str]]:
    con = duck.connect(str(catalog), read_only=True)
    try:
        rows = con.execute("SELECT dataset, field, category FROM field_inventory").fetchall()
    finally:
        con.close()
    return {(norm_ds(ds), norm_field(f)) for ds, f, cat in rows if is_personal(cat)}


def sampled_values(locations: list[str]) -> dict[tuple[str, str], list[str]]:
    """Every field's raw sampled values, by (dataset, field); free text under (dataset, '*')."""
    from inventory.scan import ScanOptions, scan

    result = scan(locations, ScanOptions(keep_values=True, workers=1))
    values: dict[tuple[str, str], list[str]] = defaultdict(list)
    for dataset in result.datasets:
        ds = norm_ds(dataset.name)
        for field in dataset.fields:
            values[(ds, norm_field(field.path))].extend(_texts(field.values.to_pylist()))
        for line in dataset.free_text:
            values[(ds, "*")].extend(m.group(0) for m in FREE_TEXT_VALUES.finditer(line)
                                     if not DATE_LIKE.match(m.group(0)))
    return values


def _texts(items: list[object]) -> list[str]:
    out = []
    for item in items:
        if item is None or isinstance(item, (bool, float)):
            continue  # a float's text is rarely the source's own (and 0.5 is no one's)
        if isinstance(item, (dict, list)):
            out.append(json.dumps(item, ensure_ascii=False))
        elif isinstance(item, bytes):
            continue
        else:
            out.append(str(item))
    return out


def needles(values: dict[tuple[str, str], list[str]], personal: set[tuple[str, str]], whole: set[str],
            allow: re.Pattern[str] | None) -> list[Needle]:
    found: dict[str, Needle] = {}
    for (ds, field), texts in values.items():
        wanted = (ds, field) in personal or (ds in whole and field == "*")
        if not wanted or (field != "*" and len(set(texts)) <= CATEGORICAL):
            continue  # a field of few values (a battery state, an OS) names no one by a value
        for text in texts:
            text = text.strip()
            if allow is not None and allow.search(text):
                continue
            name = f"{ds}.{field}"
            if len(text) >= (MIN_DIGITS if text.isdigit() else MIN_LENGTH):
                found.setdefault(text.casefold(), Needle(text.casefold(), name, text))
            digits = re.sub(r"\D", "", text)
            if len(digits) >= MIN_DIGITS and digits != text:
                found.setdefault(digits, Needle(digits, name, text))
    return list(found.values())


def artifacts(catalog: Path, out: Path, explain: list[tuple[str, str]]) -> dict[str, str]:
    """Every artifact's text by name: the catalog's cells, each report, each explain."""
    texts = {f"catalog {name}": text for name, text in catalog_cells(catalog).items()}
    from click.testing import CliRunner

    from inventory.cli import cli

    runner = CliRunner()
    cwd = os.getcwd()
    os.chdir(out)  # no datamap.yaml of the working directory is read
    try:
        for name, args in REPORT_COMMANDS:
            target = out / name
            args = [a.replace("{out}", str(target)) for a in args]
            done = runner.invoke(cli, [*args, "--catalog", str(catalog)])
            texts[f"{name} (stdout)"] = done.stdout
            texts[f"{name} (stderr)"] = done.stderr
            if target.is_file():
                texts[name] = target.read_text(encoding="utf-8", errors="replace")
        for dataset, field in explain:
            done = runner.invoke(cli, ["explain", dataset, field, "--catalog", str(catalog)])
            texts[f"explain {dataset} {field}"] = done.stdout + done.stderr
    finally:
        os.chdir(cwd)
    return texts


def catalog_cells(catalog: Path) -> dict[str, str]:
    """Every table and view of the catalog as text, one cell a line (DuckDB compresses strings:
    a byte grep of the file would miss them)."""
    con = duck.connect(str(catalog), read_only=True)
    try:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal "
            "AND database_name = current_database()").fetchall()]
        cells = {}
        for name in sorted(set(names)):
            try:
                rows = con.execute(f'SELECT * FROM "{name}"').fetchall()
                columns = [d[0] for d in con.description]
            except duckdb.Error as exc:
                cells[name] = f"(unreadable: {exc})"
                continue
            lines = [" ".join(columns)]
            for row in rows:
                lines.extend(f"{c}: {v}" for c, v in zip(columns, row) if v is not None)
            cells[name] = "\n".join(lines)
        return cells
    finally:
        con.close()


def explained_fields(catalog: Path, limit: int) -> list[tuple[str, str]]:
    con = duck.connect(str(catalog), read_only=True)
    try:
        rows = con.execute("SELECT DISTINCT dataset, field FROM field_inventory WHERE category IS NOT NULL "
                           "AND category <> 'none' ORDER BY 1, 2").fetchall()
    finally:
        con.close()
    return [(str(d), str(f)) for d, f in rows][:limit]


def shape(text: str) -> str:
    """A value's shape for the report: letters a, digits 9, the rest kept (the audit must not
    leak what it finds)."""
    return re.sub(r"[^\W\d_]", "a", re.sub(r"\d", "9", text))[:40]


def find_leaks(texts: dict[str, str], found: list[Needle]) -> list[tuple[str, Needle, str]]:
    """(artifact, needle, context) for every needle found in an artifact, through DuckDB's
    substring join (thousands of values against megabytes of text)."""
    con = duck.connect()
    con.execute("CREATE TABLE hay (artifact VARCHAR, line VARCHAR, folded VARCHAR)")
    rows = []
    for name, text in texts.items():
        for line in text.splitlines():
            if len(line) >= MIN_LENGTH:
                rows.append((name, line, line.casefold()))
    con.executemany("INSERT INTO hay VALUES (?, ?, ?)", rows) if rows else None
    # a value of letters only (a name, a city) counts as a whole word: `ernam` inside
    # `UsernameRecognizer` or `tempe` inside `battery_temperature` is no one's value
    con.execute("CREATE TABLE needle (i INTEGER, text VARCHAR, word BOOLEAN)")
    con.executemany("INSERT INTO needle VALUES (?, ?, ?)", [(i, n.text, n.text.isalpha()) for i, n in enumerate(found)])
    hits = con.execute("SELECT DISTINCT ON (n.i, h.artifact) h.artifact, n.i, h.line FROM needle n "
                       "JOIN hay h ON contains(h.folded, n.text) AND (NOT n.word OR regexp_matches(h.folded, "
                       "'(^|\\PL)' || n.text || '(\\PL|$)')) ORDER BY n.i, h.artifact").fetchall()
    out = []
    for artifact, i, line in hits:
        needle = found[i]
        at = line.casefold().find(needle.text)
        context = line[max(0, at - 40): at] + "«" + shape(line[at: at + len(needle.text)]) + "»" + \
            line[at + len(needle.text): at + len(needle.text) + 40]
        out.append((artifact, needle, context))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("locations", nargs="+")
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--catalog", type=Path, help="an existing catalog of a scan of LOCATIONS")
    parser.add_argument("--keep", type=Path, help="write the artifacts here (default: a temporary folder)")
    parser.add_argument("--allow", help="values matching this regex are not personal in themselves")
    parser.add_argument("--explain", type=int, default=400, help="explain at most N personal fields")
    args = parser.parse_args(argv)
    out = args.keep or Path(tempfile.mkdtemp(prefix="leak-audit-"))
    out.mkdir(parents=True, exist_ok=True)
    catalog = args.catalog
    if catalog is None:
        catalog = out / "catalog.duckdb"
        subprocess.run([sys.executable, "-m", "inventory.cli", "scan", *args.locations, "--catalog",
                        str(catalog), "-q"], cwd=out, check=False)
    personal, whole = labelled_personal(args.labels)
    personal |= catalog_personal(catalog)
    # a dataset-level label: every field of that dataset the catalog flagged is already in
    # `personal`; its free text is searched for value-like tokens
    found = needles(sampled_values([str(Path(p).resolve()) if Path(p).exists() else p for p in args.locations]),
                    personal, whole, re.compile(args.allow) if args.allow else None)
    texts = artifacts(catalog, out, explained_fields(catalog, args.explain))
    # a value that is a word of the policy itself (`personal`, `account`) names no one
    vocabulary = "\n".join(t for name, t in texts.items() if name.startswith("catalog policy_")).casefold()
    found = [n for n in found if n.text not in vocabulary]
    leaks = find_leaks(texts, found)
    by_field: dict[str, int] = defaultdict(int)
    for artifact, needle, context in leaks:
        by_field[needle.field] += 1
        print(f"LEAK {artifact} | {needle.field} | {shape(needle.raw)} | {context[:200]!r}")
    print(f"leak_audit: {len(found)} personal values, {len(texts)} artifacts, {len(leaks)} leaks "
          f"in {len(by_field)} fields; artifacts in {out}")
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
