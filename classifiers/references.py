"""References across a source: a column whose values are another table's key.

A column's values rarely say whose id they are: `c07` of an orders table holds integers, as a
quantity or a product's id would. The source does say it: where (nearly) every value of the
column is a value of the key of a table of people (its key already an account id), the column
points at those people — an account id, whatever its name. Where its values are the key of a
table of things (films, products, orders), it points at a thing, and a claim that it is a
person's id (a name read as a role) is withdrawn.

The pass runs after every table of a source is classified: `SourceLinks.add` indexes each
table as it comes (its key's sampled values, its candidate references'), `SourceLinks.apply`
decides once all are in. Memory stays bounded: a key keeps the hashes of its sampled distinct
values (one sample's worth), a reference a bottom-k sketch of them (the `REFERENCE_VALUES`
smallest hashes: a uniform subset, the same whichever table it is compared with), and the
references are matched against one sorted array of every key's hashes (no table pairs).

A source that declares its foreign keys (a database's schema) says which table a column points
at: the declared key decides, whether or not any value was sampled in common, and values
decide only for the columns nothing is declared for. A declared reference needs the table it
points at to name its people (by its name, a person's name, an e-mail, a birth date or an
identity document): an address book's keys (phones and street lines: Sakila's `address`) are
no person's.

A rescan reads only the tables that changed; the keys of the reused tables a waiting column may
point at are read again from the source (`add_reused`: their sample, not their classification),
told by what the catalog kept of them (`FieldSample.reference_key`), so a changed table's
references resolve as in a full scan.

Containment is read against what the samples can show: a key sampled from a part of its table
holds only that share of the ids a reference may hold, so the share expected is that coverage.
Numbers need more than containment, since small integers are contained in any key that counts
rows from 1: a reference's numbers must spread over the key's whole range, as draws from the
key do and a quantity's, an age's or another table's smaller key's do not. A key that fills a
fair share of its range (customers 103..496, a third of the numbers) still tells when more of a
column's numbers land in it than chance would put there (the binomial tail, bounded).

A dense key counted 1..N explains any draw from 1..N, whichever table it is: where another
table of the same N rows (batteries 1..200 beside users 1..200) holds nothing personal, its key
is a rival (`_Key.rival`) that explains the column as well, and the values say no one's account.
Tables that record what people did (sessions, relations, requests by IP) are leaves other tables
seldom point at: their keys are no rivals.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import neighbours, rx, table_view
from classifiers.evidence import Detection, Signal
from classifiers.masking import mask_examples
from classifiers.names import NameTokens
from classifiers.recognizers.account_id import KEY_NAMES, PEOPLE_TABLES, PERSON_OBJECTS, people_table_words

if TYPE_CHECKING:
    from classifiers.engine import FieldResult
    from datamap.model import DatasetSample, FieldSample

#: distinct values a column needs before its containment in a key says anything
MIN_DISTINCT = 5
#: ... numbers need more (ids counted from 1 contain any handful of small numbers)
MIN_DISTINCT_NUMBERS = 10
#: ... unless so sparse a key holds them that numbers of its range would all be keys by chance
#: less often than this (density ** distinct: five of MIMIC's 100 subject ids among 34,000
#: numbers are no luck; five of 1..N ids at density 0.2 are, one time in 3,000)
CHANCE = 1e-6
#: share of the expected containment a reference must reach (a few values may be dangling)
CONTAINED_SHARE = 0.8
#: numeric keys that fill more of their range than this (ids counted 1..N) contain any number
#: in it: a day's temperatures, a score out of 100 fall in the ids of a table of 100 patients.
#: Only sparse numeric keys (MIMIC's subject ids, snowflakes, a shop's 13-digit ids) tell
MAX_DENSITY = 0.2
#: a reference's numbers drawn from a key leave little of it outside their range: at most this
#: share, or TAIL_DRAWS / (distinct + 1) for a few values (ages 20-45 under ids 1..200 leave 78 %)
TAIL_SHARE = 0.1
TAIL_DRAWS = 4
#: a key counted 1..N explains a column no rule claimed only with this many ids (ending at no
#: scale's end), this many of them drawn, every one of them its key, the greatest within this
#: many average gaps of its end
DENSE_MIN_KEYS = 20
DENSE_MIN_DISTINCT = 20
DENSE_CONTAINED_SHARE = 1.0
DENSE_END_GAPS = 3
#: sampled values of a reference that must be found in the key, whatever the coverage
MIN_HITS = 5
#: a numeric key sampled from less of its table than this says too little of what it holds
MIN_COVERAGE = 0.05
#: a reference's distinct values kept for matching (the smallest hashes: a uniform subset)
REFERENCE_VALUES = 256
#: a column holding the keys of this many of another table's people, as a share of the rows,
#: says whose each row is (an audit column's few staff do not)
OWNERS_SHARE = 0.25
#: two keys whose containment differs by less than this are equally likely targets
AMBIGUOUS_MARGIN = 0.05
#: confidence of an account id told by the people table it references
REFERENCE_SCORE = 0.65
#: person evidence that names who the rows are (`_about_people`): a table of only street lines and
#: phones is an address book, of stores and companies as much as of people
NAMING_EVIDENCE = frozenset({"person", "email address", "date of birth", "government id", "us ssn", "passport",
                             "sex or gender", "age"})
#: files that are each a database of their own (a dump, an SQLite or DuckDB file): a folder of
#: several holds several applications' tables, whose keys count from 1 alike; a column of one
#: points at no key of another (loose CSV or JSON files beside each other may be one export)
DATABASE_FILES = (".sql", ".sql.gz", ".dump", ".db", ".sqlite", ".sqlite3", ".duckdb", ".mdb", ".accdb")
#: `FieldSample.reference_key` of a key: of a table of people, of people told only by contacts,
#: of things, of rows neither says (a battery's, a vehicle's: kept only as a rival, see `_dense`)
PEOPLE, CONTACTS, THINGS, OTHERS = "people", "contacts", "things", "others"
#: a resource path's type before the id (`Patient/123`, FHIR's references) and URN prefixes
_PREFIX = r"^(?:[A-Z][A-Za-z]+/|urn:uuid:)"


@dataclass
class _Values:
    """What one column's sampled values are, for matching: sorted distinct hashes of their
    text, and their numeric range and median where every value is a number."""

    hashes: np.ndarray
    distinct: int
    numbers: np.ndarray | None  # sorted distinct values, when all are numbers


@dataclass
class _Key:
    dataset: str
    path: str
    people: bool  # the rows are people (the key is their account id)
    things: bool  # the rows are clearly things or records, no person's
    coverage: float  # share of the table's rows the sample holds
    values: _Values
    few: list[str]  # a few sampled values (see `_Reference.few`)
    claimed: bool  # already some detection's (an account id), or a reused table's (not changed)
    named: bool = True  # the people are named (see `NAMING_EVIDENCE`), not only reached

    @property
    def kind(self) -> str:
        return (PEOPLE if self.named else CONTACTS) if self.people else THINGS if self.things else OTHERS

    @property
    def rival(self) -> bool:
        """A key of rows that are neither people nor plainly things, and hold nothing personal
        (batteries, houses): it decides nothing, but a column its ids explain as well as a people
        key's is no more that key's than its own."""
        return not (self.people or self.things)


@dataclass
class _Reference:
    dataset: str
    path: str
    claimed: bool  # already an account id (by name): a candidate to withdraw
    values: _Values
    #: a few sampled values, for the examples of a detection (masked then): the sample's values
    #: may be dropped before the whole source is in
    few: list[str]


@dataclass
class _Declared:
    """A column the source declares a foreign key to `target` (dataset, column)."""

    dataset: str
    path: str
    target: tuple[str, str]
    claimed: bool  # already an account id (by name)
    few: list[str]


@dataclass
class SourceLinks:
    """The keys and candidate references of one source's tables, as they are classified."""

    threshold: float
    keys: list[_Key] = field(default_factory=list)
    references: list[_Reference] = field(default_factory=list)
    declared: list[_Declared] = field(default_factory=list)
    _decided: dict[tuple[str, str], tuple[list[str], bool, str]] | None = None
    #: (dataset, path) of a column whose values are the keys of a table of people -> that table,
    #: and how many distinct keys the column holds
    _owners: dict[tuple[str, str], tuple[str, int, str]] = field(default_factory=dict)
    #: each table's first varying column and its filled rows, while the samples are still there
    _firsts: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: (dataset, path) of the keys of whole numbers (their samples may be let go before `apply`)
    _integer_keys: set[tuple[str, str]] = field(default_factory=set)

    def add(self, dataset: DatasetSample, results: Sequence[FieldResult]) -> bool:
        """Index a classified table; True when it holds a candidate reference (the caller
        keeps its results for `apply` once the whole source is in)."""
        self._decided = None
        about = _about_people(dataset, results, self.threshold)
        people = about is not None
        things = not people and _about_things(dataset, results, self.threshold)
        coverage = _coverage(dataset)
        first = _first_varying(results)
        if results:
            values = results[first].sample.values
            self._firsts[dataset.name] = (first, len(values) - values.null_count)
        # a table whose rows already name their person by an account id (Snowplow's session
        # context: `root_id`, then `user_id`) is a table of records about people: its first
        # column is the record's key (here an event's), not a person's. An account id the table
        # view read from the table's shape (a second unique number of a table of people) is one
        # more key of the same people: the first column stays theirs
        accounts = {index for index, result in enumerate(results)
                    if (best := result.best(self.threshold)) is not None and best.entity == "ACCOUNT_ID"
                    and best.recognizer != "table_view"}
        # a table that holds anything of a person, an account, a device or a place (sessions,
        # relations, requests by IP) records what people did: such leaves are seldom pointed at,
        # and their keys are no rivals (see `_Key.rival`); a battery's, a house's table holds none
        claims = any(result.best(self.threshold) is not None for result in results)
        found = False
        keys = 0  # of this table
        for index, result in enumerate(results):
            sample = result.sample
            if sample.parent or sample.is_list:
                continue
            best = result.best(self.threshold)
            entity = best.entity if best is not None else None
            if entity not in (None, "ACCOUNT_ID"):
                continue
            declared = sample.foreign_key is not None
            if declared:
                claimed = best is not None and best.recognizer != "table_view"
                self.declared.append(_Declared(dataset.name, sample.path, sample.foreign_key, claimed, _few(sample)))
                found = True
            values = _values(sample.values)
            if values is None:
                continue
            unique = values.distinct >= table_view.KEY_UNIQUE * len(sample.values.drop_null())
            leads = index == first and not (people and accounts - {index})
            own_key = unique and (leads or NameTokens.of(sample.path).own in KEY_NAMES)
            # beside its own key, a people table's account ids (`subject_id` after MIMIC's
            # `row_id`) are keys its people are referenced by; another unique code of it (a SKU)
            # is not
            rival = own_key and not (people or things or claims) and _dense(values, coverage)
            if (people and (own_key or (unique and entity == "ACCOUNT_ID"))) or (things and own_key) or rival:
                key = _Key(dataset.name, sample.path, people, things, coverage, values, _few(sample),
                           entity is not None, about == PEOPLE)
                self.keys.append(key)
                sample.reference_key = key.kind
                if pa.types.is_integer(sample.values.type):
                    self._integer_keys.add((dataset.name, sample.path))
                # a people table's key no rule claimed (behind a constant column) waits to learn
                # whether other tables reference it; so does a table of people keyed twice, to
                # learn which key they hold (see `_row_numbers`)
                keys += 1
                found = found or (people and (entity is None or keys > 1))
            if own_key or declared:
                continue  # a table's own key, counted from 1 as others are, references nothing;
                # a declared one is decided by its declaration
            if index == first and neighbours.counts_rows(sample.values):
                continue  # 1..n, each once, first: the rows' own serial (beside the person's
                # account, found by values alone), no draw from a people key counted the same way
            claimed = best is not None and best.recognizer != "table_view"
            if entity is None or claimed:
                values = _without_zero(sample.values, values)
                if values is None:
                    continue
                self.references.append(_Reference(dataset.name, sample.path, claimed, _sketch(values),
                                                  _few(sample)))
                found = True
        return found

    def add_reused(self, dataset: DatasetSample, keys: dict[str, str]) -> None:
        """Index the keys of a table this scan reuses, from its sample read again (`keys`: each
        key column's `reference_key`, as the catalog kept it); its own results stay as they were."""
        self._decided = None
        coverage = _coverage(dataset)
        for sample in dataset.fields:
            kind = keys.get(sample.path)
            values = _values(sample.values) if kind is not None else None
            if values is not None:
                self.keys.append(_Key(dataset.name, sample.path, kind in (PEOPLE, CONTACTS), kind == THINGS, coverage,
                                      values, _few(sample), True, kind == PEOPLE))

    def needs(self, dataset: str, keys: dict[str, str]) -> bool:
        """Whether a reused table with these keys (`reference_key` by column) may decide a
        waiting column: it is a declared key's table, or it holds a people key and a column waits
        for its values to be matched (a things key: a claim waits to be withdrawn). Other reused
        tables are not read again."""
        kinds = set(keys.values())
        if not kinds:
            return False  # nothing of it would be indexed
        if any(reference.target[0] == dataset for reference in self.declared):
            return True
        if kinds & {PEOPLE, CONTACTS, OTHERS} and any(not reference.claimed for reference in self.references):
            return True
        return THINGS in kinds and any(reference.claimed for reference in self.references)

    def apply(self, dataset: DatasetSample, results: Sequence[FieldResult]) -> None:
        """Adjust one table's results by the keys its columns reference (call once every
        table of the source was added)."""
        decided = self._decide()
        for result in results:
            verdict = decided.get((dataset.name, result.sample.path))
            if verdict is None:
                continue
            few, person, why = verdict
            best = result.best(self.threshold)
            if person and best is None:
                result.detections.insert(0, Detection(path=result.sample.path, entity="ACCOUNT_ID",
                                                      confidence=REFERENCE_SCORE,
                                                      signals=[Signal("table", why, REFERENCE_SCORE)],
                                                      examples=mask_examples(few, "ACCOUNT_ID"),
                                                      recognizer="references"))
            elif not person and best is not None and best.entity == "ACCOUNT_ID":
                table_view._withdraw(result, best, why)
        self._rows_of_people(dataset, results)
        self._row_numbers(dataset, results)

    def _rows_of_people(self, dataset: DatasetSample, results: Sequence[FieldResult]) -> None:
        """A table whose column holds the keys of another table of people, many of them (a bank
        card's, an address's, a withdrawal's `user_id`: 1000188, 1000249 …), records things of
        those people: its first column numbers the rows (the card, the address), though its
        person evidence made it read as the people's key. An audit column (`create_by`: a few
        staff) holds too few of them to say whose the rows are."""
        if dataset.name not in self._firsts or not any((dataset.name, r.sample.path) in self._owners for r in results):
            return
        index, rows = self._firsts[dataset.name]
        first = results[index]
        best = first.best(self.threshold)
        if best is None or best.entity != "ACCOUNT_ID" or best.recognizer != "table_view":
            return
        for result in results:
            target, people, _ = self._owners.get((dataset.name, result.sample.path), (None, 0, ""))
            if result is first or target is None or target == dataset.name:
                continue
            if people >= max(MIN_DISTINCT_NUMBERS, OWNERS_SHARE * rows):
                table_view._withdraw(first, best, f"the rows are things of the people of {target}, whose keys "
                                                  f"'{result.sample.path}' holds ({people} of them): "
                                                  f"'{first.sample.path}' numbers the rows")
                return

    def _row_numbers(self, dataset: DatasetSample, results: Sequence[FieldResult]) -> None:
        """A table of people keyed twice (MIMIC's `row_id`, then `subject_id`, both unique): where
        other tables hold the values of its second key and none of its first, the second is whom
        they point at and the first numbers the rows."""
        if dataset.name not in self._firsts:
            return
        first = results[self._firsts[dataset.name][0]]
        best = first.best(self.threshold)
        if best is None or best.entity != "ACCOUNT_ID" or best.recognizer != "table_view":
            return
        held = {path for (source, _), (target, _, path) in self._owners.items()
                if target == dataset.name and source != dataset.name}
        if not held or first.sample.path in held or (dataset.name, first.sample.path) not in self._integer_keys:
            return
        for result in results:
            other = result.best(self.threshold)
            if result is not first and result.sample.path in held and other is not None and other.entity == "ACCOUNT_ID" \
                    and (dataset.name, result.sample.path) in self._integer_keys:
                # (a login name other tables hold says nothing of the row's number)
                table_view._withdraw(first, best, f"other tables hold the people's key '{result.sample.path}' and "
                                                  f"none of '{first.sample.path}': it numbers the rows")
                return

    def _decide(self) -> dict[tuple[str, str], tuple[list[str], bool, str]]:
        if self._decided is None:
            self._owners, claimed = {}, {}
            found = _decide(self.keys, self.references, self._owners, claimed)
            if owned := self._owned_tables(claimed):
                # an address book whose rows hold the keys of many users is a table of their
                # addresses: an order's column of its keys points at an address, not a person.
                # Matched again without those tables' keys (another table of people may explain
                # the column: a profile table 1:1 with its users holds the same numbers)
                self._owners = {}
                found = _decide([k for k in self.keys if not (k.people and k.dataset in owned)], self.references,
                                self._owners)
            self._decided = {**found, **_declared(self.keys, self.declared)}
        return self._decided

    def _owned_tables(self, claimed: dict[tuple[str, str], tuple[str, int, str]]) -> set[str]:
        """Tables whose rows are things of another table's people: a column of them (found by the
        values, or an account id by its name: `address_book.user_id`) holds the keys of many of
        those people (see `_rows_of_people`)."""
        return {dataset for (dataset, _), (target, people, _) in {**claimed, **self._owners}.items()
                if target != dataset and dataset in self._firsts
                and people >= max(MIN_DISTINCT_NUMBERS, OWNERS_SHARE * self._firsts[dataset][1])}


