"""Generate the twelfth Chinese benchmark (benchmarks/zh12), in styles zh … zh11 do not use.

usage: python benchmarks/zh12/generate.py OUT_DIR [--seed N] [--verify]

Five tables of patients (users), devices, locations, waybills (orders) and interaction events,
and an application log, in vendors' schemas and naming habits the earlier sets left out:

- `门诊患者主索引.csv`: a hospital **HIS outpatient master index** (门诊患者主索引) export in HIS
  words: `病人ID`, `门诊号`, `就诊卡号`, `医保卡号`, `患者姓名`, `年龄` (`37岁`, `8月`, `15天`),
  `职业` (GB/T 2261.4 occupations), `工作单位`, `证件号码`, `现住址`, `户口地址`, `联系人姓名`,
  `与患者关系`, `联系人电话`, `费别`, `过敏史`, `建档员`; CRLF, Oracle-style dates `2024/12/15 9:03:11`;
- `device_props.ndjson`: **Android system properties and `dumpsys` output** uploaded by a
  diagnostics SDK, one device a line: `props` keyed by the **property names themselves**
  (`ro.product.model`, `ro.build.version.release`, `ro.miui.ui.version.name`,
  `persist.sys.timezone`, `gsm.operator.alpha` `中国移动,中国联通` for two SIMs,
  `gsm.sim.operator.numeric`, `gsm.network.type` `NR_SA,LTE`, `ro.serialno`), and `dumpsys`
  (`battery.level`/`status` 2/`plugged`/`temperature` in tenths of a degree, `audio.ringer_mode`,
  `STREAM_MUSIC`, `wm_size` `Physical size: 1260x2720`);
- `amap_regeo_cache.ndjson`: an app's cache of **AMap (高德) Web service `/v3/geocode/regeo`**
  calls: the request (`location` `lng,lat`, `key`) and AMap's documented response
  (`regeocode.formatted_address`, `addressComponent.{province, city, citycode, district, adcode,
  township, towncode, neighborhood, streetNumber, businessAreas[]}`), with AMap's habit of an
  **empty array `[]` for a missing value** (`city` of a municipality);
- `快递运单导出.csv`: a courier-management **waybill export** (寄件人/收件人 sides, `三段码`,
  `快递员`, `签收人`, `月结账号`, masked phones `138****1234` on one side);
- `zhugeio_events.ndjson`: **Zhugeio (诸葛io)-style SDK upload batches**: `ak`, `sdk`, `usr.did`,
  `tz` in milliseconds (`28800000`), and `data[]` of events whose preset properties are
  **`$`-prefixed abbreviations** (`$cuid`, `$eid`, `$br`, `$dv`, `$ov`, `$rs`, `$cr`, `$net`,
  `$lat`) and custom properties **`_`-prefixed Han names** (`_搜索词`, `_按键间隔`, `_耳机状态`);
- `logcat_main.log`: **Android logcat** (`threadtime` format) of a shopping app with **Chinese
  tags** (`定位服务`, `电池监控`, `实名认证`), OkHttp's logging interceptor (`--> POST …` and
  JSON bodies), WebView user agents, push tokens, a `FATAL EXCEPTION` stack trace.

Values are drawn from public data: person names, mobiles, e-mail and IPv4 addresses from Faker's
zh_CN locale (MIT); GB/T 2260 divisions, addresses, resident identity numbers and OAIDs through
benchmarks/zh3's generator (python-stdnum's data and checks); compound-surname and minority
names through benchmarks/zh9's; devices, places and user agents through benchmarks/zh10's;
vendor field names and messages written for this benchmark from public knowledge (WS 445 /
HIS patient-index fields, Android's system properties and `dumpsys battery`, AMap's regeo
response, courier waybill exports, Zhugeio's upload protocol, Android logcat's `threadtime`
format and OkHttp's `HttpLoggingInterceptor`).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import json
import random
import sys
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelcheck import check_labels, generator_main, load_generator  # noqa: E402
from zhwriters import write_csv, write_ndjson  # noqa: E402

BASE = datetime(2024, 12, 16, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
ZH3 = load_generator("zh3")  # GB/T 2260 divisions, identity numbers, addresses, OAIDs
ZH8 = load_generator("zh8")
ZH9 = load_generator("zh9")  # compound-surname and minority names
ZH10 = load_generator("zh10")  # devices, places, user agents
digits, hexid, landline = ZH8.digits, ZH8.hexid, ZH8.landline
faker, masked, person = ZH3.faker, ZH3.masked, ZH9.person
DEVICES, PLACES, UAS, CARRIERS = ZH10.DEVICES, ZH10.PLACES, ZH10.UAS, ZH10.CARRIERS

OCCUPATIONS = ["国家公务员", "专业技术人员", "职员", "企业管理人员", "工人", "农民", "学生", "现役军人", "自由职业者", "个体经营者",
               "无业人员", "退（离）休人员", "其他"]
EMPLOYERS = ["", "", "杭州市第一人民医院", "浙江云帆网络科技有限公司", "西湖区文新街道办事处", "个体", "杭州市学军中学",
             "中国移动通信集团浙江有限公司", "无"]
NATIONS = ["汉族"] * 12 + ["回族", "满族", "壮族", "维吾尔族", "土家族", "蒙古族"]
MARRIAGE = ["已婚", "已婚", "未婚", "离异", "丧偶", "未知"]
ID_TYPES = ["居民身份证"] * 14 + ["护照", "港澳居民来往内地通行证"]
RELATIONS = ["配偶", "父亲", "母亲", "子女", "兄弟姐妹", "本人", "其他"]
FEE_TYPES = ["自费", "城镇职工基本医疗保险", "城乡居民基本医疗保险", "新农合", "公费医疗", "商业保险"]
ALLERGIES = ["无", "无", "无", "青霉素过敏", "磺胺类药物过敏", "头孢类过敏", "海鲜过敏", "不详"]
CLERKS = ["陈晓燕", "刘建国", "周敏"]
PASSPORT_LETTERS = "EG"


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def oracle_time(at: datetime) -> str:
    return f"{at.year}/{at.month}/{at.day} {at.hour}:{at.minute:02d}:{at.second:02d}"


def age_text(born: date, today: date) -> str:
    days = (today - born).days
    if days < 31:
        return f"{days}天"
    if days < 365:
        return f"{days // 30}月"
    return f"{days // 365}岁"


# ---------------------------------------------------------------- HIS outpatient master index
HIS_HEADER = ["病人ID", "门诊号", "就诊卡号", "医保卡号", "患者姓名", "性别", "出生日期", "年龄", "民族", "婚姻状况", "职业", "工作单位",
              "证件类型", "证件号码", "手机号码", "家庭电话", "电子邮箱", "现住址", "户口地址", "邮政编码", "联系人姓名", "与患者关系",
              "联系人电话", "费别", "过敏史", "建档日期", "建档员"]


def his_patients(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    today = BASE.date()
    for i in range(420):
        pick = r.random()
        if pick < 0.06:
            born = today - timedelta(days=r.randint(3, 360))  # infants
        elif pick < 0.2:
            born = today - timedelta(days=r.randint(365 * 3, 365 * 17))  # children
        else:
            born = ZH3.born(r)
        place = ZH3.division(r)
        id_type = r.choice(ID_TYPES)
        if id_type == "居民身份证":
            id_no = ZH3.resident_id(r, place[0], born)
        elif id_type == "护照":
            id_no = r.choice(PASSPORT_LETTERS) + digits(r, 8)
        else:
            id_no = "C" + digits(r, 8)
        registered = when(r, 400) - timedelta(days=400)
        insured = r.random() < 0.7
        rows.append([
            str(1000000000 + r.randint(0, 899999999)), f"MZ{registered:%Y%m%d}{i:05d}",
            r.choice(["", "J"]) + digits(r, 12) if r.random() < 0.9 else "",
            (id_no if id_type == "居民身份证" and r.random() < 0.5 else r.choice("ABCDEFGHK") + digits(r, 8)) if insured else "",
            person(r, fake), r.choice(["男", "女"]), f"{born:%Y-%m-%d}", age_text(born, today), r.choice(NATIONS), r.choice(MARRIAGE),
            "学生" if born.year > 2006 and r.random() < 0.8 else r.choice(OCCUPATIONS), r.choice(EMPLOYERS), id_type, id_no,
            fake.phone_number() if r.random() < 0.93 else "", landline(r) if r.random() < 0.3 else "",
            fake.free_email() if r.random() < 0.25 else "", ZH3.address(r, fake), ZH3.address(r, fake, place) if r.random() < 0.7 else "",
            str(r.randint(100000, 859999)) if r.random() < 0.5 else "", person(r, fake), r.choice(RELATIONS),
            fake.phone_number(), r.choice(FEE_TYPES), r.choice(ALLERGIES), oracle_time(registered), r.choice(CLERKS),
        ])
    write_csv(out / "门诊患者主索引.csv", HIS_HEADER, rows, lineterminator="\r\n")


# ---------------------------------------------------------------- Android system properties and dumpsys
ROM_PROP = {"HarmonyOS": ("ro.build.version.emui", "EmotionUI_14.2.0"), "MIUI": ("ro.miui.ui.version.name", "V140"),
            "HyperOS": ("ro.miui.ui.version.name", "V816"), "ColorOS": ("ro.build.version.opporom", "V14.0"),
            "OriginOS": ("ro.vivo.os.version", "4.0"), "MagicOS": ("ro.build.version.magic", "8.0.0")}
ANDROID_RELEASE = {34: "14", 33: "13", 31: "12", 29: "10"}
NET_TYPES = ["NR_SA", "LTE", "LTE", "NR_NSA", "Unknown"]
RINGER = ["NORMAL", "NORMAL", "VIBRATE", "SILENT"]
AUDIO_OUT = ["speaker", "speaker", "wired_headset", "bt_a2dp", "bt_a2dp", "earpiece"]
BT_HEADSETS = ["HUAWEI FreeBuds Pro 3", "Xiaomi Buds 4 Pro", "OPPO Enco X2", "AirPods Pro", "漫步者 Lolli Pro 3", "vivo TWS 3e"]
PKGS = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao", "com.xunmeng.pinduoduo",
        "com.sankuai.meituan", "com.autonavi.minimap", "tv.danmaku.bili", "com.xingin.xhs", "com.jingdong.app.mall",
        "com.tencent.mobileqq", "com.baidu.BaiduMap", "com.smile.gifmaker", "com.sina.weibo"]


def device_props(r: random.Random, fake: Faker, out: Path) -> None:
    records = []
    for _ in range(480):
        brand, market, code, rom, versions, sdk, (w, h), dpi = r.choice(DEVICES)
        sims = r.sample(CARRIERS, r.choice([1, 1, 2]))
        props = {
            "ro.product.brand": brand, "ro.product.manufacturer": brand.upper() if brand != "Redmi" else "Xiaomi",
            "ro.product.model": code, "ro.product.marketname": market,
            "ro.build.version.release": ANDROID_RELEASE.get(sdk, "12"), "ro.build.version.sdk": str(sdk),
            "ro.build.display.id": f"{code} {r.choice(versions)}",
            "ro.serialno": hexid(r, 16).upper() if r.random() < 0.6 else "unknown",
            "persist.sys.timezone": r.choice(["Asia/Shanghai", "Asia/Shanghai", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Urumqi"]),
            "persist.sys.locale": r.choice(["zh-CN", "zh-Hans-CN", "zh-CN", "en-US"]),
            "gsm.operator.alpha": ",".join(c[0] for c in sims), "gsm.sim.operator.numeric": ",".join(c[1] for c in sims),
            "gsm.network.type": ",".join(r.choice(NET_TYPES) for _ in sims), "ro.sf.lcd_density": str(dpi),
        }
        if rom in ROM_PROP:
            key, value = ROM_PROP[rom]
            props[key] = value
        out_dev = r.choice(AUDIO_OUT)
        level = r.randint(3, 100)
        status = 5 if level == 100 else r.choice([2, 3, 3, 4])
        records.append({
            "did": hexid(r, 16), "uid": r.randint(10 ** 7, 10 ** 8 - 1) if r.random() < 0.75 else None,
            "collect_time": f"{when(r):%Y-%m-%d %H:%M:%S}", "app_ver": r.choice(["6.2.0", "6.2.1", "6.3.0"]),
            "props": props,
            "dumpsys": {
                "battery": {"level": level, "status": status, "plugged": 0 if status == 3 else r.choice([1, 2]),
                            "temperature": r.randint(240, 420), "health": r.choice([2, 2, 2, 3])},
                "audio": {"ringer_mode": r.choice(RINGER), "STREAM_MUSIC": r.randint(0, 15), "STREAM_RING": r.randint(0, 15),
                          "output": out_dev, "bt_device": r.choice(BT_HEADSETS) if out_dev == "bt_a2dp" else ""},
                "wm_size": f"Physical size: {w}x{h}",
            },
            "apps": r.sample(PKGS, r.randint(3, 8)),
        })
    write_ndjson(out / "device_props.ndjson", records)


# ---------------------------------------------------------------- AMap regeo cache
TOWNSHIPS = {"西湖区": ("文新街道", "330106109000"), "海淀区": ("海淀街道", "110108001000"), "南山区": ("粤海街道", "440305007000"),
             "锦江区": ("春熙路街道", "510104020000"), "洪山区": ("关山街道", "420111007000"), "雁塔区": ("小寨路街道", "610113001000")}
CITYCODES = {"杭州市": "0571", "北京市": "010", "深圳市": "0755", "成都市": "028", "武汉市": "027", "西安市": "029"}
STREETS = ["文三路", "学院路", "中关村大街", "科技园南路", "红星路", "珞喻路", "长安南路", "天目山路", "高新南一道"]
NEIGHBOURHOODS = ["嘉绿苑", "翠苑一区", "华星时代广场", "阳光100小区", "万科金色家园", "金地名京"]
DIRECTIONS = ["东", "西", "南", "北", "东北", "西南", "东南", "西北"]
AMAP_KEY = "8325164e247e15eea68b59e89200988b"


def amap_regeo(r: random.Random, fake: Faker, out: Path) -> None:
    records = []
    users = [str(r.randint(10 ** 7, 10 ** 8 - 1)) for _ in range(140)]
    for _ in range(500):
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        x, y = round(lng + r.uniform(-0.03, 0.03), 6), round(lat + r.uniform(-0.03, 0.03), 6)
        street, number = r.choice(STREETS), f"{r.randint(1, 600)}号"
        town, towncode = TOWNSHIPS[district]
        hood = r.choice(NEIGHBOURHOODS) if r.random() < 0.6 else None
        municipality = prov == city
        area = r.choice(pois)
        formatted = (city if municipality else prov + city) + district + town + street + number + (hood or "")
        component = {
            "country": "中国", "province": prov, "city": [] if municipality else city, "citycode": CITYCODES[city],
            "district": district, "adcode": adcode, "township": town, "towncode": towncode,
            "neighborhood": {"name": hood or [], "type": "商务住宅;住宅区;住宅小区" if hood else []},
            "streetNumber": {"street": street, "number": number,
                             "location": f"{x + r.uniform(-0.001, 0.001):.6f},{y + r.uniform(-0.001, 0.001):.6f}",
                             "direction": r.choice(DIRECTIONS), "distance": f"{r.uniform(2, 90):.4f}"},
            "businessAreas": [{"location": f"{lng + r.uniform(-0.01, 0.01):.6f},{lat + r.uniform(-0.01, 0.01):.6f}", "name": area,
                               "id": adcode}] if r.random() < 0.7 else [],
        }
        records.append({
            "request_id": hexid(r, 32), "uid": r.choice(users), "ts": f"{when(r):%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "+08:00",
            "req": {"location": f"{x:.6f},{y:.6f}", "key": AMAP_KEY, "radius": 1000, "extensions": "base"},
            "resp": {"status": "1", "info": "OK", "infocode": "10000",
                     "regeocode": {"formatted_address": formatted, "addressComponent": component}},
            "cost_ms": r.randint(12, 240),
        })
    write_ndjson(out / "amap_regeo_cache.ndjson", records)


# ---------------------------------------------------------------- courier waybill export
WB_HEADER = ["运单号", "快递公司", "订单编号", "寄件人", "寄件人电话", "寄件地址", "收件人", "收件人手机", "收件人地址", "收件省", "收件市",
             "收件区", "三段码", "物品名称", "重量(kg)", "运费(元)", "代收货款", "保价金额", "付款方式", "月结账号", "快递员", "快递员电话",
             "签收人", "签收时间", "寄件备注"]
COURIERS = [("顺丰速运", "SF", 12), ("中通快递", "7", 13), ("圆通速递", "YT", 13), ("韵达快递", "43", 13), ("京东物流", "JDVA", 11),
            ("邮政EMS", "11", 11)]
ITEMS = ["文件", "衣服", "手机配件", "食品(干货)", "书籍", "化妆品", "数码产品", "茶叶", "鞋子"]
SIGNERS = ["本人签收", "家人代收", "快递柜", "驿站代收", "前台代收"]
WB_NOTES = ["", "", "", "易碎品，轻拿轻放", "周末不在家，请放驿站", "加急件", "送货前电话联系", "内有发票"]
PAY_WAYS = ["寄付", "寄付", "到付", "月结"]
SENDERS = ["杭州云帆网络科技有限公司", "浙江优选电商旗舰店"]


def waybills(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    couriers = [(person(r, fake), fake.phone_number()) for _ in range(12)]
    shop_sender = (r.choice(["王店长", "李敏", "仓库-张强"]), fake.phone_number(), ZH3.address(r, fake))
    for _ in range(450):
        company, prefix, length = r.choice(COURIERS)
        place = ZH3.division(r)
        code, prov, city, county = place
        at = when(r)
        if r.random() < 0.5:
            sender, sender_phone, sender_addr = shop_sender
        else:
            sender, sender_phone, sender_addr = person(r, fake), fake.phone_number(), ZH3.address(r, fake)
        phone = fake.phone_number()
        pay = r.choice(PAY_WAYS)
        courier = r.choice(couriers)
        signer = r.choice(SIGNERS) if r.random() < 0.7 else (person(r, fake) if r.random() < 0.5 else "")
        rows.append([
            prefix + digits(r, length), company, f"DD{at:%Y%m%d}{digits(r, 8)}", sender, sender_phone if r.random() < 0.8 else landline(r),
            sender_addr, person(r, fake), masked(phone) if r.random() < 0.45 else phone, ZH3.address(r, fake, place), prov, city, county,
            f"{r.randint(100, 999)}-{r.choice('ABCDEFGH')}{r.randint(1, 40):02d}-{r.randint(1, 30):02d}", r.choice(ITEMS),
            round(r.uniform(0.2, 12), 2), r.choice([8, 10, 12, 15, 18, 23]), r.choice([0, 0, 0, 99, 259]), r.choice([0, 0, 500, 2000]),
            pay, "0571" + digits(r, 6) if pay == "月结" else "", courier[0], courier[1], signer,
            f"{at + timedelta(days=r.randint(1, 4)):%Y-%m-%d %H:%M}" if signer else "", r.choice(WB_NOTES),
        ])
    write_csv(out / "快递运单导出.csv", WB_HEADER, rows)


# ---------------------------------------------------------------- Zhugeio-style upload batches
ZG_EVENTS = [("搜索商品", "搜索页"), ("商品详情页浏览", "商品详情页"), ("加入购物车", "商品详情页"), ("提交订单", "确认订单页"),
             ("发表评价", "评价页"), ("观看直播", "直播间"), ("领取优惠券", "领券中心")]
ZG_SEARCHES = ["加绒卫衣 男", "儿童保温杯", "车厘子 5斤", "华为 Mate 70 手机壳", "无糖酸奶", "露营天幕", "宠物烘干箱"]
ZG_COMMENTS = ["质量很好，物流也快", "和描述一致，好评", "有点小瑕疵，客服处理得不错", "第二次回购了", "颜色有色差，不太满意"]
ZG_HEADSET = ["未连接", "未连接", "有线耳机", "蓝牙耳机"]
ZG_NET = ["WIFI", "WIFI", "4G", "5G"]
ZG_AK = "c6a1b0e9f2d34e8b9a7d5c3b1e0f2a4d"


def zhugeio_events(r: random.Random, fake: Faker, out: Path) -> None:
    devices = []
    for _ in range(120):
        device = r.choice(DEVICES)
        devices.append((str(uuid.UUID(int=r.getrandbits(128), version=4)), device, r.choice(CARRIERS)[0], r.choice(PLACES),
                        str(r.randint(10 ** 7, 10 ** 8 - 1)) if r.random() < 0.7 else None, r.choice(["huawei", "xiaomi", "oppo", "vivo", "yingyongbao"])))
    batches = []
    for _ in range(380):
        did, (brand, market, code, rom, versions, sdk, (w, h), dpi), carrier, place, uid, channel = r.choice(devices)
        prov, city, district, adcode, lng, lat, pois = place
        at = when(r)
        session = int(at.timestamp() * 1000)
        data = []
        for _ in range(r.randint(1, 3)):
            at += timedelta(seconds=r.randint(1, 90))
            ev, page = r.choice(ZG_EVENTS)
            pr: dict = {"$ct": int(at.timestamp() * 1000), "$tz": 28800000, "$cuid": uid, "$eid": ev, "$sid": session,
                        "$vn": r.choice(["5.3.0", "5.4.1"]), "$cn": channel, "$net": r.choice(ZG_NET), "$ov": f"{rom} {r.choice(versions)}",
                        "$os": "Android", "$br": brand, "$dv": code, "$rs": f"{w}*{h}", "$cr": carrier, "$lang": "zh",
                        "_页面名称": page, "_电量": r.randint(1, 100), "_耳机状态": r.choice(ZG_HEADSET),
                        "_静音": r.choice([False, False, False, True])}
            if r.random() < 0.5:
                pr["$lat"], pr["$lng"] = round(lat + r.uniform(-0.03, 0.03), 6), round(lng + r.uniform(-0.03, 0.03), 6)
            if ev == "搜索商品":
                pr["_搜索词"] = r.choice(ZG_SEARCHES)
                pr["_按键间隔"] = ",".join(str(r.randint(60, 420)) for _ in range(r.randint(3, 10)))
            if ev == "发表评价":
                pr["_评论内容"] = r.choice(ZG_COMMENTS)
                pr["_按键间隔"] = ",".join(str(r.randint(60, 420)) for _ in range(r.randint(6, 16)))
            if ev in ("商品详情页浏览", "加入购物车"):
                pr["_商品ID"] = str(r.choice(ZH10.JD_GOODS)[0])
                pr["_停留时长"] = r.randint(1, 400)
            data.append({"dt": "evt", "pr": pr})
        batches.append({"ak": ZG_AK, "sdk": "zg-android", "sdkv": "3.6.2", "owner": "zg", "pl": "and",
                        "ut": f"{at:%Y-%m-%d %H:%M:%S}", "tz": 28800000, "debug": 0, "usr": {"did": did}, "data": data})
    write_ndjson(out / "zhugeio_events.ndjson", batches)


# ---------------------------------------------------------------- Android logcat (threadtime)
STACK = ["E AndroidRuntime: FATAL EXCEPTION: main",
         "E AndroidRuntime: Process: com.yunfan.shop, PID: {pid}",
         "E AndroidRuntime: java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String "
         "com.yunfan.shop.model.Address.getDetail()' on a null object reference",
         "E AndroidRuntime: \tat com.yunfan.shop.ui.order.ConfirmOrderActivity.bindAddress(ConfirmOrderActivity.kt:218)",
         "E AndroidRuntime: \tat com.yunfan.shop.ui.order.ConfirmOrderActivity.onCreate(ConfirmOrderActivity.kt:96)",
         "E AndroidRuntime: \tat android.app.Activity.performCreate(Activity.java:8595)"]


def logcat(r: random.Random, fake: Faker, out: Path) -> None:
    lines = []
    at = BASE
    pid = 21034
    for _ in range(330):
        at += timedelta(milliseconds=r.randint(50, 60000))
        nonlocal_at = [at]
        brand, market, code, rom, versions, sdk, (w, h), dpi = r.choice(DEVICES)
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        uid = r.randint(10 ** 7, 10 ** 8 - 1)
        tid = pid + r.randint(1, 60)

        def line(level: str, tag: str, msg: str) -> None:
            nonlocal_at[0] += timedelta(milliseconds=1)
            stamp = nonlocal_at[0]
            lines.append(f"{stamp:%m-%d %H:%M:%S}.{stamp.microsecond // 1000:03d} {pid:5d} {tid:5d} {level} {tag:<8}: {msg}")

        pick = r.random()
        if pick < 0.14:
            phone = fake.phone_number()
            line("D", "OkHttp", "--> POST https://api.yunfan-shop.cn/v2/user/login/sms")
            line("D", "OkHttp", json.dumps({"phone": phone, "code": str(r.randint(100000, 999999)), "deviceId": hexid(r, 16)}))
            line("D", "OkHttp", f"<-- 200 OK https://api.yunfan-shop.cn/v2/user/login/sms ({r.randint(40, 900)}ms)")
            line("I", "登录模块", f"短信登录成功 uid={uid} 手机={masked(phone)}")
        elif pick < 0.26:
            carrier = r.choice(CARRIERS)[0]
            line("I", "设备信息", f"品牌={brand} 型号={code} 系统={rom} {r.choice(versions)} Android {ANDROID_RELEASE.get(sdk, '12')} "
                               f"分辨率={w}x{h} 运营商={carrier} 网络={r.choice(['WIFI', '4G', '5G'])}")
            line("I", "广告SDK", f"获取OAID成功: {ZH3.oaid(r)}")
        elif pick < 0.38:
            level = r.randint(1, 100)
            line("D", "电池监控", f"电量 {level}% {r.choice(['充电中', '未充电', '未充电', '已充满'])} 温度 {r.uniform(24, 42):.1f}℃")
            if level < 15:
                line("W", "电池监控", "电量过低，已暂停后台定位")
        elif pick < 0.52:
            x, y = lng + r.uniform(-0.03, 0.03), lat + r.uniform(-0.03, 0.03)
            line("I", "定位服务", f"onLocationChanged 纬度={y:.6f} 经度={x:.6f} 精度={r.uniform(5, 60):.1f}m 来源={r.choice(['gps', 'network'])}")
            line("I", "定位服务", f"逆地理编码完成: {prov if prov != city else ''}{city}{district}{r.choice(STREETS)}{r.randint(1, 600)}号")
        elif pick < 0.6:
            line("I", "推送服务", f"{r.choice(['华为', '小米', 'OPPO', 'vivo'])}推送注册成功 token={hexid(r, 64) if r.random() < 0.5 else hexid(r, 32)}")
        elif pick < 0.68:
            name, born = person(r, fake), ZH3.born(r)
            idn = ZH3.resident_id(r, ZH3.division(r)[0], born)
            line("D", "OkHttp", "--> POST https://api.yunfan-shop.cn/v2/user/realname")
            line("D", "OkHttp", json.dumps({"realName": name, "idCard": idn}, ensure_ascii=False))
            if r.random() < 0.4:
                line("W", "实名认证", f"校验失败: 姓名{name}与身份证号{idn}不匹配")
        elif pick < 0.76:
            out_dev = r.choice(["蓝牙耳机", "有线耳机", "扬声器"])
            extra = f" 设备={r.choice(BT_HEADSETS)}" if out_dev == "蓝牙耳机" else ""
            line("I", "音频管理", f"音频输出切换为{out_dev}{extra} 媒体音量={r.randint(0, 15)}/15 情景模式={r.choice(['标准', '静音', '振动'])}")
        elif pick < 0.86:
            name, phone = person(r, fake), fake.phone_number()
            addr = ZH3.address(r, fake)
            line("D", "OkHttp", "--> POST https://api.yunfan-shop.cn/v2/order/create")
            line("D", "OkHttp", json.dumps({"uid": uid, "consignee": name, "mobile": phone, "address": addr,
                                            "skuId": r.choice(ZH10.JD_GOODS)[0], "count": r.randint(1, 3)}, ensure_ascii=False))
            line("I", "订单", f"下单成功 收货人：{name} 电话：{masked(phone)} 邮箱：{fake.free_email()}")
        elif pick < 0.94:
            line("D", "WebView", f"userAgent={r.choice(UAS)}")
            line("I", "网络", f"公网IP={fake.ipv4_public()} 城市={city}")
        elif pick < 0.97:
            for text in STACK:
                level, rest = text.split(" ", 1)
                tag, msg = rest.split(": ", 1)
                line(level, tag, msg.format(pid=pid))
            pid += r.randint(100, 900)
        else:
            line("I", "ActivityManager", f"Start proc {pid}:com.yunfan.shop/u0a{r.randint(100, 400)} for activity "
                                         "{com.yunfan.shop/com.yunfan.shop.ui.MainActivity}")
    (out / "logcat_main.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [his_patients, device_props, amap_regeo, waybills, zhugeio_events, logcat]


def _ndjson_paths(path: Path) -> set[str]:
    found: set[str] = set()
    for text in path.read_text(encoding="utf-8").splitlines():
        found |= ZH9._paths(json.loads(text))
    return found


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    fields: dict[str, set[str]] = {
        "门诊患者主索引.csv": set(HIS_HEADER),
        "device_props.ndjson": _ndjson_paths(out / "device_props.ndjson"),
        "amap_regeo_cache.ndjson": _ndjson_paths(out / "amap_regeo_cache.ndjson"),
        "快递运单导出.csv": set(WB_HEADER),
        "zhugeio_events.ndjson": _ndjson_paths(out / "zhugeio_events.ndjson"),
    }
    return check_labels(out, fields, labels, ("logcat_main.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20241217, HERE / "labels.csv"))
