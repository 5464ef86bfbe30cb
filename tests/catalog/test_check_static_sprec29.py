"""Static mode on classes of error found across benchmarks/static..static24 (session 29): the key
of a person's master record missed (a warehouse's `cnst_mstr_id`, Salesforce's
`master_record_id`), and with it the places of every row it ties to the person; the file a
warehouse row was loaded from taken for someone's file. Each excerpt is written the way the
projects write it; each test also holds a true neighbour."""
from __future__ import annotations

from tests.catalog.check_helpers import flagged_in_dbt, flagged_in_sql

# a nonprofit's marketing warehouse on Redshift: constituents (`cnst`), their master record
# (`mstr`), address changes from the postal service's NCOA file, extracts for a mailing
MKTG = """
CREATE TABLE mktg_ops_tbls.pacific_east_phone_append (
    cnst_mstr_id bigint ENCODE az64,
    orig_cnst_mstr_id bigint ENCODE az64,
    cnst_prsn_f_nm varchar(200) ENCODE lzo,
    cnst_prsn_l_nm varchar(50) ENCODE lzo,
    cnst_line_1_addr varchar(200) ENCODE lzo,
    cnst_city_nm varchar(200) ENCODE lzo
);
CREATE TABLE mktg_ops_tbls.cnst_addr_ncoa_log (
    old_cnst_mstr_id bigint NOT NULL ENCODE zstd distkey,
    old_locator_addr_key bigint ENCODE zstd,
    cnst_addr_old_addr1 character varying(255) ENCODE zstd,
    cnst_addr_old_city_nm character varying(255) ENCODE zstd,
    cnst_addr_old_zip_5_cd character(15) ENCODE zstd,
    new_cnst_mstr_id bigint ENCODE zstd,
    cnst_addr_new_addr1 character varying(255) ENCODE zstd,
    file_nm character varying(512) NOT NULL ENCODE zstd,
    load_id integer NOT NULL ENCODE zstd,
    dw_trans_ts timestamp without time zone NOT NULL ENCODE zstd
);
CREATE TABLE mktg_ops_tbls.awb_dmail_xtrct (
    cnst_mstr_id bigint ENCODE az64,
    src_cd character varying(50) ENCODE lzo,
    campgn_program_nm character varying(255) ENCODE lzo,
    intrctn_ts timestamp without time zone ENCODE az64
);
CREATE TABLE mktg_ops_tbls.material_mstr (
    material_mstr_id bigint ENCODE az64,
    material_desc character varying(255) ENCODE lzo
);
"""


def test_the_key_of_a_persons_master_record_ties_its_row_to_them() -> None:
    flagged = flagged_in_sql(MKTG, "redshift")
    # `cnst_prsn_f_nm` says a constituent is a person: their master record's key, wherever it is
    assert flagged[("awb_dmail_xtrct", "cnst_mstr_id")] == "account.id"
    assert flagged[("cnst_addr_ncoa_log", "old_cnst_mstr_id")] == "account.id"
    assert flagged[("pacific_east_phone_append", "orig_cnst_mstr_id")] == "account.id"
    # and the addresses in the row it ties to the person are theirs
    assert flagged[("cnst_addr_ncoa_log", "cnst_addr_old_addr1")] == "contact.postal_address"
    assert flagged[("cnst_addr_ncoa_log", "cnst_addr_old_city_nm")] == "location.approximate"
    # a master record of a thing names no one
    assert ("material_mstr", "material_mstr_id") not in flagged
    assert flagged[("pacific_east_phone_append", "cnst_prsn_f_nm")] == "identity.person_name"


# Fivetran's Salesforce package: a merged duplicate points to the record it was merged into
SALESFORCE = """
version: 2
sources:
  - name: salesforce
    tables:
      - name: contact
        columns:
          - name: id
            description: The unique, system-generated ID assigned during creation.
          - name: master_record_id
            description: If this record was deleted as the result of a merge, this field contains the ID of the record that remains.
          - name: email
            description: The contact's email address.
      - name: account
        columns:
          - name: id
            description: The unique, system-generated ID assigned during creation.
          - name: master_record_id
            description: If this record was deleted as the result of a merge, this field contains the ID of the record that remains.
          - name: name
            description: Name of the account.
"""


def test_a_merged_persons_master_record_is_the_person() -> None:
    flagged = flagged_in_dbt(SALESFORCE)
    assert flagged[("contact", "master_record_id")] == "account.id"
    assert flagged[("contact", "email")] == "contact.email"
    # a company account's master record is a company's
    assert ("account", "master_record_id") not in flagged


# an upload service: a person's file
UPLOADS = """
CREATE TABLE uploads (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    file_name varchar(255) NOT NULL,
    created_at timestamp NOT NULL
);
"""


def test_the_file_a_warehouse_row_was_loaded_from_is_no_ones() -> None:
    flagged = flagged_in_sql(MKTG, "redshift")
    assert ("cnst_addr_ncoa_log", "file_nm") not in flagged
    assert flagged[("cnst_addr_ncoa_log", "cnst_addr_new_addr1")] == "contact.postal_address"
    # an upload's file beside its owner stays the owner's
    uploads = flagged_in_sql(UPLOADS)
    assert uploads[("uploads", "file_name")] == "device.app_file_names"