def _declared(keys: list[_Key], declared: list[_Declared]) -> dict[tuple[str, str], tuple[list[str], bool, str]]:
    """(dataset, path) -> (a person's id?, why) for each declared foreign key to a table's key
    the pass indexed: a named people table's is a person's id, a things table's no one's."""
    by_column = {(key.dataset, key.path): key for key in keys}
    decided: dict[tuple[str, str], tuple[list[str], bool, str]] = {}
    for reference in declared:
        key = by_column.get(reference.target)
        if key is None or key.rival or (key.people and not key.named) or (key.things and not reference.claimed):
            continue
        what = "a table of people" if key.people else "a table of things"
        target = f"{reference.target[0].rsplit('/', 1)[-1]}.{reference.target[1]}"
        decided[(reference.dataset, reference.path)] = (reference.few, key.people,
                                                        f"declared foreign key to {target} ({what})")
        if key.people and not key.claimed:
            decided.setdefault((key.dataset, key.path), (key.few, True, (
                f"the key of a table of people, referenced by {reference.dataset}.{reference.path} "
                "(declared foreign key)")))
    return decided


def _decide(keys: list[_Key], references: list[_Reference],
            people_of: dict[tuple[str, str], tuple[str, int, str]] | None = None,
            claimed_of: dict[tuple[str, str], tuple[str, int, str]] | None = None
            ) -> dict[tuple[str, str], tuple[list[str], bool, str]]:
    """(dataset, path) -> (a person's id?, why) for each reference that one key explains; `people_of`
    gets the table of people each person's reference points into, its distinct values and the
    key; `claimed_of` the same for the columns already an account id by their name."""
    if not keys or not references:
        return {}
    # every key's hashes in one sorted array, each with its key's index: a reference's hashes
    # are looked up once (binary search), whatever the number of keys
    owners = np.concatenate([np.full(len(k.values.hashes), i, dtype=np.int32) for i, k in enumerate(keys)])
    hashes = np.concatenate([k.values.hashes for k in keys])
    order = np.argsort(hashes, kind="stable")
    hashes, owners = hashes[order], owners[order]
    decided = {}
    for reference in references:
        hits = _hits(reference.values.hashes, hashes, owners, len(keys))
        candidates = []
        for index in np.flatnonzero(hits):
            key = keys[index]
            if key.dataset == reference.dataset and key.path == reference.path:
                continue  # a people table's unique column is a key of it: no reference to itself
            if not _same_database(key.dataset, reference.dataset):
                continue
            share = hits[index] / len(reference.values.hashes)
            # (a column claimed by its name is withdrawn by the strict reading alone; a dense
            # people key may still say whose its values are, and keep it)
            open_reference = key.people if reference.claimed else not _names_another_thing(reference.path, key)
            if _contained(reference.values, key, int(hits[index]), share, open_reference=open_reference):
                candidates.append((share / key.coverage, key, share))
        if not candidates:
            continue
        candidates.sort(key=lambda found: found[0], reverse=True)
        best, key, share = candidates[0]
        if reference.claimed and key.people and claimed_of is not None:
            claimed_of[(reference.dataset, reference.path)] = (key.dataset, reference.values.distinct, key.path)
        if reference.claimed:
            # withdrawn only where no table of people explains the values as well
            if not key.things or any(k.people for _, k, _ in candidates):
                continue
        elif not key.people or any(not k.people for score, k, _ in candidates if score >= best - AMBIGUOUS_MARGIN):
            continue  # (ids 1..200 of batteries explain a column of 1..200 as well as users 1..200 do)
        what = "a table of people" if key.people else "a table of things"
        why = (f"references {key.dataset}.{key.path} ({what}): {share:.0%} of "
               f"{len(reference.values.hashes)} sampled values are its keys")
        decided[(reference.dataset, reference.path)] = (reference.few, key.people, why)
        if key.people and people_of is not None:
            people_of[(reference.dataset, reference.path)] = (key.dataset, reference.values.distinct, key.path)
        if key.people and not key.claimed:
            decided.setdefault((key.dataset, key.path), (key.few, True, (
                f"the key of a table of people, referenced by {reference.dataset}.{reference.path}")))
    return decided


