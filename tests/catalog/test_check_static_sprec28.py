"""Static mode on classes of error found across benchmarks/static..static23: a participant's role
in one record taken for the identity a user registers as, a tax's own key in a table of taxes
taken for a taxpayer's number, and Salesforce's `individual_id` (a person's privacy record)
missed. Each excerpt is written the way the projects write it; each test also holds a true
neighbour."""
from __future__ import annotations

from tests.catalog.check_helpers import flagged_in_dbt, flagged_in_sql

# Documenso's Prisma migrations: a document's recipients sign, view or approve it
DOCUMENSO = """
CREATE TYPE "Role" AS ENUM ('ADMIN', 'USER');
CREATE TYPE "RecipientRole" AS ENUM ('CC', 'SIGNER', 'VIEWER', 'APPROVER');
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "roles" "Role"[] DEFAULT ARRAY['USER']::"Role"[],
    "role" TEXT NOT NULL DEFAULT 'user',
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Recipient" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "name" VARCHAR(255) NOT NULL DEFAULT '',
    "token" TEXT NOT NULL,
    "role" "RecipientRole" NOT NULL DEFAULT 'SIGNER',
    CONSTRAINT "Recipient_pkey" PRIMARY KEY ("id")
);
"""

# Rallly's spaces: who belongs to a space, with what part in it
RALLLY_SPACES = """
CREATE TYPE "space_member_role" AS ENUM ('ADMIN', 'MEMBER');
CREATE TABLE "space_members" (
    "id" TEXT NOT NULL,
    "space_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "role" "space_member_role" NOT NULL DEFAULT 'MEMBER',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "space_members_pkey" PRIMARY KEY ("id")
);
"""


def test_a_participants_role_in_one_record_is_no_role_on_the_platform() -> None:
    flagged = flagged_in_sql(DOCUMENSO)
    # a recipient signs, views or is copied on one document: no identity they registered as
    assert ("Recipient", "role") not in flagged
    assert flagged[("Recipient", "email")] == "contact.email"
    # the user's own role on the platform still is
    assert flagged[("User", "role")] == "profile.identity"
    spaces = flagged_in_sql(RALLLY_SPACES)
    assert ("space_members", "role") not in spaces
    assert spaces[("space_members", "user_id")] == "account.id"


# LedgerSMB's `Pg-database.sql`: tax rates by account, and the people the books deal with
LEDGERSMB = """
CREATE TABLE tax (
  chart_id int references account(id),
  rate numeric,
  minvalue numeric,
  maxvalue numeric,
  taxnumber text,
  validto timestamp not null default 'infinity',
  pass integer DEFAULT 0 NOT NULL,
  taxmodule_id int DEFAULT 1 NOT NULL,
  PRIMARY KEY (chart_id, validto)
);
CREATE TABLE person (
    id serial PRIMARY KEY,
    first_name text check (first_name ~ '[[:alnum:]_]') NOT NULL,
    middle_name text,
    last_name text check (last_name ~ '[[:alnum:]_]') NOT NULL,
    tax_id text,
    created date not null default current_date
);
"""

# Lago's warehouse exports: a fee's taxes, named by the exported tax's key
LAGO_EXPORTS = """
CREATE TABLE exports_fees_taxes (
    lago_id uuid,
    lago_fee_id uuid,
    lago_tax_id uuid,
    tax_name character varying,
    tax_code character varying,
    tax_rate double precision,
    amount_cents bigint
);
"""


def test_a_tax_id_in_a_table_of_taxes_is_the_taxs_own() -> None:
    flagged = flagged_in_sql(LEDGERSMB)
    assert ("tax", "taxnumber") not in flagged
    # a person's tax id is still their government-issued number
    assert flagged[("person", "tax_id")] == "identity.government_id"
    exports = flagged_in_sql(LAGO_EXPORTS.replace("lago_tax_id uuid", "lago_tax_id character varying"))
    assert ("exports_fees_taxes", "lago_tax_id") not in exports


