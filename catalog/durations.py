"""ISO 8601 durations (`P90D`, `P1Y6M`, `PT12H`) as retention periods, compared in days."""
from __future__ import annotations

import re

_DURATION = re.compile(
    r"^P(?!$)(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)S)?)?$")

# calendar units as average lengths: retention limits are compared, not scheduled
_DAYS = {"years": 365.2425, "months": 30.436875, "weeks": 7, "days": 1,
         "hours": 1 / 24, "minutes": 1 / 1440, "seconds": 1 / 86400}


def parse_duration(text: str) -> float:
    """The duration in days. Raises ValueError for anything that is not ISO 8601."""
    match = _DURATION.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"not an ISO 8601 duration: {text!r} (examples: P90D, P1Y, P6M)")
    return sum(_DAYS[unit] * int(value) for unit, value in match.groupdict().items() if value)