def _database(dataset: str) -> str | None:
    """The database file a dataset is a table of (`app/huidayz.sql` of `app/huidayz.sql/wenda`),
    or None for a loose file's."""
    parts = dataset.replace("\\", "/").split("/")
    for index, part in enumerate(parts[:-1]):
        if part.lower().endswith(DATABASE_FILES):
            return "/".join(parts[:index + 1])
    return None


def _same_database(one: str, other: str) -> bool:
    """Whether two tables may reference each other: not when each is in a database file of its own."""
    first, second = _database(one), _database(other)
    return first is None or second is None or first == second


def _hits(values: np.ndarray, hashes: np.ndarray, owners: np.ndarray, keys: int) -> np.ndarray:
    """How many of `values` each key holds (a key holds each of its values once)."""
    left = np.searchsorted(hashes, values, side="left")
    counts = np.searchsorted(hashes, values, side="right") - left
    total = int(counts.sum())
    if total == 0:
        return np.zeros(keys, dtype=np.int64)
    # the positions left[i], left[i] + 1 ... of every value's matches, in one array
    starts = np.repeat(left - np.cumsum(counts) + counts, counts)
    return np.bincount(owners[starts + np.arange(total)], minlength=keys)


def _beyond_chance(hits: int, draws: int, density: float) -> bool:
    """Whether `hits` of `draws` numbers landing in a key that holds `density` of its range is
    beyond chance (below CHANCE by the Chernoff bound on the binomial tail: exp(-n KL(k/n || p)))."""
    if draws <= 0 or density >= 1.0 or hits <= density * draws:
        return False
    observed = min(hits / draws, 1.0)
    divergence = observed * np.log(observed / density)
    if observed < 1.0:
        divergence += (1 - observed) * np.log((1 - observed) / (1 - density))
    return bool(-draws * divergence < np.log(CHANCE))


