"""Static mode on the shapes benchmarks/static16 found: a PHP shop's install script (osCommerce:
plural keys `customers_id`, one address per prefix, `cc_` card columns, SEO keywords), a
Rails `pg_dump` with PostGIS points and a GPS receiver's fix reports (Safecast), and a
Snowflake medallion warehouse (bronze landing tables with their load file, silver orders of
company customers). Each excerpt is written the way those projects write it."""
from __future__ import annotations

from catalog.checks.static import columns_from_dbt, columns_from_sql

from tests.catalog.check_helpers import static_flagged


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return static_flagged(schema)


# osCommerce 2.4's catalog/install/oscommerce.sql, as it wrote its tables
OSCOMMERCE = """
CREATE TABLE customers (
  customers_id int NOT NULL auto_increment,
  customers_firstname varchar(255) NOT NULL,
  customers_lastname varchar(255) NOT NULL,
  customers_email_address varchar(255) NOT NULL,
  customers_telephone varchar(255) NOT NULL,
  PRIMARY KEY (customers_id)
) CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE TABLE orders (
  orders_id int NOT NULL auto_increment,
  customers_id int NOT NULL,
  customers_name varchar(255) NOT NULL,
  customers_street_address varchar(255) NOT NULL,
  customers_city varchar(255) NOT NULL,
  customers_postcode varchar(255) NOT NULL,
  customers_state varchar(255),
  customers_country varchar(255) NOT NULL,
  billing_street_address varchar(255) NOT NULL,
  billing_city varchar(255) NOT NULL,
  billing_postcode varchar(255) NOT NULL,
  billing_state varchar(255),
  payment_method varchar(255) NOT NULL,
  cc_type varchar(20),
  cc_owner varchar(255),
  cc_number varchar(32),
  orders_status int(5) NOT NULL,
  PRIMARY KEY (orders_id)
) CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE TABLE reviews (
  reviews_id int NOT NULL auto_increment,
  products_id int NOT NULL,
  customers_id int,
  reviews_rating int(1),
  PRIMARY KEY (reviews_id)
) CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE TABLE products_description (
  products_id int NOT NULL auto_increment,
  language_id int NOT NULL default '1',
  products_name varchar(64) NOT NULL default '',
  products_seo_keywords varchar(128) NULL,
  PRIMARY KEY (products_id,language_id)
) CHARACTER SET utf8 COLLATE utf8_unicode_ci;
"""


def test_a_plural_key_points_to_its_table_of_people():
    flagged = _flagged(OSCOMMERCE, "mysql")
    # `customers_id` is the key of a row of `customers`, as `customer_id` would be
    assert flagged[("orders", "customers_id")] == "account.id"
    assert flagged[("reviews", "customers_id")] == "account.id"
    assert ("reviews", "products_id") not in flagged  # a product's key stays no one's


def test_a_prefixed_state_beside_its_own_city_and_postcode_is_a_region():
    flagged = _flagged(OSCOMMERCE, "mysql")
    assert flagged[("orders", "customers_state")] == "location.approximate"
    assert flagged[("orders", "billing_state")] == "location.approximate"
    assert ("orders", "orders_status") not in flagged  # an order's status is no place


def test_cc_columns_of_an_order_are_a_card_not_carbon_copies():
    flagged = _flagged(OSCOMMERCE, "mysql")
    assert flagged[("orders", "cc_number")] == "financial.payment_card"
    assert flagged[("orders", "cc_owner")] == "identity.person_name"  # the name on the card
    assert ("orders", "cc_type") not in flagged  # Visa or Mastercard: no one's
    # a message's carbon copies stay addresses
    mail = _flagged("CREATE TABLE identities (identity_id serial PRIMARY KEY, user_id integer NOT NULL, "
                    "name varchar(128), email varchar(128), cc varchar(128), bcc varchar(128));")
    assert mail[("identities", "cc")] == "contact.email"


def test_seo_keywords_are_the_shops_not_a_search():
    assert ("products_description", "products_seo_keywords") not in _flagged(OSCOMMERCE, "mysql")
    searches = _flagged("CREATE TABLE search_log (id serial PRIMARY KEY, user_id integer, keywords text, "
                        "searched_at timestamptz);")
    assert searches[("search_log", "keywords")] == "behavioral"


