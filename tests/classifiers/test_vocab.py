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
