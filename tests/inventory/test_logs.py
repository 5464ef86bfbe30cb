"""The log connector: discovery, rotation groups, format override and bad input."""
from __future__ import annotations

import bz2
import gzip
import shutil
from pathlib import Path

import pytest

from inventory.connectors import connector_for, family_of
from inventory.connectors.base import SampleOptions, SourceError
from inventory.connectors.logs import LogConnector
from datamap.model import DatasetReadError

ACCESS = ('{ip} - - [10/Oct/2023:13:55:{second:02d} +0000] "GET /login?uid={uid} HTTP/1.1" 200 512 '
          '"-" "Mozilla/5.0 (iPhone; CPU iPhone OS 16_4 like Mac OS X)"\n')


def _access_lines(count: int, start: int = 0) -> str:
    return "".join(ACCESS.format(ip=f"10.0.{n // 250}.{n % 250}", second=n % 60, uid=1000 + n)
                   for n in range(start, start + count))


def _sample(connector: LogConnector, rows: int = 1000):
    refs = {ref.name: ref for ref in connector.datasets()}
    return {name: connector.sample(ref, SampleOptions(rows=rows)) for name, ref in refs.items()}


def test_rotated_and_compressed_files_are_one_dataset(tmp_path: Path) -> None:
    (tmp_path / "access.log").write_text(_access_lines(30))
    (tmp_path / "access.log.1").write_text(_access_lines(20, 30))
    with gzip.open(tmp_path / "access.log.2.gz", "wt") as out:
        out.write(_access_lines(10, 50))
    with bz2.open(tmp_path / "access.log.3.bz2", "wt") as out:
        out.write(_access_lines(5, 60))
    samples = _sample(LogConnector(str(tmp_path)))
    assert list(samples) == ["access.log"]
    sample = samples["access.log"]
    assert sample.kind == "access-log"
    assert sample.row_count == sample.sampled_rows == 65
    uids = {field.path: field for field in sample.fields}["request.query.uid"].values.to_pylist()
    assert sorted(uids) == list(range(1000, 1065))  # every member contributed
    assert any("4 rotated files" in note for note in sample.notes)
    assert sample.oldest_event is not None and sample.oldest_event.year == 2023


