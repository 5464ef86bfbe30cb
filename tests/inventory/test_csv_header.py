"""Which line of a CSV is its header: no row of data may become the column names the catalog keeps."""
from __future__ import annotations

import gzip

import duckdb
from click.testing import CliRunner

from inventory.cli import EXIT_OK, cli
from inventory.connectors import SampleOptions, connector_for

USER_AGENTS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Edg/123.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile",
]
PROFILES = [
    "25/7.1.1; 440dpi; 1080x1920; Xiaomi; Mi Note 3; jason; qcom",
    "23/6.0.1; 480dpi; 1080x1920; Xiaomi; Redmi Note 3; kenzo; qcom",
    "26/8.0.0; 420dpi; 1080x2160; samsung; SM-G930F; herolte; samsungexynos8890",
]
PEOPLE = [
    "1,Bob Smith,bob.smith@example.com,+1 415 555 0100",
    "2,Ann Lee,ann.lee@example.org,+1 415 555 0199",
    "3,Joe Park,joe.park@example.net,+1 415 555 0142",
]


def read(path) -> tuple[list[str], list]:
    connector = connector_for(str(path))
    sample = connector.sample(next(iter(connector.datasets())), SampleOptions(rows=100, seed=1))
    return [f.path for f in sample.fields], sorted(sample.fields[0].values.to_pylist())


def test_a_one_column_file_whose_values_hold_commas_keeps_its_header(tmp_path):
    (tmp_path / "agents.csv").write_text("user_agent\n" + "\n".join(USER_AGENTS) + "\n")
    names, values = read(tmp_path / "agents.csv")
    assert names == ["user_agent"]
    assert values == sorted(USER_AGENTS)  # every record, none taken for the header


def test_a_one_column_file_whose_values_hold_semicolons_keeps_its_header(tmp_path):
    with gzip.open(tmp_path / "device_profiles.csv.gz", "wt") as handle:  # compressed too
        handle.write("device\n" + "\n".join(PROFILES) + "\n")
    names, values = read(tmp_path / "device_profiles.csv.gz")
    assert names == ["device"]
    assert values == sorted(PROFILES)


def test_a_file_without_a_header_is_read_as_records(tmp_path):
    (tmp_path / "people.csv").write_text("\n".join(PEOPLE) + "\n")
    names, values = read(tmp_path / "people.csv")
    assert names == ["column0", "column1", "column2", "column3"]
    assert values == [1, 2, 3]


def test_excels_separator_hint_is_no_header(tmp_path):
    (tmp_path / "kunden.csv").write_text("sep=;\nid;email\n1;a@example.com\n2;b@example.com\n")
    names, values = read(tmp_path / "kunden.csv")
    assert names == ["id", "email"]
    assert values == [1, 2]


def test_a_title_line_above_a_header_stays_skipped(tmp_path):
    (tmp_path / "export.csv").write_text("Users export\nid;name;email\n1;Bob;b@example.com\n2;Ann;a@example.com\n")
    names, _ = read(tmp_path / "export.csv")
    assert names == ["id", "name", "email"]


def test_headers_of_years_stay_headers(tmp_path):
    # DuckDB's type-based sniffer calls this header data (its cells parse as the columns' types)
    (tmp_path / "fertility.csv").write_text("Country Name,Country Code,1960,1990\nAruba,ABW,4.82,2.36\n"
                                            "Angola,AGO,6.71,7.18\nAlbania,ALB,6.49,2.98\n")
    names, _ = read(tmp_path / "fertility.csv")
    assert names == ["Country Name", "Country Code", "1960", "1990"]


def test_no_record_of_a_headerless_file_reaches_the_catalog(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "people.csv").write_text("\n".join(PEOPLE) + "\n")
    (tmp_path / "data" / "agents.csv").write_text("ua\n" + "\n".join(USER_AGENTS) + "\n")
    catalog = tmp_path / "catalog.duckdb"
    result = CliRunner().invoke(cli, ["scan", str(tmp_path / "data"), "--catalog", str(catalog), "-q"])
    assert result.exit_code == EXIT_OK, result.output
    con = duckdb.connect(str(catalog), read_only=True)
    fields = {row[0] for row in con.execute("SELECT field FROM field_inventory").fetchall()}
    categories = {row[0] for row in con.execute("SELECT category FROM field_inventory").fetchall()}
    con.close()
    assert fields == {"column0", "column1", "column2", "column3", "ua"}
    assert {"contact.email", "profile.phone_number", "device.user_agent"} <= categories


def test_excels_merged_title_row_above_the_header_is_skipped(tmp_path):
    # Excel's "CSV UTF-8" of a sheet whose title is merged across the columns: the title in the
    # first cell, the others empty, so the line is as wide as the header below it
    rows = ["幸福里社区居民信息登记表（2024年11月）,,,,", "序号,姓名,年龄(岁),联系电话,备注",
            "1,郭波,59,19013897627,", "2,慕容文,31,13658347092,租户", "合计：2人,,,,"]
    (tmp_path / "居民.csv").write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))
    names, _ = read(tmp_path / "居民.csv")
    assert names == ["序号", "姓名", "年龄(岁)", "联系电话", "备注"]


def test_a_header_whose_later_cells_are_empty_is_no_title(tmp_path):
    # a real header may leave trailing names empty; its first line is kept when the next line is data
    (tmp_path / "t.csv").write_text("id,,\n1,a,b\n2,c,d\n")
    names, _ = read(tmp_path / "t.csv")
    assert names[0] == "id"
