"""Sibling and parent lookups that recognizers share."""
from __future__ import annotations

from classifiers.siblings import own_has, parent_has, sibling_with, siblings
from tests.classifiers.fields import dataset, field


def test_siblings_share_the_parent():
    lat, lon, city = field("geo.lat", [1.0]), field("geo.lng", [2.0]), field("user.city", ["Paris"])
    data = dataset(lat, lon, city)
    assert siblings(lat, data) == [lon]
    assert sibling_with(lat, data, ("lng", "lon")) is lon
    assert sibling_with(lat, data, ("city",)) is None


def test_own_and_parent_tokens():
    sample = field("context.screenInfo.widthPx", [1170])
    assert own_has(sample, ("height", "width")) == "width"
    assert parent_has(sample, ("display", "screen")) == "screen"
    assert parent_has(sample, ("battery",)) is None