def test_format_override_beats_detection(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    path.write_text("".join(f"at=info user={n} path=/p\n" for n in range(5)))
    assert _sample(LogConnector(str(path)))["app.log"].kind == "logfmt-log"
    forced = _sample(LogConnector(str(path), format="text"))["app.log"]
    assert forced.kind == "text-log"
    assert forced.notes[0] == "format: free"
    with pytest.raises(SourceError, match="unknown log format"):
        LogConnector(str(path), format="w4c")


def test_a_file_named_explicitly_is_a_log_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "syslog"
    path.write_text("Dec 10 06:55:46 host sshd[1]: Invalid user admin from 10.0.0.1\n" * 3)
    assert [ref.name for ref in LogConnector(str(path)).datasets()] == ["syslog"]
    (tmp_path / "table.csv").write_text("a,b\n1,2\n")
    assert list(LogConnector(str(tmp_path / "table.csv")).datasets()) == []


@pytest.mark.parametrize(("content", "message"), [
    (b"\x7fELF\x02\x01\x01\x00" + bytes(2048), "binary data, not a text log"),
    (b"y" * (200 * 1024) + b"\n", r"no readable log lines \(1 lines: longer than 64 KiB\)"),
])
def test_unusable_logs_raise_a_clear_read_error(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "bad.log").write_bytes(content)
    connector = LogConnector(str(tmp_path))
    ref = next(connector.datasets())
    with pytest.raises(DatasetReadError, match=message):
        connector.sample(ref, SampleOptions())


def test_an_empty_log_is_an_empty_dataset_like_any_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.log").write_bytes(b"")
    (tmp_path / "blank.log").write_bytes(b"\n\n   \n")
    samples = _sample(LogConnector(str(tmp_path)))
    assert (samples["empty.log"].fields, samples["empty.log"].row_count, samples["empty.log"].notes) == (
        [], 0, ["empty file"])
    assert (samples["blank.log"].fields, samples["blank.log"].row_count, samples["blank.log"].notes) == (
        [], 0, ["blank lines only"])


def test_bad_lines_are_counted_in_notes(tmp_path: Path) -> None:
    (tmp_path / "mixed.log").write_bytes(_access_lines(10).encode() + b"\xff\xfe\xfd\xfc\xfb\xfa\n"
                                         + b"z" * (100 * 1024) + b"\n" + b"free text line user=7\n")
    sample = _sample(LogConnector(str(tmp_path)))["mixed.log"]
    assert sample.kind == "access-log"
    assert "1 lines: binary data" in sample.notes
    assert "1 lines: longer than 64 KiB" in sample.notes
    assert "1 of 11 sampled lines are not combined lines: read as free text" in sample.notes


def test_real_logs_in_a_folder(tmp_path: Path, realdata: Path) -> None:
    for name in ("apache_combined.log", "OpenSSH_2k.log", "Android_2k.log"):
        shutil.copy(realdata / name, tmp_path / name)
    samples = _sample(LogConnector(str(tmp_path)), rows=500)
    assert {name: sample.kind for name, sample in samples.items()} == {
        "Android_2k.log": "logcat", "OpenSSH_2k.log": "syslog", "apache_combined.log": "access-log"}
    assert samples["apache_combined.log"].row_count == 2500
    assert samples["apache_combined.log"].sampled_rows == 500
    assert len(samples["OpenSSH_2k.log"].free_text) == 500
    assert all(sample.fields for sample in samples.values())


def test_folders_are_read_by_the_folder_connector(tmp_path: Path) -> None:
    (tmp_path / "events.csv").write_text("user_id,ip\n1,10.0.0.1\n")
    (tmp_path / "access.log").write_text(_access_lines(3))
    assert family_of(str(tmp_path)) == "folder"
    connector = connector_for(str(tmp_path))
    refs = {ref.name: ref.kind for ref in connector.datasets()}
    assert refs == {"events.csv": "csv", "access.log": "log"}
    logs_only = connector_for(str(tmp_path), type="logs")
    assert [ref.name for ref in logs_only.datasets()] == ["access.log"]
    log_ref = next(ref for ref in connector.datasets() if ref.kind == "log")
    assert connector.sample(log_ref, SampleOptions()).kind == "access-log"


@pytest.mark.parametrize("rows", [100, 1000])
def test_one_huge_line_is_read_once_whatever_the_sample(tmp_path: Path, monkeypatch, rows: int) -> None:
    """A log that is one line of 4 MB (sampled at random offsets): each offset used to read from
    itself to the end of that line, O(rows x size); the line is read once now, and skipped."""
    import builtins

    from inventory import logfiles

    monkeypatch.setattr(logfiles, "RANDOM_OFFSET_BYTES", 1 << 20)
    path = tmp_path / "one_line.log"
    size = 4 << 20
    path.write_bytes(b"z" * size)
    read = [0]
    real_open = builtins.open

    class Counting:
        def __init__(self, raw):
            self.raw = raw

        def readline(self, limit: int = -1) -> bytes:
            data = self.raw.readline(limit)
            read[0] += len(data)
            return data

        def read(self, n: int = -1) -> bytes:
            data = self.raw.read(n)
            read[0] += len(data)
            return data

        def __getattr__(self, name):
            return getattr(self.raw, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.raw.__exit__(*exc)

    def counting_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        return Counting(handle) if str(file) == str(path) and "b" in mode else handle

    monkeypatch.setattr(builtins, "open", counting_open)
    connector = LogConnector(str(path))
    with pytest.raises(DatasetReadError, match="longer than 64 KiB"):
        connector.sample(next(connector.datasets()), SampleOptions(rows=rows))
    assert read[0] <= 2 * size + (1 << 20), f"{read[0] / size:.1f} times the file read for {rows} rows"
