"""The columns (name, type, Chinese COMMENT) of the public schemas zh19's tables copy.

Transcribed from two open-source shops at pinned commits; `python benchmarks/zh19/schemas.py
--check GIT_DIR_MALL GIT_DIR_YUDAO` compares them with a snapshot (the workplace's fetch tool
brings one: github:macrozheng/mall, github:YunaiV/ruoyi-vue-pro). Only names, types and comments
are kept: no code of either project.
"""
from __future__ import annotations

import re
import subprocess
import sys

MALL_COMMIT = "74eebe067d4f17b2d0b61691bef2748e3a7daf80"  # macrozheng/mall, Apache-2.0
MALL_PATH = "document/sql/mall.sql"
YUDAO_COMMIT = "e4e460d563a3b6f0b5255f9b061b258128ffd822"  # YunaiV/ruoyi-vue-pro, MIT
YUDAO_PATH = "sql/postgresql/ruoyi-vue-pro.sql"
YUDAO_MEMBER_PATH = "yudao-module-member/src/test/resources/sql/create_tables.sql"  # member_user is in no PostgreSQL script

MALL = {
    'ums_member': ('会员表', [
        ('id', 'bigint(20)', None),
        ('member_level_id', 'bigint(20)', None),
        ('username', 'varchar(64)', '用户名'),
        ('password', 'varchar(64)', '密码'),
        ('nickname', 'varchar(64)', '昵称'),
        ('phone', 'varchar(64)', '手机号码'),
        ('status', 'int(1)', '帐号启用状态:0->禁用；1->启用'),
        ('create_time', 'datetime', '注册时间'),
        ('icon', 'varchar(500)', '头像'),
        ('gender', 'int(1)', '性别：0->未知；1->男；2->女'),
        ('birthday', 'date', '生日'),
        ('city', 'varchar(64)', '所做城市'),
        ('job', 'varchar(100)', '职业'),
        ('personalized_signature', 'varchar(200)', '个性签名'),
        ('source_type', 'int(1)', '用户来源'),
        ('integration', 'int(11)', '积分'),
        ('growth', 'int(11)', '成长值'),
        ('luckey_count', 'int(11)', '剩余抽奖次数'),
        ('history_integration', 'int(11)', '历史积分数量'),
    ]),
    'ums_member_receive_address': ('会员收货地址表', [
        ('id', 'bigint(20)', None),
        ('member_id', 'bigint(20)', None),
        ('name', 'varchar(100)', '收货人名称'),
        ('phone_number', 'varchar(64)', None),
        ('default_status', 'int(1)', '是否为默认'),
        ('post_code', 'varchar(100)', '邮政编码'),
        ('province', 'varchar(100)', '省份/直辖市'),
        ('city', 'varchar(100)', '城市'),
        ('region', 'varchar(100)', '区'),
        ('detail_address', 'varchar(128)', '详细地址(街道)'),
    ]),
    'ums_member_login_log': ('会员登录记录', [
        ('id', 'bigint(20)', None),
        ('member_id', 'bigint(20)', None),
        ('create_time', 'datetime', None),
        ('ip', 'varchar(64)', None),
        ('city', 'varchar(64)', None),
        ('login_type', 'int(1)', '登录类型：0->PC；1->android;2->ios;3->小程序'),
        ('province', 'varchar(64)', None),
    ]),
    'ums_admin_login_log': ('后台用户登录日志表', [
        ('id', 'bigint(20)', None),
        ('admin_id', 'bigint(20)', None),
        ('create_time', 'datetime', None),
        ('ip', 'varchar(64)', None),
        ('address', 'varchar(100)', None),
        ('user_agent', 'varchar(100)', '浏览器登录类型'),
    ]),
    'oms_order': ('订单表', [
        ('id', 'bigint(20)', '订单id'),
        ('member_id', 'bigint(20)', None),
        ('coupon_id', 'bigint(20)', None),
        ('order_sn', 'varchar(64)', '订单编号'),
        ('create_time', 'datetime', '提交时间'),
        ('member_username', 'varchar(64)', '用户帐号'),
        ('total_amount', 'decimal(10, 2)', '订单总金额'),
        ('pay_amount', 'decimal(10, 2)', '应付金额（实际支付金额）'),
        ('freight_amount', 'decimal(10, 2)', '运费金额'),
        ('promotion_amount', 'decimal(10, 2)', '促销优化金额（促销价、满减、阶梯价）'),
        ('integration_amount', 'decimal(10, 2)', '积分抵扣金额'),
        ('coupon_amount', 'decimal(10, 2)', '优惠券抵扣金额'),
        ('discount_amount', 'decimal(10, 2)', '管理员后台调整订单使用的折扣金额'),
        ('pay_type', 'int(1)', '支付方式：0->未支付；1->支付宝；2->微信'),
        ('source_type', 'int(1)', '订单来源：0->PC订单；1->app订单'),
        ('status', 'int(1)', '订单状态：0->待付款；1->待发货；2->已发货；3->已完成；4->已关闭；5->无效订单'),
        ('order_type', 'int(1)', '订单类型：0->正常订单；1->秒杀订单'),
        ('delivery_company', 'varchar(64)', '物流公司(配送方式)'),
        ('delivery_sn', 'varchar(64)', '物流单号'),
        ('auto_confirm_day', 'int(11)', '自动确认时间（天）'),
        ('integration', 'int(11)', '可以获得的积分'),
        ('growth', 'int(11)', '可以活动的成长值'),
        ('promotion_info', 'varchar(100)', '活动信息'),
        ('bill_type', 'int(1)', '发票类型：0->不开发票；1->电子发票；2->纸质发票'),
        ('bill_header', 'varchar(200)', '发票抬头'),
        ('bill_content', 'varchar(200)', '发票内容'),
        ('bill_receiver_phone', 'varchar(32)', '收票人电话'),
        ('bill_receiver_email', 'varchar(64)', '收票人邮箱'),
        ('receiver_name', 'varchar(100)', '收货人姓名'),
        ('receiver_phone', 'varchar(32)', '收货人电话'),
        ('receiver_post_code', 'varchar(32)', '收货人邮编'),
        ('receiver_province', 'varchar(32)', '省份/直辖市'),
        ('receiver_city', 'varchar(32)', '城市'),
        ('receiver_region', 'varchar(32)', '区'),
        ('receiver_detail_address', 'varchar(200)', '详细地址'),
        ('note', 'varchar(500)', '订单备注'),
        ('confirm_status', 'int(1)', '确认收货状态：0->未确认；1->已确认'),
        ('delete_status', 'int(1)', '删除状态：0->未删除；1->已删除'),
        ('use_integration', 'int(11)', '下单时使用的积分'),
        ('payment_time', 'datetime', '支付时间'),
        ('delivery_time', 'datetime', '发货时间'),
        ('receive_time', 'datetime', '确认收货时间'),
        ('comment_time', 'datetime', '评价时间'),
        ('modify_time', 'datetime', '修改时间'),
    ]),
}

