"""Generate the twenty-first Chinese benchmark (benchmarks/zh21): four public Chinese projects' schemas, generated rows.

usage: python benchmarks/zh21/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese COMMENTs are those of a public project's SQL at a pinned
commit (transcribed in schemas.py, checked against snapshots by `schemas.py --check`); only the
rows are generated, as each project's own scripts write them:

- `crmeb.sql`: **crmeb/crmeb_java** (CRMEB, a WeChat shop, Apache-2.0) as its Navicat Premium dump
  `Crmeb_v1.4.sql` writes it: `eb_user` (用户表: `account` 用户账号, `real_name` 真实姓名, `card_id`
  身份证号码, `birthday` as text, `phone` 手机号码, `add_ip`/`last_ip`, `addres` 详细地址, `mark` 用户备注,
  `spread_uid` 推广员id) and `eb_user_address` (用户地址表, the users' locations: `real_name` 收货人姓名,
  `province`/`city`/`district` names, `detail`, `post_code`, `longitude`/`latitude` 经度/纬度 as text);
- `like.sql`: **likeshop-github/likeshop**'s `ls_order` (订单表: `consignee`, `province`/`city`/`district`
  as GB/T 2260 region ids, `address`, `mobile` 手机, `user_remark`, `attach_values` JSON, Unix-second
  times) as its install script writes it: `BEGIN;`, one INSERT of many rows, `COMMIT;`;
- `clicks.sql`: **lop1414/n8_adv_ks**'s `clicks` (快手点击表, Kuaishou ad-click callbacks: `muid`
  安卓为IMEI, IOS为IDFA, `android_id`, `oaid`, `oaid_md5`, `ip`, `ua`, `callback`, and `extends`
  扩展字段, a JSON object of the device's information: model, system, network, carrier, battery);
- `event_log.sql`: **kuzetech/study**'s ClickHouse `event_log_local` (a game SDK's events: `android_id`,
  `advertising_id`, `oaid`, `ios_idfa`, `device_id`, `model` 手机型号, `network_type`, `ip` 登陆IP,
  `longitude`/`latitude`, `resolution`, `os_version`, `carrier` 网络运营商, `area` 地区): its DDL and
  rows as `SELECT * … FORMAT SQLInsert` writes them (the MATERIALIZED `dt` left out);
- `log_info.log`: CRMEB front's logback file appender in its own pattern (a JSON-looking record over
  seven lines, the message unescaped), CRMEB's Chinese messages (`登录用户：… 不存在.`,
  `SCRM用户同步失败: phone=…, nickname=…`, `一号通-商家寄件-物流地址 :{…}`) and Han-keyed reports
  (`APP启动上报 用户ID=… 设备型号=… 系统版本=HarmonyOS 4.2.0 OAID=… 电量=85% 充电状态=充电中 网络=5G
  运营商=中国移动`).

Values: names, mobiles and IPs from Faker's zh_CN locale; divisions, identity numbers (valid check
digits), IMEIs and OAIDs through benchmarks/zh3's generator; compound-surname and minority names
through zh9's; devices, places, carriers and user agents through zh10's.

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

BASE = datetime(2025, 6, 16, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
PROVINCE_CODES = {"浙江省": 330000, "北京市": 110000, "广东省": 440000, "四川省": 510000, "湖北省": 420000, "陕西省": 610000}
MARKS = ["", "", "", "", "VIP客户", "多次恶意退款，注意", "老客户，赠品加倍", "投诉过物流", "测试账号"]
REMARKS = ["", "", "", "请尽快发货", "放门卫室就行", "工作日白天不在家，周末送", "送人的，不要放价签", "不要辣"]
USER_TYPES = ["routine", "routine", "wechat", "h5", "iosWx", "androidWx"]
NETS = ["WIFI", "4G", "5G", "WIFI", "5G", "3G"]
CHANNELS = ["huawei", "xiaomi", "oppo", "vivo", "taptap", "bilibili", "honor"]
EVENTS = [("login", "登录"), ("logout", "登出"), ("pay", "充值"), ("online", "在线"), ("level_up", "升级"), ("sdk_step", "SDK步骤")]
STEPS = ["init", "privacy_agree", "login_page", "login_success", "real_name_verify"]


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def navicat_table(table: str, rows: list[list], many: bool = False) -> str:
    """A table as Navicat Premium dumps it (CRMEB's and likeshop's install scripts): the DDL with
    `CHARACTER SET` on text columns, then one INSERT a row, or (`many`) one INSERT of all rows."""
    comment, cols = TABLES[table]
    lines = ["-- ----------------------------", f"-- Table structure for {table}", "-- ----------------------------",
             f"DROP TABLE IF EXISTS `{table}`;", f"CREATE TABLE `{table}`  ("]
    for i, (name, kind, note) in enumerate(cols):
        text = " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci" if kind.startswith(("varchar", "char", "text")) else ""
        null = "NOT NULL AUTO_INCREMENT" if i == 0 else "NULL DEFAULT NULL"
        lines.append(f"  `{name}` {kind}{text} {null}" + (f" COMMENT '{note}'" if note else "") + ",")
    lines += [f"  PRIMARY KEY (`{cols[0][0]}`) USING BTREE",
              f") ENGINE = InnoDB AUTO_INCREMENT = {len(rows) + 1} CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci"
              + (f" COMMENT = '{comment}'" if comment else "") + " ROW_FORMAT = DYNAMIC;", "",
              "-- ----------------------------", f"-- Records of {table}", "-- ----------------------------"]
    values = ["(" + ", ".join(sql_value(v) for v in row) + ")" for row in rows]
    if many:
        lines += ["BEGIN;", f"INSERT INTO `{table}` VALUES " + ", ".join(values) + ";", "COMMIT;"]
    else:
        lines += [f"INSERT INTO `{table}` VALUES {v};" for v in values]
    return "\n".join(lines) + "\n"


def navicat_head(schema: str) -> str:
    return (f"/*\n Navicat Premium Data Transfer\n\n Source Server         : 本地\n Source Server Type    : MySQL\n"
            f" Source Server Version : 50736\n Source Schema         : {schema}\n\n Target Server Type    : MySQL\n"
            " Target Server Version : 50736\n File Encoding         : 65001\n\n Date: 24/06/2025 11:15:06\n*/\n\n"
            "SET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 0;\n\n")


# ---------------------------------------------------------------- CRMEB: users and their addresses
def crmeb(r: random.Random, fake: Faker, out: Path) -> None:
    users, addresses = [], []
    for uid in range(1, 301):
        at = when(r, 300) - timedelta(days=300)
        phone = fake.phone_number()
        verified = r.random() < 0.45
        code, _, _, _ = ZH3.division(r)
        prov, city, district, _, _, _, _ = r.choice(PLACES)
        spread = r.randint(1, uid - 1) if uid > 5 and r.random() < 0.3 else 0
        promoter = r.random() < 0.15
        subscribed = r.random() < 0.4
        logged = at + timedelta(days=r.randint(0, 280), seconds=r.randint(0, 86400))
        users.append([uid, phone if r.random() < 0.7 else fake.user_name(), hexid(r, 22) + "==",
                      person(r, fake) if verified else "", f"{born(r):%Y-%m-%d}" if r.random() < 0.5 else "",
                      ZH3.resident_id(r, code, born(r)) if verified else "", r.choice(MARKS), None, r.choice(["", "1", "2"]),
                      r.choice(["", "", "1", "1,3", "2"]), nickname(r, fake) if r.random() < 0.7 else person(r, fake),
                      f"crmebimage/public/user/{at:%Y/%m/%d}/{hexid(r, 32)}.png", phone, ip(r, fake, 0.8), ip(r, fake, 0.8),
                      round(r.uniform(0, 3000), 2), round(r.uniform(0, 200), 2), r.randint(0, 9000), r.randint(0, 20000),
                      r.randint(0, 30), r.choice([1, 1, 1, 0]), r.randint(0, 7), spread, stamp(at) if spread else None,
                      r.choice(USER_TYPES), int(promoter), r.randint(0, 60), r.randint(0, 40) if promoter else 0,
                      f"{prov[:-1] if prov != city else ''}{city[:-1]}" if r.random() < 0.6 else f"{prov}{city}{district}{r.choice(STREETS[district])}{r.randint(1, 300)}号",
                      0, r.choice(["h5", "wechat", "routine"]), stamp(at), stamp(logged), stamp(logged), None,
                      f"/0/{spread}/" if spread else "/0/", int(subscribed), stamp(at) if subscribed else None,
                      r.choice([0, 1, 2, 1, 2, 3]), "CN", stamp(at) if promoter else None, 0, None])
    for aid in range(1, 401):
        prov, city, district, adcode, lng, lat, _ = r.choice(PLACES)
        at = when(r, 120) - timedelta(days=120)
        located = r.random() < 0.75
        addresses.append([aid, r.randint(1, 300), person(r, fake), fake.phone_number(), prov, city, int(adcode[:4] + "00"), district,
                          f"{r.choice(STREETS[district])}{r.randint(1, 500)}号{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(101, 2806)}室",
                          int(POSTCODES[prov]) if r.random() < 0.5 else 0, f"{near(r, lng)}" if located else "0",
                          f"{near(r, lat)}" if located else "0", r.choice([0, 0, 1]), r.choice([0, 0, 0, 1]), stamp(at), stamp(at)])
    text = navicat_head("crmeb") + navicat_table("eb_user", users) + "\n" + navicat_table("eb_user_address", addresses) + "\nSET FOREIGN_KEY_CHECKS = 1;\n"
    (out / "crmeb.sql").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- likeshop: orders
def likeshop(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    for oid in range(1, 401):
        at = when(r, 60)
        ts = int(at.timestamp())
        prov, city, district, adcode, _, _, _ = r.choice(PLACES)
        paid = r.random() < 0.8
        shipped = paid and r.random() < 0.8
        goods = round(r.uniform(9.9, 999), 2)
        discount = r.choice([0.0, 0.0, 5.0, 10.0])
        fetch = r.random() < 0.1
        attach = json.dumps({"give_integral_scene": 1, "give_integral_num": r.randint(0, 50), "give_growth_num": r.randint(0, 20)})
        rows.append([oid, f"{at:%Y%m%d%H%M%S}{digits(r, 6)}", r.randint(1, 300), r.choice([0, 0, 0, 1, 2]), r.choice([1, 1, 2, 3, 4]),
                     r.choice([1, 2, 3]) if paid else 0, int(paid), r.choice([1, 1, 2, 3]), ts + 60 if paid else 0,
                     person(r, fake), PROVINCE_CODES[prov], int(adcode[:4] + "00"), int(adcode),
                     f"{r.choice(STREETS[district])}{r.randint(1, 500)}号{r.randint(1, 30)}栋{r.randint(101, 2806)}室",
                     fake.phone_number(), 2 if fetch else 1, goods, round(goods - discount, 2), discount, 0.0, round(goods - discount, 2),
                     r.randint(1, 4), int(shipped), 0.0, ts + 86400 if shipped else 0, int(shipped), ts + 86400 if shipped else 0,
                     f"4200{digits(r, 24)}" if paid else None, r.choice(REMARKS), ts + 4 * 86400 if shipped else None,
                     None if paid else ts + 1800, 0, 0, None, 0, None, "", 0, ts, ts, None, 0, 0, r.randint(1, 300) if shipped else 0,
                     attach, digits(r, 8) if fetch else None, 0, r.randint(1, 5) if fetch else 0])
    (out / "like.sql").write_text(navicat_head("likeshop") + navicat_table("ls_order", rows, many=True) + "\nSET FOREIGN_KEY_CHECKS = 1;\n", encoding="utf-8")


# ---------------------------------------------------------------- n8_adv_ks: Kuaishou ad clicks
def clicks(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    for cid in range(1, 501):
        dev = r.choice(DEVICES)
        ios = r.random() < 0.2
        at = when(r, 20)
        oaid = "" if ios else ZH3.oaid(r)
        muid = str(uuid.UUID(int=r.getrandbits(128))).upper() if ios else (ZH3.imei(r) if r.random() < 0.3 else "")
        carrier = r.choice(CARRIERS)[0]
        extends = {"model": "iPhone15,2" if ios else dev[2], "os_version": "iOS 17.5.1" if ios else os_info(r, dev),
                   "net": r.choice(NETS), "carrier": carrier, "mac": ":".join(hexid(r, 2).upper() for _ in range(6))}
        if r.random() < 0.5:
            extends["battery"] = f"{r.randint(5, 100)}%"
        rows.append([cid, "kuaishou", int(digits(r, 10)), int(digits(r, 10)), int(digits(r, 11)), hexid(r, 32), r.randint(1, 40),
                     muid, "" if ios else hexid(r, 16), oaid, hashlib.md5(oaid.encode()).hexdigest() if oaid else None,
                     "1" if ios else "0", ip(r, fake, 0.95), r.choice(UAS), stamp(at),
                     f"http://ad.partner.kuaishou.com/track/activate?callback={hexid(r, 48)}",
                     f"https://h5.n8app.cn/landing/{r.randint(100, 999)}?ksCampaignId=__CAMPAIGNID__",
                     json.dumps(extends, ensure_ascii=False), stamp(at), stamp(at)])
    (out / "clicks.sql").write_text(navicat_head("n8_adv_ks") + navicat_table("clicks", rows).replace(
        " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci", ""), encoding="utf-8")


# ---------------------------------------------------------------- kuzetech/study: a game SDK's events in ClickHouse
def event_log(r: random.Random, fake: Faker, out: Path) -> None:
    _, cols = TABLES["event_log_local"]
    names = [name for name, _, _ in cols if name != "dt"]  # MATERIALIZED: not in SELECT *
    players = [(int(digits(r, 7)), r.randint(1000, 99999), r.choice(DEVICES), r.random() < 0.2, r.choice(PLACES)) for _ in range(80)]
    rows = []
    for _ in range(600):
        uid, pid, dev, ios, place = r.choice(players)
        event, _ = r.choice(EVENTS)
        at = when(r, 14)
        w, h = dev[6]
        carrier = r.choice(CARRIERS)[0]
        located = r.random() < 0.7
        row = {"app_id": "10086", "sdk_version": r.choice(["2.3.1", "2.4.0"]), "log_id": str(uuid.UUID(int=r.getrandbits(128))),
               "time": int(at.timestamp()), "event": event, "user_id": uid, "pid": pid,
               "duration": r.randint(30, 7200) if event == "online" else 0, "amount": r.choice([6, 30, 68, 128, 328, 648]) * 100 if event == "pay" else 0,
               "currency": "CNY" if event == "pay" else "", "online_num": r.randint(100, 5000), "step_name": r.choice(STEPS) if event == "sdk_step" else "",
               "android_id": "" if ios else hexid(r, 16), "advertising_id": "" if ios else str(uuid.UUID(int=r.getrandbits(128))),
               "oaid": "" if ios else ZH3.oaid(r), "ios_idfa": str(uuid.UUID(int=r.getrandbits(128))).upper() if ios else "",
               "device_id": hexid(r, 32), "model": "iPhone14,5" if ios else dev[2], "client_version": r.choice(["1.8.2", "1.9.0"]),
               "network_type": r.choice(NETS), "ip": ip(r, fake, 0.95), "longitude": near(r, place[4]) if located else 0,
               "latitude": near(r, place[5]) if located else 0, "channel": "appstore" if ios else r.choice(CHANNELS),
               "resolution": "1170*2532" if ios else f"{w}*{h}", "age": r.choice([0, 1, 2, 3, 4]), "gender": r.choice([0, 1, 2]),
               "create_time": int((at - timedelta(days=r.randint(1, 200))).timestamp()), "source": r.choice([1, 2, 3]),
               "os": "ios" if ios else "android", "os_version": "17.5.1" if ios else os_info(r, dev),
               "device_platform": "iPhone" if ios else "Android", "carrier": carrier, "country": "中国",
               "area": f"{place[0]}{place[1]}" if place[0] != place[1] else place[1], "subcontinents": "东亚"}
        rows.append("(" + ", ".join(sql_value(row[name]) for name in names) + ")")
    ddl = ["CREATE TABLE IF NOT EXISTS event_log_local", "(",
           ",\n".join(f"    {name:<15} {kind:<27} COMMENT '{note}'" if name != "dt" else
                      f"    {name:<15} {kind:<27} MATERIALIZED toDateTime(time)       COMMENT '{note}'" for name, kind, note in cols),
           ")", "ENGINE = ReplacingMergeTree", "PARTITION BY (toDate(time), event)", "ORDER BY (time, log_id);", ""]
    head = "INSERT INTO event_log_local (" + ", ".join(f"`{n}`" for n in names) + ") VALUES "
    (out / "event_log.sql").write_text("\n".join(ddl) + "\n" + head + ", ".join(rows) + ";\n", encoding="utf-8")


# ---------------------------------------------------------------- CRMEB front's log (its logback pattern)
def crmeb_log(r: random.Random, fake: Faker, out: Path) -> None:
    records, at = [], BASE
    users = [(uid, person(r, fake), nickname(r, fake), fake.phone_number(), ip(r, fake, 0.9), r.choice(DEVICES)) for uid in range(1, 41)]
    for _ in range(400):
        at += timedelta(milliseconds=r.randint(100, 30000))
        uid, name, nick, phone, addr, dev = r.choice(users)
        thread = f"http-nio-8081-exec-{r.randint(1, 10)}"
        prov, city, district, _, lng, lat, _ = r.choice(PLACES)
        pick = r.random()
        if pick < 0.3:
            level, logger, msg = "INFO", "c.z.f.c.AppReportController", (
                f"APP启动上报 用户ID={uid} 设备型号={dev[2]} 系统版本={os_info(r, dev)} OAID={ZH3.oaid(r)} "
                f"电量={r.randint(5, 100)}% 充电状态={r.choice(['充电中', '未充电', '未充电'])} 网络={r.choice(NETS)} "
                f"运营商={r.choice(CARRIERS)[0]}")
        elif pick < 0.42:
            level, logger, msg = "INFO", "c.z.f.s.impl.LoginServiceImpl", f"手机号登录成功 用户ID={uid} 手机号={phone} 登录IP={addr}"
        elif pick < 0.5:
            level, logger, msg = "INFO", "c.z.f.s.impl.UserDetailServiceImpl", f"登录用户：{phone} 不存在."
        elif pick < 0.6:
            level, logger, msg = "ERROR", "c.z.s.s.impl.UserServiceImpl", f"SCRM用户同步失败: phone={phone}, nickname={nick}"
        elif pick < 0.75:
            shipment = {"收件人": name, "电话": phone, "省份": prov, "城市": city, "区县": district,
                        "详细地址": f"{r.choice(STREETS[district])}{r.randint(1, 500)}号", "经度": near(r, lng), "纬度": near(r, lat)}
            level, logger, msg = "INFO", "c.z.s.s.impl.OnePassServiceImpl", f"一号通-商家寄件-物流地址 :{json.dumps(shipment, ensure_ascii=False)}"
        elif pick < 0.85:
            level, logger, msg = "ERROR", "c.z.s.s.impl.UserServiceImpl", f"用户登录时，记录最后一次登录时间出错,uid = {uid}"
        elif pick < 0.93:
            level, logger, msg = "INFO", "c.z.f.s.impl.UserCenterServiceImpl", (
                f"实名认证 用户ID={uid} 姓名={name} 身份证号={ZH3.resident_id(r, ZH3.division(r)[0], born(r))}")
        else:
            level, logger, msg = "ERROR", "c.z.s.s.impl.StoreOrderTaskServiceImpl", f"OrderTaskServiceImpl.autoCancel | 订单不存在，orderNo: order{digits(r, 18)}"
        pad = " " * 20
        records.append("{\n" + "\n".join(pad + line for line in [
            '"app": "Crmeb",', f'"timestamp":"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond // 1000:03d}",', f'"level": "{level}",',
            f'"thread": "{thread}",', f'"class": "{logger}",', f'"message": "{msg}" }}']) + "\n" + pad + "\n")
    (out / "log_info.log").write_text("".join(records), encoding="utf-8")


GENERATORS = [crmeb, likeshop, clicks, event_log, crmeb_log]


def verify(out: Path, labels: Path) -> int:
    return verify_tables(out, labels, TABLES, ("log_info.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20250616, HERE / "labels.csv"))
