"""Static check on schemas of ledgers, monitoring servers and warehouses nobody here wrote
(benchmarks/static9): LedgerSMB's pg_dump, Zabbix's MySQL install script, a Braze export."""
from __future__ import annotations

from catalog.checks import check
from catalog.checks.static import columns_from_sql, read_static, static_check_input
from catalog.datamap import empty_datamap
from catalog.policy import load_policy


def _flagged(schema) -> dict[tuple[str, str], str]:
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}


def _sql(sql: str, dialect: str) -> dict[tuple[str, str], str]:
    return _flagged(columns_from_sql(sql, dialect, "schema.sql"))


# as pg_dump writes a schema: the tables first, every key afterwards as its own ALTER TABLE
LEDGER_DUMP = """
CREATE TABLE public.entity (
    id integer NOT NULL,
    name text,
    entity_class integer NOT NULL,
    created date DEFAULT CURRENT_DATE NOT NULL,
    control_code text NOT NULL,
    country_id integer NOT NULL
);
CREATE TABLE public.person (
    id integer NOT NULL,
    entity_id integer NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    birthdate date
);
CREATE TABLE public.entity_to_contact (
    entity_id integer NOT NULL,
    contact_class_id integer NOT NULL,
    contact text NOT NULL
);
CREATE TABLE public.account (
    id integer NOT NULL,
    accno text NOT NULL,
    description text,
    category character(1) NOT NULL,
    gifi_accno text,
    heading integer NOT NULL,
    contra boolean DEFAULT false NOT NULL
);
CREATE TABLE public.journal_line (
    id integer NOT NULL,
    account_id integer NOT NULL,
    journal_id integer NOT NULL,
    amount numeric NOT NULL
);
CREATE TABLE public.asset_class (
    id integer NOT NULL,
    label text NOT NULL,
    asset_account_id integer,
    dep_account_id integer
);
CREATE TABLE public.eca (
    id integer NOT NULL,
    entity_id integer NOT NULL,
    pay_to_name text
);
CREATE TABLE public.ar (
    id integer NOT NULL,
    invnumber text,
    amount numeric,
    entity_credit_account integer NOT NULL
);
ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_entity_id_key UNIQUE (entity_id);
ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.entity_to_contact
    ADD CONSTRAINT entity_to_contact_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);
ALTER TABLE ONLY public.journal_line
    ADD CONSTRAINT journal_line_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);
ALTER TABLE ONLY public.eca
    ADD CONSTRAINT eca_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);
ALTER TABLE ONLY public.ar
    ADD CONSTRAINT ar_entity_credit_account_fkey FOREIGN KEY (entity_credit_account) REFERENCES public.eca(id);
"""


def test_a_pg_dump_s_keys_are_read_from_its_alter_table_statements() -> None:
    schema = columns_from_sql(LEDGER_DUMP, "postgres", "ledger.sql")
    assert not schema.errors
    person_entity = next(c for c in schema.columns if c.table.endswith("person") and c.name == "entity_id")
    assert person_entity.references == "entity" and person_entity.unique
    contact = next(c for c in schema.columns if c.table.endswith("entity_to_contact") and c.name == "entity_id")
    assert contact.references == "entity" and not contact.unique


def test_a_party_table_a_person_extends_one_to_one_is_of_people() -> None:
    """`person.entity_id` is unique and points to `entity`: the entity is the person, so its key
    and whatever points to it are an account id, and its bare `name` is the person's name."""
    flagged = _sql(LEDGER_DUMP, "postgres")
    assert flagged[("entity", "id")] == "account.id"
    assert flagged[("entity", "name")] == "identity.person_name"
    assert flagged[("person", "entity_id")] == "account.id"
    assert flagged[("entity_to_contact", "entity_id")] == "account.id"
    assert flagged[("eca", "entity_id")] == "account.id"


