"""What a field's name and declared type say to every recognizer is worked out once per name
(`engine._named`): a name seen before gives the same detections as a name read afresh."""
from __future__ import annotations

import pyarrow as pa

from classifiers import engine
from classifiers.engine import classify_datasets
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.registry import default_recognizers
from datamap.model import DatasetSample, FieldSample


def _table(name: str, shift: int) -> DatasetSample:
    rows = range(shift, shift + 40)
    columns = {
        "email": ([f"user{i}@example.org" for i in rows], "VARCHAR"),
        "sku": ([f"SKU-{i:05d}" for i in rows], "VARCHAR"),
        "created_at": ([f"2024-01-{1 + i % 28:02d} 10:00:00" for i in rows], "TIMESTAMP"),
        "phone": ([f"+1415555{i:04d}" for i in rows], "BIGINT" if shift % 2 else "VARCHAR"),
        "mobile": ([f"+1415555{i:04d}" for i in rows], "TIMESTAMP" if shift % 2 else None),
        "status": ([["paid", "open", "shipped"][i % 3] for i in rows], None),
        "client_ip": ([f"10.0.{i % 7}.{i}" for i in rows], "VARCHAR"),
        "device": ([["SM-G991B", "iPhone14,2", "Pixel 7"][i % 3] for i in rows], "VARCHAR"),
    }
    return DatasetSample(name=name, source="test", kind="table", fields=[
        FieldSample(path=path, values=pa.array(values, pa.string()), declared_type=declared)
        for path, (values, declared) in columns.items()])


def _detections(results) -> list:
    return [[(r.sample.path, d.entity, d.confidence, d.match_ratio, d.examples,
              [(s.kind, s.detail, s.score) for s in d.signals]) for d in r.detections]
            for dataset in results for r in dataset]


def test_names_seen_before_give_the_detections_of_names_read_afresh():
    tables = [_table(f"t{i}", 7 * i) for i in range(4)]
    engine._NAMED.clear()
    fresh = []
    for table in tables:  # each table's names read afresh
        engine._NAMED.clear()
        fresh += classify_datasets([table])
    seen = []
    for table in tables:  # the same names, remembered from the tables before
        seen += classify_datasets([table])
    assert _detections(seen) == _detections(fresh)
    assert any(d.confidence >= 0.5 for result in fresh for r in result for d in r.detections)


def test_what_a_name_says_to_each_recognizer():
    recognizers = default_recognizers()
    by_class = {type(r).__name__: r for r in recognizers}
    from classifiers.names import NameTokens

    standing = {type(r).__name__: (signal, typed_out)
                for r, signal, typed_out in engine._named(recognizers, NameTokens.of("email"), "VARCHAR")}
    assert standing["EmailRecognizer"][0] is not None and not standing["EmailRecognizer"][1]
    # a negative name, or a name that vetoes a recognizer's values, leaves the recognizer out
    left_out = 0
    for path in ("sku", "host", "request.host", "ServiceURL.Host", "model_version", "user_id", "app_version"):
        name = NameTokens.of(path)
        kept = {id(r) for r, _, _ in engine._named(recognizers, name, None)}
        for r in recognizers:
            vetoed = (r.negative_vetoes and r.vetoed(name)) or r.values_vetoed(name)
            assert (id(r) in kept) is not vetoed, (path, type(r).__name__)
            left_out += vetoed
    assert left_out
    # a timestamp is no e-mail address: ruled out by its type, unless its values are codes
    typed = {type(r).__name__: t for r, _, t in engine._named(recognizers, NameTokens.of("email"), "TIMESTAMP")}
    assert typed["EmailRecognizer"] is True


def test_another_list_of_recognizers_is_not_answered_from_the_first():
    class Shelf(FieldRecognizer):
        entity = "DEVICE_ID"
        names = ("shelf code",)
        patterns = (ValuePattern("shelf", r"S-\d{3}", 0.8),)

    from classifiers.names import NameTokens

    name = NameTokens.of("shelf_code")
    builtin = engine._named(default_recognizers(), name, None)
    own = engine._named([*default_recognizers(), Shelf()], name, None)
    assert not any(isinstance(r, Shelf) for r, _, _ in builtin)
    assert [(type(r).__name__, s is not None) for r, s, _ in own if isinstance(r, Shelf)] == [("Shelf", True)]
    # a new recognizer object of the same class is asked itself, not answered from another's entry
    other = Shelf()
    again = engine._named([*default_recognizers(), other], name, None)
    assert any(r is other for r, _, _ in again)
