"""Classes of Chinese data the zh26 blind run showed (benchmarks/zh26/README.md), each on its own:
a PHP shop (ShopXO), a JT/T 808 vehicle-terminal server, a Spring Cloud admin framework (pig)."""
from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta, timezone

from datamap.model import FieldSample
from tests.classifiers.fields import sql_column as _column, mainland_mobiles, table_entities as _entities

RNG = random.Random(26)
BEIJING = timezone(timedelta(hours=8))
PHONES = mainland_mobiles(RNG, 400)


def _digest() -> str:
    return hashlib.md5(str(RNG.random()).encode()).hexdigest()


def _sms_log(n: int, **extra: tuple[list, str]) -> dict[str, str | None]:
    """ShopXO's `sxo_sms_log` of `n` messages and the extra columns (values, comment)."""
    fields = [_column("id", list(range(1, n + 1)), "自增id"), _column("mobile", PHONES[:n], "手机号码")]
    fields += [_column(path, values, comment) for path, (values, comment) in extra.items()]
    return _entities("shopxo.sql/sxo_sms_log", *fields)


def test_one_text_on_every_row_is_no_one_s_writing():
    """ShopXO's SMS log `sign_name` 短信签名 holds the shop's own signature, `ShopXO`, on all 200
    messages: the sender's name, no one's writing (a name with 签名 reads as a signature, which
    people write). A signature people wrote, each their own, stays content."""
    n = 200
    found = _sms_log(n, sign_name=(["ShopXO"] * n, "短信签名"))
    assert found["sign_name"] != "USER_CONTENT"
    mottos = ["生活就是购物~", "潮流时尚，品质生活", "享受生活每一天", "今天也要加油鸭", "认真生活，慢慢变好", "心若向阳，无畏悲伤",
              "做自己的太阳", "平凡的日子也要闪闪发光"]
    found = _entities("shopxo.sql/sxo_user", _column("id", list(range(1, n + 1)), "自增id"),
                      _column("signature", [RNG.choice(mottos) + str(i % 7 or "") for i in range(n)], "个性签名"))
    assert found["signature"] == "USER_CONTENT"


def test_a_cloud_api_host_is_called_not_visited():
    """The `request_url` 请求接口地址 of an SMS log is Aliyun's SMS API, `https://dysmsapi.aliyuncs.com/`
    (WeCom's `qyapi.weixin.qq.com`, DingTalk's `oapi.dingtalk.com` alike): a host whose first label
    ends in `api` is an API the server calls, no page a person opened. Pages stay visits."""
    n = 200
    found = _sms_log(n, request_url=([RNG.choice(["https://dysmsapi.aliyuncs.com/", "https://qyapi.weixin.qq.com/cgi-bin/message/send",
                                                  "https://oapi.dingtalk.com/robot/send"]) for _ in range(n)], "请求接口地址"))
    assert found["request_url"] != "VISITED_URL"
    pages = [f"https://shop.example.cn/goods/{RNG.randint(1, 500)}.html" for _ in range(n)]
    assert _sms_log(n, request_url=(pages, "请求地址"))["request_url"] == "VISITED_URL"


def test_an_oschina_id_is_the_user_s_account():
    """pig's `sys_user.osc_id` 开源中国标识: the user's id on OSChina, mostly empty, a few numbers:
    the comment names the platform whose account it is, as 码云标识 (Gitee) and 企业微信标识 do."""
    n = 80
    ids = [str(RNG.randint(1000000, 9999999)) if i % 12 == 0 else None for i in range(n)]
    found = _entities("pig.sql/sys_user", _column("user_id", list(range(1, n + 1)), "用户ID"),
                      _column("username", [f"user{i}" for i in range(n)], "用户名"), _column("osc_id", ids, "开源中国标识"))
    assert found["osc_id"] == "ACCOUNT_ID"


