"""Static mode on the shapes benchmarks/static8 found: auth services' PostgreSQL migrations
(Supabase Auth with Go-template schema names, Ory Kratos' verifiable addresses and login flows,
Ory Hydra's OAuth2 flows and client registry), Redshift DDL of a tracker's self-describing
events and contexts (Snowplow's Iglu Central: quoted dotted column names, a foreign key to
`atomic.events`, e-mail service webhooks) and a production dbt package's YAML (Fivetran's
HubSpot: e-mail events, engagements, a `property_` prefix). Each excerpt is written the way those
projects write it."""
from __future__ import annotations

from catalog.checks import check
from catalog.checks.static import columns_from_dbt, columns_from_sql, static_check_input
from catalog.datamap import empty_datamap
from catalog.policy import load_policy


def _flagged(schema) -> dict[tuple[str, str], str]:
    assert not schema.errors, schema.errors
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}


def _sql(sql: str, dialect: str) -> dict[tuple[str, str], str]:
    return _flagged(columns_from_sql(sql, dialect, "m.up.sql"))


SUPABASE = """
create table if not exists {{ index .Options "Namespace" }}.users (
  id uuid not null primary key,
  email varchar(255) null,
  raw_app_meta_data jsonb null,
  raw_user_meta_data jsonb null
);
create table if not exists {{ index .Options "Namespace" }}.sessions (
  id uuid not null primary key,
  user_id uuid not null references {{ index .Options "Namespace" }}.users(id) on delete cascade,
  created_at timestamptz null
);
alter table {{ index .Options "Namespace" }}.sessions add column if not exists user_agent text, add column if not exists ip inet;
do $$ begin
  create table if not exists {{ index .Options "Namespace" }}.flow_state (
    id uuid primary key,
    user_id uuid null,
    auth_code text not null,
    provider_type text not null,
    referrer text null
  );
end $$;
create table if not exists {{ index .Options "Namespace" }}.identities (
  provider_id text not null,
  user_id uuid not null,
  identity_data jsonb not null,
  provider text not null
);
"""


def test_supabase_auth_sessions_and_profiles() -> None:
    flagged = _sql(SUPABASE, "postgres")
    assert flagged[("users", "email")] == "contact.email"
    assert flagged[("sessions", "id")] == "tracking.cookie_id"  # a uuid session key: what the session names
    assert flagged[("sessions", "ip")] == "device.ip_address"
    assert flagged[("users", "raw_user_meta_data")] == "user_content"  # the person's metadata document
    assert flagged[("identities", "identity_data")] == "user_content"
    assert ("flow_state", "referrer") not in flagged  # where a PKCE login flow came from


KRATOS = """
CREATE TABLE "identities" ("id" UUID NOT NULL, PRIMARY KEY("id"), "traits" jsonb NOT NULL,
  "metadata_public" jsonb, "metadata_admin" jsonb);
CREATE TABLE "identity_verifiable_addresses" ("id" UUID NOT NULL, PRIMARY KEY("id"), "code" VARCHAR (32) NOT NULL,
  "status" VARCHAR (16) NOT NULL, "via" VARCHAR (16) NOT NULL, "verified" bool NOT NULL, "value" VARCHAR (400) NOT NULL,
  "identity_id" UUID NOT NULL, FOREIGN KEY ("identity_id") REFERENCES "identities" ("id") ON DELETE cascade);
CREATE TABLE identity_login_codes (id UUID NOT NULL PRIMARY KEY, code VARCHAR (64) NOT NULL,
  address VARCHAR (255) NOT NULL, address_type CHAR(36) NOT NULL, used_at timestamp NULL, identity_id UUID);
CREATE TABLE identity_pending_traits_changes (id UUID NOT NULL PRIMARY KEY, identity_id UUID NOT NULL,
  new_address_value VARCHAR(255) NOT NULL, new_address_via VARCHAR(16) NOT NULL, proposed_traits JSONB NOT NULL);
CREATE TABLE "selfservice_login_flows" ("id" UUID NOT NULL, PRIMARY KEY("id"), "request_url" VARCHAR (2048) NOT NULL);
ALTER TABLE "selfservice_login_flows" ADD COLUMN "oauth2_login_challenge" UUID NULL;
ALTER TABLE "selfservice_login_flows" ADD COLUMN "oauth2_login_challenge_data" TEXT NULL;
"""


