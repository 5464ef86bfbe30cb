"""Static mode on classes of error found across benchmarks/static..static26 (session 31). Each
excerpt is written the way the projects write it; each test also holds a true neighbour."""
from __future__ import annotations

import tempfile
from pathlib import Path

from catalog.checks.static import read_static
from tests.catalog.check_helpers import flagged_in_dbt, flagged_in_sql, static_flagged

# TPC-H as Snowflake's sample database declares it: every column prefixed by its table's initial
TPCH = """
CREATE TABLE customer (
    c_custkey NUMBER(38,0) NOT NULL,
    c_name VARCHAR(25) NOT NULL,
    c_address VARCHAR(40) NOT NULL,
    c_nationkey NUMBER(38,0) NOT NULL,
    c_phone VARCHAR(15) NOT NULL,
    c_acctbal NUMBER(12,2) NOT NULL,
    c_mktsegment VARCHAR(10)
);
CREATE TABLE orders (
    o_orderkey NUMBER(38,0) NOT NULL,
    o_custkey NUMBER(38,0) NOT NULL,
    o_orderstatus VARCHAR(1) NOT NULL,
    o_totalprice NUMBER(12,2) NOT NULL,
    o_orderdate DATE NOT NULL,
    o_orderpriority VARCHAR(15) NOT NULL,
    o_clerk VARCHAR(15) NOT NULL,
    o_shippriority NUMBER(38,0) NOT NULL
);
"""

# a Kimball star schema (Redshift): the fact's keys of its dimensions
STAR = """
CREATE TABLE fact_sales (
    sales_key BIGINT IDENTITY(1,1),
    date_key INTEGER NOT NULL,
    product_key INTEGER NOT NULL,
    customer_key INTEGER NOT NULL,
    employee_key INTEGER,
    api_key VARCHAR(64),
    amount DECIMAL(12,2)
);
"""


def test_a_warehouse_key_named_after_a_person_is_their_id() -> None:
    tpch = flagged_in_sql(TPCH, "snowflake")
    assert tpch[("customer", "c_custkey")] == "account.id"
    assert tpch[("orders", "o_custkey")] == "account.id"
    # the nation's and the order's own keys are things
    assert ("customer", "c_nationkey") not in tpch
    assert ("orders", "o_orderkey") not in tpch
    star = flagged_in_sql(STAR, "redshift")
    assert star[("fact_sales", "customer_key")] == "account.id"
    assert star[("fact_sales", "employee_key")] == "account.id"
    for thing in ("sales_key", "date_key", "product_key", "api_key"):
        assert ("fact_sales", thing) not in star


# dbt-labs' rapid-onboarding project: TPC-H's clerk renamed, and described as a key
CLERK_DBT = """
version: 2
models:
  - name: stg_tpch__orders
    columns:
      - name: order_key
        description: primary key of the order
      - name: clerk_name
        description: id of the clerk
      - name: order_priority
        description: priority of the order
  - name: stg_pos__tickets
    columns:
      - name: ticket_id
        description: primary key of the ticket
      - name: cashier_name
        description: the cashier who rang up the sale
"""


def test_the_clerk_who_took_the_order_is_a_person_and_a_described_key_is_their_id() -> None:
    tpch = flagged_in_sql(TPCH, "snowflake")
    # `Clerk#000000951`: the staff member who processed the order, by reference
    assert tpch[("orders", "o_clerk")] == "account.id"
    assert ("orders", "o_orderpriority") not in tpch
    dbt = flagged_in_dbt(CLERK_DBT)
    assert dbt[("stg_tpch__orders", "clerk_name")] == "account.id"
    # a role's name with no word of a key is the person's name
    assert dbt[("stg_pos__tickets", "cashier_name")] == "identity.person_name"
    assert ("stg_tpch__orders", "order_priority") not in dbt


# Hello's sleep-tracker warehouse (Redshift): a wearable's motion readings, partitioned by month
HELLO_MOTION = """
CREATE TABLE tracker_motion_par_2015_02(
    id BIGINT PRIMARY KEY,
    account_id BIGINT,
    tracker_id BIGINT,
    svm_no_gravity INTEGER,
    ts TIMESTAMP,
    offset_millis INTEGER,
    local_utc_ts TIMESTAMP,
    motion_range BIGINT,
    kickoff_counts INTEGER,
    on_duration_seconds INTEGER
);
"""

