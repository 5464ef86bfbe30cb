"""Classes of Chinese data the zh18 blind run showed (benchmarks/zh18/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.recognizers.phone_number import is_phone_number
from datamap.model import DatasetSample, FieldSample

RNG = random.Random(18)
APPROXIMATE = {"REGION", "CITY", "LOCATION"}  # the entities of location.approximate
PLACES = ["浙江省 杭州市", "广东省 深圳市", "北京市 北京市", "四川省 成都市", "湖北省 武汉市", "陕西省 西安市"]


def _fields(name: str = "t", comments: dict[str, str] | None = None, **columns: list) -> dict[str, FieldSample]:
    return {p: FieldSample(path=p, values=pa.array(v), comment=(comments or {}).get(p)) for p, v in columns.items()}


def _entities(name: str = "t", comments: dict[str, str] | None = None, **columns: list) -> dict[str, str | None]:
    fields = list(_fields(name, comments, **columns).values())
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def _login(n: int) -> list[str]:
    return [RNG.choice(["zhangwei", "liuyang", "ry0012", "wangfang88", "chenjie", "admin"]) for _ in range(n)]


def test_codes_of_a_comment_legend_are_no_identifier():
    """RuoYi's `operator_type int(1) comment '操作类别（0其它 1后台用户 2手机端用户）'` over 1s:
    the legend's codes are an enumeration, however much its words say user; a real id column
    with a comment and no legend stays an id."""
    n = 120
    found = _entities("sys_oper_log", comments={"operator_type": "操作类别（0其它 1后台用户 2手机端用户）",
                                                  "user_id": "用户ID"},
                      operator_type=[RNG.choice([1, 1, 1, 2]) for _ in range(n)],
                      user_id=[RNG.randint(100, 5000) for _ in range(n)])
    assert found["operator_type"] != "ACCOUNT_ID"
    assert found["user_id"] == "ACCOUNT_ID"


def test_where_a_login_happened_is_a_place_not_the_login():
    """`login_location` (登录地点: `浙江省 杭州市`, `内网IP` for a private address) is where one
    logged in; `login_name` beside it is still the account."""
    n = 120
    places = [RNG.choice(PLACES + ["内网IP", "内网IP"]) for _ in range(n)]
    found = _entities("sys_logininfor", comments={"login_location": "登录地点"}, login_location=places,
                      login_name=_login(n))
    assert found["login_location"] in APPROXIMATE
    assert found["login_name"] == "ACCOUNT_ID"
    # values alone: the intranet placeholder is no value, the divisions beside it decide
    assert _entities(c04=places)["c04"] in APPROXIMATE


def test_an_audit_logs_operator_is_an_account():
    """RuoYi's `oper_name` (comment 操作人员, "the person who operated") holds staff logins; 操作
    alone (an action) still reads as behaviour."""
    n = 120
    found = _entities("sys_oper_log", comments={"oper_name": "操作人员"}, oper_name=_login(n))
    assert found["oper_name"] == "ACCOUNT_ID"


def test_an_iot_platforms_device_ids_and_secrets():
    """Alibaba Cloud IoT Platform's `IotId` is the device's id; its `DeviceSecret` (32 hex) is a
    credential, no identifier of anything personal."""
    n = 120
    found = _entities("iot_device_list", IotId=["".join(RNG.choice("0123456789abcdef") for _ in range(20)) + "000100"
                                                for _ in range(n)],
                      DeviceSecret=["".join(RNG.choice("0123456789abcdef") for _ in range(32)) for _ in range(n)])
    assert found["IotId"] == "DEVICE_ID"
    assert found["DeviceSecret"] is None


def test_a_patient_card_number_is_no_payment_card():
    """就诊卡号 / 诊疗卡号: a hospital's card for its patient, no payment card by 卡号; 银行卡号 stays one.
    (Not yet the patient's account: beside a patient index's own key it would take the key's
    place as the rows' person, zh12's 病人ID.)"""
    n = 120
    found = _entities("registrations", **{"就诊卡号": [f"9{RNG.randint(10**10, 10**11 - 1)}" for _ in range(n)],
                                          "银行卡号": ["6222021234567890128", "6217001234567890004"] * (n // 2)})
    assert found["就诊卡号"] != "CREDIT_CARD"
    assert found["银行卡号"] == "CREDIT_CARD"


def test_degrees_with_a_hemisphere_letter_are_coordinates():
    """Fleet platforms show `E120.130123` / `N30.259456` (and 东经/北纬): under 经度/纬度 and, with
    a GPS fix's decimals, alone; a letter before a short number (`E12`, a size `S1.5`) is not."""
    n = 120
    lng = [f"E{120 + RNG.random():.6f}" for _ in range(n)]
    lat = [f"N{30 + RNG.random():.6f}" for _ in range(n)]
    found = _entities("track", **{"经度": lng, "纬度": lat})
    assert found == {"经度": "GPS_COORDINATE", "纬度": "GPS_COORDINATE"}
    assert _entities(c08=lng, c09=lat) == {"c08": "GPS_COORDINATE", "c09": "GPS_COORDINATE"}
    assert _entities(c10=[RNG.choice(["S1.5", "E12", "N2", "W3.25"]) for _ in range(n)])["c10"] != "GPS_COORDINATE"


def test_a_mobile_with_the_trunk_zero_is_a_phone_number():
    """`013812345678`: a mainland mobile dialled with the long-distance 0, as JT/T 808 terminals
    report their SIM's number (终端手机号); other 12-digit runs are not."""
    assert is_phone_number("013812345678") and is_phone_number("018219941162")
    assert not is_phone_number("012345678901") and not is_phone_number("010123456789")
    n = 120
    sims = [f"01{RNG.choice('3589')}{RNG.randint(10**8, 10**9 - 1)}" for _ in range(n)]
    assert _entities("track", **{"终端手机号": sims})["终端手机号"] == "PHONE_NUMBER"


def test_an_age_with_its_chinese_unit_decides_alone():
    """`34岁`, `1岁3个月`: the unit says what the number is, under any name; a duration in days or
    months (`30天`, `12个月`) needs a name."""
    n = 120
    assert _entities(c04=[f"{RNG.randint(1, 90)}岁" for _ in range(n)])["c04"] == "AGE"
    assert _entities(c05=[f"{RNG.choice([7, 15, 30, 90])}天" for _ in range(n)])["c05"] != "AGE"


def test_a_flag_after_os_names_is_no_os_version():
    """RuoYi's `sys_logininfor`: `os` (`Windows 10`) then `status` 0/1; no system ships version 0.
    A real version column after the names stays the system's."""
    n = 120
    oses = [RNG.choice(["Windows 10", "Mac OS X", "Android 1.x", "Linux"]) for _ in range(n)]
    found = _entities("logins", c06=oses, c07=[RNG.choice([0, 0, 0, 1]) for _ in range(n)])
    assert found["c07"] != "OPERATING_SYSTEM"
    found = _entities("devices", c06=[RNG.choice(["Android", "iOS"]) for _ in range(n)],
                      c07=[RNG.choice(["14", "13", "17.4", "12"]) for _ in range(n)])
    assert found["c07"] == "OPERATING_SYSTEM"

