"""The small abstract connector every source family implements.

A connector enumerates the datasets of one source and samples each of them. Sampling is
pushed into the engine that holds the data (DuckDB `USING SAMPLE`, PostgreSQL
`TABLESAMPLE`, reservoir sampling of log lines), so a scan costs O(sample), not O(data).
"""
from __future__ import annotations

import fnmatch
import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from datamap.model import DatasetRef, DatasetSample
from datamap.names import spellings


@dataclass(frozen=True)
class SampleOptions:
    """How much to read from each dataset, reproducibly."""

    rows: int = 1000
    seed: int = 42


class Connector(ABC):
    """One source: a folder of files, a database, a log folder."""

    #: the registry name, as used in `datamap.yaml` (`type: files`)
    family: str = ""

    @property
    @abstractmethod
    def source_name(self) -> str:
        """A printable name of the source, with any password redacted."""

    @abstractmethod
    def datasets(self) -> Iterator[DatasetRef]:
        """The datasets this source holds. Raises `SourceError` if the source is unreachable."""

    @abstractmethod
    def sample(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        """A sample of one dataset. Raises `DatasetReadError` for a dataset that cannot be read."""

    def fingerprints(self, refs: list[DatasetRef]) -> dict[DatasetRef, str]:
        """A cheap probe of each dataset that changes whenever its data may have (schema, size,
        modification time, row count...), read without sampling it: an incremental scan reuses
        the previous results of a dataset whose probe is unchanged. A dataset left out has no
        probe (a view, a source that offers none) and is always read again."""
        return {}

    @property
    def parallelism(self) -> int:
        """How many datasets may be sampled at once (database connectors pool connections)."""
        return 1

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections; the default holds none."""


def empty_dataset(ref: DatasetRef, source: str, note: str = "empty file") -> DatasetSample:
    """A file that holds no record (no byte, blank lines only, an empty JSON array): read, and
    holding nothing. It is kept as a dataset without fields (not an error: nothing was left
    unread), the same for tables and logs."""
    return DatasetSample(name=ref.name, source=source, kind=ref.kind, fields=[], row_count=0, sampled_rows=0,
                         notes=[note])


def file_probe(path: str) -> str | None:
    """A file's probe: size, modification and change times (ns) and inode. The change time
    moves on every write, even one that restores the modification time (`touch -d`); the
    schema of a file cannot change without them. None for a file that cannot be stat'ed."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"file:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


def file_probes(refs: list[DatasetRef], unreadable_kind: str) -> dict[DatasetRef, str]:
    """The probes of datasets that are files (their location is the path)."""
    probes = {ref: file_probe(ref.location) for ref in refs if ref.kind != unreadable_kind}
    return {ref: probe for ref, probe in probes.items() if probe is not None}


class SourceError(Exception):
    """A whole source is unusable (unreachable server, bad credentials, missing folder)."""


def selected(refs: Iterable[DatasetRef], include: Iterable[str] = (), exclude: Iterable[str] = ()) -> Iterator[DatasetRef]:
    """The refs whose dataset names match an `include` glob (all when none) and no `exclude`
    glob. A pattern without a slash matches the base name in any folder (`*.log`, `tmp_*`); a
    database file's table also answers to its former name (`app.db/main.users`, datamap/names.py)."""
    include, exclude = list(include), list(exclude)

    def hit(name: str, pattern: str) -> bool:
        return any(fnmatch.fnmatchcase(spelled if "/" in pattern else spelled.rsplit("/", 1)[-1], pattern)
                   for spelled in spellings(name))

    for ref in refs:
        if include and not any(hit(ref.name, p) for p in include):
            continue
        if any(hit(ref.name, p) for p in exclude):
            continue
        yield ref
