"""Bring the schema code of the third static benchmark onto this machine.

Three projects come from package registries with their ordinary clients (`npm pack`,
`apt-get download`, at install time) into `projects/` (not committed):

- logto: the auth service's PostgreSQL table scripts, from the npm package `@logto/schemas`;
- mediawiki: MediaWiki's MySQL install script, from the Debian package `mediawiki`;
- ttrss_pgdump: Tiny Tiny RSS's PostgreSQL schema (Debian `tt-rss`) loaded into a throwaway
  PostgreSQL server and written back by `pg_dump --schema-only`: the shape a team commits
  when it keeps a dump of its production schema.

The fourth, zendesk_dbt (Fivetran's dbt package for Zendesk, Apache-2.0), is committed under
`committed/`.

    python benchmarks/static3/fetch.py
    python benchmarks/static/score.py --bench benchmarks/static3 --verbose
"""
from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent / "static"))
sys.path.insert(0, str(ROOT))

import fetch  # noqa: E402  (benchmarks/static/fetch.py)
from registry_projects import Sources, dump_schemas  # noqa: E402  (benchmarks/static/registry_projects.py)

PROJECTS = HERE / "projects"
DEBIAN = {"mediawiki": ("mediawiki", ["usr/share/mediawiki/maintenance/tables-generated.sql"])}
NPM = {"logto": ("@logto/schemas@1.43.0", ["package/tables/*.sql"])}
#: project -> [(Debian package, the schema file loaded and dumped, the dump's name)]
DUMPED = {"ttrss_pgdump": [("tt-rss", "usr/share/tt-rss/schema/ttrss_schema_pgsql.sql", "schema.sql")]}


def _npm(work: Path) -> None:
    for project, (spec, patterns) in NPM.items():
        packed = subprocess.run(["npm", "pack", spec, "--silent"], cwd=work, check=True, capture_output=True,
                                text=True).stdout.split()[-1]
        with tarfile.open(work / packed) as archive:
            archive.extractall(work / project, filter="data")
        fetch._copy(work / project, patterns, project, PROJECTS)


def main() -> None:
    PROJECTS.mkdir(exist_ok=True)
    fetch.main(PROJECTS, DEBIAN, {})
    with tempfile.TemporaryDirectory() as tmp:
        _npm(Path(tmp))
        dump_schemas(Path(tmp), PROJECTS, Sources(dumped=DUMPED))
    for project in sorted(p.name for p in PROJECTS.iterdir()):
        print(f"{project}: {len(list((PROJECTS / project).iterdir()))} files")


if __name__ == "__main__":
    main()
