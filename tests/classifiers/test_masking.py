"""Masked examples never hold the raw value."""
from __future__ import annotations

import pytest

from classifiers.masking import mask_value


@pytest.mark.parametrize(("value", "entity", "masked"), [
    ("jane.doe@example.com", "EMAIL_ADDRESS", "j***@e***.com"),
    ("203.0.113.7", "IP_ADDRESS", "203.0.113.x"),
    ("203.0.113.7:8080", "IP_ADDRESS", "203.0.113.x:x"),
    ("2001:db8::1", "IP_ADDRESS", "2001:0db8:x:x:x:x:x:x"),
    ("Jane Doe", "PERSON", "J*** D**"),
    ("+1 415-555-0133", "PHONE_NUMBER", "+1 4**-5**-0***"),
])
def test_masks(value, entity, masked):
    assert mask_value(value, entity) == masked


@pytest.mark.parametrize("value", ["4111 1111 1111 1111", "37.774929", "AirPods Pro", "9774d56d682e549c"])
def test_a_mask_never_equals_the_value_and_keeps_its_shape(value):
    masked = mask_value(value)
    assert masked != value
    assert len(masked) == len(value)


def test_long_values_are_cut():
    assert len(mask_value("word " * 100)) <= 60
