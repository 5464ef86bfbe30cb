"""Bring the schema code of the static benchmark's projects onto this machine.

Six projects come from Debian and PyPI packages (the ordinary clients, `apt-get download` and
`pip download`, at install time): the files are unpacked under `projects/` (not committed).
Two small excerpts are committed under `committed/` with their licences (SOURCES.md).

    python benchmarks/static/fetch.py        # then: python benchmarks/static/score.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECTS = HERE / "projects"

#: project -> (Debian package, files inside it (globs), dialect)
DEBIAN = {
    "roundcube": ("roundcube-core", ["usr/share/roundcube/SQL/postgres.initial.sql"]),
    "kamailio": ("kamailio-mysql-modules", [f"usr/share/kamailio/mysql/{m}-create.sql" for m in (
        "acc", "alias_db", "auth_db", "dialplan", "dispatcher", "domain", "group", "lcr", "msilo", "permissions",
        "presence", "siptrace", "speeddial", "userblocklist", "usrloc")]),
    "freeradius": ("freeradius-config", ["etc/freeradius/3.0/mods-config/sql/*/postgresql/schema.sql",
                                         "etc/freeradius/3.0/mods-config/sql/main/postgresql/process-radacct.sql"]),
    "opendmarc": ("opendmarc", ["usr/share/dbconfig-common/data/opendmarc/install/mysql"]),
    "pdns": ("pdns-backend-pgsql", ["usr/share/pdns-backend-pgsql/schema/schema.pgsql.sql"]),
}
#: project -> (PyPI requirement, files inside the wheel (globs))
PYPI = {
    "synapse": ("matrix-synapse==1.163.2", ["synapse/storage/schema/main/full_schemas/72/full.sql.postgres"]),
}


def _copy(root: Path, patterns: list[str], project: str, projects: Path = PROJECTS) -> None:
    target = projects / project
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for pattern in patterns:
        for file in sorted(root.glob(pattern)):
            rel = file.relative_to(root)
            # keep the folder names that tell files apart (freeradius: main/, ippool/...), end in .sql
            name = "__".join(rel.parts[-3:]) if project == "freeradius" else rel.name
            if not name.endswith(".sql"):  # `full.sql.postgres`, Request Tracker's `schema.mysql`
                name = name.removesuffix(".postgres").removesuffix(".mysql") + ".sql"
            shutil.copy(file, target / name)


def main(projects: Path = PROJECTS, debian: dict[str, tuple[str, list[str]]] = DEBIAN,
         pypi: dict[str, tuple[str, list[str]]] = PYPI) -> None:
    """Download each package with its registry's own client and copy the schema files out."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for project, (package, patterns) in debian.items():
            subprocess.run(["apt-get", "download", package], cwd=work, check=True, capture_output=True)
            deb = next(work.glob(f"{package}_*.deb"))
            subprocess.run(["dpkg-deb", "-x", str(deb), str(work / project)], check=True)
            _copy(work / project, patterns, project, projects)
        for project, (requirement, patterns) in pypi.items():
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(work), requirement],
                           check=True)
            wheel = next(work.glob("*.whl"))
            with zipfile.ZipFile(wheel) as archive:
                archive.extractall(work / project)
            _copy(work / project, patterns, project, projects)
    for project in sorted(p.name for p in projects.iterdir()):
        files = sorted((projects / project).iterdir())
        print(f"{project}: {len(files)} files")


if __name__ == "__main__":
    main()
