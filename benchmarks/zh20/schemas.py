"""The columns (name, type, Chinese COMMENT) of the public schemas zh20's tables copy.

Transcribed from five public Chinese projects at pinned commits; `python benchmarks/zh20/schemas.py
--check MIRROR_ROOT` compares every column's name and comment with the snapshots the workplace's
fetch tool brings (MIRROR_ROOT/OWNER+NAME/repo). Only names, types and comments are kept: no code
of any project.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# (repository, commit, path, licence) of each table's DDL
SOURCES = {
    "litemall_user": ("linlinjava/litemall", "a1ef964a718b7277925b19ea26afe78ea3a1d325", "litemall-db/sql/litemall_table.sql", "MIT"),
    "litemall_address": ("linlinjava/litemall", "a1ef964a718b7277925b19ea26afe78ea3a1d325", "litemall-db/sql/litemall_table.sql", "MIT"),
    "litemall_order": ("linlinjava/litemall", "a1ef964a718b7277925b19ea26afe78ea3a1d325", "litemall-db/sql/litemall_table.sql", "MIT"),
    "litemall_search_history": ("linlinjava/litemall", "a1ef964a718b7277925b19ea26afe78ea3a1d325", "litemall-db/sql/litemall_table.sql", "MIT"),
    "t_technician": ("Autobon/Platform", "717c0cfed1af37c21c78943ff44d192ad46a18ae",
                     "Technician/src/main/resources/db/migration/V20160205.2__t_technician.sql", "none stated"),
    "t_location": ("Autobon/Platform", "717c0cfed1af37c21c78943ff44d192ad46a18ae",
                   "Technician/src/main/resources/db/migration/V20160301.1__t_location.sql", "none stated"),
    "t_device": ("fanlushuai/push-mq-consumer", "89b4a769871d1f2181f2292cbe29c04e2c4da8c9",
                 "push-mq-consumer/src/main/resources/table.sql", "none stated"),
    "dot_event_record": ("yuqiyich/chat_server", "eab40c2467e0bfa3602388fd008e305ce0c406d3",
                         "src/main/resources/sql/dot_event_record.sql", "none stated"),
    "ulaunchlog": ("zhongweilijinwei/FuseServer", "7a25ba6d2a7e1564366dd92d8643bf1d0099fdb6", "src/script/deploy.sql", "none stated"),
}

TABLES: dict[str, tuple[str | None, list[tuple[str, str, str | None]]]] = {
    'litemall_user': ('用户表', [
        ('id', 'int(11)', None),
        ('username', 'varchar(63)', '用户名称'),
        ('password', 'varchar(63)', '用户密码'),
        ('gender', 'tinyint(3)', '性别：0 未知， 1男， 1 女'),
        ('birthday', 'date', '生日'),
        ('last_login_time', 'datetime', '最近一次登录时间'),
        ('last_login_ip', 'varchar(63)', '最近一次登录IP地址'),
        ('user_level', 'tinyint(3)', '0 普通用户，1 VIP用户，2 高级VIP用户'),
        ('nickname', 'varchar(63)', '用户昵称或网络名称'),
        ('mobile', 'varchar(20)', '用户手机号码'),
        ('avatar', 'varchar(255)', '用户头像图片'),
        ('weixin_openid', 'varchar(63)', '微信登录openid'),
        ('session_key', 'varchar(100)', '微信登录会话KEY'),
        ('status', 'tinyint(3)', '0 可用, 1 禁用, 2 注销'),
        ('add_time', 'datetime', '创建时间'),
        ('update_time', 'datetime', '更新时间'),
        ('deleted', 'tinyint(1)', '逻辑删除'),
    ]),
    'litemall_address': ('收货地址表', [
        ('id', 'int(11)', None),
        ('name', 'varchar(63)', '收货人名称'),
        ('user_id', 'int(11)', '用户表的用户ID'),
        ('province', 'varchar(63)', '行政区域表的省ID'),
        ('city', 'varchar(63)', '行政区域表的市ID'),
        ('county', 'varchar(63)', '行政区域表的区县ID'),
        ('address_detail', 'varchar(127)', '详细收货地址'),
        ('area_code', 'char(6)', '地区编码'),
        ('postal_code', 'char(6)', '邮政编码'),
        ('tel', 'varchar(20)', '手机号码'),
        ('is_default', 'tinyint(1)', '是否默认地址'),
        ('add_time', 'datetime', '创建时间'),
        ('update_time', 'datetime', '更新时间'),
        ('deleted', 'tinyint(1)', '逻辑删除'),
    ]),
    'litemall_order': ('订单表', [
        ('id', 'int(11)', None),
        ('user_id', 'int(11)', '用户表的用户ID'),
        ('order_sn', 'varchar(63)', '订单编号'),
        ('order_status', 'smallint(6)', '订单状态'),
        ('aftersale_status', 'smallint(6)', '售后状态，0是可申请，1是用户已申请，2是管理员审核通过，3是管理员退款成功，4是管理员审核拒绝，5是用户已取消'),
        ('consignee', 'varchar(63)', '收货人名称'),
        ('mobile', 'varchar(63)', '收货人手机号'),
        ('address', 'varchar(127)', '收货具体地址'),
        ('message', 'varchar(512)', '用户订单留言'),
        ('goods_price', 'decimal(10,2)', '商品总费用'),
        ('freight_price', 'decimal(10,2)', '配送费用'),
        ('coupon_price', 'decimal(10,2)', '优惠券减免'),
        ('integral_price', 'decimal(10,2)', '用户积分减免'),
        ('groupon_price', 'decimal(10,2)', '团购优惠价减免'),
        ('order_price', 'decimal(10,2)', '订单费用， = goods_price + freight_price - coupon_price'),
        ('actual_price', 'decimal(10,2)', '实付费用， = order_price - integral_price'),
        ('pay_id', 'varchar(63)', '微信付款编号'),
        ('pay_time', 'datetime', '微信付款时间'),
        ('ship_sn', 'varchar(63)', '发货编号'),
        ('ship_channel', 'varchar(63)', '发货快递公司'),
        ('ship_time', 'datetime', '发货开始时间'),
        ('refund_amount', 'decimal(10,2)', '实际退款金额，（有可能退款金额小于实际支付金额）'),
        ('refund_type', 'varchar(63)', '退款方式'),
        ('refund_content', 'varchar(127)', '退款备注'),
        ('refund_time', 'datetime', '退款时间'),
        ('confirm_time', 'datetime', '用户确认收货时间'),
        ('comments', 'smallint(6)', '待评价订单商品数量'),
        ('end_time', 'datetime', '订单关闭时间'),
        ('add_time', 'datetime', '创建时间'),
        ('update_time', 'datetime', '更新时间'),
        ('deleted', 'tinyint(1)', '逻辑删除'),
    ]),
    'litemall_search_history': ('搜索历史表', [
        ('id', 'int(11)', None),
        ('user_id', 'int(11)', '用户表的用户ID'),
        ('keyword', 'varchar(63)', '搜索关键字'),
        ('from', 'varchar(63)', '搜索来源，如pc、wx、app'),
        ('add_time', 'datetime', '创建时间'),
        ('update_time', 'datetime', '更新时间'),
        ('deleted', 'tinyint(1)', '逻辑删除'),
    ]),
    't_technician': (None, [
        ('id', 'int(11)', None),
        ('phone', 'VARCHAR(45)', None),
        ('password', 'VARCHAR(255)', None),
        ('name', 'VARCHAR(45)', '姓名'),
        ('gender', 'VARCHAR(45)', '性别'),
        ('id_no', 'VARCHAR(45)', '身份证号'),
        ('id_photo', 'VARCHAR(255)', None),
        ('avatar', 'VARCHAR(255)', '头像'),
        ('bank', 'VARCHAR(45)', '开户银行'),
        ('bank_address', 'VARCHAR(255)', '开户行地址'),
        ('bank_card_no', 'VARCHAR(45)', '银行卡号'),
        ('status', 'int(11)', '0: 未审核，1：审核通过，2：审核未过，3：帐户禁用'),
        ('request_verify_at', 'datetime', '申请认证时间'),
        ('verify_at', 'datetime', '审核时间'),
        ('verify_msg', 'VARCHAR(255)', '认证消息'),
        ('last_login_at', 'datetime', '上次登录时间'),
        ('last_login_ip', 'VARCHAR(45)', '上次登录IP'),
        ('create_at', 'datetime', None),
        ('skill', 'VARCHAR(45)', '技能'),
        ('push_id', 'VARCHAR(128)', None),
    ]),
    't_location': ('技师实时位置表', [
        ('id', 'int(11)', None),
        ('create_at', 'datetime', '同步位置时间'),
        ('lng', 'varchar(20)', '实时位置经度'),
        ('lat', 'varchar(20)', '实时位置纬度'),
        ('province', 'varchar(20)', '省'),
        ('city', 'varchar(20)', '市'),
        ('district', 'varchar(20)', '区县'),
        ('street', 'varchar(255)', '街道'),
        ('street_number', 'varchar(20)', '街道号'),
        ('tech_id', 'int(11)', '技师id'),
    ]),
    't_device': ('设备表', [
        ('id', 'bigint(20) unsigned', None),
        ('push_token', 'varchar(64)', '推送token'),
        ('imei', 'varchar(40)', '设备唯一编号'),
        ('platform', 'varchar(30)', '设备品牌'),
        ('jid', 'varchar(128)', '用户编号'),
        ('model', 'varchar(50)', '设备型号'),
        ('version', 'varchar(10)', 'app版本'),
        ('os', 'varchar(10)', '系统名称'),
        ('os_info', 'varchar(30)', '系统信息'),
        ('language', 'varchar(30)', '设备语言'),
        ('timezone', 'varchar(64)', '时区'),
        ('create_time', 'datetime', '添加时间'),
        ('update_time', 'bigint(13)', '更新时间'),
        ('device_push_settings', 'bigint(20)', '设备的推送设置'),
    ]),
    'dot_event_record': (None, [
        ('id', 'int(11)', None),
        ('event_key', 'varchar(255)', '事件id'),
        ('user_id', 'bigint(20)', '用户id'),
        ('device_id', 'varchar(255)', '设备id'),
        ('event_detail', 'varchar(255)', '事件详情'),
        ('create_time', 'datetime', '创建时间'),
        ('device_brand', 'varchar(255)', '设备品牌'),
        ('system_version', 'varchar(255)', '设备系统'),
        ('app_versionname', 'varchar(255)', '应用版本名称'),
        ('net_state', 'varchar(255)', '网络状态'),
        ('location_lat', 'double', '当前位置经度'),
        ('app_id', 'int(11)', '应用的id'),
        ('platform', 'varchar(20)', '应用平台'),
        ('channel', 'varchar(255)', '应用渠道'),
        ('location_lng', 'double', '当前位置的纬度'),
        ('ext', 'varchar(255)', '备注字段'),
        ('app_versioncode', 'varchar(255)', '版本号'),
        ('device_model', 'varchar(255)', '设备型号'),
        ('request_ip', 'varchar(255)', '请求的ip'),
        ('order_id', 'varchar(50)', '订单ID'),  # the three ALTER TABLE … ADD after the dump
        ('scene', 'varchar(10)', '场景'),
        ('user_type', 'int(4)', '用户类型'),
    ]),
    'ulaunchlog': (None, [
        ('id', 'int(11)', None),
        ('iccid', 'varchar(255)', 'sim卡卡号'),
        ('imei', 'varchar(255)', '移动设备标识号'),
        ('imsi', 'varchar(255)', '移动用户识别码'),
        ('ip', 'varchar(255)', '用户ip地址'),
        ('model', 'varchar(255)', '用户手机型号'),
        ('plugins', 'varchar(255)', '当前sdk已安装插件信息列表，json形式保存'),
        ('sdkver', 'varchar(255)', '用户手机系统版本'),
        ('uappid', 'varchar(255)', 'sdk appid'),
        ('uappkey', 'varchar(255)', 'sdk appkey'),
        ('uchannel', 'varchar(255)', '渠道id'),
        ('version', 'varchar(255)', 'sdk版本号'),
        ('position', 'varchar(32)', '经纬度，精度与纬度都留小数点后四位，用英文逗号分隔拼接成字符串,如 62.5352,136.4526'),
        ('netype', 'varchar(6)', '网络类型,wifi或3G或4G'),
        ('isp', 'varchar(32)', '运营商'),
        ('dpi', 'varchar(32)', '屏幕分辨率,示例：1080*1920*480'),
        ('launchtime', 'datetime', '启动时间，即记录时间'),
    ]),
}

COLUMN = re.compile(r"^\s*`?(\w+)`?\s+(?:int|bigint|tinyint|smallint|varchar|char|VARCHAR|date|datetime|decimal|double)\b[^\n]*?"
                    r"(?:COMMENT\s+'([^']*)')?,?\s*$", re.M)


def source_columns(text: str, table: str) -> list[tuple[str, str | None]]:
    """(name, comment) of `table`'s columns in the first CREATE TABLE of it in `text`, then its ALTER … ADDs."""
    start = re.search(rf"CREATE TABLE (?:IF NOT EXISTS )?`?{table}`?\s*\(", text)
    body = text[start.end():text.index(";", start.end())]
    cols = [(m.group(1), m.group(2)) for m in COLUMN.finditer(body)]
    cols += [(m.group(1), m.group(2)) for m in re.finditer(rf"ALTER TABLE {table} ADD (\w+) [^\n]*?COMMENT '([^']*)'", text)]
    return cols


def check(mirrors: Path) -> int:
    """Compare every table's columns with its source at the pinned commit; 1 on any difference."""
    bad = 0
    for table, (repo, commit, path, _) in SOURCES.items():
        git = next((mirrors / repo.replace("/", "+")).glob("repo*"))
        git = git / ".git" if (git / ".git").is_dir() else git
        text = subprocess.run(["git", f"--git-dir={git}", "show", f"{commit}:{path}"], check=True,
                              capture_output=True, text=True).stdout
        ours = [(name, comment) for name, _, comment in TABLES[table][1]]
        if source_columns(text, table) != ours:
            print(f"{table}: differs from {repo}@{commit[:8]}:{path}\n  theirs {source_columns(text, table)}\n  ours   {ours}")
            bad = 1
    print("schemas: " + ("differences" if bad else "all tables match their sources"))
    return bad


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"] and len(sys.argv) == 3:
        sys.exit(check(Path(sys.argv[2])))
    sys.exit("usage: python benchmarks/zh20/schemas.py --check MIRROR_ROOT")
