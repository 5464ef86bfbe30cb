"""Audio settings: volume levels, mute switches, ringer and audio modes.

Values follow the platforms: Android `AudioManager` ringer modes (`normal`, `silent`,
`vibrate`) and audio modes (`in_call`, `in_communication`, `ringtone`, `call_screening`),
iOS `AVAudioSession` categories and modes (`playback`, `ambient`, `soloAmbient`,
`playAndRecord`, `voiceChat`, `spokenAudio`). A volume is a bare number and mute a flag: they
are audio settings only under an audio name or inside a `sound`/`audio` object. A volume's
type, snapshot or mount is a storage volume's.
"""
from __future__ import annotations

from classifiers.evidence import Signal
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.siblings import parent_has
from datamap.model import DatasetSample, FieldSample

_MODES = (r"(?i:(?:ringer[ _-]?mode[ _-]?|mode[ _-]?|audio[ _-]?session[ _-]?(?:category|mode)[ _-]?)?"
          r"(?:silent|vibrate|vibration|in[ _-]?call|in[ _-]?communication|ringtone|call[ _-]?screening"
          r"|play[ _-]?and[ _-]?record|playback|solo[ _-]?ambient|ambient|voice[ _-]?chat|video[ _-]?chat"
          r"|spoken[ _-]?audio|do[ _-]?not[ _-]?disturb|dnd|sound|loud|mute|muted|unmuted|headset[ _-]?mode|ringer"
          r"|speaker(?:phone)?|earpiece))"
          # the ringer modes as Chinese phones show them: silent, vibrate, ring, do not disturb...
          r"|(?:静音|震动|振动|响铃|铃声|勿扰|免打扰|会议|户外|标准|外放|听筒)(?:模式)?")


class AudioSettingRecognizer(FieldRecognizer):
    entity = "AUDIO_SETTING"
    names = ("volume", "volume level", "media volume", "ringer volume", "ring volume", "call volume", "alarm volume",
             "system volume", "output volume", "music volume", "notification volume", "muted", "mute", "is muted",
             "ringer", "ringer mode", "ring mode", "audio mode", "sound mode", "silent mode", "silent switch",
             "vibrate", "vibrate mode", "audio session category", "audio category", "audio focus", "equalizer",
             "eq preset", "audio settings", "sound settings", "sound on", "sound enabled",
             "audio enabled", "spatial audio", "mono audio", "haptics", "ringer switch", "do not disturb", "dnd")
    weak_names = ("sound", "audio", "speaker")
    negative_names = ("count", "id", "trading", "sales", "order", "traffic", "data volume", "disk", "storage",
                      "bytes", "file", "transaction", "notification", "channel", "topic", "comment", "user",
                      "word", "keyword", "price", "inventory", "users", "accounts", "words", "list", "threads",
                      # a storage volume's kind and make-up (EC2's `VolumeType`: `standard`, `gp2`):
                      # a disk, not a loudness
                      "type", "kind", "iops", "throughput", "snapshot", "attachment", "mount",
                      "encrypted", "ebs")
    patterns = (
        ValuePattern("ringer or audio mode", _MODES, 0.5),
        # a level is a fraction of full volume, a step or a percentage: `10.3` (a tree's volume in cubic feet) is none
        ValuePattern("level or flag", r"(?i:(?:0?\.\d+|1\.0+|\d{1,3}(?:\.0+)?)%?|true|false|yes|no|on|off)|是|否|开|关|开启|关闭",
                     0.2),
        # a step of the volume's steps, as Android counts them (`媒体音量 8/15`): telling with the
        # Chinese word for the volume, a fraction like any other without it
        ValuePattern("chinese volume step", r"(?:媒体|铃声|通话|闹钟|系统|通知|音乐)?音量\s?[:：]?\s?\d{1,3}\s?/\s?\d{1,3}", 0.6),
        ValuePattern("volume step", r"\d{1,2}\s?/\s?(?:7|8|10|15|16|25|30|100)", 0.2),
        # presets and modes the lists above do not know (`Bass Booster`, `Spatial`): back a name only
        ValuePattern("setting word", r"[A-Za-z][A-Za-z0-9 _+-]{1,30}", 0.1),
    )
    context = ("volume", "audio", "sound", "ringer", "mute")

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        parent = parent_has(sample, ("audio", "sound", "volume", "ringer", "speaker"))
        if parent:
            return Signal("context", f"inside an '{parent}' object", 0.45)
        return None
