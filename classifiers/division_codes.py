"""China's administrative division codes (GB/T 2260) as where a row's person is, told by values.

A Chinese platform's address book or a driver's record keeps the province, city and district
as codes rather than names: six digits (`330100` 杭州市, `440305` 南山区), or twelve in the
statistics bureau's longer form (`510104000000`: the district's six, then the township's and
the village's three zeros each). Digits alone are any number; a column all of whose values are
codes of that table (python-stdnum's GB/T 2260 list: 6,885 of the 900,000 six-digit numbers),
over two provinces at least, in a table that holds something of a person, names places. Round
amounts fail the table: 100000, 200000 and 250000 are no province's codes.
"""
from __future__ import annotations

from functools import lru_cache

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal

#: six digits, or twelve whose last six are a township's and a village's (zeros above them)
CODE = r"^[1-8]\d{5}(?:\d{3}000|000000)?$"
#: distinct codes a column needs, and distinct provinces among them
MIN_DISTINCT = 3
MIN_PROVINCES = 2
VALUE_SCORE = 0.35


@lru_cache(maxsize=1)
def division_codes() -> pa.Array:
    """Every six-digit code of GB/T 2260 (provinces `330000`, cities `330100`, counties `330106`)."""
    from stdnum import numdb

    codes = set()
    for _, province, _, _, counties in numdb.get("cn/loc").prefixes:
        codes.add(province + "0000")
        codes.update(province + county for _, county, _, _, _ in counties)
    return pa.array(sorted(codes))


def signal(values: pa.Array) -> Signal | None:
    """The value signal of a column of division codes (integers or digits), or None."""
    if not (pa.types.is_integer(values.type) or pa.types.is_string(values.type)):
        return None
    distinct = pc.unique(pc.cast(values.drop_null(), pa.string()))
    if len(distinct) < MIN_DISTINCT or not pc.all(rx.match(distinct, CODE)).as_py():
        return None
    six = pc.utf8_slice_codeunits(distinct, 0, 6)
    if not pc.all(pc.is_in(six, value_set=division_codes())).as_py():
        return None
    if len(pc.unique(pc.utf8_slice_codeunits(distinct, 0, 2))) < MIN_PROVINCES:
        return None
    return Signal("value", f"{len(distinct)} distinct codes of China's administrative divisions (GB/T 2260)",
                  VALUE_SCORE, 1.0)

