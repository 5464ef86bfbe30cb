"""Classes of Chinese data the zh16 blind run showed (benchmarks/zh16/README.md), each on its own."""
from __future__ import annotations

import base64
import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample
from inventory.logformats.templates import mine_slots

RNG = random.Random(16)
PROVINCES = ["北京", "上海", "广东", "浙江", "四川", "湖北", "江苏", "山东", "美国"]
SIGNATURES = ["这个人很懒，什么都没有写", "一个普通的大学生", "摄影/旅行/猫", "B站是学习网站", "永远热泪盈眶", "不定期更新", "", ""]


def _entities(name: str = "t", declared: dict[str, str] | None = None, **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=p.replace("__", "."), values=pa.array(v), declared_type=(declared or {}).get(p))
              for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def _digits(n: int) -> str:
    return str(RNG.randint(1, 9)) + "".join(RNG.choice("0123456789") for _ in range(n - 1))


def test_the_ip_location_a_chinese_platform_shows_is_an_approximate_location():
    """Since 2022 Weibo, Douyin, Bilibili, Xiaohongshu and Zhihu show beside each post the province
    (or country) of its writer's IP address, `IP属地：广东`: the label says what the value is,
    under any name and under none."""
    n = 60
    shown = [f"IP属地：{RNG.choice(PROVINCES)}" for _ in range(n)]
    found = _entities("replies", reply_control__location=shown, c18=shown, ip_loc=[s.replace("：", ":") for s in shown])
    assert set(found.values()) == {"REGION"}
    # a status line that merely starts with a label is no place
    assert _entities(c18=[f"状态：{RNG.choice(['成功', '失败', '处理中'])}" for _ in range(n)])["c18"] is None


def test_a_headsets_plug_is_an_audio_device_not_the_chargers():
    """A push SDK's `headsetPlugged` (Android's `isWiredHeadsetOn`) says whether a headset is in
    the jack: an audio device, stored as a boolean, not the battery's `plugged`."""
    n = 60
    flags = [RNG.random() < 0.2 for _ in range(n)]
    found = _entities("push_device_report", declared={"headsetPlugged": "BOOLEAN", "batteryPlugged": "BOOLEAN"},
                      headsetPlugged=flags, isHeadphonePlugged=flags, batteryPlugged=flags,
                      plugged=[RNG.choice(["ac", "usb", "unplugged"]) for _ in range(n)])
    assert found["headsetPlugged"] == found["isHeadphonePlugged"] == "AUDIO_DEVICE"
    assert found["batteryPlugged"] == found["plugged"] == "BATTERY_STATE"


def test_a_profiles_sign_of_words_is_its_signature_a_requests_sign_is_not():
    """Bilibili's and QQ's `sign` is the signature a user writes on their profile (个性签名);
    Alipay's, WeChat Pay's `sign` is the request's signature, base64 or hex, no words."""
    n = 60
    found = _entities("bilibili_replies", member__sign=[RNG.choice(SIGNATURES) for _ in range(n)])
    assert found["member.sign"] == "USER_CONTENT"
    requests = _entities("alipay_notify", sign=[base64.b64encode(RNG.randbytes(256)).decode() for _ in range(n)],
                         sign_type=["RSA2"] * n)
    assert requests["sign"] is None
    assert _entities("wxpay", sign=["".join(RNG.choice("0123456789ABCDEF") for _ in range(32)) for _ in range(n)])["sign"] is None
    assert _entities("math", sign=[RNG.choice(["+", "-", "0"]) for _ in range(n)])["sign"] is None


def test_a_person_objects_key_spelt_with_its_initial_and_its_copy_as_a_number():
    """Bilibili's reply holds `member.mid` (the member's id as text) and, at the top, the same id
    as a number (`mid`): the key of the member object, spelt with its initial, and its copy."""
    n = 60
    mids = [_digits(RNG.choice([6, 9, 10])) for _ in range(n)]
    found = _entities("bilibili_replies", rpid=[int(_digits(12)) for _ in range(n)], mid=[int(m) for m in mids],
                      member__mid=mids, like=[RNG.choice([0, 0, 1, 3, 12]) for _ in range(n)])
    assert found["member.mid"] == found["mid"] == "ACCOUNT_ID"
    assert found["rpid"] is None and found["like"] is None
    # the same spelling keys no person elsewhere: a message's `mid`, a video's `vid`
    others = _entities("t", message__mid=mids, video__vid=mids, device__did=mids)
    assert set(others.values()) == {None}


