"""Generate the thirtieth Chinese benchmark (benchmarks/zh30): a clinic's HIS (staff, patients,
registrations, payments with WeChat and Alipay, logins), a community grid's population register
(residents with identity numbers, households, buildings with their managers and owners), an ESP32-CAM
smart home's sensor and device tables, a community service's residents, elders and reported events,
and the clinic's Go server log.

usage: python benchmarks/zh30/generate.py OUT_DIR [--seed N] [--verify]

Every table's columns, types and Chinese comments are those of a public project at a pinned commit
(transcribed in schemas.py, checked against snapshots by `schemas.py --check`):

- `his.sql`: **logonmy/clinicSystemGo** (no licence stated), the project's own PostgreSQL script (`name
  type,--手机号`) with seed rows as its `initData.sql` writes them (`insert into … values (…),(…);`):
  `clinic`, `personnel`, `patient`, `clinic_patient`, `clinic_triage_patient`, `personnel_login_record`,
  `mz_paid_record`, `pay_order`;
- `cortana.db`: **edouardlicn123/Cortana-grid** (MIT), the Flask app's SQLite database: `user`, `role`, `grid`,
  `building`, `person` (English names, a few `-- 注释`);
- `iot.sql`: **AAZl3l4/IOT-ESP32CAM** (no licence stated), mysqldump of the Spring Boot server's tables:
  `operation_log`, `device_status_history`, `automation_config`, `dht_data` (Han comments);
- `community-service.sql`: **duangdangding/community-service** (no licence stated), mysqldump with Han comments:
  `communityseniorgroup`, `convenienceinformation`, `eventprocessing`, `serviceplace`, `tenement`;
- `clinic_server.log`: the clinic's iris server: its request logger and the `fmt.Println` lines of its
  controllers (request maps with patients' details, payment requests with openids, logins).

Values: names, mobiles and IPs from Faker's zh_CN locale, compound-surname and minority names through zh9's
generator, identity numbers through zh3's, places through zh10's (all through benchmarks/zhvalues.py).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from labelcheck import generator_main  # noqa: E402
from schemas import TABLES  # noqa: E402
from zhsql import ip, sql_value, stamp, verify_tables  # noqa: E402
from zhvalues import PLACES, STREETS, ZH3, born, digits, faker, hexid, near, person  # noqa: E402

BASE = datetime(2026, 8, 3, 9, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def when(r: random.Random, days: int = 60) -> datetime:
    return BASE - timedelta(days=days) + timedelta(seconds=r.randint(0, days * 86400))


def pgstamp(at: datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M:%S}+08"


def street(r: random.Random, place: tuple) -> str:
    return f"{r.choice(STREETS[place[2]])}{r.randint(1, 399)}号"


def room(r: random.Random) -> str:
    return f"{r.randint(1, 24)}栋{r.randint(1, 4)}单元{r.randint(1, 28)}{r.randint(1, 4):02d}"


def login(r: random.Random, fake: Faker) -> str:
    """A staff account: a pinyin login, one with digits, or a mobile."""
    pick = r.random()
    return fake.phone_number() if pick < 0.25 else fake.user_name() + (str(r.randint(1, 99)) if pick < 0.55 else "")


def openid(r: random.Random) -> str:
    return "o" + "".join(r.choice(B64) for _ in range(27))


# ---------------------------------------------------------------- clinicSystemGo (诊所 HIS)
TITLES = ["主任医师", "副主任医师", "主治医师", "医师", "医师", "护士", "护师", "药剂师", "收费员", "前台"]
SKILLS = ["擅长儿科常见病、多发病的诊治", "从事全科临床工作{}年，擅长慢病管理", "擅长中医内科，调理脾胃", "擅长皮肤科湿疹、痤疮的治疗",
          "口腔科，擅长根管治疗和儿童牙齿矫正", "擅长妇科炎症及孕期保健", "", None]
JOBS = ["教师", "个体", "退休", "学生", "公司职员", "自由职业", "农民", "医生", "公务员", "工人", "司机", None]
REMARKS = [None, None, None, None, "医保卡未带", "VIP", "老顾客介绍", "对青霉素过敏", "家属陪同", "需开发票", "电话预约"]
CHANNEL_NOTE = ["运营推荐", "会员介绍", "网络宣传", "社区患者"]


def clinic(r: random.Random, fake: Faker, out: Path) -> None:
    places = [PLACES[i % len(PLACES)] for i in range(6)]
    clinics = [[i + 1, f"{p[3]}{i + 1:03d}", f"{p[1][:-1]}{r.choice(['仁和', '康宁', '惠民', '同济', '华康', '德仁'])}{r.choice(['诊所', '门诊部', '社区卫生服务站'])}",
                person(r, fake), p[0], p[1], p[2], street(r, p), fake.phone_number(), "t", pgstamp(when(r, 900)), pgstamp(when(r, 30)), None]
               for i, p in enumerate(places)]
    staff = []
    for i in range(1, 41):
        c = r.choice(clinics)[0]
        staff.append([i, f"{1000 + i}", person(r, fake), c, r.randint(1, 5), f"/uploads/{hexid(r, 32)}.jpg" if r.random() < 0.5 else None,
                      (r.choice(SKILLS) or "").format(r.randint(5, 25)) or None, fake.phone_number(), r.choice(TITLES),
                      "admin" if i == 1 else login(r, fake), hashlib.md5(str(r.random()).encode()).hexdigest(), r.choice(["t", "t", "f"]),
                      "t" if i <= 3 else "f", "t", pgstamp(when(r, 600)), pgstamp(when(r, 60)), None])
    patients = []
    for i in range(1, 401):
        p, b = r.choice(PLACES), born(r)
        patients.append([i, None if r.random() < 0.9 else f"/uploads/{hexid(r, 32)}.png",
                         ZH3.resident_id(r, p[3], b) if r.random() < 0.85 else None, person(r, fake), f"{b:%Y%m%d}", r.choice([0, 1]),
                         fake.phone_number(), r.randint(1, 4), p[0], p[1], p[2], street(r, p) + (room(r) if r.random() < 0.6 else ""),
                         r.choice(JOBS), r.choice(REMARKS), "t", pgstamp(when(r, 500)), pgstamp(when(r, 60)), None])
    links = [[i, i, r.choice(clinics)[0], r.choice(staff)[0], "t", pgstamp(when(r, 400)), pgstamp(when(r, 30)), None] for i in range(1, 401)]
    triage = []
    for i in range(1, 601):
        day = when(r, 120)
        start = r.choice(["08:00", "08:30", "09:00", "09:30", "10:00", "14:00", "14:30", "15:00", "16:00"])
        triage.append([i, r.randint(1, 400), r.randint(1, 8), r.choice(staff)[0], f"{day:%Y-%m-%d}", "a" if start < "12" else "p", start,
                       f"{int(start[:2]) + (1 if start[3] == '3' else 0):02d}:{'00' if start[3] == '3' else '30'}", r.choice([1, 2, 3]),
                       r.choice([1, 2, 3]), r.choice([10, 20, 30, 40, 40, 40, 100]), r.randint(1, 200) if r.random() < 0.6 else None,
                       pgstamp(day), pgstamp(day + timedelta(hours=r.randint(0, 5))), None])
    logins = [[i, r.choice(staff)[0], ip(r, fake, 0.7), r.choice([None, None, None, "web", "pc端登录"]), pgstamp(when(r, 90)), pgstamp(when(r, 90)), None]
              for i in range(1, 501)]
    paid = []
    for i in range(1, 501):
        at, method = when(r, 120), r.choice(["1", "2", "2", "3", "4"])
        total = r.choice([1500, 2000, 3580, 12000, 860, 4500, 25600])
        derate, medical = r.choice([0, 0, 0, 500]), r.choice([0, 0, total // 2])
        trade = (f"42000{digits(r, 5)}{at:%Y%m%d}{digits(r, 10)}" if method == "2" else f"{at:%Y%m%d}2200{digits(r, 4)}{digits(r, 12)}"
                 if method == "1" else None)
        paid.append([i, r.randint(1, 600), f"T{at:%Y%m%d%H%M%S}{digits(r, 4)}", trade, ",".join(str(r.randint(1, 3000)) for _ in range(r.randint(1, 4))),
                     r.choice(staff)[0], method, r.choice(["TRADE_SUCCESS"] * 6 + ["PART_REFUND", "TOTAL_REFUND", "WATTING_FOR_PAY"]),
                     derate, 0, 0, 0, 0, medical, total, total - derate - medical, 0, pgstamp(at), pgstamp(at), None])
    orders = []
    for i in range(1, 301):
        at, wx = when(r, 120), r.random() < 0.65
        who = openid(r) if wx else f"2088{digits(r, 12)}"
        out_no, fee = f"P{at:%Y%m%d%H%M%S}{digits(r, 6)}", r.choice([1500, 2000, 3580, 860, 4500])
        trade = f"42000{digits(r, 5)}{at:%Y%m%d}{digits(r, 10)}" if wx else f"{at:%Y%m%d}2200{digits(r, 4)}{digits(r, 12)}"
        raw = ({"return_code": "SUCCESS", "result_code": "SUCCESS", "openid": who, "total_fee": fee, "transaction_id": trade, "out_trade_no": out_no,
                "bank_type": r.choice(["OTHERS", "CMB_DEBIT", "ICBC_CREDIT"]), "time_end": f"{at:%Y%m%d%H%M%S}"} if wx else
               {"code": "10000", "msg": "Success", "buyer_user_id": who, "buyer_logon_id": f"{fake.phone_number()[:3]}****{digits(r, 4)}",
                "trade_no": trade, "out_trade_no": out_no, "total_amount": f"{fee / 100:.2f}", "trade_status": "TRADE_SUCCESS"})
        clinic_name = r.choice(clinics)[2]
        orders.append([trade, out_no, fee, f"{clinic_name}-{r.choice(['门诊缴费', '药品零售', '挂号费'])}", json.dumps(raw, ensure_ascii=False),
                       r.choice(["SUCCESS"] * 5 + ["NOTPAY", "CLOSE", "REFUND"]), f"{clinic_name}门诊缴费", who, r.choice(["mz", "retail"]),
                       "wx" if wx else "ali", r.choice(["weixin_f2f", "weixin_qr", "mybank_weixin_wap"] if wx else ["alipay_f2f", "alipay_qr"]),
                       f"{at:%Y%m%d%H%M%S}", pgstamp(at), pgstamp(at), None])
    parts = [("clinic", clinics), ("personnel", staff), ("patient", patients), ("clinic_patient", links), ("clinic_triage_patient", triage),
             ("personnel_login_record", logins), ("mz_paid_record", paid), ("pay_order", orders)]
    (out / "his.sql").write_text("".join(pg_script(t, rows) for t, rows in parts), encoding="utf-8")
    server_log(r, fake, out, staff, patients, orders)


def pg_script(table: str, rows: list[list]) -> str:
    """init.sql's DDL (`name type,--comment`, the table's comment above it), then initData.sql's
    `insert into t (…) values (…),(…);` a hundred rows a statement."""
    note, cols = TABLES[table]
    lines = [f"--{note}", f"CREATE TABLE {table}", "("]
    lines += [f"  {n} {k}{' PRIMARY KEY NOT NULL' if k == 'serial' else ''}," + (f"--{c}" if c else "") for n, k, c in cols]
    lines[-1] = lines[-1].replace(",--", "--") if "--" in lines[-1] else lines[-1].rstrip(",")
    lines += [");", ""]
    names = ",".join(n for n, _, _ in cols)
    for start in range(0, len(rows), 100):
        chunk = rows[start:start + 100]
        lines.append(f"insert into {table} ({names}) values\n" + ",\n".join("(" + ",".join(sql_value(v, "''") for v in row) + ")" for row in chunk) + ";")
    return "\n".join(lines + ["", ""])


def server_log(r: random.Random, fake: Faker, out: Path, staff: list, patients: list, orders: list) -> None:
    """The iris server's terminal: its request logger (`[INFO] date status latency ip method path`)
    and the controllers' `fmt.Println` of what they received and sent."""
    lines, at = [], BASE - timedelta(days=2)
    for _ in range(300):
        at += timedelta(seconds=r.randint(5, 600))
        client = ip(r, fake, 0.8)
        kind = r.random()
        if kind < 0.2:
            s = r.choice(staff)
            lines.append(f"personnel=== map[clinic_id:{s[3]} id:{s[0]} name:{s[2]} phone:{s[7]} title:{s[8]} username:{s[9]}]")
            lines.append(f"用户登录 username={s[9]} ip={client}")
            path = "/personnel/login"
        elif kind < 0.45:
            p = r.choice(patients)
            cert = f" cert_no:{p[2]}" if p[2] else ""
            lines.append(f"患者登记参数************** map[address:{p[11]} birthday:{p[4]}{cert} city:{p[9]} name:{p[3]} phone:{p[6]} sex:{p[5]}]")
            if r.random() < 0.15:
                lines.append('err === pq: duplicate key value violates unique constraint "patient_name_birthday_phone_key"')
            path = r.choice(["/patient/create", "/triage/register", "/patient/update"])
        elif kind < 0.65:
            o = r.choice(orders)
            lines.append("请求参数************** " + json.dumps({"out_trade_no": o[1], "total_fee": o[2], "subject": o[6], "openid": o[7],
                                                                "trade_type": o[10]}, ensure_ascii=False, separators=(",", ":")))
            lines.append(f"支付平台返回结果***************** map[code:0 msg:成功 out_trade_no:{o[1]} trade_no:{o[0]}]")
            path = r.choice(["/charge/pay", "/hcpay/createPayment", "/hcpay/queryPayment"])
        elif kind < 0.72:
            lines.append("***********撤销************")
            path = "/hcpay/cancel"
        else:
            path = r.choice(["/triage/list", "/drug/list", "/examination/list", "/department/list", "/clinic/getByID", "/charge/traige/patients"])
        status = r.choice([200] * 12 + [500, 404])
        lines.append(f"[INFO] {at:%Y/%m/%d %H:%M} {status} {r.uniform(0.3, 90):.4f}ms {client} {r.choice(['POST'] * 3 + ['GET'])} {path}")
    (out / "clinic_server.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- Cortana-grid (社区网格化人口管理)
COMPLEXES = ["幸福里小区", "阳光花园", "金色家园", "翠苑一区", "绿城桂花园", "万科城", "和平新村", "朝阳小区", "滨江花苑", "学府雅苑"]
COMPANIES = ["绿城物业服务集团有限公司", "万科物业发展股份有限公司", "碧桂园服务", "保利物业", "长城物业", "自管"]
DEVELOPERS = ["万科企业股份有限公司", "绿城中国", "保利发展", "中海地产", "本地房管所", None]
KEY = ["独居老人", "残疾人", "低保户", "刑满释放人员", "社区矫正人员", "精神障碍患者", "失独家庭", "留守儿童"]
RELATIONS = ["户主", "户主", "配偶", "子", "女", "父亲", "母亲", "孙子", "儿媳", "租户", "{}之妻", "{}之子", "与{}系母女", "与户主{}系兄弟"]


def grid(r: random.Random, fake: Faker, out: Path) -> None:
    place = PLACES[0]
    users = [[1, "admin", "scrypt:32768:8:1$" + hexid(r, 16) + "$" + hexid(r, 128), "系统管理员", None, 20, "", 1, 0, 0]]
    users += [[i, login(r, fake), "pbkdf2:sha256:600000$" + hexid(r, 16) + "$" + hexid(r, 64), person(r, fake), fake.phone_number(),
               r.choice([20, 20, 50]), r.choice(["", "", "dark.css", "green.css"]), r.choice([1, 1, 1, 0]), r.choice([0, 0, 1]), 0] for i in range(2, 16)]
    roles = [[1, "admin"], [2, "网格员"], [3, "只读用户"]]
    grids = [[i, f"第{'一二三四五六七八'[i - 1]}网格", 0] for i in range(1, 9)]
    buildings = []
    for i in range(1, 61):
        kind = r.choice(["residential_complex"] * 3 + ["private_residence", "large_rental", "commercial"])
        home = kind in ("private_residence", "large_rental")
        name = (f"{r.choice(COMPLEXES)}{r.randint(1, 3)}期" if kind == "residential_complex" else f"{fake.last_name()}家自建房" if kind == "private_residence"
                else f"{r.choice(['青年', '安居', '蜂巢'])}公寓" if kind == "large_rental" else f"{r.choice(['惠民', '联华', '美宜佳'])}超市")
        buildings.append([i, name, kind, r.randint(1, 8), f"{place[1]}{place[2]}{street(r, place)}", r.randint(1985, 2022),
                          r.randint(1, 900), r.randint(1, 30), r.randint(3, 2500), r.randint(0, 40), r.randint(0, 20), r.choice([0, 1]),
                          r.choice(["1.2元/㎡·月", "0.8元/㎡·月", "2.5元/㎡·月", "", None]), r.randint(0, 40), r.randint(0, 800), r.randint(0, 200),
                          person(r, fake), fake.phone_number(), near(r, place[5], 0.03), near(r, place[4], 0.03), r.choice(DEVELOPERS),
                          r.choice(["中建三局", "浙江省建工集团", None]), r.choice(COMPANIES), f"0571-{digits(r, 8)}",
                          person(r, fake) if kind == "residential_complex" else None, fake.phone_number() if kind == "residential_complex" else None,
                          person(r, fake) if home else None, fake.phone_number() if home else None,
                          person(r, fake) if kind == "large_rental" else None, fake.phone_number() if kind == "large_rental" else None,
                          r.choice(["餐饮", "零售", "美发"]) if kind == "commercial" else None, r.choice([0, 0, 0, 1]),
                          r.choice([None, None, "消防通道经常被占用", "有群租现象，需每月排查", "老旧小区，计划加装电梯", "燃气管道已改造"]), 0])
    people, families = [], []
    for i in range(1, 501):
        b, home = born(r), r.choice(PLACES)
        living = r.choice(buildings)
        fam = r.choice(families) if families and r.random() < 0.5 else f"F{digits(r, 8)}"
        families.append(fam)
        moved, dead, apart = r.random() < 0.05, r.random() < 0.03, r.random() < 0.15
        phones = fake.phone_number() + (r.choice([",", ";", "；"]) + fake.phone_number() if r.random() < 0.25 else "")
        people.append([i, str(uuid.UUID(int=r.getrandbits(128), version=4)), person(r, fake),
                       ZH3.resident_id(r, home[3], b) if r.random() < 0.9 else None, f"E{digits(r, 8)}" if r.random() < 0.03 else None,
                       r.choice([None] * 20 + ["港澳居民来往内地通行证", "台湾居民来往大陆通行证"]), r.choice(["男", "女", None]),
                       f"{b:%Y-%m-%d}", phones if r.random() < 0.9 else None, f"{living[1]}{room(r)}室",
                       r.choice(RELATIONS).format(person(r, fake)), r.choice(["常住人口"] * 4 + ["流动人口"]), 0, None,
                       r.choice(["汉族"] * 8 + ["回族", "满族", "土家族", "中国"]), r.choice(["群众", "群众", "中共党员", "共青团员"]),
                       r.choice(["已婚", "未婚", "离异", "丧偶"]), r.choice(["小学", "初中", "高中", "中专", "大专", "本科", "硕士"]),
                       r.choice(["退休", "个体经营", "在读", "无业", f"{home[1]}{r.choice(['第一人民医院', '实验小学', '城管局'])}", "浙江大学在读", "外卖骑手"]),
                       r.choice(["良好", "良好", "高血压", "糖尿病", "残疾（肢体二级）", "长期卧床"]),
                       r.choice([None, None, None, "需重点关注，每月走访一次", "子女在外地", "已核实", "电话空号"]),
                       ",".join(f"uploads/person/{hexid(r, 12)}.jpg" for _ in range(r.randint(1, 2))) if r.random() < 0.3 else None,
                       living[0], r.choice(buildings)[0], f"{home[0]}{home[1]}{home[2]}{street(r, home)}", fam, f"{home[3]}{digits(r, 6)}",
                       f"{when(r, 6000):%Y-%m-%d}", 1 if moved else 0, f"{when(r, 400):%Y-%m-%d}" if moved else None,
                       (lambda p: f"{p[0]}{p[1]}{p[2]}")(r.choice(PLACES)) if moved else None, 1 if dead else 0,
                       f"{when(r, 300):%Y-%m-%d}" if dead else None, 1 if apart else 0,
                       (lambda p: f"{p[1]}{p[2]}{street(r, p)}")(r.choice(PLACES)) if apart else None, stamp(when(r, 60)), 0])
        if r.random() < 0.2:
            people[-1][12], people[-1][13] = 1, ",".join(r.sample(KEY, r.randint(1, 2)))
    db = out / "cortana.db"
    db.unlink(missing_ok=True)
    con = sqlite3.connect(db)
    for table, rows in [("user", users), ("role", roles), ("grid", grids), ("building", buildings), ("person", people)]:
        _, cols = TABLES[table]
        body = "\n".join(f"    {n:<23} {k}{' PRIMARY KEY AUTOINCREMENT' if n == 'id' else ''}{',' if j < len(cols) - 1 else ''}"
                         + (f"  -- {c}" if c else "") for j, (n, k, c) in enumerate(cols))
        con.execute(f"CREATE TABLE {table} (\n{body}\n)")
        con.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(cols))})", rows)
    con.commit()
    con.close()


