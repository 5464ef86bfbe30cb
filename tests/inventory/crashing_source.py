"""Test-only connector for the Ray engine's worker-failure test: a folder of files in which
sampling a file called `crash.csv` kills the process doing it, as an out-of-memory kill or a
lost node would. Ray workers import it by name (the test's working directory is on their path)."""
from __future__ import annotations

import os

from datamap.model import DatasetRef, DatasetSample
from inventory.connectors import SampleOptions
from inventory.connectors.files import FileConnector


class CrashingFiles(FileConnector):
    def sample(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        if ref.name.endswith("crash.csv"):
            os._exit(17)
        return super().sample(ref, options)
