"""Generate the twenty-ninth Chinese benchmark (benchmarks/zh29): a residential community's property
management (owners, houses, parking, charges, repairs, complaints, visitors), a campus WeChat mini
program (errands, confession wall, questions, second-hand goods, student verification) keyed by openids,
a battery-swapping app's server (vehicles with their GPS, batteries, stations, logins), an eye clinic's
doctors and patients, the mini program's backend log and the battery app's Android logcat.

usage: python benchmarks/zh29/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese comments are those of a public project at a pinned commit
(transcribed in schemas.py, checked against snapshots by `schemas.py --check`):

- `property_manager.sql`: **KuChanMaster/PropertiesManager** (no licence stated), a Navicat Premium dump with
  Han comments (业主姓名, 电话, 身份证号, 访客手机, 余额): `user`, `admin`, `house`, `parking`, `charges`, `fixed`,
  `complaint`, `visitor`, `notice`, `activity`, `praise`;
- `huidayz.sql`: **1714080903113/ssm_test** (no licence stated), a campus mini program's Navicat dump with
  camelCase names and no comments: `paotui` (errands: openID, nickName, avatarUrl, phone, wechat, pick-up and
  drop-off places), `renzheng` (student verification: name, studentID), `showlove` (confession wall), `scstate`
  and `sccomment` (posts and replies), `wenda` and `wdcomment`, `xianzhi` and `xzcomment` (second-hand goods);
- `battery.sql`: **NorwegianForest/BatteryServer** (Apache-2.0), 寻电's server, an old Navicat MySQL Data
  Transfer with every value quoted: `vehicle` (number, brand, plate, the car's longitude and latitude, speed,
  voltage), `battery`, `station`, `login_record`, `appointment`, `record`, `user_vehicle`;
- `clinic.sql`: **kiritosuki/fffc** (no licence stated), DataGrip's lower-case DDL: `doctor`, `patient`
  (姓名, 年龄, 手机号码, 身份证号, eye images, diagnoses);
- `huida.log`: the mini program's Spring MVC backend (log4j's pattern, Chinese messages: WeChat's code2Session
  answer with the openid and session key, the token it issues, a `session=` of 32 hex, request bodies);
- `xundian_logcat.log`: the battery app's Android logcat (threadtime) with Chinese messages: logins by
  mobile, AMap's location fixes, the device's model, system, network and a UUID device id.

Values: names, mobiles and IPs from Faker's zh_CN locale, compound-surname and minority names through zh9's
generator, identity numbers through zh3's, places and devices through zh10's (all through benchmarks/zhvalues.py).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import base64
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
from labelcheck import generator_main  # noqa: E402
from schemas import TABLES  # noqa: E402
from zhsql import ip, sql_value, stamp, verify_tables  # noqa: E402
from zhvalues import DEVICES, PLACES, STREETS, ZH3, born, digits, faker, hexid, near, nickname, os_info, person  # noqa: E402

BASE = datetime(2026, 8, 3, 9, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
NUMERIC = re.compile(r"(?:big|tiny|small|medium)?int|decimal|double|float", re.I)
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

# ---- the property system's words
PROJECTS = ["物业费", "水费", "电费", "停车管理费", "燃气费", "公摊电费", "垃圾清运费"]
REPAIRS = ["卫生间{}漏水，楼下邻居说天花板有水渍", "{}的灯坏了，晚上很黑", "家里{}跳闸，麻烦尽快来看一下", "{}门禁刷不开",
           "电梯在{}楼卡住了一次，有点吓人", "{}水管爆了，急！", "厨房{}下水道堵了", "{}窗户关不严，漏风"]
SPOTS = ["主卧", "客厅", "楼道", "单元门口", "地下车库", "阳台", "厨房", "次卧", "3", "12", "17", "B1"]
COMPLAINTS = ["{}楼上每天晚上十一点以后还在装修，影响休息", "小区{}的垃圾好几天没人清理了，味道很大", "有人在{}乱停车，堵住了消防通道",
              "{}的路灯坏了一个多月了还没修", "楼下{}有人遛狗不拴绳，孩子被吓哭了", "物业费涨了但是{}的保洁越来越差",
              "{}快递柜经常满，取件很麻烦", "建议在{}多装几个监控"]
AREAS = ["东门", "北门", "3号楼", "5号楼", "地下车库", "中心花园", "儿童游乐区", "2期", "西侧停车场", "南门岗亭"]
HOUSE_TYPES = ["一室一厅", "两室一厅", "两室两厅", "三室一厅", "三室两厅", "四室两厅", "复式"]
VISITS = ["探亲", "送外卖", "快递配送", "装修施工", "朋友聚会", "家政保洁", "看房", "维修空调", "送孩子上学", ""]
ACTIVITIES = [("中秋邻里游园会", "本周六晚7点在中心花园举办中秋游园会，有猜灯谜、做月饼等活动，欢迎业主带孩子参加。"),
              ("小区跳蚤市场", "闲置物品交换，时间：周日上午9点-11点，地点：东门广场。"),
              ("义诊进社区", "社区医院医生周三上午来小区免费量血压、测血糖。"),
              ("垃圾分类宣传周", "请各位业主按照厨余垃圾、可回收物、有害垃圾、其他垃圾分类投放。"),
              ("夏季游泳馆开放通知", "会所游泳馆7月1日起开放，业主凭门禁卡入场。")]
NOTICES = [("停水通知", "因管道检修，8月5日9:00-17:00 3、5号楼停水，请提前储水。"), ("电梯年检公告", "本周二至周四各楼栋电梯依次年检，请走楼梯。"),
           ("消防演练通知", "8月10日上午10点进行消防演练，届时警报响起请勿惊慌。"), ("物业费缴纳提醒", "请尚未缴纳2026年上半年物业费的业主尽快缴纳。")]

# ---- the campus mini program's words
PICKUPS = ["菜鸟驿站", "东门快递点", "京东快递站", "顺丰快递柜", "南区食堂", "二食堂二楼", "图书馆一楼", "校门口", "中通快递点", "丰巢柜"]
DORMS = ["{}栋A{}", "{}栋B{}", "梅园{}舍{}", "竹园{}舍{}", "兰苑{}号楼{}", "研究生公寓{}栋{}"]
ERRANDS = ["快递帮拿", "快递帮寄", "打印", "代买", "帮取外卖", "其他"]
TIMES = ["18点", "12:00前", "19点之前", "今天下午", "明早8点", "尽快", "晚上9点前", "中午"]
POSTS = ["今天{}的晚霞也太好看了吧", "有没有人一起去{}自习，求个搭子", "{}的猫又胖了，谁在偷偷喂它", "求问{}几点关门？",
         "考研倒计时100天，{}见", "谁的校园卡掉在{}了，已交给宿管阿姨", "{}今天的麻辣烫排了半小时队", "周末{}有没有人组队打球",
         "失物招领：在{}捡到一把钥匙", "四六级报名别忘了，截止到{}"]
CAMPUS = ["图书馆", "二食堂", "东操场", "南门", "实验楼", "梅园", "体育馆", "逸夫楼", "三教", "西区超市", "周五"]
REPLIES = ["哈哈哈哈同感", "同问", "我也想去", "已私信", "在{}看到过", "求带", "+1", "太真实了", "楼主好人", "蹲一个结果", "这个我知道，去{}问问",
           "谢谢！", "我明天也在{}"]
CONFESS = ["那天在{}借我伞的你，能认识一下吗", "喜欢你很久了，一直不敢说", "每次在{}遇到你都会心跳加速", "希望你考研顺利，我会一直支持你",
           "你笑起来真好看，想每天都看到", "{}穿白衬衫的那个男生，求联系方式", "毕业前想告诉你，我喜欢你"]
TARGETS = ["{}班的{}", "{}", "图书馆三楼靠窗的小姐姐", "{}", "篮球场穿23号球衣的男生", "{}学院的{}", "隔壁宿舍的{}"]
QUESTIONS = [("大一新生可以转专业吗？", "想从{}转到计算机，需要什么条件？绩点要求多少？"), ("{}的打印店几点开门？", "明天早上要交作业，急用"),
             ("宿舍可以用电吹风吗？", "{}的宿舍功率限制是多少瓦？"), ("奖学金什么时候评？", "去年是{}评的，今年有变化吗"),
             ("校医院周末上班吗？", "发烧了，{}有没有人知道"), ("哪里可以修电脑？", "电脑开不了机，{}附近有靠谱的吗")]
MAJORS = ["计科", "软工", "电气", "土木", "会计", "英语", "机械", "法学"]
GOODS = [("九成新自行车", "骑了一年，刹车灵敏，送车锁", "生活用品"), ("考研数学全套资料", "张宇+李永乐，笔记很全", "书籍"),
         ("iPad 第九代 64G", "平时看网课用，无划痕，配笔", "数码"), ("小米台灯", "宿舍用的，毕业出", "生活用品"),
         ("四级真题", "2023年版，只写了几套", "书籍"), ("AirPods 二代", "左耳有点小毛病，便宜出", "数码"), ("瑜伽垫", "用过两次", "运动"),
         ("吉他", "初学者用的，送拨片和背包", "乐器"), ("电饭煲", "宿舍神器，懂的都懂", "生活用品"), ("羽毛球拍", "李宁的，送三个球", "运动")]
HOWNEW = ["全新", "九成新", "八成新", "七成新", "九九新"]

# ---- the battery-swapping server's
CAR_BRANDS = [("特斯拉", ["Model-s", "Model 3", "Model Y"]), ("凯迪拉克", ["CT6"]), ("比亚迪", ["秦EV", "唐EV", "汉EV"]),
              ("蔚来", ["ES6", "ET5"]), ("北汽新能源", ["EU5", "EX360"]), ("吉利", ["帝豪EV"])]
STATIONS = [("国家电网充换电站", "锦江区人民东路{}号", 104.0735, 30.6649), ("犀浦地铁站充换电站", "郫都区犀浦地铁口", 103.9790, 30.7620),
            ("芙蓉饭店充换电站", "青羊区过街楼街{}号", 104.0653, 30.6762), ("天府软件园换电站", "高新区天府大道中段{}号", 104.0693, 30.5411),
            ("双流机场换电站", "双流区机场东一路{}号", 103.9569, 30.5785), ("东郊记忆换电站", "成华区建设南支路{}号", 104.1254, 30.6673),
            ("龙泉驿换电站", "龙泉驿区龙都南路{}号", 104.2709, 30.5602), ("温江换电站", "温江区光华大道三段{}号", 103.8568, 30.6821)]

# ---- the clinic's
DIAG = ["正常", "糖尿病视网膜病变", "青光眼", "白内障", "黄斑变性(AMD)", "高血压视网膜病变", "高度近视", "视网膜出血", "玻璃体混浊"]
ALLERGY = ["无", "无", "青霉素", "头孢类", "磺胺类", "阿托品", "无", "海鲜"]
CHIEF = ["{}眼视物模糊{}个月", "{}眼胀痛伴头痛{}天", "{}眼视力下降{}年", "{}眼眼前黑影飘动{}周", "体检发现{}眼眼底异常{}天", "{}眼干涩{}个月"]
HISTORY = ["高血压病史{}年", "2型糖尿病{}年，口服二甲双胍", "无特殊", "近视{}年", "曾行{}眼白内障手术", "无"]
FEATURES = ["视盘边界清", "可见微动脉瘤", "杯盘比0.{}", "晶状体混浊", "黄斑区渗出", "视网膜平伏", "动静脉交叉压迹", "无明显异常"]


def when(r: random.Random, days: int = 60) -> datetime:
    return BASE - timedelta(days=days) + timedelta(seconds=r.randint(0, days * 86400))


def literal(value, kind: str) -> str:
    if isinstance(value, str) and NUMERIC.match(kind) and re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return value
    return sql_value(value)


def values(table: str, row: list, quote_all: bool = False) -> str:
    if quote_all:  # the old Navicat MySQL Data Transfer quotes every value, numbers too
        return "(" + ", ".join("null" if v is None else sql_value(str(v)) for v in row) + ")"
    kinds = [kind for _, kind, _ in TABLES[table][1]]
    return "(" + ", ".join(literal(v, k) for v, k in zip(row, kinds)) + ")"


def premium(table: str, rows: list[list]) -> str:
    """Navicat Premium's dump: structure with collations and `COMMENT = '…'`, then an INSERT a row."""
    note, cols = TABLES[table]
    lines = [f"-- ----------------------------\n-- Table structure for {table}\n-- ----------------------------",
             f"DROP TABLE IF EXISTS `{table}`;", f"CREATE TABLE `{table}`  ("]
    for i, (name, kind, comment) in enumerate(cols):
        text = NUMERIC.match(kind) is None and not kind.startswith("datetime")
        coll = " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" if text else ""
        null = " NOT NULL AUTO_INCREMENT" if i == 0 else (" NULL" if kind.endswith("text") else " NULL DEFAULT NULL")
        lines.append(f"  `{name}` {kind}{coll}{null}" + (f" COMMENT '{comment}'," if comment else ","))
    lines += [f"  PRIMARY KEY (`{cols[0][0]}`) USING BTREE",
              ") ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_unicode_ci"
              + (f" COMMENT = '{note}'" if note else "") + " ROW_FORMAT = Dynamic;", "",
              f"-- ----------------------------\n-- Records of {table}\n-- ----------------------------"]
    lines += [f"INSERT INTO `{table}` VALUES {values(table, row)};" for row in rows]
    return "\n".join(lines + ["", ""])


