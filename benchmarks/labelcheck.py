"""What the Chinese benchmark generators share: their command line (`generate_main`, and
`generator_main` for generators split into independently seeded parts) and the `--verify`
check of generated fields against labels.csv."""
from __future__ import annotations

import argparse
import csv
import importlib.util
import random
from collections.abc import Callable
from pathlib import Path


def check_labels(out: Path, fields: dict[str, set[str]], labels: Path, logs: tuple[str, ...]) -> int:
    """Print every generated field without a label, every label naming no generated field, and
    every log under `out` without its `*` labels or its file; 1 when any, else 0."""
    labelled: dict[str, set[str]] = {}
    with labels.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            labelled.setdefault(row["dataset"], set()).add(row["field"])
    bad = 0
    for dataset, names in fields.items():
        for missing in sorted(names - labelled.get(dataset, set())):
            print(f"unlabelled: {dataset} {missing}")
            bad += 1
        for extra in sorted(labelled.get(dataset, set()) - names):
            print(f"label names no field: {dataset} {extra}")
            bad += 1
    for log in logs:
        if log not in labelled or not (out / log).exists():
            print(f"log without labels or file: {log}")
            bad += 1
    print(f"verify: {bad} problems")
    return 1 if bad else 0


def load_generator(name: str):
    """Another Chinese benchmark's `generate.py` as a module (`load_generator("zh3")`), so a
    generator reuses its divisions, identity numbers and writers without copying them."""
    spec = importlib.util.spec_from_file_location(f"{name}_generate", Path(__file__).resolve().parent / name / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generate_main(doc: str, generate: Callable[[Path, int], object], verify: Callable[[Path, Path], int],
                  seed: int, labels: Path) -> int:
    """The command line of a generator: `OUT_DIR [--seed N] [--verify] [--labels FILE]`;
    `generate(out, seed)` writes the files, `verify(out, labels)` checks them (its exit code)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--verify", action="store_true", help="check generated fields against labels.csv")
    ap.add_argument("--labels", type=Path, default=labels)
    a = ap.parse_args()
    generate(a.out, a.seed)
    return verify(a.out, a.labels) if a.verify else 0


def generator_main(doc: str, generators: list, faker, verify, seed: int, labels: Path) -> int:
    """`generate_main` for a generator made of parts: each of `generators` writes its files from
    its own `random.Random` and Faker, seeded from `seed` and its place, so that one part's
    change leaves the others' values as they were."""
    def generate(out: Path, seed: int) -> None:
        out.mkdir(parents=True, exist_ok=True)
        for i, gen in enumerate(generators):
            gen(random.Random(seed * 1000 + i), faker(seed * 1000 + i), out)

    return generate_main(doc, generate, verify, seed, labels)
