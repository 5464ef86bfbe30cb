"""Content users write: comments, bios, messages, captions, reviews, post text.

Free text is told by its statistics over the sample rather than by a pattern: values of
several words, mostly alphabetic, that rarely repeat. Machine text fails those tests one way
or another: log messages and error strings repeat, user agents and URLs are not words,
JSON blobs are punctuation. Personal data inside the text (e-mails, phones, names) is
found by the engine's secondary pass (Presidio with spaCy NER), not here.
"""
from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc

from classifiers.evidence import Signal
from classifiers.recognizer import FieldRecognizer, as_text
from inventory.model import FieldSample

#: a value counts as prose with at least this many words...
MIN_WORDS = 3
#: ...of which at least this share are alphabetic words
MIN_ALPHA_SHARE = 0.6
#: and the column must be this varied (distinct values / values)
MIN_DISTINCT_RATIO = 0.6
MIN_VALUES = 5
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: CJK prose has no spaces between words: count characters instead
MIN_CJK_CHARS = 6
_MACHINE = re.compile(r"://|^\s*[\[{]|Mozilla/|AppleWebKit|^[A-Z]+ /\S* HTTP/")


class UserContentRecognizer(FieldRecognizer):
    entity = "USER_CONTENT"
    names = ("comment", "comments", "comment text", "body", "message", "message text", "msg", "caption", "post text",
             "post body", "post content", "text", "content", "bio", "biography", "about me", "status text",
             "review", "review text", "feedback", "note", "notes", "description", "reply", "replies", "chat",
             "chat message", "dm", "tweet", "story", "remark", "remarks", "answer", "question", "subject line",
             "free text", "user text", "signature", "introduction", "intro", "pinglun", "liuyan", "neirong",
             "jianjie", "beizhu", "danmu")
    weak_names = ("title", "summary", "details", "input", "transcript")
    negative_names = ("id", "count", "length", "len", "type", "hash", "format", "encoding", "language", "lang",
                      "url", "uri", "link", "status", "flag", "enabled", "at", "ts", "time", "date", "score",
                      "sentiment", "likes", "size", "bytes", "error", "exception", "stack", "log", "level",
                      "product", "item", "sku", "mime", "charset", "code", "template", "key", "version", "schema",
                      "rating", "stars", "visibility", "moderation", "label", "category", "topic", "tag", "tags")
    context = ("wrote", "said", "comment", "message", "posted")
    name_score = 0.6
    values_required = False

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """Prose statistics over the sample: word counts, alphabetic share, variety."""
        values = sample.values
        if len(values) < MIN_VALUES or not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
            return None
        texts = [t for t in as_text(values).to_pylist() if t]
        if not texts:
            return None
        prose = sum(_is_prose(t) for t in texts) / len(texts)
        distinct = len(pc.unique(values)) / len(values)
        if prose < 0.6 or distinct < MIN_DISTINCT_RATIO:
            return None
        mean_words = sum(len(t.split()) for t in texts) / len(texts)
        # long varied prose is content on its own; short phrases need the name
        score = 0.6 if mean_words >= 6 else 0.4
        return Signal("value", f"free text: {prose:.0%} prose, {mean_words:.1f} words a value, "
                               f"{distinct:.0%} distinct", round(score * prose, 4), round(prose, 4))

    def matches(self, values: pa.Array) -> pa.Array:
        return pa.array([bool(t) and _is_prose(t) for t in as_text(values).to_pylist()], pa.bool_())

    def presidio(self) -> None:
        return None  # free text is the input of Presidio, not something to find inside it


def _is_prose(text: str) -> bool:
    if _MACHINE.search(text):
        return False
    if len(_CJK.findall(text)) >= MIN_CJK_CHARS:
        return True
    words = text.split()
    if len(words) < MIN_WORDS:
        return False
    alpha = sum(1 for w in words if w.strip(".,!?;:\"'()").isalpha())
    return alpha / len(words) >= MIN_ALPHA_SHARE
