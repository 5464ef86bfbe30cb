"""Classes of Chinese data the zh19 blind run showed (benchmarks/zh19/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.recognizers.street_address import divisions_only
from datamap.model import DatasetSample, FieldSample

RNG = random.Random(19)
N = 150
APPROXIMATE = {"REGION", "CITY", "LOCATION"}  # the entities of location.approximate
PLACES = ["广东省深圳市", "浙江省杭州市", "北京市北京市", "四川省成都市", "湖北省武汉市", "陕西省西安市"]


def _entities(name: str = "t", comments: dict[str, str] | None = None, types: dict[str, str] | None = None,
              **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=p, values=pa.array(v), comment=(comments or {}).get(p), declared_type=(types or {}).get(p, ""))
              for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def _codes(*codes: int) -> list[int]:
    return [RNG.choice(codes) for _ in range(N)]


def test_where_a_user_came_from_is_no_account():
    """mall's `source_type int(1) COMMENT '用户来源'` (0 PC, 1 app, 2 mini program) and an English
    `user_source`: the source of a user is a channel's code; `source_user_id` (who referred) and
    `member_id` beside them stay accounts."""
    found = _entities("ums_member", comments={"source_type": "用户来源"}, source_type=_codes(0, 1, 2),
                      user_source=_codes(0, 1, 2), source_user_id=[RNG.randint(1000, 99999) for _ in range(N)],
                      member_id=[RNG.randint(1, 300) for _ in range(N)])
    assert found["source_type"] != "ACCOUNT_ID"
    assert found["user_source"] != "ACCOUNT_ID"
    assert found["source_user_id"] == "ACCOUNT_ID"
    assert found["member_id"] == "ACCOUNT_ID"


def test_a_user_groups_number_is_the_groups():
    """yudao's `group_id` commented 用户分组编号 (user-group number): 分组 is a group, whose number
    is no user's; 用户编号 is still the user's."""
    found = _entities("member_user", comments={"group_id": "用户分组编号", "user_id": "用户编号"},
                      group_id=_codes(1, 2, 3), user_id=[RNG.randint(1, 5000) for _ in range(N)])
    assert found["group_id"] != "ACCOUNT_ID"
    assert found["user_id"] == "ACCOUNT_ID"


def test_an_administrators_id_is_an_account():
    """mall's `ums_admin_login_log.admin_id` (no comment): the back-office user who logged in."""
    assert _entities("ums_admin_login_log", admin_id=_codes(1, 3, 4, 6, 7, 8))["admin_id"] == "ACCOUNT_ID"


def test_the_kind_of_an_order_or_an_invoice_is_no_role():
    """mall's `order_type` (订单类型：0->正常订单；1->秒杀订单) and `bill_type` (发票类型：0->不开发票；
    1->电子发票；2->纸质发票): the legend says type twice, of an order and an invoice, not of a user;
    a `user_type` beside them stays the role."""
    found = _entities("oms_order", comments={"order_type": "订单类型：0->正常订单；1->秒杀订单",
                                             "bill_type": "发票类型：0->不开发票；1->电子发票；2->纸质发票"},
                      order_type=_codes(0, 0, 1), bill_type=_codes(0, 1, 2),
                      user_type=[RNG.choice(["买家", "商家", "主播"]) for _ in range(N)])
    assert found["order_type"] != "USER_ROLE"
    assert found["bill_type"] != "USER_ROLE"
    assert found["user_type"] == "USER_ROLE"


