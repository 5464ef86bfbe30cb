"""Behaviour: events, visited pages, searches and engagement measures, all name-driven."""
from __future__ import annotations

import pytest

from classifiers.recognizers.behavioral import (
    BehavioralEventRecognizer,
    EngagementMetricRecognizer,
    SearchQueryRecognizer,
    VisitedUrlRecognizer,
)
from tests.classifiers.support import best_entity, field, name_score

EVENTS = ["video_view", "page_view", "product_click", "add_to_cart", "purchase", "share"] * 5
URLS = [f"https://app.example.com/shop/{i}" for i in range(20)]


@pytest.mark.parametrize(("recognizer", "name"), [
    (BehavioralEventRecognizer(), "event"), (BehavioralEventRecognizer(), "event_name"),
    (BehavioralEventRecognizer(), "action"), (BehavioralEventRecognizer(), "se_action"),
    (VisitedUrlRecognizer(), "page_url"), (VisitedUrlRecognizer(), "referrer"), (VisitedUrlRecognizer(), "request"),
    (VisitedUrlRecognizer(), "http_referer"), (SearchQueryRecognizer(), "search_query"),
    (SearchQueryRecognizer(), "keyword"), (EngagementMetricRecognizer(), "watch_ms"),
    (EngagementMetricRecognizer(), "time_spent"), (EngagementMetricRecognizer(), "properties.watch_time"),
])
def test_behaviour_names(recognizer, name):
    assert name_score(recognizer, name) >= 0.7


@pytest.mark.parametrize(("recognizer", "name"), [
    (BehavioralEventRecognizer(), "event_id"), (BehavioralEventRecognizer(), "event_time"),
    (BehavioralEventRecognizer(), "event_revenue"), (BehavioralEventRecognizer(), "event_version"),
    (VisitedUrlRecognizer(), "avatar_url"), (VisitedUrlRecognizer(), "api_endpoint"),
    (VisitedUrlRecognizer(), "page_title"), (VisitedUrlRecognizer(), "image_url"),
    (SearchQueryRecognizer(), "sql_query"), (SearchQueryRecognizer(), "query_duration_ms"),
    (EngagementMetricRecognizer(), "latency_ms"), (EngagementMetricRecognizer(), "watch_count"),
])
def test_not_behaviour_names(recognizer, name):
    assert name_score(recognizer, name) < 0.5


def test_named_behaviour_columns():
    assert best_entity("event", EVENTS) == "BEHAVIORAL_EVENT"
    assert best_entity("page_url", URLS) == "VISITED_URL"
    assert best_entity("request", [f"GET /video/{i} HTTP/1.1" for i in range(20)]) == "VISITED_URL"
    assert best_entity("search_query", ["red dress", "air fryer", "cheap flights to rome", "gift ideas"] * 4) \
        == "SEARCH_QUERY"
    assert best_entity("watch_ms", [5537, 5794, 120, 88000, 4300, 61000]) == "ENGAGEMENT_METRIC"


def test_unnamed_behaviour_shapes_are_none():
    assert best_entity("c1", EVENTS) is None
    assert best_entity("c2", URLS) is None
    assert best_entity("latency_ms", [792, 826, 533, 213, 120, 90]) is None


def test_sql_in_a_query_field_is_not_a_search():
    assert best_entity("query", ["SELECT * FROM t WHERE id = %d" % i for i in range(10)]) is None


def test_keystroke_lists_are_not_engagement():
    sample = field("dwell_time", [112, 87, 140, 95, 120, 101])
    sample.list_lengths = __import__("pyarrow").array([3, 3])
    assert EngagementMetricRecognizer().value_signal(sample) is None


def test_a_logger_named_after_activity_is_no_user_activity():
    intents = ["com.android.camera.action.CROP", "android.intent.action.VIEW", "android.intent.action.MAIN"] * 3
    assert best_entity("ActivityManager.act", intents) is None
    # a phrase that runs from the parent into the field's own name still counts
    assert best_entity("search.query", ["red dress", "air fryer", "gift ideas"] * 3) == "SEARCH_QUERY"


def test_boolean_flags_are_not_behaviour():
    assert best_entity("is_attribution_event", [True, False] * 10) is None
    assert best_entity("$pathname", [f"/shop/{i}" for i in range(20)]) == "VISITED_URL"
    assert best_entity("event_source_url", URLS) == "VISITED_URL"


def test_vendor_built_in_event_names():
    events = ["$pageview", "$autocapture", "$identify", "signed_up", "$ae_session", "_first_open"] * 5
    assert best_entity("event", events) == "BEHAVIORAL_EVENT"


def test_pages_by_their_names_are_pages_visited():
    from tests.classifiers.fields import best_entity as best

    pages = ["首页", "分类页", "商品详情", "购物车", "确认订单", "我的", "直播间"] * 8
    assert best("ymmc", pages) == "BEHAVIORAL_EVENT"  # 页面名称 in pinyin initials
    assert best("page_name", ["Home", "Checkout", "Product Detail", "Cart"] * 10) == "BEHAVIORAL_EVENT"
