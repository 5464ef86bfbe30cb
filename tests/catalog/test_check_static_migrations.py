"""Static check on schema code nobody here wrote (benchmarks/static11): an OIDC provider's
migrations that drop tables and columns (pocket-id), schemachange folders in version order,
an installer's `%TABLE_PREFIX%` (osTicket), BigQuery columns described only by `ALTER COLUMN …
SET OPTIONS` (Google's governance demo), production dbt sources (Salesforce, Greenhouse)."""
from __future__ import annotations

from pathlib import Path

from catalog.checks import check
from catalog.checks.static import (columns_from_dbt, columns_from_sql, in_version_order, neutralise_templates,
                                   read_static, static_check_input)
from catalog.datamap import empty_datamap
from catalog.policy import load_policy


def _flagged(schema) -> dict[tuple[str, str], str]:
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1].lower(), f.field.lower()): f.category for f in report.findings}


def _read(tmp_path: Path, files: dict[str, str], dialect: str | None = None) -> dict[tuple[str, str], str]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return _flagged(read_static([tmp_path], dialect))


# as pocket-id's golang-migrate files create, then drop, its token tables
POCKET_ID = {
    "20241211111554_init.up.sql": """
CREATE TABLE users (id UUID NOT NULL PRIMARY KEY, username VARCHAR(255) NOT NULL UNIQUE, email VARCHAR(255));
CREATE TABLE one_time_access_tokens (
    id UUID NOT NULL PRIMARY KEY, token VARCHAR(255) NOT NULL UNIQUE, expires_at TIMESTAMPTZ NOT NULL,
    user_id UUID NOT NULL REFERENCES users ON DELETE CASCADE
);
CREATE TABLE oidc_clients (id UUID NOT NULL PRIMARY KEY, name VARCHAR(255), secret TEXT,
    created_by_id UUID REFERENCES users ON DELETE SET NULL);
CREATE TABLE audit_logs (id UUID NOT NULL PRIMARY KEY, event VARCHAR(100) NOT NULL, ip_address INET,
    user_agent TEXT, user_id UUID REFERENCES users);
""",
    "20250628000000_audit_logs_ip_null.up.sql": "ALTER TABLE audit_logs ADD COLUMN country VARCHAR(100);",
    "20260723000000_actor_tokens.up.sql": """
-- One-time access tokens are now stored in the actor state store, so the table is no longer needed.
DROP TABLE IF EXISTS one_time_access_tokens;
""",
    "20260807120000_oidc_client_multiple_secrets.up.sql": """
UPDATE oidc_clients SET secret = NULL WHERE secret = '';
ALTER TABLE oidc_clients DROP COLUMN secret;
ALTER TABLE audit_logs ALTER COLUMN country DROP DEFAULT;
""",
}


def test_a_dropped_table_and_column_are_not_checked(tmp_path):
    flagged = _read(tmp_path, POCKET_ID, "postgres")
    assert ("one_time_access_tokens", "user_id") not in flagged  # dropped by a later migration
    assert flagged[("audit_logs", "user_id")] == "account.id"
    assert flagged[("audit_logs", "ip_address")] == "device.ip_address"
    assert flagged[("audit_logs", "country")] == "location.approximate"  # `ALTER COLUMN … DROP DEFAULT` drops no column
    assert flagged[("users", "email")] == "contact.email"
    schema = read_static([tmp_path], "postgres")
    assert ("oidc_clients", "secret") not in {(c.table, c.name) for c in schema.columns}
    assert ("oidc_clients", "created_by_id") in {(c.table, c.name) for c in schema.columns}


def test_a_table_dropped_then_created_again_is_checked(tmp_path):
    # an install script's `DROP TABLE IF EXISTS t; CREATE TABLE t (…)` (osTicket, phpMyAdmin)
    flagged = _read(tmp_path, {"install-mysql.sql": """
DROP TABLE IF EXISTS `%TABLE_PREFIX%staff`;
CREATE TABLE `%TABLE_PREFIX%staff` (
  `staff_id` int(11) unsigned NOT NULL auto_increment, `username` varchar(32) NOT NULL default '',
  `email` varchar(255) default NULL, `phone` varchar(24) NOT NULL default '',
  PRIMARY KEY (`staff_id`)
) DEFAULT CHARSET=utf8;
"""}, "mysql")
    assert flagged[("staff", "email")] == "contact.email"  # the table's own name, without the placeholder
    assert flagged[("staff", "phone")] == "profile.phone_number"


