"""Generate the twentieth Chinese benchmark (benchmarks/zh20): five public Chinese projects' schemas, generated rows.

usage: python benchmarks/zh20/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese COMMENTs are those of a public project's SQL at a pinned
commit (transcribed in schemas.py, checked against snapshots by `schemas.py --check`); only the
rows are generated, as each project's own scripts write them:

- `litemall.sql`: **linlinjava/litemall** (a WeChat mini-program shop, MIT) as mysqldump writes it:
  `litemall_user` (users: `mobile` 用户手机号码, `nickname`, `birthday`, `weixin_openid`,
  `session_key`, `last_login_ip`), `litemall_address` (收货地址表), `litemall_order` (订单表:
  `consignee`, `mobile`, `address` as litemall joins it, `message` 用户订单留言) and
  `litemall_search_history` (the interaction events of search: `keyword`, `from` pc/wx/app);
- `autobon.sql`: **Autobon/Platform**'s Flyway migrations (a car-care technicians' app):
  `t_technician` (`phone` with no comment, `id_no` 身份证号, `bank_card_no` 银行卡号, `push_id` a
  Getui client id) and `t_location` (技师实时位置表: `lng`/`lat` 实时位置经度/纬度 and the reverse-geocoded
  `province`, `city`, `district`, `street`, `street_number`), one multi-row INSERT each;
- `push_device.sql`: **fanlushuai/push-mq-consumer**'s `t_device` (设备表: `push_token`, `imei`
  设备唯一编号, `platform` 设备品牌, `os_info` 系统信息 `HarmonyOS 4.2.0`, `timezone`);
- `dot_event_record.sql`: **yuqiyich/chat_server**'s Navicat dump of a ride-hailing app's event
  records (埋点: `event_key`, `device_id`, `net_state`, `location_lat` commented 当前位置经度 and
  `location_lng` 当前位置的纬度 — the comments swapped as in the source —, `ext` 备注字段 holding the
  battery as the app reports it `电量:67%,充电中`, `request_ip`, the three columns added by ALTER);
- `ulaunchlog.sql`: **zhongweilijinwei/FuseServer**'s SDK launch log (`iccid` sim卡卡号, `imsi`,
  `position` `30.2591,120.1301`, `netype`, `isp` 运营商, `dpi` `1080*2400*480`);
- `technician-app.log`: the technicians' service's Spring Boot log (default console pattern) whose
  messages are Chinese with Han keys: `登录成功 手机号=… 登录IP=…`, `位置上报 技师ID=12 经度=… 纬度=…
  电量=85% 充电状态=充电中 网络=4G`, `实名认证提交 姓名=… 身份证号=…`, device registrations with
  OAID and 系统版本, orders with 收货地址.

Values: names, mobiles and IPs from Faker's zh_CN locale; divisions, addresses, identity numbers
(valid check digits), IMEIs, OAIDs and UnionPay cards through benchmarks/zh3's generator; minority
and compound-surname names through zh9's; devices, places and carriers through zh10's.

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from labelcheck import generator_main  # noqa: E402
from schemas import TABLES  # noqa: E402
from zhsql import ip, sql_value, stamp, verify_tables  # noqa: E402
from zhvalues import CARRIERS, DEVICES, PLACES, POSTCODES, STREETS, ZH3, born, digits, faker, hexid, near, nickname, os_info, person  # noqa: E402

BASE = datetime(2024, 12, 2, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
SEARCHES = ["洗车液", "汽车脚垫", "行车记录仪", "车载充电器", "玻璃水", "补漆笔", "轮胎 205/55R16", "机油 5W-30", "儿童安全座椅", "车载香薰"]
MESSAGES = ["", "", "", "请尽快发货", "放门卫室就行", "工作日白天不在家，周末送", "送人的，不要放价签", "发顺丰，到付也行"]
REFUNDS = [None, None, None, "拍错了", "不想要了", "商品与描述不符", "快递太慢，已在别处买了"]
EXPRESS = ["顺丰速运", "中通快递", "圆通速递", "韵达快递", "京东物流", "邮政EMS"]
BANKS = ["工商银行", "建设银行", "农业银行", "招商银行", "中国银行", "交通银行"]
VERIFY_MSGS = [None, None, "", "身份证照片不清晰，请重新上传", "银行卡号与开户人不一致", "审核通过"]
SKILLS = ["1", "2", "3", "1,2", "1,3", "2,4"]
EVENTS = [("click_call_car", "点击立即叫车"), ("click_cancel_order", "取消订单"), ("page_home_show", "首页曝光"),
          ("click_sos", "点击紧急求助"), ("click_share_trip", "分享行程"), ("page_pay_show", "支付页曝光"),
          ("click_coupon", "领取优惠券"), ("click_call_driver", "拨打司机电话")]
SCENES = ["home", "trip", "pay", "order", "sos"]
NETS = ["WIFI", "4G", "5G", "WIFI", "4G", "3G", "无网络"]
CHANNELS = ["huawei", "xiaomi", "oppo", "vivo", "yingyongbao", "appstore", "honor"]
PLUGINS = ["pay", "share", "push", "login", "analytics", "ad", "update"]
LANGUAGES = ["zh-CN", "zh-CN", "zh-CN", "zh_CN", "en-US", "zh-TW"]
ZONES = ["Asia/Shanghai", "Asia/Shanghai", "GMT+08:00", "Asia/Chongqing", "Asia/Hong_Kong", "Asia/Urumqi"]


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def ddl(table: str, engine: str = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4") -> str:
    """The table's CREATE TABLE as MySQL prints it, its comments as the source has them."""
    comment, cols = TABLES[table]
    lines = [f"  `{name}` {kind} DEFAULT NULL" + (f" COMMENT '{note}'" if note else "") for name, kind, note in cols]
    lines[0] = f"  `{cols[0][0]}` {cols[0][1]} NOT NULL AUTO_INCREMENT" + (f" COMMENT '{cols[0][2]}'" if cols[0][2] else "")
    tail = f") {engine}" + (f" COMMENT='{comment}'" if comment else "") + ";"
    return f"DROP TABLE IF EXISTS `{table}`;\nCREATE TABLE `{table}` (\n" + ",\n".join(lines + [f"  PRIMARY KEY (`{cols[0][0]}`)"]) + "\n" + tail


