"""Privacy statistics of a classified sample: the share of minors, and re-identification risk.

Both are computed once per dataset, right after its fields are classified and before the
sample is dropped, and only aggregates leave this module: counts, shares and bits, never a
birth date or a combination of attribute values.

- Ages (policy clause 9, teens): for every field classified as a date of birth or an age,
  how many sampled people are younger than the policy's teen age.
- Re-identification (fingerprinting) risk: the quasi-identifier fields of the dataset (device
  attributes, approximate location, date of birth, postal address), the joint entropy of their
  combination over the sample rows, the share of rows whose combination is unique, and the
  smallest group size k. A sample too small to measure falls back to a prior: the sum of
  published per-attribute entropies (`QUASI_IDENTIFIERS`), which overstates the risk of
  correlated attributes (docs/reviewers.md says so and cites the sources).
"""
from __future__ import annotations

import numpy as np
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from datamap.model import DatasetSample

#: entity types whose values are a birth date or an age
AGE_ENTITIES = ("DATE_OF_BIRTH", "AGE")

#: Quasi-identifier entity types, with a prior entropy in bits for one attribute.
#: Browser figures are from Eckersley, "How Unique Is Your Web Browser?" (PETS 2010,
#: Panopticlick, table 1): user agent 10.0, screen resolution and colour depth 4.83, time zone
#: 3.04. The others are upper bounds of a uniform choice among the values a population
#: realistically shows (documented in docs/reviewers.md): they are priors, not measurements.
QUASI_IDENTIFIERS: dict[str, float] = {
    "USER_AGENT": 10.0,          # Eckersley 2010
    "SCREEN_RESOLUTION": 4.83,   # Eckersley 2010 (resolution and colour depth)
    "TIME_ZONE": 3.04,           # Eckersley 2010
    "DEVICE_MODEL": 8.0,         # log2 of ~250 models covering most devices in use
    "OPERATING_SYSTEM": 4.0,     # log2 of ~16 common system versions
    "MOBILE_CARRIER": 5.0,       # log2 of ~32 carriers seen in one market
    "NETWORK_TYPE": 2.0,         # wifi, 3g, 4g, 5g
    "AUDIO_DEVICE": 3.0,         # log2 of ~8 common output devices
    "LOCATION": 6.0,             # a city among ~64 a service mostly sees
    "CITY": 6.0,
    "REGION": 4.0,
    "COUNTRY": 3.0,
    "DATE_OF_BIRTH": 14.8,       # log2(365 days x 80 years): Sweeney 2000, Golle 2006
    "AGE": 6.3,                  # log2(80 years)
    "STREET_ADDRESS": 15.0,      # at least a postal code: log2(~40,000 US ZIP codes)
}

#: a combination is measured from the sample only when there are at least this many rows
MIN_ROWS_MEASURED = 30
#: a dataset's fingerprint is near-unique when this share of its sample rows is unique
NEAR_UNIQUE_SHARE = 0.5
#: the policy's teen age when it names none: minors under PRC law (未成年人) and GDPR's default
DEFAULT_TEEN_AGE = 18


@dataclass(frozen=True)
class AgeProfile:
    """How many sampled people of one field are younger than the teen age (counts only)."""

    field: str
    entity: str
    people: int          # sampled values that read as a plausible age
    under_age: int       # of them, younger than teen_age at `as_of`
    teen_age: int

    @property
    def share(self) -> float:
        return self.under_age / self.people if self.people else 0.0


@dataclass(frozen=True)
class ReidentificationProfile:
    """Fingerprinting risk of a dataset's quasi-identifiers together."""

    fields: tuple[str, ...]
    entities: tuple[str, ...]
    rows: int                      # sample rows with at least one quasi-identifier value
    entropy_bits: float | None     # joint entropy of the combination in the sample
    unique_share: float | None     # share of rows whose combination no other row shares
    min_group_size: int | None     # k: the smallest group of rows sharing a combination
    prior_bits: float              # sum of per-attribute priors (overstates correlated attributes)
    method: str                    # "sample" or "prior"

    @property
    def near_unique(self) -> bool:
        if self.method == "sample":
            return (self.unique_share or 0.0) >= NEAR_UNIQUE_SHARE
        # no measurement: enough bits to single out one person among a billion
        return self.prior_bits >= 30.0


@dataclass
class DatasetProfile:
    ages: list[AgeProfile] = field(default_factory=list)
    reidentification: ReidentificationProfile | None = None


def profile_dataset(sample: DatasetSample, classified: Sequence[object], threshold: float,
                    teen_age: int = DEFAULT_TEEN_AGE, as_of: date | None = None) -> DatasetProfile:
    """The privacy statistics of one classified dataset sample.

    `classified` holds the dataset's `FieldResult`s (classifiers.engine); a field counts with
    its best detection at `threshold`.
    """
    as_of = as_of or datetime.now(timezone.utc).date()
    best: dict[str, tuple[str, object]] = {}
    for result in classified:
        detection = result.best(threshold)  # type: ignore[attr-defined]
        if detection is not None:
            best[result.sample.path] = (detection.entity, result.sample)  # type: ignore[attr-defined]
    profile = DatasetProfile()
    for path, (entity, field_sample) in best.items():
        if entity in AGE_ENTITIES:
            counts = _ages(field_sample.values, entity, teen_age, as_of)  # type: ignore[attr-defined]
            if counts is not None:
                profile.ages.append(AgeProfile(path, entity, counts[0], counts[1], teen_age))
    quasi = [(path, entity) for path, (entity, _) in best.items() if entity in QUASI_IDENTIFIERS]
    if quasi:
        profile.reidentification = _reidentification(sample.rows, quasi)
    return profile