# ---------------------------------------------------------------- IOT-ESP32CAM (智能家居)
OPS = [("capture", "拍照", "拍照成功，图片已上传"), ("led", "开灯", "LED已打开"), ("led", "关灯", "LED已关闭"), ("led_brightness", "调节亮度为{}", "亮度已设置"),
       ("servo", "舵机转动到{}度", "舵机执行完成"), ("relay", "打开继电器(风扇)", "继电器已闭合"), ("resolution", "切换分辨率为SVGA", "分辨率已切换")]


def iot(r: random.Random, fake: Faker, out: Path) -> None:
    devices = [f"ESP32CAM_{hexid(r, 12).upper()}" for _ in range(3)] + [f"esp32-{hexid(r, 6)}"]
    ops = []
    for i in range(1, 301):
        op, desc, msg = r.choice(OPS)
        ok = r.random() < 0.85
        ops.append([i, r.choice(devices), op, desc.format(r.randint(10, 180)), int(when(r, 30).timestamp() * 1000), "success" if ok else "failed",
                    msg if ok else r.choice(["设备离线，指令超时", "MQTT发布失败", "摄像头初始化失败"]), stamp(when(r, 30))])
    status = [[i, r.choice(devices), r.randint(-88, -35), r.randint(40000, 180000), r.randint(60, 900000), stamp(when(r, 30))] for i in range(1, 301)]
    autos = [[i + 1, d, r.choice([1, 1, 0]), r.choice([25, 28, 30]), r.choice([17, 16, 18]), 90, 45, 51200, -75, r.choice([300000, 600000]),
              stamp(when(r, 20))] for i, d in enumerate(devices)]
    dht = [[i, r.choice(devices), round(r.uniform(15, 33), 2), round(r.uniform(30, 95), 2), r.choice([0, 1]), stamp(when(r, 30))] for i in range(1, 401)]
    parts = [("automation_config", autos), ("device_status_history", status), ("dht_data", dht), ("operation_log", ops)]
    (out / "iot.sql").write_text(mysqldump("iot", parts), encoding="utf-8")


