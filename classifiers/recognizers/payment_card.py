"""Payment card numbers (PANs): Luhn checksum plus the issuer's IIN range and length.

The IIN table follows the card networks' published ranges (ISO/IEC 7812 as the schemes
document them). Being strict on IINs is what keeps IMEIs out: an IMEI also passes Luhn, but
it has 15 digits and starts with a GSMA reporting body (35, 86, 01, 99...), and the only
15-digit cards are American Express (34, 37) and legacy JCB (2131, 1800). An IMEI that
starts with 34 or 37 is still indistinguishable from an Amex number: the field name decides
in a column, the words before it in free text (classifiers/secondary.py).
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.checksums import cn_resident_id
from classifiers.evidence import Signal
from classifiers.names import NameTokens, comment_tokens
from classifiers.recognizer import FieldRecognizer, ValuePattern
from datamap.model import DatasetSample, FieldSample

#: (first digits, lengths) per network; a number needs one matching prefix with its length
IIN_RANGES: tuple[tuple[range, int, frozenset[int]], ...] = (
    # (prefix range, prefix length, allowed lengths)
    (range(4, 5), 1, frozenset({13, 16, 19})),  # Visa
    (range(51, 56), 2, frozenset({16})),  # Mastercard
    (range(2221, 2721), 4, frozenset({16})),  # Mastercard 2-series
    (range(34, 35), 2, frozenset({15})),  # American Express
    (range(37, 38), 2, frozenset({15})),
    (range(6011, 6012), 4, frozenset({16, 17, 18, 19})),  # Discover
    (range(644, 650), 3, frozenset({16, 17, 18, 19})),
    (range(65, 66), 2, frozenset({16, 17, 18, 19})),
    # JCB issues from 3528-3589; the rest of 35 has no other network, and test generators use it,
    # so any 35 at 16-19 digits counts (an IMEI has 15 digits, so this never takes one)
    (range(35, 36), 2, frozenset({16, 17, 18, 19})),  # JCB
    (range(2131, 2132), 4, frozenset({15})),  # JCB (legacy)
    (range(1800, 1801), 4, frozenset({15})),
    (range(300, 306), 3, frozenset({14, 16, 17, 18, 19})),  # Diners Club
    (range(36, 37), 2, frozenset({14, 16, 17, 18, 19})),
    (range(38, 40), 2, frozenset({14, 16, 17, 18, 19})),
    (range(62, 63), 2, frozenset({16, 17, 18, 19})),  # UnionPay
    (range(2200, 2205), 4, frozenset({16, 17, 18, 19})),  # Mir
    # Maestro: the scheme allows 12-19 digits, but cards in circulation have 16-19; shorter
    # ones would take in every 15-digit IMEI whose reporting body happens to be 50, 56-58 or 67
    (range(50, 51), 2, frozenset({16, 17, 18, 19})),  # Maestro
    (range(56, 59), 2, frozenset({16, 17, 18, 19})),
    (range(639, 640), 3, frozenset({16, 17, 18, 19})),
    (range(67, 68), 2, frozenset({16, 17, 18, 19})),
    (range(60, 61), 2, frozenset({16, 17, 18, 19})),  # RuPay and other 60 ranges
)


#: the card schemes (networks) a payment API names a card by (Stripe's `card.network`,
#: `card.brand`; Shopify's `credit_card_company`), lower case, spaces and dashes as `_`
CARD_SCHEMES = frozenset({"visa", "mastercard", "amex", "american_express", "discover", "jcb", "unionpay",
                          "china_unionpay", "diners", "diners_club", "maestro", "interac", "eftpos_au",
                          "cartes_bancaires", "rupay", "elo", "mir", "hipercard"})


#: an account number's words (`account_no`, `acct_number`, 账号 read as `account`)
ACCOUNT_WORDS = frozenset({"account", "acct"})
NUMBER_WORDS = frozenset({"no", "number", "num", "nr"})
#: words of a column that names a bank (`bank_name`, `bank`, 开户行)
BANK_WORDS = frozenset({"bank"})
#: share of the values that must be 12 to 19 digits, and what the bank beside them says
BANK_CARD_SHARE = 0.9
BANK_CARD_SCORE = 0.7


def _names_bank(field: FieldSample) -> bool:
    words = comment_tokens(field.comment, field.origin)
    return bool(BANK_WORDS & set(NameTokens.of(field.path).own)) or (words is not None and bool(BANK_WORDS & set(words.own)))


def _digit_share(values: pa.Array) -> float:
    """Share of the filled values that are 12 to 19 digits (a card's length)."""
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type) or pa.types.is_integer(values.type)):
        return 0.0
    text = pc.utf8_trim_whitespace(values.drop_null().cast(pa.string()))
    filled = text.filter(pc.greater(pc.utf8_length(text), 0))
    if len(filled) == 0:
        return 0.0
    return (pc.sum(rx.match(filled, r"^\d{12,19}$")).as_py() or 0) / len(filled)


