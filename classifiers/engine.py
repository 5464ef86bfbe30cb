"""Classify a dataset sample: every recognizer's signals per field, combined into detections.

For each field and recognizer the engine gathers a name signal, a value signal (vectorised
over the whole sample) and a context signal (siblings and parents), and combines them with a
noisy-or, so independent evidence adds up while a lone weak signal stays weak. Three rules
keep precision:

- values that flatly contradict a name cut its score (a field named `ip` full of hostnames);
  values that have the right *shape* but fail the validator (test card numbers that fail
  Luhn) leave the name standing, with the verdict recorded;
- a recognizer whose values cannot decide alone (bare numbers, UUIDs) needs a name or
  context signal: without one its values are not even looked at;
- a detection is reported at `DEFAULT_THRESHOLD` or above.

Free-text fields (the best detection is USER_CONTENT, or the dataset's unstructured
`free_text`) get a second pass: Presidio, with spaCy NER, over a bounded subset of values,
and what it finds inside them becomes secondary detections (`primary=False`).
"""
from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import (
    code_legend,
    declared,
    embedded_json,
    gate,
    log_table,
    neighbours,
    operators,
    rx,
    secondary,
    table_view,
    value_ner,
)
from classifiers.capabilities import capability_flag
from classifiers.evidence import Detection, Signal
from classifiers.fieldview import EXAMPLE_HEAD, Batch, FieldView, as_mask
from classifiers.masking import mask_examples
from classifiers.names import (NameTokens, chinese_table, comment_tokens, field_mark, type_prefixes,
                               without_type_prefix)
from classifiers.recognizer import FieldRecognizer, _ratio_weight
from classifiers.recognizers.behavioral import REPOSITORY_ADDRESS, SYSTEM_VERDICTS
from classifiers.registry import default_recognizers
from classifiers import units
from classifiers.shape import regex_shape
from classifiers.stages import stages_on
from datamap.model import DatasetSample, FieldSample

log = logging.getLogger(__name__)

#: detections at or above this confidence are reported; below it they are candidates.
#: A name alone scores 0.6-0.75 and a decisive value pattern 0.8-0.9, while every signal
#: that cannot decide alone (weak names, ambiguous values) scores below it; on the labelled
#: dev benchmark no false positive sits above 0.5.
DEFAULT_THRESHOLD = 0.5
#: with at least this many values, a value pattern that matches none of them contradicts the name
CONTRADICTION_MIN_VALUES = 5
#: a log slot's name is a word of the line's prose (`Connection reset by peer` gives a slot
#: `Connection` of `reset`): a name that weak is contradicted by fewer values
LOG_SLOT_CONTRADICTION_MIN_VALUES = 2
EXAMPLES_PER_DETECTION = 3
#: how much a name keeps when no sampled value has the expected form: little for entities of
#: one universal format, more for open-world ones whose formats no pattern list exhausts
CLOSED_FORMAT_PENALTY = 0.5
OPEN_FORMAT_PENALTY = 0.8
OPEN_FORMAT_MIN_SHAPE = 0.2
OPEN_FORMAT_MIN_SHAPE_WORDS = 0.8
#: a number a spreadsheet wrote in exponent form (`5.54563E+15`, a 16-digit card number once
#: a CSV went through Excel): its digits are lost, so it can neither match nor contradict a name
EXPONENT_FORM = r"^[+-]?\d(?:\.\d+)?[Ee]\+\d{1,3}$"
#: share of the informative values in exponent form before a column counts as one of them
EXPONENT_FORM_SHARE = 0.8
#: the entity whose fields get the secondary (embedded personal data) pass
FREE_TEXT_ENTITY = "USER_CONTENT"
#: the pseudo-field that holds a dataset's unstructured text (free-form log messages)
FREE_TEXT_PATH = "(free text)"


@dataclass
class FieldResult:
    """All candidate detections for one field, best first."""

    sample: FieldSample
    detections: list[Detection]

    def best(self, threshold: float = DEFAULT_THRESHOLD) -> Detection | None:
        for detection in self.detections:
            if detection.primary and detection.confidence >= threshold:
                return detection
        return None

    def accepted(self, threshold: float = DEFAULT_THRESHOLD) -> list[Detection]:
        """The primary best detection plus secondary (embedded) ones above the threshold."""
        best = self.best(threshold)
        embedded = [d for d in self.detections if not d.primary and d.confidence >= threshold]
        return ([best] if best else []) + embedded

    def secondary(self) -> list[Detection]:
        """Personal data found inside the field's free text, best first."""
        return [d for d in self.detections if not d.primary]


def classify_dataset(dataset: DatasetSample, recognizers: Sequence[FieldRecognizer] | None = None,
                     *, embedded: bool = True) -> list[FieldResult]:
    """Candidate detections for every field of a dataset sample.

    `embedded=False` skips the Presidio pass over free text and the NER over undecided
    columns' values (no spaCy load: fast, for callers that only want a first reading).
    """
    return classify_datasets([dataset], recognizers, embedded=embedded)[0]


