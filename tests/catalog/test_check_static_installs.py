"""Static mode on install scripts of servers (an OAuth/OIDC identity server, a network monitor,
an XMPP server, an intrusion-detection event store) and an agent-analytics SDK's BigQuery DDL:
the shapes benchmarks/static6 found. Each excerpt is written the way those projects write it."""
from __future__ import annotations

from catalog.checks import check
from catalog.checks.static import columns_from_sql, split_delimiters, static_check_input
from catalog.datamap import empty_datamap
from catalog.policy import load_policy


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}


# Glewlwyd's PostgreSQL schema: every column carries its table's abbreviation, and the only
# documentation of `*_issued_for` is the SQL comment on its line
GLEWLWYD = """
CREATE TABLE g_user (
  gu_id SERIAL PRIMARY KEY,
  gu_username VARCHAR(128) NOT NULL UNIQUE,
  gu_name VARCHAR(256) DEFAULT '',
  gu_email VARCHAR(512) DEFAULT '',
  gu_enabled SMALLINT DEFAULT 1
);
CREATE TABLE g_user_scope_user (
  gusu_id SERIAL PRIMARY KEY,
  gu_id SERIAL,
  gus_id SERIAL,
  FOREIGN KEY(gu_id) REFERENCES g_user(gu_id) ON DELETE CASCADE
);
CREATE TABLE g_user_session (
  gus_id SERIAL PRIMARY KEY,
  gus_session_hash VARCHAR(128) NOT NULL,
  gus_user_agent VARCHAR(256),
  gus_issued_for VARCHAR(256), -- IP address or hostname
  gus_username VARCHAR(256) NOT NULL,
  gus_expiration TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  gus_enabled SMALLINT DEFAULT 1
);
CREATE TABLE g_user_module_instance (
  gumi_id SERIAL PRIMARY KEY,
  gumi_module VARCHAR(128) NOT NULL,
  gumi_name VARCHAR(128) NOT NULL,
  gumi_display_name VARCHAR(256) DEFAULT '',
  gumi_enabled SMALLINT DEFAULT 1
);
CREATE TABLE gpo_subject_identifier (
  gposi_id SERIAL PRIMARY KEY,
  gposi_username VARCHAR(256) NOT NULL,
  gposi_client_id VARCHAR(256),
  gposi_sector_identifier_uri VARCHAR(256),
  gposi_sub VARCHAR(256) NOT NULL
);
CREATE TABLE gs_user_certificate (
  gsuc_id SERIAL PRIMARY KEY,
  gsuc_username VARCHAR(128) NOT NULL,
  gsuc_x509_certificate_content TEXT DEFAULT NULL,
  gsuc_last_user_agent VARCHAR(512) DEFAULT NULL
);
"""


def test_table_abbreviations_on_columns_are_read_past():
    """`gus_issued_for` is `issued_for` of `g_user_session`: the abbreviation names the table.
    `gu_id` in another table points to `g_user`, whose columns all start `gu_`."""
    flagged = _flagged(GLEWLWYD)
    assert flagged["g_user", "gu_id"] == "account.id"
    assert flagged["g_user", "gu_name"] == "identity.person_name"
    assert flagged["g_user", "gu_email"] == "contact.email"
    assert flagged["g_user_scope_user", "gu_id"] == "account.id"
    assert flagged["g_user_session", "gus_username"] == "account.id"
    assert flagged["g_user_session", "gus_user_agent"] == "device.user_agent"
    assert ("g_user_session", "gus_session_hash") not in flagged


def test_the_sql_comment_on_a_columns_line_documents_it():
    """`gus_issued_for VARCHAR(256), -- IP address or hostname`: the comment says what it holds."""
    assert _flagged(GLEWLWYD)["g_user_session", "gus_issued_for"] == "device.ip_address"
    without = _flagged(GLEWLWYD.replace("-- IP address or hostname", ""))
    assert ("g_user_session", "gus_issued_for") not in without


