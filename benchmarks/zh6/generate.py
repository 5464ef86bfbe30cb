"""Generate the sixth Chinese benchmark (benchmarks/zh6), in styles zh … zh5 do not use.

usage: python benchmarks/zh6/generate.py OUT_DIR [--seed N] [--verify]

Five tables of users, devices, locations, orders and interaction events, and an application
log, as a Chinese app's back end keeps them in stores and formats the earlier sets left out:

- `mongo_users.json`: a **mongoexport** of a users collection (one extended-JSON document per
  line: `{"$oid": …}`, `{"$date": …}`, `{"$numberLong": …}`) whose keys are Chinese
  (`登录名`, `昵称`, `身份证号`, `所在地.省份`), with Spring Data's `_class`, a nested WeChat
  identity (`微信.openid`, `微信.unionid`) and an array of shipping addresses;
- `device_center.sql.gz`: a gzipped **pg_dump** (plain format) of `t_device` and
  `t_device_login`: terse English column names (`did`, `bat`, `chg`, `vol`, `hs_type`) whose
  meaning is only in `COMMENT ON COLUMN … IS '电量百分比'`, numeric user ids, hex device ids,
  installed packages as one text, a PostgreSQL `inet` login address;
- `ods_sdk_location_di.parquet`: a data-warehouse **ODS layer** table (`ods_…_di`, a `ds`
  partition) of SDK location reports with pinyin administrative levels (`sheng`, `shi`, `qu`,
  `jiedao`), a telephone area code (`citycode`), POI names and 7-character geohashes;
- `订单明细_2024Q4.xlsx`: a merchant back end's **Excel export**: a title row above the header,
  phone numbers stored as numbers, landlines, cross-border orders with the buyer's identity
  number for customs clearance;
- `wxapp_events.ndjson`: a **WeChat mini-program** tracking SDK's events: `openid`/`unionid`,
  scene values (1001, 1089 …), `pages/…` paths, `wx.getSystemInfo` (`model` as
  `iPhone 14 Pro<iPhone15,2>`, `screenWidth` in logical pixels), `wx.getBatteryInfo`,
  `wx.getNetworkType`, `wx.getLocation` (GCJ-02) and the old `userInfo` (nickname, English
  province and city);
- `sls-order-service.log`: an **Alibaba Cloud SLS (Logtail)** JSON-lines export: `__time__`,
  `__source__`, `__tag__:__hostname__` … and Chinese messages that carry the personal data.

Values are drawn from public data that datamap's recognizers do not ship: person names, mobile
numbers, user names, e-mail addresses and IPv4 addresses from Faker's zh_CN locale data (MIT);
GB/T 2260 divisions and resident identity numbers with stdnum's ISO 7064 check (python-stdnum,
LGPL, through benchmarks/zh3's generator); devices, packages, POIs, scenes, events and messages
written for this benchmark. Telephone area codes of the municipalities and provincial capitals
are public numbering (MIIT).

Deterministic: the same seed and Faker version give the same values (the xlsx zip container
carries openpyxl's own timestamps). --verify checks that every generated field has a label and
every label names a generated field.
"""
from __future__ import annotations

