"""Log formats: detection, field names per format, URL parameters and template slots."""
from __future__ import annotations

import json

from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pytest

from inventory.logformats import detect, parse_lines, resolve_format
from inventory.logformats.templates import mine_slots, public_template, tokens_of
from inventory.logformats.values import parse_times, typed

# Examples published in the Apache httpd documentation (mod_log_config, "Common Log Format")
APACHE_COMMON = '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326'
APACHE_COMBINED = APACHE_COMMON + ' "http://www.example.com/start.html" "Mozilla/4.08 [en] (Win98; I ;Nav)"'
# Examples from RFC 5424 section 6.5 (the BOM written as the RFC shows it) and RFC 3164 section 5.4
RFC5424 = [
    "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - \ufeff'su root' failed for lonvick on /dev/pts/8",
    '<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" '
    'eventSource="Application" eventID="1011"] \ufeffAn application event log entry...',
]
RFC3164 = ["<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8",
           "<13>Feb  5 17:32:18 10.0.0.99 myapp[412]: Use the BFG!"]
# A Heroku router line, the example of Brandur Leach's "logfmt" article
LOGFMT = ('at=info method=GET path=/ host=mutelight.org fwd="124.133.52.161" dyno=web.2 connect=4ms '
          'service=8ms status=200 bytes=1653')


def _fields(parsed):
    return {sample.path: sample for sample in parsed.fields}


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(("name", "expected"), [
    ("apache_combined.log", "combined"),
    ("OpenSSH_2k.log", "syslog3164"),
    ("Android_2k.log", "logcat"),
    ("appsflyer_webhook_events.ndjson", "json"),
])
def test_detects_the_format_of_real_logs(realdata: Path, name: str, expected: str) -> None:
    assert detect(_lines(realdata / name)) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    ([APACHE_COMMON] * 3, "common"),
    ([APACHE_COMBINED] * 3, "combined"),
    (RFC5424, "syslog5424"),
    (RFC3164, "syslog3164"),
    ([LOGFMT] * 2, "logfmt"),
    (["2023-10-28 02:30:43,000 INFO  auth.Login - login ok user=4209 ip=10.1.2.3"], "app"),
    (["the quick brown fox", "jumps over ip=1.2.3.4 the lazy dog"], "free"),
])
def test_detects_the_format_of_published_examples(lines: list[str], expected: str) -> None:
    assert detect(lines) == expected


def test_access_log_fields_are_named_after_nginx_variables() -> None:
    fields = _fields(parse_lines([APACHE_COMBINED, APACHE_COMBINED.replace("frank", "-")], "combined"))
    assert list(fields) == ["remote_addr", "remote_user", "time_local", "request", "status",
                            "body_bytes_sent", "http_referer", "http_user_agent"]
    assert fields["remote_user"].values.to_pylist() == ["frank"]  # '-' is no value
    assert fields["remote_user"].null_ratio == 0.5
    assert fields["status"].values.type == pa.int64()
    assert fields["time_local"].values[0].as_py() == datetime(2000, 10, 10, 20, 55, 36, tzinfo=timezone.utc)


def test_fields_appended_to_combined_are_kept() -> None:
    # nginx's `main` format adds the forwarded-for addresses; setups add `name=value` pairs
    line = (APACHE_COMBINED + ' "203.0.113.9, 100.64.1.2" rt=0.012 geo="浙江省 杭州市" uid=-')
    fields = _fields(parse_lines([line, line], "combined"))
    assert fields["extra_1"].values.to_pylist() == ["203.0.113.9, 100.64.1.2"] * 2
    assert fields["geo"].values.to_pylist() == ["浙江省 杭州市"] * 2
    assert "uid" not in fields or fields["uid"].null_ratio == 1.0  # '-' is no value


def test_real_apache_log_keeps_every_line(realdata: Path) -> None:
    parsed = parse_lines(_lines(realdata / "apache_combined.log"), "combined")
    assert parsed.notes == []
    fields = _fields(parsed)
    assert len(fields["remote_addr"].values) == 2500
    assert fields["http_user_agent"].values[0].as_py().startswith("Mozilla/5.0")


def test_query_parameters_of_requests_and_urls_become_fields() -> None:
    lines = [
        '1.2.3.4 - - [29/Oct/2023:07:40:28 +0000] "GET /login?next=/home&uid=11428 HTTP/1.1" 200 46 '
        '"https://shop.example/?ref=mail&email=a%40b.example" "curl/8.0"',
        '1.2.3.5 - - [29/Oct/2023:07:40:29 +0000] "GET /video/1 HTTP/1.1" 200 46 "-" "curl/8.0"',
    ]
    fields = _fields(parse_lines(lines, "combined"))
    uid = fields["request.query.uid"]
    assert uid.origin == "url-param"
    assert uid.values.to_pylist() == [11428]
    assert uid.null_ratio == 0.5
    assert fields["request.query.next"].values.to_pylist() == ["/home"]
    assert fields["http_referer.query.email"].values.to_pylist() == ["a@b.example"]  # percent-decoded
    assert "request.query.video" not in fields


