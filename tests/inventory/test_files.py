"""The file connector: formats, compression, naming, sampling and bad input."""
from __future__ import annotations

import gzip
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from inventory.connectors import SampleOptions, SourceError, connector_for
from datamap.model import DatasetReadError


def sample_all(location: str, rows: int = 1000, seed: int = 42):
    connector = connector_for(location)
    return {ref.name: connector.sample(ref, SampleOptions(rows=rows, seed=seed)) for ref in connector.datasets()}


def write_formats(root) -> None:
    (root / "events").mkdir()
    (root / "a.csv").write_text("ip,n\n203.0.113.7,1\n198.51.100.2,2\n")
    (root / "b.tsv").write_text("ip\tn\n203.0.113.7\t1\n")
    pq.write_table(pa.table({"email": ["a@example.com", None], "n": [1, 2]}), root / "c.parquet")
    (root / "d.json").write_text(json.dumps([{"user": {"id": 1}}, {"user": {"id": 2}}]))
    (root / "events" / "e.ndjson").write_text('{"ctx": {"geo": {"lat": 1.5}}}\n{"ctx": {"geo": {"lat": 2.5}}}\n')
    with gzip.open(root / "events" / "f.ndjson.gz", "wt") as fh:
        fh.write('{"k": [1, 2, 3]}\n{"k": [4]}\n')
    (root / "notes.txt").write_text("not a table")


def test_every_format_is_read_and_named_relative_to_the_root(tmp_path):
    write_formats(tmp_path)
    samples = sample_all(str(tmp_path))
    assert set(samples) == {"a.csv", "b.tsv", "c.parquet", "d.json", "events/e.ndjson", "events/f.ndjson.gz"}
    assert [f.path for f in samples["d.json"].fields] == ["user.id"]
    assert [f.path for f in samples["events/e.ndjson"].fields] == ["ctx.geo.lat"]
    assert samples["b.tsv"].kind == "tsv"
    assert sorted(samples["events/f.ndjson.gz"].fields[0].values.to_pylist()) == [1, 2, 3, 4]


def test_a_single_file_and_a_glob_are_sources_too(tmp_path):
    write_formats(tmp_path)
    assert set(sample_all(str(tmp_path / "a.csv"))) == {"a.csv"}
    assert set(sample_all(str(tmp_path / "events" / "*.ndjson*"))) == {"e.ndjson", "f.ndjson.gz"}


def test_field_statistics(tmp_path):
    write_formats(tmp_path)
    email = next(f for f in sample_all(str(tmp_path))["c.parquet"].fields if f.path == "email")
    assert email.null_ratio == 0.5
    assert email.distinct_estimate == 1
    assert email.values.to_pylist() == ["a@example.com"]
    assert email.declared_type == "string"


def test_csv_numbers_with_more_digits_than_a_double_keeps_stay_text(tmp_path):
    # an analytics client id (`GA1.2.` stripped) and a price, a coordinate beside it
    (tmp_path / "ga.csv").write_text('client_id,price,"lat ""deg"""\n1299390355.1697150263,1.5,40.7128\n'
                                     "1883725412.1697151234,2.25,41.8781\n")
    fields = {f.path: f for f in sample_all(str(tmp_path))["ga.csv"].fields}
    assert sorted(fields["client_id"].values.to_pylist()) == ["1299390355.1697150263", "1883725412.1697151234"]
    assert pa.types.is_floating(fields["price"].values.type) and pa.types.is_floating(fields['lat "deg"'].values.type)


def test_sampling_is_bounded_and_reproducible(tmp_path):
    rows = 20_000
    pq.write_table(pa.table({"n": list(range(rows))}), tmp_path / "big.parquet")
    first = sample_all(str(tmp_path), rows=500, seed=7)["big.parquet"]
    again = sample_all(str(tmp_path), rows=500, seed=7)["big.parquet"]
    other = sample_all(str(tmp_path), rows=500, seed=8)["big.parquet"]
    assert first.sampled_rows == 500 and first.row_count == rows
    assert first.fields[0].values.to_pylist() == again.fields[0].values.to_pylist()
    assert first.fields[0].values.to_pylist() != other.fields[0].values.to_pylist()
    # a reservoir, not the head of the file
    assert max(first.fields[0].values.to_pylist()) > 500


