"""Values alone (issue 10, session 23): classes of personal data told by their values and their
neighbours when every column is named `c01…`. Values written here, not copied from a benchmark."""
from __future__ import annotations

from tests.classifiers.support import classify_export as classify


def test_given_middle_and_family_name_columns_are_names():
    # a name table: its key, the person's id, a title on some rows, given, middle, family names
    found = classify(c01=[11, 12, 13, 14, 15, 16], c02=[501, 502, 503, 504, 505, 506],
                     c03=["Mrs.", None, None, "Mr.", None, None],
                     c04=["Margaret", "Thomas", "Ingrid", "Robert", "Elena", "Daniel"],
                     c05=["Rose", None, "K.", "Test", None, "Test"],
                     c06=["Whitlock", "Abernathy", "Solberg2", "Kowalczyk", "Ferreira", "Okonkwo"])
    assert found["c04"] == "PERSON" and found["c06"] == "PERSON"
    assert found["c05"] == "PERSON"  # the middle names between them
    assert found["c03"] is None and found["c01"] is None
    # three columns of words that are no names (colours, sizes, materials) stay unclaimed
    found = classify(c01=["Crimson", "Azure", "Ivory", "Olive", "Amber", "Teal"],
                     c02=["Large", "Small", None, "Medium", "Large", None],
                     c03=["Cotton", "Linen", "Wool", "Silk", "Cotton", "Denim"])
    assert set(found.values()) == {None}


def test_a_few_birth_dates_in_a_table_of_people_are_birth_dates():
    # a clinic's five patients: names, sex, and their birth dates (one missing)
    found = classify(name="patients.csv", c01=["p-1", "p-2", "p-3", "p-4", "p-5", "p-6"],
                     c02=["Margaret Whitlock", "Thomas Abernathy", "Ingrid Solberg", "Robert Kowalczyk",
                          "Elena Ferreira", "Daniel Okonkwo"],
                     c03=["female", "male", "female", "male", "female", "male"],
                     c04=["1952-03-14", "1987-11-02", None, "1969-07-30", "1991-01-09", "1975-05-21"],
                     c05=["2024-02-01", "2024-02-03", "2024-03-11", "2024-03-12", "2024-04-02", "2024-04-20"])
    assert found["c04"] == "DATE_OF_BIRTH"
    assert found["c05"] is None  # the visits of this year are no births


def test_birth_dates_written_day_first_and_month_first_in_one_column_are_read():
    # a contact list merged from two offices: `31/10/1988` (day first) beside `10/13/1979` (month first)
    days = ["31/10/1988", "10/13/1979", "02/05/1964", "23/07/1990", "12/28/1958", "14/02/1972",
            "07/19/1983", "30/01/1995", "05/06/1969", "11/25/1976", "19/09/1961", "08/08/1985"]
    names = ["Margaret Whitlock", "Thomas Abernathy", "Ingrid Solberg", "Robert Kowalczyk", "Elena Ferreira",
             "Daniel Okonkwo", "Paul Lambert", "Sara Lindgren", "Victor Moreau", "Hannah Brook", "Igor Petrov",
             "Julia Santos"]
    emails = [n.lower().replace(" ", ".") + "@mailbox.example" for n in names]
    found = classify(c01=names, c02=emails, c03=days)
    assert found["c03"] == "DATE_OF_BIRTH"


def test_the_person_of_a_table_of_peoples_parts_is_the_id_after_its_key():
    # a person's names, one row each (a preferred flag, the person's id, given and family names)
    found = classify(name="person_name.csv", c01=[31, 32, 33, 34, 35, 36], c02=[True, False, True, True, True, False],
                     c03=[7, 7, 9, 12, 15, 15], c04=["Margaret", "Maggie", "Thomas", "Ingrid", "Robert", "Bob"],
                     c05=["Whitlock", "Whitlock", "Abernathy", "Solberg", "Kowalczyk", "Kowalczyk"])
    assert found["c03"] == "ACCOUNT_ID"
    assert found["c01"] is None  # the names' own numbers
    # a table of people is keyed by its first column, as before
    found = classify(name="person.csv", c01=[7, 9, 12, 15, 18, 21],
                     c02=["Margaret Whitlock", "Thomas Abernathy", "Ingrid Solberg", "Robert Kowalczyk",
                          "Elena Ferreira", "Daniel Okonkwo"], c03=[3, 3, 1, 2, 3, 1])
    assert found["c01"] == "ACCOUNT_ID" and found["c03"] is None


def test_older_peoples_ages_are_told_by_their_unit_or_age_group():
    # a trial's patients, older than working age: sex, age, its unit, its group
    ages = [71, 64, 83, 77, 58, 80, 69, 75, 88, 62, 79, 73, 77, 71, 80, 66, 75, 69, 83, 64]
    sexes = ["F", "M", "M", "F"] * 5
    groups = ["65-80" if 65 <= a <= 80 else ("<65" if a < 65 else ">80") for a in ages]
    found = classify(c01=sexes, c02=ages,
                     c03=["YEARS"] * 20, c04=groups)
    assert found["c02"] == "AGE"
    found = classify(c01=sexes, c02=ages, c03=groups)
    assert found["c02"] == "AGE"
    # the same numbers beside a unit of something else (a test score out of 100) are no ages
    found = classify(c01=sexes, c02=ages, c03=["points"] * 20)
    assert found["c02"] is None
    # and a group column that disagrees with the numbers row by row says nothing
    found = classify(c01=sexes, c02=ages, c03=groups[::-1])
    assert found["c02"] is None


def test_birth_dates_written_as_a_family_tree_writes_them_are_read():
    # a family tree's individuals: full name, sex, birth date as `1 JAN 1980`
    names = ["Anna /Lindqvist/", "Erik /Lindqvist/", "Karin /Berg/", "Olof /Berg/", "Maja /Holm/",
             "Nils /Holm/", "Greta /Lund/", "Sven /Lund/", "Ingrid /Dahl/", "Lars /Dahl/"]
    found = classify(c01=names, c02=["F", "M", "F", "M", "F", "M", "F", "M", "F", "M"],
                     c03=["3 MAR 1948", "17 Nov 1951", "2 JUL 1975", "29 FEB 1972", "8 OCT 1990",
                          "14 JAN 1988", "30 SEP 1962", "1 DEC 1960", "21 MAY 1983", "11 APR 1979"])
    assert found["c01"] == "PERSON" and found["c03"] == "DATE_OF_BIRTH"


def test_dates_beside_ages_that_would_put_births_in_the_future_are_no_birth_dates():
    # a trial's patients: sex, age, its group, and the date of diagnosis (recent years)
    ages = [71, 64, 83, 77, 58, 80, 69, 75, 88, 62, 79, 73, 77, 71, 80, 66, 75, 69, 83, 64]
    groups = ["65-80" if 65 <= a <= 80 else ("<65" if a < 65 else ">80") for a in ages]
    diagnosed = [f"{2000 + i % 14}-0{1 + i % 9}-1{i % 10}" for i in range(20)]
    found = classify(c01=["F", "M", "M", "F"] * 5, c02=ages, c03=groups, c04=diagnosed)
    assert found["c02"] == "AGE" and found["c04"] is None
