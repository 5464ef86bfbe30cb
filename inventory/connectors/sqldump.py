"""SQL dump files (`mysqldump`, `pg_dump`, seed files): their tables' rows are data.

A `.sql` file that holds `INSERT INTO … VALUES` rows is a copy of a database's tables, and
people point datamap at it as they would at the database. Each table the dump fills is a
dataset named `<file>/<table>`; its columns come from the dump's `CREATE TABLE` (declared
types and the `COMMENT '手机号'` a MySQL schema carries, or PostgreSQL's `COMMENT ON COLUMN`),
so a column comment is evidence exactly as it is for a live database. Rows are read from
`INSERT … VALUES` statements and from pg_dump's `COPY … FROM stdin` blocks (tab-separated,
`\\N` for NULL). A file of queries or migrations without rows yields no dataset (the static
check reads those).

SQL Server's scripts (SSMS "Generate Scripts", the way Yonyou U8 and Kingdee databases are
copied) are read too: `[dbo].[t]` names, `N'…'` strings, `CAST(N'…' AS DateTime)` values, one
`INSERT` a line and `GO` between batches instead of `;`, a column's description in
`EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'手机号', …` (its comment, as
MySQL's `COMMENT`), and the file saved as SSMS saves it by default, UTF-16 with a BOM (read
through a temporary UTF-8 copy). Oracle exports (PL/SQL Developer, Navicat) too: SQL*Plus's
`prompt`/`set` lines are skipped and a `to_date('…', '…')` value is its literal.

Dumps are kept compressed as often as not (`pg_dump db | gzip > db.sql.gz`): `.sql.gz`,
`.sql.bz2` and `.sql.xz` are read through the standard library's decompressors, with the same
offsets into the decompressed text.

The file is read once, line by line, to index its statements (mysqldump writes each extended
INSERT on one line). Sampling is seeded and spread over the whole table, not its first rows (a
dump is in key order: its first rows are the oldest, written before later columns were filled):
INSERT statements are parsed with sqlglot in a seeded random order until the sample is full,
and COPY rows are drawn from random offsets of their blocks (all of them when the blocks are
small). The row count of a table read only in part is estimated from the bytes of its
remaining INSERT statements or COPY lines.
"""
from __future__ import annotations

import bz2
import codecs
import gzip
import lzma
import math
import os
import random
import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import sqlglot
import sqlglot.errors
from sqlglot import exp

from inventory.connectors.base import Connector, SampleOptions, SourceError, file_probe, selected
from inventory.connectors.sql import Column
from inventory.connectors.transcode import to_utf8
from datamap.flatten import event_time_range, fields_from_table
from datamap.model import DatasetReadError, DatasetRef, DatasetSample

KIND = "sql-dump-table"
#: what one statement may be at most to be parsed (a larger one is skipped with a note)
MAX_STATEMENT_BYTES = 64 * 1024 * 1024
#: compressed dumps, by their last suffix: the opener of the decompressed stream
COMPRESSED = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
#: COPY blocks up to this many bytes are read whole and sampled; larger ones at random offsets
COPY_READ_WHOLE = 8 * 1024 * 1024
#: consecutive COPY lines read at each random offset of a large block
COPY_RUN = 20
#: INSERT statements read in the first batch, before their rows per statement are known
FIRST_INSERT_BATCH = 4
#: declared types whose values are read as timestamps when they parse as one
_TIME_TYPES = ("DATE", "DATETIME", "TIMESTAMP")


@dataclass
class DumpTable:
    """What the index knows of one table: its columns and where its INSERT statements are."""

    name: str
    columns: list[Column] = field(default_factory=list)
    inserts: list[tuple[int, int]] = field(default_factory=list)  # (offset, length) in bytes
    #: pg_dump's `COPY … FROM stdin` blocks: (offset, length) of their rows, and the COPY's columns
    copies: list[tuple[int, int]] = field(default_factory=list)
    copy_columns: list[str] = field(default_factory=list)