def test_a_ledger_s_chart_of_accounts_is_no_one_s() -> None:
    """`account(accno, heading, contra)` numbers a ledger's accounts, and `account_id`,
    `asset_account_id` and a declared key to a row that is no one's point to no person."""
    flagged = _sql(LEDGER_DUMP, "postgres")
    for column in [("account", "id"), ("journal_line", "account_id"), ("asset_class", "asset_account_id"),
                   ("asset_class", "dep_account_id"), ("ar", "entity_credit_account")]:
        assert column not in flagged, column


def test_an_account_table_of_people_keeps_its_key() -> None:
    flagged = _sql("CREATE TABLE accounts (id integer PRIMARY KEY, email varchar(255), display_name text);", "postgres")
    assert flagged[("accounts", "id")] == "account.id"


def test_keys_a_later_migration_adds_are_read_across_files(tmp_path) -> None:
    (tmp_path / "001_tables.sql").write_text(
        "CREATE TABLE party (id integer, name text);\n"
        "CREATE TABLE staff (id integer, party_id integer UNIQUE, email varchar(255));\n")
    (tmp_path / "002_keys.sql").write_text(
        "ALTER TABLE staff ADD CONSTRAINT staff_party_fkey FOREIGN KEY (party_id) REFERENCES party(id);\n")
    schema = read_static([tmp_path], "postgres")
    assert next(c for c in schema.columns if c.name == "party_id").references == "party"


ZABBIX = """
CREATE TABLE `users` (
	`userid`                 bigint unsigned                           NOT NULL,
	`username`               varchar(100)    DEFAULT ''                NOT NULL,
	`passwd`                 varchar(60)     DEFAULT ''                NOT NULL,
	`roleid`                 bigint unsigned                           NOT NULL,
	PRIMARY KEY (userid)
) ENGINE=InnoDB;
CREATE TABLE `hosts` (
	`hostid`                 bigint unsigned                           NOT NULL,
	`host`                   varchar(128)    DEFAULT ''                NOT NULL,
	`ipmi_username`          varchar(16)     DEFAULT ''                NOT NULL,
	`ipmi_password`          varchar(20)     DEFAULT ''                NOT NULL,
	PRIMARY KEY (hostid)
) ENGINE=InnoDB;
CREATE TABLE `httptest` (
	`httptestid`             bigint unsigned                           NOT NULL,
	`name`                   varchar(64)     DEFAULT ''                NOT NULL,
	`http_user`              varchar(64)     DEFAULT ''                NOT NULL,
	`http_password`          varchar(64)     DEFAULT ''                NOT NULL,
	PRIMARY KEY (httptestid)
) ENGINE=InnoDB;
CREATE TABLE `scripts` (
	`scriptid`               bigint unsigned                           NOT NULL,
	`command`                text                                      NOT NULL,
	`username`               varchar(64)     DEFAULT ''                NOT NULL,
	`password`               varchar(64)     DEFAULT ''                NOT NULL,
	`publickey`              varchar(64)     DEFAULT ''                NOT NULL,
	`privatekey`             varchar(64)     DEFAULT ''                NOT NULL,
	PRIMARY KEY (scriptid)
) ENGINE=InnoDB;
CREATE TABLE `sysmap_user` (
	`sysmapuserid`           bigint unsigned                           NOT NULL,
	`sysmapid`               bigint unsigned                           NOT NULL,
	`userid`                 bigint unsigned                           NOT NULL,
	`permission`             integer         DEFAULT '2'               NOT NULL,
	PRIMARY KEY (sysmapuserid)
) ENGINE=InnoDB;
"""


def test_a_monitoring_server_s_logins_to_machines_are_no_people() -> None:
    flagged = _sql(ZABBIX, "mysql")
    assert flagged[("users", "userid")] == "account.id"
    assert flagged[("users", "username")] == "account.id"
    assert ("hosts", "ipmi_username") not in flagged  # a server's management board
    assert ("httptest", "http_user") not in flagged  # a web check's login
    assert ("scripts", "username") not in flagged  # beside a password and an SSH key pair
    assert ("sysmap_user", "sysmapuserid") not in flagged  # a link row's key, written as one word
    assert flagged[("sysmap_user", "userid")] == "account.id"


