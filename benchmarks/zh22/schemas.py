"""The columns (name, type, Chinese COMMENT) of the public schemas zh22's tables copy.

Transcribed from four public Chinese projects at pinned commits; `python benchmarks/zh22/schemas.py
--check MIRROR_ROOT` compares every column's name and comment with the snapshots the workplace's
fetch tool brings (MIRROR_ROOT/OWNER+NAME/repo). Only names, types and comments are kept: no code
of any project.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from zhsql import Tables, check_sources  # noqa: E402

MALL4J = ("gz-yami/mall4j", "2617536eea343de0b4b9dd1bf97d6a9e25aac2f0", "db/yami_shop.sql", "AGPL-3.0")
# (repository, commit, path, licence) of each table's DDL
SOURCES = {
    "tz_user": MALL4J,
    "tz_user_addr": MALL4J,
    "tb_newbee_mall_order": ("newbee-ltd/newbee-mall", "a069069b07027613bf0e7f571736be86f431faee",
                             "src/main/resources/newbee_mall_schema.sql", "GPL-3.0"),
    "device_info": ("heshangzhou/PushMessage", "0cc7202c961586fe07cf659ab8a096f08f489435", "Push.sql", "none stated"),
    "sensors_events": ("WLH55/clklog_mini", "01aa419431f4e7a0526c2bae63aa75e402f2efaa", "clklog_devops/init.sql", "AGPL-3.0"),
}

TABLES: Tables = {
    'tz_user': ('用户表', [
        ('user_id', 'varchar(36)', 'ID'),
        ('nick_name', 'varchar(50)', '用户昵称'),
        ('real_name', 'varchar(50)', '真实姓名'),
        ('user_mail', 'varchar(100)', '用户邮箱'),
        ('login_password', 'varchar(255)', '登录密码'),
        ('pay_password', 'varchar(50)', '支付密码'),
        ('user_mobile', 'varchar(50)', '手机号码'),
        ('modify_time', 'datetime', '修改时间'),
        ('user_regtime', 'datetime', '注册时间'),
        ('user_regip', 'varchar(50)', '注册IP'),
        ('user_lasttime', 'datetime', '最后登录时间'),
        ('user_lastip', 'varchar(50)', '最后登录IP'),
        ('user_memo', 'varchar(500)', '备注'),
        ('sex', 'char(1)', 'M(男) or F(女)'),
        ('birth_date', 'char(10)', '例如：2009-11-27'),
        ('pic', 'varchar(255)', '头像图片路径'),
        ('status', 'int(1)', '状态 1 正常 0 无效'),
        ('score', 'int(11)', '用户积分'),
    ]),
    'tz_user_addr': ('用户配送地址', [
        ('addr_id', 'bigint(20) unsigned', 'ID'),
        ('user_id', 'varchar(36)', '用户ID'),
        ('receiver', 'varchar(50)', '收货人'),
        ('province_id', 'bigint(20)', '省ID'),
        ('province', 'varchar(100)', '省'),
        ('city', 'varchar(20)', '城市'),
        ('city_id', 'bigint(20)', '城市ID'),
        ('area', 'varchar(20)', '区'),
        ('area_id', 'bigint(20)', '区ID'),
        ('post_code', 'varchar(15)', '邮编'),
        ('addr', 'varchar(1000)', '地址'),
        ('mobile', 'varchar(20)', '手机'),
        ('status', 'int(1)', '状态,1正常，0无效'),
        ('common_addr', 'int(1)', '是否默认地址 1是'),
        ('create_time', 'datetime', '建立时间'),
        ('version', 'int(5)', '版本号'),
        ('update_time', 'datetime', '更新时间'),
    ]),
    'tb_newbee_mall_order': (None, [
        ('order_id', 'bigint(20)', '订单表主键id'),
        ('order_no', 'varchar(20)', '订单号'),
        ('user_id', 'bigint(20)', '用户主键id'),
        ('total_price', 'int(11)', '订单总价'),
        ('pay_status', 'tinyint(4)', '支付状态:0.未支付,1.支付成功,-1:支付失败'),
        ('pay_type', 'tinyint(4)', '0.无 1.支付宝支付 2.微信支付'),
        ('pay_time', 'datetime(0)', '支付时间'),
        ('order_status', 'tinyint(4)', '订单状态:0.待支付 1.已支付 2.配货完成 3:出库成功 4.交易成功 -1.手动关闭 -2.超时关闭 -3.商家关闭'),
        ('extra_info', 'varchar(100)', '订单body'),
        ('user_name', 'varchar(30)', '收货人姓名'),
        ('user_phone', 'varchar(11)', '收货人手机号'),
        ('user_address', 'varchar(100)', '收货人收货地址'),
        ('is_deleted', 'tinyint(4)', '删除标识字段(0-未删除 1-已删除)'),
        ('create_time', 'datetime(0)', '创建时间'),
        ('update_time', 'datetime(0)', '最新修改时间'),
    ]),
    'device_info': ('手机厂商设备信息表', [
        ('id', 'int(11) unsigned', 'id'),
        ('user_user_id', 'int(11) unsigned', '用户id'),
        ('agent_id', 'int(11) unsigned', '代理商id'),
        ('vip', 'int(11)', '用户VIPID'),
        ('device_id', 'varchar(50)', '手机设备id'),
        ('device_name', 'varchar(50)', '手机型号'),
        ('device_brand', 'varchar(50)', '手机品牌'),
        ('token', 'varchar(256)', '华为 oppe厂商 token reg_id'),
        ('token_idx', 'varchar(100)', 'token 做为索引 md5(token)'),
        ('sdk_version', 'varchar(50)', '系统版本'),
        ('device_os', 'varchar(50)', '系统'),
        ('app_version', 'varchar(50)', 'app版本'),
        ('app_vercode', 'varchar(50)', 'app版本code'),
        ('input_time', 'datetime', None),
        ('update_time', 'datetime', None),
    ]),
    'sensors_events': (None, [
        ('_track_id', 'Int64', None),
        ('time', 'DateTime64(3)', '事件发生时间（毫秒）'),
        ('event_date', 'Date', '事件日期（用于分区）'),
        ('type', 'String', '事件类型，如track、profile_set等'),
        ('distinct_id', 'String', '用户唯一标识'),
        ('anonymous_id', 'String', '匿名用户ID'),
        ('event', 'String', '事件名称'),
        ('_flush_time', 'DateTime64(3)', '事件发送时间'),
        ('identity_anonymous_id', 'String', '身份信息中的匿名ID'),
        ('identity_android_id', 'String', '身份信息中的Android设备ID'),
        ('lib_method', 'String', 'SDK集成方式，如code'),
        ('lib', 'String', 'SDK类型，如Android'),
        ('lib_version', 'String', 'SDK版本号'),
        ('app_version', 'String', '应用版本号'),
        ('lib_detail', 'String', 'SDK详细信息'),
        ('town_name', 'String', '小镇名称'),
        ('town_action', 'String', '小镇操作'),
        ('is_first_day', 'Bool', '是否为首次访问日'),
        ('os', 'String', '操作系统名称'),
        ('os_version', 'String', '操作系统版本'),
        ('manufacturer', 'String', '设备制造商'),
        ('model', 'String', '设备型号'),
        ('brand', 'String', '设备品牌'),
        ('screen_width', 'UInt16', '屏幕宽度（像素）'),
        ('screen_height', 'UInt16', '屏幕高度（像素）'),
        ('timezone_offset', 'Int32', '时区偏移量（秒）'),
        ('app_id', 'String', '应用包名'),
        ('app_name', 'String', '应用名称'),
        ('wifi', 'Bool', '是否使用WiFi网络'),
        ('network_type', 'String', '网络类型'),
        ('lib_plugin_version', 'Array(String)', 'SDK插件版本列表'),
        ('device_id', 'String', '设备ID'),
        ('raw_identities', 'String', '完整的identities原始JSON'),
        ('raw_lib', 'String', '完整的lib原始JSON'),
        ('raw_properties', 'String', '完整的properties原始JSON'),
        ('raw_event_params', 'String', '完整的event_params原始JSON'),
    ]),
}

if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"] and len(sys.argv) == 3:
        sys.exit(check_sources(Path(sys.argv[2]), SOURCES, TABLES))
    sys.exit("usage: python benchmarks/zh22/schemas.py --check MIRROR_ROOT")
