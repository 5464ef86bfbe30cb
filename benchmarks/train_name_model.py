"""A learned name model, and what it would add to the curated name rules (issue 10).

    python benchmarks/train_name_model.py lobo [--where unnamed|undecided] [--out FILE]
    python benchmarks/train_name_model.py train --out FILE

The model is a multinomial logistic regression over a field name's features: its tokens as
the engine reads them (split, abbreviations expanded, other languages translated), its raw
tokens, token pairs, its head (last token), character 3- and 4-grams of the raw name, the
enclosing path's tokens and the table name's tokens. No values: names and labels only. It is
fitted by full-batch gradient descent (Adam) from zero weights in a fixed order, so the same
labels give the same weights, byte for byte (`train` writes them as JSON).

`lobo` is the measurement: for each benchmark, the model is trained on all the others and
predicts its fields. Printed beside the rule engine's name-only verdict (the best recognizer
name signal at the engine's threshold, negative names applied) and rules + model, where the
model is consulted only where the rules leave the name alone, at a probability threshold
chosen on the training benchmarks alone (an inner split by benchmark):

- `--where unnamed` (default): where no recognizer reads the name at all, not even weakly —
  the only place a learned signal may speak without overriding a curated rule;
- `--where undecided`: where no recognizer reads it decisively (weak names too): an upper
  bound, since the engine there already weighs the weak name with the values.

The result (docs/classification.md, "A learned name model"): it does not earn its place, so
it is not wired into the engine. Needs scipy (the `train` extra) besides numpy.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse  # training only (the `train` extra); prediction needs numpy alone

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from catalog.policy import load_policy  # noqa: E402
from classifiers.engine import DEFAULT_THRESHOLD  # noqa: E402
from classifiers.evaluate import NONE, Label, Report, _score_field, dataset_key, field_key  # noqa: E402
from classifiers.names import NameTokens, chinese_table, dataset_base_name, expand, field_mark, tokenize  # noqa: E402
from classifiers.registry import default_recognizers  # noqa: E402

#: the benchmarks trained on, each a folder of benchmarks/ with a labels.csv (rows whose field
#: is `*` are log-level and skipped, so logs and logs2 give none). Only benchmarks on main;
#: listed so retraining reproduces.
BENCHMARKS = ("holdout", "holdout2", "realdata",
              "wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7",
              "zh", "zh2", "zh3", "zh4", "zh5", "zh6", "zh7", "zh8", "zh9")
#: a feature seen in fewer training fields than this is dropped
MIN_COUNT = 2
L2 = 1e-3
STEPS = 200
RATE = 0.1
#: weights are rounded to this many digits, and those smaller than `PRUNE` dropped (a small
#: file; the leave-one-out figures are those of the pruned model)
DIGITS = 2
PRUNE = 0.05
#: thresholds tried when choosing where the model may speak
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))
#: a wrong claim costs this many right ones when the threshold is chosen (precision first)
WRONG_COST = 2.0
INNER_FOLDS = 4
#: every name's feature (the model's bias)
BIAS = "*"
#: character n-gram lengths over the raw own name (`^mob_no$`: `mob`, `ob_`, ...)
NGRAMS = (3, 4)


def features(path: str, dataset: str = "", chinese: bool = False) -> list[str]:
    """The features of a field's name, prefixed by kind: `t:` an own token as the engine reads
    it (expanded), `r:` a raw own token, `b:` two own tokens in a row, `h:` the last own token
    (the head), `g:` a character n-gram of the raw own name, `p:` a token of the enclosing
    path, `d:` a token of the table's name, and `*` (every name's). Each once, in a stable order."""
    name = NameTokens.of(path, chinese)
    raw = tokenize(path.rsplit(".", 1)[-1])
    found: dict[str, None] = {BIAS: None}
    for token in name.own:
        found[f"t:{token}"] = None
    for token in raw:
        found[f"r:{token}"] = None
    for first, second in zip(name.own, name.own[1:]):
        found[f"b:{first}_{second}"] = None
    if name.own:
        found[f"h:{name.own[-1]}"] = None
    text = "^" + "_".join(raw) + "$"
    for n in NGRAMS:
        for start in range(max(0, len(text) - n + 1)):
            found[f"g:{text[start:start + n]}"] = None
    for token in name.parent:
        found[f"p:{token}"] = None
    for token in expand(tokenize(dataset_base_name(dataset))) if dataset else ():
        found[f"d:{token}"] = None
    return list(found)


@dataclass
class Model:
    classes: list[str]
    features: list[str]
    weights: np.ndarray  # features x classes

    def __post_init__(self) -> None:
        self.index = {feature: i for i, feature in enumerate(self.features)}

    def probabilities(self, feats: list[str]) -> np.ndarray:
        rows = [self.index[f] for f in feats if f in self.index]
        logits = self.weights[rows].sum(axis=0)
        exp = np.exp(logits - logits.max())
        return exp / exp.sum()


@dataclass
class Field:
    bench: str
    label: Label
    feats: list[str]
    rule: str | None  # the rules' name-only category (None: no rule decides from the name)
    named: bool  # the rules have read the name (see `--where`): the model is not asked
    vetoed: frozenset[str]  # categories a recognizer's negative name rules out


def read_fields(benches: tuple[str, ...] = BENCHMARKS, where: str = "unnamed") -> list[Field]:
    """Every labelled field, its features and the rules' name-only reading. `where`: `unnamed`
    counts a weak name as read (the model is asked only where no rule reads the name),
    `undecided` only a decisive one."""
    policy = load_policy()
    recognizers = default_recognizers()
    out: list[Field] = []
    for bench in benches:
        with open(REPO / "benchmarks" / bench / "labels.csv", newline="", encoding="utf-8") as handle:
            rows = [r for r in csv.DictReader(handle) if r["field"] != "*"]
        paths: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            paths[row["dataset"]].append(field_key(row["field"]))
        for row in rows:
            label = Label(row["dataset"], row["field"], tuple(c.strip() for c in row["category"].split("|")))
            table = tuple(paths[row["dataset"]])
            path = field_key(row["field"])
            mark = field_mark(table)
            if mark and "." not in path:
                path = path[len(mark):]
            zh = chinese_table(table)
            name = NameTokens.of(path, zh)
            best, score, vetoed = None, 0.0, set()
            for recognizer in recognizers:
                category = policy.category_of(recognizer.entity)
                if recognizer.vetoed(name):
                    vetoed.add(category)
                    continue
                signal = recognizer.named(name)
                if signal is not None and signal.score > score:
                    best, score = category, signal.score
            rule = best if score >= DEFAULT_THRESHOLD else None
            named = best is not None if where == "unnamed" else rule is not None
            out.append(Field(bench, label, features(path, row["dataset"], zh), rule, named, frozenset(vetoed)))
    return out


def fit(fields: list[Field]) -> Model:
    """Multinomial logistic regression over the fields' features (deterministic)."""
    classes = sorted({f.label.answers[0] for f in fields})
    counts: dict[str, int] = defaultdict(int)
    for f in fields:
        for feat in f.feats:
            counts[feat] += 1
    vocab = sorted(feat for feat, n in counts.items() if n >= MIN_COUNT or feat == BIAS)
    index = {feat: i for i, feat in enumerate(vocab)}
    rows, cols = [], []
    for r, f in enumerate(fields):
        for feat in f.feats:
            if feat in index:
                rows.append(r)
                cols.append(index[feat])
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(fields), len(vocab)))
    xt = x.T.tocsr()
    y = np.array([classes.index(f.label.answers[0]) for f in fields])
    onehot = np.zeros((len(fields), len(classes)))
    onehot[np.arange(len(fields)), y] = 1.0
    weights = np.zeros((len(vocab), len(classes)))
    m, v = np.zeros_like(weights), np.zeros_like(weights)
    decay = np.full((len(vocab), 1), L2)
    decay[index[BIAS]] = 0.0
    for step in range(1, STEPS + 1):
        logits = x @ weights
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        delta = (probs - onehot) / len(fields)
        grad = xt @ delta + decay * weights
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        weights -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    weights = np.where(np.abs(weights) >= PRUNE, np.round(weights, DIGITS), 0.0)
    return Model(classes, vocab, weights)


