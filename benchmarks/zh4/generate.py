"""Generate the fourth Chinese benchmark (benchmarks/zh4), in styles zh, zh2 and zh3 do not use.

usage: python benchmarks/zh4/generate.py OUT_DIR [--seed N] [--verify]

Four tables and two logs, as a Chinese (and a Taiwanese) app business keeps them:

- `会员导出.csv`: a member list exported by Excel on a Chinese Windows desktop: **GBK-encoded**
  (no BOM), CRLF, Han headers with units in full-width brackets (`年龄（岁）`), the address split
  into 省 / 市 / 区县 / 详细地址 columns, a registration IP beside the personal columns;
- `tw_members.csv`: members of a Taiwanese app in **traditional characters** (`暱稱`, `身分證字號`,
  `通訊地址`, `電信業者`), Taiwanese formats (`0912-345-678`, `(02)2345-6789`, 民國 birth dates,
  Taiwan ID numbers);
- `sdk_events.ndjson`: an analytics/push SDK's event log as Chinese SDKs ship it (Umeng-,
  Getui- and JPush-style keys: `header.umid`, `header.utdid`, `ctx.jpush_rid`, `ctx.getui_cid`),
  MCC+MNC carriers (`46001`), a bare battery percentage, a 0-100 volume, Han event names;
- `pay_orders.parquet`: orders of a mini-program shop, names mixing pinyin and English
  (`wx_openid`, `alipay_uid`, `shouhuo_xm`, `shouhuo_sjh`, `sheng`/`shi`/`qu`, `jiedao_dizhi`,
  `shebei_xh`), Alipay user ids (`2088…`);
- `access_cn.log`: an nginx access log of a Chinese API gateway (WeChat and Huawei browser user
  agents, the query strings carrying user ids, phone numbers and coordinates, a GeoIP province
  and city appended in Han);
- `app_zh4.log`: a Python-logging style application log whose messages are Chinese and whose
  fields are marked with 【】 headings and `名称 值` pairs without `=`.

Values are drawn from public knowledge that datamap's recognizers do not ship: person names,
mobile numbers, user names, companies, e-mail addresses and IPv4 addresses from Faker's zh_CN
and zh_TW locale data (MIT); administrative divisions with GB/T 2260 codes from python-stdnum's
`cn/loc.dat`; resident identity numbers carry stdnum's ISO 7064 check; Taiwan ID numbers are
Faker zh_TW's and are checked with their own checksum; industries: GB/T 4754-2017 sections
(mainland) and the sections of Taiwan's 行業統計分類 (the same ISIC structure).

Deterministic: the same seed and Faker version give byte-identical files (no clock).
--verify checks that every generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import csv
import json
import random
import sys
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

import pyarrow as pa
import pyarrow.parquet as pq
from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from zhwriters import write_csv, write_ndjson  # noqa: E402
from labelcheck import check_labels, generate_main, load_generator  # noqa: E402
BASE = datetime(2024, 9, 3, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock


ZH3 = load_generator("zh3")  # GB/T 2260 divisions, identity numbers, addresses
INDUSTRIES = ZH3.INDUSTRIES
TW_INDUSTRIES = ["製造業", "營建工程業", "批發及零售業", "運輸及倉儲業", "住宿及餐飲業", "出版、影音製作、傳播及資通訊服務業",
                 "金融及保險業", "不動產業", "專業、科學及技術服務業", "教育業", "醫療保健及社會工作服務業", "藝術、娛樂及休閒服務業",
                 "公共行政及國防；強制性社會安全", "農、林、漁、牧業"]
USER_TYPES = ["普通用户", "企业用户", "认证商家", "达人", "团长", "经销商"]
TW_TYPES = ["一般會員", "賣家", "直播主", "團購主", "企業帳號"]
SIGNATURES = ["做一个温暖的人", "生活不止眼前的苟且", "努力搬砖中", "", "佛系青年,随缘更新", "热爱跑步和咖啡", "今天也要加油鸭",
              "宝妈一枚,专注育儿好物"]
TW_SIGNATURES = ["每天都要開心", "咖啡成癮者", "喜歡旅行和攝影", "", "貓奴一枚", "努力工作認真玩"]
TW_PHONES = [("ASUS Zenfone 10", "Android 14"), ("iPhone 15", "iOS 17.5.1"), ("Samsung Galaxy S24", "Android 14"),
             ("Google Pixel 8", "Android 15"), ("iPhone 13 mini", "iOS 16.7.8"), ("Sony Xperia 1 V", "Android 13")]
TW_CARRIERS = ["中華電信", "台灣大哥大", "遠傳電信", "台灣之星", "亞太電信"]
TW_CITIES = ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市", "嘉義市", "新竹縣", "彰化縣", "屏東縣",
             "宜蘭縣", "花蓮縣"]
PHONES = [("HUAWEI", "ALN-AL00", "HarmonyOS", ["4.0.0", "4.2.0"]), ("Xiaomi", "23127PN0CC", "Android", ["14", "13"]),
          ("OPPO", "PHZ110", "Android", ["14"]), ("vivo", "V2324A", "Android", ["14", "13"]),
          ("HONOR", "BVL-AN16", "Android", ["14"]), ("Apple", "iPhone16,2", "iOS", ["17.5.1", "17.6"]),
          ("Redmi", "23090RA98C", "Android", ["13", "14"])]
RESOLUTIONS = ["1080*2400", "1260*2720", "1440*3200", "1179*2556", "1080*2412", "1220*2712"]
CARRIER_CODES = ["46000", "46002", "46007", "46001", "46006", "46009", "46003", "46005", "46011", "46015"]
ACCESS = ["WIFI", "4G", "5G", "WIFI", "3G", "UNKNOWN"]
CHANNELS = ["huawei", "xiaomi", "oppo", "vivo", "yingyongbao", "official"]
EVENTS = ["启动应用", "浏览商品详情", "加入购物车", "提交订单", "支付成功", "分享给好友", "领取红包", "观看直播", "退出登录"]
PAGES = ["首页", "商品详情页", "购物车", "订单确认页", "个人中心", "直播间", "搜索结果页"]
HEADSETS = ["none", "wired", "bluetooth", "none", "bluetooth"]
PAY = ["微信支付", "支付宝", "云闪付", "余额"]
STATUSES = ["待付款", "待发货", "已发货", "已完成", "已取消"]
MESSAGES = ["麻烦快点发货", "不要放驿站,送货上门", "周末送,工作日不在家", "", "", "帮忙检查一下再发", "发票开公司抬头"]
NGINX_PATHS = ["/api/v2/user/info", "/api/v2/order/list", "/api/v2/lbs/report", "/api/v2/sms/send", "/static/js/app.8f3c.js"]


def faker(locale: str, seed: int) -> Faker:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return fake


def gbk_safe(fake: Faker, make) -> str:
    """A value that GBK can encode: Faker's lists hold a few characters outside GB 2312/GBK."""
    for _ in range(20):
        value = make()
        try:
            value.encode("gbk")
            return value
        except UnicodeEncodeError:
            continue
    raise RuntimeError("no GBK-encodable value drawn")


