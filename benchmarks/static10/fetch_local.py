"""Bring the six projects of the tenth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:Sage-Bionetworks/snowflake,
    #   github:mattermost/mattermost-data-warehouse, github:dbt-labs/rapid-onboarding-exemplar,
    #   github:hackclub/data-warehouse
    python benchmarks/static10/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static10 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))
from local_projects import Projects, main as copy_all  # noqa: E402  (the shared copier, beside score.py)

MM_MODELS = "transform/mattermost-analytics/models/"
#: project -> (repository, commit, [(path prefix in the repository, path it takes in the project)],
#:             file suffixes copied)
PROJECTS: Projects = {
    # Snowflake DDL: schemachange migrations (Jinja `{{database_name}}`), tables, dynamic tables,
    # tasks, streams, comments, of Sage Bionetworks' Synapse data warehouse.
    "synapse_snowflake": ("Sage-Bionetworks/snowflake", "904249adca4c618bbf3da79d270a919b16e44b13",
                          [("synapse_data_warehouse/", "synapse_data_warehouse/")], (".sql",)),
    # The same warehouse's dbt project (Snowflake adapter): sources and models with data types.
    "synapse_dbt": ("Sage-Bionetworks/snowflake", "904249adca4c618bbf3da79d270a919b16e44b13",
                    [("transform/", "")], (".yml", ".yaml", ".sql", ".md")),
    # A production dbt warehouse on Snowflake: a part of Mattermost's `mattermost-analytics`
    # project (the customer web server's trial requests and licences, NPS, docs feedback,
    # product telemetry of several plugins, GeoLite lookups, sales and marketing marts).
    "mattermost_dbt": ("mattermost/mattermost-data-warehouse", "61af2424d790a8f83267f2b9ee12589fd32bcfa9",
                       [("transform/mattermost-analytics/dbt_project.yml", "dbt_project.yml")]
                       + [(MM_MODELS + part + "/", "models/" + part + "/") for part in (
                           "staging/cws", "staging/mattermost_nps", "staging/geolite", "staging/hacktoberboard_prod",
                           "staging/incident_response_prod", "staging/copilot", "staging/mattermost_docs",
                           "staging/portal_prod", "staging/mattermostcom", "marts/sales", "marts/marketing",
                           "marts/web_app", "marts/common")],
                       (".yml", ".yaml", ".sql", ".md")),
    # The same company's earlier dbt project (`snowflake-dbt`), without its seeds (CSV data).
    "mattermost_legacy_dbt": ("mattermost/mattermost-data-warehouse", "61af2424d790a8f83267f2b9ee12589fd32bcfa9",
                              [("transform/snowflake-dbt/", "")], (".yml", ".yaml", ".sql", ".md")),
    # dbt Labs' onboarding exemplar (Snowflake; TPC-H sample data, jaffle shop, Stripe sources).
    "rapid_onboarding_dbt": ("dbt-labs/rapid-onboarding-exemplar", "5a9d2d18c4c1592a22c94a666ce0ec65fda81376",
                             [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/"), ("macros/", "macros/"),
                              ("snapshots/", "snapshots/"), ("analysis/", "analysis/")],
                             (".yml", ".yaml", ".sql", ".md")),
    # Hack Club's warehouse dbt project (PostgreSQL): grants, payments and reimbursements ledgers.
    "hackclub_dbt": ("hackclub/data-warehouse", "4d40234ede62a784e3de7712b2b14f00e4528676",
                     [("orpheus_engine_dbt/", "")], (".yml", ".yaml", ".sql", ".md")),
}


def main(projects: Projects | None = None, here: Path = HERE, description: str = __doc__) -> None:
    # static11-18 call this with their own projects; the copying is the shared local_projects'
    copy_all(projects or PROJECTS, here, description)


if __name__ == "__main__":
    main()