def _spans_whole_key(values: _Values, key: _Key, share: float) -> bool:
    """Whether many numbers stay within a key counted 1..N (Sakila's 599 customers, a shop's
    300 users) as draws from it do, all of them, up to its very end: a quantity, a score or a
    price spreads below and past an N it has no tie to. The key must be wholly sampled (its
    last id is then known) and long enough that ending within it is no small number's luck."""
    keys = key.values.numbers
    if key.coverage < 1.0 or len(keys) < DENSE_MIN_KEYS or values.distinct < DENSE_MIN_DISTINCT:
        return False
    if _scale_end(keys[-1]) or _scale_end(keys[-1] - keys[0] + 1):
        # patients 1..100 end where a score out of 100 does, rows 0..999 count a thousand (a
        # 3-digit card code lies in them): values of the scale are drawn from them as well
        return False
    if share < DENSE_CONTAINED_SHARE or values.numbers[0] < keys[0] or values.numbers[-1] > keys[-1]:
        return False
    # the greatest of k draws from N ids lies about N/(k+1) below the last: no further than a few times that
    return bool(keys[-1] - values.numbers[-1] <= DENSE_END_GAPS * len(keys) / (values.distinct + 1))


#: the last word of a column named for the key it holds (`bank_card_id`, `order_no`)
_KEY_TAILS = frozenset({"id", "key", "no", "num", "number", "code", "ref", "fk"})


