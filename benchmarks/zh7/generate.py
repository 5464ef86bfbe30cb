"""Generate the seventh Chinese benchmark (benchmarks/zh7), in styles zh … zh6 do not use.

usage: python benchmarks/zh7/generate.py OUT_DIR [--seed N] [--verify]

Five tables of users, devices, locations, orders and interaction events, and an application
log, in vendors' schemas and file habits the earlier sets left out:

- `會員資料.csv`: a Hong Kong shop's members in **traditional characters, Big5-HKSCS encoded**
  (what a Traditional-Chinese Windows writes): HK identity card numbers `A123456(7)` with their
  check digit, `+852` mobiles and 8-digit home numbers, HK addresses (`九龍油尖旺區彌敦道…樓B室`
  and English ones `Flat B, 12/F, …, Kowloon`), English names `CHAN Tai Man`, `DD/MM/YYYY`
  birth dates, credit cards;
- `设备台账.xlsx`: an operations team's device ledger in Excel with a **two-level merged
  header** (`电池` over `电量`/`状态`/`健康度`, `网络` over `类型`/`运营商`/`IP`): a sub-header alone
  (`状态`, `类型`, `名称`) says little, the group above it says what it is;
- `骑手轨迹.csv`: a food-delivery platform's rider trail, **GB18030** encoded, with **WKT** points
  (`POINT(116.397 39.908)`), the platform's **privacy numbers** (`17012345678转1234`),
  **full-width** digits and letters in addresses, business districts and delivery stations;
- `taobao_trades.json`: orders as the **Taobao open platform (TOP)** returns them: one JSON
  document, `trades_sold_get_response.trades.trade[]` with `receiver_name`, `receiver_mobile`,
  `receiver_state`/`city`/`district`/`town`, `buyer_open_uid`, masked `buyer_alipay_no` …;
- `sensors_events.ndjson`: a **Sensors Analytics (神策)** export: `distinct_id`, `identities`,
  `lib.$lib`, `properties.$os`/`$model`/`$manufacturer`/`$screen_width`/`$carrier`/
  `$network_type`/`$wifi`/`$ip`/`$province`/`$city`, `$latitude`/`$longitude` as integers
  (degrees × 10⁶, as the SDK sends them), `$timezone_offset` in minutes (`-480`);
- `delivery-go.log`: a **Go** service's log written by zap's console encoder (tab-separated time,
  level, caller, a Chinese message and a JSON object of fields) mixed with `log.Printf` lines
  whose values sit in brackets (`骑手[王建国]已接单，顾客手机[138…]`).

Values are drawn from public data: person names, mobiles, user names, e-mail and IPv4 addresses
from Faker's zh_CN locale (MIT); GB/T 2260 divisions and resident identity numbers through
benchmarks/zh3's generator (python-stdnum's data and check); card numbers with stdnum's Luhn;
HK districts, streets, estates, Cantonese romanisation of surnames, business districts, devices,
events and messages written for this benchmark from public knowledge (HK's 18 districts, the
HKID check-digit rule, Sensors Analytics' documented preset properties, TOP's trade fields).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker
from stdnum import luhn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from zhwriters import csv_text, write_ndjson  # noqa: E402
from labelcheck import check_labels, generate_main, load_generator  # noqa: E402
BASE = datetime(2024, 12, 2, 9, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock


ZH3 = load_generator("zh3")  # GB/T 2260 divisions, identity numbers, addresses, OAIDs, nicknames, industries

# Cantonese romanisation of common HK surnames (as HKID cards print them)
HK_SURNAMES = [("陳", "CHAN"), ("黃", "WONG"), ("李", "LEE"), ("張", "CHEUNG"), ("梁", "LEUNG"), ("劉", "LAU"), ("林", "LAM"),
               ("吳", "NG"), ("何", "HO"), ("郭", "KWOK"), ("楊", "YEUNG"), ("鄭", "CHENG"), ("謝", "TSE"), ("周", "CHOW"),
               ("馮", "FUNG"), ("曾", "TSANG"), ("蔡", "CHOI"), ("麥", "MAK"), ("葉", "YIP"), ("盧", "LO"), ("羅", "LAW"),
               ("鍾", "CHUNG"), ("蕭", "SIU"), ("區", "AU")]
HK_GIVEN = [("大文", "Tai Man"), ("嘉欣", "Ka Yan"), ("詠詩", "Wing Sze"), ("志強", "Chi Keung"), ("家豪", "Ka Ho"),
            ("偉明", "Wai Ming"), ("美玲", "Mei Ling"), ("俊傑", "Chun Kit"), ("曉彤", "Hiu Tung"), ("子健", "Tsz Kin"),
            ("慧敏", "Wai Man"), ("國華", "Kwok Wah"), ("麗珊", "Lai Shan"), ("浩然", "Ho Yin"), ("思穎", "Sze Wing"),
            ("振邦", "Chun Pong"), ("凱琳", "Hoi Lam"), ("永康", "Wing Hong"), ("碧君", "Pik Kwan"), ("嘉俊", "Ka Chun")]
HK_ENGLISH_FIRST = ["Peter", "Mary", "Jason", "Karen", "Kelvin", "Winnie", "Alan", "Joyce", "Eric", "Cindy"]
# (district, region, street in Chinese, street in English, estate/building in Chinese, in English)
HK_PLACES = [
    ("油尖旺區", "九龍", "彌敦道", "Nathan Road", "旺角中心", "Wang Kok Centre"),
    ("灣仔區", "香港島", "軒尼詩道", "Hennessy Road", "海港中心", "Harbour Centre"),
    ("中西區", "香港島", "皇后大道中", "Queen's Road Central", "中環中心", "The Center"),
    ("東區", "香港島", "英皇道", "King's Road", "太古城", "Taikoo Shing"),
    ("南區", "香港島", "香港仔大道", "Aberdeen Main Road", "華富邨", "Wah Fu Estate"),
    ("深水埗區", "九龍", "長沙灣道", "Cheung Sha Wan Road", "麗閣邨", "Lai Kok Estate"),
    ("九龍城區", "九龍", "太子道西", "Prince Edward Road West", "黃埔花園", "Whampoa Garden"),
    ("黃大仙區", "九龍", "龍翔道", "Lung Cheung Road", "天馬苑", "Tin Ma Court"),
    ("觀塘區", "九龍", "觀塘道", "Kwun Tong Road", "麗港城", "Laguna City"),
    ("荃灣區", "新界", "青山公路", "Castle Peak Road", "荃灣中心", "Tsuen Wan Centre"),
    ("屯門區", "新界", "屯門鄉事會路", "Tuen Mun Heung Sze Wui Road", "美樂花園", "Melody Garden"),
    ("元朗區", "新界", "天水圍天瑞路", "Tin Shui Road", "嘉湖山莊", "Kingswood Villas"),
    ("沙田區", "新界", "沙田正街", "Sha Tin Centre Street", "沙田第一城", "City One Shatin"),
    ("大埔區", "新界", "大埔公路", "Tai Po Road", "大埔中心", "Tai Po Centre"),
    ("西貢區", "新界", "將軍澳唐德街", "Tong Tak Street", "新都城", "Metro City"),
    ("葵青區", "新界", "青衣路", "Tsing Yi Road", "青衣城", "Maritime Square"),
    ("北區", "新界", "上水新運路", "San Wan Road", "上水中心", "Sheung Shui Centre"),
    ("離島區", "新界", "東涌達東路", "Tat Tung Road", "東堤灣畔", "Tung Chung Crescent"),
]
HK_INDUSTRIES = ["金融及保險", "進出口貿易", "零售", "住宿及膳食服務", "運輸及倉庫", "資訊及通訊", "地產", "專業及商用服務",
                 "教育", "醫療及社會工作", "公共行政", "建造"]
HK_MEMBER_TYPES = ["個人會員", "個人會員", "個人會員", "VIP會員", "企業客戶", "商戶"]
HK_REMARKS = ["", "", "", "請於辦公時間送貨", "已轉用電子月結單", "客戶要求以WhatsApp聯絡", "舊會員，由實體店轉入",
              "生日月份送優惠券", "投訴跟進中"]
TITLES = ["先生", "女士", "小姐"]

# (brand, model, system name, system versions, screen w x h)
DEVICES = [
    ("HUAWEI", "Mate 60 Pro", "HarmonyOS", ["4.2.0", "4.0.0"], (1260, 2720)),
    ("HUAWEI", "nova 12", "HarmonyOS", ["4.0.0"], (1084, 2412)),
    ("Xiaomi", "Xiaomi 14", "HyperOS", ["1.0.5", "1.0.12"], (1200, 2670)),
    ("Redmi", "Redmi K70", "HyperOS", ["1.0.3"], (1440, 3200)),
    ("OPPO", "Find X7", "ColorOS", ["14.0"], (1264, 2780)),
    ("vivo", "X100", "OriginOS", ["4"], (1260, 2800)),
    ("HONOR", "Magic6", "MagicOS", ["8.0"], (1200, 2664)),
    ("Apple", "iPhone 15", "iOS", ["17.5.1", "18.1"], (1179, 2556)),
    ("Apple", "iPhone 13", "iOS", ["16.7.2", "17.6.1"], (1170, 2532)),
    ("Samsung", "Galaxy S24", "Android", ["14"], (1080, 2340)),
]
# Sensors Analytics reports the hardware model code: (manufacturer, $model, $os, versions, w, h)
SA_DEVICES = [
    ("HUAWEI", "ALN-AL00", "HarmonyOS", ["4.2.0"], 1260, 2720), ("Xiaomi", "23127PN0CC", "Android", ["14"], 1200, 2670),
    ("OPPO", "PHZ110", "Android", ["14", "13"], 1264, 2780), ("vivo", "V2309A", "Android", ["14"], 1260, 2800),
    ("HONOR", "BVL-AN00", "Android", ["14"], 1200, 2664), ("Apple", "iPhone16,1", "iOS", ["17.5.1", "18.0"], 1179, 2556),
    ("Apple", "iPhone14,5", "iOS", ["16.6", "17.4"], 1170, 2532), ("samsung", "SM-S9210", "Android", ["14"], 1080, 2340),
]
CARRIERS = ["中国移动", "中国联通", "中国电信", "中国移动", "中国广电"]
NET_TYPES = ["WIFI", "WIFI", "5G", "4G", "4G", "3G"]
TIMEZONES = ["GMT+08:00", "Asia/Shanghai", "中国标准时间", "UTC+8"]
AUDIO_MODES = ["响铃", "振动", "静音", "响铃"]
AUDIO_OUTS = ["扬声器", "扬声器", "有线耳机", "蓝牙：HUAWEI FreeBuds 5i", "蓝牙：AirPods Pro", "蓝牙：漫步者 Lolli3", "蓝牙：小米 Buds 4"]
BATTERY_STATES = ["充电中", "放电中", "已充满", "未充电"]
DEPARTMENTS = ["华东运营部", "华南运营部", "客服中心", "测试组", "门店"]

# food delivery: (city, adcode, centre lng, lat, business districts, stations)
RIDER_CITIES = [
    ("北京市", "110105", 116.4604, 39.9087, ["国贸CBD", "三里屯", "望京"], ["朝阳区国贸站", "朝阳区望京站"]),
    ("上海市", "310115", 121.5066, 31.2453, ["陆家嘴", "张江", "世纪公园"], ["浦东新区陆家嘴站", "浦东新区张江站"]),
    ("深圳市", "440305", 113.9305, 22.5333, ["科技园", "后海", "南山中心"], ["南山区科技园站", "南山区后海站"]),
    ("杭州市", "330106", 120.1303, 30.2741, ["黄龙", "文三路", "西溪"], ["西湖区文三站", "西湖区黄龙站"]),
    ("成都市", "510107", 104.0668, 30.6196, ["春熙路", "太古里", "天府广场"], ["锦江区春熙路站", "武侯区科华站"]),
    ("武汉市", "420106", 114.3162, 30.5545, ["中南路", "街道口", "光谷"], ["武昌区中南站", "洪山区光谷站"]),
]
RIDER_STATES = ["到店", "取餐", "配送中", "配送中", "已送达"]
FULLWIDTH = str.maketrans("0123456789ABCDEF", "０１２３４５６７８９ＡＢＣＤＥＦ")

TAOBAO_GOODS = [("南极人 纯棉四件套 1.8m床", 159.0), ("三只松鼠 坚果大礼包 1528g", 99.9), ("小米 米家电动牙刷 T302", 129.0),
                ("良品铺子 猪肉脯 200g", 29.9), ("安踏 运动卫衣 男款", 239.0), ("百雀羚 水乳套装", 188.0), ("苏泊尔 电饭煲 4L", 299.0)]
TRADE_STATUS = ["WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_CONFIRM_GOODS", "TRADE_FINISHED", "TRADE_CLOSED", "WAIT_BUYER_PAY"]
BUYER_MESSAGES = ["", "", "", "麻烦发顺丰", "送人的，别放发票", "快点发货谢谢", "放门口就行", "尺码偏小吗？帮我换大一码"]
SELLER_MEMOS = ["", "", "已备注赠品", "催发", "老客户"]

SA_EVENTS = [("$AppStart", None), ("$AppViewScreen", None), ("$AppClick", "立即购买"), ("$AppClick", "加入购物车"),
             ("$AppClick", "领取优惠券"), ("$AppEnd", None), ("ViewProduct", None), ("SubmitOrder", None), ("PayOrder", None),
             ("SearchKeyword", None)]
SA_SCREENS = ["com.shop.app.ui.MainActivity", "com.shop.app.ui.goods.GoodsDetailActivity", "com.shop.app.ui.cart.CartActivity",
              "com.shop.app.ui.order.OrderConfirmActivity", "HomeViewController", "GoodsDetailViewController"]
SA_TITLES = ["首页", "商品详情", "购物车", "确认订单", "我的"]
SA_PROVINCES = [("浙江", "杭州", 120.155, 30.274), ("广东", "深圳", 114.057, 22.543), ("北京", "北京", 116.407, 39.904),
                ("上海", "上海", 121.473, 31.230), ("四川", "成都", 104.066, 30.572), ("湖北", "武汉", 114.305, 30.593)]
SEARCH_WORDS = ["羽绒服", "iPhone 16", "猫粮", "电动牙刷", "螺蛳粉", "四件套"]


def faker(seed: int) -> Faker:
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return fake


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def hexid(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


# --- Hong Kong -------------------------------------------------------------------------------

def hkid(r: random.Random) -> str:
    """A Hong Kong identity card number with its check digit (weights 9..2 over a space-padded
    two-letter prefix, letters 10..35, a space 36; check = 11 - sum mod 11, 10 written A)."""
    prefix = r.choice("ABCDEGHKMPRVWYZ") if r.random() < 0.93 else r.choice(["XA", "WX", "XD"])
    digits = "".join(str(r.randint(0, 9)) for _ in range(6))
    chars = (" " + prefix if len(prefix) == 1 else prefix) + digits
    values = [36 if c == " " else (ord(c) - 55 if c.isalpha() else int(c)) for c in chars]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1)))
    check = (11 - total % 11) % 11
    digit = "A" if check == 10 else str(check)
    return f"{prefix}{digits}({digit})" if r.random() < 0.8 else f"{prefix}{digits}{digit}"


def hk_mobile(r: random.Random) -> str:
    number = f"{r.choice('5679')}{r.randint(0, 9999999):07d}"
    pick = r.random()
    if pick < 0.4:
        return f"+852 {number[:4]} {number[4:]}"
    if pick < 0.7:
        return f"{number[:4]} {number[4:]}"
    if pick < 0.85:
        return number
    return f"(852) {number[:4]}-{number[4:]}"


def hk_home(r: random.Random) -> str:
    number = f"{r.choice('23')}{r.randint(0, 9999999):07d}"
    return f"{number[:4]} {number[4:]}" if r.random() < 0.7 else f"+852-{number}"


def hk_address(r: random.Random, place: tuple) -> str:
    district, region, street, street_en, estate, estate_en = place
    no, floor, flat = r.randint(1, 888), r.randint(1, 45), r.choice("ABCDEFGH")
    if r.random() < 0.25:
        return f"Flat {flat}, {floor}/F, {estate_en}, {no} {street_en}, {region_en(region)}"
    return f"{region}{district}{street}{no}號{estate}{floor}樓{flat}室"


def region_en(region: str) -> str:
    return {"九龍": "Kowloon", "香港島": "Hong Kong", "新界": "New Territories"}[region]


def card_number(r: random.Random) -> str:
    head = r.choice(["4", "51", "52", "55", "62"])
    body = head + "".join(str(r.randint(0, 9)) for _ in range(15 - len(head)))
    full = body + luhn.calc_check_digit(body)
    return " ".join(full[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.6 else full


MEMBER_HEADER = ["會員編號", "中文姓名", "英文姓名", "稱謂", "出生日期", "香港身份證號碼", "手提電話", "住宅電話", "電郵", "通訊地址",
                 "居住地區", "從事行業", "會員類型", "信用卡號碼", "登記IP", "登記日期", "備註"]


def members(r: random.Random, fake: Faker, out: Path) -> None:
    """會員資料.csv: Big5-HKSCS, CRLF, as Excel on a Traditional-Chinese Windows saves CSV."""
    rows: list[list] = []
    for i in range(400):
        (sur, sur_en), (given, given_en) = r.choice(HK_SURNAMES), r.choice(HK_GIVEN)
        english = f"{sur_en} {given_en}" if r.random() < 0.7 else f"{r.choice(HK_ENGLISH_FIRST)} {sur_en}"
        place = r.choice(HK_PLACES)
        born = datetime(1950, 1, 1) + timedelta(days=r.randint(0, 365 * 55))
        rows.append([
            f"HK{r.randint(10_000_000, 99_999_999)}", sur + given if r.random() < 0.9 else "", english, r.choice(TITLES),
            born.strftime("%d/%m/%Y") if r.random() < 0.8 else f"{born.year}年{born.month}月{born.day}日",
            hkid(r) if r.random() < 0.85 else "", hk_mobile(r), hk_home(r) if r.random() < 0.5 else "",
            fake.free_email() if r.random() < 0.7 else f"{sur_en.lower()}{r.randint(1, 999)}@{r.choice(['yahoo.com.hk', 'netvigator.com', 'gmail.com'])}",
            hk_address(r, place), place[0], r.choice(HK_INDUSTRIES), r.choice(HK_MEMBER_TYPES),
            card_number(r) if r.random() < 0.4 else "", fake.ipv4_public(),
            (when(r, 900) - timedelta(days=900)).strftime("%Y/%m/%d"), r.choice(HK_REMARKS),
        ])
    (out / "會員資料.csv").write_bytes(csv_text(MEMBER_HEADER, rows, lineterminator="\r\n").encode("big5hkscs"))


# --- device ledger (.xlsx, two header rows) ---------------------------------------------------

# (group, sub-header or None for a column merged over both header rows)
LEDGER = [("序号", None), ("使用人", "工号"), ("使用人", "姓名"), ("使用人", "手机号"), ("使用人", "部门"),
          ("设备", "品牌"), ("设备", "型号"), ("设备", "序列号"), ("设备", "MAC地址"), ("设备", "IMEI"),
          ("系统", "名称"), ("系统", "版本"), ("系统", "语言"),
          ("屏幕", "宽"), ("屏幕", "高"),
          ("电池", "电量"), ("电池", "状态"), ("电池", "健康度"),
          ("音频", "音量"), ("音频", "模式"), ("音频", "输出设备"),
          ("网络", "类型"), ("网络", "运营商"), ("网络", "IP"),
          ("时区", None), ("最后在线", None)]


def ledger_field(group: str, sub: str | None) -> str:
    return group if sub is None else f"{group}.{sub}"


def mac(r: random.Random) -> str:
    return ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))


def ledger(r: random.Random, fake: Faker, out: Path) -> None:
    """设备台账.xlsx: a title row, a merged group header row, the sub-header row, then devices."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "设备台账"
    ws.append(["测试机及员工手机设备台账（导出：2024-12-02）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(LEDGER))
    top, sub = [], []
    for i, (group, name) in enumerate(LEDGER):
        top.append(group if i == 0 or LEDGER[i - 1][0] != group else None)
        sub.append(name)
    ws.append(top)
    ws.append(sub)
    col = 1
    while col <= len(LEDGER):
        group, name = LEDGER[col - 1]
        span = sum(1 for g, _ in LEDGER if g == group)
        if name is None:
            ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
        elif span > 1:
            ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + span - 1)
        col += span if name is not None else 1
    for i in range(460):
        brand, model, system, versions, (sw, sh) = r.choice(DEVICES)
        apple = brand == "Apple"
        level = r.randint(3, 100)
        state = "已充满" if level == 100 else r.choice(BATTERY_STATES[:2] + BATTERY_STATES[3:])
        ws.append([
            i + 1, f"E{r.randint(10000, 99999)}", fake.name(), fake.phone_number(), r.choice(DEPARTMENTS),
            brand, model, ("F" + hexid(r, 11).upper()) if apple else hexid(r, 16).upper()[:r.choice([12, 16])],
            mac(r), None if apple else ZH3.imei(r),
            system, r.choice(versions), r.choice(["简体中文", "简体中文", "English", "繁體中文"]),
            sw, sh,
            f"{level}%", state, f"{r.randint(78, 100)}%",
            r.randint(0, 15) if r.random() < 0.8 else f"{r.randint(0, 100)}%", r.choice(AUDIO_MODES), r.choice(AUDIO_OUTS),
            r.choice(NET_TYPES), r.choice(CARRIERS) if r.random() < 0.9 else "无SIM卡",
            f"10.{r.randint(10, 40)}.{r.randint(0, 255)}.{r.randint(2, 254)}" if r.random() < 0.5 else fake.ipv4_public(),
            r.choice(TIMEZONES), when(r, 20).replace(tzinfo=None),
        ])
    wb.properties.created = BASE.replace(tzinfo=None)
    wb.properties.modified = BASE.replace(tzinfo=None)
    wb.save(out / "设备台账.xlsx")


# --- rider trail (GB18030 CSV) --------------------------------------------------------------

RIDER_HEADER = ["轨迹ID", "骑手ID", "骑手姓名", "骑手手机", "运单号", "定位点", "定位精度（米）", "速度（km/h）", "方向角", "定位时间",
                "所在商圈", "配送站点", "区域编码", "顾客地址", "顾客电话", "骑手状态", "电量", "网络"]


def privacy_number(r: random.Random, fake: Faker) -> str:
    """The platform's privacy (virtual) number: a relay number and an extension, or the masked real one."""
    pick = r.random()
    relay = r.choice(["170", "171", "165", "167"]) + f"{r.randint(0, 99999999):08d}"
    if pick < 0.5:
        return f"{relay}转{r.randint(1000, 9999)}"
    if pick < 0.75:
        return f"{relay},{r.randint(1000, 9999)}"
    real = fake.phone_number()
    return f"{real[:3]}****{real[-4:]}"


def rider_address(r: random.Random, fake: Faker, city: str) -> str:
    text = f"{city}{fake.street_name()}{r.randint(1, 300)}号{r.choice(['', fake.last_name() + '家园', 'SOHO现代城', '创业大厦'])}" \
           f"{r.randint(1, 30)}栋{r.choice('ABCD')}座{r.randint(101, 2808)}"
    return text.translate(FULLWIDTH) if r.random() < 0.35 else text


def riders(r: random.Random, fake: Faker, out: Path) -> None:
    """骑手轨迹.csv: GB18030, the platform's WKT points and privacy numbers, some full-width text."""
    crew = [(f"{r.randint(10**9, 10**10 - 1)}", fake.name(), fake.phone_number(), r.choice(RIDER_CITIES)) for _ in range(60)]
    rows: list[list] = []
    for i in range(520):
        rid, name, phone, (city, adcode, lng0, lat0, districts, stations) = r.choice(crew)
        lng, lat = lng0 + r.uniform(-0.05, 0.05), lat0 + r.uniform(-0.04, 0.04)
        rows.append([
            f"T{BASE:%Y%m%d}{i:06d}", rid, name, phone if r.random() < 0.8 else f"{phone[:3]} {phone[3:7]} {phone[7:]}",
            f"{r.randint(10**14, 10**15 - 1)}", f"POINT({lng:.6f} {lat:.6f})", r.choice([5, 8, 10, 15, 25, 40, 80]),
            round(max(0.0, r.gauss(18, 8)), 1), r.randint(0, 359), int(when(r, 2).timestamp()),
            r.choice(districts), r.choice(stations), adcode, rider_address(r, fake, city), privacy_number(r, fake),
            r.choice(RIDER_STATES), f"{r.randint(5, 100)}%", r.choice(["4G", "5G", "WIFI", "4G"]),
        ])
    (out / "骑手轨迹.csv").write_bytes(csv_text(RIDER_HEADER, rows, lineterminator="\n").encode("gb18030"))


# --- Taobao TOP trades (one JSON document) ---------------------------------------------------

def open_uid(r: random.Random) -> str:
    return "AAH" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(21))