def test_the_language_and_subscription_of_someone_s_mail_are_no_address() -> None:
    flagged = _sql("CREATE TABLE users_v1 (external_id STRING, email STRING, email_lang STRING, "
                   "email_subscribe STRING);", "bigquery")
    assert flagged[("users_v1", "email")] == "contact.email"
    assert ("users_v1", "email_lang") not in flagged
    assert ("users_v1", "email_subscribe") not in flagged


def test_a_name_beside_a_login_and_a_surname_is_the_given_name() -> None:
    flagged = _sql("CREATE TABLE users (userid bigint, username varchar(100), name varchar(100), "
                   "surname varchar(100), passwd varchar(60));", "mysql")
    assert flagged[("users", "name")] == "identity.person_name"
    assert flagged[("users", "surname")] == "identity.person_name"
    flagged = _sql("CREATE TABLE users (id int, name varchar(200), realname varchar(120), password varchar(256));",
                   "mysql")
    assert flagged[("users", "name")] == "account.id"  # Request Tracker: beside `realname`, the login


HOST_INVENTORY = """
CREATE TABLE `host_inventory` (
	`hostid`                 bigint unsigned                           NOT NULL,
	`os`                     varchar(128)    DEFAULT ''                NOT NULL,
	`os_full`                varchar(255)    DEFAULT ''                NOT NULL,
	`serialno_a`             varchar(64)     DEFAULT ''                NOT NULL,
	`macaddress_a`           varchar(64)     DEFAULT ''                NOT NULL,
	`hardware`               varchar(255)    DEFAULT ''                NOT NULL,
	`chassis`                varchar(64)     DEFAULT ''                NOT NULL,
	`vendor`                 varchar(64)     DEFAULT ''                NOT NULL,
	`location`               text                                      NOT NULL,
	`location_lat`           varchar(16)     DEFAULT ''                NOT NULL,
	`notes`                  text                                      NOT NULL,
	`oob_ip`                 varchar(39)     DEFAULT ''                NOT NULL,
	`site_address_a`         varchar(128)    DEFAULT ''                NOT NULL,
	`site_city`              varchar(128)    DEFAULT ''                NOT NULL,
	`poc_1_name`             varchar(128)    DEFAULT ''                NOT NULL,
	`poc_1_email`            varchar(128)    DEFAULT ''                NOT NULL,
	`poc_1_phone_a`          varchar(64)     DEFAULT ''                NOT NULL,
	PRIMARY KEY (hostid)
) ENGINE=InnoDB;
"""


def test_a_machine_s_inventory_that_names_its_contacts_is_still_the_machine_s() -> None:
    """Zabbix's host inventory: the points of contact are people, the site, location, OS,
    MAC address and notes are the machine's; its out-of-band IP is an IP all the same."""
    flagged = _sql(HOST_INVENTORY, "mysql")
    assert flagged[("host_inventory", "poc_1_name")] == "identity.person_name"
    assert flagged[("host_inventory", "poc_1_email")] == "contact.email"
    assert flagged[("host_inventory", "poc_1_phone_a")] == "profile.phone_number"
    assert flagged[("host_inventory", "oob_ip")] == "device.ip_address"
    for column in ["os", "os_full", "macaddress_a", "location", "location_lat", "notes", "site_address_a",
                   "site_city"]:
        assert ("host_inventory", column) not in flagged, column


