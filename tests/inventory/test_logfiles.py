"""Log files on disk: rotation names, compression, bounded sampling and bad bytes."""
from __future__ import annotations

import bz2
import gzip
import random
from pathlib import Path

import pytest

from inventory import logfiles
from inventory.logfiles import group_rotated, log_base_name, sample_lines
from datamap.model import DatasetReadError


def _write_lines(path: Path, count: int, prefix: str = "line") -> list[str]:
    lines = [f"{prefix} {index} user={index * 7}" for index in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


@pytest.mark.parametrize(("name", "base"), [
    ("access.log", "access.log"),
    ("access.log.1", "access.log"),
    ("access.log.2.gz", "access.log"),
    ("access.log-20231001", "access.log"),
    ("access.log-20231001.bz2", "access.log"),
    ("app.3.log", "app.log"),
    ("app.log.gz", "app.log"),
    ("notes.txt", None),
    ("data.csv", None),
    # objects that AWS services deliver, one per interval (names as documented)
    ("123456789012_elasticloadbalancing_us-east-2_app.my-loadbalancer.1234567890abcdef_20140215T2340Z_"
     "172.160.001.192_20sl8hgv.log.gz", "123456789012_elasticloadbalancing_us-east-2_app.my-loadbalancer.1234567890abcdef.log"),
    ("123456789012_vpcflowlogs_us-east-1_fl-1234abcd_20180620T1620Z_fe123456.log.gz",
     "123456789012_vpcflowlogs_us-east-1_fl-1234abcd.log"),
    ("EMLARXS9EXAMPLE.2019-11-14-20.RT4KCN4SGK9.gz", "EMLARXS9EXAMPLE.log"),
    ("E2EXAMPLE.2019-12-04-21.gz", None),
    ("2023-10-01-12-00-00-1A2B3C4D5E6F7A8B", "s3-server-access.log"),
    ("2023-10-01-12-00-00", None),
])
def test_log_base_name(name: str, base: str | None) -> None:
    assert log_base_name(name) == base


def test_rotation_groups_list_the_live_file_first(tmp_path: Path) -> None:
    for name in ("access.log.2.gz", "access.log", "access.log.1", "error.log", "readme.md"):
        (tmp_path / name).write_text("x\n")
    groups = group_rotated(sorted(tmp_path.iterdir()))
    assert {key.name: [p.name for p in members] for key, members in groups.items()} == {
        "access.log": ["access.log", "access.log.1", "access.log.2.gz"],
        "error.log": ["error.log"],
    }


def test_small_file_is_sampled_whole_and_in_order(tmp_path: Path) -> None:
    lines = _write_lines(tmp_path / "a.log", 50)
    sample = sample_lines([tmp_path / "a.log"], rows=100, seed=1)
    assert sample.lines == lines
    assert sample.row_estimate == 50


def test_reservoir_is_seeded_and_bounded(tmp_path: Path) -> None:
    lines = _write_lines(tmp_path / "a.log", 5000)
    first = sample_lines([tmp_path / "a.log"], rows=200, seed=7)
    again = sample_lines([tmp_path / "a.log"], rows=200, seed=7)
    other = sample_lines([tmp_path / "a.log"], rows=200, seed=8)
    assert first.lines == again.lines != other.lines
    assert len(first.lines) == 200
    assert set(first.lines) <= set(lines)
    assert first.row_estimate == 5000
    # a uniform sample reaches into the second half of the file, not just its head
    assert any(int(line.split()[1]) > 2500 for line in first.lines)


@pytest.mark.parametrize("opener", [gzip.open, bz2.open])
def test_compressed_members_are_read_by_their_magic_bytes(tmp_path: Path, opener) -> None:
    path = tmp_path / "app.log.1"  # no compression suffix: logrotate's delaycompress renames
    with opener(path, "wt", encoding="utf-8") as out:
        out.write("hello user=1\nhello user=2\n")
    assert sample_lines([path], rows=10, seed=1).lines == ["hello user=1", "hello user=2"]


def test_rotation_group_sample_spans_members_in_proportion(tmp_path: Path) -> None:
    _write_lines(tmp_path / "a.log", 3000, "live")
    with gzip.open(tmp_path / "a.log.1.gz", "wt", encoding="utf-8") as out:
        out.write("".join(f"old {index}\n" for index in range(1000)))
    sample = sample_lines([tmp_path / "a.log", tmp_path / "a.log.1.gz"], rows=400, seed=3)
    assert sample.row_estimate == 4000
    old = sum(line.startswith("old") for line in sample.lines)
    assert old == 100 and len(sample.lines) == 400


def test_large_file_is_sampled_at_random_offsets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfiles, "RANDOM_OFFSET_BYTES", 64 * 1024)  # a small "large" file
    lines = _write_lines(tmp_path / "big.log", 20000)
    sample = sample_lines([tmp_path / "big.log"], rows=300, seed=5)
    assert 250 <= len(sample.lines) <= 300  # offsets landing in one line give it once
    assert set(sample.lines) <= set(lines)  # whole lines only, never a fragment
    assert sample.lines == sorted(sample.lines, key=lambda line: int(line.split()[1]))
    assert 16000 <= sample.row_estimate <= 24000


