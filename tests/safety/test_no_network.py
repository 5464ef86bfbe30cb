"""No network at run time, proven: every command a user runs succeeds inside a network
namespace with no interface but a downed loopback (`unshare -n`), and, where strace is
installed, makes no connect() call at all (DNS included): Presidio, spaCy and tldextract load
from installed packages, DuckDB installs no extension."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _namespace_refusal() -> str | None:
    """Why a network namespace cannot be made here, or None when it can."""
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is not installed"
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"unshare -n is not permitted here (needs root or user namespaces): {probe.stderr.strip()}"
    return None


REFUSAL = _namespace_refusal()
pytestmark = pytest.mark.skipif(REFUSAL is not None, reason=REFUSAL or "")


def _sources(root: Path) -> list[str]:
    """Beside the demo data: a DuckDB and a SQLite database and a free-text log whose e-mails
    and URLs go through Presidio's e-mail recognizer and tldextract."""
    warehouse = root / "warehouse.duckdb"
    con = duckdb.connect(str(warehouse))
    con.execute("CREATE TABLE users AS SELECT 'user' || i || '@example.com' AS email, "
                "'198.51.100.' || (i % 250) AS ip FROM range(300) t(i)")
    con.close()
    app = root / "app.sqlite"
    lite = sqlite3.connect(app)
    lite.execute("CREATE TABLE visits (phone TEXT, url TEXT)")
    lite.executemany("INSERT INTO visits VALUES (?, ?)",
                     [(f"+1 415 555 01{i % 100:02d}", f"https://shop.example.co.uk/p/{i}") for i in range(200)])
    lite.commit()
    lite.close()
    notes = root / "notes"
    notes.mkdir()
    (notes / "support.log").write_text("".join(
        f"2024-10-10 13:55:{i % 60:02d} INFO support - ticket {i} from Jane Doe <jane{i}@mail.example.org> "
        f"about https://www.example.co.uk/order/{i}\n" for i in range(120)))
    return [str(warehouse), str(app), str(notes)]


def _offline(args: list[str], cwd: Path, trace: Path | None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "inventory.cli", *args]
    if trace is not None:
        command = ["strace", "-f", "--seccomp-bpf", "-e", "trace=connect", "-o", str(trace), *command]
    env = dict(os.environ, HOME=str(cwd / "home"), PYTHONPATH=str(ROOT))
    return subprocess.run(["unshare", "-n", *command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)


def _strace_usable() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-f", "--seccomp-bpf", "-e", "trace=connect", "-o", os.devnull, "true"],
                           capture_output=True)
    return probe.returncode == 0


def test_every_command_succeeds_without_a_network(tmp_path):
    (tmp_path / "home").mkdir()
    sources = _sources(tmp_path)
    traced = _strace_usable()
    shutil.copy(sources[1], tmp_path / "fake.duckdb")
    commands: list[tuple[list[str], tuple[int, ...]]] = [
        (["demo", "--catalog", "demo.duckdb", "--data-dir", "demo", "--rows", "200"], (0,)),
        (["scan", "demo", *sources, "--catalog", "c.duckdb", "--sample-rows", "300"], (0,)),
        (["check", "--catalog", "c.duckdb", "--format", "sarif"], (0, 1)),  # 1: findings, a valid result
        # a SQLite file posing as DuckDB: refused in one line, no extension fetched (exit 4: nothing read)
        (["scan", f"duckdb:///{tmp_path / 'fake.duckdb'}", "--catalog", "fake-scan.duckdb"], (4,)),
        (["report", "--catalog", "c.duckdb", "--out", "report.html"], (0,)),
        (["export", "ropa", "--catalog", "c.duckdb", "--out", "ropa.md"], (0,)),
        (["export", "fides", "--catalog", "c.duckdb", "--out", "fides.yml"], (0,)),
        (["explain", "warehouse.duckdb/users", "email", "--catalog", "c.duckdb"], (0,)),
    ]
    connects: list[str] = []
    for index, (args, expected) in enumerate(commands):
        trace = tmp_path / f"trace-{index}.txt" if traced else None
        result = _offline(args, tmp_path, trace)
        assert result.returncode in expected, (args, result.stderr[-2000:])
        assert "Traceback" not in result.stderr, result.stderr
        if trace is not None:
            # local sockets (a worker pool's forkserver, AF_UNIX) are not the network
            connects += [line for line in trace.read_text().splitlines()
                         if "connect(" in line and "AF_UNIX" not in line]
    assert connects == [], "\n".join(connects[:20])
    assert not (tmp_path / "home" / ".duckdb").exists()
    # what the commands made is whole: the report and exports were written, the check parsed
    assert (tmp_path / "report.html").stat().st_size > 1000
    assert "email" in (tmp_path / "fides.yml").read_text()
    con = duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True)
    datasets = {r[0] for r in con.execute("SELECT dataset FROM datasets").fetchall()}
    assert {"warehouse.duckdb/users", "app.sqlite/visits", "support.log"} <= datasets, datasets
    categories = {r[0] for r in con.execute("SELECT category FROM field_inventory WHERE category IS NOT NULL").fetchall()}
    assert {"contact.email", "device.ip_address"} <= categories
