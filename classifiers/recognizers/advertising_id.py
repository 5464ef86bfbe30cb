"""Advertising identifiers: Apple's IDFA, Google's GAID/AAID, Amazon's Fire ad id, Huawei's OAID.

All are UUID-shaped (8-4-4-4-12 hex); a user who limits ad tracking reports the all-zero id
`00000000-0000-0000-0000-000000000000`, which is still this field. A UUID shape alone says
nothing (order ids, session ids and trace ids share it), so the name decides, or the all-zero
id among the values: no order or session id is ever all zeros.
"""
from __future__ import annotations

import pyarrow.compute as pc

from classifiers.evidence import Signal
from classifiers.names import NameTokens
from classifiers.fieldview import FieldView
from classifiers.recognizer import FieldRecognizer, ValuePattern
from datamap.model import FieldSample

UUID = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
LAT_ID = "00000000-0000-0000-0000-000000000000"
#: ids of other things, whose columns may hold the nil UUID as a placeholder
_OTHER_IDS = frozenset({"session", "request", "order", "trace", "span", "event", "message", "transaction",
                        "correlation", "job", "task", "run", "batch", "payment", "invoice", "user", "account",
                        "customer", "parent", "tenant", "org", "project", "build", "commit", "upload", "file",
                        "product", "item", "cart", "insert", "window", "page", "visit", "record", "row"})
MASKED_UUID = r"[0-9A-Za-z*]{8}-[0-9A-Za-z*]{4}-[0-9A-Za-z*]{4}-[0-9A-Za-z*]{4}-[0-9A-Za-z*]{12}"


class AdvertisingIdRecognizer(FieldRecognizer):
    entity = "ADVERTISING_ID"
    closed_format = True
    names = ("idfa", "gaid", "aaid", "adid", "ad id", "advertising id", "advertisingid",
             "advertising identifier", "ifa", "google ad id", "google advertising id", "android advertising id",
             "apple ifa", "apple idfa", "amazon aid", "amazon advertising id", "fire adid", "oaid", "maid",
             "mobile ad id", "mobile advertising id", "ad tracking id", "rida", "afai", "msai",
             # China's industry advertising id (CAA/CAICT's CAID), what iOS apps in China send for the IDFA
             "caid")
    weak_names = ("ad identifier",)
    negative_names = ("enabled", "limited", "lat", "tracking enabled", "opt", "status", "count", "campaign",
                      "adset", "creative", "group", "set", "account", "click", "network", "partner", "advertiser")
    patterns = (
        ValuePattern("uuid", UUID, 0.45),
        # exports and vendor samples mask the tail (`A7071198-...-94578D9BZZZZ`): still the id's field
        ValuePattern("masked uuid", MASKED_UUID, 0.4),
        # OAIDs (China's Android advertising id, MSA standard) are UUIDs on Huawei and Honor,
        # 64 hex digits on OPPO, vivo and OnePlus, 16 on Xiaomi: the name decides
        ValuePattern("oaid hex", r"[0-9A-Fa-f]{64}|[0-9a-f]{16}", 0.3),
        # Adjust's `adid` is a 32-hex device id: the name stands, as a device-level ad id
        ValuePattern("32-hex id", r"[0-9a-f]{32}", 0.3),
    )
    context = ("idfa", "gaid", "advertising", "adid", "ifa")
    value_alone = True  # only with the all-zero id; a bare UUID shape scores too low to decide

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """UUIDs among which the all-zero id appears: users who limited ad tracking, so IDFA/GAID."""
        signal = super().value_signal(sample)
        if signal is None or set(NameTokens.of(sample.path).own) & _OTHER_IDS:
            return signal  # `Guid.Empty`/`uuid.Nil` also stand in for a missing order or session id
        distinct = FieldView.of(sample).distinct.values
        if not pc.any(pc.equal(distinct, LAT_ID)).as_py() or len(distinct) < 2:
            # the all-zero id alone is only a nil UUID (a filesystem's `00000000-…` in a kernel log,
            # `Guid.Empty`): it says limited tracking only among real ids
            return signal
        return Signal("value", signal.detail + ", with the all-zero limited-tracking id", max(signal.score, 0.65),
                      signal.match_ratio)
