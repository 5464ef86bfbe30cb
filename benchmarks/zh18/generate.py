"""Generate the eighteenth Chinese benchmark (benchmarks/zh18), in styles zh … zh17 do not use.

usage: python benchmarks/zh18/generate.py OUT_DIR [--seed N] [--verify]

Five kinds of table (users, devices, locations, orders, interaction events) and a Java back
office's log, in schemas and naming habits the earlier sets left out:

- `ry_20241120.sql`: the **RuoYi (若依) admin system's own SQL script style**, as its users keep
  a copy of their database: lower-case DDL without backticks (`create table sys_user (user_id
  bigint(20) not null auto_increment comment '用户ID', …) engine=innodb comment = '用户信息表';`),
  one `insert into sys_user values(…)` a row with `sysdate()` and `null`, and RuoYi's tables
  `sys_user` (`phonenumber`, `nick_name`, `login_ip`, bcrypt `password`), `sys_logininfor`
  (`ipaddr`, `login_location` as `内网IP` or `浙江省 杭州市`, `browser` `Chrome 12`, `os`) and
  `sys_oper_log` (`oper_name`, `oper_url`, `oper_ip`, `oper_location`, `oper_param` the request's
  JSON as a string, `json_result`);
- `iot_device_list.csv`: an **Alibaba Cloud IoT Platform (物联网平台) device list export** of a
  smart-home maker: `DeviceName` as its devices register (MAC without colons, an IMEI), `ProductKey`,
  `IotId`, `DeviceSecret`, `备注名称` as owners name devices (`客厅摄像头`, `王芳的扫地机`),
  `节点类型`, `状态`, `固件版本`, `IP地址`, `ICCID` for the cellular ones, `绑定账号` (a masked
  phone), `所在地区` from the IP, `信号强度(dBm)`, times in epoch milliseconds;
- `车辆历史轨迹.csv`: a **Beidou/JT-T 808 fleet platform's track export**: 车牌号 `浙A·D12345`,
  车牌颜色, 终端手机号 (the terminal's SIM number, 12 digits with a leading 0), 驾驶员 and
  从业资格证号 (the driver's ID number), 定位时间, 经度 `E120.130123` and 纬度 `N30.259456` with
  their hemisphere letters, 海拔(m), 速度(km/h), 方向 (`东北`), 里程(km), 报警 and 位置描述
  (a reverse-geocoded spot `浙江省杭州市西湖区文三路 向东 120米`);
- `挂号订单导出.csv`: an **internet hospital's registration (挂号) orders**, exported as Chinese
  back offices write CSV for Excel: every long number behind a tab (`"\t330106199001011234"`) so
  Excel keeps its digits; 就诊人, 年龄 `34岁`, 证件号码, 就诊卡号, 联系电话, 科室, 医生, 号别,
  就诊日期, 时段 `上午 08:30-09:00`, 挂号费, 支付流水号, 微信OpenID, 取消原因;
- `ruoyi-admin.log`: **RuoYi's logback pattern** (`%d{HH:mm:ss.SSS} [%thread] %-5level
  %logger{20} - [%method,%line] - %msg`: a time of day, no date): its login records
  (`[192.168.3.21]内网IP[zhangwei][Success][登录成功]`), SMS codes, Java `Map.toString()`
  parameters (`{patientName=张三, idCard=…}`), a JT/T 808 gateway's position reports, user agents.

Values are drawn from public data: person names, mobiles, e-mail and IPv4 addresses from Faker's
zh_CN locale (MIT); GB/T 2260 divisions, addresses, resident identity numbers and IMEIs through
benchmarks/zh3's generator (python-stdnum's data and checks); compound-surname and minority names
through benchmarks/zh9's; places and carriers through benchmarks/zh10's; vendor field names
written from public documentation (RuoYi's `ry_*.sql` and logback.xml, Alibaba Cloud IoT
Platform's device list, JT/T 808's position report).

Deterministic: the same seed and Faker version give the same values. --verify checks that every
generated field has a label and every label names a generated field.
"""
from __future__ import annotations

import csv
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelcheck import check_labels, generator_main, load_generator  # noqa: E402
from zhwriters import write_csv  # noqa: E402