YUDAO = {
    'system_users': ('用户信息表', [
        ('id', 'int8', '用户ID'),
        ('username', 'varchar(30)', '用户账号'),
        ('password', 'varchar(100)', '密码'),
        ('nickname', 'varchar(30)', '用户昵称'),
        ('remark', 'varchar(500)', '备注'),
        ('dept_id', 'int8', '部门ID'),
        ('post_ids', 'varchar(255)', '岗位编号数组'),
        ('email', 'varchar(50)', '用户邮箱'),
        ('mobile', 'varchar(11)', '手机号码'),
        ('sex', 'int2', '用户性别'),
        ('avatar', 'varchar(512)', '头像地址'),
        ('status', 'int2', '帐号状态（0正常 1停用）'),
        ('login_ip', 'varchar(50)', '最后登录IP'),
        ('login_date', 'timestamp', '最后登录时间'),
        ('creator', 'varchar(64)', '创建者'),
        ('create_time', 'timestamp', '创建时间'),
        ('updater', 'varchar(64)', '更新者'),
        ('update_time', 'timestamp', '更新时间'),
        ('deleted', 'int2', '是否删除'),
        ('tenant_id', 'int8', '租户编号'),
    ]),
    'system_login_log': ('系统访问记录', [
        ('id', 'int8', '访问ID'),
        ('log_type', 'int8', '日志类型'),
        ('trace_id', 'varchar(64)', '链路追踪编号'),
        ('user_id', 'int8', '用户编号'),
        ('user_type', 'int2', '用户类型'),
        ('username', 'varchar(50)', '用户账号'),
        ('result', 'int2', '登陆结果'),
        ('user_ip', 'varchar(50)', '用户 IP'),
        ('user_agent', 'varchar(512)', '浏览器 UA'),
        ('creator', 'varchar(64)', '创建者'),
        ('create_time', 'timestamp', '创建时间'),
        ('updater', 'varchar(64)', '更新者'),
        ('update_time', 'timestamp', '更新时间'),
        ('deleted', 'int2', '是否删除'),
        ('tenant_id', 'int8', '租户编号'),
    ]),
    'member_user': ('会员表', [
        ('id', 'bigint', '编号'),
        ('nickname', 'varchar(30)', '用户昵称'),
        ('name', 'varchar(30)', '真实名字'),
        ('sex', 'tinyint', '性别'),
        ('birthday', 'datetime', '出生日期'),
        ('area_id', 'int', '所在地'),
        ('mark', 'varchar(255)', '用户备注'),
        ('point', 'int', '积分'),
        ('avatar', 'varchar(255)', '头像'),
        ('status', 'tinyint', '状态'),
        ('mobile', 'varchar(11)', '手机号'),
        ('email', 'varchar(50)', '邮箱'),
        ('password', 'varchar(100)', '密码'),
        ('register_ip', 'varchar(32)', '注册 IP'),
        ('login_ip', 'varchar(50)', '最后登录IP'),
        ('login_date', 'datetime', '最后登录时间'),
        ('tag_ids', 'varchar(255)', '用户标签编号列表,以逗号分隔'),
        ('level_id', 'bigint', '等级编号'),
        ('experience', 'bigint', '经验'),
        ('group_id', 'bigint', '用户分组编号'),
        ('creator', 'varchar(64)', '创建者'),
        ('create_time', 'datetime', '创建时间'),
        ('updater', 'varchar(64)', '更新者'),
        ('update_time', 'datetime', '更新时间'),
        ('deleted', 'bit(1)', '是否删除'),
        ('tenant_id', 'bigint', None),
    ]),
}


