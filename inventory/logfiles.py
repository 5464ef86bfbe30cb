"""Log files on disk: rotation groups, compression and bounded-cost line sampling.

A log is often several files (`access.log`, `access.log.1`, `access.log.2.gz`): they are one
dataset, sampled together. Reading never holds more than the sample in memory:

- a plain file past `RANDOM_OFFSET_BYTES` is sampled at seeded random byte offsets (seek, skip
  to the next line start, read one line), so its cost is O(sample), not O(file);
- smaller files, and compressed files (which cannot seek), are streamed through a seeded
  reservoir; a compressed member is read for at most `MAX_STREAM_BYTES` of text;
- a line longer than `MAX_LINE_BYTES` is skipped without being held in memory.
"""
from __future__ import annotations

import bz2
import gzip
import random
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from datamap.model import DatasetReadError
from inventory.connectors.transcode import detect_encoding

RANDOM_OFFSET_BYTES = 16 * 1024 * 1024
MAX_STREAM_BYTES = 64 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024
_CHUNK = 1024 * 1024

# `name.log`, `name.log.3`, `name.log-20231001`, `name.log.2.gz`, `name.3.log` (logrotate's
# dateext and numbered forms); group 1 is the dataset name
_ROTATED = re.compile(r"^(?P<base>.+?\.log)(?:[.-](?:\d{1,4}|\d{8}(?:\d{2})?))?(?:\.(?:gz|bz2))?$", re.I)
_NUMBERED = re.compile(r"^(?P<stem>.+?)\.(?:\d{1,4})\.log(?:\.(?:gz|bz2))?$", re.I)
_MAGIC = {b"\x1f\x8b": "gzip", b"BZh": "bzip2"}


# Logs that cloud services deliver as one object per interval, named by the service: the
# objects of one source are one dataset, named after the stable part of the object name.
# ALB/ELB/NLB and VPC flow logs: `{account}_elasticloadbalancing_{region}_{lb}_{YYYYMMDDTHHMMZ}_{ip}_{rand}.log.gz`
_AWS_DELIVERED = re.compile(r"^(?P<base>\d{12}_(?:elasticloadbalancing|vpcflowlogs)_[\w-]+_[^_]+)"
                            r"_\d{8}T\d{4}Z_.+\.log(?:\.gz)?$")
# CloudFront standard logs: `{distribution}.{YYYY-MM-DD-HH}.{unique}.gz`
_CLOUDFRONT = re.compile(r"^(?P<base>E[A-Z0-9]{5,20})\.\d{4}-\d{2}-\d{2}-\d{2}\.[0-9A-Za-z]{6,}(?:\.gz)?$")
# S3 server access logs: `{YYYY-mm-DD-HH-MM-SS}-{UniqueString}`, no suffix at all
_S3_ACCESS = re.compile(r"^\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-[0-9A-F]{16}$")
#: a group of more members than this is sampled from this many, spread over its names
MAX_MEMBERS = 24


def log_base_name(name: str) -> str | None:
    """The dataset a file name belongs to (`access.log.2.gz` -> `access.log`), None if no log."""
    delivered = _AWS_DELIVERED.match(name) or _CLOUDFRONT.match(name)
    if delivered:
        return f"{delivered.group('base')}.log"
    if _S3_ACCESS.match(name):
        return "s3-server-access.log"
    match = _NUMBERED.match(name)
    if match:
        return f"{match.group('stem')}.log"
    match = _ROTATED.match(name)
    return match.group("base") if match else None


def _rotation_rank(path: Path) -> tuple[int, str]:
    """Newest first: the live file, then `.1`, `.2`... (dates sort as large numbers)."""
    numbers = re.findall(r"[.-](\d+)(?=\.|$)", path.name)
    return (int(numbers[-1]) if numbers else -1, path.name)


def group_rotated(paths: list[Path]) -> dict[Path, list[Path]]:
    """Log files grouped by rotation: dataset path (as the live file would be) -> members."""
    groups: dict[Path, list[Path]] = {}
    for path in paths:
        base = log_base_name(path.name)
        if base is None:
            continue
        groups.setdefault(path.parent / base, []).append(path)
    return {key: sorted(members, key=_rotation_rank) for key, members in sorted(groups.items())}


def compression_of(path: Path) -> str | None:
    """'gzip', 'bzip2' or None, from the file's magic bytes (suffixes lie after renames)."""
    with open(path, "rb") as handle:
        head = handle.read(3)
    for magic, name in _MAGIC.items():
        if head.startswith(magic):
            return name
    return None


@dataclass
class LineSample:
    """Sampled lines of one log dataset, with what was skipped and why.

    `head` holds the first lines of the newest file whatever the sample: formats that declare
    their fields in a header (W3C's `#Fields:`, VPC flow logs) need them.
    """

    lines: list[str]
    row_estimate: int
    problems: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    head: list[str] = field(default_factory=list)
    #: the legacy encoding (GB18030, Big5, Shift-JIS, Latin-1 …) of the file being read, when
    #: its first bytes are not UTF-8: lines that are not UTF-8 are decoded in it
    encoding: str | None = None

    def problem(self, reason: str, count: int = 1) -> None:
        self.problems[reason] = self.problems.get(reason, 0) + count


