"""Device identifiers: install and hardware ids (Android ID, IDFV, serials), IMEIs, MAC addresses.

- DEVICE_ID: a 16-hex Android ID (SSAID), an IDFV or other UUID, a hardware serial. None of
  these shapes is telling alone, so a name (`device_id`, `android_id`, `idfv`, `udid`) or a
  `device` parent object (`context.device.id`) decides.
- IMEI: 15 digits with a Luhn check digit (3GPP TS 23.003), often written `35-209900-176148-1`;
  16-digit IMEISVs have no check digit and need the name. A column of 15-digit Luhn numbers
  (other than AmEx's 34/37) is IMEIs: random numbers pass Luhn one time in ten.
- MAC_ADDRESS: six hex octets (IEEE EUI-48) with `:` or `-`, or Cisco's dotted form; under a
  MAC's name also the twelve digits without separators (`F0090D1A2B3C`), as device APIs and
  firmware (TP-Link's, Ring's) write them.
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx, vocab
from classifiers.checksums import luhn_valid
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.recognizers.advertising_id import MASKED_UUID, UUID
from classifiers.siblings import own_has, parent_has, siblings
from datamap.model import DatasetSample, FieldSample

_DIGEST = r"[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}"
#: own names that mean "the identifier of the enclosing object"
_ID_WORDS = ("id", "uuid", "guid", "identifier", "serial", "sn", "udid", "key")
_DEVICE_WORDS = ("device", "hardware", "handset", "dvce", "shebei")
#: push services, whose `token` is an app install's registration (APNs, FCM, HMS, JPush, Getui)
_PUSH_WORDS = ("push", "apns", "fcm", "gcm", "hms", "jpush", "getui", "mipush")
#: a certificate's serial number (`certificate.serial`, `cert_serial`) is the issuer's, no device's
_CERTIFICATE_WORDS = ("certificate", "cert", "x509")


#: the platform a device runs, as test data writes it in a device's id column (AWARE's test
#: tables: `android`, `ios`, `fitbit`), in place of each device's UUID
PLATFORM_STAND_INS = r"(?i)^(?:android|ios|ipados|iphone|ipad|watchos|wearos|tvos|windows|macos|linux|web|fitbit)$"


class DeviceIdRecognizer(FieldRecognizer):
    entity = "DEVICE_ID"
    names = ("device id", "deviceid", "device uuid", "device guid", "device identifier", "android id", "androidid",
             "ssaid", "idfv", "vaid", "vendor id", "identifier for vendor", "udid", "device serial", "serial number",
             "serial no", "hardware id", "hw id", "hwid", "install id", "installation id", "installation uuid",
             "install uuid", "installation guid", "imsi", "device token",
             # the SIM card's own serial (ICCID, `8986…`)
             "iccid", "sim serial", "sim serial number",
             # a medical device's unique device identifier (UDI) as its label prints it, its
             # identifier, lot and serial in GS1's `(01)…(17)…(10)…(21)…` (FHIR's `udiCarrier`)
             "udi", "unique device identifier", "udi carrier", "carrier hrf", "udi carrier hrf",
             "dvce id", "device fingerprint", "device key", "appsflyer id", "adjust id", "adjust adid",
             "firebase installation id", "fid", "app instance id", "oudid", "cuid", "didsha1", "didmd5",
             "dpidsha1", "dpidmd5", "dpid", "device id sha1", "device id md5", "hashed device id", "push token",
             # push services' ids of an app install (Xiaomi's `regId`, Huawei's `hmsToken`, FCM, APNs),
             # and GrowingIO's visitor id of a device (`gio_id`)
             "reg id", "hms token", "fcm token", "apns token", "gio id",
             # Chinese SDKs' install ids: Umeng's and Alibaba's device ids, TalkingData's `tdid`,
             # JPush's registration id, Getui's client id
             "umid", "utdid", "tdid", "talkingdata id", "jpush rid", "jpush id", "jpush registration id", "push registration id",
             "getui cid", "getui client id", "gt cid", "push client id", "push id",
             # the phone maker's push channel (厂商通道: Huawei's, Xiaomi's, OPPO's, vivo's push)
             # and its token of the install (`token` 华为 oppo厂商 token reg_id): 厂商 alone is the maker
             "manufacturer token", "manufacturer push token", "vendor token", "vendor push token",
             # Chinese ad platforms' device of a click (Tencent Ads', Kuaishou's and Ocean Engine's
             # `muid`: the IMEI on Android, the IDFA on iOS, often MD5'd)
             "muid",
             # RADIUS Calling-Station-Id: the caller's MAC address or phone number
             "push key", "calling station id", "fcm token", "apns token", "registration token", "gcm token",
             # a connected car's (ConnectedDrive's, a fleet's telematics `vin`): the vehicle
             # identification number keys the car whose state and position the rows report
             "vin", "vehicle identification number", "vehicle id number",
             # Amazon's device serial number (`dsn`, an Echo's or a Ring's `third_party_dsn`)
             "dsn", "device serial number",
             # IoT platforms' device ids (Alibaba Cloud IoT Platform's `IotId`, AWS IoT's `thingId`)
             "iot id", "iotid", "thing id")
    # Branch's SDK id of an install is named as a store's, a bank's or a code branch's key:
    # the values decide (Stack Auth's `Tenancy.branchId` is a configuration branch)
    weak_names = ("serial", "sn", "device", "did", "branch id")
    negative_names = ("type", "category", "model", "name", "brand", "count", "class", "family", "os", "version",
                      "vendor name", "manufacturer", "limit", "enabled", *_CERTIFICATE_WORDS,
                      # an order's serial number (`order_sn`, as ECShop and Pinduoduo name it), no device's
                      "order", "order sn",
                      # a parcel's tracking number (mall's `delivery_sn` 物流单号 `SF1234567890123`,
                      # `express_no`, 运单号), no device's serial
                      "delivery", "logistics", "express", "waybill", "shipment", "shipping", "tracking number",
                      # litemall's `ship_sn` 发货编号 (the shipment's number, `SF…`)
                      "ship", "ship sn", "ship no",
                      # a device's credential (an IoT platform's `DeviceSecret`), no identifier of it
                      "secret", "password", "passwd")
    patterns = (
        ValuePattern("android id", r"[0-9a-fA-F]{16}", 0.5),
        ValuePattern("uuid (idfv)", UUID, 0.5),
        # Amplitude and other SDKs append a letter to a random UUID (`…d5eb651bb990R`)
        ValuePattern("uuid with suffix", rf"(?:{UUID})[A-Za-z]", 0.45),
        ValuePattern("masked uuid", MASKED_UUID, 0.4),
        # serials mix capitals and digits (`R58M12ABCDE`, `F17XL0ABHG7F`); all-digit strings are not
        ValuePattern("hardware serial", r"[0-9]{1,12}[A-Z][A-Z0-9]{2,18}|[A-Z][A-Z0-9]{7,19}", 0.3),
        ValuePattern("appsflyer-style install id", r"\d{13}-\d{4,20}", 0.4),
        # OpenRTB `didsha1`/`dpidmd5` and pseudonymised exports: a digest of the id is still its field
        ValuePattern("hashed id", _DIGEST, 0.3),
        # a device-id column often mixes in IMEIs/MEIDs where the platform allowed reading them
        ValuePattern("imei or meid digits", r"\d{14,16}", 0.3),
        # FCM registration tokens (`<instance id>:<token>`) identify one app install
        ValuePattern("push token", r"[A-Za-z0-9_-]{11,30}:[A-Za-z0-9_-]{100,}", 0.4),
        # SDK install ids are opaque tokens of their own alphabets (Alibaba's 24-character utdid,
        # JPush's hex registration id): the name decides, the shape asks only for one long token
        ValuePattern("opaque install id", r"[A-Za-z0-9+/_-]{16,64}", 0.3),
    )
    context = ("device", "android", "idfv", "serial", "hardware")
    value_alone = False

    def stand_ins(self, view: FieldView) -> str | None:
        values = view.informative
        if values.total and values.hits(rx.match(values.values, PLATFORM_STAND_INS, distinct=True)) == values.total:
            return "platform names in place of each device's id (test data)"
        return None

    def name_signal(self, name: NameTokens) -> Signal | None:
        if not set(_CERTIFICATE_WORDS).isdisjoint(name.parent[-1:]):
            return None  # `certificate.serial`, `x509.serial`: the certificate's number
        return super().name_signal(name)

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """No device by the values alone when one value fills every row: an app's key or a
        build's (a Zhugeio batch's `ak`), not the devices of the records."""
        signal = super().value_signal(sample)
        if signal is None or self.named(NameTokens.of(sample.path)) is not None:
            return signal
        if FieldView.of(sample).distinct.constant():
            return None
        return signal

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        # `context.device.id`: an id inside a device object is the device's id
        own, parent = own_has(sample, _ID_WORDS), parent_has(sample, _DEVICE_WORDS)
        if own and parent and len(sample.name) <= 12:
            return Signal("context", f"'{own}' inside a '{parent}' object", 0.7)
        # a device's or a push service's `token` (`device.token`, a `DeviceService` or `push`
        # logger's `token=`): the registration token that reaches that app install
        # (a Han logger's words read as the name's are: `推送服务` is a push service)
        if sample.name.lower() == "token" and (parent := _parent_word(sample, _DEVICE_WORDS + _PUSH_WORDS)):
            return Signal("context", f"a 'token' of a '{parent}' object or logger", 0.6)
        # a push service's client id (a `GetuiPushService` logger's `clientId=`, a `jpush`
        # object's `registrationId`): the id that push service gave one app install
        if " ".join(NameTokens.of(sample.path).own) in PUSH_CLIENT_NAMES and (parent := push_parent(sample)):
            return Signal("context", f"a push client id of a '{parent}' object or logger", 0.7)
        if (described := _hardware_beside(sample, dataset)) is not None:
            return Signal("context", f"the key of a gadget described beside it ('{described}')", 0.6)
        return None


#: own-name words of a key that says whose it is: a person's, an account's, no gadget's
_PERSON_KEY_WORDS = frozenset({"user", "owner", "account", "person", "customer", "member", "profile",
                               "author", "creator", "subscriber", "patient", "employee"})
#: own-name words of a key of a record, no gadget (`reading_id`, `event_uuid`)
_RECORD_KEY_WORDS = frozenset({"event", "reading", "record", "session", "message", "log", "state", "sample",
                               "measurement", "report", "alert", "order", "transaction", "request", "row", "entry"})
#: sibling names that describe a piece of hardware: its firmware, its hardware revision, its
#: battery (a bare `id` beside them is a row's: a phone's battery readings, an inventory's disks)
_HARDWARE_FIELDS = (("firmware",), ("hw", "version"), ("hardware", "version"), ("battery", "level"),
                    ("battery", "status"), ("battery", "state"))


def _hardware_beside(sample: FieldSample, dataset: DatasetSample) -> str | None:
    """A sibling describing hardware (`firmware_version`, `hw_version`, `battery_level`) when the
    field is a uuid or a gadget's id (`uuid`, `tile_uuid`, `tile_id`) of no person or record: a
    tracker's or a sensor's record keys the gadget it describes. The sibling's path, or None."""
    own = NameTokens.of(sample.path).own
    if not own or own == ("id",) or own[-1] not in ("uuid", "guid", "id") or len(own) > 2 \
            or _PERSON_KEY_WORDS.intersection(own) or _RECORD_KEY_WORDS.intersection(own):
        return None
    for other in siblings(sample, dataset):
        words = NameTokens.of(other.path).own
        if any(all(w in words for w in need) for need in _HARDWARE_FIELDS):
            return other.path
    return None


