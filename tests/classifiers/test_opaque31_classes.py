"""Values alone (issue 10, session 31): classes of personal data told by their values and their
table when every column is named `c01…`. Values written here, not copied from a benchmark."""
from __future__ import annotations

import random
from pathlib import Path

from tests.classifiers.test_opaque30_classes import _scan, _write  # c01… columns, scanned

#: syllables a made-up login is built from (pinyin and English), and words that are no one's
SYLLABLES = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
             "zhu", "hu", "guo", "he", "gao", "lin", "luo", "mei", "jun", "fang", "ping", "tao", "kim", "ann",
             "rob", "sue", "max", "leo", "ivy", "dan", "eve", "ben", "amy"]
STATUSES = ["paid", "sent", "open", "closed"]


def _handle(rng: random.Random) -> str:
    name = rng.choice(SYLLABLES) + rng.choice(SYLLABLES)
    return name + str(rng.randint(1, 999)) if rng.random() < 0.5 else name


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randint(0, 999999999):09d}"


def test_handles_and_mobile_numbers_mixed_are_logins(tmp_path: Path) -> None:
    # a login log: who signed in (a handle, or the mobile number they sign in with), a status
    rng = random.Random(5)
    logins = [_handle(rng) if rng.random() < 0.65 else _mobile(rng) for _ in range(120)]
    _write(tmp_path / "t1.csv", [[n, rng.choice(logins), rng.choice(STATUSES), rng.randint(1, 9)]
                                 for n in range(1, 401)])
    # mobile numbers beside product codes of one letter and digits: no logins
    _write(tmp_path / "t2.csv", [[n, _mobile(rng) if rng.random() < 0.3 else f"p{rng.randint(10, 99)}",
                                  rng.choice(STATUSES)] for n in range(1, 201)])
    tables = _scan(tmp_path)
    assert tables["t1"]["c02"] == "ACCOUNT_ID"
    assert tables["t1"]["c03"] is None
    assert tables["t2"]["c02"] != "ACCOUNT_ID"


def test_made_up_handles_in_a_table_of_people_are_logins(tmp_path: Path) -> None:
    # a table of users: key, login (each user's own, some with digits), status
    rng = random.Random(9)
    handles = list(dict.fromkeys(_handle(rng) for _ in range(400)))[:150]
    mine = tmp_path / "logins"
    mine.mkdir()
    _write(mine / "users.csv", [[n, h, rng.choice(STATUSES)] for n, h in enumerate(handles, 1)])
    # the same table of levels counted by one stem (`level1`, `level2`) holds no logins
    other = tmp_path / "levels"
    other.mkdir()
    _write(other / "users.csv", [[n, f"level{n}" if n % 3 else f"tier{n}", rng.choice(STATUSES)]
                                 for n in range(1, 151)])
    assert _scan(mine)["users"]["c02"] == "ACCOUNT_ID"
    assert _scan(other)["users"]["c02"] is None


def test_repeated_chinese_sentences_said_as_people_say_them_are_their_writing(tmp_path: Path) -> None:
    # comments under posts (a few stock sentences repeat over a small sample): each by a user
    # whose login stands beside it; a shop's slogans of the same length are no one's words
    rng = random.Random(11)
    users = [_handle(rng) if rng.random() < 0.7 else _mobile(rng) for _ in range(60)]
    said = ["这个价格也太良心了吧", "同城的姐妹可以一起去吗", "求链接！", "博主皮肤真好", "蹲一个后续",
            "我也想去😂", "请问在哪里买的呀", "已经买了第三次了"]
    slogans = ["潮流时尚，品质生活", "至尊购物体验", "享受生活每一天", "专注品质二十年", "正品保障，极速发货",
               "全场满减优惠中"]
    _write(tmp_path / "t1.csv", [[n, rng.choice(users), rng.choice(said), rng.choice(slogans)]
                                 for n in range(1, 301)])
    table = _scan(tmp_path)["t1"]
    assert table["c02"] == "ACCOUNT_ID"
    assert table["c03"] == "USER_CONTENT"
    assert table["c04"] is None


def test_chinese_said_as_people_say_it_is_writing_in_any_table(tmp_path: Path) -> None:
    # a table of notes no one is named in (its author's key another table's): the sentences
    # say they are people's; a program's log messages beside them, exclaimed, are not
    rng = random.Random(12)
    notes = ["第一次去成都，这几家店一定要吃吗？", "新手养猫必备清单🐱", "打工人的一周带饭记录", "减脂餐做法分享吧",
             "周末去哪儿玩呢", "记录一下自己的日常"]
    logs = ["用户登录成功！", "退出成功！", "导出用户", "添加用户", "编辑用户", "分页列表查询"]
    _write(tmp_path / "t1.csv", [[n, rng.randint(10 ** 17, 10 ** 18), rng.choice(notes), rng.choice(logs)]
                                 for n in range(1, 301)])
    table = _scan(tmp_path)["t1"]
    assert table["c03"] == "USER_CONTENT"
    assert table["c04"] is None


FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超"]


def test_nicknames_mixing_names_diminutives_and_handles_are_peoples_names(tmp_path: Path) -> None:
    # a platform's users: their nickname (a real name, 小…/阿…, the default 用户NNNN, a handle),
    # and a product category column of as many values that is no one's name
    rng = random.Random(13)
    rows = []
    for n in range(1, 201):
        kind = rng.random()
        nickname = (rng.choice(FAMILY) + rng.choice(GIVEN) if kind < 0.4 else
                    rng.choice("小阿老") + rng.choice(GIVEN) if kind < 0.6 else
                    f"用户{rng.randint(1000, 9999)}" if kind < 0.75 else _handle(rng))
        rows.append([n, nickname, rng.choice(["连衣裙", "运动鞋", "蓝牙耳机", "空气炸锅", "口红", "茶叶"])])
    _write(tmp_path / "t1.csv", rows)
    table = _scan(tmp_path)["t1"]
    assert table["c02"] == "PERSON"
    assert table["c03"] is None


def test_a_few_han_names_over_many_rows_may_hold_one_rare_family_name(tmp_path: Path) -> None:
    # fifteen doctors over 300 orders, one of a family name (哈, Hui) the list lacks
    rng = random.Random(14)
    doctors = list(dict.fromkeys(f + g for f in FAMILY for g in GIVEN))[::7][:14] + ["哈凤兰"]
    _write(tmp_path / "t1.csv", [[n, rng.choice(doctors), rng.choice(STATUSES)] for n in range(1, 301)])
    assert _scan(tmp_path)["t1"]["c02"] == "PERSON"


def test_logins_recurring_over_orders_make_the_key_the_orders(tmp_path: Path) -> None:
    # users 1..240 (names, e-mails, births); rental orders numbered 1..n, each with the renter's
    # key, their login (handle or mobile, recurring), the recipient's name and phone
    from tests.inventory.test_references24 import FIRST, LAST, _people
    rng = random.Random(15)
    _people(tmp_path, "members", list(range(1, 241)))
    logins = [_handle(rng) if rng.random() < 0.6 else _mobile(rng) for _ in range(240)]
    rows = []
    for n in range(1, 401):
        member = rng.randint(1, 240)
        rows.append([n, member, logins[member - 1], f"{rng.choice(FIRST)} {rng.choice(LAST)}", _mobile(rng),
                     rng.choice(STATUSES)])
    _write(tmp_path / "rental_orders.csv", rows)
    orders = _scan(tmp_path)["rental_orders"]
    assert orders["c03"] == "ACCOUNT_ID"
    assert orders["c01"] != "ACCOUNT_ID"  # the orders' serial, no member's key
