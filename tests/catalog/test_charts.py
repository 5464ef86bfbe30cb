"""Inline SVG heatmaps."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from catalog.charts import BASE_RGB, EMPTY_FILL, FLAG_RGB, Heatmap, heatmap_svg

SVG = "{http://www.w3.org/2000/svg}"


def _cells(svg: str) -> dict[str, str]:
    root = ET.fromstring(svg)
    return {rect.find(f"{SVG}title").text: rect.get("fill") for rect in root.iter(f"{SVG}rect")}


def test_cells_shade_with_the_count_and_flags_are_red() -> None:
    chart = Heatmap.from_records("t", [
        {"category": "device.ip_address", "purpose": "improve", "fields": 4, "bad": False},
        {"category": "device.ip_address", "purpose": "advertising", "fields": 1, "bad": True},
        {"category": "contact.email", "purpose": "improve", "fields": 1, "bad": False},
    ], "category", "purpose", "fields", flag_key="bad")
    assert chart.rows == ["contact.email", "device.ip_address"] and chart.columns == ["advertising", "improve"]
    cells = _cells(heatmap_svg(chart))
    assert len(cells) == 4
    assert cells["contact.email × advertising: 0"] == EMPTY_FILL
    full_blue = "#{:02x}{:02x}{:02x}".format(*BASE_RGB)
    assert cells["device.ip_address × improve: 4"] == full_blue
    assert cells["contact.email × improve: 1"] not in (full_blue, EMPTY_FILL)
    red = cells["device.ip_address × advertising: 1 (flagged)"]
    assert int(red[1:3], 16) > int(red[5:7], 16)  # more red than blue
    assert FLAG_RGB[0] > FLAG_RGB[2]


def test_labels_are_escaped_and_the_svg_is_well_formed() -> None:
    chart = Heatmap(title="<t>", rows=["<script>alert(1)</script>"], columns=["a&b"],
                    counts={("<script>alert(1)</script>", "a&b"): 2}, row_notes={"<script>alert(1)</script>": "(x)"})
    svg = heatmap_svg(chart)
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "a&amp;b" in svg
    ET.fromstring(svg)


def test_an_empty_chart_is_no_svg() -> None:
    assert heatmap_svg(Heatmap(title="t", rows=[], columns=[], counts={})) == ""
