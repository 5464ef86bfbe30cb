"""Static mode on SQL Server scripts (`GO` batches, statements without semicolons) and on DDL
dumped from a Redshift cluster (`character varying` with `ENCODE … distkey`), and the names of
warehouse tables: whose an address part is, a campaign's sender, a load's file."""
from __future__ import annotations

from catalog.checks.static import columns_from_sql
from tests.catalog.test_check_static_tables import _flagged

# Sakila's SQL Server port as jOOQ/sakila ships it: no semicolons, `GO` between batches, an
# `ALTER TABLE` and a `CREATE INDEX` right after each table, `PRIMARY KEY NONCLUSTERED`, and a
# comma after the last item of a column list (SQL Server accepts it)
TSQL = """CREATE DATABASE sakila;
GO
USE sakila;
CREATE TABLE actor (
  actor_id INT NOT NULL IDENTITY ,
  first_name VARCHAR(45) NOT NULL,
  last_update DATETIME NOT NULL,
  PRIMARY KEY NONCLUSTERED (actor_id)
  )
GO
 ALTER TABLE actor ADD CONSTRAINT [DF_actor_last_update] DEFAULT (getdate()) FOR last_update
 CREATE  INDEX idx_actor_first_name ON actor(first_name)
GO
CREATE TABLE customer (
  customer_id INT NOT NULL IDENTITY ,
  email VARCHAR(50) DEFAULT NULL,
  PRIMARY KEY NONCLUSTERED (customer_id)
)
 ALTER TABLE customer ADD CONSTRAINT [DF_customer_email] DEFAULT (NULL) FOR email
CREATE TABLE film_text (
  film_id INT NOT NULL,
  title VARCHAR(255) NOT NULL,
  PRIMARY KEY NONCLUSTERED (film_id),
)
CREATE TABLE staff (
  staff_id INT NOT NULL IDENTITY,
  username VARCHAR(16) NOT NULL,
  picture IMAGE DEFAULT NULL,
  PRIMARY KEY NONCLUSTERED (staff_id)
)
GO
CREATE PROCEDURE rewards AS
BEGIN
  CREATE TABLE #tmpCustomer (customer_id INT NOT NULL)
  IF 1 = 1 BEGIN SELECT CASE WHEN 1 = 1 THEN 'a' END END
END
GO
"""


def _columns(sql: str, dialect: str | None) -> tuple[list[tuple[str, str]], list[str]]:
    schema = columns_from_sql(sql, dialect, "sakila.sql")
    return [(c.table.rsplit(".", 1)[-1], c.name) for c in schema.columns], [str(e) for e in schema.errors]


def test_sql_server_batches_and_statements_without_semicolons_are_each_read():
    """Every table of the script is read, not only the first of a run of statements that the
    parser cannot take in one piece; the same with the dialect detected."""
    for dialect in ("tsql", None):
        columns, errors = _columns(TSQL, dialect)
        assert errors == []
        tables = {table for table, _ in columns}
        assert {"actor", "customer", "film_text", "staff"} <= tables, columns
        assert ("customer", "email") in columns and ("staff", "picture") in columns
        assert ("film_text", "title") in columns
    schema = columns_from_sql(TSQL, None, "sakila.sql")
    assert schema.dialects["sakila.sql"] == "tsql"


def test_a_go_line_ends_a_statement_but_go_in_a_name_does_not():
    columns, errors = _columns("CREATE TABLE go_live (go_at DATETIME, owner_email VARCHAR(80))\nGO\n"
                               "CREATE TABLE cargo (id INT)\n  GO  \n", "tsql")
    assert errors == [] and columns == [("go_live", "go_at"), ("go_live", "owner_email"), ("cargo", "id")]


def test_a_table_after_one_the_parser_cannot_take_is_not_lost():
    """Without a semicolon, `CREATE TABLE b` used to be read as part of `a`'s statement: the
    lenient reading of `a` (sqlglot does not know `PRIMARY KEY NONCLUSTERED`) kept `a`'s
    columns and `b` went unread without a word. Each `CREATE` now opens its own statement."""
    columns, errors = _columns("CREATE TABLE a (id INT, PRIMARY KEY NONCLUSTERED (id))\n"
                               "CREATE TABLE b (email VARCHAR(90))\n", "tsql")
    assert errors == [] and columns == [("a", "id"), ("b", "email")]


# DDL as a script dumps it from a Redshift cluster (pg_catalog types, a column DISTKEY after ENCODE)
REDSHIFT_DUMP = """CREATE TABLE mktg_ops_tbls.pacific_east_email_append (
    cnst_mstr_id bigint NOT NULL ENCODE raw distkey,
    cnst_prsn_full_nm character varying(50) ENCODE lzo,
    cnst_email character varying(200) ENCODE lzo,
    list_upload_ts timestamp without time zone ENCODE az64,
    PRIMARY KEY (cnst_mstr_id)
)
DISTSTYLE KEY
SORTKEY ( cnst_mstr_id );
CREATE TABLE mktg_ops_tbls.utl_mc_bounces (
    email_addr character varying(100) ENCODE raw distkey
)
DISTSTYLE KEY
SORTKEY ( email_addr );
"""