@pytest.fixture
def huge_line_log(tmp_path: Path) -> Path:
    path = tmp_path / "huge.log"
    with open(path, "wb") as out:
        out.write(b"before user=1\n")
        out.write(b"x" * (50 * 1024 * 1024) + b"\n")  # a 50 MB line
        out.write(b"after user=2\n")
    return path


def test_overlong_line_is_skipped_and_counted(huge_line_log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfiles, "RANDOM_OFFSET_BYTES", 64 * 1024 * 1024)  # read it through
    sample = sample_lines([huge_line_log], rows=10, seed=1)
    assert sample.lines == ["before user=1", "after user=2"]
    assert sample.problems == {"longer than 64 KiB": 1}


def test_overlong_line_is_never_sampled_at_random_offsets(huge_line_log: Path) -> None:
    sample = sample_lines([huge_line_log], rows=10, seed=1)
    assert sample.lines == ["after user=2"]  # offsets inside the long line skip to the next


def test_invalid_utf8_is_kept_with_replacement_and_counted(tmp_path: Path) -> None:
    # a stray Latin-1 byte far into a UTF-8 log (its head is UTF-8): kept, replaced, counted
    path = tmp_path / "latin.log"
    head = "naïve user=0\n".encode() * 1000
    path.write_bytes(head + "caf\u00e9 user=1\n".encode("latin-1") + b"plain user=2\n")
    sample = sample_lines([path], rows=2000, seed=1)
    assert sample.lines[-2:] == ["caf\ufffd user=1", "plain user=2"]
    assert sample.problems == {"invalid UTF-8 (kept, bad bytes replaced)": 1}


@pytest.mark.parametrize(("encoding", "text"), [
    ("gbk", "2024-01-01 10:00:00 INFO 用户登录 手机号=13812345678 城市=北京市"),     # a Chinese Windows service
    ("big5", "2024-01-01 10:00:00 INFO 會員登入 手機=0912345678 縣市=臺北市"),      # a Taiwanese one
])
def test_a_log_in_a_legacy_chinese_encoding_is_read_in_it(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "app.log"
    path.write_bytes((text + "\r\n").encode(encoding) * 20)
    sample = sample_lines([path], rows=50, seed=1)
    assert sample.lines == [text] * 20 and not sample.problems
    assert any("not UTF-8: read as" in note for note in sample.notes)
    assert logfiles.read_head(path)[0] == text


def test_binary_lines_in_a_text_log_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.log"
    path.write_bytes(b"ok user=1\n" * 50 + bytes(range(128, 256)) + b"\n" + b"ok user=2\n")
    sample = sample_lines([path], rows=100, seed=1)
    assert len(sample.lines) == 51
    assert sample.problems == {"binary data": 1}


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "core.log"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(4096))
    with pytest.raises(DatasetReadError, match="binary data, not a text log"):
        sample_lines([path], rows=10, seed=1)


def test_corrupt_gzip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.log.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate")
    with pytest.raises(DatasetReadError, match="corrupt gzip data"):
        sample_lines([path], rows=10, seed=1)


def test_compressed_member_is_read_up_to_a_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfiles, "MAX_STREAM_BYTES", 64 * 1024)
    path = tmp_path / "a.log.gz"
    rng = random.Random(0)
    with gzip.open(path, "wt", encoding="utf-8") as out:  # random ids: compresses like real logs
        out.write("".join(f"event {index} id={rng.getrandbits(64):016x}\n" for index in range(40000)))
    sample = sample_lines([path], rows=100, seed=1)
    assert len(sample.lines) == 100
    assert max(int(line.split()[1]) for line in sample.lines) < 5000  # only the head was read
    assert sample.notes == ["a.log.gz: sampled from the first 0.1 MiB of text only"]
    assert 20000 <= sample.row_estimate <= 80000  # scaled by the compressed bytes consumed


def test_a_group_of_many_delivered_objects_is_sampled_from_a_bounded_number(tmp_path: Path) -> None:
    paths = []
    for index in range(60):
        path = tmp_path / f"2023-10-01-12-{index // 60:02d}-{index % 60:02d}-1A2B3C4D5E6F7A{index:02X}"
        _write_lines(path, 10, prefix=f"object{index}")
        paths.append(path)
    groups = group_rotated(sorted(tmp_path.iterdir()))
    assert list(groups) == [tmp_path / "s3-server-access.log"]
    sample = sample_lines(groups[tmp_path / "s3-server-access.log"], 100, seed=1)
    assert sample.notes == ["sampled 24 of 60 files"]
    assert {line.split()[0] for line in sample.lines} >= {"object0", "object59"}  # spread over the group
    assert sample.row_estimate == 600  # scaled from the bytes read to the whole group's