def tw_id_valid(number: str) -> bool:
    """Taiwan's national ID checksum (letter → two digits, weights 1,9,8,…,1, sum % 10 == 0)."""
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    if len(number) != 10 or number[0] not in letters or not number[1:].isdigit():
        return False
    code = letters.index(number[0]) + 10
    digits = [code // 10, code % 10] + [int(c) for c in number[1:]]
    weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]
    return sum(d * w for d, w in zip(digits, weights)) % 10 == 0


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def born(r: random.Random) -> date:
    return date(1960, 1, 1) + timedelta(days=r.randint(0, 365 * 48))


def age(b: date) -> int:
    return (BASE.date() - b).days // 365


def street(r: random.Random, fake: Faker) -> str:
    """The part of an address below the county: street, number, often a compound, building and room."""
    text = fake.last_name() + r.choice(["山", "新", "建设", "人民", "解放", "文三", "科技"]) + r.choice(["路", "街", "大道"])
    text += f"{r.randint(1, 999)}号"
    if r.random() < 0.7:
        text += f"{fake.last_name()}{r.choice(['花园', '小区', '公寓', '家园'])}{r.randint(1, 30)}幢{r.randint(1, 28)}0{r.randint(1, 6)}室"
    return text


def members_gbk(r: random.Random, fake: Faker, out: Path) -> None:
    """会员导出.csv: Excel on a Chinese Windows desktop writes ANSI = GBK, CRLF, no BOM."""
    header = ["会员编号", "登录名", "姓名", "昵称", "性别", "年龄（岁）", "出生日期", "手机号码", "身份证号", "电子邮箱", "省", "市",
              "区/县", "详细地址", "所属行业", "用户类型", "注册IP", "注册时间", "会员积分", "个性签名"]
    rows: list[list] = []
    for i in range(460):
        code, prov, city, county = ZH3.division(r)
        b = born(r)
        rows.append([
            f"M{2021000000 + i * 7 + r.randint(0, 6)}",
            gbk_safe(fake, lambda: fake.user_name() + (str(r.randint(1, 99)) if r.random() < 0.4 else "")),
            gbk_safe(fake, fake.name),
            gbk_safe(fake, lambda: ZH3.nickname(r, fake)),
            r.choice(["男", "女", "保密"]),
            age(b),
            b.strftime(r.choice(["%Y-%m-%d", "%Y/%m/%d"])),
            fake.phone_number(),
            ZH3.resident_id(r, code, b),
            fake.free_email(),
            prov,
            city,
            county,
            gbk_safe(fake, lambda: street(r, fake)),
            r.choice(INDUSTRIES),
            r.choice(USER_TYPES),
            fake.ipv4_public(),
            when(r, 700).strftime("%Y-%m-%d %H:%M"),
            r.randint(0, 20000),
            r.choice(SIGNATURES),
        ])


    write_csv(out / "会员导出.csv", header, rows, encoding="gbk", lineterminator="\r\n")
