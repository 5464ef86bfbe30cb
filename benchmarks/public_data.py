"""Helpers shared by the build scripts of the public-data benchmarks (`wild`…`wild11`): their
command line (`build_main`), where an installed package keeps its data, the package archives an
install.sh downloaded into a cache folder and their members, capped CSV and NDJSON writers, and
picking keys out of API objects."""
from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import json
import re
import subprocess
import tarfile
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml

#: rows kept of any one table
MAX_ROWS = 3000


def package_dir(name: str, install: str) -> Path:
    """The folder of an installed package (its bundled data beside it); `install` names the
    script that installs it, for the error."""
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"package {name!r} is not installed: run {install}")
    if spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(spec.origin).parent


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    """`rows` under `header` as CSV, at most MAX_ROWS of them."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows[:MAX_ROWS])


def write_filled_csv(path: Path, header: list[str], rows: list[list]) -> None:
    """`rows` as CSV (`write_csv`) without the columns that hold no value in any row (a field of
    nothing is no field to label); a row shorter than the header, or a None, is an empty cell."""
    keep = [i for i in range(len(header))
            if any(str(r[i]).strip() for r in rows if i < len(r) and r[i] is not None)]
    write_csv(path, [header[i] for i in keep],
              [["" if i >= len(r) or r[i] is None else r[i] for i in keep] for r in rows])


def write_ndjson(path: Path, records: list[dict]) -> None:
    """`records` as one JSON object a line, at most MAX_ROWS of them."""
    with path.open("w", encoding="utf-8") as handle:
        for record in records[:MAX_ROWS]:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def drop_empty_keys(rows: list[dict]) -> list[dict]:
    """`rows` without the top-level keys that are empty (None, "", [], {}) in every row."""
    filled = {k for row in rows for k, v in row.items() if v not in (None, "", [], {})}
    return [{k: v for k, v in row.items() if k in filled} for row in rows]


def write_parquet(path: Path, rows: list[dict]) -> None:
    """`rows` (at most MAX_ROWS, keys empty in every row left out) as a Parquet table, each
    column typed as pyarrow infers it from the values (str, int, bytes...)."""
    import pyarrow as pa  # only the benchmarks that write Parquet need it
    import pyarrow.parquet as pq
    rows = drop_empty_keys(rows[:MAX_ROWS])
    names = list(dict.fromkeys(k for row in rows for k in row))
    pq.write_table(pa.table({n: [row.get(n) for row in rows] for n in names}), path)


def cassette_bodies(raw: bytes, is_json: bool):
    """(request URI, parsed JSON body) of each interaction of a recorded-HTTP cassette: vcrpy's
    (`interactions`, YAML or JSON) or R vcr's (`http_interactions`, YAML); bodies may be
    gzip-compressed; bodies that are no JSON (empty, an HTML error page) are left out."""
    cassette = json.loads(raw) if is_json else yaml.load(raw, Loader=yaml.SafeLoader)
    for interaction in cassette.get("interactions") or cassette.get("http_interactions") or []:
        body = interaction["response"]["body"].get("string") or ""
        if isinstance(body, bytes):
            if body[:2] == b"\x1f\x8b":
                body = gzip.decompress(body)
            body = body.decode("utf-8", "replace")
        try:
            yield interaction["request"]["uri"].split("?")[0], json.loads(body)
        except ValueError:
            continue


#: the header of one table's rows in a pg_dump script: COPY schema.table (col, ...) FROM stdin;
COPY_HEADER = re.compile(r"^COPY (?:\w+\.)?(\w+) \(([^)]*)\) FROM stdin;$")
#: the escapes of PostgreSQL's COPY text format
COPY_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def pg_copy_tables(script: str) -> dict[str, list[dict]]:
    """The rows of every `COPY ... FROM stdin` block of a pg_dump script, table -> rows as
    {column: text}; `\\N` is None, escapes decoded; a bytea's `\\x…` hex stays text (the
    caller knows which columns are binary)."""
    tables: dict[str, list[dict]] = {}
    lines = iter(script.splitlines())
    for line in lines:
        header = COPY_HEADER.match(line)
        if not header:
            continue
        names = [n.strip() for n in header[2].split(",")]
        rows = tables.setdefault(header[1], [])
        for row in lines:
            if row == "\\.":
                break
            cells = [None if c == "\\N" else re.sub(r"\\(.)", lambda m: COPY_ESCAPES.get(
                m[1], m[1]), c) for c in row.split("\t")]
            rows.append(dict(zip(names, cells)))
    return tables


class Archives:
    """Package archives (sdists, wheels, npm tarballs, .debs) that a benchmark's install.sh
    downloaded into `cache`: `files` maps a short key to the archive's file name."""

    def __init__(self, cache: Path, files: dict[str, str], install: str):
        self.cache, self.files, self.install = cache, files, install

    def path(self, key: str) -> Path:
        path = self.cache / self.files[key]
        if not path.exists():
            raise SystemExit(f"{path} is missing: run {self.install}")
        return path

    def one_member(self, key: str, pattern: str) -> bytes:
        """The bytes of the one file of a tar archive whose name matches `pattern` (an error
        when none or several do)."""
        found = list(self.tar_members(key, pattern))
        if len(found) != 1:
            raise SystemExit(f"{self.files[key]}: {len(found)} members match {pattern}")
        return found[0][1]

    def tar_members(self, key: str, pattern: str):
        """(name, bytes) of every file in a tar archive whose name matches `pattern`, sorted."""
        with tarfile.open(self.path(key)) as tar:
            members = sorted((m for m in tar.getmembers()
                              if m.isfile() and re.search(pattern, m.name)), key=lambda m: m.name)
            for member in members:
                yield member.name, tar.extractfile(member).read()


