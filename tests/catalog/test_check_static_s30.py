"""Static mode on the classes benchmarks/static26 found (a web shop's Segment warehouse, XOOPS's
MySQL install schema, MIT Open Learning's dbt staging YAML, sourcehut's meta.sr.ht schema, a
membership app's pg_dump) and the leftovers of benchmarks/static25, each written as those
projects write it."""
from __future__ import annotations

from tests.catalog.check_helpers import flagged_in_dbt, flagged_in_sql

# a Segment export (Redshift): one table per tracked event, named after the event
SEGMENT = '''\
CREATE TABLE "order_completed" (
	"id" varchar(512) NOT NULL UNIQUE PRIMARY KEY,
	"received_at" timestamp NULL,
	"anonymous_id" varchar(512) NULL,
	"context_ip" varchar(512) NULL,
	"context_page_url" varchar(2048) NULL,
	"context_user_agent" varchar(512) NULL,
	"event" varchar(512) NULL,
	"event_text" varchar(512) NULL,
	"order_id" int8 NULL,
	"user_id" varchar(512) NULL,
	"src_file_name" varchar(1024) NULL,
	"data_loaded_at" timestamp default getdate()
);
CREATE TABLE "pages" (
	"id" varchar(512) NOT NULL UNIQUE PRIMARY KEY,
	"anonymous_id" varchar(512) NULL,
	"context_ip" varchar(512) NULL,
	"path" varchar(2048) NULL,
	"title" varchar(2048) NULL,
	"url" varchar(2048) NULL,
	"user_id" varchar(512) NULL
);
CREATE TABLE "webhook_subscription" (
	"id" varchar(512) NOT NULL,
	"event" varchar(512) NULL,
	"url" varchar(2048) NULL
);
'''


def test_a_trackers_event_row_names_what_someone_did():
    flagged = flagged_in_sql(SEGMENT, "redshift")
    assert flagged[("order_completed", "event")] == "behavioral"
    assert flagged[("order_completed", "event_text")] == "behavioral"  # the event's name, no one's words
    assert flagged[("order_completed", "context_ip")] == "device.ip_address"
    assert flagged[("order_completed", "anonymous_id")] == "tracking.cookie_id"
    assert ("webhook_subscription", "event") not in flagged  # no tracker's row: a subscription's event


def test_a_trackers_page_view_is_the_pages():
    flagged = flagged_in_sql(SEGMENT, "redshift")
    assert flagged[("pages", "path")] == "behavioral"  # the page's path, not a file on a device
    assert flagged[("pages", "title")] == "behavioral"
    assert flagged[("pages", "url")] == "behavioral"
    assert ("webhook_subscription", "url") not in flagged


UPLOADS = '''\
CREATE TABLE attachments (
    id bigint NOT NULL,
    user_id bigint NOT NULL REFERENCES users(id),
    src_file_name character varying,
    created_at timestamp without time zone
);
'''


def test_the_source_file_beside_the_datas_load_time_is_the_loads():
    flagged = flagged_in_sql(SEGMENT, "redshift")
    assert ("order_completed", "src_file_name") not in flagged
    # a user's upload keeps its file's name, whatever the name starts with
    assert flagged_in_sql(UPLOADS)[("attachments", "src_file_name")] == "device.app_file_names"


