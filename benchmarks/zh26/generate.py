"""Generate the twenty-sixth Chinese benchmark (benchmarks/zh26): a PHP shop's users, addresses, orders,
browsing and searches, a JT/T 808 vehicle-terminal server's devices, vehicles and positions, a Spring Cloud
admin framework's staff and request log, and the terminal server's application log.

usage: python benchmarks/zh26/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese comments are those of a public project at a pinned commit
(transcribed in schemas.py, checked against snapshots by `schemas.py --check`):

- `shopxo.sql`: **gongfuxiang/shopxo** (MIT), Navicat's dump of MySQL 8 (one `INSERT INTO `t` VALUES (…);`
  a row): `sxo_user` (会员码, 手机号码, 所在省/市, a birthday as a Unix time, 推荐人), `sxo_user_address` and
  `sxo_order_address` (收件人, region ids and names, 经纬度, 身份证 for cross-border parcels), `sxo_user_platform`
  (openids of WeChat, Alipay, Baidu, Toutiao, QQ, Kuaishou), `sxo_order` (client type, 用户备注), the interaction
  tables `sxo_goods_browse` and `sxo_search_history` (keywords, filters as JSON, the searcher's IP), and
  `sxo_sms_log` (Aliyun's request and answer); every time is a Unix time in an int column;
- `jt808.sql`: **yezhihao/jt808-server** (Apache-2.0), its own scripts' style (`CREATE TABLE IF NOT EXISTS`,
  `insert ignore into t(…) values (…), (…);`): `device` (终端ID, the terminal's SIM number `mobile_no`, ICCID,
  IMEI, model and maker), `vehicle` (车牌号, 车架号, 引擎号), `device_status` and `location` (coordinates as
  integers in millionths of a degree, speed in tenths of km/h), `online_record`;
- `pig.sql`: **pig-mesh/pig** (Apache-2.0), a `mysqldump`-like script: `sys_user` (its published
  administrator, then staff with WeChat, QQ, Gitee, WeCom and DingTalk ids) and `sys_log` (request log:
  the client's IP, agent, URI and form parameters);
- `jt808.log`: jt808-server's log4j2 pattern (`%d{yyyy-MM-dd HH:mm:ss.SSS} [%t] %p %m%n`): messages received
  from terminals (registration with the plate, authentication with the IMEI, position reports, the driver's
  identity card report), failed authentications and disconnections.

Values: names, mobiles and IPs from Faker's zh_CN locale, compound-surname and minority names through
zh9's generator, identity numbers and IMEIs through zh3's, places and agents through zh10's (all through
benchmarks/zhvalues.py).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from labelcheck import generator_main  # noqa: E402
from schemas import PUBLISHED, TABLES  # noqa: E402
from zhsql import ip, sql_value, stamp, verify_tables  # noqa: E402
from zhvalues import PLACES, STREETS, UAS, ZH3, born, faker, hexid, near, nickname, person  # noqa: E402

BASE = datetime(2026, 6, 3, 10, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
NUMERIC = re.compile(r"(?:big|tiny|small|medium)?int|decimal|double|float", re.I)
# ShopXO's region ids of the provinces of PLACES, and of their cities and districts (sxo_region)
REGION_IDS = {"浙江省": (11, 1123, 1130), "北京市": (1, 72, 2799), "广东省": (19, 2063, 2067), "四川省": (23, 2461, 2469),
              "湖北省": (17, 1781, 1788), "陕西省": (27, 2893, 2902)}
PLATFORMS = ["pc", "h5", "ios", "android", "weixin", "weixin", "alipay", "baidu", "toutiao", "qq", "kuaishou"]
NOTES = ["请尽快发货", "放快递柜", "周末送货", "不要打电话，放门卫", "发顺丰", "送人的，不要放发票", "尺码偏小请发大一码"]
KEYWORDS = ["手机", "iPhone 15", "连衣裙 夏季", "运动鞋", "华为 Mate 60", "洗衣液", "口红", "儿童玩具", "茶叶 西湖龙井",
            "笔记本电脑", "小米手环", "充电宝", "床上四件套"]
GOODS_PARAMS = ['[{"name":"颜色","value":"黑色"}]', '[{"name":"尺码","value":"XL"}]', '[{"name":"容量","value":"256G"}]']
SMS_FAIL = ["触发小时级流控Permits:5", "触发天级流控Permits:10", "非法手机号", "账户余额不足"]
# JT/T 808 terminals: (model, maker id, firmware)
TERMINALS = [("JT701", "70111", "JT701_V2.3.5"), ("GT06N", "10001", "GT06N_20_60DM2_B25E_V13"), ("A8-4G", "33201", "A8_4G_V1.0.7"),
             ("YZH-808", "12345", "YZH808-V3.1"), ("TK-905", "20086", "TK905_V1.8")]
PLATE_HEADS = {"浙江省": "浙A", "北京市": "京A", "广东省": "粤B", "四川省": "川A", "湖北省": "鄂A", "陕西省": "陕A"}
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
PROVINCE_CODES = {"浙江省": (33, 100), "北京市": (11, 100), "广东省": (44, 300), "四川省": (51, 100), "湖北省": (42, 100), "陕西省": (61, 100)}
LOG_TITLES = [("用户登录", "/auth/oauth2/token", "POST"), ("添加用户", "/admin/user", "POST"), ("修改个人信息", "/admin/user/edit", "PUT"),
              ("删除用户", "/admin/user", "DELETE"), ("导出日志", "/admin/log/export", "GET"), ("编辑角色", "/admin/role", "PUT")]
WINDOWS_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"


def when(r: random.Random, days: int = 60) -> datetime:
    return BASE - timedelta(days=days) + timedelta(seconds=r.randint(0, days * 86400))


def epoch(at: datetime) -> int:
    return int(at.timestamp())


def md5(r: random.Random) -> str:
    return hashlib.md5(str(r.random()).encode()).hexdigest()


def openid(r: random.Random, head: str, n: int = 27) -> str:
    return head + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def street_address(r: random.Random, place: tuple) -> str:
    """A street, a number and often a building and a room in the place's district, as a buyer types it."""
    tail = f"{r.choice(STREETS[place[2]])}{r.randint(1, 600)}号"
    if r.random() < 0.6:
        tail += f"{r.choice(['阳光', '金色', '锦绣', '翠苑', '和平'])}{r.choice(['花园', '小区', '公寓'])}{r.randint(1, 20)}幢{r.randint(1, 30)}0{r.randint(1, 4)}室"
    return tail


