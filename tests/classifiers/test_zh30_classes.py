"""Classes of Chinese data the zh30 blind run showed (benchmarks/zh30/README.md), each on its own:
a clinic's HIS (clinicSystemGo), a community grid's register (Cortana-grid), an ESP32-CAM smart
home's server (IOT-ESP32CAM) and a community's services (community-service)."""
from __future__ import annotations

import random
from pathlib import Path

from inventory.scan import ScanOptions, scan
from tests.classifiers.fields import han_name, mainland_mobiles, sql_column as _column, table_entities as _entities

RNG = random.Random(30)
STREETS = ["文三路", "天目山路", "古墩路", "中关村大街", "学院路", "深南大道", "红星路"]


def _address() -> str:
    return f"{RNG.choice(STREETS)}{RNG.randint(1, 399)}号{RNG.randint(1, 24)}栋{RNG.randint(1, 4)}单元{RNG.randint(1, 28)}0{RNG.randint(1, 4)}"


def _resident_id() -> str:
    """A mainland resident identity number with its ISO 7064 MOD 11-2 check character."""
    body = f"330106{RNG.randint(1955, 2005)}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}{RNG.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def test_the_contact_of_a_place_makes_no_table_of_people():
    """A clinic's row names its responsible person (负责人) and their mobile, a shop's its boss
    (`bossname`), a building its security manager: each row is the place, so its key is no
    account and its years (`build_year`) are no one's birth. A table whose own `name` is a
    person's keeps its key as their account."""
    n = 40
    clinics = _entities("his.sql/clinic", _column("id", list(range(1, n + 1))),
                        _column("name", [f"{RNG.choice(['杭州', '北京', '成都'])}{RNG.choice(['仁和', '康宁', '惠民'])}诊所{i}" for i in range(n)]),
                        _column("responsible_person", [han_name(RNG) for _ in range(n)]),
                        _column("phone", mainland_mobiles(RNG, n)), _column("area", [_address() for _ in range(n)]))
    assert clinics["id"] != "ACCOUNT_ID"
    assert clinics["responsible_person"] == "PERSON" and clinics["phone"] == "PHONE_NUMBER"
    shops = _entities("community-service.sql/serviceplace", _column("serviceplaceID", list(range(1, n + 1)), "场所ID"),
                      _column("serviceplaceName", [RNG.choice(["惠民超市", "老王理发店", "兰州拉面", "社区药房"]) + str(i) for i in range(n)], "场所名称"),
                      _column("placeadder", [_address() for _ in range(n)], "场所地址"),
                      _column("bossname", [han_name(RNG) for _ in range(n)], "经营者"),
                      _column("phone", mainland_mobiles(RNG, n), "联系电话"))
    assert shops["serviceplaceID"] != "ACCOUNT_ID"
    buildings = _entities("cortana.db/building", _column("id", list(range(1, n + 1))),
                          _column("name", [f"{RNG.choice(['幸福里小区', '阳光花园', '翠苑一区'])}{i}期" for i in range(n)]),
                          _column("address", [_address() for _ in range(n)]), _column("build_year", [RNG.randint(1985, 2022) for _ in range(n)]),
                          _column("security_manager", [han_name(RNG) for _ in range(n)]),
                          _column("security_manager_phone", mainland_mobiles(RNG, n)))
    assert buildings["id"] != "ACCOUNT_ID" and buildings["build_year"] != "DATE_OF_BIRTH"
    people = _entities("his.sql/patient", _column("id", list(range(1, n + 1))), _column("name", [han_name(RNG) for _ in range(n)]),
                       _column("phone", mainland_mobiles(RNG, n)), _column("address", [_address() for _ in range(n)]))
    assert people["id"] == "ACCOUNT_ID"


def test_row_numbers_are_no_identity_numbers():
    """A resident register keyed `residentID` 10001 … 10200 (住户ID): the name reads as a
    resident's identity number, but numbers one after another count the rows. Identity numbers
    under the same name stay identity numbers."""
    n = 200
    keys = _column("residentID", list(range(10001, 10001 + n)), "住户ID")
    found = _entities("community-service.sql/tenement", keys, _column("residentName", [han_name(RNG) for _ in range(n)], "住户姓名"),
                      _column("phone", mainland_mobiles(RNG, n), "联系方式"))
    assert found["residentID"] != "GOVERNMENT_ID"
    found = _entities("register.sql/tenement", _column("id", list(range(1, n + 1))), _column("resident_id", [_resident_id() for _ in range(n)]),
                      _column("name", [han_name(RNG) for _ in range(n)]))
    assert found["resident_id"] == "GOVERNMENT_ID"


