"""The rest of an address: columns that complete a street address.

A postal address is written as a block of columns (`address1`, `address2`, `city`,
`province`, `zip`, `country`, `country_code`, `province_code`); with every name made opaque
(`c19`…`c31`) each part alone says little: `40202` is any number, `KY` any code, `Louisville`
a city or a surname, and a test fixture or an API example holds one or two rows, too few for
the neighbours' other rules (which want ten values or five distinct ones). The street address
says what the block is: beside it, filled as often, in a record that also holds a person or
an account, these columns are the same person's address:

- state and province names or codes (the subdivisions vocabulary) and country names or ISO
  codes, anywhere in the record: their vocabularies are telling once an address is there;
- place names of the gazetteer, postal codes (four to six digits, ZIP+4, the hyphenated and
  lettered codes of Brazil, Japan, Poland, the Netherlands, the UK and Canada) and second address lines (`Apt. 702`, `Suite 400`, `2nd Floor`) only next to the
  street or to another part of the block: alone they are a surname, a number, a room;
- a latitude and longitude next to each other, filled as often as the street (fine decimal degrees, one
  within +-90, apart from the other on every row): the geocoded address, however few rows;
- a district between the street (or its house number) and the city (Brazil's `bairro`, a
  Spanish `barrio`, a British locality: `Tabuleiro do Martins`, `Vila Base Aérea`): capitalised
  words, in the place the envelope writes them;
- an address line the street recognizer found too weakly (`54, rue Royale` among the
  `8489 Strong St.`: 0.45) is the street when a gazetteer city, state or country the engine
  accepted lies next to it (a second line between allowed).

A sample holds each column's non-null values, not its rows: a part must be filled as often as
the street (next to the block, at most as often: a second line is optional), so a column of
the same codes filled on other rows belongs to something else. Each decision carries a `table`
signal naming the street column.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Detection, Signal
from classifiers.fieldview import as_mask
from classifiers.masking import mask_examples
from classifiers.table_view import PERSON_ENTITIES, sexes
from classifiers.vocab import in_vocabulary

if TYPE_CHECKING:
    from classifiers.engine import FieldResult

#: who the address can be of: a person (other than by the address itself), or an account
OWNERS = (PERSON_ENTITIES - {"STREET_ADDRESS"}) | {"ACCOUNT_ID"}
#: the value signal of a part, and what the street beside it adds (together over the 0.5 threshold)
PART_SCORE = 0.3
STREET_SUPPORT = 0.35
#: a street candidate this strong is the street when an accepted place lies next to it
WEAK_STREET = 0.4
#: share of a column's distinct values that must be of the part's kind (place names and postal
#: codes vary in spelling and format; vocabulary codes must all be codes)
LOOSE_SHARE = 0.8
#: a second line's column: this share of units at least, and this more of other numbered lines
UNIT_SHARE = 0.3
NUMBERED_SHARE = 0.4
#: a column of this many values names many addresses: postcodes vary (at least this share
#: distinct); a few numbers over and over are the ids of a few things (a sales rep's number)
POSTCODE_MIN_VALUES = 10
POSTCODE_DISTINCT = 0.3
#: distinct codes a column of many rows may hold away from the address and be the record's own
FEW_CODES = 2
#: places the engine may already have accepted, which continue a block
PLACE_ENTITIES = frozenset({"CITY", "REGION", "COUNTRY", "LOCATION"})

#: postal codes: four to six digits (and ZIP+4, Brazil's `01310-200`), Japan's and Poland's
#: hyphenated codes (`150-0041`, `00-950`), the Netherlands' `1017 CT`, UK and Canadian codes;
#: three digits alone are too often any small number
_POSTCODE = (r"^(?:\d{4,6}(?:-\d{3,4})?|\d{2,3}-\d{3,4}|\d{4} ?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"
             r"|[A-Z]\d[A-Z] ?\d[A-Z]\d)$")
#: a second address line: a unit, suite, floor, building or box (a bare `#1001` is as often an
#: order's number: a unit word first)
_UNIT = (r"(?i)^(?:(?:apt|apartment|suite|ste|unit|flat|floor|fl|level|room|rm|bldg|building|block|"
         r"p\.? ?o\.? box|box)\.?\s*#?\s*[\w/-]+|\d+(?:st|nd|rd|th) floor)\b")
#: a place's name: capitalised words
_PLACE_WORDS = r"^\p{Lu}[\p{L}'’.-]+(?:[ -][\p{L}'’.-]+){0,3}$"  # accents too: `Maceió`, `Brasília`, `Zürich`


def decide(results: Sequence[FieldResult], threshold: float, is_open: Callable[[FieldResult, float], bool]) -> None:
    """Claim, in place, the name-silent unclaimed columns that complete a street address of a
    record about someone."""
    bests = [r.best(threshold) for r in results]
    if not any(b is not None and b.entity in OWNERS for b in bests):
        return
    streets = [i for i, b in enumerate(bests) if b is not None and b.entity == "STREET_ADDRESS"]
    streets += _weak_streets(results, bests, threshold, is_open)
    if not streets:
        return
    street = results[streets[0]]
    # a sample holds a column's non-null values only: how often the street is filled stands for
    # its rows (a part filled as often lies on them; the second line is filled less often)
    filled = {_count(results[index].sample.values) for index in streets}
    block = set(streets) | {i for i, b in enumerate(bests) if b is not None and b.entity in PLACE_ENTITIES}
    # vocabulary parts anywhere first, then what lies next to the block, until nothing joins
    for adjacent in (False, True, True, True):
        for index, result in enumerate(results):
            if index in block or not is_open(result, threshold):
                continue
            near = index - 1 in block or index + 1 in block
            if adjacent and not near:
                continue
            kind = _part(result, adjacent, filled) or (_district(results, index, threshold, streets) if adjacent else None)
            if kind is None:
                continue
            entity, why = kind
            signals = [Signal("value", why, PART_SCORE, 1.0),
                       Signal("table", f"part of the address in '{street.sample.path}', filled with it", STREET_SUPPORT)]
            _claim(result, entity, signals)
            block.add(index)
    _geocode(results, threshold, is_open, filled, street)


#: a coordinate as geocoders write it: 4-15 decimals (a double's full precision too)
_DEGREES = r"^-?\d{1,3}\.\d{4,15}$"
#: a latitude and its longitude differ by at least this much; (0, 0) is no one's address
PAIR_MIN_APART = 1.0


def _geocode(results: Sequence[FieldResult], threshold: float, is_open: Callable[[FieldResult, float], bool],
             filled: set[int], street: FieldResult) -> None:
    """Claim two adjacent open columns of fine decimal degrees filled as often as the street, one
    within +-90 and apart from the other on every row: the address's latitude and longitude."""
    for first, second in zip(results, results[1:]):
        if not (is_open(first, threshold) and is_open(second, threshold)):
            continue
        lat, lon = _degrees(first, filled), _degrees(second, filled)
        if lat is None or lon is None or len(lat) != len(lon):
            continue
        if min(np.abs(lat).max(), np.abs(lon).max()) > 90.0 or np.abs(lat - lon).min() < PAIR_MIN_APART:
            continue  # no latitude (`POINT(lon lat)` order too), or one quantity twice
        for result, other in ((first, second), (second, first)):
            _claim(result, "GPS_COORDINATE", [
                Signal("value", f"fine decimal degrees beside those of '{other.sample.path}'", PART_SCORE, 1.0),
                Signal("table", f"filled with the address in '{street.sample.path}'", STREET_SUPPORT)])


