"""Generate the twenty-seventh Chinese benchmark (benchmarks/zh27): a Spring Boot forum's members, their
reading, likes, comments and follows, their logins and sessions by device; a takeout service's staff,
customers, address book and orders; a hospital ward's patients, vital signs, medical orders and nursing
records; and the forum's application log.

usage: python benchmarks/zh27/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese comments are those of a public project at a pinned commit
(transcribed in schemas.py, checked against snapshots by `schemas.py --check`):

- `paicoding.sql`: **itwanger/paicoding** (技术派, Apache-2.0), its Liquibase scripts' style (backquoted DDL
  with `NOT NULL DEFAULT ''`, `INSERT INTO `t` (…) VALUES (…), (…);`): `user_info` (用户名, 职位, 公司,
  个人简介), the interaction tables `user_foot` (足迹: read, liked, collected, commented), `comment`,
  `user_relation` (follows), `request_count` (requests per client IP and day), `user_login_audit` and
  `user_active_session` (设备ID, 设备名称, UA哈希, 归属地 `浙江·杭州`), `short_link_record` (访问时间 in epoch
  milliseconds);
- `sky.sql`: **frozenNoob/Project-of-sky-take-out** (苍穹外卖, no licence stated), a `mysqldump` (`LOCK TABLES`,
  one extended INSERT a table): `employee` (its published administrator first), `user` (用户名 is the mobile),
  `address_book` (GB/T 2260 codes as 省级/市级/区级区划编号 beside the names), `orders` (备注, 收货人, 地址);
- `his.sql`: **ScureHu/hisParent** (no licence stated), a plain script (`-- 病人` comments, one INSERT a row,
  no backquotes): `zcmu_patient` (床位号, 生日, 诊断, 主治医生, 身份证号, 家庭住址, 联系人), `zcmu_ward_patient`,
  `zcmu_sign` (体温, 脉搏, 血压 …), `zcmu_order` (医嘱: drugs, doses, doctors), `zcmu_nurse`, and the nursing and
  health-education records;
- `paicoding.log`: paicoding's logback pattern (`%d [%t] %-5level|%mdc{traceId}|%mdc{bizCode}|%logger{36}.%M(%file:%line)
  - %msg`): its request log (`method=GET; referer=…; remoteIp=…; agent=…; user=…; uri=…; payload=…; cost=…`),
  the login source (`登录的来源：ReqInfoContext.ReqInfo(host=…, clientIp=…, userAgent=…, session=…, userId=…,
  deviceId=…)`) and Chinese operational messages.

Values: names, mobiles and IPs from Faker's zh_CN locale, compound-surname and minority names through
zh9's generator, identity numbers through zh3's, places and agents through zh10's (all through
benchmarks/zhvalues.py).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import hashlib
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
from labelcheck import generator_main  # noqa: E402
from schemas import TABLES  # noqa: E402
from zhsql import ip, sql_value, stamp, verify_tables  # noqa: E402
from zhvalues import DEVICES, PLACES, STREETS, UAS, ZH3, born, faker, hexid, nickname, person  # noqa: E402

BASE = datetime(2026, 7, 18, 9, 30, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
NUMERIC = re.compile(r"(?:big|tiny|small|medium)?int|decimal|double|float", re.I)
POSITIONS = ["Java开发工程师", "后端开发", "前端工程师", "学生", "架构师", "测试开发", "运维工程师", "产品经理", "技术总监", "在校研究生", ""]
COMPANIES = ["字节跳动", "阿里巴巴", "腾讯", "美团", "京东", "华为", "小米", "百度", "网易", "拼多多", "浙江大学", "武汉大学", "某创业公司", ""]
PROFILES = ["热爱技术，喜欢分享", "一个正在学习Java的菜鸟", "专注后端开发，Spring Boot 爱好者", "考研失败，准备春招", "喜欢跑步和读书",
            "十年码农，还在路上", "我的简介", "前端转后端中……", "坐标杭州，欢迎交流", ""]
COMMENTS = ["写得太好了，收藏了！", "请问这个配置在Spring Boot 3下还适用吗？", "感谢分享，解决了我的问题", "第三步没看懂，能再详细点吗",
            "mark一下，回头再看", "二哥yyds", "我按照文章操作报错了：Connection refused，怎么办？", "楼主说得对", "已三连",
            "这个问题我们线上也遇到过，最后是连接池配置不对", "请问源码在哪里可以下载？", "学习了👍", "面试刚好被问到这个，太及时了"]
EVENTS = ["LOGIN_SUCCESS", "LOGIN_SUCCESS", "LOGIN_SUCCESS", "LOGOUT", "KICKOUT", "SESSION_EXPIRED"]
RISK = ["", "", "", "NEW_DEVICE", "NEW_REGION", "MULTI_DEVICE"]
SOURCES = ["wechat", "pc", "mobile", "mini_program", "qq"]
REMARKS = ["不要香菜", "少辣", "多放点醋", "放门口就行，谢谢", "到了打电话", "不要葱", "餐具不要了", "微辣", "", "", ""]
CANCEL = ["订单超时，自动取消", "用户取消", "商家已打烊", "地址超出配送范围"]
LABELS = ["", "家", "公司", "学校"]
DIAGNOSES = ["2型糖尿病", "高血压病3级", "社区获得性肺炎", "冠状动脉粥样硬化性心脏病", "慢性阻塞性肺疾病急性加重", "脑梗死", "胆囊结石伴胆囊炎",
             "腰椎间盘突出症", "急性阑尾炎", "上消化道出血"]
DRUGS = [("0.9%氯化钠注射液", "ml", "1"), ("头孢曲松钠", "g", "1"), ("阿司匹林肠溶片", "mg", "2"), ("胰岛素注射液", "U", "3"),
         ("硝苯地平缓释片", "mg", "2"), ("奥美拉唑", "mg", "1"), ("氨溴索注射液", "mg", "1")]
FREQ = ["qd", "bid", "tid", "q8h", "qn", "st", "prn"]
PLANS = [("压疮预防", "患者住院期间皮肤完整，无压疮发生", "每2小时翻身一次，保持床单位清洁干燥，骨突处垫软枕"),
         ("跌倒预防", "患者住院期间不发生跌倒", "床栏保护，呼叫器放于易取处，告知家属24小时陪护"),
         ("疼痛护理", "患者主诉疼痛评分≤3分", "遵医嘱给予止痛药，观察用药后反应，指导放松技巧"),
         ("血糖监测", "患者血糖控制在正常范围", "监测三餐前后血糖，指导糖尿病饮食")]
HEALTH = [("入院宣教", "病区环境、作息制度、探视制度介绍"), ("饮食指导", "低盐低脂饮食，每日食盐不超过5克"),
          ("用药指导", "按时服药，不可自行停药"), ("出院指导", "定期复查，如有不适及时就诊")]
WARDS = [("W01", "心内科一病区"), ("W02", "呼吸内科病区"), ("W03", "普外科病区"), ("W05", "神经内科病区")]
BROWSERS = [("Windows 10", "Chrome 124"), ("Windows 11", "Edge 125"), ("macOS", "Safari 17"), ("iOS 17.5", "微信"), ("Android 14", "微信"),
            ("Android 13", "夸克浏览器")]
WINDOWS_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
MAC_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"


def when(r: random.Random, days: int = 60) -> datetime:
    return BASE - timedelta(days=days) + timedelta(seconds=r.randint(0, days * 86400))


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def literal(value, kind: str) -> str:
    """A value as the dumps write it: numbers of numeric columns bare, the rest quoted."""
    if isinstance(value, str) and NUMERIC.match(kind) and re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return value
    return sql_value(value)


def ddl(table: str, quote: str, tail: str) -> list[str]:
    note, cols = TABLES[table]
    q = quote
    lines = [f"CREATE TABLE {q}{table}{q} ("]
    lines += [f"  {q}{name}{q} {kind} {'NOT NULL' if i == 0 else 'DEFAULT NULL'} COMMENT '{comment}'," if comment else
              f"  {q}{name}{q} {kind} {'NOT NULL' if i == 0 else 'DEFAULT NULL'}," for i, (name, kind, comment) in enumerate(cols)]
    lines += [f"  PRIMARY KEY ({q}{cols[0][0]}{q})", tail.format(note=note)]
    return lines


def values(table: str, row: list) -> str:
    kinds = [kind for _, kind, _ in TABLES[table][1]]
    return "(" + ",".join(literal(v, k) for v, k in zip(row, kinds)) + ")"


def liquibase(table: str, rows: list[list]) -> str:
    """paicoding's scripts: backquoted DDL, then one INSERT with the column list and a row a line."""
    cols = ", ".join(f"`{n}`" for n, _, _ in TABLES[table][1])
    body = ",\n".join("       " + values(table, row) for row in rows)
    return ("\n".join(ddl(table, "`", ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='{note}';"))
            + f"\n\nINSERT INTO `{table}` ({cols})\nVALUES {body.lstrip()};\n\n")


def mysqldump(table: str, rows: list[list]) -> str:
    """mysqldump's layout: the structure, then LOCK TABLES and one extended INSERT."""
    return (f"--\n-- Table structure for table `{table}`\n--\n\nDROP TABLE IF EXISTS `{table}`;\n"
            + "\n".join(ddl(table, "`", ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin COMMENT='{note}';"))
            + f"\n\n--\n-- Dumping data for table `{table}`\n--\n\nLOCK TABLES `{table}` WRITE;\n"
            + f"/*!40000 ALTER TABLE `{table}` DISABLE KEYS */;\nINSERT INTO `{table}` VALUES "
            + ",".join(values(table, row) for row in rows) + f";\n/*!40000 ALTER TABLE `{table}` ENABLE KEYS */;\nUNLOCK TABLES;\n\n")


def plain(table: str, rows: list[list]) -> str:
    """hisParent's script: a `--` comment naming the table, unquoted DDL, one INSERT a row."""
    head = f"-- {TABLES[table][0]}\n" + "\n".join(ddl(table, "", ") ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='{note}';")) + "\n"
    return head + "".join(f"INSERT INTO {table} VALUES {values(table, row)};\n" for row in rows) + "\n"


def region(place: tuple) -> str:
    """ip2region's way of naming where an address is: province and city, `·` between (浙江·杭州)."""
    return place[0].rstrip("省市") + "·" + place[1].rstrip("市")


def street_address(r: random.Random, place: tuple) -> str:
    tail = f"{r.choice(STREETS[place[2]])}{r.randint(1, 600)}号"
    if r.random() < 0.6:
        tail += f"{r.choice(['阳光', '金色', '锦绣', '翠苑', '和平'])}{r.choice(['花园', '小区', '公寓'])}{r.randint(1, 20)}幢{r.randint(1, 30)}0{r.randint(1, 4)}室"
    return tail


def agent(r: random.Random) -> tuple[str, str]:
    """A user agent and paicoding's device name of it (system · browser)."""
    system, browser = r.choice(BROWSERS)
    if system.startswith("Windows"):
        return WINDOWS_UA, f"{system} · {browser}"
    if system == "macOS":
        return MAC_UA, f"{system} · {browser}"
    if system.startswith("iOS"):
        return ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
                "MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN", f"iPhone · {browser}")
    ua = r.choice(UAS)
    dev = next((d for d in DEVICES if d[2] in ua), r.choice(DEVICES))
    return ua, f"{dev[1]} · {browser}"


# ---------------------------------------------------------------- paicoding (技术派)
def paicoding(r: random.Random, fake: Faker, out: Path, members: list) -> None:
    uids = [m[0] for m in members]
    infos = []
    for i, (uid, name, place, device_id, ua, device_name) in enumerate(members, start=1):
        at = when(r, 400)
        infos.append([i, uid, name, f"https://cdn.tobebetterjavaer.com/paicoding/avatar/{r.randint(1, 60):04d}.png",
                      r.choice(POSITIONS), r.choice(COMPANIES), r.choice(PROFILES),
                      '{"studyStatus":1}' if r.random() < 0.2 else "", 0, stamp(at), stamp(at + timedelta(days=r.randint(0, 90)))])
    foot, seen = [], set()
    while len(foot) < 600:
        uid, doc, kind = r.choice(uids), r.randint(1, 180), r.choice([1, 1, 1, 2])
        if (uid, doc, kind) in seen:
            continue
        seen.add((uid, doc, kind))
        at = when(r, 90)
        foot.append([len(foot) + 1, uid, doc, kind, r.choice(uids[:12]), r.choice([0, 0, 1, 2]), 1, r.choice([0, 0, 1]),
                     r.choice([0, 0, 1, 2]), stamp(at), stamp(at + timedelta(minutes=r.randint(0, 3000)))])
    comments = []
    for cid in range(1, 401):
        at = when(r, 90)
        top = r.choice([0, 0, r.randint(1, max(1, cid - 1))])
        comments.append([cid, r.randint(1, 180), r.choice(uids), r.choice(COMMENTS), top, top if top and r.random() < 0.5 else 0,
                         r.choice([0, 0, 0, 1]), stamp(at), stamp(at)])
    follows, pairs = [], set()
    while len(follows) < 300:
        a, b = r.choice(uids[:40]), r.choice(uids)
        if a == b or (a, b) in pairs:
            continue
        pairs.add((a, b))
        at = when(r, 200)
        follows.append([len(follows) + 1, a, b, r.choice([1, 1, 1, 2]), stamp(at), stamp(at)])
    counts = []
    for cid in range(1, 301):
        day = (BASE - timedelta(days=r.randint(0, 30))).date()
        counts.append([cid, ip(r, fake, 0.85), r.randint(1, 400), f"{day}", f"{day} 00:00:{r.randint(10, 59)}", stamp(when(r, 30))])
    audits, sessions = [], []
    for aid in range(1, 401):
        uid, name, place, device_id, ua, device_name = r.choice(members)
        at = when(r, 60)
        event = r.choice(EVENTS)
        login = logins[uid]
        audits.append([aid, uid, login, r.choice([0, 1, 1]), event, device_id, device_name, hashlib.sha256(ua.encode()).hexdigest()[:32], ua,
                       ip(r, fake, 0.9), region(place), hexid(r, 32), r.choice(RISK),
                       {"LOGOUT": "用户主动退出", "KICKOUT": "超出最大在线设备数，踢下线", "SESSION_EXPIRED": "会话过期"}.get(event, ""),
                       stamp(at), stamp(at)])
    for sid in range(1, 301):
        uid, name, place, device_id, ua, device_name = r.choice(members)
        at = when(r, 30)
        offline = r.random() < 0.3
        sessions.append([sid, uid, logins[uid], r.choice([0, 1, 1]), hexid(r, 32), device_id, device_name,
                         hashlib.sha256(ua.encode()).hexdigest()[:32], ua, ip(r, fake, 0.9), region(place), stamp(at + timedelta(hours=r.randint(0, 48))),
                         stamp(at + timedelta(days=30)), stamp(at + timedelta(days=2)) if offline else None,
                         r.choice(["用户主动退出", "超出最大在线设备数，踢下线", "管理员强制下线"]) if offline else None, stamp(at), stamp(at)])
    links = []
    codes = [hexid(r, 8) for _ in range(20)]
    for lid in range(1, 301):
        at = when(r, 60)
        links.append([lid, r.choice(codes), str(r.choice(uids)) if r.random() < 0.6 else "0", int(at.timestamp() * 1000) + r.randint(0, 999),
                      ip(r, fake, 0.9), r.choice(["wechat", "password", "none"]), r.choice(SOURCES), stamp(at), stamp(at)])
    text = "--liquibase formatted sql\n\n" + "".join(liquibase(t, rows) for t, rows in [
        ("user_info", infos), ("user_foot", foot), ("comment", comments), ("user_relation", follows), ("request_count", counts),
        ("user_login_audit", audits), ("user_active_session", sessions), ("short_link_record", links)])
    (out / "paicoding.sql").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- sky-take-out (苍穹外卖)
def sky(r: random.Random, fake: Faker, out: Path) -> None:
    staff = [[1, "管理员", "admin", "e10adc3949ba59abbe56e057f20f883e", "13812312312", "1", "110101199001010047", 1,
              "2022-02-15 15:51:20", "2022-02-17 09:16:20", 10, 1]]  # the administrator sky-take-out publishes
    for eid in range(2, 41):
        at = when(r, 500)
        place = r.choice(PLACES)
        staff.append([eid, person(r, fake), fake.user_name(), "e10adc3949ba59abbe56e057f20f883e", fake.phone_number(), r.choice("01"),
                      ZH3.resident_id(r, place[3], born(r)), r.choice([1, 1, 1, 0]), stamp(at), stamp(at + timedelta(days=r.randint(0, 60))),
                      1, r.choice([1, 1, eid])])
    users = []
    for uid in range(1, 301):
        place = r.choice(PLACES)
        users.append([uid, person(r, fake) if r.random() < 0.8 else None, fake.phone_number(),
                      r.choice(["e10adc3949ba59abbe56e057f20f883e", "123456"]), r.choice(["0", "1", None]),
                      ZH3.resident_id(r, place[3], born(r)) if r.random() < 0.4 else None, stamp(when(r, 400))])
    book = []
    for aid in range(1, 351):
        uid = r.randint(1, 300)
        place = r.choice(PLACES)
        code = place[3]
        book.append([aid, uid, person(r, fake), r.choice(["0", "1"]), fake.phone_number(), code[:2], place[0], code[:4], place[1],
                     code, place[2], street_address(r, place), r.choice(LABELS), 1 if r.random() < 0.3 else 0, place])
    orders = []
    for oid in range(1, 501):
        entry = r.choice(book)
        at = when(r, 90)
        state = r.choice([1, 2, 3, 4, 5, 5, 5, 6])
        paid = state in (2, 3, 4, 5)
        cancelled = state == 6
        addr = entry[14][0] + entry[14][1] + entry[14][2] + entry[11]
        orders.append([oid, str(int(at.timestamp() * 1000) + r.randint(0, 999)), state, entry[1], entry[0], stamp(at),
                       stamp(at + timedelta(minutes=1)) if paid else None, r.choice([1, 1, 2]), 1 if paid else 0,
                       f"{r.uniform(12, 160):.2f}", r.choice(REMARKS), entry[4], addr, users[entry[1] - 1][1] if r.random() < 0.5 else None,
                       entry[2], r.choice(CANCEL) if cancelled else None, "商家已打烊" if cancelled and r.random() < 0.2 else None,
                       stamp(at + timedelta(minutes=15)) if cancelled else None, stamp(at + timedelta(minutes=45)), r.choice([0, 1]),
                       stamp(at + timedelta(minutes=r.randint(25, 60))) if state == 5 else None, r.randint(0, 6), r.randint(0, 5), r.choice([0, 1])])
    for entry in book:
        entry.pop()
    head = ("-- MySQL dump 10.13  Distrib 8.0.31, for Win64 (x86_64)\n--\n-- Host: 127.0.0.1    Database: sky_take_out\n"
            "-- ------------------------------------------------------\n-- Server version\t8.0.31\n\n/*!40101 SET NAMES utf8mb4 */;\n\n")
    text = head + "".join(mysqldump(t, rows) for t, rows in [("employee", staff), ("user", users), ("address_book", book), ("orders", orders)])
    (out / "sky.sql").write_text(text + "-- Dump completed on 2026-07-18  9:30:00\n", encoding="utf-8")


# ---------------------------------------------------------------- hisParent (病区护理)
def his(r: random.Random, fake: Faker, out: Path) -> None:
    nurses = []
    for n in range(1, 31):
        ward = r.choice(WARDS)
        nurses.append([f"N{n:04d}", person(r, fake), md5(str(r.random())), f"{r.randint(10000, 99999)}", r.choice(["0", "1"]), ward[0]])
    doctors = [person(r, fake) for _ in range(15)]
    patients, beds = [], []
    for p in range(1, 121):
        place = r.choice(PLACES)
        birth = born(r)
        ward = r.choice(WARDS)
        admit = when(r, 60)
        out_at = admit + timedelta(days=r.randint(3, 20)) if r.random() < 0.4 else None
        pid = f"{admit:%Y%m}{p:04d}"
        bed = r.randint(1, 48)
        patients.append([pid, ward[0], bed, person(r, fake), r.choice(["0", "1"]), f"{birth} 00:00:00", BASE.year - birth.year,
                         r.choice("1234"), r.choice(DIAGNOSES), r.choice(doctors), stamp(admit), stamp(out_at) if out_at else None,
                         ZH3.resident_id(r, place[3], birth), place[0] + place[1] + place[2] + street_address(r, place), person(r, fake),
                         fake.phone_number(), "1" if out_at else "0", ward[0][1:]])
        beds.append([f"B{p:05d}", bed, ward[1], pid, ward[0], r.choice(["0", "1"])])
    signs = []
    for s in range(1, 501):
        pat, nurse = r.choice(patients), r.choice(nurses)
        at = when(r, 30)
        signs.append([f"S{s:06d}", pat[0], pat[3], stamp(at.replace(minute=0, second=0)), stamp(at), round(r.uniform(36.0, 39.2), 1), r.randint(58, 120),
                      r.randint(14, 28), r.randint(90, 170), round(r.uniform(3.9, 16.5), 1), r.choice(["", "", "患者诉头晕", "已通知医生", "复测"]),
                      r.choice("12"), nurse[0], nurse[1]])
    orders = []
    for o in range(1, 401):
        pat, nurse = r.choice(patients), r.choice(nurses)
        drug, unit, supply = r.choice(DRUGS)
        at = when(r, 30)
        orders.append([f"P{o:07d}", stamp(at), stamp(at + timedelta(minutes=r.randint(0, 90))), stamp(at + timedelta(hours=2)), nurse[0], nurse[1],
                       pat[0], f"{r.randint(10 ** 7, 10 ** 8 - 1)}", f"G{r.randint(1000, 9999)}", stamp(at - timedelta(days=1)), stamp(at + timedelta(days=5)),
                       supply, r.choice(["长期", "临时"]), r.choice(doctors), r.choice([0.5, 1, 2, 10, 100, 250]), unit, r.choice(FREQ),
                       r.choice("0123"), stamp(at - timedelta(hours=3)), r.choice(nurses)[1], drug, r.choice(["", "", "皮试阴性", "餐前服用"])])
    plans = []
    for n in range(1, 151):
        pat, nurse = r.choice(patients), r.choice(nurses)
        tid = r.randrange(len(PLANS))
        name, target, measure = PLANS[tid]
        plans.append([f"NP{n:05d}", pat[0], f"T{tid + 1:03d}", name, stamp(when(r, 30)), nurse[0], nurse[1], target, name, measure])
    health = []
    for n in range(1, 201):
        pat, nurse = r.choice(patients), r.choice(nurses)
        iid = r.randrange(len(HEALTH))
        at = when(r, 30)
        health.append([f"HE{n:05d}", pat[0], HEALTH[iid][0], f"I{iid + 1:03d}", stamp(at), nurse[0], nurse[1], r.choice("12"), HEALTH[iid][1],
                       r.choice("12"), stamp(at - timedelta(minutes=10))])
    text = "-- 病区护理系统\nCREATE DATABASE hisdb;\nUSE `hisdb`;\n\n" + "".join(plain(t, rows) for t, rows in [
        ("zcmu_patient", patients), ("zcmu_ward_patient", beds), ("zcmu_sign", signs), ("zcmu_order", orders), ("zcmu_nurse", nurses),
        ("zcmu_nursing_plan", plans), ("zcmu_health_plan", health)])
    (out / "his.sql").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- paicoding's application log (logback)
def app_log(r: random.Random, fake: Faker, out: Path, members: list) -> None:
    lines, at = [], BASE
    paths = ["/article/detail/{}", "/column/{}/1", "/user/home", "/search?key=springboot", "/comment/api/post", "/article/api/praise"]
    for _ in range(500):
        at += timedelta(milliseconds=r.randint(30, 9000))
        t = f"{at:%Y-%m-%d %H:%M:%S},{at.microsecond // 1000:03d}"
        trace = hexid(r, 16)
        thread = f"http-nio-8080-exec-{r.randint(1, 20)}"
        uid, name, place, device_id, ua, device_name = r.choice(members)
        client = ip(r, fake, 0.9)
        logged_in = r.random() < 0.7
        pick = r.random()
        if pick < 0.6:
            path = r.choice(paths).format(r.randint(1, 180))
            payload = '{"articleId":%d,"content":"%s"}' % (r.randint(1, 180), r.choice(COMMENTS)) if "post" in path else ""
            msg = (f"method={'POST' if 'api' in path else 'GET'}; referer=https://paicoding.com/; remoteIp={client}; agent={ua}"
                   + (f"; user={uid}" if logged_in else "") + f"; uri={path}; payload={payload}; cost={r.randint(3, 800)}")
            lines.append(f"{t} [{thread}] INFO |{trace}||req.log.info(ReqRecordFilter.java:225) - {msg}")
        elif pick < 0.75:
            lines.append(f"{t} [{thread}] INFO |{trace}||c.g.p.f.c.util.SessionUtil.addCookies(SessionUtil.java:70) - 登录的来源："
                         f"ReqInfoContext.ReqInfo(appKey=null, host=paicoding.com, path=/login, clientIp={client}, referer=https://paicoding.com/, "
                         f"payload=, userAgent={ua}, session={hexid(r, 32)}, userId={uid}, user=null, msgNum=0, seo=null, "
                         f"deviceId={device_id}, chatId=null)")
        elif pick < 0.85:
            lines.append(f"{t} [{thread}] WARN |{trace}||c.g.p.f.w.h.filter.ReqRecordFilter.doFilter(ReqRecordFilter.java:246) - "
                         f"record request count failed, ip={client}")
        elif pick < 0.93:
            lines.append(f"{t} [{thread}] INFO |{trace}||c.g.p.f.c.mdc.MdcAspect.around(MdcAspect.java:46) - 执行耗时: "
                         f"ArticleRestController#praise = {r.randint(3, 400)}ms")
        else:
            lines.append(f"{t} [scheduling-1] INFO |||c.g.p.f.c.autoconf.DynamicConfigContainer.reloadConfig(DynamicConfigContainer.java:150) - "
                         "db配置强制刷新! {\"view.site.websiteName\":\"技术派\"}")
    (out / "paicoding.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


logins: dict[int, str] = {}


def forum(r: random.Random, fake: Faker, out: Path) -> None:
    """paicoding's members (id, display name, place, device id, agent, device name), its tables and its log."""
    members = []
    for uid in range(1, 301):
        ua, device_name = agent(r)
        members.append((uid, r.choice([person(r, fake), nickname(r, fake), fake.user_name()]), r.choice(PLACES), str(uuid.UUID(int=r.getrandbits(128))),
                        ua, device_name))
        logins[uid] = r.choice([fake.user_name(), fake.user_name() + str(r.randint(1, 99)), fake.phone_number()])
    paicoding(r, fake, out, members)
    app_log(r, fake, out, members)


GENERATORS = [forum, sky, his]


def verify(out: Path, labels: Path) -> int:
    return verify_tables(out, labels, TABLES, ("paicoding.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20260718, HERE / "labels.csv"))
