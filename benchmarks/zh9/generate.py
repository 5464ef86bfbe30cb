"""Generate the ninth Chinese benchmark (benchmarks/zh9), in styles zh … zh8 do not use.

usage: python benchmarks/zh9/generate.py OUT_DIR [--seed N] [--verify]

Five tables of users, devices, locations, orders and interaction events, and an application
log, in vendors' schemas and file habits the earlier sets left out:

- `wecom_user_list.json`: a **WeCom (企业微信) `user/list` API response** saved whole
  (`errcode`, `errmsg`, `userlist[]` with `userid`, `mobile`, `biz_mail`, `telephone`, `alias`,
  `open_userid`, `direct_leader`, `external_position` …);
- `ods_yh_jbxx_df.csv`: an **Alibaba Cloud MaxCompute `tunnel download`** of a user table whose
  columns mix **full pinyin and pinyin initials** in one name (`yh_id`, `xingming`,
  `chusheng_rq` as `19900312`, `sfzh`, `shoujihao`, `jjlxr_xm`), person names of
  **ethnic minorities with a middle dot** (`买买提·艾力`, `•` too) and **compound surnames**
  (`欧阳`, `司马`, `上官`);
- `meituan_orders.csv`: a **Meituan Waimai (美团外卖) merchant export** in UTF-8 with a BOM whose
  long numbers are kept as **Excel formulas `="…"`**, customers named by **surname and
  honorific** (`王先生`, `欧阳女士`), privacy numbers, rider names and phones, invoice titles and
  **unified social credit codes** (18 characters, not identity numbers);
- `push_devices.ndjson`: a push service's **Xiaomi/Huawei push registrations** (`regId`,
  `hmsToken`, `alias`) in camelCase with nested `battery`/`audio` objects, `installedPkgs`,
  coordinates stored as **degrees × 10⁶** (`latE6`/`lngE6`), `simOperator` MCC+MNC;
- `umeng_event_detail.xls`: a **Umeng (友盟+) event-detail download** as a legacy **`.xls`**
  (BIFF) with Han headers carrying English in brackets (`设备标识(UMID)`, `用户账号(PUID)`,
  `按键间隔(ms)`);
- `notify-service.log`: a Python service logging through **loguru** (`time | LEVEL | module:func:line
  - message`), Python `dict` reprs with single quotes, and a traceback with loguru's
  `diagnose` variable annotations (`│`, `└ '138…'`).

Values are drawn from public data: person names, mobiles, user names, e-mail and IPv4
addresses from Faker's zh_CN locale (MIT); GB/T 2260 divisions, addresses, resident identity
numbers, OAIDs and industries through benchmarks/zh3's generator (python-stdnum's data and
check); minority names, compound surnames, devices, events and vendor field names written for
this benchmark from public knowledge (WeCom's and Umeng's documented fields, MaxCompute's tunnel
format, Meituan's export headers, loguru's default format).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import base64
import json
import random
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from zhwriters import write_csv, write_ndjson  # noqa: E402
from labelcheck import check_labels, generate_main, load_generator  # noqa: E402
BASE = datetime(2024, 12, 16, 9, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock


ZH3 = load_generator("zh3")
ZH8 = load_generator("zh8")
digits, hexid = ZH8.digits, ZH8.hexid

COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容", "东方", "皇甫", "令狐", "司徒", "夏侯", "端木", "公孙", "尉迟", "长孙", "宇文"]
# Uyghur/Kazakh names: own name · father's name
MINORITY_OWN = ["买买提", "艾力", "阿依古丽", "古丽娜尔", "热依拉", "努尔艾力", "阿卜杜拉", "帕提古丽", "迪力夏提", "布再娜", "吐尔逊",
                "阿力木", "米热古丽", "叶尔兰", "哈力克"]
MINORITY_FATHER = ["艾力", "吐尔洪", "阿不都热合曼", "买买提", "艾山", "麦麦提", "吐尔逊", "阿不都拉", "热合曼", "努尔兰", "沙吾提"]
POSITIONS = ["产品经理", "Java开发工程师", "销售代表", "客服专员", "财务主管", "运营专员", "人事行政", "区域经理", "设计师", "测试工程师"]
DEPARTMENTS = [1, 2, 3, 5, 8, 13, 21]
# (brand, model, rom name, rom versions, android sdk, (w, h))
DEVICES = [
    ("Xiaomi", "Xiaomi 14", "HyperOS", ["1.0.42.0.UNCCNXM", "2.0.8.0.VNCCNXM"], 34, (1200, 2670)),
    ("Redmi", "Redmi K70", "HyperOS", ["1.0.7.0.UNKCNXM"], 34, (1440, 3200)),
    ("Redmi", "Redmi Note 12", "MIUI", ["V14.0.6.0.TMCCNXM", "V14.0.2.0.TMCCNXM"], 33, (1080, 2400)),
    ("HUAWEI", "ALN-AL00", "HarmonyOS", ["4.2.0", "4.0.0"], 31, (1260, 2720)),
    ("HUAWEI", "NOH-AN00", "EMUI", ["12.0.0", "13.0.0"], 29, (1344, 2772)),
    ("HONOR", "ELI-AN00", "MagicOS", ["8.0.0"], 34, (1224, 2700)),
    ("OPPO", "PJA110", "ColorOS", ["14.0"], 34, (1240, 2772)),
    ("vivo", "V2309A", "OriginOS", ["4.0"], 34, (1260, 2800)),
]
PKGS = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao", "com.xunmeng.pinduoduo",
        "com.sankuai.meituan", "com.autonavi.minimap", "tv.danmaku.bili", "com.xingin.xhs", "com.jingdong.app.mall",
        "com.tencent.qqmusic", "com.baidu.netdisk", "com.sina.weibo", "com.smile.gifmaker"]
AUDIO_OUT = ["SPEAKER", "EARPIECE", "WIRED_HEADSET", "BLUETOOTH_A2DP", "SPEAKER"]
BT_DEVICES = ["HUAWEI FreeBuds Pro 3", "Redmi Buds 5", "AirPods Pro", "OPPO Enco X2", "漫步者 Lolli Pro 2"]
NET = ["WIFI", "WIFI", "MOBILE_4G", "MOBILE_5G", "MOBILE_4G", "MOBILE_3G"]
SIM = ["46000", "46002", "46007", "46001", "46006", "46003", "46011", "46015"]
# (city, district, lng, lat)
PLACES = [("杭州市", "西湖区", 120.130, 30.259), ("北京市", "朝阳区", 116.443, 39.921), ("上海市", "浦东新区", 121.544, 31.221),
          ("广州市", "海珠区", 113.317, 23.083), ("深圳市", "福田区", 114.055, 22.522), ("乌鲁木齐市", "天山区", 87.631, 43.794),
          ("成都市", "武侯区", 104.043, 30.642), ("南京市", "鼓楼区", 118.770, 32.066)]
PROVINCE_OF = {"杭州市": "浙江", "北京市": "北京", "上海市": "上海", "广州市": "广东", "深圳市": "广东", "乌鲁木齐市": "新疆",
               "成都市": "四川", "南京市": "江苏"}
SHOPS = [("老乡鸡(西溪店)", 19876543), ("蜜雪冰城(文三路店)", 20456781), ("杨国福麻辣烫(望京店)", 18765432),
         ("塔斯汀中国汉堡(海珠店)", 21345678), ("米村拌饭(福田店)", 17654321)]
DISHES = ["农家小炒肉饭", "冰鲜柠檬水(大杯)", "麻辣烫(微辣)+宽粉", "香辣鸡腿中国汉堡", "石锅拌饭套餐", "番茄牛腩面", "酸菜鱼(单人份)"]
MT_STATUS = ["已完成", "已完成", "已完成", "已取消", "配送中"]
MT_NOTES = ["", "", "", "不要香菜", "少放辣，谢谢", "放门口外卖柜", "到了打电话，别敲门，宝宝在睡觉", "需要两双筷子"]
DELIVERY = ["美团专送", "美团快送", "商家自配送"]
INVOICE_HEADS = ["杭州云帆网络科技有限公司", "北京星河互联信息技术有限公司", "个人", "上海梧桐文化传媒有限公司"]
ROLES = ["普通买家", "商家", "带货主播", "团长", "企业用户"]
CHANNELS = ["huawei", "xiaomi", "oppo", "vivo", "yingyongbao", "baidu", "official"]
UM_EVENTS = [("search_submit", "搜索提交"), ("goods_click", "商品点击"), ("add_cart", "加入购物车"), ("comment_submit", "提交评价"),
             ("coupon_get", "领券"), ("share_wechat", "分享到微信"), ("page_view", "页面浏览")]
UM_PAGES = ["首页", "商品详情页", "购物车", "搜索结果页", "我的订单", "评价页", "直播间"]
SEARCHES = ["冬季加绒卫衣", "新疆和田大枣", "电动牙刷 儿童", "羊肉 手抓饭 半成品", "华为 Mate 70 手机壳", "保温饭盒 上班族", "无线充电器"]
COMMENTS = ["枣子很甜，个头大，会回购", "物流有点慢，东西还行", "客服小姐姐很耐心，点赞", "尺码偏小，建议拍大一码", "包装破损了，已联系客服"]


def faker(seed: int) -> Faker:
    return ZH3.faker(seed)


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def person(r: random.Random, fake: Faker) -> str:
    """A Han name, a compound-surname name, or an Uyghur/Kazakh name with a middle dot."""
    pick = r.random()
    if pick < 0.15:
        return r.choice(COMPOUND) + fake.first_name()
    if pick < 0.3:
        return r.choice(MINORITY_OWN) + r.choice(["·", "·", "•"]) + r.choice(MINORITY_FATHER)
    return fake.name()


def surname(name: str) -> str:
    if "·" in name or "•" in name:
        return name
    return name[:2] if name[:2] in COMPOUND else name[0]


def landline(r: random.Random) -> str:
    area = r.choice(["010", "021", "0571", "020", "0755", "0991", "028", "025"])
    return f"{area}-{digits(r, 8 if len(area) == 3 else r.choice([7, 8]))}"


def uscc(r: random.Random) -> str:
    """A unified social credit code's shape: 91 + 6-digit division + 10 characters."""
    return "91" + r.choice(["330106", "110105", "310115", "440106"]) + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))


