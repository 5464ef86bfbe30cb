"""Static check on schema code nobody here wrote (benchmarks/static12): migration files whose
rollback shares the file or sits beside it (Authgear's sql-migrate `-- +migrate Down`, goose,
dbmate, golang-migrate's `.down.sql`), and tables whose rows are companies (Northwind's
`customers` with `company_name`, a CRM account with industry and revenue) with the orders that
ship to them."""
from __future__ import annotations

from catalog.checks.static import columns_from_dbt, without_rollbacks
from tests.catalog.test_check_static_migrations import _flagged, _read


# as Authgear's sql-migrate files: each undoes itself in its Down section
AUTHGEAR = {
    "migrations/20200610183245-initial_tables.sql": """-- +migrate Up
CREATE TABLE _auth_user
(
    id            text PRIMARY KEY,
    app_id        text                        NOT NULL,
    last_login_at timestamp without time zone
);
CREATE TABLE _auth_authenticator_oob
(
    id         text PRIMARY KEY,
    app_id     text NOT NULL,
    phone      text NOT NULL,
    email      text NOT NULL
);

-- +migrate Down
DROP TABLE _auth_authenticator_oob;
DROP TABLE _auth_user;
""",
    "migrations/20200714174634-oob_login_id_binding.sql": """-- +migrate Up
ALTER TABLE _auth_authenticator_oob ADD COLUMN identity_id text;

-- +migrate Down
ALTER TABLE _auth_authenticator_oob DROP COLUMN identity_id;
""",
    "migrations/20210531162744-add_audit_log_table.sql": """-- +migrate Up
CREATE TABLE _audit_log (
  id text NOT NULL,
  user_id text NOT NULL,
  ip_address inet,
  user_agent text
) PARTITION BY RANGE (created_at);

-- +migrate Down
DROP TABLE _audit_log;
""",
}


def test_a_sql_migrate_down_section_is_not_read_as_run(tmp_path):
    flagged = _read(tmp_path, AUTHGEAR, "postgres")
    assert flagged[("_auth_authenticator_oob", "email")] == "contact.email"
    assert flagged[("_auth_authenticator_oob", "phone")] == "profile.phone_number"
    assert flagged[("_audit_log", "ip_address")] == "device.ip_address"
    assert flagged[("_audit_log", "user_id")] == "account.id"


def test_goose_and_dbmate_sections_and_rollback_files(tmp_path):
    flagged = _read(tmp_path, {
        "001_users.sql": "-- +goose Up\n-- +goose StatementBegin\nCREATE TABLE users (id bigint PRIMARY KEY, "
                         "email text);\n-- +goose StatementEnd\n\n-- +goose Down\nDROP TABLE users;\n",
        "002_profiles.sql": "-- migrate:up\nCREATE TABLE profiles (user_id bigint, phone text);\n\n"
                            "-- migrate:down\nDROP TABLE profiles;\n",
        "003_visits.up.sql": "CREATE TABLE visits (user_id bigint, ip_address inet);",
        "003_visits.down.sql": "DROP TABLE visits;",
        "2024-01-01-000000_notes/up.sql": "CREATE TABLE notes (author_id bigint, body text);",
        "2024-01-01-000000_notes/down.sql": "DROP TABLE notes;",
    }, "postgres")
    assert flagged[("users", "email")] == "contact.email"
    assert flagged[("profiles", "phone")] == "profile.phone_number"
    assert flagged[("visits", "ip_address")] == "device.ip_address"
    assert ("notes", "body") in flagged


def test_without_rollbacks_keeps_line_numbers_and_later_up_sections():
    text = "-- +migrate Up\nCREATE TABLE a (x int);\n-- +migrate Down\nDROP TABLE a;\n-- +migrate Up\nSELECT 1;\n"
    kept = without_rollbacks(text)
    assert kept.count("\n") == text.count("\n")
    assert "DROP TABLE" not in kept and "CREATE TABLE a" in kept and "SELECT 1" in kept
    assert without_rollbacks("CREATE TABLE b (y int); -- +migrate Down later in a comment") == \
        "CREATE TABLE b (y int); -- +migrate Down later in a comment"  # only a marker on its own line


