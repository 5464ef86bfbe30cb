"""`explain` and the `datamap eval` / `datamap explain` commands over a real scan."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from catalog.writer import write_scan
from classifiers.explain import ExplainError, explain
from inventory.cli import cli
from inventory.scan import scan


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    root = tmp_path_factory.mktemp("scan")
    (root / "data").mkdir()
    rows = [f"{10_000 + i},user{i}@example.com,4111 1111 1111 1111,{i % 5}" for i in range(40)]
    (root / "data" / "people.csv").write_text("user_id,email,card_number,n\n" + "\n".join(rows) + "\n")
    mobiles = [f"1380013{i:04d},{i}" for i in range(40)]
    (root / "data" / "yonghu.csv").write_text("收货人手机号,sl\n" + "\n".join(mobiles) + "\n", encoding="utf-8")
    # a vendor export with generated column names: model, carrier, a 16-hex id and a level beside a flag
    models = ["SM-G991B", "Pixel 7", "iPhone 14", "moto g54 5G", "V2227A"]
    carriers = ["Verizon", "T-Mobile", "Vodafone", "Orange", "NTT DOCOMO"]
    export = [f"{(i + 1) * 0x9E3779B97F4A7C15 % 2**64:016x},{models[i % 5]},{carriers[i % 3]},0.{10 + i},{i % 2 == 0}" for i in range(40)]
    (root / "data" / "export.csv").write_text("c01,c02,c03,c04,c05\n" + "\n".join(export) + "\n")
    (root / "data" / "dingdan.csv").write_text("shrsjh\n" + "\n".join(f"1390013{i:04d}" for i in range(40)) + "\n")
    # upper-case pinyin initials: `HY` (行业, the policy's word for industry) beside `SJH` and `SFZH`
    industries = ["制造业", "金融业", "教育", "批发和零售业", "建筑业"]
    (root / "data" / "YH_JBXX.csv").write_text("SJH,SFZH,HY\n" + "\n".join(
        f"1360013{i:04d},x,{industries[i % 5]}" for i in range(40)) + "\n", encoding="utf-8")
    with sqlite3.connect(root / "data" / "kefu.db") as conn:  # a column told only by its Chinese comment
        conn.execute("CREATE TABLE gongdan (c4 TEXT -- 联系电话\n)")
        conn.executemany("INSERT INTO gongdan VALUES (?)", [(f"1370013{i:04d}",) for i in range(40)])
    path = str(root / "c.duckdb")
    write_scan(path, scan([str(root / "data")]))
    (root / "labels.csv").write_text("dataset,field,category\npeople.csv,user_id,account.id\n"
                                     "people.csv,email,contact.email\npeople.csv,card_number,financial.payment_card\n"
                                     "people.csv,n,none\n")
    return root


def test_explain_prints_every_candidate_with_its_signals(catalog):
    text = explain(catalog / "c.duckdb", "people", "card_number")
    assert text.startswith("people.csv . card_number")
    assert "CREDIT_CARD -> financial.payment_card" in text and "ACCEPTED" in text
    assert "name 'card_number' has 'card number'" in text
    assert "validator accepted 40/40" in text
    assert "4111" not in text.replace("4***", "")


def test_explain_shows_chinese_words_and_their_concepts(catalog):
    text = explain(catalog / "c.duckdb", "yonghu", "收货人手机号")
    assert "name words: 收货人手机号: 收货人 (han) -> recipient | 手机号 (han) -> mobile number" in text
    assert "PHONE_NUMBER -> profile.phone_number" in text and "ACCEPTED" in text


def test_explain_shows_the_neighbours_that_decided_a_name_silent_field(catalog):
    text = explain(catalog / "c.duckdb", "export", "c01")
    assert "DEVICE_ID -> device.device_id" in text and "ACCEPTED" in text and "[neighbours]" in text
    assert "table" in text and "first column of 16-hex or upper-case UUID ids in a table that holds" in text
    assert "device model" in text and "mobile carrier" in text
    battery = explain(catalog / "c.duckdb", "export", "c05")
    assert "BATTERY_STATE" in battery and "a battery level and its charging flag" in battery


def test_explain_shows_how_a_pinyin_name_was_read(catalog):
    text = explain(catalog / "c.duckdb", "dingdan", "shrsjh")
    assert "name words: shrsjh: shr (initials) -> recipient | sjh (initials) -> mobile number" in text
    assert "PHONE_NUMBER -> profile.phone_number" in text and "ACCEPTED" in text


def test_explain_shows_two_initials_read_in_a_chinese_table(catalog):
    result = CliRunner().invoke(cli, ["explain", "YH_JBXX.csv", "HY", "--catalog", str(catalog / "c.duckdb")])
    assert result.exit_code == 0, result.output
    assert "name words: hy: hy (initials, in a table of Chinese names) -> industry" in result.output
    assert "INDUSTRY -> profile.industry" in result.output and "ACCEPTED" in result.output


def test_explain_shows_the_words_of_a_chinese_comment(catalog):
    text = explain(catalog / "c.duckdb", "kefu.db/gongdan", "c4")
    assert "name words" not in text  # `c4` says nothing: the comment does
    assert "comment words: 联系电话: 联系电话 (han) -> contact phone" in text
    assert "column comment" in text and "PHONE_NUMBER -> profile.phone_number" in text
    # the table as named before its default schema was left out: the same table
    assert explain(catalog / "c.duckdb", "kefu.db/main.gongdan", "c4") == text


def test_explain_errors(catalog):
    with pytest.raises(ExplainError, match="no field"):
        explain(catalog / "c.duckdb", "people.csv", "nope")
    with pytest.raises(ExplainError, match="no dataset"):
        explain(catalog / "c.duckdb", "other", "email")
    with pytest.raises(ExplainError, match="no catalog"):
        explain(catalog / "missing.duckdb", "people", "email")


def test_eval_command(catalog):
    result = CliRunner().invoke(cli, ["eval", str(catalog / "labels.csv"), "--catalog", str(catalog / "c.duckdb")])
    assert result.exit_code == 0, result.output
    assert "macro_f1=1.000 accuracy=1.000 pii_precision=1.000 pii_recall=1.000 coverage=1.000" in result.output
    assert "financial.payment_card" in result.output


def test_explain_command(catalog):
    runner = CliRunner()
    result = runner.invoke(cli, ["explain", "people.csv", "email", "--catalog", str(catalog / "c.duckdb")])
    assert result.exit_code == 0 and "EMAIL_ADDRESS -> contact.email" in result.output
    missing = runner.invoke(cli, ["explain", "people.csv", "nope", "--catalog", str(catalog / "c.duckdb")])
    assert missing.exit_code == 2 and "error:" in missing.output


def test_a_path_never_stands_for_a_file_of_the_same_name_elsewhere(tmp_path):
    (tmp_path / "data" / "a").mkdir(parents=True)
    (tmp_path / "data" / "a" / "users.csv").write_text("email\n" + "\n".join(f"u{i}@example.com" for i in range(20)))
    catalog = tmp_path / "c.duckdb"
    CliRunner().invoke(cli, ["scan", str(tmp_path / "data"), "--catalog", str(catalog), "-q"])
    assert explain(catalog, "a/users.csv", "email").startswith("a/users.csv . email")
    assert explain(catalog, "users", "email").startswith("a/users.csv . email")  # a bare name: the only one
    with pytest.raises(ExplainError, match="no dataset 'b/users.csv'"):
        explain(catalog, "b/users.csv", "email")


def test_the_help_example_explains_a_dataset_of_the_demo(tmp_path):
    from inventory.cli.scan_commands import explain as explain_command

    example = next(line.strip() for line in explain_command.help.splitlines() if line.strip().startswith("datamap explain"))
    _, _, dataset, field, *_ = example.split()
    catalog = tmp_path / "datamap.duckdb"
    CliRunner().invoke(cli, ["demo", "--catalog", str(catalog), "--data-dir", str(tmp_path / "demo"), "--rows", "50"])
    assert explain(catalog, dataset, field).startswith(f"{dataset} . {field}")
