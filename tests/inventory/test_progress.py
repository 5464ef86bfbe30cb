"""Progress on stderr: a bar on a terminal, periodic lines elsewhere, nothing with -q."""
from __future__ import annotations

import fcntl
import io
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from inventory import progress as progress_module
from inventory.progress import LOG_MIN_DATASETS, Progress

REPO = Path(__file__).resolve().parents[2]


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


def test_reused_datasets_count_as_done_but_not_in_the_rate():
    stream = _Terminal()
    progress = Progress(stream)
    progress.discovered("warehouse.duckdb", 1000)
    progress.advance(990, reused=True)
    line = progress.line()
    assert "990/1,000 datasets (990 reused)" in line
    assert "0.0/s" in line and "ETA" not in line  # nothing read yet: no rate to promise an end from


def _scan_on_a_terminal(folder: Path, catalog: Path, *extra: str, columns: int = 70) -> tuple[int, str, str]:
    """`datamap scan` run with its stderr on a real pseudo-terminal of `columns` columns (stdout a
    pipe, as when a summary is redirected); (exit code, what the terminal got, stdout)."""
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    process = subprocess.Popen([sys.executable, "-m", "inventory.cli", "scan", str(folder), "--catalog", str(catalog),
                                "--workers", "1", *extra], cwd=REPO, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=terminal)
    os.close(terminal)
    received = bytearray()
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the scan closed its end of the terminal
            break
        if not chunk:
            break
        received += chunk
    stdout = process.stdout.read().decode() if process.stdout else ""
    os.close(controller)
    return process.wait(timeout=60), received.decode(), stdout


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    for n in range(LOG_MIN_DATASETS + 5):
        (data / f"t{n:02d}.csv").write_text("id,email\n" + "".join(f"{i},u{i}.{n}@example.org\n" for i in range(50)))
    return data


def test_the_cli_draws_a_bar_on_a_real_terminal(folder: Path, tmp_path: Path):
    total = LOG_MIN_DATASETS + 5
    code, terminal, stdout = _scan_on_a_terminal(folder, tmp_path / "c.duckdb", columns=70)
    assert code == 0, terminal
    draws = [draw for draw in terminal.split("\r\x1b[K") if draw]
    assert draws[0].startswith("[") and f"0/{total} datasets" in draws[0]
    # the last draw is the finished bar, kept on its line; the summary went to stdout
    assert draws[-1].startswith(f"[{'#' * 20}]  {total}/{total} datasets") and draws[-1].endswith("\n")
    assert all(len(draw.rstrip("\r\n")) < 70 for draw in draws), draws  # never wraps a 70-column terminal
    assert f"scan 1: {total} datasets" in stdout


def test_the_cli_rescan_bar_tells_reused_and_quiet_draws_nothing(folder: Path, tmp_path: Path):
    catalog = tmp_path / "c.duckdb"
    code, terminal, stdout = _scan_on_a_terminal(folder, catalog, "-q")
    assert code == 0 and terminal == "" and stdout == ""
    (folder / "t00.csv").write_text("id,email\n1,someone@example.org\n")
    total = LOG_MIN_DATASETS + 5
    code, terminal, _ = _scan_on_a_terminal(folder, catalog, columns=200)
    assert code == 0, terminal
    assert f"{total}/{total} datasets ({total - 1} reused)" in terminal.split("\r\x1b[K")[-1]
