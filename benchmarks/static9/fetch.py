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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from static.registry_projects import Sources, fetch  # noqa: E402

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


def main() -> None:
    fetch(HERE / "projects", Sources(debian=DEBIAN, dumped=DUMPED, sdist=SDIST, bigquery=BIGQUERY,
                                     upgrades="update"))


if __name__ == "__main__":
    main()
