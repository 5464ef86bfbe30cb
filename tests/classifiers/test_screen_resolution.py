"""Screen resolutions: WxH strings, and width/height numbers with a screen context."""
from __future__ import annotations

import pytest

from classifiers.recognizers.screen_resolution import ScreenResolutionRecognizer
from tests.classifiers.fields import best_entity, field, name_signal, real_column, value_signal

WIDTHS = [828, 1080, 1170, 1284, 720, 1440]
HEIGHTS = [1792, 1920, 2532, 2778, 1280, 3088]


@pytest.fixture(scope="module")
def recognizer():
    return ScreenResolutionRecognizer()


@pytest.mark.parametrize("path", ["screen_resolution", "resolution", "screenSize", "screen_width", "screen_h", "dvce_screenwidth",
                                  "display_resolution", "viewport"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["image_width", "photo_height", "video_resolution", "thumbnail_size", "doc_width",
                                  "column_width"])
def test_names_that_are_not_the_screen(recognizer, path):
    assert name_signal(recognizer, path) is None


@pytest.mark.parametrize("values", [["1170x2532", "1920x1080", "828x1792"], ["1920*1080", "2560 × 1440", "1080X2400"]])
def test_resolution_strings_decide_alone(values):
    assert best_entity("c8", values) == "SCREEN_RESOLUTION"


def test_width_and_height_inside_a_screen_object():
    height = field("context.screen.height", HEIGHTS)
    assert best_entity("context.screen.width", WIDTHS, height) == "SCREEN_RESOLUTION"


def test_bare_dimensions_without_context_stay_none():
    assert best_entity("width", WIDTHS) is None
    assert best_entity("size_bytes", [20706198, 2388450, 1024, 88211, 5000]) is None


@pytest.mark.parametrize("values", [["12x4", "3x3"], ["1.9.3", "6.15.10"], ["2023-01-19", "2023-08-06"]])
def test_values_that_are_not_resolutions(recognizer, values):
    signal = value_signal(recognizer, values)
    assert signal is None or signal.score < 0.5


def test_real_snowplow_screen_width():
    assert best_entity("dvce_screenwidth", real_column("snowplow_web_events.csv", "dvce_screenwidth")) == "SCREEN_RESOLUTION"


def test_resolution_suffixes():
    assert best_entity("c8", ["1170x2532@3x", "1920x1080px", "2560 x 1440 pixels", "750x1334@2x"]) == "SCREEN_RESOLUTION"