def test_a_redshift_dump_with_column_distkeys_is_read_with_its_types():
    schema = columns_from_sql(REDSHIFT_DUMP, "redshift", "m.sql")
    assert schema.errors == []
    assert [(c.table.rsplit(".", 1)[-1], c.name, c.declared_type) for c in schema.columns] == [
        ("pacific_east_email_append", "cnst_mstr_id", "BIGINT"),
        ("pacific_east_email_append", "cnst_prsn_full_nm", "CHARACTER VARYING(50)"),
        ("pacific_east_email_append", "cnst_email", "CHARACTER VARYING(200)"),
        ("pacific_east_email_append", "list_upload_ts", "TIMESTAMP WITHOUT TIME ZONE"),
        ("utl_mc_bounces", "email_addr", "CHARACTER VARYING(100)")]
    assert _flagged(REDSHIFT_DUMP, "redshift")["utl_mc_bounces", "email_addr"] == "contact.email"


def test_a_role_word_before_an_address_part_says_whose_it_is():
    """A warehouse's `dim_recipient`: the recipient's address line and state code are not the
    recipient's name; their first name is."""
    flagged = _flagged("""CREATE TABLE dim_recipient (recipient_key bigint, recipient_first_nm varchar(50),
  recipient_line_1_addr varchar(100), recipient_st_cd varchar(2), recipient_city_nm varchar(50));""", "redshift")
    assert flagged["dim_recipient", "recipient_first_nm"] == "identity.person_name"
    assert flagged["dim_recipient", "recipient_line_1_addr"] == "contact.postal_address"
    assert flagged["dim_recipient", "recipient_city_nm"] == "location.approximate"
    assert flagged.get(("dim_recipient", "recipient_st_cd")) != "identity.person_name"


def test_a_campaigns_sender_and_a_loads_file_are_no_ones():
    """Klaviyo's and listmonk's `campaign.from_email`/`from_name` are the organisation's sending
    identity; a message's sender and recipient stay people's; the file a warehouse row was
    loaded from is no one's file, an upload's file name is its uploader's."""
    flagged = _flagged("""CREATE TABLE campaigns (id int, name text, subject text, from_email text, from_name text);
CREATE TABLE messages (id int, from_email text, to_email text, sender_name text);
CREATE TABLE sw_email_subscrb (email_addr varchar(100), curr_prcsd_file_nm varchar(200), load_id int);
CREATE TABLE uploads (user_id int, file_name text);""")
    assert not {key for key in flagged if key[0] == "campaigns"}
    assert flagged["messages", "from_email"] == flagged["messages", "to_email"] == "contact.email"
    assert flagged["messages", "sender_name"] == "identity.person_name"
    assert flagged["sw_email_subscrb", "email_addr"] == "contact.email"
    assert ("sw_email_subscrb", "curr_prcsd_file_nm") not in flagged
    assert flagged["uploads", "file_name"] == "device.app_file_names"


def test_a_users_role_key_leaves_the_users_own_key_a_persons():
    """listmonk's `users(id, …, user_role_id)`: `user_role_id` points to a role a user has, so
    `id` is still the key of a person; beside `user_id` or `owner_uid` the bare `id` numbers
    rows about someone."""
    flagged = _flagged("""CREATE TABLE users (id serial, username text, email text, name text, user_role_id int);
CREATE TABLE daily_active_users (id serial, user_id int, day date);""")
    assert flagged["users", "id"] == "account.id"
    assert ("daily_active_users", "id") not in flagged and flagged["daily_active_users", "user_id"] == "account.id"


def test_a_state_beside_a_city_and_coordinates_and_a_title_beside_content():
    """A streaming service's `auth_events(city, state, lon, lat, userId)` (BigQuery): the
    listener's state; an order's bare `state` beside a city alone stays unread (a status as
    often). WriteFreely's `posts(title, content)`: the title is what the author wrote too."""
    flagged = _flagged("""CREATE TABLE auth_events (ts TIMESTAMP, city STRING, state STRING, lon FLOAT64, lat FLOAT64,
  userId INT64, status INT64);
CREATE TABLE orders (id INT64, city STRING, state STRING, customer_id INT64);
CREATE TABLE posts (id STRING, title STRING, content STRING, owner_id INT64);""", "bigquery")
    assert flagged["auth_events", "state"] == "location.approximate"
    assert ("orders", "state") not in flagged
    assert flagged["posts", "title"] == flagged["posts", "content"] == "user_content"
