"""Static mode on the failure classes session 25 read in benchmarks/static9, 14, 17, 18 and 19:
each example is written the way schemas of that kind are written, never a benchmark's file."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import read_static

from tests.catalog.check_helpers import static_flagged


def _read(tmp_path: Path, sql: str, dialect: str) -> dict[tuple[str, str], str]:
    (tmp_path / "schema.sql").write_text(sql)
    schema = read_static([tmp_path / "schema.sql"], dialect)
    assert not schema.errors, schema.errors
    return static_flagged(schema)


# a BigQuery view with its OPTIONS written after the query (BigQuery wants them before `AS`,
# repositories write them last) and a standard `WITH CHECK OPTION` view: the closing clause says
# nothing of the columns, which are read and checked
EVENTS = """
CREATE TABLE `proj.ds.events` (
  event_date DATE,
  user_id STRING,
  user_pseudo_id STRING,
  city STRING
);
"""

GA4_VIEW = EVENTS + """
CREATE OR REPLACE VIEW `proj.ds.sessions_view` AS
SELECT user_id, user_pseudo_id, city
FROM `proj.ds.events`
GROUP BY user_id, user_pseudo_id, city
OPTIONS(
  description="Sessions (view)",
  labels=[("layer", "transformed")]
);
"""


def test_a_view_whose_options_follow_its_query_is_read(tmp_path: Path) -> None:
    flagged = _read(tmp_path, GA4_VIEW, "bigquery")
    assert flagged[("sessions_view", "user_id")] == "account.id"
    assert flagged[("sessions_view", "city")] == "location.approximate"


CHECKED_VIEW = """
CREATE TABLE users (id integer PRIMARY KEY, email varchar(200), active boolean);
CREATE VIEW active_users AS SELECT id, email FROM users WHERE active
WITH LOCAL CHECK OPTION;
"""


def test_a_view_with_check_option_is_read(tmp_path: Path) -> None:
    assert _read(tmp_path, CHECKED_VIEW, "postgres")[("active_users", "email")] == "contact.email"


# a dashboard view over a CTE that counts people: its columns show or divide the counts
COUNTS_VIEW = EVENTS + """
CREATE OR REPLACE VIEW `proj.ds.daily_kpis` AS
WITH daily AS (
  SELECT event_date, COUNT(DISTINCT user_id) AS total_users, COUNT(DISTINCT user_pseudo_id) AS total_visitors
  FROM `proj.ds.events`
  GROUP BY event_date
)
SELECT
  event_date,
  total_users,
  SAFE_DIVIDE(total_visitors, total_users) AS visitors_per_user,
  total_visitors
FROM daily;
"""


def test_a_count_made_in_a_cte_is_a_number_in_the_view(tmp_path: Path) -> None:
    flagged = _read(tmp_path, COUNTS_VIEW, "bigquery")
    assert ("daily_kpis", "total_users") not in flagged
    assert ("daily_kpis", "visitors_per_user") not in flagged
    assert ("daily_kpis", "total_visitors") not in flagged
    assert flagged[("events", "user_id")] == "account.id"  # the table counted stays checked


# a cache of IP lookups (a site geolocating its users' addresses): one address per row, the
# network it belongs to beside it, and the places the lookup gave
IP_LOOKUPS = """
CREATE TABLE public.ip_geolocations (
    id bigint NOT NULL,
    ip_addr inet NOT NULL,
    network inet,
    latitude double precision,
    country character varying,
    city character varying
);
"""

# a GeoIP database's blocks: ranges of addresses, no one's
GEOIP_BLOCKS = """
CREATE TABLE geoip_blocks (
    network cidr NOT NULL,
    latitude double precision,
    country character varying,
    city character varying
);
"""


def test_one_looked_up_address_beside_its_network_is_someones(tmp_path: Path) -> None:
    flagged = _read(tmp_path, IP_LOOKUPS, "postgres")
    assert flagged[("ip_geolocations", "ip_addr")] == "device.ip_address"
    assert flagged[("ip_geolocations", "city")] == "location.approximate"
    assert flagged[("ip_geolocations", "latitude")] == "location.approximate"  # a lookup's, a city's


def test_a_geoip_range_table_stays_no_ones(tmp_path: Path) -> None:
    assert _read(tmp_path, GEOIP_BLOCKS, "postgres") == {}


# a marketing tool's and a product analytics tool's events (dbt YAML): the platform and the
# device an e-mail was opened or an event sent on
ACTIVITY_YAML = """
version: 2
models:
  - name: activity_open_email
    columns:
      - name: lead_id
      - name: device
        description: The device that was used to open the email.
      - name: platform
        description: The platform that was used to open the email.
  - name: event
    columns:
      - name: user_id
      - name: platform
      - name: user_platform
  - name: app_release
    columns:
      - name: version
      - name: platform
