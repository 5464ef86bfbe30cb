"""Where a multi-worker scan's cores go: CPU by process, and the work done while a core idled.

usage: python benchmarks/bench_worker_timeline.py SOURCE [--workers N ...] [--rounds R] [--bin S]

Runs `datamap scan SOURCE --workers N` (into a throwaway catalog) for each N given (default 1
and 2), alternated `--rounds` times (default 1), and samples every process of the scan's tree
every 0.1 s from `/proc/PID/task/*/schedstat`: the time each thread ran and the time it waited,
runnable, for a CPU (the run queue). Prints, per scan, each process (the scanning process, the
forkserver, the workers) with when it started, its CPU seconds and its peak RSS; the tree's CPU;
and its *serial* CPU: the CPU spent in the intervals (`--bin`, default 0.5 s) when fewer than
two of its processes were runnable (running or waiting for a CPU), split between the first and
the second half of the scan.

Why runnable, not running: on a machine shared with other work a wall-time timeline says how
busy the machine was, not the scan. Whether a process of the scan *could* run does not depend
on the other work. On an otherwise idle machine of N cores the scan's wall time is then about
`serial + (CPU - serial) / N`, and the speed-up of N workers over one is bounded by the CPU one
worker needs over that: serial work is where a core idles (start-up, the last chunk, the
catalog write); CPU above one worker's is work the parallel scan adds (sending samples to the
workers, each worker's own start-up, caches warmed once per process).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _threads(pid: int, last: dict[tuple[int, str], tuple[float, float]],
             total: dict[int, tuple[float, float]]) -> tuple[float, float] | None:
    """(run, wait) seconds of a process so far, summed over its threads' increments (a
    thread that ended keeps what it had counted)."""
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    run, wait = total.get(pid, (0.0, 0.0))
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as handle:
                fields = handle.read().split()
        except OSError:
            continue
        now = int(fields[0]) / 1e9, int(fields[1]) / 1e9
        before = last.get((pid, tid), (0.0, 0.0))
        last[(pid, tid)] = now
        run, wait = run + now[0] - before[0], wait + now[1] - before[1]
    total[pid] = (run, wait)
    return run, wait


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return int(handle.read().rsplit(")", 1)[1].split()[1])
    except OSError:
        return None


def _peak_rss(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def timeline(source: str, workers: int) -> dict:
    """Scan `source` with `workers` workers; every process's (time, run, wait) samples."""
    catalog = Path(tempfile.mkdtemp()) / "catalog.duckdb"
    started = time.perf_counter()
    scan = subprocess.Popen([sys.executable, "-m", "inventory.cli", "scan", source, "--catalog", str(catalog),
                             "--workers", str(workers), "-q"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first = {scan.pid: 0.0}
    samples: dict[int, list[tuple[float, float, float]]] = {scan.pid: []}
    peaks: dict[int, int] = {}
    last: dict[tuple[int, str], tuple[float, float]] = {}
    total: dict[int, tuple[float, float]] = {}
    loads = []
    while scan.poll() is None:
        now = time.perf_counter() - started
        for entry in os.listdir("/proc"):
            if entry.isdigit() and int(entry) not in first and _parent(int(entry)) in first:
                first[int(entry)] = now
                samples[int(entry)] = []
        for pid in first:
            counted = _threads(pid, last, total)
            if counted is not None:
                samples[pid].append((now, *counted))
            peak = _peak_rss(pid)
            if peak is not None:
                peaks[pid] = peak
        loads.append(os.getloadavg()[0])
        time.sleep(0.1)
    return {"workers": workers, "wall": time.perf_counter() - started, "returncode": scan.returncode,
            "load": (min(loads, default=0.0), max(loads, default=0.0)), "first": first,
            "samples": samples, "peaks": peaks}


def report(run: dict, bin_seconds: float) -> str:
    lines = [f"--workers {run['workers']}: wall {run['wall']:.1f} s (exit {run['returncode']}), "
             f"load {run['load'][0]:.1f}-{run['load'][1]:.1f}"]
    bins: dict[int, list[float]] = {}
    cpu = 0.0
    for pid, rows in run["samples"].items():
        if not rows:
            continue
        role = "scanning process" if pid == min(run["first"], key=run["first"].get) else "child"
        lines.append(f"  {role} {pid}: from {run['first'][pid]:.1f} s, CPU {rows[-1][1]:.1f} s, "
                     f"peak RSS {run['peaks'].get(pid, 0)} MB")
        cpu += rows[-1][1]
        for (_, run0, wait0), (t1, run1, wait1) in zip(rows, rows[1:]):
            slot = bins.setdefault(int(t1 / bin_seconds), [0.0, 0.0])
            slot[0] += (run1 - run0) + (wait1 - wait0)  # runnable seconds
            slot[1] += run1 - run0  # CPU seconds
    half = run["wall"] / 2 / bin_seconds
    serial = [(k, used) for k, (runnable, used) in bins.items() if runnable / bin_seconds < 1.5]
    early = sum(used for k, used in serial if k < half)
    late = sum(used for k, used in serial if k >= half)
    lines.append(f"  tree CPU {cpu:.1f} s; serial CPU {early + late:.1f} s (first half {early:.1f}, "
                 f"second half {late:.1f}); idle machine of {max(2, run['workers'])} cores: about "
                 f"{early + late + (cpu - early - late) / max(2, run['workers']):.1f} s")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--bin", type=float, default=0.5)
    parser.add_argument("--json", type=Path, help="also write every run's samples here")
    args = parser.parse_args()
    runs = []
    for _ in range(args.rounds):
        for workers in args.workers:
            run = timeline(args.source, workers)
            runs.append(run)
            print(report(run, args.bin), flush=True)
    if args.json:
        args.json.write_text(json.dumps(runs))


if __name__ == "__main__":
    main()
