"""One field's sample as the recognizers read it, computed once per field.

Forty-odd recognizers look at every field. What they all need from its values — the values
as text, their distinct values with counts, which of those are placeholders (`-`, `n/a`), the
character classes and lengths of each — is computed here once, lazily, and held by the
`FieldView` the engine hands to every recognizer. It is the explicit state of one field's
classification (what used to be a module-level cache of the last cast).

Patterns and validators run over the *distinct* values and their hits are weighted by the
counts, which gives exactly the ratios a pass over every value would.

Fields classified together share a `Batch`: pyarrow compiles a regex anew on every call, and
compiling costs far more than matching a sample, so each regex (or vocabulary lookup) runs
once over the values of every field of the batch that could match it, not once per field.

A field with many distinct values is first read on its *probe*: `PROBE_ROWS` of its values
drawn at random (seeded: the same field gives the same probe). Probes have a batch of their
own, so a regex runs over every probe of the batch at once, a tenth of the values. A
recognizer that falls well short of its minimum ratio on the probe is done with the field
(see `FieldRecognizer.value_signal`); only the others read the whole sample, and a regex runs
over the whole sample of just the fields whose probe it matched at least once. Every verdict
that counts is still computed over the whole sample, so ratios and scores are unchanged.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from typing import TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.shape import Shape, ShapeSet, TextShapes, char_lengths, regex_shape, signatures
from classifiers.vocab import in_vocabulary
from datamap.model import FieldSample

#: values that stand for "no value" in exports and logs (compared lower-cased and trimmed)
PLACEHOLDERS = pa.array(["", "-", "--", "—", "?", "??", "null", "(null)", "none", "(none)", "nil", "n/a", "na",
                         "unknown", "(unknown)", "undefined", "not set", "(not set)", "unset", "empty",
                         # Chinese exports: none, none yet, unknown, empty, not filled in, not stated,
                         # not set, not connected (no headset, no network)
                         "无", "暂无", "未知", "空", "（空）", "未填写", "不详", "未设置", "未连接",
                         # an IP lookup's answer for a private address (RuoYi's, JeecgBoot's
                         # `login_location`: 内网IP, "intranet IP"): no place found
                         "内网ip", "局域网", "本地局域网", "局域网ip"], pa.string())


def as_text(values: pa.Array) -> pa.Array:
    """The values as strings, for regexes (numbers print as they would in a CSV)."""
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        return values
    if pa.types.is_dictionary(values.type):
        return as_text(values.dictionary_decode())
    return pc.cast(values, pa.string())


#: a value a recorder or an exporter put in place of the one it hid, naming what that was (API
#: test cassettes' `<USERNAME>`, `<EMAIL>`; `[REDACTED]`): no value to judge the column by
REDACTED = r"^(?:<[A-Z][A-Z0-9_ -]{1,30}>|\[(?:REDACTED|FILTERED|REMOVED|HIDDEN)\])$"


def placeholder_mask(text: pa.Array) -> pa.Array:
    """True for the values that are not placeholders for a missing or a hidden value (False for
    nulls)."""
    normal = pc.utf8_lower(pc.utf8_trim_whitespace(text))
    kept = pc.invert(pc.fill_null(pc.is_in(normal, value_set=PLACEHOLDERS), True))
    if not pc.any(pc.or_(pc.starts_with(text, "<"), pc.starts_with(text, "["))).as_py():
        return kept  # (no value opens as a hidden one does: no regex pass)
    return pc.and_(kept, pc.invert(pc.fill_null(rx.match(text, REDACTED), False)))


def informative(text: pa.Array) -> pa.Array:
    """The values that are not placeholders for a missing value."""
    return pc.filter(text, placeholder_mask(text))


#: rows of one and the same value that make a column a constant (see `Distinct.constant`)
CONSTANT_ROWS = 20


@dataclass(frozen=True)
class Distinct:
    """Distinct values and how often each occurs in the sample."""

    values: pa.Array
    counts: np.ndarray  # int64, one per value

    @cached_property
    def total(self) -> int:
        return int(self.counts.sum())

    def where(self, mask: pa.Array | np.ndarray) -> Distinct:
        """The values a boolean mask selects, with their counts."""
        keep = as_mask(mask)
        if keep.all():
            return self  # (a field without placeholders, every candidate: no filter pass)
        return Distinct(pc.filter(self.values, pa.array(keep, pa.bool_())), self.counts[keep])

    def hits(self, mask: pa.Array | np.ndarray) -> int:
        """How many sampled values (counting repeats) a mask over the distinct values selects."""
        return int(self.counts[as_mask(mask)].sum())

    def constant(self) -> bool:
        """One value fills every row, and enough rows to say so: a key or a setting of the
        writer (an app's own package, a build's key), the same for every record's person."""
        return len(self.values) == 1 and self.total >= CONSTANT_ROWS


