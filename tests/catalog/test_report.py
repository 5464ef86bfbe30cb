"""The HTML report's content (the browser test is test_report_browser.py)."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from catalog.reader import open_catalog
from catalog.report import render_report
from catalog.writer import write_scan
from inventory.scan import scan


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("src", "href", "action", "data")]


def test_report_of_two_scans(two_scan_catalog: Path) -> None:
    with open_catalog(two_scan_catalog) as con:
        html = render_report(con)
    links = _Links()
    links.feed(html)
    assert all(url.startswith("#") for url in links.urls), links.urls  # nothing to fetch
    assert "script" not in links.tags and "link" not in links.tags
    assert links.tags.count("svg") == 2
    # the data map per category, with the clause or its absence
    assert 'id="cat-device.ip_address"' in html and "Disclosed by clause <b>5.3</b>" in html
    assert re.search(r'class="category undisclosed" id="cat-contact.email"', html)
    # the findings: the undeclared fields, the purpose the policy forbids, retention, changes
    assert "new_contacts.csv</td><td>email" in html
    assert "<td>device.ip_address</td><td>advertising</td>" in html
    assert "exceeds_policy" in html and "held_longer" in html
    assert "2 scans in the catalog" in html and "old_dump.csv" in html


def test_report_of_a_scan_without_personal_data(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "metrics.csv").write_text("latency_ms,status\n" + "\n".join(f"{i},200" for i in range(30)))
    catalog = tmp_path / "c.duckdb"
    write_scan(catalog, scan([str(tmp_path / "data")]))
    with open_catalog(catalog) as con:
        html = render_report(con)
    assert "<svg" not in html
    assert "No personal data found: nothing to chart." in html
    assert "Only one scan so far" in html
