"""The recognizer registry: every `FieldRecognizer` defined in `classifiers/recognizers/`.

Each module there holds one recognizer (or a few for one kind of thing); adding a module is
all it takes to add a recognizer. `select` filters by entity, as a config would.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterable
from functools import lru_cache

from classifiers import recognizers as _package
from classifiers.recognizer import FieldRecognizer


@lru_cache(maxsize=1)
def _all() -> tuple[FieldRecognizer, ...]:
    found: list[FieldRecognizer] = []
    for info in sorted(pkgutil.iter_modules(_package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{_package.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, FieldRecognizer) and cls.__module__ == module.__name__ and cls.entity:
                found.append(cls())
    return tuple(found)


def default_recognizers() -> list[FieldRecognizer]:
    """One instance of every registered recognizer."""
    return list(_all())


def load_ahead() -> None:
    """Load what classifying loads at its first dataset: the recognizers, their vocabularies and
    the Chinese word tables (a scan's worker forkserver and its loading thread call it, to have
    them ready before the first dataset)."""
    from classifiers import chinese, vocab

    for recognizer in default_recognizers():
        for match in recognizer.vocabularies:
            vocab.value_set(match.vocabulary)
    chinese.build_tables()


def select(entities: Iterable[str] | None = None, exclude: Iterable[str] = ()) -> list[FieldRecognizer]:
    """Recognizers for the given entity types (all when None), minus `exclude`."""
    wanted = set(entities) if entities is not None else None
    skip = set(exclude)
    return [r for r in _all() if (wanted is None or r.entity in wanted) and r.entity not in skip]
