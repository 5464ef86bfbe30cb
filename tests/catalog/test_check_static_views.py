"""Static mode: the columns of views, traced to the base columns they show."""
from __future__ import annotations

from pathlib import Path

from catalog.checks import EXIT_CLEAN, EXIT_VIOLATIONS, check
from catalog.checks.static import read_static, static_check_input
from catalog.datamap import empty_datamap, parse_datamap
from catalog.policy import load_policy

#: Pagila's `pg_dump` (committed with the fifth static benchmark): a customer, their address in
#: a table of addresses, lookups of cities and countries, and views joining them with `||`
#: concatenation and a quoted alias (`customer_list`, `staff_list`, `sales_by_store`)
PAGILA = Path(__file__).resolve().parents[2] / "benchmarks/static5/committed/pagila_pgdump/pagila-schema.sql"


def _declared(tables: dict[str, dict[str, str]]) -> str:
    """A data map declaring these tables' fields (table -> field -> category)."""
    out = ["version: 1", "datasets:"]
    for table, fields in tables.items():
        out += [f"  - dataset: {table}", "    purposes: [account]", "    retention: P1Y", "    basis: service",
                "    fields:"] + [f"      - {{field: {f}, category: {c}}}" for f, c in fields.items()]
    return "\n".join(out) + "\n"


def _run(tmp_path: Path, sql: str | Path, dialect: str, datamap_text: str | None = None):
    if isinstance(sql, str):
        (tmp_path / "schema.sql").write_text(sql)
    policy = load_policy()
    schema = read_static([sql if isinstance(sql, Path) else tmp_path / "schema.sql"], dialect)
    datamap = parse_datamap(datamap_text, "datamap.yaml", policy) if datamap_text else empty_datamap()
    return schema, check(static_check_input(schema, datamap, policy), rules=["DM001"])


def _flagged(report) -> dict[tuple[str, str], str]:
    return {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}


def test_a_pg_dump_view_shows_its_customers_personal_columns(tmp_path):
    schema, report = _run(tmp_path, PAGILA, "postgres")
    assert not [e for e in schema.errors if "customer_list" in e.reason]
    view = {c.name: c for c in schema.columns if c.table == "public.customer_list"}
    assert list(view) == ["id", "name", "address", "zip code", "phone", "city", "country", "notes", "sid"]
    assert view["phone"].shows == ("address", "phone") and view["phone"].location.line == 631
    # a concatenation is computed: its own name (`name`: of what?) says nothing, so it holds what
    # the names it joins hold; it shows no one base column
    assert set(view["name"].sources) == {("customer", "first_name"), ("customer", "last_name")}
    assert view["name"].shows is None and view["id"].shows == ("customer", "customer_id")
    flagged = _flagged(report)
    assert {k: v for k, v in flagged.items() if k[0] == "customer_list"} == {
        ("customer_list", "id"): "account.id", ("customer_list", "name"): "identity.person_name",
        ("customer_list", "address"): "contact.postal_address", ("customer_list", "zip code"): "location.approximate",
        ("customer_list", "phone"): "profile.phone_number", ("customer_list", "city"): "location.approximate",
        ("customer_list", "country"): "location.approximate"}
    phone = next(f for f in report.findings if (f.dataset, f.field) == ("public.customer_list", "phone"))
    assert "a view of address.phone" in phone.message and phone.location.line == 631


def test_declaring_the_base_columns_covers_the_views_copies_but_not_what_it_computes(tmp_path):
    declared = _declared({
        "customer": {"customer_id": "account.id", "first_name": "identity.person_name",
                     "last_name": "identity.person_name", "email": "contact.email"},
        "address": {"address": "contact.postal_address", "address2": "contact.postal_address",
                    "district": "location.approximate", "postal_code": "location.approximate",
                    "phone": "profile.phone_number"}})
    _, report = _run(tmp_path, PAGILA, "postgres", declared)
    # the copies (`id`, `address`, `zip code`, `phone`) are covered by their base columns'
    # declarations; the computed `name` and the view's places, copied from lookup tables of
    # places that no one declares, are the view's own to declare
    assert {k for k in _flagged(report) if k[0] == "customer_list"} == {
        ("customer_list", "name"), ("customer_list", "city"), ("customer_list", "country")}


def test_materialized_views_stars_and_aggregates(tmp_path):
    sql = """CREATE TABLE subscribers (id bigserial PRIMARY KEY, email text NOT NULL, name text, status text);
CREATE MATERIALIZED VIEW mat_subscribers AS SELECT * FROM subscribers WHERE status = 'enabled';
CREATE MATERIALIZED VIEW mat_dashboard_counts AS
  SELECT status, COUNT(*) AS subscribers, COUNT(DISTINCT email) AS emails FROM subscribers GROUP BY status;
"""
    schema, report = _run(tmp_path, sql, "postgres")
    assert schema.errors == []
    flagged = _flagged(report)
    assert {k: v for k, v in flagged.items() if k[0] == "mat_subscribers"} == {
        ("mat_subscribers", "id"): "account.id", ("mat_subscribers", "email"): "contact.email",
        ("mat_subscribers", "name"): "identity.person_name"}
    assert not {k for k in flagged if k[0] == "mat_dashboard_counts"}  # counts of no one


