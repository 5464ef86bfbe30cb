"""vocab/zh_spellings.tsv is pypinyin's spelling of the listed words, written ahead."""
from __future__ import annotations

from importlib import resources

from classifiers import chinese
from classifiers.vocab import build_zh_spellings


def test_the_shipped_spellings_are_pypinyins_of_every_listed_word():
    """The file is what build_zh_spellings.py writes now: a word added to zh_words.tsv (or a
    term to the bundled policy) without running it, or another pypinyin, fails here."""
    shipped = resources.files("classifiers.vocab").joinpath("zh_spellings.tsv").read_text(encoding="utf-8")
    assert shipped == build_zh_spellings.render()


def test_a_word_outside_the_file_is_spelled_by_pypinyin():
    assert "漫游标记" not in chinese._shipped_spellings()
    assert chinese._spelling("漫游标记") == ("manyoubiaoji", "mybj")
    assert chinese._spelling("手机号") == chinese._shipped_spellings()["手机号"] == ("shoujihao", "sjh")