# as Northwind's pg_dump: customers and suppliers are companies with a contact person
NORTHWIND = """
CREATE TABLE customers (
    customer_id character varying(5) NOT NULL,
    company_name character varying(40) NOT NULL,
    contact_name character varying(30),
    contact_title character varying(30),
    address character varying(60),
    city character varying(15),
    postal_code character varying(10),
    country character varying(15),
    phone character varying(24),
    fax character varying(24)
);
CREATE TABLE employees (
    employee_id smallint NOT NULL,
    last_name character varying(20) NOT NULL,
    first_name character varying(10) NOT NULL,
    address character varying(60),
    city character varying(15),
    home_phone character varying(24)
);
CREATE TABLE shippers (
    shipper_id smallint NOT NULL,
    company_name character varying(40) NOT NULL,
    phone character varying(24)
);
CREATE TABLE orders (
    order_id smallint NOT NULL,
    customer_id character varying(5),
    employee_id smallint,
    ship_via smallint,
    ship_name character varying(40),
    ship_address character varying(60),
    ship_city character varying(15),
    ship_country character varying(15)
);
ALTER TABLE ONLY customers ADD CONSTRAINT pk_customers PRIMARY KEY (customer_id);
ALTER TABLE ONLY employees ADD CONSTRAINT pk_employees PRIMARY KEY (employee_id);
ALTER TABLE ONLY orders ADD CONSTRAINT fk_orders_customers FOREIGN KEY (customer_id) REFERENCES customers;
ALTER TABLE ONLY orders ADD CONSTRAINT fk_orders_employees FOREIGN KEY (employee_id) REFERENCES employees;
"""


def test_a_company_row_keeps_its_contact_person_and_nothing_else(tmp_path):
    flagged = _read(tmp_path, {"northwind.sql": NORTHWIND}, "postgres")
    assert flagged[("customers", "contact_name")] == "identity.person_name"
    for column in ("customer_id", "company_name", "address", "city", "postal_code", "country", "phone", "fax"):
        assert ("customers", column) not in flagged, column
    assert ("shippers", "phone") not in flagged
    # an employee is a person: the same columns are theirs
    assert flagged[("employees", "address")] == "contact.postal_address"
    assert flagged[("employees", "home_phone")] == "profile.phone_number"
    assert flagged[("employees", "employee_id")] == "account.id"


def test_an_order_to_a_company_ships_to_the_company(tmp_path):
    flagged = _read(tmp_path, {"northwind.sql": NORTHWIND}, "postgres")
    for column in ("customer_id", "ship_name", "ship_address", "ship_city", "ship_country"):
        assert ("orders", column) not in flagged, column
    assert flagged[("orders", "employee_id")] == "account.id"  # the salesperson is a person


def test_an_order_to_a_person_ships_to_the_person(tmp_path):
    flagged = _read(tmp_path, {"shop.sql": """
CREATE TABLE customers (customer_id int PRIMARY KEY, first_name text, last_name text, email text, phone text);
CREATE TABLE orders (order_id int, customer_id int REFERENCES customers, ship_name text, ship_address text,
    ship_city text);
"""}, "postgres")
    assert flagged[("customers", "phone")] == "profile.phone_number"
    assert flagged[("orders", "customer_id")] == "account.id"
    assert flagged[("orders", "ship_address")] == "contact.postal_address"


def test_a_crm_account_is_a_company_and_its_key_no_ones_account(tmp_path):
    schema = columns_from_dbt("""
version: 2
sources:
  - name: salesforce
    tables:
      - name: account
        columns:
          - name: id
          - name: name
          - name: industry
          - name: annual_revenue
          - name: number_of_employees
          - name: website
          - name: billing_street
          - name: billing_city
          - name: phone
          - name: owner_id
            description: ID of the user who currently owns this account.
      - name: contact
        columns:
          - name: id
          - name: account_id
            description: ID of the account that's the parent of this contact.
          - name: first_name
          - name: last_name
          - name: email
          - name: mailing_street
""", "models/src_salesforce.yml")
    flagged = _flagged(schema)
    for column in ("id", "billing_street", "billing_city", "phone", "website"):
        assert ("account", column) not in flagged, column
    assert flagged[("account", "owner_id")] == "account.id"  # the owner is a user
    assert ("contact", "account_id") not in flagged
    assert flagged[("contact", "email")] == "contact.email"
    assert flagged[("contact", "mailing_street")] == "contact.postal_address"


