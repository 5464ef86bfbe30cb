"""Static mode on the classes benchmarks/static28 found (Tamanu's dbt sources with their docs
blocks, MITREid Connect's OpenID Connect tables, Travis CI's pg_dump, Coppermine's MySQL install
script, the GDX Analytics Redshift DDL), each written as those projects write it, and the
leftovers of session 31 (a column's DEFAULT)."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import read_static
from tests.catalog.check_helpers import flagged_in_sql, static_flagged


def _read(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return read_static([tmp_path])


# MITREid Connect's JPA element collections beside their entities, and a user's own collection
OIDC = """
CREATE TABLE IF NOT EXISTS client_details (id BIGSERIAL PRIMARY KEY, client_id VARCHAR(256), client_name VARCHAR(256));
CREATE TABLE IF NOT EXISTS client_scope (owner_id BIGINT, scope VARCHAR(2048));
CREATE TABLE IF NOT EXISTS client_grant_type (owner_id BIGINT, grant_type VARCHAR(2000));
CREATE TABLE IF NOT EXISTS authentication_holder_request_parameter (owner_id BIGINT, param VARCHAR(2048), val VARCHAR(2048));
CREATE TABLE IF NOT EXISTS authentication_holder_resource_id (owner_id BIGINT, resource_id VARCHAR(2048));
CREATE TABLE IF NOT EXISTS claim_token_format (owner_id BIGINT, claim_token_format VARCHAR(1024));
CREATE TABLE IF NOT EXISTS saved_user_auth_authority (owner_id BIGINT, authority VARCHAR(256));
CREATE TABLE IF NOT EXISTS user_authority (owner_id BIGINT, authority VARCHAR(256));
CREATE TABLE IF NOT EXISTS approved_site (id BIGSERIAL PRIMARY KEY, user_id VARCHAR(256), client_id VARCHAR(256));
CREATE TABLE IF NOT EXISTS podcasts (id integer NOT NULL, title varchar(255), owner_id integer);
"""


def test_an_element_collections_owner_is_its_entity():
    flagged = flagged_in_sql(OIDC)
    for table in ("client_scope", "client_grant_type", "authentication_holder_request_parameter",
                  "authentication_holder_resource_id", "claim_token_format", "saved_user_auth_authority"):
        assert (table, "owner_id") not in flagged, table
    # a user's list, a person's key in a table with rows of its own
    assert flagged[("user_authority", "owner_id")] == "account.id"
    assert flagged[("approved_site", "user_id")] == "account.id"
    assert flagged[("podcasts", "owner_id")] == "account.id"


# Tamanu's source YAML: descriptions are docs blocks in `.md` files beside it (no dbt_project.yml),
# one linking to the users source; the devices its encounters were recorded on
TAMANU_YML = """\
version: 2
sources:
  - name: tamanu
    schema: public
    tables:
      - name: users
        columns:
          - name: id
            data_type: character varying(255)
          - name: email
            data_type: character varying(255)
          - name: display_name
            data_type: character varying(255)
      - name: devices
        columns:
          - name: id
            data_type: character varying(255)
          - name: registered_by_id
            data_type: character varying(255)
      - name: encounters
        columns:
          - name: id
            data_type: character varying(255)
          - name: examiner_id
            data_type: character varying(255)
            description: "{{ doc('encounters__examiner_id') }}"
          - name: device_id
            data_type: character varying(255)
            description: "{{ doc('encounters__device_id') }}"
          - name: location_id
            data_type: character varying(255)
            description: "{{ doc('encounters__location_id') }}"