def classify_datasets(datasets: Sequence[DatasetSample], recognizers: Sequence[FieldRecognizer] | None = None,
                      *, embedded: bool = True) -> list[list[FieldResult]]:
    """`classify_dataset` for several datasets at once: their fields share one `Batch`, so
    each regex is compiled once for all of them (the results are those of one at a time)."""
    recognizers = list(recognizers) if recognizers is not None else default_recognizers()
    # recognizers beyond the built-in ones (a data map's own) look inside free text too
    built_in = {id(r) for r in default_recognizers()}
    extra = [r for r in recognizers if id(r) not in built_in]
    batch = Batch()
    try:
        return _classify_batch(datasets, batch, recognizers, extra, embedded=embedded)
    finally:
        batch.release()  # the views and their batch refer to each other: see `Batch.release`


def _classify_batch(datasets: Sequence[DatasetSample], batch: Batch, recognizers: Sequence[FieldRecognizer],
                    extra: Sequence[FieldRecognizer], *, embedded: bool) -> list[list[FieldResult]]:
    later: list[Batch] = []  # the batches of the whole samples read after a first stage
    try:
        return _classify_staged(datasets, batch, later, recognizers, extra, embedded=embedded)
    finally:
        for each in later:
            each.release()


def _classify_staged(datasets: Sequence[DatasetSample], batch: Batch, later: list[Batch],
                     recognizers: Sequence[FieldRecognizer], extra: Sequence[FieldRecognizer], *,
                     embedded: bool) -> list[list[FieldResult]]:
    # a field of many values, all distinct, is read first on a stage of them (see `_stage`):
    # the whole sample of the fields the stage leaves undecided is read afterwards, together
    staged = stages_on()
    stages = [[_stage(sample) if staged else None for sample in dataset.fields] for dataset in datasets]
    starts = [[batch.add(sample) if stage is None else _as_stage(batch.add(stage))
               for sample, stage in zip(dataset.fields, dataset_stages)]
              for dataset, dataset_stages in zip(datasets, stages)]
    # every name and context of the chunk is read before any value: then each regex runs once
    # over the values of just the fields that go on to read it
    gates = gate.Gates.of(recognizers)
    opened = [[_open(view, dataset, recognizers, gates) for view in dataset_views]
              for dataset, dataset_views in zip(datasets, starts)]
    _announce(batch, [field for fields in opened for field in fields if field is not None])
    # a JSON text column the connector flattened keeps, under its own name, only its cells
    # that are not documents (datamap/flatten.py): classified as the text they are, never
    # given its documents' categories again (those are its paths' own fields)
    lift = [[sample.path not in parents for sample in dataset.fields]
            for dataset in datasets
            for parents in [{sample.path.rsplit(".", n)[0] for sample in dataset.fields
                             for n in range(1, sample.path.count(".") + 1)}]]
    found = [[_classify_opened(field, recognizers, lift=lifts) for field, lifts in zip(dataset_opened, dataset_lift)]
             for dataset_opened, dataset_lift in zip(opened, lift)]
    views = [list(dataset_views) for dataset_views in starts]
    if any(stage is not None for dataset_stages in stages for stage in dataset_stages):
        # (a data map's own recognizers may share a class: none of them is taken for another's)
        names = Counter(type(r).__name__ for r in recognizers)
        by_name = {type(r).__name__: r for r in recognizers if names[type(r).__name__] == 1}
        again = Batch()
        later.append(again)
        undecided = []
        for d, dataset in enumerate(datasets):
            for f, stage in enumerate(stages[d]):
                if stage is None:
                    continue
                if _decided(starts[d][f], found[d][f], by_name):
                    # the whole sample is read only if a later pass asks (a neighbour's context)
                    views[d][f] = FieldView.of(dataset.fields[f])
                    later.append(views[d][f].batch)
                else:
                    views[d][f] = again.add(dataset.fields[f])
                    undecided.append((d, f))
        # opened once every field is in the batch: the shape gate reads the batch's table of
        # values, built once for all its fields
        reopened = [(d, f, _open(views[d][f], datasets[d], recognizers, gates)) for d, f in undecided]
        _announce(again, [field for _, _, field in reopened if field is not None])
        for d, f, field in reopened:
            found[d][f] = _classify_opened(field, recognizers, lift=lift[d][f])
    classified = []
    for dataset, dataset_views, dataset_found in zip(datasets, views, found):
        results = [FieldResult(sample, detections) for sample, detections in zip(dataset.fields, dataset_found)]
        if embedded:
            # undecided word columns under names nobody knows: spaCy NER reads their values
            # (people's names; places in a table about people), before the table is judged
            value_ner.apply(dataset, results, dataset_views, DEFAULT_THRESHOLD)
        # what the whole table is about: people (its key is their account id) or places and things
        table_view.apply(dataset, results, DEFAULT_THRESHOLD)
        # fields whose names say nothing: their values, read beside what the rest of the table holds
        neighbours.apply(dataset, results, dataset_views, recognizers, DEFAULT_THRESHOLD)
        # who keyed the rows in, when that is the back office's staff (`create_by` of `admin`)
        operators.apply(results, DEFAULT_THRESHOLD)
        # a column of JSON documents holds what its paths hold (a reviewer names the column)
        results += embedded_json.document_results(dataset, results, DEFAULT_THRESHOLD)
        if embedded:
            log_messages = log_table.message_columns(dataset)
            for result in results:
                best = result.best()
                if result.sample.path in log_messages:
                    # a parsed log's message column: machine text, read as a log file's lines are
                    result.detections.extend(_embedded(dataclasses.replace(result.sample, origin="message"), extra))
                elif (best is not None and best.entity == FREE_TEXT_ENTITY) or result.sample.origin == "message":
                    result.detections.extend(_embedded(result.sample, extra))
            results += [FieldResult(sample, _embedded(sample, extra))
                        for sample in result_samples(dataset)[len(results):]]
        classified.append(results)
    return classified


