"""Connected audio devices: routes and audio products."""
from __future__ import annotations

import pytest

from classifiers.recognizers.audio_devices import AudioDeviceRecognizer
from tests.classifiers.fields import best_entity, name_signal, value_signal


@pytest.fixture(scope="module")
def recognizer():
    return AudioDeviceRecognizer()


@pytest.mark.parametrize("path", ["audio_output_device", "audioRoute", "headphones", "bt_device", "connected_headset",
                                  "output_device", "erji"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["headphones_price", "headset_sku", "bt_address", "product_category"])
def test_names_that_are_not_connected_devices(recognizer, path):
    assert name_signal(recognizer, path) is None


@pytest.mark.parametrize("values", [
    ["AirPods Pro", "Galaxy Buds2", "Sony WH-1000XM4", "Bose QuietComfort 45", "Pixel Buds Pro"],
    ["BluetoothA2DPOutput", "Headphones", "BuiltInSpeaker", "CarAudio", "AirPlay"],       # AVAudioSession ports
    ["TYPE_WIRED_HEADSET", "TYPE_BLUETOOTH_A2DP", "TYPE_BUILTIN_SPEAKER", "TYPE_USB_HEADSET"],  # AudioDeviceInfo
    ["speaker", "bluetooth headset", "wired headphones", "earpiece"],
])
def test_device_values_decide_alone(values):
    assert best_entity("c22", values) == "AUDIO_DEVICE"


@pytest.mark.parametrize("values", [["Air Fryer", "Sneakers", "Tote Bag"], ["Smart TV", "Galaxy S21", "MacBook"]])
def test_values_that_are_not_audio_devices(recognizer, values):
    assert value_signal(recognizer, values) is None


def test_chinese_headset_columns_by_initials_and_by_values():
    from tests.classifiers.fields import best_entity as best

    kinds = ["无", "有线", "蓝牙", "蓝牙", "无", "有线", "蓝牙", "无"] * 5
    assert best("ejlx", kinds) == "AUDIO_DEVICE"  # 耳机类型 in pinyin initials
    assert best("c13", kinds) is None  # the kind alone is no evidence
    headsets = ["蓝牙:AirPods Pro", "有线耳机", "未连接", "蓝牙:漫步者 Lolli Pro 3", "未连接", "蓝牙:vivo TWS 3"] * 5
    assert best("c21", headsets) == "AUDIO_DEVICE"  # not connected is no value, not a contradiction


def test_a_route_change_names_the_devices():
    from tests.classifiers.fields import best_entity as best

    changes = ["扬声器 → 蓝牙耳机 HUAWEI FreeBuds Pro 3", "蓝牙耳机 → 扬声器", "扬声器 → 有线耳机", "speaker -> headphones"] * 5
    assert best("音频输出切换", changes) == "AUDIO_DEVICE"
