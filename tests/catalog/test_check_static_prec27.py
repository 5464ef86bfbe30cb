"""Static mode on the classes of false alarm read in session 27 across the static benchmarks:
columns a schema keeps about its own records and programs (an audit trail's reasons, a
setting described in prose, an application's id, a product's keywords, a note left by whoever
processed a record, a page's mobile version, a mailing list's and a mail server's settings).
Each schema is written for the test in the shapes real projects use (a medical record's
Liquibase tables, a vendor's dbt package, a shop's MySQL script, an accounting ledger); each
test also keeps a true personal neighbour flagged."""
from __future__ import annotations

from tests.catalog.check_helpers import flagged_in_dbt as _flagged_dbt
from tests.catalog.check_helpers import flagged_in_sql as _flagged_sql


# a medical record system's soft deletes: every row can be voided or retired, with a reason
SOFT_DELETES = """
CREATE TABLE person (person_id int PRIMARY KEY, gender varchar(50), birthdate date, voided boolean,
  voided_by int, date_voided timestamp, void_reason varchar(255));
CREATE TABLE concept_class (concept_class_id int PRIMARY KEY, name varchar(255), retired boolean,
  retired_by int, retire_reason varchar(255));
CREATE TABLE users (user_id int PRIMARY KEY, username varchar(50), retire_reason varchar(255),
  disable_reason varchar(255));
CREATE TABLE bans (id int PRIMARY KEY, user_id int, reason text);
"""


def test_a_soft_deletes_reason_is_the_record_keepers() -> None:
    flagged = _flagged_sql(SOFT_DELETES)
    assert ("person", "void_reason") not in flagged
    assert ("concept_class", "retire_reason") not in flagged
    assert ("users", "retire_reason") not in flagged
    # why a moderator banned or disabled someone stays what was written about that person
    assert flagged.get(("bans", "reason")) == "user_content"
    assert flagged.get(("users", "disable_reason")) == "user_content"
    assert flagged.get(("person", "birthdate")) == "identity.date_of_birth"


# a telephony vendor's settings, described as its API docs describe them
SETTINGS = """
version: 2
sources:
  - name: sms
    tables:
      - name: messaging_service
        columns:
          - name: id
          - name: sticky_sender
            description: Specifies whether to assign a single sender phone number for all outbound messages sent from the messaging service.
          - name: fallback_to_long_code
            description: Determines whether to fall back to long code phone numbers when short codes cannot be used.
      - name: message
        columns:
          - name: id
          - name: sender
            description: The phone number of the person who sent the message.
"""


def test_a_setting_described_as_on_or_off_is_a_flag() -> None:
    flagged = _flagged_dbt(SETTINGS)
    assert ("messaging_service", "sticky_sender") not in flagged
    assert ("messaging_service", "fallback_to_long_code") not in flagged
    assert ("message", "sender") in flagged


# an OAuth provider's registered applications (Doorkeeper) beside its users' identities
APPLICATIONS = """
CREATE TABLE oauth_applications (id bigint PRIMARY KEY, name varchar NOT NULL, uid varchar NOT NULL,
  secret varchar NOT NULL, redirect_uri text, scopes varchar);
CREATE TABLE calendar_apps (id bigint PRIMARY KEY, uid varchar(255), name varchar(255));
CREATE TABLE calendar_item (dav_id bigint PRIMARY KEY, user_no integer, uid text, summary text, dtstart timestamp);
CREATE TABLE vcard (username varchar(255), uid varchar(255), fn varchar(255), email varchar(255));
CREATE TABLE identities (id bigint PRIMARY KEY, user_id bigint, provider varchar, uid varchar);
"""


def test_an_applications_uid_is_no_ones_account() -> None:
    flagged = _flagged_sql(APPLICATIONS)
    assert ("oauth_applications", "uid") not in flagged
    assert ("calendar_apps", "uid") not in flagged
    assert ("calendar_item", "uid") not in flagged  # the event's iCalendar UID
    assert flagged.get(("vcard", "uid")) == "account.id"  # a person's contact card
    assert flagged.get(("identities", "uid")) == "account.id"  # the person's id at the provider