def test_a_parcels_tracking_number_is_no_device_serial():
    """mall's `delivery_sn` (物流单号 `SF1234567890123`, `JDV…`): a courier's number for a parcel;
    a `device_sn` of the same shape stays a device's serial."""
    numbers = [RNG.choice(["SF", "YT", "ZT", "JDV"]) + str(RNG.randint(10 ** 12, 10 ** 13 - 1)) for _ in range(N)]
    found = _entities("oms_order", comments={"delivery_sn": "物流单号"}, delivery_sn=numbers, express_no=numbers)
    assert found["delivery_sn"] != "DEVICE_ID"
    assert found["express_no"] != "DEVICE_ID"
    serials = ["R58M" + "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7)) for _ in range(N)]
    assert _entities("devices", device_sn=serials)["device_sn"] == "DEVICE_ID"


def test_an_os_major_version_kept_as_an_integer_is_the_system():
    """DataFinder's user list 操作系统版本 (`12`, `13`, `14`, read from CSV as int64) and an
    `os_version` INT column: the name decides though the type is a number; an `app_version`
    integer is still none."""
    found = _entities("DataFinder用户列表.csv", types={"操作系统版本": "int64", "os_version": "INT", "app_version": "int64"},
                      **{"操作系统版本": _codes(12, 13, 14)}, os_version=_codes(12, 13, 14), app_version=_codes(520, 531))
    assert found["操作系统版本"] == "OPERATING_SYSTEM"
    assert found["os_version"] == "OPERATING_SYSTEM"
    assert found["app_version"] is None


def test_an_address_of_provinces_and_cities_alone_is_a_place():
    """mall's `ums_admin_login_log.address` (`广东省深圳市`: where an IP lookup placed a login) has no
    street or number: an approximate place, also named `login_address`; a column of full
    addresses stays a postal address."""
    places = [RNG.choice(PLACES + [None]) for _ in range(N)]
    full = [RNG.choice(PLACES) + RNG.choice(["南山区科技园南路", "西湖区文三路"]) + f"{RNG.randint(1, 300)}号" for _ in range(N)]
    found = _entities("ums_admin_login_log", address=places, login_address=places, receiver_address=full)
    assert found["address"] in APPROXIMATE
    assert found["login_address"] in APPROXIMATE
    assert found["receiver_address"] == "STREET_ADDRESS"
    assert divisions_only(pa.array(["浙江省 杭州市 西湖区", "北京市", "广西壮族自治区南宁市"]))
    assert not divisions_only(pa.array(["阳光花园3栋", "北京市海淀区中关村大街27号"]))


def test_a_table_named_for_its_people_keeps_their_login_ips():
    """Values alone, yudao's `member_user` (columns renamed): a table named for its people that
    keeps each one's registration and last login IP is still a table of people, so its unique
    key is their account and its midnight timestamps from decades ago their birth dates; an
    `events` table with the same columns keeps records, and its key is the record's."""
    ids = list(range(247, 247 + N))
    ips = [f"{RNG.randint(1, 223)}.{RNG.randint(0, 255)}.{RNG.randint(0, 255)}.{RNG.randint(1, 254)}" for _ in range(N)]
    born = [None if RNG.random() < 0.4 else f"{RNG.randint(1960, 2005)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d} 00:00:00"
            for _ in range(N)]
    births = pa.array(born).cast(pa.timestamp("us"))
    phones = [f"1{RNG.choice('3589')}{RNG.randint(0, 999999999):09d}" for _ in range(N)]

    def found(table: str) -> dict[str, str | None]:
        fields = [FieldSample(path="c01", values=pa.array(ids)), FieldSample(path="c02", values=births),
                  FieldSample(path="c03", values=pa.array(phones)), FieldSample(path="c04", values=pa.array(ips))]
        results = classify_dataset(DatasetSample(name=table, source=table, kind="table", fields=fields), embedded=False)
        return {r.sample.path: (r.best().entity if r.best() else None) for r in results}

    people = found("member_user.csv")
    assert people["c01"] == "ACCOUNT_ID"
    assert people["c02"] == "DATE_OF_BIRTH"
    assert people["c04"] == "IP_ADDRESS"
    assert found("login_events.csv")["c01"] != "ACCOUNT_ID"


def test_what_an_invoice_lists_is_no_users_text():
    """mall's `bill_content` (发票内容: `明细`, `办公用品`): the wording an invoice lists, picked from
    the seller's few; the order's `note` (订单备注) beside it, with the receiver's phone, stays the
    buyer's text."""
    notes = [RNG.choice(["请尽快发货", "不要放快递柜，送到家门口", "送人的，不要放发票", "工作日白天不在家，周末送",
                         "麻烦帮忙检查一下包装，上次收到的盒子破了", "能不能发顺丰？加钱也可以", "电话打不通请发短信"])
             + RNG.choice(["", "，谢谢", "！", "～"]) + RNG.choice(["", f"我{RNG.randint(2, 9)}点以后在家", "到了打我电话",
                                                               "老顾客了", "上次的赠品没收到"])
             for _ in range(N)]
    found = _entities("oms_order", comments={"bill_content": "发票内容", "note": "订单备注"},
                      bill_content=[RNG.choice(["明细", "明细", "办公用品", None]) for _ in range(N)], note=notes,
                      invoice_content=[RNG.choice(["明细", "办公用品"]) for _ in range(N)],
                      receiver_phone=[f"1{RNG.choice('3589')}{RNG.randint(0, 999999999):09d}" for _ in range(N)])
    assert found["bill_content"] != "USER_CONTENT"
    assert found["invoice_content"] != "USER_CONTENT"
    assert found["note"] == "USER_CONTENT"
