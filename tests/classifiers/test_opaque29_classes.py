"""Values alone (issue 10, session 29): classes of personal data told by their values and their
table when every column is named `c01…`. Values written here, not copied from a benchmark."""
from __future__ import annotations

from tests.classifiers.support import classify_export as classify

GIVEN = ["Lavinia", "Marcus", "Helena", "Oscar", "Greta", "Tobias"]
EMAILS = [f"{g.lower()}.{i}@mailbox.example" for i, g in enumerate(GIVEN)]
BIRTHS = ["1990-02-11", "1985-07-30", "1979-12-01", "2001-05-17", "1995-03-08", "1988-09-21"]


def test_rarer_surnames_beside_given_names_are_the_rest_of_the_name():
    # a register: given names, then family names half of which no frequency list holds
    family = ["Haverbeke", "Johnston", "Torres", "Quillfeather", "Brennan", "Oyelaran"]
    found = classify(c01=GIVEN, c02=family, c03=BIRTHS, c04=["F", "M", "F", "M", "F", "M"])
    assert found["c01"] == "PERSON" and found["c02"] == "PERSON"
    # after a title column (`Mr.`, `Ms.`), the given names are names too, though half are rare
    found = classify(c01=["Mr.", "Ms.", "Mr.", "Dr.", "Ms.", "Mrs."],
                     c02=["Horace", "Ottilie", "Brannagh", "John", "Zenobe", "Maria"], c03=EMAILS)
    assert found["c02"] == "PERSON"
    # the towns beside the names are no names, though name lists hold some (`Florence`, `Austin`)
    found = classify(c01=GIVEN, c02=["Florence", "Lisbon", "Austin", "Porto", "Madrid", "Lyon"], c03=EMAILS)
    assert found["c02"] != "PERSON"


def test_passport_licence_and_rg_numbers_in_a_table_of_people_are_government_ids():
    # a guest register: its key, the guest's name and e-mail, then each one's passport number
    passports = ["KM4417092", "TR0938815", "P55120873", "ZX7720461", "AB3069914", "C81442705"]
    found = classify(c01=[1, 2, 3, 4, 5, 6], c02=GIVEN, c03=EMAILS, c04=passports)
    assert found["c04"] == "GOVERNMENT_ID"
    # Brazil's RG, grouped with its check digit
    found = classify(c01=[1, 2, 3, 4, 5, 6], c02=EMAILS,
                     c03=["24.318.775-2", "31.902.446-X", "18.554.020-7", "42.117.389-1", "9.876.543-0", "27.450.118-4"])
    assert found["c03"] == "GOVERNMENT_ID"
    # the register's own codes count up (`C0001001`...): no document's
    found = classify(c01=[1, 2, 3, 4, 5, 6], c02=GIVEN, c03=EMAILS,
                     c04=["C0001001", "C0001002", "C0001003", "C0001004", "C0001005", "C0001006"])
    assert found["c04"] != "GOVERNMENT_ID"
    # the same numbers in a table of things (a parts list) are no one's documents
    found = classify(c01=[1, 2, 3, 4, 5, 6], c02=passports, c03=[10, 20, 30, 40, 50, 60])
    assert found["c02"] != "GOVERNMENT_ID"


def test_birth_years_months_and_days_written_apart_are_birth_dates():
    # a person table as the OMOP CDM keeps it: key, gender concept, year, month and day of birth,
    # of a register of pensioners (their median born more than 90 years ago)
    found = classify(name="person.csv", c01=[1780, 30091, 37455, 41204, 55310, 60218, 71002, 80455],
                     c02=[8532, 8507, 8532, 8532, 8507, 8507, 8532, 8507],
                     c03=[1930, 1932, 1913, 1922, 1956, 1937, 1928, 1934],
                     c04=[2, 8, 7, 10, 9, 11, 1, 12], c05=[1, 14, 1, 30, 1, 7, 21, 1])
    assert [found[c] for c in ("c03", "c04", "c05")] == ["DATE_OF_BIRTH"] * 3
    # small numbers after a column that is no birth year (a visit's count) are no birth's parts
    found = classify(name="person.csv", c01=[1780, 30091, 37455, 41204, 55310, 60218, 71002, 80455],
                     c02=[3, 8, 7, 10, 9, 11, 1, 12], c03=[1, 14, 1, 30, 1, 7, 21, 1])
    assert found["c02"] is None and found["c03"] is None
