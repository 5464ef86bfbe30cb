"""Static mode on the classes benchmarks/static24 found (OpenCart's MySQL install script, memos'
PostgreSQL schema, an auth service's Atlas migrations), each written as those projects write it."""
from __future__ import annotations

from catalog.checks.static import read_static

from tests.catalog.check_helpers import flagged_in_dbt, flagged_in_sql, static_flagged

# an auth service's Atlas migrations: the second moves e-mail and phone from identities to users
ATLAS_INITIAL = '''\
-- Add new schema named "iam"
CREATE SCHEMA "iam";
-- Create "users" table
CREATE TABLE "iam"."users" ("id" bigint NOT NULL, "name" character varying(256) NOT NULL, PRIMARY KEY ("id"));
-- Create "identities" table
CREATE TABLE "iam"."identities" ("id" bigint NOT NULL, "user_id" bigint NOT NULL, "username" character varying(100) NOT NULL, "email" character varying(256) NULL, "phone_number" character varying(40) NULL, "email_verified" boolean NOT NULL DEFAULT false, PRIMARY KEY ("id"));
'''
ATLAS_MOVE = '''\
-- Modify "identities" table
ALTER TABLE "iam"."identities" DROP COLUMN "email", DROP COLUMN "email_verified", DROP COLUMN "phone_number";
-- Modify "users" table
ALTER TABLE "iam"."users" ADD COLUMN "email" character varying(256) NULL, ADD COLUMN "phone_number" character varying(20) NULL;
'''


def test_drops_of_a_table_named_with_its_quoted_schema(tmp_path):
    (tmp_path / "20230922203654_initial.sql").write_text(ATLAS_INITIAL)
    (tmp_path / "20230926153320_schema_normalization.sql").write_text(ATLAS_MOVE)
    flagged = static_flagged(read_static([tmp_path]))
    assert ("identities", "email") not in flagged  # dropped by `ALTER TABLE "iam"."identities" DROP COLUMN`
    assert ("identities", "phone_number") not in flagged
    assert flagged[("users", "email")] == "contact.email"  # where the migration moved it
    assert flagged[("users", "phone_number")] == "profile.phone_number"
    assert flagged[("identities", "username")] == "account.id"


MEMOS = '''\
CREATE TABLE "user" (
  id SERIAL PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  email TEXT NOT NULL DEFAULT '',
  nickname TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE memo (
  id SERIAL PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  creator_id INTEGER NOT NULL,
  content TEXT NOT NULL
);
CREATE TABLE role (id SERIAL PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '');
CREATE TABLE customer (id TEXT PRIMARY KEY, email TEXT, description TEXT);
CREATE TABLE member (id SERIAL PRIMARY KEY, uid TEXT NOT NULL UNIQUE, email TEXT NOT NULL);
'''


def test_a_unique_uid_of_a_table_of_things_is_the_row_id():
    flagged = flagged_in_sql(MEMOS)
    assert ("memo", "uid") not in flagged  # unique: the memo's public id, not its creator's
    assert flagged[("memo", "creator_id")] == "account.id"
    assert flagged[("member", "uid")] == "account.id"  # a table of people: the person's id


def test_a_persons_own_description_is_what_they_wrote():
    flagged = flagged_in_sql(MEMOS)
    assert flagged[("user", "description")] == "user_content"  # the user's bio
    assert ("role", "description") not in flagged  # a role's description is nobody's
    assert ("customer", "description") not in flagged  # Stripe's: the merchant's note, not the customer's words
    assert flagged[("customer", "email")] == "contact.email"


