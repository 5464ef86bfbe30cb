"""Mobile carriers (network operators) by name, and MCC-MNC codes (ITU-T E.212).

Operator names come from a curated list (classifiers/vocab/carriers.txt). Brands that are
everyday words (`Orange`, `Three`, `Free`) need a carrier-like field name. An MCC-MNC is a
3-digit mobile country code (2xx Europe ... 7xx South America) and a 2-3 digit network code;
`310-260` has a telling separator, `310260` is just a number without a name.
"""
from __future__ import annotations

from classifiers.evidence import Signal
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer, ValuePattern, VocabularyMatch
from datamap.model import FieldSample

_CODES = "mcc+mnc of a listed network"


class MobileCarrierRecognizer(FieldRecognizer):
    entity = "MOBILE_CARRIER"
    names = ("carrier", "carrier name", "mobile carrier", "network carrier", "operator", "network operator",
             "mobile operator", "sim operator", "sim operator name", "network operator name", "mcc mnc", "mccmnc",
             "plmn", "isp", "isp name", "telco", "mobile network", "cellular provider", "phone carrier", "ctcarrier", "mnc", "mcc", "home network", "sim mcc", "sim mnc", "network mcc")
    weak_names = ("provider", "network name")
    negative_names = ("ship", "shipping", "freight", "delivery", "courier", "logistics", "tour", "airline",
                      "insurance", "payment", "flight", "count", "id", "type", "email", "mail", "merchant",
                      "merchant category",
                      # a medical device's UDI carrier: the barcode (`carrierHRF`, `carrierAIDC`) that
                      # carries its identifier, no mobile network
                      "udi", "hrf", "aidc",
                      # the party that acted on a record (a trip's `cancel_operator` 订单撤销发起者, an
                      # admin table's `create_operator`, `update_operator`): who did it, no network
                      "cancel", "cancelled", "canceled", "create", "created", "creator", "update", "updated",
                      "modify", "modified", "delete", "deleted", "audit", "approve", "approved", "review",
                      "reviewed", "handle", "handled")
    vocabularies = (
        VocabularyMatch("carrier names", "carriers", 0.75, leading_words=True),
        VocabularyMatch("carrier names incl. common-word brands", "carriers+carrier_words", 0.45),
        # a whole column of real networks' codes (`46001`, `310260`) is SIM operators even
        # without a name: nearly every value must be one (scored so that 9 in 10 are needed)
        VocabularyMatch(_CODES, "mcc_mnc", 0.55),
        # an SDK writes the SIM operator's name where it has one and its code where not
        # (`中国移动` beside `46000`): the two together, as strictly
        VocabularyMatch("carrier names or codes", "carriers+mcc_mnc", 0.55),
    )
    patterns = (
        ValuePattern("mcc-mnc", r"[2-7]\d{2}[-/ ]\d{2,3}", 0.35),
        ValuePattern("mcc+mnc digits", r"[2-7]\d{4,5}", 0.25),
        # a split MCC or MNC column; merchant category codes (`mcc`, 4 digits) do not fit
        ValuePattern("mcc or mnc alone", r"\d{1,3}", 0.15),
    )
    context = ("carrier", "operator", "network", "mobile", "sim")

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """Listed networks' codes decide without a name only over a real sample: three codes
        could be any three numbers."""
        signal = super().value_signal(sample)
        if (signal is not None and signal.detail.startswith(f"vocabulary '{_CODES}'")
                and len(sample.values) < MIN_CODE_VALUES and self.named(NameTokens.of(sample.path)) is None):
            return None
        return signal


#: values a column of listed MCC+MNC codes needs to be read as carriers without a name
MIN_CODE_VALUES = 20