def _names_another_thing(path: str, key: _Key) -> bool:
    """Whether a column's name says whose key it holds, and that is neither a person nor the
    key's own table: a `bank_card_id` holds bank cards' ids however densely they fill a people
    table's 1..N (a column named for nothing, or for people, is left to its values)."""
    own = NameTokens.of(path).own
    if len(own) < 2 or own[-1] not in _KEY_TAILS:
        return False
    people = PEOPLE_TABLES | PERSON_OBJECTS | set(table_view.table_words(key.dataset))
    return not set(own[:-1]) & people


def _scale_end(number: float) -> bool:
    """Whether a number ends a scale: 10, 50, 100, 500, 1000 … (one or five times a power of ten)."""
    whole = int(number)
    if whole != number or whole < 10:
        return whole == number and whole in (1, 5)
    while whole % 10 == 0:
        whole //= 10
    return whole in (1, 5)


def _contained(values: _Values, key: _Key, hits: int, share: float, open_reference: bool = False) -> bool:
    """Whether a reference's sampled values are what a draw from `key` would be (`open_reference`:
    a column no rule claimed, which a dense key may explain; see `_spans_whole_key`)."""
    if hits < MIN_HITS or share < CONTAINED_SHARE * key.coverage:
        return False
    if values.numbers is None or key.values.numbers is None:
        return values.numbers is None and key.values.numbers is None
    if key.coverage < MIN_COVERAGE:
        return False  # random numbers within a key's range hit a sparse sample of it as often
    keys = key.values.numbers
    density = len(keys) / key.coverage / (keys[-1] - keys[0] + 1)
    if density > MAX_DENSITY and not _beyond_chance(hits, len(values.hashes), len(keys) / (keys[-1] - keys[0] + 1)) \
            and not (open_reference and _spans_whole_key(values, key, share)):
        # ids counted 1..N hold every number of their range: temperatures, scores too; a key
        # with gaps (customers 103..496, a third of the numbers) tells when more of the values
        # land in it than numbers of its range would by chance
        return False
    if values.distinct < MIN_DISTINCT_NUMBERS and density ** values.distinct > CHANCE:
        return False  # a few numbers land in a key by luck as often as the key fills its range
    # k draws from a key leave about 2/(k+1) of it below their least or above their greatest
    tails = np.searchsorted(keys, values.numbers[0]) + len(keys) - np.searchsorted(keys, values.numbers[-1], "right")
    return bool(tails <= len(keys) * max(TAIL_SHARE, TAIL_DRAWS / (values.distinct + 1)))


