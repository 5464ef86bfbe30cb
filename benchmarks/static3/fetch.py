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

import os
import shutil
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
from tests.pg_cluster import _run_as_postgres, find_bindir, start_cluster  # noqa: E402

PROJECTS = HERE / "projects"
DEBIAN = {"mediawiki": ("mediawiki", ["usr/share/mediawiki/maintenance/tables-generated.sql"])}
NPM = {"logto": ("@logto/schemas@1.43.0", ["package/tables/*.sql"])}
#: project -> (Debian package, the schema file loaded and dumped)
DUMPED = {"ttrss_pgdump": ("tt-rss", "usr/share/tt-rss/schema/ttrss_schema_pgsql.sql")}


def _npm(work: Path) -> None:
    for project, (spec, patterns) in NPM.items():
        packed = subprocess.run(["npm", "pack", spec, "--silent"], cwd=work, check=True, capture_output=True,
                                text=True).stdout.split()[-1]
        with tarfile.open(work / packed) as archive:
            archive.extractall(work / project, filter="data")
        fetch._copy(work / project, patterns, project, PROJECTS)


def _dump(work: Path) -> None:
    bindir = find_bindir()
    if bindir is None:
        sys.exit("no PostgreSQL binaries: run .ci/install-postgres.sh first")
    for project, (package, schema) in DUMPED.items():
        subprocess.run(["apt-get", "download", package], cwd=work, check=True, capture_output=True)
        deb = next(work.glob(f"{package}_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), str(work / project)], check=True)
        cluster = start_cluster(bindir)
        try:
            script = cluster.root / "schema.sql"
            shutil.copy(work / project / schema, script)
            if os.geteuid() == 0:  # psql runs as the postgres user (tests/pg_cluster.py)
                shutil.chown(script, "postgres")
            host = ["-h", str(cluster.root), "-p", str(cluster.port), "-U", "postgres"]
            _run_as_postgres([str(bindir / "createdb"), *host, project])
            _run_as_postgres([str(bindir / "psql"), *host, "-q", "-v", "ON_ERROR_STOP=1", "-f", str(script), project])
            dumped = _run_as_postgres([str(bindir / "pg_dump"), *host, "--schema-only", "--no-owner", project])
        finally:
            cluster.stop()
        target = PROJECTS / project
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        (target / "schema.sql").write_text(dumped.stdout)


def main() -> None:
    PROJECTS.mkdir(exist_ok=True)
    fetch.main(PROJECTS, DEBIAN, {})
    with tempfile.TemporaryDirectory() as tmp:
        _npm(Path(tmp))
        _dump(Path(tmp))
    for project in sorted(p.name for p in PROJECTS.iterdir()):
        print(f"{project}: {len(list((PROJECTS / project).iterdir()))} files")


if __name__ == "__main__":
    main()
