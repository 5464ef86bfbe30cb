"""A column of single given names (or surnames) in a table of people is their names.

A register splits a person's name into columns (`nome` | `sobrenome`, `first` | `last`), and
with the column names gone (`c03`, a vendor's abbreviation) the values are single words no
pattern reads as a full name: `Iago`, `Pedro`, `Cauê`. Alone such a column could be anything
whose words a given-name list happens to hold (`Paris`, `June`, `Orange`); in a table whose
other columns already hold a person's e-mail, phone, birth date or documents, one capitalised
word a value, most of them the world's given names (or, with more values, its surnames), and
few of them places or calendar words, is the name of each row's person.

Beside a column already read as names (or as honorifics: `Mr.`, `Sra.`), a register's next
columns are the rest of each name: the middle name, the family name, a second surname
(`Lavonia` | `Wunsch` | `Will`; `Horatio` | `Hornblower`). Surname lists hold a country's most
frequent names, and a register of a few hundred people holds many rarer ones (`Weissnat`,
`Kshlerin`, `Chebaskwony`): there, half the distinct values known is enough (`name_run`).

`table_view.apply` asks `name_column` of the undecided columns of a table of people, then
`name_run` of those beside a name column; the lookups run vectorised over the column's
distinct values.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx, vocab
from classifiers.evidence import Detection, Signal
from classifiers.fieldview import informative
from classifiers.masking import mask_examples
from classifiers.recognizers.person_name import GENERATOR_DIGITS_RE2
from datamap.model import FieldSample

#: distinct values a column needs: two are a code (`Male`/`Female`); surnames, whose list holds
#: many everyday words (`Green`, `Summer`), need more
MIN_GIVEN = 3
MIN_SURNAMES = 5
#: share of the distinct values that must be one capitalised word (a generator's digits and an
#: initial aside) and a known given name or surname
KNOWN_SHARE = 0.8
#: share of the distinct values that may be places or calendar words, which the name lists hold
#: too (`Florence`, `Georgia`, `June`): a column of those is a place or a month
PLACE_SHARE = 0.2
#: repeats: a name column of many rows is mostly distinct (a category repeats its few words)
MIN_DISTINCT_RATIO = 0.3
#: share of the distinct values known (given names or surnames) for a column beside a name column
BESIDE_KNOWN_SHARE = 0.5
SCORE = 0.6
#: one capitalised word (letters, apostrophes, hyphens), an initial may follow
_ONE_WORD = r"^\p{Lu}[\p{Ll}'’-]+(?:[\p{Lu}][\p{Ll}]+)?(?: \p{Lu}\.?)?$"
#: what `_ONE_WORD` never reads, even once `GENERATOR_DIGITS_RE2` (a letter, then one to four
#: digits up to a word's end) has dropped a generator's digits: an ASCII character that is no
#: letter, digit, blank, apostrophe, hyphen or full stop; a digit at the start or after a blank
#: or mark; a run of five digits; a run an ASCII word character follows (no word boundary there)
_NEVER_ONE_WORD = r"[\x00-\x1f!-&(-,/:-@\[-`{-\x7f]|(?:^|[ '’.-])[0-9]|[0-9]{5}|[0-9][A-Za-z_]"
_CALENDAR = pa.array(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                      "saturday", "sunday", "spring", "summer", "autumn", "winter", "true", "false", "male",
                      "female", "unknown"])
GIVEN, SURNAME = "given names", "surnames"
#: the titles a register writes before a name, in the languages of the name lists (no dot)
HONORIFICS = pa.array(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "sra", "srta", "srs", "dra", "herr", "frau",
                       "mme", "mlle", "m", "sig", "sigra", "sir", "dame", "rev", "fr", "hr", "fru", "mevr", "dhr"])
#: share of a column's informative values that must be honorifics for it to be a name's title
HONORIFIC_SHARE = 0.8


def distinct_informative(values: pa.Array) -> tuple[pa.Array, np.ndarray]:
    """A text column's distinct values that are no placeholders, and how often each occurs.
    (Read after the field pass, when the fields' views are let go: no view is made again.)"""
    counted = pc.value_counts(informative(pc.drop_null(values)))
    return counted.field("values"), counted.field("counts").to_numpy(zero_copy_only=False).astype(np.int64)


class CountedColumns:
    """Each column's `distinct_informative`, worked out once while one table is judged: the
    table's readings (names, honorifics beside them, SSNs, CPFs, documents) ask it of the same
    columns, some of them again for each neighbour. Called with a column's values."""

    def __init__(self) -> None:
        # id of the values -> (the values, kept so that their id stays theirs; what was found)
        self._found: dict[int, tuple[pa.Array, tuple[pa.Array, np.ndarray]]] = {}

    def __call__(self, values: pa.Array) -> tuple[pa.Array, np.ndarray]:
        found = self._found.get(id(values))
        if found is None or found[0] is not values:
            found = self._found[id(values)] = (values, distinct_informative(values))
        return found[1]


def could_be_one_word(words: pa.Array) -> pa.Array:
    """False for each value `_ONE_WORD` cannot read, even once a generator's digits are dropped;
    True for every value it reads (and some others): a bound on its share from fast kernels and
    one ASCII regex, without compiling its Unicode classes (or rewriting values). Such a value
    starts with a capital and holds no ASCII character but letters, digits and `_ONE_WORD`'s
    marks, and no digit the generator's drop leaves (see `_NEVER_ONE_WORD`)."""
    capital = pc.utf8_is_upper(pc.utf8_slice_codeunits(words, 0, 1))
    never = pc.match_substring_regex(words, _NEVER_ONE_WORD)
    return pc.fill_null(pc.and_(capital, pc.invert(never)), False)


def without_generator_digits(words: pa.Array) -> pa.Array:
    """The values without a test-data generator's digits after a word (`Bennett558`)."""
    if not pc.any(pc.match_substring_regex(words, "[0-9]")).as_py():
        return words  # (RE2's `\d` is ASCII: no such digit, nothing to drop, no `\pL` to compile)
    return pc.replace_substring_regex(words, GENERATOR_DIGITS_RE2, r"\1")


def name_column(sample: FieldSample, evidence: list[str],
                counted: tuple[pa.Array, np.ndarray] | None = None) -> Detection | None:
    """A PERSON detection for a column of given names or surnames in a table of people (what
    `evidence` says it holds), or None. `counted`: the column's `distinct_informative`, when
    the caller has it (the table's other column checks read it too)."""
    return _names(sample, evidence, beside=None, counted=counted)


def name_run(sample: FieldSample, evidence: list[str], beside: str,
             count: Callable[[pa.Array], tuple[pa.Array, np.ndarray]] = distinct_informative) -> Detection | None:
    """A PERSON detection for a column of single names next to the column `beside` (names or
    honorifics) in a table of people: the rest of each row's name, or None. `count`: what
    gives a column's `distinct_informative` (a table's `CountedColumns`)."""
    return _names(sample, evidence, beside=beside, counted=count(sample.values) if _text(sample) else None)


def honorifics(sample: FieldSample,
               count: Callable[[pa.Array], tuple[pa.Array, np.ndarray]] = distinct_informative) -> bool:
    """Whether a column holds the titles written before a name (`Mr.`, `Sra.`, `Dr`)."""
    if not _text(sample):
        return False
    distinct, counts = count(sample.values)
    if not len(distinct):
        return False
    words = pc.utf8_lower(pc.utf8_trim(pc.utf8_trim_whitespace(distinct), characters="."))
    titled = pc.fill_null(pc.is_in(words, value_set=HONORIFICS), False).to_numpy(zero_copy_only=False)
    return int(counts[titled].sum()) >= HONORIFIC_SHARE * int(counts.sum())


def _text(sample: FieldSample) -> bool:
    return pa.types.is_string(sample.values.type) or pa.types.is_large_string(sample.values.type)


def _names(sample: FieldSample, evidence: list[str], beside: str | None,
           counted: tuple[pa.Array, np.ndarray] | None = None) -> Detection | None:
    if not pa.types.is_string(sample.values.type) and not pa.types.is_large_string(sample.values.type):
        return None
    distinct, counts = counted if counted is not None else distinct_informative(sample.values)
    if len(distinct) < MIN_GIVEN or len(distinct) < MIN_DISTINCT_RATIO * int(counts.sum()):
        return None
    words = pc.utf8_trim_whitespace(distinct)
    capitals = pc.fill_null(pc.utf8_is_upper(words), False)
    if (pc.sum(capitals).as_py() or 0) >= KNOWN_SHARE * len(words):
        words = pc.utf8_title(words)  # `SMITH`, `NEWMAN`: a DICOM worklist's or an old register's capitals
    # a bound first, from fast kernels: a value `_ONE_WORD` reads is letters alone once its
    # blanks, apostrophes, hyphens and full stops (and a generator's digits) are taken out. Too
    # few such values and no share below reaches KNOWN_SHARE; the regexes of Unicode classes
    # (`\pL`, `\p{Lu}`: about a millisecond to compile, every call) are then never run
    if (pc.sum(could_be_one_word(words)).as_py() or 0) < KNOWN_SHARE * len(words):
        return None
    words = without_generator_digits(words)  # `Bennett558`
    shaped = rx.match(words, _ONE_WORD, distinct=True)
    first = pc.utf8_lower(rx.extract(words, r"^(?P<w>\S+)").field("w"))
    placelike = pc.or_(vocab.is_entry(first, "cities+countries+subdivisions"),
                       pc.fill_null(pc.is_in(first, value_set=_CALENDAR), False))
    if (pc.sum(placelike).as_py() or 0) > PLACE_SHARE * len(words):
        return None
    if beside is not None:
        known = pc.and_(shaped, pc.or_(vocab.is_entry(first, "given_names_world"), vocab.is_entry(first, "surnames")))
        count = pc.sum(known).as_py() or 0
        if (pc.sum(shaped).as_py() or 0) < KNOWN_SHARE * len(words) or count < BESIDE_KNOWN_SHARE * len(words):
            return None
        why = (f"{count} of {len(words)} distinct values are single names a name list knows, next to the names "
               f"'{beside}' holds, in a table of people (it holds {', '.join(evidence)})")
        return _detection(sample, distinct, why)
    for kind, entries, least in ((GIVEN, "given_names_world", MIN_GIVEN), (SURNAME, "surnames", MIN_SURNAMES)):
        known = pc.and_(shaped, vocab.is_entry(first, entries))
        count = pc.sum(known).as_py() or 0
        if len(words) >= least and count >= KNOWN_SHARE * len(words):
            why = (f"{count} of {len(words)} distinct values are single {kind} a name list knows, in a table of "
                   f"people (it holds {', '.join(evidence)})")
            return _detection(sample, distinct, why)
    return None


def _detection(sample: FieldSample, distinct: pa.Array, why: str) -> Detection:
    examples = [str(v) for v in distinct.slice(0, 3).to_pylist()]
    return Detection(path=sample.path, entity="PERSON", confidence=SCORE, signals=[Signal("table", why, SCORE)],
                     examples=mask_examples(examples, "PERSON"), recognizer="table_view")
