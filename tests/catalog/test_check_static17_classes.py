"""Static mode on the shapes benchmarks/static17 found: a PHP forum's MySQL install script
(phpBB 3.0), a document-signing service's Prisma migrations (Documenso), a Fivetran dbt source
package (Marketo) and a BigQuery events table with `ARRAY<STRUCT<key, value>>` columns (DfE
Analytics). Each excerpt is written the way those projects write it."""
from __future__ import annotations

from catalog.checks.static import columns_from_dbt, columns_from_sql

from tests.catalog.check_helpers import static_flagged


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return static_flagged(schema)


# DfE Analytics' events table: query parameters and entity data as BigQuery's map encoding
DFE_EVENTS = """
CREATE TABLE `your-project-name.your-dataset-name.events` (
  occurred_at TIMESTAMP NOT NULL OPTIONS(description="The timestamp at which the event occurred in the application."),
  user_id STRING OPTIONS(description="If a user was logged in when they sent a web request event that is this event, then this is the UID of this user."),
  request_path STRING OPTIONS(description="The path, starting with a / and excluding any query parameters, of this web request, if this event is a web request"),
  request_query ARRAY < STRUCT <key STRING NOT NULL OPTIONS(description="Name of the query parameter e.g. if the URL ended ?foo=bar then this will be foo."),
    value ARRAY < STRING > OPTIONS(description="Contents of the query parameter e.g. if the URL ended ?foo=bar then this will be bar.") > > OPTIONS(description="ARRAY of STRUCTs, each with a key and a value."),
  DATA ARRAY < STRUCT <key STRING NOT NULL OPTIONS(description="Name of the field in the entity_table_name table in the database."),
    value ARRAY < STRING > OPTIONS(description="Contents of the field in the database.") > > OPTIONS(description="ARRAY of STRUCTs, each with a key and a value."),
  customer STRUCT<email STRING, address STRUCT<city STRING, zip STRING>>
)
PARTITION BY DATE(occurred_at)
"""


def test_struct_fields_are_named_by_their_path() -> None:
    schema = columns_from_sql(DFE_EVENTS, "bigquery", "events.sql")
    names = [c.name for c in schema.columns]
    # each field once, by its path; a STRUCT is no column of its own (as a RECORD of a BigQuery schema)
    assert names == ["occurred_at", "user_id", "request_path", "request_query.key", "request_query.value",
                     "DATA.key", "DATA.value", "customer.email", "customer.address.city", "customer.address.zip"]
    value = next(c for c in schema.columns if c.name == "request_query.value")
    assert value.comment and value.comment.startswith("Contents of the query parameter")


def test_a_pairs_value_is_what_its_parent_holds() -> None:
    flagged = _flagged(DFE_EVENTS, "bigquery")
    # the query parameters of the page asked for, and the path of it: what the visitor did
    assert flagged[("events", "request_query.value")] == "behavioral"
    assert flagged[("events", "request_path")] == "behavioral"
    assert ("events", "request_query.key") not in flagged  # a parameter's name
    assert ("events", "DATA.value") not in flagged and ("events", "DATA.key") not in flagged
    assert flagged[("events", "customer.email")] == "contact.email"
    assert flagged[("events", "customer.address.city")] == "location.approximate"


# phpBB 3.0's `mysql_41_schema.sql`: the users table keys its rows `user_id` beside `user_type`
PHPBB_USERS = """
CREATE TABLE phpbb_users (
	user_id mediumint(8) UNSIGNED NOT NULL auto_increment,
	user_type tinyint(2) DEFAULT '0' NOT NULL,
	group_id mediumint(8) UNSIGNED DEFAULT '3' NOT NULL,
	username varchar(255) DEFAULT '' NOT NULL,
	user_email varchar(100) DEFAULT '' NOT NULL,
	PRIMARY KEY (user_id)
) CHARACTER SET `utf8` COLLATE `utf8_bin`;

CREATE TABLE phpbb_attachments (
	attach_id mediumint(8) UNSIGNED NOT NULL auto_increment,
	owner_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
	owner_type varchar(20) DEFAULT '' NOT NULL,
	PRIMARY KEY (attach_id)
);
"""


