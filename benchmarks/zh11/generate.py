"""Generate the eleventh Chinese benchmark (benchmarks/zh11), in styles zh … zh10 do not use.

usage: python benchmarks/zh11/generate.py OUT_DIR [--seed N] [--verify]

Six tables of users, employees, devices, locations, orders and interaction events, and an
application log, in vendors' schemas and file habits the earlier sets left out:

- `fa_user.csv.gz`: a **FastAdmin (ThinkPHP) `fa_user` table** as phpMyAdmin's "CSV for MS
  Excel" writes it (`;`-separated, every cell quoted, `NULL` for nulls), **gzipped**: FastAdmin's
  documented columns (`username`, `nickname`, `mobile`, `loginip`, `joinip`, `jointime` as Unix
  seconds, `verification` JSON text, `token`) and a site's own additions (`realname`, `idcard`);
- `UFDATA_001_2024.sql`: a **SQL Server script** of a **Yonyou U8 (用友) `hr_hi_person`** table
  as SSMS's "Generate Scripts" writes it (**UTF-16LE with a BOM**, `[dbo].[…]` brackets, `N'…'`
  strings, `CAST(N'…' AS DateTime)`, `GO` batches), columns in U8's **Hungarian prefixes**
  (`cPsn_Name`, `dBirthDate`, `vIDNo`, `cPsnMobilePhone`, `rNational`), some explained only by
  `sp_addextendedproperty` **`MS_Description`**s in Chinese;
- `bugly_crash.ndjson`: a **Tencent Bugly** crash export, one crash a line: `crashMap` in
  camelCase English abbreviations (`deviceId`, `osVer`, `rom`, `cpuType`, `freeMem`, `isRooted`,
  `userId`, `ip`) and a `valueMap` of the app's own Han keys (`电量`, `耳机`, `网络`);
- `T_SAL_ORDER.csv`: a **Kingdee K/3 Cloud (金蝶) sales order** table exported with its
  **upper-case `F`-prefixed glued English names** (`FBILLNO`, `FLINKMAN`, `FLINKPHONE`,
  `FRECEIVEADDRESS`, `FSALERNAME`), CRLF;
- `bike_points.json`: a shared-bike platform's **GeoJSON `FeatureCollection`** of lock reports
  (`geometry.coordinates` as a `[lng, lat]` array, Han `properties`: `骑行订单号`, `用户ID`,
  `车锁IMEI`, `定位精度`, `所在城市`, `街道`);
- `td_events.json`: a **TalkingData**-style event export as **one top-level JSON array**
  (`tdid`, `eventId` in Han, `params` with Han keys, `pixel` `1080*2340*480`, `timezone` `8`,
  `account.accountId`);
- `thinkphp_20241215.log`: a **ThinkPHP 5** application log (`[ 2024-12-15T10:00:00+08:00 ] ip
  METHOD url` request headers, `[ info ]`, `[ sql ]` lines with `[ RunTime:… ]`, `[ error ]`, and
  PHP **`var_export` arrays** `'mobile' => '138…',` spread over lines for `[ PARAM ]`/`[ HEADER ]`).

Values are drawn from public data: person names, mobiles, user names, e-mail and IPv4
addresses from Faker's zh_CN locale (MIT); GB/T 2260 divisions, addresses, resident identity
numbers, IMEIs and OAIDs through benchmarks/zh3's generator (python-stdnum's data and check);
devices, vendor field names and messages written for this benchmark from public knowledge
(FastAdmin's `fa_user` schema, U8's `hr_hi_person` columns, Bugly's crash fields, K/3 Cloud's
`T_SAL_ORDER` fields, GeoJSON RFC 7946, TalkingData's export fields, ThinkPHP 5's log format).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import random
import string
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelcheck import check_labels, generator_main, load_generator  # noqa: E402
from zhwriters import csv_text  # noqa: E402

BASE = datetime(2024, 12, 15, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
ZH3 = load_generator("zh3")  # GB/T 2260 divisions, identity numbers, addresses, IMEIs, OAIDs
ZH8 = load_generator("zh8")
ZH9 = load_generator("zh9")  # compound-surname and minority names
ZH10 = load_generator("zh10")  # devices, places, user agents
digits, hexid = ZH8.digits, ZH8.hexid
faker, masked, person = ZH3.faker, ZH3.masked, ZH9.person
DEVICES, PLACES, UAS, CARRIERS = ZH10.DEVICES, ZH10.PLACES, ZH10.UAS, ZH10.CARRIERS
B62 = string.ascii_letters + string.digits

BIOS = ["", "", "这个人很懒，什么也没留下", "热爱生活，热爱跑步", "二胎宝妈，专注育儿好物", "数码控 | 摄影 | 旅行", "做一个温柔的人",
        "考研上岸中，勿扰", "喜欢猫，也喜欢狗"]
NATIONS = ["汉族"] * 12 + ["回族", "满族", "壮族", "维吾尔族", "土家族", "蒙古族", "藏族", "苗族"]
NATIVE = ["浙江杭州", "江苏南京", "四川成都", "湖北武汉", "河南郑州", "山东济南", "广东梅州", "安徽合肥", "湖南长沙", "黑龙江哈尔滨"]
PSN_TYPES = ["正式工", "正式工", "合同工", "实习生", "劳务派遣", "退休返聘"]
EMPLOY = ["在职", "在职", "在职", "离职", "试用"]
DEPTS = ["0101", "0102", "0201", "0202", "0301", "04"]
EDUCATION = ["本科", "本科", "硕士研究生", "大专", "高中", "博士研究生"]
BANKS = ["中国工商银行杭州分行", "中国建设银行", "招商银行", "中国农业银行", "交通银行"]
POSTS = ["销售代表", "仓管员", "会计", "采购专员", "人事专员", "生产主管", "质检员", "司机"]
CRASH_TYPES = [("java.lang.NullPointerException", "Attempt to invoke virtual method 'java.lang.String android.content.Context.getPackageName()' on a null object reference"),
               ("java.lang.OutOfMemoryError", "Failed to allocate a 33177612 byte allocation with 4194304 free bytes"),
               ("SIGSEGV(SEGV_MAPERR)", "signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0"),
               ("java.lang.IllegalStateException", "Fragment HomeFragment not attached to a context."),
               ("android.view.WindowManager$BadTokenException", "Unable to add window -- token null is not valid; is your activity running?")]
SCENES = ["首页", "商品详情", "购物车", "直播间", "我的订单", "搜索结果"]
HEADPHONES = ["无", "无", "有线耳机", "蓝牙耳机", "蓝牙耳机"]
CUSTOMERS = ["杭州云帆网络科技有限公司", "成都锦城贸易有限公司", "武汉长江电子商务有限公司", "个人客户", "南京金陵家居有限公司",
             "深圳前海优品供应链有限公司"]
MATERIALS = [("1.01.001", "不锈钢保温杯 500ml", "个"), ("1.02.003", "纯棉毛巾 3条装", "套"), ("2.01.010", "有机大米 10kg", "袋"),
             ("3.05.002", "蓝牙音箱 X3", "台"), ("1.03.020", "办公椅 人体工学", "把")]
DOC_STATUS = ["A", "B", "C", "C", "C", "D"]  # 创建 审核中 已审核 重新审核
SETTLE = ["月结30天", "款到发货", "货到付款", "月结60天"]
ORDER_NOTES = ["", "", "", "加急", "客户自提", "送货前电话联系", "发票随货"]
BIKE_CITIES = [(p[1], p[2], p[4], p[5]) for p in PLACES]
STREETS = ["文三路", "学院路", "中关村大街", "深南大道", "春熙路", "珞喻路", "长安南路", "天目山路", "科技园南路"]
LOCK_EVENTS = ["开锁", "骑行中", "骑行中", "骑行中", "临时锁车", "还车"]
TD_EVENTS = [("浏览商品", "商品详情页"), ("搜索", "搜索页"), ("加入购物车", "商品详情页"), ("提交订单", "确认订单页"), ("发表评论", "评价页"),
             ("分享", "商品详情页"), ("启动", "")]
SEARCHES = ["空气炸锅", "羽绒服 男 中长款", "儿童绘本 3-6岁", "猫粮 无谷", "无线耳机 降噪", "保温饭盒", "电动牙刷 软毛"]
COMMENTS = ["质量不错，跟图片一样", "发货太慢了，等了一周", "第二次买了，家里人都说好", "味道一般般", "包装破损，客服处理很及时"]
APPS = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao", "com.xunmeng.pinduoduo",
        "com.sankuai.meituan", "com.autonavi.minimap", "tv.danmaku.bili"]
CHANNELS = ["huawei", "xiaomi", "oppo", "vivo", "yingyongbao", "AppStore", "baidu"]


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def b62(r: random.Random, n: int) -> str:
    return "".join(r.choice(B62) for _ in range(n))


def unix(at: datetime) -> int:
    return int(at.timestamp())


# ---------------------------------------------------------------- FastAdmin fa_user, phpMyAdmin CSV for MS Excel, gzipped
FA_HEADER = ["id", "group_id", "username", "nickname", "password", "salt", "email", "mobile", "avatar", "level", "gender", "birthday",
             "bio", "money", "score", "successions", "maxsuccessions", "prevtime", "logintime", "loginip", "loginfailure", "joinip",
             "jointime", "createtime", "updatetime", "token", "status", "verification", "realname", "idcard", "province", "city",
             "wx_openid"]


def fa_user(r: random.Random, fake: Faker, out: Path) -> None:
    rows = []
    for i in range(460):
        phone = fake.phone_number()
        joined = when(r, 700) - timedelta(days=700)
        login = joined + timedelta(days=r.randint(0, 690))
        born = ZH3.born(r)
        code, prov, city, county = ZH3.division(r)
        verified = r.random() < 0.35
        nick = r.choice([ZH3.nickname(r, fake), ZH3.nickname(r, fake), masked(phone), person(r, fake)])
        rows.append([
            i + 1, r.choice([1, 1, 1, 2]), r.choice([phone, fake.user_name(), f"u{digits(r, 8)}"]), nick,
            hashlib.md5(f"{i}{phone}".encode()).hexdigest(), b62(r, 6).lower(),
            fake.free_email() if r.random() < 0.5 else "", phone,
            r.choice(["", "/assets/img/avatar.png", f"/uploads/{joined:%Y%m%d}/{hexid(r, 32)}.jpg"]),
            r.randint(0, 5), r.choice([0, 1, 1]), f"{born:%Y-%m-%d}" if r.random() < 0.7 else "NULL", r.choice(BIOS),
            f"{r.choice([0, 0, r.uniform(0, 999)]):.2f}", r.randint(0, 5000), r.randint(1, 9), r.randint(1, 30),
            unix(login - timedelta(days=r.randint(1, 20))), unix(login), fake.ipv4_public(), r.choice([0, 0, 0, 1, 2]),
            fake.ipv4_public(), unix(joined), unix(joined), unix(login), str(uuid.UUID(int=r.getrandbits(128), version=4)),
            r.choice(["normal", "normal", "normal", "hidden"]), json.dumps({"email": r.choice([0, 1]), "mobile": 1}),
            person(r, fake) if verified else "", ZH3.resident_id(r, code, born) if verified else "",
            prov if r.random() < 0.8 else "", city if r.random() < 0.8 else "",
            "o" + b62(r, 5) + "-" + b62(r, 21) if r.random() < 0.4 else ""])
    text = csv_text(FA_HEADER, ([("NULL" if v == "" and h in ("birthday", "realname", "idcard") else v) for h, v in zip(FA_HEADER, row)]
                                for row in rows), delimiter=";", quoting=1, lineterminator="\r\n")
    with gzip.GzipFile(out / "fa_user.csv.gz", "wb", mtime=0) as fh:
        fh.write(text.encode("utf-8"))


# ---------------------------------------------------------------- Yonyou U8 hr_hi_person, SSMS script, UTF-16LE
# (column, SQL type, MS_Description or None)
U8_COLUMNS = [
    ("cPsn_Num", "nvarchar](20", "人员编码"), ("cPsn_Name", "nvarchar](40", None), ("cDept_num", "nvarchar](12", "部门编码"),
    ("rSex", "nvarchar](2", None), ("dBirthDate", "datetime", None), ("rNational", "nvarchar](20", "民族"),
    ("rNativePlace", "nvarchar](40", "籍贯"), ("vIDNo", "nvarchar](30", None), ("rPersonType", "nvarchar](20", "人员类别"),
    ("rEmployState", "nvarchar](20", "雇佣状态"), ("dEnterDate", "datetime", "到职日期"), ("cPsnMobilePhone", "nvarchar](100", None),
    ("cPsnOPhone", "nvarchar](100", "办公电话"), ("cPsnEmail", "nvarchar](100", None), ("cPsnPostAddr", "nvarchar](200", "通讯地址"),
    ("cPsnFAddr", "nvarchar](200", "家庭住址"), ("cPsnQQ", "nvarchar](40", None), ("vBankName", "nvarchar](60", "工资卡开户行"),
    ("cPsnAccount", "nvarchar](40", "工资卡账号"), ("rEducation", "nvarchar](20", "学历"), ("cDuty", "nvarchar](40", "职务"),
    ("cPsnProperty", "nvarchar](40", "人员属性"), ("cJJLXR", "nvarchar](40", "紧急联系人"), ("cJJLXDH", "nvarchar](40", "紧急联系电话"),
    ("pk_hr_hi_person", "uniqueidentifier", None), ("ts", "datetime", None),
]


def _nq(v) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, datetime):
        return f"CAST(N'{v:%Y-%m-%dT%H:%M:%S}.000' AS DateTime)"
    return "N'" + str(v).replace("'", "''") + "'"


def u8_person(r: random.Random, fake: Faker, out: Path) -> None:
    lines = ["USE [UFDATA_001_2024]", "GO", "/****** Object:  Table [dbo].[hr_hi_person]    Script Date: 2024/12/15 10:12:33 ******/",
             "SET ANSI_NULLS ON", "GO", "SET QUOTED_IDENTIFIER ON", "GO", "CREATE TABLE [dbo].[hr_hi_person]("]
    for name, kind, _ in U8_COLUMNS:
        typ = f"[{kind})" if "]" in kind else f"[{kind}]"
        lines.append(f"\t[{name}] {typ} {'NOT NULL' if name in ('cPsn_Num', 'pk_hr_hi_person') else 'NULL'},")
    lines += [" CONSTRAINT [PK_hr_hi_person] PRIMARY KEY CLUSTERED ", "(", "\t[cPsn_Num] ASC",
              ")WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) "
              "ON [PRIMARY]", ") ON [PRIMARY]", "GO"]
    names = ", ".join(f"[{c[0]}]" for c in U8_COLUMNS)
    for i in range(380):
        born = ZH3.born(r)
        code, prov, city, county = ZH3.division(r)
        male = r.random() < 0.55
        entered = datetime(2005, 1, 1) + timedelta(days=r.randint(0, 7000))
        row = [f"{i + 1:04d}", person(r, fake), r.choice(DEPTS), "男" if male else "女", datetime(born.year, born.month, born.day),
               r.choice(NATIONS), r.choice(NATIVE), ZH3.resident_id(r, code, born), r.choice(PSN_TYPES), r.choice(EMPLOY), entered,
               fake.phone_number(), ZH8.landline(r) if r.random() < 0.5 else None, fake.free_email() if r.random() < 0.6 else None,
               ZH3.address(r, fake) if r.random() < 0.7 else None, ZH3.address(r, fake, (code, prov, city, county)),
               str(r.randint(10000, 2999999999)) if r.random() < 0.5 else None, r.choice(BANKS), ZH3.unionpay(r).replace(" ", ""),
               r.choice(EDUCATION), r.choice(POSTS), r.choice(["管理人员", "销售人员", "生产人员", "行政人员"]),
               person(r, fake) if r.random() < 0.6 else None, None, str(uuid.UUID(int=r.getrandbits(128), version=4)).upper(),
               entered + timedelta(days=r.randint(0, 2000))]
        row[23] = fake.phone_number() if row[22] else None
        lines.append(f"INSERT [dbo].[hr_hi_person] ({names}) VALUES ({', '.join(_nq(v) for v in row)})")
    lines.append("GO")
    for name, _, desc in U8_COLUMNS:
        if desc:
            lines += [f"EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'{desc}' , @level0type=N'SCHEMA',"
                      f"@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'hr_hi_person', @level2type=N'COLUMN',"
                      f"@level2name=N'{name}'", "GO"]
    (out / "UFDATA_001_2024.sql").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))  # BOM + UTF-16LE as SSMS saves


# ---------------------------------------------------------------- Tencent Bugly crash export
def bugly(r: random.Random, fake: Faker, out: Path) -> None:
    users = [(str(30000000 + r.randint(0, 900000)) if r.random() < 0.8 else "", r.choice(DEVICES), hexid(r, 32), fake.ipv4_public(),
              r.choice(CHANNELS)) for _ in range(120)]
    with (out / "bugly_crash.ndjson").open("w", encoding="utf-8") as fh:
        for i in range(420):
            uid, device, did, ip, channel = r.choice(users)
            brand, market, code, rom, versions, sdk, (w, h), dpi = device
            exc, msg = r.choice(CRASH_TYPES)
            at = when(r)
            value_map = {}
            if r.random() < 0.8:
                value_map = {"电量": f"{r.randint(1, 100)}%", "充电": r.choice(["是", "否", "否"]), "耳机": r.choice(HEADPHONES),
                             "网络": r.choice(["WIFI", "4G", "5G"]), "场景": r.choice(SCENES)}
            doc = {
                "crashMap": {
                    "crashId": str(uuid.UUID(int=r.getrandbits(128), version=4)).upper(), "issueId": str(r.randint(100000, 999999)),
                    "crashTime": f"{at:%Y-%m-%d %H:%M:%S} {r.randint(0, 999):03d}", "uploadTime": f"{at + timedelta(seconds=r.randint(1, 300)):%Y-%m-%d %H:%M:%S}",
                    "productVersion": r.choice(["5.12.0", "5.12.1", "5.13.0"]), "bundleId": "com.yunfan.shop", "channelId": channel,
                    "deviceId": did, "model": f"{brand} {code}", "brand": brand, "osVer": f"Android {sdk - 20}" if sdk > 30 else "Android 12",
                    "rom": f"{rom} {r.choice(versions)}", "cpuType": r.choice(["arm64-v8a", "armeabi-v7a"]),
                    "isRooted": r.choice(["false", "false", "true"]), "freeMem": r.randint(100, 6000) * 1048576,
                    "freeStorage": r.randint(1, 200) * 1073741824, "totalSD": 0, "userId": uid, "ip": ip,
                    "expName": exc, "expMessage": msg, "threadName": r.choice(["main", "RxCachedThreadScheduler-2", "OkHttp Dispatcher"]),
                    "launchTime": r.randint(200, 900000), "elapsedTime": r.randint(1, 86400), "appInBack": r.choice(["false", "true"]),
                },
                "valueMap": value_map,
                "userSceneTag": r.choice([0, 0, 1042, 2087]),
                "callStack": f"{exc}: {msg}\n\tat com.yunfan.shop.ui.{r.choice(['Home', 'Detail', 'Cart'])}Fragment.onResume(SourceFile:{r.randint(10, 900)})",
            }
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- Kingdee K/3 Cloud T_SAL_ORDER
KD_HEADER = ["FID", "FBILLNO", "FDATE", "FDOCUMENTSTATUS", "FCUSTNUMBER", "FCUSTNAME", "FLINKMAN", "FLINKPHONE", "FRECEIVEADDRESS",
             "FRECEIVERID", "FSALERNAME", "FSALEDEPTNAME", "FMATERIALNUMBER", "FMATERIALNAME", "FUNITNAME", "FQTY", "FTAXPRICE",
             "FALLAMOUNT", "FSETTLETYPE", "FNOTE", "FCREATORNAME", "FCREATEDATE", "FAPPROVERNAME", "FAPPROVEDATE", "FCANCELSTATUS"]


def kingdee_orders(r: random.Random, fake: Faker, out: Path) -> None:
    salers = [person(r, fake) for _ in range(8)]
    clerks = [person(r, fake) for _ in range(3)]
    rows = []
    for i in range(440):
        at = when(r, 90) - timedelta(days=60)
        mat, mname, unit = r.choice(MATERIALS)
        qty = r.choice([1, 2, 5, 10, 20, 50])
        price = round(r.uniform(12, 899), 2)
        status = r.choice(DOC_STATUS)
        cust = r.choice(CUSTOMERS)
        phone = fake.phone_number() if r.random() < 0.8 else ZH8.landline(r)
        rows.append([
            100000 + i, f"XSDD{at:%Y%m}{i:05d}", f"{at:%Y-%m-%d} 00:00:00", status, f"CUST{r.randint(1, 400):04d}", cust,
            person(r, fake), phone, ZH3.address(r, fake), r.choice(["", f"CUST{r.randint(1, 400):04d}"]), r.choice(salers),
            r.choice(["华东销售部", "西南销售部", "电商部"]), mat, mname, unit, qty, f"{price:.6f}", f"{price * qty:.2f}", r.choice(SETTLE),
            r.choice(ORDER_NOTES), r.choice(clerks), f"{at:%Y-%m-%d %H:%M:%S}", r.choice(clerks) if status == "C" else "",
            f"{at + timedelta(hours=r.randint(1, 48)):%Y-%m-%d %H:%M:%S}" if status == "C" else "", r.choice(["A", "A", "A", "B"])])
    (out / "T_SAL_ORDER.csv").write_bytes(csv_text(KD_HEADER, rows, lineterminator="\r\n").encode("utf-8"))


# ---------------------------------------------------------------- shared-bike lock reports, GeoJSON
def bike_points(r: random.Random, fake: Faker, out: Path) -> None:
    features = []
    riders = [(str(r.randint(10 ** 9, 10 ** 10 - 1)), masked(fake.phone_number())) for _ in range(80)]
    for i in range(520):
        city, district, lng, lat = r.choice(BIKE_CITIES)
        uid, phone = r.choice(riders)
        at = when(r)
        x, y = round(lng + r.uniform(-0.05, 0.05), 6), round(lat + r.uniform(-0.05, 0.05), 6)
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [x, y]},
            "properties": {
                "骑行订单号": f"QX{at:%Y%m%d}{digits(r, 10)}", "用户ID": uid, "手机尾号": phone[-4:], "车辆编号": str(r.randint(8600000000, 8699999999)),
                "车锁IMEI": ZH3.imei(r), "上报类型": r.choice(LOCK_EVENTS), "定位时间": f"{at:%Y-%m-%d %H:%M:%S}",
                "定位精度": round(r.uniform(3, 60), 1), "坐标系": r.choice(["GCJ02", "WGS84"]), "速度": round(r.uniform(0, 25), 1),
                "锁电量": r.randint(5, 100), "所在城市": city, "区县": district, "街道": r.choice(STREETS),
                "停车点": r.choice(["", "", "地铁站B口停车点", "小区东门停车点", "公司楼下"]),
            },
        })
    doc = {"type": "FeatureCollection", "name": "bike_points", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
           "features": features}
    (out / "bike_points.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


# ---------------------------------------------------------------- TalkingData-style events, one JSON array
def td_events(r: random.Random, fake: Faker, out: Path) -> None:
    devices = []
    for _ in range(110):
        device = r.choice(DEVICES)
        devices.append((hexid(r, 32), "3" + hexid(r, 32), device, r.choice(CARRIERS), fake.ipv4_public(), ZH3.oaid(r),
                        str(30000000 + r.randint(0, 900000)) if r.random() < 0.6 else None, r.choice(PLACES), r.choice(CHANNELS)))
    events = []
    for _ in range(600):
        did, tdid, device, (carrier, mccmnc), ip, oaid, uid, place, channel = r.choice(devices)
        brand, market, code, rom, versions, sdk, (w, h), dpi = device
        prov, city, district, adcode, lng, lat, pois = place
        ev, page = r.choice(TD_EVENTS)
        at = when(r)
        params: dict = {}
        if page:
            params["页面"] = page
        if ev == "搜索":
            params["搜索词"] = r.choice(SEARCHES)
            params["输入间隔"] = [r.randint(60, 400) for _ in range(r.randint(3, 10))]
        if ev == "发表评论":
            params["评论内容"] = r.choice(COMMENTS)
            params["输入间隔"] = [r.randint(60, 400) for _ in range(r.randint(5, 14))]
        if ev in ("浏览商品", "加入购物车"):
            params["商品ID"] = str(r.choice(ZH10.JD_GOODS)[0])
            params["停留时长"] = r.randint(1, 300)
        if ev == "启动":
            params["已安装应用"] = ",".join(r.sample(APPS, r.randint(2, 5)))
        events.append({
            "tdid": tdid, "deviceId": did, "oaid": oaid, "appKey": "A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6", "appVersion": r.choice(["5.12.0", "5.13.0"]),
            "channel": channel, "platform": "Android", "eventId": ev, "label": page, "params": params, "occurTime": int(at.timestamp() * 1000),
            "sessionId": hexid(r, 16), "brand": brand, "model": code, "osVersion": f"{rom} {r.choice(versions)}", "pixel": f"{w}*{h}*{dpi}",
            "carrier": r.choice([carrier, mccmnc]), "net": r.choice(["WIFI", "4G", "5G", "WIFI"]), "language": "zh", "timezone": 8,
            "ip": ip, "country": "中国", "province": prov, "city": city,
            "lat": round(lat + r.uniform(-0.03, 0.03), 6) if r.random() < 0.5 else None, "lng": round(lng + r.uniform(-0.03, 0.03), 6),
            "account": {"accountId": uid, "accountType": "手机号" if uid else None},
        })
    (out / "td_events.json").write_text(json.dumps(events, ensure_ascii=False, indent=1), encoding="utf-8")


# ---------------------------------------------------------------- ThinkPHP 5 log
def _var_export(d: dict) -> list[str]:
    return ["array ("] + [f"  '{k}' => {v if isinstance(v, int) else repr(str(v))}," for k, v in d.items()] + [")"]


def thinkphp_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines = []
    at = BASE
    for _ in range(260):
        at += timedelta(seconds=r.randint(1, 240))
        ip = fake.ipv4_public()
        uid = 30000000 + r.randint(0, 900000)
        brand, market, code, rom, versions, sdk, (w, h), dpi = r.choice(DEVICES)
        prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
        stamp = f"{at:%Y-%m-%dT%H:%M:%S}+08:00"
        pick = r.random()
        lines.append("---------------------------------------------------------------")
        if pick < 0.2:
            phone = fake.phone_number()
            lines.append(f"[ {stamp} ] {ip} POST www.yunfan-shop.cn/api/user/mobilelogin")
            lines.append(f"[ info ] www.yunfan-shop.cn/api/user/mobilelogin [运行时间：0.0{r.randint(10, 99)}s][吞吐率：{r.randint(10, 90)}.00req/s]")
            lines.append("[ info ] [ HEADER ] " + "\n".join(_var_export({"host": "www.yunfan-shop.cn", "x-real-ip": ip,
                                                                         "user-agent": r.choice(UAS), "content-type": "application/json"})))
            lines.append("[ info ] [ PARAM ] " + "\n".join(_var_export({"mobile": phone, "captcha": str(r.randint(1000, 9999))})))
            lines.append(f"[ sql ] [ SQL ] SELECT * FROM `fa_user` WHERE  `mobile` = '{phone}' LIMIT 1 [ RunTime:0.000{r.randint(300, 999)}s ]")
            lines.append(f"[ info ] 用户登录成功 uid={uid} 手机号={masked(phone)} 登录IP={ip}")
        elif pick < 0.35:
            name, born = person(r, fake), ZH3.born(r)
            idn = ZH3.resident_id(r, ZH3.division(r)[0], born)
            lines.append(f"[ {stamp} ] {ip} POST www.yunfan-shop.cn/api/user/realname")
            lines.append("[ info ] [ PARAM ] " + "\n".join(_var_export({"realname": name, "idcard": idn, "token": str(uuid.UUID(int=r.getrandbits(128)))})))
            if r.random() < 0.4:
                lines.append(f"[ error ] [0]实名认证失败：姓名{name}与身份证号{idn}不一致[/www/wwwroot/shop/application/api/controller/User.php:212]")
            else:
                lines.append(f"[ sql ] [ SQL ] UPDATE `fa_user`  SET `realname` = '{name}' , `idcard` = '{idn}'  WHERE  `id` = {uid} [ RunTime:0.001{r.randint(100, 999)}s ]")
        elif pick < 0.55:
            lines.append(f"[ {stamp} ] {ip} POST www.yunfan-shop.cn/api/device/report")
            lines.append("[ info ] [ PARAM ] " + "\n".join(_var_export({"uid": uid, "oaid": ZH3.oaid(r), "brand": brand, "model": code,
                                                                        "os": f"{rom} {r.choice(versions)}", "screen": f"{w}*{h}",
                                                                        "battery": r.randint(1, 100), "network": r.choice(["wifi", "4g", "5g"]),
                                                                        "carrier": r.choice(CARRIERS)[0]})))
            lines.append(f"[ info ] 设备上报 uid={uid} 品牌={brand} 型号={code} 电量={r.randint(1, 100)}% 耳机={r.choice(HEADPHONES)}")
        elif pick < 0.7:
            x, y = lng + r.uniform(-0.03, 0.03), lat + r.uniform(-0.03, 0.03)
            lines.append(f"[ {stamp} ] {ip} GET www.yunfan-shop.cn/api/store/nearby?lng={x:.6f}&lat={y:.6f}")
            lines.append(f"[ info ] 附近门店查询 用户{uid} 位置({x:.6f},{y:.6f}) 城市={city}{district}")
        elif pick < 0.85:
            name, phone = person(r, fake), fake.phone_number()
            addr = ZH3.address(r, fake)
            lines.append(f"[ {stamp} ] {ip} POST www.yunfan-shop.cn/api/order/create")
            lines.append("[ info ] [ PARAM ] " + "\n".join(_var_export({"consignee": name, "mobile": phone, "address": addr,
                                                                        "goods_id": r.randint(1000, 9999), "num": r.randint(1, 3)})))
            lines.append(f"[ sql ] [ SQL ] INSERT INTO `fa_order` (`user_id` , `consignee` , `mobile` , `address`) VALUES ({uid} , '{name}' , "
                         f"'{phone}' , '{addr}') [ RunTime:0.00{r.randint(1000, 9999)}s ]")
            lines.append(f"[ info ] 下单成功，收货人：{name}，电话：{masked(phone)}，邮件通知：{fake.free_email()}")
        else:
            lines.append(f"[ {stamp} ] {ip} GET www.yunfan-shop.cn/api/index/index")
            lines.append(f"[ sql ] [ DB ] CONNECT:[ UseTime:0.00{r.randint(1000, 9999)}s ] mysql:host=127.0.0.1;port=3306;dbname=shop;charset=utf8mb4")
            lines.append(f"[ sql ] [ SQL ] SHOW COLUMNS FROM `fa_config` [ RunTime:0.00{r.randint(1000, 9999)}s ]")
    (out / "thinkphp_20241215.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [fa_user, u8_person, bugly, kingdee_orders, bike_points, td_events, thinkphp_log]


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    crashes: set[str] = set()
    for text in (out / "bugly_crash.ndjson").read_text(encoding="utf-8").splitlines():
        crashes |= ZH9._paths(json.loads(text))
    bikes = ZH9._paths(json.loads((out / "bike_points.json").read_text(encoding="utf-8")))
    fields: dict[str, set[str]] = {
        "fa_user.csv.gz": set(FA_HEADER),
        "dbo.hr_hi_person": {c[0] for c in U8_COLUMNS},
        "bugly_crash.ndjson": crashes,
        "T_SAL_ORDER.csv": set(KD_HEADER),
        "bike_points.json": bikes,
        "td_events.json": ZH9._paths(json.loads((out / "td_events.json").read_text(encoding="utf-8"))),
    }
    return check_labels(out, fields, labels, ("thinkphp_20241215.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20241216, HERE / "labels.csv"))
