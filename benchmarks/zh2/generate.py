"""Generate the second Chinese benchmark (benchmarks/zh2), in styles benchmarks/zh does not use.

usage: python benchmarks/zh2/generate.py OUT_DIR [--seed N] [--verify]

Four tables and a Chinese service log, from other kinds of business and other naming habits:
e-commerce members with English and pinyin mixed in one name (`user_sjh`, `user_xm`, `sfzh`),
ride-hailing trips with Han names carrying units (`电量(%)`, `经度_wgs84`, `车费(元)`), mini-program
analytics events (WeChat `openid`, nested `系统信息.*`), and customer-service tickets in a SQLite
database whose columns are `f1`..`f9`, described only by Chinese `--` comments in the table's DDL.

Value formats differ from benchmarks/zh too: `+86 138-0013-8000` and masked `138****8000`
phones, full-width digits, 15-digit first-generation identity numbers beside 18-character ones,
addresses without a province (and some in traditional characters), `1990年5月3日` birthdays,
`华为 Mate 60 Pro` marketing names, `CMCC`/`中国移动`, `1080×2400`, `UTC+8`/`北京时间`, and a log
whose messages are Chinese sentences naming people and places (`司机王建国已接单`).

Deterministic: the same seed gives byte-identical files (stdlib + pyarrow + sqlite3, no clock).
--verify checks that every generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import random
import sqlite3
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent
BASE = datetime(2024, 6, 18, 7, 30, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国秀珍玉兰桂芳志强永红海燕晓明丽华文博雅琪思彤宇航子墨一鸣梓萱诗涵欣妍宏伟春梅冬梅丹丹婷婷俊峰浩然佳琪雨萱天佑晨曦"
FAMOUS_TWO = ["建国", "秀珍", "志强", "海燕", "晓明", "丽华", "文博", "雅琪", "思彤", "宇航", "子墨", "梓萱", "诗涵", "浩然", "佳琪"]

# (city, districts, 6-digit administrative code, lat, lon, short province name)
CITIES = [
    ("杭州市", ["西湖区", "拱墅区", "上城区", "余杭区"], "330106", 30.2741, 120.1551, "浙江"),
    ("苏州市", ["姑苏区", "工业园区", "吴中区"], "320508", 31.2989, 120.5853, "江苏"),
    ("重庆市", ["渝中区", "江北区", "南岸区", "沙坪坝区"], "500103", 29.5630, 106.5516, "重庆"),
    ("长沙市", ["岳麓区", "芙蓉区", "天心区"], "430104", 28.2282, 112.9388, "湖南"),
    ("青岛市", ["市南区", "崂山区", "黄岛区"], "370202", 36.0671, 120.3826, "山东"),
    ("厦门市", ["思明区", "湖里区", "集美区"], "350203", 24.4798, 118.0894, "福建"),
    ("郑州市", ["金水区", "二七区", "郑东新区"], "410105", 34.7466, 113.6253, "河南"),
    ("天津市", ["和平区", "南开区", "河西区"], "120101", 39.3434, 117.3616, "天津"),
    ("昆明市", ["五华区", "盘龙区", "官渡区"], "530102", 25.0389, 102.7183, "云南"),
    ("合肥市", ["蜀山区", "包河区", "庐阳区"], "340104", 31.8206, 117.2272, "安徽"),
]
TRADITIONAL_ADDRESSES = ["香港九龍旺角彌敦道688號", "臺北市大安區忠孝東路四段1號", "澳門氹仔廣東大馬路123號",
                         "香港灣仔軒尼詩道302號", "臺中市西屯區臺灣大道三段99號"]
STREETS = ["文三路", "延安路", "解放西路", "香港中路", "湖滨南路", "花园路", "滨江道", "北京路", "长江西路", "观前街"]
ESTATES = ["金地格林小镇", "保利香槟国际", "绿城桂花园", "龙湖天街", "恒大名都", "融创壹号院"]
POIS = ["火车站", "万达广场", "市第一人民医院", "国际机场T2航站楼", "大学城北门", "软件园二期", "奥体中心"]

MOBILE_PREFIXES = ["139", "138", "137", "136", "135", "150", "151", "158", "159", "182", "187", "188", "195",
                   "130", "131", "156", "166", "176", "186", "133", "153", "177", "180", "189", "199", "191"]
CARRIERS = ["中国移动", "中国联通", "中国电信", "CMCC", "CUCC", "CTCC", "China Mobile", "中国移动"]
PHONE_NAMES = ["华为 Mate 60 Pro", "华为 P70", "荣耀 Magic6", "小米14", "小米 13 Ultra", "红米 K70", "OPPO Find X7",
               "vivo X100 Pro", "一加 12", "iPhone 15 Pro Max", "iPhone 14", "华为 nova 12"]
BRANDS = {"华为": "HUAWEI", "荣耀": "HONOR", "小米": "Xiaomi", "红米": "Redmi", "OPPO": "OPPO", "vivo": "vivo",
          "一加": "OnePlus", "iPhone": "Apple"}
SYSTEMS = ["Android 14", "Android 13", "HarmonyOS 4.2.0", "HarmonyOS 3.0", "iOS 17.5.1", "iOS 16.7", "Android 12"]
SCREENS = ["1080×2400", "1260×2800", "1170×2532", "1440×3200", "1080×2340", "720×1612", "1290×2796"]
NETWORKS = ["4G", "5G", "WIFI", "wifi", "5G", "2G", "unknown"]
TIMEZONES = ["北京时间", "UTC+8", "Asia/Shanghai", "GMT+08:00", "北京时间"]
INDUSTRIES = ["互联网/IT", "金融/银行", "教育/培训", "医疗/健康", "制造业", "餐饮服务", "房地产/建筑", "政府/事业单位", "自由职业"]
CHANNELS = ["抖音广告", "朋友推荐", "应用宝", "华为应用市场", "线下门店", "微信公众号"]
LEVELS = ["普通会员", "白银会员", "黄金会员", "铂金会员", "黑钻会员"]
EVENTS = ["page_view", "tap_banner", "add_cart", "share", "pay_success", "search", "coupon_get"]
PAGES = ["pages/index/index", "pages/goods/detail?id=", "pages/order/confirm", "pages/coupon/list",
         "pages/mine/index", "packageA/pages/live/live"]
SHARE_TITLES = ["限时秒杀,手慢无!", "邀请你一起拼单", "新人专享券包", "夏季清凉好物推荐", "这家店的咖啡太好喝了"]
AUDIO_OUT = ["扬声器", "听筒", "蓝牙耳机", "有线耳机", "AirPods Pro", "华为 FreeBuds 5i"]
TICKET_KINDS = ["退换货", "物流延误", "账户冻结", "发票开具", "优惠券失效", "商品质量"]
COMPLAINTS = ["收到的商品外包装破损,要求换货", "快递三天没有更新物流信息", "账号被冻结了,无法登录,请尽快处理",
              "申请的发票一直没有收到", "优惠券显示已失效,但活动还没结束", "衣服洗了一次就掉色,要求退款",
              "客服电话一直打不通,很着急", "订单显示已签收但我没有收到货"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def person(r: random.Random) -> str:
    if r.random() < 0.5:
        return r.choice(SURNAMES) + r.choice(FAMOUS_TWO)
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2])))


def mobile(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


def resident_id(r: random.Random, area: str, born: date) -> str:
    """18 characters with the ISO 7064 MOD 11-2 check, or the 15-digit first-generation form."""
    if r.random() < 0.25:
        return f"{area}{born:%y%m%d}{r.randint(0, 999):03d}"
    body = f"{area}{born:%Y%m%d}{r.randint(0, 999):03d}"
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


def address(r: random.Random, city=None) -> str:
    if r.random() < 0.08:
        return r.choice(TRADITIONAL_ADDRESSES)
    name, districts, *_ = city or r.choice(CITIES)
    head = r.choice([name, ""]) + r.choice(districts)  # no province, sometimes no city either
    tail = f"{r.choice(STREETS)}{r.randint(1, 400)}号"
    if r.random() < 0.5:
        tail += f"{r.choice(ESTATES)}{r.randint(1, 20)}幢{r.randint(1, 3)}单元{r.randint(1, 28)}0{r.randint(1, 4)}"
    return head + tail


def when(r: random.Random, days: int = 20) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def uid(r: random.Random) -> str:
    return f"U{r.randint(10**8, 10**9 - 1)}"


def members(r: random.Random, out: Path) -> None:
    """会员表 from an e-commerce shop: English words and pinyin abbreviations mixed in one name."""
    header = ["member_id", "user_xm", "nicheng", "user_sjh", "shouji_tm", "sfzh", "shengri", "xingbie", "youxiang",
              "addr", "hangye", "huiyuan_dengji", "jifen", "zhuce_qudao", "reg_city", "zhuce_sj"]
    with (out / "huiyuan.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for i in range(420):
            city = r.choice(CITIES)
            born = date(1958, 1, 1) + timedelta(days=r.randint(0, 365 * 48))
            phone = mobile(r)
            spelled = r.choice([f"+86 {phone[:3]}-{phone[3:7]}-{phone[7:]}", f"+86{phone}", f"{phone[:3]} {phone[3:7]} {phone[7:]}"])
            w.writerow([f"M{2024000000 + i * 7}", person(r), r.choice(["快乐的", "爱吃", "小", "追风的"]) + r.choice(["小猪", "鱼", "兔子", "少年", "喵"]),
                        spelled, f"{phone[:3]}****{phone[7:]}", resident_id(r, city[2], born),
                        f"{born.year}年{born.month}月{born.day}日", r.choice(["男", "女", "保密"]),
                        f"{r.choice(['xiaoyu', 'happy', 'lily', 'wangjun', 'cc'])}{r.randint(10, 9999)}@{r.choice(['qq.com', '163.com', 'foxmail.com', 'aliyun.com'])}",
                        address(r, city), r.choice(INDUSTRIES), r.choice(LEVELS), r.randint(0, 50000),
                        r.choice(CHANNELS), city[0], when(r, 700).strftime("%Y/%m/%d %H:%M")])


def trips(r: random.Random, out: Path) -> None:
    """网约车行程 (ride-hailing trips): pinyin names beside Han names with units, Parquet."""
    cols: dict[str, list] = {k: [] for k in [
        "order_no", "passenger_uid", "siji_xingming", "siji_shouji", "经度_wgs84", "纬度_wgs84", "qidian_dizhi",
        "zhongdian_dizhi", "里程(km)", "车费(元)", "xiadan_shijian", "shouji_xinghao", "yunyingshang", "wangluo",
        "电量(%)", "chengshi_bianma", "时区设置", "pingfen"]}
    for i in range(520):
        city = r.choice(CITIES)
        km = round(r.uniform(1.2, 45), 1)
        cols["order_no"].append(f"T{20240618}{i:06d}")
        cols["passenger_uid"].append(uid(r))
        cols["siji_xingming"].append(person(r))
        phone = mobile(r)
        cols["siji_shouji"].append(phone.translate(FULLWIDTH) if r.random() < 0.4 else phone)
        cols["经度_wgs84"].append(round(city[4] + r.uniform(-0.08, 0.08), 6))
        cols["纬度_wgs84"].append(round(city[3] + r.uniform(-0.08, 0.08), 6))
        cols["qidian_dizhi"].append(r.choice([city[0] + r.choice(POIS), address(r, city)]))
        cols["zhongdian_dizhi"].append(r.choice([city[0] + r.choice(POIS), address(r, city)]))
        cols["里程(km)"].append(km)
        cols["车费(元)"].append(round(8 + km * 2.3 + r.uniform(0, 6), 2))
        cols["xiadan_shijian"].append(when(r).strftime("%Y-%m-%d %H:%M:%S"))
        cols["shouji_xinghao"].append(r.choice(PHONE_NAMES))
        cols["yunyingshang"].append(r.choice(CARRIERS))
        cols["wangluo"].append(r.choice(NETWORKS))
        cols["电量(%)"].append(r.randint(2, 100))
        cols["chengshi_bianma"].append(city[2][:4] + "00")
        cols["时区设置"].append(r.choice(TIMEZONES))
        cols["pingfen"].append(r.choice([5, 5, 5, 4, 4, 3, 1]))
    pq.write_table(pa.table(cols), out / "chuxing.parquet")


def analytics(r: random.Random, out: Path) -> None:
    """小程序埋点 (mini-program analytics): WeChat ids and a nested `系统信息` object, NDJSON."""
    openids = ["o" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(27))
               for _ in range(150)]
    with (out / "xcx_maidian.ndjson").open("w", encoding="utf-8") as fh:
        for _ in range(640):
            k = r.randrange(len(openids))
            city = r.choice(CITIES)
            phone_name = r.choice(PHONE_NAMES)
            brand = next(code for word, code in BRANDS.items() if phone_name.startswith(word))
            page = r.choice(PAGES)
            doc = {
                "openid": openids[k],
                "unionid": "o" + openids[(k * 7) % len(openids)][3:][::-1] + "Wx",
                "shijian_leixing": r.choice(EVENTS),
                "page_path": page + (str(r.randint(1000, 99999)) if page.endswith("=") else ""),
                "停留毫秒": r.randint(200, 240000),
                "ts": int(when(r).timestamp()),
                "系统信息": {
                    "品牌": brand,
                    "机型": phone_name,
                    "系统": r.choice(SYSTEMS),
                    "微信版本": f"8.0.{r.randint(40, 50)}",
                    "屏幕": r.choice(SCREENS),
                    "网络类型": r.choice(NETWORKS),
                    "电量": r.randint(1, 100),
                    "时区": r.choice(TIMEZONES),
                    "语言": r.choice(["zh_CN", "zh_CN", "zh_TW", "en"]),
                    "音频输出": r.choice(AUDIO_OUT),
                    "静音模式": r.choice(["是", "否", "否"]),
                },
                "ip": f"{r.choice([36, 39, 58, 113, 115, 117, 221])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                "坐标": f"{city[4] + r.uniform(-0.05, 0.05):.5f},{city[3] + r.uniform(-0.05, 0.05):.5f}",
                "省市": f"{city[5]} {city[0].rstrip('市')}",
                "输入间隔毫秒": [r.randint(50, 500) for _ in range(r.randint(3, 10))],
                "分享标题": r.choice(SHARE_TITLES) if r.random() < 0.3 else "",
            }
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


def tickets(r: random.Random, out: Path) -> None:
    """客服工单 in SQLite: columns f1..f9 say what they hold only in Chinese `--` comments."""
    path = out / "kefu_gongdan.db"
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.execute("""CREATE TABLE gongdan (
    f1 TEXT PRIMARY KEY, -- 工单号
    f2 TEXT,             -- 提交人的会员编号
    f3 TEXT,             -- 联系人
    f4 TEXT,             -- 联系方式
    f5 TEXT,             -- 上门取件地址
    f6 TEXT,             -- 客户反馈内容
    f7 TEXT,             -- 处理状态
    f8 TEXT,             -- 受理时间
    f9 TEXT              -- 所在地区
)""")
    rows = []
    for i in range(380):
        city = r.choice(CITIES)
        phone = mobile(r)
        rows.append((f"KF{880000 + i}", f"M{2024000000 + r.randint(0, 419) * 7}", r.choice([person(r), person(r)[0] + r.choice(["先生", "女士"])]),
                     phone if r.random() < 0.7 else f"{phone[:3]}-{phone[3:7]}-{phone[7:]}", address(r, city),
                     r.choice(COMPLAINTS), r.choice(["待处理", "处理中", "已解决", "已关闭"]),
                     when(r).strftime("%Y-%m-%d %H:%M:%S"), f"{city[5]}{city[0]}"))
    con.executemany("INSERT INTO gongdan VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()


def service_log(r: random.Random, out: Path) -> None:
    """A ride-hailing service log whose messages are Chinese sentences naming people and places."""
    lines = []
    for i in range(720):
        t = (BASE + timedelta(seconds=i * 11 + r.randint(0, 9))).strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]
        city = r.choice(CITIES)
        pick = r.random()
        if pick < 0.18:
            msg = f"[INFO] [派单] 司机{person(r)}已接单,乘客{person(r)}在{city[0]}{r.choice(city[1])}{r.choice(POIS)}等待上车"
        elif pick < 0.3:
            msg = f"[INFO] [行程] 乘客{person(r)}(手机{mobile(r)})从{address(r, city)}出发"
        elif pick < 0.42:
            msg = f"[WARN] [安全] 用户{uid(r)}的登录地点由{r.choice(CITIES)[0]}变为{city[0]},来源IP:{r.randint(36, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        elif pick < 0.54:
            msg = f"[INFO] [设备] 司机端{r.choice(PHONE_NAMES)}电量仅剩{r.randint(2, 15)}%,已提醒充电"
        elif pick < 0.64:
            msg = f"[ERROR] [网络] 用户{uid(r)}当前网络为{r.choice(['4G', '5G', 'WIFI', '3G'])},上传定位失败,重试第{r.randint(1, 3)}次"
        elif pick < 0.74:
            msg = f"[INFO] [客服] {person(r)}投诉{person(r)}师傅绕路,已转人工处理"
        elif pick < 0.86:
            msg = f"[INFO] [计费] 订单T20240618{r.randint(0, 999999):06d}结算完成,金额{r.uniform(9, 200):.2f}元"
        else:
            msg = f"[DEBUG] [调度] 区域热力图刷新完成,耗时{r.randint(20, 900)}毫秒,网格数{r.randint(100, 4000)}"
        lines.append(f"{t} {msg}")
    (out / "fuwu_zh.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [members, trips, analytics, tickets, service_log]


def generate(out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for i, gen in enumerate(GENERATORS):
        gen(random.Random(seed * 1000 + i), out)


def verify(out: Path, labels: Path) -> int:
    """benchmarks/zh's checker: the files, then the SQLite table's columns."""
    spec = importlib.util.spec_from_file_location("zh_generate", HERE.parent / "zh" / "generate.py")
    zh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(zh)
    database = out / "kefu_gongdan.db"
    con = sqlite3.connect(database)
    columns = {row[1] for row in con.execute("PRAGMA table_info(gongdan)")}
    con.close()
    return zh.verify_with_database(out, labels, database, "gongdan", columns)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=20240618)
    ap.add_argument("--verify", action="store_true", help="check generated fields against labels.csv")
    ap.add_argument("--labels", type=Path, default=HERE / "labels.csv")
    a = ap.parse_args()
    generate(a.out, a.seed)
    if a.verify:
        return verify(a.out, a.labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