def mysqldump(schema: str, parts: list) -> str:
    """mysqldump 5.7's layout: the table's DDL with its Han comments, then LOCK TABLES and one multi-row INSERT."""
    text = [f"-- MySQL dump 10.13  Distrib 5.7.35, for Win64 (x86_64)\n--\n-- Host: localhost    Database: {schema}\n"
            "-- ------------------------------------------------------\n-- Server version\t5.7.35\n\n/*!40101 SET NAMES utf8 */;\n"]
    for table, rows in parts:
        note, cols = TABLES[table]
        ddl = [f"  `{n}` {k.lower()}{' NOT NULL AUTO_INCREMENT' if i == 0 else ' DEFAULT NULL'}" + (f" COMMENT '{c}'" if c else "") + ","
               for i, (n, k, c) in enumerate(cols)]
        ddl.append(f"  PRIMARY KEY (`{cols[0][0]}`)")
        text.append(f"--\n-- Table structure for table `{table}`\n--\n\nDROP TABLE IF EXISTS `{table}`;\nCREATE TABLE `{table}` (\n" + "\n".join(ddl)
                    + f"\n) ENGINE=InnoDB AUTO_INCREMENT={len(rows) + 1} DEFAULT CHARSET=utf8mb4" + (f" COMMENT='{note}'" if note else "") + ";\n\n"
                    f"--\n-- Dumping data for table `{table}`\n--\n\nLOCK TABLES `{table}` WRITE;\n/*!40000 ALTER TABLE `{table}` DISABLE KEYS */;\n"
                    f"INSERT INTO `{table}` VALUES " + ",".join("(" + ",".join(sql_value(v) for v in row) + ")" for row in rows) + ";\n"
                    f"/*!40000 ALTER TABLE `{table}` ENABLE KEYS */;\nUNLOCK TABLES;\n\n")
    return "".join(text) + "-- Dump completed on 2026-08-03  9:00:00\n"