def masked_alipay(r: random.Random, fake: Faker) -> str:
    if r.random() < 0.6:
        p = fake.phone_number()
        return f"{p[:3]}****{p[-4:]}"
    e = fake.free_email()
    return f"{e[:2]}***{e[e.index('@'):]}"


def trades(r: random.Random, fake: Faker, out: Path) -> None:
    """taobao_trades.json: a `taobao.trades.sold.get` response as the API returns it."""
    items = []
    for i in range(480):
        code, prov, city, county = ZH3.division(r)
        addr = ZH3.address(r, fake, (code, prov, city, county))
        street = addr.split(county, 1)[-1]
        created = when(r, 30) - timedelta(days=30)
        title, price = r.choice(TAOBAO_GOODS)
        num = r.choice([1, 1, 2])
        trade = {
            "tid": r.randint(10**18, 4 * 10**18), "status": r.choice(TRADE_STATUS),
            "buyer_nick": f"{fake.user_name()[:2]}**{r.randint(0, 9)}" if r.random() < 0.7 else fake.user_name(),
            "buyer_open_uid": open_uid(r), "buyer_alipay_no": masked_alipay(r, fake),
            "receiver_name": fake.name(), "receiver_mobile": fake.phone_number(),
            "receiver_phone": f"0{r.choice(['10', '21', '571', '755', '28'])}-{r.randint(5000000, 89999999)}" if r.random() < 0.2 else "",
            "receiver_state": prov, "receiver_city": city, "receiver_district": county,
            "receiver_town": fake.last_name() + r.choice(["街道", "镇"]), "receiver_address": street,
            "receiver_zip": fake.postcode(), "buyer_message": r.choice(BUYER_MESSAGES), "seller_memo": r.choice(SELLER_MEMOS),
            "created": created.strftime("%Y-%m-%d %H:%M:%S"),
            "pay_time": (created + timedelta(minutes=r.randint(1, 30))).strftime("%Y-%m-%d %H:%M:%S"),
            "payment": f"{price * num:.2f}", "post_fee": r.choice(["0.00", "0.00", "8.00"]),
            "alipay_no": f"{created:%Y%m%d}2200{r.randint(10**14, 10**15 - 1)}",
            "orders": {"order": [{"oid": r.randint(10**18, 4 * 10**18), "title": title, "price": f"{price:.2f}", "num": num,
                                  "num_iid": r.randint(6 * 10**11, 8 * 10**11)}]},
        }
        items.append(trade)
    doc = {"trades_sold_get_response": {"total_results": len(items), "has_next": False, "trades": {"trade": items},
                                        "request_id": hexid(r, 13)}}
    (out / "taobao_trades.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")