#: one literal of a MySQL/H2 VALUES tuple: a '…' string with '' escapes, or a bare word/number
SQL_LITERAL = re.compile(r"\s*(?:'((?:[^']|'')*)'|([^,()\s]+))\s*")


def sql_values_rows(script: str, columns: dict[str, list[str]] | None = None) -> dict[str, list[dict]]:
    """table -> rows of every `INSERT INTO table (cols) VALUES (…), (…);` of a seed script,
    a multi-row VALUES list read tuple by tuple; strings unescaped, bare words kept as text.
    `columns` names the columns of a table whose INSERTs list none (`INSERT INTO t VALUES …`),
    in the order its CREATE TABLE declares them."""
    tables: dict[str, list[dict]] = {}
    head = re.compile(r"INSERT INTO (\w+)\s*(?:\(([^)]*)\))?\s*VALUES", re.I)
    for match in head.finditer(script):
        if match[2] is None and match[1].lower() not in (columns or {}):
            continue
        names = ([n.strip() for n in match[2].split(",")] if match[2] is not None
                 else columns[match[1].lower()])
        pos = match.end()
        while True:
            opener = re.match(r"\s*,?\s*\(", script[pos:])
            if opener is None:
                break
            pos += opener.end()
            values = []
            while True:
                literal = SQL_LITERAL.match(script, pos)
                text, bare = literal.groups()
                values.append(text.replace("''", "'") if text is not None else bare)
                pos = literal.end()
                if script[pos] == ")":
                    pos += 1
                    break
                pos += 1  # the comma between values
            tables.setdefault(match[1].lower(), []).append(dict(zip(names, values)))
    return tables