def test_kratos_addresses_are_reached_by_email_and_login_flows_are_no_ones() -> None:
    flagged = _sql(KRATOS, "postgres")
    assert flagged[("identity_verifiable_addresses", "value")] == "contact.email"  # beside `via`
    assert flagged[("identity_login_codes", "address")] == "contact.email"  # beside `address_type`, no street
    assert flagged[("identity_pending_traits_changes", "new_address_value")] == "contact.email"
    assert ("identity_pending_traits_changes", "new_address_via") not in flagged  # how, not where
    assert flagged[("identities", "metadata_public")] == "user_content"
    assert flagged[("identity_pending_traits_changes", "proposed_traits")] == "user_content"
    assert ("selfservice_login_flows", "request_url") not in flagged
    assert ("selfservice_login_flows", "oauth2_login_challenge") not in flagged
    assert ("selfservice_login_flows", "oauth2_login_challenge_data") not in flagged


HYDRA = """
CREATE TABLE hydra_client (id varchar(255) NOT NULL, client_name text NOT NULL, client_secret text NOT NULL,
  redirect_uris text NOT NULL, grant_types text NOT NULL, owner text NOT NULL, pk UUID);
ALTER TABLE hydra_client ADD COLUMN post_logout_redirect_uris TEXT NOT NULL DEFAULT '';
CREATE TABLE hydra_oauth2_flow (
  login_challenge character varying(40) NOT NULL,
  login_verifier character varying(40) NOT NULL,
  login_csrf character varying(40) NOT NULL,
  subject character varying(255) NOT NULL,
  request_url text NOT NULL,
  client_id character varying(255) NOT NULL,
  login_session_id character varying(40) NULL,
  login_remember_for integer NOT NULL,
  forced_subject_identifier character varying(255) NOT NULL DEFAULT '',
  identity_provider_session_id character varying(40) NULL
);
CREATE TABLE hydra_oauth2_authentication_session (id varchar(40) NOT NULL PRIMARY KEY, authenticated_at timestamp NULL,
  subject varchar(255) NOT NULL);
"""


def test_hydra_subjects_and_login_sessions_but_not_clients_or_challenges() -> None:
    flagged = _sql(HYDRA, "postgres")
    assert flagged[("hydra_oauth2_flow", "subject")] == "account.id"
    assert flagged[("hydra_oauth2_flow", "forced_subject_identifier")] == "account.id"
    assert flagged[("hydra_oauth2_flow", "login_session_id")] == "tracking.cookie_id"
    assert flagged[("hydra_oauth2_flow", "identity_provider_session_id")] == "tracking.cookie_id"
    assert flagged[("hydra_oauth2_authentication_session", "id")] == "tracking.cookie_id"
    for column in ("login_challenge", "login_verifier", "login_csrf", "login_remember_for", "client_id",
                   "request_url"):
        assert ("hydra_oauth2_flow", column) not in flagged, column
    # a registry of OAuth applications: its key and redirect URIs are a program's
    assert not {c for t, c in flagged if t == "hydra_client"} - {"owner"}


MANDRILL = """
CREATE TABLE atomic.com_mandrill_message_opened_1 (
    schema_vendor  varchar(128)   encode runlength not null,
    root_id        char(36)       encode raw not null,
    root_tstamp    timestamp      encode raw not null,
    ip                       varchar(255)   encode raw,
    "location.timezone"      varchar(255)   encode raw,
    "msg.email"              varchar(255)   encode raw,
    "msg.metadata.user_id"   varchar(255)   encode raw,
    "msg.sender"             varchar(255)   encode raw,
    "msg.subject"            varchar(255)   encode raw,
    "msg.resends"            varchar(5000)  encode raw,
    "msg.smtp_events"        varchar(5000)  encode raw,
    "user_agent_parsed.mobile"      varchar(255) encode raw,
    "user_agent_parsed.os_icon"     varchar(255) encode raw,
    "user_agent_parsed.ua_family"   varchar(255) encode raw,
    "user_agent_parsed.ua_version"  varchar(255) encode raw,
    user_agent               varchar(255)   encode raw,
    FOREIGN KEY (root_id) REFERENCES atomic.events(event_id)
)
DISTSTYLE KEY
DISTKEY (root_id)
SORTKEY (root_tstamp);
"""