# MIT Open Learning's dbt staging: sources named after where they came from, `__` apart
OL_DBT = '''\
version: 2
sources:
  - name: ol_warehouse_raw_data
    tables:
      - name: raw__mitlearn__app__postgres__profiles_profile
        description: MIT Learn user profile information including preferences and personal details
        columns:
          - name: id
            description: Primary key, unique identifier for the profile
          - name: bio
            description: User's biographical information or description
          - name: name
            description: User's display name or full name
          - name: user_id
            description: Foreign key referencing the users_user table
models:
  - name: stg__mitlearn__app__postgres__profiles_profile
    description: MIT Learn user profile information and preferences
    columns:
      - name: profile_id
        description: int, unique identifier for each user profile on the MIT Learn platform
      - name: user_id
        description: int, foreign key to users_user representing the associated user
      - name: user_bio
        description: str, biographical information or personal description provided by the user
      - name: user_location
        description: str, geographic location information provided by the user
  - name: stg__bootcamps__app__postgres__django_contenttype
    description: stores the django models for the bootcamp app
    columns:
      - name: contenttype_id
        description: int, sequential ID for the django model
      - name: contenttype_full_name
        description: str, name for django model. A combination of the models name and functional group.
  - name: stg__mitlearn__app__postgres__learning_resources_userlistrelationship
    description: Relationships between user lists, defining parent-child hierarchies and position
    columns:
      - name: userlistrelationship_id
        description: int, unique identifier for the user list relationship
      - name: userlistrelationship_child_id
        description: int, foreign key referencing the child user list in the relationship
      - name: userlistrelationship_parent_id
        description: int, foreign key referencing the parent user list in the relationship
  - name: stg__mitlearn__app__postgres__learning_resources_userlist
    columns:
      - name: userlist_id
      - name: user_id
        description: int, foreign key referencing the user who created this list
'''


def test_a_dbt_names_source_path_makes_no_profile_a_things():
    flagged = flagged_in_dbt(OL_DBT)
    profile = "raw__mitlearn__app__postgres__profiles_profile"
    assert flagged[(profile, "name")] == "identity.person_name"
    assert flagged[(profile, "bio")] == "user_content"
    assert flagged[(profile, "user_id")] == "account.id"


def test_a_persons_word_before_their_field_names_them():
    flagged = flagged_in_dbt(OL_DBT)
    model = "stg__mitlearn__app__postgres__profiles_profile"
    assert flagged[(model, "user_bio")] == "user_content"
    assert flagged[(model, "user_location")] == "location.approximate"
    assert flagged[(model, "user_id")] == "account.id"  # never read past the person to a bare `id`


def test_a_things_name_opened_by_its_tables_word_is_the_things():
    flagged = flagged_in_dbt(OL_DBT)
    assert ("stg__bootcamps__app__postgres__django_contenttype", "contenttype_full_name") not in flagged


def test_a_childs_key_beside_its_parents_links_a_tree():
    flagged = flagged_in_dbt(OL_DBT)
    relationship = "stg__mitlearn__app__postgres__learning_resources_userlistrelationship"
    assert (relationship, "userlistrelationship_child_id") not in flagged
    assert flagged[("stg__mitlearn__app__postgres__learning_resources_userlist", "user_id")] == "account.id"


# XOOPS 2.5's install schema: a product prefix on table names, the table's own on columns
XOOPS = '''\
CREATE TABLE xoopscomments (
  `com_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `com_pid` mediumint(8) unsigned NOT NULL DEFAULT '0',
  `com_modid` smallint(5) unsigned NOT NULL DEFAULT '0',
  `com_itemid` mediumint(8) unsigned NOT NULL DEFAULT '0',
  `com_created` int(10) unsigned NOT NULL DEFAULT '0',
  `com_uid` mediumint(8) unsigned NOT NULL DEFAULT '0',
  `com_ip` varchar(45) NOT NULL DEFAULT '',
  `com_title` varchar(255) NOT NULL DEFAULT '',
  `com_text` text,
  `dohtml` tinyint(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`com_id`)
) ENGINE=MyISAM;
CREATE TABLE modules (
  mid smallint(5) unsigned NOT NULL auto_increment,
  name varchar(150) NOT NULL default '',
  dirname varchar(25) NOT NULL default '',
  PRIMARY KEY (mid)
) ENGINE=MyISAM;
CREATE TABLE users (
  uid mediumint(8) unsigned NOT NULL auto_increment,
  name varchar(60) NOT NULL default '',
  uname varchar(25) NOT NULL default '',
  email varchar(60) NOT NULL default '',
  url varchar(100) NOT NULL default '',
  user_avatar varchar(30) NOT NULL default 'blank.gif',
  user_sig tinytext,
  user_viewemail tinyint(1) unsigned NOT NULL default '0',
  PRIMARY KEY (uid)
) ENGINE=MyISAM;
'''


