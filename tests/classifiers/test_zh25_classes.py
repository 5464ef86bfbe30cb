"""Classes of Chinese data the zh25 blind run showed (benchmarks/zh25/README.md), each on its own:
RuoYi, FastBee and Jeecg back offices."""
from __future__ import annotations

import random

from tests.classifiers.fields import sql_column as _column, table_entities as _entities

RNG = random.Random(25)
LOGINS = ["lanz", "test1", "nnd1", "suyat", "liyats", "xiaowang88", "zhangwei_01", "13988888887", "lian", "mike2024"]


def _users(n: int, **extra: tuple[list, str]) -> dict[str, str | None]:
    """A RuoYi `sys_user` table of `n` app users and the extra columns (values, comment)."""
    fields = [_column("user_id", list(range(1000100, 1000100 + n)), "用户ID"),
              _column("user_name", ["admin", "ry"] + [f"{RNG.choice(LOGINS)}{i}" for i in range(n - 2)], "用户账号")]
    fields += [_column(path, values, comment) for path, (values, comment) in extra.items()]
    return _entities("app-admin.sql/sys_user", *fields)


def test_an_audit_column_of_the_administrator_is_no_one_s_account():
    """RuoYi's `create_by` 创建者 holds `admin` on the rows the back office keyed in (and is
    empty on the rest): the operator, none of the people the rows are about. The engine would
    read it as those people's accounts in another role (`admin` is one of `user_name`'s)."""
    n = 60
    found = _users(n, create_by=(["admin"] * 3 + [""] * (n - 3), "创建者"),
                   update_by=([RNG.choice(["admin", "", ""]) for _ in range(n)], "更新者"))
    assert found["create_by"] is None and found["update_by"] is None
    assert found["user_name"] == "ACCOUNT_ID"


def test_an_audit_column_of_the_people_themselves_stays_their_account():
    """A bank card the user added themselves: its `create_by` is the user's own login, many of
    them, the administrator nowhere: the same people in another role."""
    n = 60
    logins = [f"{RNG.choice(LOGINS)}{i}" for i in range(n)]
    fields = [_column("bank_card_id", list(range(1, n + 1)), "银行卡ID"), _column("user_name", logins, "用户名"),
              _column("create_by", logins, "创建者")]
    found = _entities("app-admin.sql/sys_user_bank_card", *fields)
    assert found["create_by"] == "ACCOUNT_ID"


def test_a_tenant_copied_into_create_by_is_no_one_s_name():
    """FastBee's devices: `create_by` repeats the tenant (`admin`, `fastbee`, `wumei`) that owns
    the product, a copy of `tenant_name`: the platform's operators."""
    n = 80
    tenants = [RNG.choice(["admin", "fastbee", "wumei"]) for _ in range(n)]
    owners = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强"]
    fields = [_column("device_id", list(range(100, 100 + n)), "设备ID"),
              _column("user_id", [RNG.randint(3, 60) for _ in range(n)], "用户ID"),
              _column("user_name", [RNG.choice(owners) for _ in range(n)], "用户昵称"),
              _column("tenant_name", tenants, "租户名称"), _column("create_by", tenants, "创建者")]
    found = _entities("fastbee.sql/iot_device", *fields)
    assert found["create_by"] not in ("ACCOUNT_ID", "PERSON")


def test_stock_labels_and_status_messages_under_content_names():
    """A `remark` 备注 of the staff's roles (`管理员`, `客服`) and a login log's `msg` 提示消息
    (`登录成功`, `验证码已失效`): what the back office files a row under and what the program
    reports, repeated over hundreds of rows, no one's writing. A signature drawn from a short list
    of sentences is still what its writers wrote."""
    n = 200
    found = _users(n, remark=([RNG.choice(["管理员", "测试员", "运营", "客服"]) for _ in range(n)], "备注"),
                   msg=([RNG.choice(["登录成功", "登录成功", "验证码错误", "验证码已失效", "用户不存在/密码错误", "退出成功",
                                     "密码输入错误3次"])
                         for _ in range(n)], "提示消息"),
                   signature=([RNG.choice(["生活就是购物~", "潮流时尚，品质生活", "享受生活每一天", "今天也要加油鸭",
                                           "爱吃火锅的胖子", "佛系买家"]) for _ in range(n)], "个性签名"))
    assert found["remark"] is None and found["msg"] is None
    assert found["signature"] == "USER_CONTENT"


