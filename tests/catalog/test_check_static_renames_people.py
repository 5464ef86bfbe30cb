"""Static check on schema code nobody here wrote (benchmarks/static13): a table renamed by a
later migration (Hasura Auth's `user_authenticators` -> `user_security_keys`), tables of people
whose head word is `admin` or that keep every version of a row (`contact_history`), the ids a
user has at identity providers, a person's website, a name given after
a role (`owner_display_name`), the title of what someone wrote, and whole-number `position`s."""
from __future__ import annotations

from catalog.checks.static import columns_from_dbt
from tests.catalog.test_check_static_migrations import _flagged, _read

# as Hasura Auth's golang-migrate files create a table, then rename it
HASURA_AUTH = {
    "00001_create-initial-tables.up.sql": """
CREATE TABLE auth.users (
  id uuid DEFAULT public.gen_random_uuid () NOT NULL PRIMARY KEY,
  display_name text DEFAULT '' NOT NULl,
  email text UNIQUE
);
""",
    "00006_setup-webauthn.up.sql": """
BEGIN;
CREATE TABLE auth.user_authenticators(
    id uuid DEFAULT public.gen_random_uuid () NOT NULL PRIMARY KEY,
    user_id uuid NOT NULL,
    credential_id text UNIQUE NOT NULL,
    counter bigint DEFAULT 0 NOT NULL
);
ALTER TABLE auth.user_authenticators
  ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES auth.users (id) ON UPDATE CASCADE ON DELETE CASCADE;
COMMIT;
""",
    "00007_add_authenticator_nickname.up.sql": "ALTER TABLE auth.user_authenticators ADD COLUMN nickname text;\n",
    "00009_rename-authenticator-to-security-key.up.sql": """
BEGIN;
ALTER TABLE auth.user_authenticators RENAME TO user_security_keys;
ALTER TABLE auth.user_security_keys RENAME CONSTRAINT user_authenticators_pkey TO user_security_keys_pkey;
COMMIT;
""",
    "00009_rename-authenticator-to-security-key.down.sql":
        "ALTER TABLE auth.user_security_keys RENAME TO user_authenticators;\n",
}


def test_a_renamed_table_is_checked_under_its_new_name_only(tmp_path):
    flagged = _read(tmp_path, HASURA_AUTH, "postgres")
    assert flagged[("user_security_keys", "user_id")] == "account.id"
    assert not {key for key in flagged if key[0] == "user_authenticators"}
    # the name a user gives their security key is the key's, not the user's
    assert ("user_security_keys", "nickname") not in flagged
    assert flagged[("users", "display_name")] == "identity.person_name"


def test_a_rename_of_a_table_defined_elsewhere_is_no_error(tmp_path):
    flagged = _read(tmp_path, {"V2__rename.sql": "ALTER TABLE legacy_people RENAME TO people;\n",
                               "V3__add.sql": "ALTER TABLE people ADD COLUMN email text;\n"}, "postgres")
    assert flagged[("people", "email")] == "contact.email"


# as Kanboard's pg_dump declares its users and tasks
KANBOARD = {"postgres.sql": """
CREATE TABLE "public"."users" (
    "id" integer NOT NULL,
    "username" "text" NOT NULL,
    "name" character varying(255),
    "google_id" character varying(255),
    "github_id" character varying(30),
    "gitlab_id" integer,
    "nb_failed_login" integer DEFAULT 0,
    "avatar_path" character varying(255)
);
CREATE TABLE "public"."tasks" (
    "id" integer NOT NULL,
    "title" "text" NOT NULL,
    "position" integer NOT NULL,
    "owner_id" integer DEFAULT 0
);
"""}


def test_identity_providers_ids_of_a_user_and_counts(tmp_path):
    flagged = _read(tmp_path, KANBOARD, "postgres")
    for provider in ("google_id", "github_id", "gitlab_id"):
        assert flagged[("users", provider)] == "account.id"
    assert ("users", "nb_failed_login") not in flagged  # how many failed logins, not whose
    assert ("tasks", "position") not in flagged  # a rank on a board, not a place on a map


