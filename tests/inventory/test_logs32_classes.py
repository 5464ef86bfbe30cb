"""Classes of error system and application logs showed (benchmarks wild27, wild29, zh29 and the
logs sets), each with real log lines: a version that runs on past four dotted numbers read as an
IP address in free text, Ubuntu's syslog with rsyslog's RFC 3339 timestamps read as free text, a
Bluetooth headset's remote-control input (`… (AVRCP)`) unseen, a D-Bus error name read as an app, and
an audio stream's `position` in frames read as a coordinate, and the access-log lines of a mixed log
read as free text (their user agents missed); in a package installer's transcript, the service
accounts it creates read as people's accounts and its package archives as a user's files; a user agent
inside a message read as a person (`Intel Mac OS X`) and a device model (`iPhone OS 17_5`); a comment
in the JSON a line logs (`入参: {"content": "求链接！"}`) taken for the line's message."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.evidence import Detection
from classifiers.secondary import detect as detect_in_text
from datamap.model import DatasetSample, FieldSample
from inventory.logformats import detect, parse_lines


def _in_text(texts: list[str]) -> dict[str, Detection]:
    sample = FieldSample(path="(free text)", values=pa.array(texts, pa.string()), origin="message")
    return {d.entity: d for d in detect_in_text(sample)}


def test_a_dotted_version_in_free_text_is_no_ip_address() -> None:
    # an Android app's logcat (threadtime): HyperOS writes its build as five dotted parts
    device = ["I DeviceUtil: 设备信息 deviceId=f54bcf38-e9bc-44ff-9541-154511097cf2 型号=23127PN0CC 品牌=Xiaomi "
              "系统=HyperOS 1.0.42.0.UNCCNXM 网络=4G",
              "I SnmpAgent: registered OID 1.3.6.1.4.1.2021.10 for the load table"]
    assert "IP_ADDRESS" not in _in_text(device)
    # the address beside it, a word or a port after it, is still found
    login = device + ["用户登录成功，系统：HyperOS 1.0.24.0.UNCCNXM，网络：wifi，IP：48.63.110.81",
                      "end connection 192.0.2.171:53276 (0 connections now open)"]
    found = _in_text(login)
    assert "IP_ADDRESS" in found


# an Ubuntu laptop's auth.log (rsyslog's default `RSYSLOG_FileFormat` since Ubuntu 23.10)
AUTH_LOG = [
    "2026-02-01T13:27:27.897618+05:30 PF5EG5WE systemd-logind[1408]: Watching system buttons on /dev/input/event14 "
    "(OnePlus Buds 3 (AVRCP))",
    "2026-02-01T13:27:28.102311+05:30 PF5EG5WE systemd-logind[1408]: Watching system buttons on /dev/input/event3 "
    "(Sleep Button)",
    "2026-02-09T12:29:03.858222+05:30 PF5EG5WE sudo:  randomname : TTY=pts/1 ; PWD=/home/randomname ; USER=root ; "
    "COMMAND=/usr/bin/apt update",
    "2026-02-09T12:29:03.860017+05:30 PF5EG5WE sudo: pam_unix(sudo:session): session opened for user root(uid=0) by "
    "randomname(uid=1000)",
    "2026-02-09T12:31:44.010203+05:30 PF5EG5WE sudo: pam_unix(sudo:session): session closed for user root",
    "2026-02-04T20:20:58.244495+05:30 PF5EG5WE dbus-daemon[1376]: [system] Rejected send message, 0 matched rules; "
    'type="error", sender=":1.7080" (uid=1000 pid=29119 comm="/usr/bin/wireplumber" label="unconfined") '
    'interface="(unset)" member="(unset)" error name="org.bluez.MediaEndpoint1.Error.NotImplemented" '
    'requested_reply="0" destination=":1.3" (uid=0 pid=1375 comm="/usr/libexec/bluetooth/bluetoothd" label="unconfined")',
    "2026-02-04T20:21:05.911000+05:30 PF5EG5WE dbus-daemon[1376]: [system] Rejected send message, 0 matched rules; "
    'type="error", sender=":1.7081" (uid=1000 pid=29120 comm="/usr/bin/wireplumber" label="unconfined") '
    'interface="(unset)" member="(unset)" error name="org.freedesktop.DBus.Error.AccessDenied" '
    'requested_reply="0" destination=":1.3" (uid=0 pid=1375 comm="/usr/libexec/bluetooth/bluetoothd" label="unconfined")',
]


def test_rsyslogs_rfc3339_file_format_is_syslog() -> None:
    assert detect(AUTH_LOG, AUTH_LOG[:16]) == "syslog3164"
    parsed = parse_lines(AUTH_LOG, "syslog3164", AUTH_LOG[:16])
    paths = {sample.path for sample in parsed.fields}
    assert "app_name" in paths and "sudo.USER" in paths
    assert parsed.free_text[0].startswith("Watching system buttons")  # the message, without its header
    # a classic line still parses, and an application's ISO line with a level is no syslog line
    classic = ["Feb  1 13:27:27 PF5EG5WE sshd[812]: Accepted publickey for ann from 10.0.0.8 port 52114 ssh2"]
    assert detect(classic, classic) == "syslog3164"
    journal = ["2026-02-01T13:27:27+0530 PF5EG5WE sshd[812]: Accepted publickey for ann from 10.0.0.8 port 52114 ssh2"]
    assert detect(journal, journal) == "syslog3164"  # `journalctl -o short-iso`
    app = ["2024-03-12T18:07:50.690Z INFO main: request completed in 12 ms"] * 3
    assert detect(app, app) != "syslog3164"


def _log_entities(lines: list[str]) -> set[str]:
    fmt = detect(lines, lines[:16])
    parsed = parse_lines(lines, fmt, lines[:16])
    fields = list(parsed.fields)
    fields.append(FieldSample(path="(free text)", values=pa.array(parsed.free_text, pa.string()), origin="message"))
    sample = DatasetSample(name="auth.log", source="t", kind=parsed.kind, fields=fields)
    found = {r.best().entity for r in classify_dataset(sample, embedded=False) if r.best() is not None}
    return found | set(_in_text(parsed.free_text))


def test_a_bluetooth_headsets_remote_control_input_is_an_audio_device() -> None:
    found = _in_text(["Watching system buttons on /dev/input/event14 (OnePlus Buds 3 (AVRCP))",
                      "input: WH-1000XM4 (AVRCP) as /devices/virtual/input/input25"])
    assert found["AUDIO_DEVICE"].match_ratio == 1.0
    # a laptop's own buttons, and audio words in a program's text, are none
    assert "AUDIO_DEVICE" not in _in_text(["Watching system buttons on /dev/input/event3 (Sleep Button)",
                                           "Watching system buttons on /dev/input/event2 (Power Button)",
                                           "speaker dock connected via aux"])


def test_a_dbus_error_name_is_no_app() -> None:
    entities = _log_entities(AUTH_LOG)
    assert "APP_PACKAGE" not in entities
    assert {"ACCOUNT_ID", "AUDIO_DEVICE"} <= entities  # the user beside it, the headset in the text


def _log_fields(lines: list[str]) -> dict[str, str | None]:
    fmt = detect(lines, lines[:16])
    parsed = parse_lines(lines, fmt, lines[:16])
    sample = DatasetSample(name="logcat.log", source="t", kind=parsed.kind, fields=list(parsed.fields))
    return {r.sample.path: (r.best().entity if r.best() else None) for r in classify_dataset(sample, embedded=False)}


def test_an_audio_streams_position_is_no_coordinate() -> None:
    # an Android emulator's logcat (threadtime): the audio HAL's frame counts
    lines = [f"01-13 01:50:{11 + n:02d}.022  1433  5262 W audio_hw_generic: Not supplying enough data to HAL, "
             f"expected position {26588403 + 307589 * n} , only wrote {26588160 + 154800 * n}" for n in range(6)]
    fields = _log_fields(lines)
    assert fields["audio_hw_generic.position"] != "GPS_COORDINATE"
    # a tracker's `position` in E7 degrees is still a coordinate
    tracker = [f"01-13 01:50:{11 + n:02d}.022  2210  2210 I LocationTracker: fix position={525163 + 7 * n}01 "
               f"accuracy=12" for n in range(6)]
    assert _log_fields(tracker)["LocationTracker.position"] == "GPS_COORDINATE"


def test_the_access_log_lines_of_a_mixed_log_are_read_as_such() -> None:
    # OSSEC's rule samples: an access log's lines among other daemons' lines, no format the half
    access = ['10.0.0.5 - - [1/Apr/2014:00:00:01 -0500] "GET /examplethumb.php?src=example.php HTTP/1.1" 403 181 '
              f'"-" "{agent}"' for agent in ("Mozilla/5.0 (X11)", "Mozilla/15 (linux-gnu)", "Mozilla/5.0 (X11)",
                                             "Mozilla/5.0 [en] (X11, U; OpenVAS 8.0.7)", "Mozilla/5.0 (X11)")]
    other = ["ossec: Agent started: 'ubuntu->10.0.3.4'.", "ERROR: Invalid user root from 192.168.2.10",
             "squid[1234]: TCP_DENIED/403 1520 GET http://www.example.com/ - NONE/- text/html",
             "Apr 14 17:32:06 linux-server sshd[1025]: Accepted password for dcid from 192.168.2.190 port 1066 ssh2",
             "dovecot: pop3-login: Aborted login (auth failed, 1 attempts): user=<mary>, method=PLAIN",
             "kernel: [ 1234.5678] usb 1-1: new high-speed USB device number 2 using ehci_hcd"]
    lines = [line for pair in zip(other, access) for line in pair] + other[len(access):]
    assert detect(lines, lines[:16]) == "free"
    parsed = parse_lines(lines, "free", lines[:16])
    assert {"remote_addr", "http_user_agent"} <= {sample.path for sample in parsed.fields}
    assert "USER_AGENT" in _log_fields(lines).values()
    # the other lines are still mined as text
    assert any("Invalid user root" in text for text in parsed.free_text)


# apt's term.log on Debian 12 (a container's first `apt-get install`)
APT_TERM = [
    "Preparing to unpack .../libsystemd0_252.38-1~deb12u1_amd64.deb ...",
    "Unpacking libsystemd0:amd64 (252.38-1~deb12u1) over (252.36-1~deb12u1) ...",
    "Preparing to unpack .../libudev1_252.38-1~deb12u1_amd64.deb ...",
    "Unpacking libudev1:amd64 (252.38-1~deb12u1) over (252.36-1~deb12u1) ...",
    "Preparing to unpack .../0-perl-modules-5.36_5.36.0-7+deb12u2_all.deb ...",
    "Preparing to unpack .../1-libgdbm6_1.23-3_amd64.deb ...",
    "Preparing to unpack .../2-libgdbm-compat4_1.23-3_amd64.deb ...",
    "Creating user 'systemd-network' (systemd Network Management) with UID 998 and GID 998.",
    "Creating user 'systemd-timesync' (systemd Time Synchronization) with UID 997 and GID 997.",
    "Creating user 'polkitd' (polkit) with UID 996 and GID 996.",
    "Creating user 'postgres' (PostgreSQL administrator) with UID 995 and GID 995.",
]


def test_an_installers_service_accounts_and_package_archives_are_the_systems() -> None:
    fields = _log_fields(APT_TERM)
    assert "ACCOUNT_ID" not in fields.values() and "FILE_NAME" not in fields.values()
    # a person's account, by its uid from 1000 on, and a user's own file stay theirs
    people = [line.replace("'postgres' (PostgreSQL administrator) with UID 995", "'ann' (Ann Lee) with UID 1001")
              for line in APT_TERM] + ["Creating user 'bob' (Bob Ray) with UID 1002 and GID 1002.",
                                       "Preparing to unpack /home/ann/Downloads/google-chrome-stable_current_amd64.deb ..."]
    fields = _log_fields(people)
    assert "ACCOUNT_ID" in fields.values()


def test_a_user_agent_inside_a_message_names_no_person_nor_model() -> None:
    # a Spring filter's request line (paicoding's ReqRecordFilter), Chinese comments beside it
    agents = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
              "Version/17.4 Safari/605.1.15",
              "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
              "Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
              "Safari/537.36"]
    lines = [f"method=POST; referer=https://paicoding.com/; remoteIp=8.120.4.{n}; agent={agents[n % 3]}; "
             f"user={100 + n}; uri=/comment/api/post; cost={n * 7}" for n in range(12)]
    found = _in_text(lines)
    assert "PERSON" not in found and "DEVICE_MODEL" not in found
    assert "IP_ADDRESS" in found  # the address beside the agent
    # a person named in the same kind of line is still one
    named = [line.replace("cost=", f"contact name: {name}; cost=") for line, name in
             zip(lines, ["Margaret Thompson", "Robert Anderson", "Jennifer Martinez", "William Johnson"])]
    assert "PERSON" in _in_text(named)


def test_a_comment_in_the_json_a_line_logs_is_what_the_user_wrote() -> None:
    # a Spring Boot app's request interceptor (logback's default pattern) logs each request's body
    head = "2026-07-20 10:{:02d}:{:02d}.247  INFO 23816 --- [nio-8080-exec-6] c.e.r.b.interceptor.AuthInterceptor      : 入参: "
    comments = ["已收藏，周末就去", "马住", "求链接！", "博主皮肤真好", "请问在哪里买的呀", "太实用了，谢谢分享",
                "这个价格也太良心了吧", "猫猫好可爱", "好好看😍", "求链接！"]
    lines = [head.format(n, 7 * n % 60) + f'{{"noteId":"20353187539815{n:05d}","content":"{text}"}}'
             for n, text in enumerate(comments)]
    lines += [head.format(20 + n, n) + f'{{"username":"user{n}","password":"123123"}}' for n in range(4)]
    fields = _log_fields(lines)
    assert fields["fields.content"] == "USER_CONTENT"
    assert fields["fields.noteId"] != "USER_CONTENT"