# Redmine's issues (MySQL): a tracker is an issue's kind (Bug, Feature), beside its author
REDMINE_ISSUES = """
CREATE TABLE `issues` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tracker_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `subject` varchar(255) NOT NULL DEFAULT '',
  `author_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
);
"""


def test_a_worn_gadgets_key_among_its_readings_is_the_wearers_device() -> None:
    hello = flagged_in_sql(HELLO_MOTION, "redshift")
    table = "tracker_motion_par_2015_02"
    assert hello[(table, "tracker_id")] == "device.device_id"
    assert hello[(table, "account_id")] == "account.id"
    assert (table, "motion_range") not in hello
    redmine = flagged_in_sql(REDMINE_ISSUES, "mysql")
    assert ("issues", "tracker_id") not in redmine
    assert redmine[("issues", "author_id")] == "account.id"


# Mattermost's analytics (dbt): a dimension of the user agents seen, and the page views that use it
AGENTS_DBT = """
version: 2
models:
  - name: dim_user_agent
    columns:
      - name: user_agent_id
        description: A unique ID for the user agent.
      - name: browser_family
        description: The family of the browser.
      - name: os_family
        description: The family of the operating system.
      - name: device_model
        description: The model of the device.
  - name: fct_page_views
    columns:
      - name: event_id
        description: The unique id of the page view.
      - name: user_id
        description: The id of the user who viewed the page.
      - name: browser_family
        description: The family of the browser.
      - name: os_family
        description: The family of the operating system.
"""


def test_a_catalogue_of_user_agents_describes_no_one() -> None:
    flagged = flagged_in_dbt(AGENTS_DBT)
    for column in ("browser_family", "os_family", "device_model"):
        assert ("dim_user_agent", column) not in flagged
    # the browser and system a user viewed a page with are that user's
    assert flagged[("fct_page_views", "user_id")] == "account.id"
    assert flagged[("fct_page_views", "browser_family")] == "device.user_agent"
    assert flagged[("fct_page_views", "os_family")] == "device.os"


# Fivetran's Twilio package (dbt): a text message's ends, described as a number or a fallback id
TWILIO_DBT = """
version: 2
models:
  - name: message
    columns:
      - name: id
        description: The unique identifier for the message.
      - name: body
        description: The text of the message.
      - name: from
        description: The phone number or sender ID that sent the message.
      - name: to
        description: The phone number or recipient ID that received the message.
      - name: messaging_service_sid
        description: The unique identifier of the messaging service associated with the message.
  - name: sender_log
    columns:
      - name: sent_by
        description: The sender ID that sent the message.
"""


def test_a_described_value_with_a_fallback_id_is_the_value() -> None:
    flagged = flagged_in_dbt(TWILIO_DBT)
    assert flagged[("message", "from")] == "profile.phone_number"
    assert flagged[("message", "to")] == "profile.phone_number"
    # an id alone is still an id, and the service's key no one's
    assert flagged[("sender_log", "sent_by")] == "account.id"
    assert ("message", "messaging_service_sid") not in flagged
    assert ("message", "id") not in flagged


# UK Parliament's e-petitions (Rails schema.rb): a petition's signatures, and a document's signature field
EPETITIONS = """
ActiveRecord::Schema.define(version: 2024_01_01_000000) do
  create_table "signatures", id: :serial, force: :cascade do |t|
    t.string "name", limit: 255, null: false
    t.string "email", limit: 255
    t.string "postcode", limit: 255
    t.integer "petition_id"
    t.datetime "created_at", null: false
  end

  create_table "signature_fields", id: :serial, force: :cascade do |t|
    t.string "name", limit: 255, null: false
    t.integer "document_id"
    t.integer "page"
  end
end
"""


def test_the_name_on_a_signature_beside_their_email_is_the_signers() -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "db").mkdir()
        (Path(folder) / "db" / "schema.rb").write_text(EPETITIONS)
        flagged = static_flagged(read_static([Path(folder)], None))
    assert flagged[("signatures", "name")] == "identity.person_name"
    assert flagged[("signatures", "email")] == "contact.email"
    # a form field's name, beside no one's e-mail, names the field
    assert ("signature_fields", "name") not in flagged