"""


def test_the_platform_and_device_an_action_was_done_on_are_the_users(tmp_path: Path) -> None:
    (tmp_path / "schema.yml").write_text(ACTIVITY_YAML)
    flagged = static_flagged(read_static([tmp_path / "schema.yml"], "postgres"))
    assert flagged[("activity_open_email", "device")] == "device.model"
    assert flagged[("activity_open_email", "platform")] == "device.os"
    assert flagged[("event", "platform")] == "device.os"
    assert flagged[("event", "user_platform")] == "device.os"
    assert ("app_release", "platform") not in flagged  # a release's platform: a catalogue's


# a forum's bans and moderation (phpBB's `ban_reason varchar(255)`, a booru's `bans.reason
# text`): a reason typed by a moderator or a user, beside a short code and a program's reasons
REASONS = """
CREATE TABLE users (id bigint PRIMARY KEY, name varchar(100));
CREATE TABLE bans (
    id bigint PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    banner_id bigint REFERENCES users (id),
    reason text NOT NULL,
    expires_at timestamp
);
CREATE TABLE banlist (
    ban_id integer PRIMARY KEY,
    ban_userid integer,
    ban_reason varchar(255) DEFAULT '' NOT NULL,
    ban_give_reason varchar(255) DEFAULT '' NOT NULL
);
CREATE TABLE watchers (
    id integer PRIMARY KEY,
    watcher_username varchar(64) NOT NULL,
    status integer NOT NULL,
    reason varchar(64)
);
CREATE TABLE rejections (event_id text NOT NULL, reason text NOT NULL);
CREATE TABLE payments (
    id integer PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    reason smallint,
    failure_reason text,
    reason_code varchar(40)
);
"""


def test_a_reason_written_in_a_long_text_column_is_someones_writing(tmp_path: Path) -> None:
    flagged = _read(tmp_path, REASONS, "postgres")
    assert flagged[("bans", "reason")] == "user_content"
    assert flagged[("banlist", "ban_reason")] == "user_content"
    assert flagged[("banlist", "ban_give_reason")] == "user_content"
    assert ("watchers", "reason") not in flagged  # a subscription's state, a code
    assert ("rejections", "reason") not in flagged  # a server's reasons for rejecting events
    # a payment processor's codes: a number, a program's failure, a code
    assert not {("payments", "reason"), ("payments", "failure_reason"), ("payments", "reason_code")} & set(flagged)


# a forum's members table that opens every column with `user_` (phpBB, and forums like it):
# the member's messenger handles, website and signature
FORUM_USERS = """
CREATE TABLE forum_users (
    user_id mediumint(8) UNSIGNED NOT NULL auto_increment,
    username varchar(255) DEFAULT '' NOT NULL,
    user_sig mediumtext NOT NULL,
    user_icq varchar(15) DEFAULT '' NOT NULL,
    user_jabber varchar(255) DEFAULT '' NOT NULL,
    user_website varchar(200) DEFAULT '' NOT NULL,
    user_posts mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE chat_servers (
    id int NOT NULL,
    jabber varchar(255),
    website varchar(200),
    PRIMARY KEY (id)
);
"""


def test_a_members_handles_website_and_signature_behind_the_tables_person_word(tmp_path: Path) -> None:
    flagged = _read(tmp_path, FORUM_USERS, "mysql")
    assert flagged[("forum_users", "user_icq")] == "account.id"
    assert flagged[("forum_users", "user_jabber")] == "account.id"
    assert flagged[("forum_users", "user_website")] == "user_content"
    assert flagged[("forum_users", "user_sig")] == "user_content"
    assert ("forum_users", "user_posts") not in flagged
    assert ("chat_servers", "jabber") not in flagged and ("chat_servers", "website") not in flagged  # no one's


# a warehouse's append of a data vendor's matches: first and last name written by initials
INITIALLED = """
CREATE TABLE phone_append (
    match_id bigint,
    prsn_f_nm character varying(200) ENCODE lzo,
    prsn_l_nm character varying(200) ENCODE lzo
);
CREATE TABLE uploads (f_name varchar(100), f_size int);
"""


def test_first_and_last_name_by_their_initials_in_a_pair(tmp_path: Path) -> None:
    flagged = _read(tmp_path, INITIALLED, "redshift")
    assert flagged[("phone_append", "prsn_f_nm")] == "identity.person_name"
    assert flagged[("phone_append", "prsn_l_nm")] == "identity.person_name"
    assert ("uploads", "f_name") not in flagged  # alone, a file's as well as a person's


# a subscriptions warehouse in BigQuery: its only string type says nothing of a reason's length
SUBSCRIPTIONS_BQ = """
CREATE TABLE `proj.ds.subscriptions` (
  customer_id STRING,
  ended_reason STRING,
  cancellation_reason STRING
);
"""


def test_a_reason_in_a_warehouses_only_string_type_is_not_read_as_writing(tmp_path: Path) -> None:
    flagged = _read(tmp_path, SUBSCRIPTIONS_BQ, "bigquery")
    assert ("subscriptions", "ended_reason") not in flagged
    assert ("subscriptions", "cancellation_reason") not in flagged
