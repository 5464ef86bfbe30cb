"""`evaluate`: the benchmark scorer's figures, from labels and a catalog's field_inventory."""
from __future__ import annotations

import duckdb
import pytest

from classifiers.evaluate import EvaluationError, dataset_key, evaluate, field_key

LABELS = """dataset,field,category
users.parquet,user_id,account.id
users.parquet,email,contact.email
users.parquet,plan,none
users.parquet,referrer,behavioral|none
events.ndjson,$.context.ip,device.ip_address
events.ndjson,items[].sku,none
events.ndjson,gone,contact.email
app.log,*,contact.email
app.log,*,device.ip_address
"""

# (dataset, field, category, confidence): one row per field and accepted category
ROWS = [
    ("data/users.parquet", "user_id", "account.id", 0.9),
    ("data/users.parquet", "email", "contact.email", 0.97),
    ("data/users.parquet", "plan", "profile.identity", 0.6),  # a false positive
    ("data/users.parquet", "referrer", None, None),  # `none` is acceptable here
    ("data/events.ndjson.gz", "context.ip", None, None),  # a miss
    ("data/events.ndjson.gz", "items.sku", None, None),
    ("logs/app.log", "message", "contact.email", 0.8),
    ("logs/app.log", "message", "account.id", 0.7),  # not labelled for the log: an extra
]


@pytest.fixture()
def files(tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_text(LABELS)
    catalog = tmp_path / "c.duckdb"
    con = duckdb.connect(str(catalog))
    con.execute("CREATE TABLE field_inventory (dataset VARCHAR, field VARCHAR, category VARCHAR, confidence DOUBLE)")
    con.executemany("INSERT INTO field_inventory VALUES (?, ?, ?, ?)", ROWS)
    con.close()
    return labels, catalog


def test_figures(files):
    report = evaluate(*files)
    assert report.fields == 7 and report.missing == 1
    assert report.coverage == pytest.approx(6 / 7)
    assert report.correct == 4  # user_id, email, referrer, sku
    assert report.categories["account.id"].tp == 1
    assert report.categories["profile.identity"].fp == 1
    assert report.categories["device.ip_address"].fn == 1
    assert report.categories["contact.email"].fn == 1  # the missing field
    # macro-F1 over the labelled categories: account.id 1, contact.email 2/3, device.ip_address 0
    assert report.macro_f1 == pytest.approx((1 + 2 / 3 + 0) / 3)
    # binary: tp user_id, email; fp plan; fn context.ip, gone; referrer is ambiguous and skipped
    assert report.pii.precision == pytest.approx(2 / 3)
    assert report.pii.recall == pytest.approx(2 / 4)
    assert report.log_recall == pytest.approx(1 / 2)
    assert report.dataset_level_extra == 1


def test_format_lists_categories_errors_and_the_summary(files):
    text = evaluate(*files).format()
    assert "profile.identity" in text
    assert "WRONG    users.plan: got profile.identity, want none" in text
    assert "MISSING  events.gone" in text
    assert "LOG-MISS app: device.ip_address" in text
    assert "LOG-EXTRA app: account.id" in text
    assert text.splitlines()[-1].startswith("macro_f1=0.556 accuracy=0.571 pii_precision=0.667 pii_recall=0.500")
    assert evaluate(*files).format(verbose=False).count("\n") == 0


def test_the_best_row_of_a_field_wins(tmp_path):
    labels = tmp_path / "l.csv"
    labels.write_text("dataset,field,category\nt.csv,body,user_content|contact.email\n")
    catalog = tmp_path / "c.duckdb"
    con = duckdb.connect(str(catalog))
    con.execute("CREATE TABLE field_inventory AS SELECT * FROM (VALUES ('t.csv', 'body', 'user_content', 0.9), "
                "('t.csv', 'body', 'contact.email', 0.8)) v(dataset, field, category, confidence)")
    con.close()
    report = evaluate(labels, catalog)
    assert report.categories["user_content"].tp == 1 and report.accuracy == 1.0


@pytest.mark.parametrize(("name", "key"), [("logs/app.ndjson.gz", "app"), ("Users.PARQUET", "users"),
                                           ("a\\b\\c.csv", "c")])
def test_dataset_keys(name, key):
    assert dataset_key(name) == key


@pytest.mark.parametrize(("name", "key"), [("$.a.b", "a.b"), ("items[].sku", "items.sku"), ("x[*]", "x")])
def test_field_keys(name, key):
    assert field_key(name) == key


def test_clear_errors(tmp_path, files):
    labels, catalog = files
    with pytest.raises(EvaluationError, match="no catalog"):
        evaluate(labels, tmp_path / "none.duckdb")
    with pytest.raises(EvaluationError, match="cannot read labels"):
        evaluate(tmp_path / "none.csv", catalog)
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(EvaluationError, match="dataset, field, category"):
        evaluate(bad, catalog)
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(EvaluationError, match="field_inventory"):
        evaluate(labels, empty)


def test_a_catalog_without_confidences(tmp_path, files):
    labels, _ = files
    catalog = tmp_path / "plain.duckdb"
    con = duckdb.connect(str(catalog))
    con.execute("CREATE TABLE field_inventory (dataset VARCHAR, field VARCHAR, category VARCHAR)")
    con.executemany("INSERT INTO field_inventory VALUES (?, ?, ?)", [r[:3] for r in ROWS])
    con.close()
    assert evaluate(labels, catalog).summary() == evaluate(*files).summary()
