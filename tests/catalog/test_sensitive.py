"""PIPL's sensitive personal information: the policy's `sensitive` categories need a separate
consent or a stated legal basis (rule DM022), shown in the report in English and Chinese."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from catalog.checks import check
from catalog.checks.inputs import read_check_input
from catalog.datamap import parse_datamap
from catalog.exports import ropa_markdown
from catalog.policy import load_policy
from catalog.reader import open_catalog
from catalog.report import render_report
from catalog.writer import write_scan
from inventory.scan import scan

DATAMAP = """
version: 1
datasets:
  - dataset: yonghu.csv
    purposes: [account]
    retention: P1Y
    basis: service
    fields:
      - {field: 身份证号, category: identity.government_id, legal_basis: "法律义务:实名制 (real-name registration)"}
      - {field: 银行卡号, category: financial.payment_card, consent: sensitive_data}
      - {field: 经度, category: location.precise, consent: cookies}
      - {field: 手机号, category: profile.phone_number}
"""


def _resident_id(i: int) -> str:
    body = f"440305199{i % 10}0{1 + i % 9}1{i % 10}{100 + i:03d}"
    total = sum(int(d) * (2 ** (17 - k) % 11) for k, d in enumerate(body))
    return body + "10X98765432"[total % 11]


def _card(i: int) -> str:
    body = f"6222020{i:08d}"
    digits = [int(d) for d in body][::-1]
    total = sum(d if k % 2 else (d * 2 - 9 if d * 2 > 9 else d * 2) for k, d in enumerate(digits))
    return body + str((10 - total % 10) % 10)


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sensitive")
    (root / "data").mkdir()
    with (root / "data" / "yonghu.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["身份证号", "银行卡号", "经度", "手机号"])
        for i in range(40):
            writer.writerow([_resident_id(i), _card(i), f"{113.9 + i / 1000:.6f}", f"1380013{i:04d}"])
    policy = load_policy()
    datamap = parse_datamap(DATAMAP, "datamap.yaml", policy)
    path = root / "c.duckdb"
    write_scan(str(path), scan([str(root / "data")], policy=policy, datamap=datamap))
    return path


def test_sensitive_data_needs_a_separate_consent_or_a_legal_basis(catalog: Path) -> None:
    report = check(read_check_input(catalog), rules=["DM022"])
    flagged = {(f.field, f.category) for f in report.findings}
    # the identity number states its legal basis, the card relies on a separate consent; the
    # longitude relies on the cookie consent, which is not a separate one
    assert flagged == {("经度", "location.precise")}
    assert "not a separate consent" in report.findings[0].message


@pytest.mark.parametrize(("language", "heading", "clause"), [
    ("en", "Sensitive personal information (PIPL art. 28)", "With your permission, we may also collect precise location"),
    ("zh", "缺少单独同意或法律依据的敏感个人信息", "在您允许的情况下,我们还可能收集精确的位置数据"),
])
def test_the_report_lists_them_quoting_the_clause_in_its_language(catalog: Path, language: str, heading: str,
                                                                    clause: str) -> None:
    with open_catalog(catalog) as con:
        html = render_report(con, language)
    section = html.split('id="sensitive"', 1)[1].split("<h3", 1)[0]
    assert heading in section and clause in section
    assert "经度" in section and "身份证号" not in section and "银行卡号" not in section
    assert f'<html lang="{language}">' in html


def test_the_record_of_processing_in_chinese(catalog: Path) -> None:
    with open_catalog(catalog) as con:
        text = ropa_markdown(con, "zh")
    assert text.startswith("# 个人信息处理活动记录")
    assert "管理您的帐户和订阅" in text  # the purpose's Chinese name and clause 2.2