def test_mail_webhook_fields_are_the_recipients_and_the_message_objects_are_not_prose() -> None:
    flagged = _sql(MANDRILL, "redshift")
    table = "com_mandrill_message_opened_1"
    assert flagged[(table, "msg.email")] == "contact.email"
    assert flagged[(table, "msg.metadata.user_id")] == "account.id"  # the message's metadata vetoes nothing
    assert flagged[(table, "user_agent_parsed.ua_family")] == "device.user_agent"
    assert flagged[(table, "user_agent_parsed.ua_version")] == "device.user_agent"
    for column in ("msg.sender", "msg.subject", "msg.resends", "msg.smtp_events", "user_agent_parsed.mobile",
                   "user_agent_parsed.os_icon", "root_id", "schema_vendor"):
        assert (table, column) not in flagged, column


SNOWPLOW = """
CREATE TABLE IF NOT EXISTS atomic.com_snowplowanalytics_snowplow_ua_parser_context_1 (
    "root_id"        CHAR(36)      ENCODE RAW NOT NULL,
    "useragent_family" VARCHAR(255) ENCODE ZSTD NOT NULL,
    "useragent_major"  VARCHAR(64)  ENCODE ZSTD,
    "os_family"        VARCHAR(255) ENCODE ZSTD NOT NULL,
    "os_major"         VARCHAR(64)  ENCODE ZSTD,
    "device_family"    VARCHAR(255) ENCODE ZSTD NOT NULL,
    FOREIGN KEY (root_id) REFERENCES atomic.events(event_id)
) DISTSTYLE KEY DISTKEY (root_id);
CREATE TABLE IF NOT EXISTS atomic.com_snowplowanalytics_snowplow_geolocation_context_1 (
    "root_id"     CHAR(36) ENCODE RAW NOT NULL,
    "latitude"    DOUBLE PRECISION ENCODE RAW NOT NULL,
    "longitude"   DOUBLE PRECISION ENCODE RAW NOT NULL,
    "latitude_longitude_accuracy" DOUBLE PRECISION ENCODE RAW,
    FOREIGN KEY (root_id) REFERENCES atomic.events(event_id)
) DISTSTYLE KEY DISTKEY (root_id);
CREATE TABLE atomic.com_clearbit_enrichment_company_1 (
    root_id char(36) encode raw not null,
    legal_name varchar(255) encode raw,
    phone varchar(255) encode raw,
    "geo.city" varchar(255) encode raw,
    "twitter.handle" varchar(255) encode raw,
    FOREIGN KEY (root_id) REFERENCES atomic.events(event_id)
);
CREATE TABLE atomic.com_callrail_call_complete_1 (
    root_id char(36) encode raw not null,
    callercity varchar(255) encode raw,
    ip varchar(45) encode raw,
    kissmetrics_id varchar(255) encode raw,
    transcription varchar(28000) encode raw,
    utma varchar(255) encode raw,
    utmz varchar(255) encode raw,
    FOREIGN KEY (root_id) REFERENCES atomic.events(event_id)
);
"""


def test_a_trackers_contexts_belong_to_the_visitor_of_the_event_they_point_to() -> None:
    flagged = _sql(SNOWPLOW, "redshift")
    ua, geo = "com_snowplowanalytics_snowplow_ua_parser_context_1", "com_snowplowanalytics_snowplow_geolocation_context_1"
    assert flagged[(ua, "useragent_family")] == "device.user_agent"
    assert flagged[(ua, "os_major")] == "device.os"
    assert flagged[(ua, "device_family")] == "device.model"
    assert flagged[(geo, "latitude")] == "location.precise"
    assert (geo, "latitude_longitude_accuracy") not in flagged  # metres of uncertainty
    # an organisation's record (`company_1`: versioned by a bare number) stays the organisation's
    assert not {c for t, c in flagged if t == "com_clearbit_enrichment_company_1"}
    call = "com_callrail_call_complete_1"
    assert flagged[(call, "utma")] == flagged[(call, "utmz")] == "tracking.cookie_id"
    assert flagged[(call, "kissmetrics_id")] == "tracking.cookie_id"
    assert flagged[(call, "transcription")] == "user_content"


