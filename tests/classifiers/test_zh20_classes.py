"""Classes of Chinese data the zh20 blind run showed (benchmarks/zh20/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample

RNG = random.Random(20)
N = 150


def _entities(name: str = "t", comments: dict[str, str] | None = None, types: dict[str, str] | None = None,
              **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=p, values=pa.array(v), comment=(comments or {}).get(p), declared_type=(types or {}).get(p, ""))
              for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_a_shipments_number_is_no_device_serial():
    """litemall's `ship_sn` 发货编号 (`SF1234567890123`, the shipment's tracking number): `sn` is
    no device's serial when the thing numbered is a shipment; a `device_sn` stays a device's."""
    waybills = [f"SF{RNG.randint(10 ** 12, 10 ** 13 - 1)}" for _ in range(N)]
    found = _entities("litemall_order", comments={"ship_sn": "发货编号"}, ship_sn=waybills,
                      device_sn=[f"SN{RNG.randint(10 ** 9, 10 ** 10 - 1)}" for _ in range(N)])
    assert found["ship_sn"] != "DEVICE_ID"
    assert found["device_sn"] == "DEVICE_ID"


def test_a_technicians_id_is_an_account():
    """Autobon's `t_location.tech_id` commented 技师id (the auto-care technician who reported the
    place) and an English `technician_id`: a platform's dispatched worker is a person with an
    account, as a driver or a rider is."""
    ids = [RNG.randint(1, 120) for _ in range(N)]
    found = _entities("t_location", comments={"tech_id": "技师id"}, tech_id=ids, technician_id=list(ids))
    assert found["tech_id"] == "ACCOUNT_ID"
    assert found["technician_id"] == "ACCOUNT_ID"


def _battery_note() -> str:
    level, state = RNG.randint(3, 100), RNG.choice(["充电中", "未充电", "未充电"])
    return RNG.choice([f"电量:{level}%,{state}", f"电量{level}%|{state}", f"battery={level}%;{state}"])


def test_a_battery_packed_into_a_remark_is_the_battery():
    """A ride-hailing app's event `ext` 备注字段 where each event carries the phone's battery as the
    app writes it (`电量29%|充电中`, `电量:67%,充电中`, `battery=70%;未充电`): the level and state are
    the battery whatever the separator, under a name that says nothing."""
    notes = [_battery_note() if RNG.random() < 0.9 else None for _ in range(N)]
    found = _entities("dot_event_record", comments={"ext": "备注字段"}, ext=notes)
    assert found["ext"] == "BATTERY_STATE"
    assert _entities("t", c16=[v for v in notes if v])["c16"] == "BATTERY_STATE"  # values alone


def test_a_remark_of_percentages_is_no_battery():
    """A remark of discounts (`满减10%`, `折扣85%`) or a bare percentage is no battery: the level
    needs its key (电量, battery) or a charging state beside it."""
    remarks = [RNG.choice([f"满减{RNG.randint(5, 30)}%", f"折扣{RNG.randint(50, 95)}%", f"{RNG.randint(1, 99)}%"]) for _ in range(N)]
    assert _entities("orders", comments={"ext": "备注字段"}, ext=remarks)["ext"] != "BATTERY_STATE"


def test_a_login_sessions_key_is_no_account():
    """litemall's `session_key` commented 微信登录会话KEY (WeChat's login session key, base64): 会话
    is a session, whose key is no user's account; `weixin_openid` 微信登录openid beside it stays one."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    keys = ["".join(RNG.choice(alphabet) for _ in range(22)) + "==" for _ in range(N)]
    openids = ["o" + "".join(RNG.choice(alphabet[:62] + "-_") for _ in range(27)) for _ in range(N)]
    found = _entities("litemall_user", comments={"session_key": "微信登录会话KEY", "weixin_openid": "微信登录openid"},
                      session_key=keys, weixin_openid=openids)
    assert found["session_key"] != "ACCOUNT_ID"
    assert found["weixin_openid"] == "ACCOUNT_ID"


def test_where_a_search_was_made_is_no_search():
    """litemall's `from` commented 搜索来源，如pc、wx、app (the client a search came from): a search's
    source is a channel's code, not what the user sought; `keyword` 搜索关键字 beside it stays the search."""
    found = _entities("litemall_search_history", comments={"from": "搜索来源，如pc、wx、app", "keyword": "搜索关键字"},
                      **{"from": [RNG.choice(["wx", "wx", "app", "pc"]) for _ in range(N)],
                         "keyword": [RNG.choice(["洗车液", "汽车脚垫", "行车记录仪", "玻璃水", "机油 5W-30"]) for _ in range(N)]})
    assert found["from"] != "SEARCH_QUERY"
    assert found["keyword"] == "SEARCH_QUERY"


def test_a_few_districts_codes_under_a_comment_naming_them_are_places():
    """litemall's `area_code char(6)` commented 地区编码 holding the codes of a handful of districts
    (`330106`, `440305`): the comment names region codes, as an `adcode` name would; the same six
    codes in a column the schema does not name stay unclassified as a place."""
    codes = [RNG.choice(["330106", "110108", "440305", "510104", "420111", "610113"]) for _ in range(N)]
    assert _entities("litemall_address", comments={"area_code": "地区编码"}, area_code=codes)["area_code"] == "LOCATION"
    assert _entities("jobs", batch=codes)["batch"] != "LOCATION"


