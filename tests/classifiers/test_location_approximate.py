"""Approximate location: countries, cities, regions; currencies, languages and cloud regions are not."""
from __future__ import annotations

import pytest

from classifiers.recognizers.location_approximate import (
    CityRecognizer,
    CountryRecognizer,
    PostalCodeRecognizer,
    RegionRecognizer,
)
from tests.classifiers.fields import best_entity, name_signal, real_column, value_signal


@pytest.mark.parametrize("path", ["country", "country_code", "sim_country", "geo_country", "countryCode", "guojia"])
def test_country_names(path):
    assert name_signal(CountryRecognizer(), path) is not None


@pytest.mark.parametrize("path", ["currency", "language", "phone_country_code", "country_of_origin", "count"])
def test_names_that_are_not_the_users_country(path):
    assert name_signal(CountryRecognizer(), path) is None


def test_codes_need_a_name_and_names_do_not():
    codes = ["US", "DE", "CN", "JP", "BR", "IN"]
    assert best_entity("country", codes) == "COUNTRY"
    assert best_entity("sim_country", [c.lower() for c in codes]) == "COUNTRY"
    assert best_entity("c23", codes) is None
    assert best_entity("c24", ["Germany", "United States", "China", "Japan", "Brazil"]) == "COUNTRY"


@pytest.mark.parametrize("values", [["USD", "EUR", "JPY", "GBP"], ["en", "zh", "es"]])
def test_currencies_and_languages_stay_none(values):
    assert best_entity("currency", values) is None
    assert best_entity("c25", values) is None


@pytest.mark.parametrize("path", ["city", "geo_city", "cityName", "town", "chengshi", "location.city"])
def test_city_names(path):
    assert name_signal(CityRecognizer(), path) is not None


def test_cities():
    assert best_entity("city", ["Rosedale", "Estelle", "Springfield", "Hackney", "Abbotsford"]) == "CITY"
    assert best_entity("c26", ["Shenzhen", "Paris", "New York", "Tokyo", "London", "Berlin"]) == "CITY"
    assert best_entity("c27", ["Rosedale", "Estelle", "Hackney", "Redhill"]) is None  # capitalised words alone


@pytest.mark.parametrize("path", ["region", "state", "province", "geo_region_name", "shengfen"])
def test_region_names(path):
    assert name_signal(RegionRecognizer(), path) is not None


@pytest.mark.parametrize("path", ["aws_region", "cloud_region", "battery_state", "order_state", "warehouse_zone"])
def test_names_that_are_not_the_users_region(path):
    assert name_signal(RegionRecognizer(), path) is None


def test_cloud_regions_stay_none():
    assert best_entity("region", ["us-east-1", "eu-west-1", "ap-south-1", "us-west-2", "eu-central-1"]) is None


def test_regions():
    assert best_entity("region", ["CA", "NY", "TX", "HE", "VIC"]) == "REGION"
    assert value_signal(RegionRecognizer(), ["us-east-1", "eu-west-1"]) is None


def test_real_snowplow_geo_columns():
    assert best_entity("geo_country", real_column("snowplow_web_events.csv", "geo_country")) == "COUNTRY"
    assert best_entity("geo_city", real_column("snowplow_web_events.csv", "geo_city")) == "CITY"
    assert best_entity("geo_region_name", real_column("snowplow_web_events.csv", "geo_region_name")) == "REGION"


@pytest.mark.parametrize("path", ["zip", "zipcode", "postal_code", "geo_zipcode", "postcode", "youbian"])
def test_postal_code_names(path):
    assert name_signal(PostalCodeRecognizer(), path) is not None


@pytest.mark.parametrize("path", ["zip_file", "zipped_size", "file_count"])
def test_names_that_are_not_postal_codes(path):
    assert name_signal(PostalCodeRecognizer(), path) is None


def test_postal_codes_need_the_name():
    values = ["60313", "94103-1234", "SW1A 1AA", "K1A 0B1", "3067", "D02"]
    assert best_entity("postal_code", values) == "LOCATION"
    assert best_entity("c31", values) is None


def test_a_bare_state_needs_place_values():
    assert best_entity("state", ["CA", "NY", "TX", "WA", "IL"]) == "REGION"
    assert best_entity("state", ["Bavaria", "Hesse", "Sichuan", "Ontario", "Victoria"]) == "REGION"
    assert best_entity("buttonState", [0, 1, 0, 0, 1, 2]) is None
    assert best_entity("order_state", ["PENDING", "SHIPPED", "DONE", "NEW", "PAID"]) is None


def test_free_form_places_under_a_location_name():
    places = ["San Francisco, CA", "Berlin, Germany", "Shenzhen, Guangdong, CN", "Austin, TX", "London"]
    assert best_entity("location", places) == "LOCATION"
    assert best_entity("c38", places) is None
    assert best_entity("location_permission", ["granted", "denied", "granted", "granted", "denied"]) is None
    assert best_entity("location", ["37.774929,-122.419416", "40.712776,-74.005974"]) == "GPS_COORDINATE"


def test_market_areas_with_their_state():
    assert best_entity("dma", ["New York, NY", "Los Angeles, CA", "Chicago, IL", "Philadelphia, PA", "Dallas-Ft. Worth, TX"]) == "REGION"


def test_chinese_townships_are_divisions():
    towns = ["西溪街道", "城关镇", "东湖乡", "南苑街道", "张家镇", "新城街道"] * 8
    assert value_signal(RegionRecognizer(), towns).score >= 0.5
    assert best_entity("regeocode.township", towns) is not None


def test_a_birthplace_is_where_a_person_comes_from():
    from tests.classifiers.support import best_entity

    places = ["Boston  Massachusetts  US", "Austin  Texas  US", "Salem  Oregon  US", "Springfield  Illinois  US",
              "Denver  Colorado  US", "Lyon  Auvergne-Rhone-Alpes  FR"] * 3
    assert best_entity("BIRTHPLACE", places) == "LOCATION"
    assert best_entity("place_of_birth", ["Boston, MA", "Austin, TX", "Paris, France", "Lyon, France"] * 4) == "LOCATION"