#: values a field's first stage holds: the first `EXAMPLE_HEAD` (its examples are drawn from
#: them) and the others drawn at random from the rest (seeded by the field's size)
STAGE_ROWS = 200
#: a share read on a first stage that comes this close to the share a verdict needs leaves
#: the field undecided (see `FieldView.near`); so does a confidence this close to the threshold
#: or to the next candidate's
STAGE_MARGIN = 0.15


def _stage(sample: FieldSample) -> FieldSample | None:
    """The first stage of a field: `STAGE_ROWS` of its values, when it has more than that and
    they are all distinct (so no share of repeats, no count of distinct values, can read
    otherwise on the stage than on the whole sample); None for a field read whole at once."""
    values = sample.values
    if len(values) <= STAGE_ROWS or sample.list_lengths is not None or values.null_count:
        return None
    if pc.count_distinct(values).as_py() != len(values):
        return None
    return dataclasses.replace(sample, values=values.take(_stage_rows(len(values))))


@lru_cache(maxsize=64)
def _stage_rows(size: int) -> pa.Array:
    rest = np.random.default_rng(size).choice(np.arange(EXAMPLE_HEAD, size), STAGE_ROWS - EXAMPLE_HEAD, replace=False)
    return pa.array(np.concatenate([np.arange(EXAMPLE_HEAD), np.sort(rest)]))


def _as_stage(view: FieldView) -> FieldView:
    view.margin = STAGE_MARGIN
    return view


def _decided(view: FieldView, detections: list[Detection], recognizers: dict[str, FieldRecognizer]) -> bool:
    """Whether a field's first stage decides it. No share read on the stage came within
    `STAGE_MARGIN` of the share a verdict needs (`FieldView.uncertain`), so the whole sample
    gives the same signals; their scores can still move with the shares (a value signal's score
    grows with its share), and a contradicted name may be judged otherwise: each candidate's
    confidence is bounded over what the whole sample could give, and the field is decided when
    no candidate's bounds straddle the threshold and the best one's stand clear of the others'."""
    if view.uncertain:
        return False
    if any(not d.primary or d.path != view.path for d in detections):
        return False  # lifted from JSON documents inside the values
    bounds = [_confidence_bounds(d, recognizers.get(d.recognizer)) for d in detections]
    if any(low < DEFAULT_THRESHOLD <= high for low, high in bounds):
        return False
    if not bounds or max(high for _, high in bounds) < DEFAULT_THRESHOLD - STAGE_MARGIN:
        return True  # every candidate stays well below the threshold, whatever their order
    best = max(range(len(bounds)), key=lambda i: bounds[i][0])
    return all(bounds[best][0] > high for i, (_, high) in enumerate(bounds) if i != best)


def _confidence_bounds(detection: Detection, recognizer: FieldRecognizer | None) -> tuple[float, float]:
    """The least and the most confidence a candidate read on a first stage could have on the
    whole sample, whose shares are within `STAGE_MARGIN` of the stage's."""
    low = high = 1.0
    contradicted = False
    for signal in detection.signals:
        if signal.kind in {"penalty", "validator"}:
            contradicted = True
            continue
        least = most = signal.score
        if signal.kind == "value" and signal.match_ratio is not None:
            least, most = _value_score_bounds(signal, recognizer)
        low *= 1.0 - least
        high *= 1.0 - most
    low, high = 1.0 - low, 1.0 - high
    if contradicted:
        # the values contradicted the name: the whole sample may judge them otherwise (a
        # penalty of either size, or none)
        low *= CLOSED_FORMAT_PENALTY
    return low, high


def _value_score_bounds(signal: Signal, recognizer: FieldRecognizer | None) -> tuple[float, float]:
    """A value signal's score over the shares within `STAGE_MARGIN` of its own (its recognizer
    weighs a pattern's score by the share, see `recognizer._ratio_weight`)."""
    ratio = signal.match_ratio or 0.0
    if recognizer is None:
        return signal.score * 0.6, min(1.0, signal.score / 0.6)
    floor = recognizer.min_ratio
    raw = signal.score / _ratio_weight(ratio, floor)
    least = raw * _ratio_weight(max(floor, ratio - STAGE_MARGIN), floor)
    most = min(1.0, raw * _ratio_weight(min(1.0, ratio + STAGE_MARGIN), floor))
    return min(least, signal.score), max(most, signal.score)