# ---------------------------------------------------------------- WeCom user/list response
def wecom_users(r: random.Random, fake: Faker, out: Path) -> None:
    users = []
    ids = []
    for i in range(260):
        name = person(r, fake)
        uid = r.choice([fake.user_name(), f"{fake.user_name()}{r.randint(1, 99)}", f"E{10000 + i}"])
        ids.append(uid)
        avatar = f"https://wework.qpic.cn/wwpic/{digits(r, 6)}_{base64.urlsafe_b64encode(r.randbytes(12)).decode().rstrip('=')}_{digits(r, 10)}/0"
        users.append({
            "userid": uid,
            "name": name,
            "department": r.sample(DEPARTMENTS, r.randint(1, 2)),
            "order": [0],
            "position": r.choice(POSITIONS),
            "mobile": fake.phone_number(),
            "gender": r.choice(["1", "2"]),
            "email": fake.free_email() if r.random() < 0.6 else "",
            "biz_mail": f"{uid.lower()}@yunfan-tech.cn",
            "is_leader_in_dept": [r.choice([0, 0, 0, 1])],
            "direct_leader": [r.choice(ids)] if len(ids) > 1 and r.random() < 0.8 else [],
            "avatar": avatar,
            "thumb_avatar": avatar[:-2] + "/100",
            "telephone": landline(r) if r.random() < 0.5 else "",
            "alias": r.choice(["", "", fake.romanized_name().split()[0] if hasattr(fake, "romanized_name") else "Jack", "Kevin", "Lily", "Tony"]),
            "address": ZH3.address(r, fake) if r.random() < 0.4 else "",
            "open_userid": "wo" + base64.b64encode(r.randbytes(21)).decode().replace("+", "A").replace("/", "B"),
            "main_department": r.choice(DEPARTMENTS),
            "status": r.choice([1, 1, 1, 2, 4]),
            "qr_code": f"https://open.work.weixin.qq.com/wwopen/userQRCode?vcode=vc{hexid(r, 16)}",
            "external_position": r.choice(["", "高级顾问", "客户经理", "技术支持"]),
        })
    doc = {"errcode": 0, "errmsg": "ok", "userlist": users}
    (out / "wecom_user_list.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")


