"""A scan's processes make their arrays without importing pandas (datamap/arrow.py)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_arrays_are_made_without_pandas_and_pandas_still_comes_when_asked():
    out = _run(
        "import sys\n"
        "from datamap.arrow import without_pandas\n"
        "without_pandas()\n"
        "import pyarrow as pa\n"
        "values = pa.array(['a', None, 'b'])\n"
        "print(values.null_count, 'pandas' in sys.modules)\n"
        "frame = pa.table({'x': [1, 2]}).to_pandas()\n"
        "print(type(frame).__name__, list(frame['x']))\n")
    assert out.splitlines() == ["1 False", "DataFrame [1, 2]"]


def test_a_scan_does_not_import_pandas(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "users.csv").write_text("email,amount\n" + "".join(f"user{i}@example.com,{i}.5\n" for i in range(50)))
    out = _run(
        "import sys\n"
        "from inventory.cli import main\n"
        f"sys.argv = ['datamap', 'scan', {str(data)!r}, '--catalog', {str(tmp_path / 'c.duckdb')!r}, '--workers', '1', '-q']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    print(exc.code, 'pandas' in sys.modules)\n")
    assert out == "0 False"