# Sakila (a DVD rental shop's sample database, MySQL) and a voter file's electoral districts
SAKILA = """
CREATE TABLE address (
  address_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  address VARCHAR(50) NOT NULL,
  address2 VARCHAR(50) DEFAULT NULL,
  district VARCHAR(20) NOT NULL,
  city_id SMALLINT UNSIGNED NOT NULL,
  postal_code VARCHAR(10) DEFAULT NULL,
  phone VARCHAR(20) NOT NULL,
  PRIMARY KEY (address_id)
);
CREATE TABLE subscribers (
  id INT NOT NULL,
  email VARCHAR(34),
  city VARCHAR(23),
  congressional_district VARCHAR(5),
  state_upper_district VARCHAR(5),
  district_id INT
);
CREATE TABLE school_districts (
  id INT NOT NULL,
  district VARCHAR(80),
  enrollment INT
);
"""


def test_the_district_of_an_address_is_an_area() -> None:
    flagged = flagged_in_sql(SAKILA, "mysql")
    assert flagged[("address", "district")] == "location.approximate"
    assert flagged[("subscribers", "congressional_district")] == "location.approximate"
    assert flagged[("subscribers", "state_upper_district")] == "location.approximate"
    assert flagged[("address", "phone")] == "profile.phone_number"
    # a reference to a row of districts, and a table of districts with no one in it, are no one's place
    assert ("subscribers", "district_id") not in flagged
    assert ("school_districts", "district") not in flagged


# Snowplow's Redshift table of Mandrill's `message_opened` webhook, and OpenCart's marketing links
MANDRILL = """
CREATE TABLE atomic.com_mandrill_message_opened_1 (
    root_id        char(36)       encode raw not null,
    root_tstamp    timestamp      encode raw not null,
    ts                                 timestamp      encode raw,
    ip                                 varchar(255)   encode raw,
    "msg._id"                          varchar(255)   encode raw,
    "msg.clicks"                       varchar(5000)  encode runlength, -- Holds a JSON array
    "msg.email"                        varchar(255)   encode raw,
    "msg.opens"                        varchar(5000)  encode runlength, -- Holds a JSON array
    "msg.subject"                      varchar(255)   encode raw
);
CREATE TABLE oc_marketing (
    marketing_id int NOT NULL,
    name varchar(32) NOT NULL,
    description text NOT NULL,
    code varchar(64) NOT NULL,
    clicks int NOT NULL DEFAULT 0
);
"""


def test_a_sent_messages_opens_and_clicks_are_what_its_recipient_did() -> None:
    flagged = flagged_in_sql(MANDRILL, "redshift")
    assert flagged[("com_mandrill_message_opened_1", "msg.opens")] == "behavioral"
    assert flagged[("com_mandrill_message_opened_1", "msg.clicks")] == "behavioral"
    assert flagged[("com_mandrill_message_opened_1", "msg.email")] == "contact.email"
    # a marketing link's count of everyone's clicks is no one's
    assert ("oc_marketing", "clicks") not in flagged


# a payments platform's Redshift warehouse: each kind of party's own row in a `k_<party>_data` table
PAYFAC = """
CREATE TABLE k_organization_data (
    id BIGINT,
    name VARCHAR(255),
    timezone VARCHAR(32),
    address_id BIGINT,
    signer_id BIGINT
);
CREATE TABLE k_customer_data (
    id BIGINT,
    user_id BIGINT,
    birth_date_utc TIMESTAMP,
    timezone VARCHAR(32)
);
"""


def test_a_tables_generic_data_tail_leaves_its_party_as_head() -> None:
    flagged = flagged_in_sql(PAYFAC, "redshift")
    # an organisation's row: its time zone is the organisation's
    assert ("k_organization_data", "timezone") not in flagged
    # a customer's row: theirs
    assert flagged[("k_customer_data", "timezone")] == "device.time_zone"
    assert flagged[("k_customer_data", "birth_date_utc")] == "identity.date_of_birth"


# phpBB's install schema: the search-engine bots the forum knows, each posting as a user of its own
PHPBB = """
CREATE TABLE phpbb_users (
  user_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  username varchar(255) DEFAULT '' NOT NULL,
  user_email varchar(100) DEFAULT '' NOT NULL,
  PRIMARY KEY (user_id)
);
CREATE TABLE phpbb_bots (
  bot_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  bot_active tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  bot_name varchar(255) DEFAULT '' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  bot_agent varchar(255) DEFAULT '' NOT NULL,
  bot_ip varchar(255) DEFAULT '' NOT NULL,
  PRIMARY KEY (bot_id)
);
CREATE TABLE phpbb_sessions (
  session_id char(32) DEFAULT '' NOT NULL,
  session_user_id int(10) UNSIGNED DEFAULT '0' NOT NULL,
  session_ip varchar(40) DEFAULT '' NOT NULL,
  session_browser varchar(150) DEFAULT '' NOT NULL,
  PRIMARY KEY (session_id)
);
"""


def test_a_known_bots_account_address_and_agent_are_the_programs() -> None:
    flagged = flagged_in_sql(PHPBB, "mysql")
    assert ("phpbb_bots", "user_id") not in flagged
    assert ("phpbb_bots", "bot_ip") not in flagged
    assert ("phpbb_bots", "bot_agent") not in flagged
    # a visitor's session: theirs
    assert flagged[("phpbb_sessions", "session_user_id")] == "account.id"
    assert flagged[("phpbb_sessions", "session_ip")] == "device.ip_address"


# Ampache's MySQL install script: a user's settings as key/value rows
AMPACHE = """
CREATE TABLE `user_data` (
  `user` int(11) DEFAULT NULL,
  `key` varchar(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `value` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  UNIQUE KEY `unique_data` (`user`,`key`)
);
"""


def test_a_key_beside_its_value_names_a_setting() -> None:
    flagged = flagged_in_sql(AMPACHE, "mysql")
    assert ("user_data", "key") not in flagged
    assert flagged[("user_data", "user")] == "account.id"