def literal(value, kind: str) -> str:
    """A value as Navicat and mysqldump write it: numbers of numeric columns bare, the rest quoted."""
    if isinstance(value, str) and NUMERIC.match(kind) and re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return value
    return sql_value(value)


def mysql_ddl(table: str, opening: str, nullable: str, closing: str) -> list[str]:
    """The backquoted DDL Navicat and pig's script write: each text column with its character set,
    `nullable` (`NOT NULL`, `DEFAULT NULL`) before its comment, the key, then `closing` (the engine's
    options, ending in the table's comment)."""
    note, cols = TABLES[table]
    lines = [f"DROP TABLE IF EXISTS `{table}`;", opening]
    for name, kind, comment in cols:
        text = " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci" if "char" in kind or "text" in kind else ""
        lines.append(f"  `{name}` {kind}{text} {nullable} COMMENT '{comment}',")
    lines.append(f"  PRIMARY KEY (`{cols[0][0]}`) USING BTREE")
    lines.append(closing.format(note=note))
    return lines


def row_inserts(table: str, rows: list[list]) -> str:
    """One `INSERT INTO `t` VALUES (…);` a row, no column list."""
    kinds = [kind for _, kind, _ in TABLES[table][1]]
    return "".join(f"INSERT INTO `{table}` VALUES (" + ", ".join(literal(v, k) for v, k in zip(row, kinds)) + ");\n" for row in rows)


def navicat(table: str, rows: list[list]) -> str:
    """A table as Navicat dumps it: backquoted DDL with character sets, then one INSERT a row."""
    lines = mysql_ddl(table, f"CREATE TABLE `{table}`  (", "NOT NULL",
                      ") ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '{note}' ROW_FORMAT = Dynamic;")
    return (f"-- ----------------------------\n-- Table structure for {table}\n-- ----------------------------\n" + "\n".join(lines)
            + f"\n\n-- ----------------------------\n-- Records of {table}\n-- ----------------------------\n"
            + row_inserts(table, rows) + "\n")


