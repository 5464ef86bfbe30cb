"""Static check on a Snowflake warehouse's migrations and production dbt projects nobody here
wrote (benchmarks/static10): Sage Bionetworks' Synapse warehouse (schemachange DDL, dynamic
tables, column comments), Mattermost's and Hack Club's dbt projects, dbt Labs' exemplar."""
from __future__ import annotations

from catalog.checks import check
from catalog.checks.static import columns_from_dbt, columns_from_sql, static_check_input
from catalog.datamap import empty_datamap
from catalog.policy import load_policy


def _flagged(schema) -> dict[tuple[str, str], str]:
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1].lower(), f.field.lower()): f.category for f in report.findings}


def _sql(sql: str) -> dict[tuple[str, str], str]:
    return _flagged(columns_from_sql(sql, "snowflake", "V1.2.0__create_initial_tables.sql"))


# as the Synapse warehouse writes its access log, its replicated tables and their load columns
SYNAPSE = """
use schema {{database_name}}.synapse_raw; --noqa: JJ01,PRS,TMP
CREATE TABLE IF NOT EXISTS processedaccess (
    session_id STRING, timestamp TIMESTAMP, user_id NUMBER, method STRING, request_url STRING,
    user_agent STRING, host STRING, x_forwarded_for STRING, success BOOLEAN, query_string STRING,
    response_status NUMBER, record_date DATE
);
CREATE TABLE IF NOT EXISTS filedownload (
    timestamp TIMESTAMP, user_id NUMBER, project_id NUMBER, file_handle_id NUMBER, record_date DATE
);
ALTER TABLE FILEDOWNLOAD ADD COLUMN session_id STRING;
CREATE TABLE IF NOT EXISTS grid_session (
    id BIGINT COMMENT 'Unique identifier', session_id VARCHAR COMMENT 'The grid session id',
    owner_id BIGINT COMMENT 'Identifier of the user who owns this session', created_by BIGINT
);
CREATE TABLE IF NOT EXISTS agent_session (id BIGINT, session_id VARCHAR, created_by BIGINT, access_level VARCHAR);
CREATE TABLE IF NOT EXISTS access_requirement (
    id BIGINT COMMENT 'Unique identifier for the access requirement',
    access_type VARCHAR COMMENT 'Type of access controlled by this requirement',
    created_by BIGINT COMMENT 'Identifier of the user who created this access requirement'
);
CREATE TABLE IF NOT EXISTS acl (
    id BIGINT,
    owner_id BIGINT COMMENT 'ID of the entity or object that this ACL grants access to',
    owner_type VARCHAR,
    filename VARCHAR COMMENT 'The S3 path of the parquet file from which this record was loaded'
);
CREATE TABLE IF NOT EXISTS files (
    id BIGINT, created_by BIGINT, content_md5 VARCHAR, content_size BIGINT, file_name VARCHAR
);
CREATE TABLE IF NOT EXISTS table_status (
    table_id BIGINT, state VARCHAR, progress_message VARCHAR, progress_current BIGINT, runtime_ms BIGINT
);
CREATE TABLE IF NOT EXISTS stack_status (id BIGINT, current_message VARCHAR, pending_message VARCHAR, status VARCHAR);
CREATE TABLE IF NOT EXISTS asynch_job_status (
    job_id BIGINT, job_state VARCHAR, request_body BINARY, response_body BINARY, started_by BIGINT
);
CREATE TABLE IF NOT EXISTS evaluation (
    id BIGINT, owner_id BIGINT COMMENT 'Identifier of the user who owns this evaluation',
    submission_instructions_message VARCHAR, submission_receipt_message VARCHAR
);
CREATE TABLE IF NOT EXISTS user_status (principal_id BIGINT, message VARCHAR, last_seen_on TIMESTAMP);
"""


def test_a_log_glued_to_its_activity_keeps_the_visitors_session():
    """`processedaccess.session_id`, `filedownload.session_id`: the session of who did it, not
    the key of the warehouse's `grid_session` or `agent_session` (which of them? neither)."""
    flagged = _sql(SYNAPSE)
    assert flagged[("processedaccess", "session_id")] == "tracking.cookie_id"
    assert flagged[("filedownload", "session_id")] == "tracking.cookie_id"
    assert ("grid_session", "session_id") not in flagged


def test_an_acl_access_type_is_no_network():
    flagged = _sql(SYNAPSE)
    assert ("access_requirement", "access_type") not in flagged
    assert flagged[("access_requirement", "created_by")] == "account.id"


def test_descriptions_say_which_owner_is_a_person():
    flagged = _sql(SYNAPSE)
    assert ("acl", "owner_id") not in flagged
    assert flagged[("grid_session", "owner_id")] == "account.id"
    assert flagged[("evaluation", "owner_id")] == "account.id"


def test_the_file_a_row_was_loaded_from_is_no_ones():
    flagged = _sql(SYNAPSE)
    assert ("acl", "filename") not in flagged
    assert flagged[("files", "file_name")] == "device.app_file_names"  # a file someone uploaded


def test_a_digest_is_not_the_content():
    assert ("files", "content_md5") not in _sql(SYNAPSE)


def test_what_a_program_reports_is_no_ones_writing():
    flagged = _sql(SYNAPSE)
    for column in [("table_status", "progress_message"), ("stack_status", "current_message"),
                   ("stack_status", "pending_message"), ("asynch_job_status", "request_body"),
                   ("asynch_job_status", "response_body"), ("evaluation", "submission_receipt_message"),
                   ("evaluation", "submission_instructions_message")]:
        assert column not in flagged, column
    assert flagged[("user_status", "message")] == "user_content"  # a person's status message