# ---------------------------------------------------------------- MaxCompute tunnel download
ODS_HEADER = ["yh_id", "xingming", "xb", "chusheng_rq", "sfzh", "shoujihao", "gddh", "qq", "youxiang", "hangye", "yhsf",
              "szd_sheng", "szd_shi", "jtzz", "jjlxr_xm", "jjlxr_dh", "zc_qudao", "zcsj", "ds"]


def ods_users(r: random.Random, fake: Faker, out: Path) -> None:
    rows: list[list] = []
    for i in range(480):
        place = ZH3.division(r)
        code, prov, city, _ = place
        born = ZH3.born(r)
        rows.append([
            100000000 + i * 37 + r.randint(0, 36), person(r, fake), r.choice(["1", "2", "0"]), f"{born:%Y%m%d}",
            ZH3.resident_id(r, code, born), fake.phone_number(), landline(r) if r.random() < 0.3 else "",
            digits(r, r.randint(6, 10)) if r.random() < 0.6 else "", fake.free_email() if r.random() < 0.5 else "",
            r.choice(ZH3.INDUSTRIES), r.choice(ROLES), prov, city, ZH3.address(r, fake, place),
            person(r, fake), fake.phone_number() if r.random() < 0.8 else "", r.choice(CHANNELS),
            f"{when(r, 600) - timedelta(days=600):%Y-%m-%d %H:%M:%S}", "20241215"])


    write_csv(out / "ods_yh_jbxx_df.csv", ODS_HEADER, rows)
