"""Static mode on classes of error found across benchmarks/static..static25 (session 30). Each
excerpt is written the way the projects write it; each test also holds a true neighbour."""
from __future__ import annotations

from tests.catalog.check_helpers import flagged_in_sql

# Lago's billing schema (pg_dump): a customer's link to a payment provider, and the rows that
# point to that link
LAGO_PROVIDERS = """
CREATE TABLE public.payment_provider_customers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    customer_id uuid NOT NULL,
    payment_provider_id uuid,
    type character varying NOT NULL,
    provider_customer_id character varying,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL
);
CREATE TABLE public.refunds (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    payment_id uuid NOT NULL,
    payment_provider_customer_id uuid NOT NULL,
    amount_cents bigint DEFAULT 0 NOT NULL
);
"""

# Mozilla's subscription platform (BigQuery): a subscription record with the provider's ids
SUBPLAT = """
CREATE TABLE `moz-fx-data-shared-prod.subscription_platform_derived.logical_subscriptions_history_v1` (
  id STRING,
  subscription STRUCT<
    id STRING,
    provider STRING,
    provider_subscription_id STRING,
    provider_customer_id STRING,
    provider_plan_id STRING,
    mozilla_account_id STRING
  >
);
"""


def test_the_customers_id_at_the_payment_provider_is_their_account() -> None:
    lago = flagged_in_sql(LAGO_PROVIDERS, "postgres")
    # Stripe's `cus_…`: the payer's id at the provider, though the table's name ends like it
    assert lago[("payment_provider_customers", "provider_customer_id")] == "account.id"
    assert lago[("payment_provider_customers", "customer_id")] == "account.id"
    # the key of the local link row that a refund points to is no one's id at the provider
    assert ("refunds", "payment_provider_customer_id") not in lago
    subplat = flagged_in_sql(SUBPLAT, "bigquery")
    assert subplat[("logical_subscriptions_history_v1", "subscription.provider_customer_id")] == "account.id"
    # the provider's ids of the subscription and the plan are things
    assert ("logical_subscriptions_history_v1", "subscription.provider_subscription_id") not in subplat
    assert ("logical_subscriptions_history_v1", "subscription.provider_plan_id") not in subplat


# Lago's invoices: the PDF and XML it renders for each invoice and credit note it issues
LAGO_INVOICES = """
CREATE TABLE public.invoices (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    customer_id uuid,
    number character varying NOT NULL,
    file character varying,
    xml_file character varying,
    issuing_date date
);
CREATE TABLE public.credit_notes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    customer_id uuid NOT NULL,
    invoice_id uuid NOT NULL,
    file character varying,
    xml_file character varying
);
CREATE TABLE public.attachments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    file_name character varying
);
"""


def test_the_file_an_issued_invoice_is_rendered_to_is_no_ones_file() -> None:
    flagged = flagged_in_sql(LAGO_INVOICES, "postgres")
    for table in ("invoices", "credit_notes"):
        assert (table, "file") not in flagged
        assert (table, "xml_file") not in flagged
        assert flagged[(table, "customer_id")] == "account.id"
    # a file a user uploaded stays theirs
    assert flagged[("attachments", "file_name")] == "device.app_file_names"


# Vaultwarden (PostgreSQL migrations) and Firefox Accounts (BigQuery): reminders people write
HINTS = """
CREATE TABLE users (
    uuid CHAR(36) NOT NULL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash BYTEA NOT NULL,
    password_hint TEXT
);
CREATE TABLE recovery_keys (
    uid CHAR(32) NOT NULL,
    hint TEXT,
    enabled BOOLEAN
);
CREATE TABLE form_field (
    id INTEGER PRIMARY KEY,
    label VARCHAR(255),
    hint VARCHAR(512)
);
"""


def test_a_hint_someone_wrote_about_their_secret_is_their_words() -> None:
    flagged = flagged_in_sql(HINTS, "postgres")
    assert flagged[("users", "password_hint")] == "user_content"
    assert flagged[("recovery_keys", "hint")] == "user_content"
    assert flagged[("users", "email")] == "contact.email"
    # a form's help text is the program's
    assert ("form_field", "hint") not in flagged


