"""The columns (name, type, Chinese COMMENT) of the public schemas zh23's tables copy, and the
fields (name, description) of the uniCloud collections it exports.

Transcribed from three public Chinese projects at pinned commits; `python benchmarks/zh23/schemas.py
--check MIRROR_ROOT` compares every column's name and comment, and every collection's field names,
with the snapshots the workplace's fetch tool brings (MIRROR_ROOT/OWNER+NAME/repo). Only names,
types and descriptions are kept: no code of any project.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from zhsql import Tables, check_sources, mirror_git  # noqa: E402

TAXI = ("MoroboshiDann/online-taxi-public", "4baba86fdedb5dd8d891eca0125899eef2f4e4e2")
WVP = ("648540858/wvp-GB28181-pro", "768d740949570f3447773aa85985a5ab0c6f750f")
UNI = ("dcloudio/uni-admin", "08c3f5bb0b91dcb039a098e87c21680421547b0e")
# (repository, commit, path, licence) of each table's DDL
SOURCES = {
    "passenger_user": (*TAXI, "sql/service-passenger-user.sql", "none stated"),
    "driver_user": (*TAXI, "sql/service-driver-user.sql", "none stated"),
    "order_info": (*TAXI, "sql/service-order.sql", "none stated"),
    "wvp_device_mobile_position": (*WVP, "docker/mysql/db/wvp.sql", "MIT"),
}

TABLES: Tables = {
    'passenger_user': (None, [
        ('id', 'bigint UNSIGNED', None),
        ('gmt_create', 'datetime', None),
        ('gmt_modified', 'datetime', None),
        ('passenger_phone', 'varchar(16)', None),
        ('passenger_name', 'varchar(16)', None),
        ('passenger_gender', 'tinyint(1)', '0：未知，1：男，2：女'),
        ('state', 'tinyint(1)', '0是有效，1是失效'),
        ('profile_photo', 'varchar(128)', None),
    ]),
    'driver_user': (None, [
        ('id', 'bigint', None),
        ('address', 'char(6)', '司机注册地，行政区划代码'),
        ('driver_name', 'varchar(16)', '司机姓名'),
        ('driver_phone', 'varchar(16)', None),
        ('driver_gender', 'tinyint', '0：未知，1：男，2：女'),
        ('driver_birthday', 'date', None),
        ('driver_nation', 'char(2)', None),
        ('driver_contact_address', 'varchar(255)', None),
        ('license_id', 'varchar(128)', None),
        ('get_driver_license_date', 'date', '初次领取驾驶证日期'),
        ('driver_license_on', 'date', None),
        ('driver_license_off', 'date', None),
        ('taxi_driver', 'tinyint', '是否是巡游出租车'),
        ('certificate_no', 'varchar(255)', '网络预约出租车驾驶员资格证号'),
        ('network_car_issue_organization', 'varchar(255)', '资格证发证机构'),
        ('network_car_issue_date', 'date', '资格证发证日期'),
        ('get_network_car_proof_date', 'date', '初次领取资格证日期'),
        ('network_car_proof_on', 'date', '资格证有效期起始日期'),
        ('network_car_proof_off', 'date', None),
        ('register_date', 'date', '报备日期'),
        ('commercial_type', 'tinyint', '服务类型：1，网络预约出租车，2，巡游出租车，3，私人小客车合乘'),
        ('contract_company', 'varchar(255)', '驾驶员合同签署公司'),
        ('contract_on', 'date', None),
        ('contract_off', 'date', None),
        ('state', 'tinyint', '状态，0：有效，1：失效'),
        ('gmt_create', 'datetime', None),
        ('gmt_update', 'datetime', None),
    ]),
    'order_info': (None, [
        ('id', 'bigint', None),
        ('passenger_id', 'bigint', None),
        ('passenger_phone', 'varchar(16)', None),
        ('driver_id', 'bigint', None),
        ('dirver_phone', 'varchar(16)', None),
        ('car_id', 'bigint', None),
        ('address', 'char(6)', '订单所在地'),
        ('order_time', 'datetime', '订单发起时间'),
        ('depart_time', 'datetime', '预计用车时间'),
        ('departure', 'varchar(128)', '出发地具体地址'),
        ('dep_longitude', 'varchar(16)', '出发地经纬度'),
        ('dep_latitude', 'varchar(16)', None),
        ('destination', 'varchar(128)', '目的地具体地址'),
        ('dest_longitude', 'varchar(16)', '目的地经纬度'),
        ('dest_latitude', 'varchar(16)', None),
        ('encrypt', 'int', '加密方式'),
        ('fare_type', 'varchar(16)', '收费类型'),
        ('fare_version', 'int', None),
        ('receive_order_car_longitude', 'varchar(16)', '接到订单时，司机初始位置经纬度'),
        ('receive_order_car_latitude', 'varchar(16)', None),
        ('receive_order_time', 'datetime', None),
        ('license_id', 'varchar(128)', '驾照编号'),
        ('vehicle_no', 'varchar(128)', '车牌号'),
        ('to_pick_up_passenger_time', 'datetime', '司机出发去接乘客的时间'),
        ('to_pick_up_passenger_longitude', 'varchar(16)', '位置'),
        ('to_pick_up_passenger_latitude', 'varchar(16)', None),
        ('to_pick_up_passenger_address', 'varchar(128)', '出发去接乘客时，司机的地点'),
        ('drver_addrived_departure_time', 'datetime', '司机到达上车地点的时间'),
        ('pick_up_passenger_time', 'datetime', '乘客上车时间'),
        ('pick_up_passenger_longitude', 'varchar(16)', None),
        ('pick_up_passenger_latitude', 'varchar(16)', None),
        ('passenger_getoff_time', 'datetime', None),
        ('passenger_getoff_longitude', 'varchar(16)', None),
        ('passenger_getoff_latitude', 'varchar(16)', None),
        ('cancel_time', 'datetime', None),
        ('cancel_operator', 'int', '订单撤销发起者'),
        ('cancel_type_code', 'int', '撤销类型代码：1乘客提前撤销，2驾驶员提前撤销，3平台公司撤销，4乘客违约撤销，5驾驶员违约撤销'),
        ('drive_mile', 'bigint', None),
        ('drive_time', 'bigint', None),
        ('order_status', 'int', '订单状态：1订单开始，2司机接单，3去接乘客，4司机到达上车点，5乘客上车，开始行程，6达到目的地，7发起收款，8支付完成，9订单取消'),
        ('gmt_create', 'datetime', None),
        ('gmt_update', 'datetime', None),
    ]),
    'wvp_device_mobile_position': (None, [
        ('id', 'serial', None),
        ('device_id', 'character varying(50)', None),
        ('channel_id', 'character varying(50)', None),
        ('device_name', 'character varying(255)', None),
        ('time', 'character varying(50)', None),
        ('longitude', 'double precision', None),
        ('latitude', 'double precision', None),
        ('altitude', 'double precision', None),
        ('speed', 'double precision', None),
        ('direction', 'double precision', None),
        ('report_source', 'character varying(50)', None),
        ('create_time', 'character varying(50)', None),
    ]),
}

# uniCloud collections (DCloud's uni-admin, MIT): the schema file and its fields' descriptions
COLLECTIONS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "opendb-device": ("uni_modules/uni-id-pages/uniCloud/database/opendb-device.schema.json", [
        ("_id", "ID，系统自动生成"), ("appid", "DCloud appid"), ("device_id", "设备唯一标识"), ("vendor", "设备厂商"),
        ("push_clientid", "推送设备客户端标识"), ("imei", "国际移动设备识别码IMEI"), ("oaid", "匿名设备标识符(OAID)"),
        ("idfa", "iOS平台配置应用使用广告标识(IDFA)"), ("imsi", "国际移动用户识别码"), ("model", "设备型号"),
        ("platform", "平台类型"), ("uni_platform", "uni-app 运行平台"), ("os_name", "ios|android|windows|mac|linux"),
        ("os_version", "操作系统版本号"), ("os_language", "操作系统语言"), ("os_theme", "操作系统主题 light|dark"),
        ("pixel_ratio", "设备像素比"), ("network_model", "设备网络型号wifi/3G/4G/"), ("window_width", "设备窗口宽度"),
        ("window_height", "设备窗口高度"), ("screen_width", "设备屏幕宽度"), ("screen_height", "设备屏幕高度"),
        ("rom_name", "rom 名称"), ("rom_version", "rom 版本"), ("location_latitude", "纬度"), ("location_longitude", "经度"),
        ("location_country", "国家"), ("location_province", "省份"), ("location_city", "城市"), ("create_date", "创建时间"),
        ("last_update_date", "最后一次修改时间")]),
    "uni-stat-event-logs": ("uniCloud-aliyun/database/uni-stat-event-logs.schema.json", [
        ("_id", "ID，系统自动生成"), ("appid", "客户端上报的应用ID"), ("version", "客户端上报的应用版本号"),
        ("platform", "客户端上报的平台code"), ("channel", "客户端上报的渠道code/场景值"), ("device_id", "客户端携带的设备标识"),
        ("uid", "用户编号, 对应uni-id-users._id"), ("session_id", "访问会话日志ID"), ("page_id", "页面ID"),
        ("event_key", "客户端上报的key"), ("param", "事件参数"), ("sdk_version", "基础库版本号"),
        ("platform_version", "平台版本，如微信、支付宝宿主App版本号"), ("device_os", "设备系统编号，1：安卓，2：iOS，3：PC"),
        ("device_os_version", "设备系统版本"), ("device_net", "设备网络型号wifi/3G/4G/"), ("device_vendor", "设备供应商"),
        ("device_model", "设备型号"), ("device_language", "设备语言包"), ("device_pixel_ratio", "设备像素比"),
        ("device_window_width", "设备窗口宽度"), ("device_window_height", "设备窗口高度"), ("device_screen_width", "设备屏幕宽度"),
        ("device_screen_height", "设备屏幕高度"), ("create_time", "创建时间")]),
}


def check_collections(mirrors: Path) -> int:
    """Compare each collection's field names with its schema file at UNI's commit; 1 on any difference."""
    bad = 0
    for name, (path, fields) in COLLECTIONS.items():
        text = subprocess.run(["git", f"--git-dir={mirror_git(mirrors, UNI[0])}", "show", f"{UNI[1]}:{path}"],
                              check=True, capture_output=True, text=True).stdout
        text = re.sub(r"^\s*//.*$", "", text, flags=re.M)  # DCloud's schema files carry // comments
        theirs = list(json.loads(text[text.index("{"):])["properties"])
        if theirs != [field for field, _ in fields]:
            print(f"{name}: differs from {UNI[0]}@{UNI[1][:8]}:{path}\n  theirs {theirs}")
            bad = 1
    return bad


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"] and len(sys.argv) == 3:
        sys.exit(check_sources(Path(sys.argv[2]), SOURCES, TABLES) | check_collections(Path(sys.argv[2])))
    print(__doc__)