def open_dump(path: Path) -> Any:
    """The dump's bytes, decompressed when its suffix says it is compressed (seekable either way)."""
    opener = COMPRESSED.get(path.suffix.lower())
    return opener(path, "rb") if opener else path.open("rb")


def _dialect(head: bytes) -> str:
    """SQL Server's `GO` batches and `[dbo].` names, MySQL's backquotes and table options, else
    PostgreSQL (pg_dump, most seed files)."""
    if _TSQL_GO.search(head) or b"[dbo]." in head:
        return "tsql"
    if b"`" in head or b"ENGINE=" in head.upper():
        return "mysql"
    upper = head.upper()
    return "oracle" if b"VARCHAR2" in upper or b"TO_DATE(" in upper or _SQLPLUS.search(head) else "postgres"


_VALUES_KEYWORD = re.compile(r"\sVALUES\b", re.I)
# ClickHouse's DDL (`ENGINE = ReplacingMergeTree`, `LowCardinality(String)`, `Nullable(UInt32)`),
# which MySQL's grammar cannot read: without it the columns' COMMENTs are lost
_CLICKHOUSE = re.compile(rb"ENGINE\s*=\s*(?:Replicated)?\w*MergeTree\b|\bLowCardinality\(|\bNullable\(|\bON CLUSTER\b")
# SQL*Plus's own commands in an Oracle export (PL/SQL Developer, Navicat): `prompt Loading T_USER...`,
# `set define off`, without the `;` a statement ends with
_SQLPLUS = re.compile(rb"^(?:prompt|set|spool|rem|whenever)\b[^;\n]*\r?$", re.M | re.I)
#: the functions that turn a literal into a date in a dump (`to_date('15-12-2024', 'dd-mm-yyyy')`):
#: the literal is the value
_DATE_FUNCTIONS = frozenset({"TO_DATE", "TO_TIMESTAMP", "STR_TO_DATE", "DATE", "TIMESTAMP", "STRTOTIME", "STRTODATE",
                             "TSORDSTODATE", "TSORDSTOTIMESTAMP"})


# a batch separator of SQL Server's tools, alone on its line
_TSQL_GO = re.compile(rb"^GO[ \t]*\r?$", re.M | re.I)
# the statements a SQL Server script starts at the beginning of a line (it ends none with `;`)
_TSQL_STARTS = (b"INSERT ", b"EXEC ", b"EXECUTE ", b"CREATE ", b"ALTER ", b"SET ", b"USE ", b"DROP ", b"PRINT ",
                b"DECLARE ", b"IF ", b"BEGIN ", b"COMMIT", b"/****")
# a column's description: `EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'手机号' ,
# @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N't', @level2type=N'COLUMN',@level2name=N'c'`
_MS_DESCRIPTION = re.compile(r"sp_addextendedproperty\s+@name\s*=\s*N?'MS_Description'\s*,\s*@value\s*=\s*N?'(?P<text>(?:[^']|'')*)'"
                             r".*?@level0name\s*=\s*N?'(?P<schema>[^']*)'.*?@level1name\s*=\s*N?'(?P<table>[^']*)'"
                             r".*?@level2type\s*=\s*N?'COLUMN'\s*,\s*@level2name\s*=\s*N?'(?P<column>[^']*)'", re.I | re.S)


def _schema_dialect(head: bytes, dialect: str) -> str:
    """The grammar of the dump's CREATE TABLEs: ClickHouse's when its engines or types stand in
    them, else the dump's. Its rows (`SELECT … FORMAT SQLInsert`: backquoted names, backslash
    escapes) stay MySQL's: sqlglot reads ClickHouse's VALUES as tuples of one-value tuples."""
    return "clickhouse" if _CLICKHOUSE.search(head) else dialect


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")  # a dump of a GBK database, written as is


def _table_name(node: exp.Expression | None) -> str:
    """`db`.`t` as written, without quotes; '' for a node that names no table."""
    table = node.this if isinstance(node, exp.Schema) else node
    if not isinstance(table, exp.Table):
        return ""
    return ".".join(part.name for part in table.parts)