def _track(n: int, plates: bool) -> list[FieldSample]:
    """A JT/T 808 position table with names saying nothing: a terminal's SIM number, the time, then
    longitude and latitude in whole millionths of a degree (121740204 for 121.740204) around Hangzhou."""
    start = datetime(2026, 6, 3, 8, tzinfo=BEIJING)
    fields = [_column("c01", [RNG.randint(1, 150) for _ in range(n)]),
              _column("c02", [f"{start + timedelta(seconds=37 * i):%Y-%m-%d %H:%M:%S}" for i in range(n)]),
              _column("c03", [int(f"1064{RNG.randint(10 ** 8, 10 ** 9 - 1)}") for _ in range(n)]),
              _column("c04", [RNG.randint(120030000, 120230000) for _ in range(n)]),
              _column("c05", [RNG.randint(30160000, 30360000) for _ in range(n)]),
              _column("c06", [RNG.randint(0, 1200) for _ in range(n)])]
    if plates:
        fields.insert(1, _column("c00", [f"浙A{RNG.choice('0123456789DF')}{RNG.randint(1000, 9999)}" for _ in range(n)]))
    return fields


def test_whole_millionths_of_a_degree_side_by_side_are_a_position():
    """JT/T 808 terminals report positions as integers of millionths of a degree; two adjacent
    columns of such numbers, one within +-90 degrees and far from the other, are a latitude and
    a longitude, as a pair of fine decimal degrees is. Runs of keys (1000100 … 1000300) are none."""
    found = _entities("location.csv", *_track(300, plates=False))
    assert found["c04"] == "GPS_COORDINATE" and found["c05"] == "GPS_COORDINATE"
    keys = _entities("orders.csv", _column("c01", list(range(1000100, 1000400))),
                     _column("c02", list(range(31000100, 31000400))), _column("c03", ["已支付"] * 300))
    assert keys["c01"] != "GPS_COORDINATE" and keys["c02"] != "GPS_COORDINATE"
    # nor is a random 8-digit key beside a latitude in decimals: a partner writes its degrees alike
    beside = _entities("locations.csv", _column("c01", [RNG.randint(10 ** 7, 10 ** 8 - 1) for _ in range(300)]),
                       _column("c02", [round(RNG.uniform(25, 45), 6) for _ in range(300)]),
                       _column("c03", [round(RNG.uniform(-120, -75), 6) for _ in range(300)]))
    assert beside["c01"] != "GPS_COORDINATE" and beside["c02"] == "GPS_COORDINATE"


def test_a_table_of_licence_plates_is_a_fleet_s_positions():
    """jt808-server's `device_status`: each vehicle's last position beside its plate (`浙A8BT12`),
    unique over the rows. A plate is no name of a place (as a station's is): the vehicles move,
    and where they were is where their drivers drove them."""
    fields = _track(150, plates=True)
    for i, field in enumerate(fields):  # the position in decimal degrees, as a fleet's export writes it
        if field.path in ("c04", "c05"):
            fields[i] = _column(field.path, [round(v / 1e6, 6) for v in field.values.to_pylist()])
    found = _entities("device_status.csv", *fields)
    assert found["c04"] == "GPS_COORDINATE" and found["c05"] == "GPS_COORDINATE"


def test_a_web_service_s_stored_upload_is_no_file_of_the_device():
    """pig's avatars `/admin/sys-file/local/2a14….png`: the service stores each upload under a digest
    it made and serves it behind a URL path: no file on the user's device. A photo's path on the
    phone stays one."""
    n = 60
    found = _entities("sys_user.csv", _column("c01", list(range(1, n + 1))), _column("c02", PHONES[:n]),
                      _column("c03", [f"/admin/sys-file/local/{_digest()}.png" for _ in range(n)]))
    assert found["c03"] != "FILE_NAME"
    photos = [f"/storage/emulated/0/DCIM/Camera/IMG_2026060{RNG.randint(1, 9)}_{RNG.randint(100000, 235959)}.jpg" for _ in range(n)]
    found = _entities("uploads.csv", _column("c01", list(range(1, n + 1))), _column("c02", PHONES[:n]), _column("c03", photos))
    assert found["c03"] == "FILE_NAME"


