"""How far a scan has got, on stderr: a bar on a terminal, a line every few seconds elsewhere.

    datamap scan warehouse.duckdb
    [#########...........]  4,210/10,000 datasets  61.3/s  ETA 1m34s  warehouse.duckdb

Off a terminal (CI logs, a pipe) the same figures are printed as one line every
`LOG_INTERVAL` seconds, so a log shows that a long scan is alive without filling up; a scan
of fewer than `LOG_MIN_DATASETS` datasets is short enough to print none.

Datasets reused by an incremental scan (unchanged, not read) count as done but not in the
rate: a rescan that reuses 9,900 datasets in a second and reads 100 would otherwise promise
to finish at once. The rate and ETA are of the datasets read.
"""
from __future__ import annotations

import io
import os
import shutil
import sys
import time
from typing import TextIO

#: seconds between progress lines when stderr is not a terminal
LOG_INTERVAL = 5.0
#: seconds between redraws of the bar on a terminal
DRAW_INTERVAL = 0.2
BAR_WIDTH = 20
LOG_MIN_DATASETS = 20


class Progress:
    """Datasets done out of those discovered so far, for the scan's sources."""

    def __init__(self, stream: TextIO | None = None, *, interactive: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.interactive = self.stream.isatty() if interactive is None else interactive
        self.total = 0
        self.done = 0
        #: of `done`, the datasets reused unread (not counted in the rate)
        self.reused = 0
        self.source = ""
        self._started = time.monotonic()
        # off a terminal, the first line comes one interval in: a scan shorter than that prints none
        self._shown = self._started
        self._drawn = False

    def discovered(self, source: str, datasets: int) -> None:
        """A source was listed: `datasets` more to do."""
        self.source = source
        self.total += datasets
        self._show(force=True)

    def advance(self, count: int = 1, *, reused: bool = False) -> None:
        """Datasets finished (classified, failed with an error, or `reused` unread)."""
        self.done += count
        if reused:
            self.reused += count
        self._show()

    def clear(self) -> None:
        """Take the bar off the terminal line (before another message is printed there)."""
        if self._drawn and self.interactive:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False
            self._shown = 0.0

    def close(self) -> None:
        """The scan is over: on a terminal the bar is drawn a last time, as it ended, and kept."""
        if self.interactive and self.total:
            self._show(force=True)
            self.stream.write("\n")
            self.stream.flush()
        self._drawn = False

    def line(self) -> str:
        elapsed = max(time.monotonic() - self._started, 1e-9)
        read = self.done - self.reused
        rate = read / elapsed
        left = self.total - self.done
        eta = f"ETA {_duration(left / rate)}" if rate > 0 and left > 0 else ""
        reused = f" ({self.reused:,} reused)" if self.reused else ""
        figures = f"{self.done:,}/{self.total:,} datasets{reused}  {rate:.1f}/s  {eta}".rstrip()
        if not self.interactive:
            return f"progress: {figures}  {self.source}"
        filled = int(BAR_WIDTH * self.done / self.total) if self.total else 0
        return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}]  {figures}  {self.source}"

    def _show(self, force: bool = False) -> None:
        now = time.monotonic()
        interval = DRAW_INTERVAL if self.interactive else LOG_INTERVAL
        if not force and now - self._shown < interval:
            return
        if not self.interactive and (force or self.total < LOG_MIN_DATASETS):
            return
        self._shown = now
        if self.interactive:
            # one terminal line: a longer one would wrap, and `\r` would redraw only its end
            self.stream.write("\r\x1b[K" + self.line()[:max(_columns(self.stream) - 1, 20)])
            self._drawn = True
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()


def _columns(stream: TextIO) -> int:
    """The width of the terminal `stream` writes to (stdout may be a file meanwhile)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return shutil.get_terminal_size().columns


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
