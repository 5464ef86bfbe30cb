"""Device operating systems and their versions: `iOS 17.4.1`, `Android 14`, `Windows 10`.

The names are the OS families that ua-parser's uap-core and the mobile SDKs report, with
their vendor skins (MIUI, EMUI, One UI). A bare version (`17.4.1`) is an OS version only in an
`os` object or under an OS-like name: application, SDK and service versions look the same.
"""
from __future__ import annotations

import re

from classifiers.evidence import Signal
from classifiers.names import NameTokens, tokenize
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.siblings import own_has, parent_has, sibling_with
from datamap.model import DatasetSample, FieldSample

_FAMILIES = (r"iOS|iPadOS|iPhone OS|watchOS|tvOS|visionOS|Android|Android OS|Windows(?: NT| Phone| Mobile| Server)?"
             r"|Win(?:dows)?(?:7|8|10|11|XP)|Mac ?OS(?: ?X)?|OS ?X|Macintosh|Darwin|Linux|Ubuntu|Debian|Fedora|CentOS"
             r"|Red Hat|Chrome ?OS|ChromeOS|HarmonyOS|OpenHarmony|Tizen|KaiOS|Fire ?OS|BlackBerry(?: OS)?|Symbian"
             r"|EMUI|EmotionUI|MagicUI|MIUI|HyperOS|ColorOS|OxygenOS|One UI|OriginOS|MagicOS|Flyme(?: ?OS)?|Funtouch ?OS|realme UI|鸿蒙(?: ?OS)?|澎湃 ?OS|FreeBSD|Sailfish(?: OS)?|webOS|Wear ?OS")

#: what a user agent's platform token puts before the system (`Intel Mac OS X`, `X11; Linux`) and
#: after it (`Linux x86_64`, `Windows NT 10.0; Win64; x64`, `Linux armv8l`)
_UA_PREFIX = r"Intel |PPC |X11; |U; "
_UA_ARCH = r"(?:;? (?:Win64; )?(?:x86_64|x86-64|i[3-6]86|aarch64|armv\d+l?|amd64|x64|arm64|WOW64))"

#: vendor skins whose own system properties name their version (`ro.miui.ui.version.name`)
_SKINS = ("miui", "emui", "hyperos", "coloros", "oxygenos", "originos", "magicos", "flyme", "funtouch", "oneui")
#: what stands around Android's `Build` in an app's or a build tool's own names: not the system's
_APP_WORDS = ("app", "application", "client", "package", "apk", "gradle", "plugin", "lib", "library", "game")


def _android_build(sample: FieldSample) -> str | None:
    """`Build.VERSION` or `Build.DISPLAY` when the field is one of theirs (see `context_signal`)."""
    tokens = tuple(t.lower() for t in tokenize(sample.parent))
    if len(tokens) < 2 or parent_has(sample, _APP_WORDS) or own_has(sample, ("code", "codes", "name")):
        return None
    if tokens[-2:] == ("build", "version"):
        return "Build.VERSION"
    if tokens[-2:] == ("build", "display") and own_has(sample, ("id",)):
        return "Build.DISPLAY"
    return None


_EDITIONS = r"(?:Pro|Home|Enterprise|Education|Server|Mobile|Beta|LTS|Phone|Go|Ultimate|Professional|x64|x86|64-bit|32-bit)"


