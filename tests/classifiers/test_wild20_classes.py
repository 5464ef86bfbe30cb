"""Classes of error a twentieth blind benchmark of public data (benchmarks/wild20) exposed, each
in the shape public data has it: a sample database's `customerNumber` and its customers that are
companies, a social API's person objects (their flags and avatar hashes) and snowflake ids, a
connected car's VIN under a bare `id` and the moment its battery was last read, a parsed log's
template ids, and a platform's numeric application id."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.support import best_entity

CUSTOMERS = ["Atelier graphique", "Signal Gift Stores", "Australian Collectors, Co.", "La Rochelle Gifts",
             "Mini Gifts Distributors Ltd.", "Havel & Zbyszek Co", "Land of Toys Inc.", "Euro+ Shopping Channel",
             "Dragon Souveniers, Ltd.", "Muscle Machine Inc", "Diecast Classics Inc.", "Herkku Gifts"]
PEOPLE = ["Mary Smith", "John Brown", "Ana Lopez", "Wei Zhang", "Olga Petrova", "Tom Jones", "Carine Schmitt",
          "Jean King", "Peter Ferguson", "Janine Labrune"]


def test_a_role_spelt_with_number_is_that_persons_id():
    # a sample database's keys of its customers and staff, and the orders that point at them
    numbers = [103, 112, 114, 119, 121, 124, 125, 128, 129, 131]
    assert best_entity("customerNumber", numbers, {"orderNumber": list(range(10100, 10110))}) == "ACCOUNT_ID"
    assert best_entity("employeeNumber", [1002, 1056, 1076, 1088, 1102, 1143, 1165, 1166, 1188, 1216],
                       {"lastName": ["Murphy", "Patterson", "Firrelli", "Bondur", "Bow", "Jennings", "Thompson",
                                     "Firrelli", "Tseng", "Vanauf"]}) == "ACCOUNT_ID"
    # the order's own number and a bank's account number stay no one's account
    assert best_entity("order_number", list(range(10100, 10110))) != "ACCOUNT_ID"
    assert best_entity("account_number", ["12345678", "23456789", "34567890", "45678901", "56789012",
                                          "67890123"]) != "ACCOUNT_ID"


def test_a_person_objects_flags_and_pictures_and_a_limit_per_user_are_no_account():
    person = {"inviter.id": ["115590097100865541"], "inviter.username": ["speed"]}
    assert best_entity("inviter.public_flags", [131328], person) is None
    assert best_entity("inviter.avatar", ["a_bab14f271d565501444b2ca3be944b25"], person) is None
    assert best_entity("owner.flags", [1024], {"owner.id": ["172150183260323840"]}) is None
    assert best_entity("rate_limit_per_user", [2], {"id": ["41771983423143937"], "name": ["general"]}) is None
    # the person object's key is still the account
    assert best_entity("inviter.id", ["115590097100865541"], {"inviter.username": ["speed"]}) == "ACCOUNT_ID"


def test_an_id_that_passes_luhn_is_no_card_number():
    # a 17-digit snowflake with a Maestro prefix passes Luhn one time in ten
    assert best_entity("source_guild.id", ["56188498421476534"], {"source_guild.name": ["Guildy name"]}) != "CREDIT_CARD"
    assert best_entity("card_number", ["5618849842147653", "4111111111111111"]) == "CREDIT_CARD"


def test_a_vin_is_a_device_id_by_its_form():
    from classifiers.recognizers.device_id import is_vin  # (here: main before this class had none)

    vins = ["VF1AAAAA555777999", "VF1AAAA0000000000", "VYSP0000000000000", "1HGCM82633A004352"]
    assert best_entity("id", vins, {"attributes.batteryLevel": [50, 60, 49, 73]}) == "DEVICE_ID"
    assert is_vin("WVWZZZ1JZXW000001")
    # a North American VIN's ninth character is its check digit
    assert not is_vin("1HGCM82633A004353")
    # a hex key, a prefixed counter and a number of 17 are no VIN
    assert not any(is_vin(v) for v in ("0A1B2C3D4E5F61234", "ABCDEF12345671234", "TXN20240101123456",
                                       "12345678901234567"))


def test_when_a_charge_was_last_read_is_no_battery_state():
    level = {"attributes.batteryLevel": [50], "attributes.plugStatus": [1]}
    assert best_entity("attributes.chargingRemainingTimeLastUpdateDateTime", ["2026-04-30T16:16:10Z"], level) is None
    assert best_entity("attributes.chargingRemainingTime", [145], level) == "BATTERY_STATE"


def test_a_name_column_of_companies_is_no_persons_name():
    contacts = {"contactLastName": ["Schmitt", "King", "Ferguson", "Labrune", "Bergulfsen", "Nelson", "Piestrzeniewicz",
                                    "Keitel", "Murphy", "Lee", "Freyre", "Berglund"]}
    assert best_entity("customerName", CUSTOMERS, contacts) is None
    assert best_entity("customer_name", PEOPLE) == "PERSON"


def test_a_numbered_code_is_no_event():
    # Loghub's parsed tables number their templates (`EventId`: E3, E32, E117)
    assert best_entity("EventId", ["E117", "E118", "E3", "E32"] * 5) != "BEHAVIORAL_EVENT"
    assert best_entity("event", ["add_to_cart", "page_view", "search", "add_to_cart", "page_view", "checkout"]) \
        == "BEHAVIORAL_EVENT"


def test_a_platforms_numeric_application_id_is_no_app_package():
    assert best_entity("application_id", ["94651234501213162"], {"name": ["A Name"]}) != "APP_PACKAGE"
    assert best_entity("application_id", ["com.zhiliaoapp.musically", "com.tencent.mm"]) == "APP_PACKAGE"


def _parsed_log(lines: list[str]) -> DatasetSample:
    rows = len(lines)
    columns = {"LineId": [str(i + 1) for i in range(rows)], "Time": ["04:30:30"] * rows, "Level": ["Info"] * rows,
               "Component": ["CBS"] * rows, "Content": lines, "EventId": ["E23"] * rows}
    return DatasetSample(name="windows_structured.csv", source="test", kind="test",
                         fields=[FieldSample(path=k, values=pa.array(v)) for k, v in columns.items()])


def test_a_version_in_log_text_is_no_ip_address():
    # Windows servicing's lines: a DLL's version and a package identity's `~~6.1.1.0`
    versions = ["00000001@2016/9/27:20:30:31.455 WcpInitialize (wcp.dll version 0.0.0.6) called (stack @0x7fed806eb5d)",
                "Read out cached package applicability for package: Package_for_KB2479943~31bf3856ad364e35~amd64~~6.1.1.0, "
                "ApplicableState: 112, CurrentState:112",
                "Read out cached package applicability for package: Package_for_KB2489256~31bf3856ad364e35~amd64~~6.1.1.1, "
                "ApplicableState: 80, CurrentState:0",
                "Ending TrustedInstaller initialization."] * 2
    content = {r.sample.path: r for r in classify_dataset(_parsed_log(versions))}["Content"]
    assert "IP_ADDRESS" not in {d.entity for d in content.accepted()}
    clients = ["Failed password for invalid user webmaster from 173.234.31.186 port 38926 ssh2",
               "Received disconnect from 52.80.34.196: 11: Bye Bye [preauth]"] * 4
    content = {r.sample.path: r for r in classify_dataset(_parsed_log(clients))}["Content"]
    assert "IP_ADDRESS" in {d.entity for d in content.accepted()}


def test_a_logins_provider_and_an_ids_signature_are_no_account():
    account = {"UID": ["_guid_7a1b2c"], "profile.email": ["email@email.com"]}
    assert best_entity("loginProvider", ["site"], account) is None
    assert best_entity("socialProviders", ["site"], account) is None
    assert best_entity("UIDSignature", ["Sj2wQmH1kq3XvV9rT0yZ="], account) is None
    assert best_entity("UID", ["_guid_7a1b2c"], {"loginProvider": ["site"]}) == "ACCOUNT_ID"


def test_a_programs_request_ids_and_memory_addresses_are_no_street():
    # OpenStack's parsed log: `ADDR` holds the request's id, user and project
    requests = ["req-38101a0b-2096-447d-96ea-a692162415ae 113d3a99c3da401fbd62cc2caa5b96d2 54fadb412c4e40cdbaed9335e4c35a9e",
                "req-9bc36dd9-91c5-4314-898a-47625eb93b09 113d3a99c3da401fbd62cc2caa5b96d2 54fadb412c4e40cdbaed9335e4c35a9e",
                "req-a2b3c4d5-1111-4222-9333-444455556666 - - - - -"]
    assert best_entity("ADDR", requests) != "STREET_ADDRESS"
    assert best_entity("address", ["0xffffffff81000000", "0xffffffff81000140", "0xffffffff810001f0"]) \
        != "STREET_ADDRESS"
    assert best_entity("address", ["54, rue Royale", "8489 Strong St.", "636 St Kilda Road", "67, rue des Cinquante Otages",
                                   "5677 Strong St.", "5557 North Pendale Street"]) == "STREET_ADDRESS"
