"""Static mode on the shapes benchmarks/static18 found: a hosting billing system's MySQL install
script (FOSSBilling), an RSS reader's `pg_dump` (Feedbin), an authentication service's Prisma
migrations (Stack Auth), a Fivetran dbt source package (Lever), a sales warehouse's BigQuery DDL
and a sleep tracker's production Redshift (Hello). Each excerpt is written the way those
projects write it."""
from __future__ import annotations

from catalog.checks.static import columns_from_sql

from tests.catalog.check_helpers import static_flagged


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return static_flagged(schema)


# Hello's Redshift: a DynamoDB snapshot keyed by account beside tables that point to accounts
HELLO_SNAPSHOTS = """
CREATE TABLE prod_insights (
  account_id BIGINT,
  category INTEGER,
  insight_type VARCHAR(32),
  timestamp_utc TIMESTAMP
) DISTSTYLE KEY DISTKEY (account_id)
COMPOUND SORTKEY (timestamp_utc, category);
CREATE TABLE prod_ring_history_by_account (
  account_id BIGINT,
  actual_ring_time BIGINT,
  created_at_utc BIGINT,
  device_id VARCHAR(20),
  expected_ring_time BIGINT
) DISTSTYLE KEY DISTKEY (account_id)
COMPOUND SORTKEY (account_id, created_at_utc);
"""


def test_a_table_by_account_is_no_table_of_accounts() -> None:
    flagged = _flagged(HELLO_SNAPSHOTS, "redshift")
    # `ring_history_by_account` holds alarms grouped by account: its `account_id` is a person's
    # account, not its own key, and no other table's `account_id` points to it
    assert flagged[("prod_ring_history_by_account", "account_id")] == "account.id"
    assert flagged[("prod_insights", "account_id")] == "account.id"
    assert flagged[("prod_ring_history_by_account", "device_id")] == "device.device_id"


# FOSSBilling's `install/sql/structure.sql`
FOSSBILLING = """
CREATE TABLE `client` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT NULL,
  `first_name` varchar(100) DEFAULT NULL,
  `last_name` varchar(100) DEFAULT NULL,
  `phone_cc` varchar(10) DEFAULT NULL,
  `phone` varchar(100) DEFAULT NULL,
  `company` varchar(100) DEFAULT NULL,
  `company_vat` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `invoice` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `client_id` bigint(20) DEFAULT NULL,
  `buyer_phone` varchar(255) DEFAULT NULL,
  `buyer_phone_cc` varchar(255) DEFAULT NULL,
  `buyer_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `email_template` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `action_code` varchar(255) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `content` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `promo` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(100) DEFAULT NULL,
  `once_per_client` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
"""


def test_a_phones_cc_is_its_country_code() -> None:
    flagged = _flagged(FOSSBILLING, "mysql")
    # a `cc` after a phone is the number's country code, no carbon copy of an e-mail
    assert flagged[("client", "phone_cc")] == "profile.phone_number"
    assert flagged[("invoice", "buyer_phone_cc")] == "profile.phone_number"
    assert flagged[("invoice", "buyer_email")] == "contact.email"


def test_a_templates_text_is_no_ones() -> None:
    flagged = _flagged(FOSSBILLING, "mysql")
    assert ("email_template", "subject") not in flagged
    assert ("email_template", "content") not in flagged


def test_a_flag_named_after_a_person_is_still_a_flag() -> None:
    flagged = _flagged(FOSSBILLING, "mysql")
    # `once_per_client tinyint(1)`: MySQL's boolean, whatever `client` it names
    assert ("promo", "once_per_client") not in flagged


def test_a_company_beside_a_persons_own_name_is_their_employer() -> None:
    flagged = _flagged(FOSSBILLING, "mysql")
    # `client` is as often an OAuth client; a row with a first and last name is a person
    assert flagged[("client", "company")] == "profile.industry"
    assert flagged[("client", "first_name")] == "identity.person_name"


def test_the_key_of_a_resolution_is_no_screen_size() -> None:
    flagged = _flagged("""
CREATE TABLE IF NOT EXISTS `proj.sales_intelligence.entity_resolution_emails` (
  resolution_id STRING NOT NULL OPTIONS(description="UUID primary key"),
  email_address STRING NOT NULL OPTIONS(description="Normalized email address"),
  sf_contact_id STRING OPTIONS(description="Matched Salesforce Contact ID")
);""", "bigquery")
    assert ("entity_resolution_emails", "resolution_id") not in flagged
    assert flagged[("entity_resolution_emails", "email_address")] == "contact.email"


# Feedbin's `db/structure.sql` (pg_dump): the key is declared apart, a Stripe customer id beside it
FEEDBIN_USERS = """
CREATE TABLE public.users (
    id bigint NOT NULL,
    email character varying(255),
    password_digest character varying(255),
    customer_id character varying(255),
    plan_id bigint,
    admin boolean DEFAULT false
);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE TABLE public.daily_active_users (
    id bigint NOT NULL,
    user_id bigint,
    day date
);
"""