def transfer(table: str, rows: list[list], key: str | None = None) -> str:
    """Navicat's older MySQL Data Transfer: `DEFAULT NULL`, no comments, every value quoted."""
    _, cols = TABLES[table]
    key = key or cols[0][0]
    lines = [f"-- ----------------------------\n-- Table structure for {table}\n-- ----------------------------",
             f"DROP TABLE IF EXISTS `{table}`;", f"CREATE TABLE `{table}` ("]
    lines += [f"  `{n}` {k} " + ("NOT NULL AUTO_INCREMENT" if n == key else "DEFAULT NULL") + "," for n, k, _ in cols]
    lines += [f"  PRIMARY KEY (`{key}`)", ") ENGINE=InnoDB DEFAULT CHARSET=utf8;", "",
              f"-- ----------------------------\n-- Records of {table}\n-- ----------------------------"]
    lines += [f"INSERT INTO `{table}` VALUES {values(table, row, quote_all=True)};" for row in rows]
    return "\n".join(lines + ["", ""])


def datagrip(table: str, rows: list[list]) -> str:
    """The clinic's script: DataGrip's DDL (lower case, `primary key` under the id), then an insert a row."""
    note, cols = TABLES[table]
    width = max(len(n) for n, _, _ in cols) + 1
    lines = [f"create table {table}", "("]
    for i, (name, kind, comment) in enumerate(cols):
        extra = " auto_increment" if i == 0 else " null"
        lines.append(f"    {name.ljust(width)}{kind}{extra} comment '{comment}'" + ("\n        primary key," if i == 0 else ","))
    lines[-1] = lines[-1].rstrip(",")
    lines += [")", f"    comment '{note}';", ""]
    names = ", ".join(n for n, _, _ in cols)
    return "\n".join(lines) + "\n" + "".join(f"insert into {table} ({names}) values {values(table, row)};\n" for row in rows) + "\n"


