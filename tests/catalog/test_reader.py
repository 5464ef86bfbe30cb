"""The read API: read-only access, clear errors, views by name."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from catalog.reader import REVIEW_VIEWS, CatalogError, open_catalog, read_view, run_sql, scan_diff, scan_ids


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="no such catalog"):
        with open_catalog(tmp_path / "nope.duckdb"):
            pass


def test_a_duckdb_file_that_is_not_a_catalog(tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(CatalogError, match="not a datamap catalog"):
        with open_catalog(other):
            pass


def test_a_file_that_is_not_duckdb(tmp_path: Path) -> None:
    text = tmp_path / "notes.duckdb"
    text.write_text("hello\n" * 100)
    with pytest.raises(CatalogError, match="not a DuckDB catalog"):
        with open_catalog(text):
            pass


def test_reads_but_never_writes(two_scan_catalog: Path) -> None:
    with open_catalog(two_scan_catalog) as con:
        assert scan_ids(con) == [1, 2]
        with pytest.raises(CatalogError, match="read-only"):
            run_sql(con, "DELETE FROM scans")
        assert scan_ids(con) == [1, 2]


def test_sql_errors_are_one_line(two_scan_catalog: Path) -> None:
    with open_catalog(two_scan_catalog) as con:
        with pytest.raises(CatalogError) as info:
            run_sql(con, "SELECT nosuchcolumn FROM scans")
    assert "nosuchcolumn" in str(info.value) and "\n" not in str(info.value)


def test_parameters(two_scan_catalog: Path) -> None:
    with open_catalog(two_scan_catalog) as con:
        table = run_sql(con, "SELECT field FROM field_inventory WHERE category = ? ORDER BY field", ["contact.email"])
    assert table.column("field").to_pylist() == ["email", "mail"]


def test_views_and_tables_by_name(two_scan_catalog: Path) -> None:
    with open_catalog(two_scan_catalog) as con:
        for name in REVIEW_VIEWS:
            assert read_view(con, name).num_columns > 0
        assert read_view(con, "scans").num_rows == 2
        with pytest.raises(CatalogError, match="unknown view 'secrets'"):
            read_view(con, "secrets")


def test_scan_diff_checks_scan_ids(two_scan_catalog: Path) -> None:
    with open_catalog(two_scan_catalog) as con:
        assert scan_diff(con, 1, 2).num_rows == 10
        with pytest.raises(CatalogError, match="no scan 7"):
            scan_diff(con, 1, 7)