def tw_mobile(r: random.Random) -> str:
    digits = "09" + "".join(r.choice("0123456789") for _ in range(8))
    return r.choice([f"{digits[:4]}-{digits[4:7]}-{digits[7:]}", digits, f"+886 {digits[1:4]} {digits[4:7]} {digits[7:]}"])


def tw_landline(r: random.Random) -> str:
    area, length = r.choice([("02", 8), ("04", 7), ("07", 7), ("03", 7), ("06", 7)])
    number = str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(length - 1))
    return f"({area}){number[:-4]}-{number[-4:]}"


def roc_date(r: random.Random, b: date) -> str:
    """Taiwanese forms write the 民國 year (1912 = 1) as often as the Western one."""
    roc = b.year - 1911
    return r.choice([f"{roc}/{b.month:02d}/{b.day:02d}", f"民國{roc}年{b.month}月{b.day}日", b.strftime("%Y/%m/%d")])


def members_tw(r: random.Random, fake: Faker, out: Path) -> None:
    """tw_members.csv: a Taiwanese app's members in traditional characters, UTF-8."""
    header = ["會員帳號", "真實姓名", "暱稱", "生日", "手機", "市話", "身分證字號", "電子郵件", "縣市", "通訊地址", "行業別",
              "使用者身分", "裝置型號", "系統版本", "電信業者", "時區", "最後登入IP", "建立時間", "個人簡介"]
    rows: list[list] = []
    for i in range(380):
        b = born(r)
        model, system = r.choice(TW_PHONES)
        ident = fake.ssn()
        assert tw_id_valid(ident), ident
        rows.append([
            fake.user_name(),
            fake.name(),
            r.choice([fake.first_name(), "小" + fake.first_name()[-1], fake.user_name()[:8], "阿" + fake.first_name()[-1]]),
            roc_date(r, b),
            tw_mobile(r),
            tw_landline(r) if r.random() < 0.6 else "",
            ident,
            fake.free_email(),
            r.choice(TW_CITIES),
            fake.address(),
            r.choice(TW_INDUSTRIES),
            r.choice(TW_TYPES),
            model,
            system,
            r.choice(TW_CARRIERS),
            r.choice(["Asia/Taipei", "GMT+8", "UTC+08:00"]),
            fake.ipv4_public(),
            when(r, 500).strftime("%Y-%m-%d %H:%M:%S"),
            r.choice(TW_SIGNATURES),
        ])


    write_csv(out / "tw_members.csv", header, rows)
