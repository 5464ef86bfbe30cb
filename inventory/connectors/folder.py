"""A folder as people point datamap at it: table files and logs side by side.

Each kind of file keeps its own connector (`files` for tables, `logs` for logs); this one
only walks both and hands every dataset back to the connector that found it.
"""
from __future__ import annotations

from collections.abc import Iterator

from inventory.connectors.base import Connector, SampleOptions
from inventory.connectors.files import FileConnector
from inventory.connectors.logs import LogConnector
from datamap.model import DatasetRef, DatasetSample


class FolderConnector(Connector):
    """Table files and log files under one path (a file, a folder or a glob)."""

    family = "folder"

    def __init__(self, location: str, *, name: str | None = None, **options: object) -> None:
        self.name = name or location
        # unreadable paths are reported once, by the files connector
        self._parts: list[Connector] = [FileConnector(location, name=name, **options),
                                        LogConnector(location, name=name, report_unreadable=False, **options)]
        self._owner: dict[DatasetRef, Connector] = {}

    @property
    def source_name(self) -> str:
        return self.name

    def datasets(self) -> Iterator[DatasetRef]:
        for part in self._parts:
            for ref in part.datasets():
                self._owner[ref] = part
                yield ref

    def sample(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        # a ref not seen in datasets() (built by a caller): logs are the ones of kind 'log'
        owner = self._owner.get(ref) or self._parts[1 if ref.kind == "log" else 0]
        return owner.sample(ref, options)

    def close(self) -> None:
        for part in self._parts:
            part.close()
