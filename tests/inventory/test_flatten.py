"""Flattening nested rows into dot-path fields."""
from __future__ import annotations

import pyarrow as pa

from datamap.flatten import fields_from_table


def by_path(table: pa.Table):
    return {f.path: f for f in fields_from_table(table)}


def test_nested_objects_become_dot_paths():
    table = pa.Table.from_pylist([
        {"context": {"device": {"id": "a", "model": "Pixel 8"}, "ip": "203.0.113.7"}, "event": "view"},
        {"context": None, "event": "click"},
    ])
    fields = by_path(table)
    assert set(fields) == {"context.device.id", "context.device.model", "context.ip", "event"}
    # a missing parent object counts as a null child
    assert fields["context.device.id"].null_ratio == 0.5
    assert fields["context.device.id"].values.to_pylist() == ["a"]
    assert fields["context.device.id"].name == "id" and fields["context.device.id"].parent == "context.device"


def test_a_list_of_scalars_is_one_field_with_its_elements_as_values():
    table = pa.table({"key_intervals_ms": [[120, 95], None, [140]]})
    field = by_path(table)["key_intervals_ms"]
    assert field.is_list
    assert field.values.to_pylist() == [120, 95, 140]
    assert field.list_lengths.to_pylist() == [2, 1]
    assert round(field.null_ratio, 3) == 0.333


def test_a_list_of_objects_flattens_each_key():
    table = pa.Table.from_pylist([{"items": [{"sku": "A1", "qty": 1}, {"sku": "B2", "qty": 3}]}])
    fields = by_path(table)
    assert set(fields) == {"items.sku", "items.qty"}
    assert fields["items.qty"].values.to_pylist() == [1, 3]
