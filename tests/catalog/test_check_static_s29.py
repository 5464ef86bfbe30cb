"""Static mode on the classes benchmarks/static25 found (Medusa's pg_dump schema, PrestaShop's
MySQL schema, Fivetran's Jira dbt package, a BigQuery warehouse of per-user facts, an OpenID
provider's schema), each written as those projects write it."""
from __future__ import annotations

from tests.catalog.check_helpers import flagged_in_dbt, flagged_in_sql

# Medusa's pg_dump: a customer's billing address is a unique key to `address`
MEDUSA = '''\
CREATE TABLE public.address (
    id character varying NOT NULL,
    customer_id character varying,
    first_name character varying,
    last_name character varying,
    address_1 character varying,
    city character varying
);
CREATE TABLE public.customer (
    id character varying NOT NULL,
    email character varying NOT NULL,
    first_name character varying,
    billing_address_id character varying
);
CREATE TABLE public.cart (
    id character varying NOT NULL,
    email character varying,
    shipping_address_id character varying,
    customer_id character varying
);
ALTER TABLE ONLY public.address
    ADD CONSTRAINT "PK_d92de1f82754668b5f5f5dd4fd5" PRIMARY KEY (id);
ALTER TABLE ONLY public.customer
    ADD CONSTRAINT "PK_a7a13f4cacb744524e44dfdad32" PRIMARY KEY (id);
ALTER TABLE ONLY public.customer
    ADD CONSTRAINT "REL_8abe81b9aac151ae60bf507ad1" UNIQUE (billing_address_id);
ALTER TABLE ONLY public.cart
    ADD CONSTRAINT "FK_017d58bf8260c6e1a2588d258e2" FOREIGN KEY (shipping_address_id) REFERENCES public.address(id);
ALTER TABLE ONLY public.customer
    ADD CONSTRAINT "FK_8abe81b9aac151ae60bf507ad15" FOREIGN KEY (billing_address_id) REFERENCES public.address(id);
ALTER TABLE ONLY public.address
    ADD CONSTRAINT "FK_9c9614b2f9d01665800ea8dbff7" FOREIGN KEY (customer_id) REFERENCES public.customer(id);
'''


def test_a_persons_unique_key_to_their_address_makes_no_party():
    flagged = flagged_in_sql(MEDUSA)
    assert ("address", "id") not in flagged  # the address's key, one per customer, no person's
    assert ("customer", "billing_address_id") not in flagged
    assert ("cart", "shipping_address_id") not in flagged
    assert flagged[("customer", "id")] == "account.id"
    assert flagged[("address", "customer_id")] == "account.id"
    assert flagged[("address", "first_name")] == "identity.person_name"


