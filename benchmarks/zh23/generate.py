"""Generate the twenty-third Chinese benchmark (benchmarks/zh23): a ride-hailing platform's, a video
surveillance platform's and a uniCloud app's public schemas, generated rows.

usage: python benchmarks/zh23/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese COMMENTs, and every collection's fields, are those of a
public project at a pinned commit (transcribed in schemas.py, checked against snapshots by
`schemas.py --check`); only the rows are generated, as each project's tools write them:

- `service-passenger-user.sql`, `service-driver-user.sql`, `service-order.sql`:
  **MoroboshiDann/online-taxi-public** (网约车, a ride-hailing platform) as its Navicat Premium dumps
  write them, one INSERT a row, no column list: `passenger_user` (乘客: `passenger_phone`,
  `passenger_name`, `profile_photo`), `driver_user` (司机: `driver_name`, `driver_phone`,
  `driver_birthday`, `driver_contact_address`, `license_id` the driving licence's number, which is the
  driver's resident identity number, `certificate_no` 网约车驾驶员资格证号, `address` a 6-digit division
  code), `order_info` (trips: the passenger's and driver's phones, `departure`/`destination` 具体地址,
  six pairs of coordinates as varchar, `vehicle_no` 车牌号);
- `wvp.sql`: **648540858/wvp-GB28181-pro**'s `wvp_device_mobile_position` (GB28181 mobile positions
  of body cameras and vehicle terminals: 20-digit national-standard device ids, WGS-84 coordinates),
  lower-case DDL then one multi-row INSERT;
- `opendb-device.json`, `uni-stat-event-logs.json`: **dcloudio/uni-admin**'s uniCloud collections
  as the uniCloud console exports them (JSON Lines, `_id` a 24-hex string, times in epoch ms):
  devices (`device_id`, `vendor`, `push_clientid`, `imei`, `oaid`, `idfa`, `imsi`, `rom_name` `MIUI`/
  `HarmonyOS`/`ColorOS`, `network_model`, screen sizes, `location_*`) and uni统计's interaction events
  (`device_*` of the reporting phone, `uid`, `event_key`, `param` the app's event parameters as a
  JSON string with Han keys: `电量(%)`, `充电状态` `充电中`, `按键间隔(ms)`, `媒体音量`, `音频输出`);
- `taxi-api.log`: the platform's API gateway log in wvp's logback pattern (`%d [%thread] %5p ---
  %logger{50}: %L %m`), Chinese messages with `[方括号]` tags, Han keys after full-width colons
  (`手机号：…，验证码：…`), Han `key=value` (`经度=… 纬度=…`), Han-keyed JSON after `设备信息：`.

Values: names, mobiles and IPs from Faker's zh_CN locale; identity numbers (valid check digits),
IMEIs and OAIDs through benchmarks/zh3's generator; compound-surname and minority names through
zh9's; devices, places, carriers and user agents through zh10's (all through benchmarks/zhvalues.py).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import json
import random
import sys
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from labelcheck import generator_main  # noqa: E402
from schemas import COLLECTIONS, TABLES  # noqa: E402
from zhsql import ip, sql_value, stamp, verify_tables  # noqa: E402
from zhvalues import (CARRIERS, DEVICES, PLACES, STREETS, UAS, ZH3, born, digits, faker, hexid, near,  # noqa: E402
                      os_info, person)

BASE = datetime(2025, 8, 11, 7, 30, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
CITY_CODES = {"杭州市": "330100", "北京市": "110000", "深圳市": "440300", "成都市": "510100", "武汉市": "420100", "西安市": "610100"}
PLATES = {"杭州市": "浙A", "北京市": "京B", "深圳市": "粤B", "成都市": "川A", "武汉市": "鄂A", "西安市": "陕A"}
POIS = ["地铁站B口", "万达广场", "人民医院门诊楼", "火车东站", "国际机场T2航站楼", "软件园二期", "第一中学", "体育中心"]
BUILDINGS = ["金色家园", "阳光花园", "科技大厦", "翠苑", "华府"]
NETS = ["wifi", "4g", "5g", "wifi", "5g"]
EVENTS = ["battery_report", "pwd_input", "video_play", "share", "call_car", "coupon_click"]


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def snowflake(r: random.Random, at: datetime) -> int:
    """A MyBatis-Plus ASSIGN_ID (Twitter snowflake): ms since 2010-11-04 shifted over worker and sequence bits."""
    return (int(at.timestamp() * 1000) - 1288834974657) << 22 | r.getrandbits(22)


def street(r: random.Random, place: tuple, home: bool) -> str:
    """A street address in a PLACES district: 省市区, road and number, and a flat for a home."""
    prov, city, district = place[:3]
    head = prov + city + district if prov != city else city + district
    tail = f"{r.choice(BUILDINGS)}{r.randint(1, 20)}栋{r.randint(1, 3)}单元{r.randint(101, 2804)}室" if home else r.choice(POIS)
    return f"{head}{r.choice(STREETS[district])}{r.randint(1, 600)}号{tail}"


def navicat(source: str, table: str, rows: list[list]) -> str:
    """A Navicat Premium dump of one table: its header, DDL with COMMENTs, one INSERT a row."""
    _, cols = TABLES[table]
    lines = ["/*", " Navicat Premium Data Transfer", "", " Source Server Type    : MySQL", " Source Server Version : 80035",
             f" Source Schema         : {source}", "", " Target Server Type    : MySQL", " File Encoding         : 65001", "*/", "",
             "SET NAMES utf8mb4;", "SET FOREIGN_KEY_CHECKS = 0;", "", "-- ----------------------------",
             f"-- Table structure for {table}", "-- ----------------------------", f"DROP TABLE IF EXISTS `{table}`;",
             f"CREATE TABLE `{table}`  ("]
    for name, kind, note in cols:
        lines.append(f"  `{name}` {kind} NULL DEFAULT NULL" + (f" COMMENT '{note}'" if note else "") + ",")
    lines += [f"  PRIMARY KEY (`{cols[0][0]}`) USING BTREE",
              ") ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci ROW_FORMAT = Dynamic;", "",
              "-- ----------------------------", f"-- Records of {table}", "-- ----------------------------"]
    lines += [f"INSERT INTO `{table}` VALUES (" + ", ".join(sql_value(v) for v in row) + ");" for row in rows]
    return "\n".join(lines + ["", "SET FOREIGN_KEY_CHECKS = 1;", ""])


# ---------------------------------------------------------------- online-taxi-public (Navicat dumps)
def taxi(r: random.Random, fake: Faker, out: Path) -> None:
    passengers = []
    for _ in range(300):
        at = when(r, 200) - timedelta(days=200)
        named = r.random() < 0.7  # the app asks for a name after the first trip
        passengers.append([snowflake(r, at), stamp(at), stamp(at + timedelta(days=r.randint(0, 90))), fake.phone_number(),
                           person(r, fake) if named else "", r.choice([0, 1, 2]), r.choice([0, 0, 0, 1]),
                           f"https://taxi-oss.oss-cn-hangzhou.aliyuncs.com/avatar/{hexid(r, 32)}.jpg" if r.random() < 0.6 else None])
    drivers = []
    for _ in range(120):
        at = when(r, 300) - timedelta(days=300)
        place = r.choice(PLACES)
        birth = born(r)
        while birth.year > 2002:
            birth = born(r)
        ident = ZH3.resident_id(r, place[3], birth)
        licensed = date(birth.year + r.randint(20, 30), r.randint(1, 12), r.randint(1, 28))
        issued = licensed + timedelta(days=r.randint(400, 2000))
        drivers.append([snowflake(r, at), CITY_CODES[place[1]], person(r, fake), fake.phone_number(), r.choice([1, 1, 1, 2]),
                        f"{birth:%Y-%m-%d}", r.choice(["01", "01", "01", "01", "03", "05", "08"]), street(r, place, True),
                        ident, f"{licensed:%Y-%m-%d}", f"{licensed:%Y-%m-%d}", f"{licensed + timedelta(days=365 * 6):%Y-%m-%d}",
                        r.choice([0, 1]), ident if r.random() < 0.8 else f"{place[3]}{digits(r, 10)}",
                        f"{place[1]}交通运输局", f"{issued:%Y-%m-%d}", f"{issued:%Y-%m-%d}", f"{issued:%Y-%m-%d}",
                        f"{issued + timedelta(days=365 * 6):%Y-%m-%d}", f"{issued + timedelta(days=10):%Y-%m-%d}",
                        r.choice([1, 1, 2, 3]), f"{place[1][:-1]}{r.choice(['畅行', '飞嘀', '顺风'])}出行科技有限公司",
                        f"{issued:%Y-%m-%d}", f"{issued + timedelta(days=365 * 3):%Y-%m-%d}", 0, stamp(at), stamp(at)])
    orders = []
    for _ in range(400):
        passenger, driver = r.choice(passengers), r.choice(drivers)
        place = next(p for p in PLACES if CITY_CODES[p[1]] == driver[1])
        at = when(r, 30)
        status = r.choice([8, 8, 8, 8, 9, 5, 2])
        dep = (near(r, place[4], 0.08), near(r, place[5], 0.08))
        dest = (near(r, place[4], 0.12), near(r, place[5], 0.12))
        car = (near(r, dep[0], 0.02), near(r, dep[1], 0.02))
        cancelled = status == 9
        picked = status in (5, 8)
        orders.append([snowflake(r, at), passenger[0], passenger[3], driver[0], driver[3], snowflake(r, at - timedelta(days=90)),
                       driver[1], stamp(at), stamp(at + timedelta(minutes=r.choice([0, 0, 30, 120]))), street(r, place, r.random() < 0.3),
                       str(dep[0]), str(dep[1]), street(r, place, r.random() < 0.5), str(dest[0]), str(dest[1]), r.choice([0, 1]),
                       f"{driver[1]}${r.choice([1, 2])}", r.choice([1, 2, 3]), str(car[0]), str(car[1]),
                       stamp(at + timedelta(seconds=r.randint(5, 90))), driver[8], f"{PLATES[place[1]]}{r.choice('DF')}{digits(r, 5)}",
                       stamp(at + timedelta(minutes=1)), str(car[0]), str(car[1]), street(r, place, False),
                       stamp(at + timedelta(minutes=r.randint(3, 12))),
                       stamp(at + timedelta(minutes=r.randint(12, 15))) if picked else None,
                       str(near(r, dep[0], 0.001)) if picked else None, str(near(r, dep[1], 0.001)) if picked else None,
                       stamp(at + timedelta(minutes=r.randint(30, 70))) if status == 8 else None,
                       str(near(r, dest[0], 0.001)) if status == 8 else None, str(near(r, dest[1], 0.001)) if status == 8 else None,
                       stamp(at + timedelta(minutes=2)) if cancelled else None, r.choice([1, 2]) if cancelled else None,
                       r.choice([1, 2, 3, 4, 5]) if cancelled else None, r.randint(1500, 30000) if status == 8 else None,
                       r.randint(600, 4200) if status == 8 else None, status, stamp(at), stamp(at + timedelta(hours=1))])
    for source, table, rows in (("service-passenger-user", "passenger_user", passengers),
                                ("service-driver-user", "driver_user", drivers), ("service-order", "order_info", orders)):
        (out / f"{source}.sql").write_text(navicat(source, table, rows), encoding="utf-8")


# ---------------------------------------------------------------- wvp-GB28181-pro (lower-case DDL, one INSERT)
def wvp(r: random.Random, fake: Faker, out: Path) -> None:
    cols = TABLES["wvp_device_mobile_position"][1]
    units = []
    for i in range(40):
        place = r.choice(PLACES)
        kind = r.choice(["执法记录仪", "执法记录仪", "车载终端", "单兵设备"])
        # GB/T 28181's 20 digits: centre (division + 2), industry (2), type (3: 132 a camera), serial (7)
        code = f"{place[3]}{r.choice(['00', '01'])}{r.choice(['00', '01'])}{r.choice(['132', '131', '118'])}{i + 1:07d}"
        units.append((code, f"{kind}{i + 1:03d}", place))
    rows = []
    for i in range(500):
        code, name, place = r.choice(units)
        at = when(r, 7)
        rows.append([i + 1, code, code, name, stamp(at), near(r, place[4], 0.06), near(r, place[5], 0.06),
                     round(r.uniform(0, 80), 1), round(r.uniform(0, 60), 1), round(r.uniform(0, 359), 1),
                     r.choice(["Mobile Position", "Mobile Position", "GPS Alarm"]), stamp(at + timedelta(seconds=r.randint(1, 5)))])
    body = ",\n".join(f"    {name:<15} {kind}" + (" primary key" if name == "id" else "") for name, kind, _ in cols)
    names = ", ".join(name for name, _, _ in cols)
    values = ",\n".join("(" + ", ".join(sql_value(v, "''") for v in row) + ")" for row in rows)
    text = (f"drop table IF EXISTS wvp_device_mobile_position;\ncreate table IF NOT EXISTS wvp_device_mobile_position\n(\n{body}\n);\n\n"
            f"INSERT INTO wvp_device_mobile_position ({names}) VALUES\n{values};\n")
    (out / "wvp.sql").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- uniCloud collections (console export: JSON Lines)
def phone(r: random.Random) -> dict:
    """One phone as uni-app's getSystemInfo reports it: vendor, model, ROM, sizes in logical pixels."""
    dev = r.choice(DEVICES)
    ios = r.random() < 0.15
    w, h = dev[6]
    ratio = 3 if ios or w >= 1200 else 2.75  # uni-app's pixelRatio: physical over logical pixels
    rom = os_info(r, dev).split(" ")
    return {"ios": ios, "vendor": "apple" if ios else dev[0].lower(), "model": r.choice(["iPhone15,2", "iPhone14,5"]) if ios else dev[2],
            "os_version": r.choice(["17.5.1", "16.7.2"]) if ios else str(dev[5] - 20), "ratio": ratio,
            "rom": ("iOS", r.choice(["17.5.1", "16.7.2"])) if ios else (rom[0], rom[-1]) if len(rom) > 1 else ("Android", rom[0]),
            "screen": (390, 844) if ios else (round(w / ratio), round(h / ratio)), "device_id": hexid(r, 32).upper(),
            "imei": None if ios or r.random() < 0.6 else ZH3.imei(r), "oaid": None if ios else ZH3.oaid(r),
            "idfa": str(uuid.UUID(int=r.getrandbits(128))).upper() if ios else None,
            "imsi": None if ios or r.random() < 0.7 else r.choice(CARRIERS)[1] + digits(r, 10), "place": r.choice(PLACES)}


def ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def unicloud(r: random.Random, fake: Faker, out: Path) -> None:
    phones = [phone(r) for _ in range(300)]
    devices = []
    for p in phones:
        at = when(r, 120) - timedelta(days=120)
        located = r.random() < 0.5
        w, h = p["screen"]
        doc = {"_id": hexid(r, 24), "appid": "__UNI__8F2C1A7", "device_id": p["device_id"], "vendor": p["vendor"],
               "push_clientid": hexid(r, 32), "imei": p["imei"], "oaid": p["oaid"], "idfa": p["idfa"], "imsi": p["imsi"],
               "model": p["model"], "platform": "ios" if p["ios"] else "android", "uni_platform": "app",
               "os_name": "ios" if p["ios"] else "android", "os_version": p["os_version"], "os_language": r.choice(["zh-CN", "zh-CN", "zh-Hans-CN"]),
               "os_theme": r.choice(["light", "light", "dark"]), "pixel_ratio": str(p["ratio"]), "network_model": r.choice(NETS),
               "window_width": str(w), "window_height": str(h - r.choice([44, 88])), "screen_width": str(w), "screen_height": str(h),
               "rom_name": p["rom"][0], "rom_version": p["rom"][1],
               "location_latitude": near(r, p["place"][5]) if located else None, "location_longitude": near(r, p["place"][4]) if located else None,
               "location_country": "中国" if located else None, "location_province": p["place"][0] if located else None,
               "location_city": p["place"][1] if located else None, "create_date": ms(at), "last_update_date": ms(at + timedelta(days=r.randint(0, 100)))}
        devices.append({k: v for k, v in doc.items() if v is not None})  # uniCloud leaves unset fields out
    events = []
    users = {p["device_id"]: (hexid(r, 24) if r.random() < 0.7 else None) for p in phones}
    for _ in range(600):
        p = r.choice(phones)
        key = r.choice(EVENTS)
        param = {"battery_report": lambda: {"电量(%)": r.randint(3, 100), "充电状态": r.choice(["充电中", "未充电", "未充电", "已充满"])},
                 "pwd_input": lambda: {"按键间隔(ms)": ",".join(str(r.randint(60, 420)) for _ in range(r.randint(6, 12))), "输入框": "支付密码"},
                 "video_play": lambda: {"媒体音量": f"{r.randint(0, 15)}/15", "音频输出": r.choice(["扬声器", "有线耳机", "蓝牙耳机 AirPods Pro", "蓝牙耳机 FreeBuds 5"])},
                 "share": lambda: {"分享渠道": r.choice(["微信好友", "朋友圈", "QQ"]), "行程ID": str(r.getrandbits(60))},
                 "call_car": lambda: {"车型": r.choice(["快车", "专车", "拼车"]), "预估价": round(r.uniform(9, 120), 1)},
                 "coupon_click": lambda: {"券ID": digits(r, 8), "页面": "首页"}}[key]()
        w, h = p["screen"]
        events.append({"_id": hexid(r, 24), "appid": "__UNI__8F2C1A7", "version": r.choice(["2.3.1", "2.4.0"]), "platform": "n" if not p["ios"] else "ios",
                       "channel": r.choice(["1001", "1002", "huawei", "xiaomi", "appstore"]), "device_id": p["device_id"],
                       "uid": users[p["device_id"]] or "", "session_id": hexid(r, 24), "page_id": hexid(r, 24), "event_key": key,
                       "param": json.dumps(param, ensure_ascii=False), "sdk_version": "4.24", "platform_version": "",
                       "device_os": 2 if p["ios"] else 1, "device_os_version": p["os_version"], "device_net": r.choice(NETS),
                       "device_vendor": p["vendor"], "device_model": p["model"], "device_language": "zh-CN",
                       "device_pixel_ratio": str(p["ratio"]), "device_window_width": str(w), "device_window_height": str(h - 44),
                       "device_screen_width": str(w), "device_screen_height": str(h), "create_time": ms(when(r, 14))})
    for name, docs in (("opendb-device", devices), ("uni-stat-event-logs", events)):
        (out / f"{name}.json").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


