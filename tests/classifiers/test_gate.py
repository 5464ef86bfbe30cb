"""The shape gate (classifiers/gate.py): a recognizer whose patterns cannot match a field's
values is not run on it when its values are all it has; one that can match still is."""
from __future__ import annotations

import pyarrow as pa
import pytest

from classifiers import gate
from classifiers.engine import classify_datasets
from classifiers.fieldview import Batch, FieldView, regex_key
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.recognizers.device_model import DeviceModelRecognizer
from classifiers.registry import default_recognizers
from datamap.model import DatasetSample, FieldSample


class _Counted(FieldRecognizer):
    """An e-mail-like entity that counts on which fields its value signal runs."""

    entity = "TEST_AT_SIGN"
    names = ("contact handle",)
    patterns = (ValuePattern("at sign", r"[a-z]+@[a-z]+\.[a-z]{2,}", 0.9),)

    def __init__(self) -> None:
        super().__init__()
        self.read: list[str] = []

    def value_signal(self, sample: FieldSample):
        self.read.append(sample.path)
        return super().value_signal(sample)

    values_within_patterns = True


def _dataset(**columns: list[str]) -> DatasetSample:
    fields = [FieldSample(path=name, values=pa.array(values, pa.string())) for name, values in columns.items()]
    return DatasetSample(name="t", source="test", kind="csv", fields=fields)


def test_a_recognizer_is_not_run_on_a_field_no_value_of_which_it_could_match():
    counted = _Counted()
    dataset = _dataset(amount=[str(n) for n in range(40)], owner=[f"{'abcdefghij'[n % 10]}{'klmnopqrst'[n // 10]}@example.org" for n in range(40)])
    results = classify_datasets([dataset], [counted], embedded=False)[0]
    assert counted.read == ["owner"]  # digits have no `@`: `amount` is never read
    assert [d.entity for d in results[1].detections] == ["TEST_AT_SIGN"]
    assert results[0].detections == []


def test_a_name_still_reads_the_values_the_gate_would_rule_out():
    # the name alone makes a candidate, and its values are read to confirm or contradict it
    counted = _Counted()
    results = classify_datasets([_dataset(contact_handle=[str(n) for n in range(40)])], [counted], embedded=False)[0]
    assert counted.read == ["contact_handle"]
    assert any(s.kind == "penalty" for s in results[0].detections[0].signals)


def test_an_override_that_reads_values_its_own_way_is_not_gated():
    class Own(_Counted):
        values_within_patterns = False

    own = Own()
    classify_datasets([_dataset(amount=[str(n) for n in range(40)])], [own], embedded=False)
    assert own.read == ["amount"]


#: columns of many kinds, each a field of the gate's exactness test
COLUMNS = {
    "digits": [str(n * 7919) for n in range(60)],
    "emails": [f"user{n}@example.org" for n in range(60)],
    "ips": [f"10.0.{n}.{n * 3 % 250}" for n in range(60)],
    "words": ["charging", "Verizon", "wifi", "admin", "Technology", "video_view"] * 10,
    "models": ["SM-G991B", "iPhone14,2", "Pixel 7", "AirPods Pro", "CPH2411"] * 12,
    "mixed": ["1990-04-12", "+1 (415) 555-0100", "37.7749,-122.4194", "Europe/Berlin", "-", "n/a"] * 10,
    "chinese": ["北京市朝阳区建国路88号", "张伟", "华为 Mate 60 Pro", "未知"] * 15,
    "uuids": ["3F2504E0-4F89-11D3-9A0C-0305E82C3301", "00000000-0000-0000-0000-000000000000"] * 30,
}


@pytest.mark.parametrize("recognizer", [r for r in default_recognizers() if gate.gated(r)], ids=lambda r: type(r).__name__)
def test_a_gated_recognizer_would_have_found_no_value_signal(recognizer):
    batch = Batch()
    views = [batch.add(FieldSample(path=name, values=pa.array(values, pa.string()))) for name, values in COLUMNS.items()]
    for view in views:
        if not gate.can_find(recognizer, view):
            assert recognizer.value_signal(view) is None, view.path


def test_a_regex_no_value_could_match_runs_no_batch_pass():
    view = Batch().add(FieldSample(path="n", values=pa.array([str(n) for n in range(30)], pa.string())))
    assert not view.full_match(r"[a-z]+@[a-z]+").any()
    assert (regex_key(r"[a-z]+@[a-z]+"), False) not in view.batch.computed(view)
    assert view.full_match(r"\d+").all()
    assert (regex_key(r"\d+"), False) in view.batch.computed(view)


def test_device_models_reject_audio_products_through_the_batch():
    class Called(DeviceModelRecognizer):
        """The same validator, called on the candidates (not read from the batch)."""

        def validate(self, candidates: pa.Array) -> pa.Array:
            return FieldRecognizer.validate(self, candidates)

    values = ["SM-G991B", "iPhone14,2", "AirPods Pro", "HUAWEI FreeBuds Pro 3", "CPH2411"] * 8
    signals, examples = [], []
    for recognizer in (DeviceModelRecognizer(), Called()):
        view = FieldView.of(FieldSample(path="device_model", values=pa.array(values, pa.string())))
        signals.append(recognizer.value_signal(view))
        examples.append(recognizer.matches(view.head_text, view).to_pylist())
    # `HUAWEI FreeBuds Pro 3` has a model's form but is headphones: rejected either way
    assert signals[0] == signals[1] and "validator accepted 24/32" in signals[0].detail
    # (`HUAWEI …` still leads with a maker of the vocabulary: an example of the maker)
    assert examples[0] == examples[1] == [v != "AirPods Pro" for v in values]
    assert DeviceModelRecognizer().validate(pa.array(["AirPods Pro", "SM-G991B"])).to_pylist() == [False, True]


def test_a_recognizer_without_name_or_context_is_not_asked_whether_the_field_is_ruled_out():
    # `ruled_out` reads values (a person name's organisations over every distinct one): for a
    # recognizer whose values cannot decide alone, a field without its name or context is
    # skipped before it is asked, as its answer could only be None too
    class RuledOut(_Counted):
        value_alone = False

        def __init__(self) -> None:
            super().__init__()
            self.asked: list[str] = []

        def ruled_out(self, sample, dataset) -> bool:
            self.asked.append(sample.path)
            return sample.path.endswith("ruled")

    recognizer = RuledOut()
    assert not recognizer.value_alone
    emails = [f"{'abcdefghij'[n % 10]}{'klmnopqrst'[n // 10]}@example.org" for n in range(40)]
    dataset = _dataset(owner=emails, contact_handle=emails, contact_handle_ruled=emails)
    results = classify_datasets([dataset], [recognizer], embedded=False)[0]
    assert recognizer.asked == ["contact_handle", "contact_handle_ruled"]  # `owner` has no name: never asked
    found = [[d.path for d in result.detections if d.recognizer == "RuledOut"] for result in results]
    assert found == [[], ["contact_handle"], []]
