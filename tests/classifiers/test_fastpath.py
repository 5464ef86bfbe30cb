"""Validators' vectorised fast paths give the verdicts of their Python judges, value for value.

Each fast path restates what a judge says about one common form (international North
American phone numbers, bare dotted quads, ISO dates). The generated values sit on and
around those forms: the forms themselves, near misses (a paren left open, an octet of 256,
a leading zero, February 30th, a year before 1900 or after today) and other forms the judge
must still read one by one.
"""
from __future__ import annotations

import random

import pyarrow as pa
import pytest

from classifiers.fastpath import accepts_whole, judged
from classifiers.recognizers.date_of_birth import DateOfBirthRecognizer, is_birth_value
from classifiers.recognizers.email import EmailRecognizer, _address, is_email
from classifiers.recognizers.ip_address import IpAddressRecognizer, _is_ip_list
from classifiers.recognizers.phone_number import PhoneNumberRecognizer, is_phone_number

_COUNT = 4000


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phones(rng: random.Random) -> list[str]:
    seps = ["", " ", "-", ".", "--", "/"]
    values = []
    for _ in range(_COUNT):
        area = _digits(rng, 3)
        area = rng.choice([area, f"({area})", f"({area}", f"{area})"])
        values.append(rng.choice(["+1", "+1", "+", "+12", "001", "1"]) + rng.choice(seps) + area + rng.choice(seps)
                      + _digits(rng, rng.choice([3, 3, 2])) + rng.choice(seps) + _digits(rng, rng.choice([4, 4, 5])))
    values += ["+1" + _digits(rng, rng.randint(8, 12)) for _ in range(_COUNT // 4)]
    return values + ["+44 20 7946 0958", "+1 415 555 0100 ext 12", "+1 415 555 0100 ", "+１ 415 555 0100"]


def _octet(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(0, 255))] * 6 + [str(rng.randint(256, 999)), f"0{rng.randint(0, 99)}", "00"])


def _addresses(rng: random.Random) -> list[str]:
    values = [".".join(_octet(rng) for _ in range(rng.choice([4, 4, 4, 3, 5]))) for _ in range(_COUNT)]
    return values + ["1.2.3.4:80", "1.2.3.4, 5.6.7.8", "::1", "[2001:db8::1]:443", " 1.2.3.4", "1.2.3.4 "]


def _dates(rng: random.Random) -> list[str]:
    values = [f"{rng.randint(1850, 2100)}-{rng.randint(0, 13):02d}-{rng.randint(0, 32):02d}" for _ in range(_COUNT)]
    values += [f"{rng.randint(0, 9999):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(_COUNT // 4)]
    return values + ["1977-1-5", "1977-10-26T00:00", " 1977-10-26", "1977-10-26 ", "12", "1999", "2000-02-29",
                     "1900-02-29", "2100-02-29", "0000-01-01", "1899-12-31", "1900-01-01", "１９７７-10-26"]


def _emails(rng: random.Random) -> list[str]:
    def run(alphabet: str, low: int, high: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))

    values = []
    for _ in range(_COUNT):
        domain = ".".join(run(rng.choice(["abcz09", "abcz09-"]), 1, 6) for _ in range(rng.randint(1, 3)))
        domain += "." + rng.choice([run("comCOM", 2, 4), run("comCOMé1", 0, 4)])
        local = rng.choice([run("abcxyzABZ0129_%+'-", 1, 8), run("abcxyzABZ0129._%+'-", 0, 8), run("ab.", 55, 70)])
        values.append(local + rng.choice(["@", "@", "@", "@@", ""]) + domain)
    return values + ["a" * 64 + "@x.org", "a" * 65 + "@x.org", "Jane Doe <jane@x.org>", "jane@x.org (Jane)",
                     " jane@x.org", "jane@x.org ", "jane@x.co1", "jane@-x.org", "jane@x-.org", "j..d@x.org",
                     ".j@x.org", "j.@x.org", "jane@x.org\n", "jane@x." + "a" * 70, "jane@" + "x" * 64 + ".org"]