def head(schema: str, version: str = "80020") -> str:
    return ("/*\n Navicat Premium Data Transfer\n\n Source Server         : mysql\n Source Server Type    : MySQL\n"
            f" Source Server Version : {version}\n Source Host           : localhost:3306\n Source Schema         : {schema}\n\n"
            f" Target Server Type    : MySQL\n Target Server Version : {version}\n File Encoding         : 65001\n\n"
            " Date: 03/08/2026 09:00:00\n*/\n\nSET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 0;\n\n")


def fill(r: random.Random, template: str, words: list[str]) -> str:
    return template.format(*(r.choice(words) for _ in range(template.count("{}"))))


OPENERS = ["", "", "", "哈哈哈", "楼主", "说真的，", "emmm ", "救命，", "啊啊啊", "同学你好，", "偷偷说一句，", "+1 "]
CLOSERS = ["", "", "", "！", "～", "😂", "🙏", "😭", "👍", "。", "！！", "哈哈", "🤣", "❤️", "?", "…"]


def vary(r: random.Random, text: str) -> str:
    """What people type around the same words: an opener, a closer, an emoji, now and then a second clause."""
    more = r.choice(["", "", "", "", "，谢谢", "，在线等", "，急", "，蹲", "，有人吗", "，顺便问下还有别的吗"])
    return r.choice(OPENERS) + text + more + r.choice(CLOSERS)


