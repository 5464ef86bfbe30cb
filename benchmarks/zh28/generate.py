"""Generate the twenty-eighth Chinese benchmark (benchmarks/zh28): a shared power-bank rental service with
pinyin column names (its users, maintainers, merchants, power banks, rentals, returns and bills), a
小红书-like notes app's users, notes, comments, likes, favourites and views with snowflake ids, a school's
students, and the notes app's Spring Boot log and nginx access log.

usage: python benchmarks/zh28/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese comments are those of a public project at a pinned commit
(transcribed in schemas.py, checked against snapshots by `schemas.py --check`):

- `power.sql`: **lunavexxx/shardPower** (共享充电宝, no licence stated), DataGrip's DDL (lower-case `comment`,
  `primary key` on its own line, `constraint … unique (…)`) and lower-case `insert into t (…) values (…);`:
  `yonghu` (yonghuzhanghao 用户账号, yonghuxingming 用户姓名, yonghushouji 用户手机, nianling 年龄), `weihurenyuan`,
  `users`, `token`, `hezuoshanghu` (lianxiren 联系人, lianxifangshi 联系方式, xiangxidizhi 详细地址),
  `chongdianbaotoufang` (充电宝编号, 品牌, 剩余电量), `zulindingdan` / `guihaidingdan` / `feiyongdingdan` (the renter's
  account, name and mobile copied into every order), `chongdianbaoweihu`, `gonggaolan`, `discussgonggaolan`;
- `red_book.sql`: **gi3636/red-book-backend** (Apache-2.0), a Navicat dump (`BEGIN;` one INSERT a row `COMMIT;`):
  `tbl_user` (snowflake ids of MyBatis-Plus `assign_id`, 用户名 logins, 手机号, 昵称, 生日, 城市, 简介),
  `tbl_note`, `tbl_comment`, the like, favourite and view tables, `tbl_sys_user`;
- `student.sql`: **Encounter77/StudentInformationManagementSystem** (no licence stated), a Navicat dump:
  `student` (学号, 身份证号, 电话, QQ, 家庭住址, 班主任姓名, 家长姓名, 家长电话, 电子邮件地址), `class`, `subject`;
- `redbook.log`: Spring Boot's console pattern and the messages red-book's AuthInterceptor logs (`请求方法与链接:`,
  `入参: {…}` with the request body, `用户：…, token:…` with the JWT);
- `access.log`: nginx's combined format in front of it, the 小红书 app's own user agents (`discover/8.45 (iPhone;
  iOS 17.5; Scale/3.00) Resolution/1170*2532 … Device/(Apple Inc.;iPhone14,2) NetType/WiFi`) and WeChat's.

Values: names, mobiles and IPs from Faker's zh_CN locale, compound-surname and minority names through zh9's
generator, identity numbers through zh3's, places and agents through zh10's (all through benchmarks/zhvalues.py).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import base64
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
from schemas import TABLES  # noqa: E402
from zhsql import ip, sql_value, stamp, verify_tables  # noqa: E402
from zhvalues import DEVICES, PLACES, STREETS, UAS, ZH3, born, digits, faker, hexid, nickname, person  # noqa: E402

BASE = datetime(2026, 7, 20, 10, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
NUMERIC = re.compile(r"(?:big|tiny|small|medium)?int|decimal|double|float", re.I)
MP_EPOCH = 1288834974657  # MyBatis-Plus's snowflake epoch (its IdWorker's twepoch)
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

BRANDS = ["街电", "来电", "怪兽充电", "美团充电宝", "小电"]
MERCHANTS = ["蜜雪冰城", "瑞幸咖啡", "肯德基", "喜茶", "全家便利店", "沙县小吃", "海底捞火锅", "万达影城", "如家酒店", "屈臣氏", "网鱼网咖", "大润发"]
FAULTS = ["无法弹出", "充电口接触不良", "外壳破损", "电量显示异常", "充不进电", "机柜离线", "二维码损坏无法扫码"]
FIXES = ["已更换充电宝", "已返厂维修", "重启机柜后恢复", "已更换二维码贴纸", "清理接口后正常", "联系厂家处理中"]
NOTICES = [("关于五一期间充电宝收费调整的通知", "五一期间每小时费用不变，封顶价格调整为20元，请广大用户知悉。"),
           ("新增投放点公告", "本周在西湖区、滨江区新增30个投放点，欢迎使用。"),
           ("押金退还说明", "归还后押金将在1-3个工作日内原路退还，如有疑问请联系客服。")]
NOTICE_REPLIES = ["谢谢提醒", "什么时候在我们学校也投放一些？", "押金三天了还没退", "好的收到", "希望多投放一点，经常借不到", "支持！"]
REVIEW = ["审核通过", "已归还，押金已退", "充电宝有损坏，扣除部分押金", ""]
TITLES = ["杭州周末去哪儿｜西溪湿地一日游攻略🌿", "打工人的一周带饭记录🍱", "平价好用的国货护肤分享✨", "第一次去成都，这几家店一定要吃！",
          "考研上岸经验贴｜二战终于上岸了", "新手养猫必备清单🐱", "通勤穿搭｜158小个子的一周OOTD", "租房改造｜3000块打造温馨小窝",
          "武汉樱花季拍照机位合集🌸", "减脂餐做法分享，一个月瘦了8斤"]
BODIES = ["姐妹们冲！真的超级好逛，记得早点去人少一点～ #周末去哪儿 #杭州旅行", "记录一下自己的日常，坚持就是胜利💪 #打工人 #带饭",
          "用了一个月的真实感受，不是广告！有问题评论区问我 #护肤 #国货之光", "人均不到100，吃到扶墙出😂 #成都美食 #探店",
          "分享一下我的复习时间表和用过的资料，希望对大家有帮助 #考研 #上岸", "新手铲屎官看过来，这些东西一定要提前准备好 #养猫",
          "小个子也能穿出大长腿，链接都放在评论区了 #穿搭 #OOTD", "房东看了都说好！附购物清单 #租房改造 #家居"]
COMMENTS = ["求链接！", "好好看😍", "已收藏，周末就去", "博主皮肤真好", "请问在哪里买的呀", "蹲一个后续", "太实用了，谢谢分享",
            "我也是二战上岸的，握手🤝", "猫猫好可爱", "这个价格也太良心了吧", "马住", "同城的姐妹可以一起去吗"]
BIOS = ["热爱生活的杭州女孩🌸", "95后 | 摄影 | 旅行", "考研人，记录学习日常", "一只爱吃的胖子", "分享好物，不接广告", "二胎宝妈，记录带娃日常",
        "喜欢猫和咖啡☕️", "程序员，偶尔分享穿搭", ""]
CLASSES = [("A01", "计科1", "计科", "1"), ("A02", "软工2", "测试", "2"), ("A03", "工程制造", "测试", "2"), ("B01", "网络1班", "网络工程", "3"),
           ("B02", "数媒2班", "数字媒体", "4")]
SUBJECTS = [("1", "计算机科学与技术", "计算机"), ("2", "软件工程", "软工"), ("3", "网络工程", "网络"), ("4", "数字媒体技术", "数媒")]
REMARKS = ["", "", "", "班长", "学习委员", "走读生", "贫困生", "已转专业", "休学一年"]
XHS_IOS = [("iPhone14,2", "1170*2532", "17.5"), ("iPhone15,3", "1290*2796", "17.4.1"), ("iPhone13,2", "1170*2532", "16.7.8")]


def when(r: random.Random, days: int = 60) -> datetime:
    return BASE - timedelta(days=days) + timedelta(seconds=r.randint(0, days * 86400))


def snowflake(r: random.Random, at: datetime) -> int:
    """A MyBatis-Plus `assign_id`: milliseconds since its epoch, a worker and a sequence."""
    return ((int(at.timestamp() * 1000) - MP_EPOCH) << 22) | (r.randint(0, 1023) << 12) | r.randint(0, 4095)


def literal(value, kind: str) -> str:
    if isinstance(value, str) and NUMERIC.match(kind) and re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return value
    return sql_value(value)


def values(table: str, row: list) -> str:
    kinds = [kind for _, kind, _ in TABLES[table][1]]
    return "(" + ", ".join(literal(v, k) for v, k in zip(row, kinds)) + ")"


def datagrip(table: str, rows: list[list]) -> str:
    """shardPower's files: DataGrip's DDL (lower case, `primary key` under the id), then an insert a row."""
    note, cols = TABLES[table]
    width = max(len(n) for n, _, _ in cols) + 1
    lines = [f"create table {table}", "("]
    for i, (name, kind, comment) in enumerate(cols):
        extra = " auto_increment" if i == 0 else (" default CURRENT_TIMESTAMP not null" if kind == "timestamp" else " null")
        tail = f" comment '{comment}'" if comment else ""
        lines.append(f"    {name.ljust(width)}{kind}{extra}{tail}" + ("\n        primary key," if i == 0 else ","))
    lines[-1] = lines[-1].rstrip(",")
    lines += [")", f"    comment '{note}' charset = utf8mb4;", ""]
    names = ", ".join(n for n, _, _ in cols)
    return "\n".join(lines) + "\n" + "".join(f"insert into {table} ({names}) values {values(table, row)};\n" for row in rows) + "\n"


def navicat(table: str, rows: list[list]) -> str:
    """Navicat's dump: the structure, then `BEGIN;`, an INSERT a row, `COMMIT;`."""
    note, cols = TABLES[table]
    lines = [f"-- ----------------------------\n-- Table structure for {table}\n-- ----------------------------",
             f"DROP TABLE IF EXISTS `{table}`;", f"CREATE TABLE `{table}` ("]
    lines += [f"  `{n}` {k} {'NOT NULL' if i == 0 else 'DEFAULT NULL'}" + (f" COMMENT '{c}'," if c else ",") for i, (n, k, c) in enumerate(cols)]
    lines += [f"  PRIMARY KEY (`{cols[0][0]}`) USING BTREE",
              ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC" + (f" COMMENT='{note}';" if note else ";"), "",
              f"-- ----------------------------\n-- Records of {table}\n-- ----------------------------", "BEGIN;"]
    lines += [f"INSERT INTO `{table}` VALUES {values(table, row)};" for row in rows]
    return "\n".join(lines + ["COMMIT;", "", ""])