OPENCART = '''\
CREATE TABLE `oc_customer` (
  `customer_id` int(11) NOT NULL AUTO_INCREMENT,
  `firstname` varchar(32) NOT NULL,
  `email` varchar(96) NOT NULL,
  `ip` varchar(40) NOT NULL,
  PRIMARY KEY (`customer_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
CREATE TABLE `oc_customer_history` (
  `customer_history_id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL,
  `comment` text NOT NULL,
  PRIMARY KEY (`customer_history_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
CREATE TABLE `oc_customer_ip` (
  `customer_ip_id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL,
  `ip` varchar(40) NOT NULL,
  PRIMARY KEY (`customer_ip_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
CREATE TABLE `oc_coupon` (
  `coupon_id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(20) NOT NULL,
  `uses_total` int(11) NOT NULL,
  `uses_customer` varchar(11) NOT NULL,
  PRIMARY KEY (`coupon_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
CREATE TABLE `oc_coupon_history` (
  `coupon_history_id` int(11) NOT NULL AUTO_INCREMENT,
  `coupon_id` int(11) NOT NULL,
  `customer_id` int(11) NOT NULL,
  PRIMARY KEY (`coupon_history_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
CREATE TABLE `oc_review` (
  `review_id` int(11) NOT NULL AUTO_INCREMENT,
  `product_id` int(11) NOT NULL,
  `customer_id` int(11) NOT NULL,
  `author` varchar(64) NOT NULL,
  `text` text NOT NULL,
  PRIMARY KEY (`review_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
CREATE TABLE `oc_voucher` (
  `voucher_id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11) NOT NULL,
  `code` varchar(10) NOT NULL,
  `from_name` varchar(64) NOT NULL,
  `from_email` varchar(96) NOT NULL,
  `to_name` varchar(64) NOT NULL,
  `to_email` varchar(96) NOT NULL,
  `message` text NOT NULL,
  PRIMARY KEY (`voucher_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
CREATE TABLE `oc_order` (
  `order_id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL,
  `payment_firstname` varchar(32) NOT NULL,
  `payment_address_1` varchar(128) NOT NULL,
  `payment_city` varchar(128) NOT NULL,
  `payment_postcode` varchar(10) NOT NULL,
  `payment_zone` varchar(128) NOT NULL,
  `payment_zone_id` int(11) NOT NULL,
  PRIMARY KEY (`order_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
'''
# a tool's log whose `author` is who did it, by login (Icinga Director's activity log)
ACTIVITY_LOG = '''\
CREATE TABLE director_activity_log (
  id bigserial NOT NULL,
  object_type character varying(64) NOT NULL,
  action_name character varying(255) NOT NULL,
  author character varying(255) NOT NULL,
  change_time timestamp with time zone NOT NULL
);
CREATE TABLE servers (id serial, hostname varchar(64), zone varchar(32), region varchar(32));
'''


def test_a_key_named_after_its_whole_table_numbers_rows():
    flagged = flagged_in_sql(OPENCART, "mysql")
    assert ("oc_customer_history", "customer_history_id") not in flagged  # a note's number, no customer
    assert ("oc_customer_ip", "customer_ip_id") not in flagged  # a row's number, no IP address
    assert ("oc_coupon_history", "coupon_history_id") not in flagged
    assert flagged[("oc_customer_history", "customer_id")] == "account.id"
    assert flagged[("oc_customer_ip", "ip")] == "device.ip_address"
    assert flagged[("oc_customer", "customer_id")] == "account.id"  # the key of a table of people


def test_uses_per_person_is_a_count():
    flagged = flagged_in_sql(OPENCART, "mysql")
    assert ("oc_coupon", "uses_customer") not in flagged  # how many times each customer may use it
    assert flagged[("oc_coupon_history", "customer_id")] == "account.id"


def test_correspondents_names_beside_their_emails():
    flagged = flagged_in_sql(OPENCART, "mysql")
    assert flagged[("oc_voucher", "from_name")] == "identity.person_name"  # who gives the voucher
    assert flagged[("oc_voucher", "to_name")] == "identity.person_name"  # whom it is for
    assert flagged[("oc_voucher", "to_email")] == "contact.email"
    assert ("oc_voucher", "code") not in flagged


def test_a_reviews_author_text_is_a_name():
    flagged = flagged_in_sql(OPENCART, "mysql")
    assert flagged[("oc_review", "author")] == "identity.person_name"  # the name the review is signed with
    assert flagged[("oc_review", "customer_id")] == "account.id"
    # an admin tool's log: `author` is the login of who changed something
    assert flagged_in_sql(ACTIVITY_LOG)[("director_activity_log", "author")] == "account.id"


def test_an_addresss_zone_is_a_region():
    flagged = flagged_in_sql(OPENCART, "mysql")
    assert flagged[("oc_order", "payment_zone")] == "location.approximate"  # beside payment_city and postcode
    assert flagged[("oc_order", "payment_city")] == "location.approximate"
    assert ("servers", "zone") not in flagged_in_sql(ACTIVITY_LOG)  # a machine's availability zone


