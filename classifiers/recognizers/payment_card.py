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

from classifiers.checksums import cn_resident_id
from classifiers.recognizer import FieldRecognizer, ValuePattern

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
