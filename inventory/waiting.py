"""Classified tables that wait for the rest of their source, on disk rather than in memory.

A table whose column may hold another table's keys (an order's buyer, a people table's id)
is classified, then waits until every table of its source is in (`classifiers.references`).
In a warehouse nearly every table has such a column, so the waiting results grew the scanning
process by about 70 KB a table (a 10,000-table scan's process passed 1 GB; see
docs/scale.md, Memory). With a scan spool (the CLI's scans) the first `IN_MEMORY` wait in a
list, and the rest are pickled to a file in the spool's folder as they come, their sampled
values already dropped, and read back one at a time: memory stays bounded, and the common
source of fewer tables pays nothing (a table costs about 1 ms of CPU to write and read back).
Without a spool (the Python API keeps every result in memory anyway) they all stay in a list.
"""
from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from catalog.writer import SpoolError

if TYPE_CHECKING:
    from classifiers.engine import FieldResult
    from classifiers.profiles import DatasetProfile
    from datamap.model import DatasetSample

Waiting = tuple["DatasetSample", list["FieldResult"], "DatasetProfile"]


class WaitingTables:
    """The waiting tables of one source, in the order they came."""

    #: tables kept in memory before the rest go to disk (about 70 KB each)
    IN_MEMORY = 1000

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._file: IO[bytes] | None = None
        self._kept: list[Waiting] = []
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, dataset: DatasetSample, field_results: list[FieldResult], profile: DatasetProfile) -> None:
        self._count += 1
        if self._folder is None or len(self._kept) < self.IN_MEMORY:
            self._kept.append((dataset, field_results, profile))
            return
        try:
            if self._file is None:
                # unnamed (deleted once closed, or when the process dies) in the spool's folder
                self._file = tempfile.TemporaryFile(prefix="waiting-", dir=self._folder)
            pickle.dump((dataset, field_results, profile), self._file, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError as exc:
            # as the spool's own failures: one line, nothing written to the catalog
            raise SpoolError.at(self._folder, exc.strerror or str(exc)) from None

    def __iter__(self) -> Iterator[Waiting]:
        """Every waiting table, once, in the order added (those on disk read back one at a time)."""
        yield from self._kept
        if self._file is None:
            return
        self._file.flush()
        self._file.seek(0)
        for _ in range(self._count - len(self._kept)):
            yield pickle.load(self._file)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._kept = []
