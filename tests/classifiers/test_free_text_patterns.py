"""Every recognizer's patterns also work in free text: Presidio compiles them with Python `re`."""
from __future__ import annotations

import re

import pytest

from classifiers.registry import default_recognizers

RECOGNIZERS = default_recognizers()


@pytest.mark.parametrize("recognizer", RECOGNIZERS, ids=lambda r: type(r).__name__)
def test_patterns_compile_as_embedded_regexes(recognizer):
    # the bridge embeds each pattern between look-arounds: global flags such as a leading
    # `(?i)` are an error there, scoped `(?i:...)` groups are not
    for pattern in recognizer.patterns:
        re.compile(rf"(?<![\w.@:/-])(?:{pattern.regex})(?![\w@-]|\.\w)")


@pytest.mark.parametrize("recognizer", [r for r in RECOGNIZERS if r.patterns], ids=lambda r: type(r).__name__)
def test_presidio_recognizer_builds(recognizer):
    from classifiers.presidio_bridge import FREE_TEXT_MIN_SCORE, pattern_recognizer

    bridged = pattern_recognizer(recognizer)
    if not recognizer.in_free_text:
        assert bridged is None
    elif any(p.score >= FREE_TEXT_MIN_SCORE for p in recognizer.patterns):
        assert bridged.supported_entities == [recognizer.entity]
    else:
        assert bridged is None


def test_name_backing_patterns_stay_out_of_free_text():
    from classifiers.presidio_bridge import FREE_TEXT_MIN_SCORE, pattern_recognizer
    from classifiers.recognizers.battery import BatteryStateRecognizer

    bridged = pattern_recognizer(BatteryStateRecognizer())
    names = {p.name for p in bridged.patterns}
    assert "battery state word" in names
    assert "level or flag" not in names  # scored below FREE_TEXT_MIN_SCORE
    assert all(p.score >= FREE_TEXT_MIN_SCORE for p in bridged.patterns)
