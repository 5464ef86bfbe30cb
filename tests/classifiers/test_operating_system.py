"""Operating systems and versions; app, SDK and service versions are not."""
from __future__ import annotations

import pytest

from classifiers.recognizers.operating_system import OperatingSystemRecognizer
from tests.classifiers.fields import best_entity, field, name_signal, value_signal


@pytest.fixture(scope="module")
def recognizer():
    return OperatingSystemRecognizer()


@pytest.mark.parametrize("path", ["os", "os_version", "osVersion", "os_name", "operating_system", "platform", "device_os",
                                  "android_version", "system_version"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["app_version", "sdk_version", "service_version", "api_version", "v_tracker", "pos_terminal",
                                  "min_os_version", "os_timezone"])
def test_names_that_are_not_the_os(recognizer, path):
    assert name_signal(recognizer, path) is None


@pytest.mark.parametrize("values", [
    ["iOS 17.4.1", "Android 14", "iPadOS 17.2", "Android 11"],
    ["Windows 10", "Mac OS X 10_15_7", "Linux", "Chrome OS", "HarmonyOS 4.0"],
    ["android", "ios", "ios", "android"],
])
def test_os_values_decide_alone(values):
    assert best_entity("c12", values) == "OPERATING_SYSTEM"


def test_bare_versions_inside_an_os_object():
    versions = ["17.4.1", "14", "9.2", "16.6", "13"]
    assert best_entity("context.os.version", versions) == "OPERATING_SYSTEM"
    assert best_entity("os_version", versions) == "OPERATING_SYSTEM"


@pytest.mark.parametrize("path", ["app_version", "service_version", "c4", "properties.version"])
def test_bare_versions_elsewhere_stay_none(path):
    assert best_entity(path, ["1.9.3", "6.15.10", "8.26.56", "2.0.1", "3.14.2"]) is None


@pytest.mark.parametrize("values", [["Air Fryer", "Sneakers"], ["mob", "web", "srv"], ["2023-01-19", "2023-08-06"]])
def test_values_that_are_not_systems(recognizer, values):
    signal = value_signal(recognizer, values)
    assert signal is None or signal.score < 0.5


def test_platform_of_web_or_mobile_is_not_an_os():
    assert best_entity("platform", ["mob", "web", "mob", "web", "srv"]) is None
    assert field("platform", ["ios"]).name == "platform"


def test_editions_and_build_notes_belong_to_the_value(recognizer):
    values = ["Windows 10 Pro", "Ubuntu 22.04 LTS", "Android 14 (API 34)", "iOS 17.4.1"]
    assert value_signal(recognizer, values).match_ratio == 1.0
    assert value_signal(recognizer, ["iOS 17.4.1 at", "Android 14 and"]) is None


def test_compact_mac_spellings(recognizer):
    # ua-parser's and YAUAA's family names
    assert value_signal(recognizer, ["MacOSX", "MacOS", "Mac OS X 10.15.7", "OSX"]).match_ratio == 1.0
