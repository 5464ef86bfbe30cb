"""Check digits that validators share: Luhn (ISO/IEC 7812-1) for IMEIs and payment cards."""
from __future__ import annotations

import pyarrow as pa


def luhn(digits: str) -> bool:
    """True when a string of digits ends in a correct Luhn check digit."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def luhn_valid(candidates: pa.Array) -> pa.Array:
    """Boolean mask: which candidate digit strings pass Luhn (non-digits fail)."""
    return pa.array([bool(v) and luhn(v) for v in candidates.to_pylist()], pa.bool_())