import gzip
import json
import random
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from zhwriters import write_ndjson  # noqa: E402
from labelcheck import check_labels, generate_main, load_generator  # noqa: E402
BASE = datetime(2024, 11, 18, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock


ZH3 = load_generator("zh3")  # GB/T 2260 divisions, identity numbers, addresses, OAIDs, IMEIs, nicknames

# (brand, model, WeChat's model string, system strings, logical screen w x h, physical w x h)
PHONES = [
    ("HUAWEI", "ALN-AL00", "HUAWEI ALN-AL00", ["HarmonyOS 4.2.0", "HarmonyOS 4.0.0"], (412, 892), (1260, 2720)),
    ("Xiaomi", "23127PN0CC", "Xiaomi 23127PN0CC", ["Android 14", "Android 13"], (393, 873), (1200, 2670)),
    ("OPPO", "PJZ110", "OPPO PJZ110", ["Android 14"], (412, 915), (1264, 2780)),
    ("vivo", "V2309A", "vivo V2309A", ["Android 14", "Android 13"], (400, 889), (1260, 2800)),
    ("HONOR", "ALI-AN00", "HONOR ALI-AN00", ["MagicOS 8.0", "Android 14"], (408, 904), (1224, 2700)),
    ("Redmi", "23013RK75C", "Redmi 23013RK75C", ["Android 13"], (393, 873), (1220, 2712)),
    ("Apple", "iPhone15,2", "iPhone 14 Pro<iPhone15,2>", ["iOS 17.5.1", "iOS 16.6"], (393, 852), (1179, 2556)),
    ("Apple", "iPhone16,2", "iPhone 15 Pro Max<iPhone16,2>", ["iOS 17.6.1", "iOS 18.1"], (430, 932), (1290, 2796)),
    ("Apple", "iPhone12,1", "iPhone 11<iPhone12,1>", ["iOS 16.7.2", "iOS 17.5.1"], (414, 896), (828, 1792)),
]
CARRIERS = ["中国移动", "中国联通", "中国电信", "中国移动", "中国广电", "未知"]
NETS = ["WIFI", "WIFI", "5G", "4G", "4G", "3G", "无网络"]
WX_NETS = ["wifi", "wifi", "5g", "4g", "4g", "3g", "unknown", "none"]
CHANNELS = ["huawei", "xiaomi", "oppo", "vivo", "honor", "yingyongbao", "appstore", "360", "baidu", "official"]
LEVELS = ["普通会员", "白银会员", "黄金会员", "铂金会员", "黑钻会员"]
USER_TYPES = ["个人买家", "个人买家", "个人买家", "企业买家", "入驻商家", "达人", "团长"]
SIGNATURES = ["生活明朗，万物可爱", "", "", "在努力变好的路上", "吃货一枚，热爱探店", "宝妈，只分享用过的好物", "数码控",
              "跑步十年，马拉松完赛七次", "低调做人", "家住西湖边，喜欢拍照"]
TAGS = ["数码", "美妆", "母婴", "运动", "美食", "家居", "图书", "宠物", "旅行"]
PACKAGES = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao",
            "com.xunmeng.pinduoduo", "com.sankuai.meituan", "com.autonavi.minimap", "tv.danmaku.bili",
            "com.xingin.xhs", "com.jingdong.app.mall", "com.tencent.qqmusic", "com.baidu.netdisk", "com.smile.gifmaker"]
BT_AUDIO = ["HUAWEI FreeBuds Pro 3", "Xiaomi Buds 4 Pro", "OPPO Enco X2", "AirPods Pro", "漫步者 W820NB", "vivo TWS 3"]
TIMEZONES = ["Asia/Shanghai", "GMT+08:00", "Asia/Shanghai", "Asia/Chongqing", "GMT+08:00"]
LOGIN_TYPES = ["sms", "password", "wechat", "onekey", "apple"]
# provincial capitals and municipalities: (province, city, area code, centre lng, lat, pinyin province, pinyin city)
CITIES = [
    ("北京市", "北京市", "010", 116.407, 39.904, "Beijing", "Beijing"), ("上海市", "上海市", "021", 121.473, 31.230, "Shanghai", "Shanghai"),
    ("广东省", "广州市", "020", 113.264, 23.129, "Guangdong", "Guangzhou"), ("广东省", "深圳市", "0755", 114.057, 22.543, "Guangdong", "Shenzhen"),
    ("浙江省", "杭州市", "0571", 120.155, 30.274, "Zhejiang", "Hangzhou"), ("四川省", "成都市", "028", 104.066, 30.572, "Sichuan", "Chengdu"),
    ("湖北省", "武汉市", "027", 114.305, 30.593, "Hubei", "Wuhan"), ("江苏省", "南京市", "025", 118.797, 32.060, "Jiangsu", "Nanjing"),
    ("陕西省", "西安市", "029", 108.940, 34.341, "Shaanxi", "Xi'an"), ("重庆市", "重庆市", "023", 106.551, 29.563, "Chongqing", "Chongqing"),
    ("天津市", "天津市", "022", 117.200, 39.084, "Tianjin", "Tianjin"), ("湖南省", "长沙市", "0731", 112.939, 28.228, "Hunan", "Changsha"),
]
POI_BRANDS = ["星巴克", "瑞幸咖啡", "肯德基", "麦当劳", "盒马鲜生", "万达广场", "华润万象城", "永辉超市", "海底捞", "中国石化加油站"]
POI_PLACES = ["火车东站", "人民医院", "第一中学", "软件园", "体育中心", "地铁站A口", "图书馆", "大学城"]
SCENES = [1001, 1001, 1089, 1007, 1008, 1011, 1047, 1037, 1038, 1053, 1256, 1145]
WX_PAGES = ["pages/index/index", "pages/goods/detail", "pages/cart/cart", "pages/order/confirm", "pages/order/list",
            "pages/user/center", "pages/coupon/receive", "pages/live/room", "pages/search/result"]