def test_a_timestamp_offset_stays_with_its_timestamp() -> None:
    """`[10/Oct/2000:13:55:36 -0700]` is one value: the offset is no slot of its own (a slot
    holding only `-0700` reads as a time zone setting)."""
    assert tokens_of(APACHE_COMMON)[3] == "[10/Oct/2000:13:55:36-0700]"
    assert tokens_of("at 2023-10-28 02:30:43,120 +08:00 tz=+0800")[2:] == ["02:30:43,120+08:00", "tz=", "+0800"]
    slots, _ = mine_slots([APACHE_COMMON.replace("13:55", f"13:{minute}") for minute in (10, 20, 30)], [None] * 3)
    assert not any(value in {"-0700", "-0700]"} for slot in slots.values() for value in slot.values)


def test_syslog_5424_header_and_structured_data() -> None:
    parsed = parse_lines(RFC5424, "syslog5424")
    fields = _fields(parsed)
    assert fields["hostname"].values.to_pylist() == ["mymachine.example.com"] * 2
    assert fields["sd.exampleSDID.iut"].values.to_pylist() == [3]
    assert fields["sd.exampleSDID.eventSource"].values.to_pylist() == ["Application"]
    assert "procid" not in fields  # '-' on every line: no value, no field
    assert parsed.free_text[0] == "'su root' failed for lonvick on /dev/pts/8"  # BOM dropped


def test_syslog_3164_app_names_the_message_slots(realdata: Path) -> None:
    parsed = parse_lines(_lines(realdata / "OpenSSH_2k.log"), "syslog3164")
    fields = _fields(parsed)
    assert set(fields["app_name"].values.to_pylist()) == {"sshd"}
    # 'Invalid user webmaster from 173.234.31.186' -> the user name is a slot named 'user'
    assert "webmaster" in fields["sshd.user"].values.to_pylist()
    assert fields["sshd.user"].origin == "log-slot"
    assert "template:" in (fields["sshd.user"].comment or "")
    assert any("173.234.31.186" in sample.values.to_pylist() for sample in parsed.fields
               if sample.origin == "log-slot" and pa.types.is_string(sample.values.type))
    assert len(parsed.free_text) == 2000


def test_logcat_columns_and_tag_namespaced_slots(realdata: Path) -> None:
    fields = _fields(parse_lines(_lines(realdata / "Android_2k.log"), "logcat"))
    assert {"timestamp", "pid", "tid", "level", "tag"} <= set(fields)
    assert fields["pid"].values.type == pa.int64()
    # `acquire lock=233570404, flags=0x1, ... uid=10037, pid=2227` under the tag PowerManagerService
    assert fields["PowerManagerService.uid"].values.type == pa.int64()


def test_logfmt_pairs_are_fields() -> None:
    fields = _fields(parse_lines([LOGFMT, LOGFMT.replace("124.133.52.161", "10.0.0.1")], "logfmt"))
    assert fields["fwd"].values.to_pylist() == ["124.133.52.161", "10.0.0.1"]
    assert fields["status"].values.to_pylist() == [200, 200]
    assert fields["connect"].values.to_pylist() == ["4ms", "4ms"]


def test_json_lines_nested_objects_become_dot_paths() -> None:
    lines = ['{"ts": "2023-10-01T10:00:00Z", "ctx": {"device": {"id": "abc"}}, "msg": "hello Jane"}',
             '{"ts": "2023-10-02T10:00:00Z", "ctx": {"device": {"id": "def"}}, "url": "/p?uid=7"}']
    parsed = parse_lines(lines, "json")
    fields = _fields(parsed)
    assert fields["ctx.device.id"].values.to_pylist() == ["abc", "def"]
    assert fields["url.query.uid"].values.to_pylist() == [7]
    assert parsed.free_text == ["hello Jane"]


def test_a_json_log_message_s_key_value_pairs_are_fields_under_its_logger() -> None:
    # an SLS / Logtail export: the application's text line sits in `message`
    lines = [json.dumps({"__time__": 1731888000 + i, "__source__": "172.16.2.113", "level": "INFO",
                         "logger": "com.shop.device.DeviceInfoInterceptor",
                         "message": f"设备信息 uid={851759858 + i} 型号=ALN-AL00 系统=HarmonyOS 4.2.0 运营商=中国移动"},
                        ensure_ascii=False) for i in range(6)]
    parsed = parse_lines(lines, "json")
    fields = _fields(parsed)
    assert fields["com.shop.device.DeviceInfoInterceptor.uid"].values.to_pylist()[:2] == [851759858, 851759859]
    assert fields["com.shop.device.DeviceInfoInterceptor.运营商"].values[0].as_py() == "中国移动"
    assert fields["com.shop.device.DeviceInfoInterceptor.uid"].origin == "log-slot"
    assert len(parsed.free_text) == 6  # and the messages are still read as text


