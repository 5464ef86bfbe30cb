"""Static mode on the shapes benchmarks/static7 found: BigQuery table schemas kept as YAML in a
production warehouse's repository (Mozilla's bigquery-etl: `<dataset>/<table>/schema.yaml`,
nested RECORDs, versioned tables, tables of counts), a monitoring system's MySQL install script
(Icinga 2's IDO: contacts paged by pager, link tables with their own keys) and a pg_dump with
PostgreSQL enum types (Icinga Director). Each excerpt is written the way those projects write it."""
from __future__ import annotations

from pathlib import Path

from catalog.checks import check
from catalog.checks.static import columns_from_dbt, columns_from_sql, enum_types, read_static, static_check_input
from catalog.datamap import empty_datamap
from catalog.policy import load_policy


def _report(schema) -> dict[tuple[str, str], str]:
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}


def _table(path: str, *fields: str):
    """A bigquery-etl `schema.yaml` of the table of `path`, its fields given as "name TYPE"."""
    rows = "".join(f"- {{name: {f.split()[0]}, type: {f.split()[1]}, mode: NULLABLE}}\n" for f in fields)
    return columns_from_dbt("fields:\n" + rows, path)


def _flagged_sql(sql: str, dialect: str) -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return _report(schema)


ACCOUNTS = """\
fields:
- name: uid
  type: STRING
  mode: NULLABLE
  description: Account ID in hexadecimal format.
- name: email
  type: STRING
  mode: NULLABLE
- name: locale
  type: STRING
  mode: NULLABLE
- name: createdAt
  type: TIMESTAMP
  mode: NULLABLE
"""

SUBSCRIPTIONS = """\
fields:
- name: id
  type: STRING
  mode: NULLABLE
- name: fxa_uids
  type: STRING
  mode: REPEATED
- name: customer
  type: RECORD
  mode: NULLABLE
  fields:
  - name: id
    type: STRING
    mode: NULLABLE
    description: Customer ID.
  - name: address
    type: RECORD
    mode: NULLABLE
    fields:
    - name: country
      type: STRING
      mode: NULLABLE
      description: Two-letter country code (ISO 3166-1 alpha-2).
  - name: metadata
    type: RECORD
    mode: NULLABLE
    fields:
    - name: userid
      type: STRING
      mode: NULLABLE
- name: plan_interval_timezone
  type: STRING
  mode: NULLABLE
- name: first_touch_attribution
  type: RECORD
  mode: NULLABLE
  fields:
  - name: entrypoint
    type: STRING
    mode: NULLABLE
  - name: entrypoint_experiment
    type: STRING
    mode: NULLABLE
  - name: utm_term
    type: STRING
    mode: NULLABLE
"""


def test_a_bigquery_schema_yaml_is_a_table_named_by_its_folder(tmp_path: Path) -> None:
    table = tmp_path / "accounts_db_external" / "fxa_accounts_v1"
    table.mkdir(parents=True)
    (table / "schema.yaml").write_text(ACCOUNTS)
    (table / "metadata.yaml").write_text("friendly_name: Accounts\nowners: [someone@example.com]\n")
    schema = read_static([tmp_path])
    assert not schema.errors
    assert [(c.table, c.name, c.declared_type) for c in schema.columns] == [
        ("fxa_accounts_v1", "uid", "STRING"), ("fxa_accounts_v1", "email", "STRING"),
        ("fxa_accounts_v1", "locale", "STRING"), ("fxa_accounts_v1", "createdAt", "TIMESTAMP")]
    assert schema.columns[1].location.line == 6  # the finding points at the field's entry
    flagged = _report(schema)
    assert flagged[("fxa_accounts_v1", "email")] == "contact.email"
    assert flagged[("fxa_accounts_v1", "uid")] == "account.id"
    assert ("fxa_accounts_v1", "locale") not in flagged