def _comment(column: exp.ColumnDef) -> str | None:
    for constraint in column.constraints:
        if isinstance(constraint.kind, exp.CommentColumnConstraint):
            return constraint.kind.this.name or None
    return None


def _batch_size(wanted: int, rows: int, statements: int) -> int:
    """How many more INSERT statements to read for `wanted` more rows, from the rows per statement
    seen so far: a few at first, then enough at once. Each batch is read in file order, and every
    new batch may seek backwards, which restarts a compressed stream from its start, so reading a
    sample in a handful of batches rather than hundreds keeps a large .sql.gz linear."""
    if not statements:
        return FIRST_INSERT_BATCH
    per_statement = max(rows / statements, 0.01)
    return max(FIRST_INSERT_BATCH, math.ceil(wanted / per_statement * 1.25))


def _value(node: exp.Expression) -> Any:
    """A literal of a VALUES tuple as Python: text, a number, None; anything else as its SQL.
    T-SQL's `N'…'` is text and `CAST(N'2024-12-15T10:00:00.000' AS DateTime)` its literal."""
    if isinstance(node, exp.Null):
        return None
    if isinstance(node, exp.National):
        return node.this
    if isinstance(node, exp.Cast) and isinstance(node.this, (exp.Literal, exp.National, exp.Null)):
        return _value(node.this)
    if isinstance(node, exp.Func) and node.sql_name().upper() in _DATE_FUNCTIONS \
            and isinstance(node.this, (exp.Literal, exp.National)):
        return _value(node.this)
    if isinstance(node, exp.Literal):
        if node.is_string:
            return node.this
        text = node.this
        try:
            return int(text)
        except ValueError:
            try:
                return float(text)
            except ValueError:
                return text
    if isinstance(node, exp.Neg) and isinstance(node.this, exp.Literal) and not node.this.is_string:
        value = _value(node.this)
        return -value if isinstance(value, (int, float)) else f"-{value}"
    if isinstance(node, exp.Boolean):
        return node.this
    return node.sql()