def _degrees(result: FieldResult, filled: set[int]) -> np.ndarray | None:
    """The column's numbers, row by row, when it is filled as often as the street and every value
    is a fine decimal degree within +-180; else None."""
    values = result.sample.values
    if _count(values) not in filled or not (pa.types.is_floating(values.type) or pa.types.is_string(values.type)):
        return None
    text = pc.cast(values, pa.string()).drop_null()
    if not as_mask(rx.match(text, _DEGREES)).all():
        return None
    numbers = np.asarray(pc.cast(text, pa.float64()).to_numpy(zero_copy_only=False), dtype=float)
    return numbers if np.abs(numbers).max() <= 180.0 and np.abs(numbers).max() >= 1.0 else None


def _weak_streets(results: Sequence[FieldResult], bests: list, threshold: float,
                  is_open: Callable[[FieldResult, float], bool]) -> list[int]:
    """Open columns whose best candidate is a street address below the threshold, with an
    accepted city, state or country next to them (or after a second address line)."""
    found = []
    for index, result in enumerate(results):
        if not is_open(result, threshold) or not result.detections:
            continue
        top = result.detections[0]
        if top.entity != "STREET_ADDRESS" or top.confidence < WEAK_STREET:
            continue
        after = [index - 1, index + 1]
        if index + 2 < len(results) and _is_unit(results[index + 1]):
            after.append(index + 2)
        place = next((results[i] for i in after if 0 <= i < len(results) and bests[i] is not None
                      and bests[i].entity in PLACE_ENTITIES - {"LOCATION"}), None)
        if place is None:
            continue
        _claim(result, "STREET_ADDRESS", [*top.signals,
                                          Signal("table", f"an address line next to the place '{place.sample.path}'",
                                                 STREET_SUPPORT)])
        found.append(index)
    return found


