"""Classes of error the older wild benchmarks still showed (wild11's AWS CloudTrail events,
wild14's BMW connected-car states), each in the shape the public data has: a table named for
the states of a thing, a vehicle's position, an address column that writes a host name."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.table_view import head_noun, table_words
from datamap.model import DatasetSample, FieldSample


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns`."""
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_a_status_head_names_the_noun_before_it():
    assert head_noun(table_words("bmw_vehicle_states.ndjson")) == "vehicle"
    assert head_noun(table_words("order_status")) == "order"
    assert head_noun(table_words("device_state.csv")) == "device"
    # the states of a country, or states alone, are places
    assert head_noun(table_words("us_states.csv")) == "state"
    assert head_noun(table_words("states")) == "state"
    assert head_noun(table_words("world_cities.csv")) == "city"


#: where a connected car stood when its state was fetched (Munich, Olympiapark and around)
CAR_STATES = {
    "state.location.coordinates.latitude": [48.177644, 48.178021, 48.174118, 48.175923, 48.176551] * 4,
    "state.location.coordinates.longitude": [11.556587, 11.559873, 11.552741, 11.554012, 11.558330] * 4,
    "state.location.heading": [123, 221, 45, 310, 180] * 4,
    "state.currentMileage": [1121, 1135, 1190, 1204, 1251] * 4,
    "state.doorsState.combinedState": ["CLOSED", "CLOSED", "OPEN", "CLOSED", "CLOSED"] * 4,
}


def test_a_vehicle_s_position_fix_is_where_its_driver_is():
    found = classify("bmw_vehicle_states.ndjson", CAR_STATES)
    assert found["state.location.coordinates.latitude"] == "GPS_COORDINATE"
    assert found["state.location.coordinates.longitude"] == "GPS_COORDINATE"
    # a table of cars still lists where they were made: no one's whereabouts
    cars = {"model": ["Golf", "Polo", "Civic", "Corolla", "Focus"] * 4,
            "origin_country": ["Germany", "Germany", "Japan", "Japan", "United States"] * 4,
            "mpg": [32, 36, 35, 33, 30] * 4}
    assert classify("cars.csv", cars)["origin_country"] is None


def test_the_coordinates_of_a_table_of_places_still_describe_the_places():
    # the vehicle rule keeps a fix in a vehicle's table only: stations' and states' stay theirs
    places = {"name": ["Ordino", "Andorra la Vella", "Paris", "Berlin", "Madrid"] * 4,
              "lat": [42.55623, 42.50779, 48.85341, 52.52437, 40.4165] * 4,
              "lng": [1.53319, 1.52109, 2.3488, 13.41053, -3.70256] * 4}
    assert classify("us_states.csv", places)["lat"] is None
    assert classify("weather_stations.csv", places)["lat"] is None


def test_an_address_column_that_writes_a_caller_s_host_name_is_still_the_address():
    # CloudTrail: a person's call carries their IP, a service's its host name
    events = {"eventName": ["PutEvaluations", "GetObject", "PutEvaluations", "ListBuckets", "PutEvaluations"] * 4,
              "sourceIPAddress": ["config.amazonaws.com", "203.0.113.11", "config.amazonaws.com", "198.51.100.7",
                                  "config.amazonaws.com"] * 4}
    assert classify("cloudtrail.ndjson", events)["sourceIPAddress"] == "IP_ADDRESS"


def test_a_column_of_host_names_alone_is_no_address():
    hosts = {"remote_host": ["api.github.com", "pypi.org", "files.pythonhosted.org", "registry.npmjs.org"] * 5,
             "bytes": [512, 2048, 4096, 1024] * 5}
    assert classify("proxy_requests.csv", hosts)["remote_host"] != "IP_ADDRESS"
    # nor do host names without an address name read as addresses
    assert classify("links.csv", {"target": hosts["remote_host"]})["target"] != "IP_ADDRESS"


def test_a_document_s_number_beside_its_kind_is_a_government_id():
    # identity-verification APIs: which document, then its number under a bare name
    documents = {"kind": ["DriversLicense", "Passport", "DriversLicense", "NationalIdCard"] * 5,
                 "identifier": ["D1234567", "X12345678", "F7654321", "A98765432"] * 5,
                 "authority": ["California DMV", "HM Passport Office", "Texas DPS", "Ministry of Interior"] * 5}
    assert classify("id_documents.ndjson", documents)["identifier"] == "GOVERNMENT_ID"
    # the same numbers beside kinds of something else are no one's documents
    parts = dict(documents, kind=["Bolt", "Washer", "Bolt", "Nut"] * 5)
    assert classify("parts.ndjson", parts)["identifier"] != "GOVERNMENT_ID"
