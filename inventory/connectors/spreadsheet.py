"""Excel workbooks (`.xlsx`, `.xlsm`, legacy `.xls`): each sheet that holds a table is a dataset.

Back-office exports (orders, members, shipping lists) reach people as Excel files more often
than as CSV, Chinese teams' above all, and a privacy review has to see them. A workbook is
read with openpyxl in read-only mode, streaming its rows: the sample is a seeded reservoir of
them, so a rescan is reproducible and a large sheet is never held whole.

What an export looks like, and how it is read:
- a title row above the header (`订单明细导出（2024-10-01 至 2024-12-31）`, one merged cell): the
  header is the first of the first rows that fills most of the table's width with text;
- numbers where text was meant (a phone number typed into a cell becomes `13812345678.0` in a
  naive reader): a column that mixes numbers and text is read as text, and whole numbers are
  written without a decimal point; a column of numbers alone stays numeric;
- a two-level header (`电池` merged over `电量` / `状态` / `健康度`, `序号` merged down both rows):
  a merged group row right above the header names its columns `group.sub` (`电池.状态`), as
  nested JSON fields are named, and a cell merged down both rows keeps its own name; the merges
  are read from the sheet's XML, so a note row above the header is never taken for groups;
- dates as Excel stores them (a number with a date format) come back as timestamps;
- a workbook of one sheet is one dataset named after the file (`orders.xlsx`), a workbook of
  several is one dataset per non-empty sheet (`report.xlsx/会员`).
Legacy `.xls` (BIFF, what older back ends and many Chinese admin panels still export) is read
with xlrd, which loads the file whole (a BIFF sheet holds at most 65,536 rows), and goes through
the same header, group and sampling rules; its merges come from xlrd.
"""
from __future__ import annotations

import random
import re
import struct
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pyarrow as pa

from datamap.model import DatasetReadError

#: the rows looked at to find the header (a title and a note or two may stand above it)
HEADER_SEARCH_ROWS = 10
#: rows looked at to tell an empty sheet from one holding data
EMPTY_PROBE_ROWS = 50


class WorkbookError(DatasetReadError):
    """A workbook that cannot be opened (not a zip, not a spreadsheet, openpyxl missing)."""


def _open(path: str) -> Any:
    if path.lower().endswith(".xls"):
        return _open_legacy(path)
    try:
        from openpyxl import load_workbook
    except ImportError:  # a dependency of the package; a broken install says so in one line
        raise WorkbookError("reading Excel workbooks needs openpyxl (pip install openpyxl)") from None
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError, TypeError) as exc:
        # a zip that is no workbook, a part openpyxl cannot parse: one line, never the values
        raise WorkbookError(f"not a readable Excel workbook ({type(exc).__name__})") from None


class _LegacySheet:
    """An xlrd sheet seen through the part of openpyxl's read-only API read_sheet uses."""

    def __init__(self, sheet: Any, datemode: int) -> None:
        self._sheet, self._datemode = sheet, datemode
        self.title = sheet.name

    def iter_rows(self, max_row: int | None = None, values_only: bool = True) -> Iterator[tuple]:
        for index in range(min(self._sheet.nrows, max_row or self._sheet.nrows)):
            yield tuple(self._value(cell) for cell in self._sheet.row(index))

    def _value(self, cell: Any) -> Any:
        import xlrd

        if cell.ctype == xlrd.XL_CELL_NUMBER:
            return int(cell.value) if float(cell.value).is_integer() else cell.value  # as openpyxl reads them
        if cell.ctype == xlrd.XL_CELL_DATE:
            try:
                return xlrd.xldate_as_datetime(cell.value, self._datemode)
            except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                return cell.value
        if cell.ctype == xlrd.XL_CELL_BOOLEAN:
            return bool(cell.value)
        if cell.ctype == xlrd.XL_CELL_TEXT:
            return cell.value
        return None  # empty, blank, an error code

    def merges(self, max_row: int) -> list[tuple[int, int, int, int]]:
        """Merged cells as merged_ranges gives them: 1-based (first row, first column, last row, last column)."""
        return [(r1 + 1, c1 + 1, r2, c2) for r1, r2, c1, c2 in self._sheet.merged_cells if r1 + 1 <= max_row]


class _LegacyWorkbook:
    """An `.xls` workbook read by xlrd, with the openpyxl workbook attributes read_sheet uses."""

    def __init__(self, book: Any) -> None:
        self._book = book
        self.worksheets = [_LegacySheet(sheet, book.datemode) for sheet in book.sheets()]
        self.sheetnames = [sheet.title for sheet in self.worksheets]

    def __getitem__(self, name: str) -> _LegacySheet:
        return self.worksheets[self.sheetnames.index(name)]

    def close(self) -> None:
        self._book.release_resources()


