"""Keystroke rhythm: lists of human key timings; back-offs and polling intervals are not."""
from __future__ import annotations

import pytest

from classifiers.recognizers.keystroke_timing import KeystrokeTimingRecognizer
from tests.classifiers.fields import best_entity, field, name_signal

INTERVALS_MS = [[200, 325, 169, 129, 169, 226, 194, 119], [87, 106, 98, 160, 195, 83, 141, 78], [310, 95, 142, 188, 73, 250]]
DWELL_S = [[0.0693, 0.1084, 0.083, 0.0902, 0.1037], [0.121, 0.0686, 0.1371, 0.0696, 0.0986]]
BACKOFF = [[100, 200, 400, 800], [100, 200, 400, 800], [250, 500, 1000, 2000]]


@pytest.fixture(scope="module")
def recognizer():
    return KeystrokeTimingRecognizer()


@pytest.mark.parametrize("path", ["key_intervals_ms", "keystroke_timings", "dwell_times_s", "flight_ms", "typing_cadence",
                                  "keyDownUpIntervals", "inter_key_delays", "keypress_durations"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["retry_backoff_ms", "poll_interval_ms", "latencies_ms", "timeout_ms", "key_id", "api_keys"])
def test_names_that_are_not_typing(recognizer, path):
    signal = name_signal(recognizer, path)
    assert signal is None or signal.score < 0.5


@pytest.mark.parametrize("lists", [INTERVALS_MS, DWELL_S])
def test_human_timings(recognizer, lists):
    assert recognizer.value_signal(field("x", lists)).match_ratio == 1.0


@pytest.mark.parametrize("lists", [BACKOFF, [[1000, 1000, 1000, 1000]] * 3, [[5, 3, 2, 1]] * 3, [[12000, 50000, 31000]] * 3])
def test_non_human_lists(recognizer, lists):
    assert recognizer.value_signal(field("x", lists)) is None


def test_a_scalar_column_is_never_a_rhythm(recognizer):
    assert recognizer.value_signal(field("x", [120, 87, 140, 99])) is None


def test_end_to_end():
    assert best_entity("key_intervals_ms", INTERVALS_MS) == "KEYSTROKE_TIMING"
    assert best_entity("retry_backoff_ms", BACKOFF) is None
    # the values alone (an unnamed list of numbers) do not decide
    assert best_entity("c17", INTERVALS_MS) is None


def test_lists_written_as_text():
    texts = ["[200, 325, 169, 129, 169]", "87;106;98;160;195", "310 95 142 188 73"]
    assert best_entity("key_intervals_ms", texts) == "KEYSTROKE_TIMING"
    assert best_entity("retry_backoff_ms", ["[100, 200, 400, 800]"] * 3) is None
