"""Measure a catalog against labelled fields: per-category precision, recall and F1.

Labels are a CSV with columns `dataset, field, category`. `category` may list several
acceptable answers separated by `|` (the first is the primary one); `none` means not
personal. A row whose field is `*` is dataset-level (free-form logs): the category must be
found somewhere in that dataset.

The definitions are those of the shared benchmark scorer, so a team measures datamap on its
own data with the same figures:

- the prediction for a field is the category of its highest-confidence row in the catalog's
  `field_inventory` view (NULL or `none`: not personal);
- dataset names compare on their base name without extensions, field paths without `[]`,
  `[*]` or a leading `$.`;
- macro-F1 averages F1 over the categories that occur in the labels' primary answers;
- PII precision and recall treat "is it personal at all" as a binary question, skipping
  fields whose acceptable answers mix personal and `none`;
- coverage is the share of labelled fields present in the catalog.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from classifiers.names import dataset_base_name
from datamap import duck

NONE = "none"
DATASET_LEVEL = "*"


class EvaluationError(Exception):
    """Labels or catalog unusable: one clear line for the user."""


def dataset_key(name: str) -> str:
    """`logs/app.ndjson.gz` -> `app`."""
    return dataset_base_name(name).lower()


def field_key(name: str) -> str:
    """`$.items[].sku` -> `items.sku`."""
    text = str(name)
    if text.startswith("$."):
        text = text[2:]
    return text.replace("[]", "").replace("[*]", "").strip(".")


@dataclass
class CategoryScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Figures of one evaluation, and the fields it got wrong."""

    fields: int = 0
    correct: int = 0
    missing: int = 0
    categories: dict[str, CategoryScore] = field(default_factory=lambda: defaultdict(CategoryScore))
    pii: CategoryScore = field(default_factory=CategoryScore)
    dataset_level_gold: int = 0
    dataset_level_hits: int = 0
    dataset_level_extra: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.fields if self.fields else 0.0

    @property
    def macro_f1(self) -> float:
        labelled = [s for s in self.categories.values() if s.tp + s.fn > 0]
        return sum(s.f1 for s in labelled) / len(labelled) if labelled else 0.0

    @property
    def coverage(self) -> float:
        return (self.fields - self.missing) / self.fields if self.fields else 0.0

    @property
    def log_recall(self) -> float:
        return self.dataset_level_hits / self.dataset_level_gold if self.dataset_level_gold else 1.0

    def summary(self) -> dict[str, float | int]:
        return {"fields": self.fields, "accuracy": self.accuracy, "macro_f1": self.macro_f1,
                "pii_precision": self.pii.precision, "pii_recall": self.pii.recall, "coverage": self.coverage,
                "log_recall": self.log_recall, "log_extra": self.dataset_level_extra}

    def format(self, verbose: bool = True) -> str:
        lines = []
        if verbose:
            lines.append(f"  {'category':28s} {'f1':>5s} {'prec':>5s} {'rec':>5s} {'tp':>4s} {'fp':>4s} {'fn':>4s}")
            for name, s in sorted(self.categories.items()):
                lines.append(f"  {name:28s} {s.f1:5.2f} {s.precision:5.2f} {s.recall:5.2f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
            lines.extend("  " + e for e in self.errors)
        lines.append(f"macro_f1={self.macro_f1:.3f} accuracy={self.accuracy:.3f} "
                     f"pii_precision={self.pii.precision:.3f} pii_recall={self.pii.recall:.3f} "
                     f"coverage={self.coverage:.3f} log_recall={self.log_recall:.3f} "
                     f"log_extra={self.dataset_level_extra} fields={self.fields}")
        return "\n".join(lines)


@dataclass(frozen=True)
class Label:
    dataset: str
    field: str
    answers: tuple[str, ...]  # acceptable categories, primary first


def read_labels(path: str | Path) -> list[Label]:
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise EvaluationError(f"cannot read labels {path}: {exc.strerror or exc}") from exc
    if rows and not {"dataset", "field", "category"} <= set(rows[0]):
        raise EvaluationError(f"{path}: labels need the columns dataset, field, category")
    return [Label(row["dataset"], row["field"], tuple(c.strip() for c in row["category"].split("|")))
            for row in rows]


def read_predictions(catalog_path: str | Path) -> tuple[dict[tuple[str, str], tuple[str | None, float]],
                                                        dict[str, set[str]]]:
    """(best category per (dataset, field), categories found per dataset) from `field_inventory`."""
    if not Path(catalog_path).is_file():
        raise EvaluationError(f"no catalog at {catalog_path}: run `datamap scan` first")
    try:
        con = duck.connect_waiting(catalog_path, read_only=True)
    except (duck.DatabaseLocked, duckdb.Error) as exc:
        raise EvaluationError(f"cannot open catalog {catalog_path}: {exc}") from exc
    try:
        columns = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                             "WHERE table_name = 'field_inventory'").fetchall()}
        # a catalog from another tool may have no confidence: every row then counts the same
        confidence = "confidence" if "confidence" in columns else "1.0"
        rows = con.execute(f"SELECT dataset, field, category, {confidence} FROM field_inventory").fetchall()
    except duckdb.Error as exc:
        raise EvaluationError(f"{catalog_path} has no usable field_inventory view: {exc}") from exc
    finally:
        con.close()
    best: dict[tuple[str, str], tuple[str | None, float]] = {}
    per_dataset: dict[str, set[str]] = defaultdict(set)
    for dataset, name, category, confidence in rows:
        key = (dataset_key(dataset), field_key(name))
        category = None if category in (None, "", NONE) else str(category)
        score = float(confidence) if confidence is not None else 0.0
        if category:
            per_dataset[key[0]].add(category)
        known = best.get(key)
        if known is None or (category and (known[0] is None or score > known[1])):
            best[key] = (category, score)
    return best, per_dataset