@pytest.mark.parametrize(("recognizer", "judge", "values"), [
    (PhoneNumberRecognizer(), is_phone_number, _phones),
    (IpAddressRecognizer(), _is_ip_list, _addresses),
    (DateOfBirthRecognizer(), is_birth_value, _dates),
    (EmailRecognizer(), lambda v: is_email(_address(v)), _emails),
])
def test_a_fast_path_gives_the_judges_verdicts(recognizer, judge, values):
    candidates = values(random.Random(11))
    verdict = recognizer.validate(pa.array(candidates, pa.string())).to_pylist()
    expected = [judge(v) for v in candidates]
    assert [v for v, got, want in zip(candidates, verdict, expected) if got != want] == []
    # both verdicts are common, so the comparison means something
    assert 0.1 < sum(expected) / len(expected) < 0.9


def test_values_outside_the_fast_path_go_to_the_judge():
    asked = []

    def judge(text):
        asked.append(text)
        return text == "yes"

    verdict = judged(pa.array(["12", "yes", "no", "345"]), accepts_whole(r"\d+"), judge)
    assert verdict.to_pylist() == [True, True, False, True]
    assert asked == ["yes", "no"]


def test_identity_numbers_are_checked_only_when_of_a_checked_format():
    """The government id validator reads one by one only the candidates that may be of a
    checked national format (mainland, Taiwan, Hong Kong): its verdicts are `_checked`'s."""
    from classifiers.recognizers.government_id import GovernmentIdRecognizer, _checked

    rng = random.Random(5)
    alphabet = "0123456789" * 3 + "ABXZ()x "
    values = ["".join(rng.choice(alphabet) for _ in range(rng.randint(6, 20))) for _ in range(_COUNT)]
    values += ["11010519491231002X", "11010519491231002Y", "A123456789", "A323456789", "AB123456(9)", "A123456(3)",
               "A123456 (3)", "１23456789０", "110105194912310021"]
    verdict = GovernmentIdRecognizer().validate(pa.array(values, pa.string())).to_pylist()
    assert verdict == [_checked(v) for v in values]
    assert not all(verdict)


def test_short_bare_digit_runs_are_no_phone_numbers_as_the_judge_says():
    """A bare run of at most nine digits, no leading 0, is read as a US number that must be
    valid: only the plan's types with numbers shorter than ten digits can make one valid
    (Canada's `310` numbers), so the fast path rejects the others without parsing. Those,
    longer runs, a leading 0 and anything else still go to the judge."""
    from classifiers.recognizers.phone_number import _FAST, _short_north_american

    assert "310" in _short_north_american()
    rng = random.Random(7)
    values = [str(rng.randint(1, 9)) + _digits(rng, rng.randint(0, 8)) for _ in range(_COUNT)]
    values += ["3" + _digits(rng, 6) for _ in range(_COUNT // 4)] + ["13" + _digits(rng, 6) for _ in range(_COUNT // 4)]
    values += ["1", "9", "911", "2025550", "12025550", "120255501", "999999999", "100000000", "1" * 9, "3101234",
               "13101234", "113102089", "1113102089"[:9], "310123", "31012345", "131012345", "23101234"]
    values += ["1" * rng.randint(0, 2) + "310" + _digits(rng, 4) for _ in range(_COUNT // 4)]
    outside = ["0" + _digits(rng, 8), "1" * 10, "2025550100", "12025550100", "13812345678", " 12345678",
               "12345678 ", "１２３４５６７８", "1234-5678", "+12345678", "0012345678"]
    decided, verdict = _FAST(pa.array(values + outside, pa.string()))
    judged_values = [is_phone_number(v) for v in values]
    assert [v for v, d, j in zip(values, decided, judged_values) if d and j] == []  # a rejected value is never a phone
    assert not verdict[:len(values)].any()
    assert decided[:_COUNT].sum() > 0.95 * _COUNT  # the random runs: most are decided
    for value in ("3101234", "13101234", "113102089"):  # Canada's 310 numbers, behind the leading 1s
        assert not decided[values.index(value)] and judged_values[values.index(value)]
    assert not decided[len(values):].any()