def test_a_go_zero_log_s_content_is_its_message_and_caller_its_logger() -> None:
    # go-zero's logx writes the message under `content` and the source line under `caller`
    # (zap's `caller` too); Aliyun SLS keeps a raw line under `content` as well
    lines = [json.dumps({"@timestamp": f"2025-09-01T08:00:{i:02d}.000+08:00", "caller": "member/login_logic.go:46",
                         "content": f"会员登录失败,参数: &{{Mobile:1380013800{i} Password:x{i} Source:1}},异常：密码不正确",
                         "level": "error"}, ensure_ascii=False) for i in range(6)]
    lines += [json.dumps({"@timestamp": "2025-09-01T08:01:00.000+08:00", "caller": "handler/loghandler.go:147",
                          "content": f"[HTTP] 200 - POST /api/member/login - 10.0.0.{i}:5201{i} - curl/8.{i}",
                          "level": "info"}) for i in range(6)]
    parsed = parse_lines(lines, "json")
    fields = _fields(parsed)
    assert len(parsed.free_text) == 12
    assert fields["member/login_logic.go:46.Mobile"].values.to_pylist()[:2] == [13800138000, 13800138001]
    assert fields["member/login_logic.go:46.Mobile"].origin == "log-slot"
    # each caller's lines are their own templates: no slot holds both lines' values
    assert not any(path.startswith("member/") and "10.0.0.1:52011" in map(str, sample.values.to_pylist())
                   for path, sample in fields.items())


def test_ruoyi_s_login_record_is_its_pairs() -> None:
    """RuoYi's `sys-user` logger writes `[ip]place[user][status][message]` (LogUtils' blocks):
    each part named as its login log's column is, so the account is a named slot, not a glued run."""
    tokens = tokens_of("[run,55] - [113.87.1.2]广东省 深圳市[lanz][Success][登录成功]")
    assert tokens[2:] == ["ip=", "113.87.1.2", "login_location=", "广东省\u2063深圳市", "user_name=", "lanz",
                          "status=", "Success", "msg=", "登录成功"]
    assert tokens_of("[127.0.0.1]内网IP[admin][Logout][退出成功]")[4:6] == ["user_name=", "admin"]
    # brackets that are no login record (no status constant) stay as they were
    assert "user_name=" not in tokens_of("[127.0.0.1]内网IP[admin][done][退出成功]")


def test_a_go_struct_printed_with_plus_v_is_its_fields() -> None:
    # Go's `%+v` of a request: `&{Name:value …}`, strings unquoted (a value may hold spaces)
    assert tokens_of("用户登录：&{Account:admin Os:Windows 10 Browser:Chrome},异常:超时")[3:9] == [
        "Account=", "admin", "Os=", "Windows\u206310", "Browser=", "Chrome"]
    assert tokens_of("参数: &{Mobile:13800138000 Source:3}")[-4:] == ["Mobile=", "13800138000", "Source=", "3"]
    # a nested struct's innermost fields are read; a lower-case key (unexported, or a map's) is no field
    assert tokens_of("req {A:{Mobile:138}}")[-3:] == ["Mobile=", "138", "}"]
    assert "mobile=" not in tokens_of("map[mobile:138] {mobile:138}")


def test_real_json_log(realdata: Path) -> None:
    fields = _fields(parse_lines(_lines(realdata / "appsflyer_webhook_events.ndjson"), "json"))
    assert fields["customer_user_id"].values[0].as_py() == "hi.from@appsflyer.example.com"
    assert fields["idfv"].origin == "log-field"


