"""Bring the seven projects of the thirteenth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:fivetran/dbt_intercom_source,
    #   github:nhost/hasura-auth, github:kanboard/kanboard, github:ampache/ampache,
    #   github:aws-quickstart/quickstart-datalake-foundation,
    #   github:Snowflake-Labs/sfguide-insurance-claims-agent,
    #   github:gabrielbbello/newsela-platform-stack-overflow-data-challenge
    python benchmarks/static13/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static13 --verbose
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: project -> (repository, commit, [(path prefix in the repository, path it takes in the project)],
#:             file suffixes copied)
PROJECTS: dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]] = {
    # Production dbt package: Fivetran's Intercom source (admins, contacts, companies,
    # conversations and their parts, tags, teams), history tables, column descriptions.
    "intercom_dbt": ("fivetran/dbt_intercom_source", "2bce6ab597c37644357a95794c6280c003746623",
                     [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/")],
                     (".yml", ".yaml", ".sql", ".md")),
    # An authentication service's PostgreSQL migrations (Nhost's Hasura Auth: users, OAuth
    # provider links, roles, refresh tokens, WebAuthn security keys), golang-migrate
    # `NNNNN_name.up.sql` / `.down.sql` pairs, renames of tables and columns.
    "hasura_auth_pg": ("nhost/hasura-auth", "838f397d0cf53d41fdc474486fdcc554b05ec5b3",
                       [("go/migrations/postgres/", "migrations/")], (".sql",)),
    # pg_dump of a project-management tool's schema (Kanboard: users, tasks, comments, files,
    # logins with IP and user agent, remember-me tokens, sessions, activity stream).
    "kanboard_pgdump": ("kanboard/kanboard", "2cba210dbad4e110d4efdec97d71a38b5df48dad",
                        [("app/Schema/Sql/postgres.sql", "postgres.sql")], (".sql",)),
    # A music server's MySQL install script (Ampache: users, sessions with geolocation, IP
    # history, play counts, private messages, shouts, playlists, catalogs of media files).
    "ampache_mysql": ("ampache/ampache", "58503596dd60238958baf19e62a07baaa703a932",
                      [("resources/sql/ampache.sql", "ampache.sql")], (".sql",)),
    # Redshift DDL of an AWS data-lake quick start (customers with names, region and
    # demographics, orders; `DISTKEY`/`SORTKEY`/`ENCODE`, CTAS analyses, Jinja placeholders),
    # at the last commit that held its demo analysis SQL.
    "datalake_redshift": ("aws-quickstart/quickstart-datalake-foundation", "7d118c2d7af5426d8988818c7fc546c8a620b3a7",
                          [("assets/analysis/redshift_sql/", "redshift_sql/")], (".sql",)),
    # Snowflake DDL of an insurance-claims agent guide (claims with claimants and adjusters,
    # claim lines, authorisations, invoices, parsed claim notes and chunk tables built by CTAS).
    "claims_snowflake": ("Snowflake-Labs/sfguide-insurance-claims-agent", "c48b6b862c2580f4b542e248548d12a64603c4a6",
                         [("scripts/", "scripts/")], (".sql",)),
    # BigQuery DDL of the public Stack Overflow dataset (users with about-me, age, location,
    # website; posts, comments, post history with authors' ids and display names; votes, badges).
    "stackoverflow_bq": ("gabrielbbello/newsela-platform-stack-overflow-data-challenge",
                         "4d65e4c722963e958b33b2c49c57d5e03cf29a3a",
                         [("src/ddl/", "ddl/")], (".sql",)),
}


def main() -> None:
    # the copying is static10's (`fetch_local.copy_project`), with this benchmark's projects
    spec = importlib.util.spec_from_file_location("static10_fetch_local", HERE.parent / "static10" / "fetch_local.py")
    static10 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(static10)
    static10.main(PROJECTS, HERE, __doc__)


if __name__ == "__main__":
    main()
