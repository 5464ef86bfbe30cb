"""Bring the projects of the twentieth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:dani-garcia/vaultwarden, github:getlago/lago-api,
    #   github:zencart/zencart, github:fivetran/dbt_pendo_source,
    #   github:bretton7700/udacity-final-project, github:NHSISL/Datasets
    python benchmarks/static20/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static20 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))
from local_projects import Projects, main  # noqa: E402  (the shared copier, beside score.py)

PROJECTS: Projects = {
    # A password manager's authentication server, PostgreSQL migrations (Vaultwarden: users with
    # e-mail, name, password hint, devices with names and push tokens, organizations and their
    # members, emergency access, events with IP and device type, auth requests); Diesel's
    # `migrations/postgresql/<date>_<name>/up.sql`, ALTER TABLE … RENAME, columns added later.
    "vaultwarden_pg": ("dani-garcia/vaultwarden", "46d71107f5094460dd5ecbe1dbac6e6c71e5189a",
                       [("migrations/postgresql/", "migrations/")], ("up.sql",)),
    # A `pg_dump` schema (Rails' db/structure.sql) of a billing API (Lago: customers with names,
    # e-mail, phone, postal and shipping addresses, tax ids; invoices, wallets, subscriptions,
    # users and memberships, invites, webhooks, API keys; enums, functions, views).
    "lago_pg_dump": ("getlago/lago-api", "1b1c24a6a6c321d7900b05906bf1b20f706c97c2",
                     [("db/structure.sql", "structure.sql")], (".sql",)),
    # A shop's MySQL install script (Zen Cart: customers with names, e-mail, phone, birth date,
    # address book, orders with billing and delivery addresses, sessions, who's online with IP,
    # reviews; a table prefix left empty, INSERTs of the default data).
    "zencart_mysql": ("zencart/zencart", "0306c470b6e10cecc86489226951ff9534a6b773",
                      [("zc_install/sql/install/mysql_zencart.sql", "mysql_zencart.sql")], (".sql",)),
    # Production dbt source package: Fivetran's Pendo (product-analytics visitors and accounts,
    # events with visitor id, IP, user agent; page, feature, guide and poll events; users).
    "pendo_dbt": ("fivetran/dbt_pendo_source", "0c41ec02145e85d4ff3bbff9eb258de15374dbe4",
                  [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/"), ("macros/", "macros/")],
                  (".yml", ".yaml", ".sql", ".md")),
    # Redshift DDL of a music-streaming star schema loaded by Airflow (Sparkify: staging events
    # with first and last name, gender, location, user agent, session; songplays; users).
    "sparkify_redshift": ("bretton7700/udacity-final-project", "0fc3d7ec5a93616d428c6bb2b2e4a4b09453bfb8",
                          [("dags/final_project/", "sql/")], (".sql",)),
    # Snowflake DDL of an NHS primary-care data set (OLIDS: patients, persons, addresses and
    # contacts, appointments, encounters, observations, medications, referrals, practitioners;
    # quoted lower-case names, VARCHAR(16777216), TIMESTAMP_NTZ).
    "olids_snowflake": ("NHSISL/Datasets", "d364a524bf284c6ceb36304af6c2e34b7fd8b157",
                        [("OLIDS/Snowflake/OLIDS_COMMON/", "common/"), ("OLIDS/Snowflake/OLIDS_PCD/", "pcd/")],
                        (".sql",)),
}


if __name__ == "__main__":
    main(PROJECTS, HERE, __doc__)