def test_free_form_slots_are_named_from_keys_and_loggers() -> None:
    lines = [
        "2023-10-28 02:30:43,000 INFO  auth.LoginService - login ok user=42099680 ip=158.44.105.237",
        "2023-10-24 08:09:33,000 INFO  auth.LoginService - login ok user=52624403 ip=172.21.51.201",
        "2023-10-22 16:51:19,000 WARN  push.Sender - token rejected for device 290356457776560 carrier=Singtel",
        "2023-10-26 05:08:24,000 WARN  push.Sender - token rejected for device 706413503075816 carrier=NTT DOCOMO",
        "2023-10-26 05:08:25,000 WARN  push.Sender - token rejected for device 706413503075817 carrier=Digi",
        "2023-10-26 05:08:26,000 WARN  push.Sender - token rejected for device 706413503075818 carrier=China Mobile",
    ]
    parsed = parse_lines(lines, detect(lines))
    fields = _fields(parsed)
    assert fields["auth.LoginService.user"].values.to_pylist() == [42099680, 52624403]
    assert fields["auth.LoginService.ip"].values.to_pylist() == ["158.44.105.237", "172.21.51.201"]
    # values in line order; a two-word value after `key=` is one value
    assert fields["push.Sender.carrier"].values.to_pylist() == ["Singtel", "NTT DOCOMO", "Digi", "China Mobile"]
    assert fields["push.Sender.device"].values.to_pylist() == [
        290356457776560, 706413503075816, 706413503075817, 706413503075818]
    assert fields["level"].values.to_pylist() == ["INFO", "INFO", "WARN", "WARN", "WARN", "WARN"]
    assert fields["timestamp"].values[0].as_py() == datetime(2023, 10, 28, 2, 30, 43, tzinfo=timezone.utc)
    assert parsed.free_text[0] == "login ok user=42099680 ip=158.44.105.237"


def test_slots_without_a_key_or_namespace() -> None:
    messages = ["queued newsletter to ann@example.net", "queued newsletter to bob@example.org",
                "session a1 opened from [10.0.0.1]", "session b2 opened from [10.0.0.2]"]
    slots, templates = mine_slots(messages, [None] * 4)
    assert templates == 2
    assert slots["slot1"].values == ["ann@example.net", "bob@example.org"]  # 'to' is no name
    assert slots["session"].values == ["a1", "b2"]
    assert slots["slot2"].values == ["10.0.0.1", "10.0.0.2"]  # brackets stripped


def test_values_are_slots_even_in_a_template_seen_once() -> None:
    slots, _ = mine_slots(["battery level=57 state=charging at 10.0.0.7"], ["telemetry"])
    assert slots["telemetry.level"].values == ["57"]
    assert slots["telemetry.state"].values == ["charging"]
    assert slots["telemetry.slot3"].values == ["10.0.0.7"]


def test_key_value_tokens_are_split_for_the_miner() -> None:
    assert tokens_of("acquire lock=23,flags=0x1, url=http://x/?a=b") == [
        "acquire", "lock=", "23", "flags=", "0x1", "url=", "http://x/?a=b"]


def test_lines_of_another_format_are_mined_not_lost() -> None:
    lines = [APACHE_COMBINED] * 3 + ["panic: user=alice@example.com crashed", "panic: user=bob@example.com crashed"]
    parsed = parse_lines(lines, detect(lines))
    assert parsed.format == "combined"
    assert parsed.notes == ["2 of 5 sampled lines are not combined lines: read as free text"]
    fields = _fields(parsed)
    assert fields["unparsed.user"].values.to_pylist() == ["alice@example.com", "bob@example.com"]
    assert len(fields["remote_addr"].values) == 3


def test_format_override_names() -> None:
    assert resolve_format("nginx") == "combined"
    assert resolve_format("RFC5424") == "syslog5424"
    assert resolve_format("IIS") == "w3c"
    assert resolve_format("kubernetes") == "cri"
    with pytest.raises(ValueError, match="unknown log format 'w4c'"):
        resolve_format("w4c")


def test_typing_keeps_identifiers_with_leading_zeros_as_text() -> None:
    assert typed(pa.array(["1", "22", None])).type == pa.int64()
    assert typed(pa.array(["1.5", "-2.25"])).type == pa.float64()
    assert typed(pa.array(["007", "12"])).type == pa.string()


def test_time_parsing_accepts_log_timestamp_shapes() -> None:
    stamps = parse_times(pa.array(["2023-10-28 02:30:43,123", "2023-10-28T02:30:44.5Z", "2023-10-28T04:30:45+02:00"]))
    assert stamps is not None
    assert [s.as_py().isoformat() for s in stamps] == [
        "2023-10-28T02:30:43+00:00", "2023-10-28T02:30:44+00:00", "2023-10-28T02:30:45+00:00"]
    assert parse_times(pa.array(["03-17 16:13:38.811"])) is None  # logcat has no year


def test_templates_shown_in_the_catalog_hold_no_literal_values() -> None:
    messages = ["mail to ann@example.net failed at https://mx.example/?u=ann", "mail to bob@example.org failed at x",
                "login user=1", "login user=2"]
    slots, _ = mine_slots(messages, [None] * 4)
    assert slots["user"].templates == ["… user=<*>"]
    for slot in slots.values():
        assert not any("@" in template or "://" in template for template in slot.templates)
    assert public_template(["sent", "to", "ann@example.net", "via", "<*>"]) == "… to … via <*>"


