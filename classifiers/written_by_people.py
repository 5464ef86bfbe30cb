"""Text beside someone: what a person wrote, when the column's name says nothing.

The content recognizer tells long varied prose by its values alone (0.55), but short
sentences (`No onions please`, an issue's title, a task, a calendar entry's summary) only
with a content name beside them (0.3-0.35): a product's or a package's short description has
the same shape. Where names say nothing (`c07`), the table can speak for them instead: varied
sentences in a record that holds a person (a name, an e-mail, a phone...) or an account are
that person's words, a message, a comment, a title they gave. A table of nothing personal
gives no such support, so its descriptions stay unclaimed.

A table whose rows are people, one each (a name, a phone or an e-mail distinct row by row),
says more of a column of Chinese phrases repeated over its rows: each is what that person wrote
of themselves, a bio or a signature (个性签名: `宝妈一枚，记录孩子成长`, `95后 | 摄影 | 旅行`), of
which a platform's sample holds a few over many members. Phrases written as people punctuate
them (a comma, a bar, a tilde, an emoji) only: titles, departments and degrees (`高级软件工程师`)
are written bare.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers.evidence import Detection, Signal
from classifiers.fieldview import as_mask
from classifiers.masking import mask_examples
from classifiers import rx, vocab
from classifiers.recognizers.location_approximate import VENUE_NAME
from classifiers.table_view import PERSON_ENTITIES

if TYPE_CHECKING:
    from classifiers.engine import FieldResult
    from classifiers.recognizer import FieldRecognizer

#: who the text can be by: a person, or an account
WRITERS = PERSON_ENTITIES | {"ACCOUNT_ID"}
#: what the table adds to the text's own value signal
SUPPORT_SCORE = 0.35
#: texts and distinct texts a column needs (a test fixture's one comment twice, a mostly empty
#: column's three words say too little: the content recognizer reads so few values leniently)
MIN_VALUES = 5
MIN_DISTINCT = 3
#: share of the distinct values that must be sentences (three words or more, mostly letters)
PROSE_SHARE = 0.6
#: a column this share of whose distinct values are address lines holds places
ADDRESS_SHARE = 0.3
#: an address line: a house number first, or a street type last (`St.`, `avenues`)
_HOUSE_NUMBER = r"^\d+[A-Za-z]? "
#: a column this share of whose distinct values are written as titles names things
TITLE_SHARE = 0.6
#: a word of four letters or more in lower case (short ones are `of`, `de`, `and`: titles keep them)
_LOWER_WORD = r"(^|[^A-Za-z])[a-z]{4,}"
#: a value that ends as a sentence people say does (`Happy New Year!`, `Anyone there?`)
_EXCLAMATION = r"[!?]\s*$"
#: a capital letter: scripts without case (Han, Arabic) write no titles this rule can see
_CAPITAL = r"[A-Z]"


def decide(results: Sequence[FieldResult], recognizers: Sequence[FieldRecognizer], threshold: float,
           is_open: Callable[[FieldResult, float], bool]) -> None:
    """Claim, in place, the unclaimed name-silent text columns of a table that holds a person or
    an account, whose values read as text people write, as that content; and, in any table,
    Chinese sentences most of which are said as people say them."""
    content = next((r for r in recognizers if r.entity == "USER_CONTENT"), None)
    if content is None:
        return
    writers = sorted({best.entity for r in results if (best := r.best(threshold)) is not None
                      and best.entity in WRITERS})
    held = ", ".join(e.lower().replace("_", " ") for e in writers)
    for result in results:
        values = result.sample.values
        if not is_open(result, threshold) or not pa.types.is_string(values.type):
            continue
        present = values.drop_null()
        if len(present) < MIN_VALUES or (pc.count_distinct(present).as_py() or 0) < MIN_DISTINCT:
            continue
        distinct = pc.unique(present)
        if (pc.sum(content.matches(distinct)).as_py() or 0) < PROSE_SHARE * len(distinct):
            continue  # single words (`ACCEPT`, `Westlake`) and address lines are no one's sentences
        if _address_lines(distinct) >= ADDRESS_SHARE:
            continue  # `2009 W. 6th St.`, `Elm & 3rd streets`: where something happened, no one's words
        if _titles(distinct) >= TITLE_SHARE:
            continue  # `Wakefield University`, `Bachelor of Arts`, `HM Passport Office`: names of things
        if float(as_mask(rx.match(distinct, f"^(?:{VENUE_NAME})$")).mean()) >= TITLE_SHARE:
            continue  # `海底捞火锅（珞喻路店）`, `浙江大学`: shops' and places' names, no one's words
        value = content.value_signal(result.sample)
        if value is None or value.score <= 0:
            continue
        signals = [value]
        if writers:
            signals.append(Signal("table", f"text beside {held}: what that person wrote", SUPPORT_SCORE))
        if writers and _combined(signals) < threshold and (own := _one_row_each(results, threshold)) \
                and _punctuated_chinese(distinct) >= PUNCTUATED_SHARE and not _tag_lists(distinct):
            signals.append(Signal("table", f"the rows are people, one each ('{own}' distinct row by row): a phrase "
                                           "on a person's row is what they wrote of themselves", SELF_SCORE))
        spoken = _spoken_chinese(distinct) if _combined(signals) < threshold or not writers else 0.0
        if not writers and spoken < SPOKEN_SHARE:
            continue  # (the value alone decided nothing, or a rule withdrew its reading)
        if _combined(signals) < threshold and spoken >= SPOKEN_SHARE:
            # stock Chinese sentences repeat (too little alone), but sentences said as people say
            # them (`求链接？`, `这个价格也太良心了吧`) are no program's or shop's wording: someone's
            # words, though the table may not say whose
            signals.append(Signal("value", f"{spoken:.0%} of the distinct sentences are said as people say them "
                                           "(a particle, an emoji, a question, `我`)", SPOKEN_SCORE))
        confidence = _combined(signals)
        if confidence < threshold:
            continue
        examples = [str(v) for v in pc.unique(values.drop_null().slice(0, 50)).slice(0, 3).to_pylist()]
        result.detections.insert(0, Detection(path=result.sample.path, entity="USER_CONTENT", confidence=confidence,
                                              signals=signals, match_ratio=value.match_ratio,
                                              examples=mask_examples(examples, "USER_CONTENT"),
                                              recognizer="neighbours"))
        result.detections.sort(key=lambda d: d.confidence, reverse=True)


#: what names a person on a row, distinct row by row when the rows are people (one each)
OWN_ENTITIES = frozenset({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"})
OWN_DISTINCT = 0.9
#: share of the distinct phrases punctuated as people write them, and what a table of people,
#: one each, adds to them
PUNCTUATED_SHARE = 0.3
SELF_SCORE = 0.25


def _one_row_each(results: Sequence[FieldResult], threshold: float) -> str | None:
    """The path of a column that names a different person on (nearly) every row, or None."""
    for result in results:
        best = result.best(threshold)
        values = result.sample.values.drop_null()
        if best is not None and best.entity in OWN_ENTITIES and len(values) >= MIN_VALUES \
                and (pc.count_distinct(values).as_py() or 0) >= OWN_DISTINCT * len(result.sample.values):
            return result.sample.path
    return None


#: what joins the items of a list of tags in one cell (`独居老人,残疾人`, `篮球|游泳`)
_LIST_SEPARATOR = r"\s*[，,、|｜/;；]\s*"
#: share of the joined values made only of items the column also holds alone
TAG_LIST_SHARE = 0.5


def _tag_lists(distinct: pa.Array) -> bool:
    """Whether the column's joined values are lists of tags from a closed set: most are made only
    of items that are also values of their own (`独居老人,残疾人` beside `独居老人` and `残疾人`).
    A register's labels of a person (groups, statuses, interests) are picked, not written; a bio
    (`95后 | 摄影 | 旅行`) is written once, its parts seldom a whole value elsewhere."""
    parts = pc.split_pattern_regex(distinct, _LIST_SEPARATOR)
    counts = pc.list_value_length(parts).to_numpy(zero_copy_only=False)
    joined = counts > 1
    if joined.sum() < 2:
        return False
    flat = pc.list_flatten(parts)
    known = as_mask(pc.is_in(flat, value_set=distinct)).astype(np.int64)
    parents = pc.list_parent_indices(parts).to_numpy(zero_copy_only=False)
    known_per_value = np.bincount(parents, weights=known, minlength=len(distinct))
    whole = known_per_value[joined] == counts[joined]
    return bool(whole.mean() >= TAG_LIST_SHARE)


def _punctuated_chinese(distinct: pa.Array) -> float:
    """The share of the distinct values that are Han text with punctuation or an emoji in it."""
    return float(as_mask(rx.match(distinct, _PUNCTUATED_CHINESE)).mean()) if len(distinct) else 0.0


#: a column this share of whose distinct sentences someone wrote of themselves is people's writing
PERSONAL_VOICE_SHARE = 0.35
#: the first person singular (`I'm`, `my`, `me`): a person writes so of themselves; a package's
#: description, a service's note or a program's message describe in the third person, and a
#: company's page speaks as `we` to `you` (`Join us`, `our new features`): not counted
_PERSONAL_VOICE = r"\b(?:I|I[’'](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Mm]ine)\b"


def in_personal_voice(distinct: pa.Array) -> bool:
    """Whether enough distinct sentences are in the first person singular (a post's `I hope`,
    `my blog`): text a person wrote, whatever the table says of its writers."""
    if len(distinct) >= MIN_DISTINCT and _spoken_chinese(distinct) >= SPOKEN_SHARE:
        return True  # `求链接？`, `我也想去😂`: Chinese as people say it
    sentences = pc.filter(distinct, pc.greater_equal(pc.utf8_length(distinct), 12)) if len(distinct) else distinct
    if len(sentences) < MIN_DISTINCT:
        return False
    return float(as_mask(rx.match(sentences, _PERSONAL_VOICE)).mean()) >= PERSONAL_VOICE_SHARE


#: share of a column's distinct Chinese sentences that must be said as people say them, and
#: what it adds
SPOKEN_SHARE = 0.35
SPOKEN_SCORE = 0.4


def _combined(signals: list[Signal]) -> float:
    """The confidence of independent signals together."""
    left = 1.0
    for signal in signals:
        left *= 1.0 - signal.score
    return round(1.0 - left, 4)
#: what people's own Chinese sentences carry and a program's, a shop's or a form's wording
#: lacks: `我` (I), a sentence-final modal particle (`吧`, `吗`, `呀`, `呢`, `啊`, `哦`, `啦`,
#: `嘛`, `呗`; `哈哈`), a question mark, an emoji (the pictographs' planes: `★`, `√` are a
#: shop's and a form's marks); plus Han text to judge. No exclamation mark: programs say
#: `登录成功！` too
_EMOJI = r"[\x{1F300}-\x{1FAFF}]"
_SPOKEN_CHINESE = (rf"\p{{Han}}.*(?:我|[吧吗呀呢啊哦啦嘛呗哈][\s，。！？!?~…]*(?:{_EMOJI}[\s]*)*$|[？?]|{_EMOJI})"
                   rf"|(?:我|{_EMOJI}).*\p{{Han}}")
#: Han text punctuated (a comma, a bar, a slash, a tilde) or with an emoji: a phrase as people write it
_PUNCTUATED_CHINESE = rf"\p{{Han}}.*(?:[，,。、|｜/~～…！!？?]|{_EMOJI})|(?:[，,。、|｜/~～…！!？?]|{_EMOJI}).*\p{{Han}}"


def _spoken_chinese(distinct: pa.Array) -> float:
    """The share of the distinct values that are Chinese said as people say it."""
    return float(as_mask(rx.match(distinct, _SPOKEN_CHINESE)).mean()) if len(distinct) else 0.0


def _address_lines(distinct: pa.Array) -> float:
    """The share of distinct values that read as address lines: a house number first, or a
    street type (singular or plural: `Chester avenues`) last."""
    if not len(distinct):
        return 0.0
    numbered = as_mask(rx.match(distinct, _HOUSE_NUMBER))
    streets = vocab.words("street_types")
    last = [(text.split() or [""])[-1].lower().strip(".") for text in distinct.to_pylist()]
    typed = np.array([word in streets or word.rstrip("s") in streets for word in last])
    return float((numbered | typed).mean())


def _titles(distinct: pa.Array) -> float:
    """The share of distinct values written as titles: every word of four letters or more
    capitalised, and no exclamation or question at the end. Institutions, degrees, agencies,
    companies and places are named so; what people write has lower-case words between. Text
    in a script without case (`明天见`) is never a title here."""
    if not len(distinct):
        return 0.0
    lower = as_mask(rx.match(distinct, _LOWER_WORD))
    said = as_mask(rx.match(distinct, _EXCLAMATION))
    capital = as_mask(rx.match(distinct, _CAPITAL))
    return float((capital & ~lower & ~said).mean())
