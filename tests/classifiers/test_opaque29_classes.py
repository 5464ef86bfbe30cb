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