class PinnedRepos:
    """GitHub repositories read at pinned commits out of the bare git snapshots the tool
    library's fetch tool brings (`mirror/<owner>+<name>/repo`); `commits` maps "owner/name" to
    the commit every file of it is read at."""

    def __init__(self, mirror: Path, commits: dict[str, str]):
        self.mirror, self.commits = mirror, commits

    def _git(self, repo: str, *args: str) -> bytes:
        git_dir = self.mirror / repo.replace("/", "+") / "repo"
        if not git_dir.exists():
            raise SystemExit(f"{git_dir} is missing: bring github:{repo} with the fetch tool")
        if (git_dir / ".git").is_dir():  # some snapshots arrive as a checkout, not a bare dir
            git_dir = git_dir / ".git"
        return subprocess.run(["git", "--git-dir", str(git_dir), *args], check=True,
                              capture_output=True).stdout

    def show(self, repo: str, path: str) -> bytes:
        """One file of `repo` at its pinned commit."""
        return self._git(repo, "show", f"{self.commits[repo]}:{path}")

    def cassette(self, repo: str, path: str):
        """`cassette_bodies` of one recorded-HTTP cassette of `repo`."""
        return cassette_bodies(self.show(repo, path), path.endswith(".json"))

    def tree(self, repo: str, folder: str) -> list[str]:
        """Every file path under `folder` at the pinned commit, sorted (names with spaces kept whole)."""
        out = self._git(repo, "ls-tree", "-r", "--name-only", "-z", self.commits[repo], f"{folder}/")
        return sorted(p for p in out.decode("utf-8").split("\0") if p)

    def ls(self, repo: str, folder: str) -> list[str]:
        """The paths of the files directly in `folder` at the pinned commit, sorted."""
        out = self._git(repo, "ls-tree", "--name-only", self.commits[repo], f"{folder}/")
        return sorted(out.decode("utf-8").split())


def recorded_bodies(archives: Archives, key: str, pattern: str):
    """The JSON bodies of the responses a test suite recorded (vcrpy/betamax cassettes as JSON:
    `interactions[].response.body.string`) in the archive's files matching `pattern`; bodies
    that are no JSON object or array are left out."""
    for _name, blob in archives.tar_members(key, pattern):
        for interaction in json.loads(blob).get("interactions", []):
            text = interaction.get("response", {}).get("body", {}).get("string") or ""
            if not text.startswith(("{", "[")):
                continue
            try:
                yield json.loads(text)
            except ValueError:
                continue


def pick(obj: dict | None, spec: dict | list) -> dict:
    """The keys of `obj` that `spec` names: a list of keys, or a dict of key -> sub-spec (None:
    the whole value) for nested objects. Missing keys are left out."""
    if not isinstance(obj, dict):
        return {}
    if isinstance(spec, list):
        return {k: obj[k] for k in spec if k in obj}
    return {key: pick(obj[key], sub) if sub is not None else obj[key]
            for key, sub in spec.items() if key in obj}


def flatten(obj: dict, prefix: str = "") -> dict:
    """Nested objects as dotted keys; lists (of entities, of objects) and nulls left out, as a
    consumer of an API stores a record's scalar fields."""
    out = {}
    for key, value in obj.items():
        if isinstance(value, dict):
            out.update(flatten(value, f"{prefix}{key}."))
        elif not isinstance(value, list) and value is not None:
            out[prefix + key] = value
    return out


def copy_labels(build_script: str, out: Path) -> None:
    """The benchmark's labels.csv (beside its build.py) into the built folder."""
    labels = Path(build_script).with_name("labels.csv")
    if labels.exists():
        (out / "labels.csv").write_text(labels.read_text(encoding="utf-8"), encoding="utf-8")