def evaluate(labels_path: str | Path, catalog_path: str | Path) -> Report:
    """Score the latest scan in `catalog_path` against `labels_path`."""
    labels = read_labels(labels_path)
    best, per_dataset = read_predictions(catalog_path)
    report = Report()
    gold_per_dataset: dict[str, set[str]] = defaultdict(set)
    for label in labels:
        dataset = dataset_key(label.dataset)
        if label.field == DATASET_LEVEL:
            _score_dataset_level(report, dataset, label.answers[0], per_dataset)
            gold_per_dataset[dataset].add(label.answers[0])
        else:
            _score_field(report, label, best)
    for dataset, gold in gold_per_dataset.items():
        extra = per_dataset.get(dataset, set()) - gold
        report.dataset_level_extra += len(extra)
        report.errors.extend(f"LOG-EXTRA {dataset}: {category}" for category in sorted(extra))
    return report


def _score_dataset_level(report: Report, dataset: str, category: str, per_dataset: dict[str, set[str]]) -> None:
    report.dataset_level_gold += 1
    if category in per_dataset.get(dataset, set()):
        report.dataset_level_hits += 1
    else:
        report.errors.append(f"LOG-MISS {dataset}: {category}")


def _score_field(report: Report, label: Label, best: dict[tuple[str, str], tuple[str | None, float]]) -> None:
    report.fields += 1
    key = (dataset_key(label.dataset), field_key(label.field))
    where = f"{key[0]}.{label.field}"
    if key not in best:
        report.missing += 1
        report.errors.append(f"MISSING  {where} (gold {'|'.join(label.answers)})")
        predicted = NONE
    else:
        predicted = best[key][0] or NONE
    primary = label.answers[0]
    if predicted in label.answers:
        report.correct += 1
        if predicted != NONE:
            report.categories[predicted].tp += 1
    else:
        if predicted != NONE:
            report.categories[predicted].fp += 1
        if primary != NONE:
            report.categories[primary].fn += 1
        if key in best:
            report.errors.append(f"WRONG    {where}: got {predicted}, want {'|'.join(label.answers)}")
    personal = [answer != NONE for answer in label.answers]
    if all(personal) or not any(personal):  # ambiguous labels do not count for the binary figures
        gold_personal = all(personal)
        if predicted != NONE and gold_personal:
            report.pii.tp += 1
        elif predicted != NONE:
            report.pii.fp += 1
        elif gold_personal:
            report.pii.fn += 1
