"""Tables in files: CSV/TSV, Parquet, JSON arrays and NDJSON, optionally gzip-compressed,
and Excel workbooks.

Everything but Excel is read through DuckDB, which streams the file: the sample is a seeded
reservoir (`USING SAMPLE reservoir(N ROWS) REPEATABLE (seed)`), so a rescan is reproducible and
a file is never loaded whole into memory. Workbooks are streamed by openpyxl into the same kind
of reservoir (inventory/connectors/spreadsheet.py).
"""
from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from datamap import duck
from inventory.connectors import column_names, csv_header, spreadsheet
from inventory.connectors.transcode import (CARRIAGE_RETURNS_NOTE, holds_carriage_returns, is_utf8, to_utf8,
                                              without_carriage_returns)
from inventory.valuenames import mask_column_names
from inventory.connectors.base import (Connector, SampleOptions, SourceError, empty_dataset, file_probes,
                                       selected)
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
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
}
#: kinds read by inventory.connectors.spreadsheet, one dataset per sheet with data
WORKBOOK_KINDS = ("xlsx", "xls")
COMPRESSIONS = {".gz": "gzip"}
#: the kind of a dataset ref standing for a path that could not be read
UNREADABLE = "unreadable"

# The types a CSV column may be sniffed as: DuckDB's defaults without BIGNUM, whose parsing of
# a 100,000-digit cell takes seconds per cell. An integer of more than 38 digits (HUGEINT) is
# read as DOUBLE: its magnitude kept, its digits no recognizer looks at.
_CSV_TYPES = ("['BOOLEAN', 'BIGINT', 'HUGEINT', 'DOUBLE', 'TIME', 'DATE', 'TIMESTAMP', 'TIMESTAMPTZ', "
              "'VARCHAR']")

# A double keeps 15 significant digits: a CSV number written with more is an id or a code
# that reading it as a number would change; the first rows of the file tell
DOUBLE_DIGITS = 15
LOSSY_PROBE_ROWS = 2048

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


@dataclass(frozen=True)
class Unreadable:
    """A path under a scanned location that cannot be read, and why (recorded, never skipped
    silently: a folder the scan could not enter is data the gate has not seen)."""

    path: Path
    reason: str


def resolve_paths(location: str) -> tuple[Path, list[Path], list[Unreadable]]:
    """(root, files, unreadable) of a file, a folder (walked recursively, hidden files skipped)
    or a glob; dataset names are paths relative to the root. Raises SourceError for a location
    that does not exist or a glob that matches nothing."""
    path = Path(location)
    if any(ch in location for ch in "*?["):
        matches = sorted(Path(p) for p in glob.glob(location, recursive=True))
        if not matches:
            raise SourceError(f"no file matches {location}")
        root = Path(os.path.commonpath([str(p.parent) for p in matches]))
        files, problems = [], []
        for match in matches:
            _classify(match, files, problems)
        return root, files, problems
    if path.is_dir():
        return (path, *_walk(path))
    if path.is_file():
        return path.parent, [path], []
    if path.is_symlink():
        return path.parent, [], [Unreadable(path, "broken symbolic link")]
    raise SourceError(f"no such file or folder: {location}")


def _walk(root: Path) -> tuple[list[Path], list[Unreadable]]:
    """Every visible file under `root`, and what could not be read on the way."""
    files: list[Path] = []
    problems: list[Unreadable] = []

    def denied(error: OSError) -> None:
        reason = "permission denied" if isinstance(error, PermissionError) else (error.strerror or "unreadable")
        problems.append(Unreadable(Path(error.filename), f"folder not readable ({reason})"))

    for folder, dirs, names in os.walk(root, onerror=denied):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if not name.startswith("."):
                _classify(Path(folder) / name, files, problems)
    return sorted(files), sorted(problems, key=lambda p: p.path)