def test_a_push_services_client_id_is_the_devices():
    """A Spring Boot log's `GetuiPushService` logger writing `clientId=<32 hex>` (Getui's id of one
    app install) and a `jpush` object's `registrationId`: a push service's client id is a device's
    install id, no browser cookie; a bare `client_id` of GA's shape stays a cookie id."""
    hexes = ["".join(RNG.choice("0123456789abcdef") for _ in range(32)) for _ in range(N)]
    found = _entities("technician-app.log", **{"c.a.g.GetuiPushService.clientId": hexes,
                                               "jpush.registrationId": [h[:19] for h in hexes],
                                               "client_id": [f"{RNG.randint(10 ** 8, 10 ** 9)}.{RNG.randint(1_600_000_000, 1_700_000_000)}" for _ in range(N)]})
    assert found["c.a.g.GetuiPushService.clientId"] == "DEVICE_ID"
    assert found["jpush.registrationId"] == "DEVICE_ID"
    assert found["client_id"] == "COOKIE_ID"


def test_versions_after_systems_that_carry_theirs_are_another_things():
    """Values alone, `dot_event_record`'s `system_version` (`HarmonyOS 4.0.0`, `MIUI V14…`) then
    `app_versionname` (`5.2.0`): names that hold their versions leave the next column's versions
    to something else (the app); after bare names (`android`, `ios`) the versions are the systems'."""
    systems = [RNG.choice(["HarmonyOS 4.0.0", "HyperOS 1.0.42.0.UNCCNXM", "Android 13", "ColorOS 14.0", "MIUI V14.0.10.0.TNRCNXM"])
               for _ in range(N)]
    apps = [RNG.choice(["5.2.0", "5.2.1", "5.3.0"]) for _ in range(N)]
    assert _entities("t", c08=systems, c09=apps)["c09"] != "OPERATING_SYSTEM"
    found = _entities("t", c08=[RNG.choice(["android", "ios"]) for _ in range(N)], c09=[RNG.choice(["13", "14", "17.5.1"]) for _ in range(N)])
    assert found["c09"] == "OPERATING_SYSTEM"


def test_a_wechat_avatar_address_is_no_page_visited():
    """Values alone, litemall's `avatar` (a WeChat login's `https://thirdwx.qlogo.cn/mmopen/vi_32/…/132`,
    no picture extension) in a table of accounts and IPs: an address on Tencent's avatar CDN is a
    picture, no page a person opened; page addresses beside it stay visited pages."""
    ids = list(range(1, N + 1))
    avatars = [f"https://thirdwx.qlogo.cn/mmopen/vi_32/{RNG.getrandbits(160):040x}/132" for _ in range(N)]
    ips = [f"{RNG.randint(11, 220)}.{RNG.randint(0, 255)}.{RNG.randint(0, 255)}.{RNG.randint(1, 254)}" for _ in range(N)]
    pages = [f"https://m.shop.example.cn/goods/{RNG.randint(1000, 9999)}?from=share" for _ in range(N)]
    found = _entities("t", c01=ids, c02=ips, c03=avatars, c04=pages)
    assert found["c03"] != "VISITED_URL"
    assert _entities("t", page_url=pages)["page_url"] == "VISITED_URL"


def test_a_tables_only_latitudes_and_longitudes_are_a_pair_columns_apart():
    """Values alone, `dot_event_record`'s `location_lat` (22-40) and `location_lng` (104-121) with
    four columns between them: the table's only two columns of fine degrees, one past 90, are a
    position; two such columns both within 90 (shares, scores) are not told from values alone."""
    lats = [round(RNG.uniform(22.4, 40.0), 6) for _ in range(N)]
    lngs = [round(RNG.uniform(104.0, 121.0), 6) for _ in range(N)]
    between = {"c12": [10001] * N, "c13": [RNG.choice(["android", "ios"]) for _ in range(N)],
               "c14": [RNG.choice(["huawei", "xiaomi", "oppo"]) for _ in range(N)]}
    found = _entities("t", c11=lats, **between, c15=lngs)
    assert found["c11"] == "GPS_COORDINATE" and found["c15"] == "GPS_COORDINATE"
    found = _entities("t", c11=lats, **between, c15=[round(RNG.uniform(60.0, 89.0), 6) for _ in range(N)])
    assert found["c15"] != "GPS_COORDINATE"


def test_numbers_led_by_their_day_are_no_ones_id():
    """Values alone, litemall's `order_sn` (`20241205483920`: the day, then six digits) after a
    record key and small user ids, in a table of receivers' names and phones: a number that starts
    with the day it was made is a record's serial, no person's account; wide ids without a day
    in front stay the person's."""
    days = [f"202412{RNG.randint(1, 28):02d}" for _ in range(N)]
    people = {"c06": [RNG.choice(["张伟", "王芳", "李娜", "刘洋", "陈静"]) for _ in range(N)],
              "c07": [f"1{RNG.choice('3589')}{RNG.randint(10 ** 8, 10 ** 9 - 1)}" for _ in range(N)]}
    serials = [int(d + f"{RNG.randint(0, 999999):06d}") for d in days]
    found = _entities("t", c01=list(range(1, N + 1)), c02=[RNG.randint(1, 300) for _ in range(N)], c03=serials, **people)
    assert found["c03"] != "ACCOUNT_ID"
    accounts = [RNG.randint(10 ** 13, 10 ** 14 - 1) for _ in range(N)]
    found = _entities("t", c01=list(range(1, N + 1)), c02=[RNG.randint(1, 300) for _ in range(N)], c03=accounts, **people)
    assert found["c03"] == "ACCOUNT_ID"