def test_http_clients_in_a_login_log_s_browser_column():
    """RuoYi's login log `browser` 浏览器类型 as its parser names the client: browsers, and the
    HTTP clients of the app's own requests (`okhttp 4.12.0`, `Dart 3.3`, `Apache-HttpClient`)."""
    n = 200
    clients = ["Chrome 147", "QQ Browser 21.0.8421.400", "okhttp 4.12.0", "Dart 3.3", "Apache-HttpClient 4.5.14",
               "Mobile Safari 17.4", "Unknown"]
    found = _entities("app-admin.sql/sys_logininfor", _column("info_id", list(range(n)), "访问ID"),
                      _column("browser", [RNG.choice(clients) for _ in range(n)], "浏览器类型"))
    assert found["browser"] == "USER_AGENT"


def test_names_given_to_devices_are_no_models():
    """FastBee's `device_name` 设备名称 (`客厅智能开关`) and a things model's `model_name` 物模型名称
    (`空气温度`): Han phrases a user or a product manager wrote, with no model code in them. A
    column of phone models under the same name stays models."""
    n = 100
    rooms, things = ["客厅", "卧室", "仓库", "一号大棚"], ["智能开关", "温湿度传感器", "摄像头", "网关"]
    found = _entities("fastbee.sql/iot_device", _column("device_id", list(range(n)), "设备ID"),
                      _column("device_name", [RNG.choice(rooms) + RNG.choice(things) for _ in range(n)], "设备名称"),
                      _column("model_name", [RNG.choice(["空气温度", "空气湿度", "设备开关"]) for _ in range(n)], "物模型名称"))
    assert found["device_name"] != "DEVICE_MODEL" and found["model_name"] != "DEVICE_MODEL"
    phones = _entities("app_device", _column("id", list(range(n))),
                       _column("device_name", [RNG.choice(["HUAWEI Mate 60 Pro", "小米14", "vivo X100", "iPhone 15"])
                                               for _ in range(n)], "设备名称"))
    assert phones["device_name"] == "DEVICE_MODEL"


def test_a_geoip_place_with_its_network_operator():
    """FastBee's `network_address` 设备所在地址 as pconline's GeoIP answers it (`广东省深圳市 电信`):
    the region of the device's address, not a postal address."""
    n = 120
    places = ["广东省深圳市", "浙江省杭州市", "四川省成都市", "湖北省武汉市", "北京市北京市"]
    found = _entities("fastbee.sql/iot_device", _column("device_id", list(range(n)), "设备ID"),
                      _column("network_address", [f"{RNG.choice(places)} {RNG.choice(['电信', '联通', '移动'])}"
                                                  for _ in range(n)], "设备所在地址"))
    assert found["network_address"] == "REGION"


def test_a_table_of_user_levels_keys_levels_and_a_level_is_no_account():
    """`sys_user_level` lists the VIP levels users are sorted into: its key numbers levels, no
    person; and a user's `user_level` 用户层级 (0 at the root of the invite tree) is a depth."""
    levels = _entities("app-admin.sql/sys_user_level", _column("level_id", list(range(11, 21)), "等级ID"),
                       _column("level", list(range(10)), "等级"),
                       _column("level_name", [f"VIP.{i}" for i in range(10)], "等级名称"))
    assert levels["level_id"] is None
    n = 120
    found = _users(n, user_level=([RNG.choice([0, 1, 1, 2, 3]) for _ in range(n)], "用户层级，根用户为0"))
    assert found["user_level"] is None


