"""Advertising identifiers: Apple's IDFA, Google's GAID/AAID, Amazon's Fire ad id, Huawei's OAID.

All are UUID-shaped (8-4-4-4-12 hex); a user who limits ad tracking reports the all-zero id
`00000000-0000-0000-0000-000000000000`, which is still this field. A UUID shape alone says
nothing (order ids, session ids and trace ids share it), so the name or context decides.
"""
from __future__ import annotations

from classifiers.recognizer import FieldRecognizer, ValuePattern

UUID = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
MASKED_UUID = r"[0-9A-Za-z*]{8}-[0-9A-Za-z*]{4}-[0-9A-Za-z*]{4}-[0-9A-Za-z*]{4}-[0-9A-Za-z*]{12}"


class AdvertisingIdRecognizer(FieldRecognizer):
    entity = "ADVERTISING_ID"
    names = ("idfa", "gaid", "aaid", "adid", "ad id", "advertising id", "advertiser id", "advertisingid",
             "advertising identifier", "ifa", "google ad id", "google advertising id", "android advertising id",
             "apple ifa", "apple idfa", "amazon aid", "amazon advertising id", "fire adid", "oaid", "maid",
             "mobile ad id", "mobile advertising id", "ad tracking id", "rida", "afai", "msai", "guangguo id")
    weak_names = ("ad identifier",)
    negative_names = ("enabled", "limited", "lat", "tracking enabled", "opt", "status", "count", "campaign",
                      "adset", "creative", "group", "set", "account", "click", "network", "partner")
    patterns = (
        ValuePattern("uuid", UUID, 0.5),
        # exports and vendor samples mask the tail (`A7071198-...-94578D9BZZZZ`): still the id's field
        ValuePattern("masked uuid", MASKED_UUID, 0.4),
        # Huawei OAIDs are 64 hex digits when not UUID-shaped
        ValuePattern("oaid hex", r"[0-9a-f]{64}", 0.3),
        # Adjust's `adid` is a 32-hex device id: the name stands, as a device-level ad id
        ValuePattern("32-hex id", r"[0-9a-f]{32}", 0.3),
    )
    context = ("idfa", "gaid", "advertising", "adid", "ifa")
    value_alone = False