def mobile_or_login(r: random.Random, fake: Faker) -> str:
    """A property system's username: a mobile, a pinyin login, or a login with digits."""
    pick = r.random()
    if pick < 0.35:
        return fake.phone_number()
    return fake.user_name() + (str(r.randint(1, 9999)) if pick < 0.7 else "")


def qq_mail(r: random.Random, fake: Faker) -> str:
    return f"{digits(r, r.choice([9, 10]))}@qq.com" if r.random() < 0.55 else fake.free_email()


# ---------------------------------------------------------------- PropertiesManager (物业管理)
def prop(r: random.Random, fake: Faker, out: Path) -> None:
    def avatar() -> str | None:
        return f"http://localhost:9090/files/{int(when(r, 600).timestamp() * 1000)}-{r.choice(['avatar.png', 'avatar.jpg', 'IMG_2041.jpg', 'touxiang.png'])}" \
            if r.random() < 0.8 else None
    owners = [[i, mobile_or_login(r, fake), r.choice(["123456", "123", "e10adc3949ba59abbe56e057f20f883e"]), person(r, fake), avatar(), "USER",
               fake.phone_number(), qq_mail(r, fake), f"{r.choice([0, 50, 120.5, 300, 888, 1000, 2450.8])}"] for i in range(1, 201)]
    admins = [[1, "admin", "admin", "管理员", avatar(), "ADMIN", fake.phone_number(), "admin@qq.com"]]
    admins += [[i, fake.user_name(), "123456", person(r, fake), avatar(), "ADMIN", fake.phone_number(), qq_mail(r, fake)] for i in range(2, 7)]
    houses = []
    for i in range(1, 201):
        b, u, f = r.randint(1, 18), r.randint(1, 4), r.randint(1, 33)
        houses.append([i, f"{f}{r.randint(1, 4):02d}", owners[i - 1][0], f"{b}栋", f"{u}单元", f"{r.choice([58, 76.5, 89, 98.2, 112, 128.6, 143])}",
                       r.choice(HOUSE_TYPES), r.choice(["", "", "精装修", "出租中", "业主自住", "空置", "已办理入住"])])
    parking = [[i, f"{r.choice('ABCD')}-{r.randint(1, 300):03d}", r.choice(owners)[0]] for i in range(1, 121)]
    charges = []
    for i in range(1, 401):
        at, project = when(r, 365), r.choice(PROJECTS)
        paid = r.random() < 0.7
        charges.append([i, r.choice(owners)[0], project, round(r.uniform(20, 3000), 2), f"{at:%Y年%m月}{project}", "已缴费" if paid else "未缴费",
                        stamp(at) if paid else None])
    repairs = [[i, r.choice(owners)[3], stamp(when(r, 200)), vary(r, fill(r, r.choice(REPAIRS), SPOTS)), r.choice(["待处理", "处理中", "已完成"])]
               for i in range(1, 81)]
    complaints = [[i, r.choice(owners)[3], stamp(when(r, 200)), vary(r, fill(r, r.choice(COMPLAINTS), AREAS)), r.choice(["待处理", "已处理", "已回复"])]
                  for i in range(1, 61)]
    visitors = []
    for i in range(1, 151):
        place = r.choice(PLACES)
        visitors.append([i, person(r, fake), stamp(when(r, 90)), fake.phone_number(), ZH3.resident_id(r, place[3], born(r)),
                         r.choice(VISITS) + (f"，拜访{r.randint(1, 18)}栋{r.randint(1, 33)}0{r.randint(1, 4)}" if r.random() < 0.5 else "")])
    notices = [[i + 1, t, c, stamp(when(r, 300)), r.choice(["管理员", admins[r.randint(0, 5)][3]])] for i, (t, c) in enumerate(NOTICES * 3)]
    activity = [[i + 1, t, c, stamp(when(r, 300)), r.randint(0, 80)] for i, (t, c) in enumerate(ACTIVITIES * 4)]
    praise = [[i, r.choice(activity)[0], r.choice(owners)[0]] for i in range(1, 301)]
    parts = [("activity", activity), ("admin", admins), ("charges", charges), ("complaint", complaints), ("fixed", repairs), ("house", houses),
             ("notice", notices), ("parking", parking), ("praise", praise), ("user", owners), ("visitor", visitors)]
    (out / "property_manager.sql").write_text(head("property_manager") + "".join(premium(t, rows) for t, rows in parts)
                                              + "SET FOREIGN_KEY_CHECKS = 1;\n", encoding="utf-8")