@dataclass
class _Member:
    """What one file of a rotation group contributed: sampled lines and its line count."""

    lines: list[tuple[int, str]]  # (position in file, text)
    line_estimate: int


def sample_lines(paths: list[Path], rows: int, seed: int) -> LineSample:
    """A seeded sample of about `rows` lines over all members of a rotation group.

    A group of thousands of delivered objects (a bucket of ALB logs) is read from
    `MAX_MEMBERS` of them, evenly spread over the group, so the cost stays O(sample); the
    row estimate is scaled from their bytes to the whole group's.
    """
    out = LineSample(lines=[], row_estimate=0)
    chosen = paths
    if len(paths) > MAX_MEMBERS:
        step = (len(paths) - 1) / (MAX_MEMBERS - 1)
        chosen = [paths[round(index * step)] for index in range(MAX_MEMBERS)]
        out.notes.append(f"sampled {len(chosen)} of {len(paths)} files")
    members: list[_Member] = []
    for index, path in enumerate(chosen):
        rng = random.Random(f"{seed}:{index}")
        members.append(_sample_member(path, rows, rng, out))
    out.head = read_head(paths[0]) if paths else []
    total = sum(member.line_estimate for member in members)
    if chosen is not paths and total:
        read_bytes = sum(path.stat().st_size for path in chosen)
        total = int(total * sum(path.stat().st_size for path in paths) / max(read_bytes, 1))
    out.row_estimate = total
    if total == 0:
        return out
    # each member contributes in proportion to its size, so the sample stays uniform over
    # the whole group; every member keeps its lines in file order
    rng = random.Random(seed)
    for member in members:
        share = max(1, round(rows * member.line_estimate / total)) if member.lines else 0
        chosen = member.lines if share >= len(member.lines) else sorted(rng.sample(member.lines, share))
        out.lines.extend(text for _, text in chosen)
    return out


HEAD_LINES = 16
HEAD_BYTES = 64 * 1024


def read_head(path: Path) -> list[str]:
    """The first `HEAD_LINES` lines of a log (decompressed), at most `HEAD_BYTES`: O(1)."""
    try:
        compression = compression_of(path)
        with open(path, "rb") as raw:
            stream: BinaryIO = raw
            if compression == "gzip":
                stream = gzip.GzipFile(fileobj=raw, mode="rb")
            elif compression == "bzip2":
                stream = bz2.BZ2File(raw, mode="rb")
            data = stream.read(HEAD_BYTES)
    except (OSError, EOFError, zlib.error):
        return []  # the sample reports what is wrong with the file
    return data.decode(legacy_encoding(data) or "utf-8", errors="replace").splitlines()[:HEAD_LINES]


def legacy_encoding(head: bytes) -> str | None:
    """The encoding of a text file whose first bytes are not UTF-8 (a Chinese Windows service
    writes its log in GBK/GB18030, a Taiwanese one in Big5), as detected from them; None for
    UTF-8 (a character cut at the end of `head` is no evidence). A file is written in one
    encoding: one or two lines of stray bytes in a UTF-8 log (binary junk) do not make it
    legacy, so most of its non-ASCII lines, and at least `LEGACY_MIN_LINES`, must fail UTF-8
    and read in the detected encoding."""
    lines = head.split(b"\n")[:-1] or [head]  # the last line may be cut
    foreign = [line for line in lines if not line.isascii()]
    failing = [line for line in foreign if not _is_utf8(line)]
    if len(failing) < LEGACY_MIN_LINES or len(failing) * 2 < len(foreign):
        return None
    encoding = detect_encoding(head)
    if encoding.replace("_", "-").lower() in ("utf-8", "utf-8-sig", "ascii"):
        return None
    try:
        for line in failing:
            line.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return encoding


#: lines of a file's head that must fail UTF-8 before the file is read in a legacy encoding
LEGACY_MIN_LINES = 2


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _sample_member(path: Path, rows: int, rng: random.Random, out: LineSample) -> _Member:
    size = path.stat().st_size
    if size == 0:
        return _Member([], 0)
    compression = compression_of(path)
    with open(path, "rb") as raw:
        out.encoding = legacy_encoding(_refuse_binary(path, raw, compression))
        if out.encoding:
            out.notes.append(f"{path.name}: not UTF-8: read as {out.encoding}")
        if compression is None and size > RANDOM_OFFSET_BYTES:
            return _random_offsets(raw, size, rows, rng, out)
        stream: BinaryIO = raw
        if compression == "gzip":
            stream = gzip.GzipFile(fileobj=raw, mode="rb")
        elif compression == "bzip2":
            stream = bz2.BZ2File(raw, mode="rb")
        return _reservoir(stream, raw, size, rows, rng, out, path.name if compression else None)


