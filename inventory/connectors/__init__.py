"""Connectors by family, imported lazily so `datamap --help` stays fast.

`connector_for(spec)` builds the connector a source specification asks for: a path (file,
folder or glob), a database URL, or a `sources:` entry of `datamap.yaml`.
"""
from __future__ import annotations

import importlib
from typing import Any

from inventory.connectors.base import Connector, SampleOptions, SourceError

__all__ = ["Connector", "SampleOptions", "SourceError", "connector_for", "FAMILIES"]

# family name -> "module:Class"; one module per connector family
FAMILIES: dict[str, str] = {
    "files": "inventory.connectors.files:FileConnector",
    "logs": "inventory.connectors.logs:LogConnector",
    "folder": "inventory.connectors.folder:FolderConnector",
}


def _load(family: str) -> type[Connector]:
    try:
        target = FAMILIES[family]
    except KeyError:
        raise SourceError(f"unknown source type {family!r} (known: {', '.join(sorted(FAMILIES))})") from None
    module, cls = target.split(":")
    return getattr(importlib.import_module(module), cls)


def family_of(location: str) -> str:
    """Guess the family from a location string: a URL scheme names a database."""
    if "://" in location:
        scheme = location.split("://", 1)[0].lower()
        if scheme in FAMILIES:
            return scheme
        return "sqlalchemy" if "sqlalchemy" in FAMILIES else scheme
    # a path may hold table files and logs side by side: the folder connector reads both
    return "folder"


def connector_for(location: str, *, name: str | None = None, **options: Any) -> Connector:
    """The connector for a path or URL (`./data`, `logs/*.log`, `postgresql://...`)."""
    family = options.pop("type", None) or family_of(location)
    return _load(family)(location, name=name, **options)
