"""Generate the third Chinese benchmark (benchmarks/zh3), in styles neither zh nor zh2 use.

usage: python benchmarks/zh3/generate.py OUT_DIR [--seed N] [--verify]

Four tables, an IoT database and a Chinese application log, from an e-commerce / smart-device
business and its habits:

- `YH_JBXX.csv`: a user master table exported from an Oracle-style system, upper-case pinyin
  initials as column names (`YHID`, `XM`, `SJH`, `SFZH`, `CSRQ`, `DZ`, `HY`), written the way
  Excel's "CSV UTF-8" writes it (byte-order mark, CRLF);
- `wulian.duckdb` (`iot_shebei`): smart speakers, watches and phones; names mixing Han and
  English (`设备SN`, `用户ID`, `device_型号`) beside pinyin initials described only by Han
  column comments (`dl` 剩余电量, `cdzt` 充电状态, `lyej` 已配对的蓝牙音频设备);
- `dingdan_2024.parquet`: orders with Han names (`收货人`, `联系电话`, `支付卡号`, `下单IP`);
- `guiji.ndjson`: a location trail logged as JSON with Han keys (`定位.x`, `逆地理.详细`, `基站.运营商代码`);
- `hudong_events.parquet`: app events with camelCase pinyin names (`yonghuId`, `anjianJiange`,
  `guanggaoBiaoshi`, `dianchiZhuangtai` holding `电量 85% 充电中`);
- `app_zh3.log`: a Logback-style service log mixing `key=value` and `key：value` (full-width
  colon) with Chinese messages (`登录成功 用户=… 手机=138****1234`).

Values are drawn from public knowledge that datamap's recognizers do not ship: person names,
mobile numbers, companies and user names from Faker's zh_CN locale data; administrative
divisions (GB/T 2260 codes and names) from python-stdnum's `cn/loc.dat`, which also gives the
resident identity numbers their area codes, with stdnum's ISO 7064 and Luhn check digits;
industries are the 20 sections of GB/T 4754-2017.

Deterministic: the same seed and the same Faker version give byte-identical files (no clock).
--verify checks that every generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import random
import sys
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import stdnum
from faker import Faker
from stdnum import luhn
from stdnum.cn import ric

from datamap import duck  # offline DuckDB connections (no extension download)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelcheck import generate_main, load_generator  # noqa: E402
from zhwriters import write_csv, write_ndjson  # noqa: E402
BASE = datetime(2024, 8, 12, 9, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
MUNICIPALITIES = ("11", "12", "31", "50")  # 北京 天津 上海 重庆: the province is the city


def current_name(raw: str) -> str | None:
    """The name in force today from loc.dat's `[1983-1994]海康县,[1994-]雷州市` history, or None."""
    for part in raw.split(","):
        if not part.startswith("["):
            return part
        years, name = part[1:].split("]")
        if years.endswith("-"):
            return name
    return None


def divisions() -> list[tuple[str, str, str, str]]:
    """(code, province, city, county) of today's counties and districts, from stdnum's GB/T 2260 table."""
    table = Path(stdnum.__file__).parent / "cn" / "loc.dat"
    provinces: dict[str, str] = {}
    cities: dict[str, str] = {}
    counties: list[tuple[str, str]] = []
    province = ""
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, value = line.strip().partition(" ")
        name = current_name(value.split("=", 1)[1].strip('"'))
        if not line.startswith(" "):
            province = code
            if name:
                provinces[code] = name
            continue
        if name is None or name in ("市辖区", "县", "郊区", "矿区"):
            continue
        full = province + code
        if "[" not in value:
            STABLE.append(full)
        if full.endswith("00"):
            cities[full[:4]] = name
        else:
            counties.append((full, name))
    out = []
    for full, county in counties:
        prov = provinces.get(full[:2])
        city = prov if full[:2] in MUNICIPALITIES else cities.get(full[:4])
        if prov and city and full[:2] not in ("71", "81", "82"):  # mainland numbering only
            out.append((full, prov, city, county))
    return out