# ---------------------------------------------------------------- Meituan Waimai export
MT_HEADER = ["订单编号", "门店名称", "门店ID", "下单时间", "预计送达时间", "订单状态", "顾客ID", "顾客姓名", "顾客电话", "备用电话",
             "顾客地址", "商品名称", "商品总价(元)", "顾客实际支付(元)", "商家实收(元)", "配送方式", "配送距离(米)", "骑手姓名",
             "骑手电话", "备注", "餐具份数", "发票抬头", "纳税人识别号"]


def formula(value: str) -> str:
    return f'="{value}"'


def meituan(r: random.Random, fake: Faker, out: Path) -> None:
    rows: list[list] = []
    for _ in range(500):
        shop, shop_id = r.choice(SHOPS)
        at = when(r)
        name = person(r, fake)
        phone = fake.phone_number()
        shown = r.choice([phone, f"1{r.choice('78')}{digits(r, 9)}_{digits(r, 4)}", phone[:3] + "****" + phone[7:]])
        total = round(r.uniform(12, 120), 2)
        paid = round(total - r.choice([0, 3, 5, 8]), 2)
        rider = r.random() < 0.85
        invoice = r.random() < 0.15
        head = r.choice(INVOICE_HEADS) if invoice else ""
        rows.append([formula(f"{at:%y%m%d}{digits(r, 13)}"), shop, shop_id, f"{at:%Y-%m-%d %H:%M:%S}",
                    f"{at + timedelta(minutes=r.randint(25, 50)):%Y-%m-%d %H:%M}", r.choice(MT_STATUS), formula(digits(r, 10)),
                    surname(name) + r.choice(["(先生)", "(女士)", "先生", "女士"]) if r.random() < 0.8 else name,
                    formula(shown), formula(fake.phone_number()) if r.random() < 0.2 else "",
                    ZH3.address(r, fake), "、".join(r.sample(DISHES, r.randint(1, 3))), f"{total:.2f}", f"{paid:.2f}",
                    f"{paid * 0.8:.2f}", r.choice(DELIVERY), r.randint(300, 5200), fake.name() if rider else "",
                    formula(fake.phone_number()) if rider else "", r.choice(MT_NOTES), r.choice([0, 1, 1, 2]),
                    head, formula(uscc(r)) if head and head != "个人" else ""])


    write_csv(out / "meituan_orders.csv", MT_HEADER, rows, encoding="utf-8-sig")
# ---------------------------------------------------------------- push registrations (NDJSON)
def push_devices(r: random.Random, fake: Faker, out: Path) -> None:
    records: list = []
    for _ in range(520):
        brand, model, rom, versions, sdk, (sw, sh) = r.choice(DEVICES)
        city, _, lng, lat = r.choice(PLACES)
        xiaomi = brand in ("Xiaomi", "Redmi")
        huawei = brand in ("HUAWEI", "HONOR")
        out_route = r.choice(AUDIO_OUT)
        record = {
            "regId": base64.b64encode(r.randbytes(48)).decode() if xiaomi else None,
            "hmsToken": ("0" + digits(r, 14) + hexid(r, 40).upper() + "CN01") if huawei else None,
            "alias": str(100000000 + r.randint(0, 18000)) if r.random() < 0.75 else None,
            "brand": brand,
            "model": model,
            "romName": rom,
            "romVersion": r.choice(versions),
            "androidSdk": sdk,
            "screen": f"{sw}x{sh}",
            "density": r.choice([2.75, 3.0, 3.5, 2.625]),
            "simOperator": r.choice(SIM) if r.random() < 0.9 else "",
            "netType": r.choice(NET),
            "oaid": ZH3.oaid(r),
            "battery": {"level": round(r.uniform(0.03, 1.0), 2), "charging": r.random() < 0.3,
                        "temperature": round(r.uniform(24, 41), 1)},
            "audio": {"ringerMode": r.choice([0, 1, 2, 2]), "musicVolume": r.randint(0, 15), "maxVolume": 15,
                      "output": out_route, "btDevice": r.choice(BT_DEVICES) if out_route == "BLUETOOTH_A2DP" else None},
            "installedPkgs": r.sample(PKGS, r.randint(3, 8)),
            "latE6": int((lat + r.uniform(-0.05, 0.05)) * 1e6) if r.random() < 0.7 else None,
            "lngE6": int((lng + r.uniform(-0.05, 0.05)) * 1e6),
            "tz": r.choice(["GMT+08:00", "Asia/Shanghai", "GMT+08:00"]),
            "ip": fake.ipv4_public(),
            "appVer": f"{r.randint(3, 7)}.{r.randint(0, 40)}.{r.randint(0, 9)}",
            "updateTime": int(when(r).timestamp() * 1000),
        }
        records.append(record)


    write_ndjson(out / "push_devices.ndjson", records)
