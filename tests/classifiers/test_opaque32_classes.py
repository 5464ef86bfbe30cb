"""Values alone (issue 10, session 32): classes of personal data told by their values and their
source when every column is named `c01…`. Values written here, not copied from a benchmark."""
from __future__ import annotations

import hashlib
import random
from pathlib import Path

from tests.classifiers.test_opaque30_classes import _scan, _write  # c01… columns, scanned
from tests.classifiers.test_opaque31_classes import FAMILY, GIVEN, _handle, _mobile
from tests.inventory.test_references24 import _people  # a table of people: key, names, e-mails, births

HAN_NAMES = ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "黄强", "周婷", "吴军", "徐倩", "孙浩"]


def test_handles_beside_a_column_of_passwords_are_logins(tmp_path: Path) -> None:
    # a back office's six staff: key, login (no digits: `admin`, `wli`), the password nobody
    # changed, the person's name and phone
    rng = random.Random(32)
    staff = ["admin"] + list(dict.fromkeys(_handle(rng).rstrip("0123456789") for _ in range(30)))[:5]
    rows = [[n, login, "admin" if login == "admin" else "123456", rng.choice(HAN_NAMES), _mobile(rng)]
            for n, login in enumerate(staff, 1)]
    _write(tmp_path / "t1.csv", rows)
    # a table of members whose passwords are bcrypt-hashed (salted: each its own)
    salt = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    members = list(dict.fromkeys(_handle(rng) for _ in range(200)))[:40]
    _write(tmp_path / "t2.csv", [[n, login, "$2a$10$" + "".join(rng.choice(salt) for _ in range(53)),
                                  rng.randint(0, 3)] for n, login in enumerate(members, 1)])
    # packages beside their checksums (unique digests, no default password's): no logins
    packages = ["bash", "coreutils", "grep", "sed", "tar", "gzip", "curl", "wget", "less", "nano"]
    _write(tmp_path / "t3.csv", [[n, p, hashlib.sha256(p.encode()).hexdigest(), f"{rng.randint(1, 9)}.{n}"]
                                 for n, p in enumerate(packages, 1)])
    tables = _scan(tmp_path)
    assert tables["t1"]["c02"] == "ACCOUNT_ID"
    assert tables["t1"]["c03"] != "ACCOUNT_ID"  # `admin`/`admin`: the password is no account
    assert tables["t2"]["c02"] == "ACCOUNT_ID"
    assert tables["t3"]["c02"] != "ACCOUNT_ID"


def test_ids_two_tables_count_alike_point_at_neither_table_s_people(tmp_path: Path) -> None:
    # 200 users numbered 1..200, and 200 batteries numbered 1..200 as well; a swap record names
    # the battery put in (drawn from 1..200): the values fit both keys, so they say no person
    rng = random.Random(7)
    both = tmp_path / "both"
    both.mkdir()
    _people(both, "t1", list(range(1, 201)))
    _write(both / "t2.csv", [[n, f"B{1000000 + n}", rng.choice(["LFP-280", "NCM-811"]), rng.randint(40, 100)]
                                 for n in range(1, 201)])
    _write(both / "t3.csv", [[n, rng.randint(1, 200), rng.choice([30, 45, 60, 80]), f"2026-05-{rng.randint(1, 28):02d}"]
                             for n in range(1, 301)])
    # with no second table counted 1..200 beside the users, the same draws are the users'
    alone = tmp_path / "alone"
    alone.mkdir()
    _people(alone, "t1", list(range(1, 201)))
    _write(alone / "t3.csv", [[n, rng.randint(1, 200), rng.choice([30, 45, 60, 80]), f"2026-05-{rng.randint(1, 28):02d}"]
                              for n in range(1, 301)])
    assert _scan(both)["t3"]["c02"] != "ACCOUNT_ID"
    assert _scan(alone)["t3"]["c02"] == "ACCOUNT_ID"


def test_nicknames_of_writers_recurring_over_comments_are_their_names(tmp_path: Path) -> None:
    # 240 comments by 80 people: each comment's writer as the platform shows them (a real name,
    # 阿…/小…, `一只…`, a handle); a third of the rows distinct, as writers comment again
    rng = random.Random(21)
    people = []
    for _ in range(80):
        kind = rng.random()
        people.append(rng.choice(FAMILY) + rng.choice(GIVEN) if kind < 0.35 else
                      rng.choice("小阿老") + rng.choice(GIVEN) if kind < 0.7 else
                      "一只" + rng.choice(["土豆", "橙子", "小猫", "仔"]) if kind < 0.75 else _handle(rng))
    said = ["蹲一个结果", "我也想知道", "楼主加油", "同问", "哈哈哈同感"]
    _write(tmp_path / "t1.csv", [[n, rng.randint(1, 150), rng.choice(said), rng.choice(people)] for n in range(1, 241)])
    assert _scan(tmp_path)["t1"]["c04"] == "PERSON"


