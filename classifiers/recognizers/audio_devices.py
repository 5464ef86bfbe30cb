"""Connected audio devices: headphones, headsets, speakers and car audio, by route or product.

Routes follow the platforms: iOS `AVAudioSession` port types (`Headphones`,
`BluetoothA2DPOutput`, `BluetoothHFP`, `BluetoothLE`, `CarAudio`, `AirPlay`, `HDMI`,
`USBAudio`, `BuiltInSpeaker`, `BuiltInReceiver`) and Android `AudioDeviceInfo` types
(`TYPE_WIRED_HEADSET`, `TYPE_BLUETOOTH_A2DP`, `TYPE_BLE_HEADSET`). Product names are the
best-selling audio lines (AirPods, Beats, Galaxy Buds, Pixel Buds, Bose QuietComfort, Sony
WH-/WF-, Jabra, JBL, Sennheiser). One alternation, so a mixed column is one pattern's match.
"""
from __future__ import annotations

import pyarrow.compute as pc

from classifiers.evidence import Signal
from classifiers.fieldview import as_text
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.siblings import siblings
from datamap.model import DatasetSample, FieldSample

_ROUTES = (r"(?:TYPE_)?(?:wired[ _-]?(?:headset|headphones?)|bluetooth[ _-]?(?:a2dp(?:[ _-]?output)?|hfp|le|sco|headset"
           r"|headphones?|speaker|earbuds?|device)?|ble[ _-]?(?:headset|speaker|broadcast)|car[ _-]?audio|carplay"
           r"|android[ _-]?auto|airplay|hdmi(?:[ _-]?(?:arc|output|audio))?|usb(?:[ _-]?c)?[ _-]?(?:audio|headset|device)|built[ _-]?in[ _-]?"
           r"(?:speaker|receiver|mic(?:rophone)?|earpiece)|headphones?|headset|earphones?|earbuds?|earpiece"
           r"|speaker(?:phone)?|line[ _-]?out|aux|hearing[ _-]?aid|dock|a2dp|hfp|bt[ _-]?(?:a2dp|sco|hfp|headset|headphones?)"
           # Chinese: wired/Bluetooth earphones, headsets, speakers, the earpiece, car audio (a car's
           # own speakers, in its cabin or its headrests: 车载扬声器, 头枕音响)
           r"|(?:有线|蓝牙|无线|头戴式|入耳式|车载|车内|头枕|座椅)?(?:耳机|耳麦|音箱|音响|扬声器)|听筒|车载蓝牙|助听器)")
_PRODUCTS = (r"(?:Apple )?AirPods(?: (?:Pro|Max|\d))*(?: \(\w+ generation\))?|Beats \w+(?: \w+)*|Powerbeats(?: \w+)*"
             r"|(?:Samsung )?Galaxy Buds\w*(?: \w+)*|Pixel Buds(?: \w+)*|Bose \w+(?: \w+)*|QuietComfort(?: \w+)*"
             r"|Sony W[HF]-\w+|W[HF]-1000XM\d|Jabra \w+(?: \w+)*|JBL \w+(?: \w+)*|Sennheiser \w+(?: \w+)*"
             r"|Nothing Ear(?: \w+)*|OnePlus Buds(?: \w+)*|(?:Huawei |华为 ?)?FreeBuds(?: \w+)*|(?:OPPO )?Enco(?: \w+)*"
             r"|(?:Redmi|Xiaomi|小米|红米) ?Buds(?: \w+)*|Soundcore \w+(?: \w+)*|Skullcandy \w+(?: \w+)*|Echo Buds|HomePod(?: mini)?"
             r"|Sonos \w+|Marshall \w+(?: \w+)*|Bang & Olufsen \w+|Beoplay \w+|Plantronics \w+|Poly \w+"
             # China's best sellers: Edifier (漫步者), vivo TWS, Honor Earbuds/CHOICE, QCY, 1MORE, Sony LinkBuds
             r"|(?:漫步者|Edifier) ?[\w-]+(?: \w+)*|(?:vivo |iQOO )?TWS \w+(?: \w+)*|(?:HONOR |荣耀 ?)?(?:Earbuds|CHOICE)(?: \w+)+"
             r"|QCY[ -]\w+(?: \w+)*|1MORE \w+(?: \w+)*|(?:Sony )?LinkBuds(?: \w+)*")

#: the form of one audio product's name (`HUAWEI FreeBuds Pro 3`), for other recognizers
AUDIO_PRODUCT_FORM = rf"(?i:{_PRODUCTS})"
#: a value that is one audio product's name, whole
AUDIO_PRODUCT = rf"^{AUDIO_PRODUCT_FORM}$"


