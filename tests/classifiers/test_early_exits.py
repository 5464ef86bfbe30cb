"""Shortcuts that skip work must give what the full work gives: each is compared here with the
computation it replaces, over values built to land on both sides of its bound."""
from __future__ import annotations

import random

import pyarrow as pa
import pytest

from classifiers import chinese
from classifiers.names import NameTokens, contains_phrase, phrase
from classifiers.recognizers.industry import ChineseIndustryValueRecognizer
from classifiers.recognizers.user_content import TEXT_SHARE, _share_reaching
from classifiers.recognizers.user_role import ChineseRoleValueRecognizer
from classifiers.registry import default_recognizers
from datamap.model import FieldSample


def _full_share(texts: list[tuple[str, int]], accepted: set[str], total: int) -> float | None:
    share = sum(n for t, n in texts if t in accepted) / total
    return share if share >= TEXT_SHARE else None


def test_share_reaching_is_the_full_share_or_none():
    """Stopping once the texts left cannot lift the share to TEXT_SHARE gives the full count's
    answer: the share itself when it reaches TEXT_SHARE, None when it does not (shares near
    the bound included, where a float comparison could differ)."""
    rng = random.Random(7)
    for _ in range(3000):
        texts = [(f"t{i}", rng.randint(1, 5)) for i in range(rng.randint(1, 30))]
        total = sum(n for _, n in texts)
        accepted = {t for t, _ in texts if rng.random() < rng.choice([0.3, 0.6, 0.61, 0.9])}
        assert _share_reaching(texts, accepted.__contains__, total) == _full_share(texts, accepted, total)
    # exactly at the bound: 3 of 5 values
    texts = [("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1)]
    assert _share_reaching(texts, {"c", "d", "e"}.__contains__, 5) == 0.6
    assert _share_reaching(texts, {"d", "e"}.__contains__, 5) is None


def test_all_ascii():
    assert chinese.all_ascii(pa.array(["paid", None, "Berlin 10115"]))
    assert chinese.all_ascii(pa.array([None, None], pa.string()))
    assert not chinese.all_ascii(pa.array(["paid", "制造业"]))
    assert not chinese.all_ascii(pa.array(["Müller"]))  # not ASCII, though not Han: the slow path judges it


@pytest.mark.parametrize("recognizer", [ChineseIndustryValueRecognizer(), ChineseRoleValueRecognizer()])
def test_chinese_validators_on_latin_and_han_values(recognizer):
    """Latin values are no Chinese industry or role, one verdict a value; Han values are still
    judged (a column of trades, of platform roles)."""
    latin = pa.array(["Berlin", "Paris", None, "Oslo", "Lima", "Berlin"])
    assert recognizer.validate(latin).to_pylist() == [False] * len(latin)
    han = (pa.array(["制造业", "金融业", "教育", "制造业", "房地产业"]) if isinstance(recognizer, ChineseIndustryValueRecognizer)
           else pa.array(["个人买家", "入驻商家", "带货主播", "个人买家", "入驻商家", "带货主播"]))
    assert any(recognizer.validate(han).to_pylist())


@pytest.mark.parametrize("name", ["article_number", "sku", "ical_uid", "message id", "avatar_url", "phone",
                                  "msg_id_hash", "head_img", "email", "part_no_2", "store_city"])
def test_values_vetoed_by_first_token_is_every_phrase_walked(name):
    """`values_vetoed` walks only the phrases whose first token the name holds: the same
    answer as walking all of them, for every recognizer."""
    tokens = NameTokens.of(name)
    for recognizer in default_recognizers():
        walked = any(contains_phrase(tokens.own, phrase(words)) for words in recognizer.value_veto_names)
        assert recognizer.values_vetoed(tokens) == walked, (recognizer, name)


# session 21: per-field shortcuts, each against the computation it replaces

def _network_ruled_out_in_full(values: pa.Array) -> bool:
    import pyarrow.compute as pc
    from classifiers.recognizers.payment_card import CARD_SCHEMES
    values = pc.drop_null(values)
    if len(values) == 0 or not pa.types.is_string(values.type):
        return False
    words = pc.replace_substring_regex(pc.utf8_lower(pc.utf8_trim_whitespace(values)), r"[ -]", "_")
    return (pc.sum(pc.is_in(words, pa.array(sorted(CARD_SCHEMES)))).as_py() or 0) >= 0.5 * len(values)


def _sexes_in_full(values: pa.Array) -> bool:
    import pyarrow.compute as pc
    from classifiers.sex_values import SEX_MIN_VALUES, SEX_VALUES
    if len(values) < SEX_MIN_VALUES or not pa.types.is_string(values.type):
        return False
    distinct = pc.unique(pc.utf8_lower(pc.utf8_trim_whitespace(pc.drop_null(values))))
    return 2 <= len(distinct) <= 3 and pc.all(pc.is_in(distinct, value_set=SEX_VALUES)).as_py()


#: values on both sides of the shortcuts' bounds: card schemes written every way, sex words,
#: divisions, placeholders, values with a digit or a mark, Unicode blanks and letters
_WORDS = ["visa", " VISA ", "American Express", "american-express", "Diners Club", "cartes bancaires",
          "Mastercard\u00a0", "\u212aelvin", "jcb", "wifi", "cellular", "4g", "n/a", "-", "", "unknown",
          "Male", " female", "M", "f", "男", "女性", "F.", "m1", "保密", "woman ", "WOMEN", "\tboy",
          "广东省深圳市", "北京市 朝阳区", "浙江省", "上海", "Berlin", "10115", "user@example.com"]


def _columns(seed: int, count: int) -> list[pa.Array]:
    rng = random.Random(seed)
    columns = []
    for _ in range(count):
        pool = rng.sample(_WORDS, rng.randint(1, 6))
        values = [rng.choice(pool) if rng.random() > 0.1 else None for _ in range(rng.randint(1, 40))]
        columns.append(pa.array(values, pa.string()))
    columns.append(pa.array([1, 2, 3] * 5))
    columns.append(pa.array([None] * 12, pa.string()))
    return columns


def _ruled_out_as_in_full(recognizer, path: str, seed: int, in_full) -> None:
    from datamap.model import DatasetSample, FieldSample
    dataset = DatasetSample(name="t", source="s", kind="csv", fields=[])
    columns = _columns(seed, 600)
    answers = [recognizer.ruled_out(FieldSample(path=path, values=c), dataset) for c in columns]
    assert answers == [in_full(c) for c in columns]
    assert any(answers) and not all(answers)


def test_network_type_card_schemes_as_the_regex_pass_read_them():
    from classifiers.recognizers.network_type import NetworkTypeRecognizer
    _ruled_out_as_in_full(NetworkTypeRecognizer(), "network", 21, _network_ruled_out_in_full)


def test_street_address_divisions_as_read_value_by_value():
    from classifiers.recognizers.street_address import StreetAddressRecognizer, divisions_only
    _ruled_out_as_in_full(StreetAddressRecognizer(), "address", 23, divisions_only)


def test_sexes_as_the_whole_pass_reads_them():
    from classifiers.sex_values import sexes
    from datamap.model import FieldSample
    columns = _columns(22, 600) + [pa.array(["Male", "Female"] * 6), pa.array(["1", "Male", "Female"] * 4)]
    answers = [sexes(FieldSample(path="x", values=c)) for c in columns]
    assert answers == [_sexes_in_full(c) for c in columns]
    assert any(answers) and not all(answers)


def test_examples_are_the_first_distinct_matching_head_values():
    """A detection's examples read from the head's distinct indices are those that filtering,
    deduplicating and slicing the head with pyarrow gives."""
    import pyarrow.compute as pc
    from classifiers.engine import EXAMPLES_PER_DETECTION, _example_values
    from classifiers.evidence import Signal
    from classifiers.fieldview import EXAMPLE_HEAD, FieldView
    from datamap.model import FieldSample
    recognizers = [r for r in default_recognizers()
                   if type(r).__name__ in {"EmailRecognizer", "NetworkTypeRecognizer", "GenderRecognizer",
                                           "CityRecognizer", "PostalCodeRecognizer"}]
    assert len(recognizers) >= 3
    rng = random.Random(24)
    signal = Signal("values", "test", 0.5)
    pool = ["a@example.com", "b@example.org", "wifi", "4g", "cellular", "Male", "female", "Berlin", "Paris",
            "10115", "n/a", "", "not an address"]
    checked = 0
    for n in range(300):
        # every other column without a null or a placeholder: its head's distinct indices are known
        kept = pool if n % 2 else [v for v in pool if v not in ("n/a", "")]
        values = [rng.choice(kept) if n % 2 == 0 or rng.random() > 0.1 else None for _ in range(rng.randint(1, 80))]
        view = FieldView.of(FieldSample(path="x", values=pa.array(values, pa.string())))
        for recognizer in recognizers:
            for value_signal in (None, signal):
                head = view.values.slice(0, EXAMPLE_HEAD)
                if value_signal is not None:
                    head = pc.filter(head, recognizer.matches(head, view))
                expected = [v for v in pc.unique(head).slice(0, EXAMPLES_PER_DETECTION).to_pylist() if v is not None]
                assert _example_values(recognizer, view, value_signal) == expected
                checked += view.head_index is not None
    assert checked > 100  # the numpy path (a head of informative values only) was taken


# session 23: address lines beside places, judged once a distinct value and bounded by shapes

def _lines_beside_places_in_full(values: pa.Array):
    """Session 22's `_lines_beside_places`: every value judged, in sample order."""
    from classifiers.recognizers.location_approximate import is_mainland_place
    from classifiers.recognizers.street_address import DIVISIONS_SHARE, LINES_BESIDE_PLACES, is_street_address
    if not pa.types.is_string(values.type):
        return None
    texts = [v.strip() for v in values.to_pylist() if v and v.strip()]
    if not texts:
        return None
    lines = sum(1 for t in texts if is_street_address(t))
    if lines < LINES_BESIDE_PLACES * len(texts):
        return None
    places = sum(1 for t in texts if not is_street_address(t) and is_mainland_place(t))
    ratio = (lines + places) / len(texts)
    return None if ratio < DIVISIONS_SHARE else round(ratio, 4)


#: address lines of every kind the judge accepts (full-width digits, a P.O. box, a ZIP line),
#: places alone, and values just outside a line's shape (a digit and no blank, a blank and no digit)
_ADDRESS_WORDS = ["浙江省杭州市西湖区文三路12号", "上海市徐汇区漕溪北路８８号", "四川成都", "北京", "广东省深圳市",
                  "633 Abernathy Landing", " 12 Airport Bypass\t", "P.O. Box 12", "Main St, Springfield, IL 62704",
                  "Hauptstr.5", "12B", "Green Street", "\u00a0", " ", "-", "2018-06-02 via api", "杭州", "n/a",
                  "Buchholzstr. 7", "10115"]


def test_lines_beside_places_as_read_value_by_value():
    """Judging each distinct value once (its count for its repeats), and answering from the
    values' class signatures when too few could be a line, gives the value-by-value answer."""
    from classifiers.recognizers.street_address import _lines_beside_places
    from datamap.model import FieldSample
    rng = random.Random(23)
    columns = [pa.array([1, 2, 3]), pa.array([None] * 5, pa.string()), pa.array(["四川成都", "北京", "上海市徐汇区漕溪北路８８号"])]
    for _ in range(800):
        pool = rng.sample(_ADDRESS_WORDS, rng.randint(1, 5))
        columns.append(pa.array([rng.choice(pool) if rng.random() > 0.1 else None for _ in range(rng.randint(1, 30))],
                                pa.string()))
    answers = []
    for column in columns:
        signal = _lines_beside_places(FieldSample(path="addres", values=column))
        answers.append(None if signal is None else signal.match_ratio)
    assert answers == [_lines_beside_places_in_full(c) for c in columns]
    assert any(a is not None for a in answers) and not all(a is not None for a in answers)


def test_lines_beside_places_judges_no_value_a_line_cannot_be(monkeypatch):
    """A column of values without a digit and a blank (e-mails, ids, words) is answered from
    its shapes: the address judge is not called once."""
    from classifiers.recognizers import street_address
    from datamap.model import FieldSample
    judged = []
    monkeypatch.setattr(street_address, "is_street_address", lambda text: judged.append(text) or True)
    column = pa.array([f"user{i}@example.com" for i in range(300)] + ["12 Main Street"] * 10)
    assert street_address._lines_beside_places(FieldSample(path="x", values=column)) is None
    assert judged == []
    # the same column with lines enough is judged, a distinct value once
    column = pa.array(["12 Main Street"] * 100 + ["Green Street"] * 5)
    street_address._lines_beside_places(FieldSample(path="x", values=column))
    assert judged == ["12 Main Street"]


def test_every_mainland_place_is_non_ascii():
    """`_could_be_line` counts only non-ASCII values as possible places alone."""
    from classifiers.recognizers.location_approximate import _mainland_places
    provinces, places = _mainland_places()
    assert provinces and places
    assert all(any(ord(ch) >= 128 for ch in name) for name in provinces | places)


def _keystroke_signal_value_by_value(recognizer, values: pa.Array):  # the reading before session 24
    from classifiers import rx
    from classifiers.evidence import Signal
    from classifiers.recognizers import keystroke_timing as kt
    texts = values.filter(rx.match(values, kt._NUMBER_LIST)).to_pylist()
    lists = [[float(n) for n in kt._NUMBER.findall(text)] for text in texts]
    if not lists:
        return None
    human = sum(1 for timings in lists if kt._human_rhythm(timings))
    ratio = human / len(lists)
    if ratio < recognizer.min_ratio:
        return None
    lengths = [len(timings) for timings in lists]
    if (len(lists) >= kt.BURST_MIN_LISTS and sum(lengths) / len(lengths) >= kt.BURST_MIN_KEYS
            and len(set(lengths)) > 1 and len({tuple(t) for t in lists}) >= 0.9 * len(lists)):
        return Signal("value", f"{human}/{len(lists)} lists look like typing bursts (human key timings, "
                               "lengths that vary)", round(kt.BURST_SCORE * ratio, 4), round(ratio, 4))
    return Signal("value", f"{human}/{len(lists)} lists look like human key timings",
                  round(kt.LIST_SCORE * ratio, 4), round(ratio, 4))


def test_key_timings_read_on_distinct_texts_as_value_by_value():
    """Each distinct text parsed once, its count standing for its repeats, gives the signal the
    value-by-value reading gave (two texts of one list, `1;2` and `[1, 2]`, included)."""
    from classifiers.recognizers.keystroke_timing import KeystrokeTimingRecognizer
    recognizer, rng = KeystrokeTimingRecognizer(), random.Random(24)
    found, bursts = 0, 0
    for _ in range(600):
        n, pool = rng.choice([3, 5, 8, 20, 60]), []
        for _ in range(rng.randint(1, n) if rng.random() < 0.5 else n):
            numbers = [rng.choice([rng.randint(40, 400), rng.randint(40, 400), rng.randint(1, 3000), 100])
                       for _ in range(rng.choice([3, 8, 10, 12]) + rng.randint(0, 3))]
            pool.append(rng.choice(["[{}]", "{}"]).format(rng.choice([", ", ";", " ", "|"]).join(map(str, numbers))))
            if rng.random() < 0.2:
                pool.append(";".join(map(str, numbers)))
        pool += ["-", "", "abc"][:rng.randint(0, 3)]
        values = pa.array([rng.choice(pool) for _ in range(n)] + [None] * rng.randint(0, 2), pa.string())
        expected = _keystroke_signal_value_by_value(recognizer, values)
        assert recognizer.value_signal(FieldSample(path="t", values=values)) == expected
        found += expected is not None
        bursts += expected is not None and "bursts" in expected.detail
    assert found > 100 and bursts > 0  # both answers seen, typing bursts among them


def test_words_masked_by_runs_as_char_by_char():
    """A word's run masked in one call gives what the character-by-character loop gave."""
    from classifiers.masking import _WORD_CHAR, _mask_words

    def by_char(text: str) -> str:
        out, keep_next = [], True
        for char in text:
            if _WORD_CHAR.match(char):
                out.append(char if keep_next else "*")
                keep_next = False
            else:
                out.append(char)
                keep_next = True
        return "".join(out)

    rng = random.Random(5)
    alphabet = "aZ09 .-_@/:\t\n,éß张伟ー한😀\u00bf\u00c0\uffff\U00010000"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert _mask_words(text) == by_char(text)
