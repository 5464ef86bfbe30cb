"""Keystroke rhythm: lists of key timings (inter-key flight times, key dwell times).

Human typing has inter-key intervals of roughly 30 ms to 1.5 s (dwell times 30-300 ms),
irregular from key to key. A list qualifies when its elements sit in that range, in
milliseconds or in seconds, and vary like typing does. Retry back-offs (`[100, 200, 400,
800]`) double at each step, and polling intervals repeat one value: neither is a rhythm.
The values are lists of numbers, which other things are too, so a name or a list of
human-typing shape with a timing name decides. A key-event table (one row a key press, as
typing studies log them: `Key`, `DownTime`, `UpTime`; `LETTER`, `PRESS_TIME`, `RELEASE_TIME`)
holds the rhythm in its press and release times, beside the column of keys.
"""
from __future__ import annotations

import re
from itertools import pairwise

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView, as_mask
from classifiers.names import NameTokens, dataset_base_name
from classifiers.recognizer import FieldRecognizer, is_numeric
from classifiers.shape import regex_shape
from classifiers.siblings import adjacent, siblings
from datamap.model import DatasetSample, FieldSample

MIN_KEYS = 3
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_NUMBER_LIST = r"^\[?\s*\d+(?:\.\d+)?(?:\s*[,;| ]\s*\d+(?:\.\d+)?){2,}\s*\]?$"  # also `186|406|71`
#: human key timings in milliseconds
LOW_MS, HIGH_MS = 15.0, 2000.0


class KeystrokeTimingRecognizer(FieldRecognizer):
    entity = "KEYSTROKE_TIMING"
    closed_format = True
    names = ("keystroke", "keystrokes", "keystroke timing", "keystroke timings", "key intervals", "key interval",
             "inter key", "interkey", "key timing", "key timings", "dwell", "dwell times", "dwell time", "flight time",
             "flight times", "flight ms", "key hold", "hold times", "key press", "keypress", "key down", "keydown", "key up",
             "keyup", "typing cadence", "typing rhythm", "typing speed", "typing pattern", "digraph", "keystroke dynamics",
             "press durations", "release intervals")
    weak_names = ("typing", "keys", "cadence", "flight")
    negative_names = ("retry", "backoff", "timeout", "poll", "polling", "heartbeat", "latency", "latencies",
                      "count", "id", "event", "flight number", "airline")
    min_ratio = 0.6
    # typing bursts (below) decide alone; shorter or uniform lists need a name or the table's support
    value_alone = True

    def value_signal(self, sample: FieldSample) -> Signal | None:
        lists, counts = _timing_lists(sample)
        if not lists:
            return None
        total = sum(counts)
        human = sum(count for timings, count in zip(lists, counts) if _human_rhythm(timings))
        ratio = human / total
        if ratio < self.min_ratio:
            return None
        if _bursts(lists, counts):
            return Signal("value", f"{human}/{total} lists look like typing bursts (human key timings, "
                                   "lengths that vary)", round(BURST_SCORE * ratio, 4), round(ratio, 4))
        return Signal("value", f"{human}/{total} lists look like human key timings", round(LIST_SCORE * ratio, 4),
                      round(ratio, 4))

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """A key event's press or release time (`DownTime`, `RELEASE_TIME`, `keyup_ts`) beside
        the column of the keys pressed: the rhythm, row by row. In a table named for typing, a
        name-silent column of key timings or of press (release) times."""
        own = NameTokens.of(sample.path).own
        if typing_table(dataset.name) and not sample.is_list \
                and (found := _typing_table_timings(sample) or _press_or_release(sample, dataset)) is not None:
            return found
        if len(own) < 2 or own[-1] not in KEY_EVENT_TIMES or KEY_EVENT_SIDES.isdisjoint(own[:-1]):
            return None
        if not is_numeric(sample.values) and not pa.types.is_timestamp(sample.values.type):
            return None
        for other in siblings(sample, dataset):
            if NameTokens.of(other.path).own in KEY_COLUMNS:
                return Signal("context", f"a key event's time beside the keys in '{other.path}'", KEY_EVENT_SCORE)
        return None


#: the side of a key event a time is of (`DownTime`, `press_time`, `keyup_ts`, `hold_ms`)
KEY_EVENT_SIDES = frozenset({"down", "up", "press", "pressed", "release", "released", "keydown", "keyup", "hold"})
#: what such a time is called last
KEY_EVENT_TIMES = frozenset({"time", "timestamp", "ts", "ms", "at"})
#: the column of the keys pressed, one a row
KEY_COLUMNS = frozenset({("key",), ("keys",), ("letter",), ("keycode",), ("key", "code"), ("key", "char"),
                         ("key", "name"), ("character",), ("char",), ("key", "pressed")})
#: a key event's time beside the keys: enough to accept
KEY_EVENT_SCORE = 0.6

#: a list of human-range timings: backs a name; typing bursts decide alone
LIST_SCORE = 0.45
BURST_SCORE = 0.6
#: typing bursts: this many keys on average, lists that differ from row to row and in length
BURST_MIN_KEYS = 8
BURST_MIN_LISTS = 5


def _bursts(lists: list[list[float | None]], counts: list[int]) -> bool:
    """Lists of one person's typing: long, each one different, of varying lengths. Fixed-length
    vectors (histograms, embeddings, hourly series) and repeated lists are other things.
    `counts`: how many sampled values each list stands for."""
    total = sum(counts)
    if total < BURST_MIN_LISTS:
        return False
    lengths = [len(timings) for timings in lists]
    # (two texts may hold one list: `1;2` and `1, 2`)
    distinct = len({tuple(timings) for timings in lists})
    return (sum(length * count for length, count in zip(lengths, counts)) / total >= BURST_MIN_KEYS
            and len(set(lengths)) > 1 and distinct >= 0.9 * total)