#: own names a push service gives the id of an app install (Getui's `clientId`/`cid`, JPush's
#: `registrationId`, Xiaomi's `regId`)
PUSH_CLIENT_NAMES = frozenset({"client id", "clientid", "cid", "registration id", "reg id", "regid"})


def _parent_word(sample: FieldSample, words: tuple[str, ...]) -> str | None:
    """The first of `words` in the field's parent: an object's name or a logger's (a Han
    logger's words read as a name's are: `推送服务` is a push service)."""
    return parent_has(sample, words) or next((w for w in words if w in NameTokens.of(sample.path).parent), None)


def push_parent(sample: FieldSample) -> str | None:
    """The push service's word in the field's parent (`getui`, `push`, `jpush`), if any."""
    return _parent_word(sample, _PUSH_WORDS)


class ImeiRecognizer(FieldRecognizer):
    entity = "IMEI"
    closed_format = True
    names = ("imei", "imeisv", "imei number", "meid", "imei1", "imei2", "imei 1", "imei 2", "device imei")
    weak_names = ("device", "handset")
    negative_names = ("count", "hash", "md5", "sha1", "sha256")
    patterns = (
        ValuePattern("imei grouped", r"\d{2}-\d{6}-\d{6}-\d", 0.85),
        # a column of 15-digit Luhn numbers is IMEIs (random numbers pass Luhn one time in ten);
        # AmEx card numbers (34/37) are the other 15-digit Luhn family
        ValuePattern("imei digits", r"(?:[0-2]\d|3[0-35689]|[4-9]\d)\d{13}", 0.55),
        ValuePattern("imeisv digits", r"\d{16}", 0.2),
        ValuePattern("meid hex", r"[0-9A-Fa-f]{14}", 0.2),
    )
    context = ("imei", "device", "handset")

    remembers_verdicts = False  # its validator is vectorised

    def validate(self, candidates: pa.Array) -> pa.Array:
        """15-digit forms must pass Luhn; IMEISVs (16) and MEIDs (14 hex) carry no check digit."""
        digits = pc.replace_substring(candidates, "-", "")
        needs_check = pc.equal(pc.utf8_length(digits), 15)
        return pc.or_(pc.invert(needs_check), luhn_valid(digits))


