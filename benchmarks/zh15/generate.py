"""Generate the fifteenth Chinese benchmark (benchmarks/zh15), in styles zh … zh14 do not use.

usage: python benchmarks/zh15/generate.py OUT_DIR [--seed N] [--verify]

Five tables of users, devices, locations, orders and interaction events, and a car head unit's
syslog, in schemas and naming habits the earlier sets left out:

- `會員資料匯出.csv`: a **Taiwanese online shop's member export** in traditional characters, written
  as Windows-TW writes it (cp950, Big5 with Microsoft's extensions): 會員編號, 身分證字號 (Taiwan's
  national ID, `A123456789`), 生日 in the **民國 calendar** (`075/03/12`), 行動電話 `0912-345-678`,
  市話 `(02)2700-1234`, 郵遞區號 (3+2), 通訊地址 (縣市/區/路/段/號/樓), 手機條碼載具 (the e-invoice
  carrier `/AB1C2.D`), 統一編號 (a company's tax number, when the member asks for one), points;
- `adx_bid_requests.ndjson`: a **Chinese ad exchange's bid requests** (OpenRTB 2.5 with the
  Chinese extensions DSPs receive): `device.ua`, `ip`, `make`/`model`/`hwv`, `os`/`osv`, `w`/`h`,
  `ppi`, `pxratio`, `carrier` as MCC+MNC, `connectiontype` as OpenRTB's integers, `ifa`,
  `didmd5`/`dpidmd5`/`macmd5` (hashed IMEI, Android ID, MAC), `geo`, and `device.ext`'s `oaid`,
  `caid`, `boot_mark`/`update_mark`, `hms_ver`, `rom_ver`, `timezone` (`+0800`), `user.yob`;
- `bmap_regeo_cache.ndjson`: a **Baidu Map reverse-geocoding (v3) cache**: the request's
  `location` as one `lat,lng` string in BD-09, the response's `formatted_address`, `business`,
  `addressComponent` (country codes, province … town, `town_code`, street and number, direction,
  distance), `sematic_description` (`浙江大学西南108米`), `cityCode` (Baidu's own city numbers);
- `pdd_order_pages.ndjson`: **Pinduoduo open-platform `pdd.order.list.get` pages**: `order_sn`
  (`241008-092133449820510`), the platform's **ciphertexts** of receivers' names, phones and
  addresses (`~AgAAAA…~1~~`, `$…$1$$`) beside their masks (`张*`, `138****5678`, `文三路***号`),
  `province`/`city`/`town`, `open_address_id`, `item_list[]`, cross-border `id_card_name`/
  `id_card_num` (ciphertexts), `buyer_memo`, tracking numbers;
- `douyin_live_push.ndjson`: **Douyin live-room interaction pushes** (弹幕互动玩法 data pushes):
  `room_id`, `msg_type` (`live_comment`, `live_gift`, `live_like`, `live_fansclub`), `payload[]`
  of `msg_id`, `sec_openid`, `content`, `sec_gift_id`, `gift_num`, `gift_value`, `like_num`,
  `avatar_url`, `nickname`, `timestamp`, `fansclub_level`;
- `hu_syslog.log`: an **electric car head unit's syslog** (RFC 5424: `<134>1 2024-10-08T08:01:02.123+08:00
  host app procid msgid - message`), Chinese messages with `key=value`: the VIN, the T-Box's
  ICCID, carrier and network, Bluetooth phones (named after their owners) and their MAC
  addresses, calls, navigation fixes and destinations, voice-assistant transcripts, volume,
  audio outputs, the traction battery's charge, OTA versions, car-account logins, apps started.

Values are drawn from public data: person names, mobiles, e-mail and IPv4 addresses from Faker's
zh_CN and zh_TW locales (MIT); GB/T 2260 divisions, addresses, resident identity numbers, IMEIs
and OAIDs through benchmarks/zh3's generator (python-stdnum's data and checks); compound-surname
and minority names through benchmarks/zh9's; devices, places, carriers and user agents through
benchmarks/zh10's; Taiwan's national-ID check (the Ministry of the Interior's letter codes and
weights) and 3-digit postal codes of Chunghwa Post; vendor field names written from public
documentation (OpenRTB 2.5 and Chinese exchanges' device extensions, Baidu Map's reverse
geocoding v3, Pinduoduo's `pdd.order.list.get`, Douyin's live interaction data push, RFC 5424).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import hashlib
import json
import random
import uuid
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelcheck import check_labels, generator_main, load_generator  # noqa: E402
from zhwriters import write_csv, write_ndjson  # noqa: E402

BASE = datetime(2024, 10, 8, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
ZH3 = load_generator("zh3")
ZH8 = load_generator("zh8")
ZH9 = load_generator("zh9")
ZH10 = load_generator("zh10")
digits, hexid = ZH8.digits, ZH8.hexid
faker, masked, person = ZH3.faker, ZH3.masked, ZH9.person
DEVICES, PLACES, UAS, CARRIERS = ZH10.DEVICES, ZH10.PLACES, ZH10.UAS, ZH10.CARRIERS
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


# ---------------------------------------------------------------- Taiwanese member export (cp950)
TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # letter codes 10 … 35 in this order
# (county/city, district, postal code) — Chunghwa Post's 3-digit codes
TW_DISTRICTS = [("臺北市", "大安區", "106"), ("臺北市", "信義區", "110"), ("臺北市", "內湖區", "114"), ("新北市", "板橋區", "220"),
                ("新北市", "新店區", "231"), ("桃園市", "中壢區", "320"), ("臺中市", "西屯區", "407"), ("臺中市", "北屯區", "406"),
                ("臺南市", "東區", "701"), ("高雄市", "苓雅區", "802"), ("高雄市", "左營區", "813"), ("新竹市", "東區", "300"),
                ("宜蘭縣", "羅東鎮", "265"), ("花蓮縣", "花蓮市", "970")]
TW_ROADS = ["忠孝東路", "復興南路", "中山北路", "民生東路", "文心路", "中華路", "成功路", "三民路", "自由路", "光復路"]
TW_AREA = {"臺北市": "02", "新北市": "02", "桃園市": "03", "新竹市": "03", "宜蘭縣": "03", "花蓮縣": "03", "臺中市": "04",
           "臺南市": "06", "高雄市": "07"}
TW_LEVELS = ["一般會員", "銀卡會員", "金卡會員", "鑽石會員"]


def taiwan_id(r: random.Random, female: bool) -> str:
    letter = r.choice(TW_LETTERS[:22])  # the letters of today's counties and cities
    code = TW_LETTERS.index(letter) + 10
    body = [code // 10, code % 10, 2 if female else 1] + [r.randint(0, 9) for _ in range(7)]
    total = sum(d * w for d, w in zip(body, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1)))
    return letter + "".join(map(str, body[2:])) + str((10 - total % 10) % 10)


def tw_mobile(r: random.Random) -> str:
    return f"09{r.randint(10, 99)}-{r.randint(0, 999):03d}-{r.randint(0, 999):03d}"


def cp950_name(fake: Faker) -> str:
    """A zh_TW name Big5 can write (a few of Faker's characters are outside it)."""
    while True:
        name = fake.name()
        try:
            name.encode("cp950")
            return name
        except UnicodeEncodeError:
            continue


def tw_members(r: random.Random, fake: Faker, out: Path) -> None:
    tw = Faker("zh_TW")
    tw.seed_instance(r.randint(0, 10**9))
    header = ["會員編號", "姓名", "性別", "身分證字號", "生日", "行動電話", "市話", "電子郵件", "郵遞區號", "通訊地址", "手機條碼載具",
              "統一編號", "會員等級", "紅利點數", "加入日期", "最後登入IP", "訂閱電子報", "備註"]
    rows = []
    for i in range(460):
        female = r.random() < 0.55
        born = date(1950, 1, 1) + timedelta(days=r.randint(0, 365 * 55))
        county, district, zipcode = r.choice(TW_DISTRICTS)
        road = r.choice(TW_ROADS)
        section = f"{r.choice('一二三四五')}段" if r.random() < 0.5 else ""
        lane = f"{r.randint(1, 300)}巷" if r.random() < 0.3 else ""
        floor = f"{r.randint(2, 20)}樓" + (f"之{r.randint(1, 5)}" if r.random() < 0.3 else "") if r.random() < 0.7 else ""
        addr = f"{county}{district}{road}{section}{lane}{r.randint(1, 400)}號{floor}"
        roc = born.year - 1911
        birthday = f"{roc:03d}/{born.month:02d}/{born.day:02d}" if r.random() < 0.7 else f"民國{roc}年{born.month}月{born.day}日"
        joined = BASE - timedelta(days=r.randint(30, 3000))
        rows.append([
            f"M{joined:%y%m}{i:05d}", cp950_name(tw), "女" if female else "男", taiwan_id(r, female), birthday, tw_mobile(r),
            f"({TW_AREA[county]}){r.randint(2000, 8999)}-{r.randint(0, 9999):04d}" if r.random() < 0.4 else "",
            tw.free_email(), zipcode + (f"{r.randint(1, 99):02d}" if r.random() < 0.6 else ""), addr,
            "/" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789.+-") for _ in range(7)) if r.random() < 0.6 else "",
            f"{r.randint(10000000, 99999999)}" if r.random() < 0.15 else "", r.choice(TW_LEVELS), r.randint(0, 12000),
            f"{joined:%Y/%m/%d}", fake.ipv4_public(), r.choice(["Y", "N"]),
            r.choice(["", "", "", "", "請於平日白天配送", "公司收件，週末無人", "老客戶，常買保健品"]),
        ])
    write_csv(out / "會員資料匯出.csv", header, rows, encoding="cp950")


# ---------------------------------------------------------------- ad exchange bid requests (OpenRTB + CN extensions)
APPS = [("com.ss.android.article.news", "今日头条", "9.8.6"), ("com.qiyi.video", "爱奇艺", "15.9.0"),
        ("com.smile.gifmaker", "快手", "12.8.30"), ("com.dianping.v1", "大众点评", "11.20.7"), ("com.kmxs.reader", "七猫免费小说", "7.48")]
IOS_DEV = [("Apple", "iPhone", "iPhone15,3", "17.5.1", (1290, 2796), 460, 3.0), ("Apple", "iPhone", "iPhone14,5", "16.7.8", (1170, 2532), 460, 3.0)]
KEYWORDS = ["美妆,护肤", "汽车,新能源", "母婴", "游戏,二次元", "理财,基金", "旅游,酒店"]


def bid_requests(r: random.Random, fake: Faker, out: Path) -> None:
    devices = []
    for _ in range(150):
        if r.random() < 0.3:
            make, model, hwv, osv, (w, h), ppi, ratio = r.choice(IOS_DEV)
            os_, ids = "iOS", {"ifa": str(uuid.UUID(int=r.getrandbits(128), version=4)).upper() if r.random() < 0.4 else
                              "00000000-0000-0000-0000-000000000000"}
            ext = {"caid": md5(hexid(r, 16)), "caid_version": "20230330", "boot_mark": f"{r.randint(1600000000, 1720000000)}.{r.randint(100000, 999999)}",
                   "update_mark": f"{r.randint(1600000000, 1720000000)}.{r.randint(100000000, 999999999)}"}
        else:
            make, name, hwv, osname, versions, sdk, (w, h), ppi = r.choice(DEVICES)
            model, os_, ratio = name if r.random() < 0.5 else hwv, "Android", round(ppi / 160, 2)
            osv = str(14 if sdk >= 34 else 13 if sdk == 33 else 12)
            imei = ZH3.imei(r)
            ids = {"didmd5": md5(imei), "dpidmd5": md5(hexid(r, 16)), "macmd5": md5(":".join(hexid(r, 2) for _ in range(6)).upper())}
            ext = {"oaid": ZH3.oaid(r), "rom_ver": f"{osname} {r.choice(versions)}"}
            if make == "HUAWEI":
                ext |= {"hms_ver": r.choice(["6.12.0.300", "6.13.0.302"]), "ag_ver": r.choice(["14.0.1.300", "13.4.1.301"])}
        carrier = r.choice(CARRIERS)[1]
        devices.append((make, model, hwv, os_, osv, w, h, ppi, ratio, ids, ext, carrier, r.choice(UAS), str(r.randint(10**8, 10**9 - 1)),
                        r.choice(["M", "F", "O"]), r.randint(1965, 2008)))
    records = []
    for i in range(540):
        make, model, hwv, os_, osv, w, h, ppi, ratio, ids, ext, carrier, ua, uid, gender, yob = r.choice(devices)
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        bundle, app, ver = r.choice(APPS)
        device = {"ua": ua, "ip": fake.ipv4_public(), "make": make, "model": model, "hwv": hwv, "os": os_, "osv": osv, "w": w, "h": h,
                  "ppi": ppi, "pxratio": ratio, "language": "zh", "carrier": carrier, "connectiontype": r.choice([2, 2, 5, 6, 7, 0]),
                  "devicetype": 4, **ids, "ext": {**ext, "timezone": "+0800", "device_start_sec": str(r.randint(1727000000, 1728300000)),
                                                   "disk_total": str(r.choice([128, 256, 512]) * 1024 ** 3)}}
        if r.random() < 0.55:
            device["geo"] = {"lat": round(lat + r.uniform(-0.05, 0.05), 6), "lon": round(lng + r.uniform(-0.05, 0.05), 6), "type": 1,
                             "country": "CHN", "city": city}
        records.append({
            "id": hexid(r, 32), "at": 1, "tmax": r.choice([200, 250, 300]),
            "app": {"bundle": bundle, "name": app, "ver": ver},
            "device": device,
            "user": {"id": uid if r.random() < 0.7 else "", "gender": gender, "yob": yob, "keywords": r.choice(KEYWORDS)},
        })
    write_ndjson(out / "adx_bid_requests.ndjson", records)


# ---------------------------------------------------------------- Baidu Map reverse geocoding cache
BMAP_CITY = {"杭州市": 179, "北京市": 131, "深圳市": 340, "成都市": 75, "武汉市": 218, "西安市": 233}
TOWNS = ["文新街道", "中关村街道", "粤海街道", "春熙路街道", "关东街道", "小寨路街道"]
DIRECTIONS = ["东", "南", "西", "北", "东北", "西南", "附近"]


def bmap_cache(r: random.Random, fake: Faker, out: Path) -> None:
    uids = [str(r.randint(10**9, 10**10 - 1)) for _ in range(90)]
    records = []
    for _ in range(480):
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        town = TOWNS[[p[1] for p in PLACES].index(city)]
        x, y = round(lng + 0.0065 + r.uniform(-0.03, 0.03), 6), round(lat + 0.006 + r.uniform(-0.03, 0.03), 6)  # BD-09
        street = fake.last_name() + r.choice(["山路", "河街", "新路", "东路", "大道"])
        number = f"{r.randint(1, 600)}号"
        poi = r.choice(pois)
        direction = r.choice(DIRECTIONS)
        distance = str(r.randint(10, 400))
        at = when(r)
        records.append({
            "uid": r.choice(uids), "req_time": f"{at:%Y-%m-%d %H:%M:%S}", "coordtype": "bd09ll", "location": f"{y},{x}",
            "resp": {"status": 0, "result": {
                "location": {"lng": x, "lat": y},
                "formatted_address": f"{prov if prov != city else ''}{city}{district}{street}{number}",
                "business": f"{poi},{town.removesuffix('街道')}",
                "addressComponent": {"country": "中国", "country_code": 0, "country_code_iso": "CHN", "province": prov, "city": city,
                                     "city_level": 2, "district": district, "town": town, "town_code": f"{adcode}{r.randint(1, 20):03d}",
                                     "adcode": adcode, "street": street, "street_number": number, "direction": direction, "distance": distance},
                "sematic_description": f"{poi}{direction}{distance}米", "cityCode": BMAP_CITY[city]}},
        })
    write_ndjson(out / "bmap_regeo_cache.ndjson", records)


# ---------------------------------------------------------------- Pinduoduo order pages
PDD_GOODS = [("农家土鸡蛋30枚装", "30枚"), ("四川丑橘5斤", "5斤装"), ("加厚抽纸24包", "24包"), ("儿童保温杯", "粉色"), ("无线蓝牙耳机", "白色"),
             ("澳洲奶粉 3段", "800g"), ("新疆阿克苏苹果", "10斤")]
MEMOS = ["", "", "", "快点发货", "不要放驿站", "帮忙挑大一点的", "送人的，别放价格单"]


def cipher(r: random.Random, n: int) -> str:
    return "".join(r.choice(B64) for _ in range(n))


def pdd_orders(r: random.Random, fake: Faker, out: Path) -> None:
    orders = []
    for i in range(400):
        code, prov, city, county = ZH3.division(r)
        created = when(r)
        name = person(r, fake)
        phone = fake.phone_number()
        street = fake.street_name() if hasattr(fake, "street_name") else "人民路"
        house = f"{r.randint(1, 300)}号"
        goods, spec = r.choice(PDD_GOODS)
        count = r.randint(1, 3)
        price = r.choice([9.9, 19.9, 29.8, 49.0, 128.0])
        cross = goods.startswith("澳洲")
        orders.append({
            "order_sn": f"{created:%y%m%d}-{digits(r, 15)}", "order_status": r.choice([1, 2, 2, 3]), "refund_status": r.choice([1, 1, 1, 4]),
            "confirm_status": 1, "created_time": f"{created:%Y-%m-%d %H:%M:%S}",
            "pay_time": f"{created + timedelta(seconds=r.randint(5, 300)):%Y-%m-%d %H:%M:%S}",
            "province": prov, "city": city if city != prov else prov, "town": county, "country": "中国",
            "receiver_name": f"~{cipher(r, 44)}~{cipher(r, 8)}~1~~", "receiver_name_mask": name[0] + "*" * (len(name) - 1),
            "receiver_phone": f"${cipher(r, 24)}${cipher(r, 8)}$1$$", "receiver_phone_mask": masked(phone),
            "receiver_address": f"~{cipher(r, 64)}~{cipher(r, 8)}~1~~", "receiver_address_mask": f"{street}***",
            "address": f"~{cipher(r, 88)}~{cipher(r, 8)}~1~~", "address_mask": f"{prov}{city if city != prov else ''}{county}{street}***",
            "open_address_id": cipher(r, 22), "goods_amount": round(price * count, 2), "pay_amount": round(price * count - r.choice([0, 2, 3]), 2),
            "postage": 0.0, "pay_type": r.choice(["WEIXIN", "ALIPAY", "LIANLIANPAY"]), "pay_no": f"4200{digits(r, 24)}",
            "tracking_number": f"{r.choice(['YT', 'JT', '7'])}{digits(r, 13)}" if r.random() < 0.8 else "",
            "logistics_id": r.choice([85, 115, 121, 44]), "buyer_memo": r.choice(MEMOS), "remark": "",
            "id_card_name": f"~{cipher(r, 44)}~{cipher(r, 8)}~1~~" if cross else "",
            "id_card_num": f"~{cipher(r, 64)}~{cipher(r, 8)}~1~~" if cross else "",
            "item_list": [{"goods_id": r.randint(10**11, 10**12 - 1), "goods_name": goods, "goods_spec": spec, "goods_count": count,
                           "goods_price": price, "outer_id": f"SKU{r.randint(1000, 9999)}"}],
        })
    pages = []
    for start in range(0, len(orders), 50):
        pages.append({"order_list_get_response": {"total_count": len(orders), "has_next": start + 50 < len(orders),
                                                  "order_list": orders[start:start + 50]},
                      "request_id": f"{int(BASE.timestamp() * 1000) + start}{digits(r, 6)}"})
    write_ndjson(out / "pdd_order_pages.ndjson", pages)


# ---------------------------------------------------------------- Douyin live interaction pushes
COMMENTS = ["主播好美", "666666", "这个多少钱", "上链接！", "已拍，什么时候发货", "老家是成都的来报到", "求翻牌", "哈哈哈哈笑死我了",
            "主播能再讲一下尺码吗", "刚下班来晚了"]
DOUYIN_NICKS = ["用户{}", "{}的小号", "爱吃火锅的{}", "{}", "{}🍀", "小{}"]


def douyin_push(r: random.Random, fake: Faker, out: Path) -> None:
    viewers = []
    for _ in range(160):
        given = fake.first_name()
        nick = r.choice(DOUYIN_NICKS).format(digits(r, 10) if r.random() < 0.2 else given if r.random() < 0.5 else fake.name())
        viewers.append(("_000" + cipher(r, 40).replace("/", "_").replace("+", "-"), nick,
                        f"https://p3.douyinpic.com/aweme/100x100/aweme-avatar/tos-cn-i-0813_{hexid(r, 32)}.jpeg?from=3067671334"))
    rooms = [str(7_300_000_000_000_000_000 + r.randint(0, 10**15)) for _ in range(4)]
    lines = []
    for _ in range(300):
        kind = r.choice(["live_comment", "live_comment", "live_gift", "live_like", "live_fansclub"])
        at = when(r, 5)
        payload = []
        for _ in range(r.randint(1, 3)):
            openid, nick, avatar = r.choice(viewers)
            item = {"msg_id": str(r.randint(10**18, 10**19 - 1)), "sec_openid": openid, "avatar_url": avatar, "nickname": nick,
                    "timestamp": int(at.timestamp() * 1000) + r.randint(0, 900)}
            if kind == "live_comment":
                item["content"] = r.choice(COMMENTS)
            elif kind == "live_gift":
                item |= {"sec_gift_id": cipher(r, 24), "gift_num": r.randint(1, 10), "gift_value": r.choice([1, 10, 99, 520]), "test": False}
            elif kind == "live_like":
                item["like_num"] = r.randint(1, 30)
            else:
                item |= {"fansclub_reason_type": r.choice([1, 2]), "fansclub_level": r.randint(1, 15)}
            payload.append(item)
        lines.append({"room_id": r.choice(rooms), "msg_type": kind, "payload": payload})
    write_ndjson(out / "douyin_live_push.ndjson", lines)


# ---------------------------------------------------------------- car head unit syslog (RFC 5424)
DESTS = ["杭州东站", "公司", "家", "万象城停车场", "星巴克(西溪印象城店)", "浙江大学医学院附属第一医院", "特来电充电站(文一西路)"]
VOICE = ["导航去公司", "打开空调二十六度", "给老婆打电话", "播放周杰伦的晴天", "附近有什么好吃的", "把座椅加热打开", "明天杭州会下雨吗"]
CAR_APPS = ["com.autonavi.amapauto", "com.tencent.wecarmusic", "com.iflytek.autofly.voicecore", "cn.kuwo.kwmusiccar", "com.tencent.qqmusiccar"]
OUTPUTS = ["车载扬声器", "车载扬声器", "头枕音响", "蓝牙耳机"]


def vin(r: random.Random) -> str:
    """A mainland VIN: `L` + maker code + descriptor + check digit (ISO 3779's weights) + year + plant + serial."""
    body = "L" + r.choice(["GW", "SV", "FV", "B3", "RW"]) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    tail = r.choice("NPR") + r.choice("ABCDE12") + digits(r, 6)
    values = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum(values[c] * w for c, w in zip(body + tail, weights))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body + check + tail


def hu_syslog(r: random.Random, fake: Faker, out: Path) -> None:
    lines: list[str] = []
    at = BASE
    host = "hu-" + hexid(r, 6)
    car_vin, iccid, owner = vin(r), "898601" + digits(r, 14), person(r, fake)
    phones = [(f"{owner}的{r.choice(['iPhone', 'Mate 60 Pro', '小米14'])}", ":".join(hexid(r, 2) for _ in range(6)).upper())] + \
             [(f"{person(r, fake)}的{r.choice(['iPhone', 'nova 12', 'Find X7'])}", ":".join(hexid(r, 2) for _ in range(6)).upper()) for _ in range(2)]
    contacts = [(person(r, fake), fake.phone_number()) for _ in range(12)]
    soc = 82
    prov, city, district, adcode, lng, lat, pois = PLACES[0]

    def line(app: str, msgid: str, msg: str, pri: int = 134) -> None:
        nonlocal at
        at += timedelta(milliseconds=r.randint(50, 20000))
        lines.append(f"<{pri}>1 {at.isoformat(timespec='milliseconds')} {host} {app} {r.randint(800, 4000)} {msgid} - {msg}")

    line("sysmgr", "BOOT", f"系统启动完成 车架号={car_vin} 系统版本=XOS 5.1.0 时区=Asia/Shanghai")
    for _ in range(440):
        pick = r.random()
        if pick < 0.08:
            carrier = r.choice(CARRIERS)[0]
            line("tboxd", "NET", f"T-Box 网络注册成功 运营商={carrier} 网络类型={r.choice(['4G', '5G', '4G'])} 信号强度=-{r.randint(70, 105)}dBm "
                                  f"ICCID={iccid} 公网IP={fake.ipv4_public()}")
        elif pick < 0.16:
            name, mac = r.choice(phones)
            line("btservice", "BT", f"蓝牙已连接 设备名={name} 地址={mac} 协议=HFP/A2DP")
        elif pick < 0.24:
            who, number = r.choice(contacts)
            line("btphone", "CALL", f"{r.choice(['来电', '去电'])} 号码={number} 联系人={who} 通话时长={r.randint(0, 600)}秒")
        elif pick < 0.38:
            x, y = lng + r.uniform(-0.05, 0.05), lat + r.uniform(-0.05, 0.05)
            line("navi", "NAV", f"定位更新 经度={x:.6f} 纬度={y:.6f} 车速={r.randint(0, 90)}km/h 所在城市={city}{r.choice([district, ''])}")
            if r.random() < 0.3:
                line("navi", "NAV", f"开始导航 目的地={r.choice(DESTS)} 预计里程={r.randint(2, 40)}公里")
        elif pick < 0.48:
            line("voiceassist", "ASR", f"语音识别结果 文本=\"{r.choice(VOICE)}\" 置信度=0.{r.randint(80, 99)}")
        elif pick < 0.56:
            line("audiomgr", "VOL", f"音量调整 媒体音量={r.randint(0, 39)}/39 导航播报音量={r.randint(0, 39)}/39 静音={r.choice(['否', '否', '是'])}")
            if r.random() < 0.4:
                line("audiomgr", "ROUTE", f"音频输出切换 输出设备={r.choice(OUTPUTS)}")
        elif pick < 0.66:
            soc = max(8, min(100, soc + r.choice([-1, -1, -2, 3])))
            line("bms", "SOC", f"动力电池 剩余电量={soc}% 续航={soc * 5}km 充电状态={r.choice(['未充电', '未充电', '充电中'])}")
        elif pick < 0.72:
            line("account", "LOGIN", f"车主账号登录成功 userId={r.randint(10**8, 10**9 - 1)} 手机号={masked(contacts[0][1]) if r.random() < 0.5 else fake.phone_number()}")
        elif pick < 0.8:
            line("launcher", "APP", f"应用启动 包名={r.choice(CAR_APPS)}")
        elif pick < 0.86:
            line("ota", "OTA", f"检查升级 当前版本=XOS 5.1.0 目标版本=XOS 5.2.{r.randint(0, 3)} 车型=G6 680 Max")
        else:
            line("hvac", "AC", f"空调设置 温度={r.randint(18, 28)}℃ 风量={r.randint(1, 7)} 内循环={r.choice(['开', '关'])}", pri=135)
    (out / "hu_syslog.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [tw_members, bid_requests, bmap_cache, pdd_orders, douyin_push, hu_syslog]


def _json_paths(path: Path) -> set[str]:
    found: set[str] = set()
    for text in path.read_text(encoding="utf-8").splitlines():
        if text.strip():
            found |= ZH9._paths(json.loads(text))
    return found


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    with (out / "會員資料匯出.csv").open(encoding="cp950") as fh:
        header = set(fh.readline().strip().split(","))
    fields: dict[str, set[str]] = {"會員資料匯出.csv": header}
    for name in ("adx_bid_requests.ndjson", "bmap_regeo_cache.ndjson", "pdd_order_pages.ndjson", "douyin_live_push.ndjson"):
        fields[name] = _json_paths(out / name)
    return check_labels(out, fields, labels, ("hu_syslog.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20241008, HERE / "labels.csv"))