def test_a_persons_job_title_and_employer_and_a_contacts_title(tmp_path):
    flagged = _read(tmp_path, {"northwind.sql": NORTHWIND.replace(
        "first_name character varying(10) NOT NULL,", "first_name character varying(10) NOT NULL,\n"
        "    title character varying(30),")}, "postgres")
    assert flagged[("employees", "title")] == "profile.industry"
    assert flagged[("customers", "contact_title")] == "profile.industry"
    schema = columns_from_dbt("""
version: 2
sources:
  - name: github
    tables:
      - name: user
        columns:
          - name: id
          - name: login
            description: The alias the user uses to login to github.
          - name: name
          - name: company
            description: The  company of the user.
      - name: repository
        columns:
          - name: id
          - name: full_name
            description: The name of the git repository.
      - name: issue
        columns:
          - name: id
          - name: title
            description: Title of the issue.
          - name: user_id
""", "models/src_github.yml")
    flagged = _flagged(schema)
    assert flagged[("user", "company")] == "profile.industry"
    assert ("repository", "full_name") not in flagged  # described as a repository's name
    assert ("issue", "title") not in flagged or flagged[("issue", "title")] != "profile.industry"


def test_a_things_comment_is_no_ones(tmp_path):
    flagged = _read(tmp_path, {"piwigo.sql": """
CREATE TABLE `piwigo_categories` (`id` smallint(5) unsigned NOT NULL auto_increment, `name` varchar(255) NOT NULL,
  `comment` text, `dir` varchar(255) default NULL, PRIMARY KEY (`id`)) ENGINE=MyISAM;
CREATE TABLE `piwigo_config` (`param` varchar(40) NOT NULL, `value` text, `comment` varchar(255) default NULL)
  ENGINE=MyISAM;
CREATE TABLE `piwigo_comments` (`id` int(11) unsigned NOT NULL auto_increment, `author_id` mediumint(8) unsigned,
  `email` varchar(255), `content` longtext, PRIMARY KEY (`id`)) ENGINE=MyISAM;
CREATE TABLE `piwigo_users` (`id` mediumint(8) unsigned NOT NULL auto_increment, `username` varchar(100) NOT NULL,
  `mail_address` varchar(255), PRIMARY KEY (`id`)) ENGINE=MyISAM;
"""}, "mysql")
    assert ("piwigo_categories", "comment") not in flagged
    assert ("piwigo_config", "comment") not in flagged
    assert flagged[("piwigo_comments", "content")] == "user_content"
    assert flagged[("piwigo_users", "mail_address")] == "contact.email"


def test_a_dynamic_tables_column_list_names_its_columns(tmp_path):
    flagged = _read(tmp_path, {"analytic_build.sql": """
create or replace dynamic table PLAYER_360.ANALYTIC.RETENTION(
    USER_ID,
    FIRST_LOGIN_DATE,
    DAYS_SINCE_LAST_LOGIN,
    CHURNED
) target_lag = '1 days' refresh_mode = AUTO initialize = ON_CREATE warehouse = PLAYER_360_BUILD_WH
 as
WITH first_login AS (
    SELECT user_ID, MIN(LOG_IN) AS first_login_date FROM PLAYER_360.RAW.SESSIONS GROUP BY user_ID
)
SELECT *, DATEDIFF(day, first_login_date, CURRENT_DATE()) AS days_since_last_login, 0 AS churned FROM first_login;
"""}, "snowflake")
    assert flagged[("retention", "user_id")] == "account.id"
    assert ("retention", "days_since_last_login") not in flagged  # a count of days, not a login


def test_a_table_created_like_another_has_its_columns(tmp_path):
    flagged = _read(tmp_path, {"20210531162744-add_audit_log_table.sql": """-- +migrate Up
CREATE TABLE _audit_log (id text NOT NULL, user_id text NOT NULL, ip_address inet, user_agent text)
  PARTITION BY RANGE (created_at);
CREATE TABLE _audit_log_template (LIKE _audit_log);
ALTER TABLE _audit_log_template ADD PRIMARY KEY (id);
"""}, "postgres")
    assert flagged[("_audit_log_template", "ip_address")] == "device.ip_address"
    assert flagged[("_audit_log_template", "user_id")] == "account.id"