#: codes in use under one name since the table's start (1980s): birth places of identity numbers
STABLE: list[str] = []
DIVISIONS = divisions()

# GB/T 4754-2017 国民经济行业分类, its 20 sections (门类)
INDUSTRIES = ["农、林、牧、渔业", "采矿业", "制造业", "电力、热力、燃气及水生产和供应业", "建筑业", "批发和零售业",
              "交通运输、仓储和邮政业", "住宿和餐饮业", "信息传输、软件和信息技术服务业", "金融业", "房地产业",
              "租赁和商务服务业", "科学研究和技术服务业", "水利、环境和公共设施管理业", "居民服务、修理和其他服务业",
              "教育", "卫生和社会工作", "文化、体育和娱乐业", "公共管理、社会保障和社会组织", "国际组织"]
ROLES = ["个人买家", "企业采购", "入驻商家", "带货主播", "MCN机构", "供应商", "分销员"]
STREET_ENDS = ["路", "街", "大道", "巷", "胡同", "大街"]
BUILDINGS = ["花园", "公寓", "大厦", "新村", "家园", "苑", "广场", "华府"]
NICK_HEADS = ["阿", "小", "老", "大", "喵喵", "一只", "不吃香菜的", "会飞的", "爱笑的"]
NICK_TAILS = ["鱼", "橙子", "猫", "土豆", "星星", "阿黄", "木木", "糖糖", "汪汪", "同学", "仔"]
BIOS = ["喜欢徒步和摄影,周末常去郊外", "一个爱做饭的上班族", "专注母婴好物分享", "数码发烧友,手机换得比衣服勤",
        "在读研究生,偶尔写点东西", "开了一家小花店,欢迎来逛", "退休教师,喜欢书法和太极", "健身三年,减重二十斤"]

# IoT and phones: (device name, OS versions, screen, has SIM)
IOT = [
    ("小米智能音箱Pro", ["Xiaomi Vela 1.0", "Linux 4.9"], "无屏", False),
    ("小度智能屏X8", ["DuerOS 5.0", "Android 9"], "1280x800", False),
    ("天猫精灵CC10", ["AliGenie OS 3.2", "Android 8.1"], "1280x800", False),
    ("华为 WATCH 4 Pro", ["HarmonyOS 4.0.0.115", "HarmonyOS 3.1.0.52"], "466x466", True),
    ("Redmi Watch 3", ["Xiaomi Vela 2.0"], "390x450", False),
    ("华为 Mate 60 Pro", ["HarmonyOS 4.0.0", "HarmonyOS 4.2.0"], "2720x1260", True),
    ("小米14 Ultra", ["Xiaomi HyperOS 1.0.5", "Android 14"], "3200x1440", True),
    ("OPPO Find X7 Ultra", ["ColorOS 14.0.1", "Android 14"], "3168x1440", True),
    ("荣耀 Magic6 Pro", ["MagicOS 8.0", "Android 14"], "2800x1280", True),
    ("vivo X Fold3", ["OriginOS 4", "Android 14"], "2480x2200", True),
]
BT_AUDIO = ["AirPods Pro (第二代)", "华为 FreeBuds Pro 3", "小米 Buds 4 Pro", "OPPO Enco Free3", "漫步者 W820NB",
            "索尼 WH-1000XM5", "无"]
CARRIERS = ["中国移动", "中国联通", "中国电信", "中国广电"]
CARRIER_CODES = ["46000", "46002", "46007", "46001", "46006", "46003", "46011", "46015"]
TIMEZONES = ["东八区", "UTC+08:00", "GMT+8", "Asia/Shanghai", "东八区"]
GOODS = ["华为 Mate 60 Pro 12GB+512GB 雅丹黑", "小米14 Ultra 钛金属版", "iPhone 15 Pro Max 256GB", "漫步者 W820NB 头戴式耳机",
         "五常大米 10kg", "北面冲锋衣 男款 XL", "乐高 机械组 42154", "安踏 跑步鞋 42码", "三只松鼠 坚果礼盒", "戴森 吹风机 HD15"]