def test_a_prefix_after_a_products_names_the_table():
    flagged = flagged_in_sql(XOOPS, "mysql")
    assert flagged[("xoopscomments", "com_title")] == "user_content"  # the title of what the commenter wrote
    assert flagged[("xoopscomments", "com_text")] == "user_content"
    assert flagged[("xoopscomments", "com_uid")] == "account.id"
    assert flagged[("xoopscomments", "com_ip")] == "device.ip_address"


def test_beside_a_table_of_modules_a_mod_id_keys_a_module():
    flagged = flagged_in_sql(XOOPS, "mysql")
    assert ("xoopscomments", "com_modid") not in flagged
    assert flagged[("xoopscomments", "com_uid")] == "account.id"


def test_a_members_signature_in_their_row():
    flagged = flagged_in_sql(XOOPS, "mysql")
    assert flagged[("users", "user_sig")] == "user_content"  # a tinytext has room for a signature
    assert flagged[("users", "email")] == "contact.email"
    assert ("users", "user_viewemail") not in flagged  # a flag about the e-mail


# sourcehut's meta.sr.ht: a table of names no one may register
SRHT = '''\
CREATE TABLE "user" (
	id serial PRIMARY KEY,
	username character varying(256) NOT NULL UNIQUE,
	email character varying(256) NOT NULL UNIQUE,
	url character varying(256),
	bio character varying(4096)
);
CREATE TABLE reserved_usernames (
    username varchar NOT NULL
);
CREATE TABLE oauth2_client (
	id serial PRIMARY KEY,
	owner_id integer NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
	client_name character varying(256) NOT NULL,
	client_url character varying
);
'''


def test_a_table_of_reserved_names_holds_no_ones():
    flagged = flagged_in_sql(SRHT)
    assert ("reserved_usernames", "username") not in flagged
    assert flagged[("user", "username")] == "account.id"
    assert ("oauth2_client", "client_url") not in flagged


# arrays named in the plural (Kuura's and authnomicon's users)
ARRAYS = '''\
CREATE TYPE address AS (formatted text, street_address text, locality text, postal_code text, country text);
CREATE TABLE users (
    id uuid PRIMARY KEY,
    username text UNIQUE NOT NULL,
    roles text[] NOT NULL DEFAULT '{}',
    addresses address[],
    scopes text[]
);
'''


def test_an_array_named_in_the_plural_holds_many_of_one_thing():
    flagged = flagged_in_sql(ARRAYS)
    assert ("users", "roles") not in flagged  # access levels as often as identities (documenso's `Role[]`)
    assert flagged[("users", "addresses")] == "contact.postal_address"
    assert ("users", "scopes") not in flagged
    assert flagged[("users", "username")] == "account.id"


# a mobile app's BigQuery marketing warehouse (benchmarks/static25's relax_bigquery)
ATTRIBUTION = '''\
CREATE TABLE `relax.late_conversions.users_network_attribution` (
  user_id STRING,
  user_pseudo_id STRING,
  platform STRING,
  network_attribution STRING
);
CREATE TABLE `relax.app.sessions` (
  user_id STRING,
  network_type STRING,
  started_at TIMESTAMP
);
'''


def test_an_ad_network_a_user_was_attributed_to_is_no_connection_type():
    flagged = flagged_in_sql(ATTRIBUTION, "bigquery")
    assert ("users_network_attribution", "network_attribution") not in flagged
    assert flagged[("users_network_attribution", "platform")] == "device.os"
    assert flagged[("sessions", "network_type")] == "device.network_type"


XOOPS_ONLINE = '''\
CREATE TABLE online (
  online_uid mediumint(8) unsigned NOT NULL default '0',
  online_uname varchar(25) NOT NULL default '',
  online_updated int(10) unsigned NOT NULL default '0',
  online_module smallint(5) unsigned NOT NULL default '0',
  online_ip varchar(45) NOT NULL default ''
) ENGINE=MyISAM;
CREATE TABLE modules (
  mid smallint(5) unsigned NOT NULL auto_increment,
  name varchar(150) NOT NULL default '',
  version varchar(32) NOT NULL default '',
  PRIMARY KEY (mid)
) ENGINE=MyISAM;
'''


