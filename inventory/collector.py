"""How often Python's cyclic garbage collector runs in a scan's processes.

By default the collector looks at the young objects every 700 net container allocations. A
classification allocates and frees millions of small objects (masks, dicts, lists, dataclass
instances) that reference counting alone frees, so nearly every pass finds nothing: in a
worker (what it loaded frozen, see `inventory/preload.py`) the passes took 3 % of its CPU on
the warehouse's samples, and in the scanning process 4 % (0.49 s of 12.5 s on 1,000 tables,
531 passes). Every 10,000 the young objects are looked at 18-22 times less often, and the passes
cost half as much in a worker and a quarter as much in the scanning process (docs/scale.md,
session 32). What cycles a chunk leaves (a batch and
its fields refer to each other) are broken by `Batch.release`, so no more memory waits for a
pass than before. The older generations keep their defaults: a full pass still runs as often
relative to the young ones.
"""
from __future__ import annotations

import gc

#: net container allocations between two passes over the young objects (Python's default: 700)
YOUNG_THRESHOLD = 10_000


def collect_less() -> None:
    """Run the young generation's passes every `YOUNG_THRESHOLD` allocations (once per
    process, before its work); the older generations' thresholds stay as they are."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
