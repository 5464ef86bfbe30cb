"""Bring the projects of the nineteenth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:element-hq/matrix-authentication-service,
    #   github:danbooru/danbooru, github:SimpleMachines/SMF, github:fivetran/dbt_amplitude_source,
    #   github:snowplow/snowplow, github:LukasRTruffle/AI-Studio-Random-Truffle-App
    python benchmarks/static19/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static19 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))
from local_projects import Projects, main  # noqa: E402  (the shared copier, beside score.py)

PROJECTS: Projects = {
    # An OAuth 2.0 / OpenID Connect authentication service's PostgreSQL migrations (Matrix
    # Authentication Service: users, e-mails, passwords, browser sessions with user agent and last
    # IP, OAuth clients and sessions, compatibility sessions, upstream OAuth links, registrations,
    # personal sessions); sqlx's `migrations/<timestamp>_<name>.sql`, renames, data migrations.
    "mas_pg": ("element-hq/matrix-authentication-service", "682b8d26d3b3666b6652490f66618ab3d640fa5d",
               [("crates/storage-pg/migrations/", "migrations/")], (".sql",)),
    # A `pg_dump` schema (Rails' db/structure.sql) of an image board (Danbooru: users with names,
    # e-mail addresses, IP bans, private messages, comments, forum posts, notes, wiki pages,
    # moderation reports, user events with IP and user agent, uploads, API keys).
    "danbooru_pg_dump": ("danbooru/danbooru", "06587d1f933502ae5d749c967787d44be3938846",
                         [("db/structure.sql", "structure.sql")], (".sql",)),
    # A forum's MySQL install script (Simple Machines Forum 3.0: members with real name, e-mail,
    # birth date, website, signature and IPs; messages and personal messages; online log; bans;
    # `{$db_prefix}` table names, `{$...}` placeholders, INSERTs of the default data).
    "smf_mysql": ("SimpleMachines/SMF", "12d051ed6c63db30a6f0146f9eecad039827e8b1",
                  [("other/install_3-0_MySQL.sql", "install_3-0_MySQL.sql")], (".sql",)),
    # Production dbt source package: Fivetran's Amplitude (product analytics events with user id,
    # device id, IP, city, device model, OS, carrier; user and event properties; sessions).
    "amplitude_dbt": ("fivetran/dbt_amplitude_source", "f68b383e2b5eaea79c5f74314556afb61b70d1ed",
                      [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/"), ("macros/", "macros/")],
                      (".yml", ".yaml", ".sql", ".md")),
    # Redshift DDL of Snowplow's event warehouse (`atomic.events`: one wide table of web and mobile
    # events with user ids, IP, fingerprint, cookies, geolocation, browser, OS and device fields;
    # `encode` column attributes, DISTSTYLE/DISTKEY/SORTKEY, the load manifest).
    "snowplow_redshift": ("snowplow/snowplow", "2b4b7a8ac7df842940af26a97a6f2fae8f5cda15",
                          [("4-storage/redshift-storage/sql/atomic-def.sql", "atomic-def.sql"),
                           ("4-storage/redshift-storage/sql/manifest-def.sql", "manifest-def.sql")], (".sql",)),
    # BigQuery DDL of a marketing-audience app on the GA4 export (events, sessions, conversions,
    # user attributes; views); `${project_id}.${dataset_id}` placeholders, OPTIONS(description=…).
    "truffle_bigquery": ("LukasRTruffle/AI-Studio-Random-Truffle-App", "e44f26312c64022e9364f4d77b29ff6d53821fc1",
                         [("data/bq/schemas/", "schemas/"), ("data/bq/views/", "views/")], (".sql",)),
}


if __name__ == "__main__":
    main(PROJECTS, HERE, __doc__)