def test_templates_keep_no_literal_words_that_may_be_data():
    # the same customer on every line: Drain keeps her name and street as template words
    messages = [f"Welcome back Zorblax Quintavius, order {1000 + i} shipped to 221B Baker Street" for i in range(20)]
    slots, _ = mine_slots(messages, [None] * len(messages))
    [slot] = slots.values()
    shown = " ".join(slot.templates)
    for word in ("Zorblax", "Quintavius", "221B", "Baker", "Street", "Welcome"):
        assert word not in shown
    assert shown == "… order <*> … to …"


def test_chinese_keys_and_words() -> None:
    messages = ["用户登录成功 用户ID=5511234210 手机号=13920934048", "用户登录成功 用户ID=1609041331 手机号=15912345678",
                "订单创建成功 收货地址:广东省深圳市南山区科技园路18号", "订单创建成功 收货地址:北京市海淀区学院路3号",
                "用户张伟的订单支付超时", "用户李娜的订单支付超时"]
    slots, templates = mine_slots(messages, ["c.s.UserService"] * 6)
    assert templates == 3
    # Han keys name their slots, with `=` or a colon
    assert slots["c.s.UserService.用户ID"].values == ["5511234210", "1609041331"]
    assert slots["c.s.UserService.手机号"].values == ["13920934048", "15912345678"]
    assert slots["c.s.UserService.收货地址"].values == ["广东省深圳市南山区科技园路18号", "北京市海淀区学院路3号"]
    # a message without spaces is mined word by word: the name that varies is a slot
    assert ["张伟", "李娜"] in [slot.values for slot in slots.values()]


def test_chinese_pairs_after_full_width_colons_and_commas() -> None:
    # `key：value` pairs separated by full-width commas, after a heading that is itself a key
    line = "设备信息：型号：{model}，系统：{os}，运营商：{carrier}，网络：{net}"
    assert [t.replace("\u2063", " ") for t in tokens_of(line.format(model="华为 Mate 60 Pro", os="HarmonyOS 4.0", carrier="中国移动", net="5G"))] == [
        "型号：", "华为 Mate 60 Pro", "系统：", "HarmonyOS 4.0", "运营商：", "中国移动", "网络：", "5G"]
    messages = [line.format(model=m, os=o, carrier=c, net=n) for m, o, c, n in (
        ("华为 Mate 60 Pro", "HarmonyOS 4.0", "中国移动", "5G"), ("小米 14 Ultra", "Android 14", "中国联通", "4G"),
        ("荣耀 Magic6 Pro", "MagicOS 8.0", "中国电信", "WiFi"))]
    slots, _ = mine_slots(messages, ["c.s.device.ReportService"] * 3)
    by_name = {path.rsplit(".", 1)[-1]: slot.values for path, slot in slots.items()}
    assert by_name["型号"] == ["华为 Mate 60 Pro", "小米 14 Ultra", "荣耀 Magic6 Pro"]
    assert by_name["系统"] == ["HarmonyOS 4.0", "Android 14", "MagicOS 8.0"]
    assert by_name["网络"] == ["5G", "4G", "WiFi"]


def test_a_latin_key_before_a_full_width_colon_is_a_key():
    from inventory.logformats.templates import tokens_of

    tokens = tokens_of("获取OAID成功：7f09c5f9911c4d4b，VAID：86b01c15cc218087，isSupported=true")
    assert tokens[:6] == ["获取OAID成功：", "7f09c5f9911c4d4b", "VAID：", "86b01c15cc218087", "isSupported=", "true"]
    assert tokens_of("at 12:30 VAID: x") == ["at", "12:30", "VAID:", "x"]  # an ASCII colon after Latin is no key


def test_a_json_document_after_a_han_key_is_flattened_to_its_keys() -> None:
    lines = [f'2024-10-08 10:00:0{i}.123 INFO  [main] c.x.Api - 请求参数：{{"userId":{1000 + i},"mobile":"1381234567{i}"}}'
             for i in range(5)]
    fields = _fields(parse_lines(lines, detect(lines)))
    user = next(f for path, f in fields.items() if path.endswith("userId"))
    assert user.values.to_pylist() == [1000, 1001, 1002, 1003, 1004]
    assert any(path.endswith("mobile") for path in fields)


ZAP = [
    '2024-12-02T09:00:08.345+0800\tINFO\torder/create.go:120\t创建订单成功\t{"uid": 37801168, "收货人": "管莹", "手机": "14930668539"}',
    '2024-12-02T09:00:16.971+0800\tINFO\tdevice/report.go:52\t设备信息上报\t{"uid": 91743487, "model": "HUAWEI nova 12", "battery": 79}',
    '2024-12-02T09:00:28.775+0800\tINFO\torder/create.go:83\t创建订单成功\t{"uid": 45209727, "收货人": "梅健", "手机": "14954102794"}',
]