class CreditCardRecognizer(FieldRecognizer):
    entity = "CREDIT_CARD"
    closed_format = True
    names = ("card number", "card no", "card num", "credit card", "debit card", "card", "cc number", "cc num",
             "ccn", "ccnum", "pan", "cardnumber", "creditcard", "primary account number", "payment card", "cc")
    negative_names = ("type", "family", "brand", "issuer", "cvc", "cvv", "cvv2", "expiry", "expire", "expiredate",
                      "exp", "expiration", "limit", "count", "cards", "holder", "status", "bin", "last4", "last",
                      "token", "fingerprint", "country", "id", "reader", "game", "sim", "design", "level",
                      "amount", "amt", "total", "balance", "fee", "fees",
                      # a shop's membership or loyalty card (`会员卡号`) is the member's account, no payment card
                      "member", "membership", "loyalty", "vip",
                      # a hospital's patient card (`就诊卡号`, `诊疗卡号`) is the patient's number there
                      "patient",
                      # the card's scheme, by whatever word (Shopify's `credit_card_company`: `Visa`)
                      "company", "network", "scheme", "provider", "processor")
    patterns = (
        ValuePattern("pan", r"\d{12,19}", 0.8),
        ValuePattern("grouped pan", r"\d{4}(?:[ -]\d{4}){2}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}", 0.9),
    )
    context = ("card", "credit", "visa", "mastercard", "amex", "payment", "cc")
    # a field named an id holds keys, and a key of 16-19 digits passes Luhn one time in ten: a
    # Discord or Twitter snowflake (`source_guild.id`: `56188498421476534`), an order's number.
    # No one keeps a card number under an id's name (a card object's `id` is a token, `card_…`)
    value_veto_names = ("id",)
    shape_suffices = True  # test and masked-out card data fails Luhn but is still card data

    def validate(self, candidates: pa.Array) -> pa.Array:
        return pa.array([is_card_number(v) for v in candidates.to_pylist()], pa.bool_())

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """An account number beside the bank that holds it (a withdrawal's `account_no` 账号 beside
        `bank_name` 开户行, a payee's `acct_no` beside `bank`): numbers of a card's length are
        the bank card, Luhn or not (a back office's seed rows rarely pass it); a platform's
        account number beside no bank is left to the name."""
        name = NameTokens.of(sample.path)
        said = [name.own] + ([words.own] if (words := comment_tokens(sample.comment, sample.origin)) else [])
        if not any(set(own) & ACCOUNT_WORDS and (set(own) & NUMBER_WORDS or own in (("account",), ("acct",)))
                   or own == ("account",) for own in said):
            return None
        bank = next((f.path for f in dataset.fields if f is not sample and not f.parent and _names_bank(f)), None)
        if bank is None:
            return None
        share = _digit_share(sample.values)
        if share < BANK_CARD_SHARE:
            return None
        return Signal("context", f"account numbers of a card's length ({share:.0%}) beside the bank '{bank}': "
                                 "the bank card", BANK_CARD_SCORE, round(share, 4))


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def issuer_ok(digits: str) -> bool:
    for prefixes, width, lengths in IIN_RANGES:
        if len(digits) in lengths and int(digits[:width]) in prefixes:
            return True
    return False


def is_card_number(text: str | None) -> bool:
    if not text:
        return False
    digits = "".join(c for c in text if c.isdigit())
    # a mainland resident id of Fujian (35…), Gansu (62…) or Xinjiang (65…) has a card's prefix
    # and length, and passes Luhn one time in ten: its own check and birth date say which it is
    return 12 <= len(digits) <= 19 and issuer_ok(digits) and luhn_ok(digits) and not cn_resident_id(digits)