def as_mask(mask: pa.Array | np.ndarray) -> np.ndarray:
    """A boolean mask as numpy (nulls False)."""
    if isinstance(mask, np.ndarray):
        return mask
    if mask.null_count:
        mask = pc.fill_null(mask, False)
    return mask.to_numpy(zero_copy_only=False).astype(bool)


#: how many leading values a detection's examples are drawn from
EXAMPLE_HEAD = 50
#: values a probe holds, drawn from the field's informative values
PROBE_ROWS = 128
#: fields with at most this many distinct informative values are read whole at once: their
#: whole sample costs little more than a probe would
PROBE_MIN_DISTINCT = 2 * PROBE_ROWS
#: how far below its minimum ratio a recognizer may fall on the probe and still read the whole
#: sample. The probe is a random draw without replacement, so by Hoeffding's bound a field
#: whose whole sample reaches the ratio shows less than this on the probe with probability
#: below exp(-2 x 128 x 0.25^2) = 1e-7.
PROBE_SLACK = 0.25


T = TypeVar("T")

#: the fields a view copies from its sample (`dataclasses.fields` is slow to ask per view)
_SAMPLE_FIELDS = tuple(f.name for f in fields(FieldSample))

#: every shape a recognizer asked a field about (see `FieldView.could_match`)
_SHAPES = ShapeSet()


def shape_position(shape: Shape) -> int:
    """Where `FieldView.could_match` keeps the bound of `shape` (see `could_match_each`)."""
    return _SHAPES.add(shape)


def per_field(function: Callable[[FieldSample], T]) -> Callable[[FieldSample], T]:
    """A statistic of one field's sample (`function`), remembered while the field's batch is
    classified when it is asked for through a view of the batch (see `Batch.remembered`)."""
    def remembered(sample: FieldSample, asker: FieldSample | None = None) -> T:
        batch = getattr(asker if asker is not None else sample, "batch", None)
        return function(sample) if batch is None else batch.remembered(function, sample)
    remembered.__doc__ = function.__doc__
    return remembered


def text_shapes(sample: FieldSample) -> TextShapes:
    """The shapes of a sample's values as text (`as_text`). A view reads them from the distinct
    values it holds already, with their counts (the same bounds: a column of statuses holds a
    handful of distinct values, not a thousand)."""
    if isinstance(sample, FieldView):
        return sample.text_shapes
    return TextShapes.of(as_text(sample.values))


@lru_cache(maxsize=4096)
def regex_key(regex: str) -> tuple[str, str]:
    """The key of the mask of the values `regex` matches whole (see `FieldView.full_match`).
    Remembered: the same key object (its long string's hash computed once) for every lookup."""
    return ("regex", f"^(?:{regex})$")


def vocabulary_key(vocabulary: str, leading_words: bool) -> tuple[str, str, bool]:
    """The key of the mask of the values that are entries of a vocabulary."""
    return ("vocabulary", vocabulary, leading_words)


