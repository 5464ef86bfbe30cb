"""The catalog: one transaction per scan, history by scan id, field_inventory and statuses."""
from __future__ import annotations

import duckdb
import pytest

from catalog.datamap import parse_datamap
from catalog.policy import load_policy
from catalog.writer import write_scan
from inventory.scan import scan

DATAMAP = """
version: 1
datasets:
  - dataset: people.csv
    purposes: [account]
    retention: P2Y
    basis: service
    fields:
      - {field: email, category: contact.email}
      - {field: ip, category: device.user_agent}
      - {field: gone_column, category: account.id}
      - {field: note, category: none}
"""


@pytest.fixture()
def data_dir(tmp_path):
    rows = [f"user{i}@example.com,203.0.113.{i % 250 + 1},hello {i},{i}" for i in range(60)]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "people.csv").write_text("email,ip,note,n\n" + "\n".join(rows) + "\n")
    return tmp_path / "data"


def inventory(catalog: str) -> dict[str, tuple]:
    con = duckdb.connect(catalog, read_only=True)
    rows = con.execute("SELECT field, category, status, declared_category, purposes, retention, examples "
                       "FROM field_inventory").fetchall()
    con.close()
    return {r[0]: r[1:] for r in rows}


def test_statuses_follow_the_declarations(data_dir, tmp_path):
    policy = load_policy()
    result = scan([str(data_dir)], policy=policy, datamap=parse_datamap(DATAMAP, policy=policy))
    catalog = str(tmp_path / "c.duckdb")
    write_scan(catalog, result)
    rows = inventory(catalog)
    assert rows["email"][:3] == ("contact.email", "declared", "contact.email")
    assert rows["email"][3] == ["account"] and rows["email"][4] == "P2Y"
    assert rows["ip"][:3] == ("device.ip_address", "mismatch", "device.user_agent")
    assert rows["note"][:2] == (None, "not_personal")
    assert rows["n"][:2] == (None, "not_personal")


def test_undeclared_without_a_data_map_and_no_raw_values(data_dir, tmp_path):
    catalog = str(tmp_path / "c.duckdb")
    write_scan(catalog, scan([str(data_dir)]))
    rows = inventory(catalog)
    assert rows["email"][1] == "undeclared"
    con = duckdb.connect(catalog, read_only=True)
    dump = " ".join(str(r) for t in ("detections", "fields", "datasets", "scan_errors")
                    for r in con.execute(f"SELECT * FROM {t}").fetchall())
    assert "user1@example.com" not in dump and "203.0.113.7" not in dump
    assert all("***" in e for e in rows["email"][5])


def test_scans_accumulate_and_the_view_reads_the_latest(data_dir, tmp_path):
    catalog = str(tmp_path / "c.duckdb")
    first = write_scan(catalog, scan([str(data_dir)]))
    (data_dir / "more.csv").write_text("ip\n198.51.100.1\n198.51.100.2\n")
    second = write_scan(catalog, scan([str(data_dir)]))
    assert (first, second) == (1, 2)
    con = duckdb.connect(catalog, read_only=True)
    assert con.execute("SELECT count(DISTINCT dataset) FROM fields WHERE scan_id = 1").fetchall() == [(1,)]
    assert con.execute("SELECT count(DISTINCT dataset) FROM field_inventory").fetchall() == [(2,)]


def test_a_scan_that_dies_while_writing_leaves_the_catalog_intact(data_dir, tmp_path, monkeypatch):
    catalog = str(tmp_path / "c.duckdb")
    write_scan(catalog, scan([str(data_dir)]))
    before = inventory(catalog)

    import catalog.writer as writer

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    result = scan([str(data_dir)])
    monkeypatch.setattr(writer, "_insert", explode)
    with pytest.raises(RuntimeError):
        write_scan(catalog, result)
    con = duckdb.connect(catalog, read_only=True)
    assert con.execute("SELECT max(scan_id) FROM scans").fetchall() == [(1,)]
    con.close()
    assert inventory(catalog) == before


def test_scan_errors_are_recorded(tmp_path):
    (tmp_path / "ok.csv").write_text("a\n1\n")
    (tmp_path / "bad.json").write_text("{oops")
    result = scan([str(tmp_path)])
    catalog = str(tmp_path / "c.duckdb")
    write_scan(catalog, result)
    con = duckdb.connect(catalog, read_only=True)
    assert con.execute("SELECT dataset, stage FROM scan_errors").fetchall() == [("bad.json", "read")]
    assert con.execute("SELECT errors, datasets FROM scans").fetchall() == [(1, 1)]


def test_policy_tables_hold_clauses_and_undisclosed_categories(data_dir, tmp_path):
    catalog = str(tmp_path / "c.duckdb")
    write_scan(catalog, scan([str(data_dir)]))
    con = duckdb.connect(catalog, read_only=True)
    clauses = dict(con.execute("SELECT category, clause FROM policy_categories").fetchall())
    assert clauses["device.ip_address"] == "5.3" and clauses["contact.email"] is None
    assert len(clauses) == 30
    kinds = dict(con.execute("SELECT kind, count(*) FROM policy_terms GROUP BY kind").fetchall())
    assert kinds == {"purpose": 6, "retention_basis": 4, "consent": 4}
    # PIPL: sensitive categories, separate consents, and the cited clauses in both languages
    sensitive = {c for (c,) in con.execute("SELECT category FROM policy_categories WHERE sensitive").fetchall()}
    assert {"identity.government_id", "location.precise"} <= sensitive and "device.ip_address" not in sensitive
    texts = dict(con.execute("SELECT clause, text_zh FROM policy_clauses").fetchall())
    assert texts["5.3"].startswith("技术信息")


def test_a_dataset_that_fails_keeps_its_previous_results(data_dir, tmp_path):
    catalog = str(tmp_path / "c.duckdb")
    write_scan(catalog, scan([str(data_dir)]))
    (data_dir / "other.csv").write_text("n\n1\n")
    write_scan(catalog, scan([str(data_dir)]))
    # people.csv becomes unreadable, other.csv is deleted
    (data_dir / "people.csv").write_bytes(b"\x00\x01" * 3000)
    (data_dir / "other.csv").unlink()
    third = scan([str(data_dir)])
    assert [e.dataset for e in third.errors] == ["people.csv"]
    write_scan(catalog, third)
    con = duckdb.connect(catalog, read_only=True)
    rows = con.execute("SELECT dataset, scan_id, stale FROM current_datasets").fetchall()
    assert rows == [("people.csv", 2, True)]
    assert ("email", "contact.email") in con.execute("SELECT field, category FROM field_inventory").fetchall()