#: a 0 stands for no one where it fills this many times the rows of the commonest other value
#: (a quarter of the searches made signed out), not where it is one count among others (likes)
ZERO_SENTINEL = 3


def _without_zero(column: pa.Array, values: _Values) -> _Values | None:
    """A reference's values without its 0 where the 0 stands for no one: the `user_id` of a
    visitor who never signed in (a search, a short link made anonymously), where keys count
    from 1. A count's 0 (no likes) is as common as its other values and stays."""
    if values.numbers is None or values.numbers[0] != 0 or not pa.types.is_integer(column.type):
        return values
    present = column.drop_null()
    zero = pc.equal(present, 0)
    others = pc.filter(present, pc.invert(zero))
    commonest = pc.max(pc.value_counts(others).field("counts")).as_py() or 0 if len(others) else 0
    if (pc.sum(zero).as_py() or 0) < ZERO_SENTINEL * max(commonest, 1):
        return values
    return _values(others)


def _values(values: pa.Array) -> _Values | None:
    """The column's distinct values as matchable hashes, or None when they are no ids."""
    kind = values.type
    if not (pa.types.is_floating(kind) or pa.types.is_integer(kind) or pa.types.is_string(kind)
            or pa.types.is_large_string(kind)):
        return None
    # what follows depends only on which values occur: each distinct value is read once
    values = pc.unique(values.drop_null())
    if len(values) == 0:
        return None
    if pa.types.is_floating(values.type):
        if not pc.all(pc.equal(pc.floor(values), values)).as_py():
            return None
        values = pc.cast(values, pa.int64())
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        if len(values) < MIN_DISTINCT or not pc.all(rx.match(_id_text(values[:_FIRST_LOOK]), table_view.ID_SHAPE)).as_py():
            return None  # most text columns are no ids, and their first values say so
        text = pc.unique(_id_text(values))
        # (`text` is distinct: no pass looks for repeats in it)
        if len(text) < MIN_DISTINCT or not pc.all(rx.match(text, table_view.ID_SHAPE, distinct=True)).as_py():
            return None
        if pc.all(rx.match(text, r"^[0-9]{1,15}$", distinct=True)).as_py():
            values = pc.cast(text, pa.int64())  # `007` is the 7 of an integer key
        else:
            codes = np.fromiter((hash(v) for v in text.to_pylist()), dtype=np.int64, count=len(text))
            return _hashed(codes, None)
    if not pa.types.is_integer(values.type):
        return None
    try:
        # distinct already, unless floats cast to the same integer (-0.0 and 0.0)
        numbers = pc.cast(values, pa.int64())
        if not pa.types.is_integer(kind):
            numbers = pc.unique(numbers)
        numbers = numbers.to_numpy(zero_copy_only=False)
    except pa.ArrowInvalid:  # unsigned ids past 2^63
        return None
    return _hashed(numbers, np.sort(numbers.astype(np.float64)))


