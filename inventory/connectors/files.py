"""Tables in files: CSV/TSV, Parquet, JSON arrays and NDJSON, optionally gzip-compressed.

Everything is read through DuckDB, which streams the file: the sample is a seeded reservoir
(`USING SAMPLE reservoir(N ROWS) REPEATABLE (seed)`), so a rescan is reproducible and a file
is never loaded whole into memory.
"""
from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb

from datamap import duck
from inventory.connectors.base import Connector, SampleOptions, SourceError, selected
from datamap.flatten import event_time_range, fields_from_table
from datamap.messages import driver_message
from datamap.model import DatasetReadError, DatasetRef, DatasetSample

# file suffix (before any compression suffix) -> dataset kind
TABLE_KINDS: dict[str, str] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
}
COMPRESSIONS = {".gz": "gzip"}

# Files at most this large are counted exactly (one streaming pass); larger ones estimated.
EXACT_COUNT_BYTES = 64 * 1024 * 1024


def table_kind(path: Path) -> tuple[str | None, str | None]:
    """(kind, compression) of a file from its suffixes, or (None, None) if not a table."""
    suffixes = [s.lower() for s in path.suffixes]
    compression = None
    if suffixes and suffixes[-1] in COMPRESSIONS:
        compression = COMPRESSIONS[suffixes.pop()]
    if not suffixes:
        return None, None
    return TABLE_KINDS.get(suffixes[-1]), compression


def resolve_paths(location: str) -> tuple[Path, list[Path]]:
    """(root, files) of a file, a folder (walked recursively, hidden files skipped) or a glob;
    dataset names are paths relative to the root."""
    path = Path(location)
    if any(ch in location for ch in "*?["):
        matches = sorted(Path(p) for p in glob.glob(location, recursive=True))
        root = Path(os.path.commonpath([str(p.parent) for p in matches])) if matches else Path(".")
        return root, [p for p in matches if p.is_file()]
    if path.is_dir():
        return path, sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    if path.is_file():
        return path.parent, [path]
    raise SourceError(f"no such file or folder: {location}")


def _quote(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


class FileConnector(Connector):
    """A file, a folder (walked recursively) or a glob of table files."""

    family = "files"

    def __init__(self, location: str, *, name: str | None = None, include: list[str] | None = None,
                 exclude: list[str] | None = None, **_: object) -> None:
        self.location = location
        self.name = name or location
        self.include, self.exclude = list(include or ()), list(exclude or ())
        self._con = duck.connect()

    @property
    def source_name(self) -> str:
        return self.name

    def datasets(self) -> Iterator[DatasetRef]:
        return selected(self._tables(), self.include, self.exclude)

    def _tables(self) -> Iterator[DatasetRef]:
        root, paths = resolve_paths(self.location)
        for path in paths:
            kind, _ = table_kind(path)
            if kind is None:
                continue
            yield DatasetRef(name=path.relative_to(root).as_posix(), location=str(path), kind=kind)

    def _reader(self, ref: DatasetRef) -> str:
        path = _quote(ref.location)
        if ref.kind == "parquet":
            return f"read_parquet({path})"
        if ref.kind in ("csv", "tsv"):
            delim = ", delim = '\\t'" if ref.kind == "tsv" else ""
            # all_varchar would hide numeric columns from the classifiers: keep sniffed types
            return f"read_csv({path}, header = true, sample_size = 20480{delim})"
        fmt = "newline_delimited" if ref.kind == "ndjson" else "auto"
        return f"read_json({path}, format = '{fmt}', sample_size = 20480, maximum_object_size = 67108864)"

    def _row_count(self, ref: DatasetRef, reader: str, sampled: int, rows: int) -> int:
        if ref.kind == "parquet":
            return int(duck.scalar(self._con,
                f"SELECT sum(row_group_num_rows) FROM (SELECT DISTINCT row_group_id, row_group_num_rows "
                f"FROM parquet_metadata({_quote(ref.location)}))") or 0)
        if sampled < rows:  # the reservoir was not filled: the sample is the whole file
            return sampled
        size = os.path.getsize(ref.location)
        if size <= EXACT_COUNT_BYTES:
            return int(duck.scalar(self._con, f"SELECT count(*) FROM {reader}"))
        # a large file: estimate from the average line length of its first rows
        with open(ref.location, "rb") as handle:
            head = handle.read(1 << 20)
        lines = max(head.count(b"\n"), 1)
        return int(size / (len(head) / lines))

    def sample(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        if os.path.getsize(ref.location) == 0:
            raise DatasetReadError("empty file")
        reader = self._reader(ref)
        query = (f"SELECT * FROM {reader} "
                 f"USING SAMPLE reservoir({int(options.rows)} ROWS) REPEATABLE ({int(options.seed)})")
        try:
            table = duck.query_arrow(self._con, query)
            row_count = self._row_count(ref, reader, table.num_rows, options.rows)
        except duckdb.Error as exc:
            raise DatasetReadError(driver_message(exc, keep=[ref.location])) from exc
        if table.num_columns == 0 or (table.num_rows == 0 and row_count == 0):
            raise DatasetReadError("no rows: the file holds a header only or nothing readable")
        fields = fields_from_table(table)
        oldest, newest = event_time_range(fields)
        return DatasetSample(
            name=ref.name,
            source=self.source_name,
            kind=ref.kind,
            fields=fields,
            row_count=row_count,
            sampled_rows=table.num_rows,
            oldest_event=oldest,
            newest_event=newest,
            location=os.path.abspath(ref.location),  # rights plans address it from anywhere
            rows=table,
        )

    def close(self) -> None:
        self._con.close()