# Fivetran's Salesforce source package (`src_salesforce.yml`)
SALESFORCE_YML = """
version: 2
sources:
  - name: salesforce
    tables:
      - name: contact
        description: Represents a contact, which is a person associated with an account.
        columns:
          - name: id
            description: The unique, system-generated ID assigned during creation.
          - name: email
            description: The contact's email address.
          - name: individual_id
            description: ID of the data privacy record associated with this contact. This field is available if Data Protection and Privacy is enabled.
          - name: first_name
            description: The contact's first name up to 40 characters.
      - name: user_group
        columns:
          - name: id
          - name: is_individual
            description: Whether the group is one user's own.
"""


def test_an_individuals_id_is_a_persons() -> None:
    flagged = flagged_in_dbt(SALESFORCE_YML)
    assert flagged[("contact", "individual_id")] == "account.id"
    assert flagged[("contact", "email")] == "contact.email"
    # the adjective is no person: whether a group is one user's own
    assert ("user_group", "is_individual") not in flagged


# OpenStreetMap's `structure.sql`: a changeset's bounding box, and a map note's own position
OSM = """
CREATE TABLE public.changesets (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    min_lat integer,
    max_lat integer,
    min_lon integer,
    max_lon integer,
    closed_at timestamp without time zone NOT NULL,
    num_changes integer DEFAULT 0 NOT NULL
);
CREATE TABLE public.notes (
    id bigint NOT NULL,
    latitude integer NOT NULL,
    longitude integer NOT NULL,
    tile bigint NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    user_id bigint
);
"""


def test_the_bounds_of_a_box_are_no_spot_on_the_map() -> None:
    flagged = flagged_in_sql(OSM)
    for bound in ("min_lat", "max_lat", "min_lon", "max_lon"):
        assert ("changesets", bound) not in flagged
    assert flagged[("changesets", "user_id")] == "account.id"
    # one point's own coordinates still are
    assert flagged[("notes", "latitude")] == "location.precise"


# Fivetran's Marketo source package (`src_marketo.yml`): the leads, and what was done to them
MARKETO_YML = """
version: 2
sources:
  - name: marketo
    tables:
      - name: lead
        description: Table with a row for each lead and the attributes it holds.
        columns:
          - name: id
            description: Unique integer id of a lead record.
          - name: email
            description: The email address of the lead.
          - name: first_name
            description: The first name of the lead.
          - name: last_name
            description: The last name of the lead.
      - name: activity_delete_lead
        description: Table with lead deletion activities.
        columns:
          - name: id
            description: ID of the activity.
          - name: lead_id
            description: The ID of the lead related to the activity.
          - name: activity_date
            description: The timestamp the activity was performed.
      - name: lead_describe
        description: Table with the definitions of the lead object's fields.
        columns:
          - name: id
            description: The ID of the field.
          - name: display_name
            description: UI display-name of the field.
          - name: data_type
            description: Datatype of the field.
"""


def test_a_crm_lead_is_a_person() -> None:
    flagged = flagged_in_dbt(MARKETO_YML)
    # the key of a table of leads is a person's, as a table of contacts' is
    assert flagged[("lead", "id")] == "account.id"
    assert flagged[("activity_delete_lead", "lead_id")] == "account.id"
    # an activity done to a lead is numbered by its own key, no person's; a description of the
    # lead object's fields names fields
    assert ("activity_delete_lead", "id") not in flagged
    assert ("lead_describe", "display_name") not in flagged


# Zabbix's `schema.sql`: where an alert went, and a user's notification media
ZABBIX = """
CREATE TABLE `media` (
	`mediaid`                bigint unsigned                           NOT NULL,
	`userid`                 bigint unsigned                           NOT NULL,
	`mediatypeid`            bigint unsigned                           NOT NULL,
	`sendto`                 varchar(1024)   DEFAULT ''                NOT NULL,
	`active`                 integer         DEFAULT '0'               NOT NULL,
	PRIMARY KEY (mediaid)
) ENGINE=InnoDB;
CREATE TABLE `alerts` (
	`alertid`                bigint unsigned                           NOT NULL,
	`actionid`               bigint unsigned                           NOT NULL,
	`userid`                 bigint unsigned                           NULL,
	`sendto`                 varchar(1024)   DEFAULT ''                NOT NULL,
	`subject`                varchar(255)    DEFAULT ''                NOT NULL,
	`retries`                integer         DEFAULT '0'               NOT NULL,
	PRIMARY KEY (alertid)
) ENGINE=InnoDB;
"""