def test_a_push_alias_of_a_prefixed_user_id_is_the_account():
    """Xiaomi, JPush and Getui bind an install to the app's user by an `alias`; apps write the user
    id behind a short prefix (`u_39174397`): the account, as a bare number is."""
    n = 60
    found = _entities("push", alias=[f"u_{_digits(8)}" for _ in range(n)])
    assert found["alias"] == "ACCOUNT_ID"
    hosts = _entities("dns", alias=[RNG.choice(["www", "api", "mail", "cdn-01"]) for _ in range(n)])
    assert hosts["alias"] is None


def test_a_service_log_file_is_no_users_file_nor_page():
    """Tencent CLS's `__FILENAME__` (Alibaba SLS's `__path__`, Filebeat's `log.file.path`) names the
    file the record was read from, in the service's log directory: the program's output."""
    n = 60
    found = _entities("cls_trip_track", __FILENAME__=["/data/logs/trip/track.log"] * n,
                      log_path=[f"/var/app/logs/app-{i}.log" for i in range(n)],
                      c03=["/data/logs/trip/track.log"] * n, __SOURCE__=[f"10.2.3.{i % 200}" for i in range(n)])
    assert found[".FILENAME."] is None and found["log_path"] is None and found["c03"] is None
    # a device's files stay files
    files = _entities("uploads", file_name=[f"IMG_{_digits(4)}.HEIC" for _ in range(n)],
                      path=[f"/sdcard/Download/report{i}.pdf" for i in range(n)])
    assert set(files.values()) == {"FILE_NAME"}


def test_a_quoted_value_after_a_han_key_keeps_its_commas():
    """`内容：“比超市便宜，下次还来”`: a review quoted whole after its key is one value, its
    full-width comma the writer's, not a break between pairs."""
    reviews = ["比超市便宜，下次还来", "东西收到了，包装很严实", "配送小哥态度很好", "水果有两个坏了，希望改进"]
    messages = [f"收到评价，用户ID：{_digits(7)}，评分：{RNG.randint(1, 5)}星，内容：“{RNG.choice(reviews)}”" for _ in range(30)]
    slots, _ = mine_slots(messages, [None] * len(messages))
    assert set(slots["内容"].values) <= set(reviews) and len(set(slots["内容"].values)) > 1
    assert all(v.isdigit() for v in slots["用户ID"].values)


def _masked_email(address: str) -> str:
    local, domain = address.split("@")
    return f"{local[:3]}***@{domain}"


def test_a_column_of_phones_or_e_mails_whichever_each_person_gave_is_their_contact():
    """Alipay's `buyer_logon_id` is the buyer's login, a phone or an e-mail address, masked
    (`138****5678`, `zha***@163.com`): seven phones in ten are too few for the phone's share
    alone, yet every value is a person's contact, under any name."""
    n = 80
    emails = [f"{RNG.choice(['zhang', 'lihua', 'wang88', 'chen.j'])}{RNG.randint(1, 999)}@{RNG.choice(['163.com', 'qq.com'])}"
              for _ in range(n)]
    phones = [f"1{RNG.choice('3589')}{_digits(9)}" for _ in range(n)]
    mixed = [p[:3] + "****" + p[7:] if RNG.random() < 0.7 else _masked_email(e) for p, e in zip(phones, emails)]
    found = _entities("alipay_notify", buyer_logon_id=mixed, c09=mixed,
                      contact=[p if RNG.random() < 0.7 else e for p, e in zip(phones, emails)])
    assert set(found.values()) == {"PHONE_NUMBER"}
    # phones beside other text (order numbers, notes) stay below the threshold
    notes = [p[:3] + "****" + p[7:] if i % 10 < 7 else RNG.choice(["请尽快发货", "放门口快递柜", "周末送货"])
             for i, p in enumerate(phones)]
    assert _entities(c09=notes)["c09"] is None
    # nor does a column of one kind: GA4's `stream_id` (ten digits that pass for phone numbers)
    # has no e-mail beside them
    assert _entities("ga4_events", stream_id=[RNG.choice(["4178123456", "4178123457", "4178123458"]) for _ in range(n)],
                     event_name=[RNG.choice(["page_view", "scroll"]) for _ in range(n)])["stream_id"] is None


def test_how_one_signs_in_or_up_is_no_signature():
    # an identity service's sign-in settings (Logto's sign_in_experiences): JSON settings, no one's words
    from classifiers.recognizers.user_content import UserContentRecognizer
    from classifiers.names import NameTokens
    recognizer = UserContentRecognizer()
    for path in ("sign_in", "sign_up", "social_sign_in", "passkey_sign_in", "signup_method"):
        assert recognizer.named(NameTokens.of(path)) is None, path
    assert recognizer.named(NameTokens.of("sign")) is not None  # a profile's signature stays one
