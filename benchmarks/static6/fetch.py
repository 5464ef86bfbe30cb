"""Bring the five projects of the sixth static benchmark onto this machine.

Every file comes from a package registry with its own client (`apt-get download`, `pip
download` of an sdist) and is unpacked under `projects/` (not committed; SOURCES.md lists the
licences). Gzipped files are unzipped; files whose names collide get their folder's name.

    python benchmarks/static6/fetch.py
    python benchmarks/static/score.py --bench benchmarks/static6 --verbose
"""
from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECTS = HERE / "projects"

#: project -> (Debian package, files inside it (globs))
DEBIAN = {
    # OAuth2 / OpenID Connect identity server: full PostgreSQL schema and the upgrade migrations
    "glewlwyd_pg": ("glewlwyd", ["usr/share/doc/glewlwyd/database/init.postgre.sql.gz",
                                 "usr/share/doc/glewlwyd/database/upgrade-*-core.postgre.sql"]),
    # network graphing: the MySQL install script
    "cacti_mysql": ("cacti", ["usr/share/cacti/conf_templates/cacti.sql"]),
    # XMPP server: authentication and storage tables, MySQL, set-up and update scripts
    "jabberd2_mysql": ("jabberd2", ["usr/share/doc/jabberd2/db-setup.mysql.gz",
                                    "usr/share/doc/jabberd2/db-update.mysql"]),
    # intrusion-detection event store (IDMEF): the dbconfig-common PostgreSQL install script
    "prelude_pg": ("prelude-manager", ["usr/share/dbconfig-common/data/prelude-manager/install/pgsql"]),
}
#: project -> (PyPI requirement, files inside the sdist (globs, below its top folder))
PYPI_SDIST = {
    # BigQuery DDL of an agent-analytics SDK's examples (context graph tables, an orders fixture)
    "bqaa_bigquery": ("bigquery-agent-analytics==0.6.1", [
        "examples/context_graph/table_ddl.sql", "examples/context_graph/codelab/table_ddl.sql",
        "examples/okf_attested_computation/fixtures/fixture.sql"]),
}


def _copy(root: Path, patterns: list[str], target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for pattern in patterns:
        for file in sorted(root.glob(pattern)):
            name = file.name.removesuffix(".gz")
            if (target / name).exists() or name == "table_ddl.sql":
                name = f"{file.parent.name}__{name}"
            if not name.endswith(".sql"):  # `db-setup.mysql`, dbconfig-common's `pgsql`
                name += ".sql"
            data = gzip.decompress(file.read_bytes()) if file.suffix == ".gz" else file.read_bytes()
            (target / name).write_bytes(data)


def main(projects: Path = PROJECTS) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for project, (package, patterns) in DEBIAN.items():
            subprocess.run(["apt-get", "download", package], cwd=work, check=True, capture_output=True)
            deb = next(work.glob(f"{package}_*.deb"))
            subprocess.run(["dpkg-deb", "-x", str(deb), str(work / project)], check=True)
            _copy(work / project, patterns, projects / project)
        for project, (requirement, patterns) in PYPI_SDIST.items():
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q",
                            "-d", str(work / "sdists"), requirement], check=True)
            sdist = next((work / "sdists").glob("*.tar.gz"))
            with tarfile.open(sdist) as archive:
                archive.extractall(work / project, filter="data")
            top = next((work / project).iterdir())
            _copy(top, patterns, projects / project)
    for project in sorted(p.name for p in projects.iterdir()):
        files = sorted((projects / project).iterdir())
        print(f"{project}: {len(files)} files, {sum(f.stat().st_size for f in files):,} bytes")


if __name__ == "__main__":
    main()
