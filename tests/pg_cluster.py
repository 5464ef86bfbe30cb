"""A throwaway PostgreSQL cluster for tests and benchmarks: a real server, never a mock.

`start_cluster()` runs `initdb` into a temporary folder and `pg_ctl start` on a free
localhost port (as the `postgres` user when we run as root, since PostgreSQL refuses to run
as root); `PgCluster.stop()` stops it and removes the folder.
"""
from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


def find_bindir() -> Path | None:
    """The folder holding `initdb` and `pg_ctl`, from PATH or Debian's versioned layout."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PgCluster:
    bindir: Path
    root: Path
    port: int
    password: str
    host: str = "127.0.0.1"
    user: str = "postgres"

    def url(self, user: str | None = None, password: str | None = None, dbname: str = "postgres") -> str:
        return (f"postgresql://{user or self.user}:{password or self.password}"
                f"@{self.host}:{self.port}/{dbname}")

    def stop(self) -> None:
        _run_as_postgres([str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate",
                          "-w", "stop"], check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def _run_as_postgres(argv: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root
        argv = ["runuser", "-u", "postgres", "--", *argv]
    return subprocess.run(argv, check=check, capture_output=True, text=True)


def start_cluster(bindir: Path, *, settings: dict[str, str] | None = None) -> PgCluster:
    """initdb + start; raises `RuntimeError` with the server log if it does not come up."""
    root = Path(tempfile.mkdtemp(prefix="datamap-pg-"))
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(root, account.pw_uid, account.pw_gid)
    password = "Pw-" + secrets.token_hex(10)
    pwfile = root / "pw"
    pwfile.write_text(password + "\n")
    if os.geteuid() == 0:
        os.chown(pwfile, account.pw_uid, account.pw_gid)
    init = _run_as_postgres([str(bindir / "initdb"), "-D", str(root / "data"), "-U", "postgres",
                             f"--pwfile={pwfile}", "--auth-local=trust", "--auth-host=scram-sha-256",
                             "-E", "UTF8", "--no-locale"], check=False)
    if init.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
    port = _free_port()
    options = {"listen_addresses": "127.0.0.1", "unix_socket_directories": str(root), "fsync": "off",
               "synchronous_commit": "off", "full_page_writes": "off", "max_connections": "50",
               **(settings or {})}
    opts = f"-p {port} " + " ".join(f"-c {key}={value}" for key, value in options.items())
    start = _run_as_postgres([str(bindir / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "log"),
                              "-o", opts, "-w", "-t", "60", "start"], check=False)
    if start.returncode != 0:
        log = (root / "log").read_text() if (root / "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {start.stderr.strip()}\n{log[-2000:]}")
    return PgCluster(bindir=bindir, root=root, port=port, password=password)


def run_against_postgres(action: Callable[[str], None], url: str | None = None,
                         settings: dict[str, str] | None = None) -> None:
    """`action(url)` on the given database, or on a throwaway cluster started for it (the
    benchmarks' entry point); exits with a clear message when PostgreSQL is not installed."""
    if url:
        action(url)
        return
    bindir = find_bindir()
    if bindir is None:
        sys.exit("no PostgreSQL binaries: run .ci/install-postgres.sh or pass --url")
    cluster = start_cluster(bindir, settings=settings)
    try:
        action(cluster.url())
    finally:
        cluster.stop()
