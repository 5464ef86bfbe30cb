"""The HTML report in a real headless Chromium: loads cleanly, fetches nothing, shows its charts."""
from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from catalog.reader import open_catalog
from catalog.report import render_report
from tests.catalog.browser import Chromium


@pytest.fixture(scope="module")
def report_file(two_scan_catalog: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    with open_catalog(two_scan_catalog) as con:
        path.write_text(render_report(con), encoding="utf-8")
    return path


def _pixels(png: bytes) -> np.ndarray:
    """Height x width x RGB, as signed ints so that channel differences do not wrap."""
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(np.int32)


def _blue(image: np.ndarray) -> int:
    r, b = image[..., 0], image[..., 2]
    return int(((b > 150) & (b - r > 60)).sum())


def _red(image: np.ndarray) -> int:
    r, b = image[..., 0], image[..., 2]
    return int(((r > 150) & (r - b > 60)).sum())


def test_report_loads_without_console_errors_or_requests(report_file: Path) -> None:
    with Chromium() as page:
        page.open(report_file.as_uri())
        assert page.problems == []
        assert page.requested_urls == [report_file.as_uri()]
        assert page.evaluate("document.title").startswith("datamap report: scan 2")


def test_screenshot_shows_both_charts(report_file: Path) -> None:
    with Chromium() as page:
        page.open(report_file.as_uri())
        whole = _pixels(page.screenshot())
        colours = np.unique(whole.reshape(-1, 3), axis=0)
        assert len(colours) > 50  # text, tiles and charts: far from a blank page
        charts = {}
        for chart in ("chart-datasets", "chart-purposes"):
            rect = page.evaluate(f"(() => {{ const r = document.querySelector('#{chart} svg')"
                                 f".getBoundingClientRect(); return {{x: r.x + window.scrollX, "
                                 f"y: r.y + window.scrollY, width: r.width, height: r.height}}; }})()")
            assert rect["width"] > 100 and rect["height"] > 60, chart
            charts[chart] = _pixels(page.screenshot(clip=rect))
            cells = page.evaluate(f"document.querySelectorAll('#{chart} rect.cell').length")
            assert cells >= 4, chart
    # categories x datasets: the blue cells of found fields; purposes: one red cell (advertising
    # on IP addresses, which the test policy does not allow)
    assert _blue(charts["chart-datasets"]) > 500
    assert _blue(charts["chart-purposes"]) > 500
    assert _red(charts["chart-purposes"]) > 300
    assert _red(charts["chart-datasets"]) < _blue(charts["chart-datasets"])


def test_an_external_resource_would_be_blocked_and_reported(report_file: Path, tmp_path: Path) -> None:
    # proves the two checks above can fail: the page's policy forbids any fetch, and the
    # browser reports the attempt
    tampered = tmp_path / "tampered.html"
    html = report_file.read_text(encoding="utf-8")
    tampered.write_text(html.replace("</body>", '<img src="https://cdn.example.com/x.png"></body>'),
                        encoding="utf-8")
    with Chromium() as page:
        page.open(tampered.as_uri())
        assert any("cdn.example.com" in problem or "Content Security Policy" in problem
                   for problem in page.problems), page.problems


@pytest.fixture(scope="module")
def chinese_report(two_scan_catalog: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report_zh") / "report.zh.html"
    with open_catalog(two_scan_catalog) as con:
        path.write_text(render_report(con, "zh"), encoding="utf-8")
    return path


def _element_png(page: Chromium, selector: str) -> np.ndarray:
    rect = page.evaluate(f"(() => {{ const r = document.querySelector('{selector}').getBoundingClientRect(); "
                         f"return {{x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, "
                         f"height: r.height}}; }})()")
    return _pixels(page.screenshot(clip=rect))


def test_chinese_report_draws_han_characters_as_glyphs(chinese_report: Path) -> None:
    with Chromium() as page:
        page.open(chinese_report.as_uri())
        assert page.problems == []
        assert page.evaluate("document.documentElement.lang") == "zh"
        assert page.evaluate("document.querySelector('h1').textContent") == "datamap 报告"
        # two different characters, large: real glyphs differ, a missing font's boxes are all alike
        page.evaluate("document.body.insertAdjacentHTML('afterbegin', "
                      "'<p style=\"font-size:64px;line-height:1\"><span id=g1>隐</span> <span id=g2>私</span></p>')")
        first, second = _element_png(page, "#g1"), _element_png(page, "#g2")
        heading = _element_png(page, "h3")
    ink = lambda image: int((image.sum(axis=2) < 300).sum())  # noqa: E731 - dark pixels
    assert ink(first) > 200 and ink(second) > 200
    height, width = min(first.shape[0], second.shape[0]), min(first.shape[1], second.shape[1])
    differing = (np.abs(first[:height, :width] - second[:height, :width]).sum(axis=2) > 200).sum()
    assert differing > 0.1 * height * width
    assert ink(heading) > 300  # the first finding's Chinese heading is drawn, not blank


def test_the_teens_and_reidentification_section_renders(demo_catalog: Path, tmp_path: Path) -> None:
    path = tmp_path / "demo_report.html"
    with open_catalog(demo_catalog) as con:
        path.write_text(render_report(con), encoding="utf-8")
    with Chromium() as page:
        page.open(path.as_uri())
        assert page.problems == []
        rows = page.evaluate("Array.from(document.querySelectorAll('#teens tr')).map(r => r.innerText)")
        assert any("users.parquet" in row and "consented" in row for row in rows), rows
        risk = page.evaluate("Array.from(document.querySelectorAll('#reidentification tr')).map(r => r.innerText)")
        assert any("devices.csv" in row and "high" in row for row in risk), risk
        rect = page.evaluate("(() => { const r = document.querySelector('#reidentification')"
                             ".getBoundingClientRect(); return {x: r.x + window.scrollX, y: r.y + window.scrollY, "
                             "width: r.width, height: r.height}; })()")
        assert rect["width"] > 300 and rect["height"] > 60
        table = _pixels(page.screenshot(clip=rect))
    assert _red(table) > 20  # the high-risk cell is drawn in the warning colour
