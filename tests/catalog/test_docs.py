"""docs/catalog.md and docs/reviewers.md: every SQL example runs on a real catalog; every table,
view and macro of the catalog is documented in catalog.md."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from catalog.reader import open_catalog, run_sql
from inventory.cli import cli

DOCS = Path(__file__).resolve().parents[2] / "docs"
TEXT = (DOCS / "catalog.md").read_text(encoding="utf-8")
SQL_BLOCKS = [block for doc in ("catalog.md", "reviewers.md")
              for block in re.findall(r"```sql\n(.*?)```", (DOCS / doc).read_text(encoding="utf-8"), flags=re.S)]


def test_the_doc_has_examples() -> None:
    assert len(SQL_BLOCKS) >= 23


@pytest.mark.parametrize("sql", SQL_BLOCKS, ids=[f"{i}:{s.split(chr(10))[0][:50]}" for i, s in enumerate(SQL_BLOCKS)])
def test_every_sql_example_runs(two_scan_catalog: Path, sql: str) -> None:
    with open_catalog(two_scan_catalog) as con:
        run_sql(con, sql)


def test_every_table_view_and_macro_is_documented(two_scan_catalog: Path) -> None:
    with open_catalog(two_scan_catalog) as con:
        names = run_sql(con, """
            SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = 'main'
            UNION SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal
            UNION SELECT function_name FROM duckdb_functions()
                  WHERE schema_name = 'main' AND function_type IN ('macro', 'table_macro') AND NOT internal
        """).column("name").to_pylist()
    headings = set(re.findall(r"^### `([a-z_]+)`", TEXT, flags=re.M))
    assert len(names) >= 19
    assert sorted(set(names) - headings) == []


def test_the_reviewer_guide_names_only_real_commands() -> None:
    guide = (DOCS / "reviewers.md").read_text(encoding="utf-8")
    used = set(re.findall(r"^datamap ([a-z]+)", guide, flags=re.M)) | set(re.findall(r"`datamap ([a-z]+)", guide))
    assert {"demo", "report", "show", "query", "export"} <= used
    assert used <= set(cli.commands)
