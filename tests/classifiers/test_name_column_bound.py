"""A column of single given names or surnames (name_columns): the cheap bound it reads first and
the generator digits it drops only when there are digits change no verdict."""
from __future__ import annotations

import random

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from classifiers import name_columns, rx, vocab
from classifiers.name_columns import could_be_one_word, name_column, without_generator_digits
from classifiers.recognizers.person_name import GENERATOR_DIGITS_RE2
from datamap.model import FieldSample

EVIDENCE = ["e-mail address"]


def _values() -> list[str]:
    """Names in every form the one-word regex reads and many it does not (seeded)."""
    rng = random.Random(11)
    given = sorted(vocab.words("given_names_world"))
    surnames = sorted(vocab.words("surnames"))
    picked = rng.sample(given, 400) + rng.sample(surnames, 400)
    values = []
    for word in picked:
        values += [word, word.title(), word.upper(), f"{word.title()}{rng.randint(1, 9999)}",
                   f"{word.title()} {rng.choice('ABCZ')}.", f"{word.title()} {rng.choice('ABCZ')}",
                   f"O'{word.title()}", f"{word.title()}-{word.title()}", f"{word.title()}’s",
                   f"{word.title()}McDonald", f" {word.title()} ", f"{word.title()}.", f"{word.title()}1 X"]
    values += ["Cauê", "Zoë", "Ñandú", "Łukasz", "Ægir", "Ólafur", "Дмитрий", "Σωκράτης", "Ǆemal", "ǅemal",
               "Iago", "Pedro", "A", "Ab", "AB", "a-b", "'", "-", ".", "-Ann", "Ann--Marie", "Ann 1", "1Ann", "Ann1x",
               "Ann_1", "Ann\u00a0B", "Ann\tB", "user@example.org", "2024-01-01", "12345", "ABC-123", "ready",
               "Ann B C", "Ann Bb", "ANN", "Jean-Luc Picard", "Mary Ann", "Kellie749", "Bennett558 Jr", "Ann ’",
               "SKU-23591", "157c50c1-03c3-2446-dc38-a629d5e7d1e1", "Ann12345", "Ann1234", "Ann1é", "Ann1_", "Ann1x",
               "Ann1 B.", "Ann-1", "Ann 1.", "Ann’1", "Ann.1", "Éva12", "Ǆ1", "Ann9999 Z.", "Ann12X", "Zoë7"]
    return values


def test_every_value_the_one_word_regex_reads_passes_the_bound():
    values = pa.array(_values())
    words = pc.utf8_trim_whitespace(values)
    for form in (words, pc.utf8_title(words)):
        reads = rx.match(pc.replace_substring_regex(form, GENERATOR_DIGITS_RE2, r"\1"), name_columns._ONE_WORD,
                         distinct=True).to_pylist()
        bound = could_be_one_word(form).to_pylist()
        missed = [v for v, r, b in zip(form.to_pylist(), reads, bound) if r and not b]
        assert not missed
        assert sum(reads) > 1000  # the sample holds names of every form, not only junk
        assert sum(bound) < len(bound)  # ... and values the bound rules out


def test_generator_digits_are_dropped_as_before():
    values = pa.array(_values())
    assert without_generator_digits(values).equals(pc.replace_substring_regex(values, GENERATOR_DIGITS_RE2, r"\1"))
    for digit in "0123456789":  # every digit, alone in its column
        one = pa.array(["Ann", f"Bob{digit}", "Zoë-Ann"])
        assert without_generator_digits(one).to_pylist() == ["Ann", "Bob", "Zoë-Ann"]
    plain = pa.array(["Ann", "Bob Å", "Zoë-Ann"])
    assert without_generator_digits(plain) is plain  # no digit: no pass at all


def _columns() -> list[list[str]]:
    rng = random.Random(5)
    given = [w.title() for w in sorted(vocab.words("given_names_world"))]
    surnames = [w.title() for w in sorted(vocab.words("surnames"))]
    names = rng.sample(given, 60)
    columns = [names, [n.upper() for n in names], [f"{n}{rng.randint(1, 999)}" for n in names],
               rng.sample(surnames, 60), [f"{n} {rng.choice('ABC')}." for n in names]]
    # near the share: a fifth of the values (or a little less, or more) of another form
    for junk in (8, 12, 13, 16, 30):
        columns.append(names[:60 - junk] + [f"x{i}@mail.org" for i in range(junk)])
        columns.append(names[:60 - junk] + [f"{i:05d}" for i in range(junk)])
    columns += [["Paris", "London", "June", "Georgia", "Florence", "Ann", "Bob"], ["2024-01-01"] * 5 + ["a", "b", "c"],
                [f"c{i}" for i in range(40)], ["Male", "Female", "Other"]]
    return columns


@pytest.mark.parametrize("column", range(len(_columns())))
def test_the_bound_changes_no_verdict(column, monkeypatch):
    sample = FieldSample(path="c03", values=pa.array(_columns()[column]))
    found = name_column(sample, EVIDENCE)
    monkeypatch.setattr(name_columns, "could_be_one_word", lambda words: pa.array([True] * len(words)))
    monkeypatch.setattr(name_columns, "without_generator_digits",
                        lambda words: pc.replace_substring_regex(words, GENERATOR_DIGITS_RE2, r"\1"))
    unbounded = name_column(sample, EVIDENCE)
    assert (found is None) == (unbounded is None)
    if found is not None:
        assert (found.entity, found.signals, found.examples) == (unbounded.entity, unbounded.signals, unbounded.examples)


def test_the_columns_include_names_found_and_not():
    found = [name_column(FieldSample(path="c03", values=pa.array(c)), EVIDENCE) is not None for c in _columns()]
    assert any(found) and not all(found)


def test_every_capital_the_regex_knows_is_a_capital_to_pyarrow():
    # the bound's first character: every character RE2 reads as `\p{Lu}` (`_ONE_WORD`'s first)
    every = pa.array([chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c < 0xE000])
    capitals = pc.filter(every, pc.match_substring_regex(every, r"^\p{Lu}$"))
    assert len(capitals) > 1000
    assert pc.all(pc.utf8_is_upper(capitals)).as_py()
    assert pc.all(could_be_one_word(pc.binary_join_element_wise(capitals, pa.scalar("a"), ""))).as_py()


def test_the_counted_values_handed_on_change_no_reading():
    from classifiers.document_columns import cpf_column, ssn_column
    from classifiers.name_columns import distinct_informative
    cpfs = ["86730543540", "52998224725", "11144477735", "39053344705", "", "86730543540"]
    columns = [*_columns(), ["999-26-9016", "123-45-6789", "078-05-1120", "n/a", "999-26-9016"], cpfs,
               [int(c) for c in cpfs if c]]
    found = set()
    for column in columns:
        sample = FieldSample(path="c03", values=pa.array(column))
        counted = distinct_informative(sample.values) if pa.types.is_string(sample.values.type) else None
        for reading in (name_column, ssn_column, cpf_column):
            alone, handed = reading(sample, EVIDENCE), reading(sample, EVIDENCE, counted)
            assert (alone is None) == (handed is None)
            if alone is not None:
                assert (alone.entity, alone.signals, alone.examples) == (handed.entity, handed.signals, handed.examples)
                found.add(alone.entity)
    assert found == {"PERSON", "US_SSN", "GOVERNMENT_ID"}
