"""JSON documents inside a text column, classified by their keys and lifted to the column.

Event pipelines store whole objects in one cell: Snowplow's `contexts_*` columns hold
`[{"latitude": 30.04, "longitude": 67.59, ...}]`, exports keep a `properties` or `payload`
JSON string. The column is then as personal as what its documents hold, which only their keys
and values can tell. We parse the sampled documents, flatten them as a connector would
(`column.latitude`), classify those sub-fields with the same recognizers (so `latitude`
beside `longitude` still counts), and give the column their detections: the best one as its
primary detection, others as secondary ones.
"""
from __future__ import annotations

import ast
import json
from collections.abc import Callable, Sequence

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Detection, Signal
from datamap.flatten import fields_from_table
from datamap.model import DatasetSample, FieldSample

#: share of sampled values that must look like JSON objects or arrays of objects
MIN_JSON_SHARE = 0.6
#: documents parsed per column: enough to classify keys, bounded for wide samples
MAX_DOCUMENTS = 200


def documents(sample: FieldSample) -> list[dict] | None:
    """The JSON objects in a text field's sampled values (arrays contribute their objects)."""
    values = sample.values
    if len(values) == 0 or not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return None
    if not pc.any(pc.match_substring(values, "{")).as_py():
        # (asked of every undecided text column: without a brace no value is a document, and
        # no regex pass is needed to say so)
        return None
    looks = rx.match(values, r"^\s*(?:\{|\[\s*\{)")
    # blank cells (DingTalk's `extension` of a member without custom fields) are no other text
    filled = len(values) - (pc.sum(rx.match(values, r"^\s*$")).as_py() or 0)
    if (pc.sum(looks).as_py() or 0) < MIN_JSON_SHARE * filled or not filled:
        return None
    objects: list[dict] = []
    for text in pc.filter(values, looks).slice(0, MAX_DOCUMENTS).to_pylist():
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = _python_literal(text)
            if parsed is None:
                continue  # a truncated or malformed cell: the others still speak
        items = parsed if isinstance(parsed, list) else [parsed]
        objects.extend(item for item in items if isinstance(item, dict) and item)
    return objects or None


def _python_literal(text: str) -> object | None:
    """A cell that Python wrote with `repr` (pandas' `to_csv` of a column of dicts and lists:
    `[{'system': 'phone', 'value': '555-810-7203'}]`, single-quoted, `True`/`None`), read as
    the literal it is, never evaluated; None when it is no literal."""
    if "'" not in text:
        return None
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


def embedded_dataset(sample: FieldSample) -> DatasetSample | None:
    """The documents of a JSON text field as a dataset whose fields sit under the column's path."""
    objects = documents(sample)
    if objects is None:
        return None
    try:
        table = pa.Table.from_pylist(objects)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # one key with mixed types across documents: keep the keys as text
        table = pa.Table.from_pylist([{k: None if v is None else json.dumps(v) if not isinstance(v, str) else v
                                       for k, v in obj.items()} for obj in objects])
    fields = fields_from_table(table, origin="json")
    for sub in fields:
        sub.path = f"{sample.path}.{sub.path}"
    return DatasetSample(name=sample.path, source="", kind="json-text", fields=fields)


def lifted(sample: FieldSample, classify: Callable[[DatasetSample], Sequence], threshold: float) -> list[Detection]:
    """Detections for a JSON text field from its documents' keys, best first; [] if none."""
    dataset = embedded_dataset(sample)
    if dataset is None:
        return []
    return lifted_from(sample, classify(dataset), threshold)


def lifted_from(sample: FieldSample, results: Sequence, threshold: float) -> list[Detection]:
    """The column's detections from its documents' fields already classified (`results`,
    each with `.detections`): one per entity, the best primary, the others secondary."""
    found: dict[str, Detection] = {}
    for result in results:
        for detection in result.detections:
            if detection.confidence < threshold or not detection.primary:
                continue
            kept = found.get(detection.entity)
            if kept is None or detection.confidence > kept.confidence:
                found[detection.entity] = detection
    ranked = sorted(found.values(), key=lambda d: d.confidence, reverse=True)
    return [_for_column(sample, d, primary=(i == 0)) for i, d in enumerate(ranked)]


def document_columns(dataset: DatasetSample) -> list[FieldSample]:
    """The columns of JSON documents (text or JSONB) that the connector flattened into dot paths
    and that are not fields themselves (every cell a document), as fields without values: a
    table's column is what a reviewer, a masking policy or a label names, so it is catalogued
    with what its documents hold (`document_results`), beside the paths that hold it."""
    fields = {sample.path for sample in dataset.fields}
    columns = dict.fromkeys(sample.document for sample in dataset.fields
                            if sample.document is not None and sample.document not in fields)
    return [FieldSample(path=column, values=pa.array([], pa.string()), origin="document") for column in columns]


def document_results(dataset: DatasetSample, results: list, threshold: float) -> list:
    """The results of `document_columns(dataset)`, and the column's own cells that are not
    documents (`results` holds them) given what its documents hold when they hold nothing
    themselves: a column is as personal as its documents (the paths keep their own results)."""
    from classifiers.engine import FieldResult  # (the engine imports this module)

    inside: dict[str, list] = {}
    for result in results:
        if result.sample.document is not None:
            inside.setdefault(result.sample.document, []).append(result)
    out = []
    for result in results:
        if result.sample.path in inside and result.best(threshold) is None:
            result.detections += lifted_from(result.sample, inside[result.sample.path], threshold)
    for column in document_columns(dataset):
        out.append(FieldResult(column, lifted_from(column, inside.get(column.path, []), threshold)))
    return out


def _for_column(sample: FieldSample, detection: Detection, primary: bool) -> Detection:
    key = detection.path[len(sample.path) + 1:]
    signals = [Signal("context", f"JSON documents in the column: key '{key}'", 0.0)] + detection.signals
    return Detection(path=sample.path, entity=detection.entity, confidence=detection.confidence, signals=signals,
                     match_ratio=detection.match_ratio, examples=detection.examples, primary=primary,
                     recognizer=detection.recognizer)
