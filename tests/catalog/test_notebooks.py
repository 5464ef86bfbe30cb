"""The reviewer notebooks execute cleanly (nbclient, a real kernel) and draw their plots, on the
demo catalog and on a catalog with two scans and a data map."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient


NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
#: notebook -> how many plots it draws
PLOTS = {"01_overview.ipynb": 3, "02_category_drilldown.ipynb": 2, "03_retention_review.ipynb": 1,
         "04_subject_rights.ipynb": 1}


def _execute(name: str, catalog: Path, monkeypatch: pytest.MonkeyPatch) -> nbformat.NotebookNode:
    monkeypatch.setenv("DATAMAP_CATALOG", str(catalog))  # the kernel inherits the environment
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    book = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(book, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return book


def _outputs(book: nbformat.NotebookNode) -> list[dict]:
    return [output for cell in book.cells if cell.cell_type == "code" for output in cell.outputs]


def test_the_notebooks_are_stored_without_outputs() -> None:
    assert sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) == sorted(PLOTS)
    for path in NOTEBOOKS.glob("*.ipynb"):
        assert _outputs(nbformat.read(path, as_version=4)) == [], path.name


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_notebook_runs_on_the_demo_catalog(name: str, demo_catalog: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = _execute(name, demo_catalog, monkeypatch)
    outputs = _outputs(book)
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == PLOTS[name]
    assert str(demo_catalog) in "".join(o.get("text", "") for o in outputs if o.output_type == "stream")


def test_retention_review_on_a_catalog_with_a_data_map(two_scan_catalog: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    book = _execute("03_retention_review.ipynb", two_scan_catalog, monkeypatch)
    tables = "".join(o.get("data", {}).get("text/plain", "") for o in _outputs(book))
    assert "exceeds_policy" in tables and "held_longer" in tables and "P90D" in tables


def test_the_rights_notebook_exports_one_persons_rows(demo_catalog: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = _execute("04_subject_rights.ipynb", demo_catalog, monkeypatch)
    tables = "".join(o.get("data", {}).get("text/plain", "") for o in _outputs(book))
    assert "users.parquet" in tables and "devices.csv" in tables  # served, and reached by a route
    assert "COPY (SELECT" in tables and "location_permission" in tables