def test_a_zap_console_line_gives_its_caller_as_logger_and_its_json_fields_as_fields() -> None:
    parsed = parse_lines(ZAP, detect(ZAP))
    assert parsed.format == "app"
    fields = _fields(parsed)
    assert fields["logger"].values.to_pylist() == ["order/create.go", "device/report.go", "order/create.go"]
    assert fields["fields.手机"].values.to_pylist() == [14930668539, 14954102794]  # lines without the key: null
    assert fields["fields.uid"].values.to_pylist() == [37801168, 91743487, 45209727]  # typed as numbers
    assert fields["fields.model"].values.to_pylist() == ["HUAWEI nova 12"]
    assert not any(path.startswith("fields.<") for path in fields)  # each kind of line's keys: no sparse map


def test_go_log_lines_with_a_source_location_are_app_lines_and_their_bracketed_values_are_pairs() -> None:
    lines = [f"2024/12/02 09:00:{i:02d} dispatch.go:2{i:02d}: 骑手[{name}]已接单，当前位置[{116 + i / 100:.6f},39.9{i}]，商圈[{area}]"
             for i, (name, area) in enumerate([("王雷", "望京"), ("马玉英", "西溪"), ("周建华", "光谷")])]
    parsed = parse_lines(lines, detect(lines))
    assert parsed.format == "app"
    fields = _fields(parsed)
    assert pa.types.is_timestamp(fields["timestamp"].values.type)  # `2024/12/02 09:00:39` is a time
    assert fields["dispatch.go.骑手"].values.to_pylist() == ["王雷", "马玉英", "周建华"]
    assert fields["dispatch.go.当前位置"].values.to_pylist()[0] == "116.000000,39.90"  # a pair of numbers is one value
    assert fields["dispatch.go.商圈"].values.to_pylist() == ["望京", "西溪", "光谷"]


def test_bracketed_values_after_han_words_are_pairs_and_only_a_comma_before_a_key_splits_a_value() -> None:
    assert tokens_of("用户[13800138000]绑定设备[HUAWEI ALN-AL00]成功") == [
        "用户=", "13800138000", "绑定设备=", "HUAWEI\u2063ALN-AL00", "成功"]
    assert tokens_of("位置=116.39,39.90 ok") == ["位置=", "116.39,39.90", "ok"]
    assert tokens_of("thread [main] started") == ["thread", "[main]", "started"]  # no Han word before: no pair


def test_egg_js_request_context_is_read_as_user_ip_trace_and_url() -> None:
    lines = [f"2024-12-03 08:00:0{i},642 INFO 3124{i} [{uid}/{ip}/53a2f64c04b3358793da1d53772bc80{i}/7{i}ms POST /api/order/create] 创建订单成功"
             for i, (uid, ip) in enumerate([("95310131", "55.129.18.52"), ("-", "10.1.2.3"), ("18753025", "57.56.43.29")])]
    parsed = parse_lines(lines, detect(lines))
    assert parsed.format == "app"
    fields = _fields(parsed)
    assert fields["user_id"].values.to_pylist() == [95310131, 18753025]  # `-`: no user, no value
    assert fields["client_ip"].values.to_pylist() == ["55.129.18.52", "10.1.2.3", "57.56.43.29"]
    assert fields["url"].values.to_pylist()[0] == "/api/order/create"


def test_values_in_chinese_quotation_marks_after_han_words_are_pairs() -> None:
    assert tokens_of("姓名“张伟”与身份证号“110101199003071234”不一致") == [
        "姓名=", "张伟", "与身份证号=", "110101199003071234", "不", "一致"]
    assert tokens_of("昵称「阿黄」已更新")[:2] == ["昵称=", "阿黄"]


def test_loguru_lines_are_app_lines_and_a_trailing_python_dict_is_their_fields() -> None:
    lines = [
        "2024-12-16 09:01:36.618 | INFO     | app.api.location:report:112 - 位置上报 "
        "{'uid': 100017834, 'lat': 22.498597, 'lng': 114.059478, '城市': '深圳市', 'ok': True, 'x': None}",
        "2024-12-16 09:01:37.001 | WARNING  | app.push.monitor:battery_alert:31 - 设备电量过低 uid=100002887 电量=9%",
        "2024-12-16 09:01:38.220 | INFO     | app.api.location:report:112 - 位置上报 "
        "{'uid': 100017835, 'lat': 30.28, 'lng': 120.1, '城市': '杭州市', 'ok': False, 'x': None}",
    ]
    parsed = parse_lines(lines, detect(lines))
    assert parsed.format == "app"
    fields = _fields(parsed)
    assert fields["level"].values.to_pylist() == ["INFO", "WARNING", "INFO"]
    assert fields["logger"].values.to_pylist()[0] == "app.api.location"
    assert fields["fields.lat"].values.to_pylist() == [22.498597, 30.28]
    assert fields["fields.城市"].values.to_pylist() == ["深圳市", "杭州市"]
    # a dict repr that is no literal (a call inside) stays in the message
    from inventory.logformats.lines import _trailing_object
    assert _trailing_object("{'a': open('x')}") is None
    assert _trailing_object('{"a": 1}') == '{"a": 1}'


