"""Classes of Chinese data the zh13 blind run showed (benchmarks/zh13/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.names import type_prefixes, without_type_prefix
from datamap.model import DatasetSample, FieldSample

RNG = random.Random(13)
NAMES = ["张伟", "欧阳娜", "买买提·艾力", "王芳", "李强", "司马光明", "刘洋", "陈静", "赵丽", "孙浩"]


def _entities(name: str = "t", **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def _hex(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def _digits(n: int) -> str:
    return str(RNG.randint(1, 9)) + "".join(RNG.choice("0123456789") for _ in range(n - 1))


def _mobile() -> str:
    return RNG.choice(["138", "139", "186", "152", "177"]) + _digits(8)


def test_call_records_subscriber_numbers_cell_sites_and_imsis():
    n = 60
    found = _entities("话单", 用户号码=[int("86" + _mobile()) for _ in range(n)],
                      基站名称=[f"{RNG.choice(['杭州西湖', '成都锦江', '深圳南山'])}{RNG.choice(['文三路', '火车站', '科技园'])}_F_{RNG.randint(1, 6)}"
                            for _ in range(n)],
                      开始时间=[int(f"202412{RNG.randint(10, 28)}{RNG.randint(10, 23)}{RNG.randint(10, 59)}{RNG.randint(10, 59)}")
                            for _ in range(n)],
                      c7=[int("46000" + _digits(10)) for _ in range(n)])
    assert found["用户号码"] == "PHONE_NUMBER"
    assert found["基站名称"] == "LOCATION"
    assert found["开始时间"] is None  # a call's moment to the second, no one's id
    assert found["c7"] == "DEVICE_ID"  # IMSIs by their network code, whatever the name


def test_fifteen_digits_of_no_network_are_no_imsis():
    assert _entities(c1=[int("99999" + _digits(10)) for _ in range(40)])["c1"] != "DEVICE_ID"


def test_a_statements_counterparty_holder_is_a_person():
    found = _entities("statement", 对方户名=[RNG.choice(NAMES) for _ in range(40)])
    assert found["对方户名"] == "PERSON"


def test_the_key_of_a_devices_table_is_the_devices_id():
    n = 40
    found = _entities("tuya_devices", **{"result.id": [_hex(20) for _ in range(n)], "result.uuid": [_hex(16) for _ in range(n)],
                                         "result.product_name": [RNG.choice(["智能插座", "智能灯泡"]) for _ in range(n)]})
    assert found["result.id"] == "DEVICE_ID" and found["result.uuid"] == "DEVICE_ID"
    # a table of orders keeps its own keys
    assert _entities("orders", id=[_hex(20) for _ in range(n)])["id"] != "DEVICE_ID"
    # row numbers are no device's id
    assert _entities("devices", id=list(range(1000, 1000 + n)))["id"] != "DEVICE_ID"


def test_unix_times_are_no_time_spent_and_icons_no_files_of_the_user():
    n = 40
    found = _entities(**{"result.active_time": [1_700_000_000 + RNG.randint(0, 10**7) for _ in range(n)],
                         "active_time": [RNG.randint(1, 3600) for _ in range(n)],
                         "result.icon": [f"smart/icon/{_hex(20)}.png" for _ in range(n)],
                         "c9": [f"static/img/{_hex(12)}.jpg" for _ in range(n)]})
    assert found["result.active_time"] is None
    assert found["active_time"] == "ENGAGEMENT_METRIC"
    assert found["result.icon"] is None and found["c9"] is None


def test_package_names_outside_reverse_dns():
    packages = ["com.cyjh.gundam", "catch_.me_.if_.you_.can_", "com.huluxia.gametools"]
    assert _entities(包名=[RNG.choice(packages) for _ in range(30)])["包名"] == "APP_PACKAGE"


def test_a_login_channel_is_no_account_and_many_role_names_are_no_roles():
    n = 60
    found = _entities("tlog", LoginChannel=[RNG.choice([10000144, 10003898, 10029712]) for _ in range(n)],
                      vRoleName=[f"{RNG.choice(['浪迹天涯', '剑影', '孤城', '北辰', '清风', '夜雨', '墨染'])}{RNG.choice('丶灬ゞ7')}{i}"
                                 for i in range(n)],
                      user_role=[RNG.choice(["买家", "卖家", "主播"]) for _ in range(n)])
    assert found["LoginChannel"] is None
    assert found["vRoleName"] != "USER_ROLE"
    assert found["user_role"] == "USER_ROLE"


def test_type_prefixes_of_a_tlog_table():
    paths = ("dtEventTime", "vGameAppid", "iZoneAreaID", "vopenid", "vRoleName", "vClientIP", "Level")
    assert type_prefixes(paths) == frozenset({"v"})
    assert without_type_prefix("vopenid", type_prefixes(paths)) == "openid"
    assert without_type_prefix("volume", type_prefixes(paths)) == "volume"  # no schema word behind the letter
    assert without_type_prefix("vopenid", frozenset()) == "vopenid"
    n = 40
    found = _entities("tlog", dtEventTime=["2024-12-18 11:39:35"] * n, vGameAppid=["wx95a3a4d7c627e07d"] * n,
                      vRoleName=["x"] * n, vClientIP=["1.2.3.4"] * n, iZoneAreaID=[1] * n,
                      vopenid=[RNG.choice([_hex(32).upper(), "o6_bm" + _hex(23)]) for _ in range(n)])
    assert found["vopenid"] == "ACCOUNT_ID"


def test_unity_operating_system_strings():
    systems = ["Android OS 14 / API-34", "Android OS 13 / API-33", "iOS 17.5.1", "HarmonyOS 4.2.0"]
    assert _entities(SystemSoftware=[RNG.choice(systems) for _ in range(40)])["SystemSoftware"] == "OPERATING_SYSTEM"