def _asked(mask: np.ndarray) -> np.ndarray:
    """A mask as a view remembers it for whoever asks again: read-only, so no asker can change
    what the next one reads (a mask of the batch's is a slice of the batch's own array, whose
    other fields' rows are still written)."""
    mask = mask.view()
    mask.flags.writeable = False
    return mask


@lru_cache(maxsize=64)
def _probe_rows(size: int) -> pa.Array:
    """Which of a field's `size` informative values its probe reads: `PROBE_ROWS` of them drawn
    at random, seeded by the size, so a field gives the same probe on every run."""
    rows = np.sort(np.random.default_rng(size).choice(size, PROBE_ROWS, replace=False))
    return pa.array(rows)


class Batch:
    """Fields classified together: each regex or vocabulary runs once over all their values."""

    def __init__(self, *, of_probes: bool = False) -> None:
        self.views: list[FieldView] = []
        self._masks: dict[Hashable, _Mask] = {}
        self.of_probes = of_probes
        self._probes: Batch | None = None
        self._tables: dict[bool, _Table] = {}
        # by slot: is the view read whole at once (no probe), and its probe's slot in the
        # probes' batch (-1 for none): known once every view has its probe (see `_wanted`)
        self._unprobed: np.ndarray | None = None
        self._probe_slots: np.ndarray | None = None
        self._remembered: dict[tuple[Callable, int], object] = {}
        #: id of a field's values -> its view (see `remembered`)
        self._by_values: dict[int, FieldView] = {}
        # by mask key: the views known to ask for it (see `expect`), and those as slots
        self._expected: dict[Hashable, list[FieldView]] = {}
        self._expected_slots: dict[Hashable, np.ndarray] = {}

    @property
    def probes(self) -> Batch:
        """The batch of the probes of this batch's fields."""
        if self._probes is None:
            self._probes = Batch(of_probes=True)
        return self._probes

    def add(self, sample: FieldSample) -> FieldView:
        """The view of `sample`, classified with this batch."""
        view = FieldView(**{name: getattr(sample, name) for name in _SAMPLE_FIELDS})
        view.batch = self
        self.views.append(view)
        self._by_values[id(view.values)] = view
        return view

    def release(self) -> None:
        """Let go of the fields once they are classified. A view and its batch refer to each
        other: left as they are, they (and their Arrow buffers) are freed only by Python's full
        garbage collection, which runs seldom in a process holding many objects, and whose
        thresholds do not see memory held outside Python's heap; a worker then grew by about
        1 MB a table. Released, they are freed as soon as the caller drops them."""
        for view in self.views:
            view.batch = None
            view._probe = None
            view._verdicts.clear()  # values: no personal data is kept past the chunk
            view._answers.clear()
        self.views.clear()
        self._unprobed = self._probe_slots = None
        self._remembered.clear()
        self._by_values.clear()
        self._expected.clear()
        self._expected_slots.clear()
        self._masks.clear()
        self._tables.clear()
        if self._probes is not None:
            self._probes.release()
            self._probes = None

    def mask(self, view: FieldView, key: Hashable, compute: Callable[[pa.Array], pa.Array],
             shape: Shape | None = None, head: bool = False, group: Hashable | None = None) -> np.ndarray:
        """`compute` (array -> boolean mask) over `view`'s informative distinct values (its
        first `EXAMPLE_HEAD` texts with `head`), evaluated once for every field of the batch
        that is likely to ask for it. Values `shape` rules out are False without being
        computed. `group`: the key of a mask that covers this one (a recognizer's patterns
        joined), whose probe hits say a field will ask for this one too."""
        table = self._table(head)
        slot = table.index[id(view)]
        found = self._masks.get((key, head))
        if found is None or len(found.values) != len(table.values):
            found = self._masks[(key, head)] = _Mask.over(table, found)
        if not found.done[slot]:
            todo = ~found.done
            wanted = self._wanted((key, head), (group, head))
            if wanted is not None:
                todo &= wanted
            todo[slot] = True
            covering = self._masks.get((group, head)) if group is not None and group != key else None
            found.evaluate(table, todo, compute, shape if not head else None,
                           covering.possible(table) if covering is not None else None)
        return found.values[table.starts[slot]:table.starts[slot + 1]]

    def expect(self, keys: Sequence[Hashable], views: Sequence[FieldView]) -> None:
        """Say that these views (of this batch) will ask for the masks of `keys`: a mask so
        announced is computed, in its first pass, over the values of those views only, where
        it would otherwise read every field of the batch that could match it. The engine reads
        every name and context of a chunk before any value, so it knows which fields go on to
        read a recognizer's values (most fields are no candidates for an id that needs its
        name). A view that asks without being announced still gets its mask, in a pass of its
        own: announcing changes how many values a pass reads, never a verdict."""
        for key in keys:
            self._expected.setdefault(key, []).extend(views)
            self._expected_slots.pop(key, None)

    def _expected_mask(self, key: Hashable) -> np.ndarray | None:
        """Which views (by slot) were announced to ask for the mask `key`; None when none was
        announced for it (then every field may ask)."""
        views = self._expected.get(key)
        if views is None:
            return None
        found = self._expected_slots.get(key)
        if found is None or len(found) != len(self.views):
            index = self._table(False).index
            found = np.zeros(len(self.views), dtype=bool)
            found[np.fromiter((index[id(view)] for view in views), dtype=np.int64, count=len(views))] = True
            self._expected_slots[key] = found
        return found

    def remembered(self, function: Callable[[FieldSample], T], sample: FieldSample) -> T:
        """`function(sample)` for a field of this batch's datasets, computed once while the batch
        is classified: a context signal reads each field's neighbours, so a statistic of one
        field (is it a battery level? a column of given names?) is asked for by the field and
        by each neighbour. Results are keyed by the sample's values (the same array in a field
        and in its view), which live as long as the batch. A neighbour asked about as its
        dataset's field is read through its view, which holds its distinct values counted."""
        key = (function, id(sample.values))
        if key not in self._remembered:
            self._remembered[key] = function(self._by_values.get(key[1], sample))
        return self._remembered[key]  # type: ignore[return-value]

    def computed(self, view: FieldView) -> list[Hashable]:
        """The keys of the masks computed so far over `view`'s values."""
        slot = self._table(False).index[id(view)]
        return [key for key, found in self._masks.items() if slot < len(found.done) and found.done[slot]]

    def _wanted(self, key: Hashable, group: Hashable) -> np.ndarray | None:
        """Which views (by slot) are likely to ask for this mask too (so it is worth computing
        in the same pass); None for all of them. Every field without a probe, and those whose
        probe matched the key or its group; the others read their whole sample for it only if
        they do ask (a name asking for its shape); of those, only the views announced to ask
        for it, when some were (see `expect`)."""
        expected = self._expected_mask(key[0]) if not key[1] else None
        if self.of_probes or key[1]:
            return expected
        if self._unprobed is None or len(self._unprobed) != len(self.views):
            probes = [view.probe for view in self.views]
            self._unprobed = np.array([probe is view for view, probe in zip(self.views, probes)], dtype=bool)
            index = self.probes._table(False).index
            self._probe_slots = np.array([-1 if probe is view else index[id(probe)]
                                          for view, probe in zip(self.views, probes)], dtype=np.int64)
        wanted = self._unprobed.copy()
        probed = self._probe_slots >= 0
        for asked in (key, group):
            found = self.probes._masks.get(asked)
            if found is not None and len(found.done) == len(self.probes.views):
                wanted[probed] |= found.hit(self.probes._table(False))[self._probe_slots[probed]]
        return wanted if expected is None else wanted & expected

    def shapes_of(self, view: FieldView) -> tuple[np.ndarray, np.ndarray] | None:
        """The class signatures and lengths of `view`'s informative distinct values (None for
        a view that is not of this batch)."""
        table = self._table(False)
        slot = table.index.get(id(view))
        if slot is None:
            return None
        start, end = table.starts[slot], table.starts[slot + 1]
        return table.signatures[start:end], table.lengths[start:end]

    def _table(self, head: bool) -> _Table:
        table = self._tables.get(head)
        if table is None or len(table.index) != len(self.views):  # fields added since: hold them all
            table = self._tables[head] = _Table.of(self.views, head)
        return table


