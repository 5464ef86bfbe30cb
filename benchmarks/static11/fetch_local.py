"""Bring the six projects of the eleventh static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:fivetran/dbt_salesforce_source,
    #   github:fivetran/dbt_greenhouse_source, github:pocket-id/pocket-id,
    #   github:openstreetmap/openstreetmap-website, github:osTicket/osTicket,
    #   github:GoogleCloudPlatform/data-analytics-golden-demo
    python benchmarks/static11/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static11 --verbose
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: project -> (repository, commit, [(path prefix in the repository, path it takes in the project)],
#:             file suffixes copied)
PROJECTS: dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]] = {
    # Production dbt package: Fivetran's Salesforce source (accounts, contacts, leads,
    # opportunities, users, tasks, events, orders, history tables), rich column descriptions.
    "salesforce_dbt": ("fivetran/dbt_salesforce_source", "6a060f9957d27d287fa5b55bc27ed0e92d1d96a4",
                       [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/")],
                       (".yml", ".yaml", ".sql", ".md")),
    # Production dbt package: Fivetran's Greenhouse source (an applicant-tracking system:
    # candidates, applications, interviews, scorecards, EEOC answers, recruiters).
    "greenhouse_dbt": ("fivetran/dbt_greenhouse_source", "e5d7f275881df8e66ee170ba05e02688ef65fbc1",
                       [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/")],
                       (".yml", ".yaml", ".sql", ".md")),
    # An OIDC provider's PostgreSQL migrations (users, passkeys, OIDC clients, codes, tokens,
    # audit logs, LDAP sync, signup tokens), golang-migrate `*.up.sql` files.
    "pocketid_pg": ("pocket-id/pocket-id", "d258d952b1573300860aff369e300a76f6fb5f09",
                    [("backend/resources/migrations/postgres/", "migrations/")], (".up.sql",)),
    # pg_dump of a large web application's schema: OpenStreetMap's `db/structure.sql` (users,
    # changesets, notes and comments, diary entries, messages, traces, blocks, OAuth).
    "osm_pgdump": ("openstreetmap/openstreetmap-website", "9da0fa5ecbff8adc5e6e91c7cf22546755a91f77",
                   [("db/structure.sql", "structure.sql")], (".sql",)),
    # A helpdesk's MySQL install script (osTicket: tickets, threads, staff, users, organisations,
    # sessions, drafts, attachments), `%TABLE_PREFIX%` placeholders.
    "osticket_mysql": ("osTicket/osTicket", "4689926b2d3d25754f0ddcf8d4e181a2817f6d56",
                       [("setup/inc/streams/core/install-mysql.sql", "install-mysql.sql")], (".sql",)),
    # BigQuery DDL of Google's data-governance demo (customers, orders, products, raw and curated
    # datasets), `${project_id}` placeholders, OPTIONS, CLUSTER BY.
    "governance_bq": ("GoogleCloudPlatform/data-analytics-golden-demo", "56a3a0728cc0509c728d1d6119ea0ef995af3dd6",
                      [("data-analytics-demos/bigquery-data-governance/sql-scripts/", "")], (".sql",)),
}


def main() -> None:
    # the copying is static10's (`fetch_local.copy_project`), with this benchmark's projects
    spec = importlib.util.spec_from_file_location("static10_fetch_local", HERE.parent / "static10" / "fetch_local.py")
    static10 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(static10)
    static10.main(PROJECTS, HERE, __doc__)


if __name__ == "__main__":
    main()
