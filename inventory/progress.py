"""How far a scan has got, on stderr: a bar on a terminal, a line every few seconds elsewhere.

    datamap scan warehouse.duckdb
    [#########...........]  4,210/10,000 datasets  61.3/s  ETA 1m34s  warehouse.duckdb

Off a terminal (CI logs, a pipe) the same figures are printed as one line every
`LOG_INTERVAL` seconds, so a log shows that a long scan is alive without filling up; a scan
of fewer than `LOG_MIN_DATASETS` datasets is short enough to print none.
"""
from __future__ import annotations

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
        self.source = ""
        self._started = time.monotonic()
        self._shown = 0.0
        self._drawn = False

    def discovered(self, source: str, datasets: int) -> None:
        """A source was listed: `datasets` more to do."""
        self.source = source
        self.total += datasets
        self._show(force=True)

    def advance(self, count: int = 1) -> None:
        """Datasets finished (classified, or failed with an error)."""
        self.done += count
        self._show()

    def clear(self) -> None:
        """Take the bar off the terminal line (before another message is printed there)."""
        if self._drawn and self.interactive:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False
            self._shown = 0.0

    def close(self) -> None:
        if self._drawn and self.interactive:
            self.stream.write("\n")
            self.stream.flush()
        self._drawn = False

    def line(self) -> str:
        elapsed = max(time.monotonic() - self._started, 1e-9)
        rate = self.done / elapsed
        eta = f"ETA {_duration((self.total - self.done) / rate)}" if rate > 0 and self.total > self.done else ""
        figures = f"{self.done:,}/{self.total:,} datasets  {rate:.1f}/s  {eta}".rstrip()
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
            self.stream.write("\r\x1b[K" + self.line())
            self._drawn = True
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
