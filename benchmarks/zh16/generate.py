"""Generate the sixteenth Chinese benchmark (benchmarks/zh16), in styles zh … zh15 do not use.

usage: python benchmarks/zh16/generate.py OUT_DIR [--seed N] [--verify]

Five tables of users, devices, locations, orders and interaction events, and a mall backend's
log, in schemas and naming habits the earlier sets left out:

- `旅客住宿登记.tsv`: a **hotel PMS's guest register** as the public-security upload (旅馆业治安
  管理) wants it, tab-separated: 登记单号, 旅客姓名, 民族, 出生日期 as `19870312`, 证件类型 with
  resident ID cards, passports (`E12345678`) and Mainland Travel Permits for Hong Kong and Macau
  residents (`H12345678`), 户籍地址, 联系电话, 入住/离店时间, 房号, 同住人 (the roommate's name),
  会员卡号, 押金, 备注;
- `push_device_report.ndjson`: a **phone vendors' push channel's device reports** (Xiaomi/OPPO/
  vivo/Honor push registrations as an aggregator keeps them, camelCase): `regId` (the push
  token), `alias`/`userAccount` (the app's user), `brand`, `deviceModel`, `romName`/`romVersion`,
  `androidApiLevel`, `screen` as `2400×1080` (the multiplication sign), `screenInch`,
  `densityDpi`, `batteryPct` as `87%`, `batteryStatus` in Chinese, `ringerMode`, `musicVolume`,
  `headsetPlugged`, `netType`, `simOperator` (MCC+MNC), `timeZoneId`, `locale`;
- `cls_trip_track.ndjson`: a **Tencent Cloud CLS export** of a ride-hailing service's trip
  points: CLS's own `__TIMESTAMP__`, `__SOURCE__` (the collecting host), `__FILENAME__`,
  `__HOSTNAME__`, `__TAG__.pod_name`, then `order_id`, `driver_id`, `passenger_uid`, `coord` as
  one `lng,lat` string (GCJ-02), `spd`, `dir`, `acc`, `src`, `city_code` (the telephone area code
  the service uses as a city id, `0571`), `pickup_poi`, `dropoff_poi`, `stage` (`接驾中`);
- `alipay_notify.ndjson`: **Alipay asynchronous payment notifications** (`trade_status_sync`) as
  the merchant's server logged their parameters: `notify_id`, `sign`, `trade_no`,
  `out_trade_no`, `buyer_id` (`2088…`), `buyer_logon_id` (masked phone or e-mail
  `138****5678`, `zha***@163.com`), `seller_id`, `seller_email`, amounts, `subject`, `body`,
  `gmt_*`, `fund_bill_list` (a JSON string), `passback_params`;
- `bilibili_replies.ndjson`: **Bilibili comment-API replies** (`x/v2/reply`): `rpid`, `oid`,
  `mid`, `ctime`, `like`, `rcount`, `member.{uname, sex (男/女/保密), sign, avatar,
  level_info.current_level, vip.vipStatus}`, `content.message`, `reply_control.location`
  (`IP属地：广东`, the province the platform shows from the writer's IP);
- `mall_backend.log`: a **WeChat mini-program mall's Java backend log** (logback's pattern), its
  messages in Chinese with **full-width punctuation** (`用户下单，用户ID：123，收货人：张三，…`):
  logins with the device, real-name checks, orders with receivers, phones and addresses,
  locations, reviews, payments.

Values are drawn from public data: person names, mobiles, e-mail and IPv4 addresses from Faker's
zh_CN locale (MIT); GB/T 2260 divisions, addresses, resident identity numbers and nicknames
through benchmarks/zh3's generator (python-stdnum's data and checks); compound-surname and
minority names through benchmarks/zh9's; devices, places, carriers and user agents through
benchmarks/zh10's; vendor field names written from public documentation (Alipay's asynchronous
notification, Tencent Cloud CLS's export, Bilibili's public reply API, the vendors' push SDKs).

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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelcheck import check_labels, generator_main, load_generator  # noqa: E402
from zhwriters import write_csv, write_ndjson  # noqa: E402

BASE = datetime(2024, 11, 11, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
ZH3 = load_generator("zh3")
ZH8 = load_generator("zh8")
ZH9 = load_generator("zh9")
ZH10 = load_generator("zh10")
digits, hexid = ZH8.digits, ZH8.hexid
faker, masked, person = ZH3.faker, ZH3.masked, ZH9.person
DEVICES, PLACES, UAS, CARRIERS = ZH10.DEVICES, ZH10.PLACES, ZH10.UAS, ZH10.CARRIERS
AREA_CODES = {"杭州市": "0571", "北京市": "010", "深圳市": "0755", "成都市": "028", "武汉市": "027", "西安市": "029"}


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


# ---------------------------------------------------------------- hotel guest register (TSV)
NATIONS = ["汉族"] * 12 + ["回族", "满族", "壮族", "维吾尔族", "苗族", "土家族", "蒙古族"]
ROOM_TYPES = ["高级大床房", "商务双床房", "豪华江景房", "行政套房"]
HOTEL_NOTES = ["", "", "", "", "", "需要无烟房", "明早7点叫醒", "协议单位：网易", "延迟退房至14点"]


def hotel_guests(r: random.Random, fake: Faker, out: Path) -> None:
    header = ["登记单号", "旅客姓名", "性别", "民族", "出生日期", "证件类型", "证件号码", "户籍地址", "联系电话", "入住时间", "离店时间",
              "房号", "房型", "同住人", "会员卡号", "押金", "备注"]
    rows = []
    for i in range(420):
        female = r.random() < 0.45
        name = person(r, fake)
        born = ZH3.born(r)
        place = ZH3.division(r)
        kind = r.choices(["身份证", "护照", "港澳居民来往内地通行证"], weights=[85, 8, 7])[0]
        number = (ZH3.resident_id(r, place[0], born) if kind == "身份证" else
                  "E" + digits(r, 8) if kind == "护照" else r.choice("HM") + digits(r, 8))
        checkin = when(r, 60)
        rows.append([
            f"DJ{checkin:%Y%m%d}{i:04d}", name, "女" if female else "男", r.choice(NATIONS), f"{born:%Y%m%d}", kind, number,
            ZH3.address(r, fake, place) if kind == "身份证" else "", fake.phone_number(), f"{checkin:%Y-%m-%d %H:%M}",
            f"{checkin + timedelta(days=r.randint(1, 4), hours=r.randint(-6, 4)):%Y-%m-%d %H:%M}", f"{r.randint(3, 21)}{r.randint(1, 40):02d}",
            r.choice(ROOM_TYPES), person(r, fake) if r.random() < 0.3 else "", f"VIP{digits(r, 10)}" if r.random() < 0.5 else "",
            r.choice([200, 300, 500, 1000]), r.choice(HOTEL_NOTES),
        ])
    write_csv(out / "旅客住宿登记.tsv", header, rows, delimiter="\t", lineterminator="\n")


# ---------------------------------------------------------------- push channel device reports
PUSH_BRANDS = {"Xiaomi": "MIUI", "Redmi": "HyperOS", "OPPO": "ColorOS", "vivo": "OriginOS", "HONOR": "MagicOS", "HUAWEI": "HarmonyOS"}
BAT_STATUS = ["充电中", "放电中", "放电中", "已充满", "未充电"]
RINGER = ["响铃", "振动", "静音", "响铃"]
NET_TYPES = ["WIFI", "WIFI", "5G", "4G", "4G", "3G"]


def push_reports(r: random.Random, fake: Faker, out: Path) -> None:
    records = []
    users = [str(r.randint(10**7, 10**8 - 1)) for _ in range(300)]
    for _ in range(480):
        make, name, hwv, osname, versions, sdk, (w, h), ppi = r.choice(DEVICES)
        brand = make if make in PUSH_BRANDS else r.choice(list(PUSH_BRANDS))
        uid = r.choice(users)
        seen = when(r)
        records.append({
            "regId": "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(64)) + "=",
            "alias": f"u_{uid}", "userAccount": uid, "appPackage": "com.mall.miniapp.android", "appVersion": f"5.{r.randint(0, 9)}.{r.randint(0, 20)}",
            "brand": brand, "deviceModel": r.choice([name, hwv]), "romName": osname, "romVersion": f"{osname} {r.choice(versions)}",
            "androidApiLevel": sdk, "screen": f"{h}×{w}", "screenInch": r.choice([6.1, 6.43, 6.67, 6.73, 6.78]), "densityDpi": ppi,
            "batteryPct": f"{r.randint(3, 100)}%", "batteryStatus": r.choice(BAT_STATUS), "ringerMode": r.choice(RINGER),
            "musicVolume": r.randint(0, 15), "headsetPlugged": r.random() < 0.2, "netType": r.choice(NET_TYPES),
            "simOperator": r.choice(CARRIERS)[1], "timeZoneId": "Asia/Shanghai", "locale": r.choice(["zh_CN", "zh_CN", "en_US"]),
            "notifySwitch": r.random() < 0.8, "lastActiveTime": int(seen.timestamp() * 1000),
        })
    write_ndjson(out / "push_device_report.ndjson", records)


# ---------------------------------------------------------------- Tencent Cloud CLS export of trip points
STAGES = ["接驾中", "司机已到达", "行程中", "行程中", "行程中", "已完成"]


def cls_trips(r: random.Random, fake: Faker, out: Path) -> None:
    records = []
    hosts = [(f"10.2.{r.randint(0, 255)}.{r.randint(1, 254)}", f"trip-track-{hexid(r, 5)}") for _ in range(4)]
    trips = []
    for _ in range(60):
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        trips.append((f"{when(r):%Y%m%d}{digits(r, 10)}", f"D{digits(r, 8)}", str(r.randint(10**9, 10**10 - 1)), city, lng, lat,
                      r.choice(pois), r.choice(pois)))
    for _ in range(520):
        order, driver, passenger, city, lng, lat, start, end = r.choice(trips)
        at = when(r)
        source, host = r.choice(hosts)
        records.append({
            "__TIMESTAMP__": int(at.timestamp() * 1000), "__SOURCE__": source, "__FILENAME__": "/data/logs/trip/track.log",
            "__HOSTNAME__": host, "__TAG__": {"pod_name": f"{host}-{hexid(r, 5)}"},
            "order_id": order, "driver_id": driver, "passenger_uid": passenger,
            "coord": f"{lng + r.uniform(-0.06, 0.06):.6f},{lat + r.uniform(-0.06, 0.06):.6f}",
            "spd": round(r.uniform(0, 80), 1), "dir": r.randint(0, 359), "acc": r.choice([5, 8, 10, 15, 30]),
            "src": r.choice(["gps", "gps", "wifi", "cell"]), "city_code": AREA_CODES[city],
            "pickup_poi": start, "dropoff_poi": end, "stage": r.choice(STAGES),
        })
    write_ndjson(out / "cls_trip_track.ndjson", records)


# ---------------------------------------------------------------- Alipay asynchronous notifications
SUBJECTS = [("会员月卡", "连续包月"), ("生鲜订单", "有机蔬菜套餐x1"), ("电影票", "《热辣滚烫》2张"), ("话费充值", "100元话费"), ("外卖订单", "黄焖鸡米饭")]
CHANNELS = ["ALIPAYACCOUNT", "PCREDIT", "BANKCARD", "MCARD", "COUPON"]


def alipay(r: random.Random, fake: Faker, out: Path) -> None:
    buyers = []
    for _ in range(200):
        login = masked(fake.phone_number()) if r.random() < 0.7 else (lambda e: e[:3] + "***@" + e.split("@")[1])(fake.free_email())
        buyers.append(("2088" + digits(r, 12), login, str(r.randint(10**6, 10**7 - 1))))
    records = []
    for _ in range(450):
        buyer_id, login, uid = r.choice(buyers)
        created = when(r)
        paid = created + timedelta(seconds=r.randint(3, 120))
        subject, body = r.choice(SUBJECTS)
        amount = f"{r.choice([9.9, 25.0, 68.0, 100.0, 128.5]):.2f}"
        records.append({
            "gmt_create": f"{created:%Y-%m-%d %H:%M:%S}", "charset": "utf-8", "gmt_payment": f"{paid:%Y-%m-%d %H:%M:%S}",
            "notify_time": f"{paid + timedelta(seconds=1):%Y-%m-%d %H:%M:%S}", "subject": subject, "body": body,
            "sign": "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(344)),
            "buyer_id": buyer_id, "buyer_logon_id": login, "invoice_amount": amount, "version": "1.0",
            "notify_id": f"2024{paid:%m%d}00222{paid:%H%M%S}{hexid(r, 12)}", "fund_bill_list": json.dumps(
                [{"amount": amount, "fundChannel": r.choice(CHANNELS)}], separators=(",", ":")),
            "notify_type": "trade_status_sync", "out_trade_no": f"MO{created:%Y%m%d%H%M%S}{digits(r, 4)}", "total_amount": amount,
            "trade_status": r.choice(["TRADE_SUCCESS", "TRADE_SUCCESS", "TRADE_FINISHED"]),
            "trade_no": f"{paid:%Y%m%d}22001{digits(r, 17)}", "auth_app_id": "2021004112345678", "receipt_amount": amount,
            "point_amount": "0.00", "buyer_pay_amount": amount, "app_id": "2021004112345678", "sign_type": "RSA2",
            "seller_id": "2088641234567890", "seller_email": "finance@mall-demo.cn", "passback_params": f"uid%3D{uid}%26src%3Dmini",
        })
    write_ndjson(out / "alipay_notify.ndjson", records)


# ---------------------------------------------------------------- Bilibili replies
PROVINCES = ["北京", "上海", "广东", "浙江", "四川", "湖北", "江苏", "山东", "河南", "陕西", "福建", "湖南"]
REPLIES = ["前排围观", "UP主辛苦了，做得太好了", "这期视频我看了三遍", "有没有人知道背景音乐叫什么", "笑死，弹幕比视频好看",
           "三连了，求更新", "我是从首页推荐进来的", "讲得很清楚，终于搞懂了", "16:32 这里太燃了", "考研人路过，加油",
           "我老家就在视频里这个村，好亲切", "看完去买了同款，质量一般"]
SIGNS = ["", "", "这个人很懒，什么都没有写", "一个普通的大学生", "摄影/旅行/猫", "B站是学习网站", "永远热泪盈眶", "不定期更新"]


def bilibili(r: random.Random, fake: Faker, out: Path) -> None:
    members = []
    for _ in range(180):
        mid = r.randint(10**5, 4 * 10**9)
        uname = ZH3.nickname(r, fake) if r.random() < 0.6 else f"bili_{digits(r, 11)}" if r.random() < 0.3 else fake.name()
        members.append((mid, uname, r.choice(["男", "女", "保密", "保密"]), r.choice(SIGNS),
                        f"https://i{r.randint(0, 2)}.hdslb.com/bfs/face/{hexid(r, 40)}.jpg", r.randint(0, 6), r.choice([0, 0, 1]),
                        r.choice(PROVINCES)))
    videos = [r.randint(10**8, 10**9 * 2) for _ in range(8)]
    records = []
    for _ in range(500):
        mid, uname, sex, sign, face, level, vip, prov = r.choice(members)
        at = when(r)
        records.append({
            "rpid": r.randint(10**11, 3 * 10**11), "oid": r.choice(videos), "type": 1, "mid": mid, "root": 0, "parent": 0,
            "ctime": int(at.timestamp()), "like": r.choice([0, 0, 1, 3, 12, 250]), "rcount": r.choice([0, 0, 0, 2, 7]),
            "member": {"mid": str(mid), "uname": uname, "sex": sex, "sign": sign, "avatar": face,
                       "level_info": {"current_level": level}, "vip": {"vipStatus": vip}},
            "content": {"message": r.choice(REPLIES)}, "reply_control": {"location": f"IP属地：{prov}"},
            "up_action": {"like": r.random() < 0.05},
        })
    write_ndjson(out / "bilibili_replies.ndjson", records)


# ---------------------------------------------------------------- mini-program backend log (logback, full-width punctuation)
REVIEWS = ["东西收到了，包装很严实", "比超市便宜，下次还来", "配送小哥态度很好", "水果有两个坏了，希望改进"]


def mall_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines: list[str] = []
    at = BASE
    users = []
    for _ in range(40):
        make, name, hwv, osname, versions, sdk, _, _ = r.choice(DEVICES)
        users.append((str(r.randint(10**6, 10**7 - 1)), "o" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                                                                      for _ in range(27)), name, f"{osname} {r.choice(versions)}"))

    def line(level: str, logger: str, msg: str) -> None:
        nonlocal at
        at += timedelta(milliseconds=r.randint(30, 15000))
        lines.append(f"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond // 1000:03d} {level:<5} [http-nio-8080-exec-{r.randint(1, 20)}] {logger} : {msg}")

    for _ in range(460):
        uid, openid, model, system = r.choice(users)
        pick = r.random()
        if pick < 0.18:
            line("INFO", "c.m.mall.user.LoginService", f"用户登录成功，用户ID：{uid}，openid：{openid}，机型：{model}，系统：{system}，"
                                                       f"网络：{r.choice(['wifi', '4g', '5g'])}，IP：{fake.ipv4_public()}")
        elif pick < 0.26:
            line("INFO", "c.m.mall.user.RealNameService", f"实名认证通过，用户ID：{uid}，姓名：{person(r, fake)}，"
                                                          f"身份证号：{ZH3.resident_id(r, ZH3.division(r)[0], ZH3.born(r))}")
        elif pick < 0.5:
            line("INFO", "c.m.mall.order.OrderService", f"用户下单，用户ID：{uid}，订单号：{digits(r, 18)}，收货人：{person(r, fake)}，"
                                                        f"手机：{fake.phone_number()}，地址：{ZH3.address(r, fake)}，金额：{r.randint(10, 500)}.00元")
        elif pick < 0.66:
            prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
            line("INFO", "c.m.mall.lbs.LocationController", f"定位上报，用户ID：{uid}，经度：{lng + r.uniform(-0.05, 0.05):.6f}，"
                                                            f"纬度：{lat + r.uniform(-0.05, 0.05):.6f}，城市：{city}，最近门店：{r.choice(pois)}店")
        elif pick < 0.76:
            line("INFO", "c.m.mall.review.ReviewService", f"收到评价，用户ID：{uid}，评分：{r.randint(1, 5)}星，内容：“{r.choice(REVIEWS)}”")
        elif pick < 0.88:
            line("INFO", "c.m.mall.pay.AlipayNotifyHandler", f"支付回调成功，订单号：{digits(r, 18)}，支付宝交易号：{when(r):%Y%m%d}22001{digits(r, 17)}，"
                                                             f"金额：{r.randint(10, 500)}.00")
        else:
            line("WARN", "c.m.mall.common.RateLimiter", f"请求过于频繁，用户ID：{uid}，接口：/api/coupon/receive，IP：{fake.ipv4_public()}")
    (out / "mall_backend.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [hotel_guests, push_reports, cls_trips, alipay, bilibili, mall_log]


def _json_paths(path: Path) -> set[str]:
    found: set[str] = set()
    for text in path.read_text(encoding="utf-8").splitlines():
        if text.strip():
            found |= ZH9._paths(json.loads(text))
    return found


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    with (out / "旅客住宿登记.tsv").open(encoding="utf-8") as fh:
        header = set(fh.readline().rstrip("\n").split("\t"))
    fields: dict[str, set[str]] = {"旅客住宿登记.tsv": header}
    for name in ("push_device_report.ndjson", "cls_trip_track.ndjson", "alipay_notify.ndjson", "bilibili_replies.ndjson"):
        fields[name] = _json_paths(out / name)
    return check_labels(out, fields, labels, ("mall_backend.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20241111, HERE / "labels.csv"))
