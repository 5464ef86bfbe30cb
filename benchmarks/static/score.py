"""Score `datamap check --static` on the static benchmark (labels.yaml, written blind).

For each project the gate runs as a CI job would, with no data map: `datamap check --static
DIR -f json` (with `--dialect` of the project unless `--no-dialect`). Then:

- verdict: the project must FAIL (exit 1): it holds personal columns and nothing declares them;
- flagged columns: the fields of DM001 findings (table without schema, column), each with
  the category the gate gives it;
- precision = flagged columns labelled personal / flagged columns;
  recall = labelled personal columns flagged / labelled personal columns;
  category accuracy = flagged personal columns whose category is the label's / flagged personal.

A label key may name two readings, `a|b`, where both are defensible (LABEL_REVIEW.md says why):
a flag of either category is right, and with `none` among them (`account.id|none`) the column
counts only when flagged, as a hit, and is never a miss.

    python benchmarks/static/fetch.py && python benchmarks/static/score.py [--verbose] [--no-dialect]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def _key(dataset: str, field: str) -> tuple[str, str]:
    table = dataset.strip('"`').rsplit(".", 1)[-1].strip('"`').lower()
    return table, field.strip('"`').lower()


def read_labels(project: dict) -> tuple[dict[tuple[str, str], frozenset[str]], set[tuple[str, str]]]:
    """Each labelled column's accepted categories, and the columns `none` is accepted for."""
    labels: dict[tuple[str, str], frozenset[str]] = {}
    optional: set[tuple[str, str]] = set()
    for key, columns in project["labels"].items():
        readings = frozenset(part.strip() for part in key.split("|"))
        for column in columns:
            column_key = _key(*column.split(".", 1))
            labels[column_key] = readings - {"none"}
            if "none" in readings:
                optional.add(column_key)
    return labels, optional


def tally(labels: dict[tuple[str, str], frozenset[str]], optional: set[tuple[str, str]],
          flagged: dict[tuple[str, str], str]) -> dict[str, list[tuple[str, str]]]:
    """The flagged columns' hits (and the right ones among them), false alarms and misses."""
    hits = [k for k in flagged if k in labels]
    return {
        "hits": hits,
        "right": [k for k in hits if flagged[k] in labels[k]],
        "false": sorted(set(flagged) - set(labels)),
        "missed": sorted(set(labels) - set(flagged) - optional),
    }


def run_gate(folder: Path, dialect: str | None) -> tuple[int, dict[tuple[str, str], str], str]:
    """The exit code, the flagged columns with their category, and stderr."""
    command = [sys.executable, "-m", "inventory.cli", "check", "--static", str(folder), "-f", "json"]
    if dialect and dialect != "dbt":
        command += ["--dialect", dialect]
    with tempfile.TemporaryDirectory() as empty:  # no datamap.yaml, no baseline: a fresh CI job
        env = dict(os.environ, PYTHONPATH=str(HERE.parent.parent))
        done = subprocess.run(command, cwd=empty, capture_output=True, text=True, env=env)
    flagged: dict[tuple[str, str], str] = {}
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return done.returncode, flagged, done.stderr
    for finding in report.get("findings", []):
        if finding["rule"] == "DM001" and finding.get("field"):
            flagged[_key(finding["dataset"], finding["field"])] = finding["category"]
    return done.returncode, flagged, done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every false positive, miss and wrong category")
    parser.add_argument("--no-dialect", action="store_true", help="let the gate detect each file's dialect")
    parser.add_argument("--bench", type=Path, default=HERE,
                        help="the benchmark's folder: labels.yaml, projects/, committed/ (default: this one)")
    args = parser.parse_args()
    bench = args.bench.resolve()
    projects = yaml.safe_load((bench / "labels.yaml").read_text())["projects"]
    totals = {"flagged": 0, "labelled": 0, "tp": 0, "right": 0}
    print(f"{'project':16} {'exit':>4} {'verdict':>7} {'flag':>5} {'label':>5} {'prec':>5} {'rec':>5} {'cat':>5}")
    failed_projects = 0
    for name, project in projects.items():
        folder = bench / ("committed" if project.get("committed") else "projects") / name
        if not folder.is_dir():
            sys.exit(f"{folder}: missing; run {bench.name}/fetch.py first")
        labels, optional = read_labels(project)
        code, flagged, stderr = run_gate(folder, None if args.no_dialect else project["dialect"])
        counts = tally(labels, optional, flagged)
        hits, right = counts["hits"], counts["right"]
        labelled = len(hits) + len(counts["missed"])  # an optional column counts only when flagged
        verdict_ok = code == 1
        failed_projects += verdict_ok
        precision = len(hits) / len(flagged) if flagged else 0.0
        recall = len(hits) / labelled if labelled else 1.0
        accuracy = len(right) / len(hits) if hits else 0.0
        print(f"{name:16} {code:>4} {'FAILS' if verdict_ok else 'PASSES':>7} {len(flagged):>5} {labelled:>5} "
              f"{precision:>5.2f} {recall:>5.2f} {accuracy:>5.2f}")
        if args.verbose:
            for key in counts["false"]:
                print(f"    false alarm  {'.'.join(key)} -> {flagged[key]}")
            for key in counts["missed"]:
                print(f"    missed       {'.'.join(key)} ({'|'.join(sorted(labels[key]))})")
            for key in sorted(set(hits) - set(right)):
                print(f"    wrong        {'.'.join(key)} -> {flagged[key]} (label {'|'.join(sorted(labels[key]))})")
            errors = [line for line in stderr.splitlines() if line.strip()]
            if errors:
                print(f"    stderr: {len(errors)} lines, first: {errors[0][:160]}")
        totals["flagged"] += len(flagged)
        totals["labelled"] += labelled
        totals["tp"] += len(hits)
        totals["right"] += len(right)
    precision = totals["tp"] / totals["flagged"] if totals["flagged"] else 0.0
    recall = totals["tp"] / totals["labelled"]
    accuracy = totals["right"] / totals["tp"] if totals["tp"] else 0.0
    print(f"{'all':16} {'':>4} {failed_projects:>3}/{len(projects):<3} {totals['flagged']:>5} "
          f"{totals['labelled']:>5} {precision:>5.2f} {recall:>5.2f} {accuracy:>5.2f}")


if __name__ == "__main__":
    main()
