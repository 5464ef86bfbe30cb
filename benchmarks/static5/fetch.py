"""Bring the one fetched project of the fifth static benchmark onto this machine.

zoneminder_mysql: ZoneMinder's MySQL/MariaDB install script (`zm_create.sql`), from the Debian
package `zoneminder` (GPL-2+), brought with `apt-get download` into `projects/` (not committed).
The four other projects are small excerpts committed under `committed/` with their licences.

    python benchmarks/static5/fetch.py
    python benchmarks/static/score.py --bench benchmarks/static5 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))

import fetch  # noqa: E402  (benchmarks/static/fetch.py)

PROJECTS = HERE / "projects"
DEBIAN = {"zoneminder_mysql": ("zoneminder", ["usr/share/zoneminder/db/zm_create.sql"])}

if __name__ == "__main__":
    PROJECTS.mkdir(exist_ok=True)
    fetch.main(projects=PROJECTS, debian=DEBIAN, pypi={})
