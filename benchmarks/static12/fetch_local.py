"""Bring the six projects of the twelfth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:fivetran/dbt_github_source,
    #   github:pthom/northwind_psql, github:Piwigo/Piwigo, github:authgear/authgear-server,
    #   github:Snowflake-Labs/sfguide-getting-started-with-player-360-unlocking-churn-prediction-and-game-optimization,
    #   github:pmgraham/biglake-iceberg-pipeline
    python benchmarks/static12/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static12 --verbose
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: project -> (repository, commit, [(path prefix in the repository, path it takes in the project)],
#:             file suffixes copied)
PROJECTS: dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]] = {
    # Production dbt package: Fivetran's GitHub source (users, issues, pull requests, reviews,
    # comments, assignees, teams, repositories), column descriptions.
    "github_dbt": ("fivetran/dbt_github_source", "470e60c48f27775b81c33d37de2baf6256546b50",
                   [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/")],
                   (".yml", ".yaml", ".sql", ".md")),
    # pg_dump of the Northwind sample database (customers, employees with home addresses,
    # birth dates, photos and notes, orders shipped to people, suppliers, shippers).
    "northwind_pgdump": ("pthom/northwind_psql", "cd0ef28d66369fbe177778e604e4be0f153c9e5c",
                         [("northwind.sql", "northwind.sql")], (".sql",)),
    # A photo gallery's MySQL install script (Piwigo: users, user infos, comments, images with
    # GPS coordinates, history with IP addresses, sessions, activity), `piwigo_` table prefix.
    "piwigo_mysql": ("Piwigo/Piwigo", "1b1c89867e0eb8e090a16b9ca3ee817cadbc73a9",
                     [("install/piwigo_structure-mysql.sql", "piwigo_structure-mysql.sql")], (".sql",)),
    # An authentication service's PostgreSQL migrations (Authgear: users, identities, login ids,
    # OAuth, passkeys, authenticators, sessions, verified claims, audit logs), sql-migrate files
    # with `-- +migrate Up` and `-- +migrate Down` sections in one file.
    "authgear_pg": ("authgear/authgear-server", "fa7a7d551dda42c274bf388ae57aadc780e8472c",
                    [("cmd/authgear/cmd/cmddatabase/migrations/authgear/", "migrations/authgear/"),
                     ("cmd/authgear/cmd/cmdaudit/migrations/audit/", "migrations/audit/")], (".sql",)),
    # Snowflake DDL of a game studio's player-360 guide: raw tables created `USING TEMPLATE
    # (… INFER_SCHEMA …)` (no column list), dynamic tables and CTAS in the analytic schema.
    "player360_snowflake": ("Snowflake-Labs/sfguide-getting-started-with-player-360-unlocking-churn-prediction-and-game-optimization",
                            "16141498e96946aefd156694297d8bd8d0a5b517",
                            [("scripts/", "scripts/")], (".sql",)),
    # BigQuery DDL of the public thelook_ecommerce dataset (users with addresses and
    # coordinates, web events with IP, orders), BigLake Iceberg tables `WITH CONNECTION … OPTIONS`.
    "thelook_bq": ("pmgraham/biglake-iceberg-pipeline", "5000186140dc75292caf6363fdf03d8eae1b417b",
                   [("test_data/thelook_ecommerce/ddl/", "ddl/"),
                    ("test_data/thelook_ecommerce/silver/ddl/", "silver/ddl/")], (".sql",)),
}


def main() -> None:
    # the copying is static10's (`fetch_local.copy_project`), with this benchmark's projects
    spec = importlib.util.spec_from_file_location("static10_fetch_local", HERE.parent / "static10" / "fetch_local.py")
    static10 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(static10)
    static10.main(PROJECTS, HERE, __doc__)


if __name__ == "__main__":
    main()
