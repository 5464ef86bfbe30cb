"""Bring the six projects of the sixteenth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:ssoready/ssoready,
    #   github:osCommerce/oscommerce2, github:Safecast/safecastapi,
    #   github:fivetran/dbt_twilio_source, github:danilo-justino/poc-snow, github:tracy9201/data-eng
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
    # A SAML/SCIM single-sign-on service's PostgreSQL migrations (SSOReady: app users and their
    # sessions, e-mail verification challenges, SAML flows with the user's e-mail and IdP
    # attributes, SCIM users and groups, SCIM request logs), `0000NN_….up.sql` (`down` not read).
    "ssoready_pg": ("ssoready/ssoready", "c33d0e027252bbe072fea30991f603194ba620b0",
                    [("cmd/migrate/migrations/", "migrations/")], (".up.sql",)),
    # A PHP shop's MySQL install script (osCommerce 2.4 before its schema moved to text files:
    # customers, address book, orders with customer, delivery and billing addresses and card
    # owner, reviews, testimonials, who's online, sessions, administrators).
    "oscommerce_mysql": ("osCommerce/oscommerce2", "2253068c7dfa3d1c4c4d057d167bbcaaa01e29e6",
                         [("catalog/install/oscommerce.sql", "oscommerce.sql")], (".sql",)),
    # A Rails application's `pg_dump` schema (Safecast's API: radiation measurements, devices,
    # bGeigie logs, users, admins, uploader contact histories, rails_admin histories).
    "safecast_pgdump": ("Safecast/safecastapi", "6cf3612427b8d05c4855d491646f40da74a16987",
                        [("db/structure.sql", "db/structure.sql")], (".sql",)),
    # Production dbt source package: Fivetran's Twilio (calls with callers' numbers and names,
    # messages with their numbers and bodies, addresses, phone numbers of the account, usage).
    "twilio_dbt": ("fivetran/dbt_twilio_source", "c5f1141107d68e6a367b4b50cdcdb7f45634d12d",
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