# PrestaShop 8's schema: keys written first, `id_` and the table they key
PRESTASHOP = '''\
CREATE TABLE `ps_customer_thread` (
  `id_customer_thread` int(11) unsigned NOT NULL,
  `id_shop` int(11) unsigned NOT NULL DEFAULT 1,
  `id_lang` int(10) unsigned NOT NULL,
  `id_customer` int(10) unsigned DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  PRIMARY KEY (`id_customer_thread`)
);
CREATE TABLE `ps_customer_message` (
  `id_customer_message` int(10) unsigned NOT NULL,
  `id_customer_thread` int(11) DEFAULT NULL,
  `id_employee` int(10) unsigned DEFAULT NULL,
  `message` mediumtext NOT NULL,
  `ip_address` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id_customer_message`)
);
CREATE TABLE `ps_employee_session` (
  `id_employee_session` int(11) unsigned NOT NULL,
  `id_employee` int(10) unsigned DEFAULT NULL,
  `token` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id_employee_session`)
);
CREATE TABLE `ps_tax_rule` (
  `id_tax_rule` int(11) NOT NULL,
  `id_tax_rules_group` int(11) NOT NULL,
  `id_country` int(11) NOT NULL,
  PRIMARY KEY (`id_tax_rule`)
);
CREATE TABLE `smf_topics` (
  `id_topic` mediumint(8) unsigned NOT NULL,
  `id_member_started` mediumint(8) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id_topic`)
);
CREATE TABLE `ps_order_message_lang` (
  `id_order_message` int(10) unsigned NOT NULL,
  `id_lang` int(10) unsigned NOT NULL,
  `name` varchar(128) NOT NULL,
  `message` text NOT NULL,
  PRIMARY KEY (`id_order_message`,`id_lang`)
);
CREATE TABLE `ps_meta_lang` (
  `id_meta` int(10) unsigned NOT NULL,
  `id_shop` int(10) unsigned NOT NULL DEFAULT 1,
  `id_lang` int(10) unsigned NOT NULL,
  `title` varchar(128) DEFAULT NULL,
  `keywords` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_meta`,`id_shop`,`id_lang`)
);
CREATE TABLE `ps_log` (
  `id_log` int(10) unsigned NOT NULL,
  `severity` tinyint(1) NOT NULL,
  `error_code` int(11) DEFAULT NULL,
  `message` text NOT NULL,
  `id_employee` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id_log`)
);
CREATE TABLE `ps_orders` (
  `id_order` int(10) unsigned NOT NULL,
  `id_customer` int(10) unsigned NOT NULL,
  `carrier_tax_rate` decimal(10,3) NOT NULL DEFAULT 0.000,
  `gift_message` text DEFAULT NULL,
  PRIMARY KEY (`id_order`)
);
'''


def test_a_key_written_first_names_the_record_it_keys():
    flagged = flagged_in_sql(PRESTASHOP, "mysql")
    assert ("ps_customer_thread", "id_customer_thread") not in flagged  # a thread's key, not the customer's
    assert ("ps_customer_message", "id_customer_thread") not in flagged
    assert ("ps_customer_message", "id_customer_message") not in flagged
    assert ("ps_employee_session", "id_employee_session") not in flagged
    assert ("ps_tax_rule", "id_tax_rule") not in flagged  # a tax rule, no tax id
    assert ("ps_tax_rule", "id_tax_rules_group") not in flagged
    assert flagged[("ps_customer_thread", "id_customer")] == "account.id"
    assert flagged[("ps_customer_message", "id_employee")] == "account.id"
    assert flagged[("ps_employee_session", "id_employee")] == "account.id"
    assert flagged[("smf_topics", "id_member_started")] == "account.id"  # SMF's: the member who started it


def test_a_per_language_table_holds_the_shops_texts():
    flagged = flagged_in_sql(PRESTASHOP, "mysql")
    assert ("ps_order_message_lang", "message") not in flagged  # a canned reply, in each language
    assert ("ps_meta_lang", "keywords") not in flagged  # a page's keywords, no one's search
    assert flagged[("ps_customer_message", "message")] == "user_content"  # what a customer wrote
    assert flagged[("ps_orders", "gift_message")] == "user_content"


def test_a_program_log_with_an_error_code_and_a_carriers_tax_rate():
    flagged = flagged_in_sql(PRESTASHOP, "mysql")
    assert ("ps_log", "message") not in flagged  # the shop's log line
    assert ("ps_orders", "carrier_tax_rate") not in flagged  # money, no mobile network
    assert flagged[("ps_log", "id_employee")] == "account.id"
    assert flagged[("ps_customer_message", "ip_address")] == "device.ip_address"
    devices = flagged_in_sql("CREATE TABLE devices (id bigint PRIMARY KEY, user_id bigint, carrier text, "
                             "carrier_name text);")
    assert devices[("devices", "carrier")] == "device.mobile_carrier"


