"""Mobile carriers (network operators) by name, and MCC-MNC codes (ITU-T E.212).

Operator names come from a curated list (classifiers/vocab/carriers.txt). Brands that are
everyday words (`Orange`, `Three`, `Free`) need a carrier-like field name. An MCC-MNC is a
3-digit mobile country code (2xx Europe ... 7xx South America) and a 2-3 digit network code;
`310-260` has a telling separator, `310260` is just a number without a name.
"""
from __future__ import annotations

from classifiers.recognizer import FieldRecognizer, ValuePattern, VocabularyMatch


class MobileCarrierRecognizer(FieldRecognizer):
    entity = "MOBILE_CARRIER"
    names = ("carrier", "carrier name", "mobile carrier", "network carrier", "operator", "network operator",
             "mobile operator", "sim operator", "sim operator name", "network operator name", "mcc mnc", "mccmnc",
             "plmn", "isp", "isp name", "telco", "mobile network", "cellular provider", "phone carrier", "ctcarrier", "mnc", "mcc", "home network", "sim mcc", "sim mnc", "network mcc")
    weak_names = ("provider", "network name")
    negative_names = ("ship", "shipping", "freight", "delivery", "courier", "logistics", "tour", "airline",
                      "insurance", "payment", "flight", "count", "id", "type", "email", "mail", "merchant",
                      "merchant category")
    vocabularies = (
        VocabularyMatch("carrier names", "carriers", 0.75, leading_words=True),
        VocabularyMatch("carrier names incl. common-word brands", "carriers+carrier_words", 0.45),
    )
    patterns = (
        ValuePattern("mcc-mnc", r"[2-7]\d{2}[-/ ]\d{2,3}", 0.35),
        ValuePattern("mcc+mnc digits", r"[2-7]\d{4,5}", 0.25),
        # a split MCC or MNC column; merchant category codes (`mcc`, 4 digits) do not fit
        ValuePattern("mcc or mnc alone", r"\d{1,3}", 0.15),
    )
    context = ("carrier", "operator", "network", "mobile", "sim")
