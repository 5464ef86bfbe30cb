"""JSON documents in a text column are classified by their keys and lifted to the column."""
from __future__ import annotations

import json

from classifiers.embedded_json import documents, embedded_dataset
from classifiers.engine import classify_dataset
from tests.classifiers.fields import best_entity, dataset, field, real_column

GEO = [json.dumps([{"latitude": 37.774929 + i / 100, "longitude": -122.419416 + i / 100, "latitude_longitude_accuracy": 12.5}])
       for i in range(6)]


def test_documents_and_paths():
    sample = field("contexts_geo", GEO + ["{not json"])
    assert len(documents(sample)) == 6  # the malformed cell is skipped, the others count
    paths = [f.path for f in embedded_dataset(sample).fields]
    assert paths == ["contexts_geo.latitude", "contexts_geo.longitude", "contexts_geo.latitude_longitude_accuracy"]


def test_a_json_column_takes_its_keys_category():
    assert best_entity("contexts_geo", GEO) == "GPS_COORDINATE"
    payload = [json.dumps({"idfa": "2a6d1177-892c-48cc-b55f-a8682ff127a3", "app_version": "1.2.3"})] * 5
    assert best_entity("payload", payload) == "ADVERTISING_ID"


def test_other_categories_in_the_documents_are_secondary():
    docs = [json.dumps({"idfa": "2a6d1177-892c-48cc-b55f-a8682ff127a3", "tz": "Europe/Berlin"})] * 5
    (result,) = classify_dataset(dataset(field("payload", docs)))
    entities = {d.entity: d.primary for d in result.accepted()}
    assert set(entities) == {"ADVERTISING_ID", "TIME_ZONE"}
    assert sum(entities.values()) == 1  # one primary detection for the column


def test_json_without_personal_keys_stays_none():
    robots = [json.dumps([{"category": "BROWSER", "primaryImpact": "NONE", "reason": "PASSED_ALL", "spiderOrRobot": False}])] * 5
    assert best_entity("contexts_robots", robots) is None
    assert best_entity("config", ["{}", "[]", "{}"]) is None


def test_text_that_is_not_json_is_not_parsed():
    assert documents(field("body", ["hello {there}", "plain text", "more text"])) is None
    assert documents(field("n", [1, 2, 3])) is None


def test_real_snowplow_context_columns():
    geo = real_column("snowplow_mobile_events.csv", "contexts_com_snowplowanalytics_snowplow_geolocation_context_1_1_0")
    assert best_entity("contexts_geolocation", geo) == "GPS_COORDINATE"
    ua = real_column("snowplow_web_events.csv", "contexts_com_snowplowanalytics_snowplow_ua_parser_context_1_0_0")
    assert best_entity("contexts_ua_parser", ua) in {"OPERATING_SYSTEM", "DEVICE_MODEL", "USER_AGENT"}
