"""Classes of error a blind benchmark of public data showed (benchmarks/wild30), each with values
written here: a gender column between the name parts, ..."""
from __future__ import annotations

from tests.classifiers.support import best_entity, classify_export, classify_table

GIVEN = ["Margaret", "Thomas", "Ingrid", "Robert", "Elena", "Daniel"]
FAMILY = ["Whitlock", "Abernathy", "Solberg", "Kowalczyk", "Ferreira", "Okonkwo"]
GENDERS = ["Female", "Male", "Female", "Male", "Female", "Male"]


def test_gender_words_between_the_name_parts_are_no_middle_name():
    # a hospital seed's patients: the gender column sits between the given name and the surname
    table = classify_table("patient", {"id": [1, 2, 3, 4, 5, 6], "first_name": GIVEN, "gender": GENDERS,
                                       "last_name": FAMILY})
    assert table["gender"] is None
    assert table["first_name"] == table["last_name"] == "PERSON"
    # the names gone, the columns' order and values still say the same
    export = classify_export("patient.csv", c01=[1, 2, 3, 4, 5, 6], c02=GIVEN, c03=GENDERS, c04=FAMILY)
    assert export["c03"] != "PERSON"
    # a real middle name there still is one
    middle = classify_export("patient.csv", c01=[1, 2, 3, 4, 5, 6], c02=GIVEN,
                             c03=["Rose", None, "K.", "Anne", None, "James"], c04=FAMILY)
    assert middle["c03"] == "PERSON"
