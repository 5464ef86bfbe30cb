"""Benchmark: one catalog shared by concurrent scans and a notebook, and scans killed mid-write.

Everything runs as a user would run it, as separate processes of the real CLI
(`datamap scan FOLDER --catalog shared.duckdb`), in a temporary folder:

- **concurrent writers**: one scan creates the catalog; then `--writers` scans of distinct folders
  start at once while a reader process plays a notebook: it opens the catalog `read_only=True`,
  holds it `--hold` seconds, lets go briefly, and opens it again until the writers are done.
  Each round reports writers *lost* (a scan that is in neither the catalog nor a side catalog
  `*.pending-*.duckdb`), exit codes, and stderr tracebacks. `--rounds` repeats it.
- **kill -9 mid-write** (`--kills`, current code only): a scan whose write is paused inside the
  open transaction is killed with SIGKILL; the catalog is *intact* when it still opens and holds
  exactly the scans it held before.

`--repo DIR` runs the CLI of another checkout (a `git worktree` of an older commit) with this
venv's packages, to measure the code before `catalog/locking.py` the same way:

    git worktree add --detach /tmp/before $(git log --diff-filter=A --format=%h -- catalog/locking.py)^
    python benchmarks/bench_concurrency.py --repo /tmp/before --kills 0
    python benchmarks/bench_concurrency.py --kills 10

usage: python benchmarks/bench_concurrency.py [--writers 6] [--rounds 2] [--hold 2] [--kills 10] [--repo DIR]
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile.support import WRITE_SLOWLY  # noqa: E402  the scan killed mid-write, as the test kills it

_CLI = "from inventory.cli import main; main()"

_NOTEBOOK = """
import sys, time, duckdb
path, hold, stop = sys.argv[1], float(sys.argv[2]), sys.argv[3]
import os
opened = failed = 0
while not os.path.exists(stop):
    try:
        con = duckdb.connect(path, read_only=True)
    except duckdb.Error:
        failed += 1  # a writer holds it: a notebook would retry
        time.sleep(0.05)
        continue
    opened += 1
    con.execute("SELECT count(*) FROM scans").fetchall()
    time.sleep(hold)
    con.close()
    time.sleep(0.2)
print(opened, failed, flush=True)
"""



def _env(repo: Path, wait: float | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(repo)}
    if wait is not None:
        env["DATAMAP_CATALOG_WAIT"] = str(wait)
    return env


def _folder(base: Path, index: int) -> Path:
    folder = base / f"data{index}"
    folder.mkdir()
    (folder / f"t{index}.csv").write_text("email,n\n" + "".join(f"u{i}@example.org,{i}\n" for i in range(40)))
    return folder


def _scans(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return int(con.execute("SELECT count(*) FROM scans").fetchone()[0])


def _scan(repo: Path, catalog: Path, folder: Path, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", _CLI, "scan", str(folder), "--catalog", str(catalog)],
                            cwd=cwd, env=_env(repo), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def concurrent_round(repo: Path, writers: int, hold: float, base: Path) -> dict[str, object]:
    base.mkdir()
    catalog = base / "shared.duckdb"
    first = subprocess.run([sys.executable, "-c", _CLI, "scan", str(_folder(base, 0)), "--catalog", str(catalog)],
                           cwd=base, env=_env(repo), capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    folders = [_folder(base, i) for i in range(1, writers + 1)]
    stop = base / "stop"
    notebook = subprocess.Popen([sys.executable, "-c", _NOTEBOOK, str(catalog), str(hold), str(stop)],
                                env=_env(repo), stdout=subprocess.PIPE, text=True)
    time.sleep(1.0)  # the notebook has the catalog open before the scans start
    started = time.monotonic()
    procs = [_scan(repo, catalog, folder, base) for folder in folders]
    outcomes = [(p.wait(), *p.communicate()) for p in procs]
    elapsed = time.monotonic() - started
    stop.touch()
    notebook_out = notebook.communicate()[0].split()
    landed = _scans(catalog) - 1
    sides = sorted(base.glob("shared.duckdb.pending-*.duckdb"))
    aside = sum(_scans(side) for side in sides)
    return {
        "writers": writers, "landed": landed, "side_catalogs": aside, "lost": writers - landed - aside,
        "tracebacks": sum("Traceback" in err for _, _, err in outcomes),
        "exit_codes": sorted(code for code, _, _ in outcomes),
        "notebook_opens": int(notebook_out[0]) if notebook_out else 0, "seconds": round(elapsed, 1),
        "stderr_sample": next((err.strip().splitlines()[-1] for code, _, err in outcomes if code and err.strip()), ""),
    }


def kill_round(base: Path) -> bool:
    """A scan killed with SIGKILL inside its write: is the catalog as it was?"""
    base.mkdir()
    catalog = base / "c.duckdb"
    done = subprocess.run([sys.executable, "-c", _CLI, "scan", str(_folder(base, 0)), "--catalog", str(catalog)],
                          cwd=base, env=_env(ROOT), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    before = _scans(catalog)
    writer = subprocess.Popen([sys.executable, "-c", WRITE_SLOWLY, str(catalog), str(_folder(base, 1))],
                              env=_env(ROOT), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = writer.stdout.readline().strip()
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    if line != "inserted":
        raise RuntimeError(f"the writer did not reach its write: {writer.stderr.read()[-500:]}")
    try:
        return _scans(catalog) == before
    except duckdb.Error:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--hold", type=float, default=2.0, help="seconds the notebook holds the catalog each time")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--repo", type=Path, default=ROOT, help="the checkout whose CLI runs the writers")
    args = parser.parse_args()
    repo = args.repo.resolve()
    probe = subprocess.run([sys.executable, "-c", "import inventory; print(inventory.__file__)"],  # as the scans run
                           cwd=tempfile.gettempdir(), env=_env(repo), capture_output=True, text=True).stdout.strip()
    print(f"code under test: {probe}")
    with tempfile.TemporaryDirectory(prefix="bench-concurrency-") as tmp:
        totals = {"writers": 0, "lost": 0, "tracebacks": 0, "side_catalogs": 0}
        for index in range(args.rounds):
            result = concurrent_round(repo, args.writers, args.hold, Path(tmp) / f"round{index}")
            print(f"round {index + 1}: {result}")
            for key in totals:
                totals[key] += int(result[key])  # type: ignore[call-overload]
        print(f"concurrent writers: {totals['writers']} scans, {totals['lost']} lost, "
              f"{totals['tracebacks']} tracebacks, {totals['side_catalogs']} in side catalogs")
        if args.kills:
            intact = sum(kill_round(Path(tmp) / f"kill{index}") for index in range(args.kills))
            print(f"kill -9 mid-write: catalog intact {intact}/{args.kills}")


if __name__ == "__main__":
    main()