@dataclass(frozen=True)
class _Table:
    """The values of a batch's fields end to end (large strings), with where each field's are,
    and for informative values their class signatures and lengths (see `shape.py`)."""

    values: pa.Array
    starts: np.ndarray  # where each field's rows start in `values`, and the end of the last
    index: dict[int, int]  # id of a field's view -> its position
    signatures: np.ndarray | None
    lengths: np.ndarray | None

    @classmethod
    def of(cls, views: list[FieldView], head: bool) -> _Table:
        if not head:
            _informative_together(views)
        parts = [(view.head_text if head else view.informative.values).cast(pa.large_string()) for view in views]
        values = pa.concat_arrays(parts) if parts else pa.array([], pa.large_string())
        sizes = np.array([len(part) for part in parts], dtype=np.int64)
        starts = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        index = {id(view): i for i, view in enumerate(views)}
        if head:
            return cls(values, starts, index, None, None)
        return cls(values, starts, index, signatures(values), char_lengths(values))

    def rows_of(self, slots: np.ndarray) -> np.ndarray:
        """The rows of the fields at these positions (ascending), in order."""
        begin, end = self.starts[slots], self.starts[slots + 1]
        sizes = end - begin
        # each field's rows are a run begin..end: one arange shifted run by run
        return np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(begin - (np.cumsum(sizes) - sizes), sizes)


