"""Where a scan's worker processes come from, kept light to import: the `datamap scan` command
starts the workers' forkserver from here before it imports the scanning code.

The local engine's workers are forked from multiprocessing's *forkserver*, a fresh
interpreter that first loads what every worker needs (`inventory/preload.py`, about 2 s of CPU:
the interpreter, pyarrow, the classifying code, the recognizers and the Chinese word tables).
Started at once, that load runs beside the scanning process's own start-up (its imports,
about 1.5 s of CPU, then the listing), where it used to start only once the datasets were
listed, leaving a core idle while the workers waited for it (docs/scale.md, Every core).
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os

#: the module the forkserver imports before it forks the workers
PRELOAD = "inventory.preload"


def default_workers() -> int:
    """The machine's cores (those this process may run on)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def has_forkserver() -> bool:
    return "forkserver" in multiprocessing.get_all_start_methods()


def context() -> multiprocessing.context.BaseContext:
    """Where worker processes come from: forked from a forkserver that preloaded `PRELOAD`
    (see the module docstring), else spawned."""
    if not has_forkserver():
        return multiprocessing.get_context("spawn")  # pragma: no cover - not on Linux
    forkserver = multiprocessing.get_context("forkserver")
    # takes effect when the forkserver starts: once per scanning process, at its first pool
    forkserver.set_forkserver_preload([PRELOAD])
    return forkserver


def start() -> bool:
    """Start the forkserver now, if there is one: it loads `PRELOAD` in the background while
    this process goes on (starting it waits for nothing but the new process); the first worker
    forked waits for that load to end. False without one."""
    if not has_forkserver():
        return False  # pragma: no cover - not on Linux
    context()
    multiprocessing.forkserver.ensure_running()
    return True


def start_ahead(workers: int | None) -> bool:
    """For a scan that will read every dataset of its sources (a first scan into a new catalog,
    `--full`) with several workers (`workers`, None: the machine's cores): start the forkserver
    before this process imports the scanning code, so the workers are ready by the time the
    first datasets are sampled. A source of fewer than `workers.WARM_UP_DATASETS` datasets is
    then classified here as before, and the forkserver's load was spent on a core that the
    scanning process's single-threaded start-up left idle. Whether a scan started it ahead."""
    if (workers or default_workers()) <= 1:
        return False
    return start()
