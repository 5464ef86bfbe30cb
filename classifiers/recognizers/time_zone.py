"""Time-zone settings: IANA zone names (tz database via `zoneinfo`) and UTC offsets.

A zone name (`America/New_York`, legacy links such as `Asia/Calcutta` included) is telling on
its own, as is a whole value in offset notation (`+08:00`, `UTC+8`, `-0530`: inside a
timestamp an offset is never the whole value). Signed hours (`+8`) need a name. Offsets in seconds or minutes (`28800`, `-300`) are bare
numbers, decided by the name alone, as are abbreviations (`PST`, `CET`: short and ambiguous).
Windows zone ids (`Pacific Standard Time`) and display names (`(GMT-08:00) America/Los_Angeles`)
are telling alone.
"""
from __future__ import annotations

import zoneinfo
from functools import lru_cache

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.recognizer import FieldRecognizer, ValuePattern, VocabularyMatch


@lru_cache(maxsize=1)
def _zone_names() -> pa.Array:
    return pa.array(sorted(z.lower() for z in zoneinfo.available_timezones()), pa.string())


#: a zone offset in milliseconds is whole quarter hours, at most fourteen hours either way
_OFFSETS_MS = "|".join(str(quarter * 900_000) for quarter in range(56, 0, -1))


class TimeZoneRecognizer(FieldRecognizer):
    entity = "TIME_ZONE"
    names = ("tz", "timezone", "time zone", "tz name", "tzname", "utc offset", "tz offset", "gmt offset",
             "timezone offset", "time zone offset", "zoneinfo", "olson", "iana zone", "tzid")
    weak_names = ("zone", "offset")
    # `install_time_selected_timezone` holds timestamps: the values decide, but these never do
    negative_names = ("count", "warehouse", "delivery", "availability", "shipping", "region",
                      "time selected timezone", "time in timezone", "tstamp", "timestamp", "datetime", "date",
                      # flags about the zone (`tzKnown`, `is_tz_set`) are no zone
                      "known", "flag", "is", "has", "valid", "enabled", "synced")
    patterns = (
        ValuePattern("iana zone", r"[A-Za-z]+(?:/[A-Za-z0-9_+-]+){1,2}|UTC|GMT|Etc/[A-Za-z0-9+-]+", 0.9),
        # `+08:00`, `-0500`, `UTC+0100`, `GMT-5`: an offset's own notation, telling alone
        ValuePattern("utc offset", r"(?:UTC|GMT)[+\-−]\d{1,2}(?::?[0-5]\d)?|[+\-−](?:0\d|1[0-4]):?[0-5]\d|UTC|GMT", 0.6),
        # `+8`, `-5`: also any signed small number (a score change), so a name must back it
        ValuePattern("signed hours", r"[+\-−](?:0?\d|1[0-4])", 0.2),
        ValuePattern("offset seconds or minutes", r"-?\d{1,5}", 0.1),
        # milliseconds, as JavaScript and analytics SDKs keep it (`28800000` is UTC+8): whole
        # quarter hours within fourteen hours (the validator), so a name must still back it
        ValuePattern("offset milliseconds", rf"-?(?:{_OFFSETS_MS})", 0.3),
        # how Chinese settings screens name the zone (`北京时间` is UTC+8, `东八区` the eighth zone east)
        ValuePattern("chinese zone name", r"北京时间|中国标准时间|东[一二三四五六七八九十]{1,2}区|西[一二三四五六七八九十]{1,2}区"
                                          r"|(?:香港|台北|臺北|澳门|澳門|乌鲁木齐|東京|东京)(?:时间|時間)", 0.8),
        # a zone's display name, its offset first: `(GMT-08:00) America/Los_Angeles` (fitness and
        # calendar APIs), `(UTC+01:00) Amsterdam, Berlin, Bern` (Windows' zone picker)
        ValuePattern("zone display name", r"\((?:UTC|GMT)(?:[+\-−]\d{1,2}(?::?[0-5]\d)?)?\) ?[^()]{2,80}(?:\([^()]*\))?", 0.8),
        # Windows zone ids (`Pacific Standard Time`, `W. Europe Standard Time`)
        ValuePattern("windows zone", r"[A-Z][A-Za-z.() -]{1,40} (?:Standard|Daylight) Time", 0.75),
    )
    vocabularies = (VocabularyMatch("zone abbreviation", "tz_abbreviations", 0.3),)
    context = ("timezone", "time zone", "tz", "utc", "gmt", "offset")

    remembers_verdicts = False  # its validator is vectorised

    def validate(self, candidates: pa.Array) -> pa.Array:
        """Zone-shaped candidates must be tz database names; offsets and numbers pass through."""
        lower = pc.utf8_lower(candidates)
        is_zone = pc.is_in(lower, value_set=_zone_names())
        looks_like_zone = rx.match(candidates, r"^[A-Za-z]+/")
        return pc.fill_null(pc.or_(is_zone, pc.invert(looks_like_zone)), False)
