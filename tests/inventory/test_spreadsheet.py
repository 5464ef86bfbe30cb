"""Excel workbooks: each sheet holding a table is a dataset, read from a streamed reservoir."""
from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pytest

openpyxl = pytest.importorskip("openpyxl")

from inventory.connectors import SampleOptions, connector_for
from inventory.connectors.spreadsheet import header_index
from inventory.scan import scan


def _export(path: Path, rows: int = 60, title: bool = True, extra_sheets: dict[str, list[list]] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "订单明细"
    if title:
        sheet.append(["订单明细导出（2024-10-01 至 2024-12-31）"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    sheet.append(["订单编号", "下单时间", "收货人姓名", "联系电话", "实付金额"])
    for i in range(rows):
        phone = 13800000000 + i * 7919 if i % 3 else f"0571-8{i:06d}"  # numbers typed as numbers, and landlines
        sheet.append([f"2024{i:012d}", datetime(2024, 10, 1, 8, i % 60), ["王芳", "李建国", "张伟"][i % 3], phone,
                      19.9 + i])
    for name, table in (extra_sheets or {}).items():
        extra = book.create_sheet(name)
        for row in table:
            extra.append(row)
    book.save(path)
    return path


def test_a_one_sheet_export_is_a_dataset_named_after_the_file(tmp_path: Path) -> None:
    path = _export(tmp_path / "订单明细.xlsx")
    connector = connector_for(str(tmp_path))
    refs = [ref for ref in connector.datasets() if ref.kind == "xlsx"]
    assert [ref.name for ref in refs] == ["订单明细.xlsx"]
    sample = connector.sample(refs[0], SampleOptions(rows=1000))
    assert sample.row_count == sample.sampled_rows == 60 and sample.location == str(path.resolve())
    fields = {f.path: f for f in sample.fields}
    assert list(fields) == ["订单编号", "下单时间", "收货人姓名", "联系电话", "实付金额"]  # the title row is no header
    assert pa.types.is_timestamp(fields["下单时间"].values.type) and pa.types.is_floating(fields["实付金额"].values.type)
    phones = fields["联系电话"].values.to_pylist()
    assert "13800007919" in phones and all("." not in p for p in phones)  # a number mixed with text is its digits


def test_the_sample_is_a_seeded_reservoir_over_the_whole_sheet(tmp_path: Path) -> None:
    _export(tmp_path / "big.xlsx", rows=400)
    connector = connector_for(str(tmp_path / "big.xlsx"))
    ref = next(iter(connector.datasets()))
    one = connector.sample(ref, SampleOptions(rows=50, seed=7))
    again = connector.sample(ref, SampleOptions(rows=50, seed=7))
    assert one.sampled_rows == 50 and one.row_count == 400
    ids = one.fields[0].values.to_pylist()
    assert ids == again.fields[0].values.to_pylist()
    assert max(ids) > "2024000000000200"  # not the first rows only


def test_sheets_of_a_workbook_are_datasets_of_their_own_and_empty_ones_are_skipped(tmp_path: Path) -> None:
    _export(tmp_path / "report.xlsx", extra_sheets={"会员": [["姓名", "手机号"], ["王芳", "13912345678"]], "Sheet3": []})
    names = sorted(ref.name for ref in connector_for(str(tmp_path)).datasets())
    assert names == ["report.xlsx/会员", "report.xlsx/订单明细"]


def test_a_broken_workbook_is_one_clear_error_and_the_scan_goes_on(tmp_path: Path) -> None:
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with zipfile.ZipFile(tmp_path / "notabook.xlsx", "w") as archive:  # a zip, but no workbook inside
        archive.writestr("hello.txt", "x")
    (tmp_path / "ok.csv").write_text("id,email\n1,a@example.com\n")
    result = scan([str(tmp_path)])
    assert "ok.csv" in result.classified
    for name in ("broken.xlsx", "notabook.xlsx"):
        errors = [e for e in result.errors if name in e.dataset]
        assert len(errors) == 1 and "not a readable Excel workbook" in errors[0].message


def test_the_columns_of_an_export_are_classified(tmp_path: Path) -> None:
    _export(tmp_path / "orders.xlsx", rows=80)
    result = scan([str(tmp_path)])
    best = {r.sample.path: r.best() for r in result.classified["orders.xlsx"]}
    assert best["联系电话"].entity == "PHONE_NUMBER" and best["收货人姓名"].entity == "PERSON"


@pytest.mark.parametrize(("rows", "index"), [
    ([("导出时间：2024-12-31",), ("姓名", "手机", "城市"), ("王芳", 139, "杭州")], 1),
    ([("姓名", "手机", "城市"), ("王芳", 139, "杭州")], 0),
    ([("报表",), (None,), ("id", "name"), (1, "x")], 2),
])
def test_the_header_is_the_first_row_of_text_across_the_table(rows: list[tuple], index: int) -> None:
    assert header_index(rows) == index


def _ledger(path: Path, merged: bool = True) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["设备台账（导出：2024-12-02）"])
    sheet.append(["序号", "使用人", None, "电池", None, "时区"])
    sheet.append([None, "姓名", "手机号", "电量", "状态", None])
    if merged:
        sheet.merge_cells("A1:F1")
        sheet.merge_cells("A2:A3")
        sheet.merge_cells("B2:C2")
        sheet.merge_cells("D2:E2")
        sheet.merge_cells("F2:F3")
    for i in range(30):
        sheet.append([i + 1, ["王芳", "李建国"][i % 2], f"1390000{i:04d}", f"{20 + i}%", ["充电中", "放电中"][i % 2], "Asia/Shanghai"])
    book.save(path)
    return path


def test_a_two_level_merged_header_names_columns_group_dot_sub(tmp_path: Path) -> None:
    connector = connector_for(str(_ledger(tmp_path / "台账.xlsx")))
    sample = connector.sample(next(iter(connector.datasets())), SampleOptions(rows=100))
    assert [f.path for f in sample.fields] == ["序号", "使用人.姓名", "使用人.手机号", "电池.电量", "电池.状态", "时区"]


def test_without_merges_the_row_above_the_header_is_no_group_row(tmp_path: Path) -> None:
    connector = connector_for(str(_ledger(tmp_path / "台账.xlsx", merged=False)))
    sample = connector.sample(next(iter(connector.datasets())), SampleOptions(rows=100))
    assert [f.path for f in sample.fields][1:5] == ["姓名", "手机号", "电量", "状态"]


xlwt = pytest.importorskip("xlwt")


def _legacy_export(path: Path, rows: int = 40) -> Path:
    """An .xls as older admin panels export it: a merged title row, a two-level header, dates."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("会员")
    sheet.write_merge(0, 0, 0, 4, "会员导出（2024-10-01）")
    sheet.write_merge(1, 2, 0, 0, "序号")
    sheet.write_merge(1, 1, 1, 2, "会员")
    sheet.write_merge(1, 1, 3, 4, "设备")
    for column, name in enumerate(["姓名", "手机号", "型号", "注册时间"], start=1):
        sheet.write(2, column, name)
    dates = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm")
    for i in range(rows):
        sheet.write(3 + i, 0, i + 1)
        sheet.write(3 + i, 1, ["王芳", "李建国", "张伟"][i % 3])
        sheet.write(3 + i, 2, 13800000000 + i * 7919)  # a phone typed as a number
        sheet.write(3 + i, 3, ["HUAWEI Mate 60 Pro", "Xiaomi 14", "OPPO Find X7"][i % 3])
        sheet.write(3 + i, 4, datetime(2024, 10, 1, 8, i % 60), dates)
    book.add_sheet("空白")
    book.save(str(path))
    return path


def test_a_legacy_xls_export_is_read_with_its_two_level_header_and_classified(tmp_path: Path) -> None:
    path = _legacy_export(tmp_path / "会员导出.xls")
    connector = connector_for(str(path))
    refs = list(connector.datasets())
    assert [ref.name for ref in refs] == ["会员导出.xls"]  # the empty sheet is no dataset
    sample = connector.sample(refs[0], SampleOptions(rows=100))
    fields = {f.path: f for f in sample.fields}
    assert list(fields) == ["序号", "会员.姓名", "会员.手机号", "设备.型号", "设备.注册时间"]
    assert sample.row_count == sample.sampled_rows == 40
    assert pa.types.is_integer(fields["会员.手机号"].values.type)
    assert pa.types.is_timestamp(fields["设备.注册时间"].values.type)
    result = scan([str(tmp_path)])
    best = {r.sample.path: r.best() for r in result.classified["会员导出.xls"]}
    assert best["会员.手机号"].entity == "PHONE_NUMBER" and best["会员.姓名"].entity == "PERSON"


def test_a_broken_xls_is_one_clear_error_and_the_scan_goes_on(tmp_path: Path) -> None:
    (tmp_path / "broken.xls").write_bytes(b"\xd0\xcf\x11\xe0 not really a workbook" * 40)
    _legacy_export(tmp_path / "good.xls")
    result = scan([str(tmp_path)])
    assert [e.dataset for e in result.errors] == ["broken.xls"]
    assert "xls" in result.errors[0].message and "王芳" not in result.errors[0].message
    assert "good.xls" in result.classified
