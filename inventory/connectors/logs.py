"""Log files: access logs, JSON lines, logfmt, syslog, logcat and free-form application logs.

A rotation group (`access.log`, `access.log.1`, `access.log.2.gz`) is one dataset. Sampling
reads a bounded number of lines whatever the size (see `inventory.logfiles`); the format is
detected per dataset from the sampled lines unless the source names one (`format: nginx`).
"""
from __future__ import annotations

import os

from collections.abc import Iterator
from pathlib import Path

from inventory.connectors.base import Connector, SampleOptions, SourceError, empty_dataset, file_probe, selected
from inventory.connectors.files import UNREADABLE, relative_name, resolve_paths, table_kind
from datamap.flatten import event_time_range
from inventory.logfiles import group_rotated, sample_lines
from inventory.logformats import detect, parse_lines, resolve_format
from datamap.model import DatasetReadError, DatasetRef, DatasetSample


class LogConnector(Connector):
    """A log file, a folder of logs (walked recursively) or a glob.

    In a folder, files named like logs (`*.log`, rotated and compressed forms) are datasets;
    a file given by name is read as a log whatever it is called (`/var/log/syslog`), unless
    its suffix makes it a table file (`.csv`, `.parquet`...), which the files connector reads.
    """

    family = "logs"

    def __init__(self, location: str, *, name: str | None = None, format: str | None = None,
                 include: list[str] | None = None, exclude: list[str] | None = None,
                 report_unreadable: bool = True, **_: object) -> None:
        self.location = location
        self.report_unreadable = report_unreadable  # False where a files connector beside it reports them
        self._unreadable: dict[str, str] = {}
        self.name = name or location
        self.include, self.exclude = list(include or ()), list(exclude or ())
        try:
            self.format = resolve_format(format) if format else None
        except ValueError as exc:
            raise SourceError(str(exc)) from None
        self._members: dict[str, list[Path]] = {}

    @property
    def source_name(self) -> str:
        return self.name

    def datasets(self) -> Iterator[DatasetRef]:
        return selected(self._logs(), self.include, self.exclude)

    def _logs(self) -> Iterator[DatasetRef]:
        root, paths, problems = resolve_paths(self.location)
        if paths and Path(self.location).is_file() and table_kind(paths[0])[0] is None:
            groups = {paths[0]: paths}  # named explicitly: a log whatever its name, unless a table
        else:
            groups = group_rotated(paths)
        for dataset, members in groups.items():
            self._members[str(dataset)] = members
            yield DatasetRef(name=dataset.relative_to(root).as_posix(), location=str(dataset), kind="log")
        if self.report_unreadable:
            for problem in problems:
                self._unreadable[str(problem.path)] = problem.reason
                yield DatasetRef(name=relative_name(problem.path, root), location=str(problem.path), kind=UNREADABLE)

    def fingerprints(self, refs: list[DatasetRef]) -> dict[DatasetRef, str]:
        """A log's probe covers every member of its rotation group (`app.log`, `app.log.1.gz`):
        rotating or appending changes it."""
        probes = {}
        for ref in refs:
            if ref.kind == UNREADABLE:
                continue
            members = [file_probe(str(path)) for path in self._members.get(ref.location) or [Path(ref.location)]]
            if None not in members:
                probes[ref] = "|".join(members)  # type: ignore[arg-type]
        return probes

    def sample(self, ref: DatasetRef, options: SampleOptions) -> DatasetSample:
        if ref.kind == UNREADABLE:
            raise DatasetReadError(f"{self._unreadable.get(ref.location, 'unreadable')}, not read")
        members = self._members.get(ref.location) or [Path(ref.location)]
        try:
            if all(member.stat().st_size == 0 for member in members):
                return empty_dataset(ref, self.source_name)
            lines = sample_lines(members, options.rows, options.seed)
        except OSError as exc:
            raise DatasetReadError(f"unreadable: {exc.strerror or exc}") from exc
        problems = [f"{count} lines: {reason}" for reason, count in sorted(lines.problems.items())]
        if not lines.lines and not problems:  # blank lines only: as empty as a file of no byte
            return empty_dataset(ref, self.source_name, "blank lines only")
        if not lines.lines:
            detail = f" ({'; '.join(problems)})" if problems else ""
            raise DatasetReadError(f"no readable log lines{detail}")
        format_name = self.format or detect(lines.lines, lines.head)
        parsed = parse_lines(lines.lines, format_name, lines.head)
        if not parsed.fields and not parsed.free_text:
            raise DatasetReadError(f"no {format_name} lines among {len(lines.lines)} sampled")
        notes = [f"format: {parsed.format}" + ("" if self.format else " (detected)")]
        if len(members) > 1:
            names = [member.name for member in members]
            shown = names if len(names) <= 4 else [*names[:2], "…", names[-1]]
            notes.append(f"{len(members)} rotated files: {', '.join(shown)}")
        oldest, newest = event_time_range(parsed.fields)
        return DatasetSample(
            name=ref.name,
            source=self.source_name,
            kind=parsed.kind,
            fields=parsed.fields,
            row_count=lines.row_estimate,
            sampled_rows=len(lines.lines),
            oldest_event=oldest,
            newest_event=newest,
            notes=notes + lines.notes + problems + parsed.notes,
            free_text=parsed.free_text,
            location=os.path.abspath(ref.location),  # rights plans address it from anywhere
        )
