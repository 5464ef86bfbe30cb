"""Helpers of the hostile suite: run the CLI in a subprocess where permissions are enforced."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: a scan (of the folder argv[2] into the catalog argv[1]) whose write pauses inside its open
#: transaction after printing "inserted": the moment a kill -9 test kills it
#: (tests/hostile/test_concurrency.py, benchmarks/bench_concurrency.py)
WRITE_SLOWLY = """
import sys, time
from catalog import writer
from inventory.scan import scan
result = scan([sys.argv[2]])
original = writer._insert_all
def slow(con, scan_id, result):
    original(con, scan_id, result)
    print("inserted", flush=True)
    time.sleep(120)  # killed here, inside the open transaction
writer._insert_all = slow
writer.write_scan(sys.argv[1], result)
"""

#: the capabilities that let root read past file permissions
_BYPASS = "-dac_override,-dac_read_search"


def permissions_enforceable() -> bool:
    """True when a chmod 000 folder is unreadable to the subprocesses of `run_cli_unprivileged`."""
    return os.geteuid() != 0 or shutil.which("setpriv") is not None


def run_cli_unprivileged(cwd: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`datamap ARGS` in a subprocess that obeys file permissions. CI runs as root, which
    reads any file; `setpriv` drops the two capabilities that allow it, so the scan meets a
    real permission error, as it would under any other user."""
    command = [sys.executable, "-c", "from inventory.cli import main; main()", *args]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set", _BYPASS, *command]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def unprivileged_prefix() -> list[str]:
    """The command prefix that makes a subprocess obey file permissions (empty when not root)."""
    return ["setpriv", "--bounding-set", _BYPASS] if os.geteuid() == 0 else []
