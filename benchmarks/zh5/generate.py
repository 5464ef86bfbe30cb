"""Generate the fifth Chinese benchmark (benchmarks/zh5), in styles zh … zh4 do not use.

usage: python benchmarks/zh5/generate.py OUT_DIR [--seed N] [--verify]

Five datasets in four files and an application log, as a Chinese app's back end keeps them:

- `shop_dump.sql`: a **mysqldump** of two tables (`t_user`, `t_user_address`): English column
  names whose meaning is often only in the Chinese `COMMENT '…'` (`user_role` 身份, `last_login_ip`
  stored as INET_ATON integers), GB/T 2260 province and city codes, extended INSERTs;
- `dwd_app_event_di.parquet`: a Hive/ClickHouse-style **wide events table** whose columns are
  pinyin initials only (`yhid`, `sjmc` 事件名称, `jjjg` 击键间隔 as an array, `dl` 电量 as a bare
  0-100 number, `yl` 音量 in Android's 0-15 steps, `yys` as MCC+MNC), with a `dt` partition;
- `amap_trail.ndjson`: a location trail as a map SDK's callback and reverse geocoding return it:
  GCJ-02 `location` as one `lng,lat` string, BD-09 as an object, `regeocode.adcode` (GB/T 2260),
  province / city / district / township;
- `dim_device_info.tsv`: a **Hive export** (tab-separated, `\\N` for NULL) of devices: OAID,
  VAID and AAID (the MSA identifiers), ROM versions (HarmonyOS, MIUI, HyperOS, ColorOS, OriginOS,
  MagicOS), `2720×1260` resolutions, MCC+MNC SIM operators, battery as `85%`, ringer modes;
- `订单导出_20241008.csv`: a merchant back end's order export with **masked** phones
  (`138****1234`), masked and plain consignees, addresses with spaces between the levels;
- `user-service.log`: a **Java/logback** log with an MDC block (`[traceId=… uid=… ip=…]`) and
  Chinese messages with full-width punctuation (`手机号：138****1234，`).

Values are drawn from public knowledge that datamap's recognizers do not ship: person names,
mobile numbers, user names, e-mail addresses, IPv4 addresses and user agents from Faker's zh_CN
locale data (MIT); administrative divisions with GB/T 2260 codes from python-stdnum's
`cn/loc.dat`, resident identity numbers with stdnum's ISO 7064 check (both through
benchmarks/zh3's generator); GB/T 4754 industries from zh3; devices, ROMs, events, pages,
goods and messages written for this benchmark. The BD-09 pair is derived from the GCJ-02 one
by the published Baidu offset formula.

Deterministic: the same seed and Faker version give byte-identical files (no clock).
--verify checks that every generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import csv
import ipaddress
import json
import math
import random
import sys
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from zhwriters import write_csv, write_ndjson  # noqa: E402
from labelcheck import check_labels, generate_main, load_generator  # noqa: E402
BASE = datetime(2024, 10, 8, 9, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock


ZH3 = load_generator("zh3")  # GB/T 2260 divisions, identity numbers, addresses
# (manufacturer, model, market name, ROM versions, Android API levels or None for iOS, resolution)
DEVICES = [
    ("HUAWEI", "ALN-AL00", "HUAWEI Mate 60 Pro", ["HarmonyOS 4.0.0", "HarmonyOS 4.2.0"], [31], "2720×1260"),
    ("HUAWEI", "NOH-AN00", "HUAWEI Mate 40 Pro", ["HarmonyOS 3.0.0", "HarmonyOS 2.0.0"], [29], "2772×1344"),
    ("Xiaomi", "23127PN0CC", "小米14", ["Xiaomi HyperOS 1.0.5", "Xiaomi HyperOS 1.0.32"], [34], "2670×1200"),
    ("Xiaomi", "2211133C", "Xiaomi 13", ["MIUI 14.0.23", "MIUI 14.0.5"], [33], "2400×1080"),
    ("Redmi", "22081212C", "Redmi K50 至尊版", ["MIUI 13.0.12", "MIUI 14.0.3"], [32, 33], "2400×1080"),
    ("OPPO", "PHZ110", "OPPO Find X7 Ultra", ["ColorOS 14.0.1", "ColorOS 14.1"], [34], "3168×1440"),
    ("OnePlus", "PJD110", "一加 12", ["ColorOS 14.0", "ColorOS 15.0"], [34, 35], "3168×1440"),
    ("vivo", "V2324A", "vivo X100 Pro", ["OriginOS 4", "OriginOS 5"], [34, 35], "2800×1260"),
    ("HONOR", "BVL-AN16", "荣耀 Magic6 Pro", ["MagicOS 8.0", "MagicOS 8.0.0.126"], [34], "2800×1280"),
    ("Apple", "iPhone16,1", "iPhone 15 Pro", ["iOS 17.6.1", "iOS 18.0"], None, "2556×1179"),
]
MCC_MNC = ["46000", "46002", "46004", "46007", "46008", "46001", "46006", "46009", "46003", "46005", "46011", "46015"]
NETWORKS = ["WIFI", "WIFI", "5G", "4G", "4G", "3G", "NONE"]
CHANNELS = ["huawei", "xiaomi", "oppo", "vivo", "honor", "tencent", "appstore", "baidu"]
EVENTS = ["打开首页", "点击商品", "浏览商品详情", "加入购物车", "收藏店铺", "提交订单", "立即支付", "发布评价", "分享商品", "搜索商品",
          "领取优惠券", "进入直播间", "关注主播"]
PAGES = ["首页", "分类页", "商品详情", "购物车", "确认订单", "支付结果页", "我的", "直播间", "搜索结果", "消息中心"]
HEADSET = ["无", "无", "有线", "蓝牙", "蓝牙"]
BT_HEADSETS = ["HUAWEI FreeBuds Pro 3", "Xiaomi Buds 4 Pro", "OPPO Enco X2", "AirPods Pro", "漫步者 Lolli Pro 3", "vivo TWS 3"]
RINGER = ["响铃", "静音", "振动", "响铃"]
CHARGE = ["未充电", "充电中", "已充满", "未充电"]
ADDRESS_TAGS = ["家", "公司", "学校", "", "父母家"]
ROLE_CODES = [1, 1, 1, 2, 3, 4]  # 1 买家 2 商家 3 主播 4 分销员 (the COMMENT says so)
AVATAR_HOST = "https://img.example-cdn.cn/avatar/"
GOODS = [("华为 Mate 60 Pro", "12GB+512GB 雅丹黑"), ("小米14", "16GB+1TB 白色"), ("三只松鼠 每日坚果", "750g/30袋"),
         ("安踏 C202 跑鞋", "42码 黑白"), ("蓝月亮 洗衣液", "3kg*2瓶"), ("五常大米", "10kg"), ("李宁 速干T恤", "XL 藏青"),
         ("九阳 豆浆机", "DJ13B-D08D"), ("良品铺子 牛肉干", "200g 麻辣"), ("得力 中性笔", "0.5mm 12支")]
PAY = ["微信支付", "支付宝", "抖音支付", "云闪付", "先用后付"]
EXPRESS = ["顺丰速运", "中通快递", "圆通速递", "韵达快递", "极兔速递", "京东物流"]
STATUS = ["待发货", "已发货", "已签收", "交易成功", "已关闭", "售后中"]
SOURCES = ["APP", "微信小程序", "H5", "抖音直播间"]
BUYER_NOTES = ["", "", "", "请尽快发货，谢谢", "不要放快递柜，打电话再送", "送人的，别放价格单", "工作日白天家里没人，请放门卫",
               "上次买的有破损，这次麻烦包装好一点", "能开发票吗", "尺码偏小的话帮我换大一号"]
SELLER_NOTES = ["", "", "", "已催发", "补发赠品", "优先发货", "客户要求改地址已处理"]
BIOS = ["热爱生活，热爱跑步", "一个普通的上班族", "专注美食探店二十年", "摄影爱好者，常驻西湖边", "宝妈一枚，分享育儿好物",
        "", "", "理性消费，只买需要的", "退休老教师"]
LOGIN_WAYS = ["短信验证码", "密码", "微信授权", "一键登录", "Apple ID"]


def faker(seed: int) -> Faker:
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return fake


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def born(r: random.Random) -> date:
    return date(1958, 1, 1) + timedelta(days=r.randint(0, 365 * 50))


def hexid(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def login_name(r: random.Random, fake: Faker) -> str:
    """Login names as Chinese sites let users choose them: handles, pinyin with digits, a phone number."""
    pick = r.random()
    if pick < 0.5:
        return fake.user_name() + (str(r.randint(1, 999)) if r.random() < 0.5 else "")
    if pick < 0.7:
        return f"{fake.romanized_name().replace(' ', '').lower()}{r.randint(80, 2005)}"
    if pick < 0.85:
        return fake.phone_number()
    return f"wx_{hexid(r, 10)}"


def street_tail(r: random.Random, fake: Faker) -> str:
    text = fake.street_name() + f"{r.randint(1, 999)}号"
    if r.random() < 0.65:
        text += f"{fake.last_name()}{r.choice(ZH3.BUILDINGS)}{r.randint(1, 30)}幢{r.randint(1, 3)}单元{r.randint(1, 28)}0{r.randint(1, 6)}室"
    return text


def sql_str(value) -> str:
    """A value as mysqldump writes it: NULL, a number, or a quoted string with backslash escapes."""
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{text}'"


USER_DDL = """CREATE TABLE `t_user` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键ID',
  `user_name` varchar(64) NOT NULL COMMENT '登录账号',
  `nick_name` varchar(64) DEFAULT NULL COMMENT '昵称',
  `real_name` varchar(32) DEFAULT NULL COMMENT '真实姓名（实名认证）',
  `mobile` varchar(20) DEFAULT NULL COMMENT '手机号',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号码',
  `gender` tinyint(4) NOT NULL DEFAULT '0' COMMENT '性别：0-未知 1-男 2-女',
  `birthday` date DEFAULT NULL COMMENT '生日',
  `email` varchar(128) DEFAULT NULL COMMENT '邮箱',
  `avatar_url` varchar(255) DEFAULT NULL COMMENT '头像地址',
  `province_code` char(6) DEFAULT NULL COMMENT '所在省份编码',
  `city_code` char(6) DEFAULT NULL COMMENT '所在城市编码',
  `industry` varchar(64) DEFAULT NULL COMMENT '所属行业',
  `user_role` tinyint(4) NOT NULL DEFAULT '1' COMMENT '用户身份：1-买家 2-商家 3-主播 4-分销员',
  `bio` varchar(500) DEFAULT NULL COMMENT '个人简介',
  `reg_ip` varchar(45) DEFAULT NULL COMMENT '注册IP',
  `last_login_ip` int(10) unsigned DEFAULT NULL COMMENT '最后登录IP（INET_ATON）',
  `status` tinyint(4) NOT NULL DEFAULT '1' COMMENT '状态：1-正常 2-冻结 3-注销',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `is_deleted` tinyint(1) NOT NULL DEFAULT '0' COMMENT '逻辑删除',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_user_name` (`user_name`),
  KEY `idx_mobile` (`mobile`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='用户表';"""

ADDRESS_DDL = """CREATE TABLE `t_user_address` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `user_id` bigint(20) NOT NULL COMMENT '用户ID',
  `consignee` varchar(32) NOT NULL COMMENT '收货人',
  `consignee_phone` varchar(20) NOT NULL COMMENT '收货人电话',
  `province` varchar(32) DEFAULT NULL COMMENT '省',
  `city` varchar(32) DEFAULT NULL COMMENT '市',
  `district` varchar(32) DEFAULT NULL COMMENT '区/县',
  `detail_address` varchar(255) NOT NULL COMMENT '详细地址',
  `postcode` char(6) DEFAULT NULL COMMENT '邮政编码',
  `tag` varchar(16) DEFAULT NULL COMMENT '地址标签',
  `is_default` tinyint(1) NOT NULL DEFAULT '0' COMMENT '是否默认地址',
  PRIMARY KEY (`id`),
  KEY `idx_user_id` (`user_id`)
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COMMENT='用户收货地址';"""


def insert_blocks(table: str, rows: list[list], per_statement: int = 100) -> list[str]:
    """mysqldump's extended INSERTs: many rows per statement, LOCK/UNLOCK around them."""
    out = [f"LOCK TABLES `{table}` WRITE;", f"/*!40000 ALTER TABLE `{table}` DISABLE KEYS */;"]
    for i in range(0, len(rows), per_statement):
        values = ",".join("(" + ",".join(sql_str(v) for v in row) + ")" for row in rows[i:i + per_statement])
        out.append(f"INSERT INTO `{table}` VALUES {values};")
    out += [f"/*!40000 ALTER TABLE `{table}` ENABLE KEYS */;", "UNLOCK TABLES;"]
    return out


def mysql_dump(r: random.Random, fake: Faker, out: Path) -> None:
    """shop_dump.sql: mysqldump 8 output of a user table and its address book."""
    users, addresses = [], []
    for i in range(420):
        uid = 100001 + i
        place = ZH3.division(r)
        code = place[0]
        b = born(r)
        created = when(r, 800) - timedelta(days=800)
        users.append([
            uid, login_name(r, fake), ZH3.nickname(r, fake) if r.random() < 0.9 else None,
            fake.name() if r.random() < 0.8 else None, fake.phone_number(),
            ZH3.resident_id(r, code, b) if r.random() < 0.75 else None, r.choice([0, 1, 2, 1, 2]),
            b.isoformat() if r.random() < 0.85 else None, fake.free_email() if r.random() < 0.6 else None,
            AVATAR_HOST + f"{hexid(r, 32)}.jpg" if r.random() < 0.7 else None, code[:2] + "0000", code[:4] + "00",
            r.choice(ZH3.INDUSTRIES) if r.random() < 0.7 else None, r.choice(ROLE_CODES), r.choice(BIOS) or None,
            fake.ipv4_public(), int(ipaddress.IPv4Address(fake.ipv4_public())), r.choice([1, 1, 1, 1, 2, 3]),
            created.strftime("%Y-%m-%d %H:%M:%S"), (created + timedelta(days=r.randint(0, 300))).strftime("%Y-%m-%d %H:%M:%S"),
            r.choice([0, 0, 0, 0, 1]),
        ])
        for _ in range(r.choice([0, 1, 1, 2])):
            prov_code, prov, city, county = ZH3.division(r)
            phone = fake.phone_number() if r.random() < 0.85 else f"0{r.randint(10, 999)}-{r.randint(2, 8)}{r.randint(1000000, 9999999)}"
            addresses.append([
                len(addresses) + 1, uid, fake.name(), phone, prov, city, county, street_tail(r, fake),
                f"{prov_code[:4]}{r.randint(0, 99):02d}"[:6] if r.random() < 0.5 else None,
                r.choice(ADDRESS_TAGS) or None, 1 if r.random() < 0.4 else 0,
            ])
    lines = [
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)",
        "--",
        "-- Host: 10.12.3.45    Database: mall_user",
        "-- ------------------------------------------------------",
        "-- Server version\t8.0.36",
        "",
        "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
        "/*!50503 SET NAMES utf8mb4 */;",
        "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;",
        "/*!40103 SET TIME_ZONE='+00:00' */;",
        "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;",
        "",
    ]
    for table, ddl, rows in (("t_user", USER_DDL, users), ("t_user_address", ADDRESS_DDL, addresses)):
        lines += [
            "--", f"-- Table structure for table `{table}`", "--", "",
            f"DROP TABLE IF EXISTS `{table}`;",
            "/*!40101 SET @saved_cs_client     = @@character_set_client */;",
            "/*!50503 SET character_set_client = utf8mb4 */;",
            ddl % (len(rows) + 1),
            "/*!40101 SET character_set_client = @saved_cs_client */;", "",
            "--", f"-- Dumping data for table `{table}`", "--", "",
        ]
        lines += insert_blocks(table, rows) + [""]
    lines += ["/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;", "", "-- Dump completed on 2024-10-08  3:00:01"]
    (out / "shop_dump.sql").write_text("\n".join(lines) + "\n", encoding="utf-8")


def keystrokes(r: random.Random) -> list[int]:
    return [r.randint(45, 420) for _ in range(r.randint(4, 18))]


def wide_events(r: random.Random, fake: Faker, out: Path) -> None:
    """dwd_app_event_di.parquet: a Hive/ClickHouse wide table, pinyin initials for column names."""
    installs = []
    for _ in range(160):
        maker, model, market, roms, apis, res = r.choice(DEVICES)
        installs.append({
            "yhid": str(r.randint(100001, 100420)) if r.random() < 0.85 else None,
            "sbid": str(uuid.UUID(int=r.getrandbits(128), version=4)).upper(),
            "oaid": ZH3.oaid(r) if apis else None, "fbl": res, "yys": r.choice(MCC_MNC) if r.random() < 0.9 else None,
            "ip": fake.ipv4_public(), "ua": fake.user_agent() if r.random() < 0.3 else
            f"Mozilla/5.0 (Linux; Android {r.choice(['12', '13', '14'])}; {model} Build/{hexid(r, 6).upper()}; wv) "
            f"AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/{r.randint(100, 126)}.0.0.0 Mobile Safari/537.36",
            "qd": r.choice(CHANNELS),
        })
    cols: dict[str, list] = {k: [] for k in ["dt", "sjid", "yhid", "sbid", "oaid", "sjmc", "ymmc", "tlsc", "jjjg", "dl", "sfcd",
                                             "yl", "ejlx", "wllx", "yys", "sq", "fbl", "ip", "ua", "appbb", "qd", "sjsj"]}
    for i in range(680):
        d = r.choice(installs)
        t = when(r, 1)
        event = r.choice(EVENTS)
        cols["dt"].append(t.strftime("%Y-%m-%d"))
        cols["sjid"].append(hexid(r, 32))
        for k in ("yhid", "sbid", "oaid", "yys", "fbl", "ip", "ua", "qd"):
            cols[k].append(d[k])
        cols["sjmc"].append(event)
        cols["ymmc"].append(r.choice(PAGES))
        cols["tlsc"].append(r.randint(300, 180000))
        cols["jjjg"].append(keystrokes(r) if event in ("搜索商品", "发布评价") or r.random() < 0.15 else [])
        cols["dl"].append(r.randint(3, 100))
        cols["sfcd"].append(r.choice([0, 0, 0, 1]))
        cols["yl"].append(r.randint(0, 15))
        cols["ejlx"].append(r.choice(HEADSET))
        cols["wllx"].append(r.choice(NETWORKS))
        cols["sq"].append(r.choice(["+08:00", "+08:00", "Asia/Shanghai", "GMT+08:00"]))
        cols["appbb"].append(f"8.{r.randint(0, 12)}.{r.randint(0, 9)}")
        cols["sjsj"].append(int(t.timestamp() * 1000))
    types = {"jjjg": pa.list_(pa.int32()), "tlsc": pa.int64(), "dl": pa.int16(), "sfcd": pa.int8(), "yl": pa.int8(),
             "sjsj": pa.int64()}
    table = pa.table({k: pa.array(v, type=types.get(k, pa.string())) for k, v in cols.items()})
    pq.write_table(table, out / "dwd_app_event_di.parquet")


def bd09(lng: float, lat: float) -> tuple[float, float]:
    """GCJ-02 → BD-09 by the published Baidu offset formula."""
    x_pi = math.pi * 3000.0 / 180.0
    z = math.sqrt(lng * lng + lat * lat) + 0.00002 * math.sin(lat * x_pi)
    theta = math.atan2(lat, lng) + 0.000003 * math.cos(lng * x_pi)
    return z * math.cos(theta) + 0.0065, z * math.sin(theta) + 0.006


def trail(r: random.Random, fake: Faker, out: Path) -> None:
    """amap_trail.ndjson: location callbacks with reverse geocoding, as a map SDK returns them."""
    people = []
    for _ in range(60):
        place = ZH3.division(r)
        people.append((str(r.randint(100001, 100420)), hexid(r, 16), place, r.uniform(102.0, 121.5), r.uniform(22.5, 40.5)))
    records: list = []
    for i in range(560):
        uid, device, (code, prov, city, county), lng0, lat0 = r.choice(people)
        lng, lat = lng0 + r.uniform(-0.02, 0.02), lat0 + r.uniform(-0.02, 0.02)
        blng, blat = bd09(lng, lat)
        head = (city if prov == city else prov + city) + county
        doc = {
            "uid": uid, "device_id": device,
            "locate_time": when(r, 7).strftime("%Y-%m-%d %H:%M:%S"),
            "coord_type": "gcj02", "location": f"{lng:.6f},{lat:.6f}",
            "bd09": {"lng": round(blng, 6), "lat": round(blat, 6)},
            "accuracy": round(r.choice([r.uniform(5, 40), r.uniform(30, 550)]), 1),
            "loc_type": r.choice(["GPS", "WIFI", "CELL", "GPS"]),
            "speed": round(max(0.0, r.gauss(3, 4)), 1),
            "regeocode": {
                "formatted_address": head + r.choice(["", fake.last_name() + "家街道"]) + street_tail(r, fake),
                "adcode": code, "province": prov, "city": "" if prov == city else city, "district": county,
                "township": r.choice([fake.last_name(), "新城", "城关", "东湖", "西溪", "南苑"]) + r.choice(["街道", "镇", "乡"]),
            },
        }
        records.append(doc)


    write_ndjson(out / "amap_trail.ndjson", records)
def device_table(r: random.Random, fake: Faker, out: Path) -> None:
    """dim_device_info.tsv: `hive -e 'select * …' > file` output: tab-separated, header row, \\N for NULL."""
    header = ["device_id", "user_id", "oaid", "vaid", "aaid", "imei", "android_id", "manufacturer", "model", "market_name",
              "rom_version", "os_api_level", "screen_resolution", "dpi", "sim_operator", "sim_country_iso", "network",
              "battery", "charge_state", "ringer_mode", "headset", "timezone", "app_version", "first_seen"]
    rows = []
    for i in range(440):
        maker, model, market, roms, apis, res = r.choice(DEVICES)
        android = apis is not None
        headset = r.choice(HEADSET)
        rows.append([
            hexid(r, 32), str(r.randint(100001, 100420)) if r.random() < 0.8 else None,
            ZH3.oaid(r) if android else None,
            hexid(r, 16) if android and r.random() < 0.8 else None,
            str(uuid.UUID(int=r.getrandbits(128), version=4)) if android and r.random() < 0.8 else None,
            ZH3.imei(r) if android and r.random() < 0.35 else None,
            hexid(r, 16) if android else None,
            maker, model, market, r.choice(roms), str(r.choice(apis)) if android else None, res,
            str(r.choice([440, 480, 560, 640])), r.choice(MCC_MNC) if r.random() < 0.9 else None, "cn",
            r.choice(NETWORKS), f"{r.randint(2, 100)}%", r.choice(CHARGE), r.choice(RINGER),
            ("蓝牙:" + r.choice(BT_HEADSETS)) if headset == "蓝牙" else ("有线耳机" if headset == "有线" else "未连接"),
            r.choice(["GMT+08:00", "Asia/Shanghai", "GMT+08:00"]), f"8.{r.randint(0, 12)}.{r.randint(0, 9)}",
            (when(r, 400) - timedelta(days=400)).strftime("%Y-%m-%d %H:%M:%S"),
        ])
    text = "\t".join(header) + "\n" + "".join("\t".join("\\N" if v is None else v for v in row) + "\n" for row in rows)
    (out / "dim_device_info.tsv").write_text(text, encoding="utf-8")


def masked_name(name: str) -> str:
    return name[0] + "*" * (len(name) - 1)


def orders_export(r: random.Random, fake: Faker, out: Path) -> None:
    """订单导出_20241008.csv: a merchant back end's export, UTF-8 with BOM, masked phones and some masked names."""
    header = ["订单编号", "子订单编号", "买家昵称", "收货人", "手机号", "收货地址", "商品名称", "商品规格", "商品数量", "订单金额",
              "优惠金额", "支付方式", "下单时间", "支付时间", "快递公司", "快递单号", "订单状态", "订单来源", "买家留言", "商家备注", "下单IP"]
    rows: list[list] = []
    for i in range(520):
        code, prov, city, county = ZH3.division(r)
        goods, spec = r.choice(GOODS)
        placed = when(r, 3) - timedelta(days=3)
        name = fake.name()
        ip = fake.ipv4_public()
        order_no = f"{placed:%y%m%d}{r.randint(10**12, 10**13 - 1)}"
        rows.append([
            order_no, order_no + f"{r.randint(1, 3):02d}",
            ZH3.nickname(r, fake) if r.random() < 0.7 else f"tb{r.randint(10**8, 10**10)}",
            masked_name(name) if r.random() < 0.35 else name,
            ZH3.masked(fake.phone_number()),
            f"{prov} {'' if prov == city else city + ' '}{county} {street_tail(r, fake)}",
            goods, spec, r.randint(1, 3), f"{r.uniform(9.9, 6999):.2f}", f"{r.choice([0, 0, 5, 10, 20, 50]):.2f}",
            r.choice(PAY), placed.strftime("%Y-%m-%d %H:%M:%S"),
            (placed + timedelta(seconds=r.randint(5, 600))).strftime("%Y-%m-%d %H:%M:%S"),
            r.choice(EXPRESS), f"{r.choice(['SF', 'ZT', 'YT', 'YD', 'JT', 'JD'])}{r.randint(10**11, 10**13)}",
            r.choice(STATUS), r.choice(SOURCES), r.choice(BUYER_NOTES), r.choice(SELLER_NOTES),
            ip if r.random() < 0.6 else ip.rsplit(".", 2)[0] + ".*.*",
        ])


    write_csv(out / "订单导出_20241008.csv", header, rows, encoding="utf-8-sig")
def app_log(r: random.Random, fake: Faker, out: Path) -> None:
    """user-service.log: logback `%d [%thread] %-5level %logger{36} [%X{traceId} %X{uid} %X{ip}] - %msg`."""
    lines = []
    for i in range(760):
        t = (BASE + timedelta(milliseconds=i * 4700 + r.randint(0, 4000))).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        uid = str(r.randint(100001, 100420))
        ip = fake.ipv4_public()
        code, prov, city, county = ZH3.division(r)
        maker, model, market, roms, apis, res = r.choice(DEVICES)
        thread = r.choice([f"http-nio-8080-exec-{r.randint(1, 200)}", f"XNIO-1 task-{r.randint(1, 64)}", "main",
                           f"pool-2-thread-{r.randint(1, 8)}"])
        pick = r.random()
        if pick < 0.16:
            level, logger = "INFO", "c.m.user.service.impl.LoginServiceImpl"
            msg = f"用户登录成功，手机号：{ZH3.masked(fake.phone_number())}，登录方式：{r.choice(LOGIN_WAYS)}，耗时{r.randint(20, 900)}ms"
        elif pick < 0.3:
            level, logger = "INFO", "c.m.device.controller.DeviceReportController"
            msg = (f"设备信息上报：厂商={maker}，型号={model}，系统={r.choice(roms)}，运营商={r.choice(MCC_MNC)}，"
                   f"网络={r.choice(NETWORKS[:6])}，分辨率={res}")
        elif pick < 0.42:
            level, logger = "DEBUG", "c.m.lbs.service.LocationService"
            lng, lat = r.uniform(102, 121.5), r.uniform(22.5, 40.5)
            msg = (f"逆地理编码完成，坐标({lng:.6f},{lat:.6f})[GCJ-02] → adcode={code}，"
                   f"地址：{(city if prov == city else prov + city) + county}{street_tail(r, fake)}")
        elif pick < 0.54:
            level, logger = "INFO", "c.m.order.service.impl.OrderServiceImpl"
            msg = (f"创建订单成功，订单号：{r.randint(10**17, 10**18 - 1)}，收货人：{fake.name()}，"
                   f"联系电话：{ZH3.masked(fake.phone_number())}，收货城市：{city}")
        elif pick < 0.64:
            level, logger = "WARN", "c.m.device.service.BatteryMonitor"
            msg = f"电量过低提醒：当前电量{r.randint(1, 19)}%，{r.choice(['未充电', '未充电', '充电中'])}，已降低上报频率"
        elif pick < 0.74:
            level, logger = "INFO", "c.m.ad.sdk.MsaIdHelper"
            msg = f"获取OAID成功：{ZH3.oaid(r)}，VAID：{hexid(r, 16)}，isSupported=true"
        elif pick < 0.82:
            level, logger = "ERROR", "c.m.user.service.impl.RealNameServiceImpl"
            b = born(r)
            msg = f"实名认证失败：姓名与身份证号不一致，身份证号：{ZH3.resident_id(r, code, b)}，请用户重新提交"
        elif pick < 0.9:
            level, logger = "INFO", "c.m.device.service.AudioRouteService"
            msg = f"音频输出切换：{r.choice(['扬声器 → 蓝牙耳机 ' + r.choice(BT_HEADSETS), '蓝牙耳机 → 扬声器', '扬声器 → 有线耳机'])}"
        else:
            level, logger = "ERROR", "c.m.common.web.GlobalExceptionHandler"
            msg = f"请求处理异常：java.net.SocketTimeoutException: Read timed out，接口=/api/v3/user/profile，用户={uid}"
        mdc = f"[traceId={hexid(r, 16)} uid={uid if r.random() < 0.9 else ''} ip={ip}]"
        lines.append(f"{t} [{thread}] {level:<5} {logger} {mdc} - {msg}")
    (out / "user-service.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [mysql_dump, wide_events, trail, device_table, orders_export, app_log]


def generate(out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for i, gen in enumerate(GENERATORS):
        gen(random.Random(seed * 1000 + i), faker(seed * 1000 + i), out)


def dump_columns(path: Path) -> dict[str, set[str]]:
    """Column names per table of the dump, read from its CREATE TABLE blocks (no SQL parser needed here)."""
    tables: dict[str, set[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("CREATE TABLE `"):
            current = line.split("`")[1]
            tables[current] = set()
        elif current and line.startswith("  `"):
            tables[current].add(line.split("`")[1])
        elif line.startswith(")"):
            current = None
    return tables


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    fields: dict[str, set[str]] = dump_columns(out / "shop_dump.sql")
    fields["dwd_app_event_di.parquet"] = set(pq.read_schema(out / "dwd_app_event_di.parquet").names)
    keys: set[str] = set()
    with (out / "amap_trail.ndjson").open(encoding="utf-8") as fh:
        for line in fh:
            for k, v in json.loads(line).items():
                keys.update(f"{k}.{kk}" for kk in v) if isinstance(v, dict) else keys.add(k)
    fields["amap_trail.ndjson"] = keys
    with (out / "dim_device_info.tsv").open(encoding="utf-8") as fh:
        fields["dim_device_info.tsv"] = set(fh.readline().rstrip("\n").split("\t"))
    with (out / "订单导出_20241008.csv").open(encoding="utf-8-sig", newline="") as fh:
        fields["订单导出_20241008.csv"] = set(next(csv.reader(fh)))
    return check_labels(out, fields, labels, ("user-service.log",))


def main() -> int:
    return generate_main(__doc__, generate, verify, 20241008, HERE / "labels.csv")


if __name__ == "__main__":
    sys.exit(main())
