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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from static.registry_projects import Sources, fetch  # noqa: E402

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


def main() -> None:
    fetch(HERE / "projects", Sources(debian=DEBIAN, dumped=DUMPED, sdist=SDIST, bigquery=BIGQUERY,
                                     upgrades="upgrade"))


if __name__ == "__main__":
    main()