def navicat_head(schema: str) -> str:
    return ("/*\n Navicat Premium Data Transfer\n\n Source Server         : localhost\n Source Server Type    : MySQL\n"
            f" Source Server Version : 80029\n Source Host           : localhost:3306\n Source Schema         : {schema}\n\n"
            " Target Server Type    : MySQL\n Target Server Version : 80029\n File Encoding         : 65001\n\n"
            " Date: 20/07/2026 10:00:00\n*/\n\nSET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 0;\n\n")


def street(r: random.Random, place: tuple) -> str:
    return f"{place[0]}{place[1]}{place[2]}{r.choice(STREETS[place[2]])}{r.randint(1, 600)}号"


def login(r: random.Random, fake: Faker) -> str:
    """An account as these rental templates hold them: a mobile, a pinyin login, or a login with digits."""
    pick = r.random()
    if pick < 0.4:
        return fake.phone_number()
    return fake.user_name() + (str(r.randint(1, 999)) if pick < 0.7 else "")


# ---------------------------------------------------------------- shardPower (共享充电宝)
def power(r: random.Random, fake: Faker, out: Path) -> None:
    users = []
    for uid in range(1, 301):
        at = when(r, 400)
        users.append([uid, stamp(at), login(r, fake), r.choice(["123456", "e10adc3949ba59abbe56e057f20f883e", "a123456"]), person(r, fake),
                      r.choice(["男", "女"]), r.randint(18, 60), f"upload/{int(at.timestamp() * 1000)}.jpg" if r.random() < 0.7 else None,
                      fake.phone_number()])
    staff = []
    for sid in range(1, 31):
        place = r.choice(PLACES)
        staff.append([sid, stamp(when(r, 500)), f"{r.choice(['wh', 'yw', ''])}{digits(r, 6)}" if r.random() < 0.5 else fake.phone_number(),
                      "123456", person(r, fake), r.choice(["男", "女"]), r.randint(22, 50), f"upload/{digits(r, 13)}.jpg",
                      fake.phone_number(), place[2]])
    admins = [[1, "admin", "admin", "管理员", "2024-03-01 10:00:00"]] + [[i, fake.user_name(), "123456", "管理员", stamp(when(r, 400))]
                                                                        for i in range(2, 6)]
    merchants = []
    for mid in range(1, 61):
        place = r.choice(PLACES)
        merchants.append([mid, stamp(when(r, 500)), f"SH{10000 + mid}", f"{r.choice(MERCHANTS)}（{r.choice(STREETS[place[2]])}店）", place[2],
                          street(r, place), person(r, fake), fake.phone_number(), f"upload/{digits(r, 13)}.jpg", f"{digits(r, 8)}", place])
    banks = []
    for bid in range(1, 201):
        m = r.choice(merchants)
        banks.append([bid, stamp(when(r, 300)), f"CDB{20240000 + bid}", m[2], m[3], m[5], r.choice(BRANDS), f"upload/{digits(r, 13)}.jpg",
                      m[4], r.choice([2, 3, 4]), r.randint(5, 100), f"{when(r, 300):%Y-%m-%d}", r.choice(["99", "99", "0"])])
    rentals, returns, bills = [], [], []
    for oid in range(1, 401):
        b, u = r.choice(banks), r.choice(users)
        at = when(r, 90)
        code = f"{at:%Y%m%d%H%M%S}{r.randint(100, 999)}"
        rentals.append([oid, stamp(at), code, b[2], b[7], b[8], b[3], b[4], str(b[9]), stamp(at), u[2], u[4], u[8], b[12]])
        if r.random() < 0.75:
            end = at + timedelta(minutes=r.randint(10, 600))
            returns.append([len(returns) + 1, stamp(end), code, b[2], b[7], b[8], b[3], b[4], str(b[9]), stamp(at), stamp(end), u[2], u[4], u[8],
                            r.choice(["是", "是", "否"]), r.choice(REVIEW), b[12]])
            hours = max(1, round((end - at).total_seconds() / 3600))
            s = r.choice(staff)
            bills.append([len(bills) + 1, stamp(end), code, b[2], b[8], b[7], b[3], b[4], stamp(at), stamp(end), str(b[9]), f"{hours}小时",
                          str(min(hours * b[9], 20)), u[2], u[4], u[8], s[2], s[4], r.choice(["已支付", "已支付", "未支付"]), b[12]])
    repairs = []
    for rid in range(1, 121):
        b, s = r.choice(banks), r.choice(staff)
        repairs.append([rid, stamp(when(r, 120)), b[2], b[3], b[4], b[7], b[8], b[6], r.choice(FAULTS), r.choice(FIXES),
                        f"{when(r, 120):%Y-%m-%d}", s[2], s[4]])
    tokens = []
    for tid in range(1, 151):
        if r.random() < 0.8:
            u = r.choice(users)
            who = (u[0], u[2], "yonghu", "用户")
        else:
            s = r.choice(staff)
            who = (s[0], s[2], "weihurenyuan", "维护人员")
        at = when(r, 30)
        tokens.append([tid, who[0], who[1], who[2], who[3], "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32)),
                       stamp(at), stamp(at + timedelta(hours=1))])
    notices = [[i + 1, stamp(when(r, 200)), t, f"upload/{digits(r, 13)}.jpg", body, f"{when(r, 200):%Y-%m-%d}", r.choice([person(r, fake), "管理员"])]
               for i, (t, body) in enumerate(NOTICES * 4)]
    discuss = []
    for did in range(1, 101):
        u = r.choice(users)
        discuss.append([did, stamp(when(r, 100)), r.randint(1, len(notices)), u[0], u[2], r.choice(NOTICE_REPLIES),
                        r.choice(["", "", "感谢反馈，我们会尽快处理"])])
    areas = [[i + 1, stamp(when(r, 600)), p[2]] for i, p in enumerate(PLACES)]
    for m in merchants:
        m.pop()
    parts = [("yonghu", users), ("weihurenyuan", staff), ("users", admins), ("token", tokens), ("hezuoshanghu", merchants), ("quyuxinxi", areas),
             ("chongdianbaotoufang", banks), ("zulindingdan", rentals), ("guihaidingdan", returns), ("feiyongdingdan", bills),
             ("chongdianbaoweihu", repairs), ("gonggaolan", notices), ("discussgonggaolan", discuss)]
    (out / "power.sql").write_text("".join(datagrip(t, rows) for t, rows in parts), encoding="utf-8")


