"""Classes of Chinese data the zh22 blind run showed (benchmarks/zh22/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.secondary import detect
from datamap.model import FieldSample
from tests.classifiers.support import classify_table

RNG = random.Random(22)
N = 150


def _hex(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def _luhn_digits(length: int, head: str) -> str:
    """A number of `length` digits starting with `head` whose last digit passes Luhn."""
    body = head + "".join(RNG.choice("0123456789") for _ in range(length - len(head) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def test_a_login_password_is_no_account():
    """mall4j's `login_password` 登录密码 (`{bcrypt}$2a$10$…`) beside its `user_id`: `login` says an
    account only where no password stands beside it; the Chinese comment says the same (密码)."""
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    hashes = ["{bcrypt}$2a$10$" + "".join(RNG.choice(alphabet) for _ in range(53)) for _ in range(N)]
    found = classify_table("tz_user", {"user_id": [_hex(32) for _ in range(N)], "login_password": hashes},
                           comments={"user_id": "ID", "login_password": "登录密码"})
    assert found == {"user_id": "ACCOUNT_ID", "login_password": None}


def test_a_vip_tier_is_no_account():
    """A push service's `vip` 用户VIPID (0-3): a membership tier, like `level`, not whose record it is."""
    found = classify_table("device_info", {"vip": [RNG.choice([0, 0, 1, 2, 3]) for _ in range(N)],
                                           "user_user_id": [10000 + i for i in range(N)]},
                           comments={"vip": "用户VIPID", "user_user_id": "用户id"})
    assert found["vip"] is None
    assert found["user_user_id"] == "ACCOUNT_ID"


def test_a_phone_makers_push_token_is_the_install():
    """`token` 华为 oppe厂商 token reg_id: the phone maker's push channel (厂商通道) registers the app
    install; 厂商 alone (a `manufacturer` column) stays the maker, no id."""
    tokens = [RNG.choice([f"IQAAAACy0{_hex(50)}", f"OnePlus_CN_{_hex(32)}", _hex(44)]) for _ in range(N)]
    found = classify_table("device_info", {"token": tokens, "device_brand": [RNG.choice(["HUAWEI", "OPPO", "Xiaomi"]) for _ in range(N)]},
                           comments={"token": "华为 oppe厂商 token reg_id", "device_brand": "手机厂商"})
    assert found["token"] == "DEVICE_ID"
    assert found["device_brand"] != "DEVICE_ID"


def test_the_apps_own_package_on_every_event_is_no_app_of_the_device():
    """Sensors Analytics' `app_id` 应用包名: `com.yami.town` on every event is the app that wrote
    them; packages that differ row to row are the apps of the devices."""
    own = ["com.yami.town"] * N
    installed = [RNG.choice(["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao"])
                 for _ in range(N)]
    found = classify_table("sensors_events", {"app_id": own, "foreground_app": installed},
                           comments={"app_id": "应用包名", "foreground_app": "前台应用包名"})
    assert found["app_id"] is None
    assert found["foreground_app"] == "APP_PACKAGE"


def test_a_number_after_a_chinese_order_label_is_no_card():
    """mall4j's 19-digit snowflake order numbers (`订单号：1459…`) pass Luhn one in ten and may
    start like a card's issuer: after 订单号, 流水号 or 串号 they are that number; a card number
    after 卡号 is still a card."""
    orders = [f"用户阿黄下单成功，订单号：{_luhn_digits(19, '62')}，用户ID={RNG.randint(1000, 1040)}" for _ in range(30)]
    found = {d.entity for d in detect(FieldSample(path="(free text)", values=pa.array(orders), origin="message"))}
    assert "CREDIT_CARD" not in found
    cards = [f"绑定银行卡成功，卡号：{_luhn_digits(16, '622202')}" for _ in range(30)]
    found = {d.entity for d in detect(FieldSample(path="(free text)", values=pa.array(cards), origin="message"))}
    assert "CREDIT_CARD" in found