#: distinct values of a text column read before the rest: one that is no id (a name, a sentence)
#: rules the column out without the whole column's trimming and matching
_FIRST_LOOK = 16


def _id_text(values: pa.Array) -> pa.Array:
    """Text ids as keys and references are compared: trimmed, without a type prefix
    (`Patient/123`, `urn:uuid:…`)."""
    return pc.replace_substring_regex(pc.utf8_trim_whitespace(values), _PREFIX, "")


#: an odd 64-bit constant: multiplying by it mod 2^64 scrambles ids into hashes one to one, so
#: that a sketch's smallest hashes are a uniform subset, not the lowest ids
_SCRAMBLE = np.uint64(0x9E3779B97F4A7C15)


def _hashed(codes: np.ndarray, numbers: np.ndarray | None) -> _Values | None:
    with np.errstate(over="ignore"):
        hashes = np.unique((codes.astype(np.int64).view(np.uint64) * _SCRAMBLE).view(np.int64))
    if len(hashes) < MIN_DISTINCT:
        return None
    return _Values(hashes, len(hashes), numbers)


def _sketch(values: _Values) -> _Values:
    """A reference's values cut to its `REFERENCE_VALUES` smallest hashes (a uniform subset),
    and its numbers to their least and greatest (all `_contained` reads of them). Copies: a
    slice would keep the whole sample's arrays alive while the source's other tables come."""
    numbers = values.numbers[[0, -1]] if values.numbers is not None else None
    return _Values(values.hashes[:REFERENCE_VALUES].copy(), values.distinct, numbers)