def _show(git_dir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"], capture_output=True, text=True, check=True).stdout


def _mall_columns(text: str, table: str) -> list[tuple[str, str | None]]:
    body = text.split(f"CREATE TABLE `{table}`  (\n", 1)[1].split("\n) ENGINE", 1)[0]
    columns = []
    for line in body.splitlines():
        name = re.match(r"\s+`(\w+)` ", line)
        if name:
            comment = re.search(r"COMMENT '([^']*)'", line)
            columns.append((name.group(1), comment.group(1) if comment else None))
    return columns


def _yudao_columns(text: str, table: str) -> list[tuple[str, str | None]]:
    if table == "member_user":
        body = text.split(f'CREATE TABLE IF NOT EXISTS "{table}"\n(\n', 1)[1].split("PRIMARY KEY", 1)[0]
        return [(m.group(1), (re.search(r"(?i)comment '([^']*)'", line) or [None, None])[1])
                for line in body.splitlines() if (m := re.match(r'\s+"?(\w+)"?\s+\w', line))]
    body = text.split(f"CREATE TABLE {table} (\n", 1)[1].split("\n);", 1)[0]
    comments = dict(re.findall(rf"COMMENT ON COLUMN {table}\.(\w+) IS '([^']*)';", text))
    return [(m.group(1), comments.get(m.group(1))) for line in body.splitlines() if (m := re.match(r"\s+(\w+) ", line))]


def check(mall_git: str, yudao_git: str) -> int:
    """Print every table whose transcribed names or comments differ from the pinned commit's; 1 if any."""
    mall = _show(mall_git, MALL_COMMIT, MALL_PATH)
    yudao = _show(yudao_git, YUDAO_COMMIT, YUDAO_PATH)
    member = _show(yudao_git, YUDAO_COMMIT, YUDAO_MEMBER_PATH)
    bad = 0
    for table, (_, columns) in MALL.items():
        if _mall_columns(mall, table) != [(n, c) for n, _, c in columns]:
            print(f"differs: {table}")
            bad += 1
    for table, (_, columns) in YUDAO.items():
        if _yudao_columns(member if table == "member_user" else yudao, table) != [(n, c) for n, _, c in columns]:
            print(f"differs: {table}")
            bad += 1
    print(f"schemas: {bad} tables differ")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "--check":
        sys.exit(__doc__)
    sys.exit(check(sys.argv[2], sys.argv[3]))
