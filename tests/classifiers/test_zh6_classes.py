"""Classes of Chinese data the zh6 blind run showed (benchmarks/zh6/README.md), each on its own."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.support import best_entity


def _best(path: str, values: pa.Array | list, comment: str | None = None, declared: str | None = None) -> str | None:
    sample = FieldSample(path=path, values=values if isinstance(values, pa.Array) else pa.array(values), comment=comment)
    sample.declared_type = declared
    dataset = DatasetSample(name="dump.sql/public.t_device", source="t", kind="table", fields=[sample])
    best = classify_dataset(dataset, embedded=False)[0].best()
    return best.entity if best else None


def test_an_integer_column_whose_comment_gives_a_legend_is_the_enumeration_it_encodes():
    codes = [0, 0, 1, 2, 2, 0, 1, 0] * 20
    assert _best("hs_type", codes, "耳机类型：0未连接 1有线 2蓝牙", "smallint") == "AUDIO_DEVICE"
    assert _best("net_type", [1, 2, 3, 1, 1, 2] * 20, "网络类型：1-WIFI 2-4G 3-5G", "smallint") == "NETWORK_TYPE"
    # without a legend an integer column is no text-only kind, whatever the comment says
    assert _best("hs_type", codes, "耳机类型", "smallint") != "AUDIO_DEVICE"


def test_a_birthday_kept_as_the_utc_instant_of_a_zone_midnight_is_a_birth_date():
    # Beijing midnight saved by a Java Date / MongoDB: 16:00 UTC the day before
    stamps = pa.array([f"19{y:02d}-0{m}-1{d}T16:00:00Z" for y in range(60, 99) for m in (3, 7) for d in (2, 5)])
    zoned = stamps.cast(pa.timestamp("us", tz="UTC"))
    assert _best("出生日期", zoned) == "DATE_OF_BIRTH"
    assert _best("birthday", stamps) == "DATE_OF_BIRTH"
    # event times at any minute are no birthdays, whatever the name
    events = pa.array([f"2024-0{m}-1{d}T1{h}:{mi:02d}:00Z" for m in (3, 7) for d in (2, 5) for h in range(5) for mi in (7, 41)])
    assert _best("birthday", events) != "DATE_OF_BIRTH"


def test_a_subdistrict_is_a_division_and_a_street_address_an_address():
    towns = ["南苑街道", "西溪街道", "城关镇", "李家街道", "新华街道", "东湖镇"] * 20
    assert best_entity("jiedao", towns) == "REGION"
    assert best_entity("街道", towns) == "REGION"
    streets = ["中山路12号3幢201室", "解放大街88号", "人民路1号院5栋", "建设路77号"] * 20
    assert best_entity("jiedao_dizhi", streets) == "STREET_ADDRESS"


def test_a_city_code_of_telephone_area_codes_is_a_place():
    assert best_entity("citycode", ["0571", "010", "021", "0755", "027", "028", "0731"] * 20) == "LOCATION"
    # area codes alone, under no place name, decide nothing
    assert best_entity("c7", ["0571", "010", "021", "0755", "027", "028", "0731"] * 20) is None


def test_points_of_interest_are_places():
    pois = ["瑞幸咖啡(武汉体育中心店)", "星巴克(杭州东站店)", "深圳火车东站", "人民医院", "盒马鲜生(重庆大学城店)"] * 20
    assert best_entity("poi_name", pois) == "LOCATION"
    assert best_entity("兴趣点", pois) == "LOCATION"


def test_the_measures_of_a_location_fix_are_not_places():
    assert best_entity("location.accuracy", [30, 65, 100, 550, 65, 30] * 20) is None


def test_an_sdk_version_inside_a_system_object_is_no_os_version():
    assert best_entity("system_info.SDKVersion", ["3.4.2", "3.5.6", "3.3.0"] * 20) != "OPERATING_SYSTEM"
    assert best_entity("system_info.system", ["iOS 17.5.1", "Android 14", "HarmonyOS 4.2.0"] * 20) == "OPERATING_SYSTEM"


def test_a_page_stay_is_engagement():
    assert best_entity("stay_ms", [54416, 15925, 300, 180000, 2300] * 20) == "ENGAGEMENT_METRIC"


def test_a_date_stamped_serial_is_no_person_s_key():
    from classifiers.table_view import _date_stamped

    orders = pa.array([202410236066966851 + i * 7_777_777 for i in range(50)])
    assert _date_stamped(orders) and _date_stamped(pa.array([str(v) for v in orders.to_pylist()]))
    assert not _date_stamped(pa.array([808716354 + i for i in range(50)]))  # user ids
    assert not _date_stamped(pa.array(["11010519491231002X", "110105194912310021"]))  # identity numbers


def test_a_java_data_class_is_no_app_package():
    assert best_entity("c21", ["com.shop.user.entity.UserDO"] * 50) is None
    assert best_entity("package", ["com.eg.android.AlipayGphone", "com.tencent.mm", "com.taobao.taobao"] * 20) == "APP_PACKAGE"


def test_chinese_best_selling_earbuds_are_audio_devices():
    names = ["HUAWEI FreeBuds Pro 3", "Xiaomi Buds 4 Pro", "OPPO Enco X2", "漫步者 W820NB", "vivo TWS 3", "QCY T13"] * 20
    assert best_entity("c14", names) == "AUDIO_DEVICE"


def test_screen_sides_of_phones_sold_in_china_pair_up():
    sizes = [(1260, 2720), (1200, 2670), (1260, 2800), (1264, 2780), (1220, 2712), (1080, 2400)] * 20
    fields = {"c08": [w for w, _ in sizes], "c09": [h for _, h in sizes],
              "c01": [f"user{i}@example.com" for i in range(len(sizes))]}
    assert best_entity("c08", fields["c08"], {"c09": fields["c09"], "c01": fields["c01"]}) == "SCREEN_RESOLUTION"


def test_mini_program_events_spelt_in_english_are_behaviour():
    from classifiers.fieldview import FieldView
    from classifiers.neighbours import _actions

    events = ["page_view", "tap_goods", "add_to_cart", "submit_order", "pay_success", "share_app_message",
              "receive_coupon", "enter_live_room", "search"] * 10
    assert _actions(FieldView.of(FieldSample(path="c04", values=pa.array(events))))


def test_a_bare_page_of_page_names_is_where_the_user_was():
    assert best_entity("页面", ["首页", "商品详情页", "购物车", "个人中心", "直播间"] * 20) == "BEHAVIORAL_EVENT"
    assert best_entity("page", [1, 2, 3, 4, 5] * 20) is None  # pagination


def test_the_home_place_of_an_ip_or_a_number_is_a_place():
    # a place by its name; its values are the mainland's cities, which the city vocabulary knows
    # (session 30): LOCATION or CITY, both location.approximate
    assert best_entity("IP归属地", ["浙江杭州", "广东深圳", "北京", "四川成都", "湖北武汉"] * 20) in {"LOCATION", "CITY"}
    assert best_entity("IP归属地", ["浙江", "广东", "北京", "四川", "湖北"] * 20) is not None


def test_explain_shows_why_a_date_stamped_first_column_is_no_person_s_key():
    n = 60
    fields = [FieldSample(path="c01", values=pa.array([202410236066966851 + i * 7_777_777 for i in range(n)])),
              FieldSample(path="c02", values=pa.array(["王芳", "李建国", "张伟", "刘洋", "陈静", "杨磊"] * 10)),
              FieldSample(path="c03", values=pa.array([f"1{3 + i % 6}{i:09d}" for i in range(n)])),
              FieldSample(path="c04", values=pa.array(["11010519491231002X", "440524188001010014"] * 30))]
    first = classify_dataset(DatasetSample(name="export.csv", source="t", kind="csv", fields=fields), embedded=False)[0]
    assert first.best() is None
    serial = [d for d in first.detections if d.entity == "ACCOUNT_ID" and d.recognizer == "table_view"]
    assert serial and serial[0].confidence == 0.0 and "serial number" in serial[0].signals[0].detail
