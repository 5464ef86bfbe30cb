"""The `--verify` check the Chinese benchmark generators share: generated fields against labels.csv."""
from __future__ import annotations

import csv
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
