"""Classes of Chinese data the zh7 blind run showed (benchmarks/zh7/README.md), each on its own."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.recognizers.phone_number import PhoneNumberRecognizer, column_region
from classifiers.recognizers.street_address import is_street_address
from classifiers.table_view import _whole_days, table_words
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.support import best_entity


def _table(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="t", kind="table", fields=fields), embedded=False)
    return {r.sample.path: (b.entity if (b := r.best()) else None) for r in results}


def test_delivery_and_ride_hailing_people_are_accounts_and_their_business_district_a_place():
    ids = [4728303579 + 7919 * i for i in range(60)] * 2
    assert best_entity("骑手ID", ids) == "ACCOUNT_ID"
    assert best_entity("司机ID", ids) == "ACCOUNT_ID"
    assert best_entity("courier_id", ids) == "ACCOUNT_ID"
    areas = ["国贸CBD", "三里屯", "望京", "陆家嘴", "张江", "科技园"] * 20
    assert best_entity("所在商圈", areas) == "CITY"
    assert best_entity("business_district", areas) == "CITY"


def test_han_table_names_are_read_in_english_and_a_track_is_a_table_of_records():
    assert table_words("骑手轨迹.csv") == ["rider", "trajectory"]
    assert table_words("會員資料.csv")[0] == "member"  # traditional characters too
    assert table_words("订单明细_2024Q4.xlsx")[0] == "order"  # a workbook is named after its file
    # the unique key of a rider's track is the fix's, not the rider's
    rows = 120
    best = _table("骑手轨迹.csv", {
        "轨迹ID": [f"T20241202{i:06d}" for i in range(rows)],
        "骑手姓名": ["王建国", "李娜", "张伟", "刘洋"] * (rows // 4),
        "骑手手机": [f"1391234{i:04d}" for i in range(rows)],
        "顾客地址": [f"杭州市西湖区文三路{i}号" for i in range(rows)],
    })
    assert best["轨迹ID"] is None


def test_an_apps_screen_is_a_page_and_a_clicked_elements_text_is_behaviour():
    screens = ["com.shop.app.ui.MainActivity", "com.shop.app.ui.goods.GoodsDetailActivity", "HomeViewController"] * 30
    assert best_entity("properties.$screen_name", screens) == "VISITED_URL"
    assert best_entity("screen_name", ["jack", "elonmusk", "taylor_swift13", "wang_lei88"] * 30) == "ACCOUNT_ID"
    assert best_entity("properties.$element_content", ["立即购买", "加入购物车", "领取优惠券"] * 30) == "BEHAVIORAL_EVENT"
    # an event's duration is as often the time a service took to handle it (ECS `event.duration`):
    # Sensors' `$event_duration` (time in the app) is left unread
    assert best_entity("event.duration", [3.2, 812.5, 45.0, 120.9, 9.75] * 20) != "ENGAGEMENT_METRIC"


def test_local_numbers_are_read_in_the_region_the_columns_international_numbers_name():
    column = pa.array(["+852 9222 5521", "9222 5521", "92225521", "(852) 6454-8003", "+852 6123 4567"] * 10)
    assert column_region(column) == "HK"
    assert PhoneNumberRecognizer().validate(column).false_count == 0
    # eight bare digits with no country code in the column are no phone numbers
    assert PhoneNumberRecognizer().validate(pa.array(["9222 5521", "20240101", "12345678"])).true_count == 0
    assert best_entity("c07", ["+852 9222 5521", "9222 5521", "6454 8003", "(852) 5476-6731", "+852 6123 4567"] * 20) \
        == "PHONE_NUMBER"


def test_privacy_numbers_with_an_extension_are_phone_numbers():
    relays = ["16726251919转8234", "17012345678,1234", "17198765432转0021", "134****6286"] * 30
    assert best_entity("c15", relays) == "PHONE_NUMBER"


def test_day_first_dates_are_whole_days_and_the_column_decides_the_order():
    assert _whole_days(pa.array(["25/01/1969", "1969年1月25日", "07/03/1962"])).to_pylist()[2].isoformat() == "1962-03-07"
    assert _whole_days(pa.array(["12/31/1990", "01/02/1980"])).to_pylist()[1].isoformat() == "1980-01-02"  # American


def test_full_width_digits_and_letters_in_an_address_are_its_numbers():
    assert is_street_address("上海市乌鲁木齐路１号创业大厦２２栋Ｂ座２１９５")
    assert best_entity("c14", ["上海市乌鲁木齐路１号创业大厦２２栋Ｂ座２１９５", "杭州市长沙路２５１号２６栋Ｃ座２７７４",
                               "北京市永安路210号段家园6栋B座881"] * 30) == "STREET_ADDRESS"
