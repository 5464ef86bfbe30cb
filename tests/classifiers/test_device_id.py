"""Device ids (Android ID, IDFV, serials), IMEIs (Luhn) and MAC addresses."""
from __future__ import annotations

import pytest

from classifiers.recognizers.device_id import DeviceIdRecognizer, ImeiRecognizer, MacAddressRecognizer
from tests.classifiers.fields import best_entity, field, name_signal, real_column, value_signal

ANDROID_IDS = ["9774d56d682e549c", "618d81bbf719665e", "f2da7abf4e33a08f", "2e2c40ca455d3b66"]
IDFVS = ["487823FE-9E27-4220-A9FD-597257EDFF14", "C0BD2642-FFFF-40EA-8FC5-1A144A391AE7"]
# IMEIs in 3GPP TS 23.003 form (Luhn check digit last); the first is the GSMA example
IMEIS = ["490154203237518", "356938035643809", "353918058381696", "35-209900-176148-1"]


@pytest.mark.parametrize("path", ["device_id", "deviceId", "android_id", "idfv", "vaid", "udid", "ssaid", "serial_number",
                                  "installation_id", "hardware_id", "appsflyer_id"])
def test_device_id_names(path):
    assert name_signal(DeviceIdRecognizer(), path) is not None


@pytest.mark.parametrize("path", ["device_type", "device_model", "device_name", "device_os", "device_count", "deviceCategory"])
def test_names_about_the_device_but_not_its_id(path):
    signal = name_signal(DeviceIdRecognizer(), path)
    assert signal is None or signal.score < 0.5


def test_mixed_android_ids_and_idfvs():
    assert best_entity("device_id", ANDROID_IDS + IDFVS) == "DEVICE_ID"


def test_id_inside_a_device_object():
    assert best_entity("context.device.id", ANDROID_IDS) == "DEVICE_ID"
    assert best_entity("context.user.id", ANDROID_IDS) != "DEVICE_ID"


def test_hex_ids_alone_decide_nothing():
    assert best_entity("c5", ANDROID_IDS) is None
    assert best_entity("trace_id", ["3b3aaabaeb078f59758b5d5b0d27bc90", "3bf25c8032376e72766084d35cc4b271"]) is None
    assert best_entity("build_hash", ["239fd671a2a0bbb6", "34507cdfc7a52a3b", "cafe0123beef4567"]) is None


@pytest.mark.parametrize("path", ["imei", "IMEI1", "imeisv", "device_imei", "meid"])
def test_imei_names(path):
    assert name_signal(ImeiRecognizer(), path) is not None


def test_imei_values_pass_luhn():
    assert value_signal(ImeiRecognizer(), IMEIS).score >= 0.4
    assert best_entity("imei", IMEIS) == "IMEI"
    # grouped IMEIs are telling alone
    assert best_entity("c4", ["35-209900-176148-1", "49-015420-323751-8", "35-693803-564380-9"]) == "IMEI"


def test_fifteen_digit_numbers_that_fail_luhn_are_not_imeis():
    assert value_signal(ImeiRecognizer(), ["490154203237519", "356938035643800", "353918058381690"]) is None


def test_a_device_named_number_column_of_imeis():
    assert best_entity("device", ["490154203237518", "356938035643809", "353918058381696"]) == "IMEI"


@pytest.mark.parametrize("path", ["mac", "mac_address", "macAddress", "bssid", "bt_address", "wifi_mac"])
def test_mac_names(path):
    assert name_signal(MacAddressRecognizer(), path) is not None


@pytest.mark.parametrize("path", ["hmac", "hmac_signature", "macos_version", "mac_count"])
def test_names_that_are_not_macs(path):
    assert name_signal(MacAddressRecognizer(), path) is None


@pytest.mark.parametrize("values", [["00:1A:2B:3C:4D:5E", "AA-BB-CC-DD-EE-FF", "00:00:5e:00:53:af"], ["0000.5e00.53af", "001a.2b3c.4d5e"]])
def test_mac_values_decide_alone(values):
    assert best_entity("c9", values) == "MAC_ADDRESS"


def test_mac_values_are_not_times_or_ipv6():
    assert value_signal(MacAddressRecognizer(), ["12:30:45", "2001:db8::1", "203.0.113.7"]) is None


def test_real_aware_wifi_macs():
    assert best_entity("mac_address", real_column("phone_wifi_connected_raw.csv", "mac_address")) == "MAC_ADDRESS"
    assert best_entity("bssid", real_column("phone_wifi_connected_raw.csv", "bssid")) == "MAC_ADDRESS"


def test_real_appsflyer_idfv_is_a_device_id():
    assert best_entity("idfv", real_column("appsflyer_webhook_events.ndjson", "idfv")) == "DEVICE_ID"
    assert field("idfv", IDFVS).name == "idfv"


def test_push_tokens_by_name():
    fcm = ["cXb9RZlGTkWqZ3x0m1a2b3:" + "APA91b" + "x" * 134, "dQw4w9WgXcQ-abc_123xyz:" + "APA91b" + "y" * 134]
    apns = ["740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad"] * 3
    assert best_entity("push_token", fcm) == "DEVICE_ID"
    assert best_entity("apns_token", apns) == "DEVICE_ID"


def test_a_column_of_luhn_valid_imeis_decides_alone():
    assert best_entity("c41", IMEIS[:3] + ["352099001761481", "490154203237518"]) == "IMEI"
    # AmEx numbers are 15-digit Luhn numbers too: not IMEIs
    assert best_entity("c41", ["378282246310005", "371449635398431", "378734493671000"]) != "IMEI"
    # and 15-digit ids that do not pass Luhn are not
    assert best_entity("c41", ["123456789012345", "234567890123456", "345678901234567"]) is None


def test_amplitude_style_device_ids():
    assert best_entity("device_id", ["c3fc802c-73d0-4f43-9128-d5eb651bb990R", "BD0E3080-163C-452F-9FB2-6D60D5E03169"]) == "DEVICE_ID"


def test_a_device_id_column_mixing_imeis_and_android_ids():
    assert best_entity("device_id", IMEIS[:3] + ANDROID_IDS[:2]) == "DEVICE_ID"


@pytest.mark.parametrize("name", ["IMSI", "installation_uuid", "install_uuid"])
def test_subscriber_and_installation_ids_by_name(name):
    assert name_signal(DeviceIdRecognizer(), name).score >= 0.6


def test_chinese_push_and_analytics_sdk_install_ids():
    # JPush's registration id and Alibaba's utdid: opaque tokens the name decides; Getui's
    # client id is an app install's, not a browser cookie's (`cid` alone is Google Analytics')
    rids = [f"1{i:02d}4b8960830431{i * 7919 % 10000:04d}" for i in range(60)]
    assert best_entity("ctx.jpush_rid", rids) == "DEVICE_ID"
    utdids = [("WZ" + f"{i:03d}" + "kPJpcerSfRmvjFHcvbQ")[:24] for i in range(60)]
    assert best_entity("header.utdid", utdids) == "DEVICE_ID"
    cids = [f"{i:032x}" for i in range(10**20, 10**20 + 60)]
    assert best_entity("ctx.getui_cid", cids) == "DEVICE_ID"