#: an IMSI's length (3GPP TS 23.003): the network's MCC and MNC, then the subscriber's number
IMSI_DIGITS = 15


class ImsiRecognizer(FieldRecognizer):
    """A SIM's IMSI (`460001234567890`): 15 digits that begin with a mobile network's MCC and
    MNC (vocab/mcc_mnc.txt, the networks' published codes). An operator's call records and SDKs
    that read `getSubscriberId()` keep them; a column of such numbers is IMSIs by its values
    alone (the name `imsi` is the device-id recognizer's)."""

    entity = "DEVICE_ID"
    closed_format = True
    negative_names = ("count", "hash", "md5", "sha1", "sha256")
    patterns = (ValuePattern("imsi digits", rf"\d{{{IMSI_DIGITS}}}", 0.6),)
    context = ("imsi", "sim", "subscriber")

    remembers_verdicts = False  # its validator is vectorised

    def validate(self, candidates: pa.Array) -> pa.Array:
        """The first five or six digits are a known network's MCC and MNC."""
        networks = pa.array(sorted(vocab.words("mcc_mnc")), pa.string())
        five = pc.is_in(pc.utf8_slice_codeunits(candidates, 0, 5), value_set=networks)
        six = pc.is_in(pc.utf8_slice_codeunits(candidates, 0, 6), value_set=networks)
        return pc.or_(five, six)


