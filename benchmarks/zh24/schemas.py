"""The columns (name, type, Chinese comment) of the public schemas zh24's tables copy, the rows
those schemas publish as seed data, and the fields of an Android event collector's SQLite tables.

Transcribed from two public Chinese projects at pinned commits; `python benchmarks/zh24/schemas.py
--check MIRROR_ROOT` compares every column's name and comment, and every SQLite field, with the
snapshots the workplace's fetch tool brings (MIRROR_ROOT/OWNER+NAME/repo). Only names, types,
descriptions and the published seed rows are kept: no code of either project.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from zhsql import Tables, mirror_git  # noqa: E402

ZERO = ("feihua/zero-admin", "71190e0d1bc3abebb332d5f171724d6a80211c21")
COLLECT = ("18511084155/EventCollect", "1a20729e77dd63f8b3ff50d970cecf488c045669")
# (repository, commit, path, licence) of each table's DDL
SOURCES = {
    "sys_user": (*ZERO, "script/sql/backup_mysql/sys/sys_user.sql", "Apache-2.0"),
    "sys_login_log": (*ZERO, "script/sql/backup_mysql/sys/sys_login_log.sql", "Apache-2.0"),
    "ums_member_info": (*ZERO, "script/sql/backup_mysql/ums/ums_member_info.sql", "Apache-2.0"),
    "ums_member_address": (*ZERO, "script/sql/backup_mysql/ums/ums_member_address.sql", "Apache-2.0"),
    "ums_member_login_log": (*ZERO, "script/sql/backup_mysql/ums/ums_member_login_log.sql", "Apache-2.0"),
}
CLASSES = "collects/src/main/java/com/woodys/eventcollect/database/table/"

TABLES: Tables = {
    'sys_user': ('用户信息', [
        ('id', 'bigint', '用户id'),
        ('mobile', 'char(11)', '手机号码'),
        ('user_name', 'varchar(50)', '用户账号'),
        ('nick_name', 'varchar(30)', '用户昵称'),
        ('user_type', 'varchar(2)', '用户类型（00系统用户）'),
        ('avatar', 'varchar(100)', '头像路径'),
        ('email', 'varchar(50)', '用户邮箱'),
        ('password', 'varchar(64)', '密码'),
        ('status', 'tinyint', '状态(1:正常，0:禁用)'),
        ('dept_id', 'bigint', '部门ID'),
        ('login_ip', 'varchar(128)', '最后登录IP'),
        ('login_date', 'datetime', '最后登录时间'),
        ('login_browser', 'varchar(50)', '浏览器类型'),
        ('login_os', 'varchar(50)', '操作系统'),
        ('pwd_update_date', 'datetime', '密码最后更新时间'),
        ('remark', 'varchar(255)', '备注'),
        ('del_flag', 'tinyint', '删除标志（0代表删除 1代表存在）'),
        ('create_by', 'varchar(50)', '创建者'),
        ('create_time', 'timestamp', '创建时间'),
        ('update_by', 'varchar(50)', '更新者'),
        ('update_time', 'datetime', '更新时间'),
    ]),
    'sys_login_log': ('系统登录日志表', [
        ('id', 'bigint', '登录日志id'),
        ('login_name', 'varchar(50)', '登录账号'),
        ('ipaddr', 'varchar(128)', '登录IP地址'),
        ('login_location', 'varchar(255)', '登录地点'),
        ('platform', 'varchar(50)', '平台信息'),
        ('browser', 'varchar(50)', '浏览器类型'),
        ('version', 'varchar(50)', '浏览器版本'),
        ('os', 'varchar(50)', '操作系统'),
        ('arch', 'varchar(50)', '体系结构信息'),
        ('engine', 'varchar(50)', '渲染引擎信息'),
        ('engine_details', 'varchar(50)', '渲染引擎详细信息'),
        ('extra', 'varchar(50)', '其他信息（可选）'),
        ('status', 'tinyint', '登录状态(0:失败,1:成功)'),
        ('msg', 'varchar(255)', '提示消息'),
        ('login_time', 'datetime', '访问时间'),
    ]),
    'ums_member_info': ('会员信息表', [
        ('id', 'bigint', '主键ID'),
        ('member_id', 'bigint', '会员ID'),
        ('wx_openid', 'varchar(64)', '微信openid'),
        ('level_id', 'bigint', '等级ID'),
        ('nickname', 'varchar(50)', '昵称'),
        ('mobile', 'varchar(11)', '手机号码'),
        ('source', 'tinyint', '注册来源：0-PC，1-APP，2-小程序'),
        ('password', 'varchar(100)', '密码'),
        ('avatar', 'varchar(255)', '头像'),
        ('signature', 'varchar(200)', '个性签名'),
        ('gender', 'tinyint', '性别：0-未知，1-男，2-女'),
        ('birthday', 'date', '生日'),
        ('growth_point', 'int', '成长值'),
        ('points', 'int', '积分'),
        ('total_points', 'int', '累计获得积分'),
        ('spend_amount', 'decimal(10, 2)', '累计消费金额'),
        ('order_count', 'int', '订单数'),
        ('coupon_count', 'int', '优惠券数量'),
        ('comment_count', 'int', '评价数'),
        ('return_count', 'int', '退货数'),
        ('lottery_times', 'int', '剩余抽奖次数'),
        ('first_login_status', 'tinyint', '1:未登录过,2:已登录过'),
        ('last_login', 'datetime', '最后登录'),
        ('is_enabled', 'tinyint', '是否启用：0-禁用，1-启用'),
        ('create_time', 'datetime', '创建时间'),
        ('update_time', 'datetime', '更新时间'),
        ('is_deleted', 'tinyint', '是否删除'),
    ]),
    'ums_member_address': ('会员收货地址表', [
        ('id', 'bigint', None),
        ('member_id', 'bigint', '会员ID'),
        ('receiver_name', 'varchar(50)', '收货人姓名'),
        ('receiver_phone', 'varchar(20)', '收货人电话'),
        ('province', 'varchar(50)', '省份'),
        ('city', 'varchar(50)', '城市'),
        ('district', 'varchar(50)', '区县'),
        ('detail_address', 'varchar(200)', '详细地址'),
        ('postal_code', 'varchar(20)', '邮政编码'),
        ('tag', 'varchar(20)', '地址标签：家、公司等'),
        ('is_default', 'tinyint', '是否默认地址'),
        ('create_time', 'datetime', '创建时间'),
        ('update_time', 'datetime', '更新时间'),
        ('is_deleted', 'tinyint', '是否删除'),
    ]),
    'ums_member_login_log': ('会员登录记录', [
        ('id', 'bigint', None),
        ('member_id', 'bigint', '会员id'),
        ('member_ip', 'varchar(64)', '登录ip'),
        ('city', 'varchar(64)', '登录城市'),
        ('login_type', 'tinyint', '登录类型：0->PC；1->android;2->ios;3->小程序'),
        ('province', 'varchar(64)', '登录省份'),
        ('create_time', 'datetime', '登录时间'),
    ]),
}

# EventCollect's tables as its DbProvider creates them in the app's SQLite database (no comments in
# SQLite: the Java fields' comments are given for the reader); name -> [(column, SQLite type, comment)]
SQLITE: Tables = {
    "device_data": ("DeviceData", [
        ("d_id", "INTEGER", "设备信息id"), ("width", "INTEGER", "屏幕宽"), ("height", "INTEGER", "屏幕高"),
        ("android_version", "INTEGER", "android系统版本号"), ("device_id", "TEXT", "设备唯一id"),
        ("mobile_model", "TEXT", "android6.0 iphone10 .."), ("mobile_type", "TEXT", "小米1 iphone6s ..."),
    ]),
    "event_data": ("EventData", [
        ("e_id", "INTEGER", "事件信息id"), ("phone_no", "TEXT", None), ("d_id", "INTEGER", "设备信息id"),
        ("app_version", "TEXT", "版本"), ("operator", "TEXT", "运营商"), ("latitude", "TEXT", "纬度"),
        ("longitude", "TEXT", "经度"), ("network", "TEXT", "3G WIFI ..."), ("type", "TEXT", "类型"),
        ("clazz", "TEXT", "class"), ("title", "TEXT", "页面title"), ("offset_time", "INTEGER", "页面停留时间，当前时间减去进入的时间"),
        ("x", "INTEGER", "x坐标"), ("y", "INTEGER", "y坐标"), ("descriptor", "TEXT", "描述信息"), ("ct", "INTEGER", "创建时间"),
    ]),
}

# the seed rows zero-admin's scripts publish (its own INSERTs: column lists as theirs, values as published)
PUBLISHED = {
    "sys_user": (["id", "mobile", "user_name", "nick_name", "avatar", "email", "password", "status", "remark"], [
        [1, "18613030111", "admin", "admin", "https://gw.alipayobjects.com/zos/antfincdn/XAosXuNZyF/BiazfanxmamNRoxxVxka.png",
         "1002219331@qq.com", "123456", 1, "超级管理员"],
        [2, "18613030222", "test", "test", "https://gw.alipayobjects.com/zos/antfincdn/XAosXuNZyF/BiazfanxmamNRoxxVxka.png",
         "123@qq.com", "123456", 1, "演示权限"],
    ]),
    "ums_member_info": (["id", "member_id", "level_id", "nickname", "mobile", "source", "password", "avatar", "signature",
                         "gender", "birthday", "growth_point", "points", "total_points", "spend_amount", "order_count",
                         "coupon_count", "comment_count", "return_count", "lottery_times", "last_login", "is_enabled"], [
        [1, 1001, 1, "张三", "13800138001", 0, "123456", "https://example.com/avatar/001.jpg", "生活就是购物~", 1, "1990-01-15",
         100, 500, 1000, 999.99, 10, 3, 8, 1, 2, "2024-01-15 08:30:00", 1],
        [2, 1002, 2, "李四", "13800138002", 1, "123456", "https://example.com/avatar/002.jpg", "潮流时尚，品质生活", 2, "1995-03-20",
         500, 1200, 2000, 2999.99, 25, 8, 20, 0, 5, "2024-01-15 12:45:00", 1],
        [3, 1003, 3, "王五", "13800138003", 2, "123456", "https://example.com/avatar/003.jpg", "VIP专享生活", 1, "1988-07-08",
         1000, 3000, 5000, 8999.99, 50, 15, 45, 2, 10, "2024-01-15 15:20:00", 1],
        [4, 1004, 4, "赵六", "13800138004", 1, "123456", "https://example.com/avatar/004.jpg", "享受生活每一天", 2, "1992-12-25",
         2000, 5000, 8000, 15999.99, 80, 20, 75, 3, 15, "2024-01-15 18:10:00", 1],
        [5, 1005, 5, "钱七", "13800138005", 0, "123456", "https://example.com/avatar/005.jpg", "至尊购物体验", 1, "1985-05-01",
         5000, 10000, 15000, 29999.99, 150, 30, 120, 5, 20, "2024-01-15 20:30:00", 1],
    ]),
    "ums_member_address": (["id", "member_id", "receiver_name", "receiver_phone", "province", "city", "district",
                            "detail_address", "postal_code", "tag", "is_default"], [
        [1, 1001, "张三", "13800138001", "广东省", "深圳市", "南山区", "科技园科兴科学园B座", "518057", "公司", 0],
        [2, 1001, "张三", "13800138001", "广东省", "深圳市", "福田区", "福中三路1006号诺德中心", "518048", "家", 1],
        [3, 1002, "李四", "13800138002", "广东省", "广州市", "天河区", "珠江新城花城大道85号高德置地广场", "510623", "公司", 1],
        [4, 1002, "李四妈妈", "13800138003", "广东省", "广州市", "越秀区", "解放北路928号", "510030", "父母家", 0],
        [5, 1003, "王五", "13800138004", "广东省", "珠海市", "香洲区", "情侣南路399号", "519000", "家", 1],
        [6, 1003, "王五", "13800138004", "广东省", "珠海市", "横琴新区", "环岛东路2000号", "519031", "公司", 0],
        [7, 1004, "赵六", "13800138005", "广东省", "东莞市", "南城区", "鸿福路200号第一国际", "523000", "公司", 1],
        [8, 1005, "钱七", "13800138006", "广东省", "深圳市", "宝安区", "新安街道创业二路腾讯滨海大厦", "518101", "公司", 1],
        [9, 1005, "钱七", "13800138006", "广东省", "深圳市", "罗湖区", "东门南路金光华广场", "518001", "家", 0],
    ]),
}

# a DataGrip-style column line: `name type … comment '…'` (lower-case keywords, no backquotes)
COLUMN = re.compile(r"^\s*(\w+)\s+([a-z]+(?:\([\d, ]+\))?)[^\n]*?(?:comment\s+'([^']*)')?,?\s*$", re.M | re.I)
NOT_COLUMNS = {"primary", "constraint", "unique", "key", "index"}


def ddl_columns(text: str, table: str) -> list[tuple[str, "str | None"]]:
    """(name, comment) of `table`'s columns in zero-admin's lower-case DDL of it."""
    start = re.search(rf"create table {table}\s*\(", text, re.I)
    body = text[start.end():start.end() + re.search(r"^\s*\)", text[start.end():], re.M).start()]
    return [(m.group(1), m.group(3).strip() if m.group(3) else None) for m in COLUMN.finditer(body)
            if m.group(1).lower() not in NOT_COLUMNS]


def check(mirrors: Path) -> int:
    bad = 0
    show = lambda repo, commit, path: subprocess.run(  # noqa: E731
        ["git", f"--git-dir={mirror_git(mirrors, repo)}", "show", f"{commit}:{path}"], check=True,
        capture_output=True, text=True).stdout
    for table, (repo, commit, path, _) in SOURCES.items():
        theirs, ours = ddl_columns(show(repo, commit, path), table), [(n, c) for n, _, c in TABLES[table][1]]
        if theirs != ours:
            print(f"{table}: differs from {repo}@{commit[:8]}:{path}\n  theirs {theirs}\n  ours   {ours}")
            bad = 1
    for table, (cls, cols) in SQLITE.items():
        java = show(*COLLECT, f"{CLASSES}{cls}.java")
        named = set(re.findall(r'@TableField\(value = "(\w+)"', java))
        fields = re.findall(r"public \w+ (\w+);", java)
        # a field with @TableField is stored under that name, the others under their own
        plain = [f for f in fields if f.lower() not in {n.replace("_", "") for n in named}]
        if {n for n, _, _ in cols} != named | set(plain):
            print(f"{table}: differs from {COLLECT[0]}@{COLLECT[1][:8]} {cls}: {sorted(named | set(plain))}")
            bad = 1
    print("schemas: " + ("differences" if bad else "all tables match their sources"))
    return bad


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "--check":
        print("usage: python benchmarks/zh24/schemas.py --check MIRROR_ROOT", file=sys.stderr)
        sys.exit(2)
    sys.exit(check(Path(sys.argv[2])))
