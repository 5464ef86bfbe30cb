"""A worker's chunk that never ends (for the interrupted pool scan in test_workers.py): it
notes its process id in the folder named by `DATAMAP_TEST_SLOW_CHUNKS`, then sleeps."""
from __future__ import annotations

import os
import time
from pathlib import Path


def endless_chunk(chunk: list) -> list:
    Path(os.environ["DATAMAP_TEST_SLOW_CHUNKS"], str(os.getpid())).touch()
    time.sleep(600)
    return []
