"""Write given_names_world.txt: given names of every locale Faker ships, plus first_names.txt.

    pip install -e '.[vocab]' && python -m classifiers.vocab.build_given_names

Faker's locale data holds real given names collected per country by its maintainers (MIT
licence); nothing is generated. Read at build time, not at run time: importing every locale
takes seconds. Names are lower-cased, with and without accents (`loïc`, `loic`).
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from classifiers import vocab
from classifiers.names import fold

TARGET = Path(__file__).with_name("given_names_world.txt")
HEADER = ("# Given names of many countries: first_names.txt plus every locale's given names in Faker's\n"
          "# person providers (MIT licence). Written by build_given_names.py; do not edit by hand.\n")


def given_names() -> set[str]:
    import faker.providers.person as person

    names = set(vocab.words("first_names"))
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            found = getattr(provider, attribute, ())
            if isinstance(found, (dict, tuple, list, set, frozenset)):  # some locales define properties
                for name in found:
                    if name.strip() and "#" not in name:
                        names.update({name.strip().lower(), fold(name.strip()).lower()})
    return names


def main() -> None:
    TARGET.write_text(HEADER + "".join(f"{name}\n" for name in sorted(given_names())), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