BASE = datetime(2024, 11, 20, 8, 0, 0, tzinfo=timezone(timedelta(hours=8)))  # fixed: no wall clock
ZH3 = load_generator("zh3")
ZH5 = load_generator("zh5")
ZH8 = load_generator("zh8")
ZH9 = load_generator("zh9")
ZH10 = load_generator("zh10")
digits, hexid = ZH8.digits, ZH8.hexid
faker, masked, person = ZH3.faker, ZH3.masked, ZH9.person
PLACES, CARRIERS = ZH10.PLACES, ZH10.CARRIERS


def when(r: random.Random, days: int = 30) -> datetime:
    return BASE + timedelta(seconds=r.randint(0, days * 86400))


def stamp(at: datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M:%S}"


# ---------------------------------------------------------------- RuoYi's SQL script
SYS_USER_DDL = """create table sys_user (
  user_id           bigint(20)      not null auto_increment    comment '用户ID',
  dept_id           bigint(20)      default null               comment '部门ID',
  user_name         varchar(30)     not null                   comment '用户账号',
  nick_name         varchar(30)     not null                   comment '用户昵称',
  user_type         varchar(2)      default '00'               comment '用户类型（00系统用户）',
  email             varchar(50)     default ''                 comment '用户邮箱',
  phonenumber       varchar(11)     default ''                 comment '手机号码',
  sex               char(1)         default '0'                comment '用户性别（0男 1女 2未知）',
  avatar            varchar(100)    default ''                 comment '头像地址',
  password          varchar(100)    default ''                 comment '密码',
  status            char(1)         default '0'                comment '帐号状态（0正常 1停用）',
  del_flag          char(1)         default '0'                comment '删除标志（0代表存在 2代表删除）',
  login_ip          varchar(128)    default ''                 comment '最后登录IP',
  login_date        datetime                                   comment '最后登录时间',
  pwd_update_date   datetime                                   comment '密码最后更新时间',
  create_by         varchar(64)     default ''                 comment '创建者',
  create_time       datetime                                   comment '创建时间',
  update_by         varchar(64)     default ''                 comment '更新者',
  update_time       datetime                                   comment '更新时间',
  remark            varchar(500)    default null               comment '备注',
  primary key (user_id)
) engine=innodb auto_increment=100 comment = '用户信息表';"""

LOGININFOR_DDL = """create table sys_logininfor (
  info_id        bigint(20)     not null auto_increment   comment '访问ID',
  user_name      varchar(50)    default ''                comment '用户账号',
  ipaddr         varchar(128)   default ''                comment '登录IP地址',
  login_location varchar(255)   default ''                comment '登录地点',
  browser        varchar(50)    default ''                comment '浏览器类型',
  os             varchar(50)    default ''                comment '操作系统',
  status         char(1)        default '0'               comment '登录状态（0成功 1失败）',
  msg            varchar(255)   default ''                comment '提示消息',
  login_time     datetime                                 comment '访问时间',
  primary key (info_id),
  key idx_sys_logininfor_s  (status),
  key idx_sys_logininfor_lt (login_time)
) engine=innodb auto_increment=100 comment = '系统访问记录';"""

OPER_LOG_DDL = """create table sys_oper_log (
  oper_id           bigint(20)      not null auto_increment    comment '日志主键',
  title             varchar(50)     default ''                 comment '模块标题',
  business_type     int(2)          default 0                  comment '业务类型（0其它 1新增 2修改 3删除）',
  method            varchar(200)    default ''                 comment '方法名称',
  request_method    varchar(10)     default ''                 comment '请求方式',
  operator_type     int(1)          default 0                  comment '操作类别（0其它 1后台用户 2手机端用户）',
  oper_name         varchar(50)     default ''                 comment '操作人员',
  dept_name         varchar(50)     default ''                 comment '部门名称',
  oper_url          varchar(255)    default ''                 comment '请求URL',
  oper_ip           varchar(128)    default ''                 comment '主机地址',
  oper_location     varchar(255)    default ''                 comment '操作地点',
  oper_param        varchar(2000)   default ''                 comment '请求参数',
  json_result       varchar(2000)   default ''                 comment '返回参数',
  status            int(1)          default 0                  comment '操作状态（0正常 1异常）',
  error_msg         varchar(2000)   default ''                 comment '错误消息',
  oper_time         datetime                                   comment '操作时间',
  cost_time         bigint(20)      default 0                  comment '消耗时间',
  primary key (oper_id),
  key idx_sys_oper_log_bt (business_type),
  key idx_sys_oper_log_s  (status),
  key idx_sys_oper_log_ot (oper_time)
) engine=innodb auto_increment=100 comment = '操作日志记录';"""