def test_spring_boot_lines_and_mybatis_statements_are_fields_by_their_place() -> None:
    lines = [
        "2024-12-15 08:00:28.251 DEBUG 28476 --- [nio-8080-exec-1] c.y.o.mapper.UserMapper.insert           : "
        "==> Parameters: pingdeng(String), 高秀英(String), 18726510506(String), 632323199701104218(String), null",
        "2024-12-15 08:02:02.431 DEBUG 28476 --- [nio-8080-exec-4] c.y.o.mapper.UserMapper.insert           : "
        "==> Parameters: cgu(String), 欧阳 娜(String), 18826431904(String), 522323196108116606(String), 7(Integer)",
        "2024-12-15 08:00:39.884 DEBUG 28476 --- [nio-8080-exec-8] c.y.o.mapper.AddressMapper.selectDefault : "
        "<==        Row: 18680, 买买提•热合曼, 13416947506, 内蒙古自治区, 鄂托克旗, 高山大道404号冯花园7栋4单元2701室",
        "2024-12-15 08:00:42.237 DEBUG 28476 --- [nio-8080-exec-6] c.y.o.mapper.AddressMapper.selectDefault : "
        "<==        Row: 60523, 赵建, 17324894713, 安徽省, 濉溪县, 杨南巷682号何苑7栋4单元2406室",
    ]
    parsed = parse_lines(lines, detect(lines))
    assert parsed.format == "app"
    fields = _fields(parsed)
    # Spring Boot's process id and `---` sit between the level and the thread
    assert fields["logger"].values.to_pylist()[0] == "c.y.o.mapper.UserMapper.insert"
    assert fields["thread"].values.to_pylist()[0] == "nio-8080-exec-1"
    insert = "c.y.o.mapper.UserMapper.insert.Parameters"
    assert fields[f"{insert}.2"].values.to_pylist() == ["高秀英", "欧阳 娜"]  # types dropped, a value's space kept
    assert [str(v) for v in fields[f"{insert}.4"].values.to_pylist()] == ["632323199701104218", "522323196108116606"]
    assert fields[f"{insert}.5"].values.to_pylist() == ["null", "7"]
    row = "c.y.o.mapper.AddressMapper.selectDefault.Row"
    assert fields[f"{row}.6"].values.to_pylist() == ["高山大道404号冯花园7栋4单元2701室", "杨南巷682号何苑7栋4单元2406室"]
    # other app headers have no process id
    assert "pid" not in _fields(parse_lines(["2023-10-28 02:30:43,000 INFO  auth.LoginService - login ok user=42"], "app"))


def test_an_address_in_a_message_is_one_value_and_han_words_of_a_value_are_not_spaced() -> None:
    # an address that begins a Han run stays whole: not `杨南巷` `682` `号` `何苑` `7` `栋` pairs
    assert "杨南巷682号何苑7栋4单元2406室" in tokens_of("已签收 杨南巷682号何苑7栋4单元2406室")
    slots, _ = mine_slots(["设备上报 uid=1 电量=82% 充电中 网络=5G", "设备上报 uid=2 电量=7% 未充电 网络=WIFI"], [None, None])
    assert slots["电量"].values == ["82% 充电中", "7% 未充电"]


def test_array_elements_dumped_over_lines_are_pairs() -> None:
    # ThinkPHP logs `[ PARAM ]` as PHP's var_export; print_r and Ruby hashes write the same pairs
    assert tokens_of("  'mobile' => '13800138000',") == ["mobile=", "13800138000"]
    assert tokens_of("    [mobile] => 13800138000") == ["mobile=", "13800138000"]
    assert tokens_of('  :name => "张伟",') == ["name=", "张伟"]
    assert tokens_of("  'num' => 3,") == ["num=", "3"]
    assert tokens_of("  'params' => array (")[0] == "'params'"  # opens a nested array: no value
    lines = ["[ 2024-12-15T08:03:01+08:00 ] 194.98.4.45 POST www.shop.cn/api/user/login",
             "[ info ] [ HEADER ] array (",
             "  'user-agent' => 'Mozilla/5.0 (Linux; Android 14; V2309A) Quark/6.9.6.501 Mobile Safari/537.36',",
             "  'oaid' => '4a4697ea37793351',",
             ")",
             "[ info ] [ HEADER ] array (",
             "  'user-agent' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) MicroMessenger/8.0.44',",
             "  'oaid' => 'd72877bed0a06204',",
             ")"]
    fields = _fields(parse_lines(lines, detect(lines)))
    agents = [f for path, f in fields.items() if path.endswith("user-agent")]
    assert agents and agents[0].values.to_pylist()[1].startswith("Mozilla/5.0 (iPhone; CPU")  # spaces kept
    assert [f for path, f in fields.items() if path.endswith("oaid")]


