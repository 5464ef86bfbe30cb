"""Named-entity recognition over a column's values, where names and patterns said nothing.

A column of people's names under a name no recognizer knows (`ehead`, `c07`, a vendor's
abbreviation) has no pattern to match: `Mohammad Zahir Shah` is words, as film titles and
product names are. spaCy's NER, already loaded for the free-text pass, reads a short value
as a whole and tells a person from an organisation or a place better than word lists do.

The reading is bounded so that it costs little per table:

- only fields still **undecided** after the field pass, whose name no recognizer knows
  (no name, comment or type signal) and does not rule a person out (`title`, `company`,
  `product`...), holding text of one to five words with a capital (no digits, no symbols);
- only the first `MAX_VALUES` distinct values of each, and at most `MAX_FIELDS` fields a
  table, read in **one** `nlp.pipe` call over all of them with only the NER components on.

A value counts when one entity span covers the whole value. A column is
- **people's names** when at least `PERSON_SHARE` of its values read as PERSON and at least
  `KNOWN_NAME_SHARE` of those hold a given name or surname the name vocabularies know
  (NER reads release codenames such as `Warty Warthog` as people too);
- **places** (`LOCATION`) when at least `PLACE_SHARE` read as GPE/LOC *and* the table holds
  something about a person: a column of places in a table of nothing personal is a
  reference list (stations, towns), not where a user is.

The decision carries an `ner` signal (`datamap explain` shows it: how many of how many
values, which label) and, for places, the `table` signal of what the table holds.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Detection, Signal
from classifiers.masking import mask_examples
from classifiers.names import NameTokens
from classifiers import vocab
from classifiers.recognizers.person_name import STREET_NAMES_SHARE, PersonNameRecognizer, is_person_name, street_names
from classifiers.table_view import PERSON_ENTITIES, PERSON_WORDS, RECORD_ENTITIES

if TYPE_CHECKING:
    from classifiers.engine import FieldResult
    from classifiers.fieldview import FieldView
    from datamap.model import DatasetSample

log = logging.getLogger(__name__)

#: distinct values read per field, and fields read per table
MAX_VALUES = 40
MAX_FIELDS = 12
#: a field needs this many distinct informative values (two or three are a code: `Male`)
MIN_DISTINCT = 5
#: share of distinct values that must be word-shaped before NER reads any
WORDS_SHARE = 0.8
#: one to five words of letters (apostrophes, hyphens, dots of initials, a comma of
#: `Surname, Given`), at least one capital, no digits or symbols
_WORDS = r"^\pL[\pL'’.-]*(?:,? \pL[\pL'’.-]*){0,4}$"
_CAPITAL = r"\p{Lu}"
#: a code of two or three capitals; when this share of the distinct values are codes, the field
#: is a code list that NER reads no better than chance (the vocabularies read country codes)
_CODE = r"^\p{Lu}{2,3}$"
CODE_SHARE = 0.5
#: shares of read values that must be whole PERSON / GPE-LOC spans
PERSON_SHARE = 0.5
#: of those, the share that must hold a given name or surname the vocabularies know (names
#: from all over the world pass at 0.6-0.9; codenames and animals stay under 0.2)
KNOWN_NAME_SHARE = 0.35
PLACE_SHARE = 0.6
#: the confidence of a PERSON column rises with the share: 0.5 -> 0.6, 1.0 -> 0.8
PERSON_BASE, PERSON_SLOPE = 0.4, 0.4
PLACE_SCORE = 0.3
SUPPORT_SCORE = 0.35
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: what says a table is about people for a place column: a person, a contact, an account
SUPPORTING = PERSON_ENTITIES | RECORD_ENTITIES


def apply(dataset: DatasetSample, results: Sequence[FieldResult], views: Sequence[FieldView],
          threshold: float) -> None:
    """Decide undecided word columns of one dataset by spaCy NER over their values (in place)."""
    fields = [(result, texts) for result, view in zip(results, views)
              if (texts := _readable(result, view, threshold)) is not None][:MAX_FIELDS]
    if not fields:
        return
    nlp = _pipeline()
    if nlp is None:
        return
    texts = [text for _, values in fields for text in values]
    with nlp.select_pipes(enable=[name for name in ("tok2vec", "ner") if name in nlp.pipe_names]):
        docs = list(nlp.pipe(texts))
    labels = [_whole_label(doc) for doc in docs]
    position = 0
    for result, values in fields:
        read = labels[position:position + len(values)]
        position += len(values)
        _decide(dataset, results, result, values, read, threshold)


def _readable(result: FieldResult, view: FieldView, threshold: float) -> list[str] | None:
    """The distinct values NER should read for this field, or None when it should not."""
    sample = result.sample
    if result.best(threshold) is not None or sample.origin not in ("column", "json"):
        return None
    if not pa.types.is_string(sample.values.type) and not pa.types.is_large_string(sample.values.type):
        return None
    if any(s.kind in ("name", "comment", "type") for d in result.detections for s in d.signals):
        return None  # a recognizer knows the name: it has had its say
    name = NameTokens.of(sample.path)
    if _PERSON.vetoed(name) or PERSON_WORDS.intersection(name.own):
        return None  # `title`, `company`, `city`, `gender`: not people's names whatever NER says
    distinct = view.informative.values
    if len(distinct) < MIN_DISTINCT:
        return None
    distinct = distinct.slice(0, MAX_VALUES)
    worded = pc.and_(rx.match(distinct, _WORDS), rx.match(distinct, _CAPITAL))
    if (pc.sum(worded).as_py() or 0) < WORDS_SHARE * len(distinct):
        return None
    if (pc.sum(rx.match(distinct, _CODE)).as_py() or 0) >= CODE_SHARE * len(distinct):
        return None  # `MR`, `CT`, `US`: a list of codes (DICOM modalities), which NER reads as places
    return [str(v) for v in pc.filter(distinct, worded).to_pylist()]


def _whole_label(doc) -> str | None:
    """The label of the entity that spans the whole value, if one does (a trailing dot aside)."""
    text = doc.text.rstrip(".")
    for ent in doc.ents:
        if ent.start_char == 0 and ent.end_char >= len(text):
            return ent.label_
    return None


def _decide(dataset: DatasetSample, results: Sequence[FieldResult], result: FieldResult, values: list[str],
            labels: list[str | None], threshold: float) -> None:
    total = len(values)
    people = [v for v, label in zip(values, labels) if label == "PERSON"]
    places = [v for v, label in zip(values, labels) if label in PLACE_LABELS]
    if len(people) >= PERSON_SHARE * total and len(people) >= len(places) and _known_names(people) \
            and street_names(pa.array(values, pa.string())) < STREET_NAMES_SHARE:
        # (`Victor Plains`, `Kulas Light`: NER reads streets named after people as people)
        share = len(people) / total
        score = round(min(PERSON_BASE + PERSON_SLOPE * share, 0.8), 4)
        signal = Signal("ner", f"spaCy NER reads {len(people)} of {total} distinct values as a person's name",
                        score, round(share, 4))
        _insert(result, "PERSON", score, [signal], people)
        return
    if len(places) < PLACE_SHARE * total:
        return
    support = sorted({best.entity for other in results if other is not result
                      and (best := other.best(threshold)) is not None and best.entity in SUPPORTING})
    if not support:
        return  # places in a table of nothing personal: a list of places, not where someone is
    share = len(places) / total
    held = ", ".join(e.lower().replace("_", " ") for e in support)
    signals = [Signal("ner", f"spaCy NER reads {len(places)} of {total} distinct values as places (GPE/LOC)",
                      PLACE_SCORE, round(share, 4)),
               Signal("table", f"the table holds {held}", SUPPORT_SCORE)]
    _insert(result, "LOCATION", round(1 - (1 - PLACE_SCORE) * (1 - SUPPORT_SCORE), 4), signals, places)


def _known_names(values: list[str]) -> bool:
    """Do enough of the values NER read as people's names hold a given name or surname the
    name vocabularies know? Release codenames (`Warty Warthog`), animals and product lines
    read as names to NER, but their words are no one's given name or family name."""
    known = sum(is_person_name(v) or _first_word(v) in _given_world() for v in values)
    return known >= KNOWN_NAME_SHARE * len(values)


def _first_word(value: str) -> str:
    words = value.replace(",", " ").split()
    return words[0].lower() if words else ""


def _given_world() -> frozenset[str]:
    return vocab.words("given_names_world")


def _insert(result: FieldResult, entity: str, confidence: float, signals: list[Signal], examples: list[str]) -> None:
    detection = Detection(path=result.sample.path, entity=entity, confidence=confidence, signals=signals,
                          match_ratio=signals[0].match_ratio, examples=mask_examples(examples[:3], entity),
                          recognizer="value_ner")
    result.detections.insert(0, detection)
    result.detections.sort(key=lambda d: d.confidence, reverse=True)


_PERSON = PersonNameRecognizer()


def _pipeline():
    """The spaCy pipeline Presidio already loaded (one load per process), or None without one."""
    try:
        from classifiers.presidio_bridge import analyzer

        return analyzer().nlp_engine.nlp["en"]
    except (RuntimeError, OSError, KeyError) as exc:  # no spaCy pipeline installed, unreadable model files
        log.warning("no NER over values: %s", exc)
        return None
