"""The policy: its categories of personal data, the clause disclosing each, and the entity
types that classifiers emit for them; its purposes, retention bases and consents.

`load_policy()` reads the bundled default (`catalog/policies/default.yaml`); another company's
policy is another YAML file in the same format, not a code change.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from catalog.durations import parse_duration
from catalog.yamlfile import ConfigError, load_validated

DEFAULT_POLICY = Path(__file__).parent / "policies" / "default.yaml"


@dataclass(frozen=True)
class Category:
    id: str
    clause: str | None  # None: personal data the policy never discloses
    names: dict[str, str]
    entities: tuple[str, ...]
    fideslang: str | None = None
    dlp: tuple[str, ...] = ()
    purposes: tuple[str, ...] | None = None  # allowed purposes; None = every purpose of the policy
    max_retention: str | None = None
    consent: str | None = None
    note: str | None = None
    #: the policy's words for the category per language (`{"zh": ("电池状态",), "en": ("battery state",)}`)
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: sensitive personal information (PIPL art. 28): a separate consent or a stated basis (DM022)
    sensitive: bool = False

    @property
    def disclosed(self) -> bool:
        return self.clause is not None

    @property
    def name(self) -> str:
        return self.names.get("en") or next(iter(self.names.values()))


@dataclass(frozen=True)
class Term:
    """A purpose, retention basis or consent: an id, its clause and names."""

    id: str
    clause: str | None
    names: dict[str, str]
    fideslang: str | None = None
    max_duration: str | None = None
    # a purpose that needs to recognise a person or device (account security, legal claims):
    # a near-unique combination of device attributes is expected for it (check rule DM021)
    singles_out: bool = False
    #: a separate consent (PIPL art. 29), asked for one processing alone
    separate: bool = False


@dataclass
class Policy:
    name: str
    updated: str | None
    categories: dict[str, Category]
    purposes: dict[str, Term]
    retention_bases: dict[str, Term]
    consents: dict[str, Term]
    path: str = ""
    teen_age: int = 18
    #: clause number -> its text per language (`{"5.3": {"en": "...", "zh": "..."}}`)
    clauses: dict[str, dict[str, str]] = field(default_factory=dict)  # clause 9: younger people are teens, whose data needs guardian consent
    _by_entity: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for category in self.categories.values():
            for entity in category.entities:
                if entity in self._by_entity:
                    raise ConfigError(f"{self.path}: entity {entity} is mapped to both "
                                      f"{self._by_entity[entity]} and {category.id}")
                self._by_entity[entity] = category.id

    def map_entity(self, entity: str, category: str) -> None:
        """Map one more entity type to a category (a data map's custom recognizer)."""
        current = self.categories[category]
        if entity not in current.entities:
            self.categories[category] = replace(current, entities=(*current.entities, entity))
        self._by_entity[entity] = category

    def category_of(self, entity: str) -> str | None:
        """The category this policy calls an entity type, or None if it names none."""
        return self._by_entity.get(entity)

    def allowed_purposes(self, category: str) -> tuple[str, ...]:
        allowed = self.categories[category].purposes
        return allowed if allowed is not None else tuple(self.purposes)

    def translations(self, language: str = "zh") -> dict[str, str]:
        """The policy's terms in `language` paired with its English ones (电池状态 -> battery
        state), for the classifiers to read field names in that language."""
        pairs: dict[str, str] = {}
        for category in self.categories.values():
            english, other = category.terms.get("en", ()), category.terms.get(language, ())
            for index, term in enumerate(other if english else ()):
                pairs.setdefault(term, english[min(index, len(english) - 1)])
        return pairs

    def clause_text(self, clause: str | None, language: str = "en") -> str | None:
        """The text of a clause in `language` (English when the policy has no such translation)."""
        texts = self.clauses.get(clause or "", {})
        return texts.get(language) or texts.get("en")


def load_policy(path: str | Path | None = None) -> Policy:
    """The policy at `path`, or the bundled default. Raises ConfigError naming file and line."""
    path = Path(path) if path else DEFAULT_POLICY
    # the bundled policy is checked against the schema by a test, not at every start (a
    # rescan's fixed cost); a user's policy is checked here
    data = load_validated(path, None if path == DEFAULT_POLICY else "policy.schema.json")
    return policy_from_dict(data, str(path))


def _names(value: dict[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()}


def policy_from_dict(data: dict[str, Any], origin: str = "<policy>") -> Policy:
    def terms(section: str) -> dict[str, Term]:
        return {key: Term(id=key, clause=_clause(v.get("clause")), names=_names(v["name"]),
                          fideslang=v.get("fideslang"), max_duration=v.get("max_duration"),
                          singles_out=bool(v.get("singles_out")), separate=bool(v.get("separate")))
                for key, v in (data.get(section) or {}).items()}

    purposes, bases, consents = terms("purposes"), terms("retention_bases"), terms("consents")
    categories: dict[str, Category] = {}
    for key, v in data["categories"].items():
        for purpose in v.get("purposes") or ():
            if purpose not in purposes:
                raise ConfigError(f"{origin}: category {key}: unknown purpose {purpose!r}")
        if v.get("consent") and v["consent"] not in consents:
            raise ConfigError(f"{origin}: category {key}: unknown consent {v['consent']!r}")
        categories[key] = Category(
            id=key, clause=_clause(v.get("clause")), names=_names(v["name"]),
            entities=tuple(v["entities"]), fideslang=v.get("fideslang"), dlp=tuple(v.get("dlp") or ()),
            purposes=tuple(v["purposes"]) if v.get("purposes") is not None else None,
            max_retention=v.get("max_retention"), consent=v.get("consent"), note=v.get("note"),
            terms={lang: tuple(words) for lang, words in (v.get("terms") or {}).items()},
            sensitive=bool(v.get("sensitive")))
    for term in [*bases.values()]:
        if term.max_duration:
            parse_duration(term.max_duration)
    meta = data["policy"]
    return Policy(name=meta["name"], updated=str(meta.get("updated") or "") or None, categories=categories,
                  purposes=purposes, retention_bases=bases, consents=consents, path=origin,
                  teen_age=int(meta.get("teen_age") or 18),
                  clauses={str(k): _names(v) for k, v in (data.get("clauses") or {}).items()})


def _clause(value: object) -> str | None:
    return None if value is None else str(value)
