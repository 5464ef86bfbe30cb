"""Bring the projects of the twenty-first static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:ente-io/ente, github:A1bi/FasT,
    #   github:mindstellar/Osclass, github:openedx/aspects-dbt,
    #   github:Third-Opinion/ThirdOpinion.ETL, github:Snowflake-Labs/SC.DDLExportScripts
    python benchmarks/static21/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static21 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))
from local_projects import Projects, main  # noqa: E402  (the shared copier, beside score.py)

PROJECTS: Projects = {
    # An end-to-end encrypted photo and authenticator service's PostgreSQL migrations (Ente's
    # "museum" server: users with e-mail hashes and encrypted e-mail, key attributes, two-factor
    # and passkeys, auth tokens with IP and user agent, families, subscriptions, shared
    # collections, public links with device limits, remote store); golang-migrate's
    # `N_name.up.sql` numbered without zero padding (1_, 10_, 100_ do not sort by number).
    "ente_pg": ("ente-io/ente", "a621d733154a834f23754e7e874de769be532d9d",
                [("server/migrations/", "migrations/")], (".up.sql",)),
    # A `pg_dump` schema (Rails' db/structure.sql) of a theatre's ticketing and membership app
    # (FasT: members with names, birth dates, addresses, IBAN and SEPA mandates, ticket orders
    # with buyers' names, e-mail, phone and addresses, box office, Passbook devices, newsletter).
    "fast_pg_dump": ("A1bi/FasT", "729c0290a9f5d04fe1aa534c73ba0e9b49e76516",
                     [("db/structure.sql", "structure.sql")], (".sql",)),
    # A classifieds site's MySQL install script (Osclass: users with names, e-mail, phones,
    # addresses, coordinates and IPs; listings with the contact's name and e-mail and the
    # poster's IP; comments, alerts, bans by IP and e-mail; `/*TABLE_PREFIX*/` before each name).
    "osclass_mysql": ("mindstellar/Osclass", "c91713b42aa7b91852a2ccbcd917d16cbb354dd4",
                      [("oc-includes/osclass/installer/struct.sql", "struct.sql")], (".sql",)),
    # A production dbt project (Open edX Aspects' learner analytics on ClickHouse: xAPI events
    # with actor ids, enrollments, grades, video and problem interactions, learner profiles with
    # usernames, names and e-mail, course and block names), its schema.yml files and models.
    "aspects_dbt": ("openedx/aspects-dbt", "6dc156a7790022a20e9d9ef6a584cabd462c995e",
                    [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/"), ("macros/", "macros/")],
                    (".yml", ".yaml", ".sql", ".md")),
    # Redshift DDL of a clinical FHIR warehouse loaded by Glue jobs (patients with birth dates,
    # names, addresses, telecoms and contacts, practitioners, encounters, observations,
    # conditions, medications, documents; DISTKEY/SORTKEY after the column list).
    "fhir_redshift": ("Third-Opinion/ThirdOpinion.ETL", "341a0fc1c7aac090037c8dbf001c9e037332eeb9",
                      [("ddl/", "ddl/")], (".sql",)),
    # Snowflake DDL converted from Redshift by a migration tool (AdventureWorks: people, e-mail
    # addresses, phones, addresses, employees with national id, login and birth date, credit
    # cards, job candidates' résumés, customers, sales orders; the Redshift clauses left behind as
    # `--//` comments).
    "adventureworks_snowflake": ("Snowflake-Labs/SC.DDLExportScripts", "30cfdf1607a3dc1a1b976f1893af041bd118bd3d",
                                 [("RedshiftMigrationLab/output_snowflake/", "ddl/")], (".sql",)),
}


if __name__ == "__main__":
    main(PROJECTS, HERE, __doc__)