def test_a_tables_own_key_beside_its_kind_is_no_polymorphic_pair() -> None:
    flagged = _flagged(PHPBB_USERS, "mysql")
    assert flagged[("phpbb_users", "user_id")] == "account.id"
    # a key beside a kind of what it points to (Rails' `owner_type`) still points to anything,
    # and so does a member of an OpenStreetMap relation (a node, a way or a relation)
    assert ("phpbb_attachments", "owner_id") not in flagged
    assert ("relation_members", "member_id") not in _flagged("""
CREATE TABLE public.relation_members (
    relation_id bigint NOT NULL,
    member_type character varying NOT NULL,
    member_id bigint NOT NULL,
    member_role character varying NOT NULL
);
""")


# phpBB's posts and topics: a BBCode markup's `bbcode_uid`, the topic's last poster by key
PHPBB_POSTS = """
CREATE TABLE phpbb_posts (
	post_id mediumint(8) UNSIGNED NOT NULL auto_increment,
	poster_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
	post_text mediumtext NOT NULL,
	bbcode_uid varchar(8) DEFAULT '' NOT NULL,
	PRIMARY KEY (post_id)
);
CREATE TABLE phpbb_forums (
	forum_id mediumint(8) UNSIGNED NOT NULL auto_increment,
	forum_desc text NOT NULL,
	forum_desc_uid varchar(8) DEFAULT '' NOT NULL,
	forum_last_poster_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
	owner_uid mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
	PRIMARY KEY (forum_id)
);
CREATE TABLE daily_logins (
	submission_date date NOT NULL,
	fxa_uid varchar(64) NOT NULL
);
CREATE TABLE phpbb_topics (
	topic_id mediumint(8) UNSIGNED NOT NULL auto_increment,
	topic_last_poster_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
	topic_last_post_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
	PRIMARY KEY (topic_id)
);
"""


def test_a_things_uid_is_no_user_id() -> None:
    flagged = _flagged(PHPBB_POSTS, "mysql")
    assert ("phpbb_posts", "bbcode_uid") not in flagged  # the markup's id in the post's text
    assert ("phpbb_forums", "forum_desc_uid") not in flagged
    assert flagged[("phpbb_forums", "owner_uid")] == "account.id"  # a person's uid stays one
    assert flagged[("daily_logins", "fxa_uid")] == "account.id"  # and so does another system's user id
    assert flagged[("phpbb_posts", "poster_id")] == "account.id"


def test_the_last_poster_is_a_person() -> None:
    flagged = _flagged(PHPBB_POSTS, "mysql")
    assert flagged[("phpbb_topics", "topic_last_poster_id")] == "account.id"
    assert flagged[("phpbb_forums", "forum_last_poster_id")] == "account.id"
    assert ("phpbb_topics", "topic_last_post_id") not in flagged  # the last post's key: a post's


# Documenso's Prisma migrations: NextAuth's `Session` and a plan's mail limits
DOCUMENSO = """
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "sessions" (
    "id" VARCHAR(64) NOT NULL,
    "user_id" INTEGER NOT NULL,
    "last_activity" INTEGER NOT NULL
);
CREATE TABLE "SubscriptionClaim" (
    "id" TEXT NOT NULL,
    "emailRateLimits" JSONB NOT NULL,
    "emailQuota" INTEGER
);
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3)
);
"""


def test_a_sessions_token_is_its_cookie_not_its_key() -> None:
    flagged = _flagged(DOCUMENSO)
    assert flagged[("Session", "sessionToken")] == "tracking.cookie_id"
    assert ("Session", "id") not in flagged  # the row's key beside the token
    assert flagged[("sessions", "id")] == "tracking.cookie_id"  # a session's text key, without a token