WX_EVENTS = ["page_view", "tap_goods", "add_to_cart", "submit_order", "pay_success", "share_app_message", "receive_coupon",
             "enter_live_room", "search"]
GOODS = [("华为 Mate 60 Pro", "12GB+512GB 雅丹黑", 6999.0), ("小米14", "16GB+1TB 白色", 4999.0), ("三只松鼠 每日坚果", "750g/30袋", 129.0),
         ("安踏 C202 跑鞋", "42码 黑白", 459.0), ("a2 至初 婴儿奶粉", "3段 900g", 298.0), ("Swisse 鱼油", "400粒", 239.0),
         ("资生堂 红腰子精华", "50ml", 720.0), ("九阳 豆浆机", "DJ13B-D08D", 399.0), ("良品铺子 牛肉干", "200g 麻辣", 39.9)]
CROSS_BORDER = {"a2 至初 婴儿奶粉", "Swisse 鱼油", "资生堂 红腰子精华"}
PAY = ["微信支付", "支付宝", "云闪付", "花呗分期"]
STATUS = ["待付款", "待发货", "已发货", "已完成", "已关闭", "退款中"]
NOTES = ["", "", "", "请尽快发货", "不要放驿站，送货上门", "周末送，工作日不在家", "礼物，请不要放价格单", "帮忙检查一下再发货",
         "发票开公司抬头"]
HOSTS = ["order-svc-7d9f8c6b5-x2kqp", "order-svc-7d9f8c6b5-m8zrt", "order-svc-7d9f8c6b5-q4nvw"]


def faker(seed: int) -> Faker:
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return fake


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def hexid(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def born(r: random.Random) -> date:
    return date(1960, 1, 1) + timedelta(days=r.randint(0, 365 * 46))


def login_name(r: random.Random, fake: Faker) -> str:
    pick = r.random()
    if pick < 0.45:
        return fake.user_name() + (str(r.randint(1, 99)) if r.random() < 0.5 else "")
    if pick < 0.7:
        return f"{fake.romanized_name().replace(' ', '').lower()}_{r.randint(1980, 2006)}"
    if pick < 0.85:
        return fake.phone_number()
    return f"jd_{hexid(r, 8)}"


def openid(r: random.Random) -> str:
    """WeChat openids: 28 characters beginning `o`, base64url-like."""
    return "o" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(27))


def oid(r: random.Random, at: datetime) -> str:
    return f"{int(at.timestamp()):08x}" + hexid(r, 16)


def mongo_date(at: datetime) -> dict:
    return {"$date": at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"}


def people(r: random.Random, fake: Faker, n: int) -> list[dict]:
    """The app's users, shared by the tables so that ids recur across them as in a real back end."""
    out = []
    for i in range(n):
        place = ZH3.division(r)
        b = born(r)
        out.append({
            "uid": 800000000 + r.randint(1, 99_999_999), "name": fake.name(), "phone": fake.phone_number(),
            "place": place, "born": b, "ric": ZH3.resident_id(r, place[0], b), "openid": openid(r),
            "unionid": "o" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(27)),
            "city": r.choice(CITIES),
        })
    return out


def mongo_users(r: random.Random, fake: Faker, out: Path, users: list[dict]) -> None:
    """mongo_users.json: `mongoexport --collection=user` output, canonical extended JSON, one document a line."""
    records: list = []
    for u in users:
        created = when(r, 600) - timedelta(days=600)
        _, prov, city, _ = u["place"]
        doc: dict = {
            "_id": {"$oid": oid(r, created)},
            "用户ID": {"$numberLong": str(u["uid"])},
            "登录名": login_name(r, fake),
            "昵称": ZH3.nickname(r, fake),
            "真实姓名": u["name"] if r.random() < 0.7 else "",
            "手机号码": u["phone"],
            "身份证号": u["ric"] if r.random() < 0.6 else None,
            "出生日期": mongo_date(datetime(u["born"].year, u["born"].month, u["born"].day, tzinfo=timezone(timedelta(hours=8)))),
            "性别": r.choice(["男", "女", "未知"]),
            "邮箱": fake.free_email() if r.random() < 0.5 else "",
            "所在地": {"省份": prov, "城市": city},
            "身份类型": r.choice(USER_TYPES),
            "所属行业": r.choice(ZH3.INDUSTRIES) if r.random() < 0.6 else "",
            "会员等级": r.choice(LEVELS),
            "注册渠道": r.choice(CHANNELS),
            "个性签名": r.choice(SIGNATURES),
            "兴趣标签": r.sample(TAGS, r.randint(0, 3)),
            "微信": {"openid": u["openid"], "unionid": u["unionid"]} if r.random() < 0.75 else None,
            "收货地址": [
                {"收件人": u["name"] if k == 0 else fake.name(), "电话": u["phone"] if k == 0 else fake.phone_number(),
                 "详细地址": ZH3.address(r, fake), "是否默认": k == 0}
                for k in range(r.choice([0, 1, 1, 2, 3]))
            ],
            "注册IP": fake.ipv4_public(),
            "创建时间": mongo_date(created),
            "更新时间": mongo_date(created + timedelta(days=r.randint(0, 500))),
            "_class": "com.shop.user.entity.UserDO",
        }
        if doc["微信"] is None:
            del doc["微信"]
        records.append(doc)


    write_ndjson(out / "mongo_users.json", records)
