"""Generate the Chinese blind benchmark (benchmarks/zh).

usage: python benchmarks/zh/generate.py OUT_DIR [--seed N] [--verify]

Writes five tables and a Chinese application log into OUT_DIR, in the styles Chinese teams
keep data in: Han column names (`手机号`, `设备型号`, `经度`), pinyin names in full and as
initials (`shebei_xinghao`, `yhid`, `sjh`), mainland value formats (11-digit mobiles without
+86, 18-character resident identity numbers with their ISO 7064 check digit, addresses written
省/市/区/路/号, `1080*2400`, `85%`, `充电中`, OAIDs, HarmonyOS/MIUI/ColorOS versions), and a
log whose `key=value` keys and messages are Chinese. A sixth dataset is a DuckDB database
(`kefu.duckdb`, customer-service tickets) whose columns are named `c1`, `c2`, ... and described
only by Chinese column comments: scan it as a second argument (`datamap scan OUT OUT/kefu.duckdb`).

Deterministic: the same seed gives byte-identical files (stdlib + pyarrow + duckdb, no clock).
--verify checks that every generated field has a label in labels.csv and every label names a
generated field (the holdout2 checker, plus the DuckDB table's columns).
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import random
import sys
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from datamap import duck  # offline DuckDB connections (no extension download)

HERE = Path(__file__).resolve().parent
BASE = datetime(2024, 3, 4, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock

# --------------------------------------------------------------------------------------------
# value pools (common surnames and given-name characters; real places and their codes)
# --------------------------------------------------------------------------------------------
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁欧阳"
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛"]
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红梓涵浩宇子轩欣怡雨桐一诺思远嘉怡俊杰"

# (province, city, districts, area code of the city for identity numbers, lat, lon, landline code)
PLACES = [
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区"], "440305", 22.5431, 114.0579, "0755"),
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区"], "440106", 23.1291, 113.2644, "020"),
    ("北京市", "北京市", ["海淀区", "朝阳区", "东城区"], "110108", 39.9042, 116.4074, "010"),
    ("上海市", "上海市", ["浦东新区", "徐汇区", "静安区"], "310115", 31.2304, 121.4737, "021"),
    ("浙江省", "杭州市", ["西湖区", "余杭区", "滨江区"], "330106", 30.2741, 120.1551, "0571"),
    ("四川省", "成都市", ["武侯区", "锦江区", "高新区"], "510107", 30.5728, 104.0668, "028"),
    ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"], "420111", 30.5928, 114.3055, "027"),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区"], "320106", 32.0603, 118.7969, "025"),
    ("陕西省", "西安市", ["雁塔区", "碑林区"], "610113", 34.3416, 108.9398, "029"),
]
ROADS = ["科技园路", "深南大道", "中山路", "人民路", "建设路", "解放路", "文三路", "学院路", "长安街", "滨江大道"]
COMMUNITIES = ["阳光花园", "翠湖小区", "锦绣家园", "碧桂园", "万科城", "华润城"]

MOBILE_PREFIXES = ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159",
                   "178", "182", "183", "187", "188", "198", "130", "131", "132", "155", "156", "166", "175",
                   "176", "185", "186", "133", "153", "173", "177", "180", "181", "189", "191", "199"]
CARRIERS = ["中国移动", "中国联通", "中国电信", "中国广电"]
CARRIER_CODES = ["46000", "46001", "46011", "46002", "46007"]

# (brand, marketing name, model code, system versions)
DEVICES = [
    ("HUAWEI", "Mate 60 Pro", "ALN-AL00", ["HarmonyOS 4.0.0", "HarmonyOS 4.2.0", "HarmonyOS 3.1.0"]),
    ("HUAWEI", "P60", "LNA-AL00", ["HarmonyOS 3.1.0", "HarmonyOS 4.0.0"]),
    ("HONOR", "Magic6", "BVL-AN00", ["MagicOS 8.0", "MagicOS 7.2"]),
    ("Xiaomi", "Xiaomi 14", "23127PN0CC", ["MIUI 14.0.5", "HyperOS 1.0.3", "MIUI 14.0.8"]),
    ("Redmi", "Redmi K70", "23113RKC6C", ["MIUI 14.0.2", "HyperOS 1.0.1"]),
    ("OPPO", "Find X7", "PHZ110", ["ColorOS 14.0", "ColorOS 13.1"]),
    ("OPPO", "Reno11", "PJH110", ["ColorOS 14.0"]),
    ("vivo", "X100", "V2309A", ["OriginOS 4", "OriginOS 3"]),
    ("OnePlus", "OnePlus 12", "PJD110", ["ColorOS 14.0"]),
    ("Apple", "iPhone 15", "iPhone15,4", ["iOS 17.3.1", "iOS 17.2"]),
]
RESOLUTIONS = ["1080*2400", "1260*2720", "1440*3200", "1179*2556", "1220*2712", "720*1600", "1080*2340"]
NETWORKS = ["WIFI", "4G", "5G", "3G", "wifi", "5G"]
AUDIO_OUT = ["扬声器", "有线耳机", "蓝牙耳机", "HUAWEI FreeBuds Pro 3", "AirPods Pro", "小米蓝牙耳机", "OPPO Enco X2"]
CHARGING = ["充电中", "未充电", "已充满", "放电中"]

INDUSTRIES = ["电子商务", "美妆个护", "服装配饰", "食品饮料", "母婴用品", "数码家电", "家居日用", "教育培训"]
IDENTITIES = ["商家", "达人", "机构", "品牌方", "普通用户", "主播"]
PRODUCTS = ["无线蓝牙耳机", "保温杯 500ml", "连衣裙 夏季新款", "洗面奶", "儿童绘本套装", "空气炸锅", "运动鞋", "手机壳"]
PAY_METHODS = ["微信支付", "支付宝", "银联", "货到付款"]
ORDER_STATES = ["待付款", "待发货", "已发货", "已完成", "已取消", "退款中"]
REMARKS = ["请尽快发货,谢谢!", "周末不在家,请工作日送达", "颜色要黑色的,不要发错了", "麻烦包装好一点,是送人的礼物",
           "到了放快递柜就行", "发票抬头写公司名称", "上次买的质量很好,这次再来一单", "能不能顺丰发货?"]
BIOS = ["热爱生活,喜欢旅行和摄影", "专注美妆分享十年", "每天分享一道家常菜", "宝妈一枚,记录孩子成长",
        "数码爱好者,评测各种新品", "健身教练,带你科学减脂", "读书、喝茶、听音乐", "做有温度的好物推荐"]
COMMENTS = ["这个视频太有用了,收藏了", "主播讲得很清楚,已下单", "价格有点贵,等活动再买", "已经买了第三次了,质量不错",
            "求链接!", "哈哈哈笑死我了", "物流太慢了,等了一周", "颜色和图片不太一样"]
SEARCHES = ["连衣裙", "蓝牙耳机", "防晒霜", "儿童玩具", "空气炸锅", "运动鞋 男", "手机壳 华为", "零食大礼包"]
EVENTS = ["点击", "浏览", "点赞", "分享", "评论", "收藏", "加入购物车", "下单"]
PAGES = ["/pages/home/index", "/pages/goods/detail", "/pages/live/room", "/pages/cart/index", "/pages/search/result",
         "/pages/user/center"]
APPS = ["com.tencent.mm", "com.ss.android.ugc.aweme", "com.taobao.taobao", "com.sina.weibo", "com.xunmeng.pinduoduo",
        "com.eg.android.AlipayGphone", "com.tencent.mobileqq", "tv.danmaku.bili"]
TICKET_TYPES = ["退款", "物流查询", "账号问题", "投诉", "发票"]


# --------------------------------------------------------------------------------------------
# value helpers
# --------------------------------------------------------------------------------------------
def person(r: random.Random) -> str:
    family = r.choice(COMPOUND_SURNAMES) if r.random() < 0.03 else r.choice(SURNAMES[:-2])
    return family + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2])))


def mobile(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


def landline(r: random.Random, code: str) -> str:
    digits = 7 if len(code) == 4 else 8
    return f"{code}-{r.randint(2, 8)}" + "".join(r.choice("0123456789") for _ in range(digits - 1))


def resident_id(r: random.Random, area: str, born: date) -> str:
    """An 18-character resident identity number with its ISO 7064 MOD 11-2 check character."""
    body = f"{area}{born:%Y%m%d}{r.randint(0, 999):03d}"
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def unionpay_card(r: random.Random) -> str:
    length = r.choice([16, 19])
    return luhn_complete("62" + "".join(r.choice("0123456789") for _ in range(length - 3)))


def imei(r: random.Random) -> str:
    return luhn_complete(r.choice(["86", "35"]) + "".join(r.choice("0123456789") for _ in range(12)))


def oaid(r: random.Random, brand: str) -> str:
    # HUAWEI/HONOR write a UUID, Xiaomi/Redmi 16 hex digits, OPPO/vivo/OnePlus 64 hex digits
    if brand in ("HUAWEI", "HONOR"):
        return str(uuid.UUID(int=r.getrandbits(128), version=4))
    if brand in ("Xiaomi", "Redmi"):
        return "".join(r.choice("0123456789abcdef") for _ in range(16))
    if brand == "Apple":
        return str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()  # the IDFA
    return "".join(r.choice("0123456789ABCDEF") for _ in range(64))


def address(r: random.Random, place=None, detail: bool = True) -> str:
    province, city, districts, *_ = place or r.choice(PLACES)
    head = ("" if province == city else province) + city + r.choice(districts)
    street = f"{r.choice(ROADS)}{r.randint(1, 999)}号"
    if detail and r.random() < 0.6:
        street += f"{r.choice(COMMUNITIES)}{r.randint(1, 30)}栋{r.randint(1, 30)}{r.randint(1, 4):02d}室"
    return head + street


def birth(r: random.Random) -> date:
    return date(1960, 1, 1) + timedelta(days=r.randint(0, 365 * 46))


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def jitter(r: random.Random, x: float, spread: float = 0.05) -> float:
    return round(x + r.uniform(-spread, spread), 6)


def android_id(r: random.Random) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(16))


def ipv4(r: random.Random) -> str:
    return r.choice([f"112.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"223.104.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"183.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def dalvik_ua(r: random.Random, model: str) -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android {r.choice([11, 12, 13, 14])}; {model} Build/{model.split('-')[0]}{r.randint(100, 999)})"


def user_id(r: random.Random) -> str:
    return str(r.randint(10**9, 10**10 - 1))


# --------------------------------------------------------------------------------------------
# datasets
# --------------------------------------------------------------------------------------------
def users(r: random.Random, out: Path) -> None:
    """用户表: Han column names, as a CSV export from a mainland admin console."""
    header = ["用户ID", "姓名", "昵称", "手机号", "固定电话", "身份证号", "出生日期", "年龄", "性别", "电子邮箱", "所在城市",
              "收货地址", "所属行业", "用户身份", "个人简介", "会员等级", "注册时间", "最后登录IP"]
    rows = []
    for _ in range(500):
        place = r.choice(PLACES)
        born = birth(r)
        name = person(r)
        rows.append([user_id(r), name, r.choice(["小", "阿", "大"]) + r.choice(GIVEN) + r.choice(["", "酱", "子", "同学"]),
                     mobile(r), landline(r, place[6]) if r.random() < 0.7 else "", resident_id(r, place[3], born),
                     born.isoformat(), (date(2024, 3, 4) - born).days // 365, r.choice(["男", "女"]),
                     f"{r.choice(['zhang', 'li', 'wang', 'chen', 'liu'])}{r.randint(1, 9999)}@{r.choice(['qq.com', '163.com', '126.com', 'sina.com'])}",
                     place[1], address(r, place), r.choice(INDUSTRIES), r.choice(IDENTITIES), r.choice(BIOS),
                     r.choice(["普通会员", "银卡会员", "金卡会员", "钻石会员"]), when(r, 900).strftime("%Y-%m-%d %H:%M:%S"),
                     ipv4(r)])
    with (out / "yonghu.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def devices(r: random.Random, out: Path) -> None:
    """设备表: pinyin column names, full words and initials, as a Parquet table."""
    cols: dict[str, list] = {k: [] for k in [
        "yhid", "sbid", "imei", "oaid", "shebei_pinpai", "shebei_xinghao", "xitong_banben", "fenbianlv", "dianliang",
        "chongdian_zhuangtai", "yinliang", "jingyin", "erji_leixing", "wangluo_leixing", "yys", "shiqu", "ip_dizhi",
        "ua", "app_banben", "cjsj"]}
    for _ in range(600):
        brand, _name, model, systems = r.choice(DEVICES)
        cols["yhid"].append(user_id(r))
        cols["sbid"].append(android_id(r))
        cols["imei"].append(imei(r) if brand != "Apple" else None)
        cols["oaid"].append(oaid(r, brand))
        cols["shebei_pinpai"].append(brand)
        cols["shebei_xinghao"].append(model)
        cols["xitong_banben"].append(r.choice(systems))
        cols["fenbianlv"].append(r.choice(RESOLUTIONS))
        cols["dianliang"].append(f"{r.randint(3, 100)}%")
        cols["chongdian_zhuangtai"].append(r.choice(CHARGING))
        cols["yinliang"].append(r.randint(0, 15))
        cols["jingyin"].append(r.random() < 0.2)
        cols["erji_leixing"].append(r.choice(AUDIO_OUT))
        cols["wangluo_leixing"].append(r.choice(NETWORKS))
        cols["yys"].append(r.choice(CARRIERS))
        cols["shiqu"].append(r.choice(["Asia/Shanghai", "GMT+08:00", "Asia/Shanghai", "Asia/Urumqi"]))
        cols["ip_dizhi"].append(ipv4(r))
        cols["ua"].append(dalvik_ua(r, model))
        cols["app_banben"].append(f"{r.randint(5, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}")
        cols["cjsj"].append(int(when(r).timestamp() * 1000))
    pq.write_table(pa.table(cols), out / "shebei.parquet")


def locations(r: random.Random, out: Path) -> None:
    """定位记录: nested JSON with Han keys, as an app's location upload."""
    with (out / "dingwei.ndjson").open("w", encoding="utf-8") as fh:
        for _ in range(450):
            place = r.choice(PLACES)
            doc = {
                "用户ID": user_id(r),
                "上报时间": when(r).isoformat(timespec="seconds"),
                "位置": {"经度": jitter(r, place[5]), "纬度": jitter(r, place[4]), "精度": round(r.uniform(5, 80), 1),
                       "海拔": round(r.uniform(2, 600), 1)},
                "定位方式": r.choice(["GPS", "网络定位", "基站定位"]),
                "省份": place[0],
                "城市": place[1],
                "区县": r.choice(place[2]),
                "详细地址": address(r, place, detail=False),
                "基站": {"运营商": r.choice(CARRIERS), "mcc_mnc": r.choice(CARRIER_CODES)},
                "时区": "Asia/Shanghai",
                "电量": r.randint(5, 100),
            }
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


