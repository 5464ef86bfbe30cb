"""Bring the five projects of the fifteenth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:sebadob/rauthy, github:phpipam/phpipam,
    #   github:fivetran/dbt_mailchimp_source, github:lerocha/chinook-database,
    #   github:ArunGilakamsetti/iics-migration
    python benchmarks/static15/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static15 --verbose
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: project -> (repository, commit, [(path prefix in the repository, path it takes in the project)],
#:             file suffixes copied)
PROJECTS: dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]] = {
    # An OpenID Connect provider's PostgreSQL migrations (rauthy: users, sessions, clients,
    # passkeys, login locations, PAM users, SCIM, e-mail jobs, SSH keys), Flyway-style `V1__…`.
    "rauthy_pg": ("sebadob/rauthy", "f6223305c1b2183bb8fa9e24e3ed44045a6c26a2",
                  [("migrations/postgres/", "migrations/")], (".sql",)),
    # A PHP IP address manager's MySQL install script (phpIPAM: users, IP addresses with their
    # owners and MAC addresses, devices, logs, requests, customers).
    "phpipam_mysql": ("phpipam/phpipam", "6e11367e5f43eb9f50bde7f7b25bf65fc53d844d",
                      [("db/SCHEMA.sql", "SCHEMA.sql")], (".sql",)),
    # Production dbt source package: Fivetran's Mailchimp (members with e-mail, names, location,
    # IP addresses; campaigns, automations, recipient activities; column descriptions).
    "mailchimp_dbt": ("fivetran/dbt_mailchimp_source", "90ceeee68da4517cc9617b9deba2e5716f7db1d9",
                      [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/")],
                      (".yml", ".yaml", ".sql", ".md")),
    # The Chinook sample database's generated PostgreSQL script (a music store: customers,
    # employees, invoices with billing addresses, tracks with composers), `\c` and 15,000 INSERTs.
    "chinook_pg": ("lerocha/chinook-database", "7f67772503d71ba90f19283c38e93923addb43fa",
                   [("ChinookDatabase/DataSources/Chinook_PostgreSql.sql", "Chinook_PostgreSql.sql")], (".sql",)),
    # A Snowflake DDL folder of a migration project (schema, tables, a procedure, a view).
    "iics_snowflake": ("ArunGilakamsetti/iics-migration", "dd9b9065a93c1fc16154d3c58aebc9fa62fedced",
                       [("snowflake-ddl/", "snowflake-ddl/")], (".sql",)),
}


def main() -> None:
    # the copying is static10's (`fetch_local.copy_project`), with this benchmark's projects
    spec = importlib.util.spec_from_file_location("static10_fetch_local", HERE.parent / "static10" / "fetch_local.py")
    static10 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(static10)
    static10.main(PROJECTS, HERE, __doc__)


if __name__ == "__main__":
    main()