# ---------------------------------------------------------------- Umeng event detail (.xls)
UM_HEADER = ["设备标识(UMID)", "用户账号(PUID)", "事件ID", "事件名称", "触发时间", "页面", "停留时长(秒)", "应用版本", "渠道", "国家",
             "省份", "城市", "品牌", "机型", "操作系统", "系统版本", "分辨率", "运营商", "联网方式", "IP", "搜索词", "评价内容",
             "按键间隔(ms)", "电量"]


def umeng(r: random.Random, fake: Faker, out: Path) -> None:
    import xlwt
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("事件明细")
    for c, h in enumerate(UM_HEADER):
        sheet.write(0, c, h)
    visitors = [(hexid(r, 32), str(100000000 + r.randint(0, 18000)) if r.random() < 0.6 else "", r.choice(DEVICES), r.choice(PLACES),
                 fake.ipv4_public()) for _ in range(80)]
    for i in range(1, 601):
        umid, puid, device, place, ip = r.choice(visitors)
        brand, model, rom, versions, sdk, (sw, sh) = device
        city, _, _, _ = place
        ev, name = r.choice(UM_EVENTS)
        carrier = r.choice(["中国移动", "中国联通", "中国电信", "未知"])
        row = [umid, puid, ev, name, f"{when(r):%Y-%m-%d %H:%M:%S}", r.choice(UM_PAGES), r.randint(1, 600),
               f"{r.randint(3, 7)}.{r.randint(0, 40)}.0", r.choice(CHANNELS), "中国", PROVINCE_OF[city], city, brand, model,
               "HarmonyOS" if rom == "HarmonyOS" else "Android", f"Android {sdk - 20}" if rom != "HarmonyOS" else r.choice(versions),
               f"{sh}*{sw}", carrier, r.choice(["WiFi", "4G", "5G", "WiFi"]), ip,
               r.choice(SEARCHES) if ev == "search_submit" else "", r.choice(COMMENTS) if ev == "comment_submit" else "",
               ",".join(str(r.randint(70, 380)) for _ in range(r.randint(3, 8))) if ev in ("search_submit", "comment_submit") else "",
               f"{r.randint(5, 100)}%"]
        for c, v in enumerate(row):
            sheet.write(i, c, v)
    book.save(str(out / "umeng_event_detail.xls"))


