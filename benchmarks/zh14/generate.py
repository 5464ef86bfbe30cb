"""Generate the fourteenth Chinese benchmark (benchmarks/zh14), in styles zh … zh13 do not use.

usage: python benchmarks/zh14/generate.py OUT_DIR [--seed N] [--verify]

Five tables of users (pupils and staff), devices, locations, orders and interaction events, and a
HarmonyOS application log, in schemas and naming habits the earlier sets left out:

- `学生基础信息_2024秋.csv`: a **school's student-register export** (学籍, Excel's UTF-8 with a
  byte-order mark): 全国学籍号 (`G` + the pupil's identity number), 学号, 身份证件号, minors' birth
  dates, **guardians** (监护人姓名/关系/联系电话/工作单位), 家庭住址, 户口所在地, 留守儿童;
- `peisong_orders.json`: **Meituan delivery (美团配送) open-platform orders** as one JSON array:
  `receiver_name`, `receiver_phone` as a **privacy number with an extension** (`13812345678_4521`),
  `receiver_address`, `receiver_lng`/`receiver_lat` as **integers in millionths of a degree**
  (GCJ-02 × 10^6), `goods_detail.goods[]`, `note`, the rider's callback (`courier_name`,
  `courier_phone`);
- `lock_telemetry.csv`: **shared-bike smart-lock IoT telemetry** under **opaque column names**
  `f_01` … `f_16` (an extract whose dictionary was lost): bike numbers, lock IMEIs, SIM ICCIDs,
  GCJ-02 coordinates, lock battery and voltage, CSQ signal, lock state, rider ids and masked
  mobiles, trip numbers, firmware versions, NB-IoT/Cat.1 networks, MCC+MNC;
- `feishu_users.ndjson`: **Feishu (飞书) contact API** `GET /open-apis/contact/v3/users`
  responses, one page a line (`data.items[]` of `union_id`, `user_id`, `open_id`, `name`,
  `en_name`, `nickname`, `email`, `enterprise_email`, `mobile` with `+86`, `avatar`, `status`,
  `department_ids`, `leader_user_id`, `city`, `country`, `work_station`, `employee_no`,
  `job_title`);
- `mp_events.json`: a **WeChat mini-program's cloud-database export** (云开发, JSON Lines):
  `_id`, `_openid`, `event`, `page`, `scene`, `ts` as `{"$date": …}`, `systemInfo` as
  `wx.getSystemInfoSync()` returns it (`brand`, `model`, `pixelRatio`, `screenWidth`,
  `screenHeight`, `windowWidth`, `windowHeight`, `language`, `version`, `system`, `platform`,
  `SDKVersion`, `fontSizeSetting`, `batteryLevel`, `benchmarkLevel`), `networkType`, `location`
  from `wx.getLocation` (`latitude`, `longitude`, `accuracy`, `speed`), `keyword`;
- `hilog.log`: a **HarmonyOS `hilog`** capture (`hdc shell hilog > hilog.log`) of a shopping app (`MM-DD hh:mm:ss.mmm pid tid
  level domain/tag: message`), Chinese messages, HarmonyOS's `<private>` marks beside clear
  values, device info, battery and audio broadcasts, location, real-name checks, delivery
  addresses, customer-service chat, installed-app lists, WebView user agents.

Values are drawn from public data: person names, mobiles, e-mail and IPv4 addresses from Faker's
zh_CN locale (MIT); GB/T 2260 divisions, addresses, resident identity numbers, IMEIs and OAIDs
through benchmarks/zh3's generator (python-stdnum's data and checks); compound-surname and
minority names through benchmarks/zh9's; devices, places, carriers and user agents through
benchmarks/zh10's; vendor field names written from public documentation (Meituan's peisong
open API, Feishu's contact v3 user object, WeChat's `wx.getSystemInfoSync` and cloud-database
export, HarmonyOS hilog's line format, the Ministry of Education's student-register fields).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import json
import random
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelcheck import check_labels, generator_main, load_generator  # noqa: E402
from zhwriters import write_csv, write_ndjson  # noqa: E402

BASE = datetime(2024, 9, 9, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
ZH3 = load_generator("zh3")
ZH8 = load_generator("zh8")
ZH9 = load_generator("zh9")
ZH10 = load_generator("zh10")
digits, hexid, landline = ZH8.digits, ZH8.hexid, ZH8.landline
faker, masked, person = ZH3.faker, ZH3.masked, ZH9.person
DEVICES, PLACES, UAS, CARRIERS = ZH10.DEVICES, ZH10.PLACES, ZH10.UAS, ZH10.CARRIERS
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def wx_openid(r: random.Random) -> str:
    return "o" + r.choice(["x7Ab", "Q9_e", "mZ2k"]) + "".join(r.choice(ALNUM + "-_") for _ in range(23))


# ---------------------------------------------------------------- student register (学籍)
XJ_HEADER = ["全国学籍号", "学号", "姓名", "性别", "出生日期", "身份证件类型", "身份证件号", "年级", "班级", "入学年月", "家庭住址",
             "户口所在地", "监护人姓名", "监护人关系", "监护人联系电话", "监护人工作单位", "是否留守儿童", "是否住校", "备注"]
RELATIONS = ["父亲", "母亲", "母亲", "祖父", "祖母", "外祖母", "其他"]
EMPLOYERS = ["杭州市西湖区人民医院", "浙江华数传媒网络有限公司", "个体经营", "务农", "自由职业", "中国石化销售股份有限公司浙江石油分公司",
             "杭州某某建筑劳务有限公司", ""]
GRADES = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"]
XJ_NOTES = ["", "", "", "", "转入，原就读于老家小学", "对青霉素过敏", "单亲家庭，需关注", "随迁子女"]


def students(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    for i in range(420):
        grade = r.randrange(6)
        born = date(2017 - grade, 1, 1) + timedelta(days=r.randint(0, 364))
        place = ZH3.division(r)
        code, prov, city, county = place
        idn = ZH3.resident_id(r, code, born)
        child = person(r, fake)
        relation = r.choice(RELATIONS)
        guardian = (child[0] if relation in ("父亲", "祖父") and "·" not in child else "") + fake.first_name() \
            if r.random() < 0.5 else person(r, fake)
        rows.append([
            "G" + idn.upper(), f"2024{grade + 1:02d}{r.randint(1, 8):02d}{i % 50 + 1:02d}", child, r.choice(["男", "女"]),
            f"{born:%Y-%m-%d}", "居民身份证", idn, GRADES[grade], f"{r.randint(1, 8)}班", f"{2024 - grade}-09",
            ZH3.address(r, fake), (city if prov == city else prov + city) + county, guardian, relation, fake.phone_number(),
            r.choice(EMPLOYERS), r.choice(["否", "否", "否", "是"]), r.choice(["否", "否", "是"]), r.choice(XJ_NOTES),
        ])
    write_csv(out / "学生基础信息_2024秋.csv", XJ_HEADER, rows, encoding="utf-8-sig")


# ---------------------------------------------------------------- Meituan peisong orders
SHOPS = [("杭州西溪银泰店", "老娘舅"), ("北京五道口店", "庆丰包子铺"), ("深圳海岸城店", "喜茶"), ("成都春熙路店", "钟水饺"),
         ("武汉光谷店", "蔡林记"), ("西安小寨店", "袁家村")]
FOODS = ["招牌红烧肉饭", "鲜肉小笼包", "多肉葡萄", "红油水饺", "热干面", "肉夹馍", "酸辣粉", "冰美式"]
NOTES = ["", "", "少放辣", "不要香菜", "放门卫室，谢谢", "到了打电话，别敲门孩子在睡觉", "需要餐具2份", "放外卖柜"]


def peisong(r: random.Random, fake: Faker, out: Path) -> None:
    riders = [(person(r, fake), fake.phone_number()) for _ in range(25)]
    orders = []
    for i in range(380):
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        created = when(r)
        shop_name, brand = r.choice(SHOPS)
        name = person(r, fake)
        receiver = name if r.random() < 0.4 else name[0] + r.choice(["(先生)", "(女士)", "先生", "女士"])
        phone = fake.phone_number()
        rider_name, rider_phone = r.choice(riders)
        goods = [{"goodCount": r.randint(1, 3), "goodName": r.choice(FOODS), "goodPrice": r.choice([12.0, 15.5, 19.0, 28.0]),
                  "goodUnit": "份"} for _ in range(r.randint(1, 3))]
        orders.append({
            "delivery_id": int(f"{created:%y%m%d}{digits(r, 8)}"), "order_id": f"{brand[:1]}{created:%Y%m%d}{i:05d}",
            "shop_id": f"test_{r.randint(1000, 9999)}", "shop_name": brand + shop_name, "delivery_service_code": r.choice([4011, 4012, 4013]),
            "receiver_name": receiver,
            "receiver_address": f"{pois[r.randrange(len(pois))]}{r.randint(1, 20)}号楼{r.randint(1, 30)}{r.randint(1, 8):02d}",
            "receiver_phone": f"{phone[:3]}{digits(r, 8)}_{digits(r, 4)}" if r.random() < 0.7 else phone,
            "receiver_lng": int(round((lng + r.uniform(-0.02, 0.02)) * 1e6)), "receiver_lat": int(round((lat + r.uniform(-0.02, 0.02)) * 1e6)),
            "coordinate_type": 0, "goods_value": round(sum(g["goodCount"] * g["goodPrice"] for g in goods), 2),
            "goods_weight": round(r.uniform(0.3, 3.0), 1), "goods_detail": {"goods": goods}, "note": r.choice(NOTES),
            "expected_delivery_time": int((created + timedelta(minutes=r.randint(25, 60))).timestamp()), "order_type": r.choice([0, 0, 1]),
            "poi_seq": str(r.randint(1, 300)), "status": r.choice([0, 20, 30, 50, 50, 50, 99]),
            "courier_name": rider_name if r.random() < 0.9 else "", "courier_phone": rider_phone if r.random() < 0.9 else "",
            "cancel_reason": r.choice(["", "", "", "", "用户取消", "商家取消"]),
        })
    (out / "peisong_orders.json").write_text(json.dumps(orders, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- shared-bike lock telemetry (opaque)
LOCK_HEADER = [f"f_{i:02d}" for i in range(1, 17)]
LOCK_STATES = ["开锁", "关锁", "关锁", "关锁", "异常"]
FIRMWARE = ["V2.3.15", "V2.3.18", "V3.0.2"]


def iccid(r: random.Random) -> str:
    return "8986" + r.choice(["00", "01", "03", "11"]) + digits(r, 14)


def lock_telemetry(r: random.Random, fake: Faker, out: Path) -> None:
    bikes = [(str(r.randint(86000000, 86999999)), ZH3.imei(r), iccid(r), r.choice(FIRMWARE), r.choice(["NB-IoT", "NB-IoT", "4G Cat.1"]),
              r.choice(["46000", "46004", "46001", "46011"])) for _ in range(90)]
    riders = [(str(r.randint(100000000, 999999999)), masked(fake.phone_number())) for _ in range(120)]
    rows = []
    for _ in range(500):
        bike, imei, sim, fw, net, plmn = r.choice(bikes)
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        at = when(r, 10)
        state = r.choice(LOCK_STATES)
        rider, phone = r.choice(riders) if state != "关锁" or r.random() < 0.5 else ("", "")
        battery = r.randint(5, 100)
        rows.append([
            bike, imei, sim, int(at.timestamp() * 1000), f"{lng + r.uniform(-0.03, 0.03):.6f}", f"{lat + r.uniform(-0.03, 0.03):.6f}",
            battery, f"{3.3 + battery / 100 * 0.9:.2f}V", r.randint(8, 31), state, rider, phone,
            f"T{at:%Y%m%d%H%M}{digits(r, 6)}" if rider else "", fw, net, plmn,
        ])
    write_csv(out / "lock_telemetry.csv", LOCK_HEADER, rows)


# ---------------------------------------------------------------- Feishu contact users
TITLES = ["高级前端工程师", "产品经理", "HRBP", "销售总监", "财务专员", "测试工程师", "运营经理", "实习生"]
STATIONS = ["西溪园区A2-3F-015", "望京SOHO T1-12F", "南山科技园B座-8F-102", ""]
FS_CITIES = ["杭州", "北京", "深圳", "成都", "上海"]


def feishu(r: random.Random, fake: Faker, out: Path) -> None:
    users = []
    for _ in range(260):
        name = person(r, fake)
        pinyin = fake.romanized_name() if hasattr(fake, "romanized_name") else fake.user_name()
        local = pinyin.lower().replace(" ", ".")
        users.append({
            "union_id": "on_" + hexid(r, 32), "user_id": hexid(r, 8), "open_id": "ou_" + hexid(r, 32), "name": name, "en_name": pinyin,
            "nickname": r.choice(["", "", name[-2:] if len(name) > 2 else "小" + name[-1], "阿" + name[-1]]),
            "email": fake.free_email() if r.random() < 0.5 else "", "enterprise_email": f"{local}@yunfan-tech.cn",
            "mobile": "+86" + fake.phone_number(), "mobile_visible": r.choice([True, True, False]), "gender": r.choice([0, 1, 2]),
            "avatar": {"avatar_72": f"https://s1-imfile.feishucdn.com/static-resource/v1/v2_{hexid(r, 8)}-{hexid(r, 4)}~?image_size=72x72",
                       "avatar_origin": f"https://s1-imfile.feishucdn.com/static-resource/v1/v2_{hexid(r, 8)}-{hexid(r, 4)}~?image_size=noop"},
            "status": {"is_frozen": False, "is_resigned": r.random() < 0.05, "is_activated": True, "is_exited": False, "is_unjoin": False},
            "department_ids": ["od-" + hexid(r, 32) for _ in range(r.randint(1, 2))], "leader_user_id": hexid(r, 8),
            "city": r.choice(FS_CITIES), "country": "CN", "work_station": r.choice(STATIONS),
            "join_time": int((BASE - timedelta(days=r.randint(10, 2000))).timestamp()), "is_tenant_manager": r.random() < 0.03,
            "employee_no": f"YF{r.randint(1000, 9999)}", "employee_type": r.choice([1, 1, 1, 2, 3]), "job_title": r.choice(TITLES),
        })
    pages = []
    for start in range(0, len(users), 20):
        pages.append({"code": 0, "msg": "success",
                      "data": {"has_more": start + 20 < len(users), "page_token": hexid(r, 24), "items": users[start:start + 20]}})
    write_ndjson(out / "feishu_users.ndjson", pages)


# ---------------------------------------------------------------- WeChat mini-program events (cloud export)
MP_EVENTS = ["page_view", "search", "add_to_cart", "share", "submit_order", "get_location"]
MP_PAGES = ["pages/index/index", "pages/goods/detail", "pages/cart/cart", "pages/order/confirm", "pages/my/my"]
KEYWORDS = ["螺蛳粉", "儿童书包", "防晒霜", "露营椅", "猫砂", "蓝牙耳机"]
IOS_MP = [("iPhone", "iPhone 15 Pro<iPhone16,1>", "iOS 17.5.1", 393, 852, 3), ("iPhone", "iPhone 13<iPhone14,5>", "iOS 16.7.8", 390, 844, 3)]


def mp_events(r: random.Random, fake: Faker, out: Path) -> None:
    users = []
    for _ in range(100):
        if r.random() < 0.3:
            brand, model, system, w, h, ratio = r.choice(IOS_MP)
            platform = "ios"
        else:
            brand, name, code, osname, versions, sdk, (pw, ph), dpi = r.choice(DEVICES)
            model, ratio = code, round(dpi / 160, 2)
            w, h = round(pw / ratio), round(ph / ratio)
            system, platform = f"Android {14 if sdk >= 34 else 13 if sdk == 33 else 12}", "android"
        users.append((wx_openid(r), brand, model, system, platform, w, h, ratio))
    records = []
    for _ in range(520):
        openid, brand, model, system, platform, w, h, ratio = r.choice(users)
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        event = r.choice(MP_EVENTS)
        at = when(r)
        record = {
            "_id": hexid(r, 32), "_openid": openid, "event": event, "page": r.choice(MP_PAGES), "scene": r.choice([1001, 1007, 1011, 1089]),
            "ts": {"$date": f"{at.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%S.000Z}"},
            "systemInfo": {"brand": brand, "model": model, "pixelRatio": ratio, "screenWidth": w, "screenHeight": h, "windowWidth": w,
                           "windowHeight": h - r.choice([44, 88, 91]), "language": r.choice(["zh_CN", "zh_CN", "zh_HK", "en"]),
                           "version": r.choice(["8.0.49", "8.0.50", "8.0.47"]), "system": system, "platform": platform,
                           "SDKVersion": r.choice(["3.4.10", "3.5.5", "3.3.4"]), "fontSizeSetting": r.choice([16, 17, 20]),
                           "batteryLevel": r.randint(2, 100), "benchmarkLevel": r.choice([-1, 18, 25, 31])},
            "networkType": r.choice(["wifi", "wifi", "4g", "5g", "unknown"]),
            "keyword": r.choice(KEYWORDS) if event == "search" else "",
        }
        if event in ("get_location", "submit_order") or r.random() < 0.2:
            record["location"] = {"latitude": round(lat + r.uniform(-0.02, 0.02), 6), "longitude": round(lng + r.uniform(-0.02, 0.02), 6),
                                  "accuracy": r.choice([35, 65, 100, 550]), "speed": r.choice([-1, 0, 1.2])}
        records.append(record)
    write_ndjson(out / "mp_events.json", records)


# ---------------------------------------------------------------- HarmonyOS hilog
APPS = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.sankuai.meituan", "com.xingin.xhs",
        "com.taobao.taobao", "com.huawei.hmos.health"]
CS_CHAT = ["你好，我的快递三天了还没到", "能不能改一下收货地址", "商品有破损，要退款", "发票什么时候开", "优惠券用不了"]
HEADSETS = ["HUAWEI FreeBuds Pro 3", "HUAWEI FreeClip", "AirPods Pro 2"]


def hilog(r: random.Random, fake: Faker, out: Path) -> None:
    lines: list[str] = []
    at = BASE
    pid = 4382

    def line(level: str, domain: str, tag: str, msg: str) -> None:
        nonlocal at
        at += timedelta(milliseconds=r.randint(3, 6000))
        lines.append(f"{at:%m-%d %H:%M:%S}.{at.microsecond // 1000:03d}  {pid}  {pid + r.randint(0, 40)} {level} {domain}/{tag}: {msg}")

    for _ in range(420):
        pick = r.random()
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        if pick < 0.1:
            brand, name, model, system, versions, sdk, (w, h), dpi = r.choice(DEVICES)
            carrier = r.choice(CARRIERS)[0]
            line("I", "A03d00", "ShopApp", f"[DeviceInfo] 品牌={brand} 型号={model} 系统版本={system} {r.choice(versions)} 分辨率={w}x{h} "
                                            f"运营商={carrier} 网络类型={r.choice(['WIFI', '5G', '4G'])} 时区=Asia/Shanghai")
            line("D", "A03d00", "ShopApp", f"[DeviceInfo] oaid={ZH3.oaid(r)} udid=<private>")
        elif pick < 0.2:
            line("I", "C01650", "PowerMgr", f"电池状态变化 电量={r.randint(1, 100)}% 状态={r.choice(['充电中', '未充电', '已充满'])} "
                                             f"温度={r.randint(25, 42)}℃")
        elif pick < 0.28:
            line("I", "D002B00", "AudioPolicy", f"音量变化 媒体音量={r.randint(0, 15)}/15 铃声模式={r.choice(['响铃', '振动', '静音'])}")
            if r.random() < 0.5:
                line("I", "D002B00", "AudioPolicy", f"音频设备已连接 设备名={r.choice(HEADSETS)} 类型=蓝牙耳机")
        elif pick < 0.4:
            line("I", "C01700", "LocationSvc", f"定位成功 经度={lng + r.uniform(-0.02, 0.02):.6f} 纬度={lat + r.uniform(-0.02, 0.02):.6f} "
                                                f"精度={r.choice([10, 15, 30])}米")
            line("I", "A03d00", "ShopApp", f"[Geo] 逆地理编码结果 城市={city} 区县={district}")
        elif pick < 0.5:
            uid = str(r.randint(100000000, 999999999))
            phone = fake.phone_number()
            line("I", "A03d00", "ShopApp", f"[Login] 登录成功 userId={uid} 手机号={masked(phone) if r.random() < 0.5 else phone}")
        elif pick < 0.57:
            line("I", "A03d00", "ShopApp", f"[RealName] 实名认证提交 姓名={person(r, fake)} 证件号={ZH3.resident_id(r, ZH3.division(r)[0], ZH3.born(r))}")
        elif pick < 0.66:
            line("I", "A03d00", "ShopApp", f"[Address] 保存收货地址 收件人={person(r, fake)} 电话={fake.phone_number()} "
                                            f"地址={ZH3.address(r, fake)}")
        elif pick < 0.74:
            line("I", "A03d00", "ShopApp", f"[CustomerService] 发送消息 内容={r.choice(CS_CHAT)}")
        elif pick < 0.8:
            line("D", "A03d00", "ShopApp", f"[RiskCtl] 已安装应用 {','.join(r.sample(APPS, 3))}")
        elif pick < 0.86:
            line("I", "A03d00", "ShopApp", f"[WebView] UA={r.choice(UAS)}")
        elif pick < 0.91:
            line("I", "A03d00", "ShopApp", f"[Feedback] 用户反馈 联系邮箱={fake.free_email()} 客户端IP={fake.ipv4_public()}")
        else:
            line("I", "A03d00", "ShopApp", f"[Http] GET /api/v3/goods/list?page={r.randint(1, 9)} 耗时={r.randint(20, 900)}ms 返回码=200")
    (out / "hilog.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [students, peisong, lock_telemetry, feishu, mp_events, hilog]


def _json_paths(path: Path, lines: bool) -> set[str]:
    """Dotted paths of a JSON file's leaves; MongoDB's extended JSON `{"$date": …}` is one value,
    the field it is under (`ts`), as readers of the cloud database's export take it."""
    text = path.read_text(encoding="utf-8")
    docs = [json.loads(t) for t in text.splitlines() if t.strip()] if lines else json.loads(text)
    found: set[str] = set()
    for doc in docs:
        found |= ZH9._paths(doc)
    return {p.removesuffix(".$date") for p in found}


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    fields: dict[str, set[str]] = {
        "学生基础信息_2024秋.csv": set(XJ_HEADER),
        "peisong_orders.json": _json_paths(out / "peisong_orders.json", lines=False),
        "lock_telemetry.csv": set(LOCK_HEADER),
        "feishu_users.ndjson": _json_paths(out / "feishu_users.ndjson", lines=True),
        "mp_events.json": _json_paths(out / "mp_events.json", lines=True),
    }
    return check_labels(out, fields, labels, ("hilog.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20240909, HERE / "labels.csv"))
