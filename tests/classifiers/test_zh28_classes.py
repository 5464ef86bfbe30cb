"""Classes of Chinese data the zh28 blind run showed (benchmarks/zh28/README.md), each on its own:
a power-bank rental service with pinyin column names (shardPower), a 小红书-like notes app
(red-book-backend), a school's student records."""
from __future__ import annotations

import random

from datamap.model import FieldSample
from tests.classifiers.fields import sql_column as _column, han_name, mainland_mobiles, table_entities as _entities
from tests.catalog.check_helpers import flagged_in_sql

RNG = random.Random(28)
PHONES = mainland_mobiles(RNG, 400)


def _ids(n: int) -> FieldSample:
    return _column("id", list(range(1, n + 1)), "主键")


def test_an_upload_stored_under_its_epoch_milliseconds_is_no_file_of_the_device():
    """The Spring Boot templates' pictures (`tupian` 图片, `zhaopian` 照片: `upload/1751177353000.jpg`):
    the server names each upload by the moment it stored it and keeps it in its upload folder, by
    name and values alone. A phone's own camera folder (`DCIM/Camera/…`) stays the device's files."""
    n = 200
    stored = [f"upload/{RNG.choice([1700000000000 + RNG.randint(0, 10 ** 11), RNG.randint(10 ** 12, 10 ** 13 - 1)])}.jpg" for _ in range(n)]
    for names in ((("tupian", "图片"), ("zhaopian", "照片")), (("c05", None), ("c06", None))):
        found = _entities("power.sql/zulindingdan", _ids(n), _column("yonghushouji", PHONES[:n], "用户手机"),
                          _column(names[0][0], stored, names[0][1]), _column(names[1][0], stored[::-1], names[1][1]))
        assert found[names[0][0]] != "FILE_NAME" and found[names[1][0]] != "FILE_NAME"
    camera = [f"DCIM/Camera/{1700000000000 + RNG.randint(0, 10 ** 11)}.jpg" for _ in range(n)]
    found = _entities("uploads.csv", _ids(n), _column("file_path", camera))
    assert found["file_path"] == "FILE_NAME"


def test_a_staff_member_s_account_in_pinyin_is_an_account():
    """shardPower's maintainers: `renyuanzhanghao` 人员账号 (staff account: a work number, a login with
    digits or a mobile) is the account they sign in with, as `yonghuzhanghao` 用户账号 is a user's,
    in pinyin with or without the comment."""
    n = 120
    logins = [RNG.choice([f"wh{RNG.randint(100000, 999999)}", str(RNG.randint(100000, 999999)), PHONES[i]]) for i in range(n)]
    for comment in ("人员账号", None):
        found = _entities("power.sql/feiyongdingdan", _ids(n), _column("renyuanzhanghao", logins, comment),
                          _column("renyuanxingming", [han_name(RNG) for _ in range(n)], "人员姓名" if comment else None))
        assert found["renyuanzhanghao"] == "ACCOUNT_ID"


def test_a_school_s_subject_is_no_study_s_subject():
    """The student records' `subject_id` 所属专业 (the student's major, `1` … `4`) and an exam system's
    `subject_id` 科目ID: a school's subject, no one's account. MIMIC's `subject_id` (the patient) stays one."""
    n = 300
    majors = [str(RNG.randint(1, 4)) for _ in range(n)]
    for comment in ("所属专业", "科目ID"):
        found = _entities("student.sql/student", _column("stu_id", [f"2022{i:06d}" for i in range(n)], "学生主键-学号"),
                          _column("name", [han_name(RNG) for _ in range(n)], "姓名"), _column("subject_id", majors, comment))
        assert found["subject_id"] != "ACCOUNT_ID"
    found = _entities("admissions.csv", _column("row_id", list(range(n))),
                      _column("subject_id", [RNG.randint(10000, 99999) for _ in range(n)]))
    assert found["subject_id"] == "ACCOUNT_ID"


def test_a_few_people_over_many_rows_are_names_by_their_values_alone():
    """The students' `teacher_name` 班主任姓名: eight class teachers over 300 students (a ward's
    fifteen doctors over 400 orders): fewer than twenty names, but every one reads as a name.
    A column of as few categories (nursing items, places) stays no one's name."""
    n = 300
    teachers = ["刘文", "尚文", "王秀英", "陈志强", "欧阳娜娜", "李静", "张建国", "赵敏"]
    items = ["压疮预防", "跌倒预防", "疼痛护理", "血糖监测", "入院宣教", "饮食指导", "用药指导", "出院指导"]
    cities = ["杭州", "武汉", "黄石", "成都", "西安", "深圳", "北京", "南京"]
    found = _entities("student.csv", _column("c01", [f"2022{i:06d}" for i in range(n)]),
                      _column("c02", [RNG.choice(teachers) for _ in range(n)]),
                      _column("c03", [RNG.choice(items) for _ in range(n)]), _column("c04", [RNG.choice(cities) for _ in range(n)]))
    assert found["c02"] == "PERSON"
    assert found["c03"] != "PERSON" and found["c04"] != "PERSON"