def predict(model: Model, fields: list[Field]) -> list[tuple[str, float]]:
    out = []
    for f in fields:
        probs = model.probabilities(f.feats)
        best = int(np.argmax(probs))
        out.append((model.classes[best], float(probs[best])))
    return out


def combined(f: Field, guess: tuple[str, float] | None, threshold: float) -> str:
    """Rules first; where no rule reads the name at all, the model's category at `threshold`
    (never one a negative name vetoes)."""
    if f.named:
        return f.rule or NONE
    if guess is None:
        return NONE
    category, probability = guess
    if category == NONE or probability < threshold or category in f.vetoed:
        return NONE
    return category


def choose_threshold(fields: list[Field], guesses: list[tuple[str, float]]) -> float:
    """The threshold where the model's claims (where rules are silent) gain most: a right
    category counts 1, a wrong claim `WRONG_COST`."""
    best, best_gain = THRESHOLDS[-1], -1e9
    for t in THRESHOLDS:
        gain = 0.0
        for f, g in zip(fields, guesses):
            said = combined(f, g, t)
            if not f.named and said != NONE:
                gain += 1.0 if said in f.label.answers else -WRONG_COST
        if gain > best_gain:
            best, best_gain = t, gain
    return best


def inner_threshold(train: list[Field]) -> float:
    """The threshold chosen from out-of-fold predictions over the training benchmarks, split
    into `INNER_FOLDS` groups of whole benchmarks."""
    benches = sorted({f.bench for f in train})
    group = {b: i % INNER_FOLDS for i, b in enumerate(benches)}
    guesses: list[tuple[str, float] | None] = [None] * len(train)
    for k in range(INNER_FOLDS):
        fitted = fit([f for f in train if group[f.bench] != k])
        held = [i for i, f in enumerate(train) if group[f.bench] == k]
        for i, g in zip(held, predict(fitted, [train[i] for i in held])):
            guesses[i] = g
    return choose_threshold(train, guesses)


