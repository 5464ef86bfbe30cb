"""Generate the eighth Chinese benchmark (benchmarks/zh8), in styles zh … zh7 do not use.

usage: python benchmarks/zh8/generate.py OUT_DIR [--seed N] [--verify]

Five tables of users, devices, locations, orders and interaction events, and an application
log, in vendors' schemas and file habits the earlier sets left out:

- `客户档案.parquet`: a CRM's customer file as **Parquet with Han column names** chosen from the
  words CRMs use rather than apps (`客户编码`, `证件号码`, `联系电话`, `座机`, `户籍所在地`,
  `紧急联系人`, `个性签名`), birth month as `1990年03月`;
- `dwd_device_snapshot.tsv`: a **ClickHouse `TSVWithNamesAndTypes`** export (the second line
  holds the column types: `UInt64`, `LowCardinality(String)`, `Nullable(String)`) of device
  snapshots in **Volcengine DataFinder (ByteDance)** names: `user_unique_id`, `device_id`
  (numeric), `access`, `carrier`, `mcc_mnc`, `resolution` (`2400*1080`), `rom_version`,
  `oaid`, `battery_pct`, `ringer_mode`, `audio_route` …;
- `lbs.db`: a **SQLite** database, table `t_lbs_report`, in **Tencent's `F`-prefix naming**
  (`Fuin`, `Flng`, `Flat`, `Fadcode`, `Faddress`, `Fpoi_title`): location reports with
  reverse-geocoded addresses;
- `pdd_orders.csv`: a **Pinduoduo merchant back-office export** saved
  as Excel's "Unicode text": **UTF-16LE with a BOM, tab-separated**, headers with units
  `商品总价(元)`, `身份证姓名`/`身份证号码` of cross-border buyers, `省`/`市`/`区`/`街道`;
- `growingio_events.csv`: a **GrowingIO** event export (`gio_id`, `event_type` `VISIT`/`PAGE`/
  `VIEW_CLICK`/`CUSTOM`, `textValue`, `xpath`, `network_state`, `var_*` event variables);
- `egg-web.log`: a **Node.js Egg.js** service log: `time LEVEL pid [uid/ip/traceId/ms METHOD
  url] message`, Chinese messages with `：`, `“…”` quotes, `key=value` and a device JSON.

Values are drawn from public data: person names, mobiles, user names, e-mail and IPv4
addresses from Faker's zh_CN locale (MIT); GB/T 2260 divisions, addresses, resident identity
numbers, OAIDs and industries through benchmarks/zh3's generator (python-stdnum's data and
check); devices, events, messages and vendor field names written for this benchmark from public
knowledge (ClickHouse's formats, DataFinder's and GrowingIO's documented fields, Pinduoduo's
export headers, Egg.js's context logger layout).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import json
import random
import sqlite3
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from zhwriters import write_csv, csv_text  # noqa: E402
from labelcheck import check_labels, generate_main, load_generator  # noqa: E402
BASE = datetime(2024, 12, 3, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock


ZH3 = load_generator("zh3")

# (brand, manufacturer, model code, os_name, versions, rom, (w, h))
DEVICES = [
    ("HUAWEI", "HUAWEI", "ALN-AL00", "harmony", ["4.2.0", "4.0.0"], "HarmonyOS 4.2.0", (1260, 2720)),
    ("HONOR", "HONOR", "BVL-AN16", "android", ["14"], "MagicOS 8.0", (1200, 2664)),
    ("Xiaomi", "Xiaomi", "23127PN0CC", "android", ["14"], "HyperOS V1.0.5.0.UNCCNXM", (1200, 2670)),
    ("Redmi", "Xiaomi", "22081212C", "android", ["13"], "MIUI V14.0.3.0.TLFCNXM", (1220, 2712)),
    ("OPPO", "OPPO", "PHZ110", "android", ["14"], "ColorOS 14.0", (1264, 2780)),
    ("vivo", "vivo", "V2324A", "android", ["14"], "OriginOS 4", (1260, 2800)),
    ("OnePlus", "OnePlus", "PJD110", "android", ["14"], "ColorOS 14.0", (1440, 3168)),
    ("Apple", "Apple", "iPhone15,2", "ios", ["17.5.1", "18.1"], "", (1179, 2556)),
    ("Apple", "Apple", "iPhone14,5", "ios", ["16.7.2", "17.6.1"], "", (1170, 2532)),
    ("Apple", "Apple", "iPad13,18", "ios", ["17.4"], "", (1640, 2360)),
]
CARRIERS = [("中国移动", "46000"), ("中国移动", "46007"), ("中国联通", "46001"), ("中国电信", "46011"), ("中国广电", "46015")]
ACCESS = ["wifi", "wifi", "4g", "5g", "4g", "3g"]
CHANNELS = ["huawei", "xiaomi", "oppo", "vivo", "App Store", "yingyongbao", "douyin_ad"]
RINGER = ["响铃", "振动", "静音"]
AUDIO_ROUTE = ["扬声器", "听筒", "有线耳机", "蓝牙耳机", "扬声器"]
ID_TYPES = ["居民身份证", "居民身份证", "居民身份证", "护照", "港澳居民来往内地通行证"]
CUSTOMER_ROLES = ["个人客户", "个体工商户", "企业采购", "渠道代理", "网店店主"]
SIGNATURES = ["生活不止眼前的苟且", "每天进步一点点", "", "", "佛系购物，随缘发货", "宝妈一枚，专注好物", "跑步爱好者，全马三小时五十",
              "在杭州写代码的打工人", "不回消息=在忙"]
SCENES = ["打车", "外卖", "签到", "附近的人", "天气", "导航"]
POIS = ["西溪湿地", "杭州东站", "万象城", "人民广场", "中关村软件园", "世界之窗", "解放碑", "春熙路", "天河体育中心", "大雁塔",
        "光谷广场", "五一广场", "新街口", "北京南站", "虹桥火车站"]
# (city, district, town, lng, lat, adcode)
PLACES = [
    ("杭州市", "西湖区", "文新街道", 120.100, 30.290, "330106"), ("杭州市", "上城区", "彭埠街道", 120.213, 30.291, "330102"),
    ("上海市", "黄浦区", "南京东路街道", 121.475, 31.233, "310101"), ("北京市", "海淀区", "中关村街道", 116.311, 39.983, "110108"),
    ("深圳市", "南山区", "粤海街道", 113.944, 22.525, "440305"), ("成都市", "锦江区", "春熙路街道", 104.081, 30.657, "510104"),
    ("武汉市", "洪山区", "关山街道", 114.398, 30.505, "420111"), ("重庆市", "渝中区", "解放碑街道", 106.577, 29.557, "500103"),
    ("广州市", "天河区", "林和街道", 113.325, 23.137, "440106"), ("西安市", "雁塔区", "小寨路街道", 108.964, 34.224, "610113"),
]
PROVINCE_OF = {"杭州市": "浙江省", "上海市": "上海市", "北京市": "北京市", "深圳市": "广东省", "成都市": "四川省", "武汉市": "湖北省",
               "重庆市": "重庆市", "广州市": "广东省", "西安市": "陕西省"}
PDD_GOODS = [("【官方正品】东北大米5kg 新米真空包装", "5kg装"), ("纯棉四件套 学生宿舍床单被套", "1.5m床/浅灰"),
             ("抽纸整箱批发 30包 家用实惠装", "30包"), ("澳洲进口 a2 奶粉 3段 900g", "900g*1罐"),
             ("日本进口 花王纸尿裤 L54片", "L码"), ("蓝牙耳机 真无线 降噪 超长续航", "白色"), ("砂糖橘 新鲜水果 5斤装", "5斤中果")]
PDD_STATUS = ["待发货", "已发货，待签收", "已签收", "已签收", "已取消"]
AFTER_SALE = ["无售后或售后取消", "无售后或售后取消", "退款成功", "买家申请退款，待商家处理"]
EXPRESS = ["中通快递", "圆通速递", "韵达快递", "极兔速递", "申通快递", "邮政快递包裹"]
BUYER_NOTES = ["", "", "", "麻烦帮忙挑个大的，谢谢", "放驿站就行，不用打电话", "是送人的，别放价格单", "尽快发货，急用！",
               "上次的有破损，这次包装好一点"]
SELLER_NOTES = ["", "", "", "已联系补发", "老客户，送小样", "地址已核对", "跨境件，已报关"]
GIO_EVENTS = [("VISIT", ""), ("PAGE", ""), ("VIEW_CLICK", ""), ("VIEW_CLICK", ""), ("CUSTOM", "search"), ("CUSTOM", "addToCart"),
              ("CUSTOM", "submitComment"), ("CUSTOM", "payOrder")]
GIO_PATHS = ["/pages/index/index", "/pages/goods/detail", "/pages/cart/cart", "com.shop.MainActivity", "com.shop.GoodsDetailActivity",
             "/pages/search/result", "com.shop.OrderConfirmActivity"]
GIO_TEXTS = ["立即购买", "加入购物车", "领券", "首页", "我的", "确认支付", "搜索", "查看全部评价"]
GIO_KEYWORDS = ["羽绒服 女 短款", "儿童保温杯", "螺蛳粉", "降噪耳机", "猫砂 豆腐", "电热毯 双人", "iPhone 16 壳"]
GIO_COMMENTS = ["物流很快，包装完好", "和描述一致，孩子很喜欢", "质量一般，有点色差", "第三次回购了", "客服回复太慢"]


def faker(seed: int) -> Faker:
    return ZH3.faker(seed)


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def hexid(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def landline(r: random.Random) -> str:
    area = r.choice(["010", "021", "0571", "020", "0755", "028", "027", "023"])
    number = digits(r, 8 if len(area) == 3 else r.choice([7, 8]))
    return r.choice([f"{area}-{number}", f"({area}){number}", f"{area}{number}"])


# ---------------------------------------------------------------- users (Parquet, Han names)
USER_HEADER = ["客户编码", "客户姓名", "昵称", "性别", "出生年月", "证件类型", "证件号码", "联系电话", "座机", "电子邮箱", "微信号",
               "QQ号", "所属行业", "客户身份", "户籍所在地", "联系地址", "紧急联系人", "紧急联系人电话", "个性签名", "会员积分",
               "注册时间"]


def customers(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    for i in range(420):
        place = ZH3.division(r)
        born = ZH3.born(r)
        id_type = r.choice(ID_TYPES)
        if id_type == "居民身份证":
            number = ZH3.resident_id(r, place[0], born)
        elif id_type == "护照":
            number = "E" + digits(r, 8)
        else:
            number = r.choice("HM") + digits(r, 8)
        wx = r.choice([f"wxid_{hexid(r, 14)}", fake.user_name() + str(r.randint(1, 99)), ""])
        rows.append({
            "客户编码": f"C{20240000 + i * 7 + r.randint(0, 6):010d}",
            "客户姓名": fake.name(),
            "昵称": ZH3.nickname(r, fake),
            "性别": r.choice(["男", "女"]),
            "出生年月": f"{born:%Y}年{born:%m}月",
            "证件类型": id_type,
            "证件号码": number,
            "联系电话": fake.phone_number(),
            "座机": landline(r) if r.random() < 0.6 else None,
            "电子邮箱": fake.free_email() if r.random() < 0.8 else None,
            "微信号": wx or None,
            "QQ号": digits(r, r.randint(6, 10)) if r.random() < 0.7 else None,
            "所属行业": r.choice(ZH3.INDUSTRIES),
            "客户身份": r.choice(CUSTOMER_ROLES),
            "户籍所在地": place[1] + ("" if place[1] == place[2] else place[2]),
            "联系地址": ZH3.address(r, fake),
            "紧急联系人": fake.name(),
            "紧急联系人电话": fake.phone_number(),
            "个性签名": r.choice(SIGNATURES) or None,
            "会员积分": r.randint(0, 20000),
            "注册时间": when(r, 700).replace(tzinfo=None) - timedelta(days=700),
        })
    table = pa.Table.from_pylist(rows)
    pq.write_table(table, out / "客户档案.parquet")


# ---------------------------------------------------------------- devices (ClickHouse TSVWithNamesAndTypes)
DEVICE_COLUMNS = [
    ("event_date", "Date"), ("user_unique_id", "String"), ("device_id", "UInt64"), ("os_name", "LowCardinality(String)"),
    ("os_version", "String"), ("rom_version", "String"), ("device_brand", "LowCardinality(String)"),
    ("device_manufacturer", "LowCardinality(String)"), ("device_model", "String"), ("resolution", "String"),
    ("carrier", "LowCardinality(String)"), ("mcc_mnc", "String"), ("access", "LowCardinality(String)"),
    ("language", "String"), ("timezone", "Int8"), ("tz_name", "String"), ("region", "String"),
    ("app_version", "String"), ("channel", "LowCardinality(String)"), ("oaid", "Nullable(String)"),
    ("android_id", "Nullable(String)"), ("idfa", "Nullable(String)"), ("client_ip", "IPv4"),
    ("battery_pct", "UInt8"), ("charging_status", "String"), ("volume_level", "Float32"), ("ringer_mode", "String"),
    ("audio_route", "String"), ("first_install_time", "DateTime"),
]


def tsv_cell(v) -> str:
    if v is None:
        return "\\N"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def device_snapshot(r: random.Random, fake: Faker, out: Path) -> None:
    lines = ["\t".join(c for c, _ in DEVICE_COLUMNS), "\t".join(t for _, t in DEVICE_COLUMNS)]
    for _ in range(520):
        brand, maker, model, os_name, versions, rom, (w, h) = r.choice(DEVICES)
        carrier, mccmnc = r.choice(CARRIERS)
        ios = os_name == "ios"
        at = when(r)
        row = {
            "event_date": f"{at:%Y-%m-%d}",
            "user_unique_id": r.choice([digits(r, 10), digits(r, 19), ""]) or "",
            "device_id": digits(r, r.choice([16, 19])),
            "os_name": os_name,
            "os_version": r.choice(versions),
            "rom_version": rom,
            "device_brand": brand,
            "device_manufacturer": maker,
            "device_model": model,
            "resolution": f"{h}*{w}",
            "carrier": carrier if r.random() < 0.9 else "",
            "mcc_mnc": mccmnc,
            "access": r.choice(ACCESS),
            "language": r.choice(["zh", "zh", "zh-Hans-CN", "en"]),
            "timezone": 8,
            "tz_name": "Asia/Shanghai",
            "region": "cn",
            "app_version": f"{r.randint(5, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
            "channel": "App Store" if ios else r.choice(CHANNELS[:-3] + CHANNELS[-2:]),
            "oaid": None if ios else ZH3.oaid(r),
            "android_id": None if ios else hexid(r, 16),
            "idfa": (str(uuid.UUID(int=r.getrandbits(128), version=4)).upper() if r.random() < 0.6
                     else "00000000-0000-0000-0000-000000000000") if ios else None,
            "client_ip": fake.ipv4_public(),
            "battery_pct": r.randint(3, 100),
            "charging_status": r.choice(["充电中", "未充电", "未充电", "已充满"]),
            "volume_level": round(r.choice([0, 0.2, 0.33, 0.5, 0.67, 0.8, 1.0]), 2),
            "ringer_mode": r.choice(RINGER),
            "audio_route": r.choice(AUDIO_ROUTE),
            "first_install_time": f"{at - timedelta(days=r.randint(1, 600)):%Y-%m-%d %H:%M:%S}",
        }
        lines.append("\t".join(tsv_cell(row[c]) for c, _ in DEVICE_COLUMNS))
    (out / "dwd_device_snapshot.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- locations (SQLite, Tencent F-prefix)
LBS_COLUMNS = ["Fid", "Fuin", "Fdevice_id", "Flng", "Flat", "Faccuracy", "Fcoord_type", "Fprovince", "Fcity", "Fdistrict",
               "Ftown", "Fadcode", "Faddress", "Fpoi_title", "Fclient_ip", "Fscene", "Fspeed", "Fcreate_time"]


def lbs(r: random.Random, fake: Faker, out: Path) -> None:
    path = out / "lbs.db"
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t_lbs_report (Fid INTEGER PRIMARY KEY, Fuin INTEGER NOT NULL, Fdevice_id TEXT, Flng REAL, "
                "Flat REAL, Faccuracy REAL, Fcoord_type TEXT, Fprovince TEXT, Fcity TEXT, Fdistrict TEXT, Ftown TEXT, "
                "Fadcode TEXT, Faddress TEXT, Fpoi_title TEXT, Fclient_ip TEXT, Fscene TEXT, Fspeed REAL, "
                "Fcreate_time INTEGER)")
    rows = []
    for i in range(480):
        city, district, town, lng, lat, adcode = r.choice(PLACES)
        x = round(lng + r.uniform(-0.04, 0.04), 6)
        y = round(lat + r.uniform(-0.03, 0.03), 6)
        prov = PROVINCE_OF[city]
        street = fake.last_name() + r.choice(["山", "新", "建设", "人民", "文化"]) + r.choice(["路", "街", "大道"])
        head = city if prov == city else prov + city
        rows.append((i + 1, int(digits(r, r.randint(8, 10))), hexid(r, 16), x, y, round(r.uniform(5, 80), 1),
                     r.choice(["gcj02", "gcj02", "wgs84"]), prov, city, district, town, adcode,
                     f"{head}{district}{street}{r.randint(1, 300)}号", r.choice(POIS) if r.random() < 0.7 else None,
                     fake.ipv4_public(), r.choice(SCENES), round(r.uniform(0, 16), 2), int(when(r).timestamp())))
    con.executemany(f"INSERT INTO t_lbs_report VALUES ({','.join('?' * len(LBS_COLUMNS))})", rows)
    con.commit()
    con.close()


# ---------------------------------------------------------------- orders (UTF-16 tab-separated)
PDD_HEADER = ["商品", "订单号", "订单状态", "商品总价(元)", "邮费(元)", "店铺优惠折扣(元)", "用户实付金额(元)", "商品数量(件)",
              "身份证姓名", "身份证号码", "收货人", "手机", "省", "市", "区", "街道", "详细地址", "订单成交时间", "发货时间",
              "商品id", "商品规格", "快递单号", "快递公司", "售后状态", "买家留言", "商家备注"]


def pdd_orders(r: random.Random, fake: Faker, out: Path) -> None:
    rows: list[list] = []
    for _ in range(450):
        goods, spec = r.choice(PDD_GOODS)
        place = ZH3.division(r)
        code, prov, city, county = place
        at = when(r)
        qty = r.randint(1, 3)
        price = round(r.uniform(9.9, 399), 2)
        cross = "进口" in goods
        receiver = fake.name()
        full = ZH3.address(r, fake, place)
        head = (city if prov == city else prov + city) + county
        detail = full[len(head):]
        town = fake.last_name() + r.choice(["街道", "镇", "乡"])
        shipped = r.random() < 0.7
        rows.append([goods, f"{at:%y%m%d}-{digits(r, 15)}", r.choice(PDD_STATUS), f"{price * qty:.2f}", r.choice(["0.00", "5.00"]),
                    f"{r.choice([0, 2, 3, 5]):.2f}", f"{price * qty - 2:.2f}", qty,
                    receiver if cross else "", ZH3.resident_id(r, code, ZH3.born(r)) if cross else "",
                    receiver, fake.phone_number(), prov, city, county, town, detail, f"{at:%Y-%m-%d %H:%M:%S}",
                    f"{at + timedelta(hours=r.randint(2, 48)):%Y-%m-%d %H:%M:%S}" if shipped else "",
                    digits(r, 12), spec, ("YT" if r.random() < 0.3 else "") + digits(r, 15) if shipped else "",
                    r.choice(EXPRESS) if shipped else "", r.choice(AFTER_SALE), r.choice(BUYER_NOTES), r.choice(SELLER_NOTES)])
    (out / "pdd_orders.csv").write_bytes(b"\xff\xfe" + csv_text(PDD_HEADER, rows, delimiter="\t", lineterminator="\r\n").encode("utf-16-le"))


# ---------------------------------------------------------------- events (GrowingIO export CSV)
GIO_HEADER = ["event_time", "gio_id", "user_id", "device_id", "session_id", "event_type", "event_name", "path", "textValue",
              "xpath", "platform", "os_version", "app_version", "device_brand", "device_model", "screen_width",
              "screen_height", "network_state", "language", "latitude", "longitude", "country_name", "region_name",
              "city_name", "ip", "user_agent", "var_keyword", "var_comment", "var_typing_gap"]


def gio_events(r: random.Random, fake: Faker, out: Path) -> None:
    rows: list[list] = []
    sessions = [(str(uuid.UUID(int=r.getrandbits(128), version=4)), digits(r, 8) if r.random() < 0.7 else "",
                 str(uuid.UUID(int=r.getrandbits(128), version=4)), r.choice(DEVICES), r.choice(PLACES), fake.ipv4_public())
                for _ in range(90)]
    for _ in range(620):
        gio, uid, dev, device, place, ip = r.choice(sessions)
        brand, _, model, os_name, versions, _, (sw, sh) = device
        city, _, _, lng, lat, _ = place
        etype, ename = r.choice(GIO_EVENTS)
        platform = r.choice(["MinP", "iOS" if os_name == "ios" else "Android"])
        at = when(r)
        ua = (f"Mozilla/5.0 (iPhone; CPU iPhone OS {r.choice(versions).replace('.', '_')} like Mac OS X) AppleWebKit/605.1.15 "
              f"(KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800322c) NetType/WIFI Language/zh_CN"
              if os_name == "ios" else
              f"Mozilla/5.0 (Linux; Android {r.choice(['13', '14'])}; {model} Build/UP1A.231005.007; wv) AppleWebKit/537.36 "
              f"(KHTML, like Gecko) Version/4.0 Chrome/118.0.0.0 Mobile Safari/537.36")
        gap = "|".join(str(r.randint(60, 420)) for _ in range(r.randint(3, 9))) if ename == "search" else ""
        rows.append([int(at.timestamp() * 1000) + r.randint(0, 999), gio, uid, dev, hexid(r, 16), etype, ename,
                    r.choice(GIO_PATHS), r.choice(GIO_TEXTS) if etype == "VIEW_CLICK" else "",
                    f"/LinearLayout[0]/FrameLayout[{r.randint(0, 3)}]/TextView[{r.randint(0, 5)}]" if etype == "VIEW_CLICK" else "",
                    platform, r.choice(versions), f"{r.randint(3, 6)}.{r.randint(0, 20)}.0", brand, model, sw, sh,
                    r.choice(["WIFI", "4G", "5G", "WIFI", "3G"]), "zh_CN",
                    round(lat + r.uniform(-0.03, 0.03), 6) if r.random() < 0.6 else "",
                    round(lng + r.uniform(-0.03, 0.03), 6), "中国", PROVINCE_OF[city].rstrip("省市") if r.random() < 0.5 else PROVINCE_OF[city],
                    city, ip, ua,
                    r.choice(GIO_KEYWORDS) if ename == "search" else "",
                    r.choice(GIO_COMMENTS) if ename == "submitComment" else "", gap])


    write_csv(out / "growingio_events.csv", GIO_HEADER, rows)
# ---------------------------------------------------------------- log (Egg.js)
def egg_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines = []
    at = BASE
    for _ in range(680):
        at += timedelta(milliseconds=r.randint(20, 9000))
        uid = digits(r, 8)
        ip = fake.ipv4_public()
        trace = hexid(r, 32)
        ms = r.randint(2, 900)
        pid = r.choice([31245, 31246, 31250])
        stamp = f"{at:%Y-%m-%d %H:%M:%S},{at.microsecond // 1000:03d}"
        brand, _, model, os_name, versions, rom, _ = r.choice(DEVICES)
        city, district, _, lng, lat, _ = r.choice(PLACES)
        carrier, _ = r.choice(CARRIERS)
        pick = r.random()
        if pick < 0.2:
            ctx = f"[{uid}/{ip}/{trace}/{ms}ms POST /api/passport/login]"
            msg = (f"用户登录成功，手机号：{fake.phone_number()}，登录方式：{r.choice(['短信验证码', '一键登录', '密码'])}，"
                   f"设备：{brand} {model}（{rom or 'iOS ' + r.choice(versions)}），网络：{r.choice(['WIFI', '4G', '5G'])}")
            level = "INFO"
        elif pick < 0.38:
            ctx = f"[{uid}/{ip}/{trace}/{ms}ms POST /api/lbs/report]"
            msg = (f"位置上报 经度:{lng + r.uniform(-0.03, 0.03):.6f} 纬度:{lat + r.uniform(-0.03, 0.03):.6f} "
                   f"城市:{city} 区县:{district}")
            level = "INFO"
        elif pick < 0.58:
            ctx = f"[-/{ip}/{trace}/{ms}ms POST /api/device/heartbeat]"
            info = {"did": hexid(r, 16), "oaid": ZH3.oaid(r), "型号": model, "系统": f"{os_name} {r.choice(versions)}",
                    "电量": f"{r.randint(1, 100)}%", "充电": r.choice(["是", "否"]), "运营商": carrier}
            msg = f"设备心跳 {json.dumps(info, ensure_ascii=False)}"
            level = "INFO"
        elif pick < 0.68:
            ctx = f"[{uid}/{ip}/{trace}/{ms}ms POST /api/user/realname]"
            msg = f"实名认证失败：姓名“{fake.name()}”与身份证号“{ZH3.resident_id(r, ZH3.division(r)[0], ZH3.born(r))}”不一致"
            level = "WARN"
        elif pick < 0.86:
            ctx = f"[{uid}/{ip}/{trace}/{ms}ms POST /api/order/create]"
            msg = (f"创建订单成功 orderNo={at:%Y%m%d}{digits(r, 10)} amount={r.uniform(5, 500):.2f} "
                   f"收货信息：{fake.name()} {fake.phone_number()} {ZH3.address(r, fake)}")
            level = "INFO"
        elif pick < 0.94:
            ctx = f"[{uid}/{ip}/{trace}/{ms}ms GET /api/feed/list]"
            msg = f"请求耗时过长 ua={r.choice(['okhttp/4.12.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148'])}"
            level = "WARN"
        else:
            ctx = f"[{uid}/{ip}/{trace}/{ms}ms POST /api/pay/notify]"
            msg = f"支付回调验签失败，错误码：{r.choice(['40004', 'SIGN_ERROR'])}，重试次数：{r.randint(1, 3)}"
            level = "ERROR"
        lines.append(f"{stamp} {level} {pid} {ctx} {msg}")
        if level == "ERROR":
            lines.append("nodejs.SignError: 签名校验不通过")
            lines.append("    at PayService.verify (/home/admin/app/service/pay.js:88:13)")
            lines.append("    at process._tickCallback (internal/process/next_tick.js:68:7)")
    (out / "egg-web.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [customers, device_snapshot, lbs, pdd_orders, gio_events, egg_log]


def generate(out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for i, gen in enumerate(GENERATORS):
        gen(random.Random(seed * 1000 + i), faker(seed * 1000 + i), out)


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    fields: dict[str, set[str]] = {
        "客户档案.parquet": set(pq.read_schema(out / "客户档案.parquet").names),
        "dwd_device_snapshot.tsv": set((out / "dwd_device_snapshot.tsv").read_text(encoding="utf-8").split("\n", 1)[0].split("\t")),
        "t_lbs_report": set(LBS_COLUMNS),
        "pdd_orders.csv": set((out / "pdd_orders.csv").read_bytes().decode("utf-16").split("\r\n", 1)[0].split("\t")),
        "growingio_events.csv": set(GIO_HEADER),
    }
    return check_labels(out, fields, labels, ("egg-web.log",))


def main() -> int:
    return generate_main(__doc__, generate, verify, 20241203, HERE / "labels.csv")


if __name__ == "__main__":
    sys.exit(main())
