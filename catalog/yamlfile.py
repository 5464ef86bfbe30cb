"""YAML files validated against a JSON Schema, with errors that name file and line.

Policies and data maps are edited by people: a typo must fail loudly with `file:line: what is
wrong`, never fall back silently to a default.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml


class ConfigError(Exception):
    """A policy or data map file that cannot be used; the message names file and line."""


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict[str, Any]:
    return json.loads((Path(__file__).parent / "schemas" / name).read_text())


def load_validated(path: str | Path, schema_name: str) -> dict[str, Any]:
    """Parse `path` and validate it; raise ConfigError with file and line on any problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    return parse_validated(text, schema_name, str(path))


def parse_validated(text: str, schema_name: str, origin: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{origin}:{mark.line + 1}" if mark else origin
        raise ConfigError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}:1: expected a mapping at the top level")
    validator = jsonschema.Draft202012Validator(load_schema(schema_name))
    # the deepest error is the most specific one: report it first
    errors = sorted(validator.iter_errors(data), key=lambda e: -len(e.absolute_path))
    if errors:
        first = errors[0]
        line = line_of(root, list(first.absolute_path))
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ConfigError(f"{origin}:{line}: {where}: {first.message}{more}")
    return data


def line_of(node: yaml.Node | None, path: list[Any]) -> int:
    """The 1-based line of the YAML node at `path` (or of its nearest existing parent)."""
    line = node.start_mark.line + 1 if node is not None else 1
    for key in path:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == str(key)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            match = node.value[key]
        else:
            match = None
        if match is None:
            break
        node = match
        line = node.start_mark.line + 1
    return line