def test_a_users_customer_id_leaves_its_key_a_persons() -> None:
    flagged = _flagged(FEEDBIN_USERS)
    # the user's record at a billing system (or the customer they belong to): still a row of users
    assert flagged[("users", "id")] == "account.id"
    assert flagged[("users", "customer_id")] == "account.id"
    # a row about a user, numbered apart, is no person
    assert ("daily_active_users", "id") not in flagged
    assert flagged[("daily_active_users", "user_id")] == "account.id"


# Stack Auth's Prisma migrations: configuration branches, and an IP looked up for an event
STACK_AUTH = """
CREATE TABLE "Tenancy" (
    "id" UUID NOT NULL,
    "projectId" TEXT NOT NULL,
    "branchId" TEXT NOT NULL,
    CONSTRAINT "Tenancy_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "EventIpInfo" (
    "id" UUID NOT NULL,
    "ip" TEXT NOT NULL,
    "countryCode" TEXT,
    "cityName" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "tzIdentifier" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EventIpInfo_pkey" PRIMARY KEY ("id")
);
CREATE TABLE geoip2_city_blocks (network cidr, geoname_id int, latitude float, longitude float);
CREATE TABLE ip2location (ip_from bigint, ip_to bigint, country_code char(2), city_name varchar(128));
"""


def test_a_branch_is_no_device() -> None:
    # Branch's SDK id shares its name with a store's, a bank's or a configuration's branch
    assert ("Tenancy", "branchId") not in _flagged(STACK_AUTH)


def test_an_ip_looked_up_is_someones_and_so_is_its_place() -> None:
    flagged = _flagged(STACK_AUTH)
    assert flagged[("EventIpInfo", "ip")] == "device.ip_address"
    assert flagged[("EventIpInfo", "cityName")] == "location.approximate"
    assert flagged[("EventIpInfo", "countryCode")] == "location.approximate"
    # a GeoIP lookup's coordinates are the city's, not a GPS fix
    assert flagged[("EventIpInfo", "latitude")] == "location.approximate"
    assert flagged[("EventIpInfo", "tzIdentifier")] == "device.time_zone"
    # GeoIP ranges: networks and their places, no one's
    assert not {k for k in flagged if k[0] in {"geoip2_city_blocks", "ip2location"}}


def test_a_row_about_an_admin_is_no_admin() -> None:
    flagged = _flagged("""
CREATE TABLE `admin` (`id` bigint(20) NOT NULL AUTO_INCREMENT, `email` varchar(255), `name` varchar(255),
  PRIMARY KEY (`id`));
CREATE TABLE `admin_group_member` (`id` bigint(20) NOT NULL AUTO_INCREMENT, `admin_id` bigint(20),
  `admin_group_id` bigint(20), PRIMARY KEY (`id`));
CREATE TABLE `activity_admin_history` (`id` bigint(20) NOT NULL AUTO_INCREMENT, `admin_id` bigint(20),
  `ip` varchar(45), PRIMARY KEY (`id`));""", "mysql")
    assert flagged[("admin", "id")] == "account.id"
    # a membership numbers the link of an admin, who is its `admin_id`, and a group
    assert ("admin_group_member", "id") not in flagged
    assert flagged[("admin_group_member", "admin_id")] == "account.id"
    assert flagged[("activity_admin_history", "ip")] == "device.ip_address"


def test_a_messages_ends_are_mailboxes() -> None:
    flagged = _flagged("""
CREATE TABLE IF NOT EXISTS `p.sales_intelligence.sf_email_messages` (
  email_message_id STRING NOT NULL OPTIONS(description="Salesforce EmailMessage ID (primary key)"),
  from_address STRING OPTIONS(description="Sender email address (normalized)"),
  to_address STRING OPTIONS(description="Recipient email address (normalized)"),
  subject STRING OPTIONS(description="Email subject")
);
CREATE TABLE IF NOT EXISTS `p.sales_intelligence.gmail_messages` (
  message_id STRING NOT NULL,
  from_email STRING,
  to_emails ARRAY<STRING> OPTIONS(description="Recipient emails")
);""", "bigquery")
    # not a postal address, and not a person's name: the e-mail addresses a message went between
    assert flagged[("sf_email_messages", "from_address")] == "contact.email"
    assert flagged[("sf_email_messages", "to_address")] == "contact.email"
    assert flagged[("gmail_messages", "to_emails")] == "contact.email"
    # a mail transport's `fromAddress` is the sender it is set up with (Documenso's organisations')
    transport = _flagged('CREATE TABLE "EmailTransport" ("id" TEXT, "fromAddress" TEXT, "host" TEXT);')
    assert ("EmailTransport", "fromAddress") not in transport


