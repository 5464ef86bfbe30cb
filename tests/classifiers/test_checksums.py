"""Luhn check digits (ISO/IEC 7812-1) as validators use them."""
from __future__ import annotations

import pyarrow as pa
import pytest

from classifiers.checksums import luhn, luhn_valid


@pytest.mark.parametrize("digits", ["490154203237518", "356938035643809", "4111111111111111", "79927398713"])
def test_valid(digits):
    assert luhn(digits)


@pytest.mark.parametrize("digits", ["490154203237519", "4111111111111112", "79927398710", "12a4", ""])
def test_invalid(digits):
    assert not luhn(digits)


def test_vectorised_mask():
    assert luhn_valid(pa.array(["490154203237518", "490154203237519", None])).to_pylist() == [True, False, False]
