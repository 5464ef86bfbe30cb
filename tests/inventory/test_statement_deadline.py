"""The statement timeout of engines without one (`deadline`): one watchdog thread interrupts
the block that outlives its time, and nothing else."""
from __future__ import annotations

import gc
import threading
import time
import weakref

from inventory.connectors.sql import deadline


class _Statement:
    def __init__(self) -> None:
        self.interrupted = threading.Event()

    def interrupt(self) -> None:
        self.interrupted.set()


def test_a_block_past_its_deadline_is_interrupted_and_one_within_it_is_not():
    slow, quick = _Statement(), _Statement()
    with deadline(0.2, slow.interrupt):
        assert slow.interrupted.wait(10)
    with deadline(30, quick.interrupt):
        pass
    time.sleep(0.3)
    assert not quick.interrupted.is_set()


def test_a_sooner_deadline_fires_while_the_watchdog_waits_for_a_later_one():
    later, sooner = _Statement(), _Statement()
    started = time.monotonic()
    with deadline(60, later.interrupt):
        with deadline(0.2, sooner.interrupt):
            assert sooner.interrupted.wait(10)
    assert time.monotonic() - started < 30 and not later.interrupted.is_set()


def test_blocks_in_many_threads_each_get_their_own_interrupt():
    statements = [_Statement() for _ in range(8)]

    def run(index: int, statement: _Statement) -> None:
        with deadline(0.1 if index % 2 else 60, statement.interrupt):
            statement.interrupted.wait(0.2 if index % 2 else 0.05)

    threads = [threading.Thread(target=run, args=(i, s)) for i, s in enumerate(statements)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [s.interrupted.is_set() for s in statements] == [i % 2 == 1 for i in range(8)]


def test_a_finished_block_does_not_keep_its_connection_alive():
    """The heap keeps a finished statement's entry until its time: not its connection."""
    statement = _Statement()
    with deadline(60, statement.interrupt):
        pass
    gone = weakref.ref(statement)
    del statement
    gc.collect()
    assert gone() is None
