"""Generate the thirteenth Chinese benchmark (benchmarks/zh13), in styles zh … zh12 do not use.

usage: python benchmarks/zh13/generate.py OUT_DIR [--seed N] [--verify]

Five tables of users, smart-home devices, call records (locations), bank transactions and game
login events, and a game server log, in vendors' schemas and naming habits the earlier sets
left out:

- `t_yh_jbxx.csv`: a government-style **user master table in lower-case pinyin initials only**
  (`yhbh`, `yhm`, `xm`, `xb`, `csrq`, `nl`, `zjhm`, `sjh`, `gddh`, `dzyx`, `jtzz`, `hjd`, `zy`,
  `yhlx`, `dlfs`, `zcip`, `gxqm`) with **opaque extension columns** `kz1` … `kz3` (扩展字段 whose
  meaning is only in the values: a WeChat openid, an emergency contact's mobile, a referrer's
  numeric id), as DBeaver's CSV export writes it (every value quoted);
- `tuya_devices.ndjson`: **Tuya (涂鸦) smart-home open API** `GET /v1.0/users/{uid}/devices`
  responses, one response a line (`result[]` of `id`, `uuid`, `uid`, `owner_id`, `local_key`,
  `ip`, `lat`/`lon`, `time_zone`, `product_name`, `model`, `name`, `status[]` of `code`/`value`);
- `话单_202412.csv`: a **mobile operator's call detail records** (话单) in operator words (`用户号码`
  with `86`, `对方号码` mobiles, landlines, service numbers and `+852`, `IMSI`, `IMEI`, `LAC`, `CI`,
  `基站名称`, `基站经度`/`基站纬度`, `用户归属地`, `漫游地`, `业务类型` `VoLTE`);
- `工商银行历史明细.csv`: a **bank statement export** (ICBC-style 历史明细) with a `#` preamble
  holding the account, `交易场所`, `对方户名`, `对方账户` (UnionPay cards, masked cards, Alipay
  and WeChat counterparts) and amounts in two columns;
- `tlog_PlayerLogin.csv`: a game's **Tencent TLog `PlayerLogin` table** exported `|`-separated
  with TLog's field names (`vopenid`, `iZoneAreaID`, `vRoleID`, `vRoleName`, `SystemSoftware`,
  `SystemHardware`, `TelecomOper`, `Network`, `ScreenWidth`, `ScreenHight`, `Density`,
  `CpuHardware`, `GLRender`, `DeviceId`, `vClientIP`);
- `game-server.log`: a **Java Log4j2** game server log (PatternLayout with `%X`: the MDC map
  `{区服=…, 客户端IP=…, 用户ID=…, traceId=…}` with **Chinese MDC keys**), Chinese messages of
  logins, real-name (防沉迷) checks, phone binding, world chat, nearby-player locations, client
  performance reports (battery, volume, headsets), anti-cheat app scans, top-ups, H5 payment
  callbacks with user agents, prize addresses and support e-mails.

Values are drawn from public data: person names, mobiles, e-mail and IPv4 addresses from Faker's
zh_CN locale (MIT); GB/T 2260 divisions, addresses, resident identity numbers, IMEIs, UnionPay
numbers and OAIDs through benchmarks/zh3's generator (python-stdnum's data and checks);
compound-surname and minority names through benchmarks/zh9's; devices, places and user agents
through benchmarks/zh10's; vendor field names written from public documentation (Tuya's device
list API, Tencent's TLog standard fields, ICBC's statement export, 3GPP IMSI/LAC/CI, Log4j2's
PatternLayout).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import json
import random
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelcheck import check_labels, generator_main, load_generator  # noqa: E402
from zhwriters import csv_text, write_csv, write_ndjson  # noqa: E402

BASE = datetime(2024, 12, 18, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
ZH3 = load_generator("zh3")  # GB/T 2260 divisions, identity numbers, addresses, IMEIs, OAIDs
ZH8 = load_generator("zh8")
ZH9 = load_generator("zh9")  # compound-surname and minority names
ZH10 = load_generator("zh10")  # devices, places, user agents
digits, hexid, landline = ZH8.digits, ZH8.hexid, ZH8.landline
faker, masked, person = ZH3.faker, ZH3.masked, ZH9.person
DEVICES, PLACES, UAS, CARRIERS = ZH10.DEVICES, ZH10.PLACES, ZH10.UAS, ZH10.CARRIERS
IPHONES = [("iPhone15,3", "iOS", "17.5.1", (1290, 2796), 460), ("iPhone16,2", "iOS", "18.1", (1290, 2796), 460),
           ("iPhone14,5", "iOS", "16.7.8", (1170, 2532), 460)]

OCCUPATIONS = ["专业技术人员", "办事人员和有关人员", "社会生产服务和生活服务人员", "农、林、牧、渔业生产及辅助人员", "学生", "军人",
               "不便分类的其他从业人员", "无业"]
USER_TYPES = ["普通用户", "普通用户", "个人商家", "企业商家", "认证达人", "机构号"]
LOGIN_KINDS = ["手机号", "手机号", "微信", "QQ", "邮箱", "Apple ID", "本机号码一键登录"]
SIGNS = ["", "", "", "认真生活，好好吃饭", "山高路远，看世界也找自己", "不接广告，谢谢", "二胎宝妈，分享育儿日常", "退休老教师，爱写毛笔字",
         "跑马拉松的程序员"]
REMARKS = ["", "", "", "", "老用户，客服回访过", "已注销申请中", "疑似小号，待核实", "VIP续费提醒"]
LOGIN_NAME_TAILS = ["", "88", "1990", "_sh", "2024", "666"]


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def wx_openid(r: random.Random) -> str:
    return "o" + r.choice(["GRwT", "6_bm", "Xk3s", "q1Zy"]) + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                                                              for _ in range(23))


def login_name(r: random.Random, fake: Faker) -> str:
    pick = r.random()
    if pick < 0.3:
        return fake.phone_number()
    if pick < 0.55:
        return fake.free_email().split("@")[0]
    return fake.user_name() + r.choice(LOGIN_NAME_TAILS)


# ---------------------------------------------------------------- users in pinyin initials
YH_HEADER = ["yhbh", "yhm", "xm", "xb", "csrq", "nl", "zjlx", "zjhm", "sjh", "gddh", "dzyx", "jtzz", "hjd", "zy", "yhlx", "dlfs",
             "zcsj", "zcip", "gxqm", "kz1", "kz2", "kz3", "zt", "bz"]


def users(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    ids = [20240000 + r.randint(1, 99999) for _ in range(460)]
    for i, uid in enumerate(ids):
        born = ZH3.born(r) if r.random() < 0.9 else date(2006, 1, 1) + timedelta(days=r.randint(0, 365 * 6))
        place = ZH3.division(r)
        code, prov, city, county = place
        passport = r.random() < 0.05
        rows.append([
            uid, login_name(r, fake), person(r, fake), r.choice(["1", "2"]), f"{born:%Y%m%d}", (BASE.date() - born).days // 365,
            "03" if passport else "01", ("E" + digits(r, 8)) if passport else ZH3.resident_id(r, code, born),
            fake.phone_number(), landline(r) if r.random() < 0.25 else "", fake.free_email() if r.random() < 0.6 else "",
            ZH3.address(r, fake), (city if prov == city else prov + city) + county if r.random() < 0.8 else "",
            r.choice(OCCUPATIONS), r.choice(USER_TYPES), r.choice(LOGIN_KINDS),
            f"{when(r, 700) - timedelta(days=700):%Y-%m-%d %H:%M:%S}", fake.ipv4_public(), r.choice(SIGNS),
            wx_openid(r) if r.random() < 0.7 else "", fake.phone_number() if r.random() < 0.5 else "",
            str(r.choice(ids)) if r.random() < 0.35 else "", r.choice(["0", "0", "0", "1", "9"]), r.choice(REMARKS),
        ])
    write_csv(out / "t_yh_jbxx.csv", YH_HEADER, rows, quoting=1)  # csv.QUOTE_ALL, as DBeaver writes


# ---------------------------------------------------------------- Tuya device list responses
TUYA_PRODUCTS = [
    ("cz", "智能插座", "SP22-10A", [("switch_1", lambda r: r.choice([True, False])), ("cur_power", lambda r: r.randint(0, 2200))]),
    ("dj", "智能灯泡", "LB-E27-RGBCW", [("switch_led", lambda r: r.choice([True, False])), ("bright_value_v2", lambda r: r.randint(10, 1000))]),
    ("wsdcg", "温湿度传感器", "TH01", [("va_temperature", lambda r: r.randint(120, 320)), ("va_humidity", lambda r: r.randint(30, 90))]),
    ("sp", "智能摄像机", "IPC-C200", [("basic_private", lambda r: r.choice([True, False])), ("motion_switch", lambda r: r.choice([True, False]))]),
    ("ms", "智能门锁", "Lock-X3", [("residual_electricity", lambda r: r.randint(5, 100)), ("unlock_fingerprint", lambda r: r.randint(0, 9))]),
    ("kt", "空调伴侣", "AC-Partner2", [("switch", lambda r: r.choice([True, False])), ("temp_set", lambda r: r.randint(16, 30))]),
]
ROOM_NAMES = ["客厅", "主卧", "次卧", "厨房", "书房", "阳台", "儿童房"]


def tuya_devices(r: random.Random, fake: Faker, out: Path) -> None:
    docs = []
    for _ in range(150):
        uid = "ay" + digits(r, 13) + hexid(r, 5)
        home = str(r.randint(10000000, 99999999))
        ip = fake.ipv4_public()
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        devices = []
        for _ in range(r.randint(1, 5)):
            cat, pname, model, status = r.choice(TUYA_PRODUCTS)
            created = when(r, 500) - timedelta(days=500)
            devices.append({
                "active_time": int(created.timestamp()), "biz_type": r.choice([0, 18, 23]), "category": cat,
                "create_time": int(created.timestamp()), "icon": f"smart/icon/{hexid(r, 20)}.png",
                "id": hexid(r, 2 * r.choice([10, 11])), "ip": ip, "lat": f"{lat + r.uniform(-0.05, 0.05):.2f}",
                "local_key": hexid(r, 16), "lon": f"{lng + r.uniform(-0.05, 0.05):.2f}", "model": model,
                "name": r.choice(ROOM_NAMES) + pname if r.random() < 0.7 else pname, "online": r.choice([True, True, False]),
                "owner_id": home, "product_id": hexid(r, 16), "product_name": pname,
                "status": [{"code": code, "value": make(r)} for code, make in status], "sub": False,
                "time_zone": "+08:00", "uid": uid, "update_time": int((created + timedelta(days=r.randint(1, 400))).timestamp()),
                "uuid": hexid(r, 16),
            })
        docs.append({"result": devices, "success": True, "t": int(when(r).timestamp() * 1000), "tid": hexid(r, 32)})
    write_ndjson(out / "tuya_devices.ndjson", docs)


# ---------------------------------------------------------------- operator call detail records
CDR_HEADER = ["话单流水号", "用户号码", "对方号码", "呼叫类型", "开始时间", "通话时长", "IMSI", "IMEI", "LAC", "CI", "基站名称", "基站经度",
              "基站纬度", "用户归属地", "对方归属地", "漫游类型", "漫游地", "业务类型", "费用"]
SERVICE_NUMBERS = ["10086", "10010", "95588", "95555", "12345", "114", "4008123123"]
HOME_AREAS = [("浙江杭州", "0571"), ("北京", "010"), ("广东深圳", "0755"), ("四川成都", "028"), ("湖北武汉", "027"), ("陕西西安", "029")]
SITE_PARTS = ["文三路", "古墩路", "科技园", "高新南", "中关村", "春熙路", "光谷", "小寨", "火车站", "体育中心"]


def cdr(r: random.Random, fake: Faker, out: Path) -> None:
    subscribers = []
    for _ in range(80):
        area = r.choice(HOME_AREAS)
        subscribers.append(("86" + fake.phone_number(), "460" + r.choice(["00", "02", "07", "01", "11"]) + digits(r, 10), ZH3.imei(r), area))
    rows = []
    for i in range(520):
        msisdn, imsi, imei, (home, area_code) = r.choice(subscribers)
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        pick = r.random()
        other = (fake.phone_number() if pick < 0.6 else landline(r).replace("-", "").replace("(", "").replace(")", "") if pick < 0.8
                 else r.choice(SERVICE_NUMBERS) if pick < 0.93 else "+852" + digits(r, 8))
        roaming = city[:2] not in home
        at = when(r)
        rows.append([
            f"{at:%Y%m%d%H%M%S}{i:06d}", msisdn, other, r.choice(["主叫", "被叫", "被叫", "呼转"]), f"{at:%Y%m%d%H%M%S}",
            r.randint(0, 1800), imsi, imei, r.randint(10000, 65000), r.randint(1000, 268435455),
            f"{city[:-1]}{district[:-1]}{r.choice(SITE_PARTS)}_{r.choice(['F', 'D', 'E'])}_{r.randint(1, 6)}",
            f"{lng + r.uniform(-0.03, 0.03):.6f}", f"{lat + r.uniform(-0.03, 0.03):.6f}", home,
            r.choice([a for a, _ in HOME_AREAS]) if other.startswith("1") and len(other) == 11 else "",
            "国内漫游" if roaming else r.choice(["本地", "本地", "省内漫游"]), city if roaming else area_code,
            r.choice(["VoLTE", "VoLTE", "GSM", "VoNR"]), f"{r.choice([0, 0, 0.1, 0.19, 0.5, 1.2]):.2f}",
        ])
    write_csv(out / "话单_202412.csv", CDR_HEADER, rows)


# ---------------------------------------------------------------- bank statement (ICBC-style)
BANK_HEADER = ["交易日期", "摘要", "交易场所", "交易国家或地区简称", "钞/汇", "交易金额(收入)", "交易金额(支出)", "交易币种", "记账金额(收入)",
               "记账金额(支出)", "记账币种", "余额", "对方户名", "对方账户"]
MERCHANTS = ["财付通-美团", "支付宝-盒马鲜生", "财付通-滴滴出行", "银联在线-中国石化", "支付宝-淘宝", "财付通-拼多多", "京东支付-京东商城"]
COMPANIES = ["支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "杭州云帆网络科技有限公司", "国网浙江省电力有限公司杭州供电公司",
             "中国移动通信集团浙江有限公司"]


def bank_statement(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    balance = 23456.78
    for _ in range(470):
        at = when(r, 30)
        kind = r.random()
        income = kind < 0.3
        amount = round(r.uniform(1, 3000) if not income else r.uniform(100, 20000), 2)
        balance = round(balance + (amount if income else -amount), 2)
        if kind < 0.12:
            summary, place, name, account = "工资", "", r.choice(COMPANIES[2:3]), digits(r, 19)
        elif kind < 0.3 or kind > 0.85:
            summary = r.choice(["跨行汇款", "转账", "手机银行转账", "网银转账"])
            name = person(r, fake)
            account = ZH3.unionpay(r) if r.random() < 0.6 else r.choice([ZH3.unionpay(r)[:4] + "********" + digits(r, 4),
                                                                          masked(fake.phone_number()), fake.free_email()])
            place = r.choice(["手机银行", "网上银行", "杭州西湖支行"])
        elif kind < 0.4:
            summary, place, name, account = "ATM取款", f"ATM{r.choice(PLACES)[1]}{r.choice(SITE_PARTS)}自助银行", "", ""
        else:
            summary, place = "消费", r.choice(MERCHANTS)
            name, account = r.choice(COMPANIES[:2]), r.choice(["", "215500690", "1000050001"])
        rows.append([
            f"{at:%Y-%m-%d}", summary, place, "CHN", "钞", f"{amount:.2f}" if income else "", "" if income else f"{amount:.2f}",
            "人民币", f"{amount:.2f}" if income else "", "" if income else f"{amount:.2f}", "人民币", f"{balance:.2f}", name, account,
        ])
    preamble = ("# 中国工商银行借记卡账户历史明细（电子版）\n"
                f"# 卡号: 6212****{digits(r, 4)}    户名: {person(r, fake)}\n"
                "# 起止日期: 2024-12-18 至 2025-01-17\n\n")
    (out / "工商银行历史明细.csv").write_text(preamble + csv_text(BANK_HEADER, rows, lineterminator="\n"), encoding="utf-8")


# ---------------------------------------------------------------- Tencent TLog PlayerLogin
TLOG_HEADER = ["GameSvrId", "dtEventTime", "vGameAppid", "PlatID", "iZoneAreaID", "vopenid", "Level", "PlayerFriendsNum",
               "ClientVersion", "SystemSoftware", "SystemHardware", "TelecomOper", "Network", "ScreenWidth", "ScreenHight", "Density",
               "LoginChannel", "vRoleID", "vRoleName", "CpuHardware", "Memory", "GLRender", "GLVersion", "DeviceId", "vClientIP"]
ROLE_HEADS = ["浪迹天涯", "剑影", "孤城", "小乔", "墨染", "清风", "夜雨", "醉卧", "北辰", "南风知我意"]
ROLE_TAILS = ["丶", "灬", "", "の猫", "丨", "ゞ", "7", "666", "呀"]
CPUS = {"Xiaomi": "Qualcomm SM8650", "Redmi": "MediaTek Dimensity 8200", "HUAWEI": "HiSilicon Kirin 9000S", "vivo": "MediaTek Dimensity 9300",
        "OPPO": "MediaTek Dimensity 9300", "HONOR": "Qualcomm SM8650", "OnePlus": "Qualcomm SM8650"}
GPUS = {"Qualcomm SM8650": "Adreno (TM) 750", "MediaTek Dimensity 8200": "Mali-G610 MC6", "HiSilicon Kirin 9000S": "Maleoon 910",
        "MediaTek Dimensity 9300": "Immortalis-G720 MC12", "Apple A16": "Apple GPU", "Apple A17 Pro": "Apple GPU", "Apple A15": "Apple GPU"}


def role_name(r: random.Random) -> str:
    return r.choice(ROLE_HEADS) + r.choice(ROLE_TAILS)


def tlog(r: random.Random, fake: Faker, out: Path) -> None:
    players = []
    for _ in range(120):
        qq = r.random() < 0.5
        openid = hexid(r, 32).upper() if qq else wx_openid(r)
        if r.random() < 0.25:
            model, system, version, (w, h), dpi = r.choice(IPHONES)
            software, hardware = f"iOS {version}", model
            cpu = {"iPhone15,3": "Apple A16", "iPhone16,2": "Apple A17 Pro", "iPhone14,5": "Apple A15"}[model]
            device, plat = ZH3.oaid(r).upper() if r.random() < 0.5 else "00000000-0000-0000-0000-000000000000", 0
        else:
            brand, name, model, system, versions, sdk, (w, h), dpi = r.choice(DEVICES)
            software = (f"Android OS {14 if sdk == 34 else 13 if sdk == 33 else 12} / API-{sdk}" if system not in ("HarmonyOS",)
                        else f"HarmonyOS {r.choice(versions)}")
            hardware = f"{brand} {model}"
            cpu = CPUS[brand]
            device, plat = ZH3.imei(r) if r.random() < 0.3 else hexid(r, 16), 1
        players.append((openid, qq, plat, software, hardware, (w, h), dpi, cpu, device, str(r.randint(10000000000, 99999999999)),
                        role_name(r), r.choice(CARRIERS)[0]))
    lines = ["|".join(TLOG_HEADER)]
    for _ in range(540):
        openid, qq, plat, software, hardware, (w, h), dpi, cpu, device, role_id, role, carrier = r.choice(players)
        at = when(r, 7)
        lines.append("|".join(str(v) for v in [
            f"10.12.{r.randint(1, 9)}.{r.randint(2, 250)}", f"{at:%Y-%m-%d %H:%M:%S}", "1104466820" if qq else "wx95a3a4d7c627e07d", plat,
            r.choice([1, 2, 3, 101, 102]), openid, r.randint(1, 80), r.randint(0, 120), r.choice(["1.32.1.5", "1.32.2.1"]), software,
            hardware, carrier if r.random() < 0.9 else "", r.choice(["WIFI", "WIFI", "4G", "5G"]), w, h, dpi,
            r.choice([10000144, 10003898, 10029712]), role_id, role, cpu, r.choice([7680, 11520, 15360]), GPUS[cpu],
            r.choice(["OpenGL ES 3.2", "OpenGL ES 3.2 V@0746.0", "Vulkan 1.3"]), device, fake.ipv4_public(),
        ]))
    (out / "tlog_PlayerLogin.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- Log4j2 game server log
CHATS = ["有没有一起打副本的，来个奶妈", "出极品装备，私聊", "新区开了，兄弟们冲", "求带，刚入坑", "今晚八点帮战，都上线",
         "收金币，价格好说", "这版本平衡太差了"]
CHANNELS = ["世界", "帮派", "队伍", "私聊"]
CHEATS = [("com.cyjh.gundam", "叉叉助手"), ("catch_.me_.if_.you_.can_", "GG修改器"), ("com.huluxia.gametools", "葫芦侠")]
HEADSETS = ["AirPods Pro 2", "华为 FreeBuds Pro 3", "小米 Buds 4 Pro", "有线耳机"]
PRIZES = ["周年庆实物奖励：定制鼠标垫", "冠军赛周边：角色手办"]


def game_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines: list[str] = []
    at = BASE
    threads = ["netty-worker-3", "netty-worker-7", "logic-1", "logic-2", "pay-callback-1"]

    def line(level: str, logger: str, mdc: dict, msg: str) -> None:
        nonlocal at
        at += timedelta(milliseconds=r.randint(5, 9000))
        ctx = "{" + ", ".join(f"{k}={v}" for k, v in mdc.items()) + "}"
        lines.append(f"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond // 1000:03d} {level:<5} [{r.choice(threads)}] {logger} {ctx} - {msg}")

    for _ in range(430):
        uid = str(r.randint(10000000000, 99999999999))
        mdc = {"traceId": hexid(r, 16), "区服": f"S{r.randint(1, 120)}", "用户ID": uid, "客户端IP": fake.ipv4_public()}
        role = role_name(r)
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        pick = r.random()
        if pick < 0.2:
            brand, name, model, system, versions, sdk, (w, h), dpi = r.choice(DEVICES)
            carrier = r.choice(CARRIERS)[0]
            line("INFO", "c.y.g.login.LoginHandler", mdc,
                 f"玩家登录成功 角色名={role} 等级={r.randint(1, 80)} 机型={brand} {model} 系统={system} {r.choice(versions)} "
                 f"运营商={carrier} 网络={r.choice(['WIFI', '4G', '5G'])} 分辨率={w}x{h} 时区=GMT+08:00")
            if r.random() < 0.5:
                line("DEBUG", "c.y.g.login.DeviceFingerprint", mdc, f"设备指纹上报 androidId={hexid(r, 16)} oaid={ZH3.oaid(r)}")
        elif pick < 0.32:
            name, born = person(r, fake), ZH3.born(r) if r.random() < 0.7 else date(2010, 1, 1) + timedelta(days=r.randint(0, 2000))
            idn = ZH3.resident_id(r, ZH3.division(r)[0], born)
            age = (BASE.date() - born).days // 365
            line("INFO", "c.y.g.antiaddiction.RealNameService", mdc, f"防沉迷实名校验 姓名：{name} 身份证：{idn} 结果：通过")
            if age < 18:
                line("WARN", "c.y.g.antiaddiction.PlayTimeGuard", mdc, f"未成年玩家 年龄={age} 今日剩余可玩时长=0分钟，已强制下线")
        elif pick < 0.4:
            phone = fake.phone_number()
            line("INFO", "c.y.g.account.BindService", mdc, f"绑定手机号 {phone} 验证码已发送")
            line("INFO", "c.y.g.account.BindService", mdc, f"手机号{masked(phone)}绑定成功")
        elif pick < 0.52:
            line("INFO", "c.y.g.chat.ChatService", mdc, f"[{r.choice(CHANNELS)}] {role}: {r.choice(CHATS)}")
        elif pick < 0.6:
            line("DEBUG", "c.y.g.social.NearbyService", mdc,
                 f"附近的人 定位上报 经度={lng + r.uniform(-0.03, 0.03):.6f} 纬度={lat + r.uniform(-0.03, 0.03):.6f} 城市={city}")
        elif pick < 0.72:
            line("INFO", "c.y.g.perf.ClientPerfReport", mdc,
                 f"客户端性能上报 帧率={r.randint(30, 120)} 电量={r.randint(3, 100)}% 充电={r.choice(['是', '否'])} "
                 f"音量={r.randint(0, 100)} 静音={r.choice(['是', '否', '否'])} 耳机={r.choice(HEADSETS) if r.random() < 0.6 else '未连接'}")
        elif pick < 0.77:
            pkg, label = r.choice(CHEATS)
            line("WARN", "c.y.g.security.AntiCheat", mdc, f"检测到可疑应用 包名={pkg} 名称={label}，已上报安全中心")
        elif pick < 0.86:
            line("INFO", "c.y.g.pay.RechargeService", mdc,
                 f"充值下单 订单号=RC{at:%Y%m%d}{digits(r, 10)} 金额={r.choice(['6.00', '30.00', '68.00', '328.00', '648.00'])} "
                 f"渠道={r.choice(['微信支付', '支付宝', 'Apple'])} openid={wx_openid(r)}")
        elif pick < 0.92:
            line("INFO", "c.y.g.pay.H5Callback", mdc, f"H5支付回调 UA={r.choice(UAS)}")
        elif pick < 0.96:
            name = person(r, fake)
            line("INFO", "c.y.g.activity.PrizeService", mdc,
                 f"{r.choice(PRIZES)} 收件人：{name} 电话：{fake.phone_number()} 地址：{ZH3.address(r, fake)}")
        else:
            line("INFO", "c.y.g.support.TicketService", mdc, f"客服工单已创建 联系邮箱={fake.free_email()} 问题=账号被盗，请求找回")
    (out / "game-server.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [users, tuya_devices, cdr, bank_statement, tlog, game_log]


def _ndjson_paths(path: Path) -> set[str]:
    found: set[str] = set()
    for text in path.read_text(encoding="utf-8").splitlines():
        found |= ZH9._paths(json.loads(text))
    return found


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    fields: dict[str, set[str]] = {
        "t_yh_jbxx.csv": set(YH_HEADER),
        "tuya_devices.ndjson": _ndjson_paths(out / "tuya_devices.ndjson"),
        "话单_202412.csv": set(CDR_HEADER),
        "工商银行历史明细.csv": set(BANK_HEADER),
        "tlog_PlayerLogin.csv": set(TLOG_HEADER),
    }
    return check_labels(out, fields, labels, ("game-server.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20241218, HERE / "labels.csv"))
