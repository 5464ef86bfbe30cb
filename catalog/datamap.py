"""The data map (`datamap.yaml`): the team's sources and declarations.

Per dataset and field (glob patterns allowed) a declaration states the category, the purposes,
the retention (ISO 8601 duration) and its basis, and the consent it relies on. A dataset-level
entry sets defaults that its fields inherit. A field names a dot path (`context.device.id`) or a
column holding documents (`context`: every path inside it, unless a path is declared itself).
Example:

    version: 1
    sources:
      - {name: events, path: ./data}
    datasets:
      - dataset: "events/*.ndjson"
        purposes: [improve]
        retention: P90D
        basis: service
        fields:
          - {field: context.ip, category: device.ip_address}
          - {field: "context.location.*", category: location.precise, consent: location_permission}
"""
from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.durations import parse_duration
from catalog.policy import Policy
from catalog.yamlfile import ConfigError, line_of, load_validated, parse_validated
from classifiers.custom import CustomRecognizer, SpecError, build
from datamap.names import spellings

DEFAULT_DATAMAP = "datamap.yaml"
NOT_PERSONAL = "none"
_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Declaration:
    id: int
    dataset: str  # glob over dataset names
    field: str  # glob over field paths
    category: str | None
    purposes: tuple[str, ...] = ()
    retention: str | None = None
    basis: str | None = None
    consent: str | None = None
    line: int = 0
    #: a legal basis other than consent for sensitive data (PIPL art. 13), stated in words
    legal_basis: str | None = None

    @property
    def retention_days(self) -> float | None:
        return parse_duration(self.retention) if self.retention else None

    def covers(self, dataset: str, field_path: str) -> bool:
        return _dataset_matches(self.dataset, dataset) and field_matches(self.field, field_path)

    @property
    def specificity(self) -> tuple[int, int]:
        """Exact names beat globs; longer patterns beat shorter ones."""
        def score(pattern: str) -> int:
            return (0 if any(c in pattern for c in "*?[") else 1000) + len(pattern)
        return score(self.dataset), score(self.field)

    def specificity_for(self, field_path: str) -> tuple[int, int]:
        """`specificity` for one field: a declaration reaching it as a field inside the one it
        names (`payload` for `payload.user.id`) counts as a glob, so any path named exactly wins."""
        dataset_score, field_score = self.specificity
        if not fnmatch.fnmatchcase(field_path, self.field):
            field_score = len(self.field)
        return dataset_score, field_score


@dataclass(frozen=True)
class Source:
    name: str
    location: str  # a path or a URL, with ${ENV} expanded
    type: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    #: the URL as written, `${NAME}` unexpanded: what a Ray worker expands from its own
    #: environment, so the password itself never travels with the task ("" when no variable)
    written: str = ""


@dataclass
class DataMap:
    declarations: list[Declaration]
    sources: list[Source]
    policy_path: str | None = None
    path: str = ""
    # dataset glob -> the field that holds its event time
    event_time: dict[str, str] = field(default_factory=dict)
    # the team's own recognizers (`recognizers:`), run beside the built-in ones
    recognizers: list[CustomRecognizer] = field(default_factory=list)

    def event_time_field(self, dataset: str) -> str | None:
        """The field the data map names as the dataset's event time, if any."""
        for pattern, field_path in self.event_time.items():
            if _dataset_matches(pattern, dataset):
                return field_path
        return None

    def declaration_for(self, dataset: str, field_path: str) -> Declaration | None:
        """The most specific declaration covering a field, or None."""
        matches = [d for d in self.declarations if d.covers(dataset, field_path)]
        if not matches:
            return None
        return max(matches, key=lambda d: (d.specificity_for(field_path), -d.id))


def field_matches(pattern: str, field_path: str) -> bool:
    """Whether a declaration's field pattern names the field, or a field it lies inside: the
    column `payload` covers `payload.user.email` whether the column is JSON text, JSONB or a
    STRUCT (their documents are catalogued as their dot paths, datamap/flatten.py)."""
    return fnmatch.fnmatchcase(field_path, pattern) or fnmatch.fnmatchcase(field_path, pattern + ".*")