# --- Sensors Analytics events ---------------------------------------------------------------

def sensors(r: random.Random, fake: Faker, out: Path) -> None:
    """sensors_events.ndjson: events as Sensors Analytics exports them (preset `$` properties)."""
    users = [(str(r.randint(10**6, 10**7)), hexid(r, 16), r.choice(SA_DEVICES), r.choice(SA_PROVINCES)) for _ in range(150)]
    records: list = []
    for i in range(640):
        login, anon, (maker, model, os_, versions, sw, sh), (prov, city, lng0, lat0) = r.choice(users)
        ios = os_ == "iOS"
        event, element = r.choice(SA_EVENTS)
        logged_in = r.random() < 0.7
        at = when(r, 5)
        props: dict = {
            "$lib": "iOS" if ios else "Android", "$lib_version": "6.7.4" if not ios else "4.6.3",
            "$app_version": f"5.{r.randint(0, 9)}.{r.randint(0, 9)}", "$app_id": "com.shop.app",
            "$os": os_, "$os_version": r.choice(versions), "$manufacturer": maker, "$model": model,
            "$brand": maker.upper(), "$screen_width": sw, "$screen_height": sh,
            "$carrier": r.choice(CARRIERS), "$network_type": r.choice(NET_TYPES), "$wifi": r.random() < 0.5,
            "$device_id": anon if not ios else hexid(r, 32).upper(), "$is_first_day": r.random() < 0.1,
            "$timezone_offset": -480, "$ip": fake.ipv4_public(), "$country": "中国", "$province": prov, "$city": city,
            "$screen_name": r.choice(SA_SCREENS), "$title": r.choice(SA_TITLES),
        }
        if element:
            props["$element_content"] = element
            props["$element_type"] = "Button"
        if event == "$AppEnd":
            props["$event_duration"] = round(r.uniform(3, 900), 3)
        if event == "SearchKeyword":
            props["keyword"] = r.choice(SEARCH_WORDS)
        if r.random() < 0.45:
            props["$latitude"] = int((lat0 + r.uniform(-0.08, 0.08)) * 10**6)
            props["$longitude"] = int((lng0 + r.uniform(-0.08, 0.08)) * 10**6)
        if not ios and r.random() < 0.8:
            props["oaid"] = ZH3.oaid(r)
        doc = {
            "_track_id": r.randint(-2**31, 2**31 - 1), "time": int(at.timestamp() * 1000), "type": "track",
            "distinct_id": login if logged_in else anon, "anonymous_id": anon,
            "identities": {"$identity_login_id": login if logged_in else None,
                           "$identity_android_id" if not ios else "$identity_idfv": anon},
            "event": event, "project": "production", "properties": props,
        }
        if not logged_in:
            del doc["identities"]["$identity_login_id"]
        else:
            doc["login_id"] = login
        records.append(doc)


    write_ndjson(out / "sensors_events.ndjson", records)
