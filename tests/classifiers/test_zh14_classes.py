"""Classes of Chinese data the zh14 blind run showed (benchmarks/zh14/README.md), each on its own."""
from __future__ import annotations

import random
from decimal import Decimal

import pyarrow as pa

from classifiers.chinese_text import is_han_name
from classifiers.engine import classify_dataset
from classifiers.recognizers.behavioral import VisitedUrlRecognizer
from datamap.model import DatasetSample, FieldSample

RNG = random.Random(14)


def _entities(name: str = "t", **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def _digits(n: int) -> str:
    return str(RNG.randint(1, 9)) + "".join(RNG.choice("0123456789") for _ in range(n - 1))


def _hex(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def _mobile() -> str:
    return RNG.choice(["138", "139", "186", "152", "177"]) + _digits(8)


def test_sim_iccids_by_their_values():
    n = 50
    found = _entities(f_03=[Decimal("8986" + RNG.choice(["00", "01", "11"]) + _digits(14)) for _ in range(n)],  # as a CSV reader types them
                      c4=["898600" + "".join(RNG.choice("0123456789ABCDEF") for _ in range(14)) for _ in range(n)])
    assert found["f_03"] == "DEVICE_ID" and found["c4"] == "DEVICE_ID"
    # twenty digits that do not open with 89 are no SIM's
    assert _entities(c1=[Decimal("12" + _digits(18)) for _ in range(n)])["c1"] != "DEVICE_ID"


def test_cellular_iot_network_types():
    found = _entities(f_15=[RNG.choice(["NB-IoT", "NB-IoT", "4G Cat.1", "Cat-M1", "LTE-M"]) for _ in range(40)])
    assert found["f_15"] == "NETWORK_TYPE"


def test_a_signal_scale_to_31_is_no_age_in_a_table_of_people():
    n = 60
    ages = _entities(phone=[_mobile() for _ in range(n)], c9=[RNG.randint(8, 31) for _ in range(n)])
    assert ages["c9"] is None  # a modem's CSQ (0-31) beside a rider's phone
    ages = _entities(phone=[_mobile() for _ in range(n)], c9=[RNG.randint(16, 70) for _ in range(n)])
    assert ages["c9"] == "AGE"


def test_rarer_and_compound_family_names():
    for name in ["端木杰", "公孙小红", "萧明", "鞠洁", "洪涛", "赖文峰", "呼延庆"]:
        assert is_han_name(name), name
    for word in ["公司", "洪水", "南宫市"]:
        assert not is_han_name(word), word


def test_a_few_people_serving_many_rows_are_names():
    couriers = ["罗红", "夏侯明", "欧阳娜", "端木杰", "李强", "王芳", "张伟", "陈静", "赵丽", "孙浩", "周杰", "吴敏", "郑凯",
                "冯涛", "蒋磊", "韩梅", "杨帆", "朱婷", "秦岚", "许阳", "何平", "吕欣", "施燕", "洪涛", "萧明"]
    assert _entities(c19=[RNG.choice(couriers) for _ in range(340)])["c19"] == "PERSON"
    # a category of a few values that read as names stays none
    assert _entities(c19=[RNG.choice(couriers[:6]) for _ in range(340)])["c19"] != "PERSON"


def test_privacy_numbers_with_an_extension():
    found = _entities(c8=[f"{_mobile()}_{_digits(4)}" for _ in range(40)], c9=[f"{_mobile()}#{_digits(4)}" for _ in range(40)])
    assert found["c8"] == "PHONE_NUMBER" and found["c9"] == "PHONE_NUMBER"


def test_feishu_open_and_union_ids():
    found = _entities(c5=["on_" + _hex(32) for _ in range(40)], c7=["ou_" + _hex(32) for _ in range(40)],
                      c8=["od-" + _hex(32) for _ in range(40)])
    assert found["c5"] == "ACCOUNT_ID" and found["c7"] == "ACCOUNT_ID"
    assert found["c8"] != "ACCOUNT_ID"  # a department's


def test_web_addresses_of_pictures_are_no_visits():
    valid = VisitedUrlRecognizer().validate(pa.array([
        "https://s1-imfile.feishucdn.com/static-resource/v1/v2_9b14c881-5b9d~?image_size=72x72",
        "https://cdn.example.com/u/1/avatar.JPG?v=3", "https://img.example.cn/a.png?x-oss-process=image/resize,w_100",
        "https://shop.example.com/goods/1?from=image_size", "https://example.com/search?q=%E8%9E%BA"])).to_pylist()
    assert valid == [False, False, False, True, True]


def test_a_version_beside_a_versioned_system_is_the_host_apps():
    n = 40
    found = _entities(**{"systemInfo.version": [RNG.choice(["8.0.49", "8.0.50"]) for _ in range(n)],
                         "systemInfo.system": [RNG.choice(["iOS 17.5.1", "Android 14"]) for _ in range(n)]})
    assert found["systemInfo.version"] is None and found["systemInfo.system"] == "OPERATING_SYSTEM"
    # an `os` object's version beside its name is the system's
    found = _entities(**{"context.os.version": [RNG.choice(["17.5.1", "14"]) for _ in range(n)],
                         "context.os.name": [RNG.choice(["iOS", "Android"]) for _ in range(n)]})
    assert found["context.os.version"] == "OPERATING_SYSTEM"