def result_samples(dataset: DatasetSample) -> list[FieldSample]:
    """The samples a dataset's results are about, in order: its fields, the columns of JSON
    documents that are not fields themselves, then the pseudo-field of its unstructured text
    (free-form log messages) if it has any."""
    samples = [*dataset.fields, *embedded_json.document_columns(dataset)]
    if not dataset.free_text:
        return samples
    text = FieldSample(path=FREE_TEXT_PATH, values=pa.array(dataset.free_text, pa.string()), origin="message")
    return [*samples, text]


def classify_field(sample: FieldSample, dataset: DatasetSample | None,
                   recognizers: Sequence[FieldRecognizer], *, lift: bool = True) -> list[Detection]:
    """Candidate detections for one field, best first. `lift=False`: a JSON text field's
    documents are not parsed here (the caller lifts from fields it already has)."""
    return _classify_opened(_open(sample, dataset, recognizers), recognizers, lift=lift)


@dataclass
class _Opened:
    """A field as the recognizers see it before reading its values: its name, its comment, and
    the recognizers that go on to read the values, with their name and context signals."""

    sample: FieldSample
    view: FieldView
    signals: list[tuple[FieldRecognizer, Signal | None, Signal | None]]


def _open(sample: FieldSample, dataset: DatasetSample | None,
          recognizers: Sequence[FieldRecognizer], gates: gate.Gates | None = None) -> _Opened | None:
    """What every recognizer says of a field before its values: None for a field of nulls.
    `gates`: `gate.Gates.of(recognizers)`, when the caller has it."""
    if len(sample.values) == 0:
        # every sampled value is null: the field holds no data to classify, whatever its name
        return None
    # two-letter names are pinyin initials (`XM`, `NL`) in a table of Chinese names, unless a
    # column comment says what the letters stand for (`wd` 机身温度 is no 纬度)
    paths = tuple(f.path for f in dataset.fields) if dataset is not None else ()
    # Tencent's `F` before every column (`Fuin`, `Flng`) is read as no part of the name
    path = sample.path[len(mark):] if (mark := field_mark(paths)) and "." not in sample.path else sample.path
    # a Hungarian type letter glued to a lower-case word in a table of such names (TLog's `vopenid`)
    if "." not in path and (typed := type_prefixes(paths)):
        path = without_type_prefix(path, typed)
    name = NameTokens.of(path, not sample.comment and dataset is not None and chinese_table(paths))
    # `DNI (W/m^2)`, `DNI source`: a measured quantity, whatever its abbreviation spells
    unit = units.measured(path, paths)
    # what every recognizer derives from the values (text, distinct values, shapes), once
    view = FieldView.of(sample)
    if view.missing_only:
        return None  # `-` on every sampled line: no more data than a column of nulls
    if capability_flag(name, view.values):
        # `capabilities.setWifiOverCell: true`: what the device supports, no setting of it (no
        # recognizer reads it)
        return _Opened(sample, view, [])
    comment = comment_tokens(view.comment, view.origin)
    signals = []
    gated: gate.FieldGates | None = None  # (read on the first recognizer that asks)
    for recognizer, name_signal, typed_out in _named(recognizers, name, sample.declared_type):
        opening = _opening(recognizer, view, name, comment, dataset, name_signal, typed_out)
        if opening is None:
            continue
        if unit is not None and opening[0] is not None and not units.keeps_name(recognizer.entity, unit):
            opening = (None, opening[1])
            if opening[1] is None and not recognizer.value_alone:
                continue
        if opening == (None, None):
            if gated is None:
                gated = (gates or gate.Gates.of(recognizers)).over(view)
            if not gated.can_find(recognizer):
                # its values are all it has here, and too few have a shape its patterns admit
                continue
        signals.append((recognizer, *opening))
    return _Opened(sample, view, signals)


def _announce(batch: Batch, fields: Sequence[_Opened]) -> None:
    """Tell the batch which fields will read each recognizer's values (see `Batch.expect`): on
    their probes first when they have one and the recognizer judges each value alone."""
    readers: dict[int, tuple[FieldRecognizer, list[FieldView]]] = {}
    for field in fields:
        for recognizer, _, _ in field.signals:
            readers.setdefault(id(recognizer), (recognizer, []))[1].append(field.view)
    for recognizer, views in readers.values():
        keys = getattr(recognizer, "value_keys", ())
        if not keys:
            continue
        batch.expect(keys, views)
        if recognizer.validates_each_value:
            probes = [probe for view in views if (probe := view.probe) is not view]
            if probes:
                batch.probes.expect(keys, probes)


def _classify_opened(field: _Opened | None, recognizers: Sequence[FieldRecognizer], *,
                     lift: bool = True) -> list[Detection]:
    if field is None:
        return []
    detections: list[Detection] = []
    for recognizer, name_signal, context_signal in field.signals:
        detection = _score(recognizer, field.view, name_signal, context_signal)
        if detection is not None:
            detections.append(detection)
    if lift and not any(d.confidence >= DEFAULT_THRESHOLD for d in detections):
        # a text column of JSON documents is as personal as what its documents' keys hold
        # (no Presidio pass inside the documents: their keys name what they hold)
        detections += embedded_json.lifted(field.sample, lambda sub: classify_dataset(sub, recognizers, embedded=False),
                                           DEFAULT_THRESHOLD)
    _rank(detections)
    return detections