def test_a_payment_gateways_key_makes_no_address_a_network_one() -> None:
    flagged = _flagged("""
CREATE TABLE `invoice` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `client_id` bigint(20) DEFAULT NULL,
  `buyer_first_name` varchar(255) DEFAULT NULL,
  `buyer_address` varchar(255) DEFAULT NULL,
  `buyer_city` varchar(255) DEFAULT NULL,
  `gateway_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
);
CREATE TABLE interfaces (address varchar(64), netmask varchar(64), gateway varchar(64));""", "mysql")
    assert flagged[("invoice", "buyer_address")] == "contact.postal_address"
    assert flagged[("interfaces", "address")] == "device.ip_address"  # beside a netmask and a gateway


def test_a_migrations_temporary_table_stores_nothing() -> None:
    flagged = _flagged("""
CREATE TABLE "ProjectUser" ("projectUserId" UUID NOT NULL, "displayName" TEXT);
DO $$
BEGIN
    CREATE TEMP TABLE project_owners AS
    SELECT "projectUserId" AS project_user_id, "displayName" AS owner_name FROM "ProjectUser";
END $$;
CREATE TEMPORARY TABLE scratch (user_id int, email text);
CREATE TABLE temp_users (user_id int);""")
    assert not {k for k in flagged if k[0] in {"project_owners", "scratch"}}
    assert flagged[("temp_users", "user_id")] == "account.id"  # a table named `temp_…` is a table
    assert flagged[("ProjectUser", "displayName")] == "identity.person_name"


def test_a_key_named_after_a_group_is_the_groups() -> None:
    flagged = _flagged('CREATE TABLE "Project" ("id" TEXT NOT NULL, "ownerTeamId" UUID, "displayName" TEXT, '
                       'team_owner_id int, team_member_id int);')
    assert ("Project", "ownerTeamId") not in flagged  # the owning team's key
    assert flagged[("Project", "team_owner_id")] == "account.id"  # the team's owner, a person
    assert flagged[("Project", "team_member_id")] == "account.id"


def test_a_files_type_goes_with_its_name() -> None:
    flagged = _flagged("""
CREATE TABLE resume (id text, file_download_url text, file_ext text, file_name text, opportunity_id text);
CREATE TABLE attachments (id int, user_id int, file_name text, file_ext text);""")
    # a résumé row tied to no one here: neither its file's name nor its type is flagged alone
    assert not {k for k in flagged if k[0] == "resume" and k[1].startswith("file_")}
    assert flagged[("attachments", "file_name")] == "device.app_file_names"
    assert flagged[("attachments", "file_ext")] == "device.app_file_names"


def test_a_jobs_and_an_interviews_place_are_theirs() -> None:
    flagged = _flagged("""
CREATE TABLE interview (id text, creator_id text, location text, timezone text, note text, opportunity_id text);
CREATE TABLE requisition (id text, owner_id text, hiring_manager_id text, location text, internal_notes text);
CREATE TABLE candidate (id text, first_name text, location text);""")
    assert ("interview", "location") not in flagged and ("interview", "timezone") not in flagged
    assert ("requisition", "location") not in flagged
    assert flagged[("requisition", "hiring_manager_id")] == "account.id"
    assert flagged[("candidate", "location")] == "location.approximate"  # where the candidate lives


def test_an_offset_beside_a_local_time_is_a_time_zone() -> None:
    flagged = _flagged("""
CREATE TABLE tracker_motion_par_2015_02 (
    id BIGINT PRIMARY KEY,
    account_id BIGINT,
    ts TIMESTAMP,
    offset_millis INTEGER,
    local_utc_ts TIMESTAMP
) DISTSTYLE KEY DISTKEY (account_id);
CREATE TABLE kafka_messages (topic VARCHAR(64), partition_no INTEGER, offset_millis BIGINT, ts TIMESTAMP);""",
                       "redshift")
    # the person's local time's offset from UTC; a stream's offset is no one's
    assert flagged[("tracker_motion_par_2015_02", "offset_millis")] == "device.time_zone"
    assert ("kafka_messages", "offset_millis") not in flagged


def test_a_session_keyed_by_bytes_is_the_cookies() -> None:
    flagged = _flagged("""
CREATE TABLE `session` (
  `id` varbinary(128) NOT NULL,
  `modified_at` int(11) DEFAULT NULL,
  `content` blob,
  `lifetime` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
CREATE TABLE `cart` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `session_id` varchar(32) DEFAULT NULL,
  `currency_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;""", "mysql")
    # PHP's session id kept as bytes is what the browser's cookie carries, and a cart points to it
    assert flagged[("session", "id")] == "tracking.cookie_id"
    assert flagged[("cart", "session_id")] == "tracking.cookie_id"
    assert ("cart", "id") not in flagged
