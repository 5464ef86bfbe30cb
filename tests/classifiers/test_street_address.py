"""Postal addresses in several countries' formats; IP/MAC/e-mail "addresses" are not."""
from __future__ import annotations

import pytest

from classifiers.recognizers.street_address import StreetAddressRecognizer, is_street_address
from tests.classifiers.support import best_entity, name_score, real_column, value_score


@pytest.fixture(scope="module")
def recognizer():
    return StreetAddressRecognizer()


@pytest.mark.parametrize("name", ["address", "shipping_address", "street_address", "billingAddress", "addr1",
                                  "street_name", "shipping.address_line_1", "dizhi"])
def test_address_names(recognizer, name):
    assert name_score(recognizer, name) >= 0.7


@pytest.mark.parametrize("name", ["ip_address", "mac_address", "bt_address", "email_address", "remote_addr",
                                  "user_ipaddress", "wallet_address", "server_address", "zip",
                                  # TLS and proxy vocabulary (CloudTrail, Caddy, Traefik access logs)
                                  "tlsDetails.cipherSuite", "request.tls.cipher_suite", "ssl_cipher_suite",
                                  "RequestAddr", "ServiceAddr", "ClientAddr", "upstream_addr", "target_address"])
def test_not_address_names(recognizer, name):
    assert name_score(recognizer, name) == 0.0


@pytest.mark.parametrize("value", ["462 Rose Lane", "309 63rd St. #411", "PSC 4701, Box 7207, APO AE 40543",
                                   "Flat 92i, Hewitt Lodge, Dylanville, N4E 7ZX", "Hänelallee 9-2, 74243 Donaueschingen",
                                   "Buchholzstr. 98/70, 03239 Miesbach", "12 rue de la Paix, 75002 Paris",
                                   "Calle Mayor 5, Madrid", "P.O. Box 123", "Kerkstraat 12"])
def test_address_values(value):
    assert is_street_address(value)


@pytest.mark.parametrize("value", ["Air Fryer", "1.4.16", "us-east-1", "api-21.prod.internal", "iPhone 15 Pro",
                                   "timeout after 30s", "SKU-J9BRC2H9", "https://a.com/street/1", "Windows 10",
                                   "a@b.street.com"])
def test_not_address_values(value):
    assert not is_street_address(value)


def test_real_address_columns(recognizer):
    assert value_score(recognizer, real_column("Customer_Segmentation.csv", "street_address")) > 0.5
    assert value_score(recognizer, real_column("sample-data.csv", "address")) > 0.5
    assert best_entity("c1", real_column("Age2_address1_credit_card3.csv", "Address")) == "STREET_ADDRESS"


def test_an_address_named_column_of_ips_is_an_ip():
    assert best_entity("address", real_column("Customer_Segmentation.csv", "ip_address")) == "IP_ADDRESS"


@pytest.mark.parametrize("value", ["天津市淮安县花溪易街p座 902522", "上海市浦东新区世纪大道100号", "6786 Christine Valleys, Ryanbury, ME 57837",
                                   "8800 Erika Island, New Justin, IA 46314"])
def test_more_address_formats(value):
    assert is_street_address(value)


@pytest.mark.parametrize("value", ["北京", "/usr/local/share/view 2", "Level 5"])
def test_not_more_address_formats(value):
    assert not is_street_address(value)


@pytest.mark.parametrize("name", ["street1", "address_line2", "addr1"])
def test_numbered_copies_of_a_name(recognizer, name):
    assert name_score(recognizer, name) >= 0.7


def test_an_address_s_numbered_line_under_its_object_is_an_address_line():
    from classifiers.recognizers.street_address import StreetAddressRecognizer
    from tests.classifiers.support import name_score

    recognizer = StreetAddressRecognizer()
    assert name_score(recognizer, "address.line2") >= 0.7
    assert name_score(recognizer, "shipping.address.line1") >= 0.7
    assert name_score(recognizer, "invoice.line2") == 0.0