# ---------------------------------------------------------------- the campus mini program (huidayz)
def openid(r: random.Random) -> str:
    """A mini program's openid: `o` and 27 URL-safe characters."""
    return "o" + "".join(r.choice(B64) for _ in range(27))


def wx_avatar(r: random.Random) -> str:
    return f"https://wx.qlogo.cn/mmopen/vi_32/{''.join(r.choice(B64[:62]) for _ in range(r.randint(86, 96)))}/132"


def wechat_id(r: random.Random, fake: Faker) -> str:
    """A WeChat id as people give it: a chosen one (letters first), `wxid_…`, or their mobile."""
    pick = r.random()
    if pick < 0.5:
        return fake.user_name() + r.choice(["", "_", ""]) + str(r.randint(0, 2004))
    if pick < 0.7:
        return "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    return fake.phone_number()


def dorm(r: random.Random) -> str:
    return r.choice(DORMS).format(r.randint(1, 24), f"{r.randint(1, 6)}{r.randint(1, 30):02d}")


def pictures(r: random.Random, folder: str, n: int) -> str:
    return ",".join(f"http://192.168.0.118:8080/{folder}/tmp_{hexid(r, 32)}.jpg" for _ in range(n))


def campus(r: random.Random, fake: Faker, out: Path) -> None:
    users = [(openid(r), r.choice([nickname(r, fake), nickname(r, fake), person(r, fake), r.choice(["L", "Z", "🌙", "小太阳☀️", "momo"])]),
              wx_avatar(r)) for _ in range(150)]

    def at() -> str:
        return stamp(when(r, 120))
    errands = []
    for i in range(1, 201):
        u = r.choice(users)
        pick = r.random() < 0.6
        errands.append([i, *u, at(), fake.phone_number(), wechat_id(r, fake), round(r.choice([2, 3, 5, 8, 10, 15]) + r.random() * 2, 2),
                        r.choice(PICKUPS) if pick else dorm(r), r.choice(TIMES) if pick else None, dorm(r) if pick else r.choice(PICKUPS),
                        r.choice(TIMES), pictures(r, "PaotuiImages", 1) if r.random() < 0.4 else None, r.choice(ERRANDS)])
    verified = []
    for i in range(1, 81):
        u = r.choice(users)
        verified.append([i, pictures(r, "RenzhengImg", 1), person(r, fake), f"{r.choice([17, 18, 19, 20])}{r.randint(1, 16):02d}{r.randint(1, 9):02d}09{r.randint(1, 4):02d}{r.randint(1, 45):03d}",
                         u[0]])
    posts = []
    for i in range(1, 201):
        u = r.choice(users)
        posts.append([i, u[0], u[2], u[1], r.randint(0, 120), pictures(r, "ScstateImages", r.randint(1, 3)) if r.random() < 0.5 else None,
                      vary(r, fill(r, r.choice(POSTS), CAMPUS)), at(), r.choice([0, 0, 0, 1])])
    replies = []
    for i in range(1, 301):
        a, t, p = r.choice(users), r.choice(users), r.choice(posts)
        to = r.random() < 0.4
        replies.append([i, *a, t[0] if to else None, t[1] if to else None, t[2] if to else None, vary(r, fill(r, r.choice(REPLIES), CAMPUS)), p[0], at()])
    seen = [[r.choice(users)[0], r.choice(replies)[0], r.choice([0, 1])] for _ in range(200)]
    loves = []
    for i in range(1, 151):
        u, name = r.choice(users), person(r, fake)
        target = r.choice(TARGETS).format(*(r.choice([f"{r.choice(MAJORS)}{r.randint(17, 20)}0{r.randint(1, 4)}", name[0] + "同学", name])
                                             for _ in range(2)))
        when_ = when(r, 120)
        loves.append([i, target, vary(r, fill(r, r.choice(CONFESS), CAMPUS)), r.choice([1, 1, 0]), u[0], stamp(when_), u[2], u[1],
                      pictures(r, "ShowloveImages", 1) if r.random() < 0.3 else "", f"{when_.month}月{when_.day}日 {when_:%H:%M}"])
    love_replies = [[r.choice(loves)[0], i, vary(r, fill(r, r.choice(REPLIES + ["祝福祝福", "99", "冲鸭", "好甜", "在一起在一起！"]), CAMPUS)), at()]
                    for i in range(1, 201)]
    asks = []
    for i in range(1, 101):
        u, (q, d) = r.choice(users), r.choice(QUESTIONS)
        asks.append([i, u[0], u[2], u[1], pictures(r, "WendaImages", 1) if r.random() < 0.3 else None, r.randint(0, 500),
                     vary(r, fill(r, q, CAMPUS)), vary(r, fill(r, d, MAJORS + CAMPUS)), at()])
    answers = []
    for i in range(1, 201):
        u = r.choice(users)
        answers.append([r.choice(asks)[0], i, vary(r, fill(r, r.choice(REPLIES + ["去教务处问一下", "可以的，我去年就转了", "{}有"]), CAMPUS)), at(),
                        r.randint(0, 30), u[0], u[2], u[1]])
    goods = []
    for i in range(1, 151):
        u, (title, intro, kind) = r.choice(users), r.choice(GOODS)
        when_ = when(r, 120)
        goods.append([i, u[0], f"{when_:%Y-%m-%d}", stamp(when_), title + r.choice(["", "", "（毕业甩卖）", "，可小刀", "（自提）", "急出"]), vary(r, intro + r.choice(["", "。有意私聊", "，可送到宿舍", f"，原价{r.randint(50, 3000)}"])),
                      kind, r.choice([dorm(r), r.choice(CAMPUS), r.choice(PICKUPS)]), wechat_id(r, fake),
                      fake.phone_number() if r.random() < 0.7 else digits(r, r.choice([9, 10])), pictures(r, "XianzhiImages", r.randint(1, 3)),
                      r.randint(0, 400), u[2], round(r.uniform(5, 2500), 2), r.choice(HOWNEW), u[1]])
    goods_replies = [[r.choice(goods)[0], i, vary(r, fill(r, r.choice(REPLIES + ["还在吗？", "能便宜点吗", "已拍", "{}面交可以吗"]), CAMPUS)), at()]
                     for i in range(1, 151)]
    parts = [("paotui", errands, None), ("renzheng", verified, None), ("scanswerme", seen, "sccommentid"), ("sccomment", replies, None),
             ("scstate", posts, None), ("showlove", loves, None), ("slcomment", love_replies, "commentid"), ("wdcomment", answers, "commentID"),
             ("wenda", asks, None), ("xianzhi", goods, None), ("xzcomment", goods_replies, "commentID")]
    (out / "huidayz.sql").write_text(head("huidayz", "50725") + "".join(premium_plain(t, rows, key) for t, rows, key in parts)
                                     + "SET FOREIGN_KEY_CHECKS = 1;\n", encoding="utf-8")
    campus_log(r, fake, out, users, errands, posts)


