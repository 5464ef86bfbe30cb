"""Static mode on the classes benchmarks/static27 found (a web shop's BigQuery dataset kept as
Terraform, e107's MySQL install script behind its PHP guard, the Tuva Project's dbt input layer,
Philomena's pg_dump, Elemental Zcash's SSO tables), each written as those projects write it."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import read_static
from tests.catalog.check_helpers import flagged_in_dbt, flagged_in_sql, static_flagged

# a web shop's BigQuery tables as Terraform resources: a JSON heredoc, and an HCL `jsonencode`
SHOP_TF = '''\
resource "google_bigquery_table" "customer" {
  dataset_id = var.dataset_id
  table_id   = "customer"
  deletion_protection = false
  schema = <<EOF
[
  {
    "mode": "REQUIRED",
    "name": "customer_id",
    "type": "INTEGER"
  },
  {
    "mode": "REQUIRED",
    "name": "email",
    "type": "STRING"
  },
  {
    "mode": "REQUIRED",
    "name": "password",
    "type": "STRING"
  },
  {
    "name": "full_name",
    "type": "STRING"
  }
]
EOF
}

resource "google_bigquery_table" "page_view_daily" {
  dataset_id = google_bigquery_dataset.datamart.dataset_id
  table_id   = "page_view_daily"
  schema = jsonencode([
    { name = "event_date", type = "DATE", mode = "REQUIRED" },
    { name = "page_title", type = "STRING", mode = "NULLABLE" },
    {
      "name" : "visitor_ip"
      "type" : "STRING",
      "description" : "IP address of the visitor"
    },
  ])
}

resource "google_bigquery_table" "orders" {
  dataset_id = var.dataset_id
  table_id   = var.orders_table
  schema     = var.orders_schema
}
'''


def _read(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return read_static([tmp_path])


def test_terraform_bigquery_tables_are_read(tmp_path):
    schema = _read(tmp_path, {"tables/customer.tf": SHOP_TF,
                              # provider settings: no table, no schema left unread
                              "terraform.tf": 'terraform {\n  required_providers {\n    google = {}\n  }\n}\n'})
    flagged = static_flagged(schema)
    assert flagged[("customer", "email")] == "contact.email"
    assert flagged[("customer", "full_name")] == "identity.person_name"
    assert ("customer", "password") not in flagged
    assert flagged[("page_view_daily", "visitor_ip")] == "device.ip_address"
    assert ("page_view_daily", "event_date") not in flagged
    email = next(c for c in schema.columns if c.name == "email")
    # the line of the field's `{` (as a BigQuery schema file's fields are placed), in the .tf file
    opening = SHOP_TF.splitlines().index('    "name": "email",') - 2  # above its `mode`
    assert email.location is not None and email.location.line == opening + 1
    # a schema held in a variable cannot be read here: said, not skipped
    assert [e.reason for e in schema.errors] == ["BigQuery table `orders`: its `schema` is an expression the check "
                                                 "cannot evaluate"]
    assert not any(str(f).endswith("terraform.tf") for f in schema.files)


E107 = '''\
<?php
/**
 * Core SQL
 */
header("location:../index.php");
exit;
?>
#
# Table structure for table `admin_log` - admin/moderator actions
#
CREATE TABLE admin_log (
  dblog_id int(10) unsigned NOT NULL auto_increment,
  dblog_datestamp int(10) unsigned NOT NULL default '0',
  dblog_user_id int(10) unsigned NOT NULL default '0',
  dblog_ip varchar(45) NOT NULL default '',
  dblog_title varchar(255) NOT NULL default '',
  PRIMARY KEY  (dblog_id)
) ENGINE=InnoDB;

CREATE TABLE news (
  news_id int(10) unsigned NOT NULL auto_increment,
  news_title varchar(255) NOT NULL default '',
  news_body longtext NOT NULL,
  news_extended longtext NOT NULL,
  news_datestamp int(10) unsigned NOT NULL default '0',
  news_author int(10) unsigned NOT NULL default '0',
  PRIMARY KEY  (news_id)
) ENGINE=InnoDB;

CREATE TABLE comments (
  comment_id int(10) unsigned NOT NULL auto_increment,
  comment_item_id int(10) unsigned NOT NULL default '0',
  comment_subject varchar(100) NOT NULL default '',
  comment_author_id int(10) unsigned NOT NULL default '0',
  comment_comment text NOT NULL,
  comment_ip varchar(45) NOT NULL default '',
  PRIMARY KEY  (comment_id)
) ENGINE=InnoDB;
'''


def test_sql_after_a_php_guard_is_read(tmp_path):
    schema = _read(tmp_path, {"core_sql.sql": E107})
    assert not schema.errors, schema.errors
    flagged = static_flagged(schema)
    assert flagged[("admin_log", "dblog_ip")] == "device.ip_address"  # the first table, right after the guard
    assert flagged[("admin_log", "dblog_user_id")] == "account.id"
    ip = next(c for c in schema.columns if c.table == "admin_log" and c.name == "dblog_ip")
    assert ip.location is not None and ip.location.line == E107.splitlines().index("  dblog_ip varchar(45) NOT NULL default '',") + 1


def test_a_sites_news_is_no_ones_writing():
    flagged = flagged_in_sql(E107.split("?>", 1)[1], "mysql")
    assert ("news", "news_title") not in flagged
    assert ("news", "news_body") not in flagged
    assert ("news", "news_extended") not in flagged
    assert flagged[("news", "news_author")] == "account.id"  # its writer is still someone
    assert flagged[("comments", "comment_comment")] == "user_content"  # a visitor's comment stays theirs


PHILOMENA = '''\
CREATE TABLE public.static_pages (
    id bigint NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    title text NOT NULL,
    slug text NOT NULL,
    body text NOT NULL
);
CREATE TABLE public.site_notices (
    id integer NOT NULL,
    title character varying NOT NULL,
    text character varying NOT NULL,
    link character varying,
    user_id integer NOT NULL
);
CREATE TABLE public.comments (
    id integer NOT NULL,
    ip inet,
    fingerprint character varying,
    user_id integer,
    image_id integer,
    body character varying NOT NULL
);
CREATE TABLE public.topics (
    id integer NOT NULL,
    title character varying NOT NULL,
    post_count integer DEFAULT 0 NOT NULL,
    forum_id integer NOT NULL,
    user_id integer
);
CREATE TABLE public.forums (
    id integer NOT NULL,
    name character varying NOT NULL,
    description character varying NOT NULL
);
CREATE TABLE public.ssh_keys (
    id integer NOT NULL,
    user_id integer NOT NULL,
    fingerprint character varying NOT NULL,
    key text NOT NULL
);
'''


def test_a_sites_pages_and_notices_are_no_ones_writing():
    flagged = flagged_in_sql(PHILOMENA)
    assert ("static_pages", "title") not in flagged
    assert ("static_pages", "body") not in flagged
    assert ("site_notices", "title") not in flagged
    assert ("site_notices", "text") not in flagged
    assert flagged[("site_notices", "user_id")] == "account.id"
    assert flagged[("comments", "body")] == "user_content"


def test_a_fingerprint_beside_a_posters_ip_is_their_browsers():
    flagged = flagged_in_sql(PHILOMENA)
    assert flagged[("comments", "fingerprint")] in {"device.device_id", "tracking.cookie_id"}
    assert flagged[("comments", "ip")] == "device.ip_address"
    assert ("ssh_keys", "fingerprint") not in flagged  # a key's fingerprint beside no request


def test_a_threads_title_is_its_starters():
    flagged = flagged_in_sql(PHILOMENA)
    assert flagged[("topics", "title")] == "user_content"
    assert flagged[("topics", "user_id")] == "account.id"
    assert ("forums", "name") not in flagged  # a forum's own name, set up by the site


TUVA = '''\
version: 2
models:
  - name: input_layer__patient
    description: The patient table contains demographic information about each patient.
    columns:
      - name: patient_id
        description: Identifier that links a patient to a particular clinical source system.
      - name: email
        description: The email for the patient
      - name: file_name
        description: The file name of the source file.
      - name: ingest_datetime
        description: The date and time the source file was ingested into the data warehouse or landed in cloud storage.
  - name: uploads
    columns:
      - name: user_id
        description: The user who uploaded the file.
      - name: file_name
        description: The name of the uploaded file.
'''


def test_a_files_name_beside_its_ingest_time_is_the_loads():
    flagged = flagged_in_dbt(TUVA)
    assert ("input_layer__patient", "file_name") not in flagged
    assert flagged[("input_layer__patient", "email")] == "contact.email"
    assert flagged[("uploads", "file_name")] == "device.app_file_names"  # an upload's stays its owner's


ZCASH = '''\
CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  public_id TEXT NOT NULL UNIQUE,
  name TEXT,
  email TEXT UNIQUE,
  bio TEXT,
  zcashaddress TEXT,
  unverified_zcashaddress TEXT,
  bitcoin_address TEXT,
  address TEXT,
  username VARCHAR(255) UNIQUE
);
'''


def test_a_wallets_address_is_no_postal_address():
    flagged = flagged_in_sql(ZCASH)
    assert ("users", "zcashaddress") not in flagged
    assert ("users", "unverified_zcashaddress") not in flagged
    assert ("users", "bitcoin_address") not in flagged
    assert flagged[("users", "address")] == "contact.postal_address"
    assert flagged[("users", "email")] == "contact.email"


GALLERIES = '''\
CREATE TABLE public.galleries (
    id integer NOT NULL,
    title character varying NOT NULL,
    spoiler_warning character varying DEFAULT ''::character varying NOT NULL,
    description character varying DEFAULT ''::character varying NOT NULL,
    thumbnail_id integer NOT NULL,
    user_id integer NOT NULL,
    image_count integer DEFAULT 0 NOT NULL
);
CREATE TABLE public.reports (
    id integer NOT NULL,
    ip inet NOT NULL,
    user_agent character varying DEFAULT ''::character varying,
    state character varying DEFAULT 'open'::character varying NOT NULL,
    user_id integer,
    admin_id integer,
    reason character varying NOT NULL
);
CREATE TABLE public.audit_log_entry (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    ip_address inet NOT NULL,
    event_type character varying(256) NOT NULL,
    description character varying NOT NULL
);
CREATE TABLE public.dblog (
    dblog_id integer NOT NULL,
    dblog_user_id integer NOT NULL,
    dblog_ip character varying(45) NOT NULL,
    dblog_title character varying(255) NOT NULL
);
CREATE TABLE public.page (
    page_id integer NOT NULL,
    page_title character varying(250) NOT NULL,
    page_text text,
    page_author integer NOT NULL,
    page_ip_restrict text
);
CREATE TABLE public.dispute (
    id character varying NOT NULL,
    charge_id character varying,
    connected_account_id character varying,
    evidence_customer_purchase_ip character varying,
    reason character varying
);
CREATE TABLE public.collections (
    id integer NOT NULL,
    code character varying NOT NULL,
    name character varying NOT NULL,
    description text
);
'''


def test_what_someone_made_or_sent_is_described_by_them():
    flagged = flagged_in_sql(GALLERIES)
    assert flagged[("galleries", "title")] == "user_content"
    assert flagged[("galleries", "description")] == "user_content"
    assert flagged[("reports", "reason")] == "user_content"  # sent in with the reporter's IP
    assert flagged[("reports", "ip")] == "device.ip_address"
    assert ("audit_log_entry", "description") not in flagged  # a log entry: the system's words
    assert flagged[("audit_log_entry", "ip_address")] == "device.ip_address"
    assert ("collections", "description") not in flagged  # a shop's collection: no one's
    assert ("dispute", "reason") not in flagged  # beside a purchase's IP, not the row's sender's
    assert ("dblog", "dblog_title") not in flagged  # e107's log: its entries' titles are the system's
    assert flagged[("dblog", "dblog_ip")] == "device.ip_address"
    assert ("page", "page_title") not in flagged  # the site's own page, whatever IPs it is restricted to


PROFILES = '''\
CREATE TABLE profiles_legaladdress (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    first_name varchar(60) NOT NULL,
    street_address_1 varchar(60) NOT NULL,
    city varchar(50) NOT NULL,
    state_or_territory varchar(255) NOT NULL,
    country varchar(2) NOT NULL,
    postal_code varchar(10) NOT NULL
);
CREATE TABLE applications_bootcampapplication (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    linkedin_url varchar(200),
    resume_file varchar(100),
    state varchar(255) NOT NULL
);
CREATE TABLE companies (
    id serial PRIMARY KEY,
    name varchar(200),
    linkedin_url varchar(200)
);
CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL,
    membership_number varchar(255),
    sales_territory varchar(255)
);
'''


def test_a_division_named_with_its_alternative_is_a_place():
    flagged = flagged_in_sql(PROFILES)
    assert flagged[("profiles_legaladdress", "state_or_territory")] == "location.approximate"
    assert flagged[("profiles_legaladdress", "city")] == "location.approximate"
    assert ("users", "sales_territory") not in flagged  # a sales territory is no one's place
    assert ("applications_bootcampapplication", "state") not in flagged  # the application's state


def test_a_social_profiles_link_is_the_persons_account_there():
    flagged = flagged_in_sql(PROFILES)
    assert flagged[("applications_bootcampapplication", "linkedin_url")] == "account.id"
    assert flagged[("applications_bootcampapplication", "user_id")] == "account.id"
    assert ("companies", "linkedin_url") not in flagged  # a company's own page


def test_a_membership_number_is_the_members():
    flagged = flagged_in_sql(PROFILES)
    assert flagged[("users", "membership_number")] == "account.id"
    assert flagged[("users", "email")] == "contact.email"


SEGMENT_ALIASES = '''\
CREATE TABLE "aliases" (
	"id" varchar(512) NOT NULL UNIQUE PRIMARY KEY,
	"received_at" timestamp NULL,
	"anonymous_id" varchar(512) NULL,
	"context_ip" varchar(512) NULL,
	"previous_id" varchar(512) NULL,
	"user_id" varchar(512) NULL
);
CREATE TABLE "page_versions" (
	"id" varchar(512) NOT NULL,
	"page_id" varchar(512) NULL,
	"previous_id" varchar(512) NULL
);
'''


def test_a_tracker_aliases_previous_id_is_the_persons():
    flagged = flagged_in_sql(SEGMENT_ALIASES, "redshift")
    assert flagged[("aliases", "previous_id")] == "account.id"
    assert flagged[("aliases", "anonymous_id")] == "tracking.cookie_id"
    assert ("page_versions", "previous_id") not in flagged  # a version's previous version


SHOP_TABLES = '''\
CREATE TABLE cart (
  cart_id INT64 NOT NULL,
  sid STRING,
  customer_id INT64,
  customer_email STRING,
  user_ip STRING
);
CREATE TABLE attribute_option (
  attribute_option_id INT64 NOT NULL,
  attribute_id INT64 NOT NULL,
  attribute_code STRING NOT NULL,
  option_text STRING NOT NULL
);
CREATE TABLE shipping_zone (
  shipping_zone_id INT64 NOT NULL,
  name STRING NOT NULL,
  country STRING NOT NULL
);
CREATE TABLE customer_address (
  customer_address_id INT64 NOT NULL,
  customer_id INT64 NOT NULL,
  full_name STRING,
  city STRING,
  province STRING,
  country STRING
);
CREATE TABLE jobs (
  job_id INT64 NOT NULL,
  sid STRING
);
'''


def test_a_carts_session_id_is_the_shoppers_cookie():
    flagged = flagged_in_sql(SHOP_TABLES, "bigquery")
    assert flagged[("cart", "sid")] == "tracking.cookie_id"
    assert flagged[("cart", "user_ip")] == "device.ip_address"
    assert ("jobs", "sid") not in flagged


def test_a_catalogue_options_text_is_the_shops():
    flagged = flagged_in_sql(SHOP_TABLES, "bigquery")
    assert ("attribute_option", "option_text") not in flagged
    assert flagged[("cart", "customer_email")] == "contact.email"


def test_a_shipping_zones_places_are_no_ones():
    flagged = flagged_in_sql(SHOP_TABLES, "bigquery")
    assert ("shipping_zone", "country") not in flagged
    assert flagged[("customer_address", "country")] == "location.approximate"
    assert flagged[("customer_address", "province")] == "location.approximate"


NOTIFICATIONS = '''\
CREATE TABLE public.notifications (
    id integer NOT NULL,
    action character varying NOT NULL,
    watcher_ids integer[] DEFAULT '{}'::integer[] NOT NULL,
    actor_id integer NOT NULL,
    actor_type character varying NOT NULL,
    tag_ids integer[] DEFAULT '{}'::integer[] NOT NULL
);
'''


def test_the_watchers_of_a_notification_are_people():
    flagged = flagged_in_sql(NOTIFICATIONS)
    assert flagged[("notifications", "watcher_ids")] == "account.id"
    assert ("notifications", "tag_ids") not in flagged


MODERATION = '''\
CREATE TABLE public.tags (
    id integer NOT NULL,
    name character varying NOT NULL,
    description character varying DEFAULT ''::character varying,
    mod_notes character varying
);
CREATE TABLE public.users (
    id integer NOT NULL,
    email character varying NOT NULL,
    mod_notes text
);
CREATE TABLE public.vpns (
    ip inet NOT NULL
);
CREATE TABLE public.user_ips (
    id integer NOT NULL,
    ip inet NOT NULL,
    uses integer DEFAULT 0 NOT NULL,
    user_id integer NOT NULL
);
'''


def test_a_moderators_note_on_a_thing_is_the_staffs():
    flagged = flagged_in_sql(MODERATION)
    assert ("tags", "mod_notes") not in flagged
    assert flagged[("users", "mod_notes")] == "user_content"  # about that person


def test_a_list_of_vpn_ranges_holds_no_ones_address():
    flagged = flagged_in_sql(MODERATION)
    assert ("vpns", "ip") not in flagged
    assert flagged[("user_ips", "ip")] == "device.ip_address"


CONFIRMATIONS = '''\
CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  email TEXT UNIQUE,
  unverified_email TEXT,
  email_confirmation JSONB,
  bio TEXT
);
CREATE TABLE signups (
  id SERIAL PRIMARY KEY,
  email VARCHAR(255),
  email_confirmation VARCHAR(255)
);
'''


def test_a_json_confirmation_record_is_no_address():
    flagged = flagged_in_sql(CONFIRMATIONS)
    assert ("users", "email_confirmation") not in flagged  # its token and expiry
    assert flagged[("users", "unverified_email")] == "contact.email"
    assert flagged[("signups", "email_confirmation")] == "contact.email"  # the address typed again
