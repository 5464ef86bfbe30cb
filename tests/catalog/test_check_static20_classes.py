"""Static mode on the shapes benchmarks/static20 found: a password manager's authentication
server's Diesel migrations (Vaultwarden), a billing API's `pg_dump` (Lago), a shop's MySQL
install script (Zen Cart), Fivetran's Pendo dbt source package, a Sparkify Redshift star
schema and an NHS primary-care data set's Snowflake DDL (OLIDS). Each excerpt is written the
way those projects write it."""
from __future__ import annotations

from catalog.checks.static import columns_from_sql

from tests.catalog.check_helpers import static_flagged


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return static_flagged(schema)


# NHS OLIDS (`OLIDS/Snowflake/OLIDS_COMMON/OBSERVATION.sql`): every clinical table says which
# GP practice owns the record
OLIDS_OBSERVATION = """
CREATE OR REPLACE TABLE DB.OLIDS_COMMON.OBSERVATION (
    ID VARCHAR(16777216),
    PATIENT_ID VARCHAR(16777216),
    PERSON_ID VARCHAR(16777216),
    RECORD_OWNER_ORGANISATION_CODE VARCHAR(16777216),
    AGE_AT_EVENT NUMBER(38,0)
);
"""


def test_the_code_of_an_organisation_that_owns_a_record_is_no_persons_key() -> None:
    flagged = _flagged(OLIDS_OBSERVATION, "snowflake")  # (names as Snowflake keeps them, upper case)
    assert ("OBSERVATION", "RECORD_OWNER_ORGANISATION_CODE") not in flagged
    assert flagged[("OBSERVATION", "PATIENT_ID")] == "account.id"
    assert flagged[("OBSERVATION", "AGE_AT_EVENT")] == "identity.date_of_birth"


# NHS OLIDS (`OLIDS_PCD/PATIENT.sql`, `PATIENT_UPRN.sql`): the NHS number, Royal Mail's address
# parts and an address matcher's grades (OLIDS keeps the UPRN a NUMBER, which no street address
# is; other UK data sets keep it as text, as here)
OLIDS_PATIENT = """
CREATE OR REPLACE TABLE DB.OLIDS_PCD.PATIENT (
    ID VARCHAR(16777216),
    NHS_NUMBER VARCHAR(16777216),
    FIRST_NAME VARCHAR(16777216),
    LAST_NAME VARCHAR(16777216)
);
CREATE OR REPLACE TABLE DB.OLIDS_PCD.PATIENT_UPRN (
    ID VARCHAR(16777216),
    UPRN VARCHAR(12),
    SUB_BUILDING_NAME VARCHAR(16777216),
    BUILDING_NAME VARCHAR(16777216),
    BUILDING_NUMBER VARCHAR(16777216),
    THOROUGHFARE VARCHAR(16777216),
    POSTCODE VARCHAR(16777216),
    ADDRESS_FORMAT_QUALITY VARCHAR(16777216),
    POSTCODE_QUALITY VARCHAR(16777216)
);
"""


def test_an_nhs_number_and_the_uk_address_parts_are_found() -> None:
    flagged = _flagged(OLIDS_PATIENT, "snowflake")
    assert flagged[("PATIENT", "NHS_NUMBER")] == "identity.government_id"
    for column in ("UPRN", "SUB_BUILDING_NAME", "BUILDING_NAME", "BUILDING_NUMBER", "THOROUGHFARE"):
        assert flagged[("PATIENT_UPRN", column)] == "contact.postal_address", column
    # how good the address match was, not the address
    assert ("PATIENT_UPRN", "POSTCODE") in flagged
    assert ("PATIENT_UPRN", "ADDRESS_FORMAT_QUALITY") not in flagged
    assert ("PATIENT_UPRN", "POSTCODE_QUALITY") not in flagged


# Lago's `db/structure.sql`: the keys fees and events are grouped by, and the payment terms
LAGO_FEES = """
CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email character varying
);
CREATE TABLE public.fees (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    grouped_by jsonb DEFAULT '{}'::jsonb NOT NULL,
    net_payment_term integer,
    approved_by integer
);
CREATE TABLE public.billable_metrics_grouped_charges (
    filters_grouped_by jsonb
);
"""


def test_what_rows_are_grouped_by_is_no_ones_and_payment_terms_no_network() -> None:
    flagged = _flagged(LAGO_FEES)
    assert ("fees", "grouped_by") not in flagged
    assert ("billable_metrics_grouped_charges", "filters_grouped_by") not in flagged
    assert ("fees", "net_payment_term") not in flagged
    assert flagged[("fees", "approved_by")] == "account.id"  # who approved: still a person