PAY = ["微信支付", "支付宝", "银联云闪付", "花呗分期", "货到付款"]
REMARKS = ["麻烦发顺丰,急用", "请放门口的快递柜", "送给我妈妈的生日礼物,请不要放发票", "下午三点以后再送,白天没人",
           "上次的包装被压坏了,这次包严实点", "尺码拍错了,能改成L吗", "请备注赠品", "谢谢老板!"]
LOGISTICS = ["SF", "YT", "ZTO", "JD", "YD"]
EVENT_NAMES = ["浏览商品", "点赞", "关注主播", "加入购物车", "领取优惠券", "分享到微信", "发表评论", "搜索", "进入直播间"]
SCREENS = ["com.shop.app.ui.HomeActivity", "com.shop.app.ui.goods.DetailActivity", "com.shop.app.live.LiveRoomActivity",
           "com.shop.app.ui.cart.CartActivity", "com.shop.app.ui.mine.OrderListActivity"]
APPS = ["微信", "支付宝", "抖音", "淘宝", "拼多多", "美团", "高德地图", "哔哩哔哩", "小红书", "京东", "QQ音乐", "百度网盘"]
SEARCHES = ["冲锋衣 男", "蓝牙耳机 降噪", "猫粮 幼猫", "空气净化器", "儿童自行车", "防晒霜 敏感肌", "螺蛳粉", "露营帐篷"]
COMMENTS = ["质量很好,物流也快,五星好评", "颜色比图片深一点,不过还能接受", "第二次回购了,家里人都说好用", "客服态度很差,再也不买了",
            "包装很用心,送人很有面子", "用了一周就坏了,申请售后中", "性价比很高,推荐购买", "主播讲解得很详细,跟着买准没错"]
HEADSETS = ["未连接", "有线耳机", "蓝牙:AirPods Pro", "蓝牙:华为 FreeBuds 5i", "蓝牙:OPPO Enco Air3", "未连接"]
NET_CONSTANTS = ["NETWORK_WIFI", "NETWORK_4G", "NETWORK_5G", "NETWORK_3G", "NETWORK_WIFI", "NETWORK_NONE"]


def faker(seed: int) -> Faker:
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return fake


def division(r: random.Random) -> tuple[str, str, str, str]:
    return r.choice(DIVISIONS)


def address(r: random.Random, fake: Faker, place: tuple[str, str, str, str] | None = None) -> str:
    """省/市/区 from GB/T 2260, then a street, a number and often a building and a room."""
    code, prov, city, county = place or division(r)
    head = (city if prov == city else prov + city) + county
    street = fake.last_name() + r.choice(["山", "河", "新", "东", "南", "中山", "建设", "人民", "和平"]) + r.choice(STREET_ENDS)
    tail = f"{street}{r.randint(1, 888)}号"
    if r.random() < 0.6:
        tail += f"{fake.last_name()}{r.choice(BUILDINGS)}{r.randint(1, 24)}栋{r.randint(1, 4)}单元{r.randint(1, 33)}{r.randint(1, 6):02d}室"
    return head + tail


def resident_id(r: random.Random, area: str, born: date) -> str:
    """The number is issued where one was registered at birth: a code in use then (same province)."""
    if area not in STABLE:
        area = r.choice([code for code in STABLE if code.startswith(area[:2]) and not code.endswith("00")] or STABLE)
    body = f"{area}{born:%Y%m%d}{r.randint(0, 999):03d}"
    check = ric.calc_check_digit(body + "?")  # stdnum's function takes the number with a check place
    return body + (check.lower() if check == "X" and r.random() < 0.3 else check)


def unionpay(r: random.Random) -> str:
    body = "62" + "".join(r.choice("0123456789") for _ in range(r.choice([13, 16])))  # 16 or 19 digits with the check
    card = body + luhn.calc_check_digit(body)
    return " ".join(card[i:i + 4] for i in range(0, len(card), 4)) if r.random() < 0.3 else card


