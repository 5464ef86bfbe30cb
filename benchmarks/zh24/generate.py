"""Generate the twenty-fourth Chinese benchmark (benchmarks/zh24): a go-zero mall's admin and member
schemas with their published seed rows, an Android event collector's SQLite tables, and the mall's
go-zero JSON log.

usage: python benchmarks/zh24/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese comments are those of a public project at a pinned commit
(transcribed in schemas.py, checked against snapshots by `schemas.py --check`):

- `zero-admin.sql`: **feihua/zero-admin** (Apache-2.0), five tables in its DataGrip-style lower-case
  DDL (`name type default … not null comment '…'`, the table's comment after its closing bracket),
  each with one multi-row `insert into t (…) values (…), (…);` as a dump of the seeded database writes
  it: `sys_user` (staff: `mobile`, `nick_name`, `email`, `login_ip`, `login_browser`, `login_os`),
  `sys_login_log` (`ipaddr`, `login_location` 登录地点, the user agent parsed into `platform`,
  `browser`, `version`, `os`, `arch`, `engine`, `engine_details`), `ums_member_info` (members:
  `wx_openid`, `nickname`, `mobile`, `signature`, `birthday`), `ums_member_address` (收货人 name and
  phone, 省/市/区, `detail_address`, `postal_code`), `ums_member_login_log` (`member_ip`, 登录省份/城市).
  The rows the project's scripts publish (2 staff, 5 members, 9 addresses) come first, as published;
  the rest are generated in their style;
- `event_collect.db`: **18511084155/EventCollect**'s SQLite tables as its DbProvider creates them (no
  comments: SQLite keeps none): `device_data` (screen `width`/`height`, `android_version` the SDK
  level, `device_id` the Android ID, `mobile_model` Build.MODEL, `mobile_type` Build.BRAND) and
  `event_data` (`phone_no`, `operator` 中国移动…, `latitude`/`longitude` as text, `network`, the page's
  `clazz` and `title`, `offset_time`, a click's `x`/`y`, `descriptor`, `ct` epoch ms);
- `zero-admin-api.log`: go-zero's JSON log lines (`@timestamp`, `caller`, `content`, `level`, `span`,
  `trace`, and `duration` on access lines): `[HTTP] 200 - POST /api/… - IP:port - User-Agent`, and the
  project's own Chinese error messages with the request printed by `%+v` (`&{Mobile:… Password:…}`,
  `&{ReceiverName:… ReceiverPhone:… Province:… DetailAddress:…}`).

Values: names, mobiles and IPs from Faker's zh_CN locale, compound-surname and minority names through
zh9's generator, devices, places, carriers and user agents through zh10's (benchmarks/zhvalues.py).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import json
import random
import sqlite3
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from labelcheck import generator_main  # noqa: E402
from schemas import PUBLISHED, SQLITE, TABLES  # noqa: E402
from zhsql import ip, sql_value, stamp, verify_tables  # noqa: E402
from zhvalues import CARRIERS, DEVICES, PLACES, POSTCODES, STREETS, UAS, born, faker, hexid, near, nickname, person  # noqa: E402

BASE = datetime(2025, 9, 1, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
AVATAR = "https://gw.alipayobjects.com/zos/antfincdn/XAosXuNZyF/BiazfanxmamNRoxxVxka.png"
SIGNATURES = ["生活就是购物~", "潮流时尚，品质生活", "享受生活每一天", "今天也要加油鸭", "", "", "爱吃火锅的胖子", "佛系买家"]
TAGS = ["家", "公司", "学校", "父母家", ""]
BUILDINGS = ["金色家园", "阳光花园", "科技大厦", "翠苑", "华府"]
# desktop browsers as go's user-agent parser names them: (platform, os, arch, browser, version, engine, engine_details)
DESKTOPS = [("Windows", "Windows 10", "x86_64", "Chrome", "120.0.0.0", "AppleWebKit", "537.36"),
            ("Windows", "Windows 10", "x86_64", "Edge", "119.0.2151.97", "AppleWebKit", "537.36"),
            ("Macintosh", "Intel Mac OS X 10_15_7", "", "Safari", "17.1", "AppleWebKit", "605.1.15"),
            ("Windows", "Windows 7", "x86", "Firefox", "115.0", "Gecko", "20100101"),
            ("X11", "Linux x86_64", "x86_64", "Chrome", "118.0.0.0", "AppleWebKit", "537.36")]
NETS = ["WIFI", "WIFI", "4G", "5G", "5G", "3G"]
PAGES = [("com.woodys.shop.ui.MainActivity", "首页", "首页-搜索框"), ("com.woodys.shop.ui.LoginActivity", "登录", "登录按钮"),
         ("com.woodys.shop.ui.GoodsDetailActivity", "商品详情", "加入购物车"), ("com.woodys.shop.ui.OrderActivity", "确认订单", "提交订单"),
         ("com.woodys.shop.ui.MineActivity", "我的", "我的-设置")]


def when(r: random.Random, days: int = 60) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def place_of(r: random.Random) -> tuple:
    return r.choice(PLACES)


def detail(r: random.Random, place: tuple) -> str:
    """The street part of an address (zero-admin keeps 省/市/区 in their own columns)."""
    return f"{r.choice(STREETS[place[2]])}{r.randint(1, 600)}号{r.choice(BUILDINGS)}{r.randint(1, 20)}栋{r.randint(101, 2804)}室"


def bcrypt_like(r: random.Random) -> str:
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2a$10$" + "".join(r.choice(alphabet) for _ in range(53))


def datagrip(table: str, rows: list[list]) -> str:
    """One table as zero-admin's scripts write it: lower-case DDL with comments, then one multi-row insert."""
    note, cols = TABLES[table]
    lines = [f"drop table if exists {table};", f"create table {table}", "("]
    for i, (name, kind, comment) in enumerate(cols):
        end = "," if i < len(cols) - 1 else ""
        lines.append(f"    {name:<18} {kind:<14}" + (f" comment '{comment}'" if comment else "") + end)
    lines += [f") comment '{note}';", ""]
    names = ", ".join(name for name, _, _ in cols)
    values = [("values " if i == 0 else "       ") + "(" + ", ".join(sql_value(v, "''") for v in row) + ")"
              for i, row in enumerate(rows)]
    lines += [f"insert into {table} ({names})", ",\n".join(values) + ";", "", ""]
    return "\n".join(lines)


