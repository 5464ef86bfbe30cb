"""Classes of Chinese data the zh17 blind run showed (benchmarks/zh17/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample
from inventory.logformats.templates import mine_slots

RNG = random.Random(17)
OWNERS = ["谢桂珍", "林文", "欧阳娜娜", "阿依古丽·艾力", "王磊", "陈晓燕", "赵建国", "周敏"]
PHONES = ["iPhone", "iPad", "华为 Mate 60 Pro", "一加 12", "小米 14", "荣耀 Magic6", "vivo X100", "OPPO Find X7"]


def _entities(name: str = "t", **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=p.replace("__", "."), values=pa.array(v)) for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_a_phone_named_after_its_owner_in_chinese_is_a_device_name():
    """iOS, HarmonyOS and MIUI name a phone `<owner>的<model>` (`谢桂珍的iPhone`), as English iOS
    names it `Jane's iPhone`: under a device-name field it is the device, not free text."""
    n = 60
    names = [f"{RNG.choice(OWNERS)}的{RNG.choice(PHONES)}" for _ in range(n)]
    found = _entities("mdm_device_list", data__list__deviceName=names, device_name=names)
    assert found == {"data.list.deviceName": "DEVICE_MODEL", "device_name": "DEVICE_MODEL"}
    # with a maker's name after 的 the values say it alone; phrases of the same shape do not
    phrases = [RNG.choice(["妈妈的生日礼物", "我的收藏夹", "老王的小卖部", "今天的晚饭", "公司的年会"]) for _ in range(n)]
    assert _entities(c07=names)["c07"] == "DEVICE_MODEL"
    assert _entities(c08=phrases)["c08"] is None


def test_province_short_names_are_regions_by_their_values():
    """Analytics SDKs and GeoIP answers write a province without its level (`浙江`, `湖北`,
    `内蒙古`): no other word, so a column of them is a place under any name."""
    provinces = ["浙江", "北京", "广东", "四川", "湖北", "内蒙古", "新疆", "上海", "江苏", "河南"]
    found = _entities("events", c18=[RNG.choice(provinces) for _ in range(60)])
    assert found["c18"] == "REGION"
    # words that merely share characters with them are not
    assert _entities(c18=[RNG.choice(["江苏菜", "浙江大学", "湖北人", "上海滩"]) for _ in range(60)])["c18"] != "REGION"


def test_a_field_named_for_a_person_holding_ids_is_that_persons_account():
    """Baidu Yingyan's `monitored_person` (the entity it tracks: a courier, `qs_8474163`), a trip's
    `driver` (`D10293847`): a person's field whose values are numbers, bare or behind a short
    prefix, holds the person's id, not a name."""
    n = 80
    found = _entities("fence_alarm", monitored_person=[f"qs_{RNG.randint(10**6, 10**7 - 1)}" for _ in range(n)],
                      driver=[f"D{RNG.randint(10**7, 10**8 - 1)}" for _ in range(n)],
                      passengers=[RNG.randint(1, 4) for _ in range(n)],
                      emergency_contact=[f"1{RNG.choice('3589')}{RNG.randint(10**8, 10**9 - 1)}" for _ in range(n)])
    assert found["monitored_person"] == found["driver"] == "ACCOUNT_ID"
    assert found["passengers"] is None  # a count of people, no id
    assert found["emergency_contact"] != "ACCOUNT_ID"  # a contact's numbers are phones


def test_a_han_key_with_its_unit_in_brackets_names_its_value():
    """A log writes a key with its unit as a column header does (`按键间隔(ms)=[120,98,…]`,
    `耗时（秒）：3`): the unit belongs to the key, so the slot is named and classified by it."""
    messages, namespaces = [], []
    for _ in range(40):
        intervals = ",".join(str(RNG.randint(60, 320)) for _ in range(RNG.randint(6, 11)))
        messages.append(f"风控采集 场景=支付密码 按键间隔(ms)=[{intervals}] 输入耗时={RNG.randint(900, 4000)}ms")
        namespaces.append("RiskSDK")
    slots, _ = mine_slots(messages, namespaces)
    assert "RiskSDK.按键间隔(ms)" in slots
    found = _entities("xlog", **{"RiskSDK.按键间隔(ms)": slots["RiskSDK.按键间隔(ms)"].values})
    assert found["RiskSDK.按键间隔(ms)"] == "KEYSTROKE_TIMING"


def test_a_volume_of_android_steps_beside_charging_states_is_no_battery_level():
    """A push SDK's `musicVolume` (0-15, Android's media volume steps) two columns from the
    battery's `放电中`: whole numbers that never pass 15 over many readings are a step scale; a
    level of 0-100 beside the same states is the battery's."""
    n = 80
    states = [RNG.choice(["充电中", "放电中", "已充满", "未充电"]) for _ in range(n)]
    found = _entities("push_device_report", c15=states, c16=[RNG.choice(["响铃", "振动", "静音"]) for _ in range(n)],
                      c17=[RNG.randint(0, 15) for _ in range(n)])
    assert found["c17"] != "BATTERY_STATE"
    found = _entities("push_device_report", c15=states, c16=[RNG.choice(["响铃", "振动", "静音"]) for _ in range(n)],
                      c17=[RNG.randint(3, 100) for _ in range(n)])
    assert found["c17"] == "BATTERY_STATE"


def test_a_venues_zone_is_no_district():
    """Baidu Yingyan's `fence_name` (`春熙路取餐区`, a courier's pick-up zone) ends in 区 as a
    district does; a zone named for what is done there is no division, and the ids beside it are
    no postal codes. Districts stay districts."""
    n = 60
    zones = [RNG.choice(["春熙路取餐区", "华中科技大学取餐区", "杭州东站候车区", "万象城停车区", "五道口购物中心取餐区"]) for _ in range(n)]
    found = _entities("fence_alarm", c03=[RNG.randint(100, 999) for _ in range(n)], c04=zones)
    assert found == {"c03": None, "c04": None}
    districts = [RNG.choice(["西湖区", "海淀区", "浦东新区", "南山区", "锦江区", "洪山区"]) for _ in range(n)]
    assert _entities(c04=districts)["c04"] == "REGION"
