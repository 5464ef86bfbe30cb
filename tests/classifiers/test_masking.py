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


@pytest.mark.parametrize(("value", "masked"), [
    ("fe80::1%eth\u0660", "fe80:0000:x:x:x:x:x:x"),
    ("fe80::1%\u0663", "fe80:0000:x:x:x:x:x:x"),
    ("2001:db8::1%\u00e9", "2001:0db8:x:x:x:x:x:x"),
])
def test_ipv6_with_a_zone_that_is_not_ascii_is_masked(value, masked):
    assert mask_value(value, "IP_ADDRESS") == masked


def test_long_values_are_cut():
    assert len(mask_value("word " * 100)) <= 60


def test_text_ruled_out_before_ipaddress_is_text_ipaddress_refuses():
    """`_mask_ip` hands ipaddress only text of hex digits, dots and colons (before a zone):
    every other text is one ipaddress would refuse, so the masks are those of asking it."""
    import ipaddress
    import random

    from classifiers.masking import _IP_TEXT

    rng = random.Random(7)
    values = ["".join(rng.choice("0123456789abcdefABCDEFxz.:%[] -\u0661\uff11") for _ in range(rng.randint(0, 20)))
              for _ in range(20000)]
    values += ["".join(rng.choice("0123456789abcdef.:") for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    values += ["1.2.3.4", "::1", "[::1]", "fe80::1%eth0", "1.2.3.4%x", "\u0661.2.3.4", "::ffff:1.2.3.4", "1.2.3.4]"]
    readable = 0
    for value in values:
        text = value.strip("[]").split("%", 1)[0]
        try:
            ipaddress.ip_address(value.strip("[]"))
            readable += 1
        except ValueError:
            continue
        assert _IP_TEXT.fullmatch(text), value
    assert readable > 50


@pytest.mark.parametrize(("value", "masked"), [
    # a template slot or a message tail taken as an email with the text after it
    ("chloe.kowalski@acme-retail.com (user=u_28276307)", "c***@a***.com (u***=u_2*******)"),
    ("joe@example.com?subject=hi 12345678", "j***@e***.com?s******=h* 1*******"),
    ("ann@example.org>", "a***@e***.org>"),
])
def test_what_follows_an_emails_domain_is_masked_too(value, masked):
    assert mask_value(value, "EMAIL_ADDRESS") == masked
    assert "28276307" not in masked and "subject" not in masked


@pytest.mark.parametrize(("value", "masked"), [
    # a log slot: one-digit octets were words kept whole by the first-character rule
    ("pop3(username,1.2.3.4)", "p***(u*******,1.2.3.x)"),
    ("rip=190.210.136.21, lip=10.0.0.7", "r**=190.210.136.x, l**=10.0.0.x"),
])
def test_an_address_inside_text_is_masked_as_an_address(value, masked):
    assert mask_value(value) == masked
    assert mask_value(value, "DEVICE_MODEL") == masked


def test_a_value_without_an_at_sign_is_not_masked_as_an_email_whatever_the_entity():
    """wild4's `in_reply_to_account_id` (18-digit ids) was masked `***@***.613731157507601139`."""
    assert mask_value("613731157507601139", "EMAIL_ADDRESS") == "6*****************"
    assert mask_value("203.0.113.9", "EMAIL_ADDRESS") == "203.0.113.x"