"""
TAMANU_MD = """\
{% docs encounters__examiner_id %}
Reference to the [examiner](#!/source/source.tamanu.tamanu.users).
{% enddocs %}

{% docs encounters__device_id %}
Unique identifier for the device that created the encounter.
{% enddocs %}

{% docs encounters__location_id %}
Reference to the [location](#!/source/source.tamanu.tamanu.locations) of the encounter.
{% enddocs %}
"""


def test_docs_beside_source_yaml_and_their_links_are_read(tmp_path):
    schema = _read(tmp_path, {"model/public/encounters.yml": TAMANU_YML, "model/public/encounters.md": TAMANU_MD})
    examiner = next(c for c in schema.columns if c.name == "examiner_id")
    assert examiner.comment.startswith("Reference to the [examiner]") and examiner.references == "users"
    flagged = static_flagged(schema)
    assert flagged[("encounters", "examiner_id")] == "account.id"
    assert ("encounters", "location_id") not in flagged
    assert flagged[("users", "email")] == "contact.email"


def test_a_reference_to_a_table_of_devices_is_a_device_id(tmp_path):
    flagged = static_flagged(_read(tmp_path, {"model/public/encounters.yml": TAMANU_YML,
                                              "model/public/encounters.md": TAMANU_MD}))
    assert flagged[("encounters", "device_id")] == "device.device_id"
    assert flagged[("devices", "registered_by_id")] == "account.id"
    assert ("devices", "id") not in flagged


# Coppermine's pictures and keyword dictionary, a CMS page's metadata, and real searches
KEYWORDS = """
CREATE TABLE CPG_pictures (pid int(11) NOT NULL auto_increment, title varchar(255) NOT NULL default '',
  keywords varchar(255) NOT NULL default '', owner_id int(11) NOT NULL default '0', pic_raw_ip tinytext,
  PRIMARY KEY (pid)) ENGINE=MyISAM;
CREATE TABLE CPG_dict (keyId bigint(20) NOT NULL auto_increment, keyword varchar(60) NOT NULL,
  PRIMARY KEY (keyId)) ENGINE=MyISAM;
CREATE TABLE oc_customer_search (customer_search_id int(11) NOT NULL, customer_id int(11) NOT NULL,
  keyword varchar(255) NOT NULL, ip varchar(40) NOT NULL, PRIMARY KEY (customer_search_id)) ENGINE=MyISAM;
CREATE TABLE search_log (id int(11) NOT NULL, keywords varchar(255), PRIMARY KEY (id)) ENGINE=MyISAM;
"""


def test_keywords_are_a_search_only_where_people_search():
    flagged = flagged_in_sql(KEYWORDS, "mysql")
    assert flagged.get(("CPG_pictures", "keywords")) != "behavioral"
    assert ("CPG_dict", "keyword") not in flagged
    assert flagged[("oc_customer_search", "keyword")] == "behavioral"
    assert flagged[("search_log", "keywords")] == "behavioral"
    assert flagged[("CPG_pictures", "pic_raw_ip")] == "device.ip_address"


# Service BC's offices (Redshift): the office's own line and mailbox, its managers' e-mails
OFFICES = """
CREATE TABLE servicebc.office_info ("id" BIGINT, "start_date" TIMESTAMP, "end_date" TIMESTAMP,
  "SDB Site" VARCHAR(255), "Locality" VARCHAR(255), "PSADEPTID" VARCHAR(255), "GA" VARCHAR(255),
  "GA email" VARCHAR(255), "FTES" VARCHAR(255), "OFFICESIZE" VARCHAR(255), "AREA" VARCHAR(255),
  "AREAMANAGER" VARCHAR(255), "ASM email" VARCHAR(255), "RMSOFFICECODE" BIGINT, "SNOFFICENAME" VARCHAR(255),
  "Address" VARCHAR(255), "Site_Phone_No" VARCHAR(255), "Site_Fax_no" VARCHAR(255), "Website_URL" VARCHAR(255),
  "Site_Email" VARCHAR(255), "Latitude" VARCHAR(255), "Longitude" VARCHAR(255), "Office Code" BIGINT,
  "Description" VARCHAR(1023), "Site" VARCHAR(255));
CREATE TABLE users (id BIGINT, office_id BIGINT, name VARCHAR(255), site_email VARCHAR(255));
"""


def test_a_contact_named_after_premises_is_theirs():
    flagged = flagged_in_sql(OFFICES, "redshift")
    for column in ("Site_Phone_No", "Site_Fax_no", "Site_Email"):
        assert ("office_info", column) not in flagged, column
    assert flagged[("office_info", "GA email")] == "contact.email"
    assert flagged[("office_info", "ASM email")] == "contact.email"
    # in a table of people, a `site_email` is still the person's
    assert flagged[("users", "site_email")] == "contact.email"


# Travis CI's pg_dump: a commit's committer beside its author; a subscription's card
TRAVIS = """
CREATE TABLE commits (
    id integer NOT NULL,
    repository_id integer,
    message text,
    committer_name character varying(255),
    committer_email character varying(255),
    author_name character varying(255),
    author_email character varying(255)
);
CREATE TABLE subscriptions (
    id integer NOT NULL,
    cc_token character varying(255),
    first_name character varying(255),
    cc_owner character varying(255),
    cc_last_digits character varying(255),
    cc_expiration_date character varying(255),
    billing_email character varying(255)
);
CREATE TABLE encounters (id integer NOT NULL, patient_id integer, examiner_name character varying(255));
"""


def test_committer_and_examiner_are_people():
    flagged = flagged_in_sql(TRAVIS)
    assert flagged[("commits", "committer_name")] == "identity.person_name"
    assert flagged[("commits", "author_name")] == "identity.person_name"
    assert flagged[("encounters", "examiner_name")] == "identity.person_name"


def test_a_cards_last_digits_are_no_carbon_copy():
    flagged = flagged_in_sql(TRAVIS)
    assert flagged.get(("subscriptions", "cc_last_digits")) != "contact.email"
    assert flagged[("subscriptions", "billing_email")] == "contact.email"
    assert flagged[("subscriptions", "cc_owner")] == "identity.person_name"


# e-petitions' signatures: a workflow's state by its default, beside a customer's state
DEFAULTS_SQL = """
CREATE TABLE signatures (id integer, name character varying(255), email character varying(255),
  state character varying(10) DEFAULT 'pending'::character varying NOT NULL, postcode character varying(255),
  location_code character varying(30), ip_address character varying(20));
CREATE TABLE voters (id integer, name character varying(255), email character varying(255),
  state character varying(10) DEFAULT 'CA', postcode character varying(255), ip_address character varying(20));
CREATE TABLE users (userid bigint NOT NULL, username varchar(100) DEFAULT '' NOT NULL,
  name varchar(100) DEFAULT '' NOT NULL, surname varchar(100) DEFAULT '' NOT NULL,
  timezone varchar(50) DEFAULT 'default' NOT NULL, PRIMARY KEY (userid));
"""
DEFAULTS_RB = '''\
ActiveRecord::Schema[7.1].define(version: 2024_01_01_000000) do
  create_table "signatures", force: :cascade do |t|
    t.string "name", limit: 255, null: false
    t.string "email", limit: 255
    t.string "state", limit: 20, default: "pending", null: false
    t.string "postcode", limit: 255
    t.string "location_code", limit: 30
    t.string "ip_address", limit: 20
  end
end
'''


def test_a_place_column_defaulting_to_a_status_word_is_a_status(tmp_path):
    flagged = flagged_in_sql(DEFAULTS_SQL)
    assert ("signatures", "state") not in flagged
    assert flagged[("voters", "state")] == "location.approximate"
    # a placeholder default says nothing (Zabbix's `users.timezone DEFAULT 'default'`)
    assert flagged[("users", "timezone")] == "device.time_zone"
    assert flagged[("signatures", "postcode")] == "location.approximate"
    rails = static_flagged(_read(tmp_path, {"db/schema.rb": DEFAULTS_RB}))
    assert ("signatures", "state") not in rails
    assert rails[("signatures", "email")] == "contact.email"


# MITREid's user info and pairwise identifiers, beside an order's `sub` (a subtotal)
OIDC_USERS = """
CREATE TABLE IF NOT EXISTS user_info (id BIGSERIAL PRIMARY KEY, sub VARCHAR(256), preferred_username VARCHAR(256),
  name VARCHAR(256), given_name VARCHAR(256), email VARCHAR(256), email_verified BOOLEAN);
CREATE TABLE IF NOT EXISTS pairwise_identifier (id BIGSERIAL PRIMARY KEY, identifier VARCHAR(256), sub VARCHAR(256),
  sector_identifier VARCHAR(2048));
CREATE TABLE orders (id integer, sub numeric(10,2), total numeric(10,2), email varchar(255));
"""


def test_an_oidc_subject_is_an_account_and_a_sector_identifier_no_trade():
    flagged = flagged_in_sql(OIDC_USERS)
    assert flagged[("user_info", "sub")] == "account.id"
    assert flagged[("pairwise_identifier", "sub")] == "account.id"
    assert ("pairwise_identifier", "sector_identifier") not in flagged
    assert ("orders", "sub") not in flagged
    assert flagged[("user_info", "email")] == "contact.email"


# e107's mailing tables name every column after the table's first word; Zen Cart's archive does not
E107_MAIL = """
CREATE TABLE mail_recipients (
  mail_target_id int(10) unsigned NOT NULL auto_increment,
  mail_recipient_id int(10) unsigned NOT NULL default '0',
  mail_recipient_name varchar(50) NOT NULL default '',
  mail_recipient_email varchar(80) NOT NULL default '',
  mail_status tinyint(1) unsigned NOT NULL default '0',
  mail_target_info text NOT NULL,
  PRIMARY KEY (mail_target_id)
) ENGINE=MyISAM;
CREATE TABLE mail_content (
  mail_id int(10) unsigned NOT NULL auto_increment,
  mail_creator int(10) unsigned NOT NULL default '0',
  mail_other text NOT NULL,
  mail_media text NOT NULL,
  mail_create_app varchar(20) NOT NULL default '',
  PRIMARY KEY (mail_id)
) ENGINE=MyISAM;
CREATE TABLE email_archive (
  archive_id int(11) NOT NULL auto_increment,
  email_to_name varchar(96) NOT NULL default '',
  email_to_address varchar(96) NOT NULL default '',
  email_subject varchar(255) NOT NULL default '',
  PRIMARY KEY (archive_id)
) ENGINE=MyISAM;
"""


def test_a_tables_first_word_before_all_its_columns_is_its_prefix():
    flagged = flagged_in_sql(E107_MAIL, "mysql")
    for column in ("mail_target_info",):
        assert ("mail_recipients", column) not in flagged
    for column in ("mail_other", "mail_media", "mail_create_app"):
        assert flagged.get(("mail_content", column)) != "contact.email", column
    assert flagged[("mail_recipients", "mail_recipient_email")] == "contact.email"
    assert flagged[("mail_recipients", "mail_recipient_name")] == "identity.person_name"
    assert flagged[("email_archive", "email_to_address")] == "contact.email"


CLAIMS = """
CREATE TABLE encounter (encounter_id varchar, person_id varchar, facility_name varchar,
  attending_provider_name varchar, referring_provider_name varchar, data_source varchar);
CREATE TABLE person (id integer, entity_id integer, first_name text, personal_id text);
CREATE TABLE patient_additional_data (id varchar, patient_id varchar, birth_certificate varchar(255),
  driving_license varchar(255), place_of_birth varchar(255), blood_type varchar(255));
"""


def test_a_clinician_by_role_is_a_person_and_personal_ids_are_government_ids():
    flagged = flagged_in_sql(CLAIMS)
    assert flagged[("encounter", "attending_provider_name")] == "identity.person_name"
    assert flagged[("encounter", "referring_provider_name")] == "identity.person_name"
    assert ("encounter", "facility_name") not in flagged
    assert flagged[("person", "personal_id")] == "identity.government_id"
    assert flagged[("patient_additional_data", "birth_certificate")] == "identity.government_id"
    assert flagged[("patient_additional_data", "driving_license")] == "identity.government_id"
    assert ("patient_additional_data", "blood_type") not in flagged


# Tamanu's people with the id the system shows for them; Travis CI's broadcasts; GDX's downloads
SHOWN = """
CREATE TABLE patients (id varchar(255), display_id varchar(255), first_name varchar(255), cultural_name varchar(255),
  email varchar(255), date_of_birth character(10));
CREATE TABLE invoices (id varchar(255), display_id varchar(255), patient_id varchar(255), total numeric);
CREATE TABLE broadcasts (id integer NOT NULL, recipient_id integer, recipient_type varchar(255), kind varchar(255),
  message character varying(255), expired boolean);
CREATE TABLE messages (id integer NOT NULL, sender_id integer, recipient_id integer, message text);
CREATE TABLE asset_downloads_derived (asset_url varchar(4200), ip_address varchar(255), referrer varchar(4095),
  asset_file varchar(4200), asset_path varchar(4117), user_agent_http_request_header varchar(4095));
"""


def test_a_people_tables_display_id_and_cultural_name_are_the_persons():
    flagged = flagged_in_sql(SHOWN)
    assert flagged[("patients", "display_id")] == "account.id"
    assert flagged[("patients", "cultural_name")] == "identity.person_name"
    assert ("invoices", "display_id") not in flagged
    assert flagged[("invoices", "patient_id")] == "account.id"


def test_a_broadcast_is_the_operators_and_an_asset_file_the_sites():
    flagged = flagged_in_sql(SHOWN)
    assert ("broadcasts", "message") not in flagged
    assert flagged[("messages", "message")] == "user_content"
    assert ("asset_downloads_derived", "asset_file") not in flagged
    assert ("asset_downloads_derived", "asset_path") not in flagged
    assert flagged[("asset_downloads_derived", "ip_address")] == "device.ip_address"


# Safecast's devices are a catalogue of models: a measurement's `device_id` is no one's device
CATALOGUE = """
CREATE TABLE public.devices (id integer NOT NULL, manufacturer character varying(255), model character varying(255),
  sensor character varying(255));
CREATE TABLE public.measurements (id integer NOT NULL, user_id integer, value integer,
  device_id integer REFERENCES public.devices(id));
"""


def test_a_reference_to_a_catalogue_of_device_models_is_no_device_id():
    flagged = flagged_in_sql(CATALOGUE)
    assert ("measurements", "device_id") not in flagged
    assert flagged[("measurements", "user_id")] == "account.id"