def test_a_prefix_that_is_the_tables_whole_name_names_the_table():
    flagged = flagged_in_sql(XOOPS_ONLINE, "mysql")
    assert flagged[("online", "online_uid")] == "account.id"
    assert flagged[("online", "online_uname")] == "account.id"  # the login beside the uid
    assert flagged[("online", "online_ip")] == "device.ip_address"
    assert ("online", "online_module") not in flagged
    assert ("modules", "name") not in flagged


MIT_LEARN = '''\
version: 2
models:
  - name: stg__mitlearn__app__postgres__users_user
    description: MIT Learn user account information and authentication details
    columns:
      - name: user_id
        description: int, unique identifier for each user on the MIT Learn platform
      - name: user_global_id
        description: str, global identifier that can be used across all MIT Learning platforms
      - name: user_scim_id
        description: str, SCIM (System for Cross-domain Identity Management) identifier for the user
      - name: user_is_active
        description: boolean, used to soft delete user accounts
  - name: stg__mitlearn__app__postgres__profiles_profile
    description: MIT Learn user profile information and preferences
    columns:
      - name: profile_id
      - name: user_id
        description: int, foreign key to users_user representing the associated user
      - name: user_headline
        description: str, professional or personal headline displayed on the user's profile
      - name: user_image_small_url
        description: str, URL to a small version of the user's profile image
      - name: user_image_medium_file
        description: str, file reference for the medium-sized version of the user's profile image
      - name: user_time_commitment
        description: str, amount of time the user can commit to learning activities
'''


def test_a_persons_id_at_a_directory_or_across_platforms_is_theirs():
    flagged = flagged_in_dbt(MIT_LEARN)
    users = "stg__mitlearn__app__postgres__users_user"
    assert flagged[(users, "user_scim_id")] == "account.id"
    assert flagged[(users, "user_global_id")] == "account.id"
    assert (users, "user_is_active") not in flagged


def test_a_profiles_headline_and_picture_in_sizes_are_its_persons():
    flagged = flagged_in_dbt(MIT_LEARN)
    profile = "stg__mitlearn__app__postgres__profiles_profile"
    assert flagged[(profile, "user_headline")] == "user_content"
    assert flagged[(profile, "user_image_small_url")] == "user_content"
    assert flagged[(profile, "user_image_medium_file")] == "user_content"  # the picture, not a device's file
    assert (profile, "user_time_commitment") not in flagged


SERVICE_ACTION = '''\
CREATE TABLE "issued_refund" (
	"id" varchar(512) NOT NULL,
	"anonymous_id" varchar(512),
	"context_ip" varchar(512),
	"agent_id" int8,
	"order_id" int8,
	"refund_notes" varchar(512),
	"user_id" varchar(512)
);
CREATE TABLE "deploy_runs" (
	"id" varchar(512) NOT NULL,
	"agent_id" int8,
	"started_at" timestamp
);
'''


def test_a_trackers_service_action_names_the_agent_who_acted():
    flagged = flagged_in_sql(SERVICE_ACTION, "redshift")
    assert flagged[("issued_refund", "agent_id")] == "account.id"
    assert flagged[("issued_refund", "user_id")] == "account.id"
    assert ("deploy_runs", "agent_id") not in flagged  # a build agent, no one


MKTG_LIST = '''\
CREATE TABLE mktg_ops_tbls.campgn_prospct_list (
    list_id integer,
    list_nm varchar(200),
    list_owner_nm varchar(100),
    list_full_nm varchar(200),
    cnst_mstr_id integer
);
'''


def test_a_things_name_is_not_its_owners():
    flagged = flagged_in_sql(MKTG_LIST, "redshift")
    assert flagged[("campgn_prospct_list", "list_owner_nm")] == "identity.person_name"  # the list's owner's name
    assert ("campgn_prospct_list", "list_full_nm") not in flagged  # the list's own, written out
