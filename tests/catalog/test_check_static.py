"""Static mode: migrations in PostgreSQL, MySQL and Snowflake dialects and a dbt project."""
from __future__ import annotations

import pytest

from catalog.checks import EXIT_CLEAN, EXIT_VIOLATIONS, check
from catalog.checks.static import columns_from_dbt, columns_from_sql, read_static, static_check_input
from catalog.datamap import empty_datamap, parse_datamap
from catalog.policy import load_policy

MIGRATIONS = {
    "postgres": """-- 0007_users.sql
CREATE TABLE IF NOT EXISTS public.users (
    id bigserial PRIMARY KEY,
    email citext NOT NULL,
    created_at timestamptz DEFAULT now()
);
COMMENT ON COLUMN public.users.email IS 'login';

ALTER TABLE public.users ADD COLUMN last_login_ip inet, ADD COLUMN IF NOT EXISTS plan text;
""",
    "mysql": """CREATE TABLE `users` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL COMMENT 'login',
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
ALTER TABLE `users` ADD COLUMN `last_login_ip` VARCHAR(45) AFTER `email`, ADD `plan` VARCHAR(20);
""",
    "snowflake": """create or replace table ANALYTICS.PUBLIC.USERS (
    ID number(38,0) autoincrement,
    EMAIL varchar(255) comment 'login',
    CREATED_AT timestamp_ntz
);
alter table ANALYTICS.PUBLIC.USERS add column LAST_LOGIN_IP varchar(45), PLAN varchar;
""",
}


@pytest.mark.parametrize("dialect", sorted(MIGRATIONS))
def test_migrations_yield_created_and_added_columns_with_lines(dialect):
    schema = columns_from_sql(MIGRATIONS[dialect], dialect, f"{dialect}.sql")
    assert schema.errors == []
    names = [(c.table.split(".")[-1].lower(), c.name.lower()) for c in schema.columns]
    assert names == [("users", "id"), ("users", "email"), ("users", "created_at"),
                     ("users", "last_login_ip"), ("users", "plan")]
    by_name = {c.name.lower(): c for c in schema.columns}
    assert by_name["email"].location.line == (4 if dialect == "postgres" else 3)
    assert by_name["last_login_ip"].location.line == (9 if dialect == "postgres" else 7 if dialect == "mysql" else 6)
    assert by_name["last_login_ip"].declared_type == ("INET" if dialect == "postgres" else "VARCHAR(45)")


@pytest.mark.parametrize("dialect", sorted(MIGRATIONS))
def test_undeclared_personal_columns_fail_and_a_declaration_passes(dialect):
    policy = load_policy()
    schema = columns_from_sql(MIGRATIONS[dialect], dialect, "m.sql")
    report = check(static_check_input(schema, empty_datamap(), policy), rules=["DM001"])
    assert report.exit_code == EXIT_VIOLATIONS
    flagged = {(f.field.lower(), f.category) for f in report.findings}
    # the bare key of a table of users is their account id, as in a scan
    assert flagged == {("id", "account.id"), ("email", "contact.email"), ("last_login_ip", "device.ip_address")}
    assert all(f.location.path == "m.sql" for f in report.findings)

    table = schema.columns[0].table.split(".")[-1]  # declared by bare table name, as teams do
    datamap = parse_datamap(
        f"version: 1\ndatasets:\n  - dataset: {table}\n    purposes: [account]\n    retention: P1Y\n"
        f"    basis: service\n    fields:\n"
        f"      - {{field: {schema.columns[0].name}, category: account.id}}\n"
        f"      - {{field: {schema.columns[1].name}, category: contact.email}}\n"
        f"      - {{field: {schema.columns[3].name}, category: device.ip_address}}\n", "datamap.yaml", policy)
    report = check(static_check_input(schema, datamap, policy))
    assert report.exit_code == EXIT_CLEAN, [f.message for f in report.findings]
    assert [f.rule for f in report.findings] == ["DM007"]  # e-mail: a warning, not a failure


def test_a_broken_statement_is_reported_and_the_rest_still_read():
    sql = "CREATE TABLE a (email text);\nALTER TABLE b ADD COLUMN (;\nCREATE TABLE c (client_ip inet);\n"
    schema = columns_from_sql(sql, "postgres", "bad.sql")
    assert [(c.table, c.name) for c in schema.columns] == [("a", "email"), ("c", "client_ip")]
    assert len(schema.errors) == 1
    assert str(schema.errors[0]).startswith("bad.sql:2: postgres cannot parse the statement `ALTER TABLE b ADD")
    assert "\x1b" not in str(schema.errors[0]) and "\n" not in str(schema.errors[0])


def test_declared_type_and_comment_are_kept():
    schema = columns_from_sql("CREATE TABLE t (addr varchar(39) COMMENT 'client address');", "mysql", "t.sql")
    assert (schema.columns[0].declared_type, schema.columns[0].comment) == ("VARCHAR(39)", "client address")


