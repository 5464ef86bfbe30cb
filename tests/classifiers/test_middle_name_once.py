"""The middle-name context reads its neighbours' name parts from the batch's memory, where the
neighbours' own context signals put them: each column's part is worked out once a chunk."""
from __future__ import annotations

from collections import Counter

from classifiers.recognizers import person_name
from tests.classifiers.support import classify_export as classify


def test_each_columns_name_part_is_read_once(monkeypatch):
    read: Counter[int] = Counter()
    shapes = person_name.text_shapes

    def counted(sample):
        read[id(sample.values)] += 1
        return shapes(sample)

    monkeypatch.setattr(person_name, "text_shapes", counted)
    # a name table: given, middle (gaps, an initial, a repeated `Test`), family names
    found = classify(c01=[11, 12, 13, 14, 15, 16],
                     c04=["Margaret", "Thomas", "Ingrid", "Robert", "Elena", "Daniel"],
                     c05=["Rose", None, "K.", "Test", None, "Test"],
                     c06=["Whitlock", "Abernathy", "Solberg2", "Kowalczyk", "Ferreira", "Okonkwo"])
    assert found["c04"] == found["c05"] == found["c06"] == "PERSON"  # the middle one by its neighbours
    assert read and max(read.values()) == 1
