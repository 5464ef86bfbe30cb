"""Cookie and web-beacon (pixel) identifiers.

Formats from the vendors' documentation: Google Analytics `_ga` (`GA1.2.1234567890.1699999999`)
and GA4 session cookies (`GS1.1.…`), Google Ads `_gcl_au` (`1.1.1234567890.1699999999`),
Meta `_fbp` (`fb.1.1596403881668.1116446470`) and `_fbc` (`fb.1.1554763741205.IwAR…`),
Microsoft `_uetsid`/`_uetvid` (32 hex), Adobe `AMCV_`/ECID (`MCMID|…`), Snowplow first- and
third-party user ids (`domain_userid`, `network_userid`), Segment `ajs_anonymous_id`.
The GA and Meta shapes are telling alone; hex and UUID ids need the name.
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.names import NameTokens, comment_tokens
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.recognizers.advertising_id import UUID
from classifiers.recognizers.device_id import PUSH_CLIENT_NAMES, push_parent
from datamap.model import DatasetSample, FieldSample


# cookie names of the analytics and ad vendors above, as they appear in a Cookie header
_TRACKING_COOKIES = (r"_ga|_ga_\w+|_gid|_gat\w*|_gcl_au|_gcl_aw|_gcl_dc|_fbp|_fbc|_uetsid|_uetvid|ajs_anonymous_id"
                     r"|ajs_user_id|_hjSessionUser_\d+|_hjid|mp_\w+_mixpanel|amp_\w+|_sp_id\.\w+|sp|AMCV_\w+|IDE|_ttp|_pin_unauth")


class CookieIdRecognizer(FieldRecognizer):
    entity = "COOKIE_ID"
    closed_format = True
    names = ("cookie", "cookies", "cookie header", "set cookie", "http cookie", "cookie id", "cookieid", "cookie value", "ga", "ga cookie", "ga client id", "ga cid",
             "cid", "client id ga", "fbp", "fbc", "fb browser id", "gcl au", "uetsid", "uetvid",
             "pixel id", "beacon id", "web beacon", "tracking pixel", "pixel cookie", "domain userid",
             "network userid", "duid", "nuid", "ajs anonymous id", "anonymous id", "anonymousid", "anon id",
             "visitor id", "visitorid", "browser id", "mcmid", "ecid", "amcv", "third party cookie",
             "first party cookie", "tracking id", "tracking cookie", "cookie jia", "sp id", "snowplow id",
             "client id", "click id", "clickid", "gclid", "fbclid", "msclkid", "ttclid", "dclid", "wbraid", "gbraid",
             "yclid", "twclid", "li fat id", "user pseudo id", "pseudo id", "pseudonymous id")
    # `gid` is Google Analytics' `_gid` cookie, and as often a POSIX group id (`gidNumber=0`): the
    # values decide
    weak_names = ("beacon", "pixel", "tracker", "visitor", "gid")
    negative_names = ("consent", "enabled", "accepted", "count", "policy", "banner", "cookie domain", "expiry", "expires",
                      "path", "secure", "samesite", "name", "event", "secret", "oauth", "api", "app", "flag", "flags",
                      "enable", "allowed", "allow", "opt", "opted",
                      # push SDKs' client ids (`getui_cid`) name an app install, not a browser
                      "push", "getui", "jpush", "umeng")
    patterns = (
        ValuePattern("google analytics _ga", r"GA\d\.\d\.\d{5,12}\.\d{9,10}", 0.9),
        ValuePattern("google analytics 4 session", r"GS\d\.\d\.[\w.$-]{10,}", 0.85),
        ValuePattern("google ads _gcl_au", r"1\.1\.\d{8,12}\.\d{10}", 0.7),
        ValuePattern("meta _fbp/_fbc", r"fb\.\d\.\d{13}\.[\w-]{5,}", 0.9),
        ValuePattern("ga client id", r"\d{6,12}\.\d{9,10}", 0.45),
        ValuePattern("adobe ecid", r"(?:MCMID\|)?\d{38}", 0.5),
        # a raw Cookie header (`_ga=GA1.2.…; _fbp=fb.1.…; sid=…`) carries every cookie id at once
        ValuePattern("cookie header with tracking cookies", rf".*\b(?:{_TRACKING_COOKIES})=[^;]+.*", 0.8),
        ValuePattern("cookie header", r"[^=;\s]+=[^;]*(?:;\s*[^=;\s]+=[^;]*)+;?", 0.45),
        ValuePattern("uuid", UUID, 0.3),
        ValuePattern("hex id", r"[0-9a-f]{16,64}", 0.3),
        # ad click ids (gclid `EAIaIQobChMI…`, fbclid `IwAR…`), stored as `_gcl_aw`/`_fbc` cookies
        ValuePattern("click id", r"(?:EAIaIQob|Cj0KCQ|CjwKCA|IwAR|IwZX)[\w-]{20,200}", 0.6),
    )
    context = ("cookie", "_ga", "_fbp", "pixel", "beacon")
    value_alone = True  # the GA and Meta shapes; the others score below the threshold alone

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """A client id of a push service's object or logger (`GetuiPushService`'s `clientId=`)
        is the id it gave an app install, no browser's: the negative words above rule out
        `getui_cid`, this the same id under a push service's parent. A `client_id` beside the
        client's secret or redirect address is an OAuth app's."""
        own = " ".join(NameTokens.of(sample.path).own)
        if own in PUSH_CLIENT_NAMES and push_parent(sample) is not None:
            return True
        if _small_codes(sample):
            return True  # an alarm event's `zoneCid` of 0 and 1: a code, no browser's id
        return own == "client id" and (_oauth_client(sample, dataset) or _device_described(sample))


def _device_described(sample: FieldSample) -> bool:
    """Whether the column's comment says the `client_id` is a device's (an MQTT broker's client
    ids of an IoT server's cameras and sensors, `COMMENT '设备ID'`): no browser's cookie."""
    comment = comment_tokens(sample.comment, sample.origin)
    return comment is not None and "device" in comment.own


#: the largest whole number a code column holds; every cookie and client id is longer
SMALL_CODE_MAX = 999


def _small_codes(sample: FieldSample) -> bool:
    """Whether every sampled value is a whole number of at most three digits (as a number or as
    text): codes and counters, which no cookie, pixel or client id is."""
    values = pc.drop_null(sample.values)
    if not len(values):
        return False
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        return bool(pc.all(rx.match(values, r"^\d{1,3}$")).as_py())
    if pa.types.is_integer(values.type):
        return bool(pc.all(pc.less_equal(pc.abs(values), SMALL_CODE_MAX)).as_py())
    return False


#: what an OAuth client's record holds beside its `client_id` (RFC 6749: the secret it
#: authenticates with, the address the server sends the user back to)
OAUTH_CLIENT_FIELDS = frozenset({("client", "secret"), ("redirect", "uri"), ("redirect", "uris"),
                                 ("redirect", "url"), ("redirect", "urls")})


def _oauth_client(sample: FieldSample, dataset: DatasetSample) -> bool:
    """Whether the record holds an OAuth client's secret or redirect address beside the
    `client_id`: then the id is the registered app's (Mastodon's `apps` answer), no browser's."""
    return any(other.parent == sample.parent and NameTokens.of(other.path).own in OAUTH_CLIENT_FIELDS
               for other in dataset.fields if other is not sample)
