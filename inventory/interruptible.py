"""Waiting on a future in a way Ctrl-C and SIGTERM always interrupt.

The kernel hands a signal sent to the process to any one of its threads. When it lands on a
thread other than the main one (a read under way in a pool thread), CPython's handler only
notes it: the main thread, blocked in `Future.result()` (a lock's acquire without a timeout),
is not woken, and the scan would wait for the read to end (a hung query: forever) before it
stops. Waiting in short slices returns to the interpreter between them, where the noted
handler runs: the scan stops at once, as `inventory/cli/common.py` promises.
"""
from __future__ import annotations

from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")

#: how long the main thread waits at a time before it lets a pending signal handler run
POLL_SECONDS = 0.2


def result(future: Future[T]) -> T:
    """`future.result()`, interruptible by a signal whichever thread the kernel gave it to."""
    while True:
        try:
            return future.result(timeout=POLL_SECONDS)
        except TimeoutError:
            if future.done():  # the call itself raised TimeoutError (a socket's): it is the result
                raise
