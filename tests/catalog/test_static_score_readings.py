"""The static benchmark's scorer accepts either of two readings a label names as `a|b`."""
from __future__ import annotations

import importlib.util
from pathlib import Path

SCORE = Path(__file__).resolve().parents[2] / "benchmarks" / "static" / "score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("static_score", SCORE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PROJECT = {"labels": {
    "account.id": ["users.id"],
    "account.id|none": ["subscription.customerId", "purchase.customer_id"],
    "behavioral|user_content": ["event.payload"],
}}


def test_two_readings_are_each_accepted_and_an_optional_column_is_never_a_miss() -> None:
    score = _scorer()
    labels, optional = score.read_labels(PROJECT)
    assert labels[("subscription", "customerid")] == frozenset({"account.id"})
    assert optional == {("subscription", "customerid"), ("purchase", "customer_id")}
    flagged = {("users", "id"): "account.id", ("subscription", "customerid"): "account.id",
               ("event", "payload"): "user_content", ("orders", "note"): "user_content"}
    counts = score.tally(labels, optional, flagged)
    assert sorted(counts["hits"]) == [("event", "payload"), ("subscription", "customerid"), ("users", "id")]
    assert len(counts["right"]) == 3  # user_content is one of the payload's two readings
    assert counts["false"] == [("orders", "note")]
    assert counts["missed"] == []  # purchase.customer_id may go unflagged: `none` is one of its readings


def test_a_required_column_unflagged_is_a_miss_and_a_third_category_is_wrong() -> None:
    score = _scorer()
    labels, optional = score.read_labels(PROJECT)
    counts = score.tally(labels, optional, {("event", "payload"): "device.app_file_names"})
    assert counts["missed"] == [("users", "id")]
    assert counts["right"] == []