# ---------------------------------------------------------------- community-service (社区服务)
ELDER_TITLES = ["独居老人登记", "空巢老人信息", "高龄老人补贴申请", "老年人健康档案", "失能老人照护需求"]
ELDER_NOTES = ["老人腿脚不便，子女在外地，需每周上门探访一次", "患有高血压，每天需按时服药，请网格员提醒", "独居，耳背，敲门要大声",
               "老伴去年去世，情绪低落，建议多陪聊天", "行动正常，喜欢参加社区书法活动", "长期卧床，由保姆照顾，保姆电话见紧急联系人",
               "需要助餐服务，中午送饭", "子女每月回来一次，家中装有燃气报警器"]
EVENTS = [("3号楼楼道堆放杂物，存在消防隐患", "环境卫生"), ("{}附近有人占道经营，晚上很吵", "市容秩序"), ("楼上漏水到我家卫生间，协商无果", "邻里纠纷"),
          ("小区东门路灯坏了好几天了", "设施维修"), ("{}的垃圾桶满了没人清运", "环境卫生"), ("有陌生人在{}发小广告", "治安"),
          ("电动车在楼道里充电，很危险", "消防安全"), ("{}的健身器材坏了，小孩玩有危险", "设施维修"), ("楼下烧烤店油烟太大", "环境卫生")]
