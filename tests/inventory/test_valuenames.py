"""Dataset names that are values (a file per user: `users/alice@example.com.json`,
`export_13800138000.csv`): the catalog holds their masked name and a location pattern, never the
value; data-map globs still match them and a subject-rights plan still serves the files."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from catalog.rights import is_pattern, rights_plan
from inventory.cli import cli
from inventory.rights import access, execute
from inventory.valuenames import dataset_name, holds_values, masked_location, masked_name


@pytest.mark.parametrize(("name", "shown", "location"), [
    ("users/alice@example.com.json", "users/a***@e***.com.json", "/d/users/*@*.json"),
    ("export_13800138000.csv", "export_1**********.csv", "/d/export_???????????.csv"),
    ("calls_+14155550133.csv", "calls_+1**********.csv", "/d/calls_+*.csv"),
    ("10.1.2.3/access.log", "10.1.2.x/access.log", "/d/*.*.*.*/access.log"),
    ("13800138000/orders.parquet", "1**********/orders.parquet", "/d/???????????/orders.parquet"),
    ("shop.db/user_13800138000", "shop.db/user_1**********", "/d/shop.db/user_???????????"),
])
def test_a_value_in_a_name_is_masked_and_its_location_is_a_glob(name, shown, location):
    assert masked_name(name) == shown
    assert masked_location("/d/" + name) == location
    assert holds_values(name) and is_pattern(location)


@pytest.mark.parametrize("name", [
    "events_20240101.json", "dump_1701234567.csv", "backup-202401011230.csv", "logs/app.log.1.gz",
    "backup-2024-01-01-1230.csv", "session_550e8400-e29b-41d4-a716-446655440000.json",
    "seattle_weather.csv", "wild4/chinook.db", "report.2024.csv", "zh/会员导出.csv", "dt=2024-01-01/part-0.parquet",
])
def test_times_uuids_and_words_are_no_values(name):
    assert masked_name(name) == name and masked_location("/d/" + name) == "/d/" + name
    assert not holds_values(name)


def _scan(folder: Path, catalog: Path) -> None:
    result = CliRunner().invoke(cli, ["scan", str(folder), "--catalog", str(catalog), "-q"],
                                catch_exceptions=False)
    assert result.exit_code in (0, 1, 3), result.output  # 3: a file could not be read


def _catalog_text(catalog: Path) -> str:
    """Every text cell of every table of the catalog."""
    con = duckdb.connect(str(catalog), read_only=True)
    try:
        tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_type = 'BASE TABLE'").fetchall()]
        return "\n".join(str(row) for t in tables for row in con.execute(f'SELECT * FROM "{t}"').fetchall())
    finally:
        con.close()


@pytest.fixture()
def per_user(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    (data / "users").mkdir(parents=True)
    (data / "users" / "alice.smith@example.com.ndjson").write_text(
        '{"email": "alice.smith@example.com", "plan": "pro", "phone": "+1 415 555 0133"}\n')
    (data / "users" / "anna.jones@example.com.ndjson").write_text(
        '{"email": "anna.jones@example.com", "plan": "free", "phone": "+1 415 555 0177"}\n'
        '{"email": "bob.brown@example.org", "plan": "free", "phone": "+1 415 555 0199"}\n')
    (data / "export_13800138000.csv").write_text("phone,amount\n13800138000,3\n13800138000,4\n")
    (data / "broken_13912345678.parquet").write_bytes(b"not a parquet file")
    catalog = tmp_path / "datamap.duckdb"
    _scan(data, catalog)
    return data, catalog


def test_the_catalog_holds_no_value_of_a_dataset_name(per_user):
    data, catalog = per_user
    text = _catalog_text(catalog)
    for raw in ("alice.smith", "anna.jones", "13800138000", "13912345678"):
        assert raw not in text
    con = duckdb.connect(str(catalog), read_only=True)
    names = {row[0]: row[1] for row in con.execute("SELECT dataset, location FROM datasets").fetchall()}
    errors = con.execute("SELECT dataset, message FROM scan_errors").fetchall()
    con.close()
    assert names == {"export_1**********.csv": f"{data}/export_???????????.csv",
                     "users/a***@e***.com.ndjson": f"{data}/users/*@*.ndjson",
                     "users/a***@e***.com.ndjson#2": f"{data}/users/*@*.ndjson"}
    assert [dataset for dataset, _ in errors] == ["broken_1**********.parquet"]


def test_a_rescan_reuses_the_masked_datasets(per_user):
    data, catalog = per_user
    _scan(data, catalog)
    con = duckdb.connect(str(catalog), read_only=True)
    reused = con.execute("SELECT count(*) FROM datasets WHERE scan_id = 2 AND reused_from = 1").fetchall()[0][0]
    con.close()
    assert reused == 3


def test_a_rights_plan_serves_a_file_per_person_through_its_pattern(per_user):
    data, catalog = per_user
    plan = rights_plan(catalog, "contact.email")
    [users] = [d for d in plan.served if d.dataset.startswith("users/")]
    assert users.shared == 2 and users.location == f"{data}/users/*@*.ndjson"
    assert "alice" not in plan.format()
    exports = access(plan, "anna.jones@example.com")
    assert [row["plan"] for export in exports.datasets for row in export.rows] == ["free"]
    # delete: the subject's own file goes (its name is theirs); a shared file loses their row
    execute(plan, "alice.smith@example.com", "delete")
    execute(plan, "bob.brown@example.org", "delete")
    assert sorted(p.name for p in (data / "users").iterdir()) == ["anna.jones@example.com.ndjson"]
    assert "bob" not in (data / "users" / "anna.jones@example.com.ndjson").read_text()


def test_a_database_s_own_name_is_the_operator_s_and_kept():
    """`<source>/<schema>.<table>`: a value in the table's name is masked, the source's name (a
    database called `incr_40092790368616` by a test) is not data."""
    assert dataset_name("incr_40092790368616/public.users", "incr_40092790368616") is None
    assert dataset_name("shop/public.user_13800138000", "shop") == "shop/public.user_1**********"
    assert dataset_name("users/alice@example.com.json", "/data") == "users/a***@e***.com.json"