#: one octet of an IPv4 address, 0-255
_OCTET = r"(?:25[0-5]|2[0-4]\d|[01]?\d?\d)"

#: forms no other entity takes, each with the entities whose values may take it: a name that
#: says anything else is contradicted by a column (or log slot) of them, however few values it has
OTHER_FORMS = (
    # an interface's addresses (ifconfig's `addr`): IPv4, IPv6 with its prefix or zone, MAC, a
    # scope after it (`fe80::1/64 Scope:Link`)
    # (an IPv4's octets up to 255: Brazil's dotted CPF `200.100.300.22` is four groups too)
    ("a network address (IP or MAC)", rf"^(?:{_OCTET}(?:\.{_OCTET}){{3}}|[0-9A-Fa-f]{{0,4}}(?::[0-9A-Fa-f]{{0,4}}){{2,7}})"
                                     r"(?:/\d{1,3}|%\w+)?(?:\s|$)",
     frozenset({"IP_ADDRESS", "MAC_ADDRESS", "DEVICE_ID"})),
    # a mail header's `Cc` (`a@x.org, "B" <b@y.org>`): addresses, with display names or not
    ("e-mail addresses", r"(?:^|[\s<,;:])[A-Za-z0-9._%+'=-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}>?(?:$|[\s,;])",
     frozenset({"EMAIL_ADDRESS", "ACCOUNT_ID", "USER_CONTENT", "PERSON"})),
    # the machine's own file system (upower's `native_path` of `/sys/devices/…`, multipath's
    # `/sbin`, `/dev/sda`): the operating system's directories, no page, place or person
    ("paths of the operating system's directories",
     r"^/(?:sys|proc|dev|sbin|bin|usr|etc|lib|lib32|lib64|libx32|boot|run|snap|opt|srv|var)(?:/\S*)?$",
     frozenset({"USER_CONTENT"})),
    # a repository's clone address (a push hook's `git_ssh_url`, `git@host:group/project.git`, or
    # any URL ending in `.git`): cloned by a program, no page, file or account of a person
    ("a repository's clone addresses", REPOSITORY_ADDRESS, frozenset()),
    # a flow log's `ACCEPT`/`REJECT`, `who`'s `reboot`: what the system decided or went through,
    # no person's action, however few lines a small API payload has
    ("a system's verdicts or state changes (accept, reject, reboot)", SYSTEM_VERDICTS, frozenset({"USER_CONTENT"})),
    # a program's own addresses and request ids under an `addr` (OpenStack's `req-<uuid> …`
    # context, a kernel's or a stack's `0xffffffff81000000`): places in memory and calls, no
    # one's street, however few lines there are
    ("a program's request ids or memory addresses",
     r"^(?:req-[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(?:\s|$)|0x[0-9a-fA-F]{4,16}$)",
     frozenset({"DEVICE_ID", "COOKIE_ID", "ADVERTISING_ID"})),
)
#: at least this many informative values before their form contradicts a name, and the share
#: of them that must have it. One is enough: a small API payload (one login, one bot, one
#: device) has no second value to wait for, and a form no other entity takes is telling alone
OTHER_FORM_MIN_VALUES = 1
OTHER_FORM_SHARE = 0.8
#: a count or a default that no line has set: 0 everywhere says nothing of a person, except for
#: the entities one of whose states is 0 (a muted volume, an empty battery, UTC)
ZERO = r"^\s*[+-]?0+(?:\.0+)?\s*$"
#: the shape of a zero (a column with a value of another shape is not all zeros: no regex pass)
_ZERO_SHAPE = regex_shape(ZERO[1:-1])
ZERO_STATES = frozenset({"BATTERY_STATE", "AUDIO_SETTING", "NETWORK_TYPE", "TIME_ZONE", "AGE"})


def _other_form(recognizer: FieldRecognizer, sample: FieldView, value_signal: Signal | None) -> str | None:
    """What every informative value plainly is instead (`e-mail addresses`), when that is not
    what the recognizer finds; None when the values may be its own."""
    values = sample.informative
    if values.total < OTHER_FORM_MIN_VALUES:
        return None
    if recognizer.entity not in ZERO_STATES and values.total >= CONTRADICTION_MIN_VALUES \
            and sample.could_match(_ZERO_SHAPE) == values.total and values.hits(rx.match(values.values, ZERO, distinct=True)) == values.total:
        return "0 (a count or an unset default)"
    if value_signal is not None:
        return None
    for what, regex, allowed in OTHER_FORMS:
        if recognizer.entity in allowed:
            continue
        if values.hits(rx.match(values.values, regex, distinct=True)) >= OTHER_FORM_SHARE * values.total:
            return what
    for what, regex in recognizer.other_forms:
        if values.hits(rx.match(values.values, regex, distinct=True)) >= OTHER_FORM_SHARE * values.total:
            return what
    return None