def one_insert_a_row(table: str, rows: list[list]) -> str:
    return "\n".join(f"INSERT INTO `{table}` VALUES (" + ",".join(sql_value(v) for v in row) + ");" for row in rows)


def multi_row_insert(table: str, rows: list[list]) -> str:
    """Flyway seed style: one INSERT with a column list and many rows, a row a line."""
    names = ", ".join(f"`{name}`" for name, _, _ in TABLES[table][1])
    body = ",\n".join("(" + ",".join(sql_value(v) for v in row) + ")" for row in rows)
    return f"INSERT INTO `{table}` ({names}) VALUES\n{body};"


def place(r: random.Random) -> tuple:
    return r.choice(PLACES)


def battery(r: random.Random) -> str:
    """How the ride-hailing app writes its battery into `ext`: percent, then the state."""
    level = r.randint(3, 100)
    state = "充电中" if r.random() < 0.3 else ("已充满" if level == 100 else "未充电")
    return r.choice([f"电量:{level}%,{state}", f"电量{level}%|{state}", f"battery={level}%;{state}"])


# ---------------------------------------------------------------- litemall: mysqldump
def litemall(r: random.Random, fake: Faker, out: Path) -> None:
    users, addresses, orders, searches = [], [], [], []
    for uid in range(1, 301):
        at = when(r, 200)
        openid = "o" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(27))
        mobile = fake.phone_number() if r.random() < 0.85 else ""
        users.append([uid, openid if r.random() < 0.6 else fake.user_name(),
                      "$2a$10$" + "".join(r.choice("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(53)),
                      r.choice([0, 1, 2]), f"{born(r):%Y-%m-%d}" if r.random() < 0.7 else None, stamp(when(r)), ip(r, fake, 0.85),
                      r.choice([0, 0, 0, 1, 2]), nickname(r, fake) if r.random() < 0.7 else person(r, fake), mobile,
                      f"https://thirdwx.qlogo.cn/mmopen/vi_32/{hexid(r, 40)}/132", openid,
                      "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(22)) + "==",
                      r.choice([0, 0, 0, 1, 2]), stamp(at), stamp(at + timedelta(days=r.randint(0, 30))), 0])
    for aid in range(1, 361):
        prov, city, district, adcode, _, _, _ = place(r)
        at = when(r, 100)
        addresses.append([aid, person(r, fake), r.randint(1, 300), prov, city, district,
                          f"{r.choice(STREETS[district])}{r.randint(1, 500)}号{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(101, 2806)}室",
                          adcode, POSTCODES[prov], fake.phone_number(), r.choice([0, 0, 1]), stamp(at), stamp(at), 0])
    for oid in range(1, 401):
        at = when(r, 60)
        _, name, uid, prov, city, district, detail, _, _, tel, _, _, _, _ = r.choice(addresses)
        goods = round(r.uniform(9.9, 1500), 2)
        freight = r.choice([0.0, 0.0, 8.0, 10.0])
        coupon = r.choice([0.0, 0.0, 5.0, 20.0])
        paid = r.random() < 0.85
        shipped = paid and r.random() < 0.8
        refund = r.choice(REFUNDS) if paid else None
        orders.append([oid, uid, f"{at:%Y%m%d}{digits(r, 6)}", r.choice([101, 102, 103, 201, 202, 301, 401, 402]),
                       r.choice([0, 0, 0, 1, 3]), name, tel, f"{prov}{city}{district} {detail}", r.choice(MESSAGES), goods, freight,
                       coupon, 0.0, 0.0, round(goods + freight - coupon, 2), round(goods + freight - coupon, 2),
                       f"4200{digits(r, 24)}" if paid else None, stamp(at + timedelta(minutes=2)) if paid else None,
                       f"SF{digits(r, 13)}" if shipped else None, r.choice(EXPRESS) if shipped else None,
                       stamp(at + timedelta(days=1)) if shipped else None, round(goods, 2) if refund else None,
                       "微信退款接口" if refund else None, refund, stamp(at + timedelta(days=3)) if refund else None,
                       stamp(at + timedelta(days=4)) if shipped else None, r.choice([0, 1, 2]), None, stamp(at), stamp(at), 0])
    for sid in range(1, 501):
        at = when(r, 30)
        searches.append([sid, r.randint(1, 300), r.choice(SEARCHES), r.choice(["wx", "wx", "app", "pc"]), stamp(at), stamp(at), 0])
    parts = ["-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: 127.0.0.1    Database: litemall\n"
             "-- ------------------------------------------------------\n/*!40101 SET NAMES utf8mb4 */;"]
    for table, rows in (("litemall_user", users), ("litemall_address", addresses), ("litemall_order", orders),
                        ("litemall_search_history", searches)):
        parts += [f"--\n-- Table structure for table `{table}`\n--", ddl(table),
                  f"--\n-- Dumping data for table `{table}`\n--\nLOCK TABLES `{table}` WRITE;", one_insert_a_row(table, rows), "UNLOCK TABLES;"]
    (out / "litemall.sql").write_text("\n\n".join(parts) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- Autobon: Flyway migrations with seed rows
def autobon(r: random.Random, fake: Faker, out: Path) -> None:
    techs, locations = [], []
    for tid in range(1, 121):
        code, _, _, _ = ZH3.division(r)
        name = person(r, fake)
        at = BASE - timedelta(days=r.randint(30, 700), seconds=r.randint(0, 86400))  # registered before the log's month
        techs.append([tid, fake.phone_number(), hexid(r, 40), name, r.choice(["男", "男", "女", None]),
                      ZH3.resident_id(r, code, born(r)), f"http://autobon.oss-cn-hangzhou.aliyuncs.com/idphoto/{hexid(r, 32)}.jpg",
                      f"http://autobon.oss-cn-hangzhou.aliyuncs.com/avatar/{hexid(r, 32)}.jpg", r.choice(BANKS),
                      r.choice(["光谷", "武汉光谷支行", "杭州西湖支行", "深圳科技园支行", "成都春熙路支行", "北京中关村支行"]),
                      ZH3.unionpay(r), r.choice([0, 1, 1, 1, 2, 3]), stamp(at), stamp(at + timedelta(days=1)), r.choice(VERIFY_MSGS),
                      stamp(when(r)), ip(r, fake, 0.85), stamp(at), r.choice(SKILLS), hexid(r, 32)])
    for lid in range(1, 601):
        prov, city, district, _, lng, lat, _ = place(r)
        has_street = r.random() < 0.7
        locations.append([lid, stamp(when(r)), f"{near(r, lng)}", f"{near(r, lat)}", prov, city, district,
                          r.choice(STREETS[district]) if has_street else None,
                          f"{r.randint(1, 999)}号" if has_street and r.random() < 0.8 else None, r.randint(1, 120)])
    text = (ddl("t_technician", "DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci") + "\n\n" + multi_row_insert("t_technician", techs)
            + "\n\n" + ddl("t_location", "DEFAULT CHARSET=utf8") + "\n\n" + multi_row_insert("t_location", locations) + "\n")
    (out / "autobon.sql").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- push-mq-consumer: the device table
def push_devices(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    for did in range(1, 301):
        dev = r.choice(DEVICES)
        ios = r.random() < 0.15
        at = when(r, 200)
        rows.append([did, hexid(r, 64) if ios else f"{r.choice(['IQAAAACy0', 'MI_', 'OPPO_CN_', 'v2-'])}{hexid(r, 40)}",
                     None if ios else ZH3.imei(r), "Apple" if ios else dev[0], f"{r.randint(100000, 999999)}@im.tuisong.cn",
                     r.choice(["iPhone15,2", "iPhone14,5", "iPhone16,1"]) if ios else dev[2], r.choice(["2.3.1", "2.4.0", "2.4.2"]),
                     "ios" if ios else ("harmony" if dev[3] == "HarmonyOS" else "android"),
                     f"iOS {r.choice(['17.5.1', '18.1'])}" if ios else os_info(r, dev), r.choice(LANGUAGES), r.choice(ZONES),
                     stamp(at), int((at + timedelta(days=r.randint(0, 60))).timestamp() * 1000), r.choice([0, 1, 3, 7, 15])])
    (out / "push_device.sql").write_text(ddl("t_device", "ENGINE=InnoDB DEFAULT CHARSET=utf8") + "\n\n" + one_insert_a_row("t_device", rows) + "\n",
                                         encoding="utf-8")


# ---------------------------------------------------------------- chat_server: a Navicat dump of event records
def dot_events(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    for eid in range(1, 601):
        dev = r.choice(DEVICES)
        key, detail = r.choice(EVENTS)
        _, _, _, _, lng, lat, _ = place(r)
        located = r.random() < 0.9
        rows.append([eid, key, int(digits(r, 8)), ZH3.oaid(r) if r.random() < 0.6 else hexid(r, 16), detail, stamp(when(r)),
                     dev[0], os_info(r, dev), r.choice(["5.2.0", "5.2.1", "5.3.0"]), r.choice(NETS),
                     near(r, lat) if located else None, 10001, r.choice(["android", "android", "ios"]), r.choice(CHANNELS),
                     near(r, lng) if located else None, battery(r) if r.random() < 0.9 else None, r.choice(["520", "521", "530"]),
                     dev[2], ip(r, fake, 0.85), f"RQ{digits(r, 17)}" if r.random() < 0.6 else None, r.choice(SCENES), r.choice([1, 1, 1, 2])])
    head = ("/*\n Navicat Premium Data Transfer\n\n Source Server         : 如祺测试\n Source Server Type    : MySQL\n"
            " Source Server Version : 50718\n Source Schema         : ruqi_mobile_manager\n\n Target Server Type    : MySQL\n"
            " Target Server Version : 50718\n File Encoding         : 65001\n\n Date: 02/12/2024 11:15:06\n*/\n\n"
            "SET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 0;\n\n-- ----------------------------\n-- Table structure for dot_event_record\n"
            "-- ----------------------------\n")
    body = ddl("dot_event_record") + "\n\n-- ----------------------------\n-- Records of dot_event_record\n-- ----------------------------\n"
    (out / "dot_event_record.sql").write_text(head + body + "BEGIN;\n" + one_insert_a_row("dot_event_record", rows) + "\nCOMMIT;\n\nSET FOREIGN_KEY_CHECKS = 1;\n",
                                              encoding="utf-8")


# ---------------------------------------------------------------- FuseServer: the SDK's launch log table
def launches(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    for lid in range(1, 401):
        dev = r.choice(DEVICES)
        carrier, mccmnc = r.choice(CARRIERS)
        _, _, _, _, lng, lat, _ = place(r)
        w, h = dev[6]
        rows.append([lid, "8986" + digits(r, 16), ZH3.imei(r), mccmnc + digits(r, 10), ip(r, fake, 0.85), dev[2],
                     json.dumps(r.sample(PLUGINS, r.randint(1, 4))), os_info(r, dev), "10023", hexid(r, 32), r.choice(CHANNELS),
                     r.choice(["1.2.0", "1.3.1"]), f"{near(r, lat):.4f},{near(r, lng):.4f}", r.choice(["wifi", "4G", "3G", "wifi", "5G"]),
                     carrier, f"{w}*{h}*{dev[7]}", stamp(when(r))])
    (out / "ulaunchlog.sql").write_text("-- 记录设备启动日志\n" + ddl("ulaunchlog", "ENGINE=InnoDB DEFAULT CHARSET=utf8") + "\n\n"
                                        + one_insert_a_row("ulaunchlog", rows) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- the technicians' service log
def service_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines, at = [], BASE
    techs = [(tid, person(r, fake), fake.phone_number(), ip(r, fake, 0.85), r.choice(DEVICES)) for tid in range(1, 41)]
    for _ in range(420):
        at += timedelta(milliseconds=r.randint(100, 30000))
        tid, name, phone, addr, dev = r.choice(techs)
        thread = f"http-nio-8080-exec-{r.randint(1, 10)}"
        pick = r.random()
        prov, city, district, _, lng, lat, _ = place(r)
        if pick < 0.35:
            level, logger, msg = "INFO", "c.a.t.c.LocationController", (
                f"位置上报 技师ID={tid} 经度={near(r, lng)} 纬度={near(r, lat)} 电量={r.randint(5, 100)}% "
                f"充电状态={r.choice(['充电中', '未充电', '未充电'])} 网络={r.choice(['4G', '5G', 'WIFI'])}")
        elif pick < 0.5:
            level, logger, msg = "INFO", "c.a.t.c.TechnicianController", f"登录成功 手机号={phone} 登录IP={addr} 技师ID={tid}"
        elif pick < 0.6:
            code, _, _, _ = ZH3.division(r)
            level, logger, msg = "INFO", "c.a.t.s.VerifyService", f"实名认证提交 技师ID={tid} 姓名={name} 身份证号={ZH3.resident_id(r, code, born(r))}"
        elif pick < 0.72:
            level, logger, msg = "INFO", "c.a.t.c.DeviceController", (
                f"设备注册 技师ID={tid} 设备型号={dev[2]} 系统版本={os_info(r, dev)} OAID={ZH3.oaid(r)} "
                f"运营商={r.choice(CARRIERS)[0]}")
        elif pick < 0.85:
            level, logger, msg = "INFO", "c.a.o.s.OrderService", (
                f"技师{name}接单成功，订单号={at:%Y%m%d}{digits(r, 6)}，施工地址：{prov}{city}{district}"
                f"{r.choice(STREETS[district])}{r.randint(1, 500)}号")
        elif pick < 0.93:
            level, logger, msg = "WARN", "c.a.t.c.TechnicianController", f"验证码错误 手机号={phone} 剩余次数={r.randint(0, 4)}"
        else:
            level, logger, msg = "ERROR", "c.a.g.GetuiPushService", f"个推推送失败 技师ID={tid} clientId={hexid(r, 32)} 原因=离线超过72小时"
        lines.append(f"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond // 1000:03d} {level:>5} 21544 --- [{thread[-15:]:>15}] {logger:<40} : {msg}")
    (out / "technician-app.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [litemall, autobon, push_devices, dot_events, launches, service_log]


def verify(out: Path, labels: Path) -> int:
    return verify_tables(out, labels, TABLES, ("technician-app.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20241202, HERE / "labels.csv"))