# phpBB's install schema (MySQL): a member's profile fields under the forum's shorthand
PHPBB_USERS = """
CREATE TABLE phpbb_users (
  user_id int(10) UNSIGNED NOT NULL auto_increment,
  username varchar(255) DEFAULT '' NOT NULL,
  user_from varchar(100) DEFAULT '' NOT NULL,
  user_occ text NOT NULL,
  user_posts mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (user_id)
);
CREATE TABLE phpbb_privmsgs (
  msg_id int(10) UNSIGNED NOT NULL auto_increment,
  author_id int(10) UNSIGNED DEFAULT '0' NOT NULL,
  msg_from varchar(100) DEFAULT '' NOT NULL,
  PRIMARY KEY (msg_id)
);
"""


def test_a_members_shorthand_profile_fields_are_their_place_and_occupation() -> None:
    flagged = flagged_in_sql(PHPBB_USERS, "mysql")
    assert flagged[("phpbb_users", "user_from")] == "location.approximate"
    assert flagged[("phpbb_users", "user_occ")] == "profile.industry"
    assert ("phpbb_users", "user_posts") not in flagged
    # outside a table of people the shorthand is no profile field
    assert flagged.get(("phpbb_privmsgs", "msg_from")) != "location.approximate"


# FOSSBilling's install script (MySQL): an invoice keeps both parties as they were when issued
FOSSBILLING_INVOICE = """
CREATE TABLE `invoice` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `client_id` bigint(20) DEFAULT NULL,
  `seller_company` varchar(255) DEFAULT NULL,
  `seller_company_vat` varchar(255) DEFAULT NULL,
  `seller_company_number` varchar(255) DEFAULT NULL,
  `seller_address` varchar(255) DEFAULT NULL,
  `seller_phone` varchar(255) DEFAULT NULL,
  `seller_email` varchar(255) DEFAULT NULL,
  `buyer_first_name` varchar(255) DEFAULT NULL,
  `buyer_last_name` varchar(255) DEFAULT NULL,
  `buyer_company` varchar(255) DEFAULT NULL,
  `buyer_company_vat` varchar(255) DEFAULT NULL,
  `buyer_address` varchar(255) DEFAULT NULL,
  `buyer_phone` varchar(255) DEFAULT NULL,
  `buyer_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);
"""


def test_a_block_with_its_companys_registration_and_no_persons_name_is_the_business() -> None:
    flagged = flagged_in_sql(FOSSBILLING_INVOICE, "mysql")
    for column in ("seller_address", "seller_phone", "seller_email"):
        assert ("invoice", column) not in flagged
    # the buyer is named: their address, phone and e-mail are theirs, company number or not
    assert flagged[("invoice", "buyer_first_name")] == "identity.person_name"
    assert flagged[("invoice", "buyer_address")] == "contact.postal_address"
    assert flagged[("invoice", "buyer_phone")] == "profile.phone_number"
    assert flagged[("invoice", "buyer_email")] == "contact.email"


# Fivetran's Mailchimp package (dbt): keys named after an e-mail, and a school register's e-mail id
MAILCHIMP_DBT = """
version: 2
models:
  - name: stg_mailchimp__campaign_recipients
    columns:
      - name: email_id
        description: The surrogate key that uses table campaign_id and member_id.
      - name: campaign_id
        description: The ID of the campaign.
  - name: stg_mailchimp__members
    columns:
      - name: unique_email_id
        description: An identifier for the address across all of Mailchimp.
      - name: email_address
        description: Email address for a subscriber.
  - name: students
    columns:
      - name: email_id
        description: Email id of the student.
"""


def test_a_key_named_after_an_email_and_described_as_a_key_holds_no_address() -> None:
    flagged = flagged_in_dbt(MAILCHIMP_DBT)
    assert ("stg_mailchimp__campaign_recipients", "email_id") not in flagged
    # an id for someone's address across the service stands for its owner
    assert flagged[("stg_mailchimp__members", "unique_email_id")] == "account.id"
    assert flagged[("stg_mailchimp__members", "email_address")] == "contact.email"
    # "email id" in the sense of the address itself stays an address
    assert flagged[("students", "email_id")] == "contact.email"