def _informative_count(sample: FieldView) -> int:
    """How many sampled values are not placeholders of a missing one (`''`, `n/a`)."""
    if not (pa.types.is_string(sample.values.type) or pa.types.is_large_string(sample.values.type)):
        return len(sample.values)
    return sample.informative.total


def _exponent_form(sample: FieldView) -> bool:
    """Whether most informative values are numbers in exponent form (`4.91643E+15`)."""
    if not (pa.types.is_string(sample.values.type) or pa.types.is_large_string(sample.values.type)):
        return False
    values = sample.informative
    return values.total > 0 and values.hits(rx.match(values.values, EXPONENT_FORM, distinct=True)) >= EXPONENT_FORM_SHARE * values.total


def _rank(detections: list[Detection]) -> None:
    # ties go to the detection with more kinds of evidence (name and values over name alone)
    detections.sort(key=lambda d: (d.confidence, len({s.kind for s in d.signals if s.score > 0})), reverse=True)


#: entities whose values identify one person, device or document: never an enumeration's codes
_IDENTIFIER_ENTITIES = frozenset({"ACCOUNT_ID", "DEVICE_ID", "IMEI", "MAC_ADDRESS", "ADVERTISING_ID", "COOKIE_ID",
                                  "GOVERNMENT_ID", "PASSPORT", "US_SSN", "PHONE_NUMBER", "CREDIT_CARD"})


#: what a name and a declared type say to each recognizer, by name (see `_named`); names
#: recur across a warehouse's tables (`id`, `status`, `created_at` in each)
_NAMED: dict[tuple, tuple[Sequence[FieldRecognizer], list[tuple[FieldRecognizer, Signal | None, bool]]]] = {}
_NAMED_KEPT = 4096


def _named(recognizers: Sequence[FieldRecognizer], name: NameTokens,
           declared_type: str | None) -> list[tuple[FieldRecognizer, Signal | None, bool]]:
    """The recognizers whose names the field's name leaves standing (no negative name, no
    value veto), each with its name signal and whether the declared type rules it out unless
    its values are codes of the comment's legend (`_opening` asks that of the values). All of
    it a function of the name and the type, worked out once per name (each recognizer's own
    memories made it a dictionary lookup each, but some sixty per field)."""
    key = (name, declared_type, tuple(map(id, recognizers)))
    found = _NAMED.get(key)
    if found is not None and len(found[0]) == len(recognizers) \
            and all(a is b for a, b in zip(found[0], recognizers)):
        return found[1]
    standing = []
    for recognizer in recognizers:
        if (recognizer.negative_vetoes and recognizer.vetoed(name)) or recognizer.values_vetoed(name):
            continue
        typed_out = not declared.compatible(recognizer.entity, declared_type) and not recognizer.stored_as_number(name)
        standing.append((recognizer, recognizer.named(name), typed_out))
    if len(_NAMED) >= _NAMED_KEPT:
        _NAMED.clear()
    _NAMED[key] = (list(recognizers), standing)  # (the recognizers kept: their ids stay theirs)
    return standing


def _opening(recognizer: FieldRecognizer, sample: FieldView, name: NameTokens, comment: NameTokens | None,
             dataset: DatasetSample | None, name_signal: Signal | None,
             typed_out: bool) -> tuple[Signal | None, Signal | None] | None:
    """A recognizer's name and context signals on a field, or None when it does not read the
    field's values (ruled out by the name or the declared type, or nothing to go on).
    `name_signal` and `typed_out` are what the name and the declared type say (`_named`)."""
    if recognizer.entity in _IDENTIFIER_ENTITIES and code_legend.is_coded(sample):
        # codes of the legend in the column comment (`操作类别（0其它 1后台用户 2手机端用户）` over
        # 1s and 2s) are an enumeration's: no one's account, device or document number
        return None
    if comment is not None and sample.origin == "log-field" and recognizer.vetoed(comment):
        # the log format documents the field as something else (Zeek's `uid` is a
        # connection's id): its concept rules the name out as a negative name would
        return None
    if typed_out and not (recognizer.entity in declared.CODED_ENTITIES and code_legend.is_coded(sample)):
        # a timestamp is never a phone number, a boolean never an e-mail; but an integer column
        # whose comment lists what its codes stand for (`耳机类型：0未连接 1有线 2蓝牙`) is the
        # enumeration it encodes
        return None
    # without a name, a recognizer whose values cannot decide alone has nothing to find unless
    # the context speaks: skipping its values then is most of the engine's speed on wide tables
    names_only = name_signal is None and not recognizer.value_alone
    context_signal = _context_signal(recognizer, sample, comment, dataset) if names_only else None
    if names_only and context_signal is None:
        # (asked before `ruled_out`, which reads values, a person name's organisations over
        # every distinct one, and could only answer None too: neither has side effects)
        return None
    if dataset is not None and recognizer.ruled_out(sample, dataset):
        return None
    if not names_only:
        context_signal = _context_signal(recognizer, sample, comment, dataset)
    return name_signal, context_signal


