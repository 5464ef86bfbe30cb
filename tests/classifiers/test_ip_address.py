"""IP addresses: v4/v6, ports, forwarded chains; versions and hostnames are not addresses."""
from __future__ import annotations

import pytest

from classifiers.recognizers.ip_address import IpAddressRecognizer
from tests.classifiers.fields import best_entity, name_signal, real_column, value_signal


@pytest.fixture(scope="module")
def recognizer():
    return IpAddressRecognizer()


@pytest.mark.parametrize("path", ["ip", "client_ip", "remoteAddr", "x-forwarded-for", "context.ip", "user_ipaddress",
                                  "IPv4Address", "src_ip", "c-ip", "ip_dizhi"])
def test_names_that_say_ip(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["ip_version", "ship_to", "zip", "tip_amount", "ip_isp", "ip_country", "ip_organization",
                                  "geoip_city", "hostname", "description"])
def test_names_that_do_not(recognizer, path):
    assert name_signal(recognizer, path) is None


@pytest.mark.parametrize("values", [
    ["203.0.113.7", "198.51.100.23", "192.0.2.1"],
    ["2001:db8::1", "fe80::1ff:fe23:4567:890a", "::1"],
    ["203.0.113.7:8080", "[2001:db8::1]:443", "10.0.0.1:22"],
    ["203.0.113.7, 10.0.0.1", "198.51.100.2,172.16.0.9", "192.0.2.44"],
    ["203.0.113.7", "2001:db8::1", "198.51.100.9", "2001:db8::2"],  # a v4/v6 mix counts as one column
])
def test_address_values(recognizer, values):
    assert value_signal(recognizer, values).score >= 0.7


@pytest.mark.parametrize("values", [
    ["3.14.2", "10.2.1", "1.0.0"],                      # versions
    ["999.1.1.1", "256.256.256.256", "1.2.3.400"],      # out of range
    ["api-24.prod.internal", "db.example.com", "localhost"],
    ["12:30:45", "08:15:00", "23:59:59"],               # times
    ["00:1A:2B:3C:4D:5E", "AA:BB:CC:DD:EE:FF", "00:00:5e:00:53:af"],  # MAC addresses
])
def test_values_that_are_not_addresses(recognizer, values):
    assert value_signal(recognizer, values) is None


def test_real_access_log_style_column():
    values = real_column("Customer_Segmentation.csv", "ip_address")
    assert best_entity("c2", values) == "IP_ADDRESS"


def test_real_ipv6_column():
    assert best_entity("srcaddr", real_column("ipv6_random_generated.csv", "srcaddr")) == "IP_ADDRESS"


def test_four_part_versions_are_not_addresses():
    versions = ["1.0.3.2", "2.1.0.4", "1.0.9.1", "3.0.0.0", "2.2.2.2"]
    assert best_entity("firmware_version", versions) != "IP_ADDRESS"  # the device's system version
    assert best_entity("c4", versions) is None
    # a real column with small and large parts stays an address column
    assert best_entity("c2", ["10.0.0.1", "10.0.0.2", "192.168.1.20", "10.0.0.3", "172.16.0.9"]) == "IP_ADDRESS"
    assert best_entity("build_host_ip", ["10.0.0.1", "10.0.0.2", "192.168.1.20"]) == "IP_ADDRESS"


def test_small_addresses_under_an_address_name():
    assert best_entity("ip", ["1.1.1.1"] * 8) == "IP_ADDRESS"
    assert best_entity("resolved_ip", ["1.1.1.1", "8.8.8.8", "9.9.9.9", "1.0.0.1"]) == "IP_ADDRESS"


def test_the_services_own_machines_are_not_a_persons_address():
    servers = ["10.0.3.17:8080", "10.0.4.22:8080", "10.0.3.18:8080", "10.0.9.1:9000", "10.0.4.23:8080"]
    assert best_entity("upstream", servers) is None
    assert best_entity("db_server_ip", ["10.0.3.17", "10.0.4.22", "192.168.7.40"]) is None


def test_masked_addresses_and_inet_aton_integers_back_an_address_name():
    masked = ["115.236.*.*", "223.104.3.*", "36.112.*.*", "117.136.8.*"]
    assert value_signal(IpAddressRecognizer(), masked).score >= 0.5
    assert best_entity("下单IP", masked + ["203.0.113.7", "198.51.100.23"]) == "IP_ADDRESS"
    integers = [3232235777, 1869573999, 2071690107, 3758096383, 16843009]
    assert best_entity("last_login_ip", integers) == "IP_ADDRESS"
    assert best_entity("c7", integers) is None  # a number alone is no address
    assert best_entity("last_login_ip", [1, 2, 3, 4, 5]) != "IP_ADDRESS"
