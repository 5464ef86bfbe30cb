"""Every heading and label of the Chinese report and RoPA is in Chinese: no English word of the
report's own (headings, column names, statuses, notes) appears in it; data values (dataset and
field names, category ids, masked examples) are the data's and stay as they are."""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from catalog.exports import ropa_markdown
from catalog.i18n import _VALUES_ZH, words
from catalog.reader import open_catalog
from catalog.report import render_report

#: the report's own English, in the English report: its words and its coded values
_ENGLISH = {text for key, text in words("en").items() if words("zh")[key] != text} | set(_VALUES_ZH)


def _text_nodes(html: str) -> list[str]:
    html = re.sub(r"<style.*?</style>", "", html, flags=re.S)
    return [t for t in (unescape(part).strip() for part in re.split(r"<[^>]+>", html)) if t]


def _english_in(nodes: list[str]) -> set[str]:
    found = set()
    for node in nodes:
        for label in _ENGLISH:
            # a one-word label counts as a whole text node (a status cell); a longer one anywhere
            if node == label or (" " in label and label in node):
                found.add(label)
    return found


@pytest.fixture(scope="module")
def reports(two_scan_catalog: Path) -> dict[str, list[str]]:
    with open_catalog(two_scan_catalog) as con:
        return {lang: _text_nodes(render_report(con, lang)) for lang in ("en", "zh")}


def test_the_english_report_shows_the_words_looked_for(reports: dict[str, list[str]]) -> None:
    # the check below is only as good as the English it looks for: most of it is really there
    shown = _english_in(reports["en"])
    assert {"Findings", "Retention", "Changes since the previous scan", "held_longer", "undeclared", "added"} <= shown


def test_no_english_label_in_the_chinese_report(reports: dict[str, list[str]]) -> None:
    assert _english_in(reports["zh"]) == set()
    assert "保存超过声明期限" in reports["zh"] and "新增" in reports["zh"]


def test_no_english_label_in_the_chinese_record_of_processing(two_scan_catalog: Path) -> None:
    with open_catalog(two_scan_catalog) as con:
        english, chinese = ropa_markdown(con, "en"), ropa_markdown(con, "zh")
    lines = [line.strip("#|-* ") for line in chinese.splitlines()]
    labels = {words("en")[k] for k in words("en") if k.startswith("ropa_")}
    assert any(label in english for label in labels)
    assert not [label for label in labels for line in lines if label in line]