def _part(result: FieldResult, adjacent: bool, filled: set[int]) -> tuple[str, str] | None:
    """Which part of an address the column is (entity and why), if its values are of one kind
    and it is filled as often as the street (next to the block: at most as often)."""
    values = result.sample.values
    if not (pa.types.is_string(values.type) or pa.types.is_integer(values.type)):
        return None
    count = _count(values)
    if not (count in filled or (adjacent and 0 < count <= max(filled))):
        return None
    text = pc.utf8_trim_whitespace(pc.cast(values, pa.string()).drop_null())
    distinct = pc.unique(pc.filter(text, pc.not_equal(text, "")))
    if pa.types.is_string(values.type) and not sexes(result.sample):  # `Male` is the Maldives' capital
        codes = _share(rx.match(distinct, r"^[A-Z]{2,3}$"), distinct) == 1.0
        words = not codes and _share(rx.match(distinct, _PLACE_WORDS), distinct) == 1.0
        if codes and not adjacent and len(distinct) <= FEW_CODES and count >= POSTCODE_MIN_VALUES:
            return None  # `HP` on every row, away from the address: a code of the record (HL7's address use)
        if codes or words:  # `KY`, `Kentucky`; never `ky`, `bar`, `No` or `pt` (answers, words, languages)
            if _share(in_vocabulary(distinct, "subdivisions"), distinct) == 1.0:
                return "REGION", "state or province names or codes"
            if _share(in_vocabulary(distinct, "countries" if words else "country_codes+country_codes3"), distinct) == 1.0:
                return "COUNTRY", "country names or codes"
    if not adjacent:
        return None
    if _share(rx.match(distinct, _POSTCODE), distinct) >= LOOSE_SHARE and not _years(distinct) \
            and not (count >= POSTCODE_MIN_VALUES and len(distinct) < POSTCODE_DISTINCT * count) \
            and not counting(distinct):
        # a code that completes the address on the envelope: the postal address's part, as the
        # street is (alone, a postal code is an approximate place: PostalCodeRecognizer's LOCATION)
        return "STREET_ADDRESS", "postal codes"
    if not pa.types.is_string(values.type):
        return None
    if _second_lines(distinct):
        return "STREET_ADDRESS", "second address lines (a unit, suite or floor)"
    places = pc.and_(rx.match(distinct, _PLACE_WORDS), in_vocabulary(distinct, "gazetteer"))
    if _share(places, distinct) >= LOOSE_SHARE:
        return "CITY", "GeoNames place names"
    return None


#: places a district lies in, which the envelope writes after it
TOWN_ENTITIES = frozenset({"CITY", "REGION"})


