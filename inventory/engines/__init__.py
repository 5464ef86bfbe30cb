"""Engines: where a scan's datasets are sampled and classified (`datamap scan --engine`).

The scan pipeline (`inventory/scan.py`) opens each source and lists its datasets in the
scanning process (the *driver*), then hands the engine one `SourceJob` at a time: the source
and its datasets in order. The engine yields each dataset's sample with its field results, in
that order, and reports a dataset it could not scan as a `ScanError` through the callback. Only
the driver writes the catalog, in its one transaction.

- `local` (`inventory/engines/local.py`, the default): samples in this process (the
  connector's threads) and classifies in a pool of worker processes.
- `ray` (`inventory/engines/ray_engine.py`): one Ray task per dataset; the worker opens the
  source itself, samples and classifies there, and sends the classified sample back.

    with engine_for(options) as engine:
        for dataset, results in engine.run(job, record):
            ...
"""
from __future__ import annotations

from inventory.engines.base import (
                                    ENGINES,
                                    DatasetTask,
                                    Engine,
                                    EngineError,
                                    SourceJob,
                                    SourceSpec,
                                    engine_for,
)

__all__ = ["ENGINES", "DatasetTask", "Engine", "EngineError", "SourceJob", "SourceSpec", "engine_for"]
