"""pyarrow without pandas in a scan's processes.

pyarrow imports pandas, if installed, at its first `pa.array` (to tell a pandas Series from a
list), whatever the array is made of: 0.15-0.2 s of CPU and about 30 MB in every scanning
process and worker, a rescan's largest fixed import. datamap hands pyarrow no pandas object.
`without_pandas` lets pyarrow find pandas missing on that first look; pyarrow looks again (and
imports it) the first time something asks it for pandas by name (`Table.to_pandas`), so code
that wants pandas still gets it.
"""
from __future__ import annotations

import importlib.abc
import sys


class _PandasHidden(importlib.abc.MetaPathFinder):
    """An import finder that makes `import pandas` fail while it is installed."""

    def find_spec(self, name, path=None, target=None):  # noqa: ANN001, ANN201 - the finder protocol
        if name == "pandas":
            raise ImportError("pandas is not imported by datamap's pyarrow arrays")
        return None


def without_pandas() -> None:
    """Have pyarrow make its arrays without importing pandas (call before the first
    `pa.array`, in the main thread before others start). Nothing to do where pandas is
    already imported or pyarrow already looked."""
    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    hidden = _PandasHidden()
    sys.meta_path.insert(0, hidden)
    try:
        pa.array([0])  # pyarrow's one look for pandas, which fails now
    finally:
        sys.meta_path.remove(hidden)
