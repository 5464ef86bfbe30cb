"""Static mode on two classes benchmarks/static8 and static13 left: a session's key held in the
rows that point to the session (an auth service's refresh tokens, a music server's votes and
play lists), and who wrote or handles a record named by a polymorphic key (`author_id` beside
`author_type`, as a support inbox's dbt sources write it). Each excerpt is written the way
those projects write it (Supabase Auth, Ampache, Ory Hydra, Umami, Fivetran's Intercom)."""
from __future__ import annotations

from catalog.checks import check
from catalog.checks.static import columns_from_dbt, columns_from_sql, static_check_input
from catalog.datamap import empty_datamap
from catalog.policy import load_policy


def _flagged(schema) -> dict[tuple[str, str], str]:
    assert not schema.errors, schema.errors
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}


AUTH_SESSIONS = """
create table {{ index .Options "Namespace" }}.users (id uuid not null primary key, email varchar(255) null);
create table {{ index .Options "Namespace" }}.sessions (
  id uuid not null primary key,
  user_id uuid not null references {{ index .Options "Namespace" }}.users(id) on delete cascade,
  created_at timestamptz null,
  user_agent text,
  ip inet
);
create table {{ index .Options "Namespace" }}.refresh_tokens (
  id bigserial primary key,
  token varchar(255) null,
  user_id varchar(255) null,
  revoked bool null,
  session_id uuid null references {{ index .Options "Namespace" }}.sessions(id) on delete cascade
);
create table {{ index .Options "Namespace" }}.mfa_amr_claims (
  session_id uuid not null references {{ index .Options "Namespace" }}.sessions(id) on delete cascade,
  authentication_method text not null,
  id uuid not null primary key
);
"""


def test_a_session_key_in_the_rows_that_point_to_the_session_is_the_cookie() -> None:
    flagged = _sql(AUTH_SESSIONS, "postgres")
    assert flagged[("sessions", "id")] == "tracking.cookie_id"
    assert flagged[("refresh_tokens", "session_id")] == "tracking.cookie_id"  # the session it refreshes
    assert flagged[("mfa_amr_claims", "session_id")] == "tracking.cookie_id"
    assert ("refresh_tokens", "token") not in flagged  # a credential, not the cookie
    assert ("mfa_amr_claims", "id") not in flagged  # an auth step's own key carries no cookie


def test_a_schema_named_auth_or_app_keeps_its_sessions_key_a_cookie() -> None:
    # Supabase's own schema is `auth`: `auth.sessions` holds its users' login sessions; a
    # schema names where tables live, not what a table is (`auth.oauth_clients` stays an app's)
    for schema in ("auth", "app"):
        flagged = _sql(AUTH_SESSIONS.replace('{{ index .Options "Namespace" }}', schema), "postgres")
        assert flagged[("sessions", "id")] == "tracking.cookie_id", schema
        assert flagged[("refresh_tokens", "session_id")] == "tracking.cookie_id", schema
    clients = _sql("create table auth.oauth_clients (id uuid primary key, client_id text not null);", "postgres")
    assert ("oauth_clients", "client_id") not in clients and ("oauth_clients", "id") not in clients


PLAY_LOG = """
CREATE TABLE `session` (
  `id` varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `username` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `expire` int(11) UNSIGNED NOT NULL DEFAULT 0,
  `value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `ip` varbinary(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `user_vote` (
  `user` int(11) UNSIGNED NOT NULL DEFAULT 0,
  `object_id` int(11) UNSIGNED NOT NULL DEFAULT 0,
  `date` int(11) UNSIGNED NOT NULL DEFAULT 0,
  `sid` varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `tmp_playlist` (
  `id` int(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `session` varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `type` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
"""


def test_a_bare_sid_or_session_beside_a_table_of_sessions_is_the_cookie() -> None:
    flagged = _sql(PLAY_LOG, "mysql")
    assert flagged[("session", "id")] == "tracking.cookie_id"
    assert flagged[("user_vote", "sid")] == "tracking.cookie_id"  # the voter's session
    assert flagged[("tmp_playlist", "session")] == "tracking.cookie_id"
    assert ("tmp_playlist", "id") not in flagged and ("tmp_playlist", "type") not in flagged


KEY_SETS = """
CREATE TABLE hydra_oauth2_authentication_session (id varchar(40) NOT NULL PRIMARY KEY,
  authenticated_at timestamp NULL, subject varchar(255) NOT NULL);
CREATE TABLE hydra_jwk (sid varchar(255) NOT NULL, kid varchar(255) NOT NULL, alg varchar(32) NOT NULL,
  keydata text NOT NULL, pk UUID NOT NULL PRIMARY KEY);
"""
SESSION_DATA = """
CREATE TABLE "session" ("session_id" UUID NOT NULL, "website_id" UUID NOT NULL, "browser" VARCHAR(20),
  CONSTRAINT "session_pkey" PRIMARY KEY ("session_id"));
CREATE TABLE "session_data" ("session_data_id" UUID NOT NULL, "website_id" UUID NOT NULL, "session_id" UUID NOT NULL,
  "session_key" VARCHAR(500) NOT NULL, "string_value" VARCHAR(500),
  CONSTRAINT "session_data_pkey" PRIMARY KEY ("session_data_id"));
"""


