"""Telephone numbers: names, formats validated by phonenumbers, and what is not a phone."""
from __future__ import annotations

import pytest

from classifiers.recognizers.phone_number import PhoneNumberRecognizer, is_phone_number
from tests.classifiers.support import best_entity, name_score, real_column, value_score


@pytest.fixture(scope="module")
def recognizer():
    return PhoneNumberRecognizer()


@pytest.mark.parametrize("name", ["phone", "phone_number", "mobilePhone", "msisdn", "shouji", "dianhua", "tel",
                                  "contact.phone", "user.mobile_number", "cellphone"])
def test_phone_names(recognizer, name):
    assert name_score(recognizer, name) >= 0.7


@pytest.mark.parametrize("name", ["phone_verified", "phone_model", "phone_os", "telemetry", "hotel", "mobile_carrier",
                                  "phone_country_code", "imei"])
def test_not_phone_names(recognizer, name):
    assert name_score(recognizer, name) < 0.5


@pytest.mark.parametrize("value", ["+1 415-555-0133", "+19513467106", "+49(0)8121 17271", "13812345678",
                                   "+86 138 1234 5678", "(415) 555-0133", "001-503-252-1234x123",
                                   "+44 20 7946 0958", "0044 20 7946 0958", "+1-904-805-2611x805"])
def test_phone_values(value):
    assert is_phone_number(value)


@pytest.mark.parametrize("value", ["1583471290", "57874182", "2023-01-01", "4111111111111111", "+1 23", "12345"])
def test_not_phone_values(value):
    assert not is_phone_number(value)


def test_real_phone_columns(recognizer):
    for file in ("Customer_Segmentation.csv", "sample-data.csv"):
        assert value_score(recognizer, real_column(file, "phone")) > 0.5


@pytest.mark.parametrize("values", [
    [str(1583471290 + 3600 * i) for i in range(20)],  # epoch seconds
    [f"{10_000_000 + 7919 * i}" for i in range(20)],  # numeric ids
    [f"{i}.{i % 7}.{i % 3}" for i in range(20)],  # versions
])
def test_digit_runs_are_not_phones(values):
    assert best_entity("c1", values) != "PHONE_NUMBER"


def test_e164_column_is_a_phone_without_a_name():
    values = ["+14155550133", "+447911123456", "+8613812345678", "+4930901820", "+33142685300", "+61291234567"]
    assert best_entity("c7", values) == "PHONE_NUMBER"


@pytest.mark.parametrize("value", ["030 12345678", "(08174) 104090", "07631 706690", "020 7946 0958", "06 12 34 56 78"])
def test_national_numbers_with_a_trunk_prefix(value):
    assert is_phone_number(value)


def test_a_column_mixing_formats_counts_whole():
    values = ["+1-904-805-2611", "262.632.8601x2904", "(415) 555-0133", "884-683-0401", "+44 20 7946 0958",
              "415.555.0199", "+1 212 555 0100", "(212) 555-0188", "650-253-0000", "+33 1 42 68 53 00"]
    assert best_entity("c", values) == "PHONE_NUMBER"
