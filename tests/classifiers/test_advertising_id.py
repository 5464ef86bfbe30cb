"""Advertising ids: IDFA/GAID/OAID by name with a UUID shape; a bare UUID decides nothing."""
from __future__ import annotations

import pytest

from classifiers.recognizers.advertising_id import AdvertisingIdRecognizer
from tests.classifiers.fields import best_entity, field, name_signal, real_column, value_signal

UUIDS = ["2a6d1177-892c-48cc-b55f-a8682ff127a3", "16FCFC20-7B05-4A94-8F5B-652C4BEC18B6",
         "38400000-8cf0-11bd-b23e-10b96e40000d", "6D92078A-8246-4BA4-AE5B-76104861E7DC"]
LAT_ID = "00000000-0000-0000-0000-000000000000"


@pytest.fixture(scope="module")
def recognizer():
    return AdvertisingIdRecognizer()


@pytest.mark.parametrize("path", ["idfa", "gaid", "adid", "aaid", "advertising_id", "advertisingId", "context.device.advertisingId",
                                  "google_ad_id", "amazon_aid", "oaid", "ifa", "mobile_ad_id"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["ad_tracking_enabled", "limit_ad_tracking", "is_lat", "adset_id", "ad_group_id", "campaign_id",
                                  "ad_click_id", "order_id"])
def test_names_that_are_not_ad_ids(recognizer, path):
    assert name_signal(recognizer, path) is None


@pytest.mark.parametrize("values", [UUIDS, UUIDS + [LAT_ID] * 3, [LAT_ID] * 5,
                                    ["A7071198-3848-40A5-B3D0-94578D9BZZZZ"]])  # vendor docs mask the tail
def test_values_with_the_name(values):
    assert best_entity("idfa", values) == "ADVERTISING_ID"


def test_a_uuid_alone_is_not_an_advertising_id():
    assert best_entity("c5", UUIDS) != "ADVERTISING_ID"
    assert best_entity("order_id", UUIDS) is None
    assert best_entity("session_id", UUIDS) is None


@pytest.mark.parametrize("values", [["10293847", "4411"], ["GA1.2.1234567890.1699999999"], ["not-a-uuid", "abc"]])
def test_values_that_are_not_uuids(recognizer, values):
    assert value_signal(recognizer, values) is None


def test_real_appsflyer_payload():
    assert best_entity("idfa", real_column("appsflyer_webhook_events.ndjson", "idfa")) == "ADVERTISING_ID"


def test_name_contradicted_by_values_is_weak():
    # a field named like an ad id that holds e-mail addresses is not trusted
    assert best_entity("adid", ["a@example.com", "b@example.org", "c@example.net", "d@example.com", "e@x.io"]) != "ADVERTISING_ID"
    assert field("adid", UUIDS).name == "adid"


def test_the_all_zero_limited_tracking_id_makes_a_uuid_column_an_ad_id():
    assert best_entity("c5", [u.upper() for u in UUIDS] + [LAT_ID]) == "ADVERTISING_ID"
    assert best_entity("c5", UUIDS) is None


def test_the_nil_uuid_as_a_placeholder_in_other_id_columns():
    assert best_entity("session_id", UUIDS + [LAT_ID]) is None
    assert best_entity("order_uuid", UUIDS + [LAT_ID]) is None