def imei(r: random.Random) -> str:
    body = r.choice(["86", "35"]) + "".join(r.choice("0123456789") for _ in range(12))
    return body + luhn.calc_check_digit(body)


def oaid(r: random.Random) -> str:
    pick = r.random()
    if pick < 0.08:
        return "00000000-0000-0000-0000-000000000000"  # the user limited ad tracking
    if pick < 0.45:
        return str(uuid.UUID(int=r.getrandbits(128), version=4))
    if pick < 0.7:
        return "".join(r.choice("0123456789abcdef") for _ in range(16))
    return "".join(r.choice("0123456789abcdef") for _ in range(64))


def mobile(fake: Faker) -> str:
    return fake.phone_number()


def masked(phone: str) -> str:
    return phone[:3] + "****" + phone[7:]


def nickname(r: random.Random, fake: Faker) -> str:
    pick = r.random()
    if pick < 0.35:
        return fake.user_name()
    if pick < 0.6:
        return r.choice(["阿", "小"]) + fake.first_name()[-1]
    return r.choice(NICK_HEADS) + r.choice(NICK_TAILS)


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def born(r: random.Random) -> date:
    return date(1955, 1, 1) + timedelta(days=r.randint(0, 365 * 50))


def users(r: random.Random, fake: Faker, out: Path) -> None:
    """用户基本信息: upper-case pinyin initials, exported as Excel writes CSV (BOM, CRLF)."""
    header = ["YHID", "XM", "NC", "XB", "CSRQ", "NL", "SJH", "GDDH", "SFZH", "YX", "DZ", "SZCS", "HY", "YHSF",
              "HYDJ", "ZT", "ZCSJ", "GRJJ"]
    rows: list[list] = []
    for i in range(480):
        place = division(r)
        b = born(r)
        phone = mobile(fake)
        code = place[0]
        rows.append([
            str(31000000 + i * 13 + r.randint(0, 12)),
            fake.name(),
            nickname(r, fake),
            r.choice(["男", "女"]),
            b.strftime("%Y%m%d"),
            (BASE.date() - b).days // 365,
            r.choice([phone, phone, f"+86 {phone}", f"86-{phone}"]),
            f"0{r.randint(10, 999)}-{r.randint(2, 8)}{r.randint(100000, 9999999)}" + (f"转{r.randint(100, 899)}" if r.random() < 0.2 else ""),
            resident_id(r, code, b),
            fake.free_email(),
            address(r, fake, place),
            place[2],
            r.choice(INDUSTRIES),
            r.choice(ROLES),
            f"V{r.randint(1, 7)}",
            r.choice(["正常", "正常", "正常", "冻结", "已注销"]),
            when(r, 900).strftime("%Y/%m/%d %H:%M:%S"),
            r.choice(BIOS) if r.random() < 0.6 else "",
        ])


    write_csv(out / "YH_JBXX.csv", header, rows, encoding="utf-8-sig", lineterminator="\r\n")
