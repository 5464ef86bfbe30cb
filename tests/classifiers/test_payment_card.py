"""Payment cards: Luhn plus strict IIN ranges, so IMEIs (which pass Luhn) stay out."""
from __future__ import annotations

import pytest

from classifiers.recognizers.payment_card import CreditCardRecognizer, is_card_number, luhn_ok
from tests.classifiers.support import best_entity, name_score, real_column, value_score


@pytest.fixture(scope="module")
def recognizer():
    return CreditCardRecognizer()


@pytest.mark.parametrize("name", ["card_number", "cardNumber", "CCN", "credit_card", "pan", "payment.card_no", "cc"])
def test_card_names(recognizer, name):
    assert name_score(recognizer, name) >= 0.7


@pytest.mark.parametrize("name", ["cc_type", "cc_cvc", "cc_expiredate", "Card_Family", "Num Credit Cards",
                                  "card_id", "sim_card", "card_brand", "company"])
def test_not_card_names(recognizer, name):
    assert name_score(recognizer, name) == 0.0


@pytest.mark.parametrize("value", ["4111 1111 1111 1111", "5270-4267-6450-5516", "340055036868050",
                                   "213120718290025", "30391945495288", "3524316634574587", "6011111111111117",
                                   "2223000048400011"])
def test_card_values(value):
    assert is_card_number(value)


@pytest.mark.parametrize("value", [
    "356938035643809",  # IMEI (TAC 35...), passes Luhn
    "490154203237518",  # IMEI starting 49 with 15 digits: no Visa has 15 digits
    "862023040188416",  # IMEI, Chinese TAC
    "4111111111111112",  # Luhn fails
    "1234567812345678",  # no network
])
def test_not_card_values(value):
    assert not is_card_number(value)


def test_imeis_pass_luhn_but_are_not_cards():
    assert luhn_ok("356938035643809") and not is_card_number("356938035643809")


def test_real_card_columns(recognizer):
    assert value_score(recognizer, real_column("sample-data.csv", "CCN")) > 0.5


def test_named_card_column_with_test_numbers_that_fail_luhn():
    # CardBase.csv holds made-up numbers (about 1 in 10 passes Luhn): the name still decides
    assert best_entity("Card_Number", real_column("CardBase.csv", "Card_Number")) == "CREDIT_CARD"


def test_prices_and_ids_are_not_cards():
    assert best_entity("card_id", [str(10**15 + i) for i in range(20)]) is None
    assert best_entity("c4", ["67.78", "407.96", "272.99", "265.80", "12.00"]) is None