class AudioDeviceRecognizer(FieldRecognizer):
    entity = "AUDIO_DEVICE"
    names = ("audio device", "audio devices", "audio output", "audio output device", "audio route", "output route",
             "audio port", "output port", "headphones", "headphone", "headset", "headsets", "earphones", "earbuds",
             "bt device", "bluetooth device", "bt audio", "bluetooth audio", "connected audio", "audio sink",
             "output device", "playback device", "speaker name", "connected headset", "audio accessory", "headphones connected", "headset connected", "headphones plugged", "audio input device",
             # whether a headset is in the jack (a push SDK's `headsetPlugged`, Android's
             # `isWiredHeadsetOn`): the plug is the headset's, not the charger's
             "headset plugged", "headphone plugged", "earphone plugged", "earphones plugged", "wired headset on")
    weak_names = ("bt name", "bluetooth name", "accessory", "route")
    negative_names = ("count", "id", "price", "sku", "product", "category", "address", "mac", "rssi")
    patterns = (
        # with what the OS adds in brackets: `Car Audio (CarPlay)`
        # and after the route that carries it: `蓝牙:AirPods Pro`, `bluetooth: WH-1000XM5`
        # and after the route, any device's name: the route says it is one (`蓝牙:漫步者 Lolli Pro 3`)
        ValuePattern("audio route or product", rf"(?i:(?:(?:蓝牙|bluetooth|bt)\s?[:：]\s?)?(?:{_ROUTES}|{_PRODUCTS})(?: ?\([^)]*\)| ?（[^）]*）)?"
                                               rf"|(?:蓝牙|bluetooth)\s?[:：]\s?\S.{{0,40}})", 0.6),
        # a log's route change: `扬声器 → 蓝牙耳机 HUAWEI FreeBuds Pro 3`, `speaker -> headphones`
        ValuePattern("audio route change", rf"(?i:(?:{_ROUTES}|{_PRODUCTS})\s*(?:→|->|=>)\s*(?:{_ROUTES}|{_PRODUCTS})(?: .{{1,40}})?)", 0.6),
        ValuePattern("connected flag", r"(?i:true|false|yes|no|[01])|未连接|已连接|无", 0.15),
        # the kind alone (`有线`, `蓝牙`, as a headset-type column holds it) only backs a name
        ValuePattern("route kind", r"(?i:wired|bluetooth|bt|usb)|有线|蓝牙|无线", 0.3),
    )
    context = ("headphones", "headset", "bluetooth", "audio", "speaker")
    # routes and products are common words in a program's text (`speaker`, `dock`, `aux`,
    # `Poly …`): in free text only the Bluetooth remote-control node below says a device
    in_free_text = False

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """A Bluetooth device's `name` or `alias` (bluetoothctl, BlueZ over D-Bus, a desktop's
        device list) whose record says it is an audio device: an `icon` of the audio kind
        (`audio-headset`, `audio-headphones`, `audio-card`) or a `class` of device whose major
        class is audio/video (bits 8-12 are 0x04, as in `0x240404`)."""
        if NameTokens.of(sample.path).own not in DEVICE_LABELS:
            return None
        for other in siblings(sample, dataset):
            own = NameTokens.of(other.path).own
            values = pc.drop_null(as_text(other.values))
            if len(values) == 0 or own not in (("icon",), ("class",)):
                continue
            if own == ("icon",):
                audio = pc.sum(pc.starts_with(pc.utf8_lower(values), "audio-")).as_py() or 0
            else:
                audio = sum(_audio_class(v) for v in values.to_pylist())
            if audio >= AUDIO_RECORD_SHARE * len(values):
                return Signal("context", f"a device whose '{other.path}' says audio ({audio / len(values):.0%} "
                                         "of values): its name is the audio device's", 0.6)
        return None


#: what names a device in its own record
DEVICE_LABELS = frozenset({("name",), ("alias",)})
#: share of the sibling's values that must say audio
AUDIO_RECORD_SHARE = 0.5
#: the Bluetooth Class of Device's major class for audio/video devices (Bluetooth Assigned Numbers 2.8.2)
AUDIO_VIDEO_MAJOR = 0x04


def _audio_class(text: str) -> bool:
    """`0x240404` and the like: a Class of Device whose major class is audio/video."""
    try:
        cod = int(text, 16) if text.lower().startswith("0x") else int(text)
    except ValueError:
        return False
    return (cod >> 8) & 0x1F == AUDIO_VIDEO_MAJOR


class BluetoothRemoteControlRecognizer(FieldRecognizer):
    """A Bluetooth audio device's remote-control input, as Linux names it: BlueZ makes the
    AVRCP (Audio/Video Remote Control Profile) of a connected headset, speaker or car kit an
    input device called `<device name> (AVRCP)`, and the kernel (`input: WH-1000XM4 (AVRCP) as
    /devices/virtual/input/input25`) and systemd-logind (`Watching system buttons on
    /dev/input/event14 (OnePlus Buds 3 (AVRCP))`) log it under that name whenever it connects."""

    entity = "AUDIO_DEVICE"
    names = ()
    patterns = (
        ValuePattern("bluetooth AVRCP input", r"[\w][^()\[\]/\\:;,\n]{0,60}? \(AVRCP\)", 0.7),
    )
    context = ("input", "bluetooth", "buttons")