# a clickstream's event table on Redshift (geo block of the visitor's IP) and a GeoLite
# country table with no one in it
GEO = """
CREATE TABLE clickstream.event_v2 (
    event_id VARCHAR(255),
    user_pseudo_id VARCHAR(255),
    geo_country VARCHAR(255),
    geo_continent VARCHAR(255),
    geo_sub_continent VARCHAR(255),
    geo_city VARCHAR(255)
);
CREATE TABLE geolite.country_locations (
    geoname_id INTEGER,
    continent_code VARCHAR(2),
    continent_name VARCHAR(64),
    country_iso_code VARCHAR(2),
    country_name VARCHAR(64)
);
"""


def test_the_continent_someone_is_placed_in_is_an_area() -> None:
    flagged = flagged_in_sql(GEO, "redshift")
    assert flagged[("event_v2", "geo_continent")] == "location.approximate"
    assert flagged[("event_v2", "geo_sub_continent")] == "location.approximate"
    assert flagged[("event_v2", "geo_country")] == "location.approximate"
    # a table of countries and their continents is reference data
    assert ("country_locations", "continent_name") not in flagged
    assert ("country_locations", "continent_code") not in flagged


# Lago's customers (pg_dump) and a users table beside them
KINDS = """
CREATE TYPE public.customer_type AS ENUM ('company', 'individual');
CREATE TYPE public.customer_account_type AS ENUM ('customer', 'partner');
CREATE TABLE public.customers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    external_id character varying NOT NULL,
    name character varying,
    email character varying,
    customer_type public.customer_type,
    account_type public.customer_account_type DEFAULT 'customer'::public.customer_account_type NOT NULL
);
CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email character varying,
    user_type character varying
);
"""


def test_the_kind_of_a_billing_customer_is_no_role_on_the_platform() -> None:
    flagged = flagged_in_sql(KINDS, "postgres")
    assert ("customers", "customer_type") not in flagged
    assert ("customers", "account_type") not in flagged
    assert flagged[("customers", "email")] == "contact.email"
    # what a user signed up as stays their identity on the platform
    assert flagged[("users", "user_type")] == "profile.identity"


# an OpenID provider's registered clients (RFC 7591), as Hydra, MAS and Rauthy keep them
CLIENTS = """
CREATE TABLE hydra_client (
    id VARCHAR(255) NOT NULL PRIMARY KEY,
    client_name TEXT NOT NULL,
    client_secret TEXT NOT NULL,
    redirect_uris TEXT NOT NULL,
    owner TEXT NOT NULL,
    contacts_json JSONB NOT NULL,
    logo_uri TEXT NOT NULL
);
CREATE TABLE address_books (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL,
    contacts JSONB
);
"""


def test_the_contacts_of_a_registered_client_are_e_mail_addresses() -> None:
    flagged = flagged_in_sql(CLIENTS, "postgres")
    assert flagged[("hydra_client", "contacts_json")] == "contact.email"
    assert ("hydra_client", "redirect_uris") not in flagged
    # an address book's `contacts` is a list of people, not of addresses
    assert flagged.get(("address_books", "contacts")) != "contact.email"


# Authelia's WebAuthn credentials (PostgreSQL migrations)
WEBAUTHN = """
CREATE TABLE webauthn_credentials (
    id SERIAL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    username VARCHAR(100) NOT NULL,
    description VARCHAR(64) NOT NULL,
    kid VARCHAR(512) NOT NULL,
    aaguid CHAR(36) NULL,
    attestation_type VARCHAR(32),
    transport VARCHAR(20) DEFAULT '',
    sign_count INTEGER DEFAULT 0
);
"""


def test_the_aaguid_of_a_security_key_names_its_model() -> None:
    flagged = flagged_in_sql(WEBAUTHN, "postgres")
    assert flagged[("webauthn_credentials", "aaguid")] == "device.model"
    assert flagged[("webauthn_credentials", "username")] == "account.id"
    assert ("webauthn_credentials", "attestation_type") not in flagged


