"""Audio settings: volume, mute, ringer and audio modes."""
from __future__ import annotations

import pytest

from classifiers.recognizers.audio_settings import AudioSettingRecognizer
from tests.classifiers.fields import best_entity, name_signal, value_signal


@pytest.fixture(scope="module")
def recognizer():
    return AudioSettingRecognizer()


@pytest.mark.parametrize("path", ["volume", "media_volume", "muted", "isMuted", "ringer_mode", "audio_mode", "silent_mode",
                                  "sound.volume", "yinliang"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["trading_volume", "data_volume", "sales_volume", "disk_volume_id", "notification_channel",
                                  "muted_users"])
def test_names_that_are_not_audio(recognizer, path):
    assert name_signal(recognizer, path) is None


def test_ringer_modes_decide_alone():
    assert best_entity("c20", ["normal", "silent", "vibrate", "silent", "vibrate"]) != "AUDIO_SETTING"  # `normal` dilutes
    assert best_entity("ringer_mode", ["normal", "silent", "vibrate", "silent", "vibrate"]) == "AUDIO_SETTING"
    assert best_entity("c20", ["silent", "vibrate", "silent", "vibrate", "ringtone"]) == "AUDIO_SETTING"


def test_levels_and_flags_need_a_name_or_object():
    assert best_entity("c21", [0.96, 0.39, 0.99, 0.57]) is None
    assert best_entity("volume", [0.96, 0.39, 0.99, 0.57]) == "AUDIO_SETTING"
    assert best_entity("audio.level", [0.96, 0.39, 0.99, 0.57]) == "AUDIO_SETTING"
    assert best_entity("muted", [True, False, False, True]) == "AUDIO_SETTING"


@pytest.mark.parametrize("values", [["1200", "88000"], ["Air Fryer", "Sneakers"]])
def test_values_that_are_not_settings(recognizer, values):
    signal = value_signal(recognizer, values)
    assert signal is None or signal.score < 0.5


def test_presets_under_a_setting_name():
    assert best_entity("equalizer_preset", ["Bass Booster", "Spatial", "Flat", "Vocal", "Rock"]) == "AUDIO_SETTING"
    assert best_entity("c39", ["Bass Booster", "Spatial", "Flat", "Vocal", "Rock"]) is None


def test_chinese_volume_steps():
    from tests.classifiers.fields import best_entity as best

    steps = [f"媒体音量 {i % 16}/15" for i in range(40)]
    assert best("c12", steps) == "AUDIO_SETTING"
    assert best("音量调节", steps) == "AUDIO_SETTING"
    assert best("c12", [f"{i % 16}/15" for i in range(40)]) != "AUDIO_SETTING"  # a fraction alone is no volume