def orders(r: random.Random, out: Path) -> None:
    """订单表: pinyin initials (as many internal warehouses name columns), CSV."""
    header = ["ddh", "yhid", "shrxm", "shrsjh", "shdz", "yzbm", "spmc", "sl", "je", "zffs", "yhkh", "xdsj", "ddzt",
              "mjly", "sheng", "shi"]
    with (out / "dingdan.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for _ in range(550):
            place = r.choice(PLACES)
            t = when(r)
            w.writerow([f"DD{t:%Y%m%d}{r.randint(10**7, 10**8 - 1)}", user_id(r), person(r), mobile(r),
                        address(r, place), f"{r.randint(100000, 799999)}", r.choice(PRODUCTS), r.randint(1, 5),
                        f"{r.uniform(9.9, 2999):.2f}", r.choice(PAY_METHODS),
                        unionpay_card(r) if r.random() < 0.8 else "", t.strftime("%Y-%m-%d %H:%M:%S"),
                        r.choice(ORDER_STATES), r.choice(REMARKS) if r.random() < 0.7 else "", place[0], place[1]])


def events(r: random.Random, out: Path) -> None:
    """互动事件: NDJSON with Han keys beside English SDK keys."""
    with (out / "hudong_shijian.ndjson").open("w", encoding="utf-8") as fh:
        for _ in range(700):
            brand, _name, model, systems = r.choice(DEVICES)
            kind = r.choice(EVENTS)
            doc = {
                "事件ID": str(uuid.UUID(int=r.getrandbits(128), version=4)),
                "事件名称": kind,
                "事件时间": int(when(r).timestamp() * 1000),
                "用户ID": user_id(r),
                "页面路径": r.choice(PAGES),
                "停留时长": r.randint(300, 180000),
                "搜索词": r.choice(SEARCHES) if kind == "浏览" else None,
                "评论内容": r.choice(COMMENTS) if kind == "评论" else None,
                "击键间隔": [r.randint(60, 400) for _ in range(r.randint(4, 12))],
                "上传文件名": f"IMG_2024{r.randint(101, 1231):04d}_{r.randint(0, 235959):06d}.jpg" if r.random() < 0.3 else None,
                "已安装应用": r.sample(APPS, r.randint(2, 5)),
                "设备": {"型号": model, "系统": r.choice(systems), "广告标识": oaid(r, brand), "网络": r.choice(NETWORKS),
                       "音量": round(r.uniform(0, 1), 2), "电池电量": f"{r.randint(3, 100)}%"},
                "客户端IP": ipv4(r),
                "渠道": r.choice(["抖音", "小红书", "微信小程序", "应用商店"]),
                "app版本": f"{r.randint(5, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}",
            }
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


def app_log(r: random.Random, out: Path) -> None:
    """A Chinese Java-style application log: Han messages and Han `key=value` pairs."""
    lines = []
    for i in range(800):
        t = (BASE + timedelta(seconds=i * 7 + r.randint(0, 6))).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        thread = f"http-nio-8080-exec-{r.randint(1, 20)}"
        brand, _name, model, systems = r.choice(DEVICES)
        place = r.choice(PLACES)
        pick = r.random()
        if pick < 0.2:
            msg = (f"INFO  [{thread}] c.s.user.LoginController - 用户登录成功 用户ID={user_id(r)} 手机号={mobile(r)} "
                   f"登录IP={ipv4(r)}")
        elif pick < 0.35:
            msg = (f"INFO  [{thread}] c.s.device.ReportService - 设备上报 设备型号={model} 系统版本={r.choice(systems)} "
                   f"运营商={r.choice(CARRIERS)} 网络={r.choice(NETWORKS)} 电量={r.randint(3, 100)}%")
        elif pick < 0.5:
            msg = (f"INFO  [{thread}] c.s.lbs.LocationService - 定位成功 用户ID={user_id(r)} 经度={jitter(r, place[5])} "
                   f"纬度={jitter(r, place[4])} 城市={place[1]}")
        elif pick < 0.62:
            msg = (f"INFO  [{thread}] c.s.order.OrderService - 订单创建成功 订单号=DD{r.randint(10**9, 10**10 - 1)} "
                   f"收货人={person(r)} 收货地址={address(r, place)}")
        elif pick < 0.7:
            msg = f"WARN  [{thread}] c.s.order.OrderService - 用户{person(r)}的订单支付超时,已自动取消"
        elif pick < 0.78:
            msg = (f"INFO  [{thread}] c.s.ad.AttributionService - 广告归因 OAID={oaid(r, brand)} "
                   f"设备ID={android_id(r)}")
        elif pick < 0.85:
            msg = f"ERROR [{thread}] c.s.sms.SmsSender - 短信发送失败 手机号={mobile(r)} 错误码={r.choice([1001, 1002, 2003])}"
        elif pick < 0.92:
            msg = f"INFO  [{thread}] c.s.cache.RedisClient - 缓存刷新完成 耗时={r.randint(1, 900)}ms 键数量={r.randint(10, 5000)}"
        else:
            msg = f"DEBUG [{thread}] c.s.task.Scheduler - 定时任务执行完毕 任务=清理过期会话 数量={r.randint(0, 300)}"
        lines.append(f"{t} {msg}")
    (out / "app_zh.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


def tickets(r: random.Random, out: Path) -> None:
    """客服工单: a DuckDB table whose columns say what they hold only in Chinese comments."""
    path = out / "kefu.duckdb"
    if path.exists():
        path.unlink()
    con = duck.connect(str(path))
    con.execute("CREATE TABLE gongdan (c1 VARCHAR, c2 VARCHAR, c3 VARCHAR, c4 VARCHAR, c5 VARCHAR, c6 VARCHAR, "
                "c7 VARCHAR, c8 VARCHAR)")
    comments = {"c1": "工单编号", "c2": "客户的用户ID", "c3": "客户姓名", "c4": "联系电话", "c5": "工单类型",
                "c6": "问题描述", "c7": "客户所在城市", "c8": "创建时间"}
    for column, text in comments.items():
        con.execute(f"COMMENT ON COLUMN gongdan.{column} IS '{text}'")
    rows = []
    for i in range(400):
        place = r.choice(PLACES)
        rows.append((f"GD{100000 + i}", user_id(r), person(r), mobile(r) if r.random() < 0.85 else landline(r, place[6]),
                     r.choice(TICKET_TYPES), r.choice(REMARKS + COMMENTS), place[1],
                     when(r).strftime("%Y-%m-%d %H:%M:%S")))
    con.executemany("INSERT INTO gongdan VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.close()


GENERATORS = [users, devices, locations, orders, events, app_log, tickets]


def generate(out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for i, gen in enumerate(GENERATORS):
        gen(random.Random(seed * 1000 + i), out)


def _holdout2():
    spec = importlib.util.spec_from_file_location("holdout2_generate", HERE.parent / "holdout2" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def verify_with_database(out: Path, labels: Path, database: Path, dataset: str, columns: set[str]) -> int:
    """The holdout2 checker over the files, with the database file set aside (the file checker
    knows no databases); the database table's `columns` checked against the labels of `dataset`."""
    checker = _holdout2()
    moved = out.parent / (out.name + "." + database.name)
    database.rename(moved)
    files_only = out.parent / (out.name + ".labels.csv")
    with labels.open(encoding="utf-8") as fh:
        kept = [line for line in fh if not line.startswith(dataset + ",")]
    files_only.write_text("".join(kept), encoding="utf-8")
    try:
        status = checker.verify(out, files_only)
    finally:
        moved.rename(database)
        files_only.unlink()
    with labels.open(encoding="utf-8") as fh:
        labelled = {row["field"] for row in csv.DictReader(fh) if row["dataset"] == dataset}
    if columns != labelled:
        print(f"VERIFY {dataset}: columns {sorted(columns)} vs labels {sorted(labelled)}")
        return 1
    return status


def verify(out: Path, labels: Path) -> int:
    database = out / "kefu.duckdb"
    con = duck.connect(str(database), read_only=True)
    columns = {c for (c,) in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'gongdan'").fetchall()}
    con.close()
    return verify_with_database(out, labels, database, "gongdan", columns)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=20240304)
    ap.add_argument("--verify", action="store_true", help="check generated fields against labels.csv")
    ap.add_argument("--labels", type=Path, default=HERE / "labels.csv")
    a = ap.parse_args()
    generate(a.out, a.seed)
    if a.verify:
        return verify(a.out, a.labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