def held_inside(rows: Iterable[tuple[str, str, str | None]]) -> dict[tuple[str, str], set[str]]:
    """(dataset, column) -> the categories the paths inside the column hold, from (dataset,
    field, category) rows: a column of JSON documents is catalogued with what its paths hold
    (classifiers/embedded_json.py), so a check or a write-back that reads the paths already has
    those categories, and reads on the column only what is its own."""
    inside: dict[tuple[str, str], set[str]] = {}
    for dataset, path, category in rows:
        if category is None:
            continue
        parts = path.split(".")
        for cut in range(1, len(parts)):
            inside.setdefault((dataset, ".".join(parts[:cut])), set()).add(category)
    return inside


def _dataset_matches(pattern: str, dataset: str) -> bool:
    # a declaration written for a file database's former table names still declares them
    return any(_name_matches(pattern, name) for name in spellings(dataset))


def _name_matches(pattern: str, dataset: str) -> bool:
    if fnmatch.fnmatchcase(dataset, pattern):
        return True
    # a pattern without a folder matches the dataset's base name anywhere
    return "/" not in pattern and fnmatch.fnmatchcase(dataset.rsplit("/", 1)[-1], pattern)


def empty_datamap() -> DataMap:
    return DataMap(declarations=[], sources=[])


def load_datamap(path: str | Path, policy: Policy | None = None) -> DataMap:
    """Read and validate a data map; with a policy, check its ids too. Raises ConfigError."""
    path = Path(path)
    data = load_validated(path, "datamap.schema.json")
    return datamap_from_dict(data, str(path), policy, text=path.read_text(encoding="utf-8"))


def parse_datamap(text: str, origin: str = "<datamap>", policy: Policy | None = None) -> DataMap:
    return datamap_from_dict(parse_validated(text, "datamap.schema.json", origin), origin, policy, text=text)


def datamap_from_dict(data: dict[str, Any], origin: str, policy: Policy | None = None,
                      text: str | None = None) -> DataMap:
    import yaml

    root = yaml.compose(text) if text else None
    declarations: list[Declaration] = []
    event_time: dict[str, str] = {}
    for d_index, entry in enumerate(data.get("datasets") or []):
        if entry.get("event_time"):
            event_time[entry["dataset"]] = entry["event_time"]
        fields = entry.get("fields") or [{"field": "*"}]
        for f_index, item in enumerate(fields):
            merged = {k: entry.get(k) for k in ("category", "purposes", "retention", "basis", "consent", "legal_basis")}
            merged.update({k: v for k, v in item.items() if k != "field"})
            line = line_of(root, ["datasets", d_index, "fields", f_index]) if entry.get("fields") else \
                line_of(root, ["datasets", d_index])
            declaration = Declaration(
                id=len(declarations) + 1, dataset=entry["dataset"], field=item["field"],
                category=merged.get("category"), purposes=tuple(merged.get("purposes") or ()),
                retention=merged.get("retention"), basis=merged.get("basis"),
                consent=merged.get("consent"), line=line, legal_basis=merged.get("legal_basis"))
            if policy is not None:
                _check_ids(declaration, policy, f"{origin}:{line}")
            declarations.append(declaration)
    sources = [_source(s, origin, line_of(root, ["sources", i])) for i, s in enumerate(data.get("sources") or [])]
    base = Path(origin).parent if origin and not origin.startswith("<") else Path(".")
    policy_path = str(base / data["policy"]) if data.get("policy") else None
    recognizers = _recognizers(data.get("recognizers"), origin, root, policy)
    return DataMap(declarations=declarations, sources=sources, policy_path=policy_path, path=origin,
                   event_time=event_time, recognizers=recognizers)