def iot(r: random.Random, fake: Faker, out: Path) -> None:
    """物联网设备表 in DuckDB: Han+English names, and pinyin initials described by Han comments."""
    path = out / "wulian.duckdb"
    if path.exists():
        path.unlink()
    con = duck.connect(str(path))
    con.execute("""CREATE TABLE iot_shebei (
        "设备SN" VARCHAR, "用户ID" BIGINT, "device_型号" VARCHAR, os_ver VARCHAR, mac VARCHAR, dl INTEGER,
        cdzt VARCHAR, yl INTEGER, jy INTEGER, lyej VARCHAR, lwfs VARCHAR, yys VARCHAR, sq VARCHAR, fbl VARCHAR,
        gjbb VARCHAR, jhsj TIMESTAMP, wd DOUBLE, "安装城市" VARCHAR)""")
    comments = {"os_ver": "操作系统及版本", "mac": "设备MAC地址", "dl": "剩余电量", "cdzt": "充电状态",
                "yl": "媒体音量(0-15)", "jy": "是否静音", "lyej": "已配对的蓝牙音频设备", "lwfs": "联网方式",
                "yys": "SIM卡运营商", "sq": "设备时区", "fbl": "屏幕分辨率", "gjbb": "固件版本号",
                "jhsj": "激活时间", "wd": "机身温度(℃)"}
    for column, text in comments.items():
        con.execute(f"COMMENT ON COLUMN iot_shebei.{column} IS '{text}'")
    rows = []
    for i in range(420):
        name, systems, screen, sim = r.choice(IOT)
        network = r.choice(["4G", "5G", "WiFi"]) if sim else r.choice(["WiFi", "WiFi", "有线", "蓝牙"])
        level = r.randint(1, 100)
        rows.append((
            r.choice(["XM", "HW", "BD", "TM", "RD"]) + f"{r.randint(20, 24)}" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(10)),
            700000000 + r.randint(0, 9_000_000),
            name,
            r.choice(systems),
            ":".join(f"{r.randint(0, 255):02X}" for _ in range(6)),
            level,
            "充电中" if r.random() < 0.25 else ("已充满" if level == 100 else ("低电量" if level < 15 else "未充电")),
            r.randint(0, 15),
            r.choice([0, 0, 0, 1]),
            r.choice(BT_AUDIO),
            network,
            r.choice(CARRIERS) if sim else "无SIM卡",
            r.choice(TIMEZONES),
            screen,
            f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 99)}",
            (when(r, 400)).replace(tzinfo=None),
            round(r.uniform(24, 46), 1),
            division(r)[2],
        ))
    con.executemany("INSERT INTO iot_shebei VALUES (" + ", ".join("?" * 18) + ")", rows)
    con.close()


def orders(r: random.Random, fake: Faker, out: Path) -> None:
    """订单明细: Han column names, Parquet."""
    cols: dict[str, list] = {k: [] for k in [
        "订单编号", "买家ID", "收货人", "联系电话", "收货地址", "省份", "支付方式", "支付卡号", "商品名称", "实付金额(元)",
        "买家留言", "下单IP", "下单时间", "物流单号", "发票抬头"]}
    for i in range(520):
        place = division(r)
        phone = mobile(fake)
        paid = r.choice(PAY)
        cols["订单编号"].append(f"{BASE:%Y%m%d}{r.randint(10**10, 10**11 - 1)}")
        cols["买家ID"].append(fake.user_name() + str(r.randint(1, 999)))
        cols["收货人"].append(fake.name())
        cols["联系电话"].append(r.choice([phone, phone, masked(phone), f"{phone[:3]}-{phone[3:7]}-{phone[7:]}"]))
        cols["收货地址"].append(address(r, fake, place))
        cols["省份"].append(place[1])
        cols["支付方式"].append(paid)
        cols["支付卡号"].append(unionpay(r) if paid == "银联云闪付" or r.random() < 0.5 else None)
        cols["商品名称"].append(r.choice(GOODS))
        cols["实付金额(元)"].append(round(r.uniform(9.9, 8999), 2))
        cols["买家留言"].append(r.choice(REMARKS) if r.random() < 0.4 else "")
        cols["下单IP"].append(fake.ipv4_public())
        cols["下单时间"].append(when(r).strftime("%Y-%m-%d %H:%M:%S"))
        cols["物流单号"].append(r.choice(LOGISTICS) + str(r.randint(10**11, 10**13)))
        cols["发票抬头"].append(r.choice([fake.company(), "个人", fake.company()]))
    pq.write_table(pa.table(cols), out / "dingdan_2024.parquet")