def test_unix_times_of_beijing_midnight_in_a_people_table_are_birth_dates():
    """ShopXO's `sxo_user.birthday int`: the day as a Unix time of its midnight in Beijing (16:00 UTC
    the day before), 0 where none was given, beside mobiles and e-mails. Times of sign-ups have
    their minutes and seconds, and stay times."""
    n = 300
    born = [int(datetime(RNG.randint(1960, 2008), RNG.randint(1, 12), RNG.randint(1, 28), tzinfo=BEIJING).timestamp())
            if RNG.random() < 0.5 else 0 for _ in range(n)]
    joined = [int(datetime(2025, 1, 1, tzinfo=BEIJING).timestamp()) + RNG.randint(0, 300 * 86400) for _ in range(n)]
    fields = [_column("c01", list(range(1, n + 1))), _column("c02", PHONES[:n]),
              _column("c03", [f"u{i}@qq.com" for i in range(n)]), _column("c04", born), _column("c05", joined)]
    found = _entities("sxo_user.csv", *fields)
    assert found["c04"] == "DATE_OF_BIRTH"
    assert found["c05"] != "DATE_OF_BIRTH"


def test_a_member_list_s_stock_remarks_are_the_staff_s_filing():
    """zh7's Hong Kong member list: `備註` holds a handful of the back office's phrases (`投訴跟進中`,
    `客戶要求以WhatsApp聯絡`), each on dozens of members: picked from a list, no one's writing. Remarks
    that differ from member to member stay content."""
    n = 260
    stock = ["請於辦公時間送貨", "已轉用電子月結單", "客戶要求以WhatsApp聯絡", "舊會員，由實體店轉入", "生日月份送優惠券", "投訴跟進中"]
    members = [_column("會員編號", [f"HK{100000 + i}" for i in range(n)]), _column("手提電話", PHONES[:n])]
    found = _entities("會員資料.csv", *members, _column("備註", [RNG.choice(stock) for _ in range(n)]))
    assert found["備註"] != "USER_CONTENT"
    own = [f"{RNG.choice(['週末', '平日', '下午'])}送貨，{RNG.choice(['請先致電', '放管理處', '交給門衛'])}{i}號" for i in range(n)]
    found = _entities("會員資料.csv", *members, _column("備註", own))
    assert found["備註"] == "USER_CONTENT"


def test_a_broker_login_is_a_machine_s_not_a_person_s():
    """FastBee's products: `mqtt_account` mqtt账号 `FastBee`, the login its devices connect to the
    MQTT broker with: a machine's credential, no person's account. A user's login stays one."""
    n = 30
    found = _entities("fastbee.sql/iot_product", _column("product_id", list(range(41, 41 + n)), "产品ID"),
                      _column("mqtt_account", [RNG.choice(["FastBee", "wumei-smart"]) for _ in range(n)], "mqtt账号"),
                      _column("user_account", [f"user{RNG.randint(1, 99)}" for _ in range(n)], "用户账号"))
    assert found["mqtt_account"] != "ACCOUNT_ID"
    assert found["user_account"] == "ACCOUNT_ID"


def test_chinese_phones_screens_side_by_side_are_screen_sizes():
    """zh22's Sensors events, values alone: `$screen_width`, `$screen_height` of Huawei's nova 12
    (1084 x 2412) and Honor's 90 GT (1200 x 2664) beside Xiaomi's and vivo's: known phones' screens,
    row by row, beside a person's phone number."""
    n = 120
    sizes = [RNG.choice([(1084, 2412), (1200, 2664), (1200, 2670), (1260, 2800)]) for _ in range(n)]
    found = _entities("events.csv", _column("c01", PHONES[:n]), _column("c02", [w for w, _ in sizes]),
                      _column("c03", [h for _, h in sizes]))
    assert found["c02"] == "SCREEN_RESOLUTION" and found["c03"] == "SCREEN_RESOLUTION"


