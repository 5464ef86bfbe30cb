"""Classes of error an eighteenth blind benchmark of public data (benchmarks/wild18) exposed, each
in the shape the public data has: a TMY3 weather station's hourly file (pvlib), the `/proc/cpuinfo`
and `dmidecode` of machines (ansible-core's and py-dmidecode's fixtures), a car maker's API
endpoints (teslajsonpy), and Synthea's FHIR resources written to CSV by pandas (pyomop)."""
from __future__ import annotations

from classifiers import units
from classifiers.recognizers.street_address import is_street_address
from classifiers.recognizers.user_agent import _known_agent
from tests.classifiers.support import classify_table as classify

HOURS = 12


def test_a_quantity_measured_in_a_unit_is_no_identifier_and_no_place():
    # TMY3's columns: `DNI` is direct normal irradiance (and Spain's identity document), `DN
    # illum` direct normal illuminance, a dew point a temperature
    found = classify("tmy3_hourly.csv", {
        "DNI (W/m^2)": [0, 0, 712, 805, 833, 640, 0, 0, 129, 455, 688, 301],
        "DNI source": [1] * HOURS,
        "DNI uncert (%)": [0, 0, 9, 9, 8, 9, 0, 0, 16, 9, 9, 13],
        "DN illum (lx)": [0, 0, 68810, 79213, 81022, 61400, 0, 0, 9800, 43300, 66900, 28800],
        "DN illum source": [1] * HOURS,
        "Dew-point (C)": [6.1, 6.7, 7.2, 7.8, 7.2, 6.1, 3.3, -7.8, -6.1, -2.2, 0.0, 1.1],
        "Dew-point uncert (code)": [7] * HOURS,
    })
    assert all(entity is None for entity in found.values()), found
    # a measure itself keeps its name: a battery's charge in %, a coordinate in degrees
    found = classify("phone_log.csv", {
        "Battery level (%)": [87, 86, 84, 80, 79, 75, 70, 66, 61, 58, 55, 51],
        "Latitude (deg)": [52.520008, 52.520112, 52.521034, 52.5214, 52.5221, 52.5229, 52.5233, 52.5241,
                           52.5246, 52.5250, 52.5255, 52.5262],
        "Longitude (deg)": [13.404954, 13.405011, 13.40601, 13.4071, 13.4083, 13.4092, 13.4101, 13.4113,
                            13.4120, 13.4131, 13.4142, 13.4150]})
    assert found["Battery level (%)"] == "BATTERY_STATE"
    assert found["Latitude (deg)"] == "GPS_COORDINATE"
    # and a plain DNI column of Spanish identity numbers stays one
    dnis = ["12345678Z", "87654321X", "11111111H", "22222222J", "33333333P", "44444444A"]
    assert classify("clientes.csv", {"DNI": dnis, "nombre": ["Ana", "Luis", "Eva", "Juan", "Rosa", "Pau"]})["DNI"] \
        == "GOVERNMENT_ID"


def test_a_unit_is_read_from_the_name_and_a_plural_s_is_no_unit():
    assert units.unit_of("Wspd (m/s)") == ("Wspd", "m/s")
    assert units.unit_of("PM2.5 (ug/m3)") == ("PM2.5", "ug/m3")
    assert units.unit_of("Temp [°C]") == ("Temp", "°c")
    assert units.unit_of("Author(s)") is None
    assert units.unit_of("Phone (mobile)") is None
    paths = ("DNI (W/m^2)", "DNI source", "name")
    assert units.measured("DNI source", paths) == ""
    assert units.measured("name", paths) is None


def test_a_size_of_a_thing_is_no_thing():
    # dmidecode's BIOS `ROM Size` (a custom ROM is an Android build), cpuinfo's `address sizes`
    found = classify("dmidecode.csv", {"ROM Size": ["64 kB"] * 6, "Runtime Size": ["96 kB"] * 6})
    assert found["ROM Size"] is None
    found = classify("cpuinfo.csv", {"address sizes": ["40 bits physical, 48 bits virtual"] * 4
                                     + ["39 bits physical, 48 bits virtual"] * 2})
    assert found["address sizes"] is None


def test_a_programs_identifiers_are_no_street():
    # `/proc/cpuinfo`'s `bugs`: `spec_store_bypass` holds no street's Bypass
    assert not is_street_address("cpu_meltdown spectre_v1 spectre_v2 spec_store_bypass l1tf")
    assert is_street_address("633 Abernathy Landing")
    assert is_street_address("12 Airport Bypass")


def test_a_web_apis_routes_are_no_pages_visited():
    routes = ["api/1/vehicles/{vehicle_id}/command/door_unlock", "api/1/vehicles/{vehicle_id}/wake_up",
              "bff/v2/mobile-app/user", "api/1/products", "bff/v2/mobile-app/roadside/incidents/{incidentsId}",
              "api/1/users/orders", "status", "api/1/energy_sites/{site_id}/live_status",
              "bff/v2/mobile-app/vehicles/{vin}/service", "api/1/vehicles/{vehicle_id}/vehicle_data"]
    found = classify("tesla_endpoints.csv", {"name": [f"ENDPOINT_{i}" for i in range(10)],
                                             "TYPE": ["POST", "POST", "GET", "GET", "GET", "GET", "GET", "GET",
                                                      "GET", "GET"], "URI": routes})
    assert found["URI"] is None
    # pages people opened stay pages
    pages = ["/products/shoes", "/cart", "/checkout/payment", "/products/bags?color=red", "/account/orders",
             "/search?q=boots", "/products/hats", "/blog/spring-sale", "/", "/contact"]
    assert classify("pageviews.csv", {"page_url": pages})["page_url"] == "VISITED_URL"


def test_a_resources_reference_is_no_user_agent():
    assert not _known_agent("Condition/864227c1-ef70-0af7-711a-32e2d6bdbf1d")
    assert _known_agent("okhttp/4.9.0")


def test_pandas_written_records_in_a_cell_are_read_like_json():
    # pandas' `to_csv` of a column of FHIR telecom lists writes Python's repr, single quotes
    found = classify("fhir_export.csv", {
        "resourceType": ["Patient"] * 6,
        "telecom": [f"[{{'system': 'phone', 'value': '555-{n:03d}-{n * 7 % 10000:04d}', 'use': 'home'}}]"
                    for n in (810, 478, 245, 897, 331, 612)]})
    assert found["telecom"] == "PHONE_NUMBER"