# --- Go service log -------------------------------------------------------------------------

def go_log(r: random.Random, fake: Faker, out: Path) -> None:
    """delivery-go.log: zap console lines (tab-separated, JSON fields) and plain log.Printf lines."""
    lines = []
    for i in range(700):
        at = BASE + timedelta(milliseconds=i * 4700 + r.randint(0, 4000))
        stamp = at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}+0800"
        city, adcode, lng0, lat0, districts, stations = r.choice(RIDER_CITIES)
        uid = r.randint(10**7, 10**8)
        pick = r.random()
        if pick < 0.16:
            fields = {"trace_id": hexid(r, 32), "uid": uid, "收货人": fake.name(), "手机": fake.phone_number(),
                      "地址": rider_address(r, fake, city), "金额": round(r.uniform(15, 180), 2)}
            lines.append(f"{stamp}\tINFO\torder/create.go:{r.randint(80, 140)}\t创建订单成功\t{json.dumps(fields, ensure_ascii=False)}")
        elif pick < 0.30:
            brand, model, system, versions, (sw, sh) = r.choice(DEVICES)
            fields = {"uid": uid, "device_id": hexid(r, 16), "oaid": ZH3.oaid(r) if brand != "Apple" else "",
                      "model": f"{brand} {model}", "os": f"{system} {r.choice(versions)}", "net": r.choice(NET_TYPES),
                      "carrier": r.choice(CARRIERS), "battery": r.randint(1, 100)}
            lines.append(f"{stamp}\tINFO\tdevice/report.go:{r.randint(40, 70)}\t设备信息上报\t{json.dumps(fields, ensure_ascii=False)}")
        elif pick < 0.46:
            rider = fake.name()
            lines.append(f"{at:%Y/%m/%d %H:%M:%S} dispatch.go:{r.randint(200, 260)}: 骑手[{rider}]已接单，运单[{r.randint(10**14, 10**15 - 1)}]，"
                         f"当前位置[{lng0 + r.uniform(-0.05, 0.05):.6f},{lat0 + r.uniform(-0.04, 0.04):.6f}]，商圈[{r.choice(districts)}]")
        elif pick < 0.58:
            lines.append(f"{at:%Y/%m/%d %H:%M:%S} notify.go:{r.randint(30, 60)}: 短信通知顾客手机[{fake.phone_number()}]，"
                         f"内容模板[SMS_{r.randint(100000, 999999)}]，城市[{city}]")
        elif pick < 0.70:
            fields = {"uid": uid, "ip": fake.ipv4_public(), "ua": f"okhttp/4.{r.randint(9, 12)}.0", "login_type": r.choice(["sms", "wechat", "password"])}
            lines.append(f"{stamp}\tINFO\tuser/login.go:{r.randint(50, 90)}\t用户登录\t{json.dumps(fields, ensure_ascii=False)}")
        elif pick < 0.78:
            lines.append(f"{stamp}\tWARN\trider/battery.go:{r.randint(20, 40)}\t骑手手机电量低\t"
                         + json.dumps({"rider_id": r.randint(10**9, 10**10 - 1), "电量": f"{r.randint(1, 15)}%", "网络": r.choice(NET_TYPES)},
                                      ensure_ascii=False))
        elif pick < 0.86:
            fields = {"uid": uid, "姓名": fake.name(), "身份证": ZH3.resident_id(r, ZH3.division(r)[0], (BASE - timedelta(days=r.randint(7000, 20000))).date())}
            lines.append(f"{stamp}\tERROR\tauth/realname.go:{r.randint(100, 130)}\t实名认证失败：姓名与身份证号不一致\t"
                         + json.dumps(fields, ensure_ascii=False))
        else:
            lines.append(f"{stamp}\tINFO\tjob/settle.go:{r.randint(10, 30)}\t结算任务完成\t"
                         + json.dumps({"count": r.randint(10, 900), "cost_ms": r.randint(20, 3000)}))
    (out / "delivery-go.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [members, ledger, riders, trades, sensors, go_log]


def generate(out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for i, gen in enumerate(GENERATORS):
        gen(random.Random(seed * 1000 + i), faker(seed * 1000 + i), out)


def json_paths(doc: dict, prefix: str = "") -> set[str]:
    """Leaf paths of a document; arrays of objects by their members' paths."""
    paths: set[str] = set()
    for k, v in doc.items():
        path = f"{prefix}{k}"
        if isinstance(v, dict):
            paths |= json_paths(v, path + ".")
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            for x in v:
                paths |= json_paths(x, path + ".")
        else:
            paths.add(path)
    return paths


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    fields: dict[str, set[str]] = {
        "會員資料.csv": set(MEMBER_HEADER),
        "设备台账.xlsx": {ledger_field(g, s) for g, s in LEDGER},
        "骑手轨迹.csv": set(RIDER_HEADER),
        "taobao_trades.json": json_paths(json.loads((out / "taobao_trades.json").read_text(encoding="utf-8"))),
    }
    sa: set[str] = set()
    with (out / "sensors_events.ndjson").open(encoding="utf-8") as fh:
        for line in fh:
            sa |= json_paths(json.loads(line))
    fields["sensors_events.ndjson"] = sa
    return check_labels(out, fields, labels, ("delivery-go.log",))


def main() -> int:
    return generate_main(__doc__, generate, verify, 20241202, HERE / "labels.csv")


if __name__ == "__main__":
    sys.exit(main())
