"""Classes of Chinese data the zh11 blind run showed (benchmarks/zh11/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.names import NameTokens, field_mark, unglue
from classifiers.recognizers.location_approximate import NativePlaceRecognizer
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.fields import value_signal

RNG = random.Random(11)
NAMES = ["张伟", "欧阳娜", "买买提·艾力", "王芳", "李强", "司马光明", "刘洋", "陈静"]


def _entities(name: str = "t", lists: dict[str, list] | None = None, **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
    for path, rows in (lists or {}).items():
        flat = [x for row in rows for x in row]
        fields.append(FieldSample(path=path, values=pa.array(flat), list_lengths=pa.array([len(r) for r in rows], pa.int32())))
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def _mobile() -> str:
    return f"1{RNG.choice('3589')}{RNG.randrange(10**8, 10**9)}"


def test_capitals_run_together_are_read_as_schema_words():
    assert unglue("RECEIVEADDRESS") == "RECEIVE_ADDRESS" and unglue("SALERNAME") == "SALER_NAME"
    assert NameTokens.of("LINKMAN").own == ("contact", "name")
    # a word, or letters that are no run of schema words, stay as they are
    assert unglue("PASSPORT") == "PASSPORT" and unglue("MSISDN") == "MSISDN" and unglue("ENCOUNTERCLASS") == "ENCOUNTERCLASS"
    assert unglue("receiveaddress") == "receiveaddress"  # lower case is another convention's
    # Kingdee marks every column with `F`, in capitals too
    assert field_mark(("FID", "FBILLNO", "FLINKMAN", "FLINKPHONE")) == "F"
    assert field_mark(("FID", "FBILLNO", "STATUS")) == ""


def test_kingdee_order_columns_by_their_glued_names():
    n = 40
    clerks = NAMES[:3] * 14
    found = _entities("T_SAL_ORDER", FID=list(range(n)), FBILLNO=[f"XSDD2024{i:05d}" for i in range(n)],
                      FLINKPHONE=[_mobile() for _ in range(n)], FSALERNAME=(NAMES * 5)[:n], FCREATORNAME=clerks[:n])
    assert found["FLINKPHONE"] == "PHONE_NUMBER"
    assert found["FSALERNAME"] == "PERSON" and found["FCREATORNAME"] == "PERSON"
    assert found["FBILLNO"] is None


def test_talkingdata_device_id_and_pixel_with_density():
    n = 30
    found = _entities(tdid=["3" + "".join(RNG.choice("0123456789abcdef") for _ in range(32)) for _ in range(n)],
                      pixel=[RNG.choice(["1080*2340*480", "1260*2720*560", "1440*3168*560"]) for _ in range(n)])
    assert found["tdid"] == "DEVICE_ID" and found["pixel"] == "SCREEN_RESOLUTION"


def test_an_avatar_path_is_no_file_of_the_device_and_a_user_tag_no_account():
    paths = [f"/uploads/20241203/{RNG.getrandbits(64):016x}.jpg" for _ in range(30)]
    assert _entities(file_path=paths)["file_path"] == "FILE_NAME"
    assert _entities(avatar=paths)["avatar"] is None
    assert _entities(头像=paths)["头像"] is None
    assert _entities(userSceneTag=[RNG.choice([0, 1042, 2087]) for _ in range(30)])["userSceneTag"] is None


def test_geojson_coordinates_arrays_are_precise_locations():
    points = [[round(116.3 + RNG.uniform(-0.05, 0.05), 6), round(39.9 + RNG.uniform(-0.05, 0.05), 6)] for _ in range(40)]
    assert _entities(lists={"c03": points}, c01=[_mobile() for _ in range(40)])["c03"] == "GPS_COORDINATE"
    # sizes and whole numbers in pairs are no coordinates
    sizes = [[RNG.choice([1080, 1170]), RNG.choice([1920, 2532])] for _ in range(40)]
    assert _entities(lists={"c03": sizes})["c03"] != "GPS_COORDINATE"


def test_sim_operators_as_names_beside_their_codes():
    mixed = [RNG.choice(["中国移动", "中国联通", "46000", "46011", "中国电信"]) for _ in range(60)]
    assert _entities(c16=mixed)["c16"] == "MOBILE_CARRIER"


def test_native_places_as_province_and_city_short_names():
    places = [RNG.choice(["浙江杭州", "四川成都", "黑龙江哈尔滨", "广西桂林", "河南郑州", "新疆乌鲁木齐"]) for _ in range(40)]
    assert value_signal(NativePlaceRecognizer(), places) is not None
    schools = [RNG.choice(["浙江大学", "四川大学", "湖南师范大学", "山东科技大学"]) for _ in range(40)]
    assert value_signal(NativePlaceRecognizer(), schools) is None
    assert NameTokens.of("籍贯").own == ("native", "place")


def test_a_wechat_openid_by_its_value_leaves_the_tables_own_key():
    n = 40
    openids = ["o" + "".join(RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(27))
               for _ in range(n)]
    birth = [f"19{RNG.randint(60, 99)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}" for _ in range(n)]
    found = _entities("fa_user", c01=list(range(1, n + 1)), c02=[_mobile() for _ in range(n)],
                      c03=[f"u{i}@qq.com" for i in range(n)], c04=(NAMES * 5)[:n], c05=openids,
                      c06=[__import__("datetime").date.fromisoformat(b) for b in birth])
    assert found["c05"] == "ACCOUNT_ID"
    assert found["c01"] == "ACCOUNT_ID" and found["c06"] == "DATE_OF_BIRTH"


def test_a_ride_numbers_column_names_no_place_and_the_trail_keeps_its_cities():
    n = 40
    points = [[round(116.3 + RNG.uniform(-0.05, 0.05), 6), round(39.9 + RNG.uniform(-0.05, 0.05), 6)] for _ in range(n)]
    found = _entities("bike_points", lists={"c03": points}, c04=[f"QX20241225{RNG.randrange(10**9, 10**10)}" for _ in range(n)],
                      c15=[RNG.choice(["北京市", "杭州市", "深圳市"]) for _ in range(n)])
    assert found["c03"] == "GPS_COORDINATE" and found["c15"] is not None