def build_main(doc: str, build_script: str, steps: Iterable[Callable[[Path], None]]) -> None:
    """The command line every public-data build.py has: `build.py OUT_DIR` makes OUT_DIR, runs
    each of `steps` on it in order (each writes its files into the folder it is given), copies
    the benchmark's labels.csv in and says how many files the folder holds. `doc`: the script's
    docstring (its first line is the --help description); `build_script`: its `__file__`."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to build the benchmark into")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    for step in steps:
        step(out)
    copy_labels(build_script, out)
    print(f"wrote {sum(1 for _ in out.rglob('*'))} files into {out}")


def columns_of(rows: list[dict], min_rows: int = 1) -> list[str]:
    """The keys of `rows` in first-seen order, those held by at least `min_rows` rows."""
    counts: dict[str, int] = {}
    for row in rows:
        for key in row:
            counts[key] = counts.get(key, 0) + 1
    return [k for k, n in counts.items() if n >= min_rows]


def flatten_indexed(obj, prefix: str = "", max_items: int = 2) -> dict:
    """Nested objects and lists as dotted keys, a list's items by position (`name.0.family`), as
    a spreadsheet export of a nested record names its columns; only the first `max_items` of
    a list are kept (a patient's second address is the first one's column again), nulls left out."""
    out = {}
    items = (obj.items() if isinstance(obj, dict)
             else ((str(i), v) for i, v in enumerate(obj[:max_items])))
    for key, value in items:
        if isinstance(value, (dict, list)):
            out.update(flatten_indexed(value, f"{prefix}{key}.", max_items))
        elif value is not None:
            out[prefix + key] = value
    return out


#: a table's definition in a T-SQL script: CREATE TABLE name ( ... ) up to GO
TSQL_CREATE = re.compile(r"^CREATE TABLE \[?(\w+)\]?\s*\((.*?)^\)", re.M | re.S | re.I)
#: the words that open a line of a CREATE TABLE that is no column
TSQL_NOT_COLUMNS = {"constraint", "check", "references", "default", "primary", "foreign",
                    "unique", "or", "and"}
#: one literal of a T-SQL VALUES list: a (N)'string' with '' escapes, a 0x… binary, a number,
#: NULL (a money literal's `$` is left out of the number)
TSQL_LITERAL = re.compile(r"N?'((?:[^']|'')*)'|(0x[0-9A-Fa-f]+)|(NULL)|-?\$?(-?[\d.]+)", re.I)


def tsql_columns(script: str) -> dict[str, list[str]]:
    """table -> its column names in order, read from the CREATE TABLE statements of a T-SQL
    install script (a column line opens with its name and a type; constraint lines and a
    CHECK's continuation `col LIKE …` are skipped). An IDENTITY column is marked with a
    leading `+`: inserts leave it out."""
    tables = {}
    for match in TSQL_CREATE.finditer(script):
        names = []
        for line in match[2].splitlines():
            word = re.match(r"\s*\[?(\w+)\]?\s+\[?(\w+)", line)
            if (word and word[1].lower() not in TSQL_NOT_COLUMNS
                    and word[2].lower() not in {"like", "in", "between"}):
                names.append(("+" if "identity" in line.lower() else "") + word[1])
        tables[match[1].lower()] = names
    return tables


def tsql_insert_rows(script: str) -> dict[str, list[dict]]:
    """The rows of every `insert [into] table [(cols)] values (...)` of a T-SQL install script,
    table -> rows as {column: value}: strings unescaped, 0x… binaries as bytes, numbers as
    their text, NULL as None; columns not listed are named from the CREATE TABLE."""
    columns = tsql_columns(script)
    tables: dict[str, list[dict]] = {}
    statement = re.compile(r"^insert\s+(?:into\s+)?\[?(\w+)\]?\s*(?:\(([^)]*)\))?\s*values\s*\(",
                           re.M | re.I)
    for match in statement.finditer(script):
        values, pos = [], match.end()
        while True:
            literal = TSQL_LITERAL.match(script, pos)
            if literal is None:
                break
            text, binary, null, number = literal.groups()
            values.append(text.replace("''", "'") if text is not None else
                          bytes.fromhex(binary[2:]) if binary else None if null else number)
            pos = literal.end()
            separator = re.match(r"\s*([,)])\s*", script[pos:])
            if separator is None or separator[1] == ")":
                break
            pos += separator.end()
        table = match[1].lower()
        if match[2]:
            names = [n.strip() for n in match[2].split(",")]
        else:
            names = [n.lstrip("+") for n in columns[table]
                     if not (n.startswith("+") and len(values) < len(columns[table]))]
        tables.setdefault(table, []).append(dict(zip(names, values)))
    return tables
