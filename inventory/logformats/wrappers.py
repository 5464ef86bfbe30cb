"""Container log wrappers: Docker's json-file driver and the Kubernetes CRI format.

Both wrap what the program wrote in a line of their own (`{"log": "...", "stream": "stdout",
"time": "..."}`; `2023-10-06T00:17:09.669794202Z stdout F ...`). The wrapper is unwrapped and
the inner lines are read by their own format (nginx, JSON lines, ...), detected as for a file.
CRI splits a long line into partial (`P`) pieces closed by a final (`F`) one; they are joined.
"""
from __future__ import annotations

import json
import re

_CRI = re.compile(r"^(?P<time>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) "
                  r"(?P<stream>stdout|stderr) (?P<tag>[PF])(?: (?P<log>.*))?$")


def is_cri(line: str) -> bool:
    return _CRI.match(line) is not None


def docker_record(line: str) -> dict | None:
    """The json-file record of a line, or None when the line is not one."""
    text = line.strip()
    if not text.startswith('{"log"') and not (text.startswith("{") and '"log"' in text):
        return None
    try:
        record = json.loads(text)
    except ValueError:
        return None
    if isinstance(record, dict) and isinstance(record.get("log"), str) and "stream" in record and "time" in record:
        return record
    return None


def is_docker(line: str) -> bool:
    return docker_record(line) is not None


def unwrap(lines: list[str], wrapper: str) -> tuple[list[str], int]:
    """The inner lines of `wrapper` ('docker' or 'cri') and how many lines were not wrapped."""
    inner: list[str] = []
    foreign = 0
    partial: dict[str, str] = {}  # CRI stream -> pieces so far
    for line in lines:
        if wrapper == "docker":
            record = docker_record(line)
            if record is None:
                foreign += 1
            elif record["log"].strip():
                inner.append(record["log"].rstrip("\r\n"))
            continue
        match = _CRI.match(line)
        if match is None:
            foreign += 1
            continue
        stream, text = match.group("stream"), match.group("log") or ""
        if match.group("tag") == "P":
            partial[stream] = partial.get(stream, "") + text
            continue
        text = partial.pop(stream, "") + text
        if text.strip():
            inner.append(text)
    # a sample can cut a split line: its pieces are still text worth reading
    inner.extend(text for text in partial.values() if text.strip())
    return inner, foreign