# OLIDS (Snowflake): a practitioner's part in an appointment; FOSSBilling (MySQL): an admin's
# log-ins; and a table of people whose `id` is the person's
RECORDS_OF_PEOPLE = """
CREATE TABLE appointment_practitioner (
    id VARCHAR,
    appointment_id VARCHAR,
    practitioner_id VARCHAR,
    lds_start_date_time TIMESTAMP_NTZ(9)
);
CREATE TABLE practitioner (
    id VARCHAR,
    first_name VARCHAR,
    last_name VARCHAR
);
CREATE TABLE activity_admin_history (
    id BIGINT NOT NULL AUTO_INCREMENT,
    admin_id BIGINT,
    ip VARCHAR(45),
    created_at DATETIME,
    PRIMARY KEY (id)
);
"""


def test_a_bare_id_beside_the_key_named_after_its_person_numbers_the_record() -> None:
    flagged = flagged_in_sql(RECORDS_OF_PEOPLE, "snowflake")
    assert ("appointment_practitioner", "id") not in flagged
    assert flagged[("appointment_practitioner", "practitioner_id")] == "account.id"
    assert ("activity_admin_history", "id") not in flagged
    assert flagged[("activity_admin_history", "admin_id")] == "account.id"
    # the key of the practitioner's own row is theirs
    assert flagged[("practitioner", "id")] == "account.id"


# Ory Kratos' identities (PostgreSQL migrations) and a project table beside them
IDENTIFIERS = """
CREATE TABLE identity_credential_identifiers (
    id UUID NOT NULL PRIMARY KEY,
    identifier VARCHAR(255) NOT NULL,
    identity_credential_id UUID NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE projects (
    id SERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    identifier VARCHAR(50) DEFAULT ''
);
"""


def test_the_identifier_of_an_identity_is_the_persons_login() -> None:
    flagged = flagged_in_sql(IDENTIFIERS, "postgres")
    assert flagged[("identity_credential_identifiers", "identifier")] == "account.id"
    assert ("projects", "identifier") not in flagged


# Tiny Tiny RSS (pg_dump): a feed's entries and their byline; Zen Cart: a plugin's vendor
BYLINES = """
CREATE TABLE ttrss_entries (
    id integer NOT NULL,
    title text NOT NULL,
    guid text NOT NULL,
    link text NOT NULL,
    content text NOT NULL,
    author character varying(250) DEFAULT ''::character varying NOT NULL
);
CREATE TABLE plugin_control (
    unique_key varchar(40) NOT NULL,
    name varchar(64) NOT NULL DEFAULT '',
    author varchar(64) NOT NULL DEFAULT '',
    version varchar(10)
);
"""


def test_the_byline_of_a_feed_entry_is_a_persons_name() -> None:
    flagged = flagged_in_sql(BYLINES, "postgres")
    assert flagged[("ttrss_entries", "author")] == "identity.person_name"
    # a plugin's author is its vendor, no one's login or name here
    assert flagged.get(("plugin_control", "author")) != "identity.person_name"


# Snowplow's Redshift table for Mandrill's click event: the reader's IP, looked up
CLICKED = """
CREATE TABLE atomic.com_mandrill_message_clicked_1 (
    root_id        char(36)       encode raw not null,
    root_tstamp    timestamp      encode raw not null,
    _id                                varchar(255)   encode raw,
    ip                                 varchar(255)   encode raw,
    ts                                 timestamp      encode raw,
    "location.city"                    varchar(255)   encode raw,
    "location.country"                 varchar(255)   encode raw,
    "location.timezone"                varchar(255)   encode raw,
    "msg.email"                        varchar(255)   encode raw
);
CREATE TABLE public.subscription_plans (
    id integer,
    name varchar(255),
    plan_interval_timezone varchar(64)
);
"""


def test_the_time_zone_of_a_looked_up_location_is_the_readers() -> None:
    flagged = flagged_in_sql(CLICKED, "redshift")
    assert flagged[("com_mandrill_message_clicked_1", "location.timezone")] == "device.time_zone"
    assert flagged[("com_mandrill_message_clicked_1", "location.city")] == "location.approximate"
    # a plan's time zone is the plan's
    assert ("subscription_plans", "plan_interval_timezone") not in flagged


# osTicket (MySQL install script): a user's e-mail addresses, one a row; Lever's phones likewise
ONE_A_ROW = """
CREATE TABLE `ost_user_email` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `user_id` int(10) unsigned NOT NULL,
  `flags` int(10) unsigned NOT NULL DEFAULT 0,
  `address` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_contact_phone` (
  `contact_id` int(10) unsigned NOT NULL,
  `type` varchar(32),
  `value` varchar(64)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_user_address` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `user_id` int(10) unsigned NOT NULL,
  `address` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
"""