def report(fields: list[Field], said: list[str]) -> Report:
    r = Report()
    for f, category in zip(fields, said):
        key = (dataset_key(f.label.dataset), field_key(f.label.field))
        r.fields += 1
        _score_field(r, f.label, {key: (None if category == NONE else category, 1.0)})
    return r


def lobo(fields: list[Field]) -> str:
    lines = ["| held out | fields | rules (names) F1 / P / R | model alone F1 / P / R | rules + model F1 / P / R "
             "| threshold | model claims right / wrong |", "|---|---|---|---|---|---|---|"]
    totals = {"rules": [], "model": [], "both": []}
    claims = [0, 0]
    for bench in BENCHMARKS:
        train = [f for f in fields if f.bench != bench]
        test = [f for f in fields if f.bench == bench]
        threshold = inner_threshold(train)
        guesses = predict(fit(train), test)
        rules = [f.rule or NONE for f in test]
        alone = [g[0] if g[1] >= threshold else NONE for g in guesses]
        both = [combined(f, g, threshold) for f, g in zip(test, guesses)]
        right = sum(1 for f, s in zip(test, both) if not f.named and s != NONE and s in f.label.answers)
        wrong = sum(1 for f, s in zip(test, both) if not f.named and s != NONE and s not in f.label.answers)
        claims[0] += right
        claims[1] += wrong
        cells = []
        for key, said in (("rules", rules), ("model", alone), ("both", both)):
            r = report(test, said)
            totals[key].append(r)
            cells.append(f"{r.macro_f1:.3f} / {r.pii.precision:.3f} / {r.pii.recall:.3f}")
        lines.append(f"| {bench} | {len(test)} | {' | '.join(cells)} | {threshold:.2f} | {right} / {wrong} |")
        print(lines[-1], file=sys.stderr, flush=True)
    mean = [f"{np.mean([r.macro_f1 for r in rs]):.3f} / {np.mean([r.pii.precision for r in rs]):.3f} / "
            f"{np.mean([r.pii.recall for r in rs]):.3f}" for rs in totals.values()]
    lines.append(f"| mean | {len(fields)} | {' | '.join(mean)} | | {claims[0]} / {claims[1]} |")
    return "\n".join(lines)


def train(fields: list[Field]) -> dict:
    """The model fitted on every benchmark, with the threshold of the inner split over all."""
    threshold = inner_threshold(fields)
    model = fit(fields)
    weights = {feat: {str(c): float(w) for c, w in enumerate(model.weights[i]) if w != 0.0}
               for i, feat in enumerate(model.features)}
    return {"classes": model.classes, "weights": {f: w for f, w in weights.items() if w},
            "meta": {"threshold": threshold, "benchmarks": list(BENCHMARKS), "fields": len(fields)}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("lobo", "train"))
    parser.add_argument("--where", choices=("unnamed", "undecided"), default="unnamed",
                        help="where the model is consulted (see above)")
    parser.add_argument("--out", help="file to write (lobo: default stdout; train: required)")
    args = parser.parse_args(argv)
    if args.command == "train" and not args.out:
        parser.error("train needs --out")
    fields = read_fields(where=args.where)
    if args.command == "lobo":
        text = lobo(fields)
        Path(args.out).write_text(text + "\n") if args.out else print(text)
    else:
        Path(args.out).write_text(json.dumps(train(fields), ensure_ascii=False, sort_keys=True,
                                             separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