def test_monolog_lines_give_their_channel_and_their_context_object_as_fields() -> None:
    # Laravel and Symfony: `[time] channel.LEVEL: message {context} {extra}`, `[]` when empty
    lines = [f'[2024-12-15 10:{i:02d}:01] production.INFO: 定位上报 {{"uid":{10000 + i},"经度":120.{i:06d},"城市":"杭州市"}} []'
             for i in range(20)]
    parsed = parse_lines(lines, detect(lines))
    assert parsed.format == "app"
    fields = _fields(parsed)
    assert fields["logger"].values.to_pylist()[0] == "production" and fields["level"].values.to_pylist()[0] == "INFO"
    assert fields["fields.uid"].values.to_pylist()[:2] == [10000, 10001] or \
        [str(v) for v in fields["fields.uid"].values.to_pylist()[:2]] == ["10000", "10001"]
    assert "fields.城市" in fields


def test_a_free_line_ending_in_an_object_gives_the_objects_keys() -> None:
    lines = [f'2024-12-15 10:00:{i:02d},123 - app.views.user - INFO - 用户登录成功 {{"uid": {i}, "oaid": "abc{i}"}}' for i in range(20)]
    fields = _fields(parse_lines(lines, detect(lines)))
    assert "fields.uid" in fields and "fields.oaid" in fields


def test_pipe_joined_form_and_bracketed_pairs_are_pairs() -> None:
    assert tokens_of("uid:1000|model:HUAWEI ALN-AL00|isp:中国移动") == ["uid=", "1000", "model=", "HUAWEI\u2063ALN-AL00",
                                                                       "isp=", "中国移动"]
    assert tokens_of("上报 body=uid=1&tz=Asia%2FShanghai")[-4:] == ["uid=", "1", "tz=", "Asia/Shanghai"]
    assert tokens_of("GET www.x.cn/api/nearby?lng=120.145117&lat=30.259930")[-4:] == ["lng=", "120.145117", "lat=", "30.259930"]
    assert tokens_of("[uid=1000][phone=13812345678] 登录成功")[:4] == ["uid=", "1000", "phone=", "13812345678"]
    # a full URL keeps its query; a word with bars is no run of pairs
    assert "https://a.com/?a=1&b=2" in tokens_of("see https://a.com/?a=1&b=2 ok")
    assert tokens_of("x|y|z") == ["x|y|z"]


def test_a_quoted_request_line_keeps_its_query() -> None:
    # an access log's request (Envoy, combined) is one quoted value; its query string is no pairs of
    # the line (holdout2's Kubernetes log lost its request and shifted its user agents a slot)
    tokens = tokens_of('[2024-03-03T18:03:53.287Z] "POST /v1/feed?page=3 HTTP/2" 201 - 817 "Mozilla/5.0 (X11)"')
    assert tokens[1:3] == ["\"POST\u2063/v1/feed?page=3\u2063HTTP/2\"", "201"]
    assert "page=" not in tokens


def test_a_user_agent_in_a_message_is_one_value() -> None:
    tokens = tokens_of("异地登录 UA Mozilla/5.0 (Linux; Android 14; V2309A) Quark/6.9.6 uid=3")
    assert tokens[-3:] == ["Mozilla/5.0\u2063(Linux;\u2063Android\u206314;\u2063V2309A)\u2063Quark/6.9.6", "uid=", "3"]


def test_a_user_agent_in_braces_ends_at_the_brace() -> None:
    # HAProxy's captured request headers are written in braces, the quoted request line after them
    # (`{Mozilla/5.0 (…)} {} "GET /p HTTP/1.1"`): the agent ended at the quote and swallowed the request
    messages = [f'10.1.{n}.9:4{n}00 [03/Mar/2024:10:0{n}:00.120] web~ app/srv1 0/0/1/{n}/9 200 31{n} - - ---- 1/1/0/0/0 0/0 '
                f'{{Mozilla/5.0 (X11; Linux x86_64; rv:12{n}.0) Gecko/20100101 Firefox/12{n}.0}} {{}} "GET /cart/{n}?step={n} HTTP/1.1"'
                for n in range(1, 4)]
    slots, _ = mine_slots(messages, [None] * 3)
    values = {name: slot.values for name, slot in slots.items()}
    assert values["request"][0] == "GET /cart/1?step=1 HTTP/1.1"
    agents = [values[name] for name in values if any(str(v).startswith("Mozilla/5.0") for v in values[name])]
    assert agents == [["Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
                       "Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0",
                       "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"]]