class SqlDumpConnector(Connector):
    """One `.sql` dump file; its filled tables are the datasets."""

    family = "sqldump"

    def __init__(self, location: str, *, name: str | None = None, include: list[str] | None = None,
                 exclude: list[str] | None = None, **_: object) -> None:
        self.path = Path(location)
        if not self.path.is_file():
            raise SourceError(f"no such SQL dump: {location}")
        self.name = name or self.path.name
        self.include, self.exclude = list(include or ()), list(exclude or ())
        self._tables: dict[str, DumpTable] | None = None
        self._dialect = "mysql"
        self._schema_dialect = "mysql"
        self._skipped = 0
        self._insert_heads: dict[str, str] = {}
        self._utf8_copy: str | None = None  # a UTF-16 script's temporary UTF-8 copy, read instead

    def close(self) -> None:
        if self._utf8_copy is not None:
            Path(self._utf8_copy).unlink(missing_ok=True)
            self._utf8_copy = None

    def _open(self) -> Any:
        """The dump's bytes as UTF-8 (or the single-byte code page it was written in): a UTF-16
        script (SSMS saves "Unicode") is read through a UTF-8 copy made on first use."""
        if self._utf8_copy is None:
            with open_dump(self.path) as handle:
                head = handle.read(4096)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or head.count(b"\x00") > len(head) // 4:
                compressed = self.path.suffix.lower() == ".gz"
                self._utf8_copy = to_utf8(str(self.path), compressed=compressed, suffix=".sql").path
                weakref.finalize(self, Path(self._utf8_copy).unlink, missing_ok=True)
            else:
                return open_dump(self.path)
        return Path(self._utf8_copy).open("rb")

    @property
    def source_name(self) -> str:
        return self.name

    def datasets(self) -> Iterator[DatasetRef]:
        refs = [DatasetRef(name=f"{self.name}/{table.name}", location=str(self.path), kind=KIND)
                for table in self._index().values() if table.inserts or table.copies]
        return selected(refs, self.include, self.exclude)

    def fingerprints(self, refs: list[DatasetRef]) -> dict[DatasetRef, str]:
        probe = file_probe(str(self.path))
        return {ref: f"{probe}:{ref.name}" for ref in refs} if probe else {}

    # --- the index ------------------------------------------------------------------------

    def _index(self) -> dict[str, DumpTable]:
        if self._tables is None:
            try:
                self._tables = self._read_index()
            except (EOFError, lzma.LZMAError, gzip.BadGzipFile) as exc:  # truncated, or not compressed as named
                raise SourceError(f"{self.path}: not a readable compressed dump ({exc})") from None
            except OSError as exc:
                raise SourceError(f"{self.path}: {exc.strerror or exc}") from None
        return self._tables

    def _read_index(self) -> dict[str, DumpTable]:
        tables: dict[str, DumpTable] = {}
        with self._open() as handle:
            start = handle.read(64 * 1024)
            self._dialect = _dialect(start)
            self._schema_dialect = _schema_dialect(start, self._dialect)
            handle.seek(0)
            for offset, raw in self._statements(handle):
                head = raw[:64].lstrip().upper()
                if head.startswith(b"COPY") and _COPY.match(_decode(raw)):
                    copy = _COPY.match(_decode(raw))
                    name = ".".join(part.strip('"') for part in copy.group("table").split("."))
                    table = tables.setdefault(name, DumpTable(name))
                    if copy.group("columns"):
                        table.copy_columns = [c.strip().strip('"') for c in copy.group("columns").split(",")]
                    start = handle.tell()
                    table.copies.append((start, self._skip_copy_data(handle)))
                elif head.startswith(b"INSERT"):
                    name = self._insert_target(raw)
                    if name:
                        tables.setdefault(name, DumpTable(name)).inserts.append((offset, len(raw)))
                elif head.startswith(b"CREATE TABLE") or head.startswith(b"COMMENT ON COLUMN"):
                    self._schema_statement(_decode(raw), tables)
                elif head.startswith(b"EXEC") and (described := _MS_DESCRIPTION.search(_decode(raw))):
                    _describe(tables, described)
        return tables

    @staticmethod
    def _skip_copy_data(handle: Any) -> int:
        """Read past a COPY block's rows (up to the `\\.` line); their length in bytes."""
        length = 0
        for line in handle:
            if line.rstrip(b"\r\n") == b"\\.":
                break
            length += len(line)
        return length

    def _statements(self, handle: Any) -> Iterator[tuple[int, bytes]]:
        """(offset, bytes) of each statement: lines gathered until one ends with `;`. Comment
        lines and mysqldump's `/*!40101 … */;` settings are left out. A SQL Server script ends
        a statement with a `GO` line or where the next one starts, at the beginning of a line."""
        start, parts, size = 0, [], 0
        tsql = self._dialect == "tsql"
        while True:
            offset = handle.tell()
            line = handle.readline()
            if tsql and parts and (not line or _TSQL_GO.match(line) or line.startswith(_TSQL_STARTS)):
                if size <= MAX_STATEMENT_BYTES:
                    yield start, b"".join(parts)
                parts, size = [], 0
                if line and _TSQL_GO.match(line):
                    continue
            if not line:
                break
            if tsql and not parts and _TSQL_GO.match(line):
                continue
            if not parts:
                stripped = line.lstrip()
                if not stripped.strip() or stripped.startswith((b"--", b"/*", b"#")):
                    continue
                if self._dialect == "oracle" and _SQLPLUS.match(stripped):
                    continue
                start = offset
            size += len(line)
            if size <= MAX_STATEMENT_BYTES:
                parts.append(line)
            if line.rstrip().endswith(b";"):
                if size > MAX_STATEMENT_BYTES:
                    self._skipped += 1
                else:
                    yield start, b"".join(parts)
                parts, size = [], 0

    def _insert_target(self, raw: bytes) -> str:
        """The table an INSERT fills, read from its head only (the rows are parsed when sampled)."""
        head = _decode(raw[:4096])
        found = _VALUES_KEYWORD.search(head)  # (an Oracle export writes `values` on a line of its own)
        if found is None:
            return ""
        cut = found.start()
        # a dump repeats one head per table (`INSERT INTO `t` VALUES`), often once per row: parse it once
        target = self._insert_heads.get(head[:cut])
        if target is None:
            try:
                tree = sqlglot.parse_one(head[:cut] + " VALUES (1)", read=self._dialect)
            except sqlglot.errors.SqlglotError:
                tree = None
            target = _table_name(tree.this) if isinstance(tree, exp.Insert) else ""
            if len(self._insert_heads) < 100_000:
                self._insert_heads[head[:cut]] = target
        return target

    def _schema_statement(self, text: str, tables: dict[str, DumpTable]) -> None:
        try:
            tree = sqlglot.parse_one(text, read=self._schema_dialect)
        except sqlglot.errors.SqlglotError:
            self._skipped += 1
            return
        if isinstance(tree, exp.Create) and isinstance(tree.this, exp.Schema):
            table = tables.setdefault(_table_name(tree.this), DumpTable(_table_name(tree.this)))
            table.columns = [Column(c.name, c.args["kind"].sql(self._schema_dialect) if c.args.get("kind") else "", _comment(c))
                             for c in tree.this.expressions if isinstance(c, exp.ColumnDef)]
        elif isinstance(tree, exp.Comment) and tree.args.get("kind", "").upper() == "COLUMN":
            column = tree.this  # schema.table.column
            parts = [p.name for p in column.parts] if isinstance(column, exp.Column) else []
            table = tables.get(".".join(parts[:-1])) or tables.get(parts[-2] if len(parts) > 1 else "")
            if table is not None and isinstance(tree.expression, exp.Literal):
                table.columns = [Column(c.name, c.declared_type, tree.expression.this) if c.name == parts[-1] else c
                                 for c in table.columns]

    # --- sampling ---------------------------------------------------------------------------

    def sample(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        name = ref.name.split("/", 1)[1] if "/" in ref.name else ref.name
        table = self._index().get(name)
        if table is None or not (table.inserts or table.copies):
            raise DatasetReadError(f"table {name} is no longer in the dump")
        if table.copies:
            return self._copy_sample(ref, table, options)
        names = [c.name for c in table.columns]
        rows: list[list[Any]] = []
        notes: list[str] = []
        read_bytes = 0
        used = 0
        rng = random.Random(f"{options.seed}:{ref.name}")
        # statements in a seeded random order, read in file order (a compressed stream seeks forward)
        order = list(range(len(table.inserts)))
        rng.shuffle(order)
        chosen: list[int] = []
        try:
            with self._open() as handle:
                while order and len(rows) < options.rows:
                    size = _batch_size(options.rows - len(rows), len(rows), used)
                    batch, order = sorted(order[:size]), order[size:]
                    chosen += batch
                    for index in batch:
                        offset, length = table.inserts[index]
                        handle.seek(offset)
                        raw = handle.read(length)
                        used += 1
                        read_bytes += length
                        try:
                            tree = sqlglot.parse_one(_decode(raw), read=self._dialect)
                        except sqlglot.errors.SqlglotError:
                            notes.append("an INSERT statement sqlglot cannot read was skipped")
                            continue
                        names = self._columns_of(tree, names)
                        values = tree.expression
                        if not isinstance(values, exp.Values):
                            continue  # INSERT … SELECT: no rows written in the dump
                        for tuple_ in values.expressions:
                            rows.append([_value(v) for v in tuple_.expressions])
        except (OSError, EOFError, lzma.LZMAError) as exc:
            raise DatasetReadError(f"{self.path}: {getattr(exc, 'strerror', None) or exc}") from None
        parsed = len(rows)
        if parsed > options.rows:
            rows = [rows[i] for i in sorted(rng.sample(range(parsed), options.rows))]
        row_count = parsed
        if used < len(table.inserts) and read_bytes:
            read = set(chosen)
            rest = sum(length for i, (_, length) in enumerate(table.inserts) if i not in read)
            row_count = int(parsed * (read_bytes + rest) / read_bytes)
        if row_count > len(rows):
            notes.append(f"sampled {len(rows)} rows at random over the dump's INSERT statements; row count estimated")
        return self._sample_of(ref, table, names, rows, row_count, notes)

    def _copy_sample(self, ref: DatasetRef, table: DumpTable, options: SampleOptions) -> DatasetSample:
        """Rows of a table's COPY blocks (tab-separated text, `\\N` for NULL): all of them when the
        blocks are small, else runs of lines from seeded random offsets, in file order."""
        rng = random.Random(f"{options.seed}:{ref.name}")
        total = sum(length for _, length in table.copies)
        lines: list[bytes] = []
        read_bytes = 0
        whole = 0  # the number of rows when every block was read
        try:
            with self._open() as handle:
                if total <= COPY_READ_WHOLE:
                    for offset, length in table.copies:
                        handle.seek(offset)
                        block = handle.read(length)
                        read_bytes += len(block)
                        lines += [line for line in block.splitlines() if line.strip()]
                    whole = len(lines)
                    if len(lines) > options.rows:
                        lines = [lines[i] for i in sorted(rng.sample(range(len(lines)), options.rows))]
                else:
                    runs = max(1, -(-options.rows // COPY_RUN))
                    starts = sorted(rng.randrange(total) for _ in range(runs))
                    for number, position in enumerate(starts, 1):
                        # a run cut short (the block's end, an overlap) leaves its lines to the next
                        want = min(options.rows, number * COPY_RUN) - len(lines)
                        read_bytes += self._copy_run(handle, table.copies, position, lines, want)
                        if len(lines) >= options.rows:
                            break
        except (OSError, EOFError, lzma.LZMAError) as exc:
            raise DatasetReadError(f"{self.path}: {getattr(exc, 'strerror', None) or exc}") from None
        rows = [[None if v == "\\N" else _unescape_copy(v) for v in _decode(line).rstrip("\r\n").split("\t")]
                for line in lines if line.strip()]
        if whole:
            row_count = whole
            notes = [f"sampled {len(rows)} of the dump's {whole} rows at random"] if whole > len(rows) else []
        else:
            row_count = max(len(rows), int(len(rows) * total / read_bytes) if read_bytes else 0)
            notes = [f"sampled {len(rows)} rows at random over the dump's COPY data; row count estimated"]
        names = table.copy_columns or [c.name for c in table.columns]
        types = self._types(table, names)
        typed = [[_typed(v, declared) for v, declared in zip(row, types)] for row in rows]
        return self._sample_of(ref, table, names, typed, row_count, notes)

    @staticmethod
    def _copy_run(handle: Any, copies: list[tuple[int, int]], position: int, lines: list[bytes], want: int) -> int:
        """Read up to `want` whole lines from `position` (an offset into the blocks laid end to
        end), skipping the partial line it lands in; the bytes read."""
        for offset, length in copies:
            if position >= length:
                position -= length
                continue
            start = offset + position
            start = max(start, handle.tell())  # runs that overlap continue where the last one ended
            if start >= offset + length:
                return 0
            handle.seek(start)
            read = 0
            if start > offset:
                read += len(handle.readline())  # the rest of the line the offset landed in
            taken = 0
            while taken < want and handle.tell() < offset + length:
                line = handle.readline()
                read += len(line)
                lines.append(line)
                taken += 1
            return read
        return 0

    @staticmethod
    def _types(table: DumpTable, names: list[str]) -> list[str]:
        declared = {c.name: c.declared_type.upper() for c in table.columns}
        return [declared.get(name, "") for name in names]

    def _sample_of(self, ref: DatasetRef, table: DumpTable, names: list[str], rows: list[list[Any]], row_count: int,
                   notes: list[str]) -> DatasetSample:
        arrow = self._to_arrow(names, table.columns, rows)
        fields = fields_from_table(arrow)
        declared = {c.name: c for c in table.columns}
        for sample in fields:
            column = declared.get(sample.path)
            if column is not None:
                sample.declared_type = column.declared_type
                sample.comment = column.comment
        oldest, newest = event_time_range(fields)
        return DatasetSample(name=ref.name, source=self.source_name, kind=KIND, fields=fields, row_count=row_count,
                             sampled_rows=len(rows), oldest_event=oldest, newest_event=newest, notes=notes,
                             location=os.path.abspath(self.path), rows=arrow)

    @staticmethod
    def _columns_of(tree: exp.Expression, names: list[str]) -> list[str]:
        """The INSERT's own column list when it has one, else the CREATE TABLE's."""
        target = tree.this
        if isinstance(target, exp.Schema) and target.expressions:
            return [c.name for c in target.expressions]
        return names

    @staticmethod
    def _to_arrow(names: list[str], columns: list[Column], rows: list[list[Any]]) -> pa.Table:
        width = max((len(r) for r in rows), default=len(names))
        names = names + [f"column_{i + 1}" for i in range(len(names), width)]  # a data-only dump
        types = {c.name: c.declared_type.upper() for c in columns}
        arrays = []
        for index, name in enumerate(names[:width]):
            values = [r[index] if index < len(r) else None for r in rows]
            arrays.append(_array(values, types.get(name, "")))
        return pa.Table.from_arrays(arrays, names=names[:width])


def _describe(tables: dict[str, DumpTable], described: re.Match) -> None:
    """A SQL Server column's `MS_Description` as its comment."""
    schema, name, column = described.group("schema", "table", "column")
    table = tables.get(f"{schema}.{name}") or tables.get(name)
    if table is not None:
        text = described.group("text").replace("''", "'")
        table.columns = [Column(c.name, c.declared_type, text) if c.name == column else c for c in table.columns]


_COPY = re.compile(r'^\s*COPY\s+(?P<table>[\w".]+)\s*(?:\((?P<columns>[^)]*)\))?\s+FROM\s+stdin\s*;', re.I)
_COPY_ESCAPES = re.compile(r"\\([\\tnr])")
_INTEGER_TYPES = ("INT", "BIGINT", "SMALLINT", "INTEGER", "SERIAL", "BIGSERIAL")
_FLOAT_TYPES = ("NUMERIC", "DECIMAL", "REAL", "DOUBLE", "FLOAT")


def _unescape_copy(text: str) -> str:
    """COPY's text format escapes backslash, tab, newline and carriage return."""
    if "\\" not in text:
        return text
    return _COPY_ESCAPES.sub(lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m.group(1), "\\"), text)


def _typed(value: Any, declared: str) -> Any:
    """A COPY value (text) as the number its declared type says it is; the text when it is not one."""
    if value is None or not declared:
        return value
    try:
        if declared.startswith(_INTEGER_TYPES):
            return int(value)
        if declared.startswith(_FLOAT_TYPES):
            return float(value)
    except ValueError:
        return value
    return value


def _array(values: list[Any], declared: str) -> pa.Array:
    """One column: numbers as numbers, DATE/DATETIME/TIMESTAMP text as timestamps when it
    parses (MySQL's `0000-00-00` does not: the text is kept), the rest as text."""
    if any(isinstance(v, str) for v in values):
        array = pa.array([None if v is None else str(v) for v in values], pa.string())
        if declared.startswith(_TIME_TYPES):
            try:
                return array.cast(pa.timestamp("us"))
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                return array
        return array
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return pa.array([None if v is None else str(v) for v in values], pa.string())
