"""Classify a dataset sample: every recognizer's signals per field, combined into detections.

For each field and recognizer the engine gathers a name signal, a value signal (vectorised
over the whole sample) and a context signal (siblings and parents), and combines them with a
noisy-or, so independent evidence adds up while a lone weak signal stays weak. Two rules keep
precision: values that flatly contradict a name cut its score, and a recognizer whose values
cannot decide alone (bare numbers) needs a name or context signal.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow.compute as pc

from classifiers import embedded_json
from classifiers.evidence import Detection, Signal
from classifiers.masking import mask_examples
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer
from classifiers.registry import default_recognizers
from inventory.model import DatasetSample, FieldSample

#: detections at or above this confidence are reported; below it they are candidates
DEFAULT_THRESHOLD = 0.5
#: with at least this many values, a value pattern that matches none of them contradicts the name
CONTRADICTION_MIN_VALUES = 5
EXAMPLES_PER_DETECTION = 3


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
        secondary = [d for d in self.detections if not d.primary and d.confidence >= threshold]
        return ([best] if best else []) + secondary


def classify_dataset(dataset: DatasetSample,
                     recognizers: Sequence[FieldRecognizer] | None = None) -> list[FieldResult]:
    """Candidate detections for every field of a dataset sample."""
    recognizers = list(recognizers) if recognizers is not None else default_recognizers()
    return [FieldResult(sample, classify_field(sample, dataset, recognizers)) for sample in dataset.fields]


def classify_field(sample: FieldSample, dataset: DatasetSample | None,
                   recognizers: Sequence[FieldRecognizer]) -> list[Detection]:
    if len(sample.values) == 0:
        # every sampled value is null: the field holds no data to classify, whatever its name
        return []
    name = NameTokens.of(sample.path)
    detections: list[Detection] = []
    for recognizer in recognizers:
        detection = _score(recognizer, sample, name, dataset)
        if detection is not None:
            detections.append(detection)
    if not any(d.confidence >= DEFAULT_THRESHOLD for d in detections):
        # a text column of JSON documents is as personal as what its documents' keys hold
        detections += embedded_json.lifted(sample, lambda sub: classify_dataset(sub, recognizers), DEFAULT_THRESHOLD)
    detections.sort(key=lambda d: d.confidence, reverse=True)
    return detections


def _score(recognizer: FieldRecognizer, sample: FieldSample, name: NameTokens,
           dataset: DatasetSample | None) -> Detection | None:
    signals: list[Signal] = []
    name_signal = recognizer.name_signal(name)
    value_signal = recognizer.value_signal(sample)
    context_signal = recognizer.context_signal(sample, dataset) if dataset is not None else None
    for signal in (name_signal, value_signal, context_signal):
        if signal is not None:
            signals.append(signal)
    if not signals:
        return None
    confidence = 1.0
    for signal in signals:
        confidence *= 1.0 - signal.score
    confidence = 1.0 - confidence

    if (value_signal is None and (recognizer.patterns or recognizer.vocabularies) and recognizer.values_required
            and len(sample.values) >= CONTRADICTION_MIN_VALUES):
        # the name says one thing, the values say otherwise: a field named `ip` full of hostnames
        penalty = Signal("penalty", "no sampled value has the expected form", -0.5)
        signals.append(penalty)
        confidence *= 0.5
    if value_signal is not None and not recognizer.value_alone and name_signal is None and context_signal is None:
        signals.append(Signal("penalty", "values of this form are ambiguous without a name or context", -0.6))
        confidence = min(confidence, 0.3)
    if confidence <= 0:
        return None
    ratio = value_signal.match_ratio if value_signal is not None else None
    examples = mask_examples(_example_values(recognizer, sample, value_signal), recognizer.entity)
    return Detection(path=sample.path, entity=recognizer.entity, confidence=round(confidence, 4),
                     signals=signals, match_ratio=ratio, examples=examples,
                     recognizer=type(recognizer).__name__)


def _example_values(recognizer: FieldRecognizer, sample: FieldSample, value_signal: Signal | None) -> list[str]:
    values = sample.values
    if len(values) == 0:
        return []
    head = values.slice(0, 50)
    if value_signal is not None:
        head = pc.filter(head, recognizer.matches(head))
    distinct = pc.unique(head).slice(0, EXAMPLES_PER_DETECTION)
    return [str(v) for v in distinct.to_pylist() if v is not None]
