"""A recognizer's negative-name veto, looked up by the phrases' first tokens, is the rule itself."""
from __future__ import annotations

import random

from classifiers.names import NameTokens
from classifiers.recognizer import _vetoes
from classifiers.registry import default_recognizers


def test_the_veto_by_first_token_is_the_veto_over_every_phrase():
    """`vetoed` walks only the negative phrases whose first token the name holds: for names made
    of the recognizers' own name and negative words, it says what `_vetoes` over all of them says."""
    recognizers = default_recognizers()
    words = sorted({word for r in recognizers for phrase in r._negative + r._names for word in phrase})
    rng = random.Random(3)
    names = [NameTokens(own=tuple(rng.choice(words) for _ in range(rng.randint(1, 4))), parent=(), raw="x")
             for _ in range(3000)]
    names += [NameTokens.of(path) for path in ("api_level", "sdk_int", "sdk_version", "ip_version", "user_id")]
    vetoed = 0
    for recognizer in recognizers:
        recognizer.forget()
        for name in names:
            expected = _vetoes(name.own, recognizer._negative, recognizer._names)
            assert recognizer.vetoed(name) == expected, (type(recognizer).__name__, name.own)
            vetoed += expected
    assert vetoed > 100  # the names do hit vetoes, so the comparison means something