# Mattermost's and dbt Labs' dbt YAML: Stripe-style addresses, a CRM's external ids, net amounts
DBT = """
version: 2
models:
  - name: customers_with_onprem_subs
    columns:
      - name: customer_id
      - name: email
      - name: line1
        description: Line 1 of address from BLAPI address.
      - name: line2
      - name: postal_code
      - name: city
      - name: state
      - name: opportunity_external_id
        description: Calculated in DBT models and synced to salesforce.
      - name: account_external_id
  - name: fct_orders
    columns:
      - name: order_id
      - name: customer_id
      - name: net_item_sales_amount
      - name: item_tax_amount
  - name: ysws_spend_ledger
    columns:
      - name: hcb_url
      - name: initiated_by_name
        description: "Who made the payment."
      - name: transfer_sent_by_name
      - name: transfer_recipient_name
      - name: merchant_country
        description: "Card-network merchant country code (e.g. DE)."
  - name: stg_hacktoberboard_prod__server
    columns:
      - name: event_id
      - name: anonymous_id
        description: "Server's anonymous ID."
      - name: server_id
"""


def test_stripe_address_lines_beside_a_city():
    flagged = _flagged(columns_from_dbt(DBT, "models/schema.yml"))
    assert flagged[("customers_with_onprem_subs", "line1")] == "contact.postal_address"
    assert flagged[("customers_with_onprem_subs", "line2")] == "contact.postal_address"


def test_a_things_external_id_is_the_things():
    flagged = _flagged(columns_from_dbt(DBT, "models/schema.yml"))
    assert ("customers_with_onprem_subs", "opportunity_external_id") not in flagged
    assert flagged[("customers_with_onprem_subs", "account_external_id")] == "account.id"


def test_a_net_amount_and_a_card_networks_country_are_no_network_type():
    flagged = _flagged(columns_from_dbt(DBT, "models/schema.yml"))
    assert flagged.get(("fct_orders", "net_item_sales_amount")) is None
    assert flagged.get(("ysws_spend_ledger", "merchant_country")) != "device.network_type"


def test_the_name_of_who_did_it():
    flagged = _flagged(columns_from_dbt(DBT, "models/schema.yml"))
    assert flagged[("ysws_spend_ledger", "initiated_by_name")] == "identity.person_name"
    assert flagged[("ysws_spend_ledger", "transfer_sent_by_name")] == "identity.person_name"


def test_a_servers_anonymous_id_is_no_cookie():
    assert ("stg_hacktoberboard_prod__server", "anonymous_id") not in _flagged(columns_from_dbt(DBT, "models/schema.yml"))


def test_the_alias_a_principal_is_known_by():
    """Synapse's `principal_alias` (user names, e-mails, OpenIDs of users and teams) and an
    evaluation's `submitter_alias`; a DNS alias is no one's."""
    flagged = _sql("""
CREATE TABLE principal_alias (id BIGINT, principal_id BIGINT, alias_unique VARCHAR, alias_display VARCHAR,
                              type VARCHAR, etag VARCHAR);
CREATE TABLE evaluation_submission (id BIGINT, name VARCHAR, user_id BIGINT, submitter_alias VARCHAR, team_id BIGINT);
CREATE TABLE dns_alias (id BIGINT, alias VARCHAR, target VARCHAR);
""")
    assert flagged[("principal_alias", "alias_unique")] == "account.id"
    assert flagged[("principal_alias", "alias_display")] == "account.id"
    assert ("principal_alias", "type") not in flagged
    assert flagged[("evaluation_submission", "submitter_alias")] == "account.id"
    assert ("dns_alias", "alias") not in flagged


def test_a_warehouse_sync_table_of_users_is_a_table_of_people():
    """Braze's `changed_users_sync_v1` and `delete_users_sync_v1` (BigQuery exports of changed
    users to Braze): their `external_id` is the user's key; a sync of newsletters is no one's."""
    flagged = _flagged(columns_from_dbt("""
version: 2
models:
  - name: changed_users_sync_v1
    columns: [{name: updated_at}, {name: external_id}, {name: payload}]
  - name: delete_users_sync_v1
    columns: [{name: updated_at}, {name: external_id}]
  - name: changed_newsletters_sync_v1
    columns: [{name: updated_at}, {name: newsletter_name}]
""", "models/schema.yml"))
    assert flagged[("changed_users_sync_v1", "external_id")] == "account.id"
    assert flagged[("delete_users_sync_v1", "external_id")] == "account.id"
    assert ("changed_newsletters_sync_v1", "newsletter_name") not in flagged


BRAZE_NEWSLETTERS = """
- mode: NULLABLE
  name: external_id
  type: STRING
- mode: REPEATED
  name: newsletters
  type: RECORD
  fields:
  - mode: NULLABLE
    name: newsletter_name
    type: STRING
  - mode: NULLABLE
    name: subscribed
    type: BOOLEAN
"""


def test_the_key_of_a_row_that_holds_a_list_of_the_tables_things(tmp_path):
    """Braze's `newsletters_v1`: each row holds someone's newsletters (a repeated record named
    after the table), so its `external_id` is whose they are; a ticket's is the ticket's."""
    from catalog.checks.static import read_static
    folder = tmp_path / "braze_derived" / "newsletters_v1"
    folder.mkdir(parents=True)
    (folder / "schema.yaml").write_text(BRAZE_NEWSLETTERS)
    flagged = _flagged(read_static([tmp_path]))
    assert flagged[("newsletters_v1", "external_id")] == "account.id"
    assert ("tickets", "external_id") not in _sql("CREATE TABLE tickets (id BIGINT, external_id VARCHAR, subject VARCHAR);")
