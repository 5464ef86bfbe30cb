"""Generate the nineteenth Chinese benchmark (benchmarks/zh19): real public Chinese schemas, generated values.

usage: python benchmarks/zh19/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese COMMENTs are those of two public open-source shops'
SQL at pinned commits (transcribed below, checked against a snapshot by `schemas.py --check`);
only the rows are generated:

- `mall.sql`: **macrozheng/mall** (`document/sql/mall.sql` at 74eebe06, Apache-2.0) as its
  Navicat Premium dump writes it (backticked DDL, `CHARACTER SET utf8 COLLATE …`, `COMMENT '…'`
  on the columns that have one, one `INSERT INTO … VALUES (…);` a row): `ums_member` (会员表),
  `ums_member_receive_address` (会员收货地址表), `ums_member_login_log` (no comments at all),
  `ums_admin_login_log` (`user_agent` '浏览器登录类型'), `oms_order` (订单表, 44 columns of receivers,
  invoices and amounts, `pay_type` '支付方式：0->未支付；1->支付宝；2->微信');
- `ruoyi-vue-pro.sql`: **YunaiV/ruoyi-vue-pro (yudao)** (`sql/postgresql/ruoyi-vue-pro.sql` and
  `yudao-module-member/src/test/resources/sql/create_tables.sql` at e4e460d5, MIT) as its
  PostgreSQL script writes it (unquoted DDL, `COMMENT ON COLUMN t.c IS '…';` after each table,
  `INSERT INTO t (cols) VALUES (…);`): `system_users`, `system_login_log` (`user_ip` '用户 IP',
  `user_agent` '浏览器 UA'), `member_user` (`name` '真实名字', `area_id` '所在地', `register_ip`);
- `datafinder_events.ndjson`, a **Volcengine DataFinder (火山引擎增长分析)**
  raw-event export: DataFinder's `user` (`user_unique_id`, `device_id`, `ssid`),
  `header` (its preset properties `os_name`, `device_model`, `resolution`, `access`, `carrier`,
  `mcc_mnc`, `timezone` 8, `tz_name`, `tz_offset`, `client_ip`, `oaid`, …) and `params` (the
  app's own event properties: battery, volume, headphones, coordinates, search words);
- `DataFinder用户列表.csv`: the same tool's **user list export** under its Chinese display names
  (用户唯一标识, 设备ID, 操作系统, 设备型号, 运营商, 网络类型, 屏幕分辨率, 最近IP, 手机号 …);
- `mall-portal.log`: mall's **logstash JSON log** (the `LoggingEventCompositeJsonEncoder`
  pattern of its `logback-spring.xml`: `@timestamp`, `project`, `level`, `service`, `pid`,
  `thread`, `class`, `message`, `stack_trace`), `WebLogAspect`'s request records (`url`,
  `method`, `parameter`, `spendTime`, `description` beside a `message` holding the WebLog as JSON).

Values: person names, mobiles, e-mail and IPv4 addresses from Faker's zh_CN locale (MIT); GB/T 2260
divisions and addresses through benchmarks/zh3's generator; compound-surname and minority names
through zh9's; devices, places and carriers through zh10's.

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import csv
import json
import random
import re
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
import zhsql  # noqa: E402
from labelcheck import check_labels, generator_main  # noqa: E402
from schemas import MALL, YUDAO  # noqa: E402
from zhsql import stamp  # noqa: E402
from zhvalues import CARRIERS, DEVICES, PLACES, POSTCODES, UAS, ZH3, digits, faker, hexid, nickname, person  # noqa: E402
from zhwriters import write_csv, write_ndjson  # noqa: E402

BASE = datetime(2024, 11, 5, 9, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
JOBS = ["学生", "程序员", "教师", "医生", "销售", "设计师", "公务员", "自由职业", "会计", "IT", "", None]
SIGNATURES = ["生活不止眼前的苟且", "爱吃爱玩爱分享", "认真生活，慢慢变好", "宝妈一枚，专注母婴好物", "数码控，手机换得比衣服勤", "", None]
STREETS = ["科技园南路", "文三路", "中关村大街", "春熙路", "珞喻路", "小寨东路", "东晓街道", "科兴科学园"]
BROWSER_TYPES = ["Chrome 11", "Chrome 12", "Firefox 12", "Safari", "Microsoft Edge", "Chrome Mobile", "Mobile Safari"]
DESKTOP_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"
MAC_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"
COMPANIES = ["深圳市云帆科技有限公司", "杭州禾木贸易有限公司", "成都锦城文化传媒有限公司", "武汉光谷信息技术有限公司"]
EXPRESS = [("顺丰快递", "SF"), ("圆通快递", "YT"), ("中通快递", "ZT"), ("韵达快递", "YD"), ("京东物流", "JDV")]
PROMOTIONS = ["无优惠", "满减优惠：满3000.00元，减300.00元", "单品促销,打折优惠：满3件，打7.50折", "满减优惠：满500.00元，减50.00元;无优惠"]
NOTES = ["", "", "", None, "请尽快发货", "不要放快递柜，送到家门口", "送人的，不要放发票", "工作日白天不在家，周末送"]
STAFF_REMARKS = [None, "", "管理员", "客服组长", "运营，负责华南区活动", "外包，合同到2025年6月"]
MEMBER_MARKS = [None, None, "", "VIP客户", "多次恶意退款，注意", "老客户，赠品加倍", "投诉过物流"]


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def bcrypt(r: random.Random) -> str:
    return "$2a$10$" + "".join(r.choice("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(53))


def login_name(r: random.Random, fake: Faker) -> str:
    pick = r.random()
    if pick < 0.5:
        return fake.romanized_name().replace(" ", "").lower()[:16]
    if pick < 0.75:
        return fake.user_name()
    return fake.phone_number()  # mall's portal lets a member log in with the mobile as the username


def ip(r: random.Random, fake: Faker) -> str:
    return zhsql.ip(r, fake, 0.8)


def sql_value(value) -> str:
    """A value as both dumps write it: a quote inside a string doubled."""
    return zhsql.sql_value(value, quote="''")


def avatar(r: random.Random, day: datetime) -> str:
    return f"http://192.168.3.101:9090/mall/{day:%Y%m%d}/{hexid(r, 32)}.{r.choice(['jpg', 'png'])}"  # mall's MinIO bucket


# ---------------------------------------------------------------- mall: Navicat's MySQL dump
def navicat_table(table: str, rows: list[list]) -> list[str]:
    title, columns = MALL[table]
    lines = ["-- ----------------------------", f"-- Table structure for {table}", "-- ----------------------------",
             f"DROP TABLE IF EXISTS `{table}`;", f"CREATE TABLE `{table}`  ("]
    for name, kind, comment in columns:
        text = " CHARACTER SET utf8 COLLATE utf8_general_ci" if kind.startswith("varchar") else ""
        null = "NOT NULL AUTO_INCREMENT" if name == "id" else "NULL DEFAULT NULL"
        lines.append(f"  `{name}` {kind}{text} {null}" + (f" COMMENT '{comment}'" if comment else "") + ",")
    lines += ["  PRIMARY KEY (`id`) USING BTREE",
              f") ENGINE = InnoDB AUTO_INCREMENT = {len(rows) + 1} CHARACTER SET = utf8 COLLATE = utf8_general_ci "
              f"COMMENT = '{title}' ROW_FORMAT = DYNAMIC;", "", "-- ----------------------------", f"-- Records of {table}",
              "-- ----------------------------"]
    lines += [f"INSERT INTO `{table}` VALUES (" + ", ".join(sql_value(v) for v in row) + ");" for row in rows]
    return lines + [""]


def place(r: random.Random):
    prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
    return prov, city, district, adcode


def mall_dump(r: random.Random, fake: Faker, out: Path) -> None:
    members = []
    for i in range(300):
        created = when(r, 700) - timedelta(days=700)
        prov, city, *_ = place(r)
        born = ZH3.born(r)
        members.append([
            i + 1, r.choice([4, 4, 4, 1, 2, 3]), login_name(r, fake), bcrypt(r), nickname(r, fake), fake.phone_number(),
            r.choice([1, 1, 1, 0]), stamp(created), avatar(r, created) if r.random() < 0.6 else None, r.choice([0, 1, 2, 2]),
            f"{born:%Y-%m-%d}" if r.random() < 0.7 else None, city if r.random() < 0.8 else None, r.choice(JOBS),
            r.choice(SIGNATURES), r.choice([0, 1, 2]), r.randint(0, 20000), r.randint(0, 5000), r.randint(0, 5), r.randint(0, 40000),
        ])
    addresses = []
    for i in range(360):
        member = r.choice(members)
        prov, city, district, _ = place(r)
        addresses.append([i + 1, member[0], person(r, fake), member[5] if r.random() < 0.5 else fake.phone_number(),
                          r.choice([0, 1]), POSTCODES[prov] if r.random() < 0.8 else None, prov, city, district,
                          f"{r.choice(STREETS)}{r.randint(1, 300)}号{fake.last_name()}{r.choice(['花园', '公寓', '大厦', '小区'])}"
                          f"{r.randint(1, 30)}栋{r.randint(1, 3)}单元{r.randint(1, 32)}{r.randint(1, 6):02d}室"])
    logins = []
    for i in range(600):
        prov, city, *_ = place(r)
        logins.append([i + 1, r.choice(members)[0], stamp(when(r, 60)), ip(r, fake), city, r.choice([0, 1, 1, 2, 3]), prov])
    admin_logins = []
    for i in range(240):
        prov, city, *_ = place(r)
        admin_logins.append([i + 1, r.choice([1, 3, 4, 6, 7, 8]), stamp(when(r, 60)), ip(r, fake) if r.random() < 0.9 else "0:0:0:0:0:0:0:1",
                             f"{prov}{city}" if r.random() < 0.6 else None, r.choice(BROWSER_TYPES) if r.random() < 0.9 else None])
    orders = []
    for i in range(400):
        member = r.choice(members)
        created = when(r, 60)
        source, pay = r.choice([0, 1, 1]), r.choice([0, 1, 2, 2])
        status = r.choice([0, 1, 2, 3, 3, 3, 4])
        total = round(r.uniform(19, 9000), 2)
        promo, freight = round(total * r.choice([0, 0, 0.05, 0.1]), 2), r.choice([0.0, 0.0, 10.0, 12.0])
        coupon = r.choice([0.0, 0.0, 5.0, 20.0])
        pay_amount = round(total - promo - coupon + freight, 2)
        company, code = r.choice(EXPRESS)
        shipped = status in (2, 3)
        receiver = r.choice(addresses)
        bill = r.choice([0, 0, 1, 1, 2])
        header = None if not bill else r.choice(["个人", "个人", receiver[2], r.choice(COMPANIES)])
        paid = created + timedelta(minutes=r.randint(1, 30))
        orders.append([
            i + 1, member[0], r.choice([None, None, 2, 7, 26]), f"{created:%Y%m%d}{source:02d}{pay:02d}{i + 1:06d}", stamp(created), member[2],
            total, pay_amount, freight, promo, 0.0, coupon, 0.0, pay, source, status, r.choice([0, 0, 0, 1]),
            company if shipped else None, f"{code}{digits(r, 13)}" if shipped else None, 15, int(pay_amount), int(pay_amount),
            r.choice(PROMOTIONS), bill if bill else None, header, ("明细" if bill else None),
            (receiver[3] if bill and r.random() < 0.7 else None), (fake.free_email() if bill == 1 else None),
            receiver[2], receiver[3], receiver[5], *receiver[6:10], r.choice(NOTES), 1 if status == 3 else 0,
            r.choice([0, 0, 0, 1]), r.choice([None, 0, 100, 500]), stamp(paid) if status else None,
            stamp(paid + timedelta(hours=r.randint(2, 48))) if shipped else None,
            stamp(paid + timedelta(days=r.randint(2, 6))) if status == 3 else None,
            stamp(paid + timedelta(days=r.randint(6, 12))) if status == 3 and r.random() < 0.3 else None,
            stamp(created + timedelta(hours=r.randint(1, 9))) if r.random() < 0.2 else None,
        ])
    lines = ["/*", " Navicat Premium Data Transfer", "", " Source Server         : localhost", " Source Server Type    : MySQL",
             " Source Server Version : 50719", " Source Host           : localhost:3306", " Source Schema         : mall", "",
             " Target Server Type    : MySQL", " Target Server Version : 50719", " File Encoding         : 65001", "",
             " Date: 05/12/2024 10:21:44", "*/", "", "SET NAMES utf8mb4;", "SET FOREIGN_KEY_CHECKS = 0;", ""]
    for table, rows in (("oms_order", orders), ("ums_admin_login_log", admin_logins), ("ums_member", members),
                        ("ums_member_login_log", logins), ("ums_member_receive_address", addresses)):
        lines += navicat_table(table, rows)
    lines.append("SET FOREIGN_KEY_CHECKS = 1;")
    (out / "mall.sql").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- yudao: its PostgreSQL script
PG_TYPES = {"bigint": "int8", "tinyint": "int2", "int": "int4", "datetime": "timestamp", "bit(1)": "int2"}


def pg_table(table: str, rows: list[list]) -> list[str]:
    title, columns = YUDAO[table]
    names = [name for name, _, _ in columns]
    lines = ["-- ----------------------------", f"-- Table structure for {table}", "-- ----------------------------",
             f"DROP TABLE IF EXISTS {table};", f"CREATE TABLE {table} ("]
    body = [f"  {name} {PG_TYPES.get(kind, kind)} {'NOT NULL' if name == 'id' else 'NULL'}" for name, kind, _ in columns]
    lines += [",\n".join(body), ");", "", f"ALTER TABLE {table} ADD CONSTRAINT pk_{table} PRIMARY KEY (id);", ""]
    lines += [f"COMMENT ON COLUMN {table}.{name} IS '{comment}';" for name, _, comment in columns if comment]
    lines += [f"COMMENT ON TABLE {table} IS '{title}';", "", "-- ----------------------------", f"-- Records of {table}",
              "-- ----------------------------", "-- @formatter:off", "BEGIN;"]
    lines += [f"INSERT INTO {table} ({', '.join(names)}) VALUES (" + ", ".join(sql_value(v) for v in row) + ");" for row in rows]
    return lines + ["COMMIT;", "-- @formatter:on", ""]


def yudao_script(r: random.Random, fake: Faker, out: Path) -> None:
    staff = []
    for i in range(90):
        created = when(r, 400) - timedelta(days=400)
        staff.append([
            i + 1, "admin" if i == 0 else login_name(r, fake), bcrypt(r), person(r, fake), r.choice(STAFF_REMARKS), r.choice([100, 103, 104, 105, 107]),
            r.choice(["[1]", "[2]", "[1,2]", "[4]", None]), fake.free_email() if r.random() < 0.8 else "", fake.phone_number() if r.random() < 0.9 else "",
            r.choice([0, 1, 2]), avatar(r, created) if r.random() < 0.4 else "", r.choice([0, 0, 0, 1]), ip(r, fake), stamp(when(r, 30)),
            "1", stamp(created), r.choice(["1", "1", "104", None]), stamp(created + timedelta(days=r.randint(0, 300))), 0, 1,
        ])
    members = []
    for i in range(320):
        created = when(r, 500) - timedelta(days=500)
        born = ZH3.born(r)
        members.append([
            i + 247, nickname(r, fake), person(r, fake) if r.random() < 0.7 else None, r.choice([0, 1, 2]),
            f"{born:%Y-%m-%d} 00:00:00" if r.random() < 0.6 else None, int(place(r)[3]) if r.random() < 0.8 else None,
            r.choice(MEMBER_MARKS), r.randint(0, 8000), avatar(r, created) if r.random() < 0.5 else "", r.choice([0, 0, 0, 1]),
            fake.phone_number(), fake.free_email() if r.random() < 0.3 else None, bcrypt(r), ip(r, fake), ip(r, fake), stamp(when(r, 30)),
            r.choice(["1,2", "3", "", None, "2,5"]), r.choice([None, 1, 2, 3]), r.randint(0, 3000), r.choice([None, 1, 2]),
            r.choice(["", None, "1"]), stamp(created), r.choice(["", None, "1"]), stamp(created + timedelta(days=r.randint(0, 200))), 0, 1,
        ])
    logs = []
    for i in range(620):
        is_member = r.random() < 0.5
        who = r.choice(members) if is_member else r.choice(staff)
        at = when(r, 30)
        log_type, result = r.choice([(100, 0), (100, 0), (100, 10), (100, 20), (101, 0), (103, 0), (200, 0)])
        username = who[10] if is_member else who[1]
        ua = r.choice(UAS) if is_member else r.choice([DESKTOP_UA, MAC_UA, DESKTOP_UA])
        logs.append([i + 1, log_type, hexid(r, 32) if r.random() < 0.7 else "", who[0] if result == 0 else 0, 1 if is_member else 2,
                     username, result, ip(r, fake), ua, "1" if result == 0 else None, stamp(at), "1" if result == 0 else None, stamp(at), 0, 1])
    lines = ["/*", " Yudao Database Transfer Tool", "", " Source Server Type    : MySQL", "", " Target Server Type    : PostgreSQL", "",
             " Date: 2024-12-05 10:03:11", "*/", ""]
    for table, rows in (("system_login_log", logs), ("system_users", staff), ("member_user", members)):
        lines += pg_table(table, rows)
    (out / "ruoyi-vue-pro.sql").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- Volcengine DataFinder
DF_EVENTS = [("app_launch", {}), ("predefine_pageview", {"page_title": ["首页", "商品详情", "购物车", "我的订单", "搜索结果"]}),
             ("search", {"keyword": ["羽绒服 女", "降噪耳机", "螺蛳粉 整箱", "儿童电话手表", "扫地机器人"]}),
             ("goods_click", {"goods_name": ["小米14 Ultra 16GB+512GB", "华为 FreeBuds Pro 3", "三只松鼠 坚果礼盒", "安踏 跑步鞋"]}),
             ("add_cart", {"goods_name": ["Apple iPhone 16 128GB", "飞利浦 电动牙刷 HX2431", "五常大米 5kg"]}),
             ("store_nearby", {})]
HEADPHONES = ["none", "none", "wired", "bluetooth:华为 FreeBuds Pro 3", "bluetooth:AirPods Pro 2", "bluetooth:小米 Buds 4 Pro"]
CHANNELS = ["huawei", "xiaomi", "oppo", "vivo", "yingyongbao", "App Store"]


def df_device(r: random.Random, fake: Faker) -> dict:
    brand, model_name, model, os_name, versions, sdk, (w, h), dpi = r.choice(DEVICES)
    carrier, mccmnc = r.choice(CARRIERS)
    prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
    return {"user_unique_id": str(r.randint(10_000_000, 99_999_999)), "device_id": str(r.randint(7_000_000_000_000_000_000, 7_399_999_999_999_999_999)),
            "ssid": str(uuid.UUID(int=r.getrandbits(128), version=4)), "brand": brand, "model": model, "os": "Android",
            "os_version": str(r.choice([12, 13, 14])), "rom": f"{os_name} {r.choice(versions)}", "res": f"{w}x{h}",
            "carrier": carrier, "mccmnc": mccmnc, "ip": fake.ipv4_public(), "oaid": ZH3.oaid(r), "prov": prov, "city": city,
            "lng": lng, "lat": lat, "channel": r.choice(CHANNELS), "first": when(r, 200) - timedelta(days=200)}


def datafinder(r: random.Random, fake: Faker, out: Path) -> None:
    devices = [df_device(r, fake) for _ in range(150)]
    events = []
    for _ in range(480):
        d = r.choice(devices)
        at = when(r, 30)
        name, props = r.choice(DF_EVENTS)
        params = {key: r.choice(values) for key, values in props.items()}
        params.update({"battery_level": r.randint(5, 100), "is_charging": r.choice([0, 0, 1]),
                       "media_volume": r.randint(0, 15), "headphone": r.choice(HEADPHONES)})
        if name == "store_nearby":
            params.update({"longitude": round(d["lng"] + r.uniform(-0.03, 0.03), 6), "latitude": round(d["lat"] + r.uniform(-0.03, 0.03), 6)})
        events.append({
            "event": name, "local_time_ms": int(at.timestamp() * 1000), "server_time": int(at.timestamp()) + r.randint(0, 3),
            "user": {"user_unique_id": d["user_unique_id"], "device_id": d["device_id"], "ssid": d["ssid"]},
            "header": {"app_id": 10000123, "app_name": "禾木优选", "app_version": r.choice(["5.2.0", "5.3.1", "5.3.2"]),
                       "app_channel": d["channel"], "os_name": d["os"], "os_version": d["os_version"], "device_brand": d["brand"],
                       "device_model": d["model"], "rom_version": d["rom"], "resolution": d["res"], "language": "zh",
                       "region": "CN", "timezone": 8, "tz_name": "Asia/Shanghai", "tz_offset": 28800,
                       "access": r.choice(["WIFI", "WIFI", "4G", "5G"]), "carrier": d["carrier"], "mcc_mnc": d["mccmnc"],
                       "client_ip": d["ip"], "oaid": d["oaid"], "sdk_version": "6.16.3"},
            "params": params,
        })
    write_ndjson(out / "datafinder_events.ndjson", events)
    header = ["用户唯一标识", "设备ID", "首次访问时间", "最近访问时间", "操作系统", "操作系统版本", "设备品牌", "设备型号", "运营商",
              "网络类型", "屏幕分辨率", "国家", "省份", "城市", "最近IP", "应用版本", "渠道", "性别", "生日", "手机号", "会员等级", "累计订单数"]
    rows = []
    for d in devices:
        born = ZH3.born(r)
        rows.append([d["user_unique_id"], d["device_id"], stamp(d["first"]), stamp(when(r, 30)), d["os"], d["os_version"], d["brand"],
                     d["model"], d["carrier"], r.choice(["WIFI", "4G", "5G"]), d["res"], "中国", d["prov"], d["city"], d["ip"],
                     r.choice(["5.2.0", "5.3.1", "5.3.2"]), d["channel"], r.choice(["男", "女", "未知"]),
                     f"{born:%Y-%m-%d}" if r.random() < 0.6 else "", fake.phone_number() if r.random() < 0.8 else "",
                     r.choice(["普通会员", "黄金会员", "铂金会员", "钻石会员"]), r.randint(0, 60)])
    write_csv(out / "DataFinder用户列表.csv", header, rows, encoding="utf-8-sig")


# ---------------------------------------------------------------- mall-portal's logstash JSON log
SEARCH_WORDS = ["手机", "小米", "华为 mate", "耳机", "连衣裙", "运动鞋"]


def mall_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines = []
    at = BASE
    users = [(login_name(r, fake), fake.phone_number(), ip(r, fake)) for _ in range(40)]

    def emit(level: str, thread: str, cls: str, message: str, extra: dict | None = None, trace: str = "") -> None:
        record = {"@timestamp": at.isoformat(timespec="milliseconds"), "project": "mall", "level": level,
                  "service": "mall-portal", "pid": "18624", "thread": thread, "class": cls, "message": message, "stack_trace": trace}
        record.update(extra or {})
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))

    for _ in range(420):
        at += timedelta(milliseconds=r.randint(50, 20000))
        name, phone, addr = r.choice(users)
        thread = f"http-nio-8085-exec-{r.randint(1, 10)}"
        pick = r.random()
        if pick < 0.62:
            prov, city, district, _ = place(r)
            uri, desc, params = r.choice([
                ("/sso/login", "会员登录", {"username": name, "password": "123456"}),
                ("/sso/getAuthCode", "获取验证码", {"telephone": phone}),
                ("/sso/register", "会员注册", {"username": name, "password": "123456", "telephone": phone, "authCode": digits(r, 6)}),
                ("/member/address/add", "添加收货地址", {"name": person(r, fake), "phoneNumber": phone, "defaultStatus": 1,
                                                     "postCode": POSTCODES[prov], "province": prov, "city": city, "region": district,
                                                     "detailAddress": f"{r.choice(STREETS)}{r.randint(1, 300)}号{r.randint(1, 30)}栋{r.randint(101, 2606)}室"}),
                ("/esProduct/search/simple", "简单搜索", {"keyword": r.choice(SEARCH_WORDS), "pageNum": 0, "pageSize": 5}),
                ("/member/readHistory/create", "创建浏览记录", {"productId": r.randint(26, 45), "productName": r.choice(DF_EVENTS[3][1]["goods_name"])}),
            ])
            spend = r.randint(3, 900)
            web_log = {"basePath": "http://api.mall.local:8085", "description": desc, "ip": addr, "method": "POST", "parameter": params,
                       "result": {"code": 200, "message": "操作成功"}, "spendTime": spend, "startTime": int(at.timestamp() * 1000),
                       "uri": uri, "url": f"http://api.mall.local:8085{uri}", "username": name if uri != "/sso/getAuthCode" else None}
            emit("INFO", thread, "com.macro.mall.common.log.WebLogAspect", json.dumps(web_log, ensure_ascii=False, separators=(",", ":")),
                 {"url": web_log["url"], "method": "POST", "parameter": params, "spendTime": spend, "description": desc})
        elif pick < 0.75:
            emit("INFO", thread, "com.macro.mall.portal.service.impl.UmsMemberServiceImpl",
                 f"会员{name}登录成功，IP：{addr}，归属地：{r.choice(PLACES)[0]}{r.choice(PLACES)[1]}")
        elif pick < 0.85:
            emit("INFO", "scheduling-1", "com.macro.mall.portal.component.OrderTimeOutCancelTask",
                 f"取消订单，并根据sku编号释放锁定库存，取消订单数量：{r.randint(0, 4)}")
        elif pick < 0.93:
            emit("WARN", thread, "com.macro.mall.portal.service.impl.UmsMemberServiceImpl", f"验证码错误，手机号：{phone}")
        else:
            emit("ERROR", thread, "com.macro.mall.common.exception.GlobalExceptionHandler", "请求异常：用户名或密码错误",
                 trace="com.macro.mall.common.exception.ApiException: 用户名或密码错误\n\tat com.macro.mall.common.exception.Asserts.fail(Asserts.java:11)")
    (out / "mall-portal.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [mall_dump, yudao_script, datafinder, mall_log]


def flat_keys(record: dict, prefix: str = "") -> set[str]:
    keys = set()
    for key, value in record.items():
        if isinstance(value, dict):
            keys |= flat_keys(value, f"{prefix}{key}.")
        else:
            keys.add(f"{prefix}{key}")
    return keys


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    fields: dict[str, set[str]] = {table: {c for c, _, _ in cols} for table, (_, cols) in {**MALL, **YUDAO}.items()}
    with (out / "datafinder_events.ndjson").open(encoding="utf-8") as fh:
        fields["datafinder_events.ndjson"] = set().union(*(flat_keys(json.loads(line)) for line in fh))
    with (out / "DataFinder用户列表.csv").open(encoding="utf-8-sig", newline="") as fh:
        fields["DataFinder用户列表.csv"] = set(next(csv.reader(fh)))
    text = (out / "mall.sql").read_text(encoding="utf-8") + (out / "ruoyi-vue-pro.sql").read_text(encoding="utf-8")
    missing = [t for t in fields if t in MALL or t in YUDAO if not re.search(rf"CREATE TABLE `?{t}`? ", text)]
    for table in missing:
        print(f"table not written: {table}")
    return check_labels(out, fields, labels, ("mall-portal.log",)) or (1 if missing else 0)


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20241205, HERE / "labels.csv"))