DBT = """version: 2
models:
  - name: dim_users
    description: one row per user
    columns:
      - name: user_key
        data_type: varchar
      - name: email_address
        data_type: varchar
        description: login e-mail
      - name: signup_ip
sources:
  - name: raw
    tables:
      - name: events
        columns:
          - name: remote_addr
          - name: event_name
"""


def test_dbt_schema_yml_models_and_sources(tmp_path):
    schema = columns_from_dbt(DBT, "models/schema.yml")
    assert [(c.table, c.name, c.location.line) for c in schema.columns] == [
        ("dim_users", "user_key", 6), ("dim_users", "email_address", 8), ("dim_users", "signup_ip", 11),
        ("raw.events", "remote_addr", 17), ("raw.events", "event_name", 18)]
    project = tmp_path / "dbt" / "models"
    project.mkdir(parents=True)
    (project / "schema.yml").write_text(DBT)
    (project / "dim_users.sql").write_text("select 1 as x")  # a dbt model, not a migration: no columns
    read = read_static([tmp_path / "dbt"])
    assert len(read.columns) == 5 and read.errors == []
    report = check(static_check_input(read, empty_datamap(), load_policy()), rules=["DM001"])
    # by name alone: user_key is an account id, event_name behavioural (policy clauses 5.1, 5.2)
    assert {(f.dataset, f.field) for f in report.findings} == {
        ("dim_users", "user_key"), ("dim_users", "email_address"), ("dim_users", "signup_ip"),
        ("raw.events", "remote_addr"), ("raw.events", "event_name")}


def test_missing_paths_and_unknown_dialects(tmp_path):
    assert [str(e) for e in read_static([tmp_path / "absent.sql"]).errors] == [
        f"{tmp_path / 'absent.sql'}:1: no such file or folder",
        f"{tmp_path / 'absent.sql'}:1: no table or column definition found: nothing was checked"]
    with pytest.raises(ValueError, match="unknown SQL dialect"):
        read_static([tmp_path], "cobol")


def test_a_column_comment_names_the_data_when_the_name_does_not():
    schema = columns_from_sql("CREATE TABLE t (c1 varchar(255) COMMENT 'customer e-mail address', c2 int);",
                              "mysql", "t.sql")
    ci = static_check_input(schema, empty_datamap(), load_policy())
    detected = {r.field: [d.category for d in r.detected] for r in ci.fields}
    assert detected == {"c1": ["contact.email"], "c2": []}
    assert 0.5 <= ci.fields[0].detected[0].confidence < 0.7  # weaker than the same words in the name


def test_files_the_check_cannot_read_fail_it_and_a_utf16_script_is_read(tmp_path):
    """A dangling symlink or a binary `.sql` in a folder was skipped without a word and the
    gate passed; SQL Server Management Studio's UTF-16 scripts read as no statement at all."""
    import os

    from click.testing import CliRunner

    from inventory.cli import cli

    (tmp_path / "001_events.sql").write_text("CREATE TABLE events (id int, created_at timestamp);\n")
    (tmp_path / "002_dump.sql").write_bytes(b"\x00\x01\x02 not text")
    os.symlink(tmp_path / "gone.sql", tmp_path / "003_link.sql")
    (tmp_path / "004_ssms.sql").write_bytes("CREATE TABLE people (phone_number varchar(20));\n".encode("utf-16"))
    schema = read_static([tmp_path])
    unread = {os.path.basename(e.path): e.reason for e in schema.errors}
    assert "binary" in unread["002_dump.sql"] and "symlink" in unread["003_link.sql"]
    assert {(c.table, c.name) for c in schema.columns} >= {("people", "phone_number"), ("events", "created_at")}
    result = CliRunner().invoke(cli, ["check", "--static", str(tmp_path / "001_events.sql"), str(tmp_path / "002_dump.sql"),
                                      str(tmp_path / "003_link.sql")])
    assert result.exit_code != 0 and "2 not read" in result.stdout, result.stdout


@pytest.mark.parametrize("dataset", ["app.db/users", "app.db/main.users", "shop/public.users"])
def test_a_migration_table_is_declared_by_a_map_that_names_its_database(dataset):
    # a data map drafted from a scan names the table with its source: a SQLite file's table
    # without its default schema (`app.db/users`), or as older versions did (`app.db/main.users`)
    policy = load_policy()
    schema = columns_from_sql(MIGRATIONS["mysql"], "mysql", "m.sql")
    datamap = parse_datamap(
        f"version: 1\ndatasets:\n  - dataset: {dataset}\n    purposes: [account]\n    retention: P1Y\n"
        f"    basis: service\n    fields:\n      - {{field: id, category: account.id}}\n"
        f"      - {{field: email, category: contact.email}}\n"
        f"      - {{field: last_login_ip, category: device.ip_address}}\n", "datamap.yaml", policy)
    report = check(static_check_input(schema, datamap, policy))
    assert report.exit_code == EXIT_CLEAN, [f.message for f in report.findings]
