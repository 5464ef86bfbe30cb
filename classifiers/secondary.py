"""Personal data embedded in free text: e-mails, phones, names inside comments and messages.

Presidio's AnalyzerEngine (spaCy NER plus pattern recognizers, ours included) runs over a
bounded subset of a field's values, joined into one document so spaCy runs once per field.
Each entity found becomes a secondary detection (`primary=False`): the field *is* user
content, and it *contains* e-mail addresses.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence

from classifiers.evidence import Detection, Signal
from classifiers.masking import mask_value
from classifiers.recognizer import FieldRecognizer, as_text
from classifiers.recognizers.ip_address import THIS_HOST
from classifiers.recognizers.person_name import is_given_and_surname, is_person_name
from datamap.model import FieldSample

#: the entity types looked for inside text (Presidio's names; the policy maps them)
# (GOVERNMENT_ID: in free text only its checked formats, a mainland resident id, a Taiwan or a
# Hong Kong identity number; its bare `id number` shape only backs a name)
# AUDIO_DEVICE: only a Bluetooth device's remote-control input (`OnePlus Buds 3 (AVRCP)`) is looked for there
ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "CREDIT_CARD", "IP_ADDRESS", "US_SSN", "GOVERNMENT_ID",
            "AUDIO_DEVICE")

#: spaCy NER is noisy on short non-English text: a name must turn up in this many values
MIN_VALUES_HIT = {"PERSON": 3}
#: Presidio's own score below which a hit is ignored (its phone recognizer starts at 0.4)
MIN_SCORE = 0.5
#: words just before a hit that say it is something else: a 15-digit IMEI passes Luhn and can
#: start like an Amex number, and "device 340669097504501" is a device, not a card
#: (and their Chinese words: an order's or a waybill's number 订单号 单号, a payment's serial 流水号
#: 交易号, a phone's 串号 序列号 设备号: mall4j's 19-digit snowflake order numbers pass Luhn one in ten)
NEGATIVE_CONTEXT = {"CREDIT_CARD": ("device", "imei", "meid", "serial", "tac", "handset", "order", "tracking",
                                    "单号", "订单编号", "流水号", "交易号", "串号", "序列号", "设备号")}
NEGATIVE_CONTEXT_CHARS = 40
MAX_VALUES = 60
MAX_CHARS = 20_000
SEPARATOR = "\n\n"
EXAMPLES = 3


def detect(sample: FieldSample, extra: Sequence[FieldRecognizer] = ()) -> list[Detection]:
    """Secondary detections over the first `MAX_VALUES` distinct values of a text field.
    `extra`: recognizers beyond the built-in ones (a data map's own) to look for too."""
    from classifiers.presidio_bridge import analyzer, with_recognizers

    texts = _bounded_texts(sample)
    if not texts:
        return []
    # a user agent inside the text is read as one by the fields that hold it; its products are
    # no one's name (`Intel Mac OS X` read as a person) and no model (`CPU iPhone OS 17_5`)
    texts = [_USER_AGENT_RUN.sub(" ", text) if "/" in text else text for text in texts]
    document = SEPARATOR.join(texts)
    starts = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + len(SEPARATOR)
    machine_text = sample.origin == "message"
    engine, extra_entities = with_recognizers(analyzer(), extra)
    results = engine.analyze(text=document, language="en", entities=[*ENTITIES, *extra_entities])
    hit_values: dict[str, set[int]] = defaultdict(set)
    top_score: dict[str, float] = defaultdict(float)
    examples: dict[str, list[str]] = defaultdict(list)
    for result in results:
        if result.score < MIN_SCORE or _denied(document, result.entity_type, result.start):
            continue
        if result.entity_type == "PERSON" and not _plausible_name(document[result.start:result.end], machine_text):
            continue
        if (machine_text and result.entity_type == "PHONE_NUMBER"
                and _COUNTER_BEFORE.search(document, max(0, result.start - 24), result.start)):
            continue  # `Seq 2119064372, Ack 3325040593`: a program's counters, no one's number
        if result.entity_type == "IP_ADDRESS" and _THIS_HOST.match(document[result.start:result.end]):
            continue  # `--addr 0.0.0.0:2024`, `127.0.0.1 () {38 vars}`: the machine itself, no one's address
        if result.entity_type == "IP_ADDRESS" and _VERSION_BEFORE.search(document, max(0, result.start - 24),
                                                                         result.start):
            continue  # `wcp.dll version 0.0.0.6`, Windows' `Package_for_KB2479943~…~amd64~~6.1.1.0`: a version
        if result.entity_type == "EMAIL_ADDRESS" and _SIP_SCHEME.search(document, max(0, result.start - 5), result.start):
            continue  # `sip:301@example.com`: a SIP address of record (a phone extension), no mailbox
        index = bisect_right(starts, result.start) - 1
        hit_values[result.entity_type].add(index)
        top_score[result.entity_type] = max(top_score[result.entity_type], result.score)
        found = document[result.start:result.end]
        if len(examples[result.entity_type]) < EXAMPLES and found not in examples[result.entity_type]:
            examples[result.entity_type].append(found)
    presidio_found = set(hit_values)
    _chinese(texts, hit_values, top_score, examples)
    detections = []
    for entity, values in hit_values.items():
        if len(values) < MIN_VALUES_HIT.get(entity, 1):
            continue
        share = len(values) / len(texts)
        # one hit is evidence; a few make it certain that the field carries this entity
        confidence = top_score[entity] * min(1.0, 0.7 + 0.15 * len(values))
        finder = "Presidio" if entity in presidio_found else "the Chinese reading (jieba's tagger and shapes)"
        signal = Signal("ner", f"{finder} found {entity} in {len(values)} of {len(texts)} values", round(confidence, 4),
                        round(share, 4))
        detections.append(Detection(path=sample.path, entity=entity, confidence=round(confidence, 4),
                                    signals=[signal], match_ratio=round(share, 4),
                                    examples=[mask_value(e, entity) for e in examples[entity]],
                                    primary=False, recognizer="presidio"))
    detections.sort(key=lambda d: d.confidence, reverse=True)
    return detections


#: the score of an entity read from Chinese text by its shape (classifiers/chinese_text.py)
CHINESE_SCORE = 0.85


def _chinese(texts: list[str], hit_values: dict[str, set[int]], top_score: dict[str, float],
             examples: dict[str, list[str]]) -> None:
    """What Chinese sentences name (people, places, addresses, phones, battery levels), which
    spaCy's English pipeline cannot segment, added to the Presidio hits."""
    from classifiers import chinese_text

    for index, text in enumerate(texts):
        for entity, spans in chinese_text.entities(text).items():
            hit_values[entity].add(index)
            top_score[entity] = max(top_score[entity], CHINESE_SCORE)
            for found in spans:
                if len(examples[entity]) < EXAMPLES and found not in examples[entity]:
                    examples[entity].append(found)


#: a user-agent string as logs write it inside a message (`agent=Mozilla/5.0 (Macintosh; Intel Mac OS
#: X 10_15_7) AppleWebKit/605.1.15 … Safari/605.1.15; user=171`): the products and their comments,
#: up to a separator outside the brackets or the next `key=`
_USER_AGENT_RUN = re.compile(r"(?:Mozilla|Dalvik|Opera)/\d(?:[^()\s;\"|\]},]|\([^()]*\)|\s(?![\w.\-]+[=：]))*")
_THIS_HOST = re.compile(rf"^{THIS_HOST}$")
#: a counter's or an id's key right before a run of digits in a program's text (TCP's `Seq`,
#: `Ack` and `Win`, `pid=`, `taskID[`): what follows is that number, not a phone number
_COUNTER_BEFORE = re.compile(r"(?:\b(?:seq|ack|win|pid|tid|uid|gid|size|len|length|bytes|count|port|offset|"
                             r"serial|handle|lock|token|ts|time|timestamp|seqno|sequence)|id)\s*[=:#\[(]?\s*$", re.I)
#: a version's word or a package identity's `~` right before a dotted quad (a DLL's
#: `version 0.0.0.6`, Windows servicing's `…~amd64~~6.1.1.0`): the quad is a version, no address
_VERSION_BEFORE = re.compile(r"(?:\b(?:version|ver|build|release|revision|rev|firmware|fw)\s*[=:#]?\s*v?|~)$", re.I)
#: a SIP URI's scheme right before an address (`<sip:301@example.com>`, `sips:alice@pbx.example`)
_SIP_SCHEME = re.compile(r"sips?:$", re.I)
#: weekdays and months, whole and abbreviated: a log line's date (`[Thu Jul 11 01:21:41 2013]`)
_CALENDAR_WORDS = frozenset(
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december".split())


def _plausible_name(span: str, machine_text: bool) -> bool:
    """spaCy's small model calls many capitalised things a PERSON, in log lines most of all
    ("Outbox - queued", "uid=0 euid=0", the date "Thu Jul"): keep spans that read as a name by
    our own rules and are not all weekdays and months, and in text a program wrote only full,
    capitalised names (two words or more)."""
    words = [w.strip(".,;:[]()") for w in span.split()]
    if words and all(w.lower() in _CALENDAR_WORDS for w in words):
        return False
    if not machine_text:
        return is_person_name(span)
    # a program writes names capitalised: spaCy's span may run on into a lowercase key
    # ("Alice Walker uid"), but "updated to point to" is its noise, not a name
    words = span.split()
    while words and not words[-1][0].isupper():
        words.pop()
    # one word said twice is a program's phrase (sshd's "Received disconnect …: 11: Bye Bye")
    repeated = len({w.lower() for w in words}) < len(words)
    if len(words) < 2 or repeated or not all(w[0].isupper() for w in words):
        return False
    if all(w.isupper() for w in words):
        # a program's capitals (ufw's `[UFW BLOCK]`, `HTTP GET`) end in a surname often enough:
        # a name in capitals must have a known given name as well (`JOHN SMITH`)
        return is_given_and_surname(" ".join(words))
    return is_person_name(" ".join(words))


def _denied(document: str, entity: str, start: int) -> bool:
    before = document[max(0, start - NEGATIVE_CONTEXT_CHARS):start].lower()
    return any(word in before for word in NEGATIVE_CONTEXT.get(entity, ()))


def _bounded_texts(sample: FieldSample) -> list[str]:
    texts: list[str] = []
    seen: set[str] = set()
    total = 0
    for value in as_text(sample.values).to_pylist():
        if not value or value in seen:
            continue
        if total + len(value) > MAX_CHARS or len(texts) >= MAX_VALUES:
            break
        seen.add(value)
        texts.append(value)
        total += len(value)
    return texts