# as Ampache's MySQL install script
AMPACHE = {"ampache.sql": """
CREATE TABLE IF NOT EXISTS `bookmark` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `user` int(11) NOT NULL,
  `position` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE IF NOT EXISTS `now_playing` (
  `id` varchar(64) NOT NULL,
  `user` int(11) NOT NULL,
  `position_ms` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE IF NOT EXISTS `search` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `user` int(11) NOT NULL,
  `logic_operator` varchar(3) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE IF NOT EXISTS `user_pvmsg` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `subject` varchar(80) DEFAULT NULL,
  `message` text DEFAULT NULL,
  `from_user` int(11) unsigned NOT NULL,
  `to_user` int(11) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE IF NOT EXISTS `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(128) DEFAULT NULL,
  `website` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
"""}


def test_whole_number_positions_operators_and_a_message_subject(tmp_path):
    flagged = _read(tmp_path, AMPACHE, "mysql")
    assert ("bookmark", "position") not in flagged and ("now_playing", "position_ms") not in flagged
    assert ("search", "logic_operator") not in flagged  # AND/OR, no mobile carrier
    assert flagged[("user_pvmsg", "subject")] == "user_content"  # beside the message the sender wrote
    assert flagged[("user_pvmsg", "message")] == "user_content"
    assert flagged[("user", "website")] == "user_content"


# as the public Stack Overflow dataset's BigQuery DDL
STACK_OVERFLOW = {"ddl/posts_questions.sql": """
CREATE TABLE `bigquery-public-data.stackoverflow.posts_questions`
(
  id INT64, title STRING, body STRING, last_editor_display_name STRING, last_editor_user_id INT64,
  owner_display_name STRING, owner_user_id INT64, tags STRING, view_count INT64
);
""", "ddl/users.sql": """
CREATE TABLE `bigquery-public-data.stackoverflow.users`
(
  id INT64, display_name STRING, about_me STRING, profile_image_url STRING, website_url STRING
);
""", "ddl/tags.sql": "CREATE TABLE `bigquery-public-data.stackoverflow.tags` (id INT64, tag_name STRING, "
                     "wiki_post_id INT64);\n"}


def test_a_posts_title_and_its_owners_name(tmp_path):
    flagged = _read(tmp_path, STACK_OVERFLOW, "bigquery")
    assert flagged[("posts_questions", "owner_display_name")] == "identity.person_name"
    assert flagged[("posts_questions", "last_editor_display_name")] == "identity.person_name"
    assert flagged[("posts_questions", "owner_user_id")] == "account.id"
    assert flagged[("posts_questions", "title")] == "user_content"
    assert ("posts_questions", "tags") not in flagged
    assert flagged[("users", "website_url")] == "user_content"


# as Fivetran's Intercom source declares its admins and contacts' history
INTERCOM = """version: 2
sources:
  - name: intercom
    tables:
      - name: admin
        description: Admins are the teammate accounts that have access to a workspace.
        columns:
          - name: id
            description: The unique identifier representing the admin.
          - name: job_title
            description: The admin job title.
          - name: name
            description: The name of the admin.
      - name: contact_history
        columns:
          - name: id
            description: The unique identifier for the contact which is given by Intercom.
          - name: admin_id
            description: The unique identifier representing the admin which has been assigned ownership of the contact.
          - name: name
            description: The name of the contact.
      - name: company_history
        columns:
          - name: id
          - name: name
            description: The name of the company.
          - name: website
          - name: industry
          - name: monthly_spend
"""


def test_admins_and_history_tables_of_people():
    from catalog.checks.static import StaticSchema
    schema = StaticSchema()
    schema.merge(columns_from_dbt(INTERCOM, "models/src_intercom.yml"))
    flagged = _flagged(schema)
    assert flagged[("admin", "id")] == "account.id"
    assert flagged[("admin", "name")] == "identity.person_name"
    assert flagged[("admin", "job_title")] == "profile.industry"
    assert flagged[("contact_history", "id")] == "account.id"
    assert flagged[("contact_history", "admin_id")] == "account.id"
    assert flagged[("contact_history", "name")] == "identity.person_name"
    assert not {key for key in flagged if key[0] == "company_history"}  # a company's
