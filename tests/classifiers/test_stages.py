"""Staged samples: a field of many distinct values is read first on `STAGE_ROWS` of them, and
its whole sample only when that stage leaves it undecided (classifiers/engine.py)."""
from __future__ import annotations

import random

import pyarrow as pa
import pytest
from click.testing import CliRunner

from classifiers import engine
from classifiers.engine import STAGE_ROWS, classify_datasets
from classifiers.stages import STAGES_VARIABLE, stages_on
from datamap.model import DatasetSample, FieldSample

RNG = random.Random(20261201)


def _emails(n: int) -> list[str]:
    return [f"user{i}.{RNG.randrange(10**6)}@{RNG.choice(['example.com', 'mail.org'])}" for i in range(n)]


def _words(n: int) -> list[str]:
    return [f"{RNG.choice(['red', 'blue', 'box', 'late'])} order {i}" for i in range(n)]


def _mixed(emails: int, words: int) -> list[str]:
    values = _emails(emails) + _words(words)
    RNG.shuffle(values)
    return values


#: columns of 1,000 values: clear cases, and shares near an e-mail's minimum ratio (0.6)
COLUMNS = {
    "email": _emails(1000),
    "notes": _words(1000),
    "contact": _mixed(620, 380),  # just above the minimum ratio
    "contact_2": _mixed(580, 420),  # just below it
    "status": ["paid", "open", "late"] * 333 + ["paid"],  # repeats: read whole at once
    "short": _emails(150),  # no more values than a stage holds
}


def _dataset() -> DatasetSample:
    return DatasetSample(name="t", source="s", kind="csv",
                         fields=[FieldSample(path=name, values=pa.array(values, pa.string()))
                                 for name, values in COLUMNS.items()])


def _classify(monkeypatch, stages: bool) -> dict[str, list[tuple]]:
    monkeypatch.setenv(STAGES_VARIABLE, "1" if stages else "0")
    results = classify_datasets([_dataset()])[0]
    return {r.sample.path: [(d.entity, d.confidence, d.match_ratio, tuple(d.examples)) for d in r.detections]
            for r in results}


@pytest.fixture
def opened(monkeypatch) -> list[tuple[str, int]]:
    """The fields the engine reads values of, with how many values each view holds."""
    seen: list[tuple[str, int]] = []
    real = engine._open

    def spy(sample, dataset, recognizers, *rest):
        seen.append((sample.path, len(sample.values)))
        return real(sample, dataset, recognizers, *rest)

    monkeypatch.setattr(engine, "_open", spy)
    return seen


def test_a_field_of_distinct_values_is_decided_on_its_first_stage(monkeypatch, opened):
    monkeypatch.setenv(STAGES_VARIABLE, "1")
    results = {r.sample.path: r for r in classify_datasets([_dataset()])[0]}
    assert ("email", STAGE_ROWS) in opened and ("email", 1000) not in opened  # never read whole
    assert ("notes", STAGE_ROWS) in opened and ("notes", 1000) not in opened
    best = results["email"].best()
    assert best is not None and best.entity == "EMAIL_ADDRESS" and best.match_ratio == 1.0
    assert results["email"].sample.values is not None and len(results["email"].sample.values) == 1000


def test_a_field_near_a_minimum_ratio_reads_its_whole_sample(monkeypatch, opened):
    staged = _classify(monkeypatch, True)
    assert ("contact", STAGE_ROWS) in opened and ("contact", 1000) in opened
    assert ("contact_2", STAGE_ROWS) in opened and ("contact_2", 1000) in opened
    whole = _classify(monkeypatch, False)
    # read whole, the undecided fields get exactly the detections of an unstaged run
    assert staged["contact"] == whole["contact"] and staged["contact_2"] == whole["contact_2"]
    assert whole["contact"][0][0] == "EMAIL_ADDRESS" and whole["contact"][0][1] >= engine.DEFAULT_THRESHOLD


def test_fields_with_repeats_or_few_values_are_read_whole_at_once(monkeypatch, opened):
    _classify(monkeypatch, True)
    assert ("status", 1000) in opened and ("short", 150) in opened
    assert not any(name in {"status", "short"} and size == STAGE_ROWS for name, size in opened)


def test_staging_keeps_every_verdict_and_off_reads_every_value(monkeypatch, opened):
    staged = _classify(monkeypatch, True)
    opened.clear()
    whole = _classify(monkeypatch, False)
    assert all(size != STAGE_ROWS or name == "short" for name, size in opened)  # no stage when off
    for name in COLUMNS:
        best = [d[0] for d in staged[name] if d[1] >= engine.DEFAULT_THRESHOLD][:1]
        assert best == [d[0] for d in whole[name] if d[1] >= engine.DEFAULT_THRESHOLD][:1], name
        # examples come from the first values, which every stage holds
        assert [d[3] for d in staged[name][:1]] == [d[3] for d in whole[name][:1]], name
    # fields read whole at once are classified exactly as without stages
    assert staged["status"] == whole["status"] and staged["short"] == whole["short"]


def test_the_switch_and_the_fingerprint(monkeypatch, tmp_path):
    from catalog.datamap import empty_datamap
    from catalog.policy import load_policy
    from inventory.fingerprint import classifier_fingerprint

    monkeypatch.delenv(STAGES_VARIABLE, raising=False)
    assert stages_on()
    policy, datamap = load_policy(None), empty_datamap()
    on = classifier_fingerprint(policy, datamap, sample_rows=1000, seed=42, threshold=0.5)
    monkeypatch.setenv(STAGES_VARIABLE, "0")
    assert not stages_on()
    # a rescan with stages turned off reads every dataset again
    assert classifier_fingerprint(policy, datamap, sample_rows=1000, seed=42, threshold=0.5) != on


def test_scan_sample_stages_off_sets_the_switch(monkeypatch, tmp_path):
    from inventory.cli import scan_commands

    monkeypatch.setenv(STAGES_VARIABLE, "1")  # (and unset again after the test)
    seen = {}

    def fake_run_scan(*args, **kwargs):
        seen["on"] = stages_on()
        raise SystemExit(0)

    monkeypatch.setattr(scan_commands, "run_scan", fake_run_scan)
    result = CliRunner().invoke(scan_commands.scan, [str(tmp_path), "--sample-stages", "off"])
    assert result.exit_code == 0 and seen == {"on": False}