def test_a_group_s_key_into_a_table_of_principals_is_no_person() -> None:
    """DAViCal's principals are users and groups: `group_member.member_id` may be a person,
    `group_id` is a group's key whatever table it points to."""
    flagged = _sql("""
        CREATE TABLE usr (user_no SERIAL PRIMARY KEY, username TEXT NOT NULL UNIQUE, email TEXT);
        CREATE TABLE principal (principal_id INT8 PRIMARY KEY, user_no INT8 NULL REFERENCES usr(user_no),
                                displayname TEXT);
        CREATE TABLE group_member (group_id INT8 REFERENCES principal(principal_id),
                                   member_id INT8 REFERENCES principal(principal_id));
    """, "postgres")
    assert ("group_member", "group_id") not in flagged


def test_a_company_s_own_party_row_and_tax_numbers_are_no_person_s() -> None:
    flagged = _sql(LEDGER_DUMP + """
        CREATE TABLE public.company (id integer NOT NULL, entity_id integer NOT NULL, legal_name text,
                                     tax_id text, sales_tax_id text, license_number text);
        ALTER TABLE ONLY public.company ADD CONSTRAINT company_pkey PRIMARY KEY (entity_id, legal_name);
        ALTER TABLE ONLY public.company
            ADD CONSTRAINT company_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);
    """, "postgres")
    assert flagged[("person", "entity_id")] == "account.id"
    for column in ["entity_id", "tax_id", "sales_tax_id", "license_number", "legal_name"]:
        assert ("company", column) not in flagged, column


def test_a_monitoring_system_s_notifications_are_no_one_s_writing() -> None:
    flagged = _sql("""
        CREATE TABLE alerts (alertid bigint, userid bigint, mediatypeid bigint, sendto varchar(1024),
                             subject varchar(255), message text, retries integer, esc_step integer);
        CREATE TABLE media_type_message (mediatype_messageid bigint, mediatypeid bigint, eventsource integer,
                                         subject varchar(255), message text);
        CREATE TABLE acknowledges (acknowledgeid bigint, userid bigint, eventid bigint, message text);
    """, "mysql")
    assert ("alerts", "message") not in flagged and ("alerts", "subject") not in flagged
    assert ("media_type_message", "message") not in flagged
    assert flagged[("acknowledges", "message")] == "user_content"  # what an operator wrote
    flagged = _sql("""CREATE TABLE outbox ("Text" text, "DestinationNumber" varchar(20) NOT NULL DEFAULT '',
        "Coding" varchar(255), "UDH" text, "TextDecoded" text NOT NULL DEFAULT '', "ID" serial PRIMARY KEY,
        "SenderID" varchar(255), "CreatorID" text NOT NULL, "Retries" integer DEFAULT '0',
        "Status" varchar(255) NOT NULL DEFAULT 'Reserved');""", "postgres")
    assert flagged[("outbox", "Text")] == "user_content"  # Gammu: an SMS someone wrote, retried


def test_a_key_to_another_column_than_a_row_s_key_says_nothing_of_the_row() -> None:
    """Authelia: `subject` points to `user_opaque_identifier(identifier)`, the user's opaque id,
    not to the row's `id`: it stays the OAuth subject (the user), whatever that row's key is."""
    flagged = _sql("""
        CREATE TABLE user_opaque_identifier (id SERIAL PRIMARY KEY, service VARCHAR(20) NOT NULL,
            sector_id VARCHAR(255) NOT NULL, username VARCHAR(100) NOT NULL, identifier CHAR(36) NOT NULL);
        CREATE TABLE oauth2_consent_session (id SERIAL PRIMARY KEY, challenge_id CHAR(36) NOT NULL,
            client_id VARCHAR(255) NOT NULL, subject CHAR(36) NOT NULL, granted BOOLEAN NOT NULL DEFAULT FALSE);
        ALTER TABLE oauth2_consent_session ADD CONSTRAINT oauth2_consent_subject_fkey FOREIGN KEY (subject)
            REFERENCES user_opaque_identifier (identifier) ON UPDATE RESTRICT ON DELETE RESTRICT;
    """, "postgres")
    assert flagged[("oauth2_consent_session", "subject")] == "account.id"