def test_nested_fields_are_columns_named_by_their_path_and_arrays_hold_their_type() -> None:
    schema = columns_from_dbt(SUBSCRIPTIONS, "subplat/stripe_subscriptions_v2/schema.yaml")
    names = {c.name: c.declared_type for c in schema.columns}
    assert "customer" not in names and "customer.address" not in names  # a RECORD is no column
    assert names["customer.address.country"] == "STRING"
    assert names["fxa_uids"] == "ARRAY<STRING>"
    flagged = _report(schema)
    table = "stripe_subscriptions_v2"
    assert flagged[(table, "fxa_uids")] == "account.id"  # `uids`, a list of account ids
    assert flagged[(table, "customer.id")] == "account.id"
    assert flagged[(table, "customer.metadata.userid")] == "account.id"
    assert flagged[(table, "customer.address.country")] == "location.approximate"
    # a visitor's time zone read from their IP stays theirs
    assert _report(_table("web/events_v1/schema.yaml", "event_id STRING", "geo_timezone STRING",
                          "domain_userid STRING"))[("events_v1", "geo_timezone")] == "device.time_zone"
    # a plan's time zone, an entry point of a checkout flow, a campaign's keyword: no one's
    for field in ("plan_interval_timezone", "first_touch_attribution.entrypoint",
                  "first_touch_attribution.entrypoint_experiment", "first_touch_attribution.utm_term"):
        assert (table, field) not in flagged, field


def test_bq_show_schema_json_is_read_too(tmp_path: Path) -> None:
    (tmp_path / "users.json").write_text('[{"name": "user_email", "type": "STRING", "mode": "NULLABLE"},'
                                         ' {"name": "signup_ts", "type": "TIMESTAMP", "mode": "NULLABLE"}]')
    schema = read_static([tmp_path / "users.json"])
    assert [(c.table, c.name) for c in schema.columns] == [("users", "user_email"), ("users", "signup_ts")]
    assert _report(schema)[("users", "user_email")] == "contact.email"


def test_a_versioned_table_is_read_by_its_head_word() -> None:
    # `users_v1.id`: the key of a table of people, whatever version the warehouse is at; an
    # OAuth client's `id` (a registered application, with a name) is no one's
    schema = _table("vpn/users_v1/schema.yaml", "id INTEGER", "fxa_uid STRING", "created_at TIMESTAMP")
    schema.columns += _table("accounts/fxa_oauth_clients_v1/schema.yaml", "id STRING", "name STRING",
                             "redirectUri STRING", "trusted BOOLEAN").columns
    flagged = _report(schema)
    assert flagged[("users_v1", "id")] == "account.id"
    assert ("fxa_oauth_clients_v1", "id") not in flagged


def test_a_table_of_counts_by_date_and_dimension_is_no_ones() -> None:
    schema = _table("vpn/funnel_product_page_to_subscribed_v1/schema.yaml", "partition_date DATE", "country STRING",
                    "ua_browser STRING", "os_name STRING", "vpn_site_hits INTEGER",
                    "total_payment_setup_complete INTEGER")
    assert _report(schema) == {}
    # per-person rows with a count are a person's: the identifier stays, and so does the country
    schema = _table("accounts/daily_logins_v1/schema.yaml", "event_date DATE", "fxa_uid STRING", "country STRING",
                    "login_count INTEGER")
    flagged = _report(schema)
    assert flagged[("daily_logins_v1", "fxa_uid")] == "account.id"
    assert flagged[("daily_logins_v1", "country")] == "location.approximate"


# Icinga 2's IDO MySQL install script: contacts (people paged when a host is down) and the
# link tables that attach them to hosts, each with its own serial key
IDO = """
CREATE TABLE IF NOT EXISTS icinga_contacts (
  contact_id bigint unsigned NOT NULL auto_increment,
  instance_id bigint unsigned default 0,
  contact_object_id bigint unsigned default 0,
  alias TEXT character set latin1  default '',
  email_address varchar(1024) character set latin1  default '',
  pager_address varchar(1024) character set latin1  default '',
  PRIMARY KEY  (contact_id)
) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS icinga_host_contacts (
  host_contact_id bigint unsigned NOT NULL auto_increment,
  instance_id bigint unsigned default 0,
  host_id bigint unsigned default 0,
  contact_object_id bigint unsigned default 0,
  PRIMARY KEY  (host_contact_id)
) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS icinga_hostgroup_members (
  hostgroup_member_id bigint unsigned NOT NULL auto_increment,
  instance_id bigint unsigned default 0,
  hostgroup_id bigint unsigned default 0,
  host_object_id bigint unsigned default 0,
  PRIMARY KEY  (hostgroup_member_id)
) ENGINE=InnoDB;
"""


