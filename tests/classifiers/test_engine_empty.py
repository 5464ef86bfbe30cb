"""A field whose sampled values are all null holds nothing to classify, whatever its name."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import FieldSample
from tests.classifiers.fields import best_entity, dataset


def test_an_all_null_field_is_not_personal():
    empty = FieldSample(path="idfa", values=pa.array([], pa.string()), null_ratio=1.0)
    (result,) = classify_dataset(dataset(empty))
    assert result.detections == []
    assert best_entity("idfa", ["2a6d1177-892c-48cc-b55f-a8682ff127a3"]) == "ADVERTISING_ID"