def _district(results: Sequence[FieldResult], index: int, threshold: float,
              streets: list[int]) -> tuple[str, str] | None:
    """A column of capitalised place words after the street (or the street's house number) and
    before an accepted city or state: the address's district or neighbourhood."""
    after = results[index + 1].best(threshold) if index + 1 < len(results) else None
    if after is None or after.entity not in TOWN_ENTITIES:
        return None
    if index - 1 not in streets and not (index - 2 in streets and _house_numbers(results[index - 1])):
        return None
    values = results[index].sample.values
    if not pa.types.is_string(values.type) or sexes(results[index].sample):
        return None
    distinct = pc.unique(pc.utf8_trim_whitespace(values.drop_null()))
    if not len(distinct) or _share(rx.match(distinct, _PLACE_WORDS), distinct) < LOOSE_SHARE:
        return None
    return "LOCATION", "districts (capitalised place words) between the street and its city"


def _house_numbers(result: FieldResult) -> bool:
    """A column of house numbers: short numbers, `s/n` (no number) or a number and a letter."""
    values = result.sample.values
    if pa.types.is_integer(values.type):
        return True
    return pa.types.is_string(values.type) and len(values.drop_null()) > 0 and \
        _share(rx.match(values.drop_null(), r"(?i)^(?:\d{1,6}[a-z]?|s/n|sn)$"), values.drop_null()) >= LOOSE_SHARE


def _years(distinct: pa.Array) -> bool:
    """Four-digit numbers all within 1900-2099: years (a model year, a year of birth), no postcodes."""
    return _share(rx.match(distinct, r"^(?:19|20)\d\d$"), distinct) == 1.0


#: a register's numbers count up: this many of them, filling their range at least this densely
COUNTING_MIN = 10
COUNTING_DENSITY = 0.9


def counting(distinct: pa.Array) -> bool:
    """Numbers that fill their range (`10001`, `10002` … `10505`: a register's own numbering): no
    postcodes, which the people of a register scatter over the country's range."""
    numbers = pc.cast(pc.filter(distinct, rx.match(distinct, r"^\d{1,9}$")), pa.int64())
    if len(numbers) < COUNTING_MIN:
        return False
    low, high = (v.as_py() for v in pc.min_max(numbers).values())
    return len(numbers) >= COUNTING_DENSITY * (high - low + 1)


def _is_unit(result: FieldResult) -> bool:
    values = result.sample.values
    return pa.types.is_string(values.type) and _second_lines(pc.unique(values.drop_null()))


def _second_lines(distinct: pa.Array) -> bool:
    """Values of an address's second line: units, suites and floors (`Suite 400`, `Level 3`), in
    a column whose other values are further address lines with a number (`8 Temasek`,
    `PB 211 Sentrum`): at least UNIT_SHARE units, and UNIT_SHARE + NUMBERED_SHARE with them."""
    units = as_mask(rx.match(distinct, _UNIT))
    numbered = as_mask(rx.match(distinct, r"\d"))
    return len(distinct) > 0 and units.mean() >= UNIT_SHARE and (units | numbered).mean() >= UNIT_SHARE + NUMBERED_SHARE


def _share(mask: pa.Array, distinct: pa.Array) -> float:
    return float(as_mask(mask).mean()) if len(distinct) else 0.0


def _count(values: pa.Array) -> int:
    """How many values the column's sample holds (a sample holds non-null values; a test's may not)."""
    return len(values) - values.null_count


def _claim(result: FieldResult, entity: str, signals: list[Signal]) -> None:
    confidence = 1.0
    for signal in signals:
        confidence *= 1.0 - signal.score
    examples = [str(v) for v in pc.unique(result.sample.values.drop_null().slice(0, 50)).slice(0, 3).to_pylist()]
    result.detections.insert(0, Detection(path=result.sample.path, entity=entity, confidence=round(1.0 - confidence, 4),
                                          signals=signals, examples=mask_examples(examples, entity),
                                          recognizer="neighbours"))
    result.detections.sort(key=lambda d: d.confidence, reverse=True)