def as_full(table: str, defaults: dict) -> list[list]:
    """The published seed rows with every column: what the script leaves out takes the DDL's default."""
    names, rows = PUBLISHED[table]
    cols = [name for name, _, _ in TABLES[table][1]]
    return [[dict(zip(names, row)).get(c, defaults.get(c)) for c in cols] for row in rows]


# ---------------------------------------------------------------- zero-admin (DataGrip DDL, seed + rows)
def zero_admin(r: random.Random, fake: Faker, out: Path) -> None:
    seeded = stamp(BASE - timedelta(days=120))
    staff = as_full("sys_user", {"user_type": "00", "dept_id": 1, "login_ip": "", "login_browser": "", "login_os": "",
                                 "del_flag": 1, "create_by": "admin", "create_time": seeded, "update_by": ""})
    accounts = ["admin", "test"]
    for i in range(3, 63):
        at = when(r, 30)
        name = person(r, fake)
        account = fake.user_name() + str(r.randint(1, 99))
        accounts.append(account)
        desk = r.choice(DESKTOPS)
        staff.append([i, fake.phone_number(), account, name, "00", AVATAR if r.random() < 0.5 else "",
                      f"{account}@{r.choice(['qq.com', '163.com', 'zero-mall.cn'])}", bcrypt_like(r), r.choice([1, 1, 1, 0]),
                      r.randint(1, 12), ip(r, fake, 0.6), stamp(at), desk[3], desk[1], stamp(at - timedelta(days=r.randint(1, 90))),
                      r.choice(["运营", "客服", "仓库", "财务", ""]), 1, "admin", seeded, "admin", stamp(at)])
    logins = []
    for i in range(1, 401):
        at = when(r)
        desk = r.choice(DESKTOPS)
        inner = r.random() < 0.3
        place = place_of(r)
        ok = r.random() < 0.85
        logins.append([i, r.choice(accounts), ip(r, fake, 0.0 if inner else 1.0), "内网IP" if inner else f"{place[0]} {place[1]}",
                       desk[0], desk[3], desk[4], desk[1], desk[2], desk[5], desk[6], "", 1 if ok else 0,
                       "登录成功" if ok else r.choice(["密码不正确", "用户不存在", "账号已被禁用"]), stamp(at)])
    members = as_full("ums_member_info", {"wx_openid": "", "first_login_status": 1, "create_time": seeded, "is_deleted": 0})
    mobiles = {row[1]: row[5] for row in members}  # member_id -> mobile
    for i in range(6, 301):
        at = when(r, 200) - timedelta(days=200)
        member = 1000 + i
        mobile = fake.phone_number()
        mobiles[member] = mobile
        spent = round(r.uniform(0, 20000), 2)
        members.append([i, member, "o" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                                               for _ in range(27)) if r.random() < 0.6 else "",
                        r.randint(1, 5), person(r, fake) if r.random() < 0.5 else nickname(r, fake), mobile, r.choice([0, 1, 1, 2]),
                        bcrypt_like(r), f"https://zero-mall.oss-cn-shenzhen.aliyuncs.com/avatar/{hexid(r, 32)}.jpg" if r.random() < 0.7 else "",
                        r.choice(SIGNATURES), r.choice([0, 1, 2]), f"{born(r):%Y-%m-%d}" if r.random() < 0.6 else None,
                        r.randint(0, 5000), r.randint(0, 10000), r.randint(0, 15000), spent, r.randint(0, 150), r.randint(0, 30),
                        r.randint(0, 100), r.randint(0, 5), r.randint(0, 20), r.choice([1, 2, 2]), stamp(at + timedelta(days=r.randint(1, 200))),
                        r.choice([1, 1, 1, 0]), stamp(at), stamp(at + timedelta(days=r.randint(0, 30))), 0])
    addresses = as_full("ums_member_address", {"create_time": seeded, "update_time": None, "is_deleted": 0})
    for i in range(10, 401):
        member = r.randint(1006, 1300)
        at = when(r)
        place = place_of(r)
        own = r.random() < 0.7
        addresses.append([i, member, person(r, fake), mobiles[member] if own else fake.phone_number(),
                          place[0], place[1], place[2], detail(r, place), POSTCODES[place[0]] if r.random() < 0.7 else "",
                          r.choice(TAGS), r.choice([0, 1]), stamp(at), None, r.choice([0, 0, 0, 1])])
    member_logins = []
    for i in range(1, 601):
        place = place_of(r)
        member_logins.append([i, r.randint(1001, 1300), ip(r, fake, 1.0), place[1], r.choice([0, 1, 1, 2, 3]), place[0], stamp(when(r))])
    text = "".join(datagrip(t, rows) for t, rows in [("sys_user", staff), ("sys_login_log", logins), ("ums_member_info", members),
                                                     ("ums_member_address", addresses), ("ums_member_login_log", member_logins)])
    (out / "zero-admin.sql").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- EventCollect (an app's SQLite tables)
def event_collect(r: random.Random, fake: Faker, out: Path) -> None:
    path = out / "event_collect.db"
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    for table, (_, cols) in SQLITE.items():
        key, *rest = cols
        con.execute(f"CREATE TABLE {table}({key[0]} {key[1]} PRIMARY KEY AUTOINCREMENT," + ",".join(f"{n} {t} " for n, t, _ in rest) + ")")
    devices = []
    for d in range(1, 81):
        dev = r.choice(DEVICES)
        brand, _, model, _, _, api, (w, h), _ = dev
        devices.append((d, w, h, api, hexid(r, 16), model, brand))
    con.executemany("INSERT INTO device_data VALUES (?,?,?,?,?,?,?)", devices)
    phones = {d[0]: (fake.phone_number() if r.random() < 0.7 else "", r.choice(CARRIERS)[0], place_of(r)) for d in devices}
    events = []
    for e in range(1, 701):
        d = r.choice(devices)
        phone, carrier, place = phones[d[0]]
        at = when(r, 14)
        clazz, title, button = r.choice(PAGES)
        kind = r.choice(["click", "click", "enterPage", "leavePage"])
        located = r.random() < 0.6
        events.append((e, phone or None, d[0], r.choice(["2.3.1", "2.4.0", "2.4.1"]), carrier if r.random() < 0.9 else None,
                       str(near(r, place[5])) if located else None, str(near(r, place[4])) if located else None,
                       r.choice(NETS), kind, clazz, title, r.randint(800, 180000) if kind == "leavePage" else 0,
                       r.randint(0, d[1]) if kind == "click" else 0, r.randint(0, d[2]) if kind == "click" else 0,
                       button if kind == "click" else "", int(at.timestamp() * 1000)))
    con.executemany("INSERT INTO event_data VALUES (" + ",".join("?" * 16) + ")", events)
    con.commit()
    con.close()


# ---------------------------------------------------------------- the mall's go-zero JSON log
def api_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines = []
    at = BASE
    for _ in range(500):
        at += timedelta(milliseconds=r.randint(50, 20000))
        addr = f"{fake.ipv4_public()}:{r.randint(1024, 65535)}"
        pick = r.random()
        entry = {"@timestamp": at.isoformat(timespec="milliseconds")}
        if pick < 0.45:
            route = r.choice(["POST /api/member/login", "GET /api/member/address/queryAddressList", "POST /api/order/submit",
                              "GET /api/product/queryProductDetail?id=" + str(r.randint(1, 200))])
            entry |= {"caller": "handler/loghandler.go:147", "content": f"[HTTP] 200 - {route} - {addr} - {r.choice(UAS)}",
                      "duration": f"{r.uniform(2, 400):.1f}ms", "level": "info"}
        elif pick < 0.65:
            entry |= {"caller": "member/login_logic.go:46", "level": "error",
                      "content": f"会员登录失败,参数: &{{Mobile:{fake.phone_number()} Password:{fake.password(length=10)} Source:{r.choice([1, 2, 3])}}},"
                                 f"异常：rpc error: code = Unknown desc = {r.choice(['密码不正确', '会员不存在'])}"}
        elif pick < 0.85:
            place = place_of(r)
            entry |= {"caller": "address/add_address_logic.go:56", "level": "error",
                      "content": f"添加会员收货地址失败,参数：&{{ReceiverName:{person(r, fake)} ReceiverPhone:{fake.phone_number()} "
                                 f"Province:{place[0]} City:{place[1]} District:{place[2]} DetailAddress:{detail(r, place)} "
                                 f"PostalCode:{POSTCODES[place[0]]} Tag:{r.choice(TAGS)} IsDefault:{r.choice([0, 1])}}},"
                                 "响应：rpc error: code = Unknown desc = 收货地址数量已达上限"}
        else:
            entry |= {"caller": "middleware/checkurlmiddleware.go:89", "level": "error",
                      "content": f"用户：{r.choice(['admin', 'test', fake.user_name()])},登录已超时"}
        entry |= {"span": hexid(r, 16), "trace": hexid(r, 32)}
        lines.append(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))  # go-zero writes it compact
    (out / "zero-admin-api.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [zero_admin, event_collect, api_log]


def verify(out: Path, labels: Path) -> int:
    tables = {name: {col for col, _, _ in cols} for name, (_, cols) in SQLITE.items()}
    return verify_tables(out, labels, TABLES, ("zero-admin-api.log",), tables)


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20250901, HERE / "labels.csv"))
