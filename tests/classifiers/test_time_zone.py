"""Time zones: IANA names alone, offsets with a name; timestamps and paths are not zones."""
from __future__ import annotations

import pytest

from classifiers.recognizers.time_zone import TimeZoneRecognizer
from tests.classifiers.fields import best_entity, name_signal, real_column, value_signal


@pytest.fixture(scope="module")
def recognizer():
    return TimeZoneRecognizer()


@pytest.mark.parametrize("path", ["tz", "timezone", "timeZone", "context.timezone", "os_timezone", "utc_offset", "tz_offset",
                                  "gmtOffset", "shiqu", "selected_timezone"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["install_time_selected_timezone", "created_at", "warehouse_zone", "region",
                                  "event_timestamp"])
def test_names_that_are_not_settings(recognizer, path):
    assert name_signal(recognizer, path) is None


@pytest.mark.parametrize("values", [
    ["America/New_York", "Asia/Shanghai", "Europe/Berlin"],
    ["Asia/Calcutta", "Africa/Asmera", "US/Eastern", "UTC"],  # legacy links are still zones
    ["America/Argentina/Buenos_Aires", "America/Indiana/Indianapolis", "Etc/GMT+8"],
])
def test_zone_names_decide_alone(values):
    assert best_entity("c6", values) == "TIME_ZONE"


@pytest.mark.parametrize("values", [["+08:00", "-05:00", "+05:30"], ["UTC+8", "GMT-5", "UTC+05:30"], ["+0800", "-0500", "UTC+0100"]])
def test_whole_values_in_offset_notation_decide_alone(values):
    assert best_entity("c6", values) == "TIME_ZONE"
    assert best_entity("utc_offset", values) == "TIME_ZONE"


def test_signed_hours_need_a_name():
    values = ["+8", "-5", "+1", "-3", "+2"]
    assert best_entity("c6", values) is None
    assert best_entity("score_change", values) is None
    assert best_entity("tz_offset", values) == "TIME_ZONE"


def test_offsets_in_seconds_by_name():
    assert best_entity("tz_offset_seconds", [28800, -18000, 3600, 0, 19800]) == "TIME_ZONE"


@pytest.mark.parametrize("values", [
    ["image/heic", "text/plain", "video/mp4"],
    ["Foo/Bar", "Alpha/Beta", "Shop/Shoes"],
    ["2019-01-20 04:51:16.000+0000", "2023-03-01T10:00:00+08:00"],
    ["us-east-1", "eu-west-1", "ap-southeast-2"],
])
def test_values_that_are_not_zones(recognizer, values):
    signal = value_signal(recognizer, values)
    assert signal is None or signal.score < 0.5


def test_real_snowplow_zones():
    assert best_entity("geo_tz", real_column("snowplow_web_events.csv", "os_timezone")) == "TIME_ZONE"


def test_abbreviations_need_the_name_and_windows_ids_do_not():
    assert best_entity("tz", ["PST", "CET", "JST", "EST", "IST"]) == "TIME_ZONE"
    assert best_entity("c35", ["PST", "CET", "JST", "EST", "IST"]) is None
    assert best_entity("c36", ["Pacific Standard Time", "W. Europe Standard Time", "China Standard Time"]) == "TIME_ZONE"


def test_zone_display_names_decide_alone_and_bracketed_notes_do_not():
    values = ["(GMT-08:00) America/Los_Angeles", "(GMT+05:30) Asia/Kolkata", "(UTC+01:00) Amsterdam, Berlin, Rome",
              "(UTC-06:00) Central Time (US & Canada)", "(GMT+00:00) Europe/London"]
    assert best_entity("c6", values) == "TIME_ZONE"
    assert best_entity("timezone", values) == "TIME_ZONE"
    assert best_entity("c6", ["(see note) Paris office", "(draft) quarterly plan", "(n/a) none", "(tbd) later",
                              "(ok) done"]) is None


@pytest.mark.parametrize("path", ["tzKnown", "is_tz_set", "timezone_valid", "has_timezone"])
def test_flags_about_the_zone_are_not_the_zone(recognizer, path):
    assert name_signal(recognizer, path) is None