# a shop (mall's MySQL script): products and their keywords, orders and the staff's handling
SHOP = """
CREATE TABLE pms_product (id bigint PRIMARY KEY, name varchar(200), keywords varchar(255), note varchar(255),
  detail_html text, detail_mobile_html text);
CREATE TABLE pms_product_category (id bigint PRIMARY KEY, name varchar(64), keywords varchar(255));
CREATE TABLE ums_member_level (id bigint PRIMARY KEY, name varchar(100), note varchar(200));
CREATE TABLE oms_order (id bigint PRIMARY KEY, member_id bigint, receiver_phone varchar(32), note varchar(500));
CREATE TABLE oms_order_operate_history (id bigint PRIMARY KEY, order_id bigint, operate_man varchar(100),
  note varchar(500));
CREATE TABLE oms_order_return_apply (id bigint PRIMARY KEY, order_id bigint, handle_note varchar(500),
  receive_note varchar(500), description varchar(500));
CREATE TABLE ums_growth_change_history (id bigint PRIMARY KEY, member_id bigint, operate_note varchar(200));
CREATE TABLE call_complete (id bigint PRIMARY KEY, keywords varchar(255), caller_number varchar(30));
CREATE TABLE employees (id bigint PRIMARY KEY, first_name varchar(50), notes text, mobile varchar(32));
"""


def test_a_products_keywords_and_notes_are_the_shops() -> None:
    flagged = _flagged_sql(SHOP, "mysql")
    assert ("pms_product", "keywords") not in flagged
    assert ("pms_product_category", "keywords") not in flagged
    assert ("pms_product", "note") not in flagged
    assert ("ums_member_level", "note") not in flagged
    # the keyword a caller searched for before calling is what they did
    assert flagged.get(("call_complete", "keywords")) == "behavioral"


def test_a_note_left_by_whoever_processed_a_record_is_not_the_subjects() -> None:
    flagged = _flagged_sql(SHOP, "mysql")
    assert ("oms_order_operate_history", "note") not in flagged
    assert ("oms_order_return_apply", "handle_note") not in flagged
    assert ("oms_order_return_apply", "receive_note") not in flagged
    assert ("ums_growth_change_history", "operate_note") not in flagged
    # the customer's own note on an order and a staff member's notes stay theirs
    assert flagged.get(("oms_order", "note")) == "user_content"
    assert flagged.get(("employees", "notes")) == "user_content"


def test_a_pages_mobile_version_is_no_phone_number() -> None:
    flagged = _flagged_sql(SHOP, "mysql")
    assert ("pms_product", "detail_mobile_html") not in flagged
    assert flagged.get(("oms_order", "receiver_phone")) == "profile.phone_number"
    assert flagged.get(("employees", "mobile")) == "profile.phone_number"


# an accounting ledger (LedgerSMB): its books' entries and its parties' own notes
LEDGER = """
CREATE TABLE gl (id integer PRIMARY KEY, reference text, description text, transdate date, person_id integer,
  notes text);
CREATE TABLE ap (id integer PRIMARY KEY, invnumber text, transdate date, amount numeric, notes text,
  intnotes text, person_id integer);
CREATE TABLE acc_trans (trans_id integer, chart_id integer, amount numeric, transdate date, memo text);
CREATE TABLE parts (id integer PRIMARY KEY, partnumber text, description text, notes text);
CREATE TABLE contacts (id integer PRIMARY KEY, first_name text, last_name text, internal_notes text);
CREATE TABLE note (id integer PRIMARY KEY, note_class integer, note text, subject text, created_by integer);
"""


def test_a_ledgers_entry_notes_are_the_bookkeepers() -> None:
    flagged = _flagged_sql(LEDGER)
    assert ("gl", "notes") not in flagged
    assert ("ap", "notes") not in flagged
    assert ("ap", "intnotes") not in flagged
    assert ("acc_trans", "memo") not in flagged
    assert ("parts", "notes") not in flagged
    # a CRM's internal notes on a contact are about that person; a note someone wrote stays
    assert flagged.get(("contacts", "internal_notes")) == "user_content"
    assert flagged.get(("note", "note")) == "user_content"
    assert flagged.get(("ap", "person_id")) == "account.id"