def pg_text(value) -> str:
    """A value as pg_dump's COPY text format writes it."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


DEVICE_COLUMNS = [
    ("id", "bigint NOT NULL", "主键"),
    ("uid", "bigint", "用户编号"),
    ("did", "character varying(32) NOT NULL", "设备唯一标识"),
    ("oaid", "character varying(64)", "匿名设备标识符（移动安全联盟）"),
    ("brand", "character varying(32)", "手机品牌"),
    ("mdl", "character varying(64)", "机型"),
    ("sys_ver", "character varying(64)", "系统版本"),
    ("scr_w", "integer", "屏幕宽度（像素）"),
    ("scr_h", "integer", "屏幕高度（像素）"),
    ("bat", "smallint", "电量百分比"),
    ("chg", "smallint", "是否充电：0否 1是"),
    ("vol", "smallint", "媒体音量（0-15）"),
    ("hs_type", "smallint", "耳机类型：0未连接 1有线 2蓝牙"),
    ("bt_name", "character varying(64)", "蓝牙设备名称"),
    ("net", "character varying(16)", "网络类型"),
    ("isp", "character varying(16)", "运营商"),
    ("tz", "character varying(32)", "时区"),
    ("lang", "character varying(16)", "系统语言"),
    ("apps", "text", "已安装应用包名，逗号分隔"),
    ("channel", "character varying(32)", "下载渠道"),
    ("app_ver", "character varying(16)", "应用版本号"),
    ("first_active", "timestamp without time zone", "首次激活时间"),
]
LOGIN_COLUMNS = [
    ("id", "bigint NOT NULL", "主键"),
    ("uid", "bigint NOT NULL", "用户编号"),
    ("did", "character varying(32)", "设备唯一标识"),
    ("login_ip", "inet", "登录IP"),
    ("login_type", "character varying(16)", "登录方式"),
    ("login_at", "timestamp with time zone", "登录时间"),
    ("success", "boolean", "是否成功"),
]


def pg_table(name: str, columns: list, comment: str, rows: list[list]) -> list[str]:
    lines = [f"CREATE TABLE public.{name} (", ",\n".join(f"    {c} {t}" for c, t, _ in columns), ");", "",
             f"ALTER TABLE public.{name} OWNER TO app;", "", f"COMMENT ON TABLE public.{name} IS '{comment}';", ""]
    for c, _, text in columns:
        lines += [f"COMMENT ON COLUMN public.{name}.{c} IS '{text}';", ""]
    data = [f"COPY public.{name} ({', '.join(c for c, _, _ in columns)}) FROM stdin;"]
    data += ["\t".join(pg_text(v) for v in row) for row in rows]
    data += ["\\.", ""]
    return lines, data


def device_dump(r: random.Random, fake: Faker, out: Path, users: list[dict]) -> None:
    """device_center.sql.gz: `pg_dump --no-owner device_center | gzip`, plain format with COPY blocks."""
    devices, logins = [], []
    for i in range(1, 601):
        brand, model, _, systems, _, (pw, ph) = r.choice(PHONES)
        android = brand != "Apple"
        hs = r.choice([0, 0, 0, 1, 2, 2])
        u = r.choice(users)
        did = hexid(r, 16) if android else hexid(r, 32).upper()
        devices.append([
            i, u["uid"] if r.random() < 0.9 else None, did,
            ZH3.oaid(r) if android and r.random() < 0.85 else None,
            brand, model, r.choice(systems), pw, ph,
            r.randint(1, 100), r.choice([0, 0, 1]), r.randint(0, 15), hs,
            r.choice(BT_AUDIO) if hs == 2 else None,
            r.choice(NETS), r.choice(CARRIERS), r.choice(TIMEZONES), r.choice(["zh-CN", "zh_CN", "zh-Hans-CN", "en-US"]),
            ",".join(r.sample(PACKAGES, r.randint(3, 8))) if android else None,
            r.choice(CHANNELS) if android else "appstore", f"5.{r.randint(0, 12)}.{r.randint(0, 9)}",
            (when(r, 500) - timedelta(days=500)).strftime("%Y-%m-%d %H:%M:%S"),
        ])
    for i in range(1, 901):
        dev = r.choice(devices)
        uid = dev[1] or r.choice(users)["uid"]
        logins.append([
            i, uid, dev[2], fake.ipv4_public() if r.random() < 0.9 else fake.ipv6(), r.choice(LOGIN_TYPES),
            when(r, 60).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + "+08", r.random() < 0.93,
        ])
    head = ["--", "-- PostgreSQL database dump", "--", "", "-- Dumped from database version 15.6", "-- Dumped by pg_dump version 15.6",
            "", "SET statement_timeout = 0;", "SET lock_timeout = 0;", "SET client_encoding = 'UTF8';",
            "SET standard_conforming_strings = on;", "SELECT pg_catalog.set_config('search_path', '', false);",
            "SET check_function_bodies = false;", "SET client_min_messages = warning;", "", "SET default_tablespace = '';", "",
            "SET default_table_access_method = heap;", ""]
    d_ddl, d_data = pg_table("t_device", DEVICE_COLUMNS, "设备信息表", devices)
    l_ddl, l_data = pg_table("t_device_login", LOGIN_COLUMNS, "设备登录记录", logins)
    body = head + ["--", "-- Name: t_device; Type: TABLE; Schema: public; Owner: app", "--", ""] + d_ddl
    body += ["--", "-- Name: t_device_login; Type: TABLE; Schema: public; Owner: app", "--", ""] + l_ddl
    body += ["--", "-- Data for Name: t_device; Type: TABLE DATA; Schema: public; Owner: app", "--", ""] + d_data
    body += ["--", "-- Data for Name: t_device_login; Type: TABLE DATA; Schema: public; Owner: app", "--", ""] + l_data
    body += ["ALTER TABLE ONLY public.t_device", "    ADD CONSTRAINT t_device_pkey PRIMARY KEY (id);", "",
             "CREATE INDEX idx_device_uid ON public.t_device USING btree (uid);", "", "--", "-- PostgreSQL database dump complete",
             "--", ""]
    with gzip.GzipFile(out / "device_center.sql.gz", "wb", mtime=0) as fh:
        fh.write("\n".join(body).encode("utf-8"))


GEOHASH = "0123456789bcdefghjkmnpqrstuvwxyz"


def geohash(lat: float, lng: float, n: int = 7) -> str:
    lat_r, lng_r, bits, out, even, ch = [-90.0, 90.0], [-180.0, 180.0], 0, [], True, 0
    while len(out) < n:
        rng, v = (lng_r, lng) if even else (lat_r, lat)
        mid = (rng[0] + rng[1]) / 2
        if v >= mid:
            ch, rng[0] = ch * 2 + 1, mid
        else:
            ch, rng[1] = ch * 2, mid
        even, bits = not even, bits + 1
        if bits == 5:
            out.append(GEOHASH[ch])
            bits, ch = 0, 0
    return "".join(out)


def ods_location(r: random.Random, fake: Faker, out: Path, users: list[dict]) -> None:
    """ods_sdk_location_di.parquet: the SDK's raw location reports landed in the warehouse's ODS layer."""
    cols: dict[str, list] = {k: [] for k in [
        "uid", "lng", "lat", "coord_type", "acc", "alt", "spd", "provider", "sheng", "shi", "qu", "jiedao", "adcode",
        "citycode", "poi_name", "geohash", "report_ts", "sdk_ver", "ds"]}
    for i in range(640):
        u = r.choice(users)
        prov, city, area, lng0, lat0, _, _ = u["city"]
        lng, lat = lng0 + r.uniform(-0.15, 0.15), lat0 + r.uniform(-0.12, 0.12)
        inside = [d for d in ZH3.DIVISIONS if d[1] == prov and d[2] == city]
        code = r.choice(inside) if inside else ZH3.division(r)
        at = when(r, 3)
        cols["uid"].append(u["uid"])
        cols["lng"].append(round(lng, 6))
        cols["lat"].append(round(lat, 6))
        cols["coord_type"].append(r.choice(["gcj02", "gcj02", "wgs84", "bd09ll"]))
        cols["acc"].append(round(r.choice([r.uniform(3, 35), r.uniform(35, 800)]), 1))
        cols["alt"].append(round(r.uniform(2, 600), 1) if r.random() < 0.7 else None)
        cols["spd"].append(round(max(0.0, r.gauss(2, 3)), 2))
        cols["provider"].append(r.choice(["gps", "network", "wifi", "cell"]))
        cols["sheng"].append(prov)
        cols["shi"].append(city)
        cols["qu"].append(code[3])
        cols["jiedao"].append(r.choice([fake.last_name() + "家", "城关", "东湖", "西溪", "南苑", "新华", "解放"]) + r.choice(["街道", "镇", "街道"]))
        cols["adcode"].append(code[0])
        cols["citycode"].append(area)
        cols["poi_name"].append(f"{r.choice(POI_BRANDS)}({city[:-1]}{r.choice(POI_PLACES)}店)" if r.random() < 0.6
                                else f"{city[:-1]}{r.choice(POI_PLACES)}")
        cols["geohash"].append(geohash(lat, lng))
        cols["report_ts"].append(int(at.timestamp() * 1000))
        cols["sdk_ver"].append(f"3.{r.randint(0, 4)}.{r.randint(0, 9)}")
        cols["ds"].append(at.strftime("%Y%m%d"))
    schema = pa.schema([("uid", pa.int64()), ("lng", pa.float64()), ("lat", pa.float64()), ("coord_type", pa.string()),
                        ("acc", pa.float64()), ("alt", pa.float64()), ("spd", pa.float64()), ("provider", pa.string()),
                        ("sheng", pa.string()), ("shi", pa.string()), ("qu", pa.string()), ("jiedao", pa.string()),
                        ("adcode", pa.string()), ("citycode", pa.string()), ("poi_name", pa.string()), ("geohash", pa.string()),
                        ("report_ts", pa.int64()), ("sdk_ver", pa.string()), ("ds", pa.string())])
    pq.write_table(pa.table(cols, schema=schema), out / "ods_sdk_location_di.parquet")


ORDER_HEADER = ["订单编号", "下单时间", "买家账号", "收货人姓名", "联系电话", "省份", "城市", "区县", "详细地址", "邮政编码", "商品名称",
                "商品规格", "数量", "实付金额", "支付方式", "支付单号", "订购人身份证号", "买家备注", "订单状态", "快递单号"]


def orders_xlsx(r: random.Random, fake: Faker, out: Path, users: list[dict]) -> None:
    """订单明细_2024Q4.xlsx: one sheet, a title row, then the header and the orders."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "订单明细"
    ws.append(["订单明细导出（2024-10-01 至 2024-12-31）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ORDER_HEADER))
    ws.append(ORDER_HEADER)
    for i in range(480):
        u = r.choice(users)
        placed = when(r, 40) - timedelta(days=40)
        goods, spec, price = r.choice(GOODS)
        qty = r.choice([1, 1, 1, 2, 3])
        code, prov, city, county = ZH3.division(r)
        addr = ZH3.address(r, fake, (code, prov, city, county))
        street = addr.split(county, 1)[-1]
        pick = r.random()
        phone: object = int(u["phone"]) if pick < 0.6 else (u["phone"] if pick < 0.85
                                                            else f"{r.choice(CITIES)[2]}-{r.randint(5000000, 89999999)}")
        ws.append([
            f"{placed:%Y%m%d}{r.randint(10**9, 10**10 - 1)}", placed.replace(tzinfo=None),
            u["openid"] if r.random() < 0.3 else login_name(r, fake),
            u["name"] if r.random() < 0.8 else fake.name(), phone,
            prov, city, county, street, fake.postcode(), goods, spec, qty, round(price * qty - r.choice([0, 0, 5, 10]), 2),
            r.choice(PAY), f"4200{r.randint(10**23, 10**24 - 1)}",
            u["ric"] if goods in CROSS_BORDER else None, r.choice(NOTES), r.choice(STATUS),
            f"{r.choice(['SF', 'YT', 'ZTO', 'JD'])}{r.randint(10**11, 10**13)}",
        ])
    wb.properties.created = BASE.replace(tzinfo=None)
    wb.properties.modified = BASE.replace(tzinfo=None)
    wb.save(out / "订单明细_2024Q4.xlsx")


def wx_ua(r: random.Random, brand: str, model: str, system: str) -> str:
    net = r.choice(["WIFI", "4G", "5G"])
    if brand == "Apple":
        ios = system.split()[1].replace(".", "_")
        return (f"Mozilla/5.0 (iPhone; CPU iPhone OS {ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
                f"MicroMessenger/8.0.{r.randint(40, 50)}(0x18002{r.randint(0, 0xfff):03x}) NetType/{net} Language/zh_CN")
    return (f"Mozilla/5.0 (Linux; Android {r.choice([13, 14])}; {model} Build/{model[:3]}; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Version/4.0 Chrome/{r.choice([111, 116, 122])}.0.0.0 Mobile Safari/537.36 XWEB/{r.randint(1100000, 1300000)} "
            f"MMWEBSDK/20240301 MMWEBID/{r.randint(1000, 9999)} MicroMessenger/8.0.{r.randint(40, 50)}.2560(0x28003{r.randint(100, 999)}) "
            f"WeChat/arm64 Weixin NetType/{net} Language/zh_CN ABI/arm64 miniProgram/wx{hexid(r, 16)}")


def wx_events(r: random.Random, fake: Faker, out: Path, users: list[dict]) -> None:
    """wxapp_events.ndjson: events a mini-program's tracking SDK posts, with wx.* API results attached."""
    appid = "wx" + hexid(r, 16)
    records: list = []
    for i in range(700):
        u = r.choice(users)
        brand, model, wx_model, systems, (sw, sh), _ = r.choice(PHONES)
        system = r.choice(systems)
        _, _, _, lng0, lat0, pprov, pcity = u["city"]
        ev = r.choice(WX_EVENTS)
        doc = {
            "appid": appid, "openid": u["openid"], "unionid": u["unionid"] if r.random() < 0.8 else "",
            "event": ev, "scene": r.choice(SCENES), "page": r.choice(WX_PAGES),
            "referrer_page": r.choice(WX_PAGES + [""]), "stay_ms": r.randint(300, 180000),
            "event_time": int(when(r, 7).timestamp() * 1000), "sid": hexid(r, 32),
            "client_ip": fake.ipv4_public(), "user_agent": wx_ua(r, brand, model, system),
            "system_info": {"brand": "iPhone" if brand == "Apple" else brand, "model": wx_model, "system": system,
                            "platform": "ios" if brand == "Apple" else "android", "version": f"8.0.{r.randint(40, 50)}",
                            "SDKVersion": f"3.{r.randint(3, 6)}.{r.randint(0, 9)}", "language": "zh_CN",
                            "screenWidth": sw, "screenHeight": sh, "pixelRatio": 3 if brand == "Apple" else r.choice([2.75, 3, 3.5]),
                            "windowHeight": sh - r.choice([88, 100, 136])},
            "battery": {"level": r.randint(1, 100), "isCharging": r.random() < 0.25},
            "network": {"networkType": r.choice(WX_NETS), "signalStrength": r.randint(-110, -50)},
            "location": ({"latitude": round(lat0 + r.uniform(-0.1, 0.1), 6), "longitude": round(lng0 + r.uniform(-0.1, 0.1), 6),
                          "accuracy": r.choice([30, 65, 100, 550]), "speed": -1} if r.random() < 0.6 else None),
            "userInfo": {"nickName": ZH3.nickname(r, fake) if r.random() < 0.5 else u["name"], "gender": r.choice([0, 1, 2]),
                         "province": pprov, "city": pcity, "country": "China",
                         "avatarUrl": f"https://thirdwx.qlogo.cn/mmopen/vi_32/{hexid(r, 40)}/132"},
        }
        if doc["location"] is None:
            del doc["location"]
        records.append(doc)


    write_ndjson(out / "wxapp_events.ndjson", records)
def sls_log(r: random.Random, fake: Faker, out: Path, users: list[dict]) -> None:
    """sls-order-service.log: Logtail-collected Java logs as an SLS JSON export, one object a line."""
    lines = []
    for i in range(720):
        at = BASE + timedelta(milliseconds=i * 5300 + r.randint(0, 5000))
        u = r.choice(users)
        _, city, _, lng0, lat0, _, _ = u["city"]
        brand, model, _, systems, _, (pw, ph) = r.choice(PHONES)
        pick = r.random()
        level, logger = "INFO", "com.shop.order.service.impl.OrderServiceImpl"
        if pick < 0.2:
            addr = ZH3.address(r, fake)
            msg = (f"下单成功 orderNo={at:%Y%m%d}{r.randint(10**9, 10**10 - 1)} 用户ID={u['uid']} 收货人={u['name']} "
                   f"联系电话={u['phone']} 收货地址={addr} 实付={r.uniform(9, 7000):.2f}")
        elif pick < 0.34:
            logger = "com.shop.lbs.LocationReportHandler"
            msg = f"位置上报 uid={u['uid']} 经度={lng0 + r.uniform(-0.1, 0.1):.6f} 纬度={lat0 + r.uniform(-0.1, 0.1):.6f} 城市={city}"
        elif pick < 0.5:
            logger = "com.shop.device.DeviceInfoInterceptor"
            msg = (f"设备信息 uid={u['uid']} 品牌={brand} 型号={model} 系统={r.choice(systems)} 网络={r.choice(NETS)} "
                   f"运营商={r.choice(CARRIERS[:5])} 电量={r.randint(1, 100)}% 屏幕={pw}x{ph}")
        elif pick < 0.62:
            logger = "com.shop.pay.WxPayNotifyController"
            msg = f"微信支付回调 openid={u['openid']} transaction_id=4200{r.randint(10**23, 10**24 - 1)} total_fee={r.randint(990, 699900)}"
        elif pick < 0.76:
            logger = "com.shop.user.LoginController"
            msg = f"用户登录 手机号={u['phone']} 客户端IP={fake.ipv4_public()} 登录方式={r.choice(LOGIN_TYPES)}"
        elif pick < 0.84:
            level, logger = "WARN", "com.shop.customs.ClearanceService"
            msg = f"跨境订单实名校验失败 订购人={u['name']} 身份证号={u['ric']} 原因=姓名与身份证号不匹配"
        else:
            level, logger = r.choice(["INFO", "ERROR"]), "com.shop.order.job.OrderCloseJob"
            msg = f"关闭超时未支付订单 {r.randint(1, 40)} 笔，耗时 {r.randint(20, 900)}ms"
        lines.append(json.dumps({
            "__time__": int(at.timestamp()), "__topic__": "order-service", "__source__": f"172.16.{r.randint(0, 3)}.{r.randint(2, 250)}",
            "__tag__:__hostname__": r.choice(HOSTS), "__tag__:__path__": "/home/admin/logs/order-service/app.log",
            "__tag__:__receive_time__": str(int(at.timestamp()) + r.randint(0, 2)),
            "time": at.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], "level": level,
            "thread": f"http-nio-8080-exec-{r.randint(1, 200)}", "logger": logger,
            "traceId": hexid(r, 32), "message": msg,
        }, ensure_ascii=False))
    (out / "sls-order-service.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [mongo_users, device_dump, ods_location, orders_xlsx, wx_events, sls_log]


def generate(out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    r = random.Random(seed)
    users = people(r, faker(seed), 380)
    for i, gen in enumerate(GENERATORS):
        gen(random.Random(seed * 1000 + i), faker(seed * 1000 + i), out, users)


def json_paths(doc: dict, prefix: str = "") -> set[str]:
    """Leaf paths of a document; arrays of objects by their members' paths, extended-JSON wrappers as one value."""
    paths: set[str] = set()
    for k, v in doc.items():
        path = f"{prefix}{k}"
        if isinstance(v, dict) and not any(key.startswith("$") for key in v):
            paths |= json_paths(v, path + ".")
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            for x in v:
                paths |= json_paths(x, path + ".")
        elif isinstance(v, list) and not v:
            continue  # an empty array says nothing of its members (the other documents do)
        else:
            paths.add(path)
    return paths


def ndjson_fields(path: Path) -> set[str]:
    keys: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            keys |= json_paths(json.loads(line))
    return keys


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    from openpyxl import load_workbook

    fields: dict[str, set[str]] = {
        "mongo_users.json": ndjson_fields(out / "mongo_users.json"),
        "wxapp_events.ndjson": ndjson_fields(out / "wxapp_events.ndjson"),
        "public.t_device": {c for c, _, _ in DEVICE_COLUMNS},
        "public.t_device_login": {c for c, _, _ in LOGIN_COLUMNS},
        "ods_sdk_location_di.parquet": set(pq.read_schema(out / "ods_sdk_location_di.parquet").names),
    }
    ws = load_workbook(out / "订单明细_2024Q4.xlsx", read_only=True).active
    fields["订单明细_2024Q4.xlsx"] = {str(v) for v in next(ws.iter_rows(min_row=2, max_row=2, values_only=True))}
    return check_labels(out, fields, labels, ("sls-order-service.log",))


def main() -> int:
    return generate_main(__doc__, generate, verify, 20241118, HERE / "labels.csv")


if __name__ == "__main__":
    sys.exit(main())