SPOTS = ["东门", "北门", "5号楼", "菜市场", "中心花园", "幼儿园门口", "地下车库", "快递柜"]
SHOPS = [("惠民超市", "超市"), ("老王理发店", "理发"), ("兰州拉面", "餐饮"), ("社区药房", "药店"), ("菜鸟驿站", "快递"), ("干洗店", "洗衣"), ("早餐店", "餐饮")]


def community(r: random.Random, fake: Faker, out: Path) -> None:
    elders = []
    for i in range(1, 61):
        note = r.choice(ELDER_NOTES)
        if r.random() < 0.4:
            note += r.choice(["。", "；", "，"]) + r.choice(["已登记", "下次走访时带血压计", "社区医生已建档", "家属已知情"])
        elders.append([i, stamp(when(r, 400)), r.choice(ELDER_TITLES), note, f"{r.randint(1, 18)}号楼", f"{r.randint(1, 4)}单元{r.randint(1, 18)}0{r.randint(1, 4)}",
                       fake.phone_number(), person(r, fake), r.choice(["男", "女"]), r.randint(60, 96), r.choice(["否", "否", "否", "是"])])
    news = [[1, "关于开展夏季消防安全检查的通知", "社区广场舞比赛报名", "系统将于周日凌晨维护", "社区通知", "安全", "消防"],
            [2, "本周三上午社区医院义诊", "重阳节敬老活动", "新增网格员账号", "便民服务", "健康", "义诊"],
            [3, "垃圾分类定时定点投放", "亲子读书会", "数据已备份", "环境", "垃圾分类", "环保"],
            [4, "疫苗接种点调整", "书法兴趣班开课", "修复已知问题", "健康", "卫生", "疫苗"]]
    events = []
    for i in range(1, 81):
        text, kind = r.choice(EVENTS)
        text = text.format(r.choice(SPOTS))
        text = r.choice(["", "", "你好，", "反映一下，", "网格员您好，"]) + text + r.choice(["", "。", "，希望尽快处理", "！", "，谢谢"])
        events.append([i, stamp(when(r, 300)), text, r.choice(["待处理", "处理中", "已办结", "已办结"]), kind])
    place = PLACES[0]
    shops = [[i, f"{name}({r.choice(STREETS[place[2]])}店)" if r.random() < 0.4 else name, kind, street(r, place), r.randint(1, 12), person(r, fake),
              fake.phone_number()] for i, (name, kind) in enumerate([r.choice(SHOPS) for _ in range(40)], start=1)]
    residents = []
    for i in range(1, 201):
        b, home = born(r), r.choice(PLACES)
        residents.append([10000 + i, person(r, fake), r.choice(["男", "女"]), BASE.year - b.year, f"{home[1]}{home[2]}{street(r, home)}",
                          fake.phone_number(), ZH3.resident_id(r, home[3], b), r.choice(["个体", "退休", f"{home[1]}第一人民医院", "阿里巴巴", "无", "区政府",
                                                                                          f"{home[1]}实验小学", "顺丰速运"])])
    parts = [("communityseniorgroup", elders), ("convenienceinformation", news), ("eventprocessing", events), ("serviceplace", shops), ("tenement", residents)]
    (out / "community-service.sql").write_text(mysqldump("community-service", parts), encoding="utf-8")


GENERATORS = [clinic, grid, iot, community]


def verify(out: Path, labels: Path) -> int:
    """Every label names a field; the SQLite database's tables are checked by their columns too."""
    con = sqlite3.connect(out / "cortana.db")
    in_db = {t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()
    sql_tables = {t: v for t, v in TABLES.items() if t not in in_db}
    exports = {t: {n for n, _, _ in TABLES[t][1]} for t in in_db & set(TABLES)}
    return verify_tables(out, labels, sql_tables, ("clinic_server.log",), exports)


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20260803, HERE / "labels.csv"))
