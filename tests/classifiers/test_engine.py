"""The engine: signals combined into one confidence, contradictions, and free-text secondaries."""
from __future__ import annotations

import pyarrow as pa
import pytest

from classifiers.engine import DEFAULT_THRESHOLD, FREE_TEXT_PATH, classify_dataset
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.support import field

COMMENTS = [
    "Loved it! Write to me at jane.doe@example.com if you want the pattern.",
    "Dawn Howard said: the second half was much better than the first one.",
    "Call me on +1 415-555-0133 after six, I can explain the whole setup.",
    "Honestly the colours looked different on my screen than in the shop.",
    "Dawn Howard said: please upload the next part soon, we are all waiting.",
    "This is the third time I watch this and it still makes me laugh.",
    "Does anybody know which lens was used for the close-up shots here?",
    "Sent my feedback to support@example.org but nobody has answered yet.",
    "Thanks Maria Garcia for the tip about the tripod, it really helped a lot.",
    "Dawn Howard said: I tried it at home and the results were just as good.",
]


def dataset(*fields: FieldSample, free_text: list[str] | None = None) -> DatasetSample:
    return DatasetSample(name="t.csv", source="test", kind="csv", fields=list(fields), free_text=free_text or [])


def test_every_detection_keeps_its_evidence():
    [result] = classify_dataset(dataset(field("email", ["a@example.com", "b.c@example.org"] * 5)), embedded=False)
    best = result.best()
    assert best.entity == "EMAIL_ADDRESS" and best.confidence > 0.9
    assert {s.kind for s in best.signals} == {"name", "value"}
    assert best.match_ratio == 1.0 and best.examples and all("***" in e for e in best.examples)


def test_values_that_contradict_a_name_cut_its_score():
    [result] = classify_dataset(dataset(field("email", [f"host-{i}.internal" for i in range(10)])), embedded=False)
    assert result.best() is None
    email = next(d for d in result.detections if d.entity == "EMAIL_ADDRESS")
    assert any(s.kind == "penalty" for s in email.signals) and email.confidence < DEFAULT_THRESHOLD


def best_entity(path: str, values: list) -> str | None:
    [result] = classify_dataset(dataset(field(path, values)), embedded=False)
    best = result.best()
    return best.entity if best else None


@pytest.mark.parametrize(("path", "values", "entity"), [
    # open-world entities: values no list or pattern knows weaken a clear name only a little
    ("Land", ["Deutschland", "Österreich", "Schweiz", "Frankreich", "Königreich Dänemark"] * 2, "COUNTRY"),
    ("pais", ["México", "España", "Perú", "Colômbia", "Argentina"] * 2, "COUNTRY"),
    ("msisdn", ["4915112345678", "+4917612345678", "491701234567", "4915223456789", "+4915901234567"] * 2,
     "PHONE_NUMBER"),
])
def test_open_world_names_survive_unfamiliar_values(path, values, entity):
    assert best_entity(path, values) == entity


@pytest.mark.parametrize(("path", "values"), [
    ("ip", [f"api-{i}.prod.internal" for i in range(10)]),           # one format: hostnames contradict
    ("region", ["us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2", "eu-central-1"] * 2),  # codes
    ("country", [str(i * 7) for i in range(10)]),                     # digits are no country
])
def test_values_of_another_kind_still_contradict_the_name(path, values):
    assert best_entity(path, values) is None


def test_ambiguous_values_need_a_name():
    [result] = classify_dataset(dataset(field("c1", [str(10_000_000 + i) for i in range(20)])), embedded=False)
    assert result.best() is None
    assert all(d.confidence <= 0.35 for d in result.detections)


def test_candidates_are_sorted_and_best_respects_the_threshold():
    [result] = classify_dataset(dataset(field("user_id", [str(10_000_000 + i) for i in range(20)])), embedded=False)
    scores = [d.confidence for d in result.detections]
    assert scores == sorted(scores, reverse=True)
    assert result.best().entity == "ACCOUNT_ID"
    assert result.best(threshold=0.99) is None
    assert result.accepted(threshold=0.99) == []


@pytest.fixture(scope="module")
def comments_result():
    sample = field("body", COMMENTS)
    return classify_dataset(dataset(sample))[0]