def jt808_script(table: str, rows: list[list]) -> str:
    """A table as jt808-server's scripts write it: `CREATE TABLE IF NOT EXISTS`, upper-case types, then
    `insert ignore into t(columns) values` with a row a line."""
    note, cols = TABLES[table]
    lines = [f"CREATE TABLE IF NOT EXISTS `{table}`", "("]
    lines += [f"  `{name}` {kind} NULL COMMENT '{comment}'," for name, kind, comment in cols]
    lines += [f"  PRIMARY KEY (`{cols[0][0]}`)", f") ENGINE = InnoDB COMMENT '{note}';"]
    kinds = [kind for _, kind, _ in cols]
    values = ",\n".join("  (" + ", ".join(literal(v, k) for v, k in zip(row, kinds)) + ")" for row in rows)
    return "\n".join(lines) + f"\n\ninsert ignore into {table}({', '.join(n for n, _, _ in cols)}) values\n{values}\n;\n\n"


def dump(table: str, rows: list[list]) -> str:
    """A table as pig's script has it: DDL with per-column character sets, one INSERT a row."""
    lines = mysql_ddl(table, f"CREATE TABLE `{table}` (", "DEFAULT NULL",
                      ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='{note}';")
    return "\n".join(lines) + "\n\n" + f"BEGIN;\n{row_inserts(table, rows)}COMMIT;\n\n"


# ---------------------------------------------------------------- ShopXO (Navicat dump)
def shopxo(r: random.Random, fake: Faker, out: Path) -> None:
    users, uids = [], list(range(1, 301))
    for uid in uids:
        at = when(r, 300)
        place = r.choice(PLACES)
        filled = r.random() < 0.5
        phone = fake.phone_number()
        users.append([uid, str(r.randint(10000000, 99999999)), r.choice([0, 0, 0, 0, 1, 2]), str(r.randint(100000, 999999)), md5(r),
                      r.choice(["", "", fake.user_name(), fake.user_name() + str(r.randint(1, 99))]),
                      r.choice([person(r, fake), nickname(r, fake), f"用户{phone[-4:]}", "微信用户"]), phone,
                      fake.free_email() if r.random() < 0.3 else "", r.choice([0, 1, 2]),
                      r.choice([f"https://thirdwx.qlogo.cn/mmopen/vi_32/{openid(r, 'Q', 60)}/132",
                                f"/static/upload/images/user_avatar/compr/{at:%Y/%m/%d}/{at:%Y%m%d%H%M%S}{r.randint(100000, 999999)}.png", ""]),
                      place[0] if filled else "", place[1] if filled else "", place[2] if filled else "",
                      epoch(datetime.combine(born(r), datetime.min.time(), BASE.tzinfo)) if r.random() < 0.4 else 0,
                      street_address(r, place) if filled else "", r.randint(0, 5000), r.choice([0, 0, 0, 100]),
                      r.choice(uids[:uid - 1]) if uid > 1 and r.random() < 0.3 else 0, 0,
                      epoch(at + timedelta(days=30)) if r.random() < 0.03 else 0, epoch(at), epoch(at + timedelta(days=r.randint(0, 30)))])
    addresses, book = [], {}
    for aid in range(1, 251):
        uid = r.choice(uids)
        place = r.choice(PLACES)
        name = person(r, fake) if r.random() < 0.8 else users[uid - 1][6]
        cross = r.random() < 0.2
        at = when(r, 200)
        entry = [aid, uid, r.choice(["", "", "家", "公司", "学校", "老家"]), name, fake.phone_number(), *REGION_IDS[place[0]],
                 street_address(r, place), place[3], f"{near(r, place[4]):.10f}", f"{near(r, place[5]):.10f}",
                 name if cross else "", ZH3.resident_id(r, place[3], born(r)) if cross else "",
                 f"/static/upload/images/user/idcard/{at:%Y/%m/%d}/{hexid(r, 16)}.jpg" if cross else "",
                 f"/static/upload/images/user/idcard/{at:%Y/%m/%d}/{hexid(r, 16)}.jpg" if cross else "",
                 r.choice([0, 0, 1]), epoch(at), epoch(at)]
        addresses.append(entry)
        book.setdefault(uid, []).append((entry, place))
    platforms = []
    for pid, uid in enumerate(uids, start=1):
        at = when(r, 300)
        kind = r.choice(PLATFORMS)
        ids = {k: "" for k in ("alipay", "weixin", "unionid", "web", "baidu", "toutiao", "toutiao_union", "qq", "qq_union", "kuaishou")}
        if kind == "weixin":
            ids["weixin"], ids["unionid"] = openid(r, "o"), openid(r, "o") if r.random() < 0.6 else ""
        elif kind in ("h5", "pc") and r.random() < 0.4:
            ids["web"], ids["unionid"] = openid(r, "o"), openid(r, "o")
        elif kind == "alipay":
            ids["alipay"] = "2088" + str(r.randint(10 ** 11, 10 ** 12 - 1))
        elif kind == "baidu":
            ids["baidu"] = openid(r, "", 32)
        elif kind == "toutiao":
            ids["toutiao"], ids["toutiao_union"] = openid(r, "_000", 40)[:40], openid(r, "", 36)
        elif kind == "qq":
            ids["qq"], ids["qq_union"] = hexid(r, 32).upper(), "UID_" + hexid(r, 28).upper()
        elif kind == "kuaishou":
            ids["kuaishou"] = "f" + hexid(r, 31)
        platforms.append([pid, uid, "default", kind, md5(r), *ids.values(), epoch(at), epoch(at + timedelta(days=r.randint(0, 60)))])
    orders, order_addresses = [], []
    for oid in range(1, 401):
        uid = r.choice(list(book))
        at = when(r, 120)
        state = r.choice([1, 2, 3, 4, 4, 4, 5, 6])
        paid = state in (2, 3, 4)
        price = round(r.uniform(9.9, 3999), 2)
        freight = r.choice([0, 0, 10, 12])
        model = r.choice([0, 0, 0, 0, 2])
        orders.append([oid, f"{at:%Y%m%d%H%M%S}{r.randint(100000, 999999)}", uid, 1, r.choice([1, 2, 3, 4]), "default", state,
                       1 if paid else 0,
                       json.dumps([{"name": "运费", "price": freight, "type": 1, "tips": f"+￥{freight}元"}], ensure_ascii=False) if freight else "",
                       r.randint(1, 5), f"{freight:.2f}", f"{r.choice([0, 0, 5, 10]):.2f}", f"{price:.2f}", f"{price + freight:.2f}",
                       f"{price + freight:.2f}" if paid else "0.00", "0.00", 0, r.choice(PLATFORMS), model, 0,
                       r.choice(NOTES) if r.random() < 0.3 else "", epoch(at + timedelta(minutes=3)) if paid else 0,
                       epoch(at) if state >= 1 else 0, epoch(at + timedelta(days=1)) if state in (3, 4) else 0,
                       epoch(at + timedelta(hours=1)) if state == 5 else 0, epoch(at + timedelta(days=4)) if state == 4 else 0,
                       epoch(at + timedelta(days=1)) if state == 6 else 0, 0, 0, 0, 0, 0, epoch(at), epoch(at + timedelta(days=4))])
        entry, place = r.choice(book[uid])
        pickup = model == 2
        order_addresses.append([oid, oid, uid, entry[0], entry[2], entry[3], entry[4], *entry[5:9], place[0], place[1], place[2],
                                entry[10], entry[11], r.choice(["", "", "工作日", "周末"]), person(r, fake) if pickup else "",
                                fake.phone_number() if pickup else "", *entry[12:16], epoch(at), epoch(at)])
    browses = []
    for bid in range(1, 501):
        at = when(r, 60)
        browses.append([bid, r.randint(1, 120), r.choice(uids), r.choice([1, 1, 1, 2, 3, 7]), epoch(at), epoch(at + timedelta(hours=r.randint(0, 200)))])
    searches = []
    for sid in range(1, 501):
        at = when(r, 60)
        filt = r.random() < 0.3
        searches.append([sid, r.choice(uids) if r.random() < 0.7 else 0, json.dumps([str(r.randint(1, 30))]) if filt else "",
                         json.dumps([str(r.randint(1, 300))]) if r.random() < 0.3 else "", r.choice(KEYWORDS) if r.random() < 0.9 else "",
                         json.dumps(["100-200"]) if filt else "", "", r.choice(GOODS_PARAMS) if filt else "", "",
                         r.choice(["default", "sales_count", "access_count", "min_price", "id"]), r.choice(["asc", "desc"]),
                         json.dumps({"total": r.randint(0, 80), "page_total": r.randint(0, 4)}), ip(r, fake, 0.9), int(f"{at:%Y%m%d}"), epoch(at)])
    sms = []
    for mid in range(1, 201):
        at = when(r, 30)
        phone = fake.phone_number()
        ok = r.random() < 0.85
        code = f"{r.randint(0, 999999):06d}"
        request = {"PhoneNumbers": phone, "SignName": "ShopXO", "TemplateCode": "SMS_130920312", "TemplateParam": json.dumps({"code": code})}
        answer = ({"Message": "OK", "RequestId": hexid(r, 8).upper() + "-" + hexid(r, 4).upper(), "BizId": f"{r.randint(10 ** 14, 10 ** 15)}^0", "Code": "OK"}
                  if ok else {"Message": r.choice(SMS_FAIL), "Code": "isv.BUSINESS_LIMIT_CONTROL"})
        sms.append([mid, "aliyun", 1 if ok else 2, phone, "ShopXO", "SMS_130920312", json.dumps({"code": code}),
                    "https://dysmsapi.aliyuncs.com/", json.dumps(request, ensure_ascii=False), json.dumps(answer, ensure_ascii=False),
                    "" if ok else answer["Message"], r.randint(0, 2), epoch(at), epoch(at)])
    head = ("/*\n Navicat Premium Data Transfer\n\n Source Server         : 本机\n Source Server Type    : MySQL\n"
            " Source Server Version : 80042\n Source Schema         : shopxo_online\n\n File Encoding         : 65001\n*/\n\n"
            "SET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 0;\n\n")
    parts = [navicat("sxo_user", users), navicat("sxo_user_address", addresses), navicat("sxo_user_platform", platforms),
             navicat("sxo_order", orders), navicat("sxo_order_address", order_addresses), navicat("sxo_goods_browse", browses),
             navicat("sxo_search_history", searches), navicat("sxo_sms_log", sms)]
    (out / "shopxo.sql").write_text(head + "".join(parts) + "SET FOREIGN_KEY_CHECKS = 1;\n", encoding="utf-8")


# ---------------------------------------------------------------- jt808-server (its own scripts' style)
def sim(r: random.Random, fake: Faker) -> int:
    """A terminal's SIM number: an ordinary mobile, or an IoT card's 13 digits (1064…, 1440…)."""
    if r.random() < 0.4:
        return int(fake.phone_number())
    return int(r.choice(["1064", "1440"]) + str(r.randint(10 ** 8, 10 ** 9 - 1)))


def terminal_id(r: random.Random) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))