def _bank_cards(folder, owners: list[int]) -> None:
    """app-admin's bank cards under opaque names: the card's own key 1..N, then its owner's sparse
    user id, the bank, a UnionPay number and the holder's name."""
    import csv

    from stdnum import luhn
    holders = [s + g for s in "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗" for g in ("秀英", "建华", "丽娟", "志强", "海燕", "国平", "晓东", "桂兰")]
    with (folder / "bank_cards.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["c01", "c02", "c03", "c04", "c05"])
        for i, owner in enumerate(owners, start=1):
            body = f"62{RNG.randint(10 ** 15, 10 ** 16 - 1)}"
            writer.writerow([i, owner, RNG.choice(["建设银行", "工商银行", "招商银行"]), body + luhn.calc_check_digit(body),
                             RNG.choice(holders)])


def test_things_of_another_table_s_people_are_numbered_by_their_own_key(tmp_path):
    """Values alone: bank cards whose second column holds the sparse ids of 100 of a people table's
    users (1000100 …), a card's number and a holder's name beside them. The rows are the users'
    cards: the card's own key 1..150 is no person's account, the owner's id is."""
    from tests.inventory.test_references24 import _best, _people, _results
    ids = sorted(RNG.sample(range(1000100, 1900000), 200))
    _people(tmp_path, "users", ids)
    owners = RNG.sample(ids, 100)
    _bank_cards(tmp_path, [RNG.choice(owners) for _ in range(150)])
    cards = _results(tmp_path)["bank_cards"]
    assert _best(cards, "c02") == "ACCOUNT_ID"
    assert _best(cards, "c01") != "ACCOUNT_ID"



def test_an_audit_column_of_a_few_staff_says_nothing_of_whose_rows(tmp_path):
    """Members whose column holds the ids of 14 of the staff table's people (who keyed them
    in): the members are not thereby the staff's things; their own key stays their account."""
    from tests.inventory.test_references24 import _best, _people, _results
    staff = sorted(RNG.sample(range(1000100, 1900000), 40))
    _people(tmp_path, "staff", staff)
    keyed_by = staff[::3]  # 14 of the 40 staff, across their ids
    import csv
    with (tmp_path / "members.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["c01", "c02", "c03", "c04"])
        for i in range(1, 151):
            writer.writerow([i, RNG.choice(keyed_by), PHONES[i], f"m{i}@qq.com"])
    members = _results(tmp_path)["members"]
    assert _best(members, "c01") == "ACCOUNT_ID"


def test_a_buyer_s_order_note_from_a_few_phrases_stays_the_buyer_s():
    """mall's `oms_order.note` 订单备注: what buyers type to the shop (`请尽快发货`, `送人的，不要放发票`), a
    few phrases over many orders: a note is the buyer's; only a `remark` is the back office's filing."""
    n = 300
    notes = ["请尽快发货", "不要放快递柜，送到家门口", "送人的，不要放发票", "工作日白天不在家，周末送"]
    found = _entities("mall.sql/oms_order", _column("id", list(range(1, n + 1)), "订单id"),
                      _column("receiver_phone", PHONES[:n], "收货人电话"),
                      _column("note", [RNG.choice(notes) for _ in range(n)], "订单备注"))
    assert found["note"] == "USER_CONTENT"
    # likeshop's `user_remark` 用户备注: a remark whose name says the buyer wrote it
    found = _entities("likeshop.sql/ls_order", _column("id", list(range(1, n + 1)), "订单id"),
                      _column("mobile", PHONES[:n], "手机"),
                      _column("user_remark", [RNG.choice(notes) for _ in range(n)], "用户备注"))
    assert found["user_remark"] == "USER_CONTENT"


def test_degrees_columns_apart_beside_integer_keys_stay_a_pair():
    """chat_server's event records (zh20), values alone: `location_lat` and, columns later,
    `location_lng` in decimals, beside integer ids of a position's size (`user_id` 10000001 …):
    the table's only two columns of decimal degrees; integer columns are counted with integers."""
    n = 200
    fields = [_column("c01", list(range(1, n + 1))), _column("c02", [RNG.randint(10 ** 7, 10 ** 8 - 1) for _ in range(n)]),
              _column("c03", [RNG.randint(10 ** 7, 10 ** 8 - 1) for _ in range(n)]),
              _column("c04", [round(RNG.uniform(22.4, 22.7), 6) for _ in range(n)]),
              _column("c05", [RNG.choice(["android", "ios"]) for _ in range(n)]),
              _column("c06", [RNG.choice(["huawei", "xiaomi", "oppo"]) for _ in range(n)]),
              _column("c07", [round(RNG.uniform(113.8, 114.1), 6) for _ in range(n)])]
    found = _entities("dot_event_record.csv", *fields)
    assert found["c04"] == "GPS_COORDINATE" and found["c07"] == "GPS_COORDINATE"