def trail(r: random.Random, fake: Faker, out: Path) -> None:
    """定位轨迹: a JSON log with Han keys, one fix per line."""
    riders = [(str(r.randint(10**7, 10**8 - 1)), imei(r), division(r)) for _ in range(60)]
    records: list = []
    for i in range(560):
        user, device, place = r.choice(riders)
        # a point near the county's seat: GB/T 2260 gives no coordinates, so a plausible mainland box
        lon, lat = r.uniform(98.0, 122.0), r.uniform(21.5, 41.0)
        doc = {
            "时间": (BASE + timedelta(seconds=i * 37)).isoformat(),
            "级别": r.choice(["INFO", "INFO", "WARN"]),
            "用户": user,
            "设备号": device,
            "定位": {"x": round(lon, 6), "y": round(lat, 6), "坐标系": r.choice(["GCJ02", "WGS84", "BD09"]),
                     "精度": r.choice([5, 10, 15, 30, 65, 120])},
            "逆地理": {"省": place[1], "市": place[2], "区": place[3], "详细": address(r, fake, place)},
            "基站": {"运营商代码": r.choice(CARRIER_CODES)},
            "电量": f"{r.randint(3, 100)}%",
            "网络": r.choice(["4G", "5G", "WIFI", "3G"]),
            "消息": r.choice(["上报成功", "上报成功", "定位漂移已过滤", "缓存补传"]),
        }
        records.append(doc)


    write_ndjson(out / "guiji.ndjson", records)
def ua(r: random.Random, fake: Faker) -> str:
    android = f"Android {r.choice([12, 13, 14])}"
    model = r.choice(["ALN-AL00", "23116PN5BC", "PHZ110", "V2324A", "BVL-AN16"])
    return r.choice([
        f"Mozilla/5.0 (Linux; {android}; {model} Build/HUAWEIALN-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 NetType/WIFI Language/zh_CN",
        f"Mozilla/5.0 (Linux; {android}; {model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 HuaweiBrowser/14.0.5.302 Mobile Safari/537.36",
        fake.user_agent(),
        f"okhttp/4.{r.randint(9, 12)}.{r.randint(0, 3)}",
    ])


def events(r: random.Random, fake: Faker, out: Path) -> None:
    """互动事件: camelCase pinyin names, Parquet."""
    cols: dict[str, list] = {k: [] for k in [
        "yonghuId", "shijianMingcheng", "yemianLujing", "tingliuShichang", "sousuoCi", "anjianJiange", "yingyongLiebiao",
        "guanggaoBiaoshi", "yonghuDaili", "pingmuChicun", "shiqu", "wangluoLeixing", "yinliang", "erjiZhuangtai",
        "dianchiZhuangtai", "pinglunNeirong", "shijianChuo", "appBanben"]}
    people = [(f"u{r.randint(10**9, 10**10 - 1):x}", oaid(r)) for _ in range(200)]
    for i in range(640):
        user, ad = r.choice(people)
        event = r.choice(EVENT_NAMES)
        level = r.randint(2, 100)
        cols["yonghuId"].append(user)
        cols["shijianMingcheng"].append(event)
        cols["yemianLujing"].append(r.choice(SCREENS))
        cols["tingliuShichang"].append(round(r.uniform(0.4, 180), 2))
        cols["sousuoCi"].append(r.choice(SEARCHES) if event == "搜索" else "")
        cols["anjianJiange"].append("|".join(str(r.randint(45, 420)) for _ in range(r.randint(4, 12))))
        cols["yingyongLiebiao"].append(",".join(r.sample(APPS, r.randint(3, 7))))
        cols["guanggaoBiaoshi"].append(ad)
        cols["yonghuDaili"].append(ua(r, fake))
        cols["pingmuChicun"].append(r.choice(["2400*1080", "2720*1260", "2556*1179", "3200*1440", "1600*720"]))
        cols["shiqu"].append(r.choice(["+0800", "GMT+08:00", "+0800", "Asia/Shanghai"]))
        cols["wangluoLeixing"].append(r.choice(NET_CONSTANTS))
        cols["yinliang"].append(round(r.random(), 2))
        cols["erjiZhuangtai"].append(r.choice(HEADSETS))
        cols["dianchiZhuangtai"].append(f"电量 {level}% " + ("充电中" if r.random() < 0.3 else "未充电"))
        cols["pinglunNeirong"].append(r.choice(COMMENTS) if event == "发表评论" else "")
        cols["shijianChuo"].append(int(when(r).timestamp() * 1000))
        cols["appBanben"].append(f"6.{r.randint(0, 9)}.{r.randint(0, 20)}")
    pq.write_table(pa.table(cols), out / "hudong_events.parquet")


