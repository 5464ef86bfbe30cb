"""Values alone (issue 10, session 22): classes of personal data told by their values and their
neighbours when every column is named `c01…`. Values written here, not copied from a benchmark."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample


def classify(**columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name="export.csv", source="test", kind="csv", fields=fields),
                               embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_the_columns_that_complete_a_street_address_on_its_rows_are_the_address():
    # an API example's two customers: e-mail, street, second line, city, postcode, then (not
    # next to the block) a count, the state and the country code
    found = classify(c01=["reid.amos@mailbox.example", "h.okafor@mailbox.example"],
                     c02=["4410 Quarry Lane", "17 Birchwood Avenue"], c03=["Suite 210", "Apt. 4B"],
                     c04=["Tacoma", "Tacoma"], c05=["98402", "98405"], c06=[400, 12],
                     c07=["WA", "WA"], c08=["US", "US"], c09=[2019, 2021])
    assert found["c03"] == "STREET_ADDRESS"
    assert found["c04"] == "CITY" and found["c05"] == "STREET_ADDRESS"  # the postcode: the address's own part
    assert found["c07"] == "REGION" and found["c08"] == "COUNTRY"
    assert found["c06"] is None  # a small number beside the block is a count, no postcode
    assert found["c09"] is None  # and years after the country are years
    # an order's number beside the street is no second line
    found = classify(c01=["reid.amos@mailbox.example"], c02=["#1042"], c03=["4410 Quarry Lane"], c04=["Tacoma"])
    assert found["c02"] is None and found["c04"] == "CITY"


def test_codes_and_numbers_without_a_street_on_their_rows_are_nothing():
    emails = ["reid.amos@mailbox.example", "h.okafor@mailbox.example", "lin.q@mailbox.example"]
    # no street at all: the same codes and digits say nothing
    found = classify(c01=emails, c02=["Tacoma", "Tacoma", "Boise"], c03=["98402", "98405", "83702"], c04=["WA", "WA", "ID"])
    assert found == {"c01": "EMAIL_ADDRESS", "c02": None, "c03": None, "c04": None}
    # a street on one row only: codes filled on the other rows belong to something else
    found = classify(c01=emails, c02=["4410 Quarry Lane", None, None], c03=[None, "WA", "ID"])
    assert found["c03"] is None
    # a word in lower case that some country names a district (`bar`) is no state
    found = classify(c01=emails, c02=["4410 Quarry Lane", None, None], c03=[None, None, "bar"])
    assert found["c03"] is None
    # a street in a record of nobody (a depot list's address, a count, a code)
    found = classify(c01=["4410 Quarry Lane", "17 Birchwood Avenue"], c02=["WA", "OR"], c03=["98402", "97035"])
    assert found["c02"] is None and found["c03"] is None


def test_a_pair_of_fine_degrees_on_the_rows_of_an_address_is_where_it_lies():
    found = classify(c01=["m.sato@mailbox.example"], c02=["61 Harrow Road"], c03=["Leeds"],
                     c04=[53.79648], c05=[-1.54785], c06=[0.0825], c07=[0.0612])
    assert found["c04"] == "GPS_COORDINATE" and found["c05"] == "GPS_COORDINATE"
    # two tax rates side by side are fractions, no place
    assert found["c06"] is None and found["c07"] is None
    # a price and a weight (two decimals) beside the same address are no coordinates
    found = classify(c01=["m.sato@mailbox.example"], c02=["61 Harrow Road"], c03=[12.5], c04=[47.25])
    assert found["c03"] is None and found["c04"] is None


def test_padded_given_names_beside_surnames_are_names():
    # a fixed-width export pads some given names with a blank (`Ingrid `)
    surnames = ["Lindqvist", "Okafor", "Moreau", "Brennan", "Castillo", "Nakamura", "Petrov", "Walsh"]
    given = ["Ingrid ", "Emeka", "Claire ", "Declan", "Lucia ", "Haruto", "Ivan ", "Siobhan"]
    found = classify(c01=list(range(101, 109)), c02=surnames, c03=given)
    assert found["c02"] == "PERSON" and found["c03"] == "PERSON"


def test_the_words_of_a_full_name_on_a_one_row_record_are_its_given_name_and_surname():
    found = classify(c01=["Helen"], c02=["Marsh"], c03=["h.marsh@mailbox.example"], c04=["Helen Marsh"],
                     c05=["Mr"], c06=["Mr Marsh"])
    assert found["c01"] == "PERSON" and found["c02"] == "PERSON"
    # a title is a word of the name beside it too, but no one's name
    assert found["c05"] is None


def test_a_payment_platforms_customer_ids_are_accounts_and_its_charge_ids_are_not():
    found = classify(c01=["cus_Lk2Vb8RmQx04Ta"], c02=["ich_7Hq2ZpWc91LmNe4R"], c03=["ch_3Kd92LmQpZx81Vb0"],
                     c04=["pm_1Nv8QaZk4TyR2Lm"])
    assert found["c01"] == "ACCOUNT_ID" and found["c02"] == "ACCOUNT_ID"
    assert found["c03"] is None and found["c04"] is None


def test_a_second_line_of_suites_and_numbered_lines_and_postcodes_of_many_countries_complete_the_address():
    # a sample database's customers: streets of many countries, a second line mixing suites
    # with further numbered lines, cities, then postcodes in their countries' forms
    streets = ["12, rue des Tanneurs", "4410 Quarry Lane", "Hafenstrasse 8", "77 Harbour Parade", "Via Roma 21",
               "9 Kingsway", "Calle Mayor 5", "310 Elm Street", "Rua Augusta 44", "52 Queen Street"]
    seconds = ["Suite 210", "Level 4", "Unit 7", "2nd Floor", "PB 118 Sentrum", "Suite 12", "3 Dock Road", None, None, None]
    cities = ["Lyon", "Tacoma", "Hamburg", "Sydney", "Milan", "Leeds", "Madrid", "Boise", "Lisbon", "Auckland"]
    codes = ["69001", "98402", "20457", "2000", "20121", "LS1 4AP", "28013", "83702", "1100-148", "1010"]
    found = classify(c01=[f"buyer{i}@shop.example" for i in range(10)], c02=streets, c03=seconds, c04=cities,
                     c05=codes, c06=[1370, 1166] * 5)
    assert found["c04"] == "CITY"
    assert found["c02"] == "STREET_ADDRESS" and found["c03"] == "STREET_ADDRESS" and found["c05"] == "STREET_ADDRESS"
    # a sales rep's number after the postcodes: two numbers over and over, no addresses
    assert found["c06"] is None