def test_the_value_of_a_row_of_phones_or_e_mails_is_one() -> None:
    flagged = flagged_in_sql(ONE_A_ROW, "mysql")
    assert flagged[("ost_user_email", "address")] == "contact.email"
    assert flagged[("ost_contact_phone", "value")] == "profile.phone_number"
    # a table of a user's addresses keeps postal addresses
    assert flagged[("ost_user_address", "address")] == "contact.postal_address"


# Rallly (Prisma's migrations, PostgreSQL): NextAuth's accounts and a calendar connection
LINKED = """
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "calendar_connections" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    CONSTRAINT "calendar_connections_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "ledger_entries" (
    "id" TEXT NOT NULL,
    "asset_account_id" TEXT NOT NULL,
    "amount" INTEGER NOT NULL
);
"""


def test_an_account_id_at_a_provider_is_no_row_of_the_schemas_accounts() -> None:
    flagged = flagged_in_sql(LINKED, "postgres")
    # the user's id at the calendar's provider, though `accounts` here holds only keys and tokens
    assert flagged[("calendar_connections", "provider_account_id")] == "account.id"
    assert flagged[("accounts", "provider_account_id")] == "account.id"
    # a ledger's `asset_account_id` still reads as a role of a row of `accounts`, no one's
    assert ("ledger_entries", "asset_account_id") not in flagged


# Authgear (PostgreSQL migrations): an OAuth identity's user at the provider, beside a users table
AUTHGEAR = """
CREATE TABLE _auth_user (
    id text PRIMARY KEY,
    app_id text NOT NULL,
    created_at timestamp without time zone NOT NULL
);
CREATE TABLE _auth_identity_oauth (
    id text PRIMARY KEY REFERENCES _auth_identity(id),
    app_id text NOT NULL,
    provider_type text NOT NULL,
    provider_user_id text NOT NULL,
    claims jsonb
);
"""


def test_a_provider_user_id_keeps_what_the_users_table_passes_on() -> None:
    flagged = flagged_in_sql(AUTHGEAR, "postgres")
    assert flagged[("_auth_identity_oauth", "provider_user_id")] == "account.id"


# Rallly: who is invited to a scheduled event, in their time zone; the event's own zone
INVITES = """
CREATE TABLE "scheduled_event_invites" (
    "id" TEXT NOT NULL,
    "scheduled_event_id" TEXT NOT NULL,
    "invitee_name" TEXT NOT NULL,
    "invitee_email" TEXT NOT NULL,
    "invitee_time_zone" TEXT,
    CONSTRAINT "scheduled_event_invites_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "scheduled_events" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "event_time_zone" TEXT,
    CONSTRAINT "scheduled_events_pkey" PRIMARY KEY ("id")
);
"""


def test_an_invitees_time_zone_is_theirs() -> None:
    flagged = flagged_in_sql(INVITES, "postgres")
    assert flagged[("scheduled_event_invites", "invitee_time_zone")] == "device.time_zone"
    assert flagged[("scheduled_event_invites", "invitee_email")] == "contact.email"
    # the time zone an event is set in is the event's
    assert ("scheduled_events", "event_time_zone") not in flagged


# Stack Auth (Prisma's migrations): a project's user's linked OAuth account
STACK = """
CREATE TABLE "ProjectUserOAuthAccount" (
    "tenancyId" UUID NOT NULL,
    "projectUserId" UUID,
    "configOAuthProviderId" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "email" TEXT,
    CONSTRAINT "ProjectUserOAuthAccount_pkey" PRIMARY KEY ("tenancyId", "configOAuthProviderId", "providerAccountId")
);
CREATE TABLE "OAuthProviderConfig" (
    "projectConfigId" UUID NOT NULL,
    "id" TEXT NOT NULL,
    "providerAccountId" TEXT
);
"""


def test_a_provider_account_beside_a_project_users_key_is_theirs() -> None:
    flagged = flagged_in_sql(STACK, "postgres")
    assert flagged[("ProjectUserOAuthAccount", "providerAccountId")] == "account.id"
    # a provider's configuration, with no user beside it, holds no one's account
    assert ("OAuthProviderConfig", "providerAccountId") not in flagged