def _timing_lists(sample: FieldSample) -> tuple[list[list[float | None]], list[int]]:
    """The sampled lists of numbers, and how many sampled values each stands for: a list
    field's lists (one each), or the distinct texts holding lists (`[112, 87, 140]`,
    `112;87;140`) as CSV exports write them, counted (each text parsed once)."""
    if len(sample.values) == 0:
        return [], []
    if sample.is_list and is_numeric(sample.values):
        values = pc.cast(sample.values, pa.float64()).to_pylist()
        lists, start = [], 0
        for length in sample.list_lengths.to_pylist():
            if length:
                lists.append(values[start:start + length])
                start += length
        return lists, [1] * len(lists)
    if sample.is_list or not pa.types.is_string(sample.values.type):
        return [], []
    view = FieldView.of(sample)
    if not view.could_match(regex_shape(_NUMBER_LIST)):
        return [], []  # no value has a list's shape (placeholders never do): no regex pass
    distinct = view.distinct  # (no null: a null holds no list)
    found = as_mask(rx.match(distinct.values, _NUMBER_LIST, distinct=True))
    texts = distinct.values.filter(pa.array(found, pa.bool_())).to_pylist()
    return [[float(n) for n in _NUMBER.findall(text)] for text in texts], distinct.counts[found].tolist()


def _human_rhythm(timings: list[float | None]) -> bool:
    """Key timings of one typing burst: in the human range (ms or s), irregular, not doubling."""
    numbers = [t for t in timings if t is not None]
    if len(numbers) < MIN_KEYS:
        return False
    scale = 1000.0 if max(numbers) <= HIGH_MS / 1000.0 else 1.0  # seconds -> ms
    ms = [t * scale for t in numbers]
    if not all(LOW_MS <= t <= HIGH_MS for t in ms):
        return False
    steps = [b / a for a, b in pairwise(ms) if a > 0]
    if steps and all(abs(step - steps[0]) < 0.05 for step in steps):
        return False  # a geometric progression (back-off) or a constant interval
    mean = sum(ms) / len(ms)
    spread = (sum((t - mean) ** 2 for t in ms) / len(ms)) ** 0.5
    return spread / mean >= 0.1


#: words of a table's name that say its rows are typing: key events or keystroke-dynamics features
TYPING_TABLE_WORDS = frozenset({"keystroke", "keystrokes", "ksd", "typing", "keypress", "keypresses", "keystroke",
                                "keylog", "keylogs", "keyboard"})
#: a timing column needs this many values and different timings (a user's or a session's
#: number repeats a few values over thousands of rows)
TABLE_MIN_VALUES = 10
TABLE_MIN_DISTINCT = 20
#: the quantiles of a timing column that must lie within human key timings: the fastest few may
#: not be faster, and three in four no slower (the slowest quarter holds pauses between words)
TABLE_LOW, TABLE_HIGH = 0.05, 0.75
#: a key's hold or a flight between keys takes at most this long for the median typist
TABLE_MEDIAN_MS = 1000.0
TABLE_SCORE = 0.6
#: the share of rows whose press-to-release difference must be a key's hold
HOLD_SHARE = 0.9


def typing_table(dataset: str) -> bool:
    """Whether a table's name says its rows are typing (`touch_keystroke_events`, `ksd_features`)."""
    base = dataset_base_name(dataset).rsplit(".", 1)[-1]
    return not TYPING_TABLE_WORDS.isdisjoint(w.lower() for w in re.split(r"[^A-Za-z]+", re.sub(
        r"(?<=[a-z])(?=[A-Z])", "_", base)) if w)


def _typing_table_timings(sample: FieldSample) -> Signal | None:
    values = pc.drop_null(sample.values)
    if pa.types.is_string(values.type) and len(values) and pc.all(rx.match(values, r"^\d+(?:\.\d+)?$")).as_py():
        values = pc.cast(values, pa.float64())  # long decimals a CSV reader kept as text
    if not is_numeric(values):
        return None
    values = pc.cast(values, pa.float64())
    if len(values) < TABLE_MIN_VALUES or pc.count_distinct(values).as_py() < TABLE_MIN_DISTINCT:
        return None
    low, median, high = pc.quantile(values, q=[TABLE_LOW, 0.5, TABLE_HIGH]).to_pylist()
    if low < LOW_MS or high > HIGH_MS or median > TABLE_MEDIAN_MS:
        return None
    return Signal("context", f"key timings in milliseconds (median {median:g}) in a table named for typing",
                  TABLE_SCORE)


def _press_or_release(sample: FieldSample, dataset: DatasetSample) -> Signal | None:
    """Large times beside a column of times that differ from them, row by row, by a key's hold."""
    if not pa.types.is_integer(sample.values.type) or sample.values.null_count:
        return None
    mine = pc.cast(sample.values, pa.float64())
    for other in adjacent(sample, dataset):
        if len(other.values) != len(mine) or not pa.types.is_integer(other.values.type) or other.values.null_count:
            continue
        held = pc.abs(pc.subtract(mine, pc.cast(other.values, pa.float64())))
        within = pc.and_(pc.greater_equal(held, LOW_MS), pc.less_equal(held, HIGH_MS))
        if len(mine) >= TABLE_MIN_VALUES and (pc.sum(within).as_py() or 0) >= HOLD_SHARE * len(mine) \
                and (pc.min(mine).as_py() or 0) > HIGH_MS:
            return Signal("context", f"times a key's hold apart from '{other.path}', row by row, in a table named "
                                     f"for typing", TABLE_SCORE)
    return None