def _context_signal(recognizer: FieldRecognizer, sample: FieldView, comment: NameTokens | None,
                    dataset: DatasetSample | None) -> Signal | None:
    """What the field's neighbours, or else its source (declared type, comment), say of it."""
    context_signal = recognizer.context_signal(sample, dataset) if dataset is not None else None
    if context_signal is None:
        context_signal = _source_signal(recognizer, sample, comment)
    return context_signal


def _score(recognizer: FieldRecognizer, sample: FieldView, name_signal: Signal | None,
           context_signal: Signal | None) -> Detection | None:
    value_signal = recognizer.value_signal(sample)
    signals = [s for s in (name_signal, value_signal, context_signal) if s is not None]
    if not signals:
        return None
    confidence = 1.0
    for signal in signals:
        confidence *= 1.0 - signal.score
    confidence = 1.0 - confidence

    if (value_signal is None and (recognizer.patterns or recognizer.vocabularies) and recognizer.values_required
            and ((len(sample.values) >= (minimum := LOG_SLOT_CONTRADICTION_MIN_VALUES if sample.origin == "log-slot"
                                         else CONTRADICTION_MIN_VALUES)
                  # blanks and placeholders are no values: two phones in a column of seven rows, five
                  # of them empty, are too few to contradict its name (a column of blanks only holds
                  # nothing, and stays contradicted)
                  and ((informative := _informative_count(sample)) >= minimum or informative == 0))
                 or _few_unlike(recognizer, sample, name_signal, context_signal))):
        shaped = _shape_ratio(recognizer, sample)
        if code_legend.is_coded(sample):
            # codes of the legend in the column comment (`1-买家 2-商家`): no contradiction
            signals.append(Signal("validator", "values are codes of the legend in the column comment", 0.0))
        elif _exponent_form(sample):
            # `CCNumber: 5.54563E+15`: long numbers a spreadsheet rounded, no form left to judge
            signals.append(Signal("validator", "values are long numbers a spreadsheet wrote in exponent form "
                                               "(digits lost): they do not contradict the name", 0.0))
        elif (stand_in := recognizer.stand_ins(sample)) is not None:
            # what a test fixture writes where the real values go (`android` for a device's id)
            signals.append(Signal("validator", f"values are {stand_in}: they do not contradict the name", 0.0))
        elif recognizer.shape_suffices and shaped >= recognizer.min_ratio and _named_outright(recognizer, name_signal, context_signal):
            # right form, failed validation (test card numbers that fail Luhn): the name stands
            signals.append(Signal("validator", "values have the expected form but fail validation", 0.0,
                                  round(shaped, 4)))
        else:
            # the name says one thing, the values say otherwise: a field named `ip` full of hostnames
            factor = OPEN_FORMAT_PENALTY if _open_world_fit(recognizer, sample, shaped) else CLOSED_FORMAT_PENALTY
            detail = "no sampled value has the expected form"
            if factor > CLOSED_FORMAT_PENALTY and (other := _other_form(recognizer, sample, value_signal)) is not None:
                # an open-world entity's formats are many, but values that are plainly another
                # thing are none of them (a firewall's `WAFAction` of allow/block, a
                # `birthdate_estimated` of 0/1): the name is contradicted as for a closed format
                factor, detail = CLOSED_FORMAT_PENALTY, f"no sampled value has the expected form: they are {other}"
            signals.append(Signal("penalty", detail, factor - 1.0, round(shaped, 4)))
            confidence *= factor
    if name_signal is not None and not any(s.kind == "penalty" for s in signals) \
            and (other := _other_form(recognizer, sample, value_signal)) is not None:
        # the name says one thing, the values are plainly another (`Cc` of e-mail addresses, an
        # `addr` slot of IP addresses, a `carrier` count that is 0 on every line): however few
        signals.append(Signal("penalty", f"the sampled values are {other}", CLOSED_FORMAT_PENALTY - 1.0))
        confidence *= CLOSED_FORMAT_PENALTY
    if confidence <= 0:
        return None
    ratio = value_signal.match_ratio if value_signal is not None else None
    examples = mask_examples(_example_values(recognizer, sample, value_signal), recognizer.entity)
    return Detection(path=sample.path, entity=recognizer.entity, confidence=round(confidence, 4),
                     signals=signals, match_ratio=ratio, examples=examples,
                     recognizer=type(recognizer).__name__)


#: a column comment is a description someone wrote, weaker than the name the schema uses
COMMENT_WEIGHT = 0.7
TYPE_SCORE = 0.6


def _source_signal(recognizer: FieldRecognizer, sample: FieldSample, comment: NameTokens | None) -> Signal | None:
    """What the source itself says of a column: its declared type, or its comment read like a
    name (`COMMENT ON COLUMN users.c7 IS 'customer e-mail address'`)."""
    if declared.implied_entity(sample.declared_type) == recognizer.entity:
        return Signal("type", f"declared type {declared.base_type(sample.declared_type)}", TYPE_SCORE)
    if comment is None:
        return None  # no comment, or a log slot's comment (its template, not a description)
    said = recognizer.named(comment)
    if said is None:
        return None
    return Signal("comment", f"column comment: {said.detail}", round(said.score * COMMENT_WEIGHT, 4))


