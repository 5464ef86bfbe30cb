"""Device models: vendor codes and marketing names; products, SKUs and regions are not models."""
from __future__ import annotations

import pytest

from classifiers.recognizers.device_model import DeviceModelRecognizer
from tests.classifiers.fields import best_entity, name_signal, real_column, value_signal


@pytest.fixture(scope="module")
def recognizer():
    return DeviceModelRecognizer()


@pytest.mark.parametrize("path", ["device_model", "deviceModel", "hw_model", "phone_model", "model_name", "context.device.model",
                                  "device_type"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["ml_model", "model_version", "model_score", "pricing_model", "attribution_model", "data_model"])
def test_names_that_are_not_device_models(recognizer, path):
    assert name_signal(recognizer, path) is None


@pytest.mark.parametrize("values", [
    ["iPhone15,3", "iPhone14,2", "iPad13,1", "iPhone12,8"],           # Apple machine identifiers
    ["SM-S918B", "SM-G991B", "SM-A525F", "GT-I9300"],                 # Samsung
    ["Pixel 8 Pro", "Pixel 7a", "Pixel 6", "Nexus 5X"],              # Google
    ["Redmi Note 12", "2201117TG", "M2101K6G", "POCO X3 Pro"],        # Xiaomi
    ["CPH2411", "RMX3371", "V2227A", "ELS-NX9", "KB2003", "LM-G900N", "XQ-BC52", "moto g(8)"],
    ["iPhone 15 Pro Max", "iPhone SE", "iPhoneXR", "iPad Air"],
])
def test_model_values_decide_alone(values):
    assert best_entity("c13", values) == "DEVICE_MODEL"


@pytest.mark.parametrize("values", [
    ["Air Fryer", "Sneakers", "Tote Bag", "Water Bottle"],
    ["SKU-MCOKBKMQ", "SKU-2047JWGQ", "SKU-Y2FU3F0R"],
    ["us-east-1", "eu-west-1", "ap-south-1"],
    ["gpt-4", "bert-base", "resnet50"],
])
def test_values_that_are_not_models(recognizer, values):
    signal = value_signal(recognizer, values)
    assert signal is None or signal.score < 0.5
    assert best_entity("product", values) is None
    assert best_entity("c13", values) is None


def test_real_appsflyer_device_type():
    assert best_entity("device_type", real_column("appsflyer_webhook_events.ndjson", "device_type")) == "DEVICE_MODEL"


def test_models_with_a_year_or_variant_in_parentheses():
    assert best_entity("c13", ["moto g power (2022)", "iPad (9th generation)", "Galaxy A52 (5G)", "Pixel 7"]) == "DEVICE_MODEL"


def test_makers_under_a_device_name():
    makers = ["Apple", "samsung", "Xiaomi", "Google", "HUAWEI", "OnePlus"]
    assert best_entity("device_manufacturer", makers) == "DEVICE_MODEL"
    assert best_entity("context.device.manufacturer", makers) == "DEVICE_MODEL"
    assert best_entity("c13", makers) is None
    assert best_entity("brand", ["Nike", "Adidas", "Zara", "Uniqlo", "H&M"]) is None