def hexid(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def sdk_events(r: random.Random, fake: Faker, out: Path) -> None:
    """sdk_events.ndjson: an analytics/push SDK's upload, one event per line, header/event/ctx objects."""
    installs = []
    for _ in range(150):
        brand, model, system, versions = r.choice(PHONES)
        code, prov, city, _county = ZH3.division(r)
        installs.append({
            "uid": str(r.randint(10**8, 10**9 - 1)) if r.random() < 0.8 else "",
            "umid": hexid(r, 32), "utdid": fake.pystr(min_chars=24, max_chars=24),
            "oaid": ZH3.oaid(r), "imei": ZH3.imei(r) if system != "iOS" else "",
            "android_id": hexid(r, 16) if system != "iOS" else "",
            "mac": ":".join(f"{r.randint(0, 255):02x}" for _ in range(6)),
            "brand": brand, "model": model, "os": system, "os_version": r.choice(versions),
            "resolution": r.choice(RESOLUTIONS), "carrier": r.choice(CARRIER_CODES),
            "province": prov, "city": city, "channel": r.choice(CHANNELS),
            "jpush_rid": f"{r.randint(100, 191):d}{hexid(r, 1)}{r.randint(10**13, 10**14 - 1)}"[:19],
            "getui_cid": hexid(r, 32), "lon": r.uniform(100.0, 122.0), "lat": r.uniform(22.0, 40.0),
        })
    records: list = []
    for i in range(620):
        d = r.choice(installs)
        event = r.choice(EVENTS)
        doc = {
            "header": {"appkey": "5f8a1c2b9e3d4a0012345678", "umid": d["umid"], "utdid": d["utdid"], "oaid": d["oaid"],
                       "imei": d["imei"], "android_id": d["android_id"], "mac": d["mac"], "device_brand": d["brand"],
                       "device_model": d["model"], "os": d["os"], "os_version": d["os_version"],
                       "resolution": d["resolution"], "carrier": d["carrier"], "access": r.choice(ACCESS),
                       "timezone": 8, "language": r.choice(["zh", "zh-CN", "zh_CN"]), "country": "CN",
                       "province": d["province"], "city": d["city"],
                       "app_version": f"5.{r.randint(0, 9)}.{r.randint(0, 30)}", "channel": d["channel"]},
            "uid": d["uid"],
            "event": {"id": event, "ts": int(when(r).timestamp() * 1000), "du": r.randint(200, 240000),
                      "page": r.choice(PAGES)},
            "ctx": {"jpush_rid": d["jpush_rid"], "getui_cid": d["getui_cid"], "battery": r.randint(1, 100),
                    "charging": r.choice([0, 0, 1]), "volume": r.randint(0, 100), "headset": r.choice(HEADSETS),
                    "lng": round(d["lon"] + r.uniform(-0.01, 0.01), 6), "lat": round(d["lat"] + r.uniform(-0.01, 0.01), 6)},
        }
        records.append(doc)


    write_ndjson(out / "sdk_events.ndjson", records)
def alipay_uid(r: random.Random) -> str:
    return "2088" + "".join(r.choice("0123456789") for _ in range(12))


def openid(r: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "o" + "".join(r.choice(alphabet) for _ in range(27))


def pay_orders(r: random.Random, fake: Faker, out: Path) -> None:
    """pay_orders.parquet: a mini-program shop's orders, pinyin and English in one name."""
    cols: dict[str, list] = {k: [] for k in [
        "order_no", "wx_openid", "alipay_uid", "shouhuo_xm", "shouhuo_sjh", "sheng", "shi", "qu", "jiedao_dizhi",
        "zhifu_fs", "zhifu_je", "dingdan_zt", "xiadan_ip", "shebei_xh", "shebei_xt", "mai_jia_liuyan", "xiadan_sj"]}
    for i in range(540):
        code, prov, city, county = ZH3.division(r)
        brand, model, system, versions = r.choice(PHONES)
        paid = r.choice(PAY)
        cols["order_no"].append(f"{BASE:%Y%m%d}{r.randint(10**11, 10**12 - 1)}")
        cols["wx_openid"].append(openid(r) if paid != "支付宝" else None)
        cols["alipay_uid"].append(alipay_uid(r) if paid == "支付宝" or r.random() < 0.2 else None)
        cols["shouhuo_xm"].append(fake.name())
        cols["shouhuo_sjh"].append(fake.phone_number())
        cols["sheng"].append(prov)
        cols["shi"].append(city)
        cols["qu"].append(county)
        cols["jiedao_dizhi"].append(street(r, fake))
        cols["zhifu_fs"].append(paid)
        cols["zhifu_je"].append(round(r.uniform(1, 3000), 2))
        cols["dingdan_zt"].append(r.choice(STATUSES))
        cols["xiadan_ip"].append(fake.ipv4_public())
        cols["shebei_xh"].append(f"{brand} {model}")
        cols["shebei_xt"].append(f"{system} {r.choice(versions)}")
        cols["mai_jia_liuyan"].append(r.choice(MESSAGES))
        cols["xiadan_sj"].append(when(r).strftime("%Y-%m-%d %H:%M:%S"))
    pq.write_table(pa.table(cols), out / "pay_orders.parquet")


def ua(r: random.Random, fake: Faker) -> str:
    brand, model, system, versions = r.choice(PHONES[:5] + PHONES[6:])
    return r.choice([
        f"Mozilla/5.0 (Linux; Android {r.choice(['12', '13', '14'])}; {model} Build/HUAWEI{model}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.49.2600(0x28003133) NetType/{r.choice(['WIFI', '4G', '5G'])} Language/zh_CN",
        f"Mozilla/5.0 (Linux; Android 12; HarmonyOS; {model}; HMSCore 6.13.0.302) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 HuaweiBrowser/14.0.6.300 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323b) NetType/WIFI Language/zh_CN",
        fake.user_agent(),
    ])


def access_log(r: random.Random, fake: Faker, out: Path) -> None:
    """access_cn.log: nginx `combined` plus the forwarded-for address, request time and a Han GeoIP field."""
    lines = []
    for i in range(700):
        t = BASE + timedelta(seconds=i * 4 + r.randint(0, 3))
        code, prov, city, _ = ZH3.division(r)
        path = r.choice(NGINX_PATHS)
        if path.endswith("info") or path.endswith("list"):
            query = f"?uid={r.randint(10**8, 10**9 - 1)}&page={r.randint(1, 9)}"
        elif path.endswith("report"):
            query = f"?uid={r.randint(10**8, 10**9 - 1)}&lng={r.uniform(100, 122):.6f}&lat={r.uniform(22, 40):.6f}"
        elif path.endswith("send"):
            query = f"?mobile={fake.phone_number()}&scene={quote('登录')}"
        else:
            query = ""
        ip = fake.ipv4_public()
        status = r.choice([200, 200, 200, 200, 304, 404, 502])
        lines.append(
            f'{ip} - - [{t:%d/%b/%Y:%H:%M:%S %z}] "{r.choice(["GET", "GET", "POST"])} {path}{query} HTTP/1.1" {status} '
            f'{r.randint(120, 48000)} "https://m.shop.example.cn/" "{ua(r, fake)}" "{ip}, 100.64.{r.randint(0, 255)}.{r.randint(1, 254)}" '
            f'rt={r.uniform(0.001, 1.2):.3f} geo="{prov} {city}"')
    (out / "access_cn.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


def app_log(r: random.Random, fake: Faker, out: Path) -> None:
    """app_zh4.log: Python logging, 【】 headings, `名称 值` pairs without `=`, Chinese sentences."""
    lines = []
    for i in range(720):
        t = (BASE + timedelta(seconds=i * 11 + r.randint(0, 9))).strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]
        code, prov, city, county = ZH3.division(r)
        brand, model, system, versions = r.choice(PHONES)
        pick = r.random()
        if pick < 0.15:
            level, mod = "INFO", "user.register"
            msg = f"【用户注册】手机号 {fake.phone_number()} 昵称 {ZH3.nickname(r, fake)} 注册IP {fake.ipv4_public()} 渠道 {r.choice(CHANNELS)}"
        elif pick < 0.3:
            level, mod = "INFO", "device.bind"
            msg = f"【设备绑定】用户ID {r.randint(10**8, 10**9 - 1)} IMEI {ZH3.imei(r)} 品牌 {brand} 型号 {model} 系统 {system} {r.choice(versions)}"
        elif pick < 0.45:
            level, mod = "DEBUG", "lbs.locate"
            msg = (f"【定位】用户 {r.randint(10**8, 10**9 - 1)} 当前位置 {prov}{city}{county}{street(r, fake)}"
                   f" 经纬度({r.uniform(100, 122):.6f},{r.uniform(22, 40):.6f})")
        elif pick < 0.58:
            level, mod = "INFO", "pay.alipay"
            msg = f"【支付】支付宝账号 {alipay_uid(r)} 付款 {r.uniform(1, 999):.2f} 元 成功"
        elif pick < 0.7:
            level, mod = "WARN", "device.battery"
            msg = f"【电量】设备 {hexid(r, 16)} 电量仅剩 {r.randint(1, 19)}%，已开启省电模式，网络 {r.choice(ACCESS[:5])}"
        elif pick < 0.82:
            level, mod = "INFO", "order.ship"
            msg = f"【发货】收件人 {fake.name()} 已在{city}签收，联系电话 {fake.phone_number()}"
        else:
            level, mod = "ERROR", "push.getui"
            msg = f"【推送】推送失败 cid {hexid(r, 32)} 原因 {r.choice(['token过期', '设备离线', '用户关闭通知'])}"
        lines.append(f"{t} {level:<5} [{mod}] {msg}")
    (out / "app_zh4.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [(members_gbk, "zh_CN"), (members_tw, "zh_TW"), (sdk_events, "zh_CN"), (pay_orders, "zh_CN"),
              (access_log, "zh_CN"), (app_log, "zh_CN")]


def generate(out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for i, (gen, locale) in enumerate(GENERATORS):
        gen(random.Random(seed * 1000 + i), faker(locale, seed * 1000 + i), out)


def verify(out: Path, labels: Path) -> int:
    """Every field of every table has a label and every label names a field (the GBK file decoded)."""
    fields: dict[str, set[str]] = {}
    with (out / "会员导出.csv").open(encoding="gbk", newline="") as fh:
        fields["会员导出.csv"] = set(next(csv.reader(fh)))
    with (out / "tw_members.csv").open(encoding="utf-8", newline="") as fh:
        fields["tw_members.csv"] = set(next(csv.reader(fh)))
    keys: set[str] = set()
    with (out / "sdk_events.ndjson").open(encoding="utf-8") as fh:
        for line in fh:
            for k, v in json.loads(line).items():
                keys.update(f"{k}.{kk}" for kk in v) if isinstance(v, dict) else keys.add(k)
    fields["sdk_events.ndjson"] = keys
    fields["pay_orders.parquet"] = set(pq.read_schema(out / "pay_orders.parquet").names)
    return check_labels(out, fields, labels, ("access_cn.log", "app_zh4.log"))


def main() -> int:
    return generate_main(__doc__, generate, verify, 20240903, HERE / "labels.csv")


if __name__ == "__main__":
    sys.exit(main())