def test_a_programs_parts_subjects_certificates_and_uris():
    """A user module instance's `name` is the module's; OIDC's pairwise `sub` is the user; a
    certificate's content is a credential; a `sector_identifier_uri` is no industry sector."""
    flagged = _flagged(GLEWLWYD)
    assert not {key for key in flagged if key[0] == "g_user_module_instance"}
    assert flagged["gpo_subject_identifier", "gposi_sub"] == "account.id"
    assert ("gpo_subject_identifier", "gposi_sector_identifier_uri") not in flagged
    assert ("gs_user_certificate", "gsuc_x509_certificate_content") not in flagged
    assert flagged["gs_user_certificate", "gsuc_last_user_agent"] == "device.user_agent"


def test_a_column_prefix_that_is_a_word_or_a_protocol_stays():
    """`user_id, user_name` keep their `user`; `snmp_username` of a device is SNMP's, not a table's."""
    flagged = _flagged("""CREATE TABLE orders (order_id int, user_id int, user_name text, user_email text);
CREATE TABLE automation_snmp_items (id int, snmp_id int, snmp_version smallint, snmp_community varchar(100),
  snmp_username varchar(50), snmp_password varchar(50), snmp_port int);""", "mysql")
    assert flagged["orders", "user_id"] == "account.id"
    assert flagged["orders", "user_email"] == "contact.email"
    assert not {key for key in flagged if key[0] == "automation_snmp_items"}


# Cacti's MySQL install script: a stored function between `DELIMITER //` lines, monitored hosts
CACTI = """
DELIMITER //

DROP FUNCTION IF EXISTS NOAUTOCREATENEEDED//
CREATE FUNCTION NOAUTOCREATENEEDED()
RETURNS BOOL
READS SQL DATA
DETERMINISTIC
BEGIN

DECLARE ret BOOL;
DECLARE majv INT;
SET ret = FALSE;
RETURN ret;
END //

DELIMITER ;

CREATE TABLE host (
  id mediumint(8) unsigned NOT NULL auto_increment,
  poller_id int(10) unsigned NOT NULL default '1',
  description varchar(150) NOT NULL default '',
  hostname varchar(100) default NULL,
  location varchar(40) default NULL,
  notes text,
  snmp_community varchar(100) default NULL,
  snmp_username varchar(50) default NULL,
  snmp_password varchar(50) default NULL,
  snmp_sysLocation varchar(300) NOT NULL default '',
  ping_method smallint(5) unsigned default '0',
  availability decimal(8,5) NOT NULL default '100.00000',
  PRIMARY KEY (id)
) ENGINE=InnoDB ROW_FORMAT=Dynamic;

CREATE TABLE user_auth (
  id mediumint(8) unsigned NOT NULL auto_increment,
  username varchar(50) NOT NULL default '0',
  password varchar(256) NOT NULL default '',
  full_name varchar(100) default '0',
  email_address varchar(128) NULL,
  login_opts tinyint(3) unsigned NOT NULL default '1',
  lastlogin int(11) NOT NULL default '-1',
  PRIMARY KEY (id)
) ENGINE=InnoDB ROW_FORMAT=Dynamic;

CREATE TABLE data_source_profiles (
  id mediumint(8) unsigned NOT NULL auto_increment,
  hash varchar(32) NOT NULL default '',
  name varchar(255) NOT NULL default '',
  step int(10) unsigned NOT NULL default '300',
  heartbeat int(10) unsigned NOT NULL default '600',
  PRIMARY KEY (id)
) ENGINE=InnoDB ROW_FORMAT=Dynamic;

CREATE TABLE data_source_profiles_rra (
  id mediumint(8) unsigned NOT NULL auto_increment,
  data_source_profile_id mediumint(8) unsigned NOT NULL default '0',
  name varchar(255) NOT NULL default '',
  PRIMARY KEY (id)
) ENGINE=InnoDB ROW_FORMAT=Dynamic;
"""


def test_mysql_delimiter_blocks_are_read_not_failed():
    """A `DELIMITER //` region is the mysql client's: its statements end with `//`, and a
    stored function's body (`DECLARE`, `SET`, `RETURN`) is no statement of its own. No error."""
    schema = columns_from_sql(CACTI, "mysql", "cacti.sql")
    assert not schema.errors
    assert {c.table for c in schema.columns} == {"host", "user_auth", "data_source_profiles",
                                                 "data_source_profiles_rra"}


