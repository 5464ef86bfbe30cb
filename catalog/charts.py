"""Inline SVG charts for the HTML report: no JavaScript, no fonts or files to fetch.

A heatmap is the one chart the report needs (category by dataset, category by purpose): rows
and columns of labelled cells whose shade grows with the count, each with a <title> tooltip.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

CELL = 34
ROW_LABEL_WIDTH = 210  # at least; wider when a row label needs it
#: average glyph width at font-size 12, to size the room that rotated column labels need
GLYPH = 6.6
LABEL_ANGLE_SIN, LABEL_ANGLE_COS = 0.819, 0.574  # labels are rotated by -55 degrees
#: cell colours: counts shade from light to dark blue; flagged cells are red
BASE_RGB = (37, 99, 235)
FLAG_RGB = (220, 38, 38)
EMPTY_FILL = "#f3f4f6"


@dataclass
class Heatmap:
    """Counts per (row, column); `flagged` cells are drawn red (e.g. a purpose the policy forbids)."""

    title: str
    rows: list[str]
    columns: list[str]
    counts: dict[tuple[str, str], int]
    flagged: set[tuple[str, str]] = field(default_factory=set)
    row_notes: dict[str, str] = field(default_factory=dict)  # e.g. "not disclosed" after a label

    @classmethod
    def from_records(cls, title: str, records: list[dict[str, object]], row_key: str, column_key: str,
                     count_key: str, flag_key: str | None = None) -> Heatmap:
        """A heatmap from view rows; a row whose `flag_key` is true is flagged."""
        counts: dict[tuple[str, str], int] = {}
        flagged: set[tuple[str, str]] = set()
        for record in records:
            key = (str(record[row_key]), str(record[column_key]))
            counts[key] = counts.get(key, 0) + int(record[count_key] or 0)  # type: ignore[call-overload]
            if flag_key and record.get(flag_key):
                flagged.add(key)
        rows = sorted({r for r, _ in counts})
        columns = sorted({c for _, c in counts})
        return cls(title=title, rows=rows, columns=columns, counts=counts, flagged=flagged)


def _shade(rgb: tuple[int, int, int], strength: float) -> str:
    """`rgb` mixed with white: strength 0 is nearly white, 1 is the full colour."""
    strength = 0.2 + 0.8 * max(0.0, min(1.0, strength))
    r, g, b = (round(255 - (255 - c) * strength) for c in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def heatmap_svg(chart: Heatmap) -> str:
    """The heatmap as an <svg> element (a figure caption belongs to the page around it)."""
    if not chart.rows or not chart.columns:
        return ""
    longest = max(len(_short(c)) for c in chart.columns) * GLYPH
    # room for the longest row label and its note, so none is clipped at the left edge
    row_label_width = max(ROW_LABEL_WIDTH, round(max(
        len(_short(r)) + (len(chart.row_notes[r]) + 1 if r in chart.row_notes else 0) for r in chart.rows) * GLYPH) + 16)
    label_height = round(longest * LABEL_ANGLE_SIN) + 14
    width = row_label_width + CELL * len(chart.columns) + round(longest * LABEL_ANGLE_COS) + 10
    height = label_height + CELL * len(chart.rows) + 10
    peak = max(chart.counts.values()) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" role="img" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'font-family="sans-serif" font-size="12">',
             f"<title>{escape(chart.title)}</title>"]
    for j, column in enumerate(chart.columns):
        x = row_label_width + CELL * j + CELL / 2
        y = label_height - 6
        parts.append(f'<text x="{x:.0f}" y="{y}" transform="rotate(-55 {x:.0f} {y})">'
                     f"<title>{escape(column)}</title>{escape(_short(column))}</text>")
    for i, row in enumerate(chart.rows):
        y = label_height + CELL * i
        note = chart.row_notes.get(row)
        label = escape(_short(row)) + (f' <tspan fill="{_shade(FLAG_RGB, 1)}">{escape(note)}</tspan>' if note else "")
        parts.append(f'<text x="{row_label_width - 8}" y="{y + CELL / 2 + 4:.0f}" text-anchor="end">{label}</text>')
        for j, column in enumerate(chart.columns):
            count = chart.counts.get((row, column), 0)
            x = row_label_width + CELL * j
            flagged = (row, column) in chart.flagged
            fill = EMPTY_FILL if not count else _shade(FLAG_RGB if flagged else BASE_RGB, count / peak)
            tip = f"{row} × {column}: {count}" + (" (flagged)" if flagged else "")
            parts.append(f'<rect class="cell" x="{x}" y="{y}" width="{CELL - 2}" height="{CELL - 2}" '
                         f'fill="{fill}"><title>{escape(tip)}</title></rect>')
            if count:
                ink = "#ffffff" if count / peak > 0.45 else "#111827"
                parts.append(f'<text x="{x + (CELL - 2) / 2:.0f}" y="{y + CELL / 2 + 3:.0f}" '
                             f'text-anchor="middle" fill="{ink}">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)