def test_contacts_of_a_monitoring_system_and_the_keys_of_link_rows() -> None:
    flagged = _flagged_sql(IDO, "mysql")
    assert flagged[("icinga_contacts", "email_address")] == "contact.email"
    assert flagged[("icinga_contacts", "pager_address")] == "profile.phone_number"  # a pager's number
    assert flagged[("icinga_contacts", "contact_object_id")] == "account.id"  # the contact's key
    assert flagged[("icinga_host_contacts", "contact_object_id")] == "account.id"
    # the serial key of a row linking a host to a contact, or a host to a group, numbers the link
    assert ("icinga_host_contacts", "host_contact_id") not in flagged
    assert ("icinga_hostgroup_members", "hostgroup_member_id") not in flagged


def test_the_key_of_a_row_linking_one_person_to_another_stays_a_person() -> None:
    flagged = _flagged_sql("CREATE TABLE ignored_users (user_id TEXT NOT NULL, ignored_user_id TEXT NOT NULL);",
                           "postgres")
    assert flagged[("ignored_users", "ignored_user_id")] == "account.id"


# pg_dumps of Icinga Web 2 and its Director module: a yes/no enum type, a checksum, the login
# `name` beside a password hash
DIRECTOR = """
CREATE TYPE public.enum_boolean AS ENUM (
    'y',
    'n'
);
CREATE TYPE public.enum_activity_action AS ENUM (
    'create',
    'delete',
    'modify'
);
CREATE TABLE public.director_deployment_log (
    id bigint NOT NULL,
    peer_identity character varying(64) NOT NULL,
    connection_succeeded public.enum_boolean,
    last_activity_checksum bytea NOT NULL,
    username character varying(64)
);
CREATE TABLE public.icingaweb_user (
    name character varying(254) NOT NULL,
    active smallint NOT NULL,
    password_hash bytea NOT NULL
);
"""


def test_enum_types_of_a_pg_dump_and_logins_beside_a_password() -> None:
    assert enum_types(DIRECTOR) == {"enum_boolean": "boolean",
                                    "enum_activity_action": "enum('create',\n    'delete',\n    'modify')"}
    schema = columns_from_sql(DIRECTOR, "postgres", "director.sql")
    assert {c.name: c.declared_type for c in schema.columns}["connection_succeeded"] == "boolean"
    flagged = _report(schema)
    assert ("director_deployment_log", "connection_succeeded") not in flagged  # a flag
    assert ("director_deployment_log", "last_activity_checksum") not in flagged
    assert flagged[("director_deployment_log", "username")] == "account.id"
    assert flagged[("icingaweb_user", "name")] == "account.id"  # the login, beside the password hash
    # beside a login column, `name` stays the person's name (Logto's users)
    flagged = _flagged_sql("CREATE TABLE users (id varchar(12), username varchar(128), name varchar(128), "
                           "password_encrypted varchar(128));", "postgres")
    assert flagged[("users", "name")] == "identity.person_name"


def test_a_monitored_host_or_service_is_a_machine_and_its_notes_no_ones() -> None:
    flagged = _flagged_sql("""
CREATE TABLE icinga_hosts (
  host_id bigint unsigned NOT NULL auto_increment,
  host_object_id bigint unsigned default 0,
  display_name varchar(255) character set latin1  default '',
  check_interval double  default '0',
  retry_interval double  default '0',
  flap_detection_enabled smallint default 0,
  notes TEXT character set latin1  default '',
  PRIMARY KEY  (host_id)
) ENGINE=InnoDB;
CREATE TABLE hosts (
  id int NOT NULL, email varchar(255), check_in_time time, notes text, PRIMARY KEY (id)
) ENGINE=InnoDB;
""", "mysql")
    assert ("icinga_hosts", "notes") not in flagged
    assert flagged[("hosts", "notes")] == "user_content"  # a rental's hosts are people


def test_a_state_beside_a_status_and_a_country_is_a_region() -> None:
    schema = _table("vpn/all_subscriptions_v1/schema.yaml", "customer_id STRING", "status STRING",
                    "country STRING", "state STRING", "search_filter STRING")
    flagged = _report(schema)
    assert flagged[("all_subscriptions_v1", "state")] == "location.approximate"
    assert ("all_subscriptions_v1", "search_filter") not in flagged  # a filter is a rule
    schema = _table("app/tasks_v1/schema.yaml", "user_id STRING", "state STRING", "country STRING")
    assert ("tasks_v1", "state") not in _report(schema)  # a task's state, with no status beside it
