"""Write zh_spellings.tsv: the pinyin of every Chinese word the classifiers list, in full and as
initials, as pypinyin spells them.

    python -m classifiers.vocab.build_zh_spellings

Spelling the words at run time imported pypinyin and its phrase dictionaries in every scan
(a rescan's fixed cost); the spellings are pypinyin's, written once. Covers zh_words.tsv and
the bundled policy's Chinese terms; a user policy's other terms are spelled at run time
(classifiers/chinese.py). tests/classifiers/test_zh_spellings.py compares this file with
pypinyin's output, so it cannot go stale: run this after editing zh_words.tsv or the policy's terms.
"""
from __future__ import annotations

from pathlib import Path

from catalog.policy import load_policy
from classifiers import chinese

TARGET = Path(__file__).with_name("zh_spellings.tsv")
HEADER = ("# Pinyin of the Chinese words of zh_words.tsv and the bundled policy's terms: word<TAB>full<TAB>initials,\n"
          "# as pypinyin spells them (lazy_pinyin, errors ignored). Written by build_zh_spellings.py; do not edit.\n")


def words() -> list[str]:
    """The words to spell, in order, each once: the listed words and the bundled policy's terms."""
    found = dict.fromkeys(word for word in chinese.listed_words() if chinese.has_han(word))
    found.update(dict.fromkeys(term for term in load_policy(None).translations("zh") if chinese.has_han(term)))
    return list(found)


def render() -> str:
    return HEADER + "".join("\t".join((word, *chinese.spell(word))) + "\n" for word in words())


def main() -> None:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
