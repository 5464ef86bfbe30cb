"""Generate the tenth Chinese benchmark (benchmarks/zh10), in styles zh … zh9 do not use.

usage: python benchmarks/zh10/generate.py OUT_DIR [--seed N] [--verify]

Six tables of users, devices, locations, orders, payments and interaction events, and an
application log, in vendors' schemas and file habits the earlier sets left out:

- `dingtalk_users.ndjson`: **DingTalk (钉钉) `topapi/v2/user/get` responses**, one whole
  response a line (`errcode`, `errmsg`, `request_id`, `result.{userid, unionid, name,
  state_code, mobile, hide_mobile, telephone, job_number, title, org_email, work_place,
  manager_userid, extension, hired_date, dept_order_list[], leader_in_dept[], role_list[]}`),
  `extension` being a JSON *string* of Han keys (`紧急联系人`, `紧急联系电话`);
- `t_device.json`: a **Navicat JSON export** (`{"RECORDS": [...]}`) of a device table in the
  Alibaba Java manual's naming (`gmt_create`, `gmt_modified`, `is_deleted`) with terse English
  abbreviations (`imei1`, `imei2`, `meid`, `bat_lvl`, `bat_st`, `scr_res`, `sim_op`, `net_tp`,
  `ring_mode`, `audio_out`, `bt_dev`, `tz_id`), dual-SIM IMEIs and Android constants;
- `T_YH_DWGJ.csv`: a location trail from an Oracle-style system, **`|`-separated**, columns named
  with a **type prefix and upper-case pinyin initials** (`C_YHBH`, `N_JD`, `N_WD`, `N_DWJD`,
  `C_XZQHDM`, `C_XXDZ`, `D_DWSJ`), cell ids `460:00:LAC:CI`;
- `京东订单导出.xlsx`: a **JD (京东) POP merchant order export** (`下单帐号` with the variant
  character 帐, `客户姓名`, `客户地址`, `联系电话`, `京东价`, `应付金额`, `发票抬头`);
- `wxpay_tradebill.csv`: a **WeChat Pay merchant trade bill** (`downloadbill`) whose every cell
  starts with a **backtick** (`` `2024-12-15 10:00:00``), ending with a summary header and row;
- `dws_user_action_di.parquet`: warehouse interaction events whose properties sit in a Parquet
  **MAP** column (`ext`) beside a **struct** (`ctx.ip`, `ctx.ua`, `ctx.mdl`, `ctx.isp`,
  `ctx.bat`, `ctx.key_itv` as a list of integers), user agents of Chinese browsers and apps
  (MicroMessenger, Quark, UCBrowser, HuaweiBrowser/ArkWeb on OpenHarmony, baiduboxapp);
- `order-center.log`: a **Spring Boot** service in its default logback pattern (`… INFO 28476
  --- [nio-8080-exec-3] c.y.o.controller.OrderController : message`) with **MyBatis** debug
  lines (`==>  Preparing: INSERT …`, `==> Parameters: 王磊(String), 138…(String)`, `<==  Row: …`),
  `token=` in Chinese lines, a DingTalk callback body and a Java stack trace.

Values are drawn from public data: person names, mobiles, user names, e-mail and IPv4
addresses from Faker's zh_CN locale (MIT); GB/T 2260 divisions, addresses, resident identity
numbers, IMEIs and OAIDs through benchmarks/zh3's generator (python-stdnum's data and check);
devices, vendor field names and messages written for this benchmark from public knowledge
(DingTalk's and WeChat Pay's documented fields, JD's export headers, Navicat's JSON export,
Spring Boot's and MyBatis's log formats).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import json
import random
import string
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelcheck import check_labels, generator_main, load_generator  # noqa: E402

BASE = datetime(2024, 12, 15, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
ZH3 = load_generator("zh3")  # GB/T 2260 divisions, identity numbers, addresses, IMEIs, OAIDs
ZH8 = load_generator("zh8")
ZH9 = load_generator("zh9")  # compound-surname and minority names
digits, hexid = ZH8.digits, ZH8.hexid
B62 = string.ascii_letters + string.digits

TITLES = ["前端开发工程师", "高级产品经理", "大客户销售", "行政专员", "财务会计", "仓储主管", "客服组长", "UI设计师", "算法工程师", "HRBP"]
ROLES = [(1101, "主管理员", "默认"), (1102, "子管理员", "默认"), (1201, "负责人", "职务"), (1202, "主管", "职务"), (1301, "财务", "岗位")]
HOBBIES = ["羽毛球", "摄影", "徒步", "烘焙", "钓鱼", "看书", "跑步"]
OFFICES = ["杭州市西湖区文三路90号东部软件园", "北京市海淀区中关村大街11号", "深圳市南山区科技园南区高新南一道", "上海市徐汇区漕河泾开发区宜山路700号"]
# (brand, market name, model code, rom, rom versions, android sdk, (w, h), dpi)
DEVICES = [
    ("vivo", "vivo X100", "V2309A", "OriginOS", ["4.0", "4.0.1"], 34, (1260, 2800), 480),
    ("OPPO", "OPPO Find X7", "PHZ110", "ColorOS", ["14.0", "14.0.1"], 34, (1264, 2780), 480),
    ("HUAWEI", "华为 Mate 60 Pro", "ALN-AL00", "HarmonyOS", ["4.2.0", "4.0.0"], 31, (1260, 2720), 560),
    ("HUAWEI", "华为 nova 12", "BLK-AL00", "HarmonyOS", ["4.0.0"], 31, (1084, 2412), 480),
    ("Xiaomi", "小米 14", "23127PN0CC", "HyperOS", ["1.0.24.0.UNCCNXM", "1.0.42.0.UNCCNXM"], 34, (1200, 2670), 440),
    ("Redmi", "Redmi Note 13 Pro", "2312DRA50C", "MIUI", ["V14.0.10.0.TNRCNXM"], 33, (1220, 2712), 440),
    ("HONOR", "荣耀 Magic6", "BVL-AN00", "MagicOS", ["8.0.0"], 34, (1200, 2664), 480),
    ("OnePlus", "一加 12", "PJD110", "ColorOS", ["14.0"], 34, (1440, 3168), 560),
]
CARRIERS = [("中国移动", "46000"), ("中国移动", "46007"), ("中国联通", "46001"), ("中国电信", "46011"), ("中国广电", "46015")]
NET = ["WIFI", "WIFI", "4G", "5G", "5G", "3G"]
BAT_ST = ["CHARGING", "DISCHARGING", "DISCHARGING", "FULL", "NOT_CHARGING"]
RING = ["NORMAL", "VIBRATE", "SILENT", "NORMAL"]
AUDIO_OUT = ["扬声器", "扬声器", "有线耳机", "蓝牙耳机", "听筒"]
BT = ["华为 FreeBuds Pro 3", "OPPO Enco X2", "小米 Buds 4 Pro", "AirPods Pro 2", "漫步者 Lolli Pro 3", "vivo TWS 3"]
# (province, city, district, adcode, lng, lat, places)
PLACES = [
    ("浙江省", "杭州市", "西湖区", "330106", 120.130, 30.259, ["西溪湿地", "浙江大学紫金港校区", "黄龙体育中心"]),
    ("北京市", "北京市", "海淀区", "110108", 116.298, 39.959, ["中关村软件园", "五道口购物中心", "颐和园"]),
    ("广东省", "深圳市", "南山区", "440305", 113.930, 22.533, ["深圳湾公园", "海岸城", "腾讯滨海大厦"]),
    ("四川省", "成都市", "锦江区", "510104", 104.080, 30.657, ["春熙路", "太古里", "九眼桥"]),
    ("湖北省", "武汉市", "洪山区", "420111", 114.343, 30.506, ["光谷广场", "街道口", "华中科技大学"]),
    ("陕西省", "西安市", "雁塔区", "610113", 108.964, 34.219, ["大雁塔", "小寨赛格", "大唐不夜城"]),
]
UAS = [
    "Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 "
    "Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) "
    "WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64",
    "Mozilla/5.0 (Linux; U; Android 13; zh-CN; 2312DRA50C Build/TKQ1.221114.001) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/100.0.4896.58 Quark/6.9.6.501 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; U; Android 12; zh-CN; PHZ110 Build/SP1A.210812.016) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/100.0.4896.58 UCBrowser/16.6.5.1297 Mobile Safari/537.36",
    "Mozilla/5.0 (Phone; OpenHarmony 4.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 "
    "ArkWeb/4.1.6.1 Mobile HuaweiBrowser/5.0.4.300",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "MicroMessenger/8.0.44(0x18002c2d) NetType/4G Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 13; 23127PN0CC Build/TKQ1.221114.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/108.0.5359.128 Mobile Safari/537.36 baiduboxapp/13.50.0.10 (Baidu; P1 13)",
]
JD_GOODS = [(100012043978, "Apple iPhone 15 (A3092) 128GB 黑色"), (100066896338, "京东京造 记忆棉枕头"),
            (100008348542, "五常大米 稻花香 5kg"), (100035246702, "飞利浦 电动牙刷 HX2431"), (100019867468, "安踏 男子跑步鞋"),
            (100050412345, "三只松鼠 坚果礼盒 1.5kg")]
JD_STATUS = ["等待出库", "等待确认收货", "完成", "完成", "完成", "锁定", "(删除)已取消"]
JD_PAY = ["在线支付", "在线支付", "货到付款", "白条支付", "微信支付"]
JD_SOURCE = ["移动APP订单", "微信订单", "PC订单", "京东小程序", "移动APP订单"]
JD_NOTES = ["", "", "", "周末送货", "请放快递柜", "送货前请电话联系", "生日礼物，不要放价签"]
JD_SELLER = ["", "", "", "已补发赠品", "客户要求改地址", "VIP客户"]
INVOICE_HEADS = ["个人", "个人", "杭州云帆网络科技有限公司", "成都锦城贸易有限公司", ""]
WX_BANKS = ["CMB_DEBIT", "ICBC_DEBIT", "OTHERS", "CFT", "CCB_CREDIT", "ABC_DEBIT"]
WX_GOODS = ["外卖订单", "会员月卡", "门店扫码点单", "快递费", "小程序商城订单"]
EVENTS = [("search", "搜索"), ("goods_click", "商品点击"), ("add_cart", "加购"), ("comment", "发表评价"), ("share", "分享"),
          ("page_view", "页面浏览"), ("live_enter", "进入直播间")]
PAGES = ["home", "goods_detail", "cart", "search_result", "order_list", "live_room", "mine"]
SEARCHES = ["羽绒服 女 长款", "儿童电话手表", "螺蛳粉 整箱", "降噪耳机 入耳式", "扫地机器人", "春联 2025", "车厘子 3J"]
COMMENTS = ["物流很快，第二天就到了", "和描述的一样，好评", "有点色差，不过能接受", "包装很用心，送人很有面子", "客服回复太慢了，差评"]


faker, masked, person = ZH3.faker, ZH3.masked, ZH9.person


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def b62(r: random.Random, n: int) -> str:
    return "".join(r.choice(B62) for _ in range(n))


# ---------------------------------------------------------------- DingTalk user/get responses
def dingtalk_users(r: random.Random, fake: Faker, out: Path) -> None:
    ids: list[str] = []
    with (out / "dingtalk_users.ndjson").open("w", encoding="utf-8") as fh:
        for i in range(320):
            name = person(r, fake)
            uid = r.choice(["01" + digits(r, 15), "01" + digits(r, 16), fake.user_name(), f"manager{r.randint(1000, 9999)}"])
            hk = r.random() < 0.08
            mobile = f"{r.choice('569')}{digits(r, 7)}" if hk else fake.phone_number()
            depts = r.sample([1, 58211001, 58211002, 58211005, 60112003], r.randint(1, 2))
            ext = {"爱好": r.choice(HOBBIES), "紧急联系人": person(r, fake), "紧急联系电话": fake.phone_number()} if r.random() < 0.55 else {}
            result = {
                "userid": uid,
                "unionid": b62(r, 24) + "iEiE",
                "name": name,
                "avatar": f"https://static-legacy.dingtalk.com/media/lADP{b62(r, 28)}_240_240.jpg" if r.random() < 0.7 else "",
                "state_code": "852" if hk else "86",
                "manager_userid": r.choice(ids) if ids and r.random() < 0.75 else "",
                "mobile": mobile,
                "hide_mobile": r.random() < 0.2,
                "telephone": r.choice(["", "", f"{r.randint(8000, 8999)}", ZH8.landline(r)]),
                "job_number": r.choice(["", f"YF{r.randint(1000, 9999)}", f"{r.randint(20150001, 20249999)}"]),
                "title": r.choice(TITLES),
                "email": fake.free_email() if r.random() < 0.5 else "",
                "org_email": f"{fake.user_name()}@yunfan-tech.cn" if r.random() < 0.7 else "",
                "work_place": r.choice(OFFICES) if r.random() < 0.6 else "",
                "remark": r.choice(["", "", "试用期至2025-03", "外包驻场", "兼任消防员"]),
                "dept_id_list": depts,
                "dept_order_list": [{"dept_id": d, "order": r.randint(1, 2 ** 40)} for d in depts],
                "extension": json.dumps(ext, ensure_ascii=False) if ext else "",
                "hired_date": int((BASE - timedelta(days=r.randint(30, 3000))).timestamp() * 1000),
                "active": r.random() < 0.9,
                "real_authed": r.random() < 0.8,
                "senior": r.random() < 0.05,
                "admin": r.random() < 0.05,
                "boss": False,
                "leader_in_dept": [{"dept_id": d, "leader": r.random() < 0.1} for d in depts],
            }
            if r.random() < 0.3:  # the API leaves out an empty role list
                result["role_list"] = [dict(zip(("id", "name", "group_name"), r.choice(ROLES)))]
            ids.append(uid)
            doc = {"errcode": 0, "errmsg": "ok", "result": result, "request_id": b62(r, 14).lower()}
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- Navicat JSON export of t_device
def t_device(r: random.Random, fake: Faker, out: Path) -> None:
    records = []
    for i in range(420):
        brand, market, code, rom, versions, sdk, (w, h), dpi = r.choice(DEVICES)
        carrier, _ = r.choice(CARRIERS)
        out_route = r.choice(AUDIO_OUT)
        created = when(r, 400) - timedelta(days=400)
        dual = r.random() < 0.6
        records.append({
            "id": 1000 + i,
            "uid": 20000000 + r.randint(0, 900000),
            "imei1": ZH3.imei(r),
            "imei2": ZH3.imei(r) if dual else None,
            "meid": ("A0000" + hexid(r, 9).upper()) if r.random() < 0.3 else None,
            "sn": hexid(r, 12).upper() if r.random() < 0.5 else None,
            "oaid": ZH3.oaid(r),
            "brand": brand,
            "model_code": code,
            "market_name": market,
            "rom_name": rom,
            "rom_ver": r.choice(versions),
            "sdk_int": sdk,
            "scr_res": f"{w}*{h}" if r.random() < 0.5 else f"{h}x{w}",
            "dpi": dpi,
            "bat_lvl": r.randint(1, 100),
            "bat_st": r.choice(BAT_ST),
            "bat_temp": round(r.uniform(22, 43), 1),
            "vol_media": r.randint(0, 15),
            "vol_ring": r.randint(0, 7),
            "ring_mode": r.choice(RING),
            "audio_out": out_route,
            "bt_dev": r.choice(BT) if out_route == "蓝牙耳机" else None,
            "sim_op": carrier if r.random() < 0.9 else None,
            "net_tp": r.choice(NET),
            "tz_id": r.choice(["Asia/Shanghai", "Asia/Shanghai", "GMT+08:00", "Asia/Hong_Kong"]),
            "lang": r.choice(["zh-CN", "zh-CN", "zh-HK", "en-US"]),
            "last_ip": fake.ipv4_public(),
            "is_root": r.choice([0, 0, 0, 1]),
            "is_deleted": r.choice([0, 0, 0, 0, 1]),
            "gmt_create": f"{created:%Y-%m-%d %H:%M:%S}",
            "gmt_modified": f"{created + timedelta(days=r.randint(0, 300)):%Y-%m-%d %H:%M:%S}",
        })
    (out / "t_device.json").write_text(json.dumps({"RECORDS": records}, ensure_ascii=False, indent=2), encoding="utf-8")


# ---------------------------------------------------------------- Oracle-style trail, `|`-separated
DWGJ_HEADER = ["C_LSH", "C_YHBH", "C_SBBH", "N_JD", "N_WD", "N_GC", "N_DWJD", "C_ZBXT", "C_DWLX", "C_JZXX", "C_SFMC", "C_CSMC",
               "C_QXMC", "C_XZQHDM", "C_XXDZ", "C_DDMC", "N_SD", "N_FX", "D_DWSJ", "D_RKSJ", "C_YXBZ"]


def dwgj(r: random.Random, fake: Faker, out: Path) -> None:
    users = [(f"YH{r.randint(10000000, 99999999)}", hexid(r, 16).upper(), r.choice(PLACES)) for _ in range(60)]
    lines = ["|".join(DWGJ_HEADER)]
    for i in range(460):
        user, device, (prov, city, district, adcode, lng, lat, pois) = r.choice(users)
        at = when(r)
        kind = r.choice(["GPS", "GPS", "WIFI", "基站"])
        cell = f"460:{r.choice(['00', '01', '11'])}:{r.randint(10000, 65000)}:{r.randint(1000000, 250000000)}" if kind == "基站" or r.random() < 0.3 else ""
        address = ZH3.address(r, fake, (adcode, prov, city, district)) if r.random() < 0.9 else ""
        lines.append("|".join(str(v) for v in [
            f"{at:%Y%m%d}{i:08d}", user, device, f"{lng + r.uniform(-0.04, 0.04):.8f}", f"{lat + r.uniform(-0.04, 0.04):.8f}",
            f"{r.uniform(5, 60):.1f}", f"{r.choice([5, 10, 15, 30, 65, 550]):.1f}", r.choice(["WGS84", "GCJ02", "BD09"]), kind, cell,
            prov, city, district, adcode, address, r.choice(pois) if r.random() < 0.5 else "", f"{r.uniform(0, 60):.2f}",
            r.randint(0, 359), f"{at:%Y-%m-%d %H:%M:%S}", f"{at + timedelta(seconds=r.randint(1, 90)):%Y-%m-%d %H:%M:%S}",
            r.choice("YYYYN")]))
    (out / "T_YH_DWGJ.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- JD POP order export (.xlsx)
JD_HEADER = ["订单号", "商品ID", "商品名称", "订购数量", "支付方式", "下单时间", "京东价", "订单金额", "结算金额", "余额支付", "应付金额",
             "订单状态", "订单类型", "下单帐号", "客户姓名", "客户地址", "联系电话", "固定电话", "订单备注", "发票类型", "发票抬头",
             "发票内容", "商家备注", "运费金额", "付款确认时间", "订单完成时间", "订单来源"]


def jd_orders(r: random.Random, fake: Faker, out: Path) -> None:
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "订单"
    sheet.append(JD_HEADER)
    for _ in range(440):
        goods_id, goods = r.choice(JD_GOODS)
        at = when(r)
        price = round(r.uniform(9.9, 5999), 2)
        qty = r.choice([1, 1, 1, 2, 3])
        total = round(price * qty, 2)
        balance = round(r.choice([0, 0, 0, min(total, 20.0)]), 2)
        status = r.choice(JD_STATUS)
        phone = fake.phone_number()
        code, prov, city, county = ZH3.division(r)
        address = ZH3.address(r, fake, (code, prov, city, county))
        head = r.choice(INVOICE_HEADS)
        sheet.append([
            int("3" + digits(r, 11)), goods_id, goods, qty, r.choice(JD_PAY), f"{at:%Y-%m-%d %H:%M:%S}", price, total,
            round(total * 0.92, 2), balance, round(total - balance, 2), status, r.choice(["普通订单", "普通订单", "京东国际", "预售订单"]),
            r.choice([f"jd_{hexid(r, 13)}", fake.user_name(), f"jd_{masked(fake.phone_number())}"]),
            r.choice([person(r, fake), person(r, fake), ZH9.surname(person(r, fake)) + "**"]),
            address.replace(prov, prov.rstrip("省") + " ", 1) if r.random() < 0.4 else address,
            masked(phone) if r.random() < 0.4 else phone, ZH8.landline(r) if r.random() < 0.15 else "",
            r.choice(JD_NOTES), r.choice(["电子普通发票", "增值税专用发票", "不开发票"]) if head else "不开发票", head,
            r.choice(["商品明细", "商品类别"]) if head else "", r.choice(JD_SELLER), r.choice([0, 0, 6, 8]),
            f"{at + timedelta(seconds=r.randint(5, 600)):%Y-%m-%d %H:%M:%S}",
            f"{at + timedelta(days=r.randint(1, 6)):%Y-%m-%d %H:%M:%S}" if status == "完成" else "", r.choice(JD_SOURCE)])
    book.save(str(out / "京东订单导出.xlsx"))


# ---------------------------------------------------------------- WeChat Pay merchant trade bill
WX_HEADER = ["交易时间", "公众账号ID", "商户号", "特约商户号", "设备号", "微信订单号", "商户订单号", "用户标识", "交易类型", "交易状态",
             "付款银行", "货币种类", "应结订单金额", "代金券金额", "微信退款单号", "商户退款单号", "退款金额", "充值券退款金额",
             "退款类型", "退款状态", "商品名称", "商户数据包", "手续费", "费率", "订单金额", "申请退款金额", "费率备注"]


def wxpay_bill(r: random.Random, fake: Faker, out: Path) -> None:
    openids = ["o" + b62(r, 5) + "-" + b62(r, 21) if r.random() < 0.3 else "o" + b62(r, 27) for _ in range(150)]
    lines = [",".join(WX_HEADER)]
    count = total = fees = 0.0
    for _ in range(360):
        at = when(r)
        amount = round(r.uniform(1, 300), 2)
        refund = r.random() < 0.08
        fee = round(amount * 0.006, 5)
        count += 1
        total += amount
        fees += fee
        row = [f"{at:%Y-%m-%d %H:%M:%S}", "wx8888888888888888", "1900000109", "0", r.choice(["", "POS-A01", "WEB", "013467007045764"]),
               "42000" + digits(r, 23), f"{at:%Y%m%d%H%M%S}{digits(r, 6)}", r.choice(openids), r.choice(["JSAPI", "NATIVE", "MICROPAY", "APP"]),
               "REFUND" if refund else "SUCCESS", r.choice(WX_BANKS), "CNY", f"{amount:.2f}", "0.00",
               "50300" + digits(r, 24) if refund else "0", f"RF{digits(r, 12)}" if refund else "0", f"{amount:.2f}" if refund else "0.00",
               "0.00", "ORIGINAL" if refund else "", "SUCCESS" if refund else "", r.choice(WX_GOODS),
               r.choice(["", f"uid={20000000 + r.randint(0, 900000)}", "ch=miniapp", "store=HZ001"]), f"{fee:.5f}", "0.60%",
               f"{amount:.2f}", f"{amount:.2f}" if refund else "0.00", ""]
        lines.append(",".join("`" + str(v) for v in row))
    lines.append("总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额")
    lines.append(",".join("`" + v for v in [f"{count:.0f}", f"{total:.2f}", "0.00", "0.00", f"{fees:.5f}", f"{total:.2f}", "0.00"]))
    (out / "wxpay_tradebill.csv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


# ---------------------------------------------------------------- warehouse events (Parquet MAP + struct)
def dws_events(r: random.Random, fake: Faker, out: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    visitors = []
    for _ in range(90):
        device = r.choice(DEVICES)
        place = r.choice(PLACES)
        visitors.append((20000000 + r.randint(0, 900000) if r.random() < 0.7 else None, hexid(r, 32), device, place, fake.ipv4_public(),
                         r.choice(UAS), ZH3.oaid(r), r.choice(CARRIERS)[1]))
    rows = {k: [] for k in ("uid", "did", "evt_cd", "evt_nm", "pg_cd", "ref_pg", "stay_ms", "ext", "ctx", "dt")}
    for _ in range(640):
        uid, did, device, place, ip, ua, oaid, mccmnc = r.choice(visitors)
        brand, market, code, rom, versions, sdk, (w, h), dpi = device
        prov, city, district, adcode, lng, lat, pois = place
        ev, name = r.choice(EVENTS)
        at = when(r)
        ext: list[tuple[str, str]] = []
        if ev == "search":
            ext.append(("kw", r.choice(SEARCHES)))
        if ev in ("goods_click", "add_cart"):
            ext += [("sku_id", str(r.choice(JD_GOODS)[0])), ("pos", str(r.randint(1, 40)))]
        if ev == "comment":
            ext += [("sku_id", str(r.choice(JD_GOODS)[0])), ("star", str(r.randint(1, 5)))]
        if ev == "share":
            ext.append(("channel", r.choice(["wechat_session", "wechat_timeline", "qq", "weibo"])))
        typing = ev in ("search", "comment")
        rows["uid"].append(uid)
        rows["did"].append(did)
        rows["evt_cd"].append(ev)
        rows["evt_nm"].append(name)
        rows["pg_cd"].append(r.choice(PAGES))
        rows["ref_pg"].append(r.choice(PAGES + [None]))
        rows["stay_ms"].append(r.randint(300, 180000))
        rows["ext"].append(ext)
        rows["ctx"].append({
            "ip": ip, "ua": ua, "mdl": code, "os": rom, "os_ver": r.choice(versions), "scr": f"{w}x{h}", "net": r.choice(NET).lower(),
            "isp": mccmnc, "oaid": oaid, "lng": round(lng + r.uniform(-0.03, 0.03), 6) if r.random() < 0.6 else None,
            "lat": round(lat + r.uniform(-0.03, 0.03), 6), "city": city, "bat": r.randint(3, 100),
            "key_itv": [r.randint(60, 420) for _ in range(r.randint(4, 12))] if typing else [],
            "cmt": r.choice(COMMENTS) if ev == "comment" else None, "tz": 480})
        rows["dt"].append(f"{at:%Y%m%d}")
    ctx_type = pa.struct([("ip", pa.string()), ("ua", pa.string()), ("mdl", pa.string()), ("os", pa.string()), ("os_ver", pa.string()),
                          ("scr", pa.string()), ("net", pa.string()), ("isp", pa.string()), ("oaid", pa.string()), ("lng", pa.float64()),
                          ("lat", pa.float64()), ("city", pa.string()), ("bat", pa.int32()), ("key_itv", pa.list_(pa.int32())),
                          ("cmt", pa.string()), ("tz", pa.int32())])
    table = pa.table({
        "uid": pa.array(rows["uid"], pa.int64()), "did": pa.array(rows["did"]), "evt_cd": pa.array(rows["evt_cd"]),
        "evt_nm": pa.array(rows["evt_nm"]), "pg_cd": pa.array(rows["pg_cd"]), "ref_pg": pa.array(rows["ref_pg"]),
        "stay_ms": pa.array(rows["stay_ms"], pa.int64()), "ext": pa.array(rows["ext"], pa.map_(pa.string(), pa.string())),
        "ctx": pa.array(rows["ctx"], ctx_type), "dt": pa.array(rows["dt"])})
    pq.write_table(table, out / "dws_user_action_di.parquet")


# ---------------------------------------------------------------- Spring Boot + MyBatis log
def spring_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines = []
    at = BASE
    pid = 28476

    def line(level: str, thread: str, logger: str, msg: str) -> None:
        stamp = f"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond // 1000:03d}"
        lines.append(f"{stamp} {level:>5} {pid} --- [{thread[-15:]:>15}] {logger:<40} : {msg}")

    line("INFO", "main", "com.yunfan.order.OrderCenterApplication", "Started OrderCenterApplication in 8.214 seconds (JVM running for 9.03)")

    for _ in range(560):
        at += timedelta(milliseconds=r.randint(20, 9000))
        thread = f"nio-8080-exec-{r.randint(1, 10)}"
        uid = 20000000 + r.randint(0, 900000)
        brand, market, code, rom, versions, sdk, _, _ = r.choice(DEVICES)
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        pick = r.random()
        if pick < 0.14:
            line("INFO", thread, "c.y.o.controller.LoginController", f"用户登录成功 userId={uid} 手机号={masked(fake.phone_number())} "
                 f"登录IP={fake.ipv4_public()} 设备={brand} {code} 系统={rom} {r.choice(versions)} 网络={r.choice(NET)}")
        elif pick < 0.26:
            name, phone = person(r, fake), fake.phone_number()
            born = ZH3.born(r)
            mapper = "c.y.o.mapper.UserMapper.insert"
            line("DEBUG", thread, mapper, "==>  Preparing: INSERT INTO t_user (user_name, real_name, mobile, id_card_no, email, reg_ip, "
                 "create_time) VALUES (?, ?, ?, ?, ?, ?, now())")
            line("DEBUG", thread, mapper, f"==> Parameters: {fake.user_name()}(String), {name}(String), {phone}(String), "
                 f"{ZH3.resident_id(r, ZH3.division(r)[0], born)}(String), {fake.free_email()}(String), {fake.ipv4_public()}(String)")
            line("DEBUG", thread, mapper, "<==    Updates: 1")
        elif pick < 0.38:
            mapper = "c.y.o.mapper.AddressMapper.selectDefault"
            line("DEBUG", thread, mapper, "==>  Preparing: SELECT id, consignee, phone, province, city, district, detail FROM "
                 "t_user_address WHERE user_id = ? AND is_default = 1")
            line("DEBUG", thread, mapper, f"==> Parameters: {uid}(Long)")
            line("DEBUG", thread, mapper, "<==    Columns: id, consignee, phone, province, city, district, detail")
            code_, p, c, d = ZH3.division(r)
            full = ZH3.address(r, fake, (code_, p, c, d))
            detail = full[len(c if p == c else p + c) + len(d):]
            line("DEBUG", thread, mapper, f"<==        Row: {r.randint(1, 99999)}, {person(r, fake)}, {fake.phone_number()}, {p}, {c}, {d}, {detail}")
            line("DEBUG", thread, mapper, "<==      Total: 1")
        elif pick < 0.52:
            token = "0" + digits(r, 14) + hexid(r, 40).upper() + "CN01" if brand == "HUAWEI" else hexid(r, 64)
            line("INFO", thread, "c.y.o.service.impl.DeviceServiceImpl", f"设备上报 uid={uid} token={token} oaid={ZH3.oaid(r)} "
                 f"品牌={brand} 型号={code} 系统={rom} {r.choice(versions)} 电量={r.randint(1, 100)}% "
                 f"{r.choice(['充电中', '未充电'])} 网络={r.choice(NET)} 运营商={r.choice(CARRIERS)[0]}")
        elif pick < 0.64:
            line("INFO", thread, "c.y.o.service.impl.LbsServiceImpl", f"定位更新 uid={uid} 经纬度={lng + r.uniform(-0.03, 0.03):.6f},"
                 f"{lat + r.uniform(-0.03, 0.03):.6f} 城市={city} 区县={district} 附近={r.choice(pois)}")
        elif pick < 0.74:
            line("INFO", thread, "c.y.o.config.AccessLogFilter", f"请求开始 GET /api/v2/goods/{r.choice(JD_GOODS)[0]} "
                 f"ip={fake.ipv4_public()} uid={uid} ua=\"{r.choice(UAS)}\"")
        elif pick < 0.82:
            users = ["01" + digits(r, 15) for _ in range(r.randint(1, 2))]
            body = {"EventType": r.choice(["user_add_org", "user_modify_org", "user_leave_org"]), "TimeStamp": str(int(at.timestamp() * 1000)),
                    "UserId": users, "CorpId": "ding" + hexid(r, 16)}
            line("INFO", f"callback-{r.randint(1, 4)}", "c.y.o.dingtalk.CallbackController", f"收到钉钉回调：{json.dumps(body, ensure_ascii=False)}")
        elif pick < 0.90:
            line("INFO", "mail-sender-1", "c.y.o.notify.MailNotifier", f"发送发货通知邮件，收件人：{fake.free_email()}，"
                 f"收货人：{person(r, fake)}，订单号：3{digits(r, 11)}")
        elif pick < 0.96:
            born = ZH3.born(r)
            idn = ZH3.resident_id(r, ZH3.division(r)[0], born)
            line("ERROR", thread, "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] threw "
                 "exception")
            lines.extend([f"java.lang.IllegalArgumentException: 实名认证失败，姓名与身份证号不一致：{person(r, fake)}，{idn}",
                          "\tat com.yunfan.order.service.impl.RealNameServiceImpl.verify(RealNameServiceImpl.java:88)",
                          "\tat com.yunfan.order.controller.UserController.realName(UserController.java:142)",
                          "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)"])
        else:
            line("INFO", "scheduling-1", "c.y.o.job.OrderTimeoutJob", f"关闭超时未支付订单 {r.randint(1, 40)} 笔，耗时 {r.randint(5, 900)} ms")
    (out / "order-center.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [dingtalk_users, t_device, dwgj, jd_orders, wxpay_bill, dws_events, spring_log]


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    import openpyxl
    import pyarrow.parquet as pq
    users: set[str] = set()
    for text in (out / "dingtalk_users.ndjson").read_text(encoding="utf-8").splitlines():
        users |= ZH9._paths(json.loads(text))
    events = set()
    for f in pq.read_schema(out / "dws_user_action_di.parquet"):
        events |= {f"ctx.{c.name}" for c in f.type} if f.name == "ctx" else {f.name}
    fields: dict[str, set[str]] = {
        "dingtalk_users.ndjson": users,
        "t_device.json": ZH9._paths(json.loads((out / "t_device.json").read_text(encoding="utf-8"))),
        "T_YH_DWGJ.csv": set(DWGJ_HEADER),
        "京东订单导出.xlsx": {c.value for c in next(openpyxl.load_workbook(out / "京东订单导出.xlsx", read_only=True).active.rows)},
        "wxpay_tradebill.csv": set(WX_HEADER),
        "dws_user_action_di.parquet": events,
    }
    return check_labels(out, fields, labels, ("order-center.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20241215, HERE / "labels.csv"))