def _open_legacy(path: str) -> _LegacyWorkbook:
    try:
        import xlrd
    except ImportError:  # a dependency of the package; a broken install says so in one line
        raise WorkbookError("reading legacy .xls workbooks needs xlrd (pip install xlrd)") from None
    try:
        return _LegacyWorkbook(xlrd.open_workbook(path, formatting_info=True))
    except (xlrd.XLRDError, xlrd.compdoc.CompDocError, OSError, ValueError, IndexError, KeyError,
            struct.error, AssertionError) as exc:
        # xlrd asserts on some corrupt records: one line, never the values
        raise WorkbookError(f"not a readable .xls workbook ({type(exc).__name__})") from None


def _merges(book: Any, sheet: str, path: str, max_row: int) -> list[tuple[int, int, int, int]]:
    worksheet = book[sheet]
    if isinstance(worksheet, _LegacySheet):
        return worksheet.merges(max_row)
    member = getattr(worksheet, "_worksheet_path", None)
    return merged_ranges(path, member, max_row) if member else []


def sheets_with_data(path: str) -> list[str]:
    """The names of the worksheets that hold any value in their first rows, in workbook order."""
    book = _open(path)
    try:
        return _sheets_with_data(book)
    finally:
        book.close()


def _sheets_with_data(book: Any) -> list[str]:
    names = []
    for sheet in book.worksheets:
        rows = sheet.iter_rows(max_row=EMPTY_PROBE_ROWS, values_only=True)
        if any(value not in (None, "") for row in rows for value in row):
            names.append(sheet.title)
    return names


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def header_index(rows: list[tuple]) -> int:
    """The index of the header among the first rows: the first row whose text cells cover at
    least 60 % of the widest row's filled cells and that has no number or date in it."""
    filled = [sum(value not in (None, "") for value in row) for row in rows]
    widest = max(filled, default=0)
    for index, row in enumerate(rows):
        texts = sum(_is_text(value) for value in row)
        if widest and texts == filled[index] and texts >= max(1, 0.6 * widest):
            return index
    return 0


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_CHUNK = 1 << 20


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def merged_ranges(path: str, member: str, max_row: int) -> list[tuple[int, int, int, int]]:
    """The merged cells of a worksheet that start in its first `max_row` rows, as 1-based
    (first row, first column, last row, last column). openpyxl's read-only mode does not
    expose merges; they follow the sheet's data in its XML, which is streamed, not loaded."""
    found: list[tuple[int, int, int, int]] = []
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as part:
            tail = b""
            while chunk := part.read(_CHUNK):
                text = tail + chunk
                cut = max(text.rfind(b"<"), 0)  # every tag before the last `<` is whole
                found.extend(_ranges(text[:cut]))
                tail = text[cut:]
            found.extend(_ranges(tail))
    except (KeyError, OSError, zipfile.BadZipFile):
        return []
    return [r for r in found if r[0] <= max_row]


def _ranges(text: bytes) -> list[tuple[int, int, int, int]]:
    return [(int(m.group(2)), _column_number(m.group(1)), int(m.group(4)), _column_number(m.group(3)))
            for m in _MERGE.finditer(text)]


def _group_row(groups: tuple, header: tuple) -> bool:
    """Whether `groups` may be a group row above `header` (the merges decide): both text only,
    at least two groups, and a blank group where the header has a name (a group spans it)."""
    text_only = all(v in (None, "") or _is_text(v) for v in (*groups, *header))
    blanks = any(_is_text(sub) and (i >= len(groups) or groups[i] in (None, "")) for i, sub in enumerate(header))
    return text_only and blanks and sum(_is_text(v) for v in groups) >= 2 and sum(_is_text(v) for v in header) >= 2


