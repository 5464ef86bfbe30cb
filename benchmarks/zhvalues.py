"""The values the Chinese generators built on public schemas draw from (zh19, zh20, zh21): earlier
generators' people, identity numbers, devices and places, loaded once, and the mainland places'
postcodes and streets, so that each generator says only what its rows hold."""
from __future__ import annotations

import random

from labelcheck import load_generator

ZH3 = load_generator("zh3")  # GB/T 2260 divisions, resident ids, IMEIs, OAIDs, UnionPay cards, nicknames
ZH8 = load_generator("zh8")  # digit and hex strings
ZH9 = load_generator("zh9")  # compound-surname and minority names
ZH10 = load_generator("zh10")  # devices, places with coordinates, carriers, user agents
digits, hexid = ZH8.digits, ZH8.hexid
faker, person, nickname, born = ZH3.faker, ZH9.person, ZH3.nickname, ZH3.born
PLACES, CARRIERS, DEVICES, UAS = ZH10.PLACES, ZH10.CARRIERS, ZH10.DEVICES, ZH10.UAS
# the provinces of PLACES: a postcode of their capitals, and streets of their districts
POSTCODES = {"浙江省": "310000", "北京市": "100000", "广东省": "518000", "四川省": "610000", "湖北省": "430000", "陕西省": "710000"}
STREETS = {"西湖区": ["文三路", "天目山路", "古墩路"], "海淀区": ["中关村大街", "学院路", "知春路"], "南山区": ["科技园南路", "深南大道", "后海大道"],
           "锦江区": ["春熙路", "东大街", "红星路"], "洪山区": ["珞喻路", "雄楚大道", "关山大道"], "雁塔区": ["小寨东路", "长安南路", "科技路"]}


def near(r: random.Random, base: float, spread: float = 0.05) -> float:
    """A point within `spread` degrees of `base`, to six places as phones report it."""
    return round(base + r.uniform(-spread, spread), 6)


def os_info(r: random.Random, dev: tuple) -> str:
    """A ZH10 device's system as Chinese phones name it: HarmonyOS, ColorOS, MIUI … with a version, else Android's."""
    brand, _, _, os_name, versions, api, _, _ = dev
    if os_name in ("HarmonyOS", "ColorOS", "OriginOS", "MagicOS", "HyperOS", "MIUI"):
        return f"{os_name} {r.choice(versions)}"
    return f"Android {api - 20}"
