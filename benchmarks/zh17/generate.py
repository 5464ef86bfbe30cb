"""Generate the seventeenth Chinese benchmark (benchmarks/zh17), in styles zh … zh16 do not use.

usage: python benchmarks/zh17/generate.py OUT_DIR [--seed N] [--verify]

Five tables of users, devices, locations, orders and interaction events, and an Android app's
log, in schemas and naming habits the earlier sets left out:

- `社区居民信息登记表.csv`: a **residents' committee register** (社区网格化管理) saved from Excel as
  "CSV UTF-8": a merged title row above the header (`幸福里社区居民信息登记表,,,,…`), units in the
  headers (`年龄(岁)`, `居住面积(㎡)`), 楼栋/单元/房号 as `3栋2单元1201`, 人员类别, 是否独居老人,
  紧急联系人 and their phone, and the form's footer rows (`合计：…人`, `填表人：…`);
- `mdm_device_list.json`: an **enterprise MDM console's device list** (`{"code":0,"data":{"list":
  […]}}`, lowerCamel keys): `deviceName` as users name their phones (`李娜的iPhone`), `udid`,
  `serialNumber`, `wifiMac`, `bluetoothMac`, the owner's name, phone and department, `batteryLevel`
  as a fraction, `storageFree` as `37.2GB`, `lastIp`, `lastLocation` as a reverse-geocoded place,
  `jailbroken`, `complianceState` in Chinese;
- `yingyan_fence_alarm.ndjson`: **Baidu LBS Yingyan (鹰眼) geofence alarm pushes**, one alarm a
  line: `monitored_person` (the tracked courier's entity name), `fence_name`, `action`
  (`enter`/`exit`), `alarm_point` and `pre_point` objects (`latitude`, `longitude`, `radius`,
  `coord_type` `bd09ll`, `loc_time` in seconds);
- `12306_ticket_orders.csv`: **railway ticket orders as a 12306-style agency export**: 订单号
  `E…`, 乘车人, 证件类型 and 证件号码 (ID cards, passports, permits), 乘客类型 (成人/学生/儿童),
  车次, 出发站/到达站, 车厢 and 席位 (`05车12F号`), 票价 with `¥`, 订票账号 (a 12306 login),
  学校名称 for student tickets;
- `datafinder_events.ndjson`: **Volcengine DataFinder (火山引擎增长分析) raw events**:
  `user.{user_unique_id, ssid, web_id}`, `header.{os_name, os_version, device_model,
  device_brand, resolution, access, carrier, region, city, client_ip, timezone, language,
  install_id, custom.*}`, `event`, `params` as a JSON string, `local_time_ms`;
- `app_xlog.log`: an **Android app's Tencent Mars xlog, decoded** (`[I][2024-11-20 +8.0
  09:00:01.123][12345, 12367*][Tag][File.java, method, 88][message`), its messages Chinese with
  `key=value` and `key:value` pairs: logins, device reports (model, system, screen, battery,
  volume, headset), locations, a keyboard's key intervals for anti-fraud, real-name checks.

Values are drawn from public data: person names, mobiles, e-mail and IPv4 addresses from Faker's
zh_CN locale (MIT); GB/T 2260 divisions, addresses, resident identity numbers, IMEIs and nicknames
through benchmarks/zh3's generator (python-stdnum's data and checks); compound-surname and
minority names through benchmarks/zh9's; devices, places, carriers and user agents through
benchmarks/zh10's; vendor field names written from public documentation (Baidu Yingyan's
fence-alarm push, Volcengine DataFinder's event format, Tencent Mars xlog's line format).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import csv
import json
import random
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelcheck import check_labels, generator_main, load_generator  # noqa: E402
from zhwriters import write_csv, write_ndjson  # noqa: E402

BASE = datetime(2024, 11, 20, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
ZH3 = load_generator("zh3")
ZH8 = load_generator("zh8")
ZH9 = load_generator("zh9")
ZH10 = load_generator("zh10")
digits, hexid = ZH8.digits, ZH8.hexid
faker, masked, person = ZH3.faker, ZH3.masked, ZH9.person
DEVICES, PLACES, UAS, CARRIERS = ZH10.DEVICES, ZH10.PLACES, ZH10.UAS, ZH10.CARRIERS


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


# ---------------------------------------------------------------- residents' committee register (Excel CSV)
RESIDENT_HEADER = ["序号", "姓名", "性别", "年龄(岁)", "身份证号码", "联系电话", "现居住地址", "楼栋房号", "居住面积(㎡)", "人员类别",
                   "工作单位", "是否独居老人", "紧急联系人", "紧急联系人电话", "网格员", "备注"]
KINDS = ["户籍人口", "户籍人口", "户籍人口", "流动人口", "人户分离", "境外人员"]
EMPLOYERS = ["杭州市第一人民医院", "个体经营", "退休", "无", "浙江大学", "阿里巴巴（中国）有限公司", "学生", "杭州公交集团"]
RESIDENT_NOTES = ["", "", "", "", "行动不便，需定期走访", "租户，合同到2025年6月", "已接种疫苗", "低保户", "家中有婴幼儿"]
GRID_STAFF = ["王建华", "陈晓燕", "刘志强", "周敏"]


def residents(r: random.Random, fake: Faker, out: Path) -> None:
    street = "杭州市西湖区文新街道幸福里社区"
    rows: list[list] = []
    for i in range(1, 401):
        b = ZH3.born(r)
        age = 2024 - b.year - ((b.month, b.day) > (11, 20))
        building = f"{r.randint(1, 28)}栋{r.randint(1, 4)}单元{r.randint(1, 32)}{r.randint(1, 4):02d}"
        kind = r.choice(KINDS)
        place = ZH3.division(r)
        rows.append([
            i, person(r, fake), r.choice("男女"), age, ZH3.resident_id(r, place[0], b), fake.phone_number(),
            f"{street}{fake.last_name()}家苑{building}室", building, round(r.uniform(38, 160), 1), kind, r.choice(EMPLOYERS),
            "是" if age >= 70 and r.random() < 0.4 else "否", person(r, fake), fake.phone_number(), r.choice(GRID_STAFF),
            r.choice(RESIDENT_NOTES),
        ])
    width = len(RESIDENT_HEADER)
    title = ["幸福里社区居民信息登记表（2024年11月）"] + [""] * (width - 1)
    footer = [["合计：400人"] + [""] * (width - 1), ["填表人：王建华", "", "", "审核人：李秀英"] + [""] * (width - 4)]
    path = out / "社区居民信息登记表.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(title)
        w.writerow(RESIDENT_HEADER)
        w.writerows(rows)
        w.writerows(footer)


# ---------------------------------------------------------------- MDM console device list (one JSON response)
DEPARTMENTS = ["研发中心/客户端组", "研发中心/后端组", "市场部", "销售一部", "财务部", "人力资源部", "客服中心"]
COMPLIANCE = ["合规", "合规", "合规", "不合规：系统版本过低", "不合规：未设置锁屏密码"]
IPHONES = [("iPhone 15 Pro", "iPhone16,1", "17.5.1"), ("iPhone 14", "iPhone14,7", "17.4"), ("iPhone 13", "iPhone14,5", "16.7.8")]


def mac(r: random.Random) -> str:
    return ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))


def mdm_devices(r: random.Random, fake: Faker, out: Path) -> None:
    items = []
    for i in range(360):
        owner = fake.name()
        if r.random() < 0.35:
            model, product, version = r.choice(IPHONES)
            platform, brand, os_version, udid, imei = "iOS", "Apple", version, "00008110-" + hexid(r, 16).upper(), ""
        else:
            make, model, product, osname, versions, sdk, _, _ = r.choice(DEVICES)
            platform, brand, os_version, udid, imei = "Android", make, f"{osname} {r.choice(versions)}", "", ZH3.imei(r)
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        total = r.choice([128, 256, 512])
        items.append({
            "id": 100000 + i, "deviceName": f"{owner}的{model if brand != 'Apple' else 'iPhone'}",
            "serialNumber": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)), "udid": udid, "imei": imei,
            "wifiMac": mac(r), "bluetoothMac": mac(r), "assetTag": f"ZC-2024-{i:05d}", "ownerName": owner,
            "ownerPhone": fake.phone_number(), "department": r.choice(DEPARTMENTS), "platform": platform, "brand": brand,
            "modelName": model, "productName": product, "osVersion": os_version, "storageTotal": f"{total}GB",
            "storageFree": f"{r.uniform(5, total * 0.8):.1f}GB", "batteryLevel": round(r.uniform(0.05, 1.0), 2),
            "carrierName": r.choice(CARRIERS)[0], "lastIp": fake.ipv4_private() if r.random() < 0.6 else fake.ipv4_public(),
            "lastLocation": f"{prov}{city}{district}" if prov != city else f"{city}{district}", "jailbroken": r.random() < 0.03,
            "complianceState": r.choice(COMPLIANCE), "enrolledAt": f"{BASE - timedelta(seconds=r.randint(86400, 400 * 86400)):%Y-%m-%d %H:%M:%S}",
            "lastCheckIn": f"{when(r):%Y-%m-%d %H:%M:%S}",
        })
    doc = {"code": 0, "msg": "success", "data": {"total": len(items), "pageNo": 1, "pageSize": len(items), "list": items}}
    (out / "mdm_device_list.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")


# ---------------------------------------------------------------- Baidu Yingyan geofence alarms
def point(r: random.Random, lng: float, lat: float, at: datetime) -> dict:
    return {"longitude": round(lng + r.uniform(-0.01, 0.01), 6), "latitude": round(lat + r.uniform(-0.01, 0.01), 6),
            "radius": r.choice([5, 10, 20, 35]), "coord_type": "bd09ll", "loc_time": int(at.timestamp()),
            "create_time": int(at.timestamp()) + r.randint(1, 5)}


def yingyan(r: random.Random, fake: Faker, out: Path) -> None:
    couriers = [f"qs_{r.randint(10**6, 10**7 - 1)}" for _ in range(70)]
    fences = []
    for prov, city, district, adcode, lng, lat, pois in PLACES:
        for poi in pois:
            fences.append((r.randint(10, 999), f"{poi}取餐区", lng + r.uniform(-0.03, 0.03), lat + r.uniform(-0.03, 0.03)))
    records = []
    for _ in range(480):
        fence_id, fence_name, lng, lat = r.choice(fences)
        at = when(r)
        records.append({"type": 2, "service_id": 237451, "fence_id": fence_id, "fence_name": fence_name,
                        "monitored_person": r.choice(couriers), "action": r.choice(["enter", "exit"]),
                        "alarm_point": point(r, lng, lat, at), "pre_point": point(r, lng, lat, at - timedelta(seconds=r.randint(5, 60)))})
    write_ndjson(out / "yingyan_fence_alarm.ndjson", records)


# ---------------------------------------------------------------- 12306-style ticket orders
STATIONS = ["北京南", "上海虹桥", "杭州东", "南京南", "广州南", "深圳北", "武汉", "成都东", "西安北", "长沙南"]
SEATS = [("二等座", "ABCDF", 0.45), ("一等座", "ACDF", 0.75), ("商务座", "ACF", 1.6)]
SCHOOLS = ["浙江大学", "华中科技大学", "四川大学", "西安交通大学", "中山大学"]
TICKET_STATUS = ["已出票", "已出票", "已出票", "已改签", "已退票", "已检票"]


def tickets(r: random.Random, fake: Faker, out: Path) -> None:
    header = ["订单号", "订票账号", "联系手机", "乘车人", "乘客类型", "证件类型", "证件号码", "学校名称", "车次", "出发站", "到达站",
              "发车时间", "车厢", "席位", "席别", "票价", "订票时间", "状态"]
    accounts = [(fake.user_name() + str(r.randint(1, 99)), fake.phone_number()) for _ in range(160)]
    rows = []
    for i in range(450):
        login, phone = r.choice(accounts)
        kind = r.choices(["成人", "学生", "儿童"], weights=[80, 15, 5])[0]
        b = ZH3.born(r) if kind == "成人" else (datetime(2002, 1, 1) + timedelta(days=r.randint(0, 1800))).date() \
            if kind == "学生" else (datetime(2014, 1, 1) + timedelta(days=r.randint(0, 2500))).date()
        id_kind = r.choices(["中国居民身份证", "护照", "港澳居民来往内地通行证"], weights=[90, 6, 4])[0]
        number = (ZH3.resident_id(r, ZH3.division(r)[0], b) if id_kind == "中国居民身份证" else
                  "E" + digits(r, 8) if id_kind == "护照" else r.choice("HM") + digits(r, 8))
        start, end = r.sample(STATIONS, 2)
        seat_class, letters, factor = r.choices(SEATS, weights=[75, 20, 5])[0]
        price = round(r.randint(200, 1200) * factor, 1) * (0.5 if kind == "儿童" else 0.75 if kind == "学生" else 1)
        depart = when(r, 20)
        rows.append([
            f"E{digits(r, 9)}", login, phone, person(r, fake), kind, id_kind, number, r.choice(SCHOOLS) if kind == "学生" else "",
            f"{r.choice('GGGD')}{r.randint(1, 2999)}", start, end, f"{depart:%Y-%m-%d %H:%M}", f"{r.randint(1, 16):02d}车",
            f"{r.randint(1, 18):02d}{r.choice(letters)}号", seat_class, f"¥{price:.1f}",
            f"{depart - timedelta(days=r.randint(0, 14), minutes=r.randint(5, 600)):%Y-%m-%d %H:%M:%S}", r.choice(TICKET_STATUS),
        ])
    write_csv(out / "12306_ticket_orders.csv", header, rows)


# ---------------------------------------------------------------- Volcengine DataFinder events
DF_EVENTS = [("predefine_pageview", {"url_path": "/pages/goods/detail", "title": "商品详情"}), ("goods_click", None), ("search", None),
             ("add_to_cart", None), ("submit_comment", None), ("share", {"share_channel": "wechat_moments"}), ("app_launch", {})]
DF_SEARCHES = ["保温杯 女 大容量", "考研英语 真题", "羽绒服 短款 白鸭绒", "猫粮 无谷", "无线鼠标 静音", "车载手机支架"]
DF_COMMENTS = ["包装完好，物流很快", "跟图片一样，好评", "尺码偏大，建议拍小一码", "用了一周再来评价，还不错", "发货太慢了"]
ANDROID = {34: "14", 33: "13", 32: "12L", 31: "12", 30: "11"}  # API level to the version os_version reports
LEVELS = ["普通会员", "银卡会员", "金卡会员", "黑金会员"]


def df_params(r: random.Random, event: str, preset: dict | None) -> str:
    if preset is not None:
        params = dict(preset)
    elif event == "goods_click":
        params = {"goods_id": str(r.randint(10**7, 10**8)), "position": r.randint(1, 40)}
    elif event == "search":
        params = {"search_word": r.choice(DF_SEARCHES), "result_count": r.randint(0, 500)}
    elif event == "add_to_cart":
        params = {"goods_id": str(r.randint(10**7, 10**8)), "price": round(r.uniform(9, 999), 2)}
    else:
        params = {"comment_text": r.choice(DF_COMMENTS), "star": r.randint(1, 5)}
    return json.dumps(params, ensure_ascii=False, separators=(",", ":"))


def datafinder(r: random.Random, fake: Faker, out: Path) -> None:
    people = []
    for _ in range(150):
        make, name, hwv, osname, versions, sdk, (w, h), _ = r.choice(DEVICES)
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        people.append((str(r.randint(10**8, 10**9)), str(uuid.UUID(int=r.getrandbits(128), version=4)), str(r.randint(7 * 10**18, 7.4 * 10**18)),
                       make, hwv, osname, ANDROID.get(sdk, "14"), f"{h}*{w}", prov.rstrip("省市"), city.rstrip("市"),
                       r.choice(CARRIERS)[0], str(r.randint(10**18, 2 * 10**18)), r.choice(LEVELS)))
    records = []
    for _ in range(520):
        uid, ssid, web_id, make, hwv, osname, version, res, region, city, carrier, install, level = r.choice(people)
        event, preset = r.choice(DF_EVENTS)
        at = when(r)
        records.append({
            "user": {"user_unique_id": uid, "ssid": ssid, "web_id": web_id},
            "header": {"app_id": 10000023, "app_name": "youxuan_mall", "app_version": f"8.{r.randint(0, 9)}.0", "os_name": "android",
                       "os_version": version, "device_model": hwv, "device_brand": make, "resolution": res,
                       "access": r.choice(["wifi", "wifi", "4g", "5g"]), "carrier": carrier, "region": region, "city": city,
                       "client_ip": fake.ipv4_public(), "timezone": 8, "language": "zh", "install_id": install,
                       "custom": {"member_level": level, "channel": r.choice(["huawei", "xiaomi", "oppo", "yingyongbao"])}},
            "event": event, "params": df_params(r, event, preset), "local_time_ms": int(at.timestamp() * 1000),
            "session_id": str(uuid.UUID(int=r.getrandbits(128), version=4)),
        })
    write_ndjson(out / "datafinder_events.ndjson", records)


# ---------------------------------------------------------------- decoded Mars xlog of an Android app
def xlog(r: random.Random, fake: Faker, out: Path) -> None:
    lines: list[str] = []
    at = BASE
    pid = 21873
    users = []
    for _ in range(30):
        make, name, hwv, osname, versions, sdk, (w, h), _ = r.choice(DEVICES)
        users.append((str(r.randint(10**8, 10**9)), fake.phone_number(), hwv, f"{osname} {r.choice(versions)}", f"{w}x{h}"))

    def line(level: str, tag: str, where: tuple[str, str, int], msg: str) -> None:
        nonlocal at
        at += timedelta(milliseconds=r.randint(20, 9000))
        tid = r.choice([pid, pid + r.randint(5, 90)])
        main = "*" if tid == pid else ""
        lines.append(f"[{level}][{at:%Y-%m-%d} +8.0 {at:%H:%M:%S}.{at.microsecond // 1000:03d}][{pid}, {tid}{main}][{tag}]"
                     f"[{where[0]}, {where[1]}, {where[2]}][{msg}")

    for _ in range(420):
        uid, phone, model, system, screen = r.choice(users)
        pick = r.random()
        if pick < 0.16:
            line("I", "Account", ("LoginPresenter.java", "onLoginSuccess", 142),
                 f"登录成功 uid={uid} 手机号={masked(phone) if r.random() < 0.5 else phone} 登录方式=短信验证码")
        elif pick < 0.32:
            line("I", "DeviceReport", ("DeviceInfoCollector.kt", "collect", 67),
                 f"设备信息 机型:{model} 系统:{system} 分辨率:{screen} 电量:{r.randint(5, 100)}% 充电:{r.choice(['是', '否'])} "
                 f"媒体音量:{r.randint(0, 15)}/15 耳机:{r.choice(['未连接', '有线耳机', '蓝牙耳机'])} 网络:{r.choice(['WIFI', '4G', '5G'])} "
                 f"运营商:{r.choice(CARRIERS)[0]}")
        elif pick < 0.48:
            prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
            line("I", "LocationMgr", ("AMapLocationHelper.java", "onLocationChanged", 203),
                 f"定位成功 经度={lng + r.uniform(-0.05, 0.05):.6f} 纬度={lat + r.uniform(-0.05, 0.05):.6f} 精度={r.choice([15, 30, 65])}米 "
                 f"城市={city} 区县={district}")
        elif pick < 0.58:
            intervals = ",".join(str(r.randint(60, 320)) for _ in range(r.randint(6, 11)))
            line("D", "RiskSDK", ("KeyboardMonitor.java", "onInputFinish", 88),
                 f"风控采集 场景=支付密码 按键间隔(ms)=[{intervals}] 输入耗时={r.randint(900, 4000)}ms")
        elif pick < 0.68:
            line("I", "RealName", ("RealNameActivity.kt", "submit", 311),
                 f"实名认证提交 uid={uid} 姓名={person(r, fake)} 身份证={ZH3.resident_id(r, ZH3.division(r)[0], ZH3.born(r))}")
        elif pick < 0.8:
            line("I", "Address", ("AddressEditFragment.kt", "save", 95),
                 f"保存收货地址 uid={uid} 收件人={person(r, fake)} 电话={fake.phone_number()} 地址={ZH3.address(r, fake)}")
        elif pick < 0.9:
            line("W", "Network", ("HttpLogInterceptor.java", "intercept", 57),
                 f"请求超时 url=https://api.youxuan.cn/v2/order/list 耗时={r.randint(5000, 15000)}ms 重试次数={r.randint(1, 3)}")
        else:
            line("E", "Crash", ("CrashHandler.java", "uncaughtException", 44),
                 f"java.lang.NullPointerException: Attempt to invoke virtual method on a null object reference 页面=GoodsDetailActivity")
    (out / "app_xlog.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [residents, mdm_devices, yingyan, tickets, datafinder, xlog]


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    with (out / "社区居民信息登记表.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    fields: dict[str, set[str]] = {"社区居民信息登记表.csv": set(rows[1])}
    with (out / "12306_ticket_orders.csv").open(encoding="utf-8", newline="") as fh:
        fields["12306_ticket_orders.csv"] = set(next(csv.reader(fh)))
    fields["mdm_device_list.json"] = ZH9._paths(json.loads((out / "mdm_device_list.json").read_text(encoding="utf-8")))
    for name in ("yingyan_fence_alarm.ndjson", "datafinder_events.ndjson"):
        found: set[str] = set()
        for text in (out / name).read_text(encoding="utf-8").splitlines():
            found |= ZH9._paths(json.loads(text))
        fields[name] = found
    return check_labels(out, fields, labels, ("app_xlog.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20241120, HERE / "labels.csv"))
