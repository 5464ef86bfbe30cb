"""Bring the seven projects of the fourteenth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:jOOQ/sakila, github:knadh/listmonk,
    #   github:writefreely/writefreely, github:fivetran/dbt_klaviyo_source,
    #   github:hyunseokjoo/gcp-data-engineering, github:scottypate/skiguard,
    #   github:tomas-sobotik/olt_sf_cicd_demo, github:adarsh-2904/fetch_ddl_from_rs
    python benchmarks/static14/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static14 --verbose
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent

_RS = "Fetch_DDL_Output/ddl_output/mktg_ops_tbls/"
#: the Redshift dump's tables this benchmark reads (411 in all): constituents' e-mail and phone
#: appends, SMS subscribers, suppression lists, volunteers, recipients, NCOA address changes,
#: extracts, prospects, and a ZIP-code demographics reference table (no person in it)
_RS_TABLES = ("pacific_east_email_append", "pacific_east_phone_append", "mobile_commons_active",
              "global_suprs_cnst_email", "global_suprs_domain", "global_suprs_email", "vms_sta_indivs",
              "vms_sta_orgs", "sw_email_subscrb", "sw_email_unsubscrb", "awb_cdi_mstr_mrg", "awb_dmail_xtrct",
              "awb_dntn_xtrct", "awb_rcpnt_2_cdi_mstr", "utl_angry_client", "utl_mc_bounces",
              "cnst_addr_ncoa_log", "cnst_scr_acct", "dim_recipient", "campgn_prospct_list",
              "chptr_list_membrshp", "esri_zip_cd_demgrphc")

#: project -> (repository, commit, [(path prefix in the repository, path it takes in the project)],
#:             file suffixes copied)
PROJECTS: dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]] = {
    # Sakila's SQL Server port (T-SQL: IDENTITY, NONCLUSTERED keys, `[bracketed]` names, no
    # semicolons, `+` string concatenation in views).
    "sakila_tsql": ("jOOQ/sakila", "e089a5b1ec9af0df7a9c6a5d47d49fa1736a4e84",
                    [("sql-server-sakila-db/sql-server-sakila-schema.sql", "sakila-schema.sql")], (".sql",)),
    # A newsletter manager's PostgreSQL schema (listmonk: subscribers with JSONB attributes,
    # lists, campaigns, views and link clicks, bounces, users, roles, sessions), enums and
    # `CREATE TABLE IF NOT EXISTS`.
    "listmonk_pg": ("knadh/listmonk", "911e0b774abad4fbf7b534be43a34a80fb6ace5b",
                    [("schema.sql", "schema.sql")], (".sql",)),
    # A blogging platform's MySQL schema (WriteFreely: users, posts, collections (blogs),
    # access tokens, remote ActivityPub users and followers, user invites).
    "writefreely_mysql": ("writefreely/writefreely", "6384f4667b5adb3a7c571c8da26b99f93db697ce",
                          [("schema.sql", "schema.sql")], (".sql",)),
    # Production dbt source package: Fivetran's Klaviyo (people with e-mail, phone, address,
    # coordinates and time zone; events, flows, campaigns, lists, metrics), column descriptions.
    "klaviyo_dbt": ("fivetran/dbt_klaviyo_source", "17edf084b2044f537616f993470f8db3692064ea",
                    [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/")],
                    (".yml", ".yaml", ".sql", ".md")),
    # BigQuery DDL of a music-streaming event pipeline (auth, listen and page-view events with
    # the listener's name, gender, city, coordinates and user agent), Jinja `{{ }}` project and
    # dataset names, and the typos of a real repository (`BOOLEA`, `FLOAT6`).
    "streamify_bq": ("hyunseokjoo/gcp-data-engineering", "0d38e2ad9d5d6e6e1dea5e180170414a93f83372",
                     [("bigquery/", "bigquery/"), ("airflow/sql/", "airflow_sql/")], (".sql",)),
    # Snowflake: golang-migrate up/down files of a Snowflake account-security monitor (copies of
    # ACCOUNT_USAGE's users and login history: login names, e-mail, client IP).
    "skiguard_snowflake": ("scottypate/skiguard", "aa665cf0040f74bc4383aad495e218648cb47960",
                           [("db/schema/", "schema/")], (".sql",)),
    # Snowflake: schemachange versioned and repeatable scripts (`V1.1__users.sql`,
    # `R__view_users.sql`) with Jinja `{{ target_db }}`, an `ALTER TABLE … ADD COLUMN` and a view.
    "schemachange_snowflake": ("tomas-sobotik/olt_sf_cicd_demo", "ad520043e052f3d4c283c2aef77c165d8271510f",
                               [("db_objects/", "db_objects/")], (".sql",)),
    # Redshift DDL dumped from a nonprofit's marketing cluster (`ENCODE`, `DISTSTYLE KEY`,
    # `SORTKEY`, abbreviated column names such as `cnst_prsn_f_nm`), 22 of its 411 tables.
    "mktg_redshift": ("adarsh-2904/fetch_ddl_from_rs", "f7d8ca870aef2ac7d75c783a7b8c9bf5eba8be33",
                      [(f"{_RS}{table}.sql", f"mktg_ops_tbls/{table}.sql") for table in _RS_TABLES], (".sql",)),
}


def main() -> None:
    # the copying is static10's (`fetch_local.copy_project`), with this benchmark's projects
    spec = importlib.util.spec_from_file_location("static10_fetch_local", HERE.parent / "static10" / "fetch_local.py")
    static10 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(static10)
    static10.main(PROJECTS, HERE, __doc__)


if __name__ == "__main__":
    main()