class OperatingSystemRecognizer(FieldRecognizer):
    entity = "OPERATING_SYSTEM"
    names = ("os", "os name", "os version", "osversion", "os family", "operating system", "os build", "os ver",
             "system version", "system name", "platform version", "os type", "device os", "os vers", "osv",
             # what a game's telemetry calls it (Tencent TLog's `SystemSoftware`, beside `SystemHardware`)
             "system software",
             "android version", "ios version", "firmware version", "rom version", "rom", "rom name", "rom ver",
             "dvce os", "os release", "kernel version", "sdk int", "api level",
             # the Android API level an SDK reports (`androidSdk` 34, `os_api_level`)
             "android sdk", "android api level", "os api level",
             # the firmware a weather station reports in its uploads (Weather Underground's
             # `softwaretype` `EasyWeatherV1.5.9`)
             "software type", "softwaretype")
    # Android's API level as SDKs report it (`androidSdk` 34, `os_api_level` 31): the version, as a number
    # an OS's major version kept as an integer (DataFinder's 操作系统版本 `12`, `13`, `14`; an
    # `os_version` column of Android releases) is still the system's version
    number_names = ("sdk int", "api level", "android sdk", "android api level", "os api level", "os version",
                    "osversion", "os ver", "operating system version", "os major version",
                    # the system itself as an enumeration's code, no legend beside it (uni统计's
                    # `device_os` 设备系统编号 1: Android, 2: iOS, 3: PC; an `os_type` of 1s and 2s)
                    "device os", "os type",
                    # the Android release as an app reads it (EventCollect's `android_version`:
                    # `Build.VERSION.SDK_INT`, 29 … 34) and iOS's major version
                    "android version", "ios version")
    weak_names = ("platform", "system", "os platform")
    negative_names = ("app", "application", "sdk", "service", "api", "client", "schema", "tracker", "collector",
                      "etl", "library", "lib", "protocol", "http", "game", "count", "pos", "cos", "ios app",
                      "build hash", "min", "target", "required", "supported", "manufacturer", "vendor", "maker", "timezone",
                      "tz", "language", "locale",
                      # a terminology's code system (HL7's `codeSystemName`, FHIR's `coding.system`)
                      "code system")
    #: a device's id names the device, not its system: platform words there (`android`, `ios`
    #: in AWARE's test data) stand in for the ids a real export holds
    value_veto_names = ("device id", "deviceid", "device uuid", "device guid", "install id", "installation id")
    patterns = (
        # a system and its version, also as a user-agent parser gives it: `Intel Mac OS X 10_15_7`, `X11; Linux
        # x86_64`, `Windows NT 10.0; Win64; x64`
        ValuePattern("os family and version", rf"(?i:(?:{_UA_PREFIX})?(?:{_FAMILIES})(?:[ /_-]?v?\d+(?:[._]\d+)*)?"
                     rf"(?: {_EDITIONS})?(?:{_UA_ARCH})?"
                     # Unity's `SystemInfo.operatingSystem` adds the API level (`Android OS 14 / API-34`)
                     r"(?: ?/ ?API-\d{1,2})?(?: ?\([^)]*\))?)", 0.85),
        ValuePattern("bare version", r"[vV]?\d{1,2}(?:[._]\d{1,3}){0,3}|V\d{3}", 0.25),
        # Android's release and its API level, as crash reporters write a device's system
        # (`14 (API 33)`, `8.1 (API 27)`): no other version names an API level so
        ValuePattern("android release and api level", r"\d{1,2}(?:\.\d{1,2}){0,2} \(API(?: level)? \d{1,2}\)", 0.8),
        # Android's build display id: an Android build id (`UP1A.231005.007`) or a vendor's model
        # and version (`ALN-AL00 4.2.0.120(C00E110R5P3)`): backs a build name only
        ValuePattern("android build", r"[A-Z]{2,4}\d[A-Z]?\.\d{6}\.\d{3}(?: [\w.-]+)*"
                                      r"|[A-Z0-9]{2,12}(?:-[A-Z0-9]{2,8})? [vV]?\d{1,2}(?:\.\d{1,3}){1,3}(?:\.[A-Z]{7})?(?:\([\w.]*\))?", 0.25),
        # a Xiaomi ROM's build (MIUI `V14.0.10.0.TNRCNXM`, HyperOS `OS1.0.24.0.UNCCNXM`): four numbers,
        # then the device, region and carrier code
        ValuePattern("xiaomi rom build", r"(?:V|OS)?\d{1,2}\.\d{1,2}\.\d{1,3}\.\d{1,3}\.[A-Z]{7}", 0.6),
    )
    context = ("os", "system", "version", "platform")

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        # Android's `Build.VERSION` fields (`ro.build.version.release`, `.sdk`, `.emui`,
        # `Build.VERSION.SDK_INT`) and `Build.DISPLAY` (`ro.build.display.id`): the system's
        # version and build, as a device-info upload copies the system properties
        android = _android_build(sample)
        if android:
            return Signal("context", f"a field of Android's {android}", 0.6)
        # `context.os.version`, `device.os.name`: a version or name inside an `os` object
        # (or a vendor skin's: `ro.miui.ui.version.name`)
        own = own_has(sample, ("version", "name", "ver", "build", "release", "family", "major", "minor", "patch"))
        parent = parent_has(sample, _SYSTEM_OBJECTS)
        if own and parent and self.vetoed(NameTokens.of(sample.path)):
            return None  # the SDK's or the app's version inside a system object (WeChat's `SDKVersion`)
        if own and parent:
            return Signal("context", f"'{own}' inside an '{parent}' object", 0.6)
        return None

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        # `systemInfo.version` beside `systemInfo.system` (`iOS 17.5.1`): the host app's (WeChat's),
        # though its path reads `system version`
        return bool(own_has(sample, ("version", "ver")) and parent_has(sample, _SYSTEM_OBJECTS)) \
            and _versioned_os_beside(sample, dataset)


#: objects that hold a system's facts (`context.os`, `systemInfo`, `miui`)
_SYSTEM_OBJECTS = ("os", "system", "platform", "operating") + _SKINS

#: a sibling that names the system itself (`system`, `os`): when its values carry their version
#: (`iOS 17.5.1`, `Android 14`), a bare `version` beside it is another program's
_SYSTEM_SIBLINGS = ("system", "os")


def _versioned_os_beside(sample: FieldSample, dataset: DatasetSample) -> bool:
    """A sibling named `system` or `os` whose values hold a system and its version, as
    `wx.getSystemInfoSync()` returns them (`system` `iOS 16.7.8` beside WeChat's `version`
    `8.0.49`); `os.name` beside `os.version` has no such sibling."""
    other = sibling_with(sample, dataset, _SYSTEM_SIBLINGS)
    if other is None or NameTokens.of(other.path).joined() not in _SYSTEM_SIBLINGS:
        return False
    values = [v for v in other.values.drop_null().to_pylist()[:50] if isinstance(v, str)]
    return bool(values) and sum(1 for v in values if _OS_WITH_VERSION.search(v)) >= 0.8 * len(values)


_OS_WITH_VERSION = re.compile(r"[A-Za-z]\S*\s+v?\d+(?:\.\d+)*")
