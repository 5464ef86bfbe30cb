"""Network (connection) types: Wi-Fi or the cellular generation and radio technology.

Values follow what the platforms report: Android `ConnectivityManager`/`TelephonyManager`
network types (`WIFI`, `LTE`, `NR`, `HSPAP`, `EDGE`), iOS `CTRadioAccessTechnology*`
(`CTRadioAccessTechnologyLTE`), the Network Information API `effectiveType` (`4g`, `slow-2g`)
and analytics SDKs (`wifi`, `cellular`, `5G_SA`, `cellular_4g`). Ambiguous words (`none`,
`unknown`, a bare `mobile`) are left out: they dilute a column but never make one.
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView, as_mask
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.recognizers.payment_card import CARD_SCHEMES
from classifiers.shape import BLANK, CONTROL, LETTERS, NON_ASCII, Shape, char_bits
from datamap.model import DatasetSample, FieldSample

# Android constant names carry a prefix (`TYPE_WIFI`, `NETWORK_TYPE_LTE`); SDKs join
# the bearer and the generation (`cellular_4g`, `mobile-5g`)
_PREFIX = r"(?:(?:network[ _]?)?type[ _]|transport[ _]|network[ _])?"  # also `NETWORK_4G`, `NETWORK_WIFI`
_TYPES = (r"wi-?fi|wlan|cellular(?:[ _-]?(?:[2-6]g|lte|nr|data))?|(?:mobile|cell|wwan)[ _-]?(?:[2-6]g|lte|nr|data|network)|ethernet|wired|wimax|wwan|(?:slow-)?[2-6]g(?:[ _-]?(?:sa|nsa|nr|lte|plus|\+))?"
          r"|lte(?:[ _-]?(?:a|ca|advanced|\+|plus))?|nr(?:[ _-]?(?:nsa|sa))?|edge|gprs|umts|hspap?|hspa\+|hs[du]pa"
          r"|cdma(?:2000|1x)?|evdo(?:[ _-]?(?:0|a|b|rev[ab]))?|1xrtt|ehrpd|iden|gsm|td-?scdma|tdd|fdd|iwlan"
          r"|(?:CTRadioAccessTechnology)\w+"
          # 3GPP radio access networks, as operators' session records name them (GSM, UMTS, LTE, 5G)
          r"|geran|e-?utran|utran|ng-?ran"
          # cellular IoT (3GPP Release 13+): NB-IoT, LTE-M/eMTC, LTE categories 1 and 1bis, as
          # modules and IoT platforms report them (`NB-IoT`, `4G Cat.1`, `Cat-M1`; a bare `cat1` is as
          # often a category code, so the category is written with a separator or after `4G`/`LTE`)
          r"|nb-?iot|lte-?m|emtc|(?:(?:4g|lte)[ _-]?cat[ ._-]?|cat[ .-])(?:1(?:bis)?|m1?|nb[12]?|4)"
          # Chinese: mobile data, cellular, wireless LAN, no network, wired
          r"|移动数据|移动网络|蜂窝(?:网络|数据)?|无线(?:网络|局域网)?|无网络|无连接|以太网|有线(?:网络)?")


class NetworkTypeRecognizer(FieldRecognizer):
    entity = "NETWORK_TYPE"
    names = ("network type", "networktype", "connection type", "connectiontype", "conn type", "net type", "nettype",
             "radio type", "radio access technology", "radio technology", "network class", "bearer", "access type",
             "network generation", "cellular generation", "effective type", "network", "net",
             "connection", "wifi", "is wifi", "on wifi", "wifi connected", "cellular", "radio", "rat", "network status")
    negative_names = ("id", "name", "address", "ip", "mac", "carrier", "operator", "count", "ssid", "bssid",
                      "latency", "bytes", "speed", "error", "timeout", "rssi", "strength", "neural", "social",
                      "ad", "partner", "netspeed", "provider", "sent", "received", "mask", "gateway", "cidr", "mkt",
                      "marketing", "campaign", "media", "affiliate", "ads", "advertising", "tv", "broadcast",
                      # a capability or a setting (`dynamic_network_switching_eligible`, a
                      # doorbell's `external_connection`) flags something else than the network
                      "eligible", "capable", "supported", "switching", "external",
                      # a Bluetooth gadget's link to the phone (a tracker's `connection_state`:
                      # `DISCONNECTED`), no kind of network
                      "connection state", "connection event")
    patterns = (
        ValuePattern("network type", rf"(?i:{_PREFIX}(?:{_TYPES}))", 0.7),
        # `wifi: true`, `is_cellular: 0` name the type; the flag itself cannot say so
        ValuePattern("flag", r"(?i:true|false|[01]|yes|no)", 0.15),
        # OpenRTB `connectiontype` and Android `getType()` report small integer codes
        ValuePattern("type code", r"1?\d|20", 0.1),
    )
    context = ("network", "connection", "wifi", "cellular")
    # an HTTP request's `Connection` header (a proxy's `request_Connection`, `headers.Connection`)
    # holds connection options, no network: `close`, `keep-alive`, `Upgrade`
    other_forms = (("HTTP connection options",
                    r"(?i)^(?:close|keep-alive|upgrade|te)(?:\s*,\s*(?:close|keep-alive|upgrade|te))*$"),)
    # OpenRTB's `device.connectiontype` (0-7) and Android's `TelephonyManager` network type (0-20)
    # are integers: a column so named is the network type however it is stored
    number_names = ("connectiontype", "connection type", "network type", "networktype", "net type", "nettype")

    values_within_patterns = True  # its value signal only refines or drops the base one

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """A payment card's `network` (Stripe's `card.network`: `visa`) is the card's scheme:
        a column mostly of card schemes is no device's network. A `wifi` of words that are no
        network type and no flag (Overland's `wifi: launchpad`) names the Wi-Fi network the
        device is on, its SSID: which network, not which kind."""
        if not pa.types.is_string(sample.values.type):
            return False
        if _holds_network_names(sample):
            return True
        # asked of every text column before its name is read: judged on its distinct values,
        # counted (the view holds them already), with literal replaces rather than a regex
        # pass that pyarrow would compile on each call
        view = FieldView.of(sample)
        distinct = view.distinct
        if distinct.total == 0 or view.could_match(_SCHEME_SHAPE) < 0.5 * distinct.total:
            return False  # (too few values of a card scheme's letters: no pyarrow pass)
        words = pc.utf8_lower(pc.utf8_trim_whitespace(distinct.values))
        words = pc.replace_substring(pc.replace_substring(words, " ", "_"), "-", "_")
        return distinct.hits(pc.is_in(words, _CARD_SCHEMES)) >= 0.5 * distinct.total

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """The network-type values' signal, unless another word holds a large share of the
        column: a bank's call `contact` of `cellular` and `telephone` is the channel it called
        on (a landline is no network a device is on), which network types alone never mix with."""
        signal = super().value_signal(sample)
        if signal is not None and _true_false(sample) and not _names_a_network(sample.path):
            return None  # `external_connection: false`, `dynamic_network_switching_eligible`: a setting
        if signal is None or (signal.match_ratio or 0) >= 1.0:
            return signal
        view = FieldView.of(sample)
        values = view.informative
        if values.total == 0:
            return signal
        typed = as_mask(rx.match(values.values, rf"^(?:{self.patterns[0].regex})$", distinct=True))
        other = values.counts[~typed]
        words = as_mask(rx.match(values.values, r"^[A-Za-z]{4,}$", distinct=True))[~typed]
        if len(other) and (other[words].max(initial=0) >= OTHER_WORD_SHARE * values.total):
            return None
        if (pc.sum(pc.is_in(pc.utf8_lower(values.values), value_set=CHANNEL_WORDS)).as_py() or 0) > 0:
            return None  # `cellular` beside `telephone`, `email`, `sms`: the channel someone was reached on
        return signal


#: what names a Wi-Fi network itself: a field so named holds the SSID when no value is a type
WIFI_WORDS = frozenset({"wifi", "wlan"})


def _holds_network_names(sample: FieldSample) -> bool:
    """Whether a field named for Wi-Fi holds network names: informative values, none of them a
    network type, a flag or a type code."""
    if WIFI_WORDS.isdisjoint(NameTokens.of(sample.path).own):
        return False
    values = FieldView.of(sample).informative.values
    if len(values) == 0:
        return False
    kinds = "|".join(p.regex for p in NetworkTypeRecognizer.patterns)
    return not pc.any(rx.match(values, f"^(?i:{kinds})$")).as_py()


_CARD_SCHEMES = pa.array(sorted(CARD_SCHEMES))
#: what a value may hold that lower-cased, trimmed and with `-` and blanks as `_` is a card
#: scheme: letters, `-` and `_`, and what trimming takes off (blanks, and a Unicode space or
#: control character at either end)
_SCHEME_SHAPE = Shape(allowed=LETTERS | BLANK | CONTROL | NON_ASCII | char_bits("-_"))

#: words that name which network a flag is about (`wifi: true`, `is_cellular: 0`, `onLTE`)
FLAG_NETWORKS = frozenset({"wifi", "wlan", "cellular", "cell", "mobile", "lte", "ethernet", "wired", "roaming",
                           "2g", "3g", "4g", "5g", "wwan", "metered"})


def _true_false(sample: FieldSample) -> bool:
    """Whether the column holds true/false flags only (JSON booleans, or the words)."""
    if pa.types.is_boolean(sample.values.type):
        return True
    distinct = FieldView.of(sample).informative.values
    if len(distinct) == 0 or not pa.types.is_string(distinct.type):
        return False
    return bool(pc.all(pc.is_in(pc.utf8_lower(distinct), value_set=_TRUE_FALSE)).as_py())


_TRUE_FALSE = pa.array(["true", "false", "yes", "no"])


def _names_a_network(path: str) -> bool:
    """A true/false flag is a network type only when its name says which network (`is_wifi`,
    `wifi_connected`, `cellular`); `connection` or `network` alone flag something else."""
    return not FLAG_NETWORKS.isdisjoint(NameTokens.of(path).own)


#: a word no pattern knows that holds this share of a column makes it another kind of category
OTHER_WORD_SHARE = 0.2
#: channels a person is contacted or reached on: one of them among `cellular` values, however
#: rare, makes the column the channel (a bank's call `contact`), never a device's network
CHANNEL_WORDS = pa.array(["telephone", "landline", "phone", "email", "e-mail", "sms", "text",
                          "letter", "mail", "post", "fax", "in person", "visit", "whatsapp"])