class IccidRecognizer(FieldRecognizer):
    """A SIM card's serial number, the ICCID (`89860123155780973111`): `89` (telecom) then the
    country's calling code, 19 or 20 digits; mainland issuers (`8986…`) also write letters in
    the issuer's part (`898600D6…`). IoT platforms (shared bikes, trackers, meters) and SDKs that
    read `getSimSerialNumber()` keep them beside the module's IMEI; a column of them is the
    SIM's identity by its values alone."""

    entity = "DEVICE_ID"
    closed_format = True
    negative_names = ("count", "hash", "md5", "sha1", "sha256", "amount", "price")
    patterns = (ValuePattern("iccid", r"89\d{17,18}|8986\d{2}[0-9A-F]{13,14}", 0.6),)
    context = ("iccid", "sim", "serial")


#: the ISO 3779 check digit's letter values (I, O and Q are never written in a VIN)
_VIN_LETTERS = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9)))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit_ok(vin: str) -> bool:
    """The ninth character against the weighted sum of all (FMVSS 115, mandatory in North
    America, whose world manufacturer ids start with 1-5)."""
    total = sum((int(c) if c.isdigit() else _VIN_LETTERS[c]) * w for c, w in zip(vin, _VIN_WEIGHTS))
    expected = "X" if total % 11 == 10 else str(total % 11)
    return vin[8] == expected


def is_vin(text: str) -> bool:
    """A vehicle identification number (ISO 3779): 17 of the VIN alphabet, a world manufacturer
    id (assigned codes never start with 0) with a letter in it, a vehicle descriptor, year and
    plant with a letter in them (a prefixed counter, `TXN20240101123456`, has digits there), a
    serial whose last four are digits, and some letter beyond A-F (a hex key of 17 has none);
    North American ones carry their check digit."""
    if len(text) != 17 or text[0] == "0" or not any(c.isalpha() for c in text[:3]) \
            or not any(c.isalpha() for c in text[3:11]):
        return False
    if not any(c.isalpha() and c > "F" for c in text):
        return False
    return text[0] not in "12345" or vin_check_digit_ok(text)


