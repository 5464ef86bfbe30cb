"""Classes of Chinese data the zh23 blind run showed (benchmarks/zh23/README.md), each on its own."""
from __future__ import annotations

import random

from tests.classifiers.support import classify_table

RNG = random.Random(23)
N = 150
CITY_CODES = ["330100", "440300", "510100", "420100", "610100", "320500"]


def _hex(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def test_a_windows_width_and_height_are_the_screens():
    """uni-app's `window_width`/`window_height` (设备窗口宽度, the app's viewport in logical pixels),
    as a browser's `innerWidth`: the screen's size as the app sees it, no window of time."""
    found = classify_table("opendb-device", {
        "window_width": [RNG.choice([360, 393, 412]) for _ in range(N)],
        "window_height": [RNG.randint(760, 830) for _ in range(N)],
        "innerHeight": [RNG.randint(600, 900) for _ in range(N)],
        "reengagement_window": [RNG.choice([7, 30, 90]) for _ in range(N)]})
    assert found["window_width"] == "SCREEN_RESOLUTION"
    assert found["window_height"] == "SCREEN_RESOLUTION"
    assert found["innerHeight"] == "SCREEN_RESOLUTION"
    assert found["reengagement_window"] is None


def test_a_coded_device_os_is_the_system():
    """uni统计's `device_os` 设备系统编号 (1: Android, 2: iOS, 3: PC) and an `os_type` kept as an
    integer (a JSON export's or a table's integer column, no legend beside it): the system, coded,
    as `os_version` kept as one is its version."""
    found = classify_table("uni-stat-event-logs", {"device_os": [RNG.choice([1, 1, 2]) for _ in range(N)],
                                                   "os_type": [RNG.choice([1, 2]) for _ in range(N)],
                                                   "page_count": [RNG.randint(1, 3) for _ in range(N)]},
                           types={"device_os": "BIGINT", "os_type": "TINYINT", "page_count": "BIGINT"})
    assert found["device_os"] == "OPERATING_SYSTEM"
    assert found["os_type"] == "OPERATING_SYSTEM"
    assert found["page_count"] is None


def test_who_cancelled_is_no_mobile_operator():
    """A trip's `cancel_operator` 订单撤销发起者 (1: the passenger, 2: the driver): the party that
    acted, as `create_operator` is; a `sim_operator` of 中国移动 stays the carrier."""
    found = classify_table("order_info", {
        "cancel_operator": [RNG.choice([1, 2, None, None]) for _ in range(N)],
        "update_operator": [RNG.choice(["admin", "ry", "运营小王"]) for _ in range(N)],
        "sim_operator": [RNG.choice(["中国移动", "中国联通", "中国电信"]) for _ in range(N)]},
        comments={"cancel_operator": "订单撤销发起者"})
    assert found["cancel_operator"] is None
    assert found["update_operator"] != "MOBILE_CARRIER"
    assert found["sim_operator"] == "MOBILE_CARRIER"


def test_a_kind_of_cancellation_is_no_users_role():
    """`cancel_type_code` 撤销类型代码：1乘客提前撤销，2驾驶员提前撤销…: the legend names the party
    that cancelled, but the column is the kind of cancellation, no role anyone registered as."""
    legend = "撤销类型代码：1乘客提前撤销，2驾驶员提前撤销，3平台公司撤销，4乘客违约撤销，5驾驶员违约撤销"
    found = classify_table("order_info", {"cancel_type_code": [RNG.choice([1, 2, 3, 4, 5]) for _ in range(N)],
                                          "refund_type": [RNG.choice(["原路退回", "退回余额"]) for _ in range(N)],
                                          "user_type": [RNG.choice(["乘客", "司机"]) for _ in range(N)]},
                           comments={"cancel_type_code": legend, "user_type": "用户类型"})
    assert found["cancel_type_code"] is None
    assert found["refund_type"] is None
    assert found["user_type"] == "USER_ROLE"


def test_division_codes_under_an_address_name_are_the_place():
    """online-taxi-public's `order_info.address` 订单所在地 holds the city's GB/T 2260 code (`420100`):
    a region, coded, however few cities the orders came from; no one's postal address. A street
    line under the same name stays an address."""
    found = classify_table("order_info", {
        "address": [RNG.choice(CITY_CODES) for _ in range(N)],
        "departure": [f"湖北省武汉市洪山区珞喻路{RNG.randint(1, 900)}号" for _ in range(N)]},
        comments={"address": "订单所在地", "departure": "出发地具体地址"})
    assert found["address"] == "LOCATION"
    assert found["departure"] == "STREET_ADDRESS"
    plain = classify_table("driver_user", {"address": [RNG.choice(CITY_CODES) for _ in range(N)]})
    assert plain["address"] == "LOCATION"


def test_a_devices_vendor_beside_its_model_is_the_maker():
    """uni-id's `opendb-device.vendor` (设备厂商: `huawei`, `xiaomi`, `apple`, as uni-app's
    getSystemInfo reports them) beside the device's `model`: the maker of that model, as `brand`
    beside it is. A vendor of software or of components (`Dell Inc.` in a BIOS record, beside no
    model) stays no device's."""
    makers = ["huawei", "xiaomi", "oppo", "vivo", "honor", "apple", "oneplus"]
    found = classify_table("opendb-device", {"device_id": [_hex(32).upper() for _ in range(N)],
                                             "vendor": [RNG.choice(makers) for _ in range(N)],
                                             "model": [RNG.choice(["ALN-AL00", "PHZ110", "V2309A", "iPhone15,2"]) for _ in range(N)]})
    assert found["vendor"] == "DEVICE_MODEL"
    bios = classify_table("dmidecode", {"Vendor": [RNG.choice(["Dell Inc.", "LENOVO", "HP"]) for _ in range(N)],
                                        "Version": [f"1.{RNG.randint(0, 20)}.{RNG.randint(0, 9)}" for _ in range(N)],
                                        "Release Date": ["03/14/2023"] * N})
    assert bios["Vendor"] is None


def test_a_trips_six_points_are_places_by_their_values():
    """online-taxi-public's `order_info` keeps six points of a ride (departure, destination, the car
    when it took the order, where it set out, pick-up, drop-off) as strings: columns named `c01`…
    still pair up, latitudes and longitudes of one region. Six columns of fine shares of one
    quantity (a county's percentages) stay figures."""
    columns: dict[str, list] = {}
    for i in range(6):
        columns[f"c{2 * i + 1:02d}"] = [f"{114.3 + RNG.uniform(-0.1, 0.1):.6f}" for _ in range(N)]
        columns[f"c{2 * i + 2:02d}"] = [f"{30.55 + RNG.uniform(-0.1, 0.1):.6f}" for _ in range(N)]
    found = classify_table("order_info", columns)
    assert set(found.values()) == {"GPS_COORDINATE"}
    shares = {f"c{i + 1:02d}": [f"{base + RNG.uniform(-5, 5):.4f}" for _ in range(N)]
              for i, base in enumerate([12.0, 35.0, 48.0, 61.0, 22.0, 74.0])}
    assert set(classify_table("county_stats", shares).values()) == {None}