def test_a_rails_apps_config_yaml_is_no_unread_schema(tmp_path):
    (tmp_path / "config").mkdir()
    (tmp_path / "db").mkdir()
    # Rails' cucumber.yml is ERB: not YAML until rendered, and no schema either way
    (tmp_path / "config" / "cucumber.yml").write_text(
        '<%\nrerun = File.file?("rerun.txt") ? IO.read("rerun.txt") : ""\n%>\ndefault: <%= std_opts %> features\n')
    (tmp_path / "db" / "schema.rb").write_text(
        'ActiveRecord::Schema[7.0].define(version: 2023_01_01_000000) do\n'
        '  create_table "signatures", force: :cascade do |t|\n    t.string "email", null: false\n  end\nend\n')
    # a broken dbt schema file beside them is still a file left unread
    (tmp_path / "config" / "schema.yml").write_text(
        "models:\n  - name: users\n    columns:\n      - name: email\n        description: [broken\n")
    schema = read_static([tmp_path])
    assert [e.path for e in schema.errors] == [str(tmp_path / "config" / "schema.yml")]
    assert static_flagged(schema)[("signatures", "email")] == "contact.email"


def test_the_company_of_a_named_buyer_is_their_employer():
    flagged = flagged_in_sql(OPENCART.replace(
        "`payment_address_1` varchar(128) NOT NULL,",
        "`payment_address_1` varchar(128) NOT NULL,\n  `payment_company` varchar(60) NOT NULL,\n"
        "  `store_name` varchar(64) NOT NULL,\n  `invoice_company` varchar(60) NOT NULL,"), "mysql")
    assert flagged[("oc_order", "payment_company")] == "profile.industry"  # beside payment_firstname
    assert ("oc_order", "invoice_company") not in flagged  # no invoice_firstname: no one it belongs to
    assert flagged[("oc_order", "payment_firstname")] == "identity.person_name"


RECHARGE = '''\
version: 2
models:
  - name: stg_recharge__charge
    columns:
      - name: charge_id
        description: The unique identifier of the charge.
      - name: customer_id
        description: The unique identifier of the customer.
      - name: customer_hash
        description: The hash of the customer associated with the charge.
      - name: note
        description: Shows the next order in sequence.
  - name: stg_recharge__user
    columns:
      - name: user_id
        description: The user's id.
      - name: password_hash
        description: The user's password, hashed.
'''


def test_a_persons_hash_is_their_id():
    flagged = flagged_in_dbt(RECHARGE)
    assert flagged[("stg_recharge__charge", "customer_hash")] == "account.id"  # stands for the customer
    assert flagged[("stg_recharge__charge", "customer_id")] == "account.id"
    assert ("stg_recharge__user", "password_hash") not in flagged  # a credential, no id


def test_the_page_someone_online_is_on():
    flagged = flagged_in_sql('''\
CREATE TABLE `oc_customer_online` (
  `ip` varchar(40) NOT NULL,
  `customer_id` int(11) NOT NULL,
  `url` text NOT NULL,
  `referer` text NOT NULL,
  `date_added` datetime NOT NULL,
  PRIMARY KEY (`ip`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
CREATE TABLE `oc_banner_image` (
  `banner_image_id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(64) NOT NULL,
  `url` varchar(255) NOT NULL,
  PRIMARY KEY (`banner_image_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
''', "mysql")
    assert flagged[("oc_customer_online", "url")] == "behavioral"  # the page the customer is on
    assert flagged[("oc_customer_online", "ip")] == "device.ip_address"
    assert ("oc_banner_image", "url") not in flagged  # a banner's link: the shop's page


def test_a_rails_migrations_change_table_adds_columns(tmp_path):
    migrate = tmp_path / "db" / "migrate"
    migrate.mkdir(parents=True)
    (migrate / "20230101000000_create_users.rb").write_text(
        "class CreateUsers < ActiveRecord::Migration[7.0]\n  def change\n    create_table :users do |t|\n"
        "      t.string :username\n      t.boolean :legacy_flag\n      t.timestamps\n    end\n  end\nend\n")
    (migrate / "20230202000000_add_contact_to_users.rb").write_text(
        "class AddContactToUsers < ActiveRecord::Migration[7.0]\n  def change\n    change_table :users do |t|\n"
        "      t.string :email, null: false\n      t.string :phone_number\n      t.integer :sign_in_count\n"
        "      t.remove :legacy_flag\n    end\n  end\nend\n")
    schema = read_static([tmp_path])
    assert not schema.errors
    flagged = static_flagged(schema)
    assert flagged[("users", "email")] == "contact.email"  # added by change_table
    assert flagged[("users", "phone_number")] == "profile.phone_number"
    assert flagged[("users", "username")] == "account.id"
    assert ("users", "sign_in_count") not in flagged


