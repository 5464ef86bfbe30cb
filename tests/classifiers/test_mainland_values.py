"""Mainland value forms met in benchmarks/zh2 and zh3, each a class of values, not a field name."""
from __future__ import annotations

import random

import pytest

from classifiers.recognizers.audio_settings import AudioSettingRecognizer
from classifiers.recognizers.device_model import DeviceModelRecognizer
from classifiers.recognizers.phone_number import PhoneNumberRecognizer, is_phone_number
from tests.classifiers.fields import best_entity, value_signal

_R = random.Random(3)


def test_masked_mainland_mobiles_are_phone_numbers() -> None:
    masked = [f"1{_R.choice('3589')}{_R.randint(0, 9)}****{_R.randint(0, 9999):04d}" for _ in range(50)]
    assert is_phone_number("138****8000") and not is_phone_number("1234****5678")
    assert value_signal(PhoneNumberRecognizer(), masked) is not None
    assert best_entity("lianxi_dianhua", masked) == "PHONE_NUMBER"


def test_chinese_marketing_names_of_phones() -> None:
    names = ["华为 Mate 60 Pro", "小米14", "红米 K70", "荣耀 Magic6", "一加 12", "华为 nova 12"] * 10
    assert value_signal(DeviceModelRecognizer(), names).score >= 0.7
    assert best_entity("shouji_xinghao", names) == "DEVICE_MODEL"


def test_division_codes_under_a_code_name_are_a_place() -> None:
    codes = [_R.choice(["330100", "320500", "500100", "430100", "110000"]) for _ in range(60)]
    assert best_entity("city_code", codes) == "LOCATION"
    assert best_entity("adcode", codes) == "LOCATION"
    assert best_entity("order_code", codes) != "LOCATION"


def test_mini_program_page_paths_are_pages_visited() -> None:
    pages = [_R.choice(["pages/index/index", "pages/goods/detail?id=12", "packageA/pages/live/live"]) for _ in range(60)]
    assert best_entity("page_path", pages) == "VISITED_URL"


@pytest.mark.parametrize("flags", [["是", "否", "否"] * 20, ["开", "关"] * 30])
def test_chinese_yes_and_no_under_a_mute_name(flags: list[str]) -> None:
    assert value_signal(AudioSettingRecognizer(), flags) is not None
    assert best_entity("静音模式", flags) == "AUDIO_SETTING"


def test_full_width_mainland_mobiles_alone() -> None:
    phones = [f"1{_R.choice('3589')}{_R.randint(0, 9)}{_R.randint(0, 99999999):08d}" for _ in range(60)]
    wide = [p.translate(str.maketrans("0123456789", "０１２３４５６７８９")) if i % 2 else p for i, p in enumerate(phones)]
    assert is_phone_number("１３８００１３８０００")
    assert best_entity("c04", wide) == "PHONE_NUMBER"


def test_chinese_names_of_time_zones_alone() -> None:
    zones = [_R.choice(["北京时间", "UTC+8", "Asia/Shanghai", "GMT+08:00", "东八区"]) for _ in range(60)]
    assert best_entity("c17", zones) == "TIME_ZONE"


def test_chinese_audio_outputs_alone() -> None:
    outputs = [_R.choice(["扬声器", "听筒", "蓝牙耳机", "有线耳机", "AirPods Pro", "华为 FreeBuds 5i", "OPPO Enco X2"])
               for _ in range(60)]
    assert best_entity("c21", outputs) == "AUDIO_DEVICE"


def test_battery_level_and_state_in_one_chinese_value() -> None:
    values = [f"电量 {_R.randint(1, 100)}% {_R.choice(['充电中', '未充电', '已充满'])}" for _ in range(60)]
    assert best_entity("c07", values) == "BATTERY_STATE"  # the values alone
    assert best_entity("dianchiZhuangtai", values) == "BATTERY_STATE"


def test_android_network_constants() -> None:
    values = [_R.choice(["NETWORK_WIFI", "NETWORK_4G", "NETWORK_5G", "NETWORK_3G"]) for _ in range(60)]
    assert best_entity("wangluoLeixing", values) == "NETWORK_TYPE"


def test_audio_products_after_their_route() -> None:
    values = [_R.choice(["蓝牙:AirPods Pro", "有线耳机", "蓝牙:华为 FreeBuds 5i", "未连接"]) for _ in range(60)]
    assert best_entity("erjiZhuangtai", values) == "AUDIO_DEVICE"


def test_app_lists_by_display_name_back_a_name_that_says_apps() -> None:
    apps = ["微信", "支付宝", "抖音", "淘宝", "美团", "高德地图", "哔哩哔哩"]
    values = [",".join(_R.sample(apps, _R.randint(3, 6))) for _ in range(60)]
    assert best_entity("yingyongLiebiao", values) == "APP_PACKAGE"  # 应用列表, the app list
    assert best_entity("c07", values) is None  # any list of short words: not alone
    assert best_entity("package", ["com.example.net"] * 30) is None  # a host, still


def test_app_screens_are_pages_visited() -> None:
    screens = [_R.choice(["com.shop.app.ui.HomeActivity", "com.shop.app.live.LiveRoomFragment", "CartViewController"])
               for _ in range(60)]
    assert best_entity("yemianLujing", screens) == "VISITED_URL"  # 页面路径, the page path
    assert best_entity("c03", screens) is None  # classes of an app, not apps


def test_typing_intervals_joined_by_bars() -> None:
    values = ["|".join(str(_R.randint(45, 420)) for _ in range(_R.randint(4, 12))) for _ in range(60)]
    assert best_entity("anjianJiange", values) == "KEYSTROKE_TIMING"  # 按键间隔


def test_division_codes_of_every_level_decide_alone_when_the_standard_lists_them() -> None:
    from classifiers.recognizers.location_approximate import DivisionCodeRecognizer

    listed = ["330106", "330000", "110105", "440305", "510100", "320500", "500112", "420111", "610113", "370202"] * 6
    assert value_signal(DivisionCodeRecognizer(), listed) is not None
    assert best_entity("c12", listed) == "LOCATION"
    assert best_entity("province_code", ["330000", "110000", "440000", "510000"] * 10) == "LOCATION"
    unlisted = [str(_R.randint(110000, 659999)) for _ in range(60)]  # the province digits, no real code
    assert best_entity("c12", unlisted) != "LOCATION"


def test_names_masked_for_display_are_names() -> None:
    plain = [f"{_R.choice('李王张刘陈杨赵黄周吴')}{_R.choice('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超')}" for _ in range(40)]
    names = plain + ["杜**", "欧阳*", "陈*", "刘某", "孙**"] * 4
    assert best_entity("c04", names) == "PERSON"
    masked = ["杜**", "陈*", "刘某", "孙**", "王*", "李**", "赵*", "周某某"] * 6
    assert best_entity("c04", masked) == "PERSON"
    assert best_entity("c04", ["好**", "没*", "还**", "就*"] * 10) != "PERSON"  # no family names
