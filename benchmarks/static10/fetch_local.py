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

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

MM_MODELS = "transform/mattermost-analytics/models/"
#: project -> (repository, commit, [(path prefix in the repository, path it takes in the project)],
#:             file suffixes copied)
PROJECTS: dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]] = {
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


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), *args], check=True, capture_output=True).stdout


def copy_project(mirror: Path, name: str, out: Path,
                 projects: dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]] | None = None) -> int:
    repository, commit, parts, suffixes = (projects or PROJECTS)[name]
    repo = mirror / repository.replace("/", "+") / "repo"
    if not repo.is_dir():
        sys.exit(f"{repo}: missing; bring github:{repository} with the fetch tool first")
    target = out / name
    shutil.rmtree(target, ignore_errors=True)
    files = _git(repo, "ls-tree", "-r", "--name-only", commit).decode().splitlines()
    copied = 0
    for prefix, into in parts:
        for path in files:
            if not (path == prefix or (prefix.endswith("/") and path.startswith(prefix))):
                continue
            if not path.endswith(suffixes) and path != prefix:
                continue
            dest = target / (into + path[len(prefix):] if prefix.endswith("/") else into)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(_git(repo, "show", f"{commit}:{path}"))
            copied += 1
    return copied


def main(projects: dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]] | None = None,
         here: Path = HERE, description: str = __doc__) -> None:
    """Copy `projects` (default: this benchmark's) into `here`/projects (static11 uses it too)."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    out = here / "projects"
    for name in projects or PROJECTS:
        print(f"{name}: {copy_project(args.mirror, name, out, projects)} files")


if __name__ == "__main__":
    main()