DEPTS = [(103, "研发部门"), (104, "市场部门"), (105, "测试部门"), (106, "财务部门"), (107, "运维部门"), (108, "调度中心"), (109, "客服中心")]
REMARKS = [None, None, "", "管理员", "测试员", "调度员，负责华东线路", "外包人员，合同到2025年3月", "客服组长"]
BROWSERS = ["Chrome 12", "Chrome 12", "Chrome 13", "Firefox 12", "Microsoft Edge", "Safari", "Chrome Mobile", "Mobile Safari"]
OSES = ["Windows 10", "Windows 10", "Mac OS X", "Windows 7", "Android 1.x", "iOS 11 (iPhone)", "Linux"]
LOGIN_MSGS = [("0", "登录成功"), ("0", "登录成功"), ("0", "登录成功"), ("0", "退出成功"), ("1", "用户不存在/密码错误"), ("1", "验证码错误"),
              ("1", "验证码已失效"), ("1", "密码输入错误3次")]
OPERATIONS = [
    ("用户管理", 2, "com.ruoyi.web.controller.system.SysUserController.edit()", "PUT", "/system/user"),
    ("用户管理", 1, "com.ruoyi.web.controller.system.SysUserController.add()", "POST", "/system/user"),
    ("用户管理", 3, "com.ruoyi.web.controller.system.SysUserController.remove()", "DELETE", "/system/user/{ids}"),
    ("个人信息", 2, "com.ruoyi.web.controller.system.SysProfileController.updateProfile()", "PUT", "/system/user/profile"),
    ("车辆管理", 2, "com.ruoyi.fleet.controller.FleetVehicleController.edit()", "PUT", "/fleet/vehicle"),
    ("参数管理", 2, "com.ruoyi.web.controller.system.SysConfigController.edit()", "PUT", "/system/config"),
    ("通知公告", 1, "com.ruoyi.web.controller.system.SysNoticeController.add()", "POST", "/system/notice"),
    ("用户管理", 5, "com.ruoyi.web.controller.system.SysUserController.export()", "POST", "/system/user/export"),
]
NOTICES = ["关于双十一期间调度值班安排的通知", "系统将于本周六凌晨升级维护", "请各位司机注意雨雪天气行车安全"]


def sql_value(value) -> str:
    """A value as RuoYi's scripts write it: null, a number, sysdate(), or a quoted string."""
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return str(value)
    if value == "sysdate()":
        return value
    text = str(value).replace("\\", "\\\\").replace("'", "''").replace("\r", "\\r").replace("\n", "\\n")
    return f"'{text}'"


def location_of(r: random.Random, ip: str) -> str:
    if ip.startswith(("10.", "192.168.", "172.")):
        return "内网IP"
    prov, city, *_ = r.choice(PLACES)
    return f"{prov} {city}" if prov != city else f"{city} {city}"


def login(r: random.Random, fake: Faker) -> str:
    pick = r.random()
    if pick < 0.55:
        return fake.romanized_name().replace(" ", "").lower()[:16]
    if pick < 0.8:
        return f"ry{r.randint(1, 9999):04d}"
    return fake.user_name()