# ---------------------------------------------------------------- red-book (小红书-like notes)
def jwt(r: random.Random, username: str, uid: int, at: datetime) -> str:
    """An HS512 JWT as jjwt writes it: header, claims (sub, created, id, exp), a 86-character signature."""
    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    ms = int(at.timestamp() * 1000)
    return (enc({"alg": "HS512"}) + "." + enc({"sub": username, "created": ms, "id": uid, "exp": ms // 1000 + 604800}) + "."
            + "".join(r.choice(B64) for _ in range(86)))


def xhs_agent(r: random.Random) -> str:
    """The 小红书 app's own user agents (iOS and Android), or a WeChat webview's."""
    pick = r.random()
    if pick < 0.4:
        model, res, ios = r.choice(XHS_IOS)
        return (f"discover/8.45 (iPhone; iOS {ios}; Scale/3.00) Resolution/{res} Version/8.45 Build/8450159 "
                f"Device/(Apple Inc.;{model}) NetType/{r.choice(['WiFi', '4G', '5G'])}")
    if pick < 0.75:
        dev = r.choice(DEVICES)
        return (f"Dalvik/2.1.0 (Linux; U; Android {dev[5] - 20}; {dev[2]} Build/UP1A.231005.007) Resolution/{dev[6][0]}*{dev[6][1]} "
                f"Version/8.45.0 Build/8450159 Device/({dev[0]};{dev[2]}) discover/8.45.0 NetType/{r.choice(['WiFi', '4G', '5G'])}")
    return r.choice(UAS)


def red_book(r: random.Random, fake: Faker, out: Path) -> None:
    users = []
    for _ in range(300):
        at = when(r, 700)
        place = r.choice(PLACES)
        users.append([snowflake(r, at), fake.user_name() + (str(r.randint(1, 99)) if r.random() < 0.3 else ""),
                      "$2a$10$" + "".join(r.choice(B64.replace("-", ".").replace("_", "/")) for _ in range(53)),
                      fake.phone_number() if r.random() < 0.85 else None, r.choice([nickname(r, fake), person(r, fake), nickname(r, fake)]),
                      f"https://red-book.oss-cn-hangzhou.aliyuncs.com/avatar/{hexid(r, 32)}.jpg", r.choice([0, 1, 2, 2]),
                      f"{born(r)} 00:00:00" if r.random() < 0.7 else None, "中国", r.choice([place[1].rstrip("市"), place[1], place[0] + place[1]]),
                      r.choice(BIOS), f"https://red-book.oss-cn-hangzhou.aliyuncs.com/cover/{hexid(r, 32)}.jpg" if r.random() < 0.4 else None,
                      stamp(at), stamp(at + timedelta(days=r.randint(0, 100))), 0])
    uids = [u[0] for u in users]
    notes = []
    for _ in range(300):
        at = when(r, 200)
        notes.append([snowflake(r, at), r.choice(uids[:120]), r.choice(TITLES), r.choice(BODIES), r.randint(0, 3000), r.randint(0, 9000),
                      r.randint(10, 90000), ",".join(f"https://red-book.oss-cn-hangzhou.aliyuncs.com/note/{hexid(r, 32)}.jpg"
                                                     for _ in range(r.randint(1, 4))),
                      r.choice([1, 1, 1, 0]), r.choice([1, 1, 1, 0, 2]), stamp(at), stamp(at), r.choice([0, 0, 0, 1])])
    nids = [n[0] for n in notes]
    comments = []
    for _ in range(400):
        at = when(r, 150)
        parent = r.choice(comments) if comments and r.random() < 0.3 else None
        comments.append([snowflake(r, at), parent[1] if parent else r.choice(nids), r.choice(uids), parent[0] if parent else None,
                         parent[2] if parent else None, r.choice(COMMENTS), r.randint(0, 300), stamp(at), stamp(at), r.choice([0, 0, 0, 1])])

    def interactions(n: int, with_status: bool, comment: bool = False) -> list[list]:
        rows = []
        for _ in range(n):
            at = when(r, 120)
            row = [snowflake(r, at), r.choice(uids)]
            if comment:
                c = r.choice(comments)
                row += [c[0], c[1]]
            else:
                row.append(r.choice(nids))
            rows.append(row + ([r.choice([1, 1, 1, 0])] if with_status else []) + [stamp(at), stamp(at + timedelta(minutes=r.randint(0, 9000)))])
        return rows
    admins = [[1, "admin", "$2a$10$7JB720yubVSZvUI0rEqK/.VqGOZTH.ulu33dHOiBE8ByOhJIrdAu2", "abcd", "超级管理员", "2022-10-01 12:00:00", None,
               "2022-10-01 12:00:00", None]]
    for i in range(2, 21):
        at = when(r, 400)
        admins.append([i, fake.user_name(), "$2a$10$" + "".join(r.choice(B64.replace("-", ".").replace("_", "/")) for _ in range(53)),
                       hexid(r, 4), person(r, fake), stamp(at), 1, stamp(at), r.choice([1, i])])
    parts = [("tbl_user", users), ("tbl_sys_user", admins), ("tbl_note", notes), ("tbl_comment", comments),
             ("tbl_user_note_like", interactions(500, True)), ("tbl_user_note_favorite", interactions(300, True)),
             ("tbl_user_note_view", interactions(600, False)), ("tbl_user_comment_like", interactions(300, True, comment=True))]
    (out / "red_book.sql").write_text(navicat_head("red_book") + "".join(navicat(t, rows) for t, rows in parts)
                                      + "SET FOREIGN_KEY_CHECKS = 1;\n", encoding="utf-8")
    app_log(r, fake, out, users, notes)
    access_log(r, fake, out, users, notes)


def app_log(r: random.Random, fake: Faker, out: Path, users: list, notes: list) -> None:
    """Spring Boot's console pattern; red-book's AuthInterceptor lines and its other messages."""
    lines, at, pid = [], BASE, 23816
    loggers = {"auth": "c.e.r.b.interceptor.AuthInterceptor", "es": "c.e.r.b.a.s.impl.NoteAdminServiceImpl",
               "err": "c.e.r.b.c.e.GlobalExceptionHandler", "deny": "c.e.r.b.a.h.AuthenticationEntryPointImpl"}

    def emit(kind: str, msg: str, level: str = "INFO") -> None:
        thread = f"nio-8080-exec-{r.randint(1, 10)}"
        lines.append(f"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond // 1000:03d} {level:>5} {pid} --- [{thread:>15}] {loggers[kind]:<40} : {msg}")

    for _ in range(250):
        at += timedelta(milliseconds=r.randint(50, 20000))
        u = r.choice(users)
        pick = r.random()
        if pick < 0.2:
            emit("auth", "请求方法与链接: POST  /user/login")
            emit("auth", "入参: " + json.dumps({"username": u[1], "password": r.choice(["123123", "franky123", "a12345678"])}, ensure_ascii=False, separators=(",", ":")))
        elif pick < 0.55:
            note = r.choice(notes)
            path = r.choice([f"/note/detail/{note[0]}", "/note/list/recommend", f"/comment/list/{note[0]}", "/note/like", "/comment/add"])
            emit("auth", f"请求方法与链接: {'POST' if path in ('/note/like', '/comment/add') else 'GET'}  {path}")
            if path == "/comment/add":
                emit("auth", "入参: " + json.dumps({"noteId": str(note[0]), "content": r.choice(COMMENTS)}, ensure_ascii=False, separators=(",", ":")))
            emit("auth", f"用户：{u[1]}, token:{jwt(r, u[1], u[0], at)}")
        elif pick < 0.7:
            emit("auth", "请求方法与链接: PUT  /user/update")
            body = {"mobile": fake.phone_number(), "nickname": r.choice([person(r, fake), nickname(r, fake)]),
                    "city": r.choice(PLACES)[1], "birthday": f"{born(r)}", "description": r.choice(BIOS)}
            emit("auth", "入参: " + json.dumps({k: v for k, v in body.items() if r.random() < 0.8 or k == "nickname"}, ensure_ascii=False, separators=(",", ":")))
            emit("auth", f"用户：{u[1]}, token:{jwt(r, u[1], u[0], at)}")
        elif pick < 0.8:
            emit("deny", "认证失败了")
        elif pick < 0.9:
            emit("es", "更新笔记es文档 : Updated")
        else:
            emit("err", f"异常信息：{r.choice([500, 4001, 4003])} {r.choice(['笔记不存在', '用户名或密码错误', '请先登录', '评论内容不能为空'])}", "ERROR")
    (out / "redbook.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


def access_log(r: random.Random, fake: Faker, out: Path, users: list, notes: list) -> None:
    """nginx's combined format in front of the app: the note pages, the app's agents, a user id in some queries."""
    lines, at = [], BASE
    for _ in range(400):
        at += timedelta(milliseconds=r.randint(20, 9000))
        note, u = r.choice(notes), r.choice(users)
        path = r.choice([f"/api/note/detail/{note[0]}", f"/api/user/info?userId={u[0]}", "/api/note/list/recommend?page=1&size=10",
                         f"/api/comment/list/{note[0]}?page=1", "/api/user/login"])
        referer = r.choice(["-", "-", "https://servicewechat.com/wx2a4c5e7d9b1f3e5a/12/page-frame.html", "https://redbook.example.cn/explore"])
        lines.append(f'{ip(r, fake, 0.9)} - - [{at:%d/%b/%Y:%H:%M:%S} +0800] "{"POST" if path.endswith("login") else "GET"} {path} HTTP/1.1" '
                     f'{r.choice([200, 200, 200, 304, 401, 404])} {r.randint(120, 48000)} "{referer}" "{xhs_agent(r)}"')
    (out / "access.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- the student information system
def school(r: random.Random, fake: Faker, out: Path) -> None:
    teachers = [person(r, fake) for _ in range(8)]
    students = []
    for n in range(1, 301):
        grade = r.choice([2021, 2022, 2023, 2024])
        cls = r.choice(CLASSES)
        b = born(r).replace(year=grade - 18)
        place = r.choice(PLACES)
        name = person(r, fake)
        qq = digits(r, r.choice([9, 10, 10, 11]))
        students.append([f"{grade}{cls[3]:0>2}{n:04d}", ZH3.resident_id(r, place[3], b), name, r.choice(["男", "女"]), cls[3], cls[0],
                         f"{grade}级", fake.phone_number(), qq, f"{street(r, place)}{r.choice(['', '', f'{r.randint(1, 20)}幢{r.randint(1, 6)}0{r.randint(1, 4)}室'])}",
                         r.choice(teachers), name[0] + fake.first_name() if "·" not in name else person(r, fake), fake.phone_number(),
                         f"{qq}@qq.com" if r.random() < 0.6 else fake.free_email(), r.choice(REMARKS)])
    parts = [("class", [list(c) for c in CLASSES]), ("student", students), ("subject", [list(s) for s in SUBJECTS])]
    (out / "student.sql").write_text(navicat_head("student") + "".join(navicat(t, rows) for t, rows in parts)
                                     + "SET FOREIGN_KEY_CHECKS = 1;\n", encoding="utf-8")


GENERATORS = [power, red_book, school]


def verify(out: Path, labels: Path) -> int:
    return verify_tables(out, labels, TABLES, ("redbook.log", "access.log"))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20260720, HERE / "labels.csv"))
