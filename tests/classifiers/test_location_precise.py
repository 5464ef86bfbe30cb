"""Precise location: coordinates by name or pair, geohashes; accuracy, speed and prices are not."""
from __future__ import annotations

import pytest

from classifiers.recognizers.location_precise import GeohashRecognizer, GpsCoordinateRecognizer
from tests.classifiers.fields import best_entity, field, name_signal, real_column, value_signal

LATS = [39.336962, 29.817184, 42.720911, -33.868820, 51.507351]
LONS = [-76.467685, -90.127159, -84.633734, 151.209290, -0.127758]


@pytest.fixture(scope="module")
def recognizer():
    return GpsCoordinateRecognizer()


@pytest.mark.parametrize("path", ["lat", "lng", "latitude", "longitude", "geo_latitude", "double_latitude", "context.location.lat",
                                  "coordinates", "latLng", "weidu"])
def test_names(recognizer, path):
    assert name_signal(recognizer, path) is not None


@pytest.mark.parametrize("path", ["latitude_longitude_accuracy", "accuracy_m", "speed_kmh", "bearing", "altitude",
                                  "is_lat", "location_permission", "location_name", "lat_updated_at"])
def test_names_that_are_not_positions(recognizer, path):
    assert name_signal(recognizer, path) is None


def test_coordinates_by_name_and_pair():
    assert best_entity("latitude", LATS, field("longitude", LONS)) == "GPS_COORDINATE"
    assert best_entity("longitude", LONS, field("latitude", LATS)) == "GPS_COORDINATE"
    assert best_entity("context.location.y", LATS, field("context.location.x", LONS)) == "GPS_COORDINATE"


def test_plain_numbers_are_never_a_location_alone():
    assert best_entity("c28", LATS) is None
    assert best_entity("price", [29.98, 72.78, 19.88, 41.57, 10.5]) is None
    assert best_entity("temp_c", [39.4, 82.1, 21.3, 18.25, 55.7]) is None


# the Chinese map APIs (AMap's `location=lng,lat`) write the longitude first
@pytest.mark.parametrize("values", [["37.774929,-122.419416", "40.712776, -74.005974"], ["POINT(-122.419416 37.774929)"],
                                    ["114.05790,22.54310", "120.15510,30.27410"]])
def test_pair_values(recognizer, values):
    assert value_signal(recognizer, values).score >= 0.5


@pytest.mark.parametrize("values", [["-24902753.22", "-29970651.07"], ["190.123", "200.5555"], ["95.12345,100.12345"]])
def test_out_of_range_values(recognizer, values):
    assert value_signal(recognizer, values) is None


def test_geohash():
    assert name_signal(GeohashRecognizer(), "geohash") is not None
    values = ["dqcxgcjfm", "9vrcth53s", "u4pruydqq", "wx4g0ec1"]
    assert best_entity("geohash", values) == "GEOHASH"
    assert best_entity("c29", values) is None
    assert value_signal(GeohashRecognizer(), ["alio", "ilo"]) is None  # a, i, l, o are not in the alphabet


def test_real_snowplow_and_segmentation_coordinates():
    lat = real_column("snowplow_mobile_geolocation_context.csv", "latitude")
    lon = real_column("snowplow_mobile_geolocation_context.csv", "longitude")
    assert best_entity("latitude", lat, field("longitude", lon)) == "GPS_COORDINATE"
    accuracy = real_column("snowplow_mobile_geolocation_context.csv", "latitude_longitude_accuracy")
    assert best_entity("latitude_longitude_accuracy", accuracy, field("latitude", lat)) is None


def test_placeholder_values_do_not_contradict_a_named_pair():
    # AWARE writes -100.0 when no fix is available: the fields are still the GPS fields
    lat = real_column("phone_locations_raw.csv", "double_latitude")
    lon = real_column("phone_locations_raw.csv", "double_longitude")
    assert best_entity("double_latitude", lat, field("double_longitude", lon)) == "GPS_COORDINATE"


def test_pairs_decide_alone_single_numbers_do_not():
    assert best_entity("c32", ["37.774929,-122.419416", "40.712776,-74.005974", "51.507351,-0.127758"]) == "GPS_COORDINATE"
    assert best_entity("c33", ["POINT(-122.419416 37.774929)", "POINT(13.404954 52.520008)"]) == "GPS_COORDINATE"
    # pairs of 2-decimal numbers (price ranges, scores) are not positions
    assert best_entity("c34", ["1.25,3.50", "2.75,4.25", "5.50,1.25"]) is None


def test_other_coordinate_notations():
    assert best_entity("latitudeE7", [377749295, 405127750, 515073510, -338688200, 225430960]) == "GPS_COORDINATE"
    assert best_entity("lat", ["37.7749° N", "40.7128° N", "33.8688° S"]) == "GPS_COORDINATE"


def test_geohashes_under_a_geo_name():
    assert best_entity("geo_cell", ["9q8yyk8", "u33dc0c", "ws10k0k", "gcpvj0d", "9v6kpmr"]) == "GEOHASH"
    # street-level cells that mix digits with letters past hex tell it alone; short cells do not
    assert best_entity("c42", ["9q8yyk8", "u33dc0c", "ws10k0k", "gcpvj0d", "9v6kpmr"]) == "GEOHASH"
    assert best_entity("c42", ["9q8y", "u33d", "ws10", "gcpv", "9v6k"]) is None


def test_an_encoded_polyline_is_a_track_under_its_name_and_nothing_alone():
    tracks = ["fisDfxtaP}CRYeI`c@fMiSmk@{g@|dAqK{g@", "jkb^ahnwUR|DvB~C`TA_v@us@tSiF_XvaAfh@", "_p~iF~ps|U_ulLnnqC_mqNvxq`@",
              "ifsyFhazoMcBgGwAaEoByEkC_H", "mfp_I__vpAqJ`@wUrCa\\dCgGig@"]
    assert best_entity("map.summary_polyline", tracks) == "GPS_COORDINATE"
    assert best_entity("c9", tracks) is None
    assert best_entity("location", ["Washington", "Californias", "Springfield", "Massachusetts", "Philadelphia"]) \
        != "GPS_COORDINATE"


def test_small_measurements_side_by_side_are_no_coordinate_pair():
    from tests.classifiers.support import best_entity

    import random

    rng = random.Random(3)
    volts = [round(rng.uniform(3.2, 4.2), 4) for _ in range(50)]
    amps = [round(rng.uniform(-2, 1.5), 4) for _ in range(50)]
    # near (0, 0) both ways is open sea: readings, whatever the columns are called
    assert best_entity("c05", volts, {"c06": amps}) is None
    assert best_entity("voltage_v", [v * 10 for v in volts], {"current_a": [a * 10 for a in amps]}) is None
    lats = [round(rng.uniform(40.5, 40.9), 5) for _ in range(50)]
    lons = [round(rng.uniform(-74.2, -73.7), 5) for _ in range(50)]
    assert best_entity("c05", lats, {"c06": lons}) == "GPS_COORDINATE"

