"""Dates of birth and ages: they decide whether a user is a teen (policy clause 9).

Both are name-driven: a date or a small number says nothing alone, and `created_at`
timestamps must stay `none`. The validators keep the values plausible for a living person:
a birth date between 1900 and today (no time of day), an age between 0 and 120, a birth
year or month in range.
"""
from __future__ import annotations

import re

from datetime import date, datetime

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.fastpath import judged
from classifiers.fieldview import as_mask
from classifiers.evidence import Signal
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer, ValuePattern
from datamap.model import FieldSample

OLDEST_BIRTH_YEAR = 1900
MAX_AGE = 120
#: a 民國 date: the era's name and any year, or a three-digit (zero-padded) year with slashes
ROC_BIRTH = r"(?:民國|民国)\d{1,3}(?:年\d{1,2}月\d{1,2}日?|/\d{1,2}/\d{1,2})|\d{3}/\d{1,2}/\d{1,2}"
_ROC_BIRTH = re.compile(rf"^(?:{ROC_BIRTH})$")
#: the values of a yes/no flag, as numbers, words or letters
YES_NO_FLAG = r"(?i)^(?:0|1|true|false|yes|no|y|n|t|f)$"
ROC_OFFSET = 1911
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%m/%d/%Y", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%m-%d-%Y", "%Y%m%d",
                 "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%Y年%m月%d日", "%m/%d/%y", "%Y-%m", "%Y年%m月",
                 "%d-%b-%y", "%d-%b-%Y")  # the last two: Oracle's default (22-NOV-95)


class DateOfBirthRecognizer(FieldRecognizer):
    entity = "DATE_OF_BIRTH"
    names = ("dob", "bdate", "date of birth", "birth date", "birthdate", "birthday", "birth day", "bday", "born",
             "born on", "birth", "birth year", "year of birth", "birth month", "yob", "d o b", "birthdt")
    negative_names = ("place", "country", "city", "weight", "order", "rank", "certificate", "name")
    patterns = (
        ValuePattern("date", r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{8}|\d{4}-\d{2}"
                             r"|\d{1,2}-[A-Za-z]{3}-\d{2,4}|\d{1,2} [A-Za-z]{3,9} \d{4}|[A-Za-z]{3,9} \d{1,2}, \d{4}|\d{4}年\d{1,2}月(?:\d{1,2}日)?", 0.5),
        # Taiwan's 民國 calendar (year 1 = 1912), as its forms write a birthday: `075/03/12`,
        # `民國75年3月12日` (a three-digit year, or the era's name, tells it from a Gregorian date)
        ValuePattern("民國 date", ROC_BIRTH, 0.5),
        ValuePattern("date at midnight", r"\d{4}-\d{2}-\d{2}[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?", 0.45),
        # a date kept as an instant, the midnight of the writer's zone in UTC: a birthday saved
        # from Beijing by a Java Date or MongoDB is `1994-04-21T16:00:00Z`, always a whole hour
        ValuePattern("date at a zone's midnight",
                     r"\d{4}-\d{2}-\d{2}[T ]\d{2}:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)", 0.4),
        # a birth date in a DATETIME column (a seed script's `date_of_birth datetime` of
        # `2000-07-06 02:43:37`): the time of day is the column's type; the name decides, as
        # always here (`created_at` never takes these)
        ValuePattern("date and a time of day", r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?", 0.35),
        ValuePattern("year or month", r"\d{1,4}(?:\.0)?", 0.35),
        # PostgreSQL's `timestamp with time zone` written as its literal: the date, maybe a whole
        # hour, then the writer's offset (`1932-2-23+2:00`, `1931-3-21 12:00 -5:00`)
        ValuePattern("date and zone offset", r"\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:00(?::00)?)? ?[+-]\d{1,2}(?::?\d{2})?", 0.4),
    )
    context = ("born", "birth", "birthday", "dob")
    value_alone = False
    #: a yes/no flag about the birth date (OpenMRS's `birthdate_estimated` of 0/1, a
    #: `birthday_verified` of true/false) says how the date is known, and is no date itself
    other_forms = (("yes/no flags (0/1, true/false)", YES_NO_FLAG),)

    def validate(self, candidates: pa.Array) -> pa.Array:
        return judged(candidates, _iso_dates, is_birth_value)


#: things of a network whose `age` is how long they have lived, in seconds (Suricata's
#: `flow.age`, a DHCP lease's, an ARP entry's), no person's years
NETWORK_OBJECTS = ("flow", "connection", "conn", "lease", "arp", "route", "packet")


class AgeRecognizer(FieldRecognizer):
    entity = "AGE"
    closed_format = True  # an age is a whole number of years in a human range, nothing else
    names = ("age", "current age", "user age", "age years", "age in years", "customer age", "member age",
             "age group", "age range", "age bracket", "age band")
    negative_names = ("retirement", "page", "usage", "storage", "image", "message", "package", "mortgage",
                      "average", "avg", "cache", "max", "min", "ttl", "days", "day", "hours", "seconds", "ms",
                      "sec", "account", "data", "file", "record", "battery", "device", "product", "item", "post",
                      "token", "key", "password", "cookie", "session", "link", "content", "rating", "verified",
                      "gate", "limit", "minimum", *NETWORK_OBJECTS)
    patterns = (
        # survey data gives ages in years and fractions (`17.583`); a trial's or a registry's
        # age is often computed from two dates, to every digit a float keeps (`58.7652293`)
        ValuePattern("age", r"\d{1,3}(?:\.\d{1,16})?", 0.45),
        ValuePattern("age range", r"\d{1,2}\s*[-–~]\s*\d{1,3}|\d{2}\s*\+|under \d{2}|\d{2} and over", 0.5),
        # DICOM's age string: three digits and a unit, days to years (`024Y`, `006M`, `010D`)
        ValuePattern("DICOM age", r"\d{3}[DWMY]", 0.5),
        # a Chinese record's age with its unit: years, and months or days for infants (`37岁`,
        # `1岁3个月`, `8月`, `15天`), as hospital systems write it
        ValuePattern("age in Chinese units", r"\d{1,3} ?(?:岁|周岁)(?:\d{1,2}个?月)?|\d{1,2} ?个?月(?:\d{1,2}天)?|\d{1,3} ?天", 0.5),
    )
    context = ("age", "years old", "aged")
    value_alone = False

    def name_signal(self, name: NameTokens) -> Signal | None:
        """The `age` of a network object (`flow.age`) is its lifetime, as `flow_age` is."""
        if set(name.parent) & set(NETWORK_OBJECTS):
            return None
        return super().name_signal(name)

    def validate(self, candidates: pa.Array) -> pa.Array:
        return pa.array([_plausible_age(v) for v in candidates.to_pylist()], pa.bool_())

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """No age when every value is 0: a column of zeros is a default or a counter not yet
        counted (a Wi-Fi scan's `AGE` of each network in milliseconds), not people of no years."""
        if _all_zero(sample.values):
            return None
        return super().value_signal(sample)


class UnitAgeRecognizer(FieldRecognizer):
    """An age in whole years written with its Chinese unit (`34岁`, `2周岁`, `1岁3个月`), as
    hospital and registration systems export it, or as DICOM writes it (`076Y`): the 岁 or the
    `Y` says what the number is, so these values decide without a name (bare numbers and months or days, durations as often, need
    AgeRecognizer's name)."""
    entity = "AGE"
    closed_format = True
    negative_names = AgeRecognizer.negative_names
    patterns = (ValuePattern("age in years, Chinese unit", r"\d{1,3} ?(?:岁|周岁)(?:\d{1,2}个?月)?", 0.6),
                # DICOM's age string in years (PatientAge `076Y`): three digits and the unit, a
                # format nothing else writes (months, weeks and days, `006M`, read as sizes too)
                ValuePattern("DICOM age in years", r"\d{3}Y", 0.6))
    value_alone = True
    in_free_text = False  # AgeRecognizer's own pattern finds these ages in text

    def validate(self, candidates: pa.Array) -> pa.Array:
        return pa.array([_plausible_age(v) for v in candidates.to_pylist()], pa.bool_())


def _all_zero(values: pa.Array) -> bool:
    """Every non-null value is the number 0 (as a number or as text), and there is one."""
    present = values.drop_null()
    if len(present) == 0:
        return False
    if pa.types.is_integer(present.type) or pa.types.is_floating(present.type):
        return pc.all(pc.equal(present, 0)).as_py()
    if pa.types.is_string(present.type) or pa.types.is_large_string(present.type):
        return pc.all(rx.match(present, r"^\s*0+(?:\.0+)?\s*$")).as_py()
    return False


def _plausible_age(text: str | None) -> bool:
    if _DECIMAL_AGE.match(text or ""):
        return 0 <= float(text) <= MAX_AGE
    digits = "".join(c if c.isdigit() else " " for c in (text or "")).split()
    return bool(digits) and all(0 <= int(d) <= MAX_AGE for d in digits)


_DECIMAL_AGE = re.compile(r"^\d{1,3}\.\d+$")
_DATE_AND_OFFSET = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})(?: \d{1,2}:00(?::00)?)? ?[+-]\d{1,2}(?::?\d{2})?$")
#: a date and a time of day as a DATETIME column prints it (`2000-07-06 02:43:37`)
_DATE_AND_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$")
_ZONED_WHOLE_HOUR = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$")