def test_punctuated_phrases_on_the_rows_of_people_one_each_are_their_bios(tmp_path: Path) -> None:
    # members, one a row (name, mobile), with a signature from a handful the sample repeats,
    # and a job title written bare (no one's words)
    rng = random.Random(8)
    bios = ["二胎宝妈，记录带娃日常", "95后 | 摄影 | 旅行", "程序员，偶尔分享穿搭", "热爱生活的杭州女孩🌸",
            "分享好物，不接广告", "喜欢猫和咖啡☕️", "专注美妆分享十年", "做有温度的好物推荐"]
    titles = ["高级软件工程师", "市场营销经理", "人力资源专员", "财务会计主管", "产品运营专员"]
    phones = list(dict.fromkeys(_mobile(rng) for _ in range(300)))[:200]
    _write(tmp_path / "t1.csv", [[n, rng.choice(FAMILY) + rng.choice(GIVEN) + rng.choice(GIVEN), phone,
                                  rng.choice(bios), rng.choice(titles)] for n, phone in enumerate(phones, 1)])
    table = _scan(tmp_path)["t1"]
    assert table["c04"] == "USER_CONTENT"
    assert table["c05"] != "USER_CONTENT"


def test_lists_of_tags_a_register_picks_for_its_people_are_no_bios(tmp_path: Path) -> None:
    # a community register's residents, one a row, each with one or two of a closed set of
    # care tags (`独居老人,残疾人`): picked from a list, no one's words; the bios beside them still are
    rng = random.Random(9)
    tags = ["独居老人", "残疾人", "低保户", "留守儿童", "失独家庭", "精神障碍患者", "社区矫正人员"]
    bios = ["二胎宝妈，记录带娃日常", "95后 | 摄影 | 旅行", "程序员，偶尔分享穿搭", "热爱生活的杭州女孩🌸",
            "分享好物，不接广告", "喜欢猫和咖啡☕️", "专注美妆分享十年", "做有温度的好物推荐"]
    phones = list(dict.fromkeys(_mobile(rng) for _ in range(300)))[:200]
    rows = []
    for n, phone in enumerate(phones, 1):
        picked = rng.sample(tags, rng.choice([1, 2, 2]))
        rows.append([n, rng.choice(FAMILY) + rng.choice(GIVEN) + rng.choice(GIVEN), phone,
                     ",".join(picked), rng.choice(bios)])
    _write(tmp_path / "t1.csv", rows)
    table = _scan(tmp_path)["t1"]
    assert table["c04"] != "USER_CONTENT"
    assert table["c05"] == "USER_CONTENT"


def test_chinese_division_codes_beside_a_person_are_where_they_live(tmp_path: Path) -> None:
    # an address book: name, mobile, then province, city and district as GB/T 2260 codes (the
    # district in the statistics bureau's twelve digits), and a round amount of no province
    rng = random.Random(4)
    places = [("330000", "330100", "330106"), ("440000", "440300", "440305"), ("510000", "510100", "510104"),
              ("110000", "110100", "110108"), ("420000", "420100", "420111")]
    rows = []
    for n in range(1, 201):
        province, city, district = rng.choice(places)
        rows.append([n, rng.choice(FAMILY) + rng.choice(GIVEN), _mobile(rng), province, city, district + "000000",
                     rng.choice([100000, 200000, 250000, 300000, 500000])])
    _write(tmp_path / "t1.csv", rows)
    table = _scan(tmp_path)["t1"]
    assert table["c04"] == "LOCATION"
    assert table["c05"] == "LOCATION"
    assert table["c06"] == "LOCATION"
    assert table["c07"] != "LOCATION"


def test_a_column_of_users_with_0_for_anonymous_visitors_references_them(tmp_path: Path) -> None:
    # 240 members numbered 1..240; searches record who searched, 0 where no one had signed in
    rng = random.Random(6)
    _people(tmp_path, "t1", list(range(1, 241)))
    _write(tmp_path / "t2.csv", [[n, 0 if rng.random() < 0.2 else rng.randint(1, 240), rng.choice(["手机", "口红", "茶叶"]),
                                  f"2026-05-{rng.randint(1, 28):02d}"] for n in range(1, 501)])
    # a comment's likes, 0 as common as any other count up to 240: a count, no one
    _write(tmp_path / "t3.csv", [[n, rng.choice(["好看", "同问", "求链接"]), rng.randint(0, 240)] for n in range(1, 401)])
    tables = _scan(tmp_path)
    assert tables["t2"]["c02"] == "ACCOUNT_ID"
    assert tables["t3"]["c03"] != "ACCOUNT_ID"