def test_a_code_legend_with_no_role_is_no_identity():
    """RuoYi's `business_type` 业务类型（0其它 1新增 2修改 3删除）: a record's kind under a bare
    `type`, coded; a legend of roles (`1-买家 2-商家 3-主播`) is still the user's identity."""
    n = 150
    found = _entities("app-admin.sql/sys_oper_log", _column("oper_id", list(range(n)), "日志主键"),
                      _column("business_type", [RNG.choice([0, 1, 2, 3]) for _ in range(n)], "业务类型（0其它 1新增 2修改 3删除）"),
                      _column("user_type", [RNG.choice([1, 2, 3]) for _ in range(n)], "用户身份：1-买家 2-商家 3-主播"))
    assert found["business_type"] != "USER_ROLE"
    assert found["user_type"] == "USER_ROLE"


def test_a_token_s_lifetime_and_scope_are_no_accounts():
    """FastBee's WeChat logins: `expire_in` 第三方用户的授权令牌的有效期 (7200 seconds) and `scope`
    第三方用户授予的权限 (`snsapi_userinfo`) say what a token grants and for how long, not whose."""
    n = 100
    found = _entities("fastbee.sql/iot_social_user", _column("social_user_id", list(range(n)), "第三方系统用户表主键"),
                      _column("expire_in", [7200] * n, "第三方用户的授权令牌的有效期（部分平台可能没有）"),
                      _column("scope", ["snsapi_userinfo"] * n, "第三方用户授予的权限(部分平台可能没有)"))
    assert found["expire_in"] != "ACCOUNT_ID" and found["scope"] != "ACCOUNT_ID"


def test_an_account_number_beside_its_bank_is_the_bank_card():
    """app-admin's withdrawals: `account_no` 账号 beside `bank_name` 开户行 is the card the money
    goes to, though a back office's seed numbers rarely pass Luhn; beside no bank, an account
    number of a platform is left to its name."""
    n = 80
    numbers = ["".join(RNG.choice("0123456789") for _ in range(RNG.choice([14, 16, 17, 19]))) for _ in range(n)]
    holders = [RNG.choice(["张三", "李四", "王五", "赵六"]) for _ in range(n)]
    found = _entities("app-admin.sql/sys_user_withdraw", _column("withdraw_id", list(range(n)), "提现ID"),
                      _column("bank_name", [RNG.choice(["建设银行", "工行", "招商银行"]) for _ in range(n)], "开户行"),
                      _column("account_no", numbers, "账号"), _column("account_name", holders, "姓名"))
    assert found["account_no"] == "CREDIT_CARD"
    alone = _entities("shop.members", _column("id", list(range(n)), "ID"), _column("account_no", numbers, "账号"),
                      _column("account_name", holders, "姓名"))
    assert alone["account_no"] != "CREDIT_CARD"


def test_ruoyi_s_operator_of_an_operation_is_their_login():
    """RuoYi's operation log `oper_name` 操作人员: the login of whoever did it (`admin`, an app
    user's `lanz` or phone number); a network operator's name under the same words is no login."""
    n = 150
    logins = [RNG.choice(["admin", "ry"]) if RNG.random() < 0.3 else RNG.choice([f"{RNG.choice(LOGINS)}{RNG.randint(1, 99)}",
                                                                               f"139{RNG.randint(10000000, 99999999)}"])
              for _ in range(n)]
    found = _entities("app-admin.sql/sys_oper_log", _column("oper_id", list(range(n)), "日志主键"),
                      _column("oper_name", logins, "操作人员"))
    assert found["oper_name"] == "ACCOUNT_ID"
    carriers = _entities("cell_towers", _column("id", list(range(n))),
                         _column("oper_name", [RNG.choice(["China Mobile", "China Unicom", "China Telecom"]) for _ in range(n)]))
    assert carriers["oper_name"] != "ACCOUNT_ID"
