"""Classes of error a twentieth blind benchmark of public data (benchmarks/wild20) exposed, each
in the shape public data has it: a sample database's `customerNumber` and its customers that are
companies, a social API's person objects (their flags and avatar hashes) and snowflake ids, a
connected car's VIN under a bare `id` and the moment its battery was last read, a parsed log's
template ids, and a platform's numeric application id."""
from __future__ import annotations

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