def test_a_drop_in_another_schema_leaves_the_same_named_table(tmp_path):
    # Synapse's warehouse: `synapse.processedaccess` dropped, `synapse_raw.processedaccess` kept
    flagged = _read(tmp_path, {
        "synapse_raw/tables/V1.1.0__processedaccess.sql": """
USE SCHEMA {{database_name}}.synapse_raw;
CREATE TABLE IF NOT EXISTS processedaccess (session_id STRING, user_id NUMBER, user_agent STRING);
""",
        "synapse/tables/V2.10.0__latest.sql": """
USE SCHEMA {{database_name}}.synapse;
CREATE TABLE IF NOT EXISTS userprofile_latest (id NUMBER, user_name STRING, email STRING);
CREATE TABLE IF NOT EXISTS userprofile_backup (id NUMBER, user_name STRING, email STRING);
""",
        # sorts before tables/ by path, runs after it by version
        "synapse/V2.72.6__drop_backup.sql": """
USE SCHEMA {{database_name}}.synapse;
DROP TABLE IF EXISTS processedaccess;
DROP TABLE userprofile_backup;
""",
    }, "snowflake")
    assert flagged[("processedaccess", "user_agent")] == "device.user_agent"
    assert flagged[("userprofile_latest", "email")] == "contact.email"
    assert ("userprofile_backup", "email") not in flagged


def test_versioned_migrations_run_in_version_order():
    files = [Path("synapse/README.sql"), Path("synapse/V2.40.0__drop.sql"), Path("synapse/tables/V2.36.3__a.sql"),
             Path("synapse/tables/V2.4.1__b.sql"), Path("synapse/tables/R__view.sql")]
    assert in_version_order(files) == [Path("synapse/README.sql"), Path("synapse/tables/V2.4.1__b.sql"),
                                       Path("synapse/tables/V2.36.3__a.sql"), Path("synapse/V2.40.0__drop.sql"),
                                       Path("synapse/tables/R__view.sql")]


def test_an_installers_table_prefix_is_no_part_of_the_name():
    assert neutralise_templates("CREATE TABLE `%TABLE_PREFIX%ticket` (id int);") == "CREATE TABLE `ticket` (id int);"
    assert neutralise_templates("CREATE TABLE ${prefix}users (id int);") == "CREATE TABLE users (id int);"
    # a placeholder for a whole name stays an identifier of its length; a LIKE pattern is a string
    assert neutralise_templates("CREATE TABLE ${schema}.users (x int);") == "CREATE TABLE t________.users (x int);"
    assert "'%Y-%m-%d'" in neutralise_templates("SELECT DATE_FORMAT(d, '%Y-%m-%d') FROM t")


# Google's BigQuery governance demo: raw tables loaded from files, described column by column
GOVERNANCE = """
LOAD DATA OVERWRITE `${project_id}.${bigquery_governed_data_raw_dataset}.customer_transaction`
FROM FILES (format = 'PARQUET',  uris = ['gs://${governed_data_raw_bucket}/customer_transaction/x.parquet']);

ALTER TABLE `${project_id}.${bigquery_governed_data_raw_dataset}.customer_transaction`
  ALTER COLUMN transaction_id SET OPTIONS (description='Unique identifier for the transaction.'),
  ALTER COLUMN customer_id SET OPTIONS (description='The ID of the customer who made the transaction.'),
  ALTER COLUMN quantity SET OPTIONS (description='The quantity of the product purchased.');

CREATE OR REPLACE TABLE `${project_id}.${bigquery_governed_data_enriched_dataset}.customer`
CLUSTER BY customer_id
AS
SELECT customer.customer_id, customer.first_name, customer.email, customer.ssn
  FROM `${project_id}.${bigquery_governed_data_raw_dataset}.customer` AS customer;

ALTER TABLE `${project_id}.${bigquery_governed_data_enriched_dataset}.customer`
  ALTER COLUMN customer_id SET OPTIONS (description='Unique identifier for the customer.'),
  ALTER COLUMN ssn SET OPTIONS (description='The Social Security Number of the customer.');

CREATE OR REPLACE TABLE `${project_id}.${bigquery_governed_data_curated_dataset}.sales` AS
SELECT p.product_name, oh.order_datetime, c.*
  FROM `${project_id}.${bigquery_governed_data_enriched_dataset}.order_header` oh
      INNER JOIN `${project_id}.${bigquery_governed_data_enriched_dataset}.product` AS p ON oh.order_id = p.order_id
      INNER JOIN `${project_id}.${bigquery_governed_data_enriched_dataset}.customer` as c ON c.customer_id = oh.customer_id;
"""