def test_row_count_of_a_csv_larger_than_the_sample(tmp_path):
    (tmp_path / "n.csv").write_text("n\n" + "\n".join(str(i) for i in range(3000)) + "\n")
    sample = sample_all(str(tmp_path), rows=100)["n.csv"]
    assert sample.row_count == 3000 and sample.sampled_rows == 100


def test_event_time_range_from_iso_text(tmp_path):
    (tmp_path / "t.csv").write_text("at,x\n2023-01-02T03:04:05+00:00,1\n2021-06-01T00:00:00Z,2\n")
    sample = sample_all(str(tmp_path))["t.csv"]
    assert sample.oldest_event.year == 2021 and sample.newest_event.year == 2023


BAD_FILES = {
    "binary.csv": os.urandom(4096),
    "broken.ndjson": b'{"a": 1}\n{"a": 2,,}\n',
    "broken.json": b'[{"a": 1}, {"a": ',
}


def test_an_empty_file_is_a_dataset_without_fields(tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    sample = sample_all(str(tmp_path))["empty.csv"]
    assert (sample.fields, sample.row_count, sample.notes) == ([], 0, ["empty file"])


def test_a_file_without_records_is_empty_but_unreadable_bytes_are_an_error(tmp_path):
    """An empty log is not an error, so neither is a CSV header alone, `[]` or a Parquet file of
    no row; bytes that parse to no row (binary noise) stay an error: the gate must see them."""
    (tmp_path / "header.csv").write_text("email,ip\n")
    (tmp_path / "array.json").write_text("[]\n")
    pq.write_table(pa.table({"email": pa.array([], pa.string())}), tmp_path / "zero.parquet")
    samples = sample_all(str(tmp_path))
    assert ([f.path for f in samples["header.csv"].fields], samples["header.csv"].notes) == (["email", "ip"], ["no rows"])
    assert (samples["array.json"].fields, samples["array.json"].notes) == ([], ["no records"])
    assert samples["zero.parquet"].row_count == 0 and samples["zero.parquet"].notes == ["no rows"]
    (tmp_path / "noise.csv").write_bytes(b"\x00\x01" * 3000)
    connector = connector_for(str(tmp_path / "noise.csv"))
    with pytest.raises(DatasetReadError, match="nothing readable"):
        connector.sample(next(iter(connector.datasets())), SampleOptions())


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_raise_a_clear_read_error(tmp_path, name):
    (tmp_path / name).write_bytes(BAD_FILES[name])
    connector = connector_for(str(tmp_path))
    (ref,) = list(connector.datasets())
    with pytest.raises(DatasetReadError) as err:
        connector.sample(ref, SampleOptions())
    message = str(err.value)
    assert "\n" not in message and len(message) <= 300
    assert "caf" not in message  # the offending line's content is never echoed


def test_truncated_parquet_raises_a_read_error(tmp_path):
    pq.write_table(pa.table({"n": list(range(1000))}), tmp_path / "whole.parquet")
    data = (tmp_path / "whole.parquet").read_bytes()
    (tmp_path / "whole.parquet").unlink()
    (tmp_path / "cut.parquet").write_bytes(data[: len(data) // 2])
    connector = connector_for(str(tmp_path))
    (ref,) = list(connector.datasets())
    with pytest.raises(DatasetReadError, match="magic|parquet|Parquet"):
        connector.sample(ref, SampleOptions())


def test_missing_location_is_a_source_error(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        list(connector_for(str(tmp_path / "nope")).datasets())


def test_hostile_column_names_are_data_not_sql(tmp_path):
    from catalog.writer import write_scan
    from inventory.scan import scan

    hostile = 'x"; DROP TABLE fields; --'
    (tmp_path / "h.csv").write_text(f'"{hostile.replace(chr(34), chr(34) * 2)}",ip\'s,"naïve ☃"\n1,2,3\n')
    catalog = str(tmp_path / "c.duckdb")
    write_scan(catalog, scan([str(tmp_path / "h.csv")]))
    import duckdb

    con = duckdb.connect(catalog, read_only=True)
    names = sorted(r[0] for r in con.execute("SELECT field FROM fields").fetchall())
    assert names == sorted([hostile, "ip's", "naïve ☃"])


def test_birth_dates_are_not_event_times(tmp_path):
    (tmp_path / "p.csv").write_text("date_of_birth,signed_up\n1960-01-02T00:00:00Z,2023-05-01T00:00:00Z\n")
    sample = sample_all(str(tmp_path))["p.csv"]
    assert sample.oldest_event.year == 2023


def test_the_data_map_names_the_event_time_field(tmp_path):
    from catalog.datamap import parse_datamap
    from inventory.scan import scan

    (tmp_path / "e.csv").write_text("created,seen\n2020-01-01T00:00:00Z,2024-01-01T00:00:00Z\n")
    datamap = parse_datamap("version: 1\ndatasets:\n  - {dataset: e.csv, event_time: seen}\n")
    (sample,) = scan([str(tmp_path)], datamap=datamap).datasets
    assert sample.oldest_event.year == 2024


def test_include_and_exclude_patterns_select_datasets(tmp_path):
    write_formats(tmp_path)
    (tmp_path / "events" / "app.log").write_text("2023-01-01 00:00:00 INFO a - hello user=1\n")
    from inventory.connectors import connector_for

    def names(**options):
        return sorted(ref.name for ref in connector_for(str(tmp_path), **options).datasets())

    assert names(include=["events/*"]) == ["events/app.log", "events/e.ndjson", "events/f.ndjson.gz"]
    assert names(include=["*.csv", "*.log"]) == ["a.csv", "events/app.log"]
    assert "c.parquet" not in names(exclude=["*.parquet"])


@pytest.mark.parametrize(("encoding", "header", "row"), [
    ("gbk", "姓名,手机号,地址", "张伟,13812345678,北京市朝阳区建国路88号"),           # Excel on a mainland desktop
    ("gb18030", "姓名,手机号,地址", "李娜,13987654321,上海市浦东新区世纪大道100号"),
    ("big5", "姓名,手機,地址", "陳志明,0912345678,臺北市信義區信義路五段7號"),          # and on a Taiwanese one
])
def test_a_csv_in_a_legacy_chinese_encoding_is_read_in_it(tmp_path, encoding, header, row):
    (tmp_path / "members.csv").write_bytes(f"{header}\r\n{row}\r\n{row}\r\n".encode(encoding))
    sample = sample_all(str(tmp_path))["members.csv"]
    assert [f.path for f in sample.fields] == header.split(",")
    assert sample.fields[0].values.to_pylist() == [row.split(",")[0]] * 2
    assert any(note.startswith("not UTF-8") for note in sample.notes)


@pytest.mark.parametrize("bom", [True, False])
def test_excel_unicode_text_utf16_tab_separated_is_read(tmp_path, bom):
    # Excel's "Unicode text" (and Pinduoduo/Taobao back-office exports): UTF-16LE, TAB, CRLF
    text = "收货人\t手机\t详细地址\r\n" + "".join(f"张伟\t1381234{i:04d}\t人民路{i}号\r\n" for i in range(20))
    (tmp_path / "orders.csv").write_bytes((b"\xff\xfe" if bom else b"") + text.encode("utf-16-le"))
    sample = sample_all(str(tmp_path))["orders.csv"]
    assert [f.path for f in sample.fields] == ["收货人", "手机", "详细地址"]
    assert sample.fields[0].values.to_pylist()[0] == "张伟"
    assert any(note.startswith("not UTF-8") for note in sample.notes)


def test_backslash_n_is_null_as_hive_and_mysql_exports_write_it(tmp_path):
    null = "\\N"
    rows = "".join(f"{i}\t{null if i % 3 else 860000000000000 + i}\t{null}\n" for i in range(30))
    (tmp_path / "dim_device.tsv").write_text("id\timei\tnote\n" + rows)
    connector = connector_for(str(tmp_path / "dim_device.tsv"))
    sample = connector.sample(next(iter(connector.datasets())), SampleOptions())
    fields = {f.path: f for f in sample.fields}
    assert pa.types.is_integer(fields["imei"].values.type)  # the numbers, not `\N` text
    assert fields["imei"].null_ratio == pytest.approx(20 / 30) and fields["note"].null_ratio == 1.0


def test_null_is_null_as_phpmyadmin_and_sql_server_exports_write_it(tmp_path):
    # phpMyAdmin's "CSV for MS Excel": `;`, every cell quoted, `NULL` for a null
    rows = "".join(f'"{i}";"{"NULL" if i % 4 == 0 else f"1990-01-{i % 28 + 1:02d}"}"\r\n' for i in range(1, 41))
    (tmp_path / "fa_user.csv").write_text('"id";"birthday"\r\n' + rows)
    fields = {f.path: f for f in sample_all(str(tmp_path))["fa_user.csv"].fields}
    assert pa.types.is_date(fields["birthday"].values.type)  # dates, not text because of `NULL`
    assert fields["birthday"].null_ratio == pytest.approx(10 / 40)


def test_a_one_column_csv_keeps_its_header_whatever_its_values_hold(tmp_path):
    # instagram-private-api's device profiles: one column whose values hold `; `
    rows = ["25/7.1.1; 440dpi; 1080x1920; Xiaomi; Mi Note 3; jason; qcom",
            "23/6.0.1; 480dpi; 1080x1920; Xiaomi; Redmi Note 3; kenzo; qcom",
            "24/7.0; 480dpi; 1080x1920; Xiaomi/xiaomi; Redmi Note 4; mido; qcom"]
    (tmp_path / "profiles.csv").write_text("device\r\n" + "\r\n".join(rows) + "\r\n")
    fields = sample_all(str(tmp_path))["profiles.csv"].fields
    assert [f.path for f in fields] == ["device"]  # no field named after a row's values
    assert sorted(fields[0].values.to_pylist()) == sorted(rows)
    # a file whose first line is a header of several columns reads as before
    (tmp_path / "two.csv").write_text("device,n\nPixel 7,1\nSM-G900F,2\n")
    assert [f.path for f in sample_all(str(tmp_path))["two.csv"].fields] == ["device", "n"]


def test_column_names_that_are_values_reach_no_field_name(tmp_path):
    """A pivoted export (a column per person) held raw e-mail addresses and phone numbers as
    field names; a date column per day keeps its name."""
    (tmp_path / "pivot.csv").write_text("day,alice.smith@example.com,alice.s@example.com,+1 415 555 0133,20240101\n"
                                        "2024-01-01,3,4,5,1\n2024-01-02,1,0,2,1\n")
    connector = connector_for(str(tmp_path))
    (ref,) = list(connector.datasets())
    sample = connector.sample(ref, SampleOptions())
    names = [f.path for f in sample.fields]
    assert names == ["day", "a***@e***.com", "a***@e***.com_2", "+1 4** 5** 0***", "20240101"]
    assert sample.rows.column_names == names
    assert any("3 column name(s)" in note for note in sample.notes)


def test_dates_of_a_person_s_life_are_not_event_times(tmp_path):
    """A date of death (Synthea's DEATHDATE, `date_of_death`, `Sterbedatum`, `死亡日期`) or of a
    marriage describes a person, not when a record's event happened: the oldest "event" would
    be someone's date of death in the catalog."""
    (tmp_path / "p.csv").write_text(
        "DEATHDATE,date_of_death,Sterbedatum,死亡日期,dod,wedding_date,visit_date\n"
        "1961-01-02,1962-01-02,1963-01-02,1964-01-02,1965-01-02,1966-01-02,2023-05-01\n")
    sample = sample_all(str(tmp_path))["p.csv"]
    assert (sample.oldest_event.year, sample.newest_event.year) == (2023, 2023)
    # an event named with these letters inside a word is still one (`today`, `period_end`)
    (tmp_path / "q.csv").write_text("today,period_end,todo_at\n2021-01-01,2022-01-01,2020-06-01\n")
    sample = sample_all(str(tmp_path))["q.csv"]
    assert (sample.oldest_event.year, sample.newest_event.year) == (2020, 2022)
