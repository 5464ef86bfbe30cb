"""Bring the four projects of the seventh static benchmark onto this machine.

Every file comes from a package registry with its own client (`apt-get download`, `pip
download` of an sdist) into `projects/` (not committed; README.md lists the licences):

- icinga2_ido_mysql: the MySQL install script of Icinga 2's IDO database and its upgrade
  scripts (Debian `icinga2-ido-mysql`);
- director_pgdump: the PostgreSQL schemas of Icinga Web 2 and of its Director module (Debian
  `icingaweb2`, `icingaweb2-module-director`), each loaded into a throwaway PostgreSQL server
  and written back by `pg_dump --schema-only`: the shape a team commits;
- fxa_accounts_bq, subplat_bq: BigQuery table schemas (`schema.yaml`, one folder per table) of
  Mozilla's production warehouse (PyPI sdist `mozilla-bigquery-etl`): the mirror of the Firefox
  Accounts database, and the subscription-platform and VPN datasets.

    python benchmarks/static7/fetch.py       # apt-get, pip, and a local PostgreSQL for the dumps
    python benchmarks/static/score.py --bench benchmarks/static7 --verbose
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
sys.path.insert(0, str(ROOT))

from tests.pg_cluster import _run_as_postgres, find_bindir, start_cluster  # noqa: E402

PROJECTS = HERE / "projects"
#: project -> (Debian package, files inside it (globs))
DEBIAN = {
    # monitoring: the IDO database's MySQL install script and its upgrade scripts
    "icinga2_ido_mysql": ("icinga2-ido-mysql", ["usr/share/icinga2-ido-mysql/schema/mysql.sql",
                                                "usr/share/icinga2-ido-mysql/schema/upgrade/*.sql"]),
}
#: project -> [(Debian package, the PostgreSQL schema file loaded and dumped, the dump's name)]
DUMPED = {
    "director_pgdump": [("icingaweb2", "usr/share/icingaweb2/schema/pgsql.schema.sql", "icingaweb2.sql"),
                        ("icingaweb2-module-director", "usr/share/icingaweb2/modules/director/schema/pgsql.sql",
                         "director.sql")],
}
SDIST = "mozilla-bigquery-etl==2025.2.1"
#: project -> datasets of the sdist's `sql/moz-fx-data-shared-prod/` whose table schemas it holds
BIGQUERY = {
    "fxa_accounts_bq": ["accounts_db_external"],
    "subplat_bq": ["subscription_platform_derived", "mozilla_vpn_derived"],
}


def _debian(work: Path, package: str) -> Path:
    unpacked = work / package
    if not unpacked.is_dir():
        subprocess.run(["apt-get", "download", package], cwd=work, check=True, capture_output=True)
        deb = next(work.glob(f"{package}_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    return unpacked


def _fresh(project: str) -> Path:
    target = PROJECTS / project
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    return target


def _copy_debian(work: Path) -> None:
    for project, (package, patterns) in DEBIAN.items():
        root, target = _debian(work, package), _fresh(project)
        for pattern in patterns:
            for file in sorted(root.glob(pattern)):
                name = file.name if file.parent.name != "upgrade" else f"upgrade-{file.name}"
                shutil.copy(file, target / name)


def _dump(work: Path) -> None:
    bindir = find_bindir()
    if bindir is None:
        sys.exit("no PostgreSQL binaries: run .ci/install-postgres.sh first")
    for project, schemas in DUMPED.items():
        target = _fresh(project)
        for package, schema, name in schemas:
            root = _debian(work, package)
            cluster = start_cluster(bindir)
            try:
                script = cluster.root / "schema.sql"
                shutil.copy(root / schema, script)
                if os.geteuid() == 0:  # psql runs as the postgres user (tests/pg_cluster.py)
                    shutil.chown(script, "postgres")
                host = ["-h", str(cluster.root), "-p", str(cluster.port), "-U", "postgres"]
                _run_as_postgres([str(bindir / "createdb"), *host, "db"])
                _run_as_postgres([str(bindir / "psql"), *host, "-q", "-v", "ON_ERROR_STOP=1", "-f", str(script), "db"])
                dumped = _run_as_postgres([str(bindir / "pg_dump"), *host, "--schema-only", "--no-owner", "db"])
            finally:
                cluster.stop()
            (target / name).write_text(dumped.stdout)


def _bigquery(work: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q",
                    "-d", str(work / "sdists"), SDIST], check=True)
    sdist = next((work / "sdists").glob("*.tar.gz"))
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "sdist", filter="data")
    top = next((work / "sdist").iterdir()) / "sql" / "moz-fx-data-shared-prod"
    for project, datasets in BIGQUERY.items():
        target = _fresh(project)
        for dataset in datasets:
            for schema in sorted((top / dataset).glob("*/schema.yaml")):
                folder = target / dataset / schema.parent.name
                folder.mkdir(parents=True)
                shutil.copy(schema, folder / "schema.yaml")


def main() -> None:
    PROJECTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _copy_debian(work)
        _dump(work)
        _bigquery(work)
    for project in sorted(p.name for p in PROJECTS.iterdir()):
        files = [f for f in (PROJECTS / project).rglob("*") if f.is_file()]
        print(f"{project}: {len(files)} files, {sum(f.stat().st_size for f in files):,} bytes")


if __name__ == "__main__":
    main()