def test_a_user_s_city_however_written_is_a_place_by_its_values_alone():
    """red-book's `tbl_user.city` 城市 as users fill it: `杭州`, `杭州市` or `浙江省杭州市` in one column.
    Every form names a mainland city; none of them alone is most of the column."""
    n = 300
    cities = [("浙江省", "杭州市"), ("四川省", "成都市"), ("湖北省", "武汉市"), ("陕西省", "西安市"), ("广东省", "深圳市"), ("北京市", "北京市")]
    forms = []
    for _ in range(n):
        province, city = RNG.choice(cities)
        forms.append(RNG.choice([city[:-1], city, province + city if province != city else city]))
    found = _entities("tbl_user.csv", _column("c01", [RNG.randint(10 ** 18, 2 * 10 ** 18) for _ in range(n)]),
                      _column("c02", PHONES[:n]), _column("c03", forms))
    assert found["c03"] in ("CITY", "REGION", "LOCATION")



def test_a_slip_is_no_ip_address():
    """An `order_slip_id` (a packing slip's number) and a `deposit_slip` are English words: `slip` is
    no pinyin initials (数量) before `ip`, in the static gate, which has the names alone. A `zcip`
    注册IP stays an address."""
    flagged = flagged_in_sql("CREATE TABLE orders (id bigint primary key, order_slip_id varchar(32), deposit_slip varchar(32), "
                             "zcip varchar(64));")
    assert flagged.get(("orders", "order_slip_id")) != "device.ip_address"
    assert flagged.get(("orders", "deposit_slip")) != "device.ip_address"
    assert flagged[("orders", "zcip")] == "device.ip_address"


def test_short_hex_salts_are_no_geohashes():
    """red-book's `tbl_sys_user.salt` 盐 (`3f9c`: four hex digits) beside the staff's names: no letter
    past `f` in twenty values, so hexadecimal, no 20-km cells. Cells of the same length (`wtmk`,
    `ws10`) beside them stay places."""
    n = 20
    staff = [_column("id", list(range(1, n + 1))), _column("c02", [han_name(RNG) for _ in range(n)])]
    # (drawn without `a`, a letter no cell has: the salts a geohash's pattern admits whole)
    salts = ["".join(RNG.choice("0123456789bcdef") for _ in range(4)) for _ in range(n)]
    cells = [RNG.choice("wx") + RNG.choice("st") + "".join(RNG.choice("0123456789bcdefghjkmnpqrstuvwxyz") for _ in range(2))
             for _ in range(n)]
    found = _entities("tbl_sys_user.csv", *staff, _column("c04", salts), _column("geohash", cells))
    assert found["c04"] != "GEOHASH"
    assert found["geohash"] == "GEOHASH"


def test_shops_names_beside_their_contact_are_no_one_s_writing():
    """shardPower's partner merchants: `shanghumingcheng` 商户名称 (`海底捞火锅（珞喻路店）`, a shop and its
    branch) beside the contact's name and mobile: by its values alone, the shop's name, no text the
    contact wrote. Sentences beside them stay the person's."""
    n = 60
    shops = ["蜜雪冰城", "瑞幸咖啡", "肯德基", "喜茶", "全家便利店", "沙县小吃", "海底捞火锅", "万达影城", "如家酒店", "屈臣氏"]
    roads = ["文三路", "天目山路", "古墩路", "中关村大街", "学院路", "知春路", "科技园南路", "深南大道", "春熙路", "珞喻路"]
    words = ["服务态度很好，下次还来", "充电宝经常借不到，希望多放几台", "押金退得很快，点赞", "店员帮忙找了半天，谢谢",
             "机柜在门口很好找", "晚上十点以后就关门了，不方便", "扫码没反应，换了一台才好", "收费有点贵", "希望能支持支付宝免押",
             "位置太偏了，找了好久"]
    found = _entities("hezuoshanghu.csv", _column("c01", list(range(1, n + 1))),
                      _column("c04", [f"{RNG.choice(shops)}（{RNG.choice(roads)}店）" for _ in range(n)]),
                      _column("c07", [han_name(RNG) for _ in range(n)]), _column("c08", PHONES[:n]),
                      _column("c09", [f"{RNG.choice(words)}，{RNG.choice(words)}" for _ in range(n)]))
    assert found["c04"] != "USER_CONTENT"
    assert found["c09"] == "USER_CONTENT"


def test_a_lookup_table_s_names_are_no_files():
    """The school's `subject` table: four majors (`subject_name` 专业名称, 计算机科学与技术): `name` is a
    weak word for a file, and no value has an extension, however few rows. Four file names stay files."""
    majors = ["计算机科学与技术", "软件工程", "网络工程", "数字媒体技术"]
    found = _entities("student.sql/subject", _column("subject_id", ["1", "2", "3", "4"], "专业主键"),
                      _column("subject_name", majors, "专业名称", "varchar(64)"),
                      _column("file_name", ["IMG_2041.HEIC", "report.pdf", "合同.docx", "照片.jpg"], "文件名"))
    assert found["subject_name"] != "FILE_NAME"
    assert found["file_name"] == "FILE_NAME"
