"""Base-recognizer behaviour the device recognizers rely on: pattern unions, vocabularies,
phrase negatives."""
from __future__ import annotations

from classifiers.recognizer import FieldRecognizer, ValuePattern, VocabularyMatch
from tests.classifiers.fields import field, name_signal, value_signal


class _Shapes(FieldRecognizer):
    entity = "TEST_SHAPES"
    names = ("volume",)
    negative_names = ("data volume",)
    patterns = (ValuePattern("a", r"a\d", 0.8), ValuePattern("b", r"b\d", 0.4))
    vocabularies = (VocabularyMatch("carrier", "carriers", 0.7),)


def test_a_union_of_patterns_counts_when_no_single_one_does():
    signal = value_signal(_Shapes(), ["a1", "a2", "b1", "b2", "a3"])
    assert signal.match_ratio == 1.0
    assert 0.4 < signal.score < 0.8  # the hit-weighted mean of the two scores


def test_a_single_pattern_below_the_ratio_is_no_signal():
    assert value_signal(_Shapes(), ["a1", "x", "y", "z", "w"]) is None


def test_vocabulary_signal():
    signal = value_signal(_Shapes(), ["Verizon", "Vodafone", "Jio", "Singtel"])
    assert signal.detail == "vocabulary 'carrier'" and signal.score == 0.7
    assert _Shapes().matches(field("x", ["Verizon", "nope", "a1"]).values).to_pylist() == [True, False, True]


def test_negative_names_are_phrases():
    recognizer = _Shapes()
    assert name_signal(recognizer, "volume") is not None
    assert name_signal(recognizer, "media_volume") is not None
    assert name_signal(recognizer, "data_volume") is None


def test_placeholders_do_not_dilute_the_ratio():
    from classifiers.recognizers.user_agent import UserAgentRecognizer

    agents = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
              "okhttp/4.12.0"]
    signal = value_signal(UserAgentRecognizer(), agents + ["-", "-", "(not set)", "N/A", ""])
    assert signal.match_ratio == 1.0
    assert value_signal(UserAgentRecognizer(), ["-", "n/a", "unknown"]) is None
