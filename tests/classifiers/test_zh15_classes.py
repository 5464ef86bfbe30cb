"""Classes of Chinese data the zh15 blind run showed (benchmarks/zh15/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.recognizers.date_of_birth import is_birth_value
from datamap.model import DatasetSample, FieldSample

RNG = random.Random(15)
PROVINCES = [("浙江省", "杭州市", "西湖区", "文新街道"), ("广东省", "深圳市", "南山区", "粤海街道"), ("四川省", "成都市", "锦江区", "春熙路街道"),
             ("湖北省", "武汉市", "洪山区", "关东街道"), ("陕西省", "西安市", "雁塔区", "小寨路街道")]
LANDMARKS = ["浙江大学(玉泉校区)", "海岸城", "太古里", "光谷广场", "大雁塔", "万象城", "西溪湿地", "腾讯滨海大厦"]


def _entities(name: str = "t", **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=p.replace("__", "."), values=pa.array(v)) for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def _digits(n: int) -> str:
    return str(RNG.randint(1, 9)) + "".join(RNG.choice("0123456789") for _ in range(n - 1))


def test_a_map_apis_business_district_names_no_organisation():
    """Baidu's reverse geocoder answers a point with its `business` district (`西溪湿地,文新`): a
    column named `business` whose values are places does not make the rows organisations, so the
    address beside it stays a postal address."""
    n = 60
    rows = [RNG.choice(PROVINCES) for _ in range(n)]
    columns = {
        "uid": [_digits(10) for _ in range(n)],
        "resp__result__formatted_address": [f"{p}{c}{d}{RNG.choice('文三学院天目')}路{RNG.randint(1, 600)}号" for p, c, d, _ in rows],
        "resp__result__business": [f"{RNG.choice(LANDMARKS)},{t.removesuffix('街道')}" for *_, t in rows],
    }
    found = _entities("bmap_regeo_cache", **columns)
    assert found["resp.result.formatted_address"] == "STREET_ADDRESS"
    # a column of firms under the same name still says the rows are organisations
    firms = {**columns, "resp__result__business": [RNG.choice(["杭州云帆科技有限公司", "Acme Corp.", "Möller GmbH"]) for _ in range(n)],
             "uid": [f"C{i:05d}" for i in range(n)]}
    assert _entities("vendors", **firms)["resp.result.formatted_address"] != "STREET_ADDRESS"


def test_a_position_told_from_a_landmark_is_precise():
    n = 50
    described = [f"{RNG.choice(LANDMARKS)}{RNG.choice(['东', '西南', '东北', '北'])}{RNG.randint(10, 400)}米"
                 + (f",{RNG.choice(LANDMARKS)}内" if RNG.random() < 0.3 else "") for _ in range(n)]
    assert _entities(c24=described)["c24"] == "GPS_COORDINATE"
    # venues alone (`…附近`, `…内`) name places, not a position in metres
    assert _entities(c24=[f"{RNG.choice(LANDMARKS)}附近" for _ in range(n)])["c24"] != "GPS_COORDINATE"


def test_a_distance_in_an_address_object_is_no_postal_code():
    n = 50
    found = _entities(resp__result__addressComponent__distance=[str(RNG.randint(10, 400)) for _ in range(n)],
                      resp__result__addressComponent__city=[RNG.choice(PROVINCES)[1] for _ in range(n)])
    assert found["resp.result.addressComponent.distance"] is None


def test_taiwan_roc_birthdays():
    assert is_birth_value("075/03/12") and is_birth_value("民國84年7月9日") and is_birth_value("民国105年1月2日")
    assert not is_birth_value("075/13/12") and not is_birth_value("150/01/01")  # no 13th month; 2061 is to come
    n = 60
    born = [f"{RNG.randint(40, 100):03d}/{RNG.randint(1, 12):02d}/{RNG.randint(1, 28):02d}" if RNG.random() < 0.7
            else f"民國{RNG.randint(40, 100)}年{RNG.randint(1, 12)}月{RNG.randint(1, 28)}日" for _ in range(n)]
    assert _entities(生日=born)["生日"] == "DATE_OF_BIRTH"


def test_taiwan_postal_codes_by_their_name():
    n = 50
    found = _entities(郵遞區號=[int(RNG.choice(["106", "110", "320", "407"]) + (f"{RNG.randint(1, 99):02d}" if RNG.random() < 0.6 else ""))
                           for _ in range(n)])
    assert found["郵遞區號"] == "LOCATION"


def test_masked_names_of_minority_and_foreign_receivers():
    n = 80
    names = [RNG.choice("王李张刘陈杨黄赵吴周") + "*" * RNG.randint(1, 2) if RNG.random() < 0.6
             else RNG.choice("阿买热古迪") + "*" * RNG.randint(5, 9) for _ in range(n)]
    assert _entities(c15=names)["c15"] == "PERSON"


def test_an_orders_serial_number_is_no_device_serial():
    n = 50
    found = _entities(order_list__order_sn=[f"2410{RNG.randint(10, 28)}-{_digits(15)}" for _ in range(n)],
                      device__sn=[f"{_digits(6)}-{_digits(15)}" for _ in range(n)])
    assert found["order_list.order_sn"] is None
    assert found["device.sn"] == "DEVICE_ID"


def test_openrtb_device_fields():
    """OpenRTB's `device.w`/`device.h` (the screen's pixels), `connectiontype` as its integer
    codes, and China's CAID beside the IDFA."""
    n = 60
    found = _entities(device__w=[RNG.choice([1080, 1170, 1290, 1260]) for _ in range(n)],
                      device__h=[RNG.choice([2400, 2532, 2796, 2800]) for _ in range(n)],
                      device__connectiontype=[RNG.choice([0, 2, 5, 6, 7]) for _ in range(n)],
                      device__ext__caid=["".join(RNG.choice("0123456789abcdef") for _ in range(32)) for _ in range(n)])
    assert found["device.w"] == "SCREEN_RESOLUTION" and found["device.h"] == "SCREEN_RESOLUTION"
    assert found["device.connectiontype"] == "NETWORK_TYPE"
    assert found["device.ext.caid"] == "ADVERTISING_ID"
    # an image's width and height inside a creative are no screen's
    assert _entities(ad__w=[300] * n, ad__h=[250] * n)["ad.w"] != "SCREEN_RESOLUTION"


def test_a_car_head_units_voice_transcripts_and_speakers():
    n = 40
    found = _entities(voiceassist__文本=[RNG.choice(["导航去公司", "打开空调二十六度", "给老婆打电话", "播放周杰伦的晴天", "附近有什么好吃的",
                                                 "把座椅加热打开", "明天杭州会下雨吗", "我有点冷把温度调高两度"]) for _ in range(n)],
                      audiomgr__输出设备=[RNG.choice(["车载扬声器", "头枕音响", "蓝牙耳机", "车载扬声器"]) for _ in range(n)])
    assert found["audiomgr.输出设备"] == "AUDIO_DEVICE"
    assert found["voiceassist.文本"] == "USER_CONTENT"