def _iso_dates(candidates: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """The fast path of `is_birth_value`: real ISO dates (`1984-07-21`, what a DATE column
    prints), which its first format reads, are births when between 1900 and today."""
    iso = as_mask(rx.match(candidates, r"^\d{4}-\d{2}-\d{2}$"))
    parsed = pc.strptime(candidates, format="%Y-%m-%d", unit="s", error_is_null=True)
    # a date pyarrow reads and prints back unchanged is one Python's strptime reads alike
    real = as_mask(pc.equal(pc.strftime(parsed, format="%Y-%m-%d"), candidates))
    day = pc.cast(parsed, pa.date32())
    born = pc.and_(pc.greater_equal(day, pa.scalar(date(OLDEST_BIRTH_YEAR, 1, 1), pa.date32())),
                   pc.less_equal(day, pa.scalar(date.today(), pa.date32())))
    return iso & real, as_mask(born)


def is_birth_value(text: str | None) -> bool:
    """A plausible birth date, birth year (1900..now) or month/day number."""
    if not text:
        return False
    value = text.strip()
    if value.endswith(".0"):
        value = value[:-2]
    today = date.today()
    if value.isdigit() and len(value) <= 4:
        number = int(value)
        return 1 <= number <= 31 or OLDEST_BIRTH_YEAR <= number <= today.year
    if _ROC_BIRTH.match(value):
        year, month, day = (int(part) for part in re.findall(r"\d+", value))
        try:
            return date(year + ROC_OFFSET, month, day) <= today
        except ValueError:
            return False
    zoned = _DATE_AND_OFFSET.match(value)
    if zoned:
        value = zoned.group(1)
    if "T" in value or " 00:00" in value or _ZONED_WHOLE_HOUR.match(value) or _DATE_AND_TIME.match(value):
        value = value.replace("T", " ").split(" ", 1)[0]
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        return OLDEST_BIRTH_YEAR <= parsed.year and parsed <= today
    return False
