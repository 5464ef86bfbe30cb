"""Static mode: whose rows a table holds (an organisation's, a machine's, no one's) and the
names of warehouse and clickstream schemas (Redshift, Snowflake, BigQuery, dbt sources)."""
from __future__ import annotations

from catalog.checks import check
from catalog.checks.static import columns_from_dbt, columns_from_sql, static_check_input
from catalog.datamap import empty_datamap
from catalog.policy import load_policy


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}


def test_an_organisations_places_and_contacts_are_not_personal():
    """Shopify's `location` and `shop`, a food truck's `franchise`: the address, time zone and
    contact line of a business. A person named in the row keeps their own e-mail and phone."""
    flagged = _flagged("""CREATE TABLE location (id bigint, name text, address_1 text, city text, zip text,
  country_code text, phone text, latitude float, longitude float);
CREATE TABLE shop (id bigint, name text, email text, phone text, city text, iana_timezone text, shop_owner text,
  notes text);
CREATE TABLE franchise (franchise_id int, first_name text, last_name text, city text, country text, e_mail text,
  phone_number text);
CREATE TABLE user_geo_locations (user_id int, latitude float, longitude float);""")
    assert not {key for key in flagged if key[0] in {"location", "shop"}} - {("shop", "shop_owner")}
    assert flagged["franchise", "e_mail"] == "contact.email"
    assert flagged["franchise", "phone_number"] == "profile.phone_number"
    assert flagged["franchise", "first_name"] == "identity.person_name"
    assert not {("franchise", "city"), ("franchise", "country")} & set(flagged)
    # a person's places stay personal, whatever the table's head word
    assert flagged["user_geo_locations", "latitude"] == "location.precise"


def test_machines_and_happenings_are_no_ones():
    """A coffee machine's serial number and model, a camera's resolution and a calendar
    event's title describe no one: nothing in their rows points to a person."""
    flagged = _flagged("""CREATE TABLE machine (machine_id INT64, machine_model STRING, serial_number STRING,
  installation_date DATE);
CREATE TABLE camera (camera_id INT64, camera_model STRING, resolution_pixels STRING);
CREATE TABLE event (event_id INT64, event_title STRING, event_venue STRING, age_range STRING);
CREATE TABLE telemetry_inventory (truck_id INT64, event_type STRING);
CREATE TABLE events (user_id STRING, event_name STRING, device_model STRING);""", "bigquery")
    assert not {key for key in flagged if key[0] != "events"}
    assert flagged["events", "event_name"] == "behavioral"
    assert flagged["events", "device_model"] == "device.model"


def test_clickstream_names():
    """A clickstream warehouse (AWS's Redshift schema): the visitor's session id and ad click
    id are tracking ids, the SDK's user properties a profile; an app screen is no display
    size and no screen name, and a campaign's `utm_content` is no one's writing."""
    flagged = _flagged("""CREATE TABLE event_v2 (event_name varchar(255), user_id varchar(255),
  user_pseudo_id varchar(255), session_id varchar(255), traffic_source_clid varchar(2048),
  traffic_source_content varchar(2048), screen_view_screen_id varchar(255), screen_view_screen_name varchar(255),
  device_screen_width int) DISTSTYLE EVEN SORTKEY (event_name);
CREATE TABLE user_v2 (user_pseudo_id varchar(255), user_id varchar(255), user_properties super,
  user_properties_json_str varchar(65535));
CREATE TABLE session (session_id varchar(255), session_campaign varchar(255), session_content varchar(2048));""",
                       "redshift")
    assert flagged["event_v2", "session_id"] == flagged["event_v2", "traffic_source_clid"] == "tracking.cookie_id"
    assert flagged["user_v2", "user_properties"] == flagged["user_v2", "user_properties_json_str"] == "user_content"
    assert flagged["event_v2", "device_screen_width"] == "device.screen_resolution"
    assert flagged.get(("event_v2", "screen_view_screen_id")) is None
    assert flagged.get(("event_v2", "screen_view_screen_name")) != "account.id"
    assert not {("event_v2", "traffic_source_content"), ("session", "session_content")} & set(flagged)


def test_json_profiles_vcards_and_copies():
    """Logto's `users.profile jsonb`, ejabberd's vCard search table (`fn`, and `lfn`, its
    lower-case copy), an XMPP archive's `peer`."""
    flagged = _flagged("""CREATE TABLE users (id varchar(12), profile jsonb, custom_data jsonb);
CREATE TABLE vcard_search (username text, lusername text, fn text, lfn text, given text, lgiven text, family text);
CREATE TABLE archive (username text, peer text, bare_peer text, txt text);
CREATE TABLE vcard (username text, vcard text);""")
    assert flagged["users", "profile"] == flagged["vcard", "vcard"] == "user_content"
    assert ("users", "custom_data") not in flagged
    assert flagged["vcard_search", "fn"] == flagged["vcard_search", "lfn"] == "identity.person_name"
    assert flagged["vcard_search", "lgiven"] == flagged["vcard_search", "family"] == "identity.person_name"
    assert flagged["vcard_search", "lusername"] == flagged["archive", "bare_peer"] == "account.id"


