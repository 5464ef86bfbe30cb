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


TEXTS = ["Call Anna Smith at +1 415-555-0100 or mail anna.smith@example.com, card 4111 1111 1111 1111.",
         "2026-11-30T10:00:01Z INFO  user=bob ip=203.0.113.7   login ok\n\nuid=0 euid=0 SSN 078-05-1120",
         "  leading blanks, a tab\there, naïve café, 王小明 13812345678 ,, end"]


@pytest.mark.parametrize("text", TEXTS)
def test_the_context_enhancer_finds_the_token_presidio_would(text):
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from classifiers.presidio_bridge import _context_enhancer, analyzer

    artifacts = analyzer().nlp_engine.process_text(text, "en")
    ours = _context_enhancer()
    for start in range(len(text) + 3):
        try:
            expected = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, artifacts.tokens,
                                                                            artifacts.tokens_indices)
        except ValueError:
            with pytest.raises(ValueError):
                ours._find_index_of_match_token("w", start, artifacts.tokens, artifacts.tokens_indices)
            continue
        assert ours._find_index_of_match_token("w", start, artifacts.tokens, artifacts.tokens_indices) == expected


def test_the_free_text_analysis_is_presidios_own():
    from presidio_analyzer import AnalyzerEngine

    from classifiers.presidio_bridge import analyzer

    ours = analyzer()
    shipped = AnalyzerEngine(registry=ours.registry, nlp_engine=ours.nlp_engine, supported_languages=["en"])
    text = "\n\n".join(TEXTS * 3)
    found = [(r.entity_type, r.start, r.end, r.score) for r in ours.analyze(text=text, language="en")]
    assert found == [(r.entity_type, r.start, r.end, r.score) for r in shipped.analyze(text=text, language="en")]
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS"} <= {entity for entity, *_ in found}


NAMES_TEXT = ("Anna Smith wrote to Bob Jones and Carla Diaz.\n\nSMITH, A. replied; Mr Peter Parker agreed.\n\n"
              "Rome Italy, New York, Acme Corp and Anna Smith again.\n\nBrown^Mary was scanned by Dr Lee Chong.")


@pytest.mark.parametrize("text", [NAMES_TEXT, "\n\n".join(TEXTS), "no capital here at all"])
def test_matches_in_free_text_are_judged_in_one_call_as_one_by_one(text, monkeypatch):
    """A bridged recognizer whose validator judges each value alone gets every match of a
    document in one call: the analysis is the one a call per match gives."""
    from classifiers.presidio_bridge import analyzer
    from classifiers.recognizers.person_name import FullNameValueRecognizer

    assert FullNameValueRecognizer.validate_elementwise
    engine = analyzer()
    calls = []
    validate = FullNameValueRecognizer.validate

    def counted(self, candidates):
        calls.append(len(candidates))
        return validate(self, candidates)

    monkeypatch.setattr(FullNameValueRecognizer, "validate", counted)

    def analysed() -> list[tuple]:
        results = engine.analyze(text=text, language="en")
        return sorted((r.entity_type, r.start, r.end, r.score, r.recognition_metadata.get("recognizer_name"))
                      for r in results)

    batched = analysed()
    in_one_call = list(calls)
    for _ in range(2):  # the same document again: its matches are found anew, not replayed stale
        assert analysed() == batched
    monkeypatch.setattr(FullNameValueRecognizer, "validate_elementwise", False)
    calls.clear()
    assert analysed() == batched
    if text == NAMES_TEXT:
        assert len(in_one_call) == 1 and in_one_call[0] >= 5  # one call for all the name-like matches
        assert len(calls) >= 5 and set(calls) == {1}  # one by one: a call per match
        assert any(entity == "PERSON" for entity, *_ in batched)
