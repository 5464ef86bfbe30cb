"""The house's layers (issue 12): `datamap/` is the foundation under the three rooms, neither
`classifiers/` nor `catalog/` imports `inventory/`, and the circle between presidio_bridge,
recognizer and registry stays broken. Read from the source (every import, also those inside
functions), so a new import that breaks a layer fails here."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    """The top-level package.module names `path` imports."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize(("package", "forbidden"), [
    ("datamap", ("inventory", "catalog", "classifiers")),
    ("classifiers", ("inventory",)),
    ("catalog", ("inventory",)),
])
def test_a_room_imports_nothing_above_it(package: str, forbidden: tuple[str, ...]):
    offending = [f"{path.relative_to(ROOT)}: {name}" for path in sorted((ROOT / package).rglob("*.py"))
                 for name in sorted(_imports(path)) if name.split(".")[0] in forbidden]
    assert offending == []


def test_the_recognizer_registry_and_presidio_bridge_form_no_circle():
    recognizer = _imports(ROOT / "classifiers" / "recognizer.py")
    registry = _imports(ROOT / "classifiers" / "registry.py")
    assert not {"classifiers.registry", "classifiers.presidio_bridge"} & recognizer
    assert "classifiers.presidio_bridge" not in registry