def _informative_together(views: list[FieldView]) -> None:
    """Each view's informative values (`FieldView.informative`) for the views that have not
    read them yet, their placeholders found in one pass over all their distinct values, not in
    the ten pyarrow calls a field of `placeholder_mask` would cost each."""
    todo = [view for view in views if "informative" not in view.__dict__]
    if len(todo) < 2:
        return
    distinct = [view.distinct for view in todo]
    every = pa.concat_arrays([d.values.cast(pa.large_string()) for d in distinct])
    kept = as_mask(placeholder_mask(every))
    start = 0
    for view, found in zip(todo, distinct):
        end = start + len(found.values)
        view.__dict__["informative"] = found.where(kept[start:end])
        start = end


@dataclass
class _Mask:
    """One mask over a batch's table: its values for the fields computed so far (`done`)."""

    values: np.ndarray  # bool, one per row of the table
    done: np.ndarray  # bool, one per field
    _hit: np.ndarray | None = None

    @classmethod
    def over(cls, table: _Table, earlier: _Mask | None) -> _Mask:
        """An empty mask over `table`; with `earlier`, a mask over the first fields of a table
        that has grown since (fields are only ever appended), keeping what it computed."""
        mask = cls(np.zeros(len(table.values), dtype=bool), np.zeros(len(table.starts) - 1, dtype=bool))
        if earlier is not None:
            mask.values[:len(earlier.values)] = earlier.values
            mask.done[:len(earlier.done)] = earlier.done
        return mask

    def hit(self, table: _Table) -> np.ndarray:
        """Which fields (by slot) the mask selects any value of (False for those not computed)."""
        if self._hit is None:
            counted = np.concatenate([[0], np.cumsum(self.values, dtype=np.int64)])
            self._hit = counted[table.starts[1:]] > counted[table.starts[:-1]]
        return self._hit

    def possible(self, table: _Table) -> np.ndarray | None:
        """Which rows of `table` a mask this one covers could select: its own hits, and every
        row of the fields it has not been computed for (None when the table has grown since)."""
        if len(self.values) != len(table.values):
            return None
        return self.values | np.repeat(~self.done, np.diff(table.starts))

    def evaluate(self, table: _Table, todo: np.ndarray, compute: Callable[[pa.Array], pa.Array],
                 shape: Shape | None, within: np.ndarray | None = None) -> None:
        """`compute` over the values of the fields in `todo` (by slot) that `shape` admits, in
        one call. The values are held end to end, so choosing them is a few numpy operations
        whatever the number of fields, not a filter per field. `within`: the rows a covering
        mask could select (a recognizer's patterns joined, already computed): a pattern can
        match only values its recognizer's joined patterns match, so the others are False
        without being read (most fields' values match none of a recognizer's patterns)."""
        rows = table.rows_of(np.flatnonzero(todo))
        if shape is not None:
            rows = rows[shape.admits_each(table.signatures[rows], table.lengths[rows])]
        if within is not None:
            rows = rows[within[rows]]
        if len(rows):
            # one field's rows, or several fields' side by side, are a run: a slice, not a copy
            run = int(rows[-1]) - int(rows[0]) + 1 == len(rows)
            chosen = table.values.slice(int(rows[0]), len(rows)) if run else table.values.take(pa.array(rows))
            self.values[rows] = as_mask(compute(chosen))
            self._hit = None
        self.done |= todo