def test_an_address_lines_company_is_no_employer():
    flagged = flagged_in_sql("CREATE TABLE orders (id int, billing_address_first_name text, billing_address_company text,"
                             " billing_first_name text, billing_company text);")
    assert ("orders", "billing_address_company") not in flagged  # Shopify's: a line of the billing address
    assert flagged[("orders", "billing_company")] == "profile.industry"  # osCommerce's: the buyer's company
    flagged = flagged_in_sql("CREATE TABLE contact (id int, property_firstname text, property_company text);\n"
                             "CREATE TABLE clicks (id int, os_name text, os_company text);")
    assert ("contact", "property_company") not in flagged  # HubSpot's prefix of every property, no buyer
    assert ("clicks", "os_company") not in flagged  # the maker of an operating system


def test_django_many_to_many_join_tables(tmp_path):
    (tmp_path / "teams").mkdir()
    (tmp_path / "teams" / "models.py").write_text('''\
from django.conf import settings
from django.db import models


class Team(models.Model):
    name = models.CharField(max_length=100)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="teams")
    friends = models.ManyToManyField("self")
    projects = models.ManyToManyField("Project", through="Assignment")


class Project(models.Model):
    title = models.CharField(max_length=100)


class Assignment(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE)
    project = models.ForeignKey(Project, on_delete=models.CASCADE)
''')
    schema = read_static([tmp_path])
    tables = {c.table for c in schema.columns}
    assert "teams_team_projects" not in tables  # `through=`: the Assignment model is that table
    flagged = static_flagged(schema)
    assert flagged[("teams_team_members", "user_id")] == "account.id"  # the join table Django creates
    assert ("teams_team_members", "team_id") not in flagged
    assert ("teams_team_friends", "to_team_id") not in flagged  # a team related to a team


def test_sqlalchemy_declared_tablename(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "models.py").write_text('''\
import re
from sqlalchemy import Column, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, declared_attr


class Base:
    @declared_attr
    def __tablename__(cls):
        return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()

    id = Column(Integer, primary_key=True)


Base = declarative_base(cls=Base)


class TimestampMixin:
    @declared_attr.directive
    def __tablename__(cls) -> str:
        return cls.__name__.lower() + "s"


class UserAccount(Base):
    email = Column(String(255), nullable=False)
    full_name = Column(String(100))


class Comment(TimestampMixin, Base):
    author_id = Column(Integer, ForeignKey("user_account.id"))
    body = Column(Text)
    code = Column(String(20))
''')
    schema = read_static([tmp_path])
    assert not schema.errors
    flagged = static_flagged(schema)
    assert flagged[("user_account", "email")] == "contact.email"  # the table the declared name gives
    assert flagged[("user_account", "full_name")] == "identity.person_name"
    assert flagged[("comments", "author_id")] == "account.id"  # the nearest base's rule: `+ "s"`
    assert ("comments", "code") not in flagged


def test_a_persons_info_row_and_a_mass_mailers_sender():
    flagged = flagged_in_sql('''\
CREATE TABLE customers (customers_id int NOT NULL, customers_firstname varchar(32),
  customers_email_address varchar(96), PRIMARY KEY (customers_id));
CREATE TABLE customers_info (customers_info_id int NOT NULL, customers_info_date_of_last_logon datetime,
  PRIMARY KEY (customers_info_id));
CREATE TABLE mod_massmailer (id bigint, from_email varchar(255), from_name varchar(255), subject varchar(255),
  content text);
''', "mysql")
    # osCommerce: the customer's own row told in a second table keys it by the customer's id
    assert flagged[("customers_info", "customers_info_id")] == "account.id"
    # FOSSBilling's mass mailer sends from the organisation's name and address
    assert ("mod_massmailer", "from_name") not in flagged and ("mod_massmailer", "from_email") not in flagged
    assert flagged[("customers", "customers_email_address")] == "contact.email"