def _classify(path: Path, files: list[Path], problems: list[Unreadable]) -> None:
    """A regular file is read; a broken link, a FIFO or a device is recorded as unreadable."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        problems.append(Unreadable(path, "broken symbolic link" if path.is_symlink() else "vanished"))
        return
    except OSError as exc:
        problems.append(Unreadable(path, f"not readable ({exc.strerror or 'error'})"))
        return
    if stat.S_ISREG(mode):
        files.append(path)
    elif not stat.S_ISDIR(mode):  # a FIFO would block a reader forever; a device is no dataset
        problems.append(Unreadable(path, "not a regular file (FIFO, socket or device)"))


def relative_name(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _quote(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _ident(name: str) -> str:
    """A SQL identifier (a CSV header may hold anything)."""
    return '"' + name.replace('"', '""') + '"'


#: a file that parsed to no row is looked at only up to this size to tell "empty" from "unreadable"
_EMPTY_PROBE_BYTES = 64 * 1024


def holds_no_record(path: str, kind: str) -> bool:
    """Whether a file that parsed to no row holds none (a CSV header alone, `[]`, blank lines,
    a Parquet file whose footer counts no row) rather than bytes DuckDB could not read: only
    the first is an empty dataset, the second stays an error."""
    if kind == "parquet":
        return True  # its footer says how many rows it holds
    if os.path.getsize(path) > _EMPTY_PROBE_BYTES:
        return False
    with open(path, "rb") as handle:
        data = handle.read()
    if b"\x00" in data:
        return False
    lines = [line for line in data.splitlines() if line.strip()]
    if kind in ("json", "ndjson"):
        return not lines or data.strip() == b"[]"
    return len(lines) <= 1  # a header alone


class FileConnector(Connector):
    """A file, a folder (walked recursively) or a glob of table files."""

    family = "files"

    def __init__(self, location: str, *, name: str | None = None, include: list[str] | None = None,
                 exclude: list[str] | None = None, report_unreadable: bool = True, **_: object) -> None:
        self.location = location
        # paths that could not be read become datasets whose sampling fails with the reason
        self.report_unreadable = report_unreadable
        self._unreadable: dict[str, str] = {}
        self.name = name or location
        self.include, self.exclude = list(include or ()), list(exclude or ())
        self._con = duck.connect()

    @property
    def source_name(self) -> str:
        return self.name

    def datasets(self) -> Iterator[DatasetRef]:
        return selected(self._tables(), self.include, self.exclude)

    def fingerprints(self, refs: list[DatasetRef]) -> dict[DatasetRef, str]:
        return file_probes(refs, UNREADABLE)

    def _tables(self) -> Iterator[DatasetRef]:
        root, paths, problems = resolve_paths(self.location)
        for path in paths:
            kind, compression = table_kind(path)
            if kind is None or (kind in WORKBOOK_KINDS and compression):
                continue
            name = path.relative_to(root).as_posix()
            if kind in WORKBOOK_KINDS:  # one dataset per sheet that holds data; the file itself when one does
                for sheet in spreadsheet.workbook_refs(path):
                    yield DatasetRef(name=name if sheet is None else f"{name}/{sheet}", location=str(path), kind=kind)
                continue
            yield DatasetRef(name=name, location=str(path), kind=kind)
        if self.report_unreadable:
            for problem in problems:
                self._unreadable[str(problem.path)] = problem.reason
                yield DatasetRef(name=relative_name(problem.path, root), location=str(problem.path),
                                 kind=UNREADABLE)

    def _reader(self, ref: DatasetRef, location: str | None = None, header: dict[str, str] | None = None) -> str:
        path = _quote(location or ref.location)
        if ref.kind == "parquet":
            return f"read_parquet({path})"
        if ref.kind in ("csv", "tsv"):
            # the header line and delimiter, unless the sniffed reading took data for a header
            # (inventory/connectors/csv_header.py)
            layout = {"header": "true", **({"delim": "'\\t'"} if ref.kind == "tsv" else {}), **(header or {})}
            given = "".join(f", {option} = {value}" for option, value in layout.items())
            # all_varchar would hide numeric columns from the classifiers: keep sniffed types.
            # `\N` is NULL as Hive, MySQL's SELECT … INTO OUTFILE and PostgreSQL's COPY write it;
            # `NULL` as phpMyAdmin's and SQL Server's exports do (a date column stays a date)
            return (f"read_csv({path}, sample_size = 20480{given}, nullstr = ['', '\\N', 'NULL'], "
                    f"auto_type_candidates = {_CSV_TYPES})")
        fmt = "newline_delimited" if ref.kind == "ndjson" else "auto"
        # field_appearance_threshold = 0: DuckDB otherwise reads objects whose keys are each in
        # few records (API payloads with optional parts: an issue's milestone, closed_by, type)
        # as one MAP of JSON, and every field of the file would be lost in it; objects with
        # many distinct keys (maps keyed by id) still become a MAP (map_inference_threshold)
        return (f"read_json({path}, format = '{fmt}', sample_size = 20480, maximum_object_size = 67108864, "
                f"field_appearance_threshold = 0)")

    def _row_count(self, ref: DatasetRef, reader: str, sampled: int, rows: int, location: str) -> int:
        if ref.kind == "parquet":
            return int(duck.scalar(self._con,
                f"SELECT sum(row_group_num_rows) FROM (SELECT DISTINCT row_group_id, row_group_num_rows "
                f"FROM parquet_metadata({_quote(ref.location)}))") or 0)
        if sampled < rows:  # the reservoir was not filled: the sample is the whole file
            return sampled
        size = os.path.getsize(location)
        if size <= EXACT_COUNT_BYTES:
            return int(duck.scalar(self._con, f"SELECT count(*) FROM {reader}"))
        # a large file: estimate from the average line length of its first rows
        with open(location, "rb") as handle:
            head = handle.read(1 << 20)
        lines = max(head.count(b"\n"), 1)
        return int(size / (len(head) / lines))

    def sample(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        if ref.kind == UNREADABLE:
            raise DatasetReadError(f"{self._unreadable.get(ref.location, 'unreadable')}, not read")
        if os.path.getsize(ref.location) == 0:
            return empty_dataset(ref, self.source_name)
        if ref.kind in WORKBOOK_KINDS:
            return self._sample_workbook(ref, options)
        notes: list[str] = []
        try:
            try:
                table, row_count = self._read(ref, ref.location, options)
            except duckdb.InvalidInputException as exc:
                _, compression = table_kind(Path(ref.location))
                compressed = compression is not None
                utf8 = ref.kind != "parquet" and is_utf8(ref.location, compressed=compressed)
                if ref.kind in ("csv", "tsv") and "unicode" not in str(exc).lower() and utf8 \
                        and holds_carriage_returns(ref.location, compressed=compressed):
                    # line breaks of two kinds: read a copy whose lines end in LF only
                    lf_copy = without_carriage_returns(ref.location, compressed=compressed, suffix=f".{ref.kind}")
                    table, row_count = self._read_copy(ref, lf_copy, options)
                    notes.append(CARRIAGE_RETURNS_NOTE)
                # a UTF-16 text (Excel's "Unicode text" export) fails as a dialect, not as unicode
                elif ref.kind == "parquet" or ("unicode" not in str(exc).lower() and utf8):
                    raise
                else:
                    # not UTF-8: read a UTF-8 copy rather than reject the file whole
                    copy = to_utf8(ref.location, compressed=compressed, suffix=f".{ref.kind}")
                    table, row_count = self._read_copy(ref, copy.path, options)
                    notes.append(copy.note)
        except duckdb.Error as exc:
            raise DatasetReadError(driver_message(exc, keep=[ref.location])) from exc
        if table.num_rows == 0 and row_count == 0:
            if not holds_no_record(ref.location, ref.kind):
                raise DatasetReadError("no rows read: nothing readable")
            # read, holding no record: kept like an empty database table (its columns, no rows),
            # not an error; JSON without a record has no columns either
            if table.num_columns == 0 or ref.kind in ("json", "ndjson"):
                return empty_dataset(ref, self.source_name, "no records")
            notes.append("no rows")
        table = mask_column_names(table, notes)
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
            notes=notes,
            location=os.path.abspath(ref.location),  # rights plans address it from anywhere
            rows=table,
        )

    def _sample_workbook(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        """A sheet of an Excel workbook: the file's only sheet with data, or the one the name ends with."""
        sheet = None if ref.name.endswith(Path(ref.location).name) else ref.name.rsplit("/", 1)[1]
        table, row_count = spreadsheet.read_sheet(ref.location, sheet, options.rows, options.seed)
        if table.num_columns == 0:
            return empty_dataset(ref, self.source_name, "no records")
        notes = [] if row_count else ["no rows"]
        table = mask_column_names(table, notes)
        fields = fields_from_table(table)
        oldest, newest = event_time_range(fields)
        return DatasetSample(name=ref.name, source=self.source_name, kind=ref.kind, fields=fields, row_count=row_count,
                             sampled_rows=table.num_rows, oldest_event=oldest, newest_event=newest,
                             notes=notes, location=os.path.abspath(ref.location), rows=table)

    def _read_copy(self, ref: DatasetRef, copy: str, options: SampleOptions) -> tuple[pa.Table, int]:
        """`_read` of a temporary copy of the dataset's file (UTF-8, LF lines), deleted after."""
        try:
            return self._read(ref, copy, options)
        finally:
            os.unlink(copy)

    def _read(self, ref: DatasetRef, location: str, options: SampleOptions) -> tuple[pa.Table, int]:
        """The sample of the file at `location` (the dataset's own, or a UTF-8 copy) and its row count."""
        layout: dict[str, str] = {}
        reader = self._reader(ref, location)
        try:
            table = self._sample(reader, options)
        except duckdb.Error as exc:
            if ref.kind in ("json", "ndjson") and "Duplicate name" in str(exc):
                reader = self._case_twins_reader(reader)
            elif ref.kind in ("csv", "tsv") and "sniffing" in str(exc) and _crlf(location):
                # a line break typed in a quoted header cell (Excel's Alt+Enter) is a bare LF in a
                # file of CRLF lines: DuckDB's sniffer gives the mixed endings up; they are CRLF
                layout = {"new_line": "'\\r\\n'"}
                reader = self._reader(ref, location, layout)
            else:
                raise
            table = self._sample(reader, options)
        if ref.kind in ("csv", "tsv") and (header := csv_header.header_options(
                self._con, location, table.column_names, tab=ref.kind == "tsv")):
            reader = self._reader(ref, location, {**layout, **header})  # the sniffed header was a row of data
            table = self._sample(reader, options)
        if ref.kind in ("csv", "tsv") and (lossy := self._lossy_numbers(reader, table)):
            # ids that only look like numbers (`1299390355.1697150263`, a GA client id) lose
            # digits as doubles: read those columns as the text they are
            types = ", ".join(f"{_quote(name)}: 'VARCHAR'" for name in lossy)
            reader = reader[:-1] + f", types = {{{types}}})"
            table = self._sample(reader, options)
        row_count = self._row_count(ref, reader, table.num_rows, options.rows, location)
        return column_names.restored(table, self._file_names(ref, location, table.column_names)), row_count

    def _file_names(self, ref: DatasetRef, location: str, read: list[str]) -> list[str] | None:
        """The names the file gives the columns DuckDB read as `read`, where they differ
        (inventory/connectors/column_names.py)."""
        if ref.kind in ("csv", "tsv"):
            return column_names.csv_header_names(csv_header.first_line(location), read)
        if ref.kind in ("json", "ndjson"):
            fmt = "newline_delimited" if ref.kind == "ndjson" else "auto"
            return column_names.json_key_names(self._con, location, fmt, read)
        return None

    def _case_twins_reader(self, reader: str) -> str:
        """A JSON file whose objects hold two keys that differ only in case (`{"X": 1, "x": 2}`),
        which DuckDB cannot make a struct of: its top-level keys typed as DuckDB reads them, the
        objects and lists kept as JSON text, which datamap.flatten parses into dot paths keeping
        both keys."""
        typed = self._con.execute(f"DESCRIBE SELECT * FROM {reader[:-1]}, ignore_errors = true)").fetchall()
        parts = []
        for name, kind, *_ in typed:
            column = _ident(str(name))
            kind = str(kind).upper()
            if "STRUCT" in kind or "[]" in kind or kind.startswith("MAP") or kind == "JSON":
                parts.append(column)  # JSON text
            elif kind == "VARCHAR":
                parts.append(f"json_extract_string({column}, '$') AS {column}")
            else:
                parts.append(f"TRY_CAST(json_extract_string({column}, '$') AS {kind}) AS {column}")
        return f"(SELECT {', '.join(parts)} FROM {reader[:-1]}, maximum_depth = 1))"

    def _sample(self, reader: str, options: SampleOptions) -> pa.Table:
        query = (f"SELECT * FROM ({duck.arrow_friendly(self._con, reader)}) "
                 f"USING SAMPLE reservoir({int(options.rows)} ROWS) REPEATABLE ({int(options.seed)})")
        return duck.query_arrow(self._con, query)

    def _lossy_numbers(self, reader: str, table: pa.Table) -> list[str]:
        """The CSV columns sniffed as doubles whose text has more digits than a double keeps
        (read again as text over the first rows, only when there are such columns)."""
        doubles = [field.name for field in table.schema if pa.types.is_floating(field.type)]
        if not doubles:
            return []
        text = reader[:-1] + ", all_varchar = true)"
        digits = ", ".join(f"max(length(regexp_replace({_ident(name)}, '[^0-9]', '', 'g')))" for name in doubles)
        found = self._con.execute(f"SELECT {digits} FROM (SELECT * FROM {text} LIMIT {LOSSY_PROBE_ROWS})").fetchone()
        return [name for name, most in zip(doubles, found or ()) if most is not None and most > DOUBLE_DIGITS]

    def close(self) -> None:
        self._con.close()



def _crlf(path: str) -> bool:
    """Whether the file's lines end in CRLF (one does in its first 64 KiB)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1 << 16)
    except OSError:
        return False
    return b"\r\n" in head
