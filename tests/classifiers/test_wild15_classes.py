"""Classes of error a fifteenth blind benchmark of public data (benchmarks/wild15) exposed, each
in the shape the public data has: GitHub's REST API issues and users as PyGithub's tests replay
them, TP-Link Kasa plugs' and hubs' system information (python-kasa's fixtures), a Husqvarna
Automower's status (aioautomower's), Ring doorbells (ring_doorbell's) and Netatmo weather
stations (pyatmo's)."""
from __future__ import annotations

import json

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample
from inventory.connectors.base import SampleOptions
from inventory.connectors.files import FileConnector


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns`."""
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_api_records_whose_parts_are_each_in_few_records_keep_their_fields(tmp_path):
    # GitHub's issues: a milestone, a closer or a type in a few of them only; DuckDB's reader
    # would read such records as one MAP and the file as a single field `json`
    issue = {"id": 1, "title": "Crash on start", "user": {"login": "jacquev6", "id": 327146}, "state": "open"}
    rows = [dict(issue, id=i) for i in range(60)]
    rows += [dict(issue, id=100 + i, **{f"extra_{i}": {"a": i, "b": str(i)}}) for i in range(40)]
    path = tmp_path / "github_issues.ndjson"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    connector = FileConnector(str(path))
    [ref] = list(connector.datasets())
    paths = {f.path for f in connector.sample(ref, SampleOptions()).fields}
    assert {"id", "title", "user.login", "user.id", "state"} <= paths


def test_a_mac_written_without_separators_is_a_mac_under_its_name():
    # Kasa hubs' children: `mac` as twelve hex digits; a microphone's `mic_mac` too
    found = classify("kasa_hub_children.ndjson", {"mac": ["F0090D1A2B3C", "788CB5A0B1C2", "E4FAC4112233"],
                                                  "mic_mac": ["D847321A2B3C", "D80D17A0B1C2", "5091E3112233"]})
    assert found == {"mac": "MAC_ADDRESS", "mic_mac": "MAC_ADDRESS"}
    # twelve hex digits under another name stay nothing of the kind
    assert classify("commits.ndjson", {"short_sha": ["0791cc7b1a70", "9f7850bf6572", "813da528da46"]})["short_sha"] \
        != "MAC_ADDRESS"


def test_amazons_device_serial_number_is_a_device_id():
    found = classify("ring_devices.ndjson", {"third_party_dsn": ["G090XG0712345ABC", "G0A1B2C3D4E5F6G7"],
                                             "third_party_model": ["A3RMGO6LYLH7YN", "A3RMGO6LYLH7YN"]})
    assert found["third_party_dsn"] == "DEVICE_ID"


def test_a_bare_model_beside_the_devices_hardware_identity_is_its_model():
    # a Kasa plug's system information; an Automower's `system` object
    found = classify("kasa_iot_sysinfo.ndjson", {"model": ["HS100(UK)", "EP10(US)", "KP303(US)"],
                                                 "mac": ["70:4F:57:1A:2B:3C", "AC:15:A2:0A:0B:0C", "28:87:BA:11:22:33"],
                                                 "hw_ver": ["1.0", "4.1", "2.0"]})
    assert found["model"] == "DEVICE_MODEL"
    found = classify("automower_mowers.ndjson", {"system.model": ["450XH-TEST", "Automower Aspire"],
                                                 "system.serialNumber": [123, 456]})
    assert found["system.model"] == "DEVICE_MODEL"
    # a regression's `model` beside its coefficients, a car's beside its price: nothing
    assert classify("fits.csv", {"model": ["ols", "ridge", "lasso"], "r2": [0.5, 0.6, 0.4]})["model"] is None
    assert classify("cars.csv", {"model": ["Corolla", "Civic", "Golf"], "price": [20000, 21000, 25000]})["model"] is None


def test_an_accounts_display_name_beside_its_login_and_email_is_a_persons_name():
    found = classify("github_users.ndjson", {
        "login": ["jacquev6", "nvie", "ammarmallik", "EnricoMi", "tamura", "lyloa"],
        "name": ["Vincent Jacques", "Vincent Driessen", "Ammar Akbar", "Enrico Minack", "Shinichi TAMURA", "Lyloa"],
        "email": ["vincent@vincent-jacques.net", "vincent@3rdcloud.com", None, "github@enrico.minack.dev", None, None]})
    assert found == {"login": "ACCOUNT_ID", "name": "PERSON", "email": "EMAIL_ADDRESS"}
    # organisations' accounts: their names end as organisations' do
    found = classify("orgs.ndjson", {"login": ["acme", "globex", "initech"],
                                     "name": ["Acme Corporation", "Globex Inc", "Initech Group"],
                                     "email": ["hi@acme.com", "info@globex.com", "office@initech.com"]})
    assert found["name"] != "PERSON"


def test_a_stations_place_is_its_owners_when_the_station_is_a_device():
    # Netatmo's weather stations, each keyed by its MAC: someone's home
    found = classify("netatmo_stations.ndjson", {
        "_id": ["12:34:56:37:11:ca", "12:34:56:36:fd:3c", "12:34:56:32:a7:60"],
        "place.city": ["Frankfurt", "Valley", "Gothenburg"], "place.country": ["DE", "AU", "SE"],
        "place.timezone": ["Europe/Berlin", "Australia/Hobart", "Europe/Stockholm"]})
    assert found["place.city"] == "CITY" and found["place.timezone"] == "TIME_ZONE"
    # a table of stations without a device's id lists places
    found = classify("stations.csv", {"station_id": ["KBOS", "KJFK", "KLAX"], "city": ["Boston", "New York", "Los Angeles"],
                                      "country": ["US", "US", "US"]})
    assert found["city"] is None


def test_a_settings_flag_named_after_a_connection_is_no_network_type():
    found = classify("ring_devices.ndjson", {"external_connection": [False, False, True],
                                             "features.dynamic_network_switching_eligible": [False, True, False]})
    assert found == {"external_connection": None, "features.dynamic_network_switching_eligible": None}
    # a flag that names the network stays one
    assert classify("sessions.ndjson", {"is_wifi": [True, False, True, True, False, True]})["is_wifi"] == "NETWORK_TYPE"


def test_a_machines_activity_is_its_state_and_a_cameras_snapshot_no_page_visited():
    found = classify("automower_mowers.ndjson", {"mower.activity": ["PARKED_IN_CS", "MOWING", "PARKED_IN_CS"],
                                                 "planner.override.action": ["NOT_ACTIVE", "NOT_ACTIVE", "FORCE_MOW"]})
    assert found == {"mower.activity": None, "planner.override.action": None}
    assert classify("events.ndjson", {"user.action": ["add_to_cart", "checkout", "add_to_cart"]})["user.action"] \
        == "BEHAVIORAL_EVENT"
    assert classify("ring_doorbot_history.ndjson",
                    {"snapshot_url": ["https://snapshots.example.com/1.jpg", "https://snapshots.example.com/2.jpg"]}) \
        == {"snapshot_url": None}


def test_a_capture_time_is_no_italian_postal_code():
    assert classify("ring_devices.ndjson", {"settings.intercom_settings.config.digital.ring.cap_tm": [40]}) \
        == {"settings.intercom_settings.config.digital.ring.cap_tm": None}
    assert classify("clienti.csv", {"cap": ["00184", "20121", "80133"]})["cap"] == "LOCATION"


def test_a_bare_position_of_whole_numbers_is_an_order_no_coordinate():
    # a Kasa power strip's outlets, one to six
    found = classify("kasa_hub_children.ndjson", {"position": [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]})
    assert found["position"] is None
    # a vehicle's `position` in fine degrees stays one
    assert classify("trips.ndjson", {"position": [48.137154, 48.13802, 48.13911, 48.14003, 48.14102, 48.1423]})["position"] \
        == "GPS_COORDINATE"
