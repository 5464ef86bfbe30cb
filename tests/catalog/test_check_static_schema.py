"""Static mode reads a column against the whole schema: references, keys, descriptions, prefixes."""
from __future__ import annotations

from catalog.checks import check
from catalog.checks.static import columns_from_dbt, columns_from_sql, static_check_input
from catalog.datamap import empty_datamap
from catalog.policy import load_policy


def _flagged_schema(schema) -> dict[tuple[str, str], str]:  # type: ignore[no-untyped-def]
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return _flagged_schema(schema)


def test_a_reference_means_what_the_key_it_points_to_means():
    """Logto's `application_id` points to `applications` (an OAuth client, not an app on a
    phone); MediaWiki's `rev_actor` points to `actor`, whose key is a person."""
    flagged = _flagged("""CREATE TABLE applications (id varchar(21), name varchar(256), secret varchar(64));
CREATE TABLE organizations (id varchar(21), name varchar(128));
CREATE TABLE users (id varchar(12), username varchar(128), application_id varchar(21));
CREATE TABLE users_roles (id varchar(21), user_id varchar(21), application_id varchar(21),
  organization_id varchar(21));
CREATE TABLE actor (actor_id bigint, actor_user int, actor_name varbinary(255));
CREATE TABLE revision (rev_id int, rev_actor bigint, rev_page int, rev_timestamp binary(14));
CREATE TABLE page (page_id int, page_title varbinary(255));""", "mysql")
    assert flagged["users", "id"] == flagged["users_roles", "user_id"] == "account.id"
    assert flagged["actor", "actor_id"] == flagged["revision", "rev_actor"] == "account.id"
    assert not {("users", "application_id"), ("users_roles", "application_id"), ("users_roles", "organization_id"),
                ("revision", "rev_page")} & set(flagged)
    # a link table's own key numbers the link, not the person it links
    assert ("users_roles", "id") not in flagged


def test_people_by_reference_and_another_systems_key():
    flagged = _flagged("""CREATE TABLE tickets (id bigint, submitter_id bigint, requester_id bigint, tenant_id varchar(21),
  description text);
CREATE TABLE grants (id bigint, by_principal bigint, to_principal bigint, privileges text);
CREATE TABLE user_sso_identities (id varchar(21), user_id varchar(12), identity_id varchar(128));
CREATE TABLE users (id bigint, external_id varchar(64), name text);
CREATE TABLE identities (identity_id int, user_id int, email varchar(128));""")
    assert flagged["tickets", "submitter_id"] == flagged["tickets", "requester_id"] == "account.id"
    assert flagged["grants", "by_principal"] == flagged["grants", "to_principal"] == "account.id"
    assert flagged["user_sso_identities", "identity_id"] == flagged["users", "external_id"] == "account.id"
    assert flagged["tickets", "description"] == "user_content"
    # a SaaS tenant is a customer company; an identity row's own key is not a person's
    assert not {("tickets", "tenant_id"), ("user_sso_identities", "id"), ("identities", "identity_id")} & set(flagged)


def test_a_property_of_personal_data_is_not_the_data():
    """MediaWiki's `user_email_token` (a token) and `user_email_authenticated` (a time), Logto's
    `username_policy` (a rule): the head word says what the column holds."""
    flagged = _flagged("""CREATE TABLE `user` (user_id int, user_email tinytext, user_email_token binary(32),
  user_email_authenticated binary(14), user_email_token_expires binary(14));
CREATE TABLE sign_in_experiences (id varchar(21), username_policy jsonb, email_blocklist_policy jsonb);""", "mysql")
    assert flagged == {("user", "user_id"): "account.id", ("user", "user_email"): "contact.email"}