HUBSPOT = """
version: 2
sources:
  - name: hubspot
    tables:
      - name: email_event_sent
        columns:
          - name: bcc
            description: The 'bcc' field of the email message.
          - name: cc
            description: The 'cc' field of the email message.
          - name: subject
            description: The subject line of the email message.
      - name: email_event
        columns:
          - name: recipient
            description: The email address of the contact related to the event.
          - name: caused_by_id
            description: The ID of the event which caused this event.
      - name: engagement_email
        columns:
          - name: timestamp
            description: >
              This field marks the email's time of occurrence and determines where the email sits on the record
              timeline.
      - name: deal
        columns:
          - name: property_dealname
            description: The name you have given this deal.
      - name: company
        columns:
          - name: property_industry
            description: The type of business the company performs.
      - name: ticket
        columns:
          - name: property_subject
            description: Short summary of ticket.
models:
  - name: stg_hubspot__email_event_sent
    columns:
      - name: bcc_emails
        description: The 'bcc' field of the email message.
"""


def test_hubspot_email_events_and_the_subject_of_a_description() -> None:
    flagged = _flagged(columns_from_dbt(HUBSPOT, "models/src_hubspot.yml"))
    assert flagged[("email_event_sent", "cc")] == flagged[("email_event_sent", "bcc")] == "contact.email"
    assert flagged[("stg_hubspot__email_event_sent", "bcc_emails")] == "contact.email"  # a copy, not a card
    assert flagged[("email_event", "recipient")] == "contact.email"
    assert flagged[("ticket", "property_subject")] == "user_content"  # the ticket's, with the connector's prefix
    for key in (("email_event_sent", "subject"), ("email_event", "caused_by_id"), ("engagement_email", "timestamp"),
                ("deal", "property_dealname"), ("company", "property_industry")):
        assert key not in flagged, key


ICINGA_UPGRADE = """
DELIMITER //
DROP PROCEDURE IF EXISTS ido_drop_index_if_exists //
CREATE PROCEDURE ido_drop_index_if_exists (
  IN p_table_name varchar(64),
  IN p_index_name varchar(64)
)
  DETERMINISTIC
  MODIFIES SQL DATA
  BEGIN
    IF ido_index_exists(p_table_name, p_index_name)
    THEN
      SET @ido_drop_index_sql = CONCAT('ALTER TABLE `', SCHEMA(), '`.`', p_table_name, '` DROP INDEX `', p_index_name, '`');
      PREPARE stmt FROM @ido_drop_index_sql;
      EXECUTE stmt;
    END IF;
  END //
CREATE PROCEDURE add_contact_column (IN p_table_name varchar(64))
  BEGIN
    SET @sql = CONCAT('ALTER TABLE `', p_table_name, '` ADD COLUMN `email_address` varchar(1024)');
    PREPARE stmt FROM @sql;
  END //
DELIMITER ;
CALL ido_drop_index_if_exists('icinga_comments', 'instance_id');
"""


def test_dynamic_sql_in_a_stored_procedure_fails_closed_only_when_it_may_change_columns() -> None:
    schema = columns_from_sql(ICINGA_UPGRADE, "mysql", "upgrade-2.8.0.sql")
    assert not schema.columns
    # Icinga's index helper drops an index (no column): read; a string that adds a column cannot be
    assert [(e.line, e.reason.split(" (")[0]) for e in schema.errors] == [(20, "dynamic SQL")]


UMAMI = """
-- CreateTable
CREATE TABLE "website_event" (
    "event_id" UUID NOT NULL,
    "website_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "url_path" VARCHAR(500) NOT NULL,
    "url_query" VARCHAR(500),
    "referrer_domain" VARCHAR(500),
    "hostname" VARCHAR(100),
    CONSTRAINT "website_event_pkey" PRIMARY KEY ("event_id")
);
-- AlterTable
ALTER TABLE "website_event" ADD COLUMN "visit_id" UUID NULL;
"""

SNOWPLOW_EVENTS = """
CREATE TABLE atomic.com_snowplowanalytics_snowplow_client_session_1 (
    "root_id" CHAR(36) ENCODE RAW NOT NULL,
    "session_id" CHAR(36) ENCODE ZSTD NOT NULL,
    "previous_session_id" CHAR(36) ENCODE ZSTD,
    "storage_mechanism" VARCHAR(12) ENCODE ZSTD NOT NULL,
    FOREIGN KEY (root_id) REFERENCES atomic.events(event_id)
);
CREATE TABLE atomic.com_snowplowanalytics_snowplow_change_form_1 (
    "root_id" CHAR(36) ENCODE RAW NOT NULL,
    "form_id" VARCHAR(4096) ENCODE ZSTD NOT NULL,
    "element_id" VARCHAR(4096) ENCODE ZSTD NOT NULL,
    "value" VARCHAR(4096) ENCODE ZSTD,
    FOREIGN KEY (root_id) REFERENCES atomic.events(event_id)
);
CREATE TABLE atomic.com_callrail_call_complete_1 (
    root_id char(36) encode raw not null,
    callername varchar(255) encode raw,
    callernum varchar(255) encode raw,
    destinationnum varchar(255) encode raw,
    FOREIGN KEY (root_id) REFERENCES atomic.events(event_id)
);
"""


