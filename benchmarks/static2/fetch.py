"""Bring the schema code of the second static benchmark onto this machine.

Four projects whose schema files ship in Debian packages, fetched with `apt-get download` (the
registry's own client, at install time) into `projects/` (not committed); the download and
unpacking are benchmarks/static/fetch.py's.

    python benchmarks/static2/fetch.py
    python benchmarks/static/score.py --bench benchmarks/static2 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))

import fetch  # noqa: E402  (benchmarks/static/fetch.py)

#: project -> (Debian package, files inside it (globs))
DEBIAN = {
    "gammu": ("gammu-smsd", ["usr/share/doc/gammu-smsd/examples/pgsql.sql"]),
    "ejabberd": ("ejabberd", ["usr/share/ejabberd/sql/pg.new.sql"]),
    "request_tracker": ("request-tracker5", ["usr/share/request-tracker5/etc/schema.mysql"]),
    "davical": ("davical", ["usr/share/davical/dba/davical.sql"]),
}

if __name__ == "__main__":
    fetch.main(HERE / "projects", DEBIAN, {})