def test_things_names_and_models_are_not_people_or_devices():
    flagged = _flagged("""CREATE TABLE ticket_forms (id bigint, display_name text, name text);
CREATE TABLE oidc_model_instances (model_name varchar(64), id varchar(128), payload jsonb);
CREATE TABLE roles (id bigint, role_name varchar(64));
CREATE TABLE devices (id bigint, user_id bigint, device_model text);
CREATE TABLE members (id bigint, display_name text, role text);""")
    assert flagged["devices", "device_model"] == "device.model"
    assert flagged["members", "display_name"] == "identity.person_name"
    assert flagged["members", "role"] == "profile.identity"
    assert not {("ticket_forms", "display_name"), ("ticket_forms", "name"), ("oidc_model_instances", "model_name"),
                ("roles", "role_name")} & set(flagged)


def test_a_file_type_is_personal_only_beside_the_file_name():
    flagged = _flagged("""CREATE TABLE uploads (id bigint, user_id bigint, upload_name text, media_type text);
CREATE TABLE image (img_name varbinary(255), img_minor_mime varbinary(100), img_media_type varchar(16));""")
    assert flagged["uploads", "media_type"] == flagged["uploads", "upload_name"] == "device.app_file_names"
    assert not {("image", "img_minor_mime"), ("image", "img_media_type")} & set(flagged)


def test_a_prefix_every_table_shares_is_read_past():
    """Tiny Tiny RSS names every table `ttrss_*`: `ttrss_sessions` is a table of web sessions."""
    flagged = _flagged("""CREATE TABLE ttrss_sessions (id varchar(250) NOT NULL, data text, expire integer);
CREATE TABLE ttrss_users (id serial, login varchar(120), email varchar(250), full_name varchar(250));
CREATE TABLE ttrss_feeds (id serial, owner_uid integer, title varchar(200));""")
    assert flagged["ttrss_sessions", "id"] == "tracking.cookie_id"
    assert flagged["ttrss_feeds", "owner_uid"] == flagged["ttrss_users", "login"] == "account.id"


def test_descriptions_count_by_their_subject_and_say_the_type():
    """Fivetran's Zendesk package describes columns by other things ("The organization of the
    requester") and by their kind of value ("Boolean field indicating…")."""
    schema = columns_from_dbt("""version: 2
models:
  - name: stg_zendesk__ticket
    columns:
      - name: organization_id
        description: The organization of the requester
      - name: schedule_start
        description: Start time of the schedule, in the schedule's time zone.
      - name: brand
        description: The name of the brand
      - name: is_tweet
        description: Boolean field indicating if the comment is a twitter tweet
      - name: chat_index
        description: Index of the chat
      - name: contact
        description: Email address of the customer who opened the ticket
""", "models/schema.yml")
    assert _flagged_schema(schema) == {("stg_zendesk__ticket", "contact"): "contact.email"}


def test_statements_that_define_no_column_are_read_not_failed():
    """pg_dump writes functions before the tables; Supabase- and Logto-style migrations turn on
    row-level security; a backtick in a comment does not make a PostgreSQL file MySQL."""
    schema = columns_from_sql("""/* Maps to OpenID Connect's `picture` claim. */
CREATE FUNCTION public.substring_for_date(timestamp without time zone, integer, integer) RETURNS text
    LANGUAGE sql
    AS $_$SELECT SUBSTRING(CAST($1 AS text), $2, $3)$_$;
create table users (id varchar(12), primary_email varchar(128), profile jsonb not null default '{}'::jsonb);
alter table users enable row level security;
create policy users_tenant_id on users as restrictive using (true);
ALTER TABLE ONLY public.users OWNER TO logto;
create trigger set_updated_at before update on users for each row execute procedure set_updated_at();
""", None, "users.sql")
    assert not schema.errors
    assert schema.dialects == {"users.sql": "postgres"}
    assert [c.name for c in schema.columns] == ["id", "primary_email", "profile"]
    # a statement that does define columns and cannot be read still fails
    broken = columns_from_sql("alter table users add column (;", "postgres", "b.sql")
    assert broken.errors
