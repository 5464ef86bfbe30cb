"""Bring the six projects of the seventeenth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:phpbb/phpbb, github:documenso/documenso,
    #   github:gothinkster/spring-boot-realworld-example-app,
    #   github:vercel/nextjs-subscription-payments, github:fivetran/dbt_marketo_source,
    #   github:DFE-Digital/dfe-analytics
    python benchmarks/static17/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static17 --verbose
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: project -> (repository, commit, [(path prefix in the repository, path it takes in the project)],
#:             file suffixes copied)
PROJECTS: dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]] = {
    # A PHP forum's MySQL 4.1+ install script (phpBB 3.0.14: users with e-mail, IP, birthday,
    # signature and instant-messenger handles, posts and private messages with the poster's IP,
    # sessions, bans, logs, search words, drafts, polls).
    "phpbb_mysql": ("phpbb/phpbb", "11242dd07d6359a725f22f3674028adfdddb49d6",
                    [("phpBB/install/schemas/mysql_41_schema.sql", "mysql_41_schema.sql")], (".sql",)),
    # A document-signing service's Prisma migrations on PostgreSQL (Documenso: users, accounts
    # and sessions, documents, recipients and their signatures, fields, teams, webhooks,
    # audit logs with IP addresses and user agents); `migrations/<timestamp>_<name>/migration.sql`.
    "documenso_prisma": ("documenso/documenso", "75330166cc00b29c14399bc2e391e4b4d8080c00",
                         [("packages/prisma/migrations/", "migrations/")], (".sql",)),
    # The Spring Boot RealWorld example's Flyway migration (users, articles, comments, follows,
    # favorites, tags); `V1__create_tables.sql`.
    "realworld_flyway": ("gothinkster/spring-boot-realworld-example-app", "ee17e31aafe733d98c4853c8b9a74d7f2f6c924a",
                         [("src/main/resources/db/migration/", "db/migration/")], (".sql",)),
    # Vercel's Next.js subscription starter on Supabase: users with billing address and payment
    # method, Stripe customers, products, prices, subscriptions; row-level security policies,
    # triggers on `auth.users`.
    "supabase_saas": ("vercel/nextjs-subscription-payments", "bdd0813206e47e6b218d42f15a7976c8a0d3c3eb",
                      [("supabase/migrations/", "supabase/migrations/")], (".sql",)),
    # Production dbt source package: Fivetran's Marketo (leads with e-mail, names, phones,
    # addresses; e-mail activities: sends, opens, clicks, bounces, unsubscribes; campaigns,
    # programs, e-mail templates).
    "marketo_dbt": ("fivetran/dbt_marketo_source", "766cf7c97f2eee08003c688c0f1ed06938586485",
                    [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/"), ("macros/", "macros/")],
                    (".yml", ".yaml", ".sql", ".md")),
    # BigQuery DDL of DfE Analytics' events table: web requests with the user's id, user agent,
    # referer and query, entity data as ARRAY<STRUCT<key, value>>, a hashed IP and user agent.
    "dfe_bigquery": ("DFE-Digital/dfe-analytics", "55c392c9e4e10031f306697724047231df5561e5",
                     [("docs/create-events-table.sql", "create-events-table.sql")], (".sql",)),
}


def main() -> None:
    # the copying is static10's (`fetch_local.copy_project`), with this benchmark's projects
    spec = importlib.util.spec_from_file_location("static10_fetch_local", HERE.parent / "static10" / "fetch_local.py")
    static10 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(static10)
    static10.main(PROJECTS, HERE, __doc__)


if __name__ == "__main__":
    main()
