"""Helpers shared by the database connector tests."""
from __future__ import annotations

from inventory.connectors import Connector, SampleOptions
from datamap.model import DatasetSample, FieldSample


def sample_named(connector: Connector, name: str, rows: int = 1000, seed: int = 42) -> DatasetSample:
    """The sample of the dataset called `name`, found through `datasets()` as a scan would."""
    refs = {ref.name: ref for ref in connector.datasets()}
    return connector.sample(refs[name], SampleOptions(rows=rows, seed=seed))


def field(sample: DatasetSample, path: str) -> FieldSample:
    return next(f for f in sample.fields if f.path == path)
