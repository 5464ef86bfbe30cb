"""User agents: browsers, in-app webviews, HTTP clients; MIME types and paths are not."""
from __future__ import annotations

import pytest

from classifiers.recognizers.user_agent import UserAgentRecognizer
from tests.classifiers.fields import best_entity, name_signal, real_column, value_signal


@pytest.fixture(scope="module")
def recognizer():
    return UserAgentRecognizer()


@pytest.mark.parametrize("path", ["ua", "user_agent", "userAgent", "http_user_agent", "context.userAgent", "cs(User-Agent)",
                                  "useragent"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["ua_family", "agent_id", "user_agent_parsed", "travel_agent_id", "usage"])
def test_names_that_are_not_the_string(recognizer, path):
    signal = name_signal(recognizer, path)
    assert signal is None or signal.score < 0.5


@pytest.mark.parametrize("values", [
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"],
    ["Dalvik/2.1.0 (Linux; U; Android 11; SM-G991B Build/RP1A.200720.012)", "okhttp/4.9.0", "curl/7.68.0"],
    ["SwiftRadio/6 CFNetwork/1220.1 Darwin/19.6.0", "snowplow/andr-1.7.1 android/9"],
    ["TikTok 26.2.0 rv:262018 (iPhone; iOS 14.4.2; en_US) Cronet"],
])
def test_agent_values(recognizer, values):
    assert value_signal(recognizer, values).score >= 0.7


@pytest.mark.parametrize("values", [
    ["image/heic", "application/pdf", "video/mp4"],
    ["video/78617", "shop/123", "orders/991"],
    ["Air Fryer", "Sneakers", "Tote Bag"],
    ["1.9.3", "6.15.10", "2.0.1"],
])
def test_values_that_are_not_agents(recognizer, values):
    assert value_signal(recognizer, values) is None


def test_real_snowplow_user_agents_without_a_name():
    assert best_entity("c3", real_column("snowplow_web_events.csv", "useragent")) == "USER_AGENT"
