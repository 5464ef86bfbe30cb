"""Classes of Chinese data the zh12 blind run showed (benchmarks/zh12/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.flatten import fields_from_table, json_scalar_text
from datamap.model import DatasetSample, FieldSample
from inventory.logformats import detect, parse_lines

RNG = random.Random(12)
NAMES = ["张伟", "欧阳娜", "买买提·艾力", "王芳", "李强", "司马光明", "刘洋", "陈静", "赵丽", "孙浩"]


def _entities(name: str = "t", **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def _hex(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def test_android_build_version_properties_are_the_system():
    n = 40
    found = _entities("device_props", **{
        "props.ro.build.version.release": [RNG.choice(["14", "13", "12"]) for _ in range(n)],
        "props.ro.build.version.sdk": [RNG.choice(["34", "33", "31"]) for _ in range(n)],
        "props.ro.build.version.emui": ["EmotionUI_14.2.0"] * n,
        "props.ro.build.display.id": [RNG.choice(["ALN-AL00 4.2.0.120(C00E110R5P3)", "UP1A.231005.007"]) for _ in range(n)],
        "props.ro.miui.ui.version.name": [RNG.choice(["V140", "V816"]) for _ in range(n)],
        # an app's own build numbers are no system's
        "app.build.version.code": [RNG.choice(["620", "621"]) for _ in range(n)],
    })
    for path in ("props.ro.build.version.release", "props.ro.build.version.sdk", "props.ro.build.version.emui",
                 "props.ro.build.display.id", "props.ro.miui.ui.version.name"):
        assert found[path] == "OPERATING_SYSTEM", path
    assert found["app.build.version.code"] != "OPERATING_SYSTEM"


def test_wm_size_output_is_a_screen_resolution():
    found = _entities(**{"dumpsys.wm_size": [f"Physical size: {RNG.choice(['1260x2720', '1080x2400'])}" for _ in range(30)]})
    assert found["dumpsys.wm_size"] == "SCREEN_RESOLUTION"


def test_ages_in_chinese_units():
    ages = [RNG.choice(["37岁", "8月", "15天", "1岁3个月", "62岁", "5岁"]) for _ in range(40)]
    assert _entities(年龄=ages)["年龄"] == "AGE"


def test_insurance_card_numbers_are_government_ids_and_a_waybills_people_are_people():
    n = 40
    found = _entities("waybill", 医保卡号=[RNG.choice("ABGK") + str(RNG.randrange(10**7, 10**8)) for _ in range(n)],
                      寄件人=[RNG.choice(NAMES) for _ in range(n)], 快递员=[RNG.choice(NAMES[:4]) for _ in range(n)])
    assert found["医保卡号"] == "GOVERNMENT_ID"
    assert found["寄件人"] == "PERSON" and found["快递员"] == "PERSON"


def test_json_values_of_mixed_types_are_read_as_their_scalars():
    # AMap writes `[]` where a value is missing (a municipality's `city`): DuckDB hands the field
    # over as JSON text
    text = pa.array(['"杭州市"', "[]", None, '"成都市"', "12"])
    assert json_scalar_text(text).to_pylist() == ["杭州市", None, None, "成都市", "12"]
    assert json_scalar_text(pa.array(["abc", "[]"])) is None  # not all JSON
    assert json_scalar_text(pa.array(['"a"', '"b"'])) is None  # all quoted: no mixed field
    cities = ['"杭州市"', "[]", '"西安市"', '"成都市"', '"深圳市"', '"武汉市"']
    table = pa.table({"addressComponent": pa.array([{"city": RNG.choice(cities)} for _ in range(60)])})
    fields = fields_from_table(table)
    assert set(fields[0].values.to_pylist()) <= {"杭州市", "西安市", "成都市", "深圳市", "武汉市"}
    results = classify_dataset(DatasetSample(name="amap", source="amap", kind="ndjson", fields=fields), embedded=False)
    assert results[0].best().entity == "CITY"


def test_township_codes_and_millisecond_zone_offsets():
    n = 40
    found = _entities(**{"addressComponent.towncode": [RNG.choice(["330106109000", "510104020000", "440305007000"]) for _ in range(n)],
                         "tz": [28800000] * n, "bad_tz": [12345678] * n})
    assert found["addressComponent.towncode"] == "LOCATION"
    assert found["tz"] == "TIME_ZONE"
    assert found["bad_tz"] != "TIME_ZONE"  # no whole quarter hour


def test_a_headset_under_a_device_key_is_no_device_model():
    heads = [RNG.choice(["HUAWEI FreeBuds Pro 3", "AirPods Pro", "Xiaomi Buds 4 Pro", "OPPO Enco X2"]) for _ in range(30)]
    found = _entities(**{"音频管理.设备": heads, "设备信息.型号": [RNG.choice(["ALN-AL00", "V2309A", "PHZ110"]) for _ in range(30)]})
    assert found["音频管理.设备"] == "AUDIO_DEVICE"
    assert found["设备信息.型号"] == "DEVICE_MODEL"


def test_logcat_json_bodies_are_fields_and_a_han_push_loggers_token_a_device_id():
    lines = []
    for i in range(12):
        lines.append(f'12-16 08:01:5{i % 10}.698 21034 21071 D OkHttp  : {{"phone": "1380013{i:04d}", "deviceId": "{_hex(16)}"}}')
        lines.append(f"12-16 08:02:0{i % 10}.108 21034 21085 I 推送服务    : 华为推送注册成功 token={_hex(32)}")
    parsed = parse_lines(lines, detect(lines))
    assert parsed.format == "logcat"
    fields = {f.path: f for f in parsed.fields}
    assert "fields.deviceId" in fields and "fields.phone" in fields
    found = {r.sample.path: (r.best().entity if r.best() else None)
             for r in classify_dataset(DatasetSample(name="logcat.log", source="x", kind="log", fields=parsed.fields), embedded=False)}
    assert found["fields.deviceId"] == "DEVICE_ID"
    assert found["推送服务.token"] == "DEVICE_ID"


def test_constant_keys_and_store_channels_are_no_devices_by_their_values():
    n = 60
    found = _entities(c01=["c6a1b0e9f2d34e8b9a7d5c3b1e0f2a4d"] * n,
                      c02=[RNG.choice(["huawei", "xiaomi", "oppo", "vivo", "yingyongbao"]) for _ in range(n)],
                      c03=[_hex(32) for _ in range(n)],
                      c04=[RNG.choice(["speaker", "wired_headset", "bt_a2dp", "earpiece"]) for _ in range(n)])
    assert found["c01"] != "DEVICE_ID" and found["c02"] != "DEVICE_MODEL"
    assert found["c04"] == "AUDIO_DEVICE"
    # a named device id keeps its one value (one device's records)
    assert _entities(device_id=["c6a1b0e9f2d34e8b9a7d5c3b1e0f2a4d"] * n)["device_id"] == "DEVICE_ID"


def test_chinese_names_of_people_numbers_actions_and_pages():
    n = 40
    found = _entities("probe", 学号=[str(RNG.randrange(10**7, 10**8)) for _ in range(n)],
                      工号=[str(RNG.randrange(10**5, 10**6)) for _ in range(n)],
                      病历号=[str(RNG.randrange(10**7, 10**8)) for _ in range(n)],
                      周岁=[str(RNG.randint(18, 70)) for _ in range(n)],
                      动作=[RNG.choice(["点击", "浏览商品", "加入购物车", "搜索", "分享"]) for _ in range(n)],
                      当前页面=[RNG.choice(["首页", "商品详情页", "购物车", "我的", "直播间"]) for _ in range(n)],
                      关键字=[RNG.choice(["羽绒服 女", "蓝牙耳机", "猫粮", "空气炸锅"]) for _ in range(n)],
                      打字间隔=[",".join(str(RNG.randint(60, 400)) for _ in range(6)) for _ in range(n)],
                      yh_id=[str(RNG.randrange(10**7, 10**8)) for _ in range(n)],
                      手机号=[f"13{RNG.randrange(10**8, 10**9)}" for _ in range(n)])
    assert found["学号"] == found["工号"] == found["病历号"] == found["yh_id"] == "ACCOUNT_ID"
    assert found["周岁"] == "AGE"
    assert found["动作"] == "BEHAVIORAL_EVENT" and found["当前页面"] == "BEHAVIORAL_EVENT"
    assert found["关键字"] == "SEARCH_QUERY" and found["打字间隔"] == "KEYSTROKE_TIMING"


def test_an_id_between_han_words_stands_apart_and_a_headset_in_full_width_brackets():
    from inventory.logformats.templates import tokens_of
    assert tokens_of("设备0a9f8f86b38fdf6a电量低：12%，充电状态：未充电") == ["设备", "0a9f8f86b38fdf6a", "电量低：", "12%",
                                                                   "充电状态：", "未充电"]
    assert tokens_of("用户38123456位置更新")[:2] == ["用户", "38123456"]
    outputs = [f"蓝牙耳机（{RNG.choice(['AirPods Pro', '华为 FreeBuds Pro 3'])}）" for _ in range(30)]
    assert _entities(**{"AudioService.用户切换音频输出": outputs})["AudioService.用户切换音频输出"] == "AUDIO_DEVICE"