def premium_plain(table: str, rows: list[list], key: str | None) -> str:
    """huidayz's Navicat Premium dump: collations on every text column, no comments."""
    _, cols = TABLES[table]
    key = key or cols[0][0]
    lines = [f"-- ----------------------------\n-- Table structure for {table}\n-- ----------------------------",
             f"DROP TABLE IF EXISTS `{table}`;", f"CREATE TABLE `{table}`  ("]
    for name, kind, _ in cols:
        coll = " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci" if kind.startswith("varchar") else ""
        lines.append(f"  `{name}` {kind}{coll} " + ("NOT NULL AUTO_INCREMENT" if name == key else "NOT NULL") + ",")
    lines += [f"  PRIMARY KEY (`{key}`) USING BTREE",
              ") ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci ROW_FORMAT = Dynamic;", "",
              f"-- ----------------------------\n-- Records of {table}\n-- ----------------------------"]
    lines += [f"INSERT INTO `{table}` VALUES {values(table, row)};" for row in rows]
    return "\n".join(lines + ["", ""])


def jwt(r: random.Random, oid: str, at: datetime) -> str:
    """An HS256 JWT as java-jwt writes it: header, claims (openid, exp), a 43-character signature."""
    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    return (enc({"typ": "JWT", "alg": "HS256"}) + "." + enc({"openid": oid, "exp": int(at.timestamp()) + 7200}) + "."
            + "".join(r.choice(B64) for _ in range(43)))