def _dense(values: _Values, coverage: float) -> bool:
    """Whether a numeric key fills so much of its range (ids counted 1..N) that any table's
    column of numbers in that range is explained by it as well as by another table's 1..N."""
    numbers = values.numbers
    if numbers is None or coverage < MIN_COVERAGE:
        return False
    return bool(len(numbers) / coverage / (numbers[-1] - numbers[0] + 1) > MAX_DENSITY)


def _about_people(dataset: DatasetSample, results: Sequence[FieldResult], threshold: float) -> str | None:
    """Rows that are people: a people table's name, or two kinds of a person's evidence; PEOPLE
    when the name or the evidence names them, CONTACTS when only contacts say so (None: no)."""
    table = table_view.table_words(dataset.name)
    words = people_table_words(dataset, table)
    head = table_view.head_noun(table)
    if head in table_view.PERSON_PARTS and head not in words:
        return None  # `person_attribute`: each row one part of a person, its key the part's
    if head in table_view.THING_TABLES and not words:
        return None  # `offices`, `stores` with a phone and an address: places people reach
    if words:
        return PEOPLE
    evidence = table_view._person_evidence(results, threshold)
    if len(evidence) < 2:
        return None
    return PEOPLE if evidence & NAMING_EVIDENCE else CONTACTS


def _about_things(dataset: DatasetSample, results: Sequence[FieldResult], threshold: float) -> bool:
    """Rows that are plainly things or records (`films`, `products`, `orders`) and hold nothing
    of a person."""
    head = table_view.head_noun(table_view.table_words(dataset.name))
    if head not in table_view.THING_TABLES | table_view.RECORD_TABLES:
        return False
    return not table_view._person_evidence(results, threshold)


def _first_varying(results: Sequence[FieldResult]) -> int:
    """The index of the first column of more than one value: the table's key comes first but
    for columns that are the same on every row (CDISC's `STUDYID`, `DOMAIN` before `USUBJID`)."""
    for index, result in enumerate(results):
        if not pa.types.is_null(result.sample.values.type) and pc.count_distinct(result.sample.values).as_py() > 1:
            return index
    return 0


def _coverage(dataset: DatasetSample) -> float:
    """Share of the table's rows the sample holds (1 when the count is unknown)."""
    if not dataset.row_count or dataset.row_count <= dataset.sampled_rows:
        return 1.0
    return dataset.sampled_rows / dataset.row_count


def _few(sample: FieldSample) -> list[str]:
    return [str(v) for v in pc.unique(sample.values.drop_null().slice(0, 50)).slice(0, 3).to_pylist()]