# ---------------------------------------------------------------- log (loguru)
def notify_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines = []
    at = BASE
    for _ in range(700):
        at += timedelta(milliseconds=r.randint(30, 8000))
        stamp = f"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond // 1000:03d}"
        uid = 100000000 + r.randint(0, 18000)
        brand, model, rom, versions, sdk, _ = r.choice(DEVICES)
        city, district, lng, lat = r.choice(PLACES)
        pick = r.random()
        if pick < 0.2:
            where, level = "app.push.register:bind_token:57", "INFO"
            token = base64.b64encode(r.randbytes(48)).decode() if brand in ("Xiaomi", "Redmi") else "0" + digits(r, 14) + hexid(r, 40).upper() + "CN01"
            msg = (f"推送注册成功 alias={uid} 厂商={brand.lower()} token={token} 机型={model} 系统={rom} {r.choice(versions)} "
                   f"oaid={ZH3.oaid(r)} 网络={r.choice(['WIFI', '4G', '5G'])}")
        elif pick < 0.35:
            where, level = "app.api.location:report:112", "INFO"
            data = {"uid": uid, "lat": round(lat + r.uniform(-0.03, 0.03), 6), "lng": round(lng + r.uniform(-0.03, 0.03), 6),
                    "城市": city, "区县": district}
            msg = f"位置上报 {data!r}"
        elif pick < 0.5:
            where, level = "app.api.user:bind_phone:88", "INFO"
            msg = f"用户 {person(r, fake)}(uid={uid}) 绑定手机号 {fake.phone_number()} 成功，来源IP {fake.ipv4_public()}"
        elif pick < 0.62:
            where, level = "app.push.monitor:battery_alert:31", "WARNING"
            msg = (f"设备电量过低，暂停静默推送 uid={uid} 电量={r.randint(1, 15)}% 充电状态={r.choice(['未充电', '充电中'])} "
                   f"设备={brand} {model}")
        elif pick < 0.74:
            where, level = "app.api.realname:verify:64", "INFO"
            born = ZH3.born(r)
            msg = f"实名核验通过 uid={uid} 姓名={person(r, fake)} 证件号={ZH3.resident_id(r, ZH3.division(r)[0], born)}"
        elif pick < 0.86:
            where, level = "app.api.address:update:140", "INFO"
            msg = f"收货地址已更新 uid={uid} 收件人：{person(r, fake)}，地址：{ZH3.address(r, fake)}"
        elif pick < 0.95:
            where, level = "app.push.vendor:send:203", "ERROR"
            msg = f"华为推送下发失败 token={'0' + digits(r, 14) + hexid(r, 40).upper() + 'CN01'} 错误码=80300007 原因=应用已卸载"
        else:
            where, level = "app.sms.client:send_code:42", "ERROR"
            phone = fake.phone_number()
            msg = "短信验证码发送失败"
            lines.append(f"{stamp} | {level:<8} | {where} - {msg}")
            lines.extend([
                "Traceback (most recent call last):",
                '  File "/app/app/sms/client.py", line 42, in send_code',
                "    resp = self.client.send(phone, template_code)",
                "           │    │      │    │      └ 'SMS_29183746'",
                f"           │    │      │    └ '{phone}'",
                "           │    │      └ <function AliyunSms.send at 0x7f3a2c1d9e50>",
                "           │    └ <app.sms.client.AliyunSms object at 0x7f3a2c1e6d90>",
                "           └ <app.sms.client.SmsService object at 0x7f3a2c1e6c10>",
                "alibabacloud_tea_util.exceptions.TeaException: isv.BUSINESS_LIMIT_CONTROL 触发小时级流控",
            ])
            continue
        lines.append(f"{stamp} | {level:<8} | {where} - {msg}")
    (out / "notify-service.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [wecom_users, ods_users, meituan, push_devices, umeng, notify_log]


def generate(out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for i, gen in enumerate(GENERATORS):
        gen(random.Random(seed * 1000 + i), faker(seed * 1000 + i), out)


def _paths(value, prefix: str = "") -> set[str]:
    """Dotted paths of a JSON value's scalar and scalar-list leaves, lists read through."""
    if isinstance(value, list):
        found: set[str] = set()
        for item in value:
            found |= _paths(item, prefix) if isinstance(item, (dict, list)) else {prefix}
        return found or {prefix}
    if isinstance(value, dict):
        found = set()
        for k, v in value.items():
            found |= _paths(v, f"{prefix}.{k}" if prefix else k)
        return found
    return {prefix}


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    import xlrd
    devices: set[str] = set()
    for line in (out / "push_devices.ndjson").read_text(encoding="utf-8").splitlines():
        devices |= _paths(json.loads(line))
    fields: dict[str, set[str]] = {
        "wecom_user_list.json": _paths(json.loads((out / "wecom_user_list.json").read_text(encoding="utf-8"))),
        "ods_yh_jbxx_df.csv": set(ODS_HEADER),
        "meituan_orders.csv": set(MT_HEADER),
        "push_devices.ndjson": devices,
        "umeng_event_detail.xls": set(xlrd.open_workbook(str(out / "umeng_event_detail.xls")).sheet_by_index(0).row_values(0)),
    }
    return check_labels(out, fields, labels, ("notify-service.log",))


def main() -> int:
    return generate_main(__doc__, generate, verify, 20241216, HERE / "labels.csv")


if __name__ == "__main__":
    sys.exit(main())
