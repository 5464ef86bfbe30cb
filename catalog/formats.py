"""Render an Arrow table as a terminal table, CSV, JSON or Markdown.

Lists (purposes, examples) become `a; b` in the text formats and stay lists in JSON; timestamps
are ISO 8601 strings everywhere.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from datamap.messages import printable

if TYPE_CHECKING:  # only annotations: `datamap --help` must not import pyarrow
    import pyarrow as pa

FORMATS = ("table", "csv", "json", "markdown")
#: a terminal table cell longer than this is cut with an ellipsis (csv/json/markdown keep all)
MAX_CELL = 60


def render(table: pa.Table, fmt: str) -> str:
    """`table` as text in the format `fmt` (one of FORMATS)."""
    if fmt == "table":
        return to_text_table(table)
    if fmt == "csv":
        return to_csv(table)
    if fmt == "json":
        return to_json(table)
    if fmt == "markdown":
        return to_markdown(table)
    raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")


def cell(value: object) -> str:
    """One value as text: NULL is empty, lists are joined with '; ', floats lose trailing noise."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e6 else f"{value:.0f}"
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return json.dumps(value, default=str, ensure_ascii=False)
    return str(value)


def rows_as_text(table: pa.Table) -> list[list[str]]:
    return [[cell(v) for v in row.values()] for row in table.to_pylist()]


def to_csv(table: pa.Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.column_names)
    writer.writerows(rows_as_text(table))
    return out.getvalue()


def _json_default(value: object) -> object:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def to_json(table: pa.Table) -> str:
    """A JSON array of objects, one per row (JSON columns such as `evidence` stay strings)."""
    return json.dumps(table.to_pylist(), default=_json_default, ensure_ascii=False, indent=2) + "\n"


def _markdown_cell(text: str) -> str:
    # names from the data (a file named `a<LF>b.csv` or holding ESC[2J) stay one inert cell
    return printable(text.replace("\\", "\\\\").replace("|", "\\|"))


def to_markdown(table: pa.Table) -> str:
    header = "| " + " | ".join(_markdown_cell(c) for c in table.column_names) + " |"
    rule = "|" + "|".join("---" for _ in table.column_names) + "|"
    body = ["| " + " | ".join(_markdown_cell(c) for c in row) + " |" for row in rows_as_text(table)]
    return "\n".join([header, rule, *body]) + "\n"


def to_text_table(table: pa.Table) -> str:
    """Aligned columns for the terminal, long cells cut, a row count at the end."""
    def cut(text: str) -> str:
        text = printable(text)  # a control character in a name must not drive the terminal
        return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"

    names = table.column_names
    rows = [[cut(c) for c in row] for row in rows_as_text(table)]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip()
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    count = f"({table.num_rows} row{'s' if table.num_rows != 1 else ''})"
    return "\n".join([line, rule, *body, count]) + "\n"