# jabberd2's `db-setup.mysql`: a roster item's subscription in each direction
JABBERD2_ROSTER = """
CREATE TABLE `roster-items` (
    `collection-owner` TEXT NOT NULL,
    `object-sequence` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `jid` TEXT,
    `name` TEXT,
    `to` TINYINT,
    `from` TINYINT,
    `ask` INT
) DEFAULT CHARSET=UTF8;
"""

# Stack Auth's Prisma migration: the e-mails it queues
STACK_AUTH_OUTBOX = """
CREATE TABLE "EmailOutbox" (
    "tenancyId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "to" JSONB NOT NULL,
    "renderedSubject" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("tenancyId", "id")
);
"""


def test_where_a_message_went_is_its_addresses() -> None:
    flagged = flagged_in_sql(ZABBIX, "mysql")
    assert flagged[("media", "sendto")] == "contact.email"
    assert flagged[("alerts", "sendto")] == "contact.email"
    assert flagged[("alerts", "userid")] == "account.id"
    assert flagged_in_sql(STACK_AUTH_OUTBOX)[("EmailOutbox", "to")] == "contact.email"
    # a roster item's `to` and `from` are subscription flags, no addresses
    roster = flagged_in_sql(JABBERD2_ROSTER, "mysql")
    assert ("roster-items", "to") not in roster and ("roster-items", "from") not in roster


# phpBB's `schema_data` (MySQL): a topic keeps its first and last poster, a forum its last one
PHPBB = """
CREATE TABLE phpbb_users (
  user_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  username varchar(255) DEFAULT '' NOT NULL,
  user_email varchar(100) DEFAULT '' NOT NULL,
  PRIMARY KEY (user_id)
);
CREATE TABLE phpbb_forums (
  forum_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  forum_name varchar(255) DEFAULT '' NOT NULL,
  forum_last_poster_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  forum_last_poster_name varchar(255) DEFAULT '' NOT NULL,
  forum_last_poster_colour varchar(6) DEFAULT '' NOT NULL,
  PRIMARY KEY (forum_id)
);
CREATE TABLE phpbb_topics (
  topic_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  forum_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_first_poster_name varchar(255) DEFAULT '' NOT NULL,
  topic_last_poster_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_last_poster_name varchar(255) DEFAULT '' NOT NULL,
  topic_last_post_subject varchar(255) DEFAULT '' NOT NULL,
  PRIMARY KEY (topic_id)
);
"""


def test_a_threads_first_and_last_posters_names_are_someones() -> None:
    flagged = flagged_in_sql(PHPBB, "mysql")
    assert ("phpbb_topics", "topic_first_poster_name") in flagged
    assert ("phpbb_topics", "topic_last_poster_name") in flagged
    assert ("phpbb_forums", "forum_last_poster_name") in flagged
    # the forum's own name is the forum's, no one's
    assert ("phpbb_forums", "forum_name") not in flagged


# Rallly's Prisma migration: a poll's scheduled event and who is invited to it
RALLLY_EVENTS = """
CREATE TABLE "scheduled_events" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "uid" TEXT NOT NULL,
    CONSTRAINT "scheduled_events_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "scheduled_event_invites" (
    "id" TEXT NOT NULL,
    "scheduled_event_id" TEXT NOT NULL,
    "invitee_name" TEXT NOT NULL,
    "invitee_email" TEXT NOT NULL,
    "uid" TEXT NOT NULL,
    CONSTRAINT "scheduled_event_invites_pkey" PRIMARY KEY ("id")
);
"""

# Firefox Accounts' BigQuery export: a security event keyed by the account's `uid`
FXA_EVENTS = """
CREATE TABLE fxa_security_events_v1 (
  id INT64,
  uid STRING,
  nameId INT64,
  verified BOOL,
  ipAddrHmac STRING,
  createdAt INT64
);
"""


def test_a_calendar_entrys_uid_is_its_icalendar_uid() -> None:
    flagged = flagged_in_sql(RALLLY_EVENTS)
    assert ("scheduled_events", "uid") not in flagged
    assert ("scheduled_event_invites", "uid") not in flagged
    assert flagged[("scheduled_event_invites", "invitee_email")] == "contact.email"
    # an event that is no calendar entry keeps its account's uid
    assert flagged_in_sql(FXA_EVENTS, "bigquery")[("fxa_security_events_v1", "uid")] == "account.id"