def plate(r: random.Random, place: tuple) -> str:
    tail = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4))
    return PLATE_HEADS[place[0]] + r.choice("0123456789DF") + tail


def reverse_geocode(r: random.Random, place: tuple) -> str:
    """A position as a map API's reverse geocoder names it: the district and a street, or a landmark."""
    city = place[1] if place[0] == place[1] else place[0] + place[1]
    return city + place[2] + (r.choice(STREETS[place[2]]) + f"{r.randint(1, 600)}号" if r.random() < 0.6 else r.choice(place[6]) + "附近")


def jt808(r: random.Random, fake: Faker, out: Path) -> None:
    fleet = []  # (device id, vehicle id, agency, sim, plate, place)
    devices, vehicles, statuses = [], [], []
    for vid in range(1, 151):
        place = r.choice(PLACES)
        did, phone, agency = terminal_id(r), sim(r, fake), r.choice([1, 2, 3])
        model, maker, firmware = r.choice(TERMINALS)
        installed = when(r, 500)
        plate_no = plate(r, place)
        fleet.append((did, vid, agency, phone, plate_no, place))
        devices.append([did, agency, vid, phone, "898604" + str(r.randint(10 ** 13, 10 ** 14 - 1)), ZH3.imei(r),
                        stamp(installed + timedelta(days=r.randint(0, 200))), stamp(installed), r.choice([0, 1]),
                        f"V{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 20)}", firmware, f"HW{r.choice(['1.0', '1.1', '2.0'])}", model, maker,
                        0, r.choice(["db", "admin"]), r.choice(["db", "admin"]), stamp(installed), stamp(installed)])
        vin = "L" + "".join(r.choice(VIN_CHARS) for _ in range(16))
        province, city = PROVINCE_CODES[place[0]]
        vehicles.append([vid, agency, did, plate_no, vin, "".join(r.choice(VIN_CHARS) for _ in range(r.choice([8, 9, 10]))),
                         r.choice([1, 1, 2, 2, 5]), r.choice([10, 11, 41, 42]), city, province,
                         r.choice(["", "", "冷链车", "渣土车", "公司班车"]), "admin", "admin", stamp(installed), stamp(installed), stamp(installed)])
    positions, records = [], []
    for _ in range(800):
        did, vid, agency, phone, plate_no, place = r.choice(fleet)
        at = when(r, 10)
        positions.append([vid, stamp(at), phone, did, r.choice([0, 0, 0, 1, 4]), r.choice([786432, 786435, 3]),
                          int(near(r, place[4], 0.2) * 1e6), int(near(r, place[5], 0.2) * 1e6), r.randint(0, 900),
                          r.randint(0, 1200), r.randint(0, 359), stamp(at + timedelta(seconds=r.randint(1, 5)))])
    for did, vid, agency, phone, plate_no, place in fleet:
        at = when(r, 2)
        statuses.append([r.choice([0, 1]), plate_no, agency, vid, stamp(at), phone, did, 0, r.choice([786432, 786435, 3]),
                         int(near(r, place[4], 0.2) * 1e6), int(near(r, place[5], 0.2) * 1e6), r.randint(0, 900), r.randint(0, 1200),
                         r.randint(0, 359), reverse_geocode(r, place) if r.random() < 0.8 else None, stamp(at), stamp(at - timedelta(days=30))])
    for _ in range(300):
        did, vid, agency, phone, plate_no, place = r.choice(fleet)
        records.append([agency, vid, phone, did, stamp(when(r, 30)), r.randint(30, 86400)])
    text = "".join(jt808_script(t, rows) for t, rows in [("device", devices), ("vehicle", vehicles), ("device_status", statuses),
                                                         ("location", positions), ("online_record", records)])
    (out / "jt808.sql").write_text(text, encoding="utf-8")
    app_log(r, fake, fleet, out)