def test_ddl_inside_a_stored_routine_is_checked_where_it_is():
    """An upgrade procedure that adds a column is searched like a PL/pgSQL body."""
    text = """CREATE TABLE a (x int);
DELIMITER $$
CREATE PROCEDURE upgrade()
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE column_name = 'email') THEN
    ALTER TABLE users ADD COLUMN email varchar(100);
  END IF;
END$$
DELIMITER ;
CREATE TABLE b (phone varchar(20));
"""
    rewritten, routines = split_delimiters(text)
    assert rewritten.count("\n") == text.count("\n") and len(routines) == 1
    schema = columns_from_sql(text, "mysql", "up.sql")
    assert not schema.errors
    assert {(c.table, c.name, c.location.line) for c in schema.columns} == {
        ("a", "x", 1), ("users", "email", 6), ("b", "phone", 10)}


def test_a_monitored_machine_and_named_settings_are_no_ones():
    """Cacti's `host` (a hostname beside SNMP and ping settings) is a machine: its location,
    notes and SNMP login are the machine's. `data_source_profiles` are settings, not people's
    profiles; `user_auth` is the table of accounts; `login_opts` is an option, `lastlogin` a time."""
    flagged = _flagged(CACTI, "mysql")
    assert not {key for key in flagged if key[0] in {"host", "data_source_profiles", "data_source_profiles_rra"}}
    assert flagged["user_auth", "id"] == "account.id"
    assert flagged["user_auth", "username"] == "account.id"
    assert flagged["user_auth", "full_name"] == "identity.person_name"
    assert flagged["user_auth", "email_address"] == "contact.email"
    assert ("user_auth", "login_opts") not in flagged and ("user_auth", "lastlogin") not in flagged


def test_xmpp_vcard_names_and_login_times():
    """jabberd2's `vcard`: `n-family`, `n-given` are a vCard's structured name; `status.last-login
    INT` is when the user logged in."""
    flagged = _flagged("""CREATE TABLE `vcard` (
    `collection-owner` VARCHAR(255) NOT NULL, KEY(`collection-owner`(255)),
    `object-sequence` BIGINT NOT NULL AUTO_INCREMENT, PRIMARY KEY(`object-sequence`),
    `fn` VARCHAR(255), `n-family` VARCHAR(255), `n-given` VARCHAR(255), `n-middle` VARCHAR(255),
    `n-prefix` VARCHAR(255) ) DEFAULT CHARSET=UTF8;
CREATE TABLE `status` (
    `collection-owner` TEXT NOT NULL, KEY(`collection-owner`(255)),
    `status` TEXT NOT NULL, `last-login` INT DEFAULT '0', `last-logout` INT DEFAULT '0') DEFAULT CHARSET=UTF8;""",
                       "mysql")
    for part in ("fn", "n-family", "n-given", "n-middle"):
        assert flagged["vcard", part] == "identity.person_name"
    assert ("vcard", "n-prefix") not in flagged
    assert flagged["status", "collection-owner"] == "account.id"
    assert ("status", "last-login") not in flagged


def test_a_network_address_and_a_decisions_candidates():
    """IDMEF's `Prelude_Address.address` beside `netmask` is an IP address, not a postal one; a
    decision graph's `candidate(candidate_id, session_id)` holds options, not applicants, while
    a `candidate` table with a name and an e-mail is people."""
    flagged = _flagged("""CREATE TABLE Prelude_Address (
 _message_ident INT8 NOT NULL, _parent_type VARCHAR(1) NOT NULL, _index INT2 NOT NULL, ident VARCHAR(255) NULL,
 category VARCHAR(16) NOT NULL, vlan_name VARCHAR(255) NULL, vlan_num INT4 NULL, address VARCHAR(255) NOT NULL,
 netmask VARCHAR(255) NULL);""")
    assert flagged == {("Prelude_Address", "address"): "device.ip_address"}
    graph = _flagged("""CREATE TABLE IF NOT EXISTS `p.d.candidate` (candidate_id STRING, session_id STRING,
  extracted_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS `p.d.selected_candidate` (selection_outcome_id STRING, candidate_id STRING,
  session_id STRING, extracted_at TIMESTAMP);""", "bigquery")
    assert not graph
    hiring = _flagged("CREATE TABLE candidate (candidate_id int, full_name text, email text);")
    assert hiring["candidate", "candidate_id"] == "account.id"