def _refuse_binary(path: Path, raw: BinaryIO, compression: str | None) -> bytes:
    """Raise for a file that is not text: NUL bytes in its first 8 KiB (after decompression);
    return those bytes."""
    try:
        if compression == "gzip":
            head = gzip.GzipFile(fileobj=raw, mode="rb").read(8192)
        elif compression == "bzip2":
            head = bz2.BZ2File(raw, mode="rb").read(8192)
        else:
            head = raw.read(8192)
    except (OSError, EOFError, zlib.error) as exc:
        raise DatasetReadError(f"{path.name}: corrupt {compression} data: {exc}") from exc
    finally:
        raw.seek(0)
    if b"\x00" in head:
        raise DatasetReadError(f"{path.name}: binary data, not a text log")
    return head


def _reservoir(stream: BinaryIO, raw: BinaryIO, size: int, rows: int, rng: random.Random,
               out: LineSample, compressed_name: str | None) -> _Member:
    """Algorithm R over the file's lines, stopping after MAX_STREAM_BYTES of text."""
    kept: list[tuple[int, str]] = []
    seen = 0
    read = 0
    try:
        while read < MAX_STREAM_BYTES:
            consumed, line = _next_line(stream, out)
            if consumed == 0:
                break
            read += consumed
            if line is None:
                continue
            seen += 1
            if len(kept) < rows:
                kept.append((seen, line))
            else:
                slot = rng.randrange(seen)
                if slot < rows:
                    kept[slot] = (seen, line)
    except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt compressed member
        out.notes.append(f"{compressed_name or 'file'}: stopped reading: {exc}")
        return _Member(sorted(kept), seen)
    estimate = seen
    if read >= MAX_STREAM_BYTES:
        # stopped early: scale by how much of the (compressed) file was consumed
        estimate = int(seen * size / max(raw.tell(), 1))
        out.notes.append(f"{compressed_name or 'file'}: sampled from the first {read / 2**20:.1f} MiB of text only")
    return _Member(sorted(kept), estimate)


def _random_offsets(raw: BinaryIO, size: int, rows: int, rng: random.Random, out: LineSample) -> _Member:
    """One line after each of `rows` random offsets: O(rows) reads, whatever the file size."""
    kept: dict[int, str] = {}
    total_bytes = 0
    # where the line the last offset landed in ends, and where the line read after it ends: an
    # offset inside either is not read again (one huge line would be read once per offset)
    landed_end = read_end = 0
    for offset in sorted(rng.randrange(size) for _ in range(rows)):
        if offset and offset < landed_end:
            continue  # the same line as the last offset: the same next line
        if offset and offset < read_end:
            start = read_end  # inside the line just read: the next line starts where it ended
            raw.seek(start)
        else:
            raw.seek(offset)
            # the line we landed in may have started before the offset; if what is left of it is
            # already too long, it is a line too long to read (said, not silently skipped)
            if offset and _skip_rest_of_line(raw) > MAX_LINE_BYTES:
                out.problem(f"longer than {MAX_LINE_BYTES // 1024} KiB")
            start = raw.tell()
        landed_end = read_end = start
        if start in kept or start >= size:
            continue
        consumed, text = _next_line(raw, out)
        read_end = start + consumed
        if text is not None:
            kept[start] = text
            total_bytes += consumed
    if not kept:
        return _Member([], 0)
    return _Member(sorted(kept.items()), int(size / (total_bytes / len(kept))))


def _skip_rest_of_line(stream: BinaryIO) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _next_line(stream: BinaryIO, out: LineSample) -> tuple[int, str | None]:
    """(bytes consumed, decoded line); the line is None when skipped (and counted) or blank,
    and 0 bytes means end of file."""
    data = stream.readline(MAX_LINE_BYTES + 1)
    if len(data) > MAX_LINE_BYTES and not data.endswith(b"\n"):
        skipped = _skip_rest_of_line(stream)
        out.problem(f"longer than {MAX_LINE_BYTES // 1024} KiB")
        return len(data) + skipped, None
    return len(data), _decode(data, out)


def _decode(data: bytes, out: LineSample) -> str | None:
    raw = data.rstrip(b"\r\n")
    if not raw.strip():
        return None
    if b"\x00" in raw:
        out.problem("binary data")
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        if out.encoding:
            try:
                return raw.decode(out.encoding)
            except UnicodeDecodeError:
                pass  # not this encoding either: judged as a stray byte below
        text = raw.decode("utf-8", errors="replace")
    if text.count("\ufffd") > len(text) // 10:
        out.problem("binary data")
        return None
    # a stray Latin-1 byte in an otherwise readable line: keep the line, say so
    out.problem("invalid UTF-8 (kept, bad bytes replaced)")
    return text
