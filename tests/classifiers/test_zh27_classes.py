"""Classes of Chinese data the zh27 blind run showed (benchmarks/zh27/README.md), each on its own:
a Spring Boot forum (paicoding), a takeout service (sky-take-out), a hospital ward's nursing system."""
from __future__ import annotations

import random

from datamap.model import FieldSample
from tests.classifiers.fields import sql_column as _column, han_name, mainland_mobiles, table_entities as _entities

RNG = random.Random(27)
PHONES = mainland_mobiles(RNG, 400)


def _ids(n: int) -> FieldSample:
    return _column("id", list(range(1, n + 1)), "主键")


def test_epoch_millisecond_order_numbers_are_no_phones():
    """sky-take-out's `orders.number` 订单号 is the order's epoch milliseconds as text
    (`1728293243093`): 13 digits of a mobile's shape that fail its validation, under a name
    whose only phone word is the weak `number`. A column named for phones keeps them."""
    n = 300
    numbers = [str(1720000000000 + RNG.randint(0, 10 ** 10)) for _ in range(n)]
    found = _entities("sky.sql/orders", _ids(n), _column("number", numbers, "订单号", "VARCHAR(50)"),
                      _column("phone", PHONES[:n], "手机号", "VARCHAR(11)"))
    assert found["number"] != "PHONE_NUMBER"
    assert found["phone"] == "PHONE_NUMBER"


def test_a_thing_s_name_of_han_words_is_no_person_s():
    """A ward's `drug_name` 药物名称 (阿司匹林肠溶片, 头孢曲松钠) and a nursing plan's `template_name`
    使用模板名 (压疮预防, 跌倒预防) have only the weak word `name` for a person: Han words that fail
    the name validator are the thing's name. A patient's `name` 姓名 stays a person's."""
    n = 300
    drugs = ["0.9%氯化钠注射液", "头孢曲松钠", "阿司匹林肠溶片", "胰岛素注射液", "硝苯地平缓释片", "奥美拉唑", "氨溴索注射液"]
    plans = ["压疮预防", "跌倒预防", "疼痛护理", "血糖监测"]
    found = _entities("his.sql/zcmu_order", _column("plan_id", [f"P{i:07d}" for i in range(n)], "计划Id"),
                      _column("drug_name", [RNG.choice(drugs) for _ in range(n)], "药物名称", "varchar(20)"),
                      _column("template_name", [RNG.choice(plans) for _ in range(n)], "使用模板名", "varchar(20)"))
    assert found["drug_name"] != "PERSON"
    assert found["template_name"] != "PERSON"
    found = _entities("his.sql/zcmu_patient", _column("uuid", [f"2026{i:06d}" for i in range(n)], "ID"),
                      _column("name", [han_name(RNG) for _ in range(n)], "姓名", "varchar(20)"))
    assert found["name"] == "PERSON"


def test_ip2region_province_dot_city_is_a_region():
    """paicoding's login audit keeps where the IP address is as ip2region's sites show it, the
    province's short name and the city's after a middle dot (归属地 `浙江·杭州`): a place, by its
    name and by its values alone."""
    n = 300
    places = ["浙江·杭州", "广东·深圳", "北京·北京", "四川·成都", "湖北·武汉", "陕西·西安", "江苏·南京", "上海·上海"]
    values = [RNG.choice(places) for _ in range(n)]
    found = _entities("paicoding.sql/user_login_audit", _ids(n), _column("region", values, "归属地", "varchar(128)"))
    assert found["region"] == "REGION"
    found = _entities("values/c", _column("c01", list(range(1, n + 1))), _column("c11", values))
    assert found["c11"] == "REGION"


def test_a_hospital_ward_is_no_district():
    """A ward's name ends in 区 as a district's does (`心内科一病区`): beds of a department, no
    division of the country. A district's name stays a place."""
    n = 120
    wards = ["心内科一病区", "呼吸内科病区", "普外科病区", "神经内科病区"]
    found = _entities("his.sql/zcmu_ward_patient", _column("id", [f"B{i:05d}" for i in range(n)], "id"),
                      _column("ward_name", [RNG.choice(wards) for _ in range(n)], "病区名", "VARCHAR(20)"),
                      _column("district_name", [RNG.choice(["西湖区", "南山区", "海淀区", "锦江区"]) for _ in range(n)], "区级名称"))
    assert found["ward_name"] != "REGION"
    assert found["district_name"] == "REGION"


