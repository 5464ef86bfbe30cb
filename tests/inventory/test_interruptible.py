"""A signal the kernel hands to a reading thread still stops the main thread's wait."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_WAIT = """
import os, signal, sys, threading, time
from concurrent.futures import ThreadPoolExecutor
from inventory import interruptible

started = threading.Event()
def read():  # a read that hangs (a slow query, a dead network file)
    started.set()
    time.sleep(60)
    return "read"
future = ThreadPoolExecutor(max_workers=1).submit(read)
started.wait()
# the main thread blocks SIGINT, so the kernel can only give it to the reading thread
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
try:
    # (inside the try: on a busy machine the main thread may run the handler the reading thread
    # tripped before it reaches the wait, which is the same interrupt, only sooner)
    os.kill(os.getpid(), signal.SIGINT)
    WAIT(future)
except KeyboardInterrupt:
    print("interrupted", flush=True)
    os._exit(0)
"""


def _wait(how: str) -> subprocess.CompletedProcess:
    root = Path(__file__).resolve().parents[2]
    return subprocess.run([sys.executable, "-c", _WAIT.replace("WAIT", how)], capture_output=True, text=True,
                          timeout=40, cwd=root)


def test_ctrl_c_given_to_a_reading_thread_interrupts_the_wait_for_its_read():
    done = _wait("interruptible.result")  # (`future.result` would sleep the 60 s of the read: a timeout here)
    assert done.stdout.strip() == "interrupted", done.stderr


def test_a_call_that_raises_timeout_error_is_its_result():
    from concurrent.futures import ThreadPoolExecutor

    from inventory import interruptible

    def socket_read() -> None:
        raise TimeoutError("timed out reading the socket")

    future = ThreadPoolExecutor(max_workers=1).submit(socket_read)
    try:
        interruptible.result(future)
    except TimeoutError as exc:
        assert "socket" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("the call's TimeoutError was swallowed")
