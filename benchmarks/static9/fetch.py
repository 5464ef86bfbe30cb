"""Bring the six projects of the ninth static benchmark onto this machine.

Every file comes from a package registry with its own client (`apt-get download`, `pip
download` of an sdist) into `projects/` (not committed; README.md lists the licences):

- zabbix_mysql: the MySQL install script of the Zabbix monitoring server and its PHP frontend
  (Debian `zabbix-server-mysql`, `schema.sql.gz`, uncompressed);
- ocs_mysql: the MySQL install script of OCS Inventory NG's PHP console and its upgrade
  scripts (Debian `ocsinventory-reports`, `files/ocsbase.sql`, `files/update/*.sql`);
- phpmyadmin_mysql: phpMyAdmin's configuration-storage install script and its upgrades
  (Debian `phpmyadmin`, `sql/*.sql`);
- ledgersmb_pgdump: LedgerSMB's PostgreSQL schema (Debian `ledgersmb`, `sql/Pg-database.sql`),
  loaded into a throwaway PostgreSQL server and written back by `pg_dump --schema-only`;
- coturn_pg: the PostgreSQL schema of the coturn TURN server's user database (Debian `coturn`);
- braze_bq: BigQuery table schemas (`schema.yaml`, one folder per table) of a production
  warehouse's Braze datasets (PyPI sdist `mozilla-bigquery-etl`: `braze_derived`,
  `braze_external`).

    python benchmarks/static9/fetch.py       # apt-get, pip, and a local PostgreSQL for the dump
    python benchmarks/static/score.py --bench benchmarks/static9 --verbose
"""
from __future__ import annotations

import gzip
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
    "zabbix_mysql": ("zabbix-server-mysql", ["usr/share/zabbix-server-mysql/schema.sql.gz"]),
    "ocs_mysql": ("ocsinventory-reports", ["usr/share/ocsinventory-reports/files/ocsbase.sql",
                                           "usr/share/ocsinventory-reports/files/update/*.sql"]),
    "phpmyadmin_mysql": ("phpmyadmin", ["usr/share/phpmyadmin/sql/*.sql"]),
    "coturn_pg": ("coturn", ["usr/share/coturn/schema.sql"]),
}
#: project -> [(Debian package, the PostgreSQL schema file loaded and dumped, the dump's name)]
DUMPED = {
    "ledgersmb_pgdump": [("ledgersmb", "usr/share/ledgersmb/sql/Pg-database.sql", "ledgersmb.sql")],
}
SDIST = "mozilla-bigquery-etl==2025.2.1"
#: project -> datasets of the sdist's `sql/moz-fx-data-shared-prod/` whose table schemas it holds
BIGQUERY = {
    "braze_bq": ["braze_derived", "braze_external"],
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
                name = file.name if file.parent.name != "update" else f"update-{file.name}"
                if name.endswith(".gz"):
                    (target / name[:-3]).write_bytes(gzip.decompress(file.read_bytes()))
                else:
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
