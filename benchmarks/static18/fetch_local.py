"""Bring the projects of the eighteenth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:FOSSBilling/FOSSBilling, github:feedbin/feedbin,
    #   github:fivetran/dbt_lever_source, github:AI-God-Dev/Sales_Intelligence_Automation_System,
    #   github:stack-auth/stack-auth, github:hello/redshift
    python benchmarks/static18/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static18 --verbose
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: project -> (repository, commit, [(path prefix in the repository, path it takes in the project)],
#:             file suffixes copied)
PROJECTS: dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]] = {
    # A web-hosting billing system's MySQL install script (FOSSBilling: clients with e-mail, names,
    # birthday, gender, phone, company, address, time zone and sign-up IP; admins; invoices with
    # the buyer's details; domains with their registrant contact; support tickets and messages
    # with IPs; e-mail queue and client e-mail log; sessions and carts; activity logs).
    "fossbilling_mysql": ("FOSSBilling/FOSSBilling", "56a0871df1240dc1d0d12c1a278fbe3678821982",
                          [("src/install/sql/structure.sql", "structure.sql")], (".sql",)),
    # A `pg_dump` schema (Rails' db/structure.sql) of an RSS reader (Feedbin: users with e-mail and
    # Stripe customer id, devices with push tokens, subscriptions, starred and read entries, saved
    # searches, imports, in-app purchases, billing events, feeds and their entries).
    "feedbin_pg_dump": ("feedbin/feedbin", "9bfc9f684afdc68b6c9bbd0d96e4a8e783608bf4",
                        [("db/structure.sql", "structure.sql")], (".sql",)),
    # Production dbt source package: Fivetran's Lever (a recruiting system: candidates'
    # opportunities with name, headline, location; contacts' e-mails, phones and links; users;
    # applications, interviews with notes, feedback forms, offers, requisitions, résumés).
    "lever_dbt": ("fivetran/dbt_lever_source", "c88e08dea08e2796e44bd13f741c916fa793d2b1",
                  [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/"), ("macros/", "macros/")],
                  (".yml", ".yaml", ".sql", ".md")),
    # BigQuery DDL of a sales-intelligence warehouse (Gmail messages and participants, Salesforce
    # accounts, contacts, leads, activities and e-mail messages, Dialpad calls with transcripts,
    # HubSpot enrollments, entity resolution of e-mails and phones, a view); back-quoted
    # project.dataset.table names, OPTIONS(description=…), PARTITION BY / CLUSTER BY.
    "sales_bigquery": ("AI-God-Dev/Sales_Intelligence_Automation_System", "7e216b74e50abe667affe21b0d43b1e0a1200a54",
                       [("bigquery/schemas/create_tables.sql", "create_tables.sql")], (".sql",)),
    # An authentication service's Prisma migrations on PostgreSQL (Stack Auth: project users with
    # display name, sign-up IP, country and e-mail, contact channels, OAuth accounts, passkeys,
    # refresh tokens with IP info, teams and members, session replays, events with IP geolocation,
    # an e-mail outbox, AI conversations, payments); `migrations/<timestamp>_<name>/migration.sql`.
    "stack_auth_prisma": ("stack-auth/stack-auth", "2f719903b181c20940159e9f3aaaa99bc3ec3b0f",
                          [("apps/backend/prisma/migrations/", "migrations/")], (".sql",)),
    # A sleep-tracker company's production Redshift DDL (Hello's Sense: monthly partitions of
    # bedroom sensor readings and sleep-pill motion per account, made with `CREATE TABLE … (LIKE
    # …)` and `ALTER TABLE … ADD COLUMN`, UNION ALL views over them, DynamoDB snapshots of sleep
    # scores, time-zone history, alarms, speech commands; DISTSTYLE/DISTKEY/COMPOUND SORTKEY,
    # `"date_local|sense_id"` column names, GRANTs and CREATE USER).
    "hello_redshift": ("hello/redshift", "11e7de8c35530a97e773b8607124e378b766c222",
                       [("configurations/", "configurations/")], (".sql",)),
}


def main() -> None:
    # the copying is static10's (`fetch_local.copy_project`), with this benchmark's projects
    spec = importlib.util.spec_from_file_location("static10_fetch_local", HERE.parent / "static10" / "fetch_local.py")
    static10 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(static10)
    static10.main(PROJECTS, HERE, __doc__)


if __name__ == "__main__":
    main()