# a mailing list's settings (Mailchimp via Fivetran) beside its members
MAILING_LIST = """
version: 2
sources:
  - name: mailchimp
    tables:
      - name: list
        columns:
          - name: id
          - name: name
          - name: beamer_address
            description: The list's email beamer address.
          - name: notify_on_subscribe
            description: The email address to send subscribe notifications to.
          - name: notify_on_unsubscribe
            description: The email address to send unsubscribe notifications to.
      - name: member
        columns:
          - name: id
          - name: email_address
            description: The email address of the member.
"""


def test_a_mailing_lists_own_addresses_are_its_settings() -> None:
    flagged = _flagged_dbt(MAILING_LIST)
    assert ("list", "beamer_address") not in flagged
    assert ("list", "notify_on_subscribe") not in flagged
    assert ("list", "notify_on_unsubscribe") not in flagged
    assert flagged.get(("member", "email_address")) == "contact.email"


# a helpdesk's mailboxes (osTicket) and a mail sender's SMTP accounts beside people's logins
MAIL_SERVERS = """
CREATE TABLE email_account (id integer PRIMARY KEY, email_id integer NOT NULL, host varchar(128), port integer,
  protocol varchar(10));
CREATE TABLE mail_account (id bigint PRIMARY KEY, username varchar(255), password varchar(255), host varchar(255),
  port int, creator varchar(64));
CREATE TABLE user_account (id integer PRIMARY KEY, user_id integer NOT NULL, username varchar(64),
  passwd varchar(128));
"""


def test_a_mail_servers_account_is_a_programs_setting() -> None:
    flagged = _flagged_sql(MAIL_SERVERS)
    assert ("email_account", "id") not in flagged
    assert ("mail_account", "id") not in flagged
    assert ("mail_account", "username") not in flagged
    assert flagged.get(("mail_account", "creator")) == "account.id"  # the admin who set it up
    assert flagged.get(("user_account", "user_id")) == "account.id"
    assert flagged.get(("user_account", "username")) == "account.id"


# a monitoring server's settings (Zabbix) and a machine inventory's components (OCS), beside
# its users and a photo-sharing table
SETTINGS_AND_COMPONENTS = """
CREATE TABLE config (configid bigint PRIMARY KEY, ldap_bind_dn varchar(255), ldap_search_attribute varchar(128),
  saml_username_attribute varchar(32));
CREATE TABLE media_type (mediatypeid bigint PRIMARY KEY, smtp_server varchar(255), smtp_port integer,
  smtp_email varchar(255), username varchar(255), passwd varchar(255));
CREATE TABLE users (userid bigint PRIMARY KEY, username varchar(100), ldap_id varchar(255));
CREATE TABLE inputs (id integer PRIMARY KEY, hardware_id integer, caption varchar(255));
CREATE TABLE photos (id integer PRIMARY KEY, user_id integer, caption text);
"""


def test_a_protocols_settings_are_the_programs() -> None:
    flagged = _flagged_sql(SETTINGS_AND_COMPONENTS, "mysql")
    for column in ("ldap_bind_dn", "ldap_search_attribute", "saml_username_attribute"):
        assert ("config", column) not in flagged, column
    assert ("media_type", "smtp_email") not in flagged
    assert ("media_type", "username") not in flagged  # the SMTP relay's login, beside its server and port
    assert flagged.get(("users", "ldap_id")) == "account.id"
    assert flagged.get(("users", "username")) == "account.id"


def test_a_components_caption_is_a_label() -> None:
    flagged = _flagged_sql(SETTINGS_AND_COMPONENTS, "mysql")
    assert ("inputs", "caption") not in flagged
    assert flagged.get(("photos", "caption")) == "user_content"