# Safecast's db/structure.sql (`pg_dump` of a Rails app with PostGIS)
SAFECAST = """
CREATE TABLE public.measurements (
    id integer NOT NULL,
    user_id integer,
    value double precision,
    location postgis.geography(Point,4326),
    location_name character varying,
    captured_at timestamp without time zone
);
CREATE TABLE public.bgeigie_logs (
    id integer NOT NULL,
    latitude_nmea numeric,
    longitude_nmea numeric,
    gps_fix_indicator character varying(255),
    gps_fix_quality_indicator character varying(255),
    horizontal_dilution_of_precision double precision,
    computed_location postgis.geography(Point,4326),
    bgeigie_import_id integer
);
CREATE TABLE public.bgeigie_imports (id integer NOT NULL, user_id integer, name character varying(255));
"""


def test_a_spatial_point_is_a_precise_location():
    flagged = _flagged(SAFECAST)
    assert flagged[("measurements", "location")] == "location.precise"
    assert flagged[("measurements", "location_name")] == "location.approximate"  # a place's name stays one


def test_a_gps_receivers_fix_report_is_no_position():
    flagged = _flagged(SAFECAST)
    assert ("bgeigie_logs", "gps_fix_indicator") not in flagged
    assert ("bgeigie_logs", "gps_fix_quality_indicator") not in flagged
    assert ("bgeigie_logs", "horizontal_dilution_of_precision") not in flagged
    assert flagged[("measurements", "location")] == "location.precise"  # where the volunteer measured


# a Snowflake medallion warehouse of Northwind (danilo-justino/poc-snow's SQL/DDL)
MEDALLION = """
CREATE TABLE IF NOT EXISTS BRONZE_CUSTOMERS (raw_data VARIANT, filename STRING, created_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS BRONZE_ORDERS (raw_data VARIANT, filename STRING, created_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS SILVER_CUSTOMERS (
    customer_id STRING, company_name STRING, contact_name STRING, contact_title STRING,
    country STRING, city STRING, address STRING, phone STRING, postal_code STRING,
    filename STRING, created_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS SILVER_ORDERS (
   order_id NUMBER, customer_id STRING, employee_id NUMBER, order_date TIMESTAMP_NTZ,
   ship_name STRING, ship_address STRING, ship_city STRING, ship_postal_code STRING, ship_country STRING);
"""


def test_a_landing_tables_file_is_where_the_row_was_loaded_from():
    flagged = _flagged(MEDALLION, "snowflake")
    assert ("bronze_customers", "filename") not in flagged and ("BRONZE_CUSTOMERS", "filename") not in flagged
    uploads = _flagged("CREATE TABLE attachments (id serial PRIMARY KEY, user_id integer, filename varchar(255));")
    assert uploads[("attachments", "filename")] == "device.app_file_names"  # someone's uploaded file


def test_a_reference_means_the_table_of_its_own_layer():
    flagged = {(t.lower(), c): v for (t, c), v in _flagged(MEDALLION, "snowflake").items()}
    # silver orders point to silver customers (companies), not to the bronze landing table
    assert ("silver_orders", "customer_id") not in flagged
    assert ("silver_orders", "ship_name") not in flagged and ("silver_orders", "ship_address") not in flagged
    assert flagged[("silver_customers", "contact_name")] == "identity.person_name"
    assert flagged[("silver_orders", "employee_id")] == "account.id"


# Fivetran's dbt_twilio_source, models/src_twilio.yml: a formatted copy described as one
TWILIO_YML = """
version: 2
sources:
  - name: twilio
    tables:
      - name: call
        columns:
          - name: id
            description: The unique identifier for the call.
          - name: from_formatted
            description: The formatted version of the `from` phone number or client identifier.
          - name: hashed_email
            description: Hashed version of the email address of the caller.
"""


def test_a_formatted_version_is_what_it_formats():
    flagged = static_flagged(columns_from_dbt(TWILIO_YML, "models/src_twilio.yml"))
    assert flagged[("call", "from_formatted")] == "profile.phone_number"
    assert flagged.get(("call", "hashed_email")) != "contact.email"  # a hash of an address is no address


def test_a_list_of_keys_stays_a_list():
    # Synapse's access requirements: `subjects_ids` are the ids of the entities it governs
    flagged = _flagged("CREATE TABLE accessrequirement (id bigint PRIMARY KEY, subjects_ids text, "
                       "created_by bigint, name varchar(256));")
    assert ("accessrequirement", "subjects_ids") not in flagged
