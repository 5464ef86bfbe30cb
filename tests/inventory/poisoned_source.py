"""Test-only connector for the local engine's lost-worker tests: a folder of files in which the
sample of `poison.csv` ends the process that unpickles it, as the out-of-memory killer ends a
worker classifying a huge sample. Sampling runs in the scanning process (which never unpickles
it); only the worker it is sent to dies, each time it is sent."""
from __future__ import annotations

import os

from datamap.model import DatasetRef, DatasetSample
from inventory.connectors import SampleOptions
from inventory.connectors.files import FileConnector


class KillsItsWorker:
    """Pickled as a call of `os._exit`: whatever process unpickles it ends at once."""

    def __reduce__(self) -> tuple[object, tuple[int]]:
        return os._exit, (17,)


class PoisonedFiles(FileConnector):
    def sample(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        sample = super().sample(ref, options)
        if ref.name.endswith("poison.csv"):
            sample.notes.append(KillsItsWorker())  # type: ignore[arg-type]
        return sample