def test_a_vcards_properties_and_an_xmpp_roster():
    """jabberd2 stores a vCard per column: its ADR parts, JABBERID, SORT-STRING, PHOTO (the
    picture itself, `photo-binval`; not its URL, `photo-extval`), and a roster item's `name`."""
    flagged = _flagged("""CREATE TABLE `roster-items` (
    `collection-owner` TEXT NOT NULL, KEY(`collection-owner`(255)),
    `object-sequence` BIGINT NOT NULL AUTO_INCREMENT, PRIMARY KEY(`object-sequence`),
    `jid` TEXT, `name` TEXT, `to` TINYINT, `from` TINYINT, `ask` INT ) DEFAULT CHARSET=UTF8;
CREATE TABLE `vcard` (
    `collection-owner` VARCHAR(255) NOT NULL, KEY(`collection-owner`(255)),
    `fn` VARCHAR(255), `jabberid` VARCHAR(3071), `sort-string` VARCHAR(255),
    `adr-street` VARCHAR(255), `adr-extadd` VARCHAR(255), `adr-pobox` VARCHAR(15), `adr-pcode` VARCHAR(31),
    `photo-type` VARCHAR(127), `photo-binval` TEXT, `photo-extval` VARCHAR(255), `rev` VARCHAR(255)
    ) DEFAULT CHARSET=UTF8;""", "mysql")
    assert flagged["roster-items", "name"] == "identity.person_name"
    assert flagged["vcard", "jabberid"] == "account.id"
    assert flagged["vcard", "sort-string"] == "identity.person_name"
    assert flagged["vcard", "adr-extadd"] == flagged["vcard", "adr-pobox"] == "contact.postal_address"
    assert flagged["vcard", "adr-pcode"] == "location.approximate"
    assert flagged["vcard", "photo-binval"] == "user_content"
    assert not {("vcard", "photo-type"), ("vcard", "photo-extval"), ("vcard", "rev")} & set(flagged)


def test_an_oidc_sid_is_the_users_session_and_a_client_id_is_not():
    """The `sid` of an OIDC ID token or authorization is the end user's session at the provider;
    the table's `client_id` is an application, no cookie."""
    flagged = _flagged("""CREATE TABLE gpo_id_token (
  gpoi_id SERIAL PRIMARY KEY,
  gpoi_plugin_name VARCHAR(256) NOT NULL,
  gpoi_username VARCHAR(256),
  gpoi_client_id VARCHAR(256),
  gpoi_hash VARCHAR(512),
  gpoi_sid VARCHAR(128),
  gpoi_enabled SMALLINT DEFAULT 1
);""")
    assert flagged == {("gpo_id_token", "gpoi_username"): "account.id", ("gpo_id_token", "gpoi_sid"): "tracking.cookie_id"}


def test_a_reference_to_a_machines_row_is_no_person():
    """`manager_id` points to `snmpagent_managers`, rows of SNMP managers (hosts), not people."""
    flagged = _flagged("""CREATE TABLE snmpagent_managers (id int(10) NOT NULL auto_increment, hostname varchar(100),
  description varchar(255), snmp_version tinyint(3), snmp_community varchar(100), snmp_port mediumint(8),
  PRIMARY KEY (id)) ENGINE=InnoDB;
CREATE TABLE snmpagent_notifications_log (id int(10) NOT NULL auto_increment, time int(24), severity tinyint(4),
  manager_id int(10), notification varchar(190), PRIMARY KEY (id)) ENGINE=InnoDB;""", "mysql")
    assert not flagged


def test_a_picture_stored_in_a_persons_row():
    """Pagila's `staff.picture bytea` is the person's photo, and an `avatar_url` in their row links to
    the picture they uploaded (both user content); a film's picture is no one's."""
    flagged = _flagged("""CREATE TABLE staff (staff_id integer NOT NULL, first_name text NOT NULL,
  last_name text NOT NULL, picture bytea, avatar_url text);
CREATE TABLE film (film_id integer NOT NULL, title text NOT NULL, picture bytea);""")
    assert flagged["staff", "picture"] == "user_content"
    assert flagged["staff", "avatar_url"] == "user_content"
    assert ("film", "picture") not in flagged