def group_names(groups: tuple, header: tuple, width: int, merges: list[tuple[int, int, int, int]], row: int) -> list:
    """Header names of a two-level header: `group.sub` under a group merged across columns of
    the row above the header (1-based `row`), the group's own name for a cell merged down
    both rows, the sub-header alone elsewhere. None when the row above is no group row."""
    spans = [(c1, c2) for r1, c1, r2, c2 in merges if r1 == r2 == row - 1 and c2 > c1]
    downs = {c1 for r1, c1, r2, c2 in merges if r1 == row - 1 and r2 == row and c1 == c2}
    if not spans:
        return None
    names: list = []
    for column in range(1, width + 1):
        sub = header[column - 1] if column - 1 < len(header) else None
        group = next((groups[c1 - 1] for c1, c2 in spans if c1 <= column <= c2 and c1 - 1 < len(groups)), None)
        own = groups[column - 1] if column - 1 < len(groups) else None
        if _is_text(group) and _is_text(sub):
            names.append(f"{str(group).strip()}.{str(sub).strip()}")
        elif column in downs or (not _is_text(sub) and _is_text(own)):
            names.append(own)
        else:
            names.append(sub)
    return names


def _names(header: tuple, width: int) -> list[str]:
    """Header cells as column names: blanks become `column_N`, repeats get `_2`, `_3`."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for index in range(width):
        raw = header[index] if index < len(header) else None
        name = str(raw).strip() if raw not in (None, "") else f"column_{index + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        else:
            seen[name] = 1
        names.append(name)
    return names


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 13812345678.0 typed into a cell is the number 13812345678
    if isinstance(value, (datetime, date, time)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def _column(values: list[Any]) -> pa.Array:
    """One column as Arrow: numbers, booleans or timestamps when every value is one, else text."""
    present = [v for v in values if v is not None and v != ""]
    clean = [None if v == "" else v for v in values]
    if present and all(isinstance(v, bool) for v in present):
        return pa.array(clean, pa.bool_())
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        try:
            return pa.array(clean, pa.int64())
        except (OverflowError, pa.ArrowInvalid):
            pass
    elif present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return pa.array([None if v is None else float(v) for v in clean], pa.float64())
    elif present and all(isinstance(v, datetime) for v in present):
        return pa.array(clean, pa.timestamp("us"))
    return pa.array([None if v is None else _text(v) for v in clean], pa.string())


def read_sheet(path: str, sheet: str | None, rows: int, seed: int) -> tuple[pa.Table, int]:
    """A seeded reservoir of a sheet's data rows (the first sheet with data when `sheet` is
    None) as an Arrow table, and how many data rows the sheet holds."""
    book = _open(path)
    try:
        if sheet is None:
            names = [s.title for s in book.worksheets]
            sheet = next(iter(_sheets_with_data(book)), names[0] if names else None)
        if sheet is None or sheet not in book.sheetnames:
            raise WorkbookError(f"no sheet {sheet!r} in the workbook")
        stream = book[sheet].iter_rows(values_only=True)
        head = []
        for row in stream:
            head.append(row)
            if len(head) >= HEADER_SEARCH_ROWS:
                break
        if not any(value not in (None, "") for row in head for value in row):
            return pa.table({}), 0
        at = header_index(head)
        if at + 1 < len(head) and _group_row(head[at], head[at + 1]):
            at += 1  # the first text row was the groups above the header
        header = head[at]
        groups = head[at - 1] if at else ()
        merges = _merges(book, sheet, path, at + 1) if _group_row(groups, header) else []
        rng = random.Random(seed)
        reservoir: list[tuple] = []
        seen = 0

        def take(row: tuple) -> None:
            nonlocal seen
            if not any(value not in (None, "") for value in row):
                return  # blank rows between blocks and below the table are no records
            seen += 1
            if len(reservoir) < rows:
                reservoir.append(row)
            else:
                slot = rng.randrange(seen)
                if slot < rows:
                    reservoir[slot] = row

        for row in head[at + 1:]:
            take(row)
        for row in stream:
            take(row)
    finally:
        book.close()
    width = max([len(header)] + [len(r) for r in reservoir])
    while width > 0 and header[width - 1:width] in ((None,), ("",), ()) and all(
            len(r) < width or r[width - 1] in (None, "") for r in reservoir):
        width -= 1  # trailing columns without a header or a value (formatting only)
    if merges:
        two_level = group_names(groups, header, width, merges, at + 1)
        header = tuple(two_level) if two_level else header
    columns = _names(header, width)
    arrays = [_column([r[i] if i < len(r) else None for r in reservoir]) for i in range(width)]
    return pa.Table.from_arrays(arrays, names=columns), seen


def workbook_refs(path: Path) -> list[str | None]:
    """The sheets a workbook's datasets stand for: [None] (the file itself) for one sheet with
    data or a workbook that cannot be opened (its error is reported when it is sampled)."""
    try:
        sheets = sheets_with_data(str(path))
    except WorkbookError:
        return [None]
    return [None] if len(sheets) <= 1 else list(sheets)
