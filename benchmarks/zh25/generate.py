"""Generate the twenty-fifth Chinese benchmark (benchmarks/zh25): a RuoYi-based finance app's back
office, an IoT platform's devices and cameras, a low-code back office's Excel exports, and the
RuoYi application log behind them.

usage: python benchmarks/zh25/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese comments, and every export's headers, are those of a public
project at a pinned commit (transcribed in schemas.py, checked against snapshots by `schemas.py --check`):

- `app-admin.sql`: **lzyats/app-admin** (MIT), Navicat's dump of MySQL 8 (backquoted DDL with
  `CHARACTER SET … COLLATE …`, one `INSERT INTO `t` VALUES (…);` a row, no column list): `sys_user`
  (staff and app users: `phonenumber`, `real_name`, `invite_code`, the inviter chain `level_detail`,
  `user_level`, `pay_password`), `sys_app_real_name_auth` (实名认证: 身份证号 and the photos' URLs),
  `sys_user_bank_card` and `sys_user_withdraw` (开户行, `account_no` 账号 the card, `account_name` 姓名,
  USDT wallets), `sys_logininfor` (RuoYi's login log: browser and OS as its parser names them, the
  GeoIP place), `sys_oper_log` (`oper_param` JSON, `oper_location` 省市 and operator), and the published
  code legend `sys_dict_data` and VIP levels `sys_user_level`;
- `fastbee.sql`: **kerwincui/FastBee** (AGPL-3.0), mysqldump's extended inserts (one statement a table):
  `iot_device` (设备编号, 入网IP, 设备所在地址 from the IP, 经纬度, 物模型值), `iot_product`,
  `iot_device_log`, `sip_device` (GB28181 cameras: SIP id, maker, model, IP) and `iot_social_user`
  (WeChat logins: openid, unionid, tokens and their lifetime);
- `用户列表.csv`, `系统日志.csv`: **jeecgboot/JeecgBoot** (Apache-2.0), its user list and system log
  exported with their `@Excel` headers (Excel's UTF-8 with a byte-order mark; dictionaries as text);
- `ruoyi-app.log`: RuoYi's logback pattern (`HH:mm:ss.SSS [thread] LEVEL logger - [method,line] - msg`):
  the `sys-user` logger's login lines (`[ip]place[user][Success][登录成功]`), FastBee's MQTT device
  reports (serial number, IP, coordinates), the app's request lines with their clients' agents, and
  its real-name and bank-card errors.

Values: names, mobiles and IPs from Faker's zh_CN locale, compound-surname and minority names through
zh9's generator, identity and UnionPay numbers through zh3's, places and agents through zh10's (all
through benchmarks/zhvalues.py).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

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
from schemas import EXPORTS, PUBLISHED, TABLES  # noqa: E402
from zhsql import ip, sql_value, stamp, verify_tables  # noqa: E402
from zhvalues import PLACES, UAS, ZH3, born, faker, hexid, near, nickname, person  # noqa: E402
from zhwriters import write_csv  # noqa: E402

BASE = datetime(2026, 5, 1, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
NUMERIC = re.compile(r"(?:big|tiny|small)?int|decimal|double|float")
ISPS = ["电信", "联通", "移动", "铁通", "鹏博士"]
BANKS = ["建设银行", "工商银行", "农业银行", "中国银行", "招商银行", "交通银行", "邮储银行", "建行", "工行"]
# RuoYi's user-agent parser's browser and OS names, and the HTTP clients of the app (Flutter's Dart, Android's OkHttp)
BROWSERS = ["Chrome 147", "Chrome 124", "QQ Browser 21.0.8421.400", "Microsoft Edge 123", "Firefox 125", "Safari 17",
            "Mobile Safari 17.4", "okhttp 4.12.0", "Dart 3.3", "Apache-HttpClient 4.5.14", "Unknown"]
SYSTEMS = ["Windows10", "Windows10", "Mac OS X", "Android 1.x", "Android 14", "iOS 17.4", "Linux", "Unknown"]
CLIENT_AGENTS = ["okhttp/4.12.0", "Dart/3.3 (dart:io)", "Apache-HttpClient/4.5.14 (Java/17.0.9)",
                 "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"]
LOGIN_MSGS = ["登录成功"] * 6 + ["验证码错误", "验证码已失效", "用户不存在/密码错误", "退出成功", "注册成功"]
REMARKS = ["管理员", "测试员", "运营", "客服", None, None, None]
REJECTS = ["请重新提交", "照片模糊", "身份证与姓名不符", "不行", None]
OPER = [("用户管理", 2, "com.ruoyi.web.controller.system.SysUserController.edit()", "PUT", "/system/user"),
        ("实名认证", 2, "com.ruoyi.web.controller.app.SysAppRealNameAuthController.audit()", "PUT", "/app/realName/audit"),
        ("用户提现", 2, "com.ruoyi.web.controller.app.SysUserWithdrawController.audit()", "PUT", "/app/withdraw/audit"),
        ("银行卡", 1, "com.ruoyi.app.controller.AppBankCardController.add()", "POST", "/api/bankCard"),
        ("个人信息", 2, "com.ruoyi.app.controller.AppUserController.updateProfile()", "PUT", "/api/user/profile")]
DEPTS = ["研发部门", "运营部门", "财务部门", "市场部门", ""]
# FastBee's products and things models: (product, category, identifier, model name, range)
PRODUCTS = [("★智能开关产品", "电工照明", "switch", "设备开关", (0, 1)), ("★温湿度智能开关", "家居安防", "temperature", "空气温度", (-10, 40)),
            ("★网关产品", "其他", "humidity", "空气湿度", (10, 99)), ("★视频监控产品", "家居安防", "brightness", "室内亮度", (0, 100)),
            ("智能水表", "农业物联", "flow", "瞬时流量", (0, 50))]
ROOMS = ["客厅", "卧室", "厨房", "阳台", "办公室", "一号大棚", "仓库"]
CAMERAS = [("Hikvision", "DS-2CD3T47EWD-L", "V5.7.3 build 220112"), ("Dahua", "DH-IPC-HFW2433M-I1", "2.820.0000000.3.R"),
           ("Uniview", "IPC2124SR3-DPF40", "IPC_G6103-B5036P60D2112"), ("TP-LINK", "TL-IPC44AW", "1.2.7 Build 230612")]
POSITIONS = ["总经理", "部门经理", "开发工程师", "测试工程师", "会计", "出纳", ""]
DEPARTS = ["北京国炬信息技术有限公司", "研发部", "财务部", "市场部", ""]


def when(r: random.Random, days: int = 60) -> datetime:
    return BASE - timedelta(days=days) + timedelta(seconds=r.randint(0, days * 86400))


def bcrypt_like(r: random.Random) -> str:
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2a$10$" + "".join(r.choice(alphabet) for _ in range(53))


def code(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def geoip(r: random.Random, isp: bool) -> str:
    """What RuoYi's AddressUtils makes of a public IP: `省 市`, or pconline's `省市 运营商`."""
    prov, city = r.choice(PLACES)[:2]
    return f"{prov}{city} {r.choice(ISPS)}" if isp else f"{prov} {city}"


def login_place(r: random.Random, fake: Faker) -> tuple[str, str]:
    """An address and its place: 内网IP for a private one."""
    if r.random() < 0.3:
        return fake.ipv4_private(), "内网IP"
    return fake.ipv4_public(), geoip(r, False)


def tron(r: random.Random) -> str:
    return "T" + "".join(r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(33))


def literal(value, kind: str) -> str:
    """A value as Navicat and mysqldump write it: numbers of numeric columns bare, the rest quoted."""
    if isinstance(value, str) and NUMERIC.match(kind) and re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return value
    return sql_value(value)


def ddl(table: str, engine: str) -> str:
    note, cols = TABLES[table]
    lines = [f"DROP TABLE IF EXISTS `{table}`;", f"CREATE TABLE `{table}`  ("]
    for name, kind, comment in cols:
        text = " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci" if "char" in kind else ""
        lines.append(f"  `{name}` {kind}{text} NULL DEFAULT NULL" + (f" COMMENT '{comment}'" if comment else "") + ",")
    lines.append(f"  PRIMARY KEY (`{cols[0][0]}`) USING BTREE")
    lines.append(f") ENGINE = InnoDB {engine} COMMENT = '{note}' ROW_FORMAT = DYNAMIC;")
    return "\n".join(lines) + "\n\n"


def navicat(table: str, rows: list[list]) -> str:
    """A table as Navicat dumps it: its structure, then one INSERT a row without a column list."""
    kinds = [kind for _, kind, _ in TABLES[table][1]]
    head = f"-- ----------------------------\n-- Table structure for {table}\n-- ----------------------------\n"
    inserts = "".join(f"INSERT INTO `{table}` VALUES (" + ", ".join(literal(v, k) for v, k in zip(row, kinds)) + ");\n"
                      for row in rows)
    return head + ddl(table, "CHARACTER SET = utf8mb4") + f"-- ----------------------------\n-- Records of {table}\n" \
        "-- ----------------------------\n" + inserts + "\n"


def mysqldump(table: str, rows: list[list]) -> str:
    """A table as mysqldump writes it with extended inserts: one statement for all rows."""
    kinds = [kind for _, kind, _ in TABLES[table][1]]
    values = ",".join("(" + ",".join(literal(v, k) for v, k in zip(row, kinds)) + ")" for row in rows)
    return (f"--\n-- Table structure for table `{table}`\n--\n\n" + ddl(table, "DEFAULT CHARSET=utf8mb3")
            + f"LOCK TABLES `{table}` WRITE;\nINSERT INTO `{table}` VALUES {values};\nUNLOCK TABLES;\n\n")


# ---------------------------------------------------------------- app-admin (Navicat dump)
def app_admin(r: random.Random, fake: Faker, out: Path) -> None:
    users = [list(row) for row in PUBLISHED["sys_user"]]
    people = {}  # user_id -> (account, real name)
    for uid in range(1000100, 1000300):
        at = when(r, 120)
        account = r.choice([fake.user_name(), fake.user_name() + str(r.randint(1, 99)), fake.phone_number()])
        name = person(r, fake)
        people[uid] = (account, name)
        verified = r.random() < 0.4
        parent = r.choice([0, 1000100, r.randint(1000100, uid)]) if uid > 1000100 else 0
        chain = "0" if parent == 0 else f"0,{parent}" if r.random() < 0.6 else f"0,1000100,{parent}"
        logged = r.random() < 0.8
        users.append([uid, None, account, name if r.random() < 0.4 else nickname(r, fake), name if verified else None, "00",
                      fake.free_email() if r.random() < 0.4 else "", fake.phone_number() if r.random() < 0.8 else "",
                      r.choice(["0", "1", "2"]), f"{born(r):%Y-%m-%d}" if r.random() < 0.5 else None,
                      f"https://img.1trx.in/avatar/{hexid(r, 32)}.png" if r.random() < 0.6 else "", bcrypt_like(r),
                      r.choice(["0", "0", "0", "1"]), "0", ip(r, fake, 0.7) if logged else "", stamp(at + timedelta(days=3)) if logged else None,
                      stamp(at), "", stamp(at), r.choice(["admin", "", ""]), stamp(at + timedelta(days=r.randint(0, 20))),
                      r.choice(REMARKS[2:]), code(r, 6), chain, chain.count(","), r.choice([0, 0, 1, 2, 3, 4]),
                      bcrypt_like(r) if r.random() < 0.5 else None, 1 if verified else r.choice([-1, -1, 0, 2]), "CNY",
                      r.choice([0, 1]), f"{r.uniform(0, 50000):.2f}", f"{r.uniform(0, 200000):.2f}", r.randint(0, 20000),
                      r.choice([0, 0, 0, 1, 2])])
    uids = list(people)
    auths = []
    for i in range(1, 121):
        uid = r.choice(uids)
        account, name = people[uid]
        at = when(r)
        area = r.choice(ZH3.DIVISIONS)[0]
        photo = lambda: f"https://img.1trx.in/avatar/{hexid(r, 32)}.jpg"  # noqa: E731
        state = r.choice([0, 1, 1, 2])
        auths.append([i, uid, account, name, ZH3.resident_id(r, area, born(r)), photo(), photo(), photo() if r.random() < 0.5 else None,
                      state, r.choice(REJECTS) if state == 2 else None, stamp(at), stamp(at + timedelta(hours=r.randint(1, 30))) if state else None,
                      1 if state else None, "admin" if state else None, "", stamp(at), "", stamp(at), None])
    cards, withdraws = [], []
    for i in range(1, 151):
        uid = r.choice(uids)
        account, name = people[uid]
        at = when(r)
        usd = r.random() < 0.25
        card = (None, None, None, tron(r)) if usd else (r.choice(BANKS), ZH3.unionpay(r).replace(" ", ""),
                                                       name if r.random() < 0.9 else person(r, fake), None)
        cards.append([i, uid, account, "USD" if usd else "CNY", *card, None, account, stamp(at), account, stamp(at)])
        for _ in range(r.choice([0, 1, 1, 2])):
            w = len(withdraws) + 1
            state = r.choice([0, 1, 1, 2])
            sub = at + timedelta(days=r.randint(0, 20))
            no = f"WD{sub:%Y%m%d%H%M%S}{hexid(r, 8).upper()}"
            withdraws.append([w, no, no, uid, account, "USD" if usd else "CNY", "USDT" if usd else "BANK", i, *card,
                              f"{r.choice([100, 200, 500, 1000, 5000])}.00", r.randint(1, 400), state,
                              r.choice(["退回", "信息有误", "账户异常"]) if state == 2 else None, stamp(sub),
                              stamp(sub + timedelta(hours=2)) if state else None, 1 if state else None,
                              "admin" if state else None, None, "", stamp(sub), "", stamp(sub)])
    logins = []
    for i in range(100, 500):
        uid = r.choice(uids + [1, 1000002])
        account = people[uid][0] if uid in people else {1: "admin", 1000002: "ry"}[uid]
        addr, place = login_place(r, fake)
        msg = r.choice(LOGIN_MSGS)
        logins.append([i, account, addr, place, r.choice(BROWSERS), r.choice(SYSTEMS), "1" if "错" in msg or "失效" in msg else "0",
                       msg, stamp(when(r))])
    opers = []
    for i in range(100, 400):
        title, kind, method, verb, url = r.choice(OPER)
        app = url.startswith("/api")
        uid = r.choice(uids)
        account, name = people[uid]
        if title == "银行卡":
            param = {"bankName": r.choice(BANKS), "accountNo": ZH3.unionpay(r).replace(" ", ""), "accountName": name, "currencyType": "CNY"}
        elif title == "个人信息":
            param = {"nickName": nickname(r, fake), "phonenumber": fake.phone_number(), "email": fake.free_email(), "sex": "1"}
        else:
            param = {"userId": uid, "status": r.choice(["1", "2"]), "params": {}}
        ok = r.random() < 0.9
        addr, place = (fake.ipv4_public(), geoip(r, True)) if r.random() < 0.7 else (fake.ipv4_private(), "内网IP")
        opers.append([i, title, kind, method, verb, 2 if app else 1, account if app else r.choice(["admin", "ry"]),
                      "" if app else r.choice(DEPTS[:4]), url, addr, place, json.dumps(param, ensure_ascii=False) + " ",
                      json.dumps({"msg": "操作成功", "code": 200}, ensure_ascii=False) if ok else None, 0 if ok else 1,
                      None if ok else r.choice(["用户不存在", "银行卡号格式错误", "\r\n### Error updating database"]), stamp(when(r)), r.randint(3, 900)])
    parts = [navicat("sys_user", users), navicat("sys_app_real_name_auth", auths), navicat("sys_user_bank_card", cards),
             navicat("sys_user_withdraw", withdraws), navicat("sys_logininfor", logins), navicat("sys_oper_log", opers),
             navicat("sys_dict_data", PUBLISHED["sys_dict_data"]), navicat("sys_user_level", PUBLISHED["sys_user_level"])]
    header = "/*\n Navicat Premium Data Transfer\n\n Source Server Type    : MySQL\n Source Server Version : 80036\n*/\n\n" \
             "SET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 0;\n\n"
    (out / "app-admin.sql").write_text(header + "".join(parts) + "SET FOREIGN_KEY_CHECKS = 1;\n", encoding="utf-8")


# ---------------------------------------------------------------- FastBee (mysqldump, extended inserts)
def fastbee(r: random.Random, fake: Faker, out: Path) -> None:
    seeded = stamp(BASE - timedelta(days=400))
    tenants = [(1, "admin"), (2, "fastbee"), (3, "wumei")]
    owners = [(i, r.choice([fake.user_name(), person(r, fake), fake.phone_number()])) for i in range(3, 60)]
    products = []
    for pid, (name, category, *_rest) in enumerate(PRODUCTS, start=41):
        tenant = r.choice(tenants)
        products.append([pid, name, "JSON", r.randint(1, 6), category, *tenant, r.choice([0, 1]), r.choice([0, 1]),
                         "FastBee", "P" + code(r, 14), "K" + code(r, 15), 2,
                         json.dumps({"properties": [{"id": _rest[0], "name": _rest[1]}]}, ensure_ascii=False),
                         3 if "视频" in name else r.choice([1, 2]), r.choice([1, 2, 3]), r.choice([1, 2, 3]),
                         None, "0", tenant[1], seeded, "", None, None, "MQTT"])
    devices, serials = [], {}
    for did in range(100, 260):
        prod = r.choice(products)
        _, _, ident, model_name, (lo, hi) = PRODUCTS[prod[0] - 41]
        owner = r.choice(owners)
        tenant = (prod[5], prod[6])
        serial = "D" + code(r, 11) if r.random() < 0.7 else hexid(r, 12).upper()
        serials[did] = (serial, owner, tenant, prod)
        place = r.choice(PLACES)
        located = r.random() < 0.7
        value = [{"id": ident, "value": str(round(r.uniform(lo, hi), 1)), "shadow": ""}]
        at = when(r, 200)
        devices.append([did, f"{r.choice(ROOMS)}{prod[1].lstrip('★')}", prod[0], prod[1], *owner, *tenant, serial,
                        serial[:6] if r.random() < 0.2 else None, f"{r.choice([1.0, 1.1, 1.2]):.2f}", r.choice([1, 3, 3, 4]),
                        r.randint(-100, -40), r.choice([0, 1]), r.choice([1, 2, 3]), json.dumps(value, ensure_ascii=False),
                        geoip(r, True) if located else None, fake.ipv4_public(), f"{near(r, place[4], 0.1):.6f}" if located else None,
                        f"{near(r, place[5], 0.1):.6f}" if located else None, stamp(at),
                        json.dumps({"name": "wumei-smart", "chip": r.choice(["esp8266", "esp32", "esp32-s3"]),
                                    "author": "kerwincui", "version": 1.6}),
                        None, "0", tenant[1], stamp(at), "", None, None, r.choice([0, 0, 1]), None])
    logs = []
    for lid in range(1, 601):
        did = r.choice(list(serials))
        serial, owner, tenant, prod = serials[did]
        _, _, ident, model_name, (lo, hi) = PRODUCTS[prod[0] - 41]
        kind = r.choice([1, 1, 1, 3, 5, 6])
        logs.append([lid, ident if kind in (1, 3) else "online" if kind == 5 else "offline", model_name if kind in (1, 3) else "设备上下线",
                     kind, str(round(r.uniform(lo, hi), 1)) if kind in (1, 3) else str(kind), did,
                     f"{r.choice(ROOMS)}{prod[1].lstrip('★')}", serial, r.choice([0, 1]), r.choice([1, 2]), *owner, *tenant,
                     "", stamp(when(r)), None])
    cams = []
    for cid in range(1, 41):
        maker, model, firmware = r.choice(CAMERAS)
        host = fake.ipv4_private() if r.random() < 0.5 else fake.ipv4_public()
        at = when(r, 200)
        cams.append([cid, 88, "★视频监控产品", f"1101020000132{r.randint(0, 9999999):07d}", f"{r.choice(ROOMS)}摄像头",
                     maker, model, firmware, r.choice(["UDP", "TCP"]), r.choice(["UDP", "TCP-ACTIVE"]), r.choice(["online", "offline"]),
                     stamp(at), stamp(at + timedelta(days=r.randint(0, 100))), stamp(at), host, 5060, f"{host}:5060", "0", "",
                     stamp(at), "", None, None])
    socials = []
    for sid in range(1, 151):
        owner = r.choice(owners)
        bound = r.random() < 0.8
        at = when(r)
        socials.append([sid, hexid(r, 32), r.choice(["WECHAT_OPEN_WEB", "WECHAT_OPEN_MOBILE", "WECHAT_OPEN_MINI_PROGRAM"]),
                        f"72_{code(r, 40)}", 7200, f"72_{code(r, 40)}", "o" + code(r, 27), None, None,
                        "o" + code(r, 27) if r.random() < 0.7 else None, "snsapi_userinfo", None, None, None, None, None, None, None,
                        stamp(at), "", stamp(at) if bound else None, "" if bound else None, "0", "1" if bound else "0",
                        owner[0] if bound else None, owner[1] if bound else None, person(r, fake) if r.random() < 0.4 else nickname(r, fake),
                        f"https://thirdwx.qlogo.cn/mmopen/vi_32/{code(r, 60)}/132", r.choice([0, 1, 2]),
                        r.choice(["web", "wechat_open_web", "wechat_open_mobile", "wechat_open_mini_program"])])
    text = "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: fastbee\n\n"
    text += "".join(mysqldump(t, rows) for t, rows in [("iot_product", products), ("iot_device", devices), ("iot_device_log", logs),
                                                       ("sip_device", cams), ("iot_social_user", socials)])
    (out / "fastbee.sql").write_text(text + "-- Dump completed\n", encoding="utf-8")


# ---------------------------------------------------------------- JeecgBoot's Excel exports (as CSV)
def jeecg(r: random.Random, fake: Faker, out: Path) -> None:
    users, accounts = [], ["admin", "jeecg"]
    for i in range(1, 121):
        account = fake.user_name() + (str(r.randint(1, 99)) if r.random() < 0.5 else "")
        accounts.append(account)
        boss = r.random() < 0.15
        users.append([account, person(r, fake), f"temp/{fake.first_romanized_name().lower()}_{r.randint(1600000000000, 1700000000000)}.jpg"
                      if r.random() < 0.4 else "", f"{born(r):%Y-%m-%d}" if r.random() < 0.7 else "", r.choice(["男", "女"]),
                      fake.free_email() if r.random() < 0.7 else "", fake.phone_number(), r.choice(["正常", "正常", "冻结"]), "正常",
                      f"{r.choice(['A', 'B', 'JG'])}{r.randint(1, 9999):04d}", r.choice(POSITIONS),
                      f"0{r.choice(['10', '21', '755', '571', '28'])}-{r.randint(2000000, 89999999)}" if r.random() < 0.4 else "",
                      "上级" if boss else "普通成员", r.choice(DEPARTS) if boss else "", r.choice(DEPARTS), ""])
    write_csv(out / "用户列表.csv", EXPORTS["用户列表.csv"][1], users, encoding="utf-8-sig")
    logs = []
    for _ in range(300):
        account = r.choice(accounts)
        kind = r.random()
        content = (f"用户名: {account},登录成功！" if kind < 0.5 else f"用户名: {account},退出成功！" if kind < 0.65
                   else r.choice(["用户管理-分页列表查询", "添加用户", "职务表-分页列表查询", "编辑用户", "导出用户"]))
        logs.append([stamp(when(r)), r.randint(1, 3000), ip(r, fake, 0.7), account, content, r.choice(["电脑端", "手机端", "移动网页端"])])
    write_csv(out / "系统日志.csv", EXPORTS["系统日志.csv"][1], logs, encoding="utf-8-sig")


# ---------------------------------------------------------------- the application log (RuoYi's logback pattern)
def app_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines, at = [], BASE
    for _ in range(600):
        at += timedelta(milliseconds=r.randint(20, 15000))
        t = f"{at:%H:%M:%S}.{at.microsecond // 1000:03d}"
        pick = r.random()
        if pick < 0.3:
            addr, place = login_place(r, fake)
            account = r.choice(["admin", "ry", fake.user_name(), fake.phone_number()])
            ok = r.random() < 0.8
            lines.append(f"{t} [schedule-pool-{r.randint(1, 8)}] INFO  sys-user - [run,55] - [{addr}]{place}[{account}]"
                         f"[{'Success' if ok else 'Error'}][{'登录成功' if ok else r.choice(['验证码错误', '用户不存在/密码错误'])}]")
        elif pick < 0.5:
            place = r.choice(PLACES)
            report = {"rssi": r.randint(-90, -40), "firmwareVersion": 1.0, "status": 3, "userId": str(r.randint(3, 60)),
                      "longitude": near(r, place[4], 0.1), "latitude": near(r, place[5], 0.1),
                      "summary": {"name": "wumei-smart", "chip": "esp32"}}
            lines.append(f"{t} [nioEventLoopGroup-3-{r.randint(1, 4)}] INFO  c.f.m.s.MqttService - [reportDevice,112] - "
                         f"设备上报信息 serialNumber={'D' + code(r, 11)}, ip={fake.ipv4_public()}, data={json.dumps(report)}")
        elif pick < 0.75:
            lines.append(f"{t} [http-nio-8080-exec-{r.randint(1, 20)}] INFO  c.r.f.i.RequestLogInterceptor - [preHandle,48] - "
                         f"请求 {r.choice(['GET /api/user/info', 'POST /api/invest/order', 'GET /api/wallet/balance', 'POST /api/user/sign'])}"
                         f" ip={fake.ipv4_public()} ua={r.choice(CLIENT_AGENTS + UAS[:3])}")
        elif pick < 0.88:
            name = person(r, fake)
            lines.append(f"{t} [http-nio-8080-exec-{r.randint(1, 20)}] ERROR c.r.a.c.AppRealNameController - [submit,77] - "
                         f"实名认证提交失败 userId={r.randint(1000100, 1000300)}, realName={name}, "
                         f"idCard={ZH3.resident_id(r, r.choice(ZH3.DIVISIONS)[0], born(r))}, 原因: 证件照片不清晰")
        else:
            lines.append(f"{t} [http-nio-8080-exec-{r.randint(1, 20)}] WARN  c.r.a.c.AppBankCardController - [add,63] - "
                         f"绑定银行卡失败 userName={fake.user_name()}, bankName={r.choice(BANKS)}, "
                         f"accountNo={ZH3.unionpay(r).replace(' ', '')}, accountName={person(r, fake)}: 开户名与实名不一致")
    (out / "ruoyi-app.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [app_admin, fastbee, jeecg, app_log]


def verify(out: Path, labels: Path) -> int:
    exports = {name: set(headers) for name, (_, headers) in EXPORTS.items()}
    return verify_tables(out, labels, TABLES, ("ruoyi-app.log",), exports)


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20260501, HERE / "labels.csv"))