# Lago: the operator's own companies that send the invoices, beside its customers
LAGO_BILLING_ENTITIES = """
CREATE TABLE public.billing_entities (
    id uuid NOT NULL,
    address_line1 character varying,
    city character varying,
    email character varying,
    legal_name character varying,
    timezone character varying,
    tax_identification_number character varying
);
CREATE TABLE public.customers (
    id uuid NOT NULL,
    name character varying,
    email character varying,
    tax_identification_number character varying
);
CREATE TABLE public.billing_addresses (
    id uuid NOT NULL,
    user_id integer,
    address_line1 character varying
);
"""


def test_a_billing_entity_is_a_company_and_its_contacts_are_its_own() -> None:
    flagged = _flagged(LAGO_BILLING_ENTITIES)
    assert not {column for table, column in flagged if table == "billing_entities"}
    assert flagged[("customers", "email")] == "contact.email"
    assert flagged[("customers", "tax_identification_number")] == "identity.government_id"
    assert flagged[("billing_addresses", "address_line1")] == "contact.postal_address"  # still a person's


# Zen Cart's `mysql_zencart.sql`: a coupon's limit per customer; the ADOdb session store
ZENCART = """
CREATE TABLE IF NOT EXISTS customers (
  customers_id int(11) NOT NULL auto_increment,
  customers_email_address varchar(96) NOT NULL default '',
  PRIMARY KEY  (customers_id)
) ENGINE=MyISAM;
CREATE TABLE IF NOT EXISTS coupons (
  coupon_id int(11) NOT NULL auto_increment,
  uses_per_coupon int(5) NOT NULL default '1',
  uses_per_user int(5) NOT NULL default '0',
  PRIMARY KEY  (coupon_id)
) ENGINE=MyISAM;
CREATE TABLE IF NOT EXISTS users (
  user_id int(11) NOT NULL auto_increment,
  PRIMARY KEY  (user_id)
) ENGINE=MyISAM;
CREATE TABLE IF NOT EXISTS sessions (
  sesskey varchar(255) NOT NULL default '',
  expiry int(11) unsigned NOT NULL default '0',
  value mediumblob NOT NULL,
  PRIMARY KEY  (sesskey)
) ENGINE=MyISAM;
"""


def test_a_limit_per_user_is_no_key_and_a_session_stores_key_is_the_cookie() -> None:
    flagged = _flagged(ZENCART, "mysql")
    assert ("coupons", "uses_per_user") not in flagged
    assert flagged[("sessions", "sesskey")] == "tracking.cookie_id"


# Vaultwarden's first migration: a user's public key, beside their e-mail
VAULTWARDEN_USERS = """
CREATE TABLE users (
  uuid                CHAR(36) NOT NULL PRIMARY KEY,
  email               VARCHAR(255) NOT NULL UNIQUE,
  public_key          TEXT,
  external_id         TEXT
);
"""


def test_a_users_public_key_is_a_cryptographic_key_not_an_id_elsewhere() -> None:
    flagged = _flagged(VAULTWARDEN_USERS)
    assert ("users", "public_key") not in flagged
    assert flagged[("users", "external_id")] == "account.id"


# Pendo's guide events (as a Redshift table): the coordinates Pendo's IP lookup gives beside
# the request's address; a check-in's coordinates stay a device's fix
PENDO_GUIDE_EVENT = """
CREATE TABLE guide_event (
    visitor_id varchar(256),
    remote_ip varchar(64),
    country varchar(64),
    region varchar(64),
    latitude double precision,
    longitude double precision
);
CREATE TABLE checkins (
    user_id integer,
    city varchar(64),
    latitude double precision,
    longitude double precision
);
CREATE TABLE orders (
    customer_id integer,
    browser_ip varchar(64),
    shipping_address_city varchar(64),
    shipping_address_latitude double precision,
    shipping_address_longitude double precision
);
"""


def test_coordinates_beside_a_looked_up_ip_are_approximate() -> None:
    flagged = _flagged(PENDO_GUIDE_EVENT, "redshift")
    assert flagged[("guide_event", "latitude")] == "location.approximate"
    assert flagged[("guide_event", "longitude")] == "location.approximate"
    assert flagged[("guide_event", "remote_ip")] == "device.ip_address"
    assert flagged[("checkins", "latitude")] == "location.precise"
    # an order's address geocoded beside the buyer's IP (Shopify): the address's own fix
    assert flagged[("orders", "shipping_address_latitude")] == "location.precise"


# Sparkify's Redshift staging table (`create_staging_events_table.sql`): the log of what each
# listener did, and the songs' catalogue beside it
SPARKIFY = """
CREATE TABLE IF NOT EXISTS public.staging_events (
	artist varchar(256),
	firstname varchar(256),
	page varchar(256),
	song varchar(256),
	userid int4
);
CREATE TABLE IF NOT EXISTS public.songs (
	songid varchar(256) NOT NULL,
	title varchar(256),
	artist varchar(256)
);
"""


