"""Mobile carriers by name and MCC-MNC; shipping carriers and plain words are not."""
from __future__ import annotations

import pytest

from classifiers.recognizers.mobile_carrier import MobileCarrierRecognizer
from tests.classifiers.fields import best_entity, name_signal, value_signal


@pytest.fixture(scope="module")
def recognizer():
    return MobileCarrierRecognizer()


@pytest.mark.parametrize("path", ["carrier", "context.network.carrier", "carrierName", "mobile_operator", "sim_operator_name",
                                  "mcc_mnc", "mccmnc", "isp", "yunyingshang", "network_operator"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["shipping_carrier", "carrier_tracking_id", "operator_id", "tour_operator", "payment_operator",
                                  "courier"])
def test_names_that_are_not_carriers(recognizer, path):
    assert name_signal(recognizer, path) is None


@pytest.mark.parametrize("values", [
    ["Verizon", "T-Mobile", "AT&T", "China Mobile", "Vodafone", "NTT DOCOMO"],
    ["中国移动", "中国联通", "中国电信"],
    ["Jio", "Airtel", "Telkomsel", "Globe Telecom", "Singtel"],
])
def test_carrier_names_decide_alone(values):
    assert best_entity("c10", values) == "MOBILE_CARRIER"


def test_common_word_brands_need_the_name(recognizer):
    values = ["Orange", "Claro", "Three", "Free", "Vivo", "Bell"]
    assert best_entity("c10", values) is None
    assert best_entity("carrier", values) == "MOBILE_CARRIER"


@pytest.mark.parametrize("values", [["310-260", "460-00", "234-15"], ["310260", "46000", "23415"]])
def test_mcc_mnc_codes_with_the_name(values):
    assert best_entity("mcc_mnc", values) == "MOBILE_CARRIER"
    assert best_entity("c4", values) is None


@pytest.mark.parametrize("values", [
    ["UPS", "FedEx", "DHL", "USPS"],
    ["true", "false", "true"],
    ["Air Fryer", "Sneakers", "Tote Bag"],
])
def test_values_that_are_not_carriers(recognizer, values):
    signal = value_signal(recognizer, values)
    assert signal is None or signal.score < 0.5


def test_a_shipping_carrier_column_stays_none():
    assert best_entity("shipping_carrier", ["UPS", "FedEx", "DHL", "USPS", "UPS"]) is None


def test_legal_and_regional_suffixes():
    values = ["T-Mobile US", "AT&T Mobility LLC", "China Mobile Communications Corporation", "Vodafone Germany", "Telstra Corp"]
    assert best_entity("c10", values) == "MOBILE_CARRIER"


def test_taiwanese_carriers_in_traditional_characters():
    assert best_entity("c4", ["中華電信", "台灣大哥大", "遠傳電信", "台灣之星", "亞太電信"] * 8) == "MOBILE_CARRIER"


def test_a_column_of_listed_networks_codes_is_carriers_without_a_name():
    import random

    from tests.classifiers.fields import best_entity as best

    rng = random.Random(5)
    codes = [rng.choice(["46000", "46001", "46011", "46002", "46003", "46015"]) for _ in range(60)]
    assert best("c15", codes) == "MOBILE_CARRIER"
    assert best("c15", [int(c) for c in codes]) == "MOBILE_CARRIER"  # read as numbers
    indiana = [str(rng.randint(46001, 46999)) for _ in range(60)]  # postal codes of one US state
    assert best("c15", indiana) != "MOBILE_CARRIER"