@dataclass(eq=False)
class FieldView(FieldSample):
    """A `FieldSample` plus what every recognizer derives from it, each computed on first use."""

    batch: Batch | None = field(default=None, repr=False)
    #: how far below a recognizer's minimum ratio its share may fall and still count as
    #: "could reach it" (0 for a whole sample; `PROBE_SLACK` for a probe)
    slack: float = field(default=0.0, repr=False)
    _probe: FieldView | None = field(default=None, repr=False)
    #: vectorised validators' verdicts on this field's values, by recognizer (see `verdicts_of`)
    _verdicts: dict[int, dict[str, bool]] = field(default_factory=dict, repr=False)
    #: how many values could match each shape of `_SHAPES` (by position), once asked
    _bounds: np.ndarray | None = field(default=None, repr=False)
    #: on a field's first stage (see `staged`): how close to a recognizer's minimum share a
    #: share read on it may come before the verdict counts as undecided (0: not a stage)
    margin: float = field(default=0.0, repr=False)
    #: set when a share read on this stage came within `margin` of the share it was held to
    uncertain: bool = field(default=False, repr=False)
    #: the masks `full_match` and `vocabulary_match` gave this view, by their arguments: a
    #: recognizer asks for the same mask again (its patterns' union, its examples), and each
    #: ask otherwise costs a shape bound and a batch lookup (see `_asked`)
    _answers: dict[Hashable, np.ndarray] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def of(cls, sample: FieldSample) -> FieldView:
        """The view of a sample (itself if it is one); a lone view is a batch of its own."""
        if isinstance(sample, FieldView):
            return sample
        view = cls(**{name: getattr(sample, name) for name in _SAMPLE_FIELDS})
        view.batch = Batch()
        view.batch.views.append(view)
        return view

    def full_match(self, regex: str, group: str | None = None) -> np.ndarray:
        """Which informative distinct values `regex` matches whole (RE2, vectorised). `group`:
        a regex that matches whatever this one does (all of a recognizer's patterns)."""
        found = self._answers.get((regex, group))
        if found is None:
            found = self._answers[(regex, group)] = _asked(self._full_match(regex, group))
        return found

    def _full_match(self, regex: str, group: str | None) -> np.ndarray:
        shape = regex_shape(regex)
        if self.could_match(shape) == 0:
            # no value has a shape the regex admits (a cached bound): no batch pass to set up
            return np.zeros(len(self.informative.values), dtype=bool)
        key = regex_key(regex)
        anchored = key[1]
        return self.batch.mask(self, key, lambda a: rx.match(a, anchored, distinct=True),
                               shape, group=regex_key(group) if group else None)

    def head_match(self, regex: str) -> np.ndarray:
        """Which of the first `EXAMPLE_HEAD` texts `regex` matches whole."""
        anchored = f"^(?:{regex})$"
        return self.batch.mask(self, ("regex", anchored), lambda a: rx.match(a, anchored), head=True)

    def vocabulary_match(self, vocabulary: str, leading_words: bool, head: bool = False) -> np.ndarray:
        """Which informative distinct values (or head texts) are entries of a vocabulary."""
        key = vocabulary_key(vocabulary, leading_words) + (head,)
        found = self._answers.get(key)
        if found is None:
            found = self._answers[key] = _asked(self._vocabulary_match(vocabulary, leading_words, head))
        return found

    def _vocabulary_match(self, vocabulary: str, leading_words: bool, head: bool) -> np.ndarray:
        return self.batch.mask(self, vocabulary_key(vocabulary, leading_words),
                               lambda a: in_vocabulary(a, vocabulary, leading_words), head=head)

    @property
    def probe(self) -> FieldView:
        """The field read on `PROBE_ROWS` of its informative values drawn at random; the view
        itself when it has few distinct values (or is a probe)."""
        if self._probe is None:
            # every field of the batch gets its probe now, so the probes' batch is complete
            # before its first regex runs
            for view in self.batch.views if self.batch is not None else [self]:
                if view._probe is None:
                    view._probe = view._make_probe()
        return self._probe

    def _make_probe(self) -> FieldView:
        if self.slack or self.batch is None or len(self.informative.values) <= PROBE_MIN_DISTINCT:
            return self
        every = self.informative_text
        rows = _probe_rows(len(every))
        probe = FieldView(**{name: getattr(self, name) for name in _SAMPLE_FIELDS})
        probe.values = every.take(rows)
        probe.slack = PROBE_SLACK
        probe.batch = self.batch.probes
        probe.batch.views.append(probe)
        return probe

    def near(self, share: float, floor: float) -> None:
        """Note a share read on this view against the least share a verdict needs: on a first
        stage, one within `margin` of it leaves the field undecided (the whole sample could
        fall on the other side)."""
        if self.margin and abs(share - floor) < self.margin:
            self.uncertain = True

    def verdicts_of(self, recognizer: object) -> dict[str, bool]:
        """Where a recognizer keeps its vectorised validator's verdicts on this field's values,
        so the examples of its detection are judged without another call."""
        return self._verdicts.setdefault(id(recognizer), {})

    @cached_property
    def head_index(self) -> np.ndarray | None:
        """Where each of the first `EXAMPLE_HEAD` texts is among the informative distinct values;
        None when one is not (a placeholder)."""
        # the distinct values come in the order of their first row, so the head's are among
        # the first `EXAMPLE_HEAD` of them: those are hashed, not the (up to) thousand others.
        # A head text not found there is looked up among them all: the same positions whatever
        # the order
        where = pc.index_in(self.head_text, value_set=self.informative.values.slice(0, EXAMPLE_HEAD))
        if where.null_count:
            where = pc.index_in(self.head_text, value_set=self.informative.values)
        if where.null_count:
            return None
        return where.to_numpy(zero_copy_only=False).astype(np.int64)

    @cached_property
    def head_text(self) -> pa.Array:
        return self.text.slice(0, EXAMPLE_HEAD)

    @cached_property
    def text(self) -> pa.Array:
        """Every sampled value as text."""
        return as_text(self.values)

    @cached_property
    def distinct(self) -> Distinct:
        """The distinct texts (nulls left out) with their counts."""
        counted = pc.value_counts(self.text)
        values, counts = counted.field("values"), counted.field("counts")
        if values.null_count == 0:  # (no null among the values: nothing to leave out)
            return Distinct(values, counts.to_numpy().astype(np.int64))
        keep = pc.is_valid(values)
        return Distinct(pc.filter(values, keep), pc.filter(counts, keep).to_numpy().astype(np.int64))

    @cached_property
    def informative(self) -> Distinct:
        """The distinct texts that are not placeholders (`-`, `n/a`, `(not set)`)."""
        every = self.distinct
        return every.where(placeholder_mask(every.values))

    @cached_property
    def missing_only(self) -> bool:
        """Every value a placeholder for a missing one (a log's `-` under `ClientUsername`, `n/a`,
        `未知`): like a column of nulls, it holds no data (a hidden `<EMAIL>` is data withheld)."""
        values = self.distinct.values
        if not 0 < len(values) <= len(PLACEHOLDERS) or not (pa.types.is_string(values.type)
                                                               or pa.types.is_large_string(values.type)):
            return False
        normal = pc.utf8_lower(pc.utf8_trim_whitespace(values))
        return bool(pc.all(pc.is_in(normal, value_set=PLACEHOLDERS)).as_py())

    @cached_property
    def informative_text(self) -> pa.Array:
        """Every informative value in sample order (for validators that judge values together)."""
        if len(self.informative.values) == len(self.distinct.values):
            # no placeholder among the values (the usual case): only nulls to leave out
            return self.text if self.text.null_count == 0 else pc.drop_null(self.text)
        return informative(self.text)

    @cached_property
    def _shapes(self) -> tuple[np.ndarray, np.ndarray]:
        """The class signatures and lengths of the informative distinct values."""
        # read from the batch's table, which computes them for all its fields at once
        found = self.batch.shapes_of(self) if self.batch is not None else None
        if found is not None:
            return found
        values = self.informative.values
        return signatures(values), char_lengths(values)

    @cached_property
    def text_shapes(self) -> TextShapes:
        """The shapes of every value as text (`text_shapes`), read once per field: the context
        helpers of several recognizers bound their regexes with them, for the field and for
        each neighbour. Without placeholders among the values (the usual case) the distinct
        values are the informative ones, whose shapes the batch's table holds already."""
        distinct = self.distinct
        if self.informative is distinct:
            sigs, lengths = self._shapes
            return TextShapes.from_distinct(sigs, lengths, distinct.counts, self.text.null_count)
        return TextShapes.counted(distinct.values, distinct.counts, self.text.null_count)

    @cached_property
    def _groups(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The informative values grouped by signature: each group's signature, how many
        values it holds (counting repeats) and their shortest and longest length."""
        sigs, lengths = self._shapes
        if len(sigs) == 0:
            return sigs, np.zeros(0, dtype=np.int64), lengths, lengths
        order = np.lexsort((lengths, sigs))  # by signature, then length
        sigs, lengths, counts = sigs[order], lengths[order], self.informative.counts[order]
        starts = np.flatnonzero(np.concatenate([[True], sigs[1:] != sigs[:-1]]))
        ends = np.append(starts[1:], len(sigs)) - 1
        return sigs[starts], np.add.reduceat(counts, starts), lengths[starts], lengths[ends]

    def could_match(self, shape: Shape) -> int:
        """An upper bound on how many informative values (counting repeats) could match `shape`.
        The bounds of every shape asked so far are computed together on the field's first
        question (recognizers ask for the same shapes field after field)."""
        position = _SHAPES.add(shape)
        if self._bounds is None or position >= len(self._bounds):
            self._bounds = _SHAPES.counts(*self._groups)
        return int(self._bounds[position])

    def could_match_each(self, positions: np.ndarray) -> np.ndarray:
        """`could_match` of several shapes at once, given by their positions (`shape_position`)."""
        if self._bounds is None or (len(positions) and int(positions.max()) >= len(self._bounds)):
            self._bounds = _SHAPES.counts(*self._groups)
        return self._bounds[positions]

    def holding(self, bits: int) -> np.ndarray:
        """Which informative distinct values hold a character of any of these classes
        (`shape.char_bits`)."""
        sigs, _ = self._shapes
        return (sigs & np.uint64(bits)) != 0

    def admitted(self, shape: Shape) -> np.ndarray:
        """Which informative distinct values could match `shape`."""
        sigs, lengths = self._shapes
        return shape.admits_each(sigs, lengths)

