"""Vocabularies: package data files, ISO 3166 through pycountry, unions and leading words."""
from __future__ import annotations

import pyarrow as pa
import pytest

from classifiers.vocab import in_vocabulary, words


def test_file_vocabularies_skip_comments_and_blanks():
    carriers = words("carriers")
    assert "verizon" in carriers and "china mobile" in carriers
    assert not any(entry.startswith("#") or not entry for entry in carriers)


def test_iso_vocabularies():
    assert {"us", "de", "cn"} <= words("country_codes")
    assert {"usa", "deu", "chn"} <= words("country_codes3")
    assert {"germany", "united states", "viet nam", "vietnam"} <= words("countries")
    assert {"california", "ca", "bayern", "bavaria", "nsw"} <= words("subdivisions")


def test_union_and_unknown_names():
    assert words("carriers+carrier_words") == words("carriers") | words("carrier_words")
    with pytest.raises(KeyError):
        words("no_such_vocabulary")


def test_matching_is_case_and_blank_insensitive():
    mask = in_vocabulary(pa.array(["  VERIZON ", "Verizon Wireless", "Air Fryer", None]), "carriers")
    assert mask.to_pylist() == [True, True, False, False]


def test_leading_words():
    values = pa.array(["T-Mobile US", "China Mobile Communications Corporation", "Verizon", "Tote Bag"])
    assert in_vocabulary(values, "carriers").to_pylist() == [False, False, True, False]
    assert in_vocabulary(values, "carriers", leading_words=True).to_pylist() == [True, True, True, False]


def test_few_values_are_looked_up_as_many_are():
    """`is_entry` answers from the vocabulary's Python set for a few values and through
    pyarrow's `is_in` for many: the same mask either way, nulls False."""
    from classifiers import vocab

    entries = sorted(vocab.words("given_names_world"))
    few = pa.array([entries[0], entries[-1], entries[0].upper(), "zzqx", None, "", f" {entries[1]}"], pa.string())
    many = pa.concat_arrays([few] * (len(entries) // len(few) + 1))
    assert 2 * len(few) < len(entries) <= 2 * len(many)
    expected = [True, True, False, False, False, False, False]
    assert vocab.is_entry(few, "given_names_world").to_pylist() == expected
    assert vocab.is_entry(many, "given_names_world").to_pylist() == expected * (len(many) // len(few))


def test_a_registered_vocabulary_replaces_the_one_before():
    from classifiers.vocab import register

    many = pa.array(["Teal"] * 10 + ["Mauve"])  # enough values to be looked up with is_in
    register("test.colours", ["teal"])
    assert in_vocabulary(many, "test.colours").to_pylist() == [True] * 10 + [False]
    register("test.colours", ["mauve"])  # a data map reloaded with another list
    assert in_vocabulary(many, "test.colours").to_pylist() == [False] * 10 + [True]
