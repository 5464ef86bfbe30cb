"""Compare the detections of two catalogs of the same data: what changed between two versions.

usage: python benchmarks/compare_detections.py CATALOG_A CATALOG_B [--digits N] [--all] [--show K]

Reads each catalog's latest scan (its `detections` table) and compares, field by field:

- accepted: the detections a scan reports (`accepted`): entity, category and confidence
  rounded to N digits (default 2);
- candidates (`--all`): every detection, accepted or not, with its confidence rounded alike.

Prints the number of fields in each, how many are only in one, and how many differ, then up
to K (default 20) differing fields with both sides. Exits 1 when an accepted detection
differs (so a script can hold two versions to the same output), 0 otherwise.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from datamap import duck

Detections = dict[tuple[str, str], list[tuple[str, str, float]]]


def load(catalog: str, digits: int, accepted_only: bool) -> tuple[set[tuple[str, str]], Detections]:
    """Every field of the catalog's latest scan, and its detections sorted (entity, category, confidence)."""
    con = duck.connect(catalog, read_only=True)
    try:
        scan = con.execute("select max(scan_id) from detections").fetchone()[0]
        fields = {(d, f) for d, f in con.execute(
            "select dataset, field from fields where scan_id = ?", [scan]).fetchall()}
        rows = con.execute(
            "select dataset, field, entity, coalesce(category, ''), confidence from detections "
            f"where scan_id = ? {'and accepted' if accepted_only else ''}", [scan]).fetchall()
    finally:
        con.close()
    found: Detections = defaultdict(list)
    for dataset, field, entity, category, confidence in rows:
        found[(dataset, field)].append((entity, category, round(float(confidence), digits)))
    return fields, {key: sorted(value) for key, value in found.items()}


def compare(a: Detections, b: Detections) -> list[tuple[str, str]]:
    """The fields whose detections differ."""
    return sorted(key for key in set(a) | set(b) if a.get(key, []) != b.get(key, []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--digits", type=int, default=2, help="confidence rounded to this many digits (default 2)")
    parser.add_argument("--all", action="store_true", help="also compare candidates below the threshold")
    parser.add_argument("--show", type=int, default=20, help="differing fields to print (default 20)")
    args = parser.parse_args(argv)

    fields_a, accepted_a = load(args.a, args.digits, accepted_only=True)
    fields_b, accepted_b = load(args.b, args.digits, accepted_only=True)
    print(f"fields: {len(fields_a)} in A, {len(fields_b)} in B; only in A: {len(fields_a - fields_b)}, "
          f"only in B: {len(fields_b - fields_a)}")
    differing = compare(accepted_a, accepted_b)
    print(f"accepted detections differ on {len(differing)} fields (confidence to {args.digits} digits)")
    shown = [(key, accepted_a, accepted_b) for key in differing]
    if args.all:
        _, every_a = load(args.a, args.digits, accepted_only=False)
        _, every_b = load(args.b, args.digits, accepted_only=False)
        candidates = compare(every_a, every_b)
        print(f"candidate detections differ on {len(candidates)} fields")
        shown += [(key, every_a, every_b) for key in candidates if key not in set(differing)]
    for (dataset, field), left, right in shown[:args.show]:
        print(f"  {dataset} :: {field}\n    A: {left.get((dataset, field), [])}\n    B: {right.get((dataset, field), [])}")
    return 1 if differing or fields_a != fields_b else 0


if __name__ == "__main__":
    sys.exit(main())
