"""Flattening nested rows into dot-path fields."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import given, settings
from hypothesis import strategies as st

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


# --- objects keyed by data ----------------------------------------------------------------

def test_keys_that_are_personal_values_become_a_placeholder_classified_by_value():
    table = pa.Table.from_pylist([
        {"user": "a", "seen_by": {"jane.roe@example.org": 3, "198.51.100.23": 1}},
        {"user": "b", "seen_by": {"+1 415 555 0199": 2, "6f1c2a9e-8d3b-4c1e-9f2a-1b2c3d4e5f60": 5}},
    ])
    fields = by_path(table)
    assert set(fields) == {"user", "seen_by.<key>", "seen_by.<value>"}
    assert sorted(fields["seen_by.<key>"].values.to_pylist()) == sorted(
        ["jane.roe@example.org", "198.51.100.23", "+1 415 555 0199", "6f1c2a9e-8d3b-4c1e-9f2a-1b2c3d4e5f60"])
    assert sorted(fields["seen_by.<value>"].values.to_pylist()) == [1, 2, 3, 5]


def test_schema_keys_beside_data_keys_keep_their_names():
    table = pa.Table.from_pylist([{"meta": {"version": 2, "@timestamp": "t", "10.0.0.1": {"hits": 4}}}])
    fields = by_path(table)
    assert set(fields) == {"meta.version", "meta.@timestamp", "meta.<key>", "meta.<value>.hits"}


def test_many_sparse_keys_are_a_map_keyed_by_data():
    # a user name per key, each row holding one or two of them: data, not a schema
    rows = [{"scores": {f"player{i}": i, f"gamer_{i + 1}": i + 1}} for i in range(0, 60, 2)]
    fields = by_path(pa.Table.from_pylist(rows))
    assert set(fields) == {"scores.<key>", "scores.<value>"}
    assert len(fields["scores.<key>"].values) == 60


def test_a_wide_dense_object_is_a_schema():
    rows = [{"m": {f"metric_{i}": i for i in range(40)}} for _ in range(5)]
    assert len(by_path(pa.Table.from_pylist(rows))) == 40


def test_data_keys_of_different_value_types_are_read_as_text():
    table = pa.Table.from_pylist([{"p": {"a@example.org": 1, "b@example.org": "x"}}])
    fields = by_path(table)
    assert sorted(fields["p.<value>"].values.to_pylist()) == ["1", "x"]


def test_ids_mixing_letters_and_digits_are_data_keys_and_names_are_not():
    from datamap.flatten import is_value_shaped

    for key in ("cafebabe00zq1177", "user_88412", "a1b2c3d4e5f6", "2024-01-01", "10.0.0.1", "ann@example.org"):
        assert is_value_shaped(key), key
    for key in ("sha256", "ipv4", "address_line_1", "@timestamp", "user-agent", "x509_cert", "Content-Type"):
        assert not is_value_shaped(key), key


def test_names_citing_a_standard_by_number_keep_their_names():
    # Nominatim's address: `ISO3166-2-lvl4` beside `city` is a field, not a map keyed by data
    from datamap.flatten import is_value_shaped

    for key in ("ISO3166-2-lvl4", "ISO3166-2-lvl6", "iso8601", "rfc3339_time", "ISO_3166_1"):
        assert not is_value_shaped(key), key
    assert is_value_shaped("iso3166x1234")  # an id that merely starts like one
    address = {"city": "Amiens", "ISO3166-2-lvl4": "FR-HDF", "postcode": "80670"}
    fields = by_path(pa.Table.from_pylist([{"place_id": 1, "address": address}] * 3))
    assert {"address.city", "address.ISO3166-2-lvl4", "address.postcode"} <= set(fields)
    assert not any("<key>" in path for path in fields)


@given(st.lists(st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?",
                              fullmatch=True) | st.text(alphabet="0123456789-:TZ +.\n٣", max_size=30),
                min_size=1, max_size=4))
@settings(max_examples=300, deadline=None)
def test_the_first_value_check_of_event_times_agrees_with_re2(values: list[str]) -> None:
    """The Python pre-check of the first value never rejects what the RE2 pattern accepts."""
    from datamap.flatten import _ISO_TIMESTAMP, _ISO_TIMESTAMP_RE

    for value in values:
        re2 = pc.match_substring_regex(pa.array([value]), _ISO_TIMESTAMP)[0].as_py()
        assert bool(_ISO_TIMESTAMP_RE.match(value)) == re2, value


@given(st.lists(st.text(alphabet=st.sampled_from(list(' \t\n\x0b\x0c\r{[]}"a1é中\u00a0')), max_size=8), min_size=1,
                max_size=12), st.integers(0, 3))
@settings(max_examples=300, deadline=None)
def test_the_byte_precheck_of_json_text_never_rejects_a_document(values: list[str], cut: int) -> None:
    """A value the JSON-start regex accepts always begins with a byte the pre-check counts (any
    slice of the array, the offsets read from its buffers)."""
    from datamap.flatten import _JSON_FIRST_BYTES, _JSON_START, first_bytes

    array = pa.array(values)[min(cut, len(values) - 1):]
    starts = first_bytes(array)
    looks = pc.match_substring_regex(array, _JSON_START).to_pylist()
    counted = [bool(b in _JSON_FIRST_BYTES) for b in starts]
    assert len(counted) == len(looks)
    assert all(c for c, hit in zip(counted, looks) if hit)


@given(st.lists(st.text(alphabet="aé中 ", max_size=6), min_size=1, max_size=6), st.integers(1, 12))
@settings(max_examples=200, deadline=None)
def test_cells_are_cut_exactly_as_before(values: list[str], limit: int) -> None:
    from datamap import flatten

    array = pa.array(values)
    original = flatten.MAX_CELL_CHARS
    flatten.MAX_CELL_CHARS = limit
    try:
        longest = pc.max(pc.utf8_length(array)).as_py() or 0
        expected = pc.utf8_slice_codeunits(array, 0, limit) if longest > limit else array
        assert flatten._bounded(array).to_pylist() == expected.to_pylist()
    finally:
        flatten.MAX_CELL_CHARS = original


def test_mongodb_extended_json_wrappers_are_their_values() -> None:
    # mongoexport: relaxed and canonical forms side by side
    table = pa.Table.from_pylist([
        {"_id": {"$oid": "659573a585b55ff1596d74a9"}, "用户ID": {"$numberLong": "808716354"},
         "出生日期": {"$date": "1974-05-25T16:00:00.000Z"}, "创建时间": {"$date": {"$numberLong": "1704293285000"}},
         "余额": {"$numberDecimal": "12.50"}, "ts": {"$timestamp": {"t": 1704293285, "i": 1}}},
    ] * 3)
    fields = {f.path: f for f in fields_from_table(table)}
    assert set(fields) == {"_id", "用户ID", "出生日期", "创建时间", "余额", "ts"}
    assert fields["_id"].values[0].as_py() == "659573a585b55ff1596d74a9"
    assert fields["用户ID"].values.type == pa.int64() and fields["余额"].values[0].as_py() == 12.5
    assert pa.types.is_timestamp(fields["出生日期"].values.type) and pa.types.is_timestamp(fields["创建时间"].values.type)
    assert fields["创建时间"].values[0].as_py().year == 2024 and pa.types.is_timestamp(fields["ts"].values.type)
    # an object of other keys, or of one key that is no BSON type, stays an object
    other = fields_from_table(pa.Table.from_pylist([{"a": {"$ref": "users", "$id": "1"}, "b": {"$where": "x"}}]))
    assert sorted(f.path for f in other) == ["a.$id", "a.$ref", "b.$where"]