def test_a_user_name_of_han_names_is_the_person_s_name():
    """sky-take-out's order keeps the buyer's `user_name` 用户名称 as Han personal names (王伟,
    买买提·艾力): the name the person goes by, no login. A `username` of logins stays an account."""
    n = 300
    names = [han_name(RNG) if i % 9 else "买买提·艾力" for i in range(n)]
    found = _entities("sky.sql/orders", _ids(n), _column("user_name", names, "用户名称", "varchar(32)"))
    assert found["user_name"] == "PERSON"
    logins = [f"{RNG.choice(['wang', 'li', 'zhang', 'chen'])}{RNG.randint(1, 9999)}" for _ in range(n)]
    found = _entities("sky.sql/employee", _ids(n), _column("username", logins, "用户名", "varchar(32)"))
    assert found["username"] == "ACCOUNT_ID"


def test_an_event_s_reason_is_no_event():
    """A login audit's `reason` 事件原因 (`用户主动退出`, `超出最大在线设备数，踢下线`) says why the
    event happened: Chinese phrases under 'event', yet no behaviour of the user."""
    n = 300
    reasons = ["用户主动退出", "超出最大在线设备数，踢下线", "会话过期", ""]
    found = _entities("paicoding.sql/user_login_audit", _ids(n),
                      _column("reason", [RNG.choice(reasons) for _ in range(n)], "事件原因", "varchar(255)"))
    assert found["reason"] != "BEHAVIORAL_EVENT"


def test_iot_card_numbers_beside_mobiles_are_numbers():
    """JT/T 808's terminal SIM number (`mobile_no`) is a mobile's or an IoT card's 13 digits
    (`1064…`, `1440…`): in a column of mainland mobiles they are numbers too, by the values alone.
    Alone, 13 digits from 1440 are epoch milliseconds of 2015 and stay no phone."""
    n = 300
    # mobiles of their own (the recognizer remembers verdicts on values other columns held)
    mobiles = [f"1{RNG.choice('3589')}{RNG.randint(100000000, 999999999)}" for _ in range(n)]
    sims = [mobiles[i] if i % 5 < 2 else RNG.choice(["1064", "1440"]) + str(RNG.randint(10 ** 8, 10 ** 9 - 1)) for i in range(n)]
    found = _entities("values/device", _column("c01", [f"T{i:06d}" for i in range(n)]), _column("c04", [int(s) for s in sims]))
    assert found["c04"] == "PHONE_NUMBER"
    millis = [1440000000000 + RNG.randint(0, 10 ** 9) for _ in range(n)]
    found = _entities("values/events", _column("c01", [f"T{i:06d}" for i in range(n)]), _column("c02", millis))
    assert found["c02"] != "PHONE_NUMBER"


def test_a_member_s_own_introduction_is_their_writing():
    """paicoding's `user_info.profile` 个人简介 is what each member writes of themselves (`热爱技术，
    喜欢分享`), however often the short ones repeat: their words. A `profile` of settings' names stays none."""
    n = 300
    bios = ["热爱技术，喜欢分享", "一个正在学习Java的菜鸟", "专注后端开发，Spring Boot 爱好者", "考研失败，准备春招", "喜欢跑步和读书",
            "十年码农，还在路上", "我的简介", "前端转后端中……", "坐标杭州，欢迎交流", ""]
    found = _entities("paicoding.sql/user_info", _ids(n), _column("profile", [RNG.choice(bios) for _ in range(n)], "个人简介", "varchar(225)"))
    assert found["profile"] == "USER_CONTENT"
    found = _entities("app/settings", _ids(n), _column("profile", [RNG.choice(["default", "dev", "prod", "test"]) for _ in range(n)]))
    assert found["profile"] != "USER_CONTENT"