# ---------------------------------------------------------------- pig (its script)
def pig(r: random.Random, fake: Faker, out: Path) -> None:
    users = [list(row) for row in PUBLISHED["sys_user"]]
    accounts = ["admin"]
    for uid in range(1790000000000000001, 1790000000000000081):
        at = when(r, 400)
        account = r.choice([fake.user_name(), fake.user_name() + str(r.randint(1, 99)), fake.phone_number()])
        accounts.append(account)
        name = person(r, fake)
        bound = lambda p: r.random() < p  # noqa: E731
        users.append([uid, account, "$2a$10$" + "".join(r.choice("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(53)),
                      None, fake.phone_number(), f"/admin/sys-file/local/{hexid(r, 32)}.png" if bound(0.5) else None,
                      r.choice([name, nickname(r, fake)]), name, fake.company_email() if bound(0.6) else None, "admin", " ", stamp(at),
                      stamp(at + timedelta(days=r.randint(0, 100))), r.choice(["0", "0", "0", "9"]), "0", None, "0",
                      openid(r, "o") if bound(0.3) else None, openid(r, "o") if bound(0.2) else None,
                      hexid(r, 32).upper() if bound(0.1) else None, fake.user_name() if bound(0.1) else None,
                      str(r.randint(1000000, 9999999)) if bound(0.05) else None,
                      r.choice([fake.romanized_name().replace(" ", ""), name]) if bound(0.3) else None,
                      f"{r.randint(10 ** 15, 10 ** 16 - 1)}" if bound(0.2) else None, r.choice([1, 2, 3, 4, 5, 6, 7])])
    logs = []
    for lid in range(1800000000000000001, 1800000000000000401):
        title, uri, method = r.choice(LOG_TITLES)
        account = r.choice(accounts)
        error = r.random() < 0.1
        if uri.startswith("/auth"):
            params = f"username={account}&randomStr={r.randint(10 ** 16, 10 ** 17)}&code={r.randint(1000, 9999)}&grant_type=password&scope=server"
        elif method == "DELETE":
            params = f"id={r.randint(1, 80)}"
        elif method == "GET":
            params = f"current=1&size=20&createTime={BASE:%Y-%m-%d}"
        else:
            params = ""
        at = when(r, 30)
        logs.append([lid, "9" if error else "0", title, r.choice(["pig", "custom"]), account, " ", stamp(at), None, ip(r, fake, 0.4),
                     r.choice([WINDOWS_UA, *UAS[:2]]), uri, method, params, r.randint(3, 900), "0",
                     "用户名或密码错误" if error and uri.startswith("/auth") else "java.lang.NullPointerException" if error else None])
    text = "SET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 0;\n\n" + dump("sys_user", users) + dump("sys_log", logs) + "SET FOREIGN_KEY_CHECKS = 1;\n"
    (out / "pig.sql").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- the application log (jt808-server's log4j2 pattern)
def app_log(r: random.Random, fake: Faker, fleet: list, out: Path) -> None:
    lines, at = [], BASE
    serials: dict[str, int] = {}
    for _ in range(600):
        at += timedelta(milliseconds=r.randint(20, 8000))
        t = f"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond // 1000:03d}"
        did, vid, agency, phone, plate_no, place = r.choice(fleet)
        cid = f"{phone:012d}" if phone < 10 ** 12 else str(phone)
        serials[did] = serial = serials.get(did, 0) + 1
        addr = f"/{fake.ipv4_public()}:{r.randint(10000, 65000)}"
        head = f"[cid={cid},version=-1,serialNo={serial},props={r.choice([28, 31, 45])},verified=true]"
        thread = f"nioEventLoopGroup-{r.choice([3, 4])}-{r.randint(1, 8)}"
        pick = r.random()
        if pick < 0.45:
            lines.append(f"{t} [{thread}] INFO {addr}\n<<<<<-0200位置信息汇报{head}T0200{{dateTime={at:%Y-%m-%dT%H:%M:%S},"
                         f"longitude={int(near(r, place[4], 0.2) * 1e6)},latitude={int(near(r, place[5], 0.2) * 1e6)},altitude={r.randint(0, 900)},"
                         f"speed={r.randint(0, 1200)},direction={r.randint(0, 359)},warnBit=0,statusBit=11000000000000000011,attributes={{}}}}")
        elif pick < 0.6:
            model, maker, _ = r.choice(TERMINALS)
            province, city = PROVINCE_CODES[place[0]]
            lines.append(f"{t} [{thread}] INFO {addr}\n<<<<<-0100终端注册{head}T0100{{provinceId={province},cityId={city},makerId={maker},"
                         f"deviceModel={model},deviceId={did},plateColor=1,plateNo={plate_no}}}")
        elif pick < 0.72:
            lines.append(f"{t} [{thread}] INFO {addr}\n<<<<<-0102终端鉴权{head}T0102{{token={hexid(r, 16)},imei={ZH3.imei(r)},"
                         f"softwareVersion=V{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 20)}}}")
        elif pick < 0.82:
            name = person(r, fake)
            lines.append(f"{t} [{thread}] INFO {addr}\n<<<<<-0702驾驶员身份信息采集上报{head}T0702{{status=1,dateTime={at:%y%m%d%H%M%S},"
                         f"cardStatus=0,name={name},licenseNo={ZH3.resident_id(r, r.choice(ZH3.DIVISIONS)[0], born(r))},"
                         f"institution={place[1]}交通运输局,licenseValidPeriod={r.randint(2027, 2032)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}}}")
        elif pick < 0.9:
            lines.append(f"{t} [{thread}] WARN 鉴权失败：不存在的设备ID[{terminal_id(r)}]")
        else:
            lines.append(f"{t} [{thread}] WARN <<<<<断开连接{addr}")
    (out / "jt808.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [shopxo, jt808, pig]


def verify(out: Path, labels: Path) -> int:
    return verify_tables(out, labels, TABLES, ("jt808.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20260603, HERE / "labels.csv"))
