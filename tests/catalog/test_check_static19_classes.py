"""Static mode on the shapes benchmarks/static19 found: an OAuth / OIDC authentication service's
sqlx migrations (Matrix Authentication Service), an image board's `pg_dump` (Danbooru), a forum's
MySQL install script (Simple Machines Forum), Fivetran's Amplitude dbt source package, Snowplow's
Redshift event table and a BigQuery schema over the GA4 export. Each excerpt is written the way
those projects write it."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import columns_from_sql, read_static

from tests.catalog.check_helpers import static_flagged


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return static_flagged(schema)


# SMF's `other/install_3-0_MySQL.sql`: the installer's PHP fills in `{$db_prefix}` and `{$engine}`
SMF_MEMBERS = """
#
# Table structure for table `members`
#

CREATE TABLE {$db_prefix}members (
	id_member MEDIUMINT UNSIGNED AUTO_INCREMENT,
	member_name VARCHAR(80) NOT NULL DEFAULT '',
	email_address VARCHAR(255) NOT NULL DEFAULT '',
	PRIMARY KEY (id_member)
) ENGINE={$engine};
"""

# Joomla's `installation/sql/mysql/base.sql`: `#__` is the prefix the installer replaces
JOOMLA_USERS = """
CREATE TABLE IF NOT EXISTS `#__users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(400) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 DEFAULT COLLATE=utf8mb4_unicode_ci;
"""


def test_an_installers_table_prefix_is_no_part_of_the_tables_name() -> None:
    flagged = _flagged(SMF_MEMBERS, "mysql")
    assert flagged[("members", "email_address")] == "contact.email"
    assert _flagged(JOOMLA_USERS, "mysql")[("users", "email")] == "contact.email"


# a view with a closing clause the dialect does not have (Oracle's `WITH READ ONLY` in a
# PostgreSQL file): sqlglot keeps the statement as an opaque command. (A BigQuery view's
# `OPTIONS(…)` written after its query is read since session 25: test_check_static25_classes.)
OPAQUE_VIEW = """
CREATE OR REPLACE VIEW sessions_view AS
SELECT
  user_id,
  user_pseudo_id,
  city
FROM
  events
WITH READ ONLY;
"""


def test_a_view_not_understood_is_reported_not_passed() -> None:
    schema = columns_from_sql(OPAQUE_VIEW, "postgres", "v.sql")
    assert [e.line for e in schema.errors] == [2]
    assert "view not understood" in schema.errors[0].reason


# `pg_dump` writes a materialized view with `WITH NO DATA` (Danbooru's and Pagila's dumps)
MATERIALIZED = """
CREATE TABLE public.users (id integer NOT NULL, email character varying);
CREATE MATERIALIZED VIEW public.user_emails AS
 SELECT users.id, users.email
   FROM public.users
  WITH NO DATA;
"""


def test_a_materialized_view_with_no_data_is_read(tmp_path: Path) -> None:
    (tmp_path / "structure.sql").write_text(MATERIALIZED)
    schema = read_static([tmp_path / "structure.sql"], "postgres")
    assert not schema.errors
    assert static_flagged(schema)[("user_emails", "email")] == "contact.email"


# Danbooru's `db/structure.sql`: a users' sessions table whose cookie value is its `session_id`
# (its `id` a row number), and events that keep the session's uuid
DANBOORU_SESSIONS = """
CREATE TABLE public.user_sessions (
    id bigint NOT NULL,
    ip_addr inet NOT NULL,
    session_id character varying NOT NULL,
    user_agent character varying
);
CREATE TABLE public.user_events (
    id integer NOT NULL,
    user_id integer NOT NULL,
    category integer NOT NULL,
    ip_addr inet,
    session_id uuid
);
"""


def test_a_users_sessions_table_keeps_the_cookie_and_a_uuid_is_no_row_number() -> None:
    flagged = _flagged(DANBOORU_SESSIONS)
    assert flagged[("user_sessions", "session_id")] == "tracking.cookie_id"
    # `session_id uuid` cannot hold `user_sessions.id bigint`: it is the session's own id
    assert flagged[("user_events", "session_id")] == "tracking.cookie_id"


# SMF's install script: keys written `id_<thing>` first, one-byte flags, a ban's address range,
# the forum's known spiders, and the names shown on posts
SMF_FORUM = """
CREATE TABLE {$db_prefix}members (
	id_member MEDIUMINT UNSIGNED AUTO_INCREMENT,
	real_name VARCHAR(255) NOT NULL DEFAULT '',
	member_ip VARBINARY(16),
	member_ip2 VARBINARY(16),
	PRIMARY KEY (id_member)
) ENGINE={$engine};
CREATE TABLE {$db_prefix}topics (
	id_topic MEDIUMINT UNSIGNED AUTO_INCREMENT,
	id_member_started MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_member_updated MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	PRIMARY KEY (id_topic)
) ENGINE={$engine};
CREATE TABLE {$db_prefix}personal_messages (
	id_pm INT UNSIGNED AUTO_INCREMENT,
	id_member_from MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	deleted_by_sender TINYINT UNSIGNED NOT NULL DEFAULT '0',
	from_name VARCHAR(255) NOT NULL DEFAULT '',
	body TEXT NOT NULL,
	PRIMARY KEY (id_pm)
) ENGINE={$engine};
CREATE TABLE {$db_prefix}messages (
	id_msg INT UNSIGNED AUTO_INCREMENT,
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	poster_name VARCHAR(255) NOT NULL DEFAULT '',
	modified_name VARCHAR(255) NOT NULL DEFAULT '',
	body TEXT NOT NULL,
	PRIMARY KEY (id_msg)
) ENGINE={$engine};
CREATE TABLE {$db_prefix}ban_groups (
	id_ban_group MEDIUMINT UNSIGNED AUTO_INCREMENT,
	cannot_login TINYINT UNSIGNED NOT NULL DEFAULT '0',
	PRIMARY KEY (id_ban_group)
) ENGINE={$engine};
CREATE TABLE {$db_prefix}ban_items (
	id_ban MEDIUMINT UNSIGNED AUTO_INCREMENT,
	ip_low VARBINARY(16),
	ip_high VARBINARY(16),
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	PRIMARY KEY (id_ban)
) ENGINE={$engine};
CREATE TABLE {$db_prefix}spiders (
	id_spider SMALLINT UNSIGNED AUTO_INCREMENT,
	spider_name VARCHAR(255) NOT NULL DEFAULT '',
	user_agent VARCHAR(255) NOT NULL DEFAULT '',
	ip_info VARCHAR(255) NOT NULL DEFAULT '',
	PRIMARY KEY (id_spider)
) ENGINE={$engine};
"""


def test_a_key_written_id_first_is_read_as_the_key_of_its_thing() -> None:
    flagged = _flagged(SMF_FORUM, "mysql")
    for table, column in (("topics", "id_member_started"), ("topics", "id_member_updated"),
                          ("personal_messages", "id_member_from"), ("ban_items", "id_member")):
        assert flagged[(table, column)] == "account.id", column
    assert ("topics", "id_topic") not in flagged


def test_a_one_byte_column_is_a_flag_never_someones_key() -> None:
    flagged = _flagged(SMF_FORUM.replace("{$db_prefix}", "smf_"), "mysql")
    assert flagged[("smf_personal_messages", "from_name")] == "identity.person_name"
    assert ("smf_personal_messages", "deleted_by_sender") not in flagged
    assert ("smf_ban_groups", "cannot_login") not in flagged


def test_a_second_address_a_ranges_bounds_and_a_spiders_address() -> None:
    flagged = _flagged(SMF_FORUM, "mysql")
    assert flagged[("members", "member_ip2")] == "device.ip_address"
    assert ("ban_items", "ip_low") not in flagged and ("ban_items", "ip_high") not in flagged
    assert ("spiders", "ip_info") not in flagged and ("spiders", "user_agent") not in flagged


def test_the_name_shown_for_who_wrote_or_edited_a_post() -> None:
    flagged = _flagged(SMF_FORUM, "mysql")
    for table, column in (("messages", "poster_name"), ("messages", "modified_name"), ("personal_messages", "from_name")):
        assert flagged[(table, column)] == "identity.person_name", column
    # a mail transport's settings name the sender of every mail it sends: the organisation
    transport = _flagged("CREATE TABLE emailtransport (id int, fromname varchar(255), fromaddress varchar(255));",
                         "mysql")
    assert ("emailtransport", "fromname") not in transport


def test_a_keys_permitted_addresses_are_a_setting() -> None:
    flagged = _flagged("CREATE TABLE public.api_keys (id integer NOT NULL, user_id integer NOT NULL, "
                       "permitted_ip_addresses inet[], last_ip_address inet);")
    assert ("api_keys", "permitted_ip_addresses") not in flagged
    assert flagged[("api_keys", "last_ip_address")] == "device.ip_address"


# SMF: permission profiles (a program's named settings), a log of logins numbered by `id_login`,
# a member's last login as a time, and the forum calendar's events
SMF_SETTINGS = """
CREATE TABLE permission_profiles (id_profile SMALLINT AUTO_INCREMENT, profile_name VARCHAR(255) NOT NULL,
  PRIMARY KEY (id_profile));
CREATE TABLE boards (id_board SMALLINT AUTO_INCREMENT, id_profile SMALLINT NOT NULL, name VARCHAR(255),
  PRIMARY KEY (id_board));
CREATE TABLE members (id_member MEDIUMINT AUTO_INCREMENT, last_login INT, real_name VARCHAR(255),
  PRIMARY KEY (id_member));
CREATE TABLE member_logins (id_login INT AUTO_INCREMENT, id_member MEDIUMINT NOT NULL, time INT,
  ip VARBINARY(16), PRIMARY KEY (id_login));
CREATE TABLE calendar (id_event SMALLINT AUTO_INCREMENT, id_member MEDIUMINT NOT NULL, title VARCHAR(255),
  timezone VARCHAR(80), location VARCHAR(255), PRIMARY KEY (id_event));
"""


def test_a_settings_profile_a_login_rows_number_and_a_calendars_places_are_no_ones() -> None:
    flagged = _flagged(SMF_SETTINGS, "mysql")
    assert flagged[("member_logins", "id_member")] == "account.id"
    for table, column in (("permission_profiles", "id_profile"), ("boards", "id_profile"),
                          ("member_logins", "id_login"), ("members", "last_login"),
                          ("calendar", "timezone"), ("calendar", "location")):
        assert (table, column) not in flagged, column
    assert flagged[("calendar", "id_member")] == "account.id"


# Danbooru's table of users' e-mail addresses, and a GA4 events table's key and day
DANBOORU_EMAILS = """
CREATE TABLE public.email_addresses (id bigint NOT NULL, user_id bigint NOT NULL,
  address character varying NOT NULL, normalized_address character varying NOT NULL, is_verified boolean);
"""
GA4_EVENTS = """
CREATE TABLE IF NOT EXISTS `p.d.events` (
  event_id STRING NOT NULL OPTIONS(description="Unique event identifier"),
  event_name STRING NOT NULL OPTIONS(description="Event name (e.g., page_view, purchase)"),
  event_day DATE OPTIONS(description="The day of the event"),
  user_id STRING OPTIONS(description="GA4 User-ID for logged-in users"),
  page_location STRING OPTIONS(description="Full page URL")
)
PARTITION BY event_day;
"""


def test_an_address_in_a_table_of_email_addresses_is_an_email() -> None:
    flagged = _flagged(DANBOORU_EMAILS)
    assert flagged[("email_addresses", "address")] == "contact.email"
    assert flagged[("email_addresses", "normalized_address")] == "contact.email"


def test_an_events_key_and_day_are_not_what_was_done() -> None:
    flagged = _flagged(GA4_EVENTS, "bigquery")
    assert flagged[("events", "event_name")] == "behavioral"
    assert ("events", "event_id") not in flagged and ("events", "event_day") not in flagged
