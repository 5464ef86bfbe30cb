"""A folder as people point datamap at it: table files, logs and database files side by side.

Each kind of file keeps its own connector (`files` for tables, `logs` for logs, `sqlite` and
`duckdb` for database files); this one only walks the folder and hands every dataset back to
the connector that found it. A database file is a source of its own, opened exactly as when
it is named directly (read-only, no extension downloads), and its tables are datasets named
`<file>/<table>` (`apps/app.sqlite/events`; `<file>/<schema>.<table>` outside the default
schema). A database file that cannot be opened is one unreadable dataset, not a failed folder;
datamap's own catalogs are skipped.
"""
from __future__ import annotations

from collections.abc import Iterator

from inventory.connectors import DATABASE_SUFFIXES, connector_for, database_suffix, sniff_database
from inventory.connectors.base import Connector, SampleOptions, SourceError, selected
from inventory.connectors.files import FileConnector, resolve_paths
from inventory.connectors.logs import LogConnector
from datamap.model import DatasetReadError, DatasetRef, DatasetSample

#: kind of the dataset standing for a database file that could not be listed
UNREADABLE_DATABASE = "database-file"
#: the table that marks a DuckDB file as a datamap catalog
CATALOG_MARKER = "catalog_meta"


class FolderConnector(Connector):
    """Table files, log files and database files under one path (a file, a folder or a glob)."""

    family = "folder"

    def __init__(self, location: str, *, name: str | None = None, **options: object) -> None:
        self.location = location
        self.name = name or location
        self.include = list(options.get("include") or ())  # type: ignore[call-overload]
        self.exclude = list(options.get("exclude") or ())  # type: ignore[call-overload]
        # paths that cannot be read are reported once, by the files connector
        self._parts: list[Connector] = [FileConnector(location, name=name, **options),
                                        LogConnector(location, name=name, report_unreadable=False, **options)]
        self._owner: dict[DatasetRef, Connector] = {}
        self._unreadable: dict[DatasetRef, str] = {}

    @property
    def source_name(self) -> str:
        return self.name

    def datasets(self) -> Iterator[DatasetRef]:
        for part in self._parts[:2]:
            for ref in part.datasets():
                self._owner[ref] = part
                yield ref
        yield from selected(self._database_datasets(), self.include, self.exclude)

    def _database_datasets(self) -> Iterator[DatasetRef]:
        root, paths, _ = resolve_paths(self.location)  # the files connector reports the unreadable
        for path in paths:
            named = DATABASE_SUFFIXES.get(database_suffix(path.name))
            if named is None:
                continue
            family = sniff_database(str(path))
            if family is None and path.suffix.lower() == ".db":
                continue  # `.db` is also other tools' suffix (Thumbs.db): only a database header counts
            label = path.relative_to(root).as_posix()
            family = family or named
            try:
                database = connector_for(str(path), name=label, type=family)
                refs = list(database.datasets())
            except SourceError as exc:
                ref = DatasetRef(name=label, location=str(path), kind=UNREADABLE_DATABASE)
                self._unreadable[ref] = str(exc)
                yield ref
                continue
            self._parts.append(database)
            if family == "duckdb" and any(ref.name == f"{label}/{CATALOG_MARKER}" for ref in refs):
                continue  # datamap's own catalog (`datamap scan .` beside ./datamap.duckdb)
            for ref in refs:
                self._owner[ref] = database
                yield ref

    def fingerprints(self, refs: list[DatasetRef]) -> dict[DatasetRef, str]:
        """Each dataset's probe, asked of the connector that found it."""
        by_owner: dict[int, tuple[Connector, list[DatasetRef]]] = {}
        for ref in refs:
            if ref in self._unreadable:
                continue
            owner = self._owner.get(ref) or self._parts[1 if ref.kind == "log" else 0]
            by_owner.setdefault(id(owner), (owner, []))[1].append(ref)
        probes: dict[DatasetRef, str] = {}
        for owner, owned in by_owner.values():
            try:
                probes.update(owner.fingerprints(owned))
            except SourceError:  # a database file that fails now fails again when sampled
                continue
        return probes

    def sample(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        if ref in self._unreadable:
            raise DatasetReadError(self._unreadable[ref])
        # a ref not seen in datasets() (built by a caller): logs are the ones of kind 'log'
        owner = self._owner.get(ref) or self._parts[1 if ref.kind == "log" else 0]
        if owner in self._parts[2:]:
            try:
                sample = owner.sample(ref, options)
            except SourceError as exc:  # one database file failing is not the folder failing
                raise DatasetReadError(str(exc)) from None
            # the folder is the source the scan covered: a table's source named after its file
            # would be no scanned source, and the catalog's current view would drop the table
            sample.source = self.source_name
            return sample
        return owner.sample(ref, options)

    def close(self) -> None:
        for part in self._parts:
            part.close()