def campus_log(r: random.Random, fake: Faker, out: Path, users: list, errands: list, posts: list) -> None:
    """log4j's `%d %p [%t] %c - %m` of the mini program's Spring MVC backend, its Chinese messages."""
    lines, at = [], BASE

    def emit(logger: str, msg: str, level: str = "INFO") -> None:
        lines.append(f"{at:%Y-%m-%d %H:%M:%S},{at.microsecond // 1000:03d} {level} [http-nio-8080-exec-{r.randint(1, 10)}] {logger} - {msg}")

    for _ in range(260):
        at += timedelta(milliseconds=r.randint(40, 30000))
        u = r.choice(users)
        session = hexid(r, 32).upper()
        pick = r.random()
        emit("com.hd.interceptor.LogInterceptor", f"请求开始 ip={ip(r, fake, 0.7)} session={session} uri="
             + r.choice(["/user/login", "/paotui/add", "/scstate/list", "/sccomment/add", "/xianzhi/add", "/showlove/add"]))
        if pick < 0.25:
            code = "0" + "".join(r.choice(B64[:62]) for _ in range(31))
            emit("com.hd.controller.UserController", f"微信登录 code={code}")
            key = base64.b64encode(r.randbytes(16)).decode()
            emit("com.hd.service.impl.WxServiceImpl", "code2Session 返回: " + json.dumps({"session_key": key, "openid": u[0]}, separators=(",", ":")))
            emit("com.hd.controller.UserController", f"用户登录成功 openID={u[0]}, nickName={u[1]}")
            emit("com.hd.util.JwtUtil", f"生成token: {jwt(r, u[0], at)}", "DEBUG")
        elif pick < 0.45:
            e = r.choice(errands)
            body = {"openID": e[1], "nickName": e[2], "phone": e[5], "wechat": e[6], "songdaPlace": e[10], "classify": e[13]}
            emit("com.hd.controller.PaotuiController", "发布跑腿 参数: " + json.dumps(body, ensure_ascii=False, separators=(",", ":")))
            emit("com.hd.controller.PaotuiController", f"发布成功 paotuiID={e[0]}")
        elif pick < 0.65:
            p = r.choice(posts)
            text = vary(r, fill(r, r.choice(REPLIES + ["说得对", "哈哈哈笑死我了", "明天{}见"]), CAMPUS))
            emit("com.hd.controller.SccommentController", f"新增评论 scstateID={p[0]} answerOpenID={u[0]} answerNickName={u[1]} content={text}")
        elif pick < 0.8:
            emit("com.hd.controller.ScstateController", f"查询动态列表 page={r.randint(1, 9)} size=10 openID={u[0]}", "DEBUG")
        elif pick < 0.9:
            emit("com.hd.util.TokenInterceptor", f"token校验失败: {r.choice(['token已过期', '签名不一致', 'token为空'])}", "WARN")
        else:
            emit("com.hd.controller.ScstateController",
                 "### Error updating database.  Cause: java.sql.SQLException: Incorrect string value: '\\xF0\\x9F\\x98\\x82' for column 'content' at row 1",
                 "ERROR")
    (out / "huida.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- BatteryServer (寻电 换电)
def battery(r: random.Random, fake: Faker, out: Path) -> None:
    stations = []
    for i, (name, addr, lon, lat) in enumerate(STATIONS, 1):
        stations.append([i, name, "四川省成都市" + addr.format(r.randint(1, 300)), f"{near(r, lon, 0.0005)}", f"{near(r, lat, 0.0005)}"])
    vehicles, phones = [], [fake.phone_number() for _ in range(140)]
    for i in range(1, 151):
        brand, models = r.choice(CAR_BRANDS)
        seen = when(r, 300)
        vehicles.append([i, f"V{1000000 + i}", brand, r.choice(models), f"川{r.choice('AAAAGFH')}{r.choice(['', 'D', 'F'])}{digits(r, 5)}",
                         r.randint(1, 140), repr(near(r, 104.06, 0.25) + 1e-9 * r.randint(1, 9)), repr(near(r, 30.62, 0.2) + 1e-9 * r.randint(1, 9)),
                         stamp(seen), r.randint(0, 359), r.randint(0, 90), r.randint(-2, 38), r.randint(20, 95), round(r.uniform(320, 410), 1),
                         round(r.uniform(0, 3), 1), stamp(seen + timedelta(days=r.randint(0, 60)))])
    batteries = []
    for i in range(1, 201):
        in_car = r.random() < 0.5
        rated = r.choice([60, 70, 85, 100])
        actual = rated - r.choice([0, 0, 5, 10, 15])
        level = r.choice([20, 35, 50, 66, 80, 100])
        batteries.append([i, f"B{1000000 + i}", r.choice(["NCR18650A", "NCR18650B", "LFP-280", "NCM-811"]), r.randint(1, 150) if in_car else -1,
                          -1 if in_car else r.randint(1, len(stations)), level, rated, actual, round(actual * level / 100, 2), stamp(when(r, 200))])
    logins = []
    for i in range(1, 401):
        uid = r.randint(1, 140)
        ok = r.random() < 0.85
        logins.append([i, uid if ok else None, phones[uid - 1] if r.random() < 0.9 else fake.phone_number(), 1 if ok else 0, stamp(when(r, 90))])
    appointments = [[i, r.randint(1, 140), r.randint(1, 150), r.randint(1, len(stations)), r.randint(1, 200), r.randint(0, 60), stamp(when(r, 90)),
                     r.choice([1, 0, -1]), r.choice([0, 1])] for i in range(1, 301)]
    records = [[i, r.randint(1, 140), r.randint(1, 150), r.randint(1, len(stations)), r.choice([30, 45, 60, 80]), r.randint(1, 200), r.randint(1, 200),
                stamp(when(r, 120))] for i in range(1, 301)]
    owners = [[i, r.randint(1, 140), r.randint(1, 150), r.choice([1, 1, 0])] for i in range(1, 151)]
    parts = [("appointment", appointments), ("battery", batteries), ("login_record", logins), ("record", records), ("station", stations),
             ("user_vehicle", owners), ("vehicle", vehicles)]
    text = ("/*\nNavicat MySQL Data Transfer\n\nSource Server         : 本地\nSource Server Version : 50717\nSource Host           : localhost:3306\n"
            "Source Database       : battery\n\nTarget Server Type    : MYSQL\nTarget Server Version : 50717\nFile Encoding         : 65001\n\n"
            "Date: 2026-08-03 09:00:00\n*/\n\nSET FOREIGN_KEY_CHECKS=0;\n\n")
    (out / "battery.sql").write_text(text + "".join(transfer(t, rows) for t, rows in parts), encoding="utf-8")
    logcat(r, fake, out, phones, stations)


def logcat(r: random.Random, fake: Faker, out: Path, phones: list, stations: list) -> None:
    """`adb logcat -v threadtime` of the 寻电 app: logins, AMap's fixes, the device's details, its requests."""
    lines, at = [], BASE
    for _ in range(40):  # forty installs, each a session
        dev, device_id = r.choice(DEVICES), str(uuid.UUID(int=r.getrandbits(128), version=4))
        uid = r.randint(1, 140)
        pid = r.randint(3000, 32000)
        lon, lat = near(r, 104.06, 0.25), near(r, 30.62, 0.2)

        def emit(level: str, tag: str, msg: str, tid: int | None = None) -> None:
            lines.append(f"{at:%m-%d %H:%M:%S}.{at.microsecond // 1000:03d} {pid:5d} {tid or pid:5d} {level} {tag}: {msg}")
        at += timedelta(milliseconds=r.randint(30000, 4000000))
        emit("I", "XunDianApp", "应用启动")
        emit("I", "DeviceUtil", f"设备信息 deviceId={device_id} 型号={dev[2]} 品牌={dev[0]} 系统={os_info(r, dev)} "
                                f"网络={r.choice(['WIFI', '4G', '5G'])}")
        emit("D", "LoginActivity", f"登录请求 phone={phones[uid - 1]}")
        emit("I", "LoginActivity", f"登录成功 userId={uid}")
        for _ in range(r.randint(2, 6)):
            at += timedelta(milliseconds=r.randint(5000, 300000))
            lon, lat = near(r, lon, 0.003), near(r, lat, 0.003)
            place = r.choice(stations)
            emit("D", "AMapLocation", f"定位成功 经度:{lon} 纬度:{lat} 精度:{r.choice([5.0, 10.0, 15.0, 29.0, 550.0])}米 "
                                      f"地址:四川省成都市{place[2][6:]}", pid + r.randint(10, 90))
            emit("D", "OkHttp", f"--> GET https://xundian.example.cn/BatteryServer/StationServlet?userId={uid}&longitude={lon}&latitude={lat}",
                 pid + r.randint(100, 200))
            emit("I", "MainActivity", f"最近换电站: {place[1]} 距离{r.uniform(0.3, 12):.1f}公里")
        if r.random() < 0.3:
            emit("W", "AMapLocation", "定位失败 错误码:12 缺少定位权限")
        if r.random() < 0.3:
            emit("E", "OkHttp", "<-- HTTP FAILED: java.net.SocketTimeoutException: timeout")
    (out / "xundian_logcat.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- fffc (an eye clinic)
def past_history(r: random.Random, eye: str) -> str:
    text = r.choice(HISTORY)
    return text.format(eye if "手术" in text else r.randint(2, 20))


def clinic(r: random.Random, fake: Faker, out: Path) -> None:
    doctors = [[i, fake.user_name() if r.random() < 0.7 else f"doc{i:03d}", "123456", person(r, fake), fake.phone_number(), qq_mail(r, fake),
                f"YK{2018 + i % 7}{digits(r, 4)}"] for i in range(1, 16)]
    patients = []
    for i in range(1, 301):
        b, place = born(r), r.choice(PLACES)
        seen = when(r, 365)
        eye = r.choice(["左", "右", "双"])
        ld, rd = r.choice(DIAG), r.choice(DIAG)
        patients.append([i, person(r, fake), BASE.year - b.year, r.choice([0, 1]), fake.phone_number(), ZH3.resident_id(r, place[3], b),
                         r.choice(doctors)[0], f"http://localhost:8080/upload/{uuid.UUID(int=r.getrandbits(128), version=4)}.jpg",
                         f"http://localhost:8080/upload/{uuid.UUID(int=r.getrandbits(128), version=4)}.jpg", ld, rd,
                         f"左眼：{ld}；右眼：{rd}", f"{seen:%Y-%m-%d}", stamp(seen), stamp(seen + timedelta(days=r.randint(0, 30))),
                         r.choice(ALLERGY), r.choice(CHIEF).format(eye, r.randint(1, 12)), r.choice([1, 2]),
                         r.choice(CHIEF).format(eye, r.randint(1, 9)) if r.random() < 0.5 else "无",
                         past_history(r, eye),
                         r.choice(FEATURES).format(r.randint(3, 8)), r.choice(FEATURES).format(r.randint(3, 8))])
    (out / "clinic.sql").write_text(datagrip("doctor", doctors) + datagrip("patient", patients), encoding="utf-8")


GENERATORS = [prop, campus, battery, clinic]


def verify(out: Path, labels: Path) -> int:
    return verify_tables(out, labels, TABLES, ("huida.log", "xundian_logcat.log"))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20260803, HERE / "labels.csv"))