def test_a_value_built_from_counts_holds_no_one_s_data(tmp_path):
    # listmonk's dashboard: one JSON of counts, the counts deep inside it
    sql = """CREATE TABLE subscribers (id bigserial PRIMARY KEY, email text NOT NULL, name text, status text);
CREATE TABLE subscriber_lists (subscriber_id bigint REFERENCES subscribers(id), list_id bigint);
CREATE MATERIALIZED VIEW mat_dashboard_counts AS
    WITH subs AS (SELECT COUNT(*) AS num, status FROM subscribers GROUP BY status)
    SELECT NOW() AS updated_at,
        JSON_BUILD_OBJECT('subscribers', JSON_BUILD_OBJECT(
            'total', (SELECT SUM(num) FROM subs),
            'blocklisted', (SELECT num FROM subs WHERE status='blocklisted'),
            'orphans', (SELECT COUNT(id) FROM subscribers
                        LEFT JOIN subscriber_lists ON (subscribers.id = subscriber_lists.subscriber_id)
                        WHERE subscriber_lists.subscriber_id IS NULL))) AS data;
CREATE VIEW subscriber_cards AS SELECT id, COALESCE(name, email) AS who FROM subscribers;
"""
    schema, report = _run(tmp_path, sql, "postgres")
    assert schema.errors == []
    flagged = _flagged(report)
    assert not {k for k in flagged if k[0] == "mat_dashboard_counts"}
    # a value computed from a person's columns without counting them still holds them
    assert ("subscriber_cards", "who") in flagged


def test_snowflake_and_bigquery_views(tmp_path):
    snowflake = """create or replace table DEMO_DB.PUBLIC.USERS (ID number autoincrement, FIRST_NAME varchar,
  LAST_NAME varchar, EMAIL varchar, SIGNUP_DATE date);
create or replace secure view DEMO_DB.PUBLIC.USERS_VIEW as select ID, FIRST_NAME, EMAIL from DEMO_DB.PUBLIC.USERS;
"""
    schema, report = _run(tmp_path, snowflake, "snowflake")
    assert schema.errors == []
    assert {k: v for k, v in _flagged(report).items() if k[0] == "USERS_VIEW"} == {
        ("USERS_VIEW", "ID"): "account.id", ("USERS_VIEW", "FIRST_NAME"): "identity.person_name",
        ("USERS_VIEW", "EMAIL"): "contact.email"}
    bigquery = """CREATE TABLE `proj.ds.listen_events` (userId INT64, firstName STRING, song STRING, ts TIMESTAMP);
CREATE OR REPLACE VIEW `proj.ds.listeners` AS
SELECT e.userId AS user_id, e.firstName AS first_name, COUNT(*) AS plays FROM `proj.ds.listen_events` e GROUP BY 1, 2;
"""
    schema, report = _run(tmp_path, bigquery, "bigquery")
    assert schema.errors == []
    view = {c.name: c.shows for c in schema.columns if c.view}
    assert view == {"user_id": ("listen_events", "userId"), "first_name": ("listen_events", "firstName"),
                    "plays": None}
    assert {k: v for k, v in _flagged(report).items() if k[0] == "proj.ds.listeners" or k[0] == "listeners"} == {
        ("listeners", "user_id"): "account.id", ("listeners", "first_name"): "identity.person_name"}


def test_a_view_over_a_table_the_files_do_not_define_follows_its_names(tmp_path):
    sql = """CREATE VIEW reporting.active_contacts AS
SELECT c.contact_email, c.created_at FROM crm.contacts c;
CREATE VIEW reporting.everyone AS SELECT * FROM crm.people;
CREATE OR REPLACE VIEW reporting.active_contacts AS
SELECT c.contact_email, c.mobile_phone, c.created_at FROM crm.contacts c;
"""
    schema, report = _run(tmp_path, sql, "postgres")
    assert schema.errors == []  # a view stores nothing: a `*` of a table defined elsewhere is no error
    assert [c.name for c in schema.columns if c.view] == ["contact_email", "mobile_phone", "created_at"]
    assert report.exit_code == EXIT_VIOLATIONS
    assert _flagged(report) == {("active_contacts", "contact_email"): "contact.email",
                                ("active_contacts", "mobile_phone"): "profile.phone_number"}


def test_a_view_over_a_declared_table_passes(tmp_path):
    sql = """CREATE TABLE users (id bigint, email text, plan text);
CREATE VIEW paying_users AS SELECT u.id AS user_id, u.email AS billing_email, u.plan FROM users u WHERE plan <> 'free';
"""
    declared = _declared({"users": {"id": "account.id", "email": "contact.email"}})
    _, report = _run(tmp_path, sql, "postgres", declared)
    assert report.exit_code == EXIT_CLEAN, [f.message for f in report.findings]