def test_a_key_set_id_and_the_name_of_a_sessions_datum_are_no_cookie() -> None:
    assert ("hydra_jwk", "sid") not in _sql(KEY_SETS, "postgres")  # a key set's id, beside no table `session`
    flagged = _sql(SESSION_DATA, "postgres")
    assert flagged[("session_data", "session_id")] == "tracking.cookie_id"  # Umami's visitor session
    assert ("session_data", "session_key") not in flagged  # which datum (renamed `data_key` later)


INTERCOM = """
version: 2
sources:
  - name: intercom
    tables:
      - name: conversation_part_history
        columns:
          - name: id
            description: The id representing the conversation part.
          - name: author_id
            description: The id representing the individual that sent the message.
          - name: author_type
            description: The type of individual that sent the message (user, admin, or bot).
          - name: assigned_to_id
            description: The id of the admin that was assigned the conversation by this conversation_part.
          - name: assigned_to_type
            description: The type of the individual which the conversation part is assigned.
      - name: conversation_history
        columns:
          - name: id
          - name: source_author_id
            description: id of the individual who authored the first message.
          - name: source_author_type
          - name: assignee_id
          - name: assignee_type
      - name: metafield
        columns:
          - name: owner_id
          - name: owner_resource
          - name: value
"""


def test_who_wrote_or_handles_a_record_by_a_polymorphic_key_is_someone() -> None:
    flagged = _flagged(columns_from_dbt(INTERCOM))
    for column in (("conversation_part_history", "author_id"), ("conversation_part_history", "assigned_to_id"),
                   ("conversation_history", "source_author_id"), ("conversation_history", "assignee_id")):
        assert flagged[column] == "account.id", column  # a user, an admin, a teammate: people who act
    assert ("metafield", "owner_id") not in flagged  # the owner of any kind of row: a product, a shop
    assert ("conversation_part_history", "author_type") not in flagged


def _sql(sql: str, dialect: str) -> dict[tuple[str, str], str]:
    return _flagged(columns_from_sql(sql, dialect, "m.up.sql"))


CLAIMS = """
CREATE OR REPLACE TABLE CLAIMS (
    CLAIM_NO VARCHAR PRIMARY KEY,
    LINE_OF_BUSINESS VARCHAR,
    CLAIM_STATUS VARCHAR,
    CLAIMANT_ID VARCHAR,
    PERFORMER VARCHAR,
    POLICY_NO VARCHAR
);
CREATE OR REPLACE TABLE CLAIM_LINES (
    CLAIM_NO VARCHAR,
    LINE_NO NUMBER,
    CLAIMANT_ID VARCHAR,
    PERFORMER_ID VARCHAR
);
"""


def test_the_parties_of_an_insurance_claim_are_people() -> None:
    flagged = {(table.lower(), column.lower()): category for (table, column), category in
               _sql(CLAIMS, "snowflake").items()}
    assert flagged[("claims", "claimant_id")] == "account.id"  # who claims
    assert flagged[("claims", "performer")] == "account.id"  # who handles it (an adjuster)
    assert flagged[("claim_lines", "performer_id")] == "account.id"
    assert ("claims", "policy_no") not in flagged and ("claims", "claim_no") not in flagged


INVENTORY = """
CREATE TABLE `cpus` (`ID` int(11) NOT NULL AUTO_INCREMENT, `HARDWARE_ID` int(11) NOT NULL,
  `MANUFACTURER` varchar(255) DEFAULT NULL, `SERIALNUMBER` varchar(255) DEFAULT NULL, PRIMARY KEY (`ID`));
CREATE TABLE `memories` (`ID` int(11) NOT NULL AUTO_INCREMENT, `HARDWARE_ID` int(11) NOT NULL,
  `CAPACITY` varchar(255) DEFAULT NULL, `SERIALNUMBER` varchar(255) DEFAULT NULL, PRIMARY KEY (`ID`));
CREATE TABLE `invoice` (`id` int NOT NULL, `parts_id` int, `qty` numeric, `serialnumber` text);
CREATE TABLE `sim` (`ID` int(11) NOT NULL AUTO_INCREMENT, `HARDWARE_ID` int(11) NOT NULL,
  `OPERATOR` varchar(255) DEFAULT NULL, `SERIALNUMBER` varchar(255) DEFAULT NULL, `DEVICEID` varchar(255));
"""


def test_a_parts_or_a_sold_items_serial_number_is_no_ones_device() -> None:
    flagged = _sql(INVENTORY, "mysql")
    assert ("cpus", "SERIALNUMBER") not in flagged and ("memories", "SERIALNUMBER") not in flagged
    assert ("invoice", "serialnumber") not in flagged
    assert flagged[("sim", "SERIALNUMBER")] == "device.device_id"  # a SIM card: the device itself


TASKS = """
CREATE TABLE public.tasks (id integer NOT NULL, title character varying(255) NOT NULL,
    time_spent double precision DEFAULT 0, time_estimated double precision DEFAULT 0, owner_id integer DEFAULT 0);
CREATE TABLE public.subtask_time_tracking (user_id integer NOT NULL, subtask_id integer NOT NULL,
    start bigint DEFAULT 0, "end" bigint DEFAULT 0, time_spent real DEFAULT 0);
CREATE TABLE public.page_views (session_id varchar(64), url text, time_spent integer);
"""


def test_hours_booked_on_a_task_are_no_ones_engagement() -> None:
    flagged = _sql(TASKS, "postgres")
    assert ("tasks", "time_spent") not in flagged and ("tasks", "time_estimated") not in flagged
    assert ("subtask_time_tracking", "time_spent") not in flagged
    assert flagged[("page_views", "time_spent")] == "behavioral"  # a visitor's time on a page
