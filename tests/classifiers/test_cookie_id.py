"""Cookie and pixel ids: GA/Meta formats alone, hex and UUID ids by name."""
from __future__ import annotations

import pytest

from classifiers.recognizers.cookie_id import CookieIdRecognizer
from tests.classifiers.fields import best_entity, name_signal, real_column, value_signal


@pytest.fixture(scope="module")
def recognizer():
    return CookieIdRecognizer()


@pytest.mark.parametrize("path", ["cookie_id", "_ga", "ga_client_id", "fbp", "_fbc", "pixel_id", "domain_userid",
                                  "network_userid", "ajs_anonymous_id", "visitor_id"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["cookie_consent", "cookies_enabled", "cookie_policy_version", "oauth_client_secret",
                                  "cookie_domain"])
def test_names_that_are_not_ids(recognizer, path):
    assert name_signal(recognizer, path) is None


@pytest.mark.parametrize("values", [
    ["GA1.2.1234567890.1699999999", "GA1.1.2242196428.1665993634", "GA1.3.1656100997.1613715778"],
    ["fb.1.1596403881668.1116446470", "fb.1.1554763741205.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk"],
])
def test_vendor_formats_decide_alone(values):
    assert best_entity("c30", values) == "COOKIE_ID"


def test_hex_ids_need_the_name():
    hexes = real_column("snowplow_web_events.csv", "network_userid")
    assert best_entity("network_userid", hexes) == "COOKIE_ID"
    assert best_entity("event_fingerprint", hexes) is None


@pytest.mark.parametrize("values", [["3.14.2", "1.0"], ["1699999999", "1700000000"], ["PageView", "Purchase"]])
def test_values_that_are_not_cookies(recognizer, values):
    signal = value_signal(recognizer, values)
    assert signal is None or signal.score < 0.5


def test_a_raw_cookie_header_by_name():
    headers = ["_ga=GA1.2.1234567890.1699999999; _fbp=fb.1.1596403881668.1116446470; sid=abc",
               "sid=xyz; theme=dark", "_ga=GA1.2.987654321.1699990000; lang=en"]
    assert best_entity("cookie", headers) == "COOKIE_ID"
    # with analytics cookies in it, a header is telling alone; without, it needs the name
    assert best_entity("c37", headers) == "COOKIE_ID"
    assert best_entity("c37", ["sid=xyz; theme=dark", "lang=en; sid=abc", "a=1; b=2"]) is None
    assert best_entity("br_cookies", [True, False, True, True, True]) is None  # a browser flag