JIRA = '''\
version: 2
sources:
  - name: jira
    tables:
      - name: issue
        description: Table of all issues in your organization's Jira (captures soft deletes).
        columns:
          - name: id
            description: Unique ID of the issue.
          - name: assignee
            description: Foreign key referencing the ID of the `user` currently assigned to this task.
          - name: description
            description: The issue description, if given.
          - name: reporter
            description: Foreign key referencing the ID of the `user` who reported the issue.
          - name: resolution
            description: Foreign key referencing the ID of the issue's type of `resolution`.
          - name: summary
            description: Title of the issue.
      - name: issue_type
        columns:
          - name: id
            description: Unique ID of the issue type.
          - name: description
            description: Project-level description given to the issue type.
          - name: name
            description: Name of the issue type (ie Epic, Task, Subtask, any custom types)
models:
  - name: stg_jira__issue
    columns:
      - name: issue_description
        description: The issue description, if given.
      - name: issue_name
        description: Title of the issue.
      - name: status_id
        description: Foreign key referencing the ID of the issue's `status`.
      - name: reporter_user_id
        description: Foreign key referencing the ID of the `user` who reported the issue.
'''


def test_an_issue_is_its_reporters_words():
    flagged = flagged_in_dbt(JIRA)
    assert flagged[("issue", "description")] == "user_content"
    assert flagged[("issue", "summary")] == "user_content"
    assert flagged[("stg_jira__issue", "issue_description")] == "user_content"
    assert flagged[("stg_jira__issue", "issue_name")] == "user_content"  # "Title of the issue."
    assert ("issue_type", "description") not in flagged  # the tracker's own words about a type
    assert ("issue_type", "name") not in flagged
    assert ("issue", "resolution") not in flagged  # how it was resolved, no screen's resolution
    assert ("stg_jira__issue", "status_id") not in flagged


def test_a_role_described_as_a_key_is_an_account_id():
    flagged = flagged_in_dbt(JIRA)
    assert flagged[("issue", "reporter")] == "account.id"  # the user's id, not their name
    assert flagged[("issue", "assignee")] == "account.id"
    assert flagged[("stg_jira__issue", "reporter_user_id")] == "account.id"


# a mobile app's marketing warehouse in BigQuery: facts per user and day, and aggregates
RELAX = '''\
create or replace table `relax-melodies-android.late_conversions.users_trials_daily` (
    event_date DATE,
    event_timestamp INT,
    user_id STRING,
    user_pseudo_id STRING,
    platform STRING,
    country STRING,
    traffic_source_name STRING,
    load_timestamp TIMESTAMP
)
PARTITION BY
    event_date
CLUSTER BY
    user_id, user_pseudo_id, platform, country;
create or replace table `relax-melodies-android.late_conversions.monthly_renewal_rates` (
    year_month date,
    platform STRING,
    network STRING,
    country_code STRING,
    loaded_timestamp timestamp
)
partition by date_trunc(year_month, MONTH)
cluster by platform, network, country_code
'''


def test_the_platform_of_a_users_daily_facts_is_their_os():
    flagged = flagged_in_sql(RELAX, "bigquery")
    assert flagged[("users_trials_daily", "platform")] == "device.os"
    assert flagged[("users_trials_daily", "user_pseudo_id")] == "tracking.cookie_id"
    assert ("monthly_renewal_rates", "platform") not in flagged  # a month's rate per platform: no one's


def test_a_federated_credentials_subject_is_the_users_id():
    flagged = flagged_in_sql('''\
CREATE TABLE users (user_id TEXT PRIMARY KEY, username TEXT UNIQUE, given_name TEXT);
CREATE TABLE federated_credentials (
  provider TEXT NOT NULL,
  subject TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(user_id),
  PRIMARY KEY (provider, subject)
);
CREATE TABLE certificates (id TEXT PRIMARY KEY, subject TEXT, issuer TEXT);
''')
    assert flagged[("federated_credentials", "subject")] == "account.id"  # the provider's `sub` for the user
    assert flagged[("federated_credentials", "user_id")] == "account.id"
    assert ("certificates", "subject") not in flagged  # a certificate's subject (a DN)
    assert ("federated_credentials", "provider") not in flagged