def test_bigquery_columns_described_by_set_options_are_checked(tmp_path):
    schema = read_static([_write(tmp_path, "initialize.sql", GOVERNANCE)], "bigquery")
    assert not schema.errors  # no statement left unread
    flagged = _flagged(schema)
    assert flagged[("customer_transaction", "customer_id")] == "account.id"
    assert ("customer_transaction", "quantity") not in flagged
    # the description joins the column the CTAS defines: one column, not two
    ssn = [c for c in schema.columns if c.table.endswith(".customer") and c.name == "ssn"]
    assert len(ssn) == 1 and ssn[0].comment == "The Social Security Number of the customer."
    assert flagged[("customer", "ssn")] == "identity.government_id"
    # `c.*` among three sources: the columns of the table `c` stands for
    assert flagged[("sales", "email")] == "contact.email"
    assert flagged[("sales", "first_name")] == "identity.person_name"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path


def test_an_objects_notes_are_no_ones_words_unless_its_rows_are_tied_to_someone():
    flagged = _flagged(columns_from_sql("""
CREATE TABLE `sla` (`id` int(11) unsigned NOT NULL, `grace_period` int(10) unsigned NOT NULL default '0',
  `name` varchar(64) NOT NULL default '', `notes` text, `created` datetime NOT NULL, PRIMARY KEY (`id`));
CREATE TABLE `email_template` (`id` int(11) unsigned NOT NULL, `code_name` varchar(32) NOT NULL,
  `subject` varchar(255) NOT NULL default '', `body` text NOT NULL, `notes` text, PRIMARY KEY (`id`));
CREATE TABLE `staff` (`staff_id` int(11) unsigned NOT NULL, `email` varchar(255), `signature` text NOT NULL,
  `notes` text, PRIMARY KEY (`staff_id`));
CREATE TABLE `note` (`id` int(11) unsigned NOT NULL, `staff_id` int(11) unsigned NOT NULL default '0',
  `body` text, PRIMARY KEY (`id`));
""", "mysql", "install-mysql.sql"))
    assert ("sla", "notes") not in flagged  # an SLA's administrator's note
    assert ("email_template", "body") not in flagged  # the text a program fills in and sends
    assert ("email_template", "notes") not in flagged
    assert flagged[("staff", "notes")] == "user_content"  # notes on a person
    assert flagged[("staff", "signature")] == "user_content"
    assert flagged[("note", "body")] == "user_content"


# Fivetran's Salesforce and Greenhouse sources: who did it, by key; settings named after people
SALESFORCE = """
version: 2
sources:
  - name: salesforce
    tables:
      - name: user_role
        columns:
          - name: case_access_for_account_owner
            description: The case access level for the account owner.
          - name: forecast_user_id
            description: The ID of the forecast manager associated with this role.
      - name: user
        columns:
          - name: email
            description: Required. The user's email address.
          - name: email_encoding_key
            description: Required. The email encoding for the user, such as ISO-8859-1 or UTF-8.
          - name: email_preferences_auto_bcc
            description: Determines whether the user receives copies of sent emails.
      - name: task
        columns:
          - name: created_by_id
            description: Created By ID
          - name: last_modified_by_id
            description: Last Modified By ID
      - name: scorecard
        columns:
          - name: submitted_by_user_id
            description: Foreign key referencing the USER who submitted the scorecard.
"""


def test_who_did_it_by_key_and_settings_named_after_people():
    flagged = _flagged(columns_from_dbt(SALESFORCE, "models/src_salesforce.yml"))
    assert flagged[("task", "created_by_id")] == "account.id"
    assert flagged[("task", "last_modified_by_id")] == "account.id"
    assert flagged[("scorecard", "submitted_by_user_id")] == "account.id"
    assert flagged[("user", "email")] == "contact.email"
    assert ("user", "email_encoding_key") not in flagged  # a character set
    assert ("user", "email_preferences_auto_bcc") not in flagged  # a mail setting
    assert ("user_role", "case_access_for_account_owner") not in flagged  # an access level
    assert flagged[("user_role", "forecast_user_id")] == "account.id"