def service_log(r: random.Random, fake: Faker, out: Path) -> None:
    """A Logback-style log: `key=value` and `key：value` (full-width colon), Chinese messages."""
    lines = []
    threads = ["http-nio-8080-exec-3", "http-nio-8080-exec-7", "scheduling-1", "kafka-consumer-2"]
    for i in range(760):
        t = (BASE + timedelta(seconds=i * 9 + r.randint(0, 8))).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        place = division(r)
        pick = r.random()
        name, systems, _, _ = r.choice(IOT[5:])
        phone = mobile(fake)
        if pick < 0.14:
            level, cls = "INFO ", "c.s.user.LoginController"
            msg = f"登录成功 用户={r.randint(31000000, 31006300)} 手机={masked(phone)} IP={fake.ipv4_public()}"
        elif pick < 0.26:
            level, cls = "INFO ", "c.s.device.ReportService"
            msg = f"设备信息：型号：{name}，系统：{r.choice(systems)}，运营商：{r.choice(CARRIERS)}，网络：{r.choice(['4G', '5G', 'WiFi'])}"
        elif pick < 0.36:
            level, cls = "DEBUG", "c.s.device.ReportService"
            msg = f"电池上报 电量{r.randint(3, 100)}% {r.choice(['充电中', '未充电', '已充满'])}，时区：{r.choice(TIMEZONES)}"
        elif pick < 0.48:
            level, cls = "INFO ", "c.s.order.AddressService"
            msg = f"保存收货信息 收件人：{fake.name()} 电话：{phone} 地址：{address(r, fake, place)}"
        elif pick < 0.58:
            level, cls = "DEBUG", "c.s.lbs.LocateHandler"
            msg = f"定位上报 经度={r.uniform(98, 122):.6f} 纬度={r.uniform(21.5, 41):.6f} 城市={place[2]}"
        elif pick < 0.66:
            level, cls = "INFO ", "c.s.ad.AttributionService"
            msg = f"广告归因 oaid={oaid(r)} 渠道={r.choice(['华为应用市场', '小米应用商店', '应用宝', '抖音信息流'])}"
        elif pick < 0.76:
            level, cls = "INFO ", "c.s.order.OrderService"
            msg = f"用户{fake.name()}在{place[2]}{place[3]}下单成功，订单号={BASE:%Y%m%d}{r.randint(10**10, 10**11 - 1)}"
        elif pick < 0.88:
            level, cls = "ERROR", "c.s.pay.PayService"
            msg = f"支付失败 订单号={BASE:%Y%m%d}{r.randint(10**10, 10**11 - 1)} 金额={r.uniform(9, 5000):.2f}元 原因={r.choice(['余额不足', '银行卡已冻结', '风控拦截', '超时未支付'])}"
        else:
            level, cls = "WARN ", "c.s.job.CacheJob"
            msg = f"缓存刷新耗时{r.randint(200, 9000)}毫秒，命中率{r.randint(40, 99)}%"
        lines.append(f"{t} [{r.choice(threads)}] {level} {cls} - {msg}")
    (out / "app_zh3.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [users, iot, orders, trail, events, service_log]


def generate(out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for i, gen in enumerate(GENERATORS):
        gen(random.Random(seed * 1000 + i), faker(seed * 1000 + i), out)


def verify(out: Path, labels: Path) -> int:
    """benchmarks/zh's checker: the files, then the DuckDB table's columns."""
    zh = load_generator("zh")
    database = out / "wulian.duckdb"
    con = duck.connect(str(database), read_only=True)
    columns = {c for (c,) in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = 'iot_shebei'").fetchall()}
    con.close()
    return zh.verify_with_database(out, labels, database, "iot_shebei", columns)


def main() -> int:
    return generate_main(__doc__, generate, verify, 20240812, HERE / "labels.csv")


if __name__ == "__main__":
    sys.exit(main())
