"""`_parts_share` (a column holding the words of a name column beside it) reads whole columns
through Arrow; its verdicts are those of the row-by-row rule it replaced, kept here as the
reference: white space runs made one space, both values one to four words of letters, one the
other's leading or trailing words."""
from __future__ import annotations

import re
import unicodedata

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers import neighbours
from classifiers.neighbours import NAME_PARTS_ROWS, _NameWords, _parts_share

_NAME_WORDS = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.-]){0,29}(?: [^\W\d_](?:[^\W\d_]|['’.-]){0,29}){0,3}$")


def _reference(values: list, names: list) -> tuple[float, int]:
    compared = matched = 0
    for value, name in zip(values[:NAME_PARTS_ROWS], names[:NAME_PARTS_ROWS]):
        if not value or not name or value == name:
            continue
        value, name = " ".join(value.split()), " ".join(name.split())
        if not _NAME_WORDS.match(value) or not _NAME_WORDS.match(name):
            continue
        compared += 1
        short, long = (value, name) if len(value) < len(name) else (name, value)
        if long.startswith(short + " ") or long.endswith(" " + short):
            matched += 1
    return (matched / compared if compared else 0.0), compared


def _share(values: list, names: list) -> tuple[float, int]:
    return _parts_share(_NameWords(pa.array(values, pa.string())), _NameWords(pa.array(names, pa.string())))


CASES = [
    # given name, surname, full name in any order; accents, apostrophes, other scripts
    (["Babette", "Jean-Luc", "Ana", "Zoë", "Иван"],
     ["Babette Ryndérs", "Jean-Luc Picard", "Ana María López", "Zoë O'Connér", "Иван Петров"]),
    (["Ryndérs", "Picard", "López", "O'Connér", "Петров"],
     ["Babette Ryndérs", "Jean-Luc Picard", "Ana María López", "Zoë O'Connér", "Иван Петров"]),
    (["Babette Ryndérs", "Jean Luc", "A B C", "x y", "Mary Ann"],
     ["Babette", "Jean Luc Picard", "A B C D", "x y z", "Ann"]),
    # white space: runs, tabs, non-breaking and ideographic spaces, leading and trailing
    (["  Babette\u00a0Ryndérs ", "Jean\tLuc", "Ana\u3000María", "Zoë\n", "Ivan\x1fPetrov"],
     ["Babette", "Jean  Luc Picard", "Ana", "Zoë  Smith", "Petrov"]),
    # equal raw, equal once normalised, empty, null, digits, underscores, too many words
    (["Ann", "Ann ", "", None, "R2D2", "a_b", "A B C D E", "Ann"],
     ["Ann", "Ann", "Ann", "Ann", "R2D2 X", "a_b c", "A B C D E F", None]),
    # a word that merely starts the other's word is no word of it
    (["Ann", "Jo", "Lee", "Mar"], ["Anne Smith", "John Jo", "Leeds Lee", "Maria"]),
    # superscripts and roman numerals are letters to `[^\W\d_]`, decimal digits of any script are not
    (["Louis\u2167", "x²", "Ali\u0661"], ["Louis\u2167 Bourbon", "x² y", "Ali\u0661 Khan"]),
    # a decomposed accent (a combining mark) is no letter
    (["Ryndee\u0301rs"], ["Babette Ryndee\u0301rs"]),
]


def test_the_column_rule_gives_the_row_by_row_verdicts():
    for values, names in CASES:
        assert _share(values, names) == _reference(values, names), (values, names)
        assert _share(names, values) == _reference(names, values), (names, values)


def test_a_given_name_beside_full_names_is_their_part():
    share, rows = _share(["Babette", "Jean-Luc", "Ana", "Zoë"],
                         ["Babette Ryndérs", "Jean-Luc Picard", "Ana López", "Zoë Smith"])
    assert (share, rows) == (1.0, 4)


def test_only_the_first_rows_are_read():
    values = ["Ann"] * NAME_PARTS_ROWS + ["Bob"] * 10
    names = ["Ann Lee"] * NAME_PARTS_ROWS + ["Carl Dunn"] * 10
    assert _share(values, names) == (1.0, NAME_PARTS_ROWS)


_word = st.text(alphabet=st.sampled_from("AaBbéЖ李'-.²\u2167\u0661_1 \t\u00a0\u3000"), min_size=0, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_word, _word, st.integers(0, 4)), min_size=1, max_size=30))
def test_random_columns_agree_with_the_reference(rows):
    values, names = [], []
    for first, second, how in rows:
        values.append(first)
        # names built from the value often enough that matches occur
        names.append([second, f"{first} {second}", f"{second} {first}", first, None][how])
    assert _share(values, names) == _reference(values, names)
    assert _share(names, values) == _reference(names, values)


def test_every_character_is_a_letter_space_or_neither_as_python_says(monkeypatch):
    """Every code point Python's Unicode database assigns, inside a word (`Ac b`), at its start
    (`cA`) and alone: name-shaped exactly where the row-by-row rule says so."""
    chars = [chr(c) for c in range(0x110000)
             if not 0xD800 <= c <= 0xDFFF and unicodedata.category(chr(c)) != "Cn"]
    texts = [text for c in chars for text in (f"A{c}b", f"{c}A", c)]
    monkeypatch.setattr(neighbours, "NAME_PARTS_ROWS", len(texts))
    shaped = _NameWords(pa.array(texts, pa.string())).shaped.tolist()
    expected = [_NAME_WORDS.match(" ".join(text.split())) is not None for text in texts]
    assert [t for t, got, want in zip(texts, shaped, expected) if got != want] == []