# osCommerce's install script (MySQL): each country's address layout, and a customer's address book
OSCOMMERCE_FORMATS = """
CREATE TABLE address_format (
  address_format_id int NOT NULL auto_increment,
  address_format varchar(128) NOT NULL,
  address_summary varchar(48) NOT NULL,
  PRIMARY KEY (address_format_id)
);
CREATE TABLE address_book (
  address_book_id int NOT NULL auto_increment,
  customers_id int NOT NULL,
  entry_firstname varchar(255) NOT NULL,
  entry_street_address varchar(255) NOT NULL,
  entry_city varchar(255) NOT NULL,
  PRIMARY KEY (address_book_id)
);
"""

# Twilio (dbt): whether a number needs an address registered, beside the address's own key
TWILIO_NUMBERS = """
version: 2
models:
  - name: incoming_phone_number
    columns:
      - name: address_requirements
        description: The address requirements for the phone number - none, any, local, or foreign.
      - name: address_sid
        description: The unique identifier of the address associated with the phone number.
"""


def test_a_rule_or_a_layout_for_an_address_is_no_ones_address() -> None:
    shop = flagged_in_sql(OSCOMMERCE_FORMATS, "mysql")
    assert ("address_format", "address_summary") not in shop
    assert ("address_format", "address_format") not in shop
    assert shop[("address_book", "entry_street_address")] == "contact.postal_address"
    assert shop[("address_book", "entry_city")] == "location.approximate"
    assert ("incoming_phone_number", "address_requirements") not in flagged_in_dbt(TWILIO_NUMBERS)


# Feedbin (pg_dump): a muted feed subscription; a video player's events with its sound state
MUTED = """
CREATE TABLE public.subscriptions (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    feed_id bigint NOT NULL,
    muted boolean DEFAULT false NOT NULL
);
CREATE TABLE public.player_events (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    event_type text,
    muted boolean,
    volume integer
);
"""


def test_a_muted_thing_has_its_notifications_off_not_a_devices_sound() -> None:
    flagged = flagged_in_sql(MUTED, "postgres")
    assert ("subscriptions", "muted") not in flagged
    assert flagged[("subscriptions", "user_id")] == "account.id"
    assert flagged[("player_events", "muted")] == "device.audio_settings"


# phpIPAM's install script (MySQL): the agents that scan subnets, and a help desk's agents
AGENTS_SQL = """
CREATE TABLE `scanAgents` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) DEFAULT NULL,
  `description` text,
  `type` set('direct','api','mysql') NOT NULL DEFAULT '',
  `code` varchar(32) DEFAULT NULL,
  `last_access` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
);
CREATE TABLE `support_agents` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);
"""


def test_an_agent_that_does_a_programs_task_is_no_person() -> None:
    flagged = flagged_in_sql(AGENTS_SQL, "mysql")
    assert ("scanAgents", "name") not in flagged
    assert ("scanAgents", "id") not in flagged
    assert flagged[("support_agents", "name")] == "identity.person_name"
    assert flagged[("support_agents", "email")] == "contact.email"


# Sage Bionetworks' Synapse warehouse (Snowflake): an access requirement's terms, and its creator
SYNAPSE_TERMS = """
CREATE TABLE accessrequirement_latest (
    id NUMBER(38,0),
    created_by NUMBER(38,0),
    terms_of_user VARCHAR,
    number_of_users NUMBER(38,0)
);
"""


def test_what_comes_before_of_is_what_a_name_names() -> None:
    flagged = flagged_in_sql(SYNAPSE_TERMS, "snowflake")
    assert ("accessrequirement_latest", "terms_of_user") not in flagged
    assert ("accessrequirement_latest", "number_of_users") not in flagged
    assert flagged[("accessrequirement_latest", "created_by")] == "account.id"


# Zabbix's schema (MySQL): a user's switch to log in automatically, beside their login
ZABBIX_USERS = """
CREATE TABLE `users` (
  `userid` bigint unsigned NOT NULL,
  `username` varchar(100) DEFAULT '' NOT NULL,
  `autologin` integer DEFAULT '0' NOT NULL,
  `autologout` varchar(32) DEFAULT '15m' NOT NULL,
  PRIMARY KEY (userid)
);
"""


def test_an_automatic_switch_is_a_setting_not_a_login() -> None:
    flagged = flagged_in_sql(ZABBIX_USERS, "mysql")
    assert ("users", "autologin") not in flagged
    assert flagged[("users", "username")] == "account.id"
    assert flagged[("users", "userid")] == "account.id"
