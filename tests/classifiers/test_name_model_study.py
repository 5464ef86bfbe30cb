"""benchmarks/train_name_model.py, the measurement of a learned name model (issue 10): its
features read names as the engine does, its fit is deterministic, and rules + model lets the
model speak only where the rules leave a name alone, never against a negative name."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from classifiers.evaluate import NONE, Label

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "train_name_model.py"


@pytest.fixture(scope="module")
def study():
    spec = importlib.util.spec_from_file_location("train_name_model", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _field(study, name, category, bench="b1", rule=None, named=False, vetoed=()):
    return study.Field(bench, Label("t.csv", name, (category,)), study.features(name, "crm/customers.csv"),
                       rule, named, frozenset(vetoed))


def test_features_are_the_name_as_the_engine_reads_it(study):
    found = study.features("context.device.mobNo", "crm/customers.csv")
    assert "t:mobile" in found and "r:mob" in found  # abbreviation expanded, raw token kept
    assert "b:mobile_no" in found and "h:no" in found
    assert "g:^mob" in found and "g:_no$" in found  # character n-grams of the raw own name
    assert "p:device" in found and "d:customers" in found
    assert found[0] == study.BIAS and len(found) == len(set(found))


def test_the_fit_is_deterministic_and_learns(study):
    fields = [_field(study, n, c) for n, c in [("mob_a", "profile.phone_number"), ("mob_b", "profile.phone_number"),
                                               ("qty_a", NONE), ("qty_b", NONE), ("qty_c", NONE)]]
    first, second = study.fit(fields), study.fit(fields)
    assert first.features == second.features and np.array_equal(first.weights, second.weights)
    guess = study.predict(first, [_field(study, "mob_z", NONE), _field(study, "qty_z", NONE)])
    assert [g[0] for g in guess] == ["profile.phone_number", NONE]


def test_the_model_never_overrides_a_rule_or_a_negative_name(study):
    guess = ("profile.phone_number", 0.99)
    assert study.combined(_field(study, "x", NONE, rule="contact.email", named=True), guess, 0.5) == "contact.email"
    assert study.combined(_field(study, "x", NONE, named=True), guess, 0.5) == NONE  # a weak name: rules' say
    assert study.combined(_field(study, "x", NONE, vetoed={"profile.phone_number"}), guess, 0.5) == NONE
    assert study.combined(_field(study, "x", NONE), guess, 0.5) == "profile.phone_number"
    assert study.combined(_field(study, "x", NONE), ("profile.phone_number", 0.4), 0.5) == NONE
