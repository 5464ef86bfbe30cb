"""Fields that hold a measured quantity: a name ending in a unit of measure (`DNI (W/m^2)`,
`Dew-point (C)`, `Pressure [mbar]`), or one that begins with the quantity such a sibling names
(`DNI source`, `Dew-point uncert (code)` beside `DNI (W/m^2)` and `Dew-point (C)`: the
measurement's source flag and its uncertainty).

Sensor and weather tables (TMY3, station exports, data loggers) name their columns by the
quantity's abbreviation, and those abbreviations collide with the words recognizers listen for:
`DNI` (direct normal irradiance) is Spain's identity document, `DN` a directory's distinguished
name, a dew *point* a point on the map. A quantity measured in a unit is none of those: what it
can still be is a measure itself (a battery's charge in %, an age in years, a coordinate in
degrees), so only such entities keep what the name says (see `keeps_name`).
"""
from __future__ import annotations

import re
from functools import lru_cache

#: symbols and words of units, compared in lower case (`W`, `m^2`, `cd`, `lx`, `°C`, `mbar`...)
UNIT_WORDS = frozenset({
    "%", "‰", "c", "°c", "f", "°f", "k", "°", "deg", "degree", "degrees", "rad", "radians",
    "w", "kw", "mw", "wh", "kwh", "mwh", "v", "mv", "kv", "a", "ma", "mah", "ah", "ohm", "ω", "hz",
    "khz", "mhz", "ghz", "j", "kj", "cal", "kcal", "lx", "lux", "lm", "cd", "nit", "nits",
    "pa", "hpa", "kpa", "mpa", "bar", "mbar", "psi", "atm", "mmhg", "inhg",
    "m", "cm", "mm", "km", "um", "µm", "nm", "in", "ft", "mi", "yd",
    "g", "kg", "mg", "ug", "µg", "lb", "lbs", "oz", "t", "l", "ml", "dl", "gal",
    # no bare `s`: `Author(s)`, `Email(s)` are plurals
    "sec", "secs", "ms", "us", "µs", "ns", "min", "mins", "h", "hr", "hrs", "hour", "hours",
    "day", "days", "yr", "yrs", "year", "years", "mph", "kph", "kmh", "knots", "kt",
    "db", "dba", "dbm", "bpm", "rpm", "ppm", "ppb", "px", "dpi", "ppi",
    "b", "kb", "mb", "gb", "tb", "bit", "bits", "kbps", "mbps", "gbps",
    "tenths", "oktas", "unitless", "dimensionless", "fraction", "ratio", "percent",
})
#: entities a measured quantity can be (see the module's docstring); every other entity's
#: name signal is dropped on such a field
MEASURES = frozenset({"AGE", "AUDIO_SETTING", "BATTERY_STATE", "ENGAGEMENT_METRIC", "KEYSTROKE_TIMING",
                      "SCREEN_RESOLUTION", "TIME_ZONE"})
#: units a coordinate is given in: only these leave a coordinate's name standing
ANGLES = frozenset({"°", "deg", "degree", "degrees", "rad", "radians", "dd"})

_SUFFIX = re.compile(r"^(?P<stem>.*?[^\s(\[])\s*[(\[](?P<unit>[^()\[\]]+)[)\]]\s*$")
_UNIT_PART = re.compile(r"[/*·^\s]+|(?<=[a-z%°])(?=\d)")


def unit_of(name: str) -> tuple[str, str] | None:
    """(stem, unit) when `name` ends in a unit of measure in brackets, else None."""
    match = _SUFFIX.match(name)
    if match is None:
        return None
    parts = [p for p in _UNIT_PART.split(match.group("unit").strip().lower()) if p and not p.isdigit()]
    # a bare `s` is a plural (`Author(s)`), a second in a compound unit (`m/s`)
    if not parts or not all(p in UNIT_WORDS or (p == "s" and len(parts) > 1) for p in parts):
        return None
    return match.group("stem").strip(), match.group("unit").strip().lower()


@lru_cache(maxsize=1024)
def measured_stems(paths: tuple[str, ...]) -> frozenset[str]:
    """The quantities (lower-case stems) a table's columns measure in a unit."""
    return frozenset(found[0].lower() for path in paths if "." not in path and (found := unit_of(path)))


def measured(path: str, paths: tuple[str, ...]) -> str | None:
    """The unit (`""` when only a sibling gives one) when the field holds a measured quantity or
    a fact of one (its source, its uncertainty), else None."""
    if "." in path:
        return None
    if (found := unit_of(path)) is not None:
        return found[1]
    lower = path.lower()
    for stem in measured_stems(paths):
        if len(stem) >= 2 and lower.startswith(stem) and lower[len(stem):len(stem) + 1] in (" ", "_", "-"):
            return ""
    return None


def keeps_name(entity: str, unit: str) -> bool:
    """Whether a name signal for `entity` stands on a field measured in `unit`."""
    if entity == "GPS_COORDINATE":
        return unit in ANGLES
    return entity in MEASURES
