"""Bring the six projects of the sixteenth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:authelia/authelia,
    #   github:roundcube/roundcubemail, github:Safecast/safecastapi,
    #   github:fivetran/dbt_zendesk_source, github:danilo-justino/poc-snow, github:tracy9201/data-eng
    python benchmarks/static16/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static16 --verbose
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: project -> (repository, commit, [(path prefix in the repository, path it takes in the project)],
#:             file suffixes copied)
PROJECTS: dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]] = {
    # An authentication server's PostgreSQL migrations (Authelia: users' TOTP and WebAuthn
    # credentials, identity verification, OAuth 2.0 / OpenID Connect sessions, consents,
    # device codes, bans, authentication logs), `V0001.…up.sql` (the `down` files are not read).
    "authelia_pg": ("authelia/authelia", "23572030b4048922a377ca40d59e804e0ed25fd7",
                    [("internal/storage/migrations/postgres/", "migrations/")], (".up.sql",)),
    # A PHP webmail's MySQL install script (Roundcube: users, identities with signatures,
    # address books and contacts, cached messages, sessions, responses).
    "roundcube_mysql": ("roundcube/roundcubemail", "28b44419ee44c8749a85e7183325055c2cf68a4d",
                        [("SQL/mysql.initial.sql", "mysql.initial.sql")], (".sql",)),
    # A Rails application's `pg_dump` schema (Safecast's API: radiation measurements, devices,
    # bGeigie logs, users, admins, uploader contact histories, rails_admin histories).
    "safecast_pgdump": ("Safecast/safecastapi", "6cf3612427b8d05c4855d491646f40da74a16987",
                        [("db/structure.sql", "db/structure.sql")], (".sql",)),
    # Production dbt source package: Fivetran's Zendesk (users, tickets and their comments,
    # organizations, groups, time zones, schedules, ticket field history; column descriptions).
    "zendesk_dbt": ("fivetran/dbt_zendesk_source", "3aab72b7a0d97e1b6b1b7aa9c2898333fb002cd5",
                    [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/")],
                    (".yml", ".yaml", ".sql", ".md")),
    # A Snowflake medallion warehouse's DDL (Northwind customers, orders, products, calendar).
    "northwind_snowflake": ("danilo-justino/poc-snow", "9920f8cf632b56518749181889620d5c50483bf5",
                            [("SQL/DDL/", "SQL/DDL/")], (".sql",)),
    # A payments company's Redshift DDL (customers, practices, users, staff, subscriptions,
    # invoice items; `DISTSTYLE EVEN`, `VARCHAR(MAX)`).
    "payfac_redshift": ("tracy9201/data-eng", "3c8244e8bcfd7e5e9c24bd9fd9d56673ee86a6ea",
                        [("ddl/", "ddl/")], (".sql",)),
}


def main() -> None:
    # the copying is static10's (`fetch_local.copy_project`), with this benchmark's projects
    spec = importlib.util.spec_from_file_location("static10_fetch_local", HERE.parent / "static10" / "fetch_local.py")
    static10 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(static10)
    static10.main(PROJECTS, HERE, __doc__)


if __name__ == "__main__":
    main()