class VinRecognizer(FieldRecognizer):
    """A car's vehicle identification number (ISO 3779), a device id by its form.

    `VF1AAAAA555777999`, `1HGCM82633A004352`: a connected-car API keys every answer by it,
    often under a bare `id` (Renault's Kamereon `data.id`), and the car is its driver's device.
    The form is telling alone: the VIN alphabet (no I, O, Q), a manufacturer's code and a
    numeric serial end; the name `vin` is the device-id recognizer's."""

    entity = "DEVICE_ID"
    closed_format = True
    negative_names = ("count", "hash", "md5", "sha1", "sha256", "model", "type")
    patterns = (ValuePattern("vehicle identification number", r"[A-HJ-NPR-Z0-9]{13}[0-9]{4}", 0.6),)
    context = ("vin", "vehicle", "car")

    def validate(self, candidates: pa.Array) -> pa.Array:
        return pa.array([is_vin(v) for v in candidates.to_pylist()], pa.bool_())


class DeviceResourceNameRecognizer(FieldRecognizer):
    """A device by its resource name: `projects/c0md3mm0c7pet3vico8g/devices/emucpuc989qdqebrvv29so0`.

    REST APIs in Google's resource-oriented style (AIP-122: Cloud IoT, Disruptive's sensors,
    Android Management's `enterprises/…/devices/…`) name a record by the path of collections
    and ids that leads to it, under a bare `name` or an event's `targetName`; the last
    collection says what the record is, so a path that ends in `devices/<id>` names one device
    whatever the field is called. The form is telling alone."""

    entity = "DEVICE_ID"
    closed_format = True
    negative_names = ("count", "type", "model", "url", "uri", "link", "href")
    patterns = (ValuePattern("resource name of a device (…/devices/<id>)",
                             r"(?:[a-z][A-Za-z]*/[A-Za-z0-9_.~-]+/)+devices/[A-Za-z0-9_.~-]{4,}", 0.8),)
    context = ("device", "target")


class MacAddressRecognizer(FieldRecognizer):
    entity = "MAC_ADDRESS"
    closed_format = True
    names = ("mac", "mac address", "mac addr", "macaddr", "macaddress", "wifi mac", "bt address", "bluetooth address",
             "bssid", "hw address", "hwaddr", "ether", "eth addr", "wlan mac", "macsha1", "macmd5", "mac sha1",
             "mac md5",
             # IEEE's name for the hardware address, 48 or 64 bits (a Zigbee or Thread radio's
             # `eui`, `eui64`, `ieeeAddress`: `286D9700011415D1`)
             "eui", "eui48", "eui64", "eui 48", "eui 64", "ieee address", "ieee addr")
    negative_names = ("hmac", "count", "os", "macos", "version")
    patterns = (
        ValuePattern("eui-48 colon", r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}", 0.85),
        ValuePattern("eui-48 dash", r"[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}", 0.85),
        ValuePattern("eui-48 dotted", r"[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}", 0.75),
        # BSD's and macOS's `arp -a` and `ndp` drop an octet's leading zero (`58:6d:8f:7:c9:94`)
        ValuePattern("eui-48 colon, leading zeros dropped",
                     r"(?:[0-9A-Fa-f]{1,2}:){5}[0-9A-Fa-f]{1,2}", 0.8),
        # some SDKs log truncated or anonymised addresses (`7E:D1:4E:80:2B`)
        ValuePattern("partial mac", r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){3,4}", 0.4),
        ValuePattern("hashed mac", _DIGEST, 0.2),
        # twelve hex digits without separators (`F0090D1A2B3C`, `788cb5000000`): a device API's
        # MAC; as often any hex token alone, so it backs a MAC's name only
        ValuePattern("eui-48 bare", r"[0-9A-Fa-f]{12}", 0.2),
        # a 64-bit extended unique identifier (Zigbee, Thread, IPv6 interface ids): eight octets
        ValuePattern("eui-64 colon", r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){7}", 0.8),
        ValuePattern("eui-64 bare", r"(?:0x)?[0-9A-Fa-f]{16}", 0.2),
    )
    context = ("mac", "wifi", "bluetooth", "address")