def test_free_text_is_user_content_with_secondary_detections(comments_result):
    assert comments_result.best().entity == "USER_CONTENT"
    embedded = {d.entity: d for d in comments_result.secondary()}
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON"} <= set(embedded)
    email = embedded["EMAIL_ADDRESS"]
    assert not email.primary and email.confidence >= DEFAULT_THRESHOLD
    assert email.signals[0].kind == "ner"
    assert all("jane.doe" not in e and "support@" not in e for e in email.examples)
    accepted = comments_result.accepted()
    assert accepted[0].entity == "USER_CONTENT" and len(accepted) >= 3


def test_secondary_pass_only_runs_over_free_text():
    [result] = classify_dataset(dataset(field("email", ["a@example.com"] * 10)))
    assert result.secondary() == []


def test_dataset_free_text_becomes_a_pseudo_field():
    lines = ["2023-10-05 04:43:55 INFO login ok for mail=ops.lead@example.com from 10.2.3.4",
             "2023-10-05 04:44:02 WARN retry 3 for mail=ops.lead@example.com"]
    results = classify_dataset(dataset(field("n", [1, 2, 3]), free_text=lines))
    pseudo = results[-1]
    assert pseudo.sample.path == FREE_TEXT_PATH
    assert "EMAIL_ADDRESS" in {d.entity for d in pseudo.accepted()}


def test_embedded_false_skips_presidio():
    [result] = classify_dataset(dataset(field("body", COMMENTS)), embedded=False)
    assert result.secondary() == []
    assert pa.types.is_string(result.sample.values.type)


def test_imeis_in_log_lines_are_not_cards():
    lines = [f"2023-10-22 16:51:{i:02d} WARN push.Sender - token rejected for device 29035645777656{i % 10} carrier=X"
             for i in range(20)] + ["2023-10-22 16:52:00 INFO paid with 4111 1111 1111 1111"]
    results = classify_dataset(dataset(field("n", [1, 2, 3]), free_text=lines))
    found = [d for d in results[-1].accepted() if d.entity == "CREDIT_CARD"]
    assert len(found) == 1 and found[0].match_ratio == pytest.approx(1 / 21, abs=1e-3)


def test_names_in_machine_written_text_must_read_as_full_names():
    lines = [f"2023-10-05 04:4{i % 10}:55 INFO Session opened for Alice Walker uid={i}" for i in range(10)]
    lines += [f"2023-10-05 04:5{i % 10}:01 INFO Outbox - queued newsletter {i} to uid=0 euid=0" for i in range(10)]
    results = classify_dataset(dataset(field("n", [1, 2, 3]), free_text=lines))
    person = [d for d in results[-1].detections if d.entity == "PERSON"]
    assert len(person) == 1 and 0.1 < person[0].match_ratio <= 0.5  # only the lines with a name
    assert all("Outbox" not in e and "uid" not in e for e in person[0].examples)


def test_a_column_comment_and_a_declared_type_are_evidence():
    ids = [str(10_000 + i) for i in range(20)]
    plain = FieldSample(path="c7", values=pa.array(ids))
    commented = FieldSample(path="c7", values=pa.array(ids), comment="Customer account id of the buyer")
    assert best_entity_of(plain) is None
    assert best_entity_of(commented) == "ACCOUNT_ID"
    addresses = FieldSample(path="peer", values=pa.array([f"203.0.{i}.7" for i in range(20)]), declared_type="inet")
    [result] = classify_dataset(dataset(addresses), embedded=False)
    assert any(s.kind == "type" for s in result.best().signals)


def best_entity_of(sample: FieldSample) -> str | None:
    [result] = classify_dataset(dataset(sample), embedded=False)
    best = result.best()
    return best.entity if best else None


def test_blanks_do_not_contradict_a_name():
    # Pony ORM's sample `Student.tel`: two phones among seven rows, the rest left blank
    assert best_entity("tel", ["123-456", "", "", "234-567", "", "", ""]) == "PHONE_NUMBER"
    # five real values of another kind still contradict it, and so do blanks only (an
    # AppsFlyer webhook's `gp_broadcast_referrer` that is always empty holds no referrer)
    assert best_entity("tel", ["yes", "no", "yes", "no", "yes", "", ""]) is None
    assert best_entity("gp_broadcast_referrer", [""] * 8) is None
