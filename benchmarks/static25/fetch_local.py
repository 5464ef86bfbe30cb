"""Bring the projects of the twenty-fifth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:fivetran/dbt_jira_source,
    #   github:stephane-klein/ecommerce-database-examples, github:kymppi/kuura,
    #   github:authnomicon/postgresql, github:yukikongju/Miscellaneous-Projects
    python benchmarks/static25/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static25 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))
from local_projects import Projects, main  # noqa: E402  (the shared copier, beside score.py)

PROJECTS: Projects = {
    # Production dbt package: Fivetran's Jira source (an issue tracker: users with display name,
    # e-mail, locale and time zone; issues with reporter, assignee, creator, descriptions;
    # comments with their author and body; field history with who changed what).
    "jira_dbt": ("fivetran/dbt_jira_source", "5e8bc438efc043c37b8df9a96f847304d9df2c7e",
                 [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/")],
                 (".yml", ".yaml", ".sql", ".md")),
    # Medusa 1.7's PostgreSQL schema as pg_dump writes it (`public.` names, ENUM types):
    # customers with names, e-mail, phone and billing address; addresses; carts and orders with
    # the buyer's e-mail and context (IP, user agent); admin users, invites, notes, claims,
    # returns, swaps, gift cards, notifications.
    "medusa_pgdump": ("stephane-klein/ecommerce-database-examples", "d52aaa18ee964488d61b3ac7f3f4caca120afd80",
                      [("medusa/schema-1.7.14.sql", "schema.sql")], (".sql",)),
    # PrestaShop 8.0's MySQL schema (`ps_` prefix, 273 tables): customers with names, birthday,
    # e-mail, company, SIRET and APE codes, IP; addresses with phones, VAT number and DNI;
    # guests and connections with IP, referrer, browser and OS; customer service threads and
    # messages; employees; orders, carts, newsletter e-mails.
    "prestashop_mysql": ("stephane-klein/ecommerce-database-examples", "d52aaa18ee964488d61b3ac7f3f4caca120afd80",
                         [("prestashop/schema-8.0.2.sql", "schema.sql")], (".sql",)),
    # An authentication server's PostgreSQL migrations (Kuura, sql-migrate `-- +migrate Up/Down`
    # sections: users with username and SRP verifier, user sessions, machine-to-machine
    # sessions, services with a contact's name and e-mail added later, columns dropped again).
    "kuura_migrations_postgres": ("kymppi/kuura", "a68e32230520f455e86085d9d30e57e8bcb1b7af",
                                  [("internal/db_migrations/", "migrations/")], (".sql",)),
    # An OpenID provider's PostgreSQL schema files (authnomicon: users with the OpenID Connect /
    # SCIM profile — family, given and middle names, nickname, e-mails, phones and addresses as
    # composite-type arrays, gender, birthday — federated credentials, OAuth clients, grants).
    "authnomicon_postgres": ("authnomicon/postgresql", "a734876214f7a87f04da6d571ac12e9ff8437de4",
                             [("lib/schema/", "schema/")], (".sql",)),
    # BigQuery DDL of a mobile app's marketing warehouse (Relax Melodies' late-conversion
    # tables: per-user daily installs, trials, payments and renewals with user id, app instance
    # id, country, traffic source, UTM, page title, location and referrer; aggregates by
    # network and country).
    "relax_bigquery": ("yukikongju/Miscellaneous-Projects", "e36435cb13b9b0918ca2a857b0071580045d7182",
                       [("LTVPredictions/tables/", "tables/")], (".sql",)),
}


if __name__ == "__main__":
    main(PROJECTS, HERE, __doc__)
