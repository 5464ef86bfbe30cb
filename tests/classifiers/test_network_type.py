"""Network types: Wi-Fi and cellular generations; ad networks and social networks are not."""
from __future__ import annotations

import pytest

from classifiers.recognizers.network_type import NetworkTypeRecognizer
from tests.classifiers.fields import best_entity, name_signal, real_column, value_signal


@pytest.fixture(scope="module")
def recognizer():
    return NetworkTypeRecognizer()


@pytest.mark.parametrize("path", ["network_type", "networkType", "connection_type", "context.network.type", "net_type",
                                  "radio_type", "wifi", "is_wifi", "effective_type"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["ad_network", "mkt_network", "social_network", "network_id", "network_latency_ms",
                                  "ip_netspeed", "neural_network"])
def test_names_that_are_not_the_type(recognizer, path):
    assert name_signal(recognizer, path) is None


@pytest.mark.parametrize("values", [
    ["wifi", "4g", "5g", "lte", "cellular", "WIFI"],
    ["5G_SA", "5G_NSA", "4G", "wifi", "3G"],
    ["LTE", "NR", "HSPAP", "EDGE", "UMTS", "WIFI"],                  # Android TelephonyManager names
    ["CTRadioAccessTechnologyLTE", "CTRadioAccessTechnologyNRNSA", "CTRadioAccessTechnologyWCDMA"],
    ["slow-2g", "3g", "4g", "4g"],                                   # Network Information API
])
def test_type_values_decide_alone(values):
    assert best_entity("c14", values) == "NETWORK_TYPE"


def test_a_wifi_flag_by_name():
    assert best_entity("wifi", [True, False, True, True, False]) == "NETWORK_TYPE"
    assert best_entity("push_enabled", [True, False, True, True, False]) is None


@pytest.mark.parametrize("values", [["Facebook", "Google", "TikTok"], ["none", "unknown", "none"], ["mobile", "web", "mobile"]])
def test_values_that_are_not_types(recognizer, values):
    signal = value_signal(recognizer, values)
    assert signal is None or signal.score < 0.5


def test_real_appsflyer_wifi_flag():
    assert best_entity("wifi", real_column("appsflyer_webhook_events.ndjson", "wifi")) == "NETWORK_TYPE"


def test_a_device_category_is_not_a_network():
    assert best_entity("device.category", ["mobile", "desktop", "tablet", "mobile", "mobile"]) is None
    assert best_entity("c14", ["mobile_4g", "cellular", "wifi", "cell_data", "wifi"]) == "NETWORK_TYPE"


def test_3gpp_radio_access_networks_are_network_types():
    from tests.classifiers.support import best_entity

    assert best_entity("c09", ["NR", "UTRAN", "GERAN", "E-UTRAN", "NR", "UTRAN"]) == "NETWORK_TYPE"
    assert best_entity("c09", ["Gare", "Rue", "Nord", "Sud", "Grande", "Place"]) is None


def test_a_log_slot_named_by_the_line_s_prose_is_contradicted_by_a_few_values():
    import pyarrow as pa

    from classifiers.engine import classify_dataset
    from datamap.model import DatasetSample, FieldSample

    def best(values):
        sample = FieldSample(path="sshd.Connection", values=pa.array(values), origin="log-slot")
        result = classify_dataset(DatasetSample(name="sshd.log", source="t", kind="log", fields=[sample]),
                                  embedded=False)[0]
        return result.best().entity if result.best() else None

    assert best(["reset", "closed", "reset", "closed"]) is None  # `Connection reset by peer`
    assert best(["wifi", "lte", "wifi", "5g"]) == "NETWORK_TYPE"