def _open_world_fit(recognizer: FieldRecognizer, sample: FieldView, shaped: float) -> bool:
    """Could values the patterns missed still be this open-world entity? Yes when a fair share
    has its shape (national phone formats), or when a vocabulary recognizer meets plain words
    (country names in another language): never for one-format entities, digits or codes."""
    if recognizer.closed_format:
        return False
    if recognizer.open_world_max_distinct is not None and len(sample.distinct.values) > recognizer.open_world_max_distinct:
        return False
    # (most of them plainly another thing, as `_other_form` reads a column: a list of a web
    # API's routes with a few bare page names among them is still a list of routes)
    if recognizer.open_world_not is not None and (values := sample.informative).total \
            and values.hits(rx.match(values.values, recognizer.open_world_not, distinct=True)) >= OTHER_FORM_SHARE * values.total:
        return False
    if shaped >= OPEN_FORMAT_MIN_SHAPE:
        return True
    if not recognizer.vocabularies:
        return False
    distinct = sample.distinct
    words = distinct.hits(rx.match(distinct.values, r"^\pL+(?:[ '.]\pL+)*$", distinct=True))
    return words >= OPEN_FORMAT_MIN_SHAPE_WORDS * len(sample.values)


def _named_outright(recognizer: FieldRecognizer, name_signal: Signal | None, context_signal: Signal | None) -> bool:
    """Whether the name, its comment or the neighbours say the entity outright, not only through a
    weak word: values of the right form that fail validation leave a `card_number` standing, but a
    `drug_name` of 阿司匹林肠溶片 or an order's `number` (订单号) of epoch milliseconds has only `name`
    or `number` for it, and the values' failing says what the weak word does not."""
    if name_signal is not None and name_signal.score >= recognizer.name_score:
        return True
    if context_signal is None:
        return False
    if context_signal.kind == "comment":
        return context_signal.score >= round(recognizer.name_score * COMMENT_WEIGHT, 4)
    return True


def _few_unlike(recognizer: FieldRecognizer, sample: FieldView, name_signal: Signal | None,
                context_signal: Signal | None) -> bool:
    """A few values (a lookup table's four rows), none of the form, against a weak word alone: a
    `subject_name` 专业名称 of 计算机科学与技术 has only `name` for a file and no extension in any value.
    Too few to contradict a name that says the entity outright, but enough to leave a weak word
    unbacked."""
    if recognizer.vocabularies or _named_outright(recognizer, name_signal, context_signal):
        return False
    return 0 < _informative_count(sample) and (_shape_ratio(recognizer, sample) == 0 or _none_valid(recognizer, sample))


def _none_valid(recognizer: FieldRecognizer, sample: FieldView) -> bool:
    """Whether values of the form are there but the validator accepts none of them (four majors
    `计算机科学与技术`, `软件工程` under `subject_name`: Han strings of a name's length, no name)."""
    distinct = sample.distinct.values
    shaped = pc.filter(distinct, rx.match(distinct, "|".join(p.anchored for p in recognizer.patterns), distinct=True))
    if len(shaped) == 0:
        return True
    valid = recognizer.validate(shaped)
    return valid is not None and not pc.any(pc.fill_null(valid, False)).as_py()


def _shape_ratio(recognizer: FieldRecognizer, sample: FieldView) -> float:
    """Share of values that match one of the recognizer's patterns, before validation."""
    if not recognizer.patterns:
        return 0.0  # a vocabulary has no shape to fall back on
    distinct = sample.distinct
    mask = rx.match(distinct.values, "|".join(p.anchored for p in recognizer.patterns), distinct=True)
    return distinct.hits(mask) / len(sample.text)


def _example_values(recognizer: FieldRecognizer, sample: FieldView, value_signal: Signal | None) -> list[str]:
    """The first distinct values of the field's head (those the value signal matched, if it
    has one)."""
    values = sample.values
    if len(values) == 0:
        return []
    head = values.slice(0, EXAMPLE_HEAD)
    keep = recognizer.matches(head, sample) if value_signal is not None else None
    where = sample.head_index if pa.types.is_string(values.type) else None
    if where is not None:
        # every head text is one of the view's distinct values (no null, no placeholder), so
        # its index there says which head texts repeat: the first of each, in numpy (every
        # candidate of every field gets examples, and four pyarrow calls each cost more)
        rows = np.flatnonzero(as_mask(keep)) if keep is not None else np.arange(len(head))
        _, first = np.unique(where[rows], return_index=True)
        return [head[int(row)].as_py() for row in rows[np.sort(first)[:EXAMPLES_PER_DETECTION]]]
    if keep is not None:
        head = pc.filter(head, keep)
    distinct = pc.unique(head).slice(0, EXAMPLES_PER_DETECTION)
    return [str(v) for v in distinct.to_pylist() if v is not None]


def _embedded(sample: FieldSample, extra: Sequence[FieldRecognizer] = ()) -> list[Detection]:
    """Secondary detections inside free text; none (with a warning) when spaCy is missing."""
    try:
        return secondary.detect(sample, extra)
    except (RuntimeError, OSError) as exc:  # no spaCy pipeline installed, model files unreadable
        log.warning("no secondary detections for %s: %s", sample.path, exc)
        return []