def test_what_a_listener_played_or_viewed_is_behaviour_in_a_log_of_events_only() -> None:
    flagged = _flagged(SPARKIFY, "redshift")
    for column in ("artist", "page", "song"):
        assert flagged[("staging_events", column)] == "behavioral", column
    assert ("songs", "artist") not in flagged  # the catalogue's


# Pendo's `visitor_history` (as a dbt model would be created) and Lago's `user_devices`
PENDO_LAGO_BROWSERS = """
CREATE TABLE visitor_history (
    id text,
    last_browser_name text,
    last_browser_version text,
    last_user_agent text
);
CREATE TABLE public.user_devices (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    fingerprint character varying NOT NULL,
    browser character varying,
    os character varying
);
CREATE TABLE public.gpg_keys (
    id bigint NOT NULL,
    user_id bigint,
    fingerprint character varying
);
"""


def test_a_browsers_name_and_fingerprint_are_the_visitors() -> None:
    flagged = _flagged(PENDO_LAGO_BROWSERS)
    assert flagged[("visitor_history", "last_browser_name")] == "device.user_agent"
    assert flagged[("visitor_history", "last_browser_version")] == "device.user_agent"
    assert flagged[("user_devices", "fingerprint")] == "tracking.cookie_id"
    assert ("gpg_keys", "fingerprint") not in flagged  # a key's


# Zen Cart's archive of the mails it sent, its reviews; PaperTrail's `versions` (Lago)
ZENCART_MAIL = """
CREATE TABLE IF NOT EXISTS email_archive (
  archive_id int(11) NOT NULL auto_increment,
  email_to_name varchar(96) NOT NULL default '',
  email_to_address varchar(96) NOT NULL default '',
  email_html text NOT NULL,
  PRIMARY KEY  (archive_id)
) ENGINE=MyISAM;
CREATE TABLE IF NOT EXISTS reviews (
  reviews_id int(11) NOT NULL auto_increment,
  customers_id int(11) default NULL,
  customers_name varchar(64) NOT NULL default '',
  PRIMARY KEY  (reviews_id)
) ENGINE=MyISAM;
CREATE TABLE IF NOT EXISTS versions (
  id bigint NOT NULL auto_increment,
  item_type varchar(255) NOT NULL,
  whodunnit varchar(255),
  PRIMARY KEY  (id)
) ENGINE=InnoDB;
"""


def test_a_mails_recipient_name_and_body_a_customers_name_and_whodunnit() -> None:
    flagged = _flagged(ZENCART_MAIL, "mysql")
    assert flagged[("email_archive", "email_to_name")] == "identity.person_name"
    assert flagged[("email_archive", "email_to_address")] == "contact.email"
    assert flagged[("email_archive", "email_html")] == "user_content"
    assert flagged[("reviews", "customers_name")] == "identity.person_name"
    assert flagged[("versions", "whodunnit")] == "account.id"


# NHS OLIDS: the clinicians a record names, and their own table; Pendo's poll answers
OLIDS_PRACTITIONERS = """
CREATE OR REPLACE TABLE DB.OLIDS_COMMON.PRACTITIONER (
    ID VARCHAR(16777216),
    FIRST_NAME VARCHAR(16777216),
    NAME VARCHAR(16777216)
);
CREATE OR REPLACE TABLE DB.OLIDS_COMMON.ENCOUNTER (
    ID VARCHAR(16777216),
    PRACTITIONER_ID VARCHAR(16777216),
    SERVICE_PROVIDER_ORGANISATION_ID VARCHAR(16777216)
);
CREATE OR REPLACE TABLE DB.PENDO.POLL_EVENT (
    VISITOR_ID VARCHAR(16777216),
    REMOTE_IP VARCHAR(16777216),
    POLL_ID VARCHAR(16777216),
    POLL_RESPONSE VARCHAR(16777216),
    SERVER_NAME VARCHAR(16777216)
);
"""


def test_a_practitioner_is_a_person_and_a_poll_answer_their_words() -> None:
    flagged = _flagged(OLIDS_PRACTITIONERS, "snowflake")
    assert flagged[("ENCOUNTER", "PRACTITIONER_ID")] == "account.id"
    assert flagged[("PRACTITIONER", "ID")] == "account.id"
    assert flagged[("PRACTITIONER", "NAME")] == "identity.person_name"
    assert ("ENCOUNTER", "SERVICE_PROVIDER_ORGANISATION_ID") not in flagged
    assert flagged[("POLL_EVENT", "POLL_RESPONSE")] == "user_content"