# ---------------------------------------------------------------- the API gateway's log (wvp's logback pattern)
def api_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines, at = [], BASE
    riders = [(snowflake(r, BASE), person(r, fake), fake.phone_number(), ip(r, fake, 0.9), r.choice(DEVICES), r.choice(PLACES)) for _ in range(40)]
    for _ in range(450):
        at += timedelta(milliseconds=r.randint(100, 30000))
        uid, name, mobile, addr, dev, place = r.choice(riders)
        pick = r.random()
        if pick < 0.15:
            logger, line, msg = "com.taxi.apipassenger.controller.LoginController", 52, (
                f"[乘客登录] 手机号：{mobile}，验证码：{digits(r, 6)}，登录IP：{addr}")
        elif pick < 0.3:
            logger, line, msg = "com.taxi.apipassenger.controller.DeviceController", 38, "[设备信息] 上报成功，设备信息：" + json.dumps(
                {"品牌": dev[0], "型号": dev[2], "系统版本": os_info(r, dev), "OAID": ZH3.oaid(r), "电量": f"{r.randint(5, 100)}%",
                 "充电状态": r.choice(["充电中", "未充电"]), "网络": r.choice(["WIFI", "4G", "5G"]), "运营商": r.choice(CARRIERS)[0],
                 "分辨率": f"{dev[6][0]}*{dev[6][1]}"}, ensure_ascii=False)
        elif pick < 0.45:
            logger, line, msg = "com.taxi.servicemap.service.PointService", 71, (
                f"[司机位置上报] 司机ID={r.choice(riders)[0]} 车牌号={PLATES[place[1]]}D{digits(r, 5)} 经度={near(r, place[4])} 纬度={near(r, place[5])}")
        elif pick < 0.6:
            logger, line, msg = "com.taxi.serviceorder.service.OrderInfoService", 112, (
                f"[下单成功] 乘客：{name}，电话：{mobile}，出发地：{street(r, place, False)}，目的地：{street(r, place, r.random() < 0.5)}")
        elif pick < 0.7:
            logger, line, msg = "com.taxi.servicedriveruser.service.DriverUserService", 64, (
                f"[司机实名认证] 姓名：{person(r, fake)}，身份证号：{ZH3.resident_id(r, place[3], born(r))}，联系电话：{fake.phone_number()}")
        elif pick < 0.8:
            logger, line, msg = "com.taxi.apipassenger.interceptor.JwtInterceptor", 45, (
                f"[token校验失败] 用户ID：{uid}，IP：{addr}，User-Agent：{r.choice(UAS)}")
        elif pick < 0.9:
            logger, line, msg = "com.taxi.apipassenger.service.PayService", 88, (
                f"[支付完成] 订单号：{snowflake(r, at)}，用户ID：{uid}，金额：{round(r.uniform(9, 120), 2)}元")
        else:
            logger, line, msg = "com.taxi.servicemap.remote.AmapClient", 97, (
                f"[逆地理编码] 城市={place[1]} 区县={place[2]} 行政区划代码={place[3]}")
        level = "WARN" if "失败" in msg else "INFO"
        thread = f"http-nio-8081-exec-{r.randint(1, 10)}"
        lines.append(f"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond // 1000:03d} [{thread}] {level:>5} --- {logger[-50:]}: {line} {msg}")
    (out / "taxi-api.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [taxi, wvp, unicloud, api_log]


def verify(out: Path, labels: Path) -> int:
    exports = {f"{name}.json": {field for field, _ in fields} for name, (_, fields) in COLLECTIONS.items()}
    return verify_tables(out, labels, TABLES, ("taxi-api.log",), exports)


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20250811, HERE / "labels.csv"))