def test_an_alter_table_of_keys_and_indexes_only_creates_no_column():
    """jabberd2's update script: `DROP INDEX …, ADD PRIMARY KEY (…)` changes keys, not columns,
    and is no parse failure; an ALTER that also adds a column is still read."""
    schema = columns_from_sql("""CREATE TABLE `active` (`collection-owner` TEXT NOT NULL, `object-sequence` BIGINT);
ALTER TABLE `active` DROP INDEX `object-sequence` , ADD PRIMARY KEY ( `object-sequence` );
ALTER TABLE `authreg` ADD INDEX ( `username` ( 255 ) );
ALTER TABLE `authreg` ADD `email` VARCHAR(255), ADD INDEX (`email`);""", "mysql", "db-update.mysql")
    assert not schema.errors
    assert [(c.table, c.name) for c in schema.columns][-1] == ("authreg", "email")


def test_a_run_together_network_address_is_no_postal_address():
    """FreeRADIUS's `radippool.nasipaddress` reads `nas|ipaddress`: the NAS's IP address."""
    flagged = _flagged("""CREATE TABLE radippool (id BIGSERIAL PRIMARY KEY, pool_name text NOT NULL,
  FramedIPAddress INET NOT NULL, NASIPAddress text NOT NULL DEFAULT '', CallingStationId TEXT NOT NULL DEFAULT '',
  expiry_time TIMESTAMP(0) without time zone NOT NULL, username text DEFAULT '');""")
    assert flagged["radippool", "NASIPAddress"] == "device.ip_address"


def test_sip_signalling_tables_hold_parties_addresses():
    """Kamailio's `location` (a REGISTER's binding, with `callid` and `cseq`): `contact` is the
    user's SIP URI, `received` the address it came from, `instance` the phone's UUID. A table
    without SIP dialog columns keeps its generic `contact` and `instance` unread."""
    flagged = _flagged("""CREATE TABLE `location` (
    `id` INT(10) UNSIGNED AUTO_INCREMENT PRIMARY KEY NOT NULL,
    `ruid` VARCHAR(64) DEFAULT '' NOT NULL,
    `username` VARCHAR(64) DEFAULT '' NOT NULL,
    `contact` VARCHAR(512) DEFAULT '' NOT NULL,
    `received` VARCHAR(128) DEFAULT NULL,
    `expires` DATETIME DEFAULT '2030-05-28 21:32:15' NOT NULL,
    `callid` VARCHAR(255) DEFAULT 'Default-Call-ID' NOT NULL,
    `cseq` INT(11) DEFAULT 1 NOT NULL,
    `instance` VARCHAR(255) DEFAULT NULL,
    `local_contact` VARCHAR(255) DEFAULT NULL
);
CREATE TABLE `job` (`id` INT, `instance` VARCHAR(255), `received` DATETIME);""", "mysql")
    assert flagged["location", "contact"] == "account.id"
    assert flagged["location", "received"] == "device.ip_address"
    assert flagged["location", "instance"] == "device.device_id"
    assert ("location", "local_contact") not in flagged
    assert not {key for key in flagged if key[0] == "job"}


def test_a_parser_crash_is_one_unread_statement_and_detection_reads_mysql():
    """Cacti's `SET @sqlmode= ""` makes sqlglot's PostgreSQL parser raise a ValueError, not a
    ParseError: that statement is not understood (one line), the others are read. Without a
    dialect, the install script with its `DELIMITER //` function is detected as MySQL."""
    schema = columns_from_sql('SET @sqlmode= "";\nCREATE TABLE t (email text);\n', "postgres", "cacti.sql")
    assert [(c.table, c.name) for c in schema.columns] == [("t", "email")]
    assert len(schema.errors) == 1 and schema.errors[0].line == 1 and "\n" not in schema.errors[0].reason
    detected = columns_from_sql('SET @sqlmode= "";\n' + CACTI, None, "cacti.sql")
    assert detected.dialects == {"cacti.sql": "mysql"} and not detected.errors
