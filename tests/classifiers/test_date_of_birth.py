"""Dates of birth and ages: plausible for a living person; creation timestamps stay `none`."""
from __future__ import annotations

import pytest

from classifiers.recognizers.date_of_birth import AgeRecognizer, DateOfBirthRecognizer, is_birth_value
from tests.classifiers.support import best_entity, name_score, real_column


@pytest.mark.parametrize("name", ["dob", "date_of_birth", "birthDate", "birthday", "Birth Year", "shengri"])
def test_birth_names(name):
    assert name_score(DateOfBirthRecognizer(), name) >= 0.7


@pytest.mark.parametrize("name", ["age", "Current Age", "user_age", "age_group", "nianling"])
def test_age_names(name):
    assert name_score(AgeRecognizer(), name) >= 0.7


@pytest.mark.parametrize("name", ["Retirement Age", "page", "usage", "message_age", "cache_max_age", "average"])
def test_not_age_names(name):
    assert name_score(AgeRecognizer(), name) == 0.0


@pytest.mark.parametrize("name", ["created_at", "birth_place", "updated", "timestamp"])
def test_not_birth_names(name):
    assert name_score(DateOfBirthRecognizer(), name) == 0.0


@pytest.mark.parametrize("value", ["2009-04-02", "4/21/1958", "12/22/1944", "1966", "11", "02.04.2009",
                                   "1990-05-17T00:00:00", "2 April 2009"])
def test_birth_values(value):
    assert is_birth_value(value)


@pytest.mark.parametrize("value", ["1850-01-01", "2999-01-01", "hello", "2023-13-45", "1899"])
def test_not_birth_values(value):
    assert not is_birth_value(value)


def test_real_birth_columns():
    assert best_entity("birthdate", real_column("sample-data.csv", "birthdate")) == "DATE_OF_BIRTH"
    assert best_entity("Current Age", real_column("Age2_address1_credit_card3.csv", "Current Age")) == "AGE"
    assert best_entity("Birth Year", real_column("Age2_address1_credit_card3.csv", "Birth Year")) == "DATE_OF_BIRTH"
    assert best_entity("Retirement Age", real_column("Age2_address1_credit_card3.csv", "Retirement Age")) is None


def test_timestamps_and_unnamed_dates_are_none():
    stamps = [f"2023-0{1 + i % 9}-1{i % 10}T12:59:54+00:00" for i in range(20)]
    assert best_entity("created_at", stamps) is None
    assert best_entity("c1", [f"19{50 + i}-0{1 + i % 9}-1{i % 10}" for i in range(20)]) is None


def test_implausible_ages():
    assert best_entity("age", [str(150 + i) for i in range(20)]) is None


def test_oracle_style_birth_dates():
    values = ["22-NOV-95", "03-JAN-87", "17-JUL-01", "30-SEP-78", "11-FEB-90"] * 4
    assert best_entity("DOB", values) == "DATE_OF_BIRTH"


def test_dicom_age_strings_are_ages():
    from tests.classifiers.support import best_entity

    assert best_entity("PatientAge", ["024Y", "076Y", "000Y", "045Y", "006M", "031Y"] * 3) == "AGE"
