"""Progress on stderr: a bar on a terminal, periodic lines elsewhere, nothing with -q."""
from __future__ import annotations

import io

from inventory import progress as progress_module
from inventory.progress import LOG_MIN_DATASETS, Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_on_a_terminal_shows_counts_rate_and_source():
    stream = _Terminal()
    progress = Progress(stream)
    progress.discovered("warehouse.duckdb", 4)
    for _ in range(4):
        progress.advance()
    progress.close()
    text = stream.getvalue()
    assert "\r" in text and "warehouse.duckdb" in text and "/s" in text
    assert "0/4 datasets" in text
    assert text.endswith("\n")


def test_lines_off_a_terminal_every_interval(monkeypatch):
    monkeypatch.setattr(progress_module, "LOG_INTERVAL", 0.0)
    stream = io.StringIO()
    progress = Progress(stream)
    progress.discovered("db", LOG_MIN_DATASETS)
    progress.advance()
    progress.advance()
    lines = stream.getvalue().splitlines()
    assert lines == [line for line in lines if line.startswith("progress: ")]
    assert lines[-1].startswith(f"progress: 2/{LOG_MIN_DATASETS} datasets")
    assert "\r" not in stream.getvalue()


def test_small_scans_print_no_lines_off_a_terminal(monkeypatch):
    monkeypatch.setattr(progress_module, "LOG_INTERVAL", 0.0)
    stream = io.StringIO()
    progress = Progress(stream)
    progress.discovered("data/", 3)
    progress.advance(3)
    progress.close()
    assert stream.getvalue() == ""