def ruoyi_sql(r: random.Random, fake: Faker, out: Path) -> None:
    users = []
    for i in range(260):
        uid = 100 + i
        created = when(r, 500) - timedelta(days=500)
        ip = fake.ipv4_private() if r.random() < 0.5 else fake.ipv4_public()
        users.append([
            uid, r.choice(DEPTS)[0], login(r, fake), person(r, fake), "00", fake.free_email() if r.random() < 0.8 else "",
            fake.phone_number(), r.choice("0011012"), f"/profile/avatar/2024/{r.randint(1, 11):02d}/{r.randint(1, 28):02d}/blob_2024"
            f"{r.randint(1, 11):02d}{r.randint(10, 28)}{r.randint(100000, 235959)}A{r.randint(1, 999):03d}.png" if r.random() < 0.4 else "",
            "$2a$10$" + "".join(r.choice("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(53)),
            r.choice("0000001"), "0", ip, "sysdate()" if r.random() < 0.1 else stamp(when(r)), stamp(created + timedelta(days=r.randint(0, 90))),
            "admin", stamp(created), r.choice(["admin", "ry", ""]), stamp(created + timedelta(days=r.randint(0, 400))), r.choice(REMARKS),
        ])
    logins = []
    for i in range(600):
        user = r.choice(users)
        ip = user[12] if r.random() < 0.7 else (fake.ipv4_private() if r.random() < 0.4 else fake.ipv4_public())
        status, msg = r.choice(LOGIN_MSGS)
        logins.append([100 + i, user[2], ip, location_of(r, ip), r.choice(BROWSERS), r.choice(OSES), status, msg, stamp(when(r))])
    opers = []
    for i in range(420):
        user = r.choice(users)
        title, btype, method, verb, url = r.choice(OPERATIONS)
        ip = user[12] if r.random() < 0.8 else fake.ipv4_public()
        other = r.choice(users)
        if title in ("用户管理", "个人信息") and btype in (1, 2):
            param = {"userId": other[0], "deptId": other[1], "userName": other[2], "nickName": other[3], "email": other[5],
                     "phonenumber": other[6], "sex": other[7], "status": "0", "remark": other[19], "roleIds": [2], "postIds": [4]}
        elif btype == 3:
            param = {"ids": [other[0]]}
        elif title == "车辆管理":
            param = {"vehicleId": r.randint(1, 300), "plateNo": f"浙A{r.choice('DF')}{digits(r, 5)}", "driverName": person(r, fake),
                     "driverPhone": fake.phone_number(), "remark": ""}
        elif title == "参数管理":
            param = {"configId": 4, "configName": "账号自助-验证码开关", "configKey": "sys.account.captchaEnabled", "configValue": r.choice(["true", "false"])}
        elif title == "通知公告":
            param = {"noticeTitle": r.choice(NOTICES), "noticeType": "1", "status": "0"}
        else:
            param = {"pageNum": 1, "pageSize": 10, "status": "0"}
        failed = r.random() < 0.06
        result = {"msg": "操作成功", "code": 200} if not failed else None
        opers.append([
            100 + i, title, btype, method, verb, 1, user[2], dict(DEPTS)[user[1]], url.replace("{ids}", str(other[0])), ip, location_of(r, ip),
            json.dumps(param, ensure_ascii=False, separators=(",", ":"))[:2000], json.dumps(result, ensure_ascii=False, separators=(",", ":")) if result else "",
            1 if failed else 0, "\r\n### Error updating database.  Cause: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry" if failed else "",
            stamp(when(r)), r.randint(3, 900),
        ])
    lines = ["-- ----------------------------", "-- 1、部门表", "-- ----------------------------", "-- （略）", ""]
    for number, (table, ddl, rows) in enumerate((("sys_user", SYS_USER_DDL, users), ("sys_logininfor", LOGININFOR_DDL, logins),
                                                 ("sys_oper_log", OPER_LOG_DDL, opers)), start=2):
        title = ddl.rsplit("comment = '", 1)[1].split("'")[0]
        lines += ["", "-- ----------------------------", f"-- {number}、{title}", "-- ----------------------------",
                  f"drop table if exists {table};", ddl, "", "-- ----------------------------", f"-- 初始化-{title}数据",
                  "-- ----------------------------"]
        lines += [f"insert into {table} values(" + ", ".join(sql_value(v) for v in row) + ");" for row in rows]
        lines.append("")
    (out / "ry_20241120.sql").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- Alibaba Cloud IoT Platform device list
IOT_PRODUCTS = [("a1Xb9kFzQwE", "智能摄像机C6", "WiFi"), ("a1Pq3LmN7sT", "扫地机器人X20", "WiFi"), ("a1Rt5YhU2oP", "智能门锁S3", "蜂窝"),
                ("a1Zk8JgD4vB", "智能插座", "WiFi"), ("a1Mw6CeF9xH", "儿童手表Z7", "蜂窝")]
ROOMS = ["客厅摄像头", "卧室", "门口", "厨房插座", "儿童房", "书房", "大门", "阳台"]
IOT_STATES = ["在线", "在线", "在线", "离线", "未激活"]


def iot_devices(r: random.Random, fake: Faker, out: Path) -> None:
    header = ["DeviceName", "ProductKey", "产品名称", "IotId", "DeviceSecret", "备注名称", "节点类型", "状态", "固件版本", "IP地址", "ICCID",
              "绑定账号", "所在地区", "信号强度(dBm)", "激活时间", "最后上线时间"]
    rows = []
    for _ in range(380):
        key, product, net = r.choice(IOT_PRODUCTS)
        cellular = net == "蜂窝"
        name = ZH3.imei(r) if cellular else hexid(r, 12).upper()
        owner = fake.name()
        nick = r.choice(ROOMS) if r.random() < 0.6 else f"{owner}的{product[:-2] if product[-1].isalnum() else product}"
        state = r.choice(IOT_STATES)
        active = when(r, 300) - timedelta(days=300)
        prov, city, *_ = r.choice(PLACES)
        rows.append([
            name, key, product, hexid(r, 20) + "000100", "".join(r.choice("0123456789abcdef") for _ in range(32)), nick, "直连设备",
            state, f"{r.choice(['1.2', '1.3', '2.0'])}.{r.randint(0, 30)}", fake.ipv4_public() if state != "未激活" else "",
            "8986" + digits(r, 16) if cellular else "", masked(fake.phone_number()) if state != "未激活" else "",
            (prov + city if prov != city else city) if state != "未激活" else "", -r.randint(35, 95) if state == "在线" else "",
            int(active.timestamp() * 1000) if state != "未激活" else "", int(when(r).timestamp() * 1000) if state != "未激活" else "",
        ])
    write_csv(out / "iot_device_list.csv", header, rows)


# ---------------------------------------------------------------- Beidou / JT-T 808 track export
PROVINCE_PLATES = [("浙", "ABCDF"), ("沪", "ABCD"), ("苏", "ABEH"), ("粤", "ABS"), ("京", "ACN")]
PLATE_COLOURS = ["蓝色", "黄色", "黄色", "渐变绿色"]
HEADINGS = ["正北", "东北", "正东", "东南", "正南", "西南", "正西", "西北"]
ALARMS = ["", "", "", "", "超速报警", "疲劳驾驶", "GNSS天线未接", "进出区域"]
ROADS = ["文三路", "天目山路", "莫干山路", "中山北路", "深南大道", "长安街", "延安高架路", "沪宁高速"]


def tracks(r: random.Random, fake: Faker, out: Path) -> None:
    header = ["序号", "车牌号", "车牌颜色", "终端手机号", "驾驶员", "从业资格证号", "定位时间", "经度", "纬度", "海拔(m)", "速度(km/h)", "方向",
              "里程(km)", "报警", "位置描述"]
    vehicles = []
    for _ in range(40):
        prov, letters = r.choice(PROVINCE_PLATES)
        plate = f"{prov}{r.choice(letters)}·{r.choice('DF') if r.random() < 0.3 else r.choice('ABCDEFGHJK')}{digits(r, 4 + (r.random() < 0.3))}"
        place = r.choice(PLACES)
        vehicles.append((plate, r.choice(PLATE_COLOURS), "0" + "1" + r.choice("3578") + digits(r, 9), person(r, fake),
                         ZH3.resident_id(r, ZH3.division(r)[0], ZH3.born(r)), place, r.uniform(1000, 90000)))
    rows = []
    for i in range(1, 481):
        plate, colour, sim, driver, cert, place, mileage = r.choice(vehicles)
        prov, city, district, adcode, lng, lat, pois = place
        x, y = lng + r.uniform(-0.08, 0.08), lat + r.uniform(-0.08, 0.08)
        spot = f"{prov if prov != city else ''}{city}{district}{r.choice(ROADS)} 向{r.choice('东南西北')} {r.randint(10, 400)}米"
        rows.append([i, plate, colour, sim, driver, cert, stamp(when(r, 3)), f"E{x:.6f}", f"N{y:.6f}", r.randint(2, 120),
                     round(r.uniform(0, 95), 1), r.choice(HEADINGS), round(mileage + r.uniform(0, 300), 1), r.choice(ALARMS), spot])
    with (out / "车辆历史轨迹.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


# ---------------------------------------------------------------- internet hospital registration orders
HOSPITAL = "浙江省人民医院互联网医院"
CLINICS = [("心血管内科", 25.0), ("消化内科", 25.0), ("儿科", 15.0), ("皮肤科", 12.0), ("眼科", 12.0), ("口腔科", 10.0), ("妇产科", 25.0)]
GRADES = [("普通号", 1.0), ("专家号", 2.0), ("特需号", 6.0)]
PAYMENTS = ["微信支付", "微信支付", "支付宝", "医保个账"]
REG_STATUS = ["已支付", "已支付", "已就诊", "已就诊", "已退号", "待支付"]
CANCEL_REASONS = ["临时有事", "挂错科室", "身体好转，不需要就诊", "时间冲突，改约其他时段", "医生停诊"]


def tab(value: str) -> str:
    """Excel keeps a long number's digits when the cell starts with a tab (Chinese back offices' habit)."""
    return "\t" + value


def registrations(r: random.Random, fake: Faker, out: Path) -> None:
    header = ["订单编号", "就诊人", "性别", "年龄", "证件号码", "就诊卡号", "联系电话", "医院名称", "科室", "医生", "号别", "就诊日期", "时段",
              "挂号费(元)", "支付方式", "支付流水号", "微信OpenID", "订单状态", "下单时间", "取消原因"]
    doctors = {clinic: [fake.name() for _ in range(4)] for clinic, _ in CLINICS}
    rows = []
    for _ in range(440):
        b = ZH3.born(r) if r.random() < 0.85 else (datetime(2012, 1, 1) + timedelta(days=r.randint(0, 3600))).date()
        age = 2024 - b.year - ((b.month, b.day) > (11, 20))
        clinic, fee = r.choice(CLINICS)
        grade, factor = r.choices(GRADES, weights=[60, 35, 5])[0]
        day = when(r, 14)
        start = r.choice([8, 9, 10, 13, 14, 15, 16]) * 60 + r.choice([0, 30])
        half = "上午" if start < 12 * 60 else "下午"
        status = r.choice(REG_STATUS)
        rows.append([
            tab(digits(r, 18)), person(r, fake), r.choice("男女"), f"{age}岁", tab(ZH3.resident_id(r, ZH3.division(r)[0], b)),
            tab("9" + digits(r, 11)), tab(fake.phone_number()), HOSPITAL, clinic, r.choice(doctors[clinic]), grade, f"{day:%Y-%m-%d}",
            f"{half} {start // 60:02d}:{start % 60:02d}-{(start + 30) // 60:02d}:{(start + 30) % 60:02d}", f"{fee * factor:.2f}",
            r.choice(PAYMENTS), tab("4200002" + digits(r, 21)) if status != "待支付" else "", "o" + "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(27)),
            status, stamp(day - timedelta(days=r.randint(0, 6), minutes=r.randint(1, 600))), r.choice(CANCEL_REASONS) if status == "已退号" else "",
        ])
    write_csv(out / "挂号订单导出.csv", header, rows, encoding="utf-8-sig")


# ---------------------------------------------------------------- RuoYi's logback log
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
       "MicroMessenger/8.0.44(0x18002c2f) NetType/WIFI Language/zh_CN"]


def ruoyi_log(r: random.Random, fake: Faker, out: Path) -> None:
    lines: list[str] = []
    at = BASE
    staff = [(login(r, fake), fake.ipv4_private() if r.random() < 0.6 else fake.ipv4_public()) for _ in range(25)]

    def line(level: str, thread: str, logger: str, where: str, msg: str) -> None:
        nonlocal at
        at += timedelta(milliseconds=r.randint(30, 12000))
        lines.append(f"{at:%H:%M:%S}.{at.microsecond // 1000:03d} [{thread}] {level:<5} {logger} - [{where}] - {msg}")

    for _ in range(440):
        name, ip = r.choice(staff)
        exec_thread = f"http-nio-8080-exec-{r.randint(1, 20)}"
        pick = r.random()
        if pick < 0.2:
            status, msg = r.choice(LOGIN_MSGS)
            line("INFO", "schedule-pool-1", "sys-user", "run,55",
                 f"[{ip}]{location_of(r, ip)}[{name}][{'Success' if status == '0' else 'Error'}][{msg}]")
        elif pick < 0.32:
            line("INFO", exec_thread, "c.r.f.w.s.SmsCodeService", "sendCode,64",
                 f"发送短信验证码，手机号：{fake.phone_number()}，验证码：{digits(r, 6)}，模板：SMS_{digits(r, 9)}")
        elif pick < 0.5:
            b = ZH3.born(r)
            line("INFO", exec_thread, "c.r.h.s.i.RegisterServiceImpl", "createOrder,118",
                 f"创建挂号订单，参数：{{patientName={person(r, fake)}, idCard={ZH3.resident_id(r, ZH3.division(r)[0], b)}, "
                 f"phone={fake.phone_number()}, deptName={r.choice(CLINICS)[0]}, visitDate={when(r, 14):%Y-%m-%d}}}")
        elif pick < 0.7:
            prov, city, district, adcode, lng, lat, pois = r.choice(PLACES)
            line("DEBUG", f"nioEventLoopGroup-3-{r.randint(1, 8)}", "c.r.f.j.h.LocationHandler", "channelRead0,83",
                 f"收到0x0200位置汇报 终端手机号=0{r.choice('135')}{digits(r, 10)} 纬度={lat + r.uniform(-0.05, 0.05):.6f} "
                 f"经度={lng + r.uniform(-0.05, 0.05):.6f} 速度={r.uniform(0, 90):.1f}km/h 方向={r.randint(0, 359)}")
        elif pick < 0.82:
            line("INFO", exec_thread, "c.r.f.i.LogInterceptor", "preHandle,41",
                 f"请求开始 uri=/system/user/profile method=GET user={name} ip={ip} User-Agent={r.choice(UAS)}")
        elif pick < 0.92:
            line("WARN", exec_thread, "c.r.f.w.e.GlobalExceptionHandler", "handleServiceException,96",
                 f"请求地址'/fleet/vehicle/{r.randint(1, 300)}',发生业务异常：车辆不存在或已删除")
        else:
            line("ERROR", "schedule-pool-3", "c.r.q.u.AbstractQuartzJob", "execute,49",
                 "任务执行异常 - ：org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection")
    (out / "ruoyi-admin.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


GENERATORS = [ruoyi_sql, iot_devices, tracks, registrations, ruoyi_log]


def sql_columns(path: Path) -> dict[str, set[str]]:
    """Column names per table, from the script's `create table` blocks."""
    tables: dict[str, set[str]] = {}
    current = None
    for text in path.read_text(encoding="utf-8").splitlines():
        if text.startswith("create table "):
            current = text.split()[2]
            tables[current] = set()
        elif current and text.startswith("  ") and not text.strip().startswith(("primary key", "key ")):
            tables[current].add(text.split()[0])
        elif text.startswith(")"):
            current = None
    return tables


def verify(out: Path, labels: Path) -> int:
    """Every field of every dataset has a label and every label names a field."""
    fields = sql_columns(out / "ry_20241120.sql")
    for name in ("iot_device_list.csv", "车辆历史轨迹.csv", "挂号订单导出.csv"):
        with (out / name).open(encoding="utf-8-sig", newline="") as fh:
            fields[name] = set(next(csv.reader(fh)))
    return check_labels(out, fields, labels, ("ruoyi-admin.log",))


if __name__ == "__main__":
    sys.exit(generator_main(__doc__, GENERATORS, faker, verify, 20241120, HERE / "labels.csv"))
