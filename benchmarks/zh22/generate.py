"""Generate the twenty-second Chinese benchmark (benchmarks/zh22): four public Chinese projects' schemas, generated rows.

usage: python benchmarks/zh22/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese COMMENTs are those of a public project's SQL at a pinned
commit (transcribed in schemas.py, checked against snapshots by `schemas.py --check`); only the
rows are generated, as each project's own scripts write them:

- `yami_shops.sql`: **gz-yami/mall4j** (a WeChat shop, AGPL-3.0) as its SQLyog dump `db/yami_shop.sql`
  writes it (`insert  into \`t\`(\`a\`,…) values` then one row a line): `tz_user` (用户表: `user_id` a
  32-hex id, `nick_name`, `real_name`, `user_mail`, `user_mobile` 手机号码, `user_regip`/`user_lastip`,
  `user_memo` 备注, `birth_date` `例如：2009-11-27`, `pic` WeChat avatars) and `tz_user_addr` (用户配送地址,
  the users' locations: `receiver`, `province_id`/`city_id`/`area_id` as 12-digit statistical division
  codes, `province`/`city`/`area` names, `post_code`, `addr`, `mobile`);
- `newbee_mall.sql`: **newbee-ltd/newbee-mall**'s `tb_newbee_mall_order` (`user_name` 收货人姓名,
  `user_phone`, `user_address` 收货人收货地址 written as newbee's users type it) as its Navicat
  script writes it, one INSERT a row;
- `push.sql`: **heshangzhou/PushMessage**'s `device_info` (手机厂商设备信息表, the devices a push
  service registers: `device_id` 手机设备id, `device_name` 手机型号, `device_brand`, `token` the vendor's
  push token, `sdk_version` 系统版本 `HarmonyOS 4.2.0`/`MIUI V14…`, `device_os`), one extended INSERT;
- `sensors_events.sql`: **WLH55/clklog_mini**'s ClickHouse `sensors_events` (Sensors Analytics'
  events: `distinct_id`, `anonymous_id`, `identity_android_id`, `os_version`, `model`, `screen_width`,
  `wifi`, `network_type`, `device_id`, and `raw_identities`/`raw_properties` the SDK's JSON, whose
  custom properties have Han keys `电量`, `充电状态`), its DDL then one INSERT;
- `api.log`: mall4j's API server log in Spring Boot's file pattern (its `logback-prod.xml` writes
  `${FILE_LOG_PATTERN}`), Chinese messages with Han keys (`收货人：…，电话：…`), pinyin initials
  (`yhid=… sjh=… dlip=…`, `xm=…&sfzh=…`) and a device report as Han-keyed JSON after `：`.

Values: names, mobiles, e-mails and IPs from Faker's zh_CN locale; divisions, identity numbers
(valid check digits), IMEIs and OAIDs through benchmarks/zh3's generator; compound-surname and
minority names through zh9's; devices, places, carriers and user agents through zh10's.

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from labelcheck import generator_main  # noqa: E402
from schemas import TABLES  # noqa: E402
from zhsql import ip, sql_value, stamp, verify_tables  # noqa: E402
from zhvalues import (CARRIERS, DEVICES, PLACES, POSTCODES, STREETS, UAS, ZH3, born, digits, faker, hexid, near,  # noqa: E402
                      nickname, os_info, person)

BASE = datetime(2025, 7, 21, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
# the 12-digit statistical division codes mall4j's tz_area holds (GB/T 2260's six digits, then 000000)
PROVINCE_CODES = {"浙江省": "330000", "北京市": "110000", "广东省": "440000", "四川省": "510000", "湖北省": "420000", "陕西省": "610000"}
CITY_CODES = {"杭州市": "330100", "北京市": "110100", "深圳市": "440300", "成都市": "510100", "武汉市": "420100", "西安市": "610100"}
MEMOS = ["", "", "", "", "老客户", "多次退货，注意核实", "企业采购，开专票", "投诉过客服", "内部测试账号"]
MAILS = ["qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "139.com"]
NETS = ["WIFI", "4G", "5G", "WIFI", "5G", "3G"]
TOWNS = ["青石镇", "桃花坞", "落霞村", "云栖镇", "白鹭洲"]
TOWN_ACTIONS = ["建造", "升级", "收获", "拜访邻居", "装饰"]
EVENTS = ["$AppStart", "$AppEnd", "$AppViewScreen", "$AppClick", "town_visit"]
SCREENS = ["com.yami.town.ui.MainActivity", "com.yami.town.ui.TownActivity", "com.yami.town.ui.ShopActivity"]
EXTRA = ["", "", "", "", "请尽快发货", "周末送货", "放快递柜", "送人的，不要放发票"]


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def ddl(table: str, pad: str = "  ") -> list[str]:
    """The CREATE TABLE of `table` with each column's COMMENT, in MySQL's form."""
    comment, cols = TABLES[table]
    lines = [f"DROP TABLE IF EXISTS `{table}`;", f"CREATE TABLE `{table}` ("]
    for name, kind, note in cols:
        lines.append(f"{pad}`{name}` {kind} DEFAULT NULL" + (f" COMMENT '{note}'" if note else "") + ",")
    lines += [f"{pad}PRIMARY KEY (`{cols[0][0]}`)",
              ") ENGINE=InnoDB DEFAULT CHARSET=utf8" + (f" COMMENT='{comment}'" if comment else "") + ";", ""]
    return lines


def row_text(row: list) -> str:
    return "(" + ",".join(sql_value(v) for v in row) + ")"


def place_address(r: random.Random, place: tuple, spaced: bool = False) -> str:
    """A street address in one of PLACES' districts: 省市区 (optional, spaced as newbee's users type it), road, number, building."""
    prov, city, district = place[:3]
    street = f"{r.choice(STREETS[district])}{r.randint(1, 600)}号"
    if r.random() < 0.5:
        street += f"{r.choice(['金色家园', '阳光花园', '科技大厦', '翠苑', '华府'])}{r.randint(1, 20)}栋{r.randint(1, 30)}{r.randint(1, 4):02d}室"
    head = [prov, city, district] if prov != city else [city, district]
    return (" ".join(head) + " " + street) if spaced else "".join(head) + street


# ---------------------------------------------------------------- mall4j (SQLyog dump)
def mall4j(r: random.Random, fake: Faker, out: Path) -> None:
    users = []
    for _ in range(300):
        at = when(r, 400) - timedelta(days=400)
        verified = r.random() < 0.5
        name = person(r, fake)
        users.append([uuid.UUID(int=r.getrandbits(128)).hex, r.choice([nickname(r, fake), name, nickname(r, fake)]),
                      name if verified else "", f"{fake.user_name()}{r.randint(1, 999)}@{r.choice(MAILS)}" if r.random() < 0.6 else None,
                      "{bcrypt}$2a$10$" + hexid(r, 53), hashlib.md5(digits(r, 6).encode()).hexdigest() if r.random() < 0.3 else None,
                      fake.phone_number(), stamp(at + timedelta(days=r.randint(0, 60))), stamp(at), ip(r, fake, 0.9),
                      stamp(at + timedelta(days=r.randint(1, 90))), ip(r, fake, 0.9), r.choice(MEMOS), r.choice("MF"),
                      f"{born(r):%Y-%m-%d}" if r.random() < 0.6 else None,
                      f"https://wx.qlogo.cn/mmopen/vi_32/{hexid(r, 40)}/132", 1, r.randint(0, 5000)])
    addrs = []
    for i in range(400):
        owner = r.choice(users)
        place = r.choice(PLACES)
        prov, city, district, code = place[:4]
        city_name = "市辖区" if prov == city else city
        addrs.append([i + 1, owner[0], person(r, fake) if r.random() < 0.3 else owner[2] or person(r, fake),
                      int(PROVINCE_CODES[prov] + "000000"), prov, city_name, int(CITY_CODES[city] + "000000"), district,
                      int(code + "000000"), POSTCODES[prov] if r.random() < 0.6 else None,
                      f"{r.choice(STREETS[district])}{r.randint(1, 600)}号" + (f"{r.randint(1, 20)}栋{r.randint(1, 3)}单元{r.randint(101, 2804)}" if r.random() < 0.6 else ""),
                      fake.phone_number(), 1, int(r.random() < 0.3), stamp(when(r)), 0, stamp(when(r))])
    lines = ["/*", "SQLyog Ultimate v12.5.1 (64 bit)", "MySQL - 5.7.23 : Database - yami_shops",
             "*********************************************************************", "*/", "",
             "/*!40101 SET NAMES utf8 */;", ""]
    for table, rows in (("tz_user", users), ("tz_user_addr", addrs)):
        names = ",".join(f"`{n}`" for n, _, _ in TABLES[table][1])
        lines += [f"/*Table structure for table `{table}` */", ""] + ddl(table) + [f"/*Data for the table `{table}` */", "",
                  f"insert  into `{table}`({names}) values", ",\n".join(row_text(row) for row in rows) + ";", ""]
    (out / "yami_shops.sql").write_text("\n".join(lines), encoding="utf-8")


# ---------------------------------------------------------------- newbee-mall (Navicat script)
def newbee(r: random.Random, fake: Faker, out: Path) -> None:
    lines = ["SET NAMES utf8mb4;", "SET FOREIGN_KEY_CHECKS = 0;", "", "-- ----------------------------",
             "-- Table structure for tb_newbee_mall_order", "-- ----------------------------"] + ddl("tb_newbee_mall_order")
    customers = [(r.randint(1, 5000), person(r, fake), fake.phone_number(), r.choice(PLACES)) for _ in range(150)]
    for i in range(400):
        uid, name, phone, place = r.choice(customers)
        at = when(r, 60)
        paid = r.random() < 0.8
        row = [i + 1, f"{at:%Y%m%d%H%M%S}{digits(r, 6)}", uid, r.choice([29, 99, 199, 1299, 4999, 6999]), 1 if paid else 0,
               r.choice([1, 2]) if paid else 0, stamp(at + timedelta(minutes=2)) if paid else None,
               r.choice([1, 2, 3, 4]) if paid else r.choice([0, -2]), r.choice(EXTRA), name, phone,
               place_address(r, place, spaced=r.random() < 0.6), 0, stamp(at), stamp(at + timedelta(hours=1))]
        lines.append(f"INSERT INTO `tb_newbee_mall_order` VALUES {row_text(row)};")
    lines += ["", "SET FOREIGN_KEY_CHECKS = 1;", ""]
    (out / "newbee_mall.sql").write_text("\n".join(lines), encoding="utf-8")


# ---------------------------------------------------------------- a push service's devices
def push(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    for i in range(400):
        dev = r.choice(DEVICES)
        ios = r.random() < 0.15
        brand = "Apple" if ios else dev[0]
        token = (hexid(r, 64) if ios else f"IQAAAACy0{hexid(r, 50)}" if brand == "HUAWEI"
                 else f"OnePlus_CN_{hexid(r, 32)}" if brand in ("OPPO", "OnePlus") else hexid(r, 44))
        at = when(r, 200) - timedelta(days=200)
        rows.append([i + 1, 10000 + i, r.choice([1, 2, 3, 7]), r.choice([0, 0, 1, 2, 3]),
                     str(uuid.UUID(int=r.getrandbits(128))).upper() if ios else r.choice([ZH3.imei(r), hexid(r, 16)]),
                     r.choice(["iPhone15,2", "iPhone14,5"]) if ios else r.choice([dev[2], dev[1]]), brand, token,
                     hashlib.md5(token.encode()).hexdigest(), r.choice(["17.5.1", "16.7.2"]) if ios else os_info(r, dev),
                     "ios" if ios else r.choice(["android", "android", "harmony"]) if brand == "HUAWEI" else "android",
                     r.choice(["3.2.1", "3.3.0", "3.4.2"]), str(r.choice([321, 330, 342])), stamp(at), stamp(at + timedelta(days=r.randint(0, 100)))])
    names = ", ".join(f"`{n}`" for n, _, _ in TABLES["device_info"][1])
    text = "\n".join(["-- 手机厂商设备信息表"] + ddl("device_info", "    ")
                     + [f"INSERT INTO `device_info` ({names}) VALUES " + ",".join(row_text(row) for row in rows) + ";", ""])
    (out / "push.sql").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- Sensors Analytics' events (ClickHouse)
def sensors(r: random.Random, fake: Faker, out: Path) -> None:
    cols = TABLES["sensors_events"][1]
    people = []
    for _ in range(90):
        dev, place = r.choice(DEVICES), r.choice(PLACES)
        people.append((str(r.randint(100000, 999999)) if r.random() < 0.6 else None, hexid(r, 16), str(uuid.UUID(int=r.getrandbits(128))),
                       fake.phone_number(), dev, place, ZH3.oaid(r)))
    rows = []
    for _ in range(600):
        login, android_id, anonymous, phone, dev, place, oaid = r.choice(people)
        at = when(r, 14)
        event = r.choice(EVENTS)
        net = r.choice(NETS)
        w, h = dev[6]
        identities = {"$identity_anonymous_id": anonymous, "$identity_android_id": android_id}
        if login:
            identities |= {"$identity_login_id": login, "$identity_mobile": phone}
        lib = {"$lib": "Android", "$lib_version": "6.8.0", "$app_version": "2.6.1", "$lib_method": "code",
               "$lib_detail": f"{r.choice(SCREENS)}######"}
        located = r.random() < 0.6
        props = {"$os": "Android", "$os_version": os_info(r, dev), "$manufacturer": dev[0], "$model": dev[2], "$brand": dev[0].upper(),
                 "$screen_width": w, "$screen_height": h, "$timezone_offset": -480, "$app_id": "com.yami.town", "$app_name": "小镇物语",
                 "$wifi": net == "WIFI", "$network_type": net, "$carrier": r.choice(CARRIERS)[0], "$device_id": android_id,
                 "$is_first_day": r.random() < 0.1, "$oaid": oaid, "电量": f"{r.randint(5, 100)}%",
                 "充电状态": r.choice(["充电中", "未充电", "未充电", "已充满"])}
        if located:
            props |= {"$latitude": near(r, place[5]), "$longitude": near(r, place[4]), "$province": place[0], "$city": place[1]}
        params = {"town_name": r.choice(TOWNS), "town_action": r.choice(TOWN_ACTIONS)} if event == "town_visit" else {}
        if event == "$AppViewScreen":
            params = {"$screen_name": r.choice(SCREENS), "$title": r.choice(["首页", "我的小镇", "商店"])}
        row = {"_track_id": r.getrandbits(62), "time": f"{at:%Y-%m-%d %H:%M:%S}.{r.randint(0, 999):03d}", "event_date": f"{at:%Y-%m-%d}",
               "type": "track", "distinct_id": login or android_id, "anonymous_id": anonymous, "event": event,
               "_flush_time": f"{at + timedelta(seconds=r.randint(1, 15)):%Y-%m-%d %H:%M:%S}.000",
               "identity_anonymous_id": anonymous, "identity_android_id": android_id, "lib_method": "code", "lib": "Android",
               "lib_version": "6.8.0", "app_version": "2.6.1", "lib_detail": lib["$lib_detail"],
               "town_name": params.get("town_name", ""), "town_action": params.get("town_action", ""),
               "is_first_day": int(props["$is_first_day"]), "os": "Android", "os_version": props["$os_version"],
               "manufacturer": dev[0], "model": dev[2], "brand": dev[0].upper(), "screen_width": w, "screen_height": h,
               "timezone_offset": -480, "app_id": "com.yami.town", "app_name": "小镇物语", "wifi": int(net == "WIFI"),
               "network_type": net, "lib_plugin_version": None, "device_id": android_id,
               "raw_identities": json.dumps(identities, ensure_ascii=False), "raw_lib": json.dumps(lib, ensure_ascii=False),
               "raw_properties": json.dumps(props, ensure_ascii=False), "raw_event_params": json.dumps(params, ensure_ascii=False)}
        cells = ["['android:6.8.0']" if name == "lib_plugin_version" else sql_value(row[name], "\\'") for name, _, _ in cols]
        rows.append("(" + ",".join(cells) + ")")
    body = ",\n".join(f"    {name} {kind}" + (f" COMMENT '{note}'" if note else "") for name, kind, note in cols)
    text = (f"CREATE TABLE IF NOT EXISTS sensors_events\n(\n{body}\n)\nENGINE = ReplacingMergeTree()\n"
            "PARTITION BY toYYYYMM(event_date)\nORDER BY (_track_id, event_date, event, distinct_id, time)\n"
            "TTL event_date + INTERVAL 1 YEAR\nSETTINGS index_granularity = 8192;\n\n"
            "INSERT INTO sensors_events VALUES " + ",\n".join(rows) + ";\n")
    (out / "sensors_events.sql").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- mall4j's API log (Spring Boot's file pattern)
def api_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines, at = [], BASE
    users = [(uid, person(r, fake), nickname(r, fake), fake.phone_number(), ip(r, fake, 0.9), r.choice(DEVICES)) for uid in range(1001, 1041)]
    for _ in range(450):
        at += timedelta(milliseconds=r.randint(100, 30000))
        uid, name, nick, phone, addr, dev = r.choice(users)
        place = r.choice(PLACES)
        pick = r.random()
        if pick < 0.2:
            logger, msg = "c.y.s.api.controller.AppReportController", "设备上报：" + json.dumps(
                {"设备型号": dev[2], "系统版本": os_info(r, dev), "OAID": ZH3.oaid(r), "电量": f"{r.randint(5, 100)}%",
                 "充电状态": r.choice(["充电中", "未充电"]), "网络": r.choice(NETS), "运营商": r.choice(CARRIERS)[0]}, ensure_ascii=False)
        elif pick < 0.35:
            logger, msg = "c.y.s.security.api.LoginController", f"用户登录成功 yhid={uid} sjh={phone} dlip={addr}"
        elif pick < 0.45:
            logger, msg = "c.y.s.api.controller.UserController", (
                f"实名认证请求参数：xm={name}&sfzh={ZH3.resident_id(r, ZH3.division(r)[0], born(r))}&lxdh={phone}")
        elif pick < 0.6:
            logger, msg = "c.y.s.api.controller.AddrController", (
                f"用户[{uid}]新增收货地址，收货人：{person(r, fake)}，电话：{fake.phone_number()}，地址：{place_address(r, place)}")
        elif pick < 0.7:
            logger, msg = "c.y.s.api.controller.LocationController", (
                f"定位上报 用户ID={uid} 经度={near(r, place[4])} 纬度={near(r, place[5])} 城市={place[1]}")
        elif pick < 0.8:
            logger, msg = "c.y.s.service.impl.SmsLogServiceImpl", f"短信验证码发送成功，手机号：{phone}，验证码：{digits(r, 6)}"
        elif pick < 0.9:
            logger, msg = "c.y.s.api.listener.SubmitOrderListener", f"用户{nick}下单成功，订单号：{digits(r, 19)}，用户ID={uid}"
        else:
            logger, msg = "c.y.s.common.handler.DefaultExceptionHandler", f"请求异常 User-Agent={r.choice(UAS)} IP={addr}"
        level = "ERROR" if logger.endswith("Handler") else "INFO"
        thread = f"nio-8086-exec-{r.randint(1, 10)}"
        lines.append(f"{at:%Y-%m-%dT%H:%M:%S}.{at.microsecond // 1000:03d}+08:00 {level:>5} 2817 --- [{thread:>15.15}] {logger[-40:]:<40} : {msg}")
    (out / "api.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [mall4j, newbee, push, sensors, api_log]


def verify(out: Path, labels: Path) -> int:
    return verify_tables(out, labels, TABLES, ("api.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20250721, HERE / "labels.csv"))