def test_a_login_sessions_uid_is_its_cookie_and_a_bare_token_a_credential() -> None:
    # Logto's: the end user's session at the provider, not an account (a thing's `uid` is no user's)
    assert _flagged("""
create table oidc_session_extensions (
  tenant_id varchar(21) not null,
  session_uid varchar(128) not null,
  account_id varchar(12) not null
);
""")[("oidc_session_extensions", "session_uid")] == "tracking.cookie_id"
    # LedgerSMB's: any credential the session holds
    assert ("session", "token") not in _flagged("""
CREATE TABLE public.session (
    session_id integer NOT NULL,
    token character varying(32),
    users_id integer NOT NULL
);
""")


def test_a_limit_on_mail_is_no_address() -> None:
    flagged = _flagged(DOCUMENSO)
    assert ("SubscriptionClaim", "emailRateLimits") not in flagged
    assert flagged[("User", "email")] == "contact.email"


# Fivetran's Marketo source package: a lead is a person, their company their employer
MARKETO_YML = """
version: 2
sources:
  - name: marketo
    tables:
      - name: lead
        description: Table with all Marketo leads.
        columns:
          - name: id
            description: Unique integer id of a lead record.
          - name: email
            description: The email address of the lead.
          - name: company
            description: Lead’s company name
          - name: email_invalid
            description: Email invalid status (boolean). All emails to the address will be blocked if set to true.
      - name: program
        columns:
          - name: id
          - name: company
"""


def test_a_leads_company_is_their_employer() -> None:
    flagged = static_flagged(columns_from_dbt(MARKETO_YML, "models/src_marketo.yml"))
    assert flagged[("lead", "company")] == "profile.industry"
    assert flagged[("lead", "email")] == "contact.email"
    assert ("lead", "email_invalid") not in flagged  # whether mail to it bounces
    assert ("program", "company") not in flagged


# what a name says it is a property or a key of: a signing credential's algorithm, a member's
# sort order, the key of a mail's send
PROPERTIES = """
CREATE TABLE "CscCredential" (
    "id" TEXT NOT NULL,
    "signatureAlgorithm" TEXT NOT NULL,
    "recipientId" INTEGER NOT NULL
);
CREATE TABLE phpbb_users (
	user_id mediumint(8) UNSIGNED NOT NULL auto_increment,
	user_post_sortby_dir varchar(1) DEFAULT 'a' NOT NULL,
	PRIMARY KEY (user_id)
);
CREATE TABLE activity_send_email (
    email_send_id TEXT,
    lead_id INTEGER,
    email_id TEXT
);
"""


def test_a_property_or_key_of_a_thing_is_not_the_thing() -> None:
    flagged = _flagged(PROPERTIES)
    assert ("CscCredential", "signatureAlgorithm") not in flagged
    assert ("phpbb_users", "user_post_sortby_dir") not in flagged
    assert ("activity_send_email", "email_send_id") not in flagged
    assert flagged[("activity_send_email", "email_id")] == "contact.email"  # as some name an address
    assert flagged[("activity_send_email", "lead_id")] == "account.id"


def test_a_users_name_beside_the_mail_they_log_in_with_is_their_name() -> None:
    flagged = _flagged("""
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "password" TEXT,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE TABLE icingaweb_user (
  name varchar(254) NOT NULL,
  active smallint NOT NULL,
  password_hash bytea NOT NULL,
  PRIMARY KEY (name)
);
""")
    assert flagged[("User", "name")] == "identity.person_name"
    assert flagged[("icingaweb_user", "name")] == "account.id"  # the login, with no e-mail beside it


def test_the_one_followed_is_a_person() -> None:
    # the Spring Boot RealWorld app's Flyway migration
    flagged = _flagged("""
create table follows (
  user_id varchar(255) not null,
  follow_id varchar(255) not null
);
""", "sqlite")
    assert flagged[("follows", "follow_id")] == "account.id"
    # outside a table of follows, a key of anything (a campaign's follow-up step)
    assert ("campaign_steps", "follow_id") not in _flagged("""
create table campaign_steps (
  step_id integer not null,
  follow_id integer
);
""", "sqlite")
