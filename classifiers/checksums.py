"""Check digits that validators share: Luhn (ISO/IEC 7812-1) for IMEIs and payment cards, the
mainland resident identity number's ISO 7064 check for identity numbers and against cards, Brazil's
CPF check digits, Poland's PESEL."""
from __future__ import annotations

import pyarrow as pa
from stdnum.br import cpf as br_cpf
from stdnum.cn import ric
from stdnum.pl import pesel as pl_pesel
from stdnum.exceptions import ValidationError


def luhn(digits: str) -> bool:
    """True when a string of digits ends in a correct Luhn check digit."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def luhn_valid(candidates: pa.Array) -> pa.Array:
    """Boolean mask: which candidate digit strings pass Luhn (non-digits fail)."""
    return pa.array([bool(v) and luhn(v) for v in candidates.to_pylist()], pa.bool_())


#: Taiwan's national ID letters in the order of their two-digit codes (A=10 … O=35)
_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def taiwan_id(text: str) -> bool:
    """Taiwan's national ID (`A123456789`): a letter coded as two digits, then 9 digits whose
    weighted sum (1, 9, 8 … 1, 1) is a multiple of 10."""
    if len(text) != 10 or text[0] not in _TW_LETTERS or not text[1:].isdigit():
        return False
    code = _TW_LETTERS.index(text[0]) + 10
    digits = [code // 10, code % 10] + [int(c) for c in text[1:]]
    return sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1))) % 10 == 0


def hong_kong_id(text: str) -> bool:
    """A Hong Kong identity card number (`A123456(7)`, `AB987654(A)`): letters A=10 … Z=35 (a
    missing second letter counts 36), weights 9 … 2, the check makes the sum a multiple of 11."""
    text = text.replace(" ", "").upper()
    if not (text.endswith(")") and text[-3] == "("):
        return False
    body, check = text[:-3], text[-2]
    letters, digits = body[:-6], body[-6:]
    if len(letters) not in (1, 2) or not letters.isalpha() or not letters.isascii() or not digits.isdigit():
        return False
    values = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters] + [int(d) for d in digits]
    remainder = sum(v * w for v, w in zip(values, range(9, 1, -1))) % 11
    expected = 0 if remainder == 0 else 11 - remainder
    return check == ("A" if expected == 10 else str(expected))


#: the province-level codes of GB/T 2260 that begin a resident identity number (the first two
#: digits; 71 Taiwan, 81/82 Hong Kong and Macao residents' permits, 83 Taiwan residents' permits)
_CN_PROVINCES = frozenset("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
                          "61 62 63 64 65 71 81 82 83".split())


def cn_resident_id(text: str) -> bool:
    """A mainland resident identity number (`110101199003071234`): 17 digits, an ISO 7064
    check character, a real birth date and a province-level code first; stdnum's region table
    is not complete enough to judge the other four digits of the area, so they are not checked
    (the province alone keeps a DingTalk user id `0172…` or a snowflake id out of free text)."""
    if len(text) != 18 or not text[:17].isdigit() or text[:2] not in _CN_PROVINCES:
        return False
    try:
        return ric.calc_check_digit(text) == text[-1].upper() and ric.get_birth_date(text) is not None
    except ValidationError:
        return False


def brazil_cpf(text: str) -> bool:
    """Brazil's CPF (`199.386.566-76`): eleven digits whose last two are mod-11 check digits;
    eleven equal digits pass the arithmetic and are never issued."""
    digits = text.replace(".", "").replace("-", "")
    return len(set(digits)) > 1 and br_cpf.is_valid(digits)


def poland_pesel(text: str) -> bool:
    """Poland's PESEL (`44051401359`): eleven digits, the first six the birth date (the month
    coded with its century), a weighted mod-10 check digit last; eleven equal digits are none."""
    return len(set(text)) > 1 and pl_pesel.is_valid(text)