def _recognizers(section: str | list[dict[str, Any]] | None, origin: str, root: Any,
                 policy: Policy | None) -> list[CustomRecognizer]:
    """The custom recognizers of a `recognizers:` section: a list, or the path of a YAML file
    holding one (`recognizers: recognizers.yaml`, relative to the data map)."""
    import yaml

    if section is None:
        return []
    base = Path(origin).parent if origin and not origin.startswith("<") else Path(".")
    if isinstance(section, str):
        path = base / section
        data = load_validated(path, "datamap.schema.json")
        if set(data) != {"recognizers"} or not isinstance(data["recognizers"], list):
            raise ConfigError(f"{path}:1: a recognizers file holds one key, `recognizers:`, with a list")
        origin, root, section = str(path), yaml.compose(path.read_text(encoding="utf-8")), data["recognizers"]
        base = path.parent
    built: list[CustomRecognizer] = []
    for index, spec in enumerate(section):
        where = f"{origin}:{line_of(root, ['recognizers', index])}"
        try:
            recognizer = build(spec, base, where)
        except SpecError as exc:  # the line of the key at fault: the pattern, the validator
            at = f"{origin}:{line_of(root, ['recognizers', index, *exc.key])}"
            raise ConfigError(f"{at}: recognizer {spec['name']}: {exc}") from None
        except ValueError as exc:
            raise ConfigError(f"{where}: recognizer {spec['name']}: {exc}") from None
        if any(other.entity == recognizer.entity for other in built):
            raise ConfigError(f"{where}: recognizer {spec['name']}: entity {recognizer.entity} is defined twice")
        if policy is not None:
            _map_entity(recognizer, policy, where)
        built.append(recognizer)
    return built


def _map_entity(recognizer: CustomRecognizer, policy: Policy, where: str) -> None:
    """Tie the recognizer's entity to its category in the policy, or say why it cannot be."""
    category = recognizer.category
    if category not in policy.categories:
        raise ConfigError(f"{where}: recognizer {type(recognizer).__name__}: unknown category {category!r}: "
                          f"add it to a policy YAML with its clause (see `datamap policy` for the ids)")
    known = policy.category_of(recognizer.entity)
    if known is not None and known != category:
        raise ConfigError(f"{where}: recognizer {type(recognizer).__name__}: entity {recognizer.entity} is "
                          f"{known} in the policy, not {category}")
    policy.map_entity(recognizer.entity, category)


def _check_ids(declaration: Declaration, policy: Policy, where: str) -> None:
    category = declaration.category
    if category and category != NOT_PERSONAL and category not in policy.categories:
        raise ConfigError(f"{where}: unknown category {category!r} (see `datamap policy` for the ids)")
    for purpose in declaration.purposes:
        if purpose not in policy.purposes:
            raise ConfigError(f"{where}: unknown purpose {purpose!r} (known: {', '.join(policy.purposes)})")
    if declaration.basis and declaration.basis not in policy.retention_bases:
        raise ConfigError(f"{where}: unknown retention basis {declaration.basis!r} "
                          f"(known: {', '.join(policy.retention_bases)})")
    if declaration.consent and declaration.consent not in policy.consents:
        raise ConfigError(f"{where}: unknown consent {declaration.consent!r} (known: {', '.join(policy.consents)})")


def _source(entry: dict[str, Any], origin: str, line: int) -> Source:
    raw = entry.get("url") or entry.get("path") or ""
    try:
        location = expand_env(raw)
    except KeyError as exc:
        raise ConfigError(f"{origin}:{line}: source {entry['name']}: environment variable {exc.args[0]} is not set") from None
    if entry.get("path") and not os.path.isabs(location) and not origin.startswith("<"):
        location = str(Path(origin).parent / location)
    return Source(name=entry["name"], location=location, type=entry.get("type"),
                  include=tuple(entry.get("include") or ()), exclude=tuple(entry.get("exclude") or ()),
                  options=dict(entry.get("options") or {}),
                  written=raw if entry.get("url") and raw != location else "")


def expand_env(text: str) -> str:
    """`${PG_URL}` -> the variable's value; KeyError naming the variable when it is unset."""
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise KeyError(name)
        return os.environ[name]
    return _ENV.sub(replace, text)