# Simple Machines Forum (MySQL install script): a member's lists of other members
SMF = """
CREATE TABLE {$db_prefix}members (
  id_member MEDIUMINT UNSIGNED AUTO_INCREMENT,
  member_name VARCHAR(80) NOT NULL DEFAULT '',
  buddy_list TEXT NOT NULL,
  pm_ignore_list TEXT NULL,
  PRIMARY KEY (id_member)
) ENGINE={$engine};
CREATE TABLE {$db_prefix}products (
  id_product MEDIUMINT UNSIGNED AUTO_INCREMENT,
  price_list TEXT NOT NULL,
  PRIMARY KEY (id_product)
) ENGINE={$engine};
"""


def test_a_members_list_of_other_members_holds_their_accounts() -> None:
    flagged = flagged_in_sql(SMF, "mysql")
    assert flagged[("members", "buddy_list")] == "account.id"
    assert flagged[("members", "pm_ignore_list")] == "account.id"
    assert ("products", "price_list") not in flagged


# SMF's members and a store's settings
OFFSETS = """
CREATE TABLE {$db_prefix}members (
  id_member MEDIUMINT UNSIGNED AUTO_INCREMENT,
  member_name VARCHAR(80) NOT NULL DEFAULT '',
  time_format VARCHAR(80) NOT NULL DEFAULT '',
  time_offset FLOAT NOT NULL DEFAULT 0,
  PRIMARY KEY (id_member)
) ENGINE={$engine};
CREATE TABLE {$db_prefix}scheduled_tasks (
  id_task SMALLINT AUTO_INCREMENT,
  next_time INT NOT NULL DEFAULT 0,
  time_offset INT NOT NULL DEFAULT 0,
  PRIMARY KEY (id_task)
) ENGINE={$engine};
"""


def test_a_members_clock_offset_is_their_time_zone() -> None:
    flagged = flagged_in_sql(OFFSETS, "mysql")
    assert flagged[("members", "time_offset")] == "device.time_zone"
    # a scheduled task's offset is when it runs
    assert ("scheduled_tasks", "time_offset") not in flagged


# phpBB (MySQL schema) and osTicket: who posted, by key and by name; a film's poster picture
POSTERS = """
CREATE TABLE phpbb_topics (
  topic_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  topic_title varchar(255) DEFAULT '' NOT NULL,
  topic_poster mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_bumper mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (topic_id)
);
CREATE TABLE ost_thread_entry (
  id int(11) unsigned NOT NULL auto_increment,
  thread_id int(11) unsigned NOT NULL default '0',
  poster varchar(128) NOT NULL default '',
  PRIMARY KEY (id)
);
CREATE TABLE movies (
  id int(11) unsigned NOT NULL auto_increment,
  title varchar(255),
  poster varchar(255),
  PRIMARY KEY (id)
);
"""


def test_who_posted_is_a_key_by_number_and_a_name_by_text() -> None:
    flagged = flagged_in_sql(POSTERS, "mysql")
    assert flagged[("phpbb_topics", "topic_poster")] == "account.id"
    assert flagged[("phpbb_topics", "topic_bumper")] == "account.id"
    assert flagged[("ost_thread_entry", "poster")] == "identity.person_name"
    assert ("movies", "poster") not in flagged


# SMF's members: a login's secret question and answer beside the member's own words
SECRETS = """
CREATE TABLE {$db_prefix}members (
  id_member MEDIUMINT UNSIGNED AUTO_INCREMENT,
  member_name VARCHAR(80) NOT NULL DEFAULT '',
  signature TEXT NOT NULL,
  secret_question VARCHAR(255) NOT NULL DEFAULT '',
  secret_answer VARCHAR(64) NOT NULL DEFAULT '',
  PRIMARY KEY (id_member)
) ENGINE={$engine};
"""


def test_a_secret_question_and_answer_are_a_credential_not_words_shared() -> None:
    flagged = flagged_in_sql(SECRETS, "mysql")
    assert ("members", "secret_question") not in flagged
    assert ("members", "secret_answer") not in flagged
    assert flagged[("members", "signature")] == "user_content"