def test_a_things_profile_keeps_no_ones_json():
    flagged = flagged_in_sql('''\
CREATE TABLE public.shipping_profile (id character varying NOT NULL, name character varying NOT NULL,
    type public.shipping_profile_type_enum NOT NULL, metadata jsonb);
CREATE TABLE public.customer (id character varying NOT NULL, email character varying NOT NULL, metadata jsonb);
''')
    assert ("shipping_profile", "metadata") not in flagged  # Medusa's: a profile of how goods ship
    assert flagged[("customer", "metadata")] == "user_content"  # a person's row's document about them


def test_a_programs_api_account_is_no_persons():
    flagged = flagged_in_sql('''\
CREATE TABLE `ps_webservice_account` (`id_webservice_account` int(11) NOT NULL, `key` varchar(32) NOT NULL,
  `description` text, `active` tinyint(2) NOT NULL, PRIMARY KEY (`id_webservice_account`));
CREATE TABLE `ps_webservice_account_shop` (`id_webservice_account` int(11) unsigned NOT NULL,
  `id_shop` int(11) unsigned NOT NULL, PRIMARY KEY (`id_webservice_account`,`id_shop`));
CREATE TABLE `ps_customer_session` (`id_customer_session` int(11) unsigned NOT NULL, `id_customer` int(10) unsigned,
  `token` varchar(40) DEFAULT NULL, PRIMARY KEY (`id_customer_session`));
''', "mysql")
    assert ("ps_webservice_account_shop", "id_webservice_account") not in flagged  # the shop's API key's row
    assert ("ps_customer_session", "id_customer_session") not in flagged
    assert flagged[("ps_customer_session", "id_customer")] == "account.id"


PRESTASHOP_TRANSLATED = '''\
CREATE TABLE `ps_contact` (`id_contact` int(10) unsigned NOT NULL, `email` varchar(255) NOT NULL,
  `customer_service` tinyint(1) NOT NULL DEFAULT 0, `position` tinyint(2) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id_contact`));
CREATE TABLE `ps_contact_lang` (`id_contact` int(10) unsigned NOT NULL, `id_lang` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL, `description` text, PRIMARY KEY (`id_contact`,`id_lang`));
CREATE TABLE `ps_customer_thread` (`id_customer_thread` int(11) unsigned NOT NULL, `id_contact` int(10) unsigned NOT NULL,
  `id_customer` int(10) unsigned DEFAULT NULL, `email` varchar(255) NOT NULL, PRIMARY KEY (`id_customer_thread`));
CREATE TABLE `ps_profile` (`id_profile` int(10) unsigned NOT NULL, PRIMARY KEY (`id_profile`));
CREATE TABLE `ps_profile_lang` (`id_lang` int(10) unsigned NOT NULL, `id_profile` int(10) unsigned NOT NULL,
  `name` varchar(128) NOT NULL, PRIMARY KEY (`id_profile`,`id_lang`));
CREATE TABLE `ps_employee` (`id_employee` int(10) unsigned NOT NULL, `id_profile` int(10) unsigned NOT NULL,
  `lastname` varchar(255) NOT NULL, `email` varchar(255) NOT NULL, PRIMARY KEY (`id_employee`));
CREATE TABLE user_languages (user_id bigint NOT NULL, language_id int NOT NULL, name varchar(64));
CREATE TABLE "user" (id bigint PRIMARY KEY, name varchar(255), email varchar(255));
'''


def test_a_table_named_in_every_language_holds_things():
    flagged = flagged_in_sql(PRESTASHOP_TRANSLATED, "mysql")
    assert ("ps_contact", "id_contact") not in flagged  # a customer-service department, named per language
    assert ("ps_customer_thread", "id_contact") not in flagged
    assert ("ps_profile", "id_profile") not in flagged  # a permission profile
    assert ("ps_employee", "id_profile") not in flagged
    assert flagged[("ps_customer_thread", "id_customer")] == "account.id"
    assert flagged[("ps_employee", "id_employee")] == "account.id"
    assert flagged[("user", "id")] == "account.id"  # the languages a user speaks make no one a thing