# -- ages -------------------------------------------------------------------------------------
def _ages(values: pa.Array, entity: str, teen_age: int, as_of: date) -> tuple[int, int] | None:
    """(people, under_age) among the values, or None when none reads as an age."""
    if entity == "AGE":
        ages = _numbers(values)
    else:
        born = _dates(values)
        if born is None:
            return None
        days = pc.days_between(born, pa.scalar(as_of, pa.date32()))
        ages = pc.divide(pc.cast(days, pa.float64()), 365.2425)
    plausible = pc.and_(pc.greater_equal(ages, 0), pc.less(ages, 125))
    kept = pc.filter(ages, pc.fill_null(plausible, False))
    if len(kept) == 0:
        return None
    under = pc.sum(pc.cast(pc.less(kept, teen_age), pa.int64())).as_py() or 0
    return len(kept), int(under)


def _numbers(values: pa.Array) -> pa.Array:
    if pa.types.is_integer(values.type) or pa.types.is_floating(values.type):
        return pc.cast(values, pa.float64())
    text = pc.utf8_trim_whitespace(pc.cast(values, pa.string()))
    numeric = rx.match(text, r"^\d{1,3}(\.\d+)?$")
    return pc.cast(pc.if_else(numeric, text, None), pa.float64())


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%Y%m%d", "%d-%b-%y", "%d-%b-%Y")


def _dates(values: pa.Array) -> pa.Array | None:
    """The values as dates (date32), reading the format most of them are written in."""
    if pa.types.is_date(values.type):
        return pc.cast(values, pa.date32())
    if pa.types.is_timestamp(values.type):
        return pc.cast(values, pa.date32())
    text = pc.utf8_trim_whitespace(pc.cast(values, pa.string()))
    text = pc.utf8_slice_codeunits(text, 0, 10)  # an ISO timestamp's date part
    best: pa.Array | None = None
    for fmt in _DATE_FORMATS:
        parsed = pc.strptime(text, format=fmt, unit="s", error_is_null=True)
        if best is None or parsed.null_count < best.null_count:
            best = parsed
    if best is None or best.null_count == len(best):
        return None
    return pc.cast(best, pa.date32())


# -- re-identification ------------------------------------------------------------------------
def _reidentification(rows: pa.Table | None, quasi: Iterable[tuple[str, str]]) -> ReidentificationProfile:
    quasi = sorted(quasi)
    paths = tuple(path for path, _ in quasi)
    entities = tuple(entity for _, entity in quasi)
    prior = round(sum(QUASI_IDENTIFIERS[entity] for entity in entities), 2)
    columns = [_column_at(rows, path) for path in paths] if rows is not None else []
    if rows is None or any(column is None for column in columns):
        return ReidentificationProfile(paths, entities, rows.num_rows if rows is not None else 0,
                                       None, None, None, prior, "prior")
    table = pa.table({f"q{i}": pc.cast(column, pa.string()) for i, column in enumerate(columns)})
    present = None
    for column in table.columns:
        valid = pc.is_valid(column)
        present = valid if present is None else pc.or_(present, valid)
    table = table.filter(present)
    if table.num_rows < MIN_ROWS_MEASURED:
        return ReidentificationProfile(paths, entities, table.num_rows, None, None, None, prior, "prior")
    # on this thread: Acero's thread pool costs a scan's process more than the grouping itself
    # (28 ms a table waiting on it beside two busy workers, 0.2 ms of work)
    groups = table.group_by(table.column_names, use_threads=False).aggregate([([], "count_all")])
    sizes = groups.column("count_all").to_numpy()
    total = float(sizes.sum())
    shares = sizes / total
    entropy = -float(shares @ np.log2(shares))  # vectorised: a Python loop over 1,000 groups cost 5 ms a table
    unique = float((sizes == 1).sum()) / total
    return ReidentificationProfile(paths, entities, int(total), round(entropy, 3), round(unique, 4),
                                   int(sizes.min()), prior, "sample")


def _column_at(rows: pa.Table, path: str) -> pa.Array | None:
    """The row-aligned column at a dot path (struct fields followed), or None if the path
    crosses a list or is not there."""
    if path in rows.column_names:
        column = rows.column(path)
        array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        return None if pa.types.is_list(array.type) or pa.types.is_large_list(array.type) else array
    for cut in range(len(path.split(".")) - 1, 0, -1):
        head = ".".join(path.split(".")[:cut])
        if head not in rows.column_names:
            continue
        column = rows.column(head)
        array: pa.Array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        for part in path.split(".")[cut:]:
            if not pa.types.is_struct(array.type) or array.type.get_field_index(part) < 0:
                return None
            array = pc.struct_field(array, [array.type.get_field_index(part)])
        return None if pa.types.is_list(array.type) else array
    return None
