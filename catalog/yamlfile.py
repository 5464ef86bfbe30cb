"""YAML files validated against a JSON Schema, with errors that name file and line.

Policies and data maps are edited by people: a typo must fail loudly with `file:line: what is
wrong`, never fall back silently to a default.
"""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

#: a policy or data map larger than this is refused before it is parsed
MAX_CONFIG_BYTES = 1 << 20
#: how deep collections may nest: the YAML scanner's cost grows with the square of the depth
MAX_DEPTH = 100
#: nodes a document may hold once its aliases are expanded (an alias bomb holds 9^9 in 600 bytes)
MAX_EXPANDED_NODES = 200_000
#: libyaml's loader where PyYAML was built with it: the same tokens, nodes and errors (with
#: their marks) as the pure-Python one, ten times sooner; reading the default policy took half
#: a second of every command's start (a rescan's fixed cost)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ConfigError(Exception):
    """A policy or data map file that cannot be used; the message names file and line."""


@cache
def load_schema(name: str) -> dict[str, Any]:
    return json.loads((Path(__file__).parent / "schemas" / name).read_text())


def load_validated(path: str | Path, schema_name: str | None) -> dict[str, Any]:
    """Parse `path` and validate it against `schema_name` (None: a file datamap ships, which a
    test validates instead); raise ConfigError with file and line on any problem."""
    return parse_validated(read_config(path), schema_name, str(path))


def read_config(path: str | Path) -> str:
    """The text of a configuration file, refused past `MAX_CONFIG_BYTES` or when not UTF-8."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_CONFIG_BYTES // 1024} KiB: not a policy or data map")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from exc


def compose_bounded(text: str, origin: str) -> yaml.Node | None:
    """The YAML node tree of `text`, refused (ConfigError, one line) when it nests deeper than
    `MAX_DEPTH` or its aliases expand past `MAX_EXPANDED_NODES`: the cost of reading any
    configuration is bounded by its size."""
    try:
        _shallow(text, origin)
        root = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{origin}:{mark.line + 1}" if mark else origin
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())[:200]
        raise ConfigError(f"{where}: not valid YAML: {problem}") from exc
    except RecursionError:
        raise ConfigError(f"{origin}: nested too deeply to be a policy or data map") from None
    _bounded(root, origin)
    _plain_style(root)
    return root


def _plain_style(root: yaml.Node | None) -> None:
    """libyaml gives a plain (unquoted) scalar the style '', PyYAML's own composer None,
    which callers test (an unquoted placeholder): the tree is made the pure-Python one."""
    pending = [root] if root is not None else []
    while pending:
        node = pending.pop()
        if isinstance(node, yaml.ScalarNode):
            if node.style == "":
                node.style = None
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            pending.extend(item for pair in node.value for item in pair)


def parse_validated(text: str, schema_name: str | None, origin: str) -> dict[str, Any]:
    root = compose_bounded(text, origin)
    try:
        data = yaml.SafeLoader("").construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{origin}:{mark.line + 1}" if mark else origin
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())[:200]
        raise ConfigError(f"{where}: not valid YAML: {problem}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}:1: expected a mapping at the top level")
    if schema_name is None:
        return data
    import jsonschema  # a tenth of a second to import: only when a file is checked

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


_BRACKETS = re.compile(r"[\[\]{}]")
_OPEN = (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken, yaml.BlockSequenceStartToken,
         yaml.BlockMappingStartToken)
_CLOSE = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)


def _shallow(text: str, origin: str) -> None:
    """Refuse a document nested deeper than `MAX_DEPTH`. Brackets are counted first (linear; a
    bracket inside a quoted string may count, harmless at this depth), then the tokens, which
    also see block nesting, are read only that far."""
    depth = 0
    for bracket in _BRACKETS.finditer(text):
        depth += 1 if bracket.group() in "[{" else -1
        if depth > MAX_DEPTH:
            line = text.count("\n", 0, bracket.start()) + 1
            raise ConfigError(f"{origin}:{line}: nested more than {MAX_DEPTH} levels deep: not a policy or data map")
    depth = 0
    for token in yaml.scan(text, Loader=SAFE_LOADER):
        if isinstance(token, _OPEN):
            depth += 1
            if depth > MAX_DEPTH:
                raise ConfigError(f"{origin}:{token.start_mark.line + 1}: nested more than {MAX_DEPTH} levels deep: "
                                  "not a policy or data map")
        elif isinstance(token, _CLOSE):
            depth -= 1


def _bounded(root: yaml.Node | None, origin: str) -> None:
    """Refuse a document whose aliases expand to more than `MAX_EXPANDED_NODES` nodes. The
    size of each node, its aliases expanded, is computed once per node (aliases share
    nodes), so this costs the document's size, not its expansion's."""
    sizes: dict[int, int] = {}

    def size(node: yaml.Node) -> int:
        known = sizes.get(id(node))
        if known is not None:
            return known
        sizes[id(node)] = 1  # a recursive alias counts once instead of looping
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(key) + size(value) for key, value in node.value)
        sizes[id(node)] = min(total, MAX_EXPANDED_NODES + 1)
        return sizes[id(node)]

    if root is not None and size(root) > MAX_EXPANDED_NODES:
        raise ConfigError(f"{origin}: its aliases expand to more than {MAX_EXPANDED_NODES:,} values "
                          "(an alias bomb?): refused")


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