def test_visits_and_sessions_of_a_web_analytics_product_and_of_a_tracker() -> None:
    flagged = _sql(UMAMI, "postgres")
    assert flagged[("website_event", "session_id")] == flagged[("website_event", "visit_id")] == "tracking.cookie_id"
    assert flagged[("website_event", "url_query")] == flagged[("website_event", "referrer_domain")] == "behavioral"
    assert ("website_event", "hostname") not in flagged  # the site's own host
    flagged = _sql(SNOWPLOW_EVENTS, "redshift")
    session = "com_snowplowanalytics_snowplow_client_session_1"
    assert flagged[(session, "session_id")] == flagged[(session, "previous_session_id")] == "tracking.cookie_id"
    assert flagged[("com_snowplowanalytics_snowplow_change_form_1", "value")] == "user_content"  # what was typed
    assert ("com_snowplowanalytics_snowplow_change_form_1", "element_id") not in flagged
    assert flagged[("com_callrail_call_complete_1", "callername")] == "identity.person_name"
    assert flagged[("com_callrail_call_complete_1", "callernum")] == "profile.phone_number"


KAMAILIO_LOCATION = """
CREATE TABLE location (
    id SERIAL PRIMARY KEY NOT NULL,
    ruid VARCHAR(64) DEFAULT '' NOT NULL,
    username VARCHAR(64) DEFAULT '' NOT NULL,
    contact VARCHAR(512) DEFAULT '' NOT NULL,
    received VARCHAR(128) DEFAULT NULL,
    callid VARCHAR(255) DEFAULT 'Default-Call-ID' NOT NULL,
    cseq INTEGER DEFAULT 1 NOT NULL,
    user_agent VARCHAR(255) DEFAULT '' NOT NULL,
    instance VARCHAR(255) DEFAULT NULL,
    reg_id INTEGER DEFAULT 0 NOT NULL
);
"""


def test_a_sip_registrations_reg_id_is_no_push_id() -> None:
    flagged = _sql(KAMAILIO_LOCATION, "postgres")
    assert flagged[("location", "username")] == "account.id"
    assert ("location", "reg_id") not in flagged  # RFC 5626's registration id, beside `callid` and `cseq`


def test_a_distinguished_name_alone_is_no_account_in_a_schema() -> None:
    """`group_dn`, `client_dn`: an LDAP entry or a certificate of any kind. Only values starting at
    a user's `uid=` could make one an account, and a schema has none; `user_dn` still says whose."""
    flagged = _sql("""
        CREATE TABLE user_domains_ldap (id int, dn varchar(255), group_dn varchar(255), specific_dn varchar(255));
        CREATE TABLE apiuser (id int, client_dn varchar(64), user_dn varchar(255));
    """, "mysql")
    assert ("user_domains_ldap", "dn") not in flagged
    assert ("user_domains_ldap", "group_dn") not in flagged
    assert ("apiuser", "client_dn") not in flagged
    assert flagged[("apiuser", "user_dn")] == "account.id"


def test_the_heads_only_values_decide_are_declared_on_the_recognizer() -> None:
    """The account recognizer declares `dn` beside its names; any recognizer of account ids
    may declare more, and a schema then takes none of them for a column's head word."""
    from catalog.checks.static import Column, classify_column
    from catalog.policy import load_policy as policy_of
    from classifiers.recognizers.account_id import AccountIdRecognizer
    from classifiers.registry import default_recognizers

    assert "dn" in AccountIdRecognizer.value_decided_names

    class LoginsDecidedByValues(AccountIdRecognizer):
        value_decided_names = ("dn", "acct")

    column = Column(table="ledger_settings", name="primary_acct", declared_type="varchar(64)")
    default = default_recognizers()
    assert [d.category for d in classify_column(column, default, policy_of())] == ["account.id"]
    declared = [LoginsDecidedByValues() if isinstance(r, AccountIdRecognizer) else r for r in default]
    assert "account.id" not in [d.category for d in classify_column(column, declared, policy_of())]