def test_digests_in_an_upload_folder_are_the_service_s_stored_pictures():
    """A register's `images` (`uploads/person/9f3a07c2b1e4.jpg,…`, 图片路径): pictures the service
    stored under names it made, no files of a device. A phone's own photos stay its files."""
    n = 120
    hexes = "0123456789abcdef"
    stored = [",".join(f"uploads/person/{''.join(RNG.choice(hexes) for _ in range(12))}.jpg" for _ in range(RNG.randint(1, 2)))
              for _ in range(n)]
    found = _entities("cortana.db/person", _column("id", list(range(1, n + 1))), _column("images", stored))
    assert found["images"] != "FILE_NAME"
    photos = [f"/storage/emulated/0/DCIM/Camera/IMG_2026{RNG.randint(1000, 9999)}_{RNG.randint(100000, 999999)}.jpg" for _ in range(n)]
    found = _entities("device_files.csv", _column("file_path", photos))
    assert found["file_path"] == "FILE_NAME"


def test_a_go_map_at_a_log_line_s_end_is_read_as_its_fields(tmp_path: Path):
    """A Go service's `fmt.Println("患者登记参数****", m)` prints the map as `map[key:value …]`:
    its keys and values are the line's fields, so the patient's identity number and birthday
    are found by their keys, as a JSON object's would be."""
    lines = []
    for minute in range(60):
        lines.append(f"患者登记参数************** map[address:{_address()} birthday:{RNG.randint(1960, 2005)}0{RNG.randint(1, 9)}1{RNG.randint(0, 9)} "
                     f"cert_no:{_resident_id()} name:{han_name(RNG)} phone:{mainland_mobiles(RNG, 1)[0]} sex:{RNG.randint(0, 1)}]")
        lines.append(f"[INFO] 2026/08/01 09:{minute:02d} 200 {RNG.uniform(1, 90):.4f}ms 10.0.{RNG.randint(0, 9)}.{RNG.randint(2, 250)} "
                     "POST /patient/create")
    (tmp_path / "clinic_server.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = scan([str(tmp_path)], ScanOptions(workers=1))
    assert not result.errors
    results = next(iter(result.classified.values()))
    found = {r.sample.path: r.best().entity for r in results if r.best() is not None}
    assert found.get("fields.cert_no") == "GOVERNMENT_ID"
    assert found.get("fields.birthday") == "DATE_OF_BIRTH"


def test_labels_a_program_composes_of_a_few_parts_are_no_one_s_writing():
    """A payment's `body` 交易描述 is a clinic's name and a fee's kind joined (`杭州康宁门诊部-
    门诊缴费`): a few parts over hundreds of rows, a program's label. Sentences repeated as often,
    but none built of shared parts, still support a content name."""
    clinics = ["杭州康宁门诊部", "北京惠民社区卫生服务站", "深圳惠民诊所", "成都华康诊所", "武汉德仁诊所", "西安同济门诊部"]
    kinds = ["门诊缴费", "药品零售", "挂号费"]
    n = 300
    found = _entities("his.sql/pay_order", _column("out_trade_no", [f"P2026{RNG.randint(10 ** 9, 10 ** 10)}" for _ in range(n)]),
                      _column("body", [f"{RNG.choice(clinics)}-{RNG.choice(kinds)}" for _ in range(n)]))
    assert found["body"] != "USER_CONTENT"
    said = [f"{RNG.choice(['今天', '昨天', '刚才'])}在{RNG.choice(['东门', '食堂', '操场'])}{RNG.choice(['看到一只猫', '捡到一把钥匙'])}" for _ in range(18)]
    found = _entities("forum.sql/reply", _column("reply_no", [f"P2026{RNG.randint(10 ** 9, 10 ** 10)}" for _ in range(n)]),
                      _column("body", [RNG.choice(said) for _ in range(n)]))
    assert found["body"] == "USER_CONTENT"


def test_a_call_s_result_message_is_the_program_s():
    """An IoT server's operation log: `result_msg` 结果消息 (`拍照成功，图片已上传`, `设备离线，
    指令超时`) is what the device's program answered, no one's writing; the same texts under
    a `message` name are."""
    answers = ["拍照成功，图片已上传", "LED已打开", "LED已关闭", "亮度已设置为八十", "舵机执行完成了", "继电器已闭合",
               "设备离线，指令超时", "MQTT发布失败，请重试", "摄像头初始化失败"]
    n = 300
    rows = [RNG.choice(answers) for _ in range(n)]
    found = _entities("iot.sql/operation_log", _column("id", list(range(1, n + 1))), _column("result_msg", rows, "结果消息(中文)"))
    assert found["result_msg"] != "USER_CONTENT"
    found = _entities("iot.sql/operation_log", _column("id", list(range(1, n + 1))), _column("message", rows))
    assert found["message"] == "USER_CONTENT"


def test_a_table_name_gluing_a_content_word_is_named_for_people_s_writing():
    """A community's `eventprocessing` (事件处理): residents' reports (`contact` 内容) of what they
    saw, the table naming its rows events, though no column says who reported them. A table
    named for no writing (`serviceconfig`) still withdraws such text; the glued name keeps no
    program's categories (`eventType` 环境卫生) as actions."""
    n = 80
    spots = ["东门", "北门", "5号楼", "菜市场", "中心花园", "地下车库"]
    reports = [RNG.choice(["", "你好，", "反映一下，"]) + RNG.choice(["{}附近有人占道经营，晚上很吵", "{}的垃圾桶满了没人清运",
                                                                  "有陌生人在{}发小广告", "{}的健身器材坏了，小孩玩有危险",
                                                                  "电动车在{}里充电，很危险"]).format(RNG.choice(spots))
               + RNG.choice(["", "。", "，希望尽快处理", "！"]) for _ in range(n)]

    def columns() -> list:
        return [_column("eventID", list(range(1, n + 1)), "事件ID"), _column("contact", reports, "内容"),
                _column("progress", [RNG.choice(["待处理", "处理中", "已办结"]) for _ in range(n)], "处理进度"),
                _column("eventType", [RNG.choice(["环境卫生", "治安", "设施维修"]) for _ in range(n)], "事件类型")]

    found = _entities("community-service.sql/eventprocessing", *columns())
    assert found["contact"] == "USER_CONTENT" and found["eventType"] != "BEHAVIORAL_EVENT"
    assert _entities("community-service.sql/serviceconfig", *columns())["contact"] != "USER_CONTENT"


def test_a_client_id_its_comment_calls_a_device_s_is_no_cookie():
    """An IoT server's `client_id` with `COMMENT '设备ID'`: the MQTT client id of a camera, no
    browser's cookie, however few rows say so."""
    ids = ["ESP32CAM_A4CF12B8E0C4", "ESP32CAM_7C9EBD4A1F08", "ESP32CAM_30AEA4C2D915", "esp32-3c61a0"]
    found = _entities("iot.sql/automation_config", _column("id", [1, 2, 3, 4]), _column("client_id", ids, "设备ID"),
                      _column("temp_high", [25, 28, 30, 25], "高温阈值(℃)"))
    assert found["client_id"] != "COOKIE_ID"
    found = _entities("iot.sql/automation_config", _column("id", [1, 2, 3, 4]), _column("client_id", ids),
                      _column("temp_high", [25, 28, 30, 25]))
    assert found["client_id"] == "COOKIE_ID"


def test_a_dwelling_in_a_residential_complex_is_a_postal_address_by_its_values():
    """A grid register's `address_detail` (现住详细地址: `金色家园3期3栋3单元404室`): a complex, a
    building (栋), a unit (单元) and a room, no street; by the values alone it is where someone
    lives. A building's name alone (`3栋`) is none."""
    n = 200
    complexes = ["幸福里", "阳光花园", "金色家园", "翠苑", "绿城桂花园", "万科城", "和平新村", "学府雅苑"]
    rooms = [f"{RNG.choice(complexes)}{RNG.randint(1, 3)}期{RNG.randint(1, 24)}栋{RNG.randint(1, 4)}单元{RNG.randint(1, 28)}0{RNG.randint(1, 4)}室"
             for _ in range(n)]
    assert _entities("person.csv", _column("c10", rooms))["c10"] == "STREET_ADDRESS"
    assert _entities("person.csv", _column("c10", [f"{RNG.randint(1, 24)}栋" for _ in range(n)]))["c10"] != "STREET_ADDRESS"


def test_clinics_names_are_no_one_s_writing():
    """A clinic system's `clinic.name` by its values alone (`杭州康宁门诊部`, `成都华康诊所`): venues'
    names, as a shop's or a hospital's, no sentence anyone wrote."""
    n = 60
    names = [f"{RNG.choice(['杭州', '北京', '深圳', '成都', '武汉', '西安'])}{RNG.choice(['仁和', '康宁', '惠民', '同济', '华康', '德仁'])}"
             f"{RNG.choice(['诊所', '门诊部', '卫生院', '药房'])}{RNG.choice(['', '', '（东区）', '（二部）'])}" for _ in range(n)]
    found = _entities("clinic.csv", _column("c01", list(range(1, n + 1))), _column("c03", names),
                      _column("c04", [han_name(RNG) for _ in range(n)]))
    assert found["c03"] != "USER_CONTENT"