def test_names_of_things_in_a_shops_schema():
    """Fivetran's Shopify sources: a product's `handle`, a company inside an address, a
    polymorphic owner, a parcel carrier, a support mailbox, a plan's display name."""
    schema = columns_from_dbt("""version: 2
sources:
  - name: shopify
    tables:
      - name: order
        columns:
          - name: customer_id
          - name: email
          - name: billing_address_company
          - name: billing_address_address_1
      - name: product
        columns: [{name: id}, {name: handle}]
      - name: metafield
        columns: [{name: owner_id}, {name: owner_resource}, {name: value}]
      - name: order_shipping_line
        columns: [{name: carrier_identifier}, {name: phone}]
      - name: sign_in_experiences
        columns: [{name: support_email}, {name: plan_display_name}]
""", "src.yml")
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    flagged = {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}
    assert flagged["order", "customer_id"] == "account.id"
    assert flagged["order", "billing_address_address_1"] == "contact.postal_address"
    assert flagged["order_shipping_line", "phone"] == "profile.phone_number"
    assert not {("order", "billing_address_company"), ("product", "handle"), ("metafield", "owner_id"),
                ("metafield", "owner_resource"), ("order_shipping_line", "carrier_identifier"),
                ("sign_in_experiences", "support_email"), ("sign_in_experiences", "plan_display_name")} & set(flagged)


def test_address_parts_copies_and_keys_of_other_systems():
    """TPC-DS's `ca_street_type`, davical's `box_no`, Roundcube's `bcc` and its
    `collected_addresses.name`, OpenDMARC's `ipaddr.addr`; a ticket's `external_id` is the
    ticket's key elsewhere, a user's is the person's; a SAML request is no page visited."""
    flagged = _flagged("""CREATE TABLE customer_address (ca_address_sk int, ca_street_type char(15),
  ca_city varchar(60), ca_zip char(10));
CREATE TABLE addressbook_address_adr (dav_id int, box_no text, unit_no text, street_address text, locality text);
CREATE TABLE identities (identity_id int, user_id int, email varchar(128), bcc varchar(128));
CREATE TABLE collected_addresses (address_id int, user_id int, name varchar(255), email varchar(255));
CREATE TABLE ipaddr (id int, addr varchar(64), firstseen timestamp);
CREATE TABLE tickets (id bigint, external_id varchar(64), requester_id bigint);
CREATE TABLE users (id bigint, external_id varchar(64), email text);
CREATE TABLE daily_active_users (id varchar(21), user_id varchar(21), date timestamp);
CREATE TABLE saml_application_sessions (id varchar(21), raw_auth_request text, user_id varchar(21));""")
    assert flagged["customer_address", "ca_street_type"] == flagged["addressbook_address_adr", "box_no"] \
        == flagged["addressbook_address_adr", "unit_no"] == "contact.postal_address"
    assert flagged["identities", "bcc"] == "contact.email"
    assert flagged["collected_addresses", "name"] == "identity.person_name"
    assert flagged["ipaddr", "addr"] == "device.ip_address"
    assert flagged["users", "external_id"] == flagged["daily_active_users", "user_id"] == "account.id"
    assert not {("tickets", "external_id"), ("daily_active_users", "id"),
                ("saml_application_sessions", "raw_auth_request")} & set(flagged)


def test_a_table_made_as_select_star_has_its_sources_columns(tmp_path):
    """Tasty Bytes' `truck_details AS SELECT * EXCLUDE (year) FROM truck`: the columns of
    `truck` but `year`; a star over a table the files do not define fails closed (DM012)."""
    from catalog.checks.static import read_static

    (tmp_path / "a.sql").write_text("""CREATE TABLE truck (truck_id int, year int, owner_email text);
CREATE OR REPLACE TABLE truck_details AS SELECT * EXCLUDE (year) FROM truck;""")
    (tmp_path / "b.sql").write_text("CREATE TABLE copy_of_users AS SELECT * FROM users;")
    schema = read_static([tmp_path / "a.sql", tmp_path / "b.sql"], "snowflake")
    assert {(c.table, c.name) for c in schema.columns if c.table == "truck_details"} == {
        ("truck_details", "truck_id"), ("truck_details", "owner_email")}
    assert [e.reason for e in schema.errors] == [
        "CREATE TABLE copy_of_users AS SELECT *: the columns of users are not defined in the files checked"]
